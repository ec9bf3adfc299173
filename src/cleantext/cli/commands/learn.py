"""``cleantext learn PAGES.jsonl --by domain -o templates.json``: learn site templates from many pages.

Reads JSONL records (url + page) or WARC files, counts repeated blocks per site, and writes the model
that ``--templates`` and the ``drop_site_template`` filter use. ``--merge`` adds up saved models.
"""
from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from ...errors import CleantextError
from ...learn import page_blocks
from ...templates import MIN_PAGES, MIN_SHARE, SITE_KEYS, TemplateModel
from ...warc import WarcPage, batches, read_warc
from ..batch import EXIT_USAGE, RecordError, Report, Tally, exit_codes
from ..jsonl import Chunk, field_of, parse_record
from ..options import add_batch_options, parse_args
from ..parallel import OrderedPool, cpu_count
from ..streams import Inputs

EPILOG = f"""\
examples:
  cleantext learn pages.jsonl --by domain -o templates.json
  cleantext learn --field html --format html pages.jsonl.gz -o templates.json
  cleantext learn crawl.warc.gz -o templates.json          (WARC: .warc / .warc.gz inputs)
  cleantext learn --merge --keep-all shard1.json shard2.json -o templates.json
  cleantext --jsonl --templates templates.json pages.jsonl > clean.jsonl

A block is template when it is on at least --min-pages pages (default {MIN_PAGES}) and on at least
--min-share of its site's pages (default {MIN_SHARE}); the filter also needs it at the page's edges.
A record that cannot be used (no url, not JSON) gets a message on stderr (the first 20; then
"... and N more") and is counted per kind at the end. The model is written unless the run stopped
(--on-error fail): also when an input could not be read.

""" + exit_codes(usage="unknown option or a value out of range; also when the key that --field or "
                        "--url-field names is in no record at all", done="used")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext learn", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Learn the blocks that repeat across pages of each site (menus, footers, boxes).")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="JSONL pages (default: stdin; *.gz decompressed), WARC files, or models with --merge")
    p.add_argument("-o", "--output", "--output-file", default="-", metavar="FILE.json",
                   help="where to write the model (default: stdout)")
    p.add_argument("--by", choices=SITE_KEYS, default="domain",
                   help="what a site is: the registered domain (default) or the full host name")
    p.add_argument("--field", default="text", metavar="KEY", help="JSONL: the key holding the page (default: text)")
    p.add_argument("--url-field", default="url", metavar="KEY", help="JSONL: the key holding the url (default: url)")
    p.add_argument("--format", choices=["auto", "text", "html"], default="auto",
                   help="what a page is (default: auto-detect; WARC bodies are html)")
    p.add_argument("--min-pages", type=int, default=MIN_PAGES, metavar="N",
                   help=f"a template block is on at least N pages (default {MIN_PAGES})")
    p.add_argument("--min-share", type=float, default=MIN_SHARE, metavar="F",
                   help=f"... and on at least this share of the site's pages (default {MIN_SHARE})")
    p.add_argument("--merge", action="store_true", help="the inputs are saved models: add them up")
    p.add_argument("--keep-all", action="store_true",
                   help="also save blocks seen on one page, so shard models merge exactly (bigger file)")
    add_batch_options(p, policies=("skip", "fail"), default="skip", output=False,
                      quiet="no summary and no per-record messages; errors about a whole input and "
                            "the final count of skipped records are still shown")
    return p


@dataclass(frozen=True)
class LearnSettings:
    """How to read and count pages; small and picklable, sent once to each worker."""

    by: str = "domain"
    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    field: str = "text"
    url_field: str = "url"
    format: str = "auto"
    on_error: str = "skip"

    def empty_model(self) -> TemplateModel:
        return TemplateModel(by=self.by, min_pages=self.min_pages, min_share=self.min_share)


@dataclass
class Learned(Tally):
    """What a worker learned from one chunk, and the counts of the records it could not use."""

    model: TemplateModel = field(default_factory=TemplateModel)


# Responses of a WARC file sent to a worker at a time.
WARC_BATCH = 32


