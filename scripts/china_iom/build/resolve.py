"""Resolve one annotated article: quotes to offsets, ids to registry entries, dates to windows.

The result is the article's rows for every article-derived table. Everything
that can be checked within one article is checked here; checks that need all
articles (meeting ids, parents) are in ``corpus``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from china_iom.annotation import dates
from china_iom.annotation.models import Annotation, DateClaim, Item, QuoteSpec, TopicMention, selector
from china_iom.annotation.quotes import QuoteError, find_all, resolve
from china_iom.annotation.registry import Registries, fold, surface_forms
from china_iom.annotation.sentences import split_sentences
from china_iom.annotation.suggestions import did_you_mean
from china_iom.annotation.validate import validate
from china_iom.annotation.yamlsource import YamlDoc
from china_iom.errors import Problem, SeedError

Loc = tuple[str | int, ...]
Row = dict[str, Any]
IOM_FOUNDED = dt.date(1951, 12, 5)  # no date of this data set falls in a year before IOM's founding


Ref = tuple[str, int | None]  # a meeting id and the line that names it


@dataclass(frozen=True)
class Links:
    """What the cross-article checks need of one article: its meeting ids and references, with their lines."""

    path: str  # the YAML file (a string: cheaper to store and load in bulk than a Path)
    meetings: tuple[tuple[Ref, Ref], ...]  # (id, parent) of each meeting defined; parent id may be None
    reports: tuple[Ref, ...]  # also_reports targets
    topics: tuple[Ref, ...]  # meetings named by topic mentions


@dataclass
class ResolvedArticle:
    """One article's annotation, validated, with its table rows."""

    article_id: str
    text: str
    doc: YamlDoc
    annotation: Annotation
    rows: dict[str, list[Row]] = field(default_factory=dict)

    def links(self) -> Links:
        """The article's meeting ids and references, located in its YAML file."""
        line, annotation = self.doc.line, self.annotation
        return Links(
            str(self.doc.path),
            tuple(
                ((m.id, line(("meetings", i, "id"))), (m.parent, line(("meetings", i, "parent"))))
                for i, m in enumerate(annotation.meetings)
            ),
            tuple((r.meeting, line(("also_reports", i, "meeting"))) for i, r in enumerate(annotation.also_reports)),
            tuple(
                (t.meeting, line(("mentions", "topics", i, "meeting")))
                for i, t in enumerate(annotation.mentions.topics)
                if t.meeting is not None
            ),
        )


