"""The bundled seed article: every quoted passage in exactly one attribution, right speaker."""

from __future__ import annotations

import quotrack
from quotrack.quotemarks import find_quotations


def test_every_quoted_passage_belongs_to_exactly_one_attribution(
    tracker: quotrack.Tracker, seed_text: str
) -> None:
    result = tracker(seed_text)
    for quotation in find_quotations(seed_text):
        owners = [
            a
            for a in result.attributions
            if any(p.start <= quotation.start and quotation.end <= p.end for p in a.pieces)
        ]
        assert len(owners) == 1, seed_text[quotation.start : quotation.end]
        assert owners[0].speaker is not None, seed_text[quotation.start : quotation.end]


def _by_content(result: quotrack.Result, words: str) -> quotrack.Attribution:
    found = [a for a in result.attributions if words in a.content.text]
    assert len(found) == 1, [a.content.text for a in result.attributions]
    return found[0]


def test_speakers_as_written_and_resolved(tracker: quotrack.Tracker, seed_text: str) -> None:
    result = tracker(seed_text)
    relates = _by_content(result, "relates to the political underpinnings")
    assert relates.speaker is not None and relates.speaker.mention is not None
    assert relates.speaker.mention.text == "Yang"
    assert relates.speaker.name == "Yang Jiechi"
    unclosed = _by_content(result, "I believe that the talks")
    assert unclosed.speaker is not None and unclosed.speaker.name == "Liu Jiangyong"
    joint = _by_content(result, "needed to intensify high-level talks")
    assert joint.speaker is not None and joint.speaker.kind is quotrack.SpeakerKind.GROUP


def test_agencies_and_nested_sources(tracker: quotrack.Tracker, seed_text: str) -> None:
    result = tracker(seed_text)
    described = _by_content(result, "open, exhaustive and useful")
    assert described.speaker is not None and described.speaker.kind is quotrack.SpeakerKind.OUTLET
    assert described.outlet is not None
    joined = _by_content(result, "condemnation and protest")
    assert joined.outlet is not None
    assert joined.speaker is not None and joined.speaker.kind is quotrack.SpeakerKind.UNNAMED
    assert len(joined.chain) == 2


def test_boilerplate_yields_nothing(tracker: quotrack.Tracker, seed_text: str) -> None:
    result = tracker(seed_text)
    tail = seed_text.index("Japan makes 4 arrests")
    assert [a for a in result.attributions if a.content.end > tail] == []
    assert all("Share" not in a.content.text for a in result.attributions)


def test_bundled_copy_is_the_seed(seed_text: str) -> None:
    from importlib import resources

    bundled = resources.files("quotrack.data").joinpath("china-japan-talks.txt").read_text("utf-8")
    assert bundled == seed_text
