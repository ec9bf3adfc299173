"""The work one process does for the main command: clean a chunk of JSONL records or one whole page.

`Settings` is everything the command line decided, small and picklable; `Cleaner` is built from it
once per worker process (see `OrderedPool`) and then only receives chunks of input. Failed records
are counted and reported by the one batch policy in `batch`.
"""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..errors import BinaryInputError, PageTooLargeError
from ..limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES
from ..pipeline import Pipeline
from ..records import document_fields
from ..stats import count_verdicts
from ..trace import explain
from .batch import RecordError, Tally
from .jsonl import Chunk, dump_record, line_limit, parse_record

OUTPUTS = ("text", "markdown", "json", "explain")
NOT_UTF8 = "not valid UTF-8 (decoded as best possible)"


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
    max_bytes: int | None = DEFAULT_MAX_BYTES  # --max-bytes, --max-blocks: larger pages are refused
    max_blocks: int | None = DEFAULT_MAX_BLOCKS


@dataclass(frozen=True)
class PageInput:
    """One whole input (a file or stdin) in plain mode; ``source`` as named on the command line."""

    source: str  # "-" is stdin
    data: bytes
    # Set when the input is over --max-bytes: it was not read whole, and cleaning it fails with this.
    refused: PageTooLargeError | None = None

    @property
    def label(self) -> str:
        """The input's name in messages and headers."""
        return "<stdin>" if self.source == "-" else self.source


