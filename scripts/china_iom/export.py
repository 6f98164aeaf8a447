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

from china_iom.schema import TABLES, Table

SQL_TYPES = {"string": str, "integer": int, "boolean": int, "date": str}
FTS_COLUMNS = ("text", "quote")

_SIDE_OF_ORGANIZATION = """CASE WHEN country = 'CN' THEN 'china'
    WHEN kind IN ('intergovernmental_organization', 'intergovernmental_office') THEN 'international'
    WHEN country IS NOT NULL THEN 'other' ELSE 'unknown' END"""
_SIDE_RANK = "CASE {} WHEN 'china' THEN 0 WHEN 'international' THEN 1 ELSE 2 END"
_HELD_ENCOUNTER = """m.status = 'held'
    AND NOT EXISTS (SELECT 1 FROM meetings c WHERE c.parent_meeting_id = m.meeting_id)"""

# name -> (description, SELECT). The rules are those of china_iom.analysis.meetings and .speakers.
VIEWS: dict[str, tuple[str, str]] = {
    "organization_sides": (
        "Side of each organization: china if its country is CN, international if it is an intergovernmental "
        "organization or office, other if it has another country; otherwise its parent's side, else unknown.",
        f"""WITH RECURSIVE own(organization_id, parent_id, side) AS (
    SELECT organization_id, parent_id, {_SIDE_OF_ORGANIZATION} FROM organizations),
walk(organization_id, at_id, side, depth) AS (
    SELECT organization_id, parent_id, side, 0 FROM own
    UNION ALL
    SELECT w.organization_id, o.parent_id, o.side, w.depth + 1 FROM walk w JOIN own o ON o.organization_id = w.at_id
    WHERE w.side = 'unknown' AND w.depth < 64)
SELECT organization_id, side FROM walk w
WHERE depth = (SELECT max(depth) FROM walk x WHERE x.organization_id = w.organization_id)
ORDER BY organization_id"""),
    "person_sides": (
        "Side of each person: the one side of their roles' organizations (unknown sides ignored), else their "
        "country (CN: china, another: other, none: unknown).",
        """SELECT p.person_id, p.name, coalesce(
    (SELECT CASE WHEN count(DISTINCT s.side) = 1 THEN max(s.side) END
     FROM roles r JOIN organization_sides s ON s.organization_id = r.organization_id
     WHERE r.person_id = p.person_id AND s.side <> 'unknown'),
    CASE WHEN p.country IS NULL THEN 'unknown' WHEN p.country = 'CN' THEN 'china' ELSE 'other' END) AS side
FROM people p ORDER BY p.person_id"""),
    "participant_sides": (
        "Each meeting participant with a name (the person, else the organization) and a side: the side of the "
        "organization they acted for, else the person's side.",
        """SELECT mp.meeting_id, mp.participant_no, mp.person_id, mp.organization_id,
    coalesce(mp.person_id, mp.organization_id) AS actor_id, coalesce(pe.name, o.name) AS actor,
    o.name AS organization, coalesce(nullif(os.side, 'unknown'), ps.side, 'unknown') AS side
FROM meeting_participants mp
LEFT JOIN people pe ON pe.person_id = mp.person_id
LEFT JOIN organizations o ON o.organization_id = mp.organization_id
LEFT JOIN organization_sides os ON os.organization_id = mp.organization_id
LEFT JOIN person_sides ps ON ps.person_id = mp.person_id
ORDER BY mp.meeting_id, mp.participant_no"""),
    "who_met_whom": (
        "Pairs of participants on different known sides in the same held encounter (a meeting with no meeting "
        "inside it), the Chinese side first, with the number of such meetings and their ids.",
        f"""SELECT id_a, actor_a, side_a, id_b, actor_b, side_b, count(*) AS n_meetings,
    group_concat(meeting_id, ' ') AS meeting_ids
FROM (SELECT DISTINCT a.actor_id AS id_a, a.actor AS actor_a, a.side AS side_a, b.actor_id AS id_b,
          b.actor AS actor_b, b.side AS side_b, m.meeting_id
      FROM participant_sides a
      JOIN participant_sides b ON b.meeting_id = a.meeting_id
      JOIN meetings m ON m.meeting_id = a.meeting_id
      WHERE {_HELD_ENCOUNTER} AND a.side <> 'unknown' AND b.side <> 'unknown'
        AND {_SIDE_RANK.format("a.side")} < {_SIDE_RANK.format("b.side")}
      ORDER BY m.meeting_id)
GROUP BY id_a, actor_a, side_a, id_b, actor_b, side_b
ORDER BY n_meetings DESC, id_a, actor_a, side_a, id_b, actor_b, side_b"""),
    "meetings_per_year": (
        "Held encounters per year and date precision. A meeting whose date window spans two years is counted "
        "under 'spans years', one without a date under 'undated'; no date is made more precise than it is.",
        f"""SELECT CASE WHEN m.date_earliest IS NULL THEN 'undated'
        WHEN substr(m.date_earliest, 1, 4) = substr(m.date_latest, 1, 4) THEN substr(m.date_earliest, 1, 4)
        ELSE 'spans years' END AS year,
    coalesce(m.date_precision, 'undated') AS date_precision, count(*) AS n_meetings
FROM meetings m WHERE {_HELD_ENCOUNTER}
GROUP BY 1, 2 ORDER BY year NOT GLOB '[0-9]*', year, date_precision"""),
    "topics_by_side": (
        "Per topic and the speaker's side (the side they took part on in the mention's meeting, else the "
        "person's side; unattributed where no speaker is stated): sentences, meetings and articles naming it.",
        """SELECT tm.topic_id, t.label AS topic, CASE WHEN tm.speaker_person_id IS NULL THEN 'unattributed'
        ELSE coalesce((SELECT ps.side FROM participant_sides ps WHERE ps.meeting_id = tm.meeting_id
                       AND ps.person_id = tm.speaker_person_id ORDER BY ps.participant_no LIMIT 1),
                      (SELECT s.side FROM person_sides s WHERE s.person_id = tm.speaker_person_id), 'unknown')
        END AS speaker_side,
    count(DISTINCT tm.sentence_id) AS n_sentences, count(DISTINCT tm.meeting_id) AS n_meetings,
    count(DISTINCT tm.article_id) AS n_articles
FROM topic_mentions tm JOIN topics t ON t.topic_id = tm.topic_id
GROUP BY 1, 2, 3 ORDER BY 1, 3"""),
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
        foreign_keys=[(fk.fields if len(fk.fields) > 1 else fk.fields[0], fk.resource,
                       fk.reference if len(fk.reference) > 1 else fk.reference[0]) for fk in table.foreign_keys],
    )
    for batch in pq.ParquetFile(parquet).iter_batches(columns=table.field_names):
        db[table.name].insert_all(batch.to_pylist(), batch_size=1000)
    if columns := fts_columns(table):
        db[table.name].enable_fts(columns, create_triggers=False)


def export_sqlite(root: Path, out: Path) -> Path:
    """Write the package at ``root`` (its ``data/*.parquet``) as the SQLite database ``out``, whole or not at
    all (a temporary file is renamed over ``out``); returns ``out``."""
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
    entry: dict[str, Any] = {"description": table.description,
                             "columns": {f.name: f.description for f in table.fields}}
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
