"""Every broken seeds tree in ``tests/bad_inputs/`` is rejected clearly and leaves the outputs untouched.

Each case is a YAML file naming the mutations applied to a copy of the real seeds
tree and the problem the build must report: the file, the line (``line_of``: the
first line of that file holding a text; ``line: any``: some line; no key: the
problem has no line) and the words that say what is wrong and what to fix.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from china_iom.cli import main
from conftest import SEEDS

CASES = Path(__file__).parent / "bad_inputs"
CASE_NAMES = sorted(p.stem for p in CASES.glob("*.yaml"))


@dataclass(frozen=True)
class Outcome:
    """What one broken build did."""

    exit_code: int | str
    stderr: str
    expected_prefix: str
    says: list[str]

    def matching(self) -> str | None:
        """The reported problem that names the expected file and line and says the expected words."""
        return next(
            (
                line
                for line in self.stderr.splitlines()
                if line.startswith(self.expected_prefix) and all(word in line for word in self.says)
            ),
            None,
        )


def _mutate(seeds: Path, step: dict[str, Any]) -> None:
    path = seeds / step["file"]
    if step.get("delete"):
        path.unlink()
        return
    if "rename" in step:
        path.rename(seeds / step["rename"])
        return
    if "symlink" in step:
        path.symlink_to(step["symlink"])
        return
    if step.get("mkdir"):
        path.mkdir()
        return
    text = step["write"] if "write" in step else path.read_text(encoding="utf-8")
    if "find" in step:
        assert step["find"] in text, f"case fixture: {step['find']!r} not in {step['file']}"
        text = text.replace(step["find"], step["replace"], 1)
    text += step.get("append", "") * step.get("repeat", 1)
    with path.open("w", encoding=step.get("encoding", "utf-8"), newline=step.get("newline", "\n")) as out:
        out.write(text)


def _prefix(seeds: Path, error: dict[str, Any]) -> str:
    path = seeds / error["file"]
    if "line_of" in error:
        lines = path.read_bytes().decode("utf-8", errors="replace").split("\n")  # editor lines: LF only
        hits = [i for i, line in enumerate(lines, 1) if error["line_of"] in line]
        assert hits, f"case fixture: {error['line_of']!r} not in {error['file']}"
        return f"{path}:{hits[error.get('occurrence', 1) - 1]}: "
    if error.get("line") == "any":
        return f"{path}:"
    return f"{path}: "


def _snapshot(out: Path) -> dict[str, bytes]:
    files = [out / "datapackage.json", *sorted((out / "data").iterdir())]
    return {str(p.relative_to(out)): p.read_bytes() for p in files}


def run_case(name: str, good_package: Path, work: Path, capsys: pytest.CaptureFixture) -> Outcome:
    """Break a copy of the seeds as case ``name`` says, build it over a copy of a good package."""
    case = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    seeds, out = work / "seeds", work / "out"
    shutil.copytree(SEEDS, seeds)
    shutil.copytree(good_package, out)
    for step in case["mutations"]:
        _mutate(seeds, step)
    before = _snapshot(out)
    capsys.readouterr()
    try:
        code: int | str = main(["build", "--seeds", str(seeds), "--out", str(out)])
    except Exception as exc:  # a crash is a failed case, reported in the table
        code = f"crash: {type(exc).__name__}: {exc}"
    stderr = capsys.readouterr().err
    assert _snapshot(out) == before, f"{name}: the build changed data/ or datapackage.json"
    assert not list(out.glob(".build-*")), f"{name}: a staging folder was left behind"
    return Outcome(
        code,
        stderr.replace(str(seeds) + "/", "seeds/"),
        _prefix(seeds, case["error"]).replace(str(seeds) + "/", "seeds/"),
        case["error"]["says"],
    )


@pytest.mark.parametrize("name", CASE_NAMES)
def test_bad_input_is_rejected_clearly(name, fresh_build, tmp_path, capsys):
    outcome = run_case(name, fresh_build, tmp_path, capsys)
    assert outcome.exit_code == 1, f"{name}: exit {outcome.exit_code}\n{outcome.stderr}"
    assert outcome.matching(), (
        f"{name}: no problem starts with {outcome.expected_prefix!r} and says {outcome.says}; got:\n{outcome.stderr}"
    )


def test_corpus_is_large_and_varied():
    assert len(CASE_NAMES) >= 40


def test_summary_table_of_every_case(fresh_build, tmp_path, capsys):
    rows = []
    for name in CASE_NAMES:
        outcome = run_case(name, fresh_build, tmp_path / name, capsys)
        message = outcome.matching() or (outcome.stderr.splitlines() or ["(no message)"])[0]
        rows.append((name, str(outcome.exit_code), message, outcome.exit_code == 1 and outcome.matching()))
    width = max(len(name) for name, *_ in rows)
    with capsys.disabled():
        print(f"\n{'case':<{width}}  exit  message")
        for name, code, message, _ in rows:
            print(f"{name:<{width}}  {code:<4}  {message}")
    failed = [name for name, *_, ok in rows if not ok]
    assert not failed, failed


def test_an_early_date_with_a_note_saying_why_builds(seeds_copy, tmp_path):
    """The 1951 rule refuses slips, not history: the date's own note lets a date before IOM's founding through."""
    path = seeds_copy / "001_5f733940bec9999d.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('start: "2019"', 'start: "1950"\n      note: the year the text states, checked', 1),
        encoding="utf-8",
    )
    assert main(["build", "--seeds", str(seeds_copy), "--out", str(tmp_path / "out")]) == 0
