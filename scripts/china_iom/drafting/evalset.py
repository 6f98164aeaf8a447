"""An evaluation set: parts of written articles with confirmed annotations, over seeds/registry plus an overlay.

Layout of a set folder (``tests/devset`` is the one in the repository)::

    registry/{people,organizations,places,topics}.yaml   entries the set adds to seeds/registry
    registry/aliases.yaml                                extra surface forms of seeds/registry entries
    <part>/<id>.txt, <id>.yaml [, <id>.html]             one folder per part (dev, heldout)

An article with a saved page (``<id>.html``) is drafted from the page, as ``add`` would; its ``.txt``
is the text ``add`` stores from it. ``materialise`` writes one part as an ordinary seeds tree (the
registries merged) so that the build's own checks confirm the annotations.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from china_iom.annotation.models import REGISTRIES
from china_iom.errors import Problem, SeedError


def parts(set_dir: Path) -> list[Path]:
    """The set's parts: sub-folders holding annotated articles, by name."""
    if not (set_dir / "registry").is_dir():
        raise SeedError(
            [
                Problem(
                    set_dir,
                    None,
                    "not an evaluation set: no registry/ folder (see tests/devset/README.md for the layout)",
                )
            ]
        )
    return sorted(p for p in set_dir.iterdir() if p.is_dir() and p.name != "registry" and any(p.glob("*.yaml")))


def _entries(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data is not None and not isinstance(data, (list, dict)):
        raise SeedError([Problem(path, 1, "expected a list of entries (or, for aliases.yaml, a mapping)")])
    return data or []


def materialise(set_dir: Path, part: Path, seeds_registry: Path, dest: Path) -> None:
    """Write ``part`` as a seeds tree at ``dest``: its articles, and seeds/registry with the set's overlay."""
    extra = _entries(set_dir / "registry" / "aliases.yaml") or {}
    (dest / "registry").mkdir(parents=True)
    for kind in REGISTRIES:
        base = _entries(seeds_registry / f"{kind}.yaml")
        added = _entries(set_dir / "registry" / f"{kind}.yaml")
        clash = {e["id"] for e in base} & {e["id"] for e in added}
        if clash:
            raise SeedError(
                [
                    Problem(
                        set_dir / "registry" / f"{kind}.yaml",
                        None,
                        f"ids already in seeds/registry: "
                        f"{sorted(clash)}; give their extra forms in aliases.yaml instead",
                    )
                ]
            )
        for entry in base:
            entry["aliases"] = [*entry.get("aliases", []), *extra.get(kind, {}).get(entry["id"], [])]
        (dest / "registry" / f"{kind}.yaml").write_text(
            yaml.safe_dump(base + added, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    for path in part.iterdir():
        if path.suffix in (".txt", ".yaml", ".html"):
            shutil.copyfile(path, dest / path.name)
