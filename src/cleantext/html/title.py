"""mark_html_title: the article headline among an HTML page's blocks: the <h1> that matches the
page's title metadata, else the first <h1> in or just before the main region, else a heading equal
to the title. An <h1> that only names the site (a forum's "Garden Talk Forum" over the thread) is
never the headline."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

import regex

from ..document import Kind, Label
from ..page import Page
from ..patterns import TITLE_SEPARATOR
from ..steps import step
from .ancestry import within
from .tree import tree_of
from .walk import Node, RawBlock

NON_WORD: Final = regex.compile(r"\W+")
HEADLINE_SHARE: Final = 0.4  # of a <title>: its longest part, when that long, is the headline (as trim_site)
BANNER_LINES: Final = 3  # blocks of a site's banner: its name, a tagline, a motto
BANNER_REACH: Final = 30  # blocks: the headline a site's banner stands over follows within this many
MAX_HEADLINE: Final = 300
NO_BANNERS: Final[Mapping[int, str]] = MappingProxyType({})  # characters: a longer block is no headline
MAX_BANNER: Final = 200  # characters: a larger element around the site's name holds more than its banner


def _norm(text: str) -> str:
    return str(NON_WORD.sub(" ", text.casefold())).strip()


def site_names(titles: Sequence[str]) -> dict[str, str]:
    """The parts of the page's stated titles that name its site, each with the headline beside it
    (both normalised): "Yellow leaves on tomato plants - Garden Talk Forum" gives {"garden talk
    forum": "yellow leaves on tomato plants"}. The headline is the title's longest part (as in
    ``trim_site``); which part is the site's is only settled on the page (`site_h1s`)."""
    names: dict[str, str] = {}
    for title in titles:
        parts = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
        if len(parts) < 2:
            continue
        longest = max(parts, key=len)
        if len(longest) >= HEADLINE_SHARE * len(title):
            headline = _norm(longest)
            for p in parts:
                name = _norm(p)
                if p is not longest and name and name != headline:
                    names.setdefault(name, headline)
    return names


def site_h1s(blocks: list[RawBlock], sites: dict[str, str]) -> dict[int, str]:
    """The <h1>s that only name the site: an <h1> saying the part of a stated title beside its
    headline, on a page where a block soon below it says that headline (a forum's "<h1>Garden Talk
    Forum</h1>" above "<h2>Yellow leaves on tomato plants</h2>"). Without the headline shown
    below it the <h1> may be the headline itself: in "Mozilla - Wikipedia" or "Vacations! —
    Paulo Coelho's Blog" the headline is the shorter part, and a logo saying the longer one
    stands above the <h1>, not below. Each such <h1>'s index maps to the headline (normalised)."""
    if not sites:
        return {}
    named = {i: sites[t] for i, b in enumerate(blocks)
             if b.kind is Kind.HEADING and b.level == 1 and b.hard < 0 and (t := _norm(b.text)) in sites}
    if not named:
        return {}
    wanted = set(named.values())
    first = min(named)
    shown = {t: i for i, b in enumerate(blocks[first + 1:first + BANNER_REACH], first + 1) if i not in named and b.hard < 0
             and len(b.text) < MAX_HEADLINE and (t := _norm(b.text)) in wanted}
    return {i: headline for i, headline in named.items() if i < shown.get(headline, -1) <= i + BANNER_REACH}


def matching_headline(blocks: list[RawBlock], titles: str | Sequence[str] | None,
                      banners: Mapping[int, str] = NO_BANNERS) -> int:
    """Index of the <h1> that matches the page's title metadata, or -1. With several titles
    (best first), the first that an <h1> matches decides. An <h1> of ``banners`` (the site's
    name, `site_h1s`) matches a title only whole, not as the part of it that names the site."""
    if not titles:
        return -1
    for title in [titles] if isinstance(titles, str) else titles:
        want = _norm(title)
        if not want:
            continue
        for i, b in enumerate(blocks):
            if b.kind is Kind.HEADING and b.level == 1 and b.hard < 0:
                got = _norm(b.text)
                if got and (got == want or (len(got) >= 15 and i not in banners and (got in want or want in got))):
                    return i
    return -1


def find_title(blocks: list[RawBlock], inside: list[bool], meta_title: str | None,
               banners: Mapping[int, str] = NO_BANNERS) -> int:
    """Index of the headline block, or -1. An <h1> that only names the site (one of ``banners``,
    `site_h1s`) is passed over."""
    want = _norm(meta_title) if meta_title else ""
    h1s = [i for i, b in enumerate(blocks) if b.kind is Kind.HEADING and b.level == 1 and b.hard < 0]
    matched = matching_headline(blocks, meta_title, banners)
    if matched >= 0:
        return matched
    first_inside = next((i for i, b in enumerate(blocks) if b.node >= 0 and inside[b.node]), None)
    for i in h1s:
        b = blocks[i]
        if i in banners:
            continue  # "Garden Talk Forum" over a thread: the site's banner, not the headline
        if b.node >= 0 and inside[b.node]:
            return i
        # The headline often sits just above the article body, outside its container.
        if first_inside is not None and i < first_inside and first_inside - i <= 8 and not b.url:
            return i
    # A heading saying the title, or the headline a site's banner stands over (the <title>'s other part).
    wants = {want, *banners.values()} - {""}
    if wants:
        for i, b in enumerate(blocks):
            if b.kind is Kind.HEADING and b.hard < 0 and i not in banners and _norm(b.text) in wants:
                return i
    return -1


@step("structure", formats={"html"})
def mark_html_title(page: Page) -> None:
    """Mark the headline of an HTML page: the <h1> that matches its <title> or og:title, else the
    first <h1> in or just above the main region, else a heading equal to the title.

    Example: ``<h1>Harbour town votes to rebuild its sea wall</h1>`` under a site header. An <h1>
    that is a link or lies far from the region (a site logo), or that only names the site (a
    forum's ``<h1>Garden Talk Forum</h1>`` when its <title> reads "Yellow leaves on tomato plants -
    Garden Talk Forum"), is not taken; without one, the text filters' ``mark_title`` looks for a
    headline in the text.
    """
    tree = tree_of(page)
    title = find_title(tree.blocks, tree.inside, page.page_metadata.get("title"), tree.banners)
    if title >= 0:
        page.set(title, Label.TITLE, "html.title", "the article headline")
        for i in site_banner(tree.nodes, tree.blocks, title, tree.banners):
            if page.verdicts[i] is None:
                page.drop(i, "html.site_name", "the site's name (and its tagline) above the headline")


def site_banner(nodes: list[Node], blocks: list[RawBlock], title: int, banners: Mapping[int, str]) -> list[int]:
    """The blocks above the headline that only name the site: an <h1> of ``banners``, with the
    short lines its element holds beside it (a tagline) when that element is small. Links beside
    it (the header's menu, which the boilerplate steps drop) are not the banner's and do not count."""
    out: list[int] = []
    for i in sorted(banners):
        b = blocks[i]
        if i >= title or b.node < 0:
            continue
        holder = nodes[b.node].parent
        near = [j for j in range(max(0, i - BANNER_LINES), min(title, i + BANNER_LINES + 1))
                if blocks[j].node >= 0 and within(nodes, blocks[j].node, holder)
                and (j == i or 2 * blocks[j].link_chars < blocks[j].chars)]
        small = (holder >= 0 and len(near) <= BANNER_LINES
                 and sum(len(blocks[j].text) for j in near) <= MAX_BANNER)
        out.extend(near if small else [i])
    return sorted(set(out))
