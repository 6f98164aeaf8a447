"""Sentences that may report a meeting the draft does not hold: questions for the reviewer, never facts.

The rules propose a meeting only where they can also tell who met whom; on press releases nobody has read
they miss about a third of the meetings, most of them at the sentence (no meeting drafted from it at all).
A sentence that uses a word that reports meetings ("met", "talks", "visited", "delegation", "forum",
"attended", ...), names a person or an organization that none of the drafted meetings holds, and from
which no meeting was drafted is listed in the summary for the reviewer to read. `china-iom evaluate`
scores the list ("meeting sentences to check") against the sentences holding a confirmed meeting the draft
missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from china_iom.drafting.meetings.meeting import ProposedMeeting


class Named(Protocol):
    """A mention of a person or an organization."""

    kind: str
    entity_id: str
    start: int
    end: int


# words that report a meeting or a gathering, in any of their forms
_WORDS = re.compile(
    r"\b(?:met|meets?|meetings?|talks|received?|receives|visit(?:s|ed|ing)?|sign(?:s|ed|ing)|address(?:ed|es)"
    r"|speech(?:es)?|remarks|keynote|attend(?:s|ed|ing)?|co-?chair(?:s|ed)?|chaired|ceremony|forum|conference"
    r"|workshop|seminar|symposium|summit|dialogue|consultations|course|lecture|call(?:ed)? on|handover"
    r"|handed over|briefed|delegation|session|round ?table|hosted|opened|toured|trip|mission)\b",
    re.IGNORECASE,
)


def sentences_to_check(
    text: str, sentences: Iterable[tuple[int, int]], meetings: list[ProposedMeeting], named: list[Named]
) -> list[tuple[int, int]]:
    """The ``sentences`` that use a meeting word (outside a name: "the Forum on China-Africa Cooperation") and
    name someone who takes part in none of the drafted ``meetings`` (a person; an organization where the
    sentence names no person), and from which none was drafted; never a question."""
    drafted = [m.sentence for m in meetings]
    taking_part = {p for m in meetings for p in m.participants} | {o for m in meetings for o in m.organizations}
    found = []
    for start, end in sentences:
        inside = [n for n in named if start <= n.start and n.end <= end]
        people = [n for n in inside if n.kind == "people"]
        if (
            not text[start:end].rstrip().endswith("?")
            and not any(a < end and start < b for a, b in drafted)
            and any(n.entity_id not in taking_part for n in people or inside)
            and any(not any(n.start <= w.start() < n.end for n in inside) for w in _WORDS.finditer(text, start, end))
        ):
            found.append((start, end))
    return found
