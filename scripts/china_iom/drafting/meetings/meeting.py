"""One proposed meeting, and the trip or gathering it happened within."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.meetings.when import SAME_DAY, date_of, day_apart, day_within, from_its_end, from_the_lede

# "During the conference, ..." / "On the sidelines of the forum, ...": within the gathering last proposed.
WITHIN = re.compile(
    r"(?:During|On the sidelines of|On the margins of|At) the (?:[\w-]+ ){0,3}?"
    r"(?P<noun>(?i:conference|forum|summit|session|symposium|seminar|workshop|meeting|dialogue|round ?table|course"
    r"|plenary))s?\b|During (?:the|his|her|their) (?:[\w-]+ ){0,2}?(?P<trip>visit|trip|tour|stay)\b"
    r"|On the (?:sidelines|margins|fringes)(?=,)"  # of the gathering last reported
)

# "A also met B on the sidelines of the forum to discuss ...": later in the sentence, within the gathering too
_ALONGSIDE = re.compile(
    r"\b(?:on|at) the (?:sidelines|margins|fringes) of the (?:[\w-]+ ){0,3}?(?P<noun>(?i:conference|forum|summit"
    r"|session|symposium|seminar|workshop|meeting|dialogue|round ?table|course|plenary))s?\b"
)

GATHERINGS = frozenset({"conference", "symposium", "summit", "forum"})

# A speech "at the opening ceremony", "at the session", or by one who "attended the opening", is one of the
# gathering just reported
AT_THE_GATHERING = re.compile(
    r"\b(?:at|(?:attended|attends)(?: and (?:addressed|spoke at))?|attending|addressed|[Aa]ddressing|opened|closed|told) the"
    r" (?:[\w-]+ ){0,2}?(?i:opening|closing|session"
    r"|ceremony|reception|event|workshop|seminar|symposium|forum|conference|summit|plenary|round ?table|dialogue|council"
    r"|assembly|course|launch)\b|\b[Ii]n (?:his|her) (?:opening|closing"
    r"|keynote|welcoming|concluding) "
    # "said in his address", "delivered an opening address": a speech given where the text just was, unless it names
    # another place ("in a speech at Peking University")
    r"|\b(?:[Ii]n|[Dd]uring|delivered|gave|made) (?:(?:an|a|his|her|the) )?(?:(?:opening|closing|keynote|welcoming|concluding) )?"
    r"(?:address|speech|remarks|lecture|presentation|speeches)\b(?! (?:at|to|before|in) (?:the )?[A-Z])"
    r"|\bpresented (?:[\w-]+(?:'s|’s)|his|her|their|its) (?:experience|findings|research|study|work)\b"
    r"|\b(?:addressed|[Aa]ddressing|told|briefed) the (?:participants|delegates|attendees|trainees|audience)\b"
)

# What a speech can be given at: a gathering, or the launch of a project or publication
SPOKEN_AT = GATHERINGS | {"launch"}


@dataclass
class ProposedMeeting:
    """A meeting read from one sentence."""

    kind: str
    status: str
    sentence: tuple[int, int]
    participants: list[str]
    date: DatePhrase | None = None
    date_basis: str | None = None  # how a date not stated in the sentence was taken from another meeting
    place: str | None = None
    parent: int | None = None  # index of the trip, among the proposed meetings
    organizations: list[str] = field(default_factory=list)


_NAMES = {"trip": "trip", "visit": "visit", "conference": "gathering", "symposium": "gathering", "summit": "gathering"}


def make_meeting(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    status: str,
    participants: list[str],
    organizations: list[str],
    place: str | None,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting:
    """One proposed meeting; without a date or place of its own, it takes the trip's it happened within."""
    parent = next(
        (
            i
            for i in range(len(earlier) - 1, -1, -1)
            if earlier[i].kind == "trip" and participants[:1] and participants[0] in earlier[i].participants
        ),
        None,
    )
    within = WITHIN.match(text, sentence[0]) or _ALONGSIDE.search(text, match.end(), sentence[1])
    spoke_there = kind == "speech" and AT_THE_GATHERING.search(text, *sentence)
    if within or spoke_there:
        trip = within and within.groupdict().get("trip")
        kinds = ("trip", "visit") if trip else SPOKEN_AT if spoke_there else GATHERINGS
        latest = [i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind in kinds]
        if within and within.group("noun"):  # or the speech given at the gathering, if it was not proposed
            noun = within.group("noun")
            latest += [i for i, m in enumerate(earlier) if m.kind == "speech" and noun in text[slice(*m.sentence)]][
                ::-1
            ]
        parent = next(iter(latest), parent)
    if spoke_there and parent is not None and earlier[parent].kind in SPOKEN_AT:  # a speaker attended it
        earlier[parent].participants += [p for p in participants if p not in earlier[parent].participants]
    ends = from_its_end(text, sentence, dates) if kind in ("visit", "trip") else None  # "ended a five-day visit"
    date, basis = ends or date_of(text, sentence, match, dates), ends and ends.note
    if date is None and kind in SPOKEN_AT | {"speech"}:  # "..., an official said on Monday. X told a forum ..."
        date = from_the_lede(text, sentence, dates)
        basis = date and f'The day of the lede ("{date.quote}") that announced, unnamed, the speaker named here.'
    meeting = ProposedMeeting(
        kind,
        status,
        sentence,
        participants,
        date,
        basis,
        place=place,
        parent=parent,
        organizations=organizations,
    )
    if meeting.date is None:  # "The following day he met B", "Earlier in the day": a day, before the trip's days
        _same_day(text, meeting, earlier)
    if meeting.date is None and parent is not None and earlier[parent].kind in SPOKEN_AT:
        meeting.date, meeting.date_basis = day_within(text, sentence, earlier[parent].date)
    elif meeting.date is None and parent is not None:
        meeting.date = earlier[parent].date
        meeting.date_basis = (
            f"Held during the {_NAMES.get(earlier[parent].kind, 'meeting')} proposed above; the day is not stated."
        )
    if parent is not None and place is None and kind != "visit":  # a visit went somewhere of its own
        meeting.place = earlier[parent].place
    return meeting


def _same_day(text: str, meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> None:
    """The day of a meeting "the same day", "the next day", "after the talks" ... as (of) the one proposed above (and,
    right after it, its place), where that one has a day."""
    same_day = SAME_DAY.search(text, *meeting.sentence)
    above = next((m for m in reversed(earlier) if m.kind != "trip"), None)  # a trip spans days
    last = above.date if above else None
    if same_day and same_day.group("nth"):  # "On the second day": of the visit or event of several days above
        last = next((m.date for m in reversed(earlier) if m.date and m.date.end_value), None)
    if (
        same_day
        and last
        and last.precision == "day"
        and not ((same_day.group("right_after") or same_day.group("later")) and last.end_value)  # several days: which?
    ):
        meeting.date, meeting.date_basis = day_apart(same_day, last)
        if same_day.group("right_after") and above is not None and meeting.place is None:
            meeting.place = above.place  # "After the talks, the two signed ...": where they met
