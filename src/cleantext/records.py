"""A Document as JSON-ready fields, for JSONL records (``--add``) and WARC output.

One place decides what ``--add title,related,removed,metadata`` writes, so every output format
that carries records agrees on the field names and shapes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .document import Document
from .errors import ConfigError

# Each addable field and how it is read off a Document; values are JSON-ready (str, list, dict, None).
FIELDS: dict[str, Callable[[Document], Any]] = {
    "title": lambda doc: doc.title,
    "body": lambda doc: doc.body,
    "related": lambda doc: [r.to_dict() for r in doc.related],
    "removed": lambda doc: [r.to_dict() for r in doc.removed],
    "metadata": lambda doc: doc.metadata,
    "format": lambda doc: doc.format,
    # Each block's range in the repaired input and its label (text mode; [] for HTML): see Document.spans.
    "spans": lambda doc: [s.to_dict() for s in doc.spans],
}


def parse_fields(spec: str | Iterable[str]) -> tuple[str, ...]:
    """Field names from ``"title,related"`` (or a list of names), checked against `FIELDS`.

    >>> parse_fields("title, removed")
    ('title', 'removed')
    """
    parts = spec.split(",") if isinstance(spec, str) else list(spec)
    names = tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))
    unknown = [n for n in names if n not in FIELDS]
    if unknown:
        raise ConfigError(
            f"unknown field(s) {', '.join(map(repr, unknown))}; valid fields: {', '.join(FIELDS)}")
    return names


def document_fields(doc: Document, add: Iterable[str], *, prefix: str = "") -> dict[str, Any]:
    """The fields named in ``add`` (see `FIELDS`) of ``doc``, keyed ``prefix + name``.

    >>> from cleantext import extract
    >>> document_fields(extract("One line of text that is kept."), ["title", "removed"])
    {'title': None, 'removed': []}
    """
    return {prefix + name: FIELDS[name](doc) for name in parse_fields(add)}
