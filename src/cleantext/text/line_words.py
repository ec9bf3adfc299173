"""The first and last word of every line's lookup key, found once per page: which lines a phrase
table can match at all.

A phrase table (`cleantext.patterns.Phrases`) matches a line only when the line's first word starts
one of its phrases (a whole-line or line-start lookup) or its last word ends one (a line-end
lookup). A filter asks for those lines here, C-level passes over the page's words, and visits only
them instead of testing every short line against each of its tables one line at a time.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count, repeat
from operator import itemgetter
from typing import Final, NamedTuple

from ..page import Page
from ..patterns import LABEL_END
from .features import keys

_first: Final = itemgetter(0)
_last = itemgetter(2)


class LineWords(NamedTuple):
    """Each block's key's first word (label marks cut: "tags:" -> "tags") and last word; "" for
    blocks without a key (lines longer than any phrase)."""

    first: list[str]
    last: list[str]


def line_words(page: Page) -> LineWords:
    """The first and last words of every block's key, computed on first use."""
    return page.memo(_page_line_words)


def _page_line_words(page: Page) -> LineWords:
    key_of = keys(page)
    firsts = map(_first, map(str.partition, key_of, repeat(" ")))
    return LineWords(list(map(str.rstrip, firsts, repeat(LABEL_END))),
                     list(map(_last, map(str.rpartition, key_of, repeat(" ")))))


def starting_words(words: Iterable[str]) -> frozenset[str]:
    """``words`` as `lines_starting_with` compares them (label marks cut), for a test of a key's
    raw first word (``key.partition(" ")[0] in words``) or of a whole key."""
    return frozenset(w.rstrip(LABEL_END) for w in words)


def lines_starting_with(page: Page, words: frozenset[str]) -> list[int]:
    """Blocks whose key's first word, label marks cut, is one of ``words``, in order. Every line
    that `Phrases.start` or `Phrases.line` can match, given the table's ``first_words`` passed
    through `starting_words`."""
    return list(compress(count(), map(words.__contains__, line_words(page).first)))


def lines_ending_with(page: Page, words: frozenset[str]) -> list[int]:
    """Blocks whose key's last word is one of ``words`` (a table's ``last_words``), in order."""
    return list(compress(count(), map(words.__contains__, line_words(page).last)))


def in_order(*groups: Iterable[int]) -> list[int]:
    """The blocks of any of ``groups``, each once, in page order: the lines a filter visits."""
    return sorted(set().union(*groups))
