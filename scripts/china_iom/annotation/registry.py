"""Load the entity registries and check them as a whole."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import TypeAdapter

from china_iom.annotation.models import REGISTRIES, Entity
from china_iom.annotation.suggestions import did_you_mean
from china_iom.annotation.validate import validate
from china_iom.annotation.yamlsource import YamlDoc, parse_yaml, read_yaml
from china_iom.errors import Problem, SeedError


def fold(text: str) -> str:
    """Comparison key for aliases: case, accents (strokes too: "Łukasz" is "lukasz") and white space ignored."""
    return " ".join(unmarked(text).casefold().split())


def unmarked(text: str) -> str:
    """``text`` without its accents and strokes: decomposed (NFKD), combining marks dropped, and each letter that
    Unicode does not decompose ("Ł", "Đ", "Ø", "ı", "Æ") replaced by the Latin letters its Unicode name says it is
    built on."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain if plain.isascii() else "".join(map(_base_letters, plain))


_BUILT_ON = re.compile(
    r"LATIN (?P<case>CAPITAL|SMALL) (?:LETTER|LIGATURE) (?:DOTLESS )?(?P<letters>[A-Z]{1,2})(?: WITH .+)?"
)


@lru_cache(maxsize=4096)
def _base_letters(ch: str) -> str:
    """The Latin letters a letter is built on, by its Unicode name ("LATIN CAPITAL LETTER L WITH STROKE": "L"), or
    the character itself."""
    if ch.isascii() or (built := _BUILT_ON.fullmatch(unicodedata.name(ch, ""))) is None:
        return ch
    return built["letters"] if built["case"] == "CAPITAL" else built["letters"].lower()


def surface_forms(entity: Entity) -> list[str]:
    """Name, label, acronym and aliases of an entity, without repeats."""
    names = [getattr(entity, key, None) for key in ("name", "label", "acronym")]
    forms = [name for name in names if name] + list(entity.aliases)
    return list(dict.fromkeys(forms))


@dataclass(frozen=True)
class Registry:
    """One registry file: its entries by id and where each stands."""

    kind: str
    doc: YamlDoc
    entries: dict[str, Entity]
    index: dict[str, int]

    def problem(self, entity_id: str, key: str, message: str) -> Problem:
        """A problem located at ``key`` of entry ``entity_id``."""
        return self.doc.problem((self.index[entity_id], key), message)


@dataclass(frozen=True)
class Registries:
    """All four registries."""

    people: Registry
    organizations: Registry
    places: Registry
    topics: Registry

    def get(self, kind: str) -> Registry:
        """The registry of ``kind`` (people, organizations, places, topics)."""
        return getattr(self, kind)


def load_registry(path: Path, kind: str, text: str | None = None) -> tuple[Registry, list[Problem]]:
    """Parse and validate one registry file (or ``text`` as its would-be content); duplicate ids are problems."""
    doc = read_yaml(path) if text is None else parse_yaml(text, path)
    entries = validate(doc, TypeAdapter(list[REGISTRIES[kind]])) if doc.data is not None else []
    by_id: dict[str, Entity] = {}
    index: dict[str, int] = {}
    problems = []
    for i, entry in enumerate(entries):
        if entry.id in by_id:
            problems.append(
                doc.problem(
                    (i, "id"),
                    f"duplicate {kind} id {entry.id!r} (first at line "
                    f"{doc.line((index[entry.id],))}); merge the two entries or rename one",
                )
            )
            continue
        by_id[entry.id], index[entry.id] = entry, i
    return Registry(kind, doc, by_id, index), problems


def load_registries(folder: Path, include_drafts: bool = False, texts: Mapping[str, str] | None = None) -> Registries:
    """Load ``folder/{people,organizations,places,topics}.yaml`` and check them together.

    ``texts`` gives the would-be content of some of the files (by kind), read instead of them.
    """
    loaded, problems, texts = {}, [], texts or {}
    for kind in REGISTRIES:
        path = folder / f"{kind}.yaml"
        if kind not in texts and not path.is_file():
            why = (
                "is not a regular file; put the registry file itself here"
                if path.exists()
                else f"registry file missing; create {path.name} (a YAML list)"
            )
            problems.append(Problem(path, None, why))
            continue
        try:
            loaded[kind], found = load_registry(path, kind, texts.get(kind))
        except SeedError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(found)
    if problems:
        raise SeedError(problems)
    registries = Registries(**loaded)
    problems = list(_check(registries, include_drafts))
    if problems:
        raise SeedError(problems)
    return registries


def _check(registries: Registries, include_drafts: bool) -> Iterator[Problem]:
    for kind in REGISTRIES:
        registry = registries.get(kind)
        yield from _alias_clashes(registry)
        yield from _domain_clashes(registry)
        if not include_drafts:
            yield from (
                registry.problem(
                    eid,
                    "proposed",
                    f"{kind} entry {eid!r} is a draft (proposed: true); confirm it by removing the flag",
                )
                for eid, e in registry.entries.items()
                if e.proposed
            )
    yield from _references(registries)
    yield from _cycles(registries.organizations, "parent")
    yield from _cycles(registries.places, "parent")
    yield from _cycles(registries.topics, "broader")


def _alias_clashes(registry: Registry) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    for eid, entity in registry.entries.items():
        for form in surface_forms(entity):
            other = owner.setdefault(fold(form), eid)
            if other != eid:
                line = registry.doc.line((registry.index[other],))
                yield registry.problem(
                    eid,
                    "aliases",
                    f"alias {form!r} of {eid!r} is already claimed by {other!r} "
                    f"(line {line}); one surface form may name only one entry: remove it "
                    "from one of them",
                )


def _domain_clashes(registry: Registry) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    for eid, entity in registry.entries.items():
        for domain in getattr(entity, "domains", ()):
            if domain in owner:
                yield registry.problem(
                    eid,
                    "domains",
                    f"domain {domain!r} of {eid!r} is already listed for "
                    f"{owner[domain]!r}; a domain belongs to one publisher: remove it once",
                )
            owner.setdefault(domain, eid)


_REFERENCES = (
    ("organizations", "parent", "organizations"),
    ("places", "parent", "places"),
    ("topics", "broader", "topics"),
    ("topics", "proposed_by_person", "people"),
    ("topics", "proposed_by_organization", "organizations"),
)


def _references(registries: Registries) -> Iterator[Problem]:
    for kind, key, target in _REFERENCES:
        registry, known = registries.get(kind), registries.get(target).entries
        for eid, entity in registry.entries.items():
            value = getattr(entity, key)
            if value is not None and value not in known:
                yield registry.problem(
                    eid,
                    key,
                    f"{key} {value!r} of {eid!r} is not in {target}.yaml{did_you_mean(value, known)}; add it "
                    "there or fix the id",
                )


def _cycles(registry: Registry, key: str) -> Iterator[Problem]:
    for eid in registry.entries:
        seen, current = [eid], getattr(registry.entries[eid], key)
        while current is not None and current in registry.entries:
            if current == eid:
                chain = " -> ".join([*seen, eid])
                yield registry.problem(
                    eid, key, f"{key} chain loops back to itself: {chain}; remove or correct one {key} in the loop"
                )
                break
            if current in seen:
                break
            seen.append(current)
            current = getattr(registry.entries[current], key)
