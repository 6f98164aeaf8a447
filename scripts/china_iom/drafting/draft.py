"""Draft an article's annotation: run every detector and gather what they propose.

The result holds the findings as offsets (for ``evaluate``) and, for ``draft_yaml``,
everything needed to write the annotation and the new registry entries and aliases.
Nothing here is confirmed: every item is written with ``proposed: true``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from babel import Locale

from china_iom.annotation import dates as isodates
from china_iom.annotation.models import Annotation
from china_iom.annotation.quotes import Selector, find_all
from china_iom.annotation.registry import Registries, fold, surface_forms
from china_iom.annotation.sentences import LOWER, UPPER, split_sentences
from china_iom.drafting.body import Layout, credit_line, find_layout, paragraph_starts, source_line
from china_iom.drafting.detect_candidates import (
    BRIEFING,
    DESCRIBED_AGENCY,
    FORMS_OF_ADDRESS,
    HONORIFICS,
    ORG_HEADS,
    PINYIN_NAME,
    STATEMENT,
    UN_AGENCY,
    Candidate,
    acronym_owner,
    countries_in,
    country_names_in,
    demonyms_in,
    government_candidates,
    is_country,
    ministry_part,
    names_a_person,
    organization_candidates,
    part_and_whole,
    person_candidates,
    spells,
    without_country,
)
from china_iom.drafting.detect_dates import Anchor, DatePhrase, find_dates
from china_iom.drafting.detect_roles import RoleSpan, find_roles
from china_iom.drafting.detect_speakers import POSSESSIVE, EntitySpan, co_speakers, speakers, turns
from china_iom.drafting.extract import consulate_city, embassy_country
from china_iom.drafting.matcher import ALL_KINDS, AliasMatcher, Match
from china_iom.drafting.meetings.meeting import ProposedMeeting, still_to_come
from china_iom.drafting.meetings.propose import propose_meetings
from china_iom.drafting.meetings.sides import joint_speakers
from china_iom.drafting.meetings.triggers import GATHERING_SUBJECT
from china_iom.drafting.titles import POSTS

DUPLICATE_JACCARD = 0.8
NEAR_NAME_RATIO = 0.8


@dataclass(frozen=True)
class OtherArticle:
    """An article already in the seeds (its annotation is None where it does not validate)."""

    article_id: str
    text: str
    annotation: Annotation | None


@dataclass(frozen=True)
class Mention:
    kind: str
    entity_id: str
    start: int
    end: int
    speakers: tuple[str, ...] = ()  # one, or the parties of a joint statement


@dataclass
class NewEntry:
    """A proposed registry entry, with the evidence that suggested it."""

    kind: str
    fields: dict
    evidence: str


@dataclass(frozen=True)
class NewAlias:
    kind: str
    entity_id: str
    form: str
    reason: str


@dataclass
class Draft:
    """Everything the detectors propose for one article."""

    article_id: str
    text: str
    layout: Layout
    sentences: list[tuple[int, int]]
    published: DatePhrase | None
    anchor: Anchor | None
    dates: list[DatePhrase]
    mentions: list[Mention]
    meetings: list[ProposedMeeting]
    meeting_ids: list[str]
    also_reports: dict[int, str]  # meeting index -> id of the same meeting defined in another article
    parents: dict[int, str]  # meeting index -> id of a trip defined in another article
    new_entries: list[NewEntry]
    new_aliases: list[NewAlias]
    names: dict[tuple[str, str], str]  # (kind, id) -> display name
    duplicates: list[tuple[str, float]]
    roles: list[RoleSpan] = field(default_factory=list)
    in_china: bool = True  # whether the text places itself in China (see draft_article)
    sentence_country: list[bool | None] = field(default_factory=list)  # see _sentence_in_china
    notes: dict[str, list[str]] = field(default_factory=lambda: {"found": [], "undecided": [], "check": []})


def slug(name: str) -> str:
    """Lower-case ASCII slug of a name (the registries' id form)."""
    plain = fold(name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "entry"


def draft_article(
    article_id: str,
    text: str,
    registries: Registries,
    others: list[OtherArticle],
    published_hint: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Draft:
    """Run the detectors on ``text`` against the registries and the articles already in the seeds; ``publisher`` is
    the publisher's organization id where it is known before drafting (given, or read from the page's address), and
    ``url`` the page's address (a Chinese embassy's site names its country)."""
    stored, layout = text, find_layout(text)
    body = layout.body
    sentences = split_sentences(text, *body)
    published = _published(text, layout, published_hint)
    anchor = _anchor(text, layout, published)
    text = unwrapped(text, sentences)
    phrases = find_dates(text, *body, anchor)
    matches = AliasMatcher(registries, ALL_KINDS).find(text, *body)
    places = [m for m in matches if m.kind == "places"]
    home = _dateline_country(layout, places, registries) or _publisher_country(registries, publisher)
    in_china = home in _CHINA_ITSELF if home is not None else _named_most(text, layout, places, registries)
    parties = {(c.start, c.end) for c in government_candidates(text, *body)}
    known = [
        m
        for m in matches
        if m.kind != "places"
        and not _country_as_no_party(m, registries, parties)
        and _not_inside_a_name(text, m)
        and not _names_a_fund(text, m)
        and not _names_a_post_or_event(text, m)
        and not _names_a_body(text, m)
        and not _against_it(text, m)
        and not _part_of_a_description(text, m, registries)
    ]
    dateline = layout.dateline or (0, 0)
    sentence_country = [  # a home in China places all the report there; elsewhere, a sentence may place itself
        None
        if home in _CHINA_ITSELF
        else _sentence_in_china(
            text[max(s, dateline[1]) if s < dateline[1] <= e else s : e],
            [p for p in places if s <= p.start < e and not dateline[0] <= p.start < dateline[1]],
            registries,
        )
        for s, e in sentences
    ]
    unplaced = [
        m
        for m in known
        if _countryless(m.quote, m.entity_id, registries)
        and (
            _said_foreign(text, m.start)
            or not (
                _china_s_here(m.start, sentences, sentence_country, in_china)
                or (in_china and _set_apart(text, m, sentences))
            )
        )
        and not _said_chinese(text, m.quote)
        and not _in_china_s_delegation(text, m, sentences)
    ]
    unplaced += _spelled_acronyms(text, unplaced, known)
    known = [m for m in known if m not in unplaced and not _anothers_acronym(text, m, registries)]
    draft = Draft(
        article_id,
        text,
        layout,
        sentences,
        published,
        anchor,
        phrases,
        [],
        [],
        [],
        {},
        {},
        [],
        [],
        _names(registries),
        _duplicates(text, others),
        in_china=in_china,
        sentence_country=sentence_country,
    )
    _known_mentions(draft, known)
    for m in unplaced:
        _not_placed(draft, " ".join(m.quote.split()), m.entity_id)
    _candidates(draft, registries, known)
    _initials_of_new(draft)
    _governments(draft, registries, known)
    _family_names(draft, registries)
    _unclaimed_aliases_dropped(draft)
    people = [EntitySpan(m.entity_id, m.start, m.end) for m in draft.mentions if m.kind == "people"]
    orgs = [EntitySpan(m.entity_id, m.start, m.end) for m in draft.mentions if m.kind == "organizations"]
    draft.roles = _at_the_mission(
        draft,
        registries,
        _embassies_inferred(
            draft,
            registries,
            _offices_inferred(
                draft,
                registries,
                _governments_inferred(
                    draft,
                    registries,
                    find_roles(
                        text,
                        people,
                        orgs,
                        _ministries(registries, draft.new_entries),
                        names := _by_name(draft, registries),
                        registered := _registered_homes(registries),
                    ),
                ),
            ),
            url,
            publisher,
        ),
    )
    voiced = _publisher_country(registries, publisher) in _CHINA_ITSELF
    draft.roles = [_placed_role(draft, registries, r, voiced) for r in draft.roles]
    titles = [(r.person, r.title) for r in draft.roles]
    said = speakers(text, sentences, people, titles, _homes(draft, registries, registered))
    countries = {pid for pid, p in registries.places.entries.items() if getattr(p, "kind", "") == "country"}
    dateline = layout.dateline or (0, 0)
    undated_line = [d for d in phrases if not (dateline[0] <= d.start < dateline[1])]  # the dateline dates the report
    in_line = [m.entity_id for m in places if dateline[0] <= m.start < dateline[1]]
    place_country = {pid: getattr(p, "country", None) for pid, p in registries.places.entries.items()}
    parties = [o for o in orgs if not dateline[0] <= o.start < dateline[1]]  # the dateline's agency takes no part
    draft.meetings = propose_meetings(
        text,
        sentences,
        people,
        parties,
        [
            EntitySpan(m.entity_id, m.start, m.end)
            for m in places
            if not dateline[0] <= m.start < dateline[1]
            and not _inside(text, m, orgs)
            and not POSSESSIVE.match(text, m.end)  # "China's ministry": an owner
            and not (m.entity_id in countries and _a_party(text, m, orgs))
        ],
        undated_line,
        countries,
        in_line[0] if in_line else None,
        place_country,
        _affiliations(draft),
        {r.person: r.organization for r in reversed(draft.roles) if r.organization},
        _body_kinds(registries, draft.new_entries),
    )
    if draft.anchor is not None:  # a planned stop of a trip already begun: the days still to come
        still_to_come(draft.meetings, draft.anchor.day)
    reported = {m.sentence for m in draft.meetings}  # a meeting's agenda is no position of who announces it
    floor = turns(text, sentences, people, *_headline_speakers(text, layout, names))
    said = [
        spoken or joint or ((f,) if f and sentence not in reported else ())
        for spoken, joint, f, sentence in zip(
            co_speakers(text, sentences, people, said, titles),
            joint_speakers(text, sentences, draft.meetings),
            floor,
            sentences,
        )
    ]
    draft.mentions = [_with_speaker(text, m, sentences, said) for m in draft.mentions]
    _link_meetings(draft, others)
    draft.text = stored
    _notes(draft)
    return draft


def _affiliations(draft: Draft) -> dict[str, str]:
    """The organization each person's role in the text names, for the sides of a meeting: of a post at an office
    the text does not name but implies ("IOM Regional Director for Asia and the Pacific"), the organization it
    names (IOM); none for another body implied (an embassy a title infers)."""
    implied = {
        e.fields["id"]: e.fields.get("parent") if e.fields.get("kind") == "intergovernmental_office" else None
        for e in draft.new_entries
        if e.fields.get("note", "").startswith(_INFERRED)
    }
    named = ((r.person, implied.get(r.organization, r.organization)) for r in reversed(draft.roles))
    return {person: organization for person, organization in named if organization}


def unwrapped(text: str, sentences: list[tuple[int, int]]) -> str:
    """The text with each line break inside a sentence (hard-wrapped copy) read as a space, offsets unchanged:
    the detectors read a title at the end of one line and its name on the next as one phrase; the draft
    quotes the stored text."""
    parts, last = [], 0
    for s, e in sentences:
        parts += [text[last:s], text[s:e].replace("\n", " ")]
        last = e
    return "".join([*parts, text[last:]])


def _a_party(text: str, place: Match, orgs: list[EntitySpan]) -> bool:
    """A country coordinated with an organization ("China and the IOM signed") is a party, not where."""
    return any(
        re.fullmatch(r" and (?:the )?", text[place.end : o.start])
        or re.fullmatch(r" and (?:the )?", text[o.end : place.start])
        for o in orgs
    )


_DIPLOMAT = re.compile(
    r"\b(?:Ambassador|Counsell?or|Permanent Representative|Consul|Attach[eé]|Charg[eé])\b", re.IGNORECASE
)


def _missions(draft: Draft, registries: Registries) -> set[str]:
    """The diplomatic missions of the registries and of the draft's new entries."""
    kinds = {eid: getattr(o, "kind", "") for eid, o in registries.organizations.entries.items()}
    kinds |= {e.fields["id"]: e.fields.get("kind", "") for e in draft.new_entries if e.kind == "organizations"}
    return {eid for eid, kind in kinds.items() if kind == "diplomatic_mission"}


def _missions_named(draft: Draft, registries: Registries) -> set[str]:
    """The diplomatic missions the text names."""
    missions = _missions(draft, registries)
    return {m.entity_id for m in draft.mentions if m.kind == "organizations" and m.entity_id in missions}


def _at_the_mission(draft: Draft, registries: Registries, roles: list[RoleSpan]) -> list[RoleSpan]:
    """A diplomat's role with no organization of its own belongs to the one diplomatic mission the article
    names or another role holds (as inferred from an ambassador's title or the page's address), if there is one."""
    missions = _missions_named(draft, registries)
    missions |= {r.organization for r in roles if r.organization in _missions(draft, registries)}  # inferred ones
    if len(missions) != 1:
        return roles
    (mission,) = missions
    return [
        replace(r, organization=mission) if r.organization is None and _DIPLOMAT.search(r.title) else r for r in roles
    ]


_CHINA_ITSELF = frozenset({"CN", "HK", "MO", "TW"})
_INFERRED = "Inferred by china-iom add"
# "Chinese Ambassador to Kenya", "China's ambassador to Nepal", "Ambassador of the People's Republic of China to Nepal",
# "Ambassador of China in Ecuador"
_CHINA_S_ENVOY = re.compile(
    r"(?:(?:Chinese|China['’]s)\s+)?(?:(?:new|incoming)\s+)?(?i:ambassador)(?:\s+of\s+(?:the\s+People['’]s\s+Republic\s+of\s+)?China)?"
    rf"\s+(?:to|in)\s+(?P<place>(?:the\s+)?[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+)?)$"
)
# "Consul General of the People's Republic of China in Chiang Mai", "Chinese Consul General in Mumbai"
_CHINA_S_CONSUL = re.compile(
    r"(?:(?:Chinese|China['’]s)\s+)?(?i:consul[- ]general)(?:\s+of\s+(?:the\s+People['’]s\s+Republic\s+of\s+)?China)?"
    rf"\s+in\s+(?P<place>[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+)?)$"
)


@dataclass(frozen=True)
class _Mission:
    """A kind of China's mission that a title names: its name, its id's form, the title and where it is."""

    name: str
    base: str
    title: re.Pattern[str]
    in_a_country: bool  # else in a city
    bare: re.Pattern[str]  # its head's title alone


_CHINA_S_MISSIONS = (
    _Mission(
        "Embassy",
        "china-embassy",
        _CHINA_S_ENVOY,
        True,
        re.compile(r"(?:Chinese )?Ambassador(?: Extraordinary and Plenipotentiary)?"),
    ),
    _Mission(
        "Consulate General", "china-consulate", _CHINA_S_CONSUL, False, re.compile(r"(?:Chinese )?Consul[- ]General")
    ),
)


def _embassies_inferred(
    draft: Draft, registries: Registries, roles: list[RoleSpan], url: str | None, publisher: str | None
) -> list[RoleSpan]:
    """A Chinese ambassador to a country (or consul general in a city) with no organization named holds the post at
    China's embassy there (or consulate general); so does the one ambassador of no other country a page of a Chinese
    embassy's site names (its address gives the country): the registered mission, else a new one proposed under the
    registry's form of the name ("Embassy of the People's Republic of China in Kenya"), its basis in its note, and no
    mention (the text does not name it); the one such ambassador of a registered Chinese mission's own release holds
    the post at that mission; where the text names a mission, only a title that names a country no mission named
    is in does (``_elsewhere``; a bare one is at the mission named: ``_at_the_mission``)."""
    named = _missions_named(draft, registries)
    site = None if named else _site_mission(url, registries)
    own = None if named or site else _chinese_mission(registries, publisher)
    kind = site[0] if site else _CHINA_S_MISSIONS[0]
    envoys = {r.person for r in roles if r.organization is None and _the_sites_envoy(draft.text, r, kind)}
    found = []
    for role in roles:
        post, basis = _envoy_post(draft.text, role), ""
        sole = envoys == {role.person} and _the_sites_envoy(draft.text, role, kind)
        if post is None and site and sole:
            post, basis = site, f", on a page of the site of China's {site[0].name.lower()} in {site[1]} ({url})"
        if role.organization is None and post is None and own and sole:
            found.append(replace(role, organization=own))
            continue
        if role.organization is not None or post is None or (named and not _elsewhere(draft, named, *post)):
            found.append(role)
            continue
        found.append(replace(role, organization=_mission_in(draft, registries, role, *post, basis)))
    return found


def _elsewhere(draft: Draft, named: set[str], mission: _Mission, place: str) -> bool:
    """Whether an embassy's title is to a country other than those of the embassies the text names: each of them
    names its country ("Chinese Embassy in Slovakia"; not "in Addis Ababa"), none the title's."""
    names = [draft.names.get(("organizations", eid), "") for eid in named]
    countries = [countries_in(name) for name in names if "Embassy" in name]
    return mission.in_a_country and all(countries) and not any(countries_in(place) & found for found in countries)


def _chinese_mission(registries: Registries, publisher: str | None) -> str | None:
    """The publisher, if it is one of China's registered diplomatic missions."""
    org = registries.organizations.entries.get(publisher or "")
    chinese = (
        org is not None and getattr(org, "kind", "") == "diplomatic_mission" and getattr(org, "country", "") == "CN"
    )
    return publisher if chinese else None


def _envoy_post(text: str, role: RoleSpan) -> tuple[_Mission, str] | None:
    """The kind of China's mission (of ``_CHINA_S_MISSIONS``) and the place a Chinese envoy's title names ("Chinese
    Ambassador to Kenya", "Ambassador of the People's Republic of China to the Philippines", "Consul General of the
    People's Republic of China in Chiang Mai"), as written."""
    lead = re.search(r"(?:Chinese|China['’]s)\s+$", text[max(0, role.start - 10) : role.start])
    title = " ".join(text[role.start : role.end].split())
    for mission in _CHINA_S_MISSIONS:
        envoy = mission.title.fullmatch(title)
        place = envoy.group("place") if envoy else ""
        if (
            envoy
            and (lead or "China" in title[: envoy.start("place")])  # "South African Ambassador to China": not China's
            and is_country(re.sub(r"^the ", "", place)) == mission.in_a_country
        ):
            return mission, place
    return None


def _site_mission(url: str | None, registries: Registries) -> tuple[_Mission, str] | None:
    """China's mission whose site the address is on, and its place: the country of an embassy's, the registered city
    whose name (bar spaces and hyphens) a consulate's host name spells ("chiangmai": Chiang Mai)."""
    if country := embassy_country(url):
        return _CHINA_S_MISSIONS[0], country
    spelled = consulate_city(url)
    cities = {
        re.sub(r"[^a-z]", "", fold(form)): place.name
        for place in registries.places.entries.values()
        if getattr(place, "kind", "") == "city"
        for form in surface_forms(place)
    }
    return (_CHINA_S_MISSIONS[1], cities[spelled]) if spelled in cities else None


_NOT_IN_POST = re.compile(r"\b(?:[Ff]ormer|then|late|visiting|foreign|other)\s+$")


def _the_sites_envoy(text: str, role: RoleSpan, mission: _Mission) -> bool:
    """Whether a role is the bare title of the head of such a mission ("Ambassador", "Chinese Consul General") of no
    other country: no nationality or "former" before it ("Kenyan Ambassador"), no "of Kenya" after its holder's name
    ("Ambassador Juma of Kenya")."""
    if not mission.bare.fullmatch(" ".join(text[role.start : role.end].split())):
        return False
    before = text[max(0, role.start - 30) : role.start]
    after = text[role.end : role.end + 40]
    nationality = re.search(r"\b(?!Chinese\b)[A-Z][a-z]+\s+$", before)
    of_another = re.match(rf"\s+(?:[{UPPER}][\w.'’-]*\s+){{1,3}}of\s+(?:the\s+)?(?!China\b)[{UPPER}]", after)
    return not (nationality or _NOT_IN_POST.search(before) or of_another)


def _mission_in(draft: Draft, registries: Registries, role: RoleSpan, mission: _Mission, place: str, basis: str) -> str:
    """China's mission of kind ``mission`` in ``place``: the registered one (by its id's form), else the one
    ``_inferred`` gives."""
    plain = re.sub(r"^the ", "", place)
    if (registered := f"{mission.base}-{slug(plain)}") in registries.organizations.entries:
        return registered
    name = f"{mission.name} of the People's Republic of China in {place}"
    fields = {"name": name, "kind": "diplomatic_mission", "country": "CN"}
    fields |= {"parent": "mfa-china"} if "mfa-china" in registries.organizations.entries else {}
    return _inferred(draft, registries, role, registered, fields, basis)


def _inferred(draft: Draft, registries: Registries, role: RoleSpan, base: str, fields: dict, basis: str = "") -> str:
    """The id of the organization a role's title implies without naming it: the one proposed before under that
    name, else a new entry whose note gives its basis (the title, and ``basis``), with no mention."""
    name = fields["name"]
    entity_id = next((eid for (kind, eid), n in draft.names.items() if kind == "organizations" and n == name), None)
    if entity_id is None:
        entity_id = _free_id(base, {*registries.organizations.entries, *(e.fields["id"] for e in draft.new_entries)})
        title = " ".join(draft.text[role.start : role.end].split())
        note = f'{_INFERRED} from the title "{title}" of {role.person}{basis}: not named in the text; check it.'
        draft.new_entries.append(
            NewEntry("organizations", {"id": entity_id, **fields, "aliases": [], "note": note}, note)
        )
        draft.names["organizations", entity_id] = name
    return entity_id


# "Shanghai Vice-Mayor", "vice mayor of Shanghai", "Vice Governor of Yunnan Province": a post in a city's or a
# province's government, the place before or after it
_QUALIFIER = r"(?i:executive|vice|deputy)\b"
_LOCAL_POST = re.compile(
    rf"(?:(?P<before>(?!{_QUALIFIER})[{UPPER}][\w'’-]+(?: (?!{_QUALIFIER})[{UPPER}][\w'’-]+)?) )?"
    r"(?i:(?:executive )?(?:vice|deputy)[- ])?"
    rf"(?P<post>(?i:mayor|governor))(?: of (?:the )?(?P<after>[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?"
    r"(?: (?i:province|city|municipality))?))?"
)
# the place kind and the registry's form of the name of its government, by post
_LOCAL_GOVERNMENTS = {
    "mayor": ("city", "{} Municipal People's Government"),
    "governor": ("region", "{} Provincial People's Government"),
}
# China's provinces, whose governors' posts a text about the province places without the places registry (Taiwan
# left out)
_PROVINCES = frozenset(
    "Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu Jiangxi Jilin Liaoning "
    "Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang".split()
)


# the official form of a country's name before the name ("Republic of Kazakhstan", "United Republic of Tanzania")
_STATE = (
    rf"(?:(?:[{UPPER}][\w'’-]* )*?(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Principality) of (?:the )?)?"
)

# "Minister of the Interior of Niger", "Deputy Minister for Home Affairs of Kenya", "Niger's Minister of Justice": a
# post in a foreign ministry the title names by its field and its country (after it, or owning it)
_MINISTER_POST = re.compile(
    rf"(?:(?P<owner>[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)*)['’]s? )?(?:(?:Deputy|Vice|Assistant)[- ])?Minister (?:of|for) "
    rf"(?P<field>(?:the )?(?!State\b)[{UPPER}][\w'’-]*(?:,? (?:and )?[{UPPER}][\w'’-]*)*?)"
    rf"(?: of (?:the )?(?P<country>{_STATE}[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*)*))?"
)
# countries whose ministers head departments or offices, not ministries ("Minister of Home Affairs of South Africa" heads
# its Department of Home Affairs; a UK minister sits in the Home Office): their body's name is not the title's
_DEPARTMENTS = frozenset({"US", "GB", "IE", "ZA", "AU", "PH", "CA", "NZ"})


def _foreign_ministry(draft: Draft, registries: Registries, role: RoleSpan) -> str | None:
    """The foreign ministry a role's title names: a minister of a foreign country ("Minister of the Interior of Niger
    X") holds the post in that country's ministry of that field, proposed as "Ministry of <field> of <country>" (the
    country as the title names it: "of the Republic of Kazakhstan"); a title that names no country, China or a
    country whose ministers head departments (``_DEPARTMENTS``) gives none."""
    post = _MINISTER_POST.fullmatch(" ".join(draft.text[role.start : role.end].split()))
    country = post and (post.group("country") or post.group("owner"))
    state = re.sub(rf"^{_STATE}", "", country) if country else None
    code = _country_code(state) if state else None
    if not post or code in (None, "CN") or code in _DEPARTMENTS:
        return None
    field = post.group("field")
    named = post.string[post.start("field") : post.end("country")] if post.group("country") else f"{field} of {country}"
    fields = {"name": f"Ministry of {named}", "kind": "ministry", "country": code}  # "... of the Republic of X" too
    basis = f' and the country "{country}" it names'
    return _inferred(
        draft, registries, role, f"ministry-{slug(field.removeprefix('the '))}-{slug(state)}", fields, basis
    )


def _registered_homes(registries: Registries) -> dict[str, str]:
    """The country the registry gives each person, where it gives one."""
    return {pid: p.country for pid, p in registries.people.entries.items() if getattr(p, "country", None)}


def _kinds(registries: Registries) -> dict[str, tuple[str, str | None]]:
    """Each registered organization's kind and country."""
    return {
        eid: (getattr(o, "kind", ""), getattr(o, "country", None))
        for eid, o in registries.organizations.entries.items()
    }


def _homes(draft: Draft, registries: Registries, registered: dict[str, str]) -> dict[str, str]:
    """The country each person acts for: that of the body his role is at ("" at an intergovernmental one, whatever
    country it is in), else the one the registry gives him (``registered``)."""
    bodies = _kinds(registries)
    bodies |= {e.fields["id"]: (e.fields.get("kind", ""), e.fields.get("country")) for e in draft.new_entries}
    homes = dict(registered)
    for role in draft.roles:
        kind, country = bodies.get(role.organization, ("", None))
        if kind.startswith("intergovernmental"):
            homes[role.person] = ""
        elif country:
            homes[role.person] = country
    return homes


def _governments_inferred(draft: Draft, registries: Registries, roles: list[RoleSpan]) -> list[RoleSpan]:
    """A role with no organization named whose title implies one: a mayor's or governor's government
    (``_local_government``), a foreign minister's ministry (``_foreign_ministry``)."""
    return [
        replace(
            role, organization=_local_government(draft, registries, role) or _foreign_ministry(draft, registries, role)
        )
        if role.organization is None
        else role
        for role in roles
    ]


def _local_government(draft: Draft, registries: Registries, role: RoleSpan) -> str | None:
    """The government of the Chinese city or province a role's title names: a mayor or governor ("Shanghai
    Vice-Mayor X", "Vice Governor of Yunnan Province X") holds the post in its government, proposed under the
    registry's form of the name ("Shanghai Municipal People's Government") when the places registry holds that city
    (or province, a region) in China, or the province is one the text names apart from the title
    (``_province_named_apart``); any other place, or none, gives none."""
    post = _LOCAL_POST.fullmatch(" ".join(draft.text[role.start : role.end].split()))
    words = post and (post.group("before") or post.group("after"))
    if not words or (post.group("before") and post.group("after")):
        return None
    kind, form = _LOCAL_GOVERNMENTS[post.group("post").lower()]
    words = re.sub(r" (?i:province|city|municipality)$", "", words)
    if name := _registered_place(registries, kind, fold(words)):
        basis = f' and the places registry\'s {kind} "{name}" in China'
    elif name := _province_named_apart(draft.text, role, kind, words):
        basis = f' and the province "{name}" of China the text names apart from it'
    else:
        return None
    fields = {"name": form.format(name), "kind": "government", "country": "CN"}
    return _inferred(draft, registries, role, f"{slug(name)}-government", fields, basis)


def _province_named_apart(text: str, role: RoleSpan, kind: str, words: str) -> str | None:
    """The province a governor's title names, where the places registry lacks it, if the text also names it apart
    from the title (its dateline, headline or another sentence): a report about that province."""
    if kind != "region" or words not in _PROVINCES:
        return None
    apart = [m for m in re.finditer(rf"\b{words}\b", text) if not role.start <= m.start() < role.end]
    return words if apart else None


def _registered_place(registries: Registries, kind: str, key: str) -> str | None:
    """The name of the place of ``kind`` in China the places registry holds under the folded form ``key``."""
    return next(
        (
            p.name
            for p in registries.places.entries.values()
            if getattr(p, "kind", "") == kind
            and getattr(p, "country", None) == "CN"
            and key in {re.sub(r" (?:province|city|municipality)$", "", fold(f)) for f in surface_forms(p)}
        ),
        None,
    )


# "Chief of Mission of the International Organization for Migration (IOM) in Cambodia", "IOM's Head of Office in
# Kenya": the head of an international organization's office in one country (a UN agency's "Representative in China"
# is the agency's, as the set has it)
_OFFICE_POST = re.compile(
    r"(?:Chief of Mission|Head of (?:Office|Mission))\b.*?"
    rf"\b(?:in|for) (?:the )?(?P<country>[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)*)$",
    re.DOTALL,
)


# "IOM Regional Director for Asia and the Pacific", "IOM's regional director for East and Horn of Africa": the head of
# an intergovernmental organization's regional office, the region up to the organization named after it ("... for Asia
# and the Pacific of the IOM"); UNHCR's regional directors head bureaux, no office
_REGIONAL_POST = re.compile(
    rf"(?i:regional director)\s+for\s+(?P<region>(?:the\s+)?[{UPPER}][\w'’-]*"
    rf"(?:\s+(?!of\s+the\s|of\s+[{UPPER}]{{2,}}\b)(?:and|of|the|[{UPPER}][\w'’-]*))*)"
)
_BUREAUS = frozenset({"unhcr"})


def _offices_inferred(draft: Draft, registries: Registries, roles: list[RoleSpan]) -> list[RoleSpan]:
    """A head of an intergovernmental organization's office in a country the registry has no office of ("Chief of
    Mission of IOM in Cambodia") holds the post at that office, proposed under the registry's form of its name ("IOM
    Cambodia"), its parent the organization, with no mention (the text does not name it); a regional director
    ("IOM Regional Director for Asia and the Pacific"), likewise, at its regional office for that region."""
    return [_office_inferred(draft, registries, role) for role in roles]


def _office_inferred(draft: Draft, registries: Registries, role: RoleSpan) -> RoleSpan:
    """The role at the office ``_offices_inferred`` gives, or as it was."""
    organization = registries.organizations.entries.get(role.organization or "")
    if organization is None or getattr(organization, "kind", "") != "intergovernmental_organization":
        return role
    if (regional := _REGIONAL_POST.search(draft.text, role.start, role.end)) and role.organization not in _BUREAUS:
        region = " ".join(regional.group("region").split())
        short = getattr(organization, "acronym", None) or organization.name
        fields = {"name": f"{short} Regional Office for {region}", "kind": "intergovernmental_office"}
        fields["parent"] = role.organization
        basis = f' and the region "{region}" it names, where the registry has no such office of {role.organization}'
        office = _inferred(draft, registries, role, f"{role.organization}-{slug(region)}", fields, basis)
        return replace(role, organization=office)
    post = _OFFICE_POST.search(draft.text, role.start, role.end)
    if post is None:
        return role
    country = " ".join(post.group("country").split())
    code = _country_code(country)
    if code is None:
        return role
    short = getattr(organization, "acronym", None) or organization.name
    fields = {"name": f"{short} {country}", "kind": "intergovernmental_office", "country": code}
    fields["parent"] = role.organization
    basis = f' and the country "{country}" its title names, where the registry has no office of {role.organization}'
    office = _inferred(draft, registries, role, f"{role.organization}-{slug(country)}", fields, basis)
    return replace(role, organization=office)


_NEWS = frozenset({"news_agency", "news_media"})


def _publisher_country(registries: Registries, publisher: str | None) -> str | None:
    """The country of a publisher known before drafting, where it speaks of its own country's bodies: a government
    body's release does ("the Ministry of Public Security" in an NIA release is China's wherever it reports from),
    a news outlet reports on any country's, and IOM or UNHCR has no country."""
    org = registries.organizations.entries.get(publisher or "")
    return None if org is None or org.kind in _NEWS else getattr(org, "country", None)


def _said_foreign(text: str, start: int) -> bool:
    """Whether the words just before ``start`` give the name or post there another country's ("the Lao Ministry of
    Public Security", "Viet Nam's Deputy Minister of Public Security"): never China's, wherever the text is placed."""
    before = re.search(rf"((?:[{UPPER}][\w'’-]*\s+){{1,3}}?)(?:['’]s\s+)?$", text[max(0, start - 40) : start])
    words = before.group(1) if before else ""
    return any(code not in _CHINA_ITSELF for code in [*country_names_in(words), *demonyms_in(words)])


def _set_apart(text: str, mention: Match, sentences: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a countryless name gives the same name to another country after it ("According to the
    Ministry of Public Security, it will co-host ... with the Lao Ministry of Public Security"): the bare one is set
    apart from that country's, and not placed by it."""
    end = next((e for s, e in sentences if s <= mention.start < e), mention.end)
    form = r"\s+".join(map(re.escape, mention.quote.split()))
    return any(
        _said_foreign(text, later.start()) for later in re.finditer(form, text[:end]) if later.start() > mention.start
    )


def _named_most(text: str, layout: Layout, places: list[Match], registries: Registries) -> bool:
    """Whether a text with no home known (no dateline place, no publisher's country: ``draft_article``) places itself
    in China: it names China, its adjective or places in China more often than other countries, or no other country.
    Where a sentence does not place it (``_china_s_here``), a registered Chinese body's countryless name ("the Foreign
    Ministry") is China's only then."""
    body = _FROM.sub("from", text[slice(*layout.body)])
    cities = [_country_of_city(m, registries) for m in places]  # the countries themselves are named in ``body``
    china = sum(code in _CHINA_ITSELF for code in [*country_names_in(body), *cities])
    others = sum(code not in _CHINA_ITSELF for code in [*country_names_in(body), *demonyms_in(body), *cities] if code)
    return china > others  # "Chinese" alone places nothing: a foreign release calls its Chinese guests so


# Where people come from ("officials from Cambodia, Laos and Viet Nam", "returned from China"): no place of the text's
_FROM = re.compile(rf"\bfrom (?:the )?[{UPPER}][\w'’-]*(?:(?:,? and |, | )(?:the )?[{UPPER}][\w'’-]*)*")


def _country_code(name: str) -> str | None:
    """The code of the one country ``name`` is the name of, as CLDR writes it or without the other name it gives in
    brackets ("Myanmar" of "Myanmar (Burma)", a name ``countries_in`` does not find in a text)."""
    codes = countries_in(name) if is_country(name) else set()
    if len(codes) != 1 and (official := _ADJECTIVAL_STATE.fullmatch(name)):
        codes = set(demonyms_in(official.group(1)))
    return codes.pop() if len(codes) == 1 else _bracketed_names().get(name)


# a country's official name by its adjective ("Lao People's Democratic Republic", "Syrian Arab Republic")
_ADJECTIVAL_STATE = re.compile(r"([A-Z][a-z]+)(?: (?:People['’]s|Democratic|Socialist|Arab|Islamic|Federal))* Republic")


@lru_cache(maxsize=1)
def _bracketed_names() -> dict[str, str]:
    """CLDR's English names of countries that give another in brackets, without it -> code."""
    names = Locale("en").territories.items()
    return {name.split(" (")[0]: code for code, name in names if len(code) == 2 and code.isalpha() and " (" in name}


def _countries_named(text: str) -> list[str]:
    """The code of each country named, by its name or adjective, outside a "from" of origin."""
    text = _FROM.sub("from", text)
    return [*country_names_in(text), *demonyms_in(text)]


def _dateline_country(layout: Layout, places: list[Match], registries: Registries) -> str | None:
    """The country of the registered place the dateline names, if it names one."""
    dateline = layout.dateline or (0, 0)
    where = [m for m in places if dateline[0] <= m.start < dateline[1]]
    return getattr(registries.places.entries[where[0].entity_id], "country", None) if where else None


def _country_of_city(place: Match, registries: Registries) -> str | None:
    """The country of a registered place that is no country itself (a city, a province), else None."""
    entry = registries.places.entries[place.entity_id]
    return None if getattr(entry, "kind", "") == "country" else getattr(entry, "country", None)


def _sentence_in_china(sentence: str, places: list[Match], registries: Registries) -> bool | None:
    """Whether a sentence places what it tells in China: True where it names China or a place in China and no
    other country, False where it names another country (or its adjective, or a place there) and nothing of
    China's, None where it names neither or both."""
    cities = [_country_of_city(m, registries) for m in places]
    named = [*country_names_in(_FROM.sub("from", sentence)), *cities]
    codes = [code for code in [*_countries_named(sentence), *cities] if code]
    if all(code in _CHINA_ITSELF for code in codes):
        return True if any(code in _CHINA_ITSELF for code in named) else None
    if any(code in _CHINA_ITSELF for code in cities):
        return True  # "held talks with the Minister of X in Beijing"
    return None if any(code in _CHINA_ITSELF for code in codes) else False


def _china_s_here(at: int, sentences: list[tuple[int, int]], verdicts: list[bool | None], in_china: bool) -> bool:
    """Whether a countryless name of a Chinese body at ``at`` is China's: as its sentence places it, else as the
    text places itself."""
    verdict = _verdict_at(at, sentences, verdicts)
    return in_china if verdict is None else verdict


def _verdict_at(at: int, sentences: list[tuple[int, int]], verdicts: list[bool | None]) -> bool | None:
    """How the sentence holding ``at`` places what it tells (``_sentence_in_china``)."""
    return next((v for (s, e), v in zip(sentences, verdicts) if s <= at < e), None)


def _spelled_acronyms(text: str, unplaced: list[Match], known: list[Match]) -> list[Match]:
    """The mentions of an acronym that the text spells out in brackets after a countryless name it does not place in
    China ("the Ministry of Public Security (MPS)" in a Vietnamese release): the acronym is that body's too."""
    spelled = {
        (m.entity_id, acronym.group(1))
        for m in unplaced
        if (acronym := re.match(r"\s*\(([A-Z]{2,})\)", text[m.end : m.end + 12]))
    }
    return [m for m in known if (m.entity_id, m.quote) in spelled]


def _anothers_acronym(text: str, mention: Match, registries: Registries) -> bool:
    """Whether a Chinese body's acronym is given to another country by the words just before it ("the Kazakh MFA",
    "Viet Nam's MPS"): that country's body, though an acronym alone is the registered body's own."""
    org = registries.organizations.entries.get(mention.entity_id)
    return (
        getattr(org, "country", None) == "CN"
        and re.fullmatch(r"[A-Z]{2,}", mention.quote) is not None
        and _said_foreign(text, mention.start)
    )


def _countryless(form: str, entity_id: str, registries: Registries) -> bool:
    """A form of a Chinese body without the country its registered name carries ("Ministry of Public Security",
    "MPS" for the "Ministry of Public Security of the People's Republic of China")."""
    org = registries.organizations.entries.get(entity_id)
    return (
        getattr(org, "country", None) == "CN"
        and not re.fullmatch(r"[A-Z]{2,}", form)  # an acronym ("CIDCA") is the body's own
        and not _names_a_chinese_place(form, registries)  # "IOM Beijing"
        and _variant_key(form, False) == _variant_key(form, True)
        and _variant_key(org.name, False) != _variant_key(org.name, True)
    )


_NAMES_CHINA = re.compile(r"\b(?:Chinese|China|PRC)\b")
_CHINESE_LEAD = r"(?:\bChinese|\bChina['’]s|\bPRC)\s+"
_CHINESE_TAIL = r"\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+)?China\b"


def _said_chinese(text: str, quote: str) -> bool:
    """Whether the text names this countryless form as China's: here or anywhere else ("China's Ministry of Public
    Security", "the Ministry of Public Security of China"; then "the Ministry of Public Security" refers back)."""
    form = r"\s+".join(map(re.escape, quote.split()))
    return re.search(rf"{_CHINESE_LEAD}(?:the\s+)?{form}\b|\b{form}{_CHINESE_TAIL}", text) is not None


# "... also attended the session as members of the Chinese delegation", "as part of China's delegation"
_AS_CHINA_S_DELEGATES = re.compile(
    r"\bas\s+(?:members?|part)\s+of\s+(?:the\s+(?:Chinese|PRC)|China['’]s)\s+(?:government\s+)?delegation\b"
)


def _in_china_s_delegation(text: str, mention: Match, sentences: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a countryless name says its people came as China's delegates ("Officials of the
    Ministry of Public Security also attended as members of the Chinese delegation"): the body is China's."""
    sentence = next(((s, e) for s, e in sentences if s <= mention.start < e), (mention.start, mention.end))
    return _AS_CHINA_S_DELEGATES.search(text, mention.end, sentence[1]) is not None


def _said_china_s_alone(draft: Draft, registries: Registries, entity_id: str) -> bool:
    """Whether the text names this Chinese body as China's ("China's Ministry of Public Security", "the Ministry of
    Public Security of the People's Republic of China") and no other country's body under its countryless name
    (no new "Lao Ministry of Public Security"): then a post named by that name alone is at China's."""
    forms = [
        f for f in surface_forms(registries.organizations.entries[entity_id]) if _countryless(f, entity_id, registries)
    ]
    others = [fold(e.fields["name"]) for e in draft.new_entries if e.kind == "organizations"]
    return any(_said_chinese(draft.text, f) for f in forms) and not any(
        fold(f) in other for f in forms for other in others
    )


def _placed_role(draft: Draft, registries: Registries, role: RoleSpan, voiced: bool = False) -> RoleSpan:
    """A role at a Chinese body with a countryless name ("Deputy Minister of Public Security") only where its
    sentence or the text places it in China (``_china_s_here``), the phrase names the body or China (or the words
    just before it do: "Chinese Vice Minister"), the person serves China, or a Chinese government body's own release
    (``voiced``) gives it to one whose name is pinyin; otherwise no organization: the post may be at any country's
    ministry."""
    org = registries.organizations.entries.get(role.organization or "")
    if org is None or not any(_countryless(f, role.organization, registries) for f in surface_forms(org)):
        return role
    if _said_foreign(draft.text, role.start):
        return replace(role, organization=None)  # "Lao Deputy Minister of Public Security": the post names its country
    verdict = _verdict_at(role.start, draft.sentences, draft.sentence_country)
    if verdict or (verdict is None and draft.in_china and not _post_said_foreign(draft.text, role)):
        return role
    named = any(
        m.entity_id == role.organization and role.start <= m.start and m.end <= role.end for m in draft.mentions
    )
    person = registries.people.entries.get(role.person)
    if (
        named
        or getattr(person, "country", None) == "CN"
        or (voiced and PINYIN_NAME.fullmatch(draft.names.get(("people", role.person), "")))
        or _NAMES_CHINA.search(draft.text, max(0, role.start - 12), role.end)
        or _said_china_s_alone(draft, registries, role.organization)
    ):
        return role
    draft.notes["undecided"].append(
        f'role "{role.title}" of {role.person}: the post may be at {role.organization} or at another country\'s '
        "body; the text does not place itself in China nor say whose it is: add the organization by hand if it is China's"
    )
    return replace(role, organization=None)


_POST_QUALIFIER = re.compile(r"^(?:(?:[Ff]irst|[Ee]xecutive|[Aa]ssistant|[Dd]eputy|[Vv]ice)[- ]+)+")
_OF_PLACE = re.compile(rf"\s+of\s+(?:the\s+)?((?:[{UPPER}][\w'’-]*\s?){{1,4}})")


def _post_said_foreign(text: str, role: RoleSpan) -> bool:
    """Whether the text gives the post of a role elsewhere to another country ("Deputy Minister of Public Security of
    Vietnam", "Vietnamese Minister of Public Security"): then the text's home does not tell whose a bare one is."""
    post = _POST_QUALIFIER.sub("", " ".join(text[role.start : role.end].split()))
    if " of " not in post:
        return False  # a bare "Minister" or "Ambassador" names no body
    for found in re.finditer(r"\s+".join(map(re.escape, post.split())), text):
        after = _OF_PLACE.match(text, found.end())
        owners = [*country_names_in(after.group(1)), *demonyms_in(after.group(1))] if after else []
        if any(code not in _CHINA_ITSELF for code in owners) or _said_foreign(text, found.start()):
            return True
    return False


def _names_a_chinese_place(form: str, registries: Registries) -> bool:
    words = f" {fold(form)} "
    return any(
        f" {fold(f)} " in words
        for p in registries.places.entries.values()
        if getattr(p, "country", None) == "CN"
        for f in surface_forms(p)
    )


def _not_placed(draft: Draft, form: str, entity_id: str) -> None:
    note = (
        f'"{form}" may be {entity_id} or another country\'s body: the text does not place itself in China nor say '
        "whose it is; add the mention by hand if it is China's"
    )
    if note not in draft.notes["undecided"]:
        draft.notes["undecided"].append(note)


def _inside(text: str, span: Match, names: list[EntitySpan]) -> bool:
    """Whether a place is part of an organization's name ("Bratislava State Police"): no meeting place then; the seat
    that ends an office's name ("UNHCR Regional Representation in Beijing") stays one, unless the place of a wider
    one follows it ("the Embassy in Beijing, China")."""
    seat = span.end == len(text) or not re.match(rf",\s+[{UPPER}]", text[span.end : span.end + 3])
    return any(
        n.start <= span.start
        and span.end <= n.end
        and not (seat and span.end == n.end and re.search(r"\sin\s+$", text[n.start : span.start]))
        for n in names
    )


def _headline_speakers(text: str, layout: Layout, names: dict[str, str]) -> tuple[str | None, str | None]:
    """The spokesperson a press conference's headline names, who gives its answers, and the speaker a
    statement's headline names, who gives all of it."""
    found = [p.search(text, *layout.title) if layout.title else None for p in (BRIEFING, STATEMENT)]
    return tuple(names.get(fold(m.group("name"))) if m else None for m in found)


def _by_name(draft: Draft, registries: Registries) -> dict[str, str]:
    """Folded names of people -> id, and of organizations in brackets ("(xinhua)") -> id, new entries included."""
    found = {}
    for kind, wrap in (("people", "{}"), ("organizations", "({})")):
        for eid, entity in registries.get(kind).entries.items():
            found.update({wrap.format(fold(f)): eid for f in surface_forms(entity)})
        for entry in draft.new_entries:
            if entry.kind == kind:
                forms = [entry.fields["name"], entry.fields.get("acronym"), *entry.fields["aliases"]]
                found.update({wrap.format(fold(f)): entry.fields["id"] for f in forms if f})
    return found


# "Ministry of Interior of the Republic of Serbia": a ministry's name and its country's
_COUNTRY_TAIL = re.compile(
    rf"(Ministry of [{UPPER}][\w' ,]+?) of (?:the )?((?:Republic of |Kingdom of )?[{UPPER}][\w' ]+)"
)


def _body_kinds(registries: Registries, new_entries: list[NewEntry]) -> dict[str, str]:
    """The kind of each registered and new organization."""
    registered = {eid: getattr(o, "kind", "") for eid, o in registries.organizations.entries.items()}
    return registered | {e.fields["id"]: e.fields.get("kind", "") for e in new_entries if e.kind == "organizations"}


def _ministries(registries: Registries, new_entries: list[NewEntry]) -> dict[str, str]:
    """Folded "ministry of ..." and "... council" names (and their "... of China" forms cut short), "ministry of
    <subject> <country code>" (a ministry or department of that country), "government <country code>", "mayor of
    <city>", "governor of <province>", "high commissioner for <field>", "mission <country> to <organization id>" and "mission <country> in
    <place>", "office <organization id> <country>", "regional <organization id> <region>", "directorate general of
    <field>" and "igo <id>" (an intergovernmental organization) ->
    organization id: the bodies a title names ("Minister of Public Security", "State Councilor", "Mayor of
    Shenzhen" for the Shenzhen municipal government, "High Commissioner for Refugees" for UNHCR, "China's
    ambassador to the UN Office at Geneva" or "in Geneva" for China's mission there, "IOM's Chief of Mission in
    China" for IOM's office in China, "IOM's Regional Director for Asia and the Pacific" for its regional office
    for that region); a new "Ministry of X of <country>" (or "Ministry of X") the text names is
    its "ministry of x" when no registered body and no other new one is, and "listed ministry of y" for each field y
    it lists."""
    found: dict[str, str] = {}
    forms = [(eid, f) for eid, e in registries.organizations.entries.items() for f in surface_forms(e)]
    forms += [(e.fields["id"], e.fields["name"]) for e in new_entries if e.kind == "organizations"]
    kinds = _kinds(registries)
    councils = {eid for eid, form in forms if re.search(r"\bcouncil\b", fold(form))}
    for eid, form in forms:
        key = re.sub(r" of (?:the )?(?:people's republic of )?china$", "", fold(form))
        if key.startswith("ministry of ") or re.fullmatch(r"[a-z]+ council", key):
            found.setdefault(key, eid)
        if directorate := re.fullmatch(r"directorate[- ]general (of .+)", key):
            found.setdefault(f"directorate general {directorate.group(1)}", eid)
        if city := re.fullmatch(r"([a-z' -]+?) (?:municipal|city) (?:people's )?government", key):
            found.setdefault(f"mayor of {city.group(1)}", eid)
        if province := re.fullmatch(r"([a-z' -]+?) provincial (?:people's )?government", key):
            found.setdefault(f"governor of {province.group(1)}", eid)
        if office := re.search(r"\bhigh commissioner for [a-z]+", key):
            found.setdefault(office.group(0), eid)
        kind, country = kinds.get(eid, ("", None))
        if country and (subject := re.match(r"(?:ministry|department) of (?:the )?(.+?)(?: of | \(|$)", fold(form))):
            found.setdefault(f"ministry of {subject.group(1)} {country.lower()}", eid)  # "... of South Africa"
        if kind == "government" and country and eid not in councils:  # a State Council is no head of state's
            found.setdefault(f"government {country.lower()}", eid)
        if kind == "intergovernmental_organization":
            found[f"igo {eid}"] = eid
        if (region := re.search(r"\bregional office for (?:the )?(.+)$", fold(form))) and (
            parent := getattr(registries.organizations.entries.get(eid), "parent", None)
        ):
            found.setdefault(f"regional {parent} {region.group(1)}", eid)
        if kind == "diplomatic_mission" and country:
            for place in re.findall(rf"\b(?:in|at) ([{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?)", form):
                found.setdefault(f"mission {country} in {fold(place)}", eid)
        if kind == "diplomatic_mission" and country and (to := re.search(r" to (?:the )?(.+)$", _un(key))):
            for other, other_form in forms:  # the whole name accredited to, bar "and other ... organizations"
                rest = to.group(1).removeprefix(_un(fold(other_form)))
                if other != eid and rest != to.group(1) and re.fullmatch(r"(?: and other .*organi[sz]ations.*)?", rest):
                    found.setdefault(f"mission {country} to {other}", eid)
    for (parent, country), eid in _offices(registries).items():
        found.setdefault(f"office {parent} {country}", eid)
    named: dict[str, set[str]] = {}
    for e in new_entries:
        if e.kind != "organizations":
            continue
        if (own := _COUNTRY_TAIL.fullmatch(e.fields["name"])) and countries_in(own[2]):
            named.setdefault(fold(own[1]), set()).add(e.fields["id"])
        elif re.fullmatch(rf"Ministry of [{UPPER}][\w' ,]+", e.fields["name"]):  # the text names no country
            for key in _listed_ministries(fold(e.fields["name"])):
                named.setdefault(key, set()).add(e.fields["id"])
    for key, ids in named.items():
        if len(ids) == 1:  # after the registered ministries, whose names come first
            found.setdefault(key, ids.pop())
    return found


def _listed_ministries(name: str) -> list[str]:
    """A ministry's folded name, and "listed ministry of <field>" for each field it lists ("ministry of foreign affairs
    and human mobility": "listed ministry of human mobility"), for a minister of one of them."""
    fields = re.split(r",? and |, ", name.removeprefix("ministry of "))
    return [name, *(f"listed ministry of {f}" for f in fields if len(fields) > 1)]


def _un(name: str) -> str:
    """A folded name with "UN" spelled out, as a mission's name may spell it and the text not."""
    return re.sub(r"\bun\b", "united nations", name)


def _published(text: str, layout: Layout, hint: str | None) -> DatePhrase | None:
    """The first full date before the body (byline or date field) or in the dateline ("Beijing, 21 September
    2023 –"), never a span ("Workshop on X, 23-28 May 2022": the event's), else the date of the sign-off or credit line after the body, else the page's metadata date; a month
    in capitals ("PUTRAJAYA / 1 JUNE 2021") read as a month."""
    read = _months_read(text)
    header = [
        d
        for d in find_dates(read, 0, layout.dateline[1] if layout.dateline else layout.body[0])
        if d.precision == "day" and d.basis == "stated" and d.end_value is None  # a span is an event's, never a page's
    ]
    if header:  # a date line of its own ("2019/04/09" under the title) before a date in the title
        found = next((d for d in header if _alone(read, d)), header[0])
        if _in_prose(read, found) and (filed := _dateline_day(text, layout, found)) and filed.value != found.value:
            return filed  # a photo caption's "..., March 13, 2018." over "ADDIS ABABA, March 15 (Xinhua) --"
        return replace(found, quote=text[found.start : found.end])
    if signed := _date_line_after_lede(read, layout) or _signed(read, layout) or _credited(read, layout):
        return replace(signed, quote=text[signed.start : signed.end])
    if hint is None and (dated := _dateline_year(text, layout)):
        return dated
    if hint:
        return DatePhrase(
            0,
            0,
            "",
            hint,
            None,
            "day",
            "inferred",
            "From the saved page's metadata (trafilatura); the text itself states no publication date.",
        )
    return None


_CAPITAL_MONTHS = "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
_CAPITAL_MONTH = re.compile(rf"(?<=\d )(?:{_CAPITAL_MONTHS})\b|\b(?:{_CAPITAL_MONTHS})(?=,? \d)")


def _months_read(text: str) -> str:
    """The text with each month written in capitals next to a number ("1 JUNE 2021", "JUNE 1") in the case the date
    reader knows ("1 June 2021"), offsets unchanged."""
    return _CAPITAL_MONTH.sub(lambda m: m.group(0).capitalize(), text)


def _dateline_year(text: str, layout: Layout) -> DatePhrase | None:
    """The dateline's day with no year ("SHANGHAI, Nov. 4 (Xinhua) --"), in the year of the first full date the body
    states if that falls up to a week before it ("on November 3, 2021"): a report follows its event."""
    if layout.dateline is None:
        return None
    stated = [d for d in find_dates(text, layout.dateline[1], layout.body[1]) if d.precision == "day" and d.value]
    return _dateline_day(text, layout, stated[0], "the body's first full date") if stated else None


def _dateline_day(text: str, layout: Layout, stated: DatePhrase, what: str = "the date above it") -> DatePhrase | None:
    """The dateline's day with no year, in the year of ``stated`` if that falls up to a week before it."""
    if layout.dateline is None or stated.value is None:
        return None
    event = dt.date.fromisoformat(stated.value)
    anchor = Anchor(event, f"{what} {event}")
    day = next((d for d in find_dates(text, *layout.dateline, anchor) if d.precision == "day" and d.value), None)
    if day is None or not 0 <= (dt.date.fromisoformat(day.value) - event).days <= 7:
        return None
    note = f"The dateline gives the day; the year is that of {what}, {event}, a few days before."
    return dataclasses.replace(day, basis="inferred", note=note)


def _in_prose(text: str, phrase: DatePhrase) -> bool:
    """Whether a date stands in running text (a photo caption's sentence), not in a date line or a byline."""
    start, end = text.rfind("\n", 0, phrase.start) + 1, text.find("\n", phrase.end)
    return len(text[start : len(text) if end < 0 else end].split()) >= 12


def _alone(text: str, phrase: DatePhrase, labelled: bool = True) -> bool:
    """Whether the date fills its line, bar a label (if ``labelled``) or a place ("Published: 2017/6/20", "Putrajaya,
    10 October 2012")."""
    start, end = text.rfind("\n", 0, phrase.start) + 1, text.find("\n", phrase.end)
    line = text[start : len(text) if end < 0 else end]
    label = r"[A-Za-z][\w ]*:\s*|" if labelled else ""
    lead = rf"\s*(?:{label}[{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{0,2}},\s*)?"
    return re.fullmatch(lead + re.escape(phrase.quote) + r"\s*", line) is not None


_LEDE_PARAGRAPHS = 2  # a date line after the body's first paragraphs, no further down


def _date_line_after_lede(text: str, layout: Layout) -> DatePhrase | None:
    """A full date on a line of its own among the body's first lines ("This is a summary of what was said ... at
    today's press briefing." then "15 November 2019"), as briefing notes date themselves below their lede; never a
    date in the story's sentences, nor one of two such lines."""
    starts = paragraph_starts(text)
    dated = [
        d
        for d in find_dates(text, *layout.body)
        if (d.precision, d.basis, d.end_value) == ("day", "stated", None)
        and _alone(text, d, labelled=False)  # "Date: 20 May 2020" in the body may be an event's
        and len([p for p in starts if layout.body[0] <= p < d.start]) <= _LEDE_PARAGRAPHS
    ]
    return dated[0] if len(dated) == 1 else None


def _signed(text: str, layout: Layout) -> DatePhrase | None:
    """The date on a line of its own in the sign-off just after the body ("Ministry of Foreign Affairs / Colombo /
    14 July 2021"), as foreign ministries date their releases; none if other lines after the body are dates too
    (a list of related stories)."""
    dated = [d for d in find_dates(text, layout.body[1]) if _alone(text, d)]
    if len(dated) != 1 or (dated[0].precision, dated[0].basis) != ("day", "stated"):
        return None
    own_line = text.rfind("\n", 0, dated[0].start) + 1  # the date's line, its place included
    before = [line for line in text[layout.body[1] : max(own_line, layout.body[1])].splitlines() if line.strip()]
    return dated[0] if len(before) <= 3 else None


def _credited(text: str, layout: Layout) -> DatePhrase | None:
    """The day the credit line after the body gives its source's story ("(Xinhua News Agency March 21, 2007)"), in
    figures only where they read one way ("03/21/2007", not "03/04/2007")."""
    credit = credit_line(text, layout)
    dated = find_dates(text, *credit[0]) if credit else []
    if len(dated) != 1 or (dated[0].precision, dated[0].basis) != ("day", "stated"):
        return None
    figures = re.fullmatch(r"(\d{1,2})/(\d{1,2})/\d{4}", dated[0].quote)
    either_way = figures and len(set(figures.groups())) == 2 and max(map(int, figures.groups())) <= 12
    return None if either_way else dated[0]


def _anchor(text: str, layout: Layout, published: DatePhrase | None) -> Anchor | None:
    """The dateline's date if it has one (its year from the publication date), else the publication date."""
    base = (
        Anchor(dt.date.fromisoformat(published.value), f"the publication date {published.value}")
        if published and published.value and published.precision == "day"
        else None
    )
    if layout.dateline is not None:
        line = text[layout.dateline[0] : layout.dateline[1]]
        for phrase in find_dates(_months_read(text), *layout.dateline, base):
            if phrase.precision == "day" and phrase.value:
                return Anchor(
                    dt.date.fromisoformat(phrase.value), f'the dateline "{line.strip(" -–—")}" ({phrase.value})'
                )
    return base


def _not_inside_a_name(text: str, match: Match) -> bool:
    """A one-word person form ("Xu") next to another capitalised word is part of another name."""
    if match.kind != "people" or " " in match.quote.strip():
        return True
    before = re.search(rf"([{UPPER}][\w'’-]*)[ \u00a0]$", text[max(0, match.start - 30) : match.start])
    after = re.match(rf"[ \u00a0][{UPPER}][{LOWER}]", text[match.end : match.end + 3])
    titles = re.compile(
        r"(?:[A-Z]{2,3}|Minister|Ambassador|President|Director|Chairman|Commissioner|Councill?or"
        rf"|Secretary|General|Premier|Colonel|Lieutenant|Brigadier|Admiral|Captain|{'|'.join(HONORIFICS)}|E\.)$"
    )
    return after is None and (before is None or titles.search(before.group(1)) is not None)


_FUND_TAIL = re.compile(
    rf"(?: [{UPPER}][\w'’-]*)*(?: and(?: [{UPPER}][\w'’-]*)+)? (?:Fund|Programme|Program|Project|Facility)\b"
)


def _country_as_no_party(match: Match, registries: Registries, parties: set[tuple[int, int]]) -> bool:
    """A registered government named by its country's name alone where the text names the country as no party
    ("coming to Indonesia", "Indonesia welcomes investors"; not "delegations from Japan and Indonesia", ``parties``):
    the country, no mention of its government."""
    org = registries.organizations.entries.get(match.entity_id)
    return (
        match.kind == "organizations"
        and getattr(org, "kind", "") == "government"
        and is_country(" ".join(match.quote.split()))
        and (match.start, match.end) not in parties
    )


def _names_a_fund(text: str, match: Match) -> bool:
    """A topic's or an organization's words that begin a fund's or programme's name ("South-South Cooperation
    Assistance Fund", "China-UN Peace and Development Fund": no mention of the UN)."""
    return match.kind in ("topics", "organizations") and _FUND_TAIL.match(text, match.end) is not None


_TITLE_AFTER = re.compile(
    r" (?:High Commissioner|Secretary[- ]General|Special (?:Envoy|Rapporteur|Representative)"
    r"|Resident Coordinator|Under-Secretary)\b"
)
_AGENCY_AFTER = re.compile(
    r"['’]s (?:[\w-]+,? ){0,3}(?:agency|ministry|office|department|bureau|authority|service"
    r"|police)\b",
    re.IGNORECASE,
)


_POSTS = r"specialists?|officers?|experts?|advis[eo]rs?|coordinators?|consultants?"
_POST_AFTER = re.compile(rf"\s+(?:{_POSTS})\b")
# "a (regional) specialist in (immigration and) border management": the field of one person's post ("with IOM experts
# on border management" is what they talk about)
_POST_BEFORE = re.compile(
    r"\ban?\s+(?:[\w-]+\s+){0,2}(?:specialist|officer|expert|advis[eo]r|coordinator|consultant)\s+(?:in|on|of|for)\s+"
    r"(?:[\w-]+\s+and\s+)?$",
    re.IGNORECASE,
)
# a capitalised word before, not the first of a sentence: "... Dialogue on International | Migration and Development"
_NAME_BEFORE = re.compile(
    rf"(?<![.!?\n]\s)(?<![.!?\n])\b(?!(?:The|A|An|In|On|At|For|Of|By)\b)[{UPPER}][\w'’-]*\s+(?:(?:on|of|for|in)\s+)?$"
)
# a capitalised word after, that goes on with the name: "the Belt and Road | Forum", "Capacity Building | in Migration"
_NAME_AFTER = re.compile(
    rf"[ \u00a0]+(?:(?:in|on|of|for|and)[ \u00a0]+)?(?!(?:The|A|An|In|On|At|For|Of|By)\b)[{UPPER}]"
)


def _names_a_post_or_event(text: str, match: Match) -> bool:
    """A topic's words that qualify a post ("a border management specialist", "a specialist in border
    management"), or that a capitalised name holds in a case of its own ("the High-level Dialogue on International
    Migration and Development", "the Belt and Road Forum", "its Capacity Building in Migration Management
    programme")."""
    if match.kind != "topics":
        return False
    capitalised = not match.registered and match.quote[:1].isupper()
    return (
        _POST_AFTER.match(text, match.end) is not None
        or _POST_BEFORE.search(text, max(0, match.start - 60), match.start) is not None
        or (capitalised and _NAME_AFTER.match(text, match.end) is not None)
        or (
            capitalised
            and not match.as_written  # "on Wednesday on COVID-19": a form in its own case follows any word
            and _NAME_BEFORE.search(text, max(0, match.start - 40), match.start) is not None
        )
    )


# "China's new immigration administration", "the newly established ...", "set up a (state) ...", "the establishment of
# the ...": a body set up, no field
_NEW = re.compile(
    r"\b(?:[Nn]ew|[Nn]ewly (?:established|created|formed|founded|set up)"
    r"|(?:set up|establish(?:ed)?|creat(?:e|ed)|found(?:ed)?) (?:a|an|the|its)(?: (?i:state|national))?"
    r"|(?:establishment|creation|founding) of (?:a|an|the|its)(?: (?i:state|national))?)\s+$"
)


def _names_a_body(text: str, match: Match) -> bool:
    """A topic's form whose last word names a body as well as a field ("immigration administration"), after "new":
    the body ("China's new immigration administration will ..."); "cooperation in (its) immigration administration"
    stays the field."""
    return (
        match.kind == "topics"
        and match.quote.split()[-1].lower() == "administration"
        and _NEW.search(text, max(0, match.start - 30), match.start) is not None
    )


# "anti-epidemic supplies", "a counter-trafficking unit": a prefix joined to a topic's word by a hyphen
_AGAINST = re.compile(r"\b(?:[Aa]nti|[Cc]ounter)-$")


def _against_it(text: str, match: Match) -> bool:
    """A topic's word that a prefix makes part of a compound adjective ("anti-epidemic supplies"): it qualifies a
    thing done against the topic, and names no topic of its own."""
    return match.kind == "topics" and _AGAINST.search(text, max(0, match.start - 12), match.start) is not None


def _part_of_a_description(text: str, match: Match, registries: Registries) -> bool:
    """An organization's name that only qualifies another: "UN" in "UN High Commissioner for Refugees" (a
    title), a country's government in "Portugal's migration agency" (another body of that country); or a post's
    name before its holder's ("United Nations High Commissioner for Refugees Filippo Grandi")."""
    if match.kind != "organizations":
        return False
    government = getattr(registries.organizations.entries.get(match.entity_id), "kind", "") == "government"
    return (
        _TITLE_AFTER.match(text, match.end) is not None
        or (government and _AGENCY_AFTER.match(text, match.end) is not None)
        or _a_post_before_its_holder(text, match)
    )


# the two words after a name, a form of address between ("... for Refugees Filippo Grandi", "... Mr. Ivo Lind")
_HOLDER = re.compile(
    rf"[ \u00a0]+(?:(?:{FORMS_OF_ADDRESS})[ \u00a0]+)?(?P<name>[{UPPER}][\w'’-]+[ \u00a0]+[{UPPER}][\w'’-]+)"
)


def _a_post_before_its_holder(text: str, match: Match) -> bool:
    """Whether a body's name that is also a post's (it holds a title: "United Nations High Commissioner for
    Refugees") stands right before a person's name: the title of that person, no mention of the body."""
    holder = _HOLDER.match(text, match.end)
    return (
        holder is not None
        and re.search(rf"\b(?:{POSTS})\b", match.quote) is not None
        and names_a_person(text, *holder.span("name"))
    )


_POST_AFTER_BODY = re.compile(rf"[ \u00a0]+(?:{POSTS})\b(?=(?P<holder>{_HOLDER.pattern}))")
_HEAD_LAST = re.compile(rf"\b(?:{ORG_HEADS})$")


def _opens_a_post(text: str, candidate: Candidate) -> bool:
    """Whether a body named by what it is, its head word last ("Foreign Ministry"), stands right before a post and
    its holder's name ("Foreign Ministry Spokesperson Qin Gang"): the first words of his title. Not a body's
    proper name ("IOM China Chief of Mission Giuseppe Crocetti")."""
    post = _POST_AFTER_BODY.match(text, candidate.end)
    return (
        post is not None and _HEAD_LAST.search(candidate.name) is not None and names_a_person(text, *post.span("name"))
    )


def _names(registries: Registries) -> dict[tuple[str, str], str]:
    return {
        (kind, eid): surface_forms(e)[0]
        for kind in ("people", "organizations", "places", "topics")
        for eid, e in registries.get(kind).entries.items()
    }


def _known_mentions(draft: Draft, known: list[Match]) -> None:
    for match in known:
        if match.kind == "places":
            continue
        draft.mentions.append(Mention(match.kind, match.entity_id, match.start, match.end))
        if not match.registered:
            form = " ".join(match.quote.split())
            alias = NewAlias(match.kind, match.entity_id, form, _alias_reason(match))
            if alias not in draft.new_aliases:
                draft.new_aliases.append(alias)


def _alias_reason(match: Match) -> str:
    """Why a form of a known entity that its registry lacks is proposed as an alias."""
    if match.implied_by:
        return f'a short or plain form of its registered "{match.implied_by}"'
    return "differs only in case, accents, spacing or British spelling from its registered forms"


def _candidates(draft: Draft, registries: Registries, known: list[Match]) -> None:
    """New registry entries (or aliases, for variants and near spellings of a known name) and their mentions."""
    text, body = draft.text, draft.layout.body
    forms = {
        fold(f)
        for kind in ("people", "organizations", "places", "topics")
        for e in registries.get(kind).entries.values()
        for f in surface_forms(e)
    }
    found = [
        c
        for c in person_candidates(text)
        if body[0] <= c.start < body[1] or c.cue.startswith(("photo", "press", "statement"))
    ]
    people = [(m.start, m.end) for m in known if m.kind == "people"] + [(c.start, c.end) for c in found]
    found += [
        part
        for c in organization_candidates(text, *body)
        for part in _without_known_parent(
            _without_person(text, c, people),
            known,
            registries,
            _china_s_here(c.start, draft.sentences, draft.sentence_country, draft.in_china),
        )
    ]
    found += [
        c
        for c in _office_candidates(text, known, registries)
        if not any(o.kind == c.kind and o.start <= c.start and c.end < o.end for o in found)
    ]  # "IOM Regional Office for"
    found += _dateline_agency(text, draft.layout)
    found += _governing_councils(text, known, registries)
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for c in found:
        if (
            fold(c.name) in forms
            or _overlaps_known(c, known)
            or _known_somewhere(c, forms)
            or _refers_back(c, found, known)
        ):
            continue
        groups.setdefault((c.kind, fold(c.name)), []).append(c)
    taken = {eid for kind in ("people", "organizations") for eid in registries.get(kind).entries}
    for (kind, _), group in groups.items():
        first = group[0]
        owners = (
            ({_near_known(first, registries)} | _middle_name_dropped(first, registries)) - {None}
            if kind == "people"
            else _variants_of(first.name, registries) or _country_office(text, first, registries)
        )
        if (
            kind == "organizations"
            and not _china_s_here(first.start, draft.sentences, draft.sentence_country, draft.in_china)
            and any(_countryless(first.name, o, registries) for o in owners)
        ):
            _not_placed(draft, first.name, ", ".join(sorted(owners)))
            continue
        if len(owners) > 1:
            draft.notes["undecided"].append(
                f'"{first.name}" ({first.cue}) may name any of {", ".join(sorted(owners))}: add it as an alias of '
                "the one it names, or as a new entry"
            )
            continue
        near = owners.pop() if owners else None
        if near is not None and _opens_a_post(text, first):
            continue  # "Foreign Ministry Spokesperson Qin Gang": words of his post's name, no variant to register
        if near is None and first.cue == DESCRIBED_AGENCY:
            continue  # a description of no registered body names no new one
        if near is not None:
            draft.new_aliases.append(
                NewAlias(kind, near, first.name, f'variant of "{draft.names[kind, near]}" ({first.cue})')
            )
            _claim(draft, kind, near, first.name)
            continue
        if kind == "organizations" and (sibling := _sibling(first.name, draft)) is not None:
            if first.name not in sibling.fields["aliases"]:
                sibling.fields["aliases"].append(first.name)
            _claim(draft, kind, sibling.fields["id"], first.name)
            continue
        entity_id = _free_id(slug(first.name), taken)
        first = _with_abbreviated_given_name(text, first)
        evidence = " ".join(text[max(0, first.start - 60) : min(len(text), first.end + 60)].split())
        fields = _entry(kind, entity_id, first)
        owned = None
        if kind == "organizations" and (owner := acronym_owner(text, first)):  # "IOM Department of X": its form
            fields["aliases"].append(" ".join(text[owner[0] : first.end].split()))
            if parent := next(
                (m.entity_id for m in known if m.kind == "organizations" and (m.start, m.end) == owner), None
            ):
                fields["parent"] = parent
                owned = fields["aliases"][-1] if _intergovernmental(registries, parent) else None
        if kind == "organizations" and (whole := next((c.whole for c in group if c.whole), None)):
            fields["name"] = whole  # a ministry's department under its ministry's name, as the registry has them
        elif kind == "organizations" and (seated := _seated_office(text, first, known, registries)):
            fields.update(name=seated[0], kind="intergovernmental_office", parent=seated[1])
        if kind == "organizations" and (part := ministry_part(fields["name"])):
            fields["aliases"].append(part)
        draft.new_entries.append(NewEntry(kind, fields, evidence))
        draft.names[kind, entity_id] = first.name
        _claim(draft, kind, entity_id, first.name)
        if owned:  # an international body's part under its acronym ("UN General Assembly"): no mention of the body
            _claim(draft, kind, entity_id, owned)
        if first.acronym:
            _mentions_of(draft, kind, entity_id, first.acronym)


# "<office> of the <international body> (<acronym>) in <seat>": an office written with its owner and its seat
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")
_SEAT = re.compile(rf"(?:\s*\([A-Z]{{2,}}\))?\s+in\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}}")
_STATIONED_HEAD = re.compile(r"\b(?:Office|Mission|Representation|Delegation)$")


def _seated_office(
    text: str, candidate: Candidate, known: list[Match], registries: Registries
) -> tuple[str, str] | None:
    """The whole name and the owner of an intergovernmental body's office the text names with that body and its seat
    ("Special Liaison Office of the International Organization for Migration (IOM) in Addis Ababa"): the office in
    that city, as the registry names such offices."""
    of = _OF_OWNER.match(text, candidate.end)
    owner = of and next(
        (
            m
            for m in known
            if m.kind == "organizations" and m.start == of.end() and _intergovernmental(registries, m.entity_id)
        ),
        None,
    )
    seat = owner and _SEAT.match(text, owner.end)
    if not seat or not _STATIONED_HEAD.search(candidate.name):
        return None
    return " ".join(text[candidate.start : seat.end()].split()), owner.entity_id


def _intergovernmental(registries: Registries, entity_id: str) -> bool:
    """Whether a registered organization is an intergovernmental one (or its office)."""
    return getattr(registries.organizations.entries.get(entity_id), "kind", "").startswith("intergovernmental")


_BARE_ACRONYM = re.compile(r"(?<![\w(’'-])[A-Z]{3,6}(?![\w)’'-])")


# "Md. Rafiqul Haider", "Mohd. Ali Hassan": a first given name (Mohammad) written short, right before the rest
_ABBREVIATED_GIVEN_NAME = re.compile(r"(?<![\w.])(?:Md|Mohd|Muhd)\.[ \u00a0]+$")


def _with_abbreviated_given_name(text: str, candidate: Candidate) -> Candidate:
    """A person's name with the abbreviated given name the text writes before it ("Md. Rafiqul Haider"): part of the
    name to register, though the detectors read it as a form of address; any other candidate as it is."""
    short = _ABBREVIATED_GIVEN_NAME.search(text, max(0, candidate.start - 8), candidate.start)
    if candidate.kind != "people" or short is None:
        return candidate
    return replace(candidate, name=f"{short.group(0).split()[0]} {candidate.name}", start=short.start())


def _initials_of_new(draft: Draft) -> None:
    """A bare acronym after a new organization's full name that spells that one name alone ("the Center for China and
    Globalization ... president of the CCG") is its acronym: its mentions are that organization's."""
    text, body = draft.text, draft.layout.body
    claimed = [(m.start, m.end) for m in draft.mentions]
    new = [e for e in draft.new_entries if e.kind == "organizations" and not e.fields.get("acronym")]
    for found in _BARE_ACRONYM.finditer(text, *body):
        if any(s < found.end() and found.start() < e for s, e in claimed):
            continue
        named = [
            e
            for e in new
            if spells(found.group(0), e.fields["name"]) and 0 <= text.find(e.fields["name"]) < found.start()
        ]
        if len(named) == 1:
            named[0].fields["acronym"] = found.group(0)
            _mentions_of(draft, "organizations", named[0].fields["id"], found.group(0))
            new.remove(named[0])


def _sibling(name: str, draft: Draft) -> NewEntry | None:
    """A new organization proposed before under a variant of this name ("Embassy of the People's Republic of China
    in Thailand", then "Chinese Embassy in Thailand"; "Immigration Bureau of Thailand", then "Thai Immigration
    Bureau"), or under a form given it ("OECD Development Assistance Committee" after "... (DAC)"): the same words,
    the country's aside."""
    key, national = _variant_key(name, True), _national_key(name)
    return next(
        (
            e
            for e in draft.new_entries
            if e.kind == "organizations"
            for form in (e.fields["name"], *e.fields["aliases"])
            if (key and _variant_key(form, True) == key) or (national and _national_key(form) == national)
        ),
        None,
    )


def _national_key(name: str) -> tuple[frozenset[str], str] | None:
    """The words of a body's name without the one country it names, by its name or adjective, and that country's
    code; none for a name of no country or of two ("Chinese Embassy in Thailand")."""
    rest, codes = without_country(name)
    return (_variant_key(rest, False), codes.pop()) if len(codes) == 1 and _variant_key(rest, False) else None


def _governments(draft: Draft, registries: Registries, known: list[Match]) -> None:
    """A new government for each country named as a party whose government is neither registered nor
    already proposed; mentioned where the country is named as a party, not where it is a place."""
    registered = {
        getattr(o, "country", None)
        for o in registries.organizations.entries.values()
        if getattr(o, "kind", "") == "government"
    }
    names = {fold(n) for (kind, _), n in draft.names.items() if kind == "organizations"}
    taken = {*registries.organizations.entries, *(e.fields["id"] for e in draft.new_entries)}
    claimed = [m for m in draft.mentions if m.kind == "organizations"]
    groups: dict[str, list[Candidate]] = {}
    for c in government_candidates(draft.text, *draft.layout.body):
        if (
            c.country not in registered
            and fold(f"Government of {c.name}") not in names
            and not _overlaps_known(c, known)
            and all(c.end <= m.start or c.start >= m.end for m in claimed)
        ):
            groups.setdefault(c.country, []).append(c)
    for code, group in groups.items():
        first = group[0]
        entity_id = _free_id(f"government-{slug(first.name)}", taken)
        fields = {
            "id": entity_id,
            "name": f"Government of {first.name}",
            "kind": "government",
            "country": code,
            "aliases": [" ".join(draft.text[first.start : first.end].split())],  # "Fiji", "Fijian government"
            "note": f"Proposed by china-iom add ({first.cue}).",
        }
        evidence = " ".join(draft.text[max(0, first.start - 60) : first.end + 60].split())
        draft.new_entries.append(NewEntry("organizations", fields, evidence))
        draft.names["organizations", entity_id] = fields["name"]
        draft.mentions += [Mention("organizations", entity_id, c.start, c.end) for c in group]
    draft.mentions.sort(key=lambda m: (m.start, m.kind))


def _unclaimed_aliases_dropped(draft: Draft) -> None:
    """A new alias only while a mention still carries it: "International Cooperation" inside the name of
    a department found later ("Department of International Cooperation") proposes no topic alias."""
    forms = {(m.kind, m.entity_id, " ".join(draft.text[m.start : m.end].split())) for m in draft.mentions}
    draft.new_aliases = [a for a in draft.new_aliases if (a.kind, a.entity_id, a.form) in forms]


def _family_names(draft: Draft, registries: Registries) -> None:
    """A person named in full and later by one word of the name alone ("Li Wenjun ... Li said"; also the middle
    one of three, a first family name) is mentioned there too, when no other person of the article has that word
    in their name; the word becomes an alias. Where it is the registered alias of a person the article never names
    in full ("Wang Chao ... Wang said", "Wang" another Wang's), it names neither: those mentions are dropped, as one
    form may name only one entry."""
    text, body = draft.text, draft.layout.body
    full = [m for m in draft.mentions if m.kind == "people" and len(text[m.start : m.end].split()) > 1]
    owners: dict[str, set[str]] = {}
    for m in full:
        words = text[m.start : m.end].split()
        for word in {words[0], words[-1], *(words[1:2] if len(words) == 3 else [])}:
            if len(word) > 1 and word[0].isupper() and word not in _NOT_A_NAME:
                # "Mr. QIANG Kaiming ... Mr. Qiang said": a family name in capitals is written in title case alone
                word = word.capitalize() if word.isalpha() and word.isupper() else word
                owners.setdefault(word, set()).add(m.entity_id)
    entries = {e.fields["id"]: e for e in draft.new_entries if e.kind == "people"}
    for word, ids in sorted(owners.items()):
        if len(ids) != 1:
            continue
        person = ids.pop()
        first = min(m.start for m in full if m.entity_id == person)
        spots = [
            (s, e)
            for s, e in find_all(text, Selector(word), first, body[1])
            if body[0] <= s
            and _not_inside_a_name(text, Match("people", person, s, e, word, True))
            and (s == 0 or not text[s - 1].isalnum())
            and (e == len(text) or not text[e].isalnum())
        ]
        if yielded := [m for m in draft.mentions if _yields(text, m, word, full)]:
            draft.mentions = [m for m in draft.mentions if m not in yielded]
            continue  # another's registered alias: no one's here, and no alias of this one
        claimed = [(m.start, m.end) for m in draft.mentions]
        spots = [(s, e) for s, e in spots if all(e <= a or s >= b for a, b in claimed)]
        if not spots:
            continue
        draft.mentions += [Mention("people", person, s, e) for s, e in spots]
        if person in entries:
            entries[person].fields["aliases"].append(word)
        elif word not in surface_forms(registries.people.entries[person]):
            draft.new_aliases.append(
                NewAlias("people", person, word, "the family name, used alone after the full name")
            )
    draft.mentions.sort(key=lambda m: (m.start, m.kind))


_NOT_A_NAME = frozenset({"Mr", "Mrs", "Ms", "Dr", "The", "He", "She"})


def _yields(text: str, mention: Mention, word: str, full: list[Mention]) -> bool:
    """Whether a mention is ``word`` alone, of a person the article never names in full."""
    return (
        mention.kind == "people"
        and text[mention.start : mention.end] == word
        and all(m.entity_id != mention.entity_id for m in full)
    )


def _refers_back(candidate: Candidate, found: list[Candidate], known: list[Match]) -> bool:
    """A shorter form of an organization named earlier ("the Regional Office" after "the Regional Office for
    Asia and the Pacific"): a reference back to it, no new organization; not the body whose name opens the name of
    its part ("African Union" after "African Union Commission")."""
    earlier = [fold(c.name) for c in found if c.kind == "organizations" and c.end <= candidate.start]
    earlier += [fold(m.quote) for m in known if m.kind == "organizations" and m.end <= candidate.start]
    name = fold(candidate.name)
    part = re.compile(rf"{re.escape(name)}(?: \S+)*? (?:{ORG_HEADS})", re.IGNORECASE)
    return candidate.kind == "organizations" and any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", form) and form != name and not part.fullmatch(form)
        for form in earlier
    )


def _known_somewhere(candidate: Candidate, forms: set[str]) -> bool:
    """A known organization and where it is ("National Immigration Administration in Beijing")."""
    place = re.search(rf" (?:in|at) [{UPPER}][\w'’ -]*$", candidate.name)
    return candidate.kind == "organizations" and place is not None and fold(candidate.name[: place.start()]) in forms


def _claim(draft: Draft, kind: str, entity_id: str, form: str) -> None:
    """Mentions of ``form``; shorter mentions of other entities inside them give way (longest match)."""
    text, body = draft.text, draft.layout.body
    spans = [(s, e) for s, e in find_all(text, Selector(form), *body)]
    draft.mentions = [
        m
        for m in draft.mentions
        if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
    ]
    _mentions_of(draft, kind, entity_id, form)


def _without_person(text: str, candidate: Candidate, people: list[tuple[int, int]]) -> Candidate:
    """The organization without a person named before or after it ("Antonio Vitorino at the Permanent
    Mission ...", "Director General of the International Organization for Migration Antonio Vitorino")."""
    start, end = candidate.start, candidate.end
    for s, e in sorted(people):
        if start <= s < end and e <= end:
            if s == start:
                start = e + len(re.match(r"(?:\s+(?:of|for|and|the|in|at|from|to))*\s*", text[e:end]).group(0))
            else:
                end = s - len(re.search(r"(?:\s+(?:of|for|and|the|in|at))*\s*$", text[start:s]).group(0))
                break
    if (start, end) == (candidate.start, candidate.end):
        return candidate
    return Candidate(candidate.kind, " ".join(text[start:end].split()), start, end, candidate.cue, candidate.acronym)


_PARENT_TAIL = re.compile(r"(?: of| at)(?: the| China['’]s)? $")  # "... of China's Ministry of ...": China's is dropped


def _without_known_parent(
    candidate: Candidate, known: list[Match], registries: Registries, in_china: bool
) -> list[Candidate]:
    """ "Department of International Cooperation of the NIA" -> "Department of International Cooperation", a
    ministry's department's whole name kept to register it under ("X Department of the Ministry of Y": a bare
    department's name is any ministry's); nothing when nothing of an organization is left ("Representatives of the Ministry of ..."). A parent named
    by a variant of a registered name ("... of the Chinese Foreign Ministry") is cut off as a candidate of its
    own, which then becomes that name's alias."""
    ends = [
        (m.start, m.entity_id)
        for m in known
        if m.kind == "organizations" and candidate.start < m.start and m.end == candidate.end
    ]
    ends += [
        (candidate.start + m.end(), owners.pop())
        for m in re.finditer(r" of (?:the )?", candidate.name)
        if len(owners := _variants_of(candidate.name[m.end() :], registries)) == 1
        and (in_china or not _countryless(candidate.name[m.end() :], next(iter(owners)), registries))
    ]
    head = _PARENT_TAIL.search(candidate.name[: ends[0][0] - candidate.start]) if ends else None
    if head is None:
        return part_and_whole(candidate)
    start, owner = ends[0]
    name = candidate.name[: start - candidate.start - len(head.group(0))]
    parent = (
        []
        if any(m.start == start for m in known)
        else [Candidate(candidate.kind, candidate.name[start - candidate.start :], start, candidate.end, candidate.cue)]
    )
    if not organization_candidates(name):
        return parent
    return [
        Candidate(
            candidate.kind,
            name,
            candidate.start,
            candidate.start + len(name),
            candidate.cue,
            candidate.acronym,
            parent=owner,
            whole=candidate.name if ministry_part(candidate.name) else None,
        ),
        *parent,
    ]


def _office_candidates(text: str, known: list[Match], registries: Registries) -> list[Candidate]:
    """A known organization followed by a place or by "office" ("IOM China", "IOM Kenya office", "UNHCR office in
    Beijing"), and an intergovernmental one by any country ("UNHCR Thailand")."""
    places = {fold(f) for p in registries.places.entries.values() for f in surface_forms(p)}
    found = []
    for m in known:
        if m.kind != "organizations":
            continue
        international = (
            getattr(registries.organizations.entries.get(m.entity_id), "kind", "") == "intergovernmental_organization"
        )
        for words in (3, 2, 1):  # the longest place first: "IOM Sri Lanka", not "IOM Sri"
            tail = re.match(
                rf" (?:[Oo]ffice in )?((?:[{UPPER}][\w'’-]+ ){{{words - 1}}}[{UPPER}][\w'’-]+)(?: ([Oo]ffice))?\b",
                text[m.end : m.end + 60],
            )  # "IOM Kenya office", "UNHCR office in Beijing"
            if tail is None:
                continue
            place = " ".join(tail.group(1).split())
            if (
                (tail.group(2) and words == 1)
                or fold(place) in places
                or (international and is_country(place, short=True))
            ):
                end = m.end + tail.end()
                found.append(Candidate("organizations", text[m.start : end], m.start, end, f'"{m.quote}" and a place'))
                break
    return found


_COUNTRY_WORDS = frozenset({"china", "chinese", "people's", "people’s", "republic", "prc"})
_UN_WORDS = frozenset({"united", "nations"})  # "(United Nations) World Food Program": the UN's own, named either way
_FILLER = frozenset({"the", "of", "in", "office", "for", "and", "affairs"})  # "Foreign Ministry": of Foreign Affairs


def _variant_keys(form: str, country_words: bool) -> set[frozenset[str]]:
    """The words of a name that tell it apart, with and without a qualifier in brackets."""
    return {_variant_key(form, country_words), _variant_key(re.sub(r"\s*\([^)]*\)", "", form), country_words)}


def _variant_key(form: str, country_words: bool) -> frozenset[str]:
    words = re.findall(r"[\w'’-]+", re.sub(r"\bun\b", "united nations", fold(form)))
    words = [_NOUN.get(w, w) for w in words]  # "Government of China" is the "Chinese government"
    return frozenset(w for w in words if w not in _FILLER and not (country_words and w in _COUNTRY_WORDS | _UN_WORDS))


_NOUN = {"chinese": "china"}


# "China Liaison Office" (after "IOM's"), "IOM Liaison Office in China", "UNHCR Country Office in Kenya": a body's
# office in a country, named by the country and what kind of office it is
_OFFICE_KINDS = r"(?:Liaison|Country|Representative|Representation)"
_COUNTRY_OFFICE = re.compile(
    rf"(?:(?P<owner>[A-Z]{{2,}}) )?(?:(?P<before>(?![A-Z]{{2,}}\b|{_OFFICE_KINDS}\b)[A-Z][\w'’ -]*?) )?"
    rf"(?:{_OFFICE_KINDS} )?[Oo]ffice(?: (?:in|for) (?:the )?(?P<after>[A-Z][\w'’ -]*))?"  # "UNHCR office in Kenya" too
)
_POSSESSOR = re.compile(r"(?P<owner>[A-Z]{2,}|[A-Z][\w-]*(?: [A-Z][\w-]*){0,5})['’]s\s+$")


def _offices(registries: Registries) -> dict[tuple[str, str], str]:
    """(parent id, country code) -> the first registered intergovernmental office of that parent in that country."""
    found: dict[tuple[str, str], str] = {}
    for eid, org in registries.organizations.entries.items():
        parent, country = getattr(org, "parent", None), getattr(org, "country", None)
        if getattr(org, "kind", "") == "intergovernmental_office" and parent and country:
            found.setdefault((parent, country), eid)
    return found


def _country_office(text: str, candidate: Candidate, registries: Registries) -> set[str]:
    """The registered office that a body (the name's owner, or the possessive before it) has in the one country the
    name gives ("IOM's China Liaison Office", "IOM Liaison Office in China": IOM's office in China)."""
    named = _COUNTRY_OFFICE.fullmatch(candidate.name)
    possessor = _POSSESSOR.search(text, max(0, candidate.start - 60), candidate.start)
    owner = (named and named.group("owner")) or (possessor and possessor.group("owner"))
    if named is None or not owner or bool(named.group("before")) == bool(named.group("after")):
        return set()
    country = countries_in(named.group("before") or named.group("after"))
    if len(country) != 1 or not is_country(named.group("before") or named.group("after")):
        return set()
    parents = {
        eid for eid, org in registries.organizations.entries.items() if fold(owner) in map(fold, surface_forms(org))
    }
    offices = _offices(registries)
    found = {offices.get((parent, *country)) for parent in parents} - {None}
    return {eid for eid in found if re.search(r"\bOffice\b", registries.organizations.entries[eid].name)}


def _variants_of(name: str, registries: Registries) -> set[str]:
    """The known organizations whose names this one varies: the same words without the country
    ("China National Immigration Administration"), word order ("Government of China" for "Chinese
    government"), qualifier ("Department of Home Affairs (South Africa)"), the first four or more words of
    a long name ("Permanent Mission of China to the UN Office at Geneva [and Other ...]"), or the UN's
    agency for a field ("UN Refugee Agency": the intergovernmental organization named for it). Several is
    ambiguous."""
    if field_ := UN_AGENCY.fullmatch(name):
        stem = fold(field_.group("field").split()[0]).rstrip("s")
        return {
            eid
            for eid, org in registries.organizations.entries.items()
            if getattr(org, "kind", "") == "intergovernmental_organization"
            and re.search(rf"\b{re.escape(stem)}s?\b", fold(org.name))
        }
    for strip in (False, True):  # the same words first; without the country's words only if none
        if owners := _same_words(name, registries, strip):
            return owners
    words = fold(name).split()
    return {
        eid
        for eid, org in registries.organizations.entries.items()
        for form in surface_forms(org)
        if len(words) >= 4 and len(fold(form).split()) > len(words) and fold(form).split()[: len(words)] == words
    }


def _same_words(name: str, registries: Registries, strip: bool) -> set[str]:
    """The known organizations with a form of the same distinctive words, less China's words if ``strip``."""
    return {
        eid
        for eid, org in registries.organizations.entries.items()
        if (not strip or getattr(org, "country", None) in ("CN", None))
        for form in surface_forms(org)
        if _variant_key(name, strip) in _variant_keys(form, strip) - {frozenset()}
    }


def _dateline_agency(text: str, layout: Layout) -> list[Candidate]:
    """The news agency in brackets in the dateline ("BEIJING, April 3 (Xinhua) --"), and the publication a byline
    names ("By Ada Kemp (Nordic Daily)")."""
    found = []
    if byline := source_line(text, layout):
        found.append(Candidate("organizations", text[slice(*byline)], *byline, "byline"))
    match = re.search(rf"\(([{UPPER}][\w ]*)\)", text[slice(*layout.dateline)]) if layout.dateline else None
    if match is not None:
        start = layout.dateline[0] + match.start(1)
        found.append(Candidate("organizations", match.group(1), start, start + len(match.group(1)), "dateline agency"))
    return found


# "the governing council of the International Organization for Migration (IOM)", "IOM's governing council"
_COUNCIL_OF = re.compile(r"\b(?:[Tt]he\s+)?governing\s+council\s+of\s+(?:the\s+)?$")
_S_COUNCIL = re.compile(r"['’]s\s+governing\s+council\b")


def _governing_councils(text: str, known: list[Match], registries: Registries) -> list[Candidate]:
    """The governing council of a registered organization that the text describes, not names ("the governing council
    of the International Organization for Migration (IOM)"): a body of its own, under the name its acronym gives it
    ("IOM Council"), its parent that organization."""
    found = []
    for m in known:
        org = registries.organizations.entries.get(m.entity_id) if m.kind == "organizations" else None
        before = _COUNCIL_OF.search(text, max(0, m.start - 40), m.start)
        after = _S_COUNCIL.match(text, m.end)
        if org is None or not getattr(org, "acronym", None) or not (before or after):
            continue
        start, end = (before.start(), m.end) if before else (m.start, after.end())
        name = f"{org.acronym} Council"
        found.append(
            Candidate("organizations", name, start, end, f'governing council of "{m.quote}"', parent=m.entity_id)
        )
    return found


def _overlaps_known(candidate: Candidate, known: list[Match]) -> bool:
    """Whether the candidate overlaps a known entity of its kind other than as a known part of a longer body's
    name, or is a person's name over a known organization ("IOM Myanmar also attended": IOM's office, no one)."""
    for m in known:
        kinds = (candidate.kind, "organizations") if candidate.kind == "people" else (candidate.kind,)
        if m.kind in kinds and m.start < candidate.end and candidate.start < m.end:
            inside = (
                candidate.start <= m.start
                and m.end <= candidate.end
                and (m.end - m.start) < (candidate.end - candidate.start)
            )
            if not (inside and candidate.kind == "organizations"):
                return True
    return False


def _near_known(candidate: Candidate, registries: Registries) -> str | None:
    """A known person whose name differs from the candidate's in one word only, a near spelling of at least
    four letters ("Xu Galu" for "Xu Ganlu"; never "Wang Yi" for "Wang Ji", another person)."""
    words = fold(candidate.name).split()
    for eid, person in registries.people.entries.items():
        for form in surface_forms(person):
            other = fold(form).split()
            if len(other) != len(words) or len(words) < 2:
                continue
            differ = [(a, b) for a, b in zip(words, other) if a != b]
            if (
                len(differ) == 1
                and min(map(len, differ[0])) >= 4
                and difflib.SequenceMatcher(None, *differ[0]).ratio() >= NEAR_NAME_RATIO
            ):
                return eid
    return None


def _middle_name_dropped(candidate: Candidate, registries: Registries) -> set[str | None]:
    """Known people whose registered given names are two or more words, named by the first of them and the family
    name ("William Swing" for William Lacy Swing, given name "William Lacy")."""
    words = fold(candidate.name).split()
    if len(words) != 2:
        return set()
    return {
        eid
        for eid, person in registries.people.entries.items()
        if person.family_name
        and person.given_name
        and len(given := fold(person.given_name).split()) > 1
        and len(given[0]) > 2  # "J. Brian Atwood": an initial names no one
        and [given[0], fold(person.family_name)] == words
    }


def _free_id(base: str, taken: set[str]) -> str:
    entity_id, n = base, 2
    while entity_id in taken:
        entity_id, n = f"{base}-{n}", n + 1
    taken.add(entity_id)
    return entity_id


def _entry(kind: str, entity_id: str, candidate: Candidate) -> dict:
    """Registry fields for a candidate; all-caps words mark a family name (written title-case in ``name``)."""
    words = candidate.name.split()
    note = f"Proposed by china-iom add ({candidate.cue})."
    if kind == "people":
        caps = [w for w in words if w.isupper() and len(w) > 1 and w.isalpha()]  # "R." is an initial
        if len(words) > 2 and words[0] in caps and len(words[0]) == 2 and not PINYIN_NAME.fullmatch(words[0]):
            caps.remove(words[0])  # "AK Abdul Momen": initials, kept as written, before a name of two words
        name = " ".join(w.capitalize() if w in caps else w for w in words)
        fields: dict = {"id": entity_id, "name": name}
        if len(caps) == 1:
            fields["family_name"] = caps[0].capitalize()
            fields["given_name"] = " ".join(w for w in words if w not in caps)
        fields["aliases"] = [candidate.name] if name != candidate.name else []
        fields["note"] = note
        return fields
    fields = {"id": entity_id, "name": candidate.name}
    if candidate.acronym:
        fields["acronym"] = candidate.acronym
    fields["kind"] = organization_kind(candidate.name)
    if candidate.country:
        fields["country"] = candidate.country
    if candidate.parent:
        fields["parent"] = candidate.parent
    fields["aliases"] = []
    fields["note"] = f"{note} Kind guessed from the name; check it, and add country and parent where certain."
    return fields


_KIND_WORDS = (
    ("diplomatic_mission", r"Embassy|Consulate|Permanent Mission|Mission to"),
    ("ministry", r"Ministry|Department of State"),
    ("police", r"Police"),
    ("education", r"University|Academy|College|School|Institute"),
    ("news_agency", r"News Agency|Press Agency|Xinhua|Reuters|Associated Press|Agence France"),
    (
        "intergovernmental_organization",
        r"United Nations|Organi[sz]ation for|International Organi[sz]ation"
        r"|High Commissioner|Programme|World \w+ Organi[sz]ation",
    ),
    ("government_agency", r"Agency|Administration|Commission|Bureau|Authority|Office|Service|Directorate"),
    ("government", r"Government|State Council|Council"),
    ("political_party", r"Party"),
)


def organization_kind(name: str) -> str:
    """A first guess at an organization's kind from the words of its name."""
    return next((kind for kind, words in _KIND_WORDS if re.search(rf"\b(?:{words})\b", name)), "other")


def _mentions_of(draft: Draft, kind: str, entity_id: str, form: str) -> None:
    """Mentions of every bounded occurrence of ``form`` in the body not already claimed in this kind."""
    text, body = draft.text, draft.layout.body
    claimed = [(m.start, m.end) for m in draft.mentions if m.kind == kind]
    for s, e in find_all(text, Selector(form), *body):
        bounded = (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())
        if bounded and all(e <= a or s >= b for a, b in claimed):
            draft.mentions.append(Mention(kind, entity_id, s, e))
    draft.mentions.sort(key=lambda m: (m.start, m.kind))


_WORD = re.compile(r"(?<![\w'’-])[\w'’-]+ ")
_QUALIFIED = re.compile(r"(?:(?!(?:and|or|the) )[a-z][\w-]* )+")  # lower-case words that qualify a topic


def _with_speaker(
    text: str, mention: Mention, sentences: list[tuple[int, int]], said: list[tuple[str, ...]]
) -> Mention:
    qualified = [w.start() for w in _WORD.finditer(text, max(0, mention.start - 40), mention.start)]
    qualified = [q for q in qualified[-2:] if _QUALIFIED.fullmatch(text, q, mention.start)]  # "integrated "
    if mention.kind != "topics" or any(
        GATHERING_SUBJECT.search(text, max(0, mention.start - 80), end) for end in (mention.start, *qualified)
    ):
        return mention  # the subject of a gathering ("a forum on X", "a course on integrated X") is no one's position
    index = next((i for i, (s, e) in enumerate(sentences) if s <= mention.start < e), None)
    return Mention(
        mention.kind, mention.entity_id, mention.start, mention.end, said[index] if index is not None else ()
    )


def _window(value: str | None, end: str | None, precision: str | None) -> tuple[dt.date, dt.date] | None:
    if not value or not precision:
        return None
    first, last = isodates.window(value, precision)
    return first, isodates.window(end, precision)[1] if end else last


def _link_meetings(draft: Draft, others: list[OtherArticle]) -> None:
    """Ids for the proposed meetings; the same meeting or its trip in another article is linked, not redefined."""
    existing = [(m, o.article_id) for o in others if o.annotation for m in o.annotation.meetings]
    taken = {m.id for m, _ in existing}
    for i, meeting in enumerate(draft.meetings):
        mine = _window(meeting.date.value, meeting.date.end_value, meeting.date.precision) if meeting.date else None
        for other, _ in existing:
            theirs = _window(other.date.start, other.date.end, other.date.precision) if other.date else None
            people = {p.person for p in other.participants if p.person}
            overlap = mine is not None and theirs is not None and mine[0] <= theirs[1] and theirs[0] <= mine[1]
            if overlap and set(meeting.participants) == people and (other.kind == "trip") == (meeting.kind == "trip"):
                draft.also_reports[i] = other.id
            elif (
                overlap
                and other.kind == "trip"
                and meeting.kind != "trip"
                and meeting.parent is None
                and meeting.participants
                and meeting.participants[0] in people
                and mine[0] >= theirs[0]
                and mine[1] <= theirs[1]
            ):
                draft.parents[i] = other.id
        date = meeting.date.value if meeting.date and meeting.date.value else "undated"
        draft.meeting_ids.append(
            _free_id(slug("-".join([*meeting.participants[:2], *meeting.organizations[:1], date])), taken)
        )


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", fold(text))
    return {tuple(words[i : i + 5]) for i in range(max(0, len(words) - 4))}


def _duplicates(text: str, others: list[OtherArticle]) -> list[tuple[str, float]]:
    """Articles already in the seeds whose word 5-grams overlap this text's (Jaccard >= 0.8)."""
    mine = _shingles(text)
    found = []
    for other in others:
        theirs = _shingles(other.text)
        score = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
        if score >= DUPLICATE_JACCARD:
            found.append((other.article_id, round(score, 3)))
    return found


def _notes(draft: Draft) -> None:
    """What the summary tells the person: what was found, what could not be decided, what to check."""
    found, undecided, check = draft.notes["found"], draft.notes["undecided"], draft.notes["check"]
    counts = {kind: sum(m.kind == kind for m in draft.mentions) for kind in ("people", "organizations", "topics")}
    found.append(
        f"{len(draft.sentences)} sentences; mentions: {counts['people']} people, "
        f"{counts['organizations']} organizations, {counts['topics']} topics"
    )
    found.append(
        f"{len(draft.meetings)} meeting(s), {len(draft.also_reports)} of them already defined in another "
        f"article (also_reports); {len(draft.dates)} date phrase(s)"
    )
    for entry in draft.new_entries:
        found.append(
            f"new {entry.kind[:-1] if entry.kind != 'people' else 'person'} {entry.fields['name']!r} "
            f"({entry.fields['id']}): ...{entry.evidence}..."
        )
    for alias in draft.new_aliases:
        check.append(f"proposed alias {alias.form!r} of {alias.entity_id} ({alias.kind}): {alias.reason}")
    for phrase in draft.dates:
        if phrase.value is None:
            undecided.append(f"date {phrase.quote!r} at character {phrase.start}: {phrase.note}")
    if draft.published is None:
        undecided.append("publication date: none found before the body; add article.published or say why not")
    for i, meeting in enumerate(draft.meetings):
        if meeting.date is None:
            undecided.append(f"meeting {draft.meeting_ids[i]}: no date in its sentence")
        if not meeting.participants:
            undecided.append(f"meeting {draft.meeting_ids[i]}: no named person; participants are organizations")
    for article_id, score in draft.duplicates:
        check.append(
            f"this text is nearly the same as {article_id} (word 5-gram Jaccard {score}); a republished "
            "press release? report its meetings with also_reports rather than defining them again"
        )
    check.append(
        "body start and end, the title and the publisher; meeting kinds, labels, participants' "
        "organizations and parents; speakers of topic mentions; the kind, country and parent of new "
        "organizations"
    )
