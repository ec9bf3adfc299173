"""The article's header beside its body: a deck, a kicker, a dateline or a lead paragraph that sit
in the article's element just before the chosen region (``<div class="headline"><h2>..</h2><h4>..
</h4></div><h5>date</h5><div class="post-body">...``) belong to the article.
"""
from __future__ import annotations

from typing import Final

from ..document import Kind
from .ancestry import child_holding, within
from .walk import Node, RawBlock

MAX_HEADER_BLOCKS: Final = 6  # a header is a few lines; more before the body is another part of the page
MAX_HEADER_LINE: Final = 400  # characters: a lead paragraph at most; longer text would have scored itself
MIN_LEAD: Final = 60  # characters: a header line this long is a lead paragraph
MAX_LINK_SHARE: Final = 0.3  # of a header line's characters that are link text (a linked author name)


def first_blocks(nodes: list[Node], blocks: list[RawBlock]) -> list[int]:
    """For each node, the index of the first block inside it (len(blocks) when it has none)."""
    first = [len(blocks)] * len(nodes)
    for i, b in enumerate(blocks):
        if b.node >= 0 and first[b.node] > i:
            first[b.node] = i
    for k in range(len(nodes) - 1, 0, -1):
        p = nodes[k].parent
        if p >= 0 and first[k] < first[p]:
            first[p] = first[k]
    return first


def with_header(nodes: list[Node], blocks: list[RawBlock], roots: list[int], excluded: list[bool],
                anchor: int) -> list[int]:
    """``roots`` and, before the first of them in its parent element, the siblings that hold the
    article's header: up to six short lines or headings without links, below the page's headline.

    The run stops at the first line that is not such (a link line, an excluded element, a long
    text) and at the headline itself, which the title step takes; a sibling is added only when all
    of its lines are in the run.
    """
    if not roots:
        return roots
    root = roots[0]
    parent = nodes[root].parent
    if parent < 0 or nodes[parent].tag in ("body", "html"):
        return roots
    first = first_blocks(nodes, blocks)
    i = first[root] - 1
    lines = 0
    while i >= 0 and i > anchor:
        b = blocks[i]
        if b.node < 0 or not within(nodes, b.node, parent):
            break
        if b.hard < 0:
            if (excluded[b.node] or b.link_chars > MAX_LINK_SHARE * b.chars
                    or (b.kind is not Kind.HEADING and b.chars > MAX_HEADER_LINE)):
                break
            lines += 1
            if lines > MAX_HEADER_BLOCKS:
                return roots
        i -= 1
    start = i + 1  # the header run is blocks[start:first[root]]
    if not any(blocks[k].hard < 0 and (blocks[k].kind is Kind.HEADING or blocks[k].chars >= MIN_LEAD)
               for k in range(start, first[root])):
        return roots  # a lone "Print this page" or "AFP" is no header: a header has a deck or a lead
    added = {child_holding(nodes, blocks[k].node, parent) for k in range(start, first[root])}
    added = {c for c in added if c >= 0 and c != parent and c not in roots and first[c] >= start}
    return sorted({*roots, *added}) if added else roots
