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
from ..registry import register_resolver
from ..syntax import noun_phrase
from .base import Resolver
from .mentions import (
    ORG_NOUNS,
    ROLE_NOUNS,
    People,
    looks_like_name,
    map_speakers,
    mention_span,
    name_words,
    preposition_object,
    pronoun_of,
    role_word,
)

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "the"})
"""Words too slight to describe anyone on their own (``Mr.`` of ``Mr. Smith``)."""

_MAX_APPOSITION = 16
_STOP_DEPS = frozenset({"relcl", "acl", "advcl"})


@register_resolver("roles")
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
        split = _premodifier_split(span)
        if split is not None:
            words = name_words(span[split:].text)
            name = " ".join(words) if words else None
            described = _phrase_text(span[:split])
            if described is not None:
                description = description or described
                affiliation = affiliation or _possessor(span[:split]) or preposition_object(span[:split])
        apposition = _apposition(ctx, span)
        if apposition is not None:
            words = name_words(apposition.text)
            if split is None and span.root.pos_ == "NOUN" and _is_name(apposition):
                # "the country's foreign minister, John Roe, said"
                name = " ".join(words)
                description = description or _phrase_text(span)
                affiliation = affiliation or _possessor(span) or preposition_object(span)
            elif not _is_name(apposition) and any(t.pos_ == "NOUN" for t in apposition):
                description = description or apposition.text
                affiliation = affiliation or preposition_object(apposition) or _possessor(apposition)
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


def introduced_roles(ctx: DocContext, people: People) -> dict[str, tuple[str, str | None]]:
    """Description and affiliation of each person the text introduces with a role, by full name.

    ``Japan's national security adviser, Jane Roe,`` and ``Chinese President
    Wang Li`` introduce a person whether or not that sentence quotes them.
    """
    out: dict[str, tuple[str, str | None]] = {}
    for ent in ctx.entities:
        if ent.label_ != "PERSON":
            continue
        person = people.resolve(name_words(ent.text), ent.start_char, fuzzy=False)
        if person is None or person.name in out:
            continue
        role = _introducing_role(ctx, ent)
        described = _phrase_text(role) if role is not None else None
        if role is not None and described is not None:
            out[person.name] = (described, _possessor(role) or preposition_object(role))
    return out


def _introducing_role(ctx: DocContext, ent: Span) -> Span | None:
    """The role words around a name: a noun it is in apposition to, its pre-modifiers, its apposition."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        start, end = noun_phrase(root.head)
        return doc[start:end]
    start, _ = noun_phrase(root)
    if start < ent.start and any(role_word(t) in ROLE_NOUNS for t in doc[start : ent.start]):
        return doc[start : ent.start]
    apposition = _apposition(ctx, ent)
    if apposition is not None and not _is_name(apposition):
        return apposition
    return None


def _phrase_text(span: Span) -> str | None:
    """The span's text without edge punctuation, or None when only honorifics are left."""
    tokens = [t for t in span if not t.is_punct]
    if not tokens or all(t.lower_.rstrip(".") in HONORIFICS for t in tokens):
        return None
    doc = span.doc
    start, end = tokens[0].i, tokens[-1].i + 1
    return doc[start:end].text


def _is_name(span: Span) -> bool:
    tokens = [t for t in span if not t.is_punct]
    return bool(tokens) and all(t.pos_ == "PROPN" for t in tokens) and looks_like_name(name_words(span.text))


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


def _possessor(span: Span) -> str | None:
    """``China`` in ``China's foreign policy chief`` (an organisation or place only)."""
    for token in span:
        if token.dep_ == "poss" and token.ent_type_ in ("ORG", "GPE"):
            doc = span.doc
            start, end = token.i, token.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return doc[start:end].text.removesuffix("'s").removesuffix("’s")
    return None


def _apposition(ctx: DocContext, span: Span) -> Span | None:
    """The apposition right after the mention: ``, an economist at the central bank,``."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            tokens = [t for t in child.subtree if not _in_clause(t, child)]
            start = tokens[0].i
            end = tokens[-1].i + 1
            if start <= span.end + 1:
                return _trimmed(doc[start:end])
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    sent_end = span.sent.end
    start = span.end + 1
    if doc[start].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and doc[start].dep_ != "poss":
        return None
    for i in range(start, min(sent_end, start + _MAX_APPOSITION)):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that"):
            return None
        if token.text in (",", ";") or token.is_sent_end:
            phrase = _trimmed(doc[start : i + (0 if token.is_punct else 1)])
            return phrase if phrase is not None and any(t.pos_ == "NOUN" for t in phrase) else None
    return None


def _in_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a relative or adverbial clause below ``top``."""
    while token.i != top.i:
        if token.dep_ in _STOP_DEPS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _trimmed(span: Span) -> Span | None:
    tokens = [t for t in span]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]
