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
from .vocab import CELL_TAGS
from .walk import Node, RawBlock

MIN_LINK_ITEMS: Final = 3  # a list of fewer links is part of the text ("see A and B")
LINK_ITEM_DENSITY: Final = 0.8
MAX_LINK_LINE: Final = 80  # characters
TRAILING_PROSE: Final = 50  # characters: a paragraph at least this long (few links) is article text
MAX_LEAD_IN: Final = 80  # characters of a line that introduces links ("Das Thema könnte dich auch interessieren:")
MAX_LEAD_IN_WORDS: Final = 8  # of a lead-in that ends with a colon
MAX_LABEL_WORDS: Final = 4  # of one that does not
SENTENCE_END: Final = frozenset(".!;,")  # a lead-in ends with ":" or "?" or nothing; a sentence with these
COLONS: Final = frozenset(":：")
# A labelled link line: "LE PUEDE INTERESAR: <a>La ficha de Juan Orlando Hernández</a>".
MIN_LABELLED: Final = 20
MAX_LABELLED: Final = 200
MIN_HEADLINE_WORDS: Final = 4
LABELLED_SHARE: Final = 0.9  # of the headline's characters inside the link
LABEL_MARKS: Final = frozenset(" -'’")  # besides letters, in a label ("Lea aquí", "Wikipedia-Artikel")
LINK_REASONS: Final = frozenset({"html.link_line", "html.link_list", "html.related_list", "html.related_class",
                                 "html.teaser_list"})


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
    """Drop short lines that are one link and nothing else: "Zurück zur Übersicht", "Next article";
    and a short label with one linked headline: "Le puede interesar: <a>...</a>" (see _labelled_link).

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
    labelled = [i for i, b in enumerate(blocks) if verdicts[i] is None and b.kind is not Kind.LIST_ITEM
                and _labelled_link(b)]
    open_chars = sum(b.chars for b, v in zip(blocks, verdicts) if v is None)
    if sum(blocks[i].chars for i in lines + labelled) > 0.2 * open_chars:
        return  # links are much of what is left: a link page (a directory, a test page) keeps them
    for i in lines:
        page.drop(i, "html.link_line", f"a line that is only a link to {blocks[i].url[:80]}")
    for i in labelled:
        page.drop(i, "html.labelled_link", "a short label and a link to another article: "
                  f"{blocks[i].text.partition(':')[0][:40]}: ...")


def _labelled_link(b: RawBlock) -> bool:
    """A line that is a short label, a colon and a linked headline: "Le puede interesar: <a>JEP abrirá
    tres nuevos macrocasos</a>", "MIRA: <a>...</a>", in any language. The label is up to 4 words
    of letters and not linked (in a heading, written in capitals); the headline, 4 words or more,
    is one link. "Quelle: <a>dpa</a>" or "Website: <a>www.example.org</a>" link no headline, and a
    title linked whole ("Markey: Amarok reviewed") has no label of its own."""
    if not MIN_LABELLED <= len(b.text) <= MAX_LABELLED or not b.link_chars:
        return False
    label, colon, rest = b.text.partition(":")
    label, rest = label.strip(), rest.strip()
    if (not colon or not label or len(label.split()) > MAX_LABEL_WORDS
            or not all(c.isalpha() or c in LABEL_MARKS for c in label)):
        return False  # a label is words: no digits, no "*feat." or "[1]"
    if b.kind is Kind.HEADING and not label.isupper():
        return False  # "Phase-divergence: when a rewritten changeset is made public": a heading's own colon
    links = [t for kind, t, _ in b.marks if kind == "link"]
    if len(links) != 1:
        return False  # "Tags: a, b, c", "Reactions: A, B and 2 others": a row of links, for other steps
    unlinked = b.chars - b.link_chars
    return (len(rest.split()) >= MIN_HEADLINE_WORDS
            and len(links[0].replace(" ", "")) >= LABELLED_SHARE * len(rest.replace(" ", ""))
            and len(label) - 2 <= unlinked <= len(label) + len(colon) + 2)


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
    """Drop headings whose section lost all its text: "More from us" over a dropped link list, and
    short lines that only introduced links the steps before dropped ("Schon gelesen?", "Das Thema
    könnte dich auch interessieren:", "Explore further" over a list of links to other articles).

    A heading is an orphan when the next open block is another heading of the same or a higher
    level, or nothing. A page whose text is only headings keeps them: they are its text.
    """
    tree = tree_of(page)
    blocks, verdicts = tree.blocks, page.verdicts
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
    # After the headings: a lead-in counts as the heading that ends the section above it.
    for i in _lead_ins(tree.nodes, blocks, verdicts):
        page.drop(i, "html.orphan_lead_in", "a line that introduced links dropped right after it")


def _lead_ins(nodes: list[Node], blocks: list[RawBlock], verdicts: list[Verdict | None]) -> list[int]:
    """Open short lines that introduce links dropped right after them: up to 80 characters, mostly
    not links, shaped as a label (`_lead_in_shape`), not a table cell, followed at once by blocks dropped
    as link lines or lists (or split off as related), each mostly links. A heading followed, after
    the links (its "edit" link), by anything that is not a link, and a line followed by prose in its
    own element, head a section that goes on, and stay."""
    found: list[int] = []
    n = len(blocks)
    for i, b in enumerate(blocks):
        if (verdicts[i] is not None or b.kind not in (Kind.PARAGRAPH, Kind.HEADING) or b.node < 0
                or b.chars > MAX_LEAD_IN or b.link_chars > 0.5 * b.chars or nodes[b.node].tag in CELL_TAGS
                or not _lead_in_shape(b.text)):
            continue
        k = i + 1
        while k < n and _dropped_link(blocks[k], verdicts[k]):
            k += 1
        if k == i + 1:
            continue
        after = blocks[k] if k < n else None
        if after is not None and verdicts[k] is None and after.node >= 0 and (
                (b.kind is Kind.HEADING and after.link_chars < 0.5 * after.chars)
                or (after.chars >= TRAILING_PROSE and after.link_chars <= 0.3 * after.chars
                    and _text_parent(nodes, after.node) == _text_parent(nodes, b.node))):
            # The section goes on: a heading over its "edit" link, then its text or a subheading;
            # a line over a few links, then prose in its own element.
            continue
        found.append(i)
    return found


def _lead_in_shape(text: str) -> bool:
    """A label, not a sentence or a field: "Schon gelesen?", "Explore further", "Mehr Kolumnen auf
    MeinMMO:" (up to 4 words, or up to 8 ending with a colon), no digits ("Registered: July 03, 2001",
    "8.0 MB" are values), not ending as a sentence does."""
    words = len(text.split())
    end = text.rstrip()[-1:]
    return (not any(c.isdigit() for c in text) and end not in SENTENCE_END
            and (words <= MAX_LABEL_WORDS or (end in COLONS and words <= MAX_LEAD_IN_WORDS)))


def _dropped_link(b: RawBlock, v: Verdict | None) -> bool:
    """A block the steps took away as a link: a link line or list item, or a related item's link."""
    return (v is not None and v.reason in LINK_REASONS and b.chars > 0
            and (b.link_chars >= 0.5 * b.chars or v.label is Label.RELATED))
