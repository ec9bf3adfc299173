"""drop_repeated_copy: the second copy of a page that was scraped twice into one text."""
from __future__ import annotations

from itertools import compress, count
from operator import attrgetter
from typing import Final

from ..page import Page
from ..steps import step
from ..text.features import Features, block_texts, complete_features

_prose: Final = attrgetter("prose")
# A copy holds at least this many lines in the same order as the first, this many of them prose.
MIN_COPY_LINES: Final = 5
MIN_COPY_PROSE: Final = 2
# A copy has at least this share of the prose that came before it.
MIN_PROSE_SHARE: Final = 0.8
# A copy covers at least this share of the lines from its start to the page's end.
MIN_TAIL_SHARE: Final = 0.8
# A run of prose lines repeated right under itself (an "Article Excerpt" box, then the byline and the
# article with the same paragraphs): at most this many short lines stand between the two copies. A
# forum post quoting the one above has its poster's name and date between them: two lines, or one
# with a digit or a colon ("Jim wrote:"), which keep the quote.
MAX_LINES_BETWEEN_RUNS: Final = 1
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
    prose_lines = list(compress(count(), map(_prose, feats)))
    first_seen: dict[str, int] = {}
    for i in prose_lines:
        first_seen.setdefault(texts[i], i)
    anchor = next((i for i in prose_lines if first_seen[texts[i]] != i and page.is_open(i)), None)
    if anchor is None:
        return
    if not _drop_page_copy(page, texts, feats, anchor - first_seen[texts[anchor]], anchor):
        _drop_repeated_runs(page, texts, feats, prose_lines, first_seen)


def _drop_page_copy(page: Page, texts: list[str], feats: list[Features], shift: int, anchor: int) -> bool:
    """Drop the page's second copy, the lines from around ``anchor`` on that repeat the lines
    ``shift`` above them; whether they were one."""
    start, end = _copy_span(texts, feats, shift, anchor)
    copied = range(start, end + 1)
    prose_copied = sum(1 for i in copied if feats[i].prose)
    # The page again holds about as much prose as came before it; a box of teasers repeated lower
    # down, or a paragraph quoted again, holds a small part of it.
    chars_copied = sum(feats[i].chars for i in copied if feats[i].prose)
    chars_before = sum(feats[i].chars for i in range(start) if feats[i].prose)
    # And it runs to the page's end (a retry appended to the first try), not a quoted post mid-thread.
    if (len(copied) < MIN_COPY_LINES or prose_copied < MIN_COPY_PROSE
            or chars_copied < MIN_PROSE_SHARE * chars_before or len(copied) < MIN_TAIL_SHARE * (len(texts) - start)):
        return False
    for i in copied:
        page.drop(i, "duplicate.copy", "second copy of the page")
    return True


def _drop_repeated_runs(page: Page, texts: list[str], feats: list[Features], prose_lines: list[int],
                        first_seen: dict[str, int]) -> None:
    """Drop each run of two or more different prose lines that comes again, line for line and whole, right
    under itself (at most MAX_LINES_BETWEEN_RUNS short lines, a byline or "Video", between the
    copies): a teaser box repeating the article's opening paragraphs.

    Only a whole run repeated at once counts: a paragraph quoted again after other prose, or one
    line said twice or more, is the text's own."""
    done = -1
    for i in prose_lines:
        earlier = first_seen[texts[i]]
        if i <= done or earlier == i or not page.is_open(i):
            continue
        # How far the lines from i on repeat those from the first copy's line on (copies do not overlap).
        length = 0
        while (earlier + length < i and i + length < len(texts)
               and texts[earlier + length] == texts[i + length]):
            length += 1
        between = range(earlier + length, i)
        if (len(between) > MAX_LINES_BETWEEN_RUNS or any(_post_header(texts[j], feats[j]) for j in between)
                or len({texts[j] for j in range(i, i + length) if feats[j].prose}) < MIN_COPY_PROSE):
            continue
        page.drop_open(i, i + length, "duplicate.repeat", "repeats the lines right above it")
        done = i + length - 1


def _post_header(text: str, f: Features) -> bool:
    """Whether a line between two copies may head a post that quotes the one above: prose, a date
    or count ("05-07-2005, 10:22 AM"), a "Jim wrote:"."""
    return f.prose or text.endswith(":") or any(c.isdigit() for c in text)


def _copy_span(texts: list[str], feats: list[Features], shift: int, anchor: int) -> tuple[int, int]:
    """The run of lines around ``anchor`` that repeats the lines ``shift`` before them, with short
    runs of differing lines bridged (it starts no earlier than ``shift``: the copies do not overlap).
    A differing prose line is no "3 minutes ago" become "4 minutes ago": the copy ends before it."""
    def walk(step: int, stop: int) -> int:
        last = anchor
        mismatches = 0
        for i in range(anchor + step, stop, step):
            if texts[i] == texts[i - shift]:
                last, mismatches = i, 0
            else:
                mismatches += 1
                if mismatches > MAX_MISMATCH_RUN or feats[i].prose:
                    break
        return last

    return walk(-1, shift - 1), walk(1, len(texts))
