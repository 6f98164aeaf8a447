"""Query the package with DuckDB: one view per table of ``schema.TABLES`` over its Parquet files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from china_iom.root import find_root
from china_iom.schema import TABLES

if TYPE_CHECKING:
    import duckdb as _duckdb


def duckdb(root: Path | str | None = None, database: str = ":memory:") -> _duckdb.DuckDBPyConnection:
    """A DuckDB connection with one view per table of the package at ``root`` (found as ``load()`` finds it),
    reading ``data/<table>.parquet`` by absolute path, so it works from any working directory."""
    import duckdb as _duckdb

    data = ((find_root() if root is None else Path(root)) / "data").resolve()
    connection = _duckdb.connect(database)
    for table in TABLES:
        path = data / f"{table.name}.parquet"
        if not path.is_file():
            connection.close()
            raise FileNotFoundError(f"{path}: not found; run `china-iom build` or pass root= the package folder")
        literal = str(path).replace("'", "''")
        connection.execute(f"CREATE VIEW \"{table.name}\" AS SELECT * FROM read_parquet('{literal}')")
    return connection
