"""Any text in, attributions or a clear error out; never a wrong offset.

Wrong types and settings give errors that say what was expected; text from
the wild (odd line ends, invisible characters, emoji, mixed quote styles,
inch marks, huge quotes, HTML left in by a scraper) gives attributions whose
every span indexes the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
import spacy
from _support import assert_offsets, mention, only
from spacy.language import Language
from test_properties import all_spans, assert_valid

import quotrack
from quotrack import (
    ArgumentError,
    DocumentTooLongError,
    InputError,
    Result,
    TextTypeError,
    Tracker,
)
from quotrack.clean import clean_text


def summary(result: Result) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker name) of each attribution, with whitespace made plain."""
    return [
        (
            a.kind.value,
            " ".join(a.content.text.split()),
            " ".join(a.speaker.name.split()) if a.speaker is not None else None,
        )
        for a in result.attributions
    ]


# -- errors ---------------------------------------------------------------------------

NOT_TEXT = [None, 42, 3.5, ["a list"], {"text": "a dict"}, ("a", "tuple")]


@pytest.mark.parametrize("bad", NOT_TEXT, ids=lambda value: type(value).__name__)
def test_not_text_is_refused_by_every_entry_point(tracker: Tracker, bad: object) -> None:
    calls: list[Callable[[Any], object]] = [
        tracker,
        lambda x: list(tracker.pipe(["Fine text.", x])),
        quotrack.extract,
        clean_text,
    ]
    for call in calls:
        with pytest.raises(TextTypeError, match=f"text must be str, not {type(bad).__name__}") as info:
            call(bad)
        assert isinstance(info.value, TypeError) and isinstance(info.value, InputError)


@pytest.mark.parametrize("data", [b'"We won," she said.', bytearray(b"abc")])
def test_bytes_say_how_to_decode_everywhere(tracker: Tracker, data: bytes) -> None:
    calls: list[Callable[[Any], object]] = [
        tracker,
        lambda x: list(tracker.pipe([x])),
        quotrack.extract,
        clean_text,
    ]
    for call in calls:
        with pytest.raises(TextTypeError, match=r"decode it first, e\.g\. data\.decode\('utf-8'\)"):
            call(data)


@pytest.mark.parametrize(
    "settings",
    [{"max_chars": 0}, {"max_chars": -1}, {"chunk_chars": 0}, {"chunk_chars": True}, {"chunk_chars": 2.5}],
    ids=str,
)
def test_bad_settings_are_refused_when_the_tracker_is_built(settings: dict[str, object]) -> None:
    name = next(iter(settings))
    with pytest.raises(ArgumentError, match=f"{name} must be a whole number >= 1"):
        Tracker(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["detectors", "resolvers"])
def test_one_name_where_a_list_is_expected_says_so(name: str) -> None:
    with pytest.raises(ArgumentError, match=rf"{name}=\['quotes'\], not one string"):
        Tracker(**{name: "quotes"})  # type: ignore[arg-type]


@pytest.mark.parametrize("arguments", [{"batch_size": 0}, {"n_process": 0}, {"n_process": -2}], ids=str)
def test_bad_pipe_arguments_are_refused_at_once(tracker: Tracker, arguments: dict[str, int]) -> None:
    with pytest.raises(ArgumentError, match=next(iter(arguments))):
        tracker.pipe(["Never read."], **arguments)  # type: ignore[call-overload]


def test_a_text_over_max_chars_names_the_limit() -> None:
    capped = Tracker(max_chars=20)
    assert capped("Short enough.").text == "Short enough."
    with pytest.raises(DocumentTooLongError, match="max_chars=20"):
        capped('"This is far too long," she said.')


def test_blank_texts_give_empty_results_without_a_parse() -> None:
    calls: list[str] = []

    @Language.component("robustness_call_counter")
    def count(doc):  # type: ignore[no-untyped-def]
        calls.append(doc.text)
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("robustness_call_counter")
    counting = Tracker(nlp, detectors=[], resolvers=[])  # a blank pipeline has no parse to read
    blanks = ["", " ", "\n\n", "\r\n\t", "\u00a0\u2028"]
    assert [counting(text) for text in blanks] == [Result(text=text) for text in blanks]
    assert calls == []
    counting("Some words.")
    assert calls == ["Some words."]


# -- text from the wild ---------------------------------------------------------------

ARTICLE = (
    "Maria Lopez said the budget would be balanced by next spring.\n"
    '"We are not going to accept this deal," Tom Becker told reporters.\n'
)
EXPECTED = [
    ("indirect", "the budget would be balanced by next spring", "Maria Lopez"),
    ("direct", "We are not going to accept this deal", "Tom Becker"),
]
VARIANTS = {
    "windows line ends": ARTICLE.replace("\n", "\r\n"),
    "old mac line ends": ARTICLE.replace("\n", "\r"),
    "unicode line separators": ARTICLE.replace("\n", "\u2028"),
    "no-break spaces in names": ARTICLE.replace("Maria Lopez", "Maria\u00a0Lopez").replace(
        "Tom Becker", "Tom\u00a0Becker"
    ),
    "zero-width spaces": ARTICLE.replace(" said", "\u200b said").replace("deal,", "deal,\u200b"),
    "control characters": ARTICLE.replace("deal", "deal\x07").replace("reporters", "reporters\x00"),
    "right-to-left marks": "\u200f" + ARTICLE.replace("Tom Becker", "\u202bTom Becker\u202c"),
    "emoji": ARTICLE.replace("spring.", "spring 🌸.").replace("deal,", "deal 👎🏽,"),
}


