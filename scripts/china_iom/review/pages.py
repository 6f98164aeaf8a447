"""Static HTML pages for reviewing annotations: one page per article plus an index.

Pages are made from the same rows as the tables (``build.command.table_rows``): every
highlighted span is a row's offsets, never a quote resolved again. The article
text is cut at every span, sentence and body boundary; each piece is wrapped in
one element per span covering it, so overlapping and nested spans always give
well-formed HTML. No JavaScript, no network resources; output is deterministic.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from china_iom.annotation.yamlsource import read_utf8
from china_iom.build.command import table_rows

Row = dict[str, Any]
Rows = dict[str, list[Row]]

GENERATOR = "china-iom render"

# Span kind -> (label, table, id column, anchor prefix); outer kinds first when ranges tie.
SPAN_KINDS: dict[str, tuple[str, str, str, str]] = {
    "meeting": ("meeting evidence", "meeting_sources", "meeting_id", "meeting"),
    "role": ("role evidence", "roles", "role_id", "role"),
    "date": ("date evidence", "meeting_date_evidence", "meeting_id", "meeting"),
    "person": ("person mention", "person_mentions", "person_id", "person"),
    "organization": ("organization mention", "organization_mentions", "organization_id", "organization"),
    "topic": ("topic mention", "topic_mentions", "topic_id", "topic"),
}
RANK = {kind: i for i, kind in enumerate(SPAN_KINDS)}
MAX_LEVEL = 6

# Registry table, its entity (id column, alias table and anchor prefix are named after it).
ENTITIES = (("people", "person"), ("organizations", "organization"), ("places", "place"), ("topics", "topic"))
PREFIX = dict(ENTITIES)
COUNTED = (
    ("sentences", "sentences"),
    ("person_mentions", "person mentions"),
    ("organization_mentions", "organization mentions"),
    ("topic_mentions", "topic mentions"),
    ("roles", "roles"),
    ("meeting_sources", "meeting evidence"),
)


@dataclass(frozen=True)
class Span:
    """Highlighted characters ``start:end`` of one kind, pointing at one or more entries."""

    kind: str
    start: int
    end: int
    refs: tuple[str, ...]  # ids (entity, role or meeting), in table order

    @property
    def anchor(self) -> str:
        """Id of the span's first piece in the text."""
        return f"span-{self.kind}-{self.start}-{self.end}"

    def target(self, ref: str) -> str:
        """Anchor of the entry ``ref`` on the page."""
        return f"{SPAN_KINDS[self.kind][3]}-{ref}"

    def contains(self, other: Span) -> bool:
        """Whether ``other`` nests inside this span (ties broken by kind)."""
        inside = self.start <= other.start and other.end <= self.end
        same = (self.start, self.end) == (other.start, other.end)
        return inside and (not same or RANK[self.kind] < RANK[other.kind])


@dataclass(frozen=True)
class Review:
    """Rows of the tables grouped for rendering, and entities by id."""

    rows: Rows
    entities: dict[str, dict[str, Row]]
    aliases: dict[str, dict[str, list[str]]]
    meetings: dict[str, Row]

    def of(self, table: str, article_id: str) -> list[Row]:
        """Rows of ``table`` that belong to one article."""
        return [row for row in self.rows[table] if row["article_id"] == article_id]

    def name(self, table: str, entity_id: str | None) -> str:
        """Display name of an entity (name or label), or its id if unknown."""
        entity = self.entities[table].get(entity_id or "", {})
        return entity.get("name") or entity.get("label") or entity_id or ""


def review_data(seeds: Path) -> Review:
    """The tables built from ``seeds`` as rows, with entities and aliases indexed by id."""
    rows = {name: table.to_pylist() for name, table in table_rows(seeds).items()}
    entities, aliases = {}, {}
    for table, entity in ENTITIES:
        entities[table] = {row[f"{entity}_id"]: row for row in rows[table]}
        aliases[table] = defaultdict(list)
        for row in rows[f"{entity}_aliases"]:
            aliases[table][row[f"{entity}_id"]].append(row["alias"])
    return Review(rows, entities, aliases, {row["meeting_id"]: row for row in rows["meetings"]})


