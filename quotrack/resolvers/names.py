"""Names: a surname, a titled or a misspelt name goes to the full name the text introduced.

``Merkel`` -> ``Angela Merkel``, ``Mr. Smith`` -> ``John Smith``, ``Merkle``
-> ``Angela Merkel`` when she is the only person a letter or two off.
Known names are the document's PERSON entities and its person speakers;
the small models sometimes label a surname GPE or ORG, so a speaker whose
name matches a person's is made a PERSON.  Joint speakers (``Smith and
Jones agreed``) become a GROUP whose ``members`` are the resolved names.
A name matching nobody stays as written (titles dropped for persons).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from ..people import (
    People,
    introduced_roles,
    looks_like_name,
    map_speakers,
    name_words,
    pronoun_of,
    speakers_of,
    split_conjuncts,
    title_gender,
)
from .base import Resolver

_SKIP = frozenset({SpeakerKind.OUTLET, SpeakerKind.UNNAMED})


class NameResolver(Resolver):
    """Resolves partial, titled and misspelt person names to the full name."""

    name = "names"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        people = People.build(ctx, attributions)
        named = [map_speakers(a, lambda speaker: self.named(ctx, people, speaker)) for a in attributions]
        return _described_alike(named, introduced_roles(ctx, people))

    def named(self, ctx: DocContext, people: People, speaker: Speaker) -> Speaker:
        """``speaker`` under the full name of the person (or people) it names."""
        if speaker.mention is None or speaker.kind in _SKIP or pronoun_of(speaker) is not None:
            return speaker
        parts = split_conjuncts(speaker.name)
        if len(parts) > 1:
            return self._group(ctx, people, speaker, parts)
        words = name_words(speaker.name)
        if not looks_like_name(words):
            return speaker
        at = speaker.mention.start
        person = people.resolve(
            words, at, title_gender(speaker.mention.text), fuzzy=_may_be_misspelt(ctx, speaker, words)
        )
        if person is not None:
            if person.name == speaker.name and speaker.kind is SpeakerKind.PERSON:
                return speaker
            return attrs.evolve(speaker, name=person.name, kind=SpeakerKind.PERSON)
        if speaker.kind is SpeakerKind.PERSON and " ".join(words) != speaker.name:
            return attrs.evolve(speaker, name=" ".join(words))
        return speaker

    def _group(self, ctx: DocContext, people: People, speaker: Speaker, parts: list[str]) -> Speaker:
        assert speaker.mention is not None
        members = []
        for part in parts:
            words = name_words(part)
            if not looks_like_name(words):
                return speaker
            person = people.resolve(words, speaker.mention.start, title_gender(part), fuzzy=True)
            members.append(person.name if person is not None else " ".join(words))
        name = " and ".join([", ".join(members[:-1]), members[-1]])
        return attrs.evolve(speaker, name=name, kind=SpeakerKind.GROUP, members=tuple(members))


def _described_alike(
    attributions: list[Attribution], introduced: dict[str, tuple[str, str | None]]
) -> list[Attribution]:
    """Give each person speaker the description and affiliation another mention of them has.

    Another speaker's first, else the role the text introduced them with.
    """
    profiles: dict[str, tuple[str | None, str | None]] = {}
    for attribution in sorted(attributions, key=lambda a: a.content.start):
        for speaker in speakers_of(attribution):
            if speaker.kind is SpeakerKind.PERSON and (speaker.description or speaker.affiliation):
                profiles.setdefault(speaker.name, (speaker.description, speaker.affiliation))
    for name, profile in introduced.items():
        profiles.setdefault(name, profile)
    if not profiles:
        return attributions

    def fill(speaker: Speaker) -> Speaker:
        profile = profiles.get(speaker.name) if speaker.kind is SpeakerKind.PERSON else None
        if profile is None or (speaker.description and speaker.affiliation):
            return speaker
        description = speaker.description or profile[0]
        affiliation = speaker.affiliation or profile[1]
        if (description, affiliation) == (speaker.description, speaker.affiliation):
            return speaker
        return attrs.evolve(speaker, description=description, affiliation=affiliation)

    return [map_speakers(a, fill) for a in attributions]


def _may_be_misspelt(ctx: DocContext, speaker: Speaker, words: tuple[str, ...]) -> bool:
    """A person, or a name written once only (a place named again and again is no typo)."""
    return speaker.kind is SpeakerKind.PERSON or ctx.text.count(words[-1]) == 1
