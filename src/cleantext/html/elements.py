"""Structure steps that judge elements: text never shown (``drop_hidden_elements``), social feeds
(``drop_social_feeds``), navigation, asides, footers, forms, comment sections and boilerplate-named
elements (``drop_boilerplate_elements``), and what lies outside the main region
(``select_html_region``), each dropped with the element and rule.
What each element is comes from `html.element_kinds`, computed once per page.
"""
from __future__ import annotations

from typing import Final

from ..page import Page
from ..settings import Option
from ..steps import step
from .element_kinds import comment_sections, describe, own_reason
from .tree import tree_of

INCLUDE_COMMENTS: Final = Option("include_comments", (bool,), False,
                          "keep comment sections of HTML pages, and the comments text mode splits off, as main text")
# Reason id -> what --explain says, for the rules of each step.
HIDDEN: Final = "hidden element (hidden, aria-hidden, display:none or a hiding class)"
HIDDEN_DETAILS: Final = {"html.hidden": HIDDEN, "html.cookie_banner": "cookie/consent banner"}
ELEMENT_DETAILS: Final = {
    "html.noscript": "shown only without JavaScript",
    "html.hidden": HIDDEN,
    "html.nav": "navigation element",
    "html.aside": "aside (sidebar) element",
    "html.footer": "footer element",
    "html.header": "page header element",
    "html.form": "form",
    "html.comments": "comment section (include_comments=True keeps it)",
    "html.boilerplate_class": "class/id names boilerplate",
}
OUTSIDE_DETAIL: Final = "outside the main content region"


@step("structure", formats={"html"})
def drop_hidden_elements(page: Page) -> None:
    """Drop text a browser never shows: hidden elements, <noscript>, cookie and consent banners.

    Example: ``<div hidden>``, ``<div class="cookie-banner">``. Only elements hidden by an attribute,
    an inline style or a hiding class count, so text merely styled small is kept.
    """
    tree = tree_of(page)
    nodes = tree.nodes
    for i, b in enumerate(tree.blocks):
        if b.hard >= 0:
            nd = nodes[b.hard]
            page.drop(i, nd.hard, f"{describe(nd)}: {HIDDEN_DETAILS[nd.hard]}")


@step("structure", formats={"html"})
def drop_social_feeds(page: Page) -> None:
    """Drop social feeds: a column of short posts with handles, hashtags or relative times.

    Example: six ``<div class="post-item">`` each "Great turnout at the harbour festival ... #harbour"
    over "@citynews · 4h". Told by shape (see html.feeds): three or more items of one shape, each
    under 400 characters, most with a social marker. A page that is mostly such posts (a feed page,
    a forum) keeps them: then the region was chosen with them.
    """
    tree = tree_of(page)
    feeds = tree.region.feeds
    if not feeds:
        return
    nodes = tree.nodes
    for i in page.open_indices():
        node = tree.blocks[i].node
        if node >= 0 and feeds[node]:
            top = node
            while nodes[top].parent >= 0 and feeds[nodes[top].parent]:
                top = nodes[top].parent
            page.drop(i, "html.social_feed", f"{describe(nodes[top])}: feed of short social posts")


@step("structure", formats={"html"}, options=[INCLUDE_COMMENTS])
def drop_boilerplate_elements(page: Page) -> None:
    """Drop text in elements that are page furniture by their kind: <nav>, <aside>, <footer>,
    page <header>, <form>, comment sections and class/id names such as "share-tools" or "sidebar".

    Example: ``<div class="related-posts">`` around a list of links. A form or header that holds
    more than 300 characters of prose wraps content and is kept, and so is a "boilerplate" wrapper
    that holds most of the page.
    """
    tree = tree_of(page)
    nodes, inside, dropper = tree.nodes, tree.inside, tree.dropper
    include_comments = bool(page.option("include_comments"))
    said: dict[int, tuple[str, str]] = {}  # dropping element -> its reason and detail: it holds many blocks
    for i in page.open_indices():
        node = tree.blocks[i].node
        d = dropper[node] if node >= 0 else -1
        if d < 0:
            continue
        if d not in said:
            reason = own_reason(nodes[d], inside[d])
            said[d] = reason, f"{describe(nodes[d])}: {ELEMENT_DETAILS[reason]}"
        reason, detail = said[d]
        if reason == "html.comments" and include_comments:
            continue
        page.drop(i, reason, detail if inside[node] else f"{detail}, outside the main region")


@step("structure", formats={"html"}, options=[INCLUDE_COMMENTS])
def select_html_region(page: Page) -> None:
    """Drop text outside the main region: the element subtree with the most prose (see html.score),
    with the headline and lead it belongs with.

    Example: a "Most read" box in a sidebar <div>. Comment sections stay when ``include_comments``.
    """
    tree = tree_of(page)
    nodes, inside, outer = tree.nodes, tree.inside, tree.outer
    include_comments = bool(page.option("include_comments"))
    said: dict[int, str] = {}  # outermost element -> the detail naming it: it holds many blocks
    for i in page.open_indices():
        node = tree.blocks[i].node
        if node >= 0 and inside[node]:
            continue
        if include_comments and node >= 0 and page.memo(_comment_nodes)[node]:
            continue
        where = outer[node] if node >= 0 and outer[node] >= 0 else node
        if where not in said:
            said[where] = f"in {describe(nodes[where]) if where >= 0 else 'the page'}: {OUTSIDE_DETAIL}"
        page.drop(i, "html.outside_main", said[where])


def _comment_nodes(page: Page) -> list[bool]:
    """Per node: in a comment section (asked only with ``include_comments``, so the default run skips it)."""
    tree = tree_of(page)
    return comment_sections(tree.nodes, tree.inside, tree.dropper)
