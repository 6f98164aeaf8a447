"""Read the positions the text gives people: appositions, titles before names, photo credits.

"Wang Hongbo, head of the National Immigration Administration, met ..." (an apposition after the
name), "Vice Minister of Public Security Zhao Kai" and "IOM Deputy Director General Helena Marsh"
(a title before it), "Xu Ganlu, Vice Minister of Public Security and Commissioner of NIA" (two
positions joined by "and"), "(Xinhua/Liu Bin)" (a photographer). The organization is the one the
phrase names; else, for "Minister of X" or "X Minister", the registered "Ministry of X", and for "X Councilor"
the registered "X Council", for "Mayor of X" or "X Vice-Mayor" the municipal government of X (a provincial one for a governor), for "High Commissioner for X" the
office named for him, for "of the administration" the one organization named before with that word; else none.
An envoy to an organization or a place belongs to his country's registered mission there, never to the
organization he is accredited to; a role at an intergovernmental organization in one country, to its registered
office there; a regional director's, to its registered regional office for the region the title names. A bare "Ambassador" before the name of someone with another kind of post is a form of address.
A head of state with no body named ("Chinese President X", "President X" of a person the registry gives a country),
or a country's special representative or envoy, holds the post in that country's registered government.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from china_iom.annotation.registry import fold
from china_iom.annotation.sentences import LOWER, UPPER
from china_iom.drafting.detect_candidates import (
    BRIEFING,
    FIELD_NOUNS,
    FORMS_OF_ADDRESS,
    HONORIFICS,
    LISTED_WORD,
    PINYIN_NAME,
    STATEMENT,
    countries_in,
    country_mentions,
    names_a_person,
    without_country,
)
from china_iom.drafting.detect_dates import MONTH_NAMES, WEEKDAYS
from china_iom.drafting.detect_speakers import EntitySpan
from china_iom.drafting.titles import POSTS, QUALIFIERS, RANKS, STAFF

_TITLE = rf"(?:(?:{QUALIFIERS})[- ])*(?:{POSTS}|{STAFF})"  # always matched case-insensitively
_TITLE_WORD = re.compile(rf"\b{_TITLE}\b", re.IGNORECASE)
_STAFF = re.compile(rf"(?:(?:{QUALIFIERS})[- ])*(?:{STAFF})", re.IGNORECASE)
# the field of a staff post, in lower case: "a document examination expert", "a migration health officer"
_FIELD = re.compile(r"(?:(?!(?:now|also|then|currently|formerly|still|as)\b)[a-z]+ ){1,3}")
# An apposition: ", [who is (also)] [the|a|an] <words with a title word> [of|at|for|to <words>]" up to a comma or
# stop; a noun phrase, never the next item of a list (", and ...") nor a phrase that opens with a preposition, another
# clause or the subject's verb ("Pol Gen Ada Kemp, held talks with the Deputy Minister ...").
_APPOSITION = re.compile(
    r",\s+(?:who\s+is\s+(?:also\s+)?)?(?!(?:and|or|but|in|at|on|with|during|after|before|for|from"
    r"|by|to|under|as|who|which|when|where|while|whose|saying|adding|met|held|said|received|visited|signed"
    r"|paid|made|gave|took|led|spoke|went|came|[a-z]+ed)\s)"  # ", paid an official visit to China": a verb, no post
    rf"(?:the\s+|a\s+|an\s+)?(?P<phrase>(?:[^,.;]|\.(?=\S)|{LISTED_WORD}){{2,160}}?)(?=(?!{LISTED_WORD}),|\.\s|\.$|;|\s+(?:met"
    r"|held|said|received|visited|attended|addressed|signed|delivered|stressed|noted|led|leads"
    r"|welcomed|thanked|expressed|spoke|pointed|called|will|has|had|was|is)\b)"
)
# A sentence's opening phrase up to the name: "In his meeting with ", "During talks with the envoy "
_OPENING = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:In|With|During|After|Before|At|On|Following|Upon|Besides|Like|Unlike)\b[^,.;\n]*$",
    re.MULTILINE,
)
# "the Director General of IOM, Amy Pope", "Deputy Director General of the ... (IOM) Ms. Ada Kemp", "UNHCR
# spokesperson Ada Kemp": capitalised words, an acronym in brackets, a title in lower case, then an honorific or a
# rank ("its Commissioner, Pol. Lt. Gen. Ada Kemp")
_WORD = (
    rf"(?:[{UPPER}][\w'’-]*|\([{UPPER}][\w&.-]*\)|of|for|the|and|to|on|in|at|spokes(?:person|man|woman)"
    r"|its (?:(?:deputy|vice|assistant) )?(?:director(?:-general)?|commissioner|administrator|minister|ambassador"
    r"|chairman|president|secretary(?:-general)?|head|chief)"
    rf"|(?:(?:{QUALIFIERS.lower()})[- ])*(?:{POSTS.lower()}))"
)  # "its deputy commissioner Li Wenjun": a post of the organization just named; "China's permanent representative to
# the UN Office at Geneva, Chen Xu": a post in lower case after its owner
_BEFORE = re.compile(
    rf"(?P<phrase>{_WORD}(?:(?:{LISTED_WORD})?[ \u00a0]+{_WORD})*?),?(?:[ \u00a0]+(?:{FORMS_OF_ADDRESS}|{RANKS}))*"
    r"[ \u00a0]+$"
)
# a country's adjective before a post ("Russian", "Sri Lankan", "US"); "Chinese" is China's
_DEMONYM = re.compile(rf"\b(?!Chinese\b)(?!(?i:{_TITLE})\b)(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|US|UK|EU)\b")
_CREDIT = re.compile(r"\((?P<org>[^()/]+)/(?P<name>[^()/]+)\)")
_SPLIT = re.compile(rf"\s+and\s+(?={_TITLE}\b)", re.IGNORECASE)
_LEAD = re.compile(r"(?:(?:Chinese|China's|the|The|its|his|her)\s+)+")


@dataclass(frozen=True)
class RoleSpan:
    """A position read in the text: who, which organization (if named), the title as written, where."""

    person: str
    organization: str | None
    title: str
    start: int
    end: int


def find_roles(
    text: str,
    people: list[EntitySpan],
    organizations: list[EntitySpan],
    ministries: dict[str, str],
    names: dict[str, str] | None = None,
    homes: dict[str, str] | None = None,
) -> list[RoleSpan]:
    """Roles stated around each person's mentions; ``ministries`` maps folded "ministry of x" names to ids,
    ``names`` folded names of people to ids (a photo credit lies outside the body, where no mention is), ``homes``
    people to the country the registry gives them."""
    found: list[RoleSpan] = []
    for person in people:
        found += _after(text, person, people, organizations, ministries)
        found += _before(text, person, people, organizations, ministries)
    for match in _CREDIT.finditer(text):
        credited = (names or {}).get(fold(match.group("name")))
        agency = (names or {}).get(fold(match.group("org")).join("()"))
        if credited:
            found.append(RoleSpan(credited, agency, "Photographer", match.start("org"), match.end("name")))
    for match in [*BRIEFING.finditer(text), *STATEMENT.finditer(text)]:  # a headline's spokesperson or speaker
        if spokesperson := (names or {}).get(fold(match.group("name"))):
            found += _phrase_roles(
                text, (spokesperson, match.group("name")), *match.span("phrase"), organizations, ministries, False
            )
    found += _ranks_of_bodies(text, people, organizations, {r.person for r in found})
    found = [r for r in found if not _within_anothers(r, found)]
    unique: dict[tuple[str, str], RoleSpan] = {}  # a title repeated before a family name is the same role
    for role in sorted(_ours(text, found), key=lambda r: r.start):
        if not any(_repeated(role, r) for r in unique.values()):
            unique.setdefault((role.person, role.title), role)
    kept = [_head_of_state(text, r, ministries, homes or {}) for r in unique.values() if not _addressed(text, r, found)]
    return sorted((_trimmed(text, _ranked(text, r, kept)) for r in kept), key=lambda r: r.start)


# A head of state's or government's title, alone ("President", "Vice President", "Prime Minister"): of no body named;
# a country's special envoy ("China's special representative for ..."), its government's
_HEAD = re.compile(r"\b(?:Vice[- ])?(?:President|Prime Minister|King|Queen|Emir)\b", re.IGNORECASE)
_SPECIAL = re.compile(r"\bspecial (?:representative|envoy)\b", re.IGNORECASE)
# "Chinese President", "China's President", "the Chinese government's special envoy"
_COUNTRY_BEFORE = re.compile(r"(?P<country>[A-Z][\w'’]+)(?:\s+government['’]s)?\s+$")


def _head_of_state(text: str, role: RoleSpan, ministries: dict[str, str], homes: dict[str, str]) -> RoleSpan:
    """ "Chinese President Xi Jinping", "President Xi Jinping" (a person the registry gives a country), "China's
    special representative for ...": a head of state (or government) or a country's special envoy with no body named
    holds the post in the registered government of the country the word before the title names, else (a head of
    state) of the person's country; none if neither says which."""
    floor = max(0, role.start - 40)
    special = next((m for m in _SPECIAL.finditer(text, floor, role.end) if m.end() > role.start), None)
    if role.organization is not None or not (_HEAD.fullmatch(role.title) or special):
        return role
    title = special or list(_HEAD.finditer(text, floor, role.end))[-1]  # "Kenyan" before it in the phrase or not
    before = _COUNTRY_BEFORE.search(text, floor, title.start())
    named = without_country(before.group("country"))[1] if before else set()
    country = named.pop() if len(named) == 1 else None if named or special else homes.get(role.person)
    government = ministries.get(f"government {country.lower()}") if country else None
    return replace(role, organization=government) if government else role


