"""Whose words or position each sentence reports ("X said", "X stressed", "according to X").

A statement is attributed only when the text makes the speaker unambiguous (a wrong speaker is an
invented fact; an empty one is only a gap): the person named just before a reporting verb (past a post and a
relative clause, "X, head of Y, who also spoke at the launch, said": the clause's verb is not the sentence's), or after a verb that comes first ('"...," said Jane Roe', "According to Minister X"), past a title in
capitals; never one who opens what is said ("Roe said Li would visit": Roe's words); a relative clause right after a name
("met Y, head of Z, who briefed them on ...") is Y's. A pronoun or a title before the verb ("He
said", "The Ambassador noted") stands for the speaker of the sentence before if that sentence names
no one else, or for the one person it names if it has no speaker, and a pronoun only if that person can be
meant by it (not against an honorific, "Ms. Zhu ... He said", nor after the sentence before used it for someone
else, "Zhu thanked her. She said"); otherwise it stays empty (a possessive, "Li's proposal", names no one who
could speak); a title ("The DG noted", "Ambassador
said") stands first for the one person the text gives that title ("DG Vitorino", a role), in any form, also
by its initials ("the PS noted": the one Principal Secretary; initials of no one's title, "the NIA", stand for no one).
A participle after a comma ("X delivered a speech, pointing out that ...") is spoken by the one person
named before it, and a clause that goes on with the subject opening the sentence ("..., where he said", "...,
and said", "X, who met Y, underlined") by that subject. After a sentence naming several people, a pronoun stands
for its subject only when the text gives every other one there the other gender ("Mr."). A sentence with no verb
and no person (but who proposed what it names: "the initiative put forward by President Xi") continues the previous sentence's reported
speech only when that one introduced a clause ("saying that"), went on with one itself, or opened a quotation that it leaves open (a
clause only within its paragraph, unless the sentence states a position: "... should ...", not a fact the writer
adds, "The compact sets out 23 objectives"), or when it opens a quotation of its own after one ("..., said X. "...""). "The Chinese envoy said" (a title with
a qualifier) stands for the last speaker only while no one else has been named, "the spokesperson" never; "The
Chinese ambassador (top diplomat, official) said", for the one person named so far who acts for that country, where
the text tells whom everyone named acts for. Two
people coordinated as the subject that opens the clause ("A and B thanked China") both speak, as do the two of "A met
(with) B and exchanged views on ..." and of "A and B last met in Geneva, when they discussed ..."; "the two sides
exchanged views" names no one, "the two ambassadors" the two people the text gives that title, if only they hold it, and
"the Ambassador" none of them. The sentences of a quotation closed later in its paragraph by its speaker ('"... .
...," Sha told the council.') are that speaker's; "A was briefed by B on ..." reports B's words; a country's words in a wire lede ("China called on ..."), those of
the one who speaks for it in the statement told in full next ("Addressing the session, X, of China's mission, said").
In a transcript
(two turns or more: "Q:", "A:", "Name:") each turn is spoken by the person it opens with, "A:" by the
spokesperson the headline names; a statement's body, by the speaker its headline names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from china_iom.drafting.body import paragraph_starts
from china_iom.drafting.detect_candidates import without_country
from china_iom.drafting.titles import POSTS, QUALIFIERS, STAFF

REPORTING = re.compile(
    r"\b(?:said|says|stressed|noted|added|told|stated|expressed|highlighted|emphasi[sz]ed|underlined|commended"
    r"|urged|called for|called on|pointed out|spoke|briefed|affirmed|welcomed|thanked|appreciated|agreed|hoped|believed"
    r"|reiterated|praised|proposed|suggested|congratulated|extended (?:\w+ )?(?:congratulations|greetings|condolences)"
    r"|made clear|saying|noting|stressing|adding|pointing out|making clear|calling (?:for|on)|urging|[Aa]ccording to"
    r"|was (?:\w+ )?(?:satisfied|pleased)|exchanged (?:views|ideas)|discussed"
    r"|(?P<passive>(?:was|were) (?:also )?briefed by))\b(?! by\b)"
)  # "the initiative proposed by China": a passive reports no one's words, but "was briefed by X on ..." X's
# An open relative clause before a verb ("X, who also spoke at the launch, said"): the verb is the clause's, not the
# sentence's
_IN_RELATIVE = re.compile(r",\s*(?:who|whose)\b[^,;“\"]*$")


def reporting_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """The sentence's first reporting verb outside a relative clause ("X, head of Y, who also spoke at the launch,
    said": "said") and outside a quotation ('"... must be discussed together," she said': "said"), or the first
    one if no other follows."""
    verbs = list(REPORTING.finditer(text, start, end))
    main = (v for v in verbs if not _IN_RELATIVE.search(text, start, v.start()) and not _quoted(text, start, v.start()))
    return next(main, verbs[0] if verbs else None)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened after ``start`` is still open at ``at``."""
    return text.count('"', start, at) % 2 == 1 or text.count("“", start, at) > text.count("”", start, at)


