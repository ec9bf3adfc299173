"""An order-preserving map over worker processes with a bounded number of tasks in flight.

``Pool.imap`` reads its whole input ahead of the workers, so a 1 GB stdin would sit in memory;
here at most one task per worker runs and a few wait, and results come back in input order as
soon as ready. Each worker is a plain process with its own pipe, so a worker that dies (a crash
in a C extension, the OOM killer) is seen at once, costs only its task, and stopping kills the
workers at once; ``multiprocessing.Pool`` hangs on a lost task, and ``ProcessPoolExecutor`` can
hang at exit on Python 3.10 after its workers are killed.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Generic, TypeVar

from ..errors import CleantextError

T = TypeVar("T")
R = TypeVar("R")

# How often to look for new input while results are pending and a worker is idle.
POLL_SECONDS = 0.05


class WorkerDied(CleantextError, RuntimeError):
    """A worker process ended without a result; ``item`` is the task it was running."""

    def __init__(self, message: str, item: object) -> None:
        super().__init__(message)
        self.item = item


class WorkerFailed(RuntimeError):
    """``work`` raised in a worker: a bug, passed on with the worker's traceback."""


def cpu_count() -> int:
    """The cores this process may run on (``-j 0``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _worker(conn: Connection, make_worker: Callable[[], Callable[[Any], Any]]) -> None:
    """A worker's life: build the worker once, then answer each task on ``conn`` until told to stop (None)."""
    # Ctrl-C reaches the whole process group; only the parent handles it (and stops the workers),
    # so workers must not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    work = make_worker()  # this process's state (a pipeline, a model) lives here, not in a global
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the parent is gone
            return
        if task is None:
            return
        try:
            answer = (True, work(task))
        except Exception:  # noqa: BLE001 - sent to the parent, which raises it as WorkerFailed
            answer = (False, traceback.format_exc())
        try:
            conn.send(answer)
        except OSError:  # the parent is gone (killed): nobody is left to tell
            return


class _Slot:
    """One worker process, its pipe, and the task it is running (with its sequence number)."""

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.task: tuple[int, Any] | None = None
        self.retried = False  # this task already killed one worker


