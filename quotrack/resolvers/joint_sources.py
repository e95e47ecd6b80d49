"""Sources the text named together, found again by a plural description.

``Acme and Brill signed the deal … The parties said`` gives the two
organisations as one group, and ``Ann and Tom Lee opened the bakery … The
couple said`` the two people (``the mother`` would give the one of that
gender).  A mention that names two organisations joined by ``and`` is that
group itself.
"""

from __future__ import annotations

import attrs

from ..context import DocContext
from ..model import Speaker, SpeakerKind
from ..people import (
    FIRST_NAMES,
    GIVEN_NAMES,
    is_unresolved,
    mention_span,
    without_article,
)
from ..wordlists import table as word_table
from ..wordlists import words as word_list
from .antecedents import DEFINITE

_PARTIES = word_list("party_nouns")
"""Plural nouns for the bodies a text named together: ``Acme and Brill … The parties said``."""


def bodies_together(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """``speaker`` as a group when its mention names two organisations joined by ``and`` and no
    more (``Acme and Brill``, ``UK-based grocer Acme Stores and Danish grocer Brill Group``);
    None otherwise."""
    if speaker.mention is None or " and " not in speaker.mention.text:
        return None
    together = speaker.kind is SpeakerKind.GROUP  # "Acme and Brill", already a group
    span = mention_span(ctx, speaker) if together or speaker.kind is SpeakerKind.ORGANIZATION else None
    if span is None:
        return None
    bodies = [e for e in ctx.entities if span.start <= e.start and e.end <= span.end and e.label_ == "ORG"]
    if len(bodies) != 2 or (together and len(speaker.members) != 2):
        return None
    if together:
        return speaker
    between = ctx.doc[bodies[0].end : bodies[1].start]  # "and", and words that describe the second
    if [t.lower_ for t in between if t.dep_ == "cc" or t.lower_ == "and"] != ["and"] or any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in (",", ";", "of") for t in between
    ):
        return None
    members = tuple(without_article(e.text) for e in bodies)
    return attrs.evolve(speaker, name=" and ".join(members), kind=SpeakerKind.GROUP, members=members)


def joint_body(ctx: DocContext, speaker: Speaker, joint: list[Speaker]) -> Speaker | None:
    """The last two bodies named together for ``The parties``, ``both companies``, ``the two firms``.

    A definite plural description with nothing else in it (``the parties``,
    ``the two companies``, ``both sides``) that found no antecedent is the last
    speaker that was two organisations named together (``Acme and Brill said
    … The parties said``); None when no such speaker came before.
    """
    span = mention_span(ctx, speaker)
    if span is None or span.root.lower_ not in _PARTIES or span.root.ent_type_:
        return None
    words = [t.lower_ for t in span if not t.is_punct]
    if words[:-1] not in (["the"], ["both"], ["the", "two"]):
        return None
    assert speaker.mention is not None
    before = [s for s in joint if s.mention is not None and s.mention.start < speaker.mention.start]
    if not before:
        return None
    found = before[-1]
    description = speaker.description or span.text
    return attrs.evolve(
        speaker, name=found.name, kind=found.kind, members=found.members, description=description
    )


_COLLECTIVE = word_list("collective_nouns")

_KIN = word_table("kin_nouns")


def jointly_named(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """``Ann and Tom Lee … The couple said``: the latest people the text named together."""
    if speaker.mention is None or not is_unresolved(speaker):
        return None
    last = speaker.mention.text.rsplit(None, 1)[-1].lower()
    if last not in _COLLECTIVE and last not in _KIN:
        return None
    span = mention_span(ctx, speaker)
    if span is None or span[0].lower_ not in DEFINITE:
        return None
    kin = _KIN.get(span.root.lower_) if len(span) == 2 else None
    if span.root.lower_ not in _COLLECTIVE and kin is None:
        return None  # "the brother": one person, not the pair
    before = [group for start, group in ctx.memo(_joint_names) if start < speaker.mention.start]
    if not before:
        return None
    group = before[-1]
    if kin is not None:  # "David and Louise Roe … The father said": the one of that gender
        if len(group.members) != 2:
            return None
        genders = [FIRST_NAMES.get(m.split()[0]) for m in group.members]
        if None in genders and any(g not in (None, kin) for g in genders):
            genders = [g or kin for g in genders]  # the partner of the other gender
        matching = [m for m, g in zip(group.members, genders, strict=True) if g == kin]
        if len(matching) != 1:
            return None
        description = speaker.description or speaker.mention.text
        return attrs.evolve(speaker, name=matching[0], kind=SpeakerKind.PERSON, description=description)
    return attrs.evolve(
        speaker,
        name=group.name,
        kind=SpeakerKind.GROUP,
        members=group.members,
        description=speaker.description or speaker.mention.text,
    )


def _joint_names(ctx: DocContext) -> list[tuple[int, Speaker]]:
    """People the text names together outside quotations (``Cherie and Sean Roe``), in text order.

    A member written with a given name alone takes the surname of the last
    (``Cherie`` -> ``Cherie Roe``).
    """
    out: list[tuple[int, Speaker]] = []
    for ent in ctx.entities:
        if ent.label_ != "PERSON" or ctx.in_quote(ent.start_char) or ent.root.dep_ == "conj":
            continue
        if " and " in ent.text:
            parts = [p for p in ent.text.split(" and ") if p]
            end = ent.end_char
        else:
            partner = next(
                (c for c in ent.root.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None
            )
            if partner is None or any(c.dep_ == "conj" for c in partner.children):
                continue  # one partner or more than two: a list, not a pair
            other = ctx.entity_at(partner.i)
            if other is None:
                continue
            parts, end = [ent.text, other.text], other.end_char
        if len(parts) != 2:
            continue
        first = parts[0].split()
        given = next((i for i, w in enumerate(first) if w in GIVEN_NAMES), 0)
        start = ent.start_char + len(" ".join(first[:given])) + (1 if given else 0)  # not "Honour Cherie"
        parts[0] = " ".join(first[given:])
        surname = parts[-1].split()[-1]
        members = tuple(p if len(p.split()) > 1 else f"{p} {surname}" for p in parts)
        name = ctx.text[start:end]
        if any(word.islower() and word != "and" for word in name.split()) and all(m in name for m in members):
            name = " and ".join(members)  # "Jonah Pryce and singer-songwriter Ava Moss": no role in it
        out.append((ent.start_char, Speaker(name=name, kind=SpeakerKind.GROUP, members=members)))
    return out
