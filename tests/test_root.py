"""Which project a command acts on (the nearest folder holding seeds/registry/), and drafts kept apart."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import china_iom
from china_iom.build.command import build
from china_iom.check.command import check
from china_iom.cli import main
from china_iom.errors import PackageError, SeedError
from china_iom.root import NoProjectError, find_root
from conftest import ROOT, SEEDS


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """The installed command (this worktree's editable install) run from ``cwd``."""
    return subprocess.run(
        [sys.executable, "-m", "china_iom", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.fixture
def second_clone(tmp_path: Path) -> Path:
    """Another copy of the project (its seeds), sharing this worktree's install."""
    clone = tmp_path / "clone"
    shutil.copytree(SEEDS, clone / "seeds")
    (clone / "notes").mkdir()
    return clone


def test_the_root_is_the_nearest_folder_holding_seeds_registry(second_clone, monkeypatch):
    monkeypatch.chdir(second_clone / "notes")
    assert find_root() == second_clone
    assert find_root(ROOT) == ROOT.absolute()
    with pytest.raises(NoProjectError, match="holds no seeds/registry"):
        find_root(second_clone / "notes")


def test_commands_from_a_second_clone_act_on_it(second_clone):
    ours = {p: p.stat().st_mtime_ns for p in [ROOT / "datapackage.json", *(ROOT / "seeds").rglob("*")]}
    article = second_clone / "notes" / "new.txt"
    article.write_text(
        "China and IOM meet\n\nBEIJING, May 6 (Xinhua) -- Chinese State Councilor and Foreign "
        "Minister Qin Gang met with IOM Director General Antonio Vitorino on Monday.\n",
        encoding="utf-8",
    )
    added = _run(second_clone / "notes", "add", "new.txt")
    assert added.returncode == 0, added.stderr
    assert len(list((second_clone / "seeds").glob("*.txt"))) == len(list(SEEDS.glob("*.txt"))) + 1
    built = _run(second_clone / "notes", "build", "--include-drafts", "--jobs", "1")
    assert built.returncode == 0, built.stderr
    assert str(second_clone / "build" / "drafts") in built.stdout
    assert (second_clone / "build" / "drafts" / "datapackage.json").is_file()
    assert not (second_clone / "datapackage.json").exists()
    assert ours == {p: p.stat().st_mtime_ns for p in ours}


def test_load_defaults_to_the_project_of_the_working_directory(fresh_build, second_clone, monkeypatch):
    shutil.copytree(fresh_build / "data", second_clone / "data")
    shutil.copy(fresh_build / "datapackage.json", second_clone)
    (second_clone / "data" / "articles.parquet").unlink()
    monkeypatch.chdir(second_clone / "notes")
    with pytest.raises(PackageError, match=str(second_clone / "data" / "articles.parquet")):
        china_iom.load("articles")
    assert len(china_iom.load("meetings")) > 0


def test_no_project_is_refused_with_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for argv in (["build"], ["check"], ["add", "x.txt"], ["build", "--root", str(tmp_path)]):
        assert main(argv) == 2
        assert "seeds/registry" in capsys.readouterr().err
    for api in (china_iom.load, china_iom.duckdb):
        with pytest.raises(NoProjectError, match=r"root= in Python"):
            api()
    ran = _run(tmp_path, "evaluate")
    assert ran.returncode == 2 and "no china-iom project" in ran.stderr and "Traceback" not in ran.stderr
    # a command given every path needs no project
    assert main(["check", str(tmp_path), "--seeds", str(SEEDS)]) == 1
    assert main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1"]) == 0


def test_root_option_names_another_project(second_clone, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--root", str(second_clone), "--include-drafts", "--jobs", "1"]) == 0
    assert (second_clone / "build" / "drafts" / "datapackage.json").is_file()


# --- --include-drafts ---------------------------------------------------------------------------------------


def test_drafts_never_overwrite_the_published_package(fresh_build, second_clone, tmp_path):
    published = tmp_path / "published"
    shutil.copytree(fresh_build, published)
    before = {p: p.read_bytes() for p in published.rglob("*") if p.is_file()}
    for out in (published, second_clone):
        with pytest.raises(SeedError, match="never writes the published package"):
            build(SEEDS, out, include_drafts=True)
    assert before == {p: p.read_bytes() for p in published.rglob("*") if p.is_file()}
    assert not (second_clone / "data").exists()


def test_check_never_calls_a_package_with_drafts_valid(tmp_path):
    drafts = tmp_path / "drafts"
    build(SEEDS, drafts, include_drafts=True)
    assert json.loads((drafts / "datapackage.json").read_text(encoding="utf-8"))["includesDrafts"] is True
    problems = check(drafts, SEEDS)
    assert [p.message.split(":")[0] for p in problems] == ["built with --include-drafts"]  # and nothing else
    build(SEEDS, drafts, include_drafts=True)  # a drafts folder may be rebuilt with drafts


def test_check_with_a_missing_seeds_folder_says_which_option_to_fix(fresh_build, tmp_path, capsys):
    missing = tmp_path / "no-seeds"
    assert main(["check", str(fresh_build), "--seeds", str(missing)]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert (
        first == f"{missing}: seeds folder not found; give --seeds the folder that holds the articles and "
        "registry/ (default: <root>/seeds)"
    )
