"""When a meeting was: its sentence's date, a visit's from its end, a day apart from the one above."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from china_iom.annotation.sentences import split_sentences
from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import IN_FULL, EntitySpan
from china_iom.drafting.meetings.clauses import in_other_clause
from china_iom.drafting.meetings.triggers import EVENT, GIFT, clause_end

SAME_DAY = re.compile(
    r"\b(?:on )?the same day\b|\b(?:later|earlier) (?:that|the same|in the) day\b|\bon that day\b"
    r"|\b(?:that|the same) (?:morning|afternoon|evening)\b|\bin the (?:morning|afternoon|evening)\b(?! of\b)"
    # "After the talks with the Cambodian delegation, ...": right after the meeting above
    rf"|(?P<right_after>\b(?-i:After|Following|Before|Prior to|At the (?:end|close|conclusion) of) the (?:[\w-]+ ){{0,2}}?(?:{EVENT}|signing|call)\b"
    r"(?: with (?:the )?(?-i:[A-Z][\w-]*\.?)(?: [\w.-]+){0,4})?(?=,))"
    # "The next morning he delivered a lecture": the day after, at some hour
    r"|(?P<before>\bthe (?:day before|previous day)\b)"
    r"|(?P<after>\bthe (?:next|following) (?:day|morning|afternoon|evening)\b|\bthe day after\b)"
    r"(?! (?:the|a|an|his|her|its|their)\b)"
    r"|(?P<later>\b(?P<n>two|three|four|five|six) days later\b)"  # from the day of the meeting above
    r"|(?P<nth>\bon the (?P<ordinal>second|third|fourth|fifth|sixth) day\b(?! of\b))",  # of the visit or event above
    re.IGNORECASE,
)

_ORDINALS = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}

# "a four-day visit that ends on Thursday", "before leaving for Beijing on Friday": when it ends, not when it was
_ENDS = re.compile(
    r"\b(?:ends?|ending|ended|conclud\w*|leav\w*|left|depart\w*|return(?:s|ed|ing)? (?:to|home|from))\b[^,.;]{0,30}$"
)  # "returned migrants" is no return

# "held talks with A on October 14 and will travel to Kunming": the day is the first verb's, not the one to come
_THEN_TO_COME = re.compile(
    r"\band\s+(?:(?:also|then|later)\s+)?(?:will|is to|are to|would|(?:is|are) (?:scheduled|expected|due|set) to)\b"
)

# "signed the minutes and agreed to hold the sixth meeting in 2023": the date after it is the plan's
_AGREED_AFTER = re.compile(r"\band\s+(?:also\s+)?(?:agreed|decided)\s+to\b")

# What a speaker said: its places and dates are what the words are about ("said talent was a driver of innovation in
# China", "said the IOM would send trainers in May", "told the forum that it would start in June"), never where or when it was said ("said in Geneva")
SAID = re.compile(
    r"\b(?:said|says|stressed|noted|added|stated|emphasi[sz]ed|underlined|pointed out)\b"
    r"(?:(?: (?:here|in|at|on|during|to)\b[^,;]{0,80}?)? that\b|(?! (?:here|in|at|on|during|to)\b))"
    r"|\b(?:told|tells) [^,;.]{1,80}? that\b"  # "told a forum in Oslo that ...": the words begin after "that"
)

_NOT_WHEN = re.compile(r"(?:since|until|before|after)\b", re.IGNORECASE)  # a bound, not the meeting's date

# "the May 12 earthquake": a day that names something else than a meeting, before that noun
_NAMES_ANOTHER = re.compile(r"\s+(?:earthquake|quake|disaster|floods?|cyclone|typhoon|attacks?|deadline)\b")

# "held talks on a programme planned for next year": a time still to come is never that of a meeting held
_TO_COME = re.compile(r"\b(?:next|the coming)\b", re.IGNORECASE)

# "Guangzhou will open two centres next year, officials said at a symposium on Saturday": who said the words before it
_SAID_AFTER = re.compile(r",\s+(?!(?:who|which)\b)(?:[^,;.]{1,60}?\s)?(?:said|says|told|announced|stated)\b")


def _in_words_said(text: str, date: DatePhrase, at: int) -> bool:
    """Whether ``date`` is in words a speaker named after them said, before the meeting the sentence tells (at ``at``) ("... next
    year, officials said at a symposium on Saturday"), never the day that opens the sentence ("On Monday, the minister
    said at the meeting")."""
    if date.end > at:
        return False
    said = _SAID_AFTER.search(text, date.end, at)
    return said is not None and not (said.start() == date.end and date.quote[:1].isupper())


def own_dates(
    inside: list[EntitySpan], match: re.Match[str], counterparts: list[str], dates: list[DatePhrase]
) -> list[list[DatePhrase]]:
    """The dates to read each counterpart's meeting from: "held talks on Tuesday with A, and on Wednesday called on
    B": B's meeting is on the day named between A and B; without one, on the sentence's."""
    starts = [next(p.start for p in inside if p.entity == c and p.start >= match.end()) for c in counterparts]
    result = []
    for before, at in zip([match.end(), *starts], starts):
        between = [d for d in dates if before <= d.start and d.end <= at and d.value and d.precision == "day"]
        result.append(between[-1:] if result and between else dates)
    return result


_DAYS = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)-day (?:[\w-]+ ){0,2}?(?:(?P<trip>visit|trip|tour|stay|mission)"
    r"|course|workshop|seminar|symposium|forum|conference|session|training|meeting|dialogue)\b",
    re.IGNORECASE,
)

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# A trip's end and its start: "wrapped up a five-day visit", "rounded off ... on Friday", "arrived on Saturday for"
_END_WORDS = (
    r"end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping) up|complet(?:e|es|ed|ing)|round(?:s|ed|ing) off"
    r"|clos(?:e|es|ed|ing)"
)
_START_WORDS = r"beg(?:in|ins|an|un)|start(?:s|ed)?|kick(?:s|ed) off|arriv(?:e|es|ed)|open(?:s|ed)"
_TRIP_ENDS = re.compile(
    rf"\b(?:{_END_WORDS}|leav\w*|left|depart\w*|return(?:s|ed|ing)? (?:to|home|from))\b[^,.;]{{0,40}}$", re.IGNORECASE
)
_TRIP_STARTS = re.compile(rf"\b(?:{_START_WORDS})\b[^,.;]{{0,40}}$")
_BEGAN_THE = re.compile(rf"\b(?:{_START_WORDS})\b(?:[^,.;]{{0,40}}?\s(?:for|on)\s+|\s+)(?:a|an|his|her|their)\s+$")
_ENDED_A = re.compile(rf"\s+(?:{_END_WORDS}) (?:a|an|his|her|their)\s+")
_BEGAN_A = re.compile(rf"\s+(?:{_START_WORDS}) (?:(?:on|for) )?(?:a|an|his|her|their)\s+")

