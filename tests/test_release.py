"""Citable releases: CITATION.cff is valid CFF 1.2.0, and one version everywhere."""

from __future__ import annotations

import json
import re
import tomllib

import jsonschema
import yaml

import china_iom
from conftest import ROOT


def _citation() -> dict:
    return yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def test_citation_is_valid_cff_1_2_0():
    schema = json.loads((ROOT / "docs" / "schemas" / "cff-1.2.0.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.validate(_citation(), schema, cls=jsonschema.Draft7Validator)


def test_the_cff_schema_rejects_a_broken_citation():
    schema = json.loads((ROOT / "docs" / "schemas" / "cff-1.2.0.schema.json").read_text(encoding="utf-8"))
    broken = {key: value for key, value in _citation().items() if key != "authors"} | {"type": "book"}
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(broken))
    assert {e.validator for e in errors} == {"required", "enum"}


def test_one_version_in_pyproject_package_citation_changelog_and_code():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    latest = re.search(r"^## \[([0-9][^\]]*)\]", changelog, re.MULTILINE)  # after an optional [Unreleased]
    assert latest, "CHANGELOG.md needs a '## [x.y.z]' entry"
    assert re.findall(r"^## \[([^\]]+)\]", changelog, re.MULTILINE)[0] in {"Unreleased", latest[1]}
    assert {project, package, str(_citation()["version"]), latest[1], china_iom.__version__} == {project}


def test_licence_files_name_what_they_cover():
    code, data = (ROOT / "LICENSE").read_text(encoding="utf-8"), (ROOT / "LICENSE-DATA").read_text(encoding="utf-8")
    assert code.startswith("MIT License") and "LICENSE-DATA" in code
    assert "Creative Commons Attribution 4.0 International Public License" in data
    assert "NOT covered: the article texts" in data
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == _citation()["license"] == "CC-BY-4.0"
