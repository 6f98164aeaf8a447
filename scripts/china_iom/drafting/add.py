"""``china-iom add``: store a new article in the seeds with a drafted annotation, and say what to check."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from china_iom import schema
from china_iom.annotation.models import REGISTRIES, Annotation
from china_iom.annotation.registry import Registries, fold, load_registries, surface_forms
from china_iom.annotation.validate import validate
from china_iom.annotation.yamlsource import parse_yaml, read_utf8, read_yaml, text_problem
from china_iom.build import corpus
from china_iom.build.corpus import RESERVED_STEMS, article_paths, unstorable
from china_iom.build.resolve import draft_problems, resolve_article
from china_iom.drafting.body import credit_line
from china_iom.drafting.draft import Draft, OtherArticle, draft_article
from china_iom.drafting.draft_yaml import annotation_yaml, bare_annotation_yaml, problems_yaml
from china_iom.drafting.extract import Source, read_source
from china_iom.drafting.registry_edit import edit_registry
from china_iom.errors import Problem, SeedError

Unresolved = tuple[str | None, str]  # the key of the draft a problem concerns (if one), and what is wrong

STDIN = Path("-")  # the path that means: read the article from standard input
INPUT_LIMIT_FACTOR = 10  # a saved page may be this many times the stored text's limit (menus, scripts, styles)
SAVE_AS_TEXT = "copy the article's text into a plain-text file saved as UTF-8 and add that file"
_ADDRESS = re.compile(r"(?:https?|ftp):/", re.IGNORECASE)
_MARKUP = re.compile(r"<[a-z!/?]", re.IGNORECASE)  # a text without any tag is plain text, whatever its name
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx, OpenDocument or other Office file)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls, .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


@dataclass(frozen=True)
class Added:
    """What ``add`` wrote and what it found."""

    article_id: str
    text_path: Path
    yaml_path: Path
    draft: Draft | None  # None where drafting failed
    problems: list[Unresolved]


def other_articles(seeds: Path, skip: str | None = None) -> list[OtherArticle]:
    """Texts (and annotations, where they validate) of the articles already in ``seeds``."""
    found = []
    for article_id, text_path, yaml_path in article_paths(seeds):
        if article_id == skip or not text_path.is_file():
            continue
        annotation = None
        if yaml_path.is_file():
            try:
                annotation = validate(read_yaml(yaml_path), Annotation)
            except SeedError:
                annotation = None
        found.append(OtherArticle(article_id, read_utf8(text_path), annotation))
    return found


def new_article_id(seeds: Path, text: str) -> str:
    """Next 3-digit sequence number and the first 16 hex digits of the text's SHA-256."""
    numbers = [int(m.group(1)) for stem, _, _ in article_paths(seeds) if (m := re.match(r"(\d{3,})_", stem))]
    return f"{max(numbers, default=-1) + 1:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def _refuse(seeds: Path, article_id: str, text: str, others: list[OtherArticle]) -> None:
    if not re.fullmatch(schema.ARTICLE_ID_PATTERN, article_id) or article_id in RESERVED_STEMS:
        raise SeedError(
            [
                Problem(
                    seeds,
                    None,
                    f"article id {article_id!r} must match {schema.ARTICLE_ID_PATTERN} "
                    "(letters, digits, _ and -) and not be a reserved name",
                )
            ]
        )
    for suffix in (".txt", ".yaml"):
        if (seeds / f"{article_id}{suffix}").exists():
            raise SeedError(
                [
                    Problem(
                        seeds / f"{article_id}{suffix}",
                        None,
                        "already exists; add never overwrites (choose another --id or remove the file)",
                    )
                ]
            )
    for other in others:
        if other.text == text:
            raise SeedError(
                [
                    Problem(
                        seeds / f"{other.article_id}.txt",
                        None,
                        "this exact text is already in the seeds; nothing added",
                    )
                ]
            )


def shown(path: Path) -> Path:
    """How messages name the input: its path, or "standard input" for ``-``."""
    return Path("standard input") if path == STDIN else path


def _refusal(path: Path, message: str, line: int | None = None) -> SeedError:
    return SeedError([Problem(shown(path), line, message)])


