"""Synthetic seeds trees for benchmarks: real sentences and annotations, recombined.

Article ``n`` takes a real article as template: its header and trailer verbatim,
its body sentences (each kept with high probability, always those carrying a
meeting's evidence) plus a few sentences of other real articles, one per
paragraph, under a first line that names the article as synthetic and gives its
shifted publication date. Every annotation whose span lies in a carried piece
is carried with its offsets moved; each quote gets an ``occurrence`` where it is
not unique in its scope. Dates move by whole multiples of 364 days (weekdays are
kept), meetings get new ids, and some articles report the previous article's
first meeting under ``also_reports``. Deterministic for a seed; article ``n``
depends only on the seed and ``n``, so articles are generated in parallel.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from china_iom.annotation.models import DateClaim
from china_iom.annotation.quotes import Selector, find_all
from china_iom.annotation.yamlsource import read_utf8
from china_iom.build.corpus import Corpus
from china_iom.build.resolve import ResolvedArticle
from china_iom.build.seed_rows import load_corpus
from china_iom.build.workers import process_pool
from china_iom.errors import Problem, SeedError

KEEP = 0.85  # chance of keeping a template sentence that carries no meeting evidence
FOREIGN = (0, 3)  # sentences from other articles added per article
ALSO_REPORTS = 0.15  # chance of reporting the previous article's first meeting
YEARS = (-6, 2)  # date shift, in multiples of 364 days
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

Span = tuple[int, int]


@dataclass(frozen=True)
class Piece:
    """A run of a real article's text carried into a synthetic one, with meeting ids renamed."""

    article: ResolvedArticle
    text: str
    span: Span
    meetings: dict[str, str]
    body: bool = True


@dataclass(frozen=True)
class Source:
    """The real corpus the synthetic articles are made from, with its texts."""

    corpus: Corpus
    texts: dict[str, str]

    @classmethod
    def load(cls, seeds: Path) -> Source:
        corpus = load_corpus(seeds)
        return cls(corpus, {a.article_id: read_utf8(seeds / f"{a.article_id}.txt") for a in corpus.articles})


def _meeting_map(template: ResolvedArticle, n: int) -> dict[str, str]:
    return {m.id: f"syn-{n:06d}-m{k + 1}" for k, m in enumerate(template.annotation.meetings)}


def _plan(source: Source, seed: int, n: int) -> tuple[random.Random, ResolvedArticle, int]:
    """Random source, template and date shift (days) of article ``n``."""
    rng = random.Random(f"{seed}:{n}")
    return rng, rng.choice(source.corpus.articles), 364 * rng.randint(*YEARS)


def shift(value: str, precision: str, days: int) -> str:
    """An ISO date at ``precision`` moved by ``days``, written at the same precision."""
    if precision == "day":
        return (dt.date.fromisoformat(value) + dt.timedelta(days)).isoformat()
    if precision == "week":
        year, week = value.split("-W")
        moved = dt.date.fromisocalendar(int(year), int(week), 1) + dt.timedelta(days)
        return f"{moved.isocalendar().year}-W{moved.isocalendar().week:02d}"
    if precision == "month":
        moved = dt.date(int(value[:4]), int(value[5:7]), 15) + dt.timedelta(days)
        return f"{moved.year:04d}-{moved.month:02d}"
    return f"{(dt.date(int(value), 7, 1) + dt.timedelta(days)).year:04d}"


def _shifted(claim: DateClaim, days: int, quote: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start": shift(claim.start, claim.precision, days),
        "precision": claim.precision,
        "basis": claim.basis,
    }
    if claim.end:
        out["end"] = shift(claim.end, claim.precision, days)
    if quote is not None:
        out["quote"] = quote
    if claim.basis != "stated":
        out["note"] = f"Synthetic: the real date {claim.start} moved by {days} days. {claim.note}"
    return out


