"""``china-iom evaluate``: how close the drafts come to the confirmed annotations.

Two settings, scored the same way. On the seeds, one article is left out at a time: every
person and organization that only this article names is removed from the registries (so it
must be found as a new candidate). On an evaluation set (``--set``, see ``evalset``), each
article is drafted against seeds/registry alone, from its saved page where it has one: the
set's overlay (new entries and aliases) is what the draft should propose. Topics stay: the
vocabulary is controlled and ``add`` does not extend it, so topic mentions measure matching,
not discovery. A new entry the draft proposes is identified with the confirmed entity that
carries one of its surface forms, so participants and speakers can be compared across ids.
Dates are scored on the confirmed date quotes and the publication date; meeting dates apart by
basis: "meeting dates" are those the text or page states or implies (stated, relative),
"meeting dates (inferred)" those established from outside knowledge. A crash while drafting is
counted under "tracebacks" (target 0), never raised.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from china_iom.annotation.models import Annotation, DateClaim, selector
from china_iom.annotation.quotes import resolve
from china_iom.annotation.registry import Registries, Registry, fold, load_registries, surface_forms
from china_iom.build.resolve import ResolvedArticle
from china_iom.build.seed_rows import load_corpus
from china_iom.drafting.add import other_articles, publisher_of
from china_iom.drafting.detect_candidates import without_country
from china_iom.drafting.draft import Draft, OtherArticle, draft_article
from china_iom.drafting.evalset import materialise, parts
from china_iom.drafting.extract import read_source

ENTITY_KINDS = ("people", "organizations")


@dataclass(frozen=True)
class Target:
    """What the issue asks of a kind: minimum precision and recall, or a maximum count."""

    precision: float | None = None
    recall: float | None = None
    at_most: int | None = None

    def describe(self) -> str:
        if self.at_most is not None:
            return f"count = {self.at_most}"
        return " ".join(
            f"{name} >= {value:.2f}" for name, value in (("P", self.precision), ("R", self.recall)) if value is not None
        )


TARGETS = {
    "known-entity mentions": Target(0.95, 0.95),
    "new people and organizations": Target(0.90, 0.90),
    "new-person candidates": Target(),
    "new-organization candidates": Target(),
    "duplicates of registered entities": Target(at_most=0),
    "new aliases": Target(),
    "publication dates": Target(),
    "dates": Target(),
    "meetings": Target(0.90, 0.85),
    "meeting dates": Target(recall=0.95),
    "meeting dates (inferred)": Target(),
    "meeting places": Target(),
    "roles": Target(recall=0.80),
    "role organizations": Target(),
    "topic mentions": Target(),
    "speakers": Target(precision=0.98),
    "tracebacks": Target(at_most=0),
}
KINDS = tuple(TARGETS)


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

    def met(self, target: Target) -> bool | None:
        """Whether the target holds (None where the kind has no target or nothing to score)."""
        if target.at_most is not None:
            return self.predicted <= target.at_most
        checks = [
            (value, goal)
            for value, goal in ((self.precision(), target.precision), (self.recall(), target.recall))
            if goal is not None
        ]
        if not checks or any(value is None for value, _ in checks):
            return None
        return all(value >= goal for value, goal in checks)


@dataclass(frozen=True)
class Case:
    """One article to draft: what the drafter knows, and the confirmed result to compare with."""

    article: ResolvedArticle
    text: str
    hint: str | None  # publication date from the saved page, if drafted from one
    url: str | None  # the page's address, as `add` is given it
    known: Registries  # what the drafter is given
    full: Registries  # the confirmed registries
    others: list[OtherArticle]


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
    """Scores per kind over every annotated seed article, drafted with that article left out."""
    corpus = load_corpus(seeds)
    refs = {a.article_id: _referenced(a.annotation) for a in corpus.articles}
    cases = []
    for article in corpus.articles:
        aid = article.article_id
        removed = {
            kind: refs[aid][kind] - set().union(*(r[kind] for other, r in refs.items() if other != aid))
            for kind in ENTITY_KINDS
        }
        text = (seeds / f"{aid}.txt").read_text(encoding="utf-8")
        cases.append(
            Case(
                article,
                text,
                None,
                article.annotation.article.url,
                _without(corpus.registries, removed),
                corpus.registries,
                other_articles(seeds, skip=aid),
            )
        )
    return _run(cases)


def evaluate_set(set_dir: Path, seeds_registry: Path) -> dict[str, dict[str, Score]]:
    """Scores per kind for each part of an evaluation set, drafted against ``seeds_registry`` alone."""
    known = load_registries(seeds_registry)
    result = {}
    for part in parts(set_dir):
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / part.name
            materialise(set_dir, part, seeds_registry, tree)
            corpus = load_corpus(tree)
            cases = []
            for article in corpus.articles:
                page, stored = part / f"{article.article_id}.html", tree / f"{article.article_id}.txt"
                url = article.annotation.article.url
                source = read_source(page if page.is_file() else stored, url)
                text = stored.read_text(encoding="utf-8")
                cases.append(Case(article, text, source.date, url, known, corpus.registries, []))
            result[part.name] = _run(cases)
    return result


def _run(cases: list[Case]) -> dict[str, Score]:
    scores = {kind: Score() for kind in KINDS}
    for case in cases:
        aid = case.article.article_id
        scores["tracebacks"].gold += 1
        try:
            publisher = publisher_of(case.url, case.known)
            draft = draft_article(aid, case.text, case.known, case.others, case.hint, publisher, case.url)
        except Exception:
            scores["tracebacks"].predicted += 1
            scores["tracebacks"].false.append(f"{aid}: {traceback.format_exc(limit=-1).strip()}")
            continue
        _score(scores, case, draft)
    return scores


def _unknown(case: Case) -> dict[str, set[str]]:
    """Confirmed entities the drafter was not given, by kind."""
    return {kind: set(case.full.get(kind).entries) - set(case.known.get(kind).entries) for kind in ENTITY_KINDS}


def _identify(case: Case, draft: Draft, unknown: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """(kind, draft id) -> confirmed id, for each new entry that carries a surface form of an unknown entity, or of
    one of the same country under its name with the country's name or adjective ("Egyptian Ministry of X" of Egypt is
    Egypt's "Ministry of X")."""
    owner = {
        (kind, fold(f)): eid
        for kind in ENTITY_KINDS
        for eid in unknown[kind]
        for f in surface_forms(case.full.get(kind).entries[eid])
    }
    national = {
        ("organizations", _countryless(f), org.country): eid
        for eid in unknown["organizations"]
        if getattr(org := case.full.organizations.entries[eid], "country", None)
        for f in surface_forms(org)
    }
    found = {}
    for entry in draft.new_entries:
        forms = [entry.fields["name"], entry.fields.get("acronym"), *entry.fields["aliases"]]
        hit = next((owner[entry.kind, fold(f)] for f in forms if f and (entry.kind, fold(f)) in owner), None)
        if hit is None and entry.fields.get("country"):
            hit = national.get((entry.kind, _countryless(entry.fields["name"]), entry.fields["country"]))
        if hit is not None:
            found[entry.kind, entry.fields["id"]] = hit
    return found


