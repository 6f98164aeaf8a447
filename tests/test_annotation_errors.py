"""A broken annotation is rejected with the file, the line and what is wrong."""

from pathlib import Path

import pytest

from china_iom.corpus import load_corpus
from china_iom.errors import SeedError

ARTICLE = "000_fae1d27c3d7ae36a"


def _break(seeds: Path, old: str, new: str, name: str = f"{ARTICLE}.yaml") -> Path:
    path = seeds / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def _problems(seeds: Path) -> list[str]:
    with pytest.raises(SeedError) as caught:
        load_corpus(seeds)
    return [str(p) for p in caught.value.problems]


def test_unknown_key_names_file_line_and_key(seeds_copy):
    path = _break(seeds_copy, "    kind: bilateral_talks", "    kindd: bilateral_talks")
    line = _line_of(path, "kindd:")
    assert any(p.startswith(f"{path}:{line}:") and "kindd: unknown key" in p for p in _problems(seeds_copy))


def test_wrong_type_is_reported_at_its_line(seeds_copy):
    path = _break(seeds_copy, "annotators: [china-iom-engagements developers]", "annotators: yes")
    line = _line_of(path, "annotators: yes")
    assert any(p.startswith(f"{path}:{line}:") and "annotators" in p for p in _problems(seeds_copy))


def test_missing_required_key_is_reported(seeds_copy):
    path = _break(seeds_copy, "  publisher: people-daily-online\n", "")
    assert any(str(path) in p and "article.publisher: required key is missing" in p for p in _problems(seeds_copy))


def test_invalid_yaml_names_the_line(seeds_copy):
    path = _break(seeds_copy, "roles:\n", "roles: [\n")
    assert any(p.startswith(f"{path}:") and "invalid YAML" in p for p in _problems(seeds_copy))


def test_quote_not_in_text_is_reported_at_the_quote(seeds_copy):
    path = _break(seeds_copy, "quote: Antonio Vitorino}", "quote: Antonio Guterres}")
    line = _line_of(path, "Antonio Guterres")
    assert any(p.startswith(f"{path}:{line}:") and "not found" in p for p in _problems(seeds_copy))


def test_ambiguous_quote_is_reported(seeds_copy):
    path = _break(seeds_copy, "quote: {exact: Qin, suffix: \" spoke\"}", "quote: Qin")
    line = _line_of(path, "quote: Qin}")
    assert any(p.startswith(f"{path}:{line}:") and "ambiguous" in p for p in _problems(seeds_copy))


def test_unknown_person_id_is_reported(seeds_copy):
    path = _break(seeds_copy, "{person: qin-gang, quote: Qin Gang}", "{person: qin-gan, quote: Qin Gang}")
    assert any(str(path) in p and "unknown person id 'qin-gan'" in p for p in _problems(seeds_copy))


def test_quote_that_is_not_an_alias_is_reported(seeds_copy):
    _break(seeds_copy, "{person: qin-gang, quote: Qin Gang}", "{person: antonio-vitorino, quote: Qin Gang}")
    assert any("'Qin Gang' is not a name or alias of 'antonio-vitorino'" in p for p in _problems(seeds_copy))


def test_changed_article_text_is_reported(seeds_copy):
    text = seeds_copy / f"{ARTICLE}.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("Monday", "Tuesday"), encoding="utf-8")
    assert any("article text changed since it was annotated" in p for p in _problems(seeds_copy))


def test_date_at_the_wrong_precision_is_reported(seeds_copy):
    _break(seeds_copy, "    start: 2023-04-03\n", "    start: 2023-04\n")
    assert any("not written at day precision" in p for p in _problems(seeds_copy))


def test_two_registry_entries_claiming_one_alias_are_reported(seeds_copy):
    path = _break(seeds_copy, "aliases: [MA Zhaoxu]", "aliases: [MA Zhaoxu, Qin]", "registry/people.yaml")
    assert any(str(path) in p and "alias 'Qin'" in p and "already claimed" in p for p in _problems(seeds_copy))