@pytest.mark.parametrize("text", VARIANTS.values(), ids=VARIANTS.keys())
def test_text_from_the_wild_keeps_its_offsets_and_its_attributions(tracker: Tracker, text: str) -> None:
    result = tracker(text)
    assert_valid(result, text)
    found = summary(result)
    assert [(kind, speaker) for kind, _, speaker in found] == [(k, s) for k, _, s in EXPECTED]
    for (_, content, _), (_, expected, _) in zip(found, EXPECTED, strict=True):
        assert re.sub(r"[^\w ]", "", content).startswith(expected[:20])
    for span in all_spans(result):  # no span starts or ends with an invisible character
        for edge in (span.text[:1], span.text[-1:]):
            assert not edge.isspace() and unicodedata.category(edge) not in ("Cf", "Cc"), span


def test_soft_hyphens_and_a_byte_order_mark_keep_offsets(tracker: Tracker) -> None:
    text = "\ufeff" + ARTICLE.replace("budget", "bud\u00adget").replace("accept", "ac\u00adcept")
    result = tracker(text)
    assert_valid(result, text)
    assert [a.content.text for a in result.attributions] == [
        "the bud\u00adget would be balanced by next spring",
        "We are not going to ac\u00adcept this deal",
    ]


def test_mixed_quote_styles_in_one_article(tracker: Tracker) -> None:
    text = "“It is too early,” Tom Becker said. 'We will wait,' said Ann Lee. ``Fine,'' said Jo Marsh."
    result = tracker(text)
    assert_valid(result, text)
    assert summary(result) == [
        ("direct", "It is too early", "Tom Becker"),
        ("direct", "We will wait", "Ann Lee"),
        ("direct", "Fine", "Jo Marsh"),
    ]


def test_inch_and_foot_marks_are_not_quotation_marks(tracker: Tracker) -> None:
    text = (
        'Tom Becker, who is 6\'2" tall, said "I have never felt so small in my life." The 12" screen broke.'
    )
    result = tracker(text)
    assert_valid(result, text)
    assert summary(result) == [("direct", "I have never felt so small in my life.", "Tom Becker")]


def test_a_text_that_is_one_huge_open_quote(tracker: Tracker) -> None:
    text = '"' + "We will keep talking for as long as it takes, and people know it. " * 400
    result = tracker(text)
    assert_valid(result, text)
    (only,) = result.attributions
    assert only.content.start == 1 and only.content.end == len(text.rstrip())


def test_thousands_of_quote_marks(tracker: Tracker) -> None:
    text = "Tom Becker said " + " ".join(['"a"', "it's", "'b'", "“c”", "6'2\""] * 1500) + "."
    assert_valid(tracker(text), text)


def test_a_long_paragraph_cut_into_pieces_keeps_every_sentence(tracker: Tracker) -> None:
    sentences = [f"Official number {i} said the plan would cost {i} million euros." for i in range(300)]
    text = " ".join(sentences)  # one paragraph of ~19,000 characters, no line break at all
    piecewise = Tracker(tracker.nlp, chunk_chars=2_000)
    result = piecewise(text)
    assert_valid(result, text)
    contents = {a.content.text for a in result.attributions}
    found = sum(f"the plan would cost {i} million euros" in contents for i in range(300))
    assert found >= 290, found


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"], ids=repr)
def test_long_text_in_pieces_with_any_line_end(tracker: Tracker, line_end: str) -> None:
    text = line_end.join([ARTICLE.strip().replace("\n", line_end)] * 60)
    piecewise = Tracker(tracker.nlp, chunk_chars=1_000)
    result = piecewise(text)
    assert_valid(result, text)
    assert len(result.attributions) == 120
    assert summary(result)[:2] == EXPECTED


# -- the spaCy component --------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp_with_component() -> Language:
    nlp = spacy.load(quotrack.default_pipeline_name())
    nlp.add_pipe("quotrack")
    return nlp


@pytest.mark.parametrize("text", ["", "\r\n", "\u200b", *VARIANTS.values()], ids=repr)
def test_the_component_takes_any_text(nlp_with_component: Language, text: str) -> None:
    doc = nlp_with_component(text)
    result = doc._.quotrack
    assert_valid(result, doc.text)
    assert len(doc._.attributions) == (2 if text.strip("\r\n\u200b") else 0)


@pytest.mark.parametrize(
    "text",
    [
        "In her caf\udce9, Ann Grey said: \u201cWe open again on Monday.\u201d",
        b"Ann Grey said her caf\xe9 would open again on Monday.".decode("utf-8", "surrogateescape"),
    ],
)
def test_lone_surrogates_give_exact_offsets(tracker: quotrack.Tracker, text: str) -> None:
    result = tracker(text)
    assert result.text == text
    a = only(result)
    assert mention(a) == "Ann Grey"
    assert "Monday" in a.content.text
    assert_offsets(result)
