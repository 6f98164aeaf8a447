"""The shorter and plainer forms a registered topic implies, for matching ("human trafficking", "Belt and Road").

A topic's label and aliases are written out in full ("Combating telecom and Internet fraud", "Belt and Road
Initiative"); releases name the topic by a part of them. From each registered form this derives: the form without
the verb a theme's label opens with ("Combating", "Opposing"), or the noun of its act where what it acts on keeps a
complement ("rights and interests of Chinese citizens abroad" of "Protection of the ..."), with the stock qualifier
releases put before it ("legitimate rights and interests of ..."); each conjunct of a coordination, the shared head kept
("telecom fraud", "Internet fraud" of "telecom and Internet fraud") or, after an activity ("human trafficking and
migrant smuggling"), each whole phrase; the form without its scope ("global", "international": "migration
governance"); a name without its generic head ("Belt and Road", "COVID-19"), only where what is left is no common
phrase ("Global Development" is); the noun of an act ("management of international migration" of "managing
international migration"); and the plain synonyms releases use ("illegal migration", "immigration", "telecommunication fraud"). A derived
form of one word, one made only of words that three topics use ("security cooperation"), one that another entry
registers, or one that two topics imply, is dropped: the draft proposes each match as a new alias for the
annotator to confirm.
"""

from __future__ import annotations

import itertools
import re

from china_iom.annotation.registry import Registries, fold, surface_forms

# The scope adjectives a theme's form opens with, which a release leaves out ("global migration governance")
_SCOPES = frozenset({"global", "international"})
# The generic heads of a name, which a release leaves out ("the Belt and Road", "COVID-19")
_HEADS = frozenset({"initiative", "pandemic", "epidemic", "outbreak"})
# Plain words releases use for a registered term: Chinese sources say "illegal" where IOM says "irregular", and
# spell out "telecom"
_SYNONYMS = {
    "irregular": ("illegal",),
    "migration": ("immigration",),
    "migrants": ("migrant workers",),
    "telecom": ("telecommunication", "telecommunications"),
}
# The stock qualifier releases put before the word a form opens with ("legitimate rights and interests of ...")
_QUALIFIERS = {"rights": "legitimate"}
# The noun of the act a form opens with ("managing international migration": "management of international migration")
_NOUNS = {"managing": "management", "governing": "governance", "protecting": "protection", "promoting": "promotion"}
# Words a conjunct of a coordination never holds ("rights and interests of migrants": "of migrants" is shared)
_FUNCTION = frozenset({"of", "the", "a", "an", "for", "with", "to", "in", "on", "by", "between", "along"})


def implied_forms(registries: Registries) -> dict[str, dict[str, str]]:
    """For each topic id, the forms it implies (derived form -> the registered form it comes from)."""
    registered = {
        fold(f)
        for kind in ("people", "organizations", "places", "topics")
        for e in registries.get(kind).entries.values()
        for f in surface_forms(e)
    }
    generic = _generic_words(registries)
    found: dict[str, dict[str, str]] = {}
    owners: dict[str, set[str]] = {}
    for topic_id, topic in registries.topics.entries.items():
        acronym = getattr(topic, "acronym", None)
        for form in surface_forms(topic):
            if form == acronym:
                continue
            for derived in sorted(_derived(form)):
                if fold(derived) not in registered and not _words(derived) <= generic:
                    found.setdefault(topic_id, {}).setdefault(fold(derived), (derived, form))
                    owners.setdefault(fold(derived), set()).add(topic_id)
    return {
        tid: {derived: form for key, (derived, form) in forms.items() if len(owners[key]) == 1}
        for tid, forms in found.items()
    }


def _generic_words(registries: Registries) -> set[str]:
    """The words that the forms of three topics or more use ("security", "cooperation"): a derived form made only
    of them is a common phrase ("security cooperation"), no name of one topic."""
    users: dict[str, set[str]] = {}
    for topic_id, topic in registries.topics.entries.items():
        for form in surface_forms(topic):
            for word in _words(form):
                users.setdefault(word, set()).add(topic_id)
    return {word for word, topics in users.items() if len(topics) >= 3}


def _words(form: str) -> set[str]:
    """The folded words of ``form`` that carry meaning (no function word)."""
    return {w for w in re.findall(r"[\w-]+", fold(form)) if w not in _FUNCTION and w != "and"}


