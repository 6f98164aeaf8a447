"""Co-occurrence of topics within a unit (sentence, article body or meeting), with its evidence.

Counts are of units, never of mentions: a topic named twice in one sentence counts once for that
sentence. With ``N`` units, ``n_a`` and ``n_b`` units holding each topic and ``n_ab`` holding both:
Jaccard = n_ab / (n_a + n_b - n_ab); PMI = log2(n_ab N / (n_a n_b)); NPMI = PMI / -log2(n_ab / N),
taken as 1 when the pair is in every unit (n_ab = N). Only pairs that co-occur (n_ab >= 1) are rows.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import numpy as np
import pandas as pd

# Unit -> column of topic_mentions that names it. Mentions not tied to a meeting have no meeting unit.
UNITS = {"sentence": "sentence_id", "article": "article_id", "meeting": "meeting_id"}
PAIR_COLUMNS = ["topic_a", "topic_b", "n_a", "n_b", "n_ab", "n_units", "jaccard", "pmi", "npmi"]


def topic_units(mentions: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Distinct (unit_id, topic_id) pairs: which topics each unit holds."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    held = mentions[[UNITS[unit], "topic_id"]].rename(columns={UNITS[unit]: "unit_id"}).dropna()
    return held.drop_duplicates().sort_values(["unit_id", "topic_id"], ignore_index=True)


def pairs(mentions: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Every co-occurring topic pair (topic_a < topic_b) with its counts and scores."""
    held = topic_units(mentions, unit)
    n_units = held["unit_id"].nunique()
    n_topic = held["topic_id"].value_counts()
    both = held.merge(held, on="unit_id", suffixes=("_a", "_b"))
    both = both[both["topic_id_a"] < both["topic_id_b"]]
    counts = both.groupby(["topic_id_a", "topic_id_b"]).size().rename("n_ab").reset_index()
    counts = counts.rename(columns={"topic_id_a": "topic_a", "topic_id_b": "topic_b"})
    counts["n_a"] = counts["topic_a"].map(n_topic).astype("int64")
    counts["n_b"] = counts["topic_b"].map(n_topic).astype("int64")
    counts["n_units"] = n_units
    return scores(counts)[PAIR_COLUMNS].sort_values(["topic_a", "topic_b"], ignore_index=True)


def scores(counts: pd.DataFrame) -> pd.DataFrame:
    """Add Jaccard, PMI and NPMI to a frame with n_a, n_b, n_ab and n_units."""
    n_a, n_b, n_ab, n = (counts[c].astype("float64") for c in ("n_a", "n_b", "n_ab", "n_units"))
    pmi = np.log2(n_ab * n / (n_a * n_b))
    h = -np.log2(n_ab / n)
    return counts.assign(
        jaccard=n_ab / (n_a + n_b - n_ab), pmi=pmi, npmi=np.where(h > 0, pmi / h.where(h > 0, 1.0), 1.0)
    )


def matrix(pair_table: pd.DataFrame, value: str, topics: Iterable[str]) -> pd.DataFrame:
    """Symmetric topic x topic matrix of one column of ``pairs`` (NaN where a pair never co-occurs)."""
    order = list(topics)
    both = pd.concat([pair_table, pair_table.rename(columns={"topic_a": "topic_b", "topic_b": "topic_a"})])
    wide = both.pivot(index="topic_a", columns="topic_b", values=value)
    return wide.reindex(index=order, columns=order).rename_axis(index=None, columns=None)


def graph(pair_table: pd.DataFrame, mentions: pd.DataFrame, unit: str) -> nx.Graph:
    """Topics as nodes (attribute ``n``: units holding it), co-occurring pairs as weighted edges."""
    held = topic_units(mentions, unit)
    g = nx.Graph()
    for topic, n in held["topic_id"].value_counts().sort_index().items():
        g.add_node(topic, n=int(n))
    for row in pair_table.itertuples(index=False):
        g.add_edge(row.topic_a, row.topic_b, weight=int(row.n_ab), npmi=float(row.npmi))
    return g


def evidence(
    mentions: pd.DataFrame, sentences: pd.DataFrame, unit: str, topic_pairs: Iterable[tuple[str, str]]
) -> pd.DataFrame:
    """Mentions of each pair's two topics in the units that hold both, with their sentences.

    One row per (pair, unit, mention): topic_a, topic_b, unit_id, topic_id, article_id, sentence_id,
    char_start, quote and the sentence text.
    """
    column = UNITS[unit]
    tied = mentions.dropna(subset=[column]).assign(unit_id=mentions[column])
    text = sentences[["sentence_id", "text"]].rename(columns={"text": "sentence"})
    parts = []
    for a, b in topic_pairs:
        a, b = sorted((a, b))
        units = set(tied.loc[tied["topic_id"] == a, "unit_id"]) & set(tied.loc[tied["topic_id"] == b, "unit_id"])
        rows = tied[tied["unit_id"].isin(units) & tied["topic_id"].isin([a, b])]
        parts.append(rows.assign(topic_a=a, topic_b=b))
    columns = ["topic_a", "topic_b", "unit_id", "topic_id", "article_id", "sentence_id", "char_start", "quote"]
    found = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    found = found[columns].merge(text, on="sentence_id", how="left")
    return found.sort_values(["topic_a", "topic_b", "unit_id", "article_id", "char_start"], ignore_index=True)


def evidence_summary(found: pd.DataFrame) -> pd.DataFrame:
    """One row per (pair, unit): the sentences that mention topic_a and those that mention topic_b."""

    def ids(rows: pd.DataFrame, side: str) -> str:
        return " ".join(sorted(set(rows.loc[rows["topic_id"] == rows[side], "sentence_id"])))

    grouped = found.groupby(["topic_a", "topic_b", "unit_id"], sort=True)
    return pd.DataFrame(
        [(*key, ids(rows, "topic_a"), ids(rows, "topic_b")) for key, rows in grouped],
        columns=["topic_a", "topic_b", "unit_id", "sentences_a", "sentences_b"],
    )
