"""The main region and what structure decides around it: navigation, comments, related lists, title."""
from __future__ import annotations

from html_pages import BARE, page, paragraphs

from cleantext import Label, extract
from cleantext.html.tokens import is_negative, is_unlikely

PROSE = [
    "The council voted on Tuesday to extend the tram line, after a debate that ran late into the night.",
    "Supporters said the extension, which will cost about 40 million euros, would ease traffic downtown.",
    "Opponents, including two members of the finance committee, argued the money was needed elsewhere.",
    "Construction is expected to begin next spring, and the first trams could run by the end of 2027.",
]


NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
SIDEBAR = ('<div class="sidebar"><h3>Newsletter</h3><p>Sign up for our daily newsletter, it is free, '
           'and you can unsubscribe at any time.</p></div>')
FOOTER = "<footer><p>© 2025 City Times. All rights reserved.</p></footer>"


def test_article_text_kept_navigation_sidebar_and_footer_dropped() -> None:
    doc = BARE.run(page(NAV + f"<article><h1>Tram line extended</h1>{paragraphs(PROSE)}</article>"
                        + SIDEBAR + FOOTER), format="html")
    assert doc.title == "Tram line extended"
    assert doc.body.split("\n\n") == PROSE
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Home"] == "html.nav"
    assert reasons["© 2025 City Times. All rights reserved."] == "html.footer"
    assert "newsletter" in " ".join(reasons).lower()


def test_page_without_article_element_finds_the_text_block() -> None:
    html = page(NAV + '<div id="wrap"><div class="left"><a href="/a">Section A</a> <a href="/b">Section B</a></div>'
                f'<div class="story-body">{paragraphs(PROSE)}</div></div>' + FOOTER)
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == PROSE


def test_article_split_into_sibling_sections_is_kept_whole() -> None:
    steps = "".join(f'<div class="step"><h2>Step {n}</h2><div class="text"><p>{t}</p></div></div>'
                    for n, t in enumerate(PROSE, 1))
    doc = BARE.run(page(NAV + f'<div class="guide">{steps}</div>' + SIDEBAR), format="html")
    for text in PROSE:
        assert text in doc.body
    assert "Newsletter" not in doc.body


def test_outside_main_region_is_named_in_removed() -> None:
    doc = BARE.run(page('<div class="promo-box"><p>Buy one, get one free at the shop this week, only while stock lasts.</p>'
                        f'</div><div class="content">{paragraphs(PROSE)}</div>'), format="html")
    removed = {r.text: r for r in doc.removed}
    r = removed["Buy one, get one free at the shop this week, only while stock lasts."]
    assert r.filter == "select_html_region" and r.reason == "html.outside_main" and "<div" in r.detail


def test_comments_are_excluded_by_default_and_kept_on_request() -> None:
    comment = "I have lived next to the old line for twenty years, and honestly, it is about time they did this."
    html = page(f"<article><h1>Tram</h1>{paragraphs(PROSE)}</article>"
                f'<section id="comments"><h3>3 comments</h3><div class="comment"><p>{comment}</p></div></section>')
    doc = BARE.run(html, format="html")
    assert comment not in doc.body
    assert {r.reason for r in doc.removed if r.text == comment} == {"html.comments"}
    kept = BARE.with_options(include_comments=True).run(html, format="html")
    assert comment in kept.body


def test_related_link_list_becomes_related_items_with_urls() -> None:
    html = page(f"<article><h1>Tram</h1>{paragraphs(PROSE)}<h3>Related stories</h3><ul>"
                '<li><a href="/a">Bus fares rise in May</a></li><li><a href="/b">New bridge opens</a></li>'
                "</ul></article>", head='<link rel="canonical" href="https://news.example/tram">')
    doc = BARE.run(html, format="html")
    assert [(r.title, r.url, r.section) for r in doc.related] == [
        ("Bus fares rise in May", "https://news.example/a", "Related stories"),
        ("New bridge opens", "https://news.example/b", "Related stories")]
    assert "Bus fares" not in doc.body


def test_related_list_by_class_name() -> None:
    html = page(f"<article>{paragraphs(PROSE)}</article>"
                '<div class="related-posts"><a href="/x">First other post</a><br><a href="/y">Second other post</a></div>')
    doc = BARE.run(html, format="html")
    assert [r.title for r in doc.related] == ["First other post", "Second other post"]


def card(source: str, title: str, href: str, teaser: str) -> str:
    return (f'<div class="card"><div>{source}</div><div>2 hours ago</div><h4><a href="{href}">{title}</a></h4>'
            f"<p>{teaser}</p></div>")


TEASER = "The harbour board said on Monday that the new ferry timetable would start in the spring."


