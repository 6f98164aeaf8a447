"""Read a seeds tree: registries, article texts and their annotations, checked as a whole."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from china_iom import schema
from china_iom.annotation.registry import Registries
from china_iom.annotation.suggestions import did_you_mean
from china_iom.annotation.yamlsource import read_utf8, read_yaml
from china_iom.build.resolve import Links, Ref, ResolvedArticle, resolve_article
from china_iom.errors import Problem, SeedError

MAX_FILE_BYTES = 2_000_000  # an article's text or annotation; `build` and `add` refuse a larger one alike
RESERVED_STEMS = frozenset({"package"})  # seeds/package.yaml holds the package metadata


@dataclass(frozen=True)
class Corpus:
    """A seeds tree's resolved articles, kept in memory (``seed_rows.load_corpus``)."""

    seeds: Path
    registries: Registries
    articles: list[ResolvedArticle]


ArticlePaths = tuple[str, Path, Path]


def article_paths(seeds: Path) -> list[ArticlePaths]:
    """(article_id, text path, annotation path) for every article, sorted by id."""
    names = [entry.name for entry in os.scandir(seeds)]
    stems = {name.removesuffix(suffix) for name in names for suffix in (".txt", ".yaml") if name.endswith(suffix)}
    stems -= RESERVED_STEMS
    return [(stem, seeds / f"{stem}.txt", seeds / f"{stem}.yaml") for stem in sorted(stems)]


def read_article(
    article_id: str, text_path: Path, yaml_path: Path, registries: Registries, include_drafts: bool = False
) -> ResolvedArticle:
    """Read, validate and resolve one article and its annotation."""
    if not re.fullmatch(schema.ARTICLE_ID_PATTERN, article_id):
        raise SeedError(
            [
                Problem(
                    text_path,
                    None,
                    f"article id {article_id!r} must match "
                    f"{schema.ARTICLE_ID_PATTERN} (letters, digits, _ and -); rename the .txt and "
                    ".yaml files",
                )
            ]
        )
    for path, partner, what in ((text_path, yaml_path, "article text"), (yaml_path, text_path, "annotation")):
        if problem := _file_problem(path, partner, what):
            raise SeedError([problem])
    return resolve_article(article_id, read_utf8(text_path), read_yaml(yaml_path), registries, include_drafts)


def _file_problem(path: Path, partner: Path, what: str) -> Problem | None:
    """Why one of an article's two files cannot be read (missing, a broken or looping link, empty, too large)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return Problem(path, None, "is a symbolic link to nothing; point it at the file or put the file here")
        return Problem(
            partner, None, f"{path.name} is missing; every article needs its text (.txt) and its annotation (.yaml)"
        )
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(path, None, "is a symbolic link loop; replace it with the file itself")
        return Problem(path, None, f"cannot read the file ({exc.strerror}); fix its permissions")
    if not stat.S_ISREG(info.st_mode):
        return Problem(path, None, f"{what} is not a regular file; put the file itself here")
    if (why := unstorable(info.st_size, what)) is None:
        return None
    fix = (
        "the file must hold the article's own text, copied verbatim"
        if what == "article text"
        else "shorten its notes and quotes (a quote needs only the words that show the fact)"
    )
    return Problem(path, None, f"{what} {why}; {fix}")


def unstorable(size: int, what: str = "article text") -> str | None:
    """Why a seed file of ``size`` bytes cannot be stored (an empty text, or over MAX_FILE_BYTES), if it cannot."""
    if size == 0 and what == "article text":
        return "is empty"
    return f"is {size} bytes, over the limit of {MAX_FILE_BYTES}" if size > MAX_FILE_BYTES else None


def seeds_folder(seeds: Path) -> Path:
    """``seeds``, or a SeedError if it is not a folder."""
    if not seeds.is_dir():
        raise SeedError(
            [
                Problem(
                    seeds,
                    None,
                    "seeds folder not found; give --seeds the folder that holds the "
                    "articles and registry/ (default: <root>/seeds)",
                )
            ]
        )
    return seeds


def check_corpus(seeds: Path, links: Sequence[Links]) -> list[Problem]:
    """Problems of a corpus whose articles all resolved: no articles at all, or the cross-article links."""
    if not links:
        return [Problem(seeds, None, "no articles found (expected <id>.txt with <id>.yaml)")]
    return check_links(links)


@dataclass(frozen=True, slots=True)
class _Defined:
    """Where a meeting is defined, and its parent."""

    path: str
    line: int | None
    parent: Ref


def check_links(articles: Sequence[Links]) -> list[Problem]:
    """Checks that span articles (in article order): meeting ids, parents, reports and topic-mention meetings.

    Two passes over ``articles``, holding only one fact per meeting in between, so
    ``articles`` may be a view that makes each article's links when asked.
    """
    defined: dict[str, _Defined] = {}
    problems = []
    for article in articles:
        for (meeting_id, line), parent in article.meetings:
            if meeting_id in defined:
                problems.append(
                    Problem(
                        Path(article.path),
                        line,
                        f"meeting id {meeting_id!r} is already defined in "
                        f"{Path(defined[meeting_id].path).name}; use also_reports to add a source",
                    )
                )
            else:
                defined[meeting_id] = _Defined(article.path, line, parent)
    for article in articles:
        problems.extend(_dangling(article, defined))
    problems.extend(_parent_cycles(defined))
    return problems


def _dangling(article: Links, defined: dict[str, _Defined]) -> Iterator[Problem]:
    refs = [parent for _, parent in article.meetings] + list(article.reports) + list(article.topics)
    for meeting_id, line in refs:
        if meeting_id is not None and meeting_id not in defined:
            yield Problem(
                Path(article.path),
                line,
                f"unknown meeting id {meeting_id!r}"
                f"{did_you_mean(meeting_id, defined)}; define it under meetings in one article",
            )
    for meeting_id, line in article.reports:
        if meeting_id in defined and defined[meeting_id].path == article.path:
            yield Problem(
                Path(article.path),
                line,
                f"meeting {meeting_id!r} is defined in this article; add the quote to its evidence instead",
            )


def _parent_cycles(defined: dict[str, _Defined]) -> Iterator[Problem]:
    for meeting_id, meeting in defined.items():
        chain, current = [meeting_id], meeting.parent[0]
        while current in defined and current not in chain:
            chain.append(current)
            current = defined[current].parent[0]
        if current == meeting_id:
            yield Problem(
                Path(meeting.path),
                meeting.parent[1],
                "parent chain loops back to itself: "
                + " -> ".join([*chain, meeting_id])
                + "; remove or correct one parent",
            )
