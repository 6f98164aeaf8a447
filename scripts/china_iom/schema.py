"""The one source of truth for every table: fields, types, constraints and keys.

``datapackage.json``, the Parquet writer's Arrow schemas and the README's data
dictionary are all generated from ``TABLES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ARTICLE_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}"
COUNTRY_PATTERN = r"[A-Z]{2}"
WIKIDATA_PATTERN = r"Q[1-9][0-9]*"
DOMAIN_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+"
# Reduced-precision ISO dates (``annotation.dates`` reads them as windows of days).
PRECISIONS = ("day", "week", "month", "year")
DATE_PATTERNS = {
    "day": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "week": r"[0-9]{4}-W[0-9]{2}",
    "month": r"[0-9]{4}-[0-9]{2}",
    "year": r"[0-9]{4}",
}
# One group, so that an anchor around it binds every alternative (``^a|b$`` would not).
ANY_DATE_PATTERN = "(?:" + "|".join(DATE_PATTERNS.values()) + ")"

MEETING_KINDS = (
    "trip",
    "visit",
    "bilateral_talks",
    "working_talks",
    "courtesy_meeting",
    "exchange",
    "conference",
    "summit",
    "forum",
    "dialogue",
    "speech",
    "signing",
    "symposium",
    "launch",
)
ORGANIZATION_KINDS = (
    "intergovernmental_organization",
    "intergovernmental_office",
    "government",
    "ministry",
    "government_agency",
    "police",
    "diplomatic_mission",
    "education",
    "news_agency",
    "news_media",
    "political_party",
    "other",
)
PLACE_KINDS = ("country", "region", "city", "site")
TOPIC_KINDS = ("initiative", "framework", "agenda", "theme")
DATE_BASES = ("stated", "relative", "inferred")
DATE_SOURCES = ("own", "parent", "publication")
MEETING_STATUSES = ("held", "planned")
MEETING_TYPES = ("encounter", "container")
# Sides a participant acts for, and levels of their position, highest first (rules in ``derive``).
SIDES = ("china", "international", "other", "unknown")
LEVELS = (
    "head of state or government",
    "minister",
    "vice minister",
    "head of organization",
    "deputy head",
    "ambassador or chief of mission",
    "other",
    "organization only",
)
YEAR_PATTERN = "[0-9]{4}"


@dataclass(frozen=True)
class Field:
    """One column: its Frictionless type, meaning and constraints."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    minimum: int | None = None

    def constraints(self) -> dict[str, object]:
        """Frictionless constraints of this field."""
        found = {
            "required": self.required or None,
            "unique": self.unique or None,
            "enum": list(self.enum) or None,
            "pattern": self.pattern,
            "minimum": self.minimum,
        }
        return {key: value for key, value in found.items() if value is not None}