def test_related_cards_under_a_heading_in_another_language_become_items() -> None:
    cards = card("Kurier", "Neue Brücke eröffnet", "/a", TEASER) + card("Anzeiger", "Busfahrpreise steigen", "/b", TEASER)
    html = page(f"<article><h1>Tram</h1>{paragraphs(PROSE)}</article>"
                f'<div class="c123"><h3>Das könnte Sie auch interessieren</h3>{cards}</div>')
    doc = BARE.run(html, format="html")
    assert [(r.title, r.url, r.section) for r in doc.related] == [
        ("Neue Brücke eröffnet", "/a", "Das könnte Sie auch interessieren"),
        ("Busfahrpreise steigen", "/b", "Das könnte Sie auch interessieren")]
    assert "Kurier" not in doc.body and TEASER not in doc.body


def test_related_cards_with_teasers_by_class_name() -> None:
    cards = card("Kurier", "New bridge opens", "/a", TEASER) + card("Anzeiger", "Bus fares rise", "/b", TEASER)
    doc = BARE.run(page(f"<article>{paragraphs(PROSE)}</article><section class=\"related-articles\">{cards}</section>"),
                   format="html")
    assert [r.title for r in doc.related] == ["New bridge opens", "Bus fares rise"]
    assert TEASER not in doc.body


def test_paragraph_starting_with_a_related_word_keeps_the_authors_list() -> None:
    items = "".join(f'<li><a href="/{n}">Book number {n} of the list</a></li>' for n in range(3))
    doc = BARE.run(page(f"<article>{paragraphs(PROSE)}<p>Empfehlungen von Dennis:</p><ul>{items}</ul>"
                        f"{paragraphs(PROSE[:1])}</article>"), format="html")
    assert not doc.related


def test_headline_matching_og_title_is_the_title_even_outside_the_region() -> None:
    html = page(f'<div class="head"><h1>Tram line extended</h1></div><div class="content">{paragraphs(PROSE)}</div>',
                head='<meta property="og:title" content="Tram line extended">')
    doc = BARE.run(html, format="html")
    assert doc.title == "Tram line extended"
    labels = {b.text: v for b, v in doc.trace}
    assert labels["Tram line extended"].label is Label.TITLE
    assert labels["Tram line extended"].reason == "html.title"


def test_default_pipeline_runs_on_html() -> None:
    doc = extract(page(NAV + f"<article><h1>Tram line extended</h1>{paragraphs(PROSE)}</article>" + FOOTER))
    assert doc.format == "html"
    assert PROSE[0] in doc.body and "Home" not in doc.body


def test_teaser_article_after_a_short_article_does_not_take_the_headline_bonus() -> None:
    teaser = ("<article class=\"teaser\"><h2>Issue 2/2022</h2><p>Our new column starts with an interview, "
              "and a look at the vineyards of the north, where the harvest was late.</p></article>")
    html = page(f'<div class="title"><h1>Tram line extended</h1></div><div class="body">{paragraphs(PROSE)}</div>'
                f"<div class=\"bottom\">{teaser}</div>", head='<meta property="og:title" content="Tram line extended">')
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == PROSE


def test_css_utility_classes_are_not_boilerplate_names() -> None:
    html = page(f'<main class="container overflow-hidden"><div class="field field--label-hidden">'
                f"{paragraphs(PROSE)}</div></main>")
    assert BARE.run(html, format="html").body.split("\n\n") == PROSE
    for utility in ("overflow-hidden", "field--label-hidden", "block-ctools", "hasskyscraper", "below-banner"):
        assert not is_negative(utility), utility
    assert not is_unlikely("apageroot") and not is_unlikely("non-paywall")
    assert is_negative("hidden-box") and is_negative("share-tools") and is_unlikely("pager")


def test_caption_in_a_caption_named_element_is_dropped() -> None:
    caption = '<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">The new tram stop. Photo: AFP</p></div>'
    doc = BARE.run(page(f"<article>{paragraphs(PROSE[:2])}{caption}{paragraphs(PROSE[2:])}</article>"), format="html")
    assert doc.body.split("\n\n") == PROSE
    assert {r.reason for r in doc.removed if r.text.startswith("The new tram stop")} == {"html.caption"}


def test_short_closing_paragraph_of_the_text_stays() -> None:
    doc = BARE.run(page(f"<article><div class=\"text\">{paragraphs([*PROSE, 'Have a fun weekend!'])}"
                        '<div><p>Tags: tram</p></div></div></article>'), format="html")
    assert doc.body.split("\n\n") == [*PROSE, "Have a fun weekend!"]
    assert {r.reason for r in doc.removed if r.text == "Tags: tram"} == {"html.after_text"}


OTHER_NEWS = "".join(f'<li><a href="/{n}">Other news of the week from the city council and the harbour, part {n}</a></li>'
                     for n in range(4))


