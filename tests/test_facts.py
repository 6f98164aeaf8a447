"""Facts a reader can check in the seed texts, one per test."""

import pandas as pd
import pytest

from conftest import ROOT

XINHUA, IOM_RELEASE = "000_fae1d27c3d7ae36a", "001_5f733940bec9999d"


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


def test_meetings_dated_only_by_this_week_have_week_precision(t):
    meeting = t.meetings.set_index("meeting_id").loc["ma-zhaoxu-vitorino-2023-04"]
    assert (meeting.date_start, str(meeting.date_earliest), str(meeting.date_latest)) == (
        "2023-W14", "2023-04-03", "2023-04-09")


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
    assert text[article.body_start:].startswith("BEIJING, April 3 (Xinhua)")
