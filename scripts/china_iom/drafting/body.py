"""Find an article's headline and body in a saved text, by heuristics on its lines.

Site menus (short lines without a full stop), share buttons, notices, contact
blocks and photo captions lie outside the body. The body starts at the first
dateline ("BEIJING, April 3 (Xinhua) --", "Geneva -", "Beijing, 21 September 2023 –") or, failing that, at the
first line that reads like a paragraph; it ends with the last paragraph before
the first footer line ("Notice:", "For more information", "Tel.", "Email:", "Copyright ©").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from china_iom.annotation.sentences import BROKEN_COMPOUND, LOWER, UPPER

WRAP_WIDTH_MAX = 100  # lines no longer than this (nine in ten) mark a hard-wrapped text
_MONTH = (  # "June", "Jun.", and in a government's capitals "JUNE"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.?"
)
_AGENCY = r"\([A-Z][\w ]*\)"
_DATE = r"(?:" + _MONTH + r" \d{1,2}|\d{1,2} " + _MONTH + r")"
DATELINE = re.compile(  # "BEIJING, April 3 (Xinhua) --", "Geneva, 18 June 2013 -", a date alone: "13 December 2023 -"
    r"(?:^|(?<=\s))(?:"
    rf"(?:[{UPPER}][{UPPER}{LOWER}'’.-]*(?: [{UPPER}][{UPPER}{LOWER}'’.-]*){{0,3}})"
    rf"(?:(?:, [{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{0,2}})?, "  # its country before the date: "DAKAR, Senegal, 9 March"
    + _DATE
    + r"(?:,? \d{4})?)?(?: "
    + _AGENCY
    + r")?"
    r"|" + _DATE + r",? \d{4}(?: " + _AGENCY + r")?"
    r"|(?<![^\n])"
    + _AGENCY  # the agency alone, opening a line: "(ECNS) --"
    + rf") ?(?:--|[-–—]) (?=[{UPPER}\"“])"
)
# wire copy's end of story: "... the talks. Enditem"; its source after the last stop: "... the talks. (Xinhua)"
_END_MARK = re.compile(r"\s+(?:Enditem|\(END\))\s*$|(?<=[.!?\"”’])\s+\((?:[A-Z][\w.'’&-]*\s?){1,5}\)\s*$")
_FIELD = re.compile(r"(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\s+", re.IGNORECASE)
_SHARE = re.compile(r"\bshare\b|\bwechat\b|\bfacebook\b|\btwitter\b|\bprint this\b", re.IGNORECASE)
_FOOTER = re.compile(
    r"^\s*(?:notice\s*:|for more information|for further information|media contact|contacts?\s*:|press contact"
    r"|tel\b|tel\.|phone\s*:|email\s*:|e-mail\s*:|fax\s*:|related (?:news|articles|stories)"
    r"|copyright\s*(?:©|\(c\)|\d{4}|:)|©|[^\n]*\ball rights reserved\b)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[A-Z][\w'’-]*(?: [^\s]+){7,}[a-z)][.!?][\"”’]?\s*")  # eight words or more, ending on a stop
_CONTACT = re.compile(r"\S+@\S+\.\w+|\+\d[\d ()-]{6,}")
_BYLINE = re.compile(r"\d{1,2}:\d{2}|" + _MONTH + r" \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2}")
_CREDIT = re.compile(r"\([A-Z][\w ]*/[A-Z][\w .'-]*\)\s*$")


@dataclass(frozen=True)
class Layout:
    """Headline and body of a saved article (offsets into its text)."""

    title: tuple[int, int] | None
    body: tuple[int, int]
    dateline: tuple[int, int] | None


def _physical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, white space trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        s, e = match.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    """Paragraph lines: in hard-wrapped text (lines broken at a fixed width inside sentences), the
    lines of one paragraph are joined; other text keeps one line per paragraph."""
    lines = _physical_lines(text)
    lengths = sorted(e - s for s, e in lines)
    if not lengths or lengths[int(0.9 * (len(lengths) - 1))] > WRAP_WIDTH_MAX or sum(n >= 50 for n in lengths) < 3:
        return lines
    width = lengths[-1]
    joined = lines[:1]
    for s, e in lines[1:]:
        last, following = text[joined[-1][0] : joined[-1][1]], text[s:e]
        headline = joined == lines[:1]  # the first line: a headline unless it plainly runs on
        runs_on = _runs_on(last, following) if headline else _continues(last, following, width)
        if runs_on and text.count("\n", joined[-1][1], s) == 1:
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def paragraph_starts(text: str) -> set[int]:
    """Where each paragraph of the text begins (the lines of a hard-wrapped paragraph joined)."""
    return {s for s, _ in _lines(text)}


# words that never end a headline: a first line ending on one runs on ("The IOM will give its full support to the")
_OPEN_ENDED = frozenset(
    {"a", "an", "the", "of", "to", "and", "or", "for", "with", "in", "on", "at", "by", "from", "that"}
)


def _runs_on(first: str, following: str) -> bool:
    """Whether the text's first line is no headline but the start of its first sentence, wrapped (wire copy
    republished without headline or dateline): the next line goes on in lower case, or the first ends on a comma,
    a dash or a word no headline ends on; never into a byline ("by Ada Kemp") or another short line."""
    if _ends_a_line(first, following) or is_boilerplate(following) or following.lower().startswith("by "):
        return False
    return following[:1].islower() or first.endswith((",", "--", "–", "—")) or first.split()[-1] in _OPEN_ENDED


def _ends_a_line(line: str, following: str) -> bool:
    """Whether a line ends where it stands: on a sentence stop, or before a dateline, a field or a footer line."""
    return (
        line.rstrip().endswith((".", "!", "?", '"', "”", "’", ":"))
        or _FIELD.match(following + " ") is not None
        or _FOOTER.match(following) is not None
        or _FIELD.match(line + " ") is not None
        or DATELINE.match(following) is not None
    )


def _continues(line: str, following: str, width: int) -> bool:
    """Whether a wrapped line runs on into the next: it ends inside a sentence (on a comma or a dash, on a
    compound broken after its hyphen ("Director-" before "General"), near the wrap width, on a lower-case word or
    before one) and the next line is no dateline, field or footer."""
    if _ends_a_line(line, following) or (is_boilerplate(line) and len(line) < 0.6 * width):
        return False
    last_word = line.split()[-1]
    return (
        line.endswith((",", "--", "–", "—"))
        or BROKEN_COMPOUND.search(line) is not None
        or following[:1].islower()
        or len(line) >= 0.8 * width
        or (len(line) >= 0.6 * width and last_word[:1].islower())
    )


def is_boilerplate(line: str) -> bool:
    """A menu, share, byline, notice, contact or caption line."""
    words = line.split()
    if _FOOTER.match(line) or _CONTACT.search(line) or _CREDIT.search(line):
        return True
    shared = {w.lower() for w in _SHARE.findall(line)}
    if shared and len(words) <= 16 and (shared != {"share"} or not _SENTENCE.fullmatch(line)):
        return True  # "Share on WeChat", not "Ivo Lind said IOM would share its practices with others."
    if _BYLINE.search(line) and len(words) <= 8:
        return True
    return len(words) <= 4 and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def is_paragraph(line: str) -> bool:
    """A line that reads like running text: several words ending with a sentence stop (or a colon that opens
    a list: "I would like to make a few points:"), before a closing quotation mark if any (a headline ends on a
    quoted phrase: 'China calls for cooperation "in a spirit of solidarity"')."""
    line = _END_MARK.sub("", line).rstrip()
    return len(line.split()) >= 8 and _STOPPED.search(line) is not None and not is_boilerplate(line)


_STOPPED = re.compile(r"(?:[.!?:]|[.!?,]['\"”’])$")  # "... agreed.", '... agreed."', "... points:"


def find_layout(text: str) -> Layout:
    """Headline, body and dateline of ``text`` (the whole text is the body if nothing reads like one)."""
    lines = _lines(text)
    if not lines:
        return Layout(None, (0, len(text)), None)
    first, dateline = _body_start(text, lines)
    last = _body_end(text, lines, first)
    start = lines[first][0]
    if dateline is None and (field := _FIELD.match(text, start, lines[first][1])):
        start = field.end()
    elif dateline is not None and first > 0 and lines[first - 1] in _opening(text, lines):
        start = lines[first - 1][0]  # a paragraph before the dateline's opens the body ("This is a summary of ...")
    elif dateline is not None:
        start = dateline[0]
    title = next((span for span in reversed(lines[:first]) if _headline(text[span[0] : span[1]])), None)
    end = lines[last][1]
    if mark := _END_MARK.search(text, lines[last][0], end):
        end = mark.start()
    return Layout(title, (start, end), dateline)


def _opening(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first paragraph of the text, if it comes before any other."""
    return [span for span in lines if is_paragraph(text[span[0] : span[1]])][:1]


