"""``china-iom diff``: two builds that differ by one annotation, compared as folders and as git revisions."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from china_iom.build.command import build
from china_iom.cli import main
from china_iom.publication.diff import DiffError, diff_packages, markdown, schema_changes, text

OLD_LABEL = "António Vitorino holds talks with CIDCA Chairman Luo Zhaohui"
NEW_LABEL = "Vitorino and Luo Zhaohui hold talks at CIDCA"


@pytest.fixture(scope="module")
def edited_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built from the seeds with one meeting label changed."""
    from conftest import SEEDS

    seeds = tmp_path_factory.mktemp("edited") / "seeds"
    shutil.copytree(SEEDS, seeds)
    annotation = next(seeds.glob("001_*.yaml"))
    text_ = annotation.read_text(encoding="utf-8")
    assert text_.count(f"label: {OLD_LABEL}\n") == 1
    annotation.write_text(text_.replace(f"label: {OLD_LABEL}\n", f"label: {NEW_LABEL}\n"), encoding="utf-8")
    out = tmp_path_factory.mktemp("edited-build")
    build(seeds, out, cache=None)
    return out


def test_one_changed_annotation_is_one_changed_field(fresh_build: Path, edited_build: Path):
    found = diff_packages(str(fresh_build), str(edited_build), root=fresh_build)
    assert [t.name for t in found.tables] == ["meetings"]
    (meetings,) = found.tables
    assert not meetings.added and not meetings.removed and not meetings.schema
    assert meetings.changed == [("meeting_id=luo-zhaohui-vitorino-2023-04", [("label", OLD_LABEL, NEW_LABEL)])]
    assert "meetings: +0 -0 ~1 rows" in text(found)
    md = markdown(found)
    assert "| `meetings` | 0 | 0 | 1 |  |" in md and f"`label` {OLD_LABEL!r} -> {NEW_LABEL!r}" in md
    assert diff_packages(str(fresh_build), str(fresh_build / "datapackage.json"), root=fresh_build).tables == []


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_git_revisions_and_the_command_line(fresh_build: Path, edited_build: Path, tmp_path: Path, capsys):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    for n, source in enumerate((fresh_build, edited_build)):
        shutil.copytree(source / "data", repo / "data", dirs_exist_ok=True)
        shutil.copy(source / "datapackage.json", repo)
        _git(repo, "add", "-A")
        _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", f"v{n}")
    assert main(["diff", "HEAD~1", "HEAD", "--repo", str(repo), "--markdown"]) == 0
    out = capsys.readouterr().out
    v = json.loads((fresh_build / "datapackage.json").read_text(encoding="utf-8"))["version"]
    assert (
        out.startswith(f"## Data changes: HEAD~1 (version {v}) -> HEAD (version {v})")
        and "| `meetings` | 0 | 0 | 1 |  |" in out
    )
    assert main(["diff", "no-such-revision", "HEAD", "--repo", str(repo)]) == 1
    assert "no-such-revision: neither a package folder" in capsys.readouterr().err


def test_schema_changes_name_columns_added_removed_and_retyped(fresh_build: Path):
    package = json.loads((fresh_build / "datapackage.json").read_text(encoding="utf-8"))
    old = next(r for r in package["resources"] if r["name"] == "meetings")
    new = json.loads(json.dumps(old))
    fields = new["schema"]["fields"]
    fields[:] = [f for f in fields if f["name"] != "note"] + [{"name": "n_sources", "type": "integer"}]
    next(f for f in fields if f["name"] == "label")["type"] = "any"
    assert schema_changes(old, new) == [
        "column `n_sources` added (integer)",
        "column `note` removed",
        "column `label` retyped string -> any",
    ]


def test_a_broken_descriptor_is_a_clear_error(fresh_build: Path, tmp_path: Path):
    (tmp_path / "datapackage.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DiffError, match=r"datapackage\.json is not valid JSON"):
        diff_packages(str(fresh_build), str(tmp_path), root=tmp_path)
