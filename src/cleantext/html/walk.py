"""Walk a parsed page once, in document order, into raw blocks and the block-level element tree.

One iterative pass (lxml's ``iterwalk``), so 10,000-deep nesting cannot overflow the stack.
Inline elements join their block's text; block-level elements start a new block; ``<br>`` starts
a new line of the same paragraph. Text is whitespace-collapsed here; repairs run later.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from lxml import etree

from ..casing import str_lower
from ..document import Kind
from .vocab import (
    BLOCK_TAGS,
    CAPTION_TAGS,
    CELL_TAGS,
    COOKIE_BANNER,
    HEADINGS,
    HIDDEN_CLASS,
    HIDDEN_STYLE,
    LIST_TAGS,
    NEVER_TEXT,
)

ASCII_SPACE = regex.compile(r"[ \t\n\r\f\v]+")
# Inline elements whose extent Markdown output shows: <a href> as a link, these as emphasis.
EMPHASIS = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
WP_TAXONOMY = regex.compile(r"(?:category|tag|post_tag|format|tax-[\w-]+)-")


@dataclass(slots=True)
class Node:
    """A block-level element: its tag, parent node index (-1 for the root), path step, and the
    lowercased ``class id`` tokens and ``role`` the region scoring and pruning read."""

    tag: str
    parent: int
    step: str
    tokens: str
    role: str
    depth: int
    hard: str = ""  # "html.hidden" / "html.cookie_banner" when the element itself is never shown
    children: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class RawBlock:
    """A block before it becomes a `Block`: text, kind, the node that contains it, link figures."""

    text: str
    kind: Kind
    level: int
    node: int
    gap_before: bool
    chars: int
    link_chars: int
    url: str
    hard: int  # index of the hidden/banner node it sits in, or -1
    # Inline links and emphasis inside the block: (kind, text, href), kind "link", "em" or "strong";
    # text is whitespace-collapsed as the block's is. Read by Markdown output only.
    marks: tuple[tuple[str, str, str], ...] = ()


@dataclass(slots=True)
class Walk:
    """The result of one walk: nodes (block-level elements) and raw blocks, in document order."""

    nodes: list[Node]
    blocks: list[RawBlock]
    max_depth: int


def hard_reason(tag: str, tokens: str, attrs: Mapping[str, str]) -> str:
    """Why an element is never shown to a reader (hidden, cookie banner), or ""."""
    if tag in ("html", "body"):
        return ""  # scripts toggle classes on these; the page is shown
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return "html.hidden"
    style = attrs.get("style")
    if style and ("none" in style or "hidden" in style) and HIDDEN_STYLE.search(str_lower(style)):
        return "html.hidden"
    return token_reason(tokens) if tokens else ""


@lru_cache(maxsize=16384)
def token_reason(tokens: str) -> str:
    """The hiding rule a class/id string names (cached: pages repeat the same classes)."""
    if COOKIE_BANNER.search(tokens):
        return "html.cookie_banner"
    if HIDDEN_CLASS.search(tokens):
        return "html.hidden"
    return ""


@lru_cache(maxsize=16384)
def class_tokens(cls: str | None, ident: str | None) -> str:
    """The lowercased "class id" string the class/id rules read."""
    if cls is None and ident is None:
        return ""
    if ident and ident.count("-") >= 3:
        ident = None  # "sharing-with-a-single-developer": a heading's slug, not a name for the element
    tokens = str_lower(f"{cls or ''} {ident or ''}")
    if "category-" in tokens or "tag-" in tokens:
        # WordPress lists a post's categories and tags as classes ("category-kommentar",
        # "tag-sidebar"); they name the topic, not the element.
        tokens = " ".join(t for t in tokens.split() if not WP_TAXONOMY.match(t))
    return tokens


NO_ATTRS: dict[str, str] = {}
# The child counts of a closed element, never written again: one shared empty dict, not one per element.
CLOSED: dict[str, int] = {}
MAX_HEADING = 200  # characters: a longer block inside a heading element is text it swallowed


class _Walker:
    """The state of one walk; ``run`` is the whole algorithm."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.blocks: list[RawBlock] = []
        self.open: list[int] = []  # open block-level nodes, innermost last
        self.parts: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.hrefs: set[str] = set()
        self.links: list[str] = []  # hrefs of the open <a> elements, innermost last
        self.in_link = 0
        self.gap = False
        self.heading: list[int] = []
        self.lists = 0
        self.quotes = 0
        self.pre = 0
        self.captions = 0
        self.hard: list[int] = []  # open hidden/banner nodes
        # Open inline marks: (element, kind, href, len(parts) at its start, flushes at its start).
        self.inline: list[tuple[etree._Element, str, str, int, int]] = []
        self.marks: list[tuple[str, str, str]] = []  # closed marks of the block being built
        self.flushes = 0

    def add(self, text: str) -> None:
        n = len(text.strip())  # visible length; inner runs of spaces are rare enough to count
        if n <= 0:
            if text:
                self.parts.append(" " if not self.pre else text)
            return
        self.parts.append(text)
        self.chars += n
        if self.in_link:
            self.link_chars += n

    def open_mark(self, el: etree._Element, kind: str, href: str) -> None:
        self.inline.append((el, kind, href, len(self.parts), self.flushes))

    def close_mark(self, el: etree._Element) -> None:
        if not self.inline or self.inline[-1][0] is not el:
            return
        _, kind, href, start, flushes = self.inline.pop()
        if flushes != self.flushes:
            return  # a <br> or a block inside it split the run: no single span to mark
        raw = "".join(self.parts[start:])
        # Collapsed as flush() collapses the block's text, so the run is found in it again.
        text = " ".join(raw.split()) if raw.isascii() else ASCII_SPACE.sub(" ", raw).strip(" ")
        if text:
            self.marks.append((kind, text, href))

    def flush(self, gap: bool = True) -> None:
        self.flushes += 1
        if self.parts:
            raw = "".join(self.parts)
            self.parts = []
            if self.chars:
                if self.pre:
                    for line in raw.split("\n"):
                        self.emit(line.rstrip(), Kind.PREFORMATTED)
                else:
                    # ASCII whitespace only: a NBSP or NEL may be part of mojibake ("Ð\xa0" is "Р"),
                    # which the repairs fix; html/blocks.py collapses the rest after repairing.
                    text = " ".join(raw.split()) if raw.isascii() else ASCII_SPACE.sub(" ", raw).strip(" ")
                    self.emit(text, None)
            self.chars = self.link_chars = 0
            # A block that starts inside an open <a> (a card: <a><h3>..</h3><p>..</p></a>) keeps its link.
            self.hrefs = {self.links[-1]} if self.links and self.links[-1] else set()
        if gap:
            self.gap = True

    def emit(self, text: str, kind: Kind | None) -> None:
        if not text.strip():
            return
        node = self.open[-1] if self.open else -1
        level = 0
        if kind is None:
            # A <p> inside an unclosed <h2> (the article swallowed by a heading) is no heading.
            if self.heading and (self.nodes[node].tag in HEADINGS
                                 or (len(text) <= MAX_HEADING and self.nodes[node].tag != "p")):
                kind, level = Kind.HEADING, self.heading[-1]
            elif self.pre:
                kind = Kind.PREFORMATTED
            elif self.captions:
                kind = Kind.CAPTION
            elif self.quotes:
                kind = Kind.QUOTE
            elif self.lists:
                kind = Kind.LIST_ITEM
            elif node >= 0 and self.nodes[node].tag in CELL_TAGS:
                kind = Kind.TABLE_ROW
            else:
                kind = Kind.PARAGRAPH
        url = ""
        if len(self.hrefs) == 1 and self.link_chars >= 0.9 * self.chars:
            url = next(iter(self.hrefs))
        self.blocks.append(RawBlock(
            text, kind, level, node, self.gap and bool(self.blocks), self.chars, self.link_chars, url,
            self.hard[-1] if self.hard else -1, tuple(self.marks) if self.marks else ()))
        self.marks = []
        self.gap = False

    def push(self, el: etree._Element, tag: str) -> None:
        parent = self.open[-1] if self.open else -1
        if parent >= 0:
            counts = self.nodes[parent].children
            n = counts[tag] = counts.get(tag, 0) + 1
        else:
            n = 1
        step = f"{tag}[{n}]" if n > 1 else tag
        items = el.items()
        attrs = dict(items) if items else NO_ATTRS
        tokens = class_tokens(attrs.get("class"), attrs.get("id")) if items else ""
        node = Node(tag, parent, step, tokens, str_lower(attrs.get("role") or ""), len(self.open))
        node.hard = hard_reason(tag, tokens, attrs) if items else ""
        idx = len(self.nodes)
        self.nodes.append(node)
        self.open.append(idx)
        if node.hard:
            self.hard.append(idx)
        if tag in HEADINGS:
            self.heading.append(HEADINGS[tag])
        elif tag in LIST_TAGS:
            self.lists += 1
        elif tag == "blockquote":
            self.quotes += 1
        elif tag in ("pre", "listing", "xmp", "plaintext"):
            self.pre += 1
        elif tag in CAPTION_TAGS:
            self.captions += 1

    def pop(self) -> None:
        idx = self.open.pop()
        node = self.nodes[idx]
        tag = node.tag
        node.children = CLOSED  # only needed while the element is open
        if self.hard and self.hard[-1] == idx:
            self.hard.pop()
        if tag in HEADINGS:
            self.heading.pop()
        elif tag in LIST_TAGS:
            self.lists -= 1
        elif tag == "blockquote":
            self.quotes -= 1
        elif tag in ("pre", "listing", "xmp", "plaintext"):
            self.pre -= 1
        elif tag in CAPTION_TAGS:
            self.captions -= 1

    def run(self, root: etree._Element) -> Walk:
        walker = etree.iterwalk(root, events=("start", "end"))
        depth = max_depth = 0
        skipped: set[etree._Element] = set()  # inline elements whose subtree was skipped
        add, flush = self.add, self.flush  # bound once: this loop runs twice per element
        glued = 0  # len(self.parts) right after the last </a>
        for event, el in walker:
            tag = el.tag
            if event == "start":
                depth += 1
                if depth > max_depth:  # noqa: PLR1730 - cheaper than max() in the hottest loop
                    max_depth = depth
                if tag in BLOCK_TAGS:
                    flush()
                    glued = 0
                    self.push(el, tag)
                elif not isinstance(tag, str):  # entity or processing instruction left in the tree
                    continue
                elif tag in NEVER_TEXT:
                    walker.skip_subtree()
                    continue
                elif tag == "br":
                    flush(gap=False)
                    glued = 0
                    continue
                elif tag == "a":
                    if glued == len(self.parts) and glued:
                        # <a>Facebook</a><a>Twitter</a>: icons or CSS separate the links on screen.
                        self.parts.append(" ")
                    self.in_link += 1
                    href = (el.get("href") or "").strip()
                    self.links.append(href)
                    if href:
                        self.hrefs.add(href)
                        self.open_mark(el, "link", href)
                elif tag == "img" or tag == "wbr":
                    continue
                elif (items := el.items()) and hard_reason(
                        tag, class_tokens(el.get("class"), el.get("id")), dict(items)):
                    # Hidden inline text ("Share on Facebook" for screen readers) is not part of the line.
                    walker.skip_subtree()
                    skipped.add(el)
                    continue
                elif tag in EMPHASIS:
                    self.open_mark(el, EMPHASIS[tag], "")
                text = el.text
                if text:
                    add(text)
            else:
                depth -= 1
                if tag in BLOCK_TAGS:
                    flush()
                    glued = 0
                    self.pop()
                elif tag == "a" and (not skipped or el not in skipped):
                    self.in_link -= 1
                    self.links.pop()
                    self.close_mark(el)
                    glued = len(self.parts)  # a link right after this one gets a space
                elif self.inline and tag in EMPHASIS:
                    self.close_mark(el)
                tail = el.tail
                if tail:
                    add(tail)
        flush()
        return Walk(self.nodes, self.blocks, max_depth)


def walk(root: etree._Element) -> Walk:
    """Nodes and raw blocks of the page under ``root``, in document order."""
    return _Walker().run(root)
