"""Propose meetings from sentences that report them ("met with", "held talks with", "held a video call
with", "held consultations", "held a workshop", "received", "launched", ...).

Each trigger gives a kind; the first in the sentence counts, and each later one that a coordinated
verb opens ("held talks with A and jointly signed ..."); a visit referred back to ("During his visit
to X, A held talks with B") is no trigger, and a sentence that only adds people to the
meeting just described ("X also attended", "... attended the meeting" (never a visit), "X and Y
co-chaired the talks", "it was presented at a ceremony attended by ...") adds them to it instead of
making a new one; what "the two sides" then do ("signed an agreement") is a meeting of the same
parties within it, and a joint statement is spoken by its people. A speech at a named gathering ("the keynote speech at the Regional Forum on
Border Management, hosted by X") also gives the gathering, with the speaker and its hosts, as its parent. The participants are the people named before the trigger (or, for "He" or a bare
title, the last person named before the sentence) and after it: "A held talks with B, C and D"
gives three bilateral meetings, one for each counterpart, and so do several counterpart organizations
of talks or visits; other kinds take everyone named. Where no person is named, the organizations the
sentence names take part. The date is the sentence's own
date phrase, else that of the trip the meeting happened within (or of the gathering a sentence opening
"During the conference, ..." refers to); the place is the city the sentence
names (after the trigger first), else the dateline's city, else the country it names.

A relative clause with a trigger of its own ("A, who attended the Forum on 14 May, met B on Tuesday") gives a
meeting, and the main verb after it another, each with its clause's date and place; one saying that a person is
on a visit (", who is in China for a working visit") gives that visit. "He" or "she" stands for the last person
whose honorific fits; a planned trip ("will travel to X") or a handover ("presented the contribution to B") is
only of a person named as its subject (or of "she" for the last one named opening a sentence), never a speaker's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from china_iom.annotation.registry import fold
from china_iom.drafting.detect_candidates import ORG_HEADS, TITLES
from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import POSSESSIVE, EntitySpan

_EVENT = (
    r"(?:workshop|seminar|symposium|forum|conference|session|ceremony|reception|meeting|dialogue|talks|event"
    r"|roundtable|round table|course|plenary)"
)
# "told a forum on international talent mobility": a topic that names what a gathering is about, nobody's words
GATHERING_SUBJECT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ ){{0,3}}?(?i:{_EVENT}|summit|webinar)s? (?:on|about|themed on)"
    r"(?: the)? $"
)
_GIFT = r"(?:contribution|donation|cheque|check|grant|assistance|supplies|aid|materials|goods|equipment|items)"
# "relief materials donated by the Chinese government to B": the donor between the gift and its recipient
_DONOR = (
    r"(?: (?:donated|provided|funded|offered) by (?:the )?(?:[\w-]+ ){0,3}?(?:government|people|side|[A-Z][\w-]*))?"
)
# Sentences that only add people to the meeting just described, and never report one of their own.
_ADDS = re.compile(
    rf"\b(?:also attended|(?:was|were) \w+ at (?:a|the) (?:[\w-]+ )?{_EVENT}\b"
    rf"|co-chaired the (?:[\w-]+ ){{0,2}}(?:{_EVENT}|consultations)\b"
    rf"|(?:attended|will attend|attends) (?:the|this) (?:[\w-]+ ){{0,2}}{_EVENT}\b|attended\.|(?:was|were) present\b"
    r"|\b(?:is|are|was|were) (?:being )?attended by\b)"
)
_BACK = re.compile(
    rf"{_ADDS.pattern}|\b(?:The|This|It|These)(?: [\w-]+){{0,3}}?,? (?:was |were )?signed"
    r" (?:[\w,-]+ ){0,4}?by\b|\bat the (?:signing|launch|opening)(?: ceremony)? of\b"
)
# "A and B signed the document on behalf of the two sides": the signatories of the signing just reported
_SIGNATORIES = re.compile(
    r"\bsigned (?:it|the (?:[\w-]+ ){0,3}?(?:document|agreement|memorandum|MoU|accord|deal|letter|protocol|contract)s?"
    r"(?: of understanding)?) (?:on behalf of|for (?:their|the two|both|each) (?:respective )?"
    r"(?:sides?|parties|party|governments?|organi[sz]ations?|agencies|institutions))\b"
)
# "at a meeting in Beijing on 15 May between A and B": a meeting of its own, never an addition to the one above
_BETWEEN = re.compile(r"\b(?:at|during|in) a meeting\b(?: [\w,-]+){0,8}? between\b")
_TRIGGERS = (
    (
        re.compile(
            r"\b(?:(?:held|had|holds|hold) (?:a |an )?(?:\w+ )?)?working (?:talks|exchanges|sessions?|meetings?) with\b"
        ),
        "working_talks",
    ),
    (
        re.compile(r"\b(?:had|held|has|have|holds|hold) (?:a |an )?(?:[\w-]+ ){0,2}?meeting with\b"),
        "bilateral_talks",
    ),
    (
        re.compile(r"\b(?:held|holds|hold|holding) (?:\w+ )?talks(?: (?!and\b|with\b)[\w-]+){0,7}? with\b"),
        "bilateral_talks",
    ),
    # "the two held talks": the parties of the meeting just described, or those named before it
    (re.compile(r"\b(?:held|had|hold|holds) (?:\w+ )?talks\b(?! with\b)(?=[.,;])"), "bilateral_talks"),
    # "A and B held talks in Beijing on Monday": a meeting only of two people or more named before it
    (
        re.compile(
            r"\b(?:held|had) (?:a |an )?(?:\w+ )?(?:talks|meeting)(?P<alone>)\b(?! (?:with|of|on)\b)(?![^.;]{0,60}\bwith\b)"
        ),
        "bilateral_talks",
    ),
    # "spoke by phone with A", "talked with A over the phone": talks at a distance, never "spoke with reporters"
    (
        re.compile(
            r"\b(?:spoke|speaks|talked|talks) (?:by (?:tele)?phone|over the (?:tele)?phone|by video(?: link)?|via video"
            r"(?: link)?) with\b|\b(?:spoke|talked) with(?= [A-Z][\w .-]{0,60}?(?:,[^,;]{1,60},)? (?:by|over|via) (?:the )?"
            r"(?:tele)?(?:phone|video))"
        ),
        "bilateral_talks",
    ),
    (re.compile(r"\b(?:paid|pays|pay|paying) (?:a )?courtesy (?:call|visit) (?:on|to)\b"), "courtesy_meeting"),
    (
        re.compile(
            r"\b(?:held|holds|hold|had|has) (?:a |an )?(?:video |phone |telephone )?(?:call|conversation)"
            r" with\b"
        ),
        "bilateral_talks",
    ),
    (
        re.compile(
            r"\b(?:held|holds|hold|holding) (?:\w+ )?consultations\b"
            r"|\b(?:hold|holding) (?:a |an |the |their |its )(?:[\w-]+ ){0,2}?consultation\b"
        ),
        "dialogue",
    ),
    (
        re.compile(r"\b(?:held|holds|hold|holding) (?:a |an |the )?(?:[\w-]+ )?round of (?:talks|consultations)\b"),
        "bilateral_talks",
    ),
    (_BETWEEN, "bilateral_talks"),
    (
        re.compile(
            r"\b(?:held|holds|hold|hosted|hosts|hosting|(?:co-)?organi[sz](?:ed|es|e|ing)) (?:the (?:opening|closing)"
            r"(?: ceremony)? of )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:workshop|seminar|training course)\b"
        ),
        "symposium",
    ),
    # "A three-day workshop on X for officials from A, B and C opened here Wednesday, co-organized by A and B"
    (
        re.compile(
            r"\b(?:[Aa]|[Aa]n) (?:[\w-]+ ){0,3}?(?:workshop|seminar|symposium|training course|forum|conference)\b"
            r"(?:,? [\w()'’-]+){0,20}?,? (?:opened|was opened|kicked off|was held|took place)\b"
        ),
        "symposium",
    ),
    (
        re.compile(
            r"\b(?:held|holds|hold|hosted|hosts|hosting) (?:a |an )(?:[\w-]+ ){0,3}?"
            r"(?:reception|ceremony|forum|conference)\b"
        ),
        "conference",
    ),
    (
        re.compile(
            r"\b(?:consultations|dialogue)\b(?: [\w()-]+){0,10}? (?:will|is to|are to|is scheduled to) be held\b"
            r"|\b(?:consultations|dialogue)\b(?: [\w()-]+){0,10}? (?:was|were) held\b"
        ),
        "dialogue",
    ),
    (
        re.compile(r"\b(?:talks|meeting)\b(?: [\w-]+){0,6}? (?:will|is to|are to|is scheduled to) be held\b"),
        "bilateral_talks",
    ),
    (
        re.compile(
            r"\b(?:met|meets|meet)(?: \w+){0,3}? with\b|\bmet\b(?= [A-Z]| (?:a|an|the) (?:[\w-]+ ){0,2}?delegation\b)"
            r"|\bmet (?:at|in) (?:the )?(?:(?:[A-Z][\w'’-]*|of|and|for|the) ){1,8}with\b"  # "met at the Ministry of X with"
            r"|\bwill meet\b"
            r"|\bmet (?:[\w-]+ )?(?:officials|representatives|leaders) (?:of|from)\b"  # "met officials of the ministry"
        ),
        "bilateral_talks",
    ),
    (
        re.compile(
            r"\b(?:continu\w+|began|begins|held|holds) (?:his|her|their) (?:meetings?|talks) (?:[\w-]+ ){0,4}?"
            r"with\b"
        ),
        "bilateral_talks",
    ),
    (
        re.compile(
            r"\b(?:received|receives|receiving)\b(?=(?: (?:on|at|in|here) [\w ]{0,40}?,?| [A-Z][a-z]+day,?)?"
            r" (?:a |an |the )?(?:visiting )?(?:[A-Z]|delegation))"
            r"|\b(?:received|receives|receiving) (?:a |an )(?:courtesy )?(?:visit|call) (?:by|from)\b"
            r"|\b(?:was|were) received by\b"
        ),
        "courtesy_meeting",
    ),
    (
        re.compile(
            r"\b(?:signed|signs|(?<!the )(?<!this )signing)\b(?! (?:by|into))|\bwas signed by\b"
            r"|\b(?:will|(?:agreed|expected|scheduled|set|due|plans?) to) sign\b(?! off| up)"
        ),
        "signing",
    ),
    (re.compile(r"\b(?:meeting|met|convened) in (?:a |an |its )?(?:[\w-]+ ){0,2}?session\b"), "conference"),
    (
        re.compile(r"\b(?:marked|marks|marking|celebrated|commemorated) (?:the|its|their) (?:[\w-]+ )?anniversary\b"),
        "conference",
    ),
    (re.compile(r"\b(?:addressed|addresses|[Aa]ddressing)\b"), "speech"),
    # "will lead the Chinese delegation to the Forum": attending it; "led a delegation to Geneva": a visit there
    (
        re.compile(
            rf"\b(?:led|leads|lead|leading|headed|heads|head) (?:a|an|the|his|her) (?:[\w-]+ ){{0,3}}?delegation (?:to|at)"
            rf" the (?:[\w-]+ ){{0,4}}?(?i:{_EVENT}|summit|council|assembly)\b"
        ),
        "conference",
    ),
    (
        re.compile(
            r"\b(?:led|leads|lead|leading|headed|heads|head) (?:a|an|the|his|her) (?:[\w-]+ ){0,3}?delegation to\b"
            r"(?= [A-Z])"
        ),
        "visit",
    ),
    (re.compile(r"\b(?:launched|launches|jointly launch(?:ed)?|will launch)\b"), "launch"),
    (re.compile(rf"\b(?:opened|chaired|hosted|co-hosted) (?:the |a )?(?:[\w-]+ ){{0,3}}?{_EVENT}\b"), "symposium"),
    (
        re.compile(
            r"\b[Ii]n (?:his|her) (?:opening|closing|keynote|welcoming|concluding) (?:remarks|speech|address)\b"
        ),
        "speech",
    ),
    (
        re.compile(
            r"\b[Ss]peaking (?:(?:at|during)(?! (?:a|the) (?:press|news) )|via|by video)\b"
            r"|\btold (?:the|a|an) (?!(?:press|media|news)\b)(?:(?!that\b)[\w-]+ ){0,4}?(?:[Ss]ession|plenary|Council|Assembly|Dialogue|Forum|Conference"
            r"|Summit|(?:opening|closing) ceremony)\b"
            r"|\bdelivered (?:a |the |an )?(?:[\w-]+ )?(?:speech|address|remarks)\b"
            r"|\bgave (?:a |the |an )(?:[\w-]+ )?(?:speech|address)\b"
        ),
        "speech",
    ),
    (re.compile(r"\battended the (?:[\w-]+ ){0,2}?(?:handover|hand-over|handing-over|donation) ceremony\b"), "signing"),
    # "Ambassador A presented the contribution to B", "handed USD 100,000 in cash assistance over to B": a handover,
    # only of a person the sentence names before it
    (
        re.compile(
            r"\b(?:presented|handed|hands|handing|presents)(?P<person>)(?: over)? (?:the |a |an |his |her |its )?"
            rf"(?:[\w$,.-]+ ){{0,4}}?{_GIFT}{_DONOR}(?: over)? to\b"
        ),
        "signing",
    ),
    (re.compile(r"\b(?:attended|attends|attending)\b|\b(?:will|to) attend\b"), "conference"),
    (
        re.compile(
            r"\b(?:visited|(?<!of )(?<!the )visits|visiting(?! [A-Z]))\b"
            r"|\bvisit (?:by (?:[A-Z][\w-]* ?){1,3} )?to\b"
            r"|\b(?:will|to)(?: also)? visit\b"
        ),
        "visit",
    ),
    (re.compile(r"\barrived in\b(?= [A-Z])"), "trip"),
    # "Ekberg will travel on Thursday to Fuzhou": a visit only of a person the sentence names before it
    (
        re.compile(
            r"\b(?:will|(?:is|are) (?:scheduled|expected|due|set) to)(?: also)? travel(?P<person>)"
            r"(?: (?!to\b)[\w-]+){0,3}? to\b(?= [A-Z])"
        ),
        "visit",
    ),
    # "A and B met briefly": a meeting only of two people or more named before it (last: any other
    # trigger there comes first)
    (
        re.compile(
            r"\bmet(?P<alone>)(?= (?:briefly|separately|privately|informally|again|later|here|today|on|in|at)\b)"
        ),
        "bilateral_talks",
    ),
    # "On the sidelines, A and B discussed a joint study": talks within the gathering, of two people or more named
    (re.compile(r"\b(?:discussed|exchanged views|talked)(?P<sidelines>)(?P<alone>)\b"), "working_talks"),
)
_PLANNED = re.compile(
    r"\b(?:will|would|to be|agreed to|decided to|(?:is|are) (?:scheduled|expected|set|due) to|plans? to)\b"
)
_BACK_REFERENCE = re.compile(r"\b(?:his|her|their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "During the conference, ..." / "On the sidelines of the forum, ...": within the gathering last proposed.
_WITHIN = re.compile(
    r"(?:During|On the sidelines of|On the margins of|At) the (?:[\w-]+ ){0,3}?"
    r"(?P<noun>(?i:conference|forum|summit|session|symposium|seminar|workshop|meeting|dialogue|round ?table|course"
    r"|plenary))s?\b|During (?:the|his|her|their) (?:[\w-]+ ){0,2}?(?P<trip>visit|trip|tour|stay)\b"
    r"|On the (?:sidelines|margins|fringes)(?=,)"  # of the gathering last reported
)
_SIDELINES = re.compile(r"\s*On the (?:sidelines|margins|fringes)\b")
_SAME_DAY = re.compile(
    r"\b(?:on )?the same day\b|\b(?:later|earlier) (?:that|the same) day\b|\bon that day\b"
    r"|\b(?:that|the same) (?:morning|afternoon|evening)\b"
    rf"|(?P<right_after>\b(?-i:After|Following|Before|Prior to) the (?:[\w-]+ ){{0,2}}?(?:{_EVENT}|signing)\b(?=,))"
    r"|(?P<before>\bthe (?:day before|previous day)\b)|(?P<after>\bthe (?:next|following) day\b|\bthe day after\b)"
    r"(?! (?:the|a|an|his|her|its|their)\b)",
    re.IGNORECASE,
)
_GATHERINGS = frozenset({"conference", "symposium", "summit", "forum"})
# A speech "at the opening ceremony", "at the session", or by one who "attended the opening", is one of the
# gathering just reported
_AT_THE_GATHERING = re.compile(
    r"\b(?:at|(?:attended|attends)(?: and (?:addressed|spoke at))?|attending|addressed|[Aa]ddressing|opened|closed|told) the"
    r" (?:[\w-]+ ){0,2}?(?i:opening|closing|session"
    r"|ceremony|reception|event|workshop|seminar|symposium|forum|conference|summit|plenary|round ?table|dialogue|council"
    r"|assembly|course)\b|\b[Ii]n (?:his|her) (?:opening|closing"
    r"|keynote|welcoming|concluding) "
)
# A relative clause gives the date of something else (", which was set up earlier this year", ", to be published next
# year"), unless it says when the gathering went on (", which opened on Monday", ", to be held in May")
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|where)\b(?!\s+(?:opened|opens|began|begins|started|starts|closed"
    r"|ended|ran|runs|(?:was|is|will be) held|took place|takes place|will take place)\b)[^,;]*$"
    r"|,\s+(?:to be|due to be|expected to be) (?!held|convened|organi[sz]ed)\w+[^,;]*$"  # ", to be published next year"
)
# "a four-day visit that ends on Thursday", "before leaving for Beijing on Friday": when it ends, not when it was
_ENDS = re.compile(
    r"\b(?:ends?|ending|ended|conclud\w*|leav\w*|left|depart\w*|return(?:s|ed|ing)? (?:to|home|from))\b[^,.;]{0,30}$"
)  # "returned migrants" is no return
_NOT_WHEN = re.compile(r"(?:since|until|before|after)\b", re.IGNORECASE)  # a bound, not the meeting's date
# "He", "she", a bare title ("The Ambassador", "Director General") or a word of the last person's name
# ("DG Vitorino") stand for the last person named, also before an auxiliary ("the High Commissioner is expected to
# meet"); "Officials", an organization or another name ("Okoro" after "Shen Bo") not
_PRONOUN = re.compile(
    rf"(?:\b(?:He|She|he|she)|\b(?P<the>[Tt]he )?(?P<words>(?:[A-Z][\w.-]* )*(?!(?:{ORG_HEADS})\b)"
    r"(?P<word>[A-Z][\w.-]*)(?<![a-z]s)))(?: also)?"
    r"(?: (?:will|(?:is|was) (?:expected|scheduled|set|due) to))?\s*$"
)
_ENDS_IN_TITLE = re.compile(rf"\b(?:{TITLES})$")


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


def propose_meetings(
    text: str,
    sentences: list[tuple[int, int]],
    people: list[EntitySpan],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    country_places: set[str],
    dateline_place: str | None = None,
    place_country: dict[str, str | None] | None = None,
    affiliations: dict[str, str] | None = None,
) -> list[ProposedMeeting]:
    """Meetings reported by the sentences, in order; ``affiliations`` maps people to the organization their role
    in the text names (a planned meeting of "the two sides" is between their organizations)."""
    meetings: list[ProposedMeeting] = []
    last_person: str | None = None
    for s, e in sentences:
        inside = [p for p in people if s <= p.start and p.end <= e]
        if _asked(text, (s, e)):  # a journalist's question reports nothing
            continue
        triggers = _triggers(text, s, e)
        if not triggers and _hosts_added(text, (s, e), organizations, meetings):
            continue
        if (
            not meetings and _ADDS.search(text, s, e) and not _FIRST_REPORT.search(text, s, e)
        ):  # adds to a meeting that was not recognised: none of its own
            last_person = inside[-1].entity if inside else last_person
            continue
        if (
            meetings
            and (_BACK.search(text, s, e) or _BACK.match(text, s, e) or _signatories(text, (s, e), meetings))
            and not _BETWEEN.search(text, s, e)
        ):
            if _COUNTED.match(text, s):  # "Some 60 participants from embassies, UN agencies ...": nobody named
                continue
            target = _attended(text, (s, e), meetings)
            target.participants += [p.entity for p in inside if p.entity not in target.participants]
            target.organizations = list(
                dict.fromkeys(
                    [*target.organizations, *(o.entity for o in organizations if s <= o.start < e and not inside)]
                )
            )
            city = next((p.entity for p in places if s <= p.start < e and p.entity not in country_places), None)
            if city and (target.place is None or target.place in country_places):  # "signed in Geneva by ..."
                target.place = city
            last_person = inside[-1].entity if inside else last_person
            continue
        where = (country_places, dateline_place, place_country or {})
        gathering = None
        if not triggers or triggers[0][1] not in _GATHERINGS:
            gathering = _gathering(
                text, (s, e), None if triggers else inside, organizations, places, dates, where, meetings
            )
            if gathering is not None:
                meetings.append(gathering)
        at = len(meetings) - 1
        if triggers:
            first = triggers[0][0]
            subject = (
                next((p.entity for p in inside if first.start() <= p.start and p.end <= first.end()), None)
                or _subject(
                    text,
                    s,
                    first.start(),
                    [p for p in inside if not _INVITED_BY.search(text, s, p.start)],
                    _title_holder(text, (s, first.start()), people)
                    or _of_pronoun(text, (s, first.start()), people, last_person),
                )
                or _leader(text, s, first.start(), people)
                or _postposed(text, (s, e), first, inside, {p.entity for p in people if p.end <= s})
            )  # "a visit by X to", "the delegation visited", "Speaking at X, Ambassador A said"
            before = _subjects(text, [p for p in inside if p.end <= triggers[0][0].start()], subject)
            trip = _trip_referred_to(text, (s, e), first, subject, places, dates, where, meetings)
            if trip is not None:
                meetings.append(trip)
            for (match, kind), following in zip(triggers, [*(t[0].start() for t in triggers[1:]), e]):
                following = _object_end(text, match.end(), following)
                if match.groupdict().get("alone") is not None and len(before) < 2:
                    continue
                if match.groupdict().get("person") is not None and not _named_subject(
                    text, match, before, subject, people
                ):
                    continue
                part = before + [p for p in inside if match.end() <= p.start and p.end <= following]
                if subject is None and match.group(0).endswith("between"):  # "a meeting between A and B": all of them
                    subject = part[0].entity if part else None
                if last_person not in (None, subject) and re.match(r" (?:him|her)\b", text[match.end() :]):
                    part.append(EntitySpan(last_person, match.end() + 1, match.end() + 4))  # "hold talks with him"
                joined = _joined_gathering(text, match, kind, meetings)
                if joined is not None:  # "X attended the opening and delivered a speech": X is at the gathering
                    joined.participants += [p.entity for p in part if p.entity not in joined.participants]
                    continue
                found = _meetings(
                    text,
                    (s, e),
                    match,
                    kind,
                    subject,
                    part,
                    [o for o in organizations if not match.end() <= o.start or o.end <= following],
                    places,
                    dates,
                    where,
                    meetings,
                )
                coordinated = _COORDINATED.search(text, max(s, match.start() - 20), match.start())
                if coordinated and _BASE_FORM.match(match.group(0)) and meetings and meetings[-1].status == "planned":
                    for meeting in found:  # "will meet with A and hold talks with B": both to come
                        meeting.status = "planned"
                if coordinated and coordinated.group("where") and meetings and meetings[-1].kind in ("visit", "trip"):
                    # "visited the Administration, where he held talks with A": within it; "where he met with
                    # senior officials" only tells what the visit was
                    found = [m for m in found if len(m.participants) > 1]
                    for meeting in found:
                        meeting.parent = len(meetings) - 1
                in_clause = _IN_CLAUSE.search(text, max(s, match.start() - 40), match.start())
                for meeting in (
                    found if gathering is not None and kind not in ("visit", "trip") and not in_clause else []
                ):
                    meeting.parent = at  # "On the margins of the Forum, A and B signed": both were at it
                    gathering.participants += [p for p in meeting.participants if p not in gathering.participants]
                found = [
                    m
                    for m in found
                    if not (match.group(0).lower().startswith("in ") and _repeats(m, meetings))
                    and (m.participants or m.kind != "speech")  # a speech is given by someone
                ]
                named = any(s <= p.start < e for p in places)
                if not any(m.participants for m in found) and _BOTH_SIDES.search(text, s, match.start()):
                    found = []  # "According to A, the two sides agreed to hold ...": the sides, not A
                _witnessed(text, (s, e), found, meetings)
                meetings.extend(
                    found
                    or _of_both_sides(
                        text,
                        (s, e),
                        match,
                        kind,
                        dates,
                        meetings,
                        affiliations or {},
                        _place(text, places, (s, e), match, kind, *where) if named else None,
                    )
                )
        stay = _stay(text, (s, e), inside, places, country_places, meetings)
        if stay is not None:
            meetings.append(stay)
        last_person = inside[-1].entity if inside else last_person
    return _without_empty(meetings)


# "A, who is in China for a working visit", "a delegation led by A, which is on a three-day visit to Serbia"
_STAY = re.compile(
    r",\s+(?:who|which)\s+(?:is|are|was|were)\s+(?:in\s+(?P<in>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+)?(?:on|for)\s+"
    r"(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b(?:\s+to\s+(?P<to>[A-Z]))?"
)


def _stay(
    text: str,
    sentence: tuple[int, int],
    inside: list[EntitySpan],
    places: list[EntitySpan],
    countries: set[str],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """The visit that a relative clause says the person named just before it is on; a trip if it names the country,
    undated (the sentence dates what happened during it), unless a trip or visit of that person was proposed."""
    s, e = sentence
    stay = _STAY.search(text, s, e)
    who = [p for p in inside if p.end <= stay.start()] if stay else []
    if not who or any(m.kind in ("trip", "visit") and who[-1].entity in m.participants for m in earlier):
        return None
    at = stay.start("in") if stay.group("in") else stay.start("to")
    place = next((p.entity for p in places if p.start == at), None) if at >= 0 else None
    kind = "trip" if place in countries else "visit"
    return ProposedMeeting(kind, "held", sentence, [who[-1].entity], place=place)


_QUESTION = re.compile(r"[ \t]*(?:Q|Question)\s*[:：]")
# "attended the handover ceremony of ...": the first report of an event, not an addition to one
_FIRST_REPORT = re.compile(rf"\battended the (?:[\w-]+ ){{0,2}}?{_EVENT} (?:of|for|on)\b|{_BETWEEN.pattern}")
_COUNTED = re.compile(
    r"\s*(?:(?:Some|About|Around|Nearly|Over|More than|Close to|Approximately|Altogether)\s+)?(?:\d[\d,]*|Dozens"
    r"|Hundreds|Scores|Thousands)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:participants|officials|representatives"
    r"|delegates|guests|experts|attendees|trainees|people)\b"
)
_POSTPOSED = re.compile(
    r",\s+(?:(?P<named>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)|he|she|the (?:[\w-]+ ){0,3}?(?:envoy|ambassador|minister|official|diplomat|representative"
    r"|director[- ]general|commissioner|chief|head|spokesperson|spokesman))\s+(?:said|says|told|noted|stressed"
    r"|called|urged|added|highlighted|emphasi[sz]ed|pointed)\b"
)
_HOSTS_OF = re.compile(
    rf"\s*The (?:[\w-]+ ){{0,2}}?{_EVENT}\b(?:,| (?:was|were|is) (?:jointly )?(?:co-)?(?:organi[sz]ed|hosted) by\b)"
)  # "The roundtable, co-hosted by A and B, ...", "The course was organized by A and B."


def _trip_referred_to(
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
    within = _WITHIN.match(text, s)
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
    status = "planned" if _PLANNED.search(text, max(s, first.start() - 30), first.end()) else "held"
    kind = "trip" if to.entity in where[0] else "visit"
    meeting = _meeting(text, sentence, within, kind, status, [subject], [], to.entity, dates, earlier)
    meeting.date = None  # the sentence dates what happened during it, not the visit
    return meeting


def _asked(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is in a question's paragraph: one opening "Q:" or ending with a question mark."""
    start, end = text.rfind("\n", 0, sentence[0]) + 1, text.find("\n", sentence[1])
    return bool(_QUESTION.match(text, start)) or text[start : len(text) if end < 0 else end].rstrip().endswith("?")


