"""The meetings one trigger reports: one with each counterpart, or one of everyone named."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
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
    counterparts = list(dict.fromkeys(p.entity for p in inside if p.start >= match.end() and p.entity != subject))
    orgs = list(dict.fromkeys(o.entity for o in organizations if o.start >= match.end() and s <= o.start < e))
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
    elif (kind.endswith("talks") or kind == "visit") and subject and len(orgs) > 1:
        return [
            make_meeting(text, sentence, match, kind, status, [subject], [org], place, dates, earlier) for org in orgs
        ]
    else:
        before = [p.entity for p in inside if p.end <= match.start() and p.entity != subject]
        if kind.endswith("talks") and subject and not before and not orgs:
            return []  # "where he met with senior officials": talks with no one named
        groups = [[] if kind == "speech" and subject else list(dict.fromkeys([*before, *counterparts]))]
    orgs = list(dict.fromkeys([*(o.entity for o in organizations if s <= o.start < match.start()), *orgs]))
    organizers = HOSTED.search(text, match.start(), match.end())  # "A workshop, organized by A and B, was held"
    orgs += [o.entity for o in organizations if organizers and organizers.end() <= o.start < match.end()]
    return _groups(text, sentence, match, kind, status, subject, groups, orgs, place, dates, earlier)


_OFFICIALS_OF = re.compile(
    r"\bwith (?:senior )?(?:officials|officers|representatives|staff|members|leaders|heads|experts) "
    r"(?:of|from) (?:the )?$"
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
