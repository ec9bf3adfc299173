"""mark_title and drop_repeated_title: the headline above the article becomes the title, and lines
that repeat it (an image caption) are dropped; prose, subheadings and pages without one are left alone."""
from __future__ import annotations

import textwrap

import pytest
from articles import HEADLINES, LANGUAGES, PARAGRAPHS, assert_article_kept, assert_kept, page, run
from articles import verdict as verdict_of

from cleantext import extract
from cleantext.document import Label


@pytest.mark.parametrize("lang", LANGUAGES)
def test_mark_title_marks_the_headline_above_the_article(lang):
    doc = run(page(lang=lang))
    assert doc.title == HEADLINES[lang]
    v = verdict_of(doc, HEADLINES[lang])
    assert (v.label, v.reason, v.step) == (Label.TITLE, "title.headline", "mark_title")
    assert doc.text.startswith(HEADLINES[lang] + "\n\n")
    assert HEADLINES[lang] not in doc.body
    assert_article_kept(doc, lang)


def test_mark_title_looks_past_byline_date_and_image_note():
    lead = ("Harbour Desk | Caldwick | Updated: 02-03-2025 09:14 GMT",
            "This image is AI-generated and does not depict any real place.", "By Orla Penhallow")
    doc = run(page(top=("Left Menu",), lead=lead))
    assert doc.title == HEADLINES["en"]


def test_mark_title_prefers_the_line_found_again_in_the_first_line():
    top = (f"{HEADLINES['en']} | Caldwick Gazette",)
    lead = ("Caldwick Gazette", "Energy", "Coast")
    doc = run(page(top=top, lead=lead))
    assert doc.title == HEADLINES["en"]


def test_mark_title_takes_no_title_on_a_page_without_headline():
    doc = run(page(headline=False))
    assert doc.title is None
    assert doc.text.split("\n")[0] == PARAGRAPHS["en"][0]
    assert_article_kept(doc)


def test_mark_title_leaves_a_subheading_inside_the_article_in_the_text():
    doc = run(page(middle=("What the fishermen fear",)))
    assert doc.title == HEADLINES["en"]
    assert_kept(doc, "What the fishermen fear")


def test_mark_title_does_not_take_a_sentence_as_headline():
    line = "The plant opened on Monday."
    doc = run(page(headline=False, top=(line,)))
    assert doc.title is None


def test_mark_title_marks_a_long_headline_with_function_words():
    headline = "Harbour town of Caldwick opens its first tidal energy plant"
    doc = run(page(headline=False, top=(headline,)))
    assert doc.title == headline


def test_mark_title_ignores_menu_link_repeated_in_the_footer():
    links = ("Weather", "Tide tables", "Letters to the editor", "Harbour webcam")
    doc = run(page(top=links, bottom=links))
    assert doc.title == HEADLINES["en"]


REPEATS = [
    HEADLINES["en"],
    HEADLINES["en"].upper(),
    f"{HEADLINES['en']}.",
    f"“{HEADLINES['en']}”",
]


def standfirst_page(repeat: str, lang: str = "en") -> str:
    """Headline, a standfirst paragraph, a byline with the image caption repeating the headline, the rest."""
    first, second, third = PARAGRAPHS[lang]
    return "\n\n".join([HEADLINES[lang], first, f"Harbour Desk | Caldwick | Updated: 02-03-2025\n{repeat}",
                          second, third]) + "\n"


@pytest.mark.parametrize("repeat", REPEATS)
def test_drop_repeated_title_drops_caption_that_repeats_the_headline(repeat):
    doc = run(standfirst_page(repeat))
    assert doc.title == HEADLINES["en"]
    hits = [r for r in doc.removed if r.text == repeat]
    assert [(r.filter, r.reason) for r in hits] == [("drop_repeated_title", "title.repeated")]
    assert doc.text.count(HEADLINES["en"]) == 1
    assert_article_kept(doc)


@pytest.mark.parametrize("lang", ["de", "fr", "ru", "zh"])
def test_drop_repeated_title_drops_repeat_in_other_languages(lang):
    doc = run(standfirst_page(HEADLINES[lang], lang))
    assert doc.title == HEADLINES[lang]
    assert [r.reason for r in doc.removed if r.text == HEADLINES[lang]] == ["title.repeated"]
    assert doc.text.count(HEADLINES[lang]) == 1