def _postposed(
    text: str, sentence: tuple[int, int], first: re.Match[str], inside: list[EntitySpan], named_before: set[str]
) -> str | None:
    """ "Speaking at X, Ambassador A said": A; "..., the Chinese envoy said": the one person named before, if only one
    was."""
    s, e = sentence
    said = _POSTPOSED.search(text, first.end(), e)
    if said is None or not re.fullmatch(r"\W*", text[s : first.start()]):
        return None
    if said.group("named"):
        return next((p.entity for p in inside if said.start("named") <= p.start and p.end <= said.end("named")), None)
    return next(iter(named_before)) if len(named_before) == 1 and not inside else None


def _hosts_added(
    text: str, sentence: tuple[int, int], organizations: list[EntitySpan], meetings: list[ProposedMeeting]
) -> bool:
    """ "The roundtable, co-hosted by A and B, brought together ...": A and B take part in the gathering last
    proposed; whether the sentence was one of these."""
    s, e = sentence
    hosted = _HOSTED.search(text, s, e)
    target = next((m for m in reversed(meetings) if m.kind in _GATHERINGS), None)
    if not _HOSTS_OF.match(text, s) or hosted is None or target is None:
        return False
    stop = re.compile(r",\s+(?!and\b)[a-z]").search(text, hosted.end(), e)
    hosts = [o.entity for o in organizations if hosted.end() <= o.start < (stop.start() if stop else e)]
    target.organizations = list(dict.fromkeys([*target.organizations, *hosts]))
    return True


