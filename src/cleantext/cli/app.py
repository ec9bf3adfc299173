"""The command line: ``cleantext [options] [FILE ...]`` and ``cleantext COMMAND ...``.

The only module that touches argv, stdin, stdout and exit codes; the cleaning itself runs in
`jobs` (in this process or in ``-j`` workers), so `run` is testable as a plain function.
"""
from __future__ import annotations

import argparse
import errno
import functools
import importlib
import io
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from .. import __version__
from ..errors import BinaryInputError, CleantextError
from ..limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES
from ..pipeline import Pipeline, known_steps, opt_in_names
from ..records import FIELDS, parse_fields
from ..stats import format_stats
from .batch import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, Report, exit_codes
from .commands import COMMANDS
from .config import load_config
from .jobs import OUTPUTS, Cleaner, PageInput, Settings, build_pipeline, crashed, header
from .jsonl import Chunk
from .options import UsageError, add_batch_options, parse_args, size_limit
from .parallel import OrderedPool, WorkerDied, cpu_count
from .progress import Progress
from .streams import Inputs, Output, OutputError, open_output

# "-j N" beyond this many workers per core is cut down to it (with a note on stderr).
MAX_JOBS_PER_CORE = 4

EPILOG = f"""\
examples:
  cleantext page.txt                      clean text of a scraped page to stdout
  curl -s https://example.org | cleantext --format html
  cleantext --json page.txt               the whole result: title, text, related, removed, metadata
  cleantext --explain page.txt | less     every line, with the filter and reason that removed it
  cleantext a.txt b.txt                   several pages: each one headed by a line "==> a.txt <=="
  cleantext --json pages/*.html > docs.jsonl     one JSON line per page, its file in "source"
  zcat pages.jsonl.gz | cleantext --jsonl -j 8 | gzip > clean.jsonl.gz
  cleantext --jsonl -j 0 pages.jsonl.gz -o clean.jsonl.gz
  cleantext --jsonl --field html --format html --add title,removed pages.jsonl
  cleantext --jsonl --on-error skip --stats pages.jsonl > clean.jsonl
  cleantext --jsonl -q pages.jsonl > clean.jsonl || [ $? = 3 ]   (3: some records failed)
  cleantext --disable drop_footer page.txt
  fold -s -w 72 page.txt | cleantext --unwrap    hard-wrapped text: rejoin its paragraphs
  cleantext --list-filters

commands:
  {', '.join(COMMANDS)}   run `cleantext COMMAND --help` (e.g. cleantext warc FILE.warc.gz)

bad records: each gets one message on stderr (the first 20; then "... and N more"), then a count
per kind at the end; --on-error says what happens to the record.

input that is binary data (an executable, an image, compressed bytes) is no page: it is reported
as an input that cannot be read (exit code 1) and nothing is written for it. Empty input, or a page
with nothing left, writes nothing. Bytes that are not UTF-8 and declare no charset are read in the
legacy charset they look like (windows-1251, Shift_JIS, GBK, ...; else windows-1252).

""" + exit_codes(usage="unknown option, step name, --add field or config key; also when the key that --field "
                        "names is in no record at all")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext",
        description="Turn scraped web pages (plain text or HTML) into clean article text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="inputs (default: stdin; '-' is stdin; *.gz is decompressed)")
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")

    inp = p.add_argument_group("input")
    inp.add_argument("--format", choices=["auto", "text", "html"], default="auto",
                     help="what a page is: scraped text or HTML (default: auto-detect per page)")
    inp.add_argument("--jsonl", action="store_true",
                     help="each input line is a JSON object holding a page in --field")
    inp.add_argument("--field", default="text", metavar="KEY",
                     help="JSONL: the key holding the page (default: text)")

    out = p.add_argument_group("output")
    out.add_argument("--output", choices=["text", "markdown"], default="text",
                     help="the clean text as plain text (default) or Markdown")
    form = out.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true",
                      help="print the whole Document as JSON, one line per input (not with --jsonl)")
    form.add_argument("--explain", action="store_true",
                      help="show every line with the filter and reason that labelled it")
    out.add_argument("--output-field", metavar="KEY",
                     help="JSONL: write the clean text to KEY and keep --field as it was")
    out.add_argument("--add", default="", metavar="FIELDS",
                     help=f"JSONL: also write these fields, comma-separated: {','.join(FIELDS)}")
    out.add_argument("--add-prefix", default="", metavar="PREFIX",
                     help="JSONL: prefix for --add keys, e.g. 'clean_' to keep existing keys apart")

    run = p.add_argument_group("running")
    add_batch_options(run)
    run.add_argument("--max-bytes", type=size_limit, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                     help="refuse a page larger than this (a record error), e.g. 500M or 2G; 0 = no limit "
                          f"(default {DEFAULT_MAX_BYTES // 1_000_000}M)")
    run.add_argument("--max-blocks", type=size_limit, default=DEFAULT_MAX_BLOCKS, metavar="N",
                     help="refuse a page of more blocks (non-blank lines, or HTML block elements); "
                          f"0 = no limit (default {DEFAULT_MAX_BLOCKS:,})")
    run.add_argument("--stats", action="store_true",
                     help="at the end, print to stderr how often each filter and reason fired")

    pipe = p.add_argument_group("pipeline")
    pipe.add_argument("--disable", action="append", default=[], metavar="NAME",
                      help="switch off a step by name (repeatable)")
    pipe.add_argument("--only", action="append", default=[], metavar="NAME",
                      help="run only the named steps (repeatable)")
    pipe.add_argument("--config", metavar="FILE.toml",
                      help="disable/only lists and an [options] table of thresholds and keyword lists")
    pipe.add_argument("--enable", action="append", default=[], metavar="NAME",
                      help="add a step that is off by default, e.g. unwrap_lines for hard-wrapped text "
                           "(repeatable; --list-filters shows them)")
    pipe.add_argument("--unwrap", action="store_true",
                      help="the text was hard-wrapped at a fixed width (fold, lynx, w3m, e-mail): rejoin its "
                           "paragraphs (= --enable unwrap_lines)")
    pipe.add_argument("--templates", metavar="FILE.json",
                      help="site templates from `cleantext learn`: drop blocks repeated across the site's "
                           "pages; the site is each JSONL record's url, or --url")
    inp.add_argument("--url", "--site", dest="url", metavar="URL",
                     help="where the pages came from (e.g. https://example.org/a or example.org), over "
                          "JSONL record urls: picks the --templates site, makes HTML links absolute")
    pipe.add_argument("--list-filters", action="store_true",
                      help="list the steps with a one-line description, then exit")
    return p


