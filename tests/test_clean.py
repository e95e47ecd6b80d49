"""Cleaning scraped text: what clean_text removes, the map back, and Results restored to the original."""

from __future__ import annotations

import pickle

import pytest
from test_properties import assert_valid

from quotrack import ArgumentError, Tracker
from quotrack.clean import CleanedText, Edit, clean_text
from quotrack.model import Attribution, Kind, Result, Speaker, SpeakerEntry, SpeakerKind, TextSpan

SCRAPED = (
    '<div class="story"><h1>Port strike</h1>\r\n'
    "<p>Maria Lopez, the union&rsquo;s chief negotiator, said &ldquo;We are <b>not</b> going to "
    "accept a deal that leaves workers behind.&rdquo;</p>\r\n"
    '<p>According to <a href="https://news.example/a?b=1&amp;c=2">Reuters</a>, talks had'
    "&nbsp;stalled again.</p><!-- ad slot --><script>var x = '<p>';</script></div>"
)


def test_clean_text_unescapes_strips_and_keeps_paragraphs() -> None:
    cleaned = clean_text(SCRAPED)
    lines = [line.strip() for line in cleaned.text.splitlines() if line.strip()]
    assert lines == [
        "Port strike",
        "Maria Lopez, the union’s chief negotiator, said “We are not going to accept a deal that leaves "
        "workers behind.”",
        "According to Reuters, talks had stalled again.",
    ]
    assert cleaned.original == SCRAPED


def test_tracker_with_clean_returns_spans_of_the_original(tracker: Tracker) -> None:
    cleaning = Tracker(tracker.nlp, clean=True)
    result = cleaning(SCRAPED)
    assert_valid(result, SCRAPED)
    quote, report = result.attributions
    assert quote.content.text == "We are <b>not</b> going to accept a deal that leaves workers behind."
    assert quote.speaker is not None and quote.speaker.name == "Maria Lopez"
    assert report.content.text == "talks had&nbsp;stalled again."
    assert report.speaker is not None and report.speaker.mention is not None
    assert report.speaker.mention.text == "Reuters"  # the link's tags are outside the mention


def test_clean_changes_nothing_on_clean_text(tracker: Tracker) -> None:
    cleaning = Tracker(tracker.nlp, clean=True)
    text = "Ann Lee said the vote was close.\n\n“It was fair,” Tom Baker told reporters.\n"
    assert cleaning(text) == tracker(text)
    assert clean_text(text).edits == ()


def test_clean_setting_travels_with_the_tracker() -> None:
    copy = pickle.loads(pickle.dumps(Tracker(clean=True)))
    assert copy.clean is True


@pytest.mark.parametrize(
    ("original", "clean"),
    [
        ("AT&amp;T &lt;b&gt; &#8220;x&#x201D; &hellip; &foo; AT&T", "AT&T <b> “x” … &foo; AT&T"),
        ("a<br>b<br/>c<BR />d", "a\nb\nc\nd"),
        ("<SCRIPT type='text/javascript'>if (a < b) {}</script>text<style>p {}</style>", "text"),
        ("x<!-- <p>hidden</p> -->y<![CDATA[z]]>", "xy"),
        ("a < b and c > d; x<y", "a < b and c > d; x<y"),
        (
            "zero\u200bwidth soft\u00adhyphen \ufeffbom \u202eRTL\u202c nul\x00",
            "zerowidth softhyphen bom RTL nul",
        ),
        ("tab\there  two   spaces\u00a0\u00a0nbsp", "tab here two spaces nbsp"),
        ("win\r\nmac\rlsep\u2028end", "win\nmac\nlsep\nend"),
        ("Cafe\u0301 “Καλημε\u0301ρα”", "Café “Καλημέρα”"),
        ("❝fancy❞ ❛marks❜", "“fancy” ‘marks’"),
        ("emoji 👨\u200d👩\u200d👧 stays", "emoji 👨\u200d👩\u200d👧 stays"),
    ],
)
def test_clean_text_cases(original: str, clean: str) -> None:
    assert clean_text(original).text == clean


def test_a_span_next_to_a_removed_tag_keeps_out_of_it() -> None:
    cleaned = clean_text("<b>Hello</b> <i>world</i>")
    assert cleaned.text == "Hello world"
    assert cleaned.to_original(0, 5) == (3, 8)  # "Hello" without <b> and </b>
    assert cleaned.to_original(6, 11) == (16, 21)  # "world"
    assert cleaned.to_original(0, 11) == (3, 21)  # tags inside the span stay inside
    assert cleaned.to_original(5, 5) == (12, 12)  # an empty span sits after what was removed


