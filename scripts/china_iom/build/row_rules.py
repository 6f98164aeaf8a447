"""The package's own rules on rows, beyond Frictionless': spans against article texts, containment, dates.

Vectorised over frames with pandas. The rules give ``Finding``s, located by table
and by the row's label in the frame checked; the caller names the file: the build
(``seed_rows``, on each batch of resolved articles) the article's annotation,
``china-iom check`` (``check.verify``, on the written package) the CSV file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from china_iom.annotation import dates

SPAN_TABLES = (
    "roles",
    "meeting_sources",
    "meeting_date_evidence",
    "person_mentions",
    "organization_mentions",
    "topic_mentions",
)
BODY_TABLES = ("meeting_sources", "person_mentions", "organization_mentions", "topic_mentions")
DATED = (("articles", "published", "published", None), ("meetings", "date", "date_start", "date_end"))
MAX_ROWS = 20  # rows named per table and check
# The columns the row checks read, by table; the first names the row's article.
CHECKED = {
    "articles": (
        "article_id",
        "sha256",
        "body_start",
        "body_end",
        "published",
        "published_precision",
        "published_earliest",
        "published_latest",
    ),
    "sentences": ("article_id", "sentence_id", "char_start", "char_end", "text"),
    "meetings": (
        "defined_in_article_id",
        "date_start",
        "date_end",
        "date_precision",
        "date_earliest",
        "date_latest",
        "date_earliest_source",
        "date_latest_source",
    ),
    **{
        name: ("article_id", "char_start", "char_end", "quote") + (("sentence_id",) if name in BODY_TABLES else ())
        for name in SPAN_TABLES
    },
}


@dataclass(frozen=True)
class Finding:
    """A row (by its label in the frame checked; None: the whole frame) of a table that fails a check."""

    table: str
    row: int | None
    message: str


def _rows(table: str, frame: pd.DataFrame, mask: pd.Series, message: str) -> Iterator[Finding]:
    for label in frame.index[mask.to_numpy()][:MAX_ROWS]:
        yield Finding(table, int(label), message)


def column_values(column: pd.Series) -> list:
    """A column's values as a plain list, None where missing (iterating pandas' Arrow-backed columns is slow)."""
    return column.to_numpy(dtype=object, na_value=None).tolist()


def _slices(frame: pd.DataFrame, texts: dict[str, str], article: str, start: str, end: str) -> pd.Series:
    columns = (column_values(frame[article]), column_values(frame[start]), column_values(frame[end]))
    return pd.Series(
        [texts.get(a, "")[s:e] if isinstance(s, int) else None for a, s, e in zip(*columns)],
        index=frame.index,
        dtype=object,
    )


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
    yield from _rows(
        "sentences", sentences, sentences["char_start"] < previous_end, "sentence overlaps the one before it"
    )
    bounds = tables["sentences"].set_index("sentence_id")[["char_start", "char_end"]].add_prefix("sentence_")
    for name in BODY_TABLES:
        frame = tables[name].join(bounds, on="sentence_id")
        # A sentence not among the article's rows (bounds NaN) does not contain the span.
        inside = (frame["char_start"] >= frame["sentence_char_start"]) & (
            frame["char_end"] <= frame["sentence_char_end"]
        )
        yield from _rows(name, frame, ~inside, "span lies outside its sentence (or the body)")


def _windows(values: list, precision: list, side: int) -> list:
    cache = {key: dates.window(*key)[side] for key in set(zip(values, precision)) if key[0] is not None}
    return [cache.get(key) for key in zip(values, precision)]


def dates_consistent(tables: dict[str, pd.DataFrame]) -> Iterator[Finding]:
    """Earliest and latest days lie in the windows of the dates at their precision: the first day is the
    date's own unless a ``_source`` column says a parent or publication set it (``derive``); the last may be
    earlier than the date's (a ``not_after`` bound); an undated row has a window only from its parent."""
    for name, prefix, start, end in DATED:
        frame = tables[name]
        precision, starts = column_values(frame[f"{prefix}_precision"]), column_values(frame[start])
        # The last day is that of the end date, or of the start date when there is no end.
        ends = [e if e is not None else s for e, s in zip(column_values(frame[end]), starts)] if end else starts
        try:
            earliest, latest = _windows(starts, precision, 0), _windows(ends, precision, 1)
        except ValueError as exc:
            yield Finding(name, None, f"bad date: {exc}")
            continue
        for side, expected, inside in (
            ("earliest", earliest, lambda a, e: a >= e),
            ("latest", latest, lambda a, e: a <= e),
        ):
            column = f"{prefix}_{side}_source"
            sources = column_values(frame[column]) if column in frame else [None] * len(frame)
            good = [
                (a is None or s == "parent")
                if e is None
                else a is not None and inside(a, e) and (a == e or s in ("parent", "publication") or side == "latest")
                for a, e, s in zip(column_values(frame[f"{prefix}_{side}"]), expected, sources)
            ]
            bad = ~pd.Series(good, index=frame.index, dtype=bool)
            yield from _rows(name, frame, bad, f"{prefix}_{side} is not inside the window of the date")


def row_findings(tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> Iterator[Finding]:
    """The row checks on the rows of some articles (all or some of each table's rows) and their texts."""
    yield from spans_match(tables, texts)
    yield from spans_contained(tables)
    yield from dates_consistent(tables)