def _headline(line: str) -> bool:
    return not (is_boilerplate(line) or is_paragraph(line) or _FIELD.match(line))


def _body_start(text: str, lines: list[tuple[int, int]]) -> tuple[int, tuple[int, int] | None]:
    """Index of the first body line (the first dateline paragraph, else the first paragraph) and its dateline."""
    paragraphs = [i for i, (s, e) in enumerate(lines) if is_paragraph(text[s:e])]
    for i in paragraphs:
        s, e = lines[i]
        field = _FIELD.match(text, s, e)
        if match := DATELINE.match(text, field.end() if field else s, e):
            return i, match.span()
    return (paragraphs[0] if paragraphs else 0), None


# "By Ada Kemp (Nordic Daily)", "By Ada Kemp | Nordic Daily | Updated: ...", "Source: Nordic Daily Published: ..."
_SOURCE_LINE = re.compile(
    r"^(?:By [^|()\n]+?(?: \((?P<paren>[^()\n]+)\)| \| (?P<bar>[^|\n]+?)(?= \||[ \t]*$))"
    r"|Source: ?(?P<source>[^|\n]+?)(?= {2,}|\s+Published|[ \t]*$))",
    re.MULTILINE,
)
_STAFF = re.compile(r"\b(?:Reporter|Writer|Correspondent|Editor|Staff|Contributor|Intern|Photographer)s?\b", re.I)
_ORG_NAME = re.compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and))*")


