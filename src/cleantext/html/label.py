"""Verdicts from structure: what lies outside the main region, or inside it in navigation, asides,
footers, forms, comment sections or boilerplate-named elements, is dropped with the element and rule.

One forward pass over the nodes (parents come before children) gives each node its decision, so
a block's verdict costs one lookup.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..document import Label, Verdict
from .related import Item
from .score import Region
from .tokens import is_comments, is_unlikely
from .vocab import ROLE_REASON, STRUCTURAL_REASON
from .walk import Node, RawBlock

STEP = "html_structure"
# characters: a <form> or <header> with more prose than this wraps content (a shop page, an ASP.NET page)
MAX_FORM_PROSE = 300
KEEP_OPEN = ""  # a node whose blocks are left to the text filters

DETAILS = {
    "html.nav": "navigation element",
    "html.aside": "aside (sidebar) element",
    "html.footer": "footer element",
    "html.header": "page header element",
    "html.form": "form",
    "html.comments": "comment section (include_comments=True keeps it)",
    "html.boilerplate_class": "class/id names boilerplate",
    "html.outside_main": "outside the main content region",
    "html.hidden": "hidden element (hidden, aria-hidden, display:none or a hiding class)",
    "html.cookie_banner": "cookie/consent banner",
    "html.link_list": "list of links inside the main region",
    "html.noscript": "shown only without JavaScript",
}


def describe(node: Node) -> str:
    """``<div class="share-tools">``: the element as a reader of --explain can find it."""
    attrs = f' class/id="{node.tokens.strip()[:60]}"' if node.tokens.strip() else ""
    role = f' role="{node.role}"' if node.role else ""
    return f"<{node.tag}{attrs}{role}>"


def own_reason(node: Node, in_region: bool) -> str:
    """The drop rule an element triggers by itself ("" for none), given where it stands."""
    reason = STRUCTURAL_REASON.get(node.tag) or ROLE_REASON.get(node.role, "")
    if reason == "html.header" and in_region:
        reason = ""  # an article's own header holds its headline and byline
    if not reason and node.tokens:
        if is_comments(node.tokens):
            reason = "html.comments"
        elif is_unlikely(node.tokens):
            reason = "html.boilerplate_class"
    return reason


def outer_nodes(nodes: list[Node], region: Region) -> list[int]:
    """For each node outside the region, its outermost ancestor that holds no part of the region
    (the ``<div class="promo-box">`` a reader can find); -1 for the region and its ancestors."""
    holds = [False] * len(nodes)
    for r in region.roots:
        while r >= 0 and not holds[r]:
            holds[r] = True
            r = nodes[r].parent
    outer = [-1] * len(nodes)
    for i, nd in enumerate(nodes):
        if holds[i]:
            continue
        p = nd.parent
        outer[i] = i if p < 0 or holds[p] else outer[p]
    return outer


def node_reasons(nodes: list[Node], region: Region) -> tuple[list[bool], list[int]]:
    """For each node: whether it lies in the region, and the outermost node that drops it (-1)."""
    roots = set(region.roots)
    inside = [False] * len(nodes)
    dropper = [-1] * len(nodes)
    for i, nd in enumerate(nodes):
        p = nd.parent
        if i in roots:
            inside[i] = True
            continue
        inside[i] = p >= 0 and inside[p]
        if p >= 0 and dropper[p] >= 0:
            dropper[i] = dropper[p]
            continue
        r = own_reason(nd, inside[i])
        # Same guard as the scoring: a "boilerplate" wrapper holding most of the page is not dropped.
        if r == "html.comments" and region.comments_are_content:
            continue
        if r and (region.excluded[i] or (r in ("html.form", "html.header") and not region.big(i)
                                         and region.kept_prose[i] < MAX_FORM_PROSE)):
            dropper[i] = i
    return inside, dropper


def structural_verdicts(nodes: list[Node], blocks: list[RawBlock], region: Region,
                        related: Mapping[int, Item], title: int, options: Mapping[str, Any]
                        ) -> list[Verdict | None]:
    """One verdict per block (None = open for the text filters)."""
    inside, dropper = node_reasons(nodes, region)
    outer = outer_nodes(nodes, region)
    include_comments = bool(options.get("include_comments", False))
    verdicts: list[Verdict | None] = []
    for i, b in enumerate(blocks):
        if b.hard >= 0:
            nd = nodes[b.hard]
            verdicts.append(Verdict(Label.DROP, STEP, nd.hard, f"{describe(nd)}: {DETAILS[nd.hard]}"))
            continue
        if i == title:
            verdicts.append(Verdict(Label.TITLE, STEP, "html.title", "the article headline"))
            continue
        item = related.get(i)
        if item is not None:
            group = item.group or None
            verdicts.append(Verdict(Label.RELATED, STEP, item.rule, "link list of other articles",
                                    group=group, role=item.role))
            continue
        node = b.node
        d = dropper[node] if node >= 0 else -1
        if d >= 0:
            reason = own_reason(nodes[d], inside[d])
            if reason == "html.comments" and include_comments:
                verdicts.append(None)
                continue
            place = "" if inside[node] else ", outside the main region"
            verdicts.append(Verdict(Label.DROP, STEP, reason, f"{describe(nodes[d])}: {DETAILS[reason]}{place}"))
        elif node < 0 or not inside[node]:
            where = outer[node] if node >= 0 and outer[node] >= 0 else node
            verdicts.append(Verdict(Label.DROP, STEP, "html.outside_main",
                                    f"in {describe(nodes[where]) if where >= 0 else 'the page'}: "
                                    f"{DETAILS['html.outside_main']}"))
        else:
            verdicts.append(None)
    return verdicts
