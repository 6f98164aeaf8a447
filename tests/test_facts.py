"""Facts a reader can check in the seed texts, one per test."""

import re
from collections import defaultdict

import pandas as pd
import pytest

from china_iom.annotation.registry import fold
from conftest import ROOT

XINHUA, IOM_RELEASE = "000_fae1d27c3d7ae36a", "001_5f733940bec9999d"
NIA_2021, NIA_2020, IOM_2014 = "002_b36e647bb89e86f8", "003_061b33ba9fd091a5", "004_1e0d9a2d3cac57c3"
EUROPE_TRIP = "xu-ganlu-europe-trip-2020-01"


@pytest.fixture(scope="module")
def t():
    class Tables:
        def __getattr__(self, name: str) -> pd.DataFrame:
            return pd.read_parquet(ROOT / "data" / f"{name}.parquet")

    return Tables()


def test_qin_gang_vitorino_meeting_of_3_april_2023_is_one_meeting_with_two_sources(t):
    meetings = t.meetings.query("date_start == '2023-04-03'")
    assert list(meetings.meeting_id) == ["qin-gang-vitorino-2023-04-03"]
    sources = t.meeting_sources.query("meeting_id == 'qin-gang-vitorino-2023-04-03'")
    assert set(sources.article_id) == {XINHUA, IOM_RELEASE}


def test_qin_gang_meeting_date_is_resolved_from_monday_against_the_dateline(t):
    meeting = t.meetings.set_index("meeting_id").loc["qin-gang-vitorino-2023-04-03"]
    assert (meeting.date_precision, meeting.date_basis) == ("day", "relative")


def test_vitorino_met_four_chinese_officials_during_the_2023_visit(t):
    inside = t.meetings.query("parent_meeting_id == 'vitorino-china-visit-2023-04'").meeting_id
    people = t.meeting_participants[t.meeting_participants.meeting_id.isin(inside)].person_id
    assert set(people) - {"antonio-vitorino"} == {"qin-gang", "ma-zhaoxu", "luo-zhaohui", "xu-ganlu"}


def test_meetings_dated_only_by_this_week_have_week_precision_and_end_by_the_report(t):
    meeting = t.meetings.set_index("meeting_id").loc["ma-zhaoxu-vitorino-2023-04"]
    # "This week" in a release of 6 April: ISO week 14, cut at the publication (through the visit it was part of).
    assert (
        meeting.date_start,
        meeting.date_precision,
        str(meeting.date_earliest)[:10],
        str(meeting.date_latest)[:10],
    ) == ("2023-W14", "week", "2023-04-03", "2023-04-06")
    assert (meeting.date_earliest_source, meeting.date_latest_source, meeting.date_edtf) == (
        "own",
        "parent",
        "[2023-04-03..2023-04-06]",
    )
    visit = t.meetings.set_index("meeting_id").loc["vitorino-china-visit-2023-04"]
    assert visit.date_latest_source == "publication"


def test_qin_gang_is_one_person_whatever_the_spelling(t):
    forms = set(t.person_mentions.query("person_id == 'qin-gang'").quote)
    assert {"Qin Gang", "QIN Gang", "Qin"} <= forms


def test_xu_ganlu_holds_two_roles_in_one_phrase(t):
    roles = t.roles.query(f"person_id == 'xu-ganlu' and article_id == '{IOM_RELEASE}'")
    assert set(roles.organization_id) == {"mps-china", "nia-china"}


def test_photo_credit_names_a_person_outside_the_body(t):
    role = t.roles.query("person_id == 'liu-bin'").iloc[0]
    assert (role.title, role.in_body) == ("Photographer", False)


def test_every_topic_used_in_a_mention_exists(t):
    assert set(t.topic_mentions.topic_id) <= set(t.topics.topic_id)


def test_the_caption_is_outside_the_body_of_the_xinhua_article(t):
    article = t.articles.set_index("article_id").loc[XINHUA]
    text = (ROOT / "seeds" / f"{XINHUA}.txt").read_text(encoding="utf-8")
    assert text[article.body_start :].startswith("BEIJING, April 3 (Xinhua)")


