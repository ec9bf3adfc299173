"""The ``cleantext`` command: argument parsing, inputs and outputs, batch workers and subcommands.

`main` is the console entry point; `run` is the same command as a function (testable in-process).
"""
from .app import build_parser, main, run

__all__ = ["build_parser", "main", "run"]