# A participle continues the main clause ("X delivered a speech, pointing out that ..."): its speaker is its subject.
_PARTICIPLE = re.compile(r"saying|noting|stressing|adding|pointing out|making clear|calling (?:for|on)|urging")
POSSESSIVE = re.compile(r"['’]s?(?![\w'’])")  # "Li's", "Xi Jinping’ pledge": an owner, no agent
_CLAUSE = re.compile(
    r"\b(?:said|says|stressed|noted|added|stated|saying|noting|stressing|adding|pointed out"
    r"|highlighted|emphasi[sz]ed|reiterated)\b(?: that|,|:)"
)
_TITLES = rf"(?:{POSTS}|DG)"
# "The Ambassador", "the Chinese envoy" (a qualifier, in any case), "Ambassador" after a comma
_STAND_IN = re.compile(
    rf"(?:\b(?:He|She|he|she)|\b(?:The|the) (?P<qualifier>(?:(?!(?i:{QUALIFIERS})\b)[A-Z][\w-]* ){{0,3}})"
    rf"(?P<title>(?i:(?:{QUALIFIERS})[- ])*(?i:{_TITLES}))"
    r"|\b(?:The|the) (?P<initials>[A-Z]{2,4})"
    rf"|(?:^|, )(?P<bare>{_TITLES}))(?: also| further| then| highly| once again)?\s*$"
)
# "the Global Development Initiative put forward by President Xi Jinping": who proposed what is said, no speaker
_PROPOSER = re.compile(r"\b(?:put forward|proposed|initiated|advanced|championed) by\s+(?:[A-Z][\w.]*\s+){0,3}$")
# A position ("The international community should ...", "China is ready to ..."): unlike a fact the writer adds
# ("The compact sets out 23 objectives"), it goes on with the reported speech of the paragraph before.
_POSITION = re.compile(r"[^.;]*?\b(?:should|must|needs? to|(?:is|are) (?:willing|ready) to|ought to)\b")
# "said Minister of the Interior Ada Kemp", "according to IOM Director General Ada Kemp": a title in capitals, if any
_TITLE_BETWEEN = re.compile(r" (?:(?:[A-Z][\w.'’-]*|of|the|for|and) ){0,8}")
_QUOTED_BEFORE = re.compile(r"[\"”’],?\s*$")  # '"...," said X': the quotation before the verb
_TITLE_BEFORE = re.compile(rf"\b(?P<title>{_TITLES})\s+$")
_GAP = re.compile(
    r"^(?:'s|’s|,[^,;]{1,160}(?:,\s*(?:who|whose)\b[^,;]{1,120})?,)?(?:,?\s*who\b)?"
    r"(?:\s+(?:also|further|then|highly|once again|has|had))*"
    r"(?:\s+[a-z]+ed and)?\s*$"
)  # "X, head of Y, who also spoke, said": a post and a relative clause; "X reviewed and praised": one verb before;
# "met Y, (head of Z,) who briefed them on ...": the relative clause's verb is Y's

# "met A and B, who briefed them": the clause whose verb this is may be about both
_BOTH_WHO = re.compile(r",?\s*who(?:\s+(?:also|further|then|highly|once again|has|had))*\s*")


def _coordinated(text: str, before: list[EntitySpan]) -> bool:
    """Whether the last person before the verb is coordinated with the one before ("A and B")."""
    return len(before) >= 2 and re.fullmatch(r",? and ", text[before[-2].end : before[-1].start]) is not None


