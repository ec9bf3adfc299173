"""The article's header beside its body: a deck, a kicker, a dateline or a lead paragraph that sit
in the article's element just before the chosen region (``<div class="headline"><h2>..</h2><h4>..
</h4></div><h5>date</h5><div class="post-body">...``) belong to the article.
"""
from __future__ import annotations

from typing import Final

import regex

from ..document import Kind
from .ancestry import block_spans, child_holding, common_parent, within
from .tokens import is_caption, is_negative
from .walk import Node, RawBlock

MAX_HEADER_BLOCKS: Final = 6  # a header is a few lines; more before the body is another part of the page
MAX_HEADER_LINE: Final = 400  # characters: a lead paragraph at most; longer text would have scored itself
MIN_LEAD: Final = 60  # characters: a header line this long is a lead paragraph
MAX_LINK_SHARE: Final = 0.3  # of a header line's characters that are link text (a linked author name)
LEAD_WINDOW: Final = 12  # blocks from the headline to the region within which a lead above it is sought
# A deck shorter than a lead ("Electric buses changed the sound of the street"): the line right under
# the headline, a subheading or an element named as a deck, of a few words.
MIN_DECK: Final = 25  # characters
MIN_DECK_WORDS: Final = 4
DECK_NAMES: Final = regex.compile(r"dek\b|deck|standfirst|sub-?head|sub-?title|subtitulo|untertitel|chapeau|summary|lede")


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
    if not any(blocks[k].hard < 0 and (blocks[k].kind is Kind.HEADING or blocks[k].chars >= MIN_LEAD
                                       or (anchor >= 0 and _deck(nodes, blocks, anchor, k)))
               for k in range(start, first[root])):
        return roots  # a lone "Print this page" or "AFP" is no header: a header has a deck or a lead
    added = set()
    for k in range(start, first[root]):
        c = child_holding(nodes, blocks[k].node, parent)
        if c < 0 or c == parent or c in roots:
            continue
        if first[c] >= start:
            added.add(c)
        elif anchor >= 0 and first[c] <= anchor and blocks[k].hard < 0:
            # The headline's own element (<header><h1/><p class="subtitle"/></header>): the line's
            # outermost element inside it that starts below the headline.
            node = blocks[k].node
            while nodes[node].parent != c and first[nodes[node].parent] > anchor:
                node = nodes[node].parent
            added.add(node)
    return sorted({*roots, *added}) if added else roots


def with_lead(nodes: list[Node], blocks: list[RawBlock], roots: list[int], excluded: list[bool],
              anchor: int, images: list[int]) -> list[int]:
    """``roots`` and the lead paragraphs between the page's headline and the region when they stand
    outside the region's parent: a standfirst in the page's header block above the article body
    (``<header><h1>..</h1><h2 class="subheadline">A sentence of sixty characters or more..</h2>
    </header><article>...``), an intro in a sibling container of the one the body is in.

    Only lines of prose (60 to 400 characters, few links; a heading that long is a deck) count;
    bylines, dates, share bars, navigation and short subheadings between are passed over, not
    taken. The headline must be at most 12 blocks above the region, and the lead lines at most six:
    more is another part of the page. Each lead line is taken as the outermost element holding it
    and nothing outside the span between the headline and the region; when that element holds an
    image (``images``: the element holding each shown image), or it or an element around it is named
    as a caption ("legend", "caption") or as boilerplate ("author_short_bio", "promo"), the line is
    a caption or an aside and stays out.
    """
    if not roots or anchor < 0:
        return roots
    root = roots[0]
    parents = [nd.parent for nd in nodes]
    first, last = block_spans(parents, blocks)
    start = first[root]
    head = blocks[anchor]
    if not 0 < start - anchor <= LEAD_WINDOW or head.node < 0 or head.link_chars > MAX_LINK_SHARE * head.chars:
        return roots  # a linked "headline" is the site's name over a blog's description, not the article's
    scope = common_parent(nodes, head.node, root)
    if scope < 0 or scope == nodes[root].parent:
        return roots  # the headline is in the region's own parent: with_header reads that
    leads: list[int] = []
    for k in range(anchor + 1, start):
        b = blocks[k]
        if (b.node < 0 or b.hard >= 0 or excluded[b.node] or b.link_chars > MAX_LINK_SHARE * b.chars
                or b.kind is Kind.CAPTION):
            continue
        if b.chars > MAX_HEADER_LINE and b.kind is not Kind.HEADING:
            return roots  # a long text above the region is not a lead: it would have scored itself
        if b.chars >= MIN_LEAD or (not leads and _deck(nodes, blocks, anchor, k)):
            leads.append(k)
    if not leads or len(leads) > MAX_HEADER_BLOCKS:
        return roots
    added = set()
    for k in leads:
        node = blocks[k].node
        aside = _aside_line(nodes[node].tokens)
        while (parents[node] >= 0 and parents[node] != scope and first[parents[node]] > anchor
               and last[parents[node]] < start):
            node = parents[node]
            aside = aside or _aside_line(nodes[node].tokens)
        if not aside and not any(within(nodes, img, node) for img in images):
            added.add(node)
    return sorted({*roots, *added})


def _deck(nodes: list[Node], blocks: list[RawBlock], anchor: int, k: int) -> bool:
    """The short line right under the headline that is its deck: a subheading or an element named
    as a deck (``dek``, ``standfirst``, ``subtitle``, ``summary`` ...), of 25 characters and four
    words or more, without links."""
    b = blocks[k]
    if not (MIN_DECK <= b.chars and b.text.count(" ") + 1 >= MIN_DECK_WORDS and not b.link_chars):
        return False
    if any(blocks[j].hard < 0 and blocks[j].node >= 0 for j in range(anchor + 1, k)):
        return False  # only the first line under the headline: a kicker or byline between makes it another line
    return (b.kind is Kind.HEADING and b.level > blocks[anchor].level) or bool(DECK_NAMES.search(nodes[b.node].tokens))


def _aside_line(tokens: str) -> bool:
    """Named as a caption or as boilerplate: not the article's lead."""
    return is_caption(tokens) or is_negative(tokens)
