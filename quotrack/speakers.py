"""The speaker table: who is quoted in a document, and how often.

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


@attrs.define
class _Row:
    speaker: Speaker
    kind: SpeakerKind
    mentions: list[TextSpan] = attrs.Factory(list)
    attributions: list[int] = attrs.Factory(list)
    description: str | None = None
    affiliation: str | None = None
    outlets: list[str] = attrs.Factory(list)

    def add(self, index: int, attribution: Attribution, speaker: Speaker) -> None:
        if speaker.mention is not None and speaker.mention not in self.mentions:
            self.mentions.append(speaker.mention)
        self.attributions.append(index)
        if self.kind is SpeakerKind.UNKNOWN:
            self.kind = speaker.kind
        self.description = self.description or speaker.description
        self.affiliation = self.affiliation or speaker.affiliation
        if attribution.outlet is not None and attribution.outlet.name not in self.outlets:
            self.outlets.append(attribution.outlet.name)

    def entry(self) -> SpeakerEntry:
        return SpeakerEntry(
            name=self.speaker.name,
            kind=self.kind,
            mentions=tuple(sorted(self.mentions)),
            attributions=tuple(self.attributions),
            description=self.description,
            affiliation=self.affiliation,
            outlets=tuple(self.outlets),
        )


def speaker_table(attributions: Sequence[Attribution]) -> tuple[SpeakerEntry, ...]:
    """One :class:`SpeakerEntry` per canonical speaker name, in order of first claim."""
    rows: dict[str, _Row] = {}
    for index, attribution in enumerate(attributions):
        speaker = attribution.speaker
        if speaker is None:
            continue
        row = rows.setdefault(speaker.name.casefold(), _Row(speaker, speaker.kind))
        row.add(index, attribution, speaker)
    return tuple(row.entry() for row in rows.values())