def _without_empty(meetings: list[ProposedMeeting]) -> list[ProposedMeeting]:
    """The meetings that someone takes part in, their parents renumbered."""
    kept = [i for i, m in enumerate(meetings) if m.participants or m.organizations]
    index = {old: new for new, old in enumerate(kept)}
    result = [meetings[i] for i in kept]
    for meeting in result:
        meeting.parent = index.get(meeting.parent) if meeting.parent is not None else None
    return result


def _triggers(text: str, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """The first trigger in the sentence, and each later one that a coordinated verb opens ("held talks with
    A and jointly signed ...", "... and visited B"); "his visit to", "the visit to" refer back and trigger nothing."""
    found = sorted(
        (
            (m, kind)
            for pattern, kind in _TRIGGERS
            for m in pattern.finditer(text, start, end)
            if not (
                m.group(0).startswith("visit ") and _BACK_REFERENCE.search(text, max(start, m.start() - 40), m.start())
            )
            and (m.groupdict().get("sidelines") is None or _SIDELINES.match(text, start))
        ),
        key=lambda pair: pair[0].start(),
    )
    kept = found[:1]
    for match, kind in found[1:]:
        if match.start() >= kept[-1][0].end() and (
            _COORDINATED.search(text, max(start, match.start() - 20), match.start())
            or _after_clause(text, kept[-1][0], match)
        ):
            kept.append((match, kind))
    return kept


def _named_subject(
    text: str, match: re.Match[str], before: list[EntitySpan], subject: str | None, people: list[EntitySpan]
) -> bool:
    """Whether the subject is named just before the verb ("A will travel", "A, title, handed") or is the "He" or "She"
    opening the sentence for a person last named as the subject opening one; never a person last named elsewhere
    ("He will also travel" after '"...," said B.') nor a speaker ("A said the workers will travel")."""
    at = next((p for p in reversed(before) if p.entity == subject), None)
    if at is not None:
        return bool(re.fullmatch(r"(?:,[^,;]{1,80})?,?\s*", text[at.end : match.start()]))
    last = next((p for p in reversed(people) if p.end <= match.start()), None)
    return (
        last is not None
        and last.entity == subject
        and _opens(text, match.start(), r"(?:He|She)(?: also)?\s+")
        and _opens(text, last.start, r"(?:[A-Z][\w.-]*\s+){0,3}")
    )


def _opens(text: str, at: int, words: str) -> bool:
    """Whether ``words`` open the sentence that goes on at ``at``."""
    window = ("\n" if at <= 60 else "") + text[max(0, at - 60) : at]
    return bool(re.search(rf"(?:[.!?][\"'”’]?\s+|\n\s*){words}$", window))


# "At the invitation of Chinese President X, ...": X is the host, never the one who comes
_INVITED_BY = re.compile(r"\bAt the invitation of (?:the )?(?:[A-Z][\w.'’-]*\s+){0,5}$")
_IN_CLAUSE = re.compile(r",\s+(?:who|which)\s+(?:[\w-]+\s+){0,2}$")


def _after_clause(text: str, earlier: re.Match[str], match: re.Match[str]) -> bool:
    """ "A, who attended the Forum on Monday, met B": the main verb after a relative clause with a trigger of its
    own."""
    return bool(
        _IN_CLAUSE.search(text, max(0, earlier.start() - 40), earlier.start())
        and re.search(r",\s+$", text[earlier.end() : match.start()])
        and not re.search(r"[;:]", text[earlier.end() : match.start()])
    )


_BOTH_SIDES = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth) (?:sides|organi[sz]ations|agencies|parties|countries|governments|ministries)\b|"
    r"\b[Tt]he two(?= (?:held|had|met|signed)\b)|"
    r"(?P<next>\b[Tt]he next (?:round|meeting|session)\b)"
)


