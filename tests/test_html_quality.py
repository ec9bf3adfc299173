"""Page shapes that cost HTML mode quality against its peers (issue 14), each as a page of our own:
near-empty output from a small wrong region, teaser streams and promos after the article, a blog's
recurring sidebar box, a page crowded with a ticker and feeds, a lead and headline apart from the
body, and declarations lxml refuses."""
from __future__ import annotations

from html_pages import BARE, page, paragraphs

STORY = [
    "The library on Mill Street will stay open until ten at night from March, the city said on Friday.",
    "Librarians had asked for longer hours for years, pointing to queues of students at closing time.",
    "The extra hours, which cost about 300,000 euros a year, are paid for by a grant from the region.",
    "A survey last autumn found that two thirds of visitors came after work or after their lectures.",
    "The reading room on the second floor, closed since the flood in 2021, reopens on the same day.",
]


def teaser_stream(n: int) -> str:
    """A stream of teaser cards: image link, linked headline, a snippet of a sentence, the source."""
    items = []
    for k in range(n):
        items.append(
            f'<li class="stream-item"><a href="/story/{k}" class="thumb"><img src="/i/{k}.jpg" alt=""></a>'
            f'<div class="body"><h3><a href="/story/{k}">Harbour crane number {k} to be replaced</a></h3>'
            f"<p>The port authority said crane {k}, which has been in service since the seventies, will be "
            f"taken down in the summer and replaced by a quieter electric model.</p>"
            f'<div class="attribution"><span>Evening Courier</span></div></div>'
            f'<ul class="actions"><li><a href="#">Save</a></li><li><a href="#">Hide</a></li></ul></li>')
    return "".join(items)


