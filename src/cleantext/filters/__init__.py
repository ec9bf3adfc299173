"""Filters: each labels blocks of a Page (drop, related, title, metadata) and says why.

``DEFAULT_FILTERS`` is the default order; each function's name is its step name.
"""
from __future__ import annotations

from collections.abc import Callable

from ..page import Page

DEFAULT_FILTERS: list[Callable[[Page], None]] = []
