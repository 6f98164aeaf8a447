"""Map a function over batches of articles: on several processes, with a progress bar.

Articles are independent once the registries are loaded, so they are cut into
consecutive batches spread over worker processes; results come back in input
order, so whatever is built from them is the same whatever the number of processes.
A batch's result is one object (e.g. Arrow tables for all its articles), which
keeps what crosses between processes, and what is held afterwards, compact.

Workers are forked from a fork server, never from the calling process: a process
forked while another of its threads (pyarrow's own, or a writer thread) holds an
allocator lock inherits the lock held and hangs at its first allocation there.
The fork server and every worker die with their parent (``die_with_parent``), so
no process outlives a build that is killed, even with SIGKILL.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")
BATCH = 256  # articles per batch at most
PARALLEL_FROM = 500  # items: fewer are not worth starting the processes for (about a second)
_WORKER: tuple[Callable[..., Any], tuple[Any, ...]] | None = None
_PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h)
GUARD = "china_iom.build.forkserver_guard"  # imported first by the fork server: it dies with its parent


def die_with_parent() -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux; elsewhere nothing is done)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def default_jobs() -> int:
    """Processes to use: the cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def process_pool(
    jobs: int, preload: str, initializer: Callable[..., Any] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of ``jobs`` processes forked from a fork server that has imported module ``preload``; each
    runs ``initializer(*initargs)`` first."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([GUARD, preload])
    _start_forkserver_deaf_to_ctrl_c()
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(initializer, initargs))


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the fork server (if not yet running) with SIGINT ignored, which it keeps across exec and its
    workers inherit: a Ctrl-C while it is still importing would otherwise print its traceback beside the
    main process's one-line message. (A blocked mask is not enough: the fork server starts unblocked.)"""
    if threading.current_thread() is not threading.main_thread():  # signal.signal works only there
        multiprocessing.forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_worker(initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]) -> None:
    """A worker dies with the fork server, and leaves Ctrl-C (sent to the whole process group) to the main
    process."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def _init(func: Callable[..., Any], context: tuple[Any, ...]) -> None:
    """Set up a worker: no cyclic garbage collection, which made resolving a third slower (reference
    counting frees a batch's objects; the few cycles go with the worker)."""
    global _WORKER
    _WORKER = (func, context)
    gc.disable()


def _run(batch: Sequence[Any]) -> Any:
    func, context = _WORKER
    return func(batch, *context)


def batches(items: Sequence[T], jobs: int) -> list[Sequence[T]]:
    """Consecutive batches: at most BATCH items, and at least four per process where there are enough."""
    size = max(1, min(BATCH, len(items) // (4 * max(1, jobs))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def map_batches(
    func: Callable[..., R], items: Sequence[T], context: tuple[Any, ...], jobs: int = 1, progress: bool | None = None
) -> Iterator[R]:
    """``func(batch, *context)`` for consecutive batches of ``items``, in order, on ``jobs`` processes."""
    todo = batches(items, jobs)
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(items), unit="article", file=sys.stderr, disable=not show, desc="resolve") as bar:
        _init(func, context)
        if jobs <= 1 or len(items) < PARALLEL_FROM:
            results: Iterator[R] = map(_run, todo)
            pool = None
        else:
            pool = process_pool(jobs, func.__module__, initializer=_init, initargs=(func, context))
            results = pool.map(_run, todo)
        finished = False
        try:
            for batch, result in zip(todo, results):
                bar.update(len(batch))
                yield result
            finished = True
        finally:
            if pool is not None:
                if not finished:  # interrupted or failed: do not wait for the running batches
                    stop_workers(pool)
                pool.shutdown(cancel_futures=True)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's worker processes at once (the executor has no public way to)."""
    for process in list((pool._processes or {}).values()):
        process.kill()
