"""Write a draft as YAML in the style of the hand-written files.

Quotes are the shortest unique selectors (``quote_selectors``); mentions and
participants are one-line flow mappings; every drafted item carries
``proposed: true``. What could not be drafted is listed under ``problems:`` at
the end (the registries are edited by ``registry_edit``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import yaml

from china_iom.annotation.quotes import Selector
from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.draft import Draft
from china_iom.drafting.quote_selectors import minimal_selector

DRAFT_ANNOTATOR = "china-iom add (draft)"


class Flow(dict):
    """A mapping written on one line."""


def scalar(value: Any) -> str:
    """A YAML scalar safe in flow and block context."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return yaml.safe_dump([value], default_flow_style=True, allow_unicode=True, width=10**9).strip()[1:-1]


def _render(value: Any) -> str:
    if isinstance(value, Selector):
        if not (value.prefix or value.suffix or value.occurrence):
            return scalar(value.exact)
        parts = {"exact": value.exact, "prefix": value.prefix, "suffix": value.suffix, "occurrence": value.occurrence}
        return _render(Flow({k: v for k, v in parts.items() if v}))
    if isinstance(value, Flow):
        return "{" + ", ".join(f"{k}: {_render(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list) and all(not isinstance(v, dict) for v in value):
        return "[" + ", ".join(_render(v) for v in value) + "]"
    return scalar(value)


def _block(value: dict, indent: int = 0) -> list[str]:
    pad, lines = " " * indent, []
    for key, item in value.items():
        if isinstance(item, dict) and not isinstance(item, Flow):
            lines += [f"{pad}{key}:", *_block(item, indent + 2)]
        elif isinstance(item, list) and any(isinstance(v, dict) or len(_render(v)) > 40 for v in item):
            lines.append(f"{pad}{key}:")
            for element in item:
                if isinstance(element, Flow) or not isinstance(element, dict):
                    lines.append(f"{pad}  - {_render(element)}")
                else:
                    inner = _block(element, indent + 4)
                    lines += [f"{pad}  - {inner[0].lstrip()}", *inner[1:]]
        else:
            lines.append(f"{pad}{key}: {_render(item)}")
    return lines


@dataclass(frozen=True)
class _Quoter:
    text: str
    body: tuple[int, int]

    def body_quote(self, start: int, end: int) -> Selector:
        return minimal_selector(self.text, (start, end), self.body)

    def text_quote(self, start: int, end: int) -> Selector:
        return minimal_selector(self.text, (start, end))


def annotation_yaml(draft: Draft, title: str, publisher: str | None, url: str | None, today: dt.date) -> str:
    """The draft annotation file."""
    q = _Quoter(draft.text, draft.layout.body)
    doc = _document(draft.text, draft.layout.body, title, publisher, url, today, draft.published)
    if draft.roles:
        doc["roles"] = [
            {
                "person": r.person,
                **({"organization": r.organization} if r.organization else {}),
                "title": r.title,
                "quote": q.text_quote(r.start, r.end),
                "proposed": True,
            }
            for r in draft.roles
        ]
    meetings, reports = _meetings(draft, q)
    if meetings:
        doc["meetings"] = meetings
    if reports:
        doc["also_reports"] = reports
    doc["mentions"] = _mentions(draft, q)
    return _file(doc, today)


def bare_annotation_yaml(text: str, title: str, publisher: str | None, url: str | None, today: dt.date) -> str:
    """An annotation with the article's facts only (the whole text as its body), when drafting failed."""
    start = len(text) - len(text.lstrip())
    return _file(_document(text, (start, len(text.rstrip())), title, publisher, url, today, None), today)


def problems_yaml(problems: list[tuple[str | None, str]]) -> str:
    """The ``problems:`` list (key concerned, message) that keeps the build from taking the draft as it is."""
    return (
        "\n".join(
            _block(
                {
                    "problems": [
                        Flow({"at": at, "message": message} if at else {"message": message}) for at, message in problems
                    ]
                }
            )
        )
        + "\n"
    )


def _document(
    text: str,
    body: tuple[int, int],
    title: str,
    publisher: str | None,
    url: str | None,
    today: dt.date,
    published: DatePhrase | None,
) -> dict:
    q = _Quoter(text, body)
    article: dict = {"title": title, "publisher": publisher}
    if url:
        article["url"] = url
    if published is not None and published.value:
        article["published"] = _date(published, q, None)
    article["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article["body"] = {
        "start": q.text_quote(*_edge(text, body, first=True)),
        "end": q.text_quote(*_edge(text, body, first=False)),
    }
    article["note"] = "Drafted by china-iom add; check the title, publisher, body and every proposed item."
    return {"article": article, "annotators": [DRAFT_ANNOTATOR], "annotated": today.isoformat()}


def _file(doc: dict, today: dt.date) -> str:
    head = [
        f"# Draft written by `china-iom add` on {today.isoformat()}. Every item marked proposed: true awaits",
        "# a person's confirmation: check it against the text, fix or delete it, then remove the flag.",
    ]
    return "\n".join([*head, *_block(doc)]) + "\n"


def _edge(text: str, body: tuple[int, int], first: bool) -> tuple[int, int]:
    """The first (or last) few words of the body, within its first (or last) line."""
    start, end = body
    if first:
        line_end = text.find("\n", start, end)
        words = list(re.finditer(r"\S+", text[start : end if line_end < 0 else line_end]))[:5]
        return start, start + words[-1].end()
    line_start = text.rfind("\n", start, end) + 1 or start
    words = list(re.finditer(r"\S+", text[max(start, line_start) : end]))[-6:]
    return max(start, line_start) + words[0].start(), end


def _date(phrase: DatePhrase, q: _Quoter, note: str | None) -> dict:
    claim: dict = {"start": phrase.value}
    if phrase.end_value:
        claim["end"] = phrase.end_value
    claim.update(precision=phrase.precision, basis=phrase.basis)
    if phrase.basis != "inferred":
        claim["quote"] = q.text_quote(phrase.start, phrase.end)
    if note or phrase.note:
        claim["note"] = " ".join(dict.fromkeys(n for n in (phrase.note, note) if n))  # a note said once
    return claim


def _meetings(draft: Draft, q: _Quoter) -> tuple[list[dict], list[dict]]:
    meetings, reports = [], []
    for i, meeting in enumerate(draft.meetings):
        evidence = [q.body_quote(*meeting.sentence)]
        if i in draft.also_reports:
            reports.append({"meeting": draft.also_reports[i], "evidence": evidence, "proposed": True})
            continue
        names = [draft.names.get(("people", p), p) for p in meeting.participants]
        names += [draft.names.get(("organizations", o), o) for o in meeting.organizations]
        item: dict = {
            "id": draft.meeting_ids[i],
            "kind": meeting.kind,
            "label": f"{' and '.join(names)} ({meeting.kind.replace('_', ' ')})",
            "status": meeting.status,
        }
        if meeting.place:
            item["place"] = meeting.place
        if meeting.date is not None and meeting.date.value:
            item["date"] = _date(meeting.date, q, meeting.date_basis)
        parent = draft.meeting_ids[meeting.parent] if meeting.parent is not None else draft.parents.get(i)
        if parent:
            item["parent"] = parent
        item["participants"] = [Flow(person=p) for p in meeting.participants] + [
            Flow(organization=o) for o in meeting.organizations
        ]
        item["evidence"] = evidence
        item["proposed"] = True
        meetings.append(item)
    return meetings, reports


_KEYS = {"people": "person", "organizations": "organization", "topics": "topic"}


def _mentions(draft: Draft, q: _Quoter) -> dict:
    out: dict = {kind: [] for kind in _KEYS}
    for mention in draft.mentions:
        item = Flow({_KEYS[mention.kind]: mention.entity_id, "quote": q.body_quote(mention.start, mention.end)})
        if mention.speakers:
            item["speakers"] = list(mention.speakers)
        item["proposed"] = True
        out[mention.kind].append(item)
    return {kind: items for kind, items in out.items() if items}
