"""Compare two versions of the package table by table (``china-iom diff OLD NEW``).

A version is a package folder (``datapackage.json`` and its CSV files) or a git revision of the
repository. Rows are matched by primary key and compared as the CSV text stores them; schema
changes are tables and columns added, removed or retyped, and changed primary keys.
"""

from __future__ import annotations

import io
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

SHOWN = 50  # rows listed per table and kind of change; the rest are counted


class DiffError(Exception):
    """A version that cannot be read."""


@dataclass(frozen=True)
class Version:
    """One side of the comparison: where it comes from and how to read its files."""

    label: str
    folder: Path | None = None
    repo: Path | None = None
    revision: str | None = None

    def read(self, path: str) -> bytes:
        """Bytes of ``path`` (relative to the package root) in this version."""
        if self.folder is not None:
            try:
                return (self.folder / path).read_bytes()
            except OSError as exc:
                raise DiffError(f"{self.folder / path}: cannot read ({exc.strerror})") from exc
        shown = subprocess.run(
            ["git", "-C", str(self.repo), "show", f"{self.revision}:{path}"], capture_output=True, check=False
        )
        if shown.returncode:
            raise DiffError(f"{self.revision}:{path}: not in git revision {self.revision} of {self.repo}")
        return shown.stdout


def version(spec: str, repo: Path) -> Version:
    """A package folder if ``spec`` is one (or its datapackage.json), else a git revision of ``repo``."""
    path = Path(spec)
    if path.name == "datapackage.json" and path.is_file():
        path = path.parent
    if (path / "datapackage.json").is_file():
        return Version(spec, folder=path)
    found = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode:
        raise DiffError(f"{spec}: neither a package folder (with datapackage.json) nor a git revision of {repo}")
    return Version(spec, repo=repo, revision=found.stdout.strip())


def _descriptor(ver: Version) -> dict[str, Any]:
    try:
        return json.loads(ver.read("datapackage.json"))
    except json.JSONDecodeError as exc:
        raise DiffError(f"{ver.label}: datapackage.json is not valid JSON (line {exc.lineno}: {exc.msg})") from exc


def _resources(package: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in package.get("resources", []) if r.get("format") == "csv"}


def _label(ver: Version, package: dict[str, Any]) -> str:
    return f"{ver.label} (version {package['version']})" if "version" in package else ver.label


def _frame(ver: Version, resource: dict[str, Any]) -> pd.DataFrame:
    names = [f["name"] for f in resource["schema"]["fields"]]
    data = pd.read_csv(io.BytesIO(ver.read(resource["path"])), dtype=str, keep_default_na=False, na_values=[""])
    data = data.reindex(columns=names).astype(object)
    return data.where(data.notna(), None)


@dataclass
class TableDiff:
    """What changed in one table."""

    name: str
    schema: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[tuple[str, Any, Any]]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.schema or self.added or self.removed or self.changed)


@dataclass
class PackageDiff:
    """Every table's changes, in the order of the new version's tables."""

    old: str
    new: str
    tables: list[TableDiff]


def _types(resource: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["type"] for f in resource["schema"]["fields"]}


