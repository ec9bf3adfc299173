"""The command line: ``cleantext [FILE ...]``. The only module that touches argv, stdin, stdout and exit codes."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .api import extract
from .errors import CleantextError
from .pipeline import Pipeline
from .trace import explain

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EPILOG = """\
examples:
  cleantext page.txt                 clean text of a scraped page to stdout
  curl -s https://example.org | cleantext --format html
  cleantext --json page.txt          the whole result: title, text, related, removed, metadata
  cleantext --explain page.txt       every line with the filter and reason that removed it
  cleantext --disable drop_footer page.txt

exit codes: 0 ok, 1 an input could not be read or cleaned, 2 usage error, 130 interrupted
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext",
        description="Turn scraped web pages (plain text or HTML) into clean article text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="FILE", help="pages to clean (default: stdin; '-' is stdin)")
    p.add_argument("--format", choices=["auto", "text", "html"], default="auto",
                   help="what the input holds (default: auto-detect)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the whole Document as JSON")
    out.add_argument("--explain", action="store_true", help="show every block with the filter and reason")
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="switch off a step by name (repeatable)")
    p.add_argument("--list-filters", action="store_true", help="list the steps with a one-line description")
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return p


def read_input(name: str, stdin: TextIO) -> bytes:
    if name == "-":
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    with open(name, "rb") as fh:
        return fh.read()


def render(doc_source: bytes, args: argparse.Namespace, pipeline: Pipeline) -> str:
    doc = extract(doc_source, format=args.format, pipeline=pipeline)
    if args.json:
        return json.dumps(doc.to_dict(), ensure_ascii=False)
    if args.explain:
        return explain(doc)
    return doc.text


def run(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
        stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI with ``argv``; returns the exit code (testable as a function)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if isinstance(e.code, int) else EXIT_USAGE
    try:
        pipeline = Pipeline.default().without(*args.disable) if args.disable else Pipeline.default()
    except CleantextError as e:
        print(f"cleantext: error: {e}", file=stderr)
        return EXIT_USAGE
    if args.list_filters:
        for step in pipeline.steps:
            print(f"{step.name:28} {step.kind:7} {step.description}", file=stdout)
        return EXIT_OK
    status = EXIT_OK
    for name in args.files or ["-"]:
        try:
            data = read_input(name, stdin)
            stdout.write(render(data, args, pipeline) + "\n")
        except OSError as e:
            print(f"cleantext: error: cannot read {name}: {e.strerror or e}", file=stderr)
            status = EXIT_FAILED
        except CleantextError as e:
            print(f"cleantext: error: {name}: {e}", file=stderr)
            status = EXIT_FAILED
    stdout.flush()
    return status


def main() -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    try:
        return run()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `cleantext page | head`: the reader left; end quietly.
        import os
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return EXIT_OK