def _of_both_sides(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
    affiliations: dict[str, str],
    place: str | None,
) -> list[ProposedMeeting]:
    """ "After the talks, the two sides signed ...": the parties of the meeting just described, within it; "the
    two sides agreed to hold ...", "the next round of consultations will be held ...": a planned meeting of the
    same parties (of the last meeting of its kind, for a next round), between their organizations where the
    text gives each person's; at the place the sentence names, else at the last one's."""
    both = _BOTH_SIDES.search(text, *sentence)
    if not earlier or not both:
        return []
    sides = [m for m in earlier if m.kind != "speech"] or earlier  # a speech has one side
    last = next((m for m in reversed(earlier) if m.kind == kind), sides[-1]) if both.group("next") else sides[-1]
    status = "planned" if _PLANNED.search(text, max(sentence[0], match.start() - 30), match.end()) else "held"
    people, organizations = list(last.participants), list(last.organizations)
    if status == "planned" and people and all(p in affiliations for p in people):
        people, organizations = [], list(dict.fromkeys([*(affiliations[p] for p in people), *organizations]))
    meeting = ProposedMeeting(
        kind,
        status,
        sentence,
        people,
        _date_of(text, sentence, match, dates),
        place=place or (last.place if status == "held" else None),  # the next round may be anywhere
        organizations=organizations,
    )
    if status == "held":
        meeting.parent = earlier.index(last)
        if meeting.date is None:
            meeting.date, meeting.date_basis = (
                last.date,
                "Held within the meeting proposed above; the day is that meeting's.",
            )
    return [meeting]


