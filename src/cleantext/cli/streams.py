"""Where the CLI's pages come from and where results go: inputs opened one at a time, output as bytes
to stdout or to the file ``-o`` names.

Used by the commands only; they hand in the streams, so tests can pass in-memory ones.
"""
from __future__ import annotations

import errno
import gzip
import io
import os
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import IO, TYPE_CHECKING, TextIO, cast

from ..limits import over_max_bytes
from .batch import Report
from .jobs import PageInput
from .jsonl import Chunk, line_limit, read_chunks

if TYPE_CHECKING:  # Self is in typing from Python 3.11 on
    from typing_extensions import Self


class OutputError(Exception):
    """The results cannot be written: a full disk, a closed stdout, or the reader of the pipe left
    (``| head``, `reader_left`). Raised by `Output` in place of the OSError, and not an OSError
    itself, so that an ``except OSError`` meant for a bad input never reports it as one."""

    def __init__(self, name: str, error: OSError) -> None:
        super().__init__(f"cannot write {name}: {error.strerror or error}")
        self.name = name
        self.error = error

    @property
    def reader_left(self) -> bool:
        return isinstance(self.error, BrokenPipeError)


class Output:
    """stdout as bytes: UTF-8 whatever the locale (a text stream without a buffer gets str)."""

    name = "stdout"

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buffer: IO[bytes] | None = getattr(stream, "buffer", None)
        if self.buffer is not None:
            self._flush(stream)  # anything already written as text goes first

    def write(self, data: bytes) -> None:
        try:
            if self.buffer is not None:
                self.buffer.write(data)
            else:
                self.stream.write(data.decode("utf-8", "surrogateescape"))
        except OSError as e:
            raise OutputError(self.name, e) from e

    def flush(self) -> None:
        self._flush(self.buffer or self.stream)

    def _flush(self, stream: IO[bytes] | TextIO) -> None:
        try:
            stream.flush()
        except OSError as e:
            raise OutputError(self.name, e) from e

    def close(self, *, keep: bool = True) -> None:
        """The end of the run: stdout is flushed and stays open (``keep`` matters for files)."""
        if keep:  # after Ctrl-C or a closed pipe, a flush would only raise again
            self.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        # A run that ended (with or without failed records) is kept; Ctrl-C or a crash is not.
        self.close(keep=exc_type is None)


class FileOutput(Output):
    """``-o FILE``: written to a temporary file next to FILE that replaces FILE when the run ends,
    so an interrupted run never leaves a half-written FILE (nor touches an old one). FILE.gz is gzipped."""

    def __init__(self, path: str) -> None:
        if os.path.isdir(path):  # refused before any work, not when the run ends
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        self.path = self.name = path
        folder, name = os.path.split(path)
        self.part = os.path.join(folder, f".{name}.{os.getpid()}.part")
        raw = open(self.part, "xb")  # noqa: SIM115 - closed in close(); "x": never clobber a stranger's file
        self.file: IO[bytes] = cast(IO[bytes], gzip.GzipFile(filename=name.removesuffix(".gz"), mode="wb",
                                                             fileobj=raw)) if path.endswith(".gz") else raw
        self.raw = raw
        self.buffer = self.file

    def write(self, data: bytes) -> None:
        try:
            self.file.write(data)
        except OSError as e:
            raise OutputError(self.path, e) from e

    def flush(self) -> None:
        self._flush(self.file)

    def close(self, *, keep: bool = True) -> None:
        """Close the file; put it in place of FILE when ``keep``, else delete it (also when the last
        bytes cannot be written: a full disk must not leave a cut-off FILE in place)."""
        try:
            try:
                self.file.close()
            finally:
                self.raw.close()
        except OSError as e:
            os.unlink(self.part)
            if keep:
                raise OutputError(self.path, e) from e
            return
        if not keep:
            os.unlink(self.part)
            return
        try:
            os.replace(self.part, self.path)
        except OSError as e:  # FILE became a directory, or its folder went away, during the run
            os.unlink(self.part)
            raise OutputError(self.path, e) from e


def open_output(path: str | None, stdout: TextIO) -> Output:
    """stdout, or the file ``-o`` names (``-`` is stdout too); use it as ``with open_output(...) as out``."""
    return FileOutput(path) if path and path != "-" else Output(stdout)


def _plain_file_size(stream: IO[bytes], name: str) -> int | None:
    """The size of a regular, uncompressed file; None for stdin, a pipe or a .gz (not known unread)."""
    if name == "-" or name.endswith(".gz"):
        return None
    try:
        size = os.fstat(stream.fileno()).st_size
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return size or None


class Inputs:
    """The inputs named on the command line, opened one at a time; ones that fail go to ``report``."""

    def __init__(self, names: Sequence[str], stdin: TextIO, report: Report, *, max_bytes: int | None = None) -> None:
        self.names = list(names) or ["-"]
        self.stdin = stdin
        self.report = report
        self.nbytes = 0
        # Plain mode reads at most this much of one input (+1 byte to tell it is over): a 20 GB dump
        # or a gzip bomb is refused without holding it in memory.
        self.max_bytes = max_bytes

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

    def _each(self) -> Iterator[tuple[str, IO[bytes]]]:
        for name in self.names:
            try:
                stream = self.open(name)
            except OSError as e:
                self.report.cannot_read(name, e)
                continue
            with stream:
                yield name, stream

    def chunks(self) -> Iterator[Chunk]:
        """JSONL: every input's lines in chunks."""
        for name, stream in self._each():
            try:
                for chunk in read_chunks(stream, "<stdin>" if name == "-" else name,
                                         max_line=line_limit(self.max_bytes)):
                    self.nbytes += sum(map(len, chunk.lines))
                    yield chunk
            except (OSError, EOFError) as e:  # a truncated .gz or a disk error mid-file
                self.report.cannot_read(name, e)

    def pages(self) -> Iterator[PageInput]:
        """Plain mode: each input as one page."""
        for name, stream in self._each():
            limit = self.max_bytes
            try:
                data = stream.read() if limit is None else stream.read(limit + 1)
            except (OSError, EOFError) as e:
                self.report.cannot_read(name, e)
                continue
            self.nbytes += len(data)
            if limit is not None and len(data) > limit:
                yield PageInput(name, b"", refused=over_max_bytes(limit, _plain_file_size(stream, name)))
            else:
                yield PageInput(name, data)
