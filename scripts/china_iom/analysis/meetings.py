"""Meeting frequency: over time at the date's own precision, by kind, side, counterpart and level.

Every count is of distinct meetings from the ``meetings`` table (one row per event), so a meeting
reported by several articles counts once. An *encounter* is a meeting that contains no other
meeting: a trip or conference with meetings inside is counted through those meetings.

Side of a participant (``SIDES``), by the first rule that applies:

1. the organization the participant acted for, else the organizations of the person's roles
   (when they all give one side), else the person's ``country``;
2. an organization is ``china`` if its country is CN, ``international`` if it is an
   intergovernmental organization or office (IOM, the UN, UNHCR, OECD...), ``other`` if it has
   another country; with neither, it takes its parent organization's side, else ``unknown``;
3. a person's country CN gives ``china``, another country ``other``, none ``unknown``.

Level of a participant: each role title is mapped by ``LEVEL_RULES`` (first matching pattern,
case-insensitive) and the person takes the highest level (``LEVELS`` order) among the roles stated by
the articles that report the meeting, else among all their roles. A participant named only by
organization has level ``organization only``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

SIDES = ("china", "international", "other", "unknown")
SIDE_LABELS = {"china": "Chinese officials", "international": "IOM/UN and other international organizations",
               "other": "other countries", "unknown": "side unknown"}
INTERNATIONAL_KINDS = ("intergovernmental_organization", "intergovernmental_office")

# Highest first. A person holding several titles takes the highest.
LEVELS = ("minister", "vice minister", "head of organization", "deputy head", "chief of mission", "other",
          "organization only")
# Title pattern -> level; the first match wins, so "Vice Minister" is tested before "Minister".
LEVEL_RULES: tuple[tuple[str, str], ...] = (
    (r"\bvice[- ]minister\b|\bdeputy minister\b|\bstate secretary\b", "vice minister"),
    (r"\bdeputy\b|\bvice\b|\bassistant\b", "deputy head"),
    (r"\bminister\b|\bstate council+or\b", "minister"),
    (r"\bchief of mission\b|\bhead of office\b|\bambassador\b|\brepresentative\b", "chief of mission"),
    (r"\bdirector[- ]general\b|\bsecretary[- ]general\b|\bcommissioner\b|\bchair(man|woman|person)?\b"
     r"|\badministrator\b|\bhead\b", "head of organization"),
)
PERIOD_UNDATED = "undated"
PERIOD_SPANS_YEARS = "spans years"


def level(title: str) -> str:
    """Level of a role title by ``LEVEL_RULES`` (``other`` when no rule matches)."""
    for pattern, found in LEVEL_RULES:
        if re.search(pattern, title, flags=re.IGNORECASE):
            return found
    return "other"


def highest(levels: Sequence[str]) -> str:
    """The highest of some levels in ``LEVELS`` order."""
    return min(levels, key=LEVELS.index)


def encounters(meetings: pd.DataFrame) -> pd.DataFrame:
    """Meetings that contain no other meeting."""
    return meetings[~meetings["meeting_id"].isin(meetings["parent_meeting_id"].dropna())]


def organization_sides(organizations: pd.DataFrame) -> pd.Series:
    """Side of every organization (rule 2 of the module docstring), indexed by organization_id."""
    rows = organizations.set_index("organization_id")

    def own(org: str) -> str:
        country, kind = rows.at[org, "country"], rows.at[org, "kind"]
        if pd.notna(country) and country == "CN":
            return "china"
        if kind in INTERNATIONAL_KINDS:
            return "international"
        return "other" if pd.notna(country) else "unknown"

    def side(org: str, seen: frozenset[str] = frozenset()) -> str:
        found, parent = own(org), rows.at[org, "parent_id"]
        if found == "unknown" and pd.notna(parent) and parent not in seen:
            return side(parent, seen | {org})
        return found

    return pd.Series({org: side(org) for org in rows.index}, dtype="string").rename("side")


def person_sides(people: pd.DataFrame, roles: pd.DataFrame, org_side: pd.Series) -> pd.Series:
    """Side of every person from their roles' organizations, else their country; by person_id."""
    known = roles.dropna(subset=["organization_id"]).assign(side=lambda r: r["organization_id"].map(org_side))
    known = known[known["side"] != "unknown"]
    by_roles = known.groupby("person_id")["side"].agg(lambda s: s.iloc[0] if s.nunique() == 1 else pd.NA)
    by_country = people.set_index("person_id")["country"].map(
        lambda c: "unknown" if pd.isna(c) else "china" if c == "CN" else "other")
    return by_roles.reindex(by_country.index).fillna(by_country).astype("string").rename("side")