def settings_from(args: argparse.Namespace) -> Settings:
    """Check the arguments against each other and the pipeline; `UsageError` or `CleantextError`."""
    disable, only, enable, options = list(args.disable), list(args.only), list(args.enable), {}
    if args.unwrap:
        enable.append("unwrap_lines")
    if args.config:
        config = load_config(args.config)
        disable += config.disable
        only += config.only
        enable += config.enable
        options = dict(config.options)
    if args.templates:
        from ..templates import TemplateModel

        try:
            options["templates"] = TemplateModel.load(args.templates)
        except OSError as e:
            raise UsageError(f"cannot read {args.templates}: {e.strerror or e}") from None
    if args.json and args.jsonl:
        raise UsageError("--json prints whole Documents; with --jsonl use --add to add fields to each record")
    if not args.jsonl and (args.add or args.output_field or args.add_prefix):
        raise UsageError("--add, --add-prefix and --output-field are for --jsonl records")
    if args.output != "text" and (args.json or args.explain):
        # Either would silently drop the Markdown: --json's "text" is the plain text, --explain the trace.
        raise UsageError(f"--output {args.output} is a form of the clean text; "
                         f"{'--json' if args.json else '--explain'} prints something else, so give one of them")
    output = "json" if args.json else "explain" if args.explain else args.output
    assert output in OUTPUTS
    if output == "markdown":
        try:
            importlib.import_module("cleantext.markdown")
        except ImportError as e:
            raise UsageError(f"--output markdown is not available in this install ({e})") from None
    settings = Settings(
        format=args.format, output=output, jsonl=args.jsonl, field=args.field,
        output_field=args.output_field, add=parse_fields(args.add), add_prefix=args.add_prefix,
        on_error=args.on_error, stats=args.stats, disable=tuple(dict.fromkeys(disable)),
        only=tuple(dict.fromkeys(only)), enable=tuple(dict.fromkeys(enable)), options=options, url=args.url,
        max_bytes=args.max_bytes, max_blocks=args.max_blocks)
    build_pipeline(settings)  # unknown step names and bad options fail here, before any input is read
    return settings


