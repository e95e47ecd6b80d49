"""Floating quotations: a paragraph that is only a quotation, with no cue.

News often lets a quotation stand alone in its paragraph after the
paragraph that named its speaker.  Such a quote takes the speaker of the
last attribution in the paragraph before.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from .base import Resolver


class FloatingQuoteResolver(Resolver):
    """Gives a speakerless quotation the speaker of the paragraph before.

    The most recent attribution with a speaker in the same paragraph (before
    the quote) or in the ``lookback`` paragraphs before wins; failing that,
    the last person the paragraph before (or this one, before the quote)
    names.
    """

    name = "floating"

    def __init__(self, lookback: int = 2) -> None:
        self.lookback = lookback

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        out: list[Attribution] = []
        last_by_paragraph: dict[int, Attribution] = {}
        for attribution in attributions:
            paragraph = ctx.paragraph_index(attribution.content.start)
            if attribution.speaker is None and attribution.cue is None:
                speaker = self._previous_speaker(last_by_paragraph, paragraph) or _last_person(
                    ctx, attribution.content.start
                )
                if speaker is not None:
                    attribution = attrs.evolve(attribution, speaker=speaker)
            if attribution.speaker is not None:
                last_by_paragraph[ctx.paragraph_index(attribution.content.end)] = attribution
            out.append(attribution)
        return out

    def _previous_speaker(self, last_by_paragraph: dict[int, Attribution], paragraph: int) -> Speaker | None:
        for back in range(self.lookback + 1):
            previous = last_by_paragraph.get(paragraph - back)
            if previous is not None:
                return previous.speaker
        return None


def _last_person(ctx: DocContext, before: int) -> Speaker | None:
    """The last person named between the start of the paragraph before and ``before``."""
    paragraph = ctx.paragraph_index(before)
    start = ctx.paragraphs[max(paragraph - 1, 0)][0] if paragraph >= 0 else 0
    people = [
        e for e in ctx.entities if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= before
    ]
    people = [e for e in people if not ctx.in_quote(e.start_char)]
    if not people:
        return None
    mention = ctx.span(people[-1].start_char, people[-1].end_char)
    return Speaker(name=mention.text, mention=mention, kind=SpeakerKind.PERSON)
