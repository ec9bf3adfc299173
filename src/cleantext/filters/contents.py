"""drop_contents: a table of contents copied with the article (an encyclopedia's "Contents", a blog's
"Inhaltsverzeichnis"), whose entries are the article's own headings once more."""
from __future__ import annotations

from itertools import compress, count, repeat
from typing import Final, NamedTuple

from ..page import Page
from ..patterns.contents import CONTENTS_HEADINGS, CONTENTS_TOGGLE, HEADING_MARK, SECTION_NUMBER, TOGGLE_WORDS
from ..steps import step
from ..text.features import Features, block_texts, features, keys
from ..text.line_words import lines_starting_with, starting_words

# An entry is a heading: short, and not a sentence (a question is a heading too).
MAX_ENTRY_WORDS: Final = 15
# A table under a heading needs this many entries; a numbered run without one, this many.
MIN_ENTRIES: Final = 2
MIN_NUMBERED_RUN: Final = 3
# Controls between entries ("hide", "(Top)", "Toggle History subsection"): at most this many in a
# row, of at most this many words.
MAX_FILLER: Final = 2
FILLER_WORDS: Final = 3
HEADING_STARTS: Final = starting_words(CONTENTS_HEADINGS.first_words)
# "Table of Contents [hide]" has 5 words: a heading has at most this many.
MAX_HEADING_WORDS: Final = 6
FIRST_SECTION: Final = ("1 ", "1. ", "1.\t", "1\t")


@step("filter", formats={"text"})
def drop_contents(page: Page) -> None:
    """Drop a table of contents: a heading such as "Contents", "Table of Contents [hide]",
    "Inhaltsverzeichnis" or "Sommaire" and the entries under it ("1 History", "1.1 Construction",
    "Woraus besteht Adblue?"), or, without a heading, a run of three or more numbered entries.

    An entry is a short line, numbered in sequence ("1", "1.1", "1.2", "2") or standing again further
    down the page as a heading ("History [edit]") with text between. A numbered run without a heading
    needs two such headings below it, so an article's own numbered list stays (a list repeated right
    below it, "1. U.S. Postal / 2. ONCE", has no text between its lines); so does a heading with no
    entries under it.
    """
    texts = block_texts(page)
    key_of = keys(page)
    feats = features(page)
    heads = [i for i in lines_starting_with(page, HEADING_STARTS)
             if feats[i].words <= MAX_HEADING_WORDS and _is_contents_heading(key_of[i])]
    # A table without a heading starts at its section 1: only lines opening "1 " or "1. " are looked at.
    firsts = list(compress(count(), map(str.startswith, texts, repeat(FIRST_SECTION))))
    if not heads and not firsts:
        return
    last_seen = _last_heading_index(key_of)
    # Each line is read by one table's scan at most, taken or not: a page of ten thousand "Contents"
    # lines costs ten thousand steps, not fifty million.
    head_set = frozenset(heads)
    done = -1
    for h in heads:
        if h > done and page.verdicts[h] is None:
            table = _table(page, texts, feats, key_of, last_seen, h + 1, numbered_only=False, heads=head_set)
            if len(table.entries) >= MIN_ENTRIES and _is_table(table):
                page.drop(h, "navigation.contents", "heading of a table of contents")
                _drop_table(page, table)
            done = table.stop - 1
    done = -1
    for i in firsts:
        if i > done and page.verdicts[i] is None and _section_number(texts[i]) == (1,):
            table = _table(page, texts, feats, key_of, last_seen, i, numbered_only=True, heads=head_set)
            if len(table.entries) >= MIN_NUMBERED_RUN and table.headings >= MIN_ENTRIES:
                _drop_table(page, table)
            done = table.stop - 1


class Table(NamedTuple):
    """What one scan found: a table of contents, or lines that looked like one's start."""

    entries: list[int]   # the entries' indices
    fillers: list[int]   # controls between entries
    numbered: int        # how many entries are numbered in sequence
    headings: int        # how many stand again as headings further down, with text between
    stop: int            # the line the scan stopped at (not read as part of the table)


