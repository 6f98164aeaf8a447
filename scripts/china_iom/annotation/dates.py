"""Reduced-precision ISO dates and the windows of days they stand for.

A date is written at its precision and no finer: ``2019`` (year), ``2019-01``
(month), ``2023-W14`` (ISO week) or ``2023-04-03`` (day). Its window is the first
and last day it may denote; no day is ever invented for a coarser date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from china_iom.schema import DATE_PATTERNS, PRECISIONS


def window(value: str, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``value`` read at ``precision``; ValueError if they disagree."""
    if precision not in DATE_PATTERNS:
        raise ValueError(f"unknown precision {precision!r}; use one of {', '.join(PRECISIONS)}")
    if not re.fullmatch(DATE_PATTERNS[precision], value):
        raise ValueError(
            f"date {value!r} is not written at {precision} precision: write it in the form "
            f"{_EXAMPLES[precision]}{_converted(value, precision)}"
        )
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


def _converted(value: str, precision: str) -> str:
    """`` (here: 2024-03-05)`` for a date written in another form (``March 5, 2024``), where it can be read."""
    import dateparser  # slow to import, and only needed on this error path

    settings = {"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "YMD"}
    found = (
        dateparser.parse(value, languages=["en"], settings=settings)
        if any(c.isalpha() for c in value) or not value.isascii()
        else None
    )
    if found is None:
        return ""
    iso = found.date().isocalendar()
    written = {
        "day": found.date().isoformat(),
        "week": f"{iso.year}-W{iso.week:02d}",
        "month": f"{found.year:04d}-{found.month:02d}",
        "year": f"{found.year:04d}",
    }[precision]
    return f" (here: {written})"


@lru_cache(maxsize=65_536)  # meetings share windows: each is written once
def edtf(earliest: dt.date | None, latest: dt.date | None, spans: bool) -> str | None:
    """The window as one EDTF value: a day (``2020-01-09``), a whole month or year (``2020-01``, ``2020``),
    an interval the meeting spans (``2020-01-09/2020-01-18``), or one unknown day in it
    (``[2020-01-09..2020-01-18]``, level 2 "one of"). None without a window."""
    from edtf import Consecutives, Interval, OneOfASet

    if earliest is None or latest is None:
        return None
    if earliest == latest:
        return str(_edtf_date(earliest))
    if spans:
        return str(Interval(_edtf_date(earliest), _edtf_date(latest)))
    whole = _whole_period(earliest, latest)
    if whole is not None:
        return str(whole)
    return str(OneOfASet(Consecutives(_edtf_date(earliest), _edtf_date(latest))))


def _edtf_date(day: dt.date, parts: int = 3) -> object:
    from edtf import Date

    values = (f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}")
    return Date(*values[:parts])


def _whole_period(earliest: dt.date, latest: dt.date) -> object | None:
    """The EDTF month or year whose days are exactly ``earliest``..``latest``, if there is one."""
    if (earliest, latest) == _year(f"{earliest.year:04d}"):
        return _edtf_date(earliest, 1)
    if (earliest, latest) == _month(f"{earliest.year:04d}-{earliest.month:02d}"):
        return _edtf_date(earliest, 2)
    return None


def edtf_window(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an EDTF value, parsed with the ``edtf`` library."""
    from edtf import parse_edtf

    parsed = parse_edtf(value)
    return (dt.date(*parsed.lower_strict()[:3]), dt.date(*parsed.upper_strict()[:3]))
