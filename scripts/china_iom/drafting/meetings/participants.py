"""Who takes part: the subject (or the person a pronoun or title stands for) and those coordinated with it."""

from __future__ import annotations

import re

from china_iom.annotation.registry import fold
from china_iom.drafting.detect_candidates import ORG_HEADS, TITLES
from china_iom.drafting.detect_speakers import POSSESSIVE, EntitySpan
from china_iom.drafting.meetings.clauses import BEFORE_SUBJECT

# "He", "she", a bare title ("The Ambassador", "Director General") or a word of the last person's name
# ("DG Vitorino") stand for the last person named, also before an auxiliary ("the High Commissioner is expected to
# meet", "He will also meet", "He is also expected to visit"); "Officials", an organization or another name ("Okoro" after "Shen Bo") not
_PRONOUN = re.compile(
    rf"(?:\b(?:He|She|he|she)|\b(?P<the>[Tt]he )?(?P<words>(?:[A-Z][\w.-]* )*(?!(?:{ORG_HEADS})\b)"
    r"(?P<word>[A-Z][\w.-]*)(?<![a-z]s)))(?: also)?"
    r"(?: (?:will|(?:is|was) (?:also )?(?:expected|scheduled|set|due)(?: to)?))?(?: also)?\s*$"
)

_ENDS_IN_TITLE = re.compile(rf"\b(?:{TITLES})$")

_POSTPOSED = re.compile(
    r",\s+(?:(?P<named>[A-Z][\w.'’-]*(?: (?!and\b)[\w.'’-]+){0,6}?)(?:,[^,;]{1,120},)?|he|she|the (?:[\w-]+ ){0,3}?"
    r"(?:envoy|ambassador|minister|official|diplomat|representative"
    r"|director[- ]general|commissioner|chief|head|spokesperson|spokesman))\s+(?:said|says|told|noted|stressed"
    r"|called|urged|added|highlighted|emphasi[sz]ed|pointed)\b"
)


_PARTICIPLE = re.compile(r"(?:[A-Z][a-z]+ing|While|When|After|Before|Following|Upon|In|At)\b")


def postposed(
    text: str, sentence: tuple[int, int], first: re.Match[str], inside: list[EntitySpan], named_before: set[str]
) -> str | None:
    """ "Speaking at X, Ambassador A said" (after a dateline too), "While meeting B, A said": A; "..., the Chinese envoy
    said": the one person named before, if only one was."""
    s, e = sentence
    said = _POSTPOSED.search(text, first.end(), e)
    opening = re.fullmatch(r"\W*", text[s : first.start()]) or (
        BEFORE_SUBJECT.fullmatch(text, s, first.start()) and _PARTICIPLE.match(text, first.start())
    )  # after a dateline, only a phrase whose subject is to come ("Speaking at X,", "While meeting B,")
    if said is None or not opening:
        return None
    if said.group("named"):
        return next((p.entity for p in inside if said.start("named") <= p.start and p.end <= said.end("named")), None)
    return next(iter(named_before)) if len(named_before) == 1 and not inside else None


def named_subject(
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


_STAFF = re.compile(r"\s+(?:staff|officials|officers|experts|team)(?: members)?\s+")


def staff_of(text: str, match: re.Match[str], organizations: list[EntitySpan]) -> str | None:
    """The organization whose staff are the subject just before the verb ("UNHCR staff will travel to X")."""
    return next((o.entity for o in organizations if _STAFF.fullmatch(text, o.end, match.start())), None)


def _opens(text: str, at: int, words: str) -> bool:
    """Whether ``words`` open the sentence that goes on at ``at``."""
    window = ("\n" if at <= 60 else "") + text[max(0, at - 60) : at]
    return bool(re.search(rf"(?:[.!?][\"'”’]?\s+|\n\s*){words}$", window))


# "At the invitation of Chinese President X, ...": X is the host, never the one who comes
INVITED_BY = re.compile(r"\b(?:At the invitation of|[Ii]nvited by) (?:the )?(?:[A-Z][\w.'’-]*\s+){0,5}$")

_MAN, _WOMAN = re.compile(r"\b(?:Mr|Sir)\.?\s+$"), re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Madame|Mme|Dame)\.?\s+$")