def _countryless(form: str) -> str:
    """A name folded without its countries' names and adjectives, and the "of" that named one last."""
    return re.sub(r"(?: of(?: the)?)+$", "", " ".join(fold(without_country(form)[0]).split()))


def _score(scores: dict[str, Score], case: Case, draft: Draft) -> None:
    article, aid = case.article, case.article.article_id
    rows, unknown = article.rows, _unknown(case)
    ids = _identify(case, draft, unknown)

    def same(kind: str, eid: str | None) -> str | None:
        return ids.get((kind, eid), eid) if eid else eid

    gold = {
        (k, r[f"{key}_id"], r["char_start"], r["char_end"])
        for k, key in (("people", "person"), ("organizations", "organization"))
        for r in rows[f"{key}_mentions"]
        if r[f"{key}_id"] not in unknown[k]
    }
    pred = {
        (m.kind, m.entity_id, m.start, m.end)
        for m in draft.mentions
        if m.kind != "topics" and m.entity_id in case.known.get(m.kind).entries
    }
    _tally(scores["known-entity mentions"], gold, pred, aid, draft.text)
    _candidates(scores, case, draft, unknown, ids)
    _aliases(scores, case, draft)
    topics = {("topics", r["topic_id"], r["char_start"], r["char_end"]) for r in rows["topic_mentions"]}
    _tally(
        scores["topic mentions"],
        topics,
        {(m.kind, m.entity_id, m.start, m.end) for m in draft.mentions if m.kind == "topics"},
        aid,
        draft.text,
    )
    gold_speakers = _gold_speakers(rows)
    pred_speakers = {(m.start, same("people", p)) for m in draft.mentions if m.kind == "topics" for p in m.speakers}
    _tally(scores["speakers"], gold_speakers, pred_speakers, aid, draft.text)
    _dates(scores, article, draft)
    _roles(scores, article, draft, same)
    _meetings(scores, case, draft, same)


