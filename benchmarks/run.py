"""Benchmark: build and check synthetic corpora of growing size; print stage times, floors and peak memory.

    .venv/bin/python benchmarks/run.py                 # 1,000, 10,000 and 100,000 articles
    .venv/bin/python benchmarks/run.py 300 3000        # a quick run
    .venv/bin/python benchmarks/run.py 10000 --baseline ../main/.venv/bin/china-iom   # against another checkout

Each size runs in its own process (peak memory is that process's and its workers'
``ru_maxrss``), and the own checks in a process of their own. Synthetic seeds trees
are kept in ``benchmarks/.work`` and reused. The build's stages are wall time; the
workers' steps are CPU time summed over the worker processes.
Floors, measured in the same run: parsing every annotation file with the fastest
PyYAML loader (libyaml) on one core, and pyarrow writing the same tables as CSV and
Parquet with default options. The check: the fast check alone and the own checks
alone (each in a process of its own, with its peak memory), ``china-iom check`` as
a user runs it (both at once), and Frictionless on the same package for its rows
per second. ``--baseline`` times another checkout's ``china-iom build`` on the same
tree in the same run (e.g. the code before a change).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

WORK = ROOT / "benchmarks" / ".work"


def synthetic_tree(count: int, seed: int, jobs: int) -> Path:
    """The synthetic seeds tree of ``count`` articles, generated once."""
    from china_iom.synthetic import synth

    tree = WORK / f"synth-{count}-s{seed}"
    if not tree.is_dir():
        partial = tree.with_name(tree.name + ".tmp")
        shutil.rmtree(partial, ignore_errors=True)
        synth(count, partial, ROOT / "seeds", seed=seed, jobs=jobs)
        partial.rename(tree)
    return tree


def _timed(func, *args, **kwargs) -> float:
    start = time.perf_counter()
    func(*args, **kwargs)
    return time.perf_counter() - start


def _parse_floor(tree: Path) -> float:
    """Seconds to parse every annotation file with libyaml (or the fastest loader there is), one core."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for path in sorted(tree.glob("*.yaml")):
        if path.stem != "package":
            yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return time.perf_counter() - start


def write_floor(data: Path, folder: Path) -> float:
    """Seconds for pyarrow to write the built tables as CSV and Parquet with default options (one at a time)."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    seconds = 0.0
    for path in sorted(data.glob("*.parquet")):
        table = pq.read_table(path)
        start = time.perf_counter()
        pacsv.write_csv(table, folder / f"{path.stem}.csv")
        pq.write_table(table, folder / f"{path.stem}.parquet")
        seconds += time.perf_counter() - start
    return seconds


def own_checks(root: Path, tree: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of ``china-iom check``'s own checks (run in a process of their own).

    The peak is the process's high-water mark (VmHWM): its ``ru_maxrss`` would start
    at the size of the parent it was forked from, whatever it ran after ``exec``.
    """
    from china_iom.check.verify import verify_package

    seconds = _timed(verify_package, root, tree)
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return seconds, int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024


