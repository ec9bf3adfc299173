"""Subcommands of the ``cleantext`` command: ``cleantext NAME ...`` runs ``COMMANDS[NAME]``.

Each module in `COMMANDS` has ``run(argv, *, stdin, stdout, stderr) -> int``; modules are imported
only when their command is used, so a slow or optional dependency costs nothing elsewhere.
"""
from __future__ import annotations

import argparse
import contextlib
from collections.abc import Sequence
from typing import TextIO

# Subcommand name -> module path. Add a line here to add a command.
COMMANDS: dict[str, str] = {
    "warc": "cleantext.cli.commands.warc",
    "learn": "cleantext.cli.commands.learn",
}


def parse_args(parser: argparse.ArgumentParser, argv: Sequence[str], *, stdout: TextIO,
               stderr: TextIO) -> argparse.Namespace | int:
    """A subcommand's parsed arguments, or the exit code when argparse has finished (--help, an error)."""
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            return parser.parse_args(list(argv))
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 2
