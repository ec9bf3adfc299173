"""One compared system in its own process, so its peak memory is its own and a hang can be killed.

The worker times each extraction itself (no pipe transfer in the figure) and answers page by page,
which lets the runner interleave all systems on the same page under the same machine conditions.
"""
from __future__ import annotations

import multiprocessing
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from systems import make_system

# A small page run once before timing starts, so lazy imports and caches are not billed to page one.
WARM_UP_HTML = ("<html><head><title>Warm-up</title></head><body><nav><a href='/'>Home</a></nav><article>"
                "<h1>A headline for warming up</h1><p>" + "A sentence of warm-up prose that goes on. " * 20
                + "</p></article><footer>Copyright 2026</footer></body></html>")
WARM_UP_TEXT = "Home | News\n\nA headline for warming up\n\n" + "A sentence of warm-up prose that goes on. " * 20


@dataclass(frozen=True)
class Answer:
    """One page's result: the output (None after a crash), the seconds it took, and the error if any."""

    output: str | None
    seconds: float
    error: str | None = None


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def serve(conn: Connection, name: str, mode: str) -> None:
    """Worker main loop: build the system, warm up, then answer ("run", page) until ("stop",)."""
    try:
        run = make_system(name, mode)
    except ImportError as e:
        conn.send(("missing", f"{e.__class__.__name__}: {e}"))
        return
    try:
        run(WARM_UP_HTML if mode == "html" else WARM_UP_TEXT)
    except Exception as e:  # noqa: BLE001 - a peer failing on the warm-up page still gets measured
        conn.send(("warm-up failed", f"{e.__class__.__name__}: {e}"))
    conn.send(("ready", peak_rss_mb()))
    while True:
        message = conn.recv()
        if message[0] == "stop":
            conn.send(("done", peak_rss_mb()))
            return
        page = message[1]
        start = time.perf_counter()
        try:
            output: str | None = run(page)
            error = None
        except Exception as e:  # noqa: BLE001 - a crash scores as empty output and is counted, as in score.py
            output, error = None, f"{e.__class__.__name__}: {str(e)[:200]}"
        conn.send(Answer(output, time.perf_counter() - start, error))


class Worker:
    """The runner's handle on one system's process."""

    def __init__(self, name: str, mode: str) -> None:
        self.name, self.mode = name, mode
        self.notes: list[str] = []
        self.start_rss_mb = 0.0
        self.missing: str | None = None
        self._start()

    def _start(self) -> None:
        # spawn, not fork: a forked child would share (and be billed for) the runner's loaded corpus.
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=serve, args=(child, self.name, self.mode), daemon=True)
        self._proc.start()
        child.close()
        while True:
            kind, value = self._conn.recv()
            if kind == "missing":
                self.missing = str(value)
                self._proc.join()
                return
            if kind == "warm-up failed":
                self.notes.append(f"warm-up page failed: {value}")
                continue
            self.start_rss_mb = float(value)
            return

    def run(self, page: str, timeout: float) -> Answer:
        """Extract one page; a page that takes longer than ``timeout`` seconds restarts the worker."""
        self._conn.send(("run", page))
        if self._conn.poll(timeout):
            answer: Answer = self._conn.recv()
            return answer
        self._proc.kill()
        self._proc.join()
        self.notes.append(f"a page timed out after {timeout:.0f} s; the worker was restarted")
        self._start()
        return Answer(None, timeout, "timeout")

    def stop(self) -> float:
        """End the process; returns its peak RSS in MB."""
        if self.missing is not None:
            return 0.0
        self._conn.send(("stop",))
        kind, value = self._conn.recv()
        self._proc.join()
        assert kind == "done", kind
        return float(value)

    def kill(self) -> None:
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