def test_drop_repeated_title_keeps_one_of_two_headline_lines_in_a_row():
    doc = run(page(lead=(HEADLINES["en"],)))
    assert doc.title == HEADLINES["en"]
    assert [r.reason for r in doc.removed] == ["title.repeated"]
    assert doc.text.count(HEADLINES["en"]) == 1


def test_drop_repeated_title_keeps_line_that_only_contains_the_headline():
    line = f"{HEADLINES['en']}, and the fishermen are watching closely"
    doc = run(page(middle=(line,)))
    assert_kept(doc, line)


def test_drop_repeated_title_does_nothing_without_a_title():
    line = "Tidal power on the coast"
    doc = run(page(headline=False, middle=(line, line)), "drop_repeated_title")
    assert doc.removed == ()


def test_mark_title_takes_no_item_of_a_list_of_titles_above_a_page_without_headline():
    top = ("Most read", "Ferry timetable changes again as the winter storms close the northern pier",
           "Village school wins a grant for its new science room after a long campaign",
           "Lighthouse keepers' cottages open to visitors for the first time in forty years")
    doc = run(page(top=top, headline=False))
    assert doc.title is None
    assert_article_kept(doc)


# An encyclopedia page as scraped: "<title>" first, the one- or two-word headline, then an infobox
# of short lines between it and the lead (farther than a news headline's byline and date).
INFOBOX = ("From Wikipedia, the free encyclopedia", "Jump to navigation Jump to search",
           "Coordinates: 62°14′N 5°12′E", "Location Stad, Norway", "Constructed 1871", "Automated 1989",
           "Height 17 m (56 ft)", "Focal height 42 m", "Range 18 nmi", "Characteristic Fl(2) W 20s",
           "Operator Norwegian Coastal Administration", "Heritage status Protected", "Tower shape Round",
           "Markings White with a red top", "Power source Mains electricity", "Fog signal None")


@pytest.mark.parametrize("name", ["Caldwick", "Caldwick Harbour"])
def test_mark_title_takes_a_short_headline_the_first_line_names(name):
    doc = run("\n\n".join((f"{name} - Wikipedia", "Main page", "Contents", name, *INFOBOX,
                           *PARAGRAPHS["en"])))
    assert doc.title == name
    assert_article_kept(doc, "en")


def test_mark_title_takes_no_short_site_name_put_before_a_headline():
    # "Site | Headline": the first part is the site's name, its logo line is not the headline.
    first = f"Caldwick Gazette | {HEADLINES['en']}"
    doc = run("\n\n".join((first, "Caldwick Gazette", "Energy", *PARAGRAPHS["en"])))
    assert doc.title != "Caldwick Gazette"


def test_mark_title_takes_no_short_menu_item_from_a_later_part_of_the_first_line():
    first = f"{HEADLINES['en']} | World | Caldwick Gazette"
    doc = run("\n\n".join((first, "Home", "World", "Sport", *PARAGRAPHS["en"])))
    assert doc.title is None


def test_mark_title_needs_more_than_a_letter_of_the_first_line():
    # "1.6 [n 4]" (a table cell) has the key "n": found inside any first line, it names nothing.
    doc = run("\n\n".join(("Caldwick Harbour - Wikipedia", *INFOBOX[:3], "1.6 [n 4]", *INFOBOX[3:],
                           *PARAGRAPHS["en"])))
    assert doc.title != "1.6 [n 4]"


STANDFIRST = "The plant, under the old ferry pier, will cover about a third of the town's electricity needs"


def test_mark_title_takes_the_headline_over_its_standfirst_and_keeps_the_standfirst():
    doc = run(page(lead=(STANDFIRST, "By Orla Penhallow")))
    assert doc.title == HEADLINES["en"]
    v = verdict_of(doc, STANDFIRST)
    assert (v.reason, v.step) == ("title.standfirst", "mark_title")
    assert_kept(doc, STANDFIRST)
    assert_article_kept(doc)


def test_mark_title_takes_no_line_of_chrome_over_a_standfirst():
    # "Advertise on Caldwick Gazette" shares no word with the article's first paragraph.
    doc = run(page(headline=False, lead=("Advertise on the Caldwick Gazette", STANDFIRST)))
    assert doc.title == STANDFIRST


