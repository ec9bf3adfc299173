"""The block model: blocks of a page, the verdicts filters give them, and the Document result.

A page becomes a sequence of `Block`s. Filters never change a block's text; they give it a
`Verdict` (a `Label` plus who decided and why). `assemble` turns blocks and verdicts into a
`Document`, so a saved trace of verdicts replays to the same result.
"""
from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple, overload

from .labels import Kind, Label

# Label and Kind are defined in labels.py (compiled in the compiled build) and belong here too.
__all__ = ["Block", "Comment", "Document", "Kind", "Label", "Related", "Removal", "Span", "Trace", "Verdict"]

# The source of a block holding the headline a page states in its metadata (JSON-LD headline,
# og:title, <title>) rather than shows: it follows the page's visible blocks, and is still the title.
STATED_HEADLINE: Final = "meta/title"


class Block(NamedTuple):
    """One line or paragraph of a page (immutable; a NamedTuple because pages have thousands).

    ``text`` is the stripped text after repairs. ``gap_before`` says the input had a blank line
    (or a block boundary, in HTML) before it, which output keeps as a paragraph break.
    ``source`` is where the block came from in HTML mode (an element path), empty in text mode.
    ``link_density`` is the share of the text inside links (HTML mode; 0.0 in text mode).
    ``start`` is where ``text`` begins in the repaired input (text mode; -1 in HTML mode, whose
    blocks are made from a DOM): ``repaired[start:start + len(text)] == text``.
    ``marks`` are the block's inline links and emphasis in HTML mode: ``("link", text, href)``,
    ``("em", text, "")``, ``("strong", text, "")``, in page order; `to_markdown` renders them.
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index(); the name is the public API
    text: str
    kind: Kind = Kind.PARAGRAPH
    gap_before: bool = False
    source: str = ""
    link_density: float = 0.0
    url: str = ""
    level: int = 0
    start: int = -1
    # HTML: inline links and emphasis as (kind, text, href) runs of ``text``, for Markdown output.
    marks: tuple[tuple[str, str, str], ...] = ()


class Span(NamedTuple):
    """Where one block of a page lies in the repaired input, and what became of it.

    ``repaired[start:end]`` is the block's text; ``label`` is its verdict (``"keep"``, ``"drop"``,
    ``"title"``, ``"metadata"``, ``"related"``) and ``step`` the step that gave it.
    """

    start: int
    end: int
    label: str
    step: str
    index: int  # type: ignore[assignment]  # shadows tuple.index(); the name is the public API

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class Verdict(NamedTuple):
    """A filter's decision on one block.

    ``reason`` is a stable id such as ``"footer.copyright"``; ``detail`` a short human text.
    ``group`` ties related-item blocks together; ``role`` says what the block is inside its
    group ("section", "title", "source", "text", "meta") or, for metadata, the field name.
    """

    label: Label
    step: str
    reason: str
    detail: str = ""
    group: int | None = None
    role: str | None = None


class Removal(NamedTuple):
    """A dropped block: its text, the filter that dropped it, the reason id and a human reason."""

    text: str
    filter: str
    reason: str
    detail: str
    index: int  # type: ignore[assignment]  # shadows tuple.index(); the name is the public API

    @property
    def step(self) -> str:
        """The name of the step that dropped the block (``filter``: the pipeline calls them steps)."""
        return self.filter

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "filter": self.filter, "reason": self.reason,
                "detail": self.detail, "index": self.index}


class Trace(Sequence[tuple[Block, Verdict]]):
    """Every block of a page with its verdict, in page order: a sequence of ``(block, verdict)``.

    The pairs are made when read: a page of a million lines would otherwise hold a million pair
    tuples (~80 bytes each) that most callers never look at.
    """

    __slots__ = ("blocks", "verdicts")

    def __init__(self, blocks: Sequence[Block] = (), verdicts: Sequence[Verdict] = ()) -> None:
        if len(blocks) != len(verdicts):
            raise ValueError(f"{len(blocks)} blocks but {len(verdicts)} verdicts")
        self.blocks: tuple[Block, ...] = tuple(blocks)
        self.verdicts: tuple[Verdict, ...] = tuple(verdicts)

    def __len__(self) -> int:
        return len(self.blocks)

    @overload
    def __getitem__(self, i: int) -> tuple[Block, Verdict]: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[tuple[Block, Verdict], ...]: ...

    def __getitem__(self, i: int | slice) -> tuple[Block, Verdict] | tuple[tuple[Block, Verdict], ...]:
        if isinstance(i, slice):
            return tuple(zip(self.blocks[i], self.verdicts[i]))
        return self.blocks[i], self.verdicts[i]

    def __iter__(self) -> Iterator[tuple[Block, Verdict]]:
        return zip(self.blocks, self.verdicts)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Trace):
            return self.blocks == other.blocks and self.verdicts == other.verdicts
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and all(map(operator.eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to tuples of pairs, so not hashable like them

    def __repr__(self) -> str:
        return f"Trace({len(self)} blocks)"


@dataclass(frozen=True, slots=True)
class Related:
    """An item split off the page: a related/trending article or an inline "Read more" link.

    ``meta`` holds the item's short lines about it rather than of it (a rank number, a category,
    "28 Photos | View Gallery »", its title said again), so every line of the item is somewhere."""

    title: str | None
    source: str | None
    text: str
    section: str | None
    url: str | None = None
    indices: tuple[int, ...] = ()
    meta: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "source": self.source, "text": self.text,
                "section": self.section, "url": self.url, "meta": list(self.meta)}


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader's comment split off the page: who wrote it, when, and its text."""

    author: str | None
    time: str | None
    text: str
    indices: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"author": self.author, "time": self.time, "text": self.text}


