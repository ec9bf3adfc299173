"""drop_contents: a table of contents copied with the article (numbered, or under a heading in one
of many languages, its entries standing again below as headings) is dropped; an article's own
numbered lists, rankings and a skip link's menu stay."""
from __future__ import annotations

from articles import assert_kept, run
from hypothesis import given
from hypothesis import strategies as st

LEAD = ("Caldwick Harbour is a small fishing port on the western coast, known for its tidal energy plant "
        "and for the old ferry pier that still shelters the lobster boats in winter storms.")
SECTIONS = {
    "History": ("The harbour was first recorded in a tax roll of 1321, when four families paid their dues "
                "in salted fish, and it grew slowly until the railway reached the coast in 1874."),
    "Ferry pier": ("The ferry pier was built of local granite between 1880 and 1886 and served the island "
                   "crossing until the service was moved to the deeper water of the neighbouring bay."),
    "Tidal plant": ("The tidal plant under the old pier was switched on after a decade of planning, and its "
                    "four turbines now cover about a third of the town's electricity in an average year."),
    "Economy": ("Fishing and tourism remain the main trades, although the plant brought a small engineering "
                "workshop that maintains the turbines and trains apprentices from the surrounding villages."),
}


def encyclopedia(table: list[str], *, heading_mark: str = " [edit]") -> str:
    """An encyclopedia page as scraped: lead, a table of contents, then each section under its heading."""
    body = [f"{name}{heading_mark}\n\n{text}" for name, text in SECTIONS.items()]
    return "\n\n".join(["Caldwick Harbour - Wikipedia", "Caldwick Harbour", LEAD, *table, *body]) + "\n"


def reasons(doc) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


NUMBERED = ["Contents", "1 History", "1.1 Ferry pier", "2 Tidal plant", "3 Economy"]


def test_a_numbered_table_between_lead_and_sections_is_dropped_and_the_lead_kept():
    doc = run(encyclopedia(NUMBERED))
    got = reasons(doc)
    assert all(got.get(line) == "navigation.contents" for line in NUMBERED)
    assert_kept(doc, LEAD, *SECTIONS.values())
    assert doc.title == "Caldwick Harbour"


def test_a_table_with_show_hide_controls_between_entries_is_dropped():
    table = ["Contents", "hide", "(Top)", "History", "Toggle History subsection", "Ferry pier", "Tidal plant",
             "Economy"]
    doc = run(encyclopedia(table, heading_mark="[edit]"))
    got = reasons(doc)
    assert all(got.get(line) == "navigation.contents" for line in table if line != "(Top)")
    assert "(Top)" in got  # a menu control to drop_navigation already
    assert_kept(doc, LEAD, *SECTIONS.values())


def test_tables_under_headings_in_other_languages_are_dropped():
    for heading in ("Inhaltsverzeichnis", "Inhalt", "Sommaire", "Table of Contents [hide]", "Índice", "Spis treści",
                    "Содержание", "目次"):
        table = [heading, *SECTIONS]
        doc = run(encyclopedia(table, heading_mark=""))
        got = reasons(doc)
        assert all(got.get(line) == "navigation.contents" for line in table), heading
        assert_kept(doc, LEAD, *SECTIONS.values())


def test_a_numbered_table_without_a_heading_is_dropped():
    table = ["1. History", "2. Ferry pier", "3. Tidal plant", "4. Economy"]
    doc = run(encyclopedia(table, heading_mark=""))
    assert all(reasons(doc).get(line) == "navigation.contents" for line in table)


STEPS = ["1 Preheat the oven and grease a tin", "2 Mix the flour with the butter", "3 Bake for forty minutes"]


def test_an_articles_numbered_steps_stay():
    text = "\n\n".join([LEAD, "Method", *STEPS, SECTIONS["Economy"]])
    doc = run(text)
    assert "navigation.contents" not in reasons(doc).values()


def test_a_ranking_repeated_right_below_stays():
    # "1. U.S. Postal / 2. ONCE, at 0:30" and the same list again under a sentence: no headings.
    first = ["1. Harbour Rowers", "2. Pier Pullers, at 0:30", "3. Tide Crew, at 0:43"]
    second = ["1. Harbour Rowers", "2. Pier Pullers, at 0:20", "3. Tide Crew, at 0:41"]
    text = "\n\n".join([LEAD, "Instead of the result being:", "\n".join(first), "It would have been:",
                        "\n".join(second), SECTIONS["Economy"]])
    doc = run(text)
    assert "navigation.contents" not in reasons(doc).values()


def test_numbers_that_are_no_sections_stay():
    rows = ["1 Harbour dues 71.1", "71.1 MB", "13.4 MB (-81%)", "8.0 MB (-89%)", "4.2.3 April 2014", "4.1.6 May 2014"]
    text = "\n\n".join([LEAD, "\n".join(rows), *SECTIONS.values()])
    doc = run(text)
    assert "navigation.contents" not in reasons(doc).values()


def test_a_skip_links_menu_repeated_in_a_sitemap_is_no_table():
    menu = ["Harbour news", "Ferry timetable", "Tide tables", "Visitor moorings", "Fish market", "Events"]
    text = "\n\n".join(["Skip to:", "Content", "\n".join(menu), LEAD, *SECTIONS.values(), "Sitemap",
                        "\n".join(menu)])
    doc = run(text)
    assert "navigation.contents" not in reasons(doc).values()


@given(st.lists(st.sampled_from([*SECTIONS, *STEPS, "Contents", "Inhalt", "1 History", "2.1 Pier", LEAD,
                                 *SECTIONS.values()]), max_size=14))
def test_only_short_lines_are_ever_dropped_as_contents(lines):
    doc = run("\n\n".join(lines))
    for r in doc.removed:
        if r.reason == "navigation.contents":
            assert len(r.text.split()) <= 15
            assert r.filter == "drop_contents"