def _within_anothers(role: RoleSpan, roles: list[RoleSpan]) -> bool:
    """Whether a role's words lie within another person's ("A, Joint Secretary of X Md. B, Coordinator of Y": the
    words before B are A's apposition, not B's title too)."""
    return any(r.person != role.person and r.start <= role.start and role.end <= r.end for r in roles)


def _trimmed(text: str, role: RoleSpan) -> RoleSpan:
    """The role's span without the spaces at its edges ("H.E. Ambassador " before a name): a quote never ends on one."""
    start = role.start + len(text[role.start : role.end]) - len(text[role.start : role.end].lstrip())
    return replace(role, start=start, end=start + len(text[start : role.end].rstrip()))


def _repeated(role: RoleSpan, first: RoleSpan) -> bool:
    """Whether a role repeats one stated before without its field ("Home Affairs Deputy Minister X ... Deputy
    Minister X") and at no other organization."""
    return (
        role.person == first.person
        and first.title.endswith(f" {role.title}")
        and role.organization in (None, first.organization)
    )


_RANK_BEFORE = re.compile(rf"(?<![\w.])(?:{RANKS})$")
_OF_BODY = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


def _ranks_of_bodies(
    text: str, people: list[EntitySpan], organizations: list[EntitySpan], posted: set[str]
) -> list[RoleSpan]:
    """A rank before the name of someone of a body, with no post stated ("Lieutenant Colonel Ivo Lind of the
    Vietnamese Immigration Department"): the rank is the person's role there."""
    found = []
    for person in people:
        if person.entity in posted:
            continue
        rank = _RANK_BEFORE.search(text[max(0, person.start - 40) : person.start].rstrip(" \u00a0"))
        body = _body_after(text, person, organizations)
        if rank and body:
            start = max(0, person.start - 40) + rank.start()
            found.append(RoleSpan(person.entity, body.entity, _title(rank.group(0)), start, body.end))
            posted.add(person.entity)
    return found


