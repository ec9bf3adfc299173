"""HTML input: parse once, walk the tree into blocks, and find what the structure steps decide from.

Every visible text block of the page becomes a `Block`. The element tree and the main region are
found here, once, into the page's `HtmlTree`; the structure steps
(``drop_hidden_elements`` ... ``drop_orphan_headings``) then label blocks from it, each under its
own name, and the blocks still open go on to the shared text filters.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Final
from urllib.parse import urljoin, urlsplit

from ..document import Block, Kind
from ..page import Page
from ..settings import Settings
from .element_kinds import node_reasons, outer_nodes
from .metadata import page_metadata, trim_site
from .parse import DEPTH_LIMIT, flatten, parse
from .score import choose_region
from .structured import body_blocks, hidden_body
from .title import matching_headline, site_h1s, site_names
from .tree import HtmlTree
from .vocab import CELL_TAGS
from .walk import Node, RawBlock, walk

PATH_STEPS: Final = 4  # a block's source shows its innermost elements only: "…/div[2]/article/p[3]"
MAX_ROW: Final = 1000  # characters: a longer "table row" is a layout table cell, not data
_new: Final = tuple.__new__


def html_page(html: str, *, repair: Callable[[str], str], settings: Settings | None = None,
              url: str | None = None) -> Page:
    """The page of an HTML document: its blocks, its `HtmlTree` and its page-level metadata."""
    root = parse(html)
    w = walk(root)
    if w.max_depth >= DEPTH_LIMIT:
        root = parse(flatten(html))
        w = walk(root)
    titles: list[str] = []
    bodies: list[str] = []
    summaries: list[str] = []
    meta = page_metadata(root, titles=titles, bodies=bodies, summaries=summaries)
    nodes, raw = w.nodes, merge_rows(w.nodes, w.blocks)
    banners = site_h1s(raw, site_names(titles))
    region = choose_region(nodes, raw, anchor=matching_headline(raw, titles, banners), images=w.images)
    inside, dropper = node_reasons(nodes, region)
    texts = repaired(raw, repair)
    # Links are made absolute against the page's own canonical URL, else the one the caller gave.
    absolute = Absolute(meta.get("url", "") or url or "")
    # tuple.__new__ skips the NamedTuple's Python-level __new__ (half the cost of a Block); the
    # fields in Block's order: index, text, kind, gap_before, source, link_density, url, level,
    # start (-1: HTML blocks have no offset in the input), marks.
    blocks = [
        _new(Block, (i, text, b.kind, b.gap_before, path(nodes, b.node),
                     round(b.link_chars / b.chars, 3) if b.chars else 0.0,
                     absolute(b.url) if b.url else "", b.level, -1,
                     tuple([(k, t, absolute(h) if h else h) for k, t, h in b.marks]) if b.marks else ()))
        for i, (b, text) in enumerate(zip(raw, texts))
    ]
    structured = len(blocks)
    # A page that shows little of the article it states in its JSON-LD: that text follows, as blocks
    # of its own, which use_article_body takes as the text (see html.structured).
    body, source = (hidden_body(bodies, summaries, region.sub_prose[0] if region.sub_prose else 0.0)
                    if bodies or summaries else ("", ""))
    if body:
        more, more_raw = body_blocks(body, source, start=structured, repair=repair,
                                     headline=trim_site(meta.get("title", ""), meta.get("site_name")))
        blocks += more
        raw = raw + more_raw
    page = Page(blocks, format="html", settings=settings, url=url)
    page.page_metadata.update(meta)
    page.attach(HtmlTree(nodes, raw, region, inside, dropper, outer_nodes(nodes, region), w.images, structured,
                         banners))
    return page


def repaired(raw: list[RawBlock], repair: Callable[[str], str]) -> list[str]:
    """The blocks' texts after the repairs, in one call over the page joined by newlines.

    One call instead of one per block is several times faster (ftfy's check runs once) and lets
    an encoding repair judge the page as a whole. If a repair changes the number of lines, each
    block is repaired on its own instead. Non-ASCII whitespace the walk left for the repairs
    (a NBSP may be half of a mojibake pair) is collapsed afterwards.
    """
    if not raw:
        return []
    joined = "\n".join(b.text for b in raw)
    fixed = repair(joined)
    if fixed == joined and joined.count("\n") == len(raw) - 1:
        texts = [b.text for b in raw]  # most pages: the blocks keep the walk's strings, not a copy of each
    else:
        texts = fixed.split("\n")
    del joined, fixed
    if len(texts) != len(raw):
        texts = [repair(b.text) for b in raw]
    return [t if b.text.isascii() or b.kind is Kind.PREFORMATTED else _same_or_new(t, " ".join(t.split()).strip())
            for b, t in zip(raw, texts)]


def _same_or_new(old: str, new: str) -> str:
    return old if new == old else new


def path(nodes: list[Node], idx: int) -> str:
    """A short element path of node ``idx``: its last few steps, e.g. "…/div[2]/article/p[3]"."""
    steps: list[str] = []
    while idx >= 0 and len(steps) < PATH_STEPS:
        nd = nodes[idx]
        steps.append(nd.step)
        idx = nd.parent
    if idx >= 0:
        steps.append("…")
    steps.reverse()
    return "/".join(steps)


def merge_rows(nodes: list[Node], blocks: list[RawBlock]) -> list[RawBlock]:
    """Join the cells of a data-table row into one TABLE_ROW block ("a | b | c").

    A row is merged only when each cell gave exactly one block and the row is short; the cells of
    a layout table (a whole article in one <td>) stay paragraphs.
    """
    out: list[RawBlock] = []
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        node = b.node
        if node < 0 or nodes[node].tag not in CELL_TAGS:
            if b.kind is Kind.TABLE_ROW:
                b.kind = Kind.PARAGRAPH
            out.append(b)
            i += 1
            continue
        row = nodes[node].parent
        j = i
        cells: list[int] = []
        while j < n and blocks[j].node >= 0 and nodes[blocks[j].node].tag in CELL_TAGS \
                and nodes[blocks[j].node].parent == row:
            cells.append(blocks[j].node)
            j += 1
        run = blocks[i:j]
        if len(run) >= 2 and len(set(cells)) == len(cells) and sum(len(c.text) for c in run) <= MAX_ROW \
                and all(c.hard == b.hard for c in run):
            merged = RawBlock(" | ".join(c.text for c in run), Kind.TABLE_ROW, 0, row, b.gap_before,
                              sum(c.chars for c in run), sum(c.link_chars for c in run),
                              b.url if len({c.url for c in run}) == 1 else "", b.hard,
                              tuple(m for c in run for m in c.marks))
            out.append(merged)
        else:
            out.extend(run)
        i = j
    for k, b in enumerate(out):
        if b.kind is Kind.TABLE_ROW and nodes[b.node].tag in CELL_TAGS:
            b.kind = Kind.PARAGRAPH  # a lone cell reads as a paragraph
    return out


class Absolute:
    """Links made absolute against the page's URL. A root-relative "/a/b" is joined by hand (most
    links on a page are; urljoin costs ~40 µs each), everything else by urljoin."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.origin = ""
        self.joined: dict[str, str] = {}  # href -> urljoin's answer: a block's link is also its mark's
        if base.startswith(("http://", "https://")):
            try:
                parts = urlsplit(base)
            except ValueError:  # "http://[bad": every link goes through urljoin's own handling
                return
            if parts.netloc:
                self.origin = f"{parts.scheme}://{parts.netloc}"

    def __call__(self, url: str) -> str:
        if not url or not self.base or url.startswith(("http://", "https://")):
            return url
        if self.origin and url[0] == "/" and not url.startswith("//") and "/." not in url:
            return self.origin + url
        joined = self.joined.get(url)
        if joined is None:
            try:
                joined = urljoin(self.base, url)
            except ValueError:  # a malformed base or href (e.g. "http://[bad") stays as the page wrote it
                joined = url
            self.joined[url] = joined
        return joined
