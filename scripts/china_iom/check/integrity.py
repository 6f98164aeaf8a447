"""Is the package on disk the one this code builds? Checked before the validation engine runs.

The descriptor is compared with the one ``schema.TABLES`` and ``seeds/package.yaml``
generate (resources, schemas, keys, licences; the data's hashes and byte counts
aside), every file it names must be where the code puts it and readable, each
Parquet file must have the hash the descriptor records (Frictionless does not
check it) and each seed text must be one the build would accept. A problem that
would stop or mislead the engine (an unreadable descriptor or file, any
difference in the descriptor) is reported alone.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from china_iom.annotation.yamlsource import read_utf8
from china_iom.build import descriptor, drafts
from china_iom.build.corpus import seeds_folder
from china_iom.build.outputs import file_hash
from china_iom.build.tables import arrow_schema
from china_iom.errors import PackageError, Problem, SeedError
from china_iom.schema import TABLES

DESCRIPTOR = "datapackage.json"
STATS = ("hash", "bytes")  # properties of a resource that describe its file's contents, not its form
DATA_DERIVED = ("created", "sources")  # top-level properties made from the data, checked by the engine
REBUILD = "rebuild the package with `china-iom build`"


@dataclass(frozen=True)
class Audit:
    """What is wrong with a package before validation; ``fatal``: the engine must not run on it."""

    problems: list[Problem]
    fatal: bool


def read_descriptor(root: Path) -> dict[str, Any]:
    """``root``'s datapackage.json as a mapping, or PackageError saying why it cannot be read."""
    path = root / DESCRIPTOR
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        raise PackageError([Problem(path, None, "datapackage.json not found; run `china-iom build` first")]) from None
    except OSError as exc:
        raise PackageError([Problem(path, None, f"cannot be read ({exc.strerror}); {REBUILD}")]) from None
    except UnicodeDecodeError as exc:
        raise PackageError([Problem(path, None, f"not valid UTF-8 (byte {exc.start}); {REBUILD}")]) from None
    except json.JSONDecodeError as exc:
        raise PackageError(
            [Problem(path, exc.lineno, f"not valid JSON ({exc.msg}, column {exc.colno}); {REBUILD}")]
        ) from None
    if not isinstance(data, dict):
        raise PackageError([Problem(path, None, f"not a JSON object; {REBUILD}")])
    return data


def expected_resources() -> list[dict[str, Any]]:
    """Every resource as this code describes it, without its file's hash and bytes."""
    return [descriptor.resource(table, fmt, {}) for fmt in descriptor.FORMATS for table in TABLES]


def audit(root: Path, seeds: Path) -> Audit:
    """Problems of the package at ``root`` (with its seed texts in ``seeds``) that the engine cannot be trusted with."""
    try:
        found = read_descriptor(root)
        expected = _expected(seeds_folder(seeds))
    except SeedError as exc:
        return Audit(exc.problems, True)
    if found.get(drafts.MARK) is True:  # its own problem (drafts.draft_package_problems), not a difference
        expected = drafts.mark(expected)
    path = root / DESCRIPTOR
    differences = [
        Problem(path, None, f"{difference}; the descriptor is not the one this package generates: {REBUILD}")
        for difference in _differences(expected, _comparable(found), "")
    ]
    if differences:
        return Audit(differences, True)
    fatal, mismatched = _file_problems(root, found)
    if fatal:
        return Audit(fatal, True)
    texts = _seed_text_problems(root, seeds)
    return Audit(texts + mismatched, bool(texts))


def _expected(seeds: Path) -> dict[str, Any]:
    meta = descriptor.load_meta(seeds)
    return {"$schema": descriptor.PROFILE, **meta.model_dump(exclude_none=True), "resources": expected_resources()}


def _comparable(found: dict[str, Any]) -> dict[str, Any]:
    """The descriptor without what the data determines (checked against the files instead)."""
    comparable = {key: value for key, value in found.items() if key not in DATA_DERIVED}
    if isinstance(comparable.get("resources"), list):
        comparable["resources"] = [
            {k: v for k, v in r.items() if k not in STATS} if isinstance(r, dict) else r
            for r in comparable["resources"]
        ]
    return comparable


