"""A build refused, interrupted or killed: one clear line, the right exit status, the previous outputs
intact, and no process left behind. The read-only and full disks are real (a tmpfs in a private mount
namespace), since root writes through any chmod."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from china_iom import cli
from china_iom.build.outputs import LOCK, STAGING_PREFIX
from china_iom.synthetic import synth
from conftest import ROOT, SEEDS

ARTICLES = 300  # enough for the worker pool to be running when the signal comes
# The build as `china-iom build`, with the worker pool used however few the articles.
DRIVER = (
    "import sys; from china_iom.build import workers; workers.PARALLEL_FROM = 2; from china_iom.cli import main; "
    "raise SystemExit(main(sys.argv[1:]))"
)
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("many") / "seeds"
    synth(ARTICLES, tree, SEEDS, seed=5)
    return tree


@pytest.fixture
def package(fresh_build: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(fresh_build, out)
    return out


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in [out / "datapackage.json", *sorted((out / "data").iterdir())]}


def _parents() -> dict[int, int]:
    """Parent of every live (not zombie) process, from /proc."""
    parents = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
    return parents


def descendants(pid: int) -> set[int]:
    parents, found, frontier = _parents(), set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pids: set[int]) -> set[int]:
    return pids & set(_parents())


def _start_build(seeds: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, "build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "--jobs", "2"],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _pool_started(proc: subprocess.Popen) -> set[int]:
    """The build's descendants once its fork server, resource tracker and a worker run (polled)."""
    found: set[int] = set()
    while proc.poll() is None and len(found) < 3:
        time.sleep(0.02)
        found = descendants(proc.pid)
    assert len(found) >= 3, f"the build ended before its worker pool ran: {proc.communicate()[1]}"
    time.sleep(0.2)  # let the second worker start too
    return found | descendants(proc.pid)


def _none_left(pids: set[int]) -> None:
    time.sleep(5)
    assert not _alive(pids), f"processes outlived the build: {sorted(_alive(pids))}"


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_build_says_one_line_and_leaves_nothing(many, package, signum, status):
    before = _snapshot(package)
    proc = _start_build(many, package)
    pids = _pool_started(proc)
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)  # Ctrl-C reaches the whole process group
    else:
        proc.send_signal(signum)
    stderr = proc.communicate(timeout=120)[1]
    assert proc.returncode == status, stderr
    assert stderr.splitlines() == [
        f"china-iom build: stopped by {signal.Signals(signum).name}; previous outputs are left as they were"
    ]
    assert _snapshot(package) == before and not list(package.glob(f"{STAGING_PREFIX}*"))
    _none_left(pids)


def test_fork_server_ignores_ctrl_c_from_its_first_instruction():
    """SIGINT is ignored when the fork server is exec'd, so a Ctrl-C while it still imports prints nothing."""
    code = (
        "import multiprocessing.forkserver as f, signal; from china_iom.build import workers\n"
        "with workers.process_pool(1, 'china_iom.check.verify'):\n"
        "    status = open(f'/proc/{f._forkserver._forkserver_pid}/status').read()\n"
        "print(int(status.split('SigIgn:')[1].split()[0], 16) >> (signal.SIGINT - 1) & 1,"
        " signal.getsignal(signal.SIGINT) is signal.default_int_handler)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "True"]  # the fork server ignores it, the caller's handler is back


def test_sigkilled_build_leaves_no_process_and_the_old_package(many, package):
    before = _snapshot(package)
    proc = _start_build(many, package)
    pids = _pool_started(proc)
    proc.kill()
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    _none_left(pids)
    assert _snapshot(package) == before


def test_second_build_into_a_folder_is_refused_naming_the_holder(package, capsys):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(package / LOCK)!r}, os.O_RDWR)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX); os.write(fd, f'{os.getpid()}\\n'.encode())\n"
            "print('locked', flush=True); time.sleep(120)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        before = _snapshot(package)
        assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(package), "--no-cache"]) == 1
        err = capsys.readouterr().err
        assert f"{package / LOCK}: another build (process {holder.pid}) is writing into {package}" in err
        assert _snapshot(package) == before
    finally:
        holder.kill()
        holder.wait()
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(package), "--no-cache"]) == 0  # lock released
    with open(package / LOCK) as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # and released again by the build that held it


