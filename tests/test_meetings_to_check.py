"""The summary's sentences that may report a meeting the draft does not hold (drafting/meetings/unheld.py)."""

from __future__ import annotations

import pytest

from china_iom.annotation.registry import load_registries
from china_iom.drafting.add import add_article, summary
from china_iom.drafting.draft import draft_article
from conftest import SEEDS

LEAD = (
    "BEIJING, May 16 (Xinhua) -- Wang Hongbo, head of the National Immigration Administration (NIA), met with "
    "Helena Marsh, Deputy Director General of the International Organization for Migration (IOM), in Beijing on "
    "Tuesday.\n"
)


@pytest.fixture(scope="module")
def registries():
    return load_registries(SEEDS / "registry")


def _listed(text: str, registries) -> list[str]:
    draft = draft_article("t", text, registries, [])
    return [text[s:e] for s, e in draft.to_check]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials of the Yunnan Provincial Public Security Department were briefed by Ruth Ochieng, head of the "
        "Kenya Red Cross Society, on the return programme.",
        "The two sides agreed that Zhou Lan of the Ministry of Public Security would attend the next round in Nairobi.",
        "Carlos Mendez, Director of the Border Police of Peru, was shown the smart clearance lanes at the Mohan port "
        "by the delegation on Saturday.",
    ],
)
def test_a_sentence_about_a_meeting_with_someone_the_draft_lacks_is_listed(sentence, registries):
    assert _listed(LEAD + sentence + "\n", registries) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # added to the talks just drafted: nobody new
        "Li Ming, director of the NIA's Department of International Cooperation, also attended the talks.",
        # the meeting word is inside a name
        "Both sides agreed to cooperate under the Forum on China-Africa Cooperation.",
        # a question
        "Will Ruth Ochieng of the Kenya Red Cross Society visit Yunnan?",
        # no person or organization named
        "The visit was the first of its kind.",
        # names someone new, but no word that reports a meeting
        "Ruth Ochieng of the Kenya Red Cross Society praised the programme.",
    ],
)
def test_a_sentence_that_adds_nothing_is_not_listed(sentence, registries):
    assert _listed(LEAD + sentence + "\n", registries) == []


def test_a_sentence_a_meeting_was_drafted_from_is_not_listed(registries):
    assert _listed(LEAD, registries) == []


def test_the_summary_gives_each_listed_sentence_with_its_line(seeds_copy, tmp_path):
    source = tmp_path / "new.txt"
    sentence = "Officials of the Kenya Red Cross Society were briefed by Ruth Ochieng, its head, on Saturday."
    source.write_text("IOM and China\n\n" + LEAD + "\n" + sentence + "\n", encoding="utf-8")
    text = summary(add_article(source, seeds_copy))
    assert f"line 5 may report a meeting the draft does not hold: {sentence!r}" in text
