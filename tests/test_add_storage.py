"""`china-iom add` never loses an article: hard-wrapped text, registry edits in every YAML style, drafts with
problems, input refused before anything is written."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import textwrap
from pathlib import Path

import pytest
import yaml

from china_iom.annotation.registry import load_registries, load_registry
from china_iom.annotation.sentences import split_sentences
from china_iom.annotation.yamlsource import parse_yaml
from china_iom.build import corpus
from china_iom.build.command import build
from china_iom.build.resolve import resolve_article
from china_iom.drafting import add as add_module
from china_iom.drafting.add import add_article, summary
from china_iom.drafting.registry_edit import edit_registry
from china_iom.errors import SeedError
from conftest import SEEDS

DAY = dt.date(2026, 1, 5)

# --- sentences: split on sentence ends, not line breaks --------------------------------------------------

WIRE = (
    "BEIJING, May 6 (Xinhua) -- Chinese State Councilor and Foreign Minister Qin Gang met with IOM Director "
    'General Antonio Vitorino on Monday, saying "China supports safe, orderly and regular migration." Vitorino '
    "thanked China. Mr. Li and Dr. Wang attended the talks in Beijing, capital of China."
)


def test_hard_wrapped_text_splits_on_sentence_ends_and_keeps_its_bytes():
    text = "China, IOM hold talks\n" + textwrap.fill(WIRE, 70) + "\nRelated stories\nMore news\n"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert [" ".join(s.split()) for s in sentences] == [
        "China, IOM hold talks",
        "BEIJING, May 6 (Xinhua) -- Chinese State Councilor and Foreign Minister Qin Gang met with IOM Director "
        'General Antonio Vitorino on Monday, saying "China supports safe, orderly and regular migration."',
        "Vitorino thanked China.",
        "Mr. Li and Dr. Wang attended the talks in Beijing, capital of China.",
        "Related stories",
        "More news",
    ]
    assert "\n" in sentences[1] and all(s in text for s in sentences)


@pytest.mark.parametrize("width", range(40, 101, 3))
def test_wrapping_at_any_width_leaves_the_sentences_as_they_were(width):
    text = f"{WIRE} {WIRE}"
    wrapped = textwrap.fill(text, width)
    assert [" ".join(wrapped[s:e].split()) for s, e in split_sentences(wrapped)] == [
        text[s:e] for s, e in split_sentences(text)
    ]


def test_long_lines_are_paragraphs_and_blank_lines_end_sentences():
    text = f"Menu\nNews and media\n{WIRE}\n{WIRE}\n\nShare this\nwith friends\n"
    lines = [text[s:e] for s, e in split_sentences(text)]
    assert lines[:2] == ["Menu", "News and media"] and lines[-2:] == ["Share this", "with friends"]
    assert len(lines) == 4 + 2 * 3


WRAPPED = """China, IOM hold talks

