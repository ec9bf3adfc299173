"""Filters: each labels blocks of a Page (drop, related, title, metadata) and says why.

``DEFAULT_FILTERS`` is the default order; each function's name is its step name. Keyword filters
run first so their specific reasons win; ``DEFAULT_SELECTORS`` (the headline and the main region)
run after every filter, by construction of `Pipeline`: they decide from the filters' verdicts.
"""
from __future__ import annotations

from collections.abc import Callable

from ..page import Page
from .byline import extract_byline
from .disclaimers import drop_disclaimers
from .footer import drop_footer
from .main_region import select_main_region
from .navigation import drop_navigation
from .related import split_related
from .site_template import drop_site_template
from .title import drop_repeated_title, mark_title

DEFAULT_FILTERS: list[Callable[[Page], None]] = [
    # First, so a learned template's reason wins; it does nothing unless options carry a model.
    drop_site_template,
    drop_footer,
    drop_disclaimers,
    drop_navigation,
    split_related,
    extract_byline,
]
# Step kind "select": the headline and the region are decided from the filters' verdicts (the
# headline is the title-like line closest above the region, past labelled bylines and notes), so
# they always run after every filter, whatever order a pipeline lists them in.
DEFAULT_SELECTORS: list[Callable[[Page], None]] = [mark_title, drop_repeated_title, select_main_region]
