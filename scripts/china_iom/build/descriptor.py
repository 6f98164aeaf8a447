"""The Frictionless descriptor (datapackage.json), generated from ``schema.TABLES``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel, ConfigDict, Field

from china_iom.annotation.registry import Registries
from china_iom.annotation.validate import validate
from china_iom.annotation.yamlsource import read_yaml
from china_iom.schema import TABLES, ForeignKey, Table

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
FORMATS = ("csv", "parquet")


class Contributor(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    roles: list[str] = Field(min_length=1)
    path: str | None = None


class License(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    path: str
    title: str


class PackageMeta(BaseModel):
    """Hand-written package metadata: ``seeds/package.yaml``."""

    model_config = ConfigDict(extra="forbid")
    name: str
    title: str
    description: str
    version: str
    homepage: str | None = None
    keywords: list[str] = []
    licenses: list[License] = Field(min_length=1)
    contributors: list[Contributor] = Field(min_length=1)


def load_meta(seeds: Path) -> PackageMeta:
    """Read and validate ``seeds/package.yaml``."""
    return validate(read_yaml(seeds / "package.yaml"), PackageMeta)


def resource_name(table: Table, fmt: str) -> str:
    """Resource name: the table name for CSV, with a suffix for Parquet."""
    return table.name if fmt == "csv" else f"{table.name}_{fmt}"


def _foreign_key(fkey: ForeignKey, table: Table, fmt: str) -> dict[str, Any]:
    target = next(t for t in TABLES if t.name == fkey.resource)
    reference: dict[str, Any] = {"fields": list(fkey.reference)}
    if target is not table:
        reference = {"resource": resource_name(target, fmt), **reference}
    return {"fields": list(fkey.fields), "reference": reference}


def table_schema(table: Table, fmt: str = "csv") -> dict[str, Any]:
    """Frictionless Table Schema of ``table``; foreign keys point at resources of the same format."""
    fields = []
    for f in table.fields:
        entry: dict[str, Any] = {"name": f.name, "type": f.type, "description": f.description}
        if f.type == "date":
            entry["format"] = "%Y-%m-%d"
        if constraints := f.constraints():
            entry["constraints"] = constraints
        fields.append(entry)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": list(table.primary_key), "missingValues": [""]}
    if table.foreign_keys:
        schema["foreignKeys"] = [_foreign_key(fk, table, fmt) for fk in table.foreign_keys]
    return schema


def resource(table: Table, fmt: str, stats: dict[str, Any]) -> dict[str, Any]:
    """Descriptor of one table file, with its ``stats``: the CSV file's hash and bytes, which Frictionless
    verifies; the Parquet file's hash, which ``load`` and ``check`` verify (Frictionless does not)."""
    path = f"data/{table.name}.{fmt}"
    entry: dict[str, Any] = {
        "name": resource_name(table, fmt),
        "type": "table",
        "path": path,
        "format": fmt,
        "description": table.description,
    }
    if fmt == "csv":
        entry.update(mediatype="text/csv", encoding="utf-8", dialect={"header": True, "delimiter": ","})
    else:
        entry["mediatype"] = "application/vnd.apache.parquet"
    entry.update(stats)
    entry["schema"] = table_schema(table, fmt)
    return entry


def descriptor(
    registries: Registries, articles: pa.Table, meta: PackageMeta, stats: dict[str, dict[str, dict[str, Any]]]
) -> dict[str, Any]:
    """The whole datapackage.json for tables already written (``articles``: that table; ``stats``: each
    file's hash, and bytes for CSV, by table and format)."""
    newest = pc.max(articles["annotated"]).as_py()
    publishers = sorted(set(articles["publisher_id"].to_pylist()))
    orgs = registries.organizations.entries
    return {
        "$schema": PROFILE,
        **meta.model_dump(exclude_none=True),
        "created": f"{newest.isoformat()}T00:00:00Z",
        "sources": [{"title": orgs[p].name} for p in publishers],
        "resources": [resource(table, fmt, stats[table.name][fmt]) for fmt in FORMATS for table in TABLES],
    }


def dumps(data: dict[str, Any]) -> str:
    """Stable JSON text: two-space indent, UTF-8, trailing newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
