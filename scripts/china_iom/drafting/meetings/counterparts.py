"""The meetings one trigger reports: one with each counterpart, or one of everyone named."""

from __future__ import annotations

import re
from itertools import pairwise

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.clauses import TITLE_WORD
from china_iom.drafting.meetings.gatherings import HOSTED
from china_iom.drafting.meetings.meeting import GATHERINGS, ProposedMeeting, make_meeting
from china_iom.drafting.meetings.triggers import planned
from china_iom.drafting.meetings.when import own_dates
from china_iom.drafting.meetings.where import place_of


def reported_meetings(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    subject: str | None,
    inside: list[EntitySpan],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    where: tuple[set[str], str | None, dict],
    earlier: list[ProposedMeeting],
) -> list[ProposedMeeting]:
    """The meetings one trigger reports: for talks, one with each counterpart (or organization); else one of all named."""
    s, e = sentence
    status = "planned" if planned(text, s, match) else "held"
    place = place_of(text, places, sentence, match, kind, *where)
    if (
        kind == "visit"
        and place in where[0]
        and place != where[1]
        and any(p.entity == place and re.fullmatch(r"\s+(?:the\s+)?", text[match.end() : p.start]) for p in places)
    ):  # a visit to a country named right after the verb ("visited China", "a visit to the Philippines")
        kind = "trip"
    e = _next_subject(text, inside, match.end(), e)
    inside = [p for p in inside if p.start < e]
    counterparts = list(
        dict.fromkeys(
            p.entity
            for p in inside
            if p.start >= match.end()
            and p.entity != subject
            and not _PATRON.search(text, max(match.end(), p.start - 80), p.start)
        )
    )
    met = [
        o for o in organizations if o.start >= match.end() and s <= o.start < e and not _not_met(text, o, organizations)
    ]
    orgs = list(dict.fromkeys(o.entity for o in met))
    officials = list(
        dict.fromkeys(
            o.entity
            for o in organizations
            if match.end() <= o.start < e and _OFFICIALS_OF.search(text, max(s, o.start - 60), o.start)
        )
    )
    if kind == "speech" and match.group(0).endswith("speeches"):  # "A and B delivered speeches": one each
        speakers = dict.fromkeys(p.entity for p in inside if p.end <= match.start())
        return [make_meeting(text, sentence, match, kind, status, [p], [], place, dates, earlier) for p in speakers]
    if kind.endswith("talks") and counterparts:
        groups = [[c] for c in counterparts]
        if subject:  # "meet with Minister A and with officials of B": a meeting with each
            return [
                *(
                    meeting
                    for group, when in zip(groups, own_dates(inside, match, counterparts, dates))
                    for meeting in _groups(
                        text, sentence, match, kind, status, subject, [group], [], place, when, earlier
                    )
                ),
                *(
                    make_meeting(text, sentence, match, kind, status, [subject], [o], place, dates, earlier)
                    for o in officials
                ),
            ]
    elif (kind.endswith("talks") or kind == "visit") and subject and len(orgs) > 1 and not _with_others(inside, match):
        together = (  # "the heads of A, B and C", "run by"; "met separately with officials of A and of B": each
            [orgs]
            if _heads_of(text, met) and not _SEPARATELY.search(text, s, met[0].start)
            else [[org] for org in orgs]
        )
        return [
            make_meeting(text, sentence, match, kind, status, [subject], o, place, dates, earlier) for o in together
        ]
    else:
        before = [p.entity for p in inside if p.start < match.end() and p.entity != subject]  # or in its words
        if kind.endswith("talks") and subject and not before and not orgs and match.groupdict().get("local") is None:
            return []  # "where he met with senior officials": talks with no one named (but "to meet local officials")
        groups = [[] if kind == "speech" and subject else list(dict.fromkeys([*before, *counterparts]))]
    before = [
        o.entity for o in organizations if s <= o.start < match.start() and not _not_met(text, o, organizations)
    ]  # "A delegation of the Department of X of China's Ministry of Y": the department's
    # "A, Commissioner of the NIA, will attend the 115th Session of the IOM Council": the body whose gathering it is first
    own = [o.entity for o in met if kind in GATHERINGS and _OWNER.fullmatch(text, match.end(), o.start)]
    orgs = list(dict.fromkeys([*own, *before, *orgs]))
    # "A workshop, organized by A and B, was held", "The second round of consultations between A and B was held"
    organizers = _ITS_SIDES.search(text, match.start(), match.end())
    orgs += [o.entity for o in organizations if organizers and organizers.end() <= o.start < match.end()]
    return _groups(text, sentence, match, kind, status, subject, groups, orgs, place, dates, earlier)


