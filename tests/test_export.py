"""SQLite export and Datasette: every table with its keys and rows, full-text search, the views, the
metadata, and the real thing in a headless browser; DuckDB from any working directory."""

from __future__ import annotations

import csv
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import yaml

import china_iom
from china_iom.analysis import meetings as mt
from china_iom.analysis import speakers as sp
from china_iom.cli import main
from china_iom.publication.sqlite import VIEWS, datasette_metadata, export_sqlite, fts_columns, write_metadata
from china_iom.schema import TABLES
from conftest import ROOT

PHRASE = "Global Compact for Migration"  # a phrase of seed 000


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's package exported, with its metadata.yml beside it."""
    out = export_sqlite(ROOT, tmp_path_factory.mktemp("sqlite") / "china-iom.db")
    write_metadata(ROOT, out)
    return out


@pytest.fixture
def db(database: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(database)
    yield connection
    connection.close()


def test_every_table_has_the_csv_rows_and_schema_keys(db: sqlite3.Connection):
    for table in TABLES:
        with (ROOT / "data" / f"{table.name}.csv").open(encoding="utf-8", newline="") as f:
            rows = sum(1 for _ in csv.reader(f)) - 1
        assert db.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0] == rows, table.name
        info = db.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        assert [r[1] for r in info] == table.field_names
        assert [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] == list(table.primary_key)
        declared = {(r[3], r[2], r[4]) for r in db.execute(f'PRAGMA foreign_key_list("{table.name}")')}
        assert declared == {(f, fk.resource, r) for fk in table.foreign_keys for f, r in zip(fk.fields, fk.reference)}


def test_foreign_keys_hold(db: sqlite3.Connection):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_integers_and_booleans_are_stored_as_integers(db: sqlite3.Connection):
    for table in TABLES:
        for f in table.fields:
            if f.type in ("integer", "boolean"):
                kinds = {k for (k,) in db.execute(f'SELECT DISTINCT typeof("{f.name}") FROM "{table.name}"')}
                assert kinds <= {"integer", "null"}, (table.name, f.name, kinds)


def test_full_text_search_covers_sentences_and_every_quote(db: sqlite3.Connection):
    indexed = {t.name for t in TABLES if fts_columns(t)}
    assert {"sentences", "meeting_sources", "topic_mentions", "roles"} <= indexed
    assert all("quote" in t.field_names or "text" in t.field_names for t in TABLES if t.name in indexed)
    assert all(t.name in indexed for t in TABLES if "quote" in t.field_names)
    found = db.execute(
        "SELECT s.text FROM sentences s JOIN sentences_fts f ON f.rowid = s.rowid WHERE sentences_fts MATCH ?",
        (f'"{PHRASE}"',),
    ).fetchall()
    assert found and all(PHRASE in text for (text,) in found)


def _frame(db: sqlite3.Connection, view: str) -> pd.DataFrame:
    return pd.read_sql_query(f'SELECT * FROM "{view}"', db)


def test_views_follow_the_analysis_definitions(db: sqlite3.Connection):
    t = china_iom.load()
    per_year = mt.per_period(mt.held_encounters(t.meetings), "year")
    expected = per_year.assign(
        year=per_year["period"].astype(str), date_precision=per_year["date_precision"].astype(str)
    )
    assert (
        _frame(db, "meetings_per_year").values.tolist()
        == expected[["year", "date_precision", "n_meetings"]].values.tolist()
    )

    pairs = mt.counterpart_pairs(t.meeting_pairs).astype({"side_a": str, "side_b": str})
    columns = ["id_a", "actor_a", "side_a", "id_b", "actor_b", "side_b", "n_meetings", "meeting_ids"]
    assert _frame(db, "who_met_whom")[columns].values.tolist() == pairs[columns].values.tolist()

    counts = sp.topic_counts(sp.speaker_sides(t), "speaker_side")
    view = _frame(db, "topics_by_side").drop(columns="topic")
    assert view.values.tolist() == counts.astype({"speaker_side": str}).values.tolist()


