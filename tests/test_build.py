"""The build: all or nothing, deterministic, and its output passes the package's own checks."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from china_iom.build.command import build
from china_iom.check.command import check
from china_iom.cli import main
from china_iom.errors import SeedError
from conftest import SEEDS


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_fresh_build_passes_every_check(fresh_build):
    assert check(fresh_build, SEEDS) == []


def test_two_builds_are_byte_identical(fresh_build, tmp_path):
    build(SEEDS, tmp_path)
    assert _snapshot(tmp_path) == _snapshot(fresh_build)


def test_failed_build_leaves_previous_outputs_untouched(fresh_build, seeds_copy, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fresh_build, out)
    before = _snapshot(out)
    (seeds_copy / "registry" / "people.yaml").write_text("- id: [broken\n", encoding="utf-8")
    with pytest.raises(SeedError):
        build(seeds_copy, out)
    assert _snapshot(out) == before


def test_cli_build_exits_non_zero_and_lists_problems(seeds_copy, tmp_path, capsys):
    (seeds_copy / "registry" / "topics.yaml").write_text("- id: Not A Slug\n", encoding="utf-8")
    assert main(["build", "--seeds", str(seeds_copy), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "topics.yaml:1" in err and "build failed" in err


def test_check_catches_a_seed_text_that_changed_after_the_build(fresh_build, seeds_copy):
    text = next(seeds_copy.glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert any("no longer matches its sha256" in p.message for p in check(fresh_build, seeds_copy))


def test_python_dash_m_runs_the_command_line():
    result = subprocess.run([sys.executable, "-m", "china_iom", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "build" in result.stdout and "check" in result.stdout


def test_a_row_that_fails_an_own_check_stops_the_build_at_its_article(fresh_build, tmp_path, monkeypatch):
    """The own row checks run on every resolved batch: a row off its text (a resolver bug) is refused."""
    import pyarrow.compute as pc

    from china_iom.build import seed_rows

    def shifted(articles):
        tables = article_tables(articles)
        mentions = tables["person_mentions"]
        ends = pc.add(mentions["char_end"], 1)
        index = mentions.schema.get_field_index("char_end")
        tables["person_mentions"] = mentions.set_column(index, mentions.schema.field(index), ends)
        return tables

    article_tables = seed_rows.article_tables
    monkeypatch.setattr(seed_rows, "article_tables", shifted)
    out = tmp_path / "out"
    shutil.copytree(fresh_build, out)
    before = _snapshot(out)
    with pytest.raises(SeedError) as caught:
        build(SEEDS, out)
    files = {p.file for p in caught.value.problems}
    assert files and files <= {SEEDS / f"{path.stem}.yaml" for path in SEEDS.glob("*.txt")}
    assert all(
        "person_mentions row fails an own check: quote does not equal" in p.message for p in caught.value.problems
    )
    assert _snapshot(out) == before
