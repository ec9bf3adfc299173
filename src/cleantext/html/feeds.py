"""Social feeds beside an article: a column of short posts (tweets, Instagram captions, a site's own
channel) that each carry a handle, a hashtag or a relative time. Their sentences read as prose, so
the region scoring would take them for text; they are told by shape, never by their words.

A feed is an element with three or more children of one shape (same tag, same class), each short,
most of them a social post (a text and a line of its own, one of them with a handle, two hashtags
or a relative time), and together nearly all of the element's text.
"""
from __future__ import annotations

from typing import Final

import regex

from .vocab import LIVE
from .walk import Node, RawBlock

MIN_POSTS: Final = 3
MAX_POST: Final = 400  # characters: a longer item is an article's section or a comment, not a feed post
MARKED_SHARE: Final = 0.6  # of the items must carry a social marker
# A post is its text and a line of its own under or over it (the handle, the time): a list of quoted
# tweets in an article ("@jmhodges : Few engineers know ...", one line each) is the article's text.
MIN_POST_BLOCKS: Final = 2
ITEMS_SHARE: Final = 0.7  # of the element's text must be in the items (a heading "From our channels" may top them)

# "@citynews", "· 4h", "2 hours ago", "vor 3 Stunden", "il y a 2 h", "hace 5 minutos", "3 ore fa",
# "há 2 horas", "2 uur geleden", "5 минут назад". An e-mail address is no handle ("desk@example.org":
# the @ follows a letter).
SOCIAL_MARK: Final = regex.compile(
    r"(?<![\w.@])@\w{2,30}"
    r"|(?:^|[·•|]\s?)\d{1,2}\s?(?:s|m|min|h|hr|d|w)\b"
    r"|\b\d{1,3} (?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago\b"
    r"|\bvor \d{1,3} (?:Sekunden|Minuten|Stunden|Tagen|Wochen)\b|\bil y a \d{1,3} ?(?:s|min|h|j|heures?|jours?)\b"
    r"|\bhace \d{1,3} (?:segundos|minutos|horas|días)\b|\b\d{1,3} (?:minuti|ore|giorni) fa\b"
    r"|\bhá \d{1,3} (?:minutos|horas|dias)\b|\b\d{1,3} (?:minuten|uur|dagen) geleden\b"
    r"|\b\d{1,3} (?:минут\w*|час\w*|дн\w+) назад\b",
    regex.IGNORECASE | regex.MULTILINE)
# "#harbour" ("#3" is a number). One hashtag is a campaign or a tag link ("#WeRemember" under each
# photo of a gallery); a post carries two or more.
HASHTAG: Final = regex.compile(r"(?<![\w&#])#[^\W\d_]\w{2,}")
MIN_HASHTAGS: Final = 2


def is_social(text: str) -> bool:
    """Whether a short block reads as a social post's text or its byline: a handle, a relative time,
    or two hashtags."""
    return bool(SOCIAL_MARK.search(text)) or ("#" in text and len(HASHTAG.findall(text)) >= MIN_HASHTAGS)


def social_feeds(nodes: list[Node], blocks: list[RawBlock]) -> list[bool]:
    """Per node: inside a social feed (the feed element and everything under it).

    The shape is checked first, over the tree alone; the markers are searched only in the blocks of
    the few elements that have it, so a page without a feed-shaped element costs no regex.
    """
    n = len(nodes)
    feed = [False] * n
    if n == 0:
        return feed
    chars = [0] * n
    count = [0] * n
    for b in blocks:
        if b.node >= 0 and b.hard < 0:
            chars[b.node] += b.chars
            count[b.node] += 1
    parents = [nd.parent for nd in nodes]
    # Per node: its children that could be posts (short, two lines or more). A feed needs
    # MIN_POSTS of them, so most pages have no element worth looking at any closer.
    post_like = [0] * n
    for i in range(n - 1, 0, -1):  # children follow their parents: sum each subtree bottom-up
        p = parents[i]
        if p >= 0:
            if count[i] >= MIN_POST_BLOCKS and 0 < chars[i] <= MAX_POST:  # node i's totals are complete
                post_like[p] += 1
            chars[p] += chars[i]
            count[p] += count[i]
    children: dict[int, list[int]] = {p: [] for p in range(n - 1, -1, -1) if post_like[p] >= MIN_POSTS}
    if not children:
        return feed
    for i in range(n - 1, 0, -1):  # last child first: the order the shapes are told apart in
        if parents[i] in children:
            children[parents[i]].append(i)
    # Elements shaped like a feed: their items, each short and of two lines or more.
    candidates: dict[int, list[int]] = {}
    for p, kids in children.items():
        shapes: dict[tuple[str, str], list[int]] = {}
        for k in kids:
            shapes.setdefault((nodes[k].tag, nodes[k].tokens), []).append(k)
        items = max(shapes.values(), key=len)
        if (len(items) < MIN_POSTS or any(not 0 < chars[k] <= MAX_POST for k in items)
                or sum(1 for k in items if count[k] >= MIN_POST_BLOCKS) < max(MIN_POSTS, MARKED_SHARE * len(items))
                or sum(chars[k] for k in items) < ITEMS_SHARE * chars[p]
                or LIVE.search(nodes[p].tokens) or LIVE.search(nodes[items[0]].tokens)):
            continue
        candidates[p] = items
    if not candidates:
        return feed
    item_of = [-1] * n  # per node: the candidate item it is in
    for items in candidates.values():
        for k in items:
            item_of[k] = k
    for i in range(1, n):
        p = nodes[i].parent
        if item_of[i] < 0 and p >= 0 and item_of[p] >= 0:
            item_of[i] = item_of[p]
    marked: set[int] = set()
    for b in blocks:
        k = item_of[b.node] if b.node >= 0 else -1
        if k >= 0 and k not in marked and b.hard < 0 and is_social(b.text):
            marked.add(k)
    for p, items in candidates.items():
        with_mark = sum(1 for k in items if k in marked and count[k] >= MIN_POST_BLOCKS)
        if with_mark >= max(MIN_POSTS, MARKED_SHARE * len(items)):
            feed[p] = True
    for i in range(1, n):
        p = nodes[i].parent
        if p >= 0 and feed[p]:
            feed[i] = True
    return feed