def _derived(form: str) -> set[str]:
    """Every form ``form`` implies, before the checks against the registries."""
    words = form.split()
    if words[0].endswith("ing") and words[0][:1].islower():  # "providing expertise and ...": an act, no theme
        acts = {form} | ({" ".join([_NOUNS[words[0]], "of", *words[1:]])} if words[0] in _NOUNS else set())
        return {v for act in acts for v in {act, *_synonyms(act)} if _distinct(v)} - {form}
    if len(words) >= 3 and words[0].endswith("ing"):
        words = words[1:]  # "Combating telecom and Internet fraud": the theme, not the verb
    stems = {
        s
        for phrase in (words, _object_of_act(words) or words)
        for s in {" ".join(phrase), *_conjuncts(phrase), *_unscoped(phrase), *_headless(phrase)}
    }
    stems |= {inverse for s in stems for inverse in _inverted(s.split())}
    stems |= {f"{_QUALIFIERS[s.split()[0].lower()]} {s}" for s in stems if s.split()[0].lower() in _QUALIFIERS}
    plain = {variant for s in stems for variant in _synonyms(s)}
    return {s for s in stems | plain if _distinct(s)} - {form}


def _object_of_act(words: list[str]) -> list[str] | None:
    """What the noun of an act opening a theme acts on ("Protection of the rights and interests of Chinese citizens
    abroad": "rights and interests of Chinese citizens abroad"), where it keeps a complement of its own ("of ..."):
    "rights and interests" alone names no one's."""
    if len(words) < 3 or words[0].lower() not in _NOUNS.values() or words[1] != "of":
        return None
    rest = words[3:] if words[2] == "the" else words[2:]
    return rest if "of" in rest[1:-1] else None


def _conjuncts(words: list[str]) -> set[str]:
    """Each conjunct of the one "and" of a coordination with its shared words ("telecom fraud", "Internet
    fraud"); after an activity ("human trafficking and ...") also the phrase before "and"; none between two
    capitalised words (a name: "Belt and Road") nor in a list ("safe, orderly and regular")."""
    if words.count("and") != 1 or any("," in w for w in words):
        return set()
    i = words.index("and")
    if i == 0 or i == len(words) - 1 or (words[i - 1][:1].isupper() and words[i + 1][:1].isupper()):
        return set()
    out = {" ".join(words[:j] + words[i + 1 :]) for j in range(max(0, i - 2), i) if _plain(words[j:i])}
    out |= {" ".join(words[:i] + words[m:]) for m in range(i + 2, min(i + 4, len(words))) if _plain(words[i + 1 : m])}
    if words[i - 1].endswith("ing"):
        out.add(" ".join(words[:i]))
    return out


# The people a theme is about, plural and as a noun before another ("integration of migrants": "migrant integration")
_PEOPLE = {"migrants": "migrant", "refugees": "refugee"}


def _inverted(words: list[str]) -> set[str]:
    """A theme of three words on people (``_PEOPLE``) with the people before it, and back ("integration of migrants"
    and "migrant integration", "smuggling of migrants" and "migrant smuggling")."""
    folded = [w.lower() for w in words]
    if len(words) == 3 and folded[1] == "of" and folded[2] in _PEOPLE:
        return {f"{_PEOPLE[folded[2]]} {folded[0]}"}
    plural = {one: many for many, one in _PEOPLE.items()}
    if len(words) == 2 and folded[0] in plural:
        return {f"{folded[1]} of {plural[folded[0]]}"}
    return set()


def _plain(conjunct: list[str]) -> bool:
    """A conjunct of a word or two, none of them a function word."""
    return not any(w.lower() in _FUNCTION for w in conjunct)


def _unscoped(words: list[str]) -> set[str]:
    """The form without the scope it opens with ("migration governance"), unless it is a name ("Global Compact")."""
    if len(words) >= 3 and words[0].lower() in _SCOPES and not words[1][:1].isupper():
        return {" ".join(words[1:])}
    return set()


def _headless(words: list[str]) -> set[str]:
    """A name without its generic head ("Belt and Road", "COVID-19"), where what is left is distinctive: a
    digit or hyphen in it, or three words ("Global Development" alone is a common phrase)."""
    if len(words) < 2 or words[-1].lower() not in _HEADS:
        return set()
    rest = words[:-1]
    distinctive = len(rest) >= 3 or any(re.search(r"[\d-]", w) for w in rest)
    return {" ".join(rest)} if distinctive and rest[0][:1].isupper() else set()


def _synonyms(form: str) -> set[str]:
    """``form`` with any of the words that releases replace by a plainer one replaced ("illegal migration",
    "illegal immigration", "telecommunication fraud")."""
    choices = [(w, *_SYNONYMS.get(w, ())) for w in form.split()]
    return {" ".join(words) for words in itertools.product(*choices)} - {form}


def _distinct(form: str) -> bool:
    """Two words or more, or one with a digit ("COVID-19"): one plain word ("migration") is no topic."""
    return len(form.split()) >= 2 or re.search(r"\d", form) is not None