def run(argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cleantext learn``; returns the exit code."""
    args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
    if isinstance(args, int):
        return args
    settings = LearnSettings(args.by, args.min_pages, args.min_share, args.field, args.url_field, args.format,
                             args.on_error)
    try:
        model = settings.empty_model()
    except CleantextError as e:
        print(f"cleantext learn: error: {e}", file=stderr)
        return EXIT_USAGE
    report = Report("cleantext learn", stderr, policy=args.on_error, quiet=args.quiet, failure="could not be used",
                    keys={args.field: "--field", args.url_field: "--url-field"})
    jobs = 1 if args.merge else args.jobs or cpu_count()
    with OrderedPool(functools.partial(Learner, settings), jobs=jobs) as pool:
        for name in args.files or ["-"]:
            if args.merge:
                try:
                    model.merge(TemplateModel.load(name))
                except (OSError, CleantextError) as e:
                    report.cannot_read(name, e)
                continue
            try:
                for learned in pool.map(_tasks(name, stdin, report)):
                    model.merge(learned.model)  # counts add up: chunk order cannot matter
                    if report.add(learned):
                        break
            except (OSError, EOFError, CleantextError) as e:  # a WARC file that is missing or broken
                report.cannot_read(name, e)
            if report.stopped:
                break
    if report.stopped:  # a model of part of the pages would look like the whole
        return report.finish()
    try:
        _write(model, args.output, stdout, keep_min=1 if args.keep_all else 2)
    except OSError as e:
        report.cannot_write("stdout" if args.output == "-" else args.output, e)
        return report.finish()
    if not args.quiet:
        report.say(summary(model))
    return report.finish()


def summary(model: TemplateModel) -> str:
    """``"120 pages of 4 sites; 3 sites with a template of 41 blocks in all"``."""
    pages = sum(t.pages for t in model.sites.values())
    sizes = [sum(1 for _ in model.template_blocks(site)) for site in model.sites]
    with_template = sum(1 for n in sizes if n)
    return (f"{pages:,} pages of {len(model.sites):,} sites; "
            f"{with_template:,} sites with a template of {sum(sizes):,} blocks in all")


def _tasks(name: str, stdin: TextIO, report: Report) -> Iterator[Chunk | list[WarcPage]]:
    """The input in chunks: JSONL lines, or a WARC file's HTML responses."""
    if name.endswith((".warc", ".warc.gz", ".wet", ".wet.gz")):
        return batches(read_warc(name), WARC_BATCH)
    return Inputs([name], stdin, report).chunks()


class Learner:
    """The learn command's worker: counts the pages of one chunk into a fresh model (built once per process)."""

    def __init__(self, settings: LearnSettings) -> None:
        self.settings = settings

    def __call__(self, task: Chunk | list[WarcPage]) -> Learned:
        s = self.settings
        learned = Learned(model=s.empty_model())
        if not isinstance(task, Chunk):
            for page in task:
                learned.records += 1
                try:
                    site = learned.model.site_of(page.url)
                    if site:  # a response without a site (an IP address, a data: url) is left out
                        learned.model.add_page(site, page_blocks(page.content, format=page.format))
                except Exception as e:  # noqa: BLE001 - counted, reported, skipped (see below)
                    if learned.fail(page.url, e, s.on_error):
                        break
            return learned
        for n, line in enumerate(task.lines, start=task.first_line):
            if not line.strip():
                continue
            learned.records += 1
            try:
                record = parse_record(line, s.field)
                learned.found_keys.add(s.field)
                url = field_of(record.obj, s.url_field, "--url-field", "the url")
                learned.found_keys.add(s.url_field)
                site = learned.model.site_of(url)
                if not site:
                    raise RecordError(f"no usable url in field {s.url_field!r}: {url[:80]!r}", kind="no usable url")
                learned.model.add_page(site, page_blocks(record.page, format=s.format))
            # A bug on one page must not end the run, and a bad record is not silent: counted,
            # reported, skipped (or the run stops under --on-error fail).
            except Exception as e:  # noqa: BLE001
                if learned.fail(f"{task.source}:{n}", e, s.on_error):
                    break
        return learned


def _write(model: TemplateModel, output: str, stdout: TextIO, *, keep_min: int) -> None:
    if output == "-":
        stdout.write(json.dumps(model.to_dict(keep_min=keep_min), ensure_ascii=False, separators=(",", ":")) + "\n")
        stdout.flush()
    else:
        model.save(output, keep_min=keep_min)
