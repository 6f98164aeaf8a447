"""Per-article cache of resolved articles, for incremental builds.

An entry is the pickled ``ResolvedArticle`` of one article, stored under the
SHA-256 of everything its resolution depends on: the article's text and
annotation (bytes and paths), the registries, the draft switch and the source
code of this package. Any change to one of them gives a new key, so a stale entry
is never read; old entries are simply left behind (delete the folder to reclaim
the space). Only successfully resolved articles are stored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """Digest of this package's source: a code change invalidates every entry."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class ArticleCache:
    """A folder of resolved articles keyed by content; counts its hits and misses."""

    def __init__(self, folder: Path, registry_folder: Path, include_drafts: bool):
        self.folder = folder
        context = hashlib.sha256(f"{code_version()}\0{include_drafts}\0".encode())
        for path in sorted(registry_folder.glob("*.yaml")):
            context.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        self.context = context.digest()
        self.hits = 0
        self.misses = 0

    def key(self, text_path: Path, yaml_path: Path) -> str | None:
        """Key of an article, or None when a file is missing (such an article is never cached)."""
        digest = hashlib.sha256(self.context)
        for path in (text_path, yaml_path):
            try:
                data = path.read_bytes()
            except OSError:
                return None
            digest.update(f"{path}\0{len(data)}\0".encode() + data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str | None) -> object | None:
        """The cached article for ``key``, or None (a miss)."""
        if key is not None:
            try:
                data = self._path(key).read_bytes()
            except OSError:
                data = None
            if data is not None:
                self.hits += 1
                return pickle.loads(data)
        self.misses += 1
        return None

    def put(self, key: str | None, data: bytes) -> None:
        """Store a pickled article atomically (a killed build leaves no half-written entry)."""
        if key is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
