"""Ancestry in the block-level element tree the walk records: is one node inside another, which
element holds two nodes."""
from __future__ import annotations

from .walk import Node


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