def fast_check(root: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of the fast check alone (in a process of its own)."""
    from china_iom.check.frictionless_rules import fast_problems

    seconds = _timed(fast_problems, root)
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return seconds, int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024


def _cli(*args: str) -> float:
    """Seconds of a command (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def touch_one_article(tree: Path) -> None:
    """Change one article's annotation (its title) without making it invalid."""
    path = sorted(tree.glob("syn*.yaml"))[len(list(tree.glob("syn*.yaml"))) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("(synthetic no.", "(edited; synthetic no.", 1), encoding="utf-8")


def measure(
    count: int,
    seed: int,
    jobs: int,
    incremental: bool,
    frictionless: bool,
    csv_frictionless: bool,
    baseline: str | None = None,
    parse_floor: bool = True,
) -> dict:
    """Every figure for one size (run in a child process)."""
    from china_iom.build.command import build
    from china_iom.check.command import frictionless_problems

    tree = synthetic_tree(count, seed, jobs)
    figures: dict = {"articles": count, "jobs": jobs}
    with tempfile.TemporaryDirectory(prefix="bench-", dir=WORK) as scratch:
        scratch = Path(scratch)
        summary = build(tree, scratch / "out", jobs=jobs, cache=None)
        figures["peak MB (build)"] = _peak_mb()
        figures["stages"] = summary.seconds
        figures["worker steps"] = summary.worker_seconds
        figures["build"] = sum(summary.seconds.values())
        figures["rows"] = sum(summary.rows.values())
        figures["frictionless"] = _timed(frictionless_problems, scratch / "out") if frictionless else None
        figures["frictionless, CSV only"] = (
            _timed(frictionless_problems, scratch / "out", ("csv",), jobs) if csv_frictionless else None
        )
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            checked = pool.submit(own_checks, scratch / "out", tree).result()
        figures["own checks (check)"], figures["peak MB (own checks)"] = checked
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            figures["fast check"], figures["peak MB (fast check)"] = pool.submit(fast_check, scratch / "out").result()
        command = str(Path(sys.executable).with_name("china-iom"))
        figures["china-iom check"] = _cli(command, "check", str(scratch / "out"), "--seeds", str(tree))
        if baseline:
            shutil.rmtree(scratch / "out")
            figures["baseline build"] = _cli(
                baseline,
                "build",
                "--seeds",
                str(tree),
                "--out",
                str(scratch / "out"),
                "--no-cache",
                "--jobs",
                str(jobs),
            )
        figures["parse floor"] = _parse_floor(tree) if parse_floor else None
        (scratch / "floor").mkdir()
        figures["write floor"] = write_floor(scratch / "out" / "data", scratch / "floor")
        if incremental:
            edited = scratch / "seeds"
            shutil.copytree(tree, edited)
            cache = scratch / "cache"
            figures["cold cache build"] = _timed(build, edited, scratch / "inc", jobs=jobs, cache=cache)
            touch_one_article(edited)
            start = time.perf_counter()
            rebuilt = build(edited, scratch / "inc", jobs=jobs, cache=cache)
            figures["incremental build"] = time.perf_counter() - start
            figures["re-resolved"] = rebuilt.resolved
    figures["peak MB"] = _peak_mb()
    return figures


def _peak_mb() -> float:
    """Peak resident memory so far of this process or its largest child, in MB."""
    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def _sum(figures: dict, frictionless: str) -> str:
    """Seconds of a frictionless run plus the own checks, or '-' where it was not run."""
    if not figures[frictionless]:
        return "-"
    return f"{figures[frictionless] + figures['own checks (check)']:.2f}"


def report(all_figures: list[dict]) -> str:
    """The table of figures, one column per size."""
    columns = [f"{f['articles']:,}" for f in all_figures]
    lines = [f"{'':56}" + "".join(f"{c:>14}" for c in columns)]

    def row(label: str, values: list) -> None:
        lines.append(f"{label:56}" + "".join(f"{v:>14}" for v in values))

    def seconds(key: str, get=lambda f, k: f.get(k)) -> None:
        row(f"{key} (s)", [f"{get(f, key):.2f}" if get(f, key) is not None else "-" for f in all_figures])

    for stage in all_figures[0]["stages"]:
        seconds(f"build: {stage}", lambda f, k: f["stages"].get(k.removeprefix("build: ")))
    for step in all_figures[0]["worker steps"]:
        seconds(f"  workers' CPU: {step}", lambda f, k: f["worker steps"].get(k.removeprefix("  workers' CPU: ")))
    seconds("build")
    seconds("baseline build")
    row(
        "build / baseline build",
        [f"{f['build'] / f['baseline build']:.2f}" if f.get("baseline build") else "-" for f in all_figures],
    )
    seconds("fast check")
    row("  rows per second (CSV + Parquet)", [f"{f['rows'] * 2 / f['fast check']:.0f}" for f in all_figures])
    row("  peak memory (MB)", [f"{f['peak MB (fast check)']:.0f}" for f in all_figures])
    seconds("china-iom check")
    row(
        "  = fast check and own checks at once; peak memory at most (MB)",
        [f"{f['peak MB (fast check)'] + f['peak MB (own checks)']:.0f}" for f in all_figures],
    )
    seconds("frictionless")
    row(
        "  rows per second",
        [f"{f['rows'] * 2 / f['frictionless']:.0f}" if f["frictionless"] else "-" for f in all_figures],
    )
    row(
        "  fast check, times faster",
        [f"{f['frictionless'] / f['fast check']:.0f}" if f["frictionless"] else "-" for f in all_figures],
    )
    seconds("frictionless, CSV only")
    row(
        "  rows per second",
        [f"{f['rows'] / f['frictionless, CSV only']:.0f}" if f["frictionless, CSV only"] else "-" for f in all_figures],
    )
    seconds("own checks (check)")
    row("check --frictionless = frictionless + own checks (s)", [_sum(f, "frictionless") for f in all_figures])
    row(
        "check --frictionless --csv-only = the same, CSV only (s)",
        [_sum(f, "frictionless, CSV only") for f in all_figures],
    )
    seconds("parse floor")
    seconds("write floor")
    row(
        "build / (parse floor + write floor)",
        [f"{f['build'] / (f['parse floor'] + f['write floor']):.2f}" if f["parse floor"] else "-" for f in all_figures],
    )
    row("articles per second (build)", [f"{f['articles'] / f['build']:.0f}" for f in all_figures])
    seconds("cold cache build")
    seconds("incremental build")
    row(
        "full build / incremental build",
        [f"{f['build'] / f['incremental build']:.1f}" if "incremental build" in f else "-" for f in all_figures],
    )
    row("articles re-resolved", [f.get("re-resolved", "-") for f in all_figures])
    row("table rows", [f"{f['rows']:,}" for f in all_figures])
    row("peak memory after the full build (MB)", [f"{f['peak MB (build)']:.0f}" for f in all_figures])
    row("peak memory of the own checks (check) (MB)", [f"{f['peak MB (own checks)']:.0f}" for f in all_figures])
    row("peak memory of the whole run (MB)", [f"{f['peak MB']:.0f}" for f in all_figures])
    for before, after in pairwise(all_figures):
        lines.append(
            f"x{after['articles'] / before['articles']:.0f} articles: build time x"
            f"{after['build'] / before['build']:.1f}, own checks x"
            f"{after['own checks (check)'] / before['own checks (check)']:.1f}, fast check x"
            f"{after['fast check'] / before['fast check']:.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    from china_iom.build.workers import default_jobs

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument(
        "--incremental-up-to",
        type=int,
        default=10_000,
        help="measure the incremental rebuild for sizes up to this (default: %(default)s)",
    )
    parser.add_argument(
        "--frictionless-up-to",
        type=int,
        default=1_000,
        help="run frictionless validate for sizes up to this (default: %(default)s)",
    )
    parser.add_argument(
        "--csv-frictionless-up-to",
        type=int,
        default=10_000,
        help="run frictionless on the CSV resources, on --jobs processes (check --csv-only), for "
        "sizes up to this (default: %(default)s)",
    )
    parser.add_argument(
        "--baseline",
        help="another checkout's china-iom command, whose build is timed on the same "
        "trees (e.g. ../main/.venv/bin/china-iom)",
    )
    parser.add_argument(
        "--baseline-up-to",
        type=int,
        default=10_000,
        help="time the baseline build for sizes up to this (default: %(default)s)",
    )
    parser.add_argument(
        "--parse-floor-up-to",
        type=int,
        default=10_000,
        help="measure the parse floor (one core) for sizes up to this (default: %(default)s)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(
            json.dumps(
                measure(
                    args.one,
                    args.seed,
                    args.jobs,
                    args.one <= args.incremental_up_to,
                    args.one <= args.frictionless_up_to,
                    args.one <= args.csv_frictionless_up_to,
                    args.baseline if args.one <= args.baseline_up_to else None,
                    args.one <= args.parse_floor_up_to,
                )
            )
        )
        return
    figures = []
    for size in args.sizes:
        command = [
            sys.executable,
            __file__,
            "--one",
            str(size),
            "--seed",
            str(args.seed),
            "--jobs",
            str(args.jobs),
            "--incremental-up-to",
            str(args.incremental_up_to),
            "--frictionless-up-to",
            str(args.frictionless_up_to),
            "--csv-frictionless-up-to",
            str(args.csv_frictionless_up_to),
            "--baseline-up-to",
            str(args.baseline_up_to),
            "--parse-floor-up-to",
            str(args.parse_floor_up_to),
        ] + (["--baseline", args.baseline] if args.baseline else [])
        result = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
        figures.append(json.loads(result.stdout.strip().splitlines()[-1]))
        print(f"measured {size:,} articles", file=sys.stderr, flush=True)
    print(report(figures))


if __name__ == "__main__":
    main()
