"""extract_byline: bylines, datelines, date lines and tag lines near the article's start go to metadata."""
from __future__ import annotations

from typing import Final

from ..document import Kind
from ..page import Page
from ..patterns import normalize
from ..patterns.byline import (
    BYLINE_END,
    BYLINE_START,
    DATE,
    DATE_LABEL,
    DATE_OR_TIME_LINES,
    H_TIME,
    NEWSROOM,
    POSTED_BY,
    READING_TIME,
    RELATIVE_TIME,
    SENDER_LABELS,
    TAG_LABEL,
    TIME,
    field_line,
)
from ..steps import step
from ..text.features import HAS_DIGIT, continued, features, keys, lines_matching_any
from ..text.gaps import gaps_say_nothing
from ..text.region import entry_stamps, main_region, walls_of

# How far around the main text's start bylines are looked for: they sit just above or below the headline.
WINDOW: Final = 10
MAX_BYLINE_WORDS: Final = 25
MAX_TAG_WORDS: Final = 6
MAX_TAG_LINE_WORDS: Final = 80
# "Lesezeit: ca. 3 Minuten", "Estimated reading time: 4 minutes"
MAX_READING_TIME_WORDS: Final = 6
# "Department for Inland Waterways" under "From:": a value under its label is short.
MAX_VALUE_WORDS: Final = 8
# A label's colon and a list's commas, half-width or full-width: "Tags: a, b", "タグ：a、b", "标签：a，b".
COLONS: Final = (":", "：")
COMMAS: Final = (",", "、", "，")


@step("select")
def extract_byline(page: Page) -> None:
    """Move bylines, datelines and tags to metadata: "By Jane Doe",
    "Devdiscourse News Desk | Islamabad | Updated: 12-07-2025 15:58 IST", "July 24, 2012 12:11 AM",
    "• Country:" followed by "• Pakistan".

    A reading time on a line of its own ("4 min read", "Lesezeit: ca. 3 Minuten") is dropped as
    ``byline.reading_time``: it has a headline's shape, and was taken for the title.

    Only short lines within 10 lines of the main text's start (or its end, for tags) are looked at,
    so dates in lists of other articles or in comments are not taken for the article's. On a page
    with two or more lines of a time only ("14:32"), a live blog's entry times, those stay text.
    """
    region = main_region(page)
    if region is None:
        return
    start, end = region
    # Never past a wall after the text's start: beyond a comment heading, dates are the comments'.
    stop = min((w for w in walls_of(page) if w > start), default=len(page))
    feats = features(page)
    key_of = keys(page)
    dated = lines_matching_any(page, DATE_OR_TIME_LINES)
    # Bylines and datelines come before the article's second paragraph; a date further down is
    # some other item's (and cleaning the output again must not find a new one there).
    # Paragraphs, not lines: the lines that continue a hard-wrapped paragraph do not count (a page
    # wrapped at 60 columns spent the window inside its first paragraph and missed the tags under it).
    joined = continued(page)
    after_start = _open_step(page, start, WINDOW, stop, joined)
    # A paragraph the scraper took twice in a row counts once.
    blocks = page.blocks
    prose_after = [j for j in range(start, after_start) if feats[j].prose and page.is_open(j) and j not in joined
                   and not (j > start and blocks[j].text == blocks[j - 1].text)][:2]
    head_end = prose_after[-1] if len(prose_after) == 2 else after_start
    near_start = range(_open_step(page, start, -WINDOW, 0, joined), head_end)
    # Tags only (no dates) are taken near the end, also past a comment heading: a "Topic:" list is the
    # page's, and a wall dropped on the first run must not reveal new tags on the second.
    near_end = range(_open_step(page, end, -3, 0, joined), _open_step(page, end, WINDOW, len(page), joined))
    stamps = entry_stamps(page)  # a live blog's entry times are its text, not its date
    for i in sorted(set(near_start) | set(near_end)):
        if not page.is_open(i) or i in stamps or _data_row(page, i):
            continue
        text = page.blocks[i].text
        f = feats[i]
        key = key_of[i] or (normalize(text[:80]) if f.words <= MAX_TAG_LINE_WORDS else "")
        labelled = any(c in text[:40] for c in COLONS)
        if f.words <= MAX_TAG_LINE_WORDS and TAG_LABEL.start(key) and labelled and any(c in text for c in COMMAS):
            _take_tags(page, i)  # "Tags: Alpha, Beta, Gamma, ..." may run long
            continue
        if f.words > MAX_BYLINE_WORDS or (f.prose and f.words > 12):
            continue
        # Every reading time has a digit: one C-level test rules most lines out before the long pattern.
        if (i in near_start and f.words <= MAX_READING_TIME_WORDS and HAS_DIGIT(text)
                and READING_TIME.fullmatch(text)):
            # "4 min read" has a headline's shape: left open, it was taken for the title.
            page.drop(i, "byline.reading_time", "reading time")
            continue
        if TAG_LABEL.line(key) or (TAG_LABEL.start(key) and labelled):
            _take_tags(page, i)
        elif i in near_start and _is_byline(text, key, f.words, f.separators, i in dated):
            page.metadata(i, "byline", "byline.byline", "byline or dateline")
        elif i in near_start and _is_date_line(text, key, f.words, i in dated):
            page.metadata(i, "date", "byline.date", "date line")
        elif (i in near_start and i + 1 < len(page) and page.is_open(i + 1)
              and (i + 1 in dated or text.endswith(COLONS))):  # what either kind of label needs
            _take_label_over_value(page, i, text, key, dated)