def _text(article_id: str) -> str:
    return (ROOT / "seeds" / f"{article_id}.txt").read_text(encoding="utf-8")


def _ancestors(meetings: pd.DataFrame, meeting_id: str) -> list[str]:
    parents = meetings.set_index("meeting_id").parent_meeting_id
    chain, current = [], parents[meeting_id]
    while pd.notna(current):
        chain.append(current)
        current = parents[current]
    return chain


def _others(t, meeting_ids, besides: str = "xu-ganlu") -> dict[str, set[str]]:
    """Participants of each meeting other than ``besides`` (persons, else organizations)."""
    rows = t.meeting_participants[t.meeting_participants.meeting_id.isin(meeting_ids)]
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows.itertuples():
        if row.person_id != besides:
            found[row.meeting_id].add(row.person_id if pd.notna(row.person_id) else row.organization_id)
    return dict(found)


def test_xu_ganlu_is_one_person_although_003_misspells_him_xu_galu(t):
    assert list(t.people.query("name == 'Xu Ganlu'").person_id) == ["xu-ganlu"]
    assert set(t.person_mentions.query("quote == 'Xu Galu'").person_id) == {"xu-ganlu"}


def test_lucansky_without_diacritics_is_milan_lucansky(t):
    assert set(t.person_mentions.query("quote == 'Milan Lucansky'").person_id) == {"milan-lucansky"}
    assert t.people.set_index("person_id").loc["milan-lucansky", "name"] == "Milan Lučanský"


def test_no_person_exists_twice_under_two_spellings(t):
    owners: dict[str, set[str]] = defaultdict(set)
    names = pd.concat([t.people.rename(columns={"name": "alias"})[["person_id", "alias"]], t.person_aliases])
    for row in names.itertuples():
        owners[fold(row.alias)].add(row.person_id)
    assert {form: ids for form, ids in owners.items() if len(ids) > 1} == {}


def test_unchr_in_the_003_headline_is_an_alias_of_unhcr(t):
    assert set(t.organization_aliases.query("alias == 'UNCHR'").organization_id) == {"unhcr"}
    assert "UNCHR" in t.articles.set_index("article_id").loc[NIA_2020, "title"]


def test_geneva_talks_are_inside_the_january_2020_trip(t):
    for talks in ("xu-ganlu-vitorino-2020-01", "xu-ganlu-grandi-2020-01"):
        assert EUROPE_TRIP in _ancestors(t.meetings, talks)
        assert t.meetings.set_index("meeting_id").loc[talks, "place_id"] == "geneva"


def test_the_trip_of_january_9_to_18_is_dated_2020_by_inference(t):
    trip = t.meetings.set_index("meeting_id").loc[EUROPE_TRIP]
    assert (trip.date_start, trip.date_end, trip.date_precision, trip.date_basis) == (
        "2020-01-09",
        "2020-01-18",
        "day",
        "inferred",
    )
    assert "Motsoaledi" in trip.date_note and "17+1" in trip.date_note


def test_oecd_forum_and_ministerial_meeting_fall_on_16_and_17_january_2020(t):
    meetings = t.meetings.set_index("meeting_id")
    assert meetings.loc["oecd-migration-forum-2020-01-16", "date_start"] == "2020-01-16"
    assert meetings.loc["oecd-migration-ministerial-2020-01-17", "date_start"] == "2020-01-17"


def test_also_met_with_three_people_during_the_conference_yields_three_meetings(t):
    side = t.meetings.query(
        "parent_meeting_id == 'oecd-migration-ministerial-2020-01-17' and kind == 'bilateral_talks'"
    ).meeting_id
    others = _others(t, side)
    assert all(len(who) == 1 for who in others.values())
    assert set().union(*others.values()) == {"angel-gurria", "aaron-motsoaledi", "james-mccament"}


def test_heads_of_six_named_delegations_are_six_organization_only_exchanges(t):
    exchanges = t.meetings.query("kind == 'exchange' and parent_meeting_id == 'oecd-migration-ministerial-2020-01-17'")
    others = _others(t, exchanges.meeting_id)
    governments = set().union(*others.values())
    assert len(exchanges) == len(governments) == 6
    countries = t.organizations.set_index("organization_id").loc[sorted(governments)]
    assert set(countries.kind) == {"government"}
    assert set(countries.country) == {"BR", "KR", "JP", "ID", "PT", "LV"}


