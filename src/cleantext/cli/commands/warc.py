"""``cleantext warc FILE.warc[.gz] ...``: clean every page of WARC and WET files into JSON Lines.

A page is an HTML response (WARC, cleaned as HTML) or a text conversion (Common Crawl's WET,
cleaned as text). Each output line holds the record's id, url and WARC date, the clean text, and
the ``--add`` fields; other records are counted on stderr. A response that cannot be cleaned is
handled by the batch policy every command shares (`cleantext.cli.batch`).
"""
from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Sequence
from typing import TextIO

from ...errors import CleantextError
from ...records import FIELDS, parse_fields
from ...templates import TemplateModel
from ...warc import WarcCounts, WarcPage, batches, page_record, read_warc
from ..batch import EXIT_USAGE, Report, exit_codes
from ..jobs import Cleaner, Result, Settings
from ..options import add_batch_options, parse_args
from ..parallel import OrderedPool, cpu_count
from ..streams import open_output

EPILOG = """\
examples:
  cleantext warc crawl.warc.gz > pages.jsonl
  cleantext warc CC-MAIN-...-00000.warc.wet.gz > pages.jsonl   (WET: text records, cleaned as text)
  cleantext warc -j 0 --add title,metadata a.warc b.warc.gz -o pages.jsonl.gz
  cleantext warc --templates templates.json crawl.warc.gz     (see `cleantext learn`)
  cleantext warc --on-error fail crawl.warc.gz > pages.jsonl  (stop at the first page that fails)

output: one JSON object per page: {"id", "url", "date", "text", and the --add fields}; a page is an
HTML response (cleaned as HTML) or a WET conversion record (cleaned as text).
A response that cannot be cleaned gets a message on stderr (the first 20; then "... and N more")
and is counted per kind at the end; a file that cannot be read is reported and the next one is read.

""" + exit_codes(usage="unknown option, step name or --add field, or a --templates file that cannot be read",
                        unit="response")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext warc", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean the pages of WARC and WET files (Common Crawl, web archives) into JSON Lines: "
                    "HTML responses as HTML, WET text conversions as text.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="WARC or WET files, gzipped (.warc.gz, .warc.wet.gz) or not")
    p.add_argument("--format", choices=["record", "auto", "text", "html"], default="record",
                   help="how to read each page: record = by its record's kind, HTML for a response and "
                        "text for a WET conversion (default); or one format for all")
    p.add_argument("--add", default="", metavar="FIELDS",
                   help=f"also write these fields, comma-separated: {','.join(FIELDS)}")
    p.add_argument("--add-prefix", default="", metavar="PREFIX", help="prefix for the --add keys")
    p.add_argument("--templates", metavar="FILE.json",
                   help="a site-template model from `cleantext learn`; the site comes from each url")
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="switch off a step by name (repeatable)")
    p.add_argument("--enable", action="append", default=[], metavar="NAME",
                   help="add a step that is off by default, e.g. identify_language (repeatable)")
    add_batch_options(p, policies=("skip", "fail"), default="skip",
                      quiet="no per-file summary and no per-response messages; errors about a whole "
                            "file and the final count of failed responses are still shown")
    return p


# Responses sent to a worker at a time: enough that pickling costs little next to the cleaning.
CHUNK_PAGES = 32


class WarcCleaner:
    """The warc command's worker: turns a chunk of responses into JSONL lines (built once per process)."""

    def __init__(self, settings: Settings) -> None:
        self.cleaner = Cleaner(settings)
        self.settings = settings

    def __call__(self, chunk: list[WarcPage]) -> Result:
        s = self.settings
        result = Result()
        lines = []
        for page in chunk:
            result.records += 1
            try:
                fmt = page.format if s.format == "record" else s.format
                doc = self.cleaner.clean(page.content, result, page.url, where=page.url, format=fmt)
                record = page_record(page, doc, s.add, prefix=s.add_prefix)
                lines.append(json.dumps(record, ensure_ascii=False) + "\n")
            # A bug on one page must not end a run over a whole crawl: counted, reported, skipped.
            except Exception as e:  # noqa: BLE001
                if result.fail(page.url, e, s.on_error):
                    break
        result.output = "".join(lines).encode("utf-8", "surrogateescape")
        return result


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings for the workers; a bad field, step name or model file fails here (`CleantextError`)."""
    options = {}
    if args.templates:
        try:
            options["templates"] = TemplateModel.load(args.templates)
        except OSError as e:
            raise CleantextError(f"cannot read {args.templates}: {e.strerror or e}") from None
    # "record" is this command's own: each page's format comes from its record (see WarcCleaner).
    settings = Settings(format=args.format, add=parse_fields(args.add), add_prefix=args.add_prefix,
                        disable=tuple(args.disable), enable=tuple(dict.fromkeys(args.enable)),
                        on_error=args.on_error, options=options)
    WarcCleaner(settings)  # builds the pipeline: unknown step names fail now, before any worker starts
    return settings


def run(argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cleantext warc``; returns the exit code."""
    args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
    if isinstance(args, int):
        return args
    try:
        settings = settings_from(args)
    except CleantextError as e:
        print(f"cleantext warc: error: {e}", file=stderr)
        return EXIT_USAGE
    report = Report("cleantext warc", stderr, policy=args.on_error, quiet=args.quiet, unit="responses",
                    reads_stdin=False)
    try:
        out = open_output(args.output_file, stdout)
    except OSError as e:
        return report.cannot_write(args.output_file, e)
    with out, OrderedPool(functools.partial(WarcCleaner, settings), jobs=args.jobs or cpu_count()) as pool:
        for name in args.files:
            counts = WarcCounts()
            failed = sum(report.total.failed.values())
            try:
                for result in pool.map(batches(read_warc(name, counts=counts), CHUNK_PAGES)):
                    stop = report.add(result)
                    out.write(result.output)
                    if stop:
                        break
            except (OSError, EOFError, CleantextError) as e:
                # A missing file, a truncated .gz, or a file that is not WARC: say so, go on with the next.
                report.cannot_read(name, e)
            failed = sum(report.total.failed.values()) - failed
            if not args.quiet:
                note = f"; {failed:,} could not be cleaned" if failed else ""
                report.say(f"{name}: {counts.summary()}{note}")
            if report.stopped:
                break
    return report.finish()