def _named(items: Any) -> dict[str, Any] | None:
    """A list of mappings with distinct names, by name; None for any other value."""
    if not isinstance(items, list) or not all(isinstance(i, dict) and isinstance(i.get("name"), str) for i in items):
        return None
    by_name = {item["name"]: item for item in items}
    return by_name if len(by_name) == len(items) else None


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def _differences(expected: Any, found: Any, where: str) -> Iterator[str]:
    """Every place where ``found`` differs from ``expected`` (mappings by key, lists of named items by name)."""
    if isinstance(expected, dict) and isinstance(found, dict):
        pairs = [
            (key, f"{where}.{key}" if where else key) for key in [*expected, *(k for k in found if k not in expected)]
        ]
    elif (want := _named(expected)) is not None and (have := _named(found)) is not None:
        expected, found = want, have
        pairs = [(name, f"{where}[{name}]") for name in [*want, *(n for n in have if n not in want)]]
    else:
        if expected != found:
            yield f"{where or 'the descriptor'} is {_short(found)}, expected {_short(expected)}"
        return
    for key, place in pairs:
        if key not in found:
            yield f"{place} is missing (expected {_short(expected[key])})"
        elif key not in expected:
            yield f"{place} is not expected (found {_short(found[key])})"
        else:
            yield from _differences(expected[key], found[key], place)


def _file_problems(root: Path, found: dict[str, Any]) -> tuple[list[Problem], list[Problem]]:
    """(Files missing or unreadable, Parquet files whose hash is not the recorded one)."""
    fatal, mismatched = [], []
    recorded = {r["name"]: r.get("hash") for r in found["resources"]}
    for resource in expected_resources():
        path = root / resource["path"]
        schema = arrow_schema(next(t for t in TABLES if t.name == path.stem))
        if not path.is_file():
            what = "is not a regular file" if path.exists() else "is missing"
            fatal.append(Problem(path, None, f"{what}; {REBUILD}"))
        elif resource["format"] == "csv":
            fatal.extend(filter(None, [_csv_header_problem(path, schema.names)]))
        else:
            problem, readable = _parquet_problem(path, schema, recorded[resource["name"]])
            if problem:
                (mismatched if readable else fatal).append(problem)
    return fatal, mismatched


def _csv_header_problem(path: Path, names: list[str]) -> Problem | None:
    """Why a CSV file's first line is not the table's header (the rows are the engine's to check)."""
    try:
        with open(path, encoding="utf-8", newline="") as file:
            header = next(csv.reader([file.readline()]), [])
    except (OSError, UnicodeDecodeError) as exc:
        return Problem(path, 1, f"cannot be read as UTF-8 text ({exc}); {REBUILD}")
    if header != names:
        return Problem(path, 1, f"header is not the table's columns ({', '.join(names)}); {REBUILD}")
    return None


def _parquet_problem(path: Path, schema: pa.Schema, recorded: str | None) -> tuple[Problem | None, bool]:
    """Why a Parquet file is not the one described (unreadable, another schema, or another hash), and
    whether it can still be read as the table."""
    try:
        if not pq.ParquetFile(path).schema_arrow.equals(schema):
            return Problem(path, None, f"holds other columns or types than the table's schema; {REBUILD}"), False
        if file_hash(path) == recorded:
            return None, True
        pq.read_table(path)  # a changed file must at least read, or the engine would stop on it
    except (pa.ArrowException, OSError) as exc:
        return Problem(path, None, f"is not a readable Parquet file ({exc}); {REBUILD}"), False
    return Problem(path, None, f"is not the file datapackage.json describes (its SHA-256 differs); {REBUILD}"), True


def _seed_text_problems(root: Path, seeds: Path) -> list[Problem]:
    """Seed texts of the package's articles that the build would refuse (not UTF-8, control characters ...)."""
    problems = []
    for article_id in pq.read_table(root / "data" / "articles.parquet", columns=["article_id"]).column(0).to_pylist():
        path = seeds / f"{article_id}.txt"
        if path.is_file():  # a missing text is the own checks' to report
            try:
                read_utf8(path)
            except SeedError as exc:
                problems.extend(exc.problems)
    return problems
