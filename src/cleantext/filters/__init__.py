"""Filters: each labels blocks of a Page (drop, related, title, metadata) and says why.

``DEFAULT_FILTERS`` is the default order; each function's name is its step name and its module
declares it (`cleantext.steps.step`). Keyword filters run first so their specific reasons win;
``DEFAULT_SELECTORS`` (bylines, the headline and the main region) are "select" steps: they decide
from the filters' verdicts, so a pipeline lists them after every filter, in this order.
"""
from __future__ import annotations

from collections.abc import Callable

from ..page import Page
from .byline import extract_byline
from .comments import split_comments
from .contents import drop_contents
from .disclaimers import drop_disclaimers
from .duplicates import drop_repeated_copy
from .footer import drop_footer
from .main_region import select_main_region
from .navigation import drop_navigation
from .paragraphs import label_wrapped_remainders
from .player import drop_player_controls
from .posts import drop_post_chrome
from .related import split_related
from .site_template import drop_site_template
from .title import drop_repeated_title, mark_title

DEFAULT_FILTERS: list[Callable[[Page], None]] = [
    # Before the keyword filters: a page's second copy is dropped whole, with one reason.
    drop_repeated_copy,
    drop_footer,
    drop_disclaimers,
    drop_navigation,
    drop_contents,
    drop_player_controls,
    drop_post_chrome,
    split_related,
    # After the keyword filters, so the related headings and walls they find stay theirs (dropped
    # first, a related heading opened the region to the comments after it); only open blocks are
    # judged. It does nothing unless options carry a model.
    drop_site_template,
    # Last: it finishes what the filters above started on hard-wrapped paragraphs.
    label_wrapped_remainders,
]
# What is found relative to the main region (bylines and tags near its edges, the headline closest
# above it) and the region itself, each reading what the ones before it labelled.
DEFAULT_SELECTORS: list[Callable[[Page], None]] = [extract_byline, mark_title, drop_repeated_title,
                                                   split_comments, select_main_region]
