"""Scale: synthetic corpora, parallel and incremental builds, per-resource validation, DuckDB over Parquet."""

import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from china_iom import load
from china_iom.analysis import meetings as mt
from china_iom.build.command import build
from china_iom.check.command import check
from china_iom.synthetic import shift, synth
from conftest import ROOT, SEED, SEEDS
from conftest import SYNTHETIC as N


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_synth_is_deterministic_for_a_seed(synthetic, tmp_path):
    synth(N, tmp_path / "again", SEEDS, seed=SEED)
    synth(N, tmp_path / "other", SEEDS, seed=SEED + 1)
    assert _snapshot(tmp_path / "again") == _snapshot(synthetic)
    assert _snapshot(tmp_path / "other") != _snapshot(synthetic)


def test_synth_output_builds_and_checks(synthetic, synthetic_build):
    assert len(list(synthetic.glob("*.txt"))) == N
    assert check(synthetic_build, synthetic) == []
    sources = pd.read_parquet(synthetic_build / "data" / "meeting_sources.parquet")
    meetings = pd.read_parquet(synthetic_build / "data" / "meetings.parquet")
    defined = sources.merge(meetings, on="meeting_id")
    assert (defined["article_id"] != defined["defined_in_article_id"]).any(), "no meeting has two articles"
    assert any("occurrence" in p.read_text(encoding="utf-8") for p in synthetic.glob("*.yaml"))


def test_synth_refuses_a_folder_in_use(synthetic):
    with pytest.raises(Exception, match="not empty"):
        synth(1, synthetic, SEEDS)


@pytest.mark.parametrize(
    ("value", "precision", "moved"),
    [
        ("2023-04-03", "day", "2024-04-01"),
        ("2023-W14", "week", "2024-W14"),
        ("2019-01", "month", "2020-01"),
        ("2019", "year", "2020"),
    ],
)
def test_dates_move_by_whole_weeks_at_their_precision(value, precision, moved):
    assert shift(value, precision, 364) == moved


def test_parallel_build_equals_serial_build(synthetic, synthetic_build, tmp_path, parallel):
    build(synthetic, tmp_path, jobs=2)
    assert _snapshot(tmp_path) == _snapshot(synthetic_build)


def test_incremental_build_resolves_only_the_changed_article(synthetic, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    cache = tmp_path / "cache"
    assert build(seeds, tmp_path / "cold", cache=cache).resolved == N
    assert build(seeds, tmp_path / "warm", cache=cache).resolved == 0
    assert _snapshot(tmp_path / "warm") == _snapshot(tmp_path / "cold")
    changed = sorted(seeds.glob("syn*.yaml"))[3]
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("(synthetic no.", "(edited, no.", 1), encoding="utf-8"
    )
    assert build(seeds, tmp_path / "incremental", cache=cache, jobs=2).resolved == 1
    build(seeds, tmp_path / "full")
    assert _snapshot(tmp_path / "incremental") == _snapshot(tmp_path / "full")
    titles = pd.read_csv(tmp_path / "incremental" / "data" / "articles.csv")["title"]
    assert titles.str.contains("edited").sum() == 1


def test_cache_is_not_used_for_another_registry(synthetic, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(synthetic, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "a", cache=cache)
    people = seeds / "registry" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert build(seeds, tmp_path / "b", cache=cache).resolved == N


def test_csv_only_check_still_catches_a_parquet_change(synthetic, synthetic_build, tmp_path):
    package = tmp_path / "package"
    shutil.copytree(synthetic_build, package)
    assert check(package, synthetic, formats=("csv",), jobs=2, frictionless=True) == []
    path = package / "data" / "people.parquet"
    table = pq.read_table(path)
    pq.write_table(table.slice(1), path)
    assert any(
        "CSV and Parquet contents differ" in p.message
        for p in check(package, synthetic, formats=("csv",), frictionless=True)
    )


def test_parquet_files_are_plain_for_other_engines(fresh_build):
    for path in (fresh_build / "data").glob("*.parquet"):
        metadata = pq.read_schema(path).metadata or {}
        assert b"pandas" not in metadata, path


def _readme_query() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Scale and distributed engines", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```sql\n(.*?)```", section, re.S).group(1)


def test_readme_duckdb_query_runs_on_the_parquet_files(fresh_build):
    query = _readme_query().replace("'data/", f"'{fresh_build / 'data'}/")
    result = duckdb.sql(query).df()
    t = load(root=fresh_build)
    per_year = mt.per_year(t)
    assert result["year"].tolist() == per_year.index.tolist()
    assert result["meetings"].tolist() == per_year.tolist()
    joined = mt.held_encounters(t.meetings).merge(t.meeting_sources, on="meeting_id")
    expected = joined.groupby("date_year").agg(articles=("article_id", "nunique"))
    assert result["articles"].tolist() == expected["articles"].tolist()
