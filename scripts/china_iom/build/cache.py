"""Cache of resolved articles for incremental builds, consolidated: one Arrow file per table.

An article's entry is keyed by the SHA-256 of everything its resolution depends
on: its text and annotation (bytes and paths), the registries, the draft switch
and the source code of this package; any change to one of them gives a new key,
so a stale entry is never used. A generation of the cache is a build's spool
folder (``row_files``: the rows of all its articles, one Arrow IPC file per
article table, memory-mapped when read) plus a manifest of the entries in row
order (key, links, rows per table), so a rebuild reads a dozen files whatever
the number of articles and copies the rows of the articles whose key is still
live into its own spool. A build spools into a new generation folder and, once
its articles check, switches the ``CURRENT`` pointer atomically, so a killed
build never leaves a half-written cache in use; anything unreadable counts as
an empty cache. Arrow IPC files have no checksums: the manifest records the
SHA-256 of each table file, and ``CURRENT`` that of the manifest, checked on
every read; a generation that fails counts as an empty cache (its articles are
resolved again), so a corrupt cache costs time, never correctness.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import secrets
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.ipc as ipc

from china_iom.build.derived import DEPENDS_ON, MADE, read_columns
from china_iom.build.row_files import SpoolWriter, read_table, spool_path
from china_iom.build.tables import ARTICLE_TABLES
from china_iom.schema import TABLES

PACKAGE = Path(__file__).resolve().parents[1]
RESOLUTION_CODE = (".", "annotation", "build")  # the folders of the code that turns seeds into rows
CURRENT = "CURRENT"
MANIFEST = "manifest.pickle"
STAMPS = "stamps.pickle"  # file stamps -> key, to skip reading unchanged files
GENERATION = "gen-"  # prefix of generation folders (the only folders a save deletes)
WRITTEN = "tables.pickle"  # per table: what its files were written from, their stats and stamps
# What reading a pickle unreadable or written by another version of this package raises (a class moved or gone).
UNREADABLE = (OSError, ValueError, TypeError, AttributeError, ImportError, pickle.UnpicklingError, EOFError)


@dataclass(frozen=True)
class Entry:
    """One resolved article: its cache key, its links and its number of rows in each article table."""

    article_id: str
    key: str | None
    links: bytes  # its Links' fields, marshalled: a few hundred bytes instead of a few thousand as objects
    counts: tuple[int, ...]  # in ARTICLE_TABLES order


@lru_cache(maxsize=1)
def code_version() -> str:
    """Digest of the source that resolves articles into rows: a change to it invalidates every entry."""
    digest = hashlib.sha256()
    for path in sorted(path for folder in RESOLUTION_CODE for path in (PACKAGE / folder).glob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class TableCache:
    """A folder of resolved articles' rows keyed by content."""

    def __init__(self, folder: Path, registry_folder: Path, include_drafts: bool):
        self.folder = folder
        context = hashlib.sha256(f"{code_version()}\0{include_drafts}\0".encode())
        for path in sorted(p for p in registry_folder.glob("*.yaml") if p.is_file()):  # others: load_registries'
            context.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        self.context = context.digest()
        self.stamps: dict[str, tuple] = {}  # key -> file stamps it was computed for
        self.loaded: tuple[Path, Cached] | None = None  # the generation loaded, when of the same context
        self.same: set[str] = set()  # tables whose rows the generation committed shares with the one loaded

    def keys(self, paths: list[tuple[Path, Path]]) -> list[str | None]:
        """Key of every article (text, annotation); None where a file is missing (never cached).

        A file whose path, size, inode and change times are those recorded when its
        key was last computed is not read again (as git's index does).
        """
        known = self._stamps()
        keys = []
        for text_path, yaml_path in paths:
            stamp = _stamp(text_path, yaml_path)
            key = known.get(stamp) if stamp else None
            keys.append(key or self.key(text_path, yaml_path))
            if stamp and keys[-1]:
                self.stamps[keys[-1]] = stamp
        return keys

    def key(self, text_path: Path, yaml_path: Path) -> str | None:
        """Key of an article from its files' contents, or None when a file is missing."""
        digest = hashlib.sha256(self.context)
        for path in (text_path, yaml_path):
            try:
                data = path.read_bytes()
            except OSError:
                return None
            digest.update(f"{path}\0{len(data)}\0".encode() + data)
        return digest.hexdigest()

    def _current(self) -> tuple[Path, str]:
        """The current generation and the SHA-256 recorded for its manifest."""
        name, _, digest = (self.folder / CURRENT).read_text(encoding="utf-8").strip().partition(" ")
        return self.folder / name, digest

    def _generation(self) -> Path:
        return self._current()[0]

    def _stamps(self) -> dict[tuple, str]:
        """Stamps -> key recorded under the same context (a key depends on the registries and code too)."""
        try:
            context, stamps = pickle.loads((self._generation() / STAMPS).read_bytes())
        except UNREADABLE:
            return {}
        return stamps if context == self.context else {}

    def load(self, live: set[str]) -> Cached:
        """The cached articles whose key is in ``live`` (none if the cache is empty or unreadable)."""
        try:
            generation, digest = self._current()
            manifest = (generation / MANIFEST).read_bytes()
            if hashlib.sha256(manifest).hexdigest() != digest:
                return Cached.empty()
            context, entries, digests = pickle.loads(manifest)
            if _digests(generation) != digests:  # a table file changed since it was written: corrupt
                return Cached.empty()
            rows = [read_table(generation, table.name).num_rows for table in ARTICLE_TABLES]
            counts = np.array([entry.counts for entry in entries], dtype=np.int64).reshape(
                len(entries), len(ARTICLE_TABLES)
            )
        except (*UNREADABLE, pa.ArrowException):
            return Cached.empty()
        if rows != counts.sum(axis=0).tolist():
            return Cached.empty()
        keep = np.array([entry.key in live for entry in entries], dtype=bool)
        dropped = (
            {entry.article_id: entry.links for entry, kept in zip(entries, keep) if not kept}
            if context == self.context
            else None
        )
        cached = Cached([entry for entry, kept in zip(entries, keep) if kept], generation, keep, counts, dropped)
        self.loaded = (generation, cached) if dropped is not None else None
        return cached

    def _unchanged(
        self,
        name: str,
        entries: list[Entry],
        spool: Path,
        columns: Callable[[pa.Table, str], pa.Table] = lambda table, _: table,
    ) -> bool:
        """Whether a table's rows in ``spool`` (a new generation, of ``entries``) are those of the generation
        loaded: same registries and code, and the articles resolved afresh have the same rows in it as the
        articles they replaced (an article added or removed has none), in the ``columns`` compared."""
        if self.loaded is None:
            return False
        generation, cached = self.loaded
        if name not in {table.name for table in ARTICLE_TABLES}:
            return True  # made from the registries, which are part of the context
        number = next(i for i, table in enumerate(ARTICLE_TABLES) if table.name == name)
        dropped = list(zip(cached.dropped, cached.counts[~cached.keep, number]))
        starts = np.concatenate([[0], np.cumsum(cached.counts[:, number])])[:-1][~cached.keep]
        fresh = entries[len(cached.entries) :]
        new_starts = np.concatenate([[0], np.cumsum([e.counts[number] for e in entries])])[len(cached.entries) :]
        old = sorted((a, int(start), int(count)) for (a, count), start in zip(dropped, starts) if count)
        new = sorted(
            (e.article_id, int(start), e.counts[number]) for e, start in zip(fresh, new_starts) if e.counts[number]
        )
        if [(a, c) for a, _, c in old] != [(a, c) for a, _, c in new]:
            return False
        before, after = columns(read_table(generation, name), name), columns(read_table(spool, name), name)
        return all(before.slice(s, c).equals(after.slice(t, c)) for (_, s, c), (_, t, _) in zip(old, new))

    def reuse(self, name: str, spool: Path, previous: Path, folder: Path) -> dict[str, Any] | None:
        """Link a table's files from ``previous`` (the data folder written last) into ``folder`` when they were
        written from the generation loaded, are untouched since (same size, inode and modification time)
        and none of the table's rows changed; their CSV stats and rows, or None."""
        record = self._written().get(name)
        if record is None or self.loaded is None or record["generation"] != self.loaded[0].name:
            return None
        files = [previous / f"{name}.{fmt}" for fmt in ("csv", "parquet")]
        same = spool == self.loaded[0] or name in self.same  # the generation loaded is used as it is, or not
        if [_file_stamp(path) for path in files] != record["stamps"] or not same:
            return None
        try:
            for path in files:
                os.link(path, folder / path.name)
        except OSError:  # no hard links here: write the table
            for path in files:
                (folder / path.name).unlink(missing_ok=True)
            return None
        return {"stats": record["stats"], "rows": record["rows"]}

    def record(self, written: dict[str, dict[str, Any]], folder: Path, generation: Path) -> None:
        """Remember that the table files in ``folder`` (``written``: CSV stats and rows by table) were written
        from ``generation``, with their stamps once in place."""
        entries = {
            name: {
                **entry,
                "generation": generation.name,
                "stamps": [_file_stamp(folder / f"{name}.{fmt}") for fmt in ("csv", "parquet")],
            }
            for name, entry in written.items()
        }
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        with os.fdopen(handle, "wb") as file:
            pickle.dump(entries, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.folder / WRITTEN)

    def _written(self) -> dict[str, dict[str, Any]]:
        try:
            return pickle.loads((self.folder / WRITTEN).read_bytes())
        except UNREADABLE:
            return {}

    def new_generation(self) -> Path:
        """A new, empty generation folder to spool a build's rows into."""
        self.folder.mkdir(parents=True, exist_ok=True)
        generation = self.folder / f"{GENERATION}{secrets.token_hex(8)}"
        generation.mkdir()
        return generation

    def commit(self, generation: Path, entries: list[Entry]) -> None:
        """Make ``generation`` (its rows spooled, in the order of ``entries``) current; drop the older ones
        (first noting which tables' rows are as in the generation loaded)."""
        same = {table.name for table in TABLES if self._unchanged(table.name, entries, generation)}
        if not all(self._unchanged(name, entries, generation, read_columns) for name in DEPENDS_ON):
            same -= set(MADE)  # what derive() reads of these changed: what it makes may change
        self.same = same
        manifest = pickle.dumps((self.context, entries, _digests(generation)), protocol=pickle.HIGHEST_PROTOCOL)
        (generation / MANIFEST).write_bytes(manifest)
        stamps = {self.stamps[e.key]: e.key for e in entries if e.key in self.stamps}
        (generation / STAMPS).write_bytes(pickle.dumps((self.context, stamps), protocol=pickle.HIGHEST_PROTOCOL))
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(f"{generation.name} {hashlib.sha256(manifest).hexdigest()}")
        os.replace(temporary, self.folder / CURRENT)
        for old in self.folder.glob(f"{GENERATION}*"):
            if old != generation:
                shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True)
