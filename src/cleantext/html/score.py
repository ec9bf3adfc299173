"""Choose the main-content region of a page: score block-level elements by the prose inside them.

After Mozilla Readability: each paragraph scores 1 + commas + one per 100 characters (at most 3),
credited to its parent in full, its grandparent by half and further ancestors less; an element's
own tag and class/id tokens add or subtract, and its link density scales the total. The best
element then grows upward when its ancestor holds clearly more prose (an article split into
siblings), and takes in siblings that score well or are plain paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from ..document import Kind
from .ancestry import block_spans
from .columns import Columns
from .feeds import social_feeds
from .header import with_header, with_lead
from .tokens import class_weight, is_comments, is_negative, is_unlikely
from .walk import Node, RawBlock

# Readability's initial scores by tag.
TAG_SCORE: Final = {
    "div": 5, "article": 30, "main": 15, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
    "nav": -25, "aside": -25, "footer": -25, "header": -10,
}
ROLE_SCORE: Final = {"main": 25, "article": 20, "navigation": -25, "complementary": -25, "contentinfo": -25,
              "banner": -10}
EXCLUDED_TAGS: Final = frozenset({"nav", "aside", "footer", "menu", "noscript"})
EXCLUDED_ROLES: Final = frozenset({"navigation", "complementary", "contentinfo", "menu", "menubar", "alert",
                            "alertdialog", "dialog", "search"})
COMMAS: Final = (",", "，", "、", "،")
PROSE_CHARS: Final = 60
JUNK_WEIGHT: Final = 2.0  # growing the region: a character of link text costs two of prose (1 and 0.5 scored worse)
# Elements that wrap whole pages; one named "menu" or "nav-header" around half the text is misnamed.
WRAPPERS: Final = frozenset({"div", "section", "span", "table", "tbody", "tr", "td", "center", "font", "form"})
MIN_PARAGRAPH: Final = 25
BODY_SHARE: Final = 0.8  # of a sibling's prose in the element taken from it as the body beside a lead
BODY_DENSITY: Final = 4  # prose against junk in that element
LEAD_SHARE: Final = 0.25  # a best element with less of its surroundings' prose is a lead, not the article
# Tokens that alternate between sections of one kind (table rows, posts of a thread).
ALTERNATING: Final = frozenset({"odd", "even", "alt", "first", "last"})
MIN_SECTIONS: Final = 2  # sections named like the winner's wrapper beside it: the text goes on in them
ANCHOR_WINDOW: Final = 12  # blocks after the headline within which an element counts as under it
ANCHOR_BONUS: Final = 1.5
LATER_ARTICLE: Final = 0.3
# Below this share of the page's prose in the chosen region, comment sections are scored as text.
COMMENTS_FALLBACK: Final = 0.2  # characters: shorter blocks are labels, not prose (Readability's threshold)


@dataclass(slots=True)
class Region:
    """The chosen region: its root nodes (the best element and the siblings taken in)."""

    roots: list[int]
    scores: dict[int, float]
    excluded: list[bool]
    sub_prose: list[float]  # prose characters under each node, hidden text left out
    kept_prose: list[float]  # the same without excluded (boilerplate) text
    prose: float = 0.0  # prose characters in the region
    comments_are_content: bool = False
    feeds: list[bool] = field(default_factory=list)  # per node: in a social feed (see html.feeds), left out

    def big(self, i: int) -> bool:
        """Whether node ``i`` holds half the page's prose: never dropped as boilerplate."""
        return self.sub_prose[i] >= 0.5 * self.sub_prose[0] > 0


