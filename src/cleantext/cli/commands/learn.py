"""``cleantext learn PAGES.jsonl --by domain -o templates.json``: learn site templates from many pages.

Reads JSONL records (url + page) or WARC files, counts repeated blocks per site, and writes the model
that ``--templates`` and the ``drop_site_template`` filter use. ``--merge`` adds up saved models.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, TextIO

from ...errors import CleantextError
from ...learn import page_blocks
from ...templates import MIN_PAGES, MIN_SHARE, SITE_KEYS, TemplateModel
from ...warc import WarcPage, batches, read_warc
from ..jsonl import Chunk, parse_record, read_chunks
from ..parallel import OrderedPool, cpu_count
from . import parse_args

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EPILOG = f"""\
examples:
  cleantext learn pages.jsonl --by domain -o templates.json
  cleantext learn --field html --format html pages.jsonl.gz -o templates.json
  cleantext learn crawl.warc.gz -o templates.json          (WARC: .warc / .warc.gz inputs)
  cleantext learn --merge --keep-all shard1.json shard2.json -o templates.json
  cleantext --jsonl --templates templates.json pages.jsonl > clean.jsonl

A block is template when it is on at least --min-pages pages (default {MIN_PAGES}) and on at least
--min-share of its site's pages (default {MIN_SHARE}); the filter also needs it at the page's edges.
exit codes: 0 ok, 1 an input could not be read (the model is still written), 2 usage error
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext learn", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Learn the blocks that repeat across pages of each site (menus, footers, boxes).")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="JSONL pages (default: stdin; *.gz decompressed), WARC files, or models with --merge")
    p.add_argument("-o", "--output", default="-", metavar="FILE.json", help="where to write the model (default: stdout)")
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
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core); the model is the same")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
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

    def empty_model(self) -> TemplateModel:
        return TemplateModel(by=self.by, min_pages=self.min_pages, min_share=self.min_share)


@dataclass
class Learned:
    """What a worker learned from one chunk, and the records it had to skip (with why)."""

    model: TemplateModel
    skipped: list[str] = field(default_factory=list)


# Responses of a WARC file sent to a worker at a time.
WARC_BATCH = 32


def run(argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cleantext learn``; returns the exit code."""
    args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
    if isinstance(args, int):
        return args
    settings = LearnSettings(args.by, args.min_pages, args.min_share, args.field, args.url_field, args.format)
    try:
        if args.jobs < 0:
            raise CleantextError("-j must be 0 (all cores) or more")
        model = settings.empty_model()
    except CleantextError as e:
        print(f"cleantext learn: error: {e}", file=stderr)
        return EXIT_USAGE
    status, skipped = EXIT_OK, 0
    jobs = 1 if args.merge else args.jobs or cpu_count()
    with OrderedPool(work, jobs=jobs, init=start, initargs=(settings,)) as pool:
        for name in args.files or ["-"]:
            try:
                if args.merge:
                    model.merge(TemplateModel.load(name))
                    continue
                with contextlib.ExitStack() as stack:
                    for learned in pool.map(_tasks(name, stdin, stack)):
                        model.merge(learned.model)  # counts add up: chunk order cannot matter
                        skipped += len(learned.skipped)
                        for message in learned.skipped if not args.quiet else ():
                            print(f"cleantext learn: {message}; skipped", file=stderr)
            except (OSError, EOFError, CleantextError) as e:
                print(f"cleantext learn: error: cannot read {name}: {e}", file=stderr)
                status = EXIT_FAILED
    try:
        _write(model, args.output, stdout, keep_min=1 if args.keep_all else 2)
    except OSError as e:
        print(f"cleantext learn: error: cannot write {args.output}: {e.strerror or e}", file=stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(f"cleantext learn: {summary(model)}" + (f"; {skipped:,} records skipped" if skipped else ""),
              file=stderr)
    return status


def summary(model: TemplateModel) -> str:
    """``"120 pages of 4 sites; 3 sites with a template of 41 blocks in all"``."""
    pages = sum(t.pages for t in model.sites.values())
    sizes = [sum(1 for _ in model.template_blocks(site)) for site in model.sites]
    with_template = sum(1 for n in sizes if n)
    return (f"{pages:,} pages of {len(model.sites):,} sites; "
            f"{with_template:,} sites with a template of {sum(sizes):,} blocks in all")


def _tasks(name: str, stdin: TextIO, stack: contextlib.ExitStack) -> Iterator[Chunk | list[WarcPage]]:
    """The input in chunks: JSONL lines, or a WARC file's HTML responses."""
    if name.endswith((".warc", ".warc.gz")):
        return batches(read_warc(name), WARC_BATCH)
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        lines: Any = buffer if buffer is not None else (line.encode("utf-8", "surrogateescape") for line in stdin)
        return read_chunks(lines, "<stdin>")
    opened: Any = gzip.open(name, "rb") if name.endswith(".gz") else open(name, "rb")  # noqa: SIM115
    stream: IO[bytes] = stack.enter_context(opened)  # closed when the caller's stack ends
    return read_chunks(stream, name)


_SETTINGS: LearnSettings | None = None


def start(settings: LearnSettings) -> None:
    """Keep this process's settings (a worker initializer)."""
    global _SETTINGS
    _SETTINGS = settings


def work(task: Chunk | list[WarcPage]) -> Learned:
    """Count the pages of one chunk into a fresh model."""
    assert _SETTINGS is not None, "start() must run first"
    s = _SETTINGS
    learned = Learned(s.empty_model())
    model = learned.model
    if not isinstance(task, Chunk):
        for page in task:
            site = model.site_of(page.url)
            if site:
                model.add_page(site, page_blocks(page.html, format="html"))
        return learned
    for n, line in enumerate(task.lines, start=task.first_line):
        if not line.strip():
            continue
        try:
            record = parse_record(line, s.field)
            url = record.obj.get(s.url_field)
            site = model.site_of(url) if isinstance(url, str) and url else ""
            if not site:
                raise CleantextError(f"no usable url in field {s.url_field!r}")
            model.add_page(site, page_blocks(record.page, format=s.format))
        except CleantextError as e:
            learned.skipped.append(f"{task.source}:{n}: {e}")
    return learned


def _write(model: TemplateModel, output: str, stdout: TextIO, *, keep_min: int) -> None:
    if output == "-":
        stdout.write(json.dumps(model.to_dict(keep_min=keep_min), ensure_ascii=False, separators=(",", ":")) + "\n")
        stdout.flush()
    else:
        model.save(output, keep_min=keep_min)
