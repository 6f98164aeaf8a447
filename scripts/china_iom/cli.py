"""Command line: ``china-iom`` (or ``python -m china_iom``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from china_iom.errors import Problem, SeedError

ROOT = Path(__file__).resolve().parents[2]


def _report(problems: Sequence[Problem], what: str) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{what} failed: {len(problems)} problem(s)", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from china_iom.build import build

    try:
        summary = build(args.seeds, args.out, include_drafts=args.include_drafts)
    except SeedError as exc:
        return _report(exc.problems, "build")
    rows = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
    print(f"built {summary.articles} articles into {args.out}: {rows}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from china_iom.check import check

    problems = check(args.dir, args.seeds)
    if problems:
        return _report(problems, "check")
    print(f"{args.dir / 'datapackage.json'} is valid: Frictionless and own checks pass")
    return 0


def cmd_readme(args: argparse.Namespace) -> int:
    from china_iom.docs import update_readme

    changed = update_readme(args.readme)
    print(f"{args.readme}: data dictionary {'updated' if changed else 'already up to date'}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from china_iom.report import report

    written = report(args.notebooks, args.out)
    print(f"executed {args.notebooks}/*.ipynb: wrote {len(written)} files to {args.out}")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per stage."""
    top = argparse.ArgumentParser(prog="china-iom", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_, description=help_)
        sub.set_defaults(func=func)
        return sub

    build = command("build", cmd_build, "Build data/ and datapackage.json from annotated seeds (all or nothing).")
    build.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seeds folder (default: %(default)s)")
    build.add_argument("--out", type=Path, default=ROOT, help="output folder (default: %(default)s)")
    build.add_argument("--include-drafts", action="store_true",
                       help="accept items still marked proposed: true (never for the published package)")
    check = command("check", cmd_check, "Validate a built package: Frictionless plus span, body and date checks.")
    check.add_argument("dir", nargs="?", type=Path, default=ROOT, help="package folder (default: %(default)s)")
    check.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seeds folder with the article texts")
    readme = command("readme", cmd_readme, "Regenerate the README's data dictionary from the table schemas.")
    readme.add_argument("--readme", type=Path, default=ROOT / "README.md", help="(default: %(default)s)")
    report = command("report", cmd_report, "Execute the analysis notebooks; render them to HTML and figure PNGs.")
    report.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="(default: %(default)s)")
    report.add_argument("--out", type=Path, default=ROOT / "reports", help="(default: %(default)s)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    return args.func(args)
