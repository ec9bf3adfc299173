"""The working state steps act on: the blocks of one page and the verdict given to each.

A block without a verdict is still open; it ends as main text unless some step labels it.
The first verdict a block gets is final, so an earlier, more specific step's reason is the
one a user sees, and steps later in the pipeline cannot undo it (``force=True`` can, on purpose).

Besides blocks and verdicts a page carries its settings (the pipeline's checked options), its
per-page context (``url``), facts steps compute once and share (``memo``, ``memo_labels``: a
private cache, the second part of it forgotten whenever a verdict changes) and state that one
part of the engine owns (``state``: the HTML element tree, the text region's walls), looked up by
its class so every reader gets it typed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count, repeat
from operator import is_
from typing import Any, Final, TypeVar

from .document import Block, Label, Verdict
from .settings import Settings

T = TypeVar("T")
_NO_SETTINGS: Final = Settings((), {})
# tuple.__new__ skips the Python-level __new__ a NamedTuple call runs (an interpreted call in both builds).
_new: Final = tuple.__new__


class Page:
    """Blocks plus verdicts. Steps read ``blocks`` and call the labelling methods."""

    __slots__ = ("_by_labels", "_facts", "_next_group", "_shared", "_states", "blocks", "format", "page_metadata",
                 "settings", "step", "url", "verdicts", "warnings")

    def __init__(self, blocks: Sequence[Block], *, format: str = "text",
                 settings: Settings | None = None, url: str | None = None) -> None:
        self.blocks: tuple[Block, ...] = tuple(blocks)
        self.verdicts: list[Verdict | None] = [None] * len(self.blocks)
        self.format = format
        self.settings: Settings = settings if settings is not None else _NO_SETTINGS
        self.url = url  # where the page came from, when the caller knows (picks a site's template)
        self.step = ""  # name of the step now running; set by the pipeline
        self.warnings: list[str] = []  # what a user should know about this page's result
        self.page_metadata: dict[str, Any] = {}  # page-level facts found while making blocks (HTML <meta>)
        self._next_group = 0
        self._facts: dict[Callable[[Page], Any], Any] = {}
        self._by_labels: dict[Callable[[Page], Any], Any] = {}
        self._states: dict[type, Any] = {}
        self._shared: dict[str, Verdict] = {}

    def __len__(self) -> int:
        return len(self.blocks)

    # -- reading -------------------------------------------------------------------------------
    def is_open(self, i: int) -> bool:
        return self.verdicts[i] is None

    def open_indices(self) -> Iterator[int]:
        """Indices of the blocks without a verdict, read lazily (a verdict given meanwhile counts)."""
        # C-level iterators: filters call this for every page, a generator would run Python per block.
        return compress(count(), map(is_, self.verdicts, repeat(None)))

    def label_of(self, i: int) -> Label:
        v = self.verdicts[i]
        return Label.KEEP if v is None else v.label

    def option(self, name: str) -> Any:
        """The value of option ``name`` (given, or its declared default)."""
        return self.settings[name]

    # -- shared facts and owned state -------------------------------------------------------------
    def memo(self, compute: Callable[[Page], T]) -> T:
        """``compute(page)``, computed once: for facts of the blocks alone (features, line keys; those
        skip the blocks already settled when first asked, see text.features.live_blocks)."""
        try:
            value: T = self._facts[compute]
        except KeyError:
            value = self._facts[compute] = compute(self)
        return value

    def memo_labels(self, compute: Callable[[Page], T]) -> T:
        """``compute(page)``, computed again after any verdict changed: for facts that read verdicts."""
        try:
            value: T = self._by_labels[compute]
        except KeyError:
            value = self._by_labels[compute] = compute(self)
        return value

    def labels_changed(self) -> None:
        """Forget the facts that read verdicts (a relabel, a new region wall)."""
        if self._by_labels:
            self._by_labels.clear()

    def state(self, kind: type[T]) -> T:
        """The page's one ``kind`` object, made with ``kind()`` on first use."""
        try:
            value: T = self._states[kind]
        except KeyError:
            value = self._states[kind] = kind()
        return value

    def attach(self, value: Any) -> None:
        """Give the page a state object made elsewhere (the HTML tree the blocks were made from)."""
        self._states[type(value)] = value

    def attached(self, kind: type[T]) -> T | None:
        """The page's ``kind`` object, or None when nothing attached one."""
        value: T | None = self._states.get(kind)
        return value

    # -- labelling -------------------------------------------------------------------------------
    def set(self, i: int, label: Label, reason: str, detail: str = "", *,
            group: int | None = None, role: str | None = None, force: bool = False) -> bool:
        """Give block ``i`` a verdict unless it has one already (``force``: even then); returns
        whether it was set."""
        if self.verdicts[i] is not None:
            if not force:
                return False
            # A settled block opened again: the facts computed for the live blocks only (an HTML
            # page's features, see text.features.live_blocks) must be found again to include it.
            self._facts.clear()
        # Blocks given the same verdict share one tuple (a large page has thousands of each): the
        # last verdict of each reason is reused when it matches (no hashing of the Label enum).
        last = self._shared.get(reason)
        if (last is not None and last.label is label and last.step == self.step and last.detail == detail
                and last.group == group and last.role == role):
            self.verdicts[i] = last
        else:
            self.verdicts[i] = self._shared[reason] = _new(Verdict, (label, self.step, reason, detail, group, role))
        if self._by_labels:
            self._by_labels.clear()
        return True

    def drop(self, i: int, reason: str, detail: str = "") -> bool:
        return self.set(i, Label.DROP, reason, detail)

    def drop_open(self, start: int, end: int, reason: str, detail: str = "") -> None:
        """Drop every still-open block from ``start`` up to ``end`` (exclusive) for one reason: what
        `drop` does for each of them, with one verdict looked up and the label memos cleared once
        (select_main_region drops most lines of a page of menus this way)."""
        verdicts = self.verdicts
        open_ = list(compress(range(start, end), map(is_, verdicts[start:end], repeat(None))))
        if not open_:
            return
        self.set(open_[0], Label.DROP, reason, detail)  # makes or reuses the shared verdict
        verdict = verdicts[open_[0]]
        for i in open_:
            verdicts[i] = verdict

    def keep(self, i: int, reason: str, detail: str = "") -> bool:
        """Mark block ``i`` as main text on purpose, so later filters leave it alone."""
        return self.set(i, Label.KEEP, reason, detail)

    def metadata(self, i: int, field_name: str, reason: str, detail: str = "") -> bool:
        return self.set(i, Label.METADATA, reason, detail, role=field_name)

    def new_group(self) -> int:
        """A fresh id to tie the blocks of one related item together."""
        self._next_group += 1
        return self._next_group

    def related(self, i: int, group: int, role: str, reason: str, detail: str = "") -> bool:
        return self.set(i, Label.RELATED, reason, detail, group=group, role=role)

    def warn(self, message: str) -> None:
        """Tell the user something about this page's result (``Document.warnings``), once."""
        if message not in self.warnings:
            self.warnings.append(message)
