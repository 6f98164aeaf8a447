"""Clauses of a sentence: relative clauses, coordinated verbs and where the people met end."""

from __future__ import annotations

import re

from china_iom.drafting.detect_speakers import EntitySpan

# A relative clause gives the date of something else (", which was set up earlier this year", ", to be published next
# year"), unless it says when the gathering went on (", which opened on Monday", ", to be held in May")
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|where)\b(?!\s+(?:opened|opens|began|begins|started|starts|closed"
    r"|ended|ran|runs|(?:was|is|will be) held|took place|takes place|will take place)\b)[^,;]*$"
    r"|,\s+(?:to be|due to be|expected to be) (?!held|convened|organi[sz]ed)\w+[^,;]*$"  # ", to be published next year"
)

# "272 million in 2019, according to a report whose edition was launched": the trigger in a clause after the date (not
# ", when the Council, which met in session, approved": the session's day may be the sentence's)
_TRIGGER_IN_CLAUSE = re.compile(r"\bwhose\b[^,;]*$")

IN_CLAUSE = re.compile(r",\s+(?:who|which)\s+(?:[\w-]+\s+){0,2}$")

_OPEN_CLAUSE = re.compile(r",\s+(?:who|which)\b[^,;]*$")


# "ties have grown, (as) evidenced by the visit of A in May and B's attendance at the X Forum": past events cited to
# back a claim, not reported
_CITED = re.compile(
    r"(?:^|[,;(—–]\s*)(?:as\s+)?(?:evidenced|shown|demonstrated|exemplified|illustrated|proven|proved|borne out)\s+by\b"
    r"|(?:^|[,;(—–]\s*)as\s+(?:seen|reflected)\s+in\b"
)


def cited_example(text: str, start: int, at: int) -> bool:
    """Whether ``at`` follows words that cite past events as evidence (", evidenced by ..."), after ``start``."""
    return _CITED.search(text, start, at) is not None


def in_relative(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a relative clause opened after ``start`` (", which supports the Department of X,")."""
    return _OPEN_CLAUSE.search(text, start, at) is not None


def after_clause(text: str, earlier: re.Match[str], match: re.Match[str]) -> bool:
    """ "A, who attended the Forum on Monday, met B": the main verb after a relative clause with a trigger of its
    own."""
    return bool(
        IN_CLAUSE.search(text, max(0, earlier.start() - 40), earlier.start())
        and re.search(r",\s+$", text[earlier.end() : match.start()])
        and not re.search(r"[;:]", text[earlier.end() : match.start()])
    )


# a capitalised word of a title or name, with the words that join a post's name ("Commissioner of the National ...")
TITLE_WORD = r"[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+){0,2}"

# the subject of a clause of its own, by capitalised words (a title and a name), its post between commas: ", and Zhao
# Leji, chairman of the Standing Committee, will meet with him"
NAMED_SUBJECT = rf"(?:{TITLE_WORD}){{0,7}}[A-Z][\w.'’-]*(?:,\s+[^,;.]{{1,100}},)?"

# Where the people met end: at another verb of the same subject ("met with A on Monday and submitted a letter
# signed by B"), at the one who reports it (", spokesperson C said", ", according to C"), at what is reported ("In his
# speech, A noted that B had ...": B is in the words, not at the speech) or at another subject's clause.
_OBJECT_END = re.compile(
    r"\band\s+(?:\w+ly\s+)?(?:[a-z]+ed|gave|held|met|made|took|paid|spoke|went|left|saw|led|signed"
    r"|began|sent|won)\b|[,;]\s+(?:[\w.-]+\s+){0,6}?(?:said|says|told|added|announced|stated)\b|[,;]\s+according to\b"
    r"|\b(?:said|says|noted|indicated|stressed|stated|added|emphasi[sz]ed|underlined|pointed out|recalled"
    r"|saying|noting|adding|stressing|recalling|stating|pointing out) that\b"
    # ", and Vice Foreign Minister Tian Haoyu will meet with him": another subject's clause
    rf"|,\s+and\s+(?={NAMED_SUBJECT}\s+(?:(?:will|would|also|met|held|received|signed|visited)\b|$))"
    # "In his speech, A indicated that B has ...": what was said, whose people took no part
    r"|\b(?:said|stated|noted|indicated|stressed|emphasi[sz]ed|underlined|pointed out|added|reiterated|recalled)\s+that\b"
)


def object_end(text: str, start: int, end: int) -> int:
    """Where the people met after the trigger ending at ``start`` end: at another verb of the subject or a reporter."""
    stop = _OBJECT_END.search(text, start, end)
    return stop.start() if stop else end


BASE_FORM = re.compile(
    r"(?:hold|meet|visit|sign|have|pay|attend|launch|receive|chair|co-chair|deliver|give|address|open|host|travel)\b"
)

# "and signed", "and jointly signed", "and agreed to hold"; "and on Thursday it held talks", "and later that day she
# met": the same subject's next verb, after a time of its own and a pronoun for the subject
COORDINATED = re.compile(
    r"\band(?: also| jointly| then)?\s+(?:(?:agreed|decided) to\s+)?$|(?P<where>,\s+where\s+(?:he|she|they)\s+)$"
    r"|\band\s+(?P<when>(?:on|later|earlier|the\s+(?:next|following|same))(?:\s+[\w-]+){0,3}?,?\s+)?(?:it|he|she|they)"
    r"(?:\s+(?:also|then))?\s+$"
)


def in_other_clause(text: str, start: int, match: re.Match[str], at: int) -> bool:
    """Whether a date or place is in a relative clause that the trigger is not in ("A, who arrived in X on
    Sunday, met B", "A, who met B, head of C, in 2019, attended ...", "... in 2019, whose edition was launched")."""
    if at < match.start():
        return bool(
            (re.search(r",\s+(?:who|which)\b", text[start:at]) and "," in text[at : match.start()])
            or _TRIGGER_IN_CLAUSE.search(text, at, match.start())
        )
    clause = _RELATIVE_CLAUSE.search(text, start, at)
    return clause is not None and not clause.start() < match.start()


# What opens a sentence before its subject: a dateline ("OSLO, May 2 -- "), "The"
BEFORE_SUBJECT = re.compile(r"\s*(?:[A-Z][^\n]{0,40}?\s(?:--|–|—|-)\s+)?(?:[Tt]he\s+)?")


# What stands between a body opening the sentence and its verb: its acronym, an apposition, a time
_TO_ITS_VERB = re.compile(
    r"(?:\s*\([\w-]+\))?(?:,[^,;]{1,80},)?(?:\s+(?:on|last|this)\s+\w+|\s+(?:here|today|yesterday))?"
    r"(?:\s+(?:has|have|had))?\s*"
)


def body_subject(text: str, start: int, at: int, organizations: list[EntitySpan]) -> str | None:
    """The organization opening the sentence from ``start`` as the subject of the verb at ``at`` ("The International
    Organization for Migration (IOM) on Wednesday handed over ...")."""
    return next(
        (
            o.entity
            for o in organizations
            if start <= o.start < at
            and BEFORE_SUBJECT.fullmatch(text, start, o.start)
            and _TO_ITS_VERB.fullmatch(text, o.end, at)
        ),
        None,
    )


# "The ministry and the IOM plan to hold ...", "officers of the Agency", "The human resources ministry", "The center":
# a body named before by its kind alone, or with words of its name before it ("The General Assembly": capitalised only
# before an assembly, as the other heads' capitalised words name bodies of their own)
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?|(?:[A-Z][a-z-]+\s+){1,2}?(?=Assembly\b))"
    r"(?P<head>(?i:ministry|administration|department|agency|organi[sz]ation|bureau|commission|embassy|office|mission"
    r"|cent(?:er|re)|institute|academy|university|assembly))\b"
    r"(?!\s+(?:of|for|on|in)\b)"
)


# "the Vietnamese delegation", "The Myanmar delegation": the delegation of a body of that country named before
_NATIONALS = re.compile(r"\b[Tt]he\s+(?P<nation>[A-Z][a-z]{2,})\s+delegation\b")


def _delegations(
    text: str, sentence: tuple[int, int], organizations: list[EntitySpan], sides: set[str]
) -> list[EntitySpan]:
    """The bodies that "the Vietnamese delegation" in the sentence stands for: the first body named before whose name
    has the country's word ("Vietnam's Border Guard Command") and that is a side of a meeting told (``sides``); none
    if the text named none (a ministry only named, "Vietnam's Ministry of Defense", sent no one the text says)."""
    found = []
    for said in _NATIONALS.finditer(text, *sentence):
        nation = said.group("nation")
        stem = re.escape(nation[: max(3, len(nation) - 3)])  # "Vietnamese": "Vietnam"; "Thai": "Tha"
        named = next(
            (
                o
                for o in organizations
                if o.end <= said.start() and o.entity in sides and re.search(rf"\b{stem}", text[o.start : o.end])
            ),
            None,
        )
        if named is not None:
            found.append(EntitySpan(named.entity, said.start(), said.end()))
    return found


def bodies_referred(
    text: str,
    sentence: tuple[int, int],
    organizations: list[EntitySpan],
    sides: set[str],
    kinds: dict[str, str] | None = None,
    posts: list[EntitySpan] | None = None,
) -> list[EntitySpan]:
    """The organizations that "the ministry", "the agency" ... in the sentence stand for: the one body named before
    whose name has that word, if only one has it ("the agency", "the organization" with no such name: the one body
    named before that may be so called, by its ``kinds``, if it is an agency; "the Embassy", "the Ministry" with no
    such name: the one body of that kind where the people named before hold ``posts``); and those "the Vietnamese
    delegation" stands for among the ``sides`` of the meetings told (``_delegations``)."""
    found = _delegations(text, sentence, organizations, sides)
    for said in _THE_BODY.finditer(text, *sentence):
        before = [o for o in organizations if o.end <= said.start()]
        named = _named_with(text, said, before)
        head = said.group("head").lower()
        if not named and not said.group("words") and head in _AN_AGENCY:
            named = _the_agency(before, kinds or {})  # "UNHCR met the Government of China ... The agency plans to"
        elif not named and not said.group("words") and head in _POST_KINDS:
            held = [p for p in posts or [] if p.end <= said.start()]
            named = _of_kind(held, _POST_KINDS[head], kinds or {})  # "Chinese Ambassador A ... The Embassy will"
        if len(named) == 1 and not any(said.start() <= o.start < said.end() for o in organizations):
            found.append(EntitySpan(named.pop(), said.start(), said.end()))
    return found


# the words by which a release refers back to an international organization or agency it named; the kinds of body
# that are agencies, and those never so called
_AN_AGENCY = {"agency", "organization", "organisation"}
_AGENCY_KINDS = {"intergovernmental_organization", "government_agency"}
_NO_AGENCY_KINDS = {"government", "ministry", "diplomatic_mission", "political_party"}


# "the Embassy", "the Ministry": the kind of body a post named before is at
_POST_KINDS = {"embassy": "diplomatic_mission", "ministry": "ministry"}


def _of_kind(held: list[EntitySpan], kind: str, kinds: dict[str, str]) -> set[str]:
    """The one body of ``held`` of that ``kind`` (none where two may be meant)."""
    named = {o.entity for o in held if kinds.get(o.entity, "") == kind}
    return named if len(named) == 1 else set()


def _the_agency(before: list[EntitySpan], kinds: dict[str, str]) -> set[str]:
    """The agency "the agency" stands for: the one body of ``before`` that is no government, ministry, mission or
    party (none where two may be meant, or where that one is no agency)."""
    named = {o.entity for o in before if kinds.get(o.entity, "") not in _NO_AGENCY_KINDS}
    return named if len(named) == 1 and kinds.get(next(iter(named)), "") in _AGENCY_KINDS else set()


def _named_with(text: str, said: re.Match[str], before: list[EntitySpan]) -> set[str]:
    """The bodies of ``before`` whose name has the head and the words of "the human resources ministry" (``said``)."""
    head = re.sub(r"(?i)^cent(?:er|re)$", "Cent(?:er|re)", said.group("head").capitalize())  # "the centre": "Center"
    words = [rf"(?i:\b{re.escape(w)}\b)" for w in said.group("words").split()]  # "human resources": of its name
    return {
        o.entity
        for o in before
        if re.search(rf"\b{head}\b", text[o.start : o.end]) and all(re.search(w, text[o.start : o.end]) for w in words)
    }


# "A said (that) UNHCR would hold a workshop with B": a body opening a reported clause, and its verb of the future
_SAID_THAT = re.compile(r"\b(?:said|says|added|announced|stated|noted)(?:\s+that)?\s+(?:the\s+)?$")
_ITS_FUTURE = re.compile(
    r"(?:\s*\([\w-]+\))?\s+(?:will|would|is to|are to|was to|were to|plans? to|planned to|intends? to|is expected to"
    r"|is scheduled to)(?:\s+also)?\s+"
)


# "A announced that the Ministry and IOM Zambia will host ...": the subject of a reported clause, up to its verb of the
# future
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|added|announced|stated|noted)(?:\s+that)?\s+(?P<subject>[^,;:]{1,80}?)"
    r"\s+(?:will|would|is to|are to|plans? to|planned to|intends? to|(?:is|are) (?:expected|scheduled) to)\s"
)


def unresolved_holder(text: str, span: tuple[int, int], organizations: list[EntitySpan]) -> bool:
    """Whether a clause reported up to ``span[1]`` (the trigger) names as its subject a body by its kind alone that
    stands for none the text named ("A announced that the Ministry and IOM B will host a workshop", with no ministry
    named before): who holds it is not sure, and the one who announces it takes no part."""
    start, at = span
    return any(
        not any(o.start <= body.start("head") < o.end or o.start == body.start() for o in organizations)
        for said in _REPORTED_SUBJECT.finditer(text, start, at)
        for body in _THE_BODY.finditer(text, *said.span("subject"))
    )


def reported_holder(text: str, span: tuple[int, int], organizations: list[EntitySpan]) -> EntitySpan | None:
    """The body that a reported clause ending at ``span[1]`` (the trigger) names as its subject ("A thanked B and said
    UNHCR would hold a workshop with C"): the one who says it, and whom he thanked, take no part."""
    start, at = span
    return next(
        (
            o
            for o in organizations
            if start <= o.start < at
            and _SAID_THAT.search(text[max(start, o.start - 30) : o.start])
            and _ITS_FUTURE.fullmatch(text, o.end, at)
        ),
        None,
    )