# "with B, diplomatic counselor to Macron", "with B, special envoy of President C": whom the counterpart serves, in
# the apposition after the counterpart's name (in lower case: never "with A, Minister of Interior B and C"), was not met
_PATRON = re.compile(r",\s+(?:(?!and\b|with\b)[a-z][\w'’-]*\s+){1,5}(?:to|of)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")

# who holds a gathering its own words name: "organized by A and B", "consultations between A and B"
_ITS_SIDES = re.compile(rf"{HOSTED.pattern}|\b(?:consultations|dialogue|talks) between\b")

_OFFICIALS_OF = re.compile(
    r"\bwith (?:senior )?(?:officials|officers|representatives|staff|members|leaders|heads|experts) "
    r"(?:of|from) (?:the )?$"
)


# "the Department of X of the NIA", "a centre supported by IOM": a body named as another's owner or supporter
_OWNER = re.compile(r"\s+of\s+(?:the\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?$")
_SUPPORTER = re.compile(r"\b(?:supported|funded|financed|sponsored|run|operated|built|managed|set up) by (?:the )?$")

# "met with the heads of A, B and other members of C": one meeting with the heads of all the bodies listed; "to
# observe a course run jointly by A and B": one visit to what the bodies listed hold together; "to visit China in
# November for talks with A and B": the visit's one purpose, talks with them all
_HEADS_OF = re.compile(
    r"\b(?:heads|leaders|representatives|officials|members|chiefs) (?:of|from) (?:the )?$"
    r"|\b(?:run|organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|held|conducted) (?:jointly )?by (?:the )?$"
    r"|\bfor (?:talks|consultations|meetings) with (?:the )?$"
)
_SEPARATELY = re.compile(r"\b(?:separately|individually|in turn)\b")
_LISTED = re.compile(
    r"(?:,\s+|,?\s+and\s+)(?:(?:[A-Z][\w-]*|and|other|members|agencies|bodies|organi[sz]ations|heads|of|from|the),?\s+){0,6}?"
)


# ", and Vice Foreign Minister B will meet with him": a clause of its own, whose subject B is no one met before it
_CLAUSE_OPENS = re.compile(rf",\s+and\s+(?:{TITLE_WORD}){{0,6}}$")
_ITS_VERB = re.compile(r"\s+(?:will|would|is to|also|then|later|has|had)\b")


def _next_subject(text: str, inside: list[EntitySpan], start: int, end: int) -> int:
    """Where the people met after the trigger ending at ``start`` end: at a person opening a clause of their own."""
    return next(
        (
            p.start
            for p in inside
            if start <= p.start < end
            and _CLAUSE_OPENS.search(text, max(start, p.start - 80), p.start)
            and _ITS_VERB.match(text, p.end)
        ),
        end,
    )


def _with_others(inside: list[EntitySpan], match: re.Match[str]) -> bool:
    """Whether people besides the subject act in the trigger ("A and B held a working meeting at the Ministry of X"):
    the bodies named after it are where and what they met about, no counterparts of their own."""
    return len({p.entity for p in inside if p.end <= match.start()}) > 1


def _not_met(text: str, org: EntitySpan, organizations: list[EntitySpan]) -> bool:
    """Whether ``org`` only describes another body ("of the NIA" after its department's name, "supported by IOM")."""
    owned = any(_OWNER.fullmatch(text, o.end, org.start) for o in organizations if o.end <= org.start)
    return owned or bool(_SUPPORTER.search(text, max(0, org.start - 30), org.start))


def _heads_of(text: str, met: list[EntitySpan]) -> bool:
    """Whether the bodies met are one list of those whose heads (officials, members) the subject met together ("the
    heads of UNHCR, UNODC and other members of the UN Network"), or who hold what the subject visits ("run by A and B")."""
    return (
        bool(met)
        and bool(_HEADS_OF.search(text, max(0, met[0].start - 30), met[0].start))
        and all(_LISTED.fullmatch(text, a.end, b.start) for a, b in pairwise(met))
    )


def _groups(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    status: str,
    subject: str | None,
    groups: list[list[str]],
    orgs: list[str],
    place: str | None,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> list[ProposedMeeting]:
    """A meeting of the subject with each group; the organizations take part where fewer than two people do."""
    result = []
    for group in groups:
        participants = [p for p in [subject, *group] if p]
        if participants or orgs or kind in GATHERINGS:  # whose hosts a later sentence may give
            result.append(
                make_meeting(
                    text,
                    sentence,
                    match,
                    kind,
                    status,
                    participants,
                    [] if len(participants) > 1 else orgs[:2],
                    place,
                    dates,
                    earlier,
                )
            )
    return result
