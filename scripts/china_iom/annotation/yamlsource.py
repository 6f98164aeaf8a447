"""Safe YAML loading that remembers the line of every value.

Only plain data is constructed: mappings, lists, strings, numbers, booleans and
nulls. Any other tag (``!!python/...``, ``!!binary``, ``!!set``, custom tags) is an
error, so a seed file cannot build objects. Anchors and aliases (``&jan2020`` ...
``*jan2020``) may share a value between items; an alias that contains itself, or a
document that expands to more than ``MAX_VALUES`` values (a billion-laughs bomb), is
an error. Dates stay strings so that reduced-precision ISO dates such as
``2019-01`` keep their form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from china_iom.errors import Problem, SeedError

Path_ = tuple[str | int, ...]

PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map"))
MAX_DEPTH = 50
MAX_VALUES = 200_000
_STR = "tag:yaml.org,2002:str"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters but tab, LF and CR
_BREAKS = re.compile("[\n\x85\u2028\u2029]")  # line breaks to YAML; only LF counts for editors and messages


class _PlainLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp resolver (dates stay strings) or deep nesting."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self.depth >= MAX_DEPTH:
            raise yaml.MarkedYAMLError(
                problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=self.peek_event().start_mark
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=1 << 16)
def _plain_scalar_tag(value: str) -> str:
    """PyYAML's tag for a plain scalar, by _PlainLoader's implicit resolvers (a loader without path resolvers)."""
    return yaml.resolver.BaseResolver.resolve(_RESOLVER, yaml.ScalarNode, value, (True, False))


_RESOLVER = object.__new__(_PlainLoader)  # only its class attributes (resolvers) are read
assert not _PlainLoader.yaml_path_resolvers


class _FastLoader(getattr(yaml, "CSafeLoader", _PlainLoader)):  # type: ignore[misc]
    """The same resolvers on libyaml's parser where available: same nodes and lines, several times faster.
    Its composer is C code, so nesting depth is checked by the walk instead. A plain scalar's tag is
    resolved once per distinct value (keys and small values repeat in every file)."""

    yaml_implicit_resolvers = _PlainLoader.yaml_implicit_resolvers

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            return _plain_scalar_tag(value)
        return super().resolve(kind, value, implicit)


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML file: its data and the 1-based line of each value path (a mapping value: its key's line)."""

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


def _fail(node: yaml.Node, problem: str) -> None:
    raise yaml.MarkedYAMLError(problem=problem, problem_mark=node.start_mark)


def _plain(node: yaml.Node) -> yaml.Node:
    """``node`` if its tag is plain data; a located error for any other tag."""
    if node.tag not in PLAIN_TAGS:
        _fail(
            node,
            f"tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed; write plain strings, numbers, lists and mappings",
        )
    return node


@dataclass
class _Walk:
    """State of one document's walk: lines found, values made, and the nodes on the current path."""

    loader: yaml.BaseLoader
    lines: dict[Path_, int]
    made: int = 0
    open: set[int] | None = None

    def data(self, node: yaml.Node, loc: Path_, line: int = 0) -> Any:
        """Plain data of ``node``; records the line of each value (a mapping value: the line of its key)."""
        self.lines[loc] = line or node.start_mark.line + 1
        self.made += 1
        if self.made > MAX_VALUES:
            _fail(node, f"the document expands to more than {MAX_VALUES} values (aliases inside aliases?)")
        if len(loc) > MAX_DEPTH:
            _fail(node, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(_plain(node), yaml.ScalarNode):
            # a plain string is its own value: skip the constructor's bookkeeping (the hot path)
            return node.value if node.tag == _STR else self.loader.construct_object(node)
        self.open = self.open or set()
        if id(node) in self.open:
            _fail(node, "an alias refers to a value that contains it")
        self.open.add(id(node))
        try:
            return (
                self._mapping(node, loc)
                if isinstance(node, yaml.MappingNode)
                else [self.data(item, (*loc, i)) for i, item in enumerate(node.value)]
            )
        finally:
            self.open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Path_) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            # a plain string key is its own value, as for scalar values
            key = key_node.value if key_node.tag == _STR else self.loader.construct_object(_plain(key_node))
            if not isinstance(key, str):
                _fail(key_node, f"mapping key {key!r} is not a string")
            if key in out:
                _fail(key_node, f"duplicate key {key!r}")
            out[key] = self.data(value_node, (*loc, key), key_node.start_mark.line + 1)
        return out


def _explain(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's complaint, with its context and a hint for the common slips."""
    message = " ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
    if "'\\t'" in message:
        message += "; indent with spaces, not tabs"
    return message


def parse_yaml(text: str, path: Path) -> YamlDoc:
    """Parse one YAML document, raising SeedError with the file and line on failure."""
    try:
        return _parse(text, path, _FastLoader)
    except SeedError:
        return _parse(text, path, _PlainLoader)  # libyaml words its errors differently: report PyYAML's


def _editor_lines(text: str) -> list[int] | None:
    """Editor line (0-based) of each YAML line, where the text has line breaks that only YAML counts
    (U+0085, U+2028, U+2029); None where the two agree."""
    if not re.search("[\x85\u2028\u2029]", text):
        return None
    lines, line = [0], 0
    for found in _BREAKS.finditer(text):
        line += found.group() == "\n"
        lines.append(line)
    return lines


def _parse(text: str, path: Path, loader_class: type[yaml.BaseLoader]) -> YamlDoc:
    editor = _editor_lines(text)
    loader = None
    try:
        loader = loader_class(text)
        root = loader.get_single_node()
        lines: dict[Path_, int] = {}
        data = _Walk(loader, lines).data(root, ()) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (editor[mark.line] if editor else mark.line) + 1 if mark else None
        raise SeedError([Problem(path, line, f"invalid YAML: {_explain(exc)}")]) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise SeedError(
            [Problem(path, line, f"invalid YAML: control character U+{exc.character:04X} is not allowed; remove it")]
        ) from None
    except yaml.YAMLError as exc:
        raise SeedError([Problem(path, None, f"invalid YAML: {exc}")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if editor is not None:
        lines = {loc: editor[line - 1] + 1 for loc, line in lines.items()}
    return YamlDoc(path, data, lines)


def read_yaml(path: Path) -> YamlDoc:
    """Read and parse a UTF-8 YAML file."""
    return parse_yaml(read_utf8(path), path)


def read_utf8(path: Path) -> str:
    """Read a file as strict UTF-8 with LF line ends, or raise SeedError saying why not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SeedError(
            [Problem(path, None, f"cannot read the file ({exc.strerror}); create it or fix its permissions")]
        ) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raise SeedError([Problem(path, 1, "file starts with a UTF-8 byte-order mark; save it without BOM")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SeedError([Problem(path, line, f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8")]) from None
    if problem := text_problem(path, text):
        raise SeedError([problem])
    return text


def text_problem(path: Path, text: str) -> Problem | None:
    """What makes ``text`` unfit for a seed file: a carriage return or another control character."""
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        return Problem(path, line, "carriage return found; use LF (Unix) line ends")
    if control := CONTROL.search(text):
        line = text[: control.start()].count("\n") + 1
        return Problem(
            path,
            line,
            f"control character U+{ord(control.group()):04X} is not allowed; remove it (tabs and line breaks are fine)",
        )
    return None
