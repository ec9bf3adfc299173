"""text.line_words: the lines a phrase table can match are found from each key's first and last
word, and no line a table matches is left out (filters visit only these lines)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.page import Page
from cleantext.patterns import Phrases
from cleantext.patterns.navigation import MENU_LINE, SECTION_NAMES, SHARE
from cleantext.patterns.related import MORE_FROM, RELATED_HEADING
from cleantext.text.blocks import text_blocks
from cleantext.text.features import keys
from cleantext.text.line_words import (
    in_order,
    line_words,
    lines_ending_with,
    lines_starting_with,
    starting_words,
)

TABLES = (MENU_LINE, SHARE, SECTION_NAMES, RELATED_HEADING, MORE_FROM)


def page_of(lines: list[str]) -> Page:
    return Page(text_blocks("\n".join(lines)))


def test_line_words_are_the_keys_first_word_without_label_marks_and_last_word():
    page = page_of(["Tags: Alpha, Beta", "Share this article", "• Related Articles •", "x " * 40])
    words = line_words(page)
    assert words.first == ["tags", "share", "related", ""]
    assert words.last == ["beta", "article", "articles", ""]


def test_lines_starting_with_finds_whole_line_and_line_start_phrases():
    table = Phrases({"en": ["Read more", "Tags", "Share this"]})
    page = page_of(["An article line about the harbour.", "Share this", "Harbour news", "Tags: a, b",
                    "Read more: the harbour reopens", "Reading the tide tables"])
    assert lines_starting_with(page, starting_words(table.first_words)) == [1, 3, 4]


def test_lines_ending_with_finds_line_end_phrases():
    page = page_of(["Our related articles", "The harbour reopened."])
    assert lines_ending_with(page, RELATED_HEADING.last_words) == [0]


def test_in_order_merges_groups_once_each_in_page_order():
    assert in_order([5, 1], iter([3, 1]), frozenset({9})) == [1, 3, 5, 9]


# Lines built from the tables' own words, edge marks and label colons, plus ordinary words.
WORDS = sorted({w for t in TABLES for k in t.keys for w in k.split()})[:400] + ["the", "harbour", "news"]
LINES = st.lists(st.sampled_from([*WORDS, "•", "|", ":", "—", "Tags:", "SHARE", "Related:"]),
                 min_size=1, max_size=8).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12))
def test_every_line_a_table_matches_is_a_candidate(lines):
    page = page_of(lines)
    key_of = keys(page)
    for table in TABLES:
        starts = set(lines_starting_with(page, starting_words(table.first_words | table.keys)))
        ends = set(lines_ending_with(page, table.last_words))
        for i, key in enumerate(key_of):
            if table.line(key) or table.start(key) or table.covers(key, key.count(" ") + 1):
                assert i in starts, (table.languages, key)
            if table.end(key):
                assert i in ends, (table.languages, key)
