"""The fast check: what ``frictionless validate datapackage.json`` enforces, vectorised with pyarrow.

Driven by the descriptor alone (every resource, field, constraint and key in it),
so it covers whatever tables ``schema.TABLES`` generates. Each file is read with
every value as text (CSV) or as stored (Parquet); a value is cast by Frictionless'
rule for its field's type (integer, boolean and date as ``frictionless.fields``
writes them, any other type by Frictionless' own reader), once per distinct value,
so the verdicts are Frictionless' (pyarrow's and DuckDB's own casts accept ``5.0``
or ``yes`` where Frictionless refuses them). The constraints, unique values and keys are then
checked on whole columns with pyarrow compute and numpy. A pattern must match the
whole value (Frictionless' ``^...$`` also lets a trailing newline through).

Rules, as Frictionless names its errors: the header's labels (``incorrect-label``,
``extra-label``, ``missing-label``, ``blank-label``, ``duplicate-label``),
``extra-cell``, ``missing-cell``, ``blank-row``, ``encoding-error``, ``type-error``,
``constraint-error`` (required, enum, pattern, minimum, maximum, lengths),
``unique-error``, ``primary-key``, ``foreign-key`` (within each format, after
casting), ``hash-count`` and ``byte-count``. A CSV file whose rows are not all
well formed is re-read with Python's ``csv`` module, as Frictionless reads it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from china_iom.check.verify import CsvLines
from china_iom.errors import Problem

LIMIT = 10  # violations named per resource and rule
CSV_BLOCK = 1 << 24  # bytes of CSV read at a time
PARQUET_BATCH = 1 << 17  # rows of Parquet read at a time
BOUNDS = {
    "minimum": pc.less,
    "maximum": pc.greater,
    "exclusiveMinimum": pc.less_equal,
    "exclusiveMaximum": pc.greater_equal,
}
LENGTHS = {"minLength": pc.less, "maxLength": pc.greater}
_ARROW = {"integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32()}
# Regular-expression classes whose meaning differs between Python (Unicode) and RE2 (ASCII).
_PYTHON_ONLY = re.compile(r"\\[wWsSbBD]")


@dataclass(frozen=True)
class Violation:
    """A rule broken in a resource: at a row (Frictionless' row number, header = 1) or by the whole file."""

    resource: str
    rule: str  # Frictionless' error type; a constraint-error names its constraint: "constraint-error (pattern)"
    row: int | None = None
    line: int | None = None  # CSV line where the row starts
    field: str | None = None
    value: str | None = None


@dataclass
class Found:
    """Violations of one resource: the first LIMIT per rule, and how many there are in all."""

    kept: list[Violation] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, violation: Violation, count: int = 1) -> None:
        if self.counts.get(violation.rule, 0) < LIMIT:
            self.kept.append(violation)
        self.counts[violation.rule] = self.counts.get(violation.rule, 0) + count


@dataclass
class Table:
    """Some rows of a resource (a part read at once, or its key columns): values by field, and where
    the rows are."""

    name: str
    fields: list[dict[str, Any]]
    raw: dict[str, pa.ChunkedArray]  # as read: text (CSV) or stored values (Parquet)
    row_numbers: np.ndarray  # Frictionless' row number of each row
    lines: np.ndarray | None  # CSV line of each row, where known
    structure: list[tuple[int, Violation]]  # (row index, violation) found while reading: cells, labels
    cast: dict[str, pa.ChunkedArray] = field(default_factory=dict)


class _Malformed(Exception):
    """A CSV file pyarrow cannot read row for row as Frictionless does: it is re-read with Python's csv."""


def _strings(values: list[str | None]) -> pa.ChunkedArray:
    return pa.chunked_array([pa.array(values, pa.string())])


def _label_violations(name: str, labels: list[str], fields: list[dict[str, Any]]) -> Iterator[Violation]:
    """The header's labels against the schema's field names, position by position."""
    for index in range(max(len(labels), len(fields))):
        label = labels[index] if index < len(labels) else None
        expected = fields[index]["name"] if index < len(fields) else None
        rule = (
            "extra-label"
            if expected is None
            else "missing-label"
            if label is None
            else "blank-label"
            if label == ""
            else "duplicate-label"
            if label in labels[:index]
            else "incorrect-label"
            if label != expected
            else None
        )
        if rule:
            yield Violation(name, rule, 1, 1, expected, label)


