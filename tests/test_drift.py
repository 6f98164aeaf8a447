"""The committed data/, datapackage.json and README dictionary equal a fresh build."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from china_iom.publication.docs import dictionary, json_schemas
from china_iom.schema import TABLES
from conftest import ROOT

TEXT_FILES = ["datapackage.json"] + [f"data/{t.name}.csv" for t in TABLES]


@pytest.mark.parametrize("name", TEXT_FILES)
def test_committed_text_output_is_byte_identical_to_a_fresh_build(fresh_build: Path, name: str):
    assert (ROOT / name).read_bytes() == (fresh_build / name).read_bytes(), f"{name} drifted: run `make`"


@pytest.mark.parametrize("table", [t.name for t in TABLES])
def test_committed_parquet_holds_the_same_values_as_a_fresh_build(fresh_build: Path, table: str):
    committed = pq.read_table(ROOT / "data" / f"{table}.parquet")
    assert committed.equals(pq.read_table(fresh_build / "data" / f"{table}.parquet")), f"{table} drifted"


def test_no_stray_files_in_data():
    expected = {f"{t.name}.{ext}" for t in TABLES for ext in ("csv", "parquet")}
    assert {p.name for p in (ROOT / "data").iterdir()} == expected


def test_readme_data_dictionary_is_current():
    assert dictionary() in (ROOT / "README.md").read_text(encoding="utf-8"), "run `china-iom readme`"


@pytest.mark.parametrize("name", sorted(json_schemas()))
def test_annotation_json_schemas_are_current(name: str):
    path = ROOT / "seeds" / "schema" / name
    assert path.read_text(encoding="utf-8") == json_schemas()[name], "run `china-iom readme`"
