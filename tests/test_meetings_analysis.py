"""Sides, levels, windows (derived in the build) and the analysis that reads them, on small hand-made tables
with known answers."""

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from china_iom.analysis import meetings as mt
from china_iom.analysis import speakers as sp
from china_iom.build import derived

S = "string"


def frame(columns: dict, dtypes: dict | None = None) -> pd.DataFrame:
    data = pd.DataFrame(columns)
    return data.astype({c: (dtypes or {}).get(c, S) for c in data.columns})


ORGS = frame(
    {
        "organization_id": ["cn-mfa", "iom", "iom-china", "sk-moi", "club", "orphan"],
        "name": ["MFA", "IOM", "IOM China", "Slovak MoI", "Club", "Orphan"],
        "kind": [
            "ministry",
            "intergovernmental_organization",
            "intergovernmental_office",
            "ministry",
            "other",
            "other",
        ],
        "country": ["CN", None, None, "SK", None, None],
        "parent_id": [None, None, "iom", None, "cn-mfa", None],
    }
)
PEOPLE = frame(
    {
        "person_id": ["wang", "vitorino", "crocetti", "smith", "nobody"],
        "name": ["Wang", "Vitorino", "Crocetti", "Smith", "Nobody"],
        "country": ["CN", "PT", "IT", "SK", None],
    }
)
ROLES = frame(
    {
        "person_id": ["wang", "wang", "vitorino", "crocetti"],
        "organization_id": ["cn-mfa", "cn-mfa", "iom", "iom-china"],
        "title": [
            "Vice-Minister of Foreign Affairs",
            "Minister of Foreign Affairs",
            "Director General",
            "Chief of Mission in China",
        ],
        "article_id": ["a1", "a2", "a1", "a1"],
    }
)
DAY = "datetime64[s]"
MEETINGS = frame(
    {
        "meeting_id": ["trip", "talks", "conf", "side", "y2019", "newyear", "easter", "undated", "planned"],
        "kind": [
            "trip",
            "bilateral_talks",
            "conference",
            "courtesy_meeting",
            "visit",
            "visit",
            "visit",
            "visit",
            "visit",
        ],
        "label": ["Trip", "Talks", "Conference", "Side meeting", "2019", "New Year", "Easter", "Undated", "Planned"],
        "status": ["held"] * 8 + ["planned"],
        "date_precision": ["week", "day", "week", "day", "year", "week", "week", None, "month"],
        "date_earliest": [
            "2020-01-06",
            "2020-01-09",
            "2020-01-06",
            "2020-01-07",
            "2019-01-01",
            "2019-12-30",
            "2021-03-29",
            None,
            "2024-05-01",
        ],
        "date_latest": [
            "2020-01-12",
            "2020-01-09",
            "2020-01-12",
            "2020-01-07",
            "2019-12-31",
            "2020-01-05",
            "2021-04-04",
            None,
            "2024-05-31",
        ],
        "parent_meeting_id": [None, "trip", "trip", "conf", None, None, None, None, None],
        "date_end": [None] * 9,
        "defined_in_article_id": ["a1"] * 9,
    },
    {"date_earliest": DAY, "date_latest": DAY},
)
ARTICLES = frame(
    {"article_id": ["a1", "a2"], "published_earliest": [None, None], "published_latest": [None, None]},
    {"published_earliest": DAY, "published_latest": DAY},
)
PARTICIPANTS = frame(
    {
        "meeting_id": ["talks", "talks", "side", "side", "y2019", "y2019"],
        "participant_no": [1, 2, 1, 2, 1, 2],
        "person_id": ["wang", "vitorino", "crocetti", "smith", "wang", None],
        "organization_id": ["cn-mfa", "iom", "iom-china", "sk-moi", None, "cn-mfa"],
    },
    {"participant_no": "Int64"},
)
SOURCES = frame({"meeting_id": ["talks", "talks", "y2019", "side"], "article_id": ["a1", "a2", "a1", "a1"]})


MENTIONS = frame(
    {
        "article_id": ["a1", "a2", "a2", "a1", "a1", "a1"],
        "char_start": [10, 10, 20, 30, 40, 50],
        "sentence_id": ["a1:1", "a2:1", "a2:2", "a1:2", "a1:3", "a1:4"],
        "topic_id": ["X", "X", "Y", "X", "Z", "W"],
        "meeting_id": ["talks", "talks", "talks", None, "y2019", "talks"],
    },
    {"char_start": "Int64"},
)
SPEAKERS = frame(
    {
        "article_id": ["a1", "a1", "a1", "a1", "a1"],
        "char_start": [10, 30, 40, 50, 50],
        "topic_id": ["X", "X", "Z", "W", "W"],
        "person_id": ["wang", "crocetti", "nobody", "vitorino", "wang"],
    },
    {"char_start": "Int64"},
)
FRAMES = {
    "articles": ARTICLES,
    "meetings": MEETINGS,
    "meeting_sources": SOURCES,
    "meeting_participants": PARTICIPANTS,
    "roles": ROLES,
    "organizations": ORGS,
    "people": PEOPLE,
}