@dataclass(frozen=True)
class EntitySpan:
    """An entity (person, organization or place, known or candidate) named at a span of the text."""

    entity: str
    start: int
    end: int


def speakers(
    text: str,
    sentences: list[tuple[int, int]],
    people: list[EntitySpan],
    roles: list[tuple[str, str]] = (),
    homes: dict[str, str] | None = None,
) -> list[str | None]:
    """The speaker of each sentence, or None; ``roles`` are (person, title) pairs read in the text, ``homes`` the
    country each person acts for, where known ("" for the staff of an intergovernmental body)."""
    holders = _holders(text, people, roles)
    genders = _genders(text, people)
    result: list[str | None] = []
    previous: str | None = None  # who a pronoun at the start of this sentence can only mean
    seen: set[str] = set()  # everyone named so far
    others: set[str] = set()  # pronouns that the sentence before uses for someone else ("thanked her")
    continues = quoted = False
    last_named: list[str] = []  # the agents the sentence before names, in order
    opening = paragraph_starts(text)
    for s, e in sentences:
        inside = [p for p in people if s <= p.start and p.end <= e]
        verb = reporting_verb(text, s, e)
        speaker = None
        if verb is not None and verb.group("passive"):
            speaker = _agent(text, verb, inside)
        elif verb is not None:
            speaker = _national(text, s, verb, inside, {p: (homes or {}).get(p) for p in seen}) or _subject(
                text, s, verb, inside, previous, holders, seen <= {previous}
            )
            named_before = any(p.end <= verb.start() for p in inside)
            if speaker is not None and not named_before and not _fits(text[s : verb.start()], speaker, others, genders):
                speaker = None
            if speaker is None and named_before:
                speaker = _clause_subject(text, s, verb, inside, genders)
            elif speaker is None and previous is None:
                speaker = _the_one_of_its_gender(text[s : verb.start()], last_named, genders)
        elif (
            not any(not _PROPOSER.search(text, max(s, p.start - 60), p.start) for p in inside)
            and not _AGENDA.match(text, s, e)  # "The two sides discussed ...": the writer's account of the talks
            and ((continues and (s not in opening or _POSITION.match(text, s, e))) or (quoted and text[s] in '“"'))
        ):
            speaker = result[-1]
        result.append(speaker)
        goes_on = continues and verb is None  # a sentence the reported speech ran over passes it on
        continues = speaker is not None and (
            goes_on or _CLAUSE.search(text, s, e) is not None or _open_quote(text, s, e)
        )
        quoted = speaker is not None and _QUOTE.search(text, s, e) is not None
        last_named = [p.entity for p in inside if not POSSESSIVE.match(text, p.end)]  # "Li's proposal": no agent
        named = set(last_named)
        seen |= {p.entity for p in inside}
        others = {_PRONOUN[m.group(0).lower()] for m in _OBJECT.finditer(text, s, e)}
        if speaker is not None:
            previous = speaker if named <= {speaker} else None
        else:
            previous = named.pop() if len(named) == 1 else None
    return _lede_of_its_envoy(text, sentences, _closed_by_its_speaker(text, sentences, result), people, homes or {})


# "Addressing the session, X said", "Speaking at the forum, X said": the statement a wire lede announced, in full
IN_FULL = re.compile(r"\s*(?:Addressing|Speaking (?:at|in|during|to))\b")
# "GENEVA, Dec. 1 (Xinhua) -- China called on ...", "China on Tuesday urged ...": a country as the lede's subject
_COUNTRY_SAYS = re.compile(
    r"(?:[^\n]*?(?:--|[-–—]) )?(?P<country>[A-Z][a-z]+)(?: (?:on [A-Z][a-z]+day|here|has|also|again))* $"
)


