"""The build stage: seeds in, tables and descriptor out, all or nothing."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from china_iom import package
from china_iom.cache import ArticleCache
from china_iom.corpus import load_corpus
from china_iom.errors import SeedError
from china_iom.publish import recover, staging, swap_into_place, write_tables
from china_iom.tables import build_tables
from china_iom.verify import verify_package


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced."""

    articles: int
    rows: dict[str, int]
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage
    resolved: int = 0  # articles resolved afresh (the others came from the cache)


def build(seeds: Path, out: Path, include_drafts: bool = False, jobs: int = 1, cache: Path | None = None,
          progress: bool | None = None) -> BuildSummary:
    """Build the package from ``seeds`` into ``out``; on any problem raise and leave ``out`` untouched.

    A swap that a killed build had begun is finished first, whatever the seeds.
    ``jobs`` processes resolve the articles; ``cache`` is a folder of resolved
    articles reused when nothing they depend on changed. Neither changes the output.
    """
    recover(out)
    clock = _Clock()
    articles = ArticleCache(cache, seeds / "registry", include_drafts) if cache else None
    with gc_paused():
        corpus = load_corpus(seeds, include_drafts, jobs, articles, progress)
    meta = package.load_meta(seeds)
    clock.lap("load and resolve")
    tables = build_tables(corpus)
    clock.lap("build tables")
    with staging(out) as stage:
        write_tables(tables, stage / "data")
        (stage / "datapackage.json").write_text(package.dumps(package.descriptor(corpus, meta, stage)),
                                                encoding="utf-8")
        clock.lap("write CSV, Parquet and descriptor")
        problems = verify_package(stage, seeds)
        if problems:
            raise SeedError(problems)
        swap_into_place(stage, out)
        clock.lap("own checks")
    return BuildSummary(len(corpus.articles), {name: table.num_rows for name, table in tables.items()},
                        clock.seconds, articles.misses if articles else len(corpus.articles))


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while millions of long-lived objects are made (it made loading quadratic)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Clock:
    """Wall time of consecutive stages."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage], self._last = now - self._last, now