def participant_levels(participants: pd.DataFrame, roles: pd.DataFrame,
                       meeting_sources: pd.DataFrame) -> pd.Series:
    """Level of each participant row (index aligned with ``participants``)."""
    titled = roles.assign(level=roles["title"].map(level))
    reporting = meeting_sources.groupby("meeting_id")["article_id"].agg(set)

    def one(meeting_id: str, person_id: object) -> str:
        if pd.isna(person_id):
            return "organization only"
        own = titled[titled["person_id"] == person_id]
        stated_here = own[own["article_id"].isin(reporting.get(meeting_id, set()))]
        chosen = stated_here if len(stated_here) else own
        return highest(list(chosen["level"])) if len(chosen) else "other"

    found = [one(m, p) for m, p in zip(participants["meeting_id"], participants["person_id"])]
    return pd.Series(pd.Categorical(found, categories=LEVELS, ordered=True), index=participants.index)


def participation(meetings: pd.DataFrame, participants: pd.DataFrame, people: pd.DataFrame,
                  organizations: pd.DataFrame, roles: pd.DataFrame, meeting_sources: pd.DataFrame) -> pd.DataFrame:
    """One row per participant of a meeting: who (actor id and name), side, level, and the meeting's kind,
    status and dates. The actor is the person where named, else the organization."""
    org_side = organization_sides(organizations)
    person_names = people.set_index("person_id")["name"]
    org_names = organizations.set_index("organization_id")["name"]
    rows = participants.merge(meetings[["meeting_id", "kind", "status", "date_earliest", "date_precision"]],
                              on="meeting_id", how="left")
    actor = rows["person_id"].fillna(rows["organization_id"])
    organization = rows["organization_id"].map(org_names)
    side = rows["organization_id"].map(org_side)
    side = side.where(side.notna() & (side != "unknown"), rows["person_id"].map(person_sides(people, roles, org_side)))
    return rows.assign(
        actor_id=actor, actor=rows["person_id"].map(person_names).fillna(organization), organization=organization,
        side=pd.Categorical(side.fillna("unknown"), categories=SIDES),
        level=participant_levels(rows, roles, meeting_sources),
    )


def count_meetings(frame: pd.DataFrame, by: str | list[str]) -> pd.DataFrame:
    """Distinct meetings per group of ``by``, with their ids (most meetings first)."""
    keys = [by] if isinstance(by, str) else by
    grouped = frame.groupby(keys, observed=True)["meeting_id"]
    counts = pd.DataFrame({"n_meetings": grouped.nunique(),
                           "meeting_ids": grouped.agg(lambda ids: " ".join(sorted(set(ids))))}).reset_index()
    return counts.sort_values(["n_meetings", *keys], ascending=[False] + [True] * len(keys), ignore_index=True)


def counterpart_pairs(part: pd.DataFrame) -> pd.DataFrame:
    """Who meets whom: pairs of actors on different known sides in the same meeting, most meetings first.

    ``actor_a`` is on the side that comes first in ``SIDES`` (the Chinese side where there is one).
    """
    cols = ["meeting_id", "actor_id", "actor", "side"]
    known = part.loc[part["side"] != "unknown", cols].drop_duplicates()
    both = known.merge(known, on="meeting_id", suffixes=("_a", "_b"))
    both = both[both["side_a"].cat.codes < both["side_b"].cat.codes]
    counted = count_meetings(both, ["actor_id_a", "actor_a", "side_a", "actor_id_b", "actor_b", "side_b"])
    return counted.rename(columns=lambda c: c.replace("actor_id", "id"))


