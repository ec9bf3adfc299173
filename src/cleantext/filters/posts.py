"""drop_post_chrome: what a forum or comment thread puts around every post (member titles and
stats, post numbers, reactions, the row of controls, and the name and date of each post)."""
from __future__ import annotations

from itertools import compress, count, repeat
from typing import Final

from ..document import Label
from ..page import Page
from ..patterns.byline import DATE_LINES
from ..patterns.posts import MEMBER_ROLE, MEMBER_STATS, POST_CONTROLS, POST_NUMBER, REACTIONS_LINE
from ..steps import step
from ..text.features import Features, block_texts, features, keys, lines_matching, lines_matching_any
from ..text.line_words import in_order, lines_starting_with, starting_words

# Chrome lines are short: "Joined: Feb 2024 Messages: 412" is the longest kind.
MAX_CHROME_WORDS: Final = 12
FIRST_WORDS: Final = POST_CONTROLS.first_words | MEMBER_ROLE.first_words | MEMBER_STATS.first_words
POST_STARTS: Final = starting_words(FIRST_WORDS)
# A page is a thread when it shows this many lines of post chrome (a role, stats, a number, reactions).
MIN_THREAD_LINES: Final = 3
# A post's name or date stands this many lines from its chrome.
NEAR: Final = 2
MAX_NAME_WORDS: Final = 3
MAX_NAME_CHARS: Final = 40
MAX_DATE_WORDS: Final = 8
# The thread's title stands at most this many lines above its first post's chrome.
TITLE_LOOK_BACK: Final = 4


@step("filter")
def drop_post_chrome(page: Page) -> None:
    """Drop the chrome of each post in a forum or comment thread: "Well-known member",
    "Joined: Feb 2024 Messages: 412", "#2", "tench_tamsin and river_mo liked this", and the
    poster's name and the date next to them; and rows of controls such as "Reply Like Report"
    or "Jump to Recipe Print Recipe" on any page.

    Member lines, stats, numbers and reactions count only on a page that shows at least three of
    them (a thread), and each is a whole short line; a name or date must stand within two lines of
    them, so the posts' own text stays (whether it is kept is the main region's decision).
    """
    feats = features(page)
    key_of = keys(page)
    blocks = page.blocks
    chrome: dict[int, tuple[str, str]] = {}
    reactions = lines_matching(page, REACTIONS_LINE)
    verdicts = page.verdicts
    # Every kind but reactions and a post number ("#2") starts with a word of its table.
    for i in in_order(lines_starting_with(page, POST_STARTS), reactions,
                      compress(count(), map(str.startswith, block_texts(page), repeat("#")))):
        if verdicts[i] is not None:
            continue
        key = key_of[i]
        if key.partition(" ")[0].rstrip(":") not in FIRST_WORDS and i not in reactions:
            text = blocks[i].text
            if text[:1] == "#" and POST_NUMBER.fullmatch(text):
                chrome[i] = ("post.number", "number of a post in its thread")
            continue
        f = feats[i]
        text = blocks[i].text
        if f.words > MAX_CHROME_WORDS or f.prose or not key:
            continue
        if f.words >= 2 and POST_CONTROLS.covers(key, f.words):
            page.drop(i, "post.controls", "row of post or page controls")
        elif MEMBER_ROLE.line(key):
            chrome[i] = ("post.member_role", "member title of a poster")
        elif ":" in text and MEMBER_STATS.start(key):
            chrome[i] = ("post.member_stats", "a poster's join date or post count")
        elif i in reactions:
            chrome[i] = ("post.reactions", "reactions to a post")
    if len(chrome) < MIN_THREAD_LINES:
        return
    for i, (reason, detail) in chrome.items():
        page.drop(i, reason, detail)
    dated = lines_matching_any(page, DATE_LINES)
    _mark_thread_title(page, feats, min(chrome), dated)
    for i in sorted(chrome):
        for j in range(max(0, i - NEAR), min(len(page), i + NEAR + 1)):
            if not page.is_open(j):
                continue
            f = feats[j]
            if j in dated and f.words <= MAX_DATE_WORDS and not f.prose:
                page.drop(j, "post.date", "date of a post")
            elif (j < i and f.words <= MAX_NAME_WORDS and len(blocks[j].text) <= MAX_NAME_CHARS
                  and not f.terminal and not f.separators and not f.prose):
                page.drop(j, "post.author", "name of a poster")


def _mark_thread_title(page: Page, feats: list[Features], first_chrome: int, dated: frozenset[int]) -> None:
    """The thread's title: the headline-like line (a question too) closest above the first post's
    chrome, past the first post's name line and a line with the thread's date ("Started by
    tench_tamsin, 3 March 2024"): "Which line for winter chub on a small river?"."""
    for j in range(first_chrome - 1, max(-1, first_chrome - 1 - TITLE_LOOK_BACK), -1):
        if not page.is_open(j) or j in dated:
            continue
        f = feats[j]
        if f.title_like and f.words >= 3:
            page.set(j, Label.TITLE, "title.thread", "title of the thread above its first post")
            return