def _lede_of_its_envoy(
    text: str, sentences: list[tuple[int, int]], said: list[str | None], people: list[EntitySpan], homes: dict[str, str]
) -> list[str | None]:
    """The words a wire lede gives a country ("China called on the international community to ...") are those of the
    one who speaks for it in the next sentence, told in full ("Addressing the session, Sha Wenjie, deputy permanent
    representative of China, said ..."), if the text tells that he acts for that country; the lede names no one."""
    if len(sentences) < 2 or said[0] is not None or said[1] is None:
        return said
    (s, e), following = sentences[0], sentences[1][0]
    verb = reporting_verb(text, s, e)
    country = _COUNTRY_SAYS.fullmatch(text, s, verb.start()) if verb else None
    if country is None or any(s <= p.start < e for p in people) or not IN_FULL.match(text, following):
        return said
    codes = without_country(country.group("country"))[1]
    return [said[1], *said[1:]] if len(codes) == 1 and homes.get(said[1]) in codes else said


# "was briefed by its Director General Ai Qiaosheng": a determiner and a title in capitals before the agent's name
_AGENT_BEFORE = re.compile(r" (?:(?:its|his|her|their|the) )?(?:(?:[A-Z][\w.'’-]*|of|the|for|and) ){0,8}")


def _agent(text: str, verb: re.Match[str], inside: list[EntitySpan]) -> str | None:
    """The person a passive's "by" names, whose words the sentence reports ("he was briefed by its Director General
    Ai Qiaosheng on ..."); none if "by" names no one ("was briefed by the ministry")."""
    after = next((p for p in inside if p.start >= verb.end()), None)
    return after.entity if after and _AGENT_BEFORE.fullmatch(text, verb.end(), after.start) else None


def _closed_by_its_speaker(text: str, sentences: list[tuple[int, int]], said: list[str | None]) -> list[str | None]:
    """The sentences of a quotation that a later sentence of its paragraph closes with its speaker ('"Poverty remains
    the main driving force. Only when ... will the flows be reduced," Sha told the council.'): that speaker's, where
    none of them has a speaker or a reporting verb of its own."""
    result = list(said)
    opening = paragraph_starts(text)
    for i, (s, e) in enumerate(sentences):
        if result[i] is not None or text[s] not in '“"' or not _open_quote(text, s, e):
            continue
        for j in range(i + 1, len(sentences)):
            a, b = sentences[j]
            if a in opening or result[j - 1] is not None or reporting_verb(text, *sentences[j - 1]):
                break  # a new paragraph, or a sentence within that reports words of its own
            close = re.search(r"[”\"]", text[a:b])
            if close is None:
                continue
            verb = reporting_verb(text, a, b)
            if verb is not None and verb.start() > a + close.start() and result[j] is not None:
                result[i:j] = [result[j]] * (j - i)
            break
    return result


def _holders(text: str, people: list[EntitySpan], roles: list[tuple[str, str]]) -> dict[str, set[str]]:
    """A title's short form -> the people the text gives it, in a role or before their name ("Ambassador Ma")."""
    holders: dict[str, set[str]] = {}
    for person, title in [
        *roles,
        *(
            (p.entity, m.group("title"))
            for p in people
            if (m := _TITLE_BEFORE.search(text, max(0, p.start - 40), p.start))
        ),
    ]:
        holders.setdefault(_short(title), set()).add(person)
    return holders


def co_speakers(
    text: str,
    sentences: list[tuple[int, int]],
    people: list[EntitySpan],
    said: list[str | None],
    roles: list[tuple[str, str]] = (),
) -> list[tuple[str, ...]]:
    """The speakers of each sentence: the one ``said`` gives, with the person coordinated before them as the
    subject that opens the clause ("Ada Kemp and Ivo Lind thanked China, expressing that they ..."), or the two
    people "the two ambassadors" stand for."""
    holders = _holders(text, people, roles)
    result = []
    for (s, e), speaker in zip(sentences, said):
        pair = ()
        if speaker is not None and (verb := reporting_verb(text, s, e)):
            before = [p for p in people if s <= p.start and p.end <= verb.start()]
            if len(before) >= 2 and before[-1].entity == speaker and before[-2].entity != speaker:
                first, last = before[-2], before[-1]
                lead = text[s : first.start].rstrip()
                opening = not lead or lead.endswith(",")
                if opening and text[first.end : last.start] == " and ":
                    pair = (first.entity, speaker)
        elif speaker is None and (verb := reporting_verb(text, s, e)):
            before = [p for p in people if s <= p.start and p.end <= verb.start()]
            pair = (
                _met_and_exchanged(text, s, verb, before)
                or _pair_goes_on(text, s, verb, before)
                or _the_two_holders(text, s, verb, holders)
            )
        result.append(pair or ((speaker,) if speaker else ()))
    return result