def _body_after(text: str, person: EntitySpan, organizations: list[EntitySpan]) -> EntitySpan | None:
    """The organization named just after the person's name ("... Ivo Lind of the Immigration Department")."""
    return next((o for o in organizations if _OF_BODY.fullmatch(text, person.end, o.start)), None)


def _ours(text: str, roles: list[RoleSpan]) -> list[RoleSpan]:
    """ "attended by our Representative in China, Ada Kemp": in a text a spokesperson gives for one organization
    (named before), a post of "our" is held there."""
    return [
        replace(r, organization=voice.pop())
        if r.organization is None
        and text[max(0, r.start - 4) : r.start] == "our "
        and len(voice := {v.organization for v in roles if v.start < r.start and _SPOKESPERSON.match(v.title)}) == 1
        else r
        for r in roles
    ]


_SPOKESPERSON = re.compile(r"(?i)(?:\w+ )*spokes(?:person|man|woman)$")


def _ranked(text: str, role: RoleSpan, roles: list[RoleSpan]) -> RoleSpan:
    """A bare diplomatic title ("Ambassador Chen Xu, head of the Chinese Mission to ...") is held at the one
    organization of the person's other diplomatic post."""
    if role.organization is not None or text[role.start : role.end] != role.title or not _DIPLOMATIC.search(role.title):
        return role
    posts = {
        r.organization for r in roles if r.person == role.person and r.organization and _DIPLOMATIC.search(r.title)
    }
    return replace(role, organization=posts.pop()) if len(posts) == 1 else role


def _addressed(text: str, role: RoleSpan, found: list[RoleSpan]) -> bool:
    """A bare "Ambassador" (a title kept for life) before the name of someone whose post the text states as
    another kind of post ("Ambassador Swing" for IOM's Director General) or as the post it ranks ("Ambassador
    Ma Zhaoxu, Permanent Representative of ...") is a form of address; not before a head of mission's post."""
    bare = role.title == "Ambassador" and role.organization is None and text[role.start : role.end] == role.title
    return bare and any(
        r.person == role.person
        and role.title not in r.title
        and ("Permanent Representative" in r.title or not _DIPLOMATIC.search(r.title))
        for r in found
    )


_DIPLOMATIC = re.compile(
    r"Ambassador|Head|Chief of Mission|Consul|Counsell?or|Charg|Envoy|Attach|Representative", re.IGNORECASE
)


def _after(
    text: str, person: EntitySpan, people: list[EntitySpan], organizations: list[EntitySpan], ministries: dict[str, str]
) -> list[RoleSpan]:
    """The apposition after the name; none if it names another person (", spokesperson Lu Kang said": his), nor
    a subject after the name that ends a sentence's opening phrase ("In his meeting with Tu, the High Commissioner
    thanked": the apposition closed by no comma is the main clause's subject)."""
    match = _APPOSITION.match(text, person.end)
    if match is None or any(match.start("phrase") <= p.start < match.end("phrase") for p in people):
        return []
    if _next_titled_in_list(text, person, match.end(), people):
        return []
    if text[match.end()] != "," and _OPENING.search(text, text.rfind("\n", 0, person.start) + 1, person.start):
        return []
    start, end = match.span("phrase")
    if when := _WHEN_AFTER.search(text, start, end):  # "acting director general of Home Affairs on November 12"
        end = when.start()
    if addressed := _NEXT_ADDRESSED.search(text, start, end):
        if _before(text, person, people, organizations, ministries):
            return []  # "Chairman of X A, Vice Chairman Prof Dr Md. B": titles before names, the next one B's
        end = addressed.start()  # "A, Joint Secretary of X Md. B": "Md." opens the next name, no part of A's post
    holder = (person.entity, text[person.start : person.end])
    return _phrase_roles(text, holder, start, end, organizations, ministries, require_start=True)