def article_spans(review: Review, article_id: str) -> list[Span]:
    """Every span of an article, one per kind and range, sorted by position."""
    refs: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for kind, (_, table, column, _) in SPAN_KINDS.items():
        for row in review.of(table, article_id):
            refs[(kind, row["char_start"], row["char_end"])].append(row[column])
    spans = [Span(kind, start, end, tuple(ids)) for (kind, start, end), ids in refs.items()]
    return sorted(spans, key=lambda s: (s.start, -s.end, RANK[s.kind]))


def nesting_levels(spans: list[Span]) -> dict[Span, int]:
    """How many spans deep each span's contents go (0 for a span with none inside)."""
    levels: dict[Span, int] = {}
    for span in sorted(spans, key=lambda s: (s.end - s.start, -RANK[s.kind])):
        inner = [levels[other] + 1 for other in levels if span.contains(other)]
        levels[span] = max(inner, default=0)
    return levels


def e(value: Any) -> str:
    """Escaped text of a value (empty for None), safe in content and quoted attributes."""
    return "" if value is None else escape(str(value), quote=True)


def span_title(span: Span) -> str:
    """Tooltip lines of a span: its type and each id."""
    return "\n".join(f"{SPAN_KINDS[span.kind][0]}: {ref}" for ref in span.refs)


def piece_html(piece: str, covering: list[Span], levels: dict[Span, int], first: set[Span]) -> str:
    """A piece of text wrapped in one element per covering span, outermost first."""
    if not covering:
        return e(piece)
    ordered = sorted(covering, key=lambda s: (s.start - s.end, RANK[s.kind]))
    title = "\n".join(span_title(span) for span in ordered)
    inner = ordered[-1]
    html = f'<a href="#{e(inner.target(inner.refs[0]))}" title="{e(title)}">{e(piece)}</a>'
    for span in reversed(ordered):
        anchor = f' id="{e(span.anchor)}"' if span in first else ""
        html = (
            f'<span{anchor} class="hl {span.kind} lv{min(levels[span], MAX_LEVEL)}" data-kind="{span.kind}" '
            f'data-start="{span.start}" data-end="{span.end}" data-ref="{e(" ".join(span.refs))}">{html}</span>'
        )
    return html


def text_html(text: str, spans: list[Span], body: tuple[int, int], sentences: list[Row]) -> str:
    """The whole article text, highlighted, with body and sentence boundaries marked."""
    regions = [(0, body[0], "outside"), (body[0], body[1], "body"), (body[1], len(text), "outside")]
    regions = [region for region in regions if region[0] < region[1]]
    starts = {row["char_start"]: row for row in sentences}
    cuts = {0, len(text), *body, *starts, *(row["char_end"] for row in sentences)}
    cuts |= {edge for span in spans for edge in (span.start, span.end)}
    levels, seen, out = nesting_levels(spans), set(), []
    for a, b in pairwise(sorted(cuts)):
        out.extend(f'<span class="{kind}">' for start, _, kind in regions if start == a)
        if a in starts:
            row = starts[a]
            out.append(f'<span class="sb" id="s-{row["sentence_no"]}" title="sentence {e(row["sentence_id"])}"></span>')
        covering = [span for span in spans if span.start <= a and b <= span.end]
        out.append(piece_html(text[a:b], covering, levels, {s for s in covering if s not in seen}))
        seen.update(covering)
        out.extend("</span>" for _, end, _ in regions if end == b)
    return "".join(out)


def fields_html(pairs: list[tuple[str, Any]]) -> str:
    """A definition list of the non-empty values (values already HTML)."""
    items = "".join(f"<dt>{e(key)}</dt><dd>{value}</dd>" for key, value in pairs if value not in (None, ""))
    return f"<dl>{items}</dl>"


def entity_ref(review: Review, table: str, entity_id: str | None) -> str:
    """Name of an entity linked to its entry on the page, with its id."""
    if entity_id is None:
        return ""
    name = e(review.name(table, entity_id))
    return f'<a href="#{PREFIX[table]}-{e(entity_id)}">{name}</a> <code>{e(entity_id)}</code>'


def quote_link(kind: str, row: Row) -> str:
    """A quote linked to its highlight in the text."""
    anchor = Span(kind, row["char_start"], row["char_end"], ()).anchor
    return f'<a href="#{e(anchor)}">“{e(row["quote"])}”</a> <small>{row["char_start"]}–{row["char_end"]}</small>'


