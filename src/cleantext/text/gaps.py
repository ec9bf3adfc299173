"""Whether a page's blank lines say anything: some scrapers put a blank line after every line.

Filters read ``gap_before`` as "a new group starts here" (a tag label and its tags, an item of a
related list). On a page where nearly every line stands apart, that reading would split every
group into single lines, so those filters ask `gaps_say_nothing` first and then group by the lines
themselves.
"""
from __future__ import annotations

from typing import Final

from ..page import Page

# Below this many lines a page's spacing is too little evidence either way.
MIN_LINES: Final = 10
# Share of line breaks with a blank line from which the blank lines mark nothing.
APART_SHARE: Final = 0.9


def gaps_say_nothing(page: Page) -> bool:
    """True when the page has a blank line between (nearly) every two lines; computed once per page."""
    return page.memo(_gaps_say_nothing)


def _gaps_say_nothing(page: Page) -> bool:
    blocks = page.blocks
    if len(blocks) < MIN_LINES:
        return False
    apart = sum(1 for block in blocks if block.gap_before)
    return apart >= APART_SHARE * (len(blocks) - 1)
