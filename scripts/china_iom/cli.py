"""Command line: ``china-iom`` (or ``python -m china_iom``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from china_iom.errors import Problem, SeedError
from china_iom.pool import default_jobs

ROOT = Path(__file__).resolve().parents[2]


def _report(problems: Sequence[Problem], what: str) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{what} failed: {len(problems)} problem(s)", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from china_iom.build import build

    try:
        summary = build(args.seeds, args.out, include_drafts=args.include_drafts, jobs=args.jobs,
                        cache=None if args.no_cache else args.cache, progress=args.progress or None)
    except SeedError as exc:
        return _report(exc.problems, "build")
    rows = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
    print(f"built {summary.articles} articles into {args.out}: {rows}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from china_iom.check import check

    if args.csv_only and not args.frictionless:
        print("check: --csv-only applies to --frictionless (the fast check reads CSV and Parquet in seconds)",
              file=sys.stderr)
        return 2
    formats = ("csv",) if args.csv_only else ("csv", "parquet")
    problems = check(args.dir, args.seeds, formats, jobs=args.jobs, frictionless=args.frictionless)
    if problems:
        return _report(problems, "check")
    engine = "Frictionless" if args.frictionless else "fast check (Frictionless' rules)"
    print(f"{args.dir / 'datapackage.json'} is valid: {engine} and own checks pass")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from china_iom.corpus import load_corpus
    from china_iom.render import render

    try:
        pages = render(load_corpus(args.seeds), args.out)
    except SeedError as exc:
        return _report(exc.problems, "render")
    print(f"wrote {len(pages)} pages into {args.out}: open {args.out / 'index.html'}")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from china_iom.synth import synth

    try:
        synth(args.count, args.out, args.seeds, seed=args.seed, jobs=args.jobs)
    except SeedError as exc:
        return _report(exc.problems, "synth")
    print(f"wrote {args.count} synthetic articles into {args.out}")
    return 0


def cmd_readme(args: argparse.Namespace) -> int:
    from china_iom.docs import update_readme, write_json_schemas

    changed = update_readme(args.readme)
    print(f"{args.readme}: data dictionary {'updated' if changed else 'already up to date'}")
    changed = write_json_schemas(args.schemas)
    print(f"{args.schemas}: JSON Schemas of the annotation format {'updated' if changed else 'already up to date'}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from china_iom.drafting.add import add_article, summary

    try:
        added = add_article(args.path, args.seeds, args.id, args.url, args.title, args.publisher)
    except SeedError as exc:
        return _report(exc.problems, "add")
    print(summary(added))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from china_iom.drafting.evaluate import evaluate, report

    try:
        print(report(evaluate(args.seeds)))
    except SeedError as exc:
        return _report(exc.problems, "evaluate")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from china_iom.analysis.report import report

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
    build.add_argument("--jobs", type=int, default=default_jobs(), help="processes (default: %(default)s)")
    build.add_argument("--cache", type=Path, default=ROOT / ".cache" / "articles",
                       help="folder of resolved articles reused by the next build (default: %(default)s)")
    build.add_argument("--no-cache", action="store_true", help="resolve every article afresh")
    build.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    check = command("check", cmd_check, "Validate a built package: Frictionless plus span, body and date checks.")
    check.add_argument("dir", nargs="?", type=Path, default=ROOT, help="package folder (default: %(default)s)")
    check.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seeds folder with the article texts")
    check.add_argument("--frictionless", action="store_true", help="validate with Frictionless itself (slow: about "
                       "3,500 rows a second) instead of the fast check, which enforces the same rules")
    check.add_argument("--csv-only", action="store_true", help="with --frictionless: validate the CSV resources "
                       "only; the own checks still prove each Parquet file equal to its CSV (much faster)")
    check.add_argument("--jobs", type=int, default=1, help="with --frictionless: validate resources on this many "
                       "processes (default: 1, which is exactly `frictionless validate datapackage.json`); without "
                       "it: the fast check's threads (the own checks run alongside in another process)")
    render = command("render", cmd_render, "Write static HTML pages (one per article, plus an index) to review "
                     "the annotations.")
    render.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seeds folder (default: %(default)s)")
    render.add_argument("--out", type=Path, default=ROOT / "build" / "review",
                        help="output folder (default: %(default)s)")
    synth = command("synth", cmd_synth, "Write a synthetic seeds tree of N articles recombined from the real ones "
                    "(for benchmarks).")
    synth.add_argument("count", type=int, help="number of articles")
    synth.add_argument("--out", type=Path, required=True, help="new or empty folder to write the seeds tree into")
    synth.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    synth.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="real seeds to recombine")
    synth.add_argument("--jobs", type=int, default=default_jobs(), help="processes (default: %(default)s)")
    readme = command("readme", cmd_readme, "Regenerate the README's data dictionary from the table schemas "
                     "and the annotation format's JSON Schemas from its models.")
    readme.add_argument("--readme", type=Path, default=ROOT / "README.md", help="(default: %(default)s)")
    readme.add_argument("--schemas", type=Path, default=ROOT / "seeds" / "schema", help="(default: %(default)s)")
    add = command("add", cmd_add, "Store a new article (text or saved HTML) in the seeds with a drafted annotation.")
    add.add_argument("path", type=Path, help="plain-text file or saved HTML page")
    add.add_argument("--id", help="article id (default: next 3-digit number + '_' + 16 hex of the text's SHA-256)")
    add.add_argument("--url", help="address where the article was published")
    add.add_argument("--title", help="headline (default: the page's title or the text's headline line)")
    add.add_argument("--publisher", help="organization id of the publisher (default: guessed, flagged for checking)")
    add.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seeds folder (default: %(default)s)")
    evaluate = command("evaluate", cmd_evaluate, "Score the drafts against the confirmed annotations, leaving "
                       "each article out in turn.")
    evaluate.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seeds folder (default: %(default)s)")
    report = command("report", cmd_report, "Execute the analysis notebooks; render them to HTML and figure PNGs.")
    report.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="(default: %(default)s)")
    report.add_argument("--out", type=Path, default=ROOT / "reports", help="(default: %(default)s)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    return args.func(args)
