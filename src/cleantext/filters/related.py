"""split_related: related/trending/read-more sections and inline "Read more:" links become related items.

A section opens at a heading ("Related Articles", "TRENDING", "You may also like", "More from X")
that comes after some article prose, and runs until the footer, another section heading, or the
point where article prose resumes. Its lines are grouped into items (by rank numbers, blank-line
groups, or one line each) and each item's lines get a role: title, source, text or meta.
"""
from __future__ import annotations

import re
from itertools import compress, count, pairwise, repeat
from operator import attrgetter
from typing import Final

import regex

from ..page import Page
from ..patterns.byline import BYLINE_START, DATE_LINES, DATE_OR_TIME_LINES, RELATIVE_TIME
from ..patterns.related import MORE_FROM, READ_MORE_INLINE, RELATED_HEADING
from ..steps import step
from ..text.features import Features, block_texts, features, keys, lines_matching_any
from ..text.line_words import in_order, lines_ending_with, lines_starting_with, starting_words
from ..text.page_case import all_caps
from ..text.region import add_wall

# A heading only opens a section after this much prose: a "Trending" entry in the top menu does not.
MIN_PROSE_BEFORE: Final = 200
MAX_HEADING_WORDS: Final = 8
CJK_CHAR_WEIGHT: Final = 3
# An item's body line: long running text.
BODY_MIN_WORDS: Final = 15
# A pasted item found without blank lines around it has at most this many body lines.
MAX_PASTED_BODY: Final = 2
# Rank numbers of trending lists: "1", "2.", "03"
RANK: Final = regex.compile(r"^\d{1,2}[.)]?$")
# The longest line RANK can match: "12." and a line break.
MAX_RANK_CHARS: Final = 4
# After an inline "Read more" prefix: "Read more: ", "ALSO READ | ", "Lesen Sie auch » "
INLINE_SEPARATOR: Final = regex.compile(r"\s*[:：|–—»>-]+\s*")
MAX_INLINE_WORDS: Final = 30
# Lines without text after a section's last pasted teaser that end the section (a footer menu).
MENU_TAIL: Final = 3
MENU_WORDS: Final = 3
# One of these in a line's first 40 characters, or it has no inline "Read more" prefix.
INLINE_MARK: Final = re.compile("[:：|–—»>-]")
# First words of section headings: with the lines ending in a heading's last word, the only lines
# that can open a section.
HEADING_STARTS: Final = starting_words(RELATED_HEADING.first_words | MORE_FROM.first_words)
_prose: Final = attrgetter("prose")
# A related box inside the article ("Lee también..." over one title): the title's words at most, and
# the lines within which the article's prose resumes after it.
MAX_BOX_TITLE_WORDS: Final = 40
BOX_RESUME: Final = 3


@step("filter")
def split_related(page: Page) -> None:
    """Split off related items: a "Related Articles" section with pasted articles (title, source,
    body), a "TRENDING" list of titles, "Read more: <title>" lines inside the text.

    A section heading counts only after 200 characters of prose and when at most 8 words long; the
    section stops where a long prose line appears without an item title, so the article around a
    small "Related" box is kept. A heading may end in an ellipsis ("Lee también..."); over a single
    title with the article going on after it, it is a box of one item. A line of meta alone ("3
    hours ago") joins the item before it (or the first one), never an item without a title.
    """
    feats = features(page)
    key_of = keys(page)
    verdicts = page.verdicts
    texts = block_texts(page)
    # Only lines a heading table can match open a section, and only once prose_before >= MIN_PROSE_BEFORE.
    headings_from = _end_of_opening_prose(page, feats) + 1
    may_head = {*lines_starting_with(page, HEADING_STARTS), *lines_ending_with(page, RELATED_HEADING.last_words)}
    headings = [i for i in may_head if i >= headings_from]
    # An inline "Read more:" line has a mark in its first 40 characters and starts with a prefix:
    # both tested by C-level passes (READ_MORE_INLINE on the marked lines only), so the loop visits
    # those few, the headings, and the marked lines a heading table can match (an ellipsis box).
    marked = list(compress(count(), map(INLINE_MARK.search, texts, repeat(0), repeat(40))))
    inline = compress(marked, map(READ_MORE_INLINE.match, map(texts.__getitem__, marked)))
    done = 0  # lines before this one belong to a section already split off
    for i in in_order(headings, inline, may_head.intersection(marked)):
        if i < done or verdicts[i] is not None:
            continue
        f = feats[i]
        text = texts[i]
        if f.terminal and i in may_head and _leads_on(text):
            f = f._replace(terminal=False)  # the ellipsis leads on to the items: no sentence end
            # "Lee también..." over one linked title, and the article goes on: a box of one item.
            if _is_section_heading(text, key_of[i], f) and _box_title(page, feats, i + 1):
                page.related(i, 0, "section", "related.section", "heading of a related box in the text")
                page.related(i + 1, page.new_group(), "title", "related.item", "title of a related item")
                done = i + 2
                continue
        if i >= headings_from and i in may_head and _is_section_heading(text, key_of[i], f):
            items, end, prose_resumes = _section_items(page, feats, key_of, i + 1, may_head)
            if items:
                if not prose_resumes:  # a box inside the article is no wall; a section at its end is
                    add_wall(page, i)
                page.related(i, 0, "section", "related.section", "heading of a related or trending section")
                for item in items:
                    group = page.new_group()
                    for j, role in item:
                        page.related(j, group, role, "related.item", f"{role} of a related item")
                done = end
                continue
        prefix = _inline_prefix(text, f)  # it makes the word and mark tests first
        if prefix:
            page.related(i, page.new_group(), "inline", "related.inline", prefix)


