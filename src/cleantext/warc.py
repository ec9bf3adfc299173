"""Stream the pages out of WARC / WARC.gz and WET files (Common Crawl, web archives).

Needs the optional extra ``warc`` (warcio). Two kinds of record are pages: an HTML ``response``
(a WARC file), decoded with the charset its HTTP header names (then the page's own declaration,
UTF-8, windows-1252), and a ``conversion`` record (a WET file: text already taken out of the HTML,
boilerplate and all), which is cleaned in text mode. Other records are counted.
"""
from __future__ import annotations

import codecs
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

import regex

from .decoding import decode_bytes
from .document import Document
from .errors import InputError, MissingExtraError
from .pipeline import Pipeline
from .records import document_fields, parse_fields

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Content-Type: text/html; charset="ISO-8859-1" -> ISO-8859-1
HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", regex.IGNORECASE)
# A response without a Content-Type is sniffed: "<!DOCTYPE html" or "<html" near the start.
LOOKS_HTML = regex.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", regex.IGNORECASE | regex.DOTALL)


@dataclass(frozen=True)
class WarcPage:
    """One page of a WARC or WET file: target url, WARC date, the decoded ``content`` and its ``format``.

    ``format`` is ``"html"`` for a response record (WARC) and ``"text"`` for a conversion record
    (WET). ``status`` is the HTTP status (0 for a conversion record, which has none); ``charset`` the
    one the HTTP header named, or None. ``record_id`` is the record's ``WARC-Record-ID``;
    ``refers_to`` a WET record's ``WARC-Refers-To`` (the id of the response it was made from);
    ``languages`` what the crawler's identifier said (``WARC-Identified-Content-Language``, "eng,fra").
    """

    url: str
    date: str
    status: int
    content: str
    charset: str | None
    format: str = "html"
    record_id: str = ""
    refers_to: str = ""
    languages: str = ""

    @property
    def html(self) -> str:
        """The content (HTML for a response record): the name this field had before WET input."""
        return self.content


@dataclass
class WarcCounts:
    """What a pass over WARC files met: records read, HTML responses and text conversions yielded,
    the rest by reason."""

    records: int = 0
    html: int = 0
    text: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``"12 records: 5 HTML responses; skipped 4 request, 3 not HTML"``; a WET file's:
        ``"9 records: 8 text conversions; skipped 1 warcinfo"``."""
        parts = ", ".join(f"{n:,} {why}" for why, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        found = [f"{self.html:,} HTML responses"] if self.html or not self.text else []
        if self.text:
            found.append(f"{self.text:,} text conversions")
        return f"{self.records:,} records: {', '.join(found)}" + (f"; skipped {parts}" if parts else "")


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


# What warcio's record parser raises, besides ArchiveLoadFailed, on a record it cannot read.
WARCIO_PARSE_ERRORS = (AttributeError, ValueError, KeyError, IndexError, TypeError)


def _warcio() -> tuple[Any, type[Exception]]:
    """warcio's record iterator and the error it raises on a file that is not WARC. The WARC-only
    iterator: warcio's general one also reads the old ARC format, and takes any line of text with
    spaces in it for an ARC record (a warning on stderr per line, no error)."""
    try:
        from warcio.archiveiterator import WARCIterator  # type: ignore[import-untyped]
        from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
    except ImportError as e:
        raise MissingExtraError(
            "reading WARC files needs warcio: pip install 'cleantext-pages[warc]'") from e
    return WARCIterator, ArchiveLoadFailed


def iter_warc(stream: IO[bytes], *, counts: WarcCounts | None = None) -> Iterator[WarcPage]:
    """The pages of one WARC, WARC.gz, WET or WET.gz stream, in file order, read as they are needed:
    HTML responses (``format="html"``) and text conversions (``format="text"``)."""
    archive_iterator, load_failed = _warcio()
    counts = counts if counts is not None else WarcCounts()
    records = iter(archive_iterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except load_failed as e:
            raise InputError(f"not a readable WARC file ({str(e).strip()})") from e
        except WARCIO_PARSE_ERRORS as e:
            # warcio's record parser fails with these on a record cut short (a truncated file: no
            # WARC-Target-URI line gives AttributeError on None) or malformed.
            raise InputError(f"not a readable WARC file: record {counts.records + 1:,} is cut short or "
                             f"malformed ({type(e).__name__}: {e})") from e
        counts.records += 1
        page = _text_page(record) if record.rec_type == "conversion" else _html_page(record, counts)
        if page is not None:
            if page.format == "text":
                counts.text += 1
            else:
                counts.html += 1
            yield page


def read_warc(path: str | os.PathLike[str], *, counts: WarcCounts | None = None) -> Iterator[WarcPage]:
    """The pages of the WARC or WET file at ``path`` (gzipped or not), as `iter_warc` reads them."""
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
    headers = record.rec_headers
    return WarcPage(
        url=headers.get_header("WARC-Target-URI") or "",
        date=headers.get_header("WARC-Date") or "",
        status=status,
        content=decode_bytes(body, encoding=charset),
        charset=charset,
        record_id=headers.get_header("WARC-Record-ID") or "",
    )


def _text_page(record: Any) -> WarcPage:
    """A WET conversion record: the page's text, UTF-8 as Common Crawl writes it (decode_bytes
    still falls back to windows-1252, which never fails, for a file some other tool wrote)."""
    headers = record.rec_headers
    return WarcPage(
        url=headers.get_header("WARC-Target-URI") or "",
        date=headers.get_header("WARC-Date") or "",
        status=0,
        content=decode_bytes(record.content_stream().read()),
        charset=None,
        format="text",
        record_id=headers.get_header("WARC-Record-ID") or "",
        refers_to=headers.get_header("WARC-Refers-To") or "",
        languages=headers.get_header("WARC-Identified-Content-Language") or "",
    )


def page_record(page: WarcPage, doc: Document, add: Sequence[str] = (), *, prefix: str = "") -> dict[str, Any]:
    """The JSON-ready record of one cleaned page: the one `cleantext warc` writes per line.

    ``{"id", "url", "date", "text"}`` and the ``add`` fields (`cleantext.records.FIELDS`).
    """
    return {"id": page.record_id, "url": page.url, "date": page.date, "text": doc.text,
            **document_fields(doc, add, prefix=prefix)}


def clean_warc(source: str | os.PathLike[str] | IO[bytes], *, pipeline: Pipeline | None = None,
               format: str | None = None, add: str | Sequence[str] = (), add_prefix: str = "",
               counts: WarcCounts | None = None) -> Iterator[dict[str, Any]]:
    """Clean every page of a WARC or WET file (a path or a binary stream) into records, one at a time.

    Each page is cleaned in its own record's format (HTML responses as HTML, WET conversions as
    text) unless ``format`` names one for all; the record's url picks its site's template when the
    pipeline has one. Records are those of `page_record`. A page that fails raises: wrap the
    loop if a crawl must go on past a bug (the CLI counts and skips such pages).
    """
    pipe = pipeline or Pipeline.default()
    names = parse_fields(add)
    pages = read_warc(source, counts=counts) if isinstance(source, (str, os.PathLike)) else \
        iter_warc(source, counts=counts)
    for page in pages:
        doc = pipe.run(page.content, format=format or page.format, url=page.url or None)
        yield page_record(page, doc, names, prefix=add_prefix)
