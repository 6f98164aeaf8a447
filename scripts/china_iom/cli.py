"""Command line: ``china-iom`` (or ``python -m china_iom``)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from china_iom.build.workers import default_jobs
from china_iom.errors import Problem, SeedError, describe, raise_terminated
from china_iom.root import NoProjectError, find_root

ADD_EPILOG = """\
add stores the article's text as <seeds>/<id>.txt (never overwriting) and writes a draft
annotation <seeds>/<id>.yaml, in which every drafted item has `proposed: true`; new people,
organizations and aliases are proposed in <seeds>/registry/. Read the summary it prints, correct
the draft (resolving each `problems:` entry), delete each `proposed: true` you confirm, and run
`china-iom build`.

It refuses, writing nothing and exiting with status 2: a folder, a missing or unreadable file, a
web address (save the page first), a PDF, Word or other binary file, text that is not UTF-8, an
empty text or one over the build's size limit, an id or a text the seeds already hold.

examples:
  china-iom add saved-page.html --url https://www.iom.int/news/...
  china-iom add article.txt --publisher xinhua
  xclip -o | china-iom add - --url https://...    (paste: the text from standard input)
"""

# A path relative to the project root, or one chosen by the arguments (None: no path).
Default = str | Callable[[argparse.Namespace], str | None]


def _report(problems: Sequence[Problem], what: str) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{what} failed: {len(problems)} problem(s)", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from china_iom.build.command import build

    try:
        summary = build(
            args.seeds,
            args.out,
            include_drafts=args.include_drafts,
            jobs=args.jobs,
            cache=None if args.no_cache else args.cache,
            progress=args.progress or None,
        )
    except SeedError as exc:
        return _report(exc.problems, "build")
    rows = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
    print(f"built {summary.articles} articles into {args.out}: {rows}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from china_iom.check.command import check

    if args.csv_only and not args.frictionless:
        print(
            "check: --csv-only applies to --frictionless (the fast check reads CSV and Parquet in seconds)",
            file=sys.stderr,
        )
        return 2
    formats = ("csv",) if args.csv_only else ("csv", "parquet")
    root = args.dir.parent if args.dir.name == "datapackage.json" else args.dir
    problems = check(root, args.seeds, formats, jobs=args.jobs, frictionless=args.frictionless)
    if problems:
        return _report(problems, "check")
    engine = "Frictionless" if args.frictionless else "fast check (Frictionless' rules)"
    print(f"{root / 'datapackage.json'} is valid: {engine} and own checks pass")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from china_iom.review.pages import render

    try:
        pages = render(args.seeds, args.out)
    except SeedError as exc:
        return _report(exc.problems, "render")
    print(f"wrote {len(pages)} pages into {args.out}: open {args.out / 'index.html'}")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from china_iom.synthetic import synth

    try:
        synth(args.count, args.out, args.seeds, seed=args.seed, jobs=args.jobs)
    except SeedError as exc:
        return _report(exc.problems, "synth")
    print(f"wrote {args.count} synthetic articles into {args.out}")
    return 0


def cmd_readme(args: argparse.Namespace) -> int:
    from china_iom.publication.docs import update_readme, write_json_schemas

    changed = update_readme(args.readme)
    print(f"{args.readme}: data dictionary and module map {'updated' if changed else 'already up to date'}")
    changed = write_json_schemas(args.schemas)
    print(f"{args.schemas}: JSON Schemas of the annotation format {'updated' if changed else 'already up to date'}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from china_iom.drafting.add import add_article, summary

    try:
        added = add_article(args.path, args.seeds, args.id, args.url, args.title, args.publisher)
    except SeedError as exc:  # refused before anything was written
        for problem in exc.problems:
            print(f"china-iom add: {problem}", file=sys.stderr)
        return 2
    print(summary(added))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from china_iom.drafting.evaluate import evaluate, evaluate_set, report

    try:
        if args.set is not None:
            for part, scores in evaluate_set(args.set, args.seeds / "registry").items():
                print(report(scores, f"== set {args.set} / {part} (drafted against {args.seeds}/registry) ==") + "\n")
        print(report(evaluate(args.seeds), f"== seeds {args.seeds}, one article left out at a time =="))
    except SeedError as exc:
        return _report(exc.problems, "evaluate")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from china_iom.analysis.report import report

    written = report(args.notebooks, args.out)
    print(f"executed {args.notebooks}/*.ipynb: wrote {len(written)} files to {args.out}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from china_iom.publication.sqlite import export_sqlite, write_metadata

    try:
        database = export_sqlite(args.dir, args.out)
    except SeedError as exc:
        return _report(exc.problems, "export")
    metadata = write_metadata(args.dir, database)
    print(f"wrote {database} and {metadata}: datasette serve {database} -m {metadata}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from china_iom.publication.diff import DiffError, diff_packages, markdown, text

    try:
        found = diff_packages(args.old, args.new, root=args.repo)
    except DiffError as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 1
    print(markdown(found) if args.markdown else text(found), end="")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per stage; paths default to places in the project root."""
    top = argparse.ArgumentParser(prog="china-iom", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    for parser_, default in ((top, False), (common, argparse.SUPPRESS)):  # before or after the sub-command
        parser_.add_argument(
            "--debug",
            action="store_true",
            default=default,
            help="show the traceback of an unexpected error (also CHINA_IOM_DEBUG=1)",
        )
    common.add_argument(
        "--root",
        type=Path,
        help="project folder (default: the nearest folder at or above the "
        "working directory that holds seeds/registry/)",
    )

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_, description=help_, parents=[common])
        sub.set_defaults(func=func, rooted={})
        return sub

    def rooted(sub: argparse.ArgumentParser, flag: str, default: Default, help_: str = "", **kwargs) -> None:
        """A path argument whose default lies in the project root (found only when the default is used)."""
        shown = f"<root>/{default}".removesuffix("/.") if isinstance(default, str) else default.__doc__
        sub.add_argument(flag, type=Path, default=None, help=f"{help_} (default: {shown})".lstrip(), **kwargs)
        sub.get_default("rooted")[flag.lstrip("-").replace("-", "_")] = default

    build = command("build", cmd_build, "Build data/ and datapackage.json from annotated seeds (all or nothing).")
    rooted(build, "--seeds", "seeds", "seeds folder")
    rooted(build, "--out", _build_out, "output folder")
    build.add_argument(
        "--include-drafts",
        action="store_true",
        help="accept items still marked proposed: true; "
        "writes only to a folder of its own (never the published package)",
    )
    build.add_argument("--jobs", type=_positive, default=default_jobs(), help="processes (default: %(default)s)")
    rooted(build, "--cache", _build_cache, "folder of resolved articles reused by the next build")
    build.add_argument("--no-cache", action="store_true", help="resolve every article afresh")
    build.add_argument("--progress", action="store_true", help="show a progress bar even when not on a terminal")
    check = command(
        "check",
        cmd_check,
        "Validate a built package: Frictionless' rules (the fast check, or --frictionless) plus "
        "span, body and date checks.",
    )
    rooted(check, "dir", ".", "package folder or its datapackage.json", nargs="?")
    rooted(check, "--seeds", "seeds", "seeds folder with the article texts")
    check.add_argument(
        "--frictionless",
        action="store_true",
        help="validate with Frictionless itself (slow: about "
        "3,500 rows a second) instead of the fast check, which enforces the same rules",
    )
    check.add_argument(
        "--csv-only",
        action="store_true",
        help="with --frictionless: validate the CSV resources "
        "only; the own checks still prove each Parquet file equal to its CSV (much faster)",
    )
    check.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        help="with --frictionless: validate resources on this many "
        "processes (default: 1, which is exactly `frictionless validate datapackage.json`); without "
        "it: the fast check's threads (the own checks run alongside in another process)",
    )
    render = command(
        "render", cmd_render, "Write static HTML pages (one per article, plus an index) to review the annotations."
    )
    rooted(render, "--seeds", "seeds", "seeds folder")
    rooted(render, "--out", "build/review", "output folder")
    synth = command(
        "synth", cmd_synth, "Write a synthetic seeds tree of N articles recombined from the real ones (for benchmarks)."
    )
    synth.add_argument("count", type=_positive, help="number of articles")
    synth.add_argument("--out", type=Path, required=True, help="new or empty folder to write the seeds tree into")
    synth.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    rooted(synth, "--seeds", "seeds", "real seeds to recombine")
    synth.add_argument("--jobs", type=_positive, default=default_jobs(), help="processes (default: %(default)s)")
    readme = command(
        "readme",
        cmd_readme,
        "Regenerate the README's data dictionary from the table schemas "
        "and the annotation format's JSON Schemas from its models.",
    )
    rooted(readme, "--readme", "README.md")
    rooted(readme, "--schemas", "seeds/schema")
    add = command("add", cmd_add, "Store a new article (text or saved HTML) in the seeds with a drafted annotation.")
    add.formatter_class = argparse.RawDescriptionHelpFormatter
    add.epilog = ADD_EPILOG
    add.add_argument(
        "path",
        type=Path,
        help="the article: a saved web page (.html) or a plain-text file, in UTF-8 "
        "(or UTF-16 with a byte-order mark); - reads it from standard input",
    )
    add.add_argument("--id", help="article id (default: next 3-digit number + '_' + 16 hex of the text's SHA-256)")
    add.add_argument(
        "--url",
        help="address where the article was published (gives the publisher by its web domain, and often the date)",
    )
    add.add_argument("--title", help="headline (default: the page's title or the text's headline line)")
    add.add_argument(
        "--publisher",
        help="organization id of the publisher (default: the organization whose web "
        "domain the address has, else guessed and flagged for checking)",
    )
    rooted(add, "--seeds", "seeds", "seeds folder")
    evaluate = command(
        "evaluate",
        cmd_evaluate,
        "Score the drafts against the confirmed annotations, leaving each article out in turn.",
    )
    rooted(evaluate, "--seeds", "seeds", "seeds folder")
    evaluate.add_argument(
        "--set",
        type=Path,
        help="also score each part of this evaluation set (e.g. tests/devset), drafted against the seeds' registries",
    )
    report = command("report", cmd_report, "Execute the analysis notebooks; render them to HTML and figure PNGs.")
    rooted(report, "--notebooks", "notebooks")
    rooted(report, "--out", "reports")
    export = command(
        "export",
        cmd_export,
        "Write the package as one SQLite database (with a Datasette metadata.yml beside it), rebuilt from data/.",
    )
    export.add_argument("format", choices=["sqlite"], help="output format")
    rooted(export, "--dir", ".", "package folder")
    rooted(export, "--out", "build/china-iom.db", "database file")
    diff = command(
        "diff",
        cmd_diff,
        "Compare two versions of the package table by table: rows added, removed "
        "and changed (by primary key) and schema changes.",
    )
    diff.add_argument("old", help="package folder, or a git revision of --repo (e.g. v0.1.0, HEAD~1)")
    diff.add_argument("new", help="package folder, or a git revision of --repo")
    diff.add_argument("--markdown", action="store_true", help="Markdown for release notes (default: plain text)")
    rooted(diff, "--repo", ".", "git repository for revisions")
    return top


