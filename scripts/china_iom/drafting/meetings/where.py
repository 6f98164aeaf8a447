"""Where a meeting was: the city the sentence names, else the dateline's, else the country."""

from __future__ import annotations

import re

from china_iom.drafting.detect_candidates import country_mentions, is_country
from china_iom.drafting.detect_dates import MONTH_NAMES, WEEKDAYS, find_dates
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.clauses import in_other_clause
from china_iom.drafting.meetings.meeting import SPOKEN_AT, WITHIN, ProposedMeeting
from china_iom.drafting.meetings.triggers import clause_end
from china_iom.drafting.meetings.when import SAID, lede_when, told_next

_LEFT_FOR = re.compile(r"\b(?:leav\w*|left|depart\w*|head\w*|return\w*) (?:for|to)\s+$")  # where it went next

# "Before arriving in Beijing, the delegation visited ...", "on its way to X", "after leaving X", "the first time away
# from Geneva": where it was not
_NOT_YET_THERE = re.compile(
    r"\b(?:(?:[Bb]efore|[Pp]rior to) (?:arriving|coming|travelling|traveling|flying|heading|going"
    r"|(?:his|her|their|its) (?:arrival|trip|visit))|[Aa]fter (?:leaving|departing)|[Oo]n (?:his|her|their|its) way"
    r"|\b(?:away|far) from)"
    r"(?: (?:in|to|at|for|from))?\s+(?:the\s+)?$"
)

# "refugees and asylum-seekers in China", "embassies in China", "workers (who had been) stranded in China": where they
# are, not where the meeting was
_WHO_IN = re.compile(
    r"\b(?:refugees|migrants|asylum[- ]seekers|nationals|citizens|workers|people|persons|communities|students"
    r"|returnees|children|families|populations|projects|programmes|programs|embassies|offices|operations"
    r"|missions|companies|enterprises)\s+(?:(?:who|that|which)\s+(?:[\w-]+\s+){1,3}?|[a-z]+ed\s+)?(?:in|to)\s+(?:the\s+)?$"
)

