"""Roles: the description and affiliation a speaker's own words give, and a name without them.

* Pre-modifiers: ``China's foreign policy chief Wang Li`` is named ``Wang
  Li``, described as ``China's foreign policy chief``, affiliated to
  ``China``.
* Appositions: ``Jane Doe, an economist at the central bank, said`` gives
  the description ``an economist at the central bank`` and the affiliation
  ``the central bank``; ``According to Jane Doe, an economist at X, ...``
  likewise (the apposition follows the mention).
* A described speaker named in apposition (``the country's foreign
  minister, John Roe, said``) takes the name.

The speaker's ``mention`` stays the words as written.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Span, Token

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from ..people import (
    HONORIFICS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    apposition_after,
    is_name_span,
    joining_word,
    looks_like_name,
    map_speakers,
    mention_span,
    name_words,
    phrase_text,
    possessor,
    preposition_object,
    pronoun_of,
    role_of_word,
    role_word,
)
from .base import Resolver


class RoleResolver(Resolver):
    """Separates names from the roles written around them."""

    name = "roles"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        return [map_speakers(a, lambda speaker: self.refined(ctx, speaker)) for a in attributions]

    def refined(self, ctx: DocContext, speaker: Speaker) -> Speaker:
        """``speaker`` with the name, description and affiliation its words give."""
        if speaker.kind in (SpeakerKind.OUTLET, SpeakerKind.GROUP) or pronoun_of(speaker) is not None:
            return speaker
        span = mention_span(ctx, speaker)
        if span is None:
            return speaker
        name: str | None = None
        description = speaker.description
        affiliation = speaker.affiliation
        of = _of_organisation(span)
        if of is not None:  # "Officer Lee of the Harbor Police Department"
            affiliation = affiliation or preposition_object(span)
            span = span[:of]
            name = " ".join(name_words(span.text)) or None
        split = _premodifier_split(span)
        if split and joining_word(span[split - 1]):
            split = None  # "scientists from Lund and UC Davis": not a role before a name
        if split is not None:
            words = name_words(span[split:].text)
            name = " ".join(words) if words else None
            described = phrase_text(span[:split])
            if described is not None:
                description = description or _title_case_role(described)
                affiliation = affiliation or possessor(span[:split]) or preposition_object(span[:split])
        apposition = apposition_after(ctx, span)
        if apposition is not None:
            words = name_words(apposition.text)
            if split is None and span.root.pos_ == "NOUN" and is_name_span(apposition):
                # "the country's foreign minister, John Roe, said"
                name = " ".join(words)
                description = description or phrase_text(span)
                affiliation = affiliation or possessor(span) or preposition_object(span)
            elif not is_name_span(apposition) and any(t.pos_ == "NOUN" for t in apposition):
                description = description or apposition.text
                affiliation = affiliation or preposition_object(apposition) or possessor(apposition)
        renamed = bool(name) and name != speaker.name
        if not renamed and (description, affiliation) == (speaker.description, speaker.affiliation):
            return speaker
        return attrs.evolve(
            speaker,
            name=name if name and renamed else speaker.name,
            kind=SpeakerKind.PERSON if renamed else speaker.kind,
            description=description,
            affiliation=affiliation,
        )


def _of_organisation(span: Span) -> int | None:
    """Index in ``span`` of the ``of`` that joins a name to its organisation, or None.

    ``Officer Lee of the Harbor Police Department``: the name ends before
    ``of``; ``the Bank of England`` (no name before it) does not split.
    """
    for token in span:
        if token.lower_ != "of" or token.i == span.start:
            continue
        before = span.doc[token.i - 1]
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if (
            token.head.i == before.i
            and before.pos_ == "PROPN"
            and (before.ent_type_ == "PERSON" or _titled(span[0]))
            and obj is not None
            and (obj.ent_type_ in ("ORG", "GPE", "FAC") or role_word(obj) in ORG_NOUNS)
        ):
            return token.i - span.start
    return None


def _titled(token: Token) -> bool:
    """A capitalised title opening a name: ``Officer``, ``Governor``."""
    return token.pos_ == "PROPN" and role_word(token) in ROLE_NOUNS


def _title_case_role(described: str) -> str:
    """A title written in capitals as a description in lower case: ``Detective Sergeant``.

    >>> _title_case_role("Detective Sergeant"), _title_case_role("US House Speaker")
    ('detective sergeant', 'US House Speaker')
    """
    words = described.split()
    if all(role_of_word(word) in TITLE_WORDS for word in words):
        return described.lower()
    return described


def _premodifier_split(span: Span) -> int | None:
    """Index in ``span`` where a name follows its role words, or None.

    ``US House Speaker Nancy Pelosi`` splits before ``Nancy``; so does
    ``the country's foreign minister John Roe``; ``the Chinese Foreign
    Ministry`` does not split.
    """
    tokens = list(span)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens.pop()
    if len(tokens) < 2 or tokens[-1].pos_ != "PROPN":
        return None
    end = tokens[-1].i + 1
    person = _final_person(tokens)
    if person is not None and person > span.start:
        if not any(role_word(t) in ROLE_NOUNS or t.pos_ == "NOUN" for t in span.doc[span.start : end]):
            return None  # "Amelize Joseph" is one name, whatever the entity says
        first = person
        # titles inside the entity ("President Obama") belong to the description
        while first < end - 1 and span.doc[first].lower_.rstrip(".") in HONORIFICS | ROLE_NOUNS:
            first += 1
        return first - span.start
    for index in range(len(tokens) - 2, -1, -1):
        token = tokens[index]
        if role_word(token) in ROLE_NOUNS and token.lower_.rstrip(".") not in HONORIFICS:
            after = tokens[index + 1 :]
            if (
                after
                and all(_name_token(t) for t in after)
                and looks_like_name(name_words(span.doc[after[0].i : end].text))
            ):
                return after[0].i - span.start
            return None
        if token.pos_ != "PROPN":
            return None
    return None


def _final_person(tokens: list[Token]) -> int | None:
    """Doc index where a PERSON entity ending the phrase ``tokens`` starts, or None."""
    if tokens[-1].ent_type_ != "PERSON":
        return None
    for token in reversed(tokens):
        if token.ent_type_ != "PERSON":
            return None
        if token.ent_iob_ == "B":
            return int(token.i)
    return None


def _name_token(token: Token) -> bool:
    """A word that can be part of a person's name: a capitalised proper noun, in no other entity."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ in ("", "PERSON")
        and role_word(token) not in ORG_NOUNS
    )
