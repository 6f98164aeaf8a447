"""Find date phrases in a text and resolve them to reduced-precision ISO dates.

Absolute phrases ("June 25, 2021", "4 July, 2019", "Jan 9", "2023-04-06") are
parsed with dateparser; their precision comes from the phrase itself (a month
without a day is a month). A phrase without a year takes it from the anchor (the
dateline or publication date) and is then ``relative``, as are weekday names,
"yesterday", "this morning", "on the 3rd" (a day of the month alone), "this week", "last month", "the second half of the year" (the year) and the like, which are resolved against
the anchor with a note naming it. Without an anchor such phrases stay unresolved, except a month or season named
alone ("In October", "next spring", "in the autumn": its months, as in the northern hemisphere), read by the last day
stated with its year before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS = (
    MONTH_NAMES + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_M = rf"(?P<month>{_MONTHS})"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_D2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d{2})"
_M2 = _M.replace("?P<month>", "?P<month2>")
# a span's two ends: "from April 26 to May 2", "29 April - 3 May", "between April 29 and May 3", "January 9 through 18"
_TO = r" ?(?:-|–|to|through|until|till) ?"
_SPAN = rf"(?:from |(?P<among>between ))?{{first}}(?(among) and |{_TO}){{second}}"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Tried in order; a later pattern never claims characters an earlier one took.
_ABSOLUTE = [
    re.compile(rf"\b{_Y}-(?P<mm>\d{{2}})-(?P<dd>\d{{2}})\b"),
    # year first, so month before day: "2017/6/20", "2012.03.22", "2017年6月20日"
    re.compile(
        rf"(?<![\w/.]){_Y}(?:(?P<sep>[/.])(?P<ym>\d{{1,2}})(?P=sep)|年(?P<cm>\d{{1,2}})月)(?P<yd>\d{{1,2}})(?(cm)日|(?![\w/]|\.\d))"
    ),
    # "03/20/09", "20/03/2009": read only where one of the first two numbers cannot be a month
    re.compile(r"(?<![\w/.])(?P<n1>\d{1,2})/(?P<n2>\d{1,2})/(?P<ny>(?:19|20)?\d{2})(?![\w/])"),
    re.compile(r"(?<![\w/.])(?P<n1>\d{1,2})\.(?P<n2>\d{1,2})\.(?P<ny>(?:19|20)\d{2})(?!\w|\.\d)"),  # "20.06.2017"
    re.compile(rf"\b{_SPAN.format(first=f'{_M} {_D}', second=f'{_M2} {_D2}')}(?:,? {_Y})?\b"),  # over two months
    re.compile(rf"\b{_SPAN.format(first=f'{_D} {_M}', second=f'{_D2} {_M2}')}(?:,? {_Y})?\b"),
    re.compile(rf"\b(?:from )?{_M} {_D} ?(?:-|–|to|through|and) ?{_D2}(?:,? {_Y})?\b"),
    re.compile(rf"\b(?:from )?{_D} ?(?:-|–|to|through|and) ?{_D2} {_M}(?:,? {_Y})?\b"),
    re.compile(rf"\b{_M} {_D}(?:,? {_Y})?\b(?!:)"),
    re.compile(rf"\b{_D} {_M}(?:,? {_Y})?\b"),
    re.compile(rf"\b{_M},? {_Y}\b"),
    re.compile(rf"\b(?:in|since|by|during|until|before|after|early|late|mid-) {_Y}\b(?![-/]\d)"),
]
_RELATIVE = re.compile(
    r"\b(?:(?P<which>this|last|next|earlier this|later this) (?P<unit>week|month|year)"
    r"|the (?:first|second|latter|later) half of (?P<half>the|this|next|last) year"  # a year, no finer
    r"|(?P<adverb>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))"
    # "met ... in Beijing on the 3rd", "on the afternoon of the 27th": a day of the month alone, as translated wire copy
    # dates it (never "the 3rd session", "the 21st century", "the 5th of")
    r"|on (?:the (?:morning|afternoon|evening) of )?the (?P<nth>[1-3]?\d)(?:st|nd|rd|th)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|with|and|to|when|during|as|for)\b)"
    r"|(?:(?:on|last|this|next) )?(?P<weekday>" + "|".join(WEEKDAYS) + r"))\b",
    re.IGNORECASE,
)


# "will", "is to", "is expected to", "plans to": an auxiliary of the future
FUTURE = r"(?:will|shall|is to|are to|(?:is|are) (?:also )?(?:scheduled|expected|due|set) to|plans? to)"

# A weekday after these, in the same clause, is the next one, not the last ("will leave on Friday", "a visit that
# ends on Thursday", "a dialogue to be held in New York in September", "is expected to visit the airport and the border post on Monday"), unless a clause of its own
# with another tense comes between ("will meet the officials who arrived on Monday")
_TO_COME = re.compile(
    rf"\b(?:{FUTURE}|would|ends|next"
    r"|look(?:s|ed|ing)? forward to|hop(?:e|es|ed|ing) to"
    r"|to be (?:held|hosted|convened|organi[sz]ed|launched|opened|signed))\b"  # "the dialogue to be held in September"
    r"(?:(?!\b(?:who|which|that|was|were|had|has|have)\b)"
    # a word, an honorific's stop ("will meet Mr. Xu"), or a post between commas ("will meet Xu, Commissioner of X,"),
    # never a clause ("Next year, Guangzhou will open two centres, Li said on Saturday")
    r"(?:[^.;,]|\b(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.|,(?![^.;,]*\b(?:who|which|that|was|were|had|has|have|is|are|will|would|shall|said|says|told)\b)[^.;,]{1,100},(?!\s*(?:and|but|while)\b)))*$",
    re.IGNORECASE,
)
_CLAUSE_REACH = 120

# "On Wednesday Grandi will travel to Yunnan", "In October, the office will hold a workshop": a phrase that opens its
# clause, then the future within a few words (never across a verb of its own: "On Monday, he said the team will go")
_OPENS = re.compile(r"(?:On|In|This|Next|By|Early|Late|Later)\b")
_PAST = (
    r"(?:was|were|had|held|met|signed|visited|hosted|opened|launched|attended|organi[sz]ed|received|took|gave|made"
    r"|delivered|completed|travell?ed|went|discussed|adopted)"
)
_DONE_AFTER = re.compile(rf",?\s+(?:(?!(?:will|shall|would|is|are)\b)[\w.'’-]+\s+){{0,5}}?{_PAST}\b")
# "last met in Geneva in November", "The workshop was held in Kunming in May": a verb of the past governs the phrase,
# no infinitive ("agreed to hold ... in May") nor clause boundary between
_DONE_BEFORE = re.compile(rf"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bwill )\b{_PAST}\b(?:(?!\bto\s+[a-z]+\b)[^.;,:!?])*$")
# "Bachelet on Monday begins a six-day mission": a verb of the present, or "will", right after the day
_BEGINS_AFTER = re.compile(r"\s+(?:will|begins|starts|opens|arrives|leaves|departs|heads)\b")
_TO_COME_AFTER = re.compile(
    r",?\s+(?:(?!(?:said|says|told|met|held|was|were|had|has|have|who|which|that|and)\b)[\w.'’-]+\s+){0,5}?"
    rf"{FUTURE}\b"
)

# "in September", "In October", "by May", "mid-October", "next spring", "in the autumn": a month or season named alone, no
# day after it (never "May 5", "May 2020"; a season may take its year: "in the spring of 2019")
_MONTH_ALONE = re.compile(
    r"\b(?:(?i:(?P<which>this|next|last)) |(?i:in|during|by|until|over|early|late|mid-) ?(?:the )?(?:(?:early|late|mid-) ?)?)"
    rf"(?:(?P<month>{MONTH_NAMES})\b(?![ ,]*\d)"
    rf"|(?P<season>spring|summer|autumn|fall|winter)\b(?:(?: of)? {_Y})?"
    r"(?! (?:of|festival|Festival|session|camp|school|term|semester|holidays?|harvest|months?)\b))"
)

# The months a season spans, as in the northern hemisphere (meteorological seasons): its first month
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_MONTHS = {3: "March to May", 6: "June to August", 9: "September to November", 12: "December to February"}


@dataclass(frozen=True)
class Anchor:
    """The day relative phrases are read against, and how to name it in a note."""

    day: dt.date
    name: str  # e.g. 'the dateline "BEIJING, April 3" (2023-04-03)'


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase and what it resolves to (value None when it cannot be resolved)."""

    start: int
    end: int
    quote: str
    value: str | None
    end_value: str | None
    precision: str | None
    basis: str  # stated or relative
    note: str | None


