"""Hard-wrapped paragraphs in text mode: which lines continue the line above them.

A page that lynx, w3m or an e-mail client wrapped at a fixed width has paragraphs of several lines
of 50-130 characters, none of which reads as prose on its own. Text mode does not join them (that
is the opt-in repair `unwrap_lines`); it reads each such paragraph as one unit: its lines share the
paragraph's features, and the main region never starts or ends inside it.
"""
from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Final

from ..document import Block
from ..repairs.unwrap import MAX_WIDTH, breakable, wrap_breaks

_text: Final = attrgetter("text")


def continued_lines(blocks: Sequence[Block]) -> frozenset[int]:
    """Indices of the blocks that continue the block before them in a hard-wrapped paragraph
    (no blank line between, and the next word would not have fit on the line above)."""
    if len(blocks) < 4:
        return frozenset()
    # Most pages have a line of running text longer than any wrap width: one C-level pass finds it.
    texts = list(map(_text, blocks))
    if max(map(len, texts)) > MAX_WIDTH and any(len(t) > MAX_WIDTH and breakable(t) for t in texts):
        return frozenset()
    lines: list[str] = []
    line_block: list[int] = []  # the block of each line; -1 for a blank line
    for block in blocks:
        if block.gap_before:
            lines.append("")
            line_block.append(-1)
        lines.append(block.text)
        line_block.append(block.index)
    breaks = wrap_breaks(lines)
    return frozenset(line_block[k + 1] for k in breaks)


def paragraph_spans(continued: frozenset[int]) -> list[tuple[int, int]]:
    """(first, last) block index of every paragraph of two or more lines."""
    spans: list[tuple[int, int]] = []
    for i in sorted(continued):
        if spans and spans[-1][1] == i - 1:
            spans[-1] = (spans[-1][0], i)
        else:
            spans.append((i - 1, i))
    return spans
