"""An order-preserving map over worker processes with a bounded number of tasks in flight.

``Pool.imap`` reads its whole input ahead of the workers, so a 1 GB stdin would sit in memory;
here at most ``inflight`` tasks are queued, and results come back in input order as soon as ready.
A worker that dies (a crash in a C extension, the OOM killer) ends the run with `WorkerDied`
instead of the silent hang ``multiprocessing.Pool`` gives.
"""
from __future__ import annotations

import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, Generic, TypeVar

from .errors import CleantextError

T = TypeVar("T")
R = TypeVar("R")

# How often to look for new input while results are pending and there is room for more work.
POLL_SECONDS = 0.05


class WorkerDied(CleantextError, RuntimeError):
    """A worker process ended without a result; ``item`` is the task it may have been running."""

    def __init__(self, message: str, item: object) -> None:
        super().__init__(message)
        self.item = item


def cpu_count() -> int:
    """The cores this process may run on (``-j 0``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(init: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group; only the parent handles it (and stops the pool),
    # so workers must not each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init(*initargs)


def _ready() -> None:
    """A task that does nothing: running it proves the workers have started."""


class _End:
    """The feeder's last word: the input ended, or reading it raised ``error``."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


class OrderedPool(Generic[T, R]):
    """``with OrderedPool(work, jobs=2, init=f, initargs=(x,)) as pool: for r in pool.map(items)``.

    ``work`` and ``init`` must be module-level functions (they are pickled to the workers).
    With ``jobs == 1`` everything runs in this process, with no pool and no pickling.
    Leaving the ``with`` block before ``map`` is exhausted (an error, a closed pipe, Ctrl-C,
    a stop on the first bad record) kills the workers instead of waiting for them.

    When a worker dies, the tasks that were in flight are run again one at a time in fresh
    workers; the one that kills its worker again gets ``on_crash(item)`` as its result (computed
    here, in the parent), and the run goes on. Without ``on_crash`` it raises `WorkerDied`.
    """

    def __init__(self, work: Callable[[T], R], *, jobs: int, init: Callable[..., None],
                 initargs: tuple[Any, ...] = (), inflight: int | None = None,
                 on_crash: Callable[[T], R] | None = None) -> None:
        self.work = work
        self.jobs = max(1, jobs)
        self.init = init
        self.initargs = initargs
        # Two tasks per worker keep every worker busy while the parent writes results.
        self.inflight = inflight or 2 * self.jobs + 1
        self.on_crash = on_crash
        self._executor: ProcessPoolExecutor | None = None
        self._drained = False

    def __enter__(self) -> OrderedPool[T, R]:
        if self.jobs == 1:
            self.init(*self.initargs)
        else:
            self._start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._executor is None:
            return
        if exc_type is None and self._drained:
            self._executor.shutdown(wait=True)
            self._executor = None
        else:
            self._kill()

    def _start(self) -> None:
        self._executor = ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                             initargs=(self.init, self.initargs))
        # The first task starts the workers (all of them, with fork), so they are forked here and
        # not later from a thread that might interleave with another thread holding a lock.
        try:
            self._executor.submit(_ready).result()
        except BrokenProcessPool:  # the initializer failed or the worker could not start
            self._kill()
            raise WorkerDied("the worker processes could not start", None) from None

    def _kill(self) -> None:
        """Stop now: drop queued tasks and kill running ones rather than wait for their chunks."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        # The executor has no public way to kill its workers; _processes has held them since 3.2.
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """Results of ``work`` on each item, in the order of ``items``, each as soon as it is ready."""
        if self._executor is None:
            yield from map(self.work, items)
            return
        # A feeder thread reads ``items`` (it may block on a slow stdin) into a bounded queue; this
        # thread submits them, keeps at most ``inflight`` running, and yields results in order.
        incoming: queue.Queue[T | _End] = queue.Queue(maxsize=self.inflight)
        threading.Thread(target=_feed, args=(items, incoming), daemon=True, name="cleantext-feeder").start()
        running: deque[tuple[T, Future[R]]] = deque()
        end: _End | None = None
        while True:
            while end is None and len(running) < self.inflight:
                try:
                    entry = incoming.get(block=not running)
                except queue.Empty:
                    break
                if isinstance(entry, _End):
                    end = entry
                else:
                    running.append((entry, self._submit(entry)))
            if not running:
                break
            future = running[0][1]
            # With room for more work and input still coming, look at the input again soon.
            full = end is not None or len(running) >= self.inflight
            try:
                result = future.result(timeout=None if full else POLL_SECONDS)
            except FutureTimeout:
                continue
            except BrokenProcessPool:
                yield from self._rerun([i for i, _ in running])
                running.clear()
                continue
            running.popleft()
            yield result
        if end is not None and end.error is not None:
            raise end.error
        self._drained = True

    def _submit(self, item: T) -> Future[R]:
        assert self._executor is not None
        return self._executor.submit(self.work, item)

    def _rerun(self, items: list[T]) -> Iterator[R]:
        """After a worker died: run ``items`` one at a time in fresh workers to find the culprit."""
        for item in items:
            self._kill()
            self._start()
            try:
                result = self._submit(item).result()
            except BrokenProcessPool:
                if self.on_crash is None:
                    raise WorkerDied("a worker process died (crashed or was killed) while cleaning",
                                     item) from None
                result = self.on_crash(item)
            yield result
        self._kill()
        self._start()


def _feed(items: Iterable[T], incoming: queue.Queue[T | _End]) -> None:
    try:
        for item in items:
            incoming.put(item)
    except BaseException as e:  # noqa: BLE001 - handed to the consuming thread, which raises it
        incoming.put(_End(e))
    else:
        incoming.put(_End(None))
