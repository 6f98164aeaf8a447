"""The check stage: Frictionless validation plus the package's own checks."""

from __future__ import annotations

from pathlib import Path

from china_iom.errors import Problem
from china_iom.verify import verify_package


def frictionless_problems(root: Path) -> list[Problem]:
    """Errors ``frictionless validate datapackage.json`` reports, as problems."""
    from frictionless import Package

    descriptor = root / "datapackage.json"
    if not descriptor.is_file():
        return [Problem(descriptor, None, "datapackage.json not found; run `china-iom build` first")]
    report = Package(str(descriptor)).validate()
    problems = [Problem(descriptor, None, f"{err.type}: {err.message}") for err in report.errors]
    for task in report.tasks:
        path = root / task.place if task.place else descriptor
        problems.extend(Problem(path, getattr(err, "row_number", None), f"{err.type}: {err.message}")
                        for err in task.errors)
    return problems


def check(root: Path, seeds: Path) -> list[Problem]:
    """Every problem with the package at ``root``; empty when it is valid."""
    problems = frictionless_problems(root)
    if not (root / "datapackage.json").is_file():
        return problems
    return problems + verify_package(root, seeds)
