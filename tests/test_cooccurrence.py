"""Topic co-occurrence on a hand-made set of mentions with known counts and scores."""

import math

import pandas as pd
import pytest

from china_iom.analysis import cooccurrence as co

# Sentences x:1 {A, A, B}, x:2 {A}, y:1 {B, C}, y:2 {C}; meetings m1 (x:1, x:2), m2 (y:1), none for y:2.
MENTIONS = (
    pd.DataFrame(
        {
            "article_id": ["x", "x", "x", "x", "y", "y", "y"],
            "sentence_id": ["x:1", "x:1", "x:1", "x:2", "y:1", "y:1", "y:2"],
            "char_start": [0, 10, 20, 40, 0, 10, 30],
            "quote": ["a", "a again", "b", "a", "b", "c", "c"],
            "topic_id": ["A", "A", "B", "A", "B", "C", "C"],
            "meeting_id": ["m1", "m1", "m1", "m1", "m2", "m2", None],
        }
    )
    .astype("string")
    .astype({"char_start": "Int64"})
)
SENTENCES = pd.DataFrame(
    {"sentence_id": ["x:1", "x:2", "y:1", "y:2"], "text": ["A and A and B.", "A.", "B and C.", "C."]}
).astype("string")


def pair(table: pd.DataFrame, a: str, b: str) -> dict:
    return table[(table["topic_a"] == a) & (table["topic_b"] == b)].iloc[0].to_dict()


def test_sentence_pairs_count_units_not_mentions():
    table = co.pairs(MENTIONS, "sentence")
    assert list(zip(table["topic_a"], table["topic_b"])) == [("A", "B"), ("B", "C")]
    ab = pair(table, "A", "B")
    assert (ab["n_a"], ab["n_b"], ab["n_ab"], ab["n_units"]) == (2, 2, 1, 4)
    assert ab["jaccard"] == pytest.approx(1 / 3)
    assert ab["pmi"] == pytest.approx(0.0)  # log2(1 * 4 / (2 * 2))
    assert ab["npmi"] == pytest.approx(0.0)


def test_article_and_meeting_units():
    by_article = co.pairs(MENTIONS, "article")
    assert pair(by_article, "A", "B")["n_units"] == 2 and pair(by_article, "B", "C")["n_ab"] == 1
    by_meeting = co.pairs(MENTIONS, "meeting")
    # y:2 is tied to no meeting: C is held by m2 only, where B is too; B is also in m1.
    bc = pair(by_meeting, "B", "C")
    assert (bc["n_a"], bc["n_b"], bc["n_ab"], bc["n_units"]) == (2, 1, 1, 2)
    assert bc["npmi"] == pytest.approx(0.0)
    assert pair(by_meeting, "A", "B")["pmi"] == pytest.approx(math.log2(1 * 2 / (1 * 2)))


@pytest.mark.parametrize(
    ("n_a", "n_b", "n_ab", "n", "pmi", "npmi"),
    [
        (1, 1, 1, 4, 2.0, 1.0),  # only ever together
        (2, 2, 1, 4, 0.0, 0.0),  # as often as chance
        (3, 3, 3, 3, 0.0, 1.0),  # in every unit: NPMI taken as 1
        (3, 3, 2, 4, math.log2(8 / 9), math.log2(8 / 9) / 1.0),
    ],
)
def test_scores(n_a, n_b, n_ab, n, pmi, npmi):
    found = co.scores(pd.DataFrame({"n_a": [n_a], "n_b": [n_b], "n_ab": [n_ab], "n_units": [n]})).iloc[0]
    assert found["pmi"] == pytest.approx(pmi)
    assert found["npmi"] == pytest.approx(npmi)
    assert found["jaccard"] == pytest.approx(n_ab / (n_a + n_b - n_ab))


def test_unknown_unit_is_an_error():
    with pytest.raises(ValueError, match="unknown unit 'paragraph'"):
        co.pairs(MENTIONS, "paragraph")


def test_matrix_is_symmetric_with_blanks_for_pairs_never_together():
    mat = co.matrix(co.pairs(MENTIONS, "sentence"), "n_ab", ["A", "B", "C"])
    assert mat.at["A", "B"] == mat.at["B", "A"] == 1
    assert pd.isna(mat.at["A", "C"]) and pd.isna(mat.at["A", "A"])


def test_graph_nodes_and_weighted_edges():
    g = co.graph(co.pairs(MENTIONS, "sentence"), MENTIONS, "sentence")
    assert dict(g.nodes(data="n")) == {"A": 2, "B": 2, "C": 2}
    assert sorted(g.edges(data="weight")) == [("A", "B", 1), ("B", "C", 1)]


def test_evidence_traces_a_pair_to_its_sentences():
    found = co.evidence(MENTIONS, SENTENCES, "sentence", [("B", "A")])
    assert set(found["unit_id"]) == {"x:1"}
    assert list(found["quote"]) == ["a", "a again", "b"]
    assert set(found["sentence"]) == {"A and A and B."}
    assert (found["topic_a"] == "A").all() and (found["topic_b"] == "B").all()


def test_evidence_at_article_level_lists_every_mention_of_either_topic_in_units_holding_both():
    found = co.evidence(MENTIONS, SENTENCES, "article", [("A", "B"), ("A", "C")])
    assert set(found["unit_id"]) == {"x"}  # A and C never share an article
    assert sorted(found["sentence_id"]) == ["x:1", "x:1", "x:1", "x:2"]
    summary = co.evidence_summary(found)
    assert summary.to_dict("records") == [
        {"topic_a": "A", "topic_b": "B", "unit_id": "x", "sentences_a": "x:1 x:2", "sentences_b": "x:1"}
    ]
