"""`china-iom add`: each detector on sentences written for the test, then add -> confirm -> build end to end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from china_iom.annotation.quotes import resolve
from china_iom.annotation.registry import load_registries
from china_iom.annotation.sentences import split_sentences
from china_iom.build.command import build
from china_iom.check.command import check
from china_iom.drafting.add import add_article
from china_iom.drafting.body import find_layout
from china_iom.drafting.detect_candidates import organization_candidates, person_candidates
from china_iom.drafting.detect_dates import Anchor, find_dates
from china_iom.drafting.detect_speakers import EntitySpan, speakers
from china_iom.drafting.draft import OtherArticle, draft_article
from china_iom.drafting.extract import read_source
from china_iom.drafting.matcher import AliasMatcher
from china_iom.drafting.meetings.propose import propose_meetings
from china_iom.drafting.quote_selectors import minimal_selector
from china_iom.errors import SeedError
from conftest import SEEDS

THURSDAY = Anchor(dt.date(2024, 3, 7), "the publication date 2024-03-07")


@pytest.fixture(scope="module")
def registries():
    return load_registries(SEEDS / "registry")


# --- matcher -----------------------------------------------------------------------------------------------


def test_matcher_finds_all_caps_family_name_after_an_honorific(registries):
    text = "The envoy was received by H.E.\u00a0QIN Gang, who spoke first."
    people = [m for m in AliasMatcher(registries).find(text) if m.kind == "people"]
    assert [(m.entity_id, m.quote, m.registered) for m in people] == [("qin-gang", "QIN Gang", True)]


def test_matcher_tolerates_accents_and_flags_unregistered_forms(registries):
    text = "ANTONIO  VITORINO opened the session."
    [match] = [m for m in AliasMatcher(registries).find(text) if m.kind == "people"]
    assert (match.entity_id, match.quote, match.registered) == ("antonio-vitorino", "ANTONIO  VITORINO", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xu said the NIA would help.", [("xu-ganlu", "Xu")]),
        ("Xu Ganlu met the envoy.", [("xu-ganlu", "Xu Ganlu")]),
        ("Xu, Vice Minister, spoke.", [("xu-ganlu", "Xu")]),
        ("Xu Meets Envoy in Beijing", [("xu-ganlu", "Xu")]),  # a headline's next word is no given name
        ("Professor Xu Wei of Fudan University said.", []),  # another Xu, named in full
        ("Minister Xu Jianguo met the envoy.", []),
    ],
)
def test_matcher_takes_no_short_form_of_a_person_that_a_given_name_in_pinyin_follows(registries, text, expected):
    people = [(m.entity_id, m.quote) for m in AliasMatcher(registries).find(text) if m.kind == "people"]
    assert people == expected


def test_matcher_prefers_the_longest_form_and_respects_word_boundaries(registries):
    text = "Delegates of the International Organization for Migration met in Biomass Hall; IOMs are not IOM."
    orgs = [(m.entity_id, m.quote) for m in AliasMatcher(registries).find(text) if m.kind == "organizations"]
    assert orgs == [("iom", "International Organization for Migration"), ("iom", "IOM")]


def test_matcher_keeps_a_topic_inside_an_organization_name_separate(registries):
    text = "They backed the Sustainable Development Goals of the United Nations."
    found = {(m.kind, m.quote) for m in AliasMatcher(registries).find(text)}
    assert {("topics", "Sustainable Development Goals"), ("organizations", "United Nations")} <= found


# --- candidates ---------------------------------------------------------------------------------------------


def test_person_after_honorific_is_a_candidate():
    text = "The delegation called on H.E. BORG Annika, Minister of Labour, in the morning."
    assert [c.name for c in person_candidates(text)] == ["BORG Annika"]


def test_person_before_an_appositive_title_is_a_candidate():
    text = "Talks were chaired by Miriam Okafor, deputy director of the regional bureau."
    [candidate] = person_candidates(text)
    assert candidate.name == "Miriam Okafor" and candidate.cue.startswith("appositive")


def test_organization_spelled_by_its_acronym_in_brackets():
    text = "Officials of the Chairman of the Andean Mobility Cooperation Agency (AMCA) joined the forum."
    [candidate] = organization_candidates(text)
    assert (candidate.name, candidate.acronym) == ("Andean Mobility Cooperation Agency", "AMCA")


def test_organization_with_a_head_word_and_titles_trimmed():
    text = "She met the Commissioner of the Nordic Border Agency and the Ministry of Labour of Estonia."
    names = [c.name for c in organization_candidates(text)]
    assert names == ["Nordic Border Agency", "Ministry of Labour of Estonia"]


def test_near_spelling_of_a_known_name_becomes_a_proposed_alias(registries):
    xu = registries.people.entries["xu-ganlu"]
    trimmed = xu.model_copy(update={"aliases": [a for a in xu.aliases if a != "Xu Galu"]})
    people = registries.people.entries | {"xu-ganlu": trimmed}
    reduced = dataclasses.replace(registries, people=dataclasses.replace(registries.people, entries=people))
    text = "Border talks open\n\nGeneva - Vice Minister Xu Galu met with regional officials on Monday to review cooperation.\n"
    draft = draft_article("900_test", text, reduced, [])
    assert [(a.entity_id, a.form) for a in draft.new_aliases] == [("xu-ganlu", "Xu Galu")]
    assert not [e for e in draft.new_entries if e.kind == "people"]
    assert [(m.entity_id, text[m.start : m.end]) for m in draft.mentions if m.kind == "people"] == [
        ("xu-ganlu", "Xu Galu")
    ]


# --- dates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "precision", "basis"),
    [
        ("June 25, 2021", "2021-06-25", "day", "stated"),
        ("4 July, 2019", "2019-07-04", "day", "stated"),
        ("March 2022", "2022-03", "month", "stated"),
        ("Jan 9", "2024-01-09", "day", "relative"),
        ("December 30", "2023-12-30", "day", "relative"),
        ("on Monday", "2024-03-04", "day", "relative"),
        ("yesterday", "2024-03-06", "day", "relative"),
        ("this week", "2024-W10", "week", "relative"),
        ("last month", "2024-02", "month", "relative"),
    ],
)
def test_date_phrases_resolve_against_a_thursday_publication(phrase, value, precision, basis):
    text = f"The two sides agreed {phrase} to meet again."
    [found] = find_dates(text, anchor=THURSDAY)
    assert (found.quote.removeprefix("on "), found.value, found.precision, found.basis) == (
        phrase.removeprefix("on "),
        value,
        precision,
        basis,
    )
    assert basis == "stated" or "2024-03-07" in found.note


def test_a_date_without_year_and_without_anchor_stays_unresolved():
    [found] = find_dates("They met on Jan 9 in Lima.")
    assert found.value is None and "no year" in found.note


def test_a_day_range_keeps_its_end():
    [found] = find_dates("The course ran from May 3 to 7, 2018 in Quito.")
    assert (found.value, found.end_value, found.precision) == ("2018-05-03", "2018-05-07", "day")


# --- body, speakers, meetings -------------------------------------------------------------------------------

PAGE = """Regional forum ends in Lima
Home
News
Share on facebook
Print this page
LIMA, Nov 14 (Andina) -- Labour ministers from six countries met on Tuesday to agree on a regional plan for safe migration.
The plan will be reviewed next year by a working group of experts from each country.
Notice: This translation is provided for reference only.
For more information, please contact
Tel. +51 1 555 0101
"""


def test_layout_leaves_out_menus_share_buttons_notices_and_contacts():
    layout = find_layout(PAGE)
    body = PAGE[layout.body[0] : layout.body[1]]
    assert body.startswith("LIMA, Nov 14 (Andina) --") and body.endswith("experts from each country.")
    assert PAGE[layout.title[0] : layout.title[1]] == "Regional forum ends in Lima"
    assert PAGE[layout.dateline[0] : layout.dateline[1]].startswith("LIMA, Nov 14")


def test_html_page_navigation_is_dropped(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Envoy visits Quito</title></head><body><nav><ul><li>Home</li><li>About us</li>"
        "<li>Contact</li></ul></nav><article><h1>Envoy visits Quito</h1><p>Quito - The special envoy of the "
        "regional migration office visited Quito on Friday and met with the mayor to discuss shelters.</p>"
        "<p>The envoy said the shelters would receive more support from partners next year.</p></article>"
        "<footer>About us | Contact | Privacy</footer></body></html>",
        encoding="utf-8",
    )
    source = read_source(page)
    assert source.title == "Envoy visits Quito"
    assert "visited Quito on Friday" in source.text and "Privacy" not in source.text and "About us" not in source.text


@pytest.mark.parametrize(
    "text, count",
    [
        ("Rong met Pol. Lt. Gen. Kit Saen and Brig. Gen. Sok Phe. The two sides signed minutes.", 2),
        ("Maj. Gen. Do Hai and Capt. Ana Ruiz attended. Adm. Lee Kan spoke. Hon. Mary Oduya thanked them.", 3),
        ("Supt. Wu Jie of the Insp. division met Rev. Tom Hale. Sgt. Pat Moore was present.", 2),
        ("The talks were held in the Col. Stevens Hall. He left.", 2),
        ("Officials met the police. Lt. Col. Jan Berg spoke.", 2),  # a rank opening a sentence still follows a stop
    ],
)
def test_ranks_and_honorifics_before_a_name_end_no_sentence(text, count):
    assert len(split_sentences(text)) == count


def test_speakers_follow_names_pronouns_and_reported_clauses():
    text = (
        "Nadia Sall said the compact matters. He stressed that rights come first. "
        "Cooperation should be deepened. Paulo Reis met reporters."
    )
    sentences = split_sentences(text)
    people = [EntitySpan("nadia-sall", 0, 10), EntitySpan("paulo-reis", text.index("Paulo"), text.index("Paulo") + 10)]
    assert speakers(text, sentences, people) == ["nadia-sall", "nadia-sall", "nadia-sall", None]


def test_talks_with_several_counterparts_give_one_meeting_each_dated_by_the_sentence():
    text = "Minister Ana Lobo held talks with Tom Berg and Eva Lind on Tuesday in Oslo."
    people = [
        EntitySpan(pid, text.index(name), text.index(name) + len(name))
        for pid, name in (("ana-lobo", "Ana Lobo"), ("tom-berg", "Tom Berg"), ("eva-lind", "Eva Lind"))
    ]
    meetings = propose_meetings(text, split_sentences(text), people, [], [], find_dates(text, anchor=THURSDAY), set())
    assert [(m.kind, m.participants, m.date.value) for m in meetings] == [
        ("bilateral_talks", ["ana-lobo", "tom-berg"], "2024-03-05"),
        ("bilateral_talks", ["ana-lobo", "eva-lind"], "2024-03-05"),
    ]


def test_visit_to_a_country_after_a_city_dateline_is_a_trip_that_dates_the_talks_within_it():
    text = "Lima - Envoy Rosa Paz completed a visit to Peru this week. During the visit, she held talks with Tom Berg."
    spans = {"rosa-paz": "Rosa Paz", "tom-berg": "Tom Berg"}
    people = [EntitySpan(pid, text.index(name), text.index(name) + len(name)) for pid, name in spans.items()]
    places = [EntitySpan("lima", 0, 4), EntitySpan("peru", text.index("Peru"), text.index("Peru") + 4)]
    meetings = propose_meetings(
        text, split_sentences(text), people, [], places, find_dates(text, anchor=THURSDAY), {"peru"}
    )
    trip, talks = meetings
    assert (trip.kind, trip.place, talks.parent, talks.date.value) == ("trip", "peru", 0, trip.date.value)


def test_minimal_selector_adds_context_only_when_needed():
    text = "IOM said so. The IOM report and the IOM office."
    first = minimal_selector(text, (0, 3))
    third = (text.rindex("IOM"), text.rindex("IOM") + 3)
    assert (first.prefix, first.suffix, first.occurrence) == ("", " said", None)
    assert resolve(text, minimal_selector(text, third)) == third
    assert minimal_selector(text, (4, 8)).exact == "said" and minimal_selector(text, (4, 8)).suffix == ""


def test_republished_text_is_flagged(registries):
    text = PAGE.replace("six countries", "six member countries")
    draft = draft_article("900_test", text, registries, [OtherArticle("050_other", PAGE, None)])
    assert draft.duplicates and draft.duplicates[0][0] == "050_other"


# --- end to end ---------------------------------------------------------------------------------------------

ARTICLE = """IOM and China discuss labour migration

