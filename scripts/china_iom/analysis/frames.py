"""Load the package's tables as pandas DataFrames with dtypes derived from ``schema.TABLES``.

Enum columns become categoricals with the schema's categories, integers nullable ``Int64``,
dates ``datetime64[s]``, booleans ``boolean`` and other strings ``string``: so every foreign
key has the same dtype as the key it references and joins need no casting. A file is read
only if its SHA-256 is the one ``datapackage.json`` records, and a value outside an enum
column's categories is refused (pandas would turn it into a missing value): both raise
``PackageError`` naming the file.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from china_iom.build.descriptor import resource_name
from china_iom.build.outputs import file_hash
from china_iom.build.tables import arrow_schema
from china_iom.check.integrity import REBUILD, read_descriptor
from china_iom.errors import PackageError, Problem
from china_iom.root import find_root
from china_iom.schema import TABLES_BY_NAME, Field, Table

_DTYPES = {
    "string": pd.StringDtype(),
    "integer": pd.Int64Dtype(),
    "boolean": pd.BooleanDtype(),
    "date": "datetime64[s]",
}


def dtype(field: Field) -> object:
    """pandas dtype of a schema field."""
    if field.enum:
        return pd.CategoricalDtype(list(field.enum))
    return _DTYPES[field.type]


def _fail(path: Path, message: str) -> PackageError:
    return PackageError([Problem(path, None, message)])


def _read(table: Table, path: Path, fmt: str) -> pa.Table:
    schema = arrow_schema(table)
    try:
        if fmt == "parquet":
            return pq.read_table(path, columns=table.field_names).cast(schema)
        return pacsv.read_csv(
            path,
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types=schema,
                include_columns=schema.names,
                strings_can_be_null=True,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowException, OSError) as exc:
        raise _fail(path, f"cannot be read as the {table.name} table ({exc}); {REBUILD}") from None


def frame(table: Table, path: Path, fmt: str = "parquet") -> pd.DataFrame:
    """One table file as a DataFrame in schema column order and dtypes; PackageError for a value outside
    an enum column's categories."""
    data = _read(table, path, fmt)
    for field in table.fields:
        if field.enum:
            column = data[field.name]
            outside = pc.and_(pc.is_valid(column), pc.invert(pc.is_in(column, pa.array(field.enum))))
            unknown = pc.filter(column, outside)
            if len(unknown):
                values = ", ".join(repr(v) for v in dict.fromkeys(unknown.to_pylist()))
                raise _fail(
                    path,
                    f"column {field.name} holds {values}, not among its categories "
                    f"({', '.join(field.enum)}); {REBUILD}",
                )
    return data.to_pandas().astype({f.name: dtype(f) for f in table.fields})


def load(
    table: str | None = None, *, root: Path | str | None = None, format: str = "parquet"
) -> pd.DataFrame | SimpleNamespace:
    """Table ``table`` of the package at ``root``, or all tables, read from its
    ``format`` files ("parquet" or "csv"), each checked against the hash ``datapackage.json`` records.

    ``root`` defaults to the project at or above the working directory (``root.find_root``).
    With no ``table``, returns a namespace with one attribute per table (``tables.meetings``).
    """
    if format not in ("parquet", "csv"):
        raise ValueError(f"format {format!r}: use 'parquet' or 'csv'")
    if table is not None and table not in TABLES_BY_NAME:
        raise KeyError(f"no table {table!r}; tables: {', '.join(TABLES_BY_NAME)}")
    root = find_root() if root is None else Path(root)
    descriptor = read_descriptor(root)
    resources = {r.get("name"): r for r in descriptor.get("resources", []) if isinstance(r, dict)}
    names = [table] if table is not None else list(TABLES_BY_NAME)
    frames = {name: _checked_frame(root, TABLES_BY_NAME[name], format, resources) for name in names}
    return frames[table] if table is not None else SimpleNamespace(**frames)


def _checked_frame(root: Path, table: Table, fmt: str, resources: dict) -> pd.DataFrame:
    path = root / "data" / f"{table.name}.{fmt}"
    recorded = resources.get(resource_name(table, fmt), {}).get("hash")
    try:
        actual = file_hash(path)
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror}); {REBUILD}") from None
    if recorded != actual:
        why = "its SHA-256 differs" if recorded else "no hash is recorded for it"
        raise _fail(path, f"is not the file datapackage.json describes ({why}); {REBUILD}, or restore the file")
    return frame(table, path, fmt)
