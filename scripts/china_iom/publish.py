"""Write the tables and the descriptor, all or nothing.

Everything is written into a staging folder beside the outputs; only when every
file is written and the package's own checks pass are ``data/`` and
``datapackage.json`` swapped into place. A failed or killed build leaves the
previous outputs as they were.
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
    for stale in out.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def swap_into_place(stage: Path, out: Path) -> None:
    """Move the staged ``data/`` and ``datapackage.json`` over the previous ones."""
    previous = stage / "previous-data"
    if (out / "data").exists():
        os.replace(out / "data", previous)
    os.replace(stage / "data", out / "data")
    os.replace(stage / "datapackage.json", out / "datapackage.json")
