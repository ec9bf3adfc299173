"""argparse pieces every ``cleantext`` command shares: parsing that returns instead of exiting, and
the batch options (``--on-error``, ``-j``, ``-q``, ``-o``) spelled and checked the same everywhere.
"""
from __future__ import annotations

import argparse
import contextlib
from collections.abc import Sequence
from typing import TextIO

from ..errors import CleantextError
from .batch import EXIT_USAGE, POLICIES, POLICY_HELP


class UsageError(CleantextError):
    """The command line asks for something impossible: exit code 2."""


def parse_args(parser: argparse.ArgumentParser, argv: Sequence[str], *, stdout: TextIO,
               stderr: TextIO) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when argparse has finished (--help, --version, an error)."""
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            return parser.parse_args(list(argv))
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_USAGE


def worker_count(text: str) -> int:
    """``-j N``: 0 (one per core) or more; anything else is a usage error argparse reports."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return n


def size_limit(text: str) -> int | None:
    """``--max-bytes``/``--max-blocks``: "1000", "500k", "100M", "2G" (powers of 1000); 0 = no limit."""
    units = {"k": 10**3, "m": 10**6, "g": 10**9}
    number, unit = text, 1
    if number[-1:].lower() == "b" and number[-2:-1].lower() in units:  # "100MB"
        number = number[:-1]
    if number[-1:].lower() in units:
        number, unit = number[:-1], units[number[-1].lower()]
    try:
        value = int(float(number) * unit)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 1000000, 500k, 100M, 2G; 0 = no limit)") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a limit cannot be negative: {text!r}")
    return value or None


def add_batch_options(group: argparse._ActionsContainer, *, policies: Sequence[str] = POLICIES,
                      default: str = "keep", output: bool = True, quiet: str | None = None) -> None:
    """``--on-error`` (with the ``policies`` this command offers), ``-j``, ``-q`` and ``-o FILE``."""
    group.add_argument("--on-error", choices=policies, default=default, metavar="|".join(policies),
                       help="what becomes of a record that cannot be cleaned, after its message: "
                            + "; ".join(f"{p}: {POLICY_HELP[p]}" + (" (default)" if p == default else "")
                                        for p in policies))
    group.add_argument("-j", "--jobs", type=worker_count, default=1, metavar="N",
                       help="worker processes (default 1; 0 = one per core); output order is kept")
    group.add_argument("-q", "--quiet", action="store_true",
                       help=quiet or "no progress line and no per-record messages; errors about a whole "
                                     "input and the final count of failed records are still shown")
    if output:
        group.add_argument("-o", "--output-file", metavar="FILE",
                           help="write to FILE instead of stdout (FILE.gz is gzipped); FILE is replaced "
                                "only when the run ends, never left half-written by Ctrl-C")