def test_a_sentence_under_the_headline_over_the_byline_is_its_standfirst():
    # A press release: the summary sentence, then who issued it and when, then the text.
    summary = "The new pontoon will let the lifeboat launch at any state of the tide from next spring."
    doc = run(page(lead=(summary, "From: Caldwick Harbour Board", "Published 2 March 2025")))
    assert doc.title == HEADLINES["en"]
    v = verdict_of(doc, summary)
    assert (v.reason, v.step) == ("title.standfirst", "mark_title")
    assert doc.metadata["byline"] == "From: Caldwick Harbour Board"
    assert_article_kept(doc)


@pytest.mark.parametrize("box", [("Did you like this article?", "Share with friends"), ("Subscribe now",)])
def test_a_standfirst_without_a_stop_over_a_share_box_is_kept(box):
    # The lead has no full stop; a share box's prompt and call stand between it and the text.
    lead = "Twice the tidal plant stood still this winter, but on Monday it finally ran through a whole spring tide"
    doc = run(page(top=(f"{HEADLINES['en']} - Caldwick Gazette",), lead=(lead, *box)))
    assert doc.title == HEADLINES["en"]
    v = verdict_of(doc, lead)
    assert (v.reason, v.step) == ("title.standfirst", "mark_title")
    assert_article_kept(doc)


def test_a_pager_under_the_headline_is_no_standfirst():
    pager = "Pages : [ 1 ] 2 3 4 5 6 7 8 9 10 11 12 13"
    doc = run(page(top=(f"{HEADLINES['en']} - Caldwick Gazette",), lead=(pager, "Share with friends")))
    assert verdict_of(doc, pager).reason != "title.standfirst"