def _within(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


class _Text:
    """The synthetic text under construction and where each carried piece landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.placed: list[tuple[Piece, int]] = []
        self.length = 0

    def add(self, text: str, piece: Piece | None = None) -> None:
        if piece is not None:
            self.placed.append((piece, self.length))
        self.parts.append(text)
        self.length += len(text)

    def moved(self, article: ResolvedArticle, span: Span, body: bool = False) -> Iterator[tuple[Piece, Span]]:
        """New position of a real span in every carried piece (body pieces only if asked) holding it whole."""
        for piece, at in self.placed:
            if piece.article is article and _within(span, piece.span) and (piece.body or not body):
                yield piece, (span[0] - piece.span[0] + at, span[1] - piece.span[0] + at)


def _selector(text: str, span: Span, scope: Span) -> Any:
    """Quote naming exactly ``span``: plain where unique in ``scope``, else with its occurrence."""
    quote = text[span[0] : span[1]]
    matches = find_all(text, Selector(quote), *scope)
    if len(matches) == 1:
        return quote
    return {"exact": quote, "occurrence": matches.index(span) + 1}


def _sentence_piece(article: ResolvedArticle, row: dict[str, Any], meetings: dict[str, str]) -> Piece:
    return Piece(article, row["text"], (row["char_start"], row["char_end"]), meetings)


def _body_pieces(source: Source, rng: random.Random, template: ResolvedArticle, n: int, seed: int) -> list[Piece]:
    own = _meeting_map(template, n)
    needed = {row["sentence_id"] for row in template.rows["meeting_sources"] if row["meeting_id"] in own}
    pieces = [
        _sentence_piece(template, row, own)
        for row in template.rows["sentences"]
        if row["sentence_id"] in needed or rng.random() < KEEP
    ]
    for _ in range(rng.randint(*FOREIGN)):
        other = rng.choice(source.corpus.articles)
        pieces.insert(rng.randint(0, len(pieces)), _sentence_piece(other, rng.choice(other.rows["sentences"]), {}))
    if n > 0 and rng.random() < ALSO_REPORTS:
        _, previous, their_days = _plan(source, seed, n - 1)
        theirs = _meeting_map(previous, n - 1)
        first = next((row for row in previous.rows["meeting_sources"] if row["meeting_id"] in theirs), None)
        if first is not None and _reportable(
            previous, first["meeting_id"], their_days, template, _plan(source, seed, n)[2]
        ):
            row = next(r for r in previous.rows["sentences"] if r["sentence_id"] == first["sentence_id"])
            pieces.insert(rng.randint(0, len(pieces)), _sentence_piece(previous, row, theirs))
    return pieces


def _reportable(
    previous: ResolvedArticle, meeting_id: str, their_days: int, template: ResolvedArticle, days: int
) -> bool:
    """Whether an article made from ``template`` may report the previous one's meeting: a held meeting
    must end by the report's publication (a planned one, or an unknown date, sets no bound)."""
    meeting = next(row for row in previous.rows["meetings"] if row["meeting_id"] == meeting_id)
    published = template.rows["articles"][0]["published_latest"]
    if meeting["status"] != "held" or meeting["date_latest"] is None or published is None:
        return True
    return meeting["date_latest"] + dt.timedelta(their_days) <= published + dt.timedelta(days)


def synth_article(source: Source, seed: int, n: int) -> tuple[str, str, dict[str, Any]]:
    """Article ``n`` of the synthetic corpus: (article id, text, annotation)."""
    rng, template, days = _plan(source, seed, n)
    original = source.texts[template.article_id]
    bounds = template.rows["articles"][0]
    published = template.annotation.article.published
    date = shift(published.start, published.precision, days) if published else None
    text = _Text()
    text.add(f"Synthetic article no. {n} (seed {seed})" + (f", published {date}.\n\n" if date else ".\n\n"))
    text.add(original[: bounds["body_start"]], Piece(template, "", (0, bounds["body_start"]), {}, body=False))
    pieces = _body_pieces(source, rng, template, n, seed)
    body_start = text.length
    for i, piece in enumerate(pieces):
        text.add(("\n\n" if i else "") + piece.text)
        text.placed.append((piece, text.length - len(piece.text)))
    body = (body_start, text.length)
    text.add(original[bounds["body_end"] :], Piece(template, "", (bounds["body_end"], len(original)), {}, body=False))
    full = "".join(text.parts)
    digest = hashlib.sha256(full.encode("utf-8")).hexdigest()
    whole = (0, len(full))
    meta = template.annotation.article
    article: dict[str, Any] = {
        "title": f"{meta.title} (synthetic no. {n})",
        "publisher": meta.publisher,
        "language": meta.language,
    }
    if published:
        article["published"] = {"start": date, "precision": published.precision, "basis": "stated", "quote": date}
    article["sha256"] = digest
    article["body"] = {
        "start": _selector(full, (body[0], body[0] + len(pieces[0].text)), whole),
        "end": _selector(full, (body[1] - len(pieces[-1].text), body[1]), whole),
    }
    article["note"] = (
        f"Synthetic article made by `china-iom synth` (seed {seed}) from real sentences of "
        f"template {template.article_id} and others; dates moved by {days} days. Not a real publication."
    )
    own = _meeting_map(template, n)
    annotation: dict[str, Any] = {
        "article": article,
        "annotators": list(template.annotation.annotators),
        "annotated": template.annotation.annotated,
    }
    parts = {
        "roles": [
            _role(full, row, new)
            for row in template.rows["roles"]
            for _, new in text.moved(template, (row["char_start"], row["char_end"]))
        ],
        "meetings": [
            _meeting(full, text, template, meeting, own, days, body) for meeting in template.annotation.meetings
        ],
        "also_reports": _also_reports(full, text, own, body),
    }
    annotation.update({key: value for key, value in parts.items() if value})
    mentions = {kind: _mentions(full, text, body, key) for kind, key in _MENTIONS}
    annotation["mentions"] = {kind: value for kind, value in mentions.items() if value}
    return f"syn{n:06d}_{digest[:16]}", full, annotation


_MENTIONS = (("people", "person"), ("organizations", "organization"), ("topics", "topic"))


def _role(full: str, row: dict[str, Any], new: Span) -> dict[str, Any]:
    role = {
        "person": row["person_id"],
        "organization": row["organization_id"],
        "title": row["title"],
        "quote": _selector(full, new, (0, len(full))),
    }
    return {k: v for k, v in role.items() if v is not None}


def _meeting(
    full: str, text: _Text, template: ResolvedArticle, meeting: Any, own: dict[str, str], days: int, body: Span
) -> dict[str, Any]:
    evidence = [
        _selector(full, new, body)
        for row in template.rows["meeting_sources"]
        if row["meeting_id"] == meeting.id
        for piece, new in text.moved(template, (row["char_start"], row["char_end"]), body=True)
        if piece.meetings == own
    ]
    entry: dict[str, Any] = {
        "id": own[meeting.id],
        "kind": meeting.kind,
        "label": meeting.label,
        "status": meeting.status,
    }
    if meeting.place:
        entry["place"] = meeting.place
    if meeting.date:
        dated = [
            (row["char_start"], row["char_end"])
            for row in template.rows["meeting_date_evidence"]
            if row["meeting_id"] == meeting.id
        ]
        spans = [new for span in dated for _, new in text.moved(template, span)]
        if spans or meeting.date.basis == "inferred":
            entry["date"] = _shifted(meeting.date, days, _selector(full, spans[0], (0, len(full))) if spans else None)
    if meeting.parent in own:
        entry["parent"] = own[meeting.parent]
    entry["participants"] = [p.model_dump(exclude_none=True) for p in meeting.participants]
    entry["evidence"] = evidence
    return entry


def _body_spans(text: _Text, kind: str) -> Iterator[tuple[Piece, dict[str, Any], Span]]:
    """Rows of ``kind`` whose span lies whole in a carried body sentence, with the new span."""
    for piece, at in text.placed:
        if not piece.body:
            continue
        for row in piece.article.rows[kind]:
            span = (row["char_start"], row["char_end"])
            if _within(span, piece.span):
                yield piece, row, (span[0] - piece.span[0] + at, span[1] - piece.span[0] + at)


def _also_reports(full: str, text: _Text, own: dict[str, str], body: Span) -> list[dict[str, Any]]:
    reports: dict[str, list[Any]] = {}
    for piece, row, new in _body_spans(text, "meeting_sources"):
        if piece.meetings and piece.meetings != own and row["meeting_id"] in piece.meetings:
            reports.setdefault(piece.meetings[row["meeting_id"]], []).append(_selector(full, new, body))
    return [{"meeting": meeting, "evidence": evidence} for meeting, evidence in reports.items()]


def _mentions(full: str, text: _Text, body: Span, key: str) -> list[dict[str, Any]]:
    out = []
    for piece, row, new in _body_spans(text, f"{key}_mentions"):
        entry = {key: row[f"{key}_id"], "quote": _selector(full, new, body)}
        if key == "topic":
            speakers = [
                said["person_id"]
                for said in piece.article.rows["topic_mention_speakers"]
                if (said["char_start"], said["topic_id"]) == (row["char_start"], row["topic_id"])
            ]
            if speakers:
                entry["speakers"] = speakers
            if row["meeting_id"] in piece.meetings:
                entry["meeting"] = piece.meetings[row["meeting_id"]]
        out.append(entry)
    return out


_SOURCE: Source | None = None


def _init(seeds: Path) -> None:
    global _SOURCE
    _SOURCE = Source.load(seeds)


def _write_range(out: Path, seed: int, first: int, last: int) -> None:
    for n in range(first, last):
        article_id, text, annotation = synth_article(_SOURCE, seed, n)
        (out / f"{article_id}.txt").write_text(text, encoding="utf-8")
        (out / f"{article_id}.yaml").write_text(
            yaml.dump(
                annotation, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None
            ),
            encoding="utf-8",
        )


def synth(count: int, out: Path, seeds: Path, seed: int = 0, jobs: int = 1, chunk: int = 500) -> None:
    """Write a seeds tree of ``count`` synthetic articles (with registries and package.yaml) into ``out``."""
    if out.exists() and any(out.iterdir()):
        raise SeedError([Problem(out, None, "output folder is not empty; give a new or empty folder")])
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(seeds / "registry", out / "registry")
    shutil.copy2(seeds / "package.yaml", out / "package.yaml")
    ranges = [(start, min(start + chunk, count)) for start in range(0, count, chunk)]
    if jobs <= 1:
        _init(seeds)
        for first, last in ranges:
            _write_range(out, seed, first, last)
        return
    with process_pool(jobs, __name__, initializer=_init, initargs=(seeds,)) as pool:
        for future in [pool.submit(_write_range, out, seed, first, last) for first, last in ranges]:
            future.result()
