"""Walk a parsed page once, in document order, into raw blocks and the block-level element tree.

One iterative pass (lxml's ``iterwalk``), so 10,000-deep nesting cannot overflow the stack.
Inline elements join their block's text; block-level elements start a new block; ``<br>`` starts
a new line of the same paragraph. Text is whitespace-collapsed here; repairs run later.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

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

# The stdlib's re, not regex: on the short lines of a page its sub costs half as much.
ASCII_SPACE: Final = re.compile(r"[ \t\n\r\f\v]+")
# Inline elements whose extent Markdown output shows: <a href> as a link, these as emphasis.
EMPHASIS: Final = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
WP_TAXONOMY: Final = regex.compile(r"(?:category|tag|post_tag|format|tax-[\w-]+)-")


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

    # Written out, not generated: the compiled build compiles this one, where the __init__ @dataclass
    # makes stays interpreted Python (a call per element of every page).
    def __init__(self, tag: str, parent: int, step: str, tokens: str, role: str, depth: int, hard: str = "") -> None:
        self.tag = tag
        self.parent = parent
        self.step = step
        self.tokens = tokens
        self.role = role
        self.depth = depth
        self.hard = hard


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

    # Written out for the compiled build, as Node's is (a call per block of every page).
    def __init__(self, text: str, kind: Kind, level: int, node: int, gap_before: bool, chars: int, link_chars: int,
                 url: str, hard: int, marks: tuple[tuple[str, str, str], ...] = ()) -> None:
        self.text = text
        self.kind = kind
        self.level = level
        self.node = node
        self.gap_before = gap_before
        self.chars = chars
        self.link_chars = link_chars
        self.url = url
        self.hard = hard
        self.marks = marks


@dataclass(slots=True)
class Walk:
    """The result of one walk: nodes (block-level elements) and raw blocks, in document order."""

    nodes: list[Node]
    blocks: list[RawBlock]
    max_depth: int
    images: list[int]  # per shown <img>, in page order: the innermost block-level element holding it


def hard_reason(tag: str, attrs: Mapping[str, str], named: str) -> str:
    """Why an element is never shown to a reader (hidden, cookie banner), or ""; ``named`` is what
    its class/id names (`class_facts`)."""
    if tag in ("html", "body"):
        return ""  # scripts toggle classes on these; the page is shown
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return "html.hidden"
    style = attrs.get("style")
    if style and ("none" in style or "hidden" in style) and HIDDEN_STYLE.search(str_lower(style)):
        return "html.hidden"
    return named


@lru_cache(maxsize=16384)
def class_facts(cls: str | None, ident: str | None) -> tuple[str, str]:
    """The lowercased "class id" string the class/id rules read, and the hiding rule it names
    (cached: pages repeat the same classes)."""
    tokens = class_tokens(cls, ident)
    return tokens, token_reason(tokens) if tokens else ""


MAX_CACHED_TOKENS: Final = 65536
_TOKEN_RULES: Final[dict[str, str]] = {}  # class/id token -> its hiding rule


def token_reason(tokens: str) -> str:
    """The hiding rule a class/id string names: a cookie banner if one of its tokens names one, else
    hidden if one names that.

    Token by token, each token's rule cached: no pattern matches across whitespace (their
    lookarounds treat a space as the string's edge), and the tokens of a page's class strings
    repeat far more than whole strings do ("col-md-6 post", "col-md-6 sidebar"), so a class
    string not seen before costs dictionary lookups instead of two regex searches.
    """
    reason = ""
    for token in tokens.split():
        rule = _TOKEN_RULES.get(token)
        if rule is None:
            if len(_TOKEN_RULES) >= MAX_CACHED_TOKENS:
                _TOKEN_RULES.clear()
            rule = _TOKEN_RULES[token] = pattern_reason(token)
        if rule == "html.cookie_banner":
            return rule
        if rule:
            reason = rule
    return reason


def pattern_reason(text: str) -> str:
    """The hiding rule the class/id patterns find in ``text`` (one token, or a whole string)."""
    if COOKIE_BANNER.search(text):
        return "html.cookie_banner"
    if HIDDEN_CLASS.search(text):
        return "html.hidden"
    return ""


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


SMILEY: Final = regex.compile(r"smil|emoji|emoticon|icon", regex.IGNORECASE)  # "wp-smiley", "smilie", "emoji"
MIN_IMAGE: Final = 48  # pixels: a smaller stated width or height is an icon, a smiley or a tracking pixel
MAX_HEADING: Final = 200  # characters: a longer block inside a heading element is text it swallowed
PRE_TAGS: Final = frozenset({"pre", "listing", "xmp", "plaintext"})
# Elements that set the kind of the blocks inside them: one test on the way in and out for the
# others (most block elements are none of these).
CONTEXT_TAGS: Final = frozenset({*HEADINGS, *LIST_TAGS, "blockquote", *PRE_TAGS, *CAPTION_TAGS})
MAX_CACHED_CLASSES: Final = 16384
_CLASS_FACTS: Final[dict[str, tuple[str, str, str]]] = {}  # class attribute alone -> attribute_facts


def attribute_facts(tag: str, items: list[tuple[str, str]]) -> tuple[str, str, str]:
    """The class/id tokens, the lowercased role and the hiding reason of an element with attributes."""
    if len(items) == 1:
        name, value = items[0]
        if name == "class":  # most elements with attributes: nothing else to read
            # A plain dict keyed by the string, without class_facts' lru_cache and its argument tuple.
            facts = _CLASS_FACTS.get(value)
            if facts is None:
                if len(_CLASS_FACTS) >= MAX_CACHED_CLASSES:
                    _CLASS_FACTS.clear()
                tokens, named = class_facts(value, None)
                facts = _CLASS_FACTS[value] = (tokens, "", named)
            return facts if tag not in ("html", "body") else (facts[0], "", "")
    attrs = dict(items)
    tokens, named = class_facts(attrs.get("class"), attrs.get("id"))
    role = attrs.get("role")
    return tokens, str_lower(role) if role else "", hard_reason(tag, attrs, named)


class _Walker:
    """The state of one walk; ``run`` is the whole algorithm.

    The loop in ``run`` handles every element twice (start and end), so the state it touches on
    each of them (the text of the line being built, its character counts, the open links) lives
    in local variables; the methods do the rarer work: a block-level element opening or closing,
    a line becoming blocks, an inline mark ending.
    """

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.blocks: list[RawBlock] = []
        self.open: list[int] = []  # open block-level nodes, innermost last
        self.steps: dict[tuple[int, str], int] = {}  # (parent node, tag) -> children with that tag so far
        self.parts: list[str] = []  # text pieces of the line being built
        self.hrefs: set[str] = set()  # hrefs of the links in the line being built
        self.links: list[str] = []  # hrefs of the open <a> elements, innermost last
        self.heading: list[int] = []
        self.lists = 0
        self.quotes = 0
        self.pre = 0
        self.captions = 0
        self.hard: list[int] = []  # open hidden/banner nodes
        # Open inline marks: (element, kind, href, len(parts) at its start, lines ended before its start).
        self.inline: list[tuple[etree._Element, str, str, int, int]] = []
        self.marks: list[tuple[str, str, str]] = []  # closed marks of the block being built
        # Text of hidden inline elements and their nodes: blocks of their own at the page's end,
        # which drop_hidden_elements drops, so the text is in ``removed`` (see `add_hidden`).
        self.hidden: list[tuple[str, Node]] = []
        self.images: list[int] = []  # node holding each shown image, icons left out

    def image(self, el: etree._Element, chars: int) -> None:
        """An <img> stands in the innermost open block element. Left out: an image inside running
        text (its element has text before it: ``chars`` of the line so far, or a block already), and
        an icon, smiley or tracking pixel (a stated width or height under ``MIN_IMAGE``, a smiley class)."""
        if not self.open:
            return
        node = self.open[-1]
        if chars or (self.blocks and self.blocks[-1].node >= node):  # nodes from ``node`` on are its own
            return
        cls = el.get("class")
        if cls and SMILEY.search(cls):
            return
        for name in ("width", "height"):
            size = el.get(name)
            if size and len(size) < 8 and size.isascii() and size.strip().isdigit() and int(size) < MIN_IMAGE:
                return
        self.images.append(node)

    def close_mark(self, lines: int) -> None:
        """The innermost open mark ends; ``lines`` is how many lines had ended so far."""
        _, kind, href, start, started = self.inline.pop()
        if started != lines:
            return  # a <br> or a block inside it split the run: no single span to mark
        raw = "".join(self.parts[start:])
        # Collapsed as end_line() collapses the block's text, so the run is found in it again.
        text = " ".join(raw.split()) if raw.isascii() else ASCII_SPACE.sub(" ", raw).strip(" ")
        if text:
            self.marks.append((kind, text, href))

    def end_line(self, chars: int, link_chars: int, gap: bool) -> bool:
        """The pieces of text gathered so far become blocks (none if they are blank); the gap flag
        after it (cleared once a block took it)."""
        parts = self.parts
        raw = "".join(parts)
        parts.clear()
        if chars:
            if self.pre:
                for line in raw.split("\n"):
                    gap = self.emit(line.rstrip(), Kind.PREFORMATTED, chars, link_chars, gap)
            else:
                # ASCII whitespace only: a NBSP or NEL may be part of mojibake ("Ð\xa0" is "Р"),
                # which the repairs fix; html/blocks.py collapses the rest after repairing.
                text = " ".join(raw.split()) if raw.isascii() else ASCII_SPACE.sub(" ", raw).strip(" ")
                gap = self.emit(text, None, chars, link_chars, gap)
        self.reset_hrefs()
        return gap

    def hide_inline(self, el: etree._Element, tag: str, facts: tuple[str, str, str]) -> None:
        """A hidden inline element (a screen reader's "Share on Facebook", a display:none span) with
        its `attribute_facts`: its text and a node for it, kept for `add_hidden`."""
        text = " ".join("".join(el.itertext()).split())
        if text:
            tokens, role, hard = facts
            self.hidden.append((text, Node(tag, -1, tag, tokens, role, 0, hard)))

    def add_hidden(self) -> None:
        """The hidden inline texts become blocks after every block of the page, each in a node after
        every node of the tree (a root of its own): the blocks, nodes and sibling runs the region and
        the filters read stay as they were, and drop_hidden_elements drops these."""
        for text, node in self.hidden:
            self.blocks.append(RawBlock(text, Kind.PARAGRAPH, 0, -1, True, len(text), 0, "", len(self.nodes)))
            self.nodes.append(node)

    def reset_hrefs(self) -> None:
        """A new line starts: it has no links yet, unless it starts inside an open <a> (a card:
        <a><h3>..</h3><p>..</p></a>), whose link it keeps."""
        hrefs, links = self.hrefs, self.links
        hrefs.clear()
        if links and links[-1]:
            hrefs.add(links[-1])

    def emit(self, text: str, kind: Kind | None, chars: int, link_chars: int, gap: bool) -> bool:
        """Add a block of ``text`` unless it is blank; the gap flag after it."""
        if not text.strip():
            return gap
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
        if len(self.hrefs) == 1 and link_chars >= 0.9 * chars:
            url = next(iter(self.hrefs))
        marks = self.marks
        self.blocks.append(RawBlock(
            text, kind, level, node, gap and bool(self.blocks), chars, link_chars, url,
            self.hard[-1] if self.hard else -1, tuple(marks) if marks else ()))
        marks.clear()
        return False

    def push(self, el: etree._Element, tag: str) -> None:
        """A block-level element opens: it becomes a node."""
        open_ = self.open
        if open_:
            parent = open_[-1]
            key = (parent, tag)
            n = self.steps[key] = self.steps.get(key, 0) + 1
            step = f"{tag}[{n}]" if n > 1 else tag
        else:
            parent, step = -1, tag
        idx = len(self.nodes)
        items = el.items()
        if items:
            tokens, role, hard = attribute_facts(tag, items)
            self.nodes.append(Node(tag, parent, step, tokens, role, len(open_), hard))
            if hard:
                self.hard.append(idx)
        else:
            self.nodes.append(Node(tag, parent, step, "", "", len(open_)))
        open_.append(idx)
        if tag in CONTEXT_TAGS:
            self.enter(tag)

    def enter(self, tag: str) -> None:
        """A heading, list item, quote, preformatted or caption element opens: its blocks' kind."""
        if tag in HEADINGS:
            self.heading.append(HEADINGS[tag])
        elif tag in LIST_TAGS:
            self.lists += 1
        elif tag == "blockquote":
            self.quotes += 1
        elif tag in PRE_TAGS:
            self.pre += 1
        elif tag in CAPTION_TAGS:
            self.captions += 1

    def pop(self, tag: str) -> None:
        """The innermost open block-level element, a ``tag``, closes."""
        idx = self.open.pop()
        if self.hard and self.hard[-1] == idx:
            self.hard.pop()
        if tag in CONTEXT_TAGS:
            self.leave(tag)

    def leave(self, tag: str) -> None:
        """The heading, list item, quote, preformatted or caption element ``tag`` closes."""
        if tag in HEADINGS:
            self.heading.pop()
        elif tag in LIST_TAGS:
            self.lists -= 1
        elif tag == "blockquote":
            self.quotes -= 1
        elif tag in PRE_TAGS:
            self.pre -= 1
        elif tag in CAPTION_TAGS:
            self.captions -= 1

    def run(self, root: etree._Element) -> Walk:
        walker = etree.iterwalk(root, events=("start", "end"))
        parts, links, hrefs, inline = self.parts, self.links, self.hrefs, self.inline
        push, pop, end_line = self.push, self.pop, self.end_line  # bound once: the loop runs twice per element
        chars = link_chars = 0  # visible characters of the line being built, and those inside links
        in_link = 0  # open <a> elements
        lines = 0  # lines ended so far (by a block-level element or a <br>)
        gap = False  # a block-level boundary since the last block: the next block has a gap before it
        depth = max_depth = 0
        glued = 0  # len(parts) right after the last </a>
        for event, el in walker:
            tag = el.tag
            if tag in BLOCK_TAGS:  # the line before it ends, with a gap, at its start and at its end
                if chars:
                    end_line(chars, link_chars, gap)
                    chars = link_chars = 0
                elif parts:  # only spaces: no block, the next line starts afresh
                    parts.clear()
                    if hrefs or links:
                        self.reset_hrefs()
                lines += 1
                gap = True
                glued = 0
                if event == "start":
                    depth += 1
                    if depth > max_depth:  # noqa: PLR1730 - cheaper than max() in the hottest loop
                        max_depth = depth
                    push(el, tag)
                    text = el.text
                else:
                    depth -= 1
                    pop(tag)
                    text = el.tail
            elif event == "start":
                depth += 1
                if depth > max_depth:  # noqa: PLR1730
                    max_depth = depth
                if not isinstance(tag, str):  # entity or processing instruction left in the tree
                    continue
                if tag in NEVER_TEXT:
                    walker.skip_subtree()
                    continue
                if tag == "br":
                    if parts:
                        gap = end_line(chars, link_chars, gap)
                        chars = link_chars = 0
                    lines += 1
                    glued = 0
                    continue
                if tag == "a":
                    if glued == len(parts) and glued:
                        # <a>Facebook</a><a>Twitter</a>: icons or CSS separate the links on screen.
                        parts.append(" ")
                    in_link += 1
                    href = el.get("href")
                    href = href.strip() if href else ""
                    links.append(href)
                    if href:
                        hrefs.add(href)
                        inline.append((el, "link", href, len(parts), lines))
                elif tag == "img":
                    self.image(el, chars)
                    continue
                elif tag == "wbr":
                    continue
                elif (items := el.items()) and (facts := attribute_facts(tag, items))[2]:
                    # Hidden inline text ("Share on Facebook" for screen readers) is not part of the line.
                    self.hide_inline(el, tag, facts)
                    walker.skip_subtree()
                    continue
                elif tag in EMPHASIS:
                    inline.append((el, EMPHASIS[tag], "", len(parts), lines))
                text = el.text
            else:
                depth -= 1
                if tag == "a":
                    in_link -= 1
                    links.pop()
                    if inline and inline[-1][0] is el:
                        self.close_mark(lines)
                    glued = len(parts)  # a link right after this one gets a space
                elif inline and tag in EMPHASIS and inline[-1][0] is el:
                    self.close_mark(lines)
                text = el.tail
            if text:  # the element's text at its start, the text after it at its end
                n = len(text.strip())  # visible length; inner runs of spaces are rare enough to count
                if n:
                    parts.append(text)
                    chars += n
                    if in_link:
                        link_chars += n
                else:
                    parts.append(text if self.pre else " ")
        if parts:
            end_line(chars, link_chars, gap)
        if self.hidden:
            self.add_hidden()
        return Walk(self.nodes, self.blocks, max_depth, self.images)


def walk(root: etree._Element) -> Walk:
    """Nodes and raw blocks of the page under ``root``, in document order."""
    return _Walker().run(root)