@dataclass
class _Context:
    article_id: str
    text: str
    doc: YamlDoc
    registries: Registries
    include_drafts: bool
    body: tuple[int, int] = (0, 0)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def fail(self, loc: Loc, message: str) -> None:
        self.problems.append(self.doc.problem(loc, message))

    def first(self, seen: dict[tuple, Loc], key: tuple, loc: Loc, what: str) -> bool:
        """Whether ``key`` (a row's primary key) is new in ``seen``; else a problem naming the first."""
        if key in seen:
            self.fail(loc, f"{what} repeats {'.'.join(map(str, seen[key]))} (the same span); delete one of the two")
            return False
        seen[key] = loc
        return True

    def span(self, spec: QuoteSpec, loc: Loc, in_body: bool = True) -> tuple[int, int] | None:
        """Offsets of a quote, searched in the body (or the whole text)."""
        start, end = self.body if in_body else (0, len(self.text))
        try:
            return resolve(self.text, selector(spec), start, end)
        except QuoteError as exc:
            scope = "the article body" if in_body else "the article text"
            self.fail(loc, (in_body and self.outside_body(spec)) or f"{exc} (searched {scope})")
            return None

    def outside_body(self, spec: QuoteSpec) -> str | None:
        """Why a quote missing from the body failed, if it stands elsewhere in the text."""
        quote = selector(spec)
        if not quote.exact.strip() or find_all(self.text, quote, *self.body):
            return None
        elsewhere = find_all(self.text, quote)
        if not elsewhere:
            return None
        return (
            f"{quote.describe()} lies outside the article body (at character {elsewhere[0][0]}; the body is "
            f"{self.body[0]}-{self.body[1]}): mentions and evidence must lie inside it; quote the body, or "
            "fix article.body"
        )

    def sentence_of(self, span: tuple[int, int], loc: Loc) -> str | None:
        """Id of the sentence holding ``span``, or a problem if it crosses a boundary."""
        starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(starts, span[0]) - 1
        if i >= 0 and span[1] <= self.sentences[i][1]:
            return f"{self.article_id}:{i + 1:03d}"
        self.fail(loc, f"quote {self.text[span[0] : span[1]]!r} crosses a sentence boundary; quote within one sentence")
        return None

    def evidence(self, spec: QuoteSpec, loc: Loc) -> Row | None:
        """Span columns (with sentence) for a quote in the body."""
        span = self.span(spec, loc)
        if span is None:
            return None
        sentence = self.sentence_of(span, loc)
        if sentence is None:
            return None
        return {
            "article_id": self.article_id,
            "sentence_id": sentence,
            "char_start": span[0],
            "char_end": span[1],
            "quote": self.text[span[0] : span[1]],
        }

    def known(self, kind: str, value: str | None, loc: Loc) -> None:
        """Problem unless ``value`` is an id in registry ``kind``."""
        entries = self.registries.get(kind).entries
        if value is not None and value not in entries:
            self.fail(
                loc,
                f"unknown {kind[:-1] if kind != 'people' else 'person'} id {value!r}"
                f"{did_you_mean(value, entries)}; add it to registry/{kind}.yaml or fix the id",
            )

    def confirmed(self, item: Item, loc: Loc) -> bool:
        """False (with a problem) for a draft item when drafts are not included."""
        if item.proposed and not self.include_drafts:
            self.fail((*loc, "proposed"), "draft item (proposed: true); confirm it by removing the flag")
            return False
        return True

    def date(self, claim: DateClaim | None, prefix: str, loc: Loc) -> Row:
        """Date columns (``prefix``_...) for a claim, checked for form and order."""
        row: Row = {f"{prefix}_{key}": None for key in ("precision", "earliest", "latest", "basis", "note")}
        if claim is None:
            return row
        try:
            earliest, latest = dates.window(claim.start, claim.precision)
        except ValueError as exc:
            self.fail((*loc, "start"), str(exc))
            return row
        if claim.end is not None:
            try:
                end_first, latest = dates.window(claim.end, claim.precision)
            except ValueError as exc:
                self.fail((*loc, "end"), str(exc))
                return row
            if end_first < earliest:
                self.fail((*loc, "end"), f"end {claim.end} is before start {claim.start}; swap or correct them")
                return row
        if claim.not_after is not None:
            bound = dates.window(claim.not_after, "day")[0]
            if not earliest <= bound < latest:
                self.fail(
                    (*loc, "not_after"),
                    f"not_after {claim.not_after} must lie inside the date's window "
                    f"{earliest}..{latest} and before its last day; correct it or leave it out",
                )
                return row
            latest = bound
        row.update(
            {
                f"{prefix}_precision": claim.precision,
                f"{prefix}_earliest": earliest,
                f"{prefix}_latest": latest,
                f"{prefix}_basis": claim.basis,
                f"{prefix}_note": claim.note,
            }
        )
        return row


def resolve_article(
    article_id: str, text: str, doc: YamlDoc, registries: Registries, include_drafts: bool = False
) -> ResolvedArticle:
    """Validate and resolve one article, or raise SeedError with every problem found."""
    annotation = validate(doc, Annotation)
    ctx = _Context(article_id, text, doc, registries, include_drafts)
    result = ResolvedArticle(article_id, text, doc, annotation)
    result.rows["articles"] = [_article_row(ctx, annotation, text)]
    if not ctx.problems:
        result.rows["sentences"] = [
            {
                "sentence_id": f"{article_id}:{i:03d}",
                "article_id": article_id,
                "sentence_no": i,
                "char_start": s,
                "char_end": e,
                "text": text[s:e],
            }
            for i, (s, e) in enumerate(ctx.sentences, start=1)
        ]
        result.rows["roles"] = _role_rows(ctx, annotation)
        _meeting_rows(ctx, annotation, result.rows)
        _mention_rows(ctx, annotation, result.rows)
        _check_date_range(ctx, annotation, result.rows)
    ctx.problems.extend(draft_problems(doc, annotation))
    if ctx.problems:
        raise SeedError(ctx.problems)
    return result


def draft_problems(doc: YamlDoc, annotation: Annotation) -> list[Problem]:
    """The problems ``add`` listed, each at the key it concerns: the article is refused until they are resolved."""
    return [
        doc.problem(
            tuple(int(k) if k.isdigit() else k for k in p.at.split(".")) if p.at else ("problems", i),
            f"{p.at or 'draft'}: {p.message} (listed under problems:; resolve it, then delete the entry)",
        )
        for i, p in enumerate(annotation.problems)
    ]


