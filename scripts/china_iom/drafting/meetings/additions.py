"""Sentences that only add people to the meeting just reported: also attended, signatories, hosts."""

from __future__ import annotations

import re

from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.gatherings import HOSTED
from china_iom.drafting.meetings.meeting import GATHERINGS, ProposedMeeting
from china_iom.drafting.meetings.triggers import BETWEEN, EVENT, GIFT

# "B and C were also present.", "Also present were B and C", "Present at the talks were B and C": present at the
# meeting just described, placed nowhere else ("were also present in the camps" is no one's attendance)
PRESENT = (
    r"(?:was|were) also (?:present|in attendance)(?=\s*[.;,]| (?:at|during) (?:the|this)\b)"
    rf"|\b(?:[Aa]lso (?:present|in attendance)|Present|In attendance)(?: (?:at|during) (?:the|this) (?:[\w-]+ ){{0,2}}?{EVENT})?,?"
    r" (?:was|were)\b"
)

# "also present": others were there, so never the only party of the meeting it adds to
ALSO_PRESENT = re.compile(r"\b[Aa]lso (?:present|in attendance)\b")

# "Dr. B received the equipment on behalf of the hospital", "Ms. B, Chief of Mission of C, received the materials",
# "The tents, funded by D, were received by B from A": the recipient (and giver) at the handover just reported
_RECEIVED_FOR = re.compile(
    rf"\breceived (?:the|these|this|them)(?: (?:[\w-]+ ){{0,2}}?{GIFT})? on behalf of\b"
    rf"|\breceived (?:the|these) (?:[\w-]+ ){{0,2}}?{GIFT}\b"
    rf"|\b(?:The|These) (?:[\w-]+ ){{0,2}}?{GIFT}\b[^.;]{{0,120}}? (?:was|were) received by\b"
)

# Sentences that only add people to the meeting just described, and never report one of their own.
ADDS = re.compile(
    rf"\b(?:also attended|also (?:participated|took part)(?: in (?:the|this) (?:[\w-]+ ){{0,2}}{EVENT}\b|(?=[.,;]))"
    r"|(?:told|said at) the (?:meeting|talks|round ?table|guests)\b"  # a statement there, no speech of its own
    rf"|(?:participated|took part) in the (?:[\w-]+ )?(?:visit|trip|tour)\b|(?:was|were) (?:also )?\w+ at (?:a|the) (?:[\w-]+ )?{EVENT}\b"
    rf"|co-chaired the (?:[\w-]+ ){{0,2}}(?:{EVENT}|consultations?)\b|\b(?:was|were) (?:jointly )?(?:co-)?chaired by\b"
    rf"|(?:attended|will attend|attends)(?: and (?:addressed|spoke at))? (?:the|this) (?:[\w-]+ ){{0,2}}(?:{EVENT}|consultations?)\b|attended(?: the signing(?: ceremony)?)?(?=\s*[.;])|(?:was|were) present\b"
    r"|\b(?:is|are|was|were) (?:being )?attended by\b|\b(?:told|said at) the (?:meeting|talks)\b"
    rf"|{PRESENT}"
    rf"|\b[Tt]he (?:[\w-]+ ){{0,2}}?{EVENT} (?:was|were) (?:officially )?opened by\b"
    rf"|{_RECEIVED_FOR.pattern}"  # the recipient at a handover
    # "B and C also sent representatives for a special trip to China to attend the consultation": there, by proxy
    rf"|\bsent (?:[\w-]+ ){{0,2}}?(?:representatives|delegates|officials|delegations?)\b[^.;]{{0,60}}? to attend (?:the|this)"
    rf" (?:[\w-]+ ){{0,2}}(?:{EVENT}|consultations?)\b)"
)

BACK = re.compile(
    rf"{ADDS.pattern}|\b(?:The|This|It|These)(?: [\w-]+){{0,3}}?,? (?:was |were )?signed"
    r" (?:(?:at|in) (?:[\w,'’-]+ ){0,14}?|(?:[\w,-]+ ){0,4}?)by\b|\bat the (?:signing|launch|opening)(?: ceremony)? of\b(?! an?\b)"
)

