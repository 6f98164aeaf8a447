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


# Where the people met end: at another verb of the same subject ("met with A on Monday and submitted a letter
# signed by B"), at the one who reports it (", spokesperson C said", ", according to C") or at another subject's clause.
_OBJECT_END = re.compile(
    r"\band\s+(?:\w+ly\s+)?(?:[a-z]+ed|gave|held|met|made|took|paid|spoke|went|left|saw|led|signed"
    r"|began|sent|won)\b|[,;]\s+(?:[\w.-]+\s+){0,6}?(?:said|says|told|added|announced|stated)\b|[,;]\s+according to\b"
    # ", and Vice Foreign Minister Tian Haoyu will meet with him": another subject's clause
    r"|,\s+and\s+(?=(?:[A-Z][\w.'’-]*\s+){1,8}(?:(?:will|would|also|met|held|received|signed|visited)\b|$))"
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

COORDINATED = re.compile(r"\band(?: also| jointly| then)?\s+$|(?P<where>,\s+where\s+(?:he|she|they)\s+)$")


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
BEFORE_SUBJECT = re.compile(r"\s*(?:[A-Z][^\n]{0,40}?\s(?:--|–|—)\s+)?(?:[Tt]he\s+)?")


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


# "The ministry and the IOM plan to hold ...": a body named before by its kind alone
_THE_BODY = re.compile(
    r"\b[Tt]he\s+(?P<head>ministry|administration|department|agency|bureau|commission|embassy)\b(?!\s+of\b)"
)


def bodies_referred(text: str, sentence: tuple[int, int], organizations: list[EntitySpan]) -> list[EntitySpan]:
    """The organizations that "the ministry", "the agency" ... in the sentence stand for: the one body named before
    whose name has that word, if only one has it."""
    found = []
    for said in _THE_BODY.finditer(text, *sentence):
        head = said.group("head").capitalize()
        named = {
            o.entity
            for o in organizations
            if o.end <= said.start() and re.search(rf"\b{head}\b", text[o.start : o.end])
        }
        if len(named) == 1 and not any(said.start() <= o.start < said.end() for o in organizations):
            found.append(EntitySpan(named.pop(), said.start(), said.end()))
    return found