def _end_of_opening_prose(page: Page, feats: list[Features]) -> int:
    """The line at which the page's unlabelled prose reaches MIN_PROSE_BEFORE characters (the
    length of the lines before it and its own); past the last line when it never does. No section
    opens before that, so no line up to it is labelled as one."""
    prose_before = 0
    verdicts = page.verdicts
    for i in compress(count(), map(_prose, feats)):
        if verdicts[i] is None:
            f = feats[i]
            # A Chinese or Japanese character says as much as a short word: count it as three.
            prose_before += f.chars * CJK_CHAR_WEIGHT if f.cjk else f.chars
            if prose_before >= MIN_PROSE_BEFORE:
                return i
    return len(feats)


def _leads_on(text: str) -> bool:
    """Whether a line ends in an ellipsis, which leads on to what follows ("Das könnte dich auch
    interessieren …", "Lee también...")."""
    return text.rstrip().endswith(("…", "..."))


def _box_title(page: Page, feats: list[Features], j: int) -> bool:
    """Whether line ``j`` is the one title of a related box inside the article: an open line of 3-40
    words without a sentence end, after which the article's prose resumes within BOX_RESUME lines."""
    if j >= len(feats) or not page.is_open(j):
        return False
    f = feats[j]
    if not 3 <= f.words <= MAX_BOX_TITLE_WORDS or f.terminal:
        return False
    return any(feats[k].prose and page.is_open(k) for k in range(j + 1, min(j + 1 + BOX_RESUME, len(feats))))


def _is_section_heading(text: str, key: str, f: Features) -> bool:
    # "6 See also" is an entry of a table of contents, not a section of its own.
    if f.words > MAX_HEADING_WORDS or f.terminal or text[:1].isdigit():
        return False
    # "Related Articles", "More from Reuters", "Nos articles recommandés", "Potrebbe interessarti anche"
    return (RELATED_HEADING.line(key) or (f.words <= 6 and bool(MORE_FROM.start(key)))
            or (f.words <= 5 and bool(RELATED_HEADING.end(key) or RELATED_HEADING.start(key))))


def _inline_prefix(text: str, f: Features) -> str:
    """The "Read more: " prefix of an inline link line, or "" when the line is not one."""
    if f.words > MAX_INLINE_WORDS or f.prose and f.words > 15:
        return ""
    if not INLINE_MARK.search(text, 0, 40):
        return ""
    m = READ_MORE_INLINE.match(text)
    if not m:
        return ""
    sep = INLINE_SEPARATOR.match(text, m.end())
    if not sep or not sep.group().strip():
        return ""
    rest = text[sep.end():]
    # Two words, or a title in a script written without spaces ("相关阅读: 海港小镇的新电站").
    return text[: sep.end()] if len(rest.split()) >= 2 or (len(rest) >= 5 and not rest.isascii()) else ""


def _is_rank(text: str) -> bool:
    """A rank of a numbered list standing alone: "3", "12.", "4)". The length first: a regex call
    on every line of a related section costs ~1 us, and nearly all are longer."""
    return len(text) <= MAX_RANK_CHARS and RANK.match(text) is not None


