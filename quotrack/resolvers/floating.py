"""Floating quotations: a paragraph that is only a quotation, with no cue.

News often lets a quotation stand alone in its paragraph after the
paragraph that named its speaker.  Such a quote takes the speaker of the
last attribution in the paragraph before.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..context import DocContext
from ..model import Attribution
from ..registry import register_resolver
from .base import Resolver


@register_resolver("floating")
class FloatingQuoteResolver(Resolver):
    """Gives a speakerless quotation the speaker of the paragraph before."""

    name = "floating"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        out: list[Attribution] = []
        last_by_paragraph: dict[int, Attribution] = {}
        for attribution in attributions:
            paragraph = ctx.paragraph_index(attribution.content.start)
            if attribution.speaker is None and attribution.cue is None:
                previous = last_by_paragraph.get(paragraph - 1) or last_by_paragraph.get(paragraph)
                if previous is not None and previous.speaker is not None:
                    attribution = attrs.evolve(attribution, speaker=previous.speaker)
            if attribution.speaker is not None:
                last_by_paragraph[ctx.paragraph_index(attribution.content.end)] = attribution
            out.append(attribution)
        return out
