"""`china-iom check` takes the package folder or its datapackage.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from china_iom.cli import main
from conftest import SEEDS


@pytest.mark.parametrize("given", ["folder", "descriptor"])
def test_check_accepts_the_folder_or_the_descriptor(fresh_build: Path, given: str, capsys):
    path = fresh_build if given == "folder" else fresh_build / "datapackage.json"
    assert main(["check", str(path), "--seeds", str(SEEDS)]) == 0
    assert (
        capsys.readouterr().out.strip()
        == f"{fresh_build / 'datapackage.json'} is valid: fast check (Frictionless' rules) and own checks pass"
    )


def test_a_missing_descriptor_is_named_once(tmp_path: Path, capsys):
    assert main(["check", str(tmp_path / "datapackage.json"), "--seeds", str(SEEDS)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'datapackage.json'}: datapackage.json not found" in err
    assert "datapackage.json/datapackage.json" not in err
