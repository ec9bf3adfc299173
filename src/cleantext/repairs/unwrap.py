"""Opt-in repair: rejoin paragraphs that a scraper hard-wrapped at a fixed width (lynx, w3m, e-mail).

A page wrapped at 80 columns turns every paragraph into lines of 60-80 characters that neither read
as prose nor look like anything else, so the main text would be lost line by line. Greedy wrapping
leaves a mark: a line is broken where the next word would not have fit, so a wrapped line plus one
space plus the next line's first word is longer than the page's widest line. Only a page that shows
that mark again and again is rejoined, and only at the lines that show it.

Not in DEFAULT_REPAIRS: whether a page looks wrapped is a statistic of the whole page, and cleaning
removes and strips lines, so a cleaned page can look wrapped where the page did not. With this
repair in the pipeline, clean(clean(x)) == clean(x) can fail on such pages (the long property
profile found one); the default pipeline keeps that guarantee. Add it with
``Pipeline.default().insert(unwrap_lines, kind="repair")`` for text known to be hard-wrapped.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import Final

from ..text.plain_blocks import LIST_MARKER

# Wrap widths seen in scraped text run from ~60 (narrow terminals) to ~132; a page whose widest
# line (with a space in it) is outside these bounds is not hard-wrapped.
MIN_WIDTH: Final = 40
MAX_WIDTH: Final = 160
# How much of the page must show the mark: this many break points, this share of the places where
# a non-blank line follows another, and this share of continuations that do not start with a
# capital (a list of headlines near the page width fails that: each starts with a capital).
MIN_BREAKS: Final = 3
MIN_BREAK_SHARE: Final = 0.3
MIN_CONTINUING_SHARE: Final = 0.3
# The wrap width is the longest length that NEAR_SHARE as many long lines come within WIDTH_BAND
# characters of as the fullest such band holds.
WIDTH_BAND: Final = 8
NEAR_SHARE: Final = 0.7
# A bound on the rounds of joining (see unwrap_lines); real pages need one or two.
MAX_ROUNDS: Final = 64


def unwrap_lines(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs with a space ("-" at a break joins without one).

    >>> unwrap_lines("The harbour town opened its first tidal plant on Monday after ten\\n"
    ...              "years of planning. The mayor said the turbines would cover half\\n"
    ...              "of the town's needs by the spring, and that the plant would pay\\n"
    ...              "for itself within twelve years.\\n\\nMenu")
    "The harbour town opened its first tidal plant on Monday after ten years of planning. The mayor said the turbines would cover half of the town's needs by the spring, and that the plant would pay for itself within twelve years.\\n\\nMenu"

    Lines of a text that is not hard-wrapped stay as they are; so do list items, indented lines
    (a paragraph's first line), and the lines of a page without enough wrap marks.
    """
    # Rejoined paragraphs make a new widest line, and a text of short paragraphs can then show the
    # mark again; repeating until nothing changes makes the repair idempotent. Each round joins at
    # least MIN_BREAK_SHARE of the places where a line follows another, so rounds are few.
    for _ in range(MAX_ROUNDS):
        joined = _unwrap_once(text)
        if joined is text:
            return text
        text = joined
    return text


def wrap_breaks(lines: list[str]) -> set[int]:
    """Indices k where line k+1 continues hard-wrapped line k, on a page that shows the wrap mark
    often enough (see the module docstring); an empty set for a page that is not hard-wrapped.
    Blank lines are ``""``. Text mode reads paragraphs from this without joining any line."""
    if len(lines) <= MIN_BREAKS or _has_long_running_line(lines):
        return set()
    width = _wrap_width(lines)
    if width < MIN_WIDTH:
        return set()
    breaks = _wrap_breaks(lines, width)
    followed = sum(1 for a, b in pairwise(lines) if a and b)
    continuing = sum(1 for k in breaks if not lines[k + 1][:1].isupper())
    if (len(breaks) < MIN_BREAKS or len(breaks) < MIN_BREAK_SHARE * followed
            or continuing < MIN_CONTINUING_SHARE * len(breaks)):
        return set()
    return breaks


def _unwrap_once(text: str) -> str:
    """One round: the breaks this text shows, joined."""
    if text.count("\n") < MIN_BREAKS:
        return text
    lines = text.split("\n")
    breaks = wrap_breaks(lines)
    if not breaks:
        return text
    # Pieces are collected and joined once per output line: growing a string piece by piece
    # would copy it again at every break, quadratic on a long paragraph.
    joined: list[str] = []
    pieces = [lines[0]]
    tail = lines[0][-2:]  # the last two characters of the line being built
    for k in range(1, len(lines)):
        if k - 1 in breaks:
            line = lines[k].lstrip()
            # "AI-" / "generated": a wrapper broke a hyphenated word after its hyphen.
            glue = "" if tail[-1:] == "-" and tail[:1].isalpha() and line[:1].isalpha() else " "
            pieces += (glue, line)
            tail = (tail + glue + line)[-2:]
        else:
            joined.append("".join(pieces))
            pieces = [lines[k]]
            tail = lines[k][-2:]
    joined.append("".join(pieces))
    return "\n".join(joined)


def _wrap_breaks(lines: list[str], width: int) -> set[int]:
    """Indices k where line k+1 continues line k: line k has several words, the next word would
    not have fit on it, and line k+1 is neither a list item nor indented deeper (a new paragraph)."""
    breaks = set()
    for k in range(len(lines) - 1):
        line, following = lines[k], lines[k + 1]
        # A wrapped line holds several words; a line without a space (Chinese) was not wrapped here.
        if " " not in line or not following:
            continue
        first_word = following.lstrip().split(" ", 1)[0]
        # A line longer than the width was never wrapped at it (a list item, a URL): no break after it.
        if (len(line) + 1 + len(first_word) > width and len(line) <= width
                and not LIST_MARKER.match(following.lstrip())
                and _indent(following) <= _indent(line)):
            breaks.add(k)
    return breaks


def _wrap_width(lines: list[str]) -> int:
    """The width the page was wrapped at: among lines of MIN_WIDTH+ characters, the longest length
    that many lines come within WIDTH_BAND characters below (a greedy wrap leaves many lines within
    a word of its width). A few longer lines that were never wrapped (a list item, a URL, a row of
    related titles) do not raise it, as they would raise the longest line."""
    lengths = sorted(n for line in lines if (n := len(line)) >= MIN_WIDTH and breakable(line))
    near = [k - bisect_right(lengths, n - WIDTH_BAND, hi=k) + 1 for k, n in enumerate(lengths)]
    if not near:
        return 0
    # The longest length whose band holds at least half as many lines as the fullest band.
    enough = NEAR_SHARE * max(near)
    return max(n for n, m in zip(lengths, near) if m >= enough)


def _has_long_running_line(lines: list[str]) -> bool:
    """Whether a line of running text is longer than any wrap width: then the page is not hard-wrapped."""
    # Most pages have one: a C-level max first, then the long lines alone.
    return max(map(len, lines), default=0) > MAX_WIDTH and any(
        len(line) > MAX_WIDTH and breakable(line) for line in lines)


def breakable(line: str) -> bool:
    """A line a wrapper could have broken: it has a space, or characters of a script without spaces."""
    return " " in line or not line.isascii()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
