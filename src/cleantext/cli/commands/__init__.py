"""Subcommands of the ``cleantext`` command: ``cleantext NAME ...`` runs ``COMMANDS[NAME]``.

Each module in `COMMANDS` has ``build_parser()`` and ``run(argv, *, stdin, stdout, stderr) -> int``;
modules are imported only when their command is used, so a slow or optional dependency costs
nothing elsewhere. Their argparse pieces and error policy are shared (`cli.options`, `cli.batch`).
"""
from __future__ import annotations

# Subcommand name -> module path. Add a line here to add a command.
COMMANDS: dict[str, str] = {
    "warc": "cleantext.cli.commands.warc",
    "learn": "cleantext.cli.commands.learn",
}
