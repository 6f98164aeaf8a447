"""Edit a registry file with ruamel.yaml's round trip: comments, flow and block styles, quoting and anchors
are kept, so an edit changes only what it adds (a flow list wrapped over lines is written on one line)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, MarkedYAMLError, YAMLError
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from china_iom.errors import Problem, SeedError

NewAlias = tuple[int, str, str]  # entry index, surface form, reason
NewEntry = tuple[dict[str, Any], str]  # fields, evidence
_NAME_KEYS = ("id", "name", "label", "acronym")


def edit_registry(text: str, path: Path, aliases: Iterable[NewAlias], entries: Iterable[NewEntry]) -> str:
    """``text`` of the registry at ``path`` with each alias added to its entry's ``aliases`` (with a
    ``# proposed alias`` comment) and each entry appended (``proposed: true``, its evidence in a comment)."""
    yaml, data = _load(text, path)
    entries = list(entries)
    if data is None and entries:
        data = CommentedSeq()
    for index, form, reason in aliases:
        _add_alias(data, data[index], form, f"# proposed alias {form!r}: {reason}")
    for fields, evidence in entries:
        _append(data, fields, f"proposed by china-iom add; evidence: ...{evidence}...")
    out = io.StringIO()
    yaml.dump(data, out)
    head = (
        text
        if text.strip() and not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())
        else ""
    )
    return head + out.getvalue()


def _load(text: str, path: Path) -> tuple[YAML, Any]:
    try:
        _, indent, offset = load_yaml_guess_indent(text)
        yaml = YAML()
        yaml.width = 4096  # never fold a long line anew
        yaml.preserve_quotes = True
        yaml.indent(mapping=indent or 2, sequence=(indent or 2) + (offset or 0), offset=offset or 0)
        return yaml, yaml.load(text)
    except YAMLError as exc:
        mark = exc.problem_mark if isinstance(exc, MarkedYAMLError) else None
        raise SeedError(
            [
                Problem(
                    path,
                    mark.line + 1 if mark else None,
                    f"cannot edit the registry: {exc}; fix the file, then run add again",
                )
            ]
        ) from None


def _shared(data: Any) -> set[int]:
    """Ids of the lists and mappings that appear more than once (anchored, then aliased)."""
    seen: Counter[int] = Counter()
    stack = [data]
    while stack:
        node = stack.pop()
        seen[id(node)] += 1
        if seen[id(node)] == 1:
            stack.extend(
                child
                for child in (node.values() if isinstance(node, dict) else node)
                if isinstance(child, (dict, list))
            )
    return {key for key, count in seen.items() if count > 1}


def _add_alias(data: Any, entry: CommentedMap, form: str, comment: str) -> None:
    forms = entry.get("aliases")
    flow = forms is None or not forms or bool(forms.fa.flow_style())
    if forms is None or id(forms) in _shared(data):
        copy = CommentedSeq(forms or [])
        if "aliases" in entry:
            entry["aliases"] = copy
        else:
            entry.insert(max(list(entry).index(k) for k in _NAME_KEYS if k in entry) + 1, "aliases", copy)
        forms = copy
    if flow:
        forms.fa.set_flow_style()  # an empty list is flow ([]) whatever ruamel recorded
    forms.append(form)
    if flow:
        _eol_comment(entry, "aliases", comment)
    else:
        _eol_comment(forms, len(forms) - 1, comment, moved_from=len(forms) - 2)


def _eol_comment(node: CommentedMap | CommentedSeq, key: Any, comment: str, moved_from: Any = None) -> None:
    """``comment`` at the end of ``key``'s line; what followed the line (blank and comment lines) stays after it,
    and what followed item ``moved_from`` (the last item before ``key`` was appended) now follows ``key``."""
    slot = 2 if isinstance(node, CommentedMap) else 0
    old = node.ca.items.get(key if moved_from is None else moved_from)
    value = old[slot].value if old and old[slot] else "\n"
    cut = value.find("\n") % (len(value) + 1)
    mine, rest = value[:cut].rstrip(), value[cut:] or "\n"
    if moved_from is not None:
        old[slot] = CommentToken(f"{mine}\n", CommentMark(0)) if mine else None
        mine = ""
    node.ca.items.setdefault(key, [None] * 4)[slot] = CommentToken(
        f"{mine}  {comment}{rest}" if mine else f" {comment}{rest}", CommentMark(0)
    )


def _append(data: CommentedSeq, fields: dict[str, Any], comment: str) -> None:
    entry = CommentedMap((key, _flow(value) if isinstance(value, list) else value) for key, value in fields.items())
    entry["proposed"] = True
    data.append(entry)
    data.yaml_set_comment_before_after_key(len(data) - 1, before=f"\n{comment}", indent=0)


def _flow(values: list) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq
