"""The working state filters act on: the blocks of one page and the verdict given to each.

A block without a verdict is still open; it ends as main text unless some filter labels it.
The first verdict a block gets is final, so an earlier, more specific filter's reason is the
one a user sees, and filters later in the pipeline cannot undo it.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import compress, count, repeat
from operator import is_
from typing import Any

from .document import Block, Label, Verdict


class Page:
    """Blocks plus verdicts. Filters read ``blocks`` and call the labelling methods."""

    __slots__ = ("_next_group", "blocks", "format", "notes", "options", "step", "verdicts")

    def __init__(self, blocks: Sequence[Block], *, format: str = "text",
                 options: Mapping[str, Any] | None = None,
                 verdicts: Sequence[Verdict | None] | None = None) -> None:
        self.blocks: tuple[Block, ...] = tuple(blocks)
        # Verdicts given while the blocks were made (HTML structure) come in pre-set.
        self.verdicts: list[Verdict | None] = list(verdicts) if verdicts else [None] * len(self.blocks)
        self.format = format
        self.options: Mapping[str, Any] = options or {}
        self.step = ""  # name of the step now running; set by the pipeline
        self._next_group = 0
        # Facts one filter leaves for later ones (e.g. the main region's bounds).
        self.notes: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.blocks)

    def is_open(self, i: int) -> bool:
        return self.verdicts[i] is None

    def open_indices(self) -> Iterator[int]:
        """Indices of the blocks without a verdict, read lazily (a verdict given meanwhile counts)."""
        # C-level iterators: filters call this for every page, a generator would run Python per block.
        return compress(count(), map(is_, self.verdicts, repeat(None)))

    def label_of(self, i: int) -> Label:
        v = self.verdicts[i]
        return Label.KEEP if v is None else v.label

    def set(self, i: int, label: Label, reason: str, detail: str = "", *,
            group: int | None = None, role: str | None = None, force: bool = False) -> bool:
        """Give block ``i`` a verdict unless it has one already; returns whether it was set."""
        if self.verdicts[i] is not None and not force:
            return False
        self.verdicts[i] = Verdict(label, self.step, reason, detail, group, role)
        return True

    def drop(self, i: int, reason: str, detail: str = "") -> bool:
        return self.set(i, Label.DROP, reason, detail)

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
