"""The build stage: seeds in, tables and descriptor out, all or nothing."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from china_iom import package
from china_iom.cache import TableCache
from china_iom.errors import Problem, SeedError
from china_iom.lean import load_lean
from china_iom.publish import recover, staging, swap_into_place, write_tables
from china_iom.tables import assemble
from china_iom.verify import article_texts, row_findings


CHECK_GROUP = 5_000  # articles whose fresh rows are checked together
ARTICLE_COLUMNS = ("article_id", "defined_in_article_id")  # the column naming a row's article


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
    The own row checks run on the rows of the articles resolved afresh (cached rows
    passed them when they were made); CSV = Parquet is left to ``china-iom check``,
    both files being written from the same Arrow table here.
    """
    recover(out)
    clock = _Clock()
    store = TableCache(cache, seeds / "registry", include_drafts) if cache else None
    with gc_paused():
        corpus = load_lean(seeds, include_drafts, jobs, store, progress)
    meta = package.load_meta(seeds)
    clock.lap("load and resolve")
    tables, orders = assemble(corpus.registries, corpus.tables)
    fresh = {name: np.flatnonzero(order.to_numpy() >= corpus.cached_rows[name]) for name, order in orders.items()}
    del orders
    clock.lap("build tables")
    with staging(out) as stage:
        write_tables(tables, stage / "data")
        descriptor = package.descriptor(corpus.registries, tables["articles"], meta, stage)
        (stage / "datapackage.json").write_text(package.dumps(descriptor), encoding="utf-8")
        clock.lap("write CSV, Parquet and descriptor")
        problems = _check_fresh(stage, seeds, tables, fresh)
        if problems:
            raise SeedError(problems)
        swap_into_place(stage, out)
        clock.lap("own checks")
    return BuildSummary(len(corpus.entries), {name: table.num_rows for name, table in tables.items()},
                        clock.seconds, corpus.resolved)


def _check_fresh(stage: Path, seeds: Path, tables: dict[str, pa.Table], fresh: dict[str, np.ndarray]
                 ) -> list[Problem]:
    """The own row checks on the rows resolved afresh, CHECK_GROUP articles at a time (bounded memory)."""
    ids = tables["articles"]["article_id"].take(pa.array(fresh["articles"]))
    groups = {}  # table -> group number of each fresh row
    for name, rows in fresh.items():
        column = next((c for c in ARTICLE_COLUMNS if c in tables[name].column_names), None)
        if column is not None:
            index = pc.index_in(tables[name][column].take(pa.array(rows)), value_set=ids)
            groups[name] = index.to_numpy(zero_copy_only=False) // CHECK_GROUP
    problems: list[Problem] = []
    for group in range(-(-len(ids) // CHECK_GROUP)):
        frames = {name: _frame(tables[name], fresh[name][numbers == group]) for name, numbers in groups.items()}
        texts, findings = article_texts(seeds, frames["articles"])
        findings += row_findings(frames, texts)
        problems += [Problem(stage / "data" / f"{f.table}.csv", None if f.row is None else f.row + 2, f.message)
                     for f in findings]
    return problems


def _frame(table: pa.Table, rows: np.ndarray) -> pd.DataFrame:
    """The given rows of a table, indexed by row number."""
    return table.take(pa.array(rows)).to_pandas().set_axis(pd.Index(rows), axis=0)


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