BEIJING, May 6 (Xinhua) -- Chinese State Councilor and Foreign Minister
Qin Gang met with IOM Director General Antonio Vitorino on Monday. Qin
said China supports the leading role of the organization in global
migration governance and in the protection of the rights of migrants.
"""  # wrapped at 71 columns, as textwrap.fill does


def test_a_quote_across_a_line_break_inside_a_sentence_resolves(tmp_path):
    registries = load_registries(SEEDS / "registry")
    annotation = textwrap.dedent(f"""\
        article:
          title: China, IOM hold talks
          publisher: xinhua
          sha256: {hashlib.sha256(WRAPPED.encode()).hexdigest()}
          body: {{start: "BEIJING, May 6", end: "rights of migrants."}}
        annotators: [test]
        annotated: "2026-01-05"
        mentions:
          people:
            - {{person: antonio-vitorino, quote: Antonio Vitorino}}
          topics:
            - {{topic: migration-governance, quote: global migration governance, speakers: [qin-gang]}}
        """)
    resolved = resolve_article(
        "900_wrapped", WRAPPED, parse_yaml(annotation, tmp_path / "900_wrapped.yaml"), registries
    )
    [mention] = resolved.rows["topic_mentions"]
    assert mention["quote"] == "global\nmigration governance"
    assert [row["text"].split()[0] for row in resolved.rows["sentences"]] == ["BEIJING,", "Qin"]
    assert resolved.rows["sentences"][0]["text"].endswith("Monday.")
    assert mention["sentence_id"] == "900_wrapped:002"


# --- registry edits: ruamel.yaml round trip on every style -------------------------------------------------

STYLES = {
    "block list": (
        "- id: a\n  name: A\n  aliases:\n  - x   # first\n  - 'y'\n\n- id: b\n  name: B\n",
        ["x", "y", "NEW"],
    ),
    "indented block list": ('- id: a\n  name: A\n  aliases:\n    - x\n    - "y"  # quoted\n', ["x", "y", "NEW"]),
    "flow list": (
        '# header comment\n- id: a  # the entry\n  name: A\n  aliases: [x, "y, z"]  # kept\n',
        ["x", "y, z", "NEW"],
    ),
    "wrapped flow list": (
        "- id: a\n  name: A\n  aliases: [x, 'y',\n    z]\n  note: >-\n    folded\n    note\n",
        ["x", "y", "z", "NEW"],
    ),
    "empty flow list": ("- id: a\n  name: A\n  aliases: []\n  note: n\n", ["NEW"]),
    "no aliases key": ("- id: a\n  name: A\n  note: n\n", ["NEW"]),
    "null aliases": ("- id: a\n  name: A\n  aliases:\n  note: n\n", ["NEW"]),
    "flow entries": ("[{id: a, name: A, aliases: [x]},\n {id: b, name: B}]\n", ["x", "NEW"]),
    "anchor shared by two entries": (
        "- id: a\n  name: A\n  aliases: &both [x, y]\n- id: b\n  name: B\n  aliases: *both\n",
        ["x", "y", "NEW"],
    ),
    "alias of a shared list": (
        "- id: b\n  name: B\n  aliases: &both [x, y]\n- id: a\n  name: A\n  aliases: *both\n",
        ["x", "y", "NEW"],
    ),
}


@pytest.mark.parametrize("style", STYLES)
def test_an_alias_is_added_in_every_yaml_style(style, tmp_path):
    text, expected = STYLES[style]
    before = yaml.safe_load(text)
    index = next(i for i, entry in enumerate(before) if entry["id"] == "a")
    edited = edit_registry(text, tmp_path / "people.yaml", [(index, "NEW", "why")], [])
    after = yaml.safe_load(edited)
    assert after[index]["aliases"] == expected
    others = [e for i, e in enumerate(after) if i != index]
    assert others == [e for i, e in enumerate(before) if i != index], "another entry changed"
    assert re.search(r"# proposed alias 'NEW': why", edited)
    for comment in re.findall(r"#[^\n]*", text):
        assert comment in edited, f"comment {comment!r} lost"
    load_registry(tmp_path / "people.yaml", "people", edited)  # the project's own loader takes it


def test_new_entries_are_appended_in_the_files_style(tmp_path):
    for text in ("- id: a\n  name: A\n  aliases: []\n", "[{id: a, name: A}]\n", "# nothing yet\n", ""):
        edited = edit_registry(text, tmp_path / "people.yaml", [], [({"id": "b", "name": "B", "aliases": []}, "ev")])
        assert yaml.safe_load(edited)[-1] == {"id": "b", "name": "B", "aliases": [], "proposed": True}
        assert "# proposed by china-iom add; evidence: ...ev..." in edited and edited.startswith(text.rstrip("\n]"))


@pytest.mark.parametrize("kind", ["people", "organizations", "places"])
def test_an_edit_changes_nothing_but_what_it_adds(kind, tmp_path):
    text = (SEEDS / "registry" / f"{kind}.yaml").read_text(encoding="utf-8")
    assert edit_registry(text, tmp_path / f"{kind}.yaml", [], []) == text
    edited = edit_registry(text, tmp_path / f"{kind}.yaml", [(0, "NEW", "why")], [])
    changed = [line for line in edited.splitlines() if line not in text.splitlines()]
    assert len(changed) == 1 and "NEW" in changed[0]


def test_a_registry_that_cannot_be_edited_names_its_own_file_and_line():
    path = SEEDS / "registry" / "people.yaml"
    with pytest.raises(SeedError) as caught:
        edit_registry("- id: a\n  aliases: [x\n", path, [(0, "NEW", "why")], [])
    [problem] = caught.value.problems
    assert problem.file == path and problem.line is not None


# --- drafts that keep their problems --------------------------------------------------------------------------

NO_KNOWN_ORGANIZATION = """Harbour talks on seasonal workers