def _is_table(table: Table) -> bool:
    """Whether the entries under a contents heading are a table of contents: at least half of them
    numbered in sequence or standing apart further down as headings. A menu under a skip link
    ("Springe direkt zu: Inhalt") also stands again further down, but as a sitemap's block of lines."""
    half = (len(table.entries) + 1) // 2
    return (table.headings >= 1 or table.numbered >= MIN_NUMBERED_RUN) and max(table.numbered, table.headings) >= half


def _is_contents_heading(key: str) -> bool:
    """Whether a normalised line is a contents heading, with or without its show/hide control."""
    if CONTENTS_HEADINGS.line(key):
        return True
    # The control is bracketed or a word of its own: only such lines are worth the regex.
    if "[" in key or "(" in key or key.rpartition(" ")[2] in TOGGLE_WORDS:
        return CONTENTS_HEADINGS.line(CONTENTS_TOGGLE.sub("", key).strip())
    return False


def _section_number(text: str) -> tuple[int, ...] | None:
    """The section number a line opens with, as numbers: "2.3 Pledge" -> (2, 3)."""
    found = SECTION_NUMBER.match(text)
    return tuple(int(n) for n in found.group(1).split(".")) if found else None


def _follows(prev: tuple[int, ...] | None, cur: tuple[int, ...]) -> bool:
    """Whether section number ``cur`` may come next after ``prev``: the next at some level
    ("1.2" -> "1.3", "1.2" -> "2") or the first one level down ("1.2" -> "1.2.1")."""
    if prev is None:
        return True
    if cur == (*prev, 1):
        return True
    depth = len(cur)
    return depth <= len(prev) and cur[:-1] == prev[:depth - 1] and cur[-1] == prev[depth - 1] + 1


def _last_heading_index(key_of: list[str]) -> dict[str, int]:
    """Each short line's key, an edit link cut ("history [edit" -> "history"): the last index it
    stands at."""
    last: dict[str, int] = {}
    for i, key in enumerate(key_of):
        if key:
            last[HEADING_MARK.sub("", key) if "[" in key else key] = i
    return last


def _table(page: Page, texts: list[str], feats: list[Features], key_of: list[str], last_seen: dict[str, int],
           start: int, *, numbered_only: bool, heads: frozenset[int]) -> Table:
    """The table of contents whose first entry is at or after ``start``; it ends before the next
    contents heading (in ``heads``), which may open a table of its own."""
    entries: list[int] = []
    fillers: list[int] = []
    pending: list[int] = []
    again: list[int] = []   # where each entry stands again further down (-1: nowhere)
    numbered = 0
    prev: tuple[int, ...] | None = None
    verdicts = page.verdicts
    stop = len(texts)
    for j in range(start, len(texts)):
        if j in heads:
            stop = j
            break
        f = feats[j]
        text = texts[j]
        entry = (verdicts[j] is None and 0 < f.words <= MAX_ENTRY_WORDS
                 and (not f.terminal or text.rstrip()[-1:] in "?？"))
        number = _section_number(text) if entry else None
        if number is None:
            entry = entry and not numbered_only
        elif numbered_only and text.rstrip()[-1:].isdigit():
            entry = False  # "01 Geiger, K. 1189 1": a row of a ranking, not a section's name
        elif not _follows(prev, number):
            entry = False  # "71.1 MB", "4.2.3 April 2014": numbers, not a table's sections
        if entry:
            key = key_of[j]  # normalised: the section number is cut with the line's other edge marks
            seen = last_seen.get(key, -1) if key else -1
            if number is None and seen <= j:
                entry = False
        if not entry:
            if len(pending) < MAX_FILLER and f.words <= FILLER_WORDS and not f.prose:
                pending.append(j)
                continue
            stop = j
            break
        entries.append(j)
        again.append(seen)
        fillers += pending
        pending = []
        if number is not None:
            numbered += 1
            prev = number
    # Headings stand apart, with their sections' text between; a list repeated below stands together.
    end = entries[-1] if entries else start
    spots = sorted(p for p in again if p > end)
    headings = sum(1 for a, b in zip([end, *spots], spots) if b - a > 1)
    return Table(entries, fillers, numbered, headings, stop)


def _drop_table(page: Page, table: Table) -> None:
    """Drop a table's entries and the controls between them."""
    for j in table.entries:
        page.drop(j, "navigation.contents", "entry of a table of contents")
    for j in table.fillers:
        page.drop(j, "navigation.contents", "control of a table of contents")