def meeting_ids(review: Review, article_id: str) -> list[str]:
    """Meetings an article reports (by evidence) or defines, by earliest date then id."""
    ids = {row["meeting_id"] for row in review.of("meeting_sources", article_id)}
    ids |= {m for m, row in review.meetings.items() if row["defined_in_article_id"] == article_id}
    return sorted(ids, key=lambda m: (str(review.meetings[m]["date_earliest"] or ""), m))


def meeting_html(review: Review, meeting: Row, article_id: str, on_page: set[str]) -> str:
    """One meeting: its columns, participants, evidence in this article and other sources."""
    mid = meeting["meeting_id"]
    defined = meeting["defined_in_article_id"]
    window = f"{e(meeting['date_earliest'])} – {e(meeting['date_latest'])}" if meeting["date_earliest"] else ""
    participants = "".join(
        f"<li>{entity_ref(review, 'people', row['person_id']) or '—'} · "
        f"{entity_ref(review, 'organizations', row['organization_id']) or '—'}</li>"
        for row in review.rows["meeting_participants"]
        if row["meeting_id"] == mid
    )
    evidence = "".join(
        f"<li>{quote_link('meeting', row)}</li>"
        for row in review.of("meeting_sources", article_id)
        if row["meeting_id"] == mid
    )
    dated = "".join(
        quote_link("date", row) for row in review.of("meeting_date_evidence", article_id) if row["meeting_id"] == mid
    )
    others = sorted(
        {
            row["article_id"]
            for row in review.rows["meeting_sources"]
            if row["meeting_id"] == mid and row["article_id"] != article_id
        }
    )
    fields = fields_html(
        [
            ("id", f"<code>{e(mid)}</code>"),
            ("kind", e(meeting["kind"])),
            ("status", e(meeting["status"])),
            ("date", e(" / ".join(filter(None, (meeting["date_start"], meeting["date_end"]))))),
            ("precision", e(meeting["date_precision"])),
            ("window", window),
            ("basis", e(meeting["date_basis"])),
            ("date note", e(meeting["date_note"])),
            ("date evidence", dated),
            ("place", entity_ref(review, "places", meeting["place_id"])),
            ("parent", meeting_link(review, meeting["parent_meeting_id"], on_page)),
            ("defined in", "this article" if defined == article_id else page_link(defined, f"#meeting-{mid}")),
            ("also reported in", ", ".join(page_link(other, f"#meeting-{mid}") for other in others)),
            ("note", e(meeting["note"])),
        ]
    )
    return (
        f'<section class="card" id="meeting-{e(mid)}"><h3>{e(meeting["label"])}</h3>{fields}'
        f"<h4>Participants</h4><ul>{participants}</ul><h4>Evidence here</h4><ul>{evidence}</ul></section>"
    )


def page_link(article_id: str, fragment: str = "") -> str:
    """Link to another article's page."""
    return f'<a href="{e(article_id)}.html{e(fragment)}">{e(article_id)}</a>'


def roles_html(review: Review, article_id: str) -> str:
    """The article's roles as a table."""
    rows = [
        f'<tr id="role-{e(row["role_id"])}"><td><code>{e(row["role_id"])}</code></td>'
        f"<td>{entity_ref(review, 'people', row['person_id'])}</td><td>{e(row['title'])}</td>"
        f"<td>{entity_ref(review, 'organizations', row['organization_id'])}</td>"
        f"<td>{quote_link('role', row)}{'' if row['in_body'] else ' <em>(outside body)</em>'}</td></tr>"
        for row in review.of("roles", article_id)
    ]
    return table_html(["id", "person", "title", "organization", "evidence"], rows)


def topics_html(review: Review, article_id: str, on_page: set[str]) -> str:
    """The article's topic mentions with speakers and meeting."""
    speakers: dict[tuple, list[str]] = {}
    for said in review.of("topic_mention_speakers", article_id):
        speakers.setdefault((said["char_start"], said["topic_id"]), []).append(
            entity_ref(review, "people", said["person_id"])
        )
    rows = [
        f"<tr><td>{quote_link('topic', row)}</td><td>{entity_ref(review, 'topics', row['topic_id'])}</td>"
        f"<td>{', '.join(speakers.get((row['char_start'], row['topic_id']), []))}</td>"
        f"<td>{meeting_link(review, row['meeting_id'], on_page)}</td></tr>"
        for row in review.of("topic_mentions", article_id)
    ]
    return table_html(["quote", "topic", "speakers", "meeting"], rows)


