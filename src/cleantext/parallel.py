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
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, Generic, TypeVar

from .errors import CleantextError

T = TypeVar("T")
R = TypeVar("R")


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
    """

    def __init__(self, work: Callable[[T], R], *, jobs: int, init: Callable[..., None],
                 initargs: tuple[Any, ...] = (), inflight: int | None = None) -> None:
        self.work = work
        self.jobs = max(1, jobs)
        self.init = init
        self.initargs = initargs
        # Two tasks per worker keep every worker busy while the parent writes results.
        self.inflight = inflight or 2 * self.jobs + 1
        self._executor: ProcessPoolExecutor | None = None
        self._drained = False

    def __enter__(self) -> OrderedPool[T, R]:
        if self.jobs == 1:
            self.init(*self.initargs)
        else:
            self._executor = ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                                 initargs=(self.init, self.initargs))
            # The first task starts the workers; doing it here, before the feeder thread exists,
            # means no process is forked while another thread of ours might hold a lock.
            self._executor.submit(_ready).result()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if exc_type is None and self._drained:
            executor.shutdown(wait=True)
            return
        # Stop now: drop queued tasks and kill the running ones rather than wait for their chunks.
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
        # A feeder thread reads ``items`` (which may block on a slow stdin) and submits tasks, so this
        # thread can hand out results the moment they are done; the queue bounds what is in flight.
        pending: queue.Queue[tuple[T, Future[R]] | _End] = queue.Queue(maxsize=self.inflight)
        feeder = threading.Thread(target=self._feed, args=(self._executor, items, pending), daemon=True,
                                  name="cleantext-feeder")
        feeder.start()
        while True:
            task = pending.get()
            if isinstance(task, _End):
                if task.error is not None:
                    raise task.error
                break
            item, future = task
            try:
                result = future.result()
            except BrokenProcessPool:
                raise WorkerDied("a worker process died (crashed or was killed) while cleaning", item) from None
            yield result
        self._drained = True

    def _feed(self, executor: ProcessPoolExecutor, items: Iterable[T],
              pending: queue.Queue[tuple[T, Future[R]] | _End]) -> None:
        try:
            for item in items:
                pending.put((item, executor.submit(self.work, item)))
        except BaseException as e:  # noqa: BLE001 - handed to the consuming thread, which raises it
            pending.put(_End(e))
        else:
            pending.put(_End(None))
