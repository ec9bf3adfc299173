"""Steps: the named repairs and labelling functions a pipeline runs, and how each is declared.

A step has a kind that fixes where it may stand in a run (see `KINDS`), the page formats it runs on,
the options it reads (each with a type and default) and the built-in steps it must follow. Built-in
steps declare all this where they are defined, with the `step` decorator, so their module reads as
the whole truth about them; a custom step is a plain `Step`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, TypeVar

from .errors import PipelineError
from .settings import Option

StepKind = Literal["repair", "structure", "filter", "select"]
# The order kinds run in, after the page is decoded and detected:
# repairs fix characters before blocks are made; structure steps label an HTML page's blocks from its
# element tree; filters label blocks from their text and neighbours; select steps decide what is
# relative to the main region from the filters' verdicts, so they come last (a filter run after the
# region was chosen would open gaps in it that become region edges on a second run, breaking
# clean(clean(x)) == clean(x)).
KINDS: tuple[StepKind, ...] = ("repair", "structure", "filter", "select")
FORMATS = frozenset({"text", "html"})
KIND_WORDS = {"repair": "a repair", "structure": "a structure step", "filter": "a filter",
              "select": "a select step"}
RUN_ORDER = "repairs -> structure steps -> filters -> select steps"

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Step:
    """A named repair, structure step, filter or select step.

    ``formats`` are the page formats it runs on (structure steps read the HTML element tree, so
    they are declared for ``{"html"}``); ``options`` the options it reads; ``after`` the steps it
    must follow when the pipeline has them (the order is checked, never silently changed).
    """

    name: str
    func: Callable[..., Any]
    kind: StepKind
    options: tuple[Option, ...] = ()
    formats: frozenset[str] = FORMATS
    after: tuple[str, ...] = ()
    summary: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise PipelineError(f"step {self.name!r} has kind {self.kind!r}; use one of {', '.join(KINDS)}")
        if not callable(self.func):
            raise PipelineError(f"step {self.name!r} is not callable")
        if not self.formats or not self.formats <= FORMATS:
            raise PipelineError(f"step {self.name!r} has formats {sorted(self.formats)}; use text and/or html")
        if self.kind == "structure" and self.formats != {"html"}:
            raise PipelineError(f"step {self.name!r}: structure steps read the HTML tree, formats must be {{'html'}}")

    @property
    def description(self) -> str:
        """One line on what the step does: its declared summary, or its docstring's first paragraph."""
        return self.summary or first_line(docstring(self.func))

    def runs_on(self, format: str) -> bool:
        return format in self.formats


def docstring(func: Callable[..., Any]) -> str | None:
    """``func``'s docstring, in both builds: mypyc drops the docstrings of the functions it compiles,
    so the compiled build records them from the source (setup.py) and they are read from there."""
    return func.__doc__ or _compiled_docstrings().get(
        f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', '')}")


@cache
def _compiled_docstrings() -> dict[str, str]:
    try:
        found: dict[str, str] = importlib.import_module("cleantext._compiled_docstrings").DOCSTRINGS
    except ModuleNotFoundError:  # the pure build: every function has its own docstring
        return {}
    return found


def first_line(doc: str | None) -> str:
    """The first paragraph of a docstring, on one line."""
    return " ".join((doc or "").strip().split("\n\n", 1)[0].split())


# Every built-in step, by name, as its module declares it.
DECLARED: dict[str, Step] = {}


def step(kind: StepKind, *, options: Iterable[Option] = (), formats: Iterable[str] = FORMATS,
         after: Iterable[str] = ()) -> Callable[[F], F]:
    """Declare the decorated function as a built-in step named after it."""
    def declare(func: F) -> F:
        name = func.__name__
        if name in DECLARED:
            raise PipelineError(f"step {name!r} is declared twice")
        DECLARED[name] = Step(name, func, kind, tuple(options), frozenset(formats), tuple(after),
                              first_line(docstring(func)))
        return func
    return declare


def declared(func: Callable[..., Any]) -> Step:
    """The declaration of a built-in step function."""
    found = DECLARED.get(getattr(func, "__name__", ""))
    if found is None or found.func is not func:
        raise PipelineError(f"{func!r} is not a declared step; wrap it in Step(name, func, kind)")
    return found


def check_order(steps: Iterable[Step]) -> None:
    """Raise `PipelineError` if a step stands where it cannot run: kinds out of order, or a step before
    one it must follow. The message says where the step may go."""
    listed = list(steps)
    position = {s.name: i for i, s in enumerate(listed)}
    for i, s in enumerate(listed):
        rank = KINDS.index(s.kind)
        for earlier in listed[:i]:
            if KINDS.index(earlier.kind) > rank:
                raise PipelineError(
                    f"step {s.name!r} ({KIND_WORDS[s.kind]}) is listed after {earlier.name!r} "
                    f"({KIND_WORDS[earlier.kind]}), but runs before it: a run goes {RUN_ORDER}; "
                    f"{_where(listed, s)}")
        for name in s.after:
            if name in position and position[name] > i:
                raise PipelineError(f"step {s.name!r} must come after {name!r}, which reads the page first "
                                    f"(it is listed before it); {_where(listed, s)}")


def _where(listed: list[Step], s: Step) -> str:
    """Where ``s`` may stand: between the last step it must follow and the first that must follow it."""
    rank = KINDS.index(s.kind)
    others = [o for o in listed if o is not s]
    lo = max((i for i, o in enumerate(others) if KINDS.index(o.kind) < rank or o.name in s.after), default=-1)
    hi = min((i for i, o in enumerate(others) if KINDS.index(o.kind) > rank or s.name in o.after),
             default=len(others))
    after = f"after {others[lo].name!r}" if lo >= 0 else "at the start"
    before = f"before {others[hi].name!r}" if hi < len(others) else "at the end"
    if lo < hi:
        return f"put it {after} and {before}"
    return f"it cannot stand anywhere with these steps ({after}, {before})"
