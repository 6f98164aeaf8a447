"""The quote resolver: exact text to offsets, with prefix, suffix, occurrence and odd spaces."""

import pytest

from china_iom.annotation.quotes import QuoteError, Selector, resolve

TEXT = "Qin Gang met Vitorino.\u00a0Qin said\u2002the IOM and Qin agreed. Vitorino said so."


def test_unique_quote_resolves_to_its_offsets():
    start, end = resolve(TEXT, Selector("Qin said"))
    assert TEXT[start:end] == "Qin said"


def test_plain_space_in_quote_matches_odd_space_in_text():
    start, end = resolve(TEXT, Selector("said the IOM"))
    assert TEXT[start:end] == "said\u2002the IOM"


def test_zero_width_spaces_are_white_space_in_a_quote_as_in_the_text():
    """At a quote's end they are trimmed (a run of spaces in the quote never swallows the text's next ones)."""
    text = "Amy Pope \u200b\u200b spoke with\u200bthe delegation"
    assert resolve(text, Selector("Amy Pope \u200b")) == (0, 8)
    assert resolve(text, Selector("Amy Pope \u200b", suffix="\u200b")) == (0, 8)
    assert resolve(text, Selector("with the")) == (18, 26)


def test_prefix_picks_the_match_it_follows():
    start, _ = resolve(TEXT, Selector("Qin", prefix="IOM and "))
    assert TEXT[start - 8 : start] == "IOM and "


def test_prefix_with_trailing_space_matches_a_non_breaking_space():
    start, end = resolve(TEXT, Selector("Qin", prefix="Vitorino. ", suffix=" said"))
    assert (TEXT[start - 1], TEXT[start:end]) == ("\u00a0", "Qin")


def test_suffix_picks_the_match_it_precedes():
    start, _ = resolve(TEXT, Selector("Vitorino", suffix=" said"))
    assert TEXT.index("Vitorino said") == start


def test_occurrence_counts_from_one():
    assert resolve(TEXT, Selector("Qin", occurrence=3)) == (TEXT.rindex("Qin"), TEXT.rindex("Qin") + 3)


def test_scope_limits_the_search():
    body_start = TEXT.index("Qin said")
    assert resolve(TEXT, Selector("Vitorino"), start=body_start)[0] == TEXT.rindex("Vitorino")


def test_missing_quote_is_an_error():
    with pytest.raises(QuoteError, match="not found"):
        resolve(TEXT, Selector("Xi Jinping"))


def test_ambiguous_quote_is_an_error_naming_the_matches():
    with pytest.raises(QuoteError, match=r"ambiguous \(3 matches"):
        resolve(TEXT, Selector("Qin"))


def test_occurrence_past_the_last_match_is_an_error():
    with pytest.raises(QuoteError, match="only 2 match"):
        resolve(TEXT, Selector("Vitorino", occurrence=3))


def test_empty_quote_is_an_error():
    with pytest.raises(QuoteError, match="empty"):
        resolve(TEXT, Selector("  "))


def test_regex_characters_are_literal():
    text = "the (IOM) and the IOM."
    assert resolve(text, Selector("(IOM)")) == (4, 9)


def test_a_quote_ending_inside_a_word_is_refused_with_the_word():
    with pytest.raises(
        QuoteError,
        match=r"starts or ends inside a word \(at character 0, in 'Qin Gang met Vitorino'\); quote whole words",
    ):
        resolve(TEXT, Selector("Qin Gang met Vito"))


def test_a_quote_not_found_names_the_closest_passage():
    long = (
        "Director General Amy Pope met the Vice Minister in Beijing on Monday and the two sides agreed to "
        "deepen cooperation on migration governance, border management and the protection of migrants."
    )
    wrong = long.replace("Vice Minister", "vice Minister")
    with pytest.raises(QuoteError, match=r"closest passage \(99% alike, at character 0\) is 'Director General Amy"):
        resolve(long + " More text follows here.", Selector(wrong))


def test_a_quote_with_nothing_like_it_says_so():
    with pytest.raises(QuoteError, match="nothing in the text is close to it"):
        resolve(TEXT, Selector("zzzz yyyy xxxx"))