def _article_row(ctx: _Context, annotation: Annotation, text: str) -> Row:
    meta = annotation.article
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != meta.sha256:
        ctx.fail(
            ("article", "sha256"),
            f"article text changed since it was annotated (sha256 is {digest}); "
            "re-check every quote, then update article.sha256",
        )
    ctx.known("organizations", meta.publisher, ("article", "publisher"))
    start = ctx.span(meta.body.start, ("article", "body", "start"), in_body=False)
    end = ctx.span(meta.body.end, ("article", "body", "end"), in_body=False)
    if start and end:
        if end[1] <= start[0]:
            ctx.fail(("article", "body", "end"), "body end comes before body start")
        else:
            ctx.body = (start[0], end[1])
            ctx.sentences = split_sentences(text, *ctx.body)
    published = meta.published
    return {
        "article_id": ctx.article_id,
        "title": meta.title,
        "publisher_id": meta.publisher,
        "url": meta.url,
        "language": meta.language,
        "published": published.start if published else None,
        **ctx.date(published, "published", ("article", "published")),
        "sha256": digest,
        "n_chars": len(text),
        "body_start": ctx.body[0],
        "body_end": ctx.body[1],
        "annotated": _day(ctx, annotation.annotated),
        "note": meta.note,
    }


def _day(ctx: _Context, value: str) -> Any:
    try:
        return dates.window(value, "day")[0]
    except ValueError as exc:
        ctx.fail(("annotated",), str(exc))
        return None


def _check_date_range(ctx: _Context, annotation: Annotation, rows: dict[str, list[Row]]) -> None:
    """A date in a year before IOM's founding (1951), or a publication after the annotation date, is a slip
    (a typed year such as 1066) unless the date's note explains it."""
    article = rows["articles"][0]
    dated = [(("article", "published"), article, "published")]
    dated += [
        (("meetings", i, "date"), row, "date")
        for i, meeting in enumerate(annotation.meetings)
        for row in rows["meetings"]
        if row["meeting_id"] == meeting.id
    ]
    for loc, row, prefix in dated:
        earliest, latest = row[f"{prefix}_earliest"], row[f"{prefix}_latest"]
        if latest is None or row[f"{prefix}_note"]:
            continue
        if latest.year < IOM_FOUNDED.year:
            ctx.fail(
                (*loc, "start"),
                f"date {earliest} is before 1951, when IOM was founded; correct the year, or "
                "write the date's note saying why it is right",
            )
        elif prefix == "published" and article["annotated"] and earliest > article["annotated"]:
            ctx.fail(
                (*loc, "start"),
                f"published {earliest} is after the annotation date {article['annotated']}; "
                "correct the date, or write the date's note saying why it is right",
            )


def _role_rows(ctx: _Context, annotation: Annotation) -> list[Row]:
    rows = []
    for i, role in enumerate(annotation.roles):
        loc = ("roles", i)
        ctx.known("people", role.person, (*loc, "person"))
        ctx.known("organizations", role.organization, (*loc, "organization"))
        span = ctx.span(role.quote, (*loc, "quote"), in_body=False)
        if span is None or not ctx.confirmed(role, loc):
            continue
        rows.append(
            {
                "role_id": f"{ctx.article_id}:r{i + 1:03d}",
                "person_id": role.person,
                "organization_id": role.organization,
                "title": role.title,
                "article_id": ctx.article_id,
                "char_start": span[0],
                "char_end": span[1],
                "quote": ctx.text[span[0] : span[1]],
                "in_body": ctx.body[0] <= span[0] and span[1] <= ctx.body[1],
            }
        )
    return rows


def _meeting_rows(ctx: _Context, annotation: Annotation, rows: dict[str, list[Row]]) -> None:
    meetings, participants, sources, dated = [], [], [], []
    for i, meeting in enumerate(annotation.meetings):
        loc = ("meetings", i)
        if not ctx.confirmed(meeting, loc):
            continue
        ctx.known("places", meeting.place, (*loc, "place"))
        for j, who in enumerate(meeting.participants):
            ctx.known("people", who.person, (*loc, "participants", j, "person"))
            ctx.known("organizations", who.organization, (*loc, "participants", j, "organization"))
            participants.append(
                {
                    "meeting_id": meeting.id,
                    "participant_no": j + 1,
                    "person_id": who.person,
                    "organization_id": who.organization,
                }
            )
        sources.extend(_sources(ctx, meeting.id, meeting.evidence, (*loc, "evidence")))
        dated.extend(_date_evidence(ctx, meeting.id, meeting.date, (*loc, "date")))
        meetings.append(
            {
                "meeting_id": meeting.id,
                "kind": meeting.kind,
                "label": meeting.label,
                "status": meeting.status,
                "place_id": meeting.place,
                "date_start": meeting.date.start if meeting.date else None,
                "date_end": meeting.date.end if meeting.date else None,
                **ctx.date(meeting.date, "date", (*loc, "date")),
                "parent_meeting_id": meeting.parent,
                "defined_in_article_id": ctx.article_id,
                "note": meeting.note,
            }
        )
    for i, report in enumerate(annotation.also_reports):
        if ctx.confirmed(report, ("also_reports", i)):
            sources.extend(_sources(ctx, report.meeting, report.evidence, ("also_reports", i, "evidence")))
    seen: dict[tuple, Loc] = {}
    sources = [
        row
        for row in sources
        if ctx.first(seen, (row["meeting_id"], row["char_start"]), row.pop("loc"), "this evidence of the meeting")
    ]
    rows.update(
        meetings=meetings, meeting_participants=participants, meeting_sources=sources, meeting_date_evidence=dated
    )


