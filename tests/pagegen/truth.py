"""Score a cleaner's Document against a generated page's truth: what was kept, removed, moved.

Lines are compared by a key that ignores what encoding repair is for (mojibake, entities,
invisible characters, odd spaces, NFD), so these figures measure the filters, not the repairs.
"""
from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ftfy
import regex

from .boilerplate import KINDS
from .page import LIST_MARKER, GeneratedPage, Part

INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\u00ad\ufeff]")
SPACES = regex.compile(r"\s+")
# Lines shorter than this are matched as whole output lines, longer ones as substrings, so "Home"
# inside an article sentence does not count as the menu's "Home" being kept.
SHORT = 25


def key(text: str) -> str:
    """``text`` with damage undone and whitespace collapsed: equal keys mean the same line."""
    text = ftfy.fix_text(html.unescape(text))
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return SPACES.sub(" ", text).strip()


@dataclass
class Outcome:
    """What happened to one page: each long paragraph kept or not, each boilerplate part removed or not."""

    long_kept: list[tuple[str, bool]] = field(default_factory=list)
    short_kept: list[tuple[str, bool]] = field(default_factory=list)
    # (kind, removed from the main text, went where a perfect cleaner puts it, the part's lines)
    parts: list[tuple[str, bool, bool, tuple[str, ...]]] = field(default_factory=list)


class OutputIndex:
    """The keys of a Document's main text, metadata and related items, for fast look-ups."""

    def __init__(self, doc: Any) -> None:
        self.lines = [key(line) for line in doc.text.split("\n") if line.strip()]
        self.line_set = set(self.lines)
        self.blob = "\n".join(self.lines)
        self.metadata = {key(v) for v in _flatten(doc.metadata.values())}
        self.related_titles = [key(r.title) for r in doc.related if r.title]
        self.related_text = "\n".join(key(r.text) for r in doc.related)

    def in_text(self, line: str) -> bool:
        k = key(line)
        if not k:
            return False
        return k in self.blob if len(k) >= SHORT else k in self.line_set

    def moved_to_metadata(self, line: str) -> bool:
        k = key(line)
        return any(k in v or v in k for v in self.metadata if v)

    def moved_to_related(self, line: str) -> bool:
        k = key(line)
        if any(t and (t in k) for t in self.related_titles if len(t) >= 10):
            return True
        return bool(k) and k in self.related_text


def _flatten(values: Iterable[Any]) -> Iterable[str]:
    for v in values:
        if isinstance(v, str):
            yield from v.split("\n")
        elif isinstance(v, (list, tuple)):
            yield from _flatten(v)
        elif v is not None:
            yield str(v)


def article_keys(page: GeneratedPage) -> list[str]:
    """Keys of the page's own lines (headline and article), which the output rightly holds."""
    return [key(line) for part in page.parts if not part.is_boilerplate for line in part.lines]


def ambiguous(line: str, own: list[str]) -> bool:
    """A boilerplate line the article also holds (a trending item that is the headline, an item the
    prose generator wrote into a paragraph too): finding it in the output says nothing."""
    k = key(line)
    return bool(k) and any(k == o or (len(k) >= SHORT and k in o) for o in own)


def part_removed(part: Part, page: GeneratedPage, out: OutputIndex, own: list[str] | None = None) -> bool:
    if part.kind == "headline_repeat":
        # The repeat is gone when the headline is in the output at most once.
        return out.lines.count(key(part.lines[0])) <= 1
    own = article_keys(page) if own is None else own
    return not any(out.in_text(line) for line in part.lines if not ambiguous(line, own))


def part_destination(part: Part, out: OutputIndex) -> bool:
    dest = KINDS[part.kind].destination
    if dest == "metadata":
        return all(out.moved_to_metadata(line) for line in part.lines)
    if dest == "related":
        heads = [line for line in part.lines if len(key(line)) >= SHORT]
        return bool(heads) and all(out.moved_to_related(line) for line in heads)
    return True


def measure(page: GeneratedPage, doc: Any) -> Outcome:
    """Compare ``doc`` (a cleantext Document of ``page``) with the page's truth."""
    out = OutputIndex(doc)
    outcome = Outcome()
    own = article_keys(page)
    for part in page.parts:
        if part.kind == "article":
            for line in part.lines:
                target = outcome.long_kept if part.long else outcome.short_kept
                # HTML renders list items as <li> without the text's "- " marker.
                kept = out.in_text(line) or (part.subkind == "list" and out.in_text(LIST_MARKER.sub("", line)))
                target.append((line, kept))
        elif part.is_boilerplate:
            if part.kind != "headline_repeat" and all(ambiguous(line, own) for line in part.lines):
                continue  # nothing of the part tells it from the article
            removed = part_removed(part, page, out, own)
            outcome.parts.append((part.kind, removed, removed and part_destination(part, out), part.lines))
    return outcome
