"""What each element is by its own kind: the drop rule it triggers by itself (a <nav>, a
"share-tools" class, a comment section), and for every node the outermost element that drops it.

Analysis only: the structure steps in `html.elements` turn these facts into verdicts. One forward
pass over the nodes (parents come before children) gives each node its decision, so a block's
verdict costs one lookup.
"""
from __future__ import annotations

from typing import Final

from .score import Region
from .tokens import is_comments, is_unlikely
from .vocab import ROLE_REASON, STRUCTURAL_REASON
from .walk import Node

# characters: a <form> or <header> with more prose than this wraps content (a shop page, an ASP.NET page)
MAX_FORM_PROSE: Final = 300
COMMENTS: Final = "html.comments"


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


def comment_sections(nodes: list[Node], inside: list[bool], dropper: list[int]) -> list[bool]:
    """Per node: whether the element that drops it by its kind is a comment section."""
    droppers = {d for d in dropper if d >= 0}  # few elements drop many nodes: judge each once
    comments = {d for d in droppers if own_reason(nodes[d], inside[d]) == COMMENTS}
    return [d in comments for d in dropper]
