"""The package as one SQLite database (sqlite-utils) and the Datasette ``metadata.yml`` that describes it.

Everything is generated from ``schema.TABLES``: one SQLite table per table with its primary key,
foreign keys and column types, full-text search over every ``text`` and ``quote`` column, and the
views of ``VIEWS``. The database is rebuilt from the package's Parquet files, never edited.
"""

from __future__ import annotations

import json
import os
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import sqlite_utils
import yaml

from china_iom.errors import PackageError, Problem
from china_iom.schema import TABLES, Table

SQL_TYPES = {"string": str, "integer": int, "boolean": int, "date": str}
FTS_COLUMNS = ("text", "quote")

_HELD_ENCOUNTER = "status = 'held' AND meeting_type = 'encounter'"

# name -> (description, SELECT), over the columns the build derives (sides, levels, meeting types, years,
# meeting_pairs): the definitions of china_iom.analysis.meetings and .speakers.
VIEWS: dict[str, tuple[str, str]] = {
    "who_met_whom": (
        "Pairs of actors (the person, else the organization) on different known sides of the same encounter, "
        "from meeting_pairs, the side first in the order china, international, other first, with the number "
        "of meetings and their ids.",
        """SELECT id_a, actor_a, side_a, id_b, actor_b, side_b, count(*) AS n_meetings,
    group_concat(meeting_id, ' ') AS meeting_ids
FROM (SELECT DISTINCT coalesce(person_id_a, organization_id_a) AS id_a, name_a AS actor_a, side_a,
          coalesce(person_id_b, organization_id_b) AS id_b, name_b AS actor_b, side_b, meeting_id
      FROM meeting_pairs ORDER BY meeting_id)
GROUP BY id_a, actor_a, side_a, id_b, actor_b, side_b
ORDER BY n_meetings DESC, id_a, actor_a, side_a, id_b, actor_b, side_b""",
    ),
    "meetings_per_year": (
        "Held encounters (meeting_type encounter) per date_year and date precision. A meeting whose window "
        "spans two years is counted under 'spans years', one without a date under 'undated'.",
        f"""SELECT CASE WHEN date_year IS NOT NULL THEN date_year WHEN date_earliest IS NULL THEN 'undated'
        ELSE 'spans years' END AS year,
    coalesce(date_precision, 'undated') AS date_precision, count(*) AS n_meetings
FROM meetings WHERE {_HELD_ENCOUNTER}
GROUP BY 1, 2 ORDER BY year NOT GLOB '[0-9]*', year, date_precision""",
    ),
    "topics_by_side": (
        "Per topic and speaker's side (topic_mention_speakers: a joint statement counts for each speaker; the "
        "side they took part on in the mention's meeting, else their one known side over all meetings, else "
        "unknown; unattributed where no speaker is stated): sentences, meetings and articles naming it.",
        """WITH spoken AS (
    SELECT tm.topic_id, tm.sentence_id, tm.meeting_id, tm.article_id, s.person_id AS speaker_id
    FROM topic_mentions tm LEFT JOIN topic_mention_speakers s USING (article_id, char_start, topic_id)),
known AS (
    SELECT person_id, max(side) AS side FROM meeting_participants
    WHERE person_id IS NOT NULL AND side <> 'unknown' GROUP BY person_id HAVING count(DISTINCT side) = 1),
sided AS (
    SELECT sp.*, CASE WHEN sp.speaker_id IS NULL THEN 'unattributed' ELSE coalesce(
        (SELECT mp.side FROM meeting_participants mp WHERE mp.meeting_id = sp.meeting_id
         AND mp.person_id = sp.speaker_id ORDER BY mp.participant_no LIMIT 1),
        (SELECT k.side FROM known k WHERE k.person_id = sp.speaker_id), 'unknown') END AS speaker_side
    FROM spoken sp)
SELECT sided.topic_id, t.label AS topic, speaker_side, count(DISTINCT sentence_id) AS n_sentences,
    count(DISTINCT meeting_id) AS n_meetings, count(DISTINCT article_id) AS n_articles
FROM sided JOIN topics t ON t.topic_id = sided.topic_id
GROUP BY 1, 2, 3 ORDER BY 1, 3""",
    ),
}