# the day an apposition closing the clause goes on to ("..., director general of Home Affairs on November 12."): the
# meeting's, no word of the post
_WHEN_AFTER = re.compile(
    rf"\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)}|(?:{MONTH_NAMES})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES}))(?:,?\s+\d{{4}})?$"
)
_NEXT_ADDRESSED = re.compile(rf"(?:\s+(?:{'|'.join(HONORIFICS)})\.?)+$")


def _before(
    text: str, person: EntitySpan, people: list[EntitySpan], organizations: list[EntitySpan], ministries: dict[str, str]
) -> list[RoleSpan]:
    line_start = text.rfind("\n", 0, person.start) + 1
    floor = max([line_start, person.start - 160, *(p.end for p in people if p.end <= person.start)])
    match = _BEFORE.search(text, floor, person.start)
    if match is None or _apposed(text, floor, match.span("phrase"), people):
        return []
    s, e = match.span("phrase")
    s = _after_another(text, s, e)
    first = _TITLE_WORD.search(text, s, e)
    if first is None or text[s:e].rstrip(". ") in HONORIFICS:  # "Professor Ada Kemp": a form of address
        return []
    # start at the organization or title word that opens the phrase ("IOM Deputy Director General")
    opening = [o.start for o in organizations if s <= o.start < first.start() and o.end <= e]
    start = min([first.start(), *opening])
    lead = text[s:start]
    if re.fullmatch(rf"(?:the\s+)?(?:Chinese|China['’]s|(?:[{UPPER}][{LOWER}]+\s+)?{_DEMONYM.pattern})\s+", lead) or (
        re.fullmatch(rf"(?:[{UPPER}][\w'’-]*\s+){{1,3}}", lead) and countries_in(lead)
    ):
        start = s  # "Chinese Ambassador to X", "Russian Foreign Minister": whose post it is stays with the title
    elif _FIELD_FIRST.fullmatch(lead):
        start = s  # "Public Security Minister", "Immigration Commissioner": the field is the post's
    elif re.fullmatch(rf"(?:[{UPPER}][{LOWER}]+\s+){{1,2}}", lead) and re.match(
        r"(?i)(?:(?:executive )?vice|deputy)?[- ]?(?:mayor|governor)\b", text[start:]
    ):
        start = s  # "Shanghai Vice-Mayor": the city's
    holder = (person.entity, text[person.start : person.end])
    roles = _phrase_roles(text, holder, start, e, organizations, ministries, require_start=False)
    body = _body_after(text, person, organizations)  # "Counsellor Ivo Lind of the Embassy of X": that embassy's
    return [replace(r, organization=body.entity) if body and r.organization is None else r for r in roles]


# A post's field written before it ("Public Security Minister", "Home Affairs Minister", "Immigration Commissioner"):
# capitalised words, the last a field's noun ("Security", "Affairs", "Immigration"), never a name or a day
_FIELD_WORDS = (
    rf"(?:(?:Vice|Deputy|Assistant|Executive)\s+)?(?:(?:Public|Home|Civil|Foreign|Human|Social|Internal|Emergency)\s+)?"
    rf"(?:{'|'.join(sorted(FIELD_NOUNS))})\s+"
)
_FIELD_FIRST = re.compile(rf"(?:(?:the\s+)?(?:Chinese|China['’]s)\s+)?{_FIELD_WORDS}")
_FIELD_BEFORE = re.compile(rf"(?<![\w'’-]){_FIELD_WORDS}$")  # the field's words just before the title


# "... Ivica Dacic and ": a name (two capitalised words) and "and", the next item of a list of titled people
_NAME_AND = re.compile(rf"(?<![\w'’-])([{UPPER}][\w'’-]+[ \u00a0][{UPPER}][\w'’-]+)[ \u00a0]+and[ \u00a0]+")


def _after_another(text: str, start: int, end: int) -> int:
    """Where the person's own title starts in a phrase that runs over another titled person the detectors did not
    find ("Serbian Deputy Prime Minister and Minister of the Interior Ivica Dacic and South African Police Minister"
    before "Senzo Mchunu"): after the last name and "and" that a title follows; else where the phrase starts."""
    cuts = [
        m.end()
        for m in _NAME_AND.finditer(text, start, end)
        if names_a_person(text, *m.span(1)) and _TITLE_WORD.search(text, m.end(), end)
    ]
    return cuts[-1] if cuts else start


# ", Mr. ": a comma, then the forms of address or ranks before the next name
_COMMA_ADDRESSED = re.compile(rf",(?:[ \u00a0]+(?:{FORMS_OF_ADDRESS}|{RANKS}))*[ \u00a0]+")


