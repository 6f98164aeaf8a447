"""Load the package's tables as pandas DataFrames with dtypes derived from ``schema.TABLES``.

Enum columns become categoricals with the schema's categories, integers nullable ``Int64``,
dates ``datetime64[s]``, booleans ``boolean`` and other strings ``string``: so every foreign
key has the same dtype as the key it references and joins need no casting.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pyarrow.parquet as pq

from china_iom.root import find_root
from china_iom.schema import TABLES_BY_NAME, Field, Table

_DTYPES = {"string": pd.StringDtype(), "integer": pd.Int64Dtype(), "boolean": pd.BooleanDtype(),
           "date": "datetime64[s]"}


def dtype(field: Field) -> object:
    """pandas dtype of a schema field."""
    if field.enum:
        return pd.CategoricalDtype(list(field.enum))
    return _DTYPES[field.type]


def frame(table: Table, path: Path) -> pd.DataFrame:
    """One Parquet file as a DataFrame in schema column order and dtypes."""
    data = pq.read_table(path, columns=table.field_names).to_pandas()
    return data.astype({f.name: dtype(f) for f in table.fields})


def load(table: str | None = None, *, root: Path | str | None = None) -> pd.DataFrame | SimpleNamespace:
    """Table ``table`` of the package at ``root``, or all tables.

    ``root`` defaults to the project at or above the working directory (``root.find_root``).
    With no ``table``, returns a namespace with one attribute per table (``tables.meetings``).
    """
    data = (find_root() if root is None else Path(root)) / "data"
    if table is not None:
        if table not in TABLES_BY_NAME:
            raise KeyError(f"no table {table!r}; tables: {', '.join(TABLES_BY_NAME)}")
        return frame(TABLES_BY_NAME[table], data / f"{table}.parquet")
    return SimpleNamespace(**{name: frame(t, data / f"{name}.parquet") for name, t in TABLES_BY_NAME.items()})
