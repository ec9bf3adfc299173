"""drop_post_chrome: what a forum or comment thread puts around every post (member titles and
stats, post numbers, reactions, the row of controls, and the name and date of each post)."""
from __future__ import annotations

from itertools import compress, count, repeat
from typing import Final

from ..document import Label
from ..page import Page
from ..patterns.byline import DATE_LINES, DATE_OR_TIME_LINES
from ..patterns.posts import (
    ANSWER_COUNT,
    MEMBER_ROLE,
    MEMBER_STATS,
    POST_CONTROLS,
    POST_HEADER,
    POST_NUMBER,
    QA_META,
    REACTIONS_LINE,
    SCORE_ONLY,
)
from ..steps import step
from ..text.features import (
    Features,
    block_texts,
    complete_keys,
    features,
    keys,
    lines_matching,
    lines_matching_any,
)
from ..text.line_words import in_order, lines_starting_with, starting_words
from ..text.region import add_wall, lift_walls, walls_of

# Chrome lines are short: "Joined: Feb 2024 Messages: 412" is the longest kind.
MAX_CHROME_WORDS: Final = 12
FIRST_WORDS: Final = (POST_CONTROLS.first_words | MEMBER_ROLE.first_words | MEMBER_STATS.first_words
                      | QA_META.first_words | ANSWER_COUNT.first_words)
POST_STARTS: Final = starting_words(FIRST_WORDS)
# A page is a thread when it shows this many lines of post chrome (a role, stats, a number, reactions).
MIN_THREAD_LINES: Final = 3
# A post's name or date stands this many lines from its chrome.
NEAR: Final = 2
MAX_NAME_WORDS: Final = 3
MAX_NAME_CHARS: Final = 40
MAX_DATE_WORDS: Final = 8
# "Asked 6 years, 2 months ago", "edited Jun 3, 2021 at 9:12": a Q&A post's meta line.
MAX_META_WORDS: Final = 8
# "Beitrag von Ferdl_H0 » Mo 19. Jan 2026, 21:14": a post's header line.
MAX_HEADER_WORDS: Final = 14
# A question carries at most five tags on the Q&A sites that tag them.
MAX_TAGS: Final = 5
# The thread's title stands at most this many lines above its first post's chrome.
TITLE_LOOK_BACK: Final = 4
# ... and a line the page's first line names, this many (it has 8+ characters, two words or more).
NAMED_LOOK_BACK: Final = 12
MIN_NAMED_CHARS: Final = 8


@step("filter")
def drop_post_chrome(page: Page) -> None:
    """Drop the chrome of each post in a forum, comment thread or Q&A page: "Well-known member",
    "Joined: Feb 2024 Messages: 412", "#2", "tench_tamsin and river_mo liked this", "asked Sep 14,
    2018 at 17:40", "Viewed 14k times", votes and reputation, and the poster's name and the date
    next to them; and rows of controls such as "Reply Like Report", "Improve this answer" or "Jump
    to Recipe Print Recipe" on any page. On a Q&A page the question and its answers stay one text.

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
    texts = block_texts(page)
    # The lines over phpBB posts ("Beitrag von Ferdl » Mo 19. Jan 2026, 21:14"), found by their "»".
    headers = frozenset(compress(count(), map(str.__contains__, texts, repeat("»"))))
    timed = lines_matching_any(page, DATE_OR_TIME_LINES) if headers else frozenset()
    # Every kind but reactions, a post number ("#2") and a post header starts with a word of its table.
    for i in in_order(lines_starting_with(page, POST_STARTS), reactions, headers,
                      compress(count(), map(str.startswith, texts, repeat("#")))):
        if verdicts[i] is not None:
            continue
        if i in timed and feats[i].words <= MAX_HEADER_WORDS and POST_HEADER.fullmatch(texts[i]):
            chrome[i] = ("post.header", "poster and date over a post")
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
        elif f.words <= MAX_META_WORDS and QA_META.start(key) and any(map(str.isdigit, text)):
            chrome[i] = ("post.meta", "when a question or answer was asked, edited or viewed")
        elif f.words <= 3 and text[:1].isdigit() and ANSWER_COUNT.line(key):  # "6 Answers 6"
            chrome[i] = ("post.meta", "count of a question's answers")
    if len(chrome) < MIN_THREAD_LINES:
        return
    first_header = min((i for i, (reason, _) in chrome.items() if reason == "post.header"), default=-1)
    for i, (reason, detail) in chrome.items():
        if i == first_header:
            # The first post's poster and date are the thread's: its byline, as an article's is.
            page.metadata(i, "byline", reason, "poster and date over the thread's first post")
        else:
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
            elif j < i and _name_like(f, blocks[j].text):
                page.drop(j, "post.author", "name of a poster")
    _drop_scores(page, feats)
    if sum(1 for reason, _ in chrome.values() if reason == "post.meta") >= 2:
        _open_answers(page)
        _drop_post_tags(page, feats)


def _open_answers(page: Page) -> None:
    """On a Q&A page the question and its answers are the text: an "Add a comment" that stands under
    every post is each post's control, not a comment thread's heading, so the region may cross it.
    A prompt that stands once ("Your Answer" over the answer form) still ends the text; the count of
    answers over them ("2 Antworten") does not."""
    verdicts = page.verdicts
    key_of = keys(page)
    prompts: dict[str, list[int]] = {}
    for w in walls_of(page):
        v = verdicts[w]
        if v is not None and v.reason == "notice.comments":
            prompts.setdefault(key_of[w], []).append(w)
    controls = [w for found in prompts.values() if len(found) >= 2 for w in found]
    # "2 Antworten" is a count of answers here, not of comments ("Antworten" is also "replies").
    texts = block_texts(page)
    controls += [w for found in prompts.values() if len(found) == 1 for w in found
                 if texts[w][:1].isdigit() and ANSWER_COUNT.line(key_of[w])]
    if controls:
        lift_walls(page, controls)


def _drop_post_tags(page: Page, feats: list[Features]) -> None:
    """On a Q&A page, the question's tags between its text and its row of controls: one-word
    lowercase lines ("python", "verb-choice") right above the first control."""
    verdicts = page.verdicts
    texts = block_texts(page)
    for i, v in enumerate(verdicts):
        if v is None or v.reason != "post.controls":
            continue
        j = i - 1
        while j >= 0 and page.label_of(j) is Label.DROP and feats[j].words <= 3:
            j -= 1  # "Share" above "Improve this question"
        tags: list[int] = []
        while (j >= 0 and verdicts[j] is None and len(tags) < MAX_TAGS and feats[j].words == 1
               and texts[j].islower() and not feats[j].terminal):
            tags.append(j)
            j -= 1
        if tags and j >= 0 and feats[j].prose:
            for t in tags:
                page.drop(t, "post.tags", "tags of a question")


def _name_like(f: Features, text: str) -> bool:
    """Whether a line may be a poster's name: a few words, no sentence, no separators."""
    return (f.words <= MAX_NAME_WORDS and len(text) <= MAX_NAME_CHARS and not f.terminal and not f.separators
            and not f.prose)