def test_metadata_describes_every_table_column_and_view(database: Path):
    meta = yaml.safe_load((database.parent / "metadata.yml").read_text(encoding="utf-8"))
    assert meta == datasette_metadata(ROOT, database.stem)
    assert meta["license"] == "CC-BY-4.0" and "publishers" in meta["description"] and meta["source"]
    tables = meta["databases"][database.stem]["tables"]
    assert set(tables) == {t.name for t in TABLES} | set(VIEWS)
    for table in TABLES:
        assert tables[table.name]["columns"] == {f.name: f.description for f in table.fields}


def test_export_replaces_the_database_whole(tmp_path: Path):
    out = tmp_path / "x.db"
    out.write_text("old")
    export_sqlite(ROOT, out)
    assert sqlite3.connect(out).execute("SELECT count(*) FROM articles").fetchone()[0] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]


def test_readme_names_only_views_and_tables_the_export_writes(db: sqlite3.Connection):
    """The README's export paragraph names each view, and no view or table the database lacks."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme.split("`china-iom export sqlite` writes", 1)[1].split("\n\n", 1)[0]
    named = set(re.findall(r"`([a-z][a-z_]*_[a-z_]+)`", paragraph))
    columns = {f.name for t in TABLES for f in t.fields}
    objects = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert set(VIEWS) <= named
    assert named <= objects | columns, named - objects - columns


def test_export_of_a_folder_without_a_package_names_the_missing_file(tmp_path: Path, capsys):
    out = tmp_path / "x.db"
    assert main(["export", "sqlite", "--dir", str(tmp_path / "nothing"), "--out", str(out)]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'nothing' / 'data'}/") and "build the package first" in first, first
    assert not out.exists()


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Browse and query", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_duckdb_example_runs_from_a_subfolder_of_the_project():
    code = _readme_example() + "print(len(con.execute('SHOW TABLES').fetchall()))\n"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT / "notebooks", capture_output=True, text=True, check=True
    )
    top, tables = done.stdout.strip().splitlines()
    assert int(tables) == len(TABLES)
    t = china_iom.load()
    named = t.meeting_participants.merge(t.people, on="person_id").groupby("name")["meeting_id"].nunique()
    expected = sorted(named.items(), key=lambda item: (-item[1], item[0]))[:5]
    assert top == str([(name, int(n)) for name, n in expected])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(database: Path) -> Iterator[str]:
    """Datasette serving the exported database on a free local port; stopped afterwards."""
    port = _free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("datasette")),
            "serve",
            str(database),
            "--metadata",
            str(database.parent / "metadata.yml"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def test_a_reader_browses_the_database_in_a_real_browser(datasette: str, database: Path):
    from playwright.sync_api import expect, sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is needed (apt-get install -y chromium; .ci/run installs it)"
    t = china_iom.load()
    meeting = t.meeting_participants.dropna(subset=["person_id"])["meeting_id"].iloc[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{datasette}/{database.stem}/meetings/{meeting}")
        expect(page.locator("h1")).to_contain_text(meeting)
        page.locator(f'a[href*="/meeting_participants?meeting_id={meeting}"]').click()  # "Links from other tables"
        person = page.locator(f'td.col-person_id a[href*="/{database.stem}/people/"]').first
        person_id = person.get_attribute("href").rsplit("/", 1)[1]
        person.click()
        name = t.people.set_index("person_id").at[person_id, "name"]
        expect(page.locator("h1")).to_contain_text(f"people: {person_id}")
        expect(page.locator("td.col-name")).to_have_text(name)
        page.goto(f"{datasette}/{database.stem}/sentences?_search={PHRASE.replace(' ', '+')}")
        expect(page.locator("td.col-text").first).to_contain_text(PHRASE)
        expect(page.get_by_text(f'where search matches "{PHRASE}"')).to_be_visible()
        browser.close()
