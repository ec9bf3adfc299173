"""text.quoted: a page quoted as a whole ("> " on every line, as a mail reply quotes it) gives the
blocks, title and text of the page unquoted; offsets still point into the text as given."""
from __future__ import annotations

import random

import pytest
from articles import HEADLINES, PARAGRAPHS, page
from hypothesis import given
from hypothesis import strategies as st
from pagegen import generate_page

from cleantext import clean, extract
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


def test_a_reply_header_over_the_quote_is_allowed_and_cleaning_twice_changes_nothing() -> None:
    text = page(top=("Home | News | Sport",), bottom=("Share this article",))
    reply = "On 3 May 2025, Jane Roe wrote:\n\n" + quote(text) + "\n\n-- \nJ."
    assert is_quoted(reply)
    doc = extract(reply, format="text")
    assert doc.title == HEADLINES["en"] and not any(line.startswith(">") for line in doc.text.split("\n"))
    once = clean(reply)
    assert clean(once) == once


def test_unquoted_lines_inside_the_quote_or_too_many_around_it_are_no_quoted_page() -> None:
    assert not is_quoted("> a\n> b\nnot quoted\n> c\n> d")
    assert not is_quoted("one\ntwo\nthree\n> a\n> b\n> c\n> d")  # 3 lines around 4 quoted ones
    assert is_quoted("one\n> a\n> b\n> c\n> d")


@pytest.mark.parametrize("seed", [9, 32, 53, 182])
def test_clean_is_idempotent_on_quoted_generated_pages(seed: int) -> None:
    # Quoted whole, or all but the first lines (a menu): on the default branch before text.quoted,
    # the first run kept the marks and the second run, seeing only quoted lines, read it otherwise.
    rng = random.Random(seed)
    lines = generate_page(rng).text().split("\n")
    for keep in (0, 4):
        text = "\n".join(lines[:keep] + [f"> {line}" for line in lines[keep:]])
        once = clean(text)
        assert clean(once) == once
        assert not any(line.startswith(">") for line in once.split("\n"))
