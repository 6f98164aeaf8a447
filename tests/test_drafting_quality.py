"""Issue 11's kinds of drafting failure, each on text written for the test, and the targets on the dev set."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from china_iom.annotation.registry import load_registries
from china_iom.annotation.sentences import split_sentences
from china_iom.drafting.add import add_article
from china_iom.drafting.body import credit_line, find_layout
from china_iom.drafting.detect_candidates import (
    government_candidates,
    organization_candidates,
    part_and_whole,
    person_candidates,
)
from china_iom.drafting.detect_dates import Anchor, find_dates
from china_iom.drafting.detect_roles import find_roles
from china_iom.drafting.detect_speakers import EntitySpan, co_speakers, speakers
from china_iom.drafting.draft import draft_article
from china_iom.drafting.evalset import materialise
from china_iom.drafting.evaluate import TARGETS, _countryless, evaluate_set
from china_iom.drafting.extract import address_date
from china_iom.drafting.meetings.when import date_of, from_its_end
from conftest import SEEDS

DEVSET = Path(__file__).parent / "devset"


@pytest.fixture(scope="module")
def registries():
    return load_registries(SEEDS / "registry")


def test_hard_wrapped_body_runs_from_the_dateline_to_the_last_line():
    text = (
        "Officials discuss cooperation on border management in the capital\n"
        "BEIJING, March 2 (Xinhua) -- Officials of two agencies met on Monday\n"
        "in Beijing to discuss cooperation on border management, according to\n"
        "a statement released after the talks.\n"
        "The two sides agreed to meet again next year in a city to be\n"
        "decided.\n"
    )
    layout = find_layout(text)
    assert text[layout.body[0] :].startswith("BEIJING, March 2") and text[: layout.body[1]].endswith("decided.")


def test_a_topic_alias_inside_an_organization_name_is_no_topic_mention(registries):
    text = "BEIJING, May 2 (Xinhua) -- The National Immigration Administration said on Monday that it met IOM.\n"
    draft = draft_article("t", text, registries, [])
    assert [m.entity_id for m in draft.mentions if m.kind == "topics"] == []
    assert not any(a.kind == "topics" for a in draft.new_aliases)


def test_variants_of_registered_names_become_aliases_not_entities(registries):
    text = (
        "BEIJING, May 2 (Xinhua) -- The China National Immigration Administration and the Government of China "
        "welcomed the IOM China team and the Department of Home Affairs of South Africa on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    aliases = {(a.entity_id, a.form) for a in draft.new_aliases}
    assert {("nia-china", "China National Immigration Administration"), ("iom-china", "IOM China")} <= aliases
    # "Government of China" has the words of the registered "Chinese government" (China's adjective is its
    # name), an alias of the State Council: that, not the Government of the People's Republic of China, whose
    # name it matches only without its country's words.
    assert ("state-council-china", "Government of China") in aliases
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == []


def test_programmes_and_funds_are_not_organizations():
    text = "It is paid by the Peace and Development Fund through the Migrant Support Centre Programme of the agency."
    assert organization_candidates(text) == []


def test_family_name_after_the_full_name_is_the_same_person_and_the_speaker(registries):
    text = (
        "BEIJING, May 2 (Xinhua) -- Li Wenjun, deputy head of the National Immigration Administration, met with "
        "Antonio Vitorino on Monday.\nLi said China supports the Global Compact for Migration.\n"
    )
    draft = draft_article("t", text, registries, [])
    new = {e.fields["id"]: e for e in draft.new_entries}
    assert "Li" in new["li-wenjun"].fields["aliases"]
    [topic] = [m for m in draft.mentions if m.kind == "topics"]
    assert topic.speakers == ("li-wenjun",)


def test_a_pronoun_after_two_people_is_left_without_a_speaker():
    text = "Ann Roe met Bo Li in Rome. He said migration matters."
    sentences = split_sentences(text)
    people = [EntitySpan("ann-roe", 0, 7), EntitySpan("bo-li", 12, 17)]
    assert speakers(text, sentences, people) == [None, None]


def _people(text: str, names: dict[str, str]) -> list[EntitySpan]:
    """Each name (longest first, never overlapping) where the text gives it, as a span of its person's id."""
    pattern = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return [EntitySpan(names[m.group(0)], m.start(), m.end()) for m in re.finditer(rf"\b(?:{pattern})\b", text)]


def test_a_pronoun_after_a_possessive_mention_keeps_the_sentence_subject():
    text = "Mara Odel welcomed Tan Bo's visit and backed Tan's plan. She said the two offices will train staff."
    people = _people(text, {"Mara Odel": "odel", "Tan Bo": "tan", "Tan": "tan"})
    assert speakers(text, split_sentences(text), people) == ["odel", "odel"]


def test_a_pronoun_after_an_agent_other_than_the_subject_stays_empty():
    text = "Mara Odel welcomed Tan Bo, who thanked the hosts. She said the two offices will train staff."
    people = _people(text, {"Mara Odel": "odel", "Tan Bo": "tan"})
    assert speakers(text, split_sentences(text), people)[1] is None


def test_a_participle_clause_is_spoken_by_the_one_person_before_it():
    text = (
        "At the forum in Lima, Rui Sato opened the panel, pointing out that data help planners. "
        "Rui Sato met Ana Vaz, saying that funds are short."
    )
    people = _people(text, {"Rui Sato": "sato", "Ana Vaz": "vaz"})
    assert speakers(text, split_sentences(text), people) == ["sato", None]


def test_countries_named_as_parties_are_proposed_as_their_governments(registries):
    text = (
        "GENEVA, March 4 (Xinhua) -- Ambassador Chen Xu met the head of Peru's delegation on Monday and held "
        "talks with delegations from Chile, New Zealand and Kenya. The talks took place in Chile's embassy in "
        "Switzerland. A delegation from China attended.\n"
    )
    draft = draft_article("t", text, registries, [])
    governments = {e.fields["name"]: e.fields for e in draft.new_entries if e.fields.get("kind") == "government"}
    assert set(governments) == {
        "Government of Peru",
        "Government of Chile",
        "Government of New Zealand",
        "Government of Kenya",
    }
    assert (governments["Government of New Zealand"]["country"], governments["Government of Peru"]["aliases"]) == (
        "NZ",
        ["Peru"],
    )
    chile = [
        text[m.start : m.end + 2] for m in draft.mentions if m.entity_id == governments["Government of Chile"]["id"]
    ]
    assert chile == ["Chile, "]  # where it is a party, not where it names the embassy's country


def test_a_meeting_during_a_conference_takes_its_place_and_a_city_in_a_name_is_no_place(registries):
    text = (
        "Foreign Minister Wang Yi attended the Global Mobility Conference in Paris on Monday. During the "
        "conference, Wang Yi met with Antonio Vitorino. While in Slovakia, Wang Yi visited the Bratislava "
        "Migration Office.\n"
    )
    conference, talks, visit = draft_article("t", text, registries, []).meetings
    assert (conference.kind, conference.place) == ("conference", "paris")
    assert (talks.place, talks.parent) == ("paris", 0)
    assert (visit.kind, visit.place) == ("visit", "slovakia")  # no trip: Slovakia is where, not where to


def test_a_speech_at_a_named_gathering_also_gives_the_gathering(registries):
    text = (
        "Antonio Vitorino gave the opening address at the Asia Regional Forum on Labour Mobility, hosted by "
        "the National Immigration Administration in Shanghai. Later, Antonio Vitorino gave a speech at the "
        "Asia Regional Forum on Labour Mobility again.\n"
    )
    forum, speech, second = draft_article("t", text, registries, []).meetings
    assert (forum.kind, forum.participants, forum.organizations, forum.place) == (
        "forum",
        ["antonio-vitorino"],
        ["nia-china"],
        "shanghai",
    )
    assert (speech.kind, speech.parent, second.kind) == ("speech", 0, "speech")  # named once, proposed once


def test_the_organization_a_mission_is_accredited_to_is_a_candidate_too():
    text = "Lin Tao, head of the Permanent Mission of Chile to the United Nations Office at Nairobi, spoke."
    assert [c.name for c in organization_candidates(text)] == [
        "Permanent Mission of Chile to the United Nations Office at Nairobi",
        "United Nations Office at Nairobi",
    ]
    assert [c.name for c in organization_candidates("the Embassy of Peru to the Holy See")] == [
        "Embassy of Peru to the Holy See"
    ]  # no head word of its own


def test_an_acronym_that_skips_some_initials_still_names_its_organization():
    text = "Delegates of the Council for Trade and Economic Cooperation in Africa (CTCA) and of the Bureau (BX) met."
    assert [(c.name, c.acronym) for c in organization_candidates(text) if c.acronym] == [
        ("Council for Trade and Economic Cooperation in Africa", "CTCA")
    ]


def test_a_role_belongs_to_the_department_named_first_and_a_councilor_to_the_council():
    text = (
        "Mei Lan, deputy director of the Office of Legal Affairs of the Ministry of Civil Affairs, met "
        "Bo Ren, State Councilor, and Ola Berg, head of the Nordic Council."
    )
    dept, ministry = text.index("Office of Legal"), text.index("Ministry of Civil")
    orgs = [
        EntitySpan("legal-office", dept, dept + 23),
        EntitySpan("mca", ministry, ministry + 25),
        EntitySpan("nordic-council", text.index("Nordic"), text.index("Nordic") + 14),
    ]
    people = [
        EntitySpan("mei-lan", 0, 7),
        EntitySpan("bo-ren", text.index("Bo Ren"), text.index("Bo Ren") + 6),
        EntitySpan("ola-berg", text.index("Ola"), text.index("Ola") + 8),
    ]
    roles = find_roles(text, people, orgs, {"state council": "state-council"})
    assert [(r.person, r.organization) for r in roles] == [
        ("mei-lan", "legal-office"),
        ("bo-ren", "state-council"),
        ("ola-berg", "nordic-council"),
    ]


def test_a_title_stands_for_the_one_person_the_text_gives_it():
    text = (
        "Director-General Ada Kemp met Sec Ron and Ambassador Ivo Lind. In the talks, the DG stressed that "
        "data matter. With the minister, DG welcomed the plan. "
        "At the end, the Ambassador was fully satisfied. Ivo Lind reviewed and praised the plan."
    )
    people = _people(text, {"Ada Kemp": "kemp", "Sec Ron": "ron", "Ivo Lind": "lind"})
    assert speakers(text, split_sentences(text), people) == [None, "kemp", "kemp", "lind", "lind"]


def test_a_title_that_two_people_hold_stands_for_no_one():
    text = "Ambassador Ada Kemp met Ambassador Ivo Lind. With them, the Ambassador stressed that data matter."
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind"})
    assert speakers(text, split_sentences(text), people) == [None, None]


def test_a_local_government_is_a_new_organization_and_its_mayor_s_body(registries):
    text = (
        "XIAMEN, June 3 (Xinhua) -- The fair was hosted by the Xiamen municipal government. Zhao Min, deputy "
        "mayor of Xiamen, met with Antonio Vitorino on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    [government] = [e.fields for e in draft.new_entries if e.kind == "organizations"]
    assert government["name"] == "Xiamen municipal government"
    assert [(r.person, r.organization) for r in draft.roles] == [("zhao-min", government["id"])]


def test_a_near_spelling_of_a_short_given_name_is_another_person(registries):
    text = "BEIJING, May 2 (Xinhua) -- Foreign Minister Wang Yi met with Antonio Vitorino on Monday.\n"
    draft = draft_article("t", text, registries, [])
    assert not any(a.entity_id == "wang-ji" for a in draft.new_aliases)
    assert "wang-yi" in {e.fields["id"] for e in draft.new_entries}


def test_an_apposition_with_two_positions_gives_two_roles():
    text = "Xu Ganlu, Vice Minister of Public Security and Commissioner of NIA, met the delegation."
    roles = find_roles(
        text,
        [EntitySpan("xu-ganlu", 0, 8)],
        [EntitySpan("nia-china", 62, 65)],
        {"ministry of public security": "mps-china"},
    )
    assert [(r.title, r.organization) for r in roles] == [("Vice Minister", "mps-china"), ("Commissioner", "nia-china")]


@pytest.fixture(scope="module")
def devset_scores():
    return evaluate_set(DEVSET, SEEDS / "registry")


def test_the_dev_set_meets_the_entity_speaker_role_and_crash_targets(devset_scores):
    dev = devset_scores["dev"]
    for kind in ("speakers", "roles", "tracebacks", "known-entity mentions", "new people and organizations"):
        assert dev[kind].met(TARGETS[kind]), kind


def test_each_new_entry_is_credited_or_listed_as_an_extra(devset_scores):
    """A proposal the annotation confirms is a hit even when the text only implies it (dev's Shanghai
    government, inferred from a vice-mayor's title); every other proposal is named among the extras."""
    for part, scores in devset_scores.items():
        for kind in ("new-person candidates", "new-organization candidates"):
            score = scores[kind]
            assert score.predicted == score.hits + len(score.false), (part, kind, score.false)
    assert devset_scores["dev"]["new-organization candidates"].precision() == 1.0


@pytest.mark.parametrize(
    "url, day",
    [
        ("http://en.people.cn/n3/2023/0404/c90000-20001272.html", "2023-04-04"),
        ("http://ke.china-embassy.gov.cn/eng/sgdt/202209/t20220914_10765432.htm", "2022-09-14"),
        ("https://china.iom.int/news/2023/10/17/iom-china-joins-a-forum", "2023-10-17"),
        ("https://www.iom.int/news/iom-and-china-sign-agreement", None),
    ],
)
def test_the_publication_date_is_read_from_the_page_address(url, day):
    assert address_date(url) == day


def test_an_unresolvable_relative_date_is_listed_as_undecided(registries):
    text = "Officials of the National Immigration Administration will meet in Beijing this week, the agency said.\n"
    draft = draft_article("t", text, registries, [])
    assert any("'this week'" in note for note in draft.notes["undecided"])


BROKEN = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 8,
    "latin1.txt": "Réunion à Genève avec l'OIM.".encode("latin-1"),
    "scripts.html": b"<html><head><script>" + b"var a = '<p>';" * 5000 + b"</script></head><body><p>BEIJING, May 1 "
    b"(Xinhua) -- Qin Gang met with IOM officials in Beijing on Monday, officials said.</p></body></html>",
    "nested.html": b"<html><body>"
    + b"<div>" * 3000
    + b"<p>IOM and China met.</p>"
    + b"</div>" * 3000
    + b"</body></html>",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_input_gives_a_message_never_a_traceback(name, seeds_copy, tmp_path, capsys):
    from china_iom.cli import main

    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    code = main(["add", str(path), "--seeds", str(seeds_copy)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert code == 0 or str(path) in out.err


def test_an_organization_ends_where_the_person_named_after_it_begins(registries):
    text = (
        "Ana Lopes met with the Director General of the International Organization for Migration Antonio "
        "Vitorino in Beijing. Deputy Director of the Bureau of Border Affairs of the Ministry of Foreign "
        "Affairs Tomas Rey also attended the meeting.\n"
    )
    draft = draft_article("t", text, registries, [])
    names = {e.fields["name"] for e in draft.new_entries}  # a ministry's bureau under its ministry's name (i11s29e)
    assert "Bureau of Border Affairs of the Ministry of Foreign Affairs" in names
    assert not any("Vitorino" in n or "Rey" in n for n in names - {"Tomas Rey"})
    assert {m.entity_id for m in draft.mentions} >= {"iom", "antonio-vitorino", "mfa-china"}


def test_organization_names_with_a_possessive_owner_a_list_or_a_region():
    text = (
        "Experts of the NIA's Department of Border Control, the Ruritanian Ministry of Labour, Immigration and "
        "Welfare and the Regional Office for Europe and Central Asia met."
    )
    assert [c.name for c in organization_candidates(text)] == [
        "Department of Border Control",
        "Ruritanian Ministry of Labour, Immigration and Welfare",
        "Regional Office for Europe and Central Asia",
    ]


def test_a_shorter_form_of_an_organization_named_before_is_no_new_organization(registries):
    text = (
        "Tomas Rey met with the Regional Office for Europe and Central Asia on Monday. Tomas Rey said the "
        "Regional Office will help.\n"
    )
    names = [
        e.fields["name"] for e in draft_article("t", text, registries, []).new_entries if e.kind == "organizations"
    ]
    assert names == ["Regional Office for Europe and Central Asia"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minister Counsellor Lin Tao also attended the meeting.", "Lin Tao"),
        ("This was said by UNHCR spokesperson Maria Ruiz, to whom quoted text may be attributed.", "Maria Ruiz"),
        ("Lin Tao, an official of the agency, and Maria Ruiz,\ndirector of the office, spoke.", "Maria Ruiz"),
    ],
)
def test_people_after_a_title_a_lowercase_post_or_before_a_wrapped_apposition(text, name):
    assert name in [c.name for c in person_candidates(text)]


def test_the_un_agency_for_a_field_is_the_registered_organization_never_a_new_one(registries):
    text = "The UN Refugee Agency and the UN Migration Agency welcomed the plan of Tomas Rey.\n"
    draft = draft_article("t", text, registries, [])
    assert not [e for e in draft.new_entries if e.kind == "organizations"]
    assert {(a.entity_id, a.form) for a in draft.new_aliases} == {
        ("unhcr", "UN Refugee Agency"),
        ("iom", "UN Migration Agency"),
    }
    assert "united-nations" not in {m.entity_id for m in draft.mentions}


def test_calls_consultations_workshops_co_chairs_and_what_both_sides_then_do(registries):
    text = (
        "Officials talk on refugees\ndate 2023-05-04\nVice Foreign Minister Ma Zhaoxu held a phone call with "
        "Filippo Grandi on Tuesday. After the call, the two sides signed a letter of intent. Both sides agreed "
        "to hold consultations in Beijing next year. Officials of the National Immigration Administration held "
        "consultations in Geneva on Wednesday. Ma "
        "Zhaoxu and Antonio Vitorino co-chaired the consultations. The Chinese Ministry of Foreign Affairs held a "
        "training workshop for the International Organization for Migration.\n"
    )
    call, signing, planned, consultations, workshop = draft_article("t", text, registries, []).meetings
    assert (call.kind, call.participants, call.date.value) == (
        "bilateral_talks",
        ["ma-zhaoxu", "filippo-grandi"],
        "2023-05-02",
    )
    assert (signing.kind, signing.participants, signing.parent, signing.date.value, signing.date.quote) == (
        "signing",
        ["ma-zhaoxu", "filippo-grandi"],
        0,
        call.date.value,
        "After the call",
    )
    assert (planned.status, consultations.kind, consultations.participants) == (
        "planned",
        "dialogue",
        ["ma-zhaoxu", "antonio-vitorino"],
    )
    assert (workshop.kind, workshop.organizations) == ("symposium", ["mfa-china", "iom"])


def test_a_day_month_year_dateline_dates_the_release_and_its_today_and_a_ceremony_adds_to_the_launch(registries):
    text = (
        "IOM and NIA launch a handbook\n"
        "Beijing, 5 March 2024 – The International Organization for Migration and the National Immigration "
        "Administration today launched a handbook for migrants. The handbook was presented at a ceremony "
        "attended by Antonio Vitorino and Xu Ganlu.\n"
    )
    draft = draft_article("t", text, registries, [])
    (launch,) = draft.meetings
    assert (draft.published.value, launch.kind, launch.date.value) == ("2024-03-05", "launch", "2024-03-05")
    assert launch.participants == ["antonio-vitorino", "xu-ganlu"]


def test_a_joint_statement_is_spoken_by_both_parties_and_a_plural_subject_by_no_one(registries):
    text = (
        "GENEVA, May 3 (Xinhua) -- Qin Gang held talks with Antonio Vitorino on Wednesday. In a joint statement, "
        "the two sides pledged to fight irregular migration. Officials said capacity building matters.\n"
    )
    topics = {
        text[m.start : m.end]: m.speakers
        for m in draft_article("t", text, registries, []).mentions
        if m.kind == "topics"
    }
    assert topics == {"irregular migration": ("qin-gang", "antonio-vitorino"), "capacity building": ()}


def test_the_dateline_agency_takes_no_part_and_a_country_coordinated_with_an_organization_is_no_place(registries):
    text = (
        "GENEVA, May 3 (Xinhua) -- China and the International Organization for Migration on Wednesday signed "
        "an agreement. The agreement was signed by Chen Xu and Antonio Vitorino.\n"
    )
    (signing,) = draft_article("t", text, registries, []).meetings
    assert (signing.participants, signing.organizations, signing.place) == (
        ["chen-xu", "antonio-vitorino"],
        ["iom"],
        "geneva",
    )


def test_attending_the_meeting_adds_to_the_meeting_not_to_a_visit_reported_after_it(registries):
    text = (
        "Qin Gang met with Antonio Vitorino in Beijing on Monday. On Tuesday, Antonio Vitorino visited the "
        "National Immigration Administration. Officials of the Ministry of Foreign Affairs also attended the "
        "meeting.\n"
    )
    talks, visit = draft_article("t", text, registries, []).meetings
    assert (visit.kind, visit.organizations, talks.organizations) == ("visit", ["nia-china"], ["mfa-china"])


def test_names_that_only_qualify_another_are_no_mentions_of_their_own(registries):
    text = (
        "The South-South Cooperation Assistance Fund pays for it, UN High Commissioner for Refugees Filippo Grandi "
        "said. Portugal's interior ministry agreed with the delegation of Portugal on South-South cooperation.\n"
    )
    mentions = {(m.entity_id, m.start) for m in draft_article("t", text, registries, []).mentions}
    assert {
        ("south-south-cooperation", text.index("South-South coop")),
        ("government-portugal", text.rindex("Portugal")),
    } <= mentions
    assert (
        not {
            ("south-south-cooperation", text.index("South")),
            ("united-nations", text.index("UN ")),
            ("government-portugal", text.index("Portugal")),
        }
        & mentions
    )


def test_a_diplomat_s_role_belongs_to_the_one_mission_the_article_names(registries):
    text = (
        "Ambassador Chen Xu received Antonio Vitorino at the Permanent Mission of the People's Republic of China "
        "to the United Nations Office at Geneva. Counsellor Lin Tao also attended the meeting.\n"
    )
    roles = {r.person: r.organization for r in draft_article("t", text, registries, []).roles}
    assert roles["chen-xu"] == "china-mission-geneva" and roles.get("lin-tao") in (None, "china-mission-geneva")


def test_a_case_variant_inside_a_name_found_later_proposes_no_alias(registries):
    text = "Tomas Rey, head of the NIA's Department of International Cooperation, met with Antonio Vitorino.\n"
    draft = draft_article("t", text, registries, [])
    assert not [a for a in draft.new_aliases if a.kind == "topics"]
    assert "Department of International Cooperation" in {e.fields["name"] for e in draft.new_entries}


def test_the_delegation_is_led_by_the_person_named_as_its_leader(registries):
    text = (
        "Qin Gang received a delegation of the International Organization for Migration led by Antonio Vitorino "
        "on Monday. On Tuesday, the delegation visited the National Immigration Administration.\n"
    )
    _, visit = draft_article("t", text, registries, []).meetings
    assert (visit.kind, visit.participants) == ("visit", ["antonio-vitorino"])


def test_a_topic_is_not_mentioned_again_by_a_shorter_form_inside_its_own_name(registries):
    text = (
        "GENEVA, 14 March 2024 - The Director General of the International Organization for\n"
        "Migration (IOM) on Tuesday received a delegation of the Ministry of Civil Affairs.\n\n"
        "The delegation said China would continue to support the 2030 Agenda for Sustainable\n"
        "Development and the Global Compact for Migration.\n"
    )
    draft = draft_article("t", text, registries, [])
    start = text.index("2030 Agenda")
    spans = [(m.start, m.end) for m in draft.mentions if m.entity_id == "agenda-2030"]
    assert spans == [(start, text.index(" and the Global"))]


# Kinds of failure met on real releases (read outside the repository; these sentences are written for the test).


def test_a_title_and_its_name_broken_over_two_lines_of_wire_copy_are_read_as_one_phrase(registries):
    text = (
        "Geneva - A grant for returning migrants was signed today by the\n"
        "Deputy Director General of IOM, Ines Halvorsen, and the Vice Minister\n"
        "of Commerce of China, Tang Wenjie, at the headquarters of the\n"
        "Organization. The Ministry of Labor and Social Security of Ruritania\n"
        "joined later.\n"
    )
    draft = draft_article("t", text, registries, [])
    names = {e.fields["name"] for e in draft.new_entries}
    assert {"Ines Halvorsen", "Tang Wenjie", "Ministry of Labor and Social Security of Ruritania"} <= names
    assert "Ministry of Labor" not in names
    assert draft.text == text  # the stored text is what the draft quotes


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Director General of IOM, Ines Halvorsen, received the delegation.", "Ines Halvorsen"),
        ("The deal was signed by IOM Director General, Ines Halvorsen, on Monday.", "Ines Halvorsen"),
        (
            "It was opened by the Ambassador and Permanent Representative of China in Geneva, Tang Wenjie.",
            "Tang Wenjie",
        ),
        ("The event was chaired by vice administrator Tang Wenjie of the agency.", "Tang Wenjie"),
        ("Support will continue, according to IOM director-general Ines Halvorsen.", "Ines Halvorsen"),
    ],
)
def test_a_title_before_a_name_with_a_comma_or_in_lower_case_marks_a_person(text, name):
    assert name in [c.name for c in person_candidates(text)]


def test_the_next_item_of_a_list_is_no_apposition_and_a_unit_is_no_person():
    text = (
        "The text was signed by Minister Tang Wenjie, and the Director General of IOM, Ines Halvorsen, "
        "in the presence of the Head of Operations, Border Management Unit."
    )
    assert [c.name for c in person_candidates(text)] == ["Tang Wenjie", "Ines Halvorsen"]
    people = [
        EntitySpan("tang-wenjie", text.index("Tang"), text.index("Tang") + 11),
        EntitySpan("ines-halvorsen", text.index("Ines"), text.index("Ines") + 14),
    ]
    roles = find_roles(text, people, [], {})
    assert [(r.person, r.title) for r in roles] == [("tang-wenjie", "Minister"), ("ines-halvorsen", "Director General")]


def test_organization_names_lose_a_country_s_possessive_an_amount_and_a_place_after_in():
    text = (
        "It is funded by Ruritania's Ministry of Commerce for USD 2 million. He spoke at the Ruritania "
        "Foreign Affairs University in Beijing and at the Embassy of China in Ruritania."
    )
    assert [c.name for c in organization_candidates(text)] == [
        "Ministry of Commerce",
        "Ruritania Foreign Affairs University",
        "Embassy of China in Ruritania",
    ]


def test_an_acronym_inside_a_name_gives_all_its_letters_and_un_is_the_united_nations(registries):
    text = (
        "Officials of the UN Office on Narcotics and Crime (UNONC) and of the UN High Commissioner for "
        "Refugees (UNHCR) met a Chinese Foreign Ministry spokesperson on Monday.\n"
    )
    assert "UN Office on Narcotics and Crime" in [c.name for c in organization_candidates(text)]
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries] == ["UN Office on Narcotics and Crime"]
    assert {(a.entity_id, a.form) for a in draft.new_aliases} >= {
        ("unhcr", "UN High Commissioner for Refugees"),
        ("mfa-china", "Chinese Foreign Ministry"),
    }


def test_a_signing_by_named_people_adds_them_and_its_city_to_the_signing_just_reported(registries):
    text = (
        "Geneva - IOM today signed an agreement with China's Ministry of Commerce. The agreement was signed "
        "in Geneva by Tang Wenjie, Vice Minister of Commerce, and Ines Halvorsen, Deputy Director General of "
        "IOM.\n"
    )
    draft = draft_article("t", text, registries, [])
    [meeting] = draft.meetings
    assert meeting.kind == "signing" and meeting.place == "geneva"
    assert meeting.participants == ["tang-wenjie", "ines-halvorsen"]


def test_a_closed_quotation_lets_the_writer_speak_next_unless_a_new_one_opens():
    text = (
        '"Borders must stay open," Ines Halvorsen told guests. "Trade needs people."\n'
        "The forum discussed migration governance.\n"
    )
    sentences = split_sentences(text)
    people = [EntitySpan("ines-halvorsen", text.index("Ines"), text.index("Ines") + 14)]
    assert speakers(text, sentences, people) == ["ines-halvorsen", "ines-halvorsen", None]


def test_only_the_people_met_are_counterparts_not_those_of_a_later_verb_or_the_reporter(registries):
    text = (
        "BEIJING, May 2 (Xinhua) -- Vice Foreign Minister Tang Wenjie met with Antonio Vitorino on Monday and "
        "handed over a letter signed by Foreign Minister Ines Halvorsen, spokesperson Rui Mendes said.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [m.participants for m in draft.meetings] == [["tang-wenjie", "antonio-vitorino"]]


def test_a_visiting_official_is_no_visit_and_a_visit_is_placed_where_it_went(registries):
    text = (
        "Support will grow, said visiting Director-General Antonio Vitorino on Tuesday. His China tour follows "
        "one on which the Director-General visited Paris.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(m.kind, m.place) for m in draft.meetings] == [("visit", "paris")]


def test_a_hosted_signing_adds_its_host_and_a_held_reception_is_a_meeting(registries):
    text = (
        "Antonio Vitorino signed an agreement with the Ministry of Public Security on Monday. Vitorino spoke at "
        "the signing of the agreement, which was hosted by Vice Minister Tang Wenjie. The National Immigration "
        "Administration held a reception in Beijing on May 3, 2023.\n"
    )
    signing, reception = draft_article("t", text, registries, []).meetings
    assert signing.kind == "signing" and "tang-wenjie" in signing.participants
    assert (reception.kind, reception.place, reception.date.value) == ("conference", "beijing", "2023-05-03")


def test_a_province_after_a_mayor_is_no_person_and_a_bare_foreign_ministry_is_the_registered_one(registries):
    assert [c.name for c in person_candidates("Tang Wenjie, Mayor of Suzhou, Jiangsu Province, spoke.")] == [
        "Tang Wenjie"
    ]
    text = "Antonio Vitorino met officials at the Foreign Ministry in Beijing on Monday.\n"  # placed in China
    draft = draft_article("t", text, registries, [])
    assert not draft.new_entries and ("mfa-china", "Foreign Ministry") in {
        (a.entity_id, a.form) for a in draft.new_aliases
    }


def test_an_apposition_naming_another_person_or_opening_a_clause_gives_no_role():
    text = (
        "The letter was signed by Minister Tang Wenjie, spokesperson Rui Mendes said. Ines Halvorsen, as she "
        "ended her first official visit, thanked the hosts."
    )
    people = [
        EntitySpan(pid, text.index(name), text.index(name) + len(name))
        for pid, name in (
            ("tang-wenjie", "Tang Wenjie"),
            ("rui-mendes", "Rui Mendes"),
            ("ines-halvorsen", "Ines Halvorsen"),
        )
    ]
    assert [(r.person, r.title) for r in find_roles(text, people, [], {})] == [
        ("tang-wenjie", "Minister"),
        ("rui-mendes", "Spokesperson"),
    ]  # his own title before his name


def test_a_planned_meeting_of_the_two_sides_is_between_their_organizations_at_the_city_it_names(registries):
    text = (
        "date 2023-05-03\nBEIJING, May 2 (Xinhua) -- Xu Ganlu, Commissioner of the National Immigration "
        "Administration, held "
        "talks with Antonio Vitorino, Director General of the International Organization for Migration, in "
        "Beijing on Monday. The two sides agreed to hold consultations in Shanghai next year.\n"
    )
    _talks, planned = draft_article("t", text, registries, []).meetings
    assert (planned.status, planned.place, planned.participants) == ("planned", "shanghai", [])
    assert set(planned.organizations) == {"nia-china", "iom"} and planned.date.value == "2024"


def test_a_standing_forum_and_its_acronym_with_a_small_word_are_an_organization_an_event_forum_not():
    text = (
        "They met under the Forum on Asia-Pacific Mobility (FOAPM). Both attended the Silk Road Forum "
        "for Trade on Monday. Jean-Luc Moreau, Minister of the Interior, also spoke."
    )
    assert [c.name for c in organization_candidates(text)] == ["Forum on Asia-Pacific Mobility"]
    assert "Jean-Luc Moreau" in [c.name for c in person_candidates(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ambassador Tang Wenjie met with the Under Secretary General of the Federation of Red Cross and Red Crescent "
            "Societies (IFRC) Ines Halvorsen Moreau in Suva.",
            ["Tang Wenjie", "Ines Halvorsen Moreau"],
        ),
        (
            "Ambassador Tang Wenjie met with IOM Regional Director for Asia and the Pacific Rui Mendes, Chief of Mission "
            "of IOM for Fiji and Samoa Ines Halvorsen, and their team.",
            ["Tang Wenjie", "Rui Mendes", "Ines Halvorsen"],
        ),
    ],
)
def test_names_after_a_title_of_a_long_organization_and_never_a_title_s_qualifier_or_a_region(text, names):
    assert [c.name for c in person_candidates(text)] == names


def test_the_first_of_two_family_names_alone_names_the_person_and_gives_the_speaker(registries):
    text = (
        "On May 2, Antonio Vitorino met with Xavier Castellanos Moreno, Under Secretary General of the "
        "federation. Castellanos said the two bodies share a commitment to multilateralism.\n"
    )
    draft = draft_article("t", text, registries, [])
    [topic] = [m for m in draft.mentions if m.kind == "topics"]
    assert topic.speakers == ("xavier-castellanos-moreno",)


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Antonio Vitorino will visit Shanghai next week.", "visit"),
        ("Antonio Vitorino is scheduled to attend the forum in Shanghai next week.", "conference"),
        ("Antonio Vitorino and Xu Ganlu are expected to sign the agreement in Shanghai next week.", "signing"),
        ("Antonio Vitorino is scheduled to hold talks with Xu Ganlu in Shanghai next week.", "bilateral_talks"),
    ],
)
def test_a_meeting_to_come_is_planned(registries, sentence, kind):
    text = f"date 2023-05-03\nBEIJING, May 2 (Xinhua) -- {sentence}\n"
    [meeting] = draft_article("t", text, registries, []).meetings
    assert (meeting.kind, meeting.status, meeting.place) == (kind, "planned", "shanghai")


def test_people_named_in_an_opening_phrase_or_as_owners_are_no_participants(registries):
    text = (
        "To honour Xi Jinping's pledge at the forum, Vice Minister Tang Wenjie signed an agreement with "
        "Antonio Vitorino. Xu Ganlu and Ines Halvorsen, head of the mission, launched a project with Grandi.\n"
    )
    signing, launch = draft_article("t", text, registries, []).meetings
    assert signing.participants == ["tang-wenjie", "antonio-vitorino"]
    assert launch.participants == ["ines-halvorsen", "xu-ganlu", "filippo-grandi"]


def test_to_get_someone_to_sign_off_on_ideas_is_no_signing(registries):
    text = "Antonio Vitorino told reporters that IOM would try to get the ministry to sign off on its ideas.\n"
    assert draft_article("t", text, registries, []).meetings == []


def test_the_agreement_signed_by_two_people_adds_them_to_the_signing_just_reported(registries):
    text = (
        "IOM and China today signed an agreement on a liaison office. The agreement, signed by the "
        "Ambassador of China in Geneva, Tang Wenjie, and IOM Director General, Ines Halvorsen, comes into "
        "effect at once.\n"
    )
    [signing] = draft_article("t", text, registries, []).meetings
    assert signing.kind == "signing" and signing.participants == ["tang-wenjie", "ines-halvorsen"]


def test_each_name_of_a_list_after_a_title_in_the_plural_is_a_person_but_no_country():
    text = (
        "Deputy ministers Tang Wenjie, Rui Mendes and Ines Halvorsen attended. Officials of Brazil, Japan and "
        "Chile also attended."
    )
    assert [c.name for c in person_candidates(text)] == ["Tang Wenjie", "Rui Mendes", "Ines Halvorsen"]


def test_an_intergovernmental_organization_and_a_country_is_its_office_there(registries):
    text = "Staff of UNHCR Thailand and IOM Ruritania met Antonio Vitorino on Monday.\n"
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == ["UNHCR Thailand"]


# Lane i11ents (round 2): entities, roles, speakers.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ms. Ada Kemp met Ms. Eva Lind. Ms. Kemp thanked her for the visit. She said that data matter.",
            [None, "kemp", None],
        ),
        (
            "Mr. Ivo Lind met Ms. Ada Kemp. Mr. Lind welcomed him to Oslo. He said that data matter.",
            [None, "lind", None],
        ),
        ("Ada Kemp met Ivo Lind. Kemp told him that data matter. He said that he agreed.", [None, "kemp", None]),
        (
            "Ms. Ada Kemp met officials. Ms. Kemp stressed that data matter. He said that he agreed.",
            [None, "kemp", None],
        ),
        (
            "Ms. Ada Kemp met officials. Ms. Kemp thanked them for her visit. She said that data matter.",
            [None, "kemp", "kemp"],
        ),
        (
            "Mr. Ivo Lind met officials. Mr. Lind stressed that data matter. He said that he agreed.",
            [None, "lind", "lind"],
        ),
    ],
)
def test_a_pronoun_speaks_only_for_the_one_person_of_its_gender_it_can_mean(text, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Eva Lind": "eva", "Ivo Lind": "lind", "Kemp": "kemp", "Lind": "lind"})
    assert speakers(text, split_sentences(text), people) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ms. Ada Kemp, Senior Protection Officer at the Nordic Refugee Council, spoke.", ["Nordic Refugee Council"]),
        ("Ivo Lind, Regional Health Adviser at the Baltic Migration Agency, spoke.", ["Baltic Migration Agency"]),
        ("Ada Kemp, the ambassador of Norway to the Nordic Development Bank, spoke.", ["Nordic Development Bank"]),
        (
            "The Nordic Development Bank and the Baltic Migration Agency met.",
            ["Nordic Development Bank", "Baltic Migration Agency"],
        ),
        ("Ada Kemp, Head of the Department of Arctic Affairs, spoke.", ["Department of Arctic Affairs"]),
        ("Ada Kemp, Chief of the Nordic Border Police, spoke.", ["Nordic Border Police"]),
    ],
)
def test_a_title_or_a_represented_country_before_an_organization_is_no_part_of_its_name(text, expected):
    assert [c.name for c in organization_candidates(text)] == expected


@pytest.mark.parametrize("title", ["IOM Chief of Staff", "Chief of Staff"])
def test_chief_of_staff_before_a_name_marks_a_person(title):
    assert [c.name for c in person_candidates(f"On Monday, {title} Ada Kemp visited Oslo.")] == ["Ada Kemp"]


def test_a_parent_named_by_a_variant_of_a_registered_name_is_cut_off_as_its_alias(registries):
    text = (
        "Ada Kemp, director-general of the Department of Arctic Affairs of the Chinese Foreign Ministry, met "
        "Antonio Vitorino in Beijing on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == [
        "Department of Arctic Affairs"
    ]
    assert [(a.entity_id, a.form) for a in draft.new_aliases if a.kind == "organizations"] == [
        ("mfa-china", "Chinese Foreign Ministry")
    ]
    [role] = [r for r in draft.roles if r.person == "ada-kemp"]
    assert role.organization == "department-of-arctic-affairs"
    [department] = [e for e in draft.new_entries if e.kind == "organizations"]
    assert department.fields["parent"] == "mfa-china"


def test_a_part_of_a_known_organization_names_it_as_its_parent(registries):
    text = "Ada Kemp, head of the Department of Arctic Affairs of the NIA, met Antonio Vitorino.\n"
    [department] = [e for e in draft_article("t", text, registries, []).new_entries if e.kind == "organizations"]
    assert (department.fields["name"], department.fields["parent"]) == ("Department of Arctic Affairs", "nia-china")


def test_a_known_organization_and_office_inside_a_longer_name_is_no_office_of_its_own(registries):
    text = "Ada Kemp, Health Adviser at the IOM Regional Office for the Arctic, met Antonio Vitorino.\n"
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == [
        "IOM Regional Office for the Arctic"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ada Kemp, Norway's ambassador to the UN Office at Geneva, met Antonio Vitorino on Monday.\n", None),
        (
            "Ada Kemp, China's ambassador to the UN Office at Geneva, met Antonio Vitorino on Monday.\n",
            "china-mission-geneva",
        ),
        (
            "Ada Kemp, Permanent Representative of China to the United Nations Office at Geneva, met Antonio Vitorino.\n",
            "china-mission-geneva",
        ),
        ("Ada Kemp, Chinese Ambassador to Slovakia, met Antonio Vitorino on Monday.\n", "china-embassy-slovakia"),
        ("Ada Kemp, Norway's Ambassador to Slovakia, met Antonio Vitorino on Monday.\n", None),
        ("Ada Kemp, Director of the UN Office at Geneva, met Antonio Vitorino on Monday.\n", "unog"),
    ],
)
def test_an_envoy_to_an_organization_belongs_to_the_country_mission_not_to_the_organization(registries, text, expected):
    [role] = [r for r in draft_article("t", text, registries, []).roles if r.person == "ada-kemp"]
    assert role.organization == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("High Commissioner for Refugees", "unhcr"),
        ("Assistant High Commissioner", "unhcr"),
        ("Vice Premier", "state-council-china"),
        ("High Commissioner for Oceans", None),
    ],
)
def test_a_title_names_the_body_it_belongs_to(registries, title, expected):
    text = f"{title} Ada Kemp met Antonio Vitorino in Beijing on Monday.\n"
    [role] = [r for r in draft_article("t", text, registries, []).roles if r.person == "ada-kemp"]
    assert role.organization == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Monday, Deputy Director General for Operations of the International Organization for Migration (IOM) "
            "Ms. Ada Kemp visited Oslo.\n",
            [("ada-kemp", "iom")],
        ),
        ("UNHCR spokesperson Ada Kemp said that data matter.\n", [("ada-kemp", "unhcr")]),
        ("IOM Chief of Staff Ada Kemp met Antonio Vitorino.\n", [("ada-kemp", "iom")]),
        (
            "Vice Minister Ada Kemp met Antonio Vitorino. Kemp, who is also director of the ministry's Exit and Entry "
            "Administration, spoke.\n",
            [("ada-kemp", None), ("ada-kemp", "exit-and-entry-administration")],
        ),
        ("Ada Kemp, who met the Director of the Nordic Refugee Council, spoke.\n", []),
    ],
)
def test_roles_before_a_name_with_acronym_honorific_or_lower_case_title_and_after_who_is(registries, text, expected):
    roles = draft_article("t", text, registries, []).roles
    assert [(r.person, r.organization) for r in roles if r.person == "ada-kemp"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ivo Lind, the Director of the Nordic Refugee Council, Ada Kemp, and others met.", []),
        ("Ivo Lind, Director of the Nordic Refugee Council Ada Kemp and others met.", ["Nordic Refugee Council"]),
        ("Ivo Lind, and the Director of the Nordic Refugee Council, Ada Kemp, met.", ["Nordic Refugee Council"]),
    ],
)
def test_a_phrase_between_commas_after_a_person_is_his_apposition_not_the_next_person_title(text, expected):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    council = text.index("Nordic")
    orgs = [EntitySpan("Nordic Refugee Council", council, council + len("Nordic Refugee Council"))]
    assert [r.organization for r in find_roles(text, people, orgs, {}) if r.person == "kemp"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ada Kemp heads the Exit and Entry Administration.", ["Exit and Entry Administration"]),
        ("Staff of the Trade and Industry Bureau came.", ["Trade and Industry Bureau"]),
        ("Norway and Sweden Police came.", ["Sweden Police"]),
        ("The Nordic Council and the Baltic Council met.", ["Nordic Council", "Baltic Council"]),
    ],
)
def test_two_words_joined_by_and_before_a_head_word_are_one_name(text, expected):
    assert [c.name for c in organization_candidates(text)] == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("IOM's Chief of Mission in China", "iom-china"),
        ("Chief of Mission of the International Organization for Migration in China", "iom-china"),
        ("Chief of Mission of the International Organization for Migration (IOM) in China", "iom-china"),
        ("Head of Office of the International Organization for Migration (IOM) in China", "iom-china"),
        ("Chief of Mission of the International Organization for Migration (IOM) for Kenya and Uganda", "iom"),
        ("IOM's Chief of Mission in Kenya", "iom-kenya"),  # none registered: proposed, inferred (lane i11s23e)
        ("IOM's Chief of Mission for Kenya and Uganda", "iom"),
        ("Director General of IOM in Geneva", "iom"),
    ],
)
def test_a_role_at_an_international_organization_in_one_country_belongs_to_its_office_there(
    registries, phrase, expected
):
    text = f"Ada Kemp, {phrase}, met Antonio Vitorino in Beijing on Monday.\n"
    [role] = [r for r in draft_article("t", text, registries, []).roles if r.person == "ada-kemp"]
    assert role.organization == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ambassador Ada Kemp, Director General of the Nordic Refugee Council, spoke.", ["Director General"]),
        (
            "Ambassador Ada Kemp, Permanent Representative of Norway to the Nordic Refugee Council, spoke.",
            ["Permanent Representative"],
        ),
        (
            "Ambassador Ada Kemp, head of the Norwegian Mission to the Nordic Refugee Council, spoke.",
            ["Ambassador", "Head"],
        ),
        ("Ambassador Ada Kemp spoke.", ["Ambassador"]),
    ],
)
def test_a_bare_title_is_a_form_of_address_before_another_kind_of_post(text, expected):
    council = text.index("Nordic") if "Nordic" in text else 0
    orgs = [EntitySpan("council", council, council + len("Nordic Refugee Council"))] if council else []
    roles = find_roles(text, _people(text, {"Ada Kemp": "kemp"}), orgs, {})
    assert [r.title for r in roles] == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("China's permanent representative in Geneva", "china-mission-geneva"),
        ("Chinese ambassador at Geneva", "china-mission-geneva"),
        ("Norway's permanent representative in Geneva", None),
        ("permanent representative in Geneva", None),
        ("China's counsellor in Geneva", None),
    ],
)
def test_an_envoy_in_a_place_belongs_to_his_country_mission_there(registries, phrase, expected):
    text = f"Ada Kemp, {phrase}, met Antonio Vitorino on Monday.\n"
    [role] = [r for r in draft_article("t", text, registries, []).roles if r.person == "ada-kemp"]
    assert role.organization == expected


def test_a_bare_ambassador_is_held_at_the_mission_of_his_other_diplomatic_post():
    text = "Xu Ganlu met Ambassador Ada Kemp, head of the Nordic Mission to Oslo, and Ambassador Ivo Lind."
    mission = text.index("Nordic Mission")
    orgs = [EntitySpan("nordic-mission", mission, mission + len("Nordic Mission"))]
    roles = find_roles(text, _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind", "Xu Ganlu": "xu"}), orgs, {})
    assert [(r.person, r.title, r.organization) for r in roles] == [
        ("kemp", "Ambassador", "nordic-mission"),
        ("kemp", "Head", "nordic-mission"),
        ("lind", "Ambassador", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ada Kemp, president of Norway's migration agency NMAX, spoke.", ["NMAX"]),
        ("Ada Kemp heads the Norwegian border police service BPSN in Oslo.", ["BPSN"]),
        ("Ada Kemp said the agency WILL act.", []),  # whose agency the text does not say
        ("Ada Kemp thanked the agency for IT support.", []),
    ],
)
def test_an_acronym_after_what_it_is_names_an_organization(text, expected):
    assert [c.name for c in organization_candidates(text)] == expected


def test_a_role_of_the_administration_belongs_to_the_one_organization_named_before_with_that_word():
    text = (
        "The Nordic Migration Administration and the Baltic Refugee Council met. Ada Kemp, a senior official of "
        "the administration, spoke. Ivo Lind, director of the council's office, spoke."
    )
    orgs = [
        EntitySpan(name, text.index(name), text.index(name) + len(name))
        for name in ("Nordic Migration Administration", "Baltic Refugee Council")
    ]
    roles = find_roles(text, _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind"}), orgs, {})
    assert [(r.person, r.organization) for r in roles] == [("kemp", "Nordic Migration Administration"), ("lind", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IOM Senior Regional Adviser Ada Kemp met officials.", ["Ada Kemp"]),
        ("IOM Chief of Mission in Kenya Ada Kemp met officials.", ["Ada Kemp"]),
        ("Ms. Ada Kemp, IOM Regional Thematic Specialist, spoke.", ["Ada Kemp"]),
        ("Ms. Argentina Szabados spoke.", ["Argentina Szabados"]),
    ],
)
def test_no_title_word_nor_the_country_of_a_title_is_part_of_a_person_name(text, expected):
    assert [c.name for c in person_candidates(text)] == expected


def test_a_variant_of_a_new_organization_named_before_is_its_alias_not_a_second_entry(registries):
    text = (
        "Ada Kemp, Ambassador of the Embassy of the People's Republic of China in Norland, met Antonio Vitorino "
        "at the Chinese Embassy in Norland on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    [embassy] = [e for e in draft.new_entries if e.kind == "organizations"]
    assert embassy.fields["aliases"] == ["Chinese Embassy in Norland"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Zhao Kai received a delegation of the Nordic Refugee Council led by Deputy Director General Ada Kemp.",
            ("kemp", "Deputy Director General", "council"),
        ),
        (
            "Zhao Kai met the team from the Nordic Refugee Council, led by Director Ada Kemp.",
            ("kemp", "Director", "council"),
        ),
        (  # the body named right after the name is the post's (lane i11s22e)
            "Minister Counsellor Ada Kemp of the Nordic Refugee Council spoke.",
            ("kemp", "Minister Counsellor", "council"),
        ),
    ],
)
def test_a_title_before_a_name_reads_the_delegation_he_leads_and_a_diplomatic_rank(text, expected):
    council = text.index("Nordic")
    orgs = [EntitySpan("council", council, council + len("Nordic Refugee Council"))]
    [role] = find_roles(text, _people(text, {"Ada Kemp": "kemp", "Zhao Kai": "zhao"}), orgs, {})
    assert (role.person, role.title, role.organization) == expected


def test_an_apposition_opening_with_a_long_organization_name_still_gives_the_title_after_it():
    text = (
        "Ivo Lind met Ada Kemp, the Nordic Refugee and Migration Council of the North (NRMCN) Chief of Mission, today."
    )
    council = text.index("Nordic")
    orgs = [EntitySpan("council", council, text.index(" (NRMCN)"))]
    roles = find_roles(text, _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind"}), orgs, {})
    assert [(r.person, r.title, r.organization) for r in roles] == [("kemp", "Chief Of Mission", "council")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ivo Lind of the Department of Border Control spoke.", ["Department of Border Control"]),
        ("Ada Kemp from the Ministry of Justice spoke.", ["Ministry of Justice"]),
        ("Staff of the Chinese Academy of Social Sciences came.", ["Chinese Academy of Social Sciences"]),
        ("IOM Chief of Mission in Norland Ada Kemp spoke.", []),
    ],
)
def test_words_without_a_head_word_before_of_the_organization_are_no_part_of_its_name(text, expected):
    assert [c.name for c in organization_candidates(text)] == expected


# --- lane i11meet: meetings, their dates and places ----------------------------------------------------------


def _meetings(text: str, registries, hint: str | None = None) -> list:
    return draft_article("t", text, registries, [], hint).meetings


@pytest.mark.parametrize(
    "verb",
    [
        "held talks here on Monday with",
        "held talks in Oslo with",
        "paid a courtesy call on",
        "pays a courtesy visit to",
        "received visiting",
    ],
)
def test_talks_courtesy_calls_and_receptions_with_words_between_are_meetings(verb, registries):
    text = f"Vice Minister Tang Wenjie {verb} Ines Halvorsen, head of the mission.\n"
    [meeting] = _meetings(text, registries)
    assert meeting.participants == ["tang-wenjie", "ines-halvorsen"]


@pytest.mark.parametrize(
    "text",
    [
        "Vice Minister Tang Wenjie held talks and lunch, then met reporters.\n",
        "The talks were held with great care in a friendly atmosphere.\n",
    ],
)
def test_talks_without_a_counterpart_after_with_are_no_meeting(text, registries):
    assert all(m.participants != ["tang-wenjie", "ines-halvorsen"] for m in _meetings(text, registries))


@pytest.mark.parametrize(
    "text",
    [
        "Counsellor Rui Mendes also attended the talks.\n",
        "Ambassador Rui Mendes, who heads the mission, attended the meeting.\n",
    ],
)
def test_one_who_only_attended_a_meeting_nobody_reported_makes_no_meeting(text, registries):
    assert _meetings(text, registries) == []


def test_what_follows_a_signing_is_no_new_meeting_and_the_signers_join_it(registries):
    text = (
        "Geneva – IOM and the Ministry of Public Security of China signed a memorandum of understanding on "
        "Thursday. The MoU was signed by Director General Ines Halvorsen and Vice Minister Tang Wenjie. After "
        "the signing, Halvorsen thanked Tang for his support. After this signing ceremony, Tang left.\n"
    )
    [signing] = _meetings(text, registries)
    assert signing.kind == "signing" and signing.participants == ["ines-halvorsen", "tang-wenjie"]


@pytest.mark.parametrize("verb", ["was held", "were held"])
def test_consultations_that_were_held_are_a_dialogue_of_those_who_chaired_them(verb, registries):
    text = (
        f"Oslo, June 27 – The third round of consultations between China and the International Organization "
        f"for Migration (IOM) {verb} in Beijing on Tuesday, co-chaired by Director Tang Wenjie and IOM Chief of "
        "Mission Ines Halvorsen.\n"
    )
    [dialogue] = _meetings(text, registries, "2023-06-28")
    assert (dialogue.kind, dialogue.status) == ("dialogue", "held")
    assert dialogue.participants == ["tang-wenjie", "ines-halvorsen"]
    assert (dialogue.date.value, dialogue.place) == ("2023-06-27", "beijing")


@pytest.mark.parametrize("opening", ["Witnessed by the two leaders", "In the presence of the two leaders"])
def test_a_signing_witnessed_by_the_two_leaders_is_theirs_too_on_their_day(opening, registries):
    text = (
        "On 8 December 2022, Director Tang Wenjie met with Ines Halvorsen, head of the mission, in Beijing. "
        f"{opening}, Rui Mendes, Director of the Department, and Lena Fosse, Chief of Mission, signed a "
        "project agreement.\n"
    )
    talks, signing = _meetings(text, registries)
    assert sorted(signing.participants) == ["ines-halvorsen", "lena-fosse", "rui-mendes", "tang-wenjie"]
    assert (signing.date.value, signing.place) == ("2022-12-08", "beijing")
    assert "Witnessed" in signing.date_basis and talks.date_basis is None


def test_a_signing_witnessed_by_named_people_does_not_take_the_last_meetings_people(registries):
    text = (
        "On 8 December 2022, Director Tang Wenjie met with Ines Halvorsen, head of the mission, in Beijing. "
        "In the presence of Minister Lena Fosse, Rui Mendes and Oskar Lind signed an agreement.\n"
    )
    signing = _meetings(text, registries)[-1]
    assert "tang-wenjie" not in signing.participants and "ines-halvorsen" not in signing.participants


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("The Ambassador", ["tang-wenjie", "rui-mendes"]),
        ("Director General", ["tang-wenjie", "rui-mendes"]),
        ("Mr. Tang", ["tang-wenjie", "rui-mendes"]),
        ("the High Commissioner is expected to", ["tang-wenjie", "rui-mendes"]),
        ("Okoro", ["rui-mendes"]),  # a name the text has not given: nobody, never the last person named
    ],
)
def test_only_a_pronoun_a_title_or_a_word_of_the_name_stands_for_the_last_person(subject, expected, registries):
    text = f"Ambassador Tang Wenjie arrived in Oslo on Monday. On Tuesday, {subject} met with Minister Rui Mendes.\n"
    assert _meetings(text, registries)[-1].participants[:2] == expected


@pytest.mark.parametrize(
    "anchor, phrase, value",
    [
        (dt.date(2018, 10, 30), "from 5 to 8 November", "2018-11-05"),  # announced before it happens
        (dt.date(2019, 1, 3), "on December 28", "2018-12-28"),
        (dt.date(2019, 12, 2), "on November 30", "2019-11-30"),
        (dt.date(2019, 12, 30), "on 2 January", "2020-01-02"),
    ],
)
def test_a_day_without_year_takes_the_year_that_puts_it_nearest_the_anchor(anchor, phrase, value):
    [found] = find_dates(f"Grandi will visit Beijing {phrase}.", anchor=Anchor(anchor, "the publication date"))
    assert found.value == value and "nearest" in found.note


@pytest.mark.parametrize(
    "opening",
    [
        "A three-day international workshop on border management opened here Wednesday",
        "An annual seminar on migration data was held here Wednesday",
        "The National Immigration Administration and the International Organization for Migration jointly held the "
        "opening ceremony of a training workshop on Wednesday",
    ],
)
def test_a_workshop_that_opens_is_a_gathering_and_a_speech_at_its_opening_is_part_of_it(opening, registries):
    hosts = (
        ""
        if "jointly" in opening
        else (
            ", co-organized by the National Immigration Administration and the International Organization for Migration"
        )
    )
    text = (
        f"OSLO, Nov. 14 (Xinhua) -- {opening}{hosts}. Tang Wenjie, assistant minister, delivered remarks at the "
        "opening ceremony. Rui Mendes, deputy head of the agency, attended the opening and delivered a speech.\n"
    )
    workshop, first, second = _meetings(text, registries, "2007-11-15")
    assert workshop.kind == "symposium" and set(workshop.organizations) == {"nia-china", "iom"}
    assert "rui-mendes" in workshop.participants  # attended the opening: no gathering of his own
    for speech, person in ((first, "tang-wenjie"), (second, "rui-mendes")):
        assert (speech.kind, speech.participants, speech.parent) == ("speech", [person], 0)
        assert speech.date.value == "2007-11-14" and "gathering" in speech.date_basis


def test_a_speech_with_no_gathering_reported_before_has_no_parent(registries):
    text = "Tang Wenjie, assistant minister, delivered remarks at the opening ceremony on 3 May 2019.\n"
    [speech] = _meetings(text, registries)
    assert speech.parent is None and speech.date.value == "2019-05-03" and speech.date_basis is None


def test_a_date_in_a_relative_clause_is_no_date_of_the_meeting_unless_it_says_when_the_gathering_was(registries):
    text = (
        "Ambassador Tang Wenjie met with Rui Mendes, who took office in March 2015, in Oslo. Tang is in Oslo to "
        "attend the Regional Conference on Migration, which opened on 2 June 2019.\n"
    )
    talks, conference = _meetings(text, registries)
    assert talks.date is None and conference.date.value == "2019-06-02"


def test_a_planned_meeting_with_a_minister_and_with_officials_of_an_agency_is_two_meetings(registries):
    text = (
        "Ambassador Tang Wenjie will visit Ruritania next week. In Oslo, the Ambassador is expected to meet "
        "with Minister Rui Mendes and with officials of the National Immigration Administration.\n"
    )
    trip, minister, agency = _meetings(text, registries, "2018-10-30")
    assert [m.status for m in (trip, minister, agency)] == ["planned"] * 3
    assert minister.participants == ["tang-wenjie", "rui-mendes"] and minister.organizations == []
    assert agency.participants == ["tang-wenjie"] and agency.organizations == ["nia-china"]


def test_a_workshop_being_hosted_and_attended_is_one_gathering_and_addressing_its_opening_a_speech_in_it(registries):
    text = (
        "date 2010-03-02\nThe International Organization for Migration is today hosting a two-day workshop in "
        "Beijing for border officials. The workshop, which is being attended by Rui Mendes, deputy head of the "
        "agency, is part of a project. Tang Wenjie, assistant minister, addressed the opening ceremony.\n"
    )
    workshop, speech = _meetings(text, registries)
    assert (workshop.kind, workshop.date.value, workshop.place) == ("symposium", "2010-03-02", "beijing")
    assert "rui-mendes" in workshop.participants
    assert (speech.participants, speech.parent, speech.place) == (["tang-wenjie"], 0, "beijing")


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Tang Wenjie, Permanent Representative of China to the Office, addressed the session.", None),
        ("Minister Tang Wenjie addressed a session of the council in China.", "china"),
        ("Minister Tang Wenjie met with Rui Mendes, Chief of Mission in China, on 25 June 2021.", None),
        ("Minister Tang Wenjie met with Rui Mendes, Chinese Ambassador to Ethiopia, on 25 June 2021.", None),
        ("During his visit to China, Tang Wenjie held talks with Rui Mendes.", "china"),
    ],
)
def test_a_country_is_a_meetings_place_only_where_the_sentence_puts_the_meeting_in_it(sentence, place, registries):
    assert _meetings(sentence + "\n", registries)[0].place == place


@pytest.mark.parametrize("when", ["On the same day", "Later that day", "That afternoon"])
def test_a_meeting_on_the_same_day_takes_the_day_of_the_meeting_before_with_the_basis_written(when, registries):
    text = (
        f"On 16 January 2024, Minister Tang Wenjie met with Rui Mendes in Oslo. {when}, Tang Wenjie visited "
        "the International Organization for Migration.\n"
    )
    _talks, visit = _meetings(text, registries)
    assert visit.date.value == "2024-01-16" and when.lower() in visit.date_basis.lower()


def test_a_meeting_without_a_day_after_one_dated_by_month_only_stays_undated(registries):
    text = (
        "In March 2024, Minister Tang Wenjie met with Rui Mendes in Oslo. On the same day, Tang Wenjie visited "
        "the International Organization for Migration.\n"
    )
    assert _meetings(text, registries)[-1].date is None


def test_talks_on_the_sidelines_of_a_session_a_speaker_addressed_take_the_sessions_day(registries):
    text = (
        "GENEVA, June 20 (Xinhua) -- Ambassador Tang Wenjie addressed a special session of the IOM Council on "
        "Tuesday. On the sidelines of the session, Tang held talks with Rui Mendes, head of the agency.\n"
    )
    session, speech, talks = _meetings(text, registries, "2023-06-20")
    assert (session.kind, session.participants, session.organizations) == (
        "conference",
        ["tang-wenjie"],
        ["iom-council"],
    )
    assert (speech.parent, talks.parent, talks.date.value) == (0, 0, "2023-06-20")


def test_talks_during_a_conference_belong_to_it_not_to_a_speech_given_there(registries):
    text = (
        "Minister Tang Wenjie attended the Regional Conference on Migration in Oslo on 2 May 2019. He delivered a "
        "speech at the ministerial meeting. During the conference, Tang also met with Rui Mendes.\n"
    )
    _conference, _speech, talks = _meetings(text, registries)
    assert talks.parent == 0


def test_opening_remarks_at_a_gathering_are_a_speech_within_it_and_never_twice(registries):
    text = (
        "Oslo – On 8 December 2020, the International Organization for Migration and the National Immigration "
        "Administration co-hosted an online seminar on migrant services. In her opening remarks, Ms. Lena "
        "Fosse highlighted new services. Ms. Fosse said in her opening remarks that more would follow.\n"
    )
    _seminar, speech = _meetings(text, registries)
    assert (speech.kind, speech.participants, speech.parent) == ("speech", ["lena-fosse"], 0)


@pytest.mark.parametrize(
    "convened", ["meeting in a special session in Geneva", "which met in its annual session in Geneva"]
)
def test_a_council_meeting_in_session_is_a_gathering_and_who_spoke_at_it_took_part(convened, registries):
    text = (
        f"Ruritania joined the International Organization for Migration on Thursday, when the IOM Council, "
        f"{convened}, approved its application. Ambassador Tang Wenjie delivered remarks at the session.\n"
    )
    session, speech = _meetings(text, registries, "2016-07-01")
    assert (session.kind, session.place, session.date.value) == ("conference", "geneva", "2016-06-30")
    assert "iom-council" in session.organizations and session.participants == ["tang-wenjie"]
    assert (speech.parent, speech.place) == (0, "geneva")


def test_a_speech_at_a_gathering_never_reported_joins_nothing(registries):
    text = "Ambassador Tang Wenjie met with Rui Mendes. Tang delivered remarks at the session.\n"
    talks, speech = _meetings(text, registries)
    assert talks.participants == ["tang-wenjie", "rui-mendes"] and speech.parent is None


# --- lane i11meet3: gatherings and trips as parents, questions and counted crowds ------------------------------

_HEAD = "Rui Mendes, head of the agency,"


@pytest.mark.parametrize(
    "opening",
    [
        "Speaking at the 41st session of the IOM Council in Geneva on 3 May 2022, Ambassador Tang Wenjie said "
        "that cooperation would grow.",
        "Vice Minister Tang Wenjie told the 41st session of the IOM Council in Geneva on 3 May 2022 that "
        "cooperation would grow.",
    ],
)
def test_a_session_a_speaker_spoke_at_is_a_gathering_and_the_parent_of_the_speech_and_the_talks(opening, registries):
    text = f"{opening} On the sidelines of the session, Tang met with {_HEAD} and others.\n"
    session, speech, talks = _meetings(text, registries)
    assert (session.kind, session.place, session.date.value) == ("conference", "geneva", "2022-05-03")
    assert session.organizations == ["iom-council"] and session.participants == ["tang-wenjie"]
    assert (speech.kind, speech.participants, speech.parent) == ("speech", ["tang-wenjie"], 0)
    assert (talks.participants, talks.parent, talks.place) == (["tang-wenjie", "rui-mendes"], 0, "geneva")


# (round 10: whom one signs with on a gathering's margins is not listed at the gathering, the set's settled convention)
def test_a_signing_on_the_margins_of_a_named_forum_is_within_it_and_its_signatories_are_not_listed_there(registries):
    text = (
        "On the margins of the first Regional Forum on Border Management, hosted by the International Organization "
        f"for Migration, Vice Minister Tang Wenjie and {_HEAD} signed a letter of intent in Geneva on 17 December "
        "2019. The two-day Forum brought together 3,000 participants.\n"
    )
    forum, signing = _meetings(text, registries)
    assert (forum.kind, forum.date.value, forum.place) == ("forum", "2019-12-17", "geneva")
    assert (forum.participants, forum.organizations) == ([], ["iom"])
    assert (signing.kind, signing.parent) == ("signing", 0)


def test_a_roundtable_named_without_a_party_takes_the_hosts_the_next_sentence_gives(registries):
    text = (
        "date 2010-11-23\nOfficials and experts called for better services at a roundtable in Beijing on Monday. "
        "The roundtable, co-hosted by the National Immigration Administration and the International "
        "Organization for Migration, brought together about 50 researchers.\n"
    )
    [roundtable] = _meetings(text, registries)
    assert (roundtable.kind, roundtable.organizations) == ("forum", ["nia-china", "iom"])
    assert (roundtable.date.value, roundtable.place) == ("2010-11-22", "beijing")


@pytest.mark.parametrize(
    "text",
    [
        "Vice Minister Tang Wenjie said at the session that cooperation would grow.\n",  # which one: none reported
        "Vice Minister Tang Wenjie wrote about the forum and the dialogue.\n",
        "Vice Minister Tang Wenjie, speaking at a press conference, said that cooperation would grow.\n",
        "Officials and experts called for better services at a roundtable in Beijing on Monday.\n",  # nobody named
        f"Speaking to reporters on Monday, Vice Minister Tang Wenjie said that {_HEAD} was welcome.\n",
    ],
)
def test_a_gathering_referred_back_to_or_without_anyone_taking_part_is_no_meeting(text, registries):
    assert _meetings(text, registries) == []


def test_a_gathering_named_again_is_proposed_once(registries):
    text = (
        "Vice Minister Tang Wenjie addressed the Regional Forum on Border Management in Geneva on 3 May 2019. On "
        f"the margins of the Forum, Tang met with {_HEAD} and others.\n"
    )
    forum, speech, talks = _meetings(text, registries)
    assert forum.kind == "forum" and speech.parent == 0 and talks.parent == 0


def test_the_one_named_before_speaks_for_the_envoy_but_not_when_two_were_named(registries):
    one = "Vice Minister Tang Wenjie arrived in Geneva on 3 May 2022. "
    two = f"Vice Minister Tang Wenjie met with {_HEAD} in Geneva on 3 May 2022. "
    speaking = "Speaking at the 41st session of the IOM Council, the Chinese envoy said that cooperation would grow.\n"
    assert [m.participants for m in _meetings(one + speaking, registries) if m.kind == "speech"] == [["tang-wenjie"]]
    assert [m for m in _meetings(two + speaking, registries) if m.kind == "speech"] == []


@pytest.mark.parametrize("question", ["Q: It is reported that", "Question: Reports say that"])
def test_a_journalists_question_reports_no_meeting(question, registries):
    text = (
        f"{question} {_HEAD} will visit China next week. Can you confirm?\n\n"
        f"A: At the invitation of the Chinese government, {_HEAD} will visit China from 5 to 8 May.\n"
    )
    [trip] = _meetings(text, registries, "2019-04-29")
    assert (trip.kind, trip.status, trip.date.value) == ("trip", "planned", "2019-05-05")
    assert text[slice(*trip.sentence)].startswith("A:")


@pytest.mark.parametrize(
    "crowd", ["Some 60 participants from", "More than 100 officials from", "Dozens of representatives of"]
)
def test_a_counted_crowd_attending_adds_no_organization(crowd, registries):
    text = (
        "On 3 May 2019, Vice Minister Tang Wenjie opened a workshop on border management in Geneva. "
        f"{crowd} embassies, the United Nations and research institutions attended the workshop.\n"
    )
    [workshop] = _meetings(text, registries)
    assert "united-nations" not in workshop.organizations and workshop.participants == ["tang-wenjie"]


@pytest.mark.parametrize(
    "verb",
    ["had a meeting with", "held a working session with", "had a working meeting with", "met a delegation led by"],
)
def test_more_ways_to_report_a_meeting(verb, registries):
    [meeting] = _meetings(f"On 3 May 2019, Vice Minister Tang Wenjie {verb} {_HEAD} in Geneva.\n", registries)
    assert (meeting.participants, meeting.date.value, meeting.place) == (
        ["tang-wenjie", "rui-mendes"],
        "2019-05-03",
        "geneva",
    )


def test_the_delegation_led_by_a_titled_person_is_that_person_in_a_later_sentence(registries):
    text = (
        "From 3 to 7 May 2019, a delegation of the National Immigration Administration, led by Mr. Tang Wenjie, "
        f"Deputy Director-General, undertook a study visit to Switzerland. In Geneva, the delegation was received "
        f"by {_HEAD} and others.\n"
    )
    _trip, received = _meetings(text, registries, "2019-05-08")
    assert (received.kind, received.participants, received.parent) == (
        "courtesy_meeting",
        ["tang-wenjie", "rui-mendes"],
        0,
    )


def test_the_day_a_visit_ends_is_not_the_day_it_began(registries):
    text = "date 2017-08-15\nVice Minister Tang Wenjie is on a visit to Geneva that ends on Thursday.\n"
    [visit] = _meetings(text, registries)
    assert (visit.participants, visit.place, visit.date) == (["tang-wenjie"], "geneva", None)


def test_talks_with_him_during_a_visit_are_with_the_visitor_and_within_the_visit(registries):
    text = (
        f"{_HEAD} will pay an official visit to China from 5 to 8 May 2019. During the visit, Vice Minister "
        "Tang Wenjie will hold talks with him. Mendes will also visit the National Immigration Administration.\n"
    )
    trip, talks, visit = _meetings(text, registries)
    assert (trip.kind, trip.status, trip.participants) == ("trip", "planned", ["rui-mendes"])
    assert (talks.participants, talks.status, talks.parent) == (["tang-wenjie", "rui-mendes"], "planned", 0)
    assert (visit.kind, visit.status, visit.organizations, visit.parent) == ("visit", "planned", ["nia-china"], 0)


def test_an_arrival_is_a_trip_to_the_country_and_a_departure_is_neither_its_place_nor_its_date(registries):
    text = (
        f"date 2013-05-22\n{_HEAD} arrived in Beijing on Monday for a five-day visit to China. Vice Minister "
        "Tang Wenjie arrived in Shanghai and will leave for Beijing on Friday.\n"
    )
    trip, second = _meetings(text, registries)
    assert (trip.kind, trip.participants, trip.place, trip.date.value) == (
        "trip",
        ["rui-mendes"],
        "china",
        "2013-05-20",
    )
    assert (second.kind, second.place, second.date) == ("trip", "shanghai", None)


@pytest.mark.parametrize("visit", ["During his five-day visit to China", "During his visit to China"])
def test_a_visit_first_referred_to_is_proposed_as_the_parent_of_the_meetings_in_it(visit, registries):
    text = (
        f"{visit}, Vice Minister Tang Wenjie met with {_HEAD} on 3 May 2019. Tang also visited the National "
        "Immigration Administration.\n"
    )
    trip, talks, visit_made = _meetings(text, registries)
    assert (trip.kind, trip.participants, trip.place, trip.date) == ("trip", ["tang-wenjie"], "china", None)
    assert (talks.parent, talks.date.value, visit_made.parent) == (0, "2019-05-03", 0)


def test_a_visit_referred_back_to_gives_no_second_trip(registries):
    text = (
        "Vice Minister Tang Wenjie paid a visit to China on 3 May 2019. During his visit to China, Tang met with "
        f"{_HEAD} and others.\n"
    )
    assert [m.kind for m in _meetings(text, registries)] == ["trip", "bilateral_talks"]


def test_a_handover_ceremony_is_reported_by_who_attended_it_and_those_attending_join_it_not_the_speech(registries):
    text = (
        "On 14 May 2015, Ambassador Tang Wenjie attended the handover ceremony of relief supplies to the "
        f"International Organization for Migration in Geneva and delivered a speech. {_HEAD} attended the event.\n"
    )
    ceremony, speech = _meetings(text, registries)
    assert (ceremony.kind, ceremony.participants, ceremony.date.value) == (
        "signing",
        ["tang-wenjie", "rui-mendes"],
        "2015-05-14",
    )
    assert (speech.kind, speech.participants) == ("speech", ["tang-wenjie"])


@pytest.mark.parametrize(
    "when, day",
    [("The day before", "2015-05-13"), ("On the previous day", "2015-05-13"), ("The next day", "2015-05-15")],
)
def test_a_meeting_a_day_before_or_after_the_one_above_takes_that_day_with_its_basis(when, day, registries):
    text = (
        f"On 14 May 2015, Ambassador Tang Wenjie met with {_HEAD} in Geneva. {when}, Tang had a meeting with "
        "Lena Fosse, Secretary of the Ministry.\n"
    )
    _first, second = _meetings(text, registries)
    assert (second.date.value, second.date.basis) == (day, "relative") and "2015-05-14" in second.date_basis


def test_the_day_after_another_event_is_no_day_after_the_meeting_above(registries):
    text = (
        f"On 14 May 2015, Ambassador Tang Wenjie met with {_HEAD} in Geneva. The day after the election, Tang had "
        "a meeting with Lena Fosse, Secretary of the Ministry.\n"
    )
    assert _meetings(text, registries)[1].date is None


@pytest.mark.parametrize("who", ["refugees and asylum-seekers in", "Chinese companies in"])
def test_a_country_that_places_the_people_an_agreement_is_about_is_not_where_it_was_signed(who, registries):
    text = (
        f"GENEVA, Dec. 17 -- Vice Minister Tang Wenjie and {_HEAD} signed a letter of intent on the "
        f"registration of {who} China on 17 December 2019.\n"
    )
    [signing] = _meetings(text, registries)
    assert signing.place == "geneva"


def test_a_round_of_talks_the_two_organizations_would_hold_is_planned_between_them_wherever_it_is(registries):
    text = (
        "date 2010-11-23\nOfficials called for better services at a roundtable in Beijing on Monday. The "
        "roundtable, co-hosted by the National Immigration Administration and the International Organization "
        "for Migration, brought together 50 researchers. Lena Fosse said the two organizations would hold a "
        "second round of talks in Kathmandu next year.\n"
    )
    _roundtable, talks = _meetings(text, registries)
    assert (talks.status, talks.organizations, talks.place) == ("planned", ["nia-china", "iom"], None)
    assert talks.date.value == "2011"


def test_a_meeting_between_two_people_is_one_meeting_of_both(registries):
    text = f"The grant was announced at a meeting in Beijing on 15 May 2023 between Vice Minister Tang Wenjie and {_HEAD} and others.\n"
    [meeting] = _meetings(text, registries)
    assert (meeting.participants, meeting.place, meeting.date.value) == (
        ["tang-wenjie", "rui-mendes"],
        "beijing",
        "2023-05-15",
    )


def test_talks_where_a_visitor_went_are_within_the_visit_and_a_visit_with_unnamed_officials_is_no_talks(registries):
    text = (
        f"{_HEAD} visited the National Immigration Administration in Beijing on 21 February 2023, where he held "
        "talks with its deputy commissioner Tang Wenjie. Ambassador Lena Fosse completed a visit to China this week, where "
        "she met with senior government officials.\n"
    )
    visit, talks, trip = _meetings(text, registries, "2023-02-23")
    assert (visit.participants, visit.organizations) == (["rui-mendes"], ["nia-china"])
    assert (talks.participants, talks.parent) == (["rui-mendes", "tang-wenjie"], 0)
    assert trip.kind == "trip"  # and no talks of Lena Fosse's alone


def test_who_addressed_a_reception_attended_it(registries):
    text = (
        "The International Organization for Migration marked its 70th anniversary at a reception in Beijing on "
        "19 April 2021. Vice Minister Tang Wenjie addressed the reception.\n"
    )
    reception, speech = _meetings(text, registries)
    assert reception.participants == ["tang-wenjie"] and speech.parent == 0


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("They met on Thursday.", "2017-08-10"),
        ("They met last Tuesday.", "2017-08-08"),
        ("The visit ends on Thursday.", "2017-08-17"),
        ("He will leave for Geneva on Friday.", "2017-08-18"),
        ("They are expected to meet again on Monday.", "2017-08-21"),
        ("They will meet next Tuesday.", "2017-08-22"),
        ("He is in Geneva today and will leave on Tuesday.", "2017-08-15"),
    ],
)
def test_a_weekday_is_the_last_one_unless_the_sentence_speaks_of_what_is_to_come(sentence, day):
    anchor = Anchor(dt.date(2017, 8, 15), "the date line (a Tuesday)")
    weekday = [d for d in find_dates(sentence, 0, None, anchor) if d.precision == "day"][-1]
    assert weekday.value == day and (("to come" in weekday.note) == (day > "2017-08-15"))


@pytest.mark.parametrize("days, first", [("four-day", "2017-08-14"), ("two-day", "2017-08-16")])
def test_a_visit_of_so_many_days_that_ends_on_a_day_began_so_many_days_before(days, first, registries):
    text = f"date 2017-08-15\nVice Minister Tang Wenjie is on a {days} visit to Geneva that ends on Thursday.\n"
    [visit] = _meetings(text, registries)
    assert (visit.date.value, visit.date.end_value, visit.date.precision) == (first, "2017-08-17", "day")
    assert "2017-08-17" in visit.date_basis


@pytest.mark.parametrize("second, status", [("hold talks with", "planned"), ("held talks with", "held")])
def test_a_verb_coordinated_with_a_planned_one_is_planned_unless_its_own_tense_says_otherwise(
    second, status, registries
):
    text = (
        f"Vice Minister Tang Wenjie will meet with Lena Fosse, Secretary of the Ministry, and {second} {_HEAD} too.\n"
    )
    first, talks = _meetings(text, registries)
    assert (first.status, talks.participants, talks.status) == ("planned", ["tang-wenjie", "rui-mendes"], status)


def test_two_people_who_met_briefly_after_a_session_met_on_its_day_and_one_alone_met_no_one(registries):
    text = (
        "Vice Minister Tang Wenjie addressed a special session of the IOM Council in Geneva on 30 June 2016. "
        "Ambassador Lena Fosse told the session that more would follow. After the session, Vice Minister Tang and "
        "Ambassador Fosse met briefly. Tang met again later.\n"
    )
    meetings = _meetings(text, registries)
    talks = [m for m in meetings if m.kind == "bilateral_talks"]
    assert [set(m.participants) for m in talks] == [{"tang-wenjie", "lena-fosse"}]
    assert talks[0].date.value == "2016-06-30" and "After the session" in talks[0].date_basis


def test_after_a_gathering_of_several_days_the_day_is_not_known(registries):
    text = (
        "Vice Minister Tang Wenjie addressed the Regional Forum on Border Management in Geneva from 3 to 5 May "
        "2019. After the forum, Tang and Ambassador Lena Fosse met briefly.\n"
    )
    assert [m.date for m in _meetings(text, registries) if m.kind == "bilateral_talks"] == [None]


def test_a_question_paragraph_without_q_reports_no_meeting_and_a_quoted_question_is_no_question(registries):
    text = (
        f"The Paper: Vice Minister Tang Wenjie met with {_HEAD} yesterday. Can you give us more details?\n\n"
        f'Lena Fosse said: Vice Minister Tang Wenjie met with {_HEAD} on 3 May 2019. "Why now?"\n'
    )
    [meeting] = _meetings(text, registries)
    assert meeting.date.value == "2019-05-03"


# --- lane i11ents3 (round 3): new people and organizations, speakers ---------------------------------------------


@pytest.mark.parametrize("honorific", ["Madam", "Madame", "Mrs.", "Ms", "Miss", "Professor", "Dr", "Sir"])
def test_an_honorific_before_a_family_name_is_the_person_named_in_full_never_a_new_one(honorific, registries):
    text = (
        f"OSLO, May 2 -- Ambassador Tang Wenjie met with Mira Solberg, Director of the Nordic Migration Board, on "
        f"Monday.\n{honorific} Solberg said that China supports the Global Compact for Migration.\n"
    )
    draft = draft_article("t", text, registries, [])
    people = {e.fields["name"] for e in draft.new_entries if e.kind == "people"}
    assert people == {"Tang Wenjie", "Mira Solberg"}
    [topic] = [m for m in draft.mentions if m.kind == "topics"]
    assert topic.speakers == ("mira-solberg",)


def test_an_honorific_and_a_family_name_nobody_was_named_in_full_with_proposes_no_one(registries):
    text = "OSLO, May 2 -- Madam Solberg expressed her thanks to the IOM. She said that China supports the Global Compact for Migration.\n"
    draft = draft_article("t", text, registries, [])
    assert [e for e in draft.new_entries if e.kind == "people"] == []
    assert all(m.speakers == () for m in draft.mentions)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sichuan Vice Governor He Liming on Monday received the delegation.", "He Liming"),
        ("The talks were chaired by Deputy Director An Wenbo of the bureau.", "An Wenbo"),
        ("Tove Berg, vice-minister of labour and social affairs, said data matter.", "Tove Berg"),
        ("Ola Dahl, deputy-director of the border agency, said data matter.", "Ola Dahl"),
        ("Dr Tove Berg attended the meeting.", "Tove Berg"),
        ("Mr JIN Hao attended the meeting.", "JIN Hao"),
    ],
)
def test_people_after_a_title_or_before_a_hyphenated_post_are_proposed(text, name):
    assert [c.name for c in person_candidates(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "He Said Migration Matters, a report, was launched.",
        "After the meeting He Liming left.",
        "The delegation met. He Liming said nothing.",
    ],
)
def test_a_pronoun_that_opens_a_name_without_a_title_is_no_family_name(text):
    assert [c.name for c in person_candidates(text) if c.name.startswith("He ")] == []


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ms. Ada Kemp, Director of the Department of Labour Mobility of the Nordic Council of Migration (NCM), spoke.",
            ["Department of Labour Mobility", "Nordic Council of Migration"],
        ),
        (
            "Ivo Lind, head of the Office of Legal Affairs at the Baltic Migration Agency (BMA), spoke.",
            ["Office of Legal Affairs", "Baltic Migration Agency"],
        ),
        ("Ivo Lind, Deputy Director General for Operations of the Baltic Migration Agency (BMA), spoke.", None),
    ],
)
def test_a_part_named_before_an_organization_with_its_acronym_is_an_organization_too(text, names):
    found = [c.name for c in organization_candidates(text)]
    assert found == (names or ["Baltic Migration Agency"])


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "She heads the Nordic Regional Office for Asia and the Pacific in Bangkok.",
            "Nordic Regional Office for Asia and the Pacific",
        ),
        ("She heads the Liaison Office for Central Europe in Vienna.", "Liaison Office for Central Europe"),
        ("She visited the Embassy of Norway in Kenya.", "Embassy of Norway in Kenya"),
        ("She visited the Nordic Liaison Office in Vienna.", "Nordic Liaison Office in Vienna"),
    ],
)
def test_the_city_of_an_office_named_for_what_it_serves_is_no_part_of_its_name(text, name):
    assert [c.name for c in organization_candidates(text)] == [name]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chen Li, China's ambassador to Norway, said trade grew. Speaking at the forum, the Chinese envoy said "
            "data matter.",
            ["chen", "chen"],
        ),
        ("Chen Li said trade grew. The envoy also said that data matter.", ["chen", "chen"]),
        ("Chen Li said trade grew. The spokesperson said that data matter.", ["chen", None]),  # someone else
        ("Chen Li said trade grew. The IOM spokesperson said that data matter.", ["chen", None]),
        (
            "Spokesperson Chen Li said trade grew. Ivo Lind agreed. The spokesperson said that data matter.",
            ["chen", "lind", "chen"],
        ),
        # someone else named before: "the Chinese envoy" may be that one, not the last speaker
        ("Chen Li met Ivo Lind. Lind said trade grew. The Chinese envoy said that data matter.", [None, "lind", None]),
        ("Ivo Lind said trade grew. Chen Li agreed. The Chinese envoy said that data matter.", ["lind", "chen", None]),
    ],
)
def test_a_title_with_a_qualifier_stands_for_the_last_speaker_only_when_no_one_else_was_named(text, expected):
    people = _people(text, {"Chen Li": "chen", "Ivo Lind": "lind", "Lind": "lind"})
    assert speakers(text, split_sentences(text), people) == expected


_BRIEFING_TEXT = (
    "{headline}\n2021/03/04\n\n"
    "Q: Ruritania says it will host a forum on migration next month. What is your comment?\n\n"
    "{answer}: China supports South-South cooperation on migration.\n\n"
    "We stand ready to work with all parties under the Global Compact for Migration.\n\n"
    "Q: Will the minister meet the IOM chief?\n\n"
    "{answer}: Vice Foreign Minister Tang Wenjie will hold talks with Antonio Vitorino on global migration governance.\n"
)


@pytest.mark.parametrize("answer", ["A", "Ivo Berg", "Spokesperson Ivo Berg"])
def test_the_answers_of_a_press_conference_are_the_spokesperson_s_but_not_a_meeting_s_agenda(answer, registries):
    headline = "Foreign Ministry Spokesperson Ivo Berg's Regular Press Conference on March 4, 2021"
    draft = draft_article("t", _BRIEFING_TEXT.format(headline=headline, answer=answer), registries, [])
    assert "Ivo Berg" in {e.fields["name"] for e in draft.new_entries}
    assert {(r.person, r.title, r.organization) for r in draft.roles} >= {("ivo-berg", "Spokesperson", "mfa-china")}
    said = {m.entity_id: m.speakers for m in draft.mentions if m.kind == "topics"}
    assert said == {
        "south-south-cooperation": ("ivo-berg",),
        "global-compact-for-migration": ("ivo-berg",),
        "migration-governance": (),  # the agenda of talks the answer announces
    }


@pytest.mark.parametrize(
    "headline", ["Ivo Berg's Press Conference on March 4, 2021", "Regular Press Conference on March 4, 2021"]
)
def test_answers_without_a_spokesperson_named_in_the_headline_have_no_speaker(headline, registries):
    draft = draft_article("t", _BRIEFING_TEXT.format(headline=headline, answer="A"), registries, [])
    assert all(m.speakers == () for m in draft.mentions)


def test_turns_named_by_the_spokesperson_who_hosted_the_briefing_are_theirs_and_a_journalist_s_none(registries):
    text = _BRIEFING_TEXT.format(
        headline="Foreign Ministry Spokesperson Ivo Berg hosted a regular press conference on March 4, 2021",
        answer="  Ivo Berg",
    ).replace("Q: Will", "Nordic Radio: Will the IOM support the Global Compact for Migration? And will")
    draft = draft_article("t", text, registries, [])
    said = [(m.entity_id, m.speakers) for m in draft.mentions if m.kind == "topics"]
    assert said == [
        ("south-south-cooperation", ("ivo-berg",)),
        ("global-compact-for-migration", ("ivo-berg",)),
        ("global-compact-for-migration", ()),  # the journalist's question
        ("migration-governance", ()),
    ]


@pytest.mark.parametrize(
    "byline, publication",
    [
        ("By Ada Kemp (Nordic Daily)", "Nordic Daily"),
        ("By ADA KEMP | Nordic Daily | Updated: 2021-03-04 10:02", "Nordic Daily"),
        ("Source: Nordic Daily  Published: 2021/3/4 10:26:05", "Nordic Daily"),
        ("By Ada Kemp | nordicdaily.com | Updated: 2021-03-04 10:02", None),
        ("By Ada Kemp in Oslo", None),
        ("By Ada Kemp (Staff Reporter)", None),
    ],
)
def test_the_publication_a_byline_names_is_proposed_never_its_author(byline, publication, registries):
    text = (
        f"Nordic migrants find work faster\n{byline}\n\nOSLO -- The International Organization for Migration said on "
        "Monday that migrants in Norway found work faster. By the end of the year, Nordic Labour would report.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries] == ([publication] if publication else [])


@pytest.mark.parametrize(
    "sentence, topics",
    [
        ("Ada Kemp addressed the High-level Dialogue on International Migration and Development.", []),
        ("Ada Kemp addressed the Nordic Forum on Migration and Development.", []),
        ("Migration and development were discussed by Ada Kemp.", ["migration-and-development"]),
        ("Ada Kemp spoke on migration and development.", ["migration-and-development"]),
        ("Ada Kemp, a senior border management specialist, spoke.", []),
        ("Ada Kemp spoke on cooperation in border management.", ["border-governance"]),
    ],
)
def test_a_topic_s_words_in_an_event_s_name_or_a_post_are_no_topic_mention(sentence, topics, registries):
    draft = draft_article("t", f"OSLO, May 2 -- {sentence}\n", registries, [])
    assert [m.entity_id for m in draft.mentions if m.kind == "topics"] == topics


@pytest.mark.parametrize(
    "post, organization",
    [
        ("Minister of Home Affairs of South Africa", "dha-south-africa"),
        ("Deputy Minister of Home Affairs of South Africa", "dha-south-africa"),
        (
            "Minister of Home Affairs of Kenya",
            "ministry-home-affairs-kenya",
        ),  # not registered: inferred, with its basis
        ("Minister of Home Affairs", None),  # whose?
        ("President of Brazil", "government-brazil"),
        ("President of the Nordic Council", "nordic-council"),  # the body named, no government
    ],
)
def test_a_minister_or_head_of_state_of_a_named_country_holds_that_country_s_body(post, organization, registries):
    draft = draft_article("t", f"OSLO, May 2 -- Ada Kemp, {post}, met with Ivo Lind on Monday.\n", registries, [])
    [role] = [r for r in draft.roles if r.person == "ada-kemp"]
    assert role.organization == organization


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ada Kemp and Ivo Lind thanked China, expressing that they would work together.", ("kemp", "lind")),
        ("On Monday, Ada Kemp and Ivo Lind said that data matter.", ("kemp", "lind")),
        ("Chen Li met Ada Kemp and Ivo Lind said that data matter.", ("lind",)),  # Kemp was met, not speaking
        ("Ada Kemp's deputy and Ivo Lind said that data matter.", ("lind",)),
    ],
)
def test_two_people_coordinated_as_the_subject_of_a_reporting_verb_both_speak(text, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind", "Chen Li": "chen"})
    sentences = split_sentences(text)
    assert co_speakers(text, sentences, people, speakers(text, sentences, people)) == [expected]


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Ivo Lind visited the Nordic Migration Board, where he met its deputy director Ada Kemp.", "Deputy Director"),
        ("Ivo Lind visited the Nordic Migration Board and met its commissioner Ada Kemp.", "Commissioner"),
        ("Ivo Lind visited the Nordic Migration Board and met its staff and Ada Kemp.", None),
    ],
)
def test_a_post_in_lower_case_after_its_is_a_role(sentence, title, registries):
    draft = draft_article("t", f"OSLO, May 2 -- {sentence}\n", registries, [])
    assert [r.title for r in draft.roles if r.person == "ada-kemp"] == ([title] if title else [])


@pytest.mark.parametrize(
    "sentence, organization",
    [
        (
            "Ivo Lind received a delegation of the Nordic Labour Organization led by Ada Kemp, the organization's "
            "Deputy Director General.",
            "nordic-labour-organization",
        ),
        (
            "Ivo Lind of the Baltic Trade Organization received a delegation of the Nordic Labour Organization led "
            "by Ada Kemp, the organization's Deputy Director General.",
            None,  # two organizations to choose from
        ),
    ],
)
def test_the_organization_s_post_belongs_to_the_one_organization_of_that_kind_named_before(
    sentence, organization, registries
):
    draft = draft_article("t", f"OSLO, May 2 -- {sentence}\n", registries, [])
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == [organization]


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Statement by H.E. Ambassador Ivo Berg at the 112th Session of the Nordic Council", "ivo-berg"),
        ("Keynote Speech by Ivo Berg, Minister of Labour of Ruritania", "ivo-berg"),
        ("Remarks by Mr. Ivo Berg on World Refugee Day", "ivo-berg"),
        ("Nordic envoy Ivo Berg attends the 112th Session of the Nordic Council", None),  # a report, no statement
    ],
)
def test_the_body_of_a_statement_is_spoken_by_the_speaker_its_headline_names(headline, speaker, registries):
    text = (
        f"{headline}\n2021-11-30 17:30\n\nMadam Chair,\n\nFellow delegates,\n\n"
        "The delegation appreciates the work of the organization in the fight against the COVID-19 pandemic, and "
        "I would like to make a few points:\n\n"
        "First, we support the Global Compact for Migration and call for more international cooperation.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert {m.speakers for m in draft.mentions if m.kind == "topics"} == {(speaker,) if speaker else ()}
    assert ("Ivo Berg" in {e.fields["name"] for e in draft.new_entries}) == (speaker is not None)


def test_a_name_and_a_colon_once_in_a_report_opens_no_turn(registries):
    text = (
        "OSLO, May 2 -- Ivo Berg met Ada Kemp on Monday.\nAda Kemp: a life on the move, her memoir, was launched.\n"
        "The agenda includes South-South cooperation.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert all(m.speakers == () for m in draft.mentions)


# --- lane i11meet4: relative clauses, visits and stays, "the two", talks in every phrasing ----------------------------

_ROLE = "Rui Mendes, head of the agency,"


@pytest.mark.parametrize(
    ("clause", "kind", "date", "place"),
    [
        (
            "who attended the Regional Forum on Border Management in Geneva on 3 May 2022",
            "conference",
            "2022-05-03",
            "geneva",
        ),
        ("who arrived in Beijing on 3 May 2022 for his first visit to China", "trip", "2022-05-03", "china"),
    ],
)
def test_a_relative_clause_with_a_trigger_is_a_meeting_and_the_main_verb_after_it_another(
    clause, kind, date, place, registries
):
    text = f"date 2022-05-06\n{_ROLE} {clause}, met Vice Minister Tang Wenjie on 4 May 2022.\n"
    first, talks = _meetings(text, registries)
    assert (first.kind, first.participants, first.date.value, first.place) == (kind, ["rui-mendes"], date, place)
    assert (talks.kind, talks.participants) == ("bilateral_talks", ["rui-mendes", "tang-wenjie"])
    # the clause's date and place are not the talks', which are within the trip (so in its country)
    assert (talks.date.value, talks.place) == ("2022-05-04", None if kind == "conference" else "china")


@pytest.mark.parametrize(
    "verb",
    [
        "met at the Ministry of Foreign Affairs with",
        "met in the Great Hall of the People with",
        "received a visit by",
        "received a courtesy call from",
        "receives a visit from",
    ],
)
def test_talks_and_courtesy_calls_in_other_phrasings_are_meetings(verb, registries):
    [meeting] = _meetings(f"Vice Minister Tang Wenjie {verb} Mr. {_ROLE[:-1]}.\n", registries)
    assert meeting.participants == ["tang-wenjie", "rui-mendes"]


def test_a_letter_or_a_report_received_is_no_meeting(registries):
    text = "Vice Minister Tang Wenjie received a letter from Rui Mendes and a visit report from his office.\n"
    assert _meetings(text, registries) == []


@pytest.mark.parametrize(
    "verb", ["will travel to", "will travel on Thursday to", "is scheduled to travel next week to"]
)
def test_a_named_person_who_will_travel_to_a_place_plans_a_visit_there(verb, registries):
    [visit] = _meetings(f"date 2022-05-03\n{_ROLE} {verb} Geneva.\n", registries)
    assert (visit.kind, visit.status, visit.participants, visit.place) == ("visit", "planned", ["rui-mendes"], "geneva")


@pytest.mark.parametrize(
    "text",
    [
        '"We will help," said Rui Mendes. He will also travel to Geneva.\n',  # "He": the quoted one, or another?
        "Thousands of migrants will travel to Geneva this year.\n",
        "Rui Mendes said the workers will travel to Geneva.\n",
    ],
)
def test_travel_by_a_pronoun_or_by_people_not_named_is_no_visit(text, registries):
    assert all(m.kind != "visit" for m in _meetings(text, registries))


@pytest.mark.parametrize(
    "before", ["Before the signing, the two held talks.", "Prior to the signing, the two held talks."]
)
def test_the_two_holding_talks_before_a_signing_meet_the_same_day_within_it(before, registries):
    text = (
        f"date 2023-06-14\nOn June 13, Vice Minister Tang Wenjie and {_ROLE} signed an agreement in Beijing. {before}\n"
    )
    signing, talks = _meetings(text, registries)
    assert (signing.kind, signing.date.value) == ("signing", "2023-06-13")
    assert (talks.kind, talks.participants, talks.parent) == ("bilateral_talks", signing.participants, 0)
    assert (talks.date.value, talks.place, talks.status) == ("2023-06-13", "beijing", "held")


def test_working_talks_before_the_meeting_are_on_its_day(registries):
    text = (
        "Vice Minister Tang Wenjie met with Rui Mendes in Beijing on 27 March 2012. Before the meeting, Mendes "
        "held working talks with officials of the National Immigration Administration.\n"
    )
    _, working = _meetings(text, registries)
    assert (working.kind, working.participants, working.organizations) == (
        "working_talks",
        ["rui-mendes"],
        ["nia-china"],
    )
    assert working.date.value == "2012-03-27" and working.date_basis


def test_the_two_held_talks_with_no_meeting_before_is_none(registries):
    assert _meetings("The two held talks.\n", registries) == []


def test_the_two_sides_agreeing_to_a_consultation_after_according_to_are_both_sides(registries):
    text = (
        "date 2021-11-10\nTang Wenjie, chairman of the China International Development Cooperation Agency (CIDCA), "
        "held a video call with Director General of the International Organization for Migration (IOM) Antonio "
        "Vitorino on Tuesday. According to CIDCA, the two sides agreed to hold their first consultation on "
        "development cooperation next year.\n"
    )
    _, consultation = _meetings(text, registries)
    assert (consultation.kind, consultation.status) == ("dialogue", "planned")
    assert set(consultation.organizations) == {"cidca", "iom"} and consultation.participants == []


@pytest.mark.parametrize("verb", ["gathered in Geneva on 24 October 2019", "convened on 24 October 2019 in Geneva"])
def test_people_who_gathered_for_a_symposium_give_the_symposium_with_its_organizers(verb, registries):
    text = (
        f"Officials from six countries {verb} for a two-day symposium on border management, jointly organized "
        "by the National Immigration Administration and the International Organization for Migration.\n"
    )
    [symposium] = _meetings(text, registries)
    assert (symposium.kind, symposium.organizations) == ("symposium", ["nia-china", "iom"])
    assert (symposium.date.value, symposium.place) == ("2019-10-24", "geneva")


@pytest.mark.parametrize(
    "text",
    [
        "Vice Minister Tang Wenjie called for a dialogue between the agency and the National Immigration "
        "Administration.\n",
        "Officials gathered in Geneva for a photograph with the International Organization for Migration.\n",
    ],
)
def test_a_call_for_a_dialogue_or_a_gathering_for_no_event_is_no_meeting(text, registries):
    assert _meetings(text, registries) == []


@pytest.mark.parametrize(
    ("clause", "kind", "place"),
    [("who is in China for a working visit", "trip", "china"), ("who was on a three-day visit", "visit", None)],
)
def test_a_relative_clause_saying_a_person_is_on_a_visit_gives_the_visit(clause, kind, place, registries):
    text = (
        f"Vice Minister Tang Wenjie met with {_ROLE[:-1]}, {clause}. The meeting was also attended by "
        "Ambassador Li Qiang.\n"
    )
    talks, stay = _meetings(text, registries)
    assert talks.participants == ["tang-wenjie", "rui-mendes", "li-qiang"]  # the meeting, not the visit
    assert (stay.kind, stay.participants, stay.place, stay.date) == (kind, ["rui-mendes"], place, None)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("There, he met with Mr. Tang Wenjie.", ["rui-mendes", "tang-wenjie"]),  # "he": not Ms. Lena Ortiz
        ("There, she met with Mr. Tang Wenjie.", ["lena-ortiz", "tang-wenjie"]),
    ],
)
def test_he_or_she_stands_for_the_last_person_whose_honorific_fits(second, expected, registries):
    text = f"Mr. Rui Mendes, head of the agency, met with Ms. Lena Ortiz, the commissioner, on Monday. {second}\n"
    *_, talks = _meetings(text, registries)
    assert talks.participants == expected


def test_he_after_a_woman_named_last_with_no_man_named_by_honorific_has_no_subject(registries):
    text = "Rui Mendes met with Ms. Lena Ortiz on Monday. There, he met with Mr. Tang Wenjie.\n"
    *_, talks = _meetings(text, registries)
    assert "lena-ortiz" not in talks.participants


@pytest.mark.parametrize(
    ("sentence", "kind", "status"),
    [
        (
            "Vice Minister Tang Wenjie will lead the Chinese delegation to the Global Forum on Migration",
            "conference",
            "planned",
        ),
        (
            "Vice Minister Tang Wenjie led a high-level delegation to the 41st session of the IOM Council",
            "conference",
            "held",
        ),
        ("Vice Minister Tang Wenjie headed a delegation to Geneva", "visit", "held"),
    ],
)
def test_leading_a_delegation_to_a_gathering_attends_it_and_to_a_city_visits_it(sentence, kind, status, registries):
    [meeting] = _meetings(f"date 2022-04-26\n{sentence} in Geneva from May 17 to 20.\n", registries)
    assert (meeting.kind, meeting.status, meeting.participants) == (kind, status, ["tang-wenjie"])
    assert (meeting.place, meeting.date.value) == ("geneva", "2022-05-17")


def test_a_delegation_that_was_led_or_named_is_no_meeting(registries):
    text = "Vice Minister Tang Wenjie, who led the delegation, said the delegation to the Forum was large.\n"
    assert _meetings(text, registries) == []


@pytest.mark.parametrize("verb", ["organize", "co-organize", "hold"])
def test_the_two_sides_agreeing_to_organize_a_workshop_plan_one_of_the_same_parties(verb, registries):
    text = (
        f"date 2012-06-04\nVice Minister Tang Wenjie met with {_ROLE[:-1]} in Geneva on 30 May. The two sides agreed "
        f"to {verb} a joint workshop in Beijing later this year.\n"
    )
    talks, workshop = _meetings(text, registries)
    assert (workshop.kind, workshop.status, workshop.place) == ("symposium", "planned", "beijing")
    assert workshop.participants + workshop.organizations == talks.participants + talks.organizations


@pytest.mark.parametrize(
    "verb",
    [
        "presented the contribution to",
        "handed the donation to",
        "handed USD 100,000 in cash assistance over to",
        "handed over a cheque to",
    ],
)
def test_a_named_person_handing_over_a_contribution_to_another_is_a_handover(verb, registries):
    text = f"Ambassador Tang Wenjie, head of the mission, {verb} {_ROLE[:-1]} in Geneva.\n"
    [handover] = _meetings(text, registries)
    assert (handover.kind, handover.participants, handover.place) == (
        "signing",
        ["tang-wenjie", "rui-mendes"],
        "geneva",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Government of China handed over a contribution to the International Organization for Migration.\n",
        "Tang Wenjie said the ministry presented the donation to the families.\n",
        "Tang Wenjie presented the report to the press.\n",
    ],
)
def test_a_handover_by_no_person_named_as_its_subject_or_of_no_contribution_is_none(text, registries):
    assert all(m.kind != "signing" for m in _meetings(text, registries))


@pytest.mark.parametrize(
    "verb", ["received on Sunday in Geneva", "received at his office Thursday", "received in Geneva on 3 May,"]
)
def test_received_with_a_time_or_place_before_the_guest_is_a_courtesy_meeting(verb, registries):
    [meeting] = _meetings(
        f"Vice Minister Tang Wenjie {verb} the visiting Rui Mendes, head of the agency.\n", registries
    )
    assert (meeting.kind, meeting.participants) == ("courtesy_meeting", ["tang-wenjie", "rui-mendes"])


def test_a_handover_of_the_contribution_an_earlier_sentence_dates_takes_its_date(registries):
    text = (
        "Geneva, 10 September 2010 – China today handed over a contribution of USD 1 million to IOM.\n\n"
        f"Ambassador Tang Wenjie presented the contribution to {_ROLE[:-1]} at a short ceremony.\n"
    )
    [handover] = _meetings(text, registries)
    assert (handover.participants, handover.date.value) == (["tang-wenjie", "rui-mendes"], "2010-09-10")


def test_a_handover_of_a_contribution_no_earlier_sentence_names_has_no_date(registries):
    text = (
        "Geneva, 10 September 2010 – China today pledged support to IOM.\n\n"
        f"Ambassador Tang Wenjie presented the contribution to {_ROLE[:-1]} at a short ceremony.\n"
    )
    [handover] = _meetings(text, registries)
    assert handover.date is None


_SYMPOSIUM = (
    "date 2019-10-25\nOfficials gathered in Geneva on 24 October 2019 for a two-day symposium on border management, "
    "organized by the National Immigration Administration.\n"
)


@pytest.mark.parametrize("verb", ["discussed a joint study, to be published next year", "exchanged views on a study"])
def test_two_people_who_talk_on_the_sidelines_hold_talks_within_the_gathering_on_its_day(verb, registries):
    text = f"{_SYMPOSIUM}On the sidelines, Vice Minister Tang Wenjie and {_ROLE} {verb}.\n"
    _, talks = _meetings(text, registries)
    assert (talks.kind, set(talks.participants), talks.parent) == ("working_talks", {"tang-wenjie", "rui-mendes"}, 0)
    assert talks.date.value == "2019-10-24"  # the gathering's, not the study's


@pytest.mark.parametrize(
    "text",
    [
        f"{_SYMPOSIUM}Vice Minister Tang Wenjie and {_ROLE} discussed a joint study.\n",  # not said to be on the sidelines
        f"{_SYMPOSIUM}On the sidelines, Vice Minister Tang Wenjie discussed a joint study.\n",  # with whom?
    ],
)
def test_discussing_is_talks_only_of_two_people_on_the_sidelines(text, registries):
    assert [m.kind for m in _meetings(text, registries)] == ["symposium"]


def test_a_gathering_to_be_held_keeps_the_date_of_its_clause(registries):
    text = (
        "date 2022-04-26\nVice Minister Tang Wenjie will lead the Chinese delegation to the Forum, to be held in "
        "Geneva from May 17 to 20.\n"
    )
    [forum] = _meetings(text, registries)
    assert (forum.date.value, forum.place) == ("2022-05-17", "geneva")


def test_she_who_will_travel_is_the_person_last_named_as_the_subject_opening_a_sentence(registries):
    text = (
        "date 2022-05-03\nVice Minister Tang Wenjie met with Ms. Lena Ortiz, head of the agency, in Beijing on Monday.\n\n"
        "Ortiz, who arrived in Beijing on Sunday, praised the ministry. The agency was ready to help, she said.\n\n"
        "She will travel on Thursday to Geneva to look at a pilot project on the return and reintegration of migrants.\n"
    )
    *_, visit = _meetings(text, registries)
    assert (visit.kind, visit.status, visit.participants, visit.place) == ("visit", "planned", ["lena-ortiz"], "geneva")


@pytest.mark.parametrize(
    "sentence",
    [
        f"Vice Minister Tang Wenjie and {_ROLE} held talks in Geneva on 3 May 2022.",
        f"Vice Minister Tang Wenjie and {_ROLE} had a meeting in Geneva on 3 May 2022.",
        f"Vice Minister Tang Wenjie held talks in Geneva on 3 May 2022 with {_ROLE[:-1]}.",
        f"Vice Minister Tang Wenjie spoke by phone with {_ROLE} in Geneva on 3 May 2022.",
        f"Vice Minister Tang Wenjie talked with {_ROLE} by telephone in Geneva on 3 May 2022.",
    ],
)
def test_talks_of_two_named_people_in_other_phrasings_are_one_meeting(sentence, registries):
    [talks] = _meetings(f"{sentence}\n", registries)
    assert (talks.kind, set(talks.participants)) == ("bilateral_talks", {"tang-wenjie", "rui-mendes"})
    assert (talks.date.value, talks.place) == ("2022-05-03", "geneva")


@pytest.mark.parametrize(
    "text",
    [
        "Vice Minister Tang Wenjie spoke with reporters after the session on 3 May 2022.\n",
        "The International Organization for Migration held a meeting of experts in Geneva on 3 May 2022.\n",
        "Vice Minister Tang Wenjie held talks in Geneva on 3 May 2022.\n",  # with whom?
    ],
)
def test_talking_to_reporters_or_meetings_of_no_two_named_people_are_no_talks(text, registries):
    assert all(not m.kind.endswith("talks") for m in _meetings(text, registries))


def test_a_meeting_in_a_relative_clause_with_commas_keeps_its_date_and_is_not_within_the_gathering_after_it(
    registries,
):
    text = (
        f"date 2022-05-06\nVice Minister Tang Wenjie, who met {_ROLE} in 2019, attended the Global Forum on "
        "Migration in Geneva on 4 May 2022.\n"
    )
    forum, talks = _meetings(text, registries)
    assert (forum.kind, forum.participants, forum.date.value) == ("forum", ["tang-wenjie"], "2022-05-04")
    assert (talks.participants, talks.date.value, talks.parent) == (["tang-wenjie", "rui-mendes"], "2019", None)


def test_attending_and_addressing_a_reception_just_reported_joins_it_and_gives_a_speech_within_it(registries):
    text = (
        "The National Immigration Administration held a reception in Beijing on April 2, 2019. Vice Minister Tang "
        "Wenjie attended and addressed the reception.\n"
    )
    reception, speech = _meetings(text, registries)
    assert (reception.kind, reception.participants, reception.organizations) == (
        "conference",
        ["tang-wenjie"],
        ["nia-china"],
    )
    assert (speech.kind, speech.parent, speech.date.value) == ("speech", 0, "2019-04-02")


def test_the_host_named_in_an_invitation_and_the_one_who_announces_a_visit_do_not_make_it(registries):
    text = (
        "BEIJING -- At the invitation of Chinese President Tang Wenjie, the president of Palau will pay a state "
        "visit to China from April 5 to 12, Foreign Ministry spokesperson Li Qiang announced on Wednesday.\n"
    )
    assert _meetings(text, registries) == []


def test_the_invited_guest_named_after_the_invitation_makes_the_visit(registries):
    text = (
        "At the invitation of the International Organization for Migration, Vice Minister Tang Wenjie visited "
        "Geneva on 9 January 2020.\n"
    )
    [visit] = _meetings(text, registries)
    assert (visit.participants, visit.place) == (["tang-wenjie"], "geneva")


# Lane i11ents4 (round 4): names after a title of an organization (before a time word, a second title, or with a
# list in the body's name), never a body's or its subject's words; posts in lower case before a comma; "Consul",
# "attaché"; posts of a delegation's body, a regional office, "its" and "the agency's" body; passives that report no
# one; organizations cut at "and the", between a part and its body and after a date, and spelled across commas.


@pytest.mark.parametrize(
    "sentence, names",
    [
        # a name after the title of an organization before a time word or a second title
        ("Minister of Labour Ivo Lind today met the delegation.", ["Ivo Lind"]),
        ("Minister of Labour Ivo Lind yesterday received the delegation.", ["Ivo Lind"]),
        (
            "Vice Chairman of NORDA Ivo Lind and Deputy Director General of the Baltic Labour Board Ada Kemp signed.",
            ["Ivo Lind", "Ada Kemp"],
        ),
        (
            "Chairman of the Nordic Council and Deputy Director General of the Baltic Labour Board Ada Kemp met.",
            ["Ada Kemp"],
        ),
        ("Minister of Labour and Social Affairs Ada Kemp said it.", ["Ada Kemp"]),
        # words before an organization's head word are no person
        ("The Nordic Refugee Agency thanked Ruritania.", []),  # a name before a head word is an organization's
        ("The Nordic Migration Forum welcomed the plan.", []),
        ("Ivo Lind thanked Ruritania.", ["Ivo Lind"]),
        # a title of an organization with a list in its name before a name
        ("It met Minister of Investment, Trade and Industry of Ruritania Ada Kemp on Monday.", ["Ada Kemp"]),
        ("It met Minister of Labour, Trade, Tourism and Industry of Ruritania Ada Kemp in Oslo.", ["Ada Kemp"]),
        # a comma outside a list of capitalised words still ends the title
        (
            "Vice Chairman of NORDA Ivo Lind, Director of the Baltic Office Ada Kemp, and others met.",
            ["Ivo Lind", "Ada Kemp"],
        ),
        # what a body deals with is no person's name
        (
            "It was attended by Ivo Lind, Director General of Federal Narcotics Control, and other officers.",
            ["Ivo Lind"],
        ),
        ("Director General of the Nordic Board Border Control said so.", []),
        ("Director General of the Nordic Board Ada Kemp said so.", ["Ada Kemp"]),
        # an attaché before a name gives the person
        ("Ada Kemp met the newly appointed attaché Ivo Lind on Monday.", ["Ada Kemp", "Ivo Lind"]),
        ("Ada Kemp met Police Attache Ivo Lind on Monday.", ["Ada Kemp", "Ivo Lind"]),
        ("Ada Kemp met the attaché for Nordic Affairs on Monday.", ["Ada Kemp"]),
    ],
)
def test_people_named_after_titles_and_never_bodies_or_their_subjects(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize(
    "sentence, names",
    [
        # organizations are cut between a part and its body and before and the
        (
            "She works at the Department of Treaty and Law at the Ministry of Labour of Ruritania.",
            ["Department of Treaty and Law", "Ministry of Labour of Ruritania"],
        ),
        (
            "The Ministry of Interior of Ruritania and the Nordic police officers met.",
            ["Ministry of Interior of Ruritania"],
        ),
        (
            "It opened the Regional Office for Asia and the Pacific in Bangkok.",
            ["Regional Office for Asia and the Pacific"],
        ),
        (
            "It met the Department of International Organizations and Conferences.",
            ["Department of International Organizations and Conferences"],
        ),
        ("It met the Ministry of Labour and Social Security.", ["Ministry of Labour and Social Security"]),
        ("The talks were held at the Nordic Police Academy at the invitation of Ada Kemp.", ["Nordic Police Academy"]),
        ("It was attended by Ivo Lind of the Ruritanian Embassy in Oslo.", ["Ruritanian Embassy in Oslo"]),
        # a date before at the is no part of an organization s name
        ("They spent 29 and 30 May at the Nordic Regional Office in Oslo.", ["Nordic Regional Office in Oslo"]),
        ("They spent Monday at the Nordic Labour Agency.", ["Nordic Labour Agency"]),
        ("They met in May in Oslo.", []),
        # an acronym spells a name with a comma in it
        (
            "Ada Kemp heads Ruritania's Agency for Integration, Migration and Asylum (AIMA).",
            ["Agency for Integration, Migration and Asylum"],
        ),
        ("It thanked Norway, Sweden and the Nordic Labour Agency (NLA).", ["Nordic Labour Agency"]),
    ],
)
def test_organizations_cut_at_their_parts_dates_and_lists_and_spelled_across_commas(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("A delegation led by its deputy director-general, Ivo Lind, spent two days in Oslo.", "Ivo Lind"),
        ("The team was briefed by the regional director, Ada Kemp.", "Ada Kemp"),
        ("The team was briefed in its office, Nordic House, on Monday.", None),  # no post before the comma
        ("The delegation thanked its director, and Nordic Labour hosted a dinner.", None),  # no name after it
    ],
)
def test_a_post_in_lower_case_a_comma_and_a_name_gives_a_person(sentence, name):
    found = [c.name for c in person_candidates(sentence) if c.cue.startswith("post in lower case and a comma")]
    assert found == ([name] if name else [])


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Vice Consul Ada Kemp also attended the meeting.", "Vice Consul"),
        ("Consul Ada Kemp welcomed the delegation.", "Consul"),
        ("The Consulate thanked Ada Kemp for her visit.", None),
    ],
)
def test_a_consul_before_a_name_is_a_role(sentence, title, registries):
    draft = draft_article("t", f"OSLO, May 2 -- Ivo Lind met Ada Kemp on Monday. {sentence}\n", registries, [])
    assert [r.title for r in draft.roles if r.person == "ada-kemp"] == ([title] if title else [])


@pytest.mark.parametrize(
    "sentence, organization",
    [
        (
            "A delegation of Ruritania's Nordic Labour Agency, led by Deputy Commissioner Ada Kemp, visited Oslo.",
            "nordic-labour-agency",
        ),
        (
            "A delegation of the Nordic Labour Agency, led by Deputy Commissioner Ada Kemp, visited Oslo.",
            "nordic-labour-agency",
        ),
        ("A delegation, led by Deputy Commissioner Ada Kemp, visited the Nordic Labour Board.", None),
    ],
)
def test_a_delegation_leader_s_post_belongs_to_the_body_whose_delegation_it_is(sentence, organization, registries):
    draft = draft_article("t", f"OSLO, May 2 -- {sentence}\n", registries, [])
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == [organization]
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "people"] == ["Ada Kemp"]  # the body is no one


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The Nordic Compact proposed by Ruritania puts people first, Lind said, adding that it works.", "ivo-lind"),
        ("The Nordic Compact was welcomed by the delegates, Lind said.", "ivo-lind"),
        ("The Nordic Compact proposed by Lind was adopted.", None),  # a passive: no one's words
    ],
)
def test_a_passive_reporting_verb_names_no_speaker(sentence, speaker):
    text = f"Ivo Lind met Ada Kemp. {sentence}"
    start = text.index(sentence)
    people = [EntitySpan("ivo-lind", m.start(), m.end()) for m in re.finditer(r"Ivo Lind|Lind(?= said| was)", text)]
    people = [p for p in people if not any(q.start < p.start < q.end for q in people)]
    people += [EntitySpan("ada-kemp", m.start(), m.end()) for m in re.finditer("Ada Kemp", text)]
    assert speakers(text, [(0, start - 1), (start, len(text))], people)[1] == speaker


@pytest.mark.parametrize(
    "sentence, organization",
    [
        # a regional post belongs to the regional office the text names
        (
            "A delegation visited the IOM Regional Office for Asia and the Pacific in Bangkok and was briefed by "
            "IOM's Regional Director, Ada Kemp.",
            "iom-regional-office-for-asia-and-the-pacific",
        ),
        (
            "A delegation visited the IOM Regional Office for Asia and the Pacific in Bangkok and was briefed by "
            "Ada Kemp, IOM Regional Director for East Africa.",
            "iom-east-africa",  # another region's director: the office for hers, proposed (Lane i11s27y)
        ),
        ("A delegation visited IOM in Geneva and was briefed by IOM's Regional Director, Ada Kemp.", "iom"),
        # a post after "led by its" or "the agency's" belongs to the body named before
        (
            "A delegation of the Nordic Police Agency led by its deputy director-general, Ada Kemp, visited Oslo.",
            "nordic-police-agency",
        ),
        ("The Nordic Police Agency thanked Ada Kemp, the agency's regional representative.", "nordic-police-agency"),
        (
            "The Nordic Police Agency and the Baltic Labour Agency thanked Ada Kemp, the agency's regional "
            "representative.",
            None,  # two agencies named before
        ),
        # "its" post belongs to the organization named last in the sentence
        (
            "Ivo Lind, director of the Nordic Labour Agency, visited the Baltic Police Agency in Riga, where he held "
            "talks with its deputy commissioner Ada Kemp.",
            "baltic-police-agency",  # the organization named last before "its"
        ),
        (
            "Ivo Lind visited the Baltic Police Agency in Riga. He held talks with its deputy commissioner Ada Kemp.",
            None,  # named in another sentence
        ),
        (
            "Ada Kemp, director of Ruritania's Agency for Integration, Migration and Asylum (AIMA), met Ivo Lind.",
            "agency-for-integration-migration-and-asylum",
        ),
    ],
)
def test_a_post_belongs_to_the_office_or_body_the_sentence_points_to(sentence, organization, registries):
    draft = draft_article("t", f"OSLO, May 2 -- {sentence}\n", registries, [])
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == [organization]


# Lane i11meet5 (round 5): a gathering whose subject lists its participants with commas ("for officials from A, B
# and C opened"); a speech told to its opening or closing ceremony, within it.


@pytest.mark.parametrize(
    "opening",
    [
        "A ten-day training course on border control for officials from Laos, Myanmar and Vietnam opened here on",
        "A seminar on migration data, the second of its kind, was held in Kunming on",
        "A three-day workshop for police, customs and immigration officers took place in Kunming on",
    ],
)
def test_a_gathering_whose_subject_has_commas_is_proposed_with_its_organizers(opening, registries):
    text = (
        f"date 2013-04-12\nKUNMING -- {opening} Thursday, jointly organized by the National Immigration "
        "Administration and the International Organization for Migration.\n"
    )
    [course] = _meetings(text, registries)
    assert (course.kind, set(course.organizations), course.date.value) == (
        "symposium",
        {"nia-china", "iom"},
        "2013-04-11",
    )


@pytest.mark.parametrize("ceremony", ["opening ceremony", "closing ceremony"])
def test_a_speaker_telling_the_opening_or_closing_ceremony_gives_a_speech_within_the_gathering(ceremony, registries):
    text = (
        "date 2013-04-12\nA ten-day workshop for officials from Laos, Myanmar and Vietnam opened in Kunming on "
        "Thursday, organized by the National Immigration Administration.\n"
        f"{_ROLE} told the {ceremony} that the workshop was the third of its kind.\n"
    )
    workshop, speech = _meetings(text, registries)
    assert (speech.kind, speech.participants, speech.parent) == ("speech", ["rui-mendes"], 0)
    assert speech.date.value == workshop.date.value == "2013-04-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "told reporters after the opening ceremony that the workshop was the third of its kind.",
        "told the press that the opening ceremony had been moved.",
        "said a workshop, planned for officials from Laos, Myanmar and Vietnam, was cancelled.",
    ],
)
def test_talking_to_reporters_about_a_ceremony_or_a_cancelled_workshop_is_no_meeting(sentence, registries):
    assert _meetings(f"date 2013-04-12\n{_ROLE} {sentence}\n", registries) == []


# Lane i11meet5: dates in figures (told apart only where one number cannot be a month); a visit that "today ended"
# runs the days before; a counterpart met on a day of its own in the same sentence; "returned migrants" is no return.


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Posted: 03/20/09", "2009-03-20"),
        ("Posted on 20/03/2009", "2009-03-20"),
        ("Updated 07/07/1998", "1998-07-07"),
        ("Posted: 05/06/09", None),  # May 6 or 5 June?
        ("Posted: 02/30/09", None),
    ],
)
def test_a_date_in_figures_is_read_only_where_month_and_day_cannot_be_confused(phrase, value):
    [date] = find_dates(phrase)
    assert date.value == value and (value is not None or date.note)


@pytest.mark.parametrize("text", ["open 24/7", "see https://example.org/03/20/09/story", "version 1.03/20/09"])
def test_fractions_and_numbers_in_addresses_are_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("verb", "days", "first"),
    [
        ("today ended a five-day visit to", 5, "2009-03-16"),
        ("on Friday concluded a three-day visit to", 3, "2009-03-18"),
        ("yesterday wrapped up a four-day visit to", 4, "2009-03-16"),
    ],
)
def test_a_visit_ended_on_a_day_runs_the_days_before_it(verb, days, first, registries):
    text = f"date 2009-03-20\nGeneva - Vice Minister Tang Wenjie {verb} Switzerland, his first since taking office.\n"
    [trip] = _meetings(text, registries)
    assert (trip.date.value, trip.date.end_value) == (
        first,
        (dt.date.fromisoformat(first) + dt.timedelta(days - 1)).isoformat(),
    )
    assert trip.date_basis


def test_a_counterpart_met_on_a_day_of_its_own_takes_that_day(registries):
    text = (
        f"date 2009-03-20\nIn Geneva, Vice Minister Tang Wenjie held talks on Tuesday with {_ROLE[:-1]}, and on "
        "Wednesday called on Director General Antonio Vitorino.\n"
    )
    first, second = _meetings(text, registries)
    assert (first.date.value, second.date.value) == ("2009-03-17", "2009-03-18")


def test_counterparts_with_no_day_of_their_own_share_the_sentence_s(registries):
    text = (
        f"date 2009-03-20\nIn Geneva, Vice Minister Tang Wenjie held talks on Tuesday with {_ROLE[:-1]} and "
        "Director General Antonio Vitorino.\n"
    )
    assert [m.date.value for m in _meetings(text, registries)] == ["2009-03-17", "2009-03-17"]


def test_a_visit_to_returned_migrants_on_a_day_is_on_that_day(registries):
    text = "date 2009-03-20\nVice Minister Tang Wenjie visited a centre for returned migrants in Geneva on Thursday.\n"
    [visit] = _meetings(text, registries)
    assert visit.date.value == "2009-03-19"


@pytest.mark.parametrize(
    "verb",
    [
        "met officials of the National Immigration Administration",
        "met senior representatives from the National Immigration Administration",
    ],
)
def test_meeting_officials_of_a_named_body_is_talks_with_it(verb, registries):
    text = f"date 2009-03-20\n{_ROLE} arrived in Beijing on Monday. He also {verb} on Wednesday.\n"
    talks = next(m for m in _meetings(text, registries) if m.kind.endswith("talks"))
    assert (talks.participants, talks.organizations, talks.date.value) == (
        ["rui-mendes"],
        ["nia-china"],
        "2009-03-18",
    )


@pytest.mark.parametrize("verb", ["met local officials on Wednesday", "met officials in the city on Wednesday"])
def test_meeting_officials_of_no_named_body_is_no_talks(verb, registries):
    text = f"date 2009-03-20\nVice Minister Tang Wenjie {verb}.\n"
    assert all(not m.kind.endswith("talks") for m in _meetings(text, registries))


# Lane i11ents5 (round 5): a name after "Title of the Body" before a future or co-led action ("will visit",
# "co-chaired", "within ..."), also after "Ambassador of X to Y"; the body's known name stays a mention of it, the
# person takes the post; a country's name is never a person.


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Deputy Director General of the Nordic Labour Board Ada Kemp will visit Oslo from June 5 to 9.", ["Ada Kemp"]),
        ("Commissioner of the Nordic Border Agency Ivo Lind would attend the talks.", ["Ivo Lind"]),
        ("Ambassador of the Kingdom of Ruritania to Norway Ivo Lind co-chaired the meeting.", ["Ivo Lind"]),
        ("Director of the Nordic Labour Board Ada Kemp chaired the session.", ["Ada Kemp"]),
        ("Director General of the Nordic Labour Board Ada Kemp within the framework of a visit.", ["Ada Kemp"]),
        # no name: what the body deals with, a country, or no name at all
        ("The Director of the Department of International Cooperation will attend.", []),
        ("Director General of the Nordic Board Border Control will publish it.", []),
        ("The Ambassador of China to Sri Lanka will attend.", []),
        ("The Secretary of the Ministry of Foreign Affairs Sri Lanka will attend.", []),
        ("The Director of the Nordic Labour Board hosted the talks.", []),
    ],
)
def test_a_name_after_the_title_of_a_body_before_a_future_or_joint_action_is_a_person(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize("verb", ["will visit Oslo", "co-chaired the talks", "would lead the delegation"])
def test_a_known_body_between_a_title_and_a_new_name_stays_a_mention_and_gives_the_post(verb, registries):
    text = f"OSLO, May 2 -- Deputy Director General of the International Organization for Migration Ada Kemp {verb}.\n"
    draft = draft_article("t", text, registries, [])
    assert [text[m.start : m.end] for m in draft.mentions if m.entity_id == "iom"] == [
        "International Organization for Migration"
    ]
    assert [e.fields["name"] for e in draft.new_entries] == ["Ada Kemp"]
    assert [(r.title, r.organization) for r in draft.roles if r.person == "ada-kemp"] == [
        ("Deputy Director General", "iom")
    ]


@pytest.mark.parametrize(
    "sentence, names",
    [
        # an owner's acronym before "Department of X" is the body the part belongs to, not a word of its name
        ("Director of the NORDA Department of Border Affairs said it.", ["Department of Border Affairs"]),
        ("The NORDA Bureau of Exit Control and the Baltic Office met.", ["Bureau of Exit Control", "Baltic Office"]),
        # an acronym that is part of a name stays ("ASEAN Secretariat"), and "Office on" names no part
        ("The ASEAN Secretariat welcomed it.", ["ASEAN Secretariat"]),
        ("The NORDA Office on Drugs welcomed it.", ["NORDA Office on Drugs"]),
    ],
)
def test_an_owner_s_acronym_before_a_department_of_x_is_no_part_of_its_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


def test_a_known_body_s_acronym_before_its_department_stays_a_mention(registries):
    text = "OSLO, May 2 -- Ada Kemp, Director of the NIA Department of Border Affairs, also attended.\n"
    draft = draft_article("t", text, registries, [])
    assert [text[m.start : m.end] for m in draft.mentions if m.entity_id == "nia-china"] == ["NIA"]
    assert "Department of Border Affairs" in [e.fields["name"] for e in draft.new_entries]


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Representatives of IOM Sri Lanka also attended.", "IOM Sri Lanka"),
        ("Representatives of IOM South Africa, which ran the checks, attended.", "IOM South Africa"),
        ("Staff of the IOM Papua New Guinea office attended.", "IOM Papua New Guinea office"),
        ("Staff of the IOM Kenya office attended.", "IOM Kenya office"),
        ("IOM Sri Lanka Country Director Ada Kemp attended.", "IOM Sri Lanka"),
        # a capitalised word that is no place is no office
        ("IOM South Asia Programme staff attended.", None),
    ],
)
def test_an_international_body_and_a_country_of_several_words_is_its_office(sentence, office, registries):
    draft = draft_article("t", f"OSLO, May 2 -- {sentence}\n", registries, [])
    names = [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"]
    assert [n for n in names if n.startswith("IOM")] == ([office] if office else [])


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("A scholar told the Nordic Times on Tuesday.", ["Nordic Times"]),
        ("The Baltic Daily reported it first.", ["Baltic Daily"]),
        ("Oslo Herald and Nordic Tribune carried the story.", ["Oslo Herald", "Nordic Tribune"]),
        ("Daily arrivals rose at times.", []),
    ],
)
def test_a_newspaper_named_for_its_masthead_is_an_organization(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11r6: round 6 of the drafting rules.


@pytest.mark.parametrize(
    "signed",
    [
        "signed the document on behalf of the two sides",
        "signed the agreement for their respective organizations",
        "signed it on behalf of the two parties",
    ],
)
def test_the_signatories_of_a_signing_just_reported_join_it(signed, registries):
    text = (
        "OSLO, May 2 -- The Nordic Border Agency and the International Organization for Migration (IOM) on "
        "Tuesday signed an agreement in Bergen on border training.\nAda Kemp, director of the Nordic Border "
        f"Agency, and Ola Strand, chief of mission of IOM Norway, {signed}.\n"
    )
    [meeting] = _meetings(text, registries, "2023-05-02")
    assert meeting.kind == "signing"
    assert {"ada-kemp", "ola-strand"} <= set(meeting.participants)
    assert meeting.date is not None and meeting.date.value == "2023-05-02"


@pytest.mark.parametrize(
    "second",
    [
        # an agreement signed after talks, not after a signing: a signing of its own
        "After the talks, Ada Kemp and Ola Strand signed the agreement on behalf of the two sides.",
        # an indefinite document is another signing
        "Ada Kemp and Ola Strand signed a memorandum on behalf of the two sides.",
    ],
)
def test_a_document_signed_after_talks_or_a_new_document_is_a_signing_of_its_own(second, registries):
    text = (
        "OSLO, May 2 -- Ada Kemp, director of the Nordic Border Agency, held talks in Bergen on Tuesday with Ola "
        f"Strand, chief of mission of IOM Norway.\n{second}\n"
    )
    assert [m.kind for m in _meetings(text, registries, "2023-05-02")] == ["bilateral_talks", "signing"]


@pytest.mark.parametrize(
    "sentence, speaks",
    [
        (
            "Ada Kemp, director of the Nordic Border Agency, told a forum on the Global Development Initiative that",
            False,
        ),
        (
            "Ada Kemp, director of the Nordic Border Agency, spoke at a high-level seminar on Global Development "
            "Initiative and said that",
            False,
        ),
        (
            "Ada Kemp, director of the Nordic Border Agency, told the Conference about the Global Development "
            "Initiative that",
            False,
        ),
        # her own words about the topic stay hers
        ("Ada Kemp, director of the Nordic Border Agency, said the Global Development Initiative showed", True),
        (
            "Ada Kemp, director of the Nordic Border Agency, told a forum that the Global Development Initiative showed",
            True,
        ),
    ],
)
def test_a_topic_that_names_what_a_gathering_is_about_has_no_speaker(sentence, speaks, registries):
    text = f"OSLO, May 2 -- {sentence} migration mattered.\n"
    [topic] = [m for m in draft_article("t", text, registries, []).mentions if m.kind == "topics"]
    assert topic.speakers == (("ada-kemp",) if speaks else ())


@pytest.mark.parametrize(
    "title, who",
    [("Director General", "ada-kemp"), ("Vice Minister", "ivo-lind"), ("Minister", "ivo-lind")],
)
def test_a_title_opening_a_meeting_sentence_stands_for_the_one_person_given_it(title, who, registries):
    text = (
        "OSLO, May 2 -- IOM Director General Ada Kemp arrived in Oslo on Monday for a three-day visit.\n"
        "On Tuesday, Ambassador Kemp held talks with Vice Minister Ivo Lind of the Nordic Border Agency.\n"
        f"The {title} also met officials of the Ministry of Commerce.\n"
    )
    last = _meetings(text, registries, "2023-05-02")[-1]
    assert who in last.participants
    assert {"ada-kemp", "ivo-lind"} - {who} & set(last.participants) == set()


@pytest.mark.parametrize(
    "handed, meeting",
    [
        ("handed over relief materials donated by the Chinese government to", True),
        ("handed over tents and other relief items to", True),
        ("presented medical equipment provided by China to", True),
        ("handed over 2,000 hygiene kits to", True),
        ("handed over the case files of 12 suspects to", False),  # documents and people are no gift
        ("handed the materials list to reporters before meeting", False),
    ],
)
def test_a_handover_of_goods_to_a_named_person_is_a_meeting(handed, meeting, registries):
    text = (
        "DHAKA, July 2 -- Ada Kemp, Nordic Ambassador to Bangladesh, "
        f"{handed} Ivo Lind, chief of mission of IOM Bangladesh, at a ceremony.\n"
    )
    meetings = _meetings(text, registries, "2023-07-02")
    assert [(m.kind, m.participants) for m in meetings] == ([("signing", ["ada-kemp", "ivo-lind"])] if meeting else [])


@pytest.mark.parametrize(
    "hosts, organizations",
    [
        (
            "The course was organized by the Nordic Border Agency and IOM Norway.",
            {"nordic-border-agency", "iom-norway"},
        ),
        (
            "The workshop was jointly hosted by the Nordic Border Agency and IOM Norway.",
            {"nordic-border-agency", "iom-norway"},
        ),
        # the course named, but not its organizers: no participant, no meeting
        ("The course was praised by the Nordic Border Agency and IOM Norway.", None),
    ],
)
def test_the_organizers_named_after_a_gathering_take_part_in_it(hosts, organizations, registries):
    text = (
        "OSLO, May 2 -- A five-day training course on document examination for border officers from Norway, "
        f"Sweden and Finland opened in Bergen on Monday.\n{hosts}\n"
    )
    meetings = _meetings(text, registries, "2023-05-02")
    if organizations is None:
        assert meetings == []
    else:
        [meeting] = meetings
        assert set(meeting.organizations) == organizations
        assert meeting.date is not None and meeting.date.value == "2023-05-01"


# Lane i11r7e (round 7): publication dates in figures with the year first; countryless variants of a country's
# registered body only where the text places them in that country; ambassadors' embassies; spokespersons.


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Published: 2017/6/20", "2017-06-20"),
        ("2012/03/22", "2012-03-22"),
        ("Release time: 2014.11.05", "2014-11-05"),
        ("2016年3月8日", "2016-03-08"),
        ("Posted 2019/02/30", None),
        ("Posted 20.06.2017", "2017-06-20"),  # dots, day first: read only where the day is over 12
        ("Updated: 06.20.2017", "2017-06-20"),
        ("05.06.2017", None),
    ],
)
def test_a_date_in_figures_with_the_year_first_or_with_dots_is_read_where_unambiguous(phrase, value):
    [date] = find_dates(phrase)
    assert date.value == value and (value is not None or date.note)


@pytest.mark.parametrize(
    "text",
    [
        "version 2019.1.2.3",
        "see https://example.org/2017/06/20/story",
        "ref 12019/3/4",
        "version 1.2.2017.3",
        "see section 1.2.3",
        "rate 12.5.2019.1",
    ],
)
def test_version_numbers_and_addresses_are_no_dates_in_figures(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("line", ["Published: 2021/9/14", "2021/09/14", "2021.09.14", "Release time: 2021年9月14日"])
def test_a_year_first_date_line_under_the_title_is_the_publication_date(line, registries):
    text = (
        f"IOM and partners train border officers in Kunming\n{line}\n\nThe International Organization for "
        "Migration (IOM) opened a course for border officers in Kunming on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert draft.published is not None and draft.published.value == "2021-09-14"


def _variant_aliases(text, registries):
    draft = draft_article("t", text, registries, [])
    return {(a.entity_id, a.form) for a in draft.new_aliases}, draft


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        (
            "Foreign Secretary Ruwan Dias met the Chinese Ambassador Tao Ling at the Foreign Ministry on Monday.",
            "Foreign Ministry",
        ),
        (
            "Officials of the Public Security Ministry of Sri Lanka and of China discussed border checks in Colombo.",
            None,
        ),
        (
            "Ruwan Dias said the Foreign Ministry would help workers returning from China to Sri Lanka.",
            "Foreign Ministry",
        ),
    ],
)
def test_a_countryless_name_of_a_chinese_body_is_not_china_s_in_a_text_placed_abroad(sentence, form, registries):
    aliases, draft = _variant_aliases(f"Workers return home\n\n{sentence}\n", registries)
    assert not {a for a in aliases if a[0] in ("mfa-china", "mps-china")}
    assert not any(e.fields["name"] == form for e in draft.new_entries)
    if form:
        assert any(f'"{form}"' in note and "China" in note for note in draft.notes["undecided"])


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING, May 3 (Xinhua) -- Officials of Sri Lanka and IOM met at the Foreign Ministry here on Monday.\n",
        "Officials of IOM and of the Foreign Ministry met in Beijing on Monday to discuss returns.\n",
    ],
)
def test_a_countryless_name_of_a_chinese_body_is_china_s_where_the_text_places_itself_in_china(text, registries):
    aliases, _ = _variant_aliases(f"IOM meets officials\n\n{text}", registries)
    assert ("mfa-china", "Foreign Ministry") in aliases


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Chinese Ambassador to France Lu Shaye met IOM officials in Paris on Monday.", "china-embassy-france"),
        ("IOM officials met the Chinese Ambassador to France Lu Shaye in Paris on Monday.", "china-embassy-france"),
        ("China's Ambassador to France Lu Shaye met IOM officials in Paris on Monday.", "china-embassy-france"),
        ("Lu Shaye, Chinese Ambassador to France, met IOM officials in Paris on Monday.", "china-embassy-france"),
        ("French Ambassador to China Lu Shaye met IOM officials in Beijing on Monday.", None),  # not China's envoy
        ("Ambassador to France Lu Shaye met IOM officials in Paris on Monday.", None),  # whose envoy is not said
        ("IOM officials met Chinese Ambassador Lu Shaye in Paris on Monday.", None),  # posted where is not said
    ],
)
def test_a_chinese_ambassador_to_a_country_holds_the_role_at_china_s_registered_embassy_there(
    sentence, organization, registries
):
    draft = draft_article("t", f"Envoy meets IOM\n\n{sentence}\n", registries, [])
    assert [(r.person, r.title, r.organization) for r in draft.roles] == [("lu-shaye", "Ambassador", organization)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Addressing the Council, Ada Kemp said her country would help.", []),
        ("Opening the Workshop on Border Management, Ada Kemp thanked the hosts.", []),
        ("Welcoming the Delegation, Ada Kemp said cooperation had grown.", []),
        (
            "Representing the Ministry of Public Security of Laos, Ada Kemp spoke.",
            ["Ministry of Public Security of Laos"],
        ),
        (
            "The Nanjing Training Centre for Immigration Officers opened on Monday.",
            ["Nanjing Training Centre for Immigration Officers"],
        ),
        ("Beijing Municipal Public Security Bureau officials attended.", ["Beijing Municipal Public Security Bureau"]),
    ],
)
def test_a_sentence_opening_with_a_verb_and_its_object_names_no_organization(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Ada Kemp, a document examination expert with the IOM, gave a lecture.",
            ("Document Examination Expert", "iom"),
        ),
        ("Ada Kemp, a senior policy analyst at UNHCR, said the report was timely.", ("Senior Policy Analyst", "unhcr")),
        ("Ada Kemp, a consultant of the IOM, gave a lecture.", ("Consultant", "iom")),
        ("Ada Kemp, now programme officer at the IOM, gave a lecture.", ("Officer", "iom")),  # "now" is no field
    ],
)
def test_a_staff_post_in_lower_case_in_an_apposition_gives_a_person_and_a_role(sentence, role, registries):
    draft = draft_article("t", f"IOM trains officers\n\n{sentence}\n", registries, [])
    assert [e.fields["name"] for e in draft.new_entries] == ["Ada Kemp"]
    assert [(r.title, r.organization) for r in draft.roles] == [role]


@pytest.mark.parametrize(
    "sentence",
    [
        "Document examination experts from IOM trained 40 officers in Shenzhen.",
        "Consultants of the IOM and officials of UNHCR attended.",
    ],
)
def test_a_staff_post_with_no_name_gives_no_person(sentence):
    assert person_candidates(sentence) == []


def test_one_title_vocabulary_serves_people_roles_and_speakers(registries):
    text = (
        "Consul reviews cooperation\n\nConsul General Ada Kemp met IOM officials in Chiang Mai on Monday. "
        "The Consul General said IOM would help on global migration governance.\n"
    )
    draft = draft_article("t", text, registries, [])
    [person] = [e.fields["id"] for e in draft.new_entries if e.kind == "people"]
    assert [r.title for r in draft.roles] == ["Consul General"]
    said = [m for m in draft.mentions if m.speakers]
    assert said and all(m.speakers == (person,) for m in said)


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Russian Foreign Minister Ada Kemp met IOM officials on Monday.", None),
        ("Ada Kemp, Russian Foreign Minister, met IOM officials on Monday.", None),
        ("Sri Lankan Foreign Minister Ada Kemp met IOM officials on Monday.", None),
        ("New Zealand Foreign Minister Ada Kemp met IOM officials on Monday.", None),
        ("Italian Minister of Public Security Ada Kemp met IOM officials on Monday.", None),
        ("Chinese Foreign Minister Ada Kemp met IOM officials on Monday.", "mfa-china"),
        ("Vice Minister of Public Security Ada Kemp met IOM officials in Beijing on Monday.", "mps-china"),
    ],
)
def test_another_country_s_minister_is_never_held_at_china_s_ministry(sentence, organization, registries):
    draft = draft_article("t", f"Ministers meet\n\n{sentence}\n", registries, [])
    assert [(r.person, r.organization) for r in draft.roles] == [("ada-kemp", organization)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ada Kemp received the visitors at the Consulate General on Monday.", []),
        ("He said the Embassy Office would help.", []),
        ("He met staff of the Head Office and the Regional Office.", []),
        ("He visited the Consulate General of Thailand in Kunming.", ["Consulate General of Thailand in Kunming"]),
        ("The Kunming Border Police Academy hosted the course.", ["Kunming Border Police Academy"]),
    ],
)
def test_a_description_made_only_of_head_words_and_titles_is_no_organization(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize("opening", ["13 December 2023 - ", "December 13, 2023 — ", "13 December, 2023 – "])
def test_a_dateline_of_a_date_alone_dates_the_report_and_anchors_its_weekdays(opening, registries):
    text = (
        "China pledges support at forum\n\n"
        f"{opening}China will support refugee-hosting countries, Vice Foreign Minister Ada Kemp told the forum "
        "in Geneva on Wednesday.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert draft.layout.dateline is not None and draft.published.value == "2023-12-13"
    assert [d.value for d in draft.dates if d.quote == "Wednesday" or d.quote.endswith("Wednesday")] == ["2023-12-13"]


@pytest.mark.parametrize("line", ["Phase 2 - Training of officials", "In 2023 - a year of change, the forum met."])
def test_numbers_before_a_dash_are_no_dateline(line):
    assert find_layout(f"Title\n\n{line} It was held in Geneva and was attended by many.\n").dateline is None


_SIGNED_BODY = (
    "Foreign Secretary meets IOM\n\nForeign Secretary Ruwan Dias met IOM officials at the Ministry to discuss the "
    "safe return of workers stranded abroad.\n\nBoth sides agreed to meet again.\n\n"
)


@pytest.mark.parametrize(
    "signature", ["Ministry of Foreign Affairs\nColombo\n14 July 2021\n", "Colombo\n\nJuly 14, 2021\n"]
)
def test_a_date_alone_in_the_sign_off_after_the_body_is_the_publication_date(signature, registries):
    draft = draft_article("t", _SIGNED_BODY + signature, registries, [])
    assert draft.published is not None and draft.published.value == "2021-07-14"


@pytest.mark.parametrize(
    "tail",
    [
        "Related stories\nIOM opens office\n3 May 2021\nIOM trains officers\n9 June 2021\n",  # a list, not a sign-off
        "Colombo\n\nJuly 2021\n",  # no day
        "The next meeting is set for 14 July 2021.\n",  # in a sentence
    ],
)
def test_dates_after_the_body_in_a_list_or_a_sentence_are_no_publication_date(tail, registries):
    assert draft_article("t", _SIGNED_BODY + tail, registries, []).published is None


@pytest.mark.parametrize("agency", ["ECNS", "Xinhua", "CNS"])
def test_a_dateline_of_the_agency_alone_gives_the_agency_as_a_source(agency, registries):
    text = (
        "Immigration chief meets IOM\ndate 2023-02-16\n\n"
        f"({agency}) -- Ada Kemp, deputy commissioner of the National Immigration Administration, met with IOM "
        "officials in Bangkok on Wednesday.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert draft.layout.dateline is not None
    proposed = {e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    known = {m.entity_id for m in draft.mentions if m.kind == "organizations"}
    assert agency in proposed or "xinhua" in known


def test_an_agency_in_brackets_inside_a_sentence_is_no_dateline():
    text = "Title\n\nThe figures were reported (Xinhua) -- and they were confirmed by the ministry on Monday.\n"
    assert find_layout(text).dateline is None


def test_the_first_paragraph_just_before_the_dateline_opens_the_body(registries):
    summary = (
        "This is a summary of what was said by UNHCR spokesperson Ada Kemp - to whom quoted text may be attributed - "
        "at today's press briefing in Geneva."
    )
    text = (
        f"Briefing note: UNHCR official visits China\n\n{summary}\n\nGeneva, 18 June 2013 - UNHCR's Assistant High "
        "Commissioner met officials in Beijing last week.\n"
    )
    layout = find_layout(text)
    assert layout.body[0] == text.index("This is") and text[slice(*layout.dateline)].startswith("Geneva")
    draft = draft_article("t", text, registries, [])
    assert [(r.title, r.organization) for r in draft.roles] == [("Spokesperson", "unhcr")]


def test_a_byline_between_the_first_paragraph_and_the_dateline_keeps_the_body_at_the_dateline():
    text = (
        "China and IOM hold talks\n\nChina and IOM held talks in Beijing on Monday, officials said on Tuesday.\n"
        "By Ada Kemp | Nordic Daily | Updated: 2023-04-04 10:12\n"
        "BEIJING, April 3 (Xinhua) -- China and IOM held talks here on Monday on migration governance.\n"
    )
    layout = find_layout(text)
    assert text[layout.body[0] :].startswith("BEIJING")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "IOM and the Bureau of Exit and Entry Administration of China's Ministry of Public Security held a course.",
            ["Bureau of Exit and Entry Administration of China's Ministry of Public Security"],
        ),
        ("The Bureau of Exit and Entry Administration held talks.", ["Bureau of Exit and Entry Administration"]),
        ("The Ministry of Commerce and the Immigration Bureau met.", ["Ministry of Commerce", "Immigration Bureau"]),
    ],
)
def test_a_body_of_a_pair_of_fields_is_one_organization(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Chinese delegation was headed by Ada Kemp of the Ministry of Labour.", ["Ada Kemp"]),
        ("The team, led by Ada Kemp, visited Kunming.", ["Ada Kemp"]),
        ("The dialogue was co-chaired by Ada Kemp and the IOM.", ["Ada Kemp"]),
        ("The delegation was led by Yunnan Police College.", []),
        ("The talks were led by Xinhua News Agency.", []),
        ("A delegation led by China Daily editors visited.", []),
    ],
)
def test_a_name_after_led_or_headed_by_is_a_person_unless_it_names_a_body(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize("mark", ["Enditem", "(END)"])
def test_a_wire_story_s_end_mark_closes_the_body_without_dropping_its_last_paragraph(mark):
    text = (
        "China, IOM discuss cooperation\n\nBEIJING, Nov. 6 (Xinhua) -- Chinese officials held talks here Tuesday "
        "with a delegation of the International Organization for Migration.\n\n"
        f"Officials of the Ministry of Public Security also attended the talks. {mark}\n"
    )
    layout = find_layout(text)
    assert text[: layout.body[1]].endswith("also attended the talks.")


@pytest.fixture(scope="module")
def set_registries(tmp_path_factory):
    """The seeds' registries with the development set's overlay: its local governments are registered."""
    tree = tmp_path_factory.mktemp("set") / "dev"
    devset = Path(__file__).parent / "devset"
    materialise(devset, devset / "dev", SEEDS / "registry", tree)
    return load_registries(tree / "registry")


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Shanghai Vice-Mayor Ada Kemp met IOM officials on Monday.", "shanghai-government"),
        ("Ada Kemp, Vice Mayor of Shanghai, met IOM officials on Monday.", "shanghai-government"),
        ("Sichuan Vice Governor Ada Kemp met IOM officials on Monday.", "sichuan-government"),
        ("Lima Vice-Mayor Ada Kemp met IOM officials on Monday.", None),  # no government of Lima registered
        ("Vice Mayor Ada Kemp met IOM officials on Monday.", None),  # of which city is not said
    ],
)
def test_a_mayor_or_governor_named_with_the_place_holds_the_post_at_its_registered_government(
    sentence, organization, set_registries
):
    draft = draft_article("t", f"Officials meet IOM\n\n{sentence}\n", set_registries, [])
    assert [(r.person, r.organization) for r in draft.roles] == [("ada-kemp", organization)]


@pytest.mark.parametrize(
    ("url", "html", "value"),
    [
        ("https://www.example.org/news/press/2019/12/5dfa2b3c4/story.html", "<html></html>", None),  # an id
        (
            "https://www.example.org/news/press/2019/12/5dfa2b3c4/story.html",
            '<html><head><meta name="date" content="2019-12-18"></head></html>',
            "2019-12-18",
        ),
        ("https://www.example.org/news/2017/06/20/story", "<html></html>", "2017-06-20"),
        ("http://www.example.cn/english/2019-04/09/c_137963.htm", "<html></html>", "2019-04-09"),
    ],
)
def test_a_day_in_an_address_is_a_whole_number_never_the_first_digit_of_an_id(url, html, value):
    assert address_date(url, html) == value


@pytest.mark.parametrize("line", ["2019/04/10", "Published: 2019-04-10", "April 10, 2019"])
def test_a_date_line_under_the_title_is_the_publication_date_before_a_date_in_the_title(line, registries):
    text = (
        f"Foreign Ministry Spokesperson Ada Kemp's Regular Press Conference on April 9, 2019\n{line}\n\n"
        "Q: The head of the International Organization for Migration will visit China this week. Can you give us "
        "more details?\n\nA: The Director General of IOM will visit China from April 10 to 14.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert draft.published.value == "2019-04-10" and line.endswith(draft.published.quote)


# Lane i11r7g (round 7): speeches, addresses, lectures and presentations within the gathering just reported; "he"
# for the one who acted in the last sentence naming people; the hosts of a gathering and those meeting on its sidelines
# take part in it.

_COURSE = (
    "OSLO, May 2 -- A five-day training course on document examination for border officers from Norway, Sweden "
    "and Finland opened in Bergen on Monday, organized by the Nordic Border Agency and IOM Norway.\n"
)


@pytest.mark.parametrize(
    "speech",
    [
        "Ada Kemp, director of the Nordic Border Agency, said in an opening address that forgeries were rising.",
        "Ada Kemp, director of the Nordic Border Agency, said in her address that forgeries were rising.",
        "Ada Kemp, director of the Nordic Border Agency, delivered an opening address.",
        "Ada Kemp, director of the Nordic Border Agency, delivered opening remarks.",
        "Ada Kemp, director of the Nordic Border Agency, attended the opening ceremony and delivered a speech.",
        "Ada Kemp, director of the Nordic Border Agency, opened the course with a keynote speech.",
        "Ada Kemp, director of the Nordic Border Agency, made a presentation on forged passports.",
        "Ada Kemp, director of the Nordic Border Agency, spoke at the opening ceremony.",
        "Ada Kemp, director of the Nordic Border Agency, addressed the participants by video link.",
        "During the opening speech, Ada Kemp, director of the Nordic Border Agency, stressed that forgeries were rising.",
        "Ada Kemp, director of the Nordic Border Agency, said at the opening ceremony that forgeries were rising.",
        '"Forgeries are rising," said Ada Kemp, director of the Nordic Border Agency, who opened the course.',
        "Ada Kemp, director of the Nordic Border Agency, gave a lecture on the detection of altered passports.",
        "Ada Kemp, director of the Nordic Border Agency, presented Norway's experience in training border guards.",
        "Ada Kemp, director of the Nordic Border Agency, told the workshop that forgeries were rising.",
    ],
)
def test_a_speech_in_a_gathering_is_a_meeting_within_it_on_its_day(speech, registries):
    course, given = _meetings(f"{_COURSE}{speech}\n", registries, "2023-05-02")
    assert (given.kind, given.participants, given.parent) == ("speech", ["ada-kemp"], 0)
    assert given.date is not None and given.date.value == course.date.value == "2023-05-01"
    assert "ada-kemp" in course.participants


@pytest.mark.parametrize(
    "sentence",
    [
        # words that report no speech at the course: a statement, the talks, a joint opening with no words
        "Ada Kemp, director of the Nordic Border Agency, said in a statement that forgeries were rising.",
        "Ada Kemp, director of the Nordic Border Agency, told a press conference that forgeries were rising.",
        "Ada Kemp, director of the Nordic Border Agency, and Ivo Lind, head of IOM Norway, opened the course.",
        "The course was opened by Ada Kemp, director of the Nordic Border Agency.",
        "Ada Kemp, director of the Nordic Border Agency, spoke at a press conference after the opening.",
    ],
)
def test_a_statement_or_an_opening_with_no_words_gives_no_speech(sentence, registries):
    meetings = _meetings(f"{_COURSE}{sentence}\n", registries, "2023-05-02")
    assert [m.kind for m in meetings] == ["symposium"]
    assert ("ada-kemp" in meetings[0].participants) == ("opened" in sentence)  # who opened it was there


def test_a_speech_placed_elsewhere_is_not_within_the_gathering(registries):
    text = f"{_COURSE}Ada Kemp, director of the Nordic Border Agency, gave a speech at Bergen University on Tuesday.\n"
    _, speech = _meetings(text, registries, "2023-05-02")
    assert (speech.kind, speech.parent) == ("speech", None)


def test_speaking_at_a_launch_is_a_speech_within_it(registries):
    text = (
        "OSLO, May 2 -- The Nordic Border Agency and IOM Norway on Monday launched a guide for migrant workers.\n"
        "Speaking at the launch, Ada Kemp, director of the Nordic Border Agency, said the guide was overdue.\n"
    )
    launch, speech = _meetings(text, registries, "2023-05-02")
    assert (launch.kind, speech.kind, speech.parent, speech.participants) == ("launch", "speech", 0, ["ada-kemp"])
    assert speech.date is not None and speech.date.value == "2023-05-01"


def test_he_is_the_one_who_acted_not_the_last_person_named(registries):
    text = (
        "OSLO, May 2 -- Ada Kemp, director of the Nordic Border Agency, held talks in Oslo on Monday with "
        "Ivo Lind, head of IOM Norway.\n"
        "On Tuesday, she gave a public lecture on labour migration.\n"
    )
    _, lecture = _meetings(text, registries, "2023-05-02")
    assert (lecture.kind, lecture.participants, lecture.date.value) == ("speech", ["ada-kemp"], "2023-05-02")


@pytest.mark.parametrize(
    "officials, sides",
    [
        ("Officials from the National Immigration Administration and IOM met", {"nia-china", "iom"}),
        (
            "Officials from the National Immigration Administration and IOM discussed labour migration",
            {"nia-china", "iom"},
        ),
        ("Representatives of Telemark county and the International Organization for Migration met", {"iom"}),
        ("Officials from the International Organization for Migration met", None),  # one side: no meeting
        ("Officials from the International Organization for Migration discussed labour migration", None),
        ("The National Immigration Administration and IOM held talks", {"nia-china", "iom"}),
        ("The National Immigration Administration and IOM on Monday met", {"nia-china", "iom"}),
        ("The National Immigration Administration welcomed IOM and met", None),  # no two sides acting together
        ("Officials met", None),
    ],
)
def test_officials_from_two_sides_meeting_is_a_meeting_joined_by_who_told_it(officials, sides, registries):
    text = (
        f"OSLO, May 2 -- {officials} in Oslo on Monday to plan services for migrant workers.\n"
        "Ada Kemp, director of the Nordic Border Agency, told the meeting that more workers were coming.\n"
    )
    meetings = _meetings(text, registries, "2023-05-02")
    if sides is None:
        assert meetings == []
    else:
        [meeting] = meetings
        assert (set(meeting.organizations), meeting.participants) == (sides, ["ada-kemp"])
        assert meeting.date.value == "2023-05-01"


@pytest.mark.parametrize(
    "lede, day",
    [
        ("a senior immigration official said on Thursday.", "2023-05-04"),
        ("a spokesperson for the agency announced on Wednesday.", "2023-05-03"),
        ("a senior immigration official said.", None),  # no day in the lede
        ("Ivo Lind, head of the agency, said on Thursday.", None),  # a lede naming its speaker is no announcement
    ],
)
def test_a_speech_introduced_by_the_lede_s_unnamed_official_takes_the_lede_s_day(lede, day, registries):
    text = (
        f"Norway will simplify visas for foreign experts, {lede}\n"
        "Ada Kemp, director of the Nordic Border Agency, told a forum on talent mobility in Oslo that the "
        "measures would start in June.\n"
    )
    forum, speech = _meetings(text, registries, "2023-05-05")
    assert (forum.kind, speech.kind, speech.parent, speech.participants) == ("forum", "speech", 0, ["ada-kemp"])
    assert [m.date and m.date.value for m in (forum, speech)] == [day, day]


@pytest.mark.parametrize(
    "speech, day",
    [
        (
            "Ada Kemp, director of the Nordic Border Agency, said in an opening address that forgeries were rising.",
            "15",
        ),
        (
            "Ada Kemp, director of the Nordic Border Agency, said at the opening ceremony that forgeries were rising.",
            "15",
        ),
        ("Ada Kemp, director of the Nordic Border Agency, gave a lecture on the second day of the workshop.", "16"),
        ("Ada Kemp, director of the Nordic Border Agency, gave a lecture on the fifth day of the workshop.", "19"),
        ("Ada Kemp, director of the Nordic Border Agency, gave a lecture on altered passports.", None),  # unstated
    ],
)
def test_a_speech_within_a_gathering_of_several_days_is_on_the_day_the_text_places_it(speech, day, registries):
    text = (
        "OSLO, May 22 -- The Nordic Border Agency and the International Organization for Migration held a workshop "
        f"on document security in Bergen from 15 to 19 May.\n{speech}\n"
    )
    workshop, given = _meetings(text, registries, "2023-05-22")
    assert (workshop.date.value, workshop.date.end_value, given.parent) == ("2023-05-15", "2023-05-19", 0)
    if day is None:  # the gathering's days, the day not stated
        assert (given.date.value, given.date.end_value) == ("2023-05-15", "2023-05-19")
    else:
        assert (given.date.value, given.date.end_value) == (f"2023-05-{day}", None)


@pytest.mark.parametrize(
    "where, hosts",
    [
        ("which opened on Monday at UN Headquarters in New York", {"united-nations"}),
        ("which opened on Monday at the headquarters of the International Organization for Migration", {"iom"}),
        ("which opened on Monday in New York, not far from UN Headquarters", set()),  # near it, not at it
    ],
)
def test_a_gathering_held_at_an_organization_s_headquarters_is_hosted_by_it(where, hosts, registries):
    text = (
        "NEW YORK, May 2 -- Ada Kemp, director of the Nordic Border Agency, told the High-level Dialogue on "
        f"Migration, {where}, that forgeries were rising.\n"
    )
    dialogue, speech = _meetings(text, registries, "2023-05-02")
    assert (dialogue.kind, speech.parent, set(dialogue.organizations) & {"united-nations", "iom"}) == (
        "conference",
        0,
        hosts,
    )


def test_talks_at_an_organization_s_headquarters_are_no_gathering_it_hosts(registries):
    text = f"GENEVA, May 2 -- Ada Kemp, director of the Nordic Border Agency, met {_ROLE} at UN Headquarters.\n"
    [talks] = _meetings(text, registries, "2023-05-02")
    assert (talks.kind, talks.participants, talks.organizations) == ("bilateral_talks", ["ada-kemp", "rui-mendes"], [])


@pytest.mark.parametrize(
    "sentence, kind, organizations",
    [
        ("The 108th Session of the IOM Council opened in Geneva on Monday.", "conference", {"iom-council"}),
        ("The 108th IOM Council kicked off in Geneva on Monday.", "conference", {"iom-council"}),
        (
            "The National Immigration Administration and IOM held the Second Forum on Migration Governance in "
            "Geneva on Monday.",
            "forum",
            {"nia-china", "iom"},
        ),
        (
            "The Regional Workshop on Document Security, organized by IOM, was held in Geneva on Monday.",
            "symposium",
            {"iom"},
        ),
    ],
)
def test_a_gathering_named_by_its_title_is_proposed_with_its_organizations(sentence, kind, organizations, registries):
    [gathering] = _meetings(f"GENEVA, May 2 -- {sentence}\n", registries, "2023-05-02")
    assert (gathering.kind, set(gathering.organizations), gathering.date.value) == (kind, organizations, "2023-05-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "The IOM Council approved the budget on Monday.",  # the body acting, no gathering reported
        "The workshop was held in Geneva on Monday.",  # one referred back to, never reported
        "The Forum on Migration Governance will be held in Geneva next year.",
    ],
)
def test_a_body_acting_or_a_gathering_referred_back_to_is_no_named_gathering(sentence, registries):
    assert [m.status for m in _meetings(f"GENEVA, May 2 -- {sentence}\n", registries, "2023-05-02")] in (
        [],
        ["planned"],
    )


@pytest.mark.parametrize(
    "sentence, organizations",
    [
        ("The International Organization for Migration thanked Norway for its support, at a reception", {"iom"}),
        ("The National Immigration Administration presented its new services at a seminar", {"nia-china"}),
        # the organization is no subject of the sentence: it does not take part
        ("Norway thanked the International Organization for Migration for its support, at a reception", set()),
    ],
)
def test_the_organization_acting_at_a_gathering_it_introduces_takes_part(sentence, organizations, registries):
    text = f"OSLO, May 2 -- {sentence} held in Oslo on Monday.\n"
    meetings = _meetings(text, registries, "2023-05-02")
    assert [set(m.organizations) & {"iom", "nia-china"} for m in meetings] == ([organizations] if organizations else [])


def test_speeches_delivered_by_two_people_are_one_speech_each(registries):
    text = f"{_COURSE}Ada Kemp, director of the Nordic Border Agency, and {_ROLE[:-1]} delivered speeches.\n"
    course, *speeches = _meetings(text, registries, "2023-05-02")
    assert {"ada-kemp", "rui-mendes"} <= set(course.participants)
    assert [(m.kind, m.participants, m.parent) for m in speeches] == [
        ("speech", ["ada-kemp"], 0),
        ("speech", ["rui-mendes"], 0),
    ]


@pytest.mark.parametrize(
    "sentence, organizations",
    [
        (
            "A workshop on human trafficking, jointly organized by the National Immigration Administration and the "
            "International Organization for Migration, was held in Oslo on Monday.",
            {"nia-china", "iom"},
        ),
        (
            "A workshop for officials of the National Immigration Administration, hosted by the International "
            "Organization for Migration, opened in Oslo on Monday.",
            {"iom"},  # the officials' body attends; the host organizes
        ),
    ],
)
def test_the_organizers_named_inside_the_gathering_s_sentence_take_part(sentence, organizations, registries):
    [workshop] = _meetings(f"OSLO, May 2 -- {sentence}\n", registries, "2023-05-02")
    assert (workshop.kind, set(workshop.organizations), workshop.date.value) == (
        "symposium",
        organizations,
        "2023-05-01",
    )


# --- lane i11r7v (round 7): visits and trips, ceremonies, planned meetings -------------------------------------------


@pytest.mark.parametrize(
    "plan, visitor",
    [
        ("He will also visit Shanghai.", "arne-solberg"),  # the host does not "also visit"
        ("Asked about his programme, the spokesperson said: He will also visit Shanghai.", "arne-solberg"),
        ("Ms. Kari Dahl will hold talks with him, and she will also travel to Shanghai.", None),  # "she" is not his
        ("He visited Shanghai in 2009.", "dag-moen"),  # no "also": the last person named, as before
    ],
)
def test_a_pronoun_that_also_visits_during_a_trip_is_the_traveller(plan, visitor, registries):
    text = (
        "BEIJING, March 4 -- At the invitation of the Chinese government, Director General Arne Solberg will "
        "pay a visit to China from March 9 to 12. During the visit, Vice Minister Dag Moen will hold talks with "
        f"him. {plan}\n"
    )
    meetings = _meetings(text, registries, "2015-03-04")
    visits = [m for m in meetings if m.kind == "visit"]
    assert [m.participants for m in visits] == ([[visitor]] if visitor else [])
    if visitor == "arne-solberg":
        assert visits[0].place == "shanghai" and visits[0].status == "planned"
        assert meetings[visits[0].parent].kind == "trip"


@pytest.mark.parametrize(
    "stops, onward",
    [
        ("will also visit the National Immigration Administration and travel to Kunming", True),
        ("will also visit the National Immigration Administration and travel to Kunming next week", True),
        ("will also visit the National Immigration Administration and travel widely", False),  # nowhere named
        ("will also visit the National Immigration Administration and travel documents", False),
    ],
)
def test_travel_to_coordinated_with_a_planned_visit_is_a_visit_of_its_own(stops, onward, registries):
    text = (
        "BEIJING, April 8 -- Director General Arne Solberg will pay an official visit to China from April 10 "
        f"to 13. Director General Solberg {stops}.\n"
    )
    meetings = _meetings(text, registries, "2019-04-08")
    visits = [m for m in meetings if m.kind == "visit"]
    assert [m.organizations for m in visits] == [["nia-china"], *([[]] if onward else [])]
    assert all(m.participants == ["arne-solberg"] and m.status == "planned" for m in visits)
    assert all(m.place is None for m in visits[1:])  # Kunming is not registered: never the trip's country instead


@pytest.mark.parametrize(
    "pair",
    [
        "Foreign Secretary Ola Berg and the Ambassador of the People's Republic of China to Norway Lin Tao",
        "Foreign Secretary Ola Berg and the Chinese Ambassador Lin Tao",
        "Foreign Secretary Ola Berg and the Ambassador of China to Norway, Lin Tao,",
    ],
)
def test_a_title_with_the_between_two_coordinated_people_keeps_both(pair, registries):
    text = (
        f"OSLO, July 14 -- {pair} co-chaired a meeting at the Foreign Ministry on the return of Norwegian workers "
        "who had been stranded in China.\nRepresentatives of IOM Norway, which arranged the workers' health "
        "checks, also participated in the meeting.\n"
    )
    [meeting] = _meetings(text, registries, "2021-07-14")
    assert set(meeting.participants) == {"ola-berg", "lin-tao"}
    assert meeting.organizations == ["iom-norway"]  # "also participated in the meeting" adds, never a new meeting
    assert meeting.place != "china"  # where the workers were, not the meeting


@pytest.mark.parametrize(
    "where, place",
    [
        ("on the return of workers stranded in China", None),
        ("on the return of workers who had been stranded in China", None),
        ("on refugees who fled to Switzerland", None),
        ("in Geneva on the return of workers stranded in China", "geneva"),
        ("in China on the return of workers", "china"),
    ],
)
def test_where_the_people_a_meeting_is_about_are_is_not_its_place(where, place, registries):
    text = f"OSLO, July 14 -- Foreign Secretary Ola Berg held talks with Ambassador Lin Tao on Monday {where}.\n"
    [meeting] = _meetings(text, registries, "2021-07-14")
    assert meeting.place == place


@pytest.mark.parametrize(
    "plan, organizations",
    [
        (
            "agreed to hold the first meeting of the liaison mechanism in Oslo next year",
            ["nia-china", "nordic-border-agency"],
        ),
        ("will convene the second session of the joint committee next year", ["nia-china", "nordic-border-agency"]),
        ("agreed to hold the first meeting of the liaison mechanism", ["nia-china", "nordic-border-agency"]),
        ("agreed to hold a meeting of minds on the issue", None),  # no standing body meets
        ("agreed to establish a liaison mechanism", None),  # set up, not met
    ],
)
def test_a_planned_meeting_of_a_mechanism_of_the_two_sides(plan, organizations, registries):
    text = (
        "Release time: 2019-09-17\n\nOn September 17, Lin Tao, Deputy Commissioner of the National Immigration "
        "Administration (NIA), received a delegation led by Ola Berg, Commissioner of the Nordic Border Agency, in "
        f"Beijing.\n\nThe two sides exchanged views on combating illegal entry and exit. The two sides {plan}.\n\n"
        "Director-General Kai Sun of the NIA also attended.\n"
    )
    meetings = _meetings(text, registries)
    assert meetings[0].participants == ["lin-tao", "ola-berg", "kai-sun"]  # "also attended": the talks held
    planned = [m for m in meetings if m.status == "planned"]
    assert [m.organizations for m in planned] == ([organizations] if organizations else [])
    assert all(m.participants == [] and m.parent is None for m in planned)


def test_a_planned_meeting_of_the_two_sides_needs_both_sides(registries):
    text = (
        "Release time: 2019-09-17\n\nOn September 17, Lin Tao, Deputy Commissioner of the National Immigration "
        "Administration (NIA), received a delegation from the Nordic countries in Beijing.\n\n"
        "The two sides agreed to hold the first meeting of the liaison mechanism in Oslo next year.\n"
    )
    assert [m.status for m in _meetings(text, registries)] == ["held"]  # the other side is not named


@pytest.mark.parametrize(
    "host, added",
    [
        ("Mr. Tomas Berg, Chief of Mission of IOM Norway, hosted the ceremony.", True),
        ("Mr. Tomas Berg, Chief of Mission of IOM Norway, presided over the handover ceremony.", True),
        ("Mr. Tomas Berg, Chief of Mission of IOM Norway, hosted the reception.", False),  # another event
        ("Mr. Tomas Berg, Chief of Mission of IOM Norway, hosted the ceremony of the Red Cross on Monday.", False),
    ],
)
def test_the_host_of_the_ceremony_just_reported_joins_it(host, added, registries):
    text = (
        "On March 21, H.E. Mr. Lin Tao, Chinese Ambassador to Norway, attended a ceremony in Oslo marking the "
        f"handover of relief supplies donated by the Chinese government through IOM Norway.\n\n{host} Ambassador "
        "Lin thanked the staff.\n"
    )
    meetings = _meetings(text, registries, "2012-03-22")
    assert ("tomas-berg" in meetings[0].participants) is added
    assert len(meetings) == (1 if added else 2)


@pytest.mark.parametrize(
    "opening, organizations",
    [
        ("UNHCR thanked China for sheltering refugees", ["unhcr"]),
        ("The International Organization for Migration has praised China's support", ["iom"]),
        ("Officials praised UNHCR for its work", []),  # not the subject
        ("The UNHCR report on refugees was presented", []),  # an owner, not the subject
    ],
)
def test_the_organization_a_sentence_opens_with_was_at_the_reception_it_names(opening, organizations, registries):
    text = (
        f"BEIJING, June 20 -- {opening}, at a reception held in Beijing on Thursday evening, on the eve of World "
        "Refugee Day.\nThe reception was attended by diplomats and scholars, organizers said.\n"
    )
    [meeting] = [m for m in _meetings(text, registries, "2014-06-20") if m.kind == "conference"] or [None]
    assert (meeting.organizations if meeting else []) == organizations


@pytest.mark.parametrize(
    "stay, visit",
    [
        ("spent 29 and 30 May at the International Organization for Migration in Geneva", True),
        ("spent two days at the International Organization for Migration in Geneva", True),
        ("spent a week in Geneva at the invitation of the International Organization for Migration", True),
        ("spent USD 5 million in Geneva on projects of the International Organization for Migration", False),
        ("spent several years at the International Organization for Migration in Geneva", False),  # a career
    ],
)
def test_a_delegation_that_spent_days_at_a_place_visited_it(stay, visit, registries):
    text = (
        "BANGKOK, June 2 -- A delegation of the Nordic Border Agency led by its deputy director-general, Ola Berg, "
        f"{stay} to learn how migrant workers are registered.\n"
    )
    meetings = _meetings(text, registries, "2012-06-02")
    assert [(m.kind, m.participants) for m in meetings] == ([("visit", ["ola-berg"])] if visit else [])


@pytest.mark.parametrize(
    "since, year, place",
    [
        ("since his last visit in 2019", "2019", "china"),
        ("since his previous visit to Switzerland in 2016", "2016", "switzerland"),
        ("since her last visit in 2019", None, None),  # "Mr. Solberg": she is someone else
        ("since his last visit to Nairobi in 2019", None, None),  # a place not registered: not the trip's country
        ("since his last visit", None, None),  # no year: nothing to state
        ("since his last report in 2019", None, None),
    ],
)
def test_an_earlier_visit_the_text_dates_is_a_trip_of_the_traveller(since, year, place, registries):
    text = (
        "GENEVA, April 6 -- Director General Arne Solberg completed a visit to China this week. By the end of "
        f"the visit, Mr. Solberg was satisfied with the progress made {since}.\n"
    )
    meetings = _meetings(text, registries, "2023-04-06")
    earlier = [(m.participants, m.date.value, m.place) for m in meetings[1:] if m.kind == "trip"]
    assert earlier == ([(["arne-solberg"], year, place)] if year else [])


@pytest.mark.parametrize(
    "met, counterpart",
    [
        ("the delegation met officers of the Nordic Border Agency", "nordic-border-agency"),
        ("the delegation met senior officials from the Nordic Border Agency", "nordic-border-agency"),
        ("the delegation met with officers of the Nordic Border Agency", "nordic-border-agency"),
    ],
)
def test_a_delegation_meets_officers_of_an_agency(met, counterpart, registries):
    text = (
        "OSLO, Aug. 20 -- A delegation of eight officials from the National Immigration Administration, led by its "
        f"deputy director Lin Tao, visited Norway from 10 to 14 August. In Bergen, {met} on 11 August to learn "
        "about the screening of travellers at border checkpoints.\n"
    )
    meetings = _meetings(text, registries, "2015-08-20")
    talks = [m for m in meetings if m.kind.endswith("talks")]
    assert [(m.participants, m.organizations) for m in talks] == [(["lin-tao"], [counterpart])]


@pytest.mark.parametrize(
    "dateline, trip, place",
    [
        ("Beijing", "undertook a study visit to Switzerland", "switzerland"),  # not the dateline's city
        ("Geneva", "undertook a study visit to Switzerland", "geneva"),  # the dateline is in that country
        ("Beijing", "undertook a study visit to Shanghai", "beijing"),  # no trip abroad: as before
    ],
)
def test_a_meeting_within_a_trip_abroad_is_not_at_the_datelines_city(dateline, trip, place, registries):
    text = (
        f"{dateline} – From 10 to 14 December 2018, a delegation of the National Immigration Administration, led by "
        f"Mr. Lin Tao, Deputy Director-General, {trip} organized by IOM China.\n\nIn Bern, the delegation was "
        "received by the Nordic Border Agency, where it learned about asylum procedures.\n"
    )
    meetings = _meetings(text, registries, "2018-12-17")
    [received] = [m for m in meetings if m.kind == "courtesy_meeting"]
    assert received.place == place


@pytest.mark.parametrize(
    "before, planned",
    [
        ("The National Immigration Administration and IOM China on Tuesday signed an agreement in Beijing.", True),
        ("The National Immigration Administration and IOM China on Tuesday held talks in Beijing.", False),  # no goods
    ],
)
def test_a_planned_handover_ceremony_is_of_the_parties_to_the_signing(before, planned, registries):
    text = (
        f"BEIJING, Nov. 9 -- {before} Under the agreement, China will fund shelters for families hit by the drought."
        "\nA handover ceremony for the first batch of tents will be held in Oslo later this month, according to "
        "the International Organization for Migration.\n"
    )
    meetings = _meetings(text, registries, "2022-11-09")
    ahead = [m for m in meetings if m.status == "planned"]
    assert [(m.kind, m.organizations, m.date.value) for m in ahead] == (
        [("signing", ["nia-china", "iom-china"], "2022-11")] if planned else []
    )


@pytest.mark.parametrize(
    "stop, day",
    [
        ("Two days later the officials travelled to Bergen county, where they visited a shelter.", "2015-08-13"),
        ("On the second day, the visitors went to a registration centre for migrant workers.", "2015-08-11"),
        ("Three days later, the delegation proceeded to a border checkpoint in the north.", "2015-08-14"),
        ("Two days later the funds went to a shelter for victims.", None),  # nobody goes
        ("On the second day of the course, the trainers went to a shelter.", None),  # not the delegation
    ],
)
def test_a_stop_of_a_delegation_is_a_visit_of_its_leader_on_the_day_said(stop, day, registries):
    text = (
        "OSLO – A delegation of eight officials from the National Immigration Administration, led by its deputy "
        "director, Lin Tao, visited Norway from 10 to 14 August on a study visit organized by IOM Norway.\n"
        "In Oslo, the delegation met officers of the Nordic Border Agency on 11 August to learn about the screening "
        f"of victims of trafficking at border checkpoints. {stop}\n"
    )
    meetings = _meetings(text, registries, "2015-08-20")
    stops = [m for m in meetings[2:] if m.kind == "visit"]
    assert [(m.participants, m.date.value) for m in stops] == ([(["lin-tao"], day)] if day else [])


@pytest.mark.parametrize(
    "verb, visit",
    [("toured", True), ("visited", True), ("praised", False)],
)
def test_a_person_who_toured_a_place_visited_it(verb, visit, registries):
    text = f"GENEVA, May 3 -- Vice Minister Lin Tao {verb} the International Organization for Migration on Monday.\n"
    meetings = _meetings(text, registries, "2019-05-03")
    assert [(m.kind, m.participants, m.organizations) for m in meetings] == (
        [("visit", ["lin-tao"], ["iom"])] if visit else []
    )


@pytest.mark.parametrize(
    "stops, tour",
    [
        ("visit the International Organization for Migration and UNHCR in Geneva from January 9 to 18", True),
        ("visit the International Organization for Migration and UNHCR in Geneva on January 9", False),  # one day
        ("visit the International Organization for Migration in Geneva from January 9 to 18", False),  # one stop
    ],
)
def test_a_delegation_visiting_several_places_over_days_is_one_trip(stops, tour, registries):
    text = (
        f"BEIJING, Jan. 20 -- Vice Minister Lin Tao led a six-member delegation to {stops}.\n"
        "Officials from the Ministry of Foreign Affairs and the Ministry of Public Security participated in the "
        "visit.\n"
    )
    meetings = _meetings(text, registries, "2020-01-20")
    trips = [m for m in meetings if m.kind == "trip"]
    assert [(m.participants, m.organizations) for m in trips] == (
        [(["lin-tao"], ["mfa-china", "mps-china"])] if tour else []
    )
    if tour:
        assert {m.parent for m in meetings if m.kind == "visit"} == {meetings.index(trips[0])}
        assert trips[0].date.value == "2020-01-09" and trips[0].date.end_value == "2020-01-18"


@pytest.mark.parametrize(
    "after, place",
    [
        ("After the meeting, Lin and Kemp signed a letter of intent on training.", "beijing"),
        ("Following the talks, Lin and Kemp signed a letter of intent on training.", "beijing"),
        ("The next day, Lin and Kemp signed a letter of intent on training.", None),  # anywhere
        ("After the meeting, Lin and Kemp signed a letter of intent in Shanghai.", "shanghai"),
    ],
)
def test_what_follows_the_talks_right_after_is_where_they_met(after, place, registries):
    text = (
        "Time: 2012-05-16\n\nOn the morning of May 15, Vice Minister Lin Tao met in Beijing with a delegation of the "
        f"International Organization for Migration led by Deputy Director General Ada Kemp. {after}\n"
    )
    meetings = _meetings(text, registries)
    [signing] = [m for m in meetings if m.kind == "signing"]
    assert signing.place == place and signing.date.value == ("2012-05-16" if "next" in after else "2012-05-15")


@pytest.mark.parametrize(
    "opening, organizations",
    [
        ("Officials from the Nordic Border Agency and the International Organization for Migration", ["iom"]),
        ("Representatives of the Oslo region and the International Organization for Migration", ["iom"]),
        ("Officials from the International Organization for Migration", None),  # one side: whom did they meet?
        ("Officials and experts", None),
    ],
)
def test_officials_of_two_sides_who_met_and_those_who_told_the_meeting(opening, organizations, registries):
    text = (
        f"{opening} met in Oslo on Monday to plan services for migrant women in border villages.\n"
        "Ines Halvorsen, deputy director of the Nordic Border Agency, told the meeting that about 2,000 such women "
        "lived in the region.\nDag Moen, head of the IOM Norway Office, said at the meeting that a survey would "
        "begin next month.\n"
    )
    meetings = _meetings(text, registries, "2016-06-21")
    talks = [(m.participants, [o for o in m.organizations if o == "iom"]) for m in meetings]
    assert talks == ([(["ines-halvorsen", "dag-moen"], organizations)] if organizations else [])


def test_he_will_also_visit_after_talks_outside_a_trip_is_left_open(registries):
    text = (
        "BEIJING, March 4 -- Vice Minister Dag Moen will hold talks with Director General Arne Solberg in Beijing on "
        "Monday, and he will also visit Shanghai.\n"
    )
    meetings = _meetings(text, registries, "2015-03-04")
    assert [m.kind for m in meetings] == ["bilateral_talks"]  # who goes to Shanghai is not said


# Lane i11r8e (round 8): boundaries of names.


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ivo Lind, a research fellow at the Rome-based Institute for Labour Studies, said so.", ["Ivo Lind"]),
        ("Ada Kemp, a professor of law at Westbrook University, told reporters.", ["Ada Kemp"]),
        ("Ada Kemp, a senior lecturer at the Nairobi Institute of Migration, said so.", ["Ada Kemp"]),
        ("Ada Kemp, a former fellow of the society, said so.", ["Ada Kemp"]),
        ("The Westbrook Fellows, a group of students, met.", []),
    ],
)
def test_a_scholar_s_post_in_an_apposition_introduces_a_person(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A fellow at the Beijing-based Center for Migration Studies spoke.", ["Center for Migration Studies"]),
        ("The Geneva-based Institute of Border Studies said so.", ["Institute of Border Studies"]),
        ("The Hong Kong-based Asia Migration Centre said so.", ["Asia Migration Centre"]),
        # a city that opens the name without "-based" stays in it
        ("The Beijing Centre for Migration Studies said so.", ["Beijing Centre for Migration Studies"]),
    ],
)
def test_where_an_organization_is_based_is_no_part_of_its_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "A delegation of the Immigration Bureau of Ruritania at Tamsin House, Nairobi.",
            ["Immigration Bureau of Ruritania"],
        ),
        ("Officials met the Labour Agency at Kobe Tower on Monday.", ["Labour Agency"]),
        (
            "The Mission of Ruritania to the UN Office at Geneva met.",
            ["Mission of Ruritania to the UN Office at Geneva", "UN Office at Geneva"],
        ),
        ("The Department of Law at the Ministry of Labour met.", ["Department of Law", "Ministry of Labour"]),
    ],
)
def test_a_place_after_at_ends_an_organization_s_name_unless_it_is_an_office_s(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ivo Lind, head of the Immigration and Naturalisation Agency of Ruritania, said so.",
            ["Immigration and Naturalisation Agency of Ruritania"],
        ),
        ("The Migration and Asylum Service met.", ["Migration and Asylum Service"]),
        ("Ivo Lind, chairman of the Migration Service of Ruritania, said so.", ["Migration Service of Ruritania"]),
        ("The Ministry of Labour and the Migration Service met.", ["Ministry of Labour", "Migration Service"]),
        ("NIA and the Immigration Bureau met.", ["Immigration Bureau"]),
    ],
)
def test_and_between_two_fields_of_a_body_is_inside_its_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Principal Secretary for Immigration and Citizen Services, Ivo Lind, hosted them.",
        "Ivo Lind, Minister for Labour and Social Services, hosted them.",
        "The Commissioner for Border Services said so.",
    ],
)
def test_a_post_s_field_after_for_is_no_organization(sentence):
    assert organization_candidates(sentence) == []


def test_an_office_held_for_a_named_body_is_still_read():
    names = [c.name for c in organization_candidates("The Director for the Migration Service of Ruritania spoke.")]
    assert names == ["Migration Service of Ruritania"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Director of the Department of Treaties of the Ministry of Labour Ivo Lind was present.", ["Ivo Lind"]),
        ("Ruritanian Ambassador to the Philippines Ada Kemp handed over the funds.", ["Ada Kemp"]),
        ("Deputy Director of the Immigration Bureau Wang Li presented the awards.", ["Wang Li"]),
        ("Minister of Labour of Ruritania Ada Kemp has said so.", ["Ada Kemp"]),
        ("The Ambassador to the United Nations Office was present.", []),
        ("Ambassador of China to Sri Lanka will attend.", []),
    ],
)
def test_a_title_of_an_organization_or_to_a_country_introduces_the_name_after_it(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("agenda", "spoken"),
    [
        ("The two sides will exchange views on global migration governance.", False),
        ("Both sides will also discuss global migration governance.", False),
        ("During the visit, the two sides will hold talks on global migration governance.", False),
        ("They will sign a plan on global migration governance.", False),
        ("China supports global migration governance.", True),  # a position of the ministry's: the spokesperson's
        ("The two sides have made progress on global migration governance.", True),  # an account, no agenda
    ],
)
def test_a_separate_sentence_giving_the_agenda_of_planned_talks_has_no_speaker_in_a_transcript(
    agenda, spoken, registries
):
    text = (
        "Foreign Ministry Spokesperson Ivo Berg's Regular Press Conference on March 4, 2021\n\n"
        "Q: The IOM chief will visit China next week. Can you give us more details?\n\n"
        f"A: Vice Foreign Minister Tang Wenjie will hold talks with Antonio Vitorino. {agenda}\n\n"
        "Q: Will he travel outside Beijing?\n\nA: He will also visit Yunnan.\n"
    )
    draft = draft_article("t", text, registries, [])
    said = {m.entity_id: m.speakers for m in draft.mentions if m.kind == "topics"}
    assert said == {"migration-governance": ("ivo-berg",) if spoken else ()}


@pytest.mark.parametrize(
    ("text", "roles", "expected"),
    [
        (  # the initials of the one Principal Secretary's title
            "Ada Kemp hosted Ivo Lind. During the meeting, the PS noted that data matter.",
            [("kemp", "Principal Secretary")],
            [None, "kemp"],
        ),
        (  # the initials of an organization: no one's words
            "Ada Kemp hosted Ivo Lind. During the meeting, the NIA noted that data matter.",
            [("kemp", "Principal Secretary")],
            [None, None],
        ),
        (  # two people hold the title: either could be meant
            "Ada Kemp hosted Ivo Lind. The PS noted that data matter.",
            [("kemp", "Principal Secretary"), ("lind", "Permanent Secretary")],
            [None, None],
        ),
    ],
)
def test_a_title_s_initials_stand_for_the_one_person_who_holds_it(text, roles, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind"})
    assert speakers(text, split_sentences(text), people, roles) == expected


def test_principal_secretary_is_one_title_and_the_ps_speaks_for_its_holder(registries):
    text = (
        "PS hosts delegation\n\nThe Principal Secretary for Immigration, Dr. Ada Kemp, on Thursday hosted a "
        "delegation from the National Immigration Administration. During the meeting, the PS noted that the two "
        "countries would work on border management.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(r.person, r.title) for r in draft.roles] == [("ada-kemp", "Principal Secretary")]
    assert {m.speakers for m in draft.mentions if m.kind == "topics"} == {("ada-kemp",)}


@pytest.mark.parametrize(
    ("owner", "aliases", "parent"),
    [
        ("the IOM ", ["IOM Department of Field Operations"], "iom"),  # the owner's acronym: the form the text uses
        ("the ", [], None),
        ("IOM's ", [], None),  # a possessive is no form of the name
    ],
)
def test_a_department_named_after_its_owner_s_acronym_keeps_that_form_as_an_alias(owner, aliases, parent, registries):
    text = (
        "IOM signs agreement\n\nBEIJING, May 2 (Xinhua) -- Ada Kemp, Director of "
        f"{owner}Department of Field Operations, signed the agreement on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    (entry,) = [e.fields for e in draft.new_entries if e.kind == "organizations"]
    assert (entry["name"], entry["aliases"], entry.get("parent")) == ("Department of Field Operations", aliases, parent)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ada Kemp, Director of the Department of Field Operations, signed it.", ["Ada Kemp"]),
        ("Ada Kemp, the Head of the Bureau of Ports Planning, signed it.", ["Ada Kemp"]),
        ("In Nairobi, Director of the Department of Field Operations Ivo Lind said so.", ["Ivo Lind"]),
        (  # a list of titled names, no apposition
            "They met Director of Ports Ada Kemp, Director of the Department of Field Operations Ivo Lind, and staff.",
            ["Ada Kemp", "Ivo Lind"],
        ),
    ],
)
def test_the_last_words_of_a_body_in_an_apposition_are_no_person(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "the School of Public Policy of Westbrook University",
            ["School of Public Policy of Westbrook University", "Westbrook University"],
        ),
        (
            "the Institute of World Studies of the Ruritanian Academy of Sciences",
            ["Institute of World Studies of the Ruritanian Academy of Sciences", "Ruritanian Academy of Sciences"],
        ),
        (
            "the Overseas Studies Institute of Westbrook University",
            ["Overseas Studies Institute of Westbrook University", "Westbrook University"],
        ),
        (  # the ministry named in it is a body of its own too (the set's convention)
            "the Department of Harbours of the Ministry of Ports",
            ["Department of Harbours of the Ministry of Ports", "Ministry of Ports"],
        ),
        ("the Institute of International Education", ["Institute of International Education"]),
        ("the Centre of Public Policy of Ruritania", ["Centre of Public Policy of Ruritania"]),
    ],
)
def test_a_school_named_with_its_university_proposes_the_university_too(body, names, registries):
    text = f"Experts meet\n\nBEIJING, May 2 (Xinhua) -- Ada Kemp, a professor at {body}, said so on Monday.\n"
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == names


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Professor Ada Kemp of Westbrook University said so on Monday.", []),  # a form of address, as "Dr."
        ("Ada Kemp, a professor at Westbrook University, said so on Monday.", [("ada-kemp", "Professor")]),
    ],
)
def test_professor_before_a_name_is_a_form_of_address_and_after_it_a_post(sentence, roles, registries):
    draft = draft_article("t", f"Experts meet\n\nBEIJING, May 2 (Xinhua) -- {sentence}\n", registries, [])
    assert [(r.person, r.title) for r in draft.roles] == roles


@pytest.mark.parametrize(
    ("description", "alias"),
    [
        ("the UN migration agency", ("iom", "UN migration agency")),
        ("the UN refugee agency", ("unhcr", "UN refugee agency")),
        ("the UN Refugee Agency", ("unhcr", "UN Refugee Agency")),
        ("the UN weather agency", None),  # no registered body for the field: no alias, and no new body
    ],
)
def test_the_un_s_agency_for_a_field_in_lower_case_is_the_registered_body_for_it(description, alias, registries):
    text = f"Pledge\n\nGENEVA, April 23 -- China will give $2 million, {description} announced on Thursday.\n"
    draft = draft_article("t", text, registries, [])
    assert [(a.entity_id, a.form) for a in draft.new_aliases] == ([alias] if alias else [])
    assert not [e for e in draft.new_entries if e.kind == "organizations"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The delegation is expected to visit the Kiboko International Airport and the Lunga Border Post on Monday.",
            "2019-08-26",
        ),
        ("The team will travel to the coast and tour the new port facilities at Lunga on Monday.", "2019-08-26"),
        ("The delegation, which is expected in Lunga soon, met port officials on Monday.", "2019-08-19"),
        ("The ministers met on Monday.", "2019-08-19"),
    ],
)
def test_a_weekday_anywhere_in_a_clause_about_what_is_to_come_is_the_next_one(sentence, value):
    anchor = Anchor(dt.date(2019, 8, 23), "the publication date (a Friday)")
    [weekday] = find_dates(sentence, 0, None, anchor)
    assert weekday.value == value


@pytest.mark.parametrize(
    ("office", "organization"),
    [
        ("the Regional Office for Asia and the Pacific", "regional-office-for-asia-and-the-pacific"),
        # another region's office, another body's: the office for hers, proposed (Lane i11s27y)
        ("the Regional Office for Europe", "iom-asia-and-the-pacific"),
        ("the UNHCR Regional Office for Asia and the Pacific", "iom-asia-and-the-pacific"),
    ],
)
def test_a_regional_director_of_a_body_holds_the_post_at_the_office_named_for_that_region(
    office, organization, registries
):
    text = (
        "IOM official visits\n\nBANGKOK, 7 March -- Ada Kemp, Regional Director for Asia and the Pacific of the "
        f"International Organization for Migration, met officials. She said {office} would help.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(r.person, r.organization) for r in draft.roles] == [("ada-kemp", organization)]


@pytest.mark.parametrize(
    ("ministries", "organization"),
    [
        ("the Ministry of Ports of the Republic of Malta", "ministry-of-ports-of-the-republic-of-malta"),
        ("the Ministry of Ports of Iceland", "ministry-of-ports-of-iceland"),
        ("the Ministry of Ports of Malta and the Ministry of Ports of Iceland", None),  # either could be his
        ("the Ministry of Ports of Ruritania", None),  # no country CLDR knows: maybe a body's part, not a country's
        ("the Ministry of Ports Development", None),  # no country: no other name of it
    ],
)
def test_a_minister_of_x_holds_the_post_at_the_one_new_ministry_of_x_of_a_country_the_text_names(
    ministries, organization, registries
):
    text = (
        "Minister meets NIA\n\nBELGRADE, Tuesday -- Minister of Ports Ivo Lind today met a delegation of the "
        f"National Immigration Administration. He said {ministries} would help.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(r.person, r.organization) for r in draft.roles if r.person == "ivo-lind"] == [("ivo-lind", organization)]


@pytest.mark.parametrize(
    ("lead", "organization"),
    [
        ("This is a summary of what was said by UNHCR spokesperson Eva Lind at today's press briefing.", "unhcr"),
        ("This is a summary of what was said at today's press briefing.", None),  # whose "our" is not said
        ("UNHCR spokesperson Eva Lind and IOM spokesperson Ivo Berg spoke at today's press briefing.", None),
    ],
)
def test_our_post_in_a_spokesperson_s_text_is_held_at_the_spokesperson_s_organization(lead, organization, registries):
    text = (
        f"Tents arrive in Ruritania\n\nBriefing Notes, 27 May 2008\n\n{lead}\n\nThe tents were handed over at a "
        "ceremony attended by our Representative in China, Ada Kemp, and local officials.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(r.person, r.organization) for r in draft.roles if r.person == "ada-kemp"] == [("ada-kemp", organization)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ivo Lind, Permanent Secretary in the Ministry of Ports and Harbours, said so.",
            ["Ministry of Ports and Harbours"],
        ),
        ("Ada Kemp, Counsellor at the Embassy of Malta in Kenya, said so.", ["Embassy of Malta in Kenya"]),
        ("The Chief of Mission in Kenya said so.", []),
    ],
)
def test_a_body_after_a_title_and_in_or_at_is_named_without_the_title(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ivo R. Berg, special envoy of the IOM Director General, opened the office.", ["Ivo R. Berg"]),
        ("The U.S. Department of Labor said so.", []),
        ("He met Ada Kemp. R. Lind said so.", []),
    ],
)
def test_a_middle_initial_stays_inside_a_person_s_name(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


def test_an_initial_in_capitals_is_no_family_name(registries):
    text = "IOM office opens\n\nBEIJING, May 2 (Xinhua) -- Ivo R. BERG, special envoy of IOM, opened the office.\n"
    draft = draft_article("t", text, registries, [])
    (entry,) = [e.fields for e in draft.new_entries if e.kind == "people"]
    assert (entry["name"], entry["family_name"], entry["given_name"]) == ("Ivo R. Berg", "Berg", "Ivo R.")


# Lane i11r8g (round 8): gatherings and the speeches in them, read the way the next writer phrases them: every form
# of the speech verb ("Delivering a keynote speech", "will deliver a speech", "Speaking in the general debate", "in an
# address to"), the remarks of the lede made in an address, talks "on the sidelines of the forum" anywhere in the
# sentence, a gathering held by two sides ("held their first dialogue") or a briefing for member states, and no
# meeting place from a post or from what a speaker said.

_COURSE_8 = (
    "OSLO, May 4 -- A five-day training course on document examination for border officers from Norway, Sweden "
    "and Finland opened in Geneva on Monday, organized by the Nordic Border Agency and IOM Norway.\n"
)


@pytest.mark.parametrize(
    "speech, day, status",
    [
        (
            "Delivering a keynote speech at the opening ceremony, Ada Kemp, director of the Nordic Border Agency, "
            "said forgeries were rising.",
            "2016-05-02",
            "held",
        ),
        (
            "Giving the opening address, Ada Kemp, director of the Nordic Border Agency, said forgeries were rising.",
            "2016-05-02",
            "held",
        ),
        (
            "Speaking in the general debate, Norway's special envoy Ada Kemp said forgeries were rising.",
            "2016-05-02",
            "held",
        ),
        (
            "Speaking on a panel on Tuesday, Ada Kemp, director of the Nordic Border Agency, said forgeries were "
            "rising in Sweden.",
            "2016-05-03",
            "held",
        ),
        (
            "Ada Kemp, director of the Nordic Border Agency, will deliver a lecture on forged passports.",
            "2016-05-02",
            "planned",
        ),
        (
            "Making a presentation on Tuesday, Ada Kemp, director of the Nordic Border Agency, said forgeries were "
            "rising.",
            "2016-05-03",
            "held",
        ),
        ("Ada Kemp, director of the Nordic Border Agency, delivered a welcome speech.", "2016-05-02", "held"),
        (
            "At the opening ceremony, Ada Kemp, director of the Nordic Border Agency, said forgeries were rising.",
            "2016-05-02",
            "held",
        ),
        (
            "Ada Kemp, director of the Nordic Border Agency, remarked at the opening session that forgeries were rising.",
            "2016-05-02",
            "held",
        ),
    ],
)
def test_every_form_of_a_speech_verb_is_a_speech_within_the_gathering(speech, day, status, registries):
    meetings = _meetings(_COURSE_8 + speech + "\n", registries, "2016-05-04")
    course, talk = meetings
    assert (course.kind, talk.kind, talk.participants, talk.parent) == ("symposium", "speech", ["ada-kemp"], 0)
    assert (talk.status, talk.date.value, talk.place) == (status, day, "geneva")
    assert "ada-kemp" in course.participants


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking in an interview, Ada Kemp, director of the Nordic Border Agency, said forgeries were rising.",
        "Speaking on condition of anonymity, an official of the Nordic Border Agency said forgeries were rising.",
        "Speaking on the sidelines of the opening ceremony, Ada Kemp, director of the Nordic Border Agency, told "
        "Xinhua that "
        "forgeries were rising.",
        "Ada Kemp, director of the Nordic Border Agency, said the course would address the root causes of forgery.",
        "Ada Kemp, director of the Nordic Border Agency, said she would give the matter her attention.",
    ],
)
def test_speaking_to_a_reporter_or_addressing_a_problem_is_no_speech(sentence, registries):
    meetings = _meetings(_COURSE_8 + sentence + "\n", registries, "2016-05-04")
    assert [m.kind for m in meetings] == ["symposium"]


@pytest.mark.parametrize(
    "lede, remarks, day",
    [
        ("State Secretary Ada Kemp said here Tuesday.", "Kemp made the remarks in an address to", "2016-05-03"),
        ("Ada Kemp, State Secretary, said on Tuesday.", "Kemp made these remarks in a speech at", "2016-05-03"),
        # no remarks referred back: the day of the sentence's own gathering
        ("State Secretary Ada Kemp said.", "Kemp delivered an address to", "2016-05-02"),
    ],
)
def test_the_remarks_of_the_lede_made_in_an_address_to_a_session_are_dated_by_the_lede(lede, remarks, day, registries):
    text = (
        "GENEVA, May 4 -- Norway will open three more reception centres for migrants this year, " + lede + "\n\n"
        f"{remarks} the 12th session of the Nordic Migration Council, which opened at the Palais des Nations on "
        "Monday and runs through Friday.\n"
    )
    session, address = _meetings(text, registries, "2016-05-04")
    assert (session.kind, session.date.value, session.place) == ("conference", "2016-05-02", "geneva")
    assert (address.kind, address.participants, address.parent, address.date.value) == ("speech", ["ada-kemp"], 0, day)


@pytest.mark.parametrize(
    "sentence, within",
    [
        (
            "Kemp also met Dag Moen, head of the IOM Norway Office, on the sidelines of the course to discuss a visit.",
            True,
        ),
        (
            "On the sidelines of the course, Kemp also met Dag Moen, head of the IOM Norway Office, to discuss a visit.",
            True,
        ),
        (
            "Kemp also met Dag Moen, head of the IOM Norway Office, on the sidelines of the summit in Oslo last month.",
            False,
        ),
    ],
)
def test_talks_on_the_sidelines_of_the_gathering_anywhere_in_the_sentence_are_within_it(sentence, within, registries):
    text = (
        _COURSE_8 + "Ada Kemp, director of the Nordic Border Agency, delivered the opening address.\n" + sentence + "\n"
    )
    talks = _meetings(text, registries, "2016-05-04")[-1]
    assert talks.kind == "bilateral_talks" and set(talks.participants) == {"ada-kemp", "dag-moen"}
    assert (talks.parent == 0) is within and (talks.date is not None and talks.date.value == "2016-05-02") is within


@pytest.mark.parametrize(
    "sentence",
    [
        "In her keynote speech, Ada Kemp, director of the Nordic Border Agency, said that forgeries were rising in China.",
        "Ada Kemp, director of the Nordic Border Agency, said at the opening ceremony that forgeries were rising in "
        "Beijing.",
        "Ada Kemp, Norway's Permanent Representative in Geneva, delivered the opening address.",
    ],
)
def test_a_place_in_what_a_speaker_said_or_in_a_post_is_not_where_the_speech_was(sentence, registries):
    text = (
        "A five-day training course on document examination for border officers opened in Shanghai on Monday, "
        f"organized by the Nordic Border Agency and IOM Norway.\n{sentence}\n"
    )
    course, talk = _meetings(text, registries, "2016-05-04")
    assert (talk.kind, talk.parent, course.place, talk.place) == ("speech", 0, "shanghai", "shanghai")


def test_a_dialogue_two_sides_held_its_chairs_and_those_who_also_took_part(registries):
    text = (
        "BEIJING, March 27 -- Norway and the International Organization for Migration (IOM) held their first "
        "high-level dialogue on labour migration in Beijing last week, according to the Nordic Border Agency.\n"
        "The dialogue was co-chaired by Ada Kemp, director of the Nordic Border Agency, and Dag Moen, IOM's deputy "
        "director general.\nOfficials of the Ministry of Foreign Affairs also took part.\n"
    )
    [dialogue] = _meetings(text, registries, "2025-03-27")
    assert (dialogue.kind, dialogue.participants, dialogue.date.precision) == (
        "dialogue",
        ["ada-kemp", "dag-moen"],
        "week",
    )
    assert "iom" in dialogue.organizations and "mfa-china" in dialogue.organizations
    assert "nordic-border-agency" not in dialogue.organizations  # the source of the news takes no part


@pytest.mark.parametrize(
    "briefing, gathering",
    [
        ("during a virtual briefing for Member States convened by IOM Director General Dag Moen", True),
        ("at a briefing for diplomats hosted by IOM", True),
        ("at a press briefing in Geneva", False),
        ("at a briefing for journalists in Geneva", False),
    ],
)
def test_a_briefing_for_member_states_is_a_gathering_a_press_briefing_none(briefing, gathering, registries):
    text = (
        "GENEVA, April 23 -- Norway will contribute $2 million to IOM's appeal.\n"
        f"The pledge was made by Ambassador Ada Kemp, Norway's Permanent Representative in Geneva, {briefing}.\n"
    )
    meetings = _meetings(text, registries, "2020-04-23")
    # the pledge made there is the ambassador's speech within it (lane i11r10)
    assert [m.kind for m in meetings] == (["conference", "speech"] if gathering else [])
    if gathering:
        assert "ada-kemp" in meetings[0].participants and "iom" in meetings[0].organizations


@pytest.mark.parametrize(
    "said, speech",
    [
        ('"These tents will shelter 5,000 people," Kemp said at the ceremony.', True),
        ('"These tents will shelter 5,000 people," Kemp said at the handover ceremony.', True),
        ('"These tents will shelter 5,000 people," Kemp said at the meeting.', False),  # a statement, no speech
        ('"These tents will shelter 5,000 people," Kemp said.', False),
        ('"These tents will shelter 5,000 people," Kemp said at the reception of the tents.', False),  # receiving
    ],
)
def test_said_at_the_ceremony_is_a_speech_within_the_handover(said, speech, registries):
    text = (
        "OSLO, May 4 -- Ada Kemp, director of the Nordic Border Agency, presented the contribution to the International "
        f"Organization for Migration at a ceremony in Geneva on Monday.\n{said}\n"
    )
    meetings = _meetings(text, registries, "2016-05-04")
    assert meetings[0].kind == "signing"
    assert [(m.kind, m.participants, m.parent) for m in meetings[1:]] == (
        [("speech", ["ada-kemp"], 0)] if speech else []
    )


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Organizers said the next edition would be held in 2027.", "forum"),
        ("The next session of the forum will be held in Geneva in 2027, the organizers said.", "forum"),
        ("The two agencies agreed to host the next edition in 2027.", "forum"),
        ("The next edition of the report will be published in 2027.", None),  # no gathering
        ("Kemp said the next generation of officers would be trained in 2027.", None),
    ],
)
def test_the_next_edition_of_a_gathering_is_planned_with_its_hosts(sentence, kind, registries):
    text = (
        "OSLO, May 4 -- Officials from 20 countries gathered in Geneva on Monday for the two-day Forum on Border "
        "Management, co-hosted by the Nordic Border Agency and IOM Norway.\n"
        "Dag Moen, head of the IOM Norway Office, later held talks with Ada Kemp, director of the Nordic Border Agency."
        f"\n{sentence}\n"
    )
    meetings = _meetings(text, registries, "2016-05-04")
    planned = [m for m in meetings if m.status == "planned"]
    assert len(meetings[0].organizations) == 2  # the forum's hosts
    assert [(m.kind, m.organizations, m.date.value) for m in planned] == (
        [(kind, meetings[0].organizations, "2027")] if kind else []
    )


def test_what_the_sides_do_at_the_opening_ceremony_is_no_speech(registries):
    text = _COURSE_8 + (
        "At the opening ceremony, the Nordic Border Agency and IOM Norway signed a memorandum of understanding.\n"
    )
    assert [m.kind for m in _meetings(text, registries, "2016-05-04")] == ["symposium", "signing"]


@pytest.mark.parametrize(
    "before, day",
    [
        ("Government representatives meeting in Geneva on Monday adopted a plan on border management.", "2016-05-02"),
        (
            "Delegates gathered at the Palais des Nations on Monday and adopted a plan on border management.",
            "2016-05-02",
        ),
        ("Government representatives adopted a plan on border management on Monday.", None),  # not said to meet
    ],
)
def test_the_gathering_a_sentence_names_with_the_is_dated_by_the_meeting_of_its_participants_before(
    before, day, registries
):
    text = (
        f"GENEVA, May 4 -- {before}\n\nSpeaking in the general debate of the two-day Nordic Migration Conference, "
        "Ada Kemp, director of the Nordic Border Agency, said forgeries were rising.\n"
    )
    conference, speech = _meetings(text, registries, "2016-05-04")
    assert (conference.kind, speech.kind, speech.parent) == ("conference", "speech", 0)
    assert (conference.date and conference.date.value) == day and (speech.date and speech.date.value) == day


# Lane i11r8v (round 8): meetings that are not gatherings, read on phrasings the rules were not written for: a
# weekday governed by a future verb far before it, "received" with no visitor, handovers of goods by their kind.


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("She is scheduled to travel to Narvik province on Saturday to see a checkpoint.", "2006-09-16"),
        ("The delegation is expected to visit the Oslo airport and the Svinesund border post on Monday.", "2006-09-18"),
        ("The two teams will hold a second round of technical consultations in Bergen on Friday.", "2006-09-15"),
        ("He met the officials who arrived in Oslo from Bergen on Monday.", "2006-09-11"),
        ("Ines Halvorsen, who will lead the next mission, visited the border post on Monday.", "2006-09-11"),
        ("He said the talks held in Oslo on Monday were fruitful.", "2006-09-11"),
    ],
)
def test_a_weekday_is_to_come_when_a_future_verb_of_its_clause_governs_it(sentence, day):
    anchor = Anchor(dt.date(2006, 9, 14), "the dateline")  # a Thursday
    [phrase] = [d for d in find_dates(sentence, anchor=anchor) if d.precision == "day"]
    assert phrase.value == day


@pytest.mark.parametrize(
    "sentence, received",
    [
        ("Vice Minister Tang Wenjie received here Tuesday Ines Halvorsen, head of the mission.", True),
        ("Vice Minister Tang Wenjie received at the Ministry on Monday Ines Halvorsen, head of the mission.", True),
        ("Vice Minister Tang Wenjie said 2,000 migrants had received at least one dose by the end of May.", False),
        ("Vice Minister Tang Wenjie said the centre received in total 300 applications in March.", False),
    ],
)
def test_received_is_a_meeting_only_with_a_visitor_after_a_time_or_place(sentence, received, registries):
    meetings = _meetings(sentence + "\n", registries, "2021-06-17")
    assert [m.kind for m in meetings] == (["courtesy_meeting"] if received else [])


@pytest.mark.parametrize(
    "goods, handover",
    [
        ("500 tents and 2,000 blankets", True),
        ("two vehicles", True),
        ("hygiene kits worth 30,000 dollars", True),
        ("12 suspects", False),  # people are no gift
        ("the chairmanship", False),
    ],
)
def test_a_handover_of_goods_by_their_kind_and_its_recipient_on_behalf_of_the_organization(goods, handover, registries):
    text = (
        f"On 28 May 2015, Ambassador Tang Wenjie handed over {goods} to the International Organization for Migration "
        "in Oslo. Ines Halvorsen, head of the IOM office, received them on behalf of the organization.\n"
    )
    meetings = _meetings(text, registries)
    assert [(m.kind, m.participants) for m in meetings] == (
        [("signing", ["tang-wenjie", "ines-halvorsen"])] if handover else []
    )


@pytest.mark.parametrize(
    "then, day",
    [
        ("The following day he met Ines Halvorsen, head of the Nordic Border Agency.", "2019-11-20"),
        ("The next day, he held talks with Ines Halvorsen, head of the Nordic Border Agency.", "2019-11-20"),
        ("Earlier in the day, he met Ines Halvorsen, head of the Nordic Border Agency.", "2019-11-19"),
        ("He also met Ines Halvorsen, head of the Nordic Border Agency.", "2019-W47"),  # during the trip: no day
    ],
)
def test_a_day_told_from_the_meeting_above_comes_before_the_days_of_the_trip(then, day, registries):
    text = (
        "Geneva - IOM Director General Ada Kemp this week concluded a four-day official visit to China.\n"
        "In Beijing on 19 November, the Director General held talks with Tang Wenjie, Vice Minister of Public "
        f"Security.\n{then}\n"
    )
    meetings = _meetings(text, registries, "2019-11-22")
    last = meetings[-1]
    assert last.participants == ["ada-kemp", "ines-halvorsen"] and last.date.value == day


@pytest.mark.parametrize(
    "then, subject",
    [
        ("During her stay in Oslo, the Director General also met Ines Halvorsen, head of the agency.", "ada-kemp"),
        ("The Director General also met Ines Halvorsen, head of the agency.", "ada-kemp"),
        ("During her stay, the Vice Minister also met Ines Halvorsen, head of the agency.", "tang-wenjie"),
        ("During her stay, the Commissioner also met Ines Halvorsen, head of the agency.", None),  # nobody's title
    ],
)
def test_a_title_as_the_subject_is_the_one_named_with_it_never_the_last_person_named(then, subject, registries):
    text = (
        "OSLO, May 3 -- IOM Director General Ada Kemp met in Oslo with Tang Wenjie, Vice Minister of Public Security, "
        "on Monday.\nTang said the ministry was ready to train more border officers.\n"
        f"{then}\n"
    )
    meetings = _meetings(text, registries, "2016-05-03")
    assert meetings[-1].participants == ([subject, "ines-halvorsen"] if subject else ["ines-halvorsen"])


@pytest.mark.parametrize(
    "sentence, trip",
    [
        ("The Director General is visiting China from October 13 to 17.", ("china", "2014-10-13")),
        ("Ada Kemp was visiting China at the time.", ("china", None)),
        ("Ada Kemp, who is in China for a working visit, thanked the ministry.", ("china", None)),
        ("Ada Kemp, head of the agency, is on a three-day visit to China.", ("china", None)),
        ("Tang Wenjie told reporters that the staff were on a field trip.", None),
        ("The visiting Director General thanked China for its support.", None),
    ],
)
def test_a_stay_or_a_visit_under_way_in_the_main_clause_is_the_subjects_trip(sentence, trip, registries):
    text = f"BEIJING, Oct. 15 -- IOM Director General Ada Kemp met Tang Wenjie in Beijing on Wednesday.\n{sentence}\n"
    meetings = _meetings(text, registries, "2014-10-15")
    trips = [(m.place, m.date.value if m.date else None) for m in meetings if m.kind == "trip"]
    assert trips == ([trip] if trip else [])
    assert all(m.participants[0] == "ada-kemp" for m in meetings if m.kind == "trip")


def test_the_delegation_on_a_visit_takes_part_with_the_organizations_of_its_leaders_title(registries):
    text = (
        "Dr. Ines Halvorsen on Thursday hosted a delegation from Norway at Nyayo House, Nairobi.\n"
        "The delegation, led by Mr. Tang Wenjie, Director General of the International Organization for Migration, "
        "is in the country for a five-day working visit.\n"
    )
    [trip] = [m for m in _meetings(text, registries, "2019-08-23") if m.kind == "trip"]
    assert (trip.participants, trip.organizations) == (["tang-wenjie"], ["iom"])


@pytest.mark.parametrize(
    "verb, kind",
    [
        ("on Thursday hosted a delegation from the International Organization for Migration", "courtesy_meeting"),
        ("welcomed a visiting delegation of the International Organization for Migration", "courtesy_meeting"),
        ("hosts a high-level delegation of the International Organization for Migration", "courtesy_meeting"),
        ("hosted a workshop with the International Organization for Migration", "symposium"),
    ],
)
def test_hosting_or_welcoming_a_delegation_is_a_reception_and_who_was_represented_joins_it(verb, kind, registries):
    text = (
        f"NAIROBI, Aug. 23 -- Principal Secretary Ines Halvorsen {verb} at Nyayo House.\n"
        "The UNHCR office, which supports the Department of Refugee Services, was also represented at the meeting.\n"
    )
    [meeting] = _meetings(text, registries, "2019-08-23")
    assert (meeting.kind, meeting.participants) == (kind, ["ines-halvorsen"])
    assert meeting.organizations == ["iom", "unhcr"]
    assert (meeting.date.value if meeting.date else None) == ("2019-08-22" if "Thursday" in verb else None)


@pytest.mark.parametrize(
    "then, within",
    [
        ("Kemp also met Tang on the sidelines of the forum to discuss a training course.", True),
        ("Kemp met Tang at the margins of the two-day forum.", True),
        ("Kemp met Tang in Oslo on Friday, a week after the forum.", False),
        ("Kemp also met Tang to discuss the sidelines of the new border road.", False),
    ],
)
def test_talks_on_the_sidelines_of_the_gathering_later_in_the_sentence_are_within_it(then, within, registries):
    text = (
        "Experts called for simpler visas at a forum on migration held in Bergen on Thursday, co-organized by the "
        "International Organization for Migration.\nIn her keynote speech, Ada Kemp, head of the IOM office, said "
        "talent mobility mattered.\nTang Wenjie, Vice Minister of Public Security, told the forum that rules would "
        f"be relaxed.\n{then}\n"
    )
    meetings = _meetings(text, registries, "2015-06-19")
    talks = meetings[-1]
    assert talks.participants == ["ada-kemp", "tang-wenjie"]
    assert (talks.parent == 0, talks.date.value if talks.date else None) == (
        (True, "2015-06-18") if within else (False, "2015-06-19" if "Friday" in then else None)
    )


@pytest.mark.parametrize(
    "sentence, visit",
    [
        ("UNHCR staff will travel to Bergen next week to assess needs with local authorities.", ("unhcr", "planned")),
        ("IOM experts are expected to travel to Bergen next week.", ("iom", "planned")),
        ("Staff will travel to Bergen next week to assess needs.", None),  # whose staff?
        ("A first consignment of 3,000 tents from UNHCR's stockpile arrived in Bergen on Sunday.", None),  # goods
        ("The second shipment of IOM supplies arrived in Norway on Sunday.", None),
        ("IOM Deputy Director General Ada Kemp arrived in Norway on Sunday for a visit.", ("ada-kemp", "held")),
    ],
)
def test_an_organizations_staff_travel_and_goods_arrive_without_a_traveller(sentence, visit, registries):
    meetings = _meetings(f"Geneva, 27 May 2008 -- {sentence}\n", registries, "2008-05-27")
    assert [((m.participants or m.organizations)[0], m.status) for m in meetings] == ([visit] if visit else [])


@pytest.mark.parametrize(
    "opening, dialogue",
    [
        ("The Nordic Border Agency and IOM held their first high-level dialogue on labour migration", True),
        ("The Nordic Border Agency and IOM hold an annual policy dialogue on labour migration", True),
        ("The Nordic Border Agency and IOM called for a dialogue on labour migration", False),
        ("The Nordic Border Agency said the dialogue with IOM held last year helped labour migration", False),
    ],
)
def test_a_dialogue_held_by_two_sides_and_its_co_chairs_and_those_who_also_took_part(opening, dialogue, registries):
    text = (
        f"OSLO, March 24 -- {opening} in Oslo last week.\nThe dialogue was co-chaired by Tang Wenjie, vice minister "
        "of labour, and Ines Halvorsen, deputy director general of IOM. Officials of UNHCR also took part.\n"
    )
    meetings = _meetings(text, registries, "2025-03-24")
    assert [(m.kind, m.participants, "unhcr" in m.organizations) for m in meetings] == (
        [("dialogue", ["tang-wenjie", "ines-halvorsen"], True)] if dialogue else []
    )


@pytest.mark.parametrize(
    "signed, signing",
    [
        ("signed by video link an agreement on returning migrants", True),
        ("signed via video link an agreement on returning migrants", True),
        ("welcomed the agreement signed by the two agencies last year", False),
    ],
)
def test_signed_by_video_link_is_a_signing_the_signatory_after_by_is_none(signed, signing, registries):
    text = f"On July 8, Vice Minister Tang Wenjie and IOM Director Ines Halvorsen {signed}.\n"
    meetings = _meetings(text, registries, "2022-07-08")
    assert [m.kind for m in meetings] == (["signing"] if signing else [])


@pytest.mark.parametrize(
    "then, kinds",
    [
        ("She invited the Embassy to attend the opening of a new border post next month.", []),
        ("Tang invited her to visit Norway at a convenient time.", []),
        ("Tang was invited to attend the forum next month.", ["conference"]),  # told who will come
        ("Tang will attend a forum on migration in Oslo next month.", ["conference"]),
    ],
)
def test_an_invitation_to_attend_or_visit_is_no_meeting(then, kinds, registries):
    text = (
        f"On 12 March, Ambassador Tang Wenjie met with Ms. Ines Halvorsen, head of IOM Kenya, at the Embassy.\n{then}\n"
    )
    meetings = _meetings(text, registries, "2013-03-12")
    assert [m.kind for m in meetings[1:]] == kinds


@pytest.mark.parametrize(
    "sentence, status",
    [
        (
            "Vice Minister Tang Wenjie will lead a Chinese delegation to attend the Dialogue on Migration in Geneva.",
            "planned",
        ),
        (
            "Vice Minister Tang Wenjie is expected to lead a large delegation of senior officials to visit Norway.",
            "planned",
        ),
        ("Ines Halvorsen, who will chair the next round in Oslo, met Vice Minister Tang Wenjie in Geneva.", "held"),
        ("Vice Minister Tang Wenjie led a Chinese delegation to attend the Dialogue on Migration in Geneva.", "held"),
    ],
)
def test_a_future_marker_further_back_in_the_clause_makes_the_meeting_planned(sentence, status, registries):
    meetings = _meetings(f"GENEVA, June 14 -- {sentence}\n", registries, "2012-06-14")
    assert meetings and {m.status for m in meetings} == {status}


@pytest.mark.parametrize(
    "then, place",
    [
        ("On 21 November, Kemp travelled to Shanghai, where she visited a service centre for foreigners.", "shanghai"),
        ("On 21 November, Kemp flew to Shenzhen, where she visited a service centre for foreigners.", "shenzhen"),
        ("On 21 November, Kemp visited a service centre in Shenzhen.", "shenzhen"),
    ],
)
def test_a_visit_in_a_where_clause_is_at_the_place_the_clause_is_about(then, place, registries):
    text = (
        "Geneva - IOM Deputy Director General Ada Kemp this week concluded a four-day official visit to China.\n"
        f"{then}\n"
    )
    meetings = _meetings(text, registries, "2019-11-22")
    assert [m.place for m in meetings if m.kind == "visit"] == [place]


@pytest.mark.parametrize(
    "rest, day",
    [
        # the trip's days still to come from the dateline's
        ("on October 14 and will travel to Shanghai, where he will visit a checkpoint", "2014-10-15"),
        ("on October 14 and is expected to travel to Shanghai, where he will visit a checkpoint", "2014-10-15"),
        ("and will travel to Shanghai, where he will visit a checkpoint on October 16", "2014-10-16"),
    ],
)
def test_a_day_before_a_coordinated_verb_to_come_is_not_its_day(rest, day, registries):
    text = (
        "BEIJING, Oct. 15 -- IOM Director General Arne Solberg is visiting China from October 13 to 17. During the visit, "
        f"he also held talks with Vice Minister Tang Wenjie {rest}.\n"
    )
    meetings = _meetings(text, registries, "2014-10-15")
    last = meetings[-1]
    assert last.kind in ("visit", "trip") and last.participants == ["arne-solberg"] and last.date.value == day


# Lane i11r9k (round 8): military and police ranks before a name are a form of address, like "Dr.": never part of the
# name, never a post, and a later mention by rank and one word of the name is the same person.
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Yan Ping received Police Lieutenant General Kraisorn Boonyarit in Beijing.", "Kraisorn Boonyarit"),
        ("Pol. Lt. Gen. Kraisorn Boonyarit thanked the hosts.", "Kraisorn Boonyarit"),
        ("Pol Maj-General Kraisorn Boonyarit welcomed the guests.", "Kraisorn Boonyarit"),
        ("The talks were chaired by Police-General Kraisorn Boonyarit.", "Kraisorn Boonyarit"),
        ("Colonel Pham Duc Long said the checkpoint is open.", "Pham Duc Long"),
        ("Brigadier General Pham Duc Long, Director of the Border Department, spoke.", "Pham Duc Long"),
        ("Sen. Lieut. Gen Pham Duc Long hosted a reception in Hanoi.", "Pham Duc Long"),
        ("Lt. Col. Keo Sophal attended the meeting.", "Keo Sophal"),
        ("Senior Colonel Gao Lintao, of the People's Armed Police, said the drill went well.", "Gao Lintao"),
        ("Major General Gao Lintao met with the IOM Chief of Mission.", "Gao Lintao"),
        ("The delegation was led by Gen. Ramon Dizon, chief of the national police.", "Ramon Dizon"),
        ("Captain Min Thu Aung said the boat carried 80 migrants.", "Min Thu Aung"),
    ],
)
def test_a_rank_before_a_name_is_no_part_of_it(sentence, name):
    assert [c.name for c in person_candidates(sentence)] == [name]


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("IOM Director General Ada Kemp met with Chen Hua.", ["Ada Kemp", "Chen Hua"]),
        ("UN Secretary-General Ada Kemp said the compact matters.", ["Ada Kemp"]),
        ("Attorney General Ivo Lind said the law applies.", ["Ivo Lind"]),  # a post (lane i11s22e), never a rank
        ("It played a major role at the Major Cities Forum.", []),
        ("The ship Captain Cook Star docked in Dalian.", []),
        ("He addressed the General Assembly and the General Department of Immigration.", []),
    ],
)
def test_words_that_look_like_ranks_are_none(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


def test_no_name_runs_over_a_rank():
    text = (
        "Director of the Border Department Major General Pham Duc Long and Minister of National Defence Gen. Keo Sophal "
        "attended."
    )
    assert [c.name for c in person_candidates(text)] == ["Pham Duc Long", "Keo Sophal"]
    assert [c.name for c in organization_candidates(text)] == ["Border Department"]


@pytest.mark.parametrize(
    "later",
    ["Colonel Pham said the two sides will meet again.", "Col. Pham said the two sides will meet again."],
)
def test_a_later_mention_by_rank_and_one_word_is_the_same_person(later, registries):
    text = (
        "BEIJING, May 2 (Xinhua) -- Li Wenjun, deputy head of the National Immigration Administration, met with "
        f"Colonel Pham Duc Long, director of the Border Department of Vietnam, on Monday.\n{later}\n"
    )
    draft = draft_article("t", text, registries, [])
    [person] = [e for e in draft.new_entries if e.kind == "people" and e.fields["name"] == "Pham Duc Long"]
    pham = [text[m.start : m.end] for m in draft.mentions if m.entity_id == person.fields["id"]]
    assert pham == ["Pham Duc Long", "Pham"] and person.fields["aliases"] == ["Pham"]


def test_a_post_before_a_rank_is_the_role_and_the_rank_is_none():
    text = "A delegation of the Immigration Bureau was led by its Commissioner, Pol. Lt. Gen. Kraisorn Boonyarit."
    start = text.index("Kraisorn")
    people = [EntitySpan("kraisorn-boonyarit", start, start + len("Kraisorn Boonyarit"))]
    orgs = [EntitySpan("immigration-bureau", text.index("Immigration"), text.index(" was"))]
    roles = find_roles(text, people, orgs, {})
    assert [(r.person, r.organization, r.title) for r in roles] == [
        ("kraisorn-boonyarit", "immigration-bureau", "Commissioner")
    ]


def test_the_subjects_verb_after_a_comma_is_no_apposition():
    text = "Police-General Kraisorn Boonyarit, held talks with the Deputy Minister of Public Security, Chen Hua."
    start = text.index("Kraisorn")
    people = [EntitySpan("kraisorn-boonyarit", start, start + len("Kraisorn Boonyarit"))]
    assert find_roles(text, people, [], {}) == []


# Lane i11r9e (round 8, second entity lane): a fact the writer adds in a paragraph of its own is no one's speech;
# speakers, names and registered bodies read by kind on fresh8 and real releases.


@pytest.mark.parametrize(
    ("follow", "speaker"),
    [
        ("\n\nThe plan sets out ten goals, from data to border posts.", None),  # the writer's own facts
        ("\n\nIt entered into force in 2019.", None),
        (" The plan sets out ten goals, from data to border posts.", "lind"),  # the same paragraph goes on
        ("\n\nThe international community should share the burden.", "lind"),  # a position, not a fact
        ("\n\nCountries of origin are ready to take back their nationals.", "lind"),
    ],
)
def test_reported_speech_runs_into_a_new_paragraph_only_with_a_position(follow, speaker):
    text = f'"We need partners," Ivo Lind said, adding that Ruritania backed the plan.{follow}'
    people = _people(text, {"Ivo Lind": "lind"})
    assert speakers(text, split_sentences(text), people)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("In his meeting with Ivo Lind, the High Commissioner thanked Ruritania.", []),  # the clause's subject
        ("During talks with Ivo Lind, the Director General praised the plan.", []),
        ("After meeting Ivo Lind, the envoy flew to Lima.", []),
        ("Ivo Lind, the High Commissioner thanked Ruritania.", [("lind", "High Commissioner")]),  # comma missing
        ("In Lima, Ivo Lind, the High Commissioner, thanked Ruritania.", [("lind", "High Commissioner")]),
        (
            "In his talks with Ivo Lind, Director General of the Port Office, Ada Kemp spoke.",
            [("lind", "Director General")],
        ),
    ],
)
def test_a_title_after_a_name_that_ends_an_opening_phrase_is_the_subject_not_an_apposition(sentence, roles):
    people = _people(sentence, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    assert [(r.person, r.title) for r in find_roles(sentence, people, [], {})] == roles


@pytest.mark.parametrize(
    ("follow", "speaker"),
    [
        ("The vice foreign minister said Ruritania backed multilateralism.", "tan"),  # the one holder of the post
        ("The Vice Foreign Minister said Ruritania backed multilateralism.", "tan"),
        ("The vice minister said Ruritania backed multilateralism.", None),  # no one holds that post: two named
        ("The deputy director general said Ruritania backed multilateralism.", None),
    ],
)
def test_a_post_with_its_qualifiers_in_lower_case_stands_for_the_one_person_given_it(follow, speaker):
    text = f"Ada Kemp met Vice Foreign Minister Tan Wei and Ivo Lind in Lima. {follow}"
    people = _people(text, {"Ada Kemp": "kemp", "Tan Wei": "tan", "Ivo Lind": "lind"})
    said = speakers(text, split_sentences(text), people, [("tan", "Vice Foreign Minister")])
    assert said[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ada Kemp briefed the envoy on border management.", "kemp"),  # her words about it
        ("Ms. Kemp also briefed the envoy on border management.", "kemp"),
        ("Ada Kemp was briefed on border management.", None),  # she listened
        # the same words told in the passive (lane i11s29s, as fresh14's y06 gold has it; was None before)
        ("The envoy was briefed by Ada Kemp on border management.", "kemp"),
    ],
)
def test_who_briefs_someone_on_a_subject_speaks_of_it(sentence, speaker):
    people = _people(sentence, {"Ada Kemp": "kemp", "Kemp": "kemp"})
    assert speakers(sentence, split_sentences(sentence), people) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The UN Network on Migration, which brings together UN entities, will help.", ["UN Network on Migration"]),
        ("The Regional Network on Migration met in Lima.", ["Regional Network on Migration"]),
        ("A network of UN agencies will help.", []),
    ],
)
def test_a_network_is_named_as_a_body(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


def test_the_un_inside_a_new_network_s_name_is_no_mention_of_the_un(registries):
    text = (
        "Compact adopted\n\nGENEVA, May 2 (Xinhua) -- The UN Network on Migration, which brings together UN "
        "entities, will support States.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries] == ["UN Network on Migration"]
    assert [text[m.start : m.end] for m in draft.mentions if m.entity_id == "united-nations"] == ["UN"]
    assert [m.start for m in draft.mentions if m.entity_id == "united-nations"] == [text.index("UN entities")]


@pytest.mark.parametrize(
    ("phrase", "mentioned"),
    [
        ("the China-UN Peace and Development Fund", False),  # the fund's name
        ("the IOM Development Fund", False),
        ("a UN fund for peace", True),
        ("a three-year IOM project", True),
        ("the IOM and Development partners", True),
    ],
)
def test_a_registered_body_opening_a_fund_s_name_is_no_mention(phrase, mentioned, registries):
    text = f"Workshop opens\n\nBEIJING, May 2 (Xinhua) -- The workshop is paid by {phrase}, officials said.\n"
    draft = draft_article("t", text, registries, [])
    found = [m for m in draft.mentions if m.kind == "organizations" and m.entity_id in ("united-nations", "iom")]
    assert bool(found) == mentioned


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("He spoke at Westbrook University on the Global Compact for Migration.", ["Westbrook University"]),
        ("The Ministry of Ports on Monday said so.", ["Ministry of Ports"]),
        ("The Nordic Committee on Migrant Workers met.", ["Nordic Committee on Migrant Workers"]),  # it takes "on"
        ("The Regional Office on Drugs met.", ["Regional Office on Drugs"]),
        ("The Director of the Department of Ports Mr. Ivo Lind was present.", ["Department of Ports"]),
        ("The Department of Ports Ms Ada Kemp spoke.", ["Department of Ports"]),
    ],
)
def test_a_name_ends_before_a_subject_its_head_does_not_take_and_before_a_form_of_address(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ivo Lind, a professor at the People's Harbour University of Ruritania, said so.",
            ["People's Harbour University of Ruritania"],
        ),
        ("The People's Bank of Ruritania said so.", ["People's Bank of Ruritania"]),
        ("Ruritania's Ministry of Ports said so.", ["Ministry of Ports"]),  # an owner, no part of the name
    ],
)
def test_people_s_opens_a_name_and_is_no_owner(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A delegation led by its Commissioner, Pol. Lt. Gen. Ivo Lindqvist, arrived.", ["Ivo Lindqvist"]),
        ("Ren met Commissioner Maj. Gen. Ada Kemp on Monday.", ["Ada Kemp"]),
        ("Ren met Commissioner Gen. Motors on Monday.", []),  # a rank needs a name of two words after it
    ],
)
def test_a_rank_abbreviated_before_a_name_after_a_title_is_no_part_of_it(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Ruritanian Embassy in the country concerned has been in contact.", []),  # which embassy is not said
        ("The Ruritanian Consulate in each province helps.", []),
        ("The Ruritanian Embassy in Lima said so.", ["Ruritanian Embassy in Lima"]),
        ("The Embassy of Ruritania in the Philippines said so.", ["Embassy of Ruritania in the Philippines"]),
    ],
)
def test_a_mission_placed_only_vaguely_is_no_new_body(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The Department of Harbour Works of the Ministry of Ports said so.",
            ["Department of Harbour Works of the Ministry of Ports", "Ministry of Ports"],
        ),
        (
            "The Bureau of Tolls of the Ministry of Roads said so.",
            ["Bureau of Tolls of the Ministry of Roads", "Ministry of Roads"],
        ),
        ("The Department of Harbour Works said so.", ["Department of Harbour Works"]),
        ("The Ministry of Ports of Ruritania said so.", ["Ministry of Ports of Ruritania"]),  # one body, no part
    ],
)
def test_a_department_named_with_its_ministry_proposes_the_ministry_too(sentence, names):
    assert [w.name for c in organization_candidates(sentence) for w in part_and_whole(c)] == names


@pytest.mark.parametrize(
    ("last", "in_body"),
    [
        ("Ada Kemp said IOM would share these practices with other countries in the region.", True),  # a verb
        ("Share on WeChat", False),
        ('Use WeChat to "scan" to share the web page with your friends.', False),  # a share button's note
    ],
)
def test_a_sentence_with_the_verb_share_is_no_share_button(last, in_body):
    text = (
        "Ruritania and IOM meet\n\nBEIJING, May 2 (Xinhua) -- Ivo Lind met Ada Kemp of the IOM in Beijing on "
        f"Monday to discuss border management.\n{last}\n"
    )
    layout = find_layout(text)
    assert (text.index(last) < layout.body[1]) == in_body


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Ivo Lind met a delegation of the\nPort Authority (PA) led by its\nDeputy Director General Ada Kemp.", "pa"),
        ("Ivo Lind met a delegation of the Port Authority (PA) led by its Deputy Director General Ada Kemp.", "pa"),
        ("The Port Authority (PA) sent a team.\nIvo Lind met its\nDeputy Director General Ada Kemp.", None),
    ],
)
def test_its_post_across_a_line_break_is_held_at_the_body_named_before_in_the_sentence(text, organization):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    orgs = [EntitySpan("pa", m.start(), m.end()) for m in re.finditer(r"Port Authority|\bPA\b", text)]
    [role] = [r for r in find_roles(text, people, orgs, {}) if r.person == "kemp"]
    assert role.organization == organization


# Lane i11r9u (round 8): a capital letter is any upper-case letter ("Đỗ", "Łukasz", "Željko", "İlhan", "Ștefan"), and a
# possessive ("'s", "’s", "s'") ends the name it follows, for people and organizations alike.
@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Vice Minister Đỗ Văn Tường met with Chen Hua in Hanoi.", ["Đỗ Văn Tường", "Chen Hua"]),
        ("Đặng Thị Ngọc, Director General of the Immigration Department, said the gate is open.", ["Đặng Thị Ngọc"]),
        ("Minister Željko Marić said the two countries will cooperate.", ["Željko Marić"]),
        ("Łucja Wąsik, Ambassador of Poland to China, attended.", ["Łucja Wąsik"]),
        ("Ambassador Şükrü Yıldız met with Li Wei.", ["Şükrü Yıldız", "Li Wei"]),
        ("İlkay Ötken said the centre would open.", ["İlkay Ötken"]),
        ("Deputy Minister Ștefan Țăranu thanked the IOM.", ["Ștefan Țăranu"]),
        ("The talks were chaired by Őrsi Ágota.", ["Őrsi Ágota"]),
        ("Čedomir Škorić, head of the Border Police, and Žana Đurić also attended.", ["Čedomir Škorić", "Žana Đurić"]),
        ("Đà Nẵng City hosted the forum on Monday.", []),
        ("The delegation visited Łódź and Ústí nad Labem.", []),
    ],
)
def test_names_open_with_any_capital_letter(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


def test_a_sentence_and_a_dateline_open_with_any_capital_letter():
    text = "HÀ NỘI, May 4 (VNA) -- The talks ended on Monday. Đỗ Văn Tường said the gate will reopen.\n"
    assert find_layout(text).dateline == (0, text.index("The talks"))
    assert [text[s:e] for s, e in split_sentences(text, text.index("The talks"))] == [
        "The talks ended on Monday.",
        "Đỗ Văn Tường said the gate will reopen.",
    ]


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Director Ngo Van Lam's visit ended on Friday.", ["Ngo Van Lam"]),
        ("Minister Ngo Van Lam’s delegation arrived in Beijing.", ["Ngo Van Lam"]),
        ("IOM Director General Ada Kemp's Vietnamese counterpart met her.", ["Ada Kemp"]),
        ("Ambassador Ivo Jones' remarks were welcomed.", ["Ivo Jones"]),
        ("Ambassador Ivo Jones’ remarks were welcomed.", ["Ivo Jones"]),
        ("Ambassador Ada O'Brien said the talks were useful.", ["Ada O'Brien"]),  # an apostrophe inside a name
        ("Minister Jean D’Souza said the talks were useful.", ["Jean D’Souza"]),
    ],
)
def test_a_possessive_ends_a_persons_name(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("The Royal Border Police's delegation met NIA officials.", ["Royal Border Police"]),
        ("The Royal Border Police’s delegation met NIA officials.", ["Royal Border Police"]),
        ("The Federal Migration Agency's officers arrived.", ["Federal Migration Agency"]),
        ("The Bank of the People's Republic of Arcadia (BPRA) signed.", ["Bank of the People's Republic of Arcadia"]),
        ("Chen Hua met officials of the Department of Foreigners' Affairs.", ["Department of Foreigners' Affairs"]),
    ],
)
def test_a_possessive_ends_an_organizations_name_unless_the_name_goes_on(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


def test_a_new_persons_id_spells_every_latin_letter_in_ascii(registries):
    text = (
        "BEIJING, March 12 (Xinhua) -- Chen Hua met with Ambassador Łucja Wąsik and Minister Đặng Thị Ngọc in Beijing "
        "on Tuesday. Ørnulf Ødegård, director of the Directorate of Immigration, also attended.\n"
    )
    draft = draft_article("t", text, registries, [])
    ids = {e.fields["name"]: e.fields["id"] for e in draft.new_entries if e.kind == "people"}
    assert ids == {
        "Chen Hua": "chen-hua",
        "Łucja Wąsik": "lucja-wasik",
        "Đặng Thị Ngọc": "dang-thi-ngoc",
        "Ørnulf Ødegård": "ornulf-odegard",
    }


# Lane i11r9m (round 8): text broken by phrase, not by width (lines ending on "of the", "led by", a comma, or
# followed by a line in lower case) is one sentence across its breaks; an author's break (a headline, a dateline)
# still ends one; a paragraph of short lines only (a headline block) is not wrapped text.


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A delegation of the\nPort Authority of Ruritania led by its director\nMr. Ivo Lind,\nmet Ada Kemp.", 1),
        (
            "Ivo Lind,\nDirector General of the Port Authority of Ruritania and head of its delegation,\n"
            "paid a courtesy call on Ada Kemp today.",
            1,
        ),
        ("Mr. Ivo Lind and Mr. Tomas Berg\nwere also present at the meeting held at the Ministry of Home Affairs.", 1),
        (
            "Ivo Lind is scheduled to fly to Oslo on Thursday for\n"
            "meetings with officials of the Ministry of Foreign Affairs and the Port Authority.",
            1,
        ),
        ("Minister receives IOM delegation\nOSLO, 27 August 2019 -- Ivo Lind met Ada Kemp of the IOM today.", 2),
        ("Ivo Lind met Ada Kemp in Oslo on Monday to discuss migration.\nThe two sides signed a memorandum.", 2),
        (
            "Ivo Lind met Ada Kemp in Oslo on Monday to discuss migration\n"
            "The two sides also signed a memorandum of understanding on border management today.",
            2,
        ),
        ("Minister of the\nInterior meets Ada Kemp", 2),
        (
            "IOM workshop on trafficking opens in Kunming\ndate 2007-11-15\nby Xinhua writer Ada Kemp\n"
            "KUNMING, Nov. 15 (Xinhua) -- A workshop of the IOM opened here today.",
            4,
        ),
    ],
)
def test_a_line_broken_by_phrase_goes_on_and_an_authors_break_ends_a_sentence(text, count):
    assert len(split_sentences(text)) == count


def test_a_courtesy_call_broken_by_phrase_is_a_meeting_of_its_subject_today(registries):
    text = (
        "Home Secretary receives Ruritanian delegation\nOslo, 27 August 2019\n\n"
        "A delegation of the\nPort Authority of Ruritania led by\nMr. Ivo Lind,\n"
        "Director General of the Department of Cooperation,\n"
        "paid a courtesy call on Home Secretary Ms. Ada Kemp at the\n"
        "Ministry of Home Affairs today to discuss the facilitation of travel and border management.\n\n"
        "During the meeting, both sides discussed matters of mutual interest including\n"
        "border management and the facilitation of travel of citizens of both countries.\n"
    )
    [meeting] = _meetings(text, registries)
    assert meeting.participants == ["ada-kemp"]  # the visitors' leader, of a body not registered, is not read yet
    assert meeting.date is not None and meeting.date.value == "2019-08-27"  # "today", on the next line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home Secretary Mr. Ivo Lind at the Ministry of Home Affairs, Karl Johan, today.", ["Ivo Lind"]),
        ("It met Director Ms. Ada Kemp of the Port Authority, Vestre Havn, on Monday.", ["Ada Kemp"]),
        ("Director General of the Port Authority, Ada Kemp, met him.", ["Ada Kemp"]),  # a title without its holder
        ("Minister of Labour, Dr. Ivo Lind, met him.", ["Ivo Lind"]),
    ],
)
def test_a_title_run_holding_a_form_of_address_names_no_one_after_its_comma(text, expected):
    assert [c.name for c in person_candidates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice Minister Tang Wenjie will deliver a speech at the forum. He will also meet with Ivo Lind, the "
            "head of the mission.\n",
            ["tang-wenjie", "ivo-lind"],
        ),
        (
            "Ms. Ada Kemp will address the forum. She will also hold talks with Mr. Ivo Lind.\n",
            ["ada-kemp", "ivo-lind"],
        ),
        (
            "Ms. Ada Kemp arrived in Oslo today. She is expected to also meet with Mr. Ivo Lind.\n",
            ["ada-kemp", "ivo-lind"],
        ),
        ('"Migration matters," said Ms. Ada Kemp. He will also meet with Mr. Ivo Lind.\n', ["ivo-lind"]),  # not hers
    ],
)
def test_he_or_she_will_also_meet_is_the_person_last_named(text, expected, registries):
    [meeting] = [m for m in _meetings(text, registries) if "ivo-lind" in m.participants]
    assert meeting.participants == expected


# Lane i11r10 (round 8, last): "The tents were handed over to X at a ceremony": the day of the sentence before that
# introduced the goods ("A consignment of tents arrived ... on Sunday"); never a handover to come, nor a day told
# in another sentence.
_RELIEF = "UNHCR delivers relief in Ruritania\n\nBriefing Notes, 12 March 2019\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A first consignment of 2,000 family tents from UNHCR's stockpile arrived in Oslo, the capital, on "
            "Sunday. The tents were handed over to the Civil Affairs Bureau of Oslo at a ceremony at the airport, "
            "attended by our Representative, Ada Kemp.\n",
            "2019-03-10",
        ),
        (
            "A shipment of 5,000 blankets reached the port of\nBergen on Saturday. These blankets were donated to the "
            "Red Cross of Ruritania at a ceremony attended by Mr. Ivo Lind, UNHCR's Representative.\n",
            "2019-03-09",
        ),
        (
            "A batch of hygiene kits arrived in Oslo on Sunday. The kits will be handed over to the Civil Affairs "
            "Bureau at a ceremony attended by our Representative, Ada Kemp.\n",
            None,  # to come: when is not said
        ),
        (
            "A consignment of tents left the stockpile in Dubai. It landed on Sunday. The tents were handed over to "
            "the Civil Affairs Bureau at a ceremony attended by our Representative, Ada Kemp.\n",
            None,  # the day is another sentence's
        ),
    ],
)
def test_goods_handed_over_take_the_day_the_sentence_introducing_them_gives(body, expected, registries):
    [meeting] = _meetings(_RELIEF + body, registries)
    assert (meeting.date.value if meeting.date else None) == expected


# Lane i11r10: "The document was signed by A and B after the two held talks": the talks of the two, on the signing's
# day; none unless exactly two people are named, and "also attended the signing" still adds to the signing.
_SIGNED = (
    "Ruritania, IOM sign deal on migrant assistance\n"
    "The Ministry of Home Affairs of Ruritania and the International Organization for Migration signed a memorandum "
    "of understanding in Oslo on Tuesday.\n"
)


@pytest.mark.parametrize(
    ("sentence", "talks"),
    [
        ("It was signed by Minister Ada Kemp and Ivo Lind, IOM's envoy, after the two held talks in Oslo.", 1),
        ("The document was signed by Ms. Ada Kemp and Mr. Ivo Lind after the two met at the ministry.", 1),
        ("The memorandum was signed by Ms. Ada Kemp and Mr. Ivo Lind after the two had lengthy talks.", 1),
        ("The document was signed by Ada Kemp and Ivo Lind before the two held talks.", 0),  # not said when
        ("It was signed by Ada Kemp, Ivo Lind and Tor Berg after the two sides held talks.", 0),  # which two?
    ],
)
def test_after_the_two_held_talks_is_a_meeting_of_the_two_signatories(sentence, talks, registries):
    text = _SIGNED + sentence + "\nMs. Eva Holm, IOM's chief of mission, also attended the signing.\n"
    meetings = _meetings(text, registries, "2019-09-19")
    [signing] = [m for m in meetings if m.kind == "signing"]
    found = [m for m in meetings if m.kind == "bilateral_talks"]
    assert "eva-holm" in signing.participants
    assert len(found) == talks
    for meeting in found:
        assert meeting.participants == ["ada-kemp", "ivo-lind"]
        assert meeting.date is not None and meeting.date.value == "2019-09-17"


# Lane i11r10: "X is scheduled to fly to Beijing on Thursday for meetings with officials of Y": talks to come, there
# and then, of X (named) and Y; never a flight without talks, one already taken, or a traveller nobody names.
_CHIEF = (
    "IOM chief visits Ruritania\n\nOSLO, June 9 (Xinhua) -- Mr. Ivo Lind, head of the International Organization "
    "for Migration, met Ms. Ada Kemp, Minister of Home Affairs, here on Wednesday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Lind is scheduled to fly to Beijing on Thursday for meetings with officials of UNHCR.", "2019-06-13"),
        ("Lind will fly to Beijing on Friday for talks with officials of UNHCR.", "2019-06-14"),
        ("Lind is expected to go to Beijing on Thursday for talks with UNHCR officials.", "2019-06-13"),
        ("Lind flew to Beijing on Thursday for talks with officials of UNHCR.", None),  # not this rule's
        ("A delegation is expected to fly to Beijing on Thursday for talks with officials of UNHCR.", None),
        ("Lind is scheduled to fly to Beijing on Thursday to attend a wedding of UNHCR staff.", None),
    ],
)
def test_flying_somewhere_for_meetings_with_officials_is_talks_to_come_there(sentence, day, registries):
    meetings = [m for m in _meetings(_CHIEF + sentence + "\n", registries, "2019-06-09") if m.kind == "working_talks"]
    assert [(m.participants, m.organizations, m.status, m.place, m.date.value) for m in meetings] == (
        [(["ivo-lind"], ["unhcr"], "planned", "beijing", day)] if day else []
    )


def test_talks_after_a_flight_to_an_unregistered_city_are_never_placed_in_the_dateline_s(registries):
    text = _CHIEF.replace("OSLO", "BEIJING") + "Lind will fly to Bergen on Friday for talks with officials of UNHCR.\n"
    [talks] = [m for m in _meetings(text, registries, "2019-06-09") if m.kind == "working_talks"]
    assert (talks.place, talks.date.value) == (None, "2019-06-14")


# Lane i11r10: "The pledge was made by Ambassador A, title, during a briefing": A's speech within the gathering the
# sentence introduces; never without a gathering, nor for a pledge made "by China" (nobody named).
_PLEDGE = "Ruritania pledges $1 million to IOM\n\nUN News | 23 April 2020\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The pledge was made by Ambassador Ivo Lind, Ruritania's Permanent Representative in Geneva, during a "
            "virtual briefing for Member States convened by Ms. Ada Kemp.",
            "ivo-lind",
        ),
        ("The announcement was made by Mr. Ivo Lind at a special session of the IOM Council.", "ivo-lind"),
        ("This commitment was delivered by Ambassador Ivo Lind at a pledging conference in Geneva.", "ivo-lind"),
        ("The pledge was made by Ruritania at a pledging conference attended by Mr. Ivo Lind.", None),
        ("The pledge was made by Ambassador Ivo Lind in a letter to Ms. Ada Kemp.", None),  # no gathering
    ],
)
def test_a_pledge_made_by_someone_at_a_gathering_is_their_speech_within_it(sentence, speaker, registries):
    meetings = _meetings(_PLEDGE + sentence + "\n", registries)
    speeches = [(m.participants, meetings[m.parent].kind) for m in meetings if m.kind == "speech"]
    assert speeches == ([([speaker], "conference")] if speaker else [])


# Lane i11s20t (round 9): a topic named by a form its registered forms imply - a conjunct of a coordination
# ("telecom fraud" of "telecom and Internet fraud"), a phrase without its scope ("migration governance") or a name
# without its generic head ("Belt and Road"), a plain synonym ("illegal migration") - is a mention and a new alias;
# never inside a name ("the Belt and Road Forum", "its Capacity Building in Migration Management programme"), nor the
# field of one person's post ("a specialist in border management").
_WIRE = "BEIJING, June 4 (Xinhua) -- "


@pytest.mark.parametrize(
    ("sentence", "topic", "form"),
    [
        (
            "Ivo Lind said the two sides would fight human trafficking together.",
            "human-trafficking-and-smuggling",
            None,
        ),
        ("Ivo Lind called for joint action against migrant smuggling.", "human-trafficking-and-smuggling", None),
        ("Ivo Lind said telecom fraud had become a threat to the region.", "telecom-fraud", None),
        ("Ivo Lind stressed that Internet fraud harms migrants.", "telecom-fraud", None),
        ("Ivo Lind said law enforcement cooperation should be deepened.", "law-enforcement-cooperation", None),
        ("Ivo Lind said China plays a key role in migration governance.", "migration-governance", None),
        ("Ivo Lind said talent mobility benefits both countries.", "talent-mobility", None),
        ("Ivo Lind said IOM supports the Belt and Road.", "belt-and-road", "Belt and Road"),
        ("Ivo Lind said COVID-19 had stranded many migrants.", "covid-19", "COVID-19"),
        ("Ivo Lind said illegal migration harms migrants most.", "irregular-migration", "illegal migration"),
        ("Ivo Lind said illegal immigration must be curbed.", "irregular-migration", "illegal immigration"),
        ("Ivo Lind said on Wednesday COVID-19 vaccination had reached migrants.", "covid-19", "COVID-19"),
        (
            "Ivo Lind said China works to boost global immigration governance.",  # holds a registered form
            "migration-governance",
            "global immigration governance",
        ),
        (
            "Ivo Lind said the talks were on the management of international migration.",
            "migration-management",
            "management of international migration",
        ),
    ],
)
def test_a_form_a_registered_topic_implies_is_its_mention_and_a_new_alias(sentence, topic, form, registries):
    draft = draft_article("t", _WIRE + sentence + "\n", registries, [])
    [mention] = [m for m in draft.mentions if m.kind == "topics"]
    quote = draft.text[mention.start : mention.end]
    assert (mention.entity_id, mention.speakers) == (topic, ("ivo-lind",))
    assert form is None or quote == form
    [alias] = [a for a in draft.new_aliases if a.kind == "topics"]
    assert (alias.entity_id, alias.form) == (topic, quote) and "short or plain form" in alias.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Lind attended the Belt and Road Forum for International Cooperation in Beijing.",  # a name
        "The course was held under the Capacity Building in Migration Management programme of IOM.",
        "Ada Kemp, a regional specialist in immigration and border management, gave the first lecture.",  # a post
        "Ivo Lind said security in the region and development go together.",  # no implied form
        "Ivo Lind said migration and development are linked to the Global Development agenda.",  # one word, a phrase
        "Ivo Lind thanked China for its cooperation.",  # a generic word
        "Ivo Lind said security cooperation in the region should be deepened.",  # words three topics use
        "Ivo Lind said cutting-edge technology helps border officers.",  # a part of an act ("providing ...")
    ],
)
def test_no_implied_topic_form_inside_a_name_a_post_or_a_generic_phrase(sentence, registries):
    draft = draft_article("t", _WIRE + sentence + "\n", registries, [])
    implied = [a.form for a in draft.new_aliases if "short or plain form" in a.reason]
    mentions = {draft.text[m.start : m.end] for m in draft.mentions if m.kind == "topics"}
    assert implied == [] and mentions <= {"migration and development"}  # the label in lower case


def test_a_form_that_two_topics_or_another_entry_imply_is_no_one_s(registries):
    from china_iom.drafting.topic_forms import implied_forms

    forms = {fold_form for implied in implied_forms(registries).values() for fold_form in implied}
    registered = {f.casefold() for e in registries.topics.entries.values() for f in [e.label, *e.aliases]}
    assert "immigration governance" not in {f.casefold() for f in forms}  # registered for migration governance
    assert not {f.casefold() for f in forms} & registered
    assert not any(len(f.split()) < 2 and not any(c.isdigit() for c in f) for f in forms)


# Lane i11s20t: a clause that goes on with the sentence's subject ("..., where he said", "..., and said") is spoken
# by the one person who opens the sentence; a pronoun after a sentence naming several people stands for its
# subject when the text gives every other person there the other gender; otherwise no one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Later in the day, Mr. Ivo Lind took part in a round table, where he said that data matter.",
            ["lind"],
        ),
        ("IOM Director General Ivo Lind visited the centre and said that data matter.", ["lind"]),
        ("Ivo Lind applauded China's role in the region, and said that data matter.", ["lind"]),
        ("Ms. Ada Kemp opened the course, where he said that data matter.", [None]),  # "he" cannot be Ms. Kemp
        ("Ivo Lind met Ada Kemp in Oslo, where she said that data matter.", [None]),  # two people
        ("China will work with Ivo Lind on data, and he said that funds are short.", [None]),  # Lind is no subject
        ("The report that Ivo Lind wrote was praised, and said that data matter.", [None]),
        ("Ivo Lind, who met Ada Kemp on Monday, underlined that data matter.", ["lind"]),  # a relative clause
        ("Ivo Lind met Ada Kemp, who later underlined that data matter.", [None]),  # Kemp is no subject
    ],
)
def test_a_clause_going_on_with_the_subject_is_spoken_by_the_one_person_opening_the_sentence(text, expected):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    assert speakers(text, split_sentences(text), people) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Kemp met Mr. Ivo Lind, who briefed her on the plans. She thanked the hosts.", ["lind", "kemp"]),
        ("In Oslo, Ada Kemp met Mr. Ivo Lind and Mr. Tor Berg. She stressed that data matter.", [None, "kemp"]),
        ("Ada Kemp met Ivo Lind, who briefed her on the plans. She thanked the hosts.", ["lind", None]),  # Lind: open
        ("Ada Kemp met Ms. Eva Lind, who briefed her on the plans. She thanked the hosts.", ["eva", None]),
        ("Mr. Ivo Lind met Ms. Ada Kemp and Mr. Tor Berg. She thanked the hosts.", [None, None]),  # not the subject
        ('Ada Kemp met Mr. Ivo Lind in Oslo. "Data matter," she said.', [None, "kemp"]),
        ('Ada Kemp met Mr. Ivo Lind in Oslo. "Data matter," he said.', [None, None]),  # Lind is no subject
        ("Ada Kemp met Mr. Ivo Lind in Oslo. Data matter for all, she added.", [None, "kemp"]),
    ],
)
def test_a_pronoun_after_several_people_is_the_subject_when_every_other_has_the_other_gender(text, expected):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp", "Eva Lind": "eva", "Tor Berg": "berg"})
    assert speakers(text, split_sentences(text), people) == expected


# Lane i11s20b (round 9): meetings within gatherings. A gathering reported in passing by one who "took part in" or
# "joined" it is a gathering of its own with that person; talks "on the sidelines of the Dialogue" are within the
# gathering so named, never within a later one reported in passing.
_DIALOGUE_9 = (
    "Ruritania calls for cooperation as dialogue on migration opens\n\nUN News, 3 October 2013\n\n"
    "Minister Ivo Lind told the High-level Dialogue on Border Management, which opened in New York today, that "
    "smuggling must be fought together.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Later in the day, Mr. Lind took part in a round table on migration, where he said work was needed.", "forum"),
        ("Later in the day, Mr. Lind participated in a panel-free seminar on visas.", "symposium"),
        ("In the afternoon, Mr. Lind joined a high-level round table on labour mobility.", "forum"),
        ("Later in the day, Mr. Lind took part in a survey of migrants.", None),
        ("Later in the day, Mr. Lind took part in the Dialogue's general debate.", None),
    ],
)
def test_a_gathering_someone_took_part_in_is_a_gathering_of_that_person(sentence, noun, registries):
    meetings = _meetings(_DIALOGUE_9 + sentence + "\n", registries)
    joined = [(m.kind, m.participants, m.date.value) for m in meetings[1:] if m.kind != "speech"]
    assert joined == ([(noun, ["ivo-lind"], "2013-10-03")] if noun else [])


def test_talks_on_the_sidelines_of_a_named_gathering_are_within_it_not_a_later_one(registries):
    text = (
        _DIALOGUE_9 + "Later in the day, Mr. Lind took part in a round table on migration.\n\n"
        "On the sidelines of the Dialogue, Mr. Lind met with Ms. Ada Kemp.\n"
    )
    meetings = _meetings(text, registries)
    [talks] = [m for m in meetings if m.kind == "bilateral_talks"]
    assert meetings[talks.parent].kind == "conference"


# Lane i11s20b: "In his speech, A said" right after a handover or donation ceremony is A's speech within the ceremony,
# on its day; never words "In his remarks to reporters".
_HANDOVER_9 = (
    "Ambassador attends handover of supplies\n\nOn March 25, Ambassador Ivo Lind attended the handover ceremony of "
    "tents donated by the Ruritanian government to the International Organization for Migration (IOM) in Nairobi. "
    "Ms. Ada Kemp, Chief of Mission of IOM Kenya, attended the ceremony.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In his speech, Ambassador Lind said that the tents would shelter migrants.", "ivo-lind"),
        ("In her remarks, Ms. Kemp said IOM would distribute the tents.", "ada-kemp"),
        ("During his address, Ambassador Lind said that more would follow.", "ivo-lind"),
        ("In his remarks to reporters, Ambassador Lind said that more would follow.", None),
        ("In his view, Ambassador Lind said, the tents would help.", None),
    ],
)
def test_a_speech_after_a_handover_ceremony_is_within_it(sentence, speaker, registries):
    meetings = _meetings(_HANDOVER_9 + sentence + "\n", registries, "2021-03-26")
    speeches = [(m.participants, meetings[m.parent].kind, m.date.value) for m in meetings if m.kind == "speech"]
    assert speeches == ([([speaker], "signing", "2021-03-25")] if speaker else [])


# Lane i11s20b: relief goods handed over by an organization that opens the sentence ("IOM on Wednesday handed over
# 3,000 tents and 10,000 blankets to B", wrapped or not) are a handover between the two bodies; never goods an
# organization named elsewhere in the sentence handed over, nor a post handed over.
@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "The International Organization for Migration (IOM) on Wednesday handed over 3,000 family tents and "
            "10,000 blankets to the National Immigration Administration.",
            ["iom", "nia-china"],
        ),
        (
            "IOM has handed over 858 tents donated by the Japanese government to UNHCR to replenish its stocks.",
            ["iom", "unhcr"],
        ),
        (
            "OSLO, June 12 (Xinhua) -- IOM has handed over 858 tents donated by the\nJapanese government to the "
            "National Immigration Administration to\nreplenish stocks depleted by the floods of last month, officials "
            "said.",
            ["iom", "nia-china"],
        ),
        ("The tents that IOM handed over to the National Immigration Administration were used in May.", []),
        ("IOM on Wednesday handed over the chairmanship to the National Immigration Administration.", []),
    ],
)
def test_goods_handed_over_by_the_body_opening_the_sentence_are_its_handover(sentence, bodies, registries):
    meetings = [m for m in _meetings(f"Relief for flood victims\n\n{sentence}\n", registries) if m.kind == "signing"]
    assert [m.organizations[:2] for m in meetings] == ([bodies] if bodies else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "IOM on Wednesday handed over a contribution of USD 50,000 to UNHCR.",
        "UNHCR will travel to Geneva next week.",
        "IOM has handed over 500 tents and cash assistance to UNHCR.",
    ],
)
def test_money_handed_over_or_a_trip_by_a_body_alone_is_no_meeting(sentence, registries):
    assert _meetings(f"Relief for flood victims\n\n{sentence}\n", registries) == []


# Lane i11s20b: "The course, organized by X, was opened by A, title, and B, title" is a speech of each within the
# gathering just reported that names a course, on its opening day; never an office opened by someone, nor a
# workshop the gathering's sentence does not name.
_COURSE_9 = (
    "Training course for border officials opens\n17 October 2012\nOslo - A five-day training course on document "
    "examination opened in Oslo yesterday (16/10) for 40 border officials.\n"
)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "The course, organized by IOM with the National Immigration Administration, was opened by Mr. Ivo Lind, "
            "Director of the Nordic Border Agency, and Dr. Ada Kemp, IOM's Chief of Mission in Norway.\n"
            '"Forged papers are the smugglers\' tools," Mr. Lind told the participants. Dr. Kemp said the course was '
            "part of IOM's work.",
            [["ivo-lind"], ["ada-kemp"]],
        ),
        (
            "The training course was officially opened by Mr. Ivo Lind, Director of the agency. Ms. Ada Kemp, "
            'IOM\'s Chief of Mission, attended. "We must cooperate," said Mr. Lind.',
            [["ivo-lind"]],
        ),
        ("The course was opened by Mr. Ivo Lind, Director of the agency. Ms. Ada Kemp said it would help.", []),
        ("The office was opened by Mr. Ivo Lind in 2010.", []),
        ("The workshop was opened by Mr. Ivo Lind.", []),
    ],
)
def test_a_course_opened_by_people_is_their_speeches_within_it(sentence, speakers, registries):
    meetings = _meetings(_COURSE_9 + sentence + "\n", registries)
    speeches = [m for m in meetings if m.kind == "speech"]
    assert [m.participants for m in speeches] == speakers
    assert all((m.parent, m.date.value) == (0, "2012-10-16") for m in speeches)
    assert ("course" not in sentence) or "ivo-lind" in meetings[0].participants  # who opened it was there


# Lane i11s20b: "In the afternoon, A and B held a working meeting on future cooperation" (talks on a subject, during a
# course) is a meeting of the two, on the day just reported; one person holding a meeting on a subject meets nobody.
@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("In the afternoon, Mr. Ivo Lind and Dr. Ada Kemp held a working meeting on future cooperation.", 2),
        ("In the afternoon, Mr. Ivo Lind and Dr. Ada Kemp had talks on the training of border guards.", 2),
        ("In the afternoon, Mr. Ivo Lind held a meeting on future cooperation.", 0),
    ],
)
def test_two_people_holding_a_meeting_on_a_subject_meet_each_other(sentence, people, registries):
    meetings = _meetings(_COURSE_9 + sentence + "\n", registries)
    talks = [(sorted(m.participants), m.date.value) for m in meetings if m.kind.endswith("talks")]
    assert talks == ([(["ada-kemp", "ivo-lind"], "2012-10-16")] if people else [])


# Lane i11s20b: "The ministry and the IOM plan to hold a second seminar" names the one ministry the text named before;
# with two ministries named before, "the ministry" is no one.
_SEMINAR_9 = (
    "Seminar looks at migrant workers\n\nBy Cen Xiao (China Daily)\n\nA seminar on internal migration was held in "
    "Beijing on Monday by the {ministries} and the International Organization for Migration.\n\n"
)


@pytest.mark.parametrize(
    ("ministries", "bodies"),
    [
        ("Ministry of Public Security", ["mps-china", "iom"]),
        ("Ministry of Public Security, the Ministry of Foreign Affairs", ["iom"]),
    ],
)
def test_the_ministry_is_the_one_ministry_named_before(ministries, bodies, registries):
    text = (
        _SEMINAR_9.format(ministries=ministries) + "The ministry and the IOM plan to hold a second seminar next year.\n"
    )
    planned = [m for m in _meetings(text, registries, "2010-01-19") if m.status == "planned"]
    assert [m.organizations for m in planned] == [bodies]


# Lane i11s20b: "On the second day, A lectured on X", "experts from B will lecture on X" (nobody named: B's) is a lecture
# within the course just reported (in Beijing: the ministry's countryless name is China's there), on its second day;
# one placed elsewhere ("at the Oslo Police Academy") is not within it; a course that "includes lectures" is nobody's
# lecture.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On the second day, experts from the National Immigration Administration will lecture on forged passports.",
            ([], ["nia-china"], "planned", 0, "2012-10-17"),
        ),
        ("On the second day, Ms. Ada Kemp lectured on forged passports.", (["ada-kemp"], [], "held", 0, "2012-10-17")),
        (
            "Ms. Ada Kemp lectured on forged passports at the Oslo Police Academy on Tuesday.",
            (["ada-kemp"], ["oslo-police-academy"], "held", None, "2012-10-16"),
        ),
        (
            "The course includes lectures on forged passports by experts from the National Immigration Administration.",
            None,
        ),
    ],
)
def test_a_lecture_given_on_the_second_day_is_within_the_course(sentence, expected, registries):
    course = _COURSE_9.replace("Oslo", "Beijing").replace(
        "40 border officials", "40 border officials of the Ministry of Public Security"
    )
    meetings = _meetings(course + sentence + "\n", registries)
    lectures = [
        (m.participants, m.organizations[:1], m.status, m.parent, m.date.value) for m in meetings if m.kind == "speech"
    ]
    assert lectures == ([expected] if expected else [])


# Lane i11s20b: "The next forum will be hosted by X in 2025" is the gathering to come, of its host, in that year; a next
# step is no gathering.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next forum will be hosted by the National Immigration Administration in 2025.", ("forum", "2025")),
        (
            "The next seminar is expected to be hosted by the National Immigration Administration in 2025.",
            ("symposium", "2025"),
        ),
        ("The next step will be taken by the National Immigration Administration in 2025.", None),
    ],
)
def test_the_next_gathering_hosted_by_a_body_is_planned(sentence, expected, registries):
    text = _DIALOGUE_9 + sentence + "\n"
    planned = [(m.kind, m.organizations, m.date.value) for m in _meetings(text, registries) if m.status == "planned"]
    assert planned == ([(expected[0], ["nia-china"], expected[1])] if expected else [])


# Lane i11s20b: what "the two sides" did after their talks ("signed a memorandum") is of the two people and of the
# bodies their posts name; a side whose post names no body adds none.
@pytest.mark.parametrize(
    ("counterpart", "bodies"),
    [
        ("Ada Kemp, Deputy High Commissioner of UNHCR", ["nia-china", "unhcr"]),
        ("Ms. Ada Kemp, head of the visiting delegation", ["nia-china"]),
    ],
)
def test_what_the_two_sides_signed_is_of_the_bodies_they_act_for(counterpart, bodies, registries):
    text = (
        "NIA signs memorandum\n\nRelease time: 2023-03-15\n\nOn March 14, Ivo Lind, Deputy Commissioner of the National "
        f"Immigration Administration, held talks in Beijing with {counterpart}.\n\nAfter the talks, the two sides "
        "signed a memorandum of understanding on cooperation.\n"
    )
    [signing] = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert (signing.participants, signing.organizations) == (["ivo-lind", "ada-kemp"], bodies)


# Lane i11s20b: "A workshop on X ... started (began) today" is the gathering; "Opening (Closing) the workshop, A said"
# is A's speech within it; opening a border is no speech.
_WORKSHOP_9 = (
    "Workshop on labour migration opens\n\nOSLO, November 21, 2022 (Xinhua) -- A regional training workshop on labour "
    "migration for officials of the Nordic Border Agency {verb} today in Oslo.\n\n"
)


@pytest.mark.parametrize("verb", ["started", "began", "opened"])
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Opening the workshop, Ada Kemp, State Minister for Foreign Affairs, said cooperation was needed.",
            "ada-kemp",
        ),
        (
            "Closing the workshop, Ada Kemp, State Minister for Foreign Affairs, said cooperation was needed.",
            "ada-kemp",
        ),
        ("Opening the border, Ada Kemp, State Minister for Foreign Affairs, said cooperation was needed.", None),
    ],
)
def test_opening_a_workshop_that_started_is_a_speech_within_it(verb, sentence, speaker, registries):
    meetings = _meetings(_WORKSHOP_9.format(verb=verb) + sentence + "\n", registries)
    assert [m.kind for m in meetings[:1]] == (["symposium"] if speaker else [])  # a workshop of nobody named is none
    speeches = [(m.participants, m.parent, m.date.value) for m in meetings if m.kind == "speech"]
    assert speeches == ([([speaker], 0, "2022-11-21")] if speaker else [])


# Lane i11s20b: "Under the project, a training session (workshop, course) will be held in X" is a gathering to come of
# the bodies that launched or signed the project just reported; without "Under the project" nobody holds it.
_PROJECT_9 = (
    "Project launched\n\nBEIJING, Sept. 14 (Xinhua) -- A project to protect workers abroad was launched in Beijing on "
    "Wednesday by the National Immigration Administration and UNHCR.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("Under the project, the first training session for workers will be held in Zhengzhou next year.", True),
        ("Under the programme, a workshop for recruiters is to be held in Kunming next year.", True),
        ("A training session for workers will be held in Zhengzhou next year.", False),
        ("Under the project, workers will be held to high standards next year.", False),
    ],
)
def test_a_training_to_be_held_under_the_project_is_of_its_partners(sentence, bodies, registries):
    planned = [m for m in _meetings(_PROJECT_9 + sentence + "\n", registries, "2011-09-15") if m.status == "planned"]
    assert [(m.kind, m.organizations) for m in planned] == ([("symposium", ["nia-china", "unhcr"])] if bodies else [])


# Lane i11s20a (round 9): meetings reported in passing on visits, trips and talks, and their dates. A month named
# alone ("in September") is that month, the next one where the verb speaks of the future; a date in words said is
# what the words are about, never when the meeting was.
@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("The ministry and IOM plan to hold a second seminar in Chengdu in September.", "2010-09"),
        ("A second workshop will be held in Urumqi in March.", "2011-03"),
        ("The first course was held in Kunming in March.", "2010-03"),
        ("Ms. Ada Kemp took office in December.", "2009-12"),
        ("The centre is expected to open by mid-July.", "2010-07"),
        ("The talks opened on May 5 in Oslo.", None),  # a day, not a month alone
        ("Officials may meet again in June 2011.", None),  # a month with its year
    ],
)
def test_a_month_named_alone_is_that_month_nearest_or_to_come(sentence, month):
    found = find_dates(sentence, anchor=Anchor(dt.date(2010, 5, 19), "the page's date"))
    assert [d.value for d in found if d.precision == "month" and d.basis == "relative"] == ([month] if month else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "It is also scheduled to meet officials of the ministry on Friday before leaving.",
        "The delegation plans to visit the port on Friday.",
    ],
)
def test_a_weekday_after_also_scheduled_or_plans_to_is_the_one_to_come(sentence):
    [day] = find_dates(sentence, anchor=Anchor(dt.date(2018, 11, 8), "the page's date"))  # a Thursday
    assert day.value == "2018-11-09"


def test_a_date_in_words_said_during_a_visit_is_not_the_visit_s(registries):
    text = (
        "IOM official in China\n\nBEIJING, March 13 (Xinhua) -- Ms. Ada Kemp, an official of the International "
        "Organization for Migration, on a week-long visit to China, said the IOM would send trainers to Kunming in "
        "May for a course on document examination.\n"
    )
    meetings = _meetings(text, registries, "2008-03-13")
    dates = [m.date.quote for m in meetings if m.date is not None and m.kind in ("trip", "visit")]
    assert "in May" not in dates
    # the course the words tell of is in May (lane i11s29m: a course a body will send people to)
    assert [(m.kind, m.status, m.date.quote) for m in meetings if m.kind == "symposium"] == [
        ("symposium", "planned", "in May")
    ]


# Lane i11s20a: "A called on B" is a courtesy call on someone named; never a call on a country, on Member States or on
# anybody "to" act.
_OSLO = "IOM chief in Ruritania\n\nOSLO, June 9 (Xinhua) -- "


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Shortly after arriving on Monday, Mr. Ivo Lind called on Ms. Ada Kemp, Minister of Home Affairs, who "
            "hoped the visit would open a new chapter.",
            "held",
        ),
        ("Mr. Ivo Lind also calls on Ms. Ada Kemp, Minister of Home Affairs, on Friday.", "held"),
        ("Mr. Ivo Lind will call on Ms. Ada Kemp, Minister of Home Affairs, on Friday.", "planned"),
        ("Mr. Ivo Lind called on Ruritania to expand its support for displaced people.", None),
        ("Mr. Ivo Lind called on Member States and Ms. Ada Kemp to increase their funding.", None),
        ("Mr. Ivo Lind called on the international community to act.", None),
    ],
)
def test_calling_on_someone_named_is_a_courtesy_call_never_a_call_to_act(sentence, status, registries):
    meetings = _meetings(_OSLO + sentence + "\n", registries, "2019-06-09")
    assert [(m.kind, m.participants, m.status) for m in meetings] == (
        [("courtesy_meeting", ["ivo-lind", "ada-kemp"], status)] if status else []
    )


# Lane i11s20a: a trip told at its end ("returned on Sunday from a four-day mission to X", "concluded a five-day
# mission to China") runs the days before that day; what a ", where ..." clause reports after it is held within it: a
# visit, and one meeting with the officials of all the bodies named; never talks with nobody named, nor a mission
# named without a traveller's verb.
_BRIEFING = "UNHCR Briefing Notes, 15 March 2005\n\nChina: UNHCR visits a region\n\n"


def test_a_trip_told_at_its_end_runs_the_days_before_it_and_holds_the_visit_its_clause_reports(registries):
    text = _BRIEFING + (
        "UNHCR's Regional Representative, Ms. Ada Kemp, returned on Sunday from a four-day mission to China, "
        "where she visited settlements hosting refugees who arrived in China in the 1970s.\n"
    )
    trip, visit = _meetings(text, registries, "2005-03-15")
    assert (trip.kind, trip.participants, trip.date.value, trip.date.end_value) == (
        "trip",
        ["ada-kemp"],
        "2005-03-10",
        "2005-03-13",
    )
    assert (visit.kind, visit.parent, visit.date.value) == ("visit", 0, "2005-03-10")


@pytest.mark.parametrize(
    ("clause", "organizations"),
    [
        (
            "where he met officials of the Ministry of Foreign Affairs and the Ministry of Public Security in Beijing",
            ["mfa-china", "mps-china"],
        ),
        ("where he met with senior Chinese government officials", None),  # nobody named: what the trip was
    ],
)
def test_officials_met_during_a_trip_of_several_bodies_are_one_meeting_within_it(clause, organizations, registries):
    text = (
        _BRIEFING
        + f"Mr. Ivo Lind, a senior UNHCR official, last week concluded a five-day mission to China, {clause}.\n"
    )
    meetings = _meetings(text, registries, "2005-03-15")
    assert meetings[0].kind == "trip"
    assert [(m.organizations, m.parent) for m in meetings[1:]] == ([(organizations, 0)] if organizations else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "UNHCR's mission to China, which opened in 1979, supports refugees in Guangxi.",
        "Ms. Ada Kemp said returned migrants from a mission to China were safe.",
        "Ms. Ada Kemp began a career in the mission to China in 1995.",
    ],
)
def test_a_mission_named_without_a_traveller_s_verb_is_no_trip(sentence, registries):
    assert [m for m in _meetings(_BRIEFING + sentence + "\n", registries, "2005-03-15") if m.kind == "trip"] == []


# Lane i11s20a: talks told by a noun ("during talks in Oslo between A and B", "after talks between the two sides") are
# talks of those named, on the day the sentence before says they agreed ("agreed on Wednesday"); never "the talks
# between them" referred back, nor talks between two sides nobody names.
_AGREED = (
    "Ruritania, Norway vow to curb illegal crossings\n\nOSLO, Nov. 22 (Xinhua) -- The Nordic Border Agency and "
    "Ruritania's border guards agreed on Wednesday to step up joint patrols, the agency said.\n"
)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The agreement was reached during talks in Oslo between Ivo Lind, head of the agency, and Major General "
            "Ada Kemp, commander of the border guards.",
            "2018-11-21",
        ),
        ("This consensus was reached in talks between Mr. Ivo Lind and Ms. Ada Kemp.", "2018-11-21"),
        ("Cooperation was discussed at talks on Thursday between Mr. Ivo Lind and Ms. Ada Kemp.", "2018-11-22"),
    ],
)
def test_talks_told_by_a_noun_between_two_people_are_their_talks(sentence, day, registries):
    [talks] = _meetings(_AGREED + sentence + "\n", registries, "2018-11-22")
    assert (talks.kind, talks.participants, talks.date.value) == ("bilateral_talks", ["ivo-lind", "ada-kemp"], day)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Lind praised the talks between the two sides.",
        "Trade between Ruritania and Norway grew after talks between the two sides last year.",
    ],
)
def test_talks_between_nobody_named_or_referred_back_are_no_meeting(sentence, registries):
    assert _meetings(_AGREED + sentence + "\n", registries, "2018-11-22") == []


def test_a_signing_after_talks_between_the_two_sides_is_also_the_talks_of_its_signatories(registries):
    text = (
        "Ruritania, IOM sign memorandum\n\nOSLO, April 19 (Xinhua) -- Ruritania and the International Organization "
        "for Migration (IOM) signed a memorandum of understanding here Wednesday.\n\nThe memorandum was signed by "
        "Mr. Ivo Lind, director-general of the agency, and Ms. Ada Kemp after talks between the two sides at the ministry.\n"
    )
    signing, talks = _meetings(text, registries, "2017-04-19")
    assert (signing.kind, talks.kind, talks.participants, talks.date.value) == (
        "signing",
        "bilateral_talks",
        ["ivo-lind", "ada-kemp"],
        "2017-04-19",
    )


# Lane i11s20a: "The delegation visited (held a working meeting with) ..." is a stop of the delegation a sentence
# before introduced ("received a delegation from the NIA led by A"): its leader and the body that sent it take part;
# never a body the text names otherwise, nor any body where no delegation was sent "from" or "of" one.
@pytest.mark.parametrize(
    ("opening", "sent"),
    [
        (
            "Commissioner Ivo Lind received a delegation from the National Immigration Administration led by Ms. Ada Kemp",
            "nia-china",
        ),
        (
            "A delegation of the National Immigration Administration led by Ms. Ada Kemp paid a courtesy call on Mr. Ivo Lind",
            "nia-china",
        ),
        (
            "Commissioner Ivo Lind, who works with the National Immigration Administration, received a delegation led by Ms. Ada Kemp",
            None,
        ),
    ],
)
@pytest.mark.parametrize(
    "stop",
    [
        "The delegation is expected to visit the Oslo Airport on Monday.",
        "Earlier, the delegation held a working meeting with officials of UNHCR.",
    ],
)
def test_a_delegation_s_stop_is_also_of_the_body_that_sent_it(opening, sent, stop, registries):
    text = f"Ruritania hosts immigration delegation\n\nOSLO, Aug. 23 -- {opening} on Thursday.\n\n{stop}\n"
    meetings = _meetings(text, registries, "2019-08-23")
    assert meetings[-1].participants == ["ada-kemp"]
    assert ("nia-china" in meetings[-1].organizations) == (sent is not None)


# Lane i11s20a: "The delegation is in Oslo for a four-day visit that ends on Friday": the stay of the delegation a
# sentence before introduced (its leader and the body that sent it), its days counted back from its end; none where
# no delegation was introduced with its leader.
_RECEIVED = (
    "Ruritania hosts immigration delegation\n\nOSLO, Nov. 8 -- Commissioner Ivo Lind received a delegation from the "
    "National Immigration Administration led by Ms. Ada Kemp on Wednesday.\n\n"
)


def test_a_delegation_s_stay_of_days_is_its_visit_counted_back_from_its_end(registries):
    text = _RECEIVED + "The delegation is in Oslo for a four-day visit that ends on Friday.\n"
    trip = _meetings(text, registries, "2018-11-08")[-1]
    assert (trip.kind, trip.participants, trip.organizations) == ("visit", ["ada-kemp"], ["nia-china"])
    assert (trip.date.value, trip.date.end_value) == ("2018-11-06", "2018-11-09")


@pytest.mark.parametrize(
    "text",
    [
        _RECEIVED.replace(" led by Ms. Ada Kemp", "") + "The delegation is in Oslo for a four-day visit.\n",
        _RECEIVED + "Mr. Ivo Lind told reporters the delegation was on a four-day visit.\n",
    ],
)
def test_a_stay_of_a_delegation_nobody_leads_or_told_of_is_no_visit(text, registries):
    assert [m for m in _meetings(text, registries, "2018-11-08") if m.kind in ("trip", "visit")] == []


# Lane i11s20a: "Earlier in the day, the Chinese delegation was briefed on ... at the airport": a visit there of the
# delegation a sentence before introduced, on the day of the meeting above; never of "the Chinese delegation" where
# two were led, nor a briefing told nowhere; a stop of one day is never the stay the text then tells of.
@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Earlier in the day, the Chinese delegation was briefed on border control operations at the Oslo Airport.",
            "ada-kemp",
        ),
        ("Later in the day, the delegation was briefed on the agency's work at the Oslo Airport.", "ada-kemp"),
        ("Earlier in the day, the delegation was briefed on the plans of the agency.", None),
    ],
)
def test_a_delegation_briefed_somewhere_visited_it_that_day(sentence, who, registries):
    text = _RECEIVED + sentence + "\n\nThe delegation is in Oslo for a four-day visit that ends on Friday.\n"
    meetings = _meetings(text, registries, "2018-11-08")
    briefed = [(m.participants, m.organizations[-1:], m.date.value) for m in meetings[1:-1]]
    assert briefed == ([([who], ["nia-china"], "2018-11-07")] if who else [])
    assert (meetings[-1].participants, meetings[-1].date.end_value) == (["ada-kemp"], "2018-11-09")


def test_the_chinese_delegation_where_two_were_led_is_nobody_s(registries):
    text = _RECEIVED + (
        "Mr. Ivo Lind later received a delegation from UNHCR led by Mr. Rolf Sand.\n\n"
        "Earlier in the day, the Chinese delegation was briefed on border control operations at the Oslo Airport.\n"
    )
    assert [m for m in _meetings(text, registries, "2018-11-08") if m.kind == "visit"] == []


# Lane i11s20a: "A will hold talks with her, and she will meet with officials of B" during a trip: the second
# meeting is of the trip's one person, whom the pronoun fits; never of A, the sentence's subject, and none where no
# trip says whose the pronoun is or the honorific does not fit.
_TRIP_TO_COME = (
    "Press conference\n\nSpokesperson: At the invitation of the Ministry of Foreign Affairs, Ms. Ada Kemp will pay "
    "an official visit to China from March 16 to 19. "
)


@pytest.mark.parametrize(
    ("clause", "who"),
    [
        ("and she will meet with officials of the National Immigration Administration", "ada-kemp"),
        ("and she will also meet with officials of the National Immigration Administration", "ada-kemp"),
        ("and he will meet with officials of the National Immigration Administration", None),  # not Ms. Kemp
    ],
)
def test_a_pronoun_s_clause_during_a_trip_is_the_traveller_s_meeting(clause, who, registries):
    text = _TRIP_TO_COME + f"During the visit, Vice Foreign Minister Ivo Lind will hold talks with her, {clause}.\n"
    meetings = _meetings(text, registries, "2025-03-14")
    assert [(m.participants, m.organizations) for m in meetings[1:]] == [(["ivo-lind", "ada-kemp"], [])] + (
        [([who], ["nia-china"])] if who else []
    )


def test_a_pronoun_s_clause_outside_a_trip_reports_nothing_of_the_subject(registries):
    text = (
        "Press conference\n\nSpokesperson: Vice Foreign Minister Ivo Lind will hold talks with Ms. Rita Sand on "
        "Monday, and she will meet with officials of the National Immigration Administration.\n"
    )
    meetings = _meetings(text, registries, "2025-03-14")
    assert [m.participants for m in meetings] == [["ivo-lind", "rita-sand"]]


# Lane i11s20a: "It is also scheduled to meet officials of B on Friday" right after a sentence about "The delegation":
# a meeting to come of the delegation (its leader and body) with B, on the Friday to come; "It" after any other
# sentence is nobody.
@pytest.mark.parametrize(
    ("before", "planned"),
    [
        ("The delegation is in Oslo for a four-day visit that ends on Friday.", True),
        ("The agency is in Oslo for a four-day visit that ends on Friday.", False),
    ],
)
def test_it_after_a_sentence_about_the_delegation_is_the_delegation(before, planned, registries):
    text = _RECEIVED + before + " It is also scheduled to meet officials of UNHCR on Friday before leaving.\n"
    found = [m for m in _meetings(text, registries, "2018-11-08") if m.status == "planned"]
    assert [(m.participants, m.organizations, m.date.value) for m in found] == (
        [(["ada-kemp"], ["unhcr", "nia-china"], "2018-11-09")] if planned else []
    )


# Lane i11s20a: a trip told by its arrival in a city ("A, who arrived in Beijing on Monday for a five-day visit") is in
# the city's country where the sentence says the stay is a visit or the text tells of a visit to that country (a bare
# arrival is no trip: Lane i11s23m below).
@pytest.mark.parametrize(
    ("lede", "arrival", "place"),
    [
        ("", "Ms. Ada Kemp, who arrived in Beijing on Tuesday for a five-day visit, praised the agency.", "china"),
        (
            "IOM signed a memorandum during a four-day visit to China by Ms. Ada Kemp. ",
            "Kemp, who arrived in Beijing on Monday, praised the agency.",
            "china",
        ),
    ],
)
def test_a_trip_told_by_its_arrival_in_a_city_is_in_its_country_if_a_visit_is_told(lede, arrival, place, registries):
    text = f"IOM chief in China\n\nBEIJING, April 19 (Xinhua) -- {lede}{arrival}\n"
    [trip] = [m for m in _meetings(text, registries, "2017-04-19") if m.kind == "trip"]
    assert (trip.participants, trip.place) == (["ada-kemp"], place)


# Lane i11s20a: "After the talks with the Cambodian delegation, A and B signed ...": right after the meeting above, on
# its day; never a day taken from talks with someone named in lower case ("with officials") or not followed by a comma.
@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("After the talks with the Ruritanian delegation,", "2023-06-14"),
        ("Following the meeting with Ms. Ada Kemp,", "2023-06-14"),
        ("After the talks,", "2023-06-14"),
        ("After the talks with officials of several agencies,", None),
    ],
)
def test_a_signing_after_the_talks_with_a_delegation_is_on_their_day(opening, day, registries):
    text = (
        "Forum opens\n\nKUNMING, June 14 -- Mr. Ivo Lind held talks with Ms. Ada Kemp on June 14.\n\n"
        f"{opening} Lind and Kemp signed minutes of the meeting.\n"
    )
    signing = _meetings(text, registries, "2023-06-15")[-1]
    assert (signing.kind, signing.date.value if signing.date else None) == ("signing", day)


# Lane i11s20a: "A said that after receiving the report, the counselor went to visit the detained": a visit told in
# A's words of someone the text does not name, never A's; a meeting A's words tell of A ("she") or of someone named
# stays.
@pytest.mark.parametrize(
    ("words", "visitors"),
    [
        ("after receiving the report, the consular counselor immediately went to visit the detained citizens", []),
        ("she visited the reception centre in Oslo on Monday", [["ada-kemp"]]),
        ("Mr. Ivo Lind visited the reception centre in Oslo on Monday", [["ivo-lind"]]),
    ],
)
def test_a_visit_told_in_someone_s_words_is_not_theirs_unless_they_say_so(words, visitors, registries):
    text = f"Embassy statement\n\nOSLO, Feb. 11 -- Ms. Ada Kemp, spokesperson of the agency, said that {words}.\n"
    assert [m.participants for m in _meetings(text, registries, "2019-02-11") if m.kind == "visit"] == visitors


# Lane i11s20e (round 9): a countryless name or title of a registered Chinese body ("the Ministry of Public Security",
# "Deputy Minister of Public Security", "the MPS" it spells) is China's only where the text or the sentence places it
# in China (a dateline there, a sentence naming a place in China and no other country, a text naming China more
# often than other countries); otherwise no mention, no role organization, and an undecided note.


@pytest.mark.parametrize(
    "text",
    [
        "Ministers meet\n\nHANOI, May 12 -- Deputy Minister of Public Security Lt. Gen. Tran Van Khoa received a "
        "delegation of the Lao Ministry of Public Security on Tuesday.\n\nThe Ministry of Public Security will share "
        "data on trafficking routes with its Lao partners, Khoa said.\n",
        "Returnees arrive home\n\nKenyan workers stranded abroad will be flown home next week, Cabinet Secretary "
        "Wanjiru Odera said on Monday.\n\nThe Ministry of Foreign Affairs is working with the Chinese Embassy to "
        "arrange the flights, she said.\n",
        "Police chiefs meet\n\nCambodia's national police chief Sok Vanny met Chinese Ambassador Lin Qiao on Friday. "
        "Deputy Minister of Public Security Chea Dara also attended. Cambodian and Chinese police will share data.\n",
        "Plan issued\n\nThe Vietnamese Government issued a plan on Monday. The Ministry of Public Security (MPS) will "
        "lead it, and the MPS will report to the Prime Minister each quarter.\n",
        "Envoy calls\n\nForeign Secretary Ruwan Pieris met the Chinese Ambassador Tao Lin at the Ministry of Foreign "
        "Affairs on Monday.\n",
        "Officials meet\n\nVice Minister of Public Security Ada Kemp met IOM officials on Monday.\n",  # placed nowhere
    ],
)
def test_a_countryless_chinese_body_is_nobody_s_in_a_text_not_placed_in_china(text, registries):
    draft = draft_article("t", text, registries, [])
    assert not [m for m in draft.mentions if m.entity_id in ("mps-china", "mfa-china")]
    assert not [r for r in draft.roles if r.organization in ("mps-china", "mfa-china")]
    assert not [a for a in draft.new_aliases if a.entity_id in ("mps-china", "mfa-china")]
    assert any("mps-china" in note or "mfa-china" in note for note in draft.notes["undecided"])


@pytest.mark.parametrize(
    "text",
    [
        "Talks held\n\nBEIJING, May 3 (Xinhua) -- Vice Minister of Public Security Wei Jian met Deputy Minister "
        "Tran Van Hai of Vietnam here on Monday. The Ministry of Public Security will train Vietnamese officers.\n",
        "Course opens\n\nA course for officers from Cambodia, Laos and Vietnam opened in Beijing on Monday, organized "
        "by the Ministry of Public Security and the IOM. Vice Minister of Public Security Wei Jian opened it.\n",
        "Mission ends\n\nGeneva, 3 May 2013 - A UNHCR official concluded a mission to China, where she met the "
        "Ministry of Public Security in Beijing; Vice Minister of Public Security Wei Jian received her there.\n",
    ],
)
def test_a_countryless_chinese_body_is_china_s_where_the_text_or_sentence_places_it_in_china(text, registries):
    draft = draft_article("t", text, registries, [])
    assert [m.entity_id for m in draft.mentions if m.entity_id == "mps-china"]
    assert [r.organization for r in draft.roles if r.person == "wei-jian"] == ["mps-china"]


# Lane i11s20e: honorifics of every country ("Daw", "U", "Datuk Seri", "Tan Sri", "Dato' Sri", "Khun", "Hon.") and posts
# by their initials ("PS Mbugua", "DG Vitorino") are forms of address, never words of a name.


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ms. Daw Aye Thidar Win, Director of the Myanmar Labour Department, spoke.", ["Aye Thidar Win"]),
        ("U Thein Maung Oo said the border crossing would reopen.", ["Thein Maung Oo"]),
        ("Datuk Seri Ivo Lindah met IOM officials on Monday.", ["Ivo Lindah"]),
        ("Tan Sri Ahmad Zaki Halim met IOM officials on Monday.", ["Ahmad Zaki Halim"]),
        ("Dato' Sri Rozi Hamdan met IOM officials on Monday.", ["Rozi Hamdan"]),
        ("Minister Khun Somsak Wongdee met IOM officials on Monday.", ["Somsak Wongdee"]),
        ("Hon. Maria Dela Paz said the bureau would help.", ["Maria Dela Paz"]),
        ("PS Wambui thanked the embassy for the supplies.", []),  # the post's initials and a family name: no new name
        ("DG Vitorel met the minister on Monday.", []),
        ("Tan Wei Ming said the agency would help.", ["Tan Wei Ming"]),  # "Tan" alone is a family name
        ("Ms Sri Wahyuni Lestari met officials on Monday.", ["Sri Wahyuni Lestari"]),  # "Sri" alone is a given name
    ],
)
def test_honorifics_and_posts_by_their_initials_are_no_part_of_a_name(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


def test_a_post_by_its_initials_and_a_family_name_is_the_person_named_in_full_before(registries):
    text = (
        "Supplies handed over\n\nH.E. Dr. Ruth Wambui Kamau, Principal Secretary of the State Department for "
        "Immigration, received the supplies on Monday.\n\nPS Kamau thanked the donors and said the supplies would "
        "reach the border posts this week.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "people"] == ["Ruth Wambui Kamau"]
    kamau = [m for m in draft.mentions if draft.text[m.start : m.end] == "Kamau"]
    assert [m.entity_id for m in kamau] == ["ruth-wambui-kamau"]


# Lane i11s20e: two bodies joined by "and of" are two; an airport, a hotel, a terminal or a convention centre is where
# people meet, never an organization.


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Officials of the Visa Department of the NIA and of the Hainan Provincial Public Security Department "
            "attended the forum.",
            ["Visa Department of the NIA", "Hainan Provincial Public Security Department"],
        ),
        (
            "Staff of the Training Bureau of the Ministry of Ports and of the Coast Guard Agency of Ruritania met.",
            ["Training Bureau of the Ministry of Ports", "Coast Guard Agency of Ruritania"],
        ),
        (
            "The Ministry of Labour and Social Security of Ruritania met.",
            ["Ministry of Labour and Social Security of Ruritania"],
        ),
        ("The delegation was briefed at the Mactan Cebu International Airport (MCIA) on Tuesday.", []),
        ("The talks were held at the Diaoyutai State Guesthouse and the Kunming Dianchi Convention Center.", []),
        (
            "The delegation visited the Bureau of Immigration at Terminal 3 of the Manila Airport.",
            ["Bureau of Immigration"],
        ),
    ],
)
def test_bodies_joined_by_and_of_are_two_and_venues_are_no_bodies(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11s20e: in a press conference, the outlet that opens a question ("CCTV: ...?", "Kyodo News: ...?") is an
# organization the text names; an answer ("Bi Shuang: ...") or a statement line ("NIA: ...") names no outlet.


def test_the_outlet_opening_a_question_of_a_press_conference_is_an_organization(registries):
    text = (
        "Foreign Ministry Spokesperson Ada Kemp's Regular Press Conference on March 3, 2025\n\n"
        "RTBN: The immigration agency said yesterday that the transit policy will be extended to more ports. "
        "Can you share details of the visit of the IOM Director General?\n\n"
        "Ada Kemp: The visit is under way and the two sides will hold talks on Tuesday. We welcome more foreign "
        "friends to visit China and see it for themselves.\n\n"
        "Nordic Broadcasting: Will the two sides sign an agreement on the return of migrants during the visit?\n\n"
        "Ada Kemp: I have nothing to release at the moment. Please stay tuned for further information.\n\n"
        "NAB: The rules change today, and the new rules apply to every port of entry in the country.\n"
    )
    assert [(c.name, c.acronym) for c in organization_candidates(text) if c.cue == "outlet asking"] == [
        ("RTBN", "RTBN"),
        ("Nordic Broadcasting", None),
    ]
    draft = draft_article("t", text, registries, [])
    assert {e.fields["name"] for e in draft.new_entries if e.kind == "organizations"} == {"RTBN", "Nordic Broadcasting"}


# Lane i11s20e: a Chinese ambassador to a country, where the text names no mission, holds the post at China's embassy
# there: a new organization under the registry's form of the name, inferred from the title (said in its note), with
# no mention; never for another country's envoy, an envoy whose country or post is not said, or where the text names
# the mission itself.


@pytest.mark.parametrize(
    ("sentence", "embassy"),
    [
        ("The deal was signed by Hou Lin, Chinese ambassador to Kenya, on Monday.", "in Kenya"),
        ("On Monday, H.E. Mr. Hou Lin, Ambassador of the People's Republic of China to Nepal, met IOM.", "in Nepal"),
        ("China's Ambassador to the Philippines Hou Lin met IOM officials on Monday.", "in the Philippines"),
        ("The minister met Hou Lin, the new Ambassador of the People's Republic of China to Kenya.", "in Kenya"),
        ("Kenyan Ambassador to China Hou Lin met IOM officials on Monday.", None),
        ("Ambassador to Kenya Hou Lin met IOM officials on Monday.", None),
        ("Chinese Ambassador Hou Lin met IOM officials on Monday.", None),
    ],
)
def test_a_chinese_ambassador_to_a_country_is_at_china_s_embassy_there(sentence, embassy, registries):
    draft = draft_article("t", f"Envoy meets IOM\n\n{sentence} Counsellor Wu Fen also attended.\n", registries, [])
    inferred = [e for e in draft.new_entries if "Embassy" in e.fields["name"]]
    roles = {r.person: r.organization for r in draft.roles}
    if embassy is None:
        assert inferred == [] and roles["hou-lin"] is None
        return
    [entry] = inferred
    assert entry.fields["name"] == f"Embassy of the People's Republic of China {embassy}"
    assert "Inferred" in entry.fields["note"] and "hou-lin" in entry.fields["note"]
    assert roles["hou-lin"] == roles["wu-fen"] == entry.fields["id"]
    assert not [m for m in draft.mentions if m.entity_id == entry.fields["id"]]


def test_the_mission_a_text_names_is_the_ambassador_s_and_none_is_inferred(registries):
    text = (
        "Envoy meets IOM\n\nIOM's chief of mission paid a courtesy call on H.E. Mr. Hou Lin, Chinese Ambassador to "
        "Ethiopia, at the Chinese Embassy in Addis Ababa on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    [embassy] = [e.fields["id"] for e in draft.new_entries if "Embassy" in e.fields["name"]]
    assert [r.organization for r in draft.roles if r.person == "hou-lin"] == [embassy]
    assert "Inferred" not in next(e for e in draft.new_entries if e.fields["id"] == embassy).fields["note"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister wished her well during her tour of duty as the Head of Mission in Kenya.",
        "Ada Kemp, Head of Office of UNHCR in Kenya, spoke on Monday.",
        "He told Secretary of State for the Home Department Ada Kemp that the talks would go on.",
    ],
)
def test_a_post_and_where_it_is_held_name_no_organization(sentence):
    assert organization_candidates(sentence) == []


# Lane i11s20e: letters Unicode does not decompose ("Ł", "Đ", "Ø", "ı", "Æ") fold to the letters their Unicode names
# say they are built on, in registry.fold and in the matcher's folded copy alike; no table of letters.


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Łukasz Wróbel", "Lukasz Wrobel"),
        ("Đặng Văn Đức", "Dang Van Duc"),
        ("Søren Ørsted", "Soren Orsted"),
        ("Yıldız Aksoy", "Yildiz Aksoy"),
        ("Ærøskøbing Æsa", "Aeroskobing Aesa"),
        ("Straße", "Strasse"),
    ],
)
def test_letters_with_strokes_fold_like_their_base_letters(written, plain):
    from china_iom.annotation.registry import fold
    from china_iom.drafting.matcher import fold_with_offsets

    assert fold(written) == fold(plain) == fold_with_offsets(written)[0]
    assert fold("Ŀ") != fold("Þ")  # a letter its name does not build on another ("THORN") stays itself


# Lane i11s20e: the rules of roles, registered names and embassies read a capital letter of any script (the UPPER and
# LOWER classes of annotation/sentences), never [A-Z] alone.


@pytest.mark.parametrize("first", ["Ştefan", "Łukasz", "Đức", "Stefan"])
def test_a_registered_family_name_after_another_given_name_is_another_person(first, registries):
    text = f"Officials meet\n\n{first} Vitorino, a Romanian official, met IOM staff in Geneva on Monday.\n"
    draft = draft_article("t", text, registries, [])
    assert "antonio-vitorino" not in {m.entity_id for m in draft.mentions}
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "people"] == [f"{first} Vitorino"]


def test_a_chinese_ambassador_to_a_country_spelled_with_accents_is_at_the_embassy_there(registries):
    text = "Envoy meets IOM\n\nThe Chinese Ambassador to Türkiye Hou Lin met IOM officials on Monday.\n"
    draft = draft_article("t", text, registries, [])
    [embassy] = [e for e in draft.new_entries if "Embassy" in e.fields["name"]]
    assert embassy.fields["name"].endswith("in Türkiye")
    assert [r.organization for r in draft.roles] == [embassy.fields["id"]]


# Lane i11s20e: "Gen" is the rank with its stop, after another rank ("Lt Gen", "Pol Gen") or before a full name ("Gen
# Ada Kemp"); alone before a family name it is a given name ("Gen Nakatani").


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Gen Nakatani, the defence minister, met IOM officials on Monday.", ["Gen Nakatani"]),
        ("Minister Gen Nakatani met IOM officials on Monday.", ["Gen Nakatani"]),
        ("Gen. Ivo Lindqvist met IOM officials on Monday.", ["Ivo Lindqvist"]),
        ("Lt Gen Ivo Lindqvist met IOM officials on Monday.", ["Ivo Lindqvist"]),
        ("Pol Gen Ivo Lindqvist met IOM officials on Monday.", ["Ivo Lindqvist"]),
        ("Gen Ivo Lindqvist met IOM officials on Monday.", ["Ivo Lindqvist"]),
    ],
)
def test_gen_is_a_rank_with_its_stop_or_another_rank_and_a_given_name_alone(sentence, names):
    assert [c.name for c in person_candidates(sentence)] == names


# Lane i11s20e: a body named after a ranked person ("Lieutenant Colonel Ivo Lind of the Vietnamese Immigration
# Department") is an organization too; a "General Department of ..." is a body's name, never what is left of a title.


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Speaking for the participants, Lieutenant Colonel Tran Van Khoa of the Vietnamese Immigration Department "
            "thanked the hosts.",
            ["Vietnamese Immigration Department"],
        ),
        (
            "Brigadier General Sok Vanna of the General Department of Immigration of Cambodia spoke.",
            ["General Department of Immigration of Cambodia"],
        ),
        (
            "Brigadier General Sok Vanna, Deputy Director General of the General Department of Immigration of "
            "Cambodia, spoke.",
            ["General Department of Immigration of Cambodia"],
        ),
        ("Colonel Ivo Lind said the talks went well.", []),
        ("The Deputy Director General of the Department of Border Affairs spoke.", ["Department of Border Affairs"]),
    ],
)
def test_a_body_after_a_ranked_name_and_a_general_department_are_organizations(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11s20e: a rank before the name of someone "of" a body, with no post stated, is the person's role there; where a
# post is stated, the post is the role and the rank a form of address; a rank with no body is no role.


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Lieutenant Colonel Tran Van Khoa of the Vietnamese Immigration Department thanked the hosts.",
            [("Lieutenant Colonel", "Vietnamese Immigration Department")],
        ),
        (
            "Pol. Lt. Gen. Somchai Rattana of the Immigration Bureau of Thailand thanked the hosts.",
            [("Pol. Lt. Gen.", "Immigration Bureau of Thailand")],
        ),
        (
            "Colonel Tran Van Khoa, Director of the Vietnamese Immigration Department, thanked the hosts.",
            [("Director", "Vietnamese Immigration Department")],
        ),
        ("Colonel Tran Van Khoa thanked the hosts on Monday.", []),
    ],
)
def test_a_rank_before_a_name_of_a_body_is_the_role_where_no_post_is_stated(sentence, roles, registries):
    draft = draft_article("t", f"Course opens\n\n{sentence}\n", registries, [])
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries}
    assert [(r.title, names.get(r.organization)) for r in draft.roles] == roles


# Lane i11s20e: "Vice Minister of Human Resources and Social Security" is at the "Ministry of Human Resources and Social
# Security" the text names (a new one too; "Human" is no country's adjective); a minister of another country is not.


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Vice Minister of Human Resources and Social Security Yi Lan told the seminar it mattered.", True),
        ("Minister of Urban Planning Yi Lan told the seminar it mattered.", False),  # the text names no such ministry
        ("Russian Vice Minister of Human Resources Yi Lan told the seminar it mattered.", False),
    ],
)
def test_a_minister_of_a_subject_is_at_the_ministry_of_it_the_text_names(sentence, held, registries):
    text = (
        "Seminar held\n\nA seminar was held in Beijing on Monday by the Ministry of Human Resources and Social "
        f"Security and the IOM.\n\n{sentence}\n"
    )
    draft = draft_article("t", text, registries, [])
    [ministry] = [e.fields["id"] for e in draft.new_entries if e.fields["name"].startswith("Ministry of Human")]
    assert [r.organization == ministry for r in draft.roles if r.person == "yi-lan"] == [held]


# Lane i11s20e: a portfolio listed with commas ("Minister of Labour, War Invalids and Social Affairs") is one body's
# name and holds no person; the last field may be two words ("Social Affairs").


def test_a_portfolio_listed_with_commas_is_one_name_and_no_person():
    text = (
        "Attending were Hoang Van Minh, Minister of Labour, War Invalids and Social Affairs; and Le Thi Hoa, "
        "Minister of Foreign Affairs. The Ministry of Labour, Invalids and Social Affairs and the Ministry of "
        "Public Security signed the rules.\n"
    )
    assert [c.name for c in person_candidates(text)] == ["Hoang Van Minh", "Le Thi Hoa"]
    assert "Ministry of Labour, Invalids and Social Affairs" in [c.name for c in organization_candidates(text)]
    other = "Director of the Ministry of Labour, Ada Kemp and Deputy Minister Ivo Lind attended the talks."
    assert [c.name for c in person_candidates(other)] == ["Ada Kemp", "Ivo Lind"]


# Round 9, at the merge: a publisher known before drafting (given, or read from the page's address) places its
# release's countryless names in its own country where it is a government body (an NIA release reporting from
# Bratislava speaks of China's Foreign Ministry), never a news outlet (which reports on any country's) and never
# where nothing is known; a post or name the words just before give another country ("Lao Deputy Minister of Public
# Security", "Vietnam's Ministry of Public Security") is never China's, wherever the text is placed.
_ABROAD_9 = (
    "Delegation visits Slovakia\n\nVice Minister Xu Lin led a delegation to Slovakia and Hungary from May 3 to 7. "
    "In Bratislava the delegation met officials of the Slovak Interior Ministry. Officials of the Ministry of Foreign "
    "Affairs also took part.\n"
)


@pytest.mark.parametrize(("publisher", "china_s"), [("nia-china", True), ("xinhua", False), (None, False)])
def test_a_government_publisher_places_its_countryless_names_in_its_country(publisher, china_s, registries):
    draft = draft_article("t", _ABROAD_9, registries, [], None, publisher)
    assert ("mfa-china" in {m.entity_id for m in draft.mentions}) is china_s


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Lao Deputy Minister of Public Security Khamphan Sithong met Chinese officials here on Monday.", None),
        ("Chinese Vice Minister of Public Security Wei Jian met Lao officials here on Monday.", "mps-china"),
        ("Vice Minister of Public Security Wei Jian met Lao officials here on Monday.", "mps-china"),
    ],
)
def test_a_post_the_words_before_give_another_country_is_never_china_s(sentence, organization, registries):
    text = f"Talks held\n\nBEIJING, May 3 (Xinhua) -- {sentence}\n"
    draft = draft_article("t", text, registries, [])
    assert [r.organization for r in draft.roles if "Minister" in r.title] == [organization]


def test_a_body_the_words_before_give_another_country_is_no_mention_of_china_s(registries):
    text = (
        "Talks held\n\nBEIJING, May 3 (Xinhua) -- Officers of Vietnam's Ministry of Public Security met officers of "
        "the Ministry of Public Security here on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [m.start for m in draft.mentions if m.entity_id == "mps-china"] == [text.rindex("Ministry of Public")]


# Lane i11s21e: a body named with its country in the possessive ("Vietnam's Border Guard Command") is proposed
# with that country and the possessive kept; China's possessive ("China's Ministry of ...") and a person's are dropped.


def _talks(sentence: str, registries, dateline: str = "BEIJING"):
    """The draft of a short wire story of talks whose first sentence is ``sentence``."""
    text = f"Talks held\n\n{dateline}, May 3 (Xinhua) -- {sentence} The talks lasted two days.\n"
    return draft_article("t", text, registries, [])


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Vietnam's Border Guard Command and the NIA agreed to share data.", "Vietnam's Border Guard Command", "VN"),
        (
            "Officers of Cambodia’s General Department of Immigration visited Kunming.",
            "Cambodia’s General Department of Immigration",
            "KH",
        ),
        (
            "He met the head of Laos' Ministry of Labour and Social Welfare on Monday.",
            "Laos' Ministry of Labour and Social Welfare",
            "LA",
        ),
        ("Officials of China's Ministry of Civil Affairs attended the talks.", "Ministry of Civil Affairs", None),
        ("Ada Kemp's Office for Border Affairs hosted the talks.", "Office for Border Affairs", None),
        ("The People's Bank of China hosted the talks.", "People's Bank of China", None),
    ],
)
def test_a_body_named_with_its_country_s_possessive_is_that_country_s(sentence, name, country, registries):
    draft = _talks(sentence, registries)
    [entry] = [e.fields for e in draft.new_entries if e.kind == "organizations" and e.fields["id"] != "xinhua"]
    assert (entry["name"], entry.get("country")) == (name, country)
    assert [m.entity_id for m in draft.mentions if m.entity_id == entry["id"]] == [entry["id"]]


# Lane i11s21e: a mayor or governor of a Chinese city or province the places registry holds ("Shanghai Vice-Mayor
# X", "vice mayor of Shanghai") holds the post in its government, the registered one or one proposed with its basis
# written; a place abroad, a place not registered, a post of another kind of place, or none, gives no organization.


@pytest.mark.parametrize(
    ("sentence", "government"),
    [
        ("Shanghai Vice-Mayor Zhou Lin met the IOM delegation.", "Shanghai Municipal People's Government"),
        ("Zhou Lin, vice mayor of Shanghai, met the IOM delegation.", "Shanghai Municipal People's Government"),
        ("Mayor of Shenzhen Wang Xiaoli met the IOM delegation.", "Shenzhen Municipal People's Government"),
        ("Shenzhen Executive Vice Mayor Wang Xiaoli met the IOM delegation.", "Shenzhen Municipal People's Government"),
        ("Mayor of Bratislava Ivo Lind met the IOM delegation.", None),
        ("Vice Mayor Fan Lin met the IOM delegation.", None),
        ("Chiang Mai Governor Somchai Lert met the IOM delegation.", None),
        ("Vice Governor of Yunnan Province Li Wenhai met the IOM delegation.", None),
        ("Beijing Governor Zhou Lin met the IOM delegation.", None),
    ],
)
def test_a_mayor_of_a_registered_chinese_city_holds_the_post_in_its_government(sentence, government, registries):
    draft = _talks(sentence, registries)
    [role] = draft.roles
    names = {e.fields["id"]: e.fields for e in draft.new_entries}
    assert (names[role.organization]["name"] if role.organization else None) == government
    if government:
        assert "places registry's city" in names[role.organization]["note"]
        assert role.organization not in {m.entity_id for m in draft.mentions}  # inferred, not named


def test_an_inferred_city_government_is_no_diplomat_s_mission(registries):
    draft = _talks("Shanghai Vice-Mayor Zhou Lin and Ambassador Ivo Lind met the IOM delegation.", registries)
    assert [r.organization for r in draft.roles if r.person == "ivo-lind"] == [None]


# Lane i11s21e: a post written after its field ("Public Security Minister X", "Immigration Commissioner X") is a
# role whose title keeps the field; its body only where the registries hold it and the text is placed in China, or
# the words say China's; another country's ("Kenyan Interior Minister") or a text placed abroad gives none.


@pytest.mark.parametrize(
    ("dateline", "sentence", "title", "organization"),
    [
        (
            "BEIJING",
            "Public Security Minister Zhao Lin met the IOM delegation.",
            "Public Security Minister",
            "mps-china",
        ),
        (
            "BEIJING",
            "Vice Public Security Minister Li Wei met the IOM delegation.",
            "Vice Public Security Minister",
            "mps-china",
        ),
        (
            "NAIROBI",
            "Chinese Public Security Minister Zhao Lin met the IOM delegation.",
            "Public Security Minister",
            "mps-china",
        ),
        ("NAIROBI", "Public Security Minister Zhao Lin met the IOM delegation.", "Public Security Minister", None),
        ("BEIJING", "Immigration Commissioner Ada Kemp met the IOM delegation.", "Immigration Commissioner", None),
        ("BEIJING", "Civil Affairs Minister Li Jiheng met the IOM delegation.", "Civil Affairs Minister", None),
        ("BEIJING", "Kenyan Interior Minister Ada Kemp met the IOM delegation.", "Interior Minister", None),
        ("BEIJING", "Foreign Minister Wang Lin met the IOM delegation.", "Foreign Minister", "mfa-china"),
    ],
)
def test_a_post_after_its_field_keeps_the_field_and_names_a_body_only_where_placed(
    dateline, sentence, title, organization, registries
):
    draft = _talks(sentence, registries, dateline)
    assert [(r.title, r.organization) for r in draft.roles] == [(title, organization)]


def test_a_post_repeated_without_its_field_is_the_same_role(registries):
    text = (
        'Talks held\n\nPRETORIA, May 3 -- Home Affairs Deputy Minister Ada Kemp met the IOM delegation. "We value '
        'the work," said Deputy Minister Kemp. The talks lasted two days.\n'
    )
    draft = draft_article("t", text, registries, [])
    assert [r.title for r in draft.roles] == ["Home Affairs Deputy Minister"]


@pytest.mark.parametrize(
    ("sentence", "government"),
    [
        ("Vice Governor of Yunnan Province Li Wenhai met the IOM delegation.", "Yunnan Provincial People's Government"),
        ("Yunnan Governor Li Wenhai met the IOM delegation.", "Yunnan Provincial People's Government"),
        ("Yunnan Vice Mayor Li Wenhai met the IOM delegation.", None),  # a province has no mayor
        ("Mayor of Vientiane Ada Kemp met the IOM delegation.", None),  # a city abroad
    ],
)
def test_a_governor_of_a_registered_chinese_province_holds_the_post_in_its_government(
    sentence, government, set_registries
):
    draft = _talks(sentence, set_registries)
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries}
    assert [names.get(r.organization) for r in draft.roles] == [government]


# Lane i11s21e: a title before a name that runs over another titled person the detectors missed ("... Minister of the
# Interior Ivo Marek and Kenyan Police Minister Ada Kemp") is read from after that name: never the other's post.


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Wang Lin met with Serbian Deputy Prime Minister and Minister of the Interior Ivo Marek and Kenyan Police "
            "Minister Ada Kemp here on Sunday.",
            "Minister",  # "Kenyan Police Minister": never "Deputy Prime Minister"
        ),
        ("Wang Lin met with Vice Minister of Human Resources and Social Security Ada Kemp on Sunday.", "Vice Minister"),
        ("Wang Lin met with the Minister of Science and Technology Ada Kemp on Sunday.", "Minister"),
    ],
)
def test_a_title_is_read_after_another_titled_name_the_text_lists(sentence, title, registries):
    draft = _talks(sentence, registries)
    assert [r.title for r in draft.roles if r.person == "ada-kemp"] == [title]


# Lane i11s21m: "B and C were also present", "Also present were B and C", "Present at the talks were B": an addition
# to the meeting just reported, never a meeting of its own; "were also present in the camps" places no one there.
_MET_21M = "Talks held\n\nBEIJING, May 3 (Xinhua) -- Vice Minister Hao Ren met with IOM envoy Ada Kemp here on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Counsellor Ivo Lind and other diplomats of the Embassy were also present.",
        "Also present were Counsellor Ivo Lind and officials of the Embassy.",
        "Present at the talks were Counsellor Ivo Lind and two aides.",
        "Counsellor Ivo Lind was also in attendance.",
        "Counsellor Ivo Lind was also present at the meeting.",
    ],
)
def test_also_present_adds_to_the_meeting_just_reported(sentence, registries):
    draft = draft_article("t", f"{_MET_21M}{sentence}\n", registries, [])
    assert [sorted(m.participants) for m in draft.meetings] == [["ada-kemp", "hao-ren", "ivo-lind"]]


def test_present_elsewhere_adds_no_one(registries):
    text = f"{_MET_21M}Counsellor Ivo Lind said the same risks were also present in the border camps.\n"
    draft = draft_article("t", text, registries, [])
    assert [sorted(m.participants) for m in draft.meetings] == [["ada-kemp", "hao-ren"]]


# Lane i11s21m: "Officials of A attended the forum", told after talks or a signing within the forum, add A to the forum
# the sentence names, not to the last meeting; "attended the signing" stays the signing's.
_FORUM_21M = (
    "Forum opens\n\nKUNMING, May 3 (Xinhua) -- The Mekong Border Forum, hosted by the National Immigration "
    "Administration, opened in Kunming on Monday. "
    "On the sidelines of the forum, Vice Minister Hao Ren held talks with Ada Kemp. "
    "After the talks, Hao and Kemp signed a memorandum of understanding. "
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Officials of the International Organization for Migration attended the forum.", "forum"),
        ("Officials of the International Organization for Migration also took part in the two-day forum.", "forum"),
        ("Officials of the International Organization for Migration were present at the forum.", "forum"),
        ("Officials of the International Organization for Migration attended the signing.", "signing"),
    ],
)
def test_attending_the_named_gathering_adds_to_it(sentence, kind, registries):
    draft = draft_article("t", f"{_FORUM_21M}{sentence}\n", registries, [])
    assert [m.kind for m in draft.meetings if "iom" in m.organizations] == [kind]


def test_attending_a_gathering_never_proposed_adds_to_the_last_meeting(registries):
    text = (
        "Talks held\n\nBEIJING, May 3 (Xinhua) -- Vice Minister Hao Ren met with Ada Kemp here on Monday. "
        "Officials of the International Organization for Migration attended the meeting.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(m.kind, m.organizations) for m in draft.meetings] == [("bilateral_talks", ["iom"])]


# Lane i11s21m: a follow-up told in the passive ("A follow-up meeting with B is planned next month", "A second round
# of consultations is scheduled", "Another round of talks will be held") is planned, of the parties of the meeting just
# reported (by their organizations), with whom "with B" names in place of the other side; never without a meeting
# before it, nor for "the second meeting of the Joint Commission", a wave of arrivals, a denial or a meeting held.
_TALKS_21M = (
    "Talks held\n\nGENEVA, May 3 (Xinhua) -- Hao Ren, Deputy Commissioner of the National Immigration Administration, "
    "met Ada Kemp, Deputy Director General of the International Organization for Migration, here on Monday. "
)


@pytest.mark.parametrize(
    ("sentence", "organizations", "date"),
    [
        (
            "A follow-up meeting with officials of the Ministry of Civil Affairs is planned in Beijing next month.",
            ["nia-china", "ministry-of-civil-affairs"],
            "2023-06",
        ),
        ("A second round of consultations is scheduled for the autumn.", ["nia-china", "iom"], None),
        ("A follow-up meeting will take place in Beijing next year.", ["nia-china", "iom"], "2024"),
        ("Another round of talks will be held in Beijing next month.", ["nia-china", "iom"], "2023-06"),
    ],
)
def test_a_follow_up_in_the_passive_is_planned_between_the_parties_just_reported(
    sentence, organizations, date, registries
):
    draft = draft_article("t", f"{_TALKS_21M}{sentence}\n", registries, [], "2023-05-03")
    [follow] = draft.meetings[1:]
    assert (follow.status, follow.participants, follow.organizations) == ("planned", [], organizations)
    assert (follow.date.value if follow.date else None) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "A second wave of arrivals is expected next month.",
        "The second meeting of the Joint Commission is planned for June.",
        "No follow-up meeting is planned.",
        "A follow-up meeting was held in June.",
    ],
)
def test_no_follow_up_without_one_planned(sentence, registries):
    draft = draft_article("t", f"{_TALKS_21M}{sentence}\n", registries, [], "2023-05-03")
    assert len(draft.meetings) == 1


def test_no_follow_up_without_a_meeting_before_it(registries):
    text = "Plans\n\nGENEVA, May 3 (Xinhua) -- A follow-up meeting with IOM is planned in Beijing next month.\n"
    assert draft_article("t", text, registries, [], "2023-05-03").meetings == []


# Lane i11s21m: "B was also present" at a meeting whose parties were not found makes no meeting of B alone.
def test_also_present_never_makes_a_meeting_of_the_attendee_alone(registries):
    text = (
        "Ministers meet\n\nANTALYA, May 3 (Xinhua) -- Following the meeting, the two Ministers held a joint press "
        "conference. Counsellor Ivo Lind was also present.\n"
    )
    assert draft_article("t", text, registries, []).meetings == []


# Lane i11s21m: "Later in the day, A took part in a round table" (a side event, a panel discussion) told on the day of
# a gathering A attends is a part of that gathering; never one told weeks later, of someone not at the gathering, or
# placed elsewhere.
_DIALOGUE_21M = (
    "Dialogue opens\n\nNEW YORK, Oct. 3 (Xinhua) -- Vice Foreign Minister Hao Ren told the High-level Dialogue on "
    "Migration, which opened at UN Headquarters in New York today, that migration must be managed.\n"
)


@pytest.mark.parametrize(
    ("sentence", "within"),
    [
        ("Later in the day, Mr. Hao took part in a round table on migration and development.", True),
        (
            "In the afternoon, Hao attended a side event on labour migration hosted by the International "
            "Organization for Migration.",
            True,
        ),
        ("Two weeks later, Mr. Hao took part in a round table on migration and development.", False),
        ("Later in the day, Mr. Hao took part in a round table on migration in Geneva.", False),
    ],
)
def test_a_round_table_on_the_day_of_a_gathering_is_part_of_it(sentence, within, registries):
    draft = draft_article("t", f"{_DIALOGUE_21M}{sentence}\n", registries, [])
    [gathering, _, part] = draft.meetings
    assert gathering.kind == "conference" and "hao-ren" in part.participants
    assert (part.parent == 0) is within


def test_a_round_table_of_someone_not_at_the_gathering_is_not_part_of_it(registries):
    text = f"{_DIALOGUE_21M}Later in the day, Director-General Ada Kemp took part in a round table on remittances.\n"
    draft = draft_article("t", text, registries, [])
    assert [m.parent for m in draft.meetings if "ada-kemp" in m.participants] == [None]


# Lane i11s21m: "B were also present" after a speech at a ceremony adds B to the ceremony, not to an earlier meeting
# the text recalls between them.
def test_also_present_after_a_speech_adds_to_its_ceremony(registries):
    text = (
        "Office opens\n\nBEIJING, May 3 (Xinhua) -- The International Organization for Migration held an opening "
        "ceremony for its new office in Beijing on Monday. The Chinese government and IOM signed an agreement on the "
        "office in September 2006. Vice Minister Hao Ren addressed the opening ceremony. Officials of the Ministry of "
        "Foreign Affairs were also present.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [m.kind for m in draft.meetings if "mfa-china" in m.organizations] == ["conference"]


# Lane i11s21m: with people named, a sentence that only adds people adds the bodies whose officials it names ("Also
# present were A and officials of B"), never the body a person is of ("A of B was also present").
@pytest.mark.parametrize(
    ("sentence", "organizations"),
    [
        ("Also present were Counsellor Ivo Lind and officials of the Ministry of Foreign Affairs.", ["mfa-china"]),
        (
            "Counsellor Ivo Lind and representatives from the Ministry of Foreign Affairs attended the meeting.",
            ["mfa-china"],
        ),
        ("Counsellor Ivo Lind of the Ministry of Foreign Affairs was also present.", []),
    ],
)
def test_bodies_whose_officials_are_named_join_with_the_people(sentence, organizations, registries):
    draft = draft_article("t", f"{_MET_21M}{sentence}\n", registries, [])
    [meeting] = draft.meetings
    assert "ivo-lind" in meeting.participants and meeting.organizations == organizations


# Lane i11s21m: "After the talks, A and B signed ..." right after talks held within a gathering is within it too; after
# talks within none, days later, or "After the forum", it is within nothing.
@pytest.mark.parametrize(
    ("text", "within"),
    [
        (_FORUM_21M, True),
        (_FORUM_21M.replace("After the talks,", "Two days later,"), False),
        (_FORUM_21M.replace("After the talks,", "After the forum,"), False),
        (
            "Talks held\n\nBEIJING, May 3 (Xinhua) -- Vice Minister Hao Ren held talks with Ada Kemp here on Monday. "
            "After the talks, Hao and Kemp signed a memorandum of understanding. ",
            False,
        ),
    ],
)
def test_a_signing_right_after_talks_within_a_gathering_is_within_it(text, within, registries):
    draft = draft_article("t", f"{text}\n", registries, [])
    [signing] = [m for m in draft.meetings if m.kind == "signing"]
    parent = draft.meetings[signing.parent].kind if signing.parent is not None else None
    assert (parent == "forum") is within


# Lane i11s22e (round 10): new organizations, roles and their organizations, known mentions.
_BANQUET_22E = "Banquet held\n\nBEIJING, May 3 (Xinhua) -- Vice Minister Hao Ren hosted a banquet on Monday. "


# Lane i11s22e: a post joined by "and" or opening a run ends the body's name before it and is no part of the next one:
# "... of the Border Agency of Ruritania and Counsellor Ivo Lind of the Embassy of Ruritania in China" names two bodies,
# and each titled person holds the post at the body named right after the name.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Deputy Director General Ada Kemp of the Border Agency of Ruritania and Counsellor Ivo Lind of the Embassy "
            "of Ruritania in China were present.",
            ["Border Agency of Ruritania", "Embassy of Ruritania in China"],
        ),
        (
            "Officials of the Labour Office of Westland and Consul Ivo Lind of the Consulate of Westland attended.",
            ["Labour Office of Westland", "Consulate of Westland"],
        ),
        (
            "Governor Ada Kemp of the Central Bank of Ruritania and Mayor Ivo Lind of the Port Authority spoke.",
            ["Central Bank of Ruritania", "Port Authority"],
        ),
        # "and" inside a body's name is no post
        (
            "The Ministry of Labour and Social Affairs of Ruritania met.",
            ["Ministry of Labour and Social Affairs of Ruritania"],
        ),
    ],
)
def test_a_post_after_and_ends_a_body_s_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Deputy Director General Ada Kemp of the Border Agency of Ruritania and Counsellor Ivo Lind of the Embassy "
            "of Ruritania in China were present.",
            {("ada-kemp", "Deputy Director General"), ("ivo-lind", "Counsellor")},
        ),
        (
            "Counsellor Ivo Lind of the Embassy of Ruritania in China and Consul Ada Kemp of the Consulate of "
            "Westland in Shanghai were present.",
            {("ivo-lind", "Counsellor"), ("ada-kemp", "Consul")},
        ),
    ],
)
def test_a_titled_person_holds_the_post_at_the_body_named_after_the_name(sentence, roles, registries):
    draft = draft_article("t", f"{_BANQUET_22E}{sentence}\n", registries, [])
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    held = {(r.person, r.title): names.get(r.organization) for r in draft.roles if (r.person, r.title) in roles}
    assert set(held) == roles
    assert all(name is not None and " and " not in name for name in held.values())


def test_a_title_before_a_name_without_a_body_after_it_keeps_no_organization(registries):
    sentence = "Counsellor Ivo Lind of Ruritania and Ada Kemp were present.\n"
    draft = draft_article("t", f"{_BANQUET_22E}{sentence}", registries, [])
    assert [r.organization for r in draft.roles if r.person == "ivo-lind"] == [None]


# Lane i11s22e: a post named "<Office>-General" ("Comptroller-General", "Inspector-General", "Auditor-General") is a
# post like "Director-General": the body is what follows its "of", a post alone is no body; a dean is a scholar's post;
# a Malay honorific ("Dato' Sri", "Datuk") between a title and its holder's name is a form of address.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ada Kemp, Comptroller-General of the Westland Immigration Service, attended.",
            ["Westland Immigration Service"],
        ),
        ("The delegation will call on the Inspector-General of Police in Rurton.", []),
        ("Ivo Lind, Auditor General of the Ruritania Revenue Authority, spoke.", ["Ruritania Revenue Authority"]),
        (
            "The Inspectorate-General of Labour Services of Ruritania met.",
            ["Inspectorate-General of Labour Services of Ruritania"],
        ),
    ],
)
def test_a_post_named_general_is_no_body(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ada Kemp, Comptroller-General of the Westland Immigration Service, attended the ceremony.",
            "Comptroller-General",
        ),
        ("Ada Kemp, Dean of the School of Law of Westbrook University, welcomed the guests.", "Dean"),
        (
            "The Secretary-General of the Ministry of Labour Ruritania (KBR), Dato' Sri Ada Kemp, received the guests.",
            "Secretary-General",
        ),
        (
            "The Deputy Secretary-General of the Ministry of Labour, Datuk Ada Kemp, received the guests.",
            "Deputy Secretary-General",
        ),
        ("The Director of the Ministry of Labour, Tan Sri Ada Kemp, received the guests.", "Director"),
    ],
)
def test_a_post_before_a_form_of_address_and_the_name_is_a_role(sentence, title, registries):
    draft = draft_article("t", f"{_BANQUET_22E}{sentence}\n", registries, [])
    assert [r.title for r in draft.roles if r.person == "ada-kemp"] == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dean Farrow, a researcher, met Ada Kemp.",
        "Dean Farrow, a researcher at the Westland Migration Institute, spoke.",
    ],
)
def test_dean_as_a_given_name_is_no_post(sentence):
    assert [c.name for c in person_candidates(sentence)] == ["Dean Farrow"]


# Lane i11s22e: heads of bodies the vocabulary lacked: China's border posts ("General Station of Exit and Entry Frontier
# Inspection", "... Border Inspection Station"; never a railway's "Station" nor a post in lower case), a plural head
# ("China Institutes of ..."); a gathering of a body before its name ("the Rurton Summit of the Forum on ...") is no
# part of it.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The delegation will visit the Rurton General Station of Exit and Entry Frontier Inspection.",
            ["Rurton General Station of Exit and Entry Frontier Inspection"],
        ),
        (
            "Officers of the Lanfeng Exit and Entry Frontier Inspection General Station met them.",
            ["Lanfeng Exit and Entry Frontier Inspection General Station"],
        ),
        ("Sarr visited the Rurton Airport Border Inspection Station.", ["Rurton Airport Border Inspection Station"]),
        ("The group arrived at Rurton West Railway Station on Monday.", []),
        ("They visited a border inspection station in the city.", []),
        (
            "Ada Kemp, a fellow at the Westland Institutes of Migration Studies, said so.",
            ["Westland Institutes of Migration Studies"],
        ),
        (
            "China will implement the outcomes of the Rurton Summit of the Forum on China-Westland Cooperation.",
            ["Forum on China-Westland Cooperation"],
        ),
        (
            "He addressed the Third Session of the Council of the Westland Migration Agency.",
            ["Council of the Westland Migration Agency"],
        ),
    ],
)
def test_border_posts_plural_heads_and_gatherings_of_a_body(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11s22e: a ministry's department named with its new ministry is proposed under its full name, with the
# department's own name (the form the next text gives) as its alias; its head holds the post there.
def test_a_ministry_s_department_takes_its_own_name_as_an_alias(registries):
    text = (
        f"{_BANQUET_22E}Ada Kemp, director-general of the Department of Overseas Labour Cooperation of the Ministry "
        "of Ports, said the rules would change.\n"
    )
    draft = draft_article("t", text, registries, [])
    entries = {e.fields["name"]: e.fields for e in draft.new_entries if e.kind == "organizations"}
    full = "Department of Overseas Labour Cooperation of the Ministry of Ports"
    assert entries[full]["aliases"] == ["Department of Overseas Labour Cooperation"]
    assert "Ministry of Ports" in entries
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == [entries[full]["id"]]


# Lane i11s22e: a name over a known organization is no person ("representatives of IOM Ruritania also attended":
# IOM's office there, no one called so).
@pytest.mark.parametrize(
    "sentence",
    [
        "Representatives of IOM Westland also attended the talks.",
        "Officials from UNHCR Rurton met the team.",
        "IOM Westland said the project would start in May.",
    ],
)
def test_a_name_over_a_known_organization_is_no_person(sentence, registries):
    draft = draft_article("t", f"{_BANQUET_22E}{sentence}\n", registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "people"] == ["Hao Ren"]


def test_a_person_named_after_a_known_organization_is_still_proposed(registries):
    draft = draft_article("t", f"{_BANQUET_22E}IOM official Ada Kemp also attended the talks.\n", registries, [])
    assert "Ada Kemp" in [e.fields["name"] for e in draft.new_entries if e.kind == "people"]


# Lane i11s22e: a post named by a Chinese body's countryless name ("assistant minister of public security") in a
# sentence that names other countries is at China's body when the text names that body as China's ("China's Ministry
# of Public Security", "... of the People's Republic of China") and no other country's under the same name.
_WORKSHOP_22E = (
    "Workshop opens\n\nRURTON, May 3 -- A workshop on border management opened here on Monday, co-organized by "
    "{owner} and the International Organization for Migration.\n"
    "Ada Kemp, assistant minister of public security, said in her remarks that Laos, Thailand and Viet Nam "
    "would share data.\n"
)


@pytest.mark.parametrize(
    ("owner", "organization"),
    [
        ("China's Ministry of Public Security", "mps-china"),
        ("the Ministry of Public Security of the People's Republic of China", "mps-china"),
        ("the Ministry of Public Security", None),  # the text never says whose
        ("China's Ministry of Public Security, the Lao Ministry of Public Security", None),  # two countries'
    ],
)
def test_a_countryless_post_is_at_the_body_the_text_names_as_china_s(owner, organization, registries):
    draft = draft_article("t", _WORKSHOP_22E.format(owner=owner), registries, [])
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == [organization]


# Lane i11s22e: a bare acronym after a new organization's full name that spells that one name ("the Centre for Border
# Studies ... president of the CBS") is its acronym, and its head's post is there; never one that spells two new names,
# nor one the text gives before the name.
@pytest.mark.parametrize(
    ("body", "organization"),
    [
        (
            "The report was released by IOM and the Centre for Border Studies, a Rurton-based think tank. "
            "Ada Kemp, president of the CBS, said the data would help.",
            "Centre for Border Studies",
        ),
        (
            "The course was run by the Westland Institute of Migration Research. Ada Kemp, a research fellow at WIMR, "
            "said the course would be held again.",
            "Westland Institute of Migration Research",
        ),
        (  # two new names it spells: which one is not said
            "The Centre for Border Studies and the Council for Border Security met. Ada Kemp, president of the CBS, "
            "said the data would help.",
            None,
        ),
        (  # the acronym before the name spells nothing named yet
            "Ada Kemp, president of the CBS, said the data would help. The Centre for Border Studies is based in "
            "Rurton.",
            None,
        ),
    ],
)
def test_a_bare_acronym_after_a_new_body_s_name_is_its_acronym(body, organization, registries):
    draft = draft_article("t", f"{_BANQUET_22E}{body}\n", registries, [])
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    assert [names.get(r.organization) for r in draft.roles if r.person == "ada-kemp"] == [organization]


# Lane i11s22s: speakers. A verb within a relative clause is not the sentence's, and a post and a relative clause may
# stand between the speaker and the verb ("X, head of Y, who also spoke at the launch, said"); reported speech that
# runs over one sentence with no verb and no person runs over the next too, within its paragraph; a speaker after
# "According to" or "said" only where the verb comes first; in a transcript, what talks between others covered ("The
# two sides reviewed ... and exchanged views on ...") is no one's position.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Kemp, head of the Nordic Migration Office, who also spoke at the launch, said data matter.",
            ["kemp"],
        ),
        ("Ada Kemp, who also spoke at the forum, said that data matter.", ["kemp"]),
        ("Ada Kemp, deputy director of the office, whose team wrote the report, noted that data matter.", ["kemp"]),
        # the only reporting verb is in the clause: the one it is about speaks (lane i11s27s), no one opening the sentence
        ("Ada Kemp met Ivo Lind, who said that data matter.", ["lind"]),
        # a post and a clause that is no relative clause: the delegation's words, not Kemp's
        ("In talks with Ada Kemp, the delegation, which arrived on Monday, said that data matter.", [None]),
        # reported speech over the sentences with no verb and no person that go on with it
        (  # a clause, then two sentences with no verb and no person: all three hers
            "In her speech, Ada Kemp said that the two countries are close partners. The equipment will help "
            "the service at its borders. China is willing to promote cooperation.",
            ["kemp", "kemp", "kemp"],
        ),
        (  # a new paragraph stops it, unless it states a position
            "Ada Kemp said that the two countries are close partners. The equipment will help the service.\n"
            "The project began in 2015.",
            ["kemp", "kemp", None],
        ),
        (  # a sentence with a verb of its own stops it: the writer's account follows
            "Ada Kemp said that the two countries are close partners. Ivo Lind thanked her. The equipment arrived.",
            ["kemp", "lind", None],
        ),
        (  # no clause introduced: nothing runs on
            "Ada Kemp thanked the donors. The equipment will help the service. China is willing to help.",
            ["kemp", None, None],
        ),
        # after "According to" and "said" only where the verb comes first
        ("According to Ada Kemp, data matter.", ["kemp"]),
        ("According to Minister of the Interior Ada Kemp, data matter.", ["kemp"]),
        ("In Oslo, according to Ada Kemp, data matter.", ["kemp"]),
        ('"Data matter," said IOM Director General Ada Kemp.', ["kemp"]),
        # a person after "said" that opens what is said: the subject before the verb speaks
        ("Ada Kemp said Ivo Lind would visit Oslo.", ["kemp"]),
        ("Ada Kemp said IOM Director General Ivo Lind would visit Oslo.", ["kemp"]),
        ("Ada Kemp arrived in Oslo. She said Ivo Lind would visit.", [None, "kemp"]),
        ("The ministry said Ivo Lind would visit Oslo.", [None]),
    ],
)
def test_lane_i11s22s_who_speaks(text, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind"})
    assert speakers(text, split_sentences(text), people) == expected


@pytest.mark.parametrize(
    ("report", "spoken"),
    [
        ("The two sides reviewed their cooperation and exchanged views on global migration governance.", False),
        ("The two sides discussed global migration governance.", False),
        ("Both sides also exchanged views on global migration governance.", False),
        ("On May 20, the two sides held talks on global migration governance.", False),
        ("The two sides have made progress on global migration governance.", True),  # his own account
        ("We hope the two sides will advance global migration governance.", True),  # his own hope
    ],
)
def test_lane_i11s22s_what_talks_between_others_covered_is_no_one_s_in_a_transcript(report, spoken, registries):
    planned = "Vice Foreign Minister Tang Wenjie will hold talks with Antonio Vitorino on global migration governance."
    held = f"Vice Foreign Minister Tang Wenjie held talks with Antonio Vitorino in Oslo on March 1. {report}"
    headline = "Foreign Ministry Spokesperson Ivo Berg's Regular Press Conference on March 4, 2021"
    text = _BRIEFING_TEXT.format(headline=headline, answer="A").replace(planned, held)
    [reported] = [m for m in draft_article("t", text, registries, []).mentions if m.entity_id == "migration-governance"]
    assert reported.speakers == (("ivo-berg",) if spoken else ())


# Lane i11s22s: topic forms. "telecom" spelled out ("telecommunication(s) fraud"); what the noun of an act opening a
# theme acts on, where it keeps a complement ("rights and interests of Chinese citizens abroad" of "Protection of the
# ..."), with the stock qualifier before it ("legitimate rights and interests of ..."); never the bare object.
@pytest.mark.parametrize(
    ("sentence", "topic", "form"),
    [
        ("Ivo Lind said telecommunication fraud hurts families.", "telecom-fraud", "telecommunication fraud"),
        ("Ivo Lind said telecommunications fraud hurts families.", "telecom-fraud", "telecommunications fraud"),
        (
            "Ivo Lind said China protects the legitimate rights and interests of Chinese citizens abroad.",
            "overseas-chinese-rights",
            "legitimate rights and interests of Chinese citizens abroad",
        ),
        (
            "Ivo Lind said China protects the rights of Chinese citizens abroad.",
            "overseas-chinese-rights",
            "rights of Chinese citizens abroad",
        ),
    ],
)
def test_lane_i11s22s_spelled_out_and_qualified_forms_of_a_topic(sentence, topic, form, registries):
    test_a_form_a_registered_topic_implies_is_its_mention_and_a_new_alias(sentence, topic, form, registries)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Lind said the law protects the rights and interests of workers.",  # the bare object, no complement of its
        "Ivo Lind said the legitimate rights and interests of investors matter.",
        "Ivo Lind said telecommunication networks reach every village.",
    ],
)
def test_lane_i11s22s_no_topic_in_a_bare_object_or_another_telecommunication(sentence, registries):
    draft = draft_article("t", _WIRE + sentence + "\n", registries, [])
    assert [m for m in draft.mentions if m.kind == "topics"] == []


# Lane i11s22s: publication dates. A sign-off dates the release with its place before the date ("Putrajaya, 10
# October 2012"), as governments abroad write it; a date in figures that reads either way ("Posted: 06/03/08") is read
# in the order the page's other dates in figures show, else not at all.
@pytest.mark.parametrize(
    "signature",
    [
        "Corporate Communications Unit\nMinistry of Home Affairs\nPutrajaya, 14 July 2021\n",
        "Kuala Lumpur, 14 July 2021\n",
        "Port Louis, July 14, 2021\n",
    ],
)
def test_lane_i11s22s_a_sign_off_with_its_place_before_the_date_is_the_publication_date(signature, registries):
    test_a_date_alone_in_the_sign_off_after_the_body_is_the_publication_date(signature, registries)


@pytest.mark.parametrize(
    "tail",
    [
        "The delegation left Putrajaya, 14 July 2021.\n",  # a sentence, not a sign-off
        "Related stories\nPutrajaya, 3 May 2021\nKuala Lumpur, 9 June 2021\n",  # a list
    ],
)
def test_lane_i11s22s_a_place_and_a_date_in_a_sentence_or_a_list_is_no_publication_date(tail, registries):
    test_dates_after_the_body_in_a_list_or_a_sentence_are_no_publication_date(tail, registries)


@pytest.mark.parametrize(
    ("page", "value"),
    [
        ("<div class='posted'>Posted: 06/03/08</div>", None),  # either way, and nothing to tell which
        ("<div class='posted'>Posted: 06/03/08</div><li>Posted: 11/22/07</li>", "2008-06-03"),  # the page: month first
        ("<div class='posted'>Posted: 06/03/08</div><li>Posted: 22/11/07</li>", "2008-03-06"),  # the page: day first
        ("<meta name='date' content='2008-03-06'><p>06/03/08</p>", "2008-03-06"),  # written in full too
        ("<div class='posted'>Posted: 03/20/09</div>", "2009-03-20"),  # one way only
        ("<div class='posted'>Posted: 04/04/09</div>", "2009-04-04"),
    ],
)
def test_lane_i11s22s_a_date_in_figures_that_reads_either_way_is_read_by_the_page_s_other_dates(page, value, tmp_path):
    from china_iom.drafting.extract import read_source

    html = tmp_path / "page.html"
    html.write_text(
        f"<html><head><title>IOM hands over kits</title></head><body><h1>IOM hands over kits</h1>{page}"
        "<p>Geneva - IOM handed over shelter kits to the families who lost their homes in the cyclone last week.</p>"
        "<p>The kits were funded by a contribution from the Government of the People's Republic of China.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_source(html).date == value


# Lane i11s22s: a topic's form whose last word names a body as well as a field ("immigration administration") names
# the body where the text sets one up ("China's new ...", "set up a State ...", "the establishment of the ...").
@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Ivo Lind said China's new immigration administration will serve foreigners.", False),
        ("Ivo Lind said China would set up a State immigration administration this year.", False),
        ("Ivo Lind said the establishment of the immigration administration was welcome.", False),
        ("Ivo Lind said the newly established immigration administration will open offices.", False),
        ("Ivo Lind said cooperation in immigration administration will grow.", True),  # the field
        ("Ivo Lind said China will improve its immigration administration.", True),
        ("Ivo Lind said new requirements on immigration administration arose.", True),
    ],
)
def test_lane_i11s22s_an_administration_set_up_is_a_body_not_a_topic(sentence, topic, registries):
    draft = draft_article("t", _WIRE + sentence + "\n", registries, [])
    assert [m.entity_id for m in draft.mentions if m.kind == "topics"] == (["migration-management"] if topic else [])


# Lane i11s22s: "A met (with) B and exchanged views on ..." and "A and B exchanged views on ...": the two who met
# speak (seed 001's "The DG and State Councillor ... exchanged views"); "the two sides exchanged views" no one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Ada Kemp met with PS Ivo Lind and exchanged views on migration.", [("kemp", "lind")]),
        ("Ada Kemp held talks with Ivo Lind and exchanged views on migration.", [("kemp", "lind")]),
        ("Ada Kemp and Ivo Lind exchanged views on migration.", [("kemp", "lind")]),
        ("The two sides exchanged views on migration.", [()]),
        ("In Oslo, the delegation met Ivo Lind and exchanged views on migration.", [()]),  # the delegation met him
        ("Ada Kemp met Ivo Lind and Bo Tan and exchanged views on migration.", [()]),  # three: who spoke is not said
    ],
)
def test_lane_i11s22s_the_two_who_met_and_exchanged_views_both_speak(text, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind", "Bo Tan": "tan"})
    sentences = split_sentences(text)
    assert co_speakers(text, sentences, people, speakers(text, sentences, people)) == expected


# Lane i11s22s: a headline that ends on a quoted phrase with no stop before the mark ('China calls for cooperation "in
# a spirit of solidarity"') is no paragraph: the body, and the date line under the headline, follow it.
@pytest.mark.parametrize(
    ("headline", "is_headline"),
    [
        ('Migration pact adopted: Ruritania calls for action "in a spirit of partnership"', True),
        ("Migration pact adopted: Ruritania calls for action ‘in a spirit of partnership’", True),
        ('The two ministers agreed that the pact marks "a new start for all."', False),  # a stop before the mark
        ('The two ministers agreed that the pact marks a "new start", he said.', False),
    ],
)
def test_lane_i11s22s_a_headline_ending_on_a_quoted_phrase_is_no_paragraph(headline, is_headline, registries):
    text = (
        f"{headline}\n10 May 2018 Migrants and Refugees\n\n"
        "Ministers meeting in Oslo on Thursday adopted the regional pact on labour migration, the first of its kind.\n"
    )
    assert (find_layout(text).body[0] > len(headline)) is is_headline
    draft = draft_article("t", text, registries, [])
    assert (draft.published is not None and draft.published.value == "2018-05-10") is is_headline


# Lane i11s22s: a dateline's day with no year takes the year of the first full date the body states, when that falls
# up to a week before it (a report follows its event); a later date, or one long before, gives none.
@pytest.mark.parametrize(
    ("dateline", "body_date", "value"),
    [
        ("OSLO, Nov. 4 (Xinhua) -- ", "on November 3, 2021", "2021-11-04"),
        ("OSLO, Jan. 2 (Xinhua) -- ", "on December 30, 2021", "2022-01-02"),  # the year turned in between
        ("OSLO, Nov. 4 (Xinhua) -- ", "on November 4, 2021", "2021-11-04"),
        ("OSLO, Nov. 4 (Xinhua) -- ", "on November 20, 2021", None),  # a date to come
        ("OSLO, Nov. 4 (Xinhua) -- ", "on September 3, 2021", None),  # long before: the report's year is unsure
    ],
)
def test_lane_i11s22s_a_dateline_without_a_year_takes_the_year_of_the_event_just_before(
    dateline, body_date, value, registries
):
    text = (
        "Officials discuss labour migration\n"
        f"{dateline}Ada Kemp, a Nordic official, met IOM officials in Oslo {body_date}, the two sides said.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert (draft.published.value if draft.published else None) == value
    assert value is None or draft.published.basis == "inferred"


# Lane i11s22g: meetings within gatherings, handovers, planned meetings, transcripts.


_SESSION_22G = (
    "Council opens\n\nGENEVA, Nov. 26 (Xinhua) -- China pledged support for migrants on Friday.\n{opening} on Monday, "
    "IOM Director General Ada Kemp told member "
    "states that funding had fallen. Addressing the general debate, Ambassador Ivo Lind said China would keep up its "
    "support. On the sidelines of the session, Lind met with Kemp.\n"
)


# Lane i11s22g: "Opening the 71st session of the IOM Council on Monday, A told ..." introduces the gathering and A's
# speech within it; a speech "Addressing the general debate" and talks "On the sidelines of the session" are within it.
@pytest.mark.parametrize(
    "opening",
    [
        "Opening the 71st session of the IOM Council",
        "Opening the annual session of the Council of the International Organization for Migration",
        "Opening the 112th Session of the IOM Council in Geneva",
    ],
)
def test_opening_a_named_session_introduces_it_with_the_opening_speech(opening, registries):
    meetings = _meetings(_SESSION_22G.format(opening=opening), registries, "2021-11-26")
    [session] = [i for i, m in enumerate(meetings) if m.kind == "conference"]
    assert meetings[session].date.value == "2021-11-22"
    within = {(m.kind, tuple(m.participants)) for m in meetings if m.parent == session}
    assert within == {
        ("speech", ("ada-kemp",)),
        ("speech", ("ivo-lind",)),
        ("bilateral_talks", ("ivo-lind", "ada-kemp")),
    }


@pytest.mark.parametrize(
    "opening",
    ["Opening the new office of the IOM in Geneva", "Opening the door to more trade"],
)
def test_opening_what_is_no_gathering_introduces_none(opening, registries):
    meetings = _meetings(_SESSION_22G.format(opening=opening), registries, "2021-11-26")
    assert not [
        m for m in meetings if m.kind == "conference" or m.parent is not None or "ada-kemp" in m.participants[:1]
    ]


_LAUNCH_22G = (
    "Migration report launched\n\nBEIJING, Dec. 5 (Xinhua) -- The number of international migrants reached 281 "
    "million in 2020, according to a report whose Chinese edition {launched} in Beijing on Wednesday. {hosts}"
    "Ada Kemp, head of the IOM office in China, said at the launch that migration was well managed. Ivo Lind, a "
    "scholar, said in a speech that the report was useful.\n"
)


# Lane i11s22g: a launch told in the passive ("was launched in Beijing on Wednesday") names no one: the sentence after
# saying who released it and the speakers "at the launch" take part, the speeches within it on its day; a launch
# nobody is named at is dropped.
@pytest.mark.parametrize(
    ("launched", "hosts", "organizations"),
    [
        (
            "was launched",
            "The Chinese edition was released by IOM and the Ministry of Foreign Affairs. ",
            ["iom", "mfa-china"],
        ),
        (
            "was officially launched",
            "It was jointly published by IOM and the Ministry of Foreign Affairs. ",
            ["iom", "mfa-china"],
        ),
        ("was launched", "", []),
    ],
)
def test_a_launch_in_the_passive_takes_its_releasers_and_speakers(launched, hosts, organizations, registries):
    meetings = _meetings(_LAUNCH_22G.format(launched=launched, hosts=hosts), registries, "2019-12-05")
    [launch] = [i for i, m in enumerate(meetings) if m.kind == "launch"]
    assert meetings[launch].organizations == organizations
    assert meetings[launch].date.value == "2019-12-04" and meetings[launch].place == "beijing"
    speeches = [m for m in meetings if m.kind == "speech"]
    assert [(m.participants, m.parent, m.date.value) for m in speeches] == [
        (["ada-kemp"], launch, "2019-12-04"),
        (["ivo-lind"], launch, "2019-12-04"),
    ]


def test_a_launch_in_the_passive_that_no_one_is_named_at_is_no_meeting(registries):
    text = (
        "Hotline busy\n\nBEIJING, Dec. 5 (Xinhua) -- A hotline for migrant workers, which was launched in Beijing in "
        "2019, has received 10,000 calls, the Ministry of Foreign Affairs said on Wednesday.\n"
    )
    assert _meetings(text, registries, "2019-12-05") == []


_NATIONALS_22G = (
    "Police hold talks\n\nKUNMING, Nov. 20 (Xinhua) -- {subject} held talks here on Thursday on joint efforts against "
    "fraud.\n\nThe talks were co-chaired by Ada Kemp, deputy director-general of the Criminal Investigation Department "
    "of the Ministry of Public Security, and Police Colonel Ivo Lind, head of the Royal Thai Police.\n\nOfficials of the "
    "Ministry of Foreign Affairs also attended the talks.\n\nThe two sides agreed to hold {next} in Thailand next year.\n"
)


# Lane i11s22g: talks of two sides told by their countries ("Chinese and Thai police held talks") are kept for the
# sentence naming who co-chaired them; "the next round of talks" ("the next meeting") the two sides agree to hold is
# planned between the bodies of the two who met, never of those who also attended.
@pytest.mark.parametrize("subject", ["Chinese and Thai police", "Chinese and Thai immigration officials"])
@pytest.mark.parametrize("next_one", ["the next round of talks", "the next meeting"])
def test_talks_of_two_nations_take_their_co_chairs_and_plan_the_next_round(subject, next_one, registries):
    meetings = _meetings(_NATIONALS_22G.format(subject=subject, next=next_one), registries, "2015-11-20")
    held, planned = meetings
    assert (held.kind, held.participants, held.date.value) == (
        "bilateral_talks",
        ["ada-kemp", "ivo-lind"],
        "2015-11-19",
    )
    assert (planned.kind, planned.status, planned.participants, planned.date.value) == (
        "bilateral_talks",
        "planned",
        [],
        "2016",
    )
    assert "mfa-china" not in planned.organizations and len(planned.organizations) == 2


@pytest.mark.parametrize(
    "subject", ["Police officers", "Chinese police", "The Ministry of Foreign Affairs and the police"]
)
def test_talks_of_no_two_nations_named_are_no_unnamed_meeting(subject, registries):
    text = (
        f"Police hold talks\n\nKUNMING, Nov. 20 (Xinhua) -- {subject} held talks here on Thursday on joint efforts "
        "against fraud.\n"
    )
    assert _meetings(text, registries, "2015-11-20") == []


_TRANSCRIPT_22G = (
    "Foreign Ministry Spokesperson's Regular Press Conference on May 21, 2018\n\nAt the invitation of the Ministry of "
    "Public Security, IOM Director General Ada Kemp will pay an official visit to China from May 23 to 26. During the "
    "visit, Vice Minister of Public Security Ivo Lind will hold talks with her, {second}\n\nQ: Could you give us more "
    "details?\n\nA: {back} Kemp will also travel to Shanghai.\n"
)


# Lane i11s22g: in an announced visit, ", and Vice Foreign Minister B will meet with her" is B's meeting with the
# visitor, not the first one's with B; "This will be Kemp's last visit to China" is the visit announced, no other trip.
@pytest.mark.parametrize(
    "second",
    [
        "and Vice Foreign Minister Olaf Berg will meet with her.",
        "and Vice Foreign Minister Olaf Berg will also meet with her.",
    ],
)
@pytest.mark.parametrize(
    "back",
    [
        "This will be Director General Kemp's last visit to China before she leaves office.",
        "It is her first visit to China as Director General.",
    ],
)
def test_an_announced_visit_with_two_hosts_and_a_remark_on_it(second, back, registries):
    meetings = _meetings(_TRANSCRIPT_22G.format(second=second, back=back), registries, "2018-05-21")
    assert [(m.kind, m.participants, m.parent) for m in meetings] == [
        ("trip", ["ada-kemp"], None),
        ("bilateral_talks", ["ivo-lind", "ada-kemp"], 0),
        ("bilateral_talks", ["olaf-berg", "ada-kemp"], 0),
        ("visit", ["ada-kemp"], 0),
    ]
    assert {m.status for m in meetings} == {"planned"}


def test_a_list_of_those_met_with_and_is_no_clause_of_its_own(registries):
    text = (
        "Talks held\n\nBEIJING, May 21 (Xinhua) -- Vice Minister Ivo Lind held talks here on Monday with IOM Director "
        "General Ada Kemp, UNHCR Representative Olaf Berg, and Ambassador Mia Holm.\n"
    )
    assert [m.participants for m in _meetings(text, registries, "2018-05-21")] == [
        ["ivo-lind", "ada-kemp"],
        ["ivo-lind", "olaf-berg"],
        ["ivo-lind", "mia-holm"],
    ]


# Lane i11s22g: a handover told in the passive ("The contribution was handed over on Monday in Geneva by A to B") is a
# handover of the giver and the recipient, on the sentence's day and at its place; without both named after it, or of
# what is no gift, none.
@pytest.mark.parametrize(
    "sentence",
    [
        "The contribution was handed over on Monday in Geneva by Ambassador Ivo Lind to IOM Deputy Director General "
        "Ada Kemp.",
        "The cheque of USD 1 million was presented on Monday in Geneva by Ambassador Ivo Lind to IOM Deputy Director "
        "General Ada Kemp.",
        "China's donation was formally handed over on Monday in Geneva by Ambassador Ivo Lind to IOM Deputy Director "
        "General Ada Kemp.",
    ],
)
def test_a_handover_in_the_passive_is_of_its_giver_and_recipient(sentence, registries):
    text = f"China gives\n\nGENEVA, June 3 (Xinhua) -- China has given USD 1 million to IOM. {sentence}\n"
    [handover] = _meetings(text, registries, "2008-06-03")
    assert (handover.kind, handover.participants, handover.date.value, handover.place) == (
        "signing",
        ["ivo-lind", "ada-kemp"],
        "2008-06-02",
        "geneva",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspects were handed over on Monday by Chinese police to the Lao authorities.",
        "The contribution was handed over to IOM Deputy Director General Ada Kemp.",
        "The report was presented on Monday by Ambassador Ivo Lind to IOM Deputy Director General Ada Kemp.",
    ],
)
def test_what_is_no_handover_of_a_gift_by_and_to_someone_is_none(sentence, registries):
    text = f"China gives\n\nGENEVA, June 3 (Xinhua) -- China has given USD 1 million to IOM. {sentence}\n"
    assert [m for m in _meetings(text, registries, "2008-06-03") if m.kind == "signing"] == []


# Lane i11s22g: "the meeting that UNHCR will convene in Geneva in December" is a gathering to come, of its host alone;
# "Officials from B attended the video call" join the call, no gathering of their own.
@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the high-level meeting that IOM will convene in Geneva in December", "conference"),
        ("the forum which IOM plans to host in Geneva in December", "forum"),
        ("the workshop that the IOM is scheduled to organize in Geneva in December", "symposium"),
    ],
)
def test_a_gathering_that_a_body_will_convene_is_planned_by_it(phrase, kind, registries):
    text = (
        "Call held\n\ndate 2021-06-18\n\nOn June 17, 2021, Assistant Foreign Minister Ivo Lind held a video call with "
        f"IOM Director General Ada Kemp.\n\nThe two sides also exchanged views on {phrase}.\n"
    )
    call, planned = _meetings(text, registries)
    assert call.participants == ["ivo-lind", "ada-kemp"]
    assert (planned.kind, planned.status, planned.organizations, planned.date.value, planned.place) == (
        kind,
        "planned",
        ["iom"],
        "2021-12",
        "geneva",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "the meeting that IOM and UNHCR will convene in Geneva in December",
        "the meeting that they will convene in Geneva in December",
        "the meeting that IOM will hold a briefing on",
    ],
)
def test_a_gathering_whose_host_is_not_one_body_is_no_planned_one(phrase, registries):
    text = (
        "Call held\n\ndate 2021-06-18\n\nOn June 17, 2021, Assistant Foreign Minister Ivo Lind held a video call with "
        f"IOM Director General Ada Kemp.\n\nThe two sides also exchanged views on {phrase}.\n"
    )
    assert [m.status for m in _meetings(text, registries)] == ["held"]


@pytest.mark.parametrize("call", ["the video call", "the call", "the phone conversation"])
def test_officials_who_attended_the_call_join_it(call, registries):
    text = (
        "Call held\n\ndate 2021-06-18\n\nOn June 17, 2021, Assistant Foreign Minister Ivo Lind held a video call with "
        f"IOM Director General Ada Kemp.\n\nOfficials from the Ministry of Public Security attended {call}.\n\nChina "
        "has long supported the work of IOM.\n"
    )
    [meeting] = _meetings(text, registries)
    assert meeting.participants == ["ivo-lind", "ada-kemp"] and meeting.organizations == ["mps-china"]


# Lane i11s22g: "A told the signing (launch, handover) ceremony that ..." is A's speech at the ceremony just reported;
# "told the press" is none.
@pytest.mark.parametrize(
    ("told", "speech"),
    [
        ("Lind told the signing ceremony that", True),
        ("Lind told the ceremony that", True),
        ("Speaking at the signing ceremony, Lind said", True),
        ("Lind told the press that", False),
        ("Lind told reporters that", False),
    ],
)
def test_telling_a_ceremony_is_a_speech_at_it(told, speech, registries):
    text = (
        "Agreement signed\n\nBEIJING, May 8 (Xinhua) -- The Ministry of Public Security and IOM on Tuesday signed an "
        "agreement in Beijing on border management. The agreement was signed by Vice Minister Ivo Lind and IOM Chief "
        f"of Mission Ada Kemp. {told} the project would help train officers.\n"
    )
    meetings = _meetings(text, registries, "2019-05-08")
    speeches = [(m.participants, meetings[m.parent].kind, m.date.value) for m in meetings if m.kind == "speech"]
    assert speeches == ([(["ivo-lind"], "signing", "2019-05-07")] if speech else [])


# Lane i11s22g: whom a participant signs with "On the margins of the Forum" is within the forum, but not said to be at
# it: the forum does not list them; "At the Forum, A and B signed" does.
@pytest.mark.parametrize(("where", "listed"), [("On the margins of", False), ("At", True)])
def test_a_signing_on_the_margins_of_a_gathering_lists_no_one_there(where, listed, registries):
    text = (
        f"Letter signed\n\nGENEVA, Dec. 18 (Xinhua) -- {where} the first Global Forum on Migration, IOM Director General "
        "Ada Kemp and Vice Minister Ivo Lind on Tuesday signed a letter of intent on cooperation.\n"
    )
    meetings = _meetings(text, registries, "2019-12-18")
    forums = [m for m in meetings if m.kind in ("forum", "conference")]
    assert [sorted(m.participants) for m in forums] == ([["ada-kemp", "ivo-lind"]] if listed else [])
    [signing] = [m for m in meetings if m.kind == "signing"]
    assert sorted(signing.participants) == ["ada-kemp", "ivo-lind"]


# Lane i11s22g: a proposal, a hope or an offer to meet ("proposed that the two ministries hold annual consultations",
# "hoped to hold talks") is no meeting, held or planned, and leaves "Also present at the meeting" to the one just held.
@pytest.mark.parametrize(
    "wish",
    [
        "proposed that the two ministries hold annual consultations on law enforcement",
        "suggested that the two sides hold a dialogue on migration every year",
        "hoped to hold a second round of talks with Secretary-General Lind in Beijing next year",
        "offered to host a workshop on document security in Beijing next year",
    ],
)
def test_a_proposal_to_meet_is_no_meeting(wish, registries):
    text = (
        "Delegation received\n\nPUTRAJAYA, Oct. 10 -- Secretary-General Ivo Lind received a delegation led by Vice "
        f"Minister Ada Kemp on 9 October 2012.\n\nMs. Kemp thanked Malaysia for its help and {wish}.\n\nAlso present at "
        "the meeting was Ambassador Olaf Berg.\n\nThe two countries have cooperated for decades.\n"
    )
    meetings = _meetings(text, registries, "2012-10-10")
    assert [m.participants for m in meetings] == [["ivo-lind", "ada-kemp", "olaf-berg"]]


# Lane i11s22g: "extend an invitation to President A to visit Malaysia" is an invitation, as "invited A to visit" is:
# no visit held or planned.
@pytest.mark.parametrize(
    "invitation",
    [
        "Lind also extended an invitation to Minister Olaf Berg to visit Malaysia next year.",
        "Lind also invited Minister Olaf Berg to visit Malaysia next year.",
        '"I also extend an invitation to Minister Olaf Berg to visit Malaysia next year," Lind said.',
    ],
)
def test_an_invitation_to_visit_is_no_visit(invitation, registries):
    text = (
        "Call received\n\nPUTRAJAYA, Feb. 11 -- Prime Minister Ivo Lind on Friday received a courtesy call from Vice "
        f"Minister Ada Kemp. {invitation}\n\nThe two countries have cooperated for decades.\n"
    )
    meetings = _meetings(text, registries, "2023-02-11")
    assert [m.participants for m in meetings] == [["ivo-lind", "ada-kemp"]]


# Lane i11s22g: "A told the meeting that ..." after a roundtable (a seminar, a forum) is A's speech within it, on its
# day; said to talks it is none (the set's convention), and with two people named before it, whose it is is not sure.
@pytest.mark.parametrize(
    ("opening", "speech"),
    [
        ("officials and experts said at a roundtable in Beijing on Monday", True),
        ("officials and experts said at a seminar in Beijing on Monday", True),
        ("Vice Minister Olaf Berg said after talks in Beijing on Monday with Ambassador Mia Holm", False),
    ],
)
def test_telling_the_meeting_of_a_gathering_is_a_speech_in_it(opening, speech, registries):
    text = (
        f"Services urged\n\nBEIJING, Nov. 23 -- China should serve migrant workers better, {opening}.\n\nDr Ada Kemp, "
        "regional director of IOM in Bangkok, told the meeting that China's reforms were watched closely.\n\nThe "
        "ministry has set up a new office.\n"
    )
    meetings = _meetings(text, registries, "2010-11-23")
    said = [(m.participants, meetings[m.parent].date.value, m.date.value) for m in meetings if m.kind == "speech"]
    assert said == ([(["ada-kemp"], "2010-11-22", "2010-11-22")] if speech else [])


def test_telling_the_meeting_with_two_named_before_is_no_speech(registries):
    text = (
        "Services urged\n\nBEIJING, Nov. 23 -- China should serve migrant workers better, officials and experts said at "
        "a roundtable in Beijing on Monday.\n\nDr Ada Kemp and Olaf Berg told the meeting that China's reforms were "
        "watched closely.\n\nThe ministry has set up a new office.\n"
    )
    assert [m for m in _meetings(text, registries, "2010-11-23") if m.kind == "speech"] == []


# Lane i11s22g: "attended the Forum in Shenzhen on 16 October, where he spoke on ..." is his speech within the forum, on
# its day and at its place; "where he spoke with reporters" is none.
@pytest.mark.parametrize("clause", ["where he spoke on", "where she spoke about"])
def test_a_speech_where_a_gathering_was_attended_is_within_it(clause, registries):
    text = (
        "Forum held\n\nShenzhen – IOM Chief of Mission Ada Kemp attended the Global Talent Mobility Forum in Shenzhen "
        f"on 16 October 2023, {clause} the contribution of migrants to development.\n\nThe forum drew 500 guests.\n"
    )
    meetings = _meetings(text, registries)
    assert [(m.kind, m.participants, m.parent, m.date.value, m.place) for m in meetings] == [
        ("conference", ["ada-kemp"], None, "2023-10-16", "shenzhen"),
        ("speech", ["ada-kemp"], 0, "2023-10-16", "shenzhen"),
    ]


def test_speaking_with_reporters_where_a_gathering_was_attended_is_no_speech(registries):
    text = (
        "Forum held\n\nShenzhen – IOM Chief of Mission Ada Kemp attended the Global Talent Mobility Forum in Shenzhen "
        "on 16 October 2023, where she spoke with reporters.\n\nThe forum drew 500 guests.\n"
    )
    assert [m.kind for m in _meetings(text, registries)] == ["conference"]


# Lane i11s22g: "A told the Forum in Geneva on Wednesday" (the lede), then "Addressing the opening session, Mr. A said"
# on no day of its own: one speech, told in full in the second sentence, on the lede's day; a speech on a day of its own
# ("Speaking at the closing session on 15 December") is another.
@pytest.mark.parametrize(
    ("second", "days"),
    [
        ("Addressing the opening session, Mr. Lind said", ["2023-12-13"]),
        ("Speaking at the opening session, Mr. Lind said", ["2023-12-13"]),
        ("Speaking at the closing session on 15 December, Mr. Lind said", ["2023-12-13", "2023-12-15"]),
    ],
)
def test_the_ledes_speech_told_again_in_full_is_one_speech(second, days, registries):
    text = (
        "China pledges support\n\n13 December 2023 - China will provide further assistance to countries hosting "
        "refugees, Vice Foreign Minister Ivo Lind told the Global Forum on Refugees in Geneva on Wednesday.\n\n"
        f"{second} China supports the Global Compact on Refugees.\n\nThe forum runs until Friday.\n"
    )
    meetings = _meetings(text, registries, "2023-12-13")
    speeches = [m for m in meetings if m.kind == "speech"]
    assert [m.date.value for m in speeches] == days
    assert text[slice(*speeches[0].sentence)].startswith(second.split(",")[0]) or len(days) == 2


# Lane i11s22m (round 10): meetings on visits and trips, and their dates and places. A trip told by its end with the
# day between the verb and the visit ("concluded on Saturday a five-day visit") runs the days before that day; "the
# second half of the year" is the year; "the next day", "earlier that day", "the same day" count from the last meeting
# held, told in an earlier sentence and in order (never a planned one, nor a stop told as before: "Before arriving in
# X, the delegation visited ..."); a date in a clause of its own ("villages that received refugees last year") is
# not the visit's.
_NOTES_22M = "UNHCR Briefing Notes, 8 November 2016\n\nChina: a visit ends\n\n"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Mr. Ivo Lind concluded on Saturday a five-day visit to China.", ("2016-11-01", "2016-11-05")),
        ("Mr. Ivo Lind ended on Friday a three-day working visit to China.", ("2016-11-02", "2016-11-04")),
        ("Mr. Ivo Lind concluded a four-day visit to China on Sunday.", ("2016-11-03", "2016-11-06")),
        ("Mr. Ivo Lind arrived on Saturday for a five-day visit to China.", ("2016-11-05", "2016-11-09")),  # its start
    ],
)
def test_a_trip_told_by_its_end_with_the_day_before_the_visit(sentence, days, registries):
    [trip] = [m for m in _meetings(_NOTES_22M + sentence + "\n", registries, "2016-11-08") if m.kind == "trip"]
    assert ((trip.date.value, trip.date.end_value) if trip.date and trip.date.end_value else None) == days


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("in the second half of the year", "2023"),
        ("in the first half of next year", "2024"),
        ("during the latter half of this year", "2023"),
        ("in the second half of last year", "2022"),
    ],
)
def test_a_half_of_a_year_is_that_year(phrase, value):
    [date] = find_dates(f"The course will be held {phrase}.", anchor=Anchor(dt.date(2023, 5, 11), "the page"))
    assert (date.value, date.precision) == (value, "year")


def test_half_of_something_else_is_no_date():
    assert (
        find_dates("Half of the staff and half of the year's budget.", anchor=Anchor(dt.date(2023, 5, 11), "x")) == []
    )


_VISIT_22M = (
    "Regional Director visits China\n\nBEIJING, May 11 (Xinhua) -- On 8 May, Ms. Ada Kemp met with Vice Minister "
    "Hao Ren in Beijing. {between}The following day, Ms. Kemp held talks with Vice Chairman Tang Wenjie. Earlier "
    "that day, she called on Director-General Lin Bo.\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "",
        "They agreed that the two sides would hold a joint training course with Lin Bo in Kunming later this year. ",
        "Before arriving in Beijing, Ms. Kemp visited a border port with Liu Yang on 6 May. ",
    ],
)
def test_the_next_day_counts_from_the_last_meeting_held_in_order(between, registries):
    meetings = _meetings(_VISIT_22M.format(between=between), registries, "2023-05-11")
    days = {m.participants[-1]: m.date.value for m in meetings if m.date and m.status == "held"}
    assert (days["tang-wenjie"], days["lin-bo"]) == ("2023-05-09", "2023-05-09")


def test_meetings_one_sentence_tells_share_its_relative_day(registries):
    text = (
        "Visit\n\nBEIJING, May 11 (Xinhua) -- On 5 May, Ms. Ada Kemp met with Vice Governor Hao Ren in Kunming. "
        "The next day she held talks with Director Lin Bo and met with Director Liu Yang.\n"
    )
    days = [
        m.date.value for m in _meetings(text, registries, "2023-05-11") if m.participants[-1] in ("lin-bo", "liu-yang")
    ]
    assert days == ["2023-05-06", "2023-05-06"]


def test_a_date_in_a_clause_of_its_own_is_not_the_visits(registries):
    text = _NOTES_22M + (
        "Mr. Ivo Lind concluded on Saturday a five-day visit to China. Mr. Lind also visited villages along the "
        "border that received people fleeing fighting last year.\n"
    )
    trip, visit = _meetings(text, registries, "2016-11-08")
    assert trip.kind == "trip"
    assert (visit.parent, visit.date.value, visit.date.precision) == (0, "2016-11-01", "day")


# Lane i11s22m: the bodies a delegation or visitor meets: "the Department of X of the NIA" is one counterpart, not
# two; a body that only supports what was visited ("a shelter supported by IOM") is none; "the heads of A, B and other
# members of C" are met together, in one meeting; bodies met one after the other ("with A and with B") stay apart.
_STOP_22M = "Visit\n\nBEIJING, May 11 (Xinhua) -- On 10 May, Ms. Ada Kemp {rest}\n"


@pytest.mark.parametrize(
    ("rest", "groups"),
    [
        (
            "held a working meeting with the Department of Foreigners' Affairs of the National Immigration "
            "Administration on students.",
            1,
        ),
        ("met with the heads of UNHCR, IOM and other members of the UN Network on Migration in China.", 1),
        ("met with representatives of UNHCR and IOM in Beijing.", 1),
        ("held talks with the National Immigration Administration and, separately, with UNHCR.", 2),
    ],
)
def test_bodies_met_together_are_one_meeting_and_an_owner_no_counterpart(rest, groups, registries):
    meetings = [m for m in _meetings(_STOP_22M.format(rest=rest), registries, "2023-05-11") if m.kind != "trip"]
    assert len(meetings) == groups
    assert "nia-china" not in meetings[0].organizations or "of the National" not in rest


@pytest.mark.parametrize(
    ("rest", "met"),
    [
        ("visited a shelter supported by IOM and met with its staff.", []),
        ("met with staff of a migrant centre run by UNHCR in Beijing.", []),
        ("met with staff of UNHCR in Beijing.", [["unhcr"]]),
    ],
)
def test_a_body_that_supports_the_place_visited_is_not_met(rest, met, registries):
    meetings = _meetings(_STOP_22M.format(rest=rest), registries, "2023-05-11")
    assert [m.organizations for m in meetings if m.kind != "visit"] == met


def test_during_her_stay_is_the_trip_not_the_one_day_stop_before_it(registries):
    text = (
        "Visit\n\nBEIJING, May 11 (Xinhua) -- Ms. Ada Kemp concluded a six-day visit to China yesterday. On 5 May "
        "she met with Vice Governor Hao Ren in Kunming. The next day she travelled to the Mohan port, where she "
        "observed the clearance of travellers. During her stay in Beijing, Ms. Kemp also met with the heads of "
        "UNHCR and IOM.\n"
    )
    meetings = _meetings(text, registries, "2023-05-11")
    [heads] = [m for m in meetings if "unhcr" in m.organizations]
    assert meetings[heads.parent].kind == "trip"
    assert (heads.date.value, heads.date.end_value) == ("2023-05-05", "2023-05-10")


# Lane i11s22m: where a stop of a visit was. A meeting "that evening" ("the same day", "in the afternoon") of someone
# of the meeting above, with no place of its own, was where that one was (never a day apart, after a visit, or of
# others); a place the visitors had not yet reached ("Before arriving in Shanghai, ...") or had left is not the stop's.
_HOSTED_22M = (
    "Deputy Commissioner meets delegation\n\nOn April 9, Deputy Commissioner Hao Ren met in Shanghai with a "
    "delegation led by Director General Ivo Lind. {then}\n"
)


@pytest.mark.parametrize(
    ("then", "place"),
    [
        ("On the evening of the same day, Hao Ren hosted a banquet for the delegation.", "shanghai"),
        ("In the afternoon, Ivo Lind held a working meeting with Director Tang Wenjie.", "shanghai"),
        ("The next day, Hao Ren hosted a banquet for the delegation.", None),
        ("On the evening of the same day, Director Tang Wenjie hosted a banquet for a delegation led by Lin Bo.", None),
    ],
)
def test_a_meeting_that_evening_of_someone_met_above_was_where_they_met(then, place, registries):
    meetings = _meetings(_HOSTED_22M.format(then=then), registries, "2024-04-11")
    assert meetings[0].place == "shanghai"
    assert (meetings[-1].date.value, meetings[-1].place) == (
        "2024-04-10" if "next day" in then else "2024-04-09",
        place,
    )


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Before arriving in Shanghai, the delegation led by Ivo Lind visited a border port on April 7.", None),
        ("On its way to Shanghai, the delegation led by Ivo Lind visited a border port on April 7.", None),
        ("After arriving in Shanghai, the delegation led by Ivo Lind visited a border port on April 7.", "shanghai"),
    ],
)
def test_a_place_not_yet_reached_is_not_the_stops(opening, place, registries):
    [visit] = _meetings(f"Delegation visits\n\n{opening}\n", registries, "2024-04-11")
    assert (visit.kind, visit.place) == ("visit", place)


# Lane i11s22m: "A will hold talks with him, and Vice Foreign Minister B will meet with him": B opens a clause of his
# own and is no one A meets; a list of those met ("with B, and C") or B met "and also" goes on as before.
_PROGRAMME_22M = (
    "Visit\n\nBEIJING, May 20 (Xinhua) -- Director General Ivo Lind will pay an official visit to China from May 23 "
    "to 26. During the visit, Vice Minister Hao Ren will hold talks with him, and {rest}\n"
)


@pytest.mark.parametrize(
    ("rest", "pairs"),
    [
        ("Vice Foreign Minister Tang Wenjie will meet with him.", []),
        ("Vice Foreign Minister Tang Wenjie also plans to meet him.", []),
        ("with Counsellor Tang Wenjie of the embassy.", [["hao-ren", "tang-wenjie"]]),
    ],
)
def test_a_person_opening_a_clause_of_their_own_is_no_one_met_before_it(rest, pairs, registries):
    meetings = _meetings(_PROGRAMME_22M.format(rest=rest), registries, "2018-05-20")
    assert [m.participants for m in meetings if "hao-ren" in m.participants and "ivo-lind" not in m.participants] == (
        pairs
    )


# Lane i11s22m: a meeting dated the day of the meeting above ("Also on Tuesday, ..."), of someone of it, with no place
# of its own (nor a dateline city), was where that one was; never on another day, of others, or where the sentence
# names a place of its own.
@pytest.mark.parametrize(
    ("then", "place"),
    [
        ("Also on Tuesday, Ms. Kemp held talks with Director Lin Bo.", "shanghai"),
        (
            "Earlier on Tuesday, Ms. Kemp held talks with Director Lin Bo, to be followed by a visit in Hangzhou.",
            "shanghai",
        ),
        ("On Wednesday, Ms. Kemp held talks with Director Lin Bo.", None),
        ("Also on Tuesday, Director Tang Wenjie held talks with Director Lin Bo.", None),
        ("Also on Tuesday, Ms. Kemp held talks with Director Lin Bo at the Pudong Exhibition Centre.", None),
    ],
)
def test_a_meeting_the_same_day_of_someone_met_above_was_where_they_met(then, place, registries):
    text = f"Talks\n\nOn Tuesday, Vice Minister Hao Ren met with Ms. Ada Kemp in Shanghai. {then}\n"
    meetings = _meetings(text, registries, "2023-05-11")
    assert meetings[0].place == "shanghai"
    [later] = [m for m in meetings if "lin-bo" in m.participants]
    assert later.place == place


# Lane i11s22m: a date in a participle's clause of its own (", adopted in Marrakech earlier this month") is not the
# meeting's: the stop within a trip takes the trip's days; a clause that says when it was held keeps its date.
@pytest.mark.parametrize(
    ("clause", "days"),
    [
        ("on the Global Compact for Migration, adopted in Marrakech earlier this month", ("2018-12-10", "2018-12-14")),
        ("on a report, published by IOM on 3 December", ("2018-12-10", "2018-12-14")),
        ("on border management, held at the Palais des Nations on 12 December", ("2018-12-12", None)),
    ],
)
def test_a_date_in_a_participles_clause_is_not_the_meetings(clause, days, registries):
    text = (
        "Study visit\n\nFrom 10 to 14 December 2018, a delegation of the National Immigration Administration led by "
        f"Mr. Ivo Lind undertook a study visit to Switzerland. In Geneva, the delegation held a working session with "
        f"Ms. Ada Kemp {clause}.\n"
    )
    [session] = [m for m in _meetings(text, registries, "2018-12-17") if "ada-kemp" in m.participants]
    assert (session.date.value, session.date.end_value) == days


# Lane i11s22m: "A also held talks with C" ("He will also meet with C") right after a meeting of A told within a
# gathering ("During the conference, A met B") is within that gathering too, at its place; never a day apart, after
# another sentence, or of someone else; "During his stay in Paris" is never a visit elsewhere.
_CONFERENCE_22M = (
    "Minister attends conference\n\nThe Ministerial Conference on Migration was held in Paris from January 15 to 17. "
    "Vice Minister Hao Ren attended the conference. During the conference, Hao Ren met with Ada Kemp. {then}\n"
)


@pytest.mark.parametrize(
    ("then", "within"),
    [
        ("Hao Ren also held talks with Ivo Lind.", True),
        ("He also held talks with Ivo Lind.", True),
        ("Hao Ren also held talks with Ivo Lind the next day.", False),
        ("Hao Ren also held talks with Ivo Lind in Oslo last month.", False),
        ("Tang Wenjie also held talks with Ivo Lind.", False),
    ],
)
def test_a_meeting_told_also_right_after_one_within_a_gathering_is_within_it(then, within, registries):
    meetings = _meetings(_CONFERENCE_22M.format(then=then), registries, "2020-01-20")
    [kemp] = [m for m in meetings if "ada-kemp" in m.participants]
    [lind] = [m for m in meetings if "ivo-lind" in m.participants]
    assert (lind.parent == kemp.parent) is within


def test_a_stay_in_a_city_is_not_a_visit_elsewhere(registries):
    text = (
        "Visit\n\nFrom January 9 to 18, Vice Minister Hao Ren led a delegation to visit Slovakia and France. While in "
        "Slovakia, the delegation visited the Police Academy in Bratislava. During his stay in Paris, Hao Ren "
        "delivered a speech at the ministerial meeting.\n"
    )
    meetings = _meetings(text, registries, "2020-01-20")
    [speech] = [m for m in meetings if m.kind == "speech"]
    assert speech.parent is None or meetings[speech.parent].kind != "visit"


# Lane i11s22m: "The delegation left Beijing for Shanghai, where it will visit X": "it" is the delegation opening the
# sentence, a visit to come of its leader; "it" of anything else is no one's.
@pytest.mark.parametrize(
    ("subject", "visit"),
    [
        ("The delegation", [("visit", "planned", ["ivo-lind"], "shanghai")]),
        ("The Vietnamese delegation", [("visit", "planned", ["ivo-lind"], "shanghai")]),
        ("The exhibition", []),
    ],
)
def test_where_it_will_visit_is_the_delegations_next_stop(subject, visit, registries):
    text = (
        "Delegation\n\nOn April 9, Deputy Commissioner Hao Ren met in Beijing with a delegation led by Director "
        f"General Ivo Lind. {subject} left Beijing on April 11 for Shanghai, where it will visit the port.\n"
    )
    meetings = _meetings(text, registries, "2024-04-11")[1:]
    assert [(m.kind, m.status, m.participants, m.place) for m in meetings] == visit


# Lane i11s22m: a meeting in a ", where" clause about a place the registries do not hold ("began in Kunming, Yunnan
# province, where on 5 May she met ...") was there, never in the dateline's city; a registered one gives its place.
# Lane i11s23p: so is one the trigger, or the words right after it, place "in X" ("met yesterday in Dhaka with").
@pytest.mark.parametrize(
    ("opening", "met", "place"),
    [
        ("Her stay began in Kunming, Yunnan province, where on 5 May", "met with", None),
        ("She first travelled to Lijiang, where on 5 May", "met with", None),
        ("She first travelled to Shanghai, where on 5 May", "met with", "shanghai"),
        ("On 5 May, in the capital,", "met with", "beijing"),
        ("On 5 May,", "met yesterday in Dhaka with", None),
        ("On 5 May,", "held talks in Putrajaya with", None),
        ("On 5 May,", "met today at Putrajaya with", None),
        ("On 5 May,", "met yesterday in Shanghai with", "shanghai"),
        ("On 5 May,", "met in March with", "beijing"),
        ("On 5 May,", "held talks here in the afternoon with", "beijing"),
    ],
)
def test_a_where_clause_about_an_unregistered_place_is_not_the_datelines(opening, met, place, registries):
    text = f"Visit\n\nBEIJING, May 11 (Xinhua) -- {opening} Ms. Ada Kemp {met} Director Lin Bo.\n"
    [meeting] = _meetings(text, registries, "2023-05-11")
    assert meeting.place == place


# Lane i11s23p: an invitation to attend a meeting of a standing body the two sides hold ("invited A to attend the
# fifth meeting of the mechanism in Hanoi next year") is that meeting, planned, of the guest and both sides' bodies,
# at the place named after it; an invitation to a gathering of another holder, or of guests the text leaves unsure,
# is none.
_MECHANISM_23P = (
    "Delegation visits\n\nOn April 9, Hao Ren, Deputy Commissioner of the National Immigration Administration, met in "
    "Beijing with a delegation led by Ivo Lind, Director General of the Immigration Department of Viet Nam. {then}\n"
)


@pytest.mark.parametrize(
    ("then", "planned"),
    [
        (
            "Ivo Lind said the visit had been fruitful and invited Hao Ren to attend the fifth meeting of the "
            "mechanism in Hanoi next year. Hao accepted the invitation.",
            [(["hao-ren"], "2025")],
        ),
        ("He invited Hao Ren to attend the next session of the joint commission in 2025.", [(["hao-ren"], "2025")]),
        (
            "Ivo Lind invited Hao Ren to attend the Fifth Meeting of the China-Viet Nam Immigration Cooperation "
            "Mechanism in 2025.",
            [(["hao-ren"], "2025")],
        ),
        (
            "Ivo Lind invited Hao Ren to attend the next round of the bilateral consultations in 2025.",
            [(["hao-ren"], "2025")],
        ),
        ("Ivo Lind invited Hao Ren to attend a forum on border management in Hanoi next year.", []),
        ("Ivo Lind invited Hao Ren and Tang Wenjie to attend the next meeting of the working group.", []),
        ("Ivo Lind invited Hao Ren to visit Hanoi at a convenient time.", []),
    ],
)
def test_an_invitation_to_a_meeting_of_both_sides_mechanism_is_planned(then, planned, registries):
    meetings = _meetings(_MECHANISM_23P.format(then=then), registries, "2024-04-11")
    assert [(m.participants, m.date.value) for m in meetings if m.status == "planned"] == planned
    assert all(set(m.organizations) >= {"nia-china"} for m in meetings if m.status == "planned")


# Lane i11s23p: a session of a body the text says meets in a city ("The Executive Committee, which meets in Geneva
# every October") was held there, with its parts told with no place; never where the clause names a country, is about
# another body, or the session names a place of its own.
@pytest.mark.parametrize(
    ("closing", "place"),
    [
        ("The Executive Committee, which meets in Geneva every October, runs until Friday.", "geneva"),
        ("The Executive Committee, which holds its annual sessions in Geneva, runs until Friday.", "geneva"),
        ("The Executive Committee, which meets in Switzerland every October, runs until Friday.", None),
        ("The Human Rights Council, which meets in Geneva three times a year, was not in session.", None),
        ("The Executive Committee runs until Friday in a hall of the Palais des Nations.", None),
    ],
)
def test_a_session_of_a_body_that_meets_in_a_city_is_held_there(closing, place, registries):
    text = (
        "Session opens\n\nOpening the 76th session of UNHCR's Executive Committee on Monday, UN High Commissioner "
        f"for Refugees Ada Kemp told member states that funding had fallen. {closing}\n"
    )
    session, speech = _meetings(text, registries, "2025-10-08")[:2]
    assert (session.kind, session.place, speech.parent, speech.place) == ("conference", place, 0, place)


# Lane i11s23p: "a senior diplomat told the annual meeting ... on Tuesday" in the lede, then "Addressing the general
# debate, X said" on no day of its own: X's speech is the one the lede told, on its day, never the session's opening
# day; a speech with a day of its own, or a lede naming no day, leaves it as before.
@pytest.mark.parametrize(
    ("lede", "address", "day"),
    [
        ("a senior diplomat told the annual meeting of the agency's governing body on Tuesday", "", "2025-10-07"),
        ("an official told the session in Geneva on Tuesday", "", "2025-10-07"),
        (
            "a senior diplomat told the annual meeting of the agency's governing body on Tuesday",
            " on Wednesday",
            "2025-10-08",
        ),
        ("a senior diplomat said", "", "2025-10-06"),
    ],
)
def test_a_general_debate_speech_told_in_the_lede_takes_its_day(lede, address, day, registries):
    text = (
        f"Support pledged\n\nThe country will keep up its support for refugees, {lede}.\nOpening the 76th session of "
        "UNHCR's Executive Committee on Monday, UN High Commissioner for Refugees Ada Kemp told member states that "
        f"funding had fallen.\nAddressing the general debate{address}, Ambassador Hao Ren said that his country "
        "supported the agency.\n"
    )
    [speech] = [m for m in _meetings(text, registries, "2025-10-09") if m.participants == ["hao-ren"]]
    assert (speech.kind, speech.date.value) == ("speech", day)


# Lane i11s23p: "A invited the BI to send officers to a training program in China next year" is that programme, planned,
# held by the body A acts for and the one whose delegation A led; never an invitation to send anything else, nor one no
# single person makes.
_SEND_23P = (
    "Delegation received\n\nMANILA - Commissioner Ivo Lind received a delegation from the National Immigration "
    "Administration led by Hao Ren, Director-General of its Department of Foreigners' Affairs, on Wednesday. {then}\n"
)


@pytest.mark.parametrize(
    ("then", "bodies"),
    [
        ("Hao, for his part, invited the bureau to send officers to a training program in China next year.", True),
        ("Hao Ren invited the bureau to send two officials to the next course in China in 2019.", True),
        ("Hao invited the bureau to send its views on the draft rules next year.", False),
        ("The two sides invited other agencies to send officers to a training program in China next year.", False),
    ],
)
def test_an_invitation_to_send_officers_to_a_course_is_the_inviters_planned_course(then, bodies, registries):
    meetings = _meetings(_SEND_23P.format(then=then), registries, "2018-11-08")
    planned = [m for m in meetings if m.status == "planned"]
    assert [("nia-china" in m.organizations, m.date.value, m.place) for m in planned] == (
        [(True, "2019", "china")] if bodies else []
    )


# Lane i11s23p: "The delegation will also call on Inspector-General A" is a call to come, of the delegation's leader
# and A, as "will call on A" is; an unnamed post ("the Inspector-General of Police") or a call to act is none.
@pytest.mark.parametrize(
    ("then", "calls"),
    [
        (
            "The delegation will also call on Inspector-General Tang Wenjie before leaving for Beijing.",
            [["tang-wenjie"]],
        ),
        ("The delegation will call on Inspector-General Tang Wenjie before leaving for Beijing.", [["tang-wenjie"]]),
        ("The delegation will also call on the Inspector-General of Police before leaving for Beijing.", []),
        ("Mr. Hao will also call on Malaysia to join the regional network on migration.", []),
    ],
)
def test_a_call_to_come_told_with_also_is_planned(then, calls, registries):
    text = (
        "MEDIA STATEMENT\n\nThe Secretary-General of the Ministry of Home Affairs, Ivo Lind, received a delegation from "
        "the Ministry of Public Security of the People's Republic of China led by Mr. Hao Ren, Assistant Minister of "
        f"Public Security, in Putrajaya on 9 October 2012.\n\n{then}\n"
    )
    planned = [m for m in _meetings(text, registries, "2012-10-10") if m.status == "planned"]
    assert [[p for p in m.participants if p != "hao-ren"] for m in planned] == calls


# Lane i11s23b: wire copy republished hard-wrapped with neither headline nor dateline opens its first sentence on its
# first line; a credit line after the body ("(Nordic Press Agency May 3, 2011)", "Source: Xinhua | 2011-05-03")
# dates the story and names its source, and is never part of the body.
_WIRE_23B = (
    "The International Organization for Migration (IOM) will open a\n"
    "training centre for border officials in the city of Kunming, said\n"
    "Ivo Lind, the organization's regional director, on Thursday.\n"
    "Lind said the centre would serve officials from six countries along\n"
    "the Mekong River and would run its first course in the autumn.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "titled"),
    [
        ("will open a", "training centre for border officials in the city of Kunming, said", False),
        ("will provide its full support to the", "Chinese government in the training of officials, said", False),
        ("will open,", "Lind said, a training centre for border officials in the city of Kunming", False),
        ("opens training centre", "Ivo Lind, the organization's regional director, said on Thursday that", True),
        ("to open training centre in Kunming", "The centre would serve officials from six countries, said", True),
    ],
)
def test_a_first_line_runs_on_into_the_first_sentence_only_when_it_plainly_does(first, second, titled):
    text = _WIRE_23B.replace("will open a", first).replace(
        "training centre for border officials in the city of Kunming, said", second
    )
    layout = find_layout(text)
    assert (layout.title is not None) is titled
    assert (layout.body[0] == 0) is not titled


@pytest.mark.parametrize("after", ["\n\n", "\nby Ada Kemp\n"])
def test_a_headline_standing_apart_stays_a_headline_in_wrapped_copy(after):
    text = "IOM to open training centre for border officials" + after + _WIRE_23B
    layout = find_layout(text)
    assert text[slice(*layout.title)] == "IOM to open training centre for border officials"
    assert text[layout.body[0] :].startswith("The International Organization")


@pytest.mark.parametrize(
    ("credit", "published", "source"),
    [
        ("(Nordic Press Agency May 3, 2011)", "2011-05-03", "Nordic Press Agency"),
        ("Source: Xinhua | 2011-05-03", "2011-05-03", "Xinhua"),
        ("(Source: Xinhua, 3 May 2011)", "2011-05-03", "Xinhua"),
        ("(China Daily)", None, "China Daily"),
        ("(China Daily 05/03/2011 page2)", None, "China Daily"),  # day and month either way round
        ("(China Daily 05/13/2011 page2)", "2011-05-13", "China Daily"),
        ("(END)", None, None),
        ("(Edited by Li Wei)", None, None),
        ("(Reporter: Li Wei)", None, None),
    ],
)
def test_a_credit_line_after_the_body_dates_the_story_and_names_its_source(credit, published, source, registries):
    text = _WIRE_23B + credit + "\n"
    draft = draft_article("t", text, registries, [])
    assert text[: draft.layout.body[1]].endswith("in the autumn.")
    assert (draft.published.value if draft.published else None) == published
    found = credit_line(text, draft.layout)
    assert (text[slice(*found[1])] if found else None) == source


def test_a_credit_lines_date_is_stated_and_the_page_metadata_only_inferred(registries):
    draft = draft_article("t", _WIRE_23B + "(Xinhua News Agency May 3, 2011)\n", registries, [], "2011-05-04")
    assert (draft.published.value, draft.published.basis, draft.published.quote) == (
        "2011-05-03",
        "stated",
        "May 3, 2011",
    )


def test_related_stories_after_the_body_are_no_credit_line(registries):
    text = _WIRE_23B + "Related stories\nIOM opens office in Kunming\nLaos and IOM sign pact\n(China Daily)\n"
    draft = draft_article("t", text, registries, [])
    assert draft.published is None


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        (None, "xinhua"),
        ("http://www.example-news.org/2011-05/04/content_1.htm", "xinhua"),  # an address no publisher registers
        ("http://en.people.cn/n3/2011/0504/c90000-1.html", "people-daily-online"),  # the registered domain wins
    ],
)
def test_the_credit_lines_source_is_the_publisher_when_the_address_gives_none(url, publisher, seeds_copy, tmp_path):
    source = tmp_path / "wire.txt"
    source.write_text(_WIRE_23B + "(Xinhua News Agency May 3, 2011)\n", encoding="utf-8")
    added = add_article(source, seeds_copy, url=url, today=dt.date(2026, 1, 5))
    assert f"  publisher: {publisher}\n" in added.yaml_path.read_text(encoding="utf-8")


# Lane i11s23b: governments sign off with the place on a line of its own and the month in capitals ("PUTRAJAYA" /
# "1 JUNE 2021", "Kuala Lumpur, 1 JUNE 2021"), or open with such a dateline; a capital "MAY" next to no number is no
# month.
_RELEASE_23B = (
    "{head}Home Minister receives IOM delegation\n\n"
    "{dateline}The Minister of Home Affairs, Datuk Seri Amran Yusof, received a courtesy call from Ms. Ada Kemp, "
    "Chief of Mission of the International Organization for Migration, at his office yesterday.\n\n"
    "Both sides discussed cooperation on the protection of migrant workers and on the fight against trafficking.\n\n"
    "{sign}"
)


@pytest.mark.parametrize(
    ("head", "dateline", "sign", "published"),
    [
        ("", "", "MINISTRY OF HOME AFFAIRS\nPUTRAJAYA\n1 JUNE 2021\n", ("2021-06-01", "1 JUNE 2021")),
        ("", "", "Ministry of Foreign Affairs, Malaysia\nKuala Lumpur, 1 JUNE 2021\n", ("2021-06-01", "1 JUNE 2021")),
        ("", "", "WISMA PUTRA\nKUALA LUMPUR\nSEPTEMBER 14, 2019\n", ("2019-09-14", "SEPTEMBER 14, 2019")),
        ("", "PUTRAJAYA, 1 JUNE 2021 - ", "", ("2021-06-01", "1 JUNE 2021")),
        ("PRESS RELEASE\n", "", "THE MINISTRY MAY ISSUE A FURTHER STATEMENT\n", None),
        ("", "", "PUTRAJAYA\n1 JUNE 2021\n\nRELATED\nIOM SIGNS PACT\n3 MAY 2021\n", None),
    ],
)
def test_a_governments_sign_off_in_capitals_dates_its_release(head, dateline, sign, published, registries):
    text = _RELEASE_23B.format(head=head, dateline=dateline, sign=sign)
    draft = draft_article("t", text, registries, [])
    assert ((draft.published.value, draft.published.quote) if draft.published else None) == published
    if published and published[0] == "2021-06-01":  # the release's day anchors "yesterday"
        assert next(d.value for d in draft.dates if d.quote == "yesterday") == "2021-05-31"


# Lane i11s23b: a page of a Chinese embassy's site ("ke.china-embassy.gov.cn", "np.chineseembassy.org",
# "www.chinaembassy.org.sg") names its country; the one bare "Ambassador" of no other country on it, whose mission the
# text does not name, is at China's embassy there (the registered one, else one proposed with the address as basis).
_EMBASSY_PAGE_23B = (
    "Ambassador {envoy} Meets with IOM Chief of Mission\n\n"
    "On May 5, {lead}Ambassador {envoy}{after} met with Ms. Ada Kemp, Chief of Mission of the International "
    "Organization for Migration (IOM), and briefed her on China's support to refugees.{more}\n\n"
    "Counsellor Tang Wenjie of the Embassy was present.\n"
)


@pytest.mark.parametrize(
    ("url", "lead", "after", "more", "embassy"),
    [
        ("http://fr.china-embassy.gov.cn/eng/zgyw/202105/t20210506_1.htm", "", "", "", "china-embassy-france"),
        ("http://www.chinaembassy.org.sk/eng/dsxx/t1.htm", "H.E. ", "", "", "china-embassy-slovakia"),
        (
            "http://ke.china-embassy.gov.cn/eng/sgdt/t2.htm",
            "",
            "",
            "",
            "Embassy of the People's Republic of China in Kenya",
        ),
        (None, "", "", "", None),
        ("https://www.fmprc.gov.cn/eng/wjb/t3.html", "", "", "", None),
        ("http://fr.china-embassy.gov.cn/eng/t4.htm", "Kenyan ", "", "", None),
        ("http://fr.china-embassy.gov.cn/eng/t5.htm", "former ", "", "", None),
        ("http://fr.china-embassy.gov.cn/eng/t6.htm", "", " of Kenya", "", None),
        ("http://fr.china-embassy.gov.cn/eng/t7.htm", "", "", " Ambassador Ivo Lind also attended.", None),
    ],
)
def test_an_ambassador_on_a_chinese_embassys_page_is_at_that_embassy(url, lead, after, more, embassy, registries):
    text = _EMBASSY_PAGE_23B.format(envoy="Lu Wen", lead=lead, after=after, more=more)
    draft = draft_article("t", text, registries, [], "2021-05-06", None, url)
    [role] = [r for r in draft.roles if r.person == "lu-wen"]
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries}
    assert names.get(role.organization, role.organization) == embassy
    [counsellor] = [r for r in draft.roles if r.title == "Counsellor"]
    assert counsellor.organization == role.organization  # the embassy's staff are at the same embassy
    if embassy and embassy.startswith("Embassy"):
        [entry] = [e for e in draft.new_entries if e.fields["id"] == role.organization]
        assert url in entry.fields["note"] and entry.fields["kind"] == "diplomatic_mission"


# Lane i11s23b: a Chinese consul general's title naming a city ("Consul General of the People's Republic of China in
# Chiang Mai", "Chinese Consul General in Mumbai") puts the role, and the consulate's other diplomats, at China's
# consulate general there; another country's consul general, or a country for a city, gives none.
@pytest.mark.parametrize(
    ("title", "consulate"),
    [
        ("Ms. Mo Lin, Consul General of the People's Republic of China in Chiang Mai,", "Chiang Mai"),
        ("Ms. Mo Lin, Chinese Consul General in Mumbai,", "Mumbai"),
        ("Ms. Mo Lin, Consul General of Thailand in Kunming,", None),
        ("Ms. Mo Lin, Consul General of the People's Republic of China in Thailand,", None),
    ],
)
def test_a_chinese_consul_generals_title_names_the_consulate(title, consulate, registries):
    text = (
        f"Consul General receives IOM\n\nOn 8 September, {title} received Mr. Ivo Lind, Head of the IOM Sub-Office, "
        "at the residence.\n\nVice Consul Ou Jian was also present at the meeting.\n"
    )
    draft = draft_article("t", text, registries, [], "2021-09-09")
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries}
    held = {r.title: names.get(r.organization) for r in draft.roles if r.person in ("mo-lin", "ou-jian")}
    expected = consulate and f"Consulate General of the People's Republic of China in {consulate}"
    assert held.get("Consul General") == expected and held.get("Vice Consul") == expected


# Lane i11s23b: a page of a Chinese consulate's site spelling a registered city in its host name
# ("geneva.china-consulate.gov.cn") puts its one bare "Consul General" at China's consulate general there; a host name
# that spells no registered city ("sf.china-consulate.gov.cn") gives none.
@pytest.mark.parametrize(
    ("url", "lead", "consulate"),
    [
        ("http://geneva.china-consulate.gov.cn/eng/lgxw/t1.htm", "", "Geneva"),
        ("http://www.geneva.china-consulate.org/eng/lgxw/t2.htm", "Chinese ", "Geneva"),
        ("http://sf.china-consulate.gov.cn/eng/lgxw/t3.htm", "", None),
        ("http://geneva.china-consulate.gov.cn/eng/lgxw/t4.htm", "Thai ", None),
        ("http://geneva.example.org/eng/t5.htm", "", None),
    ],
)
def test_a_consul_general_on_a_chinese_consulates_page_is_at_that_consulate(url, lead, consulate, registries):
    text = (
        f"Consul General Meets IOM\n\nOn 8 September, {lead}Consul General Mo Lin met with Mr. Ivo Lind, Head of the "
        "IOM Sub-Office, at the Consulate General.\n\nVice Consul Ou Jian was also present at the meeting.\n"
    )
    draft = draft_article("t", text, registries, [], "2021-09-09", None, url)
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries}
    [role] = [r for r in draft.roles if r.person == "mo-lin"]
    expected = consulate and f"Consulate General of the People's Republic of China in {consulate}"
    assert names.get(role.organization) == expected


def test_a_credit_line_naming_an_unregistered_source_leaves_the_publisher_to_the_reviewer(seeds_copy, tmp_path):
    source = tmp_path / "wire.txt"
    source.write_text(_WIRE_23B + "(Nordic Daily May 3, 2011)\n", encoding="utf-8")
    added = add_article(source, seeds_copy, today=dt.date(2026, 1, 5))
    draft = added.yaml_path.read_text(encoding="utf-8")
    assert "  publisher: null\n" in draft and "Nordic Daily" in draft  # no guess from the organizations named


# Lane i11s24y: a page on a site no registered organization publishes under (a news portal republishing an interview,
# a diaspora site, a regional portal) names the agencies it reports on most; they are not its publisher. The publisher
# comes from the address (a registered domain, or the acronym of an organization the text names in its host), the
# credit line or the dateline's agency; otherwise it is left null with a problem naming the site.
_INTERVIEW_24Y = (
    "Refugee agency hails partnership\n\n"
    "{lead} the UN Refugee Agency (UNHCR) has worked with China for four decades, said Ada Kemp, UNHCR's "
    "Representative in China. UNHCR hopes to deepen that work, Kemp said. {tail}\n"
)


@pytest.mark.parametrize(
    ("url", "lead", "tail"),
    [
        ("http://www.example-portal.net/2019-05/07/content_1.htm", "Speaking in an interview,", ""),
        ("https://diaspora-news.ca/portal.php?aid=12", "In Beijing on Friday,", "UNHCR thanked donors."),
        ("http://eng.regional-daily.cn/china/1499.shtml", "On Wednesday,", "IOM was not mentioned."),
    ],
)
def test_a_page_on_an_unregistered_site_has_no_guessed_publisher(url, lead, tail, seeds_copy, tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(_INTERVIEW_24Y.format(lead=lead, tail=tail), encoding="utf-8")
    added = add_article(source, seeds_copy, url=url, today=dt.date(2026, 1, 5))
    draft = added.yaml_path.read_text(encoding="utf-8")
    host = url.split("/")[2].removeprefix("www.")
    assert "  publisher: null\n" in draft and f"no registered organization publishes under ''{host}''" in draft


@pytest.mark.parametrize(
    ("url", "text", "publisher"),
    [
        # the host spells the acronym of an organization the text names: that organization, though others are named more
        (
            "http://en.cidca.gov.cn/2023-01/12/c_1.htm",
            "CIDCA official meets UNHCR representative\n\nLi Wei of the CIDCA met with Ada Kemp, UNHCR's representative"
            " in China, on Jan 10. UNHCR thanked China. UNHCR will help refugees.\n",
            "cidca",
        ),
        (
            "https://www.unhcr.org/news/1.html",
            "IOM and UNHCR talk\n\nGENEVA - IOM and UNHCR held talks. IOM said the IOM office would help. IOM agreed.\n",
            "unhcr",
        ),
        # a dateline's agency still gives the publisher of a republished story
        (
            "http://www.example-portal.net/2011-05/04/content_1.htm",
            "Talks held\n\nBEIJING, May 3 (Xinhua) -- UNHCR and IOM officials met here on Tuesday. UNHCR said so.\n",
            "xinhua",
        ),
        # no address: the organization named most often is still the flagged guess
        (None, _INTERVIEW_24Y.format(lead="On Wednesday,", tail=""), "unhcr"),
    ],
)
def test_the_publisher_comes_from_the_address_dateline_or_text(url, text, publisher, seeds_copy, tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    added = add_article(source, seeds_copy, url=url, today=dt.date(2026, 1, 5))
    assert f"  publisher: {publisher}\n" in added.yaml_path.read_text(encoding="utf-8")


def test_an_acronym_in_the_host_of_an_organization_the_text_does_not_name_gives_no_publisher(seeds_copy, tmp_path):
    source = tmp_path / "page.txt"  # "mfa" in another country's ministry's host, the text naming IOM only
    source.write_text("IOM visit\n\nIOM officials visited the ministry on Monday. IOM said so.\n", encoding="utf-8")
    added = add_article(source, seeds_copy, url="https://www.mfa.gov.example/news/1.html", today=dt.date(2026, 1, 5))
    assert "  publisher: null\n" in added.yaml_path.read_text(encoding="utf-8")


# Lane i11s24y: a gathering named with a body's word inside it ("the 24th International Border Police Conference
# (IBPC)", "the Regional Immigration Service Summit") is an event, never a new organization, with or without its
# acronym; a standing body named "Forum on ..." or a name running past the gathering's word stays one.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ivo Lind led a delegation to attend the 24th International Border Police Conference (IBPC) in Warsaw.", []),
        ("Ada Kemp addressed the Annual Border Police Conference in Riga on Monday.", []),
        ("The Regional Immigration Service Summit opened in Hanoi.", []),
        ("Officials attended the Immigration Department Seminar (IDS) in Suva.", []),
        ("The Police Academy Symposium closed on Friday.", []),
        (
            "Ivo Lind met the head of the Forum on China-Africa Cooperation (FOCAC) secretariat.",
            ["Forum on China-Africa Cooperation"],
        ),
        ("Ada Kemp visited the Nordic Police Academy in Oslo.", ["Nordic Police Academy"]),
        (
            "Ivo Lind spoke at the Conference Secretariat of the Border Police Union (BPU).",
            ["Border Police Union"],
        ),
    ],
)
def test_a_gatherings_name_is_no_organization(sentence, expected):
    assert [c.name for c in organization_candidates(sentence)] == expected


# Lane i11s24y: a body's name followed by an acronym without brackets ("said United Nations Refugee Agency UNHCR
# chief Filippo Grandi") ends before the acronym: the name is a variant of the registered body, never a new one
# spelled with its acronym; an acronym after "of the" or after another acronym is part of the name.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("said United Nations Refugee Agency UNHCR chief Ada Kemp on Friday.", ["United Nations Refugee Agency"]),
        ("Officers of the Philippine National Police PNP met here.", ["Philippine National Police"]),
        ("The Ministry of Public Security MPS hosted the talks.", ["Ministry of Public Security"]),
        ("Ada Kemp of the Department of Immigration DOI spoke.", ["Department of Immigration"]),
        ("A letter reached the Office of the UNHCR in Geneva.", ["Office of the UNHCR in Geneva"]),
        ("Ivo Lind thanked the UN DESA Office for its work.", ["UN DESA Office"]),
        ("Ivo Lind visited the Embassy of the PRC on Monday.", ["Embassy of the PRC"]),
    ],
)
def test_an_unbracketed_acronym_ends_a_bodys_name(sentence, expected):
    assert [c.name for c in organization_candidates(sentence)] == expected


def test_a_registered_bodys_name_with_its_unbracketed_acronym_is_no_new_organization(registries):
    text = (
        "Refugee chief ends visit\n\nChina can help refugees, said United Nations Refugee Agency UNHCR chief Filippo "
        "Grandi, who ended a visit to China on Saturday.\n"
    )
    draft = draft_article("t", text, registries, [], "2018-06-10")
    assert not [e for e in draft.new_entries if e.kind == "organizations"]
    assert any(m.entity_id == "unhcr" for m in draft.mentions if m.kind == "organizations")


# Lane i11s24y: a name with its acronym that the text calls a project or programme ('IOM's "Capacity Building for
# Migration Management (CBMM) in China" project', "the BMS programme") is no organization; a body with its acronym
# that the text never calls so stays one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The seminar is part of IOM\'s "Capacity Building for Migration Management (CBMM) in China" project. The '
            "CBMM project is funded by donors.",
            [],
        ),
        ("The Border Management Support (BMS) programme ends in May.", []),
        ("Ada Kemp launched Safe Routes for Labour Migrants (SRLM). The SRLM Programme runs to 2026.", []),
        (
            "Ivo Lind opened the Migrant Resource Centre (MRC) in Suva. The MRC helps returnees.",
            ["Migrant Resource Centre"],
        ),
        (
            "Ada Kemp met the Border Management Unit (BMU), which runs a project in Laos.",
            ["Border Management Unit"],
        ),
    ],
)
def test_a_named_project_is_no_organization(text, expected):
    assert [c.name for c in organization_candidates(text)] == expected


# Lane i11s24y: a statement's headline with an honorific before the title ("Statement by H.E. Ambassador Ada Kemp at
# ...", "Statement of Ambassador Ivo Lind, Leader of ...") gave a role whose span ended on the space before the name,
# which no quote selector could find: the draft was lost to "drafting failed". A role's span never has a space at an
# edge, and the draft keeps the role.
@pytest.mark.parametrize(
    "headline",
    [
        "Statement by H.E. Ambassador Ada Kemp at the 115th Session of the IOM Council",
        "Statement of Ambassador Ada Kemp, Leader of the Chinese Delegation, At the Intergovernmental Conference",
        "Remarks by H. E. Ambassador Ada Kemp at the General Debate",
    ],
)
def test_a_statements_headline_role_is_quoted_without_edge_spaces(headline, seeds_copy, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(
        f"{headline}\n2024-11-28 21:04\n\nMr. Chair,\n\nChina appreciates the work of the IOM and supports the "
        "Global Compact for Migration.\n",
        encoding="utf-8",
    )
    added = add_article(source, seeds_copy, today=dt.date(2026, 1, 5))
    draft = added.yaml_path.read_text(encoding="utf-8")
    assert "drafting failed" not in draft and "person: ada-kemp" in draft
    spans = [added.draft.text[r.start : r.end] for r in added.draft.roles]
    assert spans and all(span == span.strip() for span in spans)


# Lane i11s24y: a post's word before a body's head word is part of the body's name ("UNHCR Representative Office in
# China"), so the name keeps its owner rather than becoming an ownerless "Representative Office in China"; a post
# before a person's name still ends the body before it.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Photo courtesy of UNHCR Representative Office in China.", ["UNHCR Representative Office in China"]),
        (
            "Staff of the Nordic Aid Representative Office in Laos met him.",
            ["Nordic Aid Representative Office in Laos"],
        ),
        ("The Ministry of Public Security Deputy Director Ada Kemp spoke.", ["Ministry of Public Security"]),
        ("Ivo Lind, Representative of the Nordic Aid Office, spoke.", ["Nordic Aid Office"]),
    ],
)
def test_a_posts_word_before_a_head_word_stays_in_the_bodys_name(sentence, expected):
    assert [c.name for c in organization_candidates(sentence)] == expected


# Lane i11s24y: a site's copyright line after the article ("Copyright © China International Development Cooperation
# Agency. All rights reserved. Presented by China Daily.") is a footer: the body ends before it and proposes no
# organization from it; a paragraph that speaks of copyright stays in the body.
_CIDCA_STYLE_24Y = (
    "CIDCA official meets IOM envoy\n\nCIDCA| Updated: 2023-01-12\n\nLi Wei, vice-chairman of the China International "
    "Development Cooperation Agency (CIDCA), met with Ada Kemp, IOM's representative in China, on Jan 10, 2023.\n\n"
    "The two sides exchanged views on issues of mutual concern and agreed to keep in close touch.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright © China International Development Cooperation Agency. All rights reserved. Presented by Nordic "
        "Daily.\n",
        "© 2023 Nordic Daily Media Group. All rights reserved.\n",
        "COPYRIGHT 2023 Nordic Times. Reproduction without permission is prohibited.\n",
    ],
)
def test_a_copyright_line_ends_the_body(footer, registries):
    text = _CIDCA_STYLE_24Y + footer
    draft = draft_article("t", text, registries, [])
    assert text[: draft.layout.body[1]].rstrip().endswith("agreed to keep in close touch.")
    assert not [e for e in draft.new_entries if "Nordic" in e.fields["name"]]


def test_a_paragraph_on_copyright_stays_in_the_body(registries):
    text = _CIDCA_STYLE_24Y + "Copyright protection for migrant artists was also discussed at the meeting in Beijing.\n"
    draft = draft_article("t", text, registries, [])
    assert text[: draft.layout.body[1]].rstrip().endswith("discussed at the meeting in Beijing.")


# Lane i11s24x: a statement's headline naming a registered speaker after a form of address ("Statement by H.E.
# Ambassador Chen Xu at ...") gave a role whose quote ended in the space before the name, and the draft failed on it.
@pytest.mark.parametrize(
    "headline",
    [
        "Statement by H.E. Ambassador Chen Xu at the 114th Session of the IOM Council",
        "Remarks by H.E. Ambassador MA Zhaoxu, Head of the Chinese Delegation, at the Special Session",
        "Statement by Ambassador Chen Xu at the General Debate of the 110th Session of the Council",
        "Keynote Speech by H.E. Ambassador Chen Xu on World Refugee Day",
    ],
)
def test_a_statement_headline_naming_a_registered_speaker_is_drafted(headline, seeds_copy, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(
        f"{headline}\n2023-11-29 18:40\n\nMr. Chair,\n\nDistinguished delegates,\n\n"
        "China appreciates the work of the Director General and her team over the past year, and I would like to make "
        "two points.\n\nFirst, we support the Global Compact for Migration.\n",
        encoding="utf-8",
    )
    draft = add_article(source, seeds_copy, today=dt.date(2026, 1, 5)).yaml_path.read_text(encoding="utf-8")
    assert "drafting failed" not in draft
    roles = find_roles(source.read_text(encoding="utf-8"), [], [], {}, {"chen xu": "chen-xu", "ma zhaoxu": "ma-zhaoxu"})
    text = source.read_text(encoding="utf-8")
    assert roles and all(text[r.start : r.end] == text[r.start : r.end].strip() for r in roles)


# Lane i11s24x: "This year marks the 65th anniversary of the IOM" tells what a date falls on; no gathering is held.
@pytest.mark.parametrize(
    "sentence, held",
    [
        ("This year marks the 65th anniversary of the International Organization for Migration.", False),
        ("2026 marks the tenth anniversary of China's membership of IOM, Ambassador Chen Xu said.", False),
        ("Today marks the first anniversary of the founding of the National Immigration Administration.", False),
        ("The year marked the 20th anniversary of official relations between China and IOM.", False),
        ("The IOM marked its 70th anniversary with a reception in Beijing on 19 April 2021.", True),
        ("The National Immigration Administration celebrated its first anniversary at a reception on Tuesday.", True),
    ],
)
def test_a_date_that_falls_on_an_anniversary_is_no_gathering(sentence, held, registries):
    meetings = _meetings(f"GENEVA, May 2 -- {sentence}\n", registries, "2021-05-02")
    assert bool(meetings) == held


# Lane i11s24x: "Grandi has visited China twice" counts visits; no one visit is told (nor dated by "Taking office in
# 2016").
@pytest.mark.parametrize(
    "sentence, visits",
    [
        ("Taking office in 2016, Grandi has visited China twice and pledged to come annually.", 0),
        ("Swing visited the country three times between 2013 and 2016.", 0),
        ("Vitorino has visited Beijing on several occasions since 2018.", 0),
        ("Grandi visited China in June 2017 and met officials of the Ministry of Civil Affairs.", 1),
        ("Swing visited Shanghai on Tuesday, a day after talks in Beijing.", 1),
    ],
)
def test_visits_counted_are_no_meeting(sentence, visits, registries):
    meetings = _meetings(f"BEIJING, June 9 (Xinhua) -- {sentence}\n", registries, "2018-06-09")
    assert len([m for m in meetings if m.kind in ("visit", "trip")]) == visits


# Lane i11s24x: a photo caption printed twice (its alt text and its caption, run together with the credit) is one
# speech, not two (the second with the credit's agency as a participant); the same people meeting again on another
# day, or in one sentence, stay two meetings.
@pytest.mark.parametrize(
    "text, count",
    [
        (
            "UN High Commissioner for Refugees Filippo Grandi addresses students at Peking University in Beijing. "
            "© UNHCR/Ada Kemp UN High Commissioner for Refugees Filippo Grandi addresses students at Peking "
            "University in Beijing.\n\nHe called for more support to host countries.\n",
            1,
        ),
        (
            "Filippo Grandi met with Xu Ganlu in Beijing on June 5.\n\nFilippo Grandi met with Xu Ganlu in Beijing "
            "on June 5.\n\nThe two discussed refugee protection.\n",
            1,
        ),
        (
            "Filippo Grandi met with Xu Ganlu in Beijing on June 5.\n\nFilippo Grandi met with Xu Ganlu in Geneva "
            "on June 5.\n",
            2,
        ),
        (
            "Filippo Grandi met with Xu Ganlu in Beijing on June 5.\n\nOn June 7, Filippo Grandi met with Xu Ganlu "
            "in Beijing again.\n",
            2,
        ),
    ],
)
def test_a_report_printed_twice_is_one_meeting(text, count, registries):
    assert len(_meetings(text, registries, "2017-06-08")) == count


# Lane i11s24x: "A met with B, who attended the Forum in Beijing" says B was at the forum, not A; "At the Forum, A met
# with B" puts both there.
@pytest.mark.parametrize(
    "sentence, attendees",
    [
        (
            "Qin Gang on Monday met with António Vitorino, who attended the Second Global Forum on Migration in Beijing.",
            ["antonio-vitorino"],
        ),
        (
            "Qin Gang on Monday met with António Vitorino, who was attending the Second Global Forum on Migration in "
            "Beijing.",
            ["antonio-vitorino"],
        ),
        (
            "At the Second Global Forum on Migration in Beijing on Monday, Qin Gang met with António Vitorino.",
            ["qin-gang", "antonio-vitorino"],
        ),
    ],
)
def test_who_attended_a_gathering_in_a_relative_clause_is_alone_at_it(sentence, attendees, registries):
    forum, talks = _meetings(f"BEIJING, April 4 (Xinhua) -- {sentence}\n", registries, "2023-04-04")
    assert forum.kind == "forum" and forum.participants == attendees
    assert talks.participants == ["qin-gang", "antonio-vitorino"] and talks.parent == 0


# Lane i11s24x: "a study tour bringing officials to Tanzania to learn about X and meet with counterparts" says what the
# trip was for; no meeting of IOM with the officials it brought is told. A meeting planned ("is scheduled to visit A
# and meet with B") or held for a purpose ("met with B to discuss") stays.
@pytest.mark.parametrize(
    "sentence, meetings",
    [
        (
            "IOM has completed a six-day study tour bringing immigration officials of Ruritania to Tanzania to learn "
            "about border management and meet with Tanzanian counterparts.",
            [],
        ),
        ("The delegation came to Geneva to study migration data and meet with officials of IOM.", []),
        (
            "Filippo Grandi is scheduled to visit Beijing and meet with Xu Ganlu on Tuesday.",
            [("visit", ["filippo-grandi"]), ("bilateral_talks", ["filippo-grandi", "xu-ganlu"])],
        ),
        (
            "Xu Ganlu met with Filippo Grandi on Monday to discuss refugee protection.",
            [("bilateral_talks", ["xu-ganlu", "filippo-grandi"])],
        ),
    ],
)
def test_what_a_trip_was_for_is_no_meeting(sentence, meetings, registries):
    found = _meetings(f"BEIJING, April 4 (Xinhua) -- {sentence}\n", registries, "2023-04-04")
    assert [(m.kind, m.participants) for m in found] == meetings


# Lane i11s24x: a republished story whose one paragraph ends with its source in brackets after the last stop ("...
# of the United Nations. (Xinhua)") had no line that read as running text, and the headline was taken for the body.
@pytest.mark.parametrize("source", ["(Xinhua)", "(New News Agency)", "(AP)"])
def test_a_paragraph_ending_with_its_source_in_brackets_is_the_body(source, registries):
    paragraph = (
        "State Councilor Qin Gang met with Director General Vitorino of the International Organization for "
        f"Migration in Beijing on the 3rd. Both sides agreed to deepen cooperation on migration governance. {source}"
    )
    text = (
        "Qin Gang Meets with Director General Vitorino\n\n2023-04-04\n\n"
        f"{paragraph}\n\nEditor: Ada Kemp\n\nReturn to list\n"
    )
    layout = find_layout(text)
    assert text[slice(*layout.body)] == paragraph[: -len(source) - 1]
    assert [m.participants for m in draft_article("t", text, registries, []).meetings] == [
        ["qin-gang", "antonio-vitorino"]
    ]


@pytest.mark.parametrize("ending", ["in Oslo on Monday (local time).", "in Oslo (Norway) on Monday."])
def test_brackets_inside_the_last_sentence_stay_in_the_body(ending):
    paragraph = f"Ivo Lind of the Nordic Labour Organization met Ada Kemp to discuss labour migration {ending}"
    text = f"Headline of the page\n\n{paragraph}\n"
    assert text[slice(*find_layout(text).body)] == paragraph


# Lane i11s24x: ", who also attended the Forum" tells of the person just named, in a sentence reporting a meeting of
# its own: neither a sentence dropped as an addition to no meeting, nor both people added to the meeting above. "Vice
# Minister Ma Zhaoxu also attended the meeting" still adds to the talks above.
@pytest.mark.parametrize(
    "before, sentence, expected",
    [
        (
            "",
            "Qin Gang on Monday met with António Vitorino, who also attended the Second Global Forum on Migration in "
            "Beijing.",
            [["antonio-vitorino"], ["qin-gang", "antonio-vitorino"]],
        ),
        (
            "Xu Ganlu met with Filippo Grandi on Sunday.\n\n",
            "Qin Gang on Monday met with António Vitorino, who also attended the Second Global Forum on Migration in "
            "Beijing.",
            [["xu-ganlu", "filippo-grandi"], ["antonio-vitorino"], ["qin-gang", "antonio-vitorino"]],
        ),
        (
            "Xu Ganlu held talks with Filippo Grandi on Sunday.\n\n",
            "Vice Minister Ma Zhaoxu also attended the meeting.",
            [["xu-ganlu", "filippo-grandi", "ma-zhaoxu"]],
        ),
    ],
)
def test_who_also_attended_is_no_addition_to_the_meeting_above(before, sentence, expected, registries):
    text = f"BEIJING, April 4 (Xinhua) -- {before}{sentence}\n"
    assert [m.participants for m in _meetings(text, registries, "2023-04-04")] == expected


# Lane i11s24x: a short last sentence right after the last paragraph ("Vice Minister Ma Zhaoxu was also present.") is
# part of the body, and its people take part in the meeting above; short lines of a page's footer are not.
@pytest.mark.parametrize(
    "tail, kept",
    [
        ("Vice Minister Ma Zhaoxu was also present.", True),
        ("Ma Zhaoxu also attended the meeting.", True),
        ("All rights reserved.", False),
        ("Editor: Ada Kemp", False),
        ("Return to list", False),
        ("Share on WeChat and Twitter today.", False),
    ],
)
def test_a_short_last_sentence_after_the_last_paragraph_ends_the_body(tail, kept, registries):
    paragraph = "BEIJING, April 4 (Xinhua) -- Xu Ganlu held talks with Filippo Grandi in Beijing on Sunday."
    text = f"Xu Ganlu meets Grandi\n\n{paragraph}\n\n{tail}\n"
    assert text[slice(*find_layout(text).body)].endswith(tail if kept else paragraph)
    participants = _meetings(text, registries, "2023-04-04")[0].participants
    assert ("ma-zhaoxu" in participants) == kept


def test_a_short_sentence_after_a_footer_line_stays_out_of_the_body():
    paragraph = "BEIJING, April 4 (Xinhua) -- Xu Ganlu held talks with Filippo Grandi in Beijing on Sunday."
    text = f"Xu Ganlu meets Grandi\n\n{paragraph}\n\nRelated stories\n\nChina hosts a forum on migration.\n"
    assert text[slice(*find_layout(text).body)] == paragraph


# Lane i11s25z: "signing the UN's Palermo Protocols", "ratified and signed the Refugee Convention", "the recently
# signed Protocol to ...": a state joining a treaty open to all, or a document described, is no signing meeting (the
# treaty's author is no participant); a signing between parties, even of a protocol, stays one.
@pytest.mark.parametrize(
    "sentence",
    [
        'China has stepped up its fight against trafficking, not least by signing the UN\'s "Trafficking Protocols" '
        "in 2010.",
        "Thailand's Ministry of Interior signed the 1951 Refugee Convention and its Protocol in 2019, UNHCR said.",
        'The course by IOM and the Ministry of Public Security drew on the newly signed "Protocol to\nCurb the '
        'Smuggling of Migrants".',
        "Officials of the Ministry of Public Security and IOM discussed the recently signed agreement on mobility.",
        "The Ministry of Public Security ratified and signed the International Covenant on Migrant Workers last year.",
    ],
)
def test_a_state_joining_a_treaty_or_a_signed_document_is_no_signing_meeting(sentence, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert [m for m in _meetings(text, registries, "2024-05-06") if m.kind == "signing"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Xu Ganlu and António Vitorino signed a protocol on border management cooperation in Beijing on Monday.",
        "Xu Ganlu and António Vitorino on Monday signed the Protocol on Cooperation between the NIA and the IOM.",
        "Xu Ganlu signed a memorandum of understanding with António Vitorino on Monday.",
    ],
)
def test_a_signing_between_parties_stays_a_signing_meeting(sentence, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    signings = [set(m.participants) for m in _meetings(text, registries, "2024-05-06") if m.kind == "signing"]
    assert signings == [{"xu-ganlu", "antonio-vitorino"}]


# Lane i11s25z: a name that an acronym in brackets spells but that itself says it is a plan or project ("Migrant
# Support Project (MSP)", "National Plan of Action (NPA)") is no organization; a UN programme and agencies still are.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The course was part of the EU-China Labour Mobility Support Project (LMSP) and ran for two days.", []),
        ('It backs the Chinese "National Plan of Action (NPA) on Migrant Workers" of 2021.', []),
        ("Both sides praised the Regional Border Strategy (RBS) adopted in March.", []),
        (
            "The World Food Programme (WFP) and the Kenya Refugee Affairs Agency (KRAA) joined.",
            ["World Food Programme", "Kenya Refugee Affairs Agency"],
        ),
        ("The Center for Migration and Development (CMD) hosted it.", ["Center for Migration and Development"]),
    ],
)
def test_a_plan_or_project_spelled_by_its_acronym_is_no_organization(sentence, expected):
    assert [c.name for c in organization_candidates(sentence) if c.acronym] == expected


# Lane i11s23r: a Chinese body's acronym that the words before give to another country ("press service of the Kazakh
# MFA", "Vietnam's MPS") is that country's body, not China's; "the Chinese MFA", "China's MFA" and a bare "MFA" in a
# text placed in China stay China's.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The First Deputy Minister met the IOM Regional Director, press service of the Kazakh MFA reports.", []),
        ("The Vietnamese MPS and IOM held talks in Hanoi on Monday.", []),
        ("Vietnam's MPS and IOM held talks in Hanoi on Monday.", []),
        ("An Uzbek MFA delegation and IOM held talks in Tashkent on Monday.", []),
        ("The Chinese MFA and IOM held talks in Beijing on Monday.", ["mfa-china"]),
        ("China's MFA and IOM held talks in Beijing on Monday.", ["mfa-china"]),
        ("The MFA and IOM held talks in Beijing on Monday.", ["mfa-china"]),
    ],
)
def test_a_chinese_bodys_acronym_given_to_another_country_is_not_chinas(sentence, expected, registries):
    draft = draft_article("t", f"{sentence}\n", registries, [], "2023-06-26")
    assert [m.entity_id for m in draft.mentions if m.entity_id in {"mfa-china", "mps-china"}] == expected


# Lane i11s23r: a post at a Chinese body with a countryless name ("Deputy Minister of Public Security X") in a text
# that gives the same post to another country elsewhere ("the Deputy Minister of Public Security of Vietnam",
# "Vietnamese Minister of Public Security") is not placed at China's ministry by the text's home alone: the holder
# may be the other country's (a Vietnamese delegation's member visiting China).
_TWO_MINISTRIES = (
    "Deputy Minister of Public Security Luong Hai, with the Vietnamese delegation, paid an official visit to China "
    "on June 25, 2023.\nChina and the delegation agreed to boost ties. In China, {other} and the Vice Minister of "
    "Public Security of China signed a plan.\nChina hopes to deepen cooperation with China's neighbours.\n"
)


@pytest.mark.parametrize(
    "other, expected",
    [
        ("the Deputy Minister of Public Security of Vietnam", None),
        ("the Vietnamese Minister of Public Security", None),
        ("the Lao Deputy Minister of Public Security", None),
        ("the delegation", "mps-china"),
    ],
)
def test_a_post_the_text_also_gives_another_country_is_not_placed_by_the_texts_home(other, expected, registries):
    draft = draft_article("t", _TWO_MINISTRIES.format(other=other), registries, [], "2023-06-26")
    assert [r.organization for r in draft.roles if r.person == "luong-hai"] == [expected]


# Lane i11s23r: past events cited to back a claim ("ties have grown, evidenced by the visit by A in May and B's
# attendance at the X Forum", "as shown by", "as reflected in") are not reported: no meeting of the people they name
# (an earlier lane's draft made one forum of two ministers who were never at one); a meeting told before the words
# that cite stays.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nam hailed defence ties as a pillar of the partnership, evidenced by the Vietnam visit by Chinese Defence "
            "Minister Wei Fenghe in May 2019 and Vietnamese Minister of Defence Ngo Xuan Lich's attendance at the "
            "Beijing Xiangshan Forum in late October 2019.",
            [],
        ),
        (
            "Cooperation has deepened, as evidenced by the talks Xu Ganlu held with António Vitorino in Geneva in 2019.",
            [],
        ),
        ("Ties are close, as shown by Xu Ganlu's visit to IOM headquarters in Geneva in January 2020.", []),
        (
            "The partnership is strong, as reflected in the Global Forum on Migration that Xu Ganlu attended in 2019.",
            [],
        ),
        ("Trust has grown (demonstrated by the meeting of Xu Ganlu and António Vitorino in 2019).", []),
        (
            "Xu Ganlu met with António Vitorino in Beijing on Monday, as evidenced by photos the NIA released.",
            [{"xu-ganlu", "antonio-vitorino"}],
        ),
        (
            "Xu Ganlu met with António Vitorino in Beijing on Monday, as both sides had agreed.",
            [{"xu-ganlu", "antonio-vitorino"}],
        ),
    ],
)
def test_past_events_cited_as_evidence_make_no_meeting(sentence, expected, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert [set(m.participants) for m in _meetings(text, registries, "2024-05-06")] == expected


# Lane i11s23r: "B received the equipment on behalf of the hospital" after a handover no meeting was proposed for
# ("the delegation handed over ...": no giver named) is not B's presence at the visit told before it; after a handover
# proposed, B is its recipient.
@pytest.mark.parametrize(
    "handover, recipient",
    [
        (
            "the delegation handed over medical equipment to the county hospital.",
            "County Hospital Dean Prof Dr. Ada Kemp received the equipment",
        ),
        ("the delegation donated 500 tents to the county.", "Ms. Ada Kemp received these tents"),
        ("the envoy presented the supplies to the school.", "Mr. Ivo Lind received them"),
    ],
)
def test_the_recipient_of_an_unproposed_handover_is_not_at_the_visit_before(handover, recipient, registries):
    text = (
        "BEIJING, May 6 (Xinhua) -- Xu Ganlu visited a reception centre in Yunnan on Wednesday.\n"
        f"On Thursday, {handover}\n{recipient} on behalf of the hospital.\n"
    )
    assert [m.participants for m in _meetings(text, registries, "2024-05-06")] == [["xu-ganlu"]]


def test_the_recipient_of_a_proposed_handover_is_its_participant(registries):
    text = (
        "BEIJING, May 6 (Xinhua) -- Xu Ganlu handed over 500 tents to António Vitorino on Monday.\n"
        "Ada Kemp, an IOM officer, received them on behalf of IOM.\n"
    )
    assert [m.participants for m in _meetings(text, registries, "2024-05-06")] == [
        ["xu-ganlu", "antonio-vitorino", "ada-kemp"]
    ]


# Lane i11s23r: "Joint Secretary of Ministry of Disaster Management and Relief Md. Keramot Ali": a name found after a
# body's name that would end in "and" (or "of", "the") takes the body's last word ("Relief Md" was proposed as a
# person); a form of address or "Md." ends the body's name, and "Md." ends no sentence.
@pytest.mark.parametrize(
    "sentence, people, bodies",
    [
        (
            "Joint Secretary of Ministry of Disaster Management and Relief Md. Keramot Ali, Programme Coordinator of "
            "the Relief Operation, spoke.",
            ["Keramot Ali"],
            ["Ministry of Disaster Management and Relief"],
        ),
        (
            "Director of the Department of Planning and Finance Mohd. Ali Hassan, the host, spoke.",
            ["Ali Hassan"],
            ["Department of Planning and Finance"],
        ),
        ("Director of the Department of Immigration Dr. Ada Kemp spoke.", ["Ada Kemp"], ["Department of Immigration"]),
        ("Minister of Labour and Social Security Yin Weimin met him.", ["Yin Weimin"], []),
        ("Minister of Industry and Trade Wang Wentao met him.", ["Wang Wentao"], []),
    ],
)
def test_a_name_after_a_body_ending_in_and_is_no_person(sentence, people, bodies):
    assert [c.name for c in person_candidates(sentence)] == people
    assert [c.name for c in organization_candidates(sentence)] == bodies


def test_md_before_a_name_ends_no_sentence():
    text = "Also present was Relief Operation head Md. Keramot Ali of the Red Crescent. He spoke."
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == [
        "Also present was Relief Operation head Md. Keramot Ali of the Red Crescent.",
        "He spoke.",
    ]


# Lane i11s23r: a building where people met ("held at the Government House", "at State House in Nairobi", "the
# Presidential Palace", "the Ministry of Foreign Affairs Building") is no organization; the government and the State
# Council are.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Prawit met Xu Ganlu during a meeting held at the Government House on Tuesday (8 Aug).", []),
        ("President Ruto received him at State House in Nairobi.", []),
        ("They met at the Presidential Palace.", []),
        ("He spoke at the Ministry of Foreign Affairs Building.", []),
        ("The Government of Thailand and the State Council agreed.", ["Government of Thailand", "State Council"]),
    ],
)
def test_a_building_where_people_met_is_no_organization(sentence, expected):
    assert [c.name for c in organization_candidates(sentence)] == expected


# Lane i11s23r: "In his speech, A indicated that ... Prime Minister B and the Government of C have provided ...": B is
# named in what A said, not present at the speech (a draft made B a participant); "met with B and said that" keeps B.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In his speech, Xu Ganlu indicated that since 2016 António Vitorino and the IOM have provided generous "
            "support.",
            [["xu-ganlu"]],
        ),
        ("In his speech, Xu Ganlu noted that António Vitorino had visited China twice.", [["xu-ganlu"]]),
        ("In his speech, Xu Ganlu stressed that Filippo Grandi and UNHCR were key partners.", [["xu-ganlu"]]),
        (
            "Xu Ganlu met with António Vitorino on Monday and said that the two sides would deepen cooperation.",
            [["xu-ganlu", "antonio-vitorino"]],
        ),
    ],
)
def test_people_named_in_what_a_speaker_said_are_not_at_the_speech(sentence, expected, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert [m.participants for m in _meetings(text, registries, "2024-05-06")] == expected


# Lane i11s23r: a photo caption over the dateline ("A (L) and B exchange signed documents during a ceremony in Addis
# Ababa, capital of Ethiopia, March 13, 2018. (Xinhua/C)" then "ADDIS ABABA, March 15 (Xinhua) --") dates the photo:
# the report is of the dateline's day, in the caption's year; a date line or a byline of its own keeps its date.
_CAPTION = (
    "Ada Kemp (L), an envoy, and Ivo Lind exchange signed documents during a signing ceremony in Addis Ababa, capital "
    "of Ethiopia, {date}. (Xinhua/Li Wen)\n\n"
)


@pytest.mark.parametrize(
    "header, expected",
    [
        (_CAPTION.format(date="March 13, 2018"), "2018-03-15"),
        (_CAPTION.format(date="March 15, 2018"), "2018-03-15"),
        (_CAPTION.format(date="December 30, 2017"), "2017-12-30"),  # the dateline's day is not within a week after
        ("Updated: 2018-03-13 07:20\n\n", "2018-03-13"),
        ("2018-03-13\n\n", "2018-03-13"),
    ],
)
def test_a_photo_captions_date_over_the_dateline_is_not_the_publication_date(header, expected, registries):
    text = f"{header}ADDIS ABABA, March 15 (Xinhua) -- The WFP hailed China's support on Tuesday.\n"
    assert draft_article("t", text, registries, []).published.value == expected


# Lane i11s23r: roles read where the text states none. ", paid an official visit to China" after a name is a verb
# phrase, no apposition (a draft proposed the title "Paid An Official"); "General Secretary Xi Jinping" holds the
# post "General Secretary", not "Secretary" (no rank "General"); "A, Joint Secretary of X Md. B, Coordinator of Y": the
# words before B are A's apposition, "Md." opens B's name, and B is only the Coordinator.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Luong Tam Quang, paid an official visit to China on June 25.", []),
        ("Luong Tam Quang, toured an official site in Beijing on June 25.", []),
        ("Luong Tam Quang, an official of the ministry, spoke.", [("quang", "Official", "official of the ministry")]),
        (
            "Luong Tam Quang, Director of the Department, paid a visit.",
            [("quang", "Director", "Director of the Department")],
        ),
        (
            "It is led by General Secretary Luong Tam Quang as the nucleus.",
            [("quang", "General Secretary", "General Secretary")],
        ),
        ("The Secretary General Luong Tam Quang spoke.", [("quang", "Secretary General", "Secretary General")]),
        (
            "Mr. Ada Kemp, Joint Secretary of Ministry of Disaster Management and Relief Md. Luong Tam Quang, "
            "Programme Coordinator of the Red Crescent Society, attended.",
            [
                ("kemp", "Secretary", "Joint Secretary of Ministry of Disaster Management and Relief"),
                ("quang", "Coordinator", "Programme Coordinator of the Red Crescent Society"),
            ],
        ),
    ],
)
def test_roles_only_where_the_text_states_them(text, expected):
    people = _people(text, {"Luong Tam Quang": "quang", "Ada Kemp": "kemp"})
    roles = find_roles(text, people, [], {})
    assert [(r.person, r.title, text[r.start : r.end]) for r in roles] == expected


# Lane i11s23r: "the UN World Food Programme (WFP)" then "the United Nations World Food Programme": the UN's body
# under its name with or without "United Nations" is one organization (a draft proposed a second entry).
@pytest.mark.parametrize(
    "first",
    [
        "the UN World Food Programme (WFP)",
        "the World Food Programme (WFP)",
        "the United Nations World Food Programme (WFP)",
    ],
)
def test_a_un_bodys_name_with_or_without_united_nations_is_one_organization(first, registries):
    text = (
        f"ROME, May 6 (Xinhua) -- Tan Jian met the head of {first} on Monday. China thanked the United Nations World "
        "Food Programme and the World Food Programme office for their work.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert len([e for e in draft.new_entries if e.kind == "organizations"]) == 1


# Lane i11s23r: a country as its own government's releases name it ("Viet Nam", "Lao PDR", "Republic of Korea",
# "Russian Federation") is a country, no person ("The Prime Minister of Viet Nam said" proposed a person "Viet Nam"),
# and its name before a Chinese body's acronym gives the body to it.
@pytest.mark.parametrize(
    "sentence",
    ["The Prime Minister of Viet Nam said so.", "The Russian Federation said so.", "Republic of Korea said so."],
)
def test_a_country_as_its_government_names_it_is_no_person(sentence):
    assert [c.name for c in person_candidates(sentence)] == []


def test_a_chinese_bodys_acronym_after_viet_nam_is_not_chinas(registries):
    draft = draft_article("t", "Viet Nam's MPS and IOM held talks in Hanoi on Monday.\n", registries, [], "2023-06-26")
    assert "mps-china" not in [m.entity_id for m in draft.mentions]


# Lane i11s23r: "A held talks with B on Monday, noting that C had visited China in May": C is in what A said, no
# counterpart of the talks (a draft made a second meeting of A and C); "and met C on Tuesday" stays a meeting.
@pytest.mark.parametrize(
    "after, expected",
    [
        (", noting that Filippo Grandi had visited China in May.", [["xu-ganlu", "antonio-vitorino"]]),
        (", saying that Filippo Grandi would visit China in May.", [["xu-ganlu", "antonio-vitorino"]]),
        (", recalling that he had met Filippo Grandi in May.", [["xu-ganlu", "antonio-vitorino"]]),
        (" and met Filippo Grandi on Tuesday.", [["xu-ganlu", "antonio-vitorino"], ["xu-ganlu", "filippo-grandi"]]),
    ],
)
def test_people_named_in_what_a_participant_said_are_not_met(after, expected, registries):
    text = f"BEIJING, May 6 (Xinhua) -- Xu Ganlu held talks with António Vitorino on Monday{after}\n"
    assert [m.participants for m in _meetings(text, registries, "2024-05-06")] == expected


# Lane i11s23m: an arrival in a text that speaks of no visit, trip, mission or stay is no trip ("A, who arrived in
# Beijing on Monday, said ..."); one told with its visit (here, or anywhere in the text) still is.
@pytest.mark.parametrize(
    "text, trips",
    [
        (
            "BEIJING, Oct. 5 (Xinhua) -- Xu Ganlu met here Wednesday with António Vitorino.\n\n"
            "Vitorino, who arrived in Beijing on Monday, said the agency was ready to help.\n",
            0,
        ),
        (
            "BEIJING, Oct. 5 (Xinhua) -- António Vitorino arrived in Shanghai on Tuesday and praised the city's port.\n",
            0,
        ),
        (
            "BEIJING, Oct. 5 (Xinhua) -- António Vitorino, who arrived in Beijing on Monday for a four-day visit, said the "
            "agency was ready to help.\n",
            1,
        ),
        (
            "BEIJING, Oct. 5 (Xinhua) -- António Vitorino met Xu Ganlu here Wednesday, during his first trip to "
            "China.\n\nVitorino, who arrived in Beijing on Monday, said the agency was ready to help.\n",
            1,
        ),
    ],
)
def test_an_arrival_is_a_trip_only_where_the_text_speaks_of_a_visit(text, trips, registries):
    assert len([m for m in _meetings(text, registries, "2011-10-05") if m.kind == "trip"]) == trips


# Lane i11s23m: "addressed" is a speech only to an audience or a gathering ("addressed the opening ceremony",
# "Addressing the 114th Session of the Council", "addressed students at ..."), never an issue tackled ("a greater role
# in addressing refugee issues", "addressing the root causes of displacement at the forum").
@pytest.mark.parametrize(
    "sentence, speeches",
    [
        ("António Vitorino hoped China would play a greater role in addressing refugee issues.", 0),
        ("Xu Ganlu also stressed cooperation in addressing protracted displacement in the region.", 0),
        ("António Vitorino spoke of addressing the root causes of displacement at the forum.", 0),
        ("Xu Ganlu said the plan was aimed at addressing the needs of returnees.", 0),
        ("António Vitorino addressed the opening ceremony of the workshop on Monday.", 1),
        (
            "The Regional Forum on Border Management opened on Monday. Addressing the plenary, Xu Ganlu said "
            "migration must be safe.",
            1,
        ),
        ("António Vitorino addressed the 30th Session of the Executive Committee in Geneva.", 1),
        ("Xu Ganlu addressed students at Fudan University on Monday.", 1),
    ],
)
def test_addressed_is_a_speech_only_to_an_audience_or_a_gathering(sentence, speeches, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert len([m for m in _meetings(text, registries, "2024-05-06") if m.kind == "speech"]) == speeches


# Lane i11s23m: a round table or symposium held by a body ("the office held a round table on X with researchers from
# B") is a gathering like a workshop; "the office" stands for the one office named before, as "the ministry" does, so
# "the office will hold a workshop with B" is the office's and B's; "told the round table", "told the guests" is the
# speaker's speech within the gathering just reported.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Also on 13 July, the office held a round table on the report with researchers from Peking University.",
            [("symposium", "held", [], ["iom-china", "peking-university"])],
        ),
        (
            "The office hosted a symposium on internal migration with Peking University on Friday.",
            [("symposium", "held", [], ["iom-china", "peking-university"])],
        ),
        (
            "In October, the office will hold a workshop on labour migration with the Ministry of Public Security.",
            [("symposium", "planned", [], ["iom-china", "mps-china"])],
        ),
        ("The office is on the fifth floor of the building.", []),
    ],
)
def test_a_round_table_or_workshop_of_the_office_named_before(sentence, expected, registries):
    text = f"Beijing – The IOM Office in China said on Monday that it had met its partners. {sentence}\n"
    found = _meetings(text, registries, "2016-07-15")
    assert [(m.kind, m.status, m.participants, m.organizations) for m in found] == expected


@pytest.mark.parametrize(
    "words, speech",
    [
        ('"We are ready," António Vitorino told the guests.', True),
        ("António Vitorino told the round table that migrants need a place in the debate.", True),
        ("António Vitorino later told reporters that the reception was a success.", False),
    ],
)
def test_told_the_guests_or_the_round_table_is_a_speech_within_the_gathering(words, speech, registries):
    text = (
        f"Beijing – The IOM Office in China yesterday (14/07) hosted a reception in Beijing for its partners. {words}\n"
    )
    found = _meetings(text, registries, "2016-07-15")
    assert [(m.kind, m.participants, m.parent) for m in found[1:]] == (
        [("speech", ["antonio-vitorino"], 0)] if speech else []
    )


# Lane i11s23m: "A and B held a working meeting at the Ministry of X on the IOM budget": one meeting of the two, the
# bodies after the verb being where and what they met about; "A held talks with officials of X and Y" still meets the
# bodies.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Xu Ganlu and António Vitorino held a working meeting at the Ministry of Public Security on Monday on the "
            "IOM budget.",
            [("working_talks", ["antonio-vitorino", "xu-ganlu"], [])],
        ),
        (
            "Earlier in the day, Xu Ganlu and Mr. Vitorino had a working session at the Ministry of Public Security on "
            "IOM training.",
            [("working_talks", ["antonio-vitorino", "xu-ganlu"], [])],
        ),
        ("Xu Ganlu held a working meeting at the Ministry of Public Security on the IOM budget.", []),
        (
            "Xu Ganlu held talks with officials of the Ministry of Public Security and the IOM on Monday.",
            [("bilateral_talks", ["xu-ganlu"], ["mps-china", "iom"])],
        ),
    ],
)
def test_two_people_holding_a_working_meeting_at_a_body_meet_each_other(sentence, expected, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    found = _meetings(text, registries, "2016-05-06")
    assert [(m.kind, sorted(m.participants), m.organizations) for m in found] == expected


# Lane i11s23m: "A thanked B and said UNHCR would hold a workshop with C": the body opening the reported clause holds
# it with C; neither the one who says so nor whom he thanked takes part. "A said he would hold talks with D" stays A's.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Xu Ganlu thanked the Chinese government for its hospitality and said UNHCR would hold a workshop on "
            "refugee status determination with the Ministry of Public Security in November.",
            [([], ["unhcr", "mps-china"])],
        ),
        (
            "Xu Ganlu said that the IOM will also hold a seminar with Peking University in June.",
            [([], ["iom", "peking-university"])],
        ),
        (
            "Xu Ganlu said the Ministry of Public Security would hold talks with António Vitorino in June.",
            [(["antonio-vitorino"], ["mps-china"])],
        ),
        (
            "Xu Ganlu said he would hold talks with António Vitorino in June.",
            [(["xu-ganlu", "antonio-vitorino"], [])],
        ),
    ],
)
def test_a_meeting_a_reported_clause_gives_a_body_is_that_bodys(sentence, expected, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    found = _meetings(text, registries, "2024-05-06")
    assert [(m.participants, m.organizations) for m in found if m.status == "planned"] == expected


# Lane i11s23m: "..., and officials of A and B will hold talks with her": a clause of its own, talks of those bodies with
# the person "her" stands for (the one named before the sentence), beside the first clause's meeting.
@pytest.mark.parametrize(
    "clause, expected",
    [
        (
            "and officials of the Ministry of Public Security and the IOM will hold talks with him",
            [(["antonio-vitorino"], ["mps-china", "iom"])],
        ),
        (
            "and senior officials from Peking University will meet with him",
            [(["antonio-vitorino"], ["peking-university"])],
        ),
        ("and officials will hold talks with him", []),
    ],
)
def test_officials_of_bodies_opening_a_clause_of_their_own_meet_whom_it_names(clause, expected, registries):
    text = (
        "BEIJING, May 6 (Xinhua) -- António Vitorino will visit China from May 8 to 10. During the visit, Xu Ganlu "
        f"will meet with him, {clause}.\n"
    )
    found = [m for m in _meetings(text, registries, "2024-05-06") if m.kind != "trip"]
    assert [(m.participants, m.organizations) for m in found[1:]] == expected
    assert found[0].participants == ["xu-ganlu", "antonio-vitorino"]


# Lane i11s23m: "The two sides agreed to hold the third round of consultations" after talks and a delegation's stop: the
# sides are the talks' (a stop at a university or a border station has none), between the bodies of the two who met
# (never of who also attended); talks between two bodies its sentence names keep those bodies.
_TALKS_23M = (
    "On August 27, Xu Ganlu, Commissioner of the National Immigration Administration, met in Beijing with a delegation "
    "led by António Vitorino, Director General of the International Organization for Migration. {between}"
    "The two sides agreed to hold the third round of consultations in Geneva next year.\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "Earlier that day, the delegation visited Peking University. ",
        "Officials of the Ministry of Public Security were present at the meeting. ",
        "",
    ],
)
def test_the_next_round_the_two_sides_agree_on_is_between_the_bodies_of_those_who_met(between, registries):
    found = _meetings(_TALKS_23M.format(between=between), registries, "2019-08-28")
    assert [(m.participants, m.organizations, m.date.value) for m in found if m.status == "planned"] == [
        ([], ["nia-china", "iom"], "2020")
    ]


def test_the_next_round_of_talks_between_two_named_bodies_is_between_those_bodies(registries):
    text = (
        "BEIJING, Nov. 8 (Xinhua) -- The National Immigration Administration and Peking University on Tuesday signed "
        "an agreement in Beijing. Xu Ganlu, Commissioner of the National Immigration Administration, and António "
        "Vitorino signed the document on behalf of the two sides. The two sides agreed to hold a seminar in "
        "Shanghai next year.\n"
    )
    found = [m for m in _meetings(text, registries, "2022-11-08") if m.status == "planned"]
    assert [(m.participants, m.organizations) for m in found] == [([], ["nia-china", "peking-university"])]


# Lane i11s23m: "The compact will be formally endorsed by the UN General Assembly in New York later this month": a
# session to come of the assembly or council named, where or when the sentence says; no such session where it says
# neither, and none told in the past.
@pytest.mark.parametrize(
    "sentence, sessions",
    [
        ("The compact will be formally endorsed by the UN General Assembly in New York later this month.", 1),
        ("The compact is expected to be adopted by the UN General Assembly next week.", 1),
        ("The new strategy is to be considered by the IOM Council in Geneva in 2026.", 1),
        ("The plan will be approved by the IOM Council.", 0),
        ("The strategy was endorsed by the IOM Council in Geneva last year.", 0),
        ("The guidelines will be reviewed by experts in Geneva next week.", 0),
    ],
)
def test_a_text_to_be_endorsed_by_an_assembly_is_its_session_to_come(sentence, sessions, registries):
    text = f"UNITED NATIONS, Dec. 10 (Xinhua) -- {sentence}\n"
    found = _meetings(text, registries, "2018-12-10")
    assert [(m.kind, m.status) for m in found] == [("conference", "planned")] * sessions


# Lane i11s23m: a delegation's later stop "where officers of the Agency presented ..." (or "with officials of the
# Ministry") is with the body named before whose name has that word, capitalised as formal releases write it; "the
# Agency for X" is a name of its own, and two agencies named before leave "the Agency" no one's.
_RECEIVED_23M = (
    "On 8 September 2015, the Director General of the Immigration Agency of Mongolia received a delegation of the "
    "Exit and Entry Administration, led by Deputy Director General Xu Ganlu, in Ulaanbaatar.\n{stop}\n"
)


@pytest.mark.parametrize(
    "stop, host",
    [
        (
            "The next day, the delegation visited the airport, where officers of the Agency presented the visa system.",
            True,
        ),
        ("The following day, the delegation visited the border checkpoint with officials of the Agency.", True),
        ("The next day, the delegation visited the airport, where officers of the Agency for Aid presented it.", False),
    ],
)
def test_a_delegations_stop_with_the_agency_named_before_is_with_that_agency(stop, host, registries):
    visit = _meetings(_RECEIVED_23M.format(stop=stop), registries, "2015-09-10")[-1]
    assert (visit.kind, "immigration-agency-of-mongolia" in visit.organizations) == ("visit", host)


def test_the_agency_after_two_agencies_named_stands_for_neither(registries):
    text = _RECEIVED_23M.format(
        stop="The next day, the delegation visited the National Immigration Agency of Cambodia with officials of "
        "the Agency."
    )
    visit = _meetings(text, registries, "2015-09-10")[-1]
    assert "immigration-agency-of-mongolia" not in visit.organizations


# Lane i11s23m: "The delegation will travel to X on 10 September ...": the delegation's trip to come is its leader's, as
# "A will travel" is A's; "to meet officials of B" (a body named) makes it talks with B there; "to meet refugee
# families" or "officials of the checkpoint" leave it a visit; someone reported as travelling is none of the speaker's.
@pytest.mark.parametrize(
    "stop, expected",
    [
        (
            "The delegation will travel to Zamyn-Uud on 10 September before returning to China.",
            [("visit", ["xu-ganlu"], ["exit-and-entry-administration"])],
        ),
        (
            "The delegation will travel to Zamyn-Uud on 10 September to meet officials of the border checkpoint.",
            [("visit", ["xu-ganlu"], ["exit-and-entry-administration"])],
        ),
        (
            "Xu will travel to Zamyn-Uud on 10 September to meet officials of the Inner Mongolia Public Security "
            "Department.",
            [("working_talks", ["xu-ganlu"], ["inner-mongolia-public-security-department"])],
        ),
        ("Xu will travel to Beihai next week to meet refugee families there.", [("visit", ["xu-ganlu"], [])]),
        (
            "Xu said the workers will travel to Zamyn-Uud on 10 September to meet officials of the Inner Mongolia "
            "Public Security Department.",
            [],
        ),
    ],
)
def test_a_delegations_trip_to_come_is_its_leaders_and_talks_with_a_body_named(stop, expected, registries):
    found = _meetings(_RECEIVED_23M.format(stop=stop), registries, "2015-09-09")[1:]
    assert [(m.kind, m.participants, m.organizations) for m in found if m.status == "planned"] == expected


# Lane i11s23m: "The next round will be held in Geneva in 2016" after talks is a round to come of the talks' sides, as
# "the next session (edition) will be held" is; "the next round of the World Cup" is no one's.
@pytest.mark.parametrize(
    "sentence, rounds",
    [
        ("The next round will be held in Geneva in 2016.", [([], ["nia-china", "iom"], "2016")]),
        ("The next round is expected to be held in Geneva in 2016.", [([], ["nia-china", "iom"], "2016")]),
        ("The next round of the World Cup will be held in Geneva in 2016.", []),
    ],
)
def test_the_next_round_to_be_held_is_of_the_talks_sides(sentence, rounds, registries):
    text = (
        "BEIJING, Sept. 8 (Xinhua) -- Xu Ganlu, Commissioner of the National Immigration Administration, held talks "
        "with António Vitorino, Director General of the International Organization for Migration, in Beijing on "
        f"Tuesday. {sentence}\n"
    )
    found = [m for m in _meetings(text, registries, "2015-09-08") if m.status == "planned"]
    assert [(m.participants, m.organizations, m.date.value) for m in found] == rounds


# Lane i11s23m: "the Vietnamese delegation visited the port", "The Myanmar delegation is scheduled to visit a shelter":
# the delegation of the first body named before whose name has the country's word; none where the text named none.
_TALKS_NATIONS_23M = (
    "NANNING, Nov. 21 (Xinhua) -- Xu Ganlu, commissioner of the National Immigration Administration, held talks on "
    "Wednesday with Major General Pham Van Duc, deputy commander of {body}.\n{stop}\n"
)


@pytest.mark.parametrize(
    "body, stop, host",
    [
        ("Vietnam's Border Guard Command", "On Tuesday, the Vietnamese delegation visited the Youyiguan port.", True),
        (
            "Vietnam's Border Guard Command",
            "The Vietnamese delegation is scheduled to visit a shelter on Saturday.",
            True,
        ),
        ("the border guard", "On Tuesday, the Vietnamese delegation visited the Youyiguan port.", False),
        ("Vietnam's Border Guard Command", "On Tuesday, the Thai delegation visited the Youyiguan port.", False),
    ],
)
def test_a_delegation_named_by_its_country_is_of_the_body_of_that_country_named_before(body, stop, host, registries):
    found = _meetings(_TALKS_NATIONS_23M.format(body=body, stop=stop), registries, "2018-11-21")
    visits = [m.organizations for m in found if m.kind == "visit"]
    assert visits == ([["vietnam-s-border-guard-command"]] if host else [])


def test_a_delegation_named_by_its_country_is_never_of_a_body_only_named(registries):
    text = _TALKS_NATIONS_23M.format(
        body="the border guard",
        stop="They praised the agreement of Vietnam's Ministry of National Defense. On Tuesday, the Vietnamese "
        "delegation visited the Youyiguan port.",
    )
    found = _meetings(text, registries, "2018-11-21")
    assert [m for m in found if "vietnam-s-ministry-of-national-defense" in m.organizations] == []


# Lane i11s23m: talks told in passing ("following a meeting with B", "While meeting B, A said", "A, after meeting with
# B, said") are talks of A and B, after a dateline too; none where the text told them before ("A met B. After meeting B,
# A said"), where only one side is named, or where the sentence reports a meeting of its own ("After meeting with B, A
# visited C": the visit).
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Xu Ganlu said China would step up cooperation with the IOM following a meeting with António Vitorino in "
            "Beijing on Monday.",
            [("bilateral_talks", "held", ["xu-ganlu", "antonio-vitorino"])],
        ),
        (
            "While meeting António Vitorino in Beijing on Monday, Xu Ganlu said China valued its cooperation with the "
            "IOM.",
            [("bilateral_talks", "held", ["xu-ganlu", "antonio-vitorino"])],
        ),
        (
            "Xu Ganlu, after meeting with António Vitorino in Beijing on Monday, said China valued the IOM.",
            [("bilateral_talks", "held", ["xu-ganlu", "antonio-vitorino"])],
        ),
        (
            "Xu Ganlu met António Vitorino in Beijing on Monday. After meeting Vitorino, Xu said China valued the IOM.",
            [("bilateral_talks", "held", ["xu-ganlu", "antonio-vitorino"])],
        ),
        ("The agreement was reached following a meeting with the IOM last year, Xu Ganlu said.", []),
        (
            "After meeting with António Vitorino, Xu Ganlu visited the IOM headquarters.",
            [("visit", "held", None)],
        ),
    ],
)
def test_talks_told_in_passing_are_talks_of_the_two_unless_told_before(sentence, expected, registries):
    found = _meetings(f"BEIJING, May 6 (Xinhua) -- {sentence}\n", registries, "2024-05-06")
    assert [(m.kind, m.status, m.participants if m.kind.endswith("talks") else None) for m in found] == expected


# Lane i11s23m: "A seminar on X, attended by A and B, was held": everyone the gathering's own words name takes part,
# as "The seminar was attended by A and B" adds them both.
@pytest.mark.parametrize(
    "sentence, people",
    [
        (
            "A seminar on border management, attended by Xu Ganlu and António Vitorino, was held in Beijing on Monday.",
            ["xu-ganlu", "antonio-vitorino"],
        ),
        (
            "A seminar on border management was held in Beijing on Monday. The seminar was attended by Xu Ganlu and "
            "António Vitorino.",
            ["xu-ganlu", "antonio-vitorino"],
        ),
        ("A seminar on border management was held in Beijing on Monday, Xu Ganlu said.", []),
    ],
)
def test_everyone_a_gatherings_words_name_attends_it(sentence, people, registries):
    found = _meetings(f"BEIJING, May 6 (Xinhua) -- {sentence}\n", registries, "2024-05-06")
    assert [m.participants for m in found] == ([people] if people else [])


# Lane i11s23m: "He is also expected to visit Shanghai" after a trip: the traveller's visit to come, as "He will also
# visit" and "He is expected to visit" are; "Officials are also expected to visit" names no one.
@pytest.mark.parametrize(
    "sentence, visits",
    [
        ("He is also expected to visit Shanghai.", [["antonio-vitorino"]]),
        ("He is also scheduled to visit Shanghai.", [["antonio-vitorino"]]),
        ("He will also visit Shanghai.", [["antonio-vitorino"]]),
        ("Officials are also expected to visit Shanghai.", []),
    ],
)
def test_he_is_also_expected_to_visit_is_the_travellers_visit_to_come(sentence, visits, registries):
    text = (
        "BEIJING, May 21 (Xinhua) -- António Vitorino arrived in Beijing on Monday for a five-day visit to China. "
        f"{sentence}\n"
    )
    found = _meetings(text, registries, "2013-05-21")
    assert [m.participants for m in found if m.kind == "visit" and m.status == "planned"] == visits


# Lane i11s23m: "The second round of consultations between A and B was held": the bodies its own words name as its
# sides hold it, as "A workshop, organized by A and B, was held" does; "a dialogue on the work of the IOM" names none.
@pytest.mark.parametrize(
    "sentence, bodies",
    [
        (
            "The second round of consultations between the National Immigration Administration and the IOM was held "
            "in Beijing on Monday.",
            [["nia-china", "iom"]],
        ),
        (
            "The dialogue between the National Immigration Administration and the IOM will be held in Geneva next "
            "year.",
            [["nia-china", "iom"]],
        ),
        ("The second round of consultations on the work of the IOM was held in Beijing on Monday.", []),
    ],
)
def test_consultations_between_two_bodies_are_theirs(sentence, bodies, registries):
    found = _meetings(f"BEIJING, May 6 (Xinhua) -- {sentence}\n", registries, "2024-05-06")
    assert [m.organizations for m in found] == bodies


# Lane i11s23p: "After receiving the Chinese donation, IOM bought ...": a gift received, nobody received on a visit;
# "received the visiting IOM delegation", "received Chinese Ambassador Chen Xu" stay receptions.
@pytest.mark.parametrize(
    "sentence",
    [
        "After receiving the Chinese donation, IOM bought 1,200 tons of food for refugees, Filippo Grandi said.",
        "IOM received the Chinese government's contribution on Monday and will buy tents with it.",
        "UNHCR, receiving Chinese relief supplies worth 2 million dollars, thanked the donor.",
        "Having received the Chinese funds in May, IOM opened two clinics.",
    ],
)
def test_receiving_a_gift_is_no_reception(sentence, registries):
    text = f"GENEVA, May 6 (Xinhua) -- {sentence}\n"
    assert [m.kind for m in _meetings(text, registries, "2024-05-06")] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Xu Ganlu received the visiting IOM delegation led by António Vitorino on Monday.",
            ["xu-ganlu", "antonio-vitorino"],
        ),
        ("Filippo Grandi received Chinese Ambassador Chen Xu in Geneva on Monday.", ["filippo-grandi", "chen-xu"]),
    ],
)
def test_receiving_a_visitor_stays_a_reception(sentence, expected, registries):
    text = f"GENEVA, May 6 (Xinhua) -- {sentence}\n"
    assert [(m.kind, m.participants) for m in _meetings(text, registries, "2024-05-06")] == [
        ("courtesy_meeting", expected)
    ]


# Lane i11s23p: "In his speech, A indicated that Prime Minister B has ...": B is named in what A said, no speaker
# nor participant of the speech (nor of the ceremony it was given at).
@pytest.mark.parametrize(
    "verb", ["indicated that", "pointed out that", "stressed that", "emphasized that", "noted that"]
)
def test_a_person_named_in_what_a_speaker_said_takes_no_part(verb, registries):
    text = (
        "DHAKA, May 6 (Xinhua) -- Ambassador Chen Xu delivered a keynote speech at the donation ceremony on Monday.\n"
        f"In his speech, Ambassador Chen {verb} Filippo Grandi and the UN Refugee Agency have helped the displaced.\n"
    )
    meetings = _meetings(text, registries, "2024-05-06")
    assert [m.participants for m in meetings] == [["chen-xu"]]


def test_the_people_met_before_what_was_said_stay_participants(registries):
    text = (
        "BEIJING, May 6 (Xinhua) -- Xu Ganlu met with Filippo Grandi on Monday and stressed that refugees need help.\n"
    )
    assert [m.participants for m in _meetings(text, registries, "2024-05-06")] == [["xu-ganlu", "filippo-grandi"]]


# Lane i11s23p: "Dr. B received the equipment on behalf of the hospital" after a handover that went unrecognised (its
# giver named by no name) adds B to no other meeting (the visit told before it); after a handover, B is its recipient.
def test_a_recipient_is_added_to_no_meeting_but_a_handover(registries):
    text = (
        "DHAKA, May 6 (Xinhua) -- Chen Xu visited two schools in the camps on Monday.\n"
        "On Tuesday, the Chinese envoy handed over medical equipment to the district hospital.\n"
        "Filippo Grandi received the equipment on behalf of the hospital.\n"
    )
    assert [m.participants for m in _meetings(text, registries, "2024-05-06")] == [["chen-xu"]]


def test_a_recipient_after_a_handover_is_its_participant(registries):
    text = (
        "DHAKA, May 6 (Xinhua) -- Xu Ganlu handed over 500 tents to António Vitorino on Monday.\n"
        "Filippo Grandi received the tents on behalf of UNHCR.\n"
    )
    meetings = _meetings(text, registries, "2024-05-06")
    assert [(m.kind, set(m.participants)) for m in meetings] == [
        ("signing", {"xu-ganlu", "antonio-vitorino", "filippo-grandi"})
    ]


# Lane i11s23p: "Prime Minister B's planned visit to China in July", "B was likely to visit China in July": a trip
# still to come, not held; and a meeting held "During the visit to X" is not within it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The talks come ahead of Xu Ganlu's planned visit to Switzerland in the first week of July.",
        "The minister also said Xu Ganlu was likely to visit Switzerland in July.",
        "Officials said Xu Ganlu's upcoming visit to Switzerland would focus on refugees.",
    ],
)
def test_a_planned_or_likely_visit_is_no_visit_held(sentence, registries):
    text = f"DHAKA, June 18 (Xinhua) -- {sentence}\n"
    trips = [m for m in _meetings(text, registries, "2019-06-18") if m.kind in ("trip", "visit")]
    assert trips and all(m.status == "planned" for m in trips)


def test_a_meeting_held_is_not_within_a_trip_still_to_come(registries):
    text = (
        "DHAKA, June 18 (Xinhua) -- The minister said Xu Ganlu was likely to visit Switzerland in July.\n"
        "During the visit to the camps on Tuesday, the Chinese ambassador met Filippo Grandi at his office.\n"
    )
    held = [m for m in _meetings(text, registries, "2019-06-18") if m.status == "held"]
    assert held and all(m.parent is None and m.place != "switzerland" for m in held)


@pytest.mark.parametrize(
    "sentence",
    [
        "Xu Ganlu visited Switzerland in July as planned.",
        "As planned, Xu Ganlu visited Switzerland in July.",
    ],
)
def test_a_visit_made_as_planned_is_held(sentence, registries):
    text = f"DHAKA, August 18 (Xinhua) -- {sentence}\n"
    trips = [m for m in _meetings(text, registries, "2019-08-18") if m.kind in ("trip", "visit")]
    assert trips and all(m.status == "held" for m in trips)


# Lane i11s23p: "South African Ambassador to China Ada Kemp": another country's envoy to China, never at an "Embassy
# of the People's Republic of China in China"; "Chinese Ambassador to Kenya" still holds the post at China's embassy.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ma Zhaoxu met with envoys, including the dean and Madagascan Ambassador to China Ada Kemp.",
        "Ma Zhaoxu met with Ambassador to China Ada Kemp of Kenya on Monday.",
        "Ma Zhaoxu met with South African Ambassador to China Ada Kemp on Monday.",
    ],
)
def test_a_foreign_envoy_to_china_is_at_no_chinese_embassy(sentence, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    draft = draft_article("t", text, registries, [], "2024-05-06")
    assert not [e for e in draft.new_entries if e.fields["id"].startswith("china-embassy")]
    assert not [r.organization for r in draft.roles if r.person == "ada-kemp" and r.organization]


def test_a_chinese_envoy_to_a_country_is_at_chinas_embassy_there(registries):
    text = "NAIROBI, May 6 (Xinhua) -- Chinese Ambassador to Kenya Ada Kemp met with Filippo Grandi on Monday.\n"
    draft = draft_article("t", text, registries, [], "2024-05-06")
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == ["china-embassy-kenya"]


# Lane i11s23p: "held the second collective consultation with the diplomatic corps" is a meeting; those who
# "co-chaired the consultation", "attended the consultation, including B" or "also sent representatives ... to attend
# the consultation" take part in it, none in a gathering of their own.
def test_a_consultation_and_those_who_chaired_attended_or_sent_representatives(registries):
    text = (
        "On July 12, 2018, the Ministry of Foreign Affairs held the second collective consultation with the "
        "diplomatic corps of Pacific island countries in China. Director-General Ma Zhaoxu co-chaired the "
        "consultation with Ambassador Chen Xu. 20 envoys attended the consultation, including Ambassador Filippo "
        "Grandi. IOM, which has no office in the region, also sent representatives for a special trip to Beijing to "
        "attend the consultation.\n"
    )
    meetings = _meetings(text, registries, "2018-07-13")
    assert [(m.kind, m.participants, m.organizations) for m in meetings] == [
        ("dialogue", ["ma-zhaoxu", "chen-xu", "filippo-grandi"], ["mfa-china", "iom"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ma Zhaoxu is in Geneva to attend the 98th session of the IOM Council, which opened on Monday.",
        "Ma Zhaoxu invited Filippo Grandi to attend the consultation in Beijing next year.",
    ],
)
def test_to_attend_a_gathering_is_no_addition_to_the_talks_above(sentence, registries):
    text = f"GENEVA, Dec. 1 (Xinhua) -- Ma Zhaoxu held talks here on Tuesday with António Vitorino.\n{sentence}\n"
    talks = _meetings(text, registries, "2009-12-01")[0]
    assert talks.participants == ["ma-zhaoxu", "antonio-vitorino"]


# Lane i11s23p: "A visited IOM in Geneva and attended the OECD meeting in Paris": the second verb's gathering is A's
# and its own body's, never the first one's object (IOM); "A met with B in Geneva and attended a forum in Paris": B
# was not at the forum. "At the Global Forum, A met with B": both were at it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Xu Ganlu visited IOM in Geneva on Monday and attended the OECD Ministerial Meeting on Migration in Paris.",
        "Xu Ganlu led a delegation to visit IOM and UNHCR in Geneva from January 9 to 18, and attended the OECD "
        "Ministerial Meeting on Migration in Paris, France.",
    ],
)
def test_the_object_of_a_first_verb_takes_no_part_in_the_second(sentence, registries):
    text = f"BEIJING, Jan. 20 (Xinhua) -- {sentence}\n"
    paris = [m for m in _meetings(text, registries, "2020-01-20") if m.place == "paris"]
    assert paris and all(m.organizations == ["oecd"] and m.participants == ["xu-ganlu"] for m in paris)


def test_whom_a_first_verb_met_is_not_at_a_gathering_the_second_attended(registries):
    text = (
        "BEIJING, Jan. 20 (Xinhua) -- Xu Ganlu met with António Vitorino in Geneva on Monday and attended a forum in "
        "Paris on Thursday.\n"
    )
    meetings = _meetings(text, registries, "2020-01-20")
    assert [m.participants for m in meetings if m.place == "paris"] and all(
        m.participants == ["xu-ganlu"] for m in meetings if m.place == "paris"
    )
    assert [(m.participants, m.place) for m in meetings if m.kind == "bilateral_talks"] == [
        (["xu-ganlu", "antonio-vitorino"], "geneva")
    ]


def test_people_meeting_at_a_gathering_named_first_are_at_it(registries):
    text = "BEIJING, Jan. 20 (Xinhua) -- At the Global Forum, Xu Ganlu met with António Vitorino on Monday.\n"
    forum = next(m for m in _meetings(text, registries, "2020-01-20") if m.kind == "forum")
    assert forum.participants == ["xu-ganlu", "antonio-vitorino"]


# Lane i11s23p: "At the invitation of A, director general of IOM, X led a delegation to visit Y, and attended the OECD
# meeting in Paris": the later meeting has X's bodies, none of the invitation's; and "visited IOM Headquarters on
# Monday, and attended the OECD meeting in Paris on Thursday": each meeting has its own clause's day and place.
def test_a_later_verb_takes_no_body_of_an_invitation_before_the_subject(registries):
    text = (
        "BEIJING, Jan. 20 (Xinhua) -- At the invitation of António Vitorino, director general of the International "
        "Organization for Migration (IOM), Xu Ganlu, administrator of the National Immigration Administration, led a "
        "delegation to visit Slovakia from January 9 to 18, and attended the OECD Ministerial Meeting on Migration in "
        "Paris, France.\n"
    )
    paris = [m for m in _meetings(text, registries, "2020-01-20") if m.place == "paris"]
    assert [(m.participants, m.organizations) for m in paris] == [(["xu-ganlu"], ["nia-china", "oecd"])]


@pytest.mark.parametrize("link", [", and attended", " and attended", ". He then attended"])
def test_each_clause_gives_its_meeting_its_own_day_and_place(link, registries):
    text = (
        f"BEIJING, Jan. 20 (Xinhua) -- Xu Ganlu visited IOM Headquarters on Monday{link} the OECD Ministerial Meeting "
        "on Migration in Paris on Thursday.\n"
    )
    meetings = _meetings(text, registries, "2020-01-20")
    visit = next(m for m in meetings if m.kind == "visit")
    conference = next(m for m in meetings if m.kind == "conference")
    assert (visit.date.value, conference.date.value, conference.place) == ("2020-01-20", "2020-01-16", "paris")
    assert visit.place != "paris"


def test_a_place_after_the_verbs_of_one_meeting_stays_its_own(registries):
    text = "BEIJING, Jan. 20 (Xinhua) -- Xu Ganlu met with António Vitorino and discussed cooperation in Geneva on Monday.\n"
    assert [(m.participants, m.place) for m in _meetings(text, registries, "2020-01-20")] == [
        (["xu-ganlu", "antonio-vitorino"], "geneva")
    ]


# Lane i11s23p: "for violating the Genocide Convention, Ambassador Li said": a document, no person; "According to the
# United Nations Higher Commission for Refugees, ...": the body is named without the words that cite it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The Gambia says Myanmar violated the Genocide Convention, Ambassador Li Jiming said.",
        "China has ratified the Refugee Protocol, Minister Ada Kemp noted.",
        "Under the Palermo Treaty, Director Ivo Lind said, states must cooperate.",
    ],
)
def test_a_document_before_a_titled_name_is_no_person(sentence):
    names = [c.name for c in person_candidates(sentence)]
    assert not [n for n in names if re.search(r"\b(?:Convention|Protocol|Treaty)\b", n)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "According to the United Nations Higher Commission for Refugees, 1.2 million refugees live in Lebanon.",
            "United Nations Higher Commission for Refugees",
        ),
        (
            "According to the Ministry of Public Security of Vietnam, 20 people were rescued.",
            "Ministry of Public Security of Vietnam",
        ),
        ("Owing to the Refugee Relief Commission, the camps were kept open.", "Refugee Relief Commission"),
    ],
)
def test_a_body_cited_with_according_to_is_named_without_those_words(sentence, expected):
    assert [c.name for c in organization_candidates(sentence)] == [expected]


# Lane i11s23p: "technical support to the EU-China Dialogue on Migration and Mobility", "of mutual interest to the
# Dialogue": a standing dialogue that a project serves, no gathering anyone attended; "led a delegation to the
# Dialogue" still is one.
@pytest.mark.parametrize(
    "sentence",
    [
        "The project gives support to the EU-China Dialogue on Migration and Mobility.",
        "The project advises partners on matters of mutual interest to the EU-China Dialogue on Migration and Mobility.",
        "IOM offers technical assistance to the Regional Consultative Forum on Migration.",
    ],
)
def test_what_is_given_to_a_standing_dialogue_is_no_gathering(sentence, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert _meetings(text, registries, "2024-05-06") == []


def test_a_delegation_led_to_a_dialogue_attends_it(registries):
    text = "BEIJING, May 6 (Xinhua) -- Xu Ganlu led a delegation to the EU-China Dialogue on Migration and Mobility.\n"
    assert [(m.kind, m.participants) for m in _meetings(text, registries, "2024-05-06")] == [
        ("conference", ["xu-ganlu"])
    ]


# Lane i11s23p: "Pre-Departure Orientation (PDO)", "Migration Governance Framework (MiGOF)": a service or a framework
# that an acronym spells is no organization; "Regional Training Centre (RTC)" still is one.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The WeChat app, which provides Pre-Departure Orientation (PDO) to workers, was launched.", []),
        ("IOM applies its Migration Governance Framework (MiGOF) in China.", []),
        ("The Migration Health Training (MHT) course opened in Kunming.", []),
        ("The Regional Training Centre (RTC) opened in Kunming.", ["Regional Training Centre"]),
    ],
)
def test_a_service_or_framework_spelled_by_its_acronym_is_no_organization(sentence, expected):
    assert [c.name for c in organization_candidates(sentence) if c.acronym] == expected


# Lane i11s23p: "Lebanon's Minister of Social Affairs A and Chinese Ambassador to Lebanon B signed an agreement":
# both signed it, the second named after a title with its place.
@pytest.mark.parametrize(
    "subject",
    [
        "Lebanon's Minister of Social Affairs Filippo Grandi and Chinese Ambassador to Lebanon Chen Xu",
        "Filippo Grandi and Chinese Ambassador to Lebanon Chen Xu",
        "Filippo Grandi and the Ambassador of the People's Republic of China to Lebanon Chen Xu",
    ],
)
def test_two_signatories_joined_by_and_before_a_title_with_its_place(subject, registries):
    text = f"BEIRUT, Nov. 5 (Xinhua) -- {subject} signed an agreement Wednesday on a donation.\n"
    assert [set(m.participants) for m in _meetings(text, registries, "2014-11-06")] == [{"filippo-grandi", "chen-xu"}]


def test_a_later_verb_keeps_the_body_in_the_subjects_own_title(registries):
    text = (
        "BEIJING, Jan. 20 (Xinhua) -- IOM's Director General António Vitorino visited the National Immigration "
        "Administration on Monday and attended the OECD Ministerial Meeting on Migration in Paris on Thursday.\n"
    )
    paris = [m for m in _meetings(text, registries, "2020-01-20") if m.place == "paris"]
    assert [(m.participants, m.organizations) for m in paris] == [(["antonio-vitorino"], ["iom", "oecd"])]


# Lane i11s23e (round 11): entities, roles, speakers and topics read the way an unseen writer puts them.
# A mission's accreditation formula ("... and Other International Organizations in Switzerland") is no body of its own:
# the office it is accredited to stays a mention of that office and the envoy's post is at his mission.
@pytest.mark.parametrize(
    "post",
    [
        "Permanent Representative of China to the United Nations Office at Geneva and Other International "
        "Organizations in Switzerland",
        "Permanent Representative of China to the United Nations Office at Geneva and other International "
        "Organisations in Switzerland",
    ],
)
def test_lane_i11s23e_the_rest_of_a_missions_accreditation_is_no_body(post, registries):
    text = f"GENEVA, May 6 (Xinhua) -- The gift was handed over by Ambassador Hao Linfeng, {post}, to IOM.\n"
    assert not [c for c in organization_candidates(text) if "Other" in c.name or "other" in c.name]
    draft = draft_article("t", text, registries, [])
    assert "unog" in {m.entity_id for m in draft.mentions if m.kind == "organizations"}
    assert [(r.person, r.organization) for r in draft.roles if r.title == "Permanent Representative"] == [
        ("hao-linfeng", "china-mission-geneva")
    ]


# A body named only by what it is and where ("the Embassy in Phnom Penh", "its Liaison Office in Beijing"): whose it
# is, the text leaves to its context, so no new organization; one that names its owner stays one.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ambassador Ding met him at the Embassy in Phnom Penh.", []),
        ("IOM opened its Liaison Office in Beijing in 2001.", []),
        ("The talks were held at the Consulate General in Cebu on Monday.", []),
        ("The talks were held at the Permanent Mission in Vienna.", []),
        ("The talks were held at the Embassy of Chad in Beijing.", ["Embassy of Chad in Beijing"]),
        ("They met at the Chinese Embassy in Dhaka.", ["Chinese Embassy in Dhaka"]),
        ("They met at the Kenya Liaison Office in Juba.", ["Kenya Liaison Office in Juba"]),
    ],
)
def test_lane_i11s23e_a_body_named_by_what_and_where_is_no_new_organization(sentence, expected):
    assert [c.name for c in organization_candidates(sentence)] == expected


# An outlet that asks a question in a press conference may be named by one word ("Reuters:", "Bloomberg:"), where an
# outlet the rule already reads asks too; a label of a turn or a person's family name alone never is one.
def test_lane_i11s23e_one_word_outlets_ask_in_a_press_conference():
    text = (
        "Reuters: Will the visit bring more funding?\n\nA: I have no information on that.\n\n"
        "CCTV: What will the two sides discuss?\n\nBloomberg: A follow-up. Will he meet the premier?\n\n"
        "Question: Is that all?\n\nJournalist: Any other plans?\n"
    )
    assert [c.name for c in organization_candidates(text) if c.cue == "outlet asking"] == [
        "Reuters",
        "CCTV",
        "Bloomberg",
    ]


def test_lane_i11s23e_a_one_word_name_asking_in_an_interview_is_no_outlet():
    text = "Zhang: Why did you move?\n\nMorales: For work.\n\nZhang: Do you like it here?\n"
    assert [c.name for c in organization_candidates(text) if c.cue == "outlet asking"] == []


# Names that open with an initial, Mongolian ones of two letters, with or without a space ("Mr. D. Bayarsaikhan",
# "Ts. Dorjsuren, Deputy Director General", "President Kh.Battulga"), after a title, before an apposition or a verb,
# after a meeting verb; an initial after a word ("Plan B.") opens no name of one word.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("On 8 May, Mr. B. Ganzorig, Director General of the Agency, received them.", ["B. Ganzorig"]),
        ("Also present was Ts. Oyunbileg, Deputy Director General of the Agency.", ["Ts. Oyunbileg"]),
        ("On Monday, President Kh.Erdene received the delegation.", ["Kh.Erdene"]),
        ("The envoy met with Ch.Naranbaatar, head of the division, on Monday.", ["Ch.Naranbaatar"]),
        ("The envoy met with Sh. Tsogt Erdene on Monday.", ["Sh. Tsogt Erdene"]),
        ("They chose option B. Officials welcomed it.", []),
        ("Also present was Ts. Oyunbileg, an adviser to the Agency.", ["Ts. Oyunbileg"]),
        ("The plan was called Annex B. Inspectors, the report said, came.", []),
    ],
)
def test_lane_i11s23e_names_opening_with_an_initial(sentence, expected):
    assert [c.name for c in person_candidates(sentence)] == expected


def test_lane_i11s23e_an_initialled_name_gets_its_post_and_its_family_name(registries):
    text = (
        "ULAANBAATAR, May 6 (Xinhua) -- Mr. B. Ganzorig, Director General of the Immigration Agency of Mongolia, "
        "met a delegation of the National Immigration Administration on Monday.\n"
        "Mr. Ganzorig said that the two agencies should meet every year.\n"
    )
    draft = draft_article("t", text, registries, [])
    people = {e.fields["name"]: e.fields["aliases"] for e in draft.new_entries if e.kind == "people"}
    assert people == {"B. Ganzorig": ["Ganzorig"]}
    assert [(r.person, r.title) for r in draft.roles] == [("b-ganzorig", "Director General")]


# "The two sides discussed ...": the writer's account of the talks, which goes on with no one's reported speech.
@pytest.mark.parametrize(
    "second, expected",
    [
        ("The two sides discussed border management and visas.", None),
        ("Both sides also exchanged views on border management.", None),
        ("The two sides reviewed cooperation in border management.", None),
        ("It would step up border management with its neighbours.", "kemp"),
    ],
)
def test_lane_i11s23e_the_account_of_talks_continues_no_ones_speech(second, expected):
    text = f"Ada Kemp welcomed the delegation and noted that crossings had grown. {second}"
    people = _people(text, {"Ada Kemp": "kemp"})
    assert speakers(text, split_sentences(text), people) == ["kemp", expected]


# The subject of a gathering is no one's position, a qualifier before it too ("a course on integrated border
# management"); the speaker's own words about the topic stay his.
@pytest.mark.parametrize(
    "sentence, spoken",
    [
        ("Xu Ganlu said the NIA would send six officers to an IOM course on integrated border management.", False),
        ("Xu Ganlu said the NIA would send six officers to a seminar on modern border management.", False),
        ("Xu Ganlu said the NIA would strengthen integrated border management with IOM.", True),
        ("Xu Ganlu said the NIA would send six officers to a course on the new border management system.", False),
    ],
)
def test_lane_i11s23e_a_gatherings_subject_with_a_qualifier_is_no_ones(sentence, spoken, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    draft = draft_article("t", text, registries, [])
    topics = [m for m in draft.mentions if m.kind == "topics" and text[m.start : m.end] == "border management"]
    assert topics and all(bool(m.speakers) == spoken for m in topics)


# A name in apposition to a country's adjective and a noun of no body or place ("Rafael Lobo, a Brazilian trader who
# ...") is a person, as a title's apposition says; a body or place so described is none.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Rafael Lobo, a Brazilian trader who has lived in Guangzhou for years, said it takes a week.",
            ["Rafael Lobo"],
        ),
        ("Ana Lima, an Angolan student at Fudan University, said she renewed her permit.", ["Ana Lima"]),
        ("Hong Kong, a Chinese city of seven million, said goodbye to the envoy.", []),
        ("Doctors Without Borders, a French charity, said it would help.", []),
        ("Blue Harbor, a Kenyan company, said it would bid.", []),
    ],
)
def test_lane_i11s23e_a_national_in_apposition_is_a_person(sentence, expected):
    assert [c.name for c in person_candidates(sentence)] == expected


# A scholar's post named by his discipline ("a demographer at ...", "a sociologist with ...", "an economist at ..."):
# a role at the body named.
@pytest.mark.parametrize("post", ["a demographer", "a sociologist", "an economist", "a criminologist"])
def test_lane_i11s23e_a_scholars_discipline_is_his_post(post, registries):
    text = f"BEIJING, May 6 (Xinhua) -- Wen Lihua, {post} at Westbrook University, told the forum that data matter.\n"
    draft = draft_article("t", text, registries, [])
    assert [(r.person, r.title) for r in draft.roles] == [("wen-lihua", post.split()[1].capitalize())]


# The head of an international organization's office in one country the registry has no office of ("Chief of Mission of
# the International Organization for Migration (IOM) in Cambodia") holds the post at that office, proposed as "IOM
# Cambodia" with its parent; the registered office where there is one; a UN agency's "Representative in X", a post for
# two countries and one for a region stay with the organization.
@pytest.mark.parametrize(
    "apposition, office, entry",
    [
        ("Chief of Mission of the International Organization for Migration (IOM) in Cambodia", "iom-cambodia", True),
        ("Chief of Mission of the International Organization for Migration in Bangladesh", "iom-bangladesh", True),
        ("IOM's Head of Office in Sri Lanka", "iom-sri-lanka", True),
        ("IOM's Chief of Mission in China", "iom-china", False),
        ("Chief of Mission of the International Organization for Migration (IOM) in China", "iom-china", False),
        ("Chief of Mission of IOM for the Maldives and Sri Lanka", "iom", False),
        ("IOM Chief of Mission and Sub-Regional Coordinator for the Pacific", "iom", False),
    ],
)
def test_lane_i11s23e_a_country_offices_head_holds_the_post_there(apposition, office, entry, registries):
    text = f"On 21 May, Ambassador Yao Wen met with Abdul Karim, {apposition}, in the capital.\n"
    draft = draft_article("t", text, registries, [], "2024-05-22")
    assert [r.organization for r in draft.roles if r.person == "abdul-karim"] == [office]
    offices = [e.fields for e in draft.new_entries if e.fields.get("kind") == "intergovernmental_office"]
    assert [(f["id"], f["parent"]) for f in offices] == ([(office, "iom")] if entry else [])


def test_lane_i11s23e_a_un_agencys_representative_in_a_country_is_the_agencys(registries):
    text = "On 21 May, Ambassador Yao Wen met with Ada Kemp, UNHCR Representative in Kenya, in Nairobi.\n"
    draft = draft_article("t", text, registries, [], "2024-05-22")
    assert [r.organization for r in draft.roles if r.person == "ada-kemp"] == ["unhcr"]


# A department named with its ministry after "China's" ("Department of Treaty and Law of China's Ministry of Foreign
# Affairs"): the department is proposed under its own name with the ministry as parent, the ministry stays a mention,
# and a post there is the department's; "of the Ministry of ..." names it in full, its name then (lane i11s29e).
@pytest.mark.parametrize(
    ("owner", "name"),
    [
        ("China's ", "Department of Consular Rules"),
        ("China’s ", "Department of Consular Rules"),
        ("the ", "Department of Consular Rules of the Ministry of Foreign Affairs"),
    ],
)
def test_lane_i11s23e_a_department_of_chinas_ministry_is_its_own_body(owner, name, registries):
    text = (
        "BEIJING, May 6 (Xinhua) -- Speaking in the general debate, Hua Lin, Director-General of the Department of "
        f"Consular Rules of {owner}Ministry of Foreign Affairs, said that data matter.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [(e.fields["name"], e.fields.get("parent")) for e in draft.new_entries if e.kind == "organizations"] == [
        (name, "mfa-china")
    ]
    assert "mfa-china" in {m.entity_id for m in draft.mentions if m.kind == "organizations"}
    assert [(r.person, r.organization) for r in draft.roles] == [("hua-lin", "department-of-consular-rules")]


# A speaker named between commas after his post, the only person before the verb ("China's permanent representative
# in Geneva, Ada Kemp, called on ..."); not after a phrase of place, nor when the name is the object of a verb before.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("China's permanent representative to the UN Office at Geneva, Ada Kemp, called on states to act.", ["kemp"]),
        ("The deputy head of the agency, Ada Kemp, also stressed data.", ["kemp"]),
        ("IOM Director General, Ada Kemp, said data matter.", ["kemp"]),
        ("In Geneva, Ada Kemp, said data matter.", [None]),
        ("The envoy met Ada Kemp, called on states to act.", [None]),
        ("Ivo Lind, Director of the office, and Ada Kemp, stressed data.", [None]),
    ],
)
def test_lane_i11s23e_a_speaker_named_after_his_post(text, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind"})
    assert speakers(text, split_sentences(text), people) == expected


# "A met (here on a day) with B, <B's post>, and the two sides agreed ...": the two who met speak, a wire dateline or A's
# own post before them too; "A met with B and agreed" is A's alone, and a clause of B's own leaves it open.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BEIJING, Oct. 19 (Xinhua) -- Vice Minister Dong Li met here Wednesday with Rosa Hall, deputy director "
            "general of the IOM, and the two sides agreed to strengthen cooperation.",
            [("dong", "hall")],
        ),
        (
            "Dong Li, Vice Minister of Public Security, met here Friday with Rosa Hall, Chief of Mission in China, "
            "and the two sides exchanged views on data.",
            [("dong", "hall")],
        ),
        ("Dong Li met Rosa Hall on Monday and both sides agreed to act.", [("dong", "hall")]),
        ("Dong Li met with Rosa Hall and exchanged views on data.", [("dong", "hall")]),
        ("Dong Li met with Rosa Hall and agreed to act.", [()]),
        ("Dong Li met with Rosa Hall, who said data matter, and the two sides agreed.", [()]),
        ("Dong Li thanked Rosa Hall, and the two sides agreed to act.", [("dong",)]),
    ],
)
def test_lane_i11s23e_the_two_sides_of_talks_in_the_same_sentence_speak(text, expected):
    sentences = split_sentences(text)
    people = _people(text, {"Dong Li": "dong", "Rosa Hall": "hall"})
    assert co_speakers(text, sentences, people, speakers(text, sentences, people)) == expected


# A post in lower case after its owner, before the name and a comma ("China's permanent representative to the UN Office
# at Geneva, Chen Xu, ..."): the role, at the mission of the country to the office it names; an envoy "to the United
# Nations" (in New York) is at no mission registered for Geneva, and "to the UN in Geneva" is at the one in Geneva.
@pytest.mark.parametrize(
    "post, mission",
    [
        ("China's permanent representative to the UN Office at Geneva", "china-mission-geneva"),
        ("China's permanent representative to the United Nations Office at Geneva", "china-mission-geneva"),
        ("China's Permanent Representative to the UN in Geneva", "china-mission-geneva"),
        ("China's permanent representative to the United Nations", None),
        ("China's permanent representative to the UN", None),
    ],
)
def test_lane_i11s23e_an_envoys_post_in_lower_case_before_his_name(post, mission, registries):
    text = f"GENEVA, May 6 (Xinhua) -- {post}, Hao Linfeng, on Tuesday called on states to act.\n"
    draft = draft_article("t", text, registries, [])
    assert [(r.person, r.title, r.organization) for r in draft.roles] == [
        ("hao-linfeng", "Permanent Representative", mission)
    ]


# "Speaking at the General Debate of ...": a participle and its object before a body's name are no part of it.
def test_lane_i11s23e_a_participle_at_a_gathering_is_no_part_of_a_name():
    text = "Speaking at the General Debate of the Third Committee of the UN General Assembly, Hao rejected it."
    assert [c.name for c in organization_candidates(text)] == ["Third Committee of the UN General Assembly"]


# A post "of the Agency" (capitalised, as bodies call themselves) is at the one body named before with that word; the
# leader of "a delegation of the X of the Y, led by <post> Z" holds the post at X, the part that opens the chain.
def test_lane_i11s23e_a_post_of_the_capitalised_body_named_before(registries):
    text = (
        "ULAANBAATAR, May 6 (Xinhua) -- Mr. B. Ganzorig, Director General of the Immigration Agency of Mongolia, "
        "received a delegation of the Border Control Department of the Ministry of Public Security of China, led by "
        "Deputy Director General Mr. Wang Lin, on Monday. Also present was Mr. Ts. Oyunbileg, Deputy Director General "
        "of the Agency.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert {(r.person, r.organization) for r in draft.roles} == {
        ("b-ganzorig", "immigration-agency-of-mongolia"),
        ("wang-lin", "border-control-department"),
        ("ts-oyunbileg", "immigration-agency-of-mongolia"),
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The team was led by Deputy Director General Mr. Wang Lin, on Monday.", ["Wang Lin"]),
        ("The team was led by Director General Dr. Ada Kemp of the agency.", ["Ada Kemp"]),
        ("The talks were chaired by Minister Ms. Ivo Lind.", ["Ivo Lind"]),
    ],
)
def test_lane_i11s23e_a_form_of_address_after_a_title_opens_the_name(sentence, expected):
    assert [c.name for c in person_candidates(sentence)] == expected


# The UN's short names that releases use and CLDR's English names are not ("Viet Nam", "Lao PDR") name countries too:
# "the governments of Cambodia, Lao PDR, Thailand and Viet Nam" is one government each.
def test_lane_i11s23e_the_uns_short_names_name_countries():
    text = "The course was funded by the governments of Cambodia, Lao PDR, Thailand and Viet Nam."
    assert [(c.name, c.country) for c in government_candidates(text)] == [
        ("Cambodia", "KH"),
        ("Lao PDR", "LA"),
        ("Thailand", "TH"),
        ("Viet Nam", "VN"),
    ]


# A foreign body named once with its country after it and once with the country's adjective before it ("Immigration
# Bureau of Thailand", "the Thai Immigration Bureau") is one new organization, the second form its alias; two
# countries ("Chinese Embassy in Thailand", "Thai Embassy in China") stay two.
@pytest.mark.parametrize(
    "first, second, entries",
    [
        ("Immigration Bureau of Thailand", "Thai Immigration Bureau", 1),
        ("Immigration Department of Viet Nam", "Vietnamese Immigration Department", 1),
        ("Chinese Embassy in Thailand", "Thai Embassy in China", 2),
        ("Immigration Bureau of Thailand", "Lao Immigration Bureau", 2),
    ],
)
def test_lane_i11s23e_a_body_named_by_its_country_and_by_its_adjective_is_one(first, second, entries, registries):
    text = (
        f"BEIJING, May 6 (Xinhua) -- Officials of the {first} met officials of the NIA on Monday. "
        f"The {second} will send a team next year.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert len([e for e in draft.new_entries if e.kind == "organizations"]) == entries


# Lane i11s23d (round 11): dates of meetings and date mentions. A meeting "Earlier that day" ("Later in the day", "In
# the afternoon", "On the evening of the same day") is dated by the phrase that says so, its quote in its own sentence,
# not by the quote of the meeting above (whose several days leave the day open); a month or a season named alone ("In
# October", "next spring", "in the autumn") is read against the anchor, its months written; the date in words a
# speaker is said to have said ("... next year, officials said at a symposium on Saturday") is not the meeting's.
_DAY_23D = (
    "Visit\n\nBEIJING, May 11 (Xinhua) -- On 8 May, Ms. Ada Kemp met with Vice Minister Hao Ren in Beijing. {when}"
)


@pytest.mark.parametrize(
    "when",
    [
        "Earlier that day, she called on Director-General Lin Bo.",
        "Earlier in the day, Ms. Kemp called on Director-General Lin Bo.",
        "Later in the day, she held talks with Director-General Lin Bo.",
        "In the afternoon, Ms. Kemp held talks with Director-General Lin Bo.",
        "On the evening of the same day, Ms. Kemp met with Director-General Lin Bo.",
    ],
)
def test_a_meeting_that_day_is_dated_by_its_own_phrase(when, registries):
    text = _DAY_23D.format(when=when) + "\n"
    [meeting] = [m for m in _meetings(text, registries, "2023-05-11") if "lin-bo" in m.participants]
    phrase = text[meeting.date.start : meeting.date.end]
    assert (meeting.date.value, meeting.date.basis) == ("2023-05-08", "relative")
    assert phrase.lower() in when.lower() and text.index(when) <= meeting.date.start


def test_the_same_day_as_a_gathering_of_several_days_stays_its_days(registries):
    text = (
        "Forum\n\nBEIJING, May 11 (Xinhua) -- Vice Minister Hao Ren opened a forum on migration in Beijing from 8 to "
        "10 May. On the same day, Hao Ren met with Ms. Ada Kemp.\n"
    )
    dates = [m.date for m in _meetings(text, registries, "2023-05-11") if m.date]
    assert all(d.end_value == "2023-05-10" for d in dates)


_ANCHOR_23D = Anchor(dt.date(2016, 7, 15), "the page")


@pytest.mark.parametrize(
    ("sentence", "value", "end"),
    [
        ("In October, the office will hold a workshop.", "2016-10", None),
        ("The Administration will send officers to a course in September.", "2016-09", None),
        ("He looked forward to visiting Beijing in the autumn.", "2016-09", "2016-11"),
        ("The two sides will meet again next spring.", "2017-03", "2017-05"),
        ("The centre opened last October.", "2015-10", None),
        ("A course is planned for this winter.", "2016-12", "2017-02"),
        ("Talks were held in the spring of 2014 in Hanoi.", "2014-03", "2014-05"),
        ("They will meet during the fall.", "2016-09", "2016-11"),
    ],
)
def test_a_month_or_a_season_alone_is_read_against_the_anchor(sentence, value, end):
    [date] = find_dates(sentence, anchor=_ANCHOR_23D)
    assert (date.value, date.end_value, date.precision) == (value, end, "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Spring Festival holiday ended.",
        "Migrants arrive in the summer months.",
        "The fall of the city in 1975 drove people out.",
        "Arrivals may fall this year.",
        "Seasonal workers help with the autumn harvest.",
    ],
)
def test_no_season_where_the_word_is_no_time_of_the_year(sentence):
    assert all(d.precision != "month" for d in find_dates(sentence, anchor=_ANCHOR_23D))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 8 September 2015, Ms. Ada Kemp met Hao Ren. In October, the two sides will hold talks.", "2015-10"),
        ("On 8 September 2015, Ms. Ada Kemp met Hao Ren. In March, the two sides held talks.", "2015-03"),
        ("In October, the two sides will hold talks. On 8 September 2015, Ms. Ada Kemp met Hao Ren.", None),
        ("Ms. Ada Kemp met Hao Ren in October.", None),
    ],
)
def test_without_an_anchor_a_month_alone_is_read_by_the_day_stated_before_it(text, value):
    [month] = [d for d in find_dates(text) if "2015" not in d.quote]
    assert month.value == value


def test_a_winter_with_its_year_stays_undecided():
    [date] = find_dates("Talks were held in the winter of 2015.", anchor=_ANCHOR_23D)
    assert date.value is None and "two years" in date.note


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Guangzhou will open two more centres next year, Hao Ren said at a symposium on Saturday.", "2018-11-24"),
        ("Next year, Guangzhou will open two centres, Hao Ren said at a symposium on Saturday.", "2018-11-24"),
        ("On Thursday, Minister Hao Ren said at a symposium on migration that services would grow.", "2018-11-22"),
        ("Minister Hao Ren on Thursday addressed a symposium on migration, the ministry said.", "2018-11-22"),
    ],
)
def test_a_date_in_words_said_is_not_the_meetings(sentence, value, registries):
    text = f"Forum\n\nGUANGZHOU, Nov. 26 (Xinhua) -- {sentence}\n"
    dated = {m.date.value for m in _meetings(text, registries, "2018-11-26") if m.date}
    assert dated == {value}


def test_a_speech_at_the_gathering_named_before_skips_the_words_said_there(registries):
    text = (
        "Forum\n\nGUANGZHOU, Nov. 26 (Xinhua) -- Guangzhou will open two more centres next year, Hao Ren said at a "
        "symposium on Saturday. Tang Wenjie, a city official, told the symposium that services would grow.\n"
    )
    [speech] = [m for m in _meetings(text, registries, "2018-11-26") if m.kind == "speech"]
    assert speech.date.value == "2018-11-24"


@pytest.mark.parametrize("opening", ["At the end of the meeting", "At the close of the talks", "After the meeting"])
def test_what_is_done_at_the_end_of_a_meeting_is_on_its_day_and_the_next_day_counts_from_it(opening, registries):
    text = (
        "Visit\n\nBEIJING, Sept. 9 (Xinhua) -- On 8 September, Ms. Ada Kemp met with Vice Minister Hao Ren in Beijing. "
        f"{opening}, Ms. Kemp and Hao Ren signed the minutes of the talks. The following day, Ms. Kemp visited the "
        "border checkpoint at the airport.\n"
    )
    days = [m.date.value for m in _meetings(text, registries, "2015-09-09") if m.date]
    assert days[-2:] == ["2015-09-08", "2015-09-09"]


# Lane i11s23d: a trip of n days told by its end ("wrapped up", "completed", "rounded off", "at the end of") or by its
# start ("arrived ... for", "began", "on Monday begins") runs the n days up to (from) that day; a day of a clause of
# its own, or a visit with no length, gives none. So does a course, workshop or forum (``event``) told by its opening
# or closing day; a trip's days never date a gathering, nor a gathering's a trip; a day of someone who arrived is no
# start.
@pytest.mark.parametrize(
    ("sentence", "event", "days"),
    [
        ("Mr. Ivo Lind on Friday wrapped up a five-day visit to China.", False, ("2016-10-31", "2016-11-04")),
        ("Mr. Ivo Lind completed a three-day visit to China on Sunday.", False, ("2016-11-04", "2016-11-06")),
        ("Mr. Ivo Lind rounded off a four-day official visit to China on Friday.", False, ("2016-11-01", "2016-11-04")),
        (
            "At the end of his five-day visit to China on Friday, Mr. Ivo Lind met the press.",
            False,
            ("2016-10-31", "2016-11-04"),
        ),
        ("Mr. Ivo Lind began a five-day visit to China on Monday.", False, ("2016-11-07", "2016-11-11")),
        (
            "Mr. Ivo Lind arrived in Beijing on Monday for a four-day visit to China.",
            False,
            ("2016-11-07", "2016-11-10"),
        ),
        ("Mr. Ivo Lind, who met Wang Hao on Monday, is on a five-day visit to China.", False, None),
        ("Mr. Ivo Lind arrived in Beijing on Monday, and will spend five days in China.", False, None),
        ("Mr. Ivo Lind wrapped up a visit to China on Friday.", False, None),
        ("A ten-day training course for 40 officials opened here on Thursday.", True, ("2016-11-03", "2016-11-12")),
        ("The three-day regional workshop on border management closed on Friday.", True, ("2016-11-02", "2016-11-04")),
        ("A two-day forum on labour migration opened in Kunming on Wednesday.", True, ("2016-11-02", "2016-11-03")),
        ("A ten-day training course for 40 officials opened here on Thursday.", False, None),
        ("Mr. Ivo Lind ended a five-day visit to China on Friday.", True, None),
        ("During a five-day visit, Mr. Ivo Lind met officials who arrived on Monday.", False, None),
    ],
)
def test_a_trip_or_gathering_told_by_its_end_or_start_runs_its_days(sentence, event, days):
    anchor = Anchor(dt.date(2016, 11, 8), "the page")
    found = from_its_end(sentence, (0, len(sentence)), find_dates(sentence, anchor=anchor), event)
    assert ((found.value, found.end_value) if found else None) == days


# Lane i11s23d: a day or month that opens its clause is to come when the future follows it within a few words ("On
# Wednesday Grandi will travel", "In October, the office will hold"); never across a verb of its own ("On Monday, the
# minister said the team will go") nor a bare weekday ("met Tu Wednesday and will travel"). A month alone that opens a
# clause told in the past is the latest one begun ("In April, the office held a workshop", read in December, is this
# April); one to come ("would", "looked forward to") the next one under way or to come, this month included.
@pytest.mark.parametrize(
    ("sentence", "read", "value"),
    [
        ("On Wednesday Ms. Ada Kemp will travel to Yunnan.", "2017-09-12", "2017-09-13"),
        ("On Friday, the delegation is expected to visit the port.", "2017-09-12", "2017-09-15"),
        ("In October, the office will hold a workshop.", "2017-09-12", "2017-10"),
        ("On Monday, the minister said the team will go.", "2017-09-12", "2017-09-11"),
        ("Ms. Ada Kemp met Tu Hao Wednesday and will travel on.", "2017-09-12", "2017-09-06"),
        ("In May, the office held a workshop and will hold another.", "2017-09-12", "2017-05"),
        ("Ms. Ada Kemp on Monday begins a six-day visit to China.", "2017-09-12", "2017-09-18"),
        ("Ms. Ada Kemp on Monday began a six-day visit to China.", "2017-09-12", "2017-09-11"),
        ("In April, the office held a workshop on labour migration.", "2016-12-15", "2016-04"),
        ("In April, the office will hold a workshop on labour migration.", "2016-12-15", "2017-04"),
        ("The office will hold a workshop in December.", "2016-12-15", "2016-12"),
        ("She said the agency would send trainers in August.", "2016-12-15", "2017-08"),
        ("He looked forward to visiting Beijing in the autumn.", "2016-12-15", "2017-09"),
    ],
)
def test_a_phrase_takes_the_tense_of_its_clause(sentence, read, value):
    [date] = find_dates(sentence, anchor=Anchor(dt.date.fromisoformat(read), "the page"))
    assert date.value == value


# Lane i11s23d: a gathering named in one sentence takes the days the next sentence gives it when that sentence opens
# with it ("The session, which opened on Monday and runs through Thursday"), not the day of the speech made at it;
# never the days of something else, nor days that leave out the day the first sentence states.
@pytest.mark.parametrize(
    ("after", "days"),
    [
        (
            "The session, which opened on Monday and runs through Thursday, brings together 175 states.",
            ("2023-11-27", "2023-11-30"),
        ),
        (
            "The three-day session, which began on Monday and ended on Wednesday, was the last of the year.",
            ("2023-11-27", "2023-11-29"),
        ),
        ("The session, held from 27 to 30 November, brings together 175 states.", ("2023-11-27", "2023-11-30")),
        ("The four-day session, which is the last of the year, opened on Monday.", ("2023-11-27", "2023-11-30")),
        ("The office, which opened on Monday and runs through Thursday, is new.", ("2023-11-28", None)),
        ("The session, which opened on Wednesday and runs through Thursday, is long.", ("2023-11-28", None)),
    ],
)
def test_a_gathering_takes_the_days_the_next_sentence_gives_it(after, days, registries):
    text = (
        "Envoy at the Council\n\nGENEVA, Nov. 30 (Xinhua) -- Ambassador Tang Wenjie addressed the 114th session of the "
        f"IOM Council in Geneva on Tuesday. {after}\n"
    )
    meetings = _meetings(text, registries, "2023-11-30")
    [session] = [m for m in meetings if m.kind == "conference"]
    [speech] = [m for m in meetings if m.kind == "speech"]
    assert (session.date.value, session.date.end_value) == days and speech.date.value == "2023-11-28"


# Lane i11s23d: a stop of a trip of several days told with no day of its own, right after a sentence of its paragraph
# that says on which day the traveller moved there, runs from that day to the trip's last, not from the trip's first;
# what is told as before ("Earlier, he had met") takes nothing from it, and after a new paragraph keeps the trip's days.
_TRIP_23D = (
    "Visit ends\n\nNews Stories, 11 September 2009\n\nBEIJING - Mr. Ivo Lind on Friday wrapped up a five-day visit to "
    "China. In Beijing on Monday, Mr. Lind met Vice Minister Hao Ren.\n\n{move}{sep}{stop}\n"
)


@pytest.mark.parametrize(
    ("move", "sep", "stop", "days"),
    [
        (
            "On Wednesday, Mr. Lind travelled to Beihai.",
            " ",
            "He met Director Tang Wenjie of the city.",
            ("2009-09-09", "2009-09-11"),
        ),
        (
            "Mr. Lind flew to Kunming on Thursday.",
            " ",
            "There he met Director Tang Wenjie.",
            ("2009-09-10", "2009-09-11"),
        ),
        (
            "On Wednesday, Mr. Lind travelled to Beihai.",
            " ",
            "Earlier, he had met Director Tang Wenjie.",
            None,
        ),
        (
            "On Wednesday, Mr. Lind travelled to Beihai.",
            "\n\n",
            "He also met Director Tang Wenjie.",
            ("2009-09-07", "2009-09-11"),
        ),
    ],
)
def test_a_stop_after_a_dated_move_runs_from_that_day(move, sep, stop, days, registries):
    text = _TRIP_23D.format(move=move, sep=sep, stop=stop)
    [met] = [m for m in _meetings(text, registries, "2009-09-11") if "tang-wenjie" in m.participants]
    assert ((met.date.value, met.date.end_value) if met.date else None) == days


# Lane i11s26x (round 11): meetings that real releases tell in words no rule read. An envoy's credentials presented
# or accepted ("presented her letter of credence to", "accepted the credentials of"), talks that someone "had" or held
# with the time and place in a clause between ("held on Monday in his office at the Ministry, talks with"), a round of
# consultations with words before its noun, a farewell call, and a handover ceremony told first ("The handover
# ceremony ... was held", "attended the handover ceremony at the airport") are meetings of the two sides named.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Marit Solheim, the new Chief of Mission of IOM, presented her letter of credence to Foreign Minister "
            "Tomas Varga.",
            ["marit-solheim", "tomas-varga"],
        ),
        (
            "IOM Chief of Mission Marit Solheim presented a copy of her credentials to Vice Minister Tomas Varga.",
            ["marit-solheim", "tomas-varga"],
        ),
        (
            "IOM Chief of Mission Marit Solheim presented her letter of accreditation to Foreign Minister Tomas Varga "
            "today.",
            ["marit-solheim", "tomas-varga"],
        ),
        (
            "Foreign Minister Tomas Varga accepted the credentials of IOM Chief of Mission Marit Solheim.",
            ["tomas-varga", "marit-solheim"],
        ),
        (
            "Foreign Minister Tomas Varga received the letter of credence from IOM Chief of Mission Marit Solheim.",
            ["tomas-varga", "marit-solheim"],
        ),
        (
            "Vice Minister Tang Wenjie had in-depth talks with IOM Chief of Mission Marit Solheim on border management.",
            ["tang-wenjie", "marit-solheim"],
        ),
        (
            "Vice Minister Tang Wenjie held on Monday in his office at the Ministry's headquarters, talks with IOM "
            "Chief of Mission Marit Solheim.",
            ["tang-wenjie", "marit-solheim"],
        ),
        (
            "Vice Minister Tang Wenjie and IOM Chief of Mission Marit Solheim held the third round of the bilateral "
            "consular consultations.",
            ["tang-wenjie", "marit-solheim"],
        ),
        (
            "IOM Chief of Mission Marit Solheim paid a farewell call on Vice Minister Tang Wenjie.",
            ["marit-solheim", "tang-wenjie"],
        ),
        (
            "IOM Chief of Mission Marit Solheim highlighted the plan when bidding farewell to Vice Minister Tang Wenjie.",
            ["marit-solheim", "tang-wenjie"],
        ),
    ],
)
def test_lane_i11s26x_credentials_talks_had_rounds_and_farewells_are_meetings(sentence, expected, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert [sorted(m.participants) for m in _meetings(text, registries, "2024-05-06")] == [sorted(expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Minister Tang Wenjie has had no talks with IOM Chief of Mission Marit Solheim.",
        "The credentials of IOM Chief of Mission Marit Solheim were checked by Vice Minister Tang Wenjie.",
        "IOM Chief of Mission Marit Solheim bade farewell to the camp on Monday.",
        "IOM Chief of Mission Marit Solheim presented certificates to the graduates.",
    ],
)
def test_lane_i11s26x_no_meeting_without_credentials_talks_or_a_farewell_call(sentence, registries):
    text = f"BEIJING, May 6 (Xinhua) -- {sentence}\n"
    assert _meetings(text, registries, "2024-05-06") == []


@pytest.mark.parametrize(
    "text",
    [
        "The handover ceremony of the relief supplies was held in Yangon on Monday. Chinese Ambassador Tang Wenjie "
        "attended the ceremony.",
        "The handover ceremony for China's assistance to the flood victims took place on Monday, with Chinese "
        "Ambassador Tang Wenjie in attendance.",
        "Chinese Ambassador Tang Wenjie attended the handover ceremony at the airport.",
    ],
)
def test_lane_i11s26x_a_handover_ceremony_told_first_is_a_meeting(text, registries):
    [meeting] = _meetings(f"YANGON, May 6 (Xinhua) -- {text}\n", registries, "2024-05-06")
    assert (meeting.kind, meeting.participants) == ("signing", ["tang-wenjie"])


# Lane i11s26x: a call told by its means ("when holding a telephone conversation with A", "said in a phone call with
# A") is talks with A; never "in a conversation with reporters".
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Wang made the remarks when holding a telephone conversation with Foreign Minister Anne Morel.", 1),
        ("Wang said in a phone call with Foreign Minister Anne Morel that ties were good.", 1),
        ("Wang made the remarks during a video call with Foreign Minister Anne Morel.", 1),
        ("Wang made the remarks in a conversation with reporters.", 0),
    ],
)
def test_lane_i11s26x_a_call_told_by_its_means_is_talks(sentence, expected, registries):
    text = f"BEIJING, Nov. 1 (Xinhua) -- Chinese Foreign Minister Wang Tao spoke on Friday. {sentence}\n"
    meetings = _meetings(text, registries, "2024-11-01")
    assert [m.participants for m in meetings] == [["wang-tao", "anne-morel"]] * expected


# Lane i11s26x: "Kerry, invited by Wang, is paying a visit to Beijing": the visitor, never the one who invited him;
# "with B, diplomatic counselor to Macron": whom B serves was not met (a title before a name, "Minister of Interior
# C", still opens a counterpart).
def test_lane_i11s26x_the_one_who_invited_is_no_visitor(registries):
    text = (
        "BEIJING, Nov. 1 (Xinhua) -- Chinese Foreign Minister Wang Tao met with Foreign Minister Paul Girard on "
        "Friday. Girard, invited by Wang, is paying a two-day visit to Beijing.\n"
    )
    visit = next(m for m in _meetings(text, registries, "2024-11-01") if m.kind == "visit")
    assert visit.participants == ["paul-girard"]


@pytest.mark.parametrize(
    "counterparts, expected",
    [
        ("Anne Morel, diplomatic counselor to President Paul Girard", [["wang-tao", "anne-morel"]]),
        (
            "Foreign Minister Anne Morel, special envoy of President Paul Girard, and Interior Minister Jan Novak",
            [["wang-tao", "anne-morel"], ["wang-tao", "jan-novak"]],
        ),
        (
            "Foreign Minister Anne Morel, Minister of Interior Jan Novak and Minister of Justice Paul Girard",
            [["wang-tao", "anne-morel"], ["wang-tao", "jan-novak"], ["wang-tao", "paul-girard"]],
        ),
    ],
)
def test_lane_i11s26x_whom_a_counterpart_serves_was_not_met(counterparts, expected, registries):
    text = f"BEIJING, Nov. 1 (Xinhua) -- Chinese Foreign Minister Wang Tao held talks with {counterparts} on Friday.\n"
    assert [m.participants for m in _meetings(text, registries, "2024-11-01")] == expected


# Lane i11s26x: "had candid, professional and pragmatic exchanges with A via video link", "held discussions with A",
# "had an in-depth exchange of views with A": talks with A; never exchanges over the years ("has had close exchanges").
@pytest.mark.parametrize(
    "verb, expected",
    [
        ("had candid, professional and pragmatic exchanges with", 1),
        ("had an in-depth exchange of views with", 1),
        ("held discussions with", 1),
        ("has had close exchanges over the years with", 0),
        ("had frequent exchanges with", 0),
    ],
)
def test_lane_i11s26x_exchanges_and_discussions_with_a_counterpart_are_talks(verb, expected, registries):
    text = f"BEIJING, Nov. 1 (Xinhua) -- Chinese Minister Wang Tao {verb} Foreign Minister Anne Morel via video link.\n"
    meetings = _meetings(text, registries, "2024-11-01")
    assert [m.participants for m in meetings] == [["wang-tao", "anne-morel"]] * expected


# Lane i11s26x: talks told in the passive ("A was met by B", "Talks were held on Friday between A and B"), told first by
# their chairs ("A and B co-chaired the fifth consular consultations"; never "The dialogue was co-chaired by", which
# refers back), over a meal given for a guest ("hosted a welcome dinner in honour of A"), or "conferred with": a
# meeting of the two named; never what a plan "was met by", nor a meal for guests unnamed.
@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Foreign Minister Anne Morel was met by Vice Minister Wang Tao on Friday.", "courtesy_meeting"),
        (
            "Talks were held on Friday between Vice Minister Wang Tao and Foreign Minister Anne Morel.",
            "bilateral_talks",
        ),
        (
            "Vice Minister Wang Tao and Foreign Minister Anne Morel co-chaired the fifth China-France consular "
            "consultations on Friday.",
            "dialogue",
        ),
        (
            "Vice Minister Wang Tao hosted a welcome dinner in honour of Foreign Minister Anne Morel on Friday.",
            "courtesy_meeting",
        ),
        ("Vice Minister Wang Tao conferred with Foreign Minister Anne Morel on Friday.", "bilateral_talks"),
    ],
)
def test_lane_i11s26x_talks_in_the_passive_by_their_chairs_or_over_a_meal(sentence, kind, registries):
    text = f"BEIJING, Nov. 1 (Xinhua) -- {sentence}\n"
    assert [(m.kind, sorted(m.participants)) for m in _meetings(text, registries, "2024-11-01")] == [
        (kind, ["anne-morel", "wang-tao"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was met by UN agencies with caution.",
        "Vice Minister Wang Tao hosted a dinner for the participants on Friday.",
        "The consultation was co-chaired by Vice Minister Wang Tao and Foreign Minister Anne Morel on Friday.",
        "Vice Minister Wang Tao and Foreign Minister Anne Morel co-chaired the dialogue on Friday.",
    ],
)
def test_lane_i11s26x_no_meeting_met_by_no_one_for_guests_unnamed_or_referred_back(sentence, registries):
    text = f"BEIJING, Nov. 1 (Xinhua) -- {sentence}\n"
    assert [
        m.kind for m in _meetings(text, registries, "2024-11-01") if m.kind in ("courtesy_meeting", "dialogue")
    ] == []


def test_lane_i11s26x_a_charity_gala_is_its_hosts_event(registries):
    text = "BEIJING, Nov. 1 (Xinhua) -- IOM and UNHCR held a charity gala for migrant children on Friday.\n"
    [gala] = _meetings(text, registries, "2024-11-01")
    assert (gala.kind, gala.organizations) == ("conference", ["iom", "unhcr"])


# Lane i11s26x: "In a meeting with A in Beijing on Friday, B said", "During his meeting with A, B said": talks of A and
# B, whose subject comes after the phrase; never "In a meeting with reporters".
@pytest.mark.parametrize(
    "opening, expected",
    [
        ("In a meeting with Foreign Minister Anne Morel in Beijing on Friday", 1),
        ("In meeting with Foreign Minister Anne Morel in Beijing on Friday", 1),
        ("During his meeting with Foreign Minister Anne Morel on Friday", 1),
        ("In a meeting with reporters on Friday", 0),
    ],
)
def test_lane_i11s26x_talks_told_in_an_opening_phrase(opening, expected, registries):
    text = f"BEIJING, Nov. 1 (Xinhua) -- {opening}, Vice Minister Wang Tao said ties were good.\n"
    meetings = _meetings(text, registries, "2024-11-01")
    assert [m.participants for m in meetings] == [["wang-tao", "anne-morel"]] * expected


# Lane i11s26y: a post is no organization ("Deputy Head of Mission, Chinese Embassy in ..."); a mission's city is no
# part of the name after it ("Embassy in Dhaka Ada Kemp"; a city that may be two words leaves no one); "Comrade"
# and a chain of forms of address ("Prof Dr Md.") are no part of a name; a society is no person.
@pytest.mark.parametrize(
    "text, people, no_organization",
    [
        (
            "Deputy Head of Mission, Chinese Embassy in Rangpur Zhou Minghai told reporters after the meeting.",
            ["Zhou Minghai"],
            "Head of Mission",
        ),
        (
            "Head of Mission of the Chinese Embassy in Sylhet Zhou Minghai told the agency.",
            ["Zhou Minghai"],
            "Head of Mission",
        ),
        ("Officials of the Embassy in Kenya Ada Kemp told reporters on Monday.", ["Ada Kemp"], None),
        ("Officials of the Embassy in Phnom Penh Ada Ivo Kemp told reporters on Monday.", [], None),
        ("The Chief of Mission said the Embassy in Rangpur. Ada Kemp told reporters.", ["Ada Kemp"], None),
        (
            "Comrade Doan Minh Tuyen, Deputy Minister of Labour, delivered the opening speech.",
            ["Doan Minh Tuyen"],
            None,
        ),
        ("The envoy met Vice Chairman Prof Dr Md. Rashed Karim on Thursday.", ["Rashed Karim"], None),
        (
            "The envoy met with Red Cross Society of Ruritania (RCSR) Chairman Ivo Lind, MP, on Monday.",
            ["Ivo Lind"],
            None,
        ),
    ],
)
def test_names_without_posts_places_or_forms_of_address(text, people, no_organization):
    assert [c.name for c in person_candidates(text)] == people
    assert no_organization not in [c.name for c in organization_candidates(text)]


def test_a_post_named_alone_is_no_organization():
    text = "The Deputy Head of Mission and the Chief of Mission met the Permanent Mission of Ruritania in Geneva."
    assert [c.name for c in organization_candidates(text)] == ["Permanent Mission of Ruritania in Geneva"]


# Lane i11s26y: a bare ministerial title is China's ministry, unless its holder's name is not in pinyin and the text
# gives a ministry or minister of that field to another country ("Ministry of Public Security of Vietnam",
# "Bangladesh's foreign minister"); a title after a comma before the next addressed name in a list of titles before
# names ("Chairman of X A, Vice Chairman Prof Dr Md. B") is B's.
_MINISTRIES_26Y = {
    "ministry of public security": "mps-china",
    "ministry of public security cn": "mps-china",
    "ministry of foreign affairs": "mfa-china",
    "ministry of foreign affairs cn": "mfa-china",
}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Deputy Minister of Public Security Doan Minh Tuyen spoke for the Ministry of Public Security of Vietnam.",
            [("tuyen", None)],
        ),
        (
            "Deputy Minister of Public Security Zhou Minghai welcomed the Ministry of Public Security of Vietnam.",
            [("zhou", "mps-china")],
        ),
        ("Deputy Minister of Public Security Doan Minh Tuyen opened the meeting.", [("tuyen", "mps-china")]),
        (
            "Foreign Minister Rashed Karim met the envoy. Talks between Bangladesh and Nepal foreign ministers "
            "followed.",
            [("karim", None)],
        ),
        (
            "Foreign Minister Rashed Karim met the envoy, said the Vietnamese Ministry of Public Security.",
            [("karim", "mfa-china")],
        ),
        ("Foreign Minister Zhou Minghai met Kenya's foreign minister.", [("zhou", "mfa-china")]),
    ],
)
def test_a_bare_ministerial_title_is_china_s_unless_another_country_holds_the_post(text, expected):
    names = {"Doan Minh Tuyen": "tuyen", "Zhou Minghai": "zhou", "Rashed Karim": "karim"}
    roles = find_roles(text, _people(text, names), [], _MINISTRIES_26Y)
    assert [(r.person, r.organization) for r in roles] == expected


def test_a_title_before_the_next_addressed_name_is_its_own_when_titles_come_first():
    text = "He met Chairman of the Council Ada Kemp, Vice Chairman Prof Dr Md. Rashed Karim on Thursday."
    roles = find_roles(text, _people(text, {"Ada Kemp": "kemp", "Rashed Karim": "karim"}), [], {})
    assert [(r.person, r.title) for r in roles] == [("kemp", "Chairman"), ("karim", "Vice Chairman")]


# Lane i11s26y: a post whose holder owns the next one ("Prime Minister's Press Secretary A") is not A's.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Afterwards, Prime Minister's Press Secretary Rashed Karim briefed reporters.", ["Secretary"]),
        ("The President's Special Envoy Rashed Karim met him.", ["Envoy"]),
        ("Minister Rashed Karim's visit ended on Monday.", ["Minister"]),
    ],
)
def test_a_post_of_a_post_holder_is_the_one_after_the_possessive(text, expected):
    roles = find_roles(text, _people(text, {"Rashed Karim": "karim"}), [], {})
    assert [r.title for r in roles] == expected


# Lane i11s26y: two capitals that are no syllable of pinyin before a name of two words are initials, kept as written
# ("AK Rashed Karim"); a family name in capitals stays one ("XU Minghai", "LE Van Tuyen").
@pytest.mark.parametrize(
    "name, fields",
    [
        ("AK Rashed Karim", {"name": "AK Rashed Karim"}),
        ("XU Minghai", {"name": "Xu Minghai", "family_name": "Xu", "given_name": "Minghai"}),
        ("LE Van Tuyen", {"name": "Le Van Tuyen", "family_name": "Le", "given_name": "Van Tuyen"}),
    ],
)
def test_capitals_before_a_name_are_initials_or_a_family_name(name, fields, registries):
    text = f"Talks in Dhaka\n\nDHAKA, 3 May 2021 -- Foreign Minister {name} met the IOM Director General.\n"
    draft = draft_article("t", text, registries, [])
    [person] = [e.fields for e in draft.new_entries if e.kind == "people"]
    assert {k: person[k] for k in ("name", "family_name", "given_name") if k in person} == fields


# Lane i11s26y: a name after a title of a body ends before any verb in the past ("paid", "praised"), not only the
# verbs of speech and meeting; a body's last words before such a verb are no one.
@pytest.mark.parametrize(
    "text, people",
    [
        ("Chinese Ambassador to Ruritania Zhou Minghai paid a courtesy call on him.", ["Zhou Minghai"]),
        ("Chinese Ambassador to Ruritania Zhou Minghai praised the plan.", ["Zhou Minghai"]),
        ("The Director of the Belt and Road Forum organised the visit.", []),
        ("The Chairman of the Red Cross Society donated tents.", []),
    ],
)
def test_a_name_after_a_title_of_a_body_ends_before_a_verb_in_the_past(text, people):
    assert [c.name for c in person_candidates(text)] == people


# Lane i11s26y: a post right after a body's head word ends the body's name ("... Commission Special Adviser A"),
# not one inside it ("Office of the Special Adviser", "Resident Coordinator Office"); a document's name with its
# acronym ("Memorandum of Understanding (MoU)") is no organization.
@pytest.mark.parametrize(
    "text, organizations",
    [
        (
            "Ruritania Disaster Commission Special Adviser Ivo Lind for his part noted the plan.",
            ["Ruritania Disaster Commission"],
        ),
        ("Port Authority Senior Officer Ivo Lind said.", ["Port Authority"]),
        (
            "The Office of the Special Adviser met the UN Resident Coordinator Office.",
            ["Office of the Special Adviser", "UN Resident Coordinator Office"],
        ),
        ("The two sides signed a Memorandum of Understanding (MoU) on labour mobility.", []),
        ("The two sides signed an Agreement on Readmission (AR) in Geneva.", []),
    ],
)
def test_a_body_s_name_ends_before_a_post_and_a_document_is_none(text, organizations):
    assert [c.name for c in organization_candidates(text)] == organizations


# Lane i11s26z: a span in a headline is the event's, not the page's date; spans over two months; "After the talks"
# dates a signing of "the two sides" by its own phrase.
@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Regional Workshop on Migration Data, Bangkok, 23-28 May 2022\nNews | Bangkok | 2 June 2022", "2022-06-02"),
        ("Training of Trainers, 9-18 January 2019\nPublished on 2019-01-25 by the office", "2019-01-25"),
        ("Border Seminar, April 26-28, 2021\nBy Ada Kemp | April 30, 2021", "2021-04-30"),
        ("Border Seminar, 26 April to 2 May 2021\nThe office | 3 May 2021", "2021-05-03"),
        ("Border Seminar opens\n4 May 2021", "2021-05-04"),
        ("Border Seminar, 23-28 May 2022", None),  # no page date: the span is no publication date
    ],
)
def test_a_span_in_the_header_is_the_event_s_never_the_publication_date(header, published, registries):
    text = f"{header}\n\nBANGKOK - A regional seminar on border management was held in Bangkok.\n"
    draft = draft_article("t", text, registries, [])
    assert (draft.published.value if draft.published else None) == published


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("from April 26 to May 2", ("2021-04-26", "2021-05-02")),
        ("from 26 April to 2 May 2021", ("2021-04-26", "2021-05-02")),
        ("between April 29 and May 3", ("2021-04-29", "2021-05-03")),
        ("Sept. 30 - Oct. 2, 2021", ("2021-09-30", "2021-10-02")),
        ("from 29 December to 3 January 2021", ("2020-12-29", "2021-01-03")),
        ("January 9 through 18", ("2021-01-09", "2021-01-18")),
        ("April 26-28", ("2021-04-26", "2021-04-28")),
    ],
)
def test_a_span_over_one_or_two_months_gives_its_first_and_last_day(phrase, span):
    [found] = find_dates(f"The course was held {phrase} in Beijing.", anchor=Anchor(dt.date(2021, 6, 1), "x"))
    assert (found.value, found.end_value) == span


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("on April 29 and May 3 the team met", [("2021-04-29", None), ("2021-05-03", None)]),  # two days, no span
        ("from April 26 to 31", [(None, None)]),  # no calendar has it: undecided, never a crash
        ("from May 30 to June 31", [(None, None)]),
    ],
)
def test_two_days_or_an_impossible_span_are_no_span(text, days):
    found = find_dates(text, anchor=Anchor(dt.date(2021, 6, 1), "x"))
    assert [(d.value, d.end_value) for d in found] == days


@pytest.mark.parametrize(
    ("after", "quote"),
    [("After the talks", "After the talks"), ("Following the meeting", "Following the meeting"), ("Later", "June 5")],
)
def test_a_signing_of_the_two_sides_after_talks_is_dated_by_its_own_phrase(after, quote, registries):
    text = (
        "CIDCA and IOM sign agreement\nSource: CIDCA | Updated: 2023-06-06\n"
        "On June 5, Ivo Lind, Vice Chairman of the China International Development Cooperation Agency, held talks "
        "with Ada Kemp, Deputy Director General of the International Organization for Migration, in Beijing.\n"
        f"{after}, the two sides signed an agreement on a project to support returning migrants.\n"
    )
    signing = next(m for m in _meetings(text, registries) if m.kind == "signing")
    assert (signing.date.value, signing.date.quote) == ("2023-06-05", quote)


@pytest.mark.parametrize(
    ("sentence", "person", "organization"),
    [
        ("President Xi Jinping met Ada Kemp of the IOM in Beijing.", "xi-jinping", "government-china"),
        ("Chinese President Xi Jinping met Ada Kemp of the IOM in Beijing.", "xi-jinping", "government-china"),
        ("China's Vice President Ivo Lind met Ada Kemp of the IOM in Beijing.", "ivo-lind", "government-china"),
        ("President Ivo Lind met Ada Kemp of the IOM in Beijing.", "ivo-lind", None),  # no country: which state?
        ("Chinese Vice President Ivo Lind met Ada Kemp of the IOM in Beijing.", "ivo-lind", "government-china"),
        ("Kenyan President Xi Jinping met Ada Kemp of the IOM in Beijing.", "xi-jinping", None),  # the text's word
        ("Kenyan President Ivo Lind met Ada Kemp of the IOM in Beijing.", "ivo-lind", None),  # no such government
        ("President of the IOM Council Ivo Lind met Ada Kemp in Beijing.", "ivo-lind", "iom-council"),  # a body's
    ],
)
def test_a_head_of_state_with_no_body_named_holds_the_post_in_his_country_s_government(
    sentence, person, organization, registries
):
    text = f"Talks in Beijing\n2019-04-26\nBEIJING, April 25 (Xinhua) -- {sentence}\n"
    roles = {r.person: r.organization for r in draft_article("t", text, registries, []).roles}
    assert roles[person] == organization


_NATIONAL_26Z = (
    "Talks in Beijing\n2023-04-04\nBEIJING, April 3 (Xinhua) -- {first} met with {second} in Beijing on Monday.\n"
    "{between}{stand_in} said China is ready to deepen cooperation on border management.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "between", "stand_in", "speaker"),
    [
        (
            "Foreign Minister Qin Gang",
            "Ada Kemp, Director General of the International Organization for Migration,",
            "Kemp said the IOM appreciates China's support. ",
            "The Chinese top diplomat",
            "qin-gang",
        ),
        (
            "Chinese Ambassador to Kenya Zhou Ping",
            "Ada Kemp, Director General of the International Organization for Migration,",
            "Kemp thanked China. ",
            "The Chinese ambassador",
            "zhou-ping",
        ),
        (  # two Chinese officials: either could be meant
            "Foreign Minister Qin Gang and Vice Minister of Public Security Ivo Lind",
            "Ada Kemp, Director General of the International Organization for Migration,",
            "Kemp thanked China. ",
            "The Chinese official",
            None,
        ),
        (  # someone whose country the text leaves open: he could be the one meant
            "Foreign Minister Qin Gang",
            "Ada Kemp",
            "Kemp thanked China. ",
            "The Chinese top diplomat",
            None,
        ),
        (  # no Chinese principal named at all
            "Ada Kemp, Director General of the International Organization for Migration,",
            "Ivo Lind, Chief of Mission of the IOM in China,",
            "Kemp thanked China. ",
            "The Chinese official",
            None,
        ),
    ],
)
def test_the_chinese_post_stands_for_the_one_person_who_acts_for_china(
    first, second, between, stand_in, speaker, registries
):
    text = _NATIONAL_26Z.format(first=first, second=second, between=between, stand_in=stand_in)
    draft = draft_article("t", text, registries, [])
    [topic] = [m for m in draft.mentions if m.entity_id == "border-governance"]
    assert topic.speakers == ((speaker,) if speaker else ())


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("He will meet with Xu Ganlu, Commissioner of the NIA, on Thursday.", "2019-11-21"),  # a post between commas
        ("He will meet Mr. Xu on Thursday.", "2019-11-21"),  # an honorific's stop
        ("He will call on H.E. Mr. Xu on Thursday.", "2019-11-21"),
        ("He will meet Xu, who arrived on Monday, in Beijing.", "2019-11-18"),  # a clause of its own, in the past
        ("Kemp will visit Beijing, Shanghai and Xian, and Xu met her on Monday.", "2019-11-18"),  # another clause
        ("He met Xu, Commissioner of the NIA, on Monday.", "2019-11-18"),
    ],
)
def test_a_weekday_to_come_is_read_past_a_post_or_an_honorific(sentence, day):
    [found] = [d for d in find_dates(sentence, anchor=Anchor(dt.date(2019, 11, 20), "x")) if d.quote.startswith("on")]
    assert found.value == day


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("China's Special Representative for Migration Affairs Ivo Lind addressed the forum.", "government-china"),
        ("Ivo Lind, China's special representative for migration affairs, addressed the forum.", "government-china"),
        ("Ivo Lind, the Chinese government's special envoy, addressed the forum.", "government-china"),
        ("Special Representative Ivo Lind addressed the forum.", None),  # whose? the text does not say
        ("Ivo Lind, Special Envoy of the IOM Director General, addressed the forum.", "iom"),
    ],
)
def test_a_country_s_special_envoy_with_no_body_named_is_its_government_s(sentence, organization, registries):
    text = f"Envoy at the forum\n2022-05-20\nGENEVA, May 19 (Xinhua) -- {sentence}\n"
    roles = {r.person: r.organization for r in draft_article("t", text, registries, []).roles}
    assert roles["ivo-lind"] == organization


# Lane i11s27y: a post "of" a body, capitalised or not and "Head" too, ends the body's name before its holder's
# ("spokesperson of the Ruritanian Foreign Ministry Ivo Lind announced"); the fields of a minister's portfolio after
# a comma ("Minister of Labour, Human Resource Development and Training") are no one.
@pytest.mark.parametrize(
    "text, people",
    [
        ("Head of the Agency's Global Data Center Zhou Minghai, and others attended.", ["Zhou Minghai"]),
        ("The visa rules stay, spokesperson of the Ruritanian Foreign Ministry Ivo Lind announced.", ["Ivo Lind"]),
        ("The director of the Consular Department Ada Kemp met him.", ["Ada Kemp"]),
        ("The head of the Belt and Road Forum Secretariat said so.", []),
        ("He met the spokesperson of the Ministry of Foreign Affairs, who said no.", []),
        (
            "Zhou Minghai met with Mr. Lind, Minister of Labour, Human Resource Development and Training.",
            ["Zhou Minghai"],
        ),
        ("He met Mr. Lind, Minister of Labour, Social Security and Family Welfare, on Monday.", []),
        ("He met the Minister of Foreign Affairs, Ada Kemp, on Monday.", ["Ada Kemp"]),
    ],
)
def test_a_post_of_a_body_ends_the_body_and_a_portfolio_s_fields_are_no_one(text, people):
    assert [c.name for c in person_candidates(text)] == people


# Lane i11s27y: a regional director of an intergovernmental organization holds the post at its regional office for
# the region the title names, proposed when the registry has none (UNHCR's regional directors head bureaux); the side
# the person takes in a meeting stays the organization the text names.
@pytest.mark.parametrize(
    "sentence, office",
    [
        ("met Ada Kemp, IOM Regional Director for Asia and the Pacific, in Beijing", "Asia and the Pacific"),
        ("met IOM Regional Director for Asia and the Pacific Ada Kemp in Beijing", "Asia and the Pacific"),
        ("met Ada Kemp, IOM's regional director for East and Horn of Africa, in Beijing", "East and Horn of Africa"),
        (
            "met Ada Kemp, Regional Director for the Middle East and North Africa of the International Organization"
            " for Migration, in Beijing",
            "the Middle East and North Africa",
        ),
        ("met Ada Kemp, IOM Regional Director, in Beijing", None),
        ("met Ada Kemp, UNHCR Regional Director for Asia and the Pacific, in Beijing", None),
    ],
)
def test_a_regional_director_holds_the_post_at_the_regional_office_for_the_region(sentence, office, registries):
    text = f"Talks in Beijing\n\nBEIJING, 3 May 2021 -- Vice Minister Zhou Minghai {sentence}.\n"
    draft = draft_article("t", text, registries, [])
    [role] = [r for r in draft.roles if r.person == "ada-kemp"]
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    assert names.get(role.organization) == (office and f"IOM Regional Office for {office}")
    if office:
        assert [e.fields.get("parent") for e in draft.new_entries if e.fields["id"] == role.organization] == ["iom"]


@pytest.mark.parametrize(
    "text, organization",
    [
        ("Ada Kemp, IOM Regional Director for Asia and the Pacific, said.", "iom-roap"),
        ("Ada Kemp, Regional Director for Asia and the Pacific of IOM, said.", "iom-roap"),
        ("Ada Kemp, IOM Regional Director for Southern Africa, said.", "iom"),
    ],
)
def test_a_regional_director_holds_the_post_at_the_registered_regional_office(text, organization):
    orgs = [EntitySpan("iom", m.start(), m.end()) for m in re.finditer(r"\bIOM\b", text)]
    ministries = {"igo iom": "iom", "regional iom asia and the pacific": "iom-roap"}
    [role] = find_roles(text, _people(text, {"Ada Kemp": "kemp"}), orgs, ministries)
    assert role.organization == organization


# Lane i11s27y: what the two sides agree to hold ("agreed to hold consultations on X") is that meeting's agenda, no
# position of theirs; what they agree to do ("agreed to step up cooperation on X") stays the joint position of both.
@pytest.mark.parametrize(
    "sentence, speakers",
    [
        (
            "The two sides agreed to hold the next round of consultations on immigration management in the second"
            " half of the year.",
            [],
        ),
        ("Both sides agreed to hold a dialogue on immigration management next year.", []),
        ("The two sides agreed to step up cooperation on immigration management.", ["ada-kemp", "zhou-minghai"]),
        ("Both sides agreed to strengthen cooperation on immigration management.", ["ada-kemp", "zhou-minghai"]),
    ],
)
def test_the_sides_agreeing_to_hold_a_meeting_state_no_position_on_its_agenda(sentence, speakers, registries):
    text = (
        "Talks in Beijing\n\nBEIJING, 3 May 2021 -- Vice Minister Zhou Minghai met with Ada Kemp, Director General of"
        f" the International Organization for Migration, in Beijing on Monday.\n{sentence}\n"
    )
    draft = draft_article("t", text, registries, [])
    [mention] = [m for m in draft.mentions if m.kind == "topics" and m.start > text.index(sentence)]
    assert sorted(mention.speakers) == speakers


# Lane i11s27y: an initial opens a name after "by" as after "with" ("attended by E. Lind, Head of ..."); a body's name
# ends before "of the" and a bare head word that stands for a body named before ("... Registration of the Ministry,").
@pytest.mark.parametrize(
    "text, people, organizations",
    [
        (
            "The talks were attended by E. Lind, Head of the Department for Visa Registration of the Ministry, and"
            " others.",
            ["E. Lind"],
            ["Department for Visa Registration"],
        ),
        ("The visit was led by A. Rahman, Director of the Agency.", ["A. Rahman"], []),
        ("The grant was announced by U.S. officials on Monday.", [], []),
        (
            "He met the head of the Consular Department of the Ministry of Foreign Affairs.",
            [],
            ["Consular Department of the Ministry of Foreign Affairs"],
        ),
    ],
)
def test_an_initial_after_by_opens_a_name_and_of_the_ministry_names_one_before(text, people, organizations):
    assert [c.name for c in person_candidates(text)] == people
    assert [c.name for c in organization_candidates(text)] == organizations


# Lane i11s27y: the day an apposition that closes the clause goes on to is the meeting's, no word of the post.
@pytest.mark.parametrize(
    "text, quote",
    [
        ("Xu met Ada Kemp, Ruritania's acting director general of Home Affairs on November 12.", "of Home Affairs"),
        ("Xu met Ada Kemp, Minister of Home Affairs on Monday.", "Minister of Home Affairs"),
        ("Xu met Ada Kemp, Minister of Home Affairs on 12 May 2021.", "Minister of Home Affairs"),
        ("Xu met Ada Kemp, director of the Monday Institute.", "director of the Monday Institute"),
    ],
)
def test_a_day_after_an_apposition_is_no_word_of_the_post(text, quote):
    [role] = find_roles(text, _people(text, {"Ada Kemp": "kemp"}), [], {})
    assert text[role.start : role.end].endswith(quote)


# Lane i11s27e: a part named with its owner "and of" another owner is cut before the "and"; a part whose owner is a
# bare head word ("of the Ministry") refers back and stops before it; "General Commissariat" is a body's name; a
# gathering's word on a subject after the first ("X Forum on Y") is an event; an initial after "by" opens a name in
# apposition; a delegation of a body ("a police delegation from X") is not X's government; a leading adjective of a
# country gives the body that country; "Slovak" and "the Slovak Republic" name Slovakia.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Officials of the Department of Asian Partnerships of the Rivel Agency and of IOM China attended.",
            ["Department of Asian Partnerships of the Rivel Agency"],
        ),
        (
            "Staff of the Division for Grants of the Loran Development Agency and of UNHCR attended.",
            ["Division for Grants of the Loran Development Agency"],
        ),
        (  # one body's name with "and of" inside it, and no owner before it: kept whole
            "Officials of the Ministry of Justice and of Labour attended.",
            ["Ministry of Justice and of Labour"],
        ),
        (
            "Ada Kemp, Head of the Department for Visas and Residence Registration of the Ministry, and Ivo Lind spoke.",
            ["Department for Visas and Residence Registration"],
        ),
        ("Ivo Lind of the Bureau for Returns under the Agency attended.", ["Bureau for Returns"]),
        (  # the owner named in full is part of the name
            "Officials of the Department for Visas of the Ministry of Internal Affairs attended.",
            ["Department for Visas of the Ministry of Internal Affairs"],
        ),
        (
            "Talks were held with the General Commissariat of National Police of Cambodia in Phnom Penh.",
            ["General Commissariat of National Police of Cambodia"],
        ),
        (
            "The Commissariat for Refugees and Migration of Serbia hosted them.",
            ["Commissariat for Refugees and Migration of Serbia"],
        ),
        ("The 2024 China-Arab Forum on Border Administration Cooperation opened in Yinchuan.", []),
        ("Delegates attended the Regional Ministerial Conference on Labour Migration Administration.", []),
        ("The Forum on China-Africa Cooperation was founded in 2000.", ["Forum on China-Africa Cooperation"]),
    ],
)
def test_a_body_s_name_ends_before_another_owner_a_reference_back_or_a_gathering(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The meeting was also attended by E. Tursunov, Head of the Migration Department.", "E. Tursunov"),
        ("The delegation was led by R. Ostrova, Deputy Minister of the Interior.", "R. Ostrova"),
        ("The plan was drafted by B. Officials said it was sound.", None),  # an option's letter, a sentence after it
        ("The note was signed by A. Kemp and the minister.", None),  # no apposition to say who
    ],
)
def test_an_initial_after_by_opens_a_name_in_apposition(sentence, name):
    assert [c.name for c in person_candidates(sentence)] == ([name] if name else [])


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Li Wei held talks with a police delegation from Viet Nam led by its vice minister.", []),
        ("Li Wei met a parliamentary delegation of Kenya.", []),
        ("Li Wei met a military delegation from Laos and Thailand.", []),
        ("Li Wei met a delegation from Viet Nam.", ["VN"]),
        ("Li Wei met a government delegation from Laos.", ["LA"]),
        ("Li Wei met a delegation from Bosnia and Herzegovina.", ["BA"]),  # CLDR: "Bosnia & Herzegovina"
        ("Li Wei met a delegation from Saint Lucia.", ["LC"]),  # CLDR: "St. Lucia"
        ("Li Wei met a delegation from St. Lucia.", ["LC"]),
        ("Li Wei met a delegation from Trinidad and Tobago.", ["TT"]),
    ],
)
def test_a_country_named_as_texts_spell_it_is_a_party_unless_a_body_s_delegation_is_named(sentence, countries):
    assert [c.country for c in government_candidates(sentence)] == countries


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The delegation met officials of the Egyptian Ministry of Manpower and Emigration.",
            "Egyptian Ministry of Manpower and Emigration",
            "EG",
        ),
        ("The delegation visited the Kenyan Police Service.", "Kenyan Police Service", "KE"),
        ("The delegation visited the Slovak Police Academy.", "Slovak Police Academy", "SK"),
        ("The delegation met the Indian Ocean Commission.", "Indian Ocean Commission", None),  # a sea's, no country's
        ("The delegation met the Chinese Embassy in Nairobi.", "Chinese Embassy in Nairobi", None),  # China's: no code
        (
            "The delegation was received by the State Secretariat for Migration of Switzerland.",
            "State Secretariat for Migration of Switzerland",
            "CH",
        ),
        (
            "Officials of the Ministry of Labour of the Republic of Kazakhstan attended.",
            "Ministry of Labour of the Republic of Kazakhstan",
            "KZ",
        ),
        ("The delegation visited the University of Ghana.", "University of Ghana", "GH"),
        ("Officials of the Ministry of Commerce of China attended.", "Ministry of Commerce of China", None),  # China's
        ("Officials of the Council of Europe attended.", "Council of Europe", None),  # no country
    ],
)
def test_a_country_s_adjective_or_closing_name_gives_a_body_that_country(sentence, name, country):
    [found] = organization_candidates(sentence)
    assert (found.name, found.country) == (name, country)


def test_a_body_named_with_its_country_s_adjective_and_in_full_is_one_proposal(registries):
    text = (
        "Minister visits Slovakia\n2020-01-20\nBRATISLAVA, Jan. 19 (Xinhua) -- Ada Kemp, State Secretary of the "
        "Ministry of Labour of the Slovak Republic, met Li Wei on Sunday. Li said China will deepen cooperation with "
        "the Slovak Ministry of Labour.\n"
    )
    draft = draft_article("t", text, registries, [])
    [labour] = [e.fields for e in draft.new_entries if e.kind == "organizations"]
    assert labour["name"] == "Ministry of Labour of the Slovak Republic"
    assert "Slovak Ministry of Labour" in labour["aliases"]


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        (  # the post names the ministry by its very words, which the text names as a new body
            "Deputy Minister of Internal Affairs of the Republic of Kazakhstan Ivo Lind received Li Wei. The Ministry of "
            "Internal Affairs of the Republic of Kazakhstan hosted the talks.",
            "ministry-of-internal-affairs-of-the-republic-of-kazakhstan",
        ),
        (
            "Ivo Lind, Vice Minister of Public Security of Viet Nam, met Li Wei. Lind said the Ministry of Public "
            "Security of Viet Nam values the cooperation.",
            "ministry-of-public-security-of-viet-nam",
        ),
        (  # no body of those words named: the one the title names, inferred with its basis
            "Ivo Lind, Vice Minister of Public Security of Viet Nam, met Li Wei in Hanoi.",
            "ministry-public-security-viet-nam",
        ),
    ],
)
def test_a_foreign_minister_s_post_is_at_the_ministry_of_its_very_words(sentence, organization, registries):
    text = f"Talks in Hanoi\n2023-06-13\nHANOI, June 12 (Xinhua) -- {sentence}\n"
    draft = draft_article("t", text, registries, [])
    roles = {r.person: r.organization for r in draft.roles}
    assert roles["ivo-lind"] == organization


@pytest.mark.parametrize(
    ("proposed", "registered", "same"),
    [
        ("Egyptian Ministry of Manpower and Emigration", "Ministry of Manpower and Emigration", True),
        ("State Secretariat for Migration of Switzerland", "State Secretariat for Migration", True),
        ("Ministry of Interior of Slovakia", "Slovak Ministry of Interior", True),
        ("Egyptian Ministry of Manpower", "Ministry of Manpower and Emigration", False),
    ],
)
def test_evaluate_identifies_a_body_named_with_or_without_its_country(proposed, registered, same):
    assert (_countryless(proposed) == _countryless(registered)) is same


@pytest.mark.parametrize(
    ("sentence", "acronyms"),
    [
        ("Officials from the ten ASEAN member states attended.", ["ASEAN"]),
        ("The proposal was backed by the 27 EU Member States.", ["EU"]),
        ("Delegates from BRICS member countries met in Kazan.", ["BRICS"]),
        ("Officials from China-ASEAN member states attended.", []),  # a pair's adjective, no body of its own
        ("The ASEAN summit opened on Monday.", []),  # an acronym alone says nothing of what it names
    ],
)
def test_an_acronym_before_its_member_states_is_a_body(sentence, acronyms):
    assert [c.acronym for c in organization_candidates(sentence) if c.cue.startswith("acronym before")] == acronyms


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Minister of Home Affairs Tran Van Khoa met Ada Kemp.", "Tran Van Khoa"),  # a name of three words
        ("Vice Minister of Labour, Invalids and Social Affairs Le Thi Hoa met Ada Kemp.", "Le Thi Hoa"),
        ("Minister of Foreign Affairs of Viet Nam Pham Quang Vinh met Ada Kemp.", "Pham Quang Vinh"),
        ("Director General of the Immigration Department (IMD) Ivo Lind met Ada Kemp.", "Ivo Lind"),
        ("Governor of Sichuan Province Yin Li met Ada Kemp.", "Yin Li"),  # two words after a head word: the name
    ],
)
def test_a_name_after_a_title_of_a_body_starts_where_the_body_s_name_ends(sentence, name):
    assert person_candidates(sentence)[0].name == name


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Vice Minister of Labour, Invalids and Social Affairs Le Thi Hoa met Li Wei in Hanoi.",
            "Vice Minister of Labour, Invalids and Social Affairs",
        ),
        (
            "Le Thi Hoa, Deputy Minister of Labour, Immigration and Population, met Li Wei in Hanoi.",
            "Deputy Minister of Labour, Immigration and Population",
        ),
        ("Le Thi Hoa, Deputy Minister of Labour, met Li Wei in Hanoi.", "Deputy Minister of Labour"),  # no list
    ],
)
def test_a_post_holds_the_list_of_its_ministry_s_fields(sentence, title, registries):
    text = f"Talks in Hanoi\n2023-06-13\nHANOI, June 12 (Xinhua) -- {sentence}\n"
    draft = draft_article("t", text, registries, [])
    [role] = [r for r in draft.roles if r.person == "le-thi-hoa"]
    assert " ".join(text[role.start : role.end].split()) == title


# Lane i11s27s (round 12): speakers, meeting dates and date mentions. A relative clause right after a name whose verb
# reports ("met Y, head of Z, who briefed them on ...") is Y's; a pronoun after a sentence whose subject spoke and
# named others of the other gender ("Nong briefed Ms. Roe on ... He said") is that subject's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation met Ivo Lind, who briefed the officials on border checks.", ["lind"]),
        ("The delegation was received by the head of the office, Ivo Lind, who briefed them on data.", ["lind"]),
        ("They met Ivo Lind, head of the Nordic office, who also stressed that data matter.", ["lind"]),
        ("Ada Kemp met Ivo Lind, who later went to Oslo. She said data matter.", [None, None]),  # no verb in the clause
        ("Ada Kemp met the team who briefed her on border checks.", [None]),  # the clause is about no one named
    ],
)
def test_lane_i11s27s_a_relative_clause_that_reports_is_spoken_by_the_one_it_is_about(text, expected):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    assert speakers(text, split_sentences(text), people) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consul Ivo Lind briefed Ms. Ada Kemp on the plans. He said data matter.", ["lind", "lind"]),
        ('Ivo Lind thanked Ms. Ada Kemp for the visit. "Data matter," he said.', ["lind", "lind"]),
        ("Ms. Ada Kemp briefed Mr. Ivo Lind on the plans. He said data matter.", ["kemp", None]),  # not the subject
        ("Ivo Lind briefed Ada Kemp on the plans. He said data matter.", ["lind", None]),  # Kemp could be meant
        ("Ivo Lind briefed Ms. Ada Kemp on the plans. She said data matter.", ["lind", None]),
    ],
)
def test_lane_i11s27s_a_pronoun_after_a_speaker_and_one_of_the_other_gender_is_the_speaker_s(text, expected):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    assert speakers(text, split_sentences(text), people) == expected


# Lane i11s27s: what "the two sides agreed to hold" is about is the agenda of the meeting to come, no one's position;
# what they agreed to do is both sides'.
@pytest.mark.parametrize(
    ("agreed", "speakers_"),
    [
        ("agreed to hold the next round of consultations on irregular migration in May", ()),
        ("agreed to convene a workshop on irregular migration next year", ()),
        ("also agreed to organize a joint seminar on irregular migration", ()),
        ("agreed to step up cooperation against irregular migration", ("qin-gang", "antonio-vitorino")),
        ("agreed that irregular migration needs a joint response", ("qin-gang", "antonio-vitorino")),
    ],
)
def test_lane_i11s27s_the_agenda_the_two_sides_agreed_to_hold_is_no_joint_position(agreed, speakers_, registries):
    text = (
        f"GENEVA, May 3 (Xinhua) -- Qin Gang held talks with Antonio Vitorino on Wednesday. The two sides {agreed}.\n"
    )
    [topic] = [m for m in draft_article("t", text, registries, []).mentions if m.kind == "topics"]
    assert topic.speakers == speakers_


# Lane i11s27s: reported speech goes on over a sentence that names a person only as who proposed what it names ("the
# initiative put forward by President Xi"); any other person named stops it.
@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("China will implement the initiative put forward by President Bo Tan.", "kemp"),
        ("China supports the Lima Plan, proposed by Bo Tan, and will fund it.", "kemp"),
        ("Bo Tan will implement the initiative.", None),  # another agent
        ("The initiative was praised by Bo Tan.", None),  # praise by someone is no proposal
    ],
)
def test_lane_i11s27s_speech_goes_on_past_who_proposed_what_is_said(last, expected):
    text = f"Ada Kemp said that data matter. Migration is on the rise. {last}"
    people = _people(text, {"Ada Kemp": "kemp", "Bo Tan": "tan"})
    assert speakers(text, split_sentences(text), people) == ["kemp", "kemp", expected]


# Lane i11s27s: a trip told by its end or start where the day is given again in figures in brackets ("today (19/08)
# concluded a four-day visit") runs its days from that day.
@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The delegation today (18/11) concluded a four-day study visit to Oslo.", ("2016-11-15", "2016-11-18")),
        ("The delegation on Monday (14/11) began a five-day visit to Oslo.", ("2016-11-14", "2016-11-18")),
        ("The delegation arrived in Oslo yesterday (17/11) for a three-day visit.", ("2016-11-17", "2016-11-19")),
        ("The delegation today (18/11) visited Oslo after a four-day course.", None),  # no end nor start told
        ("The delegation today (a study tour) concluded a four-day visit.", None),  # brackets with no day in figures
    ],
)
def test_lane_i11s27s_a_trip_told_by_a_day_given_again_in_figures_runs_its_days(sentence, days):
    anchor = Anchor(dt.date(2016, 11, 18), "the page")
    found = from_its_end(sentence, (0, len(sentence)), find_dates(sentence, anchor=anchor))
    assert (found and (found.value, found.end_value)) == days


# Lane i11s27s: a month with no year that a verb of the past governs is the last one begun by the publication date (its
# year's if not after its month, the year before's if after it); one to come, or no tense, as before.
@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Xu and Roe last met in Geneva in November, when they discussed data.", "2019-11"),
        ("The workshop was held in Kunming in May.", "2020-05"),
        ("The report, which was launched in December, sets out ten goals.", "2019-12"),
        ("The office opened its centre in June.", "2020-06"),
        ("The two sides agreed to hold the next round in November.", "2020-11"),  # to hold: to come
        ("The forum is held in Oslo in November.", "2020-11"),  # no past
        ("They met in March and will meet again in November.", "2020-11"),  # the future governs
    ],
)
def test_lane_i11s27s_a_month_told_in_the_past_is_the_last_one_begun(sentence, month):
    found = find_dates(sentence, anchor=Anchor(dt.date(2020, 6, 9), "the page"))
    assert found[-1].value == month


# Lane i11s27s: "Opening the Forum, X said" with no day of its own takes the day of the sentence before that told the
# gathering, by its name, as held ("The first Nordic Migration Forum opened in Oslo on Tuesday"); never the date of
# something else told of it ("was set up in 2015").
@pytest.mark.parametrize(
    ("before", "day"),
    [
        ("The first Nordic Migration Forum opened at the City Hall in Oslo on Tuesday.", "2022-05-17"),
        ("The Nordic Migration Forum took place in Oslo on Monday, with 40 countries.", "2022-05-16"),
        ("A forum on labour migration opened in Oslo on Tuesday.", "2022-05-17"),
        ("The Nordic Migration Forum was set up in 2015 by five countries.", None),
        ("The Nordic Migration Forum, set up on Monday, meets every year.", None),
    ],
)
def test_lane_i11s27s_opening_a_gathering_takes_the_day_told_before_by_its_name(before, day, registries):
    text = (
        f"Nordic forum opens\n2022-05-18\n{before}\nOpening the Forum, Ada Kemp, Director General of the "
        "International Organization for Migration (IOM), said that safe migration matters.\n"
    )
    speech = next(m for m in _meetings(text, registries) if m.kind == "speech")
    assert (speech.date and speech.date.value) == day


# Lane i11s27s: a meeting within a trip that "the same day" (or "that afternoon") ties to the meeting above, with no
# place of its own, was where that one was, not in the trip's country; a day apart, the trip's place as before.
@pytest.mark.parametrize(
    ("then", "place"),
    [
        ("The same day she met", "beijing"),
        ("That afternoon she met", "beijing"),
        ("Later that day she met", "beijing"),
        ("The next day she met", "beijing"),  # a day apart with no move told: still there (fresh8/r05)
        ("Two days later she met", "beijing"),
    ],
)
def test_lane_i11s27s_a_meeting_the_same_day_within_a_trip_was_where_the_one_above_was(then, place, registries):
    text = (
        "UNHCR official visits China\nBriefing Notes, 20 October 2006\nAda Kemp, Assistant High Commissioner of "
        "UNHCR, yesterday wrapped up a five-day visit to China.\nIn Beijing on Monday, Kemp held talks with Vice "
        f"Foreign Minister Ivo Lind. {then} officials of the Ministry of Public Security, who briefed her on checks.\n"
    )
    assert _meetings(text, registries)[-1].place == place


# Lane i11s27s: "discussed" reports the position of the one named as its subject ("With B, A discussed ..."), of no
# one after "the two sides"; the two coordinated as the subject opening the sentence speak where the clause of the verb
# goes on with their meeting ("A and B last met in Geneva, when they discussed ...").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With Bo Tan, Ada Kemp discussed aid to host communities.", [("kemp",)]),
        ("Ada Kemp discussed aid to host communities with Bo Tan.", [("kemp",)]),
        ("The two sides discussed aid to host communities.", [()]),
        ("Ada Kemp and Bo Tan last met in Oslo in May, when they discussed aid.", [("kemp", "tan")]),
        ("Ada Kemp and Bo Tan met on Monday and discussed aid.", [("kemp", "tan")]),
        ("Ada Kemp and Bo Tan met Ivo Lind in May, when they discussed aid.", [()]),  # a third one met
        ("Ada Kemp and Bo Tan attended the forum, where they discussed aid.", [()]),  # no meeting of the two
        ("Officials said Ada Kemp and Bo Tan met in May and discussed aid.", [()]),  # the pair opens no sentence
    ],
)
def test_lane_i11s27s_who_discussed_speaks(text, expected):
    people = _people(text, {"Ada Kemp": "kemp", "Bo Tan": "tan", "Ivo Lind": "lind"})
    sentences = split_sentences(text)
    assert co_speakers(text, sentences, people, speakers(text, sentences, people)) == expected


# Lane i11s27s: a trip told by the arrival in a city is to the city's country where the text goes on to a stop
# elsewhere in it ("It will visit the port in Guangxi"); the city where no other stop is named, or only the city
# itself, another country or a body.
@pytest.mark.parametrize(
    ("then", "place"),
    [
        ("It will visit the Dongxing port in Guangxi on May 20 before returning home.", "china"),
        ("On May 20 it will visit a training centre in Nanning.", "china"),
        ("It is expected to visit a border post in Yunnan on Friday.", "china"),
        ("It will visit the police academy on May 20 before returning home.", "beijing"),  # no other place named
        ("It will visit IOM before returning home.", "beijing"),  # a body, no place
        ("It will visit an office in Geneva on May 20.", "beijing"),  # another country: which is not said
        ("It will visit a museum in Beijing on May 20.", "beijing"),  # the city itself
    ],
)
def test_lane_i11s27s_an_arrival_in_a_city_going_on_elsewhere_is_a_trip_to_the_country(then, place, registries):
    text = (
        "Vice minister holds talks with delegation\nRelease time: 2011-05-19\nOn May 18, Ivo Lind, Vice Minister of "
        "Public Security, held talks in Beijing with a police delegation from Ruritania led by Ada Kemp, Vice Minister "
        f"of the Interior of Ruritania.\nThe delegation arrived in Beijing on May 16. {then}\n"
    )
    [trip] = [m for m in _meetings(text, registries) if m.kind == "trip"]
    assert trip.place == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation met Ada Kemp and Ivo Lind, who briefed them on border checks.", [None]),  # about both?
        ("The delegation met Ada Kemp, and Ivo Lind, who briefed them on border checks.", [None]),
        ("Ada Kemp met Ivo Lind, who briefed her on border checks.", ["lind"]),
        ("Ada Kemp and Ivo Lind, who also spoke at the forum, said that data matter.", ["lind"]),  # with Kemp
    ],
)
def test_lane_i11s27s_a_relative_clause_after_two_coordinated_people_is_no_one_s(text, expected):
    people = _people(text, {"Ivo Lind": "lind", "Ada Kemp": "kemp"})
    assert speakers(text, split_sentences(text), people) == expected


# Lane i11s27m: a delegation's later meetings are its leader's, "Led by X, the delegation ..." as "a delegation led by
# X"; a delegation "of China's Ministry of X" is that ministry's, as "of the Ministry of X" is; ", and on Thursday it
# held talks with B" is a meeting of the same subject on its own day, as "and held talks with B" is.
_DELEGATION_27M = (
    "Officials study border management\nBangkok, 19 August 2016 - {lede}\n"
    "{led} the delegation met on Tuesday with Chief of Mission Ines Halvorsen of the International Organization for "
    "Migration.\n{later}\n"
)
_LEDE_27M = (
    "A delegation of the Ministry of Public Security of China concluded a four-day study visit to Thailand today."
)
_LED_27M = "Led by Ren Duolan, Deputy Director General of the Exit and Entry Administration,"


@pytest.mark.parametrize(
    ("lede", "led", "expected"),
    [
        (_LEDE_27M, "Led by Deputy Director General Ren Duolan,", (["ren-duolan"], ["mps-china"])),
        (_LEDE_27M, "Having been led by Ren Duolan,", (["ren-duolan"], ["mps-china"])),
        (
            "A delegation of China's Ministry of Public Security concluded a four-day study visit to Thailand today.",
            _LED_27M,
            (["ren-duolan"], ["mps-china"]),
        ),
        (
            "A delegation of China's Ministry of Public Security headed by Deputy Director General Ren Duolan "
            "concluded a study visit to Thailand today.",
            "As planned,",
            (["ren-duolan"], ["mps-china"]),
        ),
        (  # officials of a country, no body: the leader's alone
            "A delegation of China's border officials concluded a study visit to Thailand today.",
            _LED_27M,
            (["ren-duolan"], []),
        ),
        (_LEDE_27M, "With Deputy Director General Ren Duolan,", None),  # not said to lead it: whose visit?
    ],
)
def test_a_delegation_led_by_a_leader_named_first_is_his_and_its_ministrys(lede, led, expected, registries):
    later = "On Wednesday the delegation visited the immigration checkpoint at the airport."
    text = _DELEGATION_27M.format(lede=lede, led=led, later=later)
    found = [m for m in _meetings(text, registries, "2016-08-19") if text.startswith(later, m.sentence[0])]
    visits = [(m.participants, m.organizations[:1]) for m in found if m.kind == "visit" and m.participants]
    assert visits == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "On Wednesday the delegation visited the immigration checkpoint at the airport, and on Thursday it held "
            "talks in Bangkok with Police General Somchai Wongsa.",
            [
                ("visit", ["ren-duolan"], "2016-08-17"),
                ("bilateral_talks", ["ren-duolan", "somchai-wongsa"], "2016-08-18"),
            ],
        ),
        (
            "On Wednesday the delegation visited the immigration checkpoint at the airport, and later that day it met "
            "with Police General Somchai Wongsa.",
            [
                ("visit", ["ren-duolan"], "2016-08-17"),
                ("bilateral_talks", ["ren-duolan", "somchai-wongsa"], "2016-08-17"),
            ],
        ),
        (
            "On Wednesday the delegation visited the immigration checkpoint at the airport and held talks there with "
            "Police General Somchai Wongsa.",
            [
                ("visit", ["ren-duolan"], "2016-08-17"),
                ("bilateral_talks", ["ren-duolan", "somchai-wongsa"], "2016-08-17"),
            ],
        ),
        (  # another subject's words after "and": no meeting of the delegation's
            "On Wednesday the delegation visited the immigration checkpoint at the airport, and on Thursday it said "
            "that talks with Police General Somchai Wongsa had been useful.",
            [("visit", ["ren-duolan"], "2016-08-17")],
        ),
    ],
)
def test_a_coordinated_clause_with_its_own_day_is_a_meeting_of_the_same_subject(later, expected, registries):
    text = _DELEGATION_27M.format(lede=_LEDE_27M, led=_LED_27M, later=later)
    found = _meetings(text, registries, "2016-08-19")[2:]
    assert [(m.kind, m.participants, m.date.value if m.date else None) for m in found] == expected


# Lane i11s27m: "concluded (wrapped up, began) a four-day study visit to Thailand" is the trip, as "a mission to" is (a
# visit to a place in lower case stays a visit); "organized by B" makes B its party; the ministry that owns the
# delegation's department ("of China's Ministry of X", as "of the Ministry of X") is no party of its own.
@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "A delegation of the Exit and Entry Administration of China's Ministry of Public Security today concluded "
            "a four-day study visit to Thailand, organized by the International Organization for Migration.",
            ("trip", [], ["exit-and-entry-administration", "iom"]),
        ),
        (
            "A delegation of the National Immigration Administration on Friday wrapped up a five-day working visit to "
            "Thailand, organized by the International Organization for Migration.",
            ("trip", [], ["nia-china", "iom"]),
        ),
        (
            "Deputy Director General Ren Duolan today began a four-day official trip to Thailand.",
            ("trip", ["ren-duolan"], []),
        ),
        (
            "Deputy Director General Ren Duolan today ended a short visit to the airport's immigration checkpoint.",
            ("visit", ["ren-duolan"], []),
        ),
    ],
)
def test_a_visit_to_a_country_concluded_or_begun_is_a_trip_with_its_organizer(lede, expected, registries):
    text = f"Officials study border management\nBangkok, 19 August 2016 - {lede}\n"
    [meeting] = _meetings(text, registries, "2016-08-19")
    assert (meeting.kind, meeting.participants, meeting.organizations) == expected


# Lane i11s27m: "The first International X Forum opened" is the gathering, as "The 3rd X Forum opened" is; "Opening the
# Forum, the President of the X said" is the speech of the body whose office-holder the text leaves unnamed (no speech
# where the speaker is no office of a body, nor one of a person named).
_FORUM_27M = (
    "Migration forum opens\nNEW YORK, May 17 (Xinhua) -- {opened}\n{opening}\n"
    "Ada Kemp, Director General of the International Organization for Migration, told the opening session that "
    "migration must be safe.\n"
)


@pytest.mark.parametrize(
    "opened",
    [
        "The first International Migration Review Forum opened at UN Headquarters on Tuesday.",
        "The second Global Forum on Migration was held at UN Headquarters on Tuesday.",
        "The inaugural Asia-Pacific Migration Forum kicked off at UN Headquarters on Tuesday.",
    ],
)
def test_a_gathering_named_with_an_ordinal_in_lower_case_is_reported(opened, registries):
    text = _FORUM_27M.format(opened=opened, opening="")
    found = _meetings(text, registries, "2022-05-17")
    assert [(m.kind, m.participants, m.parent) for m in found] == [
        ("forum", ["ada-kemp"], None),
        ("speech", ["ada-kemp"], 0),
    ]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Opening the Forum, the President of the UN General Assembly said that too many migrants die.", True),
        ("Opening the session on Tuesday, the Chair of the IOM Council noted that too many migrants die.", True),
        ("Opening the Forum, a young migrant said that too many migrants die.", False),  # nobody's office
        ("Opening the Forum, the President said that too many migrants die.", False),  # of which body?
    ],
)
def test_a_speech_opening_a_gathering_by_an_unnamed_office_holder_is_the_bodys(opening, body, registries):
    text = _FORUM_27M.format(
        opened="The first International Migration Review Forum opened at UN Headquarters on Tuesday.", opening=opening
    )
    speeches = [m for m in _meetings(text, registries, "2022-05-17") if m.kind == "speech" and not m.participants]
    assert [(len(m.organizations), m.parent) for m in speeches] == ([(1, 0)] if body else [])


# Lane i11s27m: "will lead a delegation to Geneva to attend the 115th Session of the IOM Council" is his attendance of
# the session (of the Council, whose session it is), not a visit; "he will deliver a statement in the general debate,
# and hold talks with B" are his speech and his talks within it, both to come ("a statement to the press" is no speech).
_SESSION_27M = (
    "Spokesperson's Regular Press Conference on November 22, 2024\n\n"
    "Lin Bo: At the invitation of the International Organization for Migration, Ren Duolan, Commissioner of the "
    "National Immigration Administration, will lead a Chinese government delegation to Geneva to attend the 115th "
    "Session of the IOM Council from November 26 to 29. {during}\n"
)


@pytest.mark.parametrize(
    ("during", "expected"),
    [
        (
            "During the session, he will deliver a statement in the general debate, and hold talks with the IOM "
            "leadership.",
            [("speech", "planned", ["ren-duolan"], [], 0), ("bilateral_talks", "planned", ["ren-duolan"], ["iom"], 0)],
        ),
        (
            "During the session, he will make a statement at the high-level segment.",
            [("speech", "planned", ["ren-duolan"], [], 0)],
        ),
        ("After the session, he will deliver a statement to the press.", []),
    ],
)
def test_a_delegation_led_to_a_city_to_attend_a_session_gives_its_statement_and_talks(during, expected, registries):
    found = _meetings(_SESSION_27M.format(during=during), registries, "2024-11-22")
    session, *within = found
    assert (session.kind, session.status, session.participants, session.organizations[:1]) == (
        "conference",
        "planned",
        ["ren-duolan"],
        ["iom-council"],
    )
    assert [(m.kind, m.status, m.participants, m.organizations, m.parent) for m in within] == expected


# Lane i11s27m: "also met farm workers there, as well as officials of the X Government" is a meeting with X, as "met
# officials of X" is (no meeting with the workers alone); "agreed to hold a joint information session" is a session to
# come of the two sides, as "a workshop" is.
@pytest.mark.parametrize(
    ("met", "expected"),
    [
        ("She also met farm workers there, as well as officials of the Ministry of Public Security.", ["mps-china"]),
        ("She also met refugee families and officials of the Ministry of Public Security.", ["mps-china"]),
        ("She met local officials from the Ministry of Public Security.", ["mps-china"]),
        ("She also met farm workers there.", None),
        ("She praised farm workers there, as well as officials of the Ministry of Public Security.", None),
    ],
)
def test_a_meeting_with_officials_of_a_body_after_other_people_met(met, expected, registries):
    text = (
        "UNHCR official visits Guangxi\n\nBriefing Notes, 20 October 2006\n\nUNHCR's Assistant High Commissioner "
        "Ada Kemp yesterday wrapped up a five-day visit to China.\n\nOn Wednesday she travelled to Beihai, where she "
        f"visited a state farm. {met}\n"
    )
    last = _meetings(text, registries, "2006-10-20")[-1]
    assert (last.organizations if last.kind.endswith("talks") else None) == expected
    assert expected is None or last.participants == ["ada-kemp"]


@pytest.mark.parametrize(
    ("agreed", "planned"),
    [
        ("The two sides agreed to hold a joint information session for Chinese traders next month.", True),
        ("The two sides agreed to hold a briefing session for Chinese students next month.", True),
        ("The two sides agreed to hold regular exchanges of information.", False),
    ],
)
def test_an_information_session_the_two_sides_agree_to_hold_is_planned(agreed, planned, registries):
    text = (
        "Consul General meets IOM\nOn 12 March, Consul General Lin Bo received a visit by Ms. Ada Kemp, Chief of "
        f"Mission of the International Organization for Migration, at the Consulate General. {agreed}\n"
    )
    found = _meetings(text, registries, "2013-03-13")
    sessions = [(m.kind, m.participants) for m in found if m.status == "planned"]
    assert sessions == ([("symposium", ["lin-bo", "ada-kemp"])] if planned else [])


# Lane i11s27m: "It will visit X" right after a sentence about "The delegation" is the delegation's stop, its leader's,
# as "It is scheduled to visit" is; "It" after any other sentence is no one's.
@pytest.mark.parametrize(
    ("before", "visitor"),
    [
        ("The delegation arrived in Beijing on May 16.", ["nguyen-quang-duc"]),
        ("The delegation held talks in Beijing on May 18.", ["nguyen-quang-duc"]),
        ("The memorandum was signed on May 18.", None),
    ],
)
def test_it_will_visit_after_the_delegation_is_the_delegations_stop(before, visitor, registries):
    text = (
        "Vice Minister holds talks\n\nRelease time: 2011-05-19\n\nOn May 18, Vice Minister Lin Bo held talks in Beijing "
        "with a police delegation led by Lieutenant General Nguyen Quang Duc.\n\n"
        f"{before} It will visit the Youyiguan port in Guangxi on May 20 before returning home.\n"
    )
    visits = [m.participants for m in _meetings(text, registries, "2011-05-19") if m.kind == "visit"]
    assert visits == ([visitor] if visitor else [])


# Lane i11s27m: "At the end of the meeting, the parties signed ..." is a signing of the meeting's two people, as "the two
# sides signed" is ("the parties to the Convention" are none); "The meeting was also attended by" after that signing adds
# to the meeting, not the signing ("also attended the signing" still does); "the delegation got acquainted with the work
# of the border control point" is a visit there.
_UZ_27M = (
    "Deputy Minister receives a delegation\nOn 12 June 2023, Deputy Minister of Internal Affairs Ivo Lind received a "
    "delegation of the National Immigration Administration led by Deputy Commissioner Ren Duolan.\n{signed}\n{attended}\n"
    "{later}\n"
)


@pytest.mark.parametrize(
    ("signed", "signatories"),
    [
        (
            "At the end of the meeting, the parties signed a Plan of Cooperation for 2023-2025.",
            ["ivo-lind", "ren-duolan"],
        ),
        ("At the end of the meeting, the two sides signed a Plan of Cooperation.", ["ivo-lind", "ren-duolan"]),
        ("The parties to the Convention signed a Plan of Cooperation in 2020.", []),
    ],
)
def test_the_parties_that_sign_after_a_meeting_are_its_two_people(signed, signatories, registries):
    text = _UZ_27M.format(signed=signed, attended="", later="")
    signings = [m.participants for m in _meetings(text, registries, "2023-06-15") if m.kind == "signing"]
    assert (["ivo-lind", "ren-duolan"] in signings) == bool(signatories)


@pytest.mark.parametrize(
    ("attended", "to_signing"),
    [
        ("The meeting was also attended by Counsellor Lin Bo of the Chinese Embassy.", False),
        ("Counsellor Lin Bo of the Chinese Embassy also attended the talks.", False),
        ("Counsellor Lin Bo of the Chinese Embassy also attended the signing.", True),
    ],
)
def test_an_attendee_of_the_meeting_told_after_its_signing_joins_the_meeting(attended, to_signing, registries):
    signed = "At the end of the meeting, the parties signed a Plan of Cooperation."
    found = _meetings(_UZ_27M.format(signed=signed, attended=attended, later=""), registries, "2023-06-15")
    [meeting] = [m for m in found if m.kind == "courtesy_meeting"]
    [signing] = [m for m in found if m.kind == "signing"]
    assert ("lin-bo" in signing.participants, "lin-bo" in meeting.participants) == (to_signing, not to_signing)


@pytest.mark.parametrize(
    ("later", "visit"),
    [
        ("On 13 June, the delegation got acquainted with the work of the border control point at the airport.", True),
        (
            "On 13 June, the delegation familiarized themselves with the work of the airport's border control point.",
            True,
        ),
        ("On 13 June, the delegation got acquainted with the new visa rules.", False),
    ],
)
def test_a_delegation_acquainted_with_the_work_of_a_post_visits_it(later, visit, registries):
    found = _meetings(_UZ_27M.format(signed="", attended="", later=later), registries, "2023-06-15")
    visits = [(m.participants, m.date.value) for m in found if m.kind == "visit"]
    assert visits == ([(["ren-duolan"], "2023-06-13")] if visit else [])


# Lane i11s27m: "A welcomed the delegation and noted ..." after "A received a delegation of B" is that reception again,
# no meeting of its own; "welcomed the delegation of B led by C" (or "a delegation") first tells one.
@pytest.mark.parametrize(
    ("second", "meetings"),
    [
        ("Mr. Lind welcomed the delegation and noted that travel had grown.", 1),
        ("Mr. Lind warmly welcomed the Chinese delegation and noted that travel had grown.", 1),
        ("On 9 September, Mr. Lind welcomed a delegation of the Ministry of Public Security led by Lin Bo.", 2),
        ("On 9 September, Mr. Lind welcomed the delegation of the Ministry of Public Security led by Lin Bo.", 2),
    ],
)
def test_welcoming_the_delegation_just_received_is_no_meeting_of_its_own(second, meetings, registries):
    text = (
        "Director General receives a delegation\nOn 8 September 2015, Mr. Ivo Lind, Director General of the "
        "Immigration Agency, received a delegation of the National Immigration Administration led by Ren Duolan.\n"
        f"{second}\n"
    )
    assert len(_meetings(text, registries, "2015-09-10")) == meetings


# Lane i11s27m: "A led a delegation to Guilin" makes A the leader of "the delegation" that meets B later, as "a delegation
# led by A" does; A who only welcomed or sent one leads none.
@pytest.mark.parametrize(
    ("lede", "participants"),
    [
        ("Commissioner of Police Lin Bo led a delegation to Guilin this week.", ["lin-bo", "ren-duolan"]),
        ("Commissioner of Police Lin Bo will lead a police delegation to Guilin next week.", ["lin-bo", "ren-duolan"]),
        ("A delegation led by Commissioner of Police Lin Bo arrived in Guilin this week.", ["lin-bo", "ren-duolan"]),
        ("Commissioner of Police Lin Bo sent a delegation to Guilin this week.", ["ren-duolan"]),
    ],
)
def test_a_person_who_led_a_delegation_leads_its_later_meetings(lede, participants, registries):
    text = f"Police visit\n2017-04-14\n{lede}\n\nThe delegation met with Vice Minister of Public Security Ren Duolan.\n"
    talks = [m.participants for m in _meetings(text, registries, "2017-04-14") if m.kind == "bilateral_talks"]
    assert talks == [participants]


# Lane i11s27m: "wrapped up a five-day visit to China, during which he held talks ... and visited refugees in Guangxi"
# sums up the trip: the traveller's visit there is no stop of its own (the text tells it later); "and visited" a place on
# a day of its own still is one.
@pytest.mark.parametrize(
    ("during", "expected"),
    [
        ("during which he held talks with officials and visited refugees in Guangxi", ["trip"]),
        ("during which he visited a refugee settlement in Guangxi", ["trip"]),
        ("and visited a refugee settlement in Guangxi on Tuesday", ["trip", "visit"]),
    ],
)
def test_a_trips_summary_clause_proposes_no_visit_of_the_traveller_alone(during, expected, registries):
    text = (
        "UNHCR deputy chief visits China\n\nBEIJING, China - UNHCR's Deputy High Commissioner Ada Kemp on Friday "
        f"wrapped up a five-day visit to China, {during}.\n"
    )
    assert [m.kind for m in _meetings(text, registries, "2009-09-12")] == expected


# Lane i11s27x: the meetings that real releases phrase past the triggers' reach: a call's day between the call and its
# party ("held a telephone conversation on Dec 1 with"), a long name of what two people co-chaired ("co-chaired the
# seventh round of China-Kyrgyzstan consular consultation"), consultations named with capitals ("Consultations was
# held"); and a call or conversation with nobody named after it stays no meeting.


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        (
            "Vice Minister Tang Wenjie held a telephone conversation on Dec 1 with Ines Halvorsen, head of the mission.",
            ["tang-wenjie", "ines-halvorsen"],
        ),
        (
            "Vice Minister Tang Wenjie had a video call in the evening with Ines Halvorsen, head of the mission.",
            ["tang-wenjie", "ines-halvorsen"],
        ),
        (
            "Vice Minister Tang Wenjie held a phone conversation at noon on Friday with Ines Halvorsen, head of the mission.",
            ["tang-wenjie", "ines-halvorsen"],
        ),
        (
            "Vice Minister Tang Wenjie and Ambassador Ines Halvorsen co-chaired the seventh round of China-Norway consular consultation.",
            ["tang-wenjie", "ines-halvorsen"],
        ),
        (
            "Vice Minister Tang Wenjie and Ambassador Ines Halvorsen co-chaired the 12th plenary meeting of the joint working group.",
            ["tang-wenjie", "ines-halvorsen"],
        ),
        (
            "Co-chaired by Vice Minister Tang Wenjie and Ambassador Ines Halvorsen, the Fifth Round of China-Norway"
            " Consular Consultations was held in Oslo.",
            ["tang-wenjie", "ines-halvorsen"],
        ),
        (
            "Vice Minister Tang Wenjie said the call on Friday was useful; Ambassador Ines Halvorsen agreed.",
            [],
        ),  # a call referred to
        (
            "Vice Minister Tang Wenjie and Ambassador Ines Halvorsen co-chaired the committee for years.",
            [],
        ),  # a body chaired, no meeting
        ("Vice Minister Tang Wenjie and Ambassador Ines Halvorsen said the consultation period was over.", []),
    ],
)
def test_calls_co_chaired_rounds_and_capitalised_consultations_are_meetings(sentence, participants, registries):
    text = f"Consular news\n\nOSLO, May 3 (Xinhua) -- {sentence}\n"
    assert [sorted(m.participants) for m in _meetings(text, registries)] == (
        [sorted(participants)] if participants else []
    )


# Lane i11s27x: a meeting still to come told with "is to" ("is to pay an official visit to France"), or in its base form
# in a list after the verb whose auxiliary governs it ("will lay a wreath ..., hold talks with A, and attend"); the
# same list in the past stays held.


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Vice Minister Tang Wenjie is to pay an official visit to France from May 7 to 10.", "planned"),
        ("Vice Minister Tang Wenjie is to hold talks with Ines Halvorsen, head of the mission, on Friday.", "planned"),
        (
            "Vice Minister Tang Wenjie will lay a wreath at the memorial, hold talks with Ines Halvorsen, head of the"
            " mission, and attend a banquet.",
            "planned",
        ),
        (
            "Vice Minister Tang Wenjie laid a wreath at the memorial, held talks with Ines Halvorsen, head of the"
            " mission, and attended a banquet.",
            "held",
        ),
        ("Vice Minister Tang Wenjie paid an official visit to France from May 7 to 10.", "held"),
    ],
)
def test_is_to_and_a_listed_base_form_tell_a_meeting_to_come(sentence, status, registries):
    text = f"Visits\n\nOSLO, May 3 (Xinhua) -- {sentence}\n"
    assert {m.status for m in _meetings(text, registries)} == {status}


# Lane i11s27x: a meeting by video or phone takes no place from the dateline (one side's city only): "had a video
# call with", "met with A via video link", "held phone talks with"; a meeting in person told with "online" as a topic
# keeps the dateline's city.
# A visit to a country the registries do not hold ("visited Vietnam", "paid a visit to Australia") has
# no place, never one named after it ("... of China and Vietnam"); a registered country or a body in a registered city
# keeps its place. The country of an envoy's post ("Ambassador of Norway to China") is no meeting's place either; a
# place the sentence gives the meeting ("in China", "in Beijing") stays.


@pytest.mark.parametrize(
    ("dateline", "sentence", "place"),
    [
        (
            "BEIJING",
            "Vice Minister Tang Wenjie had a video call with Ines Halvorsen, head of the mission, on Friday.",
            None,
        ),
        (
            "BEIJING",
            "Vice Minister Tang Wenjie met with Ines Halvorsen, head of the mission, via video link on Friday.",
            None,
        ),
        (
            "BEIJING",
            "Vice Minister Tang Wenjie held phone talks with Ines Halvorsen, head of the mission, on Friday.",
            None,
        ),
        (
            "BEIJING",
            "Vice Minister Tang Wenjie spoke by telephone with Ines Halvorsen, head of the mission, on Friday.",
            None,
        ),
        (
            "BEIJING",
            "Vice Minister Tang Wenjie held a video conference with Ines Halvorsen, head of the mission.",
            None,
        ),
        ("BEIJING", "Vice Minister Tang Wenjie met with Ines Halvorsen, head of the mission, on Friday.", "beijing"),
        (
            "BEIJING",
            "Vice Minister Tang Wenjie met with Ines Halvorsen, head of the mission, to discuss online fraud.",
            "beijing",
        ),
        (
            "OSLO",
            "A delegation led by Vice Minister Tang Wenjie visited Vietnam from November 11 to 15 for exchanges between"
            " the border departments of China and Vietnam.",
            None,
        ),
        (
            "OSLO",
            "Vice Minister Tang Wenjie paid a visit to Australia and New Zealand, the first since China joined.",
            None,
        ),
        ("OSLO", "Vice Minister Tang Wenjie visited the Ministry of Public Security in Beijing on Monday.", "beijing"),
        (
            "OSLO",
            "Vice Minister Tang Wenjie led a Chinese delegation to France on Monday.",
            "france",
        ),  # a demonym, no country
        ("OSLO", "Vice Minister Tang Wenjie visited the Chinese Academy of Social Sciences in Beijing.", "beijing"),
        (
            "OSLO",
            "Vice Minister Tang Wenjie visited the Vietnam’s Embassy in Beijing, China.",
            "china",
        ),  # a body's name
        (
            "OSLO",
            "A delegation led by Vice Minister Tang Wenjie visited France from November 11 to 15 for exchanges between"
            " the border departments of China and France.",
            "france",
        ),
        ("OSLO", "Director-General Tang Wenjie met with Ambassador of Norway to China Ines Halvorsen on Friday.", None),
        (
            "OSLO",
            "Director-General Tang Wenjie met with Ines Halvorsen, Ambassador of the Kingdom of Norway to China.",
            None,
        ),
        (
            "OSLO",
            "Director-General Tang Wenjie met with Ines Halvorsen, Ambassador of Norway, in China on Friday.",
            "china",
        ),
        (
            "OSLO",
            "Director-General Tang Wenjie met with Ines Halvorsen, Ambassador of Norway, in Beijing on Friday.",
            "beijing",
        ),
    ],
)
def test_a_meeting_takes_no_place_of_a_call_s_dateline_an_unregistered_country_or_an_envoy_s_post(
    dateline, sentence, place, registries
):
    text = f"News\n\n{dateline}, May 3 (Xinhua) -- {sentence}\n"
    [meeting] = _meetings(text, registries)
    assert meeting.place == place


# Lane i11s27x: ", and B, <post>, will meet with him" is B's meeting with the one the clause before met ("A will hold
# talks with C, and B, chairman of X, will meet with him": B and C, never A and B); a "him" that the clause before
# leaves to the sentence before stays that one's; a list of two met ("with C, and B, chairman of X.") stays A's.


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        (
            "Premier Tang Wenjie will hold talks with Prime Minister Ola Berg, and Vice Premier Zhao Lejun will meet"
            " with him.",
            [["tang-wenjie", "ola-berg"], ["zhao-lejun", "ola-berg"]],
        ),
        (
            "Premier Tang Wenjie will hold talks with Prime Minister Ola Berg, and Zhao Lejun, chairman of the"
            " standing committee, will meet with him.",
            [["tang-wenjie", "ola-berg"], ["zhao-lejun", "ola-berg"]],
        ),
        (
            "Premier Tang Wenjie held talks with Prime Minister Ola Berg, and Zhao Lejun, chairman of the standing"
            " committee, met with him.",
            [["tang-wenjie", "ola-berg"], ["zhao-lejun", "ola-berg"]],
        ),
        (
            "Premier Tang Wenjie held talks with Prime Minister Ola Berg, and Zhao Lejun, chairman of the standing"
            " committee.",
            [["tang-wenjie", "ola-berg"], ["tang-wenjie", "zhao-lejun"]],
        ),
    ],
)
def test_a_named_subject_s_own_clause_meets_whom_the_clause_before_met(sentence, meetings, registries):
    text = f"Visits\n\nOSLO, May 3 (Xinhua) -- {sentence}\n"
    assert [m.participants for m in _meetings(text, registries)] == meetings


def test_him_in_a_named_subject_s_clause_after_him_stays_the_one_named_before(registries):
    text = (
        "Visits\n\nOSLO, May 3 (Xinhua) -- Director General Ola Berg will visit China from May 23 to 26. During the"
        " visit, Vice Minister Tang Wenjie will hold talks with him, and Vice Foreign Minister Zhao Lejun will meet"
        " with him.\n"
    )
    *_, talks, meeting = _meetings(text, registries)
    assert (talks.participants, meeting.participants) == (["tang-wenjie", "ola-berg"], ["zhao-lejun", "ola-berg"])


# Lane i11s27x: "visits" as a noun ("the high-level visits held since 2019", "the exchange of presidential visits in
# 2019", "frequent visits by officials") reports no visit; the verb before what it visits ("visits France", "visits the
# border checkpoint") still does.


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Vice Minister Tang Wenjie recalled the high-level visits held since 2019.", []),
        ("Vice Minister Tang Wenjie said ties grew during the exchange of presidential visits in 2019.", []),
        ("Vice Minister Tang Wenjie praised the frequent visits by officials of both sides.", []),
        ("Vice Minister Tang Wenjie visits the border checkpoint on Monday.", ["visit"]),
        ("Vice Minister Tang Wenjie visits France to meet Ines Halvorsen, head of the mission.", ["trip"]),
    ],
)
def test_visits_as_a_noun_reports_no_visit(sentence, kinds, registries):
    text = f"Visits\n\nOSLO, May 3 (Xinhua) -- {sentence}\n"
    assert [m.kind for m in _meetings(text, registries)] == kinds


# Lane i11s27x: a trip told at its end with a visit, trip or tour ("wrapped up her first official visit to France",
# "concluded her four-day France visit") as with a mission; its place the country it names, none for a country the
# registries do not hold (never the dateline's city: "Geneva / Dhaka"), and a place the sentence says it was away
# from ("the first time away from Geneva") is none of its meetings'.


@pytest.mark.parametrize(
    ("dateline", "sentence", "place"),
    [
        ("OSLO, May 3 (Xinhua) --", "Director General Ines Halvorsen concluded her four-day France visit.", "france"),
        (
            "OSLO, May 3 (Xinhua) --",
            "Director General Ines Halvorsen wrapped up her first official visit to France on Thursday.",
            "france",
        ),
        (
            "Geneva / Dhaka, 9 May –",
            "Director General Ines Halvorsen has concluded a four-day visit to Bangladesh.",
            None,
        ),
        ("Geneva / Dhaka, 9 May –", "Director General Ines Halvorsen ended her Bangladesh tour on Thursday.", None),
    ],
)
def test_a_trip_told_at_its_end_goes_to_the_country_it_names(dateline, sentence, place, registries):
    text = f"Visits\n\n{dateline} {sentence}\n"
    [trip] = _meetings(text, registries)
    assert (trip.kind, trip.place) == ("trip", place)


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        ("Director General Ines Halvorsen concluded her visit with a call for funds.", []),
        (
            "Director General Ines Halvorsen launched the report, the first time away from Geneva.",
            [("launch", None)],
        ),
        ("Director General Ines Halvorsen launched the report in Geneva.", [("launch", "geneva")]),
    ],
)
def test_a_visit_referred_back_is_no_trip_and_a_place_it_was_away_from_is_no_place(sentence, meetings, registries):
    text = f"Visits\n\nOSLO, May 3 (Xinhua) -- {sentence}\n"
    assert [(m.kind, m.place) for m in _meetings(text, registries)] == meetings


# Lane i11s27p: "A met B. The meeting in Shanghai on Sunday discussed ...": the next sentence that opens with the
# meeting and says where and when it was gives it its day and place; one that names them for something else does not.
@pytest.mark.parametrize(
    ("told", "date", "place"),
    [
        ("The meeting in the port city of Shanghai on Sunday discussed irregular migration.", "2024-12-08", "shanghai"),
        ("The talks, held on Tuesday in Shanghai, focused on labour migration.", "2024-12-10", "shanghai"),
        ("The meeting took place at the ministry's headquarters in Shanghai on Monday.", "2024-12-09", "shanghai"),
        ("The talks, which took place in Shanghai, focused on labour migration.", None, "shanghai"),
        ("The meeting discussed a workshop to be held in Shanghai on Monday.", None, None),
        ("The meeting follows talks held in Geneva on Monday.", None, None),
        ("The talks, held in the presence of the Ambassador to France, focused on labour migration.", None, None),
        ("The talks, held at the invitation of France, focused on labour migration.", None, None),
        ("The delegation in Shanghai on Sunday discussed irregular migration.", None, None),
    ],
)
def test_the_next_sentence_gives_the_meeting_its_day_and_place(told, date, place, registries):
    text = (
        "Cooperation talks\n\nVice Minister Tang Wenjie held an important meeting with Ines Halvorsen, head of the "
        f"IOM (International Organization for Migration) in China.\n\n{told}\n"
    )
    (talks,) = [m for m in _meetings(text, registries, "2024-12-10") if m.kind == "bilateral_talks"]
    assert (talks.date and talks.date.value, talks.place) == (date, place)


# Lane i11s27p: a country after a post held in it ("head of IOM in China", "Chief of Mission of IOM in China") is where
# the post is, not where the meeting was; "held talks in China" still is.
@pytest.mark.parametrize(
    ("who", "place"),
    [
        ("Ines Halvorsen, head of IOM in China", None),
        ("Ines Halvorsen, Chief of Mission of the IOM (UN Migration) in China", None),
        ("the Representative of UNHCR in China, Ines Halvorsen", None),
        ("Ines Halvorsen in China", "china"),
    ],
)
def test_a_country_where_a_post_is_held_is_not_the_meetings_place(who, place, registries):
    text = f"Talks\n\nVice Minister Tang Wenjie held talks with {who} on 3 May 2021.\n"
    (talks,) = [m for m in _meetings(text, registries, "2021-05-04") if m.kind == "bilateral_talks"]
    assert talks.place == place


def test_a_meeting_with_its_own_day_keeps_it_and_its_place_against_the_next_sentences(registries):
    text = (
        "Talks\n\nVice Minister Tang Wenjie met IOM Chief of Mission Ines Halvorsen on Monday.\n\n"
        "The talks in Geneva on Thursday will focus on labour migration.\n"
    )
    (talks,) = [m for m in _meetings(text, registries, "2024-12-10") if m.kind == "bilateral_talks"]
    assert (talks.date.value, talks.place) == ("2024-12-09", None)


# Lane i11s27p: translated wire copy dates a meeting by a day of the month alone ("in Beijing on the 3rd", "on the
# afternoon of the 27th"), read against the dateline or publication date; "this morning", "tonight" and "last night"
# are days too. "The 3rd session", "the 21st century" and "the 5th anniversary" are no dates.
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Li Wei met Ana Torres in Beijing on the 3rd.", [("on the 3rd", "2023-04-03")]),
        (
            "Li Wei met Ana Torres on the afternoon of the 27th in Beijing.",
            [("on the afternoon of the 27th", "2023-03-27")],
        ),
        ("Li Wei met Ana Torres on the 31st, before the forum.", [("on the 31st", "2023-03-31")]),
        ("Li Wei will meet Ana Torres on the 6th.", [("on the 6th", "2023-04-06")]),
        ("Li Wei met Ana Torres this morning.", [("this morning", "2023-04-04")]),
        ("Li Wei met Ana Torres last night.", [("last night", "2023-04-03")]),
        ("Li Wei addressed the 3rd session of the dialogue.", []),
        ("Migration in the 21st century.", []),
        ("They marked on the 5th anniversary of the office.", []),
    ],
)
def test_a_day_of_the_month_alone_and_parts_of_the_day_are_read_against_the_anchor(phrase, expected):
    anchor = Anchor(dt.date(2023, 4, 4), "the publication date (2023-04-04)")
    assert [(d.quote, d.value) for d in find_dates(phrase, anchor=anchor)] == expected


def test_a_day_of_the_month_alone_dates_the_meeting_of_its_sentence(registries):
    text = (
        "Vice Minister Tang Wenjie meets IOM envoy\n\n2023-04-04\n\nVice Minister Tang Wenjie met with IOM Chief of "
        "Mission Ines Halvorsen in Beijing on the 3rd. Tang said China was ready to deepen cooperation.\n"
    )
    (talks,) = [m for m in _meetings(text, registries) if m.kind == "bilateral_talks"]
    assert (talks.date.value, talks.place) == ("2023-04-03", "beijing")


def test_a_trip_takes_no_day_or_place_from_the_talks_the_next_sentence_tells(registries):
    text = (
        "Visit\n\nIOM Director General Ines Halvorsen arrived in Shanghai for talks with Chinese officials.\n\n"
        "The talks in Beijing on Monday will focus on labour migration.\n"
    )
    (trip,) = [m for m in _meetings(text, registries, "2021-05-04") if m.kind == "trip"]
    assert (trip.date, trip.place) == (None, "shanghai")


# Lane i11s27q: a registered body written in the other spelling ("International Organisation for Migration", in any
# case) is that body, with the form proposed as its alias, never a
# new entry; a longer name that only holds a British word ("Organisations for Migration Research") is none of them.
@pytest.mark.parametrize(
    ("sentence", "entity_id", "form"),
    [
        (
            "Ada Kemp of the International Organisation for Migration (IOM) opened the course in Kunming on Monday.",
            "iom",
            "International Organisation for Migration",
        ),
        (
            "China hopes to join the international organisation for migration, Ivo Lind told reporters in Beijing.",
            "iom",
            "international organisation for migration",
        ),
    ],
)
def test_a_registered_body_in_the_other_spelling_is_that_body(sentence, entity_id, form, registries):
    aliases, draft = _variant_aliases(f"Migration course opens\n\nBEIJING, May 3 (Xinhua) -- {sentence}\n", registries)
    assert (entity_id, form) in aliases
    assert not [e for e in draft.new_entries if e.kind == "organizations" and "Organi" in e.fields["name"]]


def test_a_name_that_only_holds_a_british_word_is_no_registered_body(registries):
    text = (
        "Research network meets\n\nBEIJING, May 3 (Xinhua) -- Scholars of the Asian Organisations for Migration "
        "Research Network met in Beijing on Monday.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert "iom" not in {m.entity_id for m in draft.mentions if m.kind == "organizations"}


# Lane i11s27q: a date after a body's name with its month abbreviated ("Committee on Nov 15") is no word of the name,
# as a month in full is not; a subject after "on" that the head takes stays ("Committee on Migrant Workers").
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lin Bo met Ada Kemp, chair of the Nordic Refugee Committee on Nov 15, 2019.", "Nordic Refugee Committee"),
        ("Lin Bo met Ada Kemp, chair of the Nordic Refugee Committee on Sept. 3 in Oslo.", "Nordic Refugee Committee"),
        ("Lin Bo met Ada Kemp, chair of the Nordic Refugee Committee on November 15.", "Nordic Refugee Committee"),
        (
            "Lin Bo met Ada Kemp, chair of the Nordic Committee on Migrant Workers on Nov 15.",
            "Nordic Committee on Migrant Workers",
        ),
        ("Lin Bo met Ada Kemp, chair of the Nordic Committee on Marine Safety.", "Nordic Committee on Marine Safety"),
    ],
)
def test_an_abbreviated_month_after_a_body_s_name_is_no_word_of_it(sentence, name):
    assert name in [c.name for c in organization_candidates(sentence)]


# Lane i11s27q: "OECD Development Assistance Committee (DAC)" proposes the committee, its acronym's spelling, with the
# known body before it as its parent and the whole as its form; "the OECD Development Assistance Committee" later is
# that form again, never a second new entry. A committee no known body opens gets no parent.
@pytest.mark.parametrize(
    ("owner", "parent"),
    [("OECD ", "oecd"), ("IOM ", "iom"), ("", None)],
)
def test_a_body_its_acronym_spells_after_a_known_owner_is_one_entry(owner, parent, registries):
    text = (
        "Aid agency chief meets committee chair\n\nBEIJING, May 3 (Xinhua) -- Lin Bo met Ada Kemp, chair of the "
        f"{owner}Refugee Finance Committee (RFC), on Nov 15, 2019.\n\nAda Kemp said the {owner}Refugee Finance "
        "Committee hopes to work with China.\n"
    )
    draft = draft_article("t", text, registries, [])
    orgs = [e.fields for e in draft.new_entries if e.kind == "organizations"]
    assert [(o["name"], o.get("parent")) for o in orgs] == [("Refugee Finance Committee", parent)]
    assert orgs[0]["aliases"] == ([f"{owner}Refugee Finance Committee"] if owner else [])


# Lane i11s27q: a family name registered alone as one person's alias ("Xu" of Xu Ganlu) names no one in an article that
# names another of that family in full and never the registered one ("Xu Wei ... Xu said": not Xu Ganlu, and not an
# alias Xu Wei could be given); with the registered one named in full, or no one, it stays his.
@pytest.mark.parametrize(
    ("lede", "owners"),
    [
        ("Xu Wei, director-general of the Department of International Cooperation of CIDCA,", []),
        ("Deputy Director Xu Wei of the Ministry of Civil Affairs", []),
        ("Vice Minister of Public Security Xu Ganlu", ["xu-ganlu"]),
        ("A senior official", ["xu-ganlu"]),
    ],
)
def test_a_registered_family_name_alone_is_no_one_beside_another_named_in_full(lede, owners, registries):
    text = (
        "Officials meet IOM mission\n\nBEIJING, May 3 (Xinhua) -- "
        f"{lede} met the IOM Chief of Mission in Beijing on Monday.\n\nXu said China would keep working with IOM.\n"
    )
    draft = draft_article("t", text, registries, [])
    bare = [m.entity_id for m in draft.mentions if m.kind == "people" and text[m.start : m.end] == "Xu"]
    assert bare == owners
    assert "Xu" not in {a.form for a in draft.new_aliases} | {f for e in draft.new_entries for f in e.fields["aliases"]}


# Lane i11s27q: a compound post whose line broke after its hyphen ("director- general") is the whole post, never its
# first word.
@pytest.mark.parametrize(
    ("apposition", "title"),
    [
        ("Ada Kemp, director- general of the International Organization for Migration,", "Director-General"),
        (
            "Ada Kemp, deputy director- general of the International Organization for Migration,",
            "Deputy Director-General",
        ),
        ("Ada Kemp, director general of the International Organization for Migration,", "Director General"),
        ("Ada Kemp, director of the International Organization for Migration,", "Director"),
    ],
)
def test_a_compound_post_broken_after_its_hyphen_is_the_whole_post(apposition, title, registries):
    text = f"IOM chief in Beijing\n\nBEIJING, May 3 (Xinhua) -- {apposition} met Lin Bo in Beijing on Monday.\n"
    draft = draft_article("t", text, registries, [])
    assert [(r.organization, r.title) for r in draft.roles if r.person == "ada-kemp"] == [("iom", title)]


# Lane i11s27q: a foreign minister whose title names the field and the country ("Minister of the Interior of Niger",
# "Chad's Minister of Justice") holds the post in that country's ministry, proposed with its basis; a title naming no
# country, China, a "Minister of State", or a country whose ministers head departments ("of South Africa") gives none.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Minister of the Interior of Niger", ("Ministry of the Interior of Niger", "NE")),
        ("Deputy Minister for Home Affairs of Kenya", ("Ministry of Home Affairs of Kenya", "KE")),
        ("Chad's Minister of Justice", ("Ministry of Justice of Chad", "TD")),
        ("Minister of Labour", None),
        ("Minister of State of Chad", None),
        ("Minister of Home Affairs of South Africa", None),
    ],
)
def test_a_foreign_minister_s_title_implies_that_country_s_ministry(title, expected, registries):
    text = f"Talks in Beijing\n\nBEIJING, May 3 (Xinhua) -- Lin Bo held talks with {title} Ada Kemp in Beijing on Monday.\n"
    draft = draft_article("t", text, registries, [])
    role = next(r for r in draft.roles if r.person == "ada-kemp")
    entry = next((e.fields for e in draft.new_entries if e.fields["id"] == role.organization), None)
    assert ((entry["name"], entry["country"]) if entry else None) == expected
    assert entry is None or entry["note"].startswith("Inferred")


# Merge of round 12: a meeting "During his visit" whose sentence names no place is where the visit was (its country,
# or none for a country the registries lack), never the dateline's city, which says where the report was filed.
@pytest.mark.parametrize(
    ("lead", "during", "place"),
    [
        ("Xu Ganlu is to pay an official visit to Norway from Feb. 7-10.", "During his visit, Xu will hold", None),
        (
            "Antonio Vitorino will pay a visit to China from March 9 to 12.",
            "During the visit, Xu Ganlu will hold",
            "china",
        ),
        (
            "Antonio Vitorino arrived on Monday for a five-day visit to China.",
            "During his visit, Vitorino held",
            "china",
        ),
        (
            "Antonio Vitorino arrived on Monday for a five-day visit to China.",
            "During his visit, in Beijing, Vitorino held",
            "beijing",
        ),
        ("Antonio Vitorino arrived on Monday for a five-day visit to China.", "On Tuesday, Vitorino held", "beijing"),
    ],
)
def test_a_meeting_during_a_visit_takes_no_place_from_the_dateline(lead, during, place, registries):
    text = f"Visit\n\nBEIJING, Feb. 3 (Xinhua) -- {lead}\n{during} talks with Ada Kemp.\n"
    talks = [m for m in _meetings(text, registries) if m.kind == "bilateral_talks"]
    assert [m.place for m in talks] == [place]


# Merge of round 12: a country joined by a hyphen to another ("the China-Norway strategic dialogue", "China-Africa
# cooperation") is an adjective, no place the sentence names for its meeting.
@pytest.mark.parametrize(
    ("during", "place"),
    [
        ("During his visit, Xu will hold talks with Antonio Vitorino on China-Norway cooperation.", None),
        ("During his visit, Xu will hold talks with Antonio Vitorino on Norway\u2013China ties.", None),
        ("During his visit, Xu will hold talks with Antonio Vitorino in Geneva on China-Africa cooperation.", "geneva"),
    ],
)
def test_a_country_joined_to_another_by_a_hyphen_is_no_meeting_place(during, place, registries):
    text = f"Visit\n\nBEIJING, Feb. 3 (Xinhua) -- Xu Ganlu is to pay an official visit to Norway.\n{during}\n"
    talks = [m for m in _meetings(text, registries) if m.kind == "bilateral_talks"]
    assert [m.place for m in talks] == [place]


# Lane i11s28s: dates, places and speakers (a lede's day and city, times still to come, a dateline with a country)


def _i11s28s_dated(text: str, registries) -> list[tuple[str, str | None, str | None]]:
    meetings = _meetings(text, registries, "2024-03-13")
    return [(m.kind, m.date.value if m.date else None, m.place) for m in meetings]


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("the head of the International Organization for Migration said in Shanghai on Tuesday.", "shanghai"),
        ("the chief of the UN refugee agency said in Geneva on Tuesday.", "geneva"),
        ("the head of the International Organization for Migration said on Tuesday.", None),
    ],
)
def test_i11s28s_a_lede_s_head_who_said_gives_the_forum_its_day_and_city(lede, place, registries):
    text = (
        "Mobility a chance, IOM chief says\n\n"
        f"Orderly labour mobility benefits every country, {lede}\n"
        "Addressing a forum on skills hosted by a think tank, Antonio Vitorino said cooperation was growing.\n"
    )
    dated = _i11s28s_dated(text, registries)
    assert ("forum", "2024-03-12", place) in dated


def test_i11s28s_a_lede_that_names_no_head_gives_no_day(registries):
    text = (
        "Skills forum\n\n"
        "Orderly labour mobility benefits every country, the report said in Shanghai on Tuesday.\n"
        "Addressing a forum on skills hosted by a think tank, Antonio Vitorino said cooperation was growing.\n"
    )
    assert all(d is None and p is None for k, d, p in _i11s28s_dated(text, registries) if k == "forum")


@pytest.mark.parametrize(
    ("tail", "value"),
    [
        ("on a training course planned for next year.", "2014-10-22"),
        ("on a survey to be launched next month.", "2014-10-22"),
        ("on Tuesday.", "2014-10-21"),
    ],
)
def test_i11s28s_a_time_to_come_never_dates_talks_held(tail, value, registries):
    text = (
        "Forum\n\nSHANGHAI, Oct. 22 (Xinhua) -- A forum on border services opened here Wednesday.\n"
        f"On the sidelines of the forum, Xu Ganlu held talks with Antonio Vitorino {tail}\n"
    )
    talks = [m for m in _meetings(text, registries, "2014-10-22") if m.kind == "bilateral_talks"]
    assert [m.date.value for m in talks] == [value]


def test_i11s28s_a_time_to_come_still_dates_talks_planned(registries):
    text = "Talks\n\nSHANGHAI, Oct. 22 (Xinhua) -- Xu Ganlu will hold talks with Antonio Vitorino next month.\n"
    talks = [m for m in _meetings(text, registries, "2014-10-22") if m.kind == "bilateral_talks"]
    assert [(m.status, m.date.value) for m in talks] == [("planned", "2014-11")]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("NIAMEY, Niger, 4 May 2022 \u2013 The agency today opened", "NIAMEY, Niger, 4 May 2022 \u2013"),
        ("Nairobi, Kenya, 12 June 2019 - The agency today opened", "Nairobi, Kenya, 12 June 2019 -"),
        ("NIAMEY, 4 May 2022 \u2013 The agency today opened", "NIAMEY, 4 May 2022 \u2013"),
    ],
)
def test_i11s28s_a_dateline_may_name_the_country_before_its_date(line, dateline):
    text = f"Centre opens\n\n{line} a centre for returning migrants in the city.\n"
    layout = find_layout(text)
    assert text[slice(*layout.dateline)].strip() == dateline


def test_i11s28s_a_country_alone_after_a_city_is_no_dateline():
    text = "Centre opens\n\nNiamey, Niger, is where the agency opened a centre for returning migrants last week.\n"
    assert find_layout(text).dateline is None


@pytest.mark.parametrize(
    ("then", "value"),
    [
        ("The delegation was received by Antonio Vitorino, who briefed it on labour mobility.", "2024-03-11"),
        ("He was received by Antonio Vitorino at the entrance.", "2024-03-11"),
        ("The delegation was received by Antonio Vitorino on Tuesday.", "2024-03-12"),
    ],
)
def test_i11s28s_a_visitor_received_right_after_the_visit_is_received_on_its_day(then, value, registries):
    text = (
        "Visit\n\nA delegation led by Xu Ganlu visited the IOM office in Geneva on Monday to discuss labour "
        f"migration.\n{then}\n"
    )
    received = [m for m in _meetings(text, registries, "2024-03-13") if m.kind != "visit"]
    assert [m.date.value for m in received] == [value]


def test_i11s28s_a_reception_after_a_paragraph_between_takes_no_day_from_the_visit(registries):
    text = (
        "Visit\n\nA delegation led by Xu Ganlu visited the IOM office in Geneva on Monday to discuss labour "
        "migration.\nIOM runs programmes in 40 countries.\nThe delegation was received by Antonio Vitorino.\n"
    )
    received = [m for m in _meetings(text, registries, "2024-03-13") if m.kind != "visit"]
    assert all(m.date is None or m.date.value != "2024-03-11" for m in received)


@pytest.mark.parametrize(
    ("then", "place"),
    [
        ("Grandi also met separately with officials of the Ministry of Civil Affairs.", "shanghai"),
        ("Grandi also met officials of the Ministry of Civil Affairs in Beijing.", "beijing"),
        ("On Thursday, Grandi met officials of the Ministry of Civil Affairs.", "shanghai"),
        ("Earlier, Grandi had met officials of the Ministry of Civil Affairs.", "china"),
    ],
)
def test_i11s28s_a_meeting_that_goes_on_from_one_in_a_city_is_in_that_city(then, place, registries):
    text = (
        "Visit\n\nGENEVA, June 20 (UNHCR) - Filippo Grandi of UNHCR wrapped up a five-day visit to China on Friday.\n"
        f"In Shanghai on Tuesday, Grandi held talks with Liu Bin on refugee protection. {then}\n"
    )
    meetings = _meetings(text, registries, "2011-06-20")
    third = [m for m in meetings if m.kind != "trip"][1]
    assert third.place == place


@pytest.mark.parametrize(
    ("then", "signers"),
    [
        (
            "The agreement was signed at the IOM office in Geneva by Antonio Vitorino and Liu Bin.",
            ["antonio-vitorino", "liu-bin"],
        ),
        ("The memorandum was signed by Antonio Vitorino and Liu Bin.", ["antonio-vitorino", "liu-bin"]),
    ],
)
def test_i11s28s_a_document_signed_by_two_is_the_signing_just_reported(then, signers, registries):
    text = f"Signing\n\nGENEVA, 9 March 2023 - IOM and China today signed an agreement on returning migrants.\n{then}\n"
    signings = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert [(m.participants, m.date.value) for m in signings] == [(signers, "2023-03-09")]


def test_i11s28s_an_agreement_signed_by_two_with_no_signing_before_is_its_own(registries):
    text = "Signing\n\nGENEVA, 9 March 2023 - The agreement was signed by Antonio Vitorino and Liu Bin today.\n"
    signings = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert [m.participants for m in signings] == [["antonio-vitorino", "liu-bin"]]


@pytest.mark.parametrize(
    ("between", "then", "place"),
    [
        ("", "The following day he met Liu Bin to discuss returns.", "shanghai"),
        ("", "On 21 November, he met Liu Bin to discuss returns.", "shanghai"),
        (
            "On 20 November, Vitorino travelled to Beijing. ",
            "The following day he met Liu Bin to discuss returns.",
            None,
        ),
        ("", "On 18 November, he met Liu Bin to discuss returns.", None),
        ("", "The following day he met Liu Bin in Beijing to discuss returns.", "beijing"),
    ],
)
def test_i11s28s_a_traveller_stays_in_the_city_of_his_last_meeting_until_a_move(between, then, place, registries):
    text = (
        "Visit\n\nGeneva - Antonio Vitorino this week concluded a four-day official visit to China.\n\n"
        "In Shanghai on 19 November, Vitorino held talks with Xu Ganlu on training.\n\n"
        f"{between}{then}\n"
    )
    meetings = [m for m in _meetings(text, registries, "2019-11-22") if "liu-bin" in m.participants]
    assert [m.place for m in meetings if m.place != "china"] == ([place] if place else [])


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        ('<p class="posted">Posted: 04/05/10</p>', "https://www.iom.int/news/a-handover", "2010-04-05"),
        ('<p class="posted">Posted: 04/05/10</p>', "https://rodakar.iom.int/news/a-handover", "2010-04-05"),
        ('<p class="posted">Posted: 04/05/10</p>', "https://www.example.org/news/a-handover", None),
        ("<p>Posted: 04/05/10</p><p>Updated: 25/05/10</p>", "https://www.iom.int/news/a-handover", "2010-05-04"),
        ('<p class="posted">Posted: 2010-05-04</p>', "https://www.iom.int/news/a-handover", "2010-05-04"),
    ],
)
def test_i11s28s_figures_that_read_either_way_are_month_first_on_iom_pages(html, url, expected):
    from china_iom.drafting.extract import in_page_order

    assert in_page_order("2010-05-04", html, url) == expected


@pytest.mark.parametrize(
    ("dateline", "then", "expected"),
    [
        ("May 21", "He is also expected to visit Shanghai.", ("2013-05-21", "2013-05-24")),
        ("May 24", "He is also expected to visit Shanghai.", ("2013-05-24", None)),
        ("May 19", "He is also expected to visit Shanghai.", ("2013-05-20", "2013-05-24")),
    ],
)
def test_i11s28s_a_planned_stop_of_a_trip_begun_takes_the_days_still_to_come(dateline, then, expected, registries):
    text = (
        f"Visit\n\nBEIJING, {dateline} (Xinhua) -- Xu Ganlu met Antonio Vitorino in Beijing.\n"
        f"Vitorino began a five-day visit to China on May 20. {then}\n"
    )
    planned = [m for m in _meetings(text, registries, "2013-05-24") if m.status == "planned"]
    assert [(m.date.value, m.date.end_value) for m in planned] == [expected]


def test_i11s28s_a_planned_stop_with_a_day_of_its_own_keeps_it(registries):
    text = (
        "Visit\n\nBEIJING, May 21 (Xinhua) -- Xu Ganlu met Antonio Vitorino in Beijing.\n"
        "Vitorino began a five-day visit to China on May 20. He will visit Shanghai on May 23.\n"
    )
    planned = [m for m in _meetings(text, registries, "2013-05-24") if m.status == "planned"]
    assert [(m.date.value, m.date.end_value) for m in planned] == [("2013-05-23", None)]


# Lane i11s28e: new bodies and people read off "Exit and Entry" names, a field after "Department of", a liaison
# office's variant name, and a country's possessive before a body's name.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Officials of the Guangxi Provincial Public Security Department and the Dongxing Exit and Entry Frontier "
            "Inspection Station attended the talks.",
            ["Guangxi Provincial Public Security Department", "Dongxing Exit and Entry Frontier Inspection Station"],
        ),
        (
            "Staff of the Bureau of Immigration and Kenya Ports Authority attended the talks.",
            ["Bureau of Immigration", "Kenya Ports Authority"],
        ),
    ],
)
def test_i11s28e_a_place_s_exit_and_entry_body_is_one_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Officials from the ministry's Department of Border Relief attended the talks.", []),
        ("Staff of the Bureau for Port Control said the new lanes would open in May.", []),
        ("The Ruili Exit and Entry Frontier Inspection Station attended the drill.", []),
        ("Mara Quell attended the talks.", ["Mara Quell"]),
    ],
)
def test_i11s28e_a_body_s_field_or_head_word_is_no_person(sentence, people):
    assert [c.name for c in person_candidates(sentence)] == people


@pytest.mark.parametrize(
    ("office", "alias"),
    [("IOM Liaison Office in China", True), ("IOM Liaison Office in Mongolia", False)],
)
def test_i11s28e_a_liaison_office_named_for_a_registered_office_is_its_alias(office, alias, registries):
    text = (
        "Talks\n\nBEIJING, May 3 (Xinhua) -- Lin Bo held talks on Monday with Lena Vorst, head of the "
        f"{office}, in Beijing.\n"
    )
    draft = draft_article("t", text, registries, [])
    aliases = [(a.entity_id, a.form) for a in draft.new_aliases if a.kind == "organizations"]
    assert (("iom-china", office) in aliases) is alias
    assert any(e.fields["name"] == office for e in draft.new_entries) is not alias


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Kenya's State Department for Immigration", "state department for immigration"),
        ("Laos' Department of Immigration", "department of immigration"),
        ("Thai Immigration Bureau", "immigration bureau"),
        ("People's Bank of Kenya", "people's bank"),
    ],
)
def test_i11s28e_a_country_s_possessive_goes_with_its_name(name, bare):
    assert _countryless(name) == bare


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "The agreement was signed by Vice Minister of Water Resources Tao Xiaolin and Mara Quell, head of the "
            "IOM office, after the talks.",
            ["Tao Xiaolin", "Mara Quell"],
        ),
        (
            "Guinean Minister of Security and Civil Protection Ada Kemp and IOM Guinea Chief of Mission Ivo Lind "
            "attended the ceremony.",
            ["Ada Kemp", "Ivo Lind"],
        ),
        ("Minister of Social Affairs and Labour Ivo Lind attended the ceremony.", ["Ivo Lind"]),
        ("Minister of Trade and Industry Ada Kemp and her deputy attended the ceremony.", ["Ada Kemp"]),
    ],
)
def test_i11s28e_two_people_after_one_title_s_run(sentence, people):
    assert [c.name for c in person_candidates(sentence)] == people


def test_i11s28e_the_second_of_two_people_takes_no_title_over_the_first(registries):
    text = (
        "Signing\n\nBEIJING, May 3 (Xinhua) -- The memorandum was signed by Vice Minister of Water Resources Tao "
        "Xiaolin and Mara Quell, head of the IOM Office in China, on Monday.\n"
    )
    roles = {(r.person, r.title) for r in draft_article("t", text, registries, []).roles}
    assert roles == {("tao-xiaolin", "Vice Minister"), ("mara-quell", "Head")}


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("The talks were also attended by the Undersecretary of Border and Consular Services, Ada Kemp.", []),
        ("The Deputy Secretary of Migrant Services, Ivo Lind, also attended.", []),
        ("Ivo Lind, Secretary of the Consular Services Commission, also attended.", ["Consular Services Commission"]),
    ],
)
def test_i11s28e_a_secretary_s_field_is_no_body(sentence, bodies):
    assert [c.name for c in organization_candidates(sentence)] == bodies


@pytest.mark.parametrize(
    ("ministry", "expected"),
    [
        ("Ministry of Foreign Affairs and Human Mobility", "ministry-of-foreign-affairs-and-human-mobility"),
        ("Ministry of Foreign Affairs and Trade", None),
    ],
)
@pytest.mark.parametrize("post", ["Vice Minister of Human Mobility", "Peruvian Vice Minister of Human Mobility"])
def test_i11s28e_a_minister_of_a_field_a_ministry_lists_is_at_that_ministry(ministry, expected, post, registries):
    expected = None if post.startswith("Peruvian") else expected  # another country's minister: not this ministry
    text = (
        f"Talks\n\nQuito, 10 September 2019. The {post}, Tomas Varela, received a delegation "
        f"at the headquarters of the {ministry} on Tuesday.\n"
    )
    role = next(r for r in draft_article("t", text, registries, []).roles if r.person == "tomas-varela")
    assert role.organization == expected


# Lane i11s28m: meetings told in the passive, or after what they led to, and the later rounds they agree on
_I11S28M_MECHANISM = (
    "Meeting of Border Mechanism Held\n\nKATHMANDU, May 14 (Xinhua) -- The third meeting of the China-Nepal border"
    " liaison mechanism was held in Kathmandu on Tuesday. The meeting was co-chaired by Gao Lirong, deputy director"
    " general of the National Immigration Administration, and Arjun Thapa, director general of Nepal's Department of"
    " Immigration.\nAfter the meeting, the two sides signed the minutes of the meeting and agreed to hold the fourth"
    " meeting in Beijing in 2026.\n"
)


def _i11s28m_summary(meetings: list) -> list[tuple]:
    return [(m.kind, m.status, m.date and m.date.value, m.participants, m.organizations) for m in meetings]


def test_i11s28m_a_mechanism_meeting_held_in_the_passive_is_of_who_co_chaired_it(registries):
    meetings = _meetings(_I11S28M_MECHANISM, registries, "2025-05-15")
    assert _i11s28m_summary(meetings)[0] == ("dialogue", "held", "2025-05-13", ["gao-lirong", "arjun-thapa"], [])


def test_i11s28m_minutes_signed_after_it_take_its_day_not_the_next_meeting_s_year(registries):
    signing, planned = _meetings(_I11S28M_MECHANISM, registries, "2025-05-15")[1:]
    assert (signing.kind, signing.date.value, signing.parent) == ("signing", "2025-05-13", 0)
    assert (planned.kind, planned.status, planned.date.value, planned.place) == (
        "dialogue",
        "planned",
        "2026",
        "beijing",
    )
    assert planned.organizations[0] == "nia-china" and not planned.participants


@pytest.mark.parametrize(
    "text",
    [
        "The China-Nepal border liaison mechanism was set up in 2019.",  # no meeting held
        "The third meeting of the China-Nepal border liaison mechanism was held in Kathmandu on Tuesday.",  # no one
        "Both sides signed the minutes and agreed to hold the fourth meeting in Beijing in 2026.",  # no meeting before
    ],
)
def test_i11s28m_a_mechanism_named_or_a_meeting_of_no_one_is_no_meeting(text, registries):
    assert _meetings(f"Border\n\nKATHMANDU, May 14 (Xinhua) -- {text}\n", registries, "2025-05-15") == []


@pytest.mark.parametrize(
    ("second", "signings"),
    [
        (
            "The agreement was signed at the IOM country office on the outskirts of the capital Accra by IOM Chief of"
            " Mission Selma Okafor and Chinese Ambassador Wen Jiahao.",
            [["selma-okafor", "wen-jiahao"]],
        ),
        (  # another document: a signing of its own
            "A second agreement was signed at the IOM country office in Accra on Friday by IOM Chief of Mission Selma"
            " Okafor and Ghanaian Minister Kofi Mensah.",
            [[], ["selma-okafor", "kofi-mensah"]],
        ),
    ],
)
def test_i11s28m_a_signing_told_again_in_the_passive_with_its_place_names_its_signatories(second, signings, registries):
    text = (
        "IOM and China sign agreement\n\nACCRA, 4 April 2024 \u2013 The International Organization for Migration (IOM)"
        f" and China today signed an agreement to support returning migrants in Ghana.\n{second}\n"
    )
    assert [m.participants for m in _meetings(text, registries) if m.kind == "signing"] == signings


_I11S28M_DIALOGUE = (
    "China, IOM hold dialogue\n\nBEIJING, March 4 (Xinhua) -- China and the International Organization for Migration"
    " (IOM) held their first dialogue on labour migration in Beijing on Monday. The dialogue was co-chaired by Vice"
    " Foreign Minister Lin Bo and Antonio Vitorino, Director General of IOM.\nEarlier on Monday, Vitorino met with Zhou"
    " Pingan, deputy head of the National Immigration Administration.\n{visit}\nThe two sides said the second round of"
    " the dialogue will be held in Geneva next year.\n"
)


def test_i11s28m_the_second_round_is_of_the_dialogue_not_of_the_talks_told_last(registries):
    visit = "Vitorino will leave on Wednesday."
    last = _meetings(_I11S28M_DIALOGUE.format(visit=visit), registries, "2025-03-05")[-1]
    assert (last.kind, last.status, last.place, last.organizations) == (
        "dialogue",
        "planned",
        "geneva",
        ["mfa-china", "iom"],
    )


@pytest.mark.parametrize(
    ("visit", "organizations"),
    [
        (
            "Vitorino is scheduled to travel to Nanning on Wednesday to observe a workshop for police officers run"
            " jointly by IOM and the NIA.",
            [["iom", "nia-china"]],
        ),
        (
            "Vitorino is scheduled to travel to Nanning on Wednesday to observe a workshop for police officers"
            " organized by IOM and the NIA.",
            [["iom", "nia-china"]],
        ),
        ("Vitorino is scheduled to visit IOM and the NIA on Wednesday.", [["iom"], ["nia-china"]]),
    ],
)
def test_i11s28m_a_visit_to_what_two_bodies_run_together_is_one_visit(visit, organizations, registries):
    meetings = _meetings(_I11S28M_DIALOGUE.format(visit=visit), registries, "2025-03-05")
    assert [m.organizations for m in meetings if m.kind == "visit"] == organizations


@pytest.mark.parametrize(
    ("attendees", "people"),
    [
        (  # a list of titled names: all of them attended
            "Chinese Ambassador to Malawi Tang Weiqi, Malawian Minister of Disaster Management and Relief Grace Mbewe"
            " and IOM Malawi Chief of Mission Peter Osei attended and addressed the ceremony.",
            ["tang-weiqi", "peter-osei"],
        ),
    ],
)
def test_i11s28m_who_attended_the_ceremony_of_a_handover_held_in_the_passive_hands_it_over(
    attendees, people, registries
):
    text = (
        "Handover of Relief Supplies to Malawi\n\nOn 3 May, the handover ceremony of China's relief supplies to"
        " flood-affected families in Malawi, implemented by the International Organization for Migration (IOM), was"
        f" held in Lilongwe. {attendees}\n"
    )
    handover = _meetings(text, registries, "2025-05-05")[0]
    assert (handover.kind, handover.date.value, handover.participants) == ("signing", "2025-05-03", people)


# Lane i11s28k: several verb phrases of one subject in one sentence ("will co-host the Dialogue with A and hold talks
# with B", "will attend the forum, meet with A and visit B", "attended ..., met with A and visited B") give one meeting
# each, every one with the subject; a participle or a comma clause that is no verb of the series adds none.
def _i11s28k_meetings(body: str, registries) -> list[tuple[str, str, list[str], list[str]]]:
    text = f"Vice minister's programme\n\nBEIJING, May 3, 2023 (Xinhua) -- {body}\n"
    return [(m.kind, m.status, m.participants, m.organizations) for m in _meetings(text, registries)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vice Premier Lin Bo will co-host the China-IOM High-level Dialogue with Ada Kemp, Director General of "
            "IOM, and hold talks with Tomas Reyes, Vice Minister of Public Security, in Beijing on Friday.",
            [
                ("dialogue", "planned", ["lin-bo", "ada-kemp"], []),
                ("bilateral_talks", "planned", ["lin-bo", "tomas-reyes"], []),
            ],
        ),
        (
            "Vice Minister of Public Security Lin Bo will attend the Global Forum on Migration in Geneva next week, "
            "meet with IOM Director General Ada Kemp and visit the headquarters of the World Health Organization.",
            [
                ("conference", "planned", ["lin-bo"], []),
                ("bilateral_talks", "planned", ["lin-bo", "ada-kemp"], []),
                ("visit", "planned", ["lin-bo"], ["world-health-organization"]),
            ],
        ),
        (
            "Vice Minister of Public Security Lin Bo attended the Global Forum on Migration in Geneva, met with IOM "
            "Director General Ada Kemp and visited the headquarters of the World Health Organization.",
            [
                ("conference", "held", ["lin-bo"], []),
                ("bilateral_talks", "held", ["lin-bo", "ada-kemp"], []),
                ("visit", "held", ["lin-bo"], ["world-health-organization"]),
            ],
        ),
        (  # a comma clause of another subject: no verb of the series
            "Vice Minister of Public Security Lin Bo will attend the forum, said IOM Director General Ada Kemp.",
            [],
        ),
        (  # a participle after the comma, no "and" closing a series
            "Vice Minister of Public Security Lin Bo attended the Global Forum on Migration in Geneva, meeting "
            "delegates from many countries.",
            [("conference", "held", ["lin-bo"], [])],
        ),
    ],
)
def test_i11s28k_each_verb_phrase_of_one_subject_is_a_meeting_with_it(body, expected, registries):
    assert _i11s28k_meetings(body, registries) == expected


# Lane i11s28k: talks told in the passive with no agent ("Talks between A and B were held in C on D", "A working meeting
# between A and B was held") are the talks of the two; talks referred back ("The talks between A and B were held in a
# friendly atmosphere") or spoken of in general ("talks between the two countries were held regularly") are none.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Talks between Lin Bo, Vice Minister of Public Security, and Ada Kemp, Director General of IOM, were held "
            "in Beijing on Monday.",
            [("bilateral_talks", "held", ["lin-bo", "ada-kemp"], [])],
        ),
        (
            "A working meeting between Lin Bo, Vice Minister of Public Security, and Ada Kemp, Director General of "
            "IOM, was held in Geneva on Monday.",
            [("bilateral_talks", "held", ["lin-bo", "ada-kemp"], [])],
        ),
        (
            "Vice Minister of Public Security Lin Bo met IOM Director General Ada Kemp in Beijing on Monday. The talks "
            "between Lin Bo and Ada Kemp were held in a friendly atmosphere.",
            [("bilateral_talks", "held", ["lin-bo", "ada-kemp"], [])],
        ),
        ("IOM Director General Ada Kemp said talks between the two countries were held regularly.", []),
    ],
)
def test_i11s28k_talks_held_in_the_passive_are_of_the_two_named(body, expected, registries):
    assert _i11s28k_meetings(body, registries) == expected


# Lane i11s28k: in hard-wrapped copy a line ending on a compound broken after its hyphen ("Director-" before "General",
# even where the next word would have fitted) runs on into the next: one sentence, the post whole; a line ending on a
# sentence's stop before a capital that would have fitted still ends where it stands.
_I11S28K_WRAPPED = (
    "IOM chief meets Chinese official\n\n"
    "BEIJING, May 3, 2023 (Xinhua) -- Ada Kemp, Deputy Director-\n"
    "General of the International Organization for Migration, met with\n"
    "Lin Bo, Vice Minister of Public Security, in Beijing on Monday, the\n"
    "ministry said. The two sides exchanged views on cooperation in\n"
    "migration management and agreed to strengthen exchanges between\n"
    "the two organizations in the coming years, the statement said.\n"
)


def test_i11s28k_a_compound_broken_at_a_line_end_runs_on(registries):
    draft = draft_article("t", _I11S28K_WRAPPED, registries, [])
    assert [(r.person, r.title, r.organization) for r in draft.roles if r.person == "ada-kemp"] == [
        ("ada-kemp", "Deputy Director-General", "iom")
    ]
    assert [m.participants for m in draft.meetings] == [["ada-kemp", "lin-bo"]]


@pytest.mark.parametrize(
    ("ending", "cut"),
    [("Ada Kemp, Deputy Director-", False), ("Ada Kemp arrived on Monday.", True)],
)
def test_i11s28k_a_hyphen_at_a_line_end_joins_where_a_stop_cuts(ending, cut):
    text = _I11S28K_WRAPPED.replace("Ada Kemp, Deputy Director-", ending)
    layout = find_layout(text)
    firsts = [text[s:e].split("\n")[0] for s, e in split_sentences(text, *layout.body)]
    assert (firsts[0].endswith(ending) and firsts[1].startswith("General")) is cut


# Lane i11s28k: a day between a subject named by no title and its verb ("Ada Kemp on Thursday called on", "Ada Kemp,
# on Thursday, called on", "Ada Kemp yesterday met") leaves the subject a person and a participant; a comma that
# opens no closed aside ("Ada Kemp, on Thursday called on") proposes no one.
@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Ada Kemp on Thursday called on", ["ada-kemp", "lin-bo"]),
        ("Ada Kemp, on Thursday, called on", ["ada-kemp", "lin-bo"]),
        ("Ada Kemp yesterday met", ["ada-kemp", "lin-bo"]),
        ("Ada Kemp, on Thursday called on", ["lin-bo"]),
    ],
)
def test_i11s28k_a_day_between_subject_and_verb_keeps_the_subject(subject, expected, registries):
    body = f"{subject} Lin Bo, Vice Minister of Public Security, in Beijing."
    assert [m[2] for m in _i11s28k_meetings(body, registries)] == [expected]


# Lane i11s28k: a stop still to come on a trip under way ("arrived in Beijing on Monday ... During the visit, she will
# also travel to Shanghai") is a planned visit within the held trip: dated by the trip's month where the text dates the
# trip only by the day it began (past when the text was written), by the trip's days still to come where it gives them
# (from the day the text was written to the trip's last day); the held trip and its held talks stay held.
@pytest.mark.parametrize(
    ("length", "last", "expected"),
    [
        ("", "During the visit, she will also travel to Shanghai.", [("2023-05", None, "month")]),
        ("", "She will also visit Shanghai.", [("2023-05", None, "month")]),
        ("", "She will also visit Shanghai on Friday.", [("2023-05-05", None, "day")]),
        (" for a five-day visit to China", "She will also visit Shanghai.", [("2023-05-03", "2023-05-05", "day")]),
        ("", "During the talks, she said IOM would travel further.", []),
    ],
)
def test_i11s28k_a_stop_to_come_on_a_trip_under_way_is_planned_within_it(length, last, expected, registries):
    text = (
        "IOM chief visits China\n\nBEIJING, May 3, 2023 (Xinhua) -- Ada Kemp, Director General of the International "
        f"Organization for Migration, arrived in Beijing on Monday{length}.\nKemp held talks with Lin Bo, Vice "
        f"Minister of Public Security, on Tuesday.\n{last}\n"
    )
    found = _meetings(text, registries)
    assert [(m.kind, m.status) for m in found[:2]] == [("trip", "held"), ("bilateral_talks", "held")]
    assert all((m.kind, m.status, m.parent) == ("visit", "planned", 0) for m in found[2:])
    assert [(m.date.value, m.date.end_value, m.date.precision) for m in found[2:]] == expected


# Lane i11s28r: real releases of IOM, UNHCR and UN News. A body's name made into a compound adjective with a
# participle ("the Harwick Foundation-funded project", "the Government of Varnesia-backed plan") names the body, never
# a body called "... Foundation-funded"; a registered person named by the first of his given names and his family
# name ("William Swing") is that person, not a new one; "a visit to deepen ties with B" is a visit's purpose, no
# visit to B.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The course is part of the Harwick Foundation-funded Safe Routes Project in Lorvania.",
            ["Harwick Foundation"],
        ),
        ("It supports the Government of Varnesia-backed Response Plan for 2019.", ["Government of Varnesia"]),
        ("Staff of the Ministry of Labour-run shelter in Tamsk took part.", ["Ministry of Labour"]),
        ("Staff of the Westbrook-based Centre for Mobility Studies took part.", ["Centre for Mobility Studies"]),
        ("The Association of Self-Employed Traders took part.", ["Association of Self-Employed Traders"]),
    ],
)
def test_i11s28r_a_body_made_into_an_adjective_keeps_its_own_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


@pytest.mark.parametrize(
    ("named", "alias", "new_person"),
    [
        ("William Swing", "William Swing", None),
        ("Robert Swing", None, "Robert Swing"),  # another given name: another person
        ("Lacy Swing", None, "Lacy Swing"),  # the middle name alone is no short form the rule knows
    ],
)
def test_i11s28r_a_registered_name_without_its_middle_name_is_the_same_person(named, alias, new_person, registries):
    text = (
        "IOM Chief Opens Workshop\n\nGENEVA - IOM Director General "
        f"{named} opened a workshop for border officials on Monday.\n\n"
        '"Cooperation is the only way forward," he said.\n'
    )
    draft = draft_article("t", text, registries, [])
    aliases = [a.form for a in draft.new_aliases if a.entity_id == "william-lacy-swing"]
    people = [e.fields["name"] for e in draft.new_entries if e.kind == "people"]
    assert aliases == ([alias] if alias else [])
    assert people == ([new_person] if new_person else [])


@pytest.mark.parametrize(
    ("sentence", "visits"),
    [
        ("Antonio Vitorino was in Beijing for a two-day visit to deepen IOM's partnership with the NIA.", []),
        ("Antonio Vitorino will pay a visit to discuss border cooperation with the NIA.", []),
        ("Antonio Vitorino paid a visit to the NIA on Monday.", [["nia-china"]]),
    ],
)
def test_i11s28r_a_visit_to_do_something_is_no_visit_to_a_body(sentence, visits, registries):
    text = f"Visit\n\nGENEVA, Feb. 3 (Xinhua) -- {sentence}\n"
    found = [m for m in _meetings(text, registries) if m.kind == "visit" and m.organizations]
    assert [m.organizations for m in found] == visits


# Lane i11s28r: a sentence adding someone to a meeting ("also speaking at the opening", "also attended") and then
# telling what was said ("thanked B", "said B had funded it") adds the bodies named before the verb of saying only.
@pytest.mark.parametrize(
    ("added", "bodies"),
    [
        (
            "A counsellor of the Ministry of Foreign Affairs, also speaking at the opening of the workshop, thanked the "
            "European Union for its support.",
            ["iom", "mfa-china"],
        ),
        (
            "Officials of the Ministry of Foreign Affairs also attended the workshop and said the European Union had "
            "funded it.",
            ["iom", "mfa-china"],
        ),
        (
            "Officials of the Ministry of Foreign Affairs and the European Union also attended the workshop.",
            ["iom", "mfa-china", "european-union"],
        ),
    ],
)
def test_i11s28r_bodies_in_what_an_added_speaker_said_are_not_there(added, bodies, registries):
    text = (
        f"Workshop\n\nBEIJING - IOM is today hosting a two-day workshop in Beijing for border officials.\n\n{added}\n"
    )
    [workshop] = _meetings(text, registries)
    assert workshop.organizations == bodies


# Lane i11s28r: "the agreement signed today will ..." names the document of a signing told before (or not at all),
# no second signing, unless the words say by whom ("the agreement signed today by A and B"); "an agreement on the
# establishment of an office in X" says where the office will be, not where the signing was.
@pytest.mark.parametrize(
    ("story", "signatories"),
    [
        (
            "IOM and the NIA on Monday signed an agreement on border training. Antonio Vitorino said the agreement "
            "signed on Monday would help both sides.",
            [[]],
        ),
        ("The memorandum signed on Monday by Antonio Vitorino and Xu Ganlu covers border training.", [2]),
    ],
)
def test_i11s28r_a_document_named_by_its_signing_is_no_second_signing(story, signatories, registries):
    text = f"Deal\n\nGENEVA - {story}\n"
    signings = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert [len(m.participants) if m.participants else [] for m in signings] == signatories


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("IOM and the NIA on Monday signed an agreement on the establishment of an IOM office in Shanghai.", None),
        ("IOM and the NIA on Monday signed an agreement in Shanghai on the training of border officers.", "shanghai"),
    ],
)
def test_i11s28r_the_seat_of_an_office_agreed_on_is_no_signing_place(sentence, place, registries):
    text = f"Deal\n\n{sentence}\n"
    [signing] = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert signing.place == place


# Lane i11s28r: a registered body's office named by the country it serves and the kind of office ("IOM's China Liaison
# Office", "the IOM Liaison Office in China") is the registered office of that body in that country, an alias of it,
# never a new body; with no owner ("the China Liaison Office") or an owner with no office registered there, it is new.
@pytest.mark.parametrize(
    ("office", "alias", "new"),
    [
        ("IOM's China Liaison Office", "China Liaison Office", None),
        ("the IOM Liaison Office in China", "IOM Liaison Office in China", None),
        ("the China Liaison Office", None, "China Liaison Office"),
        ("the IOM Office for Lorvania", None, "IOM Office for Lorvania"),
    ],
)
def test_i11s28r_a_bodys_office_named_by_its_country_is_the_registered_one(office, alias, new, registries):
    text = f"Talks\n\nBEIJING - Antonio Vitorino met Ada Morne, head of {office}, on Monday.\n"
    draft = draft_article("t", text, registries, [])
    assert [a.form for a in draft.new_aliases if a.entity_id == "iom-china"] == ([alias] if alias else [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == ([new] if new else [])


# Lane i11s28r: a gathering named as where someone's pledge was made ("To fulfil A's commitment at the X Forum", "the
# pledge made at the Y Forum") is cited, no gathering the sentence's subject attends; "announced a pledge at the Forum"
# places its subject there.
@pytest.mark.parametrize(
    ("sentence", "forums"),
    [
        (
            "To fulfil President Xi Jinping's commitment at the Belt and Road Forum for International Cooperation, "
            "Antonio Vitorino signed an agreement with the NIA.",
            0,
        ),
        (
            "Following up on the pledge made at the Global Refugee Forum, Antonio Vitorino signed an agreement with the NIA.",
            0,
        ),
        ("To honour the member states' pledges at the Global Refugee Forum, Antonio Vitorino signed an agreement.", 0),
        ("Antonio Vitorino announced a pledge at the Global Refugee Forum in Geneva on Monday.", 1),
    ],
)
def test_i11s28r_a_forum_where_a_pledge_was_made_is_cited_not_attended(sentence, forums, registries):
    text = f"Deal\n\nBEIJING, Oct. 3 (Xinhua) -- {sentence}\n"
    assert len([m for m in _meetings(text, registries) if m.kind == "forum"]) == forums


# Lane i11s29s: a title the text gives two people ("Ambassador Ma", "Ambassador Swing") stands for neither in "the
# Ambassador said", and "the two ambassadors discussed" for both; "the two sides" names no one.
_TWO_AMBASSADORS = (
    "Talks\n\nGENEVA - IOM Director General William Lacy Swing on Tuesday received Ambassador Ma Zhaoxu at IOM "
    "Headquarters.\n{both}\nAmbassador Swing thanked China for its support. {open}\n"
)


@pytest.mark.parametrize(
    ("both", "open_", "spoken"),
    [
        (
            "The two ambassadors discussed the Global Compact for Migration.",
            '"We need a strong voice on global migration governance," the Ambassador said.',
            {"global-compact-for-migration": ("ma-zhaoxu", "william-lacy-swing"), "migration-governance": ()},
        ),
        (
            "At the meeting, both ambassadors also stressed the Global Compact for Migration.",
            "The Ambassador noted the role of global migration governance.",
            {"global-compact-for-migration": ("ma-zhaoxu", "william-lacy-swing"), "migration-governance": ()},
        ),
        (
            "The two sides discussed the Global Compact for Migration.",
            "He said global migration governance matters.",
            {"global-compact-for-migration": (), "migration-governance": ("william-lacy-swing",)},
        ),
        (
            "The two ministers discussed the Global Compact for Migration.",
            "Swing said global migration governance matters.",
            {"global-compact-for-migration": (), "migration-governance": ("william-lacy-swing",)},
        ),
    ],
)
def test_i11s29s_a_title_two_people_hold_is_both_in_the_plural_and_neither_alone(both, open_, spoken, registries):
    text = _TWO_AMBASSADORS.format(both=both, open=open_)
    draft = draft_article("t", text, registries, [])
    assert {m.entity_id: m.speakers for m in draft.mentions if m.kind == "topics"} == spoken


def test_i11s29s_the_ambassador_is_the_one_person_the_text_gives_that_title(registries):
    text = (
        "Talks\n\nGENEVA - IOM Director General William Lacy Swing on Tuesday received Ambassador Ma Zhaoxu at IOM "
        "Headquarters.\nSwing thanked China.\nThe Ambassador stressed the need for global migration governance.\n"
    )
    draft = draft_article("t", text, registries, [])
    assert [m.speakers for m in draft.mentions if m.kind == "topics"] == [("ma-zhaoxu",)]


# Lane i11s29s: a topic's word joined to "anti-" or "counter-" ("anti-epidemic supplies") qualifies a thing done against
# it: no mention of the topic, so no one speaks about it there.
@pytest.mark.parametrize(
    ("phrase", "topics"),
    [
        ("has sent anti-epidemic supplies to refugee-hosting countries", []),
        ("has sent Anti-epidemic supplies to refugee-hosting countries", []),
        ("has built counter-epidemic stations at ports", []),
        ("has sent supplies to help fight the epidemic", ["covid-19"]),
        ("has stepped up counter-terrorism cooperation", ["counter-terrorism"]),
    ],
)
def test_i11s29s_a_topic_word_after_anti_is_no_mention(phrase, topics, registries):
    text = f"Call\n\nBEIJING - Ma Zhaoxu said China {phrase}.\n"
    draft = draft_article("t", text, registries, [])
    assert [m.entity_id for m in draft.mentions if m.kind == "topics"] == topics


# Lane i11s29s: a full date on a line of its own after the lede of a plain text ("This is a summary of what was
# said ..." then "15 November 2019") is the publication date, read in any common format; never a date the story's
# sentences give, one further down, or one of two such lines.
_LEDE_THEN = (
    "UNHCR official concludes visit\n\n"
    "This is a summary of what was said by UNHCR spokesperson Ada Kemp - to whom quoted text may be attributed - "
    "at today's press briefing at the Palais des Nations in Geneva.\n\n{line}"
    "UNHCR's Director of International Protection, Ivo Lind, this week concluded a four-day visit to China.\n\n"
    "In Beijing on Tuesday, Lind held talks with officials of the National Immigration Administration.\n\n{later}"
)


@pytest.mark.parametrize(
    ("line", "later", "published"),
    [
        ("15 November 2019\n\n", "", "2019-11-15"),
        ("November 15, 2019\n\n", "", "2019-11-15"),
        ("2019-11-15\n\n", "", "2019-11-15"),
        ("Geneva, 15 November 2019\n\n", "", "2019-11-15"),
        ("", "", None),
        ("", "The visit followed talks held on 3 September 2019 in Geneva.\n\n", None),  # the story's date
        (  # further down, in the story
            "",
            "A joint workshop is planned.\n\n15 December 2019\n\nIt will bring together officials from the border "
            "provinces.\n\n",
            None,
        ),
        ("15 November 2019\n\n16 November 2019\n\n", "", None),  # which one is not said
        ("Date: 20 November 2019\n\n", "", None),  # a label in the body: perhaps an event's
    ],
)
def test_i11s29s_a_date_line_after_the_lede_is_the_publication_date(line, later, published, registries):
    draft = draft_article("t", _LEDE_THEN.format(line=line, later=later), registries, [])
    assert (draft.published.value if draft.published else None) == published


def test_i11s29s_a_date_line_after_the_lede_dates_the_story(registries):
    draft = draft_article("t", _LEDE_THEN.format(line="15 November 2019\n\n", later=""), registries, [])
    talks = next(m for m in draft.meetings if m.kind != "trip")
    assert talks.date is not None and talks.date.value == "2019-11-12"


# Lane i11s29s: "the next morning" ("the following evening") is the day after the meeting above, as "the next day" is.
@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("The next morning", "2015-05-15"),
        ("The following evening", "2015-05-15"),
        ("On the next afternoon", "2015-05-15"),
        ("That morning", "2015-05-14"),
        ("The morning after the election", None),  # after another event
    ],
)
def test_i11s29s_the_next_morning_is_the_day_after_the_meeting_above(when, day, registries):
    text = (
        f"On 14 May 2015, Ambassador Tang Wenjie met with {_HEAD} in Geneva. {when}, Tang had a meeting with "
        "Lena Fosse, Secretary of the Ministry.\n"
    )
    _first, second = _meetings(text, registries)
    assert (second.date.value if second.date else None) == day


# Lane i11s29s: goods a sentence introduces by their number ("handed over 2,000 family tents ... here Thursday") and
# the next one tells received in the passive, past an aside ("The tents, funded by the CERF, were received by A
# from B"): the day of the sentence before, never a day that names another event ("of the May 12 earthquake").
_TENTS_WIRE = "Tents for quake survivors\n\nCHENGDU, May 22 (Xinhua) -- {first} {second}\n"


@pytest.mark.parametrize(
    ("first", "second", "day"),
    [
        (
            "IOM handed over 2,000 family tents for survivors of the May 12 earthquake to the Sichuan Civil "
            "Affairs Department here Thursday.",
            "The tents, funded by the Central Emergency Response Fund, were received by Ada Kemp, deputy director of "
            "the department, from Ivo Lind, IOM's Chief of Mission.",
            "2008-05-22",
        ),
        (
            "IOM handed over 500 tents to the Sichuan Civil Affairs Department on Wednesday.",
            "The tents were received by Ada Kemp, deputy director of the department, from Ivo Lind, IOM's Chief of "
            "Mission.",
            "2008-05-21",
        ),
        (
            "IOM handed over 2,000 family tents for survivors of the May 12 earthquake to the Sichuan Civil Affairs "
            "Department.",
            "The tents, funded by the Central Emergency Response Fund, were received by Ada Kemp, deputy director of "
            "the department, from Ivo Lind, IOM's Chief of Mission.",
            None,  # the earthquake's day is no day of the gift
        ),
    ],
)
def test_i11s29s_goods_received_in_the_passive_take_the_day_they_were_introduced(first, second, day, registries):
    meetings = _meetings(_TENTS_WIRE.format(first=first, second=second), registries, "2008-05-23")
    received = [m for m in meetings if {"ada-kemp", "ivo-lind"} <= set(m.participants)]
    assert [m.date.value if m.date else None for m in received] == [day]


# Lane i11s29s: "In his speech at the ceremony, A said" names the ceremony right after the words that tell the speech:
# the day of the sentence that introduced it, past a title's abbreviations ("H.E. Mr."); none if it gives none.
@pytest.mark.parametrize(
    ("opening", "at", "day"),
    [
        (
            "On 14 November 2017, H.E. Mr. Ivo Lind handed over relief goods at a ceremony in Oslo.",
            " at the ceremony",
            "2017-11-14",
        ),
        (
            "On 14 November 2017, Ambassador Ivo Lind handed over relief goods at a ceremony in Oslo.",
            " at the ceremony",
            "2017-11-14",
        ),
        ("On 14 November 2017, Dr. Ivo Lind opened a workshop in Oslo.", " during the workshop", "2017-11-14"),
        ("H.E. Mr. Ivo Lind handed over relief goods at a ceremony in Oslo.", " at the ceremony", None),
        ("On 14 November 2017, H.E. Mr. Ivo Lind handed over relief goods at a ceremony in Oslo.", "", None),
    ],
)
def test_i11s29s_a_speech_at_the_ceremony_takes_the_ceremonys_day(opening, at, day):
    text = (
        f"{opening} Ms. Ada Kemp received the goods.\nIn his speech{at}, Ambassador Lind said that more would follow.\n"
    )
    speech = re.search("In his speech", text)
    sentence = (speech.start(), len(text) - 1)
    date = date_of(text, sentence, speech, find_dates(text, 0, len(text), Anchor(dt.date(2017, 11, 15), "the date")))
    assert (date.value if date else None) == day


# Lane i11s29s: the sentences of a quotation that a later sentence of its paragraph closes with its speaker
# ('"... illegal migration. Only when ... reduced," Xu told the council.') are that speaker's; not across a paragraph,
# nor where the quotation closes with no one after it.
@pytest.mark.parametrize(
    ("quotation", "speaker"),
    [
        (
            '"Poverty drives illegal migration. Only growth at home will reduce the flows," Xu Ganlu told the council.',
            ("xu-ganlu",),
        ),
        (
            "“Poverty drives illegal migration. Jobs matter. Only growth at home will reduce the flows,” said Xu "
            "Ganlu.",
            ("xu-ganlu",),
        ),
        # "he" after two men: either may be meant
        ('"Poverty drives illegal migration. Only growth at home will reduce the flows," he said.', ()),
        ('"Poverty drives illegal migration.\n\nOnly growth at home will reduce the flows," Xu Ganlu said.', ()),
        ('"Poverty drives illegal migration. Only growth at home will reduce the flows." The session closed.', ()),
    ],
)
def test_i11s29s_a_quotation_closed_by_its_speaker_is_theirs_from_its_start(quotation, speaker, registries):
    text = (
        "Council\n\nGENEVA - Xu Ganlu met Antonio Vitorino at the IOM Council on Tuesday and thanked him.\n\n"
        f"{quotation}\n"
    )
    draft = draft_article("t", text, registries, [])
    said = [m.speakers for m in draft.mentions if m.kind == "topics" and m.entity_id == "irregular-migration"]
    assert said == [speaker]


# Lane i11s29s: "A was briefed by B on X" reports B's words, B named after "by" past a title; never A's, nor anyone's
# where "by" names a body.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Antonio Vitorino visited the NIA, where he was briefed by its Commissioner Xu Ganlu on illegal migration.",
            ("xu-ganlu",),
        ),
        ("Antonio Vitorino was briefed by Xu Ganlu on illegal migration.", ("xu-ganlu",)),
        ("The delegation was also briefed by Commissioner Xu Ganlu on illegal migration.", ("xu-ganlu",)),
        ("Antonio Vitorino visited the NIA, where he was briefed by officials on illegal migration.", ()),
        ("Antonio Vitorino was briefed by the National Immigration Administration on illegal migration.", ()),
    ],
)
def test_i11s29s_who_briefed_someone_in_the_passive_speaks(sentence, speaker, registries):
    draft = draft_article("t", f"Visit\n\nBEIJING - {sentence}\n", registries, [])
    said = [m.speakers for m in draft.mentions if m.kind == "topics" and m.entity_id == "irregular-migration"]
    assert said == [speaker]


# Lane i11s29s: a wire lede that gives a country's words ("China called on ... as the council opened its session")
# is the statement the next sentence tells in full ("Addressing the session, X, of China's mission, said"): X's, where
# the text tells that X acts for that country; never another country's envoy's, nor without the statement in full.
@pytest.mark.parametrize(
    ("lede", "full", "speaker"),
    [
        (
            "China called on the international community to curb illegal migration through development",
            "Addressing the session, Sha Wenjie, deputy permanent representative of China to the UN Office at Geneva, "
            "said China was ready to help.",
            ("sha-wenjie",),
        ),
        (
            "China on Tuesday urged members to curb illegal migration through development",
            "Speaking at the session, Sha Wenjie, deputy permanent representative of China to the UN Office at "
            "Geneva, said China was ready to help.",
            ("sha-wenjie",),
        ),
        (
            "Thailand called on the international community to curb illegal migration through development",
            "Addressing the session, Sha Wenjie, deputy permanent representative of China to the UN Office at Geneva, "
            "said China was ready to help.",
            (),  # another country's envoy
        ),
        (
            "China called on the international community to curb illegal migration through development",
            "Sha Wenjie, deputy permanent representative of China to the UN Office at Geneva, said China was ready to "
            "help.",
            (),  # not the lede's statement told in full
        ),
    ],
)
def test_i11s29s_a_countrys_words_in_a_wire_lede_are_its_envoys_told_next(lede, full, speaker, registries):
    text = (
        "China calls for development\n\nGENEVA, Dec. 1 (Xinhua) -- "
        f"{lede}, as the IOM Council opened its annual session here Tuesday.\n\n{full}\n"
    )
    draft = draft_article("t", text, registries, [])
    said = [m.speakers for m in draft.mentions if m.kind == "topics" and m.entity_id == "irregular-migration"]
    assert said == [speaker]


# Lane i11s29e: a fund named with its acronym in brackets ("funded by the Central Emergency Response Fund (CERF)") is no
# organization, as a fund named without one is none; a UN body whose name ends in "Fund" or "Programme" is one.
@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("The tents, funded by the Central Emergency Response Fund (CERF), were handed over.", []),
        ("The project is paid for by the Migration Resilience Trust Fund (MRTF) of the donors.", []),
        (
            "The kits came from the United Nations Population Fund (UNFPA) on Monday.",
            ["United Nations Population Fund"],
        ),
        ("The food came from the World Food Programme (WFP) on Monday.", ["World Food Programme"]),
        (
            "The tents came from the International Organization for Migration (IOM) on Monday.",
            ["International Organization for Migration"],
        ),
    ],
)
def test_i11s29e_a_fund_named_with_its_acronym_is_no_organization(sentence, bodies):
    assert [c.name for c in organization_candidates(sentence)] == bodies


# Lane i11s29e: a registered government that the registry also names by its country's name ("Indonesia") is mentioned
# by that name only where the text names the country as a party ("delegations from Japan and Indonesia", "the
# governments of Japan and Brazil"); a country named as a place or as the subject of a clause is no mention of it.
@pytest.mark.parametrize(
    ("sentence", "governments"),
    [
        ("More Chinese tourists are coming to Indonesia every year.", []),
        ("Ada Kemp said that Indonesia welcomes Chinese investors.", []),
        ("The NIA agreed to set up a liaison mechanism with Japan.", []),
        ("The second Indonesia-China consultation will be held in 2020.", []),
        ("Xu Ganlu met heads of delegations from Japan and Indonesia.", ["government-indonesia", "government-japan"]),
        ("The supplies were funded by the governments of Japan and Brazil.", ["government-brazil", "government-japan"]),
    ],
)
def test_i11s29e_a_country_named_as_no_party_is_no_mention_of_its_government(sentence, governments, registries):
    draft = draft_article("t", f"Talks\n\nBEIJING, Oct. 3 (Xinhua) -- {sentence}\n", registries, [])
    assert sorted(m.entity_id for m in draft.mentions if m.entity_id.startswith("government-")) == governments


# Lane i11s29e: a directorate general is a body ("at the Directorate General of Immigration in Jakarta"), and a
# "Director General of X" heads the directorate general of X the text names, even where the title names the ministry
# it belongs to ("The Director General of Immigration of the Ministry of Ports"); where the text names no such
# directorate, the post stays at the body the title names.
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Director General of Immigration of the Ministry of Ports, Dr. Ada Kemp, received the delegation "
            "at the Directorate General of Immigration in Lorvan on Monday.",
            "Directorate General of Immigration",
        ),
        (
            "Ada Kemp, Director-General of Immigration, received the delegation at the Directorate-General of "
            "Immigration in Lorvan on Monday.",
            "Directorate-General of Immigration",
        ),
        (
            "The Director General of Immigration of the Ministry of Ports, Dr. Ada Kemp, received the delegation "
            "at the ministry in Lorvan on Monday.",
            "Ministry of Ports",
        ),
        (
            "The Director General of Customs of the Ministry of Ports, Dr. Ada Kemp, received the delegation at the "
            "Directorate General of Immigration in Lorvan on Monday.",
            "Ministry of Ports",
        ),
    ],
)
def test_i11s29e_a_director_general_heads_the_directorate_general_named(sentence, body, registries):
    draft = draft_article("t", f"Visit\n\nLORVAN - {sentence}\n", registries, [])
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    assert [names.get(r.organization) for r in draft.roles if r.person == "ada-kemp"] == [body]


# Lane i11s29e: a post qualified by a body's word in lower case ("Ivo Lind, a ministry official in charge of relief")
# is at the one body named before whose name has that word; with two such bodies named, or none, it is at none.
@pytest.mark.parametrize(
    ("before", "word", "body"),
    [
        ("Officials of the Ministry of Public Security were present.", "ministry", "mps-china"),
        ("Officials of the National Immigration Administration were present.", "administration", "nia-china"),
        (
            "Officials of the Ministry of Public Security and the Ministry of Foreign Affairs attended.",
            "ministry",
            None,
        ),
        ("Officials of the National Immigration Administration were present.", "ministry", None),
    ],
)
def test_i11s29e_a_post_after_a_bodys_word_is_at_the_body_named_before(before, word, body, registries):
    text = f"Relief\n\nBEIJING, May 22 (Xinhua) -- {before} Ivo Lind, a {word} official in charge of relief, said so.\n"
    draft = draft_article("t", text, registries, [])
    assert [r.organization for r in draft.roles if r.person == "ivo-lind"] == [body]


# Lane i11s29e: a registered body's name that is also a post's ("United Nations High Commissioner for Refugees") right
# before a person's name is that person's title, no mention of the body; before anything else, or after the holder's
# name, it is the body.
@pytest.mark.parametrize(
    ("sentence", "mentioned"),
    [
        ("Ma Zhaoxu held a video call with United Nations High Commissioner for Refugees Filippo Grandi.", False),
        ("Ma Zhaoxu met United Nations High Commissioner for Refugees Mr. Ivo Lind on Monday.", False),
        ("Ma Zhaoxu met Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), on Monday.", True),
        (
            "Ma Zhaoxu met Ada Kemp, Deputy High Commissioner of the United Nations High Commissioner for Refugees.",
            True,
        ),
        ("The United Nations High Commissioner for Refugees Executive Committee met in Geneva on Monday.", True),
    ],
)
def test_i11s29e_a_bodys_name_as_a_post_before_its_holder_is_no_mention(sentence, mentioned, registries):
    draft = draft_article("t", f"Call\n\nBEIJING, June 17 (Xinhua) -- {sentence}\n", registries, [])
    quotes = [draft.text[m.start : m.end] for m in draft.mentions if m.entity_id == "unhcr"]
    assert ("United Nations High Commissioner for Refugees" in quotes) == mentioned


# Lane i11s29e: a registered body whose name ends another registered body's after "to the", "of the" or "at the"
# ("the Chinese Mission to the UN Office at Geneva") is a mention of its own as well (tests/devset/README.md,
# "Conventions"), and the post of someone "of" the whole is at the whole; a body whose name only opens another's
# ("UN" in "UN Office at Geneva") is no mention of its own.
@pytest.mark.parametrize(
    ("sentence", "mentions", "role"),
    [
        (
            "Also present was Ying Haoyu, Counsellor of the Chinese Mission to the UN Office at Geneva.",
            ["china-mission-geneva", "unog"],
            "china-mission-geneva",
        ),
        (
            "Also present was Ying Haoyu, an official of the Chinese Mission to the UN Office at Geneva.",
            ["china-mission-geneva", "unog"],
            "china-mission-geneva",
        ),
        ("Also present was Ying Haoyu, Counsellor of the UN Office at Geneva.", ["unog"], "unog"),
    ],
)
def test_i11s29e_a_body_that_ends_a_registered_name_is_a_mention_too(sentence, mentions, role, registries):
    draft = draft_article("t", f"Talks\n\nGENEVA, March 13 (Xinhua) -- {sentence}\n", registries, [])
    assert [m.entity_id for m in draft.mentions if m.kind == "organizations" and m.entity_id != "xinhua"] == mentions
    assert [r.organization for r in draft.roles if r.person == "ying-haoyu"] == [role]


# Lane i11s29e: the country a mission's head serves, by its formal name ("Permanent Representative of the People's
# Republic of China to the United Nations Office at Geneva"), is no part of a body's name: the office he is accredited
# to is the registered one, and his post is at his country's mission to it.
@pytest.mark.parametrize(
    "post",
    [
        "Permanent Representative of the People's Republic of China to the United Nations Office at Geneva",
        "Permanent Representative of China to the United Nations Office at Geneva",
        "Ambassador of the People's Republic of China to the United Nations Office at Geneva",
    ],
)
def test_i11s29e_a_mission_heads_country_by_its_formal_name_is_no_body(post, registries):
    text = f"Talks\n\nGeneva - William Lacy Swing on Tuesday received Ma Zhaoxu, {post}, at IOM Headquarters.\n"
    draft = draft_article("t", text, registries, [])
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == []
    assert "unog" in [m.entity_id for m in draft.mentions]
    assert [r.organization for r in draft.roles if r.person == "ma-zhaoxu"] == ["china-mission-geneva"]


# Lane i11s29e: a Chinese body named without its country in a report placed abroad is China's where its sentence says
# its people came as China's delegates ("also attended the session as members of the Chinese delegation"); a
# sentence where they only meet China's delegation leaves it undecided.
@pytest.mark.parametrize(
    ("sentence", "mentioned"),
    [
        (
            "Officials of the Ministry of Public Security also attended the session as members of the Chinese delegation.",
            True,
        ),
        ("Officials of the Ministry of Public Security took part in the talks as part of China's delegation.", True),
        ("Officials of the Ministry of Public Security received members of the Chinese delegation.", False),
        ("Officials of the Ministry of Public Security also attended the session.", False),
    ],
)
def test_i11s29e_a_body_whose_people_are_china_s_delegates_is_china_s(sentence, mentioned, registries):
    text = f"Session\n\nGENEVA, Dec. 1 (Xinhua) -- The session of the council opened here Tuesday. {sentence}\n"
    draft = draft_article("t", text, registries, [])
    assert ("mps-china" in [m.entity_id for m in draft.mentions]) == mentioned


# Lane i11s29e: a department named with its registered ministry ("the International Cooperation Department of the
# Ministry of Public Security") is proposed under that whole name, with its bare name ("International Cooperation
# Department", any ministry's) as an alias, the ministry a mention of its own; a department of another body ("of the
# National Immigration Administration") or named bare stays under its own name.
@pytest.mark.parametrize(
    ("body", "name", "aliases", "parent"),
    [
        (
            "the International Cooperation Department of the Ministry of Public Security",
            "International Cooperation Department of the Ministry of Public Security",
            ["International Cooperation Department"],
            "mps-china",
        ),
        (
            "the Consular Department of the Ministry of Foreign Affairs",
            "Consular Department of the Ministry of Foreign Affairs",
            ["Consular Department"],
            "mfa-china",
        ),
        (
            "the Department of Border Control of the National Immigration Administration",
            "Department of Border Control",
            [],
            "nia-china",
        ),
        ("the International Cooperation Department", "International Cooperation Department", [], None),
    ],
)
def test_i11s29e_a_department_is_proposed_under_its_parents_name(body, name, aliases, parent, registries):
    text = f"Talks\n\nBEIJING, April 8 (Xinhua) -- Responsible comrades of {body} attended the talks on Monday.\n"
    draft = draft_article("t", text, registries, [])
    [entry] = [e for e in draft.new_entries if e.kind == "organizations"]
    assert (entry.fields["name"], entry.fields["aliases"], entry.fields.get("parent")) == (name, aliases, parent)
    assert [m.entity_id for m in draft.mentions if m.entity_id == parent] == ([parent] if parent else [])


# Lane i11s29e: a first given name written short before the rest ("Mr. Md. Rafiqul Haider", "Mohd. Ali Hassan") is
# part of the name a new person is registered under, though no form of address; the id is the rest's. A form of
# address ("Mr.", "Dr.") stays out of it.
@pytest.mark.parametrize(
    ("named", "name", "entity_id"),
    [
        ("Mr. Md. Rafiqul Haider", "Md. Rafiqul Haider", "rafiqul-haider"),
        ("Mohd. Ali Hassan", "Mohd. Ali Hassan", "ali-hassan"),
        ("Dr. Rafiqul Haider", "Rafiqul Haider", "rafiqul-haider"),
        ("Mr. Rafiqul Haider", "Rafiqul Haider", "rafiqul-haider"),
    ],
)
def test_i11s29e_an_abbreviated_given_name_is_part_of_the_name(named, name, entity_id, registries):
    text = f"Call\n\nDHAKA - Huan Kangping paid a courtesy call on {named}, Refugee Commissioner, on Monday.\n"
    draft = draft_article("t", text, registries, [])
    people = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "people"}
    assert people.get(entity_id) == name


# Lane i11s29e: the governing council of a registered organization the text describes ("as the governing council of the
# International Organization for Migration (IOM) opened its annual session", "IOM's governing council") is proposed
# as a body of its own under the name its acronym gives it ("IOM Council"), its parent that organization; an
# organization's council named by no such words is no new body.
@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        ("as the governing council of the International Organization for Migration (IOM) opened here Tuesday.", True),
        ("as the IOM's governing council opened its annual session here Tuesday.", True),
        ("as the International Organization for Migration opened a council of experts here Tuesday.", False),
        ("as the governing board of the International Organization for Migration met here Tuesday.", False),
    ],
)
def test_i11s29e_a_described_governing_council_is_a_body(sentence, council, registries):
    text = f"Session\n\nGENEVA, Dec. 1 (Xinhua) -- China called for dialogue {sentence}\n"
    draft = draft_article("t", text, registries, [])
    councils = [(e.fields["name"], e.fields.get("parent")) for e in draft.new_entries if e.kind == "organizations"]
    assert councils == ([("IOM Council", "iom")] if council else [])


# Lane i11s29m: talks that a signing followed, told in the clause after "after" ("The agreement was signed by video link
# after A held a video call with B"), are a meeting of their own of the two; they signed nothing the sentence says, and
# the signatories named later join the signing, not those talks.
def test_i11s29m_talks_a_signing_followed_are_their_own_meeting(registries):
    text = (
        "Deal\n\nNAIROBI, March 8 (Xinhua) -- The National Immigration Administration (NIA) and the International"
        " Organization for Migration (IOM) on Wednesday signed a memorandum of understanding on border management.\n"
        "The memorandum was signed by video link after Vice Minister Tang Wenjie held a video call with IOM Deputy"
        " Director General Ines Halvorsen.\nDeputy Director General Lin Bo and IOM Chief of Mission Ada Kemp signed the"
        " memorandum on behalf of the two sides.\n"
    )
    signing, call = _meetings(text, registries, "2023-03-09")
    assert (signing.kind, signing.participants, signing.organizations[:2]) == (
        "signing",
        ["lin-bo", "ada-kemp"],
        ["nia-china", "iom"],
    )
    assert (call.kind, call.participants, call.date.value) == (
        "bilateral_talks",
        ["tang-wenjie", "ines-halvorsen"],
        "2023-03-08",
    )


# Lane i11s29m: "The two sides plan to hold a review meeting ..." is a meeting to come of the sides just reported.
@pytest.mark.parametrize(
    ("closing", "planned"),
    [
        ("The two sides plan to hold a review meeting in Geneva early next year.", [("planned", ["nia-china", "iom"])]),
        ("The two sides agreed to hold an expert meeting in Geneva next year.", [("planned", ["nia-china", "iom"])]),
        ("The two sides hope to hold a review meeting in Geneva next year.", []),  # a wish
    ],
)
def test_i11s29m_a_meeting_the_two_sides_plan_to_hold_is_of_their_bodies(closing, planned, registries):
    text = (
        "Deal\n\nNAIROBI, March 8 (Xinhua) -- The National Immigration Administration (NIA) and the International"
        f" Organization for Migration (IOM) on Wednesday signed a memorandum of understanding.\n{closing}\n"
    )
    meetings = _meetings(text, registries, "2023-03-09")[1:]
    assert [(m.status, m.organizations) for m in meetings if m.kind != "signing"] == planned


# Lane i11s29m: a handover whose goods are said to be for someone before their recipient ("tents for survivors of the
# May 12 earthquake to B") is a handover, on the sentence's day (not the day in the words on whom the goods are for);
# who "received the materials" or whom "The tents ... were received by" names joins it, and those "present at the
# ceremony" join the handover held at one, not a call told after it.
def test_i11s29m_a_handover_of_goods_for_someone_and_who_received_them(registries):
    text = (
        "Tents\n\nKATHMANDU, May 22 (Xinhua) -- The International Organization for Migration (IOM) handed over 2,000"
        " family tents for survivors of the May 12 earthquake to the National Immigration Administration at a ceremony"
        " here Thursday.\nThe tents, funded by the European Union, were received by Lin Bo, head of the department,"
        " from IOM Chief of Mission Ada Kemp.\nEarlier that day, Kemp paid a courtesy call on Vice Minister Tomas"
        " Reyes.\nOfficials of the Chinese Embassy were present at the ceremony.\n"
    )
    handover, call = _meetings(text, registries, "2015-05-23")
    assert (handover.kind, handover.date.value, handover.participants) == (
        "signing",
        "2015-05-21",
        ["lin-bo", "ada-kemp"],
    )
    assert handover.organizations == ["iom", "nia-china", "chinese-embassy"]
    assert (call.kind, call.participants, call.organizations) == ("courtesy_meeting", ["ada-kemp", "tomas-reyes"], [])


def test_i11s29m_who_received_the_materials_joins_the_handover(registries):
    text = (
        "Handover\n\nOn 14 November 2017, Ambassador Tang Wenjie handed over relief materials donated by the Chinese"
        " government for families displaced by the floods to IOM at a ceremony in Dhaka.\nMs. Ada Kemp, Chief of"
        " Mission of IOM, received the materials, which include 2,000 tents.\n"
    )
    [handover] = _meetings(text, registries)
    assert (handover.kind, handover.date.value, handover.participants) == (
        "signing",
        "2017-11-14",
        ["tang-wenjie", "ada-kemp"],
    )


# Lane i11s29m: a handover to come told with its giver as subject ("The IOM will hand over another 3,000 tents in X
# next week") is the giver's, its recipient named or not; a body opening the sentence is the subject, no person named
# before it.
@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The IOM will hand over another 3,000 tents in Kathmandu next week.", [("planned", [], ["iom"])]),
        (
            "The IOM will hand over 3,000 blankets to the National Immigration Administration next week.",
            [("planned", [], ["iom", "nia-china"])],
        ),
        ("The IOM will hand over its duties to a new team next week.", []),  # no goods
    ],
)
def test_i11s29m_a_handover_to_come_is_of_its_giver(closing, expected, registries):
    text = (
        "Tents\n\nKATHMANDU, May 22 (Xinhua) -- Vice Minister Tang Wenjie met IOM Chief of Mission Ada Kemp here"
        f" Thursday.\n{closing}\n"
    )
    meetings = _meetings(text, registries, "2015-05-23")[1:]
    assert [(m.status, m.participants, m.organizations) for m in meetings] == expected


# Lane i11s29m: "The human resources ministry", "the foreign ministry": the one body named before whose name holds
# those words and that kind; a word its name lacks names none ("the relevant ministry").
@pytest.mark.parametrize(
    ("holder", "organizations"),
    [
        ("The public security ministry and the IOM", ["mps-china", "iom"]),
        ("The ministry and the IOM", ["mps-china", "iom"]),
        ("The relevant ministry and the IOM", ["iom"]),
    ],
)
def test_i11s29m_a_body_named_again_by_words_of_its_name(holder, organizations, registries):
    text = (
        "Seminar\n\nBEIJING, Nov. 26 (Xinhua) -- A seminar on labour migration, co-hosted by the Ministry of Public"
        " Security and the International Organization for Migration (IOM), opened in Beijing on Thursday.\n"
        f"{holder} plan to hold a follow-up workshop in Chongqing next year.\n"
    )
    planned = _meetings(text, registries, "2010-11-27")[-1]
    assert (planned.kind, planned.status, planned.organizations) == ("symposium", "planned", organizations)


# Lane i11s29m: "A and B will co-host the next symposium in X in 2024": the gathering to come, of its hosts.
def test_i11s29m_the_next_gathering_its_hosts_will_hold(registries):
    text = (
        "Symposium\n\nKUNMING, June 13 (Xinhua) -- A two-day symposium on border management opened in Kunming on"
        " Tuesday.\nThe National Immigration Administration and the International Organization for Migration will"
        " co-host the next symposium in Geneva in 2024.\n"
    )
    planned = _meetings(text, registries, "2023-06-14")[-1]
    assert (planned.kind, planned.status, planned.organizations, planned.date.value, planned.place) == (
        "symposium",
        "planned",
        ["nia-china", "iom"],
        "2024",
        "geneva",
    )


# Lane i11s29m: "A met B to discuss a follow-up course, which the two sides plan to hold in X next spring": a gathering
# to come of the two people of the meeting; one they only hope to hold is none.
@pytest.mark.parametrize(("verb", "planned"), [("plan to hold", 1), ("hope to hold", 0)])
def test_i11s29m_a_gathering_the_two_sides_of_a_meeting_will_hold(verb, planned, registries):
    text = (
        "Course\n\nFUZHOU, Sept. 15 (Xinhua) -- Vice Minister Tang Wenjie met with IOM Chief of Mission Ada Kemp on"
        f" Monday to discuss a follow-up course for border officers, which the two sides {verb} in Geneva next"
        " spring.\n"
    )
    meetings = _meetings(text, registries, "2015-09-16")
    assert [(m.kind, m.status, m.participants, m.date.value, m.place) for m in meetings[1:]] == [
        ("symposium", "planned", ["tang-wenjie", "ada-kemp"], "2016-03", "geneva")
    ] * planned


# Lane i11s29m: "the 72nd session of the Executive Committee of X, to be held in Geneva in October": a session to come
# of the body named after "of"; a session held is none to come.
@pytest.mark.parametrize(
    ("session", "planned"),
    [
        (
            "the 115th session of the IOM Council, to be held in Geneva in November",
            [("iom-council", "2021-11", "geneva")],
        ),
        (
            "the 115th session of the IOM Council, which will be held in Geneva in November",
            [("iom-council", "2021-11", "geneva")],
        ),
        ("the 115th session of the IOM Council, held in Geneva in May", []),
    ],
)
def test_i11s29m_a_session_of_a_body_to_be_held(session, planned, registries):
    text = (
        "Call\n\ndate 2021-06-18\n\nOn June 17, Vice Foreign Minister Tang Wenjie held a video call with IOM Director"
        f" General Ines Halvorsen.\nThe two sides also exchanged views on {session}.\n"
    )
    meetings = _meetings(text, registries)[1:]
    assert [(*m.organizations, m.date.value, m.place) for m in meetings if m.status == "planned"] == planned


# Lane i11s29m: "is expected to visit China in May for consultations with B": the visit, and the talks with B within
# it; "for talks with" after no visit reports none.
def test_i11s29m_talks_a_visit_is_for_are_within_it(registries):
    text = (
        "Visit\n\nGENEVA, March 14 (Xinhua) -- IOM Director General Ines Halvorsen is expected to visit China in May"
        " for consultations with the National Immigration Administration on a cooperation framework.\n"
    )
    trip, talks = _meetings(text, registries, "2018-03-14")
    assert (trip.kind, trip.status, trip.participants, trip.organizations, trip.place) == (
        "trip",
        "planned",
        ["ines-halvorsen"],
        ["iom"],
        "china",
    )
    assert (talks.kind, talks.status, talks.participants, talks.organizations, talks.parent, talks.date.value) == (
        "working_talks",
        "planned",
        ["ines-halvorsen"],
        ["iom", "nia-china"],
        0,
        "2018-05",
    )
    alone = text.replace("is expected to visit China in May for", "thanked China for its support and for")
    assert _meetings(alone, registries, "2018-03-14") == []


# Lane i11s29m: a family name written in capitals in the full name ("Mr. QIANG Kaiming") names the person alone in title
# case too ("Mr. Qiang paid a courtesy call on ..."), so the call is his.
def test_i11s29m_a_family_name_in_capitals_names_the_person_in_title_case(registries):
    text = (
        "Visit\n\nJakarta - Dr. Hendra Wiratmaja received a delegation of the National Immigration Administration led"
        " by its Deputy Commissioner, Mr. QIANG Kaiming, on Monday.\nEarlier that day, Mr. Qiang paid a courtesy call"
        " on the Secretary General of the Ministry, Mr. Bambang Purnomo.\n"
    )
    draft = draft_article("t", text, registries, [], "2019-10-08")
    assert [text[m.start : m.end] for m in draft.mentions if m.entity_id == "qiang-kaiming"] == [
        "QIANG Kaiming",
        "Qiang",
    ]
    assert draft.meetings[-1].participants == ["qiang-kaiming", "bambang-purnomo"]


# Lane i11s29m: a launch told in the passive in words said ("A said the project would be launched in X") has no holder
# the text names; officials a body "sent to visit the detained" went on a visit of no one named.
@pytest.mark.parametrize(
    "sentence",
    [
        "Kemp said the project, funded by the European Union, would be launched in Fuzhou next spring.",
        "The Chinese Embassy has sent officials to visit the detained Chinese nationals.",
    ],
)
def test_i11s29m_an_event_whose_holder_the_text_leaves_unnamed_is_none(sentence, registries):
    text = f"Talks\n\nGENEVA, Dec. 1 (Xinhua) -- IOM Chief of Mission Ada Kemp met Vice Minister Tang Wenjie.\n{sentence}\n"
    assert len(_meetings(text, registries, "2004-12-01")) == 1


# Lane i11s29m: "A welcomed B on his first visit to China": B's trip there, which B's meetings told after it are within.
def test_i11s29m_a_guest_welcomed_on_a_visit_is_on_a_trip(registries):
    text = (
        "Talks\n\nBEIJING, April 8 (Xinhua) -- Vice Minister Tang Wenjie held talks in Beijing with IOM Director General"
        " Ines Halvorsen on Wednesday.\nTang welcomed Director General Halvorsen on her first visit to China since taking"
        " office.\nHalvorsen is expected to visit the National Immigration Administration on Friday.\n"
    )
    talks, trip, visit = _meetings(text, registries, "2009-04-08")
    assert (trip.kind, trip.status, trip.participants, trip.place) == ("trip", "held", ["ines-halvorsen"], "china")
    assert (visit.kind, visit.status, visit.parent, talks.parent) == ("visit", "planned", 1, None)


# Lane i11s29m: "A second batch of materials will be handed over to B next month": a handover to come of the giver of
# the one just reported (the embassy an ambassador's title implies, or the body that handed over) to B.
@pytest.mark.parametrize(
    ("handover", "expected"),
    [
        (
            "On 14 November 2017, Ambassador of the People's Republic of China to Nepal, Tang Wenjie, handed over 2,000"
            " tents to China's National Immigration Administration at a ceremony in Kathmandu.",
            "china-embassy-nepal",
        ),
        (
            "KATHMANDU, Nov. 14 (Xinhua) -- The International Organization for Migration (IOM) handed over 2,000 tents"
            " to China's National Immigration Administration here Tuesday.",
            "iom",
        ),
    ],
)
def test_i11s29m_a_handover_to_come_told_in_the_passive_is_of_the_last_giver(handover, expected, registries):
    text = (
        f"Handover\n\n{handover}\nA second batch of materials will be handed over to the National Immigration"
        " Administration next month.\n"
    )
    planned = _meetings(text, registries, "2017-11-15")[-1]
    assert (planned.kind, planned.status, planned.organizations, planned.date.value) == (
        "signing",
        "planned",
        [expected, "nia-china"],
        "2017-12",
    )
    delivered = text.replace("will be handed over to", "will be delivered through")
    assert len(_meetings(delivered, registries, "2017-11-15")) == 1


# Lane i11s29m: "IOM will convene a first steering committee meeting with B in X in June": a meeting to come of its
# convener and B.
def test_i11s29m_a_meeting_a_body_will_convene_with_another(registries):
    text = (
        "Deal\n\nDAKAR, 9 March 2023 - The International Organization for Migration (IOM) and China today signed an"
        " agreement.\nIOM will convene a first steering committee meeting with the National Immigration Administration"
        " of China in Geneva in June.\n"
    )
    planned = _meetings(text, registries)[-1]
    assert (planned.status, planned.organizations, planned.date.value, planned.place) == (
        "planned",
        ["iom", "nia-china"],
        "2023-06",
        "geneva",
    )


def test_i11s29m_goods_to_be_handed_over_after_a_signing_are_no_handover_of_its_signatories(registries):
    text = (
        "Deal\n\nKATHMANDU, Nov. 14 (Xinhua) -- The International Organization for Migration (IOM) and China's National"
        " Immigration Administration signed an agreement here Tuesday.\nUnder it, 2,000 tents will be handed over to the"
        " National Immigration Administration next month.\n"
    )
    assert [m.kind for m in _meetings(text, registries, "2017-11-15")] == ["signing"]


# Lane i11s29m: "the IOM would send trainers to X in May for a course on Y", "the Administration would send six officers
# to an IOM course in X in September": a course to come of the body that sends people and of the one whose course it
# is; people invited to be sent ("invited the BI to send officers to a training program") are not this rule's.
@pytest.mark.parametrize(
    ("words", "organizations"),
    [
        ("the IOM would send trainers to Geneva in May for a course on document examination", ["iom"]),
        ("the Administration would send six officers to an IOM course in Geneva in May", ["iom", "nia-china"]),
    ],
)
def test_i11s29m_a_course_a_body_will_send_people_to(words, organizations, registries):
    text = (
        "Talks\n\nBEIJING, March 13 (Xinhua) -- Vice Minister Tang Wenjie of the National Immigration Administration met"
        f" here Thursday with IOM Deputy Director General Ines Halvorsen.\nHalvorsen said {words}.\n"
    )
    course = _meetings(text, registries, "2008-03-14")[-1]
    assert (course.kind, course.status, course.organizations, course.date.value, course.place) == (
        "symposium",
        "planned",
        organizations,
        "2008-05",
        "geneva",
    )


# Lane i11s29m: "following the decision of a special session of the IOM Council in Geneva on 30 June": that session was
# held, by the body named; the sentence's own meeting stays the one the next sentences add to.
def test_i11s29m_a_session_whose_decision_a_sentence_cites_was_held(registries):
    text = (
        "Reception\n\nBeijing - The IOM Office in China yesterday (14/07) hosted a reception in Beijing to celebrate"
        " China's membership, following the decision of a special session of the IOM Council in Geneva on 30 June.\n"
        "Vice Minister Tang Wenjie also attended the reception.\n"
    )
    session, reception = _meetings(text, registries, "2016-07-15")
    assert (session.kind, session.status, session.organizations, session.date.value, session.place) == (
        "conference",
        "held",
        ["iom-council"],
        "2016-06-30",
        "geneva",
    )
    assert (reception.date.value, reception.participants) == ("2016-07-14", ["tang-wenjie"])


# Lane i11s30d: "the dialogue to be held in New York in September": a month of a gathering still to be held is the next
# one, not the nearest past one; one told as held keeps the latest.
@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("the High-Level Dialogue to be held in New York in September", "2006-09"),
        ("a regional conference to be hosted by Ruritania in September", "2006-09"),
        ("the summit, to be convened in Oslo in September", "2006-09"),
        ("the High-Level Dialogue held in New York in September", "2005-09"),
        ("the High-Level Dialogue in New York in September", "2005-09"),
    ],
)
def test_i11s30d_a_month_of_a_gathering_to_be_held_is_to_come(words, value):
    anchor = Anchor(dt.date(2006, 3, 3), "the dateline")
    [found] = find_dates(f"She briefed him on {words}.", anchor=anchor)
    assert found.value == value


# Lane i11s30d: "The first meeting of heads of immigration agencies of A and B was held in X on Wednesday. C chaired the
# meeting": a gathering named by what it gathers and told as held gives its day to what is done at it.
@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("The first meeting of heads of immigration agencies of Ruritania and its neighbours was held", "2025-06-11"),
        ("The annual meeting of the border chiefs of the region took place", "2025-06-11"),
        ("The second session of the joint commission on consular affairs opened", "2025-06-11"),
        ("The first meeting of heads of immigration agencies of Ruritania and its neighbours will be held", None),
        ("A report on the meeting of experts was published", None),
    ],
)
def test_i11s30d_a_gathering_named_by_whom_it_gathers_dates_what_is_done_at_it(opening, day):
    noun = "session" if "session" in opening else "meeting"
    text = f"{opening} in Oslo on Wednesday.\nIvo Lind chaired the {noun} and spoke.\n"
    chaired = re.search(f"chaired the {noun}", text)
    sentence = (text.index("Ivo"), len(text) - 1)
    date = date_of(text, sentence, chaired, find_dates(text, 0, len(text), Anchor(dt.date(2025, 6, 12), "the date")))
    assert (date.value if date else None) == day


# Lane i11s30d: "attended the third meeting of the Forum in Athens from November 4 to 5. Addressing the plenary
# session, ...": a part of a gathering whose day is not stated takes the days the sentence before gives the gathering.
@pytest.mark.parametrize(
    ("before", "words", "days"),
    [
        (
            "attended the third meeting of the Forum in Athens from November 4 to 5",
            "Addressing the plenary session",
            ("2009-11-04", "2009-11-05"),
        ),
        (
            "took part in the Global Forum held in Athens from 4 to 5 November",
            "Speaking at the plenary",
            ("2009-11-04", "2009-11-05"),
        ),
        ("attended the third meeting of the Forum in Athens on November 4", "Addressing the plenary session", None),
        ("visited Athens from November 4 to 5", "Addressing the plenary session", None),
    ],
)
def test_i11s30d_a_part_of_a_gathering_takes_the_gathering_s_days(before, words, days):
    text = f"A: Yes. A delegation led by Ivo Lind {before}. {words}, Mr. Lind said that migrants' rights must be respected.\n"
    opening = re.search(words.split()[0], text)
    sentence = (opening.start(), len(text) - 1)
    date = date_of(text, sentence, opening, find_dates(text, 0, len(text), Anchor(dt.date(2009, 11, 19), "the date")))
    assert ((date.value, date.end_value) if date else None) == days


# Lane i11s30d: "the Permanent Secretary, Ms. A, the Director General of Immigration, Mr. B, and ...": in a list of titles
# each before its name, the title after A's name is B's; "Ms. A, the Director General of X, Mr. B" stays A's.
@pytest.mark.parametrize(
    ("attended", "titles"),
    [
        (
            "the Permanent Secretary, Ms. Ada Kemp, the Director General of Immigration, Mr. Ivo Lind, and the"
            " Counsellor of the Embassy, Mr. Jon Roe",
            [("kemp", "Permanent Secretary"), ("lind", "Director General"), ("roe", "Counsellor")],
        ),
        (
            "the Permanent Secretary, Ms. Ada Kemp, the Commissioner of Police, Dr. Ivo Lind, and Mr. Jon Roe",
            [("kemp", "Permanent Secretary"), ("lind", "Commissioner")],
        ),
        (
            "Ms. Ada Kemp, the Director General of Immigration, Mr. Ivo Lind, and Mr. Jon Roe",
            [("kemp", "Director General")],
        ),
        (  # a title after a name that follows another name's apposition: still the name's before it
            "Jon Roe, Minister of Interior, H.E. Ada Kemp, Vice-Minister of Foreign Affairs, H.E. Ivo Lind, Chairman of"
            " the Agency",
            [("roe", "Minister"), ("kemp", "Vice-Minister"), ("lind", "Chairman")],
        ),
    ],
)
def test_i11s30d_a_title_between_two_names_of_a_list_of_titles_before_names_is_the_next_one_s(attended, titles):
    text = f"The meeting was also attended by {attended}."
    people = _people(text, {"Ada Kemp": "kemp", "Ivo Lind": "lind", "Jon Roe": "roe"})
    assert [(r.person, r.title) for r in find_roles(text, people, [], {})] == titles


# Lane i11s30e: entities. A helper drafting one Xinhua-style dispatch.
def _i11s30e_draft(body: str, registries):
    return draft_article("t", f"Talks\n\nBEIJING, May 2 (Xinhua) -- {body}\n", registries, [])


# Lane i11s30e: a government named by its country's adjective ("the Fijian government") is proposed when unregistered,
# named by the country, with the text's form as its alias and mention; not a registered one, nor "government-run".
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister Ivo Lind said the Fijian government would make sure the kits reach families.", "Government of Fiji"),
        ("IOM and the Philippine government will co-host the next seminar in Manila.", "Government of Philippines"),
        ("The Kenyan government thanked IOM for its support on Monday.", "Government of Kenya"),
        ("Officials from the Fijian ministry met IOM on Monday.", None),
        ("IOM visited the Fijian government-run shelter on Monday.", None),
        ("IOM thanked the Chinese government for its support on Monday.", None),
    ],
)
def test_i11s30e_a_government_named_by_its_country_s_adjective(sentence, expected, registries):
    draft = _i11s30e_draft(sentence, registries)
    governments = [e.fields for e in draft.new_entries if e.fields.get("kind") == "government"]
    assert [g["name"] for g in governments] == ([expected] if expected else [])
    if expected:
        (form,) = governments[0]["aliases"]
        assert re.search(rf"\b{form}\b", sentence) and form.lower().endswith("government")
        assert [draft.text[m.start : m.end] for m in draft.mentions if m.entity_id == governments[0]["id"]] == [form]


# Lane i11s30e: a committee's name whose field after "on" is a pair ("Committee on Programmes and Finance") is one name;
# "and" before another body's name still parts the two.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "He will report to the Standing Committee on Programmes and Finance next week.",
            ["Standing Committee on Programmes and Finance"],
        ),
        (
            "They briefed the Permanent Committee on Budget and Finance in Geneva.",
            ["Permanent Committee on Budget and Finance"],
        ),
        (
            "They briefed the Standing Committee on Programmes and the Ministry of Labour.",
            ["Standing Committee on Programmes", "Ministry of Labour"],
        ),
        (
            "They met the Network on Migration and the Ministry of Labour.",
            ["Network on Migration", "Ministry of Labour"],
        ),
    ],
)
def test_i11s30e_a_committee_on_two_fields_is_one_name(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11s30e: a body's description then to whom something goes ("by the Embassy to IOM Fiji") names no body; a
# mission's name "to the" body it serves does.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A second batch will be handed over by the Embassy to IOM Fiji next week.", []),
        ("The goods were donated by the Consulate to UNICEF Kenya on Friday.", []),
        ("He met the Permanent Mission to the United Nations.", ["Permanent Mission to the United Nations"]),
        ("He thanked the Chinese Embassy to Fiji.", ["Chinese Embassy to Fiji"]),
    ],
)
def test_i11s30e_a_description_and_to_whom_names_no_body(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11s30e: a registered body's name with its head word in lower case ("IOM office in China") is a mention of it
# and a proposed alias, not a mention of the shorter name inside it ("IOM").
@pytest.mark.parametrize(
    ("sentence", "entity", "alias"),
    [
        ("The NIA donated masks to the IOM office in China on Monday.", "iom-china", "IOM office in China"),
        ("Masks went to the IOM office in China, which passed them on.", "iom-china", "IOM office in China"),
        ("The NIA donated masks to the IOM Office in China on Monday.", "iom-china", None),
        ("The NIA donated masks to IOM offices in China on Monday.", "iom", None),
    ],
)
def test_i11s30e_a_registered_name_with_a_lower_case_head_word(sentence, entity, alias, registries):
    draft = _i11s30e_draft(sentence, registries)
    at = draft.text.index("IOM")
    assert [m.entity_id for m in draft.mentions if m.start == at] == [entity]
    assert ("organizations", entity, alias) in {(a.kind, a.entity_id, a.form) for a in draft.new_aliases} or (
        alias is None and not any(a.entity_id == entity for a in draft.new_aliases)
    )


# Lane i11s30e: China's name right before a name its bracketed acronym spells ("China National Immigration
# Administration (NIA)") belongs to the name: one mention of the variant, proposed as an alias.
@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "IOM held a call with Xu Ganlu, Commissioner of the China National Immigration Administration (NIA).",
            "China National Immigration Administration",
        ),
        ("The China National Immigration Administration (NIA) met IOM.", "China National Immigration Administration"),
        ("China and the National Immigration Administration (NIA) met IOM.", "National Immigration Administration"),
    ],
)
def test_i11s30e_china_s_name_before_a_name_its_acronym_spells(sentence, quote, registries):
    draft = _i11s30e_draft(sentence, registries)
    mentions = [draft.text[m.start : m.end] for m in draft.mentions if m.entity_id == "nia-china"]
    assert mentions == [quote, "NIA"]
    aliases = {a.form for a in draft.new_aliases if a.entity_id == "nia-china"}
    assert aliases == ({quote} if quote.startswith("China") else set())


# Lane i11s30e: an agency's office in a place written in lower case ("the UNHCR office in Beijing") is a body of its
# own, proposed when unregistered, not a mention of the agency.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The workshop was organized by the UNHCR office in Beijing on Monday.", "UNHCR office in Beijing"),
        ("UNHCR office in Beijing staff met the NIA.", "UNHCR office in Beijing"),
        ("UNHCR staff in Beijing met the NIA.", None),
        ("The UNHCR offices met the NIA in Beijing.", None),
    ],
)
def test_i11s30e_an_agency_s_office_in_a_place(sentence, name, registries):
    draft = _i11s30e_draft(sentence, registries)
    assert [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"] == ([name] if name else [])
    assert any(m.entity_id == "unhcr" for m in draft.mentions) is (name is None)


# Lane i11s30e: a body named by what it is, right before a post and its holder ("Foreign Ministry Spokesperson Qin
# Gang"), is words of his title: no alias proposed. The same words elsewhere, and a proper name before a post ("IOM
# China Chief of Mission"), still are.
@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        ("Foreign Ministry Spokesperson Qin Gang held a regular press conference.", None),
        ("On Monday, Foreign Ministry Spokesperson Hua Chunying said IOM was welcome.", None),
        ("IOM met officials of the Foreign Ministry on Monday.", ("mfa-china", "Foreign Ministry")),
        ("IOM China Chief of Mission Giuseppe Crocetti attended the forum.", ("iom-china", "IOM China")),
    ],
)
def test_i11s30e_a_body_s_words_of_a_post_before_its_holder(sentence, alias, registries):
    draft = _i11s30e_draft(sentence, registries)
    found = {(a.entity_id, a.form) for a in draft.new_aliases if a.kind == "organizations"}
    assert found == ({alias} if alias else set())


# Lane i11s30m: "B, who is paying a visit to China from July 4 to 8": B's trip there, dated by the days told right
# after its place; a visit only planned in the clause is no stay.
@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("who is paying a visit to China from July 4 to 8", [("trip", "china", "2016-07-04", "2016-07-08")]),
        ("who is paying an official visit to China from July 4 to 8", [("trip", "china", "2016-07-04", "2016-07-08")]),
        ("who is paying a five-day visit to China", [("trip", "china", None, None)]),
        ("who is planning a visit to China from July 4 to 8", []),
    ],
)
def test_i11s30m_a_person_paying_a_visit_is_on_a_trip(clause, expected, registries):
    text = (
        "Talks\n\ndate 2016-07-06\n\nOn the afternoon of July 5, Vice Foreign Minister Tang Wenjie met in Beijing with"
        f" Deputy Director General Ines Halvorsen of the International Organization for Migration (IOM), {clause}.\n"
    )
    trips = [m for m in _meetings(text, registries) if m.kind == "trip"]
    assert [(m.kind, m.place, m.date and m.date.value, m.date and m.date.end_value) for m in trips] == expected
    assert all(m.participants == ["ines-halvorsen"] for m in trips)


# Lane i11s30m: "will also travel to Shanghai, where he will attend a seminar ...": the seminar, with the traveller in
# it, and no visit of the journey there; a visit the "where" clause tells stays one.
@pytest.mark.parametrize(
    "journey",
    [
        "Halvorsen will also travel to Shanghai, where she will attend a seminar on talent mobility",
        "Halvorsen will travel on to Shanghai, where she will attend a seminar on talent mobility",
    ],
)
def test_i11s30m_a_journey_to_a_gathering_is_the_gathering(journey, registries):
    text = (
        "Visit\n\ndate 2016-07-06\n\nVice Foreign Minister Tang Wenjie met in Beijing on July 5 with IOM Deputy"
        " Director General Ines Halvorsen, who is on a visit to China.\n"
        f"During her stay, {journey} co-hosted by IOM and the National Immigration Administration on July 7.\n"
    )
    last = _meetings(text, registries)[-1]
    assert (last.kind, last.status, last.participants, last.date.value) == (
        "symposium",
        "planned",
        ["ines-halvorsen"],
        "2016-07-07",
    )
    assert [m.kind for m in _meetings(text, registries)].count("visit") == 0
    visit = text.replace("attend a seminar on talent mobility co-hosted by IOM and", "visit the port of entry of")
    assert [m.kind for m in _meetings(visit, registries)][-1] == "visit"


# Lane i11s30m: a spokesperson's press (news) conference meets no one; a conference a body holds is one.
@pytest.mark.parametrize(
    ("held", "kinds"),
    [
        ("Spokesperson Tang Wenjie held a regular press conference", []),
        ("Spokesperson Tang Wenjie held a news conference", []),
        ("The National Immigration Administration held a conference on border management", ["conference"]),
    ],
)
def test_i11s30m_a_press_conference_is_no_meeting(held, kinds, registries):
    text = f"Briefing\n\ndate 2009-11-19\n\nOn the afternoon of November 19, {held} in Beijing.\n"
    assert [m.kind for m in _meetings(text, registries)] == kinds


# Lane i11s30m: "A delegation led by B attended the third meeting of the Forum in Athens" after a visit told: the
# forum's first report, B's own gathering, not an addition to the visit; "also attended the talks" adds to them.
def test_i11s30m_attending_the_meeting_of_a_named_gathering_is_its_first_report(registries):
    text = (
        "Briefing\n\ndate 2009-11-19\n\nDeputy Director General Ines Halvorsen of the International Organization for"
        " Migration will visit China from November 23 to 27.\n"
        "A delegation led by Vice Foreign Minister Tang Wenjie attended the third meeting of the Forum in Athens from"
        " November 4 to 5.\n"
    )
    visit, forum = _meetings(text, registries)
    assert "tang-wenjie" not in visit.participants
    assert (forum.kind, forum.status, forum.participants, forum.date.value) == (
        "conference",
        "held",
        ["tang-wenjie"],
        "2009-11-04",
    )
    added = text.replace("attended the third meeting of the Forum in Athens from November 4 to 5", "also attended")
    assert [m.participants for m in _meetings(added, registries)] == [["ines-halvorsen", "tang-wenjie"]]


# Lane i11s30m: "The two sides agreed to hold their annual consultations in Beijing in October": consultations to come
# of the two sides' bodies; consultations they only praised are none.
@pytest.mark.parametrize(
    ("words", "planned"),
    [
        ("agreed to hold their annual consultations in Beijing in October", 1),
        ("agreed to hold their next annual consultations in Beijing in October", 1),
        ("praised their annual consultations in Beijing", 0),
    ],
)
def test_i11s30m_consultations_the_two_sides_agreed_to_hold(words, planned, registries):
    text = (
        "Call\n\ndate 2020-04-24\n\nIOM Deputy Director General Ines Halvorsen on Thursday held a video call with Vice"
        f" Minister Tang Wenjie of the National Immigration Administration.\nThe two sides {words}.\n"
    )
    later = [m for m in _meetings(text, registries) if m.status == "planned"]
    assert [(m.organizations, m.date.value, m.place) for m in later] == [
        (["iom", "nia-china"], "2020-10", "beijing")
    ] * planned


# Lane i11s30m: "the high-level meeting on X to be held by the IOM Council in Geneva in November": a gathering to come
# of the one body that holds it; one held by two bodies, or one already held, is not this rule's.
@pytest.mark.parametrize(
    ("words", "planned"),
    [
        ("the high-level meeting on labour migration to be held by the IOM Council in Geneva in November", 1),
        ("the special session on labour migration, which will be held by the IOM Council in Geneva in November", 1),
        ("the high-level meeting to be held by the IOM Council and UNHCR in Geneva in November", 0),
        ("the high-level meeting on labour migration held by the IOM Council in Geneva in May", 0),
    ],
)
def test_i11s30m_a_gathering_to_be_held_by_a_body(words, planned, registries):
    text = (
        "Call\n\ndate 2021-06-18\n\nOn June 17, Vice Foreign Minister Tang Wenjie held a video call with IOM Deputy"
        f" Director General Ines Halvorsen.\nThe two sides exchanged views on {words}.\n"
    )
    later = [m for m in _meetings(text, registries) if m.status == "planned"]
    assert [(m.organizations, m.date.value) for m in later] == [(["iom-council"], "2021-11")] * planned


# Lane i11s31m: ", and Commissioner of the National Immigration Administration B will hold talks with him": a clause of
# its own whose subject's post joins words with "of the"; B meets the visitor, never the first clause's subject.
@pytest.mark.parametrize(
    "post",
    [
        "Commissioner of the National Immigration Administration",
        "Director General for the Department of Consular Affairs",
    ],
)
def test_i11s31m_a_clause_of_its_own_after_a_post_with_of_the(post, registries):
    text = (
        "Press conference\n\ndate 2023-05-16\n\nA: IOM Director General António Vitorino will visit China from May 22"
        " to 26. During the visit, Foreign Minister Qin Gang will meet with him in Beijing, and"
        f" {post} Tang Wenjie will hold talks with him.\n"
    )
    pairs = {frozenset(m.participants) for m in _meetings(text, registries) if m.kind == "bilateral_talks"}
    assert pairs == {frozenset({"qin-gang", "antonio-vitorino"}), frozenset({"tang-wenjie", "antonio-vitorino"})}


# Lane i11s31m: "A and B will hold a launch event for the project in Dhaka next month": a launch to come of its
# holders; a hope to hold one is none.
@pytest.mark.parametrize(
    ("verb", "launches"),
    [("will hold", 1), ("plan to host", 1), ("hope to hold", 0)],
)
def test_i11s31m_a_launch_event_to_come(verb, launches, registries):
    text = (
        "Signing\n\ndate 2022-08-19\n\nOn August 18, CIDCA and IOM signed an agreement on shelter for refugees."
        f" CIDCA and IOM {verb} a launch event for the project in Dhaka next month.\n"
    )
    found = [m for m in _meetings(text, registries) if m.kind == "launch"]
    assert [(m.status, m.organizations, m.date.value) for m in found] == [
        ("planned", ["cidca", "iom"], "2022-09")
    ] * launches


# Lane i11s31m: "A, B and C attended and addressed the ceremony": each attended the handover just reported and gave a
# speech within it; "attended the ceremony" alone gives no speech.
@pytest.mark.parametrize(("verb", "speeches"), [("attended and addressed", 3), ("attended", 0)])
def test_i11s31m_attended_and_addressed_the_ceremony(verb, speeches, registries):
    text = (
        "Handover\n\nUpdated: 2023-07-20\n\nOn July 18, the handover ceremony of China's food assistance to displaced"
        " people, implemented by IOM, was held in Mogadishu. Chinese Ambassador Tang Wenjie, Minister of Humanitarian"
        f" Affairs Ahmed Warsame and IOM Chief of Mission Ines Halvorsen {verb} the ceremony.\n"
    )
    meetings = _meetings(text, registries)
    handover = next(m for m in meetings if m.kind == "signing")
    assert set(handover.participants) == {"tang-wenjie", "ahmed-warsame", "ines-halvorsen"}
    given = [m for m in meetings if m.kind == "speech"]
    assert len(given) == speeches
    assert all(meetings[m.parent] is handover for m in given)


# Lane i11s31m: "A second batch will be handed over by the Embassy to B next week": a handover to come of the last
# handover's giver, referred back; one "by" another body is not sure to be of that giver.
@pytest.mark.parametrize(("by", "planned"), [("by the Embassy ", 1), ("", 1), ("by UNHCR ", 0)])
def test_i11s31m_a_second_handover_by_its_giver(by, planned, registries):
    text = (
        "Handover\n\n2016-03-02\n\nOn March 1, Chinese Ambassador to Fiji Tang Wenjie attended the handover ceremony"
        " of shelter materials donated by the Chinese government to cyclone victims in Suva. Ms. Ines Halvorsen, Head of"
        f" Office of IOM Fiji, attended the ceremony.\nA second batch of materials will be handed over {by}to IOM Fiji"
        " next week.\n"
    )
    later = [m for m in _meetings(text, registries) if m.status == "planned"]
    assert len(later) == planned
    assert all(m.kind == "signing" and len(m.organizations) == 2 for m in later)


# Lane i11s31m: "... received the keys on Monday, at a handover ceremony in X": the handover, of those who spoke at
# its ceremony; "the May 12 earthquake" dates the disaster, never the handover.
def test_i11s31m_a_handover_ceremony_its_speakers_attended(registries):
    text = (
        "MIANYANG, Sichuan - Some 900 families who lost their homes in the May 12 earthquake received the keys to"
        " new houses on Monday, at a handover ceremony in Mianyang.\nPär Liljert, head of the IOM office in China, said at"
        " the ceremony that the houses would withstand future quakes.\n"
    )
    meetings = _meetings(text, registries, "2008-11-25")
    handover = next(m for m in meetings if m.kind == "signing")
    assert (handover.participants, handover.date.value) == (["par-liljert"], "2008-11-24")
    unspoken = text.split("\n")[0] + "\n"
    assert [m for m in _meetings(unspoken, registries, "2008-11-25") if m.kind == "signing"] == []


# Lane i11s31m: "is scheduled to leave for X on Wednesday to meet local officials": the traveller's talks to come
# there, that day; local residents met are no talks.
@pytest.mark.parametrize(("whom", "talks"), [("local public security officials", 1), ("local residents", 0)])
def test_i11s31m_a_leg_to_meet_local_officials(whom, talks, registries):
    text = (
        "BEIJING, Sept. 12 (Xinhua) -- Vice Minister Tang Wenjie held talks here Monday with Ines Halvorsen, deputy"
        " director general of the International Organization for Migration (IOM).\nHalvorsen arrived in Beijing on"
        f" Saturday for a five-day visit to China. She is scheduled to leave for Fuzhou on Wednesday to meet {whom}.\n"
    )
    found = [m for m in _meetings(text, registries, "2005-09-12") if m.kind == "working_talks"]
    assert [(m.status, m.participants, m.date.value) for m in found] == [
        ("planned", ["ines-halvorsen"], "2005-09-14")
    ] * talks


# Lane i11s31m: "met separately with officials of A and of B": a meeting with each body; "met with officials of A and
# B": one with them all.
@pytest.mark.parametrize(("adverb", "meetings"), [("separately ", 2), ("", 1)])
def test_i11s31m_met_separately_with_officials_of_two_bodies(adverb, meetings, registries):
    text = (
        "Visit\n\ndate 2011-06-20\n\nIn Beijing on Tuesday, UNHCR Assistant High Commissioner Ines Halvorsen held talks"
        f" with Vice Foreign Minister Tang Wenjie. She also met {adverb}with officials of the Ministry of Public Security"
        " and of the National Immigration Administration.\n"
    )
    found = [m for m in _meetings(text, registries) if "tang-wenjie" not in m.participants]
    assert len(found) == meetings
    assert {o for m in found for o in m.organizations} >= {"mps-china", "nia-china"}


# Lane i11s31m: "The call followed the handover last week of masks donated by A to B": a handover told by its noun, of
# the two bodies; "the two sides" after it are still the call's.
def test_i11s31m_a_handover_told_by_its_noun_is_no_side(registries):
    text = (
        "Call\n\nPosted: 04/24/20\n\nIOM Director General António Vitorino on Thursday (23/04) held a video call with"
        " Xu Ganlu, Commissioner of the National Immigration Administration (NIA).\nThe call followed the handover last"
        " week of 50,000 face masks donated by the NIA to the IOM office in China.\nThe two sides agreed to hold their"
        " annual consultations in Beijing in October.\n"
    )
    meetings = _meetings(text, registries)
    handover = next(m for m in meetings if m.kind == "signing")
    assert (handover.organizations, handover.date.precision) == (["nia-china", "iom-china"], "week")
    planned = next(m for m in meetings if m.status == "planned")
    assert set(planned.organizations) == {"iom", "nia-china"}


# Lane i11s31m: "is expected to visit China in November for talks with A and B": the visit's one purpose, talks with
# both bodies; "will hold talks with A and B" there are a meeting with each.
@pytest.mark.parametrize(
    ("words", "groups"),
    [
        ("is expected to visit China in November for talks with", [["mfa-china", "mps-china"]]),
        ("will hold talks in Beijing in November with", [["mfa-china"], ["mps-china"]]),
    ],
)
def test_i11s31m_a_visit_for_talks_with_two_bodies(words, groups, registries):
    text = (
        f"Contribution\n\ndate 2013-10-09\n\nIOM Director General William Lacy Swing {words} the Ministry of Foreign"
        " Affairs and the Ministry of Public Security.\n"
    )
    talks = [m for m in _meetings(text, registries) if m.kind.endswith("talks")]
    assert [(m.status, m.participants, m.organizations) for m in talks] == [
        ("planned", ["william-lacy-swing"], orgs) for orgs in groups
    ]


# Lane i11s31m: "A delegation of X, led by A, title, is in Egypt this week to learn about ...": the delegation's stay
# that week, of its leader and the body that sent it; goods said to be there are no one's stay.
@pytest.mark.parametrize(
    ("subject", "stays"),
    [
        (
            "A delegation of the National Immigration Administration, led by Tang Wenjie, Deputy Director General of"
            " the Department of International Cooperation of the National Immigration Administration,",
            1,
        ),
        ("Tang Wenjie said 300 tonnes of rice donated by the National Immigration Administration", 0),
    ],
)
def test_i11s31m_a_delegation_in_a_country_this_week(subject, stays, registries):
    text = f"Cairo, 14 April 2010 - {subject} is in Egypt this week to learn about labour migration.\n"
    found = _meetings(text, registries, "2010-04-14")
    assert [(m.participants, m.organizations, m.date.value) for m in found] == [
        (["tang-wenjie"], ["nia-china"], "2010-W15")
    ] * stays


# Lane i11s31g: "delivered a speech at the opening of a seminar ..., hosted by B": the seminar, B's, with the speaker,
# and the speech within it, on "the previous day" of the meeting told above; "the opening of the seminar", no host
# named, adds no gathering.
@pytest.mark.parametrize(
    ("words", "gatherings"),
    [
        ("at the opening of a seminar on labour migration for officials from Pacific countries, hosted by UNHCR", 1),
        ("at the opening ceremony of a regional seminar on labour migration, co-hosted by UNHCR", 1),
        ("at the opening of the seminar", 0),
    ],
)
def test_i11s31g_a_speech_at_the_opening_of_a_gathering(words, gatherings, registries):
    text = (
        "Meeting\n\ndate 2025-04-18\n\nOn April 17, Vice Foreign Minister Tang Wenjie met in Beijing with Ines"
        f" Halvorsen, Deputy Director General of IOM.\nThe previous day, Halvorsen delivered a speech {words} in"
        " Beijing.\n"
    )
    meetings = _meetings(text, registries)
    seminars = [m for m in meetings if m.kind == "symposium"]
    assert [(m.organizations, m.participants, m.date.value) for m in seminars] == [
        (["unhcr"], ["ines-halvorsen"], "2025-04-16")
    ] * gatherings
    if gatherings:
        speech = meetings[-1]
        assert (speech.kind, speech.parent, speech.organizations, speech.date.value) == (
            "speech",
            meetings.index(seminars[0]),
            [],
            "2025-04-16",
        )


# Lane i11s31g: "on Thursday addressed the closing ceremony of a three-day workshop": the workshop began two days
# before; "the opening ceremony" of it began that day.
@pytest.mark.parametrize(
    ("part", "first"), [("closing ceremony of a", "2012-06-05"), ("opening ceremony of the", "2012-06-07")]
)
def test_i11s31g_the_closing_of_a_workshop_of_days(part, first, registries):
    text = (
        "Mission\n\ndate 2012-06-08\n\nIn Geneva on Thursday, IOM Deputy Director General Ines Halvorsen addressed the"
        f" {part} three-day workshop on refugee law for police officers, organized by UNHCR.\n"
    )
    workshop, speech = _meetings(text, registries)
    assert (workshop.kind, workshop.date.value, workshop.organizations) == ("symposium", first, ["unhcr"])
    assert (speech.kind, speech.parent, speech.date.value) == ("speech", 0, "2012-06-07")


# Lane i11s31g: "Officials ... met in Geneva on Tuesday for a ministerial meeting on X": a gathering, that the speech
# "at the meeting" is within; "met B at a meeting" introduces none.
@pytest.mark.parametrize(
    ("opening", "gathering"),
    [
        (
            "Senior officials from four countries met in Geneva on Tuesday for a ministerial meeting on border security.",
            1,
        ),
        ("Officials gathered in Geneva on Tuesday for a three-day regional review of the Global Compact.", 1),
        ("Tang Wenjie met Ines Halvorsen at a meeting in Geneva on Tuesday.", 0),
    ],
)
def test_i11s31g_people_gathered_for_a_meeting(opening, gathering, registries):
    text = (
        f"Meeting\n\ndate 2025-06-11\n\n{opening}\nVice Minister Zhou Anping delivered a keynote speech at the"
        " meeting.\n"
    )
    meetings = _meetings(text, registries)
    gatherings = [m for m in meetings if m.kind == "conference"]
    assert [(m.date.value, m.place) for m in gatherings] == [("2025-06-10", "geneva")] * gathering
    if gathering:
        assert "zhou-anping" in gatherings[0].participants
        assert (meetings[-1].kind, meetings[-1].parent) == ("speech", meetings.index(gatherings[0]))


# Lane i11s31g: "the first Global X Forum, which UNHCR will convene in Geneva in December", "the UN High-Level Dialogue
# on X to be held in New York in September": a gathering to come, of the one body that convenes it or whose name opens
# its own; none convened by two, none whose name is no body's, none held already.
@pytest.mark.parametrize(
    ("words", "host"),
    [
        ("the first Global Mobility Forum, which UNHCR will convene in Geneva in December", "unhcr"),
        ("the UN High-Level Dialogue on Migration and Development to be held in Geneva in December", "united-nations"),
        ("the first Global Mobility Forum, which UNHCR and its partners will convene in Geneva in December", None),
        ("the International Dialogue on Migration to be held in Geneva in December", None),
        ("the UN High-Level Dialogue on Migration and Development held in Geneva in December", None),
    ],
)
def test_i11s31g_a_named_gathering_to_come(words, host, registries):
    text = (
        "Meeting\n\ndate 2019-03-13\n\nOn March 12, Vice Foreign Minister Tang Wenjie met in Beijing with Ines"
        f" Halvorsen.\nThe two exchanged views on the preparations for {words}.\n"
    )
    later = [m for m in _meetings(text, registries) if m.status == "planned"]
    assert [(m.organizations, m.date.value, m.place) for m in later] == (
        [([host], "2019-12", "geneva")] if host else []
    )


# Lane i11s31g: "will also travel to X, where he will attend a seminar ... and deliver a keynote speech": the seminar
# within the trip, on its days, and his planned speech within the seminar; "attend a seminar" alone gives no speech.
@pytest.mark.parametrize(("words", "speeches"), [(" and deliver a keynote speech", 1), ("", 0)])
def test_i11s31g_a_seminar_and_its_speech_on_a_trip(words, speeches, registries):
    text = (
        "Briefing\n\ndate 2023-05-16\n\nIOM Deputy Director General Ines Halvorsen will visit China from May 22 to 26."
        " She will also travel to Shanghai, where she will attend a seminar on labour migration co-hosted by IOM and"
        f" UNHCR{words}.\n"
    )
    meetings = _meetings(text, registries)
    seminar = next(m for m in meetings if m.kind == "symposium")
    assert (seminar.status, seminar.parent, seminar.participants, seminar.date.value) == (
        "planned",
        0,
        ["ines-halvorsen"],
        "2023-05-22",
    )
    given = [m for m in meetings if m.kind == "speech"]
    assert [(m.status, m.parent, m.participants) for m in given] == [
        ("planned", meetings.index(seminar), ["ines-halvorsen"])
    ] * speeches


# Lane i11s31g: "On Tuesday, officers of B gave lectures on X" after a course opened: B's lecture within the course,
# on its day; lectures only talked about are none.
@pytest.mark.parametrize(
    ("words", "lectures"),
    [("officers of UNHCR gave lectures on refugee law", 1), ("the lectures on refugee law were well received", 0)],
)
def test_i11s31g_lectures_given_at_a_course(words, lectures, registries):
    text = (
        "Course\n\ndate 2014-11-19\n\nA five-day training course on refugee law for border officers opened on Monday in"
        " Beijing, organized by IOM.\n"
        f"On Tuesday, {words}.\n"
    )
    meetings = _meetings(text, registries)
    given = [(m.kind, m.parent, m.organizations, m.date.value) for m in meetings[1:]]
    assert given == [("speech", 0, ["unhcr"], "2014-11-18")] * lectures


# Lane i11s31e: entities and topics. A helper drafting one Xinhua-style dispatch.
def _i11s31e_draft(body: str, registries):
    return draft_article("t", f"Talks\n\nBEIJING, May 2 (Xinhua) -- {body}\n", registries, [])


def _i11s31e_new(body: str, registries, kind: str = "organizations") -> list[str]:
    return [e.fields["name"] for e in _i11s31e_draft(body, registries).new_entries if e.kind == kind]


# Lane i11s31e: a rank with its service after it ("Colonel of Police", "Major General of Justice") is a form of address
# before a name: the person is proposed, no body named "Colonel of Police ..."; a body of the police is one still.
@pytest.mark.parametrize(
    ("sentence", "person", "bodies"),
    [
        ("Also present was Colonel of Police Ivo Lindqvist, head of the Migration Board.", "Ivo Lindqvist", []),
        ("Also present was Major General of Justice Ada Kemperova.", "Ada Kemperova", []),
        ("Also present was Lieutenant Colonel of the Police Ivo Lindqvist.", "Ivo Lindqvist", []),
        (
            "Officials of the Police Department of Karaganda city also attended.",
            None,
            ["Police Department of Karaganda city"],
        ),
    ],
)
def test_i11s31e_a_rank_of_a_service_before_a_name(sentence, person, bodies, registries):
    draft = _i11s31e_draft(sentence, registries)
    people = [e.fields["name"] for e in draft.new_entries if e.kind == "people"]
    assert people == ([person] if person else [])
    assert [
        e.fields["name"]
        for e in draft.new_entries
        if e.kind == "organizations" and e.fields["name"] != "Migration Board"
    ] == bodies


# Lane i11s31e: a law named after a body ("Exit and Entry Administration Law") is no organization; a body whose field
# holds "Law" ("Department of Treaty and Law", "Institute of International Law") is one.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("He welcomed the new Exit and Entry Administration Law on Monday.", []),
        ("He explained the Immigration Service Act to the delegation.", []),
        ("He met officials of the Department of Treaty and Law.", ["Department of Treaty and Law"]),
        ("He lectured at the Institute of International Law.", ["Institute of International Law"]),
    ],
)
def test_i11s31e_a_law_is_no_organization(sentence, names):
    assert [c.name for c in organization_candidates(sentence)] == names


# Lane i11s31e: "Deputy Minister of X of the Republic of Y Ada Kemp": her ministry is proposed under the title's words,
# the formal state's name kept; China's gives none.
@pytest.mark.parametrize(
    ("sentence", "ministry"),
    [
        (
            "Deputy Minister of Internal Affairs of the Republic of Uzbekistan Ada Kemp received the delegation.",
            "Ministry of Internal Affairs of the Republic of Uzbekistan",
        ),
        ("Minister of the Interior of Niger Ada Kemp received the delegation.", "Ministry of the Interior of Niger"),
        ("Vice Minister of Public Security of the People's Republic of China Ada Kemp received the delegation.", None),
    ],
)
def test_i11s31e_a_foreign_minister_s_ministry_of_the_republic(sentence, ministry, registries):
    draft = _i11s31e_draft(sentence, registries)
    inferred = [e.fields["name"] for e in draft.new_entries if e.kind == "organizations"]
    assert inferred == ([ministry] if ministry else [])
    if ministry:
        (role,) = [r for r in draft.roles if r.person == "ada-kemp"]
        assert draft.names["organizations", role.organization] == ministry


# Lane i11s31e: an international body's acronym before the name of its part ("UN General Assembly", "IOM Department of
# X", "UNHCR Regional Representation in Beijing") is no mention of the body; a Chinese agency's ("NIA Department of X")
# stays one, as the set annotates it.
@pytest.mark.parametrize(
    ("sentence", "acronym", "mentioned"),
    [
        ("He met the director of the IOM Department of Partnerships on Monday.", "IOM", False),
        ("She attended a reception hosted by the UNHCR Regional Representation in Beijing.", "UNHCR", False),
        ("He spoke at the UN General Assembly in New York on Monday.", "UN", False),
        ("He met the director of the NIA Department of Border Control on Monday.", "NIA", True),
    ],
)
def test_i11s31e_an_international_body_s_acronym_before_its_part(sentence, acronym, mentioned, registries):
    draft = _i11s31e_draft(sentence, registries)
    at = draft.text.index(acronym + " ")
    assert any(m.start == at and m.end == at + len(acronym) for m in draft.mentions) == mentioned
    assert len([e for e in draft.new_entries if e.kind == "organizations"]) == 1


# Lane i11s31e: the office of an international body written with its owner and its seat is proposed under that whole
# name, at the owner; an office named with no seat keeps its own name.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "He met the Director of the Special Liaison Office of the International Organization for Migration (IOM) in"
            " Addis Ababa.",
            "Special Liaison Office of the International Organization for Migration (IOM) in Addis Ababa",
        ),
        (
            "He met the Director of the Special Liaison Office of the International Organization for Migration (IOM)"
            " on Monday.",
            "Special Liaison Office",
        ),
    ],
)
def test_i11s31e_an_international_body_s_office_and_its_seat(sentence, name, registries):
    draft = _i11s31e_draft(sentence, registries)
    (office,) = [e.fields for e in draft.new_entries if e.kind == "organizations"]
    assert office["name"] == name
    assert office.get("parent") == ("iom" if "Addis" in name else office.get("parent"))


# Lane i11s31e: a body named before its own part ("the African Union" after "the African Union Commission") is a body
# of its own, not a reference back; "the Regional Office" after "the Regional Office for Africa" is one.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "He called on the Chair of the African Union Commission at the headquarters of the African Union.",
            ["African Union Commission", "African Union"],
        ),
        (
            "He visited the Regional Office for Southern Africa. The Regional Office thanked him.",
            ["Regional Office for Southern Africa"],
        ),
    ],
)
def test_i11s31e_a_body_before_its_part_is_no_reference_back(sentence, names, registries):
    assert _i11s31e_new(sentence, registries) == names


# Lane i11s31e: "According to the Ministry of Public Security, it will hold talks with the Lao Ministry of Public
# Security": the bare name, set apart from another country's in its sentence, is China's in a text that places itself
# in China; named after that country's, it refers back to it.
@pytest.mark.parametrize(
    ("sentence", "mentioned"),
    [
        (
            "According to the Ministry of Public Security, it will meet the Lao Ministry of Public Security in Vientiane.",
            True,
        ),
        ("The Lao Ministry of Public Security said the Ministry of Public Security would come to Vientiane.", False),
    ],
)
def test_i11s31e_a_countryless_name_set_apart_from_another_country_s(sentence, mentioned, registries):
    text = (
        "Talks\n\nChina held talks with Laos in Kunming, China, on Monday. China and China's police thanked the guests in"
        f" Beijing. {sentence}\n"
    )
    draft = draft_article("t", text, registries, [])
    assert any(m.entity_id == "mps-china" for m in draft.mentions) == mentioned


# Lane i11s31e: an outlet an interviewee speaks to by its acronym ("told CGTN that") is proposed; a registered body or
# an acronym that is no outlet's place is not.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ivo Lind, a researcher, told CGTN that the talks went well.", ["CGTN"]),
        ("Ivo Lind, a researcher, told CGTN in an interview that the talks went well.", ["CGTN"]),
        ("Ivo Lind told IOM that the talks went well.", []),
        ("Ivo Lind told ASEAN members the talks went well.", []),
    ],
)
def test_i11s31e_an_outlet_told(sentence, names, registries):
    assert _i11s31e_new(sentence, registries) == names


# Lane i11s31e: a theme on people is named with the people before it ("migrant integration", "migrant smuggling") or
# after ("smuggling of migrants"), and "migrant workers" for "migrants"; a plain "migrant" phrase is none.
@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The two sides agreed that IOM will share its experience on migrant integration.", "migrant-integration"),
        ("Ivo Lind said the rights of migrant workers must be protected.", "migrant-rights"),
        ("Ivo Lind called for joint action against the smuggling of migrants.", "human-trafficking-and-smuggling"),
        ("Ivo Lind visited a migrant centre.", None),
    ],
)
def test_i11s31e_a_theme_with_its_people_before_or_after(sentence, topic, registries):
    draft = _i11s31e_draft(sentence, registries)
    assert [m.entity_id for m in draft.mentions if m.kind == "topics"] == ([topic] if topic else [])


# Lane i11s31e: an international body's office named by a country CLDR writes with a bracket ("IOM Myanmar" of "Myanmar
# (Burma)") is proposed as the office; a Chinese body before a country's name is none.
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Officials of the provincial police and representatives of IOM Myanmar also attended the talks.",
            ["IOM Myanmar"],
        ),
        ("Officials of the NIA Myanmar desk also attended the talks.", []),
    ],
)
def test_i11s31e_an_office_by_a_country_s_short_name(sentence, names, registries):
    assert _i11s31e_new(sentence, registries) == names


# Lane i11s31e: a reception "hosted by the UNHCR Regional Representation in Beijing" takes place in the office's seat;
# "the Embassy in Beijing, China" leaves the wider place its own.
@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Vice Minister Tang Wenjie attended a reception hosted by the UNHCR Regional Representation in Beijing.",
            "beijing",
        ),
        (
            "Vice Minister Tang Wenjie visited the UNHCR Regional Representation in Beijing, China.",
            "china",
        ),
    ],
)
def test_i11s31e_an_office_s_seat_is_a_meeting_s_place(sentence, place, registries):
    [meeting] = _meetings(f"News\n\nOSLO, May 3 (Xinhua) -- {sentence}\n", registries)
    assert meeting.place == place


# Lane i11s31d: a sum the text names by another word ("a contribution ... The cheque was presented") is one gift, on
# the day the sentence before gives it; goods of another kind ("The tents") are not that gift.
@pytest.mark.parametrize(("gift", "day"), [("cheque", "2013-05-13"), ("donation", "2013-05-13"), ("tents", None)])
def test_i11s31d_a_sum_named_by_another_word_is_one_gift(gift, day, registries):
    text = (
        "Norway supports IOM\n\ndate 2013-05-14\n\nGeneva - Norway yesterday (13/5) handed over a contribution of USD"
        f" 200,000 to IOM for migrants stranded by floods.\nThe {gift} was presented to IOM Director General William"
        " Lacy Swing by Ambassador Ola Brekke, Permanent Representative of Norway to the UN Office at Geneva, at a"
        " ceremony at IOM headquarters.\n"
    )
    [handover] = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert (handover.date.value if handover.date else None) == day


# Lane i11s31d: "Earlier in the day" counts from the meeting above dated by a day, past a gathering someone mentions
# that is dated by a week ("the session held in Geneva last week").
@pytest.mark.parametrize(
    "between",
    ["", " Tang welcomed the decision of the special session of the IOM Council held in Geneva last week."],
)
def test_i11s31d_the_same_day_counts_from_a_meeting_dated_by_a_day(between, registries):
    text = (
        "Talks\n\ndate 2016-07-06\n\nOn the afternoon of July 5, Vice Foreign Minister Tang Wenjie met in Beijing with"
        " IOM Director General William Lacy Swing, who is visiting China from July 4 to 8."
        f"{between}\n\nEarlier in the day, Swing held talks with Vice Minister of Public Security Bo Kang.\n"
    )
    [talks] = [m for m in _meetings(text, registries) if "bo-kang" in m.participants]
    assert (talks.date.value, talks.date.quote) == ("2016-07-05", "Earlier in the day")


# Lane i11s31d: "After the meeting, A and B witnessed the signing of an agreement. C and D signed it.": the phrase that
# opens the sentence before dates the signing; never across a paragraph, nor one that sentence tells of its own.
@pytest.mark.parametrize(
    ("before", "day"),
    [
        ("After the meeting, Tang and Swing witnessed the signing of an agreement on return. ", "2025-04-17"),
        ("After the meeting, Tang and Swing witnessed the signing of an agreement on return.\n\n", None),
        ("Tang and Swing witnessed the signing of an agreement on return. ", None),
    ],
)
def test_i11s31d_after_the_meeting_opening_the_sentence_before(before, day, registries):
    text = (
        "Talks\n\ndate 2025-04-18\n\nOn April 17, Vice Chairman Tang Wenjie met in Beijing with IOM Director General"
        f" William Lacy Swing.\n\n{before}Bo Kang, Director General of the Department of International Partnerships, and"
        " Ola Brekke, IOM Chief of Mission in Myanmar, signed the agreement.\n"
    )
    [signing] = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert (signing.date.value if signing.date and signing.date.quote != "April 17" else None) == day


# Lane i11s31d: "After the video call, the two sides signed ...": the call's day.
def test_i11s31d_after_the_video_call(registries):
    text = (
        "Call\n\ndate 2022-08-19\n\nOn August 18, Vice Chairman Tang Wenjie held a video call with IOM Director"
        " General William Lacy Swing.\n\nAfter the video call, the two sides signed an agreement on shelter.\n"
    )
    [signing] = [m for m in _meetings(text, registries) if m.kind == "signing"]
    assert (signing.date.value, signing.date.quote) == ("2022-08-18", "After the video call")


# Lane i11s31d: "A will also travel to Guangzhou, where he will attend a seminar": a gathering on a leg of the trip,
# within it and on its days; one with a day of its own is within it too (as fresh15/z02 has it) and keeps its day.
@pytest.mark.parametrize(("when", "day", "within"), [("", "2023-05-22", 0), (" on May 24", "2023-05-24", 0)])
def test_i11s31d_a_gathering_on_a_leg_of_a_trip(when, day, within, registries):
    text = (
        "Briefing\n\ndate 2023-05-16\n\nIOM Director General William Lacy Swing will visit China from May 22 to 26."
        " Director General Swing will also travel to Guangzhou, where he will attend a seminar on migrant integration"
        f" co-hosted by IOM and Sun Yat-sen University{when} and deliver a keynote speech.\n"
    )
    [seminar] = [m for m in _meetings(text, registries) if m.kind == "symposium"]
    assert (seminar.parent, seminar.date.value) == (within, day)


# Lane i11s31d: "a delegation of the International Organization for Migration (IOM) led by" X: X's post is at it.
def test_i11s31d_a_delegation_of_a_body_with_its_acronym_led_by(registries):
    text = (
        "Talks\n\ndate 2015-05-16\n\nOn May 15, Vice Minister of Public Security Bo Kang met in Beijing with a"
        " delegation of the International Organization for Migration (IOM) led by Deputy Director General Ola Brekke.\n"
    )
    [role] = [r for r in draft_article("t", text, registries, []).roles if r.person == "ola-brekke"]
    assert role.organization == "iom"


# Lane i11s31d: a reporting verb inside a quotation ('"... must be discussed together," she said') is not the
# sentence's: the one after it is, and the pronoun there stands for the speaker before.
@pytest.mark.parametrize(
    "quote", ['"Migration must be discussed together," she said.', '"We welcomed the plan," she said.']
)
def test_i11s31d_a_verb_inside_a_quotation_is_not_the_sentence_s(quote):
    text = f"Mara Odel told the seminar that remittances exceed aid. {quote} Bo Kang opened the meeting."
    people = _people(text, {"Mara Odel": "odel", "Bo Kang": "bo"})
    assert speakers(text, split_sentences(text), people)[:2] == ["odel", "odel"]


# Lane i11s31d: "Deputy Minister of Internal Affairs of the Republic of Kazakhstan": the country's ministry, proposed
# under the title's own words; a "Republic of" that names no country gives none.
@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("the Republic of Kazakhstan", "Ministry of Internal Affairs of the Republic of Kazakhstan"),
        ("Kazakhstan", "Ministry of Internal Affairs of Kazakhstan"),
        ("the Republic of Atlantis", None),
    ],
)
def test_i11s31d_a_minister_of_a_republic_of_a_country(country, name, registries):
    text = (
        f"Talks\n\ndate 2017-06-09\n\nOn 8 June 2017, Deputy Minister of Internal Affairs of {country} Marat Oskenov"
        " received in Astana a delegation of the Ministry of Public Security of China.\n"
    )
    draft = draft_article("t", text, registries, [])
    [role] = [r for r in draft.roles if r.person == "marat-oskenov"]
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    assert names.get(role.organization) == name


# Lane i11s31d: "Myanmar", a country CLDR names "Myanmar (Burma)": a post "of Myanmar" or "in Myanmar" is at its
# ministry or office there, as of any country; a place that is no country gives none.
@pytest.mark.parametrize(
    ("where", "ministry", "office"),
    [
        ("Myanmar", "Ministry of Home Affairs of Myanmar", "IOM Myanmar"),
        ("Burma Province", None, None),
    ],
)
def test_i11s31d_a_post_of_or_in_myanmar(where, ministry, office, registries):
    text = (
        f"Talks\n\ndate 2025-04-18\n\nOn April 17, Bo Kang, Deputy Minister for Home Affairs of {where}, met Ola Brekke,"
        f" IOM Chief of Mission in {where}, in Beijing.\n"
    )
    draft = draft_article("t", text, registries, [])
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries if e.kind == "organizations"}
    roles = {r.person: names.get(r.organization) for r in draft.roles}
    assert (roles.get("bo-kang"), roles.get("ola-brekke")) == (ministry, office)


# Lane i11s31n: "The agency plans to hold a meeting": the one international organization or agency named before;
# none where another body (no government) could be meant.
@pytest.mark.parametrize(
    ("guest", "bodies"),
    [
        ("Chinese Ambassador Guan Mu", [["unhcr"]]),
        ("IOM's Chief of Mission Bo Lin", []),
        ("Bo Lin, President of the Yunnan Refugee Relief Foundation,", []),
    ],
)
def test_i11s31n_the_agency_refers_back_to_the_one_agency_named(guest, bodies, registries):
    text = (
        f"Bangkok, 9 May 2011 - UNHCR's Regional Representative Ada Kemp met {guest} on Monday. The agency plans to"
        " hold a meeting with donors in Bangkok next month.\n"
    )
    planned = [m for m in _meetings(text, registries, "2011-05-09") if m.status == "planned"]
    assert [m.organizations for m in planned] == bodies


# Lane i11s31n: "In the afternoon, the delegation inspected the clearance channels of the port": a visit of the
# delegation there; never "inspected the travel documents".
@pytest.mark.parametrize(
    ("what", "visits"),
    [("the clearance channels of the port", 1), ("the arrival hall of the airport", 1), ("the travel documents", 0)],
)
def test_i11s31n_a_delegation_inspecting_a_site_visits_it(what, visits, registries):
    text = (
        "Bangkok, 9 May 2011 - A delegation from the National Immigration Administration led by Tang Wenjie held"
        f" talks with IOM in Bangkok on 3 May. In the afternoon, the delegation inspected {what}.\n"
    )
    found = [m for m in _meetings(text, registries, "2011-05-09") if m.kind == "visit"]
    assert [(m.participants, m.organizations, m.date.value) for m in found] == [
        (["tang-wenjie"], ["nia-china"], "2011-05-03")
    ] * visits


# Lane i11s31n: "On Tuesday, A called on officials of the Department of B to discuss C": a call on the body's officials;
# undated, or urging them to act, no call.
@pytest.mark.parametrize(
    ("sentence", "calls"),
    [
        ("On Tuesday, Tang Wenjie called on officials of the Ministry of Foreign Affairs to discuss visa policy.", 1),
        ("Tang Wenjie called on officials of the Ministry of Foreign Affairs to discuss visa policy openly.", 0),
        ("On Tuesday, Tang Wenjie called on officials of the Ministry of Foreign Affairs to ease visa rules.", 0),
    ],
)
def test_i11s31n_a_dated_call_on_officials_of_a_body(sentence, calls, registries):
    text = f"Beijing, 14 June 2012 - {sentence}\n"
    found = _meetings(text, registries, "2012-06-14")
    assert [(m.kind, m.participants, m.organizations) for m in found] == [
        ("courtesy_meeting", ["tang-wenjie"], ["mfa-china"])
    ] * calls


# Lane i11s32r: the organizations of roles. A governor of a Chinese province the places registry lacks holds the post in
# its government where the text names the province apart from the title; a Chinese government body's own release gives
# a bare post at a registered Chinese ministry to a pinyin-named holder, though it names another country's ministry of
# that name; a country's official name by its adjective ("Lao People's Democratic Republic") names a foreign ministry;
# "Ambassador of China in X" is the embassy's, and so is a title naming its country beside a mission named elsewhere.


@pytest.mark.parametrize(
    ("dateline", "sentence", "government"),
    [
        (
            "KUNMING, Yunnan",
            "Vice Governor of Yunnan Province Li Wenhai met the IOM delegation.",
            "Yunnan Provincial People's Government",
        ),
        (
            "BEIJING",
            "Hubei Vice Governor Li Wenhai met the IOM delegation. Floods hit Hubei in July.",
            "Hubei Provincial People's Government",
        ),
        (
            "BEIJING",
            "Li Wenhai, vice-governor of Hunan province, met the IOM delegation. Hunan hosts many returnees.",
            "Hunan Provincial People's Government",
        ),
        ("BEIJING", "Vice Governor of Yunnan Province Li Wenhai met the IOM delegation.", None),
        ("BEIJING", "Governor of Ruritania Province Ivo Lind met the IOM delegation in Ruritania.", None),
        ("BEIJING", "Hubei Vice Mayor Li Wenhai met the IOM delegation. Floods hit Hubei in July.", None),
    ],
)
def test_i11s32r_a_governor_of_a_province_the_text_is_about_holds_the_post_in_its_government(
    dateline, sentence, government, registries
):
    draft = _talks(sentence, registries, dateline)
    [role] = draft.roles
    names = {e.fields["id"]: e.fields for e in draft.new_entries}
    assert (names[role.organization]["name"] if role.organization else None) == government


_I11S32R_BRIEFING = (
    "Foreign Ministry Spokesperson Ivo Berg's Regular Press Conference on May 9, 2023\n\n"
    "Q: Could you share more about the talks in Vientiane?\n\n"
    "A: Last week, Assistant Minister of Public Security {holder} held talks in Vientiane with Khamla Sonesack, "
    "Deputy Minister of Public Security of the Lao People's Democratic Republic. The two sides agreed to step up "
    "cooperation.\n"
)


@pytest.mark.parametrize(
    ("holder", "publisher", "organization"),
    [
        ("Li Wenhai", "mfa-china", "mps-china"),
        ("Ada Kemp", "mfa-china", None),  # a name not in pinyin: whose post it is, the text does not say
        ("Li Wenhai", None, None),  # no Chinese government body's own release
    ],
)
def test_i11s32r_a_chinese_government_release_gives_a_bare_post_to_a_pinyin_named_holder(
    holder, publisher, organization, registries
):
    draft = draft_article("t", _I11S32R_BRIEFING.format(holder=holder), registries, [], "2023-05-09", publisher)
    roles = {r.person: r.organization for r in draft.roles}
    assert roles[holder.lower().replace(" ", "-")] == organization
    names = {e.fields["id"]: e.fields for e in draft.new_entries}
    lao = names[roles["khamla-sonesack"]]
    assert (lao["name"], lao["country"]) == (
        "Ministry of Public Security of the Lao People's Democratic Republic",
        "LA",
    )


@pytest.mark.parametrize(
    ("sentence", "embassy"),
    [
        (
            "The talks were attended by the Ambassador of China in Ecuador, Sui Lin, and IOM officials.",
            "Embassy of the People's Republic of China in Ecuador",
        ),
        ("The talks were attended by the Ambassador of Ecuador in China, Ana Ruiz, and IOM officials.", None),
        ("The talks were attended by the Ambassador of China in Quito, Sui Lin, and IOM officials.", None),
    ],
)
def test_i11s32r_an_ambassador_of_china_in_a_country_is_at_its_embassy_there(sentence, embassy, registries):
    draft = _talks(sentence, registries, "QUITO")
    names = {e.fields["id"]: e.fields["name"] for e in draft.new_entries}
    assert [names.get(r.organization or "") for r in draft.roles if "Ambassador" in r.title] == [embassy]


@pytest.mark.parametrize(
    ("sentence", "embassy"),
    [
        (
            "Wang Lin, Counsellor of the Chinese Embassy in Slovakia, and Li Wenhai, Chinese Ambassador to France, met "
            "the IOM delegation.",
            "china-embassy-france",
        ),
        (  # the embassy named in a city is the ambassador's own: no second one inferred
            "Ada Kemp called on Li Wenhai, Chinese Ambassador to Ethiopia, at the Chinese Embassy in Addis Ababa.",
            "chinese-embassy-in-addis-ababa",
        ),
    ],
)
def test_i11s32r_an_ambassador_s_title_naming_the_country_holds_beside_a_mission_the_text_names(
    sentence, embassy, registries
):
    draft = _talks(sentence, registries, "GENEVA")
    assert {r.person: r.organization for r in draft.roles}["li-wenhai"] == embassy
    assert len([e for e in draft.new_entries if "Embassy" in e.fields["name"]]) <= 1


@pytest.mark.parametrize(
    ("speaker", "publisher", "at_the_mission"),
    [
        ("Ambassador Li Wenhai", "china-mission-geneva", True),
        ("Ambassador Li Wenhai", None, False),  # not the mission's own release
        ("Kenyan Ambassador Ivo Lind", "china-mission-geneva", False),  # another country's envoy
    ],
)
def test_i11s32r_the_ambassador_of_a_chinese_mission_s_own_release_is_at_the_mission(
    speaker, publisher, at_the_mission, registries
):
    text = (
        f"Statement by {speaker} at the IOM Council\n\nGeneva, 28 November 2017\n\n"
        "Mr. Chairperson, China thanks the Director General for his report and supports the work of IOM.\n"
    )
    draft = draft_article("t", text, registries, [], "2017-11-28", publisher)
    assert ("china-mission-geneva" in {r.organization for r in draft.roles}) == at_the_mission


# Lane i11s32m: "The Embassy and IOM Thailand will co-host a workshop", "She announced that the Embassy and IOM Thailand
# would host a seminar": a gathering to come of its hosts (never of who announces it), "the Embassy" the one embassy
# where someone named before holds a post; where no embassy was named, IOM Thailand's alone, and none reported (who
# holds it is not sure).
@pytest.mark.parametrize(
    ("post", "plan", "bodies"),
    [
        (
            "Chinese Ambassador to Thailand",
            "The Embassy and IOM Thailand will co-host a workshop",
            [["china-embassy-thailand", "iom-thailand"]],
        ),
        (
            "Chinese Ambassador to Thailand",
            "She announced that the Embassy and IOM Thailand would host a seminar",
            [["china-embassy-thailand", "iom-thailand"]],
        ),
        ("a senior official of the MPS", "The Embassy and IOM Thailand will co-host a workshop", [["iom-thailand"]]),
        ("a senior official of the MPS", "She announced that the Embassy and IOM Thailand would host a seminar", []),
    ],
)
def test_i11s32m_the_embassy_and_a_body_will_host_a_gathering(post, plan, bodies, registries):
    text = (
        f"Bangkok, 9 May 2014 - Lin Hao, {post}, met Ada Kemp, Chief of Mission of IOM Thailand, on Monday. {plan} on"
        " border management in Chiang Mai in September.\n"
    )
    planned = [m for m in _meetings(text, registries, "2014-05-09") if m.status == "planned"]
    assert [(m.participants, m.organizations, m.date.value) for m in planned] == [([], b, "2014-09") for b in bodies]


# Lane i11s32m: "IOM and the Exit and Entry Administration will hold a second course", "it will co-host the next
# ministerial meeting with B": a gathering to come of its holders; never "a course of action".
@pytest.mark.parametrize(
    ("plan", "found"),
    [
        ("IOM and UNHCR will hold a second course for border officers in Kunming in March", 1),
        ("IOM said it will co-host the next ministerial meeting with UNHCR in Kunming in March", 1),
        ("IOM and UNHCR will hold a course of action in March", 0),
        ("IOM and UNHCR will host the next of their visitors in March", 0),
    ],
)
def test_i11s32m_a_course_or_meeting_to_come_of_its_holders(plan, found, registries):
    text = f"Beijing, 9 May 2014 - {plan}.\n"
    planned = [m for m in _meetings(text, registries, "2014-05-09") if m.status == "planned"]
    assert [(m.organizations, m.date.value) for m in planned] == [(["iom", "unhcr"], "2015-03")] * found


# Lane i11s33q: talks told as a noun, as what an event followed or in the passive ("follows talks between A and B",
# "came after a meeting between A and B", "A meeting between A and B took place"): a meeting of the two, never one
# told before nor "between the two sides".
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The contribution follows talks between Ambassador Lin Hao and Director General Ada Kemp on 4 May.", 1),
        ("The grant came after a meeting between Ambassador Lin Hao and Director General Ada Kemp on 4 May.", 1),
        ("The pledge builds on discussions between Ambassador Lin Hao and Director General Ada Kemp on 4 May.", 1),
        ("The grant followed consultations between Ambassador Lin Hao and Director General Ada Kemp on 4 May.", 1),
        ("During consultations between Ambassador Lin Hao and Director General Ada Kemp on 4 May, both spoke.", 1),
        ("A meeting between Ambassador Lin Hao and Director General Ada Kemp took place on 4 May.", 1),
        ("The contribution follows talks between the two sides on 4 May.", 0),
        ("The contribution follows these talks between Ambassador Lin Hao and Director General Ada Kemp.", 0),
    ],
)
def test_i11s33q_talks_told_as_a_noun(sentence, found, registries):
    text = f"Geneva, 9 May 2014 - China handed over a contribution of USD 1 million to IOM. {sentence}\n"
    talks = [m for m in _meetings(text, registries, "2014-05-09") if m.kind == "bilateral_talks"]
    assert [(m.participants, m.date.value) for m in talks] == [(["lin-hao", "ada-kemp"], "2014-05-04")] * found


@pytest.mark.parametrize("talks", ["follows talks between", "follows the talks between"])
def test_i11s33q_talks_told_as_a_noun_after_they_were_reported_are_no_second_meeting(talks, registries):
    text = (
        "Geneva, 9 May 2014 - Ambassador Lin Hao met Director General Ada Kemp on Monday. "
        f"The contribution {talks} Ambassador Lin and Director General Kemp.\n"
    )
    assert len(_meetings(text, registries, "2014-05-09")) == 1


# Lane i11s33q: a speech at the gathering just described, told by a phrase before its speaker ("In a keynote speech,
# A said", "In a video address", "Delivering the keynote", "Closing the seminar", "Chairing the seminar", "Opening
# the meeting", "Speaking to the participants"): A's speech within it; never "In a statement" nor "Speaking to
# reporters", nor "Opening the meeting" after talks (the chair's words).
@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("In a keynote speech", 1),
        ("In a video address", 1),
        ("In his opening remarks", 1),
        ("Delivering the keynote", 1),
        ("Opening the meeting", 1),
        ("Closing the seminar on Tuesday", 1),
        ("Chairing the seminar", 1),
        ("In a speech to the seminar", 1),
        ("Speaking to the participants", 1),
        ("Speaking to the seminar", 1),
        ("In a statement", 0),
        ("Speaking to reporters", 0),
        ("Speaking to Xinhua", 0),
    ],
)
def test_i11s33q_a_speech_told_before_its_speaker(opening, found, registries):
    text = (
        "Beijing, 9 May 2014 - Officials and experts discussed labour migration at a seminar in Beijing on Monday. "
        f"The seminar was co-hosted by IOM and UNHCR. {opening}, Lin Hao, director of the Exit and Entry "
        "Administration, said migration had doubled.\n"
    )
    speeches = [m for m in _meetings(text, registries, "2014-05-09") if m.kind == "speech"]
    assert [(m.participants, m.parent) for m in speeches] == [(["lin-hao"], 0)] * found


@pytest.mark.parametrize("opening", ["Opening the meeting", "Chairing the meeting"])
def test_i11s33q_opening_the_meeting_of_talks_is_no_speech(opening, registries):
    text = (
        "Beijing, 9 May 2014 - Lin Hao, director of the Exit and Entry Administration, held talks with Ada Kemp, "
        f"Chief of Mission of IOM China, on Monday. {opening}, Lin said migration had doubled.\n"
    )
    assert [m.kind for m in _meetings(text, registries, "2014-05-09")] == ["bilateral_talks"]


# Lane i11s33q: "Mr. Lin told the Forum that ..." after Lin's speech in its general debate: that speech, told again;
# another speaker's words to the Forum stay a speech of their own.
@pytest.mark.parametrize(
    ("later", "speakers"),
    [
        ("Mr. Lin told the Forum that migration should not be politicised.", [["lin-hao"]]),
        ("Ada Kemp, Director General of IOM, told the Forum that it matters.", [["lin-hao"], ["ada-kemp"]]),
    ],
)
def test_i11s33q_telling_the_forum_again_is_the_same_speech(later, speakers, registries):
    text = (
        "Geneva, 9 May 2014 - Countries gathered in Geneva on Tuesday for the first Global Forum on Migration, "
        "convened by IOM. Speaking in the general debate on Wednesday, Lin Hao, Deputy Permanent Representative of "
        f"China, said China supports it. {later}\n"
    )
    speeches = [m for m in _meetings(text, registries, "2014-05-09") if m.kind == "speech"]
    assert [m.participants for m in speeches] == speakers


# Lane i11s33q: "received at the institution's headquarters a delegation of B led by A": a reception, its place told
# between the verb and its visitors; never "received at least 300 applications".
@pytest.mark.parametrize(
    ("received", "found"),
    [
        ("received at the institution's headquarters a delegation of", 1),
        ("received at the ministry’s headquarters in Lima a delegation of", 1),
        ("today received at her office a delegation of", 1),
        ("received at least 300 applications from a delegation of", 0),
    ],
)
def test_i11s33q_a_reception_placed_before_its_visitors(received, found, registries):
    text = (
        f"Lima, 11 March 2025. The Superintendent of Migrations, Ms. Ada Kemp, {received} the National Immigration "
        "Administration of China led by its Deputy Commissioner, Mr. Lin Hao.\n"
    )
    met = [m.participants for m in _meetings(text, registries, "2025-03-11")]
    assert met == [["ada-kemp", "lin-hao"]] * found


# Lane i11s33q: talks told in passing by a noun before the subject ("During talks with A", "In his talks with A",
# "During a courtesy call on A", "In a phone call with A", "Meeting with A on Monday, B said"): B's talks with A, never
# with reporters, nor the talks told just before again.
@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("During talks with", 1),
        ("In his talks with", 1),
        ("During a courtesy call on", 1),
        ("During his farewell call on", 1),
        ("In a phone call with", 1),
        ("Meeting with", 1),
        ("In talks with reporters", 0),
        ("During a meeting with the press", 0),
        ("During a phone call with reporters", 0),
    ],
)
def test_i11s33q_talks_told_in_passing_before_the_subject(opening, found, registries):
    met = "" if found else ", after seeing off the delegation of"
    text = (
        "China pledges support to IOM\n\n"
        f"{opening}{met} Ada Kemp, Chief of Mission of IOM Ethiopia, on Monday, Ambassador Lin Hao said China supports"
        " IOM.\n"
    )
    met = [m.participants for m in _meetings(text, registries, "2014-05-09")]
    assert met == [["lin-hao", "ada-kemp"]] * found


def test_i11s33q_talks_told_in_passing_after_they_were_reported_are_no_second_meeting(registries):
    text = (
        "Ambassador Lin Hao met Ada Kemp, Chief of Mission of IOM Ethiopia, on Monday. "
        "During talks with Ms. Kemp, Ambassador Lin said China supports IOM.\n"
    )
    assert len(_meetings(text, registries, "2014-05-09")) == 1


@pytest.mark.parametrize("opening", ["At a meeting with", "During talks with", "In a meeting with"])
@pytest.mark.parametrize("dateline", ["ADDIS ABABA, 9 May 2014 –", "Addis Ababa -", "ADDIS ABABA, May 9 --"])
def test_i11s33q_talks_told_in_passing_after_a_dateline(opening, dateline, registries):
    text = (
        "China pledges support to IOM\n\n"
        f"{dateline} {opening} Ada Kemp, Chief of Mission of IOM Ethiopia, on Monday, Ambassador Lin Hao said China"
        " supports IOM.\n"
    )
    assert [m.participants for m in _meetings(text, registries, "2014-05-09")] == [["lin-hao", "ada-kemp"]]


# Lane i11s33p: a meeting still to come, told by a subject naming its holders, a future or modal head ("will",
# "plan to", "agreed to", "are expected to jointly") and a verb of holding a gathering ("hold", "convene", "co-host",
# "organize") with its noun (course, seminar, workshop, forum, session, consultations, round); never a press
# conference, a course of action, or one held already.
@pytest.mark.parametrize(
    ("plan", "kind"),
    [
        ("The NIA and IOM will hold a similar course for border officers in Geneva in 2015", "symposium"),
        ("The NIA and IOM plan to organize a regional workshop in Geneva in 2015", "symposium"),
        (
            "The NIA and IOM agreed to hold a first round of technical consultations in Geneva in 2015",
            "bilateral_talks",
        ),
        ("The NIA and IOM are expected to jointly convene the second Forum in Geneva in 2015", "forum"),
        ("The NIA and IOM intend to co-host a conference on migration data in Geneva in 2015", "conference"),
        ("The NIA and IOM decided to hold a joint training session in Geneva in 2015", "symposium"),
        ("The NIA said that it and IOM would together host a workshop in Geneva in 2015", "symposium"),
    ],
)
def test_i11s33p_a_gathering_to_come_of_the_bodies_its_subject_names(plan, kind, registries):
    text = f"Beijing, 9 May 2014 - {plan}.\n"
    planned = [m for m in _meetings(text, registries, "2014-05-09") if m.status == "planned"]
    assert [(m.kind, m.organizations, m.place, m.date.value) for m in planned] == [
        (kind, ["nia-china", "iom"], "geneva", "2015")
    ]


@pytest.mark.parametrize(
    "told",
    [
        "The NIA and IOM will hold a press conference in Geneva on Friday",
        "The NIA and IOM will hold a course of action in Geneva in 2015",
        "The NIA and IOM will continue to hold courses for officers",
        "The NIA and IOM held a regional workshop in Geneva last year",
        "The NIA and IOM hoped to hold a seminar in Geneva in 2015",
    ],
)
def test_i11s33p_no_gathering_to_come_where_none_is_planned(told, registries):
    text = f"Beijing, 9 May 2014 - {told}.\n"
    assert [m for m in _meetings(text, registries, "2014-05-09") if m.status == "planned"] == []


# Lane i11s33p: "The center and IOM plan to hold ...": "the center" (or "the centre", "the institute") is the one body
# named before whose name has that word; with two such bodies named, neither.
@pytest.mark.parametrize(
    ("named", "referred", "bodies"),
    [
        ("The Center for China and Globalization", "The center", ["center-for-china-and-globalization", "iom"]),
        ("The Center for China and Globalization", "The centre", ["center-for-china-and-globalization", "iom"]),
        ("The Institute of Migration Studies", "The institute", ["institute-of-migration-studies", "iom"]),
        ("The Center for China and Globalization and the Center for Migration Studies", "The center", ["iom"]),
    ],
)
def test_i11s33p_a_body_named_before_by_its_kind_holds_a_gathering_to_come(named, referred, bodies, registries):
    text = (
        f"Beijing, 9 May 2014 - {named} held a seminar on talent mobility with IOM in Beijing on Monday."
        f" {referred} and IOM plan to hold a second seminar in Shanghai next year.\n"
    )
    planned = [m for m in _meetings(text, registries, "2014-05-09") if m.status == "planned"]
    assert [(m.organizations, m.place, m.date.value) for m in planned] == [(bodies, "shanghai", "2015")]


# Lane i11s33p: "the IOM Council session to be held in Geneva later this month": a session to come of the body named
# before its noun (never of a body only named inside another's name).
@pytest.mark.parametrize(
    ("session", "bodies"),
    [
        ("the IOM Council session to be held in Geneva later this month", [["iom-council"]]),
        ("the IOM Council session, which is scheduled to be held in Geneva later this month", [["iom-council"]]),
        ("the session to be held in Geneva later this month", []),
    ],
)
def test_i11s33p_a_body_s_session_to_be_held(session, bodies, registries):
    text = (
        "Beijing, 4 November 2021 - Vice Foreign Minister Ma Zhaoxu held a video call with IOM Director General"
        f" Antonio Vitorino on Wednesday. The two sides also exchanged views on {session}.\n"
    )
    planned = [m for m in _meetings(text, registries, "2021-11-04") if m.status == "planned"]
    assert [m.organizations for m in planned] == bodies
    assert all((m.place, m.date.value) == ("geneva", "2021-11") for m in planned)


# Lane i11s33p: "is expected to visit China in May, when he will hold talks with officials of B": the talks, within
# the visit and in its country (never the dateline's city); told in the past the same.
@pytest.mark.parametrize(
    ("visit", "status"),
    [
        ("Swing is expected to visit China in May, when he will hold talks with", "planned"),
        ("Swing will travel to China in May, when he will meet", "planned"),
        ("Swing visited China in May, when he held talks with", "held"),
    ],
)
def test_i11s33p_talks_in_a_when_clause_of_a_visit(visit, status, registries):
    text = (
        "Geneva - IOM Director General William Lacy Swing thanked China for its support on Monday."
        f" {visit} officials of the Ministry of Foreign Affairs.\n"
    )
    meetings = _meetings(text, registries, "2011-03-15")
    talks = [m for m in meetings if m.kind == "bilateral_talks"]
    assert [(m.participants, m.organizations, m.place, m.status) for m in talks] == [
        (["william-lacy-swing"], ["mfa-china"], "china", status)
    ]
    assert meetings[talks[0].parent].kind == "trip"


# Lane i11s33p: "B met with him. ... C will hold talks with him": "him" goes on standing for whom the last "him" stood
# for (the sentence's last mention of a person), not for B, its subject; with the person named, that person.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Yesterday, Vice Foreign Minister Luo Zhaohui met with him in Beijing.", "Xu Ganlu will hold talks with him"),
        ("Yesterday, Vice Foreign Minister Luo Zhaohui met with him.", "Xu Ganlu will also meet with him"),
        ("Yesterday, Vice Foreign Minister Luo Zhaohui met Antonio Vitorino.", "Xu Ganlu will hold talks with him"),
    ],
)
def test_i11s33p_him_stands_for_whom_the_last_him_stood_for(first, second, registries):
    text = (
        "Beijing, 26 November 2019 - IOM Director General Antonio Vitorino is paying an official visit to China from"
        f" November 25 to 29. {first} The two sides exchanged views on cooperation. Tomorrow, Commissioner {second}.\n"
    )
    planned = [m for m in _meetings(text, registries, "2019-11-26") if m.status == "planned"]
    assert [(m.participants, m.date.value) for m in planned] == [(["xu-ganlu", "antonio-vitorino"], "2019-11-27")]


# Lane i11s33p: "the delegation will be received at the Ministry of B": a call to come of the delegation's leader on B
@pytest.mark.parametrize(
    "received",
    [
        "the delegation will be received at the Ministry of Public Security",
        "the delegation is to be received at the Ministry of Public Security",
        "the delegation will also be received at the Ministry of Public Security",
    ],
)
def test_i11s33p_the_delegation_will_be_received(received, registries):
    text = (
        "Beijing, 26 November 2019 - Commissioner Xu Ganlu received a delegation of the Ministry of the Interior of"
        f" Slovakia led by State Secretary Milan Lucansky on Monday. Tomorrow, {received}.\n"
    )
    planned = [m for m in _meetings(text, registries, "2019-11-26") if m.status == "planned"]
    assert [(m.participants, m.organizations[:1], m.date.value) for m in planned] == [
        (["milan-lucansky"], ["mps-china"], "2019-11-27")
    ]
