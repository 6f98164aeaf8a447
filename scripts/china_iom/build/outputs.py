"""Write the tables and the descriptor, all or nothing.

Everything is written into a staging folder beside the outputs; only when every
file is written and the package's own checks pass are the staged files flushed
to disk, the folder marked ready, and ``data/`` and ``datapackage.json`` swapped
into place. A build that fails or is killed before the mark leaves the previous
outputs as they were; one killed during the swap (two renames) is finished by
the next build (``recover``), so the outputs are never left half old, half new.
One build at a time writes into a folder (``locked``).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from china_iom.errors import Problem, SeedError

ROW_GROUP = 1 << 17  # rows per Parquet row group (131,072, near DuckDB's 122,880), and per slice written
STAGING_PREFIX = ".build-"
READY = "READY"  # in a staging folder: its outputs are complete, verified and on disk
LOCK = ".build.lock"  # in the output folder: locked by the build writing into it, holds its process id


def write_table(slices: Iterable[pa.Table], schema: pa.Schema, folder: Path, name: str) -> dict[str, dict[str, Any]]:
    """A table as ``name.csv`` and ``name.parquet``, slice by slice; by format, the file's ``hash`` (and the
    CSV file's ``bytes``).

    CSV: a header, LF line ends, quotes only where needed, empty cells for nulls;
    hashed as it is written (as Frictionless checks it). Parquet: zstd,
    statistics, row groups of at most ROW_GROUP rows (a slice of that size is one
    row group, so slicing by ROW_GROUP gives the bytes of the whole table written
    at once), byte-stable for a given pyarrow. pyarrow releases the GIL: a
    thread formats a slice's CSV while this one writes its Parquet.
    """
    digest, size = hashlib.sha256(), 0
    with (
        open(folder / f"{name}.csv", "wb") as csv,
        pq.ParquetWriter(
            folder / f"{name}.parquet", schema, compression="zstd", write_statistics=True, store_schema=True
        ) as parquet,
        ThreadPoolExecutor(1) as thread,
    ):
        header = True
        for piece in slices:
            text = thread.submit(_csv_text, piece, header)
            parquet.write_table(piece, row_group_size=ROW_GROUP)
            size += _append(csv, digest, text.result())
            header = False
        if header:  # no rows: the header alone
            size += _append(csv, digest, _csv_text(schema.empty_table(), True))
    # The Parquet file was just written: hashing it reads it from the page cache.
    return {
        "csv": {"hash": "sha256:" + digest.hexdigest(), "bytes": size},
        "parquet": {"hash": file_hash(folder / f"{name}.parquet")},
    }


def file_hash(path: Path) -> str:
    """``sha256:<hex>`` of a file, as the descriptor records it."""
    with open(path, "rb") as file:
        return "sha256:" + hashlib.file_digest(file, "sha256").hexdigest()


def _append(file: BinaryIO, digest: hashlib._Hash, data: pa.Buffer) -> int:
    """Write ``data`` to ``file`` and the digest; its size."""
    digest.update(data)
    file.write(data)
    return data.size


def _csv_text(table: pa.Table, header: bool) -> pa.Buffer:
    out = pa.BufferOutputStream()
    pacsv.write_csv(table, out, write_options=pacsv.WriteOptions(include_header=header, quoting_style="needed"))
    return out.getvalue()


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold ``out``'s build lock, or refuse at once naming the process that holds it.

    ``flock`` is released by the kernel when its holder exits, however it dies.
    """
    if out.exists() and not out.is_dir():
        raise SeedError([Problem(out, None, "is a file, not a folder; give --out a folder (new or holding a package)")])
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip() or "unknown"
            raise SeedError(
                [
                    Problem(
                        path,
                        None,
                        f"another build (process {holder}) is writing into {out}; wait "
                        "for it to finish or build into another --out",
                    )
                ]
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # left empty: two builds leave the same files
    finally:
        os.close(fd)


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
    with ThreadPoolExecutor(8) as threads:  # the disk takes several flushes at once
        list(threads.map(_fsync, [*(stage / "data").iterdir(), stage / "datapackage.json"]))
    _fsync(stage / "data")
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
