"""Resolve text-quote selectors to character offsets.

A selector names the exact text, optionally the text just before (``prefix``) or
after (``suffix``) it, and which of the remaining matches to take (``occurrence``,
1-based). Any run of white space in a selector matches any run of white space in
the article (non-breaking, em and other odd spaces included), so the stored text
is never normalised, yet ``text[start:end]`` is always the article's own
characters. No match, or more than one without a disambiguator, is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Python's \s covers U+00A0, U+2000-U+200A, U+3000 and friends; add zero-width ones.
_SPACE = r"[\s\u200b\u2060\ufeff]+"


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
    body = _SPACE.join(re.escape(part) for part in fragment.split())
    lead = _SPACE if fragment[:1].isspace() else ""
    trail = _SPACE if fragment[-1:].isspace() else ""
    return re.compile(lead + body + trail + anchor)


def _prefix_ok(text: str, start: int, prefix: str, floor: int) -> bool:
    if not prefix.strip():
        return True
    window = max(floor, start - 4 * len(prefix) - 16)
    return _compile(prefix, r"\Z").search(text, window, start) is not None


def _suffix_ok(text: str, end: int, suffix: str, ceiling: int) -> bool:
    return not suffix.strip() or _compile(suffix).match(text, end, ceiling) is not None


def find_all(text: str, selector: Selector, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every (start, end) where the selector matches inside ``text[start:end]``."""
    if not selector.exact.strip():
        raise QuoteError("empty quote")
    return list(_find_all(text, selector.exact, selector.prefix, selector.suffix, start,
                          len(text) if end is None else end))


@lru_cache(maxsize=1024)
def _find_all(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The matches of a quote, found once for all its occurrences (an article quotes a name many times)."""
    pattern = _compile(exact.strip())
    spans, pos = [], start
    while (match := pattern.search(text, pos, end)) is not None:
        s, e = match.span()
        if _prefix_ok(text, s, prefix, start) and _suffix_ok(text, e, suffix, end):
            spans.append((s, e))
        pos = s + 1
    return tuple(spans)


def resolve(text: str, selector: Selector, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The one span the selector names inside ``text[start:end]``."""
    if selector.occurrence is not None and selector.occurrence < 1:
        raise QuoteError(f"{selector.describe()}: occurrence counts from 1")
    spans = find_all(text, selector, start, end)
    if not spans:
        raise QuoteError(f"{selector.describe()} not found; copy it exactly from the article text")
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
