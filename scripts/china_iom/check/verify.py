"""Checks Frictionless cannot do: the own row rules (``build.row_rules``) on a written package, CSV = Parquet.

``verify_package`` reads the package in bounded memory: the row checks run on
GROUP articles at a time (their rows of every table, read by batches), and the
CSV = Parquet comparison streams both files side by side.
"""

from __future__ import annotations

import hashlib
import itertools
import tempfile
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from china_iom.build.row_rules import CHECKED, MAX_ROWS, Finding, column_values, row_findings
from china_iom.build.tables import arrow_schema
from china_iom.errors import Problem
from china_iom.schema import TABLES

GROUP = 5_000  # articles whose rows verify_package checks together
BATCH = 65_536  # rows read from a file at a time
_ROW = "__row"  # column holding a row's number in its table


def _csv_path(root: Path, table: str) -> Path:
    return root / "data" / f"{table}.csv"


def _parquet_path(root: Path, table: str) -> Path:
    return root / "data" / f"{table}.parquet"


def _rechunked(batches: Iterable[pa.RecordBatch], schema: pa.Schema, size: int) -> Iterator[pa.Table]:
    """The rows of ``batches`` as tables of ``size`` rows (the last one shorter), cast to ``schema``."""
    buffered: list[pa.RecordBatch] = []
    count = 0
    for batch in batches:
        buffered.append(batch)
        count += batch.num_rows
        while count >= size:
            table = pa.Table.from_batches(buffered)
            yield table.slice(0, size).cast(schema)
            buffered, count = table.slice(size).to_batches(), count - size
    if count:
        yield pa.Table.from_batches(buffered).cast(schema)


def _first_difference(a: pa.Table, b: pa.Table) -> tuple[int, str] | None:
    """The first row (and a column) where two tables of the same schema differ; None if equal."""
    if a.equals(b):
        return None
    rows = min(a.num_rows, b.num_rows)
    first = None
    for name in a.column_names:
        x, y = a[name].slice(0, rows), b[name].slice(0, rows)
        same = pc.if_else(pc.is_null(x), pc.is_null(y), pc.fill_null(pc.equal(x, y), False))
        unequal = np.flatnonzero(~same.to_numpy(zero_copy_only=False))
        if len(unequal) and (first is None or unequal[0] < first[0]):
            first = (int(unequal[0]), name)
    if first is None and a.num_rows != b.num_rows:
        return rows, "number of rows"
    return first


@dataclass
class CsvLines:
    """Where a table's rows are in its CSV file: row i is on line i + 2 (after the header), plus one line
    for every line break inside the values of the rows before it (a quote may span lines)."""

    rows: list[int]  # rows whose values hold line breaks, ascending
    breaks: list[int]  # line breaks in the values of those rows and of every such row before

    def count(self, offset: int, chunk: pa.Table) -> None:
        """Record the line breaks in the values of the rows of ``chunk`` (its first row is row ``offset``)."""
        counts = np.zeros(chunk.num_rows, dtype=np.int64)
        for column in chunk.columns:
            if pa.types.is_string(column.type):
                counts += pc.fill_null(pc.count_substring(column, "\n"), 0).to_numpy()
        for row in np.flatnonzero(counts):
            self.rows.append(offset + int(row))
            self.breaks.append((self.breaks[-1] if self.breaks else 0) + int(counts[row]))

    def line(self, row: int) -> int:
        before = bisect_left(self.rows, row)
        return row + 2 + (self.breaks[before - 1] if before else 0)


def _csv_chunks(path: Path, schema: pa.Schema) -> Iterator[pa.Table]:
    options = pacsv.ConvertOptions(
        column_types=schema, strings_can_be_null=True, quoted_strings_can_be_null=False, include_columns=schema.names
    )
    yield from _rechunked(
        pacsv.open_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True), convert_options=options),
        schema,
        BATCH,
    )


