"""JSON Lines in and out: read lines in bounded chunks, take a record apart, put it back together.

Records stay bytes until a worker parses them, so the parent process only splits and joins lines.
A record's other keys survive byte for byte, even when the line is not valid UTF-8.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from .batch import RecordError

# A chunk is the unit sent to a worker: big enough that pickling and the pipe cost little next to
# the cleaning, small enough that a few chunks in flight per worker keep memory flat.
CHUNK_BYTES = 256 * 1024
CHUNK_RECORDS = 256
# Keys of a record named in the message when its --field is missing.
MAX_KEYS_SHOWN = 8
# How much longer than --max-bytes a record's line may be: JSON escapes a character in up to 6
# bytes ("\u0001"), and the record's other keys come on top.
LINE_ESCAPE_FACTOR = 6
LINE_OTHER_KEYS = 1 << 20
# A line over the limit is skipped in pieces of this size, never held whole.
_SKIP_PIECE = 1 << 20


def line_limit(max_bytes: int | None) -> int | None:
    """The longest record line read for a page limit of ``max_bytes`` (None: no limit)."""
    return None if max_bytes is None else max_bytes * LINE_ESCAPE_FACTOR + LINE_OTHER_KEYS


@dataclass(frozen=True)
class Chunk:
    """Consecutive lines of one input; ``first_line`` is the 1-based number of ``lines[0]``."""

    source: str
    first_line: int
    lines: list[bytes]
    # Positions in ``lines`` of lines over the line limit: read no further, held as b"".
    too_long: frozenset[int] = frozenset()


@dataclass
class Record:
    """A parsed JSONL line: the object, the page to clean, and whether the line was bad UTF-8."""

    obj: dict[str, Any]
    page: str | bytes
    bad_utf8: bool


def read_chunks(stream: IO[bytes], source: str, *, chunk_bytes: int = CHUNK_BYTES,
                chunk_records: int = CHUNK_RECORDS, max_line: int | None = None) -> Iterator[Chunk]:
    """The lines of ``stream`` in chunks, read as they are needed (never the whole stream). A line
    longer than ``max_line`` bytes is not kept: it comes as b"" with its position in ``too_long``."""
    lines: list[bytes] = []
    too_long: set[int] = set()
    size = 0
    first = 1
    for n, line in enumerate(_lines(stream, max_line), start=1):
        if line is None:
            too_long.add(len(lines))
            line = b""
        lines.append(line)
        size += len(line)
        if size >= chunk_bytes or len(lines) >= chunk_records:
            yield Chunk(source, first, lines, frozenset(too_long))
            lines, size, first, too_long = [], 0, n + 1, set()
    if lines:
        yield Chunk(source, first, lines, frozenset(too_long))


def _lines(stream: IO[bytes], max_line: int | None) -> Iterator[bytes | None]:
    """The lines of ``stream``; None for a line over ``max_line`` bytes, whose rest is skipped unread."""
    if max_line is None:
        yield from stream
        return
    while line := stream.readline(max_line + 1):
        if len(line) <= max_line or line.endswith(b"\n"):  # the whole line, its newline past the limit at most
            yield line
            continue
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP_PIECE)
            if not line:
                break
        yield None


def _type_name(value: object) -> str:
    # JSON's names, not Python's: the user wrote JSON.
    names = {dict: "an object", list: "an array", int: "a number", float: "a number",
             bool: "a boolean", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def parse_object(text: str) -> dict[str, Any]:
    """The JSON object on a line; `RecordError` when it is not JSON or not an object."""
    try:
        obj = json.loads(text)
    except ValueError as e:
        raise RecordError(f"invalid JSON: {e}", kind="invalid JSON") from None
    if not isinstance(obj, dict):
        raise RecordError(f"not a JSON object but {_type_name(obj)}", kind="not a JSON object")
    return obj


def field_of(obj: dict[str, Any], key: str, option: str, holds: str) -> str:
    """The string in ``obj[key]``; `RecordError` that names the keys there are when it is missing.

    >>> field_of({"id": 1, "html": "<p>x</p>"}, "text", "--field", "the page")
    Traceback (most recent call last):
    ...
    cleantext.cli.batch.RecordError: no field 'text' (this record has: id, html; use --field to name the one holding the page)
    """
    if key not in obj:
        have = ", ".join(list(obj)[:MAX_KEYS_SHOWN]) + (", ..." if len(obj) > MAX_KEYS_SHOWN else "")
        raise RecordError(f"no field {key!r} (this record has: {have or 'no keys'}; use {option} to name "
                          f"the one holding {holds})", kind=f"no field {key!r}", missing_key=key)
    value = obj[key]
    if not isinstance(value, str):
        raise RecordError(f"field {key!r} is {_type_name(value)}, not a string", kind=f"field {key!r} not a string")
    return value


def parse_record(line: bytes, field: str) -> Record:
    """The JSON object on ``line`` and its page text in ``field``; `RecordError` says what is wrong.

    A line that is not valid UTF-8 is read with surrogate escapes so its other keys are written back
    unchanged; the page itself is handed over as bytes, which the pipeline decodes sanely.

    >>> parse_record(b'{"id": 1, "text": "Hello"}', "text").page
    'Hello'
    """
    try:
        text = line.decode("utf-8")
        bad_utf8 = False
    except UnicodeDecodeError:
        text = line.decode("utf-8", "surrogateescape")
        bad_utf8 = True
    # A file saved "with BOM": json.loads refuses the mark, but the record is fine.
    text = text.removeprefix("\ufeff")
    obj = parse_object(text)
    value = field_of(obj, field, "--field", "the page")
    page: str | bytes = value
    if bad_utf8:
        try:
            page = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate written as a JSON escape: keep the str
            page = value
    return Record(obj, page, bad_utf8)


def dump_record(obj: dict[str, Any], *, bad_utf8: bool = False) -> bytes:
    """One JSONL line (with its newline) as UTF-8; non-ASCII is written as is, not escaped.

    >>> dump_record({"text": "café"})
    b'{"text": "caf\\xc3\\xa9"}\\n'
    """
    line = json.dumps(obj, ensure_ascii=False)
    try:
        # surrogateescape gives back the exact bytes of a line that was not valid UTF-8.
        return (line + "\n").encode("utf-8", "surrogateescape" if bad_utf8 else "strict")
    except UnicodeEncodeError:
        # A lone surrogate (from a "\ud800" escape in the input) cannot be UTF-8: escape it.
        return (json.dumps(obj) + "\n").encode("ascii")
