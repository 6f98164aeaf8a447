"""The package's own checks, run in groups of articles: each tampering is named by CSV file and line."""

import csv
import datetime as dt
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from china_iom.build.outputs import write_table
from china_iom.check import verify
from china_iom.errors import Problem
from conftest import SYNTHETIC as N

GROUP = 4  # articles per group in these tests, so that a package of N articles has several groups
BATCH = 7  # rows per batch, so that batches and groups cut across each other


@pytest.fixture
def package(synthetic_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built synthetic package that a test may tamper with; small groups and batches."""
    monkeypatch.setattr(verify, "GROUP", GROUP)
    monkeypatch.setattr(verify, "BATCH", BATCH)
    copy = tmp_path / "package"
    shutil.copytree(synthetic_build, copy)
    return copy


def _table(package: Path, name: str) -> list[dict]:
    return pq.read_table(package / "data" / f"{name}.parquet").to_pylist()


def _write(package: Path, name: str, rows: list[dict]) -> None:
    """Both files of a table rewritten with ``rows`` (so that CSV = Parquet still holds)."""
    schema = pq.read_schema(package / "data" / f"{name}.parquet")
    write_table([pa.Table.from_pylist(rows, schema=schema)], schema, package / "data", name)


def _group(package: Path) -> dict[str, int]:
    """Group number of each article."""
    return {row["article_id"]: index // GROUP for index, row in enumerate(_table(package, "articles"))}


def _late_row(package: Path, name: str, column: str = "article_id", where=lambda rows, i: True) -> int:
    """A row of a table whose article is in the second group or later (the last such row that fits)."""
    group, rows = _group(package), _table(package, name)
    return max(i for i, row in enumerate(rows) if group[row[column]] >= 1 and where(rows, i))


def _line(path: Path, row: int) -> int:
    """The line of a CSV file on which a row (0: the first after the header) starts, as Python's csv reads it."""
    with path.open(newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        for index, _ in enumerate(reader, start=-1):
            if index == row - 1:
                return reader.line_num + 1
    raise IndexError(row)


def _problem(package: Path, name: str, row: int, message: str) -> Problem:
    path = package / "data" / f"{name}.csv"
    return Problem(path, _line(path, row), message)


def _text(synthetic: Path, article_id: str) -> str:
    return (synthetic / f"{article_id}.txt").read_text(encoding="utf-8")


def test_untampered_package_passes(package, synthetic):
    assert verify.verify_package(package, synthetic) == []


def test_fixture_has_groups_and_a_table_in_another_order(package):
    assert max(_group(package).values()) >= 3
    group = _group(package)
    sources = [group[row["article_id"]] for row in _table(package, "meeting_sources")]
    assert sources != sorted(sources), "meeting_sources is grouped by article; the spill path is not exercised"


@pytest.mark.parametrize(
    "name", ["roles", "meeting_sources", "meeting_date_evidence", "person_mentions", "topic_mentions"]
)
def test_a_changed_quote_is_caught_at_its_line(package, synthetic, name):
    rows = _table(package, name)
    row = _late_row(package, name)
    rows[row]["quote"] = rows[row]["quote"][:-1] + "#"
    _write(package, name, rows)
    assert verify.verify_package(package, synthetic) == [
        _problem(package, name, row, "quote does not equal text[char_start:char_end]")
    ]


@pytest.mark.parametrize("name", ["organization_mentions", "meeting_sources"])
def test_shifted_offsets_are_caught(package, synthetic, name):
    rows = _table(package, name)
    row = _late_row(package, name)
    rows[row]["char_start"] -= 1
    rows[row]["char_end"] -= 1
    _write(package, name, rows)
    assert _problem(package, name, row, "quote does not equal text[char_start:char_end]") in verify.verify_package(
        package, synthetic
    )


def test_a_sentence_overlapping_its_predecessor_is_caught(package, synthetic):
    rows = _table(package, "sentences")
    row = _late_row(package, "sentences", where=lambda rows, i: rows[i]["sentence_no"] > 1)
    sentence = rows[row]
    sentence["char_start"] = rows[row - 1]["char_end"] - 1
    sentence["text"] = _text(synthetic, sentence["article_id"])[sentence["char_start"] : sentence["char_end"]]
    _write(package, "sentences", rows)
    assert verify.verify_package(package, synthetic) == [
        _problem(package, "sentences", row, "sentence overlaps the one before it")
    ]


@pytest.mark.parametrize("name", ["person_mentions", "meeting_sources"])
def test_a_span_outside_its_sentence_is_caught(package, synthetic, name):
    sentences = {row["sentence_id"]: row for row in _table(package, "sentences")}
    rows = _table(package, name)
    row = _late_row(package, name)
    mention = rows[row]
    mention["sentence_id"] = next(
        s["sentence_id"]
        for s in sentences.values()
        if s["article_id"] == mention["article_id"]
        and not s["char_start"] <= mention["char_start"] < mention["char_end"] <= s["char_end"]
    )
    _write(package, name, rows)
    assert verify.verify_package(package, synthetic) == [
        _problem(package, name, row, "span lies outside its sentence (or the body)")
    ]


def test_a_span_in_a_sentence_of_another_article_is_caught(package, synthetic):
    sentences = _table(package, "sentences")
    rows = _table(package, "topic_mentions")
    row = _late_row(package, "topic_mentions")
    # A sentence of another article whose offsets would contain the span.
    rows[row]["sentence_id"] = next(
        s["sentence_id"]
        for s in sentences
        if s["article_id"] != rows[row]["article_id"]
        and s["char_start"] <= rows[row]["char_start"] < rows[row]["char_end"] <= s["char_end"]
    )
    _write(package, "topic_mentions", rows)
    assert verify.verify_package(package, synthetic) == [
        _problem(package, "topic_mentions", row, "span lies outside its sentence (or the body)")
    ]


@pytest.mark.parametrize(
    ("name", "column", "side"),
    [
        ("meetings", "defined_in_article_id", "date_earliest"),
        ("meetings", "defined_in_article_id", "date_latest"),
        ("articles", "article_id", "published_latest"),
    ],
)
def test_a_wrong_date_window_is_caught(package, synthetic, name, column, side):
    rows = _table(package, name)
    row = _late_row(package, name, column, where=lambda rows, i: rows[i][side] is not None)
    # Outside the date's own window (a derived window may be tighter than it, never wider).
    rows[row][side] += dt.timedelta(days=-400 if side.endswith("earliest") else 400)
    _write(package, name, rows)
    assert verify.verify_package(package, synthetic) == [
        _problem(package, name, row, f"{side} is not inside the window of the date")
    ]


@pytest.mark.parametrize("name", ["sentences", "meeting_sources"])
def test_a_csv_differing_from_its_parquet_is_caught_at_the_first_differing_line(package, synthetic, name, tmp_path):
    table = pq.read_table(package / "data" / f"{name}.parquet")
    rows = table.to_pylist()
    row = len(rows) - 3  # beyond the first batches
    assert row > 2 * BATCH
    rows[row]["char_end"] += 1
    rows[row + 1]["char_start"] += 1
    write_table([pa.Table.from_pylist(rows, schema=table.schema)], table.schema, tmp_path, name)
    shutil.copyfile(tmp_path / f"{name}.csv", package / "data" / f"{name}.csv")  # the CSV alone changes
    assert verify.verify_package(package, synthetic) == [
        _problem(package, name, row, "CSV and Parquet contents differ from this row on (char_end); rebuild")
    ]


def test_a_missing_row_is_caught_where_the_files_part(package, synthetic):
    path = package / "data" / "person_mentions.parquet"
    table = pq.read_table(path)
    row = table.num_rows - 1
    pq.write_table(table.slice(0, row), path)
    assert verify.verify_package(package, synthetic)[0] == _problem(
        package, "person_mentions", row, "CSV and Parquet contents differ from this row on (number of rows); rebuild"
    )


def _tamper_everywhere(package: Path, synthetic: Path) -> None:
    """Quotes and dates broken in many rows of several tables, all groups."""
    for name in ("meeting_sources", "person_mentions", "roles"):
        rows = _table(package, name)
        for row in rows[::3]:
            row["quote"] += "#"
        _write(package, name, rows)
    meetings = _table(package, "meetings")
    for row in meetings[::5]:
        if row["date_latest"] is not None:
            row["date_latest"] += dt.timedelta(days=1)
    _write(package, "meetings", meetings)
    first = _table(package, "articles")[GROUP + 1]["article_id"]
    (synthetic / f"{first}.txt").write_text(_text(synthetic, first).replace(" ", "  ", 1), encoding="utf-8")


def test_the_same_problems_are_found_whatever_the_group_size(package, synthetic, tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    _tamper_everywhere(package, seeds)
    found = {}
    for group, batch in ((1, 3), (GROUP, BATCH), (7, 100), (N, 65_536)):
        monkeypatch.setattr(verify, "GROUP", group)
        monkeypatch.setattr(verify, "BATCH", batch)
        found[group] = verify.verify_package(package, seeds)
    assert len(found[N]) > 3 * verify.MAX_ROWS  # several tables, each capped
    assert any("sha256" in p.message for p in found[N])
    assert all(problems == found[N] for problems in found.values())


def test_rows_named_are_the_first_in_the_table_however_grouped(package, synthetic, monkeypatch):
    monkeypatch.setattr(verify, "MAX_ROWS", 2)
    rows = _table(package, "person_mentions")
    for row in rows[-5:]:
        row["quote"] += "#"
    _write(package, "person_mentions", rows)
    assert verify.verify_package(package, synthetic) == [
        _problem(package, "person_mentions", len(rows) - 5 + i, "quote does not equal text[char_start:char_end]")
        for i in range(2)
    ]


def test_lines_count_the_line_breaks_inside_values(package, synthetic):
    rows = _table(package, "roles")
    row = len(rows) - 1
    assert any("\n" in r["quote"] for r in rows[:row]), "no quote spans lines; the test would prove nothing"
    rows[row]["quote"] += "#"
    _write(package, "roles", rows)
    problem = _problem(package, "roles", row, "quote does not equal text[char_start:char_end]")
    assert problem.line > row + 2
    assert verify.verify_package(package, synthetic) == [problem]


def test_an_unreadable_csv_is_named_and_its_lines_still_count(package, synthetic):
    path = package / "data" / "roles.csv"
    rows = _table(package, "roles")
    row = max(i for i, r in enumerate(rows) if "\n" in r["quote"])  # its own line breaks come after its line
    assert row > BATCH
    rows[row]["quote"] += "#"
    _write(package, "roles", rows)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",true\n", ",maybe\n")  # the first row's in_body is not a boolean
    path.write_text("".join(lines), encoding="utf-8")
    problems = verify.verify_package(package, synthetic)
    assert [(p.file, p.line) for p in problems] == [(path, None), (path, _line(path, row))]
    assert "cannot read the CSV" in problems[0].message
