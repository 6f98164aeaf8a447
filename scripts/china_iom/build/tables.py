"""Turn a checked corpus into Arrow tables, one per schema table, sorted by primary key.

Articles' rows become Arrow tables as soon as they are resolved (``article_tables``,
any number of articles at once); the package's tables are these parts
concatenated, with the registries' tables, and sorted (``sorted_slices``, a slice
at a time, or ``sort_order``, all at once). Sorting by a unique key makes the
result independent of the order and grouping of the parts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from china_iom.annotation.registry import Registries, Registry, surface_forms
from china_iom.build.resolve import ResolvedArticle
from china_iom.schema import TABLES, Table

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32()}

# Registry key -> table column, where they differ.
_RENAMES = {
    "parent": "parent_id",
    "broader": "broader_topic_id",
    "proposed_by_person": "proposed_by_person_id",
    "proposed_by_organization": "proposed_by_organization_id",
}
_REGISTRY_TABLES = (
    ("people", "people", "person"),
    ("organizations", "organizations", "organization"),
    ("places", "places", "place"),
    ("topics", "topics", "topic"),
)
# Registry list keys that are tables of their own (the schema has no list fields): kind, key -> table, column.
_LIST_TABLES = {("organizations", "domains"): ("organization_domains", "domain")}
_FROM_REGISTRIES = {name for _, table, key in _REGISTRY_TABLES for name in (table, f"{key}_aliases")} | {
    table for table, _ in _LIST_TABLES.values()
}
ARTICLE_TABLES = tuple(table for table in TABLES if table.name not in _FROM_REGISTRIES and not table.derived)


def arrow_schema(table: Table) -> pa.Schema:
    """Arrow schema of a table, nullability from ``required``."""
    return pa.schema([pa.field(f.name, ARROW_TYPES[f.type], nullable=not f.required) for f in table.fields])


def to_arrow(table: Table, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table in schema column order (unsorted)."""
    columns = {name: [] for name in table.field_names}
    for row in rows:
        for name, values in columns.items():
            values.append(row.get(name))
    return pa.table(columns, schema=arrow_schema(table))


def sort_order(table: Table, arrow: pa.Table) -> pa.Array:
    """Row indices that sort ``arrow`` by the table's primary key."""
    return pc.sort_indices(arrow, sort_keys=[(key, "ascending") for key in table.primary_key])


def article_tables(articles: Iterable[ResolvedArticle]) -> dict[str, pa.Table]:
    """The rows of ``articles`` for every article table (unsorted)."""
    articles = list(articles)
    return {
        table.name: to_arrow(table, (row for a in articles for row in a.rows.get(table.name, ())))
        for table in ARTICLE_TABLES
    }


def registry_tables(registries: Registries) -> dict[str, pa.Table]:
    """The tables made from the registries (unsorted)."""
    rows: dict[str, list[dict]] = {}
    for kind, table_name, key in _REGISTRY_TABLES:
        rows[table_name], rows[f"{key}_aliases"] = _registry_rows(registries.get(kind), key)
    for (kind, list_key), (table_name, column) in _LIST_TABLES.items():
        key = next(key for k, _, key in _REGISTRY_TABLES if k == kind)
        rows[table_name] = [
            {f"{key}_id": entity_id, column: value}
            for entity_id, entity in registries.get(kind).entries.items()
            for value in getattr(entity, list_key)
        ]
    return {table.name: to_arrow(table, rows[table.name]) for table in TABLES if table.name in rows}


def _registry_rows(registry: Registry, key: str) -> tuple[list[dict], list[dict]]:
    entities, aliases = [], []
    for entity_id, entity in registry.entries.items():
        data = {_RENAMES.get(k, k): v for k, v in entity.model_dump().items()}
        data[f"{key}_id"] = entity_id
        entities.append(data)
        aliases.extend({f"{key}_id": entity_id, "alias": form} for form in surface_forms(entity))
    return entities, aliases


def sorted_slices(table: Table, arrow: pa.Table, rows: int) -> Iterator[pa.Table]:
    """``arrow`` sorted by the table's primary key, ``rows`` rows at a time (only one slice is made at once)."""
    order = sort_order(table, arrow)
    for start in range(0, len(order), rows):
        yield arrow.take(order[start : start + rows])