class Cached:
    """The live articles of a cache generation: their entries, and which of its rows are theirs."""

    entries: list[Entry]  # the kept entries, in row order
    folder: Path | None  # the generation (None: nothing cached)
    keep: np.ndarray  # per stored entry: is it kept
    counts: np.ndarray  # per stored entry, rows in each article table
    dropped: dict[str, bytes] | None  # links of the entries not kept, by article; None: stored for another context

    @classmethod
    def empty(cls) -> Cached:
        """Nothing cached."""
        return cls([], None, np.zeros(0, dtype=bool), np.zeros((0, len(ARTICLE_TABLES)), dtype=np.int64), None)

    @property
    def complete(self) -> bool:
        """Every stored article is kept (the generation can be used as it is)."""
        return self.folder is not None and bool(self.keep.all())

    def copy_rows(self, writer: SpoolWriter) -> None:
        """Append the kept articles' rows to ``writer``, record batch by record batch (bounded memory).

        The tables are copied on two threads (pyarrow releases the GIL; each table has its own file).
        """
        if self.folder is None:
            return
        with ThreadPoolExecutor(2) as threads:
            list(threads.map(self._copy_table, [writer] * len(ARTICLE_TABLES), range(len(ARTICLE_TABLES))))

    def _copy_table(self, writer: SpoolWriter, number: int) -> None:
        name = ARTICLE_TABLES[number].name
        mask = np.repeat(self.keep, self.counts[:, number])
        reader = ipc.open_file(pa.memory_map(str(spool_path(self.folder, name))))
        offset = 0
        for index in range(reader.num_record_batches):
            batch = reader.get_batch(index)
            writer.write({name: batch.filter(pa.array(mask[offset : offset + batch.num_rows]))})
            offset += batch.num_rows


def _digests(generation: Path) -> list[str]:
    """SHA-256 of each table file of a generation."""
    digests = []
    for table in ARTICLE_TABLES:
        with open(spool_path(generation, table.name), "rb") as file:
            digests.append(hashlib.file_digest(file, "sha256").hexdigest())
    return digests


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    """Size, inode and modification time (ns) of a file (a link keeps them, unlike its change time); None if missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_ino, info.st_mtime_ns


def _stamp(*paths: Path) -> tuple | None:
    """Path, size, inode and modification and change times (ns) of each file; None if one is missing."""
    stamp: list = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            return None
        stamp += [str(path), info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns]
    return tuple(stamp)