def creation_order() -> list[Table]:
    """Tables ordered so that every table comes after the tables its foreign keys point at."""
    by_name = {table.name: table for table in TABLES}
    graph = {t.name: {fk.resource for fk in t.foreign_keys if fk.resource != t.name} for t in TABLES}
    return [by_name[name] for name in TopologicalSorter(graph).static_order()]


def fts_columns(table: Table) -> list[str]:
    """Columns of ``table`` indexed for full-text search."""
    return [name for name in table.field_names if name in FTS_COLUMNS]


def _create(db: sqlite_utils.Database, table: Table, parquet: Path) -> None:
    db[table.name].create(
        {f.name: SQL_TYPES[f.type] for f in table.fields},
        pk=table.primary_key[0] if len(table.primary_key) == 1 else table.primary_key,
        not_null={f.name for f in table.fields if f.required},
        foreign_keys=[
            (
                fk.fields if len(fk.fields) > 1 else fk.fields[0],
                fk.resource,
                fk.reference if len(fk.reference) > 1 else fk.reference[0],
            )
            for fk in table.foreign_keys
        ],
    )
    for batch in pq.ParquetFile(parquet).iter_batches(columns=table.field_names):
        db[table.name].insert_all(batch.to_pylist(), batch_size=1000)
    if columns := fts_columns(table):
        db[table.name].enable_fts(columns, create_triggers=False)


def export_sqlite(root: Path, out: Path) -> Path:
    """Write the package at ``root`` (its ``data/*.parquet``) as the SQLite database ``out``, whole or not at
    all (a temporary file is renamed over ``out``); returns ``out``. PackageError naming the first table file
    missing."""
    for table in TABLES:
        if not (path := root / "data" / f"{table.name}.parquet").is_file():
            raise PackageError(
                [
                    Problem(
                        path,
                        None,
                        "not found; build the package first (china-iom build) or give "
                        "--dir the folder that holds its data/",
                    )
                ]
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        db = sqlite_utils.Database(partial)
        with db.conn:
            for table in creation_order():
                _create(db, table, root / "data" / f"{table.name}.parquet")
            for name, (_, select) in VIEWS.items():
                db.create_view(name, select)
        db.conn.execute("VACUUM")
        db.close()
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _table_metadata(table: Table) -> dict[str, Any]:
    entry: dict[str, Any] = {"description": table.description, "columns": {f.name: f.description for f in table.fields}}
    if label := next((name for name in ("name", "label", "title") if name in table.field_names), None):
        entry["label_column"] = label
    if fts_columns(table):
        entry["fts_table"] = f"{table.name}_fts"
        entry["fts_pk"] = "rowid"
    return entry


def datasette_metadata(root: Path, database: str) -> dict[str, Any]:
    """Datasette metadata for the database ``database``: title, description, licence and sources from
    ``datapackage.json``; every table's and column's description from ``schema.TABLES``; the views'."""
    package = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    licence = package["licenses"][0]
    tables = {table.name: _table_metadata(table) for table in TABLES}
    tables.update({name: {"description": description} for name, (description, _) in VIEWS.items()})
    return {
        "title": f"{package['title']} (version {package['version']})",
        "description": package["description"],
        "license": licence["name"],
        "license_url": licence["path"],
        "source": "; ".join(source["title"] for source in package["sources"]),
        "databases": {database: {"tables": tables}},
    }


def write_metadata(root: Path, database: Path) -> Path:
    """``metadata.yml`` beside ``database`` for Datasette; returns its path."""
    path = database.with_name("metadata.yml")
    text = yaml.safe_dump(datasette_metadata(root, database.stem), sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")
    return path