_WITNESSED = re.compile(r"(?:Witnessed by|In the presence of) (?P<both>the two (?:leaders|sides|ministers|heads))?")
_NAMES = {"trip": "trip", "visit": "visit", "conference": "gathering", "symposium": "gathering", "summit": "gathering"}


def _witnessed(
    text: str, sentence: tuple[int, int], found: list[ProposedMeeting], earlier: list[ProposedMeeting]
) -> None:
    """ "Witnessed by the two leaders, A and B signed ...": a meeting within the one just described, whose people
    witness it, on its day and at its place unless the sentence gives them."""
    witnessed = _WITNESSED.match(text, sentence[0])
    if not witnessed or not earlier:
        return
    last = earlier[-1]
    for meeting in found:
        if witnessed.group("both"):
            meeting.participants += [p for p in last.participants if p not in meeting.participants]
        if meeting.date is None and last.date is not None:
            meeting.date, meeting.date_basis = (
                last.date,
                "Witnessed by the people of the meeting proposed above, so on its day.",
            )
        meeting.place = meeting.place or last.place


def _repeats(meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> bool:
    """A speech already proposed, by the same people within the same gathering, that "In his opening speech, X ..."
    refers back to."""
    return meeting.kind == "speech" and any(
        m.kind == "speech" and m.participants == meeting.participants and m.parent == meeting.parent for m in earlier
    )


def _joined_gathering(
    text: str, match: re.Match[str], kind: str, earlier: list[ProposedMeeting]
) -> ProposedMeeting | None:
    """The gathering just reported, for "attended the opening (ceremony)", "attended the session" or "opened the
    workshop"."""
    if (
        kind not in ("conference", "symposium")
        or not match.group(0).startswith(("attend", "opened", "closed"))
        or not _AT_THE_GATHERING.match(text, match.start())
    ):
        return None
    return next((m for m in reversed(earlier) if m.kind in _GATHERINGS), None)


def _signatories(text: str, sentence: tuple[int, int], meetings: list[ProposedMeeting]) -> bool:
    """Whether a sentence names who signed the document of the signing just reported, adding them to it."""
    return meetings[-1].kind == "signing" and _SIGNATORIES.search(text, *sentence) is not None


def _attended(text: str, sentence: tuple[int, int], meetings: list[ProposedMeeting]) -> ProposedMeeting:
    """The meeting a sentence adds people to: the last one that is no speech (which has one speaker), and for
    "attended the meeting" or "The meeting was also attended by", no visit or trip either."""
    meeting = re.search(r"\b(?:attended the|[Tt]he) (?:talks|meeting)\b", text[sentence[0] : sentence[1]])
    excluded = ("speech", "visit", "trip") if meeting else ("speech",)
    return next((m for m in reversed(meetings) if m.kind not in excluded), meetings[-1])


_JOINT = re.compile(
    r"\bjoint (?:statement|declaration|communiqu[eé]|press release)\b|\b(?:[Tt]he two|[Bb]oth) sides "
    r"(?:also |further )?(?:said|agreed|pledged|vowed|stressed|expressed|reaffirmed|noted|emphasi[sz]ed"
    r"|called|welcomed)\b"
)


def joint_speakers(
    text: str, sentences: list[tuple[int, int]], meetings: list[ProposedMeeting]
) -> list[tuple[str, ...]]:
    """For each sentence that reports a joint statement ("In a joint statement, the two sides pledged ...",
    "Both sides agreed ..."), the people of the meeting last reported before it, if it has two or more."""
    result = []
    for s, e in sentences:
        before = [m for m in meetings if m.sentence[0] < s]
        people = tuple(before[-1].participants) if before else ()
        result.append(people if len(people) > 1 and _JOINT.search(text, s, e) else ())
    return result


# Where the people met end: at another verb of the same subject ("met with A on Monday and submitted a letter
# signed by B") or at the one who reports it (", spokesperson C said").
_OBJECT_END = re.compile(
    r"\band\s+(?:\w+ly\s+)?(?:[a-z]+ed|gave|held|met|made|took|paid|spoke|went|left|saw|led|signed"
    r"|began|sent|won)\b|[,;]\s+(?:[\w.-]+\s+){0,6}?(?:said|says|told|added|announced|stated)\b"
)


def _object_end(text: str, start: int, end: int) -> int:
    stop = _OBJECT_END.search(text, start, end)
    return stop.start() if stop else end


_BASE_FORM = re.compile(
    r"(?:hold|meet|visit|sign|have|pay|attend|launch|receive|chair|co-chair|deliver|give|address|open|host)\b"
)
_COORDINATED = re.compile(r"\band(?: also| jointly| then)?\s+$|(?P<where>,\s+where\s+(?:he|she|they)\s+)$")


_MAN, _WOMAN = re.compile(r"\b(?:Mr|Sir)\.?\s+$"), re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Madame|Mme|Dame)\.?\s+$")