def test_a_kicker_over_an_html_headline_is_dropped_and_the_headline_is_the_title():
    html = ("<html><head><title>Ferry fares frozen for islanders - Caldwick Gazette</title></head><body>"
            "<main><div class='title-block'><span class='context'>Press release</span>"
            "<h1>Ferry fares frozen for islanders</h1></div>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS["en"]) + "</main></body></html>")
    doc = extract(html, format="html")
    assert doc.title == "Ferry fares frozen for islanders"
    assert {r.text: r.reason for r in doc.removed}["Press release"] == "title.kicker"
    assert not doc.body.startswith("Press release")


def test_a_kicker_is_not_taken_when_other_text_stands_above_the_headline():
    html = ("<html><body><main><p>The harbour board met on Monday evening to discuss the winter timetable "
            "and the cost of fuel.</p><span>Press release</span><h1>Ferry fares frozen for islanders</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS["en"]) + "</main></body></html>")
    doc = extract(html, format="html")
    assert "title.kicker" not in {r.reason for r in doc.removed}


def test_mark_title_takes_the_named_headline_over_a_box_far_above_the_text():
    # The headline and its lead, then a subscription box of 45 short lines, then the article.
    from articles import PARAGRAPHS
    headline = "Caldwick switches on a tidal energy plant"
    box = "\n".join(f"Offer line {n} of the subscription box" for n in range(45))
    text = (f"{headline} | Caldwick Gazette\n\n{headline}\n\nA short lead about the plant.\n\n{box}\n\n"
            "First published in 2019\n\n" + "\n\n".join(PARAGRAPHS["en"]) + "\n")
    doc = run(text)
    assert doc.title == headline
    assert "First published in 2019" not in (doc.title or "")


ENCYCLOPEDIA_MENU = ("Main menu", "Search", "Log in", "Contents", "History", "Geography", "Toggle the contents")
LAKE_LEAD = ("Lake Varnisk is a lake in the hills above Caldwick, fed by three streams and drained by the "
             "river Ossel, and one of the deepest lakes of the region.")


def _encyclopedia_page(name: str, lead: str) -> str:
    tabs = ("Article", "Talk", "Read", "Edit", "View history")
    return "\n".join((*ENCYCLOPEDIA_MENU, name, "12 languages", *tabs,
                      "From the Open Encyclopedia, the free reference work", lead, *PARAGRAPHS["en"])) + "\n"


def test_mark_title_takes_the_name_the_article_opens_with():
    # An encyclopedia's page scraped without its <title>: the name stands over the tabs and the
    # site's tagline, and the article's first sentence opens with it.
    doc = run(_encyclopedia_page("Lake Varnisk", LAKE_LEAD))
    assert doc.title == "Lake Varnisk"
    v = verdict_of(doc, "Lake Varnisk")
    assert (v.reason, v.step) == ("title.headline", "mark_title")
    assert doc.body.startswith(LAKE_LEAD)


@pytest.mark.parametrize(("name", "lead"), [
    ("Lake", "Lake Varnisk is a lake in the hills above Caldwick, fed by three streams and drained by the river Ossel."),
    ("LAKE VARNISK", ("LAKE VARNISK (Caldwick Gazette) - The lake in the hills above Caldwick froze over last "
                      "night for the first time in twenty years.")),
    ("Lake Varnisk", "Lake Varnisk."),
])
def test_mark_title_takes_no_kicker_dateline_or_short_line_as_the_name(name, lead):
    # One word is as often a kicker ("Auto" over "Auto leasing ..."), capitals a dateline, and the
    # opening must be a paragraph of prose.
    doc = run(_encyclopedia_page(name, lead))
    assert doc.title != name


def test_a_headline_the_first_line_names_beats_a_name_the_text_opens_with():
    headline = "Caldwick switches on a tidal energy plant"
    text = (f"{headline} | Caldwick Gazette\n\n{headline}\n\nRelated\n\nLake Varnisk\n\n{LAKE_LEAD}\n\n"
            + "\n\n".join(PARAGRAPHS["en"]) + "\n")
    doc = run(text)
    assert doc.title == headline


def test_a_markdown_pages_level_one_heading_is_its_title_however_short():
    menu = "\n".join(f"* [Section {n}](/s{n}/)" for n in range(5))
    text = f"{menu}\n\n# Ferry timetable\n\n" + "\n\n".join(PARAGRAPHS["en"]) + "\n\n## Fares\n\nSee the [fares](/fares/).\n"
    doc = run(text)
    assert doc.title == "Ferry timetable"
    assert "Fares" != doc.title  # a level-two heading inside the text is no headline


def test_a_data_tables_rows_are_no_byline():
    # "Morning | 07:15" has a byline's separators and a time: in a table it is data.
    from cleantext import extract
    text = ("# Ferry timetable\n\n" + PARAGRAPHS["en"][0] + " [More](/more/)\n\n| Crossing | Departs |\n"
            "| --- | --- |\n| Morning | 07:15 |\n| Evening | 19:40 |\n\n" + "\n\n".join(PARAGRAPHS["en"][1:]) + "\n")
    doc = extract(text, format="text")
    assert "Morning | 07:15" in doc.body.split("\n")
    assert "byline" not in doc.metadata


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


@pytest.mark.parametrize("width", [45, 60])
def test_drop_repeated_title_drops_a_repeat_wrapped_over_lines(width):
    # A page hard-wrapped at a narrow width: the headline and its repeat under the byline are both
    # wrapped, and every line of the repeat goes, not only its first.
    headline = "Caldwick switches on a tidal energy plant after ten years of planning and two funding rounds"
    first, second, third = (_wrapped(p, width) for p in PARAGRAPHS["en"])
    text = "\n\n".join([_wrapped(headline, width), first, "By Orla Penhallow", _wrapped(headline, width),
                        second, third]) + "\n"
    doc = run(text)
    assert " ".join(doc.title.split()) == headline
    repeats = [r for r in doc.removed if r.reason == "title.repeated"]
    assert " ".join(r.text for r in repeats) == headline
    assert not set(_wrapped(headline, width).split("\n")) & set(doc.body.split("\n"))


def test_drop_repeated_title_keeps_a_line_that_only_starts_like_the_headline():
    headline = "Caldwick switches on a tidal energy plant after ten years of planning"
    start = "Caldwick switches on a tidal energy plant"
    text = "\n\n".join([headline, PARAGRAPHS["en"][0], f"{start}\nand the lobster grounds stay open",
                        PARAGRAPHS["en"][1], PARAGRAPHS["en"][2]]) + "\n"
    doc = run(text)
    assert doc.title == headline
    assert not [r for r in doc.removed if r.reason == "title.repeated"]


@pytest.mark.parametrize("line", ["4.7 (312 ratings)", "Pages : 1 [ 2 ]", "Versions: 00 01 02 03 04"])
def test_a_line_of_numbers_with_one_word_is_no_headline(line):
    # A rating, a pager, a list of versions: title-shaped, but one word with letters.
    doc = run(page(headline=False, top=("Caldwick Gazette", line)))
    assert doc.title != line
