"""Echoes: the same quoted words across outlets (pure functions, no database)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotrack.ledger.echoes import (
    BANDS,
    MIN_WORDS,
    build_echo,
    changes,
    clusters,
    echo_keys,
    normalize_quote,
    occurrence_order,
    same_quote,
)
from quotrack.ledger.records import Change, QuoteRecord

QUOTE = "We are not going to raise taxes on working families while I am in this office"
# one word changed, one dropped, other marks, an ellipsis, a dash, case and spacing
VARIANTS = [
    "We are not going to raise taxes on working families while I am in this job",
    "We are not going to raise taxes on families while I am in this office",
    "“We are not going to raise taxes on working families while I’m in this office”",
    "«we are not going to raise taxes on working families while I am in this office»",
    "We are not going to raise taxes … on working families while I am in this office",
    "We are not going to raise taxes — on working families — while I am in this office",
    "WE ARE NOT GOING TO RAISE TAXES ON WORKING FAMILIES WHILE I AM IN THIS OFFICE",
    "We are not going to raise taxes on working families, while I am in this office.",
]
PARAPHRASES = [
    "As long as I hold this office, working families will not see their taxes go up",
    "Taxes for working families will stay where they are while I am in office",
    "I will not increase the tax burden on families who work",
]


def _shares_band(a: str, b: str) -> bool:
    return bool(set(echo_keys(a)) & set(echo_keys(b)))


@pytest.mark.parametrize("variant", VARIANTS)
def test_small_differences_are_found_and_verified(variant: str) -> None:
    assert _shares_band(QUOTE, variant)
    assert same_quote(QUOTE, variant)
    assert same_quote(variant, QUOTE)


@pytest.mark.parametrize("paraphrase", PARAPHRASES)
def test_paraphrases_are_not_echoes(paraphrase: str) -> None:
    assert not _shares_band(QUOTE, paraphrase)
    assert not same_quote(QUOTE, paraphrase)


def test_one_word_changed_in_many_quotes_shares_a_band() -> None:
    quotes = [
        "The situation on the border is under control and we expect no further incidents",
        "Our hospitals are full and our doctors and nurses are exhausted after months of this",
        "This agreement is the best deal our farmers have been offered in a generation",
        "I have never seen anything like it in thirty years of covering this city",
        "The company will cut about a third of its workforce over the next two years",
        "We will keep the schools open for as long as it is safe to do so",
    ]
    for quote in quotes:
        words = quote.split()
        for position in range(1, len(words) - 1, 3):
            changed = " ".join([*words[:position], "really", *words[position + 1 :]])
            dropped = " ".join(words[:position] + words[position + 1 :])
            assert _shares_band(quote, changed), changed
            assert _shares_band(quote, dropped), dropped
            assert same_quote(quote, changed) and same_quote(quote, dropped)


def test_a_cut_of_a_quote_is_found_in_the_full_quote() -> None:
    full = (
        "This is the worst trade deal ever signed in the history of this country, "
        "and we are going to tear it up on the first day"
    )
    cuts = [
        "the worst trade deal ever signed in the history of this country",  # a mixed quote's words
        "This is the worst trade deal ever signed … and we are going to tear it up on the first day",
        "the worst trade deal ever signed in the history of this nation",  # cut, one word changed
    ]
    for cut in cuts:
        assert _shares_band(full, cut), cut
        assert same_quote(full, cut) and same_quote(cut, full), cut
    # too short to be a cut, or scattered words: not the same quote
    assert not same_quote(full, "the worst trade deal ever")
    assert not same_quote(full, "This deal is the worst in the history of trade and we tear it up")


def test_unrelated_quotes_share_no_band() -> None:
    quotes = [
        "The situation on the border is under control and we expect no further incidents",
        "Our hospitals are full and our doctors and nurses are exhausted after months of this",
        "I have never seen anything like it in thirty years of covering this city",
        "The company will cut about a third of its workforce over the next two years",
    ]
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            assert not _shares_band(a, b)
            assert not same_quote(a, b)


def test_short_quotes() -> None:
    assert echo_keys("No") == []
    assert echo_keys("we will see") == []
    assert len(echo_keys("we will see about that")) == BANDS
    assert not same_quote("we will see", "We will see")  # too short to mean one source
    assert same_quote("we will see about that", "“We will see about that.”")  # identical: an echo
    assert not same_quote("we will see about that", "we will see about this")  # short and different


def test_keys_are_the_same_in_another_process() -> None:
    code = f"from quotrack.ledger.echoes import echo_keys; print(' '.join(echo_keys({QUOTE!r})))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}  # another str hash than this process's
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == echo_keys(QUOTE)


_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzé"), min_size=1, max_size=8)
_TEXT = st.lists(_WORD, min_size=MIN_WORDS, max_size=25)
_MARKS = st.sampled_from(['"{}"', "“{}”", "«{}»", "‘{}’", "'{}'", "{}"])


@given(_TEXT, _MARKS, st.sampled_from([" ", "  ", " … ", " - ", " — ", ", ", "... "]))
def test_keys_ignore_marks_case_and_punctuation(words: list[str], marks: str, gap: str) -> None:
    plain = " ".join(words)
    dressed = marks.format(gap.join(w.upper() for w in words))
    assert normalize_quote(dressed) == normalize_quote(plain)
    assert echo_keys(dressed) == echo_keys(plain)
    assert same_quote(plain, dressed)
    assert changes(plain, dressed) == ()


@given(_TEXT, _TEXT)
def test_same_quote_is_symmetric(a: list[str], b: list[str]) -> None:
    assert same_quote(" ".join(a), " ".join(b)) == same_quote(" ".join(b), " ".join(a))


def test_changes_show_a_misquote_as_written() -> None:
    first = "“We will never negotiate with terrorists, not today and not tomorrow,” she said"
    assert changes(first, '"We will never talk with terrorists, not today and not tomorrow," she said') == (
        Change("replace", "negotiate", "talk"),
    )
    assert changes(first, "We will never negotiate with terrorists, not today, she said") == (
        Change("delete", "and not tomorrow", ""),
    )
    assert changes(first, "We will never ever negotiate with terrorists, not today and not tomorrow") == (
        Change("insert", "", "ever"),
        Change("delete", "she said", ""),
    )
    assert changes("Don’t touch it", "DON'T touch it!") == ()


def _record(document: str, published: datetime | None, content: str) -> QuoteRecord:
    return QuoteRecord(document, "Wire", published, "direct", content, "Ann Lee", "said")


def test_build_echo_first_by_date_then_ingest_order() -> None:
    day = datetime(2026, 3, 2, 12, 0)
    late = _record("late", day + timedelta(days=1), QUOTE)
    undated = _record("undated", None, QUOTE)
    same_day_a = _record("a", day, VARIANTS[1])
    same_day_b = _record("b", day, QUOTE)
    # an aware time two hours before the naive noon, read as UTC
    aware = _record("aware", datetime(2026, 3, 2, 11, 0, tzinfo=timezone(timedelta(hours=1))), VARIANTS[0])
    echo = build_echo([(late, 1), (undated, 0), (same_day_b, 5), (same_day_a, 4)])
    assert echo.first.document == "a"
    assert [o.document for o in echo.occurrences] == ["a", "b", "late", "undated"]
    assert echo.text == VARIANTS[1]
    # every wording other than the first's is a variant, with what changed
    assert [v.occurrence.document for v in echo.variants] == ["b", "late", "undated"]
    assert echo.variants[0].changes == (Change("insert", "", "working"),)
    echo = build_echo([(same_day_a, 4), (aware, 9)])
    assert echo.first.document == "aware"
    assert echo.variants[0].changes == (Change("delete", "working", ""), Change("replace", "job", "office"))
    with pytest.raises(ValueError, match="at least one"):
        build_echo([])


def test_a_copy_is_never_the_first_of_an_echo_that_holds_its_original() -> None:
    # one day, no time: the copy was ingested first, but the ledger filed it as the original's copy
    day = datetime(2026, 3, 2)
    copy = attrs.evolve(_record("wire-9", day, QUOTE), copy_of="herald-1")
    original = _record("herald-1", day, QUOTE)
    echo = build_echo([(copy, 1), (original, 2), (_record("post-3", day, VARIANTS[0]), 3)])
    assert echo.first.document == "herald-1"
    assert [o.document for o in echo.occurrences] == ["herald-1", "wire-9", "post-3"]


def test_occurrence_order_puts_undated_last() -> None:
    keys = [
        occurrence_order(None, 0),
        occurrence_order(datetime(2026, 1, 2), 3),
        occurrence_order(datetime(2026, 1, 1), 7),
    ]
    assert sorted(keys) == [keys[2], keys[1], keys[0]]


def test_clusters_join_chains() -> None:
    assert clusters([("q1", "q2"), ("q3", "q4"), ("q2", "q5"), ("q5", "q1")]) == [
        ["q1", "q2", "q5"],
        ["q3", "q4"],
    ]
    assert clusters([]) == []
