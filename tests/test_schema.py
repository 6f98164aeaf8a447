"""The table schemas obey the rules the package relies on."""

import re

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


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group (then ``^p$`` does not anchor each branch)."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


PATTERNS = [(f"{table}.{f.name}", f.pattern) for table, f in FIELDS if f.pattern]


@pytest.mark.parametrize(("field", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_every_pattern_is_one_group_of_ascii_digits(field, pattern):
    assert not _top_level_alternation(pattern), field
    assert "\\d" not in pattern, field


@pytest.mark.parametrize("value", ["2023-04-03xyz", "x2019", "٢٠٢٣-٠٤-٠٣", "2019-01-01-01"])
def test_the_date_pattern_refuses_what_frictionless_would_let_through(value):
    # Frictionless anchors a pattern as ^(?:pattern)$ or with re.match; both must refuse these.
    pattern = TABLES_BY_NAME["meetings"].fields[TABLES_BY_NAME["meetings"].field_names.index("date_start")].pattern
    assert re.match(f"^{pattern}$", value) is None and re.fullmatch(pattern, value) is None


@pytest.mark.parametrize("value", ["2023-04-03", "2023-W14", "2019-01", "2019"])
def test_the_date_pattern_accepts_every_precision(value):
    pattern = TABLES_BY_NAME["meetings"].fields[TABLES_BY_NAME["meetings"].field_names.index("date_start")].pattern
    assert re.match(f"^{pattern}$", value)
