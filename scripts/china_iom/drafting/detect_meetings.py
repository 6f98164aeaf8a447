"""Propose meetings from sentences that report them ("met with", "held talks with", "visited", ...).

Each trigger gives a kind; the first in the sentence counts, but a visit referred
back to ("During his visit to X, A held talks with B") is no trigger. The participants are the person named before the
trigger (or, for "He" or a bare title, the last person named before the sentence)
and, for talks, each person named after it: "A held talks with B, C and D" gives
three bilateral meetings. The date is the sentence's own date phrase, else that of
the trip the meeting happened within; the place is the first known place named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan

_TRIGGERS = (
    (re.compile(r"\bheld (?:\w+ )?working talks with\b|\bworking (?:talks|exchanges) with\b"), "working_talks"),
    (re.compile(r"\b(?:held|holds|hold|holding) (?:\w+ )?talks with\b"), "bilateral_talks"),
    (re.compile(r"\b(?:met|meets|meet)(?: \w+){0,3}? with\b|\bmet\b(?= [A-Z])"), "bilateral_talks"),
    (re.compile(r"\bdelivered (?:a |the |an )?(?:[\w-]+ )?(?:speech|address|remarks)\b"
                r"|\bgave (?:a |the |an )(?:[\w-]+ )?(?:speech|address)\b"), "speech"),
    (re.compile(r"\b(?:attended|attends|attending)\b"), "conference"),
    (re.compile(r"\b(?:visited|visits|visiting)\b|\bvisit to\b"), "visit"),
)
_PLANNED = re.compile(r"\b(?:will|to be|is scheduled to|are scheduled to|plans to|is expected to|is set to)\b")
_BACK_REFERENCE = re.compile(r"\b(?:his|her|their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NOT_WHEN = re.compile(r"(?:since|until|before|after)\b", re.IGNORECASE)  # a bound, not the meeting's date
_PRONOUN = re.compile(r"\b(?:He|She|he|she|[A-Z][\w.-]*)(?: also)?\s*$")


@dataclass
class ProposedMeeting:
    """A meeting read from one sentence."""

    kind: str
    status: str
    sentence: tuple[int, int]
    participants: list[str]
    date: DatePhrase | None = None
    date_inherited: bool = False  # the date is that of the trip the meeting happened within
    place: str | None = None
    parent: int | None = None  # index of the trip, among the proposed meetings
    organizations: list[str] = field(default_factory=list)


def propose_meetings(text: str, sentences: list[tuple[int, int]], people: list[EntitySpan],
                     organizations: list[EntitySpan], places: list[EntitySpan], dates: list[DatePhrase],
                     country_places: set[str]) -> list[ProposedMeeting]:
    """Meetings reported by the sentences, in order."""
    meetings: list[ProposedMeeting] = []
    last_person: str | None = None
    for s, e in sentences:
        inside = [p for p in people if s <= p.start and p.end <= e]
        trigger = _first_trigger(text, s, e)
        if trigger is not None:
            match, kind = trigger
            subject = _subject(text, s, match.start(), inside, last_person)
            meetings.extend(_meetings(text, (s, e), match, kind, subject, inside, organizations, places, dates,
                                      country_places, meetings))
        last_person = inside[-1].entity if inside else last_person
    return meetings


def _first_trigger(text: str, start: int, end: int) -> tuple[re.Match[str], str] | None:
    """The first trigger in the sentence; "his visit to", "the visit to" refer back and trigger nothing."""
    found = [(m, kind) for pattern, kind in _TRIGGERS for m in pattern.finditer(text, start, end)
             if not (m.group(0) == "visit to" and _BACK_REFERENCE.search(text, max(start, m.start() - 40), m.start()))]
    return min(found, key=lambda pair: pair[0].start()) if found else None


def _subject(text: str, start: int, at: int, inside: list[EntitySpan], last: str | None) -> str | None:
    before = [p for p in inside if p.end <= at]
    if before:
        return before[-1].entity
    return last if _PRONOUN.search(text[start:at]) else None


def _meetings(text: str, sentence: tuple[int, int], match: re.Match[str], kind: str, subject: str | None,
              inside: list[EntitySpan], organizations: list[EntitySpan], places: list[EntitySpan],
              dates: list[DatePhrase], country_places: set[str], earlier: list[ProposedMeeting]
              ) -> list[ProposedMeeting]:
    s, e = sentence
    status = "planned" if _PLANNED.search(text, max(s, match.start() - 30), match.end()) else "held"
    in_sentence = [p for p in places if s <= p.start and p.end <= e]
    after = [p for p in in_sentence if p.start >= match.end()]  # "visit to China", not the dateline before it
    place = (after or in_sentence)[0].entity if in_sentence else None
    if kind == "visit" and place in country_places:
        kind = "trip"
    counterparts = list(dict.fromkeys(p.entity for p in inside if p.start >= match.end() and p.entity != subject))
    groups = [[c] for c in counterparts] if kind.endswith("talks") and counterparts else [counterparts]
    date = next((d for d in dates if s <= d.start and d.end <= e and d.value and not _NOT_WHEN.match(d.quote)), None)
    parent = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind == "trip"
                   and subject in earlier[i].participants), None)
    orgs = list(dict.fromkeys(o.entity for o in organizations if o.start >= match.end() and s <= o.start < e))
    result = []
    for group in groups:
        participants = [p for p in [subject, *group] if p]
        if not participants and not orgs:
            continue
        meeting = ProposedMeeting(kind, status, sentence, participants, date, place=place, parent=parent,
                                  organizations=[] if group else orgs[:1])
        if date is None and parent is not None:
            meeting.date = earlier[parent].date
            meeting.date_inherited = True
        if place is None and parent is not None:
            meeting.place = earlier[parent].place
        result.append(meeting)
    return result