class _End:
    """The feeder's last word: the input ended, or reading it raised ``error``."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


def _feed(items: Iterable[Any], incoming: queue.Queue[Any]) -> None:
    try:
        for item in items:
            incoming.put(item)
    except BaseException as e:  # noqa: BLE001 - handed to the consuming thread, which raises it
        incoming.put(_End(e))
    else:
        incoming.put(_End(None))


class OrderedPool(Generic[T, R]):
    """``with OrderedPool(functools.partial(Cleaner, settings), jobs=2) as pool: for r in pool.map(items)``.

    ``make_worker()`` runs once in each worker process and returns the function that handles every
    task there, so what a worker sets up once (a pipeline, a model) is held by that function, not
    by module globals. ``make_worker`` must be picklable: a module-level class or function, or a
    ``functools.partial`` of one. With ``jobs == 1`` everything runs in this process, with one
    worker built here, no processes and no pickling.
    Leaving the ``with`` block before ``map`` is exhausted (an error, a closed pipe, Ctrl-C,
    a stop on the first bad record) kills the workers instead of waiting for them.

    When a worker dies, its task runs again in a fresh worker; if it kills that one too, its
    result is ``on_crash(item)`` (computed here, in the parent) and the run goes on. Without
    ``on_crash`` it raises `WorkerDied`.
    """

    def __init__(self, make_worker: Callable[[], Callable[[T], R]], *, jobs: int, queued: int | None = None,
                 on_crash: Callable[[T], R] | None = None) -> None:
        self.make_worker = make_worker
        self.jobs = max(1, jobs)
        self._work: Callable[[T], R] | None = None  # the in-process worker when jobs == 1
        # Tasks read ahead of the workers: enough that a worker never waits for the reader.
        self.queued = queued or self.jobs + 1
        # Tasks handed out beyond the oldest unfinished one: a slow task (a huge page) may hold up
        # the output while the other workers go on, but only this far, so results waiting for it
        # (and input read for them) stay bounded.
        self.ahead = 2 * self.jobs
        self.on_crash = on_crash
        self._slots: list[_Slot] = []
        self._drained = False

    def __enter__(self) -> OrderedPool[T, R]:
        if self.jobs == 1:
            self._work = self.make_worker()
        else:
            # Started here, before the feeder thread exists: no fork while another thread of ours
            # might hold a lock the child would inherit.
            self._slots = [self._spawn() for _ in range(self.jobs)]
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        slots, self._slots = self._slots, []
        if exc_type is None and self._drained:
            for slot in slots:
                try:
                    slot.conn.send(None)
                except OSError:  # already gone; join() below returns at once
                    continue
            for slot in slots:
                slot.process.join()
                slot.conn.close()
            return
        for slot in slots:  # stop now, without waiting for the chunks being cleaned
            slot.process.terminate()
        for slot in slots:
            slot.process.join(timeout=5)
            slot.conn.close()

    def _spawn(self) -> _Slot:
        parent, child = multiprocessing.Pipe()
        process = multiprocessing.Process(target=_worker, args=(child, self.make_worker),
                                          daemon=True, name="cleantext-worker")
        process.start()
        child.close()
        return _Slot(process, parent)

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """Results of ``work`` on each item, in the order of ``items``, each as soon as it is ready."""
        if self._work is not None:
            yield from map(self._work, items)
            return
        # A feeder thread reads ``items`` (it may block on a slow stdin) into a bounded queue; this
        # thread hands them to idle workers and yields results in order.
        incoming: queue.Queue[T | _End] = queue.Queue(maxsize=self.queued)
        threading.Thread(target=_feed, args=(items, incoming), daemon=True, name="cleantext-feeder").start()
        done: dict[int, R] = {}  # results that came back before an earlier one
        retry: list[tuple[int, T]] = []  # tasks of workers that died, to run again first
        next_in = next_out = 0
        end: _End | None = None
        while True:
            # Results first: the next read of the input may block for a long time (a slow stdin).
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            for slot in self._slots:
                if slot.task is not None:
                    continue
                if retry:
                    slot.task = retry.pop(0)
                    slot.retried = True
                elif end is None and next_in - next_out < self.ahead:
                    try:
                        entry = incoming.get(block=all(s.task is None for s in self._slots))
                    except queue.Empty:
                        break
                    if isinstance(entry, _End):
                        end = entry
                        break
                    slot.task, slot.retried = (next_in, entry), False
                    next_in += 1
                else:
                    break
                self._send(slot)
            busy = [s for s in self._slots if s.task is not None]
            if not busy and not retry:
                if next_out in done:
                    continue
                break
            idle = len(busy) < len(self._slots)
            timeout = POLL_SECONDS if idle and end is None else None
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for slot in busy:
                if slot.conn in ready or slot.process.sentinel in ready:
                    self._collect(slot, done, retry)
        if end is not None and end.error is not None:
            raise end.error
        self._drained = True

    def _send(self, slot: _Slot) -> None:
        """Hand ``slot`` its task; a worker found dead before it started is replaced once."""
        assert slot.task is not None
        for attempt in range(2):
            try:
                slot.conn.send(slot.task[1])
                return
            except OSError:  # not the stdout pipe: the worker's pipe is broken, so the worker is gone
                if attempt:
                    raise WorkerDied("worker processes keep dying before they get a task",
                                     slot.task[1]) from None
                self._replace(slot)

    def _replace(self, slot: _Slot) -> None:
        slot.process.join(timeout=5)
        slot.conn.close()
        fresh = self._spawn()
        slot.process, slot.conn = fresh.process, fresh.conn

    def _collect(self, slot: _Slot, done: dict[int, R], retry: list[tuple[int, T]]) -> None:
        """Take the result of ``slot``'s task, or deal with its worker's death."""
        assert slot.task is not None
        seq, item = slot.task
        try:
            ok, value = slot.conn.recv()
        except (EOFError, OSError):  # the worker died: replace it, and run the task again (once)
            self._replace(slot)
            slot.task = None
            if not slot.retried:
                retry.append((seq, item))
            elif self.on_crash is None:
                raise WorkerDied("a worker process died (crashed or was killed) while cleaning", item) from None
            else:
                done[seq] = self.on_crash(item)
            return
        slot.task = None
        if not ok:
            raise WorkerFailed(f"a worker raised:\n{value}")
        done[seq] = value