def _titled_before(text: str, person: EntitySpan, people: list[EntitySpan]) -> bool:
    """Whether the name follows its title and a comma ("the Permanent Secretary, Ms. Ada Kemp"), a title no apposition
    of a name before it ("B, Minister of X, H.E. A": B's)."""
    floor = max([text.rfind("\n", 0, person.start) + 1, *(p.end for p in people if p.end <= person.start)])
    match = _BEFORE.search(text, max(floor, person.start - 160), person.start)
    return (
        match is not None
        and "," in text[match.end("phrase") : person.start]
        and not any(re.fullmatch(r",\s+(?:the\s+)?", text[p.end : match.start("phrase")]) for p in people)
    )


def _next_titled_in_list(text: str, person: EntitySpan, end: int, people: list[EntitySpan]) -> bool:
    """Whether the phrase after the name, up to ``end``, is the title of the name after it, in a list of titles each
    before its name ("the Permanent Secretary, Ms. A, the Director General of Immigration, Mr. B, and ...": B's)."""
    comma = _COMMA_ADDRESSED.match(text, end)
    return comma is not None and any(p.start == comma.end() for p in people) and _titled_before(text, person, people)


def _apposed(text: str, floor: int, phrase: tuple[int, int], people: list[EntitySpan]) -> bool:
    """Whether a phrase between commas follows a person ("A, the High Commissioner (UNHCR), B"): A's apposition,
    not B's title ("A, Chief of Mission of X B" is B's; so is the next item of a list, ", and the Director of X,
    B", and one of a list of titles each before its name, "the Permanent Secretary, Ms. A, the Director of X, B")."""
    start, end = phrase
    before = next((p for p in people if p.end == floor), None)
    return (
        before is not None
        and not _next_titled_in_list(text, before, end, people)
        and bool(re.fullmatch(r",\s+(?:the\s+)?", text[floor:start]))
        and not text.startswith("and", start)
        and text.startswith(",", end)
    )


_OWNERS_POST = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?i:" + _TITLE_WORD.pattern + ")")  # a post's own post


def _phrase_roles(
    text: str,
    holder: tuple[str, str],
    start: int,
    end: int,
    organizations: list[EntitySpan],
    ministries: dict[str, str],
    require_start: bool,
) -> list[RoleSpan]:
    """One role per title in the phrase ("Vice Minister of X and Commissioner of Y" gives two) of the holder (the
    person's id, and the name as the text writes it)."""
    person, name = holder
    roles = []
    pieces = [(start, end)]
    if split := list(_SPLIT.finditer(text, start, end)):
        pieces = [
            (start, split[0].start()),
            *((m.end(), n.start() if n else end) for m, n in zip(split, [*split[1:], None])),
        ]
    for whole, e in pieces:  # "Chinese Ambassador to X": the lead names the sender
        lead = _LEAD.match(text, whole, e)
        s = lead.end() if lead else whole
        owned = (
            re.fullmatch(r"its\s", text[max(0, s - 4) : s]) is not None
        )  # "its deputy commissioner X", "its\nDeputy"
        title = _TITLE_WORD.search(text, s, e)
        while title and _OWNERS_POST.match(text, title.end()):  # "Prime Minister's Press Secretary": the secretary's
            title = _TITLE_WORD.search(text, title.end(), e)
        opening = max([s, *(o.end for o in organizations if o.start == s)])  # "the IOM Chief of Mission"
        if title is None or (require_start and title.start() - opening > 40):
            continue
        orgs = [  # one may run on past a comma ("X, Y and Z (XYZ)"); not the body another's name ends with
            o
            for o in organizations
            if s <= o.start < e and not any(p.start < o.start and o.end <= p.end for p in organizations)
        ]
        organization = _directorate(text[s:e], ministries) or (
            _most_specific(text, orgs)
            if orgs
            else _china_s_ministry(text, (s, e), name, ministries)
            or _named_before(text, s, e, organizations)
            or _leading(text, s, organizations)
            or (_last_named(text, s, organizations) if owned else None)
        )
        if accredited := next((o for o in orgs if _TO.search(text, s, o.start)), None):
            if _ENVOY.search(text, s, accredited.start):
                organization = _mission(text[whole : accredited.start], accredited.entity, ministries)
        if f"igo {organization}" in ministries and (where := _country_after(text, title.end(), e)):
            organization = _office(where, organization, ministries)
        if organization and re.match(r"(?i)regional\b", text[title.start() : title.end()]):
            rest = text[title.end() : e]
            organization = (
                _regional_office(text, organization, organizations, rest)
                or _registered_regional_office(organization, rest, ministries)
                or organization
            )
        if organization is None and _ENVOY.search(text, s, e):  # "to the UN in Geneva": the first place that has one
            posts = (_posted(text[whole:e], post.group(1), ministries) for post in _POST.finditer(text, title.end(), e))
            organization = next((o for o in posts if o), None)
        named = s if _FIELD.fullmatch(text, s, title.start()) and _STAFF.fullmatch(title.group(0)) else title.start()
        if field := _FIELD_BEFORE.search(text, s, title.start()):  # "Public Security Minister": the field's post
            named = field.start()
        roles.append(RoleSpan(person, organization, _title(text[named : title.end()]), s, e))
    return roles


