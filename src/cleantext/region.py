"""Find the main text: the contiguous run of blocks with the most prose.

The article is nearly always one contiguous region of prose lines. Each block scores positive
when it reads as prose (by its length) and negative when it does not; the region is the run with
the highest total (Kadane's maximum subarray), which bridges a subheading or a list inside the
article but not a menu of thirty links. Related-section and comment headings are walls the
region cannot cross, so a pasted related article is never taken for the main text.
"""
from __future__ import annotations

from .document import Label
from .features import Features, features
from .page import Page

# Penalties in characters of prose: a short non-prose line costs about a short sentence.
SHORT_LINE_COST = 30.0
LINK_ROW_COST = 60.0
LIST_ITEM_COST = 8.0
LABELLED_COST = 12.0
# Prose lines count by length, capped so one giant line does not outweigh everything else.
MAX_LINE_GAIN = 1500.0
# Notes key where filters mark blocks the region must not cross (related and comment headings).
WALLS = "region_walls"


def block_score(f: Features, is_list: bool) -> float:
    if f.prose:
        return min(float(f.chars), MAX_LINE_GAIN)
    if f.terminal and f.words >= 5 and f.separators == 0:
        return f.chars * 0.5  # a short sentence: weak evidence either way
    if f.separators >= 2:
        return -LINK_ROW_COST
    if is_list:
        return -LIST_ITEM_COST
    return -SHORT_LINE_COST


def main_region(page: Page) -> tuple[int, int] | None:
    """(first, last) block index of the main text, or None when the page has no prose."""
    feats = features(page)
    walls: set[int] = page.notes.get(WALLS, set())
    best_sum, best = 0.0, None
    cur_sum, cur_start = 0.0, 0
    for i, block in enumerate(page.blocks):
        verdict = page.verdicts[i]
        if i in walls:
            cur_sum, cur_start = 0.0, i + 1
            continue
        if verdict is not None and verdict.label is not Label.KEEP:
            score = -LABELLED_COST
        else:
            score = block_score(feats[i], block.kind.value == "list_item")
        if cur_sum <= 0:
            cur_sum, cur_start = 0.0, i
        cur_sum += score
        if cur_sum > best_sum:
            best_sum, best = cur_sum, (cur_start, i)
    if best is None:
        return None
    start, end = best
    # A positive run can start on a labelled block only by accident; trim labelled edges.
    while start < end and page.verdicts[start] is not None:
        start += 1
    return start, _extend_list_tail(page, feats, end)


def _extend_list_tail(page: Page, feats: list[Features], end: int) -> int:
    """Take in list items right after the region when its last line leads into them
    ("... across sectors, including" / "boosting:"), as the article's own list."""
    last = page.blocks[end].text.rstrip()
    if not last or last[-1] in ".!?。！？" or feats[end].words < 3:
        return end
    i = end + 1
    while (i < len(page.blocks) and page.is_open(i) and page.blocks[i].kind.value == "list_item"
           and feats[i].separators == 0 and feats[i].words <= 25):
        end = i
        i += 1
    return end
