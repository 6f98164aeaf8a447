"""Split an article body into sentences.

Sentences end at sentence ends, not at line breaks: ``.``, ``!`` or ``?`` (with
any closing quote or bracket) followed by white space (line breaks included) and
an upper-case letter, digit or opening quote ends one, unless the word before the
stop is a single capital letter (initials, "H.E.", "U.S.") or a known abbreviation.
A blank line ends one too (a paragraph), and so does a line break that is not a
hard wrap: in a paragraph whose lines are at most ``MAX_WRAP`` characters long
(wire copy, e-mail), a line break where the next word would have fitted on the
line is the author's (a headline, a list item); one where it would not is a wrap
inside the sentence. A paragraph with longer lines is not wrapped: each of its
line breaks ends a sentence (one paragraph per line, as in text taken from a page).
Sentence spans exclude surrounding white space, so consecutive sentences are
separated only by white space and together cover every other character of the body.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

# Words a stop follows without ending a sentence: honorifics, ranks and titles before a name ("Pol. Lt. Gen."),
# months, and the abbreviations of running text
ABBREVIATIONS = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Md",  # "Md. Keramot Ali": Mohammad, before a name
        "Mohd",
        "St",
        "No",
        "Nos",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Gen",
        "Col",
        "Lt",
        "Maj",
        "Brig",
        "Capt",
        "Cmdr",
        "Cdr",
        "Adm",
        "Sgt",
        "Pol",
        "Supt",
        "Insp",
        "Hon",
        "Rev",
        "Sen",
        "Rep",
        "Gov",
        "Amb",
        "Co",
        "Corp",
        "Inc",
        "Ltd",
        "etc",
        "vs",
        "e.g",
        "i.e",
        "approx",
        "Dept",
        "Fig",
    }
)

MIN_WRAP, MAX_WRAP = 40, 100  # widths at which hard-wrapped text is wrapped


_CATEGORIES = [unicodedata.category(chr(c)) for c in range(0x10000)]  # the Basic Multilingual Plane's, read once


def _letter_class(category: str) -> str:
    """The inside of a character class of every character of one Unicode category ("Lu", "Ll") in the Basic
    Multilingual Plane (every living script's letters), as ranges."""
    points = [c for c, of in enumerate(_CATEGORIES) if of == category]
    ranges = [[points[0], points[0]]]
    for point in points[1:]:
        if point == ranges[-1][1] + 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# "A capital letter" in every script: "Đỗ", "Łukasz", "Željko", "İlhan", "Ștefan" open names as "Ada" does
UPPER = _letter_class("Lu")
LOWER = _letter_class("Ll") + _letter_class("Mn")  # with combining accents, for text in decomposed form
# Words no sentence ends on: a line of wrapped text ending on one goes on ("A delegation of the\nNational ...")
_OPEN_WORDS = frozenset({"the", "a", "an", "of", "by", "at", "to", "with", "for", "from", "and", "or", "into", "its"})
_CLAUSE_GOES_ON = re.compile(rf"([{LOWER}][\w'’-]*)[ \t]+[{LOWER}]")

# a word broken after its hyphen at a line's end ("Director-", "Vice-"), never a dash ("--", " -")
BROKEN_COMPOUND = re.compile(r"(?<=\w)-$")
_STOP = re.compile(rf"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[0-9{UPPER}])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop + 1)
    if match is None:
        return False
    word = match.group(1)
    last = word.split(".")[-1]
    return (len(last) == 1 and last.isupper()) or word in ABBREVIATIONS or last in ABBREVIATIONS


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _goes_on(line: str, following: str) -> bool:
    """Whether a wrapped paragraph's ``line`` goes on after its break, even where the next word would have fitted
    (text broken by phrase, not by width): it ends on a comma, a word no sentence ends on or a compound broken
    after its hyphen ("Director-" before "General"), or the next line
    opens with two words in lower case, as a clause goes on ("were also present"; not a field "date 2019-08-27"
    nor a byline "by Xinhua writer")."""
    words, opening = line.split(), _CLAUSE_GOES_ON.match(following.lstrip())
    return (
        line.endswith(",")
        or (bool(words) and words[-1] in _OPEN_WORDS)
        or BROKEN_COMPOUND.search(line) is not None
        or (opening is not None and opening.group(1) not in _OPEN_WORDS)
    )


def _line_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after the line breaks in ``text[start:end]`` that end a sentence (see the module)."""
    cuts = []
    for paragraph in re.finditer(r"[^\n]*(?:\n[ \t]*[^\s][^\n]*)*", text[start:end]):
        lines = paragraph.group().split("\n")
        width = max(len(line.rstrip()) for line in lines)
        wrapped = MIN_WRAP <= width <= MAX_WRAP
        offset = start + paragraph.start()
        for line, following in pairwise(lines):
            offset += len(line) + 1
            next_word = following.split(maxsplit=1)[0]
            fitted = len(line.rstrip()) + 1 + len(next_word) <= width
            if not wrapped or (fitted and not _goes_on(line.rstrip(), following)):
                cuts.append(offset)
        cuts.append(start + paragraph.end())
    return cuts


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    cuts = [start, *_line_ends(text, start, end)]
    for stop in _STOP.finditer(text, start, end):
        if not _is_abbreviation(text, stop.start()):
            cuts.append(stop.end())
    cuts = sorted(set(cuts)) + [end]
    spans = (_strip(text, a, b) for a, b in pairwise(cuts))
    return [span for span in spans if span is not None]
