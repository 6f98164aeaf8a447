"""The shortest quote selector that names a span uniquely, checked with ``china_iom.annotation.quotes``.

The exact text alone if it occurs once in scope; else the shortest prefix or
suffix (grown word by word, up to a few words) that makes it unique (context never
crosses a line break, to keep the YAML readable); else its occurrence number.
"""

from __future__ import annotations

from china_iom.annotation.quotes import Selector, find_all

MAX_CONTEXT = 40  # characters of prefix or suffix tried before falling back on occurrence


def _unique(text: str, selector: Selector, span: tuple[int, int], scope: tuple[int, int]) -> bool:
    return find_all(text, selector, *scope) == [span]


def _cuts_before(text: str, start: int, floor: int) -> list[int]:
    """Positions before ``start`` where a prefix may begin: just before it, then at word and punctuation edges."""
    cuts = []
    for p in range(start - 1, max(floor, start - MAX_CONTEXT) - 1, -1):
        if text[p] == "\n":
            break
        if p == floor or not text[p - 1].isalnum() or not text[p].isalnum():
            if text[p:start].strip() and not text[p].isspace():
                cuts.append(p)
    return cuts


def _cuts_after(text: str, end: int, ceiling: int) -> list[int]:
    cuts = []
    for q in range(end + 1, min(ceiling, end + MAX_CONTEXT) + 1):
        if text[q - 1] == "\n":
            break
        if q == ceiling or not text[q].isalnum() or not text[q - 1].isalnum():
            if text[end:q].strip() and not text[q - 1].isspace():
                cuts.append(q)
    return cuts


def minimal_selector(text: str, span: tuple[int, int], scope: tuple[int, int] | None = None) -> Selector:
    """A selector resolving to ``span`` within ``scope`` (default: the whole text), as short as found."""
    scope = scope or (0, len(text))
    start, end = span
    exact = text[start:end]
    plain = Selector(exact)
    if _unique(text, plain, span, scope):
        return plain
    options = [Selector(exact, prefix=text[p:start]) for p in _cuts_before(text, start, scope[0])]
    options += [Selector(exact, suffix=text[end:q]) for q in _cuts_after(text, end, scope[1])]
    for option in sorted(options, key=lambda s: len(s.prefix) + len(s.suffix)):
        if _unique(text, option, span, scope):
            return option
    matches = find_all(text, plain, *scope)
    return Selector(exact, occurrence=matches.index(span) + 1)
