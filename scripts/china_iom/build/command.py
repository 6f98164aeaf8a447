"""The build stage: seeds in, tables and descriptor out, all or nothing."""

from __future__ import annotations

import gc
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from china_iom.build import descriptor, drafts
from china_iom.build.cache import TableCache
from china_iom.build.derived import MADE, derive
from china_iom.build.outputs import ROW_GROUP, locked, recover, staging, swap_into_place, write_table
from china_iom.build.row_files import read_table
from china_iom.build.seed_rows import SeedRows, resolve_seeds
from china_iom.build.tables import arrow_schema, registry_tables, sort_order, sorted_slices
from china_iom.build.timing import StepClock
from china_iom.errors import Problem, SeedError
from china_iom.schema import TABLES


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced."""

    articles: int
    rows: dict[str, int]
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage
    resolved: int = 0  # articles resolved afresh (the others came from the cache)
    worker_seconds: dict[str, float] = field(default_factory=dict)  # CPU time of each step, over the workers


def build(
    seeds: Path,
    out: Path,
    include_drafts: bool = False,
    jobs: int = 1,
    cache: Path | None = None,
    progress: bool | None = None,
) -> BuildSummary:
    """Build the package from ``seeds`` into ``out``; on any problem raise and leave ``out`` untouched.

    A second build into the same ``out`` meanwhile is refused. A swap that a killed
    build had begun is finished first, whatever the seeds.
    ``jobs`` processes resolve and check the articles; ``cache`` is a folder of
    resolved articles reused when nothing they depend on changed. Neither changes
    the output. Rows are spooled to disk as they are resolved and each table is
    sorted and written on its own, so memory is bounded by the largest table, not
    the corpus. CSV = Parquet is left to ``china-iom check``, both files being
    written from the same Arrow slices here. With ``include_drafts`` the descriptor says so, and ``out``
    may not be a project's root nor hold a package built without drafts. ``out`` may not lie inside ``seeds``.
    """
    refuse_inside_seeds(seeds, out)
    if include_drafts:
        drafts.refuse_published(out)
    with locked(out):
        try:
            return _build(seeds, out, include_drafts, jobs, cache, progress)
        except OSError as exc:
            if exc.filename is None:  # a failed write (a full disk) names no file: it was one of out's
                exc.filename = str(out)
            raise


def refuse_inside_seeds(seeds: Path, out: Path) -> None:
    """SeedError if ``out`` is ``seeds`` or a folder inside it: the seeds hold sources, never a build's output."""
    if out.resolve().is_relative_to(seeds.resolve()):
        raise SeedError(
            [
                Problem(
                    out,
                    None,
                    f"lies inside the seeds folder {seeds}, which holds only sources; "
                    "give --out a folder outside it (default: the project root)",
                )
            ]
        )


def _build(
    seeds: Path, out: Path, include_drafts: bool, jobs: int, cache: Path | None, progress: bool | None
) -> BuildSummary:
    recover(out)
    clock = StepClock(time.perf_counter)
    store = TableCache(cache, seeds / "registry", include_drafts) if cache else None
    with staging(out) as stage:
        with gc_paused():
            corpus = resolve_seeds(seeds, stage / "rows", include_drafts, jobs, store, progress)
        meta = descriptor.load_meta(seeds)
        clock.lap("load, resolve and check articles")
        written = _write_tables(corpus, seeds, stage / "data", store, out / "data")
        rows, stats = {n: w["rows"] for n, w in written.items()}, {n: w["stats"] for n, w in written.items()}
        articles = read_table(corpus.spool, "articles")
        described = descriptor.descriptor(corpus.registries, articles, meta, stats)
        described = drafts.mark(described) if include_drafts else described
        (stage / "datapackage.json").write_text(descriptor.dumps(described), encoding="utf-8")
        clock.lap("sort and write CSV, Parquet and descriptor")
        swap_into_place(stage, out)
        if store:
            store.record(written, out / "data", corpus.spool)
        clock.lap("flush and swap")
    return BuildSummary(len(corpus.entries), rows, dict(clock.seconds), corpus.resolved, dict(corpus.seconds))


def _write_tables(
    corpus: SeedRows, seeds: Path, folder: Path, store: TableCache | None, previous: Path
) -> dict[str, dict[str, Any]]:
    """Every table sorted and written, one at a time (or its files in ``previous`` reused, when the cache
    knows none of its rows changed since they were written); per table: its rows and its files' stats."""
    folder.mkdir(parents=True)
    made = _Tables(registry_tables(corpus.registries), corpus.spool, seeds)
    written = {}
    for table in TABLES:
        reused = store.reuse(table.name, corpus.spool, previous, folder) if store else None
        if reused is None:
            arrow = made[table.name]
            reused = {
                "stats": write_table(sorted_slices(table, arrow, ROW_GROUP), arrow_schema(table), folder, table.name),
                "rows": arrow.num_rows,
            }
        written[table.name] = reused
    return written


def table_rows(seeds: Path) -> dict[str, pa.Table]:
    """Every table of the package, sorted, in memory (for small corpora): the build's own way from seeds to
    tables, run into a temporary folder instead of writing files; or SeedError."""
    with tempfile.TemporaryDirectory(prefix="china-iom-rows-") as folder:
        corpus = resolve_seeds(seeds, Path(folder))
        made = _Tables(registry_tables(corpus.registries), corpus.spool, seeds)
        return {table.name: made[table.name].take(sort_order(table, made[table.name])) for table in TABLES}


class _Tables(dict):
    """The tables to write: made from the registries, derived (``derive``, run when first needed: an incremental
    build that reuses every derived table's files skips it), or read from the spool, one contiguous copy
    each (taking rows from many chunks would concatenate them at every slice)."""

    def __init__(self, made: dict[str, pa.Table], spool: Path, seeds: Path):
        super().__init__(made)
        self.spool, self.seeds = spool, seeds

    def __missing__(self, name: str) -> pa.Table:
        if name in MADE:
            self.update(derive(_Spooled(self, self.spool), self.seeds))
            return self[name]
        return read_table(self.spool, name).combine_chunks()


class _Spooled(dict):
    """Tables made so far, and the spooled ones read when first asked for (derive's inputs)."""

    def __init__(self, made: dict[str, pa.Table], spool: Path):
        super().__init__({name: table for name, table in made.items() if name not in MADE})
        self.spool = spool

    def __missing__(self, name: str) -> pa.Table:
        return read_table(self.spool, name)


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
