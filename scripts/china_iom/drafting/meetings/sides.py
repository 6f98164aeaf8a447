"""What "the two sides" of the meeting just described do: meet again, witness a signing, state jointly."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.meeting import GATHERINGS, ProposedMeeting, make_meeting, same_day, told_after
from china_iom.drafting.meetings.participants import led_from
from china_iom.drafting.meetings.triggers import GIFT, NTH, planned
from china_iom.drafting.meetings.when import date_of

_NEXT = re.compile(r"\b[Tt]he next (?:round|meeting|session|edition)\b")  # of the one last reported, of its kind
# "the two sides said the second round ...": of the one last reported, again
_AGAIN = re.compile(rf"\b[Tt]he (?:next|{NTH}) (?:[a-z]+ )?(?:round|meeting|session|edition)\b")

BOTH_SIDES = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth) (?:sides|organi[sz]ations|agencies|parties|countries|governments|ministries)\b|"
    r"\b[Tt]he parties\b(?! (?:to|of)\b)|"  # "At the end of the meeting, the parties signed" (not "the parties to a treaty")
    r"\b[Tt]he two(?= (?:held|had|met|signed)\b)|"
    rf"(?P<next>{_NEXT.pattern})|"
    r"(?P<handover>\b[Aa] (?:handover|hand-over|handing-over|donation) ceremony\b)"  # of the goods just agreed on
)


# "The call followed the handover last week of ...": what the meeting just described came after, none of its sides
_BACKGROUND = re.compile(
    r"\s*(?:The|This|That) (?:[\w-]+ )?(?:call|talks|meeting|visit|conversation) (?:followed|came after|was preceded by)\b"
)


def of_both_sides(
    text: str,
    sentence: tuple[int, int],
    match: re.Match[str],
    kind: str,
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
    affiliations: dict[str, str],
    place: str | None,
    bodies: list[EntitySpan],
) -> list[ProposedMeeting]:
    """ "After the talks, the two sides signed ...": the parties of the meeting just described, within it; "the
    two sides agreed to hold ...", "the next round of consultations will be held ...": a planned meeting of the
    same parties (of the last meeting of its kind, for a next round), between their organizations where the
    text gives each person's (``bodies``: the organizations named); at the place the sentence names, else at the last
    one's."""
    both = BOTH_SIDES.search(text, *sentence)
    if not earlier or not both:
        return []
    # a speech has one side; a delegation's stop ("the delegation visited the border station") is no meeting of sides
    sides = [m for m in earlier if m.kind not in ("speech", "visit", "trip")] or earlier
    sides = [m for m in sides if not _BACKGROUND.match(text, m.sentence[0])] or sides
    if both.group("handover"):
        sides = [m for m in sides if m.kind == "signing"]
        if not sides or kind != "signing":
            return []
    again = _AGAIN.search(text, *sentence)  # "The two sides agreed to hold the next round of the dialogue"
    same = [m for m in reversed(earlier) if m.kind == kind or (kind == "dialogue" and m.kind in GATHERINGS)]
    last = next(iter(same), sides[-1]) if again else sides[-1]
    if again and kind == "dialogue" and (last.kind in GATHERINGS or last.kind.endswith("talks")):
        kind = last.kind  # "the next edition" of the forum, "the next meeting" after talks
    status = "planned" if planned(text, sentence[0], match) else "held"
    people, organizations = list(last.participants), list(last.organizations)
    if again and (kind in GATHERINGS | {"dialogue"} or kind.endswith("talks")) and people:
        # the next round of a dialogue or talks: its people's sides, never who also attended
        if not all(p in affiliations for p in people):
            return []  # who holds it is not sure
        people, organizations = [], list(dict.fromkeys(affiliations[p] for p in people))
    if status == "planned" and len(organizations) > 1:  # "the two organizations": those that took part
        people, organizations = [], _bodies_of_sides(last, affiliations, bodies)
    elif status == "planned" and people and all(p in affiliations for p in people):
        people, organizations = [], list(dict.fromkeys([*(affiliations[p] for p in people), *organizations]))
    if status == "planned" and len(people) + len(organizations) < 2:
        return []  # one side known: whom it will meet is not said
    if status == "held":  # "the two sides signed": the people and the bodies they act for
        organizations = list(dict.fromkeys([*organizations, *(affiliations[p] for p in people if p in affiliations)]))
    meeting = ProposedMeeting(
        kind,
        status,
        sentence,
        people,
        date_of(text, sentence, match, dates),
        place=place or (last.place if status == "held" else None),  # the next round may be anywhere
        organizations=organizations,
    )
    if status == "held":
        meeting.parent = earlier.index(last)
        if meeting.date is None:  # "After the talks, the two sides signed": that phrase dates it, if one day
            same_day(text, meeting, earlier)
        if meeting.date is None:
            meeting.date, meeting.date_basis = (
                last.date,
                "Held within the meeting proposed above; the day is that meeting's.",
            )
    return [meeting]