def of_pronoun(text: str, span: tuple[int, int], people: list[EntitySpan], last: str | None) -> str | None:
    """The person "he" or "she" opening ``span`` can stand for: the last person named, unless an honorific ("Ms.",
    "Mr.") names the other sex; then the last one named before whose honorific fits, if any."""
    pronoun = re.match(r"(?:[^,]*,\s+)?(?P<he>[Hh]e)?(?P<she>[Ss]he)?\b", text[span[0] : span[1]])
    if last is None or pronoun is None or not (pronoun.group("he") or pronoun.group("she")):
        return last
    fits = "he" if pronoun.group("he") else "she"
    if titled(text, people, last) in (None, fits):
        return last
    named = [p.entity for p in people if p.end <= span[0]]
    return next((who for who in reversed(named) if titled(text, people, who) == fits), None)


def titled(text: str, people: list[EntitySpan], who: str) -> str | None:
    """ "he" or "she", if an honorific ("Mr.", "Ms.") before a mention of the person says which."""
    for pronoun, pattern in (("he", _MAN), ("she", _WOMAN)):
        if any(p.entity == who and pattern.search(text, max(0, p.start - 12), p.start) for p in people):
            return pronoun
    return None


# "The Director General also met", "During his stay in Beijing, the Director General also met": the subject is a title
_THE_TITLE = re.compile(rf"(?:^\s*|,\s+)[Tt]he (?P<title>{TITLES})(?: also)?\s*$")


def title_holder(text: str, span: tuple[int, int], people: list[EntitySpan]) -> str | None:
    """The one person named before with the title that is the subject ("The Director General also met ...", "During
    his stay, the Director General met ...")."""
    opening = _THE_TITLE.search(text[span[0] : span[1]])
    if opening is None:
        return None
    holders = _holders(text, opening.group("title"), [p for p in people if p.end <= span[0]])
    return holders.pop() if len(holders) == 1 else None


def _holders(text: str, title: str, people: list[EntitySpan]) -> set[str]:
    """The people named with ``title``, before the name ("Director General A") or after it ("A, Commissioner of")."""
    before = re.compile(rf"\b{re.escape(title)}\s+$", re.IGNORECASE)
    after = re.compile(rf",\s+(?:the\s+)?(?:[\w-]+\s+)?{re.escape(title)}\b", re.IGNORECASE)
    return {p.entity for p in people if before.search(text, max(0, p.start - 40), p.start) or after.match(text, p.end)}


def bare_title(text: str, span: tuple[int, int]) -> bool:
    """Whether the subject in ``span`` is a title alone ("the Director General also met")."""
    return _THE_TITLE.search(text[span[0] : span[1]]) is not None


def subject_of(text: str, start: int, at: int, inside: list[EntitySpan], last: str | None) -> str | None:
    """The last person named before ``at``, else the one a pronoun, bare title or surname stands for."""
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
_JOINED = re.compile(
    r"(?:\s+and|,(?:\s+and)?|,[^,;]{1,120},\s+and)\s+(?:[A-Z][\w.-]*\s+){0,3}"
    r"|\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+(?:(?:(?:of|to|for|in|the)\s+)+(?:[A-Z][\w.'’-]*,?\s+)+)*"
    r"|,\s+(?:(?:[A-Z][\w.'’-]*|of|to|for|and|the|in|on)\s+){0,20}[A-Z][\w.'’-]*\s+"
)  # "A and the Ambassador of the People's Republic of China to Sri Lanka B", "A and Chinese Ambassador to Lebanon B",
# "A, Minister of Humanitarian Affairs and Disaster Management B and IOM Chief of Mission C"


def subjects(text: str, before: list[EntitySpan], subject: str | None) -> list[EntitySpan]:
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


# The sentence before a sentence opening "It": "The delegation is in Manila for a four-day visit."
_THE_DELEGATION_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)[Tt]he (?P<adjective>[A-Z][a-z]+ )?(?P<who>delegation)\b[^.!?]*[.!?]$"
)


# "The delegation left Beijing for Shanghai, where it will visit ...": "it" is the delegation opening the sentence
_WHERE_IT = re.compile(r",\s+where\s+it\s+(?:(?:will|would|is to|also|then|later)\s+)*$")
_THE_DELEGATION_OPENS = re.compile(r"\s*[Tt]he (?P<adjective>[A-Z][a-z]+ )?(?P<who>delegation)\b")


