"""The build's lean view of a seeds tree: every article's rows as Arrow tables, and its links.

``load_corpus`` keeps each article's parsed YAML, line map and models, which the
build does not need: here each batch of articles is resolved (on a worker
process), turned into Arrow tables and slim ``Links`` for the cross-article
checks, and the rest dropped. Through a ``TableCache`` only the articles whose
inputs changed are resolved; the others' rows are read back in one piece.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from china_iom.corpus import ArticlePaths, article_paths, check_corpus, read_article, seeds_folder
from china_iom.errors import Problem, SeedError
from china_iom.pool import map_batches
from china_iom.registry import Registries, load_registries
from china_iom.resolve import Links
from china_iom.tables import ARTICLE_TABLES, article_tables

if TYPE_CHECKING:
    from china_iom.cache import TableCache


@dataclass(frozen=True)
class Entry:
    """One resolved article: its cache key, its links and its number of rows in each article table."""

    article_id: str
    key: str | None
    links: Links
    counts: tuple[int, ...]  # in ARTICLE_TABLES order


@dataclass(frozen=True)
class Batch:
    """Resolved articles in one piece: their entries and rows (in the same order), and the others' problems."""

    entries: list[Entry]
    tables: dict[str, pa.Table]
    problems: list[Problem]


@dataclass(frozen=True)
class LeanCorpus:
    """A checked seeds tree: registries, and every article's rows, unsorted, those from the cache first."""

    registries: Registries
    entries: list[Entry]  # in the order of the rows
    tables: dict[str, pa.Table]  # article tables
    cached_rows: dict[str, int]  # leading rows of each table that came from the cache
    resolved: int  # articles resolved afresh


def empty_batch() -> Batch:
    """A batch of no articles."""
    return Batch([], article_tables([]), [])


def resolve_batch(items: list[tuple[ArticlePaths, str | None]], registries: Registries,
                  include_drafts: bool) -> Batch:
    """Read and resolve articles ((id, text, annotation), cache key), keeping only their rows and links."""
    articles, entries, problems = [], [], []
    for paths, key in items:
        try:
            article = read_article(*paths, registries, include_drafts)
        except SeedError as exc:
            problems.extend(exc.problems)
            continue
        articles.append(article)
        counts = tuple(len(article.rows.get(table.name, ())) for table in ARTICLE_TABLES)
        entries.append(Entry(article.article_id, key, article.links(), counts))
    return Batch(entries, article_tables(articles), problems)


def load_lean(seeds: Path, include_drafts: bool = False, jobs: int = 1, cache: TableCache | None = None,
              progress: bool | None = None) -> LeanCorpus:
    """Resolve and check the seeds tree (the changed articles only, with ``cache``), or raise SeedError.

    The cache is updated once every article resolved and the links between them hold.
    """
    registries = load_registries(seeds_folder(seeds) / "registry", include_drafts)
    paths = article_paths(seeds)
    keys = cache.keys([(text, annotation) for _, text, annotation in paths]) if cache else [None] * len(paths)
    cached = cache.load({key for key in keys if key}) if cache else empty_batch()
    known = {entry.key for entry in cached.entries}
    todo = [(p, key) for p, key in zip(paths, keys) if key not in known]
    fresh = list(map_batches(resolve_batch, todo, (registries, include_drafts), jobs, progress))
    entries = cached.entries + [entry for batch in fresh for entry in batch.entries]
    problems = [problem for batch in fresh for problem in batch.problems]
    problems = problems or check_corpus(seeds, [e.links for e in sorted(entries, key=lambda e: e.article_id)])
    if problems:
        raise SeedError(problems)
    tables = {table.name: pa.concat_tables([cached.tables[table.name], *(b.tables[table.name] for b in fresh)])
              for table in ARTICLE_TABLES}
    if cache and (todo or len(cached.entries) < cache.stored):
        cache.save(Batch(entries, tables, []))
    return LeanCorpus(registries, entries, tables, {name: t.num_rows for name, t in cached.tables.items()},
                      len(todo))
