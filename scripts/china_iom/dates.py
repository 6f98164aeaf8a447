"""Reduced-precision ISO dates and the windows of days they stand for.

A date is written at its precision and no finer: ``2019`` (year), ``2019-01``
(month), ``2023-W14`` (ISO week) or ``2023-04-03`` (day). Its window is the first
and last day it may denote; no day is ever invented for a coarser date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

PRECISIONS = ("day", "week", "month", "year")
PATTERNS = {
    "day": r"\d{4}-\d{2}-\d{2}",
    "week": r"\d{4}-W\d{2}",
    "month": r"\d{4}-\d{2}",
    "year": r"\d{4}",
}
ANY_PATTERN = "|".join(f"(?:{p})" for p in PATTERNS.values())


def window(value: str, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``value`` read at ``precision``; ValueError if they disagree."""
    if precision not in PATTERNS:
        raise ValueError(f"unknown precision {precision!r}; use one of {', '.join(PRECISIONS)}")
    if not re.fullmatch(PATTERNS[precision], value):
        raise ValueError(f"date {value!r} is not written at {precision} precision "
                         f"(expected the form {_EXAMPLES[precision]})")
    try:
        return _WINDOWS[precision](value)
    except ValueError as exc:
        raise ValueError(f"date {value!r} does not exist: {exc}") from None


def _day(value: str) -> tuple[dt.date, dt.date]:
    day = dt.date.fromisoformat(value)
    return day, day


def _week(value: str) -> tuple[dt.date, dt.date]:
    year, week = int(value[:4]), int(value[6:])
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def _month(value: str) -> tuple[dt.date, dt.date]:
    year, month = int(value[:4]), int(value[5:])
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1 to 12")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(value: str) -> tuple[dt.date, dt.date]:
    year = int(value)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


_WINDOWS = {"day": _day, "week": _week, "month": _month, "year": _year}
_EXAMPLES = {"day": "2023-04-03", "week": "2023-W14", "month": "2019-01", "year": "2019"}
