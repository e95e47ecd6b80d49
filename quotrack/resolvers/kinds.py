"""Kinds: what sort of source a description that names no one is.

A speaker the resolvers before left as written, of no known kind, is typed by
its noun in the singular: one person described and never named (``a``,
``an``, ``one`` or ``another`` before a noun for a person: ``one tapper``,
``A miner in his thirties``) is :attr:`~quotrack.model.SpeakerKind.UNNAMED`,
and a body called by a company's noun (``The utility``, ``The lottery
operator``) an :attr:`~quotrack.model.SpeakerKind.ORGANIZATION`.  The name
stays as written.

This runs after ``pronouns``: a description typed here is no one a later
``he`` or ``she`` stands for, as it was none before it was typed.

>>> import quotrack
>>> [(a.speaker.name, a.speaker.kind.value) for a in quotrack.extract("One islander said it was late.")]
[('One islander', 'unnamed')]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from ..people import COMPANY_NOUNS, is_people_noun, is_unresolved, map_speakers, mention_span, role_word
from ..wordlists import word_set
from .antecedents import plural_noun
from .base import Resolver

_ONE_OF_MANY = word_set("a an one another")
_HIS_OR_HER = word_set("his her")


class DescribedKindResolver(Resolver):
    """Types the sources left as written that a noun in the singular describes (see the module)."""

    name = "kinds"
    after = ("pronouns",)

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        def typed(speaker: Speaker) -> Speaker:
            kind = described_kind(ctx, speaker)
            return speaker if kind is None else attrs.evolve(speaker, kind=kind)

        return [map_speakers(attribution, typed) for attribution in attributions]


def described_kind(ctx: DocContext, speaker: Speaker) -> SpeakerKind | None:
    """The kind of ``speaker``, left as written and of no known kind, that a noun in the singular
    describes: ``unnamed`` for one person (``one tapper``, ``another farmer``), ``organization``
    for a noun a company is called by after a determiner or a possessive (``The utility``,
    ``Granada's water utility``; not ``A miner in his thirties``, nor ``Paper producer Acme``, a
    name the tagger missed).  None for any other speaker."""
    if speaker.kind is not SpeakerKind.UNKNOWN or not is_unresolved(speaker):
        return None
    span = mention_span(ctx, speaker)
    if span is None or len(span) < 2 or span.root.pos_ != "NOUN" or plural_noun(span.root):
        return None
    role = role_word(span.root)
    one_of_many = span[0].lower_ in _ONE_OF_MANY
    if role not in COMPANY_NOUNS:
        return SpeakerKind.UNNAMED if one_of_many and is_people_noun(role) else None
    if any(t.lower_ in _HIS_OR_HER for t in span.root.subtree):  # "A miner in his thirties"
        return SpeakerKind.UNNAMED if one_of_many else None
    if one_of_many and is_people_noun(role):  # "A producer for the studio": a person or a firm
        return None
    determined = span[0].pos_ == "DET" or any(c.dep_ == "poss" for c in span.root.children)
    return SpeakerKind.ORGANIZATION if determined else None  # (not "Toilet paper producer Acme said")