VALPARAISO, March 3 -- Officials of two port cities met on Monday to discuss seasonal workers.
Mayor Ana Torres said the talks were useful.
"""


def _files(seeds: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in seeds.rglob("*") if p.is_file()}


def test_a_text_naming_no_registered_organization_is_drafted_with_a_null_publisher(seeds_copy, tmp_path):
    source = tmp_path / "port.txt"
    source.write_text(NO_KNOWN_ORGANIZATION, encoding="utf-8")
    added = add_article(source, seeds_copy, today=DAY)
    draft = added.yaml_path.read_text(encoding="utf-8")
    assert "publisher: null" in draft and "problems:" in draft
    assert "article.publisher" in summary(added)
    line = draft.splitlines().index("  publisher: null") + 1
    with pytest.raises(SeedError) as caught:
        build(seeds_copy, tmp_path / "drafts", include_drafts=True)
    assert any(
        p.file == added.yaml_path and p.line == line and "no registered organization" in p.message
        for p in caught.value.problems
    )
    # resolved: the publisher given and the entry deleted, the draft builds
    fixed = draft.replace("publisher: null", "publisher: iom").split("problems:")[0]
    added.yaml_path.write_text(fixed, encoding="utf-8")
    build(seeds_copy, tmp_path / "drafts", include_drafts=True)
    added.yaml_path.write_text(fixed.replace("publisher: iom", "publisher: null"), encoding="utf-8")
    with pytest.raises(SeedError, match="publisher is null"):
        build(seeds_copy, tmp_path / "drafts", include_drafts=True)


def test_a_failure_after_the_text_is_stored_still_writes_the_draft(seeds_copy, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("detector exploded")

    monkeypatch.setattr(add_module, "draft_article", broken)
    source = tmp_path / "new.txt"
    source.write_text("China and IOM\n\nBEIJING (Xinhua) -- IOM met officials.\n", encoding="utf-8")
    added = add_article(source, seeds_copy, today=DAY)
    assert added.text_path.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    draft = yaml.safe_load(added.yaml_path.read_text(encoding="utf-8"))
    assert draft["article"]["title"] == "China and IOM" and "detector exploded" in draft["problems"][0]["message"]
    assert draft["article"]["publisher"] is None and draft["problems"][1]["at"] == "article.publisher"
    assert "detector exploded" in summary(added)
    with pytest.raises(SeedError, match="detector exploded"):
        build(seeds_copy, tmp_path / "drafts", include_drafts=True)


def test_registry_edits_that_would_not_load_are_not_written_and_name_no_temporary_file(
    seeds_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(add_module, "edit_registry", lambda text, path, aliases, entries: text + "- id: [broken\n")
    registries = _files(seeds_copy / "registry")
    source = tmp_path / "new.txt"
    source.write_text(
        "IOM and China\n\nGENEVA, Oct 2 (Xinhua) -- Chinese Vice Foreign Minister Ma Zhaoxu met "
        "with Lena Dahl, Deputy Director General of the International Organization for Migration "
        "(IOM), in Geneva on Tuesday.\n",
        encoding="utf-8",
    )
    added = add_article(source, seeds_copy, today=DAY)
    assert _files(seeds_copy / "registry") == registries
    messages = [message for _, message in added.problems]
    assert any(m.startswith("people.yaml:") and "were not written" in m for m in messages)
    assert not any(re.search(r"/tmp\w+/", m) for m in messages)
    assert "problems:" in added.yaml_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "is empty"),
        (b" \n\n\t\n", "is empty"),
        (b"Caf\xe9 talks in Beijing\n", "UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "UTF-8"),
        (b"x" * 2001 + b"\n", "over the limit of 2000"),
    ],
)
def test_input_that_cannot_be_stored_is_refused_before_anything_is_written(
    content, words, seeds_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 2000)
    before = _files(seeds_copy)
    source = tmp_path / "input.txt"
    source.write_bytes(content)
    with pytest.raises(SeedError, match=words):
        add_article(source, seeds_copy)
    assert _files(seeds_copy) == before


# --- publishers' web domains -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, publisher",
    [
        ("http://en.people.cn/n3/2023/0404/c90000-20001272.html", "people-daily-online"),
        ("https://www.iom.int/news/x", "iom"),
        ("https://iom.int/news/x", "iom"),
        ("https://en.nia.gov.cn/n147413/c160317/content.html", "nia-china"),
        ("https://www.nia.gov.cn/n741440/index.html", "nia-china"),
        ("https://china.iom.int/news/2023/10/17/x", "iom-china"),  # the longest registered domain wins
        ("https://www.mps.gov.cn/n2254098/index.html", None),  # a sibling under gov.cn is not NIA's
        ("https://fakenia.gov.cn/x", None),
        ("https://notiom.int/news", None),
        ("not an address", None),
        (None, None),
    ],
)
def test_the_publisher_is_read_from_the_address(url, publisher):
    assert add_module.publisher_of(url, load_registries(SEEDS / "registry")) == publisher


def test_add_takes_the_publisher_from_the_address_before_the_dateline(seeds_copy, tmp_path):
    source = tmp_path / "new.txt"
    source.write_text(
        "IOM and China\n\nGENEVA, Oct 2 (Xinhua) -- Chinese Vice Foreign Minister Ma Zhaoxu met "
        "officials of the International Organization for Migration (IOM) in Geneva.\n",
        encoding="utf-8",
    )
    added = add_article(source, seeds_copy, url="https://en.people.cn/n3/2024/1003/c90000-1.html", today=DAY)
    assert yaml.safe_load(added.yaml_path.read_text(encoding="utf-8"))["article"]["publisher"] == "people-daily-online"
    assert "from the domain of https://en.people.cn" in summary(added)


def test_a_domain_listed_for_two_organizations_is_refused(seeds_copy):
    path = seeds_copy / "registry" / "organizations.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("domains: [en.people.cn]", "domains: [iom.int]"), encoding="utf-8"
    )
    with pytest.raises(SeedError, match=r"domain 'iom\.int' of 'people-daily-online' is already listed for 'iom'"):
        load_registries(seeds_copy / "registry")


def test_the_seeds_publishers_have_their_domains_in_a_table(fresh_build):
    rows = (fresh_build / "data" / "organization_domains.csv").read_text(encoding="utf-8").splitlines()
    table = dict(reversed(row.strip('"').split('","')) for row in rows[1:])
    assert rows[0] == '"organization_id","domain"'
    assert table["en.people.cn"] == "people-daily-online" and table["iom.int"] == "iom"
    for seed in sorted(SEEDS.glob("[0-9]*.yaml")):
        article = yaml.safe_load(seed.read_text(encoding="utf-8"))["article"]
        if url := article.get("url"):
            host = url.split("/")[2].removeprefix("www.")
            owners = {table[domain] for domain in table if host == domain or host.endswith(f".{domain}")}
            assert owners == {article["publisher"]}, seed.name
