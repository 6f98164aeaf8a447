"""The generated package: Frictionless accepts it, and rejects a broken key in CSV or Parquet."""

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from china_iom.check.command import frictionless_problems

FRICTIONLESS = Path(sys.executable).with_name("frictionless")


@pytest.fixture
def package_copy(fresh_build: Path, tmp_path: Path) -> Path:
    target = tmp_path / "package"
    shutil.copytree(fresh_build, target)
    return target


def _edit_parquet(path: Path, column: str, row: int, value) -> None:
    table = pq.read_table(path)
    i = table.schema.get_field_index(column)
    values = table.column(i).to_pylist()
    values[row] = value
    pq.write_table(table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type)), path)


def _edit_csv(root: Path, table: str, old: str, new: str) -> None:
    """Change a CSV and refresh its hash and bytes, so that only the content is wrong."""
    path = root / "data" / f"{table}.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == table)
    data = path.read_bytes()
    resource.update(hash="sha256:" + hashlib.sha256(data).hexdigest(), bytes=len(data))
    (root / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


def _types(problems) -> set[str]:
    return {p.message.split(":")[0] for p in problems}


def test_frictionless_cli_accepts_the_package_offline(fresh_build):
    result = subprocess.run(
        [str(FRICTIONLESS), "validate", "datapackage.json"],
        cwd=fresh_build,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_descriptor_uses_the_v2_profile_and_describes_both_formats(fresh_build):
    descriptor = json.loads((fresh_build / "datapackage.json").read_text(encoding="utf-8"))
    formats = {r["format"] for r in descriptor["resources"]}
    assert descriptor["$schema"].endswith("/2.0/datapackage.json") and formats == {"csv", "parquet"}


def test_broken_foreign_key_in_csv_fails(package_copy):
    _edit_csv(package_copy, "person_mentions", ',"qin-gang"\n', ',"nobody"\n')
    assert "foreign-key" in _types(frictionless_problems(package_copy))


def test_broken_foreign_key_in_parquet_fails(package_copy):
    _edit_parquet(package_copy / "data" / "person_mentions.parquet", "person_id", 0, "nobody")
    assert "foreign-key" in _types(frictionless_problems(package_copy))


def test_duplicate_primary_key_in_csv_fails(package_copy):
    path = package_copy / "data" / "people.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    _edit_csv(package_copy, "people", lines[2], lines[1])
    assert _types(frictionless_problems(package_copy)) & {"primary-key", "unique-error"}


def test_duplicate_primary_key_in_parquet_fails(package_copy):
    path = package_copy / "data" / "people.parquet"
    first = pq.read_table(path).column("person_id")[0].as_py()
    _edit_parquet(path, "person_id", 1, first)
    assert _types(frictionless_problems(package_copy)) & {"primary-key", "unique-error"}


def test_tampered_csv_fails_its_hash(package_copy):
    path = package_copy / "data" / "people.csv"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _types(frictionless_problems(package_copy)) & {"hash-count", "byte-count"}


@pytest.mark.parametrize("formats", [("csv",), ("csv", "parquet")])
def test_per_resource_validation_finds_a_broken_foreign_key(package_copy, formats):
    assert frictionless_problems(package_copy, formats, jobs=2) == []
    _edit_csv(package_copy, "person_mentions", ',"qin-gang"\n', ',"nobody"\n')
    assert "foreign-key" in _types(frictionless_problems(package_copy, formats, jobs=2))


def test_per_resource_validation_finds_a_broken_parquet_key(package_copy):
    _edit_parquet(package_copy / "data" / "person_mentions.parquet", "person_id", 0, "nobody")
    assert "foreign-key" in _types(frictionless_problems(package_copy, ("csv", "parquet"), jobs=2))
