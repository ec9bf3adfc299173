"""One error policy for every batch command (``cleantext`` itself, ``warc``, ``learn``).

A record that cannot be cleaned never ends a run by surprise and is never silent: the worker counts
it by kind in a `Tally` and writes one message; `Report`, in the parent, shows the first
`MESSAGE_CAP` messages, counts the rest, and ends with a count per kind. ``--on-error`` says whether
the record is kept, skipped or stops the run, and the exit code says whether any record failed.
"""
from __future__ import annotations

import re
import shlex
import textwrap
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, NamedTuple, TextIO

from ..errors import CleantextError, InputError
from .progress import Progress

EXIT_OK = 0
EXIT_FAILED = 1  # an input could not be read, or the run stopped early
EXIT_USAGE = 2
EXIT_RECORDS = 3  # the run finished, but some records could not be cleaned
# The kinds of record errors (cli.jsonl) of a line that is no JSON object at all.
NOT_JSON_KINDS: Final = frozenset({"invalid JSON", "not a JSON object"})
EXIT_INTERRUPTED = 130



def exit_codes(*, usage: str, unit: str = "record", done: str = "cleaned") -> str:
    """The exit-code table that ends a command's --help: the same codes for every command; only the
    examples of usage errors and what a record is differ. docs/cli.md explains it."""
    return f"""\
exit codes:
  0    ok: every {unit} was {done}
  1    an input could not be read (the other inputs were still done), the output could not be
       written (a full disk, a closed stdout), or the run stopped early (--on-error fail, or worker
       processes could not start)
  {textwrap.fill("usage error: " + usage, 96, initial_indent="2    ", subsequent_indent="       ").lstrip()}
  3    done, but some {unit}s could not be {done}: each reported on stderr, counted, and then
       handled as --on-error says
  130  interrupted (Ctrl-C)
"""


POLICIES = ("keep", "skip", "fail")
# What a message about a failed record ends with, per --on-error policy.
POLICY_NOTE = {"keep": "passed through unchanged", "skip": "skipped", "fail": "stopping (--on-error fail)"}
POLICY_HELP = {"keep": "written out unchanged", "skip": "left out", "fail": "the run stops (exit code 1)"}

# Per-record messages shown before the rest are only counted: a batch whose every record is bad
# must not bury the terminal under a million lines, and 20 are enough to see the pattern.
MESSAGE_CAP = 20

# A URL given where a file is expected (cleantext never fetches).
URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