# "The two ambassadors discussed", "At the meeting, both ministers also stressed": the plural of a title opening the
# sentence (after a phrase and a comma), the verb next
_THE_TWO = re.compile(
    rf"(?:[A-Z][^,.;:“\"]{{0,60}},\s*)?(?:[Tt]he two|[Bb]oth) (?P<title>(?i:(?:{QUALIFIERS})[- ])*(?i:{_TITLES}))s(?: also| further| then)?\s*"
)


def _the_two_holders(text: str, start: int, verb: re.Match[str], holders: dict[str, set[str]]) -> tuple[str, ...]:
    """The two people "The two ambassadors" opening the sentence stand for: the text gives exactly two people that
    title ("Ambassador Ma", "Ambassador Swing"); none if it gives it to more or fewer ("the two sides" names no
    one)."""
    said = _THE_TWO.fullmatch(text, start, verb.start())
    held = sorted(holders.get(_short(said.group("title")), ())) if said else []
    return tuple(held) if len(held) == 2 else ()


# "A and B last met in Geneva in November, when they discussed ...", "A and B met on Monday and discussed ...": a clause
# that goes on with the two who open the sentence, no one else named between
_THEY_GO_ON = re.compile(
    r"\s+(?:[^.;,]*?\s)?(?:met|held talks|talked)\b[^.;]*?(?:,\s*(?:when|where|during which)\s+they|\s+and)"
    r"(?:\s+(?:also|further|then))?\s*"
)


def _pair_goes_on(text: str, start: int, verb: re.Match[str], before: list[EntitySpan]) -> tuple[str, ...]:
    """The two people coordinated as the subject opening the sentence ("Xu and Roe last met in Geneva, when they
    discussed ...") whose meeting the clause of the verb goes on with; none otherwise."""
    if len(before) != 2 or text[before[0].end : before[1].start] != " and ":
        return ()
    opening = _OPENING.fullmatch(text, start, before[0].start) is not None
    return (
        (before[0].entity, before[1].entity)
        if opening and _THEY_GO_ON.fullmatch(text, before[1].end, verb.start())
        else ()
    )


# "A met with B and exchanged views on ...", "A met here Wednesday with B, deputy head of C, and the two sides agreed
# ...": the two who met speak, as "A and B exchanged views" do
_MET = re.compile(
    r"(?:,(?![^,;]*\b(?:who|which|whose)\b)[^,;.]{1,160},)?"  # A's post between commas
    r"\s+(?:met|held talks|talked|had talks)(?:(?:\s+[\w'’-]+){0,3}?\s+with)?\s+"
    r"(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+){0,8}"
)
# between B and the verb: B's post between commas, "and", and "the two sides" before a verb that is not only A's
_AND_BOTH = re.compile(
    r"(?:,(?![^,;]*\b(?:who|which|whose)\b)[^,;.]{1,160},)?(?:\s+(?:here|today|yesterday|on\s+[A-Z]\w+|in\s+[A-Z]\w+))*"
    r"\s+and\s+(?:(?P<both>the two sides|both sides)\s+(?:also\s+)?)?"
)


def _met_and_exchanged(text: str, start: int, verb: re.Match[str], before: list[EntitySpan]) -> tuple[str, ...]:
    """The two people of "A met (with) B and exchanged views on ..." or "A met with B, <post>, and the two sides
    agreed ...", A opening the sentence; none otherwise."""
    joined = _AND_BOTH.fullmatch(text, before[1].end, verb.start()) if len(before) == 2 else None
    mutual = verb.group(0).startswith("exchanged") or (joined is not None and joined.group("both") is not None)
    if joined is None or not mutual:
        return ()
    first, second = before
    opening = _OPENING.fullmatch(text, start, first.start) is not None
    met = _MET.fullmatch(text, first.end, second.start) is not None
    return (first.entity, second.entity) if opening and met else ()