def clean_inputs(args: argparse.Namespace, settings: Settings, stdin: TextIO, stdout: TextIO,
                 stderr: TextIO) -> int:
    """Clean every input and write the results in order; returns the exit code."""
    unit = "records" if settings.jsonl else "pages"
    progress = Progress.for_stream(stderr, quiet=args.quiet, unit=unit)
    report = Report("cleantext", stderr, policy=settings.on_error, quiet=args.quiet, unit=unit,
                    keys={settings.field: "--field"} if settings.jsonl else None, progress=progress)
    inputs = Inputs(args.files, stdin, report, max_bytes=settings.max_bytes)
    try:
        out = open_output(args.output_file, stdout)
    except OSError as e:
        return report.cannot_write(args.output_file, e)
    with out:  # -o FILE: replaced only by a run that ends, not by Ctrl-C
        stats = write_results(args, settings, inputs, out, report, progress)
    progress.clear()
    if settings.stats:
        print(format_stats(stats), file=stderr)
    return report.finish()


def write_results(args: argparse.Namespace, settings: Settings, inputs: Inputs, out: Output, report: Report,
                  progress: Progress) -> Counter[str]:
    """Clean the inputs (in ``-j`` workers) and write each result in input order; count failures in
    ``report``; returns the --stats counts."""
    jobs = args.jobs or cpu_count()
    if not settings.jsonl and len(inputs.names) == 1:
        jobs = 1  # one page: a worker would only add start-up time
    limit = MAX_JOBS_PER_CORE * cpu_count()
    if jobs > limit:
        # More workers than that only cost start-up time and memory: "-j 1000" would start 1000 processes.
        report.say(f"-j {jobs} is more than {MAX_JOBS_PER_CORE} workers per core; using {limit}")
        jobs = limit
    # Several pages in plain mode: each page's output is headed by its name, as `head` does; JSON
    # lines carry it in "source" instead.
    headed = not settings.jsonl and len(inputs.names) > 1 and settings.output != "json"
    tasks: Iterator[Chunk] | Iterator[PageInput] = inputs.chunks() if settings.jsonl else inputs.pages()
    stats: Counter[str] = Counter()
    wrote = False
    try:
        with OrderedPool(functools.partial(Cleaner, settings), jobs=jobs,
                         on_crash=functools.partial(crashed, settings)) as pool:
            for result in pool.map(tasks):
                if result.unreadable:  # binary data: reported as an input that cannot be read
                    report.cannot_read(result.source, BinaryInputError(result.unreadable))
                stop = report.add(result)
                if headed and result.output:  # a blank line between pages, as `head` does
                    out.write((("\n" if wrote else "") + header(result.source)).encode("utf-8", "surrogateescape"))
                out.write(result.output)
                wrote = wrote or bool(result.output)
                stats.update(result.stats)
                if stop:
                    break
                progress.update(report.total.records, inputs.nbytes, sum(report.total.failed.values()))
    except WorkerDied as e:  # only when workers cannot even start: a crash mid-run costs one task
        place = f" at {where(e.item)}" if e.item is not None else ""
        report.stop(f"{e}{place}; output ends there")
    return stats