def _python_csv(name: str, text: str, fields: list[dict[str, Any]]) -> Table:
    """A CSV file read as Frictionless reads it (Python's csv module): for files with malformed rows."""
    reader = csv.reader(io.StringIO(text, newline=""))
    starts, records, line = [], [], 1
    for number, cells in enumerate(reader):
        if number:
            starts.append(line)
            records.append(cells)
        line = reader.line_num + 1
    structure = []
    width = len(fields)
    for index, cells in enumerate(records):
        structure += [
            (index, Violation(name, "extra-cell", index + 2, starts[index], None, cell)) for cell in cells[width:]
        ]
        structure += [
            (index, Violation(name, "missing-cell", index + 2, starts[index], f["name"], ""))
            for f in fields[len(cells) :]
        ]
    raw = {
        f["name"]: _strings([cells[i] if i < len(cells) else None for cells in records]) for i, f in enumerate(fields)
    }
    return Table(name, fields, raw, np.arange(2, len(records) + 2), np.array(starts, dtype=np.int64), structure)


def _labels(path: Path) -> list[str]:
    """The header's labels, as Python's csv module reads them."""
    with path.open(encoding="utf-8", errors="replace", newline="") as file:
        return next(csv.reader(file), [])


def _starts_with_bom(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(3) == b"\xef\xbb\xbf"


def _csv_parts(name: str, path: Path, fields: list[dict[str, Any]]) -> Iterator[Table]:
    """A well-formed CSV file's rows as text, part by part; _Malformed at the first row pyarrow cannot
    read as Frictionless does (a cell too many or too few, an empty line, bytes that are not UTF-8)."""
    names = [str(i) for i in range(len(fields))]
    try:
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=CSV_BLOCK),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
        offset = 0
        for batch in reader:
            rows = np.arange(offset + 2, offset + 2 + batch.num_rows)
            offset += batch.num_rows
            yield Table(
                name,
                fields,
                {f["name"]: pa.chunked_array([batch.column(i)]) for i, f in enumerate(fields)},
                rows,
                None,
                [],
            )
    except pa.ArrowInvalid as exc:
        raise _Malformed(str(exc)) from None


def _parquet_parts(name: str, path: Path, fields: list[dict[str, Any]]) -> Iterator[Table]:
    """A Parquet file's values as stored, part by part, by field (positionally, as Frictionless maps
    columns to fields)."""
    file = pq.ParquetFile(path)
    offset = 0
    for batch in file.iter_batches(PARQUET_BATCH):
        rows = batch.num_rows
        raw = {
            f["name"]: pa.chunked_array([batch.column(i)])
            if i < batch.num_columns
            else pa.chunked_array([pa.nulls(rows, pa.string())])
            for i, f in enumerate(fields)
        }
        yield Table(name, fields, raw, np.arange(offset + 2, offset + 2 + rows), None, [])
        offset += rows


