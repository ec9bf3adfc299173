"""``cleantext warc FILE.warc[.gz] ...``: clean every HTML response of WARC files into JSON Lines.

Each output line holds the response's url and WARC date, the clean text, and the ``--add`` fields;
records that are not HTML responses are counted on stderr.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TextIO

from ..errors import CleantextError
from ..jobs import Settings, build_pipeline
from ..pipeline import Pipeline
from ..records import FIELDS, document_fields, parse_fields
from ..templates import TemplateModel
from ..warc import WarcCounts, WarcPage, read_warc
from . import parse_args

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  cleantext warc crawl.warc.gz > pages.jsonl
  cleantext warc --add title,metadata a.warc b.warc.gz | gzip > pages.jsonl.gz
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
    p.add_argument("-q", "--quiet", action="store_true", help="no per-file summary on stderr")
    return p


def run(argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cleantext warc``; returns the exit code."""
    args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
    if isinstance(args, int):
        return args
    try:
        add = parse_fields(args.add)
        options = {"templates": TemplateModel.load(args.templates)} if args.templates else {}
        pipeline = build_pipeline(Settings(disable=tuple(args.disable), options=options))
    except (CleantextError, OSError) as e:
        print(f"cleantext warc: error: {e}", file=stderr)
        return EXIT_USAGE
    status = EXIT_OK
    for name in args.files:
        counts = WarcCounts()
        failed = 0
        try:
            for page in read_warc(name, counts=counts):
                try:
                    line = page_line(page, pipeline, args.format, add, args.add_prefix)
                except CleantextError as e:
                    print(f"cleantext warc: {name}: {page.url}: {e}; skipped", file=stderr)
                    failed += 1
                    continue
                stdout.write(line)
        except (OSError, EOFError, CleantextError) as e:
            # A missing file, a truncated .gz, or a file that is not WARC: say so, go on with the next.
            print(f"cleantext warc: error: cannot read {name}: {e}", file=stderr)
            status = EXIT_FAILED
        if not args.quiet:
            note = f"; {failed:,} could not be cleaned" if failed else ""
            print(f"cleantext warc: {name}: {counts.summary()}{note}", file=stderr)
    stdout.flush()
    return status


def page_line(page: WarcPage, pipeline: Pipeline, format: str, add: Sequence[str], prefix: str = "") -> str:
    """One JSONL line for a WARC response (with its newline)."""
    if "templates" in pipeline.options:
        pipeline = pipeline.with_options(url=page.url)
    doc = pipeline.run(page.html, format=format)
    record = {"url": page.url, "date": page.date, "text": doc.text, **document_fields(doc, add, prefix=prefix)}
    return json.dumps(record, ensure_ascii=False) + "\n"
