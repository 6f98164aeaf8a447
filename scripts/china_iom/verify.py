"""Checks Frictionless cannot do: spans against article texts, containment, dates, CSV = Parquet.

Vectorised over frames with pandas. The row checks give ``Finding``s, located by
table and by the row's label in the frame checked; the caller names the file:
``china-iom check`` the CSV file and line, the build the article's annotation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from china_iom import dates
from china_iom.errors import Problem
from china_iom.schema import TABLES
from china_iom.tables import arrow_schema

SPAN_TABLES = ("roles", "meeting_sources", "meeting_date_evidence", "person_mentions", "organization_mentions",
               "topic_mentions")
BODY_TABLES = ("meeting_sources", "person_mentions", "organization_mentions", "topic_mentions")
DATED = (("articles", "published", "published", None), ("meetings", "date", "date_start", "date_end"))


@dataclass(frozen=True)
class Finding:
    """A row (by its label in the frame checked; None: the whole frame) of a table that fails a check."""

    table: str
    row: int | None
    message: str


def _csv_path(root: Path, table: str) -> Path:
    return root / "data" / f"{table}.csv"


def _rows(table: str, frame: pd.DataFrame, mask: pd.Series, message: str) -> Iterator[Finding]:
    for label in frame.index[mask.to_numpy()][:20]:
        yield Finding(table, int(label), message)


def csv_matches_parquet(root: Path, parquet: dict[str, pa.Table]) -> Iterator[Problem]:
    """The CSV file of every table holds the same values as its Parquet twin (given, already read)."""
    for table in TABLES:
        schema = arrow_schema(table)
        options = pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True,
                                       quoted_strings_can_be_null=False, include_columns=schema.names)
        csv = pacsv.read_csv(_csv_path(root, table.name), convert_options=options)
        if not csv.cast(schema).equals(parquet[table.name].cast(schema)):
            yield Problem(_csv_path(root, table.name), None, "CSV and Parquet contents differ; rebuild")


def article_texts(seeds: Path, articles: pd.DataFrame) -> tuple[dict[str, str], list[Finding]]:
    """Seed text of every article, checked against the recorded SHA-256."""
    texts, findings = {}, []
    for label, article_id, digest in zip(articles.index, articles["article_id"], articles["sha256"]):
        path = seeds / f"{article_id}.txt"
        if not path.is_file():
            findings.append(Finding("articles", int(label), f"seed text {path} is missing"))
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            findings.append(Finding("articles", int(label), f"{path.name} no longer matches its sha256; rebuild"))
        texts[article_id] = data.decode("utf-8")
    return texts, findings


def _slices(frame: pd.DataFrame, texts: dict[str, str], article: str, start: str, end: str) -> pd.Series:
    # Plain Python lists: iterating pandas' Arrow-backed columns element by element is several times slower.
    columns = (frame[article].tolist(), frame[start].tolist(), frame[end].tolist())
    return pd.Series([texts.get(a, "")[s:e] if isinstance(s, int) else None for a, s, e in zip(*columns)],
                     index=frame.index, dtype=object)


def spans_match(tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> Iterator[Finding]:
    """Every quote is exactly the article's characters at its offsets."""
    for name in SPAN_TABLES:
        frame = tables[name]
        bad = _slices(frame, texts, "article_id", "char_start", "char_end") != frame["quote"]
        yield from _rows(name, frame, bad, "quote does not equal text[char_start:char_end]")
    sentences = tables["sentences"]
    bad = _slices(sentences, texts, "article_id", "char_start", "char_end") != sentences["text"]
    yield from _rows("sentences", sentences, bad, "sentence text does not equal its span")


def spans_contained(tables: dict[str, pd.DataFrame]) -> Iterator[Finding]:
    """Sentences lie in the body in order; mentions and sources lie in the body and in their sentence."""
    body = tables["articles"].set_index("article_id")[["body_start", "body_end"]]
    sentences = tables["sentences"].join(body, on="article_id")
    outside = (sentences["char_start"] < sentences["body_start"]) | (sentences["char_end"] > sentences["body_end"])
    yield from _rows("sentences", sentences, outside, "sentence lies outside the article body")
    previous_end = sentences.groupby("article_id")["char_end"].shift()
    yield from _rows("sentences", sentences, sentences["char_start"] < previous_end,
                     "sentence overlaps the one before it")
    bounds = tables["sentences"].set_index("sentence_id")[["char_start", "char_end"]].add_prefix("sentence_")
    for name in BODY_TABLES:
        frame = tables[name].join(bounds, on="sentence_id")
        bad = (frame["char_start"] < frame["sentence_char_start"]) | (frame["char_end"] > frame["sentence_char_end"])
        yield from _rows(name, frame, bad, "span lies outside its sentence (or the body)")


def _windows(values: pd.Series, precision: pd.Series, side: int) -> pd.Series:
    cache = {key: dates.window(*key)[side] for key in set(zip(values, precision)) if pd.notna(key[0])}
    return pd.Series([cache.get((v, p)) for v, p in zip(values, precision)], index=values.index, dtype=object)


def dates_consistent(tables: dict[str, pd.DataFrame]) -> Iterator[Finding]:
    """Earliest and latest days are the windows of the dates at their precision."""
    for name, prefix, start, end in DATED:
        frame = tables[name]
        precision = frame[f"{prefix}_precision"]
        try:
            earliest = _windows(frame[start], precision, 0)
            latest = _windows(frame[end] if end else frame[start], precision, 1)
            if end:
                latest = latest.where(frame[end].notna(), _windows(frame[start], precision, 1))
        except ValueError as exc:
            yield Finding(name, None, f"bad date: {exc}")
            continue
        for side, expected in (("earliest", earliest), ("latest", latest)):
            actual = frame[f"{prefix}_{side}"].astype(object).where(frame[f"{prefix}_{side}"].notna(), None)
            bad = pd.Series([a != e for a, e in zip(actual, expected)], index=frame.index)
            yield from _rows(name, frame, bad, f"{prefix}_{side} is not the window of the date")


def row_findings(tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> Iterator[Finding]:
    """The row checks on the rows of some articles (all or some of each table's rows) and their texts."""
    yield from spans_match(tables, texts)
    yield from spans_contained(tables)
    yield from dates_consistent(tables)


def verify_package(root: Path, seeds: Path) -> list[Problem]:
    """Every check on the package at ``root`` against the seed texts in ``seeds``."""
    parquet = {t.name: pq.read_table(root / "data" / f"{t.name}.parquet") for t in TABLES}
    frames = {name: table.to_pandas() for name, table in parquet.items()}
    texts, findings = article_texts(seeds, frames["articles"])
    findings += row_findings(frames, texts)
    # A frame's index is the row number in its table; row i is line i + 2 of the CSV (after the header).
    located = [Problem(_csv_path(root, f.table), None if f.row is None else f.row + 2, f.message) for f in findings]
    return list(csv_matches_parquet(root, parquet)) + located