def schema_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Columns added, removed or retyped, and a changed primary key, between two resources."""
    before, after = _types(old), _types(new)
    found = [f"column `{c}` added ({after[c]})" for c in after if c not in before]
    found += [f"column `{c}` removed" for c in before if c not in after]
    found += [f"column `{c}` retyped {before[c]} -> {after[c]}" for c in after if c in before and before[c] != after[c]]
    if old["schema"].get("primaryKey") != new["schema"].get("primaryKey"):
        found.append(f"primary key {old['schema'].get('primaryKey')} -> {new['schema'].get('primaryKey')}")
    return found


def _key(row: tuple[Any, ...], names: list[str]) -> str:
    return ", ".join(f"{name}={value}" for name, value in zip(names, row))


def row_changes(diff: TableDiff, old: pd.DataFrame, new: pd.DataFrame, key: list[str]) -> None:
    """Rows added, removed and changed (by ``key``, on the columns both versions have) into ``diff``."""
    old, new = old.set_index(key), new.set_index(key)
    diff.added = [_key(k if isinstance(k, tuple) else (k,), key) for k in new.index.difference(old.index)]
    diff.removed = [_key(k if isinstance(k, tuple) else (k,), key) for k in old.index.difference(new.index)]
    common = new.index.intersection(old.index)
    columns = [c for c in new.columns if c in old.columns]
    before, after = old.loc[common, columns], new.loc[common, columns]
    for k, was, now in zip(common, before.itertuples(index=False), after.itertuples(index=False)):
        fields = [(c, a, b) for c, a, b in zip(columns, was, now) if a != b]
        if fields:
            diff.changed.append((_key(k if isinstance(k, tuple) else (k,), key), fields))


def diff_packages(old_spec: str, new_spec: str, root: Path) -> PackageDiff:
    """Table-by-table differences from ``old_spec`` to ``new_spec`` (folders or git revisions of ``root``)."""
    old, new = version(old_spec, root), version(new_spec, root)
    old_package, new_package = _descriptor(old), _descriptor(new)
    before, after = _resources(old_package), _resources(new_package)
    tables = [TableDiff(name, schema=["table removed"]) for name in before if name not in after]
    for name, resource in after.items():
        if name not in before:
            tables.append(TableDiff(name, schema=[f"table added ({len(_frame(new, resource))} rows)"]))
            continue
        diff = TableDiff(name, schema=schema_changes(before[name], resource))
        key = resource["schema"].get("primaryKey") or []
        old_rows = _frame(old, before[name])
        if key and all(column in old_rows.columns for column in key):
            row_changes(diff, old_rows, _frame(new, resource), key)
        tables.append(diff)
    return PackageDiff(_label(old, old_package), _label(new, new_package), [t for t in tables if t])


def _listed(items: list[str], bullet: str) -> list[str]:
    lines = [f"{bullet}{item}" for item in items[:SHOWN]]
    if len(items) > SHOWN:
        lines.append(f"{bullet}... and {len(items) - SHOWN} more")
    return lines


def _changes(diff: TableDiff, code: str) -> list[str]:
    return [
        f"{key}: " + "; ".join(f"{code}{c}{code} {a!r} -> {b!r}" for c, a, b in fields) for key, fields in diff.changed
    ]


def text(found: PackageDiff) -> str:
    """Plain text for the terminal."""
    if not found.tables:
        return f"{found.old} -> {found.new}: no differences\n"
    lines = [f"{found.old} -> {found.new}: {len(found.tables)} table(s) changed"]
    for t in found.tables:
        lines.append(f"\n{t.name}: +{len(t.added)} -{len(t.removed)} ~{len(t.changed)} rows")
        lines += _listed(t.schema, "  schema: ")
        lines += _listed(t.added, "  + ") + _listed(t.removed, "  - ") + _listed(_changes(t, ""), "  ~ ")
    return "\n".join(lines) + "\n"


def markdown(found: PackageDiff) -> str:
    """Markdown for release notes: a summary table, then each table's changes."""
    lines = [f"## Data changes: {found.old} -> {found.new}", ""]
    if not found.tables:
        return "\n".join([*lines, "No differences.", ""])
    lines += [
        "| table | rows added | rows removed | rows changed | schema changes |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    lines += [
        f"| `{t.name}` | {len(t.added)} | {len(t.removed)} | {len(t.changed)} | {'; '.join(t.schema)} |"
        for t in found.tables
    ]
    for t in found.tables:
        lines += ["", f"### `{t.name}`", ""]
        for title, items in (("Added", t.added), ("Removed", t.removed), ("Changed", _changes(t, "`"))):
            if items:
                lines += [f"{title}:", "", *_listed(items, "- "), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