def _compare(root: Path, name: str, schema: pa.Schema) -> tuple[Problem | None, CsvLines]:
    """The first row where a table's CSV and Parquet files differ (read side by side in blocks), and its lines."""
    path, lines, problem, offset = _csv_path(root, name), CsvLines([], []), None, 0
    csv = _csv_chunks(path, schema)
    parquet = pq.ParquetFile(_parquet_path(root, name)).iter_batches(BATCH, columns=schema.names)
    # The Parquet file is read to its end (to count its rows' lines), the CSV file up to the first difference.
    for chunk in itertools.chain(_rechunked(parquet, schema, BATCH), [schema.empty_table()]):
        lines.count(offset, chunk)
        if problem is None:
            try:
                difference = _first_difference(next(csv, schema.empty_table()), chunk)
            except (pa.ArrowInvalid, OSError) as exc:
                difference = None
                problem = Problem(path, None, f"CSV and Parquet contents differ: cannot read the CSV ({exc}); rebuild")
            if difference:
                row, column = difference
                problem = Problem(
                    path,
                    lines.line(offset + row),
                    f"CSV and Parquet contents differ from this row on ({column}); rebuild",
                )
        offset += chunk.num_rows
    return problem, lines


def compare_csv_parquet(root: Path) -> tuple[list[Problem], dict[str, CsvLines]]:
    """Where the CSV file of a table does not hold the same values as its Parquet twin; the lines of every table."""
    compared = {table.name: _compare(root, table.name, arrow_schema(table)) for table in TABLES}
    return (
        [problem for problem, _ in compared.values() if problem],
        {name: lines for name, (_, lines) in compared.items()},
    )


def article_texts(seeds: Path, articles: pd.DataFrame) -> tuple[dict[str, str], list[Finding]]:
    """Seed text of every article, checked against the recorded SHA-256."""
    texts, findings = {}, []
    for label, article_id, digest in zip(
        articles.index, column_values(articles["article_id"]), column_values(articles["sha256"])
    ):
        path = seeds / f"{article_id}.txt"
        if not path.is_file():
            findings.append(Finding("articles", int(label), f"seed text {path} is missing"))
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            findings.append(Finding("articles", int(label), f"{path.name} no longer matches its sha256; rebuild"))
        texts[article_id] = data.decode("utf-8")
    return texts, findings


def _batches(path: Path, columns: tuple[str, ...]) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """A Parquet file's columns by batches, with each row's number in the table (column _ROW)."""
    file = pq.ParquetFile(path)
    schema = pa.schema([file.schema_arrow.field(name) for name in columns] + [pa.field(_ROW, pa.int64())])

    def batches() -> Iterator[pa.RecordBatch]:
        offset = 0
        for batch in file.iter_batches(BATCH, columns=list(columns)):
            yield batch.append_column(_ROW, pa.array(np.arange(offset, offset + batch.num_rows)))
            offset += batch.num_rows

    return schema, batches()


def _group_numbers(column: pa.Array, group_of: dict[str, int]) -> np.ndarray:
    """The group of each row's article (group 0 for an unknown article, whose spans then fail)."""
    uniques = pc.unique(column)
    groups = np.array([group_of.get(a, 0) for a in uniques.to_pylist()] or [0])
    return groups[pc.index_in(column, value_set=uniques).to_numpy(zero_copy_only=False)]


def _bounds(path: Path, column: str, group_of: dict[str, int], groups: int) -> np.ndarray | None:
    """First row of each group (and the row count) when the table holds its rows group by group; else None."""
    counts, last = np.zeros(groups, dtype=np.int64), 0
    for batch in pq.ParquetFile(path).iter_batches(BATCH, columns=[column]):
        numbers = _group_numbers(batch[column], group_of)
        if len(numbers) and (numbers[0] < last or (np.diff(numbers) < 0).any()):
            return None
        last = numbers[-1] if len(numbers) else last
        counts += np.bincount(numbers, minlength=groups)
    return np.concatenate([[0], np.cumsum(counts)])


def _contiguous(schema: pa.Schema, batches: Iterator[pa.RecordBatch], bounds: np.ndarray) -> Iterator[pa.Table]:
    """Rows bounds[g]:bounds[g + 1] of the stream for each group g in turn."""
    buffered: list[pa.RecordBatch] = []
    start = 0  # number of the first buffered row
    for end in bounds[1:]:
        while start + sum(b.num_rows for b in buffered) < end:
            buffered.append(next(batches))
        table = pa.Table.from_batches(buffered, schema)
        yield table.slice(0, end - start)
        buffered, start = table.slice(end - start).to_batches(), end


