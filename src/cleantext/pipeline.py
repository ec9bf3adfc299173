"""Pipeline: one run of cleaning as a chain of named steps over one page.

    decode -> detect the format -> repairs -> make blocks (text or HTML)
           -> structure steps (HTML only) -> filters -> select steps -> assemble

Decoding, detecting, making blocks and assembling are fixed; everything that decides about a block
is a named `Step` that ``--list-filters`` shows, ``--disable`` switches off and ``--explain``
names. The order a pipeline lists its steps is the order they run; a step listed where it cannot
run (a filter after a select step) is a `PipelineError` that says where it may go. Options are
checked against what the steps declare (`cleantext.settings`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .assemble import assemble
from .decoding import decode_source
from .detect import detect_format
from .document import Document
from .errors import ConfigError, InputError, PipelineError
from .filters import DEFAULT_FILTERS, DEFAULT_SELECTORS
from .gc_pause import gc_paused
from .html import STRUCTURE_STEPS
from .html.blocks import html_page
from .html.flat import flat_text
from .language import identify_language
from .limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES, check_blocks, check_bytes
from .page import Page
from .quality import page_warnings
from .repairs import DEFAULT_REPAIRS, OPT_IN_REPAIRS
from .settings import Option, Settings
from .steps import DECLARED, KINDS, Step, StepKind, check_order, declared
from .text.blocks import text_blocks

FORMATS = ("auto", "text", "html")
# Repairs are plain str -> str functions (ftfy's style); they are declared here, not where defined.
_REPAIR_STEPS = {f.__name__: Step(f.__name__, f, "repair") for f in [*DEFAULT_REPAIRS, *OPT_IN_REPAIRS]}
# Steps a pipeline can add by name (``enable``) and the step each goes after.
_OPT_IN = {**{f.__name__: anchor for f, anchor in OPT_IN_REPAIRS.items()},
           "identify_language": "select_main_region"}
_OPT_IN_STEPS = {**_REPAIR_STEPS, "identify_language": declared(identify_language)}

StepLike = Step | tuple[str, Callable[..., Any], StepKind]


def _as_step(name: str, func: Callable[..., Any], kind: StepKind) -> Step:
    """A step from a (name, func, kind) tuple; a built-in function under its own name keeps its
    declaration (formats, options, order)."""
    known = known_steps().get(name)
    if known is not None and known.func is func and known.kind == kind:
        return known
    return Step(name, func, kind)


def _triple(step: object) -> tuple[str, Callable[..., Any], StepKind]:
    """``step`` checked to be a (name, function, kind) tuple; anything else is a PipelineError."""
    if not isinstance(step, tuple) or len(step) != 3 or not isinstance(step[0], str):
        raise PipelineError(f"a step is a Step or a (name, function, kind) tuple, not {step!r}")
    return step


def default_steps() -> list[Step]:
    """Every built-in step of the default pipeline, in the default order."""
    return ([_REPAIR_STEPS[f.__name__] for f in DEFAULT_REPAIRS]
            + [declared(f) for f in [*STRUCTURE_STEPS, *DEFAULT_FILTERS, *DEFAULT_SELECTORS]])


def known_steps() -> dict[str, Step]:
    """Every built-in step by name, opt-in ones included."""
    return {**_REPAIR_STEPS, **DECLARED}


class Pipeline:
    """An ordered list of named steps and the options they read.

    >>> p = Pipeline.default().without("drop_footer")
    >>> "drop_footer" in p.names
    False
    """

    def __init__(self, steps: Iterable[StepLike], *, options: Mapping[str, Any] | None = None) -> None:
        if isinstance(steps, (str, bytes)) or not isinstance(steps, Iterable):
            raise PipelineError(f"steps must be a list of Steps or (name, function, kind) tuples, not "
                                f"{type(steps).__name__}; Pipeline.default() has the built-in ones")
        if options is not None and not isinstance(options, Mapping):
            raise ConfigError(f"options must be a mapping of option names to values (a dict), "
                              f"not {type(options).__name__}")
        built = [s if isinstance(s, Step) else _as_step(*_triple(s)) for s in steps]
        names = [s.name for s in built]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise PipelineError(f"step names must be unique; repeated: {', '.join(dupes)}")
        check_order(built)
        self.steps: tuple[Step, ...] = tuple(built)
        self.options: dict[str, Any] = dict(options or {})
        # Options of built-in steps this pipeline lacks are accepted and do nothing, so
        # ``--disable drop_site_template`` with a model, or options before without(), are no error.
        elsewhere = {o.name: s.name for s in known_steps().values() for o in s.options
                     if s.name not in names}
        self.settings = Settings([o for s in built for o in s.options], self.options, known_elsewhere=elsewhere)
        self._repairs = [(s.name, s.func) for s in built if s.kind == "repair"]
        self._labelling = {fmt: tuple(s for s in built if s.kind != "repair" and s.runs_on(fmt))
                           for fmt in ("text", "html")}

    @classmethod
    def default(cls, *, options: Mapping[str, Any] | None = None) -> Pipeline:
        """The default pipeline: every built-in repair, structure step, filter and select step, in order."""
        return cls(default_steps(), options=options)

    # -- building ----------------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.steps)

    def _check(self, names: Iterable[str]) -> None:
        unknown = [n for n in names if n not in self.names]
        if unknown:
            hint = "".join(f"; {n!r} is off by default: enable it with enable({n!r}) or --enable {n}"
                           for n in unknown if n in _OPT_IN)
            raise PipelineError(f"unknown step name(s): {', '.join(map(repr, unknown))}; "
                                f"valid names: {', '.join(self.names)}{hint}")

    def _copy(self, steps: Iterable[Step]) -> Pipeline:
        return Pipeline(steps, options=self.options)

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        self._check(names)
        return self._copy(s for s in self.steps if s.name not in names)

    def only(self, *names: str) -> Pipeline:
        """A copy with just the named steps (in this pipeline's order)."""
        self._check(names)
        return self._copy(s for s in self.steps if s.name in names)

    def replace(self, name: str, func: Callable[..., Any]) -> Pipeline:
        """A copy where the step ``name`` runs ``func`` instead (same name, kind, formats and options)."""
        self._check([name])
        return self._copy(Step(s.name, func, s.kind, s.options, s.formats, s.after) if s.name == name else s
                          for s in self.steps)

    def insert(self, func: Callable[..., Any], *, name: str | None = None, kind: StepKind = "filter",
               before: str | None = None, after: str | None = None, formats: Iterable[str] | None = None,
               options: Iterable[Option] = ()) -> Pipeline:
        """A copy with ``func`` added as a step of ``kind``: before or after a named step, or, with
        neither, after the last step of its kind (or of a kind that runs before it).

        A place where the step cannot run (a filter after a select step) is a `PipelineError`
        that says where it may go.
        """
        if before is not None and after is not None:
            raise PipelineError("give at most one of before= and after=")
        anchor = before or after
        if anchor is not None:
            self._check([anchor])
        if formats is None:
            formats = ("html",) if kind == "structure" else ("text", "html")
        new = Step(name or str(getattr(func, "__name__", "custom_step")), func, kind, tuple(options),
                   frozenset(formats))
        steps = list(self.steps)
        if anchor is None:
            rank = KINDS.index(kind) if kind in KINDS else len(KINDS)
            pos = sum(1 for s in steps if KINDS.index(s.kind) <= rank)
        else:
            pos = [s.name for s in steps].index(anchor) + (1 if after else 0)
        steps.insert(pos, new)
        return self._copy(steps)

    def enable(self, *names: str) -> Pipeline:
        """A copy with the named opt-in steps (``unwrap_lines``, ``uncurl_quotes``, ``identify_language``)
        in their place."""
        unknown = [n for n in names if n not in _OPT_IN]
        if unknown:
            raise PipelineError(f"not an opt-in step: {', '.join(map(repr, unknown))}; "
                                f"opt-in steps: {', '.join(_OPT_IN)}")
        steps = list(self.steps)
        for name in names:
            if name in self.names:
                continue
            anchor = _OPT_IN[name]
            new = _OPT_IN_STEPS[name]
            # Without its anchor a repair goes after the repairs, a select step last.
            at = next((i + 1 for i, s in enumerate(steps) if s.name == anchor),
                      sum(1 for s in steps if s.kind == "repair") if new.kind == "repair" else len(steps))
            steps.insert(at, new)
        return self._copy(steps)

    def with_options(self, **options: Any) -> Pipeline:
        """A copy with these options added; unknown names and wrong types are a `ConfigError`."""
        return Pipeline(self.steps, options={**self.options, **options})

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    # -- running -----------------------------------------------------------------------------
    def repair(self, text: str) -> str:
        """Apply only the repairs, in order, until they change nothing (at most 3 rounds)."""
        # Each repair is idempotent, but a later one can uncover work for an earlier one:
        # stripping the zero-width space in "R&uuml\u200b;ckgang" leaves an entity, so one pass
        # would not be idempotent (found by tests/test_properties_text.py). Clean text costs one pass.
        for _ in range(3):
            before = text
            for name, func in self._repairs:
                text = func(text)
                if not isinstance(text, str):  # a custom repair that forgot its return: say which one
                    raise PipelineError(f"repair {name!r} returned {type(text).__name__}, not str")
            if text == before:
                break
        return text

    def page(self, source: str | bytes, *, format: str = "auto", url: str | None = None,
             max_bytes: int | None = DEFAULT_MAX_BYTES, max_blocks: int | None = DEFAULT_MAX_BLOCKS) -> Page:
        """The page before any step labels it: decoded, its format detected, repaired, made into blocks.
        A page over a size limit raises `PageTooLargeError` (see `run`)."""
        if format not in FORMATS:
            raise InputError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        if url is not None and not isinstance(url, str):
            raise InputError(f"url must be a str or None, not {type(url).__name__}")
        for name, limit in (("max_bytes", max_bytes), ("max_blocks", max_blocks)):
            if limit is not None and (type(limit) is not int or limit < 0):  # type(): a bool is no count
                raise InputError(f"{name} must be a whole number, 0 or more, or None for no limit; not {limit!r}")
        check_bytes(source, max_bytes)
        text = decode_source(source)
        fmt = detect_format(text) if format == "auto" else format
        if fmt == "html":
            page = html_page(text, repair=self.repair, settings=self.settings, url=url or None)
            check_blocks(len(page.blocks), max_blocks)
            flat = flat_text(page)
            if flat is None:
                return page
            # Text in HTML dress (each line its own <p>, no links or headings): read as text.
            as_text = Page(text_blocks(flat, max_blocks=max_blocks), format="text", settings=self.settings,
                           url=url or None)
            as_text.page_metadata.update(page.page_metadata)
            as_text.warn("html.flat: the HTML holds only lines of text (no links, lists or headings); "
                         "it was read as plain text")
            return as_text
        return Page(text_blocks(self.repair(text), max_blocks=max_blocks), format="text", settings=self.settings,
                    url=url or None)

    def run(self, source: str | bytes, *, format: str = "auto", url: str | None = None,
            max_bytes: int | None = DEFAULT_MAX_BYTES, max_blocks: int | None = DEFAULT_MAX_BLOCKS) -> Document:
        """Clean one page and return its Document. ``url`` is where the page came from, if known:
        it picks the site's learned template and makes an HTML page's links absolute. A page over
        ``max_bytes`` bytes or ``max_blocks`` blocks raises `PageTooLargeError` (None: no limit;
        see `cleantext.limits`)."""
        # The collector is off while the page is cleaned (nothing a run makes forms a cycle; see
        # cleantext/gc_pause.py) and back on only after _run has returned: by then the page's objects
        # are freed, so turning it on does not set off a pass over all of them.
        with gc_paused():
            return self._run(source, format=format, url=url, max_bytes=max_bytes, max_blocks=max_blocks)

    def _run(self, source: str | bytes, *, format: str, url: str | None, max_bytes: int | None,
             max_blocks: int | None) -> Document:
        page = self.page(source, format=format, url=url, max_bytes=max_bytes, max_blocks=max_blocks)
        for step in self._labelling[page.format]:
            page.step = step.name
            step.func(page)
        for warning in page_warnings(page):  # a page that cannot be cleaned well says so
            page.warn(warning)
        return assemble(page.blocks, page.verdicts, format=page.format, extra_metadata=page.page_metadata,
                        warnings=page.warnings)


def opt_in_names() -> tuple[str, ...]:
    """Names of the steps that are off by default and can be enabled."""
    return tuple(_OPT_IN)
