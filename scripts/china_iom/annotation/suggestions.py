"""The registered ids nearest to an unknown one, for messages (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Iterable


def nearest(value: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` of ``choices`` most like ``value`` (at least 60 % alike), closest first."""
    from rapidfuzz import fuzz, process

    found = process.extract(value, list(choices), scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [choice for choice, _, _ in sorted(found, key=lambda f: (-f[1], f[0]))]


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """`` (nearest: 'a', 'b')`` for a message, or nothing when no id is close."""
    close = nearest(value, choices)
    return f" (nearest: {', '.join(repr(c) for c in close)})" if close else ""
