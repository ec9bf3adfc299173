"""select_main_region: unlabelled lines before and after the main text are dropped; subheadings and
lists inside the article are bridged; related and comment headings are walls; prose-less pages stay."""
from __future__ import annotations

import textwrap

import pytest
from articles import PARAGRAPHS, assert_article_kept, assert_dropped, assert_kept, page, run

from cleantext import Pipeline
from cleantext.page import Page
from cleantext.text.blocks import text_blocks
from cleantext.text.region import main_region

LINKS = ("Weather", "Tide tables", "Ferry times", "Events this week", "Letters to the editor",
         "Harbour webcam", "Obituaries")


def test_select_main_region_drops_short_lines_before_the_article():
    doc = run(page(top=LINKS))
    for line in LINKS:
        assert_dropped(doc, line, "region.before_main")
    assert_article_kept(doc)


def test_select_main_region_drops_short_lines_after_the_article():
    doc = run(page(bottom=LINKS))
    for line in LINKS:
        assert_dropped(doc, line, "region.after_main")
    assert_article_kept(doc)


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ar"])
def test_select_main_region_finds_the_article_in_other_languages(lang):
    doc = run(page(lang=lang, top=LINKS[:4], bottom=LINKS[4:]))
    assert_article_kept(doc, lang)
    assert not set(LINKS) & set(doc.body.split("\n"))


BRIDGED = [
    ("What the fishermen fear",),
    ("The plan has three parts:", "- four turbines under the pier", "- a cable to the substation",
     "- a visitor centre on the quay"),
    ("“It is quieter than the ferry,” one neighbour said.",),
]


@pytest.mark.parametrize("lines", BRIDGED, ids=lambda x: x[0][:25])
def test_select_main_region_bridges_subheading_list_and_quote_inside_the_article(lines):
    doc = run(page(middle=lines))
    assert_kept(doc, *lines)
    assert_article_kept(doc)


def test_select_main_region_keeps_list_the_last_paragraph_leads_into():
    items = ("- a ferry timetable for the winter", "- a second bus to the station", "- cheaper parking by the pier")
    lead_in = ("Residents who came to the last public meeting asked the council for several other changes "
               "around the harbour, including")
    doc = run(page(bottom=("\n".join((lead_in, *items)),)))
    assert_kept(doc, lead_in, *items)


def test_select_main_region_keeps_list_a_hard_wrapped_paragraph_leads_into():
    # Wrapped at 60 columns, the lead-in's last line is one word ("including"): the paragraph
    # leads into the list, not that line alone.
    items = ("- a ferry timetable for the winter", "- a second bus to the station", "- cheaper parking by the pier")
    lead_in = ("Residents who came to the last public meeting asked the council for several other changes "
               "around the harbour, including")
    wrapped = [textwrap.fill(p, 60) for p in PARAGRAPHS["en"]]
    text = "\n\n".join(["Caldwick switches on a tidal energy plant", *wrapped,
                         "\n".join((textwrap.fill(lead_in, 60), *items))]) + "\n"
    doc = run(text)
    assert textwrap.fill(lead_in, 60).split("\n")[-1] == "including"
    assert_kept(doc, *items)


def test_select_main_region_drops_link_list_after_a_finished_article():
    items = ("- Weather", "- Tide tables", "- Ferry times", "- Obituaries")
    doc = run(page(bottom=("\n".join(items),)))
    for item in items:
        assert_dropped(doc, item, "region.after_main")


def test_select_main_region_does_not_cross_a_related_heading():
    pasted = ("Harbour Herald\n2 hours ago\nPenmarrow council votes to keep its last bank branch\n"
              + " ".join(PARAGRAPHS["en"]))
    doc = run(page(bottom=("Related Articles", pasted)))
    assert_article_kept(doc)
    assert doc.text.count(PARAGRAPHS["en"][0]) == 1
    assert [r.title for r in doc.related] == ["Penmarrow council votes to keep its last bank branch"]


def test_select_main_region_leaves_a_long_comment_thread_out():
    comment = ("I have lived on the front for thirty years and I can tell you that the turbines are quieter "
               "than the ferry ever was, and the lobsters do not seem to mind them either.")
    thread = ["Comments"]
    for n in range(8):
        thread += [f"Reader{n} says:", comment.replace("thirty", str(20 + n))]
    doc = run(page(bottom=tuple(thread)))
    assert_article_kept(doc)
    assert "says:" not in doc.text and "lobsters do not seem" not in doc.text


