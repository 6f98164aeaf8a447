"""Gatherings: the one a sentence introduces, the one a speaker joins, a speech given there again."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.clauses import BEFORE_SUBJECT, cited_example, object_end
from china_iom.drafting.meetings.meeting import (
    AT_THE_GATHERING,
    GATHERINGS,
    SPOKEN_AT,
    ProposedMeeting,
    ceremony_last,
    make_meeting,
    told_after,
)
from china_iom.drafting.meetings.triggers import EVENT, planned
from china_iom.drafting.meetings.when import date_of, day_within
from china_iom.drafting.meetings.where import place_of


def repeats(meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> bool:
    """A speech already proposed, by the same people within the same gathering, that "In his opening speech, X ..."
    refers back to."""
    return meeting.kind == "speech" and any(
        m.kind == "speech" and m.participants == meeting.participants and m.parent == meeting.parent for m in earlier
    )


def told_in_full(
    sentence: tuple[int, int], match: re.Match[str], meeting: ProposedMeeting, earlier: list[ProposedMeeting]
) -> bool:
    """ "Addressing the opening session, Mr. Hu said ..." on no day of its own, after "Hu told the Forum on Wednesday":
    the speech the lede reported, told here in full; that speech moves to this sentence, and no other is proposed."""
    if meeting.kind != "speech" or not re.match(r"(?:Addressing|Speaking)\b", match.group(0)) or not meeting.date_basis:
        return False
    same = next((m for m in earlier if m.kind == "speech" and m.participants == meeting.participants), None)
    if same is None or same.parent != meeting.parent or same.parent is None:
        return False
    same.sentence = sentence
    return True


def joined_gathering(
    text: str, match: re.Match[str], kind: str, earlier: list[ProposedMeeting]
) -> ProposedMeeting | None:
    """The gathering just reported, for "attended the opening (ceremony)", "attended the session" or "opened the
    workshop", or the handover, for "attended the ceremony" (its host, "hosted the ceremony", is `additions.hosted_one`'s)."""
    at = AT_THE_GATHERING.match(text, match.start())
    if kind not in ("conference", "symposium") or not (match.group(0).startswith(("attend", *OPENED)) and at):
        return None
    kinds = GATHERINGS | {"signing"} if at.group(0).endswith("ceremony") else GATHERINGS  # a handover's ceremony
    return next((m for m in reversed(earlier) if m.kind in kinds), None)


OPENED = ("opened", "closed")  # a gathering opened by a person: that person's speech in it


_WORD = r"(?:[A-Z0-9][\w'’-]*|of|on|for|and|in)"

# A gathering the sentence introduces: "at a special session", "told the High-level Dialogue on ...", "On the margins
# of the first Global Refugee Forum", "Speaking at the 113th session of the IOM Council", "at the Roundtable on ...",
# "officials gathered in Kunming on Thursday for a two-day symposium"
_INTRODUCED = re.compile(
    r"\b(?:[Aa]t|to|told|addressed|[Aa]ddressing|Opening|Closing|attend|attended|attending|margins of|sidelines of|[Dd]uring"
    r"|(?:took|takes|taking|take) part in|participated in|participates in|joined"
    r"|(?:debate|segment|panel|plenary) of"  # "Speaking in the general debate of the two-day Conference"
    r"|(?P<gathered>(?:gathered|convened|assembled|met) (?:(?:in|on|at) [^.;]{0,100}?)?for)) (?:(?P<a>an?)|the) "
    r"(?:(?:opening|closing)(?: ceremony| session)? of (?:(?P<part_of_a>an?)|the) )?"  # "the opening of a seminar"
    r"(?P<words>(?:[\w-]+ ){0,4}?)(?<!press )(?<!news )(?P<noun>(?i:session|round ?table|forum|conference|summit|dialogue|symposium"
    r"|seminar|workshop|congress|reception|meeting|review)|briefing(?= for (?!(?:the )?(?:press|media|journalists|reporters)\b)))\b"
    rf"(?P<name>(?: (?:of|on|for) (?:the )?[A-Z][\w'’-]*(?: {_WORD})*)?)"
)