def _of_pronoun(text: str, span: tuple[int, int], people: list[EntitySpan], last: str | None) -> str | None:
    """The person "he" or "she" opening ``span`` can stand for: the last person named, unless an honorific ("Ms.",
    "Mr.") names the other sex; then the last one named before whose honorific fits, if any."""
    pronoun = re.match(r"(?:[^,]*,\s+)?(?P<he>[Hh]e)?(?P<she>[Ss]he)?\b", text[span[0] : span[1]])
    if last is None or pronoun is None or not (pronoun.group("he") or pronoun.group("she")):
        return last
    fits, other = (_MAN, _WOMAN) if pronoun.group("he") else (_WOMAN, _MAN)

    def said(pattern: re.Pattern[str], who: str) -> bool:
        return any(p.entity == who and pattern.search(text, max(0, p.start - 12), p.start) for p in people)

    if not said(other, last):
        return last
    named = [p.entity for p in people if p.end <= span[0]]
    return next((who for who in reversed(named) if said(fits, who)), None)


_THE_TITLE = re.compile(rf"\s*The (?P<title>{TITLES})(?: also)? ")


def _title_holder(text: str, span: tuple[int, int], people: list[EntitySpan]) -> str | None:
    """The one person named before with the title that "The Director General also met ..." opens with."""
    opening = _THE_TITLE.match(text, *span)
    if opening is None:
        return None
    title = re.compile(rf"\b{re.escape(opening.group('title'))}\s+$")
    holders = {p.entity for p in people if p.end <= span[0] and title.search(text, max(0, p.start - 40), p.start)}
    return holders.pop() if len(holders) == 1 else None


