"""Stream the HTML responses out of WARC / WARC.gz files (Common Crawl, web archives).

Needs the optional extra ``warc`` (warcio). Each HTML response is decoded with the charset its
HTTP header names (then the page's own declaration, UTF-8, windows-1252); others are counted.
"""
from __future__ import annotations

import codecs
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import regex

from .decoding import decode_bytes
from .errors import InputError, MissingExtraError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Content-Type: text/html; charset="ISO-8859-1" -> ISO-8859-1
HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", regex.IGNORECASE)
# A response without a Content-Type is sniffed: "<!DOCTYPE html" or "<html" near the start.
LOOKS_HTML = regex.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", regex.IGNORECASE | regex.DOTALL)


@dataclass(frozen=True)
class WarcPage:
    """One HTML response: target url, WARC date, HTTP status, decoded HTML and the charset used."""

    url: str
    date: str
    status: int
    html: str
    charset: str | None


@dataclass
class WarcCounts:
    """What a pass over WARC files met: records read, HTML responses yielded, the rest by reason."""

    records: int = 0
    html: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``"12 records: 5 HTML responses; skipped 4 request, 3 not HTML"``."""
        parts = ", ".join(f"{n:,} {why}" for why, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        return f"{self.records:,} records: {self.html:,} HTML responses" + (f"; skipped {parts}" if parts else "")


def header_charset(content_type: str) -> str | None:
    """The charset a Content-Type header names, if Python has a codec for it.

    >>> header_charset('text/html; charset="ISO-8859-1"')
    'iso8859-1'
    >>> header_charset("text/html; charset=x-unknown") is None
    True
    """
    m = HEADER_CHARSET.search(content_type)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None


def _warcio() -> tuple[Any, type[Exception]]:
    """warcio's record iterator and the error it raises on a file that is not WARC."""
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
        from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
    except ImportError as e:
        raise MissingExtraError(
            "reading WARC files needs warcio: pip install 'cleantext-pages[warc]'") from e
    return ArchiveIterator, ArchiveLoadFailed


def iter_warc(stream: IO[bytes], *, counts: WarcCounts | None = None) -> Iterator[WarcPage]:
    """The HTML responses of one WARC or WARC.gz stream, in file order, read as they are needed."""
    archive_iterator, load_failed = _warcio()
    counts = counts if counts is not None else WarcCounts()
    try:
        for record in archive_iterator(stream):
            counts.records += 1
            page = _html_page(record, counts)
            if page is not None:
                counts.html += 1
                yield page
    except load_failed as e:
        raise InputError(f"not a readable WARC file ({e})") from e


def read_warc(path: str | os.PathLike[str], *, counts: WarcCounts | None = None) -> Iterator[WarcPage]:
    """The HTML responses of the WARC file at ``path`` (gzipped or not)."""
    with open(path, "rb") as fh:
        yield from iter_warc(fh, counts=counts)


def batches(pages: Iterable[WarcPage], size: int) -> Iterator[list[WarcPage]]:
    """``pages`` in lists of ``size`` (the last may be shorter): the unit sent to a worker process."""
    batch: list[WarcPage] = []
    for page in pages:
        batch.append(page)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _html_page(record: Any, counts: WarcCounts) -> WarcPage | None:
    if record.rec_type != "response":
        counts.skipped[record.rec_type or "untyped"] += 1
        return None
    http = record.http_headers
    if http is None:  # a response record for dns:, ftp: ... carries no HTTP header
        counts.skipped["not HTTP"] += 1
        return None
    status = int(http.get_statuscode() or 0)
    if not 200 <= status < 300:
        counts.skipped[f"status {status // 100}xx"] += 1
        return None
    content_type = http.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    body = record.content_stream().read()
    if mime not in HTML_TYPES and not (not mime and LOOKS_HTML.match(body[:1024])):
        counts.skipped["not HTML"] += 1
        return None
    charset = header_charset(content_type)
    return WarcPage(
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        date=record.rec_headers.get_header("WARC-Date") or "",
        status=status,
        html=decode_bytes(body, encoding=charset),
        charset=charset,
    )