def _is_wall_line(text: str, f: Features) -> bool:
    """A line that ends any section: another section's all-caps heading, "OPINION / BLOG / INTERVIEW"."""
    return (2 <= f.words <= 8 and (f.separators >= 1 or f.words >= 3) and text.isupper()
            and sum(c.isalpha() for c in text) >= 4)


def _section_items(page: Page, feats: list[Features], key_of: list[str], start: int, may_head: set[int]
                   ) -> tuple[list[list[tuple[int, str]]], int, bool]:
    """The items of the section whose first line is ``start``, the index where it ends, and
    whether it ends because article prose resumes (``may_head``: the lines that may be headings)."""
    end = start
    # On a page in capitals throughout, a line in capitals ("3 HOURS AGO") is no other section's heading.
    shouting = all_caps(page)
    while end < len(page) and page.is_open(end):
        text = page.blocks[end].text
        if ((end in may_head and _is_section_heading(text, key_of[end], feats[end]))
                or (not shouting and _is_wall_line(text, feats[end]))):
            break
        if feats[end].words <= MAX_HEADING_WORDS and BYLINE_START.start(key_of[end]) and ":" in key_of[end][:16]:
            break  # "责任编辑：周明", "Editor: Jane Roe": the page's own credits after the list
        end += 1
    lines = list(range(start, end))
    if not lines:
        return [], start, False
    # Pasted teasers (kicker, title, text) run on into the page's footer menu: the section ends after
    # the last teaser's text when three or more menu words follow it ("Archiv", "Kontakt & Hilfe"):
    # they are no item (a next title, "Interview with J. Smith (Part 1 of 4)", is longer).
    bodies = [j for j in lines if _is_body(feats[j])]
    if len(bodies) >= 2 and end - 1 - bodies[-1] >= MENU_TAIL and all(
            feats[j].words <= MENU_WORDS for j in range(bodies[-1] + 1, bodies[-1] + 1 + MENU_TAIL)):
        end = bodies[-1] + 1
        lines = list(range(start, end))
    ranks = [j for j in lines if _is_rank(page.blocks[j].text)]
    if len(ranks) >= 2:
        groups = _split_at(lines, set(ranks))
    else:
        gap_groups = _split_at(lines, {j for j in lines if page.blocks[j].gap_before})
        groups = gap_groups if len(lines) >= 2 * len(gap_groups) else [[j] for j in lines]
        if len(gap_groups) == len(lines) > 1:  # a blank line after every line says nothing of items
            pasted = _split_pasted_items(page, feats, lines)
            groups = pasted if len(pasted) > 1 else groups
        # A group of title lines without any body is a list of titles, one item per line; a group
        # of several pasted articles with no blank lines between them is one item per article.
        groups = [part for group in groups for part in _split_title_list(page, feats, group)]
        groups = [part for group in groups for part in _split_dated_titles(page, feats, group)]
        groups = [part for group in groups for part in _split_pasted_items(page, feats, group)]
    items: list[list[tuple[int, str]]] = []
    for group in groups:
        item = _item_roles(page, feats, group)
        if item is None:  # article prose resumes: the section ends before this group
            return _attach_untitled(items), group[0], True
        items.append(item)
    return _attach_untitled(items), end, False