def where(task: object) -> str:
    """The input lines (or file) a task covers, for a message."""
    if isinstance(task, Chunk):
        return f"{task.source}:{task.first_line}-{task.first_line + len(task.lines) - 1}"
    if isinstance(task, PageInput):
        return task.label
    return ""


def summary(text: str, width: int = 80) -> str:
    """``text`` cut to ``width`` characters."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def list_steps(pipeline: Pipeline, out: TextIO) -> None:
    """``--list-filters``: every step in run order with its kind, the formats it runs on and what
    it does, then the opt-in steps ``--enable`` adds."""
    for step in pipeline.steps:
        formats = "html" if step.formats == {"html"} else "text" if step.formats == {"text"} else "all"
        print(f"{step.name:26} {step.kind:9} {formats:4} {summary(step.description)}", file=out)
    for name in opt_in_names():
        if name not in pipeline.names:
            step = known_steps()[name]
            print(f"{name:26} {step.kind:9} off  {summary(step.description, 60)} (--enable {name})", file=out)


def run_command(name: str, argv: Sequence[str], *, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run the subcommand ``name`` (see `cleantext.cli.commands.COMMANDS`)."""
    path = COMMANDS[name]
    try:
        module: Any = importlib.import_module(path)
    except ModuleNotFoundError as e:
        if e.name != path:
            raise
        print(f"cleantext: error: the '{name}' command is not available in this install", file=stderr)
        return EXIT_USAGE
    return int(module.run(list(argv), stdin=stdin, stdout=stdout, stderr=stderr))


def run(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
        stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI with ``argv``; returns the exit code (testable as a function)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv[0], argv[1:], stdin=stdin, stdout=stdout, stderr=stderr)
        args = parse_args(build_parser(), argv, stdout=stdout, stderr=stderr)
        if isinstance(args, int):
            return args
        try:
            settings = settings_from(args)
        except CleantextError as e:
            print(f"cleantext: error: {e}", file=stderr)
            return EXIT_USAGE
        if args.list_filters:
            list_steps(build_pipeline(settings), stdout)
            return EXIT_OK
        return clean_inputs(args, settings, stdin, stdout, stderr)
    except KeyboardInterrupt:
        print(file=stderr)  # end the line the terminal echoed ^C on
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `cleantext ... | head`: the reader left; end quietly and keep the flush at exit quiet too.
        _silence(stdout)
        return EXIT_OK
    except OutputError as e:  # from any command's results: stdout or -o FILE
        if e.name == Output.name:
            _silence(stdout)  # what is left in its buffer would fail again at exit
        if e.reader_left:
            return EXIT_OK
        command = f"cleantext {argv[0]}" if argv and argv[0] in COMMANDS else "cleantext"
        print(f"{command}: error: {e}", file=stderr)
        return EXIT_FAILED


def _silence(stream: TextIO) -> None:
    """Point ``stream``'s file descriptor at /dev/null, so Python's final flush finds no broken pipe."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


class ClosedStream(io.TextIOBase):
    """Stands for stdin or stdout when the shell closed it (``<&-``, ``>&-``): Python then has None
    there. Reading or writing it is an OSError, which the CLI reports like any unreadable input or
    unwritable output."""

    def _closed(self, *args: object) -> Any:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    write = read = readline = fileno = _closed


def main() -> int:
    """The ``cleantext`` console entry point."""
    # A closed stderr drops messages (print(file=None) would send them to stdout); reading a closed
    # stdin or writing results to a closed stdout is an error, as for `cat`.
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run
    if sys.stdout is None:
        sys.stdout = ClosedStream()
    if sys.stdin is None:
        sys.stdin = ClosedStream()
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            # Results are UTF-8 whatever the locale; an unencodable message must not crash a run.
            stream.reconfigure(encoding="utf-8", errors="backslashreplace" if stream is sys.stderr
                               else "surrogateescape")
    return run()
