"""Trips a sentence refers to without reporting them: "During his visit to X", ", who is on a visit"."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.meeting import WITHIN, ProposedMeeting, make_meeting
from china_iom.drafting.meetings.participants import delegation_of, leader, led_from, titled
from china_iom.drafting.meetings.triggers import goes_on, planned
from china_iom.drafting.meetings.when import from_its_end

# "A, who is in China for a working visit", "a delegation led by A, which is on a three-day visit to Serbia", "The
# delegation, led by A, is in the country for a five-day working visit", "B, who is paying a visit to China from 4 to 8
# July"
_STAY = re.compile(
    r"(?:,\s+(?:who|which))?,?\s+(?:is|are|was|were)\s+"
    r"(?:in\s+(?:(?P<country>the country)|(?P<in>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))\s+)?(?:on|for|paying)\s+"
    r"(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b(?:\s+to\s+(?P<to>[A-Z]))?"
)

# "A delegation of X, led by A, is in Egypt this week to learn about ...": a stay told by its week, no visit named
_HERE_NOW = re.compile(
    r",?\s+(?:is|are)\s+in\s+(?P<in>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?P<now>this\s+(?:week|month))\b"
)

# "The delegation is in Manila for a four-day visit": the stay of the delegation a sentence before introduced
_THE_DELEGATION = re.compile(r"\s*The delegation")

# What may stand between the person and the stay: their body (" of the International Organization for Migration
# (IOM)") or title (", Director General of the NIA,"), never words said
_APPOSITION = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|\([A-Z]+\)))*)?"
    r"(?:,(?:(?!\b(?:said|says|told|that|who|which)\b)[^;]){1,160}?)?,?"
)


def visit_on(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    countries: set[str],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """The visit that a relative clause (or the main one) says the person named just before it is on; a trip if it
    names the country (or "the country"), dated only from its end ("a four-day visit that ends on
    Friday"; else the sentence dates what happened during it), unless a trip or visit of that person was proposed.
    "The delegation, led by A, title, is on a visit": with the organizations of A's title; "The delegation is in X
    for a visit": of its leader and the body that sent it."""
    inside = [p for p in people if sentence[0] <= p.start and p.end <= sentence[1]]
    s, e = sentence
    stay = _STAY.search(text, s, e) or _HERE_NOW.search(text, s, e)
    if stay is None:
        return None
    before = [p for p in inside if p.end <= stay.start()]
    if before and _APPOSITION.fullmatch(text, before[-1].end, stay.start()):  # not "A told reporters staff were on"
        who = before[-1].entity
        delegation = re.match(r"\s*The delegation\b", text[s : before[-1].start])
        sent = [o.entity for o in organizations if before[-1].end <= o.start < stay.start()] if delegation else []
        sent = sent or [o for o in [led_from(text, who, people, organizations)] if o]  # "A delegation of X, led by A,"
    elif not before and _THE_DELEGATION.fullmatch(text, s, stay.start()):  # "The delegation is in X for a visit"
        who = leader(text, s, stay.start(), people)
        sent = [o for o in [delegation_of(text, s, stay.start(), people, organizations)] if o]
    else:
        return None
    at = stay.start("in") if stay.group("in") else stay.start("to")
    place = next((p.entity for p in places if p.start == at), None) if at >= 0 else None
    if who is None or any(_same_stay(m, who, place) for m in earlier):
        return None
    kind = "trip" if place in countries or stay.groupdict().get("country") else "visit"
    # "is in Manila for a four-day visit that ends on Friday", "is paying a visit to China from July 4 to 8", "is in
    # Egypt this week"
    now = [d for d in dates if stay.groupdict().get("now") and d.start == stay.start("now")]
    ends = from_its_end(text, sentence, dates) or _days_of_stay(text, stay, dates) or next(iter(now), None)
    return ProposedMeeting(kind, "held", sentence, [who], ends, ends and ends.note, place, organizations=sent)


# the rest of the name of the place a stay is in or to, before the days of it ("to China from July 4 to 8")
_REST_OF_PLACE = re.compile(r"[\w-]*(?:\s+[A-Z][\w-]*)*\s+")


def _days_of_stay(text: str, stay: re.Match[str], dates: list[DatePhrase]) -> DatePhrase | None:
    """The days a stay runs, told right after its place: "is paying a visit to China from July 4 to 8"."""
    return next(
        (
            d
            for d in dates
            if d.end_value is not None and d.start >= stay.end() and _REST_OF_PLACE.fullmatch(text, stay.end(), d.start)
        ),
        None,
    )


# "A welcomed Director General B on his first visit to China since taking office": B's trip there
_WELCOMED = re.compile(r"\bwelcomed\s+(?:(?:[A-Z][\w.'’-]*|the)\s+){0,4}$")
_ON_A_VISIT = re.compile(r"\s+on\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+(?:the\s+)?$")


def welcomed_on(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    places: list[EntitySpan],
    countries: set[str],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "A welcomed B on his first visit to China": B's trip to the country (a visit, to a place in it), the stay the
    meetings of B the text tells are within; none if a trip or visit of B's was proposed."""
    s, e = sentence
    for person in (p for p in people if s <= p.start and p.end <= e):
        if not _WELCOMED.search(text, max(s, person.start - 60), person.start):
            continue
        to = next(
            (p for p in places if person.end < p.start < e and _ON_A_VISIT.fullmatch(text, person.end, p.start)), None
        )
        if to is None or any(_same_stay(m, person.entity, to.entity) for m in earlier):
            return None
        kind = "trip" if to.entity in countries else "visit"
        return ProposedMeeting(kind, "held", sentence, [person.entity], place=to.entity)
    return None


def _same_stay(meeting: ProposedMeeting, who: str, place: str | None) -> bool:
    """Whether ``meeting`` is the stay of ``who`` that a sentence saying they are on a visit (to ``place``) tells of: a
    trip of theirs, or a visit of theirs there, never a stop of one day ("was briefed at the airport on Wednesday")."""
    one_day = meeting.date is not None and meeting.date.precision == "day" and meeting.date.end_value is None
    return who in meeting.participants and (
        meeting.kind == "trip"
        or (meeting.kind == "visit" and not one_day and (place is None or meeting.place in (None, place)))
    )


def trip_referred_to(
    text: str,
    sentence: tuple[int, int],
    first: re.Match[str],
    subject: str | None,
    places: list[EntitySpan],
    dates: list[DatePhrase],
    where: tuple[set[str], str | None, dict],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "During his five-day visit to China, A met ...": A's trip, the parent of what the sentence reports, unless a
    trip or visit of A's was proposed before."""
    s = sentence[0]
    within = WITHIN.match(text, s)
    if (
        within is None
        or not within.group("trip")
        or subject is None
        or any(m.kind in ("trip", "visit") and subject in m.participants for m in earlier)
    ):
        return None
    to = next((p for p in places if within.end() <= p.start < first.start()), None)
    if to is None or not re.fullmatch(r"\s+to\s+(?:the\s+)?", text[within.end() : to.start]):
        return None
    status = "planned" if planned(text, s, first) else "held"
    kind = "trip" if to.entity in where[0] else "visit"
    meeting = make_meeting(text, sentence, within, kind, status, [subject], [], to.entity, dates, earlier)
    meeting.date = None  # the sentence dates what happened during it, not the visit
    return meeting


# "will also travel to Shanghai, where he will attend a seminar", "travelled to Fuzhou, where she visited a centre": a
# leg of a journey to what the "where" clause reports
_LEG = re.compile(r"\b(?:travel|travell?ed|travels|go|goes|went|fly|flies|flew)\b")
_WHERE_CLAUSE = re.compile(r"[^.;]*?,\s+where\s+(?:he|she|they|it)\s+[^.;]*")


def leg_to(text: str, match: re.Match[str], next_trigger: int | None) -> bool:
    """Whether the trigger ``match`` is the journey to a place where the next trigger of its sentence (starting at
    ``next_trigger``) reports what its traveller does: that is the event, the journey none of its own."""
    return (
        next_trigger is not None
        and _LEG.search(match.group(0)) is not None
        and _WHERE_CLAUSE.fullmatch(text, match.end(), next_trigger) is not None
    )


def traveller(
    text: str, start: int, match: re.Match[str], people: list[EntitySpan], earlier: list[ProposedMeeting]
) -> str | None:
    """ "He will also visit Shanghai", ", and she will also travel to Yunnan": the one person of the trip proposed
    last, whose programme the sentence goes on with (a host does not "also visit"), unless an honorific says the
    pronoun is not theirs or fits another person named since."""
    pronoun = goes_on(text, start, match)
    return None if pronoun is None else trip_person(text, pronoun.group("pronoun"), match.start(), people, earlier)


def trip_person(
    text: str, pronoun: str, at: int, people: list[EntitySpan], earlier: list[ProposedMeeting]
) -> str | None:
    """The one person of the trip proposed last, whom "he" or "she" at ``at`` stands for, unless an honorific says
    the pronoun is not theirs or fits another person named since."""
    trip = next((m for m in reversed(earlier) if m.kind == "trip"), None)
    if trip is None or len(trip.participants) != 1:
        return None
    who, said = trip.participants[0], pronoun.lower()
    since = {p.entity for p in people if trip.sentence[1] <= p.start < at} - {who}
    if titled(text, people, who) not in (None, said) or any(titled(text, people, p) == said for p in since):
        return None  # "Ms. B will hold talks with him, and she will also travel to C": she is B
    return who


# "since his last visit in 2019", "her previous visit to Kenya in 2016": an earlier trip the text dates
_EARLIER = re.compile(
    r"\b(?P<pronoun>his|her) (?:last|previous|earlier) (?:[\w-]+ )?(?:visit|trip)(?P<to> to (?:the )?[A-Z][\w-]*)?"
    r" in (?P<year>\d{4})\b"
)


def earlier_trip(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "..., since his last visit in 2019": the earlier trip of the one person of the trip proposed last, to the
    country named or the same one, in that year; never where an honorific says the pronoun is not theirs."""
    s, e = sentence
    said = _EARLIER.search(text, s, e)
    trip = next((m for m in reversed(earlier) if m.kind == "trip"), None)
    if said is None or trip is None or len(trip.participants) != 1:
        return None
    who = trip.participants[0]
    if titled(text, people, who) not in (None, "he" if said.group("pronoun") == "his" else "she"):
        return None
    to = next((p.entity for p in places if said.start("to") <= p.start < said.end("to")), None)
    year = next((d for d in dates if d.start <= said.start("year") < d.end and d.precision == "year"), None)
    if (said.group("to") and to is None) or year is None:
        return None  # a place not registered, or no year resolved: nothing to state
    return ProposedMeeting("trip", "held", sentence, [who], year, place=to or trip.place)


_SPAN = re.compile(r"\bfrom\b.+\b(?:to|until|through)\b|\d\s*[-–]\s*\d")


def tour_of(
    text: str,
    sentence: tuple[int, int],
    kind: str,
    subject: str | None,
    found: list[ProposedMeeting],
    dates: list[DatePhrase],
) -> ProposedMeeting | None:
    """ "A led a delegation to visit IOM, UNHCR and Slovakia from January 9 to 18": the trip of A that holds the
    visits to several places one sentence reports over a span of days, dated by it where it resolves."""
    s, e = sentence
    span = next((d for d in dates if s <= d.start < e and _SPAN.search(d.quote)), None)
    if kind != "visit" or subject is None or len(found) < 2 or span is None:
        return None
    status = found[0].status
    return ProposedMeeting("trip", status, sentence, [subject], span if span.end_value else None)