# "Chief of Mission in China", "Ambassador to Ethiopia", "head of IOM in China", "Head of the IOM (International
# Organization for Migration) in Somalia": where a post is, not where the meeting was
_TITLE_IN = re.compile(
    r"\b(?:Mission|Representative|Ambassador|Embassy|Office|Director|Chief|Head|Coordinator|Envoy"
    r"|Consul|Minister)(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}(?:\([^()]{1,70}\)\s+)?)?\s*(?:in|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# ", where he visited", ", where the delegation will meet": a clause about the place named just before it
_WHERE = re.compile(r",\s+where\s+(?:he|she|they|it|the\s+[\w-]+|[A-Z][\w-]*)\s+(?:[\w-]+\s+){0,4}$")
_IN_WHERE = re.compile(r",\s+where\b[^,;]{0,60}$")  # ", where on 5 May Ms. A" before the trigger


def _antecedent(text: str, start: int, match: re.Match[str], named: list[EntitySpan]) -> str | None:
    """The place a ", where ..." clause holding the trigger is about ("Kunming, Yunnan province, where"): the last
    one named right before it."""
    where = _WHERE.search(text, start, match.start()) or _IN_WHERE.search(text, start, match.start())
    if where is None:
        return None
    right_before = [
        p
        for p in named
        if p.end <= where.start()
        and re.fullmatch(r"(?:\s+(?:province|region|state|city))?", text[p.end : where.start()])
    ]
    return right_before[-1].entity if right_before else None


# "The visit began in Kunming, Yunnan province, where ...": a place named before the clause, registered or not
_NAMED_THERE = re.compile(
    r"\b(?:in|to|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:province|region|state|county|prefecture))?\s*$"
)


def _unregistered_antecedent(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the ", where ..." clause holding the trigger is about a place named right before it that the registries
    do not hold ("began in Kunming, Yunnan province, where she met"): the meeting was there, not in the dateline's city."""
    where = _IN_WHERE.search(text, start, match.start())
    return where is not None and _NAMED_THERE.search(text, start, where.start()) is not None


# "Permanent Representative in Geneva", "Ambassador to Kenya", "Ambassador of New Zealand to China": where a person
# holds a post, not where the meeting was
_HOLDS_A_POST_IN = re.compile(
    r"\b(?:Representative|Ambassador|Envoy|Consul(?:-General)?|Coordinator)(?:\s+(?:in|to)"
    r"|\s+of\s+(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "settlements hosting refugees who arrived in China": where what the object names came to, never where the meeting was
# "signed an agreement on the establishment of a liaison office in the Chinese capital, Beijing": where the office is to
# be, the subject of what was agreed, not where the signing was
_SEAT_AGREED = re.compile(
    r"\b(?:on|for|concerning|regarding)\s+(?:the\s+)?(?:establishment|opening|setting[- ]up)\s+of\s+(?:a|an|the|its"
    r"|their)\s+(?:[\w'’-]+\s+){0,3}?(?:office|mission|cent(?:re|er)|representation|branch|presence)\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:[\w'’-]+,?\s+){0,3}?$",
    re.IGNORECASE,
)

_THAT_CAME_TO = re.compile(
    r"\b(?:who|that)\s+(?:[\w-]+\s+){0,2}?(?:arrived|came|fled|live[sd]?|settled|work(?:s|ed)?|stay(?:s|ed)?|returned"
    r"|migrated|moved|reside[sd]?)\s+(?:in|to|from)\s+(?:the\s+)?$"
)


# "met yesterday in Dhaka with", "held talks in Putrajaya on": a place the registries do not hold, in the trigger or
# right after it (never a month or a day: "in March", "in the morning")
_IN_UNREGISTERED = re.compile(rf"\b(?:in|at)\s+(?!(?:{MONTH_NAMES}|{'|'.join(WEEKDAYS)})\b)[A-Z][a-z][\w'’-]*")


def _unregistered_there(text: str, match: re.Match[str], places: list[EntitySpan]) -> bool:
    """Whether the trigger, or the few words after it, says "in X" for a place X the registries do not hold: the
    meeting was there, never in the dateline's city."""
    end = match.end() + len(re.match(r"(?:\s+[\w-]+){0,3}", text[match.end() :]).group(0))
    return any(
        not any(p.start <= said.end() - 1 < p.end for p in places)
        for said in _IN_UNREGISTERED.finditer(text, match.start(), end)
    )


# what follows a country's name in a body's name ("Vietnam's Embassy", "Vietnam Border Guard Command"), or its adjective
_IN_A_NAME = re.compile(r"['’]s\b|\s+[A-Z]")


def _unregistered_country_visited(text: str, match: re.Match[str], places: list[EntitySpan]) -> bool:
    """Whether the country the visit's trigger goes to is one the registries do not hold: named right after it
    ("visited Vietnam", "a visit to Australia") or in it ("her Bangladesh tour"); the visit was there, never in a place
    named after it ("... between China and Vietnam") nor the dateline's city. A country's name in a body's name
    ("visited the Vietnam's Embassy in Beijing") is no destination."""
    at = match.end() + len(re.match(r"\s*(?:the\s+)?", text[match.end() :]).group(0))
    said = match.group(0)
    named = [
        match.start() + start
        for _, start, end in country_mentions(said)
        if is_country(said[start:end]) and re.match(r" (?:mission|visit|trip|tour)\b", said[end:])
    ]
    named += [
        at
        for _, start, end in country_mentions(text[at : at + 60])
        if start == 0 and is_country(text[at : at + end]) and not _IN_A_NAME.match(text, at + end)
    ]
    return any(not any(p.start == start for p in places) for start in named)


# "had a video call with", "met with A via video link", "held phone talks with": a meeting at a distance, which takes
# no place from the dateline (one side's city only); never a topic ("online fraud")
_AT_A_DISTANCE = re.compile(
    r"\b(?:video|phone|telephone|online|virtual)[ -]?(?:calls?|conversations?|talks|meetings?|conferences?|link"
    r"|summits?|dialogues?|sessions?|consultations?)\b|\bvideoconferences?\b"
    r"|\b(?:by|via|over|through) (?:a |the )?(?:video|videolink|video-link|(?:tele)?phone|internet)\b"
)


# "the China-Norway strategic dialogue", "China-Africa cooperation": a place joined to another is an adjective, no place
_JOINED = re.compile(r"[-\u2013][A-Z]")
_JOINED_TO = re.compile(r"\w[-\u2013]$")


def place_of(
    text: str,
    places: list[EntitySpan],
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    countries: set[str],
    dateline: str | None,
    place_country: dict[str, str | None],
) -> str | None:
    """A city the sentence names (after the trigger first; a visit takes the country it goes to), else the
    dateline's city if the sentence names no place or the city's country (never for a meeting by video or phone, nor
    one "During his visit" that names no place: the visit's), else the country it names."""
    s, e = sentence
    said = SAID.search(text, match.start(), e)
    # "visited IOM, and attended a meeting in Paris": a place after the sentence's next meeting is that one's
    end = (clause_end(text, sentence, match) or (e, False))[0]
    named = [
        p
        for p in places
        if s <= p.start
        and p.end <= end
        and not _LEFT_FOR.search(text, s, p.start)
        and not _NOT_YET_THERE.search(text, max(s, p.start - 40), p.start)
        and not in_other_clause(text, s, match, p.start)
        and not _HOLDS_A_POST_IN.search(text, max(s, p.start - 70), p.start)
        and not _THAT_CAME_TO.search(text, max(s, p.start - 40), p.start)
        and not _SEAT_AGREED.search(text, max(s, p.start - 120), p.start)
        and not _JOINED.match(text, p.end)
        and not _JOINED_TO.search(text, max(s, p.start - 2), p.start)
        and (said is None or p.start < said.end())
    ]
    if match.groupdict().get("to") is not None:  # "to fly to X for talks": in X, if registered; never the dateline's
        return next((p.entity for p in named if match.start("to") <= p.start < match.end("to")), None)
    after = [p for p in named if p.start >= match.end()]
    there = _antecedent(text, s, match, named)
    if not after and there is not None:  # "travelled to Shanghai, where he visited a centre": in Shanghai
        return there
    if not after and _unregistered_antecedent(text, s, match):  # "began in Kunming, where": not the dateline's
        return None
    if kind in ("visit", "trip") and _unregistered_country_visited(text, match, places):
        return None
    gone_to = [p.entity for p in named if p.start >= match.start() and p.entity in countries]
    if (
        kind == "trip" and gone_to
    ):  # "arrived in Beijing for a five-day visit to China", "her France visit": its country
        return gone_to[0]
    if kind == "visit":  # where it went, or where it was ("While in Slovakia"), never "His China tour ... visited"
        if after:
            return after[0].entity
        if match.group(0).endswith(" to"):  # "will travel to Fuzhou": a place not registered, not the dateline's
            return None
        named = [p for p in named if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(s, p.start - 8) : p.start])]
    cities = [p.entity for p in after + named if p.entity not in countries]
    if cities:
        return cities[0]
    there = _told_next_place(text, places, sentence, countries) if kind not in {"trip", "visit"} else None
    if there is not None:  # "A met B. The meeting in Beijing on Sunday ...": where the next sentence says it was
        return there
    lede = _lede_city(text, places, sentence, countries) if not named and kind in SPOKEN_AT | {"speech"} else None
    if lede is not None:  # "..., the head of IOM said in Beijing on Sunday. Delivering a keynote at a forum, A said"
        return lede
    # a country is the place where the sentence says the meeting was in it or went to, never one in a title
    # ("Representative of China", "Chief of Mission in China", "Ambassador to Ethiopia") or a party
    countries_in = [
        p
        for p in after + named
        if re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", text[max(s, p.start - 8) : p.start])
        and not _TITLE_IN.search(text, max(s, p.start - 100), p.start)
        and not _WHO_IN.search(text, max(s, p.start - 40), p.start)
    ]
    country = countries_in[0].entity if countries_in else None
    trip = WITHIN.match(text, s)
    if (
        dateline is not None
        and dateline not in countries
        and not (trip and trip.group("trip") and not named)  # "During his visit, he met B": the visit's place
        and (country is None or place_country.get(dateline) == place_country.get(country))
        and not _unregistered_there(text, match, places)
        and not _AT_A_DISTANCE.search(text, s, end)
    ):
        return dateline
    return country


def _lede_city(text: str, places: list[EntitySpan], sentence: tuple[int, int], countries: set[str]) -> str | None:
    """The city where the lede says the statement ``sentence`` tells was made ("said in Beijing on Sunday")."""
    span = lede_when(text, sentence)
    return next(
        (
            p.entity
            for p in places
            if span is not None
            and span[0] <= p.start < span[1]
            and p.entity not in countries
            and re.search(r"\bin\s+$", text[span[0] : p.start])
        ),
        None,
    )


# "in the capital Mogadishu", "at the ministry's headquarters in Beijing": the place itself, never one named in a
# presence, an invitation or a post ("in the presence of the Ambassador to France", "at the invitation of China")
_AT_THE_PLACE = re.compile(
    r"\b(?:in|at)\s+(?!(?:the\s+)?(?:presence|invitation|request|framework|initiative|behest)\b)(?:[\w'’-]+\s+){0,4}$"
)


def _told_next_place(text: str, places: list[EntitySpan], sentence: tuple[int, int], countries: set[str]) -> str | None:
    """The place (a city before a country) the next sentence gives the meeting ``sentence`` tells, where it opens with
    it and says where it was ("The meeting in the capital X on Sunday ...", "The talks, held in X, ...")."""
    close = _NEXT_END.search(text, sentence[1] + 1)
    told = told_next(text, sentence, find_dates(text, sentence[0], close.start() if close else len(text)))
    if told is None:
        return None
    lo, hi = told[1]
    inside = sorted(
        (
            p
            for p in places
            if lo <= p.start
            and p.end <= hi
            and _AT_THE_PLACE.search(text, max(lo, p.start - 40), p.start)
            and not _TITLE_IN.search(text, max(lo, p.start - 100), p.start)
        ),
        key=lambda p: p.entity in countries,
    )
    return inside[0].entity if inside else None


def off_the_dateline(
    place: str | None, trip: ProposedMeeting, dateline: str | None, place_country: dict[str, str | None]
) -> str | None:
    """The place of a meeting within ``trip``: never the dateline's city when the trip went to another country
    ("BEIJING -- ... a study visit to Switzerland. In Bern, the delegation was received by ..."): the trip's place."""
    if trip.kind != "trip" or place is None or place != dateline or trip.place is None:
        return place
    return trip.place if place_country.get(place) != place_country.get(trip.place) else place


# "for a five-day visit", "for her first visit": a stay of days in the country, not in the city of arrival
_FOR_A_VISIT = re.compile(r"\bfor (?:a|an|his|her|their) (?:[\w-]+ ){0,3}?visit\b")


def arrival_country(
    text: str,
    sentence: tuple[int, int],
    trip: ProposedMeeting,
    places: list[EntitySpan],
    people: list[EntitySpan],
    countries: set[str],
    place_country: dict[str, str | None],
) -> str | None:
    """The country of a trip whose sentence names only the city of arrival ("A, who arrived in Beijing on Monday for a
    five-day visit"): the city's country, where the sentence says the stay was a visit, it or the next one says the
    traveller goes on to another place ("It will visit the port in Guangxi"), or the text speaks of a visit to that
    country by the same person ("during a four-day visit to China by A"); else the city."""
    place = trip.place
    if place is None or place in countries or place_country.get(place) is None or len(trip.participants) != 1:
        return place
    country = next((c for c in countries if place_country.get(c) == place_country[place]), None)
    by_them = [p.start for p in people if p.entity == trip.participants[0]]
    visit = (
        _FOR_A_VISIT.search(text, *sentence)
        or _goes_on_elsewhere(text, sentence, place, places, place_country)
        or any(
            p.entity == country
            and re.search(r"\bvisit to (?:the )?$", text[max(0, p.start - 14) : p.start])
            and any(re.fullmatch(r"\s+by\s+(?:[\w,'’-]+\.?\s+){0,8}", text[p.end : at]) for at in by_them)
            for p in places
        )
    )
    return country if visit and country is not None else place


# "It will visit the Youyiguan port in Guangxi", "and will travel to Kunming": a stop to come after the city of arrival
_ONWARD = re.compile(
    r"\b(?:will|is to|are to|(?:is|are) (?:also )?(?:expected|scheduled|due) to)\s+(?:also\s+)?"
    r"(?:visit|travel|go on|proceed|fly)\b(?:[^.;]*?\b(?P<in>in|to))?\s+(?:the\s+)?"
    rf"(?!(?:{MONTH_NAMES}|{'|'.join(WEEKDAYS)})\b)(?P<name>[A-Z][\w'’-]*)"
)
_NEXT_END = re.compile(r"[.;!?][\"'”’]?(?:\s|$)")


def _goes_on_elsewhere(
    text: str, sentence: tuple[int, int], city: str, places: list[EntitySpan], place_country: dict[str, str | None]
) -> bool:
    """Whether the sentence of an arrival in ``city``, or the next one, says the traveller will go on to another place
    in its country (registered, or a name the registries do not hold after "in" or "to", "the port in Guangxi"), never
    the city itself ("will visit Beijing's ..."), another country or a body ("will visit IOM")."""
    after = _NEXT_END.search(text, sentence[1] + 1)
    for onward in _ONWARD.finditer(text, sentence[0], after.end() if after else len(text)):
        there = next((p.entity for p in places if p.start <= onward.start("name") < p.end), None)
        if (there is None and onward.group("in")) or (
            there not in (None, city) and place_country.get(there) == place_country.get(city)
        ):
            return True
    return False