def _positive(text: str) -> int:
    """A whole number of at least 1 (a count of articles or processes)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of at least 1")
    return int(text)


def _build_out(args: argparse.Namespace) -> str:
    """<root>, or <root>/build/drafts with --include-drafts"""
    return "build/drafts" if args.include_drafts else "."


def _build_cache(args: argparse.Namespace) -> str | None:
    """<root>/.cache/articles, or <root>/.cache/drafts with --include-drafts"""
    if args.no_cache:
        return None
    return ".cache/drafts" if args.include_drafts else ".cache/articles"


def with_root_defaults(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` with every path left out set to its place in the project root (NoProjectError if there is none)."""
    root = None
    for dest, default in args.rooted.items():
        relative = default if isinstance(default, str) else default(args)
        if getattr(args, dest) is None and relative is not None:
            root = root or find_root(args.root)
            setattr(args, dest, root / relative)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code: 0 done, 1 failed, 130 SIGINT (Ctrl-C), 143 SIGTERM.

    Every failure is one line on stderr; the traceback only with --debug or CHINA_IOM_DEBUG=1.
    """
    args = parser().parse_args(argv)
    try:
        with_root_defaults(args)
    except NoProjectError as exc:
        print(f"china-iom {args.command}: {exc}", file=sys.stderr)
        return 2
    debug = args.debug or os.environ.get("CHINA_IOM_DEBUG") == "1"
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, raise_terminated) if main_thread else None
    try:
        return args.func(args)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (errors.Terminated)
        signum = getattr(exc, "signum", signal.SIGINT)
        if debug:
            traceback.print_exc()
        print(
            f"china-iom {args.command}: stopped by {signal.Signals(signum).name}; previous outputs are left as "
            "they were",
            file=sys.stderr,
        )
        return 128 + signum
    except Exception as exc:
        if debug:
            traceback.print_exc()
        print(f"china-iom {args.command}: {describe(exc)}", file=sys.stderr)
        return 1
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
