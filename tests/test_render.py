"""`china-iom render`: review pages for every article, spans from the tables, escaped and well-formed."""

from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from china_iom.build.command import table_rows
from china_iom.cli import main
from china_iom.review.pages import GENERATOR, render
from conftest import SEEDS

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}
SPAN_TABLES = {  # table -> (data-kind, id column)
    "person_mentions": ("person", "person_id"),
    "organization_mentions": ("organization", "organization_id"),
    "topic_mentions": ("topic", "topic_id"),
    "roles": ("role", "role_id"),
    "meeting_sources": ("meeting", "meeting_id"),
    "meeting_date_evidence": ("date", "meeting_id"),
}


class Page(HTMLParser):
    """Checks tag balance and collects the text of every highlighted span."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.open_spans: list[tuple[str, str, str] | None] = []
        self.span_text: dict[tuple[str, str, str], str] = defaultdict(str)
        self.span_refs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.max_nesting = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(tag)
        found = dict(attrs)
        key = (found["data-kind"], found["data-start"], found["data-end"]) if "data-kind" in found else None
        if key:
            self.span_refs[key].update(found["data-ref"].split())
        self.open_spans.append(key)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        self.open_spans.pop()

    def handle_data(self, data):
        keys = [key for key in self.open_spans if key]
        self.max_nesting = max(self.max_nesting, len(keys))
        for key in keys:
            self.span_text[key] += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    assert not page.errors and not page.stack, (path, page.errors, page.stack)
    return page


def check_spans(seeds: Path, out: Path) -> int:
    """Every span row of the tables is a highlight with its exact quote; returns how many were checked."""
    tables = {name: table.to_pylist() for name, table in table_rows(seeds).items()}
    pages = {}
    checked = 0
    for table, (kind, column) in SPAN_TABLES.items():
        for row in tables[table]:
            page = pages.setdefault(row["article_id"], parse(out / f"{row['article_id']}.html"))
            key = (kind, str(row["char_start"]), str(row["char_end"]))
            assert page.span_text[key] == row["quote"], (table, row)
            assert row[column] in page.span_refs[key], (table, row)
            checked += 1
    return checked


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review")
    render(SEEDS, out)
    return out


def test_a_page_for_every_article_and_an_index(rendered):
    articles = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert sorted(p.name for p in rendered.iterdir()) == sorted(["index.html", *(f"{a}.html" for a in articles)])
    index = (rendered / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{a}.html"' in index for a in articles)


def test_every_span_of_the_tables_is_highlighted_with_its_quote(rendered):
    assert check_spans(SEEDS, rendered) > 0


def test_pages_are_well_formed_and_nest_spans(rendered):
    pages = [parse(path) for path in sorted(rendered.glob("*.html"))]
    assert max(page.max_nesting for page in pages) >= 2


def test_output_is_deterministic(rendered, tmp_path):
    render(SEEDS, tmp_path)
    for path in rendered.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


HOSTILE = 'Menu <b>bold</b>\nQin Gang met <script>alert(1)</script> Eve "<img src=x>" & friends. The end.\n'
HOSTILE_YAML = """\
article:
  title: 'Title <script>alert(2)</script> & "quotes"'
  publisher: iom
  sha256: {sha}
  body: {{start: Qin Gang met, end: The end.}}
annotators: [tester]
annotated: 2026-01-01
roles:
  - {{person: qin-gang, title: 'Host <i>x</i>', quote: Qin Gang met}}
meetings:
  - id: hostile-meeting
    kind: exchange
    label: 'Meeting <script>alert(3)</script>'
    participants: [{{person: qin-gang}}, {{person: eve-test}}]
    evidence: ['Gang met <script>alert(1)</script> Eve "<img src=x>"']
    note: '<b>note</b>'
mentions:
  people:
    - {{person: qin-gang, quote: Qin Gang}}
    - {{person: eve-test, quote: 'Eve "<img src=x>"'}}
"""
HOSTILE_PERSON = """
- id: eve-test
  name: 'Eve "<img src=x>"'
  note: '<script>alert(4)</script>'
"""


@pytest.fixture
def hostile_seeds(tmp_path: Path) -> Path:
    """A seeds tree of one article whose text and annotation carry markup, with crossing spans."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS / "registry", seeds / "registry")
    with (seeds / "registry" / "people.yaml").open("a", encoding="utf-8") as people:
        people.write(HOSTILE_PERSON)
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8", newline="\n")
    sha = hashlib.sha256(HOSTILE.encode("utf-8")).hexdigest()
    (seeds / "hostile.yaml").write_text(HOSTILE_YAML.format(sha=sha), encoding="utf-8")
    return seeds


def test_markup_in_text_and_annotations_is_escaped(hostile_seeds, tmp_path):
    out = tmp_path / "review"
    assert main(["render", "--seeds", str(hostile_seeds), "--out", str(out)]) == 0
    for path in out.glob("*.html"):
        html = path.read_text(encoding="utf-8")
        for raw in ("<script", "<img", "<b>bold", "<b>note", "<i>x"):
            assert raw not in html, (path.name, raw)
    page = (out / "hostile.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "Title &lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;quotes&quot;" in page


def test_crossing_and_nested_spans_stay_well_formed(hostile_seeds, tmp_path):
    render(hostile_seeds, tmp_path)
    assert check_spans(hostile_seeds, tmp_path) == 4
    assert parse(tmp_path / "hostile.html").max_nesting == 3  # "Gang": person, role and meeting evidence


def test_stale_pages_are_removed_and_other_files_kept(hostile_seeds, tmp_path):
    out = tmp_path / "review"
    out.mkdir()
    (out / "gone.html").write_text(f'<meta name="generator" content="{GENERATOR}">', encoding="utf-8")
    (out / "mine.html").write_text("<p>not ours</p>", encoding="utf-8")
    render(hostile_seeds, out)
    assert sorted(p.name for p in out.iterdir()) == ["hostile.html", "index.html", "mine.html"]


def test_bad_seeds_are_reported(hostile_seeds, tmp_path, capsys):
    (hostile_seeds / "hostile.txt").write_text(HOSTILE.replace("Eve", "Eva"), encoding="utf-8")
    assert main(["render", "--seeds", str(hostile_seeds), "--out", str(tmp_path / "review")]) == 1
    assert "hostile.yaml" in capsys.readouterr().err
    assert not (tmp_path / "review").exists()
