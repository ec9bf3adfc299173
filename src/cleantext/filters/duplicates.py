"""drop_repeated_copy: the second copy of a page that was scraped twice into one text."""
from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Final

from ..page import Page
from ..steps import step
from ..text.features import block_texts, complete_features

_prose: Final = attrgetter("prose")
# A copy holds at least this many lines in the same order as the first, this many of them prose.
MIN_COPY_LINES: Final = 5
MIN_COPY_PROSE: Final = 2
# A copy has at least this share of the prose that came before it.
MIN_PROSE_SHARE: Final = 0.8
# A copy covers at least this share of the lines from its start to the page's end.
MIN_TAIL_SHARE: Final = 0.8
# Lines that differ between the copies (a "3 minutes ago" that became "4 minutes ago") are bridged
# when at most this many come in a row.
MAX_MISMATCH_RUN: Final = 2


@step("filter", formats={"text"})
def drop_repeated_copy(page: Page) -> None:
    """Drop the second copy of a page scraped twice in a row (a retry appended to the first try):
    every line from where the page starts again, as long as the lines repeat the first copy in order.

    The copy is found from the first prose line that comes again later; from there the lines are
    compared with the first copy at that distance. A quotation or a caption repeated once is no
    copy: it takes five lines in order, two of them prose, and 80% as much prose as came before it.
    """
    feats = complete_features(page)  # every copied line counts, labelled or not
    texts = block_texts(page)
    # Most pages repeat no prose line at all: one C-level pass over the prose lines tells.
    prose_texts = list(compress(texts, map(_prose, feats)))
    if len(set(prose_texts)) == len(prose_texts):
        return
    first_seen: dict[str, int] = {}
    shift = anchor = 0
    for i, (text, f) in enumerate(zip(texts, feats)):
        if not f.prose:
            continue
        earlier = first_seen.get(text)
        if earlier is None:
            first_seen[text] = i
        elif page.is_open(i):
            shift, anchor = i - earlier, i
            break
    if not shift:
        return
    start, end = _copy_span(texts, shift, anchor)
    copied = range(start, end + 1)
    prose_copied = sum(1 for i in copied if feats[i].prose)
    # The page again holds about as much prose as came before it; a box of teasers repeated lower
    # down, or a paragraph quoted again, holds a small part of it.
    chars_copied = sum(feats[i].chars for i in copied if feats[i].prose)
    chars_before = sum(feats[i].chars for i in range(start) if feats[i].prose)
    # And it runs to the page's end (a retry appended to the first try), not a quoted post mid-thread.
    if (len(copied) < MIN_COPY_LINES or prose_copied < MIN_COPY_PROSE
            or chars_copied < MIN_PROSE_SHARE * chars_before or len(copied) < MIN_TAIL_SHARE * (len(texts) - start)):
        return
    for i in copied:
        page.drop(i, "duplicate.copy", "second copy of the page")


def _copy_span(texts: list[str], shift: int, anchor: int) -> tuple[int, int]:
    """The run of lines around ``anchor`` that repeats the lines ``shift`` before them, with short
    runs of differing lines bridged (it starts no earlier than ``shift``: the copies do not overlap)."""
    def walk(step: int, stop: int) -> int:
        last = anchor
        mismatches = 0
        for i in range(anchor + step, stop, step):
            if texts[i] == texts[i - shift]:
                last, mismatches = i, 0
            else:
                mismatches += 1
                if mismatches > MAX_MISMATCH_RUN:
                    break
        return last

    return walk(-1, shift - 1), walk(1, len(texts))