@pytest.fixture(scope="module")
def t() -> SimpleNamespace:
    """The hand-made tables with the build's derived columns, as ``china_iom.load()`` gives them."""
    meetings = derived.meeting_columns(FRAMES, Path("seeds"))
    participants = derived.participant_columns(FRAMES)
    return SimpleNamespace(
        meetings=meetings,
        meeting_participants=participants,
        people=PEOPLE,
        organizations=ORGS,
        roles=ROLES,
        meeting_sources=SOURCES,
        topic_mentions=MENTIONS,
        topic_mention_speakers=SPEAKERS,
        meeting_pairs=derived.meeting_pairs(meetings, participants, FRAMES),
    )


@pytest.fixture
def part(t) -> pd.DataFrame:
    return mt.participation(t)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Vice-Minister of Public Security", "vice minister"),
        ("Vice Minister of Foreign Affairs", "vice minister"),
        ("State Secretary", "vice minister"),
        ("Minister of Foreign Affairs", "minister"),
        ("State Councillor", "minister"),
        ("State Councilor", "minister"),
        ("Director General", "head of organization"),
        ("Deputy Director General", "deputy head"),
        ("Commissioner", "head of organization"),
        ("Chairman", "head of organization"),
        ("Chief of Mission in China", "ambassador or chief of mission"),
        ("Ambassador", "ambassador or chief of mission"),
        ("Chargé d'Affaires", "ambassador or chief of mission"),
        ("President of the People's Republic of China", "head of state or government"),
        ("Premier", "head of state or government"),
        ("Vice President of the People's Republic of China", "deputy head"),
        ("President of the Police Force", "head of organization"),
        ("Photographer", "other"),
    ],
)
def test_level_of_title(title, level):
    assert mt.level(title) == level


def test_organization_sides_put_intergovernmental_offices_on_the_international_side():
    assert derived.organization_sides(ORGS) == {
        "cn-mfa": "china",
        "iom": "international",
        "iom-china": "international",
        "sk-moi": "other",
        "club": "china",
        "orphan": "unknown",
    }
    in_china = ORGS.assign(country=ORGS["country"].mask(ORGS["organization_id"] == "iom-china", "CN"))
    assert derived.organization_sides(in_china)["iom-china"] == "international"


def test_person_sides_from_roles_never_from_nationality():
    assert derived.person_sides(ROLES, derived.organization_sides(ORGS)) == {
        "wang": "china",
        "vitorino": "international",
        "crocetti": "international",
    }


def test_participation_sides_and_levels_use_the_reporting_articles(part):
    got = {(r.meeting_id, r.actor): (r.side, r.level) for r in part.itertuples()}
    assert got == {
        ("talks", "Wang"): ("china", "minister"),  # a1 says vice minister, a2 minister: highest
        ("talks", "Vitorino"): ("international", "head of organization"),  # no role in a2: any article
        ("side", "Crocetti"): ("international", "ambassador or chief of mission"),
        ("side", "Smith"): ("other", "other"),
        ("y2019", "Wang"): ("china", "vice minister"),  # reported by a1 only
        ("y2019", "MFA"): ("china", "organization only"),
    }


def test_encounters_leave_out_containers(t):
    assert set(mt.encounters(t.meetings)["meeting_id"]) == set(MEETINGS["meeting_id"]) - {"trip", "conf"}


def test_windows_are_tightened_by_parents_and_sourced(t):
    rows = t.meetings.set_index("meeting_id")
    assert (str(rows.at["side", "date_earliest"].date()), rows.at["side", "date_earliest_source"]) == (
        "2020-01-07",
        "own",
    )
    assert rows.at["talks", "date_edtf"] == "2020-01-09"
    assert rows.at["trip", "date_edtf"] == "[2020-01-06..2020-01-12]"
    assert rows.at["y2019", "date_edtf"] == "2019"
    assert pd.isna(rows.at["newyear", "date_year"]) and rows.at["y2019", "date_year"] == "2019"