def _gold_speakers(rows: dict[str, list[dict]]) -> set[tuple[int, str]]:
    """(offset, person) of each confirmed speaker of a topic mention: the one place that reads them."""
    return {(r["char_start"], r["person_id"]) for r in rows["topic_mention_speakers"]}


def _tally(score: Score, gold: set, pred: set, aid: str, text: str) -> None:
    score.hits += len(gold & pred)
    score.gold += len(gold)
    score.predicted += len(pred)
    score.misses += [f"{aid}: {_show(item, text)}" for item in sorted(gold - pred, key=str)]
    score.false += [f"{aid}: {_show(item, text)}" for item in sorted(pred - gold, key=str)]


def _show(item: tuple, text: str) -> str:
    if len(item) == 4:
        return f"{item[1]} {text[item[2] : item[3]]!r} at {item[2]}"
    return f"{item[1]} at {item[0]}"


def _candidates(
    scores: dict[str, Score], case: Case, draft: Draft, unknown: dict[str, set[str]], ids: dict[tuple[str, str], str]
) -> None:
    """An unknown entity that the text names and the annotation refers to is found if a new entry carries
    one of its forms."""
    aid, folded = case.article.article_id, fold(draft.text)
    known_forms = {
        (kind, fold(f)): eid
        for kind in ENTITY_KINDS
        for eid, e in case.known.get(kind).entries.items()
        for f in surface_forms(e)
    }
    mentioned = {
        (kind, fold(r["quote"])): r[f"{key}_id"]
        for kind, key in (("people", "person"), ("organizations", "organization"))
        for r in case.article.rows[f"{key}_mentions"]
    }
    both = scores["new people and organizations"]
    for kind, label in (("people", "new-person candidates"), ("organizations", "new-organization candidates")):
        score = scores[label]
        proposed = [e for e in draft.new_entries if e.kind == kind]
        found = {ids[kind, e.fields["id"]] for e in proposed if (kind, e.fields["id"]) in ids}
        # Expected: what the text names; also an entity the text only implies (an embassy, a city's
        # government) once the draft proposes it, so that a correct inference is credited, not counted false.
        named = {
            eid
            for eid in unknown[kind]
            if (eid in found or any(fold(f) in folded for f in surface_forms(case.full.get(kind).entries[eid])))
            and _referenced_by(case.article.annotation, kind, eid)
        }
        credited: set[str] = set()
        for entry in proposed:
            eid = ids.get((kind, entry.fields["id"]))
            if eid in named and eid not in credited:
                credited.add(eid)
                continue
            score.false.append(f"{aid}: {entry.fields['name']!r}" + (f" (a second entry for {eid})" if eid else ""))
            forms = [entry.fields["name"], entry.fields.get("acronym"), *entry.fields["aliases"]]
            twin = next(
                (
                    known_forms.get((kind, fold(f))) or mentioned.get((kind, fold(f)))
                    for f in forms
                    if f
                    and (
                        (kind, fold(f)) in known_forms or mentioned.get((kind, fold(f))) in case.known.get(kind).entries
                    )
                ),
                None,
            )
            if twin is not None:
                scores["duplicates of registered entities"].predicted += 1
                scores["duplicates of registered entities"].false.append(f"{aid}: {entry.fields['name']!r} is {twin}")
        for target in (score, both):
            target.hits += len(found & named)
            target.predicted += len(proposed)
            target.gold += len(named)
        score.misses += [f"{aid}: {eid}" for eid in sorted(named - found)]
        both.misses += [f"{aid}: {eid}" for eid in sorted(named - found)]
        both.false += [f for f in score.false if f.startswith(f"{aid}: ")]


