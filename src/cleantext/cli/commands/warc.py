"""``cleantext warc FILE.warc[.gz] ...``: clean every HTML response of WARC files into JSON Lines.

Each output line holds the response's url and WARC date, the clean text, and the ``--add`` fields;
records that are not HTML responses are counted on stderr.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from ...errors import CleantextError
from ...pipeline import Pipeline
from ...records import FIELDS, document_fields, parse_fields
from ...templates import TemplateModel
from ...warc import WarcCounts, WarcPage, batches, read_warc
from ..jobs import Settings, build_pipeline
from ..parallel import OrderedPool, cpu_count
from . import parse_args

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  cleantext warc crawl.warc.gz > pages.jsonl
  cleantext warc -j 0 --add title,metadata a.warc b.warc.gz | gzip > pages.jsonl.gz
  cleantext warc --templates templates.json crawl.warc.gz     (see `cleantext learn`)

output: one JSON object per HTML response: {"url", "date", "text", and the --add fields}.
exit codes: 0 ok, 1 a file could not be read (others are still cleaned), 2 usage error
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext warc", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean the HTML responses of WARC files (Common Crawl, web archives) into JSON Lines.")
    p.add_argument("files", nargs="+", metavar="FILE", help="WARC files, gzipped (.warc.gz) or not")
    p.add_argument("--format", choices=["auto", "text", "html"], default="html",
                   help="how to read each response body (default: html)")
    p.add_argument("--add", default="", metavar="FIELDS",
                   help=f"also write these fields, comma-separated: {','.join(FIELDS)}")
    p.add_argument("--add-prefix", default="", metavar="PREFIX", help="prefix for the --add keys")
    p.add_argument("--templates", metavar="FILE.json",
                   help="a site-template model from `cleantext learn`; the site comes from each url")
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="switch off a step by name (repeatable)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core); output order is kept")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-file summary on stderr")
    return p


# Responses sent to a worker at a time: enough that pickling costs little next to the cleaning.
CHUNK_PAGES = 32


@dataclass(frozen=True)
class WarcSettings:
    """What each process needs to clean responses; small and picklable (the model travels as a path)."""

    format: str = "html"
    add: tuple[str, ...] = ()
    add_prefix: str = ""
    disable: tuple[str, ...] = ()
    templates: str | None = None


@dataclass
class Cleaned:
    """A chunk's JSONL lines and the messages about responses that could not be cleaned."""

    lines: str = ""
    messages: list[str] = field(default_factory=list)


def run(argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cleantext warc``; returns the exit code."""
    args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
    if isinstance(args, int):
        return args
    if args.jobs < 0:
        print("cleantext warc: error: -j must be 0 (all cores) or more", file=stderr)
        return EXIT_USAGE
    try:
        settings = WarcSettings(args.format, parse_fields(args.add), args.add_prefix, tuple(args.disable),
                                args.templates)
        start(settings)  # a bad field, step name or model file fails here, before any worker starts
    except (CleantextError, OSError) as e:
        print(f"cleantext warc: error: {e}", file=stderr)
        return EXIT_USAGE
    status = EXIT_OK
    with OrderedPool(work, jobs=args.jobs or cpu_count(), init=start, initargs=(settings,)) as pool:
        for name in args.files:
            counts = WarcCounts()
            failed = 0
            try:
                for cleaned in pool.map(batches(read_warc(name, counts=counts), CHUNK_PAGES)):
                    for message in cleaned.messages:
                        print(f"cleantext warc: {name}: {message}; skipped", file=stderr)
                    failed += len(cleaned.messages)
                    stdout.write(cleaned.lines)
            except (OSError, EOFError, CleantextError) as e:
                # A missing file, a truncated .gz, or a file that is not WARC: say so, go on with the next.
                print(f"cleantext warc: error: cannot read {name}: {e}", file=stderr)
                status = EXIT_FAILED
            if not args.quiet:
                note = f"; {failed:,} could not be cleaned" if failed else ""
                print(f"cleantext warc: {name}: {counts.summary()}{note}", file=stderr)
    stdout.flush()
    return status


_STATE: tuple[WarcSettings, Pipeline] | None = None


def start(settings: WarcSettings) -> None:
    """Build this process's pipeline (a worker initializer; run once per process and settings)."""
    global _STATE
    if _STATE is not None and _STATE[0] == settings:
        return
    options = {"templates": TemplateModel.load(settings.templates)} if settings.templates else {}
    _STATE = (settings, build_pipeline(Settings(disable=settings.disable, options=options)))


def work(chunk: list[WarcPage]) -> Cleaned:
    """Clean a chunk of responses with this process's pipeline."""
    assert _STATE is not None, "start() must run first"
    settings, pipeline = _STATE
    out = Cleaned()
    lines = []
    for page in chunk:
        try:
            lines.append(page_line(page, pipeline, settings.format, settings.add, settings.add_prefix))
        except CleantextError as e:
            out.messages.append(f"{page.url}: {e}")
    out.lines = "".join(lines)
    return out


def page_line(page: WarcPage, pipeline: Pipeline, format: str, add: Sequence[str], prefix: str = "") -> str:
    """One JSONL line for a WARC response (with its newline)."""
    doc = pipeline.run(page.html, format=format, url=page.url or None)
    record = {"url": page.url, "date": page.date, "text": doc.text, **document_fields(doc, add, prefix=prefix)}
    return json.dumps(record, ensure_ascii=False) + "\n"
