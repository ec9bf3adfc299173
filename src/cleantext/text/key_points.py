"""An article's key-points list between its headline and its text: the region takes it in.

A news page may put a short list of the article's main points under the headline: "Key points",
then "All ferry crossings are cancelled until Friday", "Around 4,000 homes are without power". The
items are short lines without a sentence's end, so the region, the run with the most prose, starts
under them. Its heading (`patterns.key_points`) says what they are: `key_points_start` finds the
heading right above the region's start, over a few such items, and gives where the list starts.
"""
from __future__ import annotations

from typing import Final

from ..page import Page
from ..patterns.key_points import KEY_POINTS_HEADINGS
from .features import Features, keys

# A key-points list has one to this many items, each of at least MIN_ITEM_WORDS words (a point,
# not a menu's "News") and no separators (no link row).
MAX_ITEMS: Final = 6
MIN_ITEM_WORDS: Final = 4


def key_points_start(page: Page, feats: list[Features], start: int) -> int:
    """The key-points heading's index when it stands over 1-6 point lines right above ``start``;
    else ``start``."""
    key_of = keys(page)
    i = start - 1
    items = 0
    while i >= 0 and items <= MAX_ITEMS and page.is_open(i):
        if KEY_POINTS_HEADINGS.line(key_of[i]):
            return i if items else start
        f = feats[i]
        if f.words < MIN_ITEM_WORDS or f.separators:
            return start
        items += 1
        i -= 1
    return start