def test_count_meetings_counts_each_meeting_once(part):
    by_org = mt.count_meetings(part.dropna(subset=["organization"]), "organization")
    assert by_org.to_dict("records")[0] == {"organization": "MFA", "n_meetings": 2, "meeting_ids": "talks y2019"}


def test_counterpart_pairs_cross_sides_only(t):
    pairs = mt.counterpart_pairs(t.meeting_pairs)
    assert [(r.actor_a, r.actor_b, r.n_meetings) for r in pairs.itertuples()] == [
        ("Crocetti", "Smith", 1),
        ("Wang", "Vitorino", 1),
    ]
    talks = t.meeting_pairs.set_index("meeting_id").loc["talks"]
    assert (talks.role_a, talks.n_sources) == ("Minister of Foreign Affairs; Vice-Minister of Foreign Affairs", 2)


def test_meeting_levels_take_the_highest_on_each_side(part):
    levels = mt.meeting_levels(part)
    y2019 = levels[levels["meeting_id"] == "y2019"]
    assert list(zip(y2019["side"], y2019["level"])) == [("china", "vice minister")]


def test_per_year_shows_precision_and_never_spreads_a_window(t):
    table = mt.per_period(t.meetings, "year")
    assert [(str(p), d, n) for p, d, n in table.itertuples(index=False)] == [
        ("2019", "year", 1),
        ("2020", "day", 2),
        ("2020", "week", 2),
        ("2021", "week", 1),
        ("2024", "month", 1),
        ("spans years", "week", 1),
        ("undated", "undated", 1),
    ]
    assert mt.per_year(t).to_dict() == {"2019": 1, "2020": 2, "2021": 1}  # held encounters only


def test_per_month_puts_coarse_dates_in_month_unknown(t):
    table = mt.per_period(t.meetings, "month")
    assert [(str(p), d, n) for p, d, n in table.itertuples(index=False)] == [
        ("2019 (month unknown)", "year", 1),
        ("2020-01", "day", 2),
        ("2020-01", "week", 2),
        ("2021 (month unknown)", "week", 1),
        ("2024-05", "month", 1),
        ("spans years", "week", 1),
        ("undated", "undated", 1),
    ]


def test_bad_frequency_is_an_error(t):
    with pytest.raises(ValueError, match="freq must be"):
        mt.per_period(t.meetings, "week")


def test_timeline_lists_each_container_followed_by_what_it_holds(t):
    rows = mt.timeline(t.meetings)
    assert list(zip(rows["meeting_id"], rows["depth"])) == [("trip", 0), ("conf", 1), ("side", 2), ("talks", 1)]
    assert set(rows["root_id"]) == {"trip"}


def test_nesting_refuses_a_cycle():
    looped = MEETINGS.assign(
        parent_meeting_id=MEETINGS["parent_meeting_id"].mask(MEETINGS["meeting_id"] == "trip", "side")
    )
    with pytest.raises(ValueError, match="cycle"):
        mt.nesting(looped)


def test_speaker_sides_count_each_speaker_of_a_joint_statement(t):
    spoken = sp.speaker_sides(t)
    got = list(zip(spoken["sentence_id"], spoken["speaker_id"].fillna("-"), spoken["speaker_side"]))
    assert got == [
        ("a1:1", "wang", "china"),
        ("a2:1", "-", "unattributed"),
        ("a2:2", "-", "unattributed"),
        ("a1:2", "crocetti", "international"),
        ("a1:3", "nobody", "unknown"),
        ("a1:4", "vitorino", "international"),
        ("a1:4", "wang", "china"),
    ]


def test_topic_counts_by_side(t):
    counts = sp.topic_counts(sp.speaker_sides(t), "speaker_side")
    x = counts[counts["topic_id"] == "X"].set_index("speaker_side")
    cols = ["n_sentences", "n_meetings", "n_articles"]
    assert x.loc["china", cols].tolist() == [1, 1, 1]
    assert x.loc["international", cols].tolist() == [1, 0, 1]  # not tied to a meeting
    assert x.loc["unattributed", cols].tolist() == [1, 1, 1]


def test_accounts_compare_what_each_report_of_a_meeting_ties_to_it(t):
    found = sp.accounts(t)
    assert [
        tuple(r) for r in found[["topic_id", "article_id", "n_sentences", "speakers", "in_all"]].itertuples(index=False)
    ] == [
        ("W", "a1", 1, "vitorino wang", False),
        ("W", "a2", 0, "", False),
        ("X", "a1", 1, "wang", True),
        ("X", "a2", 1, "", True),
        ("Y", "a1", 0, "", False),
        ("Y", "a2", 1, "", False),
    ]
    assert set(found["meeting_id"]) == {"talks"}  # y2019 has a single report