def _subject(text: str, start: int, at: int, inside: list[EntitySpan], last: str | None) -> str | None:
    before = [p for p in inside if p.end <= at]
    if before:
        return before[-1].entity
    pronoun = _PRONOUN.search(text[start:at])
    if pronoun is None or last is None:
        return None
    word = pronoun.group("word")
    named = not word or pronoun.group("the") or _ENDS_IN_TITLE.search(pronoun.group("words"))
    return last if named or fold(word) in fold(last).split("-") else None


# "A and B", "A, title, and B", "Ambassador A and Ambassador B"
_JOINED = re.compile(r"(?:\s+and|,(?:\s+and)?|,[^,;]{1,120},\s+and)\s+(?:[A-Z][\w.-]*\s+){0,3}")


def _subjects(text: str, before: list[EntitySpan], subject: str | None) -> list[EntitySpan]:
    """The people before the trigger who act in it: the subject and those coordinated with it ("A and B held
    talks"), never one named in an opening phrase or as an owner ("To fulfil X's pledge, A signed ...")."""
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].entity == subject), None)
    if at is None:
        return []
    first = at
    while (
        first > 0
        and _JOINED.fullmatch(text, before[first - 1].end, before[first].start)
        and not POSSESSIVE.match(text, before[first - 1].end)
    ):
        first -= 1
    return before[first : at + 1]


def _leader(text: str, start: int, at: int, people: list[EntitySpan]) -> str | None:
    """ "The delegation visited ...": the person who led the delegation named before ("a delegation ... led by X")."""
    if not re.search(
        r"\b[Tt]he delegation\s+(?:is |was |were |has |had )?(?:\w+ly )?(?:on )?(?:a |an )?(?:[\w-]+ )?$|"
        r"\b[Tt]he delegation\s*$",
        text[start:at],
    ):
        return None
    led = [
        p
        for p in people
        if p.end <= start and re.search(r"\bled by\s+(?:[\w.’'-]+\s+){0,4}$", text[max(0, p.start - 60) : p.start])
    ]
    return led[-1].entity if led else None


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
_HOSTED = re.compile(r"\b(?:hosted|co-hosted|organi[sz]ed|convened) by\b")