# "B, also speaking at the opening, highlighted the support of C": a verb of saying after the addition; what follows it
# is what was said, and the bodies it names are not there
_SAYS = re.compile(
    r"\b(?:said|says|stated|noted|stressed|added|highlighted|emphasi[sz]ed|underlined|praised|commended|thanked"
    r"|welcomed|expressed|recalled|pointed out|spoke highly of)\b"
)


def said_from(text: str, sentence: tuple[int, int]) -> int:
    """Where what a sentence adding someone to a meeting says he said begins (after the addition's words and a verb
    of saying), or the sentence's end."""
    added = BACK.search(text, *sentence)
    said = _SAYS.search(text, added.end(), sentence[1]) if added is not None else None
    return said.end() if said is not None else sentence[1]


# "A and B signed the document on behalf of the two sides": the signatories of the signing just reported
_SIGNATORIES = re.compile(
    r"\bsigned (?:it|the (?:[\w-]+ ){0,3}?(?:document|agreement|memorandum|MoU|accord|deal|letter|protocol|contract)s?"
    r"(?: of understanding)?) (?:on behalf of|for (?:their|the two|both|each) (?:respective )?"
    r"(?:sides?|parties|party|governments?|organi[sz]ations?|agencies|institutions))\b"
)

# "attended the handover ceremony of ...": the first report of an event, not an addition to one
# "attended the meeting of", "attended the handover ceremony at the airport", "A and B co-chaired the fifth China-France
# consular consultations" (told first, with no meeting before it, and named: never "co-chaired the dialogue" referred
# back): a gathering of its own, never one added to
FIRST_REPORT = re.compile(
    rf"\battended the (?:[\w-]+ ){{0,2}}?{EVENT} (?:of|for|on)\b|{BETWEEN.pattern}"
    r"|\battended the (?:[\w-]+ ){0,2}?(?:handover|hand-over|handing-over|donation) ceremony\b"
    r"|\bco-chaired (?:the|their) (?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th|[A-Z])"
)

COUNTED = re.compile(
    r"\s*(?:(?:Some|About|Around|Nearly|Over|More than|Close to|Approximately|Altogether)\s+)?(?:\d[\d,]*|Dozens"
    r"|Hundreds|Scores|Thousands)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:participants|officials|representatives"
    r"|delegates|guests|experts|attendees|trainees|people)\b"
)

_HOSTS_OF = re.compile(
    rf"\s*The (?:[\w-]+ ){{0,2}}?{EVENT}\b(?:,| (?:was|were|is) (?:jointly )?(?:co-)?(?:organi[sz]ed|hosted) by\b)"
)  # "The roundtable, co-hosted by A and B, ...", "The course was organized by A and B."


def hosts_added(
    text: str, sentence: tuple[int, int], organizations: list[EntitySpan], meetings: list[ProposedMeeting]
) -> bool:
    """ "The roundtable, co-hosted by A and B, brought together ...": A and B take part in the gathering last
    proposed; whether the sentence was one of these."""
    s, e = sentence
    hosted = HOSTED.search(text, s, e)
    target = next((m for m in reversed(meetings) if m.kind in GATHERINGS), None)
    if not _HOSTS_OF.match(text, s) or hosted is None or target is None:
        return False
    stop = re.compile(r",\s+(?!and\b)[a-z]").search(text, hosted.end(), e)
    hosts = [o.entity for o in organizations if hosted.end() <= o.start < (stop.start() if stop else e)]
    target.organizations = list(dict.fromkeys([*target.organizations, *hosts]))
    return True


# "The agreement was signed at the office in Dakar by A and B": the document of the signing just reported, again
_SIGNED_BY = re.compile(
    r"\s*The (?:[\w-]+ ){0,3}?(?:document|agreement|memorandum|MoU|accord|deal|letter|protocol|contract)s?"
    r"(?: of understanding)? (?:was|were) signed\b[^.;]{0,120}?\bby\b"
)


