"""Propose the meetings that the sentences of an article report."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import DatePhrase
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.meetings.additions import (
    ADDS,
    ALSO_PRESENT,
    BACK,
    COUNTED,
    FIRST_REPORT,
    attended_meeting,
    hosted_one,
    hosts_added,
    names_signatories,
    said_from,
    talks_of_the_two,
    talks_told_from,
)
from china_iom.drafting.meetings.clauses import (
    BEFORE_SUBJECT,
    COORDINATED,
    IN_CLAUSE,
    bodies_referred,
    body_subject,
    cited_example,
    in_relative,
    object_end,
    reported_holder,
    unresolved_holder,
)
from china_iom.drafting.meetings.counterparts import reported_meetings
from china_iom.drafting.meetings.gatherings import (
    OPENED,
    attended_on_trip,
    body_speaks,
    host_at_home,
    introduced_at,
    introduced_gathering,
    joined_gathering,
    launched_by,
    opened_by,
    partners_of,
    repeats,
    seat_places,
    sent_to_a_course,
    session_that_decided,
    speeches_given,
    to_be_convened,
    told_in_full,
    told_the_gathering,
    unnamed_meeting,
    words_made_by,
)
from china_iom.drafting.meetings.meeting import GATHERINGS, ProposedMeeting, make_meeting
from china_iom.drafting.meetings.participants import (
    INVITED_BY,
    bare_title,
    delegation_of,
    leader,
    named_subject,
    of_pronoun,
    postposed,
    sides_named,
    staff_of,
    subject_of,
    subjects,
    title_holder,
)
from china_iom.drafting.meetings.sides import (
    BOTH_SIDES,
    add_witnesses,
    follow_up,
    handed_over_again,
    invited_to_meet,
    invited_to_send,
    of_both_sides,
    to_be_held_by_both,
)
from china_iom.drafting.meetings.triggers import (
    GIFT,
    IN_PASSING,
    NAMED_CLAUSE,
    OFFICIALS_CLAUSE,
    OFFICIALS_FROM,
    PRONOUN_CLAUSE,
    find_triggers,
    goes_on,
)
from china_iom.drafting.meetings.trips import (
    earlier_trip,
    leg_to,
    tour_of,
    traveller,
    trip_person,
    trip_referred_to,
    visit_on,
    welcomed_on,
)
from china_iom.drafting.meetings.where import arrival_country, off_the_dateline, place_of


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
    acting_for: dict[str, str] | None = None,
    body_kinds: dict[str, str] | None = None,
) -> list[ProposedMeeting]:
    """Meetings reported by the sentences, in order; ``affiliations`` maps people to the organization their role
    in the text names (a planned meeting of "the two sides" is between their organizations), ``acting_for`` to the
    one their role names or implies (an envoy's embassy: whom a handover's giver gives for); ``body_kinds`` gives the
    kind of each organization ("the agency" refers back to one)."""
    meetings: list[ProposedMeeting] = []
    last_person: str | None = None
    actor: str | None = None  # who acted in the last sentence naming people ("A held talks with B"): A, whom "he" is
    for s, e in sentences:
        inside = [p for p in people if s <= p.start and p.end <= e]
        resolved: list[EntitySpan] = []  # whom "with him" stands for: the sentence's last mention of a person
        sides = {o for m in meetings for o in m.organizations} | set((affiliations or {}).values())
        posts = [EntitySpan(acting_for[p.entity], p.start, p.end) for p in people if p.entity in (acting_for or {})]
        referred = bodies_referred(text, (s, e), organizations, sides, body_kinds, posts)
        organizations = sorted([*organizations, *referred], key=lambda o: o.start)
        if _asked(text, (s, e)):  # a journalist's question reports nothing
            continue
        all_triggers = find_triggers(text, s, e)
        triggers = [
            t for t in all_triggers if not cited_example(text, s, t[0].start()) and not _talks_opened(t[0], meetings)
        ]
        if all_triggers and not triggers:  # "ties grew, as evidenced by A's visit to B": events cited, none reported
            continue
        if not triggers:  # "The course ... was opened by A and B": their speeches within it
            meetings += opened_by(text, (s, e), [p for p in people if p.start >= s], dates, meetings)
        if not triggers and (
            hosts_added(text, (s, e), organizations, meetings) or launched_by(text, (s, e), organizations, meetings)
        ):
            continue
        after = _follow_up(text, (s, e), inside, organizations, places, dates, meetings, affiliations)
        if after is not None:  # "A follow-up meeting with B is planned next month": of the parties just reported
            meetings.append(after)
            continue
        if (
            not meetings and _adds(ADDS, text, (s, e)) and not FIRST_REPORT.search(text, s, e)
        ):  # adds to a meeting that was not recognised: none of its own
            last_person = inside[-1].entity if inside else last_person
            continue
        hosted = hosted_one(text, (s, e), meetings) if len(triggers) <= 1 else None  # "and signed ...": more
        if (
            meetings
            and (
                _adds(BACK, text, (s, e))
                or BACK.match(text, s, e)
                or _ATTENDED_CALL.search(text, s, e)
                or names_signatories(text, (s, e), meetings)
                or hosted is not None
            )
            and not FIRST_REPORT.search(text, s, e)  # "attended the third meeting of the Forum": its first report
        ):
            if COUNTED.match(text, s):  # "Some 60 participants from embassies, UN agencies ...": nobody named
                continue
            target = hosted or attended_meeting(text, (s, e), meetings)
            if target is None:  # "B received the equipment on behalf of C" after no handover: to none
                last_person = inside[-1].entity if inside else last_person
                continue
            if not (target.participants or target.organizations) and ALSO_PRESENT.search(text, s, e):
                continue  # "B was also present" at a meeting whose parties were not found: B's alone it is not
            talked = talks_told_from(text, (s, e))  # "signed by video link after A held talks with B": not A, B
            target.participants += [
                p.entity for p in inside if p.entity not in target.participants and p.start < talked
            ]
            target.organizations = list(
                dict.fromkeys(
                    [
                        *target.organizations,
                        *(
                            o.entity
                            for o in organizations
                            if s <= o.start < e
                            and (not inside or _OFFICIALS_BEFORE.search(text, s, o.start))
                            and not in_relative(text, s, o.start)
                            and o.start < min(said_from(text, (s, e)), talked)  # "also spoke, and thanked B": not B
                        ),  # "IOM, which supports the Department of X, was also represented": IOM alone; with people
                        # named, only the bodies whose officials are ("Also present were A and officials of B")
                    ]
                )
            )
            city = next((p.entity for p in places if s <= p.start < e and p.entity not in country_places), None)
            if city and (target.place is None or target.place in country_places):  # "signed in Geneva by ..."
                target.place = city
            meetings += speeches_given(text, (s, e), triggers[1:], inside, target, dates, meetings)
            told = told_the_gathering(text, (s, e), inside, target, dates, meetings)
            meetings += [told] if told is not None else []  # "A told the meeting" of a forum: A's speech in it
            talks = talks_of_the_two(text, (s, e), inside, target)
            meetings += [talks] if talks is not None else []
            last_person = inside[-1].entity if inside else last_person
            continue
        where = (country_places, dateline_place, place_country or {})
        gathering = None
        if not triggers or triggers[0][1] not in GATHERINGS:
            gathering = introduced_gathering(
                text, (s, e), None if triggers else inside, organizations, places, dates, where, meetings
            )
            if gathering is not None:
                meetings.append(gathering)
                made = None if triggers else words_made_by(text, (s, e), inside, len(meetings) - 1, dates, meetings)
                meetings += [made] if made is not None else []
        at = len(meetings) - 1
        if triggers:
            first = triggers[0][0]
            subject = (
                next((p.entity for p in inside if first.start() <= p.start and p.end <= first.end()), None)
                or subject_of(
                    text,
                    s,
                    first.start(),
                    [p for p in inside if not INVITED_BY.search(text, s, p.start)],
                    title_holder(text, (s, first.start()), people)
                    if bare_title(text, (s, first.start()))  # none, if no one or several were named with it
                    else of_pronoun(text, (s, first.start()), people, actor or last_person)
                    if body_subject(text, s, first.start(), organizations) is None
                    else None,  # "The IOM will hand over": the body, no person named before
                )
                or leader(text, s, first.start(), people)
                or postposed(text, (s, e), first, inside, {p.entity for p in people if p.end <= s})
            )  # "a visit by X to", "the delegation visited", "Speaking at X, Ambassador A said"
            before = subjects(text, [p for p in inside if p.end <= triggers[0][0].start()], subject)
            holder = reported_holder(text, (s, first.start()), organizations)
            if holder is not None:  # "A said UNHCR would hold a workshop with B": UNHCR's and B's, never A's
                subject, before = None, []
            # where the subject's phrase opens ("UNHCR's Deputy High Commissioner A"): a later verb's bodies are the
            # subject's, none of an invitation before it ("At the invitation of B, head of IOM, A ...")
            named_at = max((p.start for p in inside if p.entity == subject and p.end <= first.start()), default=s)
            lead = max([s, *(m.end() for m in _PHRASE_BREAK.finditer(text, s, named_at))])
            if _told_by(text, (s, first.start()), subject, inside) or unresolved_holder(
                text, (s, first.start()), organizations
            ):
                triggers = []  # "A said that the counselor went to visit the detained": the counselor's, unnamed
                # ("A announced that the Ministry and B will host", no ministry named: its holders are not sure)
            trip = trip_referred_to(text, (s, e), first, subject, places, dates, where, meetings)
            if trip is not None:
                meetings.append(trip)
            for (match, kind), following in zip(triggers, [*(t[0].start() for t in triggers[1:]), e]):
                if gathering is not None and leg_to(text, match, following if following < e else None):
                    # "will also travel to Shanghai, where he will attend a seminar (and deliver a speech)": the
                    # seminar, with the traveller, within his trip (and his speech in it)
                    attended_on_trip(gathering, subject, meetings)
                    speaker = [EntitySpan(subject, s, s)] if subject else []  # "where he will ... deliver a speech"
                    meetings += speeches_given(text, (s, e), triggers, speaker, gathering, dates, meetings)
                    break
                following = object_end(text, match.end(), following)
                going = traveller(text, s, match, people, meetings)
                if going is not None:  # "He will also visit Shanghai": the trip's traveller, within it
                    visit = make_meeting(text, (s, e), match, "visit", "planned", [going], [], None, dates, meetings)
                    visit.place = place_of(text, places, (s, e), match, kind, *where) or visit.place
                    meetings.append(visit)
                    continue
                if match is not first and goes_on(text, s, match) is not None:
                    continue  # "A will meet B, and he will also visit C" outside a trip: which of them goes?
                own = _own_subject(text, (first, match), following, inside, last_person) if match is not first else None
                if own is not None:  # "..., and Vice Foreign Minister B will meet with him": B's meeting with him
                    who, named = own
                    meetings += reported_meetings(
                        text, (s, e), match, kind, who, *named, places, dates, where, meetings
                    )
                    continue
                officials = OFFICIALS_CLAUSE.search(text, s, match.start()) if match is not first else None
                if officials is not None:  # "..., and officials of A and B will hold talks with her": A's and B's
                    bodies = [o for o in organizations if officials.start() <= o.start < officials.end()]
                    him = _him(text, match, last_person, None)
                    met = [*_named_after(match, following, people, organizations)[0], *him]
                    meetings += (
                        reported_meetings(text, (s, e), match, kind, None, met, bodies, places, dates, where, meetings)
                        if bodies and met
                        else []
                    )
                    continue
                clause = PRONOUN_CLAUSE.search(text, s, match.start()) if match is not first else None
                if clause is not None:  # "A will hold talks with her, and she will meet with officials of B"
                    who = trip_person(text, clause.group("pronoun"), match.start(), people, meetings)
                    named = _named_after(match, following, people, organizations)
                    told = (  # none where the pronoun may be someone else's
                        reported_meetings(text, (s, e), match, kind, who, *named, places, dates, where, meetings)
                        if who
                        else []
                    )
                    for meeting in told if clause.group("link") == "when" else []:
                        if meeting.parent is not None:  # "visit China in May, when he will hold talks": there
                            meeting.place = meetings[meeting.parent].place
                    meetings += told
                    continue
                if (
                    match.groupdict().get("alone") is not None
                    and len(before) < 2
                    and not sides_named(text, s, match)
                    and not _two_sides(text, (s, first.start()), organizations)
                    and unnamed_meeting(text, (s, e), match, kind, places, dates, where, meetings) is None
                ):  # "A and B met briefly"; "Officials from A and B met in X": A and B
                    continue
                if subject is None and (
                    match.groupdict().get("stop") is not None or _MEET_OFFICIALS.match(match.group(0))
                ):
                    continue  # "went to a centre", "is to meet officials of B": only of a person or the delegation they led
                if match.groupdict().get("officials") is not None and not any(s <= d.start < e for d in dates):
                    continue  # "A called on officials of B to discuss C": a call only where the sentence dates it
                if kind == "trip" and _GOODS.search(text, s, match.start()) and not before:
                    continue  # "A first consignment of tents from UNHCR's stockpile arrived in Chengdu": no traveller
                if (
                    match.groupdict().get("person") is not None
                    and not named_subject(text, match, before, subject, people)
                    and (subject is None or subject != leader(text, s, match.start(), people))  # "The delegation will"
                    and staff_of(text, match, organizations) is None  # "UNHCR staff will travel to X": UNHCR's
                    and (
                        kind != "signing"
                        or not _GOODS_ONLY.fullmatch(match.group(0))
                        or body_subject(text, s, match.start(), organizations) is None
                    )
                ):  # "IOM on Wednesday handed over 500 tents to B": IOM's handover of goods (never of money sent)
                    continue
                part = before + [p for p in inside if match.end() <= p.start and p.end <= following]
                if kind in GATHERINGS:  # "A seminar on X, attended by A and B, was held": everyone its words name
                    part += [p for p in inside if match.start() <= p.start and p.end <= match.end() and p not in part]
                if subject is None and match.group(0).endswith("between"):  # "a meeting between A and B": all of them
                    subject = part[0].entity if part else None
                him = _him(text, match, last_person, subject)  # "hold talks with him"
                part += him
                resolved += him
                joined = joined_gathering(text, match, kind, meetings)
                if joined is not None:  # "X attended the opening and delivered a speech": X is at the gathering
                    joined.participants += [p.entity for p in part if p.entity not in joined.participants]
                    if match.group(0).startswith(OPENED) and _SAID.search(text, s, e):
                        # '"...," said X, who opened the workshop': X's opening speech in it (not "A and B opened it")
                        meetings += [
                            make_meeting(
                                text, (s, e), match, "speech", "held", [who], [], joined.place, dates, meetings
                            )
                            for who in dict.fromkeys(p.entity for p in part)
                        ]
                    continue
                found = reported_meetings(
                    text,
                    (s, e),
                    match,
                    kind,
                    subject,
                    part,
                    [
                        o
                        for o in organizations
                        if (
                            (lead <= o.start < first.end() if match is not first else o.start < match.end())
                            or match.end() <= o.start < o.end <= following
                        )
                        and (match.groupdict().get("onward") is None or match.end() <= o.start)
                        # "A thanked B and said C will": not B
                        and (holder is None or match is not first or holder.start <= o.start)
                    ],  # "visit B and travel to C", "visited B and attended C": B is the first one's
                    places,
                    dates,
                    where,
                    meetings,
                )
                if not found:  # "was launched in X on Monday", "Chinese and Myanmar police held talks": the next sentences tell whose
                    found = [
                        m for m in [unnamed_meeting(text, (s, e), match, kind, places, dates, where, meetings)] if m
                    ]
                for meeting in found:
                    if not meeting.participants and not meeting.organizations:  # "Under the project, ..."
                        meeting.organizations = partners_of(text, (s, e), meetings)
                    if meeting.parent is not None:
                        meeting.place = off_the_dateline(meeting.place, meetings[meeting.parent], *where[1:])
                    if meeting.kind == "trip" and match.group(0).startswith("arrived"):  # "... for a five-day visit"
                        meeting.place = arrival_country(text, (s, e), meeting, places, people, where[0], where[2])
                coordinated = COORDINATED.search(text, max(s, match.start() - 50), match.start())
                own = _own_time(coordinated, dates)
                for meeting in found if own is not None else []:  # "..., and on Thursday it held talks": Thursday's
                    meeting.date, meeting.date_basis = own, None
                if (
                    coordinated
                    and coordinated.group("where")
                    and meetings
                    and meetings[-1].kind in ("visit", "trip")
                    and meetings[-1].sentence == (s, e)  # "travelled to X, where he visited": a visit of its own
                ):
                    found = _held_there(text, match, found, meetings[-1].kind)
                    for meeting in found:
                        meeting.parent = len(meetings) - 1
                elif (
                    coordinated
                    and coordinated.group("where")
                    and kind == "speech"
                    and meetings
                    and meetings[-1].kind in GATHERINGS
                    and meetings[-1].sentence == (s, e)
                ):  # "attended the Forum in Shenzhen, where he spoke on ...": his speech there
                    for meeting in found:
                        meeting.parent, meeting.place = len(meetings) - 1, meetings[-1].place
                in_clause = IN_CLAUSE.search(text, max(s, match.start() - 40), match.start())
                for meeting in (
                    found
                    if gathering is not None
                    and kind not in ("visit", "trip")
                    and not in_clause
                    and introduced_at(text, (s, e)) < following  # "met B and attended a forum": not at the forum
                    else []
                ):
                    meeting.parent = at  # "At the Forum, A and B signed": both were at it (not "On the margins of")
                    # "a speech at a seminar hosted by B": B hosts the seminar, and gives no speech
                    if meeting.kind == "speech":
                        meeting.organizations = [o for o in meeting.organizations if o not in gathering.organizations]
                    if not _ASIDE.search(text, s, match.start()):
                        there = _who_attended(text, (match.end(), e), inside) or meeting.participants
                        gathering.participants += [p for p in there if p not in gathering.participants]
                found = [m for m in found if not told_in_full((s, e), match, m, meetings)]  # the lede's speech again
                if _summed_up(text, triggers[0], match):  # "wrapped up a visit to China, during which he visited ..."
                    theirs = {o.entity for o in organizations if s <= o.start < first.start()}  # "UNHCR's A"
                    found = [
                        m
                        for m in found
                        if m.kind != "visit" or m.participants != [subject] or not set(m.organizations) <= theirs
                    ]
                if match.re is IN_PASSING or match.groupdict().get("followed") is not None:
                    # "After meeting with A, B said", "follows talks between A and B": the talks told above, again
                    found = [m for m in found if len(m.participants) > 1 and not _told_before(m, meetings)]
                    for meeting in (
                        found if match.groupdict().get("past") else []
                    ):  # "said A would ... following a meeting"
                        meeting.status = "held"
                found = [
                    m
                    for m in found
                    if not (re.match(r"(?:\w+ )?[Ii]n |told\b", match.group(0)) and repeats(m, meetings))
                    and (m.participants or m.kind != "speech" or body_speaks(text, s, match))
                    # a speech is given by someone, or by a body's unnamed experts
                ]
                named = any(s <= p.start < e for p in places)
                if not any(m.participants for m in found) and BOTH_SIDES.search(text, s, match.start()):
                    found = []  # "According to A, the two sides agreed to hold ...": the sides, not A
                add_witnesses(text, (s, e), found, meetings)
                tour = tour_of(text, (s, e), kind, subject, found, dates)
                if tour is not None:  # "led a delegation to visit A, B and C from 9 to 18 January": one trip
                    meetings.append(tour)
                    for meeting in found:
                        meeting.parent = len(meetings) - 1
                sent = delegation_of(text, s, first.start(), people, organizations)
                for meeting in found if sent is not None else []:  # "The delegation visited ...": its body takes part
                    if meeting.participants[:1] == [subject] and sent not in meeting.organizations:
                        meeting.organizations.append(sent)
                meetings.extend(
                    found
                    or of_both_sides(
                        text,
                        (s, e),
                        match,
                        kind,
                        dates,
                        meetings,
                        affiliations or {},
                        place_of(text, places, (s, e), match, kind, *where) if named else None,
                        organizations,
                    )
                )
        convened = to_be_convened(
            text, (s, e), organizations, places, dates, (country_places, dateline_place, place_country or {}), meetings
        )
        if convened is not None:  # "the meeting that UNHCR will convene in Geneva in December"
            meetings.append(convened)
        both = to_be_held_by_both(text, (s, e), places, dates, meetings)
        if both is not None:  # "a follow-up course, which the two sides plan to hold in Kunming next spring"
            meetings.append(both)
        decided = session_that_decided(text, (s, e), organizations, places, dates)
        if decided is not None:  # "following the decision of a special session of the IOM Council on 30 June"
            _insert_before(meetings, decided)  # told in passing: the sentence's own meeting stays the last one
        course = sent_to_a_course(text, (s, e), organizations, places, dates)
        if course is not None:  # "the IOM would send trainers to Kunming in May for a course on X"
            meetings.append(course)
        again = handed_over_again(text, (s, e), people, organizations, dates, meetings, acting_for or {})
        if again is not None:  # "A second batch will be handed over to B next month": by the giver of the one above
            meetings.append(again)
        invited = invited_to_meet(text, (s, e), people, places, affiliations or {}, dates, meetings) or invited_to_send(
            text, (s, e), people, organizations, places, affiliations or {}, dates, meetings
        )
        if invited is not None:  # "A invited B to attend the next meeting of the mechanism": the two sides'
            meetings.append(invited)
        stay = visit_on(text, (s, e), people, organizations, places, dates, country_places, meetings) or welcomed_on(
            text, (s, e), people, places, country_places, meetings
        )
        if stay is not None:
            meetings.append(stay)
        host_at_home(text, (s, e), organizations, meetings)
        actor = (subject if triggers else None) if inside else actor
        before = earlier_trip(text, (s, e), people, places, dates, meetings)
        if before is not None:
            meetings.append(before)
        mentioned = sorted([*inside, *resolved], key=lambda p: p.start)
        last_person = mentioned[-1].entity if mentioned else last_person  # "B met with him. C will hold talks with him"
    seat_places(text, organizations, places, country_places, meetings)
    return _without_empty(_without_repeats(text, meetings))


def _talks_opened(match: re.Match[str], earlier: list[ProposedMeeting]) -> bool:
    """Whether "Opening the meeting, A said" follows talks rather than a gathering: the chair's words, no speech."""
    if match.groupdict().get("gathering") is None:
        return False
    last = next((m for m in reversed(earlier) if m.kind != "speech"), None)
    return last is None or last.kind not in GATHERINGS


