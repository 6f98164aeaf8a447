"""Check a parsed YAML document against a pydantic model, reporting file and line."""

from __future__ import annotations

from functools import lru_cache
from typing import TypeVar

from pydantic import TypeAdapter, ValidationError

from china_iom.errors import Problem, SeedError
from china_iom.yamlsource import YamlDoc

M = TypeVar("M")


def _location(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    # pydantic inserts union branch names ("str", "Quote") into locations; drop them.
    return tuple(part for part in loc if isinstance(part, int) or not part[:1].isupper() and part not in ("str",))


def _message(err: dict) -> str:
    where = ".".join(str(part) for part in _location(err["loc"])) or "document"
    if err["type"] == "extra_forbidden":
        return f"{where}: unknown key (check its spelling against the annotation schema)"
    if err["type"] == "missing":
        return f"{where}: required key is missing"
    return f"{where}: {err['msg']}"


@lru_cache(maxsize=None)
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
            loc = _location(err["loc"])
            message = _message(err)
            if (loc, message) not in seen:
                seen.add((loc, message))
                problems.append(Problem(doc.path, doc.line(loc), message))
        raise SeedError(_without_union_noise(problems)) from None


def _without_union_noise(problems: list[Problem]) -> list[Problem]:
    """A quote may be a string or a mapping; report only the mapping's complaint when both fail."""
    return [p for p in problems if "Input should be a valid string" not in p.message] or problems