def _sources(ctx: _Context, meeting_id: str, quotes: list[QuoteSpec], loc: Loc) -> list[Row]:
    found = ((ctx.evidence(spec, (*loc, k)), (*loc, k)) for k, spec in enumerate(quotes))
    return [{"meeting_id": meeting_id, **row, "loc": at} for row, at in found if row is not None]


def _date_evidence(ctx: _Context, meeting_id: str, claim: DateClaim | None, loc: Loc) -> list[Row]:
    span = ctx.span(claim.quote, (*loc, "quote"), in_body=False) if claim and claim.quote else None
    if span is None:
        return []
    return [
        {
            "meeting_id": meeting_id,
            "article_id": ctx.article_id,
            "char_start": span[0],
            "char_end": span[1],
            "quote": ctx.text[span[0] : span[1]],
        }
    ]


_MENTIONS = (("people", "person"), ("organizations", "organization"), ("topics", "topic"))


def _mention_rows(ctx: _Context, annotation: Annotation, rows: dict[str, list[Row]]) -> None:
    speakers: list[Row] = []
    for kind, key in _MENTIONS:
        table: list[Row] = []
        seen: dict[tuple, Loc] = {}
        for i, mention in enumerate(getattr(annotation.mentions, kind)):
            loc = ("mentions", kind, i)
            entity_id = getattr(mention, key)
            ctx.known(kind, entity_id, (*loc, key))
            row = ctx.evidence(mention.quote, (*loc, "quote"))
            if row is None or not ctx.confirmed(mention, loc):
                continue
            if not ctx.first(seen, (row["char_start"], entity_id), (*loc, "quote"), f"this {key} mention"):
                continue
            _check_alias(ctx, kind, entity_id, row["quote"], (*loc, "quote"))
            row[f"{key}_id"] = entity_id
            if kind == "topics":
                row["meeting_id"] = mention.meeting
                speakers.extend(_speaker_rows(ctx, mention, row, loc))
            table.append(row)
        rows[f"{key}_mentions"] = table
    rows["topic_mention_speakers"] = speakers


def _speaker_rows(ctx: _Context, mention: TopicMention, row: Row, loc: Loc) -> list[Row]:
    """One row per speaker of a topic mention; each speaker named once."""
    found = []
    for k, person in enumerate(mention.speakers):
        ctx.known("people", person, (*loc, "speakers", k))
        if person in mention.speakers[:k]:
            ctx.fail((*loc, "speakers", k), f"speaker {person!r} is listed twice; name each speaker once")
        found.append(
            {
                "article_id": row["article_id"],
                "char_start": row["char_start"],
                "topic_id": row["topic_id"],
                "person_id": person,
            }
        )
    return found


def _forms(entity: Any) -> frozenset[str]:
    """An entity's names and aliases with white space normalised, computed once per entity object."""
    forms = _FORMS.get(id(entity))
    if forms is None or forms[0] is not entity:
        forms = _FORMS[id(entity)] = (entity, frozenset(" ".join(form.split()) for form in surface_forms(entity)))
    return forms[1]


_FORMS: dict[int, tuple[Any, frozenset[str]]] = {}  # id(entity) -> (entity, its forms)


def _check_alias(ctx: _Context, kind: str, entity_id: str, quote: str, loc: Loc) -> None:
    entity = ctx.registries.get(kind).entries.get(entity_id)
    if entity is None:
        return
    forms = _forms(entity)
    if " ".join(quote.split()) not in forms:
        near = " (it differs only in case or accents)" if fold(quote) in {fold(f) for f in forms} else ""
        ctx.fail(
            loc,
            f"{quote!r} is not a name or alias of {entity_id!r}{near}; add it to its aliases in registry/{kind}.yaml",
        )