# "concluded on Saturday a five-day visit", "arrived on Saturday for a five-day visit": the day between verb and visit
_THEN_A = re.compile(r"\s+(?:a|an|his|her|their)\s+")
_FOR_A = re.compile(r"\s+(?:(?:for|on) )?(?:a|an|his|her|their)\s+")

# "returned on Sunday from a four-day mission": the day it ended, before the days it lasted
_RETURNED = re.compile(r"\b(?:returned|returns|came back|comes back)(?: home)?\s+$")
_FROM_A = re.compile(r"\s+from (?:a|an|his|her|their)\s+")


# "today (19/08) concluded", "on Wednesday (4/12) began": the day again in figures, in brackets
_ECHO = re.compile(r"\s*\([\d/.\s]{3,10}\)")


def _past_echo(text: str, d: DatePhrase) -> int:
    """Where the words after date ``d`` begin, past the same day given again in figures in brackets."""
    echo = _ECHO.match(text, d.end)
    return echo.end() if echo else d.end


# "addressed the closing ceremony of a three-day workshop": the sentence's day is the event's last
_CLOSING_OF = re.compile(r"\bclosing (?:ceremony |session )?of (?:a|an|the)\s+$")


def _ends_it(text: str, s: int, e: int, days: re.Match[str], d: DatePhrase) -> bool:
    """Whether ``d`` is the day the trip of ``days`` ended ("a four-day visit that ends on Thursday", "today ended a
    five-day visit", "concluded on Saturday a five-day visit", "returned on Sunday from a four-day mission", "on
    Thursday addressed the closing ceremony of a three-day workshop")."""
    return (
        (s <= d.start < e and bool(_CLOSING_OF.search(text, s, days.start())))
        or (days.end() <= d.start < e and bool(_TRIP_ENDS.search(text, s, d.start)))
        or (s <= d.start and bool(_ENDED_A.fullmatch(text, _past_echo(text, d), days.start())))
        or (
            bool(_TRIP_ENDS.search(text, s, d.start))
            and bool(_THEN_A.fullmatch(text, _past_echo(text, d), days.start()))
        )
        or (
            bool(_RETURNED.search(text, s, d.start))
            and bool(_FROM_A.fullmatch(text, _past_echo(text, d), days.start()))
        )
    )


