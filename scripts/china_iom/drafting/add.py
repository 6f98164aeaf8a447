"""``china-iom add``: store a new article in the seeds with a drafted annotation, and say what to check."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from china_iom import schema
from china_iom.annotation import Annotation
from china_iom.corpus import RESERVED_STEMS, article_paths, size_problem
from china_iom.drafting.draft import Draft, OtherArticle, draft_article
from china_iom.drafting.draft_yaml import add_alias, annotation_yaml, entry_yaml
from china_iom.errors import Problem, SeedError
from china_iom.drafting.extract import read_source
from china_iom.registry import Registries, load_registries
from china_iom.resolve import resolve_article
from china_iom.validate import validate
from china_iom.yamlsource import parse_yaml, read_utf8, read_yaml, text_problem

@dataclass(frozen=True)
class Added:
    """What ``add`` wrote and what it found."""

    article_id: str
    text_path: Path
    yaml_path: Path
    draft: Draft

def other_articles(seeds: Path, skip: str | None = None) -> list[OtherArticle]:
    """Texts (and annotations, where they validate) of the articles already in ``seeds``."""
    found = []
    for article_id, text_path, yaml_path in article_paths(seeds):
        if article_id == skip or not text_path.is_file():
            continue
        annotation = None
        if yaml_path.is_file():
            try:
                annotation = validate(read_yaml(yaml_path), Annotation)
            except SeedError:
                annotation = None
        found.append(OtherArticle(article_id, read_utf8(text_path), annotation))
    return found

def new_article_id(seeds: Path, text: str) -> str:
    """Next 3-digit sequence number and the first 16 hex digits of the text's SHA-256."""
    numbers = [int(m.group(1)) for stem, _, _ in article_paths(seeds) if (m := re.match(r"(\d{3,})_", stem))]
    return f"{max(numbers, default=-1) + 1:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"

def _refuse(seeds: Path, article_id: str, text: str, others: list[OtherArticle]) -> None:
    if not re.fullmatch(schema.ARTICLE_ID_PATTERN, article_id) or article_id in RESERVED_STEMS:
        raise SeedError([Problem(seeds, None, f"article id {article_id!r} must match {schema.ARTICLE_ID_PATTERN} "
                                 "(letters, digits, _ and -) and not be a reserved name")])
    for suffix in (".txt", ".yaml"):
        if (seeds / f"{article_id}{suffix}").exists():
            raise SeedError([Problem(seeds / f"{article_id}{suffix}", None, "already exists; add never overwrites "
                                     "(choose another --id or remove the file)")])
    for other in others:
        if other.text == text:
            raise SeedError([Problem(seeds / f"{other.article_id}.txt", None, "this exact text is already in the "
                                     "seeds; nothing added")])

def add_article(source_path: Path, seeds: Path, article_id: str | None = None, url: str | None = None,
                title: str | None = None, publisher: str | None = None, today: dt.date | None = None) -> Added:
    """Store the article and its draft annotation in ``seeds``, with new registry entries and aliases."""
    source = read_source(source_path)
    if problem := size_problem(source_path, len(source.text.encode("utf-8")), "article text") or text_problem(
            source_path, source.text):  # refused at the door: build would refuse it
        raise SeedError([problem])
    registries = load_registries(seeds / "registry", include_drafts=True)
    others = other_articles(seeds)
    article_id = article_id or new_article_id(seeds, source.text)
    _refuse(seeds, article_id, source.text, others)
    draft = draft_article(article_id, source.text, registries, others, source.date)
    title = title or source.title or _headline(draft)
    publisher = publisher or _publisher(draft, registries, source_path)
    annotation = annotation_yaml(draft, title, publisher, url or source.url, today or dt.date.today())
    registry_texts = _registry_texts(seeds, registries, draft)
    _self_check(seeds, article_id, source.text, annotation, registry_texts)
    text_path, yaml_path = seeds / f"{article_id}.txt", seeds / f"{article_id}.yaml"
    text_path.write_text(source.text, encoding="utf-8")
    yaml_path.write_text(annotation, encoding="utf-8")
    for kind, content in registry_texts.items():
        (seeds / "registry" / f"{kind}.yaml").write_text(content, encoding="utf-8")
    return Added(article_id, text_path, yaml_path, draft)

def _headline(draft: Draft) -> str:
    if draft.layout.title is not None:
        return draft.text[draft.layout.title[0]:draft.layout.title[1]]
    first = draft.sentences[0] if draft.sentences else draft.layout.body
    draft.notes["check"].insert(0, "title: no headline found; the first sentence stands in for it, write the real one")
    return " ".join(draft.text[first[0]:first[1]].split())

def _publisher(draft: Draft, registries: Registries, source_path: Path) -> str:
    """The agency in the dateline, else the organization named most often; always flagged for checking."""
    orgs = [m.entity_id for m in draft.mentions if m.kind == "organizations"
            and m.entity_id in registries.organizations.entries]
    if draft.layout.dateline is not None:
        in_dateline = [m.entity_id for m in draft.mentions if m.kind == "organizations"
                       and draft.layout.dateline[0] <= m.start < draft.layout.dateline[1]]
        orgs = in_dateline or orgs
    if not orgs:
        raise SeedError([Problem(source_path, None, "cannot tell the publisher: no known organization is named; "
                                 "give --publisher ID (an organization in registry/organizations.yaml)")])
    publisher = max(dict.fromkeys(orgs), key=orgs.count)
    draft.notes["check"].insert(0, f"publisher: guessed {publisher!r} (dateline agency or most named organization); "
                                "pass --publisher to set it")
    return publisher

def _registry_texts(seeds: Path, registries: Registries, draft: Draft) -> dict[str, str]:
    """New contents of the registry files that gain entries or aliases."""
    texts: dict[str, str] = {}
    for alias in draft.new_aliases:
        registry = registries.get(alias.kind)
        path = seeds / "registry" / f"{alias.kind}.yaml"
        current = texts.get(alias.kind, read_utf8(path))
        doc = parse_yaml(current, path)
        texts[alias.kind] = add_alias(current, doc, registry.index[alias.entity_id], alias.form, alias.reason)
    for entry in draft.new_entries:
        current = texts.get(entry.kind, read_utf8(seeds / "registry" / f"{entry.kind}.yaml"))
        texts[entry.kind] = current.rstrip("\n") + "\n\n" + entry_yaml(entry.fields, entry.evidence)
    return texts

def _self_check(seeds: Path, article_id: str, text: str, annotation: str, registry_texts: dict[str, str]) -> None:
    """Resolve the draft against the would-be registries (drafts included) before writing anything."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "registry"
        shutil.copytree(seeds / "registry", folder)
        for kind, content in registry_texts.items():
            (folder / f"{kind}.yaml").write_text(content, encoding="utf-8")
        registries = load_registries(folder, include_drafts=True)
        resolve_article(article_id, text, parse_yaml(annotation, seeds / f"{article_id}.yaml"), registries,
                        include_drafts=True)

def summary(added: Added) -> str:
    """What the person reads after ``add``."""
    notes = added.draft.notes
    lines = [f"added {added.text_path.name} and draft {added.yaml_path.name}"]
    for heading, key in (("found", "found"), ("could not decide", "undecided"), ("check", "check")):
        if notes[key]:
            lines.append(f"{heading}:")
            lines += [f"  - {note}" for note in notes[key]]
    lines.append("then remove each `proposed: true` (and each `# proposed alias` comment) you confirm, and run "
                 "china-iom build")
    return "\n".join(lines)

