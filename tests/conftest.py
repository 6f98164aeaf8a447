"""Shared fixtures: the repository's seeds, a fresh build of them, and seed-tree copies to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from china_iom.build import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built from the repository's seeds into a temporary folder."""
    out = tmp_path_factory.mktemp("fresh")
    build(SEEDS, out)
    return out


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A copy of the repository's seeds tree that a test may break."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
