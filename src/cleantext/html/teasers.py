"""Teaser lists recognised from their shape alone: three or more sibling cards, each a linked
headline with at most a short snippet, a kicker, a date or a source beside it ("Other Opinion
Columns", a stream of stories under no heading the phrase tables know).

A list of other articles repeats one card layout; an article's own list of items rarely links each
heading and, when it does, says more under it than a teaser does.
"""
from __future__ import annotations

from typing import Final

from ..document import Kind
from .ancestry import child_holding, common_parent, within
from .walk import Node, RawBlock

MIN_CARDS: Final = 3
MAX_HEADLINE: Final = 150  # characters: a longer linked heading is text, not a teaser's headline
MAX_TEASER_TEXT: Final = 400  # characters of plain text in one card besides its headline (a snippet, a date)
MAX_CARD_BLOCKS: Final = 12  # lines of one teaser card: headline, kicker, snippet, date, source, controls
LINK_SHARE: Final = 0.6  # of a headline's characters that are link text ("Editorial" kicker + linked title)
WHOLE_LINK: Final = 0.9  # the walk gives a block its URL from this share on

# (card's first block, card's last block, headline block) for each card of one list
Card = tuple[int, int, int]


def is_headline_link(b: RawBlock) -> bool:
    """A heading that links to its article: "<h4><strong>Editorial</strong> <a>Fraser's legacy</a></h4>".

    A heading that is wholly a link must link somewhere else: an accordion's or a tab's title
    (``<a class="accordion-title">`` without href, ``href="#faq-2"``) opens text of this page.
    """
    if b.kind is not Kind.HEADING or b.hard >= 0 or not 0 < b.chars <= MAX_HEADLINE:
        return False
    if b.link_chars >= WHOLE_LINK * b.chars:
        return bool(b.url) and not b.url.startswith(("#", "javascript:"))
    return b.link_chars >= LINK_SHARE * b.chars


def find_teaser_lists(nodes: list[Node], blocks: list[RawBlock], taken: set[int]) -> list[list[Card]]:
    """Runs of teaser cards among the blocks not already ``taken``; each run a list of cards."""
    heads = [i for i, b in enumerate(blocks) if i not in taken and b.node >= 0 and is_headline_link(b)]
    runs: list[list[Card]] = []
    k = 0
    while k < len(heads):
        run, k = _run_from(nodes, blocks, heads, k, taken)
        if len(run) >= MIN_CARDS:
            runs.append(run)
    return runs


def _run_from(nodes: list[Node], blocks: list[RawBlock], heads: list[int], k: int, taken: set[int]
              ) -> tuple[list[Card], int]:
    """The run of cards starting at headline ``heads[k]``, and the index of the next headline to try."""
    if k + 1 >= len(heads):
        return [], k + 1
    first, second = heads[k], heads[k + 1]
    scope = common_parent(nodes, blocks[first].node, blocks[second].node)
    if scope < 0 or blocks[first].level != blocks[second].level:
        return [], k + 1
    run: list[Card] = []
    end = k
    while end < len(heads) and blocks[heads[end]].level == blocks[first].level:
        card = _card(nodes, blocks, heads[end], scope, taken)
        if card is None or (run and card[0] != run[-1][1] + 1):
            break  # not a teaser, or something else stands between it and the previous card
        run.append(card)
        end += 1
    return run, max(end, k + 1)


def _card(nodes: list[Node], blocks: list[RawBlock], head: int, scope: int, taken: set[int]) -> Card | None:
    """The blocks of the card holding headline ``head`` (a child of ``scope``), if it reads as a teaser."""
    card = child_holding(nodes, blocks[head].node, scope)
    if card < 0:
        return None
    start = head
    while start > 0 and within(nodes, blocks[start - 1].node, card):
        start -= 1
        if head - start > MAX_CARD_BLOCKS:
            return None  # no teaser has that many lines; and the scan stays linear in the page
    stop = head
    while stop + 1 < len(blocks) and within(nodes, blocks[stop + 1].node, card):
        stop += 1
        if stop - start > MAX_CARD_BLOCKS:
            return None
    text = 0
    for i in range(start, stop + 1):
        b = blocks[i]
        if i in taken or (i != head and is_headline_link(b)):
            return None  # two headlines: a section of cards, not one card
        if i != head and b.link_chars < 0.5 * b.chars:
            text += b.chars
    return (start, stop, head) if text <= MAX_TEASER_TEXT else None