# A turn of a transcript: a line opening with "Q:", "A:" or a name and a colon
_TURN = re.compile(r"^[ \t]*(?P<who>[A-Z][\w .'’-]{0,40}?):[ \u00a0]", re.MULTILINE)


def turns(
    text: str,
    sentences: list[tuple[int, int]],
    people: list[EntitySpan],
    answerer: str | None,
    speaker: str | None = None,
) -> list[str | None]:
    """Who holds the floor at each sentence of a transcript: the person a turn opens with ("Ada Kemp: ..."), or
    for "A:" the spokesperson its headline names (``answerer``); no one in a question ("Q:") or another
    label's turn; before the first turn, the ``speaker`` of a statement. A turn runs over its paragraphs to the
    next one; a text of fewer than two turns in its body is no transcript ("Ada Kemp: a life on the move"). The
    agenda of planned talks ("The two sides will exchange views on ...") and what talks between others covered ("The
    two sides reviewed ... and exchanged views on ...") are no one's position: no one holds them."""
    body = sentences[0][0] if sentences else 0
    labels = [m for m in _TURN.finditer(text) if m.start() >= body]
    opened = [(0, speaker)]
    for m in labels if len(labels) > 1 else []:
        person = next((p.entity for p in people if m.start("who") <= p.start and p.end == m.end("who")), None)
        opened.append((m.start(), answerer if m.group("who") == "A" else person))
    return [
        None if _AGENDA.match(text, s, e) else next((who for at, who in reversed(opened) if at <= s), None)
        for s, e in sentences
    ]


# "The two sides will exchange views on ...", "Both sides will also discuss ...": what the parties are to talk about;
# "The two sides reviewed ... and exchanged views on ...": what they talked about, as the spokesperson reports it
_AGENDA = re.compile(
    r"(?:A:\s*)?(?:[A-Z][\w ,]*?,\s*)?(?:[Tt]he two sides|[Bb]oth sides|[Tt]he two (?:leaders|parties|countries)|[Tt]hey)"
    r"\s+(?:will\s+(?:also\s+|further\s+)?(?:exchange views|have an exchange|discuss|hold (?:talks|discussions|consultations)"
    r"|talk|review|explore|sign)|(?:also\s+)?(?:exchanged views|had an exchange|discussed|held (?:talks|discussions"
    r"|consultations)|talked|reviewed|explored|signed))\b"
)


_QUOTE = re.compile(r"[“\"]")
_PRONOUN = {"he": "he", "him": "he", "she": "she", "her": "she"}
# "thanked her for", "told him that": a pronoun as an object stands for a person other than the subject
_OBJECT = re.compile(
    r"\b(?:him|her)\b(?=\s*(?:[.,;:!?”\"]|$|(?:for|to|on|at|in|with|and|that|as|about|from|by)\b))", re.IGNORECASE
)
_HONORIFIC = re.compile(r"\b(?P<title>Mr|Ms|Mrs|Miss|Madam|Madame)\.?[ \u00a0]+$")


def _genders(text: str, people: list[EntitySpan]) -> dict[str, str]:
    """The pronoun each person's honorific calls for ("Ms. Zhu": she), where the text gives one."""
    found = {}
    for p in people:
        if m := _HONORIFIC.search(text, max(0, p.start - 10), p.start):
            found.setdefault(p.entity, "he" if m.group("title") == "Mr" else "she")
    return found


def _fits(before: str, person: str, others: set[str], genders: dict[str, str]) -> bool:
    """Whether a pronoun opening the sentence can only mean ``person``: none of the person's other gender, and
    none that the sentence before also used for someone else ("Zhu thanked her ... She said": two women)."""
    pronoun = re.search(r"\b(?:he|she)\b", before, re.IGNORECASE)
    if pronoun is None:
        return True
    said = pronoun.group(0).lower()
    return said not in others and genders.get(person, said) == said


