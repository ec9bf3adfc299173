"""A one-line progress report on stderr (records/s, MB/s, errors), shown only on a terminal.

In a pipe or a log file it stays silent, so stderr carries only real messages there.
"""
from __future__ import annotations

import time
from typing import TextIO

# Redraw at most this often: a terminal redraw per record would cost more than the cleaning.
INTERVAL = 0.25


class Progress:
    """``update()`` after each batch; ``finish()`` clears the line. A no-op unless ``enabled``."""

    def __init__(self, stream: TextIO, *, enabled: bool, unit: str = "records") -> None:
        self.stream = stream
        self.enabled = enabled
        self.unit = unit
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    @classmethod
    def for_stream(cls, stream: TextIO, *, quiet: bool, unit: str = "records") -> Progress:
        """Enabled when ``stream`` is a terminal and not ``quiet``."""
        isatty = getattr(stream, "isatty", None)
        return cls(stream, enabled=not quiet and bool(isatty and isatty()), unit=unit)

    def line(self, records: int, nbytes: int, errors: int, elapsed: float) -> str:
        """The text of the progress line.

        >>> import io
        >>> Progress(io.StringIO(), enabled=True).line(1000, 2_000_000, 3, 2.0)
        '1,000 records  500/s  1.0 MB/s  3 errors'
        """
        rate = records / elapsed if elapsed > 0 else 0.0
        mbs = nbytes / 1e6 / elapsed if elapsed > 0 else 0.0
        return f"{records:,} {self.unit}  {rate:,.0f}/s  {mbs:.1f} MB/s  {errors:,} errors"

    def update(self, records: int, nbytes: int, errors: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < INTERVAL:
            return
        self._last = now
        text = self.line(records, nbytes, errors, now - self.start)
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        """Wipe the line, before an error message or at the end."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
