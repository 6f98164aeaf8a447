"""Every broken package in ``tests/bad_packages/`` is named clearly by ``check`` and by ``load``.

Each case is a YAML file naming the mutations applied to a copy of a good package
(``package/``) and of the seeds (``seeds/``), and what ``china-iom check`` must
report (every expectation: a problem line starting with the file, and the line
where given, that says the words) and, optionally, what ``china_iom.load`` must
raise for a table (``format``: parquet by default).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

import china_iom
from china_iom.cli import main
from china_iom.errors import PackageError
from conftest import SEEDS

CASES = Path(__file__).parent / "bad_packages"
CASE_NAMES = sorted(p.stem for p in CASES.glob("*.yaml"))


def _strip(data: Any, keys: list[str]) -> None:
    """Delete ``keys`` from every mapping inside ``data``."""
    if isinstance(data, dict):
        for key in keys:
            data.pop(key, None)
        values = data.values()
    else:
        values = data if isinstance(data, list) else []
    for value in values:
        _strip(value, keys)


def _edit_json(path: Path, step: dict[str, Any]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "remove_resources" in step:
        data["resources"] = [r for r in data["resources"] if r["name"] not in step["remove_resources"]]
    _strip(data, step.get("strip", []))
    data.update(step.get("set", {}))
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _edit_parquet(path: Path, step: dict[str, Any]) -> None:
    table = pq.read_table(path)
    if "parquet_drop" in step:
        table = table.drop_columns([step["parquet_drop"]])
    if "parquet_set" in step:
        change = step["parquet_set"]
        i = table.schema.get_field_index(change["column"])
        values = table.column(i).to_pylist()
        values[change["row"]] = change["value"]
        table = table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))
    pq.write_table(table, path)


def _rehash(package: Path, path: Path) -> None:
    """Record ``path``'s new hash in the descriptor, as a careful forger would."""
    descriptor = package / "datapackage.json"
    data = json.loads(descriptor.read_text(encoding="utf-8"))
    for resource in data["resources"]:
        if resource["path"] == path.relative_to(package).as_posix():
            resource["hash"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    descriptor.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _mutate(work: Path, step: dict[str, Any]) -> None:
    path = work / step["file"]
    if step.get("delete"):
        path.unlink()
    elif step.get("mkdir"):
        path.mkdir()
    elif "truncate" in step:
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * step["truncate"])])
    elif "write" in step:
        path.write_text(step["write"], encoding="utf-8")
    elif "encoding" in step:
        path.write_text(path.read_text(encoding="utf-8"), encoding=step["encoding"])
    elif "find" in step:
        text = path.read_text(encoding="utf-8")
        assert step["find"] in text, f"case fixture: {step['find']!r} not in {step['file']}"
        path.write_text(text.replace(step["find"], step["replace"], 1), encoding="utf-8")
    elif path.suffix == ".json":
        _edit_json(path, step)
    else:
        _edit_parquet(path, step)
    if step.get("rehash"):
        _rehash(work / "package", path)


def _prefix(work: Path, expected: dict[str, Any]) -> str:
    path = work / expected["file"]
    if "line_of" in expected:
        lines = path.read_bytes().decode("utf-8", errors="replace").split("\n")
        return f"{path}:{next(i for i, line in enumerate(lines, 1) if expected['line_of'] in line)}: "
    return f"{path}:" if expected.get("line") == "any" else f"{path}: "


def _matches(lines: list[str], work: Path, expected: dict[str, Any]) -> str | None:
    prefix = _prefix(work, expected)
    return next((line for line in lines if line.startswith(prefix) and all(w in line for w in expected["says"])), None)


def broken(name: str, good_package: Path, work: Path) -> dict[str, Any]:
    """Copy the package and the seeds into ``work`` and break them as case ``name`` says; the case."""
    case = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    shutil.copytree(good_package, work / "package")
    shutil.copytree(SEEDS, work / "seeds")
    for step in case["mutations"]:
        _mutate(work, step)
    return case


def run_check(work: Path, capsys: pytest.CaptureFixture) -> tuple[int, list[str]]:
    """``china-iom check`` on the broken package: exit status and stderr lines."""
    capsys.readouterr()
    code = main(["check", str(work / "package"), "--seeds", str(work / "seeds")])
    return code, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(
    "name", [n for n in CASE_NAMES if "load" in yaml.safe_load((CASES / f"{n}.yaml").read_text(encoding="utf-8"))]
)
def test_load_refuses_what_is_broken(name, fresh_build, tmp_path):
    expected = broken(name, fresh_build, tmp_path)["load"]
    with pytest.raises(PackageError) as caught:
        china_iom.load(expected["table"], root=tmp_path / "package", format=expected.get("format", "parquet"))
    assert _matches(str(caught.value).splitlines(), tmp_path, expected), str(caught.value)


def test_corpus_covers_descriptor_files_and_seeds():
    assert len(CASE_NAMES) >= 15
    assert {n.split("_")[0] for n in CASE_NAMES} >= {"parquet", "csv", "descriptor", "seed"}


def test_check_names_what_is_broken_in_every_case(fresh_build, tmp_path, capsys):
    """One pass over the corpus (each check runs once): prints the table of cases, then asserts each."""
    rows, missed = [], []
    for name in CASE_NAMES:
        work = tmp_path / name
        case = broken(name, fresh_build, work)
        code, lines = run_check(work, capsys)
        found = [_matches(lines, work, expected) for expected in case["check"]]
        missed += [
            f"{name}: exit {code}, no line like {expected}; got:\n" + "\n".join(lines)
            for expected, line in zip(case["check"], found)
            if code != 1 or line is None
        ]
        rows.append((name, code, (found[0] or (lines or ["(no message)"])[0]).replace(str(work) + "/", "")))
    width = max(len(name) for name, *_ in rows)
    with capsys.disabled():
        print(f"\n{'case':<{width}}  exit  first line of the message")
        for name, code, first in rows:
            print(f"{name:<{width}}  {code:<4}  {first}")
    assert not missed, "\n\n".join(missed)