@dataclass
class Result(Tally):
    """What came of a chunk or page: the output bytes and the counts of `Tally`."""

    output: bytes = b""
    source: str = ""  # plain mode: the page's input, for the header between several inputs
    unreadable: str = ""  # plain mode: why the input is no page (binary data); exit code 1
    stats: Counter[str] = dataclasses.field(default_factory=Counter)


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
    """The main command's worker: cleans JSONL chunks and whole pages according to one `Settings`.

    Built once per process by `OrderedPool`, so the pipeline is built once; call it with a task.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline = build_pipeline(settings)
        self.render = renderer(settings.output)

    def __call__(self, task: Chunk | PageInput) -> Result:
        return self.chunk(task) if isinstance(task, Chunk) else self.page(task)

    def clean(self, page: str | bytes, result: Result, url: object = None, *, where: str = "",
              format: str | None = None) -> Document:
        """Clean one page, in ``format`` if given (a WARC record's own) else the settings' format; its
        warnings (``Document.warnings``) are noted at ``where``."""
        # The record's URL picks its site's learned template and makes an HTML page's links absolute.
        given = self.settings.url or (url if isinstance(url, str) and url else None)
        doc = self.pipeline.run(page, format=format or self.settings.format, url=given,
                                max_bytes=self.settings.max_bytes, max_blocks=self.settings.max_blocks)
        for warning in doc.warnings:
            result.warn(where or result.source or "<page>", "page warning", warning)
        if self.settings.stats:
            count_verdicts(doc, result.stats)
        return doc

    def page(self, page: PageInput) -> Result:
        """Clean one whole page (plain mode)."""
        s = self.settings
        result = Result(records=1, source=page.label)
        try:
            if page.refused is not None:
                raise page.refused
            doc = self.clean(page.data, result, where=page.label)
            if s.output == "json":  # which input the Document is of: one JSON line per input
                text = json.dumps({"source": page.source, **doc.to_dict()}, ensure_ascii=False)
            else:
                text = self.render(doc)
        except BinaryInputError as e:  # no page at all: an input that cannot be read, never passed through
            result.records = 0
            result.unreadable = str(e)
            return result
        # A bug on one page must not end a run over thousands: it is reported, counted and
        # handled by the --on-error policy, never swallowed.
        except Exception as e:  # noqa: BLE001
            if page.refused is not None:  # never read whole, so never passed through: left out, whatever the policy
                result.fail(page.label, e, "skip" if s.on_error == "keep" else s.on_error)
                result.left_out += s.on_error == "keep"
                return result
            result.fail(page.label, e, s.on_error)
            if s.on_error == "keep" and s.output in ("text", "markdown"):
                result.output = _as_line(page.data)
            return result
        # Empty input (or a page with nothing left) writes nothing, not a lone newline. A file name
        # that is not UTF-8 reaches "source" as surrogate escapes (PEP 383): in JSON they are written
        # as "\udce9" escapes, so the line stays UTF-8 and os.fsencode(source) gives the bytes back.
        errors = "backslashreplace" if s.output == "json" else "surrogateescape"
        result.output = (text + "\n").encode("utf-8", errors) if text else b""
        return result

    def chunk(self, chunk: Chunk) -> Result:
        """Clean every record of a JSONL chunk, in order."""
        result = Result()
        out: list[bytes] = []
        s = self.settings
        target = s.output_field or s.field
        for k, line in enumerate(chunk.lines):
            n = chunk.first_line + k
            if k in chunk.too_long:  # never read whole, so never passed through: left out, whatever the policy
                result.records += 1
                # A line is only ever cut under a limit, so both numbers are set here.
                error = RecordError(f"the record's line is over {line_limit(s.max_bytes) or 0:,} bytes "
                                    f"(--max-bytes {s.max_bytes or 0:,}); it was not read", kind="line too long")
                if result.fail(f"{chunk.source}:{n}", error, "skip" if s.on_error == "keep" else s.on_error):
                    break
                result.left_out += s.on_error == "keep"
                continue
            if not line.strip():  # blank lines are not records; keep them so line numbers still match
                out.append(_as_line(line))
                continue
            result.records += 1
            where = f"{chunk.source}:{n}"
            try:
                record = parse_record(line, s.field)
                result.found_keys.add(s.field)
                doc = self.clean(record.page, result, record.obj.get("url"), where=where)
                text = self.render(doc)
                if s.output == "explain":
                    out.append(f"{header(where)}{text}\n\n".encode("utf-8", "surrogateescape"))
                    continue
                record.obj[target] = text
                if s.add:
                    record.obj.update(document_fields(doc, s.add, prefix=s.add_prefix))
                out.append(dump_record(record.obj, bad_utf8=record.bad_utf8))
            except Exception as e:  # noqa: BLE001 - reported and counted, see Cleaner.page
                if result.fail(where, e, s.on_error):
                    break
                if s.on_error == "keep" and s.output != "explain":
                    out.append(_as_line(line))
                continue
            if record.bad_utf8:
                result.warn(where, NOT_UTF8, "not valid UTF-8; the page was decoded as best possible, "
                                             "other keys kept as they were")
        result.output = b"".join(out)
        return result


def header(name: str) -> str:
    """The line that heads each page's output when there are several (as `head` does).

    >>> header("a.txt")
    '==> a.txt <==\\n'
    """
    return f"==> {name} <==\n"


class WorkerCrash(RecordError):
    """The records of a task whose worker process died twice (counted as one kind)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="worker died")


def crashed(settings: Settings, task: Chunk | PageInput) -> Result:
    """The result for a task whose worker died twice running it (see `OrderedPool`): every record
    in it is a failed record, handled by the --on-error policy, so none is lost."""
    problem = "a worker process died (crashed or was killed) while cleaning"
    if isinstance(task, PageInput):
        result = Result(records=1, source=task.label)
        result.fail(task.label, WorkerCrash(f"{problem} this page"), settings.on_error)
        if settings.on_error == "keep" and settings.output in ("text", "markdown"):
            result.output = _as_line(task.data)
        return result
    records = [line for line in task.lines if line.strip()]
    last = task.first_line + len(task.lines) - 1
    result = Result(records=len(records))
    result.fail(f"{task.source}:{task.first_line}-{last}", WorkerCrash(f"{problem} these {len(records)} records"),
                settings.on_error, records=len(records))
    if settings.on_error == "keep" and settings.output != "explain":
        result.output = b"".join(_as_line(line) for line in task.lines)
    return result


def _as_line(data: bytes) -> bytes:
    """``data`` passed through unchanged, ending in a newline."""
    return data if data.endswith(b"\n") else data + b"\n"
