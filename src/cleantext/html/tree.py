"""The HTML page as the structure steps read it: the walked element tree, each block's raw facts,
and the main region chosen from them.

`html.blocks.html_page` computes it once while making the blocks and attaches it to the `Page`;
the structure steps (`html.elements`, `html.refine`, `html.title`, `html.related`) only turn it into verdicts, so each
decision has a step name that ``--disable`` switches off.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import PipelineError
from ..page import Page
from .score import Region
from .walk import Node, RawBlock


@dataclass(slots=True)
class HtmlTree:
    """Per-page facts of an HTML page's structure, one entry per node or block as the walk made them."""

    nodes: list[Node]
    blocks: list[RawBlock]  # raw facts of page.blocks[i] (element, link characters, hidden ancestor)
    region: Region
    inside: list[bool]  # per node: in the main region
    dropper: list[int]  # per node: the outermost element that drops it by its own kind (-1: none)
    outer: list[int]  # per node outside the region: its outermost ancestor holding no part of it
    images: list[int]  # per shown <img>, in page order: the innermost block-level element holding it
    structured: int  # index of the first block taken from the page's JSON-LD articleBody (len(blocks): none)
    banners: dict[int, str] = field(default_factory=dict)  # <h1> blocks that only name the site -> the headline (html.title.site_h1s)


def tree_of(page: Page) -> HtmlTree:
    """The page's HTML tree; a structure step run on a page not made from HTML is a pipeline bug."""
    tree = page.attached(HtmlTree)
    if tree is None:
        raise PipelineError(f"step {page.step!r} reads the HTML tree, but this page was not made from HTML")
    return tree
