"""Word lists and compiled regexes per kind of boilerplate and per language: data, not logic.

Each module holds ``{language: [phrase, ...]}`` tables; `compile_phrases` turns a table into one
case-insensitive regex, so a filter tests a line against every language in a single match.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

# What may stand around a phrase on a line of its own: bullets, counts, arrows, colons, emoji.
EDGE = r"[\s\p{P}\p{S}\d]*"


def phrases(table: Mapping[str, Iterable[str]]) -> list[str]:
    """All phrases of a per-language table, longest first (so alternation prefers them)."""
    seen = {p.strip() for items in table.values() for p in items if p.strip()}
    return sorted(seen, key=lambda p: (-len(p), p))


def alternation(table: Mapping[str, Iterable[str]]) -> str:
    """One regex alternation of the table's phrases; spaces match any run of whitespace."""
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in phrases(table))


def compile_phrases(table: Mapping[str, Iterable[str]], *, mode: str = "line") -> regex.Pattern[str]:
    """Compile a phrase table.

    ``line``: the whole line is one phrase, give or take punctuation, digits and symbols.
    ``start``: the line starts with a phrase (then a word boundary).
    ``search``: a phrase anywhere, on word boundaries.
    """
    alt = alternation(table)
    if mode == "line":
        pattern = rf"^{EDGE}(?:{alt}){EDGE}$"
    elif mode == "start":
        pattern = rf"^{EDGE}(?:{alt})(?!\w)"
    elif mode == "search":
        pattern = rf"(?<!\w)(?:{alt})(?!\w)"
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return regex.compile(pattern, regex.IGNORECASE)


def languages(*tables: Mapping[str, Iterable[str]]) -> list[str]:
    """The languages some table has phrases for (for the docs' filter catalogue)."""
    return sorted({lang for t in tables for lang in t})
