"""The layout: stages import only earlier stages and never in a cycle, the README maps them, ruff keeps the style."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from china_iom.publication.docs import MAP_BEGIN, module_map
from conftest import ROOT

BIN = Path(sys.executable).parent
STYLED = ("scripts", "tests", "benchmarks")


def _lint_imports(project: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` with ``project``'s contracts on the package in ``project/scripts`` (found first)."""
    env = {**os.environ, "PYTHONPATH": str(project / "scripts")}
    return subprocess.run(
        [BIN / "lint-imports", "--no-cache", "--no-logo", "--config", project / "pyproject.toml"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def test_imports_keep_the_contracts():
    """Later stages import earlier ones only, cli imports any, and no folder's modules import in a cycle."""
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "broken"),
    [
        ("schema.py", "from china_iom.build.tables import arrow_schema", "Stages import only earlier stages"),
        (
            "annotation/dates.py",
            "from china_iom.check.verify import verify_package",
            "Stages import only earlier stages",
        ),
        ("build/tables.py", "from china_iom.build.seed_rows import SeedRows", "No import cycle"),
    ],
)
def test_an_import_against_the_flow_is_caught_even_under_type_checking(tmp_path, module, bad_import, broken):
    """The contracts fail on a copy of the package with one bad import, though it runs only for type checkers."""
    shutil.copytree(
        ROOT / "scripts" / "china_iom", tmp_path / "scripts" / "china_iom", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "scripts" / "china_iom" / module
    text = path.read_text(encoding="utf-8")
    head, future, rest = text.partition("from __future__ import annotations\n")
    assert future, f"{module} has no __future__ import to put the bad import after"
    path.write_text(
        f"{head}{future}from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    {bad_import}\n{rest}",
        encoding="utf-8",
    )
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{broken}" in result.stdout and "BROKEN" in result.stdout, result.stdout


def test_the_command_line_starts_without_the_public_api():
    """``china_iom.load`` and ``china_iom.duckdb`` are imported on first use: every stage imports the root
    package first, and a command's start-up pays for neither pandas nor DuckDB."""
    heavy = "{'pandas', 'pyarrow', 'duckdb', 'china_iom.analysis.frames', 'china_iom.publication.duckdb_views'}"
    code = f"import sys, china_iom.cli; print(sorted({heavy} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_readme_module_map_is_current():
    assert module_map() in (ROOT / "README.md").read_text(encoding="utf-8"), "run `china-iom readme`"


def test_a_folder_missing_from_the_map_is_named(tmp_path):
    (tmp_path / "annotation").mkdir()
    (tmp_path / "annotation" / "__init__.py").write_text('"""The annotation format."""\n', encoding="utf-8")
    (tmp_path / "scratch").mkdir()
    (tmp_path / "scratch" / "__init__.py").write_text('"""Odds and ends."""\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"scratch missing from docs\.STAGES"):
        module_map(tmp_path)
    (tmp_path / "scratch" / "__init__.py").unlink()
    assert module_map(tmp_path).startswith(f"{MAP_BEGIN}\n\n- `annotation/` (): The annotation format.")


def test_a_sub_folder_is_mapped_under_its_stage(tmp_path):
    (tmp_path / "drafting" / "meetings").mkdir(parents=True)
    (tmp_path / "drafting" / "__init__.py").write_text('"""Drafting."""\n', encoding="utf-8")
    (tmp_path / "drafting" / "add.py").write_text('"""Add."""\n', encoding="utf-8")
    (tmp_path / "drafting" / "meetings" / "__init__.py").write_text('"""Meetings. More."""\n', encoding="utf-8")
    (tmp_path / "drafting" / "meetings" / "when.py").write_text('"""When."""\n', encoding="utf-8")
    assert module_map(tmp_path).split("\n")[2:4] == [
        "- `drafting/` (`add`): Drafting.",
        "  - `drafting/meetings/` (`when`): Meetings.",
    ]


def test_every_folder_says_what_comes_in_what_goes_out_and_what_it_must_not_import():
    for init in sorted((ROOT / "scripts" / "china_iom").glob("*/__init__.py")):
        text = init.read_text(encoding="utf-8")
        assert " in, " in text and " out" in text and "never" in text, f"{init}: docstring incomplete"


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff_finds_nothing(command):
    result = subprocess.run([BIN / "ruff", *command, "--no-cache", *STYLED], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, f"run `ruff format` and `ruff check --fix`:\n{result.stdout}{result.stderr}"