def read_input(path: Path) -> bytes:
    """The bytes of the article to add (``-``: standard input), or a SeedError saying what to give instead."""
    limit = INPUT_LIMIT_FACTOR * corpus.MAX_FILE_BYTES
    if path == STDIN:
        if sys.stdin.isatty():
            print("reading the article from standard input: paste it, then press Ctrl-D", file=sys.stderr)
        raw = sys.stdin.buffer.read(limit + 1)
    elif _ADDRESS.match(str(path)):
        address = path.as_posix().replace(":/", "://", 1)  # a Path keeps one slash of "https://"
        raise SeedError(
            [
                Problem(
                    address,
                    None,
                    "is a web address, not a file: save the page (in a browser, Save "
                    f"Page As, HTML only) or its text to a file and add that file, with --url {address}",
                )
            ]
        )
    elif path.is_dir():
        raise _refusal(
            path,
            "is a folder, not a file: give one article's saved page (.html) or text file "
            "(.txt); add takes one article at a time",
        )
    else:
        try:
            with path.open("rb") as handle:
                raw = handle.read(limit + 1)
        except OSError as exc:
            raise _refusal(path, _unreadable(path, exc)) from None
    if len(raw) > limit:
        raise _refusal(
            path,
            f"is over {limit} bytes, too large for one article's page or text (the stored text "
            f"may have {corpus.MAX_FILE_BYTES} bytes at most); {SAVE_AS_TEXT}",
        )
    return raw


def _unreadable(path: Path, exc: OSError) -> str:
    """Why the file at ``path`` cannot be opened, and what to do."""
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return f"is a symbolic link to {os.readlink(path)}, which does not exist; give the article's file itself"
    if isinstance(exc, FileNotFoundError):
        return "no such file; check the name and folder (or give - to read the text from standard input)"
    if isinstance(exc, PermissionError):
        return (
            "cannot be read: permission denied; make it readable (chmod u+r) or copy the article to a file you can read"
        )
    if exc.errno == errno.ELOOP:
        return "is a symbolic link that leads back to itself (a loop); give the article's file itself"
    return f"cannot be read ({exc.strerror}); copy the article to an ordinary file and add that"


