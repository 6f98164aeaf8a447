"""Meeting frequency: over time at the date's own precision, by kind, side, counterpart and level.

Every count is of distinct meetings from the ``meetings`` table (one row per event), so a meeting
reported by several articles counts once. The definitions are columns of the tables, derived in the
build (``china_iom.build.derived``) and documented in the data dictionary: a meeting's ``meeting_type``
(an *encounter*, or a *container* such as a trip or conference with meetings inside, counted through
those meetings), its ``date_year``, each participant's ``side`` and ``level``, and ``meeting_pairs``
(who met whom). "Meetings per year" is held encounters per ``date_year`` (``per_year``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from china_iom.build.derived import LEVEL_RULES, level
from china_iom.schema import LEVELS, SIDES

__all__ = ["LEVELS", "LEVEL_RULES", "SIDES", "level"]

SIDE_LABELS = {
    "china": "Chinese officials",
    "international": "IOM/UN and other international organizations",
    "other": "other countries",
    "unknown": "side unknown",
}
PERIOD_UNDATED = "undated"
PERIOD_SPANS_YEARS = "spans years"


def encounters(meetings: pd.DataFrame) -> pd.DataFrame:
    """Meetings that contain no other meeting (``meeting_type`` encounter)."""
    return meetings[meetings["meeting_type"] == "encounter"]


def held_encounters(meetings: pd.DataFrame) -> pd.DataFrame:
    """Held meetings that contain no other meeting: what "meetings" counts."""
    return encounters(meetings[meetings["status"] == "held"])


def per_year(t: SimpleNamespace) -> pd.Series:
    """Meetings per year: held encounters per ``date_year`` (windows that span two years left out)."""
    return held_encounters(t.meetings).groupby("date_year").size().rename("meetings")


def participation(t: SimpleNamespace) -> pd.DataFrame:
    """One row per participant of a meeting: who (actor id and name), side, level, and the meeting's kind,
    status and dates. The actor is the person where named, else the organization."""
    person_names = t.people.set_index("person_id")["name"]
    org_names = t.organizations.set_index("organization_id")["name"]
    rows = t.meeting_participants.merge(
        t.meetings[["meeting_id", "kind", "status", "meeting_type", "date_earliest", "date_precision"]],
        on="meeting_id",
        how="left",
    )
    organization = rows["organization_id"].map(org_names)
    return rows.assign(
        actor_id=rows["person_id"].fillna(rows["organization_id"]),
        actor=rows["person_id"].map(person_names).fillna(organization),
        organization=organization,
    )


def count_meetings(frame: pd.DataFrame, by: str | list[str]) -> pd.DataFrame:
    """Distinct meetings per group of ``by``, with their ids (most meetings first)."""
    keys = [by] if isinstance(by, str) else by
    grouped = frame.groupby(keys, observed=True)["meeting_id"]
    counts = pd.DataFrame(
        {"n_meetings": grouped.nunique(), "meeting_ids": grouped.agg(lambda ids: " ".join(sorted(set(ids))))}
    ).reset_index()
    return counts.sort_values(["n_meetings", *keys], ascending=[False] + [True] * len(keys), ignore_index=True)


def counterpart_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    """Who meets whom: rows of ``meeting_pairs`` counted per pair of actors, most meetings first.

    ``actor_a`` is on the side that comes first in ``SIDES`` (the Chinese side where there is one).
    """
    actors = pairs.assign(**{f"id_{x}": pairs[f"person_id_{x}"].fillna(pairs[f"organization_id_{x}"]) for x in "ab"})
    actors = actors.rename(columns={"name_a": "actor_a", "name_b": "actor_b"})
    return count_meetings(actors, ["id_a", "actor_a", "side_a", "id_b", "actor_b", "side_b"])


def meeting_levels(part: pd.DataFrame) -> pd.DataFrame:
    """Highest level on each side of each meeting: meeting_id, side, level."""
    levels = part.assign(level=pd.Categorical(part["level"].astype(str), categories=LEVELS, ordered=True))
    ranked = levels.sort_values("level").drop_duplicates(["meeting_id", "side"])
    return ranked[["meeting_id", "side", "level"]].sort_values(["meeting_id", "side"], ignore_index=True)


def periods(meetings: pd.DataFrame) -> pd.DataFrame:
    """Year and month of each meeting where its date window allows (else NA), with its precision
    (``undated`` where there is no date)."""
    first, last = meetings["date_earliest"], meetings["date_latest"]
    same_month = (first.dt.year == last.dt.year) & (first.dt.month == last.dt.month)
    return pd.DataFrame(
        {
            "meeting_id": meetings["meeting_id"],
            "status": meetings["status"],
            "date_precision": meetings["date_precision"].astype("string").fillna(PERIOD_UNDATED),
            "year": meetings["date_year"].astype("Int64"),
            "month": first.dt.strftime("%Y-%m").astype("string").where(same_month),
        }
    ).reset_index(drop=True)


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
    return meetings.assign(
        root_id=ids.map(lambda m: chains[m][0]).astype("string"),
        depth=ids.map(lambda m: len(chains[m]) - 1).astype("int64"),
        order=ids.map(rank),
    )


def timeline(meetings: pd.DataFrame) -> pd.DataFrame:
    """Containers (trips, visits, conferences with meetings inside) each followed by what they hold,
    in date order at every level."""
    nested = nesting(meetings)
    containers = nested.loc[nested["depth"] > 0, "root_id"].unique()
    inside = nested[nested["root_id"].isin(containers)]
    return inside.sort_values("order", ignore_index=True).drop(columns="order")