def meeting_levels(part: pd.DataFrame) -> pd.DataFrame:
    """Highest level on each side of each meeting: meeting_id, side, level."""
    ranked = part.sort_values("level").drop_duplicates(["meeting_id", "side"])
    return ranked[["meeting_id", "side", "level"]].sort_values(["meeting_id", "side"], ignore_index=True)


def periods(meetings: pd.DataFrame) -> pd.DataFrame:
    """Year and month of each meeting where its date window allows (else NA), with its precision
    (``undated`` where there is no date)."""
    first, last = meetings["date_earliest"], meetings["date_latest"]
    same_year = first.dt.year == last.dt.year
    same_month = same_year & (first.dt.month == last.dt.month)
    return pd.DataFrame({
        "meeting_id": meetings["meeting_id"], "status": meetings["status"],
        "date_precision": meetings["date_precision"].astype("string").fillna(PERIOD_UNDATED),
        "year": first.dt.year.astype("Int64").where(same_year),
        "month": first.dt.strftime("%Y-%m").astype("string").where(same_month),
    }).reset_index(drop=True)


def per_period(meetings: pd.DataFrame, freq: str) -> pd.DataFrame:
    """Meetings per ``freq`` (``year`` or ``month``) and precision, in time order.

    A meeting whose date window spans more than one period is not spread over them: per month it
    falls in ``YYYY (month unknown)``, per year in ``spans years``; a meeting without date in ``undated``.
    """
    if freq not in ("year", "month"):
        raise ValueError(f"freq must be 'year' or 'month', not {freq!r}")
    table = periods(meetings)
    dated = table["year"].notna()
    label = table["year"].astype("string")
    if freq == "month":
        label = table["month"].fillna(label + " (month unknown)")
    undated = meetings["date_earliest"].isna().to_numpy()
    label = label.where(dated, pd.Series(PERIOD_UNDATED, index=table.index).where(undated, PERIOD_SPANS_YEARS))
    # "YYYY (month unknown)" sorts before "YYYY-MM"; undated and spans-years come last.
    order = sorted(label.unique(), key=lambda p: (not p[:4].isdigit(), p))
    counted = table.assign(period=pd.Categorical(label, categories=order, ordered=True))
    result = counted.groupby(["period", "date_precision"], observed=True).size().rename("n_meetings")
    return result.reset_index().sort_values(["period", "date_precision"], ignore_index=True)


def nesting(meetings: pd.DataFrame) -> pd.DataFrame:
    """Each meeting with its outermost container (``root_id``), depth (0 for the container itself) and
    ``order``: its rank when every container is followed by what it holds, each level by date."""
    parent = dict(zip(meetings["meeting_id"], meetings["parent_meeting_id"]))
    start = dict(zip(meetings["meeting_id"], meetings["date_earliest"].dt.strftime("%Y-%m-%d").fillna("~")))

    def chain(meeting: str) -> list[str]:
        found = [meeting]
        while pd.notna(parent.get(found[-1])):
            if parent[found[-1]] in found:
                raise ValueError(f"meetings nest in a cycle: {' -> '.join(found)}")
            found.append(parent[found[-1]])
        return found[::-1]

    chains = {m: chain(m) for m in meetings["meeting_id"]}
    keys = {m: [(start[x], x) for x in path] for m, path in chains.items()}
    rank = {m: i for i, m in enumerate(sorted(keys, key=keys.get))}
    ids = meetings["meeting_id"]
    return meetings.assign(root_id=ids.map(lambda m: chains[m][0]).astype("string"),
                           depth=ids.map(lambda m: len(chains[m]) - 1).astype("int64"), order=ids.map(rank))


def timeline(meetings: pd.DataFrame) -> pd.DataFrame:
    """Containers (trips, visits, conferences with meetings inside) each followed by what they hold,
    in date order at every level."""
    nested = nesting(meetings)
    containers = nested.loc[nested["depth"] > 0, "root_id"].unique()
    inside = nested[nested["root_id"].isin(containers)]
    return inside.sort_values("order", ignore_index=True).drop(columns="order")
