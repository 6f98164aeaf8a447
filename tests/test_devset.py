"""The development set: every part builds as a seeds tree over seeds/registry plus the set's overlay."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from china_iom.build.seed_rows import load_corpus
from china_iom.drafting.evalset import materialise, parts
from china_iom.drafting.extract import read_source
from china_iom.errors import SeedError
from conftest import SEEDS

DEVSET = Path(__file__).parent / "devset"


def test_the_set_has_a_dev_part_and_held_out_parts_of_enough_articles():
    sizes = {part.name: len(list(part.glob("*.yaml"))) for part in parts(DEVSET)}
    assert sum(sizes.values()) >= 25 and sizes["dev"] >= 15
    fresh = ("fresh", *(f"fresh{n}" for n in range(2, 19)))
    assert {"heldout", *fresh} <= set(sizes)
    assert sizes["heldout"] >= 10
    assert all(sizes[part] >= 12 for part in fresh)


@pytest.mark.parametrize("part", parts(DEVSET), ids=lambda part: part.name)
def test_each_part_builds_over_the_seeds_registry_and_the_overlay(part, tmp_path):
    materialise(DEVSET, part, SEEDS / "registry", tmp_path / "tree")
    corpus = load_corpus(tmp_path / "tree")
    assert len(corpus.articles) == len(list(part.glob("*.yaml")))


@pytest.mark.parametrize("part", parts(DEVSET), ids=lambda part: part.name)
def test_each_saved_page_is_stored_as_add_would_store_it(part):
    for page in sorted(part.glob("*.html")):
        url = yaml.safe_load(page.with_suffix(".yaml").read_text(encoding="utf-8"))["article"].get("url")
        assert read_source(page, url).text == page.with_suffix(".txt").read_text(encoding="utf-8"), page.name


def test_an_overlay_entry_may_not_redefine_a_seeds_entry(tmp_path):
    overlay = tmp_path / "set"
    (overlay / "registry").mkdir(parents=True)
    (overlay / "part").mkdir()
    (overlay / "registry" / "people.yaml").write_text("- {id: qin-gang, name: Qin Gang}\n", encoding="utf-8")
    with pytest.raises(SeedError, match="already in seeds/registry"):
        materialise(overlay, overlay / "part", SEEDS / "registry", tmp_path / "tree")
