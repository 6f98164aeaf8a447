"""Columns and tables derived in the build from the whole package, declared in ``schema.TABLES``.

- Meeting windows: each meeting's ``date_earliest``..``date_latest`` is the intersection of its own
  date (as annotated, with ``not_after``), its parent's window (a child lies inside its parent) and,
  for a held meeting, the earliest known publication of the articles that report it (it cannot end
  after its report); a planned meeting cannot start before the publication of the article that
  defines it. A meeting without a date of its own takes its parent's window, else has none. An
  annotation that contradicts these constraints is refused, at the meeting's date in its file.
- ``meeting_type`` (encounter or container), ``date_year`` and ``date_edtf``.
- Participants' ``side`` and ``level`` (rules below and in the data dictionary).
- ``meeting_pairs``: who met whom.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from china_iom.annotation import dates
from china_iom.annotation.yamlsource import read_yaml
from china_iom.build.tables import arrow_schema
from china_iom.errors import Problem, SeedError
from china_iom.schema import LEVELS, SIDES, TABLES_BY_NAME

INTERNATIONAL_KINDS = ("intergovernmental_organization", "intergovernmental_office")
# Title pattern -> level; the first match wins, so "Vice Minister" is tested before "Minister".
LEVEL_RULES: tuple[tuple[str, str], ...] = (
    (r"\bvice[- ]minister\b|\bdeputy minister\b|\bstate secretary\b", "vice minister"),
    (r"\bdeputy\b|\bvice\b|\bassistant\b", "deputy head"),
    (
        r"\bpresident of the\b.*\b(republic|state|kingdom|federation)\b|\bprime minister\b|\bpremier\b"
        r"|\bhead of (state|government)\b",
        "head of state or government",
    ),
    (r"\bminister\b|\bstate council+or\b", "minister"),
    (
        r"\bchief of mission\b|\bhead of (mission|office)\b|\bambassador\b|\bcharg[ée] d'affaires\b"
        r"|\brepresentative\b",
        "ambassador or chief of mission",
    ),
    (
        r"\bdirector[- ]general\b|\bsecretary[- ]general\b|\bcommissioner\b|\bchair(man|woman|person)?\b"
        r"|\badministrator\b|\bhead\b|\bpresident\b",
        "head of organization",
    ),
)
# The columns derive() reads of each table it depends on (None: every column). It is given no others, so an
# incremental build may reuse what it made when none of these changed.
READS: dict[str, tuple[str, ...] | None] = {
    "articles": ("article_id", "published_earliest", "published_latest"),
    "meetings": None,
    "meeting_sources": ("meeting_id", "article_id"),
    "meeting_participants": None,
    "roles": ("person_id", "organization_id", "title", "article_id"),
    "organizations": None,
    "people": None,
}
DEPENDS_ON = tuple(READS)
MADE = ("meetings", "meeting_participants", "meeting_pairs")  # what derive() returns
_NO_DAY = 10_000_000  # no bound: +/- this many days (about 27,000 years; exact as a float too)


def derive(tables: dict[str, pa.Table], seeds: Path) -> dict[str, pa.Table]:
    """meetings, meeting_participants and meeting_pairs made from the DEPENDS_ON tables (unsorted); SeedError
    on contradicting dates."""
    frames = {name: read_columns(tables[name], name).to_pandas(date_as_object=False) for name in DEPENDS_ON}
    meetings = meeting_columns(frames, seeds)
    summary = role_summary(frames)
    participants = participant_columns(frames, summary)
    pairs = meeting_pairs(meetings, participants, frames, summary)
    return {name: _arrow(name, frame) for name, frame in zip(MADE, (meetings, participants, pairs), strict=True)}


def read_columns(table: pa.Table, name: str) -> pa.Table:
    """The columns of ``table`` (of the package's table ``name``) that derive() reads."""
    return table if READS[name] is None else table.select(list(READS[name]))


def _arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    table = TABLES_BY_NAME[name]
    arrow = pa.Table.from_pandas(frame[table.field_names], schema=arrow_schema(table), preserve_index=False)
    return arrow.replace_schema_metadata(None)  # plain Parquet: no pandas metadata


# --- meeting windows ------------------------------------------------------------------------------


def _days(column: pd.Series, missing: int) -> np.ndarray:
    """Dates as days since 1970 (``missing`` where empty)."""
    values = pd.to_datetime(column).to_numpy(dtype="datetime64[D]").astype("int64")
    return np.where(column.isna().to_numpy(), missing, values)


def meeting_columns(frames: dict[str, pd.DataFrame], seeds: Path) -> pd.DataFrame:
    """Meetings with tight windows, their sources, EDTF, year and type; SeedError on a contradiction."""
    meetings = frames["meetings"].reset_index(drop=True)
    ids = meetings["meeting_id"]
    own_lo, own_hi = _days(meetings["date_earliest"], -_NO_DAY), _days(meetings["date_latest"], _NO_DAY)
    published = frames["articles"].set_index("article_id")
    reports = frames["meeting_sources"][["meeting_id", "article_id"]].drop_duplicates()
    reports = reports.assign(latest=reports["article_id"].map(published["published_latest"]))
    report_hi = pd.Series(_days(reports["latest"], _NO_DAY), index=reports.index).groupby(reports["meeting_id"]).min()
    held = (meetings["status"] == "held").to_numpy()
    pub_hi = np.where(held, ids.map(report_hi).fillna(_NO_DAY).to_numpy("int64"), _NO_DAY)
    defined_lo = _days(meetings["defined_in_article_id"].map(published["published_earliest"]), -_NO_DAY)
    pub_lo = np.where(held, -_NO_DAY, defined_lo)
    lo, hi = own_lo.copy(), own_hi.copy()
    par_lo, par_hi = np.full(len(ids), -_NO_DAY), np.full(len(ids), _NO_DAY)
    position = pd.Series(np.arange(len(ids)), index=ids)
    parent_pos = meetings["parent_meeting_id"].map(position).fillna(-1).to_numpy("int64")
    for level in _depth_levels(parent_pos):
        has_parent = parent_pos[level] >= 0
        rows, parents = level[has_parent], parent_pos[level][has_parent]
        par_lo[rows], par_hi[rows] = lo[parents], hi[parents]
        dated = own_lo[level] > -_NO_DAY
        inherit = level[~dated & (par_lo[level] > -_NO_DAY)]
        lo[level] = np.where(dated, np.maximum.reduce([own_lo[level], par_lo[level], pub_lo[level]]), -_NO_DAY)
        hi[level] = np.where(dated, np.minimum.reduce([own_hi[level], par_hi[level], pub_hi[level]]), _NO_DAY)
        lo[inherit] = np.maximum(par_lo[inherit], pub_lo[inherit])
        hi[inherit] = np.minimum(par_hi[inherit], pub_hi[inherit])
    windowed = lo > -_NO_DAY
    bad = np.flatnonzero(windowed & (lo > hi))
    if len(bad):
        raise SeedError(
            [_contradiction(meetings, int(i), own_lo, own_hi, par_lo, par_hi, pub_lo, pub_hi, seeds) for i in bad]
        )
    earliest = _dates(np.where(windowed, lo, 0), windowed)
    latest = _dates(np.where(windowed, hi, 0), windowed)
    spans = meetings["date_end"].notna().to_numpy() & (lo == own_lo) & (hi == own_hi)
    first_year = pd.Series(earliest).dt.year
    same_year = windowed & (first_year == pd.Series(latest).dt.year).to_numpy()
    return meetings.assign(
        date_earliest=earliest,
        date_latest=latest,
        date_earliest_source=_source(windowed, lo, own_lo, par_lo),
        date_latest_source=_source(windowed, hi, own_hi, par_hi),
        date_edtf=[
            dates.edtf(a.date(), b.date(), s) if ok else None for a, b, s, ok in zip(earliest, latest, spans, windowed)
        ],
        date_year=pd.Series(first_year.astype("Int64").astype("string")).where(same_year, None),
        meeting_type=np.where(ids.isin(meetings["parent_meeting_id"].dropna()), "container", "encounter"),
    )


def _depth_levels(parent_pos: np.ndarray) -> list[np.ndarray]:
    """Row numbers by depth in the parent chain (roots first); the chains are known to have no cycles."""
    depth = np.zeros(len(parent_pos), dtype=np.int64)
    current = parent_pos.copy()
    while (current >= 0).any():
        depth += current >= 0
        current = np.where(current >= 0, parent_pos[np.maximum(current, 0)], -1)
    return [np.flatnonzero(depth == d) for d in range(int(depth.max(initial=0)) + 1)]


def _dates(days: np.ndarray, present: np.ndarray) -> pd.Series:
    values = pd.Series(days.astype("datetime64[D]").astype("datetime64[s]"))
    return values.where(present, pd.NaT)


def _source(windowed: np.ndarray, bound: np.ndarray, own: np.ndarray, parent: np.ndarray) -> np.ndarray:
    """Which constraint set each bound: own before parent before publication where they tie."""
    return np.select([~windowed, bound == own, bound == parent], [None, "own", "parent"], "publication")


def _contradiction(
    meetings: pd.DataFrame,
    i: int,
    own_lo: np.ndarray,
    own_hi: np.ndarray,
    par_lo: np.ndarray,
    par_hi: np.ndarray,
    pub_lo: np.ndarray,
    pub_hi: np.ndarray,
    seeds: Path,
) -> Problem:
    """The problem of a meeting whose constraints leave no day, located at its date in its file."""
    row = meetings.iloc[i]
    day = _day_text
    own = f"dated {day(own_lo[i])}..{day(own_hi[i])}" if own_lo[i] > -_NO_DAY else "undated"
    if own_lo[i] > -_NO_DAY and (own_hi[i] < par_lo[i] or own_lo[i] > par_hi[i]):
        why = (
            f"is {own}, outside the window {day(par_lo[i])}..{day(par_hi[i])} of its parent "
            f"{row['parent_meeting_id']!r}; a meeting lies inside the one it is part of: correct its date or "
            "its parent's, or the parent"
        )
    elif max(own_lo[i], par_lo[i]) > pub_hi[i]:
        why = (
            f"is held and {own}, after {day(pub_hi[i])}, the publication of an article that reports it; a held "
            "meeting ends before its report: correct the date, or make it planned"
        )
    elif min(own_hi[i], par_hi[i]) < pub_lo[i]:
        why = (
            f"is planned and {own}, before {day(pub_lo[i])}, the publication of the article that announces it; "
            "correct the date, or make it held"
        )
    else:
        why = (
            f"is {own}; with its parent {row['parent_meeting_id']!r} ({day(par_lo[i])}..{day(par_hi[i])}) and "
            f"the publication of its reports no day is left: correct one of them"
        )
    path, line = _locate(seeds, row["defined_in_article_id"], row["meeting_id"])
    return Problem(path, line, f"meeting {row['meeting_id']!r} {why}")


def _day_text(days: int) -> str:
    return "?" if abs(days) >= _NO_DAY else str(np.datetime64(int(days), "D"))


def _locate(seeds: Path, article_id: str, meeting_id: str) -> tuple[Path, int | None]:
    """The annotation file defining a meeting, and the line of its date (else of its id)."""
    path = seeds / f"{article_id}.yaml"
    doc = read_yaml(path)
    for i, meeting in enumerate(doc.data.get("meetings") or []):
        if isinstance(meeting, dict) and meeting.get("id") == meeting_id:
            return path, doc.line(("meetings", i, "date", "start")) or doc.line(("meetings", i, "id"))
    return path, None


# --- participants: side and level -----------------------------------------------------------------


def level(title: str) -> str:
    """Level of a role title by ``LEVEL_RULES`` (``other`` when no rule matches)."""
    for pattern, found in LEVEL_RULES:
        if re.search(pattern, title, flags=re.IGNORECASE):
            return found
    return "other"


def organization_sides(organizations: pd.DataFrame) -> dict[str, str]:
    """Side of every organization: international for an intergovernmental organization or office (wherever
    it is), china for country CN, other for another country; else its parent's side, else unknown."""
    rows = organizations.set_index("organization_id")

    def own(org: str) -> str:
        country, kind = rows.at[org, "country"], rows.at[org, "kind"]
        if kind in INTERNATIONAL_KINDS:
            return "international"
        if pd.isna(country):
            return "unknown"
        return "china" if country == "CN" else "other"

    def side(org: str, seen: frozenset[str] = frozenset()) -> str:
        found, parent = own(org), rows.at[org, "parent_id"]
        if found == "unknown" and pd.notna(parent) and parent in rows.index and parent not in seen:
            return side(parent, seen | {org})
        return found

    return {org: side(org) for org in rows.index}


def person_sides(roles: pd.DataFrame, org_side: dict[str, str]) -> dict[str, str]:
    """Side of each person whose roles' organizations all give one known side."""
    known = roles.dropna(subset=["organization_id"])
    sides = known.assign(side=known["organization_id"].map(org_side))
    sides = sides[sides["side"] != "unknown"].groupby("person_id")["side"].agg(set)
    return {person: next(iter(found)) for person, found in sides.items() if len(found) == 1}


def _reported_roles(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """(meeting_id, person_id) -> the person's roles stated by the articles reporting the meeting, else all."""
    roles = frames["roles"]
    reports = frames["meeting_sources"][["meeting_id", "article_id"]].drop_duplicates()
    people = frames["meeting_participants"][["meeting_id", "person_id"]].dropna().drop_duplicates()
    here = people.merge(reports, on="meeting_id").merge(roles, on=["person_id", "article_id"])
    stated = here[["meeting_id", "person_id"]].drop_duplicates()
    rest = people.merge(stated, how="left", indicator=True)
    rest = rest[rest["_merge"] == "left_only"].drop(columns="_merge")
    return pd.concat([here, rest.merge(roles, on="person_id")], ignore_index=True)


def role_summary(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per meeting and person (columns meeting_id, person_id): the highest ``level`` of their reported roles and
    their titles (``role``, sorted, '; ' between several)."""
    keys = ["meeting_id", "person_id"]
    roles = _reported_roles(frames)[[*keys, "title"]].drop_duplicates().sort_values([*keys, "title"])
    titles = roles["title"].unique()
    roles = roles.assign(rank=roles["title"].map(dict(zip(titles, (LEVELS.index(level(t)) for t in titles)))))
    # Arrow keeps each group's rows in order (one thread), so the joined titles come out sorted.
    grouped = (
        pa.Table.from_pandas(roles, preserve_index=False)
        .group_by(keys, use_threads=False)
        .aggregate([("title", "list"), ("rank", "min")])
    )
    return pd.DataFrame(
        {
            **{key: grouped[key].to_pandas() for key in keys},
            "level": pd.Series(grouped["rank_min"].to_numpy()).map(LEVELS.__getitem__),
            "role": pc.binary_join(
                grouped["title_list"], pa.scalar("; ", grouped["title_list"].type.value_type)
            ).to_pandas(),
        }
    )


def participant_columns(frames: dict[str, pd.DataFrame], summary: pd.DataFrame | None = None) -> pd.DataFrame:
    """Meeting participants with their side and level (``summary``: ``role_summary(frames)``, if made)."""
    participants = frames["meeting_participants"].reset_index(drop=True)
    org_side = organization_sides(frames["organizations"])
    by_org = participants["organization_id"].map(org_side)
    by_person = participants["person_id"].map(person_sides(frames["roles"], org_side))
    side = by_org.where(by_org.notna() & (by_org != "unknown"), by_person).fillna("unknown")
    summary = role_summary(frames) if summary is None else summary
    held = _by_participant(participants, summary)["level"].fillna("other")
    levels = held.where(participants["person_id"].notna().to_numpy(), "organization only")
    return participants.assign(side=side.astype(object), level=levels.to_numpy(dtype=object))


def _by_participant(participants: pd.DataFrame, summary: pd.DataFrame) -> pd.DataFrame:
    """``summary``'s row for each participant, in the participants' order (NA where there is none)."""
    return participants[["meeting_id", "person_id"]].merge(summary, on=["meeting_id", "person_id"], how="left")


# --- who met whom ---------------------------------------------------------------------------------


def meeting_pairs(
    meetings: pd.DataFrame,
    participants: pd.DataFrame,
    frames: dict[str, pd.DataFrame],
    summary: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per encounter and pair of participants on different known sides (a: the side first in SIDES;
    ``summary``: ``role_summary(frames)``, if made)."""
    encounters = meetings.loc[
        meetings["meeting_type"] == "encounter", ["meeting_id", "date_earliest", "date_latest", "date_edtf"]
    ]
    names = {
        **frames["organizations"].set_index("organization_id")["name"].to_dict(),
        **frames["people"].set_index("person_id")["name"].to_dict(),
    }
    part = participants.assign(
        name=participants["person_id"].fillna(participants["organization_id"]).map(names),
        role=_by_participant(participants, role_summary(frames) if summary is None else summary)["role"].to_numpy(
            dtype=object
        ),
        rank=participants["side"].map(SIDES.index),
    )
    part = part[part["side"] != "unknown"]
    columns = ["meeting_id", "participant_no", "person_id", "organization_id", "name", "role", "side", "level", "rank"]
    pairs = part[columns].merge(part[columns], on="meeting_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["rank_a"] < pairs["rank_b"]].merge(encounters, on="meeting_id")
    n_sources = frames["meeting_sources"].groupby("meeting_id")["article_id"].nunique()
    return pairs.assign(n_sources=pairs["meeting_id"].map(n_sources).astype("int64"))
