"""The result model: validators refuse what cannot be true, JSON round trips lose nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import quotrack
from quotrack import (
    Act,
    Attribution,
    Kind,
    Outlet,
    Result,
    Speaker,
    SpeakerEntry,
    SpeakerKind,
    TextSpan,
    Tracker,
)
from quotrack.model import replaced

TEXT = 'According to AFP, which cited an official, "Talks will resume," Ann Lee said.'


def span(word: str, text: str = TEXT) -> TextSpan:
    start = text.index(word)
    return TextSpan.of(text, start, start + len(word))


# -- TextSpan -------------------------------------------------------------------------


def test_a_span_is_its_text_and_its_offsets() -> None:
    s = TextSpan.of("Hello world", 6, 11)
    assert (s.start, s.end, s.text, len(s)) == (6, 11, "world", 5)
    assert s.shifted(10) == TextSpan(16, 21, "world")


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (-1, 2, "abc", "start must be >= 0"),
        (0, -1, "", "end must be >= 0"),
        (5, 3, "", "before its start"),
        (0, 3, "ab", "has 2 characters but covers 3"),
    ],
)
def test_impossible_spans_are_refused(start: int, end: int, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TextSpan(start, end, text)


@pytest.mark.parametrize("bad", [("0", 1, "a"), (0, 1.0, "a"), (0, 1, None)], ids=str)
def test_span_fields_have_their_types(bad: tuple[object, object, object]) -> None:
    with pytest.raises(TypeError):
        TextSpan(*bad)  # type: ignore[arg-type]


def test_spans_order_overlap_and_contain() -> None:
    a, b, c = TextSpan(0, 5, "Hello"), TextSpan(5, 6, " "), TextSpan(2, 4, "ll")
    assert sorted([b, c, a]) == [a, c, b]
    assert not a.overlaps(b) and a.overlaps(c) and c.overlaps(a)
    assert c in a and a not in c and b not in a
    assert "ll" not in a  # only spans are contained
    assert TextSpan(0, 0, "") not in [a, b, c]


# -- Speaker, Outlet, Attribution -------------------------------------------------------


def test_speakers_convert_their_kind_and_members() -> None:
    speaker = Speaker("Smith and Jones", kind="group", members=["Smith", "Jones"])
    assert speaker.kind is SpeakerKind.GROUP and speaker.members == ("Smith", "Jones")
    with pytest.raises(ValueError, match="'alien' is not a valid SpeakerKind"):
        Speaker("X", kind="alien")
    with pytest.raises(TypeError):
        Speaker(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Speaker("X", mention=(0, 1))  # type: ignore[arg-type]


def test_a_speaker_is_resolved_when_its_name_says_more_than_its_mention() -> None:
    text = "He said so."
    assert not Speaker("He", TextSpan.of(text, 0, 2)).resolved
    assert Speaker("Ann Lee", TextSpan.of(text, 0, 2)).resolved
    assert Speaker("Ann Lee").resolved


def test_an_attribution_needs_pieces_that_make_its_content() -> None:
    content = span("Talks will resume")
    attribution = Attribution(kind="direct", content=content, detector="quotes")
    assert attribution.kind is Kind.DIRECT and attribution.pieces == (content,)
    assert attribution.sort_key == (content.start, -content.end, attribution.detector)
    with pytest.raises(ValueError, match="at least one content piece"):
        Attribution(kind=Kind.DIRECT, content=content, detector="quotes", pieces=())
    with pytest.raises(ValueError, match="first to the last piece"):
        Attribution(kind=Kind.DIRECT, content=content, detector="quotes", pieces=[span("Talks")])
    with pytest.raises(ValueError, match="'quoted' is not a valid Kind"):
        Attribution(kind="quoted", content=content, detector="quotes")
    with pytest.raises(TypeError):
        Attribution(kind=Kind.DIRECT, content=(0, 5), detector="quotes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Attribution(kind=Kind.DIRECT, content=content, detector="quotes", speaker="Ann Lee")  # type: ignore[arg-type]


def test_model_objects_are_frozen_and_hashable() -> None:
    attribution = Attribution(kind=Kind.DIRECT, content=span("Talks will resume"), detector="quotes")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        attribution.detector = "other"  # type: ignore[misc]
    assert len({attribution, attrs.evolve(attribution)}) == 1


# -- Result and its JSON ----------------------------------------------------------------


def rich_result() -> Result:
    """A Result with every optional part filled in."""
    afp = Speaker("AFP", span("AFP"), SpeakerKind.OUTLET)
    official = Speaker("an official", span("an official"), "unnamed", description="an official")
    lee = Speaker("Ann Lee", span("Ann Lee"), "person", description="spokeswoman", affiliation="the ministry")
    quote = Attribution(
        kind=Kind.DIRECT,
        content=span("Talks will resume"),
        detector="quotes",
        cue=span("said"),
        speaker=lee,
        outlet=Outlet("AFP", span("AFP")),
        chain=(afp, official),
    )
    entry = SpeakerEntry("Ann Lee", "person", [span("Ann Lee")], [0], "spokeswoman", "the ministry", ["AFP"])
    return Result(TEXT, [quote], [entry])


def test_a_result_converts_its_lists_to_tuples() -> None:
    result = rich_result()
    assert isinstance(result.attributions, tuple) and isinstance(result.speakers, tuple)
    assert result.speakers[0].mentions == (span("Ann Lee"),) and result.speakers[0].outlets == ("AFP",)
    assert len(result) == 1 and list(result) == list(result.attributions)
    with pytest.raises(TypeError):
        Result(None)  # type: ignore[arg-type]


def test_the_json_round_trip_of_a_full_result_is_lossless() -> None:
    result = rich_result()
    data = json.loads(json.dumps(result.to_dict()))
    assert data["attributions"][0]["kind"] == "direct"
    assert data["attributions"][0]["chain"][1]["kind"] == "unnamed"
    assert data["speakers"][0]["attributions"] == [0]
    assert Result.from_dict(data) == result


def test_the_json_round_trip_of_a_real_result_is_lossless(tracker: Tracker) -> None:
    text = (
        'According to AFP, which cited an unnamed official, the talks will resume. "We are ready," '
        "the minister said on Monday.\nHe added that nothing had been agreed."
    )
    result = tracker(text)
    assert len(result) >= 2
    assert Result.from_dict(json.loads(json.dumps(result.to_dict()))) == result


def test_a_bad_span_in_json_is_refused() -> None:
    data = rich_result().to_dict()
    data["attributions"][0]["content"]["end"] += 1  # the text no longer fits the offsets
    with pytest.raises(quotrack.ResultFormatError, match="covers") as info:
        Result.from_dict(data)
    assert isinstance(info.value, ValueError)
    assert any(isinstance(e, ValueError) and "covers" in str(e) for e in leaves(info.value.__cause__))


def leaves(error: BaseException) -> list[BaseException]:
    """The errors inside an exception group, or the error itself."""
    inner = getattr(error, "exceptions", None)
    return [leaf for e in inner for leaf in leaves(e)] if inner else [error]


def test_an_attribution_reports_speech_unless_told_and_its_act_round_trips() -> None:
    text = "The survey shows rents rising. Lee fears a crash."
    speech = Attribution(kind=Kind.INDIRECT, content=TextSpan.of(text, 17, 29), detector="t")
    assert speech.act is Act.SPEECH
    belief = Attribution(kind=Kind.INDIRECT, content=TextSpan.of(text, 42, 49), detector="t", act="belief")
    assert belief.act is Act.BELIEF
    result = Result(text=text, attributions=[speech, belief])
    data = json.loads(json.dumps(result.to_dict()))
    assert [a["act"] for a in data["attributions"]] == ["speech", "belief"]
    assert Result.from_dict(data) == result
    del data["attributions"][1]["act"]  # data written before acts existed reads as speech
    assert Result.from_dict(data).attributions[1].act is Act.SPEECH


def test_an_unknown_act_is_refused() -> None:
    text = "Lee fears a crash."
    with pytest.raises(ValueError, match="'rumour' is not a valid Act"):
        Attribution(kind=Kind.INDIRECT, content=TextSpan.of(text, 10, 17), detector="t", act="rumour")
    data = Result(text=text).to_dict()
    data["attributions"] = [
        {
            "kind": "indirect",
            "content": {"start": 10, "end": 17, "text": "a crash"},
            "detector": "t",
            "act": "rumour",
        }
    ]
    with pytest.raises(quotrack.ResultFormatError, match="act"):
        Result.from_dict(data)


def test_act_is_exported() -> None:
    assert quotrack.Act is Act and "Act" in quotrack.__all__
    assert [act.value for act in Act] == ["speech", "evidence", "belief", "stance", "topic", "request"]


@pytest.mark.parametrize(
    ("field", "value", "error", "message"),
    [
        ("detector", 3, TypeError, "'detector' must be"),
        ("cue", "said", TypeError, "'cue' must be"),
        ("outlet", "AFP", TypeError, "'outlet' must be"),
        ("confidence", 1.5, ValueError, r"confidence must be in \[0, 1\], got 1.5"),
        ("confidence", float("nan"), ValueError, "confidence must be in"),
    ],
)
def test_each_attribution_field_is_checked_with_its_own_message(
    field: str, value: object, error: type[Exception], message: str
) -> None:
    fields: dict[str, object] = {"kind": "direct", "content": span("Talks will resume"), "detector": "quotes"}
    with pytest.raises(error, match=message):
        Attribution(**{**fields, field: value})  # type: ignore[arg-type]


def test_replaced_changes_only_the_fields_given_as_evolve_does() -> None:
    lee = Speaker("Ann Lee", span("Ann Lee"))
    afp = Speaker("AFP", span("AFP"), kind=SpeakerKind.OUTLET)
    a = Attribution(
        kind="direct",
        content=span("Talks will resume"),
        detector="quotes",
        cue=span("said"),
        speaker=lee,
        outlet=Outlet("AFP", span("AFP")),
        chain=(afp,),
        act=Act.SPEECH,
        explanation=("quotes: a test",),
        confidence=0.7,
    )
    changes: list[dict[str, object]] = [
        {"speaker": None},
        {"speaker": afp, "chain": ()},
        {"explanation": ("quotes: a test", "names: set")},
        {"confidence": 0.25},
    ]
    for change in changes:
        new = replaced(a, **change)  # type: ignore[arg-type]
        assert new == attrs.evolve(a, **change)
        kept = [f.name for f in attrs.fields(Attribution) if f.name not in change]
        assert all(getattr(new, name) is getattr(a, name) for name in kept)


def test_a_field_of_several_strings_refuses_one_string() -> None:
    text = '"We won," said Ann Lee.'
    with pytest.raises(TypeError, match="not one str 'Ann Lee and Bo Roe'"):
        quotrack.Speaker("Ann Lee and Bo Roe", members="Ann Lee and Bo Roe")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="give a tuple"):
        quotrack.Attribution(
            kind="direct",
            content=quotrack.TextSpan.of(text, 1, 7),
            detector="hand",
            explanation="my rule",  # type: ignore[arg-type]
        )
    assert quotrack.Speaker("Ann Lee and Bo Roe", members=["Ann Lee", "Bo Roe"]).members == (
        "Ann Lee",
        "Bo Roe",
    )


def _said_data() -> dict[str, Any]:
    text = '"The bridge will reopen," Ann Lee said.'
    speaker = Speaker("Ann Lee", TextSpan.of(text, 26, 33), SpeakerKind.PERSON)
    claim = Attribution(
        kind=Kind.DIRECT, content=TextSpan.of(text, 1, 23), detector="t", speaker=speaker, explanation=("t",)
    )
    return Result(text=text, attributions=[claim]).to_dict()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(text=None), "expected a string, not NoneType None @ \\$.text"),
        (lambda d: d["attributions"][0].update(detector=7), "expected a string, not int 7"),
        (
            lambda d: d["attributions"][0].update(explanation="quotes: by hand"),
            "not one str 'quotes: by hand'",
        ),
        (
            lambda d: d.update(text="The bridge will reopen, Ann Lee said, in May."),
            "is not the text's words there",
        ),
        (
            lambda d: d.update(
                speakers=[{"name": "Ann Lee", "kind": "person", "mentions": [], "attributions": [9]}]
            ),
            "points at an attribution past the 1 there are",
        ),
    ],
)
def test_data_a_result_never_wrote_is_refused_not_coerced(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = _said_data()
    assert Result.from_dict(data).to_dict() == data  # (the data as written comes back)
    change(data)
    with pytest.raises(quotrack.ResultFormatError, match=message):
        Result.from_dict(data)
