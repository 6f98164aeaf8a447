"""Turn a checked corpus into Arrow tables, one per schema table, sorted by primary key."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from china_iom.corpus import Corpus
from china_iom.registry import Registry, surface_forms
from china_iom.schema import TABLES, Table

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32()}

# Registry key -> table column, where they differ.
_RENAMES = {
    "parent": "parent_id", "broader": "broader_topic_id",
    "proposed_by_person": "proposed_by_person_id", "proposed_by_organization": "proposed_by_organization_id",
}
_REGISTRY_TABLES = (("people", "people", "person"), ("organizations", "organizations", "organization"),
                    ("places", "places", "place"), ("topics", "topics", "topic"))


def arrow_schema(table: Table) -> pa.Schema:
    """Arrow schema of a table, nullability from ``required``."""
    return pa.schema([pa.field(f.name, ARROW_TYPES[f.type], nullable=not f.required) for f in table.fields])


def to_arrow(table: Table, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table in schema column order, sorted by primary key."""
    columns = {name: [] for name in table.field_names}
    for row in rows:
        for name, values in columns.items():
            values.append(row.get(name))
    arrow = pa.table(columns, schema=arrow_schema(table))
    return arrow.sort_by([(key, "ascending") for key in table.primary_key])


def _registry_rows(registry: Registry, key: str) -> tuple[list[dict], list[dict]]:
    entities, aliases = [], []
    for entity_id, entity in registry.entries.items():
        data = {_RENAMES.get(k, k): v for k, v in entity.model_dump().items()}
        data[f"{key}_id"] = entity_id
        entities.append(data)
        aliases.extend({f"{key}_id": entity_id, "alias": form} for form in surface_forms(entity))
    return entities, aliases


def build_tables(corpus: Corpus) -> dict[str, pa.Table]:
    """Every table of the package, keyed by table name."""
    rows: dict[str, list[dict]] = {table.name: [] for table in TABLES}
    for kind, table_name, key in _REGISTRY_TABLES:
        entities, aliases = _registry_rows(corpus.registries.get(kind), key)
        rows[table_name].extend(entities)
        rows[f"{key}_aliases"].extend(aliases)
    for article in corpus.articles:
        for table_name, table_rows in article.rows.items():
            rows[table_name].extend(table_rows)
    return {table.name: to_arrow(table, rows[table.name]) for table in TABLES}
