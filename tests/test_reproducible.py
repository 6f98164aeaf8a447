"""Reproducible builds: the same seeds give the same bytes whatever the environment, and nothing leaks."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS

# Two environments that differ in everything a careless build might depend on.
# POSIX TZ strings need no time-zone database: UTC+14 and UTC-12 are 26 hours apart.
ENVIRONMENTS = {
    "a": {"PYTHONHASHSEED": "0", "TZ": "AAA-14", "LC_ALL": "C", "LANG": "C"},
    "b": {"PYTHONHASHSEED": "4242", "TZ": "BBB+12", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
}


def copy_in_order(source: Path, target: Path, reverse: bool) -> Path:
    """Copy a tree file by file, creating files (and folders) in sorted or reversed order."""
    files = sorted((p for p in source.rglob("*") if p.is_file()), reverse=reverse)
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return target


def _build(seeds: Path, out: Path, env: dict[str, str]) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "china_iom", "build", "--seeds", str(seeds), "--out", str(out)],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT / "scripts")},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out


def _files(out: Path) -> dict[str, Path]:
    return {str(p.relative_to(out)): p for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The real seeds built twice, each in its own environment, from copies made in opposite orders."""
    outs = {}
    for reverse, (name, env) in enumerate(ENVIRONMENTS.items()):
        work = tmp_path_factory.mktemp(f"repro-{name}-tmpmarker")
        seeds = copy_in_order(SEEDS, work / "seeds", reverse=bool(reverse))
        outs[name] = _build(seeds, work / "out", env)
    return outs


@pytest.mark.slow
def test_text_outputs_are_byte_identical_across_environments(builds, fresh_build):
    a, b, fresh = (_files(out) for out in (builds["a"], builds["b"], fresh_build))
    assert a.keys() == b.keys() == fresh.keys()
    for name in a:
        if name.endswith((".csv", ".json")):
            assert a[name].read_bytes() == b[name].read_bytes() == fresh[name].read_bytes(), name


@pytest.mark.slow
def test_parquet_content_is_equal_across_environments(builds, fresh_build):
    for name, path in _files(builds["a"]).items():
        if name.endswith(".parquet"):
            tables = [pq.read_table(out / name) for out in (builds["b"], fresh_build)]
            assert all(pq.read_table(path).equals(other) for other in tables), name
            assert pq.read_metadata(path).metadata == pq.read_metadata(builds["b"] / name).metadata, name


def _leaks(out: Path) -> list[str]:
    """Strings that would reveal where, when or by whom the build ran (and that the seeds do not hold)."""
    seeds_text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS.rglob("*") if p.suffix in (".txt", ".yaml"))
    today = {dt.date.today().isoformat(), dt.datetime.now(dt.UTC).date().isoformat()}
    candidates = [str(out.parent), "tmpmarker", str(Path.home()), str(ROOT), *today]
    words = [getpass.getuser()]
    found = [
        c for c in candidates if c not in seeds_text and any(c.encode() in p.read_bytes() for p in _files(out).values())
    ]
    found += [
        w
        for w in words
        if not re.search(rf"\b{re.escape(w)}\b", seeds_text)
        and any(re.search(rf"\b{re.escape(w)}\b".encode(), p.read_bytes()) for p in _files(out).values())
    ]
    return found


@pytest.mark.slow
def test_no_path_user_or_wall_clock_time_leaks_into_outputs(builds):
    for out in builds.values():
        assert _leaks(out) == []


def test_leak_search_would_find_a_leak(builds, tmp_path):
    out = shutil.copytree(builds["a"], tmp_path / "copy")
    (out / "data" / "articles.csv").write_text(f"built by {getpass.getuser()} in {out.parent}\n", encoding="utf-8")
    assert len(_leaks(out)) == 2