def _gathering(
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
    reported = [text[m.sentence[0] : m.sentence[1]] for m in earlier if m.kind in _GATHERINGS]
    if any(re.search(rf"\b{at.group('noun')}\b", r, re.IGNORECASE) or (name and name in r) for r in reported):
        return None
    kind = next(k for words, k in _GATHERING_KINDS if re.fullmatch(words, at.group("noun"), re.IGNORECASE))
    hosted = _HOSTED.search(text, at.end(), e)
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
    status = "planned" if _PLANNED.search(text, max(s, at.start() - 30), at.end()) else "held"
    return _meeting(
        text,
        sentence,
        at,
        kind,
        status,
        [p.entity for p in people or [] if clause[0] <= p.start < clause[1]],
        list(dict.fromkeys(hosts))[:2],
        _place(text, places, sentence, at, kind, *where),
        dates,
        earlier,
    )


def _meetings(
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
    s, e = sentence
    status = "planned" if _PLANNED.search(text, max(s, match.start() - 30), match.end()) else "held"
    place = _place(text, places, sentence, match, kind, *where)
    if (
        kind == "visit"
        and place in where[0]
        and place != where[1]
        and any(p.entity == place and match.end() <= p.start < e for p in places)
    ):  # a visit to a country
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
    if kind.endswith("talks") and counterparts:
        groups = [[c] for c in counterparts]
        if subject:  # "meet with Minister A and with officials of B": a meeting with each
            return [
                *(
                    meeting
                    for group, when in zip(groups, _own_dates(inside, match, counterparts, dates))
                    for meeting in _groups(
                        text, sentence, match, kind, status, subject, [group], [], place, when, earlier
                    )
                ),
                *(
                    _meeting(text, sentence, match, kind, status, [subject], [o], place, dates, earlier)
                    for o in officials
                ),
            ]
    elif (kind.endswith("talks") or kind == "visit") and subject and len(orgs) > 1:
        return [_meeting(text, sentence, match, kind, status, [subject], [org], place, dates, earlier) for org in orgs]
    else:
        before = [p.entity for p in inside if p.end <= match.start() and p.entity != subject]
        if kind.endswith("talks") and subject and not before and not orgs:
            return []  # "where he met with senior officials": talks with no one named
        groups = [[] if kind == "speech" and subject else list(dict.fromkeys([*before, *counterparts]))]
    orgs = list(dict.fromkeys([*(o.entity for o in organizations if s <= o.start < match.start()), *orgs]))
    return _groups(text, sentence, match, kind, status, subject, groups, orgs, place, dates, earlier)


def _own_dates(
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


_OFFICIALS_OF = re.compile(
    r"\bwith (?:senior )?(?:officials|representatives|staff|members|leaders|heads|experts) "
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
        if participants or orgs or kind in _GATHERINGS:  # whose hosts a later sentence may give
            result.append(
                _meeting(
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


def _meeting(
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
    within = _WITHIN.match(text, sentence[0])
    spoke_there = kind == "speech" and _AT_THE_GATHERING.search(text, *sentence)
    if within or spoke_there:
        kinds = ("trip", "visit") if within and within.group("trip") else _GATHERINGS
        latest = [i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind in kinds]
        if within and within.group("noun"):  # or the speech given at the gathering, if it was not proposed
            noun = within.group("noun")
            latest += [i for i, m in enumerate(earlier) if m.kind == "speech" and noun in text[slice(*m.sentence)]][
                ::-1
            ]
        parent = next(iter(latest), parent)
    if spoke_there and parent is not None and earlier[parent].kind in _GATHERINGS:  # a speaker attended it
        earlier[parent].participants += [p for p in participants if p not in earlier[parent].participants]
    ends = _from_its_end(text, sentence, dates) if kind in ("visit", "trip") else None  # "ended a five-day visit"
    meeting = ProposedMeeting(
        kind,
        status,
        sentence,
        participants,
        ends or _date_of(text, sentence, match, dates),
        ends and ends.note,
        place=place,
        parent=parent,
        organizations=organizations,
    )
    if meeting.date is None and parent is not None:
        meeting.date = earlier[parent].date
        meeting.date_basis = (
            f"Held during the {_NAMES.get(earlier[parent].kind, 'meeting')} proposed above; the day is not stated."
        )
    same_day = _SAME_DAY.search(text, *sentence)
    last = next((m.date for m in reversed(earlier) if m.kind != "trip"), None)  # a trip spans days
    if (
        meeting.date is None
        and same_day
        and last
        and last.precision == "day"
        and not (same_day.group("right_after") and last.end_value)  # after a gathering of several days: which?
    ):
        meeting.date, meeting.date_basis = _day_apart(same_day, last)
    if parent is not None and place is None:
        meeting.place = earlier[parent].place
    return meeting


_DAYS = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)-day (?:[\w-]+ )?(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


_ENDED_A = re.compile(r"\s+(?:ended|ends|concluded|concludes|wrapped up|wraps up) (?:a|an|his|her|their)\s+")


def _from_its_end(text: str, sentence: tuple[int, int], dates: list[DatePhrase]) -> DatePhrase | None:
    """ "a four-day visit that ends on Thursday", "today ended a five-day visit": the days from three (four) before
    that day to it."""
    s, e = sentence
    days = _DAYS.search(text, s, e)
    end = next(
        (
            d
            for d in dates
            if days
            and d.precision == "day"
            and (
                (days.end() <= d.start < e and _ENDS.search(text, s, d.start))
                or (s <= d.start and _ENDED_A.fullmatch(text, d.end, days.start()))
            )
        ),
        None,
    )
    if end is None:
        return None
    n = _NUMBERS.get(days.group("n").lower()) or int(days.group("n"))
    first = (dt.date.fromisoformat(end.value) - dt.timedelta(days=n - 1)).isoformat()
    note = f'A "{days.group(0)}" ending on {end.value} ("{end.quote}"): from {first}.'
    return DatePhrase(days.start(), end.end, text[days.start() : end.end], first, end.value, "day", "relative", note)


def _day_apart(said: re.Match[str], day: DatePhrase) -> tuple[DatePhrase, str]:
    """The day of a meeting "the same day", "the day before" or "the next day" as the one proposed above, and why."""
    shift = -1 if said.group("before") else 1 if said.group("after") else 0
    if not shift:
        return day, f'"{said.group(0)}": the day of the meeting proposed above.'
    value = (dt.date.fromisoformat(day.value) + dt.timedelta(days=shift)).isoformat()
    why = f'"{said.group(0)}": a day {"before" if shift < 0 else "after"} the meeting proposed above ({day.value}).'
    return DatePhrase(said.start(), said.end(), said.group(0), value, None, "day", "relative", why), why


def _date_of(text: str, sentence: tuple[int, int], match: re.Match[str], dates: list[DatePhrase]) -> DatePhrase | None:
    """The sentence's date, never one in a relative clause (", which was set up earlier this year"); for "opened the
    workshop" or "presented the contribution", that of the sentence before that named a workshop or a contribution."""
    s, e = sentence
    own = next(
        (
            d
            for d in dates
            if s <= d.start
            and d.end <= e
            and d.value
            and not _NOT_WHEN.match(d.quote)
            and not _in_other_clause(text, s, match, d.start)
            and not _ENDS.search(text, s, d.start)
        ),
        None,
    )
    event = re.search(rf"\bthe (?:[\w-]+ ){{0,2}}({_EVENT}|{_GIFT})\b", match.group(0))
    if own is not None or event is None:
        return own
    named = [m.span() for m in re.finditer(rf"\b(?:a|an) (?:[\w-]+ ){{0,2}}{event.group(1)}\b", text[:s])]
    if not named:
        return None
    (start, end), opening = named[-1], max(text.rfind(". ", 0, named[-1][0]), text.rfind("\n", 0, named[-1][0])) + 1
    return next(
        (
            d
            for d in dates
            if (opening <= d.start < start or (end <= d.start < s and "\n" not in text[end : d.start]))
            and d.value
            and not _NOT_WHEN.match(d.quote)
        ),
        None,
    )


def _in_other_clause(text: str, start: int, match: re.Match[str], at: int) -> bool:
    """Whether a date or place is in a relative clause that the trigger is not in ("A, who arrived in X on
    Sunday, met B", "A, who met B, head of C, in 2019, attended ...")."""
    if at < match.start():
        return bool(re.search(r",\s+(?:who|which)\b", text[start:at])) and "," in text[at : match.start()]
    clause = _RELATIVE_CLAUSE.search(text, start, at)
    return clause is not None and not clause.start() < match.start()


_LEFT_FOR = re.compile(r"\b(?:leav\w*|left|depart\w*|head\w*|return\w*) (?:for|to)\s+$")  # where it went next
# "refugees and asylum-seekers in China", "embassies in China": where they are, not where the meeting was
_WHO_IN = re.compile(
    r"\b(?:refugees|migrants|asylum[- ]seekers|nationals|citizens|workers|people|persons|communities|students"
    r"|returnees|children|families|populations|projects|programmes|programs|embassies|offices|operations"
    r"|missions|companies|enterprises)\s+(?:in|to)\s+(?:the\s+)?$"
)
_TITLE_IN = re.compile(
    r"\b(?:Mission|Representative|Ambassador|Embassy|Office|Director|Chief|Head|Coordinator|Envoy"
    r"|Consul|Minister)\s+(?:in|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _place(
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
    dateline's city if the sentence names no place or the city's country, else the country it names."""
    s, e = sentence
    named = [
        p
        for p in places
        if s <= p.start
        and p.end <= e
        and not _LEFT_FOR.search(text, s, p.start)
        and not _in_other_clause(text, s, match, p.start)
    ]
    after = [p for p in named if p.start >= match.end()]
    gone_to = [p.entity for p in after if p.entity in countries]
    if kind == "trip" and gone_to:  # "arrived in Beijing for a five-day visit to China": the country it went to
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
    # a country is the place where the sentence says the meeting was in it or went to, never one in a title
    # ("Representative of China", "Chief of Mission in China", "Ambassador to Ethiopia") or a party
    countries_in = [
        p
        for p in after + named
        if re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", text[max(s, p.start - 8) : p.start])
        and not _TITLE_IN.search(text, max(s, p.start - 40), p.start)
        and not _WHO_IN.search(text, max(s, p.start - 40), p.start)
    ]
    country = countries_in[0].entity if countries_in else None
    if (
        dateline is not None
        and dateline not in countries
        and (country is None or place_country.get(dateline) == place_country.get(country))
    ):
        return dateline
    return country
