"""Ancestry in the block-level element tree the walk records: is one node inside another, which
element holds two nodes, which blocks a node's subtree holds."""
from __future__ import annotations

from .walk import Node, RawBlock


def within(nodes: list[Node], node: int, ancestor: int) -> bool:
    """Whether ``node`` lies inside ``ancestor`` (or is it); everything lies inside -1."""
    if ancestor < 0:
        return True
    stop = nodes[ancestor].depth
    while node >= 0 and nodes[node].depth > stop:
        node = nodes[node].parent
    return node == ancestor


def common_parent(nodes: list[Node], a: int, b: int) -> int:
    """The innermost element holding both ``a`` and ``b`` and being neither of them, or -1."""
    seen = set()
    node = a
    while node >= 0:
        seen.add(node)
        node = nodes[node].parent
    node = b
    while node >= 0 and node not in seen:
        node = nodes[node].parent
    return node if node not in (a, b) else -1


def child_holding(nodes: list[Node], node: int, scope: int) -> int:
    """The child of ``scope`` that holds ``node`` (or is it), or -1 when ``node`` is not below ``scope``."""
    while node >= 0 and nodes[node].parent != scope:
        node = nodes[node].parent
    return node


def block_spans(parents: list[int], blocks: list[RawBlock]) -> tuple[list[int], list[int]]:
    """Per node (``parents[i]`` is node i's parent), the first and last block in its subtree:
    ``len(blocks)`` and -1 for a subtree without blocks. A subtree's blocks are consecutive, as the
    page is walked in document order, and children follow their parents."""
    n = len(parents)
    first = [len(blocks)] * n
    last = [-1] * n
    # Blocks come in page order: a node's first block is the one seen first, its last the one seen last.
    for i, b in enumerate(blocks):
        node = b.node
        if node >= 0:
            if last[node] < 0:
                first[node] = i
            last[node] = i
    for k in range(n - 1, 0, -1):
        p = parents[k]
        if p >= 0:  # comparisons, not min()/max(): two builtin calls per node cost more than the loop
            if first[k] < first[p]:  # noqa: PLR1730
                first[p] = first[k]
            if last[k] > last[p]:  # noqa: PLR1730
                last[p] = last[k]
    return first, last