def _data_row(page: Page, i: int) -> bool:
    """A row of a data table ("Morning | 07:15" under "Crossing | Departs"): a table row next to
    another one. Its " | " are the cells' edges, not a byline's separators, and its dates are data."""
    blocks = page.blocks
    if blocks[i].kind is not Kind.TABLE_ROW:
        return False
    return ((i > 0 and blocks[i - 1].kind is Kind.TABLE_ROW)
            or (i + 1 < len(blocks) and blocks[i + 1].kind is Kind.TABLE_ROW))


def _take_label_over_value(page: Page, i: int, text: str, key: str, dated: frozenset[int]) -> None:
    """A label alone on its line over its value, as an HTML page's <dt>/<dd> pairs come out: "From:"
    over "Department for Inland Waterways", "Published" over "6 March 2026". Both go to metadata."""
    label = key.rstrip(":： ")
    nxt = page.blocks[i + 1].text
    g = features(page)[i + 1]
    if not label or g.words > MAX_VALUE_WORDS or g.prose or g.terminal:
        return
    if DATE_LABEL.line(label) and i + 1 in dated and _is_date_line(nxt, keys(page)[i + 1], g.words, True):
        page.metadata(i, "date", "byline.date", "label of the date under it")
        page.metadata(i + 1, "date", "byline.date", "date line")
    elif (text.endswith((":", "：")) and (label in SENDER_LABELS or BYLINE_START.line(label))
          and nxt[:1].isupper() and i + 1 not in dated):
        page.metadata(i, "byline", "byline.byline", "label of the byline under it")
        page.metadata(i + 1, "byline", "byline.byline", "byline under its label")


def _open_step(page: Page, i: int, n: int, bound: int, joined: frozenset[int]) -> int:
    """The index ``n`` open lines after ``i`` (before it when ``n`` < 0), not past ``bound``; the
    lines in ``joined`` (continuing a hard-wrapped paragraph) do not count.

    Windows count open lines, so the lines other filters labelled on a first run, gone on the
    second, do not move them: cleaning the output again finds the same bylines and tags.
    """
    step = 1 if n > 0 else -1
    j, left = i, abs(n)
    while left and j != bound:
        j += step
        if j == bound or (page.is_open(j) and j not in joined):
            left -= 1
    return j