def _referenced_by(annotation: Annotation, kind: str, eid: str) -> bool:
    return eid in _referenced(annotation)[kind]


def _aliases(scores: dict[str, Score], case: Case, draft: Draft) -> None:
    """Forms the confirmed mentions use for known entities that the drafter's registries lack."""
    registered = {
        (kind, eid): {" ".join(f.split()) for f in surface_forms(e)}
        for kind in ("people", "organizations", "topics")
        for eid, e in case.known.get(kind).entries.items()
    }
    gold = set()
    for kind, key in (("people", "person"), ("organizations", "organization"), ("topics", "topic")):
        for r in case.article.rows[f"{key}_mentions"]:
            form = " ".join(r["quote"].split())
            if (kind, r[f"{key}_id"]) in registered and form not in registered[kind, r[f"{key}_id"]]:
                gold.add((kind, r[f"{key}_id"], form))
    pred = {(a.kind, a.entity_id, " ".join(a.form.split())) for a in draft.new_aliases}
    score, aid = scores["new aliases"], case.article.article_id
    score.hits += len(gold & pred)
    score.gold += len(gold)
    score.predicted += len(pred)
    score.misses += [f"{aid}: {k} {e} {f!r}" for k, e, f in sorted(gold - pred)]
    score.false += [f"{aid}: {k} {e} {f!r}" for k, e, f in sorted(pred - gold)]


def _claims(annotation: Annotation) -> list[tuple[str, DateClaim]]:
    claims = [("published", annotation.article.published)] if annotation.article.published else []
    return claims + [(m.id, m.date) for m in annotation.meetings if m.date is not None]


def _dates(scores: dict[str, Score], article: ResolvedArticle, draft: Draft) -> None:
    """Each confirmed date quote: found if a detected phrase overlapping it gives the same date and precision, the
    phrases read from a meeting's context ("The next day", "ended a five-day visit") among them."""
    score, published = scores["dates"], article.annotation.article.published
    dated = [m.date for m in draft.meetings if m.date is not None]
    phrases = [*draft.dates, *dated, *([draft.published] if draft.published else [])]
    if published is not None:
        pub = scores["publication dates"]
        pub.gold += 1
        pub.predicted += draft.published is not None and draft.published.value is not None
        if draft.published is not None and draft.published.value == published.start:
            pub.hits += 1
        else:
            pub.misses.append(
                f"{article.article_id}: {published.start}: got "
                f"{draft.published.value if draft.published else 'nothing'}"
            )
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
            score.misses.append(
                f"{article.article_id}: {name} {claim.start} ({claim.precision}) {draft.text[s:e]!r}: got {got}"
            )


def _roles(scores: dict[str, Score], article: ResolvedArticle, draft: Draft, same) -> None:
    """A confirmed role is found by a proposed role of the same person whose quote overlaps it."""
    score, orgs, aid = scores["roles"], scores["role organizations"], article.article_id
    proposed = [(same("people", r.person), same("organizations", r.organization), r.start, r.end) for r in draft.roles]
    used = set()
    for row in article.rows["roles"]:
        hit = next(
            (
                i
                for i, (person, _, s, e) in enumerate(proposed)
                if i not in used and person == row["person_id"] and s < row["char_end"] and row["char_start"] < e
            ),
            None,
        )
        score.gold += 1
        if hit is None:
            score.misses.append(f"{aid}: {row['person_id']} {row['title']!r} {row['quote']!r}")
            continue
        used.add(hit)
        score.hits += 1
        orgs.gold += 1
        orgs.predicted += proposed[hit][1] is not None
        if proposed[hit][1] == row["organization_id"]:
            orgs.hits += 1
        else:
            orgs.misses.append(
                f"{aid}: {row['person_id']} {row['title']!r}: {row['organization_id']}, got {proposed[hit][1]}"
            )
    score.predicted += len(proposed)
    score.false += [f"{aid}: {p} {draft.text[s:e]!r}" for i, (p, _, s, e) in enumerate(proposed) if i not in used]


