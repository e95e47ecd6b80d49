"""Small helpers for reading Results in tests, and a detector with a bug."""

from __future__ import annotations

from collections.abc import Iterator

from quotrack import Attribution, Detector, Result, SpeakerKind
from quotrack.context import DocContext


class FailsOnZorb(Detector):
    """A detector with a bug: it raises on any text with the word "zorb", and finds nothing else."""

    name = "test-fails-on-zorb"

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        if "zorb" in ctx.text:
            raise RuntimeError("cannot read zorb")
        return iter(())


def only(result: Result) -> Attribution:
    """The single attribution of ``result`` (fails the test when there are more or none)."""
    assert len(result.attributions) == 1, [a.content.text for a in result.attributions]
    return result.attributions[0]


def mention(attribution: Attribution) -> str | None:
    """The speaker's words as written, or None."""
    speaker = attribution.speaker
    return speaker.mention.text if speaker is not None and speaker.mention is not None else None


def assert_offsets(result: Result) -> None:
    """Every span of ``result`` reproduces its text."""
    text = result.text
    for a in result.attributions:
        spans = [a.content, *a.pieces, a.cue, a.speaker and a.speaker.mention, a.outlet and a.outlet.mention]
        spans += [s.mention for s in a.chain]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text


def said(result: Result, words: str) -> Attribution:
    """The one attribution whose content holds ``words``."""
    found = [a for a in result.attributions if words in a.content.text]
    assert len(found) == 1, [a.content.text for a in result.attributions]
    return found[0]


def speaker_of(result: Result, words: str) -> tuple[str, str, SpeakerKind]:
    """(mention as written, resolved name, kind) of the attribution saying ``words``."""
    speaker = said(result, words).speaker
    assert speaker is not None and speaker.mention is not None
    assert_offsets(result)
    return speaker.mention.text, speaker.name, speaker.kind
