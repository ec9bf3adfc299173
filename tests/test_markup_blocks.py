"""text.markdown_blocks and text.lynx_blocks: Markdown pages and lynx dumps become blocks without their
markup; other pages do not."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleantext.document import Kind
from cleantext.text.blocks import text_blocks
from cleantext.text.markdown_blocks import inline_text, looks_like_markdown, markdown_blocks

PAGE = """# Ferry timetable changes for the summer

_By **Noor Haddad**_

The [harbour board](https://board.example/) agreed the new timetable on Monday.

* * *

## More from the harbour

  * [Quay works start in June](/quay-works/)
  * [Fish market moves to the old shed](/fish-market/)
"""


def test_a_markdown_page_is_read_without_its_markup() -> None:
    blocks = markdown_blocks(PAGE)
    assert [b.text for b in blocks] == [
        "Ferry timetable changes for the summer", "By Noor Haddad",
        "The harbour board agreed the new timetable on Monday.", "More from the harbour",
        "Quay works start in June", "Fish market moves to the old shed"]
    assert [b.kind for b in blocks][:1] == [Kind.HEADING] and blocks[0].level == 1
    assert blocks[4].kind is Kind.LIST_ITEM and blocks[4].url == "/quay-works/"
    assert blocks[2].url == ""  # a link inside a sentence is not the block's link
    assert blocks[3].gap_before  # the rule "* * *" is a break, not a block


def test_text_blocks_reads_markdown_only_where_the_page_is_markdown() -> None:
    assert looks_like_markdown(PAGE)
    plain = "Prices rose 2*3 percent in the *first* week\n\n# 5 is the tram to the station\n\n- one item"
    assert not looks_like_markdown(plain)
    assert [b.text for b in text_blocks(plain)] == [line for line in plain.split("\n") if line]


def test_code_fences_keep_their_lines_as_they_are() -> None:
    page = PAGE + "\n```\nx = a_b_c * 2  # [not](a link)\n```\n"
    assert markdown_blocks(page)[-1].text == "x = a_b_c * 2  # [not](a link)"
    assert markdown_blocks(page)[-1].kind is Kind.PREFORMATTED


def test_snake_case_and_arithmetic_are_not_emphasis() -> None:
    assert inline_text("set max_line_width to 2*3*4 now")[0] == "set max_line_width to 2*3*4 now"


def test_setext_headings_are_headings_and_their_underlines_no_text() -> None:
    page = ("Ferry timetable changes\n=======================\n\nThe board agreed on Monday.\n\n"
            "What changes\n------------\n\nTwo more crossings.\n\n---\n\n[Home](/) [News](/news/) [About](/about/)\n")
    blocks = markdown_blocks(page)
    assert [(b.text, b.kind, b.level) for b in blocks[:4]] == [
        ("Ferry timetable changes", Kind.HEADING, 1), ("The board agreed on Monday.", Kind.PARAGRAPH, 0),
        ("What changes", Kind.HEADING, 2), ("Two more crossings.", Kind.PARAGRAPH, 0)]
    assert not any(set(b.text) <= {"=", "-"} for b in blocks)  # a rule after a blank line is a break


def test_a_markdown_table_is_a_block_per_row_without_its_rule_row() -> None:
    page = PAGE + "\n| Crossing | Departs |\n| :--- | ---: |\n| [Morning](/m/) | 07:15 |\n|Evening||\n"
    rows = [(b.text, b.gap_before) for b in markdown_blocks(page) if b.kind is Kind.TABLE_ROW]
    assert rows == [("Crossing | Departs", True), ("Morning | 07:15", False), ("Evening | ", False)]


def test_a_markdown_table_is_a_table_again_in_markdown_output() -> None:
    from cleantext import extract
    from cleantext.markdown import to_markdown
    para = ("The harbour board agreed the new summer timetable on Monday evening after a long debate "
            "about fuel costs, crew shifts and the demands of the island's growing number of visitors.")
    last = "Tickets for the night crossing go on sale at the [harbour office](/office/) from the first of May."
    page = (f"# Ferry timetable\n\n{para}\n\n| Crossing | Departs |\n| --- | --- |\n| Morning | 07:15 |\n\n"
            f"{last}\n")
    assert "| Crossing | Departs |\n| --- | --- |\n| Morning | 07:15 |" in to_markdown(extract(page, format="text"))


def test_a_table_between_paragraphs_stays_in_the_article() -> None:
    from cleantext import extract
    menu = "\n".join(f"* [Section {n}](/s{n}/)" for n in range(6))
    para = ("The harbour board agreed the new summer timetable on Monday evening after a long debate "
            "about fuel costs, crew shifts and the demands of the island's growing number of visitors.")
    last = ("Tickets for the new night crossing go on sale at the harbour office and online from the first "
            "of May, and season passes bought before then remain valid on every sailing.")
    page = (f"{menu}\n\n# Ferry timetable changes for the summer\n\n{para}\n\n{para}\n\n"
            "| Crossing | Departs |\n| --- | --- |\n| Morning | 07:15 |\n| Evening | 19:40 |\n| Night | 23:05 |\n\n"
            f"{last}\n\n{menu}\n")
    doc = extract(page, format="text")
    for row in ("Crossing | Departs", "Morning | 07:15", "Night | 23:05"):
        assert row in doc.body.split("\n")
    assert doc.body.count(para) == 2 and doc.body.endswith(last)


@given(st.text(max_size=300))
def test_markdown_blocks_never_invent_characters(text: str) -> None:
    """Every character of a block's text is in the page: markup is only taken away (a table row's
    cells stand between " | ", as an HTML table row's do)."""
    chars = set(text)
    for block in markdown_blocks(text):
        assert set(block.text) <= (chars | {" ", "|"} if block.kind is Kind.TABLE_ROW else chars)


def test_a_lynx_dump_loses_its_link_numbers_and_references() -> None:
    from cleantext.text.lynx_blocks import lynx_references

    dump = ("Ferry news\n\n   The [1]harbour board met on Monday and agreed the new timetable for the\n"
            "   island ferries.\n\n     * [2]Quay works start in June\n\nReferences\n\n"
            "   1. https://board.example/\n   2. https://news.example/quay-works/\n")
    assert lynx_references(dump) == (7, {"1": "https://board.example/", "2": "https://news.example/quay-works/"})
    blocks = text_blocks(dump)
    assert [b.text for b in blocks] == ["Ferry news", "The harbour board met on Monday and agreed the new timetable for the",
                                        "island ferries.", "Quay works start in June"]
    assert blocks[-1].url == "https://news.example/quay-works/"


def test_a_lynx_dumps_image_line_is_a_caption_and_never_the_title() -> None:
    from cleantext import extract
    body = ("   The harbour board met on Monday and agreed the new timetable for the island ferries,\n"
            "   which will run every hour from the first of May until the end of September.\n\n"
            "   Fares stay as they are, the board said, though fuel costs rose by a fifth this year and\n"
            "   crews asked for a second boat on the busiest weekends of the summer.\n")
    dump = ("     * [1]Home\n     * [2]News\n\n          Ferry timetable changes for the summer\n\n"
            "   [3][IMG] The new ferry at the quay\n\n" + body + "\nReferences\n\n   1. https://a.example/\n"
            "   2. https://a.example/news\n   3. https://a.example/ferry.jpg\n")
    caption = [b for b in text_blocks(dump) if b.text == "The new ferry at the quay"]
    assert caption and caption[0].kind is Kind.CAPTION
    doc = extract(dump, format="text")
    assert doc.title == "Ferry timetable changes for the summer"


def test_a_references_heading_with_text_after_it_is_no_dump() -> None:
    page = "Essay\n\nReferences\n\n1. https://a.example/\n2. https://b.example/\n\nThanks for reading."
    assert [b.text for b in text_blocks(page)][-1] == "Thanks for reading."
    assert "References" in [b.text for b in text_blocks(page)]


# A Markdown export made without links (html2text --ignore-links, a reader's "copy as Markdown").
LINKLESS = """# Ferry timetable changes for the summer

The harbour board agreed the new timetable on Monday, after a winter of complaints about late boats.

## What changes

* The first boat leaves at 6:40
* The last boat returns at 22:15

## More from the harbour
"""


def test_a_markdown_page_without_links_is_read_as_markdown() -> None:
    assert looks_like_markdown(LINKLESS)
    # Opening with "# Headline" is enough; so are two "## Section" headings.
    assert looks_like_markdown("# Ferry timetable changes\n\nThe board met.")
    assert looks_like_markdown("Intro line\n\n## One\n\ntext\n\n## Two\n\ntext")
    blocks = text_blocks(LINKLESS)
    assert blocks[0].text == "Ferry timetable changes for the summer" and blocks[0].kind is Kind.HEADING
    assert [b.text for b in blocks if b.kind is Kind.LIST_ITEM] == [
        "The first boat leaves at 6:40", "The last boat returns at 22:15"]


def test_a_shell_comment_or_a_hashtag_does_not_make_a_page_markdown() -> None:
    assert not looks_like_markdown("Install it:\n\n# apt-get install foo\n\nThen run it.")
    assert not looks_like_markdown("#1 in the charts\n\nThe band is back.\n\n#music #news")
    assert not looks_like_markdown("Notes\n\n## only one subheading\n\ntext")