def _directorate(phrase: str, ministries: dict[str, str]) -> str | None:
    """ "Director General of Immigration (of the Ministry of X)": the directorate general of that field that the text
    names ("Directorate General of Immigration"), the ministry's part the post heads, not the ministry."""
    post = re.search(r"\bdirector[- ]general (of [a-z' ]+?)(?: of |,|$)", " ".join(phrase.lower().split()))
    return ministries.get(f"directorate general {post.group(1)}") if post else None


_BODIES = (
    r"(administration|ministry|agency|commission|organi[sz]ation|office|bureau|embassy|mission|council|committee"
    r"|department)"
)
_BACK = re.compile(
    rf"\b(?:of|at) the (?i:{_BODIES})\b(?![\w'’])|\bthe (?i:{_BODIES})['’]s\s+(?=(?i:{_TITLE})\b)"
    rf"|\b(?:a|an|the) {_BODIES}\s+(?=(?i:{_TITLE})\b)"
)  # its title next; "of the Agency" too; "a ministry official", the body's word in lower case before the post


def _named_before(text: str, start: int, end: int, organizations: list[EntitySpan]) -> str | None:
    """ "a senior official of the administration", "the organization's Deputy Director General", "a ministry
    official": the one organization named before whose name has that word."""
    back = _BACK.search(text, max(0, start - 4), end)
    if back is None:
        return None
    word = next(group for group in back.groups() if group).lower()
    named = {o.entity for o in organizations if o.end <= start and word in text[o.start : o.end].lower().split()}
    return named.pop() if len(named) == 1 else None


# "a delegation of the NIA", "a delegation of China's National Immigration Administration"
_LED = re.compile(rf"\b(?:delegation|team|mission)\s+(?:of|from)\s+(?:the\s+|[{UPPER}][\w-]*['’]s\s+)?$", re.IGNORECASE)


def _leading(text: str, start: int, organizations: list[EntitySpan]) -> str | None:
    """ "a delegation of the IOM led by Deputy Director General X", "... led by its deputy director, X", "a delegation
    of the International Organization for Migration (IOM) led by ...": the organization whose delegation he leads."""
    return next(
        (
            o.entity
            for o in organizations
            if re.fullmatch(
                r"(?:\s*\([A-Z]{2,}\))?,?\s+(?:was\s+)?led\s+by\s+(?:its\s+)?",
                text[_chain_end(text, o, organizations) : start],
            )
            and _LED.search(text, max(0, o.start - 40), o.start)
        ),
        None,
    )


def _chain_end(text: str, first: EntitySpan, organizations: list[EntitySpan]) -> int:
    """Where a chain of bodies that ``first`` opens ends ("the Exit and Entry Administration of the Ministry of Public
    Security of China"): the part, named first, leads the chain."""
    end = first.end
    for o in sorted(organizations, key=lambda o: o.start):
        if o.start >= end and re.fullmatch(r"\s+(?:of|under)\s+(?:the\s+)?", text[end : o.start]):
            end = o.end
    return end


def _last_named(text: str, start: int, organizations: list[EntitySpan]) -> str | None:
    """ "visited the NIA, where he met its deputy commissioner X": the organization named last before "its" in the
    same sentence, a line break inside it (hard-wrapped copy: "led by its\nDeputy Director General") none of its ends."""
    opening = max(text.rfind(". ", 0, start), text.rfind(".\n", 0, start), text.rfind("\n\n", 0, start))
    before = [o for o in organizations if opening < o.start and o.end <= start]
    return max(before, key=lambda o: o.end).entity if before else None


_TO = re.compile(r"\bto\s+(?:the\s+)?$")
_ENVOY = re.compile(r"\b(?:ambassador|permanent representative|envoy)\b", re.IGNORECASE)


def _mission(phrase: str, accredited: str, ministries: dict[str, str]) -> str | None:
    """An envoy "to" an organization ("China's ambassador to the UN Office at Geneva") belongs to his country's
    mission to it, never to the organization itself: the registered mission of the one country the phrase before the
    organization names (not "... and Other International Organizations in Switzerland", where they sit), else none."""
    sender = _senders(phrase)
    return ministries.get(f"mission {sender.pop()} to {accredited}") if len(sender) == 1 else None


_POST = re.compile(rf"\b(?:to|in|at) (?:the )?([{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?)")


def _posted(phrase: str, place: str, ministries: dict[str, str]) -> str | None:
    """An envoy "to" or "in" a place ("Chinese Ambassador to France", "China's permanent representative in
    Geneva") belongs to the registered mission there of the one other country the phrase names."""
    sender = _senders(phrase) - countries_in(place)
    return ministries.get(f"mission {sender.pop()} in {fold(place)}") if len(sender) == 1 else None


def _senders(phrase: str) -> set[str]:
    """The countries a phrase names, "Chinese" as China (the one adjective of a country the corpus is about)."""
    return countries_in(re.sub(r"\bChinese\b", "China", phrase))


_IN_COUNTRY = re.compile(rf"\b(?:in|for) (?:the )?([{UPPER}][\w'’ -]*)")