def test_select_main_region_leaves_the_thread_under_a_short_post_out():
    # A post of two short paragraphs (~300 characters) under a comment count; each comment has a
    # name, a date and a "Reply" under it, and one is longer than the whole post: no article either.
    post = ("The harbour lights were switched back on last night after three weeks of storm repairs on the pier.",
            ("Thanks to everyone at the harbour office who worked through the weekend to fix them, and to the "
            "fishermen who lent their boats and their evenings to carry the new cables across the bay."))
    comments = [f"Comment {n}: the bay looked like itself again when I walked along the front at nine, "
                "and after weeks of darkness it felt like a small celebration for the whole town. " * (1 + n % 3)
                for n in range(6)]
    thread = ["12 Comments"]
    for n, comment in enumerate(comments):
        thread += [f"reader{n}", f"Posted October {n + 2}, 2024 at 9:3{n} am | Permalink", comment.strip(), "Reply"]
    doc = run("\n\n".join(["Harbour lights back on", *post, *thread]))
    assert doc.text.split("\n\n")[-2:] == list(post)
    assert "Comment 2" not in doc.text


def test_select_main_region_keeps_every_line_of_a_page_without_prose():
    text = "\n".join(LINKS) + "\n"
    doc = run(text, "select_main_region")
    assert doc.removed == ()
    assert doc.text.split("\n") == list(LINKS)


def test_select_main_region_is_declared_for_text_pages_only():
    """On HTML pages select_html_region chose the region from the element tree; the pipeline never
    runs the text-mode selection there (no format check inside the filter)."""
    html = "<html><body>" + "".join(f"<p>{t}</p>" for t in LINKS) + "</body></html>"
    doc = Pipeline.default().only("select_main_region").run(html, format="html")
    assert doc.removed == ()
    assert Pipeline.default().only("select_main_region").steps[0].formats == {"text"}


def test_main_region_spans_the_article_paragraphs():
    p = Page(text_blocks(page(top=LINKS[:4], bottom=LINKS[4:])))
    start, end = main_region(p)
    texts = [b.text for b in p.blocks[start:end + 1]]
    assert texts[-3:] == list(PARAGRAPHS["en"])[-3:] and texts[0] == PARAGRAPHS["en"][0]


def test_select_main_region_keeps_closing_quotes_in_french_guillemets():
    """ "« ..., » a déclaré X." is a quote, not a breadcrumb row with "»" separators."""
    quotes = (("« Nous rouvrirons le port dès que la digue sera réparée, et pas avant, » a déclaré la maire "
               "lors de la réunion de mardi soir."),
              ("« Les pêcheurs attendent depuis trois mois une réponse claire de la région, » a ajouté "
               "un élu de l'opposition."))
    doc = run(page(lang="fr", bottom=quotes))
    assert_kept(doc, *quotes)
    assert_article_kept(doc, "fr")


