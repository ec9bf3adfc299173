"""mark_html_title: the article headline among an HTML page's blocks: the <h1> that matches the
page's title metadata, else the first <h1> in or just before the main region, else a heading equal
to the title."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from ..document import Kind, Label
from ..page import Page
from ..steps import step
from .tree import tree_of
from .walk import RawBlock

NON_WORD: Final = regex.compile(r"\W+")


def _norm(text: str) -> str:
    return str(NON_WORD.sub(" ", text.casefold())).strip()


def matching_headline(blocks: list[RawBlock], titles: str | Sequence[str] | None) -> int:
    """Index of the <h1> that matches the page's title metadata, or -1. With several titles
    (best first), the first that an <h1> matches decides."""
    if not titles:
        return -1
    for title in [titles] if isinstance(titles, str) else titles:
        want = _norm(title)
        if not want:
            continue
        for i, b in enumerate(blocks):
            if b.kind is Kind.HEADING and b.level == 1 and b.hard < 0:
                got = _norm(b.text)
                if got and (got == want or (len(got) >= 15 and (got in want or want in got))):
                    return i
    return -1


def find_title(blocks: list[RawBlock], inside: list[bool], meta_title: str | None) -> int:
    """Index of the headline block, or -1."""
    want = _norm(meta_title) if meta_title else ""
    h1s = [i for i, b in enumerate(blocks) if b.kind is Kind.HEADING and b.level == 1 and b.hard < 0]
    matched = matching_headline(blocks, meta_title)
    if matched >= 0:
        return matched
    first_inside = next((i for i, b in enumerate(blocks) if b.node >= 0 and inside[b.node]), None)
    for i in h1s:
        b = blocks[i]
        if b.node >= 0 and inside[b.node]:
            return i
        # The headline often sits just above the article body, outside its container.
        if first_inside is not None and i < first_inside and first_inside - i <= 8 and not b.url:
            return i
    if want:
        for i, b in enumerate(blocks):
            if b.kind is Kind.HEADING and b.hard < 0 and _norm(b.text) == want:
                return i
    return -1


@step("structure", formats={"html"})
def mark_html_title(page: Page) -> None:
    """Mark the headline of an HTML page: the <h1> that matches its <title> or og:title, else the
    first <h1> in or just above the main region, else a heading equal to the title.

    Example: ``<h1>Harbour town votes to rebuild its sea wall</h1>`` under a site header. An <h1>
    that is a link or lies far from the region (a site logo) is not taken; without one, the text
    filters' ``mark_title`` looks for a headline in the text.
    """
    tree = tree_of(page)
    title = find_title(tree.blocks, tree.inside, page.page_metadata.get("title"))
    if title >= 0:
        page.set(title, Label.TITLE, "html.title", "the article headline")
