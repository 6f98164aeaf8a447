"""Split an article body into sentences.

Rules, in order: a line break always ends a sentence; ``.``, ``!`` or ``?``
(with any closing quote or bracket) followed by white space and an upper-case
letter, digit or opening quote ends one, unless the word before the stop is a
single capital letter (initials, "H.E.", "U.S.") or a known abbreviation.
Sentence spans exclude surrounding white space, so consecutive sentences are
separated only by white space and together cover every other character of the body.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
     "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Col", "Sen", "Rep", "Gov", "Amb", "Co", "Corp", "Inc",
     "Ltd", "etc", "vs", "e.g", "i.e", "approx", "Dept", "Fig"}
)

_STOP = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
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


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) covering ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    cuts = [start]
    for line in re.finditer(r"\n", text[start:end]):
        cuts.append(start + line.end())
    for stop in _STOP.finditer(text, start, end):
        if not _is_abbreviation(text, stop.start()):
            cuts.append(stop.end())
    cuts = sorted(set(cuts)) + [end]
    spans = (_strip(text, a, b) for a, b in zip(cuts, cuts[1:]))
    return [span for span in spans if span is not None]