Xinhua | 10:12, October 03, 2024

Share on wechat

GENEVA, Oct 2 (Xinhua) -- Chinese Vice Foreign Minister Ma Zhaoxu met on Tuesday with Lena Dahl, Deputy Director General of the International Organization for Migration (IOM), in Geneva.
Ma said China supports the Global Compact for Migration and will deepen South-South cooperation with the Andean Mobility Cooperation Agency (AMCA).
Dahl said the IOM welcomes the Global Development Initiative.

Notice: The English version is only for reference.
"""


def _confirm(seeds: Path) -> None:
    """What a person does after checking the draft: remove every proposed flag and proposed-alias comment."""
    for path in [*seeds.glob("*.yaml"), *(seeds / "registry").glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r", proposed: true\}", "}", text)
        text = re.sub(r"\n *proposed: true(?=\n)", "", text)
        text = re.sub(r"  # proposed alias .*", "", text)
        path.write_text(text, encoding="utf-8")


def test_add_confirm_build(seeds_copy, tmp_path):
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    next_number = len(list(seeds_copy.glob("*.txt")))
    added = add_article(source, seeds_copy, today=dt.date(2026, 1, 5))
    assert re.fullmatch(rf"{next_number:03d}_[0-9a-f]{{16}}", added.article_id)
    draft = added.yaml_path.read_text(encoding="utf-8")
    assert "proposed: true" in draft and "publisher: xinhua" in draft
    assert {e.fields["name"] for e in added.draft.new_entries} >= {"Lena Dahl", "Andean Mobility Cooperation Agency"}
    with pytest.raises(SeedError, match="draft"):
        build(seeds_copy, tmp_path / "refused")
    build(seeds_copy, tmp_path / "drafts", include_drafts=True)
    _confirm(seeds_copy)
    out = tmp_path / "out"
    build(seeds_copy, out)
    assert check(out, seeds_copy) == []
    meetings = (out / "data" / "meetings.csv").read_text(encoding="utf-8")
    # "Tuesday" read against the dateline "GENEVA, Oct 2", whose year comes from the byline
    assert '"ma-zhaoxu-lena-dahl-2024-10-01","bilateral_talks"' in meetings
    mentions = (out / "data" / "person_mentions.csv").read_text(encoding="utf-8")
    assert "lena-dahl" in mentions and "ma-zhaoxu" in mentions


def test_add_refuses_to_overwrite_or_store_the_same_text_twice(seeds_copy, tmp_path):
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    first = add_article(source, seeds_copy)
    with pytest.raises(SeedError, match="already"):
        add_article(source, seeds_copy, article_id=first.article_id)
    with pytest.raises(SeedError, match="exact text is already"):
        add_article(source, seeds_copy)
    with pytest.raises(SeedError, match="must match"):
        add_article(source, seeds_copy, article_id="bad id!")


def test_evaluate_scores_every_kind_on_the_annotated_seeds(capsys):
    from china_iom.cli import main

    assert main(["evaluate", "--seeds", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    for kind in ("known-entity mentions", "new-person candidates", "dates", "meetings", "topic mentions", "speakers"):
        assert re.search(rf"^{kind} +\d\.\d\d +\d\.\d\d", out, re.MULTILINE), kind


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ("x" * 99 + "\n", "article text is 3"),  # 3 MB: over corpus.MAX_FILE_BYTES, which build applies too
        ("\x1b[31m red \x07\n", "control character U+001B"),
    ],
)
def test_add_refuses_at_the_door_what_build_would_refuse(seeds_copy, tmp_path, extra, says):
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE + extra * (30_000 if len(extra) > 50 else 1), encoding="utf-8")
    before = sorted(p.name for p in seeds_copy.rglob("*"))
    with pytest.raises(SeedError, match=re.escape(says)) as caught:
        add_article(source, seeds_copy)
    assert caught.value.problems[0].file == source
    assert sorted(p.name for p in seeds_copy.rglob("*")) == before