def test_lead_paragraph_and_article_body_are_taken_together() -> None:
    """The lead under the headline wins the scoring (its class says "text"); the body beside its
    wrapper joins it, the teaser list does not."""
    lead = "In 2022, as every year, the forum was about volunteering, about villages, and about money."
    html = page('<div class="page"><h1>Tram line extended</h1><div class="intro"><div class="intro__text">'
                f'<p>{lead}</p></div></div><div class="rt">{paragraphs(PROSE)}</div>'
                f'<div class="more"><h2>More</h2><ul>{OTHER_NEWS}</ul></div></div>',
                head='<meta property="og:title" content="Tram line extended">')
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == [lead, *PROSE]


def test_linked_sentence_between_paragraphs_is_text_but_a_lone_link_line_is_not() -> None:
    link = '<p><a href="/transcript">Read the full transcript of the interview</a></p>'
    back = '<div><a href="/overview">Back to the overview</a></div>'
    doc = BARE.run(page(f"<article>{paragraphs(PROSE[:2])}{link}{paragraphs(PROSE[2:])}{back}</article>"),
                   format="html")
    assert "Read the full transcript of the interview" in doc.body
    assert {r.reason for r in doc.removed if r.text == "Back to the overview"} == {"html.link_line"}


def test_section_label_over_a_dropped_list_right_above_the_headline_is_dropped() -> None:
    """A heading whose own list went ("Reader picks" over link items) is dropped even when the next
    heading is the headline, so the headline stays the title instead of sinking into the body."""
    picks = "".join(f'<li><a href="/s{n}">Story number {n} of the most read list today</a></li>' for n in range(5))
    html = page(f"<main><h2>Reader picks</h2><ul>{picks}</ul><h1>Tram line extended</h1>"
                f"<p>By Jane Roe</p>{paragraphs(PROSE)}</main>")
    doc = extract(html, format="html")
    assert doc.title == "Tram line extended"
    assert "Reader picks" not in doc.text
    assert [r.reason for r in doc.removed if r.text == "Reader picks"] == ["html.orphan_heading"]


def test_linked_sentence_after_a_bulleted_list_of_sentences_is_text() -> None:
    """An interview summary as bullets, then "Lire la transcription complète" as a linked paragraph,
    then the text goes on: the link belongs to the text (the list's sentences are its neighbours)."""
    points = ("Le maire veut rouvrir la ligne de tramway vers le port avant la fin de son mandat",
              "Il promet que les travaux ne fermeront jamais plus d'une rue du centre à la fois")
    bullets = "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    link = '<p><a href="/transcription">Lire la transcription complète de l’entretien</a></p>'
    doc = BARE.run(page(f"<article>{paragraphs(PROSE[:2])}{bullets}{link}{paragraphs(PROSE[2:])}</article>"),
                   format="html")
    assert "Lire la transcription complète de l’entretien" in doc.body


POSTS = [
    ("Hello all,<br><br>I am building a hidden yard with six tracks under the layout and want to report which "
    "tracks are taken to the command station. So far I have only run analogue and I am unsure about feedback."
    "<br><br>Are current sensors worth it for every track, or do simple contacts at the track ends do? The trains "
    "are between three and nine wagons long, and not all wagons have lit axles.<br><br>Thanks for any tips!"),
    ("I would always take current sensors. A contact at the end only says the engine has arrived, not whether "
    "the last wagon is clear, and resistor wheelsets for the other wagons cost very little."),
    "Same here. With six tracks I would split each one into a braking and a stopping section.",
]


def test_the_posts_of_a_thread_with_alternating_classes_and_ids_are_one_text() -> None:
    # phpBB: <div class="post bg2" id="p1001">, <div class="post bg1" id="p1002">, ...: named alike but
    # for the ids and the alternating colour class.
    posts = "".join(
        f'<div id="p{1001 + k}" class="post bg{2 - k % 2}"><div class="inner"><div class="postbody">'
        f'<p class="author">Post by member{k} » Mon Jan 19, 2026 9:{k}4 pm</p><div class="content">{text}</div></div>'
        f'<dl class="postprofile"><dt><a href="/u/{k}">member{k}</a></dt><dd>Posts: {k + 3}</dd></dl></div></div>'
        for k, text in enumerate(POSTS))
    topic = "Hidden yard: current sensors or track contacts?"
    doc = extract(page('<div class="headerbar"><h1>Railway Modellers North</h1></div>' + NAV
                       + f'<h2 class="topic-title"><a href="/t/412">{topic}</a></h2>' + posts + FOOTER,
                       title=f"{topic} - Railway Modellers North"), format="html")
    for text in POSTS:
        for part in text.split("<br><br>"):
            assert part in doc.body