# "..., where he said", "and she stressed", "..., and said": a clause or a second verb that goes on with the
# sentence's subject
_CLAUSE_PRONOUN = re.compile(
    r"(?:,\s*|\s)(?:(?:where|when|and|as)\s+(?P<pronoun>he|she)|and)(?:\s+(?:also|further|then|later))?\s*$"
)
# ", who met Wang Yi on Monday, underlined": a relative clause between the subject and its verb, naming others
_RELATIVE = re.compile(r",\s+(?:who|whose)\b[^;“\"]*,\s*(?:(?:also|further|then)\s+)?")
# what may come before the subject that opens a sentence: a wire dateline, a phrase of time or place and a comma, a
# title or an honorific ("Later in the day, Mr. Pu", "IOM Director General William Lacy Swing")
_OPENING = re.compile(
    r"(?:[A-Z][A-Za-z .'-]*,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+\([^)]{2,30}\)\s+[-–—]+\s+)?"  # "BEIJING, Oct. 19 (Xinhua) -- "
    r"(?:[A-Z][^,.;:“\"]{0,60},\s*)?(?:H\.\s?E\.\s*)?(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,8}",
    re.DOTALL,
)


def _clause_subject(
    text: str, start: int, verb: re.Match[str], inside: list[EntitySpan], genders: dict[str, str]
) -> str | None:
    """The speaker of a clause that goes on with the sentence's subject ("Mr. Pu took part in a round table, where
    he said ...", "Vitorino applauded China's role, and said ...") or of a verb after a relative clause ("Lind, who
    met Wang Yi on Monday, underlined ..."): the person who opens the sentence as its subject, if no one else is
    named before the clause and a pronoun can mean them; none after two people ("Li met Ann Roe, where she said"),
    nor after a person named later in the sentence ("China will work with Li, and he said": Li is no subject)."""
    before = [p for p in inside if p.end <= verb.start()]
    if not before or _OPENING.fullmatch(text, start, before[0].start) is None:
        return None
    first = before[0]
    if _RELATIVE.fullmatch(text, first.end, verb.start()):
        return first.entity
    pronoun = _CLAUSE_PRONOUN.search(text, start, verb.start())
    agents = {p.entity for p in before if not POSSESSIVE.match(text, p.end)}
    if pronoun is None or len(agents) != 1:
        return None
    said = pronoun.group("pronoun")
    return first.entity if said is None or genders.get(first.entity, said) == said else None


# "She thanked", '"Data matter," he said', "..., she added": a pronoun before the verb, opening the sentence or
# after what it reports
_PRONOUN_BEFORE_VERB = re.compile(r"(?:^\s*|[,”\"]\s*)(?P<pronoun>[Hh]e|[Ss]he)(?:\s+(?:also|further|then))?\s*$")


def _the_one_of_its_gender(before: str, named: list[str], genders: dict[str, str]) -> str | None:
    """The speaker of a pronoun opening a sentence, or after what it reports ('"...," he said'), after one that
    names several people, whoever speaks there ("Whitaker met Mr. Chai, who briefed her. She thanked ...", "Nong
    briefed Ms. Roe on ... He said"): the subject that opens the sentence before, if the pronoun can mean them and
    the text gives every other person there the other gender ("Mr."); none if another could be meant ("Ann Roe met
    Bo Li. He said ...")."""
    opening = _PRONOUN_BEFORE_VERB.search(before)
    if opening is None or len(set(named)) < 2:
        return None
    said = opening.group("pronoun").lower()
    subject, rest = named[0], set(named) - {named[0]}
    other = {"he": "she", "she": "he"}[said]
    if genders.get(subject, said) != said or any(genders.get(p) != other for p in rest):
        return None
    return subject


def _open_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation is still open at the end of the sentence (its next sentence goes on with it); one
    closed within the sentence lets the writer speak next."""
    opened = text.count("“", start, end) - text.count("”", start, end)
    return opened > 0 or (opened == 0 and text.count('"', start, end) % 2 == 1 and '"' not in text[end - 2 : end])


def _short(title: str) -> str:
    """ "Director General", "Director-General" and "DG" alike: the initials of a title of several words."""
    words = re.findall(r"[^\s-]+", title) or [""]
    return ("".join(w[0] for w in words) if len(words) > 1 else words[0]).upper()


def _apposed_name(text: str, start: int, person: EntitySpan, verb: re.Match[str]) -> bool:
    """Whether the speaker's name stands between commas after his post, the only person before the verb ("China's
    permanent representative in Geneva, Chen Xu, called on ...")."""
    return (
        _APPOSED_AFTER.fullmatch(text, person.end, verb.start()) is not None
        and _POST_BEFORE.fullmatch(text, start, person.start) is not None
    )


