"""The project a command acts on: the nearest folder at or above the working directory that holds
``seeds/registry/``, as git finds its repository (never where this package's source lives)."""

from __future__ import annotations

from pathlib import Path

MARKER = Path("seeds", "registry")


class NoProjectError(FileNotFoundError):
    """There is no project to act on."""


def find_root(root: Path | str | None = None) -> Path:
    """``root`` if given (it must hold ``seeds/registry/``), else the nearest such folder at or above the
    working directory; NoProjectError saying what to do when there is none."""
    if root is not None:
        if not (Path(root) / MARKER).is_dir():
            raise NoProjectError(
                f"{root} is not a china-iom project: it holds no seeds/registry/; name the "
                "folder of a clone with --root"
            )
        return Path(root).absolute()
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_dir():
            return folder
    raise NoProjectError(
        f"no china-iom project at or above {here}: no folder there holds seeds/registry/; "
        "run the command inside a clone of the project, or name one with --root DIR "
        "(root= in Python)"
    )
