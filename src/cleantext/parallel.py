"""An order-preserving map over worker processes with a bounded number of tasks in flight.

``Pool.imap`` reads its whole input ahead of the workers, so a 1 GB stdin would sit in memory;
here at most ``inflight`` tasks are queued, and results come back in input order as soon as ready.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


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


class OrderedPool(Generic[T, R]):
    """``with OrderedPool(work, jobs=2, init=f, initargs=(x,)) as pool: for r in pool.map(items)``.

    ``work`` and ``init`` must be module-level functions (they are pickled to the workers).
    With ``jobs == 1`` everything runs in this process, with no pool and no pickling.
    Leaving the ``with`` block before ``map`` is exhausted (an error, a closed pipe, Ctrl-C,
    a stop on the first bad record) terminates the workers instead of waiting for them.
    """

    def __init__(self, work: Callable[[T], R], *, jobs: int, init: Callable[..., None],
                 initargs: tuple[Any, ...] = (), inflight: int | None = None) -> None:
        self.work = work
        self.jobs = max(1, jobs)
        self.init = init
        self.initargs = initargs
        # Two tasks per worker keep every worker busy while the parent writes results.
        self.inflight = inflight or 2 * self.jobs + 1
        self._pool: Pool | None = None
        self._drained = False

    def __enter__(self) -> OrderedPool[T, R]:
        if self.jobs == 1:
            self.init(*self.initargs)
        else:
            self._pool = multiprocessing.Pool(self.jobs, initializer=_start_worker,
                                              initargs=(self.init, self.initargs))
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is None:
            return
        if exc_type is None and self._drained:
            self._pool.close()
        else:
            self._pool.terminate()
        self._pool.join()
        self._pool = None

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """Results of ``work`` on each item, in the order of ``items``, each as soon as it is ready."""
        if self._pool is None:
            yield from map(self.work, items)
            return
        # A feeder thread reads ``items`` (which may block on a slow stdin) and submits tasks, so this
        # thread can hand out results the moment they are done; the queue bounds what is in flight.
        pending: queue.Queue[AsyncResult[R] | _End] = queue.Queue(maxsize=self.inflight)
        feeder = threading.Thread(target=self._feed, args=(items, pending), daemon=True,
                                  name="cleantext-feeder")
        feeder.start()
        while True:
            task = pending.get()
            if isinstance(task, _End):
                if task.error is not None:
                    raise task.error
                break
            yield task.get()
        self._drained = True

    def _feed(self, items: Iterable[T], pending: queue.Queue[AsyncResult[R] | _End]) -> None:
        assert self._pool is not None
        pool = self._pool
        try:
            for item in items:
                pending.put(pool.apply_async(self.work, (item,)))
        except BaseException as e:  # noqa: BLE001 - handed to the consuming thread, which raises it
            pending.put(_End(e))
        else:
            pending.put(_End(None))


class _End:
    """The feeder's last word: the input ended, or reading it raised ``error``."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error