def table_html(heads: list[str], rows: list[str]) -> str:
    """A table with a header row (rows already HTML), or a note that there is none."""
    if not rows:
        return "<p><em>none</em></p>"
    return f"<table><tr>{''.join(f'<th>{e(head)}</th>' for head in heads)}</tr>{''.join(rows)}</table>"


def meeting_link(review: Review, meeting_id: str | None, on_page: set[str]) -> str:
    """A meeting id linked to its entry, on this page or on the page of the article defining it."""
    if meeting_id is None:
        return ""
    page_name = "" if meeting_id in on_page else f"{review.meetings[meeting_id]['defined_in_article_id']}.html"
    return f'<a href="{e(page_name)}#meeting-{e(meeting_id)}">{e(meeting_id)}</a>'


def referenced(review: Review, article_id: str, meetings: list[Row]) -> dict[str, set[str]]:
    """Ids of the entities an article's page refers to, by registry table."""
    found: dict[str, set[str]] = {table: set() for table, _ in ENTITIES}
    found["organizations"].update(row["publisher_id"] for row in review.of("articles", article_id))
    uses = (
        ("person_mentions", "people", "person_id"),
        ("organization_mentions", "organizations", "organization_id"),
        ("topic_mentions", "topics", "topic_id"),
        ("topic_mention_speakers", "people", "person_id"),
        ("roles", "people", "person_id"),
        ("roles", "organizations", "organization_id"),
    )
    for table, registry, column in uses:
        found[registry].update(row[column] for row in review.of(table, article_id))
    ids = {meeting["meeting_id"] for meeting in meetings}
    found["places"].update(meeting["place_id"] for meeting in meetings)
    for row in review.rows["meeting_participants"]:
        if row["meeting_id"] in ids:
            found["people"].add(row["person_id"])
            found["organizations"].add(row["organization_id"])
    return {table: ids - {None} for table, ids in found.items()}


def entities_html(review: Review, article_id: str, meetings: list[Row]) -> str:
    """Entry for every entity the page refers to: id, name, aliases and every other column."""
    parts = []
    for table, ids in referenced(review, article_id, meetings).items():
        items = []
        for entity_id in sorted(ids):
            pairs = [("id", f"<code>{e(entity_id)}</code>")]
            pairs += [
                (key, e(value))
                for key, value in review.entities[table][entity_id].items()
                if key not in (f"{PREFIX[table]}_id", "name", "label")
            ]
            pairs.append(("aliases", " · ".join(e(alias) for alias in review.aliases[table][entity_id])))
            items.append(
                f'<li class="entity" id="{PREFIX[table]}-{e(entity_id)}">'
                f"<b>{e(review.name(table, entity_id))}</b>{fields_html(pairs)}</li>"
            )
        parts.append(f'<h3>{e(table.capitalize())}</h3><ul class="entities">{"".join(items)}</ul>')
    return "".join(parts)


LEGEND = "".join(f'<span class="hl {kind} lv0">{e(label)}</span> ' for kind, (label, *_) in SPAN_KINDS.items())


def article_page(review: Review, article: Row, text: str) -> str:
    """The review page of one article."""
    article_id = article["article_id"]
    spans = article_spans(review, article_id)
    body = (article["body_start"], article["body_end"])
    meetings = [review.meetings[m] for m in meeting_ids(review, article_id)]
    on_page = {meeting["meeting_id"] for meeting in meetings}
    head = fields_html(
        [
            ("id", f"<code>{e(article_id)}</code>"),
            ("publisher", entity_ref(review, "organizations", article["publisher_id"])),
            ("published", e(article["published"])),
            ("url", e(article["url"])),
            ("language", e(article["language"])),
            ("body", f"characters {body[0]}–{body[1]} of {article['n_chars']}"),
            ("annotated", e(article["annotated"])),
            ("note", e(article["note"])),
        ]
    )
    side = (
        f"<h2>Meetings ({len(meetings)})</h2>"
        + "".join(meeting_html(review, meeting, article_id, on_page) for meeting in meetings)
        + f"<h2>Roles</h2>{roles_html(review, article_id)}"
        + f"<h2>Topic mentions</h2>{topics_html(review, article_id, on_page)}"
        + f"<h2>Entities</h2>{entities_html(review, article_id, meetings)}"
    )
    main = (
        f'<p class="legend">{LEGEND}<span class="outside">outside the body</span> '
        f'<span class="sb"></span> sentence start</p>'
        f'<div class="text">{text_html(text, spans, body, review.of("sentences", article_id))}</div>'
    )
    return page(
        article["title"],
        f'<p><a href="index.html">← all articles</a></p><h1>{e(article["title"])}</h1>'
        f'{head}<div class="columns"><main>{main}</main><aside>{side}</aside></div>',
    )


