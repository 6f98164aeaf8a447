"""Shared fixtures: the repository's seeds, a fresh build of them, and seed-tree copies to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from china_iom.build import build
from china_iom.synth import synth

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SYNTHETIC = 30  # articles in the shared synthetic tree


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


def make_synthetic(factory: pytest.TempPathFactory, seed: int) -> Path:
    """A new synthetic seeds tree of SYNTHETIC articles."""
    tree = factory.mktemp(f"synth-{seed}") / "seeds"
    synth(SYNTHETIC, tree, SEEDS, seed=seed)
    return tree


def make_build(factory: pytest.TempPathFactory, seeds: Path) -> Path:
    """``seeds`` built into a new folder, serially and without a cache."""
    out = factory.mktemp("synth-build")
    build(seeds, out, jobs=1, cache=None)
    return out


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic seeds tree (shared: copy it to change it)."""
    return make_synthetic(tmp_path_factory, seed=7)


@pytest.fixture(scope="session")
def synthetic_build(synthetic: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic tree built (shared: copy it to change it)."""
    return make_build(tmp_path_factory, synthetic)


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds with ``jobs`` > 1 use worker processes however few the articles."""
    from china_iom import pool

    monkeypatch.setattr(pool, "PARALLEL_FROM", 2)