def _insert_before(meetings: list[ProposedMeeting], meeting: ProposedMeeting) -> None:
    """Put ``meeting`` before the first one proposed from its sentence (the parents after it renumbered), so that the
    meeting the sentence reports stays the one the next sentences add to."""
    at = next((i for i, m in enumerate(meetings) if m.sentence == meeting.sentence), len(meetings))
    for other in meetings:
        if other.parent is not None and other.parent >= at:
            other.parent += 1
    meetings.insert(at, meeting)


def _follow_up(
    text: str,
    sentence: tuple[int, int],
    inside: list[EntitySpan],
    organizations: list[EntitySpan],
    places: list[EntitySpan],
    dates: list[DatePhrase],
    meetings: list[ProposedMeeting],
    affiliations: dict[str, str] | None,
) -> ProposedMeeting | None:
    """The planned follow-up that a sentence tells in the passive, at the first place it names."""
    s, e = sentence
    bodies = [o for o in organizations if s <= o.start < e]
    place = next((p.entity for p in places if s <= p.start < e), None)
    return follow_up(text, sentence, (inside, bodies), dates, meetings, affiliations or {}, place)


def _own_time(coordinated: re.Match[str] | None, dates: list[DatePhrase]) -> DatePhrase | None:
    """The day a coordinated clause of the same subject gives itself ("..., and on Thursday it held talks")."""
    if coordinated is None or coordinated.group("when") is None:
        return None
    at = coordinated.span("when")
    return next((d for d in dates if at[0] <= d.start and d.end <= at[1] and d.value), None)


