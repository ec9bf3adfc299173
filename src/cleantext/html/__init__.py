"""HTML input: parse with lxml, walk the tree once into blocks (`html.blocks.html_page`), then the
structure steps label blocks from the element tree, in ``STRUCTURE_STEPS`` order, before the text
filters run. Each module here holds one concept.
"""
from __future__ import annotations

from collections.abc import Callable

from ..page import Page
from .captions import drop_captions
from .elements import drop_boilerplate_elements, drop_hidden_elements, drop_social_feeds, select_html_region
from .media import drop_media_widgets
from .refine import drop_after_text, drop_link_lines, drop_link_lists, drop_orphan_headings
from .related import split_related_lists
from .structured import use_article_body
from .title import mark_html_title

# The first verdict a block gets is final, so the order is the precedence: what is never shown, then
# the headline, the JSON-LD text of a page that shows little of it, related lists (they may sit outside
# the region), then furniture by element kind, then the region, then the second look inside it.
STRUCTURE_STEPS: list[Callable[[Page], None]] = [
    drop_hidden_elements,
    mark_html_title,
    use_article_body,
    split_related_lists,
    drop_social_feeds,
    drop_boilerplate_elements,
    select_html_region,
    drop_media_widgets,
    drop_link_lists,
    drop_captions,
    drop_link_lines,
    drop_after_text,
    drop_orphan_headings,
]