def _drop_scores(page: Page, feats: list[Features]) -> None:
    """On a thread, drop the votes and reputation next to a post's chrome: number-only lines ("31",
    "8,931") beside a dropped post line, and a poster's name between a post's date and the
    reputation under it ("answered Sep 14 / pierfisher / 8,931")."""
    texts = block_texts(page)
    verdicts = page.verdicts

    def post_line(j: int) -> bool:
        v = verdicts[j] if 0 <= j < len(verdicts) else None
        return v is not None and v.reason.startswith(("post.", "notice.comments"))

    def score(j: int) -> bool:
        return 0 <= j < len(texts) and verdicts[j] is None and SCORE_ONLY.fullmatch(texts[j]) is not None

    for j in [*range(len(texts)), *range(len(texts) - 1, -1, -1)]:  # forward, then back: whole runs
        if verdicts[j] is not None:
            continue
        if score(j) and (post_line(j - 1) or post_line(j + 1)):
            page.drop(j, "post.score", "votes of a post or its poster's reputation")
        elif post_line(j - 1) and score(j + 1) and _name_like(feats[j], texts[j]):
            page.drop(j, "post.author", "name of a poster")


def _mark_thread_title(page: Page, feats: list[Features], first_chrome: int, dated: frozenset[int]) -> None:
    """The thread's title: the headline-like line (a question too) closest above the first post's
    chrome, past the first post's name line and a line with the thread's date ("Started by
    tench_tamsin, 3 March 2024"): "Which line for winter chub on a small river?". A line the page's
    first line (the HTML <title>) names is taken over a nearer one, up to 12 lines up: the search
    box's "Suche Erweiterte Suche" may stand between the title and the first post."""
    key_of = complete_keys(page)
    first = key_of[0] if key_of else ""
    title = None
    for j in range(first_chrome - 1, max(-1, first_chrome - 1 - NAMED_LOOK_BACK), -1):
        if not page.is_open(j) or j in dated or not (feats[j].title_like and feats[j].words >= 3):
            continue
        key = key_of[j]
        if j > 0 and " " in key and len(key) >= MIN_NAMED_CHARS and key in first:
            title = j
            break
        if title is None and first_chrome - j <= TITLE_LOOK_BACK:
            title = j
    if title is not None:
        page.set(title, Label.TITLE, "title.thread", "title of the thread above its first post")
        # The thread starts at its title: a site's pitch above it ("Connect and share knowledge
        # ...") is not joined to the posts.
        add_wall(page, title)