def _attach_untitled(items: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Items of meta lines only ("7 hours ago", "Sports Illustrated", "More Videos") join the item
    before them, or the first titled item when they come before it: a time or source line is part of
    a teaser, not a related article of its own. A section with no titled item keeps them as they are."""
    if not any(_untitled(item) for item in items) or all(_untitled(item) for item in items):
        return items
    merged: list[list[tuple[int, str]]] = []
    pending: list[tuple[int, str]] = []  # untitled lines before the first titled item
    for item in items:
        if not _untitled(item):
            merged.append(pending + item)
            pending = []
        elif merged:
            merged[-1] = merged[-1] + item
        else:
            pending += item
    return merged


def _untitled(item: list[tuple[int, str]]) -> bool:
    return all(role == "meta" for _, role in item)


def _split_title_list(page: Page, feats: list[Features], group: list[int]) -> list[list[int]]:
    """Every line a headline ("title / title / title" with no blank lines): one item each."""
    if len(group) < 2:
        return [group]
    dated = lines_matching_any(page, DATE_LINES)
    every_line_a_title = all(feats[j].title_like and not feats[j].prose
                             and _could_be_title(page.blocks[j].text, feats[j], j in dated) for j in group)
    return [[j] for j in group] if every_line_a_title else [group]


def _split_dated_titles(page: Page, feats: list[Features], group: list[int]) -> list[list[int]]:
    """Titles each with its date or time ("title / 2 hours ago / title / 5 hours ago", or the time
    above each title) and no body: one item per title, its time lines with it."""
    if len(group) < 4:
        return [group]
    dated = lines_matching_any(page, DATE_OR_TIME_LINES)
    texts = block_texts(page)
    timed = {j for j in group if j in dated or RELATIVE_TIME.match(texts[j])}
    titles = [j for j in group if j not in timed and _could_be_title(texts[j], feats[j], False)]
    if len(titles) < 2 or len(timed) + len(titles) != len(group) or any(_is_body(feats[j]) for j in group):
        return [group]
    if group[0] in timed:  # the time above its title: an item starts at the time lines before a title
        title_set = set(titles)
        starts = {j for prev, j in zip([-1, *group], group) if j in timed and (prev < 0 or prev in title_set)}
    else:
        starts = set(titles)
    return _split_at(group, starts)


def _split_pasted_items(page: Page, feats: list[Features], group: list[int]) -> list[list[int]]:
    """"source / date / title / body, source / date / title / body" run together: a new item starts
    at the first short line after a body line, when every part so made has the shape of a pasted
    item: a title with a source or date line above it, and at most two body lines. (An article's
    own subsections, "heading / paragraphs", have one line above their text.)"""
    starts = {j for prev, j in pairwise(group) if _is_body(feats[prev]) and not _is_body(feats[j])}
    if not starts:
        return [group]
    parts = _split_at(group, starts)
    dated = lines_matching_any(page, DATE_LINES)
    for part in parts:
        body = [j for j in part if _is_body(feats[j])]
        head = [j for j in part if j < body[0]] if body else []
        if (not body or len(body) > MAX_PASTED_BODY or len(head) < 2
                or not any(_could_be_title(page.blocks[j].text, feats[j], j in dated) for j in head)):
            return [group]
    return parts


def _split_at(lines: list[int], starts: set[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    for j in lines:
        if j in starts or not groups:
            groups.append([])
        groups[-1].append(j)
    return groups


def _item_roles(page: Page, feats: list[Features], group: list[int]) -> list[tuple[int, str]] | None:
    """Roles of one item's lines; None when the group is prose without a title (not an item)."""
    body = [j for j in group if _is_body(feats[j])]
    head = [j for j in group if j not in body and (not body or j < body[0])]
    dated = lines_matching_any(page, DATE_LINES)
    candidates = [j for j in head if _could_be_title(page.blocks[j].text, feats[j], j in dated)]
    if body and not candidates:
        return None
    # A heading over several paragraphs is the article's own subsection ("History", then text),
    # unless source or date lines above the title mark it as a pasted item.
    if len(body) > 2 and len(head) < 2:
        return None
    if not body and not candidates:
        return [(j, "meta") for j in group]
    title = max(candidates, key=lambda j: (feats[j].words, -j)) if body else candidates[0]
    title_text = page.blocks[title].text.casefold()
    roles: list[tuple[int, str]] = []
    source_taken = False
    for j in group:
        text = page.blocks[j].text
        if j == title:
            role = "title"
        elif j in body:
            role = "text"
        elif j < title and not source_taken and _could_be_source(text, feats[j], j in dated):
            role, source_taken = "source", True
        elif text.casefold() == title_text:
            role = "meta"  # the title repeated (an image alt text, a teaser)
        else:
            role = "meta"
        roles.append((j, role))
    return roles


def _is_body(f: Features) -> bool:
    """An item's body line: long running text."""
    return f.prose and f.words >= BODY_MIN_WORDS


def _could_be_title(text: str, f: Features, dated: bool) -> bool:
    # "- Arab News" under "Arab News" repeats the item's source; it is no title.
    source_repeat = text.startswith(("- ", "– ", "• ")) and len(text.split()) <= 5
    return (f.words >= 3 and not _is_rank(text) and not RELATIVE_TIME.match(text) and not source_repeat
            and not (dated and f.words <= 6) and f.separators == 0)


def _could_be_source(text: str, f: Features, dated: bool) -> bool:
    return (1 <= f.words <= 5 and not _is_rank(text) and not RELATIVE_TIME.match(text)
            and not dated and not text.startswith(("-", "–", "•")))