def test_a_span_edge_inside_a_longer_replacement_widens_to_all_of_it() -> None:
    cleaned = clean_text("x &fjlig; y")  # one entity, two characters: "fj"
    assert cleaned.text == "x fj y"
    assert cleaned.to_original(3, 6) == (2, 11)  # from inside "fj": the whole "&fjlig;"
    assert cleaned.to_original(2, 3) == (2, 9)


def test_cleaned_text_is_frozen_and_checks_its_input() -> None:
    cleaned = clean_text("a&amp;b")
    assert cleaned.edits == (Edit(position=1, old_length=5, new_length=1),)
    with pytest.raises(AttributeError):
        cleaned.text = "other"  # type: ignore[misc]
    with pytest.raises(ArgumentError, match="not within the clean text"):
        cleaned.to_original(2, 10)
    with pytest.raises(ArgumentError, match="not within the clean text"):
        cleaned.to_original(2, 1)
    with pytest.raises(ArgumentError, match="edits do not turn"):
        CleanedText("abc", "abcd", ())
    with pytest.raises(ArgumentError, match="unicode_form"):
        clean_text("x", unicode_form="NFX")  # type: ignore[arg-type]
    assert clean_text("e\u0301", unicode_form=None).text == "e\u0301"


def test_restore_maps_every_span_of_a_result_back_to_the_original() -> None:
    original = "<p>Ann&nbsp;Lee said, &ldquo;We <b>won</b>.&rdquo;</p>"
    cleaned = clean_text(original)
    text = cleaned.text
    assert text == "\nAnn Lee said, “We won.”\n"

    def span(words: str) -> TextSpan:
        start = text.index(words)
        return TextSpan.of(text, start, start + len(words))

    speaker = Speaker("Ann Lee", span("Ann Lee"), SpeakerKind.PERSON)
    found = Result(
        text=text,
        attributions=[
            Attribution(
                kind=Kind.DIRECT,
                content=span("We won."),
                detector="quotes",
                cue=span("said"),
                speaker=speaker,
            )
        ],
        speakers=[SpeakerEntry("Ann Lee", SpeakerKind.PERSON, [span("Ann Lee")], [0])],
    )
    restored = cleaned.restore(found)
    assert_valid(restored, original)
    (attribution,) = restored.attributions
    assert attribution.content.text == "We <b>won</b>."
    assert attribution.cue is not None and attribution.cue.text == "said"
    assert attribution.speaker is not None and attribution.speaker.mention is not None
    assert attribution.speaker.mention.text == "Ann&nbsp;Lee"
    assert attribution.speaker.name == "Ann Lee"  # names stay as found in the clean text
    assert [m.text for m in restored.speakers[0].mentions] == ["Ann&nbsp;Lee"]


@pytest.mark.parametrize(
    ("original", "expected", "garbled", "name"),
    [
        (
            "<p>Fran\u00c3\u00a7ois Roe said, \u00e2\u20ac\u0153We won.\u00e2\u20ac\u009d</p>",
            "\nFran\u00e7ois Roe said, \u201cWe won.\u201d\n",
            "Fran\u00c3\u00a7ois Roe",
            "Fran\u00e7ois Roe",
        ),
        (  # "Durán" garbled twice ("Ã\x83Â¡"), then put through NFD: "A" and a combining tilde
            "Ana DurA\u0303\x83A\u0302\u00a1n said so.",
            "Ana Dur\u00e1n said so.",
            "Ana DurA\u0303\x83A\u0302\u00a1n",
            "Ana Dur\u00e1n",
        ),
    ],
)
def test_clean_text_mends_mojibake_and_maps_back(
    original: str, expected: str, garbled: str, name: str
) -> None:
    cleaned = clean_text(original)
    assert cleaned.text == expected
    start = cleaned.text.index(name)
    a, b = cleaned.to_original(start, start + len(name))
    assert original[a:b] == garbled


def test_clean_text_keeps_letters_that_are_no_mojibake() -> None:
    assert clean_text("S\u00e3o Paulo, \u00c9mile").text == "S\u00e3o Paulo, \u00c9mile"
