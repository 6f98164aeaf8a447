"""Packages built with ``--include-drafts``: written only to a folder of their own, never called valid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from china_iom.errors import Problem, SeedError
from china_iom.root import MARKER

MARK = "includesDrafts"  # descriptor property of a package built with unconfirmed items


def refuse_published(out: Path) -> None:
    """SeedError if ``out`` is a project's root or holds a package built without drafts."""
    descriptor = out / "datapackage.json"
    if (out / MARKER).is_dir() or (descriptor.is_file() and not includes_drafts(descriptor)):
        raise SeedError(
            [
                Problem(
                    out,
                    None,
                    "--include-drafts never writes the published package (or any package "
                    "built without drafts); build the drafts into <root>/build/drafts (the default "
                    "--out) or another folder of their own",
                )
            ]
        )


def mark(descriptor: dict[str, Any]) -> dict[str, Any]:
    """The descriptor of a package that holds unconfirmed items, saying so."""
    return {**descriptor, MARK: True, "title": f"{descriptor['title']} (DRAFT: unconfirmed items included)"}


def includes_drafts(descriptor: Path) -> bool:
    """Whether the package of ``descriptor`` was built with ``--include-drafts``."""
    try:
        return json.loads(descriptor.read_bytes()).get(MARK) is True
    except (OSError, ValueError, AttributeError):
        return False


def draft_package_problems(root: Path) -> list[Problem]:
    """A problem if the package at ``root`` holds unconfirmed items."""
    descriptor = root / "datapackage.json"
    if not includes_drafts(descriptor):
        return []
    return [
        Problem(
            descriptor,
            None,
            "built with --include-drafts: it holds unconfirmed (proposed) items and is "
            "never valid; confirm every proposed item, then run china-iom build and check the published "
            "package",
        )
    ]