def scoring_excluded(nodes: list[Node], sub_prose: list[float], *, comments: bool = False,
                     feeds: list[bool] | None = None) -> list[bool]:
    """Nodes whose text never counts towards a region: hidden elements, cookie banners, and (as
    Readability strips them before scoring) navigation elements and roles, comment sections and
    elements whose class/id names boilerplate. Inherited: a node inside an excluded one is excluded.

    A navigation or boilerplate-named element holding half the page's prose is a mislabelled
    wrapper (``<div class="wrappermenu">`` around the whole site), not boilerplate, so it stays.
    """
    out = [False] * len(nodes)
    big = 0.5 * sub_prose[0] if sub_prose and sub_prose[0] > 0 else float("inf")
    for i, nd in enumerate(nodes):
        p = nd.parent
        if (p >= 0 and out[p]) or nd.hard or (feeds and feeds[i]):
            out[i] = True  # most excluded nodes: inside an excluded one, read no further
            continue
        named = bool(nd.tokens) and nd.tag not in ("body", "html", "article", "main")
        if named and not comments and is_comments(nd.tokens):
            out[i] = True
        elif nd.tag in EXCLUDED_TAGS or nd.role in EXCLUDED_ROLES:
            out[i] = sub_prose[i] < 1.6 * big  # an <aside> with 80% of the prose is a broken wrapper
        elif named and (sub_prose[i] < big or nd.tag not in WRAPPERS):
            out[i] = is_unlikely(nd.tokens)
    return out


def negative_nodes(nodes: list[Node], sub_prose: list[float]) -> list[bool]:
    """Nodes inside an element whose class/id sounds like boilerplate ("promo", "widget", "meta")
    without sounding like content: their paragraphs count as junk when the region grows.

    As in `scoring_excluded`, an element holding half the page's prose is a misnamed wrapper
    (``<div class="elementor-widget-wrap">`` around the article), not boilerplate.
    """
    out = [False] * len(nodes)
    big = 0.5 * sub_prose[0] if sub_prose and sub_prose[0] > 0 else float("inf")
    for i, nd in enumerate(nodes):
        p = nd.parent
        if p >= 0 and out[p]:
            out[i] = True
        elif nd.tokens and nd.tag not in ("body", "html") and sub_prose[i] < big:
            out[i] = is_negative(nd.tokens)
    return out


def is_prose(block: RawBlock) -> bool:
    """A block that reads as running text: long enough, few links."""
    return block.chars >= PROSE_CHARS and block.link_chars <= 0.3 * block.chars


def paragraph_score(block: RawBlock) -> float:
    text = block.text
    commas = sum(text.count(c) for c in COMMAS)
    return 1.0 + commas + min(block.chars // 100, 3)


def subtree_sums(parents: list[int], a: list[float], b: list[float],
                 c: list[float] | None = None) -> tuple[list[float], list[float], list[float]]:
    """Totals over each node's subtree of two or three per-node columns (``parents[i]`` is node
    i's parent; nodes are in document order, so children follow parents). One pass for all
    columns, over a list of parent indices: a third of the time of a pass per column that reads
    each node's ``parent`` attribute. Without ``c`` the third total is empty."""
    a, b, c = list(a), list(b), list(c) if c is not None else []
    if c:
        for i in range(len(parents) - 1, 0, -1):
            p = parents[i]
            if p >= 0:
                a[p] += a[i]
                b[p] += b[i]
                c[p] += c[i]
    else:
        for i in range(len(parents) - 1, 0, -1):
            p = parents[i]
            if p >= 0:
                a[p] += a[i]
                b[p] += b[i]
    return a, b, c


def choose_region(nodes: list[Node], blocks: list[RawBlock], *, anchor: int = -1,
                  images: list[int] | None = None) -> Region:
    """The region holding the main text.

    Comment sections and social feeds are left out of the scoring, unless the page without them has
    almost no prose: then the "comments" are the page (a forum thread, a live ticker) and are scored
    like the rest, and so is a feed (a page of short posts).
    """
    feeds = social_feeds(nodes, blocks)
    if any(feeds):
        region = _choose(nodes, blocks, comments=False, anchor=anchor, feeds=feeds, images=images)
        if not (region.sub_prose and region.prose < COMMENTS_FALLBACK * region.sub_prose[0]):
            region.feeds = feeds
            return region
    region = _choose(nodes, blocks, comments=False, anchor=anchor, images=images)
    if region.sub_prose and region.prose < COMMENTS_FALLBACK * region.sub_prose[0]:
        with_comments = _choose(nodes, blocks, comments=True, anchor=anchor, images=images)
        if with_comments.prose > 2 * region.prose:
            with_comments.comments_are_content = True
            return with_comments
    return region


def _choose(nodes: list[Node], blocks: list[RawBlock], *, comments: bool, anchor: int,
            feeds: list[bool] | None = None, images: list[int] | None = None) -> Region:
    n = len(nodes)
    if n == 0:
        return Region([], {}, [], [], [])
    chars = [0.0] * n
    links = [0.0] * n
    all_prose = [0.0] * n
    for b in blocks:
        if b.node >= 0 and b.hard < 0:
            chars[b.node] += b.chars
            links[b.node] += b.link_chars
            if is_prose(b):
                all_prose[b.node] += b.chars
    parents = [nd.parent for nd in nodes]
    sub_chars, sub_links, sub_prose = subtree_sums(parents, chars, links, all_prose)
    excluded = scoring_excluded(nodes, sub_prose, comments=comments, feeds=feeds)
    # Prose (paragraph-like blocks) and junk (link lines, boilerplate-named text) a region keeps.
    prose_own = [0.0] * n
    junk_own = [0.0] * n
    suspect = negative_nodes(nodes, sub_prose)
    for b in blocks:
        if b.node >= 0 and not excluded[b.node]:
            if is_prose(b) and not suspect[b.node]:
                prose_own[b.node] += b.chars
            elif b.link_chars >= 0.5 * b.chars or suspect[b.node]:
                junk_own[b.node] += b.chars
            # short plain lines (list items, subheadings) are neither: articles have them too
    prose, junk, _ = subtree_sums(parents, prose_own, junk_own)

    scores: dict[int, float] = {}
    for b in blocks:
        if b.node < 0 or excluded[b.node] or b.chars < MIN_PARAGRAPH or b.link_chars > 0.5 * b.chars:
            continue
        s = paragraph_score(b)
        anc = nodes[b.node].parent
        if nodes[b.node].tag in ("li", "td", "dd", "th"):
            s *= 0.5  # list items and cells are prose less often than paragraphs
        level = 0
        while anc >= 0 and level < 5:
            if excluded[anc]:
                break
            if anc not in scores:
                scores[anc] = _initial(nodes[anc])
            scores[anc] += s if level == 0 else (s / 2 if level == 1 else s / (level * 3))
            anc = nodes[anc].parent
            level += 1
    if not scores:
        body = next((i for i, nd in enumerate(nodes) if nd.tag == "body"), 0)
        return Region([body], {}, excluded, sub_prose, prose, prose[body])
    final = {i: sc * (1 - (sub_links[i] / sub_chars[i] if sub_chars[i] else 0)) for i, sc in scores.items()}
    if anchor >= 0:
        _anchor_bonus(parents, blocks, final, anchor)
    top = max(final, key=lambda i: final[i])
    top = _grow(nodes, final, top, prose, junk, Columns(nodes, blocks))
    roots = _siblings(nodes, blocks, final, top, sub_chars, sub_links, final.get(top, 0))
    beside = _body_beside(nodes, blocks, final, top, prose, junk, sub_chars, sub_links)
    if beside:
        roots = beside
    roots = with_header(nodes, blocks, roots, excluded, anchor)
    roots = with_lead(nodes, blocks, roots, excluded, anchor, images or [])
    return Region(roots, final, excluded, sub_prose, prose, sum(prose[r] for r in roots))


def _anchor_bonus(parents: list[int], blocks: list[RawBlock], final: dict[int, float], anchor: int) -> None:
    """Raise candidates that hold the headline or start just after it: on pages with several
    articles (teasers, infinite scroll) the one under the page's own <h1> is the page's article."""
    first, last = block_spans(parents, blocks)
    # Infinite-scroll pages repeat the article layout, each with its own <h1>: what starts after
    # the next one belongs to another article.
    next_h1 = next((i for i in range(anchor + 1, len(blocks)) if blocks[i].kind is Kind.HEADING
                    and blocks[i].level == 1), len(blocks))
    # An element starting after the headline is the text under it unless more prose than it holds
    # stands in between (a short article followed by a teaser <article> gives the teaser no bonus;
    # a lead paragraph before the article body does not take it from the body).
    before = [0] * (len(blocks) + 1)
    for k, b in enumerate(blocks):
        before[k + 1] = before[k] + (b.chars if b.hard < 0 and is_prose(b) else 0)
    for i in final:
        under = 0 < first[i] - anchor <= ANCHOR_WINDOW and \
            before[first[i]] - before[anchor + 1] <= before[last[i] + 1] - before[first[i]]
        if first[i] <= anchor <= last[i] or under:
            final[i] *= ANCHOR_BONUS
        elif first[i] > next_h1:
            final[i] *= LATER_ARTICLE


def _initial(node: Node) -> float:
    return TAG_SCORE.get(node.tag, 0) + ROLE_SCORE.get(node.role, 0) + class_weight(node.tokens)


def _grow(nodes: list[Node], final: dict[int, float], top: int, prose: list[float],
          junk: list[float], columns: Columns) -> int:
    """Move up from ``top`` while the parent is a better region: Readability's parent walk, plus
    a walk up while the parent adds prose rather than boilerplate."""
    last = final[top]
    threshold = last / 3
    cur = top
    while True:
        p = nodes[cur].parent
        if p < 0 or nodes[p].tag in ("body", "html"):
            break
        if p in final:
            ps = final[p]
            if ps < threshold:
                break
            if ps > last:
                top = p
                break
            last = ps
        cur = p
    # Then up to the ancestor with the most prose net of twice its junk: an article split into
    # sibling <div>s (one per step or section) is won by one of them; their parent is the article.
    # A winner with no prose of its own (its paragraphs sit in elements named like widgets or
    # metadata) grows to the column that holds the text, never to the whole page: prose found
    # only at the page's level is other text (a long notice in the footer). A side column beside
    # the text (a blog's sidebar with its "About me" box, see html.columns) adds nothing.
    w = JUNK_WEIGHT
    best, best_value = top, prose[top] - w * junk[top]
    child, p = top, nodes[top].parent
    side = 0.0  # prose of side columns passed on the way up: it counts as junk, not as text
    top_level = ("html", "body") if prose[top] <= 0 else ("html",)
    while p >= 0 and nodes[p].tag not in top_level:
        if prose[p] - side > prose[best] and prose[best] > 0:
            side += columns.side_prose(p, child, prose, junk)
        gained = prose[p] - side
        value = gained - w * (junk[p] + side)
        if gained > prose[best] and value >= best_value:
            best, best_value = p, value
        child, p = p, nodes[p].parent
    return best


def _wrapper(nodes: list[Node], top: int, prose: list[float]) -> int:
    """The outermost ancestor of ``top`` with no more prose than it (``<div class="intro">`` around
    ``<div class="intro__text">``), below the page's body."""
    node = top
    while True:
        p = nodes[node].parent
        if p < 0 or nodes[p].tag in ("body", "html") or prose[p] > prose[node]:
            return node
        node = p


def _body_beside(nodes: list[Node], blocks: list[RawBlock], final: dict[int, float], top: int,
                 prose: list[float], junk: list[float], sub_chars: list[float], sub_links: list[float]
                 ) -> list[int]:
    """The region's roots when the winner is only part of the text, else []: the wrapper of the
    winner and those of its siblings that carry the rest of the text.

    Two shapes: a lead (the winner holds under a quarter of the prose around its wrapper, e.g.
    ``<div class="intro__text">`` before the body), whose wrapper's siblings of mostly prose are
    the body; and a text cut into sections named alike (``<div class="step">`` after
    ``<div class="step">`` of a how-to), where the sections named like the winner's wrapper
    are the rest of the text, however short each is. Either way the siblings taken must be
    mostly prose together, twice as much as link and boilerplate text.
    """
    wrapper = _wrapper(nodes, top, prose)
    parent = nodes[wrapper].parent
    if prose[top] <= 0 or parent < 0:
        return []
    if wrapper == top:
        return _body_in_cousins(nodes, top, prose, junk)
    wider = _siblings(nodes, blocks, final, wrapper, sub_chars, sub_links, final.get(top, 0))
    name = section_name(nodes[wrapper].tokens)
    same = [r for r in wider if r != wrapper and name and section_name(nodes[r].tokens) == name
            and prose[r] >= junk[r]]
    lead = prose[top] < LEAD_SHARE * prose[parent]
    if not lead and len(same) < MIN_SECTIONS:
        return []
    rest = same + [r for r in wider if r != wrapper and r not in same and prose[r] >= 4 * junk[r] and prose[r] > 0]
    # Sums start at 0.0: typed float, as the compiled build needs (an int 0 there is a TypeError).
    text = sum((prose[r] for r in rest), 0.0)
    if (lead and text <= prose[top]) or not rest or text < 2 * sum((junk[r] for r in rest), 0.0):
        return []
    return sorted([wrapper, *rest])


def _body_in_cousins(nodes: list[Node], top: int, prose: list[float], junk: list[float]) -> list[int]:
    """The region's roots when the winner is a lead whose body sits inside a sibling full of links,
    else []: a recipe's meta row won (``<div class="row">`` with 94 characters of prose) while the
    next row under the same recipe holds the ingredients and steps beside a gallery and link lists.

    The winner holds under a quarter of its parent's prose; each sibling with more prose than the
    winner gives the outermost element inside it that holds 80% of its prose and four times as
    much prose as junk (the text column without the link lists beside it).
    """
    parent = nodes[top].parent
    if parent < 0 or nodes[parent].tag in ("body", "html") or prose[top] >= LEAD_SHARE * prose[parent]:
        return []
    found = []
    depth = nodes[parent].depth
    sibling = -1
    for i in range(parent + 1, len(nodes)):
        nd = nodes[i]
        if nd.depth <= depth:
            break  # past the parent's subtree
        if nd.parent == parent:
            sibling = i if i != top and prose[i] > prose[top] else -1
            if sibling >= 0 and prose[i] >= BODY_DENSITY * junk[i]:
                found.append(i)
                sibling = -1
        elif sibling >= 0 and prose[i] >= BODY_SHARE * prose[sibling] and prose[i] >= BODY_DENSITY * junk[i]:
            found.append(i)  # the first such node in document order is the outermost: one chain holds 80%
            sibling = -1
    return sorted([top, *found]) if found else []


def section_name(tokens: str) -> str:
    """The part of a class/id string that sections of one kind share: tokens with a digit (ids such
    as "p1001", alternating "bg1"/"bg2") and "odd"/"even"/"alt" left out, so the posts of a forum
    thread (``<div class="post bg2" id="p1001">``, ``<div class="post bg1" id="p1002">``) are alike."""
    if not tokens:
        return ""
    return " ".join(t for t in tokens.split() if t not in ALTERNATING and not any(c.isdigit() for c in t))


def _siblings(nodes: list[Node], blocks: list[RawBlock], final: dict[int, float], top: int,
              sub_chars: list[float], sub_links: list[float], top_score: float) -> list[int]:
    parent = nodes[top].parent
    if parent < 0:
        return [top]
    threshold = max(10.0, top_score * 0.2)
    top_tokens = nodes[top].tokens
    roots = []
    depth = nodes[parent].depth
    for i in range(parent + 1, len(nodes)):
        nd = nodes[i]
        if nd.depth <= depth:
            break  # past the parent's subtree (nodes are in document order): no more children
        if nd.parent != parent:
            continue
        if i == top:
            roots.append(i)
            continue
        if is_unlikely(nd.tokens) or nd.tag in ("nav", "aside", "footer", "header", "form"):
            continue
        bonus = top_score * 0.2 if top_tokens and nd.tokens == top_tokens else 0
        if i in final and final[i] + bonus >= threshold:
            roots.append(i)
        elif nd.tag == "p" and sub_chars[i]:
            ld = sub_links[i] / sub_chars[i]
            if (sub_chars[i] > 80 and ld < 0.25) or (ld == 0 and sub_chars[i] > 0):
                roots.append(i)
    return roots