def test_teaser_stream_under_a_heading_in_its_own_wrapper_is_related() -> None:
    """The heading sits alone in a header wrapper; the stream is in the wrapper's sibling."""
    html = page(f"<div class='wrap'><div class='story'><h1>Library hours extended</h1>{paragraphs(STORY)}</div>"
                "<div class='app'><div class='app-hd'><div class='hd-inner'><h2>Recommended for You</h2></div></div>"
                f"<div class='app-bd'><ul class='stream'>{teaser_stream(14)}</ul></div></div></div>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY
    assert len(doc.related) == 14
    assert doc.related[0].title == "Harbour crane number 0 to be replaced"
    assert doc.related[0].section == "Recommended for You"


MORE_STORY = [
    "Students welcomed the decision but said the weekend hours, which end at six, were still too short.",
    "The union representing library staff said it had agreed to the new rota after two months of talks.",
    "Six new posts will be created, and the late shift will be paid at a higher rate than the day shift.",
    "The city will review the hours after a year and publish the number of visitors per hour online.",
]


def test_a_byline_box_holding_the_article_is_not_a_teaser_card() -> None:
    """A "More in Features" heading right before the byline box: the box has one link (the
    author's) but holds the whole article, so it is no teaser card of a related list."""
    byline = ('<div class="byline-box"><div class="by">By <a href="/authors/ana">ANA PEREIRA</a></div>'
              f"{paragraphs(STORY + MORE_STORY)}</div>")
    html = page(f"<div class='top'><h1>Library hours extended</h1><div class='more'><h2>More in Features</h2></div>"
                f"<div class='art'>{byline}</div></div>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY + MORE_STORY


def test_how_to_steps_beside_the_intro_are_the_body() -> None:
    """The intro paragraph wins the scoring; the steps are siblings of its section with the same
    class, each a short instruction and a photo caption. They are the body, the "More like this"
    box and the featured links beside them are not."""
    intro = ("Potting a cactus takes ten minutes, a pair of thick gloves and a pot only a little wider than "
             "the plant, and it is the best way to keep a cactus healthy, because a pot that is too large, "
             "or soil that stays wet, rots the roots faster than any pest. Repot in spring, when the plant "
             "starts to grow again, and water it only a week after the move, when the roots have healed.")
    steps = ["Fold a sheet of newspaper into a thick strip and wrap it around the cactus like a collar.",
             "Lift the plant out of the old pot.",
             "Shake off the old soil and trim any dark or soft roots with clean scissors, then let them dry.",
             "Fill the new pot a third full with cactus soil.",
             "Set the plant in the middle, fill the pot with soil up to its base and press it down lightly.",
             "Wait a week before watering, and then give it only a little water."]
    step_html = "".join(
        f'<div class="blk step"><div class="step-head">Step {n}</div><div class="step-body"><p>{t}</p></div>'
        f'<figure><img src="/s{n}.jpg"><figcaption>Photo {n} (Jo Brand)</figcaption></figure></div>'
        for n, t in enumerate(steps, 1))
    more = ('<aside class="blk"><h3>More Like This</h3><ul><li><a href="/a">How to Water Succulents</a></li>'
            '<li><a href="/b">How to Grow Aloe From Cuttings</a></li></ul></aside>')
    featured = "".join(f'<section><a href="/f{n}">Read Article</a><div><a href="/f{n}">How to Knit a Scarf '
                       f'for a Dog, a Cat or a Very Patient Rabbit, part {n}</a></div></section>' for n in range(8))
    html = page(f'<section id="main"><div class="col"><h1>How to Repot a Cactus</h1>'
                f'<div class="blk step"><div class="step-body lead"><p>{intro}</p></div></div>{step_html}{more}'
                f'<section class="featured"><h2>Featured</h2>{featured}</section></div></section>',
                head='<meta property="og:title" content="How to Repot a Cactus">')
    doc = BARE.run(html, format="html")
    for text in [intro, *steps]:
        assert text in doc.body
    assert "How to Water Succulents" not in doc.body
    assert "Read Article" not in doc.body


def test_live_ticker_entries_named_comments_are_the_text() -> None:
    """A live match page: the entries sit in elements named "live-...-comment"; a short preview
    above them must not win as the region."""
    entries = ["Full time! The visitors hold on for a draw after a frantic last ten minutes in the rain.",
               "Yellow card for the home captain after a late tackle in midfield.",
               "Corner for the visitors, but the header goes well over the bar.",
               "Kick-off! Both sides start cautiously on a heavy pitch."]
    feed = "".join(f'<div class="live-game-comment"><div class="minute">{m}\'</div>'
                   f'<div class="live-game-comment-text">{t}</div></div>'
                   for m, t in zip((90, 74, 33, 1), entries))
    html = page(f'<div class="page"><main><div class="score">Harbour FC 1 - 1 Rovers</div>'
                f'<div class="preview"><p>Follow the match live with us, minute by minute, here on this page.</p></div>'
                f'<div class="live-game-comments">{feed}</div></main>'
                '<aside><ul><li><a href="/t">Tennis</a></li><li><a href="/r">Rugby</a></li></ul></aside></div>')
    doc = BARE.run(html, format="html")
    for text in entries:
        assert text in doc.body


SISTERS = ["Two sisters from Ohio are walking to the games, all 400 miles of it.",
           "They set off in May, with a tent, two dogs and a cart full of water bottles.",
           "They hope to raise money for the children's hospital where one of them works."]
NOTICE = ("This site is best viewed in a current web browser with style sheets (CSS) enabled. While you "
          "will be able to view the content of this page in your current browser, you will not be able "
          "to get the full visual experience. Please consider upgrading your browser software, or "
          "enabling style sheets if you are able to do so.")


def sisters_page(column: str, og_title: str, *, menu: bool, more: bool) -> str:
    """A story of short paragraphs in an element named like metadata, and a long notice in the footer."""
    links = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("news", "sport", "weather", "travel"))
    others = "".join(f'<li><a href="/s{n}">Town number {n} votes on its new bridge</a></li>' for n in range(12))
    return page((f'<div id="top"><div class="links"><ul>{links}</ul></div></div>' if menu else "")
                + f'<div id="wrap"><div class="{column}"><div class="layout-block">'
                '<h1 class="story-header">Sisters walk 400 miles to the games</h1>'
                '<div class="date">12 June 2024 Last updated at 09:14</div>'
                f'<div id="item-meta" class="desc">{paragraphs(SISTERS)}</div></div></div></div>'
                + (f'<div id="more"><h2>Around the country</h2><ul>{others}</ul></div>' if more else "")
                + f'<div id="site-foot" class="foot-text"><div class="legal"><p>{NOTICE}</p></div></div>',
                head='<title>Daily Planet - Sisters walk 400 miles to the games</title>'
                     f'<meta property="og:title" content="{og_title}">')


def test_headline_matching_the_title_tag_anchors_the_region_when_og_title_differs() -> None:
    """The social title differs from the headline, which matches <title> instead: the block under
    that headline is the story, not the footer notice that outscores it."""
    doc = BARE.run(sisters_page("col-left", "Ohio pair set off on foot", menu=False, more=True), format="html")
    assert doc.body.split("\n\n")[-3:] == SISTERS
    assert NOTICE not in doc.body


def test_a_winner_without_prose_does_not_grow_to_the_whole_page() -> None:
    """The story's column wins but its paragraphs count as metadata; the page's only "prose" is
    the footer notice, which must not pull the region up to the whole page."""
    doc = BARE.run(sisters_page("col-main", "Sisters walk 400 miles to the games", menu=True, more=False), format="html")
    for text in SISTERS:
        assert text in doc.body
    assert NOTICE not in doc.body


def opinion_cards(n: int) -> str:
    """Teaser cards of other columns: a kicker and a linked title, a thumbnail, a one-sentence snippet."""
    return "".join(
        f'<div class="story-block"><h4 class="heading"><strong class="kicker">Column {k}</strong> '
        f'<a href="/opinion/column-{k}">Why the ring road will not fix traffic, part {k}</a></h4>'
        f'<a href="/opinion/column-{k}" class="thumb"><img src="/t{k}.jpg" alt=""></a>'
        f'<p class="standfirst">JANE DOE Every city that built a ring road found it full within ten years, '
        f"and ours will be no different, whatever the planners promise.</p></div>" for k in range(n))


def test_teaser_cards_under_an_unknown_heading_are_related() -> None:
    """"Other Opinion Columns" is no phrase the tables know and the box has no telling class: the
    cards' shape (a linked headline, a short snippet, repeated) makes them a list of other articles."""
    html = page(f"<div class='main'><article><h1>Library hours extended</h1>{paragraphs(STORY)}</article>"
                f"<div class='group'><div class='group-header'><h2>Other Opinion Columns</h2></div>"
                f"<div class='group-content'>{opinion_cards(4)}</div></div></div>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY
    assert [r.title for r in doc.related] == [f"Column {k} Why the ring road will not fix traffic, part {k}"
                                              for k in range(4)]


def test_accordion_titles_over_their_text_are_not_teasers() -> None:
    """Linked headings that open text of this page (an accordion: no href, or "#...") are not
    headlines of other articles."""
    items = [("Ownership", "The car is yours from the first day, so you can sell it whenever you like."),
             ("Flexibility", "You choose your own garage for service, not one the lender picks for you."),
             ("Early repayment", "You can repay the whole loan at any time without paying a penalty fee."),
             ("Fixed rate", "The rate stays the same for the whole term, whatever happens to the markets.")]
    acc = "".join(f'<li class="accordion-item"><a class="accordion-title" href="#i{k}"><h3>{t}</h3></a>'
                  f'<div class="accordion-content">{d}</div></li>' for k, (t, d) in enumerate(items))
    html = page(f"<article><h1>Car loans explained</h1>{paragraphs(STORY[:3])}<h2>Why a car loan</h2>"
                f"<ul class='accordion'>{acc}</ul>{paragraphs(STORY[3:])}</article>")
    doc = BARE.run(html, format="html")
    for _, text in items:
        assert text in doc.body
    assert not doc.related


def test_lead_in_a_header_wrapper_beside_the_body_is_kept() -> None:
    """The headline, the dateline and the lead paragraph sit in the article's header wrapper; the
    body is its sibling. The lead is text, the page's menus are not."""
    lead = ("The city's main library will open until ten at night from March, after years of requests "
            "from students who queued at the door at closing time.")
    menu = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("news", "sport", "culture", "travel"))
    html = page(f'<div class="top"><ul class="menu">{menu}</ul></div><div class="page"><div class="post single">'
                '<div class="post-top"><h1>Library hours extended</h1>'
                f'<h5 class="dateline">3/4/2025 7:11 AM BY ANA PEREIRA</h5><p class="intro">{lead}</p></div>'
                f'<div class="post-body">{paragraphs(STORY)}</div></div>'
                f'<div class="more"><ul>{menu}</ul></div></div>',
                head='<meta property="og:title" content="Library hours extended">')
    doc = BARE.run(html, format="html")
    assert doc.title == "Library hours extended"
    assert doc.body.split("\n\n")[-len(STORY) - 1:] == [lead, *STORY]
    assert "Culture" not in doc.body


def test_deck_in_a_header_wrapper_beside_the_body_is_kept() -> None:
    """The headline stands above the article; inside it, the header wrapper holds only the
    subject, the deck (a subheadline) and the dateline, the body is its sibling: the deck is
    part of the article, the related list after the body is not."""
    related = "".join(f'<li><a href="/s{k}">Museum number {k} extends its hours too</a></li>' for k in range(3))
    html = page('<div class="page"><div class="crumbs"><a href="/">Home</a></div><h1>Library hours extended</h1>'
                '<div class="main-col"><article class="news single"><div class="post single-post">'
                '<div class="hdr"><h2>Mill Street</h2><h4>Open until ten, six days</h4></div>'
                '<h5>3/4/2025 7:11 AM BY ANA PEREIRA</h5>'
                f'<div class="all-post-body group article-content">{paragraphs(STORY)}<div class="see"><h3>See also</h3><ul>{related}</ul>'
                '</div></div></div></article></div></div>',
                head='<meta property="og:title" content="Library hours extended">')
    doc = BARE.run(html, format="html")
    assert doc.title == "Library hours extended"
    assert "Open until ten, six days" in doc.body
    assert doc.body.split("\n\n")[-len(STORY):] == STORY
    assert len(doc.related) == 3


def test_modal_dialog_and_video_controls_are_not_text() -> None:
    """A sign-up modal (shown only when opened) and a video player's control bar inside the article."""
    modal = ('<div id="join" class="col-lg-12 modal fade"><div class="modal-dialog"><div class="modal-content">'
             '<h4 class="modal-title">Become a member!</h4><div class="modal-body"><p>Members read every story '
             'first, join the monthly meetings and get the printed yearbook, all for five euros a month.</p>'
             '</div></div></div></div>')
    player = ('<div class="video-js vjs-paused"><div class="vjs-control-bar"><div class="vjs-play-control">Play</div>'
              '<div class="vjs-current-time">Current Time 0:00</div><div class="vjs-duration">Duration Time 0:00'
              '</div><div class="vjs-progress">Loaded: 0%</div></div></div>')
    html = page(f"<article><h1>Library hours extended</h1>{paragraphs(STORY[:2])}{player}"
                f"{paragraphs(STORY[2:])}</article>{modal}")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY


def test_link_list_items_inside_the_text_stay_and_trailing_ones_go() -> None:
    """Two list items that are only links between paragraphs are part of the text (the tools it
    names); the same after the text's last paragraph point elsewhere."""
    tools = '<ul><li><a href="/tools/atlas">Learn more about the reading-room atlas</a></li>' \
            '<li><a href="/tools/catalogue">Learn more about the new catalogue</a></li></ul>'
    after = '<ul><li><a href="/news/museum">Museum extends its opening hours as well</a></li></ul>'
    html = page(f"<article><h1>Library hours extended</h1>{paragraphs(STORY[:3])}{tools}"
                f"{paragraphs(STORY[3:])}{after}</article>")
    doc = BARE.run(html, format="html")
    assert "Learn more about the reading-room atlas" in doc.body
    assert "Museum extends its opening hours as well" not in doc.body


def test_escaped_image_markup_in_noscript_is_not_text() -> None:
    """Lazy-loading pages repeat each image for readers without JavaScript, some as escaped markup:
    it never reaches the text, inline or between paragraphs."""
    escaped = '&lt;img src="https://cdn.example.com/reading-room.jpg" alt="Reading room" width="800"&gt;'
    html = page(f"<article><h1>Library hours extended</h1>{paragraphs(STORY[:2])}"
                f"<p><noscript>{escaped}</noscript></p><figure><img data-src='/a.jpg'><noscript>{escaped}"
                f"</noscript></figure>{paragraphs(STORY[2:])}</article>")
    doc = BARE.run(html, format="html")
    assert doc.body.split("\n\n") == STORY
    assert {r.reason for r in doc.removed if "<img" in r.text} == {"html.noscript"}


ABOUT = ("I am Jane, a primary school teacher in Leeds. I write about growing vegetables in small "
         "gardens, cooking with children and the odd walk in the Dales, usually on Sunday evenings.")


def blog_page(widgets: str) -> str:
    post = (f'<div class="col-md-8"><div class="post"><h2 class="post-title">Library hours extended</h2>'
            f'<div class="post-body">{paragraphs(STORY)}</div><div class="post-footer">Posted by Jane at 9:14 PM'
            '</div></div></div>')
    return page(f'<div class="container"><div class="row">{post}<div class="col-md-4">{widgets}</div></div></div>')


def about_box(cls: str) -> str:
    return (f'<div class="{cls}"><h3>About this blog</h3><p>{ABOUT}</p>'
            '<p><a href="https://social.example/jane">Follow me on Mastodon</a></p></div>')


def test_blog_sidebar_about_box_among_widgets_is_dropped() -> None:
    """A blog's sidebar: an "About this blog" box with a social link, then lists of recent posts,
    categories and the archive. The post is the text; the box is not."""
    recent = "".join(f'<li><a href="/p{k}">Tomatoes on a windowsill, week {k}</a></li>' for k in range(5))
    cats = "".join(f'<li><a href="/c/{c}">{c}</a> (12)</li>' for c in ("Garden", "Kitchen", "Walks", "Books"))
    archive = "".join(f'<li><a href="/20{y}">20{y}</a></li>' for y in range(18, 25))
    widgets = (about_box("box") + f'<div class="box"><h3>Recent posts</h3><ul>{recent}</ul></div>'
               f'<div class="box"><h3>Categories</h3><ul>{cats}</ul></div>'
               f'<div class="box"><h3>Archive</h3><ul>{archive}</ul></div>')
    doc = BARE.run(blog_page(widgets), format="html")
    assert doc.body.split("\n\n")[-len(STORY):] == STORY
    assert ABOUT not in doc.body and "Mastodon" not in doc.body


def test_blog_sidebar_about_box_alone_is_dropped() -> None:
    archive = "".join(f'<li><a href="/20{y}">20{y}</a></li>' for y in range(18, 25))
    doc = BARE.run(blog_page(about_box("box") + f'<div class="box"><h3>Archive</h3><ul>{archive}</ul></div>'),
                   format="html")
    assert ABOUT not in doc.body


def test_social_feed_beside_the_article_is_dropped() -> None:
    """A news page with a ticker on top, a "Most read" column and a feed of social posts around the
    article: only the article is text."""
    ticker = '<div class="ticker"><ul>' + "".join(
        f'<li>{h}:05 <a href="/n{h}">Storm warning for the coast, update {h}</a></li>' for h in range(10, 16)) + "</ul></div>"
    posts = "".join(f'<div class="post-item"><p>Great turnout at the harbour festival today, thanks to everyone '
                    f'who came along despite the rain! Photos to follow later tonight #harbour{k}</p>'
                    f'<span>@citynews · {k}h</span></div>' for k in range(1, 7))
    most = '<div class="box"><h3>Most read</h3><ol>' + "".join(
        f'<li><a href="/m{k}">Council approves new bus lanes in the north, part {k}</a></li>' for k in range(5)) + "</ol></div>"
    story = f'<div class="story"><h1>Library hours extended</h1>{paragraphs(STORY + MORE_STORY)}</div>'
    doc = BARE.run(page(f'{ticker}<div class="wrap">{story}<div class="feed"><h3>From our channels</h3>{posts}</div>'
                        f"{most}</div>"), format="html")
    assert doc.body.split("\n\n")[-len(STORY + MORE_STORY):] == STORY + MORE_STORY
    assert "harbour festival" not in doc.body


def test_newsletter_pitch_inside_the_article_is_dropped_but_reporting_on_a_newsletter_stays() -> None:
    """The default pipeline on HTML: the shared footer filter labels the pitch in the article's middle."""
    from cleantext import extract

    pitch = ("Want more stories like this? Sign up for our free Library Letter and get the week's best reads "
             "delivered to your inbox every Friday.")
    report = ("The library's own newsletter, printed on recycled paper, will announce the new hours to its "
              "12,000 members in February.")
    html = page(f"<article><h1>Library hours extended</h1>{paragraphs(STORY[:2])}<p>{pitch}</p>"
                f"{paragraphs(STORY[2:])}<p>{report}</p>{paragraphs(MORE_STORY)}</article>")
    doc = extract(html, format="html")
    assert pitch not in doc.body
    assert [r.reason for r in doc.removed if r.text == pitch] == ["footer.newsletter"]
    assert report in doc.body and all(s in doc.body for s in STORY)