def _country_after(text: str, start: int, end: int) -> str | None:
    """The first place "in" or "for" that names a country after a title, past the words of the organization's own
    name ("Chief of Mission of the International Organization for Migration (IOM) in China": "China")."""
    return next((m.group(1) for m in _IN_COUNTRY.finditer(text, start, end) if countries_in(m.group(1))), None)


def _office(place: str, organization: str, ministries: dict[str, str]) -> str | None:
    """A role at an intergovernmental organization "in" or "for" one country ("IOM's Chief of Mission in China")
    belongs to its registered office there; with none registered, to the organization."""
    countries = countries_in(place)
    return (
        ministries.get(f"office {organization} {countries.pop()}", organization)
        if len(countries) == 1
        else organization
    )


def _regional_office(text: str, organization: str, organizations: list[EntitySpan], rest: str) -> str | None:
    """A regional post at an organization ("IOM's Regional Director") belongs to the one regional office of it that
    the text names ("the IOM Regional Office for Asia and the Pacific", or "the Regional Office for Asia and the
    Pacific" when the title names that region), one that serves the region the title names if it names one; else
    to none of them."""
    own = {text[o.start : o.end] for o in organizations if o.entity == organization}
    region = re.match(rf"\s+for\s+(?:the\s+)?(.+?)(?:\s+of\s+(?:the\s+)?[{UPPER}].*)?$", rest, re.DOTALL)
    offices = {
        o.entity
        for o in organizations
        if o.entity != organization
        and re.search(r"\bRegional Office\b", text[o.start : o.end], re.IGNORECASE)
        and (
            any(text.startswith(f"{form} ", o.start) for form in own)
            or (region is not None and _office_for(text, o) == region.group(1).strip())
        )
        and (region is None or region.group(1).strip() in text[o.start : o.end])
    }
    return offices.pop() if len(offices) == 1 else None


_FOR_REGION = re.compile(r"\s+for\s+(?:the\s+)?(.+?)\s*$", re.DOTALL)


def _registered_regional_office(organization: str, rest: str, ministries: dict[str, str]) -> str | None:
    """A regional post the text places at no office ("IOM's Regional Director for Asia and the Pacific") belongs to the
    registered regional office of the organization named for the region the title names, whole or without a
    closing "of <body>" ("for Asia and the Pacific of the IOM"); else to none of them."""
    region = _FOR_REGION.match(rest)
    if region is None:
        return None
    whole = fold(" ".join(region.group(1).split()))
    forms = [whole, re.sub(r" of (?:the )?[^ ]+(?: [^ ]+)*$", "", whole)]
    return next(
        (ministries[f"regional {organization} {f}"] for f in forms if f"regional {organization} {f}" in ministries),
        None,
    )


_OFFICE_FOR = re.compile(r"[Tt]he Regional Office for (?:the )?(.+)", re.DOTALL)


def _office_for(text: str, office: EntitySpan) -> str | None:
    """The region of "the Regional Office for Asia and the Pacific", an office named for its region alone."""
    named = _OFFICE_FOR.fullmatch(text, max(0, office.start - 4), office.end)
    return named.group(1) if named else None


def _most_specific(text: str, orgs: list[EntitySpan]) -> str:
    """The first of a chain "X of the Y", "X to the Y", "X of China's Y" (a part of Y, or a mission to it), else the
    last named."""
    if len(orgs) > 1 and re.fullmatch(
        rf"\s+(?:of|to|at|under)\s+(?:the\s+|[{UPPER}][\w-]*['’]s\s+)?", text[orgs[0].end : orgs[1].start]
    ):
        return orgs[0].entity
    return orgs[-1].entity


def _title(words: str) -> str:
    """A post's words capitalised, each part of a compound too ("Vice-Minister"), its hyphen rejoined where a line
    broke after it ("director- general")."""
    return re.sub(r"(?:^|(?<=[\s-]))[a-z]", lambda m: m.group().upper(), " ".join(re.sub(r"-\s+", "-", words).split()))


