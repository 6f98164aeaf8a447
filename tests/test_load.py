"""china_iom.load: dtypes derived from the schema, joinable keys, and the README's example runs."""

import re
from pathlib import Path

import pandas as pd
import pytest

import china_iom
from china_iom.analysis.frames import dtype
from china_iom.schema import TABLES
from conftest import ROOT


@pytest.fixture(scope="module")
def tables():
    return china_iom.load()


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_dtypes_follow_the_schema(tables, table):
    data = getattr(tables, table.name)
    assert list(data.columns) == table.field_names
    for field in table.fields:
        assert data[field.name].dtype == dtype(field), f"{table.name}.{field.name}"
        if field.enum:
            assert list(data[field.name].cat.categories) == list(field.enum)


def test_dtype_kinds():
    fields = {f.name: f for t in TABLES for f in t.fields}
    assert dtype(fields["date_earliest"]) == "datetime64[s]"
    assert dtype(fields["participant_no"]) == pd.Int64Dtype()
    assert dtype(fields["in_body"]) == pd.BooleanDtype()
    assert dtype(fields["quote"]) == pd.StringDtype()


@pytest.mark.parametrize(
    ("table", "key"),
    [(t, k) for t in TABLES for k in t.foreign_keys],
    ids=lambda x: getattr(x, "name", None) or getattr(x, "resource", None),
)
def test_foreign_keys_have_the_dtype_of_what_they_reference(tables, table, key):
    ours = getattr(tables, table.name)
    theirs = getattr(tables, key.resource)
    for mine, other in zip(key.fields, key.reference):
        assert ours[mine].dtype == theirs[other].dtype
    joined = ours.dropna(subset=list(key.fields)).merge(
        theirs, left_on=list(key.fields), right_on=list(key.reference), how="left", indicator=True
    )
    assert (joined["_merge"] == "both").all()


def test_one_table_and_root(fresh_build: Path):
    meetings = china_iom.load("meetings", root=fresh_build)
    assert meetings.equals(china_iom.load("meetings"))
    with pytest.raises(KeyError, match="no table 'meeting'"):
        china_iom.load("meeting")


def test_readme_example_runs(monkeypatch, capsys):
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Loading the tables in pandas")[1]
    block = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL).group(1)
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()
