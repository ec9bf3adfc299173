"""The work one process does for the CLI: clean a chunk of JSONL records or one whole page.

`Settings` is everything the command line decided, small and picklable, so each worker process
builds its pipeline once (`start`) and then only receives chunks of input (`work`).
"""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..errors import CleantextError
from ..pipeline import Pipeline
from ..records import document_fields
from ..stats import count_verdicts
from ..trace import explain
from .jsonl import Chunk, dump_record, parse_record

POLICIES = ("keep", "skip", "fail")
OUTPUTS = ("text", "markdown", "json", "explain")
# What the message about a bad record adds, per --on-error policy.
POLICY_NOTE = {"keep": "passed through unchanged", "skip": "skipped", "fail": "stopping (--on-error fail)"}


@dataclass(frozen=True)
class Settings:
    """What to do with each page: the pipeline, the output form, the JSONL fields, the error policy."""

    format: str = "auto"
    output: str = "text"
    jsonl: bool = False
    field: str = "text"
    output_field: str | None = None
    add: tuple[str, ...] = ()
    add_prefix: str = ""
    on_error: str = "keep"
    stats: bool = False
    disable: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    options: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    url: str | None = None  # --url: every page's URL, over JSONL record urls


@dataclass(frozen=True)
class PageInput:
    """One whole input (a file or stdin) in plain mode."""

    source: str
    data: bytes
    heading: bool = False  # several inputs: an --explain report starts with "== SOURCE"


@dataclass
class Result:
    """What came of a chunk or page: output bytes, stderr messages, counts, and whether to stop."""

    output: bytes = b""
    messages: list[str] = dataclasses.field(default_factory=list)
    # Indices into ``messages`` that are warnings (hidden by --quiet), not errors.
    warnings: set[int] = dataclasses.field(default_factory=set)
    records: int = 0
    errors: int = 0
    repaired: int = 0
    stats: Counter[str] = dataclasses.field(default_factory=Counter)
    stop: bool = False


def build_pipeline(settings: Settings) -> Pipeline:
    """The default pipeline with the ``enable`` opt-in steps, narrowed by ``only``, without
    ``disable``, with ``options``."""
    pipeline = Pipeline.default()
    if settings.enable:
        pipeline = pipeline.enable(*settings.enable)
    if settings.only:
        pipeline = pipeline.only(*settings.only)
    if settings.disable:
        pipeline = pipeline.without(*settings.disable)
    if settings.options:
        pipeline = pipeline.with_options(**settings.options)
    return pipeline


def renderer(output: str) -> Callable[[Document], str]:
    """How a Document becomes output text for ``--output``/``--json``/``--explain``."""
    if output == "markdown":
        from ..markdown import to_markdown  # written separately; the CLI checks it imports

        return to_markdown
    if output == "json":
        return lambda doc: json.dumps(doc.to_dict(), ensure_ascii=False)
    if output == "explain":
        return explain
    return lambda doc: doc.text


