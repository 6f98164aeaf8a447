"""Read a seeds tree: registries, article texts and their annotations, checked as a whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from china_iom import schema
from china_iom.cache import ArticleCache
from china_iom.errors import Problem, SeedError
from china_iom.pool import read_all
from china_iom.registry import Registries, load_registries
from china_iom.resolve import ResolvedArticle, resolve_article
from china_iom.yamlsource import read_utf8, read_yaml

MAX_ARTICLE_BYTES = 2_000_000
RESERVED_STEMS = frozenset({"package"})  # seeds/package.yaml holds the package metadata


@dataclass(frozen=True)
class Corpus:
    """Everything the tables are built from."""

    seeds: Path
    registries: Registries
    articles: list[ResolvedArticle]


def article_paths(seeds: Path) -> list[tuple[str, Path, Path]]:
    """(article_id, text path, annotation path) for every article, sorted by id."""
    stems = {p.stem for p in seeds.glob("*.txt")} | {p.stem for p in seeds.glob("*.yaml")}
    stems -= RESERVED_STEMS
    return [(stem, seeds / f"{stem}.txt", seeds / f"{stem}.yaml") for stem in sorted(stems)]


def read_article(article_id: str, text_path: Path, yaml_path: Path, registries: Registries,
                 include_drafts: bool = False) -> ResolvedArticle:
    """Read, validate and resolve one article and its annotation."""
    if not re.fullmatch(schema.ARTICLE_ID_PATTERN, article_id):
        raise SeedError([Problem(text_path, None, f"article id {article_id!r} must match "
                                 f"{schema.ARTICLE_ID_PATTERN} (letters, digits, _ and -); rename the .txt and "
                                 ".yaml files")])
    for path, partner in ((text_path, yaml_path), (yaml_path, text_path)):
        if not path.is_file():
            raise SeedError([Problem(partner, None, f"{path.name} is missing; every article needs its text "
                                     "(.txt) and its annotation (.yaml)")])
    size = text_path.stat().st_size
    if size == 0 or size > MAX_ARTICLE_BYTES:
        what = "is empty" if size == 0 else f"is {size} bytes, over the limit of {MAX_ARTICLE_BYTES}"
        raise SeedError([Problem(text_path, None, f"article text {what}; the file must hold the article's own "
                                 "text, copied verbatim")])
    return resolve_article(article_id, read_utf8(text_path), read_yaml(yaml_path), registries, include_drafts)


def load_corpus(seeds: Path, include_drafts: bool = False, jobs: int = 1, cache: ArticleCache | None = None,
                progress: bool | None = None) -> Corpus:
    """Load and check the whole seeds tree, or raise SeedError listing every problem.

    Articles are resolved on ``jobs`` processes, through ``cache`` where given; the
    result does not depend on either.
    """
    if not seeds.is_dir():
        raise SeedError([Problem(seeds, None, "seeds folder not found")])
    registries = load_registries(seeds / "registry", include_drafts)
    articles, problems = [], []
    for outcome in read_all(article_paths(seeds), read_article, registries, include_drafts, jobs, cache, progress):
        if isinstance(outcome, list):
            problems.extend(outcome)
        else:
            articles.append(outcome)
    if not articles and not problems:
        problems.append(Problem(seeds, None, "no articles found (expected <id>.txt with <id>.yaml)"))
    if not problems:  # links into an article that failed would only repeat its problems
        problems.extend(check_links(articles))
    if problems:
        raise SeedError(problems)
    return Corpus(seeds, registries, articles)


def check_links(articles: list[ResolvedArticle]) -> list[Problem]:
    """Checks that span articles: meeting ids, parents, reports and topic-mention meetings."""
    defined: dict[str, tuple[ResolvedArticle, int]] = {}
    problems = []
    for article in articles:
        for i, meeting in enumerate(article.annotation.meetings):
            if meeting.id in defined:
                first = defined[meeting.id][0]
                problems.append(article.doc.problem(("meetings", i, "id"), f"meeting id {meeting.id!r} is "
                                f"already defined in {first.doc.path.name}; use also_reports to add a source"))
            else:
                defined[meeting.id] = (article, i)
    for article in articles:
        problems.extend(_dangling(article, defined))
    problems.extend(_parent_cycles(defined))
    return problems


def _dangling(article: ResolvedArticle, defined: dict[str, tuple[ResolvedArticle, int]]) -> Iterator[Problem]:
    annotation = article.annotation
    refs = [(("meetings", i, "parent"), m.parent) for i, m in enumerate(annotation.meetings)]
    refs += [(("also_reports", i, "meeting"), r.meeting) for i, r in enumerate(annotation.also_reports)]
    refs += [(("mentions", "topics", i, "meeting"), t.meeting) for i, t in enumerate(annotation.mentions.topics)]
    for loc, meeting_id in refs:
        if meeting_id is not None and meeting_id not in defined:
            yield article.doc.problem(loc, f"unknown meeting id {meeting_id!r}; define it under meetings "
                                      "in one article")
    for i, report in enumerate(annotation.also_reports):
        if report.meeting in defined and defined[report.meeting][0] is article:
            yield article.doc.problem(("also_reports", i, "meeting"), f"meeting {report.meeting!r} is defined "
                                      "in this article; add the quote to its evidence instead")


def _parent_cycles(defined: dict[str, tuple[ResolvedArticle, int]]) -> Iterator[Problem]:
    def parent(meeting_id: str) -> str | None:
        article, i = defined[meeting_id]
        return article.annotation.meetings[i].parent

    for meeting_id, (article, i) in defined.items():
        chain, current = [meeting_id], parent(meeting_id)
        while current in defined and current not in chain:
            chain.append(current)
            current = parent(current)
        if current == meeting_id:
            yield article.doc.problem(("meetings", i, "parent"), "parent chain loops back to itself: "
                                      + " -> ".join([*chain, meeting_id]) + "; remove or correct one parent")