_GATHERING_KINDS = (
    ("summit", "summit"),
    ("forum|round ?table", "forum"),
    ("symposium|seminar|workshop", "symposium"),
    ("conference|session|congress|dialogue|reception|briefing|meeting|review", "conference"),
)

# What only people who "gathered in X for" it make a gathering ("met in Kunming for a ministerial meeting"): "at the
# meeting" is any talks'
_GATHERED_ONLY = ("meeting", "review")


def _introduction(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first phrase between ``start`` and ``end`` that introduces a gathering."""
    return next(
        (
            m
            for m in _INTRODUCED.finditer(text, start, end)
            if m.group("gathered") or m.group("noun").lower() not in _GATHERED_ONLY
        ),
        None,
    )


# The verb right after a sentence's subject ("thanked", "has praised"): the organization is the one acting
_ACTS = re.compile(r"\s+(?:has\s+|have\s+)?[a-z]+(?:ed|s)\b")

HOSTED = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|convened) by\b")
_HOSTED_AFTER = re.compile(rf"[^,;.]{{0,100}},\s+(?:jointly\s+)?{HOSTED.pattern}")


# "support to", "of mutual interest to": what is given to a gathering, no one's attending it
_SERVED = re.compile(r"\b(?:interest|support|assistance|contributions?|commitment|relevance|importance|inputs?)\s+$")


def introduced_at(text: str, sentence: tuple[int, int]) -> int:
    """Where the gathering a sentence introduces is named ("At the Forum", "attended a forum"); the sentence's end if
    it names none."""
    at = _introduction(text, *sentence)
    return sentence[1] if at is None else at.start()


# "A's commitment at", "the member states' pledges at", "the pledges made during": a gathering named as where someone's pledge was made, cited (never
# "announced a pledge at", whose subject was there)
_PLEDGED_AT = re.compile(
    r"(?:\w['’]s?\s+(?:[\w-]+\s+)?(?:commitments?|pledges?|promises?|proposals?)"
    r"|\b(?:commitments?|pledges?|promises?|proposals?)\s+(?:made|announced|given|put\s+forward))\s+$"
)


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
    at = _introduction(text, s, e)
    if at is not None and cited_example(text, s, at.start()):
        return None  # "ties grew, as evidenced by A's attendance at the X Forum": cited, not reported
    if at is not None and at.group(0).startswith("to ") and _SERVED.search(text, max(s, at.start() - 30), at.start()):
        return None  # "technical support to the EU-China Dialogue": the gathering is served, nobody attends it
    if at is not None and _PLEDGED_AT.search(text, max(s, at.start() - 40), at.start()) and at.group(0)[:1] in "ad":
        return None  # "To fulfil A's commitment at the X Forum": where a pledge was once made, nobody here attends it
    if at is None or not (
        at.group("a")
        or at.group("part_of_a")
        or _HOSTED_AFTER.match(text, at.end())  # "the regional workshop on X, co-hosted by A and B"
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
    comma, opening = text.find(",", at.end(), e), max(text.rfind(",", s, at.start()), s)
    # "The pledge was made by A, title, during a briefing": A, whose apposition ends where the gathering's clause opens
    apposed = next(
        (
            p.start
            for p in people or []
            if re.fullmatch(r",\s+(?!who\b|which\b|whose\b)[^,;]{1,120}", text[p.end : opening])
            and not text[opening + 1 : at.start()].strip()
        ),
        opening,
    )
    clause = (apposed, e if comma < 0 else comma)
    hosts = [
        o.entity
        for o in organizations
        if s <= o.start < e
        and (
            hosted.end() <= o.start
            if hosted
            else at.start("name") <= o.start < at.end("name")
            or (people is not None and clause[0] <= o.start < clause[1])
            or (
                people == [] and BEFORE_SUBJECT.fullmatch(text, s, o.start) and _ACTS.match(text, o.end)
            )  # "The UN Refugee Agency thanked X at a ...", never "The UNHCR report ... was presented at a ..."
        )
    ]
    status = "planned" if planned(text, s, at) else "held"
    gathering = make_meeting(
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
    if gathering.date is None and not at.group("a"):  # "the Conference": the one the paragraph before says met
        gathering.date = _met_before(text, s, dates)
        gathering.date_basis = gathering.date and f'The day its participants met ("{gathering.date.quote}").'
    return gathering


# "Government representatives meeting in Marrakech, Morocco, on Monday adopted ...": when they met, as a gathering
_MET_IN = re.compile(r"\b(?:meeting|gathered|convened|assembled|met) (?:in|at) [^.;]{1,60}$")


def _met_before(text: str, start: int, dates: list[DatePhrase]) -> DatePhrase | None:
    """The day the paragraph before ``start`` says people met in a place ("representatives meeting in X on Monday"),
    for a gathering a sentence names with "the" and no date."""
    opening = text.rfind("\n", 0, len(text[: text.rfind("\n", 0, start) + 1].rstrip())) + 1
    return next(
        (
            d
            for d in reversed(dates)
            if opening <= d.start < start
            and d.value
            and d.precision == "day"
            and _MET_IN.search(text, max(opening, d.start - 100), d.start)
        ),
        None,
    )


_HEADQUARTERS = re.compile(r"\s+(?:[Hh]eadquarters|HQ)\b")


def host_at_home(
    text: str, sentence: tuple[int, int], organizations: list[EntitySpan], meetings: list[ProposedMeeting]
) -> None:
    """ "the Dialogue, which opened today at UN Headquarters", "held at the headquarters of IOM": the organization
    hosts each gathering the sentence reports."""
    s, e = sentence
    hosts = [
        o.entity
        for o in organizations
        if s <= o.start < e
        and (
            (re.search(r"\bat\s+$", text[max(s, o.start - 4) : o.start]) and _HEADQUARTERS.match(text, o.end))
            or re.search(r"\bat the headquarters of\s+(?:the\s+)?$", text[max(s, o.start - 40) : o.start])
        )
    ]
    for meeting in meetings:
        if hosts and meeting.kind in GATHERINGS and meeting.sentence == sentence:
            meeting.organizations = list(dict.fromkeys([*meeting.organizations, *hosts]))


def attended_on_trip(gathering: ProposedMeeting, who: str | None, earlier: list[ProposedMeeting]) -> None:
    """ "will also travel to Shanghai, where he will attend a seminar": the traveller ``who`` attends the gathering,
    within his trip last proposed, on its days unless the sentence gives the gathering's own."""
    if who is None:
        return
    gathering.participants += [who] if who not in gathering.participants else []
    trip = next(
        (i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind == "trip" and who in earlier[i].participants),
        None,
    )
    if trip is None or gathering.parent is not None:
        return
    gathering.parent = trip
    if gathering.date is None:
        gathering.date, gathering.date_basis = earlier[trip].date, "Within the trip proposed above; no day of its own."


def speeches_given(
    text: str,
    sentence: tuple[int, int],
    triggers: list[tuple[re.Match[str], str]],
    people: list[EntitySpan],
    gathering: ProposedMeeting,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> list[ProposedMeeting]:
    """ "X attended the launch ceremony and delivered a speech", "will attend a seminar and deliver a speech": the
    speech of each person named before it, within the gathering (the last one reported) that the sentence adds them
    to, held or to come as the gathering is."""
    speech = next((match for match, kind in triggers if kind == "speech"), None)
    if speech is None or (gathering.kind not in SPOKEN_AT and not ceremony_last(text, [gathering])):
        return []
    speakers = dict.fromkeys(p.entity for p in people if p.end <= speech.start())
    status = gathering.status
    return [make_meeting(text, sentence, speech, "speech", status, [who], [], None, dates, earlier) for who in speakers]


# "The pledge was made by Ambassador A, title, during a briefing": A's words there, a speech within the gathering
_MADE_BY = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?(?:pledge|announcement|statement|commitment"
    r"|remarks|proposal|offer)\s+(?:was|were)\s+(?:made|delivered|announced)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


def words_made_by(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    gathering: int,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "The pledge was made by A ... during a briefing": A's speech within the gathering the sentence introduced
    (``earlier[gathering]``), on its day."""
    made = next((m for p in people if (m := _MADE_BY.search(text, sentence[0], p.start))), None)
    who = next((p.entity for p in people if made and p.start == made.end()), None)
    if who is None:
        return None
    speech = make_meeting(text, sentence, made, "speech", "held", [who], [], earlier[gathering].place, dates, earlier)
    speech.parent = gathering
    if speech.date is None:
        speech.date, speech.date_basis = earlier[gathering].date, "Made during the gathering proposed above."
    return speech


# "The course, organized by X, was opened by A, title, and B, title": the gathering just reported, opened by speeches
_OPENED_BY = re.compile(
    rf"\s*(?:The|This|That)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{EVENT})\b[^;]*?\b(?:was|were)\s+(?:(?:officially|formally|jointly)\s+)?"
    r"(?:opened|closed|inaugurated)\s+by\b"
)


# A person reported speaking: "A told the participants", "A said", '"...," said A'
_SAYS_AFTER = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:also\s+)?(?:said|says|told|stressed|noted|added|urged|called)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|added|stressed|noted)\s+(?:[A-Z][\w.]*\s+){0,2}$")  # "said Mr. A"


def _has_words(text: str, who: str, people: list[EntitySpan], start: int) -> bool:
    """Whether the text from ``start`` on reports words of ``who``."""
    return any(
        p.entity == who and (_SAYS_AFTER.match(text, p.end) or _SAYS_BEFORE.search(text, max(0, p.start - 40), p.start))
        for p in people
        if p.start >= start
    )


def opened_by(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> list[ProposedMeeting]:
    """ "The course ... was opened by A, title, and B": they take part in the gathering last reported (if its sentence
    names that noun); each whose words the text reports ("A told the participants") gave a speech within it, on the
    day the sentence gives, else on its opening day."""
    opened = _OPENED_BY.match(text, sentence[0], sentence[1])
    at = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind in SPOKEN_AT), None)
    if opened is None or at is None or opened.group("noun") not in text[slice(*earlier[at].sentence)].lower():
        return []  # the course, workshop ... that the gathering's sentence names
    gathering, end = earlier[at], object_end(text, opened.end(), sentence[1])
    openers = list(dict.fromkeys(p.entity for p in people if opened.end() <= p.start and p.end <= end))
    gathering.participants += [p for p in openers if p not in gathering.participants]
    date, basis = date_of(text, sentence, opened, dates), None
    if date is None:
        date, basis = day_within(text, sentence, gathering.date)
    return [
        ProposedMeeting("speech", "held", sentence, [who], date, basis, gathering.place, at)
        for who in openers
        if _has_words(text, who, people, opened.end())
    ]


# "experts from the Administration will lecture": a body speaking through people the text does not name
_ITS_PEOPLE = re.compile(
    r"\b(?:[Ee]xperts|[Oo]fficials|[Oo]fficers|[Rr]epresentatives|[Ss]taff|[Tt]rainers|[Ll]ecturers)\s+(?:from|of)\s+"
)


# "Opening the Forum, the President of the UN General Assembly said": a body's office-holder the text does not name
_ITS_OFFICE = re.compile(
    r"[^,;.]{0,60},\s+the\s+(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\s+(?:said|told|noted|stressed"
    r"|urged|called)\b"
)


def body_speaks(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the speaker of a speech's verb is a body's unnamed experts, officials or staff before it, or its
    office-holder, unnamed, right after the phrase it opens ("Opening the Forum, the President of the X said")."""
    at = match.start()
    return (_ITS_PEOPLE.search(text, start, at) is not None and not re.search(r"[;:]", text[start:at])) or (
        _ITS_OFFICE.match(text, match.end()) is not None
    )


# "Under the project, a training session will be held ...": a gathering of the project's partners
_UNDER = re.compile(
    r"\s*Under (?:the|this|that) (?:[\w-]+ )?(?:project|programme|program|agreement|memorandum|MoU|initiative)\b"
)


def partners_of(text: str, sentence: tuple[int, int], earlier: list[ProposedMeeting]) -> list[str]:
    """For a sentence opening "Under the project", the organizations of the launch or signing last proposed."""
    last = next((m for m in reversed(earlier) if m.kind in ("launch", "signing")), None)
    return list(last.organizations) if last is not None and _UNDER.match(text, sentence[0]) else []


# "whose Chinese edition was launched in Beijing on Wednesday": a launch told in the passive, with no one named
_LAUNCHED = re.compile(r"\b(?:was|were|has been|have been)\s+(?:officially\s+|formally\s+|jointly\s+)?launched\b")

# "Chinese and Myanmar police held talks", "Chinese and Thai immigration officials met": two sides by their countries
_NATIONALS = re.compile(
    BEFORE_SUBJECT.pattern + r"[A-Z][a-z]+(?:ese|ian|an|ish|i|ch)\s+and\s+(?:the\s+)?"
    r"[A-Z][a-z]+(?:ese|ian|an|ish|i|ch)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:police|officials|officers|delegations|authorities"
    r"|guards|experts|representatives|diplomats|ministries)(?:\s+(?:here|today|yesterday|(?:on|last|this)\s+\w+))?\s+$"
)


def unnamed_meeting(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    places: list[EntitySpan],
    dates: list[DatePhrase],
    where: tuple[set[str], str | None, dict],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """A launch "was launched in X on Monday", talks of "Chinese and Myanmar police", "The handover ceremony ... was
    held in X" or "the fifth meeting of the mechanism was held at X", that name no one: kept, for the sentences after it to name who took part ("was released by A and B",
    "The talks were co-chaired by A and B", "A and B attended the ceremony"); dropped if none does."""
    s = sentence[0]
    if not (
        (kind == "launch" and _LAUNCHED.search(text, max(s, match.start() - 30), match.end()))
        or (kind.endswith("talks") and _NATIONALS.fullmatch(text, s, match.start()))
        or (kind in ("signing", "dialogue") and match.group(0).endswith(("was held", "were held", "took place")))
        or (kind == "signing" and match.group(0).endswith("ceremony"))  # "received the keys at a handover ceremony"
    ):
        return None
    status = "planned" if planned(text, s, match) else "held"
    place = place_of(text, places, sentence, match, kind, *where)
    return make_meeting(text, sentence, match, kind, status, [], [], place, dates, earlier)


# "The Chinese edition was released by A and B": who launched what a sentence before said was launched
_RELEASED_BY = re.compile(
    r"\s*(?:The|This|That|It|Its)\b[^.;]{0,60}?\b(?:was|were)\s+(?:jointly\s+)?(?:released|launched|published"
    r"|presented|produced)\s+by\b"
)


def launched_by(
    text: str, sentence: tuple[int, int], organizations: list[EntitySpan], meetings: list[ProposedMeeting]
) -> bool:
    """ "The Chinese edition was released by A and B" right after a launch that named no one: A and B launched it;
    whether the sentence was one of these."""
    said = _RELEASED_BY.match(text, *sentence)
    last = meetings[-1] if meetings else None
    if said is None or last is None or last.kind != "launch" or last.participants or last.organizations:
        return False
    stop = re.compile(r",\s+(?!and\b)[a-z]").search(text, said.end(), sentence[1])
    last.organizations = list(
        dict.fromkeys(
            o.entity for o in organizations if said.end() <= o.start < (stop.start() if stop else sentence[1])
        )
    )
    return bool(last.organizations)


# "the high-level officials meeting that UNHCR will convene in Geneva in December", "the first Global Refugee Forum,
# which UNHCR will convene in Geneva": a gathering to come, by its host
_TO_BE_CONVENED = re.compile(
    r"\b(?P<noun>(?i:meeting|conference|forum|summit|session|dialogue|workshop|seminar|symposium|round ?table))s?,?\s+"
    r"(?:that|which)\s+(?P<host>[^,;.]{1,80}?)\s+(?:will|is to|are to|plans? to|(?:is|are) (?:set|scheduled|due) to)"
    r"\s+(?:convene|host|hold|organi[sz]e)\b(?!\s+(?:a|an|the|its|their)\b)"
)


# "the 72nd session of the Executive Committee of the High Commissioner's Programme, to be held in Geneva in October": a
# session to come of the body that meets in it
_SESSION_TO_BE_HELD = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>session|meeting|conference|summit|plenary)\s+of\s+(?:the\s+)?"
    r"(?P<host>[A-Z][^,;.]{1,120}?),?\s+(?:(?:which|that)\s+(?:will|is to)\s+be|to\s+be|(?:which\s+is\s+)?"
    r"(?:scheduled|due|set)\s+to\s+be)\s+(?:held|convened)\b"
)


# "the high-level meeting on large movements of refugees to be held by the UN General Assembly in New York in September":
# a gathering to come of the body that holds it
_TO_BE_HELD_BY = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>meeting|conference|summit|session|forum)\b[^,;.]{0,100}?,?\s+"
    r"(?:(?:which|that)\s+(?:will|is to)\s+be|to\s+be)\s+(?:held|convened|hosted)\s+by\s+"
    r"(?P<host>(?:the\s+)?[A-Z][^,;.]{1,80}?)(?=\s+(?:in|on|at|next|this|later)\b|\s*[,;.])"
)


# "the UN High-Level Dialogue on International Migration and Development to be held in New York in September": a
# gathering to come, of the body whose name opens its own
_NAMED_TO_BE_HELD = re.compile(
    r"\bthe\s+(?P<host>[A-Z][\w-]*)\s+(?:[A-Z][\w-]*\s+){0,3}?(?P<noun>Dialogue|Conference|Forum|Summit|Session)\b"
    r"(?:\s+(?:on|of|for)\s+[A-Z][^,;.]{0,80}?)?,?\s+(?:(?:which|that)\s+(?:will|is to)\s+be|to\s+be)\s+(?:held|convened)\b"
)


# "the IOM Council session to be held in Geneva later this month": a gathering to come of the body named before it
_BODY_TO_MEET = re.compile(
    r"\bthe\s+(?P<host>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)\s+(?P<noun>session|meeting|conference|summit|plenary)\b"
    r",?\s+(?:(?:which|that)\s+(?:will|is to)\s+be|to\s+be|(?:which\s+is\s+)?(?:scheduled|due|set)\s+to\s+be)"
    r"\s+(?:held|convened)\b"
)


def to_be_convened(
    text: str,
    sentence: tuple[int, int],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    where: tuple[set[str], str | None, dict],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "the meeting that UNHCR will convene in Geneva in December": a planned gathering of its host, when the host is
    one organization named and nothing else; "the 72nd session of the Executive Committee ..., to be held in Geneva in
    October": of the body that meets in it, named first after "of" (or before it: "the IOM Council session to be
    held")."""
    said = next(
        (
            m
            for m in (
                p.search(text, *sentence)
                for p in (_TO_BE_CONVENED, _SESSION_TO_BE_HELD, _TO_BE_HELD_BY, _NAMED_TO_BE_HELD, _BODY_TO_MEET)
            )
            if m
        ),
        None,
    )
    hosts = [o for o in organizations if said and said.start("host") <= o.start and o.end <= said.end("host")]
    if said is None or not hosts or not re.fullmatch(r"(?:the\s+)?", text[said.start("host") : hosts[0].start]):
        return None
    if said.re is not _SESSION_TO_BE_HELD and (len(hosts) != 1 or hosts[0].end != said.end("host")):
        return None  # "that UNHCR and its partners will convene", "to be held by UNHCR and B": not its host alone
    if said.re is _SESSION_TO_BE_HELD and any(m.sentence == sentence and m.status == "planned" for m in earlier):
        return None  # "agreed to hold the fifth meeting of the commission, to be held in X": proposed already
    noun = said.group("noun")
    kind = next((k for words, k in _GATHERING_KINDS if re.fullmatch(words, noun, re.IGNORECASE)), "conference")
    place = place_of(text, places, sentence, said, kind, *where)
    meeting = make_meeting(text, sentence, said, kind, "planned", [], [hosts[0].entity], place, dates, earlier)
    if meeting.date is None:  # "the Forum, which UNHCR will convene in Geneva in December": told in its own clause
        there, meeting.date = told_after(said.end("host"), sentence, places, dates)
        meeting.place = there or meeting.place
    return meeting


# "A told the meeting that ...": words to the people gathered (a speech, if they gathered for a forum, not for talks)
_TOLD_THE_MEETING = re.compile(r"\btold the (?:meeting|gathering|participants|audience|guests|round ?table)\b")


def told_the_gathering(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    target: ProposedMeeting,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "A told the meeting that ..." after a forum, a seminar or a conference: A's speech within it (said to talks, it
    is none), on the sentence's day, else the gathering's."""
    said = _TOLD_THE_MEETING.search(text, *sentence)
    speakers = [p.entity for p in people if said and p.end <= said.start()]
    if said is None or target.kind not in GATHERINGS or len(set(speakers)) != 1:
        return None
    speech = make_meeting(text, sentence, said, "speech", "held", speakers[:1], [], target.place, dates, earlier)
    speech.parent = earlier.index(target)
    if speech.date is None:
        speech.date, speech.date_basis = day_within(text, sentence, target.date)
    return speech


# "The Executive Committee, which meets in Geneva every October": where the body's sessions are held
_MEETS_IN = re.compile(
    r",\s+which\s+(?:usually\s+|normally\s+|traditionally\s+)?(?:meets|convenes|sits|is held|holds its (?:[\w-]+\s+)?"
    r"(?:sessions|meetings))\s+(?:(?:each|every)\s+year\s+|annually\s+|yearly\s+)?in\s+(?:the\s+)?"
)


def seat_places(
    text: str,
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    countries: set[str],
    meetings: list[ProposedMeeting],
) -> None:
    """A gathering of a body that the text says meets in a city, with no place of its own: held there, as are its
    parts told with no place either."""
    seats = {
        o.entity: p.entity
        for o in organizations
        for p in places
        if p.entity not in countries and _MEETS_IN.fullmatch(text, o.end, p.start)
    }
    for i, meeting in enumerate(meetings):
        seat = next((seats[o] for o in meeting.organizations if o in seats), None)
        if meeting.kind not in GATHERINGS or meeting.place is not None or seat is None:
            continue
        meeting.place = seat
        for part in meetings:
            if part.parent == i and part.place is None:
                part.place = seat


# "the IOM would send trainers to Kunming in May for a course on document examination", "the Administration would send
# six officers to an IOM course on border management in Bangkok in September": a course to come, of the body that sends
# people to it and of the one whose course it is
_SENDS_TO = re.compile(
    r"\s*(?:\([\w-]+\)\s*)?(?:will|would|is to|are to|plans? to|agreed to)\s+(?:also\s+)?send\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers|officials|trainers|experts|instructors|staff|participants|delegates)\s+(?:to\s+[^.;]{1,60}?\s+)?"
    r"(?:for|to)\s+(?:a|an|the|its)\s+(?P<words>(?:[\w-]+\s+){0,3}?)(?P<noun>course|workshop|seminar|training)\b"
)


def sent_to_a_course(
    text: str,
    sentence: tuple[int, int],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
) -> ProposedMeeting | None:
    """ "The IOM would send trainers to Kunming in May for a course": a planned course of the body the sentence names
    right before the verb, and of the one named in the course's words ("an IOM course"), at the first place and on the
    first date after the verb; none unless the sender is a body named."""
    s, e = sentence
    for body in (o for o in organizations if s <= o.start < e):
        said = _SENDS_TO.match(text, body.end)
        if said is None or said.end() > e:
            continue
        holders = [o.entity for o in organizations if said.start("words") <= o.start < said.end("words")]
        place, date = told_after(said.start(), sentence, places, dates)
        bodies = list(dict.fromkeys([*holders, body.entity]))
        return ProposedMeeting("symposium", "planned", sentence, [], date, place=place, organizations=bodies)
    return None


# "following the decision of a special session of the IOM Council in Geneva on 30 June": a session held, of the body
# that met in it
_SESSION_DECIDED = re.compile(
    r"\b(?:decisions?|resolutions?)\s+(?:of|by|at|adopted\s+(?:by|at))\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>session|meeting|conference|summit)\s+of\s+(?:the\s+)?"
)


def session_that_decided(
    text: str,
    sentence: tuple[int, int],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
) -> ProposedMeeting | None:
    """ "following the decision of a special session of the IOM Council in Geneva on 30 June": the session of the body
    named right after "of", held at the first place and on the first date the sentence gives after it."""
    said = _SESSION_DECIDED.search(text, *sentence)
    body = next((o for o in organizations if said and o.start == said.end()), None)
    if said is None or body is None:
        return None
    place, date = told_after(body.end, sentence, places, dates)
    kind = next(k for words, k in _GATHERING_KINDS if re.fullmatch(words, said.group("noun"), re.IGNORECASE))
    return ProposedMeeting(kind, "held", sentence, [], date, place=place, organizations=[body.entity])
