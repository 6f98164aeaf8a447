"""A seeds tree resolved into rows: every article's rows in row files on disk, and its links.

The one way from seeds to rows. Each batch of articles is resolved and its rows
checked (on a worker process), turned into Arrow tables and slim ``Links`` for
the cross-article checks, and the rest dropped (kept only if asked for,
``load_corpus``); the main process appends the tables to row files as they
arrive. Through a ``TableCache`` only the articles whose inputs changed are
resolved; the others' rows are copied from the cache.
"""

from __future__ import annotations

import marshal
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

import pyarrow as pa

from china_iom.annotation.registry import Registries, load_registries
from china_iom.build.cache import Entry, TableCache
from china_iom.build.corpus import ArticlePaths, Corpus, article_paths, check_corpus, read_article, seeds_folder
from china_iom.build.resolve import Links, ResolvedArticle
from china_iom.build.row_files import SpoolWriter
from china_iom.build.row_rules import row_findings
from china_iom.build.tables import ARTICLE_TABLES, article_tables
from china_iom.build.timing import StepClock
from china_iom.build.workers import map_batches
from china_iom.errors import Problem, SeedError


class LinksView(Sequence[Links]):
    """The links of entries, unmarshalled one at a time as they are read."""

    def __init__(self, entries: list[Entry]):
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> Links:  # type: ignore[override]
        return Links(*marshal.loads(self._entries[index].links))


@dataclass(frozen=True)
class Batch:
    """Resolved articles in one piece: their entries and rows (in the same order), and the others' problems."""

    entries: list[Entry]
    tables: dict[str, pa.Table]
    problems: list[Problem]
    seconds: Counter[str]  # CPU time of each step on the worker
    articles: list[ResolvedArticle]  # the resolved articles themselves, if asked for


@dataclass(frozen=True)
class SeedRows:
    """A checked seeds tree: registries, every article's entry, and its rows in a folder of row files."""

    registries: Registries
    entries: list[Entry]  # in the order of the rows
    spool: Path  # the article tables' rows, unsorted (``row_files.read_table``)
    resolved: int  # articles resolved afresh
    seconds: Counter[str]  # CPU time of each step, summed over the workers
    articles: list[ResolvedArticle]  # the resolved articles themselves, if asked for (else empty)


def resolve_batch(
    items: list[tuple[ArticlePaths, str | None]], registries: Registries, include_drafts: bool, keep: bool = False
) -> Batch:
    """Read, resolve and check articles ((id, text, annotation), cache key), keeping only their rows and links
    (and, with ``keep``, the resolved articles).

    The own row checks run here, on the worker, on the batch's rows; a row that
    fails one (a bug in this package, not in the seeds) is reported against its
    article's annotation file.
    """
    articles, entries, problems = [], [], []
    clock = StepClock()
    for paths, key in items:
        try:
            article = read_article(*paths, registries, include_drafts)
        except SeedError as exc:
            problems.extend(exc.problems)
            continue
        articles.append(article)
        counts = tuple(len(article.rows.get(table.name, ())) for table in ARTICLE_TABLES)
        entries.append(Entry(article.article_id, key, marshal.dumps(astuple(article.links())), counts))
    clock.lap("read, parse and resolve articles")
    tables = article_tables(articles)
    clock.lap("make Arrow tables")
    if articles:
        problems += _row_problems(tables, articles, {paths[0]: paths[2] for paths, _ in items})
    clock.lap("own row checks")
    return Batch(entries, tables, problems, clock.seconds, articles if keep else [])


def _row_problems(
    tables: dict[str, pa.Table], articles: list[ResolvedArticle], annotations: dict[str, Path]
) -> list[Problem]:
    """The own row checks on a batch's rows, each failure located in its article's annotation file."""
    frames = {name: table.to_pandas() for name, table in tables.items()}
    texts = {article.article_id: article.text for article in articles}
    problems = []
    for finding in row_findings(frames, texts):
        frame = frames[finding.table]
        column = "article_id" if "article_id" in frame else "defined_in_article_id"
        # A finding on a whole table (row None) is located at the seeds folder.
        file = (
            annotations[frame.loc[finding.row, column]]
            if finding.row is not None
            else next(iter(annotations.values())).parent
        )
        problems.append(
            Problem(
                file,
                None,
                f"a {finding.table} row fails an own check: {finding.message}; "
                "this is a bug in china-iom, please report it with this file",
            )
        )
    return problems


