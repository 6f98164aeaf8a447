"""Find every registered surface form in a text at once (Aho-Corasick over a folded copy).

The text is folded character by character (case, accents and white-space runs
ignored, as ``registry.fold`` does for aliases) with a map from each folded
character back to the original offset, so a match is reported as the article's
own characters. One automaton holds every surface form, so the cost of a scan
does not grow with the number of aliases. Matches must start and end on word
boundaries; where matches overlap, the longest wins whatever its registry (a topic alias
inside an organization's name is part of the name, not a topic mention), but a topic phrase
may hold the names it speaks of, and a body's name the registered body it ends with ("Chinese Mission to
the UN Office at Geneva"). A topic is also found by the forms its registered ones imply
(``topic_forms``: "human trafficking", "Belt and Road"), each reported with the form it comes from.
British and American spellings are one ("Organisation" is "Organization", "Centre" is "Center"), so a
registered body written the other way is found as itself, not proposed as a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from china_iom.annotation.registry import Registries, fold, surface_forms, unmarked
from china_iom.drafting.detect_candidates import ORG_HEADS, PINYIN_NAME
from china_iom.drafting.topic_forms import implied_forms

MENTION_KINDS = ("people", "organizations", "topics")
ALL_KINDS = (*MENTION_KINDS, "places")


@dataclass(frozen=True)
class Match:
    """One occurrence of a registered entity in the text."""

    kind: str
    entity_id: str
    start: int
    end: int
    quote: str
    registered: bool  # the quote is, white space aside, one of the entity's registered forms
    implied_by: str | None = None  # the registered form of a topic that the quote is a short form of
    as_written: bool = True  # the quote is, white space aside, a registered or implied form in its own case


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded like ``registry.fold`` (but keeping edges), and each folded char's source offset."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\u200b\u2060\ufeff":
            if out and out[-1] != " ":
                out.append(" ")
                offsets.append(i)
            continue
        for piece in unmarked(ch).casefold():
            out.append(piece)
            offsets.append(i)
    return "".join(out), offsets


# British spellings and their American forms, in folded text ("organisation", "centre", "labour", "programme")
_SPELLINGS = {"isation": "ization", "centre": "center", "labour": "labor", "programme": "program", "defence": "defense"}
_BRITISH = re.compile(r"isation|\b(?:centre|labour|programme|defence)(?=s?\b)")


def spelled_alike(folded: str, offsets: list[int]) -> tuple[str, list[int]]:
    """A folded text (``fold_with_offsets``) with British spellings in their American form, and each character's
    source offset; a shorter form's last character keeps the offset of the word's last, so a match spans it all."""
    out: list[str] = []
    kept: list[int] = []
    at = 0
    for match in _BRITISH.finditer(folded):
        out.append(folded[at : match.start()])
        kept += offsets[at : match.start()]
        american = _SPELLINGS[match.group()]
        out.append(american)
        kept += offsets[match.start() : match.start() + len(american) - 1] + [offsets[match.end() - 1]]
        at = match.end()
    out.append(folded[at:])
    kept += offsets[at:]
    return "".join(out), kept


def _key(form: str) -> str:
    """The automaton's key of a registered form: folded, in American spelling."""
    folded = fold(form)
    return spelled_alike(folded, list(range(len(folded))))[0]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in form