def find_dates(text: str, start: int = 0, end: int | None = None, anchor: Anchor | None = None) -> list[DatePhrase]:
    """Every date phrase in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern in _ABSOLUTE:
        for match in pattern.finditer(text, start, end):
            if free(*match.span()):
                taken.append(match.span())
                found.append(_absolute(match, anchor))
    for match in _MONTH_ALONE.finditer(text, start, end):
        if free(*match.span()):
            taken.append(match.span())
            by = anchor or _stated_before(found, match.start())
            found.append(_month_alone(match, by, _to_come(text, start, match), _done(text, start, match)))
    for match in _RELATIVE.finditer(text, start, end):
        if free(*match.span()):
            taken.append(match.span())
            found.append(_relative(match, anchor, _to_come(text, start, match)))
    return sorted(found, key=lambda d: d.start)


def _stated_before(found: list[DatePhrase], at: int) -> Anchor | None:
    """With no dateline or publication date, the last day stated with its year before ``at`` ("On 8 September 2015,
    ... In October, ...") to read a month alone by."""
    day = max(
        (d for d in found if d.end <= at and d.basis == "stated" and d.precision == "day"),
        key=lambda d: d.start,
        default=None,
    )
    return day and Anchor(dt.date.fromisoformat(day.value), f'the date "{day.quote}" stated before it ({day.value})')


def _to_come(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the verb governing the phrase speaks of the future ("will leave on Friday", "plan to hold ... in May",
    "On Wednesday Grandi will travel", "on Monday begins a visit")."""
    return (
        bool(_TO_COME.search(text, max(start, match.start() - _CLAUSE_REACH), match.start()))
        or bool(_OPENS.match(match.group(0)) and _TO_COME_AFTER.match(text, match.end()))
        or bool(_BEGINS_AFTER.match(text, match.end()))
    )


def _done(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a verb of the past governs the phrase: one within a few words after a phrase that opens its clause
    ("In April, the office held a workshop"), or one before it in its clause ("Xu and Roe last met in Geneva in
    November")."""
    return bool(_OPENS.match(match.group(0)) and _DONE_AFTER.match(text, match.end())) or bool(
        _DONE_BEFORE.search(text, max(start, match.start() - _CLAUSE_REACH), match.start())
    )


def _month_alone(match: re.Match[str], anchor: Anchor | None, to_come: bool, done: bool = False) -> DatePhrase:
    """ "in September", "next spring": that month (the three months of that season) in the year its year or ``which``
    says, else the next one under way or to come if the text says it is to come, the last one begun if it says it is
    done ("In April, X held ..."), else the one nearest the anchor; a winter with a year stays undecided (it spans
    two)."""
    s, e, quote = *match.span(), match.group(0)
    season, year = match.group("season"), match.group("year")
    first = _SEASONS[season] if season else dt.datetime.strptime(match.group("month"), "%B").month
    span = 3 if season else 1
    if year and first == 12:
        return DatePhrase(s, e, quote, None, None, None, "stated", "a winter spans two years: say which months")
    if year:
        start = int(year) * 12 + first - 1
    elif anchor is None:
        return DatePhrase(s, e, quote, None, None, None, "relative", "a month alone and no date to read it by")
    else:
        which = (match.group("which") or ("coming" if to_come else "done" if done else "nearest")).lower()
        start = _window(first, span, which, anchor.day)
    value, end = (f"{i // 12:04d}-{i % 12 + 1:02d}" for i in (start, start + span - 1))
    months = f" ({_SEASON_MONTHS[first]}, as in the northern hemisphere)" if season else ""
    if year:
        return DatePhrase(s, e, quote, value, end, "month", "stated", f'"{quote}": {months.strip(" ()")}.')
    which = {
        "nearest": "the nearest",
        "coming": "the next",
        "next": "the next",
        "this": "this year's",
        "last": "the last",
        "done": "the latest",
    }[which]
    note = f'"{quote}": {which} {season or match.group("month")}{months} to {anchor.name}.'
    return DatePhrase(s, e, quote, value, end if season else None, "month", "relative", note)


def _window(first: int, span: int, which: str, anchor: dt.date) -> int:
    """The first month (year * 12 + month - 1) of the ``span`` months from month ``first`` that ``which`` ("this",
    "next", "last", "nearest") picks around ``anchor``: "next" is the first still to come or under way (strictly later
    after "next"), "last" the last already over, "this" the one under way or in the anchor's year."""
    now = anchor.year * 12 + anchor.month - 1
    starts = [y * 12 + first - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if which == "last":
        return max(c for c in starts if c + span - 1 < now)
    if which == "next":
        return min(c for c in starts if c > now)
    if which == "coming":
        return min(c for c in starts if c + span - 1 >= now)
    if which == "done":
        return max(c for c in starts if c <= now)
    if which == "this":
        return next((c for c in starts if c <= now < c + span), anchor.year * 12 + first - 1)

    def apart(c: int) -> int:
        first_day = dt.date(c // 12, c % 12 + 1, 1)
        last_day = dt.date((c + span) // 12, (c + span) % 12 + 1, 1) - dt.timedelta(days=1)
        return max((first_day - anchor).days, (anchor - last_day).days, 0)

    return min(starts, key=lambda c: (apart(c), c > now))


def _parse(phrase: str, anchor: Anchor | None) -> dt.date | None:
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor.day, dt.time())
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _absolute(match: re.Match[str], anchor: Anchor | None) -> DatePhrase:
    groups = {k: v for k, v in match.groupdict().items() if v}
    s, e = match.span()
    quote = match.group(0)
    if "n1" in groups:
        return _numeric(match)
    if "yd" in groups:
        return _year_first(match)
    has_year = "year" in groups
    if has_year and not {"month", "mm"} & groups.keys():
        return DatePhrase(s, e, quote, groups["year"], None, "year", "stated", None)
    if "mm" in groups:
        return DatePhrase(s, e, quote, quote, None, "day", "stated", None)
    if not has_year and anchor is None:
        return DatePhrase(
            s,
            e,
            quote,
            None,
            None,
            None,
            "stated",
            "no year in the phrase and no dateline or publication date to take it from",
        )
    precision = "day" if "day" in groups else "month"
    year = groups.get("year") or (str(anchor.day.year) if anchor else "")
    first = _parse(" ".join(p for p in (groups["month"], groups.get("day", "1"), year) if p), anchor)
    if first is None:
        return DatePhrase(s, e, quote, None, None, None, "stated", "dateparser could not read it")
    if not has_year:
        first = _nearest(first, anchor.day)
    try:
        last = _last_day(first, groups)
    except ValueError:
        return DatePhrase(s, e, quote, None, None, None, "stated", "a span whose last day no calendar has")
    if last and has_year and last.year > first.year:  # "29 December to 3 January 2019": the year is the last day's
        first, last = first.replace(year=first.year - 1), last.replace(year=last.year - 1)
    value = first.isoformat() if precision == "day" else first.isoformat()[:7]
    if has_year:
        return DatePhrase(s, e, quote, value, last and last.isoformat(), precision, "stated", None)
    note = f"No year in the phrase; year taken from {anchor.name}, the year that puts the date nearest to it."
    return DatePhrase(s, e, quote, value, last and last.isoformat(), precision, "relative", note)


def _last_day(first: dt.date, groups: dict[str, str]) -> dt.date | None:
    """The last day of a span starting on ``first``: in its month, or in the month named after it ("April 29 to May
    3"), in the next year when that month comes before the first's ("December 29 to January 3")."""
    if "day2" not in groups:
        return None
    if "month2" not in groups:
        return first.replace(day=int(groups["day2"]))
    month = dt.datetime.strptime(groups["month2"].rstrip(".")[:3], "%b").month
    return dt.date(first.year + (month < first.month), month, int(groups["day2"]))


def _numeric(match: re.Match[str]) -> DatePhrase:
    """A date in figures, month and day told apart by the one above 12 (a two-digit year is 19xx from 70 on)."""
    first, second, year = (int(match.group(g)) for g in ("n1", "n2", "ny"))
    year += 0 if year >= 100 else 1900 if year >= 70 else 2000
    orders = {(m, d) for m, d in ((first, second), (second, first)) if m <= 12}
    s, e, quote = *match.span(), match.group(0)
    if len(orders) != 1:
        why = "whose month and day cannot be told apart" if orders else "with no month in it"
        return DatePhrase(s, e, quote, None, None, None, "stated", f"a date in figures {why}")
    try:
        day = dt.date(year, *orders.pop())
    except ValueError:
        return DatePhrase(s, e, quote, None, None, None, "stated", "a date in figures that no calendar has")
    return DatePhrase(s, e, quote, day.isoformat(), None, "day", "stated", None)


def _year_first(match: re.Match[str]) -> DatePhrase:
    """A date in figures, year first: the month comes next ("2017/6/20")."""
    s, e, quote = *match.span(), match.group(0)
    try:
        day = dt.date(int(match.group("year")), int(match.group("ym") or match.group("cm")), int(match.group("yd")))
    except ValueError:
        return DatePhrase(s, e, quote, None, None, None, "stated", "a date in figures that no calendar has")
    return DatePhrase(s, e, quote, day.isoformat(), None, "day", "stated", None)


def _nearest(day: dt.date, anchor: dt.date) -> dt.date:
    """``day`` moved a year back or on if that puts it nearer ``anchor`` ("December 28" read on 3 January is
    the year before, "5 to 8 November" announced on 30 October is the same year)."""
    candidates = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def _relative(match: re.Match[str], anchor: Anchor | None, to_come: bool = False) -> DatePhrase:
    s, e = match.span()
    quote = match.group(0)
    if anchor is None:
        return DatePhrase(
            s,
            e,
            quote,
            None,
            None,
            None,
            "relative",
            "relative phrase and no dateline or publication date to read it against",
        )
    day = anchor.day
    if weekday := match.group("weekday"):
        which = quote.lower().split()[0]
        index = WEEKDAYS.index(weekday.capitalize())
        back = (day.weekday() - index) % 7 or (7 if which == "last" else 0)
        if which == "next" or (to_come and which != "last"):  # "will leave on Friday", "ends on Thursday"
            back = -((index - day.weekday()) % 7 or (7 if which == "next" else 0))
        value, precision = (day - dt.timedelta(days=back)).isoformat(), "day"
    elif adverb := match.group("adverb"):
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(adverb.lower(), 0)
        value, precision = (day + dt.timedelta(days=shift)).isoformat(), "day"
    elif nth := match.group("nth"):
        value, precision = _day_of_month(int(nth), day, to_come), "day"
        if value is None:
            return DatePhrase(s, e, quote, None, None, None, "relative", "a day of the month that no calendar has")
    elif half := match.group("half"):  # "in the second half of the year": the anchor's year
        value, precision = _period(day, half.lower(), "year")
    else:
        value, precision = _period(day, match.group("which").lower(), match.group("unit").lower())
    ahead = " as a day to come" if match.group("weekday") and back < 0 else ""
    note = f'"{quote}" read against {anchor.name}{ahead}.'
    return DatePhrase(s, e, quote, value, None, precision, "relative", note)


def _day_of_month(n: int, anchor: dt.date, to_come: bool) -> str | None:
    """The day ``n`` of the anchor's month or of the month before it (with ``to_come``, of the anchor's month or the
    one after it): the latest on or before the anchor (the earliest on or after it); none past 31."""
    months = (0, 1) if to_come else (0, -1)
    for step in months:
        index = anchor.year * 12 + anchor.month - 1 + step
        try:
            day = dt.date(index // 12, index % 12 + 1, n)
        except ValueError:
            continue
        if (day >= anchor) if to_come else (day <= anchor):
            return day.isoformat()
    return None


def _period(day: dt.date, which: str, unit: str) -> tuple[str, str]:
    step = {"last": -1, "next": 1}.get(which, 0)
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step)
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "month":
        index = day.year * 12 + day.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{day.year + step:04d}", "year"