def _summed_up(text: str, first: tuple[re.Match[str], str], match: re.Match[str]) -> bool:
    """Whether ``match`` is in a clause that sums up the trip the sentence's first trigger reports ("wrapped up a
    five-day visit to China, during which he held talks ... and visited refugees in Guangxi"): its stops, which the
    text tells in full later; a visit of the traveller alone there, to no body named, is none of its own."""
    return (
        match is not first[0] and first[1] == "trip" and bool(_DURING_WHICH.search(text, first[0].end(), match.start()))
    )


# "..., during which he held talks with": the programme of the trip just named
_DURING_WHICH = re.compile(r",\s+during\s+which\b")


# where a phrase before the subject ends: "At the invitation of B, head of IOM, A visited ..."
_PHRASE_BREAK = re.compile(r"[,;:]")

# "On the margins of the Forum, A and B signed": within it, but whom they met there is not said to be at the gathering
_ASIDE = re.compile(r"\b(?:sidelines|margins|fringes)\s+of\b")

# "A met with B, who attended the Forum in Beijing": B's attendance, told in a clause of B's own
_WHO_ATTENDED = re.compile(
    r",\s+who\s+(?:(?:also|was|is|had|has|have|were|are)\s+)*(?:attended|attends|attending|came\s+to|was\s+in)\b"
)


