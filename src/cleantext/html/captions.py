"""drop_captions: the captions and photo credits of an article's pictures. A reader sees them under
or beside an image, not as the article's text: <figcaption>, blocks in caption-named elements, and
the short text that shares a small box with an <img> when the page marks it no other way
(``<div class="imginline"><img><span>Figure: ...</span></div>``).
"""
from __future__ import annotations

from typing import Final

from ..document import Kind, Verdict
from ..page import Page
from ..patterns import normalize
from ..patterns.byline import BYLINE_START
from ..settings import Option
from ..steps import step
from .ancestry import block_spans
from .tokens import holds_text, is_caption
from .tree import HtmlTree, tree_of
from .walk import Node

# Caption-named blocks are the story when there are more than a few of them or they weigh this much.
NAMED_CAPTIONS: Final = 0.1
MAX_NAMED_CAPTIONS: Final = 3
MAX_CAPTION: Final = 300  # characters: a longer block in a caption-named element is text, not a caption
# An image box (see image_captions): its text is a caption when it is a few short lines with few links
# (a linked title and snippet beside a picture is a teaser, left to the teaser and link steps) and,
# over the page, image-box captions are a small part of the text.
BOX_TAGS: Final = frozenset({"div", "section", "center"})
MAX_BOX_BLOCKS: Final = 3  # caption, credit, "Enlarge"
MAX_BOX_LINKS: Final = 0.5  # of a box's characters
# characters: a <p> this long beside a picture reads as a paragraph of the story (a news photo's
# sentence-long caption, which readers and some golds take as text), not a label on the picture
MAX_BOXED_PARAGRAPH: Final = 100
BOX_CAPTIONS: Final = 0.25  # of the open text: a page told in pictures keeps their captions
MAX_BYLINE: Final = 80  # characters
MAX_FIGURE_SHARE: Final = 0.5  # of the open text: a slideshow tells its story in its figcaptions

KEEP_CAPTIONS: Final = Option("keep_captions", (bool,), False, "keep figure captions and photo credits of HTML pages")


@step("structure", formats={"html"}, options=[KEEP_CAPTIONS])
def drop_captions(page: Page) -> None:
    """Drop figure captions and photo credits: <figcaption>, short blocks in caption-named elements,
    and the short text that shares a small box with a picture.

    Example: "The old harbour wall after the storm (Photo: A. Ruiz)" in ``<figcaption>``, or beside
    an ``<img>`` in ``<div class="legend">``. Not when captions are most of the open text (a
    slideshow tells its story in them), not table captions, not a box with a heading or mostly
    links (a teaser), and never with ``keep_captions``.
    """
    if page.option("keep_captions"):
        return
    tree = tree_of(page)
    nodes, blocks, verdicts = tree.nodes, tree.blocks, page.verdicts
    open_chars = sum(b.chars for b, v in zip(blocks, verdicts) if v is None)
    figure = [i for i, b in enumerate(blocks) if b.kind is Kind.CAPTION and verdicts[i] is None
              and _in_figure(nodes, b.node)]
    if sum(blocks[i].chars for i in figure) > MAX_FIGURE_SHARE * open_chars:
        return
    boxed = image_captions(tree, verdicts, set(figure))
    if sum(blocks[i].chars for i in boxed) > BOX_CAPTIONS * open_chars:
        boxed = []
    taken = set(figure) | set(boxed)
    # Captions in elements named so ("wp-caption-text", "image-credits") are less certain than
    # <figcaption> or a box around an image: a photo story tells itself in them, so they go only
    # when they are a small part.
    named = [i for i, b in enumerate(blocks) if verdicts[i] is None and i not in taken
             and b.kind in (Kind.PARAGRAPH, Kind.CAPTION) and len(b.text) <= MAX_CAPTION
             and _caption_named(nodes, b.node)]
    if len(named) <= MAX_NAMED_CAPTIONS and sum(blocks[i].chars for i in named) <= NAMED_CAPTIONS * open_chars:
        figure += named
    for i in sorted(figure):
        page.drop(i, "html.caption", "figure caption or credit (keep_captions=True keeps it)")
    for i in boxed:
        page.drop(i, "html.image_box", "short text in a box with a picture: caption, credit, author card or "
                  "promo (keep_captions=True keeps it)")


