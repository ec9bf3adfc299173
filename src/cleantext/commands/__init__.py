"""Subcommands of the ``cleantext`` command: ``cleantext NAME ...`` runs ``COMMANDS[NAME]``.

Each module in `COMMANDS` has ``run(argv, *, stdin, stdout, stderr) -> int``; modules are imported
only when their command is used, so a slow or optional dependency costs nothing elsewhere.
"""
from __future__ import annotations

# Subcommand name -> module path. Add a line here to add a command.
COMMANDS: dict[str, str] = {
    "warc": "cleantext.commands.warc",
    "learn": "cleantext.commands.learn",
}
