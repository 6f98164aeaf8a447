"""No partial output: a build killed at any moment leaves a complete, valid package behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from china_iom.annotation.yamlsource import read_yaml
from china_iom.build import outputs
from china_iom.build.command import build
from china_iom.build.corpus import article_paths
from china_iom.check.command import check
from conftest import ROOT, SEEDS


def _snapshot(out: Path) -> dict[str, bytes]:
    files = [out / "datapackage.json", *sorted((out / "data").iterdir())]
    return {str(p.relative_to(out)): p.read_bytes() for p in files}


def replicate(seeds: Path, target: Path, copies: int) -> Path:
    """``seeds`` plus ``copies`` renamed copies of every article, without meetings (their ids must be unique)."""
    shutil.copytree(seeds, target)
    for article_id, text_path, yaml_path in article_paths(seeds):
        data = read_yaml(yaml_path).data  # dates stay strings
        data.pop("meetings", None)
        data.pop("also_reports", None)
        for mention in data.get("mentions", {}).get("topics", []):
            mention.pop("meeting", None)
        annotation = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        for k in range(copies):
            shutil.copyfile(text_path, target / f"{article_id}-copy{k:03d}.txt")
            (target / f"{article_id}-copy{k:03d}.yaml").write_text(annotation, encoding="utf-8")
    return target


@pytest.mark.slow
def test_build_killed_while_writing_leaves_previous_outputs(fresh_build, tmp_path):
    copies = 10
    seeds, out = replicate(SEEDS, tmp_path / "seeds", copies=copies), tmp_path / "out"
    shutil.copytree(fresh_build, out)
    before = _snapshot(out)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "china_iom", "build", "--seeds", str(seeds), "--out", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while proc.poll() is None and not list(out.glob(f"{outputs.STAGING_PREFIX}*")):
            time.sleep(0.001)
        proc.send_signal(signal.SIGKILL)
    finally:
        stderr = proc.communicate()[1].decode()
    assert proc.returncode == -signal.SIGKILL, f"the build ended before it could be killed: {stderr}"
    assert list(out.glob(f"{outputs.STAGING_PREFIX}*")), "the killed build should have left its staging folder"
    assert _snapshot(out) == before
    assert check(out, SEEDS) == []
    summary = build(seeds, out)
    assert summary.articles == len(article_paths(SEEDS)) * (copies + 1)
    assert not list(out.glob(f"{outputs.STAGING_PREFIX}*"))


class Killed(BaseException):
    """Stands for SIGKILL arriving between two renames."""


@pytest.mark.parametrize("renames_done", [0, 1, 2])
def test_swap_killed_between_renames_is_finished_by_the_next_build(
    fresh_build, seeds_copy, tmp_path, monkeypatch, renames_done
):
    annotation = next(seeds_copy.glob("0*.yaml"))
    annotation.write_text(
        annotation.read_text(encoding="utf-8").replace("annotated: 2026-11-23", "annotated: 2026-11-24"),
        encoding="utf-8",
    )
    expected = tmp_path / "expected"
    build(seeds_copy, expected)
    out = tmp_path / "out"
    shutil.copytree(fresh_build, out)
    assert _snapshot(out) != _snapshot(expected)

    real_replace, calls = os.replace, []

    def replace(src, dst):
        if len(calls) == renames_done:
            raise Killed
        calls.append(src)
        real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "replace", replace)
    monkeypatch.setattr(shutil, "rmtree", lambda *args, **kwargs: None)  # a killed process cleans nothing up
    with pytest.raises(Killed):
        build(seeds_copy, out)
    monkeypatch.undo()

    outputs.recover(out)
    assert _snapshot(out) == _snapshot(expected)
    assert not list(out.glob(f"{outputs.STAGING_PREFIX}*"))


def test_stale_staging_folder_that_was_never_ready_is_discarded(fresh_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fresh_build, out)
    before = _snapshot(out)
    stale = out / f"{outputs.STAGING_PREFIX}stale"
    (stale / "data").mkdir(parents=True)
    (stale / "data" / "articles.csv").write_text("half written", encoding="utf-8")
    outputs.recover(out)
    assert _snapshot(out) == before and not stale.exists()
