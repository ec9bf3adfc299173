"""Side columns beside the main column: a blog's sidebar of boxes ("About this blog", "Archive")
that stands next to the post in one row. Its short bio reads as prose, so without this the region
grows from the post up to the row and takes the sidebar in.

A side column is told by position and shape, not by its words alone: it is a sibling of the column
that holds the text, holds well under half as much prose, and is a stack of boxes each led by a
heading with link lists among them, or a box under an "About me" heading (in several languages).
The article's own header (a <header>, anything holding an <h1>, or a block before the text led by
an <h1>/<h2>) is never a side column: it stands above the text.
"""
from __future__ import annotations

from typing import Final

import regex

from ..document import Kind
from .walk import Node, RawBlock

SIDE_SHARE: Final = 0.5  # a side column holds less than this share of the main column's prose
MIN_BOXES: Final = 2  # a stack of at least this many boxes, each led by a heading

# The heading of a blog's bio box: "About this blog", "Über mich", "À propos", "Chi sono", "Обо мне".
ABOUT_HEADING: Final = regex.compile(
    r"^(?:about(?: (?:this|the|my))? (?:blog|site|me|us|author|writer)|about me|über (?:mich|uns|diesen blog|den blog)"
    r"|(?:à|a) propos(?: (?:de|du) (?:moi|nous|ce blog|blog|l'auteur))?|qui suis-je|"
    r"sobre (?:mí|mi|mim|nós|nosotros|este blog|o blog|el blog)|acerca de(?: mí| este blog)?|quién soy|quem sou"
    r"|chi sono|su di me|(?:il|sul) blog|over (?:mij|ons|deze blog|dit blog)|o mnie|o blogu|обо мне|о блоге|об авторе)"
    r"\W*$", regex.IGNORECASE)


class Columns:
    """Side-column facts of one page, worked out only when the region would grow past a column."""

    def __init__(self, nodes: list[Node], blocks: list[RawBlock]) -> None:
        self.nodes = nodes
        self.blocks = blocks
        self._first: list[int] | None = None

    def first_block(self, node: int) -> int:
        """Index of the first block in ``node``'s subtree, or len(blocks)."""
        if self._first is None:
            nodes, blocks = self.nodes, self.blocks
            first = [len(blocks)] * len(nodes)
            for i in range(len(blocks) - 1, -1, -1):
                if blocks[i].node >= 0:
                    first[blocks[i].node] = i
            for k in range(len(nodes) - 1, 0, -1):
                p = nodes[k].parent
                if p >= 0 and first[k] < first[p]:
                    first[p] = first[k]
            self._first = first
        return self._first[node]

    def _has_headline(self, node: int) -> bool:
        """Whether an <h1> stands in ``node``'s subtree (its blocks are contiguous from its first)."""
        nodes, blocks = self.nodes, self.blocks
        end = node + 1
        while end < len(nodes) and nodes[end].depth > nodes[node].depth:
            end += 1
        for i in range(self.first_block(node), len(blocks)):
            b = blocks[i]
            if not node <= b.node < end:
                if b.node >= 0:
                    break
                continue
            if b.kind is Kind.HEADING and b.level == 1:
                return True
        return False

    def children(self, node: int) -> list[int]:
        nodes = self.nodes
        depth = nodes[node].depth
        out = []
        for k in range(node + 1, len(nodes)):
            if nodes[k].depth <= depth:
                break
            if nodes[k].parent == node:
                out.append(k)
        return out

    def side_prose(self, parent: int, main: int, prose: list[float], junk: list[float]) -> float:
        """Prose of ``parent``'s children that are side columns beside ``main``, its child on the
        way to the text."""
        return sum((prose[c] for c in self.children(parent)
                    if c != main and 0 < prose[c] < SIDE_SHARE * prose[main] and self._is_side(c, main, junk[c] > 0)),
                   0.0)

    def _is_side(self, column: int, main: int, has_links: bool) -> bool:
        blocks, nodes = self.blocks, self.nodes
        first = self.first_block(column)
        # The article's own header (kicker, headline, deck) stands above the text, not beside it.
        if nodes[column].tag == "header" or self._has_headline(column):
            return False
        if column < main and first < len(blocks) and blocks[first].kind is Kind.HEADING and blocks[first].level <= 2:
            return False
        if first < len(blocks) and blocks[first].kind is Kind.HEADING and ABOUT_HEADING.match(blocks[first].text):
            return True
        boxes = self.children(column)
        if len(boxes) == 1:  # <div class="sidebar-inner"> around the boxes
            boxes = self.children(boxes[0])
        headed = 0
        for box in boxes:
            b = self.first_block(box)
            if b < len(blocks) and blocks[b].kind is Kind.HEADING:
                headed += 1
                if ABOUT_HEADING.match(blocks[b].text):
                    return True
        return has_links and headed >= MIN_BOXES
