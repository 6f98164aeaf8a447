"""Property-based tests of the quote resolver, the sentence splitter, the date windows and the YAML loader."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from china_iom import schema
from china_iom.annotation import dates
from china_iom.annotation.quotes import QuoteError, Selector, find_all, inside_word, resolve
from china_iom.annotation.sentences import split_sentences
from china_iom.annotation.yamlsource import parse_yaml
from china_iom.errors import SeedError

settings.register_profile(
    "china-iom", max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("china-iom")

# Letters, an upper case for sentence starts, digits, stops, quotes and every kind of space the resolver knows.
TEXT = st.text(alphabet="abcAB1 .!?\"'()\n\t\u00a0\u2003\u3000\u200b", min_size=1, max_size=80)
SPACE = re.compile(r"[\s\u200b\u2060\ufeff]+")


def _squash(text: str) -> str:
    return SPACE.sub(" ", text).strip()


@st.composite
def text_and_slice(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a slice of it that starts and ends with a visible character, at word boundaries."""
    text = draw(TEXT)
    i = draw(st.integers(0, len(text) - 1))
    j = draw(st.integers(i + 1, len(text)))
    visible = not SPACE.fullmatch(text[i]) and not SPACE.fullmatch(text[j - 1])  # zero-width spaces are spaces
    assume(visible and not inside_word(text, i, j))
    return text, i, j


@given(text_and_slice())
def test_every_match_slices_back_to_the_quote_modulo_white_space(case):
    text, i, j = case
    spans = find_all(text, Selector(text[i:j]))
    assert spans, "a slice of the text must be found in it"
    assert any(s == i for s, _ in spans)
    for s, e in spans:
        assert _squash(text[s:e]) == _squash(text[i:j])


@given(text_and_slice(), st.integers(0, 6), st.integers(0, 6))
def test_a_unique_quote_keeps_its_place_when_context_is_added(case, before, after):
    text, i, j = case
    quote = text[i:j]
    spans = find_all(text, Selector(quote))
    assume(len(spans) == 1)
    with_context = Selector(quote, prefix=text[max(0, i - before) : i], suffix=text[j : j + after])
    assert resolve(text, with_context) == resolve(text, Selector(quote)) == spans[0]


@given(text_and_slice())
def test_occurrence_picks_the_nth_match(case):
    text, i, j = case
    spans = find_all(text, Selector(text[i:j]))
    for n, span in enumerate(spans, start=1):
        assert resolve(text, Selector(text[i:j], occurrence=n)) == span
    with pytest.raises(QuoteError):
        resolve(text, Selector(text[i:j], occurrence=len(spans) + 1))


@given(TEXT, st.data())
def test_sentences_tile_the_range(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    sentences = split_sentences(text, start, end)
    edges = [start, *(x for span in sentences for x in span), end]
    for s, e in sentences:
        assert start <= s < e <= end
        assert not text[s].isspace() and not text[e - 1].isspace()
    for gap_start, gap_end in zip(edges[::2], edges[1::2]):
        assert gap_start <= gap_end, "sentences out of order or overlapping"
        assert text[gap_start:gap_end].strip() == "", "a gap between sentences holds more than white space"


@given(st.sampled_from(schema.PRECISIONS), st.data())
def test_every_window_runs_forwards(precision, data):
    value = data.draw(st.from_regex(schema.DATE_PATTERNS[precision], fullmatch=True))
    try:
        earliest, latest = dates.window(value, precision)
    except ValueError:
        return  # an impossible date (month 13, week 60, day 31 of April) is refused, never guessed
    assert earliest <= latest


@given(st.dates())
def test_a_day_round_trips(day):
    assert dates.window(day.isoformat(), "day") == (day, day)


@given(st.dates())
def test_a_month_window_covers_exactly_the_month(day):
    earliest, latest = dates.window(f"{day.year:04d}-{day.month:02d}", "month")
    assert earliest == day.replace(day=1)
    assert latest == day.replace(day=calendar.monthrange(day.year, day.month)[1])
    assert earliest <= day <= latest


@given(st.dates(min_value=dt.date(1, 1, 8), max_value=dt.date(9999, 12, 24)))
def test_a_week_window_is_the_iso_week_of_its_days(day):
    year, week, _ = day.isocalendar()
    earliest, latest = dates.window(f"{year:04d}-W{week:02d}", "week")
    assert earliest.isoweekday() == 1 and (latest - earliest).days == 6 and earliest <= day <= latest


PLAIN = (dict, list, str, int, float, bool, type(None))
YAMLISH = st.lists(
    st.sampled_from(
        [
            "a",
            "1",
            " ",
            "\n",
            "  ",
            ":",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&x ",
            "*x",
            "!!python/object/apply:os.system ",
            "!!python/name:os.system ",
            "!!binary ",
            "!!set ",
            "!custom ",
            "? ",
            "<<: ",
            "---\n",
            "'",
            '"',
            "#",
            "\t",
            "\x07",
            "\ufeff",
        ]
    ),
    max_size=30,
).map("".join)


def _plain(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return isinstance(value, PLAIN)


@given(YAMLISH)
def test_yaml_loading_yields_plain_data_or_a_located_error(text):
    path = Path("seeds/fuzz.yaml")
    try:
        doc = parse_yaml(text, path)
    except SeedError as exc:
        assert all(p.file == path and p.message.startswith("invalid YAML") for p in exc.problems)
        return
    assert _plain(doc.data)


@pytest.mark.parametrize(
    "document",
    [
        "x: !!python/object/apply:os.system [touch {marker}]\n",
        "x: !!python/object/new:subprocess.Popen [[touch, {marker}]]\n",
        "x: !!python/object/apply:os.system\n  args: [touch {marker}]\n",
        "x: !!python/name:os.system\n",
        "x: !!python/module:os\n",
        "- !!python/object/apply:subprocess.check_call [[touch, {marker}]]\n",
        "? !!python/object/apply:os.system [touch {marker}]\n: 1\n",
    ],
)
def test_yaml_never_constructs_python_objects(document, tmp_path):
    marker = tmp_path / "constructed"
    with pytest.raises(SeedError) as caught:
        parse_yaml(document.format(marker=marker), tmp_path / "evil.yaml")
    (problem,) = caught.value.problems
    assert problem.line is not None and "is not allowed" in problem.message
    assert not marker.exists()
