"""One proposed meeting, and the trip or gathering it happened within."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.when import (
    ELSEWHERE,
    SAME_DAY,
    after_the_move,
    anchors_days,
    date_of,
    day_apart,
    day_within,
    days_told_next,
    from_its_end,
    from_the_lede,
    moves_between,
    same_place,
    sentence_start,
    stop_ahead,
    told_next,
)

# "During the conference, ..." / "On the sidelines of the forum, ...": within the gathering last proposed.
WITHIN = re.compile(
    r"(?:During|On the sidelines of|On the margins of|At) the (?:[\w-]+ ){0,3}?"
    r"(?P<noun>(?i:conference|forum|summit|session|symposium|seminar|workshop|meeting|dialogue|round ?table|course"
    r"|plenary))s?\b|During (?:the|his|her|their) (?:[\w-]+ ){0,2}?(?P<trip>visit|trip|tour|stay)\b"
    r"|On the (?:sidelines|margins|fringes)(?=,)"  # of the gathering last reported
)

# "A met B on the sidelines of the forum to discuss ...": anywhere in the sentence, within the gathering last proposed
_SIDELINES_OF = re.compile(
    r"\b(?:[Oo]n|at) the (?:sidelines|margins|fringes) of the (?:[\w-]+ ){0,3}?(?P<noun>(?i:conference|forum|summit|session"
    r"|symposium|seminar|workshop|meeting|dialogue|round ?table|course|plenary))s?\b(?:(?P<trip>(?!)))?"
)

_ANSWER = re.compile(r"(?:(?:A|Answer)\s*[:：]\s*)?")  # "A: During the dialogue, ..." in a transcript

GATHERINGS = frozenset({"conference", "symposium", "summit", "forum"})

# A speech "at the opening ceremony", "at the session", or by one who "attended the opening", is one of the
# gathering just reported
AT_THE_GATHERING = re.compile(
    r"\b(?:[Aa]t|(?:attended|attends)(?: and (?:addressed|spoke at))?|attending|addressed|[Aa]ddressing|opened|closed|[Oo]pening|[Cc]losing|[Cc]hairing|[Ss]peaking to|told) the"
    r" (?:[\w-]+ ){0,2}?(?i:opening|closing|session"
    r"|ceremony|reception|event|workshop|seminar|symposium|forum|conference|summit|plenary|round ?table|dialogue|council"
    r"|general debate|high-level segment"
    r"|assembly|course|launch)\b|\b[Ii]n (?:his|her) (?:opening|closing"
    r"|keynote|welcoming|concluding) "
    # "said in his address", "delivered an opening address": a speech given where the text just was, unless it names
    # another place ("in a speech at Peking University")
    r"|\b(?:[Ii]n|[Dd]uring|[Dd]eliver(?:ed|ing)?|gave|[Gg]iv(?:e|ing)|made|[Mm]ak(?:e|ing)) (?:(?:an|a|his|her|the) )?"
    r"(?:(?:opening|closing|keynote|welcom(?:e|ing)|concluding|special|video|brief) )?"
    r"(?:address|speech|remarks|lecture|presentation|speeches|keynote)\b(?! (?:at|to|before|in) (?:the )?[A-Z])"
    r"|\b(?:[Oo]pening|[Cc]losing|[Cc]hairing) the (?:[\w-]+ ){0,2}?meeting\b"
    r"|\bpresented (?:[\w-]+(?:'s|’s)|his|her|their|its) (?:experience|findings|research|study|work)\b"
    r"|\b(?:addressed|[Aa]ddressing|told|briefed|[Ss]peaking to) the (?:participants|delegates|attendees|trainees|audience)\b"
    # "On the second day, X will lecture on passports": a lecture there, unless placed elsewhere ("at the University")
    r"|\b(?:lectured|lecturing|lectures?)\s+(?:on|about)\b(?![^.;]*\bat\s+(?:the\s+)?[A-Z])"
    # "Speaking in the general debate", "spoke on a panel": a part of the gathering just reported
    r"|\b(?:[Ss]peaking|spoke|speaks|speak) (?:in|on) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:debate|panel|plenary|segment)\b"
)

# ", which opened on Monday and runs through Thursday": when the gathering a speech was given in went on
_ITS_GATHERING = re.compile(
    r",\s+which\s+(?:opened|opens|began|begins|started|starts|runs|ran|(?:was|is) held|took place)\b[^,;]*$"
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


def told_after(
    at: int, sentence: tuple[int, int], places: list[EntitySpan], dates: list[DatePhrase]
) -> tuple[str | None, DatePhrase | None]:
    """The first place and the first resolved date the sentence names from ``at`` on: where and when a meeting that a
    clause tells in passing ("..., which the two sides plan to hold in Kunming next spring") is to be (or was) held."""
    place = next((p.entity for p in places if at <= p.start < sentence[1]), None)
    return place, next((d for d in dates if at <= d.start < sentence[1] and d.value), None)


_NAMES = {"trip": "trip", "visit": "visit", "conference": "gathering", "symposium": "gathering", "summit": "gathering"}


def _sidelines_of(text: str, sentence: tuple[int, int], earlier: list[ProposedMeeting]) -> re.Match[str] | None:
    """ "A met B on the sidelines of the forum": only of the gathering last proposed, if its sentence names that
    noun (never "on the sidelines of the summit" after a course)."""
    said = _SIDELINES_OF.search(text, *sentence)
    last = next((m for m in reversed(earlier) if m.kind in GATHERINGS), None)
    if said is None or last is None:
        return None
    return said if re.search(rf"\b{said.group('noun')}", text[slice(*last.sentence)], re.IGNORECASE) else None


# "took part in a round table", "spoke on a panel discussion", "attended a side event": a part of a gathering
_PART_OF = re.compile(
    r"\b(?:a|an) (?:[\w-]+ ){0,3}?(?:round ?table|panel(?: discussion)?|side event|breakout session)\b", re.IGNORECASE
)


def _part_of_gathering(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    participants: list[str],
    place: str | None,
    earlier: list[ProposedMeeting],
) -> int | None:
    """ "Later in the day, A took part in a round table": the gathering last proposed, within none, if A attends it
    and the sentence tells the part on its day ("later in the day", "on the second day") and at no other place."""
    part = _PART_OF.search(text, match.start(), min(sentence[1], match.end() + 40))
    same_day = SAME_DAY.search(text, *sentence)
    if part is None or same_day is None or same_day.group("right_after") or not participants:
        return None
    last = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind in GATHERINGS), None)
    if last is None or earlier[last].parent is not None or participants[0] not in earlier[last].participants:
        return None
    return last if place in (None, earlier[last].place) else None


# "Xu also held working exchanges with ...", "He will also meet with ...": the subject goes on with what it did there
_GOES_ON = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}?(?:will\s+|would\s+)?also\b")


def _gone_on_from(
    text: str,
    sentence: tuple[int, int],
    participants: list[str],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """The meeting the sentence right before told, where ``sentence`` goes on with its subject ("A also", "He will
    also", "She also met") and names no time of its own."""
    last = earlier[-1] if earlier else None
    s, e = sentence
    if (
        last is None
        or not participants
        or participants[0] not in last.participants
        or not _GOES_ON.match(text, s)
        or text[last.sentence[1] : s].strip()
        or SAME_DAY.search(text, s, e)
        or any(s <= d.start < e for d in dates)
    ):
        return None
    return last


def _also_within(
    text: str,
    sentence: tuple[int, int],
    participants: list[str],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> int | None:
    """ "During the conference, A met B. A also held talks with C": within what the meeting the sentence before told
    was within."""
    last = _gone_on_from(text, sentence, participants, dates, earlier)
    return None if last is None else last.parent


# "The delegation was received by ...", "She was received by ...": the visitor received where the visit went
_RECEIVED = re.compile(
    r"\s*(?:(?:The|This|That|Their|His|Her) (?:[\w-]+ ){0,2}?(?:delegation|visitors?|guests?|group|team|mission)"
    r"|He|She|They) (?:was|were) received by\b"
)


def _received_on_the_visit(
    text: str,
    sentence: tuple[int, int],
    participants: list[str],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> int | None:
    """ "A delegation led by A visited the IOM office on Monday. The delegation was received by B": within the visit
    of one day the sentence right before told, where ``sentence`` names no time of its own."""
    last = earlier[-1] if earlier else None
    s, e = sentence
    if (
        last is None
        or last.kind != "visit"
        or last.status != "held"
        or last.date is None
        or last.date.precision != "day"
        or last.date.end_value is not None
        or not participants
        or participants[0] not in last.participants
        or not _RECEIVED.match(text, s)
        or text[last.sentence[1] : s].strip()
        or any(s <= d.start < e for d in dates)
    ):
        return None
    return len(earlier) - 1


# "Earlier, he had met ...", "Before the talks, ...": told out of the order of the days
_TOLD_EARLIER = re.compile(r"\b(?:[Ee]arlier|[Bb]efore|had (?:met|held|visited|been|talked))\b")


def _day_after_one_in(text: str, meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The last meeting of ``meeting``'s traveller told before it, held on a day before it or on its day, where the
    text tells of no move between them nor of ``meeting`` as before ("Earlier, he had met ...")."""
    who = meeting.participants[:1]
    last = next((m for m in reversed(earlier) if m.kind != "trip" and who and who[0] in m.participants), None)
    day, before = _one_day(meeting.date), _one_day(last.date) if last else None
    if last is None or not day or not before or day < before:
        return None
    if moves_between(text, last.sentence[1], meeting.sentence[0]) or _TOLD_EARLIER.search(text, *meeting.sentence):
        return None
    return last


def _city_stayed_in(
    text: str, meeting: ProposedMeeting, dates: list[DatePhrase], earlier: list[ProposedMeeting]
) -> str | None:
    """ "In Beijing on Tuesday, A held talks with B. She also met C", "... The following day he met C": the city of
    the meeting of the same trip the traveller held last, where ``meeting`` goes on from it or follows it by days
    with no move told between, held and naming no place of its own (a visit goes somewhere of its own)."""
    trip = earlier[meeting.parent] if meeting.parent is not None else None
    if trip is None or trip.kind != "trip" or meeting.status != "held" or meeting.kind == "visit":
        return None
    if ELSEWHERE.search(text, *meeting.sentence):
        return None
    last = _gone_on_from(text, meeting.sentence, meeting.participants, dates, earlier) or _day_after_one_in(
        text, meeting, earlier
    )
    if last is None or last.parent != meeting.parent or last.status != "held" or last.place in (None, trip.place):
        return None
    return last.place


_TALKS_AFTER = re.compile(r"\b(?:talks|meeting|consultations|signing)\b")  # what "After the ..." may name


def _right_after_one_within(text: str, sentence: tuple[int, int], earlier: list[ProposedMeeting]) -> int | None:
    """ "After the talks, A and B signed ...": the gathering the talks above were held within, if they were in one
    (never "After the forum", which is past it)."""
    same_day = SAME_DAY.search(text, *sentence)
    above = next((m for m in reversed(earlier) if m.kind != "trip"), None)
    after = same_day.group("right_after") if same_day else None
    if not after or not _TALKS_AFTER.search(after) or above is None or above.kind == "speech" or above.parent is None:
        return None
    return above.parent if earlier[above.parent].kind in GATHERINGS else None


def _a_stop(meeting: ProposedMeeting, place: str | None) -> bool:
    """Whether ``meeting`` is a visit of one day ("The next day she travelled to the port") or elsewhere than ``place``
    ("During his stay in Paris" after a visit in Slovakia): a stop of a trip, never the stay "During her stay" means."""
    date, elsewhere = meeting.date, None not in (place, meeting.place) and place != meeting.place
    one_day = date is not None and date.precision == "day" and date.end_value is None
    return meeting.kind == "visit" and (one_day or elsewhere)


def ceremony_last(text: str, earlier: list[ProposedMeeting]) -> bool:
    """Whether the meeting last proposed is a signing or handover its sentence calls a ceremony."""
    return bool(earlier) and earlier[-1].kind == "signing" and "ceremony" in text[slice(*earlier[-1].sentence)]


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
    within = WITHIN.match(text, _ANSWER.match(text, sentence[0]).end()) or _sidelines_of(text, sentence, earlier)
    spoke_there = kind == "speech" and AT_THE_GATHERING.search(text, *sentence)
    if within or spoke_there:
        kinds = {"trip", "visit"} if within and within.group("trip") else SPOKEN_AT if spoke_there else GATHERINGS
        if spoke_there and ("ceremony" in spoke_there.group(0) or ceremony_last(text, earlier)):
            kinds = kinds | {"signing"}  # "said at the ceremony", "In his speech" after it: the handover's too
        latest = [
            i
            for i in range(len(earlier) - 1, -1, -1)
            if earlier[i].kind in kinds
            and not _a_stop(earlier[i], place)
            and not (status == "held" and earlier[i].status == "planned")  # a trip still to come holds no meeting held
        ]
        if within and within.group("noun"):  # the gathering named so first, or the speech given at it
            noun = within.group("noun")
            latest.sort(key=lambda i: not re.search(rf"\b{noun}", text[slice(*earlier[i].sentence)], re.IGNORECASE))
            latest += [i for i, m in enumerate(earlier) if m.kind == "speech" and noun in text[slice(*m.sentence)]][
                ::-1
            ]
        parent = next(iter(latest), parent)
    if (
        spoke_there
        and parent is not None
        and (earlier[parent].kind in SPOKEN_AT or ceremony_last(text, [earlier[parent]]))
    ):  # a speaker attended it, a handover's ceremony too
        earlier[parent].participants += [p for p in participants if p not in earlier[parent].participants]
    if parent is None:
        parent = _part_of_gathering(text, sentence, match, participants, place, earlier)
    also = _also_within(text, sentence, participants, dates, earlier)  # "A also held talks with C" after one in a forum
    if also is not None and (parent is None or earlier[parent].kind == "trip"):
        parent = also
    if parent is None:
        parent = _right_after_one_within(text, sentence, earlier)
    if parent is None:
        parent = _received_on_the_visit(text, sentence, participants, dates, earlier)
    ends = (  # "ended a five-day visit", "A ten-day course opened on Thursday"
        from_its_end(text, sentence, dates, kind in GATHERINGS) if kind in {"visit", "trip"} | GATHERINGS else None
    )
    date, basis = ends or date_of(text, sentence, match, dates, status == "held"), ends and ends.note
    told = days_told_next(text, sentence, dates) if kind in GATHERINGS else None  # "The session, which opened on ..."
    date, basis = (told, told.note) if told else (date, basis)
    if date is None and kind not in {"trip", "visit"}:  # "A met B. The meeting in X on Sunday ...": its day
        date = (told_next(text, sentence, dates) or (None,))[0]
        basis = date and f'The day the next sentence gives the meeting ("{date.quote}").'
    if kind == "speech" and date is not None and _ITS_GATHERING.search(text[sentence[0] : date.start]):
        date = None  # "an address to the session, which opened on Monday": the session's day, not the address's
    if date is None and kind in SPOKEN_AT | {"speech"}:  # "..., an official said on Monday. X told a forum ..."
        date = from_the_lede(text, sentence, dates)
        basis = date and f'The day of the lede ("{date.quote}") that announced the statement made here.'
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
        same_day(text, meeting, earlier)
    if meeting.date is None and parent is not None and earlier[parent].kind in SPOKEN_AT:
        meeting.date, meeting.date_basis = day_within(text, sentence, earlier[parent].date)
    elif meeting.date is None and parent is not None:
        moved = after_the_move(text, sentence, earlier[parent].date, dates) if earlier[parent].kind == "trip" else None
        ahead = stop_ahead(earlier[parent].date) if status == "planned" and earlier[parent].status == "held" else None
        meeting.date = moved or ahead or earlier[parent].date
        meeting.date_basis = (
            None
            if moved
            else (
                f"Held during the {_NAMES.get(earlier[parent].kind, 'meeting')} proposed above; the day is not stated."
            )
        )
    if parent is not None and meeting.place is None and kind != "visit":  # a visit went somewhere of its own; "The
        meeting.place = earlier[parent].place  # same day she met ...": where the meeting above was, if it says so
    meeting.place = _city_stayed_in(text, meeting, dates, earlier) or meeting.place
    if meeting.place is None:
        _that_days_place(text, meeting, earlier)
    return meeting


def _told_above(text: str, meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The meeting that "the same day", "the next day" ... in ``meeting``'s sentence count from: never one dated by a
    week, month or year ("the session held in Geneva last week"), which names no day."""
    return next(
        (
            m
            for m in reversed(earlier)
            if anchors_days(text, m.sentence, m.status, m.kind, meeting.sentence)
            and (m.date is None or m.date.precision == "day")
        ),
        None,
    )


def _one_day(date: DatePhrase | None) -> str | None:
    """The day ``date`` is, if it is one day."""
    return date.value if date is not None and date.precision == "day" and date.end_value is None else None


def _that_days_place(text: str, meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> None:
    """ "Earlier on Tuesday, A and B met" after A spoke at a workshop in Beijing on Tuesday: a meeting of someone of the
    meeting above, on its day, with no place of its own, was where that one was."""
    above = _told_above(text, meeting, earlier)
    if above is None or above.place is None or _one_day(meeting.date) in (None, "") or meeting.status != "held":
        return
    shared = bool(set(above.participants) & set(meeting.participants))
    if _one_day(meeting.date) == _one_day(above.date) and same_place(text, meeting.sentence, above.kind, shared):
        meeting.place = above.place
        meeting.date_basis = " ".join(
            b
            for b in (meeting.date_basis, "The place is not stated: that of the meeting proposed above, that day.")
            if b
        )


def _day_said(text: str, sentence: tuple[int, int], earlier: list[ProposedMeeting]) -> re.Match[str] | None:
    """The words that date a meeting by the one above ("the same day", "After the talks"): in its own sentence, else
    opening the sentence right before it in its paragraph, one that told no meeting of its own ("After the meeting, A
    and B witnessed the signing of an agreement. C and D signed it.")."""
    if said := SAME_DAY.search(text, *sentence):
        return said
    opening = sentence_start(text, max(0, sentence[0] - 2))
    if "\n" in text[opening : sentence[0]] or any(m.sentence[0] == opening for m in earlier):
        return None
    return SAME_DAY.match(text, opening)


def same_day(text: str, meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> None:
    """The day of a meeting "the same day", "the next day", "after the talks" ... as (of) the one proposed above (and,
    right after it, its place), where that one has a day."""
    same_day = _day_said(text, meeting.sentence, earlier)
    above = _told_above(text, meeting, earlier)
    last = above.date if above else None
    shared = above is not None and bool(set(above.participants) & set(meeting.participants))
    if same_day and same_day.group("nth"):  # "On the second day": of the visit or event of several days above
        last = next((m.date for m in reversed(earlier) if m.date and m.date.end_value), None)
    if same_day and same_day.group("before") and last is None:  # "The previous day", after a meeting told undated
        last = next(
            (
                m.date
                for m in reversed(earlier)
                if m.date and m.date.precision == "day" and m.sentence != meeting.sentence
            ),
            None,
        )
    if (
        same_day
        and last
        and last.precision == "day"
        and not ((same_day.group("right_after") or same_day.group("later")) and last.end_value)  # several days: which?
    ):
        meeting.date, meeting.date_basis = day_apart(same_day, last)
        if (
            above is not None
            and meeting.place is None
            and same_place(text, meeting.sentence, above.kind, shared, same_day)
        ):
            meeting.place = above.place  # "After the talks, the two signed ...": where they met
            meeting.date_basis += " The place is not stated: that of the meeting proposed above."


def _days(date: DatePhrase | None) -> tuple[str | None, str | None] | None:
    """The first and last day of ``date``, if it is a span of days."""
    return (date.value, date.end_value) if date is not None and date.precision == "day" and date.end_value else None


def still_to_come(meetings: list[ProposedMeeting], day: dt.date) -> None:
    """A planned meeting of a trip of several days that takes the trip's days (its own day unstated), written on
    ``day`` within them: from that day to the trip's last, the days before it gone ("The Director General is visiting
    China from 13 to 17 October ... and will travel to Kunming", dated 16 October)."""
    for meeting in meetings:
        trip = meetings[meeting.parent] if meeting.parent is not None else None
        within = trip is not None and trip.kind == "trip" and _days(meeting.date) == _days(trip.date)
        if meeting.status != "planned" or not within or _days(meeting.date) is None:
            continue
        first, last = meeting.date.value, meeting.date.end_value
        if not first < day.isoformat() <= last:
            continue
        today = day.isoformat()
        note = f"Still to come on {today}, the day of writing, within the trip of {first} to {last}; its day is not stated."
        meeting.date = replace(meeting.date, value=today, end_value=last if last != today else None, note=note)
        meeting.date_basis = note