class AliasMatcher:
    """Every surface form of every entity of the mention kinds, in one automaton."""

    def __init__(self, registries: Registries, kinds: tuple[str, ...] = MENTION_KINDS):
        self._automaton = ahocorasick.Automaton()
        self._forms: dict[tuple[str, str], set[str]] = {}
        self._full_names = {fold(p.name) for p in registries.people.entries.values()} if "people" in kinds else set()
        entries: dict[str, list[tuple[str, str, bool, str | None]]] = {}
        for kind in kinds:
            for entity_id, entity in registries.get(kind).entries.items():
                forms = surface_forms(entity)
                self._forms[kind, entity_id] = {" ".join(f.split()) for f in forms}
                for form in forms:
                    entries.setdefault(_key(form), []).append((kind, entity_id, _acronym(form), None))
        for entity_id, implied in (implied_forms(registries) if "topics" in kinds else {}).items():
            self._forms["topics", entity_id] |= {" ".join(f.split()) for f in implied}
            for form, source in implied.items():
                entries.setdefault(_key(form), []).append(("topics", entity_id, False, source))
        for key, owners in entries.items():
            self._automaton.add_word(key, (key, owners))
        self._empty = not entries
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping (per kind, longest first) matches inside ``text[start:end]``, in text order."""
        end = len(text) if end is None else end
        if self._empty:
            return []
        folded, offsets = spelled_alike(*fold_with_offsets(text[start:end]))
        found: list[Match] = []
        for last, (key, owners) in self._automaton.iter(folded):
            first = last - len(key) + 1
            s, e = start + offsets[first], start + offsets[last] + 1
            if not self._bounded(text, s, e):
                continue
            for kind, entity_id, acronym, source in owners:
                quote = text[s:e]
                if acronym and not quote.isupper():
                    continue
                if kind == "people" and key not in self._full_names and _given_name_after(text, e):
                    continue  # "Premier Li Keqiang" is no "Premier Li" of the registry: a longer name, another person
                written = " ".join(quote.split()) in self._forms[kind, entity_id]
                found.append(Match(kind, entity_id, s, e, quote, written and source is None, source, written))
        headed = {
            m for m in found if m.kind == "organizations" and _lower_head(m.quote, self._forms[m.kind, m.entity_id])
        }
        return _longest(found, headed)

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        return not (_is_word(before) and _is_word(text[start])) and not (_is_word(after) and _is_word(text[end - 1]))


_LOWER_HEAD = re.compile(rf"\b(?:{ORG_HEADS.lower()})\b")


def _lower_head(quote: str, forms: set[str]) -> bool:
    """Whether ``quote`` is a registered body's form but for a head word in lower case ("IOM office in China" for
    "IOM Office in China"), the rest as written: a variant of that name, not a mention of a shorter one inside it."""
    quote = " ".join(quote.split())
    heads = {i for m in _LOWER_HEAD.finditer(quote) for i in range(m.start(), m.end())}
    return any(
        len(form) == len(quote)
        and quote != form
        and all(a == b or (i in heads and a == b.lower()) for i, (a, b) in enumerate(zip(quote, form)))
        for form in forms
    )


def _given_name_after(text: str, end: int) -> bool:
    """Whether a word in pinyin, capitalised, follows ``end``: a given name, so a short form of a registered
    person's name before it ("Premier Li", "Li") is part of someone else's full name ("Premier Li Keqiang")."""
    word = text[end : end + 12].split(maxsplit=1)[0] if text[end : end + 1] in (" ", "\u00a0") else ""
    word = word.rstrip(".,;:'’)")
    return word[:1].isupper() and word[1:].islower() and PINYIN_NAME.fullmatch(word) is not None


def _holds(implied: Match, exact: Match) -> bool:
    """Whether a topic's implied form is longer than a registered form it holds ("global immigration governance",
    "immigration governance"): the longer names the topic as the text does."""
    return implied.implied_by is not None and implied.start <= exact.start and exact.end <= implied.end


def _heads(variant: Match, exact: Match, headed: set[Match]) -> bool:
    """Whether ``variant`` is a body's name with a lower-case head word that holds ``exact`` and is longer."""
    return variant in headed and variant.start <= exact.start and exact.end <= variant.end and variant != exact


# what joins a body's name to the one it ends with ("Chinese Mission to the ...", "... Department of the ...")
_JOINED_TO = re.compile(r"\s(?:to|of|at)\s+the\s+$")


def _tail_body(whole: Match, part: Match) -> bool:
    """Whether ``part`` is another registered body whose name ends ``whole``'s after "to the", "of the" or "at the"
    ("Chinese Mission to the UN Office at Geneva"): a mention of its own as well."""
    return (
        whole.kind == part.kind == "organizations"
        and whole.entity_id != part.entity_id
        and whole.start < part.start
        and part.end == whole.end
        and _JOINED_TO.search(whole.quote[: part.start - whole.start]) is not None
    )


def _longest(matches: list[Match], headed: set[Match]) -> list[Match]:
    """The longest of overlapping matches (earliest on ties), except that a topic phrase may hold names
    ("the 70th anniversary of IOM"), though never a shorter form of itself, a body's name may end with another's
    (``_tail_body``), and a form registered as written beats a case variant of its kind (not a longer form a topic
    implies that holds it, nor a body's name with a head word in lower case, ``headed``, that holds it)."""
    exact = [m for m in matches if m.registered]
    matches = [
        m
        for m in matches
        if m.registered
        or not any(
            e.kind == m.kind and e.start < m.end and m.start < e.end and not _holds(m, e) and not _heads(m, e, headed)
            for e in exact
        )
    ]
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        if any(
            (k.kind, k.entity_id, k.start, k.end) == (match.kind, match.entity_id, match.start, match.end) for k in kept
        ):
            continue
        overlapping = [k for k in kept if k.start < match.end and match.start < k.end]
        if all(
            (k.start, k.end) == (match.start, match.end)
            or (k.kind == "topics" and k.start <= match.start and match.end <= k.end and k.entity_id != match.entity_id)
            or _tail_body(k, match)
            for k in overlapping
        ):
            kept.append(match)
    return sorted(kept, key=lambda m: (m.start, m.kind, m.entity_id))
