"""Property tests: whatever text goes in, every offset is right and the output is stable.

Two sources of text: arbitrary Unicode over an alphabet rich in quote marks,
line ends and invisible characters, and news-like paragraphs built from
templates (speakers, cues, quoted and unquoted clauses) written for these
tests.  The real pipeline runs on every example.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotrack
from quotrack import Result, TextSpan
from quotrack.clean import clean_text

PROPERTY_SETTINGS = settings(
    max_examples=80,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# -- what every Result must satisfy ---------------------------------------------------


def all_spans(value: Any) -> Iterator[TextSpan]:
    """Every TextSpan inside ``value``: attrs objects and tuples are searched through."""
    if isinstance(value, TextSpan):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from all_spans(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from all_spans(getattr(value, field.name))


def assert_valid(result: Result, text: str) -> None:
    """Offsets reproduce their text, order is (start, -end), nothing twice, JSON round trip."""
    assert result.text == text
    for span in all_spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text, span
    keys = [a.sort_key for a in result.attributions]
    assert keys == sorted(keys)
    assert len(set(result.attributions)) == len(result.attributions)
    for entry in result.speakers:
        assert all(0 <= i < len(result.attributions) for i in entry.attributions)
    data = json.loads(json.dumps(result.to_dict()))
    assert Result.from_dict(data) == result


@pytest.fixture(scope="module")
def cleaning_tracker() -> quotrack.Tracker:
    return quotrack.Tracker(clean=True)


# -- arbitrary text -------------------------------------------------------------------

WILD_CHARACTERS = (
    "aeiouAEIOU xyzXYZ 0123456789 .,;:!?-—()"
    "\"'“”‘’«»„‚‹›`´″′"
    "\n\r\t\u00a0\u200b\u200c\u200d\u00ad\ufeff\u202e\u202c\u200f\u2028\x0b\x0c\x00\x1f"
    "éßøçñЖж中文한국어עבריתالعربية😀🎉👍🏽"
)
WILD_WORDS = (
    "said",
    "says",
    "told",
    "according to",
    "Smith",
    "Ann Lee",
    "He",
    "she",
    "that",
    "''",
    "``",
    "6'2\"",
)
wild_text = st.lists(
    st.one_of(st.sampled_from(WILD_CHARACTERS), st.sampled_from(WILD_WORDS).map(lambda w: f" {w} ")),
    max_size=80,
).map("".join)


@PROPERTY_SETTINGS
@given(text=st.one_of(wild_text, st.text(max_size=120)))
def test_any_text_gives_valid_offsets(tracker: quotrack.Tracker, text: str) -> None:
    assert_valid(tracker(text), text)


@PROPERTY_SETTINGS
@given(text=wild_text)
def test_the_same_text_twice_gives_equal_results(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text) == tracker(text)


@PROPERTY_SETTINGS
@given(text=wild_text, chunk=st.integers(min_value=1, max_value=60))
def test_text_parsed_in_pieces_gives_valid_offsets(tracker: quotrack.Tracker, text: str, chunk: int) -> None:
    piecewise = quotrack.Tracker(tracker.nlp, chunk_chars=chunk)
    assert_valid(piecewise(text), text)


# -- news-like text -------------------------------------------------------------------

SPEAKERS = (
    "Maria Lopez", "Tom Becker", "the finance minister", "a spokeswoman for the port authority",
    "Dr. Priya Natarajan", "the union's chief negotiator", "He", "She", "They", "Officials",
)  # fmt: skip
CUES = ("said", "says", "told reporters", "added", "warned", "insisted", "claimed", "argued")
CLAUSES = (
    "the budget would be balanced by next spring", "talks with the rail operators had stalled",
    "the bridge would open two months late", "prices were likely to keep rising",
    "nobody had been consulted about the closure", "the harvest was the worst in a decade",
)  # fmt: skip
QUOTES = (
    "We are not going to accept this deal.", "It is too early to say what caused the fire.",
    "This is a good day for the families who waited so long.", "We will keep talking.",
    "The figures speak for themselves, and they are not good.", "I have never seen the river this low!",
)  # fmt: skip
NARRATIVE = (
    "The meeting lasted more than four hours.", "Hundreds of people gathered outside the station.",
    "Shares fell sharply after the announcement.", "Negotiations resume on Monday.",
)  # fmt: skip
OPEN_CLOSE = (('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("``", "''"))
LINE_ENDS = ("\n", "\n\n", "\r\n", "\r\n\r\n", "\r")


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    speaker = draw(st.sampled_from(SPEAKERS))
    cue = draw(st.sampled_from(CUES))
    clause = draw(st.sampled_from(CLAUSES))
    quote = draw(st.sampled_from(QUOTES))
    opening, closing = draw(st.sampled_from(OPEN_CLOSE))
    layouts = (
        f"{speaker} {cue} {clause}.",
        f"{speaker} {cue} that {clause}.",
        f"{speaker} {cue}, {opening}{quote}{closing}",
        f"{opening}{quote[:-1]},{closing} {speaker} {cue}.",
        f"{opening}{quote[:-1]},{closing} {cue} {speaker}.",
        f"According to {speaker}, {clause}.",
        f"{clause[0].upper()}{clause[1:]}, according to {speaker}.",
        f"{clause[0].upper()}{clause[1:]}, {speaker} {cue}.",
        f"{opening}{quote}",  # a quotation left open: it runs to the paragraph's end
        f"{opening}{quote[:-1]},{closing} {speaker} {cue}. {opening}{draw(st.sampled_from(QUOTES))}{closing}",
        draw(st.sampled_from(NARRATIVE)),
    )
    return draw(st.sampled_from(layouts))


@st.composite
def news_text(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(news_sentence(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5)
    )
    line_end = draw(st.sampled_from(LINE_ENDS))
    return line_end.join(paragraphs)


@PROPERTY_SETTINGS
@given(text=news_text())
def test_news_text_gives_valid_offsets_and_finds_speech(tracker: quotrack.Tracker, text: str) -> None:
    result = tracker(text)
    assert_valid(result, text)
    if any(cue in text for cue in (" said ", " says ", "according to")):
        assert result.attributions, text


@PROPERTY_SETTINGS
@given(text=news_text())
def test_news_text_is_deterministic(tracker: quotrack.Tracker, text: str) -> None:
    first, second = tracker(text), tracker(text)
    assert first == second
    assert first.to_dict() == second.to_dict()


# -- cleaning -------------------------------------------------------------------------

NOISE = (
    "<p>", "</p>", "<br/>", "<b>", "</b>", '<a href="https://example.org/a?b=1&amp;c=2">', "</a>",
    "<!-- comment -->", "<script>var x = '<p>';</script>", "&amp;", "&nbsp;", "&#8220;", "&#x201D;",
    "&rsquo;", "&hellip;", "\u200b", "\u00ad", "\ufeff", "\u202e", "\r\n", "  ", "\u00a0", "e\u0301",
)  # fmt: skip


@st.composite
def marked_html(draw: st.DrawFn) -> tuple[str, list[tuple[str, int]]]:
    """HTML-ish text made of numbered words and noise, and where each word was put."""
    parts: list[str] = []
    words: list[tuple[str, int]] = []
    length = 0
    for index in range(draw(st.integers(min_value=1, max_value=30))):
        for noise in draw(st.lists(st.sampled_from(NOISE), max_size=3)):
            parts.append(noise)
            length += len(noise)
        word = f"w{index}x"
        words.append((word, length))
        parts.append(word)
        length += len(word)
        parts.append(draw(st.sampled_from((" ", "\n", "", ", "))))
        length += len(parts[-1])
    return "".join(parts), words


@settings(max_examples=150, deadline=None, database=None)
@given(case=marked_html())
def test_cleaning_maps_every_word_back_to_where_it_was(case: tuple[str, list[tuple[str, int]]]) -> None:
    original, words = case
    cleaned = clean_text(original)
    assert "<p>" not in cleaned.text and "&amp;" not in cleaned.text and "\u200b" not in cleaned.text
    for word, position in words:
        start = cleaned.text.index(word)
        assert cleaned.to_original(start, start + len(word)) == (position, position + len(word))
    # the whole clean text maps onto a span of the original with no removed material at its edges
    whole = cleaned.to_original(0, len(cleaned.text))
    assert 0 <= whole[0] <= whole[1] <= len(original)


@settings(max_examples=150, deadline=None, database=None)
@given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(NOISE + WILD_WORDS)).map("".join)))
def test_cleaning_maps_are_monotone_and_in_bounds(text: str) -> None:
    cleaned = clean_text(text)
    n = len(cleaned.text)
    previous = (0, 0)
    for start in range(n + 1):
        for end in (start, min(n, start + 1), n):
            a, b = cleaned.to_original(start, end)
            assert 0 <= a <= b <= len(text)
        a, _ = cleaned.to_original(start, start)
        assert a >= previous[0]
        previous = (a, a)
    assert clean_text(text) == cleaned


@PROPERTY_SETTINGS
@given(text=news_text(), noise=st.lists(st.sampled_from(NOISE), min_size=1, max_size=12), seed=st.randoms())
def test_clean_results_index_the_original(
    cleaning_tracker: quotrack.Tracker, text: str, noise: list[str], seed: Any
) -> None:
    positions = sorted(seed.randrange(len(text) + 1) for _ in noise)
    pieces, last = [], 0
    for position, mark in zip(positions, noise, strict=True):
        while (
            position < len(text)
            and position > 0
            and text[position - 1].isalnum()
            and text[position].isalnum()
        ):
            position += 1  # keep words whole
        position = max(position, last)
        pieces += [text[last:position], mark]
        last = position
    original = "".join([*pieces, text[last:]])
    result = cleaning_tracker(original)
    assert_valid(result, original)
