"""drop_navigation: menu controls, share/follow rows, social-network rows and link rows."""
from __future__ import annotations

from itertools import compress, count, repeat
from operator import attrgetter, not_
from typing import Final

import regex

from ..document import Block, Kind
from ..page import Page
from ..patterns.byline import DATE_LINES
from ..patterns.calls import SHARE_CALL_LINE
from ..patterns.navigation import MENU_CONTROL, MENU_LINE, SECTION_NAMES, SHARE, SOCIAL
from ..steps import step
from ..text.features import features, keys, lines_matching, lines_matching_any
from ..text.line_words import in_order, lines_starting_with, starting_words

# Navigation lines are short; these bounds keep sentences that mention "menu" or "Facebook".
MAX_WORDS: Final = 12
# "@hettybakes", "#plumtraybake": a handle or tag, not the "@" of an e-mail address.
HANDLE: Final = regex.compile(r"(?<![\w@.])[@#]\w[\w.]{1,29}")
ROW_SPLIT: Final = str.maketrans({c: "|" for c in "•·»›"})
# Single words of social network names, for a cheap first test before counting phrases.
SOCIAL_WORDS: Final = frozenset(w for k in SOCIAL.keys for w in k.split())
MENU_CONTROL_ENDS: Final = tuple(sorted(MENU_CONTROL.keys))
# First words a line this filter drops may start with (a menu, share or section phrase): with the
# lines ending in a menu control, holding a network name, in share_calls or with separators, the
# only lines it visits.
NAVIGATION_STARTS: Final = starting_words(MENU_LINE.first_words | SHARE.first_words | MENU_LINE.keys | SECTION_NAMES.keys)
_separators: Final = attrgetter("separators")


@step("filter")
def drop_navigation(page: Page) -> None:
    """Drop navigation lines: "Left Menu", "Skip to content", "Share this article",
    "LinkedIn Quora Youtube RSS", "Home | World | Business | Sport".

    A line must be short (at most 12 words) and consist of the navigation phrase, social network
    names or a row of short links; rows that carry a date are left for the byline filter.
    """
    feats = features(page)
    key_of = keys(page)
    dated = lines_matching_any(page, DATE_LINES)
    share_calls = lines_matching(page, SHARE_CALL_LINE)
    candidates = in_order(
        lines_starting_with(page, NAVIGATION_STARTS), share_calls,
        compress(count(), map(str.endswith, key_of, repeat(MENU_CONTROL_ENDS))),
        compress(count(), map(not_, map(SOCIAL_WORDS.isdisjoint, map(str.split, key_of)))),
        compress(count(), map((2).__le__, map(_separators, feats))))
    verdicts = page.verdicts
    for i in candidates:
        if verdicts[i] is not None:
            continue
        f = feats[i]
        if f.words > MAX_WORDS or (f.prose and f.terminal):
            continue
        key = key_of[i]
        if MENU_LINE.line(key):
            page.drop(i, "navigation.menu", "menu or site navigation control")
        elif f.words <= 8 and key.endswith(MENU_CONTROL_ENDS):
            page.drop(i, "navigation.menu", "header line with a menu control")
        elif SHARE.line(key) or i in share_calls or _is_share_row(key, f.words):
            page.drop(i, "navigation.share", "share or follow call")
        elif _is_social_row(key):
            page.drop(i, "navigation.social", "row of social network names")
        elif _is_handle_call(page.blocks[i].text, key):
            page.drop(i, "navigation.share", "call to tag or follow a handle on a social network")
        elif 2 <= f.words <= 6 and not f.terminal and MENU_LINE.covers(key, f.words):
            page.drop(i, "navigation.menu", "row of menu controls")  # "Log in Register", "Search Menu"
        elif f.words >= 4 and not f.terminal and _is_section_row(key):
            page.drop(i, "navigation.menu", "row of section names")
        elif f.separators >= 2 and i not in dated and _is_link_row(page.blocks[i]):
            page.drop(i, "navigation.link_row", "row of short links")


def _is_share_row(key: str, words: int) -> bool:
    """A share call, alone or before network names: "Share this", "Share on Facebook Share on X Email"."""
    label = SHARE.start(key)
    if not label:
        return False
    if words <= 6:
        return True
    rest = key[len(label):].split()
    return SOCIAL.count(" ".join(rest)) + sum(1 for w in rest if w in SHARE.first_words) >= 0.6 * len(rest)


def _is_social_row(key: str) -> bool:
    """Mostly social network names: "LinkedIn Quora Youtube RSS", "Facebook Twitter Email"."""
    n = key.count(" ") + 1
    if not key or n > 10 or SOCIAL_WORDS.isdisjoint(key.split()):
        return False
    covered = SOCIAL.count(key)
    return covered >= 2 and covered >= 0.7 * n or (n == 1 and covered == 1 and len(key) > 2)


def _is_handle_call(text: str, key: str) -> bool:
    """A short line (`MAX_WORDS`) that points at the site's handle on a network: "Tag @hettybakes on
    Instagram!", "Share it with #plumtraybake on Instagram", "Folgt @stadtwerk auf Instagram".
    A sentence of the article that quotes a handle runs longer or ends in a full stop."""
    return not text.rstrip().endswith(".") and bool(HANDLE.search(text)) and SOCIAL.count(key) >= 1


def _is_section_row(key: str) -> bool:
    """A menu flattened into one line: "Opinion Sport Health Home Business Local Weather"."""
    words = key.split()
    if not words or not (SECTION_NAMES.line(words[0]) or MENU_LINE.line(words[0])):
        return False  # a flattened menu starts with a section name: one lookup rules most lines out
    named = sum(1 for w in words if SECTION_NAMES.line(w) or MENU_LINE.line(w))
    return named >= 0.7 * len(words)


def _is_link_row(block: Block) -> bool:
    """Three or more short items between separators: "Home | News | Sport", "Politik · Wirtschaft".

    A row of an HTML data table ("gsoc-2018 | 3.3 GB/s | 0.091 GB/s") is one only if its cells are links.
    """
    if block.kind is Kind.TABLE_ROW and block.link_density < 0.5:
        return False
    text = block.text
    parts = [p for p in text.translate(ROW_SPLIT).replace(" / ", "|").replace(" > ", "|").split("|") if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 5 for p in parts)
