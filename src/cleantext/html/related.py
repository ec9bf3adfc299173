"""split_related_lists: related-article link lists recognised from structure: a "Related" / "More
stories" heading followed by links, or an element whose class says related/recommended/trending
holding links.

Each link becomes one related item (its URL from the block); the heading becomes the section.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from ..document import Kind, Label
from ..page import Page
from ..patterns import normalize
from ..patterns.related import MORE_FROM
from ..patterns.related import RELATED_HEADING as RELATED_PHRASES
from ..steps import step
from .ancestry import within
from .teasers import find_teaser_lists
from .tree import tree_of
from .vocab import RELATED_HEADING
from .walk import Node, RawBlock

# class/id tokens of containers of related-article lists: "related-posts", "more-stories", "read-next".
RELATED_CLASS: Final = re.compile(
    r"related|recommend|more-?stories|more-?articles|read-?next|also-?read|trending|most-?popular|"
    r"most-?read|outbrain|taboola|teaser-?list|further-?reading")
MIN_LINKS: Final = 2
MAX_ITEMS: Final = 100  # a stream of teasers under "Recommended for You" runs to dozens
MAX_SOURCE: Final = 60  # characters: a non-link line in a related list longer than this is prose
MAX_SCOPE_CLIMB: Final = 3  # wrappers between a related heading and the element that also holds its list
# characters of plain text a teaser card holds besides its link (a snippet, a source, a date);
# a "card" with more is an article that happens to contain one link.
MAX_CARD_TEXT: Final = 600
MAX_CONTROL: Final = 15  # characters: a link this short beside a card's headline is a control ("Save", "Hide")
PAGE_LEVEL: Final = frozenset({"html", "body", "main", "article"})


@lru_cache(maxsize=16384)
def is_related_class(tokens: str) -> bool:
    return bool(RELATED_CLASS.search(tokens))


@dataclass(slots=True)
class Item:
    """One block's place in a related list: the list's group id (0 for the section heading) and role."""

    group: int
    role: str
    rule: str


@step("structure", formats={"html"})
def split_related_lists(page: Page) -> None:
    """Split off lists of links to other articles into ``doc.related``: a "Related" or "More
    stories" heading over links, or an element whose class says related, recommended or trending.

    Example: ``<aside class="read-next">`` with three headline links. At least two links must
    follow, and a non-link line longer than a source name ends the list, so prose with links stays.
    """
    tree = tree_of(page)
    found = find_related(tree.nodes, tree.blocks, [b.text for b in page.blocks])
    groups: dict[int, int] = {}
    for i in sorted(found):
        item = found[i]
        # The page's own group ids, so related items the text filters find later never share one.
        group = None
        if item.group:
            if item.group not in groups:
                groups[item.group] = page.new_group()
            group = groups[item.group]
        page.set(i, Label.RELATED, item.rule, "link list of other articles", group=group, role=item.role)


def is_link(b: RawBlock) -> bool:
    return bool(b.url) or (b.chars > 0 and b.link_chars >= 0.6 * b.chars)


def find_related(nodes: list[Node], blocks: list[RawBlock], texts: list[str] | None = None) -> dict[int, Item]:
    """Block index -> related role, for the link lists this page's structure shows.

    ``texts`` are the blocks' texts after the repairs, which headings are read from (the raw
    texts when not given)."""
    found: dict[int, Item] = {}
    next_group = [0]

    def new_group() -> int:
        next_group[0] += 1
        return next_group[0]

    heads = texts if texts is not None else [b.text for b in blocks]
    _by_heading(nodes, blocks, heads, found, new_group)
    _by_class(nodes, blocks, heads, found, new_group)
    _by_shape(nodes, blocks, heads, found, new_group)
    return found


def _by_shape(nodes: list[Node], blocks: list[RawBlock], heads: list[str], found: dict[int, Item],
              new_group: Callable[[], int]) -> None:
    """Runs of teaser cards under no heading or class that names them (`teasers`); a short
    heading right above a run is its section ("Other Opinion Columns")."""
    for run in find_teaser_lists(nodes, blocks, set(found)):
        above = run[0][0] - 1
        if above >= 0 and above not in found and blocks[above].kind is Kind.HEADING and not is_link(blocks[above]) \
                and len(heads[above]) <= 60:
            found[above] = Item(0, "section", "html.teaser_list")
        for start, stop, head in run:
            group = new_group()
            for k in range(start, stop + 1):
                found[k] = Item(group, "title" if k == head else _role(blocks[k]), "html.teaser_list")


def is_related_heading(text: str, heading: bool = True) -> bool:
    """A heading that opens a list of other articles, in any language the phrase tables know:
    "Related", "More stories", "Nos articles recommandés", "Похожие статьи".

    A phrase at the start or end of a longer line counts only in a heading element: a paragraph
    "Empfehlungen von Dennis:" introduces the author's own list.
    """
    if RELATED_HEADING.match(text):
        return True
    key = normalize(text)
    if RELATED_PHRASES.line(key):
        return True
    words = key.count(" ") + 1
    return heading and ((words <= 6 and bool(MORE_FROM.start(key)))
                        or (words <= 5 and bool(RELATED_PHRASES.end(key) or RELATED_PHRASES.start(key))))


def card_of(nodes: list[Node], node: int, scope: int) -> int:
    """The child of ``scope`` that holds ``node`` (an item's card), or -1 when it is ``scope`` itself."""
    if scope < 0 or node == scope:
        return -1
    while node >= 0 and nodes[node].parent != scope:
        node = nodes[node].parent
    return node


def group_items(nodes: list[Node], blocks: list[RawBlock], idxs: list[int], scope: int
                ) -> list[list[tuple[int, str]]]:
    """Items of a related list, each a list of (block, role), from the start of ``idxs``.

    A card (a child element of the list) with one link is one item whatever the order of its
    lines (source and time above the linked title, a teaser below); in a plain list each link
    starts an item and the short lines after it join it. The list ends at the first card
    without a link that holds more than a short line: the article resumes there.
    """
    items: list[list[tuple[int, str]]] = []
    k, n = 0, len(idxs)
    while k < n:
        card = card_of(nodes, blocks[idxs[k]].node, scope)
        end = k + 1
        while end < n and card >= 0 and card_of(nodes, blocks[idxs[end]].node, scope) == card:
            end += 1
        run = idxs[k:end]
        links = [i for i in run if is_link(blocks[i])]
        # A card's controls ("Save", "Share") are links too; its headline is its one longer link.
        titles = [i for i in links if len(blocks[i].text) > MAX_CONTROL] if len(links) > 1 else links
        if len(titles) == 1 and card >= 0 and sum(blocks[i].chars for i in run if i not in links) <= MAX_CARD_TEXT:
            items.append([(i, "title" if i in titles else _role(blocks[i])) for i in run])
        elif links:
            pending: list[tuple[int, str]] = []
            for i in run:
                if is_link(blocks[i]):
                    items.append([*pending, (i, "title")])
                    pending = []
                elif items and items[-1][-1][0] in links or (items and len(blocks[i].text) <= MAX_SOURCE):
                    items[-1].append((i, _role(blocks[i])))
                elif len(blocks[i].text) <= MAX_SOURCE:
                    pending.append((i, _role(blocks[i])))
                else:
                    return _without_running_text(nodes, blocks, items, i)
        elif all(len(blocks[i].text) <= MAX_SOURCE for i in run) and items:
            items[-1].extend((i, _role(blocks[i])) for i in run)  # a rank number, a date under the card
        else:
            return items
        k = end
    return items


def _without_running_text(nodes: list[Node], blocks: list[RawBlock], items: list[list[tuple[int, str]]],
                          stop: int) -> list[list[tuple[int, str]]]:
    """``items`` up to the paragraph ``stop`` that ended the list. When the last item's teaser is
    a sibling of that paragraph, the teaser was the first paragraph of running text (a byline
    link, then the article), not a teaser: it stays out of the item."""
    if items and len(items[-1]) > 1:
        last, role = items[-1][-1]
        if role == "text" and blocks[last].node >= 0 and blocks[stop].node >= 0 \
                and nodes[blocks[last].node].parent == nodes[blocks[stop].node].parent:
            items[-1].pop()
    return items


def _role(b: RawBlock) -> str:
    return "source" if len(b.text) <= 40 else "text"


def heading_scope(nodes: list[Node], blocks: list[RawBlock], i: int) -> int:
    """The element a related heading's list belongs to: the heading's parent (a <section>, <div>,
    <aside>), or, when the heading is the last thing in its own wrapper (``<div class="hd"><h2>
    Recommended for You</h2></div><div class="bd"><ul>...``), the nearest ancestor that also holds
    the block after it. Never a page-level element: the list is a box, not the page."""
    node = blocks[i].node
    if node < 0:
        return -1
    scope = nodes[node].parent
    if blocks[i].kind is not Kind.HEADING:
        return scope
    nxt = blocks[i + 1].node if i + 1 < len(blocks) else -1
    if nxt < 0:
        return scope
    for _ in range(MAX_SCOPE_CLIMB):
        if scope < 0 or within(nodes, nxt, scope):
            return scope
        parent = nodes[scope].parent
        if parent < 0 or nodes[parent].tag in PAGE_LEVEL:
            return scope
        scope = parent
    return scope if within(nodes, nxt, scope) else nodes[node].parent


def _by_heading(nodes: list[Node], blocks: list[RawBlock], heads: list[str], found: dict[int, Item],
                new_group: Callable[[], int]) -> None:
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if b.hard >= 0 or len(b.text) > 60 or b.url or not is_related_heading(heads[i], b.kind is Kind.HEADING):
            i += 1
            continue
        scope = heading_scope(nodes, blocks, i)
        idxs: list[int] = []
        j = i + 1
        while j < n and len(idxs) < 8 * MAX_ITEMS:
            c = blocks[j]
            if c.node < 0 or not within(nodes, c.node, scope):
                break
            if c.kind is Kind.HEADING and not is_link(c) and (b.kind is not Kind.HEADING or c.level <= b.level):
                break
            idxs.append(j)
            j += 1
        items = group_items(nodes, blocks, idxs, card_scope(nodes, blocks, idxs, scope))
        items = items[:MAX_ITEMS]
        if items:  # under a related heading, one card is a related list too
            found[i] = Item(0, "section", "html.related_list")
            for item in items:
                group = new_group()
                for k, role in item:
                    found[k] = Item(group, role, "html.related_list")
            i = max(k for item in items for k, _ in item) + 1
        else:
            i += 1


def _by_class(nodes: list[Node], blocks: list[RawBlock], heads: list[str], found: dict[int, Item],
              new_group: Callable[[], int]) -> None:
    # Nodes whose own tokens name a related list, and (forward pass) every node inside one.
    inside = [-1] * len(nodes)
    for k, nd in enumerate(nodes):
        p = nd.parent
        if p >= 0 and inside[p] >= 0:
            inside[k] = inside[p]
        elif nd.tokens and nd.tag not in ("body", "html", "main", "article") and is_related_class(nd.tokens):
            inside[k] = k
    members: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.node >= 0 and inside[b.node] >= 0 and i not in found and b.hard < 0:
            members.setdefault(inside[b.node], []).append(i)
    for scope, idxs in members.items():
        head = idxs[0] if not is_link(blocks[idxs[0]]) and len(blocks[idxs[0]].text) <= 60 else -1
        body = idxs[1:] if head >= 0 else idxs
        items = group_items(nodes, blocks, body, card_scope(nodes, blocks, body, scope))
        chars = sum(blocks[i].chars for i in idxs)
        covered = sum(blocks[k].chars for item in items for k, _ in item)
        # Mostly links, or mostly cards around one link each: a list of other articles.
        if len(items) < (1 if head >= 0 and is_related_heading(heads[head], blocks[head].kind is Kind.HEADING)
                             else MIN_LINKS) or (covered < 0.7 * chars
                                      and sum(blocks[i].link_chars for i in idxs) < 0.5 * chars):
            continue
        if head >= 0:
            found[head] = Item(0, "section", "html.related_class")
        for item in items:
            group = new_group()
            for k, role in item:
                found[k] = Item(group, role, "html.related_class")


def card_scope(nodes: list[Node], blocks: list[RawBlock], idxs: list[int], scope: int) -> int:
    """The element whose children are the cards: the innermost one under ``scope`` holding all of
    ``idxs`` (a related box often wraps its cards in a further <div> or <ul>). With one link
    among them there is one card at most, and ``scope`` holds it."""
    if sum(1 for i in idxs if is_link(blocks[i])) < 2:
        return scope
    first = blocks[idxs[0]].node
    chain: list[int] = []
    node = first
    while node >= 0 and node != scope:
        chain.append(node)
        node = nodes[node].parent
    for cand in reversed(chain):  # outermost first
        if all(within(nodes, blocks[i].node, cand) for i in idxs) and cand != first:
            scope = cand
        else:
            break
    return scope