# Teasers of other articles, longer together than the article: each ends in a link to read on.
TEASERS = {
    "en": [("The ferry company says its new timetable will add two crossings a day from May, after a winter of "
            "complaints from commuters on both sides of the estuary. Read more"),
           ("Anglers on the north pier counted more mackerel this summer than in any year since records began, "
            "and the harbour office wants to know why. Continue reading →"),
           ("The old lifeboat station will become a museum of the coast, with the last wooden lifeboat at its "
            "centre and a café on the slipway where the crews once launched... […]")],
    "de": [("Der Fährbetrieb will ab Mai zwei zusätzliche Überfahrten am Tag anbieten, nachdem Pendler den ganzen "
            "Winter über volle Boote und Verspätungen beklagt hatten. Mehr…"),
           ("Am Nordpier haben Angler in diesem Sommer mehr Makrelen gezählt als in jedem Jahr seit Beginn der "
            "Aufzeichnungen, und das Hafenamt will wissen, woran das liegt. Weiterlesen »")],
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_select_main_region_does_not_take_teasers_of_other_articles_for_the_text(lang):
    teasers = TEASERS[lang] * 2  # a teaser box that outweighs the article in prose
    doc = run(page(lang="en" if lang == "en" else "de", bottom=tuple(teasers)))
    assert_article_kept(doc, "en" if lang == "en" else "de")
    for teaser in teasers:
        assert teaser not in doc.text


def test_select_main_region_keeps_a_sentence_that_ends_in_continue_reading():
    line = ("The marshal's office sent a two-page statement, and it raised more questions than it answered, so "
            "all we had to do was continue reading.")
    doc = run(page(middle=(line,)))
    assert_kept(doc, line)


CHANGES = ["+ Added granite, andesite and diorite blocks", "+ Added the harbour lighthouse structure",
           "+ Added tide tables to the map screen", "* Boats now drift with the current in rivers",
           "* Fishing nets can be repaired at the dock", "* Villager trading has been rebalanced",
           "* Rope ladders can be placed on the ceiling", "* The weather cycle is longer in winter",
           "- Removed the old ferry timetable block", "- Removed unused lantern textures"]


def test_a_page_whose_text_is_a_list_keeps_the_list():
    # A changelog: no paragraph at all, only items; the one question above them is no article.
    text = "\n".join(["Harbour Builder 2.4 - The Tidal Update", "Home", "Downloads", "Forum",
                      "What changed in the tidal update?", *CHANGES, "Newer Older", "Powered by Blogware"])
    doc = run(text)
    assert [line for line in doc.text.split("\n") if line.startswith(("+", "*", "-"))] == CHANGES
    assert "Powered by Blogware" not in doc.text


def test_a_list_does_not_outweigh_an_article():
    menu = [f"* Harbour news section number {k} in the archive" for k in range(12)]
    doc = run(page(bottom=("\n".join(menu),)))
    assert_article_kept(doc)
    assert not any(line in doc.text for line in menu)


# A blog page whose post is two sentences: the site's "About me" box and the comment thread under
# the post both hold more prose than the post does.
SHORT_POST = """Lanterns over the Maribel canal! - Notes from Tessaly

Home
Archive
About

Notes from Tessaly

I write about the small festivals of river towns, the food sold at their stalls and the people who keep them going year after year.

Lanterns over the Maribel canal!

by Idris Vantongeren on June 3, 2024

Forty paper lanterns went down the canal on Saturday night, one for each year of the fair.
The photos are in the gallery.

{ 12 comments… read them below or add one }

Corvina Adeyemi June 4, 2024 at 9:12 am

We were on the bridge when the first lanterns passed under it, and my daughter counted every single one of them out loud until the last light had gone round the bend of the canal.

Reply

Tomasz Erlend June 4, 2024 at 11:40 am

Lovely. I remember the fair from the year it started, when there were only three lanterns and the rain put two of them out before they reached the old mill at the end of the towpath.

Reply

Hester Quaye June 5, 2024 at 8:03 pm

Is the fair on again next year? We missed it this time because of the ferry strike, and the children have been asking about the lanterns ever since they saw the pictures from last summer.

Reply
"""


def test_a_short_post_under_the_named_headline_beats_the_comments_and_the_about_box():
    doc = run(SHORT_POST)
    assert doc.title == "Lanterns over the Maribel canal!"
    assert doc.body.split("\n") == [
        "Forty paper lanterns went down the canal on Saturday night, one for each year of the fair.",
        "The photos are in the gallery."]
    assert "small festivals" not in doc.text
    assert "bridge when the first lanterns" not in doc.text
    assert doc.metadata["author"] == ["Idris Vantongeren"]


def test_a_comment_link_with_no_thread_under_it_does_not_close_the_post():
    # "Add a comment" in the post's own chrome, and the post goes on: no comment header follows.
    more = ("The fair committee says the lanterns will go down the canal again next June, and that "
            "the route will be longer, past the old mill and the new footbridge by the school.")
    last = "Volunteers who want to fold lanterns for next year can sign up at the fair's stall in May."
    text = SHORT_POST.replace("The photos are in the gallery.\n",
                              f"The photos are in the gallery.\n\nAdd a comment\n\n{more}\n\n{last}\n")
    doc = run(text)
    assert more in doc.body.split("\n")
    assert last in doc.body.split("\n")


def test_a_headline_the_first_line_does_not_start_with_gives_no_anchor():
    # The site's name ("Notes from Tessaly") is in the first line too, but as its last part.
    from cleantext.text.headline import named_headlines
    p = Page(text_blocks(SHORT_POST))
    texts = [b.text for b in p.blocks]
    assert [texts[i] for i in sorted(named_headlines(p))] == ["Lanterns over the Maribel canal!"]


def test_a_thread_whose_first_header_follows_a_comment_number_closes_the_post():
    text = SHORT_POST.replace("{ 12 comments… read them below or add one }\n\n",
                              "{ 12 comments… read them below or add one }\n\n1\n\n")
    doc = run(text)
    assert "bridge when the first lanterns" not in doc.text
    assert "Forty paper lanterns" in doc.body
LETTER = ("Stonebridge Parish News\n\nLetters\n\n{salutation}\n\n{first}\n\n"
          "The hall committee has asked us to thank everyone who came to the spring fair, which raised enough "
          "to repair the roof over the kitchen and to buy new chairs for the lunch club.\n\n"
          "We hope to see you all again at the harvest supper in September, when the new chairs will have "
          "their first outing.\n")


@pytest.mark.parametrize(("salutation", "first"), [
    ("Hi folks,", "thank you for all the messages about the fair, we read every one of them and passed them on."),
    ("Liebe Nachbarn,", "vielen Dank für die vielen Nachrichten zum Frühlingsfest, wir haben jede gelesen."),
    ("Dear neighbours,", "Thank you for all the messages about the fair, we read every one of them."),
])
def test_the_salutation_a_letter_opens_with_is_its_text(salutation, first):
    doc = run(LETTER.format(salutation=salutation, first=first))
    assert doc.body.startswith(f"{salutation}\n\n{first}")


def test_a_name_with_initials_over_a_capitalised_line_is_no_salutation():
    text = LETTER.format(salutation="From Margery L. Ashdown,",
                         first="Your Guide to the Parish Fair. Thank you for all the messages about the fair.")
    doc = run(text)
    assert "From Margery L. Ashdown," not in doc.body


def test_an_image_post_of_one_sentence_beats_the_about_box():
    # The post is a link to an image: a "via" line and one sentence with a handle, none of it prose.
    text = SHORT_POST.replace(
        "Forty paper lanterns went down the canal on Saturday night, one for each year of the fair.\n"
        "The photos are in the gallery.\n", "via lanternfair.example\n\nThe lanterns looked lovely tonight. @tessaly\n")
    text = text[:text.index("{ 12 comments")] + "Tweet\nShare\n"
    doc = run(text)
    assert doc.body.split("\n") == ["The lanterns looked lovely tonight. @tessaly"]
    assert "small festivals" not in doc.text


def test_a_headline_ending_in_a_trademark_sign_is_named_by_the_first_line():
    from cleantext.text.headline import named_headlines
    text = "Lanterns over the Maribel canal™ - Notes from Tessaly\n\nHome\n\nLanterns over the Maribel canal™\n"
    assert named_headlines(Page(text_blocks(text))) == frozenset({2})


def test_a_post_with_nothing_but_comments_under_its_headline_has_an_empty_body():
    # The post was a video, gone from the scraped text: the comments are no article.
    text = SHORT_POST.replace(
        "Forty paper lanterns went down the canal on Saturday night, one for each year of the fair.\n"
        "The photos are in the gallery.\n\n", "")
    doc = run(text)
    assert doc.title == "Lanterns over the Maribel canal!"
    assert doc.body == ""
    assert "bridge when the first lanterns" not in doc.text


@pytest.mark.parametrize("sentence", ["Dr. Who Returns To The Maribel Canal", "Voters in S.C. on the fair",
                                      "Lanterns tonight (15. June)"])
def test_an_abbreviation_or_number_makes_no_sentence_of_a_short_post(sentence):
    from cleantext.text.features import block_features
    from cleantext.text.region import _opens_with_sentence
    assert not _opens_with_sentence(sentence, block_features(sentence))


SIGNED_LETTER = """Hello neighbours,

The council published its plan for the old ferry terminal this week, and it is more ambitious than most of us expected: the ground floor is to become a covered market with room for about thirty stalls.

The plan still needs a vote in April, and the second phase depends on a grant that will not be decided before the summer.

{close}
{name}

--
Unsubscribe | Update your preferences
"""


@pytest.mark.parametrize("close,name", [("See you next week,", "Jonas"), ("Viele Grüße,", "Maria Kowalska"),
                                        ("Un saludo,", "Lucía")])
def test_a_letter_keeps_its_sign_off_and_name(close, name):
    doc = run(SIGNED_LETTER.format(close=close, name=name))
    assert doc.body.split("\n")[-2:] == [close, name]


@pytest.mark.parametrize("close,name", [("See you next week,", "unsubscribe here"), ("Related posts,", "Ferry 2026"),
                                        ("Posted in News, Port", "Jonas")])
def test_a_short_line_that_is_no_sign_off_stays_out(close, name):
    doc = run(SIGNED_LETTER.format(close=close, name=name))
    assert name not in doc.body.split("\n")
