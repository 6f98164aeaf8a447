"""Bounded, deterministic fuzzing of the annotation loader with random edits of the real seed files.

Every mutant either loads or is refused with a SeedError whose problems name a
line of the mutated file (or, for a registry, of a registry that now refers to a
missing entry); nothing else (no traceback, no problem without a line).
"""

from __future__ import annotations

import random
import shutil
from collections import Counter
from pathlib import Path

from china_iom.annotation.registry import load_registries
from china_iom.annotation.yamlsource import parse_yaml, read_utf8
from china_iom.build.corpus import check_links
from china_iom.build.resolve import resolve_article
from china_iom.errors import Problem, SeedError
from conftest import SEEDS

ITERATIONS = 200
SEED = 20261123
# Printable and odd characters a slip of the keyboard (or a bad copy-paste) could bring in.
ODD = "\t\x07\x00\x1b\u00a0\u200b\u2028\ufeff\ufffe\U0001f600é中#:-[]{}&*!|>'\"%@`,?"


def _delete_line(rng: random.Random, lines: list[str]) -> None:
    del lines[rng.randrange(len(lines))]


def _duplicate_line(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])


def _swap_characters(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    if len(lines[i]) > 1:
        k = rng.randrange(len(lines[i]) - 1)
        lines[i] = lines[i][:k] + lines[i][k + 1] + lines[i][k] + lines[i][k + 2 :]


def _reindent(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    stripped = lines[i].lstrip(" ")
    lines[i] = " " * max(0, len(lines[i]) - len(stripped) + rng.choice([-4, -2, -1, 1, 2, 4])) + stripped


def _insert_unicode(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    k = rng.randrange(len(lines[i]) + 1)
    char = (
        rng.choice(ODD)
        if rng.random() < 0.7
        else chr(rng.choice([rng.randrange(0x20, 0xD800), rng.randrange(0xE000, 0x110000)]))
    )
    lines[i] = lines[i][:k] + char + lines[i][k:]


MUTATIONS = (_delete_line, _duplicate_line, _swap_characters, _reindent, _insert_unicode)


def mutate(rng: random.Random, text: str) -> tuple[str, list[str]]:
    """``text`` with one to three random edits, and their names."""
    lines = text.split("\n")
    applied = []
    for mutation in rng.choices(MUTATIONS, k=rng.randint(1, 3)):
        mutation(rng, lines)
        applied.append(mutation.__name__.lstrip("_"))
    return "\n".join(lines), applied


def _bad_problems(problems: list[Problem], texts: dict[Path, str]) -> list[Problem]:
    """Problems that do not point at a line of one of the files loaded (``texts``, as loaded)."""
    return [
        p for p in problems if p.file not in texts or p.line is None or not 1 <= p.line <= texts[p.file].count("\n") + 1
    ]


def _load_article(path: Path, text: str, registries, others) -> None:
    doc = parse_yaml(text, path)
    article = resolve_article(path.stem, read_utf8(path.with_suffix(".txt")), doc, registries)
    problems = [p for p in check_links([a.links() for a in (article, *others)]) if p.file == path]
    if problems:
        raise SeedError(problems)


def test_random_edits_of_annotations_are_loaded_or_refused_cleanly(tmp_path, capsys):
    rng = random.Random(SEED)
    registry_dir = tmp_path / "registry"
    shutil.copytree(SEEDS / "registry", registry_dir)
    registries = load_registries(registry_dir)
    articles = {
        p: resolve_article(p.stem, read_utf8(p.with_suffix(".txt")), parse_yaml(read_utf8(p), p), registries)
        for p in sorted(SEEDS.glob("0*.yaml"))
    }
    targets = [*articles, *sorted(registry_dir.glob("*.yaml"))]
    outcomes: Counter[str] = Counter()
    for iteration in range(ITERATIONS):
        path = rng.choice(targets)
        original = read_utf8(path)
        text, applied = mutate(rng, original)
        where = f"iteration {iteration}: {path.name} after {applied}"
        try:
            if path.parent == registry_dir:
                path.write_text(text, encoding="utf-8")
                load_registries(registry_dir)
            else:
                _load_article(path, text, registries, [a for p, a in articles.items() if p != path])
            outcomes["loaded"] += 1
        except SeedError as exc:
            assert exc.problems, where
            loaded = {p: p.read_text(encoding="utf-8") for p in registry_dir.glob("*.yaml")} | {path: text}
            assert _bad_problems(exc.problems, loaded) == [], f"{where}: {exc}"
            outcomes["refused"] += 1
        finally:
            if path.parent == registry_dir:
                path.write_text(original, encoding="utf-8")
    with capsys.disabled():
        print(
            f"\nfuzz: {ITERATIONS} mutants of {len(targets)} seed files (seed {SEED}): "
            f"{outcomes['refused']} refused with file and line, {outcomes['loaded']} loaded"
        )
    assert outcomes["refused"] > ITERATIONS // 2