class Cleaner:
    """Cleans chunks and pages according to one `Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline = build_pipeline(settings)
        self.render = renderer(settings.output)

    def clean(self, page: str | bytes, result: Result, url: object = None) -> Document:
        # The record's URL picks its site's learned template and makes an HTML page's links absolute.
        given = self.settings.url or (url if isinstance(url, str) and url else None)
        doc = self.pipeline.run(page, format=self.settings.format, url=given)
        if self.settings.stats:
            count_verdicts(doc, result.stats)
        return doc

    def fail(self, result: Result, where: str, problem: str) -> None:
        """Note a record that could not be cleaned; ``result.stop`` when the policy says stop."""
        result.errors += 1
        result.messages.append(f"{where}: {problem}; {POLICY_NOTE[self.settings.on_error]}")
        result.stop = self.settings.on_error == "fail"

    def page(self, page: PageInput) -> Result:
        """Clean one whole page (plain mode)."""
        result = Result(records=1)
        try:
            text = self.render(self.clean(page.data, result))
        # A bug on one page must not end a run over thousands: it is reported, counted and
        # handled by the --on-error policy, never swallowed.
        except Exception as e:  # noqa: BLE001
            self.fail(result, page.source, _problem(e))
            if self.settings.on_error == "keep" and self.settings.output in ("text", "markdown"):
                result.output = _as_line(page.data)
            return result
        if page.heading and self.settings.output == "explain":
            text = f"== {page.source}\n{text}\n"
        result.output = (text + "\n").encode("utf-8", "surrogateescape")
        return result

    def chunk(self, chunk: Chunk) -> Result:
        """Clean every record of a JSONL chunk, in order."""
        result = Result()
        out: list[bytes] = []
        s = self.settings
        target = s.output_field or s.field
        for n, line in enumerate(chunk.lines, start=chunk.first_line):
            if not line.strip():  # blank lines are not records; keep them so line numbers still match
                out.append(_as_line(line))
                continue
            result.records += 1
            where = f"{chunk.source}:{n}"
            try:
                record = parse_record(line, s.field)
                doc = self.clean(record.page, result, record.obj.get("url"))
                text = self.render(doc)
                if s.output == "explain":
                    out.append(f"== {where}\n{text}\n\n".encode("utf-8", "surrogateescape"))
                    continue
                record.obj[target] = text
                if s.add:
                    record.obj.update(document_fields(doc, s.add, prefix=s.add_prefix))
                out.append(dump_record(record.obj, bad_utf8=record.bad_utf8))
            except Exception as e:  # noqa: BLE001 - reported and counted, see Cleaner.page
                self.fail(result, where, _problem(e))
                if result.stop:
                    break
                if s.on_error == "keep" and s.output != "explain":
                    out.append(_as_line(line))
                continue
            if record.bad_utf8:
                result.repaired += 1
                result.warnings.add(len(result.messages))
                result.messages.append(
                    f"{where}: not valid UTF-8; the page was decoded as best possible, other keys kept as they were")
        result.output = b"".join(out)
        return result


def crashed(settings: Settings, task: Chunk | PageInput) -> Result:
    """The result for a task whose worker died twice running it (see `OrderedPool`): every record
    in it is a failed record, handled by the --on-error policy, so none is lost."""
    problem = "a worker process died (crashed or was killed) while cleaning"
    result = Result(errors=1, records=1)
    note = POLICY_NOTE[settings.on_error]
    result.stop = settings.on_error == "fail"
    if isinstance(task, PageInput):
        result.messages.append(f"{task.source}: {problem} this page; {note}")
        if settings.on_error == "keep" and settings.output in ("text", "markdown"):
            result.output = _as_line(task.data)
        return result
    records = [line for line in task.lines if line.strip()]
    last = task.first_line + len(task.lines) - 1
    result.records = result.errors = len(records)
    result.messages.append(f"{task.source}:{task.first_line}-{last}: {problem} these {len(records)} "
                           f"records; {note}")
    if settings.on_error == "keep" and settings.output != "explain":
        result.output = b"".join(_as_line(line) for line in task.lines)
    return result


def _as_line(data: bytes) -> bytes:
    """``data`` passed through unchanged, ending in a newline."""
    return data if data.endswith(b"\n") else data + b"\n"


def _problem(e: Exception) -> str:
    if isinstance(e, CleantextError):
        return str(e)
    return f"internal error, please report it: {type(e).__name__}: {e}"


_CLEANER: Cleaner | None = None


def start(settings: Settings) -> None:
    """Set up this process's cleaner (a worker initializer)."""
    global _CLEANER
    _CLEANER = Cleaner(settings)


def work(task: Chunk | PageInput) -> Result:
    """Clean one task with this process's cleaner (the function workers run)."""
    assert _CLEANER is not None, "jobs.start() must run first"
    return _CLEANER.chunk(task) if isinstance(task, Chunk) else _CLEANER.page(task)
