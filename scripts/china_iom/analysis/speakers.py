"""Who raises which topic: speakers' sides, and how several accounts of one meeting differ.

Speakers come from ``topic_mention_speakers``: a joint statement counts for each of its speakers. A
speaker's side is the ``side`` they took part on in the mention's meeting (``meeting_participants``),
else their one side over all the meetings they took part in, else ``unknown``; a mention without
speaker is ``unattributed``. Counts are of sentences: a topic named twice in one sentence by one
speaker counts once.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from china_iom.schema import SIDES

SPEAKER_SIDES = (*SIDES, "unattributed")
_MENTION_KEY = ["article_id", "char_start", "topic_id"]


def spoken(t: SimpleNamespace) -> pd.DataFrame:
    """Topic mentions, one row per mention and speaker (``speaker_id``; NA for an unattributed mention)."""
    speakers = t.topic_mention_speakers.rename(columns={"person_id": "speaker_id"})
    return t.topic_mentions.merge(speakers, on=_MENTION_KEY, how="left")


def speaker_sides(t: SimpleNamespace) -> pd.DataFrame:
    """``spoken(t)`` with ``speaker_side`` added (categorical over ``SPEAKER_SIDES``)."""
    mentions = spoken(t)
    part = t.meeting_participants.dropna(subset=["person_id"])
    part = part.assign(side=part["side"].astype("string"))
    in_meeting = part.drop_duplicates(["meeting_id", "person_id"]).set_index(["meeting_id", "person_id"])["side"]
    known = part[part["side"] != "unknown"].groupby("person_id")["side"].agg(set)
    anywhere = known[known.map(len) == 1].map(lambda sides: next(iter(sides)))
    keys = pd.MultiIndex.from_arrays([mentions["meeting_id"], mentions["speaker_id"]])
    side = pd.Series(in_meeting.reindex(keys).to_numpy(), index=mentions.index, dtype="string")
    side = side.fillna(mentions["speaker_id"].map(anywhere).astype("string"))
    side = side.where(mentions["speaker_id"].notna(), "unattributed").fillna("unknown")
    return mentions.assign(speaker_side=pd.Categorical(side, categories=SPEAKER_SIDES))


def topic_counts(mentions: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per topic and ``by`` (e.g. ``speaker_side`` or ``speaker_id``): sentences, meetings and
    articles in which the topic is raised."""
    keyed = mentions.assign(**{by: mentions[by].astype("string").fillna("unattributed")})
    grouped = keyed.groupby(["topic_id", by], observed=True)
    return (
        pd.DataFrame(
            {
                "n_sentences": grouped["sentence_id"].nunique(),
                "n_meetings": grouped["meeting_id"].nunique(),
                "n_articles": grouped["article_id"].nunique(),
            }
        )
        .reset_index()
        .sort_values(["topic_id", by], ignore_index=True)
    )


def accounts(t: SimpleNamespace) -> pd.DataFrame:
    """For each meeting reported by several articles: every topic any of them ties to the meeting, per
    reporting article, with the sentences and speakers (0 sentences where that article is silent).

    Columns: meeting_id, topic_id, article_id, n_sentences, speakers, in_all (every account has it).
    """
    reports = t.meeting_sources[["meeting_id", "article_id"]].drop_duplicates()
    several = reports.groupby("meeting_id")["article_id"].transform("size") > 1
    reports = reports[several]
    mentions = spoken(t)
    tied = mentions.dropna(subset=["meeting_id"])
    tied = tied[tied["meeting_id"].isin(reports["meeting_id"])]
    topics = tied[["meeting_id", "topic_id"]].drop_duplicates()
    grid = topics.merge(reports, on="meeting_id")
    said = (
        tied.groupby(["meeting_id", "topic_id", "article_id"])
        .agg(
            n_sentences=("sentence_id", "nunique"),
            speakers=("speaker_id", lambda s: " ".join(sorted(set(s.dropna())))),
        )
        .reset_index()
    )
    found = grid.merge(said, on=["meeting_id", "topic_id", "article_id"], how="left")
    found = found.assign(
        n_sentences=found["n_sentences"].fillna(0).astype("int64"),
        speakers=found["speakers"].fillna("").astype("string"),
    )
    in_all = found.groupby(["meeting_id", "topic_id"])["n_sentences"].transform(lambda n: bool((n > 0).all()))
    return found.assign(in_all=in_all.astype(bool)).sort_values(
        ["meeting_id", "topic_id", "article_id"], ignore_index=True
    )