def image_captions(tree: HtmlTree, verdicts: list[Verdict | None], taken: set[int]) -> list[int]:
    """Open blocks that caption a picture: the text of an image box inside the region.

    An image box is the image's own <div>/<section>, or its parent when the image's element holds no
    text (``<div><div class="pic"><img></div><div class="legend">...</div></div>``), that holds one
    image, a few short lines with few links and no heading, list, table or paragraph-long <p>, and
    no text before the image's branch (a paragraph above a picture is the article's). A box named as a caption is left
    to the named-caption rule, which keeps a photo blog's many captions.
    """
    if not tree.images:
        return []
    nodes, blocks = tree.nodes, tree.blocks
    first, last = block_spans([nd.parent for nd in nodes], blocks)
    pictures: dict[int, list[int]] = {}  # box -> the elements holding its images
    for node in tree.images:
        box = node
        if last[box] < 0 and nodes[box].parent >= 0:
            box = nodes[box].parent
        if last[box] >= 0:
            pictures.setdefault(box, []).append(node)
    roots = set(tree.region.roots)
    cards = _card_runs(nodes, first, last, pictures)
    found: list[int] = []
    for box, held in pictures.items():
        if (len(held) > 1 or nodes[box].tag not in BOX_TAGS or not tree.inside[box] or box in roots
                or box in cards or tree.region.big(box) or holds_text(nodes[box].tokens)):
            continue
        span = range(first[box], last[box] + 1)
        chars = sum(blocks[i].chars for i in span)
        branch = held[0] if nodes[held[0]].parent == box else box  # the box's child the image is in
        if (len(span) > MAX_BOX_BLOCKS or chars > MAX_CAPTION
                or sum(blocks[i].link_chars for i in span) > MAX_BOX_LINKS * chars
                or any(blocks[i].kind in (Kind.HEADING, Kind.LIST_ITEM, Kind.TABLE_ROW) or (nodes[blocks[i].node].tag == "p" and blocks[i].chars >= MAX_BOXED_PARAGRAPH)
                       or box < blocks[i].node < branch or _caption_named(nodes, blocks[i].node) for i in span)):
            continue
        # A byline beside the author's photo ("By Oskar Garcia") is left to extract_byline, for metadata.
        found.extend(i for i in span if verdicts[i] is None and i not in taken and not _byline(blocks[i].text))
    return found


def _byline(text: str) -> bool:
    """A short line that opens with a byline label: "By Oskar Garcia", "Von Max Mustermann"."""
    return len(text) <= MAX_BYLINE and bool(BYLINE_START.start(normalize(text)))


def _card_runs(nodes: list[Node], first: list[int], last: list[int], boxes: dict[int, list[int]]) -> set[int]:
    """Image boxes that follow one another with no text between them and share a parent, a tag and
    a class: a list of cards (teasers, forum posts beside their avatars), left to the steps that
    judge lists; captions stand apart, between the paragraphs they illustrate."""
    previous: dict[tuple[int, str, str], int] = {}  # (parent, tag, class/id) -> the last such box
    cards: set[int] = set()
    for box in sorted(boxes):
        nd = nodes[box]
        key = (nd.parent, nd.tag, nd.tokens)
        before = previous.get(key)
        if before is not None and first[box] == last[before] + 1:
            cards.update((before, box))
        previous[key] = box
    return cards


def _in_figure(nodes: list[Node], node: int) -> bool:
    steps = 0
    while node >= 0 and steps < 4:
        if nodes[node].tag in ("figcaption", "figure"):
            return True
        node = nodes[node].parent
        steps += 1
    return False


def _caption_named(nodes: list[Node], node: int) -> bool:
    """Whether the block's element or one of its two parents is named as a caption or credit."""
    steps = 0
    while node >= 0 and steps < 3:
        if is_caption(nodes[node].tokens):
            return True
        node = nodes[node].parent
        steps += 1
    return False
