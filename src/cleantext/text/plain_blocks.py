"""Plain scraped text: one block per non-blank line.

A blank line before a block becomes ``gap_before``; list markers ("- ", "• ", "1. ") make a
``LIST_ITEM``. The text is kept as it is apart from surrounding whitespace.
"""
from __future__ import annotations

from typing import Final

import regex

from ..document import Block, Kind
from ..limits import check_blocks, count_text_blocks

# "- Steel manufacturing", "• Pakistan", "* item", "+ Added Slime Block", "1. First", "2) Second", "a) x"
LIST_MARKER: Final = regex.compile(r"(?:[-–•*·▪►✓+]|\d{1,3}[.)]|[a-z][)])\s")
MARKER_START: Final = frozenset("-–•*·▪►✓+")
# The fields of a text block between gap_before and start, all at their defaults (no source, links or level).
DEFAULT_MIDDLE: Final = tuple(Block._field_defaults[name] for name in Block._fields[4:8])
NO_MARKS: Final[tuple[tuple[str, str, str], ...]] = ()
_new: Final = tuple.__new__


def plain_blocks(text: str, *, max_blocks: int | None = None) -> list[Block]:
    """Blocks of ``text`` (already repaired), in order, with their paragraph breaks and offsets.

    More than ``max_blocks`` blocks raise `PageTooLargeError` before any block is made.
    """
    if max_blocks is not None and text.count("\n") >= max_blocks:  # more lines than the limit: count
        check_blocks(count_text_blocks(text), max_blocks, what="non-blank lines")
    blocks: list[Block] = []
    append = blocks.append
    paragraph, item = Kind.PARAGRAPH, Kind.LIST_ITEM
    is_list = LIST_MARKER.match
    gap = False
    pos = 0  # where ``raw`` starts in ``text``
    source, density, url, level = DEFAULT_MIDDLE
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            gap = True
            pos += len(raw) + 1
            continue
        first = line[0]
        kind = item if (first in MARKER_START or first.isdigit() or line[1:2] == ")") and is_list(line) else paragraph
        # The stripped line's offset: the leading whitespace strip() removed comes first.
        start = pos + raw.index(first)
        # tuple.__new__ skips the Python-level __new__ a NamedTuple call runs: half the cost, per line.
        append(_new(Block, (len(blocks), line, kind, gap and bool(blocks), source, density, url, level, start,
                                  NO_MARKS)))
        gap = False
        pos += len(raw) + 1
    return blocks
