"""Structure steps that take a second look inside the main region, after the element steps: link
lists, lone link lines, short lines after the text and headings left without text are dropped, each
by its own step with its own reason (captions have their own module, `html.captions`).
"""
from __future__ import annotations

from typing import Final

from ..document import Kind, Label, Verdict
from ..page import Page
from ..steps import step
from .tree import tree_of
from .walk import Node, RawBlock

MIN_LINK_ITEMS: Final = 3  # a list of fewer links is part of the text ("see A and B")
LINK_ITEM_DENSITY: Final = 0.8
MAX_LINK_LINE: Final = 80  # characters
TRAILING_PROSE: Final = 50  # characters: a paragraph at least this long (few links) is article text


@step("structure", formats={"html"})
def drop_link_lists(page: Page) -> None:
    """Drop lists of links inside the main region: three or more items of one list that are only links.

    Example: a <ul> of "Politics", "Business", "Sport" links between two paragraphs. A list of fewer
    items, or items with text besides their link, is part of the text.
    """
    tree = tree_of(page)
    nodes, blocks, verdicts = tree.nodes, tree.blocks, page.verdicts
    run: list[int] = []
    list_node = -2

    def close() -> None:
        if len(run) >= MIN_LINK_ITEMS:
            for k in run:
                page.drop(k, "html.link_list", f"one of {len(run)} list items that are only links")

    for i, b in enumerate(blocks):
        if verdicts[i] is not None:
            continue
        owner = _list_of(nodes, b.node)
        is_link = b.kind is Kind.LIST_ITEM and b.chars > 0 and b.link_chars >= LINK_ITEM_DENSITY * b.chars
        if is_link and owner == list_node:
            run.append(i)
            continue
        close()
        run = [i] if is_link else []
        list_node = owner if is_link else -2
    close()


def _list_of(nodes: list[Node], node: int) -> int:
    """The <ul>/<ol> a block's <li> belongs to (a few levels up at most), or -1."""
    steps = 0
    while node >= 0 and steps < 4:
        if nodes[node].tag in ("ul", "ol", "dl", "menu"):
            return node
        node = nodes[node].parent
        steps += 1
    return -1


@step("structure", formats={"html"})
def drop_link_lines(page: Page) -> None:
    """Drop short lines that are one link and nothing else: "Zurück zur Übersicht", "Next article".

    They are controls and pointers, not the text. A linked paragraph between two paragraphs of prose
    (or a list of sentences and a paragraph) in the same element ("Read the full transcript of his
    interview") is part of the text, and a
    page where such links are much of the open text (a directory) keeps them, and so does a list
    item before the region's last paragraph of prose (a list inside the article).
    """
    tree = tree_of(page)
    nodes, blocks, verdicts = tree.nodes, tree.blocks, page.verdicts
    last_prose = max((i for i, b in enumerate(blocks) if verdicts[i] is None and b.chars >= TRAILING_PROSE
                      and b.link_chars <= 0.3 * b.chars), default=-1)
    lines = [i for i, b in enumerate(blocks)
             if verdicts[i] is None and b.url and b.kind is not Kind.HEADING and len(b.text) <= MAX_LINK_LINE
             and b.link_chars >= 0.95 * b.chars and not _between_prose(nodes, blocks, verdicts, i)
             and not (b.kind is Kind.LIST_ITEM and i < last_prose)]
    open_chars = sum(b.chars for b, v in zip(blocks, verdicts) if v is None)
    if sum(blocks[i].chars for i in lines) > 0.2 * open_chars:
        return  # links are much of what is left: a link page (a directory, a test page) keeps them
    for i in lines:
        page.drop(i, "html.link_line", f"a line that is only a link to {blocks[i].url[:80]}")


def _between_prose(nodes: list[Node], blocks: list[RawBlock], verdicts: list[Verdict | None], i: int) -> bool:
    """Whether block ``i`` is a <p> whose nearest open neighbours both ways are prose paragraphs
    (or sentences of a list) in the same element as it."""
    node = blocks[i].node
    if node < 0 or nodes[node].tag != "p":
        return False
    parent = nodes[node].parent
    for direction in (-1, 1):
        j = i + direction
        while 0 <= j < len(blocks) and (verdicts[j] is not None or blocks[j].url):
            j += direction
        if not (0 <= j < len(blocks)):
            return False
        b = blocks[j]
        if b.node < 0 or _text_parent(nodes, b.node) != parent or b.chars < TRAILING_PROSE \
                or b.link_chars > 0.3 * b.chars:
            return False
    return True


def _text_parent(nodes: list[Node], node: int) -> int:
    """The element a block's text stands in: a paragraph's parent, or for an item of a list the list's
    parent (a bulleted list of sentences is part of the text around it)."""
    parent = nodes[node].parent
    if nodes[node].tag == "li" and parent >= 0 and nodes[parent].tag in ("ul", "ol"):
        return nodes[parent].parent
    return parent


@step("structure", formats={"html"})
def drop_after_text(page: Page) -> None:
    """Drop short lines after the main region's last paragraph of prose: the article has ended.

    Example: "Weitere Informationen", "Tags: a, b", "Foto: X" under the text. List items and table
    rows are kept (a closing list), and so are paragraphs beside the last one in its element: a
    short closing sentence of the text.
    """
    tree = tree_of(page)
    nodes, blocks, verdicts = tree.nodes, tree.blocks, page.verdicts
    last_prose = -1
    for i, b in enumerate(blocks):
        if verdicts[i] is None and b.chars >= TRAILING_PROSE and b.link_chars <= 0.3 * b.chars:
            last_prose = i
    if last_prose < 0:
        return
    text_node = blocks[last_prose].node
    body = nodes[text_node].parent if text_node >= 0 and nodes[text_node].tag == "p" else text_node
    for i in range(last_prose + 1, len(blocks)):
        b = blocks[i]
        if (verdicts[i] is None and b.chars < TRAILING_PROSE
                and b.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION)
                and not (b.kind is Kind.PARAGRAPH and b.node >= 0 and nodes[b.node].tag == "p"
                         and body >= 0 and nodes[b.node].parent == body)):
            page.drop(i, "html.after_text", "short line after the last paragraph of the main text")


@step("structure", formats={"html"})
def drop_orphan_headings(page: Page) -> None:
    """Drop headings whose section lost all its text: "More from us" over a dropped link list.

    A heading is an orphan when the next open block is another heading of the same or a higher
    level, or nothing. A page whose text is only headings keeps them: they are its text.
    """
    blocks, verdicts = tree_of(page).blocks, page.verdicts
    if not any(v is None and b.kind is not Kind.HEADING for b, v in zip(blocks, verdicts)):
        return
    following: Kind | None = None  # kind of the next block still open, scanning backwards
    following_level = 0
    for i in range(len(blocks) - 1, -1, -1):
        v = verdicts[i]
        # The headline counts as a heading: a section label over a dropped list right above it
        # ("Most popular" before the h1) has no text of its own.
        if v is not None and v.label is not Label.KEEP and v.label is not Label.TITLE:
            continue
        b = blocks[i]
        if b.kind is Kind.HEADING:
            ends = following is None or (following is Kind.HEADING and following_level <= b.level)
            if ends and v is None:
                page.drop(i, "html.orphan_heading", "heading with no text of its own after it")
                continue
            following_level = b.level
        following = b.kind