def _scattered(
    schema: pa.Schema, batches: Iterator[pa.RecordBatch], group_of: dict[str, int], groups: int, spill: Path
) -> Iterator[pa.Table]:
    """The rows of each group in turn, from a table in another order: one pass parts them into spill files."""
    spill.mkdir()
    writers: dict[int, pa.ipc.RecordBatchFileWriter] = {}
    for batch in batches:
        numbers = _group_numbers(batch[0], group_of)
        order = np.argsort(numbers, kind="stable")
        cuts = np.searchsorted(numbers[order], np.arange(groups + 1))
        batch = batch.take(pa.array(order))
        for group in np.unique(numbers):
            if group not in writers:
                writers[group] = pa.ipc.new_file(spill / f"{group}.arrow", schema)
            writers[group].write_batch(batch.slice(cuts[group], cuts[group + 1] - cuts[group]))
    for writer in writers.values():
        writer.close()
    for group in range(groups):
        path = spill / f"{group}.arrow"
        if group not in writers:
            yield schema.empty_table()
            continue
        with pa.OSFile(str(path)) as source:
            yield pa.ipc.open_file(source).read_all()
        path.unlink()


def _frame(table: pa.Table) -> pd.DataFrame:
    """A group's rows, indexed by row number in their table."""
    rows = pd.Index(table[_ROW].to_numpy())
    return table.drop_columns([_ROW]).to_pandas().set_axis(rows, axis=0)


def _grouped_findings(root: Path, seeds: Path, spill: Path) -> Iterator[Finding]:
    """The row checks, on GROUP articles (in table order) and their rows of every table at a time.

    A table holding its rows group by group (as those ordered by article) is read once
    alongside the others; one in another order (as meeting_sources, by meeting) is first
    parted into a spill file per group.
    """
    schema, batches = _batches(_parquet_path(root, "articles"), CHECKED["articles"])
    articles = pa.Table.from_batches(list(batches), schema)
    group_of = {article: index // GROUP for index, article in enumerate(articles["article_id"].to_pylist())}
    groups = max(1, -(-articles.num_rows // GROUP))
    parts = {"articles": (articles.slice(g * GROUP, GROUP) for g in range(groups))}
    for name, columns in CHECKED.items():
        path = _parquet_path(root, name)
        if name != "articles":
            bounds = _bounds(path, columns[0], group_of, groups)
            parts[name] = (
                _contiguous(*_batches(path, columns), bounds)
                if bounds is not None
                else _scattered(*_batches(path, columns), group_of, groups, spill / name)
            )
    for _ in range(groups):
        frames = {name: _frame(next(part)) for name, part in parts.items()}
        texts, findings = article_texts(seeds, frames["articles"])
        yield from findings
        yield from row_findings(frames, texts)


def _in_table_order(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by table and row, at most MAX_ROWS per table and message (as from one pass over whole tables)."""
    order = {table.name: index for index, table in enumerate(TABLES)}
    named: dict[tuple[str, str], int] = {}
    kept = []
    for finding in sorted(set(findings), key=lambda f: (order[f.table], f.row is not None, f.row or 0, f.message)):
        key = (finding.table, finding.message)
        named[key] = named.get(key, 0) + 1
        if named[key] <= MAX_ROWS:
            kept.append(finding)
    return kept


def verify_package(root: Path, seeds: Path) -> list[Problem]:
    """Every check on the package at ``root`` against the seed texts in ``seeds``, in bounded memory."""
    missing = [
        Problem(path, None, "file not found; rebuild")
        for table in TABLES
        for path in (_csv_path(root, table.name), _parquet_path(root, table.name))
        if not path.is_file()
    ]
    if missing:
        return missing
    problems, lines = compare_csv_parquet(root)
    with tempfile.TemporaryDirectory(prefix="china-iom-check-") as spill:
        findings = _in_table_order(_grouped_findings(root, seeds, Path(spill)))
    return problems + [
        Problem(_csv_path(root, f.table), None if f.row is None else lines[f.table].line(f.row), f.message)
        for f in findings
    ]
