"""The speaker table: who is quoted in a document, and how often.

One :class:`~quotrack.model.SpeakerEntry` per canonical speaker name (case
folded), in order of first claim, with every mention, the indexes of its
attributions, its kind, description, affiliation and the outlets that
carried its claims.

* A group speaker (``Smith and Jones agreed ...``) has its own row (the
  same members in another order share it), and the attribution also counts
  for each member: it is listed in the member's
  row (created if the member said nothing alone), but the group's mention
  is not, since it does not name the member alone.
* A pronoun that no resolver could bind (``he`` with no antecedent) is no
  canonical speaker and has no row; its attribution keeps its speaker.
* An outlet's own row does not list itself among its outlets.

>>> from quotrack.model import Attribution, Kind, Speaker, TextSpan
>>> text = "Ann Lee said it works. Lee said it rains."
>>> first = Attribution(kind=Kind.INDIRECT, content=TextSpan.of(text, 13, 21), detector="reported",
...                     speaker=Speaker("Ann Lee", TextSpan.of(text, 0, 7), "person"))
>>> second = Attribution(kind=Kind.INDIRECT, content=TextSpan.of(text, 32, 40), detector="reported",
...                      speaker=Speaker("Ann Lee", TextSpan.of(text, 23, 26), "person"))
>>> [(row.name, row.attributions) for row in speaker_table([first, second])]
[('Ann Lee', (0, 1))]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .model import Attribution, Speaker, SpeakerEntry, SpeakerKind, TextSpan
from .people import BINDABLE_PRONOUNS


@attrs.define
class _Row:
    name: str
    kind: SpeakerKind
    mentions: list[TextSpan] = attrs.Factory(list)
    attributions: list[int] = attrs.Factory(list)
    description: str | None = None
    affiliation: str | None = None
    outlets: list[str] = attrs.Factory(list)

    def add(self, index: int, attribution: Attribution, speaker: Speaker | None) -> None:
        if speaker is not None:
            if speaker.mention is not None and speaker.mention not in self.mentions:
                self.mentions.append(speaker.mention)
            if self.kind is SpeakerKind.UNKNOWN:
                self.kind = speaker.kind
            self.description = self.description or speaker.description
            self.affiliation = self.affiliation or speaker.affiliation
        if index not in self.attributions:
            self.attributions.append(index)
        outlet = attribution.outlet
        if outlet is not None and outlet.name not in self.outlets and outlet.name != self.name:
            self.outlets.append(outlet.name)

    def entry(self) -> SpeakerEntry:
        return SpeakerEntry(
            name=self.name,
            kind=self.kind,
            mentions=tuple(sorted(self.mentions)),
            attributions=tuple(sorted(self.attributions)),
            description=self.description,
            affiliation=self.affiliation,
            outlets=tuple(self.outlets),
        )


def speaker_table(attributions: Sequence[Attribution]) -> tuple[SpeakerEntry, ...]:
    """One :class:`SpeakerEntry` per canonical speaker name, in order of first claim.

    >>> from quotrack.model import Attribution, Kind, Speaker, TextSpan
    >>> text = "Ann Lee and Bo Roe said it works."
    >>> both = Speaker("Ann Lee and Bo Roe", TextSpan.of(text, 0, 18), "group", members=("Ann Lee", "Bo Roe"))
    >>> claim = Attribution(kind=Kind.INDIRECT, content=TextSpan.of(text, 24, 32), detector="reported",
    ...                     speaker=both)
    >>> [(row.name, row.kind.value, row.attributions) for row in speaker_table([claim])]
    [('Ann Lee and Bo Roe', 'group', (0,)), ('Ann Lee', 'unknown', (0,)), ('Bo Roe', 'unknown', (0,))]
    """
    rows: dict[str, _Row] = {}
    for index, attribution in enumerate(attributions):
        speaker = attribution.speaker
        if speaker is None or _unbound_pronoun(speaker):
            continue
        row = rows.setdefault(_key(speaker), _Row(speaker.name, speaker.kind))
        row.add(index, attribution, speaker)
        for member in speaker.members:
            rows.setdefault(member.casefold(), _Row(member, SpeakerKind.UNKNOWN)).add(
                index, attribution, None
            )
    return tuple(row.entry() for row in rows.values())


def _key(speaker: Speaker) -> str:
    """The row a speaker belongs to: its name, or for a group its members in any order."""
    if speaker.members:
        return "\n".join(sorted(member.casefold() for member in speaker.members))
    return speaker.name.casefold()


def _unbound_pronoun(speaker: Speaker) -> bool:
    return speaker.name.lower() in BINDABLE_PRONOUNS and (
        speaker.mention is None or speaker.name == speaker.mention.text
    )