def test_out_naming_a_file_is_refused(tmp_path, capsys):
    target = tmp_path / "a-file"
    target.write_text("keep me\n", encoding="utf-8")
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(target)]) == 1
    assert f"{target}: is a file, not a folder; give --out a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize("inside", [".", "out", "registry/out"])
def test_out_inside_the_seeds_is_refused(seeds_copy, inside, capsys):
    before = sorted(p.relative_to(seeds_copy) for p in seeds_copy.rglob("*"))
    out = seeds_copy / inside
    assert cli.main(["build", "--seeds", str(seeds_copy), "--out", str(out)]) == 1
    assert f"{out}: lies inside the seeds folder {seeds_copy}" in capsys.readouterr().err
    assert sorted(p.relative_to(seeds_copy) for p in seeds_copy.rglob("*")) == before


def test_unexpected_error_is_one_line_and_traceback_only_with_debug(monkeypatch, tmp_path, capsys):
    from china_iom.build import command

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(command, "build", broken)
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "china-iom build: RuntimeError: something nobody foresaw; run again with --debug and report the traceback"
    ]
    assert cli.main(["--debug", "build", "--seeds", str(SEEDS), "--out", str(tmp_path)]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path), "--debug"]) == 1  # as the advice reads
    assert "Traceback (most recent call last)" in capsys.readouterr().err
    monkeypatch.setenv("CHINA_IOM_DEBUG", "1")
    assert cli.main(["build", "--seeds", str(SEEDS), "--out", str(tmp_path)]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


# In a private mount namespace: a small tmpfs at $1 holding a copy of the package ($2), then $3 (read-only
# or fill the disk but 64 KiB), then the build; prints its exit status, stderr, and whether the outputs and
# folder are as before.
_SCRIPT = """set -e
mount -t tmpfs -o size=4m tmpfs "$1"
cp -a "$2"/. "$1"/
before=$(cd "$1" && sha256sum datapackage.json data/*)
if [ "$3" = read-only ]; then mount -o remount,ro "$1"; else
  dd if=/dev/zero of="$1/filler" bs=64k 2>/dev/null || true; truncate -s -64K "$1/filler"; fi
set +e
"$4" -m china_iom build --seeds "$5" --out "$1" --no-cache 2>"$1.err"
echo "exit $?"
after=$(cd "$1" && sha256sum datapackage.json data/*)
[ "$before" = "$after" ] && echo "outputs untouched"
ls -a "$1" | grep -q -- "^{staging}" && echo "staging left"
cat "$1.err"
"""


@pytest.mark.parametrize(
    ("disk", "says"),
    [
        ("read-only", "Read-only file system; the file system is read-only; choose a writable folder (--out)"),
        ("full", "No space left on device; the disk is full; free some space and run again"),
    ],
)
def test_read_only_or_full_disk_is_one_line_and_outputs_intact(fresh_build, tmp_path, disk, says):
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        [
            "unshare",
            "-m",
            "--propagation",
            "private",
            "sh",
            "-c",
            _SCRIPT.replace("{staging}", STAGING_PREFIX),
            "sh",
            str(mount),
            str(fresh_build),
            disk,
            sys.executable,
            str(SEEDS),
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert lines[:2] == ["exit 1", "outputs untouched"], result.stdout + result.stderr
    assert len(lines) == 3 and lines[2].startswith(f"china-iom build: {mount}") and lines[2].endswith(says), lines


@pytest.mark.parametrize(
    "argv",
    [["synth", "-3", "--out", "x"], ["synth", "0", "--out", "x"], ["build", "--jobs", "0"], ["check", "--jobs", "-1"]],
)
def test_counts_below_one_are_refused_by_the_parser(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == 2
    assert "give a whole number of at least 1" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
