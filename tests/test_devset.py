"""The development set: both parts build as seeds trees over seeds/registry plus the set's overlay."""

from __future__ import annotations

from pathlib import Path

import pytest

from china_iom.build.seed_rows import load_corpus
from china_iom.drafting.evalset import materialise, parts
from china_iom.errors import SeedError
from conftest import SEEDS

DEVSET = Path(__file__).parent / "devset"


def test_the_set_has_a_dev_and_a_held_out_part_of_enough_articles():
    sizes = {part.name: len(list(part.glob("*.yaml"))) for part in parts(DEVSET)}
    assert sizes["dev"] + sizes["heldout"] >= 25 and sizes["heldout"] >= 10


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_each_part_builds_over_the_seeds_registry_and_the_overlay(name, tmp_path):
    materialise(DEVSET, DEVSET / name, SEEDS / "registry", tmp_path / "tree")
    corpus = load_corpus(tmp_path / "tree")
    assert len(corpus.articles) == len(list((DEVSET / name).glob("*.yaml")))


def test_an_overlay_entry_may_not_redefine_a_seeds_entry(tmp_path):
    overlay = tmp_path / "set"
    (overlay / "registry").mkdir(parents=True)
    (overlay / "part").mkdir()
    (overlay / "registry" / "people.yaml").write_text("- {id: qin-gang, name: Qin Gang}\n", encoding="utf-8")
    with pytest.raises(SeedError, match="already in seeds/registry"):
        materialise(overlay, overlay / "part", SEEDS / "registry", tmp_path / "tree")