# "..., Chen Xu, called on": the comma that closes a name put after its post, before the verb
_APPOSED_AFTER = re.compile(r",\s+(?:also\s+|further\s+|then\s+)?")
# the post (with its owner and where it is held) that opens the sentence and a comma, no other clause
_POST_BEFORE = re.compile(rf"[^,;.]*?\b(?i:{_TITLES}|{STAFF})\b[^,;]*,\s+")


# "The Chinese ambassador said", "the Chinese top diplomat noted": a post or a diplomat of a country, the verb next
_OF_COUNTRY = re.compile(
    rf"\b(?:The|the) (?P<country>[A-Z][\w'’]+) (?:(?:top|senior|chief) )?"
    rf"(?:(?i:(?:{QUALIFIERS})[- ])*(?i:{_TITLES})|diplomat|official)(?: also| further| then)?\s*$"
)


def _national(
    text: str, start: int, verb: re.Match[str], inside: list[EntitySpan], seen: dict[str, str | None]
) -> str | None:
    """The one person so far who acts for the country that "The Chinese ambassador (top diplomat, official)" opening
    the sentence names (``seen``: everyone named so far, with the country each acts for, if known); none if another
    could be meant: two of that country, or anyone whose country the text leaves open."""
    said = _OF_COUNTRY.match(text[start : verb.start()].lstrip())
    codes = without_country(said.group("country"))[1] if said and not any(p.end <= verb.start() for p in inside) else ()
    if len(codes) != 1 or None in seen.values():
        return None
    ours = [p for p, country in seen.items() if country in codes]
    return ours[0] if len(ours) == 1 else None


def _subject(
    text: str,
    start: int,
    verb: re.Match[str],
    inside: list[EntitySpan],
    fallback: str | None,
    holders: dict[str, set[str]],
    alone: bool,
) -> str | None:
    """The speaker of a reporting verb; a pronoun or title stands for ``fallback``, a title with a qualifier
    ("the Chinese envoy", "the vice foreign minister": unless the one person the text gives that very title) only
    while no one else has been named (``alone``): it may mean another person; "the spokesperson" only for the one
    person the text gives that title."""
    before = [p for p in inside if p.end <= verb.start()]
    according = verb.group(0).lower() == "according to"
    # '"...," said X', "According to X": the verb before its speaker; "Kemp (He) said Lind would ...": Kemp's (his)
    inverted = _QUOTED_BEFORE.search(text, start, verb.start()) or not text[start : verb.start()].strip()
    if (according and not before) or (verb.group(0) == "said" and inverted):
        after = [p for p in inside if p.start > verb.end() and _TITLE_BETWEEN.fullmatch(text, verb.end(), p.start)]
        if after:
            return after[0].entity
    if before and (_GAP.match(text[before[-1].end : verb.start()]) or _apposed_name(text, start, before[-1], verb)):
        both = _BOTH_WHO.fullmatch(text, before[-1].end, verb.start()) and _coordinated(text, before)
        return None if both else before[-1].entity
    if (stand_in := _STAND_IN.search(text[start : verb.start()])) and not before:
        title = stand_in.group("title") or stand_in.group("bare") or stand_in.group("initials") or "-"
        held = holders.get(_short(title), set())
        if len(held) == 1:
            return next(iter(held))
        if len(held) > 1:  # "the Ambassador said" after two ambassadors: either may be meant
            return None
        if stand_in.group("initials"):  # "the NIA said": an organization, unless the initials are one's title
            return None
        if re.match(r"(?i)spokes", stand_in.group("title") or stand_in.group("bare") or ""):
            return None  # a spokesperson speaks for someone else: never the last speaker
        qualified = stand_in.group("qualifier") or re.match(rf"(?i)(?:{QUALIFIERS})\b", title)
        return fallback if alone or not qualified else None
    if _PARTICIPLE.fullmatch(verb.group(0)) and text[verb.start() - 2 : verb.start()] == ", ":
        agents = {p.entity for p in before if not POSSESSIVE.match(text, p.end)}
        return agents.pop() if len(agents) == 1 else None
    return None