def _ministry(phrase: str, ministries: dict[str, str]) -> str | None:
    """ "Minister of Public Security" -> "ministry of public security"; "Foreign Minister" -> "ministry of foreign affairs";
    "Minister of Home Affairs of South Africa" or "of the Republic of Y" -> that country's, or the ministry of those
    very words; "President of China" -> its government;
    "State Councilor" -> "state council"; "Deputy Mayor of Lima" -> "mayor of lima"."""
    lowered = " ".join(phrase.lower().split())
    if m := re.search(r"\b([a-z]+) councill?or\b", lowered):
        return ministries.get(f"{m.group(1)} council")
    if m := re.search(r"\bhigh commissioner(?: for ([a-z]+))?", lowered):  # "Assistant High Commissioner"
        offices = {v for k, v in ministries.items() if k.startswith("high commissioner for ")}
        return ministries.get(m.group(0)) if m.group(1) else (offices.pop() if len(offices) == 1 else None)
    if re.search(r"\bpremier\b", lowered):  # "Vice Premier": a member of the State Council
        return ministries.get("state council")
    if m := re.search(r"\b(mayor|governor) of ([a-z' -]+)", lowered):
        return ministries.get(f"{m.group(1)} of {m.group(2).strip()}")
    if m := re.match(r"([a-z' ]+?) (?:(?:executive )?vice[- ]|deputy )?(mayor|governor)\b", lowered):
        return ministries.get(f"{m.group(2)} of {m.group(1)}")  # "Shanghai Vice-Mayor", "Sichuan Governor"
    countries = countries_in(phrase)
    country = countries.pop().lower() if len(countries) == 1 else None
    head = re.search(r"\b(?:president|prime minister|head of state|king|queen|emir) of\b", lowered)
    if country and head and (government := ministries.get(f"government {country}")):
        return government  # "President of the People's Republic of China"
    minister = re.search(r"minister of (?:the )?([a-z' ,]+?)(?: of |$)", lowered)
    if country and minister and (ministry := ministries.get(f"ministry of {minister.group(1)} {country}")):
        return ministry  # "Minister of Home Affairs of South Africa"
    own = re.search(r"\bminister (of .+)$", lowered)  # "Deputy Minister of X of the Republic of Y": that very ministry
    if country and own and (ministry := ministries.get(f"ministry {own.group(1)}")):
        return ministry
    before = re.split(r"(?i)\bminist", phrase, maxsplit=1)[0]  # "Vice Minister of Human Resources": no "Human" people
    others = {code for code, _, _ in country_mentions(phrase)} - {"CN"}  # "... of the Lao People's Democratic Republic"
    if _DEMONYM.search(before) or others:  # "Russian Foreign Minister": not China's
        return None
    if m := re.search(r"minister of ([a-z' ,]+)", lowered):  # "Minister of Commerce of China": of Commerce
        subject = m.group(1).strip()
        return (
            ministries.get(f"ministry of {subject}")
            or ministries.get(f"ministry of {subject.split(' of ')[0]}")
            or ministries.get(f"listed ministry of {subject}")  # "Minister of Y" of a "Ministry of X and Y"
        )
    if m := re.search(
        r"((?:[a-z]+ ){0,2}[a-z]+) (?:(?:vice|deputy|assistant)[- ])?minist(?:er|ry)\b", lowered
    ):  # "Foreign Ministry Spokesperson" too
        words = m.group(1).split()  # "public security minister": the longest field named, "vice" no part of it
        subjects = [" ".join(words[i:]) for i in range(len(words))]
        return next(
            (found for s in subjects if (found := ministries.get(f"ministry of {_FIELDS.get(s, s)}"))),
            None,
        )
    return None


_FIELDS = {"foreign": "foreign affairs"}  # a field a post names by its adjective


def _china_s_ministry(text: str, phrase: tuple[int, int], name: str, ministries: dict[str, str]) -> str | None:
    """The ministry a title names (``_ministry``), unless it is China's, the title names no country, its holder's name is not
    written in pinyin and the text gives a ministry of that field to a country other than China ("Deputy Minister
    of Public Security Ada Kemp" beside "the Ministry of Public Security of Vietnam", "Foreign Minister Ivo Lind"
    beside "Bangladesh's foreign minister"): whose post it is, the text does not say."""
    start, end = phrase
    ministry = _ministry(text[start:end], ministries)
    if (
        ministry is None
        or countries_in(text[start:end])
        or re.search(r"\bChin(?:a|ese)\b", text[start:end])
        or PINYIN_NAME.fullmatch(name)
    ):
        return ministry
    if not any(v == ministry and k.endswith(" cn") for k, v in ministries.items()):
        return ministry  # another country's, which the text named ("Minister of Ports" of "the Ministry of Ports of X")
    fields = {m.group(1) for k, v in ministries.items() if v == ministry and (m := _MINISTRY_KEY.fullmatch(k))}
    fields |= {adjective for adjective, field in _FIELDS.items() if field in fields}
    return None if fields and _held_abroad(text, fields) else ministry


_MINISTRY_KEY = re.compile(r"ministry of ([a-z' ]+?)(?: [a-z]{2})?")


def _held_abroad(text: str, fields: set[str]) -> bool:
    """Whether the text names a ministry or minister of one of these fields with a country other than China: after
    the country ("Vietnam's Ministry of ...", "Kenyan foreign minister", "Myanmar foreign ministers") or before it
    ("Ministry of Public Security of Vietnam")."""
    field = "|".join(map(re.escape, sorted(fields, key=len, reverse=True)))
    post = (
        rf"(?:(?:{field})\s+(?:(?:vice|deputy|assistant)[- ])?minist(?:er|ry|ers|ries)\b"
        rf"|minist(?:er|ry)\s+of\s+(?:the\s+)?(?:{field})\b)"
    )
    after = re.compile(rf"(?:['’]s?)?[\s()]+(?:[a-z-]+\s+){{0,2}}?{post}", re.IGNORECASE)
    before = re.compile(rf"{post}\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
    return any(
        after.match(text, e) or before.search(text[max(0, s - 80) : s])
        for code, s, e in country_mentions(text)
        if code != "CN"
    )