def _begins_it(text: str, s: int, e: int, days: re.Match[str], d: DatePhrase) -> bool:
    """Whether ``d`` is the day the trip of ``days`` began ("began a five-day visit on Monday", "on Monday begins a
    six-day mission", "arrived in Beijing on Saturday for a five-day visit")."""
    return (
        (
            days.end() <= d.start < e
            and bool(_TRIP_STARTS.search(text, days.end(), d.start))
            and not re.search(r"\b(?:who|whom|whose)\b", text[days.end() : d.start])
        )
        or (
            days.end() <= d.start < e
            and bool(_BEGAN_THE.search(text, s, days.start()))
            and bool(re.fullmatch(r"[^,.;]{0,40}", text[days.end() : d.start]))
        )
        or (s <= d.start and bool(_BEGAN_A.fullmatch(text, _past_echo(text, d), days.start())))
        or (
            bool(_TRIP_STARTS.search(text, s, d.start))
            and bool(_FOR_A.fullmatch(text, _past_echo(text, d), days.start()))
        )
    )


def from_its_end(
    text: str, sentence: tuple[int, int], dates: list[DatePhrase], event: bool = False
) -> DatePhrase | None:
    """The days of a trip (with ``event``, a course, forum ...) of n days told by the day it ended ("wrapped up a
    five-day visit on Friday": the days from four before it to it) or began ("arrived on Saturday for a five-day
    visit", "A ten-day training course opened here on Thursday": from it to n - 1 days after it)."""
    s, e = sentence
    days = next((m for m in _DAYS.finditer(text, s, e) if bool(m.group("trip")) != event), None)
    if days is None:
        return None
    day = [d for d in dates if d.precision == "day" and d.value]
    bound = next(((d, True) for d in day if _ends_it(text, s, e, days, d)), None) or next(
        ((d, False) for d in day if _begins_it(text, s, e, days, d)), None
    )
    if bound is None:
        return None
    (said, ends), n = bound, _NUMBERS.get(days.group("n").lower()) or int(days.group("n"))
    other = (dt.date.fromisoformat(said.value) + dt.timedelta(days=1 - n if ends else n - 1)).isoformat()
    first, last = (other, said.value) if ends else (said.value, other)
    how = f"ending on {said.value}" if ends else f"beginning on {said.value}"
    note = f'A "{days.group(0)}" {how} ("{said.quote}"): from {first} to {last}.'
    lo, hi = min(days.start(), said.start), max(days.end(), said.end)  # "returned on Sunday from a four-day": end first
    return DatePhrase(lo, hi, text[lo:hi], first, last, "day", "relative", note)


# "... addressed the 114th Session of the IOM Council on Tuesday. The session, which opened on Monday and runs through
# Thursday, ...": the days of the gathering, told by the sentence right after the one that names it
_THE_GATHERING = re.compile(
    r"\s*The (?:[\w-]+ ){0,3}?(?P<noun>session|conference|forum|symposium|seminar|workshop|summit|dialogue|meeting)\b"
)
_OPENED = re.compile(r"\b(?:opened|opens|began|begins|started|starts)\b[^.;]{0,20}$")
_UNTIL = re.compile(r"\b(?:through|until|till|to|ends?|ended|closes|closed|runs)\s+(?:on\s+)?$")


def _opening_next(text: str, opening: re.Pattern[str], end: int) -> tuple[re.Match[str] | None, int]:
    """The opening of the sentence after the one ending at ``end``, if ``opening`` matches it, and where it ends."""
    the = opening.match(text, end)
    close = _SENTENCE_END.search(text, the.end()) if the else None
    return the, close.start() if close else len(text)