def names_signatories(text: str, sentence: tuple[int, int], meetings: list[ProposedMeeting]) -> bool:
    """Whether a sentence names who signed the document of the signing just reported, adding them to it."""
    said = _SIGNATORIES.search(text, *sentence) or _SIGNED_BY.match(text, *sentence)
    return said is not None and _signing_just_reported(text, meetings) is not None


def _signing_just_reported(text: str, meetings: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The signing proposed last, if no meeting was proposed after it but the talks it followed, told in a sentence
    adding to it ("The agreement was signed by video link after A held a video call with B")."""
    for meeting in reversed(meetings):
        if meeting.kind == "signing":
            return meeting
        if not (meeting.kind.endswith("talks") and talks_told_from(text, meeting.sentence) < meeting.sentence[1]):
            return None
    return None


def attended_meeting(text: str, sentence: tuple[int, int], meetings: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The meeting a sentence adds people to: the last one that is no speech (which has one speaker), and for
    "attended the meeting" or "The meeting was also attended by", no visit, trip or signing either, and for "the
    signing", the last signing; one held, unless the sentence speaks of the future; for "participated in the visit", the last trip or visit within none; for "received
    the equipment on behalf of", the handover just reported, none if the last meeting is no handover."""
    if _RECEIVED_FOR.search(text, *sentence):
        return _handover_received(meetings)
    if names_signatories(text, sentence, meetings):
        return _signing_just_reported(text, meetings)
    if re.search(
        r"\b(?:participated|took part) in the (?:[\w-]+ )?(?:visit|trip|tour)\b", text[sentence[0] : sentence[1]]
    ):
        return next((m for m in reversed(meetings) if m.kind in ("trip", "visit") and m.parent is None), meetings[-1])
    gathering = gathering_attended(text, sentence, meetings)
    if gathering is not None:
        return gathering  # "Officials of A attended the forum": the forum, not the signing reported within it
    signing = next((m for m in reversed(meetings) if m.kind == "signing"), None)
    if signing is not None and re.search(r"\bthe signing\b", text[sentence[0] : sentence[1]]):
        return signing  # "also attended the signing": not the talks reported after it
    ceremony = next(
        (m for m in reversed(meetings) if m.kind != "speech" and "ceremony" in text[slice(*m.sentence)]), None
    )
    if ceremony is not None and re.search(r"\bat the (?:[\w-]+ ){0,2}?ceremony\b", text[sentence[0] : sentence[1]]):
        return ceremony  # "were present at the ceremony": the handover held at one, not a call told after it
    meeting = re.search(r"\b(?:attended the|[Tt]he) (?:talks|meeting)\b", text[sentence[0] : sentence[1]])
    excluded = ("speech", "visit", "trip", "signing") if meeting else ("speech",)  # a signing after it is no "meeting"
    held = not re.search(r"\b(?:will|would|is to|are to)\b", text[sentence[0] : sentence[1]])  # none planned
    last = meetings[-1]
    if last.kind == "speech" and last.parent is not None:  # a speech at the ceremony: the ceremony is the one told
        last = meetings[last.parent]
        if last.kind not in excluded and not (held and last.status == "planned"):
            return last
    return next(
        (m for m in reversed(meetings) if m.kind not in excluded and not (held and m.status == "planned")),
        meetings[-1],
    )


def _handover_received(meetings: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The handover (a signing) that a recipient "received the equipment on behalf of": the last meeting proposed
    that is no speech, if it is one; none if the handover went unrecognised (a visit before it is no handover)."""
    last = next((m for m in reversed(meetings) if m.kind != "speech"), None)
    return last if last is not None and last.kind == "signing" else None


# "Officials of A attended the forum", "B took part in the two-day seminar": the gathering the sentence names
_AT_GATHERING = re.compile(
    r"\b(?:attended|(?:participated|took part) in|(?:was|were) (?:also )?(?:present )?at) the (?:[\w-]+ ){0,2}?"
    r"(?P<noun>workshop|seminar|symposium|forum|conference|summit|dialogue|roundtable|round table|course|plenary)\b"
)


def gathering_attended(text: str, sentence: tuple[int, int], meetings: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The gathering that "attended the forum" names: the last meeting proposed in an earlier sentence naming that
    noun, within none and no speech; none if the sentence names no gathering or no such meeting was proposed."""
    said = _AT_GATHERING.search(text, *sentence)
    if said is None:
        return None
    noun = re.compile(rf"\b{said.group('noun')}\b", re.IGNORECASE)
    return next(
        (
            m
            for m in reversed(meetings)
            if m.parent is None
            and m.kind != "speech"
            and m.sentence[1] <= sentence[0]
            and noun.search(text, *m.sentence)
        ),
        None,
    )


# "B hosted the ceremony", "C presided over the reception": the host of an event a sentence before reported
_HOSTED_THE = re.compile(
    rf"\b(?:hosted|co-hosted|chaired|presided over|officiated at|organi[sz]ed) the (?:[\w-]+ ){{0,2}}?(?P<noun>{EVENT})\b"
    r"(?! (?:of|on|for)\b)"
)


def hosted_one(text: str, sentence: tuple[int, int], meetings: list[ProposedMeeting]) -> ProposedMeeting | None:
    """The meeting whose host "B hosted the ceremony" names: the last one proposed in an earlier sentence that names
    that event, if the sentence names its host before the verb and reports nothing else."""
    s, e = sentence
    hosted = _HOSTED_THE.search(text, s, e)
    if hosted is None or not re.search(r"[A-Z]", text[s : hosted.start()]):
        return None
    noun = re.compile(rf"\b{hosted.group('noun')}\b", re.IGNORECASE)
    return next(
        (m for m in reversed(meetings) if m.sentence[1] <= s and m.kind != "speech" and noun.search(text, *m.sentence)),
        None,
    )


# "The document was signed by A and B after the two held talks (after talks between the two sides)": the talks of the two, before the signing
_AFTER_THE_TWO = re.compile(
    r"\bafter (?:the two (?:(?:had|held) (?:\w+\s+)?talks|met)|(?:talks|a meeting) between the two(?: sides)?)\b"
)


# "The agreement was signed by video link after A held a video call with B": talks of two people of their own, told in
# the clause after "after"; who held them signed nothing the sentence says
_AFTER_ONE_MET = re.compile(
    r"\bafter\s+(?=[^.;]{1,160}?\b(?:held|had)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:call|talks|meeting|conversation)"
    r"\s+with\b)"
)


def talks_told_from(text: str, sentence: tuple[int, int]) -> int:
    """Where a clause telling the talks that the meeting a sentence adds to followed ("after A held a video call with
    B") opens; the sentence's end if it has none. The people named from there took part in those talks only."""
    said = _AFTER_ONE_MET.search(text, *sentence)
    return said.start() if said is not None else sentence[1]


def talks_of_the_two(
    text: str, sentence: tuple[int, int], people: list[EntitySpan], target: ProposedMeeting
) -> ProposedMeeting | None:
    """ "signed by A and B after the two held talks": the talks of the two people named before; "signed by video link
    after A held a video call with B": those of the two named after "after"; on the day (and at the place) of the
    signing they led to; none unless exactly two are named."""
    said = _AFTER_THE_TWO.search(text, *sentence)
    named = list(dict.fromkeys(p.entity for p in people if p.end <= said.start())) if said else []
    if said is None:
        said = _AFTER_ONE_MET.search(text, *sentence)
        named = list(dict.fromkeys(p.entity for p in people if said and said.end() <= p.start))
    if said is None or len(named) != 2:
        return None
    talks = ProposedMeeting("bilateral_talks", "held", sentence, named, place=target.place)
    if target.date is not None and target.date.precision == "day":
        talks.date = target.date
        talks.date_basis = (
            f'"{said.group(0).strip()}": the day of the {target.kind} proposed above, which the talks led to.'
        )
    return talks