# "a delegation led by A", "headed by Deputy Governor A", "Led by A, title, the delegation ..."
_LED_BY = re.compile(r"\b(?:[Ll]ed|[Hh]eaded) by\s+(?:[\w.’'-]+,?\s+){0,5}$")

# "Commissioner of Police A led a delegation to Guilin": A leads it, told with the verb after A's name
_LEADS = re.compile(
    r"\s+(?:(?:has|had|will)\s+)?(?:led|leads|lead|headed|heads|head)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"delegation\b"
)


def leader(text: str, start: int, at: int, people: list[EntitySpan]) -> str | None:
    """ "The delegation visited ...", "the delegation will be received at": the person who led the delegation named
    before ("a delegation ... led by X"); "the Chinese delegation" only where one was led; "It" right after a sentence
    about "The delegation", or in its ", where it will visit"; "the officials" only for "a delegation of eight
    officials"."""
    group = re.search(
        r"\b[Tt]he (?P<adjective>[A-Z][a-z]+ )?(?P<who>delegation|visitors|delegates|officials)\s+(?:is |was |were |has "
        r"|had |will (?:also )?be |(?:is|are) to be )?(?:\w+ly )?(?:on )?(?:a |an )?(?:[\w-]+ )?$"
        r"|\b[Tt]he (?P<alone>delegation|visitors|delegates|officials)\s*$",
        text[start:at],
    )
    # "It is also scheduled to", "It will visit", "It also visited"
    if group is None and re.fullmatch(r"\s*It\s+(?:(?:is|was|will|also)\b.*)?", text[start:at], re.DOTALL):
        group = _THE_DELEGATION_BEFORE.search(text[:start].rstrip())
    if group is None and _WHERE_IT.search(text, start, at):  # "The delegation left for X, where it will visit"
        group = _THE_DELEGATION_OPENS.match(text, start, at)
    if (
        group is None
        or (
            "officials"
            in (group.group("who"), group.groupdict().get("alone"))  # "the officials" of "a delegation of 8 officials"
            and not re.search(r"\bdelegation of (?:[\w-]+ ){0,2}?officials\b", text[:start])
        )
    ):
        return None
    led = [
        p
        for p in people
        if p.end <= start and (_LED_BY.search(text[max(0, p.start - 60) : p.start]) or _LEADS.match(text, p.end))
    ]
    if group.group("adjective") and len({p.entity for p in led}) > 1:
        return None  # "the Chinese delegation" where two delegations were led: which one?
    return led[-1].entity if led else None


# "received a delegation from the National Immigration Administration led by A", "A delegation of the NIA led by A"
_DELEGATION_OF = re.compile(
    r"\b[Aa]\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:from|of)\s+(?:the\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?$"
)


def delegation_of(
    text: str, start: int, at: int, people: list[EntitySpan], organizations: list[EntitySpan]
) -> str | None:
    """The body that sent the delegation a sentence names as its subject ("The delegation visited ...", whose leader
    ``leader`` gives): the one named right after "a delegation from (of)" before the sentence."""
    if leader(text, start, at, people) is None:
        return None
    sent = [o for o in organizations if o.end <= start and _DELEGATION_OF.search(text, max(0, o.start - 60), o.start)]
    return sent[-1].entity if sent else None


def led_from(text: str, who: str, people: list[EntitySpan], organizations: list[EntitySpan]) -> str | None:
    """The body that sent the delegation ``who`` led ("a delegation from the NIA led (headed) by A"), if the text says
    so."""
    return next(
        (
            o.entity
            for o in organizations
            for p in people
            if p.entity == who
            and _DELEGATION_OF.search(text, max(0, o.start - 60), o.start)
            and re.fullmatch(r"[^.;]{0,40}?\s+(?:led|headed)\s+by\s+(?:[\w.'’-]+\s+){0,4}", text[o.end : p.start])
        ),
        None,
    )


# "Officials from the Guangxi Zhuang autonomous region and the International Organization for Migration met ..."
_SIDES = re.compile(
    r"\s*(?:Senior )?(?:[Oo]fficials|[Rr]epresentatives|[Dd]elegations|[Dd]elegates|[Ee]xperts) (?:from|of) "
    r"(?:the )?[A-Z][^,;:.]*? and (?:the |those of (?:the )?)?[A-Z][^,;:.]*$"
)


def sides_named(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the sentence opens with the officials of two sides who meet ("Officials from A and B met in X")."""
    return bool(_SIDES.fullmatch(text, start, match.start() - 1))
