"""Related-article link lists recognised from structure: a "Related" / "More stories" heading
followed by links, or an element whose class says related/recommended/trending holding links.

Each link becomes one related item (its URL from the block); the heading becomes the section.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..document import Kind
from .vocab import RELATED_HEADING
from .walk import Node, RawBlock

# class/id tokens of containers of related-article lists: "related-posts", "more-stories", "read-next".
RELATED_CLASS = regex.compile(
    r"related|recommend|more-?stories|more-?articles|read-?next|also-?read|trending|most-?popular|"
    r"most-?read|outbrain|taboola|teaser-?list|further-?reading")
MIN_LINKS = 2


@lru_cache(maxsize=16384)
def is_related_class(tokens: str) -> bool:
    return bool(RELATED_CLASS.search(tokens))
MAX_ITEMS = 40
MAX_SOURCE = 60  # characters: a non-link line in a related list longer than this is prose


@dataclass(slots=True)
class Item:
    """One block's place in a related list: the list's group id (0 for the section heading) and role."""

    group: int
    role: str
    rule: str


def is_link(b: RawBlock) -> bool:
    return bool(b.url) or (b.chars > 0 and b.link_chars >= 0.6 * b.chars)


def find_related(nodes: list[Node], blocks: list[RawBlock]) -> dict[int, Item]:
    """Block index -> related role, for the link lists this page's structure shows."""
    found: dict[int, Item] = {}
    next_group = [0]

    def new_group() -> int:
        next_group[0] += 1
        return next_group[0]

    _by_heading(nodes, blocks, found, new_group)
    _by_class(nodes, blocks, found, new_group)
    return found


def within(nodes: list[Node], node: int, ancestor: int) -> bool:
    """Whether ``node`` lies inside ``ancestor`` (or is it)."""
    if ancestor < 0:
        return True
    stop = nodes[ancestor].depth
    while node >= 0 and nodes[node].depth > stop:
        node = nodes[node].parent
    return node == ancestor


def _by_heading(nodes: list[Node], blocks: list[RawBlock], found: dict[int, Item],
                new_group: Callable[[], int]) -> None:
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if b.hard >= 0 or len(b.text) > 60 or b.url or not RELATED_HEADING.match(b.text):
            i += 1
            continue
        # The list belongs to the heading's parent element (a <section>, <div>, <aside>).
        scope = nodes[b.node].parent if b.node >= 0 else -1
        items: dict[int, Item] = {}
        links = 0
        group = 0
        j = i + 1
        while j < n and len(items) < MAX_ITEMS:
            c = blocks[j]
            if c.node < 0 or not within(nodes, c.node, scope):
                break
            if c.kind is Kind.HEADING and not is_link(c) and (b.kind is not Kind.HEADING or c.level <= b.level):
                break
            if is_link(c):
                group = new_group()
                items[j] = Item(group, "title", "html.related_list")
                links += 1
            elif group and len(c.text) <= MAX_SOURCE:
                items[j] = Item(group, "source" if len(c.text) <= 40 else "text", "html.related_list")
            else:
                break
            j += 1
        if links >= MIN_LINKS:
            found[i] = Item(0, "section", "html.related_list")
            found.update(items)
            i = j
        else:
            i += 1


def _by_class(nodes: list[Node], blocks: list[RawBlock], found: dict[int, Item],
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
    for idxs in members.values():
        link_idxs = [i for i in idxs if is_link(blocks[i])]
        chars = sum(blocks[i].chars for i in idxs)
        link_chars = sum(blocks[i].link_chars for i in idxs)
        if len(link_idxs) < MIN_LINKS or link_chars < 0.5 * chars:
            continue
        group = 0
        for pos, i in enumerate(idxs):
            b = blocks[i]
            if is_link(b):
                group = new_group()
                found[i] = Item(group, "title", "html.related_class")
            elif pos == 0 and not group and len(b.text) <= 60:
                found[i] = Item(0, "section", "html.related_class")
            elif group:
                found[i] = Item(group, "source" if len(b.text) <= 40 else "text", "html.related_class")
