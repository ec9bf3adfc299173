"""Pipeline: one ordered list of named steps: repairs, then filters, then region selection.

Repairs are ``str -> str`` and fix characters; filters take a `Page` and label its blocks; a
"select" step is a filter that decides the main region from the other filters' verdicts, so it
runs after all of them whatever order it was given in. A pipeline reads top to bottom, steps are
switched off or replaced by name, and unknown names fail loudly with the list of valid ones.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .assemble import assemble
from .decoding import decode_source
from .detect import detect_format
from .document import Document
from .errors import InputError, PipelineError
from .page import Page
from .text.blocks import text_blocks

Repair = Callable[[str], str]
Filter = Callable[[Page], None]
StepKind = Literal["repair", "filter", "select"]
# The order kinds run in. Selection is last by construction: the region is decided from what the
# filters labelled (a labelled line costs, walls stop the run), so a filter running after it would
# open gaps inside the kept region that become region edges on a second run, which would break
# idempotence (clean(clean(x)) == clean(x)) for orders such as select_main_region, drop_footer.
KINDS: tuple[StepKind, ...] = ("repair", "filter", "select")
FORMATS = ("auto", "text", "html")


@dataclass(frozen=True)
class Step:
    """A named repair, filter or region selection."""

    name: str
    func: Callable[..., Any]
    kind: StepKind

    @property
    def description(self) -> str:
        """The first line of the step's docstring."""
        doc = (self.func.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""


StepLike = Step | tuple[str, Callable[..., Any], StepKind]


class Pipeline:
    """An ordered list of named repairs and filters.

    >>> p = Pipeline.default().without("drop_footer")
    >>> "drop_footer" in p.names
    False
    """

    def __init__(self, steps: Iterable[StepLike], *, options: Mapping[str, Any] | None = None) -> None:
        built: list[Step] = []
        for s in steps:
            step = s if isinstance(s, Step) else Step(*s)
            if step.kind not in KINDS:
                raise PipelineError(f"step {step.name!r} has kind {step.kind!r}; use one of {', '.join(KINDS)}")
            if not callable(step.func):
                raise PipelineError(f"step {step.name!r} is not callable")
            built.append(step)
        names = [s.name for s in built]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise PipelineError(f"step names must be unique; repeated: {', '.join(dupes)}")
        # Repairs always run before filters and selection after them, whatever order they were given in.
        ordered = [s for kind in KINDS for s in built if s.kind == kind]
        self.steps: tuple[Step, ...] = tuple(_built_in_selection_in_order(ordered))
        self.options: dict[str, Any] = dict(options or {})

    @classmethod
    def default(cls, *, options: Mapping[str, Any] | None = None) -> Pipeline:
        """The default pipeline: every built-in repair, filter and selection, in the documented order."""
        from .filters import DEFAULT_FILTERS, DEFAULT_SELECTORS
        from .repairs import DEFAULT_REPAIRS

        steps: list[StepLike] = [Step(f.__name__, f, "repair") for f in DEFAULT_REPAIRS]
        steps += [Step(f.__name__, f, "filter") for f in DEFAULT_FILTERS]
        steps += [Step(f.__name__, f, "select") for f in DEFAULT_SELECTORS]
        return cls(steps, options=options)

    # -- building ----------------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.steps)

    def _check(self, names: Iterable[str]) -> None:
        unknown = [n for n in names if n not in self.names]
        if unknown:
            raise PipelineError(
                f"unknown step name(s): {', '.join(map(repr, unknown))}; valid names: {', '.join(self.names)}")

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        self._check(names)
        return Pipeline([s for s in self.steps if s.name not in names], options=self.options)

    def only(self, *names: str) -> Pipeline:
        """A copy with just the named steps (in this pipeline's order)."""
        self._check(names)
        return Pipeline([s for s in self.steps if s.name in names], options=self.options)

    def replace(self, name: str, func: Callable[..., Any]) -> Pipeline:
        """A copy where the step ``name`` runs ``func`` instead (same name and kind)."""
        self._check([name])
        return Pipeline([Step(s.name, func, s.kind) if s.name == name else s for s in self.steps],
                        options=self.options)

    def insert(self, func: Callable[..., Any], *, name: str | None = None, kind: StepKind = "filter",
               before: str | None = None, after: str | None = None) -> Pipeline:
        """A copy with ``func`` added before/after a named step (default: at the end of its kind).

        An anchor of another kind only orders within the kind: a filter inserted before
        ``select_main_region`` still runs after every filter.
        """
        if before is not None and after is not None:
            raise PipelineError("give at most one of before= and after=")
        anchor = before or after
        if anchor is not None:
            self._check([anchor])
        step = Step(name or str(getattr(func, "__name__", "custom_step")), func, kind)
        steps = list(self.steps)
        if anchor is None:
            # After the last step of this kind or of a kind that runs before it.
            rank = KINDS.index(kind) if kind in KINDS else len(KINDS)
            pos = sum(1 for s in steps if KINDS.index(s.kind) <= rank)
        else:
            pos = [s.name for s in steps].index(anchor) + (1 if after else 0)
        steps.insert(pos, step)
        return Pipeline(steps, options=self.options)

    def with_options(self, **options: Any) -> Pipeline:
        """A copy with these options (thresholds, keyword lists) added."""
        return Pipeline(self.steps, options={**self.options, **options})

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    # -- running -----------------------------------------------------------------------------
    def repair(self, text: str) -> str:
        """Apply only the repairs, in order, until they change nothing (at most 3 rounds)."""
        repairs = [step.func for step in self.steps if step.kind == "repair"]
        # Each repair is idempotent, but a later one can uncover work for an earlier one:
        # stripping the zero-width space in "R&uuml\u200b;ckgang" leaves an entity, so one pass
        # would not be idempotent (found by tests/test_properties_text.py). Clean text costs one pass.
        for _ in range(3):
            before = text
            for func in repairs:
                text = func(text)
            if text == before:
                break
        return text

    def run(self, source: str | bytes, *, format: str = "auto") -> Document:
        """Clean one page and return its Document."""
        if format not in FORMATS:
            raise InputError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        text = decode_source(source)
        fmt = detect_format(text) if format == "auto" else format
        if fmt == "html":
            from .html.blocks import html_blocks

            blocks, verdicts, page_metadata = html_blocks(text, repair=self.repair, options=self.options)
        else:
            blocks, verdicts, page_metadata = text_blocks(self.repair(text)), None, {}
        page = Page(blocks, format=fmt, options=self.options, verdicts=verdicts)
        for step in self.steps:
            if step.kind != "repair":
                page.step = step.name
                step.func(page)
        return assemble(page.blocks, page.verdicts, format=fmt, extra_metadata=page_metadata)


def _built_in_selection_in_order(steps: list[Step]) -> list[Step]:
    """The built-in select steps in their dependency order (bylines, headline, its repeats, region),
    in the places the list gives them; custom select steps stay where they are listed.

    Each reads what the ones before it labelled (the headline is looked for past bylines, the
    region past both), so another order could decide differently on cleaned text than on the page.
    """
    from .filters import DEFAULT_SELECTORS

    rank = {f.__name__: i for i, f in enumerate(DEFAULT_SELECTORS)}
    slots = [i for i, s in enumerate(steps) if s.kind == "select" and s.name in rank]
    in_order = sorted((steps[i] for i in slots), key=lambda s: rank[s.name])
    result = list(steps)
    for i, step in zip(slots, in_order):
        result[i] = step
    return result
