"""Read and resolve many articles: on several processes, through the cache, with a progress bar.

Articles are independent once the registries are loaded, so they are spread over
worker processes in chunks; results come back in input order, so the corpus,
and the build, are the same whatever the number of processes.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tqdm import tqdm

from china_iom.cache import ArticleCache
from china_iom.errors import Problem, SeedError
from china_iom.registry import Registries

ArticlePaths = tuple[str, Path, Path]
Reader = Callable[[str, Path, Path, Registries, bool], object]
CHUNK = 64
_WORKER: tuple[Reader, Registries, bool] | None = None


def default_jobs() -> int:
    """Processes to use: the cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _init(reader: Reader, registries: Registries, include_drafts: bool) -> None:
    global _WORKER
    _WORKER = (reader, registries, include_drafts)


def _read(paths: ArticlePaths) -> bytes | list[Problem]:
    """One article, pickled (cheap to send back and to store), or its problems."""
    reader, registries, include_drafts = _WORKER
    try:
        return pickle.dumps(reader(*paths, registries, include_drafts), protocol=pickle.HIGHEST_PROTOCOL)
    except SeedError as exc:
        return exc.problems


def _outcomes(todo: list[ArticlePaths], jobs: int) -> Iterator[bytes | list[Problem]]:
    if jobs <= 1 or len(todo) < 2:
        yield from map(_read, todo)
        return
    chunk = max(1, min(CHUNK, len(todo) // (4 * jobs)))
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=_WORKER) as pool:
        yield from pool.map(_read, todo, chunksize=chunk)


def read_all(paths: list[ArticlePaths], reader: Reader, registries: Registries, include_drafts: bool,
             jobs: int = 1, cache: ArticleCache | None = None, progress: bool | None = None
             ) -> Iterator[object | list[Problem]]:
    """``reader``'s result (or problems) for every article, in the order of ``paths``."""
    keys = [cache.key(text, annotation) for _, text, annotation in paths] if cache else [None] * len(paths)
    cached = [cache.get(key) for key in keys] if cache else [None] * len(paths)
    todo = [p for p, hit in zip(paths, cached) if hit is None]
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(paths), initial=len(paths) - len(todo), unit="article", file=sys.stderr,
               disable=not show, desc="resolve")
    _init(reader, registries, include_drafts)
    outcomes = _outcomes(todo, jobs)
    try:
        for key, hit in zip(keys, cached):
            if hit is not None:
                yield hit
                continue
            outcome = next(outcomes)
            bar.update()
            if isinstance(outcome, list):
                yield outcome
                continue
            if cache:
                cache.put(key, outcome)
            yield pickle.loads(outcome)
    finally:
        bar.close()
        outcomes.close()
