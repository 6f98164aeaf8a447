"""Shared fixtures: the repository's seeds, a fresh build of them, and seed-tree copies to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from china_iom.build.command import build
from china_iom.synthetic import synth

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SYNTHETIC = 30  # articles in the shared synthetic tree
SEED = 11  # its seed


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


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic seeds tree of SYNTHETIC articles (shared: copy it to change it). Seed 11: its
    meeting_sources are not in article order, so the own checks' path for such tables runs."""
    tree = tmp_path_factory.mktemp("synth") / "seeds"
    synth(SYNTHETIC, tree, SEEDS, seed=SEED)
    return tree


@pytest.fixture(scope="session")
def synthetic_build(synthetic: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic tree built, serially and without a cache (shared: copy it to change it)."""
    out = tmp_path_factory.mktemp("synth-build")
    build(synthetic, out, jobs=1, cache=None)
    return out


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds with ``jobs`` > 1 use worker processes however few the articles."""
    from china_iom.build import workers

    monkeypatch.setattr(workers, "PARALLEL_FROM", 2)