# ", who also attended the Forum": a clause about the person just named, within a sentence of its own
_WHO = re.compile(r",\s+who\s+(?:[\w-]+\s+){0,2}$")


def _adds(pattern: re.Pattern[str], text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence adds to a meeting reported before ("B also attended the talks"), never in a clause
    about someone it names ("A met with B, who also attended the Forum": a meeting of its own)."""
    return any(not _WHO.search(text, span[0], m.start()) for m in pattern.finditer(text, *span))


def _who_attended(text: str, span: tuple[int, int], inside: list[EntitySpan]) -> list[str]:
    """The one person whom a relative clause after the trigger says was at the gathering ("met with B, who attended
    the Forum"): B alone is at it; none if no such clause follows a name."""
    clause = _WHO_ATTENDED.search(text, *span)
    return [p.entity for p in inside if clause and p.end == clause.start()][:1]


# "Officials from B attended the video call": they join the call just reported, no gathering of their own
_ATTENDED_CALL = re.compile(r"\b(?:also )?attended the (?:video |phone |telephone |virtual )?(?:call|conversation)\b")

# "A and officials of the Embassy": the body someone named with its officials stands for
_OFFICIALS_BEFORE = re.compile(r"\b(?:officials|representatives|staff members|staff) (?:of|from) (?:the )?$")

# "where he met officials of the Ministry of A and the Ministry of B": the bodies of those met are named
_OFFICIALS_OF = re.compile(r"\b(?:officials|representatives)\s+(?:of|from)\b")


def _told_before(meeting: ProposedMeeting, earlier: list[ProposedMeeting]) -> bool:
    """Whether talks of the same people were proposed before ("A met B on Monday. After meeting B, A said ...")."""
    people = set(meeting.participants)
    return bool(people) and any(set(m.participants) == people for m in earlier)


def _held_there(text: str, match: re.Match[str], found: list[ProposedMeeting], host: str) -> list[ProposedMeeting]:
    """What a ", where ..." clause after a visit or trip reports within it: "visited the Administration, where he held
    talks with A", talks with someone named ("where he met with senior officials" only tells what the visit was); after
    a trip ("a mission to X, where she visited settlements"), a visit of its own too, and one meeting with the officials
    of all the bodies named ("where he met officials of A and B")."""
    kept = [m for m in found if len(m.participants) > 1]
    if host != "trip":
        return kept
    kept += [m for m in found if m.kind == "visit" and len(m.participants) == 1]
    met = [m for m in found if m.kind != "visit" and len(m.participants) == 1 and m.organizations]
    if met and _OFFICIALS_OF.search(text, match.start(), match.end() + 40):
        met[0].organizations = list(dict.fromkeys(o for m in met for o in m.organizations))
        kept.append(met[0])
    return kept


# "A said that after receiving the report, the counselor went to visit ...": what the words tell of, someone else's
_SAID_THAT = re.compile(r"\b(?:said|says|added|noted|stated)(?: (?:on|in|at|here)\b[^,;]{0,40}?)? that\b")

# "Norum said the project, funded by the EU, would be launched in X": an event told in the passive in words said,
# whose holder they do not name
_SAID_DONE = re.compile(
    r"\b(?:said|says|added|noted|stated)\b(?=[^.;]*\b(?:be|been|is|are|was|were)\s+(?:(?:formally|officially|jointly)\s+)?$)"
)


def _told_by(text: str, span: tuple[int, int], subject: str | None, inside: list[EntitySpan]) -> bool:
    """Whether the trigger is in words that its would-be subject said ("A said that ... the counselor went to visit", "A
    said the project would be launched") about someone the clause names by no name: whose meeting it was is not
    stated."""
    said = _SAID_THAT.search(text, *span) or _SAID_DONE.search(text, *span)
    if said is None or subject is None:
        return False
    speakers = {p.entity for p in inside if p.end <= said.start()}
    named_after = [p for p in inside if said.end() <= p.start < span[1]]
    return subject in speakers and not named_after and not re.search(r"\b(?:he|she|they)\b", text[said.end() : span[1]])


# "is scheduled to meet officials of B": a meeting only of someone named, or the delegation they led
_MEET_OFFICIALS = re.compile(r"meets? (?:[\w-]+ )?(?:officials|officers|representatives|leaders) ")


def _named_after(
    match: re.Match[str], following: int, people: list[EntitySpan], organizations: list[EntitySpan]
) -> tuple[list[EntitySpan], list[EntitySpan]]:
    """The people and bodies named between a trigger and where its clause ends."""
    return (
        [p for p in people if match.end() <= p.start and p.end <= following],
        [o for o in organizations if match.end() <= o.start and o.end <= following],
    )


def _own_subject(
    text: str,
    triggers: tuple[re.Match[str], re.Match[str]],
    following: int,
    inside: list[EntitySpan],
    last_person: str | None,
) -> tuple[str, tuple[list[EntitySpan], list[EntitySpan]]] | None:
    """For a trigger (the second of ``triggers``, after the sentence's first) in a clause of its own whose subject is
    named (", and Vice Foreign Minister B will meet with him"): that subject, and the people it meets (the one "him" or
    "her" stands for: the last met by the first trigger, "A will hold talks with C, and B will meet with him", else
    the last named before the sentence); none if the clause names no one person."""
    first, match = triggers
    clause = NAMED_CLAUSE.search(text, max(0, match.start() - 220), match.start())
    named = [p for p in inside if clause and clause.start("named") <= p.start and p.end <= clause.end("named")]
    if clause is None or len({p.entity for p in named}) != 1:
        return None
    met = [p for p in inside if match.end() <= p.start and p.end <= following]
    earlier = [p.entity for p in inside if first.end() <= p.start and p.end <= clause.start()]
    return named[0].entity, ([*met, *_him(text, match, earlier[-1] if earlier else last_person, named[0].entity)], [])


def _him(text: str, match: re.Match[str], last_person: str | None, subject: str | None) -> list[EntitySpan]:
    """The one "him" or "her" right after the trigger stands for ("will hold talks with him"): the last person named
    before the sentence, unless that is the subject."""
    if last_person in (None, subject) or not re.match(r" (?:with )?(?:him|her)\b", text[match.end() :]):
        return []
    return [EntitySpan(last_person, match.end() + 1, match.end() + 4)]


def _two_sides(text: str, span: tuple[int, int], organizations: list[EntitySpan]) -> bool:
    """Whether ``span`` (the subject) is "Officials from A and B", naming an organization among them, or "A and B",
    two organizations ("The National Immigration Administration and IOM on Monday held talks")."""
    named = [o for o in organizations if span[0] <= o.start < span[1]]
    opening = OFFICIALS_FROM.search(text, *span)
    if opening:
        return bool(named and re.search(r"\band\b", text[opening.end() : span[1]]))
    return (
        len(named) == 2
        and named[0].entity != named[1].entity
        and bool(BEFORE_SUBJECT.fullmatch(text, span[0], named[0].start))
        and bool(re.fullmatch(r"\s+and\s+(?:the\s+)?", text[named[0].end : named[1].start]))
        and bool(re.fullmatch(r"(?:\s+\([\w-]+\))?(?:\s+(?:on|last|this) \w+)?\s*", text[named[1].end : span[1]]))
    )


# what arrives without travelling: goods and their carriers
_GOODS = re.compile(rf"\b(?:consignments?|shipments?|batch(?:es)?|cargo|flights?|planes?|{GIFT})\b")

# goods handed over, no money: "handed over 3,000 tents and 10,000 blankets to" (never "a contribution", "a cheque")
_GOODS_ONLY = re.compile(r"(?:(?!\b(?:contribution|donation|cheque|check|grant|assistance|aid|funds)\b).)*", re.DOTALL)

# words reported: "said", "told", "with a keynote speech"
_SAID = re.compile(
    r"\b(?:said|says|stated|noted|stressed|added|told)\b|\bwith (?:a|an|his|her) (?:[\w-]+ )?(?:speech|address|remarks)\b"
)

_QUESTION = re.compile(r"[ \t]*(?:Q|Question)\s*[:：]")


def _asked(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is in a question's paragraph: one opening "Q:" or ending with a question mark."""
    start, end = text.rfind("\n", 0, sentence[0]) + 1, text.find("\n", sentence[1])
    return bool(_QUESTION.match(text, start)) or text[start : len(text) if end < 0 else end].rstrip().endswith("?")


def _without_repeats(text: str, meetings: list[ProposedMeeting]) -> list[ProposedMeeting]:
    """The meetings, each told again word for word (a photo caption printed twice, a headline repeated in the lede)
    left with no one in it: the same kind, people, day and place, in a sentence holding the earlier one's words."""
    for i, later in enumerate(meetings):
        words = " ".join(text[slice(*later.sentence)].split())
        if any(_same_report(m, later) and " ".join(text[slice(*m.sentence)].split()) in words for m in meetings[:i]):
            later.participants, later.organizations = [], []
    return meetings


def _same_report(first: ProposedMeeting, later: ProposedMeeting) -> bool:
    """Whether two meetings proposed from different sentences say the same thing: their kind, people, date, place."""
    return (
        first.sentence != later.sentence
        and (first.kind, first.participants, first.place, first.parent)
        == (
            later.kind,
            later.participants,
            later.place,
            later.parent,
        )
        and (first.date and first.date.value) == (later.date and later.date.value)
    )


def _without_empty(meetings: list[ProposedMeeting]) -> list[ProposedMeeting]:
    """The meetings that someone takes part in, their parents renumbered."""
    kept = [i for i, m in enumerate(meetings) if m.participants or m.organizations]
    index = {old: new for new, old in enumerate(kept)}
    result = [meetings[i] for i in kept]
    for meeting in result:
        meeting.parent = index.get(meeting.parent) if meeting.parent is not None else None
    return result