def decode_input(path: Path, raw: bytes) -> str:
    """The text of ``raw``: UTF-8 (with or without byte-order mark), or UTF-16/32 with one; else a SeedError."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise _refusal(
                    path,
                    f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()} text; {SAVE_AS_TEXT}",
                ) from None
    kind = next((what for magic, what in _BINARY if raw.startswith(magic)), None)
    if kind is not None or b"\x00" in raw:
        what = kind or "a binary file (it holds NUL bytes; if it is UTF-16 text, it lacks a byte-order mark)"
        raise _refusal(path, f"is {what}, not text or a saved web page; {SAVE_AS_TEXT}")
    try:
        return raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        line = raw[:offset].count(b"\n") + 1
        column = offset - raw.rfind(b"\n", 0, offset)
        raise _refusal(
            path,
            f"is not UTF-8 text (byte 0x{raw[offset]:02X} at column {column}); save it as UTF-8 "
            f"(e.g. iconv -f WINDOWS-1252 -t UTF-8 < {path.name} > article.txt) and add that file",
            line,
        ) from None


def read_article(path: Path, url: str | None = None) -> Source:
    """The article as ``add`` stores it, from a file or standard input, or a SeedError naming it and what to do."""
    text = decode_input(path, read_input(path))
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ("stdin" if path == STDIN else path.name if _MARKUP.search(text) else "article.txt")
        copy.write_bytes(text.encode("utf-8"))
        try:
            return read_source(copy, url)
        except SeedError as exc:
            raise SeedError(
                [Problem(shown(path), p.line, f"{p.message}; {SAVE_AS_TEXT}") for p in exc.problems]
            ) from None


def add_article(
    source_path: Path,
    seeds: Path,
    article_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    today: dt.date | None = None,
) -> Added:
    """Store the article in ``seeds``, then its draft annotation and new registry entries and aliases.

    Input that cannot be stored is refused before anything is written; whatever fails after the text is
    stored still leaves a draft, with a ``problems:`` list that keeps the build from taking it as it is.
    """
    source = read_article(source_path, url)
    size = len(source.text.encode("utf-8")) if source.text.strip() else 0
    if (why := unstorable(size)) is not None:
        advice = "is it the article's file?" if size == 0 else "give one article, without the pages around it"
        raise _refusal(source_path, f"the article text {why}; nothing was stored ({advice})")
    if problem := text_problem(shown(source_path), source.text):  # refused at the door, as build would refuse it
        raise SeedError([problem])
    registries = load_registries(seeds / "registry", include_drafts=True)
    others = other_articles(seeds)
    article_id = article_id or new_article_id(seeds, source.text)
    _refuse(seeds, article_id, source.text, others)
    text_path, yaml_path = seeds / f"{article_id}.txt", seeds / f"{article_id}.yaml"
    text_path.write_text(source.text, encoding="utf-8")
    url = url or source.url
    problems: list[Unresolved] = []
    try:
        known = publisher or publisher_of(url, registries)
        draft = draft_article(article_id, source.text, registries, others, source.date, known, url)
        title = title or source.title or _headline(draft)
        annotation = annotation_yaml(
            draft, title, publisher or _publisher(draft, registries, url, problems), url, today or dt.date.today()
        )
    except Exception as exc:
        draft, problems[:] = (
            None,
            [
                (
                    None,
                    f"drafting failed ({type(exc).__name__}: {exc}); annotate the "
                    "article by hand (and report the failure)",
                )
            ],
        )
        publisher = publisher or publisher_of(url, registries)
        if publisher is None:
            problems.append(("article.publisher", "not drafted; give the publisher's organization id"))
        annotation = bare_annotation_yaml(
            source.text, title or source.title or _first_line(source.text), publisher, url, today or dt.date.today()
        )
    registry_texts = _registry_texts(seeds, registries, draft, problems) if draft else {}
    problems += _self_check(seeds, article_id, source.text, annotation, registry_texts, problems)
    if problems:
        annotation += problems_yaml(problems)
    yaml_path.write_text(annotation, encoding="utf-8")
    for kind, content in registry_texts.items():
        (seeds / "registry" / f"{kind}.yaml").write_text(content, encoding="utf-8")
    return Added(article_id, text_path, yaml_path, draft, problems)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "untitled")


def _headline(draft: Draft) -> str:
    if draft.layout.title is not None:
        return draft.text[draft.layout.title[0] : draft.layout.title[1]]
    first = draft.sentences[0] if draft.sentences else draft.layout.body
    draft.notes["check"].insert(0, "title: no headline found; the first sentence stands in for it, write the real one")
    return " ".join(draft.text[first[0] : first[1]].split())


def publisher_of(url: str | None, registries: Registries) -> str | None:
    """The organization whose registered web domain the address has (the longest matching domain)."""
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    found = [
        (len(domain), eid)
        for eid, org in registries.organizations.entries.items()
        for domain in org.domains
        if host == domain or host.endswith(f".{domain}")
    ]
    return max(found)[1] if found else None


def _publisher(draft: Draft, registries: Registries, url: str | None, problems: list[Unresolved]) -> str | None:
    """The organization whose web domain the address has; else the source a credit line after the body names (None,
    with a problem, if it is not registered); else the agency in the dateline; else, for a page with an address, the
    organization whose acronym its host has; else, for a text without one, the organization named most often,
    flagged for checking; else None, with a problem."""
    if (publisher := publisher_of(url, registries)) is not None:
        draft.notes["found"].insert(0, f"publisher: {publisher!r}, from the domain of {url}")
        return publisher
    if credit := _credited(draft, registries):
        name, publisher = credit
        if publisher is not None:
            draft.notes["check"].insert(0, f"publisher: {publisher!r}, the source the credit line after the body names")
        else:
            problems.append(
                (
                    "article.publisher",
                    f'the credit line after the body names "{name}", which registry/organizations.yaml does not hold; '
                    "add it there (or the site's own organization) and give its id",
                )
            )
        return publisher
    dateline = draft.layout.dateline or (0, 0)
    named = [m for m in draft.mentions if m.kind == "organizations" and m.entity_id in registries.organizations.entries]
    orgs = [m.entity_id for m in named]
    if in_dateline := [m.entity_id for m in named if dateline[0] <= m.start < dateline[1]]:
        orgs = in_dateline
    elif url:
        if not (orgs := _host_owners(url, set(orgs), registries, problems)):
            return None
    if not orgs:
        problems.append(
            (
                "article.publisher",
                "the text names no registered organization to take for the "
                "publisher; give its organization id (add the organization to registry/organizations.yaml "
                "if it is new)",
            )
        )
        return None
    publisher = max(dict.fromkeys(orgs), key=orgs.count)
    draft.notes["check"].insert(
        0,
        f"publisher: guessed {publisher!r} (dateline agency, acronym in the address or most named organization); pass --publisher to set it",
    )
    return publisher


def _host_owners(url: str, named: set[str], registries: Registries, problems: list[Unresolved]) -> list[str]:
    """The one organization the text names whose acronym is a label of the address's host ("cidca" in
    en.cidca.gov.cn); else none, with a problem: the organizations a page on another site names most are not its
    publisher."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    labels = set(host.split("."))
    owners = {
        eid
        for eid in named
        for form in surface_forms(registries.organizations.entries[eid])
        if len(form) >= 3 and form.isalpha() and form.isupper() and form.lower() in labels
    }
    if len(owners) == 1:
        return list(owners)
    problems.append(
        (
            "article.publisher",
            f"no registered organization publishes under {host or url!r}; give the publisher's organization id "
            "(and add the site to its `domains:` in registry/organizations.yaml)",
        )
    )
    return []


