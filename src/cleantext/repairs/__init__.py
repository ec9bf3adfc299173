"""Repairs: ``str -> str`` fixes of characters, idempotent, run before blocks are made.

``DEFAULT_REPAIRS`` is the default order; each function's name is its step name.
"""
from __future__ import annotations

from collections.abc import Callable

DEFAULT_REPAIRS: list[Callable[[str], str]] = []
