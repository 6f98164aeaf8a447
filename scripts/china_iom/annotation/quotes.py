"""Resolve text-quote selectors to character offsets.

A selector names the exact text, optionally the text just before (``prefix``) or
after (``suffix``) it, and which of the remaining matches to take (``occurrence``,
1-based). Any run of white space in a selector matches any run of white space in
the article (non-breaking, em and other odd spaces included), so the stored text
is never normalised, yet ``text[start:end]`` is always the article's own
characters. A match must start and end at word boundaries ("Amy Pop" does not
match inside "Amy Pope"). No match, or more than one without a disambiguator, is
an error; where there is none, the message names the closest passage of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Python's \s covers U+00A0, U+2000-U+200A, U+3000 and friends; add zero-width ones.
_SPACE = r"[\s\u200b\u2060\ufeff]+"
_EDGES = re.compile(rf"\A{_SPACE}|{_SPACE}\Z")


def _trim(fragment: str) -> str:
    """``fragment`` without white space (zero-width spaces included) at either end."""
    return _EDGES.sub("", fragment)


@dataclass(frozen=True)
class Selector:
    """W3C-style TextQuoteSelector plus an occurrence number."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    occurrence: int | None = None

    def describe(self) -> str:
        """Short human description for error messages."""
        extra = "".join(
            f", {name} {value!r}"
            for name, value in (("prefix", self.prefix), ("suffix", self.suffix), ("occurrence", self.occurrence))
            if value
        )
        return f"quote {self.exact!r}{extra}"


class QuoteError(ValueError):
    """The selector matches nothing, or more than one place."""


@lru_cache(maxsize=4096)
def _compile(fragment: str, anchor: str = "") -> re.Pattern[str]:
    """Pattern for ``fragment`` with any white-space run matching any white space."""
    body = _SPACE.join(re.escape(part) for part in re.split(_SPACE, _trim(fragment)))
    lead = _SPACE if re.fullmatch(_SPACE, fragment[:1]) else ""
    trail = _SPACE if re.fullmatch(_SPACE, fragment[-1:]) else ""
    return re.compile(lead + body + trail + anchor)


def _prefix_ok(text: str, start: int, prefix: str, floor: int) -> bool:
    if not _trim(prefix):
        return True
    window = max(floor, start - 4 * len(prefix) - 16)
    return _compile(prefix, r"\Z").search(text, window, start) is not None


def _suffix_ok(text: str, end: int, suffix: str, ceiling: int) -> bool:
    return not _trim(suffix) or _compile(suffix).match(text, end, ceiling) is not None


def _word(char: str) -> bool:
    """A letter or digit of a word in a spaced script (not CJK, where any character may start a word)."""
    return char.isalnum() and unicodedata.category(char) != "Lo"


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts or ends in the middle of a word."""
    cut_start = 0 < start < len(text) and _word(text[start - 1]) and _word(text[start])
    cut_end = 0 < end < len(text) and _word(text[end - 1]) and _word(text[end])
    return cut_start or cut_end


def _matches(text: str, selector: Selector, start: int, end: int) -> list[tuple[int, int]]:
    """Every (start, end) where the selector's text and context match, word boundaries or not."""
    if not _trim(selector.exact):
        raise QuoteError("empty quote")
    return list(_find_all(text, selector.exact, selector.prefix, selector.suffix, start, end))


@lru_cache(maxsize=1024)
def _find_all(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The matches of a quote, found once for all its occurrences (an article quotes a name many times)."""
    pattern = _compile(_trim(exact))
    spans, pos = [], start
    while (match := pattern.search(text, pos, end)) is not None:
        s, e = match.span()
        if _prefix_ok(text, s, prefix, start) and _suffix_ok(text, e, suffix, end):
            spans.append((s, e))
        pos = s + 1
    return tuple(spans)


def find_all(text: str, selector: Selector, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every (start, end) where the selector matches whole words inside ``text[start:end]``."""
    end = len(text) if end is None else end
    return [(s, e) for s, e in _matches(text, selector, start, end) if not inside_word(text, s, e)]


def _not_found(text: str, selector: Selector, start: int, end: int) -> str:
    """Why nothing matched: the quote cuts a word, or it is not there (with the closest passage)."""
    cut = _matches(text, selector, start, end)
    if cut:
        s, e = _whole_words(text, *cut[0], start, end)
        return (
            f"{selector.describe()} starts or ends inside a word (at character {cut[0][0]}, in "
            f"{text[s:e]!r}); quote whole words"
        )
    return f"{selector.describe()} not found; {closest_passage(text, selector.exact, start, end)}"


def _whole_words(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """``s``..``e`` widened to the words it cuts, within ``start``..``end``."""
    while s > start and _word(text[s - 1]) and _word(text[s]):
        s -= 1
    while e < end and _word(text[e - 1]) and _word(text[e]):
        e += 1
    return s, e


def closest_passage(text: str, quote: str, start: int = 0, end: int | None = None) -> str:
    """The passage of ``text[start:end]`` most like ``quote`` (rapidfuzz), as advice for a message."""
    from rapidfuzz import fuzz

    end = len(text) if end is None else end
    found = fuzz.partial_ratio_alignment(" ".join(quote.split()), text[start:end])
    if found is None or found.score < 50:
        return "nothing in the text is close to it: check that it belongs to this article"
    s, e = _whole_words(text, start + found.dest_start, start + found.dest_end, start, end)
    return (
        f"the closest passage ({found.score:.0f}% alike, at character {s}) is {text[s:e]!r}: copy it "
        "exactly from the article text"
    )


def resolve(text: str, selector: Selector, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The one span the selector names inside ``text[start:end]``."""
    if selector.occurrence is not None and selector.occurrence < 1:
        raise QuoteError(f"{selector.describe()}: occurrence counts from 1")
    end = len(text) if end is None else end
    spans = find_all(text, selector, start, end)
    if not spans:
        raise QuoteError(_not_found(text, selector, start, end))
    if selector.occurrence is not None:
        if selector.occurrence > len(spans):
            raise QuoteError(f"{selector.describe()}: only {len(spans)} match(es) in scope")
        return spans[selector.occurrence - 1]
    if len(spans) > 1:
        at = ", ".join(str(s) for s, _ in spans[:5])
        raise QuoteError(
            f"{selector.describe()} is ambiguous ({len(spans)} matches, at characters {at}); "
            "add a prefix, suffix or occurrence"
        )
    return spans[0]