@dataclass(frozen=True)
class ForeignKey:
    """Columns of this table that must match a key of another (or the same) table."""

    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table of the package."""

    name: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())
    derived: bool = False  # made in the build from the other tables (``derive``), not from one article

    @property
    def field_names(self) -> list[str]:
        """Column names in order."""
        return [f.name for f in self.fields]


def ref(
    name: str,
    table: str,
    description: str,
    *,
    required: bool = False,
    pattern: str = ID_PATTERN,
    key: str | None = None,
) -> tuple[Field, ForeignKey]:
    """An id column and the foreign key that ties it to ``table``."""
    column = Field(name, "string", description, required=required, pattern=pattern)
    return column, ForeignKey((name,), table, (key or name,))


def span_fields(what: str) -> tuple[Field, ...]:
    """Offsets and quote of a piece of evidence in an article."""
    return (
        Field(
            "char_start",
            "integer",
            f"Offset of the first character of the {what} in the article text (Python string index, 0-based).",
            required=True,
            minimum=0,
        ),
        Field(
            "char_end",
            "integer",
            f"Offset just past the last character of the {what}: text[char_start:char_end] == quote.",
            required=True,
            minimum=1,
        ),
        Field("quote", "string", f"The {what} exactly as it stands in the article.", required=True),
    )


def date_fields(prefix: str, what: str) -> tuple[Field, ...]:
    """A reduced-precision date with its window, basis and note."""
    return (
        Field(f"{prefix}_precision", "string", f"Precision of the {what}.", enum=PRECISIONS),
        Field(f"{prefix}_earliest", "date", f"First day the {what} can denote (derived from its precision)."),
        Field(f"{prefix}_latest", "date", f"Last day the {what} can denote (derived from its precision)."),
        Field(
            f"{prefix}_basis",
            "string",
            f"How the {what} was established: stated in the text, resolved "
            "from a relative phrase against the dateline, or inferred from outside knowledge.",
            enum=DATE_BASES,
        ),
        Field(f"{prefix}_note", "string", f"Reasoning and sources for a relative or inferred {what}."),
    )


def aliases_table(entity: str, table: str, key: str) -> Table:
    """Surface forms under which an entity is found in articles."""
    column, fkey = ref(key, table, f"The {entity}.", required=True)
    return Table(
        f"{entity}_aliases",
        f"Every surface form of a {entity} seen in the articles (one row per form).",
        (column, Field("alias", "string", "The surface form, as written.", required=True)),
        (key, "alias"),
        (fkey,),
    )


_ARTICLE, _ARTICLE_FK = ref(
    "article_id", "articles", "Article (seed file stem).", required=True, pattern=ARTICLE_ID_PATTERN
)
_SENTENCE, _SENTENCE_FK = ref(
    "sentence_id",
    "sentences",
    "Sentence that contains the span.",
    required=True,
    pattern=ARTICLE_ID_PATTERN + r":[0-9]{3,}",
)
_PERSON, _PERSON_FK = ref("person_id", "people", "Person.", required=True)
_ORG, _ORG_FK = ref("organization_id", "organizations", "Organization.", required=True)
_TOPIC, _TOPIC_FK = ref("topic_id", "topics", "Topic.", required=True)
_MEETING, _MEETING_FK = ref("meeting_id", "meetings", "Meeting.", required=True)
_PUBLISHER, _PUBLISHER_FK = ref(
    "publisher_id", "organizations", "Organization that published the article.", required=True, key="organization_id"
)
_PARENT_ORG, _PARENT_ORG_FK = ref(
    "parent_id", "organizations", "Organization this one is part of.", key="organization_id"
)
_PARENT_PLACE, _PARENT_PLACE_FK = ref("parent_id", "places", "Place this one lies in.", key="place_id")
_PLACE, _PLACE_FK = ref("place_id", "places", "Where the meeting took place.")
_PARENT_MEETING, _PARENT_MEETING_FK = ref(
    "parent_meeting_id", "meetings", "Trip or conference this meeting was part of.", key="meeting_id"
)
_OPT_PERSON, _OPT_PERSON_FK = ref("person_id", "people", "Person taking part, where named.")
_OPT_ORG, _OPT_ORG_FK = ref("organization_id", "organizations", "Organization the participant acted for.")
_ROLE_ORG, _ROLE_ORG_FK = ref(
    "organization_id", "organizations", "Organization the role belongs to, where the text names one."
)
_DEFINED_IN, _DEFINED_IN_FK = ref(
    "defined_in_article_id",
    "articles",
    "Article whose annotation defines the meeting.",
    required=True,
    pattern=ARTICLE_ID_PATTERN,
    key="article_id",
)
_SPEAKER, _SPEAKER_FK = ref(
    "person_id",
    "people",
    "Person whose words or position the sentence reports (one of the speakers of a joint statement).",
    required=True,
)
_RAISED_IN, _RAISED_IN_FK = ref(
    "meeting_id", "meetings", "Meeting in which the topic was raised, where the text says so."
)
_PROPOSER, _PROPOSER_FK = ref(
    "proposed_by_person_id", "people", "Person who proposed the topic, where certain.", key="person_id"
)
_PROPOSER_ORG, _PROPOSER_ORG_FK = ref(
    "proposed_by_organization_id",
    "organizations",
    "Organization that proposed or adopted the topic, where certain.",
    key="organization_id",
)
_BROADER, _BROADER_FK = ref("broader_topic_id", "topics", "Broader topic this one belongs to.", key="topic_id")

_COUNTRY = Field(
    "country", "string", "ISO 3166-1 alpha-2 code of the country, where it has one.", pattern=COUNTRY_PATTERN
)
_WIKIDATA = Field("wikidata", "string", "Wikidata item, only where verified (see note).", pattern=WIKIDATA_PATTERN)
_NOTE = Field("note", "string", "Annotator's note: basis of inferred values and what could not be verified.")
_DERIVED = "Derived in the build: "
_WINDOW_SOURCE = (
    " Which constraint set it: own (the meeting's own date), parent (the window of the meeting "
    "it was part of) or publication (a reporting article's publication date)."
)
_MEETING_DERIVED = (
    Field("date_earliest_source", "string", _DERIVED + "what set date_earliest." + _WINDOW_SOURCE, enum=DATE_SOURCES),
    Field("date_latest_source", "string", _DERIVED + "what set date_latest." + _WINDOW_SOURCE, enum=DATE_SOURCES),
    Field(
        "date_edtf",
        "string",
        _DERIVED + "the window in the Extended Date/Time Format (Library of Congress): "
        "a day, month or year; start/end for a meeting that spans its window (a trip from 9 to 18 January); "
        "[start..end] for one held on an unknown day within it.",
    ),
    Field(
        "date_year",
        "string",
        _DERIVED + "year of the meeting; empty where the window spans two years or there is none.",
        pattern=YEAR_PATTERN,
    ),
    Field(
        "meeting_type",
        "string",
        _DERIVED + "container if another meeting names it as parent (a trip, "
        "conference or summit with meetings inside), else encounter. Count encounters to count meetings "
        "once.",
        required=True,
        enum=MEETING_TYPES,
    ),
)
_SIDE_RULE = (
    "the organization the participant acted for, else the one organization side of the person's "
    "roles: an intergovernmental organization or its office (even in China) is international, an "
    "organization of China (country CN) china, of another country other, else its parent's side; "
    "unknown otherwise (nationality is not a side)."
)
_LEVEL_RULE = (
    "the highest level of the person's roles stated by the articles that report the meeting (else "
    "of all their roles), each title mapped by derive.LEVEL_RULES (President, Premier -> head of state "
    "or government; Vice Minister -> vice minister; Minister, State Councilor -> minister; Director "
    "General, Commissioner -> head of organization; Deputy -> deputy head; Ambassador, Chief of "
    "Mission -> ambassador or chief of mission); organization only where no person is named."
)
_PARTICIPANT_DERIVED = (
    Field(
        "side",
        "string",
        _DERIVED + "side the participant acted for, by the first rule that applies: " + _SIDE_RULE,
        required=True,
        enum=SIDES,
    ),
    Field(
        "level", "string", _DERIVED + "level of the participant's position: " + _LEVEL_RULE, required=True, enum=LEVELS
    ),
)


def _pair_side(letter: str, side: str) -> tuple[tuple[Field, ...], tuple[ForeignKey, ...]]:
    """Columns of one participant of a pair (``a``: the side first in SIDES)."""
    person, person_fk = ref(
        f"person_id_{letter}", "people", f"Person on the {side} side, where named.", key="person_id"
    )
    org, org_fk = ref(
        f"organization_id_{letter}",
        "organizations",
        f"Organization the {side} participant acted for.",
        key="organization_id",
    )
    fields = (
        Field(
            f"participant_no_{letter}",
            "integer",
            f"The {side} participant (meeting_participants).",
            required=True,
            minimum=1,
        ),
        person,
        org,
        Field(f"name_{letter}", "string", "Person's name, else the organization's.", required=True),
        Field(
            f"role_{letter}",
            "string",
            "Person's positions at the time, as the reporting articles state them ('; ' between several).",
        ),
        Field(f"side_{letter}", "string", "Side (meeting_participants.side).", required=True, enum=SIDES),
        Field(f"level_{letter}", "string", "Level (meeting_participants.level).", required=True, enum=LEVELS),
    )
    keys = (
        ForeignKey(
            ("meeting_id", f"participant_no_{letter}"), "meeting_participants", ("meeting_id", "participant_no")
        ),
        person_fk,
        org_fk,
    )
    return fields, keys


_PAIR_A, _PAIR_A_KEYS = _pair_side("a", "first")
_PAIR_B, _PAIR_B_KEYS = _pair_side("b", "second")
_IN_BODY = Field(
    "in_body",
    "boolean",
    "Whether the span lies inside the article body (not a caption, menu, credit or contact block).",
    required=True,
)


def _mention_table(
    entity: str, column: Field, fkey: ForeignKey, extra: tuple[Field, ...] = (), extra_keys: tuple[ForeignKey, ...] = ()
) -> Table:
    return Table(
        f"{entity}_mentions",
        f"Each place an article body names a {entity}, with its sentence.",
        (_ARTICLE, _SENTENCE, *span_fields("mention"), column, *extra),
        ("article_id", "char_start", column.name),
        (_ARTICLE_FK, _SENTENCE_FK, fkey, *extra_keys),
    )


TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        "Source articles: one row per seed text, with its metadata and body span.",
        (
            Field(
                "article_id",
                "string",
                "Seed file stem, e.g. 000_fae1d27c3d7ae36a.",
                required=True,
                unique=True,
                pattern=ARTICLE_ID_PATTERN,
            ),
            Field("title", "string", "Headline of the article.", required=True),
            _PUBLISHER,
            Field("url", "string", "Address where the article was published, where verified."),
            Field("language", "string", "ISO 639-1 language of the text.", required=True, pattern="[a-z]{2}"),
            Field(
                "published",
                "string",
                "Publication date, ISO 8601 at its precision (YYYY, YYYY-MM, "
                "YYYY-Www or YYYY-MM-DD); empty where it could not be verified.",
                pattern=ANY_DATE_PATTERN,
            ),
            *date_fields("published", "publication date"),
            Field(
                "sha256",
                "string",
                "SHA-256 of the seed text's UTF-8 bytes.",
                required=True,
                unique=True,
                pattern="[0-9a-f]{64}",
            ),
            Field("n_chars", "integer", "Length of the text in characters.", required=True, minimum=1),
            Field("body_start", "integer", "Offset where the article body starts.", required=True, minimum=0),
            Field("body_end", "integer", "Offset just past the end of the body.", required=True, minimum=1),
            Field("annotated", "date", "Date the annotation was last confirmed.", required=True),
            _NOTE,
        ),
        ("article_id",),
        (_PUBLISHER_FK,),
    ),
    Table(
        "sentences",
        "Sentences of each article body, in order; they lie inside the body and do not overlap.",
        (
            Field(
                "sentence_id",
                "string",
                "Article id and 3-digit sentence number.",
                required=True,
                unique=True,
                pattern=ARTICLE_ID_PATTERN + r":[0-9]{3,}",
            ),
            _ARTICLE,
            Field("sentence_no", "integer", "Position of the sentence in the body, from 1.", required=True, minimum=1),
            Field("char_start", "integer", "Offset of the sentence's first character.", required=True, minimum=0),
            Field("char_end", "integer", "Offset just past its last character.", required=True, minimum=1),
            Field("text", "string", "The sentence as it stands in the article.", required=True),
        ),
        ("sentence_id",),
        (_ARTICLE_FK,),
    ),
    Table(
        "people",
        "People named in the articles, once each whatever the spelling.",
        (
            Field(
                "person_id", "string", "Stable id (lower-case slug).", required=True, unique=True, pattern=ID_PATTERN
            ),
            Field("name", "string", "Canonical name, family name as usual for the person's culture.", required=True),
            Field("family_name", "string", "Family name."),
            Field("given_name", "string", "Given name(s)."),
            _COUNTRY,
            _WIKIDATA,
            _NOTE,
        ),
        ("person_id",),
    ),
    aliases_table("person", "people", "person_id"),
    Table(
        "organizations",
        "Organizations named in the articles: governments, ministries, agencies, "
        "international organizations, missions, news agencies.",
        (
            Field(
                "organization_id",
                "string",
                "Stable id (lower-case slug).",
                required=True,
                unique=True,
                pattern=ID_PATTERN,
            ),
            Field("name", "string", "Canonical English name.", required=True),
            Field("acronym", "string", "Usual acronym."),
            Field("kind", "string", "Kind of organization.", required=True, enum=ORGANIZATION_KINDS),
            _COUNTRY,
            _PARENT_ORG,
            _WIKIDATA,
            _NOTE,
        ),
        ("organization_id",),
        (_PARENT_ORG_FK,),
    ),
    aliases_table("organization", "organizations", "organization_id"),
    Table(
        "organization_domains",
        "Web domains under which an organization publishes (one row per domain), as seen in the addresses "
        "of pages it published; `china-iom add` takes an article's publisher from them.",
        (
            _ORG,
            Field(
                "domain",
                "string",
                "Host name in lower case, without a leading www.; it covers its sub-domains.",
                required=True,
                unique=True,
                pattern=DOMAIN_PATTERN,
            ),
        ),
        ("domain",),
        (_ORG_FK,),
    ),
    Table(
        "places",
        "Places where meetings happened.",
        (
            Field("place_id", "string", "Stable id (lower-case slug).", required=True, unique=True, pattern=ID_PATTERN),
            Field("name", "string", "Canonical English name.", required=True),
            Field("kind", "string", "Kind of place.", required=True, enum=PLACE_KINDS),
            _COUNTRY,
            _PARENT_PLACE,
            _WIKIDATA,
            _NOTE,
        ),
        ("place_id",),
        (_PARENT_PLACE_FK,),
    ),
    aliases_table("place", "places", "place_id"),
    Table(
        "topics",
        "Controlled vocabulary of initiatives, frameworks, agendas and themes.",
        (
            Field("topic_id", "string", "Stable id (lower-case slug).", required=True, unique=True, pattern=ID_PATTERN),
            Field("label", "string", "Canonical label.", required=True),
            Field("acronym", "string", "Usual acronym."),
            Field("kind", "string", "Kind of topic.", required=True, enum=TOPIC_KINDS),
            _PROPOSER,
            _PROPOSER_ORG,
            _BROADER,
            _NOTE,
        ),
        ("topic_id",),
        (_PROPOSER_FK, _PROPOSER_ORG_FK, _BROADER_FK),
    ),
    aliases_table("topic", "topics", "topic_id"),
    Table(
        "roles",
        "Positions the articles give people at the time (Popolo-style memberships), with evidence.",
        (
            Field(
                "role_id",
                "string",
                "Article id and role number.",
                required=True,
                unique=True,
                pattern=ARTICLE_ID_PATTERN + r":r[0-9]{3,}",
            ),
            _PERSON,
            _ROLE_ORG,
            Field("title", "string", "The position, in canonical English (e.g. Vice Minister).", required=True),
            _ARTICLE,
            *span_fields("role statement"),
            _IN_BODY,
        ),
        ("role_id",),
        (_PERSON_FK, _ROLE_ORG_FK, _ARTICLE_FK),
    ),
    Table(
        "meetings",
        "Encounters: trips, visits, talks, conferences, forums, signings, launches. One row per "
        "event however many articles report it.",
        (
            Field(
                "meeting_id", "string", "Stable id (lower-case slug).", required=True, unique=True, pattern=ID_PATTERN
            ),
            Field("kind", "string", "Kind of encounter.", required=True, enum=MEETING_KINDS),
            Field("label", "string", "Short description.", required=True),
            Field(
                "status",
                "string",
                "Whether the meeting was held or only announced as planned.",
                required=True,
                enum=MEETING_STATUSES,
            ),
            _PLACE,
            Field(
                "date_start",
                "string",
                "First day (or period) of the meeting, ISO 8601 at its precision.",
                pattern=ANY_DATE_PATTERN,
            ),
            Field("date_end", "string", "Last day (or period), ISO 8601 at its precision.", pattern=ANY_DATE_PATTERN),
            *date_fields("date", "meeting date"),
            *_MEETING_DERIVED,
            _PARENT_MEETING,
            _DEFINED_IN,
            _NOTE,
        ),
        ("meeting_id",),
        (_PLACE_FK, _PARENT_MEETING_FK, _DEFINED_IN_FK),
    ),
    Table(
        "meeting_date_evidence",
        "The passage each meeting's date was read or resolved from (meetings "
        "with an inferred or unknown date have none).",
        (_MEETING, _ARTICLE, *span_fields("date evidence")),
        ("meeting_id",),
        (_MEETING_FK, _ARTICLE_FK),
    ),
    Table(
        "meeting_participants",
        "Who took part in each meeting, and for which organization.",
        (
            _MEETING,
            Field(
                "participant_no", "integer", "Position in the meeting's list of participants.", required=True, minimum=1
            ),
            _OPT_PERSON,
            _OPT_ORG,
            *_PARTICIPANT_DERIVED,
        ),
        ("meeting_id", "participant_no"),
        (_MEETING_FK, _OPT_PERSON_FK, _OPT_ORG_FK),
    ),
    Table(
        "meeting_sources",
        "Each passage of an article that reports a meeting.",
        (_MEETING, _ARTICLE, _SENTENCE, *span_fields("evidence")),
        ("meeting_id", "article_id", "char_start"),
        (_MEETING_FK, _ARTICLE_FK, _SENTENCE_FK),
    ),
    _mention_table("person", _PERSON, _PERSON_FK),
    _mention_table("organization", _ORG, _ORG_FK),
    _mention_table("topic", _TOPIC, _TOPIC_FK, (_RAISED_IN,), (_RAISED_IN_FK,)),
    Table(
        "topic_mention_speakers",
        "Who speaks in each topic mention: one row per mention and speaker (a joint "
        "statement has several); mentions without a speaker the text names have none.",
        (
            _ARTICLE,
            Field(
                "char_start",
                "integer",
                "Offset of the topic mention (topic_mentions.char_start).",
                required=True,
                minimum=0,
            ),
            _TOPIC,
            _SPEAKER,
        ),
        ("article_id", "char_start", "topic_id", "person_id"),
        (
            ForeignKey(
                ("article_id", "char_start", "topic_id"), "topic_mentions", ("article_id", "char_start", "topic_id")
            ),
            _SPEAKER_FK,
        ),
    ),
    Table(
        "meeting_pairs",
        "Who met whom: one row per encounter and pair of its participants acting for different "
        "known sides (derived in the build from meetings, meeting_participants, roles and meeting_sources).",
        (
            _MEETING,
            *_PAIR_A,
            *_PAIR_B,
            Field("date_earliest", "date", "The meeting's date_earliest."),
            Field("date_latest", "date", "The meeting's date_latest."),
            Field("date_edtf", "string", "The meeting's date_edtf."),
            Field("n_sources", "integer", "Number of articles that report the meeting.", required=True, minimum=1),
        ),
        ("meeting_id", "participant_no_a", "participant_no_b"),
        (_MEETING_FK, *_PAIR_A_KEYS, *_PAIR_B_KEYS),
        derived=True,
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}

# Frictionless reads Parquet through pandas, where a null integer becomes NaN and fails the
# integer type check; so no integer column may be optional (tests enforce this).
