"""Filters: each labels blocks of a Page (drop, related, title, metadata) and says why.

``DEFAULT_FILTERS`` is the default order; each function's name is its step name.
"""
from __future__ import annotations

from collections.abc import Callable

from ..page import Page
from .site_template import drop_site_template

# drop_site_template comes first so its reason (the learned template) wins; it does nothing
# unless the pipeline's options carry a template model.
DEFAULT_FILTERS: list[Callable[[Page], None]] = [drop_site_template]