def links_unchanged(dropped: dict[str, bytes] | None, fresh: list[Entry]) -> bool:
    """The articles resolved afresh replace as many dropped from the cache, with the same meeting ids and references.

    Then the cross-article checks, passed by the cache's generation, still pass
    (lines aside, which only matter in messages) and need not run again.
    """
    if dropped is None or len(dropped) != len(fresh):
        return False
    return all(
        entry.article_id in dropped and _shape(dropped[entry.article_id]) == _shape(entry.links) for entry in fresh
    )


def _shape(links: bytes) -> tuple:
    """Marshalled links without their line numbers."""
    path, meetings, reports, topics = marshal.loads(links)
    return (
        path,
        [(meeting[0], parent[0]) for meeting, parent in meetings],
        [r[0] for r in reports],
        [t[0] for t in topics],
    )


def resolve_seeds(
    seeds: Path,
    spool: Path,
    include_drafts: bool = False,
    jobs: int = 1,
    cache: TableCache | None = None,
    progress: bool | None = None,
    keep_articles: bool = False,
) -> SeedRows:
    """Resolve and check the seeds tree, writing its rows into row files in ``spool``; or raise SeedError.

    With ``cache``, only the changed articles are resolved, the rows of the others
    are copied from the cache, and the rows are spooled into a new generation of
    the cache instead (made current once every article resolved and the links
    between them hold); where nothing changed, the current generation is used as it
    is, and where no meeting id or reference changed, the links are not checked again.
    With ``keep_articles`` (and no cache), the resolved articles are returned too.
    """
    registries = load_registries(seeds_folder(seeds) / "registry", include_drafts)
    paths = article_paths(seeds)
    keys = cache.keys([(text, annotation) for _, text, annotation in paths]) if cache else [None] * len(paths)
    cached = cache.load({key for key in keys if key}) if cache else None
    known = {entry.key for entry in cached.entries} if cached else set()
    todo = [(p, key) for p, key in zip(paths, keys) if key not in known]
    if cache and cached.complete and not todo:
        return SeedRows(registries, cached.entries, cached.folder, 0, Counter(), [])
    if cache:
        spool = cache.new_generation()
    entries, problems, seconds = list(cached.entries) if cached else [], [], Counter()
    fresh: list[Entry] = []
    articles: list[ResolvedArticle] = []
    with SpoolWriter(spool) as writer:
        if cached:
            cached.copy_rows(writer)
        for batch in map_batches(resolve_batch, todo, (registries, include_drafts, keep_articles), jobs, progress):
            writer.write(batch.tables)
            fresh += batch.entries
            problems += batch.problems
            seconds += batch.seconds
            articles += batch.articles
    entries += fresh
    if not (problems or (cached and links_unchanged(cached.dropped, fresh))):
        problems = check_corpus(seeds, LinksView(sorted(entries, key=lambda e: e.article_id)))
    if problems:
        if cache:
            shutil.rmtree(spool, ignore_errors=True)
        raise SeedError(problems)
    if cache:
        cache.commit(spool, entries)
    return SeedRows(registries, entries, spool, len(todo), seconds, articles)


def load_corpus(seeds: Path) -> Corpus:
    """The seeds tree's resolved articles (their annotations and rows, in memory), or SeedError: ``resolve_seeds``
    into a temporary folder, keeping the articles, for those who need the annotations themselves."""
    with tempfile.TemporaryDirectory(prefix="china-iom-rows-") as folder:
        resolved = resolve_seeds(seeds, Path(folder), keep_articles=True)
    return Corpus(seeds, resolved.registries, sorted(resolved.articles, key=lambda article: article.article_id))
