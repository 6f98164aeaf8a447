"""``china-iom evaluate``: how close the drafts come to the confirmed annotations, one article left out at a time.

For each annotated article, every person and organization that only this article
names is removed from the registries (so it must be found as a new candidate),
the article is drafted, and the draft is compared with the confirmed annotation.
Topics stay: the vocabulary is controlled and ``add`` does not extend it, so topic
mentions measure matching, not discovery. Dates are scored on the confirmed date
quotes (publication and meeting dates); dates the annotation does not use are not
counted either way. Meeting dates are scored apart by basis: "meeting dates" are those
the text states or implies (stated, relative), "meeting dates (inferred)" those the
annotators established from outside knowledge, which no drafter can read in the text.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from china_iom.drafting.add import other_articles
from china_iom.annotation import Annotation, DateClaim, selector
from china_iom.corpus import load_corpus
from china_iom.drafting.draft import Draft, draft_article
from china_iom.quotes import resolve
from china_iom.registry import Registries, Registry, fold, surface_forms
from china_iom.resolve import ResolvedArticle

KINDS = ("known-entity mentions", "new-person candidates", "new-organization candidates", "dates", "meetings",
         "meeting dates", "meeting dates (inferred)", "topic mentions", "speakers")


@dataclass
class Score:
    """Counts for one kind: true positives, predictions, gold items, and the misses named."""

    hits: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def precision(self) -> float | None:
        return self.hits / self.predicted if self.predicted else None

    def recall(self) -> float | None:
        return self.hits / self.gold if self.gold else None


def _referenced(annotation: Annotation) -> dict[str, set[str]]:
    """People and organizations an annotation refers to anywhere."""
    refs: dict[str, set[str]] = {"people": set(), "organizations": {annotation.article.publisher}}
    refs["people"] |= {m.person for m in annotation.mentions.people} | {r.person for r in annotation.roles}
    refs["organizations"] |= {m.organization for m in annotation.mentions.organizations}
    refs["organizations"] |= {r.organization for r in annotation.roles if r.organization}
    for meeting in annotation.meetings:
        refs["people"] |= {p.person for p in meeting.participants if p.person}
        refs["organizations"] |= {p.organization for p in meeting.participants if p.organization}
    return refs


def _without(registries: Registries, removed: dict[str, set[str]]) -> Registries:
    def cut(registry: Registry) -> Registry:
        gone = removed.get(registry.kind, set())
        return dataclasses.replace(registry, entries={k: v for k, v in registry.entries.items() if k not in gone})
    return Registries(*(cut(registries.get(kind)) for kind in ("people", "organizations", "places", "topics")))


def evaluate(seeds: Path) -> dict[str, Score]:
    """Scores per kind over every annotated article (drafted with that article left out)."""
    corpus = load_corpus(seeds)
    scores = {kind: Score() for kind in KINDS}
    refs = {a.article_id: _referenced(a.annotation) for a in corpus.articles}
    participants = {m.id: {p.person for p in m.participants if p.person}
                    for a in corpus.articles for m in a.annotation.meetings}
    for article in corpus.articles:
        others = other_articles(seeds, skip=article.article_id)
        removed = {kind: refs[article.article_id][kind] - set().union(*(r[kind] for aid, r in refs.items()
                                                                        if aid != article.article_id))
                   for kind in ("people", "organizations")}
        text = (seeds / f"{article.article_id}.txt").read_text(encoding="utf-8")
        draft = draft_article(article.article_id, text, _without(corpus.registries, removed), others)
        _score(scores, article, draft, corpus.registries, removed, participants)
    return scores


def _score(scores: dict[str, Score], article: ResolvedArticle, draft: Draft, full: Registries,
           removed: dict[str, set[str]], participants: dict[str, set[str]]) -> None:
    aid, rows = article.article_id, article.rows
    gold = {(k, r[f"{key}_id"], r["char_start"], r["char_end"]) for k, key in (("people", "person"),
            ("organizations", "organization")) for r in rows[f"{key}_mentions"] if r[f"{key}_id"] not in removed[k]}
    pred = {(m.kind, m.entity_id, m.start, m.end) for m in draft.mentions if m.kind != "topics"
            and m.entity_id in full.get(m.kind).entries and m.entity_id not in removed[m.kind]}
    _tally(scores["known-entity mentions"], gold, pred, aid, draft.text)
    for kind, label in (("people", "new-person candidates"), ("organizations", "new-organization candidates")):
        _candidates(scores[label], draft, full, kind, removed[kind], aid)
    topics = {("topics", r["topic_id"], r["char_start"], r["char_end"]) for r in rows["topic_mentions"]}
    _tally(scores["topic mentions"], topics, {(m.kind, m.entity_id, m.start, m.end) for m in draft.mentions
                                               if m.kind == "topics"}, aid, draft.text)
    gold_speakers = {(r["char_start"], r["person_id"]) for r in rows["topic_mention_speakers"]}
    pred_speakers = {(m.start, m.speaker) for m in draft.mentions if m.kind == "topics" and m.speaker}
    _tally(scores["speakers"], gold_speakers, pred_speakers, aid, draft.text)
    _dates(scores["dates"], article, draft)
    _meetings(scores, article, draft, participants)


def _tally(score: Score, gold: set, pred: set, aid: str, text: str) -> None:
    score.hits += len(gold & pred)
    score.gold += len(gold)
    score.predicted += len(pred)
    score.misses += [f"{aid}: {_show(item, text)}" for item in sorted(gold - pred, key=str)]
    score.false += [f"{aid}: {_show(item, text)}" for item in sorted(pred - gold, key=str)]


def _show(item: tuple, text: str) -> str:
    if len(item) == 4:
        return f"{item[1]} {text[item[2]:item[3]]!r} at {item[2]}"
    return f"{item[1]} at {item[0]}"


def _candidates(score: Score, draft: Draft, full: Registries, kind: str, removed: set[str], aid: str) -> None:
    """A removed entity named in the text is found if a new entry (or proposed alias) carries one of its forms."""
    folded = fold(draft.text)
    named = {eid for eid in removed if any(fold(f) in folded for f in surface_forms(full.get(kind).entries[eid]))}
    owner = {fold(f): eid for eid in removed for f in surface_forms(full.get(kind).entries[eid])}
    proposed = [e for e in draft.new_entries if e.kind == kind]
    found = set()
    for entry in proposed:
        forms = [entry.fields["name"], entry.fields.get("acronym"), *entry.fields["aliases"]]
        hit = next((owner[fold(f)] for f in forms if f and fold(f) in owner), None)
        if hit is not None:
            found.add(hit)
            score.hits += hit in named
        else:
            score.false.append(f"{aid}: {entry.fields['name']!r}")
    score.predicted += len(proposed)
    score.gold += len(named)
    score.misses += [f"{aid}: {eid}" for eid in sorted(named - found)]


def _claims(annotation: Annotation) -> list[tuple[str, DateClaim]]:
    claims = [("published", annotation.article.published)] if annotation.article.published else []
    return claims + [(m.id, m.date) for m in annotation.meetings if m.date is not None]


def _dates(score: Score, article: ResolvedArticle, draft: Draft) -> None:
    """Each confirmed date quote: found if a detected phrase overlapping it gives the same date and precision."""
    phrases = [*draft.dates, *([draft.published] if draft.published else [])]
    seen = set()
    for name, claim in _claims(article.annotation):
        if claim.quote is None:
            continue
        s, e = resolve(draft.text, selector(claim.quote))
        if (s, e) in seen:
            continue
        seen.add((s, e))
        near = [p for p in phrases if p.start < e and s < p.end and p.value]
        score.gold += 1
        score.predicted += bool(near)
        if any(p.value == claim.start and p.precision == claim.precision for p in near):
            score.hits += 1
        else:
            got = ", ".join(f"{p.value} ({p.precision})" for p in near) or "nothing"
            score.misses.append(f"{article.article_id}: {name} {claim.start} ({claim.precision}) "
                                f"{draft.text[s:e]!r}: got {got}")


def _meetings(scores: dict[str, Score], article: ResolvedArticle, draft: Draft,
              participants: dict[str, set[str]]) -> None:
    """A proposed meeting matches a confirmed one (defined or reported here) whose evidence overlaps its sentence."""
    aid = article.article_id
    evidence: dict[str, list[tuple[int, int]]] = {}
    for row in article.rows["meeting_sources"]:
        evidence.setdefault(row["meeting_id"], []).append((row["char_start"], row["char_end"]))
    gold_dates = {m.id: m.date for m in article.annotation.meetings}
    matched: Counter[str] = Counter()
    score = scores["meetings"]
    for i, meeting in enumerate(draft.meetings):
        s, e = meeting.sentence
        people = set(meeting.participants)
        hits = [mid for mid, spans in evidence.items() if any(a < e and s < b for a, b in spans)
                and mid not in matched and participants[mid] & people]
        score.predicted += 1
        if not hits:
            score.false.append(f"{aid}: {draft.meeting_ids[i]} {draft.text[s:e][:60]!r}")
            continue
        mid = max(hits, key=lambda m: len(participants[m] & people))
        matched[mid] += 1
        claim = gold_dates.get(mid)
        if claim is not None:
            dated = scores["meeting dates (inferred)" if claim.basis == "inferred" else "meeting dates"]
            dated.gold += 1
            dated.predicted += meeting.date is not None and meeting.date.value is not None
            if meeting.date is not None and meeting.date.value == claim.start and meeting.date.precision == \
                    claim.precision:
                dated.hits += 1
            else:
                got = f"{meeting.date.value} ({meeting.date.precision})" if meeting.date else "nothing"
                dated.misses.append(f"{aid}: {mid} {claim.start} ({claim.precision}): got {got}")
    score.hits += len(matched)
    score.gold += len(evidence)
    score.misses += [f"{aid}: {mid}" for mid in sorted(set(evidence) - set(matched))]


def report(scores: dict[str, Score]) -> str:
    """Precision and recall per kind, then the misses and false proposals."""
    def pct(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.2f}"
    lines = [f"{'kind':30} {'precision':>9} {'recall':>7} {'hits':>5} {'pred':>5} {'gold':>5}"]
    for kind, s in scores.items():
        lines.append(f"{kind:30} {pct(s.precision()):>9} {pct(s.recall()):>7} {s.hits:5d} {s.predicted:5d} {s.gold:5d}")
    for kind, s in scores.items():
        if s.misses or s.false:
            lines.append(f"\n{kind}:")
            lines += [f"  missed  {m}" for m in s.misses] + [f"  extra   {f}" for f in s.false]
    return "\n".join(lines)
