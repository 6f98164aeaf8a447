"""Safe YAML loading that remembers the line of every value.

Only plain data is constructed (no Python objects, no tags); dates stay strings
so that reduced-precision ISO dates such as ``2019-01`` keep their form.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from china_iom.errors import Problem, SeedError

Path_ = tuple[str | int, ...]
_STR = "tag:yaml.org,2002:str"


class _PlainLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver: dates stay strings."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _FastLoader(getattr(yaml, "CSafeLoader", _PlainLoader)):  # type: ignore[misc]
    """The same loader on libyaml's parser where available: same nodes and lines, several times faster."""

    yaml_implicit_resolvers = _PlainLoader.yaml_implicit_resolvers


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML file: its data and the 1-based line of each value path."""

    path: Path
    data: Any
    lines: dict[Path_, int]

    def line(self, loc: Path_) -> int | None:
        """Line of the deepest known prefix of ``loc``."""
        for cut in range(len(loc), -1, -1):
            if loc[:cut] in self.lines:
                return self.lines[loc[:cut]]
        return None

    def problem(self, loc: Path_, message: str) -> Problem:
        """A problem located at ``loc`` in this file."""
        return Problem(self.path, self.line(loc), message)


def _walk(node: yaml.Node, loader: yaml.BaseLoader, loc: Path_, lines: dict[Path_, int]) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                raise yaml.MarkedYAMLError(problem=f"mapping key {key!r} is not a string",
                                           problem_mark=key_node.start_mark)
            if key in out:
                raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}",
                                           problem_mark=key_node.start_mark)
            out[key] = _walk(value_node, loader, (*loc, key), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, loader, (*loc, i), lines) for i, item in enumerate(node.value)]
    if node.tag == _STR:
        return node.value  # what the safe constructor returns for a string, without its bookkeeping
    return loader.construct_object(node)


def parse_yaml(text: str, path: Path) -> YamlDoc:
    """Parse one YAML document, raising SeedError with the file and line on failure."""
    try:
        return _parse(text, path, _FastLoader)
    except SeedError:
        return _parse(text, path, _PlainLoader)  # libyaml words its errors differently: report PyYAML's


def _parse(text: str, path: Path, loader_class: type[_PlainLoader]) -> YamlDoc:
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        lines: dict[Path_, int] = {}
        data = _walk(root, loader, (), lines) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SeedError([Problem(path, line, f"invalid YAML: {exc.problem or exc}")]) from None
    except yaml.YAMLError as exc:
        raise SeedError([Problem(path, None, f"invalid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    return YamlDoc(path, data, lines)


def read_yaml(path: Path) -> YamlDoc:
    """Read and parse a UTF-8 YAML file."""
    return parse_yaml(read_utf8(path), path)


def read_utf8(path: Path) -> str:
    """Read a file as strict UTF-8 with LF line ends, or raise SeedError saying why not."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise SeedError([Problem(path, 1, "file starts with a UTF-8 byte-order mark; save it without BOM")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SeedError([Problem(path, line, f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8")]) from None
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        raise SeedError([Problem(path, line, "carriage return found; use LF (Unix) line ends")])
    return text