def _is_byline(text: str, key: str, words: int, separators: int, dated: bool) -> bool:
    field = field_line(text) if ":" in text else None
    if field and field[1][:1].isdigit():
        return False  # "Staff: 41", "Editors: 3": a count in a fact list, not a name
    if field and normalize(field[0]) in SENDER_LABELS:
        # "From: Department for Inland Waterways": who issued a press release, as a field.
        return field[1][:1].isupper() and words <= 12
    label = BYLINE_START.start(key) if words <= 12 else ""
    if label:
        # The words after the label, as written: "Written by | Orla Penhallow", "Autor: | Max".
        rest = text.split(None, label.count(" ") + 1)[-1] if " " in text else ""
        rest = rest.lstrip(":：|-–— ")
        # "By Jane Doe" / "Von Max Mustermann, Berlin" / "记者 刘晓岚": names, not a sentence
        # ("By boat: two crossings a day"), so no lowercase start and no colon right after a word.
        return (bool(rest) and not rest[:1].islower() and ":" not in rest[:15]
                and rest != text)
    # "박지훈 기자", "박지훈 기자 jhpark@example.co.kr": a name, then the role (Korean bylines).
    if words <= 5 and BYLINE_END.end(key.rsplit(" ", 1)[0] if "@" in key else key):
        return True
    if (separators >= 1 or words <= 6) and NEWSROOM.search(text):  # the regex last: it costs ~5 us a line
        return True
    # "Agency | City | Updated: 12-07-2025": a row that carries a labelled date.
    return separators >= 1 and dated and words <= MAX_BYLINE_WORDS


# A date line that opens with its label ("Publié le", "Updated") may run to this many words.
MAX_LABELLED_DATE_WORDS: Final = 16


def _is_date_line(text: str, key: str, words: int, dated: bool) -> bool:
    """A line that is (almost) only a date or time: "July 24, 2012 12:11 AM", "3 hours ago",
    "Publié le 14 mars 2025 à 09h41, mis à jour à 11h02"."""
    label = DATE_LABEL.start(key)
    if words > (MAX_LABELLED_DATE_WORDS if label else 10):
        return False
    # "3 hours ago", "Updated 29 hours ago"
    if RELATIVE_TIME.match(text.strip()) or (label and RELATIVE_TIME.match(text.split(None, label.count(" ") + 1)[-1])):
        return True
    if not dated:
        return False
    field = field_line(text) if ":" in text else None
    if field and not DATE_LABEL.start(normalize(field[0])):
        return False  # "Batch log: 2026-01-05 .. 2026-03-28": a dated fact, not the article's date
    # "... by Giulia Ferretti": the author a date line ends with is no leftover (parse_metadata reads it).
    rest = H_TIME.sub("", TIME.sub("", DATE.sub("", POSTED_BY.sub("", text) if " " in text else text)))
    leftover: list[str] = []
    # Each part may carry its own label: "Publié le ..., mis à jour à ...", "Posted ... | Updated ...".
    for part in rest.replace("|", ",").split(","):
        key_part = normalize(part)
        label = DATE_LABEL.start(key_part)
        # Words as written, or after the part's label ("100 m Schi A W15" keeps its "100").
        leftover += [w for w in (key_part[len(label):] if label else part).split() if len(w) > 2]
    return len(leftover) <= 2


def _take_tags(page: Page, i: int) -> None:
    """A tag label, and the short lines right after it (no blank line between, unless the label
    stands alone and every line of the page stands apart), as tags."""
    feats = features(page)
    values = []
    j = i + 1
    # A blank line after every line of the page: the tags of a bare label ("Tags:") stand apart too.
    apart = gaps_say_nothing(page) and bool(TAG_LABEL.line(keys(page)[i]))
    # A bulleted label ending in a colon ("• Country:") over bulleted tags: a blank line between
    # the bullets (some scrapers put one after every list item) does not end the list.
    bulleted = page.blocks[i].kind is Kind.LIST_ITEM and page.blocks[i].text.endswith(COLONS)
    while (j < len(page) and page.is_open(j)
           and (apart or not page.blocks[j].gap_before or (bulleted and page.blocks[j].kind is Kind.LIST_ITEM))
           and feats[j].words <= MAX_TAG_WORDS and not feats[j].terminal):
        values.append(j)
        j += 1
    if not values and TAG_LABEL.line(keys(page)[i]):
        # "Hashtags" alone, with nothing after it: a leftover label, not a tag.
        page.drop(i, "byline.tag_label", "tag label without tags")
        return
    page.metadata(i, "tags", "byline.tags", "tag label")
    for j in values:
        page.metadata(j, "tags", "byline.tags", "tag")