def days_told_next(text: str, sentence: tuple[int, int], dates: list[DatePhrase]) -> DatePhrase | None:
    """The days of the gathering ``sentence`` names, told by the next sentence that opens with it ("The session, which
    opened on Monday and runs through Thursday", "The forum, held from 8 to 10 May", "The two-day seminar starts
    today"); none if the day ``sentence`` states lies outside them."""
    s, e = sentence
    the, stop = _opening_next(text, _THE_GATHERING, e)
    if the is None or not re.search(rf"\b{the.group('noun')}\b", text[s:e], re.IGNORECASE):
        return None
    days = [d for d in dates if the.end() <= d.start < stop and d.value and d.precision == "day"]
    told = next((d for d in days if d.end_value), None) or from_its_end(text, (e, stop), dates, event=True)
    pair = next(
        (
            (a, b)
            for a, b in itertools.pairwise(days)
            if _OPENED.search(text, the.end(), a.start) and _UNTIL.search(text, a.end, b.start) and a.value < b.value
        ),
        None,
    )
    if told is None and pair is None:
        return None
    first, last = (told.value, told.end_value) if told else (pair[0].value, pair[1].value)
    lo, hi = (told.start, told.end) if told else (pair[0].start, pair[1].end)
    own = [d.value for d in dates if s <= d.start < e and d.value and d.precision == "day"]
    if any(not first <= v <= last for v in own):
        return None
    note = f'The days of the {the.group("noun")} told in the next sentence ("{text[lo:hi]}"): {first} to {last}.'
    return DatePhrase(lo, hi, text[lo:hi], first, last, "day", "relative", note)


# "The meeting in the capital Mogadishu on Sunday discussed ...", "The talks, held in Shanghai on Tuesday, focused ...",
# "The meeting took place at the ministry in Beijing.": the day and place of the meeting the sentence before told
_TOLD_NEXT = re.compile(
    r"\s*The (?:[\w-]+ ){0,2}?(?P<noun>meeting|talks|discussions?|consultations?)\b"
    r"(?P<held>,? (?:which|that) (?:was held|took place)|,? held| (?:was|were) held| took place)?"
)
_VENUE = r"(?:,?\s+(?:in|at)\s+[^,.;]{1,60}?)"
_UP_TO_THE_DAY = re.compile(rf"{_VENUE}?,?\s+(?:on\s+)?")
_VENUE_AFTER = re.compile(rf"{_VENUE}(?=[,.;])")


def _a_day(d: DatePhrase) -> bool:
    """Whether ``d`` is a day, or a phrase with no date to read it against ("on Sunday" in a text with none)."""
    return d.precision == "day" or d.value is None


def told_next(
    text: str, sentence: tuple[int, int], dates: list[DatePhrase]
) -> tuple[DatePhrase | None, tuple[int, int]] | None:
    """The day (if one) and the span naming the place of the meeting ``sentence`` tells, where the next sentence opens
    with it and says no more than where and when it was ("The meeting in the capital X on Sunday discussed ...", "The
    talks, held on Tuesday in X, ..."); none where it names it to say something else ("The meeting discussed a
    workshop to be held in X on Monday"), the sentence names no meeting, or it has a day of its own and the next
    sentence another."""
    s, e = sentence
    the, stop = _opening_next(text, _TOLD_NEXT, e)
    if the is None or not re.search(r"\b(?:met|meet|talks|discuss|consult)", text[s:e], re.IGNORECASE):
        return None
    own = any(s <= d.start < e and _a_day(d) for d in dates)
    day = next(
        (
            d
            for d in dates
            if the.end() <= d.start < stop and _a_day(d) and _UP_TO_THE_DAY.fullmatch(text, the.end(), d.start)
        ),
        None,
    )
    if day is not None and own:  # "A met B on Monday. The talks in Geneva on Thursday ...": another meeting
        return None
    if day is not None:
        after = _VENUE_AFTER.match(text, day.end)
        return day if day.value else None, (the.end(), after.end() if after else day.end)
    venue = _VENUE_AFTER.match(text, the.end()) if the.group("held") else None
    return (None, venue.span()) if venue else None


# "On Wednesday, the deputy high commissioner travelled to Beihai.": a move to the place of the stop the next sentence
# tells ("He met officials of the Beihai Municipal People's Government")
_MOVED = re.compile(r"\b(?:travell?ed|flew|went|headed|moved on|proceeded|arrived)\s+(?:on\s+)?(?:to|in|for)\b")


