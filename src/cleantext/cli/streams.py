"""Where the CLI's pages come from and where results go: inputs opened one at a time, stdout as bytes.

Used by `cli` only; it is handed the streams, so tests can pass in-memory ones.
"""
from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterator, Sequence
from typing import IO, TextIO, cast

from .jobs import PageInput
from .jsonl import Chunk, read_chunks


class Output:
    """stdout as bytes: UTF-8 whatever the locale (a text stream without a buffer gets str)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buffer: IO[bytes] | None = getattr(stream, "buffer", None)
        if self.buffer is not None:
            stream.flush()  # anything already written as text goes first

    def write(self, data: bytes) -> None:
        if self.buffer is not None:
            self.buffer.write(data)
        else:
            self.stream.write(data.decode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        (self.buffer or self.stream).flush()


class Inputs:
    """The inputs named on the command line, opened one at a time; notes the ones that fail."""

    def __init__(self, names: Sequence[str], stdin: TextIO, stderr: TextIO) -> None:
        self.names = list(names) or ["-"]
        self.stdin = stdin
        self.stderr = stderr
        self.unreadable = 0
        self.nbytes = 0

    def open(self, name: str) -> IO[bytes]:
        if name == "-":
            try:
                # A private reader of fd 0: with -j the feeder thread may still be blocked in a read
                # of it when Ctrl-C ends the run, and interpreter shutdown must not wait for its lock.
                return os.fdopen(os.dup(self.stdin.fileno()), "rb")
            except (OSError, ValueError, io.UnsupportedOperation):  # a test's in-memory stdin
                buffer = getattr(self.stdin, "buffer", None)
                return buffer if buffer is not None else io.BytesIO(self.stdin.read().encode("utf-8"))
        if name.endswith(".gz"):
            return cast(IO[bytes], gzip.open(name, "rb"))
        return open(name, "rb")

    def label(self, name: str) -> str:
        return "<stdin>" if name == "-" else name

    def _each(self) -> Iterator[tuple[str, IO[bytes]]]:
        for name in self.names:
            try:
                stream = self.open(name)
            except OSError as e:
                self.cannot_read(name, e)
                continue
            with stream:
                yield name, stream

    def cannot_read(self, name: str, e: OSError) -> None:
        print(f"cleantext: error: cannot read {self.label(name)}: {e.strerror or e}", file=self.stderr)
        self.unreadable += 1

    def chunks(self) -> Iterator[Chunk]:
        """JSONL: every input's lines in chunks."""
        for name, stream in self._each():
            try:
                for chunk in read_chunks(stream, self.label(name)):
                    self.nbytes += sum(map(len, chunk.lines))
                    yield chunk
            except (OSError, EOFError) as e:  # a truncated .gz or a disk error mid-file
                self.cannot_read(name, e if isinstance(e, OSError) else OSError(str(e)))

    def pages(self) -> Iterator[PageInput]:
        """Plain mode: each input as one page."""
        for name, stream in self._each():
            try:
                data = stream.read()
            except (OSError, EOFError) as e:
                self.cannot_read(name, e if isinstance(e, OSError) else OSError(str(e)))
                continue
            self.nbytes += len(data)
            yield PageInput(self.label(name), data, heading=len(self.names) > 1)
