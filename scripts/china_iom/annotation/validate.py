"""Check a parsed YAML document against a pydantic model, reporting file and line."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from china_iom import schema
from china_iom.annotation.yamlsource import YamlDoc
from china_iom.errors import Problem, SeedError

M = TypeVar("M")

# Union branch tags pydantic inserts into locations: "str", "constrained-str", "Quote", "function-after[...]".
_BRANCH = re.compile(r"str|constrained-str|[A-Z]\w*|[\w-]+\[.*\]")
_SHAPES = {
    "model_type": "a mapping (key: value lines)",
    "dict_type": "a mapping (key: value lines)",
    "list_type": "a list (- item lines, or [a, b])",
}


def _location(err: dict) -> tuple[str | int, ...]:
    """Where in the document an error is, without union branch tags (an unknown key is always kept)."""
    loc = err["loc"]
    keep = loc[-1:] if err["type"] == "extra_forbidden" else ()
    head = loc[:-1] if keep else loc
    return (*(part for part in head if isinstance(part, int) or not _BRANCH.fullmatch(part)), *keep)


def _found(value: Any) -> str:
    if value is None:
        return "nothing (an empty value or file)"
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return f"{names.get(type(value), type(value).__name__)} {value!r}"[:80]


def _message(err: dict, loc: tuple[str | int, ...]) -> str:
    kind = err["type"]
    where = ".".join(str(part) for part in loc) or "document"
    if kind == "extra_forbidden":
        return f"{where}: unknown key (check its spelling against the annotation schema)"
    if kind == "missing":
        return f"{where}: required key is missing"
    if kind in _SHAPES:
        return f"{where}: expected {_SHAPES[kind]}, found {_found(err['input'])}"
    if kind == "string_pattern_mismatch" and err["ctx"]["pattern"] == f"^{schema.ID_PATTERN}$":
        return (
            f"{where}: {err['input']!r} is not a valid id; use lower-case letters, digits and hyphens "
            "(e.g. qin-gang-vitorino-2023-04-03)"
        )
    if kind == "string_pattern_mismatch":
        return f"{where}: {err['input']!r} does not match the pattern {err['ctx']['pattern']}"
    if kind == "value_error":
        return f"{where}: {err['ctx']['error']}"
    return f"{where}: {err['msg']}"


@cache
def _adapter(model: type) -> TypeAdapter:
    """One adapter per model: building it compiles the validator, which is slow."""
    return TypeAdapter(model)


def validate(doc: YamlDoc, model: type[M] | TypeAdapter) -> M:
    """``doc.data`` as ``model``, or SeedError listing every problem with its line."""
    adapter = model if isinstance(model, TypeAdapter) else _adapter(model)
    try:
        return adapter.validate_python(doc.data)
    except ValidationError as exc:
        problems, seen = [], set()
        for err in exc.errors():
            loc = _location(err)
            message = _message(err, loc)
            if (loc, message) not in seen:
                seen.add((loc, message))
                problems.append(Problem(doc.path, doc.line(loc), message))
        raise SeedError(_without_union_noise(problems)) from None


def _without_union_noise(problems: list[Problem]) -> list[Problem]:
    """A quote may be a string or a mapping; report only the mapping's complaint when both fail."""
    return [p for p in problems if "Input should be a valid string" not in p.message] or problems
