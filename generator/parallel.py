"""Work spread over the machine's cores by forked processes.

Forked workers start with a copy of the parent's memory: the tables the finders
built, the templates, and whatever ``state`` the pool is given, which workers read
with `shared` instead of receiving it pickled with every task. Where fork is not
available the caller gets no pool and does the work itself.

The parent's objects are frozen out of the garbage collector's sight while workers
run (`gc.freeze`, as its documentation advises before a fork): a collection in a
worker would otherwise write to every object's header and so copy the pages the
worker shares with the parent.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from typing import Any, Iterator

#: Below this many items, starting worker processes costs more than it saves.
PARALLEL_FROM = 64

_shared: Any = None


def worker_count() -> int:
    return min(os.cpu_count() or 1, 8)


def shared() -> Any:
    """The ``state`` of the pool this worker was forked for."""
    return _shared


@contextmanager
def forked_pool(state: Any = None) -> Iterator[Any]:
    """A process pool whose workers inherit ``state``, or None on one core or without fork."""
    global _shared
    executor = None
    previous, _shared = _shared, state
    gc.freeze()
    if worker_count() > 1:
        try:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            executor = ProcessPoolExecutor(worker_count(), mp_context=multiprocessing.get_context("fork"))
        except (ImportError, OSError, ValueError):
            executor = None
    try:
        yield executor
    finally:
        if executor is not None:
            executor.shutdown()
        _shared = previous
        gc.unfreeze()


def slices(count: int, parts: int) -> list[tuple[int, int]]:
    """``range(count)`` cut into at most ``parts`` runs of nearly equal length.

    >>> slices(10, 3), slices(2, 4), slices(0, 2)
    ([(0, 4), (4, 7), (7, 10)], [(0, 1), (1, 2)], [])
    """
    parts = max(1, min(parts, count))
    size, extra = divmod(count, parts)
    bounds, start = [], 0
    for part in range(parts if count else 0):
        stop = start + size + (1 if part < extra else 0)
        bounds.append((start, stop))
        start = stop
    return bounds
