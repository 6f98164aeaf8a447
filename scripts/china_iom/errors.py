"""Errors that point a person at the file, the line and the fix."""

from __future__ import annotations

import errno
import signal
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the seeds, located as precisely as known."""

    file: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        return f"{where}: {self.message}"


class SeedError(Exception):
    """Raised with every problem found; the build stops and writes nothing."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class PackageError(SeedError):
    """A built package (datapackage.json or a table file) is broken or is not the one described."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C's KeyboardInterrupt so that the same clean-up runs."""

    signum = signal.SIGTERM


def raise_terminated(signum: int, frame: object) -> None:
    """Signal handler: SIGTERM becomes ``Terminated``."""
    raise Terminated()


_ADVICE = {
    errno.ENOSPC: "the disk is full; free some space and run again",
    errno.EDQUOT: "the disk quota is exceeded; free some space and run again",
    errno.EROFS: "the file system is read-only; choose a writable folder (--out)",
    errno.EACCES: "permission denied; fix the permissions or choose another folder",
    errno.EPERM: "operation not permitted; fix the permissions or choose another folder",
    errno.ENOTDIR: "a path component is a file, not a folder; choose a folder",
    errno.EISDIR: "a folder stands where a file is expected; move it away",
    errno.ENOENT: "no such file or folder; check the path",
    errno.ELOOP: "too many symbolic links (a loop?); fix the link",
}


def describe(exc: BaseException) -> str:
    """One line saying what went wrong and what to do, naming the file where one is known."""
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else "(unknown file)"
        advice = _ADVICE.get(exc.errno or 0, "check the path and run again")
        return f"{where}: {exc.strerror or exc}; {advice}"
    return f"{type(exc).__name__}: {exc}; run again with --debug and report the traceback"