def _shared(participants, keys: set[str]) -> int:
    """How many confirmed participants the proposal names (by person, or by the organization they acted for)."""
    return sum(bool({p.person, p.organization} & keys) for p in participants)


def _meetings(scores: dict[str, Score], case: Case, draft: Draft, same) -> None:
    """A proposed meeting matches a confirmed one defined here whose evidence overlaps its sentence and two of
    whose participants it names (all, if it has fewer), each by person or organization; or one defined in
    another article that this one reports, if the draft links it there (also_reports)."""
    article, aid = case.article, case.article.article_id
    evidence: dict[str, list[tuple[int, int]]] = {}
    for row in article.rows["meeting_sources"]:
        evidence.setdefault(row["meeting_id"], []).append((row["char_start"], row["char_end"]))
    defined = {m.id: m for m in article.annotation.meetings}
    matched: Counter[str] = Counter()
    score = scores["meetings"]
    for i, meeting in enumerate(draft.meetings):
        s, e = meeting.sentence
        keys = {same("people", p) for p in meeting.participants} | {
            same("organizations", o) for o in meeting.organizations
        }
        hits = [
            mid
            for mid, spans in evidence.items()
            if any(a < e and s < b for a, b in spans)
            and mid not in matched
            and mid in defined
            and _shared(defined[mid].participants, keys) >= min(2, len(defined[mid].participants))
        ]
        score.predicted += 1
        linked = draft.also_reports.get(i)
        if linked in evidence and linked not in defined and linked not in matched:
            matched[linked] += 1
            continue
        if not hits:
            score.false.append(f"{aid}: {draft.meeting_ids[i]} {draft.text[s:e][:60]!r}")
            continue
        mid = max(hits, key=lambda m: (defined[m].kind == meeting.kind, _shared(defined[m].participants, keys)))
        matched[mid] += 1
        _meeting_details(scores, case, meeting, defined[mid], aid)
    score.hits += len(matched)
    score.gold += len(evidence)
    score.misses += [f"{aid}: {mid}" for mid in sorted(set(evidence) - set(matched))]


def _meeting_details(scores: dict[str, Score], case: Case, meeting, gold, aid: str) -> None:
    claim = gold.date
    if claim is not None:
        dated = scores["meeting dates (inferred)" if claim.basis == "inferred" else "meeting dates"]
        dated.gold += 1
        dated.predicted += meeting.date is not None and meeting.date.value is not None
        if meeting.date is not None and meeting.date.value == claim.start and meeting.date.precision == claim.precision:
            dated.hits += 1
        else:
            got = f"{meeting.date.value} ({meeting.date.precision})" if meeting.date else "nothing"
            dated.misses.append(f"{aid}: {gold.id} {claim.start} ({claim.precision}): got {got}")
    if gold.place is not None and gold.place in case.known.places.entries:
        places = scores["meeting places"]
        places.gold += 1
        places.predicted += meeting.place is not None
        if meeting.place == gold.place:
            places.hits += 1
        else:
            places.misses.append(f"{aid}: {gold.id} {gold.place}: got {meeting.place}")


def report(scores: dict[str, Score], title: str = "") -> str:
    """Precision and recall per kind against the issue's targets, then the misses and false proposals."""

    def pct(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.2f}"

    lines = [title] if title else []
    lines.append(f"{'kind':34} {'precision':>9} {'recall':>7} {'hits':>5} {'pred':>5} {'gold':>5}  target")
    for kind, s in scores.items():
        met = s.met(TARGETS[kind])
        verdict = "" if met is None else (" met" if met else " NOT MET")
        goal = TARGETS[kind].describe()
        lines.append(
            f"{kind:34} {pct(s.precision()):>9} {pct(s.recall()):>7} {s.hits:5d} {s.predicted:5d} "
            f"{s.gold:5d}  {goal}{verdict if goal else ''}".rstrip()
        )
    for kind, s in scores.items():
        if s.misses or s.false:
            lines.append(f"\n{kind}:")
            lines += [f"  missed  {m}" for m in s.misses] + [f"  extra   {f}" for f in s.false]
    return "\n".join(lines)