def test_xu_ganlu_met_three_chinese_diplomats_one_meeting_each(t):
    met = _others(t, t.meetings.query("kind == 'courtesy_meeting' and parent_meeting_id == @EUROPE_TRIP").meeting_id)
    assert sorted(map(sorted, met.values())) == [["chen-xu"], ["lu-shaye"], ["wang-ji"]]


def test_the_letter_of_intent_is_a_signing_in_bratislava(t):
    signing = t.meetings.query("kind == 'signing'").set_index("meeting_id")
    assert list(signing.place_id) == ["bratislava"]
    assert _others(t, signing.index) == {signing.index[0]: {"rudolf-urbanovic"}}


def test_the_2020_geneva_talks_with_vitorino_are_not_the_2023_ones(t):
    meetings = t.meetings.set_index("meeting_id")
    assert meetings.loc["xu-ganlu-vitorino-2020-01", "date_start"] == "2020-01"
    assert meetings.loc["xu-ganlu-vitorino-2023-04", "date_start"] == "2023-W14"


def test_crocetti_meeting_is_dated_25_june_2021_as_stated(t):
    meeting = t.meetings.set_index("meeting_id").loc["xu-ganlu-crocetti-2021-06-25"]
    assert (meeting.date_start, meeting.date_basis) == ("2021-06-25", "stated")


def test_epidemic_in_2021_is_folded_into_covid_19(t):
    quotes = set(t.topic_mentions.query(f"article_id == '{NIA_2021}' and topic_id == 'covid-19'").quote)
    assert quotes == {"epidemic prevention and control", "epidemic"}


def test_swing_visit_holds_the_cica_summit_the_forum_the_launch_and_planned_mfa_meetings(t):
    children = t.meetings.query("parent_meeting_id == 'swing-china-visit-2014-05'").set_index("meeting_id")
    assert set(children.kind) == {"summit", "forum", "launch", "bilateral_talks"}
    assert children.loc["swing-mfa-meetings-2014-05", "status"] == "planned"


def test_cica_summit_is_20_to_21_may_2014(t):
    summit = t.meetings.set_index("meeting_id").loc["cica-summit-2014-05"]
    assert (summit.date_start, summit.date_end, summit.place_id) == ("2014-05-20", "2014-05-21", "shanghai")


def test_immigration_inspection_forum_is_dated_no_finer_than_the_month(t):
    assert t.meetings.set_index("meeting_id").loc["immigration-inspection-forum-2014-05", "date_precision"] == "month"


def test_contact_person_of_004_has_a_role_but_no_mention(t):
    role = t.roles.query("person_id == 'par-liljert'").iloc[0]
    assert (role.organization_id, role.in_body) == ("iom-china", False)
    assert t.person_mentions.query("person_id == 'par-liljert'").empty


def test_004_body_runs_from_the_dateline_to_before_the_contact_block(t):
    article = t.articles.set_index("article_id").loc[IOM_2014]
    body = _text(IOM_2014)[article.body_start : article.body_end]
    assert body.startswith("China - IOM Director General William Lacy Swing")
    assert "For more information" not in body and "Who we are" not in body


@pytest.mark.parametrize("article_id", [NIA_2021, NIA_2020])
def test_nia_share_buttons_and_notice_are_outside_the_body(t, article_id):
    article = t.articles.set_index("article_id").loc[article_id]
    body = _text(article_id)[article.body_start : article.body_end]
    assert "Share on wechat" not in body and "Notice:" not in body


@pytest.mark.parametrize("article_id", [NIA_2021, NIA_2020, IOM_2014])
def test_unverified_publication_dates_are_left_empty_with_a_reason(t, article_id):
    article = t.articles.set_index("article_id").loc[article_id]
    assert pd.isna(article.published) and "Publication date left empty" in article.note


