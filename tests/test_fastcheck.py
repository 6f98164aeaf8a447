"""The fast check gives Frictionless' verdicts: a differential test on a package corrupted in every way
its schema forbids (one case per rule and type, on CSV and on Parquet), plus its own unit cases.

Each batch of corruptions (distinct rows, so that they do not mask each other) is validated once by
Frictionless and once by the fast check; both must flag the same resources, rows and error types,
but for the differences listed in ``expected_differences`` (where Frictionless itself is wrong).
Targets are found in the descriptor (the first field of a type or constraint), so new tables and
columns are covered as they come.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from china_iom.check import frictionless_rules
from china_iom.check.command import check
from china_iom.check.frictionless_rules import fast_problems, fast_violations

Key = tuple[str, int | None, str]  # resource, row (header = 1; None: the file), Frictionless error type


class Package:
    """A copy of the built package, edited cell by cell in CSV (keeping hash and bytes right) or Parquet."""

    def __init__(self, root: Path):
        self.root = root
        self.descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        self.used: dict[str, int] = {}  # rows taken per resource, so that cases do not overlap
        self.expected: dict[Key, str] = {}  # flagged by the fast check only, with the reason

    def resource(self, name: str) -> dict:
        return next(r for r in self.descriptor["resources"] if r["name"] == name)

    def target(self, fmt: str, test, skip: tuple[str, ...] = ()) -> tuple[str, str]:
        """The first (resource, field) of ``fmt`` whose field passes ``test`` and has a row left."""
        for resource in self.descriptor["resources"]:
            rows = self.rows(resource["name"])
            for field in resource["schema"]["fields"]:
                if (
                    resource["format"] == fmt
                    and test(field)
                    and resource["name"] not in skip
                    and self.used.get(resource["name"], 0) < len(rows) - 1
                ):
                    return resource["name"], field["name"]
        raise LookupError(f"no field for this case in {fmt}")

    def rows(self, name: str) -> list:
        path = self.root / self.resource(name)["path"]
        if path.suffix == ".parquet":
            return pq.read_table(path).to_pylist()
        return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))[1:]

    def left(self, name: str) -> int:
        """Rows of a resource no case has taken yet."""
        return len(self.rows(name)) - self.used.get(name, 0)

    def take_row(self, name: str) -> int:
        self.used[name] = self.used.get(name, 0) + 1
        return self.used[name]  # 1-based data row: row number = this + 1

    def set_cell(self, name: str, field: str, row: int, value) -> None:
        """Row ``row`` (1-based) of ``field`` becomes ``value`` (a Parquet column becomes text if need be)."""
        resource = self.resource(name)
        path = self.root / resource["path"]
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            index = table.schema.get_field_index(field)
            values = table.column(index).to_pylist()
            if value is not None and not isinstance(value, type(values[row - 1] or value)):
                values = [None if v is None else v if isinstance(v, str) else str(v) for v in values]
            values[row - 1] = value
            column = pa.array(values)
            pq.write_table(table.set_column(index, pa.field(field, column.type), column), path)
            return
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        records[row][records[0].index(field)] = value
        self.write_csv(name, records)

    def write_csv(self, name: str, records: list[list[str]], text: str | None = None) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(records)
        path = self.root / self.resource(name)["path"]
        path.write_bytes((buffer.getvalue() if text is None else text).encode("utf-8"))
        self.restamp(name)

    def restamp(self, name: str) -> None:
        data = (self.root / self.resource(name)["path"]).read_bytes()
        self.resource(name).update(hash="sha256:" + hashlib.sha256(data).hexdigest(), bytes=len(data))
        self.save()

    def save(self) -> None:
        (self.root / "datapackage.json").write_text(json.dumps(self.descriptor, indent=2), encoding="utf-8")

    def field(self, name: str, field: str) -> dict:
        return next(f for f in self.resource(name)["schema"]["fields"] if f["name"] == field)

    def value(self, name: str, field: str, row: int):
        values = self.rows(name)[row - 1]
        if isinstance(values, dict):
            return values[field]
        return values[[f["name"] for f in self.resource(name)["schema"]["fields"]].index(field)]


def _typed(kind: str):
    return lambda f: f["type"] == kind


def _constrained(name: str, kind: str | None = None):
    return lambda f: name in f.get("constraints", {}) and (kind is None or f["type"] == kind)


def _plain_unique(f: dict) -> bool:
    return f.get("constraints", {}).get("unique") and f["type"] == "string"


def cell_cases(package: Package, fmt: str) -> None:
    """One corruption per type and rule in the resources of ``fmt`` (a value per case)."""
    cases = [
        (_typed("integer"), "5.0"),
        (_typed("integer"), "1e3"),
        (_typed("integer"), "twelve"),
        (_typed("integer"), " 12 "),
        (_typed("integer"), "1_000"),
        (_typed("integer"), "\u0663"),
        (_typed("boolean"), "yes"),
        (_typed("boolean"), "TRUE"),
        (_typed("boolean"), "0"),
        (_typed("date"), "2023-02-30"),
        (_typed("date"), "2023-4-3"),
        (_typed("date"), "03/04/2023"),
        (_constrained("required", "string"), ""),
        (_constrained("enum"), "nonsense"),
        (_constrained("pattern"), "Not An Id!"),
        (_constrained("minimum"), "-1"),
        (_constrained("pattern"), lambda old: old + "\n"),
        (lambda f: f.get("constraints", {}).get("pattern", "").count("|"), "2023-04-03xyz"),
    ]
    for test, value in cases:
        name, field = package.target(fmt, test)
        row = package.take_row(name)
        if fmt == "parquet" and value == "":
            value = None
        if callable(value):
            value = value(package.value(name, field, row))
        package.set_cell(name, field, row, value)
        pattern = package.field(name, field).get("constraints", {}).get("pattern")
        if pattern and isinstance(value, str) and re.match(f"^{pattern}$", value) and not re.fullmatch(pattern, value):
            package.expected[(name, row + 1, "constraint-error")] = (
                "Frictionless matches a pattern as ^pattern$: a trailing newline, or an alternation not wrapped in "
                "one group, lets a value through that does not match as a whole"
            )
    if fmt == "parquet":
        parquet_cases(package)
    name, field = package.target(fmt, _plain_unique, skip=("articles", "articles_parquet"))
    package.set_cell(name, field, package.take_row(name), package.value(name, field, package.take_row(name)))
    fk = next(
        (r["name"], fk["fields"][0])
        for r in package.descriptor["resources"]
        if r["format"] == fmt
        for fk in r["schema"].get("foreignKeys", [])
        if package.left(r["name"]) > 1
    )
    package.set_cell(fk[0], fk[1], package.take_row(fk[0]), "nobody")
    composite = next(
        r["name"]
        for r in package.descriptor["resources"]
        if r["format"] == fmt and len(r["schema"]["primaryKey"]) > 1 and package.left(r["name"]) > 2
    )
    first, second = package.take_row(composite), package.take_row(composite)
    for key in package.resource(composite)["schema"]["primaryKey"]:
        package.set_cell(composite, key, second, package.value(composite, key, first))


def parquet_cases(package: Package) -> None:
    """A string column stored as integers; a null in a required integer column (both flag required: with
    pandas 3 Frictionless no longer reads it as a NaN type error)."""
    name, field = package.target("parquet", lambda f: f["type"] == "string" and not f.get("constraints"))
    path = package.root / package.resource(name)["path"]
    table = pq.read_table(path)
    index = table.schema.get_field_index(field)
    pq.write_table(table.set_column(index, field, pa.array(range(table.num_rows), pa.int64())), path)
    name, field = package.target("parquet", _constrained("required", "integer"))
    package.set_cell(name, field, package.take_row(name), None)


def frictionless_keys(root: Path) -> set[Key]:
    from frictionless import Package as FrictionlessPackage

    report = FrictionlessPackage(str(root / "datapackage.json")).validate()
    assert not report.errors, report.errors
    found = set()
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None) or (1 if "label" in error.type else None)
            found.add((task.name, row, error.type))
    return found


def fast_keys(root: Path, monkeypatch) -> set[Key]:
    monkeypatch.setattr(frictionless_rules, "LIMIT", 10**6)
    return {(name, v.row, v.rule.split(" (")[0]) for name, found in fast_violations(root).items() for v in found.kept}


def compare(package: Package, monkeypatch) -> None:
    expected_frictionless = frictionless_keys(package.root)
    fast = fast_keys(package.root, monkeypatch)
    assert fast - expected_frictionless == set(package.expected), "flagged by the fast check only"
    assert expected_frictionless - fast == set(), "flagged by Frictionless only"


@pytest.fixture
def package(fresh_build: Path, tmp_path: Path) -> Package:
    root = tmp_path / "package"
    shutil.copytree(fresh_build, root, ignore=shutil.ignore_patterns(".cache"))
    return Package(root)


def test_the_real_package_passes_both(package, monkeypatch):
    assert frictionless_keys(package.root) == set() == fast_keys(package.root, monkeypatch)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cell_corruptions_get_frictionless_verdicts(package, monkeypatch, fmt):
    cell_cases(package, fmt)
    compare(package, monkeypatch)


def test_malformed_csv_rows_get_frictionless_verdicts(package, monkeypatch):
    """Extra and missing cells, blank rows (empty and all-empty), a wrong label, and a file that is
    not UTF-8, each in its own resource; a wrong hash, a wrong size, and a file changed after the build."""
    edits = iter(
        [r["name"] for r in package.descriptor["resources"] if r["format"] == "csv" and package.left(r["name"]) > 3]
    )
    name = next(edits)
    header = [f["name"] for f in package.resource(name)["schema"]["fields"]]
    records = [header] + [list(r) for r in package.rows(name)]
    records[1].append("extra")
    records[2] = records[2][:-1]
    package.write_csv(name, records)
    name = next(edits)
    path = package.root / package.resource(name)["path"]
    lines = path.read_text(encoding="utf-8").split("\n")
    width = len(package.resource(name)["schema"]["fields"])
    text = "\n".join(lines[:2] + [""] + lines[2:3] + ["," * (width - 1)] + lines[3:])
    package.write_csv(name, [], text)
    name = next(edits)
    path = package.root / package.resource(name)["path"]
    lines = path.read_text(encoding="utf-8").split("\n")
    package.write_csv(name, [], "\n".join(["renamed" + lines[0]] + lines[1:]))
    name = next(edits)
    path = package.root / package.resource(name)["path"]
    path.write_bytes(path.read_bytes().replace(b"a", b"\xe9", 1))
    package.restamp(name)
    name = next(edits)
    package.resource(name)["hash"] = "sha256:" + "0" * 64
    name = next(edits)
    package.resource(name)["bytes"] += 1
    package.save()
    path = package.root / package.resource(next(edits))["path"]  # tampered after the build (a test of test_package)
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    compare(package, monkeypatch)


def test_parquet_labels_get_frictionless_verdicts(package, monkeypatch):
    name = next(r["name"] for r in package.descriptor["resources"] if r["format"] == "parquet")
    path = package.root / package.resource(name)["path"]
    table = pq.read_table(path)
    pq.write_table(table.rename_columns(["renamed"] + table.column_names[1:]), path)
    compare(package, monkeypatch)


def test_problems_name_file_line_row_field_rule_and_value_and_count_the_rest(package, monkeypatch):
    monkeypatch.setattr(frictionless_rules, "LIMIT", 2)
    name = "sentences"
    for row in (1, 2, 3, 4):
        package.set_cell(name, "char_start", row, "x")
    problems = [str(p) for p in fast_problems(package.root)]
    assert problems == [
        f"{package.root}/data/sentences.csv:2: row 2, field char_start: type-error: 'x'",
        f"{package.root}/data/sentences.csv:3: row 3, field char_start: type-error: 'x'",
        f"{package.root}/data/sentences.csv: 2 more type-error error(s) not shown",
    ]


def test_check_uses_the_fast_engine_unless_told(package, monkeypatch):
    package.set_cell("people", "person_id", 1, "Bad Id")
    fast = check(package.root, Path(__file__).resolve().parents[1] / "seeds")
    assert any("constraint-error (pattern)" in p.message for p in fast)


def test_a_descriptor_frictionless_refuses_is_reported_first(package):
    package.resource("people")["schema"]["fields"][0]["type"] = "nonsense"
    package.save()
    problems = check(package.root, Path(__file__).resolve().parents[1] / "seeds")
    assert problems and all("datapackage.json" in str(p.file) for p in problems[:1]), problems


VALUES = [
    "5",
    " 5 ",
    "5.0",
    "1e3",
    "1_000",
    "\u0663",
    "-0",
    "+7",
    "",
    "x",
    "true",
    "True",
    "TRUE",
    "yes",
    "0",
    "1",
    "2023-04-03",
    "2023-4-3",
    "2023-02-30",
    " 2023-04-03",
    "2023-04-03 ",
    5,
    5.0,
    5.5,
    Decimal("5"),
    Decimal("5.5"),
    True,
    False,
    dt.date(2023, 4, 3),
    dt.datetime(2023, 4, 3),
    dt.datetime(2023, 4, 3, 1),
]


@pytest.mark.parametrize("kind", ["integer", "boolean", "date"])
def test_the_cast_rules_written_out_are_frictionless_own(kind):
    from frictionless import Field

    descriptor = {"name": "x", "type": kind, **({"format": "%Y-%m-%d"} if kind == "date" else {})}
    theirs = Field.from_descriptor(descriptor).create_value_reader()
    assert [frictionless_rules._reader(descriptor)(v) for v in VALUES] == [theirs(v) for v in VALUES]