@dataclass(frozen=True, slots=True)
class Document:
    """The result of cleaning one page.

    ``text`` is the main text with the headline first (when there is one); ``body`` the same
    without the headline. ``trace`` holds every block with its verdict, in page order (a `Trace`:
    a sequence of ``(block, verdict)`` pairs).
    """

    title: str | None
    body: str
    related: tuple[Related, ...]
    removed: tuple[Removal, ...]
    metadata: dict[str, Any]
    format: str
    trace: Trace = field(default_factory=Trace, repr=False, compare=False)
    # Metadata that came from the page as a whole (HTML <meta> tags), not from blocks.
    page_metadata: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # Whether the page had a paragraph break between the headline and the text, which ``text``
    # keeps: a break added here would be text the page did not have, and cleaning the output
    # again (where the headline may first be found) would then change it.
    title_gap: bool = field(default=True, repr=False)
    # What a user should know about this result: "no prose found", "templates set but no URL" ...
    warnings: tuple[str, ...] = ()
    # Readers' comments under the article (text mode; kept in the body too with include_comments=True).
    comments: tuple[Comment, ...] = ()

    @property
    def spans(self) -> tuple[Span, ...]:
        """Each block's character range in the repaired input with its label, in page order.

        Text mode only (HTML blocks come from a DOM and have no range; there this is empty).
        Filters never rewrite text, so the range of every kept, dropped or moved line is exact in
        the text the repairs produced: ``Pipeline.repair(decode_source(source))``, which is the
        decoded input itself when no repair changed anything.
        """
        return tuple(Span(b.start, b.start + len(b.text), v.label.value, v.step, b.index)
                     for b, v in self.trace if b.start >= 0)

    @property
    def text(self) -> str:
        if self.title and self.body:
            return f"{self.title}{chr(10) * 2 if self.title_gap else chr(10)}{self.body}"
        return self.title or self.body

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole result (without the per-block trace)."""
        return {
            "title": self.title,
            "text": self.text,
            "body": self.body,
            "related": [r.to_dict() for r in self.related],
            "removed": [r.to_dict() for r in self.removed],
            "metadata": self.metadata,
            "format": self.format,
            "warnings": list(self.warnings),
            "comments": [c.to_dict() for c in self.comments],
        }
