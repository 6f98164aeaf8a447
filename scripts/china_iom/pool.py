"""Map a function over batches of articles: on several processes, with a progress bar.

Articles are independent once the registries are loaded, so they are cut into
consecutive batches spread over worker processes; results come back in input
order, so whatever is built from them is the same whatever the number of processes.
A batch's result is one object (e.g. Arrow tables for all its articles), which
keeps what crosses between processes, and what is held afterwards, compact.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")
BATCH = 256  # articles per batch at most
_WORKER: tuple[Callable[..., Any], tuple[Any, ...]] | None = None


def default_jobs() -> int:
    """Processes to use: the cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _init(func: Callable[..., Any], context: tuple[Any, ...]) -> None:
    global _WORKER
    _WORKER = (func, context)


def _run(batch: Sequence[Any]) -> Any:
    func, context = _WORKER
    return func(batch, *context)


def batches(items: Sequence[T], jobs: int) -> list[Sequence[T]]:
    """Consecutive batches: at most BATCH items, and at least four per process where there are enough."""
    size = max(1, min(BATCH, len(items) // (4 * max(1, jobs))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_batches(func: Callable[..., R], items: Sequence[T], context: tuple[Any, ...], jobs: int = 1,
                progress: bool | None = None) -> Iterator[R]:
    """``func(batch, *context)`` for consecutive batches of ``items``, in order, on ``jobs`` processes."""
    todo = batches(items, jobs)
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(items), unit="article", file=sys.stderr, disable=not show, desc="resolve") as bar:
        _init(func, context)
        if jobs <= 1 or len(todo) < 2:
            results: Iterator[R] = map(_run, todo)
            pool = None
        else:
            pool = ProcessPoolExecutor(jobs, initializer=_init, initargs=(func, context))
            results = pool.map(_run, todo)
        try:
            for batch, result in zip(todo, results):
                bar.update(len(batch))
                yield result
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