class RecordError(InputError):
    """One record cannot be cleaned: not JSON, not an object, no page in the named field...

    ``kind`` is what the final count groups it under; ``missing_key`` names the key the record
    lacks, so a key option that no record matches at all can be told apart from a few bad records.
    """

    def __init__(self, message: str, *, kind: str, missing_key: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.missing_key = missing_key


def problem(error: BaseException) -> tuple[str, str]:
    """The kind (for the count) and the text (for the message) of an error on one record.

    >>> problem(ZeroDivisionError("division by zero"))
    ('internal error', 'internal error, please report it: ZeroDivisionError: division by zero')
    """
    if isinstance(error, RecordError):
        return error.kind, str(error)
    if isinstance(error, CleantextError):  # "InputError" -> "input error"
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", type(error).__name__).lower(), str(error)
    return "internal error", f"internal error, please report it: {type(error).__name__}: {error}"


class Note(NamedTuple):
    """A message about one record; a warning (the record was still cleaned) or an error."""

    text: str
    warning: bool = False


@dataclass
class Tally:
    """What a worker met in one task: records, failures and warnings per kind, their messages,
    and whether ``--on-error fail`` must stop the run. Commands extend it with their output."""

    records: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    warned: Counter[str] = field(default_factory=Counter)
    notes: list[Note] = field(default_factory=list)
    found_keys: set[str] = field(default_factory=set)  # key options some record matched
    missing_keys: set[str] = field(default_factory=set)
    stop: str = ""  # the message of the record that stops the run
    left_out: int = 0  # failed inputs over --max-bytes that --on-error keep could not pass through

    def fail(self, where: str, error: BaseException, policy: str, *, records: int = 1) -> bool:
        """Count a failed record (or ``records`` of them) at ``where``; True when the run must stop."""
        kind, text = problem(error)
        self.failed[kind] += records
        note = f"{where}: {text}; {POLICY_NOTE[policy]}"
        self.notes.append(Note(note))
        if isinstance(error, RecordError) and error.missing_key is not None:
            self.missing_keys.add(error.missing_key)
        if policy == "fail":
            self.stop = note
        return bool(self.stop)

    def warn(self, where: str, kind: str, text: str) -> None:
        """A record that was cleaned, but not as it stood (e.g. bytes that are not UTF-8)."""
        self.warned[kind] += 1
        self.notes.append(Note(f"{where}: {text}", warning=True))


class Report:
    """The parent's side: adds up each task's `Tally`, prints its messages up to the cap, prints
    errors about whole inputs, and at the end the counts and the exit code (`finish`)."""

    def __init__(self, prog: str, stderr: TextIO, *, policy: str, quiet: bool = False, unit: str = "records",
                 keys: Mapping[str, str] | None = None, reads_stdin: bool = True,
                 progress: Progress | None = None, cap: int = MESSAGE_CAP,
                 failure: str = "could not be cleaned") -> None:
        self.prog = prog
        self.stderr = stderr
        self.policy = policy
        self.quiet = quiet
        self.unit = unit
        self.keys = dict(keys or {})  # key -> the option that named it, e.g. {"html": "--field"}
        self.reads_stdin = reads_stdin
        self.progress = progress
        self.cap = cap
        self.failure = failure  # how the final count says what happened to the failed records
        self.total = Tally()
        self.shown = self.hidden = self.io_errors = 0  # io_errors: inputs not read, outputs not written
        self.stopped = False

    def say(self, text: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        print(f"{self.prog}: {text}", file=self.stderr)

    def error(self, text: str) -> None:
        self.say(f"error: {text}")

    def add(self, tally: Tally) -> bool:
        """Count one task's tally and show its messages; True when the run must stop."""
        total = self.total
        total.records += tally.records
        total.left_out += tally.left_out
        total.failed.update(tally.failed)
        total.warned.update(tally.warned)
        total.found_keys |= tally.found_keys
        total.missing_keys |= tally.missing_keys
        for note in tally.notes:
            if note.text == tally.stop:
                self.error(note.text)  # why the run stopped is always shown
            elif self.quiet:
                continue
            elif self.shown < self.cap:
                self.shown += 1
                self.say(note.text)
            else:
                self.hidden += 1
        if tally.stop:
            self.stopped = True
        return self.stopped

    def cannot_read(self, name: str, error: BaseException) -> None:
        """An input that cannot be opened or read to its end: reported, and the run goes on."""
        self.io_errors += 1
        text = getattr(error, "strerror", None) or str(error)
        if URL.match(name):
            fetch = f"curl -s {shlex.quote(name)} | {self.prog}" if self.reads_stdin else \
                f"curl -sO {shlex.quote(name)} and name the file"
            text += f"; cleantext reads files and stdin, it does not fetch URLs: {fetch}"
        elif isinstance(error, IsADirectoryError):
            folder = name.rstrip("/")
            text += f"; name the files in it, e.g. {shlex.quote(folder) if folder else ''}/*"
        self.error(f"cannot read {'<stdin>' if name == '-' else name}: {text}")

    def cannot_write(self, name: str, error: OSError) -> int:
        """The output cannot be written; returns the exit code for a run that ends here."""
        self.io_errors += 1
        self.error(f"cannot write {name}: {error.strerror or error}")
        return EXIT_FAILED

    def stop(self, text: str) -> None:
        """The run cannot go on (e.g. worker processes cannot start)."""
        self.error(text)
        self.stopped = True

    def never_found(self) -> list[str]:
        """Keys a key option named that were missing from records and found in none."""
        total = self.total
        return sorted(k for k in total.missing_keys - total.found_keys if k in self.keys)

    def finish(self) -> int:
        """Print the last words (messages not shown, counts per kind) and return the exit code."""
        total = self.total
        if self.hidden:
            self.say(f"... and {self.hidden:,} more")
        failed = sum(total.failed.values())
        if failed and not self.stopped:  # after a stop, the error said it all
            kinds = ", ".join(f"{n:,} {kind}" for kind, n in _most_first(total.failed))
            note = POLICY_NOTE[self.policy]
            if total.left_out:  # --on-error keep: an input over --max-bytes was never read whole to pass on
                passed = failed - total.left_out
                note = (f"{passed:,} passed through unchanged, " if passed else "") + \
                    f"{total.left_out:,} left out: over --max-bytes, not read whole"
            self.say(f"{failed:,} of {total.records:,} {self.unit} {self.failure} ({note}): {kinds}")
            if not self.quiet and failed == total.records and set(total.failed) <= NOT_JSON_KINDS:
                # Plain pages given with --jsonl: every line fails, and the count alone hides why.
                self.say("no line was a JSON object: is the input JSONL? Without --jsonl each file is one page")
        if not self.quiet:
            for kind, n in _most_first(total.warned):
                self.say(f"{n:,} of {total.records:,} {self.unit}: {kind}")
        missing = self.never_found()
        for key in missing:
            self.error(f"no record has the key {key!r} that {self.keys[key]} names: is it the right key?")
        if missing:
            return EXIT_USAGE
        if self.stopped or self.io_errors:
            return EXIT_FAILED
        return EXIT_RECORDS if failed else EXIT_OK


def _most_first(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
