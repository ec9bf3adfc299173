"""text.quoted: a page quoted as a whole ("> " on every line, as a mail reply quotes it) gives the
blocks, title and text of the page unquoted; offsets still point into the text as given."""
from __future__ import annotations

from articles import HEADLINES, PARAGRAPHS, page
from hypothesis import given
from hypothesis import strategies as st

from cleantext import extract
from cleantext.document import Kind
from cleantext.text.blocks import text_blocks
from cleantext.text.quoted import is_quoted, mask_quote_marks


def quote(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line for line in text.split("\n"))


def test_a_quoted_page_gives_the_blocks_of_the_page() -> None:
    text = "Menu\n\nHeadline of the story\n\n- first item\n- second item\n\nClosing line"
    quoted = quote(text)
    assert is_quoted(quoted)
    got = text_blocks(quoted)
    assert [(b.text, b.kind, b.gap_before) for b in got] == [
        (b.text, b.kind, b.gap_before) for b in text_blocks(text)]
    assert got[2].kind is Kind.LIST_ITEM
    # Offsets are the quoted text's: each block's text stands there as written.
    assert all(quoted[b.start:b.start + len(b.text)] == b.text for b in got)


def test_a_quoted_article_has_the_title_and_text_of_the_article() -> None:
    text = page(top=("Home | News | Sport",), bottom=("Share this article",))
    for mark in ("> ", ">", ">> ", "> > "):
        doc = extract(quote(text, mark), format="text")
        plain = extract(text, format="text")
        assert doc.title == plain.title == HEADLINES["en"]
        assert doc.text == plain.text
        assert all(p in doc.body for p in PARAGRAPHS["en"])


def test_a_page_with_a_few_quoted_lines_is_left_as_it_is() -> None:
    text = "A reader wrote:\n> The ferry was late again\n> and nobody said why.\nWe asked the harbour board."
    assert not is_quoted(text)
    assert [b.text for b in text_blocks(text)][1] == "> The ferry was late again"
    assert not is_quoted("> one quoted line")


def test_mask_keeps_length_and_lines() -> None:
    text = "> a\n>\n>> b\n  > c"
    masked = mask_quote_marks(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert [line.strip() for line in masked.split("\n")] == ["a", "", "b", "c"]


PIECES = st.sampled_from(["\n", "\n\n", "  ", " ", "- ", "• ", "1. ", "word", "Line", "\t", "x)"])


@given(st.lists(PIECES, max_size=40).map("".join))
def test_quoting_a_page_changes_none_of_its_blocks(text: str) -> None:
    quoted = quote(text)
    if not is_quoted(quoted):  # too few lines, or no line with text
        return
    assert [(b.text, b.kind, b.gap_before) for b in text_blocks(quoted)] == [
        (b.text, b.kind, b.gap_before) for b in text_blocks(text)]