def source_line(text: str, layout: Layout) -> tuple[int, int] | None:
    """Where a byline or source line before the body names the publication ("By Ada Kemp (Nordic Daily)"),
    never its author, a date or a web address."""
    for match in _SOURCE_LINE.finditer(text, 0, layout.body[0]):
        group = next(g for g in ("paren", "bar", "source") if match.group(g))
        name = match.group(group)
        if _ORG_NAME.fullmatch(name) and not any(c.isdigit() for c in name) and not _STAFF.search(name):
            return match.span(group)
    return None


# A credit line closing a republished story: "(Xinhua News Agency March 21, 2007)", "(China Daily)",
# "Source: Xinhua | 2007-03-21", "(Source: Xinhua)": the source's name, then its date if any
_CREDIT_NAME = rf"(?P<name>(?!END\b)[A-Z][\w'’&.-]*(?: (?!{_MONTH} \d)(?:[A-Z][\w'’&.-]*|of|the|and))*)"
_CREDIT_DATE = (  # "March 21, 2007", "21 March 2007", "2007-03-21 10:15", "03/21/2007 page2" (China Daily's page)
    rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
    r"(?: [\d:]+)?(?: page ?\d+)?"
)
_CREDIT_LINE = re.compile(
    rf"(?:(?P<open>\()(?:Source: ?)?|Source: ?){_CREDIT_NAME}(?:(?:,? | \| ){_CREDIT_DATE})?(?(open)\))"
)


def credit_line(text: str, layout: Layout) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The line just after the body that credits the story's source, as republished wire copy ends ("(Xinhua News
    Agency March 21, 2007)", "Source: Xinhua | 2007-03-21"): the line's span and its source's name, never an author's."""
    following = [(s, e) for s, e in _physical_lines(text) if s >= layout.body[1]][:2]
    for s, e in following:
        match = _CREDIT_LINE.fullmatch(text, s, e)
        if match and not _STAFF.search(match.group("name")):
            return (s, e), match.span("name")
    return None


def _body_end(text: str, lines: list[tuple[int, int]], first: int) -> int:
    """Index of the body's last line: the last paragraph before any footer, or a short sentence right after one
    ("Vice Minister Ma Zhaoxu was also present.")."""
    last = first
    for i in range(first, len(lines)):
        line = text[lines[i][0] : lines[i][1]]
        if _FOOTER.match(line) or _CONTACT.search(line):
            break
        if is_paragraph(line) or (i == last + 1 and _SHORT_SENTENCE.fullmatch(line) and not is_boilerplate(line)):
            last = i
    return last


# a sentence too short for a paragraph of its own: a capitalised word, four to seven words, a stop
_SHORT_SENTENCE = re.compile(r"[A-Z][\w'’-]*(?: [^\s]+){3,6}[a-z)][.!?][\"”’]?")
