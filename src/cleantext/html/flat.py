"""Text in HTML dress: a page whose body is only lines of text, one per element, with no link,
list, heading, table, image, page section, class or id, is read as scraped text.

Such a page comes from a converter that put each line of a text into its own <p> (or <div>, or
<br>). Its element tree says nothing about which lines are the article: every line is a sibling
of every other, so the HTML region finds no edge and keeps the menus, teasers and footer lines
the text brought. Read as text, the text mode's filters and main region find them.
"""
from __future__ import annotations

from typing import Final

from ..page import Page
from .tree import HtmlTree

# The only elements that hold the lines (the walk's block-level nodes; inline elements make no node).
PLAIN_TAGS: Final = frozenset({"html", "body", "p", "div", "br", "span", "font", "center", "blockquote", "pre"})
# Fewer lines than this are too little to tell an article from its menus either way.
MIN_LINES: Final = 8


def flat_text(page: Page) -> str | None:
    """The page's lines joined as text when the HTML is text in HTML dress, else None."""
    tree = page.attached(HtmlTree)
    if tree is None or len(page.blocks) < MIN_LINES:
        return None
    # A class, id or role is structure too ("<div class=channel>"): a converter writes none.
    if any(node.tag not in PLAIN_TAGS or node.tokens or node.role for node in tree.nodes):
        return None
    if any(b.link_chars for b in tree.blocks):
        return None  # a link is structure: menus and teasers are links on a real page
    return "\n\n".join(b.text for b in page.blocks)
