"""Parallel and incremental builds give exactly the output of a full build."""

import contextlib
import hashlib
import pickle
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from china_iom.build.cache import CURRENT, MANIFEST, STAMPS, WRITTEN
from china_iom.build.command import build, table_rows
from china_iom.errors import SeedError
from china_iom.schema import TABLES
from conftest import SEEDS
from conftest import SYNTHETIC as N


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _move(seeds: Path, article_id: str, to: Path) -> None:
    to.mkdir(exist_ok=True)
    for suffix in (".txt", ".yaml"):
        shutil.move(seeds / f"{article_id}{suffix}", to / f"{article_id}{suffix}")


def _edit_title(seeds: Path, article_id: str, word: str) -> None:
    path = seeds / f"{article_id}.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("(synthetic no.", f"({word}; synthetic no.", 1), encoding="utf-8"
    )


def _unreferenced(out: Path) -> list[str]:
    """Articles whose meetings no other article names (removing one leaves no dangling reference)."""
    data = out / "data"
    meetings = pd.read_csv(data / "meetings.csv")
    owner = meetings.set_index("meeting_id")["defined_in_article_id"]
    uses = [
        pd.read_csv(data / "meeting_sources.csv")[["meeting_id", "article_id"]],
        pd.read_csv(data / "topic_mentions.csv")[["meeting_id", "article_id"]].dropna(),
        meetings[["parent_meeting_id", "defined_in_article_id"]]
        .dropna()
        .set_axis(["meeting_id", "article_id"], axis=1),
    ]
    refs = pd.concat(uses)
    refs = refs[refs["article_id"] != refs["meeting_id"].map(owner)]
    named = set(refs["meeting_id"].map(owner))
    return sorted(set(pd.read_csv(data / "articles.csv")["article_id"]) - named)


def test_a_parallel_build_writes_the_tables_made_in_memory(synthetic, tmp_path, parallel):
    """The build's files (resolved on worker processes, written slice by slice) hold the tables ``table_rows``
    makes at once in one process."""
    build(synthetic, tmp_path / "out", jobs=2)
    tables = table_rows(synthetic)
    assert list(tables) == [table.name for table in TABLES]
    for name, table in tables.items():
        assert pq.read_table(tmp_path / "out" / "data" / f"{name}.parquet").equals(table), name


def test_change_add_and_remove_rebuild_only_what_changed(synthetic, tmp_path, parallel):
    build(synthetic, tmp_path / "all")
    removable = _unreferenced(tmp_path / "all")
    added, removed = removable[-1], removable[0]
    changed = next(a for a in sorted(p.stem for p in synthetic.glob("syn*.yaml")) if a not in (added, removed))
    seeds, aside, cache = tmp_path / "seeds", tmp_path / "aside", tmp_path / "cache"
    shutil.copytree(synthetic, seeds)
    _move(seeds, added, aside)
    assert build(seeds, tmp_path / "inc", cache=cache).resolved == N - 1
    _edit_title(seeds, changed, "edited")
    _move(aside, added, seeds)
    _move(seeds, removed, aside)
    assert build(seeds, tmp_path / "inc", cache=cache, jobs=2).resolved == 2
    assert build(seeds, tmp_path / "full").resolved == N - 1
    assert _snapshot(tmp_path / "inc") == _snapshot(tmp_path / "full")
    articles = pd.read_csv(tmp_path / "inc" / "data" / "articles.csv").set_index("article_id")
    assert added in articles.index and removed not in articles.index
    assert "edited" in articles.loc[changed, "title"]
    assert build(seeds, tmp_path / "again", cache=cache).resolved == 0
    assert _snapshot(tmp_path / "again") == _snapshot(tmp_path / "full")


def test_a_broken_changed_article_is_located_and_changes_nothing(synthetic, tmp_path):
    seeds, cache, out = tmp_path / "seeds", tmp_path / "cache", tmp_path / "out"
    shutil.copytree(synthetic, seeds)
    build(seeds, out, cache=cache)
    before = _snapshot(out)
    path = sorted(seeds.glob("syn*.yaml"))[5]
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.lstrip().startswith("title:"))
    lines[number] = lines[number].replace("title:", "titel:", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        build(seeds, out, cache=cache)
    assert {p.file for p in caught.value.problems} == {path}
    assert any(p.line == number + 1 and "titel" in p.message for p in caught.value.problems), caught.value
    assert _snapshot(out) == before


def test_a_meeting_defined_again_next_to_cached_articles_is_located(synthetic, tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(synthetic, seeds)
    build(seeds, tmp_path / "out", cache=cache)
    meetings = pd.read_csv(tmp_path / "out" / "data" / "meetings.csv")
    first, second = meetings["defined_in_article_id"].drop_duplicates().sort_values().iloc[:2]
    taken = meetings.loc[meetings["defined_in_article_id"] == first, "meeting_id"].iloc[0]
    mine = meetings.loc[meetings["defined_in_article_id"] == second, "meeting_id"].iloc[0]
    path = seeds / f"{second}.yaml"
    text = path.read_text(encoding="utf-8")
    line = text[: text.index(f"id: {mine}")].count("\n") + 1
    path.write_text(text.replace(f"id: {mine}", f"id: {taken}", 1), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        build(seeds, tmp_path / "out", cache=cache)
    assert any(
        p.file == path and p.line == line and f"already defined in {first}.yaml" in p.message
        for p in caught.value.problems
    ), caught.value


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("sentences.arrow", b"not arrow"),
        ("manifest.pickle", pickle.dumps(["a manifest of", "another format"])),
    ],
)
def test_a_damaged_cache_counts_as_empty(synthetic, tmp_path, name, damage):
    cache = tmp_path / "cache"
    build(synthetic, tmp_path / "a", cache=cache)
    generation = cache / (cache / CURRENT).read_text(encoding="utf-8").split()[0]
    (generation / name).write_bytes(damage)
    assert build(synthetic, tmp_path / "b", cache=cache).resolved == N
    assert _snapshot(tmp_path / "b") == _snapshot(tmp_path / "a")
    assert build(synthetic, tmp_path / "c", cache=cache).resolved == 0


def test_a_cache_written_by_another_version_counts_as_empty(synthetic, tmp_path):
    """Its pickles name a class this version keeps elsewhere or no longer has: every article is resolved again."""
    cache = tmp_path / "cache"
    build(synthetic, tmp_path / "a", cache=cache)
    name = (cache / CURRENT).read_text(encoding="utf-8").split()[0]
    gone = b"cchina_iom.gone\nEntry\n."  # a pickled reference to a module that does not exist
    for path in (cache / name / MANIFEST, cache / name / STAMPS, cache / WRITTEN):
        path.write_bytes(gone)
    (cache / CURRENT).write_text(f"{name} {hashlib.sha256(gone).hexdigest()}", encoding="utf-8")
    assert build(synthetic, tmp_path / "b", cache=cache).resolved == N
    assert _snapshot(tmp_path / "b") == _snapshot(tmp_path / "a")


@pytest.mark.parametrize("name", ["meetings.arrow", "manifest.pickle"])
def test_one_flipped_byte_in_the_cache_is_resolved_again_not_published(tmp_path, name):
    """Arrow IPC has no checksums: the manifest's SHA-256 of each file catches what pyarrow reads happily."""
    cache = tmp_path / "cache"
    build(SEEDS, tmp_path / "a", cache=cache)
    path = cache / (cache / CURRENT).read_text(encoding="utf-8").split()[0] / name
    data = path.read_bytes()
    at = data.index(b"Fourth CICA Summit") if name == "meetings.arrow" else len(data) // 2
    path.write_bytes(data[:at] + bytes([data[at] ^ 0x1E]) + data[at + 1 :])  # "F" -> "X"
    assert build(SEEDS, tmp_path / "b", cache=cache).resolved == 5
    build(SEEDS, tmp_path / "uncached", cache=None)
    assert _snapshot(tmp_path / "b") == _snapshot(tmp_path / "uncached") == _snapshot(tmp_path / "a")
    assert b"Xourth" not in (tmp_path / "b" / "data" / "meetings.csv").read_bytes()


def test_links_are_checked_again_only_when_meeting_ids_or_references_change(synthetic, tmp_path, monkeypatch):
    from china_iom.build import seed_rows

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(synthetic, seeds)
    build(seeds, tmp_path / "out", cache=cache)
    calls = []
    check_corpus = seed_rows.check_corpus
    monkeypatch.setattr(seed_rows, "check_corpus", lambda *args: calls.append(args) or check_corpus(*args))
    changed = sorted(p.stem for p in seeds.glob("syn*.yaml"))[2]
    _edit_title(seeds, changed, "edited")
    assert build(seeds, tmp_path / "out", cache=cache).resolved == 1
    assert calls == []
    path = seeds / f"{changed}.yaml"
    text = path.read_text(encoding="utf-8")
    last = text.rindex("\n- id: ") + len("\n- id: ")
    path.write_text(text[:last] + "renamed-" + text[last:], encoding="utf-8")
    with contextlib.suppress(SeedError):  # whether another article named the old id does not matter: the check ran
        build(seeds, tmp_path / "out", cache=cache)
    assert len(calls) == 1
    path.write_text(text, encoding="utf-8")
    people = seeds / "registry" / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert build(seeds, tmp_path / "out", cache=cache).resolved == N
    assert len(calls) == 2, "links checked under other registries (or code) are not reused"


def test_a_rebuild_reuses_the_files_of_tables_none_of_whose_rows_changed(synthetic, tmp_path, monkeypatch):
    from china_iom.build import command as build_module

    seeds, cache, out = tmp_path / "seeds", tmp_path / "cache", tmp_path / "out"
    shutil.copytree(synthetic, seeds)
    build(seeds, out, cache=cache)
    inodes = {p.name: p.stat().st_ino for p in (out / "data").iterdir()}
    _edit_title(seeds, sorted(p.stem for p in seeds.glob("syn*.yaml"))[3], "edited")
    derived = []
    monkeypatch.setattr(build_module, "derive", lambda *args: derived.append(args) or pytest.fail("derive ran"))
    assert build(seeds, out, cache=cache).resolved == 1
    monkeypatch.undo()
    assert derived == []
    kept = {p.name for p in (out / "data").iterdir() if p.stat().st_ino == inodes[p.name]}
    # the title is in articles only, and derive() reads no title: every other table's files are the same
    # files, linked, and derive() is not run again
    assert kept == set(inodes) - {"articles.csv", "articles.parquet"}
    assert build(seeds, tmp_path / "full").resolved == N
    assert _snapshot(out) == _snapshot(tmp_path / "full")
    (out / "data" / "people.csv").write_bytes((out / "data" / "people.csv").read_bytes())  # touched: written again
    inode = (out / "data" / "people.csv").stat().st_ino
    _edit_title(seeds, sorted(p.stem for p in seeds.glob("syn*.yaml"))[3], "again")
    build(seeds, out, cache=cache)
    assert (out / "data" / "people.csv").stat().st_ino != inode
    assert (out / "data" / "people.parquet").stat().st_ino != inodes["people.parquet"]
    assert (out / "data" / "places.csv").stat().st_ino == inodes["places.csv"]


def test_a_publication_date_changed_rewrites_the_meeting_windows_it_bounds(tmp_path):
    """Only articles' rows change, yet the derived windows of the meetings they report move with them."""
    seeds, cache, out = tmp_path / "seeds", tmp_path / "cache", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    build(seeds, out, cache=cache)
    before = pd.read_csv(out / "data" / "meetings.csv").set_index("meeting_id")["date_latest"]
    path = seeds / "001_5f733940bec9999d.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("start: 2023-04-06", "start: 2023-04-07", 1), encoding="utf-8"
    )
    assert build(seeds, out, cache=cache).resolved == 1
    build(seeds, tmp_path / "full", cache=None)
    assert _snapshot(out / "data") == _snapshot(tmp_path / "full" / "data")
    after = pd.read_csv(out / "data" / "meetings.csv").set_index("meeting_id")["date_latest"]
    assert (before != after).any(), "the publication date bounds no meeting window: the test proves nothing"