def _credited(draft: Draft, registries: Registries) -> tuple[str, str | None] | None:
    """The source the credit line after the body names ("(Xinhua News Agency March 21, 2007)"), and the registered
    organization of that name, if any."""
    if (credit := credit_line(draft.text, draft.layout)) is None:
        return None
    name = draft.text[slice(*credit[1])]
    forms = {eid: set(map(fold, surface_forms(org))) for eid, org in registries.organizations.entries.items()}
    return name, next((eid for eid, folded in forms.items() if fold(name) in folded), None)


def _registry_texts(seeds: Path, registries: Registries, draft: Draft, problems: list[Unresolved]) -> dict[str, str]:
    """New contents of the registry files that gain entries or aliases (none, with a problem, if one fails)."""
    texts: dict[str, str] = {}
    for kind in REGISTRIES:
        aliases = [
            (registries.get(kind).index[a.entity_id], a.form, a.reason) for a in draft.new_aliases if a.kind == kind
        ]
        entries = [(e.fields, e.evidence) for e in draft.new_entries if e.kind == kind]
        if aliases or entries:
            path = seeds / "registry" / f"{kind}.yaml"
            try:
                texts[kind] = edit_registry(read_utf8(path), path, aliases, entries)
            except Exception as exc:
                why = [str(p) for p in exc.problems] if isinstance(exc, SeedError) else [f"{type(exc).__name__}: {exc}"]
                problems.extend((None, f"{w}; the new entries and aliases were not written") for w in why)
                return {}
    return texts


def _self_check(
    seeds: Path, article_id: str, text: str, annotation: str, registry_texts: dict[str, str], listed: list[Unresolved]
) -> list[Unresolved]:
    """Problems of the draft resolved against the would-be registries (drafts included), beyond those ``listed``.

    Registry edits that would not load are dropped from ``registry_texts`` (with their problems)."""
    folder = seeds / "registry"
    try:
        registries = load_registries(folder, include_drafts=True, texts=registry_texts)
    except SeedError as exc:
        registry_texts.clear()
        found = [
            (None, f"{_where(p)}: {p.message}; the new entries and aliases were not written") for p in exc.problems
        ]
        registries = load_registries(folder, include_drafts=True)
    else:
        found = []
    expected: set[Problem] = set()  # the problems listed, as the build reports them
    try:
        doc = parse_yaml(annotation + (problems_yaml(listed) if listed else ""), seeds / f"{article_id}.yaml")
        expected = set(draft_problems(doc, validate(doc, Annotation)))
        resolve_article(article_id, text, doc, registries, include_drafts=True)
    except SeedError as exc:
        found += [(None, f"{_where(p)}: {p.message}") for p in exc.problems if p not in expected]
    except Exception as exc:
        found.append((None, f"checking the draft failed ({type(exc).__name__}: {exc})"))
    return found


def _where(problem: Problem) -> str:
    """A problem's file name and line (never a temporary folder's path)."""
    return f"{problem.file.name}:{problem.line}" if problem.line else problem.file.name


def summary(added: Added) -> str:
    """What the person reads after ``add``."""
    notes = added.draft.notes if added.draft else {}
    lines = [f"added {added.text_path.name} and draft {added.yaml_path.name}"]
    if added.problems:
        lines.append(
            f"problems ({len(added.problems)}; listed under problems: in the draft, which the build refuses "
            "until each is resolved and its entry deleted):"
        )
        lines += [f"  - {f'{at}: ' if at else ''}{message}" for at, message in added.problems]
    for heading, key in (("found", "found"), ("could not decide", "undecided"), ("check", "check")):
        if notes.get(key):
            lines.append(f"{heading}:")
            lines += [f"  - {note}" for note in notes[key]]
    lines.append(
        "then remove each `proposed: true` (and each `# proposed alias` comment) you confirm, and run china-iom build"
    )
    return "\n".join(lines)
