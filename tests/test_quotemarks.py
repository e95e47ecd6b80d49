"""The quote-mark scanner on its own: pure functions over raw text, no parse."""

from __future__ import annotations

import pytest

from quotrack.quotemarks import Quotation, find_quotations, paragraphs


def quoted(text: str) -> list[list[str]]:
    """The pieces of each quotation found in ``text``, with "<open>" after a quote never closed."""
    return [
        [text[a:b] for a, b in q.pieces] + ([] if q.closed else ["<open>"]) for q in find_quotations(text)
    ]


# -- mark styles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Becker said, "We will not sign this."',
        "Becker said, “We will not sign this.”",
        "Becker said, ‘We will not sign this.’",
        "Becker said, 'We will not sign this.'",
        "Becker said, «We will not sign this.»",
        "Becker said, „We will not sign this.“",
        "Becker said, ``We will not sign this.''",
        "Becker said, ‹We will not sign this.›",
        "Becker said, ‚We will not sign this.‘",
    ],
)
def test_each_mark_style(text: str) -> None:
    assert quoted(text) == [["We will not sign this."]]


def test_marks_are_found_where_they_are() -> None:
    text = 'He said: "Yes, we can." Then he left.'
    (quotation,) = find_quotations(text)
    assert quotation == Quotation(pieces=((10, 22),), open_mark=9, close_mark=22, mark_width=1)
    assert (quotation.outer_start, quotation.outer_end) == (9, 23)
    assert text[quotation.outer_start : quotation.outer_end] == '"Yes, we can."'


def test_the_typewriter_closing_pair_is_two_characters_wide() -> None:
    text = "``Fine,'' said Ann Lee."
    (quotation,) = find_quotations(text)
    assert quotation.mark_width == 2
    assert text[quotation.outer_start : quotation.outer_end] == "``Fine,''"


# -- apostrophes and primes -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don't think Jones' car is O'Brien's.",
        "It was the '90s and rock'n'roll was king.",
        "In the ’90s they played rock ’n’ roll.",
        "The players' union met the owners' group.",
        'She is 6\'2" tall and the screen is 12".',
        "The board is 5' wide and 3' deep.",
        "Its price rose 5% in Q3'24.",
    ],
)
def test_apostrophes_and_primes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_a_quote_beside_apostrophes_and_inch_marks() -> None:
    text = "The 6'2\" centre, who's 24, said 'I don't mind the '90s at all.' Jones' team agreed."
    assert quoted(text) == [["I don't mind the '90s at all."]]
    text = 'Becker, who is 6\'2" tall, said "I have never felt so small."'
    assert quoted(text) == [["I have never felt so small."]]


# -- open quotes and paragraphs -------------------------------------------------------


def test_a_quote_never_closed_runs_to_its_paragraphs_end() -> None:
    text = '"We will win and we will keep winning\nThe next paragraph is narration.'
    assert quoted(text) == [["We will win and we will keep winning", "<open>"]]


def test_a_new_opening_mark_ends_a_quote_left_open() -> None:
    text = "“First one. “Second one,” he said."
    assert quoted(text) == [["First one.", "<open>"], ["Second one,"]]


@pytest.mark.parametrize("line_end", ["\n", "\n\n", "\r\n", "\r", "\u2029"], ids=repr)
def test_a_quote_over_several_paragraphs(line_end: str) -> None:
    text = line_end.join(
        ["“We have waited long enough.", "“Every family here knows it.", "“Now we act,” Lopez said."]
    )
    (quotation,) = find_quotations(text)
    assert [text[a:b] for a, b in quotation.pieces] == [
        "We have waited long enough.",
        "Every family here knows it.",
        "Now we act,",
    ]
    assert quotation.open_mark == 0 and quotation.closed


def test_an_open_quote_stops_at_a_paragraph_that_does_not_reopen() -> None:
    text = "“We have waited long enough.\nShe paused. “Now we act,” Lopez said."
    assert quoted(text) == [["We have waited long enough.", "<open>"], ["Now we act,"]]


def test_an_open_quote_carries_over_after_a_single_quoted_word() -> None:
    text = "He called it 'madness' and said: “We will go on.\n“And on,” he said."
    assert quoted(text) == [["madness"], ["We will go on.", "And on,"]]


def test_paragraphs_are_non_blank_lines_without_edge_space() -> None:
    assert paragraphs("  One.\r\n\r\n\tTwo. \rThree.\u2028\n") == [(2, 6), (11, 15), (17, 23)]
    assert paragraphs("") == [] and paragraphs(" \n\r\n ") == []
    # a run of breaks of any kind, with or without blank space between, is one paragraph break
    assert paragraphs("One.\n\n\r\n\u2029Two.\n \x0c\n Three.") == [(0, 4), (9, 13), (18, 24)]
    # every line break str.splitlines knows, and no other control character
    assert paragraphs("A\x0bB\x1cC\x1dD\x1eE\x85F\x1fG") == [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 13)]


# -- nesting --------------------------------------------------------------------------


def test_single_quotes_inside_double_quotes_belong_to_them() -> None:
    text = "Lopez said, \"He told me 'never again' and meant it.\""
    assert quoted(text) == [["He told me 'never again' and meant it."]]


def test_double_quotes_inside_single_quotes_belong_to_them() -> None:
    text = "'He told me \"never again\" and meant it,' Lopez said."
    assert quoted(text) == [['He told me "never again" and meant it,']]


def test_another_style_inside_a_quote_nests() -> None:
    text = "“They call it «the deal of the century» and it is not,” she said."
    assert quoted(text) == [["They call it «the deal of the century» and it is not,"]]


def test_scare_quotes_are_quotations_of_their_own() -> None:
    text = "The so-called 'reform' was called \"dead on arrival\" by critics."
    assert quoted(text) == [["reform"], ["dead on arrival"]]  # in text order


# -- degenerate input -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", '"', "'", "“", "”", '""', "''", "‘’", " \" ' “ ” ", "\n\n\r"], ids=repr)
def test_degenerate_input_gives_valid_quotations(text: str) -> None:
    for quotation in find_quotations(text):
        for start, end in quotation.pieces:
            assert 0 <= start <= end <= len(text)
        assert 0 <= quotation.open_mark < len(text)


def test_thousands_of_marks_complete() -> None:
    text = " ".join(
        ['"a"', "it's", "'b'", "“c”", "6'2\"", "‘d’", "«e»"] * 4000
    )  # one paragraph, 28,000 quotes
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found[:6]] == ["a", "b", "c", "d", "e", "a"]
    assert len(found) == 5 * 4000
    for marks in ('"' * 50_000, "'" * 50_000, "“" * 50_000):  # nothing but marks: nothing quoted
        assert all(q.start == q.end for q in find_quotations(marks))


def test_a_straight_quotation_nested_in_a_straight_one_stays_inside_it() -> None:
    text = (
        'Roe wrote: "The plan shows no grasp of the facts. The "Harbour Board" holds no one. '
        'They are held by others." Roe later wrote, "Not one was lost."'
    )
    assert [text[q.start : q.end] for q in find_quotations(text)] == [
        'The plan shows no grasp of the facts. The "Harbour Board" holds no one. They are held by others.',
        "Not one was lost.",
    ]


def test_a_straight_quotation_left_open_before_another_is_not_nesting() -> None:
    text = 'He said "no. Then "yes" came.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["no. Then"]
