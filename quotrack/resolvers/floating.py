"""Floating quotations: a paragraph that is only a quotation, with no cue.

News often lets a quotation stand alone in its paragraph after the
paragraph that named its speaker.  Such a quote takes the speaker of the
last attribution in the paragraph before, unless the sentence right before
it, no claim itself, names one person who is not that speaker (``… leaving
Ann Lee unimpressed. "…"``): then it is that person's.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Span

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from ..people import People, name_words
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
        people = _Lazy(ctx, attributions)
        for attribution in attributions:
            paragraph = ctx.paragraph_index(attribution.content.start)
            if attribution.speaker is None and attribution.cue is None:
                speaker = (
                    _named_before(ctx, attributions, attribution.content.start, people)
                    or self._previous_speaker(last_by_paragraph, paragraph)
                    or _last_person(ctx, attribution.content.start)
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


class _Lazy:
    """The document's people, built on first use (most documents have no floating quote)."""

    def __init__(self, ctx: DocContext, attributions: Sequence[Attribution]) -> None:
        self._args = (ctx, attributions)
        self._people: People | None = None

    def get(self) -> People:
        if self._people is None:
            self._people = People.build(*self._args)
        return self._people


def _named_before(
    ctx: DocContext, attributions: Sequence[Attribution], before: int, people: _Lazy
) -> Speaker | None:
    """The one person the sentence right before the quotation at ``before`` names, when that
    sentence is narration and the quotation opens its own sentence.

    Narration: no claim found overlaps it.  None when it names no one, more
    than one person, or only an owner (``Lee's plan``).
    """
    quote = ctx.char_span(before, before + 1)
    if quote is None:
        return None
    index = ctx.sentence_index(quote.start)
    if index < 1 or ctx.text[ctx.sentences[index].start_char : before].strip(" \"“‘'"):
        return None  # "As Ann Lee put it, “…”": the quotation's own sentence names its speaker
    sentence = ctx.sentences[index - 1]
    start, end = sentence.start_char, sentence.end_char
    if ctx.paragraph_index(start) < ctx.paragraph_index(before) - 1:
        return None
    if any(a.content.start < end and start < a.content.end for a in attributions):
        return None
    names: dict[str, Span] = {}
    for entity in ctx.entities_between(start, end):
        if entity.label_ not in ("PERSON", "ORG", "GPE") or ctx.in_quote(entity.start_char):
            continue
        person = people.get().resolve(name_words(entity.text), entity.start_char, fuzzy=False)
        if person is not None:
            names.setdefault(person.name, entity)
        elif entity.label_ == "PERSON":
            names.setdefault(entity.text, entity)
    if len(names) != 1:
        return None
    ((name, entity),) = names.items()
    if entity.root.dep_ == "poss":
        return None
    return Speaker(name=name, mention=ctx.span(entity.start_char, entity.end_char), kind=SpeakerKind.PERSON)


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
