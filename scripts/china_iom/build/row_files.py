"""Rows on disk: one Arrow IPC file per article table, appended to batch by batch.

The build spools each batch of resolved articles as it arrives, so the main
process never holds more than a batch of rows; the files are then read back
memory-mapped, one table at a time, to be sorted and written. A spool folder
with a manifest is also a generation of the incremental cache (``cache``).
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.ipc as ipc

from china_iom.build.tables import ARTICLE_TABLES, arrow_schema


def spool_path(folder: Path, table: str) -> Path:
    """The file holding a table's rows in a spool folder."""
    return folder / f"{table}.arrow"


class SpoolWriter:
    """Appends batches of article-table rows to the files of a new spool folder."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._writers = {
            table.name: ipc.new_file(str(spool_path(folder, table.name)), arrow_schema(table))
            for table in ARTICLE_TABLES
        }

    def write(self, tables: dict[str, pa.Table | pa.RecordBatch]) -> None:
        """Append rows: a table or record batch per article table."""
        for name, rows in tables.items():
            if rows.num_rows:
                self._writers[name].write(rows)

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()

    def __enter__(self) -> SpoolWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def read_table(folder: Path, table: str) -> pa.Table:
    """A table's spooled rows, memory-mapped (in the order written, one chunk per batch)."""
    return ipc.open_file(pa.memory_map(str(spool_path(folder, table)))).read_all()