def index_page(review: Review) -> str:
    """The list of articles with their counts."""
    rows = []
    for article in review.rows["articles"]:
        article_id = article["article_id"]
        counts = "".join(f"<td>{len(review.of(table, article_id))}</td>" for table, _ in COUNTED)
        rows.append(
            f'<tr><td><a href="{e(article_id)}.html">{e(article["title"])}</a><br><code>{e(article_id)}'
            f"</code></td><td>{e(review.name('organizations', article['publisher_id']))}</td>"
            f"<td>{e(article['published'])}</td><td>{len(meeting_ids(review, article_id))}</td>{counts}</tr>"
        )
    table = table_html(["article", "publisher", "published", "meetings", *(label for _, label in COUNTED)], rows)
    return page("Annotation review", f"<h1>Annotation review: {len(rows)} articles</h1>{table}")


def page(title: str, content: str) -> str:
    """A complete HTML document."""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="generator" content="{GENERATOR}"><title>{e(title)}</title><style>{CSS}</style>'
        f"</head><body>{content}</body></html>\n"
    )


def render(seeds: Path, out: Path) -> list[Path]:
    """Write the index and one page per article of ``seeds`` into ``out``; returns the paths written."""
    review = review_data(seeds)
    out.mkdir(parents=True, exist_ok=True)
    pages = {"index.html": index_page(review)}
    for article in review.rows["articles"]:
        text = read_utf8(seeds / f"{article['article_id']}.txt")
        pages[f"{article['article_id']}.html"] = article_page(review, article, text)
    remove_stale(out, set(pages))
    for name, html in pages.items():
        (out / name).write_text(html, encoding="utf-8", newline="\n")
    return [out / name for name in pages]


def remove_stale(out: Path, keep: set[str]) -> None:
    """Delete pages this command wrote earlier for articles that are gone (other files stay)."""
    marker = f'<meta name="generator" content="{GENERATOR}">'
    for path in out.glob("*.html"):
        if path.name not in keep and marker in path.read_text(encoding="utf-8", errors="replace")[:1000]:
            path.unlink()


def _level_css() -> str:
    return "".join(f".hl.lv{n}{{padding-bottom:{1 + 3 * n}px}}" for n in range(MAX_LEVEL + 1))


CSS = (
    """
body{font:15px/1.5 system-ui,sans-serif;margin:1em 2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc;margin-top:1.5em}h3{font-size:1em;margin:.3em 0}
h4{font-size:.9em;margin:.5em 0 .2em}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2em;align-items:start}
main{position:sticky;top:0;max-height:100vh;overflow:auto}
.text{white-space:pre-wrap;font:15px/2.4 Georgia,serif;border:1px solid #ddd;padding:1em;background:#fcfcfc}
.outside{color:#999;background:#eee}.body{color:#111}
.sb{border-left:2px solid #bbb;margin-right:1px}
.hl{border-bottom:2px solid}.hl a{color:inherit;text-decoration:none}
.person{background:rgba(255,205,60,.45);border-color:#c90}
.organization{background:rgba(90,170,255,.35);border-color:#27c}
.topic{background:rgba(90,200,90,.35);border-color:#292}
.role{background:rgba(255,140,0,.12);border-color:#e07000}
.meeting{background:rgba(150,80,220,.10);border-color:#83c}
.date{background:rgba(230,40,40,.12);border-color:#d22;border-bottom-style:dashed}
:target{outline:3px solid #f0c}
.legend .hl{margin-right:.4em;padding:0 .2em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .8em;margin:.3em 0;font-size:.9em}dt{color:#666}dd{margin:0}
.card{border:1px solid #ddd;border-radius:4px;padding:.5em .8em;margin:.6em 0}
table{border-collapse:collapse;font-size:.9em;width:100%}td,th{border:1px solid #ddd;padding:.2em .4em;text-align:left;
vertical-align:top}
ul.entities{list-style:none;padding:0}.entity{border-top:1px solid #eee;padding:.3em 0}
code{font-size:.85em;color:#555}
""".replace("\n", "")
    + _level_css()
)
