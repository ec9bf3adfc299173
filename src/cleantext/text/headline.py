"""The page's headline as its first line names it: scraped text often starts with the HTML <title>
("Storm closes the coast road - The Daily Planet"), and the line that repeats its headline part marks
where the article starts, however short the article."""
from __future__ import annotations

from itertools import compress, count
from typing import Final

from ..page import Page
from ..patterns import EDGE_CHARS, TITLE_SEPARATOR
from .features import complete_keys, features

# The other parts of a first line that names a one- or two-word headline are the site's name: longer
# parts are a headline, and the short first part is the site.
MAX_SITE_WORDS: Final = 4
# Marks a headline may end with that its key has lost: "Viva Rosa Mystica! - Paulo's Blog".
HEADLINE_END_MARKS: Final = "!?.…\"'”’»)]"
# A first line found this often on the page is no title (a title, its headline and a caption or
# breadcrumb make three at most).
MAX_FIRST_LINE_REPEATS: Final = 4
# A headline has at most this many words.
MAX_HEADLINE_WORDS: Final = 30


def named_by(first: str, norm: str, words: int) -> bool:
    """Whether the first line's key ``first`` names the headline ``norm`` (both normalised).

    A line of 3+ words need only be inside it. A shorter one must be the first of two or more parts
    ("new zealand" in "new zealand - wikipedia"): a short menu item ("world", "home") is often a
    later part ("storm hits coast | world | daily planet").
    """
    if words >= 3:
        # Its key must keep two words: "1.6 [n 4]" has the key "n", which is inside most lines.
        return " " in norm and len(norm) >= 8 and norm in first
    if len(norm) < 3:
        return False
    if not first.startswith(norm):
        return False
    parts = TITLE_SEPARATOR.split(first)
    # "TED Blog | UPDATE: Parkinson's Voice Initiative ...": a site's name put before the headline.
    return len(parts) >= 2 and parts[0] == norm and max(len(p.split()) for p in parts[1:]) <= MAX_SITE_WORDS


def named_headlines(page: Page) -> frozenset[int]:
    """The lines after the first that repeat the headline of 3+ words (or 2, before a site's name of at
    most MAX_SITE_WORDS) the first line starts with
    ("Storm closes the coast road" under "Storm closes the coast road - The Daily Planet"), when the
    first line is a title (no prose). Only a first part that is no shorter than the others counts: a
    later part of most titles is the site's name, which its header repeats. Computed once per page."""
    return page.memo(_page_named_headlines)


def _page_named_headlines(page: Page) -> frozenset[int]:
    keys = complete_keys(page)
    feats = features(page)
    if len(keys) < 2 or not keys[0] or feats[0].prose:
        return frozenset()
    first = keys[0]
    if keys.count(first) >= MAX_FIRST_LINE_REPEATS:
        return frozenset()  # a message repeated down the page ("Deprecated: ... on line 520"), no title
    # The headline is the longest part: "Four Years Remaining » Blog Archive » Interning of Small
    # Integers in Python" puts the site first.
    # Parts counted as a line's key is cut: "..., 29 June 2012" repeated on its own line loses the year.
    longest = max(len(part.rstrip(EDGE_CHARS).split()) for part in TITLE_SEPARATOR.split(first))
    heads = _leading_parts(first)
    # One set lookup per line, in a C-level pass; the few lines found are then checked in full.
    found = [i for i in compress(count(), map(heads.__contains__, keys))
             if i > 0 and not feats[i].prose and feats[i].words <= MAX_HEADLINE_WORDS]
    # A two-word headline ("city chic - Ritzy Bee blog") counts when it is the whole first part, the
    # other parts are short enough to be the site's name (see `named_by`) and the page's header shows
    # that name above it ("Ritzy Bee blog"): in "TED Blog | Behold, 6 real-life cyborgs" the two
    # words are the site's, which its header shows first.
    site = TITLE_SEPARATOR.split(first, maxsplit=1)[-1]
    site_line = keys.index(site, 1) if site != first and site in keys[1:] else len(keys)
    return frozenset(i for i in found
                     if (feats[i].words >= 3 and len(keys[i].split()) >= longest)
                     or (feats[i].words == 2 and site_line < i and named_by(first, keys[i], 2)))


def _leading_parts(first: str) -> frozenset[str]:
    """The keys a line repeating the first part(s) of ``first`` may have: all of it, or what stands
    before a separator, the marks a headline may end with ("Viva Rosa Mystica! - ...") left off or not."""
    ends = []
    # Every space a separator starts at (separators may overlap: "a - - b"), and the line's end.
    separators = [i for i in _spaces(first) if TITLE_SEPARATOR.match(first, i)]
    for end in [*separators, len(first)]:
        ends.append(end)
        while end > 0 and first[end - 1] in HEADLINE_END_MARKS:
            end -= 1
            ends.append(end)
        # As a line's key is cut: "Creative Food Sculptures – Fubiz™" has the key "... – fubiz".
        ends.append(len(first[:end].rstrip(EDGE_CHARS)))
    return frozenset(first[:end] for end in ends if end > 0)


def _spaces(key: str) -> list[int]:
    """Where the spaces of a key are (a key's whitespace is single spaces, see patterns.normalize):
    found by str.find, so a first line of one 5 MB word costs one C-level scan."""
    found = []
    i = key.find(" ")
    while i >= 0:
        found.append(i)
        i = key.find(" ", i + 1)
    return found