def _missing_values(field_: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    return field_.get("missingValues", schema.get("missingValues", [""]))


def _integer_reader(field_: dict[str, Any]) -> Callable[[Any], Any]:
    """frictionless.fields.integer's value reader."""
    strip = None if field_.get("bareNumber", True) else re.compile(r"((^[^-\d]*)|(\D*$))")

    def read(cell: Any) -> Any:
        if isinstance(cell, str):
            cell = cell.strip()
            if strip:
                cell = strip.sub("", cell)
            try:
                return int(cell)
            except ValueError:
                return None
        if cell is True or cell is False:
            return None
        if isinstance(cell, int):
            return cell
        if isinstance(cell, float) and cell.is_integer():
            return int(cell)
        if isinstance(cell, Decimal) and cell % 1 == 0:
            return int(cell)
        return None

    return read


def _boolean_reader(field_: dict[str, Any]) -> Callable[[Any], Any]:
    """frictionless.fields.boolean's value reader."""
    mapping = {
        **dict.fromkeys(field_.get("trueValues", ["true", "True", "TRUE", "1"]), True),
        **dict.fromkeys(field_.get("falseValues", ["false", "False", "FALSE", "0"]), False),
    }
    return lambda cell: cell if cell is True or cell is False else mapping.get(cell) if isinstance(cell, str) else None


def _date_reader(field_: dict[str, Any]) -> Callable[[Any], Any]:
    """frictionless.fields.date's value reader, for the default format or a strptime format."""
    form = field_.get("format", "default")
    form = "%Y-%m-%d" if form == "default" else form

    def read(cell: Any) -> Any:
        if isinstance(cell, dt.datetime):
            return cell.date() if (cell.hour, cell.minute, cell.second) == (0, 0, 0) else None
        if isinstance(cell, dt.date):
            return cell
        if not isinstance(cell, str):
            return None
        try:
            return dt.datetime.strptime(cell, form).date()
        except ValueError:
            return None

    return read


READERS = {"integer": _integer_reader, "boolean": _boolean_reader, "date": _date_reader}


def _reader(field_: dict[str, Any]) -> Callable[[Any], Any]:
    """Frictionless' value reader of a field (its cast rules for that type and format): the common ones
    written out (importing frictionless costs over a second), any other from frictionless itself."""
    if field_["type"] in READERS and field_.get("format", "default") != "any":
        return READERS[field_["type"]](field_)
    from frictionless import Field

    return Field.from_descriptor(
        {k: v for k, v in field_.items() if k not in ("constraints", "description")}
    ).create_value_reader()


def _cast(values: pa.ChunkedArray, field_: dict[str, Any], missing: list[str]) -> tuple[pa.ChunkedArray, np.ndarray]:
    """A column cast as Frictionless casts it (missing values to null), and where a value fails its type."""
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        values = pc.if_else(pc.is_in(values, pa.array(missing, values.type)), pa.scalar(None, values.type), values)
    if field_["type"] == "string" and field_.get("format", "default") == "default":
        if pa.types.is_string(values.type) or pa.types.is_large_string(values.type) or values.null_count == len(values):
            return values.cast(pa.string()), np.zeros(len(values), dtype=bool)
        return pa.chunked_array([pa.nulls(len(values), pa.string())]), values.is_valid().to_numpy(zero_copy_only=False)
    distinct = pc.unique(values).drop_null() if len(values) else values.combine_chunks()
    reader = _reader(field_)
    values_py = distinct.to_pylist()
    read = [None if str(value) in missing else reader(value) for value in values_py]
    # a value that fails its type; not a missing one (a stored value whose text is a missing value)
    failed = pa.array([r is None and str(v) not in missing for v, r in zip(values_py, read)], pa.bool_())
    cast_distinct = pa.array(read)
    if pa.types.is_null(cast_distinct.type):  # no value of the type here: nulls of the type's Arrow type
        cast_distinct = pa.nulls(len(read), _ARROW.get(field_["type"], pa.string()))
    index = pc.index_in(values, distinct)
    cast = pc.take(cast_distinct, index)
    invalid = pc.fill_null(pc.take(failed, index), False).to_numpy(zero_copy_only=False)
    return pa.chunked_array([cast]) if isinstance(cast, pa.Array) else cast, invalid


def _pattern_mask(values: pa.ChunkedArray, pattern: str) -> np.ndarray:
    """Where a non-null text does not match ``pattern`` as a whole (Python's regular-expression semantics)."""
    if _PYTHON_ONLY.search(pattern):
        distinct = pc.unique(values).drop_null()
        compiled = re.compile(pattern)
        bad = pa.array([compiled.fullmatch(v) is None for v in distinct.to_pylist()], pa.bool_())
        mask = pc.take(bad, pc.index_in(values, distinct))
    else:  # RE2: ``$`` is the end of the text; \d as in Python means any Unicode digit
        mask = pc.invert(pc.match_substring_regex(values, "^(?:" + pattern.replace(r"\d", r"\p{Nd}") + ")$"))
    return pc.fill_null(mask, False).to_numpy(zero_copy_only=False)


def _constraint_masks(values: pa.ChunkedArray, field_: dict[str, Any]) -> Iterator[tuple[str, np.ndarray]]:
    """Each constraint of a field and where a cast value (null: missing) breaks it."""
    constraints = field_.get("constraints", {})
    reader = None if field_["type"] == "string" else _reader(field_)
    cast_one = (lambda v: v) if reader is None else reader
    null = values.is_null().to_numpy(zero_copy_only=False)
    for name, constraint in constraints.items():
        if name == "required":
            mask = null if constraint else np.zeros(len(values), dtype=bool)
        elif name == "unique":
            continue
        elif name == "enum":
            allowed = [cast_one(v) for v in constraint]
            mask = ~null & ~pc.is_in(values, pa.array(allowed, values.type)).to_numpy(zero_copy_only=False)
        elif name == "pattern":
            mask = _pattern_mask(values, constraint)
        elif name in BOUNDS:
            broken = BOUNDS[name](values, pa.scalar(cast_one(constraint), values.type))
            mask = pc.fill_null(broken, False).to_numpy(zero_copy_only=False)
        elif name in LENGTHS:
            broken = LENGTHS[name](pc.utf8_length(values), constraint)
            mask = pc.fill_null(broken, False).to_numpy(zero_copy_only=False)
        else:
            raise ValueError(
                f"constraint {name!r} of field {field_['name']!r} is not supported by the fast check; "
                "run `china-iom check --frictionless`"
            )
        yield name, mask


def _codes(columns: list[pa.ChunkedArray]) -> np.ndarray:
    """One integer per row such that rows with equal values (nulls equal) in every column get the same one."""
    key = np.zeros(len(columns[0]) if columns else 0, dtype=np.int64)
    for column in columns:
        distinct = pc.unique(column)
        codes = pc.fill_null(pc.index_in(column, distinct, skip_nulls=False), -1).to_numpy(zero_copy_only=False)
        key = np.unique(key * (len(distinct) + 1) + codes, return_inverse=True)[1].astype(np.int64)
    return key


def _repeated(columns: list[pa.ChunkedArray]) -> np.ndarray:
    """Rows whose values (nulls equal) occurred in an earlier row."""
    rows = len(columns[0])
    table = pa.table({str(i): c for i, c in enumerate(columns)})
    if table.group_by(table.column_names).aggregate([]).num_rows == rows:  # the common case: no repeats
        return np.zeros(rows, dtype=bool)
    key = _codes(columns)
    repeated = np.ones(len(key), dtype=bool)
    repeated[np.unique(key, return_index=True)[1]] = False
    return repeated


def _text(values: pa.ChunkedArray, index: int) -> str:
    value = values[index].as_py()
    return "" if value is None else str(value)


def check_cells(table: Table, schema: dict[str, Any]) -> list[tuple[np.ndarray, Violation]]:
    """Types, constraints and blank rows of some rows of a resource, as (rows, rule broken); casts them."""
    masks: list[tuple[str, str | None, np.ndarray]] = []
    blank = np.ones(len(table.row_numbers), dtype=bool)
    for field_ in table.fields:
        name, raw = field_["name"], table.raw[field_["name"]]
        cast, invalid = _cast(raw, field_, _missing_values(field_, schema))
        table.cast[name] = cast
        blank &= cast.is_null().to_numpy(zero_copy_only=False) & ~invalid
        masks.append(("type-error", name, invalid))
        for constraint, mask in _constraint_masks(cast, field_):
            masks.append((f"constraint-error ({constraint})", name, mask & ~invalid))
    found = [(np.flatnonzero(mask & ~blank), rule, name) for rule, name, mask in masks]
    found.append((np.flatnonzero(blank), "blank-row", None))
    return [(rows, Violation(table.name, rule, field=name)) for rows, rule, name in found if len(rows)]


def check_keys(table: Table, schema: dict[str, Any]) -> list[tuple[np.ndarray, Violation]]:
    """Repeated values of unique fields, and repeated or empty primary keys, on a resource's (cast) key columns."""
    found = []
    for field_ in table.fields:
        if field_.get("constraints", {}).get("unique"):
            cast = table.cast[field_["name"]]
            found.append(
                (
                    np.flatnonzero(_repeated([cast]) & cast.is_valid().to_numpy(zero_copy_only=False)),
                    "unique-error",
                    field_["name"],
                )
            )
    if keys := _names(schema.get("primaryKey", [])):
        columns = [table.cast[k] for k in keys]
        all_null = np.logical_and.reduce([c.is_null().to_numpy(zero_copy_only=False) for c in columns])
        found.append((np.flatnonzero(all_null | _repeated(columns)), "primary-key", ", ".join(keys)))
    return [(rows, Violation(table.name, rule, field=name)) for rows, rule, name in found if len(rows)]


def _compact(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """A text column dictionary-encoded (an id repeats on many rows), any other as it is."""
    if not pa.types.is_string(values.type):
        return values
    return pa.chunked_array([pc.dictionary_encode(values.combine_chunks())])


def _member(target: pa.ChunkedArray, known: pa.ChunkedArray) -> np.ndarray:
    """Where a value of ``target`` is among the values of ``known`` (either dictionary-encoded or not)."""
    values = _values(known)
    target = target.combine_chunks()
    if pa.types.is_dictionary(target.type):
        inside = pc.take(pc.is_in(target.dictionary, values), target.indices)
    else:
        inside = pc.is_in(target, values)
    return pc.fill_null(inside, False).to_numpy(zero_copy_only=False)


def _values(column: pa.ChunkedArray) -> pa.Array:
    """The distinct non-null values of a column (of a dictionary-encoded one: its dictionary)."""
    column = column.combine_chunks()
    if pa.types.is_dictionary(column.type):
        return column.dictionary
    return pc.unique(column).drop_null()


def _key_strings(table: Table, names: list[str]) -> pa.ChunkedArray:
    """Each row's values of ``names`` as one text (typed, so that 1 and "1" differ); null if all are null."""
    parts = [
        pc.binary_join_element_wise(
            pa.scalar(str(table.cast[n].type)), pc.fill_null(table.cast[n].cast(pa.string()), "\x00null"), "\x1f"
        )
        for n in names
    ]
    joined = pc.binary_join_element_wise(*parts, "\x1e") if len(parts) > 1 else parts[0]
    all_null = np.logical_and.reduce([table.cast[n].is_null().to_numpy(zero_copy_only=False) for n in names])
    return pc.if_else(pa.array(all_null), pa.scalar(None, pa.string()), joined)


def check_foreign_keys(
    table: Table, schema: dict[str, Any], tables: dict[str, Table]
) -> list[tuple[np.ndarray, Violation]]:
    """Rows whose (cast) foreign key values are not among the referenced resource's (all-null keys pass)."""
    found = []
    for fk in schema.get("foreignKeys", []):
        reference = fk["reference"]
        fields, ref_fields = _names(fk["fields"]), _names(reference["fields"])
        source = tables.get(reference.get("resource") or table.name)
        if source is None or not all(f in table.cast for f in fields) or not all(f in source.cast for f in ref_fields):
            continue  # the referenced resource could not be read: reported there
        if len(fields) == 1 and table.cast[fields[0]].type == source.cast[ref_fields[0]].type:
            target, known = table.cast[fields[0]], source.cast[ref_fields[0]]
        else:
            target, known = _key_strings(table, fields), _key_strings(source, ref_fields)
        member = _member(target, known)
        rows = np.flatnonzero(~member & target.is_valid().to_numpy(zero_copy_only=False))
        if len(rows):
            found.append((rows, Violation(table.name, "foreign-key", field=", ".join(fields))))
    return found


def _located(table: Table, rows: np.ndarray, violation: Violation) -> Iterator[Violation]:
    """The violation at each of ``rows`` (the first LIMIT), with row number, line and value."""
    for index in rows[:LIMIT]:
        names = violation.field.split(", ") if violation.field else []
        value = ", ".join(_text(table.raw[n], int(index)) for n in names if n in table.raw) or None
        line = None if table.lines is None else int(table.lines[index]) or None
        yield Violation(table.name, violation.rule, int(table.row_numbers[index]), line, violation.field, value)


def _file_checks(name: str, resource: dict[str, Any], path: Path, found: Found) -> None:
    """``hash`` and ``bytes`` of a file against its descriptor (read by blocks)."""
    algorithm, _, expected = resource.get("hash", "md5:").rpartition(":")
    digest, size = hashlib.new(algorithm or "md5"), 0
    with path.open("rb") as file:
        while block := file.read(CSV_BLOCK):
            digest.update(block)
            size += len(block)
    if "hash" in resource and digest.hexdigest() != expected:
        found.add(Violation(name, "hash-count", value=f"expected {expected}, actual {digest.hexdigest()}"))
    if "bytes" in resource and resource["bytes"] != size:
        found.add(Violation(name, "byte-count", value=f"expected {resource['bytes']}, actual {size}"))


def _scan(name: str, parts: Iterator[Table], schema: dict[str, Any], keep: set[str]) -> tuple[Table, Found]:
    """Check the parts of a resource in turn (every rule but its keys); its key columns, checked last."""
    found, columns, numbers, lines = Found(), {name_: [] for name_ in keep}, [], []
    for part in parts:
        checked = check_cells(part, schema)
        blank = {int(i) for rows, v in checked if v.rule == "blank-row" for i in rows}
        for index, violation in part.structure:
            if index not in blank:
                found.add(violation)
        for rows, violation in checked:
            _add(found, part, rows, violation)
        for name_ in keep:
            columns[name_].append(part.cast[name_])
        numbers.append(part.row_numbers)
        lines.append(part.lines if part.lines is not None else np.zeros(len(part.row_numbers), dtype=np.int64))
    fields = [f for f in schema["fields"] if f["name"] in keep]
    cast = {
        f["name"]: pa.chunked_array(
            [c for part in columns[f["name"]] for c in part.chunks],
            _ARROW.get(f["type"], pa.string()) if not columns[f["name"]] else columns[f["name"]][0].type,
        )
        for f in fields
    }
    keys = Table(
        name,
        fields,
        cast,
        np.concatenate(numbers) if numbers else np.zeros(0, dtype=np.int64),
        np.concatenate(lines) if lines else None,
        [],
        cast,
    )
    for rows, violation in check_keys(keys, schema):
        _add(found, keys, rows, violation)
    return keys, found


def _add(found: Found, table: Table, rows: np.ndarray, violation: Violation) -> None:
    """The first of ``rows`` breaking a rule, located; and how many there are."""
    for located in _located(table, rows, violation):
        found.add(located)
    found.counts[violation.rule] += len(rows) - min(len(rows), LIMIT)


def _check_resource(root: Path, resource: dict[str, Any], keep: set[str]) -> tuple[Table | None, Found]:
    """Read and check one resource on its own (every rule but its foreign keys); its columns in ``keep``."""
    name, schema = resource["name"], resource["schema"]
    fields, path = schema["fields"], root / resource["path"]
    keys = (
        keep
        | {f["name"] for f in fields if f.get("constraints", {}).get("unique")}
        | set(_names(schema.get("primaryKey", [])))
    )
    if not path.is_file():
        found = Found()
        found.add(Violation(name, "scheme-error", value=f"{resource['path']} not found"))
        return None, found
    parquet = resource.get("format") == "parquet" or path.suffix == ".parquet"
    if parquet:
        labels = pq.ParquetFile(path).schema_arrow.names
        table, found = _scan(name, _parquet_parts(name, path, fields), schema, keys)
    else:
        labels = _labels(path)
        try:
            if labels != [f["name"] for f in fields] or _starts_with_bom(path):
                raise _Malformed("header")
            table, found = _scan(name, _csv_parts(name, path, fields), schema, keys)
        except _Malformed:
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                found = Found()
                found.add(Violation(name, "encoding-error", value=f"byte {exc.start}: {exc.reason}"))
                table = None
            else:
                table, found = _scan(name, iter([_python_csv(name, text, fields)]), schema, keys)
    if table is not None:  # (a file that is not UTF-8 gets an encoding-error only, as in Frictionless)
        for violation in _label_violations(name, labels, fields):
            found.add(violation)
    if not parquet and ("hash" in resource or "bytes" in resource):  # as Frictionless: a Parquet file's hash
        _file_checks(name, resource, path, found)  # is integrity.audit's to check
    if not parquet:
        _place(found, path, table)
    if table is not None:  # only the foreign keys' columns are needed from here on, held compactly
        table.raw = table.cast = {n: _compact(values) for n, values in table.cast.items() if n in keep}
    pa.default_memory_pool().release_unused()
    return table, found


def _place(found: Found, path: Path, table: Table | None) -> None:
    """Give each violation in a CSV file the line its row starts on (rows are lines unless values span lines)."""
    todo = [i for i, v in enumerate(found.kept) if v.row and not v.line]
    if not todo:
        return
    lines = None
    with path.open("rb") as file:
        feeds = sum(block.count(b"\n") for block in iter(lambda: file.read(CSV_BLOCK), b""))
    rows = len(table.row_numbers) if table is not None else 0
    if feeds > rows + 1:
        lines = CsvLines([], [])
        offset = 0
        for part in _csv_parts("", path, [{"name": str(i)} for i in range(len(_labels(path)))]):
            lines.count(offset, pa.table(part.raw))
            offset += len(part.row_numbers)
    for i in todo:
        v = found.kept[i]
        found.kept[i] = dataclasses.replace(v, line=v.row if lines is None or v.row == 1 else lines.line(v.row - 2))


def _key_fields(resources: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Fields of each resource that a foreign key reads (on either side)."""
    keep: dict[str, set[str]] = {r["name"]: set() for r in resources}
    for resource in resources:
        for fk in resource["schema"].get("foreignKeys", []):
            reference = fk["reference"]
            keep[resource["name"]].update(_names(fk["fields"]))
            keep.setdefault(reference.get("resource") or resource["name"], set()).update(_names(reference["fields"]))
    return keep


def _names(fields: str | list[str]) -> list[str]:
    return [fields] if isinstance(fields, str) else list(fields)


def fast_violations(root: Path, jobs: int = 2) -> dict[str, Found]:
    """Every violation of the package at ``root``, by resource (in descriptor order)."""
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    resources = descriptor["resources"]
    keep = _key_fields(resources)
    report: dict[str, Found] = {}
    for group in _linked(resources):  # the CSV, then the Parquet resources: never all key columns at once
        # Biggest files first, so that the longest starts at once; pyarrow releases the GIL.
        group.sort(key=lambda r: -_size(root / r["path"]))
        with ThreadPoolExecutor(max(1, jobs)) as threads:
            results = list(threads.map(lambda r: _check_resource(root, r, keep[r["name"]]), group))
        tables = {r["name"]: table for r, (table, _) in zip(group, results) if table is not None}
        report.update({r["name"]: found for r, (_, found) in zip(group, results)})
        for resource in group:
            if (table := tables.get(resource["name"])) is not None:
                found = report[resource["name"]]
                for rows, violation in check_foreign_keys(table, resource["schema"], tables):
                    _add(found, table, rows, violation)
                if resource.get("format") != "parquet" and any(v.rule == "foreign-key" for v in found.kept):
                    _place(found, root / resource["path"], table)
    for found in report.values():
        found.kept.sort(key=lambda v: (v.row or 0, v.rule))
    return {r["name"]: report[r["name"]] for r in resources}


def _linked(resources: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The resources in groups that no foreign key crosses (connected components of the references)."""
    group = {r["name"]: {r["name"]} for r in resources}
    for resource in resources:
        for fk in resource["schema"].get("foreignKeys", []):
            other = fk["reference"].get("resource") or resource["name"]
            if other in group and group[other] is not group[resource["name"]]:
                merged = group[other] | group[resource["name"]]
                for name in merged:
                    group[name] = merged
    groups = {id(names): names for names in group.values()}.values()
    return [[r for r in resources if r["name"] in names] for names in groups]


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def _describe(violation: Violation) -> str:
    where = f"row {violation.row}" if violation.row else "file"
    what = f", field {violation.field}" if violation.field else ""
    value = f": {violation.value!r}" if violation.value is not None else ""
    return f"{where}{what}: {violation.rule}{value}"


def fast_problems(root: Path, jobs: int = 2) -> list[Problem]:
    """The fast check's violations as problems: file and CSV line, row, field, rule and value; the first
    LIMIT per resource and rule, then how many more there are."""
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    paths = {r["name"]: root / r["path"] for r in descriptor["resources"]}
    problems = []
    for name, found in fast_violations(root, jobs).items():
        problems += [Problem(paths[name], v.line, _describe(v)) for v in found.kept]
        problems += [
            Problem(paths[name], None, f"{count - LIMIT} more {rule} error(s) not shown")
            for rule, count in found.counts.items()
            if count > LIMIT
        ]
    return problems
