"""Spot people and organizations that the registries do not know yet, with the cue that found them.

People: a capitalised name after a title or honorific ("H.E. QIN Gang", "Ambassador
Chen Li"), each of a list after a title in the plural ("Vice administrators A B, C D and E F"),
before an appositive title ("Jane Roe, director general of ...", also across a line
break), after a post in lower case ("spokesperson Jane Roe"), next to a
reporting or meeting verb ("Jane Roe said", "met with Jane Roe"), in a photo credit
("(Xinhua/Liu Bin)"), or in the headline of a press conference or a statement ("Foreign Ministry Spokesperson
Jane Roe's Regular Press Conference", "Statement by H.E. Ambassador Jane Roe at ..."); never with an honorific
("Madam Roe": the person named in full, or no one). Organizations: a capitalised name before an acronym in brackets
whose letters it spells ("... Agency (CIDCA)"), or a capitalised run around a head word (a part named before an organization with its acronym
on its own, "Department of X of the ... (IOM)"; an office named for what it serves without its city,
"Regional Office for Asia and the Pacific in Bangkok"; "Ministry of Interior of Slovakia", "Slovak Police Academy", "NIA's Department of X": without
its owner, "Ministry of Labour, Immigration and Population": with its list), a local
government ("the Shenzhen municipal government"), an acronym after what it is ("Portugal's migration agency
AIMA"); a country named as a party ("delegations from Brazil and Japan", "Peru's delegation", "the government
of Chad") for its government.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from babel import Locale

from china_iom.annotation.sentences import LOWER, UPPER
from china_iom.drafting.titles import INITIALS, POSTS, RANKS, STAFF

_UPPER = UPPER
# A lower-case letter, an apostrophe inside a word ("O'Brien") or a possessive's within a name ("People's Republic",
# "Department of Foreigners' Affairs"); never a possessive's that ends one ("Ada Kemp's visit", "Philippines' delegation")
_LOWER = rf"(?:[{LOWER}]|['’](?=[{UPPER}{LOWER}])(?!s(?![{LOWER}]))|['’](?=s?[ \u00a0][{UPPER}]))"
# "McKinley", "Co-operation", "Jean-Pierre", "China-Africa"
TOKEN = rf"(?:[{_UPPER}]{_LOWER}+(?:-?[{_UPPER}]{_LOWER}+|-{_LOWER}+)*|[{_UPPER}]{{2,}}(?!{_LOWER}))"
# "Gerard R. Pascua": an initial; never a form of address ("Deputy Director General Mr. Wang Lin": no "General Mr")
_NAME = rf"(?P<name>{TOKEN}(?:[ \u00a0](?:[{_UPPER}]\.[ \u00a0])?(?!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme)\.){TOKEN}){{1,3}})"
# After a title or before an apposition or a verb, a name may open with an initial, Mongolian ones of two letters and
# often with no space ("Mr. D. Bayarsaikhan", "Ts. Dorjsuren, Deputy Director General", "President Kh.Battulga")
_INITIAL = r"(?:[A-Z]|Ts|Ch|Sh|Kh|Zh)\."
# a body's or a place's name in capitals, with its small words ("UN Office at Geneva", "Ministry of Foreign Affairs")
_CAPITALISED_NAME = rf"[{_UPPER}][\w'’-]*(?:[ \u00a0](?:(?:at|of|in|for|and|the)[ \u00a0])*[{_UPPER}][\w'’-]*){{0,6}}"
_INITIALLED = rf"{_INITIAL}[ \u00a0]?{TOKEN}(?:[ \u00a0]{TOKEN}){{0,2}}"
_INITIALED_NAME = _NAME.replace("(?P<name>", rf"(?P<name>{_INITIALLED}|", 1)


def _initialled_after(words: str) -> str:
    """A name where no title comes first: one letter opens it only after a comma or the words given ("with"), never
    after another word or a sentence that it may end ("option B. Officials said", "He met Ada Kemp. R. Lind said")."""
    return _NAME.replace("(?P<name>", rf"(?P<name>(?:(?<=, )|{words}|(?=[A-Z][a-z]\.)){_INITIALLED}|", 1)


_OPENING_INITIALED_NAME = _initialled_after(r"(?<=with )")
# before an apposition also after "by" ("attended by E. Tursunov, Head of ...")
_APPOSED_INITIALED_NAME = _initialled_after(r"(?<=with )|(?<=by )")
_JOINED = re.compile(rf"{_INITIAL}{TOKEN}")  # "Kh.Battulga": a name of one word with its initial

# A police or military rank, abbreviated before a name ("Pol. Lt. Gen. Ada Kemp"): a form of address
_RANKS_BEFORE = rf"(?:(?:{RANKS})[ \u00a0]+)*"  # "Pol. Lt. Gen." between a post or a comma and the name
# Honorifics: never part of a name, so "Madam Du" is the family name of the person the text named in full; those of
# Myanmar ("U", "Daw"), Malaysia and Brunei ("Datuk", "Dato'", "Tan Sri"), Thailand ("Khun"), South Asia ("Shri",
# "Smt") and parliaments ("Hon.") too
HONORIFICS = (
    *("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Professor", "Madam", "Madame", "Mme", "Miss", "Sir", "Dame"),
    *(
        "U",
        "Daw",
        "Datuk",
        "Dato",
        "Datin",
        "Tan Sri",
        "Puan Sri",
        "Tun",
        "Khun",
        "Shri",
        "Smt",
        "Hon",
        "Md",
        "Mohd",
        "Comrade",
    ),
)
_MALAY_TITLE = r"(?:Datuk|Dato['’]?|Tan|Puan)[ \u00a0](?:Sri|Seri)\b"  # "Datuk Seri", "Dato' Sri", "Tan Sri"
# A form of address before a name ("H.E.", "Dato' Sri", "Mr."): never part of the name
FORMS_OF_ADDRESS = rf"H\.\s?E\.|{_MALAY_TITLE}|(?:{'|'.join(HONORIFICS)})\.?"
TITLES = (
    rf"{FORMS_OF_ADDRESS}|(?:(?:Deputy|Vice|Assistant|Under)[- ])?"
    r"(?:(?:Foreign|Prime|State|Home|Chinese|Executive) )?"
    rf"(?:{POSTS}|DG|Affaires)"
)
_TITLE_WORD = re.compile(rf"\b(?:{POSTS}|{STAFF})\b", re.IGNORECASE)
# "spokesperson Lu Kang", "vice administrator Li Yulu", "IOM director-general Brunson McKinley"
_LOWER_TITLES = rf"(?:(?:vice|deputy|assistant) )?(?:{POSTS.lower()})"
_VERBS = (
    r"said|says|stressed|noted|added|told|met|meets|held|expressed|highlighted|welcomed|thanked|extended"
    r"|pointed|urged|called|emphasized|emphasised|underlined|commended|delivered|attended|visited"
)
# a day between a subject and its verb ("Ada Kemp on Thursday called on", "Ada Kemp, on Thursday, met")
_TIME_BETWEEN = (
    r"(?:(?P<comma>,)? (?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening))?(?(comma),)|(?P<pause>,)? (?:today|yesterday)(?(pause),))?"
)
# "Foreign Ministry Spokesperson Ada Kemp's Regular Press Conference on ...", "... Ada Kemp hosted a regular press
# conference on ...": the headline of a transcript whose answers ("A:") are the spokesperson's
BRIEFING = re.compile(
    rf"(?P<phrase>(?:[{_UPPER}][\w'’-]* ){{0,3}}(?P<cue>Spokes(?:person|man|woman)))[ \u00a0]"
    rf"(?P<name>[{_UPPER}](?:[{_UPPER}]+|[{LOWER}]+)(?:[ \u00a0][{_UPPER}](?:[{_UPPER}]+|[{LOWER}]+)){{1,2}})"
    rf"(?:['’]s (?:[{_UPPER}][\w-]* ){{0,3}}|[ \u00a0](?:hosted|held|gave|chaired) (?:a|the) (?:[a-z]+ )?)"
    r"(?i:press conference|press briefing|briefing)\b"
)
# "Statement by H.E. Ambassador Ada Kemp at the 112th Session of ...": the headline of a text its speaker gives
STATEMENT = re.compile(
    r"^(?:(?:Full )?Text of )?(?P<cue>(?:Opening |Closing |Keynote )?(?:Statement|Remarks|Speech|Address))"
    rf" (?:by|of) (?P<phrase>(?:(?:{TITLES})\.?[ \u00a0]+)*)"
    rf"(?P<name>[{_UPPER}](?:[{_UPPER}]+|[{LOWER}]+)(?:[ \u00a0][{_UPPER}](?:[{_UPPER}]+|[{LOWER}]+)){{1,2}})"
    r"(?=,| at | on | to | during | before |\s*$)",
    re.MULTILINE,
)
# "Minister of Investment, Entrepreneurship and Industry of X Ada Kemp": a comma inside a list of capitalised words
LISTED_WORD = rf",(?=[ \u00a0](?:[{_UPPER}][\w'’-]*,[ \u00a0])*[{_UPPER}][\w'’-]*,?[ \u00a0]and[ \u00a0])"
ORG_HEADS = (
    "Ministry|Department|Agency|Administration|Commission|Committee|Office|Organization|Organisation|Bureau"
    "|Command|Council|Embassy|Consulate|Mission|Police|Force|Academy|University|Institutes|Institute|Secretariat|Authority"
    "|Commissariat|Directorate|Representation"  # "UNHCR Regional Representation in Beijing"
    "|Service|Services|Bank|Union|Association|Federation|Foundation|Centre|Center|Network"
    "|Parliament|Assembly|Government|Times|Daily|Herald|Tribune|Gazette"
    "|General Station|Inspection Station|Frontier Inspection"  # China's border posts, not a railway's "Station"
)
# "Director of the Immigration Department Major General Ada Kemp": a rank before a name, which no body's name runs over
_RANKED = re.compile(rf"(?<![\w.-])(?P<cue>{RANKS})[ \u00a0]+{_NAME}")
# A form of address ("Mr. X") in a title's run names its holder: the name after the run's comma is no other's
_ADDRESS = rf"(?:{'|'.join(HONORIFICS)})\.?[ \u00a0]"
# forms of address and posts' initials before a name ("Prof Dr Md.", "Dato' Sri", "PS")
_ADDRESSES = rf"(?:(?:{_MALAY_TITLE}|{'|'.join(HONORIFICS)})[.'’]?[ \u00a0]+|(?:{INITIALS})[ \u00a0]+)+"
_PERSON_CUES = (
    ("press briefing", BRIEFING),
    ("statement headline", STATEMENT),
    # "Vice Chairman Prof Dr Md. Ada Kemp": forms of address after the title, then the name
    ("title", re.compile(rf"(?P<cue>\b(?:{TITLES}))[ \u00a0]+(?:{_ADDRESSES})?{_INITIALED_NAME}")),
    ("rank", _RANKED),
    (
        "title of an organization",
        re.compile(
            rf"(?P<cue>\b(?:{TITLES}|[Hh]ead|{_LOWER_TITLES}) (?:of|for|to) (?:the )?"
            rf"(?:[{_UPPER}][\w'’-]*(?:{LISTED_WORD})?[ \u00a0](?:(?:of|for|and(?! (?:{TITLES})\b)|the|on|to)[ \u00a0])*){{1,8}}"
            rf"(?:\([{_UPPER}][A-Za-z&.-]*\)[ \u00a0])?)(?P<name>{TOKEN}(?:[ \u00a0]{TOKEN}){{1,2}})"
            rf"(?=[ \u00a0](?:(?:today|yesterday|here|also|jointly)[ \u00a0])?(?:in|on|at|within|received|met|held"
            rf"|and(?! [{_UPPER}])|and (?:[{_UPPER}][\w'’-]* ){{0,3}}(?:{TITLES})\b|during|{_VERBS}|addressed|signed|will|would|co-[a-z]+"
            rf"|chaired|hosted|presided|led|was|is|has|had|handed|presented|opened|launched|spoke"
            r"|[a-z]{2,}ed|paid|made|gave|took|sent|brought)\b|[,.])"  # a verb in the past ("paid a call")
        ),
    ),
    (
        "appositive title",
        re.compile(
            rf"{_APPOSED_INITIALED_NAME},\s+(?!and |or |(?:led|headed) by )(?:the |a |an )?(?P<cue>(?:[\w'’-]+ ){{0,4}}?"
            rf"(?:[A-Za-z]+-)?(?i:{_TITLE_WORD.pattern}))"
        ),
    ),
    (
        "reporting or meeting verb",
        re.compile(rf"{_OPENING_INITIALED_NAME}{_TIME_BETWEEN} (?:also )?(?P<cue>{_VERBS})\b"),
    ),
    (
        "meeting verb",
        re.compile(rf"(?P<cue>\b(?:met with|meets with|talks with|call with|according to)) {_OPENING_INITIALED_NAME}"),
    ),
    (  # "The delegation was headed by Gu Fenglin of the Ministry of ...": no body's name ("led by Yunnan Police College")
        "leader",
        re.compile(
            rf"(?P<cue>\b(?:led|headed|chaired|co-chaired) by)[ \u00a0](?!(?:{TOKEN}[ \u00a0]){{0,3}}(?:{ORG_HEADS}"
            rf"|College|School)\b){_NAME}(?=[ \u00a0]of[ \u00a0]|,|\.|;|[ \u00a0]and[ \u00a0])"
        ),
    ),
    ("title in lower case", re.compile(rf"(?P<cue>\b(?:{_LOWER_TITLES}))[ \u00a0]{_NAME}")),
    (  # "led by its deputy director-general, Niu Baoguo", "China's permanent representative to the UN Office at
        # Geneva, Chen Xu": an owner's post (and where it is held), a comma, the name
        "post in lower case and a comma",
        re.compile(
            rf"(?P<cue>\b(?:its|their|the|[{_UPPER}][\w-]*['’]s) (?:(?:regional|senior|executive|permanent) )?"
            rf"{_LOWER_TITLES}(?: (?:to|of|in|at|for) (?:the )?{_CAPITALISED_NAME})?),[ \u00a0]{_NAME}"
            r"(?=[,.;]|[ \u00a0]and\b)"
        ),
    ),
    (
        "title and a comma",
        re.compile(
            rf"(?P<cue>\b(?!{_ADDRESS})(?:{TITLES})(?:[ \u00a0](?:(?:of|for|to|in|at|and)[ \u00a0](?:the[ \u00a0])?)?"
            rf"(?!{_ADDRESS})[{_UPPER}][\w'’.-]*)"
            rf"{{0,8}}),[ \u00a0]{_RANKS_BEFORE}{_NAME}(?=,|\.|;|[ \u00a0]and\b)"
        ),
    ),
    ("reporting verb", re.compile(rf"(?P<cue>\bsaid) {_NAME}(?=[.,;])")),
    ("photo credit", re.compile(rf"\((?P<cue>[{_UPPER}][\w '’]*/){_NAME}\)")),
)
# A programme or fund is not an organization, unless it is a UN body ("World Food Programme").
_HEAD = re.compile(
    rf"(?:{ORG_HEADS}|Unit|Division|Section|Programme|Program|Fund|Project|Forum|Conference|Province"
    r"|Region|City|County|District|Prefecture|Municipality|Society)"
)  # no word of a person's name
_UN_PROGRAMME = re.compile(r"\b(?:United Nations|UN|World)\b.*\b(?:Programme|Program|Fund)\b")
_JOIN = r"(?:of|for|and|the|on|in|at|to|de|&)"
_RUN = rf"{TOKEN}(?:[ \u00a0](?:{_JOIN}[ \u00a0])*{TOKEN})*"
# "Agency for Integration, Migration and Asylum (AIMA)": a comma inside a name its acronym spells
_ACRONYM = re.compile(
    rf"(?P<run>{TOKEN}(?:,?[ \u00a0](?:{_JOIN}[ \u00a0])*{TOKEN})*) \((?P<acronym>[{_UPPER}][A-Za-z&.-]*[A-Z])\)"
)
_ORG_RUN = re.compile(_RUN)
_STOP = frozenset(
    "The This That These In On At During While After Before By With For From And But As Under Over Since Also "
    "He She They It His Her Its Their We Our A An To Of Both Chinese China International National United Nations "
    "Global Organization Ministry Migration Development Initiative Agenda Belt Road Compact Forum Conference "
    "Summit Police Force Academy State Republic People Party Communist Council Security Public Foreign Affairs "
    "High Home Office Mission Embassy Agency Administration Commission Committee Department Bureau Headquarters Union "
    "Bank Fund Programme Program Report World Day Government Immigration Affairs Director General Minister "
    "Vice Deputy Secretary President Premier Ambassador Chairman Commissioner Councillor Councilor Excellency "
    "H.E. DG Chief January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Convention Protocol Treaty Covenant Declaration".split()  # documents: "the Genocide Convention, Ambassador A said"
) | {f"{h}{stop}" for h in HONORIFICS for stop in ("", ".")}
_LEADING_GROUP = re.compile(
    r"(?:Officials|Representatives|Delegates|Delegations|Members|Staff|Experts|Leaders)"
    r" (?:of|from) (?:the )?"
)
_TITLE_REST = re.compile(  # not "General Department of ...", a body's name
    rf"(?:General|{POSTS})\b(?! (?:{ORG_HEADS})\b)[\w -]*? (?:of|for|to) (?:the )?"
)
# "Regional Migration Health Adviser at the ...", "China to the UN Office at Geneva": a title, or the country a
# mission represents, before the organization
_TITLED = re.compile(
    rf"^(?:[{_UPPER}][\w'’-]* ){{0,4}}?(?:(?:Adviser|Advisor|Officer|Specialist|Coordinator|Expert"
    r"|Analyst|Consultant|Assistant|Associate|Representative)s? (?:at|of|for|with|in) (?:the )?"
    r"|(?:Head|Chief) of the )"
)  # not "Chief of Mission in China", a title of its own
_REGIONS = frozenset(
    "Asia Pacific Africa Europe America Americas Caribbean Oceania Arab Latin Middle East West North "
    "South Central Eastern Western Northern Southern Horn Mekong Balkans Gulf Sahel".split()
)
_WHEN = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# A month abbreviated before its day ("Committee on Nov 15", "Agency on Sept. 3"): a date after the name, no word of it
_MONTH_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \u00a0]+\d")
# A gathering of a body before its name ("the Johannesburg Summit of the Forum on ...", "Third Session of the ...",
# "the High-level Dialogue on International Migration and Development of the UN General Assembly")
_EVENT_OF = re.compile(
    rf"(?:(?:the|The) )?(?:[{UPPER}][\w'’-]* ){{0,3}}(?:(?:Summit|Session|Meeting|Plenary|Anniversary)"
    rf"|(?:Dialogue|Conference|Forum|Debate|Summit|Meeting) (?:on|for) (?:(?:and|the) )?[{UPPER}][\w'’-]*"
    rf"(?: (?:(?:and|the|on|for) )*[{UPPER}][\w'’-]*)*?) of (?:the )?"
)
# A name ending on an enactment's word names a law or a treaty, though a body's word is inside it ("Exit and Entry
# Administration Law", "Police Act", "Immigration Service Regulations")
_ENACTED = re.compile(r"\b(?:Law|Act|Regulations|Ordinance|Decree|Code|Treaty|Convention|Protocol)$")


def _enacted(name: str) -> bool:
    """Whether a name ends on an enactment's word (``_ENACTED``) as its head, not as a body's subject ("Department of
    Treaty and Law", "Institute of International Law" are bodies)."""
    return _ENACTED.search(name) is not None and re.search(rf"\b(?:{ORG_HEADS}) (?:of|for|on)\b", name) is None


# A name ending on a gathering's word names an event, though a body's word is inside it ("Police Conference")
_GATHERING = re.compile(r"\b(?:Conference|Summit|Seminar|Workshop|Symposium|Meeting|Congress|Forum|Dialogue)$")
# a gathering's word after the first, on or for a subject ("China-ASEAN Forum on Immigration Administration
# Cooperation", "Ministerial Conference on X"): an event, whatever body's word its subject holds; one that opens the name
# is a standing body ("Forum on China-Africa Cooperation", "Conference on Interaction and ...")
_GATHERING_ON = re.compile(
    r"^\S.*?[ \u00a0](?:Conference|Summit|Seminar|Workshop|Symposium|Meeting|Congress|Forum|Dialogue)[ \u00a0](?:on|for)\b"
)
# what follows a description: where ("the Embassy in Phnom Penh") or, not the body a mission serves ("Mission to the
# UN"), to whom something goes ("the Embassy to IOM Fiji")
_WHERE_OR_WHOM = re.compile(r"\s+(?:in|to(?!\s+the\b))\s+")
_LEADING_WHEN = re.compile(rf"(?:(?:{'|'.join(_WHEN)}) )+(?=(?:{_JOIN} )+)")
_GENERIC = re.compile(
    rf"(?:{ORG_HEADS}|General|Sub-Office|Regional|Head|Main|Liaison|Permanent|{POSTS})", re.IGNORECASE
)
_LEADING_VERB = re.compile(rf"[{UPPER}][{LOWER}]+ing (?:(?:at|in|to|on|before|with) )?(?:the|a|an|its|his|her|their) ")
# "Secretary for Immigration", "Undersecretary of Consular Services": a post's field, no body ("Secretary of State" is a post)
_PORTFOLIO = re.compile(
    rf"(?:the |The )?(?:(?:{TITLES}) for(?! the\b)|(?:[\w-]+ )?(?:Under)?[Ss]ecretary of(?! the\b| State\b| (?:{ORG_HEADS})\b)) "
)  # "Joint Secretary of Ministry of X": the ministry is a body
_LEADING_TITLE = re.compile(rf"^(?:the |The )?(?:(?:{TITLES})(?: and (?:{TITLES}))* (?:of|for|to|in|at) (?:the )?)+")


@dataclass(frozen=True)
class Candidate:
    """A name that may be a new registry entry, where it stands and what suggested it."""

    kind: str  # people or organizations
    name: str
    start: int
    end: int
    cue: str
    acronym: str | None = None
    country: str | None = None  # ISO 3166 code, for a government named by its country
    parent: str | None = None  # the organization it is a part of, as the text names it ("X of the NIA")
    whole: str | None = (
        None  # a ministry's part: its name with the ministry's, as written ("X Department of the Ministry of Y")
    )


def person_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Capitalised names that the context marks as people."""
    end = len(text) if end is None else end
    found = []
    for cue_name, pattern in (*_PERSON_CUES, ("apposition of a national", _national())):
        for match in pattern.finditer(text, start, end):
            if cue_name == "title of an organization" and (first := _first_of_pair(text, match)) is not None:
                found.append(first)
            if cue_name == "title of an organization" and _apposed(text, match.start()):
                continue  # "Ada Kemp, Director of the IOM Department of Field Operations, ...": the name came first
            if cue_name == "title and a comma" and (
                _FIELDS_LISTED.match(text, match.end("name")) or FIELD_NOUNS & set(match.group("name").split())
            ):
                continue  # "Minister of Labour, War Invalids and Social Affairs", "Minister of Labour, Human Resource
                # Development and Training": fields of the post, no one
            if cue_name == "title of an organization" and _LINK_ENDS.search(match.group("cue")):
                continue  # "Secretary of Ministry of Disaster Management and Relief Md. X": the body's last word is first
            first = _name_after_body(text, match) if cue_name == "title of an organization" else match.start("name")
            span = _trim_name(text, first, match.end("name"), titled=cue_name.startswith("title"))
            if span is not None:
                cue = " ".join(match.group("cue").split()) or "comma"
                found.append(
                    Candidate("people", " ".join(text[span[0] : span[1]].split()), *span, f'{cue_name} "{cue}"')
                )
    for match in _LISTED_PEOPLE.finditer(text, start, end):  # "Vice administrators A B, C D and E F attended"
        cue = f'list after "{" ".join(match.group("cue").split())}"'
        for name in re.finditer(_LIST_NAME, match.group("list")):
            span = _trim_name(text, match.start("list") + name.start(), match.start("list") + name.end())
            if span is not None:
                found.append(Candidate("people", " ".join(text[span[0] : span[1]].split()), *span, cue))
    return _first_per_span(found)


def _first_of_pair(text: str, match: re.Match[str]) -> Candidate | None:
    """The first of two people a title's run holds ("Vice Minister of Civil Affairs Ada Kemp and Ivo Lind, head of
    ..."): the name between the body's last word and "and", when it names a person."""
    pair = _NAME_AND_NEXT.search(text, match.start("cue"), match.end("cue"))
    if pair is None or not names_a_person(text, *pair.span("name")):
        return None
    cue = " ".join(text[match.start("cue") : pair.start("name")].split())
    return Candidate(
        "people", " ".join(pair.group("name").split()), *pair.span("name"), f'title of an organization "{cue}"'
    )


_LINK_ENDS = re.compile(r"\b(?:of|for|and|the|on|to)\s*$")  # no body's name ends so: the name after it is cut


def _name_after_body(text: str, match: re.Match[str]) -> int:
    """Where the name after a title of a body starts: right after the word that ends the body's name (a field, a head
    word, a country, an acronym) when one word of the name is left before the two the pattern took ("Minister of Home
    Affairs Nguyen Van Binh": all three), else where the pattern put it."""
    cue = match.group("cue")
    ends = [m.end() for m in re.finditer(rf"\b(?:{'|'.join(FIELD_NOUNS)}|{_HEAD.pattern})\b|[A-Z]{{2,}}\)?", cue)]
    ends += [end for _, _, end in country_mentions(cue)]
    rest = cue[max(ends) :].split() if ends else []
    if (
        len(rest) == 1
        and re.fullmatch(TOKEN, rest[0])
        and rest[0] not in _STOP | _REGIONS | _TAKES_ON  # "... Labour Board Ada Kemp": the board's
        and not is_country(rest[0])
    ):
        return match.start("cue") + cue.rindex(rest[0])
    return match.start("name")


# What a national described by his country is not ("Doctors Without Borders, a French charity", "Hong Kong, a Chinese
# city")
_NOT_A_PERSON = (
    r"company|firm|group|charity|organi[sz]ation|agency|body|city|town|village|province|region|port|newspaper|daily"
    r"|broadcaster|outlet|website|bank|fund|network|brand|ship|vessel|airline|university|institute|team|club|project"
)


@lru_cache(maxsize=1)
def _national() -> re.Pattern[str]:
    """A name in apposition to the adjective of a country and a noun of no body or place ("Rafael Duarte, a Brazilian
    trader who ...", "Ana Lima, an Angolan student"): a person, as a title's apposition says."""
    demonyms = _demonyms()[1].pattern
    return re.compile(
        rf"{_OPENING_INITIALED_NAME},\s+(?:a|an)\s+(?P<cue>{demonyms}\s+(?!(?:{_NOT_A_PERSON})\b)[a-z]+)\b(?![-'’])"
    )


_APPOSED = re.compile(rf"{_NAME},\s+(?:the\s+)?$")


def _apposed(text: str, at: int) -> bool:
    """Whether a title at ``at`` stands in apposition to a name just before it ("Ada Kemp, Director of ..."), not
    one of a list of titled names ("Director X Ada Kemp, Chief of Mission Y Ivo Lind, and ...")."""
    name = _APPOSED.search(text, max(0, at - 60), at)
    titled = name is not None and _TITLED_BEFORE.search(text, max(0, name.start("name") - 80), name.start("name"))
    return name is not None and not titled and _trim_name(text, *name.span("name")) is not None


_RANK = re.compile(rf"(?:{RANKS})[ \u00a0]+")
_OWNER = re.compile(r"(?<=\w)['’]s?$")  # a possessive ends a person's name: "Ada Kemp's", "Ivo Jones'"


def names_a_person(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` could be a person's name: capitalised, and none of them a stop
    word, a title, a body's head word or a field ("Ivica Dacic", not "Human Resources" nor "Chinese Science")."""
    words = text[start:end].split()
    return _trim_name(text, start, end) == (start, end) and not any(w in FIELD_NOUNS for w in words)


_LEADING_RANK = re.compile(rf"(?:{RANKS}|Captain|Major)[ \u00a0]+")  # in full too, before a name found otherwise
# Honorifics ("Ms. Daw Khin Myat Noe", "Tan Sri Ada Kemp", "Dato' Sri Ivo Lind") and posts by their initials ("PS Mbugua")
_LEADING_ADDRESS = re.compile(_ADDRESSES)
_TITLED_BEFORE = re.compile(rf"\b(?:{TITLES})\b[^,.;:]*$")


# What a body deals with, never a word of a person's name ("Director General of Federal Narcotics Control, and ...")
_SUBJECTS = frozenset(
    "Control Management Cooperation Co-operation Services Strategy Protection Enforcement Planning Relations "
    "Integration Asylum Border Borders Customs Trade Investment Industry Labour Labor Justice Interior Finance "
    "Health Education Commerce Narcotics Refugees Migration Immigration Emigration Citizenship Consular".split()
)
# Nouns that close a field's name in a portfolio ("Social Affairs", "Human Resources", "Public Security")
FIELD_NOUNS = frozenset({*_SUBJECTS, "Affairs", "Welfare", "Resources", "Security", "Development", "Population"})
# The rest of a list of a portfolio's fields ("Minister of Labour, War Invalids and Social Affairs;"): no name in it
_FIELDS_LISTED = re.compile(
    rf"[ \u00a0]and[ \u00a0](?:[{UPPER}][\w'’-]*[ \u00a0]){{0,2}}(?:{'|'.join(FIELD_NOUNS)})\b(?![ \u00a0][{UPPER}])"
)
_FAMILY_NAMES_IN_STOP = frozenset({"He", "An"})  # Chinese family names that are also English words
_LIST_NAME = rf"{TOKEN}(?:[ \u00a0]{TOKEN}){{1,2}}"
_LISTED_PEOPLE = re.compile(
    rf"(?P<cue>\b(?:(?:[Vv]ice|[Dd]eputy|[Aa]ssistant)[ \u00a0])?(?:[Aa]dministrators|[Dd]irectors(?:[- ][Gg]eneral)?"
    rf"|[Mm]inisters|[Cc]ommissioners|[Aa]mbassadors|[Rr]epresentatives|[Oo]fficials))[ \u00a0]"
    rf"(?P<list>{_LIST_NAME}(?:,[ \u00a0]{_LIST_NAME})*,?[ \u00a0]and[ \u00a0]{_LIST_NAME})\b"
)


# a mission and the place it is in right before a name ("Chinese Embassy in Dhaka Ada Kemp"): the place is no part of
# the name
_STATION_BEFORE = re.compile(
    rf"\b(?:Embassy|Consulate|Consulate-General|Mission|Office)[ \u00a0]+in[ \u00a0]+(?P<more>[{_UPPER}][\w'’-]*[ \u00a0]+)?$"
)


def _after_station(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name's words after the city a mission is in ("Embassy in Dhaka Ada Kemp": "Ada Kemp"); none when the
    city may run on into the name ("Embassy in Phnom Penh Ada Lind Kemp"). A country is left to the caller."""
    station = _STATION_BEFORE.search(text[max(0, tokens[0][0] - 80) : tokens[0][0]]) if tokens else None
    if station is None or is_country(text[slice(*tokens[0])]):
        return tokens
    return tokens[1:] if len(tokens) == 3 and not station.group("more") else []


# a name after a field's or a body's last word, then "and", inside a title's run: the first of two people
_NAME_AND_NEXT = re.compile(
    rf"\b(?:{'|'.join(FIELD_NOUNS)}|{_HEAD.pattern})[ \u00a0]+(?P<name>{TOKEN}(?:[ \u00a0]{TOKEN}){{1,2}})[ \u00a0]+and[ \u00a0]+"
)
_ENDS_ON_HEAD = re.compile(rf"\b(?:{ORG_HEADS})$")
# a body's head word and "of" right before the words: they name its field ("the Department of Disaster Relief said")
_FIELD_OF = re.compile(rf"\b(?:{ORG_HEADS})[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _trim_name(text: str, start: int, end: int, titled: bool = False) -> tuple[int, int] | None:
    """The name without stop words at either end; None if a stop word sits inside or too little is left. Right
    after a title, a family name that is also a stop word opens the name ("Vice Governor He Zhenyu")."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    if tokens and (lead := _LEADING_ADDRESS.match(text, tokens[0][0], end)):  # "Daw Khin Myat Noe", "PS Mbugua"
        tokens = [(s, e) for s, e in tokens if s >= lead.end()]
    if (owner := next((i for i, (s, e) in enumerate(tokens) if _OWNER.search(text, s, e)), None)) is not None:
        tokens[owner:] = [(tokens[owner][0], _OWNER.search(text, *tokens[owner]).start())]  # "Ada Kemp's Office"
    posts = [i for i, (s, e) in enumerate(tokens) if _TITLE_WORD.fullmatch(text[s:e])]
    tokens = tokens[posts[-1] + 1 :] if posts else tokens  # "IOM Senior Regional Adviser Ada Kemp"
    if tokens and (rank := _LEADING_RANK.match(text, tokens[0][0], end)):  # "Colonel Ivo Lind said"
        tokens = [(s, e) for s, e in tokens if s >= rank.end()]
    tokens = _after_station(text, tokens)
    family = titled and len(tokens) > 1 and not posts and text[tokens[0][0] : tokens[0][1]] in _FAMILY_NAMES_IN_STOP
    while (
        tokens
        and not family
        and (
            text[tokens[0][0] : tokens[0][1]] in _STOP | _REGIONS
            or (
                re.search(r"\b(?:in|for|to) $", text[max(0, tokens[0][0] - 5) : tokens[0][0]])
                and is_country(text[tokens[0][0] : tokens[0][1]])
            )
        )
    ):  # "... for Asia and the Pacific Iori Kato", "... in Kenya Ada Kemp"
        tokens.pop(0)
    while tokens and _RANK.match(text, tokens[-1][0]):  # "Minister of National Defence Gen. Ada Kemp": no "Defence Gen"
        tokens.pop()
    while tokens and text[tokens[-1][0] : tokens[-1][1]] in _STOP:
        if _TITLE_WORD.fullmatch(text[tokens[-1][0] : tokens[-1][1]]) or _HEAD.fullmatch(
            text[tokens[-1][0] : tokens[-1][1]]
        ):
            return None  # the words before a title or a head word qualify it ("IOM Regional Director", "UN Refugee
            # Agency"): no name
        tokens.pop()
    words = [text[s:e] for s, e in tokens]
    if (
        (len(words) < 2 and not (words and _JOINED.fullmatch(words[0])))
        or any(
            (w in _STOP and not (family and i == 0)) or _HEAD.fullmatch(w) or w in _SUBJECTS
            for i, w in enumerate(words)
        )
        or all(w.isupper() for w in words)
        or _ENDS_ON_HEAD.search(" ".join(words))  # "Entry Frontier Inspection Station attended": a body
        or _FIELD_OF.search(text, max(0, tokens[0][0] - 40), tokens[0][0])  # "Department of Disaster Relief"
        or is_country(" ".join(words))  # "Ambassador of China to Sri Lanka will ...": a country, no one
    ):
        return None
    return tokens[0][0], tokens[-1][1]


def organization_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Capitalised names that an acronym in brackets or a head word marks as organizations."""
    end = len(text) if end is None else end
    found = []
    for match in _ACRONYM.finditer(text, start, end):
        span = _spelled_by(text, match.start("run"), match.end("run"), match.group("acronym"))
        if span is not None and (china := _CHINA_BEFORE.search(text, match.start("run"), span[0])):
            span = china.start(), span[1]  # "China National Immigration Administration (NIA)": the name as written
        if span is not None:
            found.append(
                Candidate(
                    "organizations",
                    " ".join(text[span[0] : span[1]].split()),
                    *span,
                    f'acronym in brackets "({match.group("acronym")})"',
                    match.group("acronym"),
                )
            )
    spelled, found = found, [c for c in found if not _GATHERING.search(c.name) and not _is_project(text, c)]
    for match in _ORG_RUN.finditer(text, start, end):
        ranked = _RANKED.search(text, match.start(), match.end())
        stop = min(_before_spelled(text, *match.span(), spelled), ranked.start() if ranked else match.end())
        spans = [(match.start(), stop)]
        if ranked:  # "Lieutenant Colonel Ivo Lind of the Immigration Department": the body after the ranked name too
            after = (
                ranked.end() + len(text[ranked.end() : match.end()]) - len(text[ranked.end() : match.end()].lstrip())
            )
            spans.append((after, _before_spelled(text, after, match.end(), spelled)))
        for s, e in (run for span in spans for run in _head_runs(text, *span)):
            name = " ".join(text[s:e].split())
            found.append(Candidate("organizations", name, s, e, "organization head word", country=owner_country(name)))
    asking = list(_ASKING.finditer(text, start, end))  # "AFP: Will the two sides sign ...?": the outlet that asks
    for match in asking if any(m.group("outlet") for m in asking) else []:
        acronym = match.group("name") if match.group("name").isupper() else None
        found.append(Candidate("organizations", match.group("name"), *match.span("name"), "outlet asking", acronym))
    for match in _TOLD_OUTLET.finditer(text, start, end):  # "an expert ... told CGTN that": the outlet, by its acronym
        found.append(
            Candidate("organizations", match.group("name"), *match.span("name"), "outlet told", match.group("name"))
        )
    for match in _LOCAL_GOVERNMENT.finditer(text, start, end):
        found.append(Candidate("organizations", " ".join(match.group(0).split()), *match.span(), "local government"))
    for match in _MEMBERS.finditer(text, start, end):  # "the ten ASEAN member states": a body that has members
        acronym = match.group("acronym")
        found.append(
            Candidate("organizations", acronym, *match.span("acronym"), 'acronym before "member states"', acronym)
        )
    for match in UN_AGENCY.finditer(text, start, end):  # "the UN migration agency": a registered body's description
        found.append(Candidate("organizations", match.group(0), *match.span(), DESCRIBED_AGENCY))
    for match in _DESCRIBED.finditer(text, start, end):  # "Portugal's migration agency AIMA"
        found.append(
            Candidate(
                "organizations",
                match.group("acronym"),
                *match.span("acronym"),
                f'acronym after "{" ".join(match.group("what").split())}"',
                match.group("acronym"),
            )
        )
    kept = [c for c in _first_per_span(found) if not _VENUE.search(c.name)]
    return sorted(kept + [inner for c in kept if (inner := _accredited_to(text, c)) is not None], key=lambda c: c.start)


# A press conference's question opened by the outlet that asks it ("CCTV: ...?", "Kyodo News: ...?"): an acronym or
# a name with a head word of the press, never a person
_OUTLET_HEADS = r"News|TV|Television|Radio|Daily|Times|Post|Press|Agency|Network|Broadcasting|Media|Journal"
# or, in a transcript where such an outlet asks too, a name of one word ("Reuters: ...?"), never the label of a turn
# ("Question:", "Reporter:") nor a title
_TURN_LABELS = (
    r"Questions?|Questioner|Journalists?|Reporters?|Correspondents?|Moderator|Host|Interviewer|Audience|Participant"
    r"|Follow-up|Answer|Remarks|Note|Editor"
)
# "told CGTN that", "told AFP in an interview": an outlet an interviewee speaks to, by its acronym
_TOLD_OUTLET = re.compile(r"\btold[ \u00a0](?P<name>[A-Z]{3,6})(?=[ \u00a0](?:that|in an interview|on [A-Z])\b|,)")
_ASKING = re.compile(
    rf"^(?P<name>(?P<outlet>[{_UPPER}]{{2,6}}|(?:[{_UPPER}][\w'’-]*[ \u00a0]){{0,3}}(?:{_OUTLET_HEADS}))"
    rf"|(?!(?:{_TURN_LABELS}|{POSTS}|{'|'.join(HONORIFICS)})\b)[{_UPPER}][{LOWER}]{{3,}}):[ \u00a0]"
    r"(?=[^\n]*\?[\s\u00a0]*$)",
    re.MULTILINE,
)
# Where people meet or pass, a place and never a body ("Ninoy Aquino International Airport (NAIA)", "Diaoyutai State
# Guesthouse", "China National Convention Centre", "held at the Government House", "the Presidential Palace")
_VENUE = re.compile(
    r"\b(?:Airport|Terminal(?: \d+)?|Hotel|Guest ?[Hh]ouse|Stadium|Hall|Port of Entry|Railway Station"
    r"|(?:Convention|Exhibition|Conference) (?:Centre|Center)|(?:Government|State) House|Palace|Building|Residence)$"
)
_PART = re.compile(r"\b(?:School|Faculty|Institute|College|Centre|Center|Department|Bureau|Division)\b")
_ACADEMIC = re.compile(rf"(?:[{_UPPER}][\w'’-]* )*?(?:University|Academy|College|Institute)\b|Ministry of ")
_WHOLE = re.compile(rf" of (?:the )?(?=[{_UPPER}])")


def part_and_whole(candidate: Candidate) -> list[Candidate]:
    """A school or institute named with the university or academy it belongs to ("School of Labour Studies of
    Westbrook University", "Overseas Studies Institute of Westbrook University"), a department with its ministry
    ("Department of International Cooperation of the Ministry of Ports"): the part under that whole name (many
    have a "School of Law"), and the whole."""
    for of in _WHOLE.finditer(candidate.name):
        whole = candidate.name[of.end() :]
        if _PART.search(candidate.name, 0, of.start()) and _ACADEMIC.match(whole):
            return [candidate, replace(candidate, name=whole, start=candidate.start + of.end(), acronym=None)]
    return [candidate]


def ministry_part(name: str) -> str | None:
    """A ministry's department named with its ministry ("Department of X of the Ministry of Y", "X Department of the
    Ministry of Y"): its name without the ministry ("Department of X"), the form the text gives when the ministry is
    understood."""
    of = re.search(r" of (?:the )?(?=Ministry of )", name)
    return name[: of.start()] if of and _PART.search(name, 0, of.start()) else None


_OWNER_ACRONYM = re.compile(r"\b[A-Z]{2,}[ \u00a0]$")


def acronym_owner(text: str, candidate: Candidate) -> tuple[int, int] | None:
    """Where the acronym of the body a part belongs to stands just before it ("IOM Department of Partnerships",
    read as the department; "OECD Development Assistance Committee (DAC)", a body its own acronym spells), if it
    does."""
    if not (candidate.acronym or re.match(r"(?:Department|Bureau|Division) of ", candidate.name)):
        return None
    owner = _OWNER_ACRONYM.search(text, max(0, candidate.start - 12), candidate.start)
    return (owner.start(), owner.end() - 1) if owner else None


def _before_spelled(text: str, start: int, end: int, spelled: list[Candidate]) -> int:
    """Where a part ends before the organization it belongs to, when an acronym in brackets names that one
    ("Department of X of the International Organization for Migration (IOM)": the department)."""
    for c in spelled:
        if start < c.start < end and (of := _OF_THE.search(text[start : c.start])):
            return start + of.start()
    return end


_OF_THE = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?$")
# "the Shenzhen municipal government", "Yunnan Provincial People's Government": a government below the state's
_LOCAL_GOVERNMENT = re.compile(
    rf"(?<!\w){TOKEN}(?:[ \u00a0]{TOKEN})?[ \u00a0](?:[Mm]unicipal|[Pp]rovincial|[Cc]ity"
    r"|[Rr]egional|[Cc]ounty)[ \u00a0](?:People['’]s[ \u00a0])?[Gg]overnment\b"
)
_DESCRIBED = re.compile(
    rf"(?:[{_UPPER}][\w-]*['’]s|\b[Tt]he [{_UPPER}][\w-]*)[ \u00a0]"  # whose: "Portugal's"
    rf"(?P<what>(?:[a-z]+[ \u00a0]){{0,3}}(?:agency|ministry|office|service|authority|bureau"
    rf"|police|department|commission|administration|institute))[ \u00a0]"
    rf"(?P<acronym>[{_UPPER}]{{3,}})(?![\w'’-])"
)
# an acronym before its "member states" ("ASEAN member states", "the 27 EU member countries"): a body with members
_MEMBERS = re.compile(
    rf"(?<![\w-])(?P<acronym>[{_UPPER}]{{2,6}})[ \u00a0]+[Mm]ember[ \u00a0]+(?:[Ss]tates|[Cc]ountries|[Nn]ations)\b"
)
# "UN Refugee Agency", "the UN migration agency": the UN's agency for a field, a description of a body
UN_AGENCY = re.compile(r"\b(?:UN|United Nations) (?P<field>[A-Z][a-z]+ Agency|[a-z]+ agency)\b")
DESCRIBED_AGENCY = "the UN's agency for a field"
_ACCREDITED = re.compile(
    r"\b(?:Mission|Delegation|Representation|Office|Embassy)(?:\s+of\s+[^,]+?)?\s+to\s+"
    r"(?:the\s+)?"
)


def _accredited_to(text: str, outer: Candidate) -> Candidate | None:
    """The organization a mission is accredited to ("Mission of X to the UN Office at Vienna"), when its
    name has a head word of its own."""
    to = _ACCREDITED.search(text, outer.start, outer.end)
    name = " ".join(text[to.end() : outer.end].split()) if to else ""
    if len(name.split()) < 2 or not re.search(rf"\b(?:{ORG_HEADS})\b", name):
        return None
    return Candidate("organizations", name, to.end(), outer.end, f'accredited to, in "{outer.name}"')


def _initials(words: list[str]) -> str:
    """The capitals that open each word ("Co-operation": two); an acronym inside a name gives all its letters
    ("UN Office on Drugs and Crime": UNODC)."""
    return "".join(
        word if word.isupper() else "".join(part[0] for part in re.split(r"-(?=[A-Z])", word))
        for word in words
        if word[:1].isupper()
    )


def _loosely(initials: str, letters: str) -> bool:
    """An acronym that skips up to two of the name's initials but keeps its first and last ("Conference on
    Interaction and Confidence Building Measures in Asia (CICA)")."""
    rest = iter(initials)
    return (
        len(letters) >= 3
        and len(initials) <= len(letters) + 2
        and initials[:1] == letters[:1]
        and initials[-1:] == letters[-1:]
        and all(c in rest for c in letters)
    )


_CHINA_BEFORE = re.compile(r"\b(?:China|Chinese)[ \u00a0]+$")  # China's name before a name its acronym spells


def _spelled_by(text: str, start: int, end: int, acronym: str) -> tuple[int, int] | None:
    """The shortest tail of the run whose capitalised initials spell the acronym (or loosely, skipping some)."""
    letters = "".join(c for c in acronym if c.isupper())
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for i in range(len(tokens) - 1, -1, -1):
        words = [text[s:e] for s, e in tokens[i:]]
        if not words[0][:1].isupper():
            continue
        initials = _initials(words)
        small = "".join(
            w[0].upper() if w.islower() and w not in ("the", "and", "of") else _initials([w]) for w in words
        )  # "Forum on China-Africa Cooperation (FOCAC)": its "on" too
        if (
            letters in (initials, small)
            or (initials.replace("O", "", 1) == letters and len(words) > 2)
            or _loosely(initials, letters)
        ):
            return tokens[i][0], tokens[-1][1]
        if len(initials) > len(letters) + 2:
            break
    return None


# "Migration Mobility Support Project (MMSP)", "National Plan of Action (NPA)": a name that says it is a plan or project;
# "Pre-Departure Orientation (PDO)", "Migration Governance Framework (MiGOF)": a service or a framework, no body either;
# "Central Emergency Response Fund (CERF)": a fund, as a fund named without its acronym is none
_PLAN_NAME = re.compile(
    r"\b(?:Project|Programme|Program|Plan|Plan of Action|Strategy|Initiative|Agenda|Roadmap|Orientation|Training"
    r"|Framework|Fund)$"
)


# a document's name ("Memorandum of Understanding (MoU)", "Agreement on ..."): no organization
_DOCUMENT = re.compile(r"(?:Memorandum|Agreement|Convention|Protocol|Treaty|Declaration|Covenant|Letter) (?:of|on)\b")


def _is_project(text: str, candidate: Candidate) -> bool:
    """Whether the name ends in a plan's or project's word (unless a UN body's, "World Food Programme"), opens as a
    document's, or the text calls the name or its acronym a project or programme ("the CBMM project", '"Capacity
    Building for Migration Management (CBMM) in China" project'): a programme or document, not an organization."""
    if _DOCUMENT.match(candidate.name):
        return True
    if _PLAN_NAME.search(candidate.name) and not _UN_PROGRAMME.search(candidate.name):
        return True
    forms = "|".join(re.escape(f) for f in (candidate.name, candidate.acronym) if f)
    return (
        re.search(rf"\b(?:{forms})\)?(?: in [{UPPER}][\w'’-]*)?[\"”’']? (?:[Pp]roject|[Pp]rogramme|[Pp]rogram)\b", text)
        is not None
    )


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym spells the whole name by its initials ("CCG": "Center for China and Globalization")."""
    return _spelled_by(name, 0, len(name), acronym) == (0, len(name))


# "... to the UN Office at Geneva and Other International Organizations in Switzerland": the rest of the formula of a
# mission's accreditation, no body of its own
_OTHERS = re.compile(r"[ \u00a0]and[ \u00a0]Other[ \u00a0](?:[A-Z][\w'’-]*[ \u00a0])*?Organi[sz]ations\b")


# "European Union-funded", "Government of Somalia-backed", "IOM-led": a compound adjective made of a body's name and
# a participle in lower case; the body ends before the hyphen, what the adjective qualifies starts after it
_HYPHENED_PARTICIPLE = re.compile(r"(?<=\w)-(?:[a-z]+ed|led|run|made|built|owned|held)\b\s*")


def _adjective_sides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised run cut at each compound adjective's participle ("Harwick Foundation-funded Safe Routes Project":
    "Harwick Foundation", "Safe Routes Project")."""
    cuts = [start, *(i for m in _HYPHENED_PARTICIPLE.finditer(text, start, end) for i in m.span()), end]
    return [(s, e) for s, e in zip(cuts[::2], cuts[1::2]) if s < e]


# a state's formal name before its country's name ("the People's Republic of China", "the Republic of Serbia")
_FORMAL_STATE = re.compile(r"^(?:the )?(?:People['’]s )?Republic of (?:the )?")


def _head_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a capitalised run that name an organization (a head word, titles before it removed), up to the rest
    of a mission's accreditation ("and Other International Organizations in ...")."""
    runs = []
    if others := _OTHERS.search(text, start, end):
        end = others.start()
    for s, e in (part for side in _adjective_sides(text, start, end) for part in _parts(text, *side)):
        if _PORTFOLIO.match(text[s:e]):  # "Secretary for Immigration and Citizen Services": a post's field
            continue
        if lead := _LEADING_TITLE.match(text[s:e]) or _LEADING_GROUP.match(text[s:e]):
            s += lead.end()
        if rest := _TITLE_REST.match(text[s:e]) or _TITLED.match(text[s:e]):  # "General of the ..." left of
            s += rest.end()  # "Director-General"
        if (to := re.match(rf"((?:the )?[{UPPER}][\w'’ -]*?) to (?:the )?", text[s:e])) and is_country(
            _FORMAL_STATE.sub("", to.group(1))
        ):  # "China to the UN Office at ...", "the People's Republic of China to the ...": the country a mission serves
            s += to.end()
        if event := _EVENT_OF.match(text[s:e]):  # "Johannesburg Summit of the Forum on ...": the forum
            s += event.end()
        if when := _LEADING_WHEN.match(text[s:e]):  # "30 May at the IOM Regional Office ...": the office
            s += when.end()
        if verb := _LEADING_VERB.match(text[s:e]):  # "Addressing the Council, ...": a verb and its object
            s += verb.end()
        if lead := re.match(rf"(?:(?:{_JOIN}|The) )+", text[s:e]):  # "... and at the Embassy of ...": the Embassy
            s += lead.end()
        if (whose := _WHOSE.match(text[s:e])) and not re.search(rf"\b(?:{ORG_HEADS})\b", whose.group(0)):
            s += whose.end()  # "Ivo Lind of the Department of X": no head word before "of", no part of the name
        if (
            owner := re.match(
                rf"(?!People['’]s )[{UPPER}][\w-]*(?: [{UPPER}][\w-]*)?['’]s |[{UPPER}]{{2,}} (?=(?:Department|Bureau|Division) of )",
                text[s:e],
            )
        ) and not owner_country(owner.group(0)):  # "China's Ministry of ...", "NIA Department of ...": the ministry,
            s += owner.end()  # the department; "People's" is no owner, another country's name stays ("Vietnam's ...")
        s, e = _trimmed(text, s, e)
        if back := _OWNER_BACK.search(text, s, e):  # "Department for X of the Ministry": the ministry named before
            e = back.start()
        if _STATIONED.search(text, s, e) and _PLACED_VAGUELY.match(text, e):
            continue  # "the Chinese Embassy in the country concerned": which one is not said
        if re.fullmatch(TITLES, " ".join(text[s:e].split())):
            continue  # "Deputy Head of Mission, Chinese Embassy ...": a post, no body
        words = text[s:e].split()
        programme = re.search(r"\b(?:Programme|Program|Fund|Project|Initiative)$", text[s:e])
        named = (
            _UN_PROGRAMME.search(text[s:e])
            if programme
            else re.search(rf"\b(?:{ORG_HEADS})\b|^Forum (?:on|for) ", text[s:e])
        )  # a standing forum, not "the X Forum" (an event)
        if (
            len(words) >= 2
            and named
            and not _GATHERING.search(text[s:e])  # "International Border Police Conference": an event
            and not _enacted(text[s:e])
            and not _GATHERING_ON.match(text[s:e])
            and not all(_GENERIC.fullmatch(w) for w in _WHERE_OR_WHOM.split(text[s:e])[0].split())
            # "the Consulate General", "the Embassy in Phnom Penh": a description (and where), whose is left to the text;
            # "handed over by the Embassy to IOM Fiji": a description, then to whom
            and words[0]
            not in _STOP
            - {
                "Chinese",
                "China",
                "International",
                "National",
                "United",
                "Global",
                "State",
                "Ministry",
                "Foreign",
                "Forum",
                "Office",
                "Embassy",
                "Department",
                "Immigration",
                "Migration",
                "Organization",
                "Mission",
                "Bureau",
                "Council",
                "Commission",
                "World",
                "Government",
                "General",  # "General Department of Immigration", "General Administration of Customs"
                "Police",  # "Police Department of ...": a rank before a name is cut off before ("Police Colonel")
            }
        ):
            e += _listed_after(text, s, e)
            runs.append((s, e + _place_kind_after(text, s, e)))
    return runs


_SEA = re.compile(r"^\S+ (?:Ocean|Sea|Gulf)\b")
_OWNER_COUNTRY = re.compile(r"(?P<country>[A-Z][\w -]*?)['’](?:s\b|(?= ))")  # "Vietnam's", "Laos'"


def owner_country(name: str) -> str | None:
    """The ISO 3166 code of the country other than China whose possessive or adjective opens a body's name, or that
    closes it after "of" ("Vietnam's Border Guard Command", "Laos' Ministry of Public Security", "Egyptian Ministry of
    Manpower", "State Secretariat for Migration of Switzerland"): the body is that country's, and its name keeps the
    possessive; China's ("China's Ministry of ...") is dropped, as the corpus names China's bodies without it."""
    owner = _OWNER_COUNTRY.match(name)
    adjective = None if _SEA.search(name) else _demonyms()[1].match(name)  # "Indian Ocean Commission": no India's
    closing = _OF_COUNTRY.match(name)
    code = (
        _countries()[0].get(owner.group("country"))
        if owner
        else _demonyms()[0].get(adjective.group(0))
        if adjective
        else _countries()[0].get(closing.group("country"))
        if closing
        else None
    )
    return code if code != "CN" else None


_OF_COUNTRY = re.compile(r".* of (?:the )?(?P<country>[A-Z][\w'’ -]*)$")  # "... of Y", "... of the Republic of Y"


_LISTED = re.compile(rf"\b(?:of|for) [{UPPER}][\w'’-]+$")
# "... Labour, Invalids and Social Affairs": the last subject of the list may take a noun of a field after it
_LISTED_REST = re.compile(
    rf", (?:[{UPPER}][\w'’-]+, )*[{UPPER}][\w'’-]+,? and [{UPPER}][\w'’-]+(?: (?:{'|'.join(FIELD_NOUNS)}))?\b"
)


def _listed_after(text: str, start: int, end: int) -> int:
    """How far the name goes on over a list after its "of" ("Ministry of Labour, Immigration and Population")."""
    rest = _LISTED_REST.match(text, end) if _LISTED.search(text, start, end) else None
    return rest.end() - end if rest else 0


# "Police Department of Almaty city", "Public Security Bureau of Yunnan province": the kind of the place, in lower case
_PLACE_KIND = re.compile(r"[ \u00a0](?:city|province|prefecture|county|municipality|region|oblast|district)\b")


def _place_kind_after(text: str, start: int, end: int) -> int:
    """How far the name goes on over the lower-case kind of the place its "of" names ("... of Almaty city")."""
    kind = _PLACE_KIND.match(text, end) if _LISTED.search(text, start, end) else None
    return kind.end() - end if kind else 0


# "Ada Kemp of the Department of X", "Ada Kemp of the Chinese Embassy in Y", "Xi Jinping at the UN General Assembly": a
# person before "of the" and a head word
_WHOSE = re.compile(
    rf"(?:[{_UPPER}][\w'’-]* ){{1,3}}(?:of|from|at) the (?=(?:[{_UPPER}][\w'’-]* ){{0,2}}(?:{ORG_HEADS})\b)"
)
_CAPITALISED = re.compile(rf"(?:the )?(?:[{UPPER}][\w'’-]*(?: |$))*")  # the name that opens a text after "and"
_PAIRED = re.compile(rf"[{_UPPER}]{_LOWER}+")
_HEADED = re.compile(rf"[{_UPPER}]{_LOWER}+ (?:{ORG_HEADS})\b")
# "Entry Frontier Inspection Station" after "Mohan Exit and": a few words before the head word, when no body came first
_HEADED_FAR = re.compile(rf"[{_UPPER}]{_LOWER}+(?: [{_UPPER}]{_LOWER}+){{0,2}} (?:{ORG_HEADS})\b")


# "Border Control Department of the NIA and of the Yunnan Provincial Public Security Department": two bodies
_OF_AGAIN = re.compile(rf"(?:of|for) (?:the )?(?:[{_UPPER}][\w'’-]* )*(?:{ORG_HEADS})\b")


_PART_OWNED = re.compile(
    r"\b(?:Department|Bureau|Division|Office|Unit|Section) (?:of|for) .+ of "
)  # "Department of X of Y"


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run cut at commas, at a title word ("IOM China | Chief of Mission ...") and at "and" between
    two names ("NIA and IOM", "X of Y and the International Organization for Migration"), not inside one
    ("Department of International Organizations and Conferences": no head word before its "of" or "on"), at "at the"
    between a part and the body it belongs to ("Department of Treaty and Law at the Ministry of ..."), and at "at"
    before a place ("... Administration at Nyayo House"), not in an office's name ("UN Office at Geneva")."""
    cuts = [start]
    for m in re.finditer(
        rf", ?| and | at (?:the )?|\b(?=(?:{POSTS}|Chief|Deputy|Vice|Head)\b(?! (?:{ORG_HEADS})\b))"
        rf"|\b(?=(?P<staff>(?:[{_UPPER}][{LOWER}]+ )?(?:{STAFF})\b)(?! (?:{ORG_HEADS})\b))",
        text[start:end],
    ):
        left, right = text[cuts[-1] : start + m.start()], text[start + m.end() : end]
        if m.group("staff") and not re.search(rf"\b(?:{ORG_HEADS}) $", left):
            continue  # "... Commission Special Adviser Ada Kemp": a post right after a body's head word, not inside it
        first = next((w for w in right.split() if w not in ("the", "The")), "")
        named = re.search(rf"\b(?:{ORG_HEADS})\b", _CAPITALISED.match(right).group(0))
        if m.group(0) == " at the " and not (named and re.search(rf"\b(?:{ORG_HEADS})\b", left)):
            continue
        if m.group(0) == " at " and left.endswith("Office"):  # "UN Office at Geneva", not "... at Nyayo House"
            continue
        listed = right.startswith("the ") and first not in _REGIONS  # "X of A and the B": two, not "... the Pacific"
        # "Department of X of CIDCA and of IOM China": a part named with its owner, then "and of" another owner
        listed |= right.startswith(("of ", "for ")) and _PART_OWNED.search(left) is not None
        listed |= bool(_OF_AGAIN.match(right)) and bool(re.search(rf"\b(?:{ORG_HEADS})\b", left))
        if (
            m.group(0) == " and "
            and re.search(r" (?:of|for|on) ", left)  # "Standing Committee on Programmes and Finance" too
            and not listed
            and not named
            and not first.isupper()
        ):
            continue
        last = left.split()[-1] if left.strip() else ""
        if (
            m.group(0) == " and "
            and _PAIRED.fullmatch(last)
            and (last not in _STOP or last in _SUBJECTS)  # "Immigration and Naturalisation Service"
            and not is_country(last)
            and (
                (not re.search(rf"\b(?:{ORG_HEADS})\b", left) and _HEADED_FAR.match(right))
                or (re.search(rf"\b(?:{ORG_HEADS}) of (?:the )?{re.escape(last)}$", left) and _HEADED.match(right))
            )
        ):
            continue  # "Exit and Entry Administration", "Bureau of Exit and Entry Administration": one name
        cuts += [start + m.start(), start + m.end()]
    cuts.append(end)
    return [(s, e) for s, e in zip(cuts[::2], cuts[1::2]) if s < e]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a trailing date (its month in full or abbreviated before the day), currency ("Ministry of Commerce for USD 2 million") or place: the one after
    "in" ("University in Beijing"), except a mission's or office's first ("Embassy ... in Kenya in Nairobi")
    unless the name already says what it serves ("Regional Office for Asia and the Pacific in Bangkok"); nor a
    subject after "on" that the head word before it does not take ("Fudan University on the Global Compact", not
    "Network on Migration"), nor the name a form of address opens ("Department of Immigration Mr. Ivo Lind")."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    words = [text[s:e] for s, e in tokens]
    ins = [i for i, w in enumerate(words) if w == "in"]
    before = " ".join(words[: ins[0]]) if ins else ""
    stationed = _STATIONED.search(before) and not re.search(rf"{_STATIONED.pattern} for ", before)
    if len(ins) > 1 or (ins and not stationed):
        cut = ins[1] if stationed else ins[0]
        tokens, words = tokens[:cut], words[:cut]
    if cut := next((i for i, w in enumerate(words) if i and _ends_name(w, words[i - 1])), None):
        tokens, words = tokens[:cut], words[:cut]
    while len(words) > 1 and (
        words[-1] in _WHEN
        or _MONTH_DAY.match(text, tokens[-1][0])
        or re.fullmatch(_JOIN, words[-1])
        or (words[-1].isupper() and re.match(r"\s?\d", text[tokens[-1][1] : tokens[-1][1] + 2]))
    ):
        tokens.pop()
        words.pop()
    return (tokens[0][0], tokens[-1][1]) if tokens else (start, end)


# head words that take a subject after "on" ("Committee on Migrant Workers", "UN Office on Drugs and Crime")
_TAKES_ON = frozenset(
    "Committee Commission Council Network Forum Conference Dialogue Office Convention Group Force Centre Center "
    "Institute Programme Summit Consultation Consultations Process Panel Board Coalition Alliance Partnership".split()
)


def _ends_name(word: str, before: str) -> bool:
    """Whether a word ends an organization's name before it: a form of address, an "on" its head does not take, or
    an acronym after a word of the name, unbracketed ("United Nations Refugee Agency UNHCR chief": a name of its own,
    unlike "Office of the UNHCR" or "UN DESA")."""
    return (
        word.rstrip(".") in ("Mr", "Mrs", "Ms", "Mx", "Mme", "Miss", "Dr", "Prof", "Md", "Mohd")
        or (word == "on" and before not in _TAKES_ON)
        or (re.fullmatch(r"[A-Z]{2,}", word) is not None and before[:1].isupper() and not before.isupper())
    )


# a part's owner by its head word alone, a reference back to a body named before ("Department for X of the Ministry")
_OWNER_BACK = re.compile(rf"[ \u00a0]+(?:of|under)[ \u00a0]+the[ \u00a0]+(?:{ORG_HEADS})$")
_PLACED_VAGUELY = re.compile(r"\s+in\s+(?:the\s+|a\s+|each\s+|every\s+)?[a-z]")
_STATIONED = re.compile(r"\b(?:Embassy|Consulate|Consulate-General|Mission|Office|Delegation|Representation|Liaison)\b")


def _first_per_span(found: list[Candidate]) -> list[Candidate]:
    """One candidate per span (the first cue wins), in text order, overlapping ones dropped."""
    kept: list[Candidate] = []
    for candidate in found:
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})  # CLDR territories that are no country


# The UN's short names that releases use and CLDR's English names are not ("Viet Nam", "Lao PDR")
_UN_NAMES = {"Viet Nam": "VN", "Lao PDR": "LA", "Republic of Korea": "KR", "Russian Federation": "RU", "Türkiye": "TR"}


def _as_written(name: str) -> list[str]:
    """A CLDR name and the same as texts spell it, "and" for CLDR's "&" and "Saint" for its "St." ("Trinidad and
    Tobago", "Saint Lucia"). Not "Myanmar" for "Myanmar (Burma)": texts that name it more often than China would no
    longer place themselves in China (``draft._named_most``) where their dateline's city is unknown."""
    return list(dict.fromkeys([name, re.sub(r"^St\. ", "Saint ", name.replace(" & ", " and "))]))


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """English country names (CLDR, through babel) -> ISO 3166 alpha-2 code; a pattern for any of them; the
    pattern of the cues that name a country as a party."""
    names = {
        written: code
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
        for written in _as_written(name)
    }
    names |= {name: code for name, code in _UN_NAMES.items() if name not in names}
    country = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    listed = rf"(?:the )?(?:{country})(?:, (?:the )?(?:{country}))*(?:,? and (?:the )?(?:{country}))?"
    cues = re.compile(
        rf"\b(?P<cue>[Dd]elegations? (?:from|of)|[Gg]overnments? of) (?P<list>{listed})\b"
        rf"|\b(?:the )?(?P<one>{country})(?P<after>['’]s (?:delegation|government)"
        r"| (?:delegation|government)\b)"
    )
    return names, re.compile(country), cues


def is_country(name: str, short: bool = False) -> bool:
    """Whether CLDR (through babel) names a country so in English; with ``short``, also by the name before the
    bracket CLDR adds ("Myanmar" of "Myanmar (Burma)"), as an office's name has it ("IOM Myanmar")."""
    return name in _countries()[0] or (short and name in _short_countries())


@lru_cache(maxsize=1)
def _short_countries() -> frozenset[str]:
    """CLDR's country names that carry a bracket, without it ("Myanmar (Burma)": "Myanmar")."""
    return frozenset(
        name.split(" (")[0]
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and " (" in name
    )


def countries_in(text: str) -> set[str]:
    """ISO 3166 codes of the countries that ``text`` names (CLDR's English names)."""
    names, country, _ = _countries()
    return {names[m.group(0)] for m in country.finditer(text)}


def country_names_in(text: str) -> list[str]:
    """The ISO 3166 code of each country name in ``text``, once per time it is named."""
    names, country, _ = _countries()
    return [names[m.group(0)] for m in country.finditer(text)]


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Adjectives of country, derived from CLDR's names by the usual endings ("Kenyan", "Vietnamese", "Nepali",
    "Italian", "Chinese"; "Thai" of Thailand, "Lao" of Laos, "Philippine", "Kazakh", "Uzbek", "Slovak"): adjective -> code, and
    their pattern."""
    names = _countries()[0]
    found: dict[str, str] = {}
    for name, code in names.items():
        stems = [name + end for end in ("n", "an", "ese", "i", "ian")]
        stems += [name[:-1] + end for end in ("an", "ian", "ese")]
        stems += [name[: -len(end)] for end in ("land", "s") if name.endswith(end) and len(name) - len(end) >= 3]
        stems += [name[:-2] for end in ("kia", "chia") if name.endswith(end)]  # "Slovak", "Czech"
        stems += [name[: -len(end)] for end in ("istan", "stan") if name.endswith(end) and len(name) - len(end) >= 5]
        for stem in stems:
            if stem not in names and stem[:1].isupper():
                found.setdefault(stem, code)
    pattern = "|".join(sorted(map(re.escape, found), key=len, reverse=True))
    return found, re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])")


def demonyms_in(text: str) -> list[str]:
    """The ISO 3166 code of each adjective of country in ``text`` ("Vietnamese" -> VN), once per time it is used."""
    found, pattern = _demonyms()
    return [found[m.group(0)] for m in pattern.finditer(text)]


# a name in pinyin ("Wang Yi", "Xu Ganlu", "XU Ganlu"): each word one or more syllables, an initial and a final
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)"
)
PINYIN_NAME = re.compile(rf"(?i)(?:{_SYLLABLE})+(?:[ \u00a0-](?:{_SYLLABLE})+)*")


def country_mentions(text: str) -> list[tuple[str, int, int]]:
    """Each country's name or adjective in ``text``: its ISO 3166 code, start and end ("Vietnamese", "Kenya")."""
    names, country, _ = _countries()
    found, adjective = _demonyms()
    return [(names[m.group(0)], *m.span()) for m in country.finditer(text)] + [
        (found[m.group(0)], *m.span()) for m in adjective.finditer(text)
    ]


def without_country(name: str) -> tuple[str, set[str]]:
    """A name with its countries' names and adjectives blanked out, and their ISO 3166 codes ("Thai Immigration
    Bureau": " Immigration Bureau", {"TH"})."""
    names, country, _ = _countries()
    found, adjective = _demonyms()
    codes = {found[m.group(0)] for m in adjective.finditer(name)}  # "Vietnamese" before the "Vietnam" in it
    rest = adjective.sub(" ", name)
    codes |= {names[m.group(0)] for m in country.finditer(rest)}
    rest = _POSSESSIVE_LEFT.sub("", country.sub(" ", rest))  # "Kenya's State Department": no "'s" left
    return (_REPUBLIC.sub(" ", rest) if codes else rest), codes


_POSSESSIVE_LEFT = re.compile(r"(?:^|(?<= ))['’]s?(?= |$)")  # a possessive whose country was blanked out
# the state's word around a country's name or adjective ("the Slovak Republic", "the Republic of Uzbekistan")
_REPUBLIC = re.compile(r"\b(?:People['’]s )?Republic\b")


# a delegation of a body other than the government ("a police delegation", "a parliamentary delegation")
_BODYS_DELEGATION = re.compile(
    r"\b(?:police|military|army|parliamentary|party|judicial|customs|immigration|border|business|trade|media|press"
    r"|youth|university|academic)[ \u00a0]$",
    re.IGNORECASE,
)


def government_candidates(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Countries named as a party: "delegation(s) from/of A, B and C", "A's delegation", "the A delegation",
    "the government of A", "A's government"; each stands for the government of A, unless the delegation is a
    body's ("a police delegation from A": A's police or ministry, which the text names or not)."""
    end = len(text) if end is None else end
    names, country, cues = _countries()
    found = []
    for match in cues.finditer(text, start, end):
        if match.group("cue") and _BODYS_DELEGATION.search(text, max(0, match.start() - 20), match.start()):
            continue
        group = "list" if match.group("list") else "one"
        cue = " ".join((match.group("cue") or match.group("after").lstrip("'’s ")).split())
        for name in country.finditer(match.group(group)):
            s = match.start(group) + name.start()
            found.append(
                Candidate(
                    "organizations",
                    name.group(0),
                    s,
                    s + len(name.group(0)),
                    f'country named as a party ("{cue}")',
                    country=names[name.group(0)],
                )
            )
    return found + _governments_by_adjective(text, start, end)


def _governments_by_adjective(text: str, start: int, end: int) -> list[Candidate]:
    """A government named by its country's adjective, "the Fijian government", "the Philippine Government": the
    candidate spans both words and is named by the country (CLDR's first English name for its code)."""
    found, adjective = _demonyms()
    country = {code: name for name, code in reversed(_countries()[0].items())}
    return [
        Candidate(
            "organizations",
            country[found[m.group(0)]],
            m.start(),
            m.end() + len(after.group(0)),
            f'country named as a party ("{m.group(0)} government")',
            country=found[m.group(0)],
        )
        for m in adjective.finditer(text, start, end)
        if text[max(0, m.start() - 4) : m.start()].lower() == "the "
        and (after := _GOVERNMENT_AFTER.match(text, m.end())) is not None
    ]


_GOVERNMENT_AFTER = re.compile(r"[ \u00a0]+[Gg]overnment\b(?!['’-])")  # "the Fijian government", not "government-run"
