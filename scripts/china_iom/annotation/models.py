"""The annotation format, as pydantic models (exported as JSON Schema for editors).

One YAML file per article (``seeds/<article_id>.yaml``) and one per registry
(``seeds/registry/{people,organizations,places,topics}.yaml``). Spans are given
by quote, never by offset; the build resolves them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from china_iom import schema
from china_iom.annotation.quotes import Selector

Id = Annotated[str, StringConstraints(pattern=f"^{schema.ID_PATTERN}$")]
Country = Annotated[str, StringConstraints(pattern=f"^{schema.COUNTRY_PATTERN}$")]
Wikidata = Annotated[str, StringConstraints(pattern=f"^{schema.WIKIDATA_PATTERN}$")]
Domain = Annotated[str, StringConstraints(pattern=f"^{schema.DOMAIN_PATTERN}$")]
Text = Annotated[str, StringConstraints(min_length=1)]
IsoDay = Annotated[str, StringConstraints(pattern=f"^{schema.DATE_PATTERNS['day']}$")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a key never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Item(Strict):
    """An annotation item; drafts mark what a person has not yet confirmed."""

    proposed: bool = Field(False, description="True while a drafted item awaits a person's confirmation.")


class Quote(Strict):
    """A quote with context, for text that occurs more than once."""

    exact: Text
    prefix: str = ""
    suffix: str = ""
    occurrence: int | None = Field(None, ge=1)


QuoteSpec = Text | Quote


def selector(spec: QuoteSpec) -> Selector:
    """The resolver's selector for a quote given as a string or mapping."""
    if isinstance(spec, str):
        return Selector(spec)
    return Selector(spec.exact, spec.prefix, spec.suffix, spec.occurrence)


class DateClaim(Strict):
    """A date (or range) at a stated precision, with how it was established."""

    start: Text = Field(description="ISO 8601 at its precision: 2023-04-03, 2023-W14, 2019-01 or 2019.")
    end: str | None = Field(None, description="Last day or period, for events over several days.")
    precision: Literal["day", "week", "month", "year"]
    basis: Literal["stated", "relative", "inferred"]
    quote: QuoteSpec | None = Field(None, description="Where the text states the date or relative phrase.")
    not_after: IsoDay | None = Field(
        None,
        description="Last possible day (YYYY-MM-DD), where a source bounds "
        "the date more tightly than its precision; say which in the note.",
    )
    note: str | None = Field(None, description="How a relative or inferred date was resolved, with sources.")

    @model_validator(mode="after")
    def _basis_has_support(self) -> DateClaim:
        if self.basis in ("stated", "relative") and self.quote is None:
            raise ValueError(f"a {self.basis} date needs the quote that states it")
        if self.basis in ("relative", "inferred") and not self.note:
            raise ValueError(
                f"{'an' if self.basis == 'inferred' else 'a'} {self.basis} date needs a note saying "
                "how it was established"
            )
        return self


class Body(Strict):
    """Where the article body starts and ends (quotes of its first and last words)."""

    start: QuoteSpec
    end: QuoteSpec


class ArticleMeta(Strict):
    """Bibliographic facts about the article."""

    title: Text
    publisher: Id | None = Field(description="Organization id; null only while a problem entry says why.")
    url: str | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "en"
    published: DateClaim | None = Field(None, description="Omit only where no date can be verified; say why.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    body: Body
    note: str | None = None


class Role(Item):
    """A position the article gives a person at the time."""

    person: Id
    organization: Id | None = None
    title: Text
    quote: QuoteSpec


class Participant(Strict):
    """Someone who took part: a person, the organization they acted for, or both."""

    person: Id | None = None
    organization: Id | None = None

    @model_validator(mode="after")
    def _someone(self) -> Participant:
        if self.person is None and self.organization is None:
            raise ValueError("a participant needs a person, an organization or both")
        return self


class Meeting(Item):
    """An encounter this article reports, defined here."""

    id: Id
    kind: Literal[schema.MEETING_KINDS]  # type: ignore[valid-type]
    label: Text
    status: Literal["held", "planned"] = "held"
    place: Id | None = None
    date: DateClaim | None = None
    parent: Id | None = None
    participants: list[Participant] = Field(min_length=1)
    evidence: list[QuoteSpec] = Field(min_length=1)
    note: str | None = None


class Report(Item):
    """This article's evidence for a meeting defined in another article."""

    meeting: Id
    evidence: list[QuoteSpec] = Field(min_length=1)


class PersonMention(Item):
    person: Id
    quote: QuoteSpec


class OrganizationMention(Item):
    organization: Id
    quote: QuoteSpec


class TopicMention(Item):
    topic: Id
    quote: QuoteSpec
    speakers: list[Id] = Field(
        [],
        description="People whose words or position the sentence reports: one, or each speaker of a joint statement.",
    )
    meeting: Id | None = Field(None, description="Meeting in which the topic was raised.")


class Mentions(Strict):
    people: list[PersonMention] = []
    organizations: list[OrganizationMention] = []
    topics: list[TopicMention] = []


class DraftProblem(Strict):
    """Something ``china-iom add`` could not decide or do; the build refuses the article while one is listed."""

    at: Annotated[str, StringConstraints(pattern=r"^[a-z_]+(?:\.(?:[a-z_]+|[0-9]+))*$")] | None = Field(
        None, description="Dotted key of this file the problem concerns, e.g. article.publisher."
    )
    message: Text


class Annotation(Strict):
    """Everything annotated in one article."""

    article: ArticleMeta
    annotators: list[Text] = Field(min_length=1)
    annotated: IsoDay = Field(description="Date the annotation was last confirmed (YYYY-MM-DD).")
    roles: list[Role] = []
    meetings: list[Meeting] = []
    also_reports: list[Report] = []
    mentions: Mentions = Mentions()
    problems: list[DraftProblem] = Field([], description="What add could not do; resolve each, then delete it.")

    @model_validator(mode="after")
    def _publisher_or_problem(self) -> Annotation:
        if self.article.publisher is None and not self.problems:
            raise ValueError(
                "article.publisher is null: give the organization id of the publisher (registry/organizations.yaml)"
            )
        return self


class Entity(Item):
    """Common to every registry entry."""

    id: Id
    aliases: list[Text] = []
    wikidata: Wikidata | None = None
    note: str | None = None


class Person(Entity):
    name: Text
    family_name: str | None = None
    given_name: str | None = None
    country: Country | None = None


class Organization(Entity):
    name: Text
    acronym: str | None = None
    kind: Literal[schema.ORGANIZATION_KINDS]  # type: ignore[valid-type]
    country: Country | None = None
    parent: Id | None = None
    domains: list[Domain] = Field(
        [],
        description="Web domains it publishes under (e.g. en.people.cn), as seen in the addresses of "
        "pages it published; sub-domains are covered.",
    )


class Place(Entity):
    name: Text
    kind: Literal[schema.PLACE_KINDS]  # type: ignore[valid-type]
    country: Country | None = None
    parent: Id | None = None


class Topic(Entity):
    label: Text
    acronym: str | None = None
    kind: Literal[schema.TOPIC_KINDS]  # type: ignore[valid-type]
    proposed_by_person: Id | None = None
    proposed_by_organization: Id | None = None
    broader: Id | None = None


REGISTRIES: dict[str, type[Entity]] = {
    "people": Person,
    "organizations": Organization,
    "places": Place,
    "topics": Topic,
}