def _bodies_of_sides(last: ProposedMeeting, affiliations: dict[str, str], bodies: list[EntitySpan]) -> list[str]:
    """The organizations of the two sides of ``last``: those its own sentence names ("CIDCA and IOM signed"), if two;
    else those of its two principals ("A of the NIA met B of the FIA", whom officials of two departments joined)."""
    s, e = last.sentence
    own = {o.entity for o in bodies if s <= o.start < e} & set(last.organizations)
    principals = last.participants[:2]
    if len(own) < 2 and len(principals) == 2 and all(p in affiliations for p in principals):
        return list(dict.fromkeys(affiliations[p] for p in principals))
    return list(last.organizations)


_WITNESSED = re.compile(r"(?:Witnessed by|In the presence of) (?P<both>the two (?:leaders|sides|ministers|heads))?")


def add_witnesses(
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


# "the two sides agreed to hold consultations on X": X is what the meeting to come is about, no one's position
_JOINT = re.compile(
    r"\bjoint (?:statement|declaration|communiqu[eé]|press release)\b|\b(?:[Tt]he two|[Bb]oth) sides "
    r"(?:also |further )?(?:said|agreed(?! to (?:hold|convene|organi[sz]e|host|meet)\b)|pledged|vowed|stressed"
    r"|expressed|reaffirmed|noted|emphasi[sz]ed|called|welcomed)\b"
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


# "A follow-up meeting with officials of B is planned in Beijing next month", "A second round of consultations is
# scheduled for May", "Another round of talks will be held in June": a meeting to come that follows the one just
# reported, told with no holder of its own ("the next round" is `of_both_sides`'s)
_FOLLOW_UP = re.compile(
    r"\s*(?:(?:[Aa]|[Tt]he) (?:follow-up|second|third|further|new)|[Aa]nother) (?:[\w-]+ )?(?P<noun>meeting|talks"
    r"|consultations|round of (?:talks|consultations))\b(?! of\b)(?P<with> with\b)?[^.;]*?"
    r" (?:(?:is|are|has been|have been) (?:now )?(?:planned|scheduled|expected|set|due)|(?:will|is to|are to)"
    r" (?:take place|be held))\b"
)


def follow_up(
    text: str,
    sentence: tuple[int, int],
    named: tuple[list[EntitySpan], list[EntitySpan]],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
    affiliations: dict[str, str],
    place: str | None,
) -> ProposedMeeting | None:
    """ "A follow-up meeting (with B) is planned ...": a planned meeting of the parties of the last meeting reported
    (no speech), by their organizations where the text gives each person's; with the people and bodies of ``named``
    that follow "with" in place of the other side. None where fewer than two parties are known."""
    said = _FOLLOW_UP.match(text, *sentence)
    last = next((m for m in reversed(earlier) if m.kind != "speech"), None)
    if said is None or last is None:
        return None
    people, bodies = ([x.entity for x in found if said.end("with") <= x.start] for found in named)
    holder = [affiliations.get(p, p) for p in last.participants[:1]] or last.organizations[:1]
    if said.group("with") and (people or bodies):
        parties = list(dict.fromkeys([*holder, *(affiliations.get(p, p) for p in people), *bodies]))
    else:
        parties = list(dict.fromkeys([*(affiliations.get(p, p) for p in last.participants), *last.organizations]))
    if len(parties) < 2:
        return None
    persons = {*last.participants, *people}
    return ProposedMeeting(
        "dialogue" if "consultations" in said.group("noun") else "bilateral_talks",
        "planned",
        sentence,
        [p for p in parties if p in persons],
        date_of(text, sentence, said, dates),
        place=place,
        organizations=[p for p in parties if p not in persons],
    )


# "invited A to attend the fifth meeting of the mechanism in Hanoi next year": a meeting to come of a standing body the
# two sides hold (never a gathering of another holder: "invited A to attend the forum")
_INVITED_TO_MEET = re.compile(
    r"\binvit(?:ed|es|ing) (?P<guest>(?:[\w.'’-]+ ){1,6}?)to attend (?:the|a|an|its|their) (?:[\w-]+ ){0,2}?"
    r"(?i:meeting|session|round) of (?:the |its |their )?(?:[\w-]+ ){0,5}?(?i:mechanism|commission|committee"
    r"|working group|consultations)\b"
)


def invited_to_meet(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    places: list[EntitySpan],
    affiliations: dict[str, str],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "A invited B to attend the next meeting of the mechanism in Hanoi": a planned meeting of the two sides, the
    guest with the bodies both act for, at the place named after the invitation (else none: it may be anywhere); the
    host is the one person named before the invitation, else the one B last met; none where either is unsure."""
    said = _INVITED_TO_MEET.search(text, *sentence)
    if said is None:
        return None
    guests = {p.entity for p in people if said.start("guest") <= p.start and p.end <= said.end("guest")}
    hosts = {p.entity for p in people if sentence[0] <= p.start and p.end <= said.start()}
    if len(guests) != 1 or re.search(r",|\band\b", said.group("guest")):  # "invited A and B": who holds it is unsure
        return None
    [guest] = guests
    if not hosts:  # "He invited B": the other side of B's last meeting
        last = next((m for m in reversed(earlier) if guest in m.participants), None)
        hosts = set(last.participants) - {guest} if last else set()
    if len(hosts) != 1:
        return None
    [host] = hosts
    sides = list(dict.fromkeys(affiliations[p] for p in (host, guest) if p in affiliations))
    people_named = [guest] if host in affiliations else [guest, host]
    place = next((p.entity for p in places if said.end() <= p.start < sentence[1]), None)
    meeting = make_meeting(text, sentence, said, "dialogue", "planned", people_named, sides, place, dates, earlier)
    meeting.parent = None  # held on no trip of the text
    return meeting


# "invited the BI to send officers to a training program in China next year": a programme to come, of its inviter
_INVITED_TO_SEND = re.compile(
    r"\binvit(?:ed|es|ing) [^.;]{1,60}? to send (?:[\w-]+ ){0,2}?(?:officers|officials|staff|experts|participants"
    r"|delegates|trainees|students) to (?:a|an|the|its|their) (?:[\w-]+ ){0,3}?(?:training|course|workshop|seminar"
    r"|programme|program)\b"
)


def invited_to_send(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    affiliations: dict[str, str],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "A invited the BI to send officers to a training program in China next year": a planned course held by the
    body A acts for, and the one whose delegation A led (the guests may not come), at the place named after it; none
    unless one person invites, for a body the text gives."""
    said = _INVITED_TO_SEND.search(text, *sentence)
    hosts = {p.entity for p in people if said and sentence[0] <= p.start and p.end <= said.start()}
    if said is None or len(hosts) != 1 or next(iter(hosts)) not in affiliations:
        return None
    host = hosts.pop()
    bodies = list(dict.fromkeys(b for b in (affiliations[host], led_from(text, host, people, organizations)) if b))
    place = next((p.entity for p in places if said.end() <= p.start < sentence[1]), None)
    meeting = make_meeting(text, sentence, said, "symposium", "planned", [], bodies, place, dates, earlier)
    meeting.parent = None  # held on no trip of the text
    return meeting


# "to discuss a follow-up course for officers from X, which the two sides plan to hold in Kunming next spring": a
# gathering to come, held by the two sides of the meeting just told (never one they only hope to hold)
_THE_TWO_WILL_HOLD = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<noun>course|workshop|seminar|symposium|training|forum|conference"
    r"|meeting|dialogue|consultations?)\b[^.;]{0,120}?,?\s+(?:which|that)\s+(?:the two sides|both sides|the two)\s+"
    r"(?:will|would|plan to|plans to|planned to|agreed to|decided to|intend to|are to|(?:are )?expected to)\s+"
    r"(?:co-)?(?:hold|host|organi[sz]e|run|convene)\b"
)

_HELD_KINDS = (
    ("course|workshop|seminar|symposium|training", "symposium"),
    ("forum", "forum"),
    ("conference", "conference"),
    ("dialogue|consultations?", "dialogue"),
    ("meeting", "bilateral_talks"),
)


def to_be_held_by_both(
    text: str,
    sentence: tuple[int, int],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
) -> ProposedMeeting | None:
    """ "A met B to discuss a follow-up course, which the two sides plan to hold in Kunming next spring": a planned
    gathering of the two people of the meeting last told (no speech, visit or trip), at the place named after the
    verb; none unless that meeting has two people."""
    said = _THE_TWO_WILL_HOLD.search(text, *sentence)
    last = next((m for m in reversed(earlier) if m.kind not in ("speech", "visit", "trip")), None)
    if said is None or last is None or len(last.participants) != 2:
        return None
    kind = next(k for words, k in _HELD_KINDS if re.fullmatch(words, said.group("noun")))
    place, date = told_after(said.end(), sentence, places, dates)  # "in Kunming next spring"
    return ProposedMeeting(kind, "planned", sentence, list(last.participants), date, place=place)


# "A second batch of materials will be handed over (by the Embassy) to IOM Bangladesh next month": a handover to come,
# told in the passive with its recipient (never "will be delivered through B")
_HANDED_OVER_AGAIN = re.compile(
    rf"\b(?:{GIFT}|batch|batches|consignments?|shipments?)\b[^.;]{{0,60}}? (?:will|is to|are to|(?:is|are) (?:expected|"
    r"scheduled|due|set) to) be (?:handed over|presented)(?P<by> by (?:the )?[A-Z][^.;,]{0,60}?)? to\b"
)


def _another_giver(
    said: re.Match[str],
    giver: str,
    people: list[EntitySpan],
    organizations: list[EntitySpan],
    acting_for: dict[str, str],
) -> bool:
    """Whether a handover's "by" phrase names another giver than ``giver``: a body, or someone acting for one, or anyone
    unknown (never a body named by its kind alone, "by the Embassy", the giver referred back)."""
    span = range(said.start("by"), said.end("by"))
    bodies = {o.entity for o in organizations if o.start in span}
    bodies |= {acting_for.get(p.entity, p.entity) for p in people if p.start in span}
    return bodies != {giver} if bodies else not re.fullmatch(r" by the [A-Z][\w-]*", said.group("by"))


_HANDED = re.compile(r"\b(?:hand(?:ed|s|ing)?\s+over|handover|hand-over|handing-over|presented|donation)\b")


def handed_over_again(
    text: str,
    sentence: tuple[int, int],
    people: list[EntitySpan],
    organizations: list[EntitySpan],
    dates: list[DatePhrase],
    earlier: list[ProposedMeeting],
    acting_for: dict[str, str],
) -> ProposedMeeting | None:
    """ "A second batch will be handed over to B next month": a planned handover of the giver of the handover last
    reported (the body its first person named acts for, an envoy's embassy too; else the first body its sentence
    names), to the bodies named after the verb; none where the giver is not known, or "by" names another."""
    said = _HANDED_OVER_AGAIN.search(text, *sentence)
    last = next((m for m in reversed(earlier) if m.kind == "signing"), None)
    if said is None or last is None or not _HANDED.search(text, *last.sentence):
        return None  # a document signed before is no handover
    s, e = last.sentence
    named = [p.entity for p in people if s <= p.start < e and p.entity in last.participants]
    bodies = [o.entity for o in organizations if s <= o.start < e and o.entity in last.organizations]
    giver = acting_for.get(named[0]) if named else bodies[0] if bodies else None
    if giver is None or (said.group("by") and _another_giver(said, giver, people, organizations, acting_for)):
        return None
    to = [o.entity for o in organizations if said.end() <= o.start < sentence[1] and o.entity != giver]
    _, date = told_after(said.end(), sentence, [], dates)
    return ProposedMeeting("signing", "planned", sentence, [], date, organizations=list(dict.fromkeys([giver, *to])))
