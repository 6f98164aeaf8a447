"""Gatherings: the one a sentence introduces, the one a speaker joins, a speech given there again."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.meeting import AT_THE_GATHERING, GATHERINGS, ProposedMeeting, make_meeting
from china_iom.drafting.meetings.triggers import PLANNED
from china_iom.drafting.meetings.where import place_of


def repeats(meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> bool:
    """A speech already proposed, by the same people within the same gathering, that "In his opening speech, X ..."
    refers back to."""
    return meeting.kind == "speech" and any(
        m.kind == "speech" and m.participants == meeting.participants and m.parent == meeting.parent for m in earlier
    )


def joined_gathering(
    text: str, match: re.Match[str], kind: str, earlier: list[ProposedMeeting]
) -> ProposedMeeting | None:
    """The gathering just reported, for "attended the opening (ceremony)", "attended the session" or "opened the
    workshop"."""
    if (
        kind not in ("conference", "symposium")
        or not match.group(0).startswith(("attend", "opened", "closed"))
        or not AT_THE_GATHERING.match(text, match.start())
    ):
        return None
    return next((m for m in reversed(earlier) if m.kind in GATHERINGS), None)


_WORD = r"(?:[A-Z0-9][\w'’-]*|of|on|for|and|in)"

# A gathering the sentence introduces: "at a special session", "told the High-level Dialogue on ...", "On the margins
# of the first Global Refugee Forum", "Speaking at the 113th session of the IOM Council", "at the Roundtable on ...",
# "officials gathered in Kunming on Thursday for a two-day symposium"
_INTRODUCED = re.compile(
    r"\b(?:at|to|told|addressed|[Aa]ddressing|attend|attended|attending|margins of|sidelines of"
    r"|(?:gathered|convened|assembled|met) (?:(?:in|on|at) [^.;]{0,100}?)?for) (?:(?P<a>an?)|the) "
    r"(?P<words>(?:[\w-]+ ){0,4}?)(?<!press )(?<!news )(?P<noun>(?i:session|round ?table|forum|conference|summit|dialogue|symposium"
    r"|seminar|workshop|congress|reception))\b"
    rf"(?P<name>(?: (?:of|on|for) (?:the )?[A-Z][\w'’-]*(?: {_WORD})*)?)"
)

_GATHERING_KINDS = (
    ("summit", "summit"),
    ("forum|round ?table", "forum"),
    ("symposium|seminar|workshop", "symposium"),
    ("conference|session|congress|dialogue|reception", "conference"),
)

# An organization that opens a sentence (after its dateline) as the subject of its verb
_OPENS = re.compile(r"\s*(?:[^.;]*?\s(?:--|-|–|—)\s+)?(?:The\s+)?")
_ACTS = re.compile(r"\s+(?:has\s+|have\s+)?[a-z]+(?:ed|s)\b")

HOSTED = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|convened) by\b")


def introduced_gathering(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan] | None,
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    where: tuple[set[str], str | None, dict],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """The gathering a sentence introduces (by name, with an ordinal or with "a"), with its hosts ("hosted by X") or
    the organization that meets in it ("session of the IOM Council"), and ``people`` and the organizations of the
    clause naming it when nothing else in the sentence is a meeting; never one an earlier sentence names."""
    s, e = sentence
    at = _INTRODUCED.search(text, s, e)
    if at is None or not (
        at.group("a")
        or re.search(r"\b[A-Z0-9]", at.group("words"))
        or at.group("noun")[0].isupper()
        or at.group("name")
    ):
        return None
    name = re.sub(r"(?: (?:of|on|for|and|in))+$", "", at.group("name"))
    reported = [text[m.sentence[0] : m.sentence[1]] for m in earlier if m.kind in GATHERINGS]
    if any(re.search(rf"\b{at.group('noun')}\b", r, re.IGNORECASE) or (name and name in r) for r in reported):
        return None
    kind = next(k for words, k in _GATHERING_KINDS if re.fullmatch(words, at.group("noun"), re.IGNORECASE))
    hosted = HOSTED.search(text, at.end(), e)
    comma = text.find(",", at.end(), e)
    clause = (max(text.rfind(",", s, at.start()), s), e if comma < 0 else comma)
    hosts = [
        o.entity
        for o in organizations
        if s <= o.start < e
        and (
            hosted.end() <= o.start
            if hosted
            else at.start("name") <= o.start < at.end("name")
            or (people is not None and clause[0] <= o.start < clause[1])
        )
    ]
    if people == [] and at.group(0).startswith("at "):  # "The Agency thanked China ..., at a reception": it was there
        hosts += [o.entity for o in organizations if _OPENS.fullmatch(text, s, o.start) and _ACTS.match(text, o.end)]
    status = "planned" if PLANNED.search(text, max(s, at.start() - 30), at.end()) else "held"
    return make_meeting(
        text,
        sentence,
        at,
        kind,
        status,
        [p.entity for p in people or [] if clause[0] <= p.start < clause[1]],
        list(dict.fromkeys(hosts))[:2],
        place_of(text, places, sentence, at, kind, *where),
        dates,
        earlier,
    )