@pytest.mark.parametrize(
    "table,key,registry,alias_table",
    [
        ("person_mentions", "person_id", "people", "person_aliases"),
        ("organization_mentions", "organization_id", "organizations", "organization_aliases"),
        ("topic_mentions", "topic_id", "topics", "topic_aliases"),
    ],
)
def test_every_registered_name_found_in_a_body_is_annotated_as_a_mention(t, table, key, registry, alias_table):
    entries = getattr(t, registry)
    name = "label" if registry == "topics" else "name"
    forms = pd.concat([entries[[key, name]].rename(columns={name: "alias"}), getattr(t, alias_table)])
    if "acronym" in entries:
        forms = pd.concat([forms, entries[[key, "acronym"]].dropna().rename(columns={"acronym": "alias"})])
    mentions = getattr(t, table)
    missed = []
    for article in t.articles.itertuples():
        text = _text(article.article_id)
        spans = mentions.query(f"article_id == '{article.article_id}'")[["char_start", "char_end"]].to_numpy()
        for form in set(forms.alias):
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text[article.body_start : article.body_end]):
                start, end = match.start() + article.body_start, match.end() + article.body_start
                if not any(s <= start and end <= e for s, e in spans):
                    missed.append((article.article_id, start, form))
    assert missed == []


@pytest.mark.parametrize(
    ("article", "quote", "speakers"),
    [
        (IOM_RELEASE, "global security, peace and development", {"antonio-vitorino", "qin-gang"}),
        (IOM_RELEASE, "centrality of the United Nations system", {"antonio-vitorino", "qin-gang"}),
        (NIA_2020, "legal, free and orderly flow of international migrants", {"antonio-vitorino", "filippo-grandi"}),
    ],
)
def test_joint_statements_name_every_speaker(t, article, quote, speakers):
    mention = t.topic_mentions.query("article_id == @article and quote == @quote")
    said = t.topic_mention_speakers.merge(mention[["article_id", "char_start", "topic_id"]])
    assert set(said.person_id) == speakers


def test_the_iom_office_in_china_is_on_the_international_side_and_xi_jinping_is_head_of_state(t):
    part = t.meeting_participants
    assert set(part.query("organization_id == 'iom-china'").side) == {"international"}
    assert set(part.query("person_id == 'antonio-vitorino'").side) == {"international"}  # Portuguese, acts for IOM
    xi = part.query("person_id == 'xi-jinping'")
    assert set(zip(xi.side, xi.level)) == {("china", "head of state or government")}


def test_meetings_during_the_europe_trip_lie_within_its_days(t):
    inside = t.meetings.query("parent_meeting_id == @EUROPE_TRIP")
    assert pd.to_datetime(inside.date_earliest).min() >= pd.Timestamp("2020-01-09")
    assert pd.to_datetime(inside.date_latest).max() <= pd.Timestamp("2020-01-18")
    side = t.meetings.set_index("meeting_id").loc["xu-ganlu-gurria-2020-01"]  # "during the conference" of 17 January
    assert (str(side.date_earliest)[:10], str(side.date_latest)[:10], side.date_edtf) == (
        "2020-01-17",
        "2020-01-17",
        "2020-01-17",
    )
    assert t.meetings.set_index("meeting_id").loc[EUROPE_TRIP, "date_edtf"] == "2020-01-09/2020-01-18"


def test_the_forum_reported_on_26_may_ends_by_then(t):
    forum = t.meetings.set_index("meeting_id").loc["immigration-inspection-forum-2014-05"]
    assert (str(forum.date_latest)[:10], forum.date_latest_source, forum.date_edtf) == (
        "2014-05-26",
        "own",
        "[2014-05-01..2014-05-26]",
    )


def test_every_edtf_value_parses_back_to_its_window(t):
    from china_iom.annotation.dates import edtf_window

    dated = t.meetings.dropna(subset=["date_edtf"])
    for row in dated.itertuples():
        assert edtf_window(row.date_edtf) == (row.date_earliest, row.date_latest), row.meeting_id


def test_who_met_whom_pairs_sides(t):
    pairs = t.meeting_pairs.set_index("meeting_id")
    row = pairs.loc["qin-gang-vitorino-2023-04-03"]
    assert (row.name_a, row.side_a, row.level_a, row.name_b, row.side_b, row.n_sources) == (
        "Qin Gang",
        "china",
        "minister",
        "António Vitorino",
        "international",
        2,
    )
