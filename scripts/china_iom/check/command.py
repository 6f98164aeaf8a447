"""The check stage: the fast check (or Frictionless itself) plus the package's own checks."""

from __future__ import annotations

import sys
from pathlib import Path

from china_iom.build.descriptor import FORMATS
from china_iom.build.drafts import draft_package_problems
from china_iom.build.workers import process_pool
from china_iom.check.frictionless_rules import fast_problems
from china_iom.check.integrity import audit
from china_iom.check.verify import verify_package
from china_iom.errors import Problem


def _report_problems(report, root: Path, descriptor: Path) -> list[Problem]:
    problems = [Problem(descriptor, None, f"{err.type}: {err.message}") for err in report.errors]
    for task in report.tasks:
        path = root / task.place if task.place else descriptor
        problems.extend(
            Problem(path, getattr(err, "row_number", None), f"{err.type}: {err.message}") for err in task.errors
        )
    return problems


def _validate_resource(descriptor: Path, name: str) -> list[Problem]:
    """One resource validated within its package (so its foreign keys are checked too)."""
    from frictionless import Package

    report = Package(str(descriptor)).get_resource(name).validate()
    return _report_problems(report, descriptor.parent, descriptor)


def _import_jsonschema() -> None:
    """Import jsonschema without its optional IRI format checker: rfc3987_syntax compiles 38 grammars when
    imported (over a second), and Frictionless never checks formats, so its verdicts are the same."""
    if "jsonschema" in sys.modules or "rfc3987_syntax" in sys.modules:
        return
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # an import of it fails, as if not installed
    try:
        import jsonschema  # noqa: F401
    finally:
        del sys.modules["rfc3987_syntax"]


def descriptor_problems(root: Path) -> list[Problem]:
    """Errors Frictionless finds in ``datapackage.json`` itself (against the Data Package profile)."""
    _import_jsonschema()
    from frictionless import Package

    descriptor = root / "datapackage.json"
    return _report_problems(Package.validate_descriptor(str(descriptor)), root, descriptor)


def frictionless_problems(root: Path, formats: tuple[str, ...] = FORMATS, jobs: int = 1) -> list[Problem]:
    """Errors ``frictionless validate datapackage.json`` reports, as problems.

    With every format and one job this is exactly ``frictionless validate``. Otherwise
    each resource of the given formats is validated on its own, on ``jobs`` processes
    (the package descriptor itself is still validated first).
    """
    from frictionless import Package

    descriptor = root / "datapackage.json"
    if set(formats) == set(FORMATS) and jobs <= 1:
        return _report_problems(Package(str(descriptor)).validate(), root, descriptor)
    problems = descriptor_problems(root)
    if problems:
        return problems
    package = Package(str(descriptor))
    names = [r.name for r in package.resources if r.format in formats]
    # Biggest files first, so that the longest validation starts at once.
    names.sort(key=lambda name: -(root / package.get_resource(name).path).stat().st_size)
    with process_pool(max(1, jobs), __name__) as pool:
        for found in pool.map(_validate_resource, [descriptor] * len(names), names):
            problems.extend(found)
    return problems


def check(
    root: Path, seeds: Path, formats: tuple[str, ...] = FORMATS, jobs: int = 1, frictionless: bool = False
) -> list[Problem]:
    """Every problem with the package at ``root``; empty when it is valid.

    First the package must be the one this code builds (``integrity.audit``): if it is not
    readable as such, that is all that is reported. Then by default the fast check
    (``frictionless_rules``) enforces what Frictionless does; ``frictionless=True`` runs
    Frictionless itself, where ``formats=("csv",)`` leaves the Parquet resources to the own
    checks, which prove every Parquet file equal to its CSV twin. A package built with
    drafts is never valid.
    """
    found = audit(root, seeds)
    problems = draft_package_problems(root) + found.problems
    if found.fatal:
        return problems
    if frictionless:
        return problems + frictionless_problems(root, formats, jobs) + verify_package(root, seeds)
    with process_pool(1, "china_iom.check.verify") as pool:  # the own checks alongside, on the other core
        own = pool.submit(verify_package, root, seeds)
        return problems + (descriptor_problems(root) or fast_problems(root, jobs)) + own.result()
