"""The table schemas obey the rules the package relies on."""

import pytest

from china_iom.schema import TABLES, TABLES_BY_NAME

FIELDS = [(table.name, f) for table in TABLES for f in table.fields]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_table_has_a_primary_key_of_its_own_columns(table):
    assert table.primary_key and set(table.primary_key) <= set(table.field_names)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_primary_key_columns_are_required(table):
    assert all(f.required for f in table.fields if f.name in table.primary_key)


@pytest.mark.parametrize(("table", "field"), FIELDS, ids=lambda x: getattr(x, "name", x))
def test_every_field_has_a_description(table, field):
    assert field.description.strip()


@pytest.mark.parametrize(("table", "field"), FIELDS, ids=lambda x: getattr(x, "name", x))
def test_no_integer_column_is_optional(table, field):
    # Frictionless's Parquet reader turns a null integer into NaN and reports a type error.
    assert field.type != "integer" or field.required


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_foreign_keys_point_at_primary_keys(table):
    for fk in table.foreign_keys:
        assert tuple(fk.reference) == TABLES_BY_NAME[fk.resource].primary_key


def test_every_id_column_is_a_key_or_a_foreign_key():
    for table in TABLES:
        linked = set(table.primary_key) | {name for fk in table.foreign_keys for name in fk.fields}
        ids = {f.name for f in table.fields if f.name.endswith("_id")}
        assert ids <= linked, table.name
