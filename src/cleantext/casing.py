"""``str_lower``: CPython's ``str.lower`` as a plain function, so both builds lower text alike.

mypyc compiles ``s.lower()`` to its own routine, which on Python < 3.13 maps each character alone and
so skips Unicode's one context rule, the Greek final sigma ("ΟΔΟΣ" lowers to "οδος", not "οδοσ").
Modules that the optional compiled build compiles call ``str_lower(s)`` instead: a call through a
name is a plain Python call, which runs CPython's own method in both builds.
"""
from __future__ import annotations

from collections.abc import Callable

str_lower: Callable[[str], str] = str.lower
