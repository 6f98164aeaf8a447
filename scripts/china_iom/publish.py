"""Write the tables and the descriptor, all or nothing.

Everything is written into a staging folder beside the outputs; only when every
file is written and the package's own checks pass are the staged files flushed
to disk, the folder marked ready, and ``data/`` and ``datapackage.json`` swapped
into place. A build that fails or is killed before the mark leaves the previous
outputs as they were; one killed during the swap (two renames) is finished by
the next build (``recover``), so the outputs are never left half old, half new.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

STAGING_PREFIX = ".build-"
READY = "READY"  # in a staging folder: its outputs are complete, verified and on disk


def write_csv(table: pa.Table, path: Path) -> None:
    """CSV with a header, LF line ends, quotes only where needed, empty cells for nulls."""
    options = pacsv.WriteOptions(include_header=True, quoting_style="needed")
    pacsv.write_csv(table, path, write_options=options)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Parquet with zstd compression and statistics, byte-stable for a given pyarrow."""
    pq.write_table(table, path, compression="zstd", write_statistics=True, store_schema=True)


def write_tables(tables: dict[str, pa.Table], folder: Path) -> None:
    """Every table as ``name.csv`` and ``name.parquet`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        write_csv(table, folder / f"{name}.csv")
        write_parquet(table, folder / f"{name}.parquet")


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh folder inside ``out`` to build in; removed afterwards whatever happens."""
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def recover(out: Path) -> None:
    """Finish any swap a killed build had begun, then delete every stale staging folder."""
    for stale in sorted(out.glob(f"{STAGING_PREFIX}*")):
        if (stale / READY).is_file():
            _finish_swap(stale, out)
        shutil.rmtree(stale, ignore_errors=True)


def swap_into_place(stage: Path, out: Path) -> None:
    """Move the staged ``data/`` and ``datapackage.json`` over the previous ones.

    The staged files reach the disk and the stage is marked ready before the
    first rename, so from then on ``recover`` can always complete the swap.
    """
    for path in sorted(stage.rglob("*"), reverse=True):
        _fsync(path)
    (stage / READY).touch()
    _fsync(stage)
    _finish_swap(stage, out)


def _finish_swap(stage: Path, out: Path) -> None:
    """Idempotent: each step is done only if it is still to do."""
    staged = stage / "data"
    if staged.exists():
        if (out / "data").exists():
            os.replace(out / "data", stage / "previous-data")
        os.replace(staged, out / "data")
    if (stage / "datapackage.json").exists():
        os.replace(stage / "datapackage.json", out / "datapackage.json")
    _fsync(out)


def _fsync(path: Path) -> None:
    """Flush a file's or folder's contents (a folder: its entries) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
