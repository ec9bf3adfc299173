"""``cleantext learn PAGES.jsonl --by domain -o templates.json``: learn site templates from many pages.

Reads JSONL records (url + page) or WARC files, counts repeated blocks per site, and writes the model
that ``--templates`` and the ``drop_site_template`` filter use. ``--merge`` adds up saved models.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from ..errors import CleantextError
from ..jsonl import parse_record
from ..templates import MIN_PAGES, MIN_SHARE, SITE_KEYS, TemplateModel, page_blocks
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
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return p


def run(argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cleantext learn``; returns the exit code."""
    args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
    if isinstance(args, int):
        return args
    try:
        model = TemplateModel(by=args.by, min_pages=args.min_pages, min_share=args.min_share)
    except CleantextError as e:
        print(f"cleantext learn: error: {e}", file=stderr)
        return EXIT_USAGE
    status, skipped = EXIT_OK, 0
    for name in args.files or ["-"]:
        try:
            if args.merge:
                model.merge(TemplateModel.load(name))
            elif name.endswith((".warc", ".warc.gz")):
                _learn_warc(model, name)
            else:
                with contextlib.ExitStack() as stack:
                    skipped += _learn_jsonl(model, _lines(name, stdin, stack), args, stderr, label=name)
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


def _lines(name: str, stdin: TextIO, stack: contextlib.ExitStack) -> Iterable[bytes]:
    """The byte lines of a file (closed with ``stack``) or of stdin, even a text-only stdin."""
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            return buffer  # type: ignore[no-any-return]
        return (line.encode("utf-8", "surrogateescape") for line in stdin)
    return stack.enter_context(gzip.open(name, "rb") if name.endswith(".gz") else open(name, "rb"))


def _learn_jsonl(model: TemplateModel, lines: Iterable[bytes], args: argparse.Namespace, stderr: TextIO,
                 *, label: str) -> int:
    """Count every record; returns how many records were skipped (each is reported unless -q)."""
    skipped = 0
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line, args.field)
            url = record.obj.get(args.url_field)
            site = model.site_of(url) if isinstance(url, str) and url else ""
            if not site:
                raise CleantextError(f"no usable url in field {args.url_field!r}")
            model.add_page(site, page_blocks(record.page, format=args.format))
        except CleantextError as e:
            skipped += 1
            if not args.quiet:
                print(f"cleantext learn: {label}:{n}: {e}; skipped", file=stderr)
    return skipped


def _learn_warc(model: TemplateModel, name: str) -> None:
    from ..warc import read_warc

    for page in read_warc(name):
        site = model.site_of(page.url)
        if site:
            model.add_page(site, page_blocks(page.html, format="html"))


def _write(model: TemplateModel, output: str, stdout: TextIO, *, keep_min: int) -> None:
    if output == "-":
        stdout.write(json.dumps(model.to_dict(keep_min=keep_min), ensure_ascii=False, separators=(",", ":")) + "\n")
        stdout.flush()
    else:
        model.save(output, keep_min=keep_min)