def moves_between(text: str, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` tells of a move ("travelled to Shanghai", "arrived in X")."""
    return _MOVED.search(text, start, end) is not None


def after_the_move(
    text: str, sentence: tuple[int, int], trip: DatePhrase | None, dates: list[DatePhrase]
) -> DatePhrase | None:
    """The days of a stop of a trip of several days that ``sentence`` tells with no day of its own, right after a
    sentence of its paragraph saying on which day the traveller moved there: from that day to the trip's last; none
    for what is told as before ("Earlier, he had met ...")."""
    s, e = sentence
    if trip is None or trip.precision != "day" or not trip.end_value or _TOLD_AS_BEFORE.match(text, s):
        return None
    if re.search(r"\b(?:had|Earlier|earlier|Before|before)\b", text[s:e]):
        return None
    before = split_sentences(text, text.rfind("\n", 0, s) + 1, s)  # the paragraph up to the sentence
    opening = before[-1][0] if before else s
    move = _MOVED.search(text, opening, s)
    day = next(
        (d for d in dates if opening <= d.start < s and d.value and d.precision == "day" and not d.end_value), None
    )
    if move is None or day is None or not trip.value <= day.value <= trip.end_value:
        return None
    note = (
        f'After the move the sentence before tells ("{day.quote}", {day.value}) and before the trip ended '
        f"({trip.end_value}); the day is not stated."
    )
    return DatePhrase(day.start, day.end, day.quote, day.value, trip.end_value, "day", "relative", note)


# "Before arriving in Beijing, the delegation visited ...": a stop told out of order, before the days the text follows
_TOLD_AS_BEFORE = re.compile(
    r"\s*(?:Before|Prior to|Earlier,)\s+(?:(?:arriving|coming|travelling|traveling|flying|heading|going)\b"
    r"|(?:his|her|their|its|the delegation's) (?:arrival|visit|trip|stay)\b|$)"
)

# A past tense of a clause of its own ("villages that received people fleeing fighting last year", "the Global
# Compact, adopted in Marrakech earlier this month"): its date is the clause's, not the meeting's
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:that|who)\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b[^,;]*$"
    r"|,\s+(?!(?:held|convened|organi[sz]ed|hosted|opened|attended|chaired|co-chaired|launched|signed)\b)[a-z]+ed"
    r"\s+(?:in|at|by|on)\b[^,;]*$"
)


def anchors_days(text: str, sentence: tuple[int, int], status: str, kind: str, later: tuple[int, int]) -> bool:
    """Whether a meeting told in ``sentence`` is the one that "the same day", "the next day" ... in the ``later``
    sentence count from: held, not a trip (which spans days), in an earlier sentence (meetings one sentence tells
    share its day) and not told out of order ("Before arriving in Beijing, the delegation visited ...")."""
    return (
        kind != "trip"
        and status != "planned"
        and sentence != later
        and not _TOLD_AS_BEFORE.match(text, sentence[0], sentence[1])
    )


# "at the Ministry", "in Hangzhou": a place of its own the registries may not hold; what an aside after a comma says
# (", to be launched next year in Fujian") is not where the meeting was
ELSEWHERE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")
_ASIDE = re.compile(r",\s+(?:to be|which|who|whose|where)\b|,\s+[a-z]+ed\s+(?:in|at|by|on)\b")


def same_place(
    text: str, sentence: tuple[int, int], kind: str, shared: bool, said: re.Match[str] | None = None
) -> bool:
    """Whether a meeting told "after the talks", or that day ("that evening", "in the afternoon", or dated the same day)
    by someone of the meeting above, was where that one was; that day, never where the sentence names a place of its
    own, after a visit (whose place is what was visited), nor days apart."""
    if said is not None and said.group("right_after"):
        return True
    s, e = sentence
    aside = _ASIDE.search(text, s, e)
    if ELSEWHERE.search(text, s, aside.start() if aside else e):
        return False
    apart = said is not None and any(said.group(g) for g in ("before", "after", "later", "nth"))
    return shared and not apart and kind != "visit"


def day_apart(said: re.Match[str], day: DatePhrase) -> tuple[DatePhrase, str]:
    """The day of a meeting "the same day", "the day before", "the next day", "two days later" or "on the second
    day" as (of) the one proposed above, and why."""
    shift = -1 if said.group("before") else 1 if said.group("after") else 0
    if said.group("later"):
        shift = _NUMBERS[said.group("n").lower()]
    elif said.group("nth"):
        shift = _ORDINALS[said.group("ordinal").lower()]
    if not shift and day.end_value:  # "the same day" as a gathering of several days: which is not said
        return day, f'"{said.group(0)}": the day of the meeting proposed above.'
    value = (dt.date.fromisoformat(day.value) + dt.timedelta(days=shift)).isoformat()
    days = "a day" if abs(shift) == 1 else f"{abs(shift)} days"
    why = f'"{said.group(0)}": {days} {"before" if shift < 0 else "after"} the meeting proposed above ({day.value}).'
    if not shift:  # "Earlier that day": the phrase that says so is the date's quote
        why = f'"{said.group(0)}": the day of the meeting proposed above ({day.value}).'
    return DatePhrase(said.start(), said.end(), said.group(0), value, None, "day", "relative", why), why


# "The tents were handed over to X at a ceremony", "The tents, funded by the CERF, were received by X": the gift that a
# sentence before introduced, on its day
_GIFT_HANDED = re.compile(
    rf"(?:The|These)\s+(?:[\w,-]+\s+){{0,2}}?({GIFT})(?:,[^,.;]{{1,80}},)?\s+(?:were|was)\s+"
    r"(?:handed\s+over|delivered|presented|donated|received\s+by)\b"
)

# a sum of money a text names by one word, then another ("handed over a contribution of USD 500,000 ... The cheque
# was presented"): one gift
_MONEY = re.compile(r"contribution|donation|cheque|check|grant|funds")

# "a workshop", "A first consignment of 3,000 family tents", "2,000 family tents", "The first International Migration
# Review Forum"
_A, _LOT = r"\b(?:[Aa]n?|\d[\d,.]*)\s+", r"(?:(?:consignment|shipment|batch|delivery|load)\s+of\s+(?:[\w,-]+\s+){0,3})?"
# "In his speech at the ceremony", "Addressing the plenary session": the gathering or ceremony right after the words
# that tell the meeting
_AT_THE_EVENT = re.compile(rf"\s+(?:(?:at|during) )?the (?:[\w-]+ ){{0,2}}?((?i:{EVENT}))\b")
# "survivors of the May 12 earthquake": a day that names another event, no day of the gift's
_OF_ANOTHER_EVENT = re.compile(r"\bthe\s+$")
_THE_NAMED = r"\b[Tt]he\s+(?:[a-z]+\s+)?(?:[A-Z0-9][\w-]*\s+){1,6}"
_HELD = r"(?=\s+(?:opened|began|kicked off|took place|was (?:held|convened|launched))\b)"  # told as held, no more
# "The first meeting of heads of immigration agencies of China and ... was held in Xi'an on Wednesday": named by what
# it gathers, told as held
_THE_OF = r"\b[Tt]he\s+(?:[a-z]+\s+)?"
_OF_WHOM = r"\s+of\s+[^.;]{1,160}?"

_SENTENCE_END = re.compile(r"[.;!?][\"'”’]?\s|\n\s*\n")


# "The agreement was reached during talks in X between A and B": the talks of the agreement the sentence before dated
_REACHED = re.compile(
    r"\s*(?:The|This|That|Their) (?:[\w-]+ )?(?:agreement|consensus|deal|understanding) was reached\b"
)


def _agreed_before(text: str, start: int, dates: list[DatePhrase]) -> DatePhrase | None:
    """The day on which the sentence before ``start`` says the parties agreed ("A and B agreed on Wednesday to ...")."""
    opening = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 1)) + 1
    return next(
        (
            d
            for d in dates
            if opening <= d.start < start
            and d.value
            and d.precision == "day"
            and re.search(
                r"\b(?:agreed|reached (?:an|a) (?:[\w-]+ )?(?:agreement|consensus))\s+$", text[opening : d.start]
            )
        ),
        None,
    )


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins, past an abbreviation's stop ("H.E. Mr. Huan ...")."""
    line = text.rfind("\n", 0, at) + 1
    return next((a for a, _ in reversed(split_sentences(text, line, at + 1))), line)


def _for_whom(match: re.Match[str], date: DatePhrase) -> bool:
    """Whether ``date`` is in the words of a handover that say whom the goods are for ("tents for survivors of the May
    12 earthquake"): it dates what befell them."""
    if "beneficiaries" not in match.re.groupindex or match.start("beneficiaries") < 0:
        return False
    return match.start("beneficiaries") <= date.start and date.end <= match.end("beneficiaries")


# "Addressing the plenary session": a part of a gathering, on a day within its days
_A_PART = re.compile(r"(?i:session|plenary)")
# "attended the third meeting of the Forum in Athens from November 4 to 5": a gathering, then the days it lasted
_GATHERING_THEN = re.compile(rf"\b(?i:{EVENT})\b[^.;]{{0,80}}$")


def _days_of_the_whole(text: str, start: int, dates: list[DatePhrase]) -> DatePhrase | None:
    """The days of the gathering the sentence before ``start`` says was attended or held over several days ("attended
    the third meeting of the Forum in Athens from November 4 to 5"): those of a part of it ("Addressing the plenary
    session, ...") whose day is not stated."""
    opening = sentence_start(text, max(0, start - 2))
    return next(
        (
            d
            for d in dates
            if opening <= d.start < start
            and d.end_value
            and d.precision == "day"
            and _GATHERING_THEN.search(text, opening, d.start)
        ),
        None,
    )


def date_of(
    text: str, sentence: tuple[int, int], match: re.Match[str], dates: list[DatePhrase], held: bool = False
) -> DatePhrase | None:
    """The sentence's date, never one in a relative clause (", which was set up earlier this year") or in words said,
    nor one to come ("next year") for a meeting ``held``; for "opened the workshop" or "presented the contribution",
    that of the sentence before that named a workshop or a contribution ("Opening the Forum": one that named the forum
    by its name, "The first International Migration Review Forum")."""
    s, e = sentence
    said = SAID.search(text, match.start(), e)
    dates = [d for d in dates if not (held and _TO_COME.search(d.quote))]
    candidates = [
        d
        for d in dates
        if s <= d.start
        and d.end <= e
        and d.value
        and not _NOT_WHEN.match(d.quote)
        and not _NAMES_ANOTHER.match(text, d.end)
        and not in_other_clause(text, s, match, d.start)
        and not (_ENDS.search(text, s, d.start) and not match.start() < d.start < match.end())  # but "to leave for X
        # on Wednesday to meet": the day of the trigger's own words
        and not _CLAUSE_OF_ITS_OWN.search(text, max(s, match.end()), d.start)
        and not (d.end <= match.start() and _THEN_TO_COME.search(text, d.end, match.start()))
        and not (match.end() <= d.start and _AGREED_AFTER.search(text, match.end(), d.start))
        and not (said and d.start >= said.end())
        and not _in_words_said(text, d, match.start())
        and not _for_whom(match, d)
    ]
    # "visited IOM on Monday, and attended the meeting in Paris on Thursday": a later meeting's own clause's date first
    end, later = clause_end(text, sentence, match) or (e, False)
    own = next((d for d in candidates if later and match.start() <= d.start < end), None) or next(
        iter(candidates), None
    )
    event = (
        re.search(rf"\bthe (?:[\w-]+ ){{0,2}}((?i:{EVENT})|{GIFT})\b", match.group(0))
        or _AT_THE_EVENT.match(text, match.end())
        or _GIFT_HANDED.match(text, s)
    )
    if own is None and _REACHED.match(text, s):
        return _agreed_before(text, s, dates)
    if own is not None or event is None:
        return own
    word = rf"(?i:{_MONEY.pattern if _MONEY.fullmatch(event.group(1)) else event.group(1)})\b"
    named = [
        m.span()
        for m in re.finditer(
            rf"{_A}(?:[\w-]+\s+){{0,2}}{_LOT}{word}|{_THE_NAMED}{word}{_HELD}|{_THE_OF}{word}{_OF_WHOM}{_HELD}",
            text[:s],
        )
    ]
    if not named:
        return _days_of_the_whole(text, s, dates) if _A_PART.fullmatch(event.group(1)) else None
    (start, end), opening = named[-1], sentence_start(text, named[-1][0])
    return next(
        (
            d
            for d in dates
            if (opening <= d.start < start or (end <= d.start < s and not _SENTENCE_END.search(text, end, d.start)))
            and d.value
            and not _NOT_WHEN.match(d.quote)
            and not _OF_ANOTHER_EVENT.search(text, opening, d.start)
            and not _in_words_said(text, d, start)
        ),
        None,
    )


# The lede of wire copy: "China will ..., a senior immigration official said on Thursday.", "..., the head of the
# International Organization for Migration said in Beijing on Sunday."
_LEDE = re.compile(
    r"\b(?:an?|the) (?:[\w-]+ ){0,3}?(?:official|spokes(?:person|man|woman)|diplomat|envoy|head|chief)"
    r"(?: (?:of|for|from|with) [^.,;]{1,60}?)?"
    r" (?:said|announced)\b"
    r"(?P<when>[^.;,]{0,30})\.[\"'”’]?\s*$"
)


# "X made the remarks in an address to ...": the remarks the paragraph before reported ("X said here Tuesday.")
_REMARKS = re.compile(r"\bmade (?:the|these|those|such) (?:remarks|comments)\b")

_SAID_WHEN = re.compile(r"\b(?:said|says|announced)\b(?P<when>[^.;,]{0,30})\.[\"'”’]?\s*$")


# "..., a senior diplomat told the annual meeting of the agency's governing body in Geneva on Tuesday": the day of a
# speech to a gathering whose speaker the lede leaves unnamed, told in full later ("Addressing the general debate, X")
_TOLD_LEDE = re.compile(
    r"\b(?:an?) (?:[\w-]+ ){0,3}?(?:official|spokes(?:person|man|woman)|diplomat|envoy|delegate|representative) told"
    r" (?:the|a|an) [^.;]{1,120}?\b(?P<when>(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def lede_when(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """Where the lede that announced the statement ``sentence`` tells says when (and where) it was made: "..., a
    senior official said in Beijing on Thursday. X, title, told a forum ..." (the speaker unnamed, named in the next
    paragraph); "X said here Tuesday. X made the remarks in an address to ..."; "a diplomat told the meeting on
    Tuesday ... Addressing the general debate, X said"."""
    opening = text.rfind("\n", 0, max(0, text.rfind("\n", 0, sentence[0]) - 1)) + 1
    said = _SAID_WHEN if _REMARKS.search(text, *sentence) else _LEDE
    lede = said.search(text[opening : sentence[0]].rstrip() + "\n")
    if lede is None and IN_FULL.match(text, sentence[0]):
        opening, lede = 0, _TOLD_LEDE.search(text, 0, sentence[0])
    return None if lede is None else (opening + lede.start("when"), opening + lede.end("when"))


def from_the_lede(text: str, sentence: tuple[int, int], dates: list[DatePhrase]) -> DatePhrase | None:
    """The day of the lede that announced the statement ``sentence`` tells (see ``lede_when``)."""
    span = lede_when(text, sentence)
    if span is None:
        return None
    start, end = span
    return next((d for d in dates if start <= d.start and d.end <= end and d.value and d.precision == "day"), None)


# "at the opening ceremony", "who opened the course", "on the second day of the workshop"
_DAY_OF_IT = re.compile(
    r"\b(?:opening|opened (?:the|it|by)|on the (?P<nth>first|second|third|fourth|fifth) day)\b", re.IGNORECASE
)

_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def day_within(text: str, sentence: tuple[int, int], gathering: DatePhrase | None) -> tuple[DatePhrase | None, str]:
    """The date of what happened within a gathering and why: its opening day for a speech at the opening, the n-th
    day for "on the second day" (from a first day the text gives); else the gathering's own dates, the day unstated."""
    said = _DAY_OF_IT.search(text, *sentence)
    if said is None or gathering is None or gathering.precision != "day" or gathering.value is None:
        return gathering, "Held during the gathering proposed above; the day is not stated."
    n = _NTH[said.group("nth").lower()] if said.group("nth") else 0
    value = (dt.date.fromisoformat(gathering.value) + dt.timedelta(days=n)).isoformat()
    if gathering.end_value is not None and value > gathering.end_value:
        return gathering, "Held during the gathering proposed above; the day is not stated."
    why = f'"{said.group(0)}": day {n + 1} of the gathering proposed above, which began on {gathering.value}.'
    return DatePhrase(said.start(), said.end(), said.group(0), value, None, "day", "relative", why), why


def stop_ahead(trip: DatePhrase | None) -> DatePhrase | None:
    """The date of a stop still to come on a trip under way that the text dates only by the day it began ("arrived on
    Monday"): that day's month, never the day itself, which is past; none for a trip dated by its days or otherwise
    (its dates hold the stop)."""
    if trip is None or trip.value is None or trip.precision != "day" or trip.end_value is not None:
        return None
    why = f"A stop still to come on the trip proposed above, begun on {trip.value}; the day is not stated."
    return DatePhrase(trip.start, trip.end, trip.quote, trip.value[:7], None, "month", "relative", why)
