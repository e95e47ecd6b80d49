"""News outlets as sources and as carriers of a claim.

* A speaker that *is* an outlet (``Kyodo``, ``state news agency Xinhua``,
  ``the Asahi newspaper``) becomes an :attr:`~quotrack.model.SpeakerKind.OUTLET`
  speaker under the outlet's canonical name, and the attribution's
  ``outlet``.
* A speaker that only points at one (``the report``, ``the agency``,
  ``state media``) takes the outlet named most recently before it.
* The outermost outlet of a chain carries the claim: ``According to AFP,
  which cited an unnamed official`` keeps the official as speaker with
  ``outlet`` AFP.
* A speaker that merely works for an outlet (``a Reuters reporter``) gets
  it as affiliation.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..context import DocContext
from ..model import Attribution, Outlet, Speaker, SpeakerKind, TextSpan
from ..outlets import OUTLET_NOUNS, OutletLexicon, OutletMention, is_outlet_anaphor
from ..people import map_speakers, mention_span
from .base import Resolver


@attrs.frozen
class _Found:
    outlet: Outlet
    description: str | None = None
    member: bool = False
    """The speaker works for the outlet rather than being it."""


class OutletResolver(Resolver):
    """Marks outlet speakers and sets each attribution's carrying outlet.

    ``lexicon`` is the outlet list (default: the run's, ``ctx.lexicons.outlets``,
    which ``Tracker(outlets=...)`` extends); extend one with
    :meth:`~quotrack.outlets.OutletLexicon.extended`.
    """

    name = "outlets"

    def __init__(self, lexicon: OutletLexicon | None = None) -> None:
        self.lexicon = lexicon

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        lexicon = self.lexicon if self.lexicon is not None else ctx.lexicons.outlets
        mentions = lexicon.find(ctx.doc)
        finder = _Finder(ctx, mentions)
        out = []
        for attribution in attributions:
            carrier: Outlet | None = None
            for source in (*attribution.chain, attribution.speaker):
                found = finder.outlet_of(source) if source is not None else None
                if found is not None and not found.member:
                    carrier = found.outlet
                    break
            resolved = map_speakers(attribution, finder.resolved)
            if carrier is not None and resolved.outlet != carrier:
                resolved = attrs.evolve(resolved, outlet=carrier)
            out.append(resolved)
        return out


class _Finder:
    """The outlet a speaker is, points back at, or belongs to, in one document."""

    def __init__(self, ctx: DocContext, mentions: Sequence[OutletMention]) -> None:
        self.ctx = ctx
        self.mentions = list(mentions)
        self._ends = [m.end for m in self.mentions]
        self._starts = [m.start for m in self.mentions]

    def outlet_of(self, speaker: Speaker) -> _Found | None:
        mention = speaker.mention
        if mention is None or speaker.kind is SpeakerKind.OUTLET:
            return None
        last = bisect.bisect_left(self._starts, mention.end)
        first = bisect.bisect_right(self._ends, mention.start)
        inside = [m for m in self.mentions[first:last] if m.start < mention.end and mention.start < m.end]
        if inside:
            named = inside[-1]
            tail = self.ctx.text[max(named.end, mention.start) : mention.end].lower().split()
            head = not tail or all(
                word.strip(".,'’") in OUTLET_NOUNS or word in ("'s", "’s") for word in tail
            )
            described = self.ctx.trimmed(mention.start, max(mention.start, named.start))
            description = described.text if head and described is not None else None
            if description is not None and description.lower() in ("the", "a", "an"):
                description = None
            return _Found(self._outlet(named), description, member=not head)
        span = mention_span(self.ctx, speaker)
        if span is None or not is_outlet_anaphor(span):
            return None
        index = bisect.bisect_right(self._ends, mention.start) - 1
        if index < 0:
            return None
        named = self.mentions[index]
        if self._other_organisation_between(named.end, mention.start, span[-1].lower_):
            return None
        return _Found(self._outlet(named))

    def _outlet(self, named: OutletMention) -> Outlet:
        return Outlet(named.name, TextSpan.of(self.ctx.text, named.start, named.end))

    def _other_organisation_between(self, start: int, end: int, head: str) -> bool:
        """``the agency`` after ``the Environmental Protection Agency``: not the outlet."""
        return any(
            ent.label_ == "ORG" and ent[-1].lower_ == head for ent in self.ctx.entities_between(start, end)
        )

    def resolved(self, speaker: Speaker) -> Speaker:
        found = self.outlet_of(speaker)
        if found is None:
            return speaker
        if found.member:
            if speaker.affiliation is not None:
                return speaker
            return attrs.evolve(speaker, affiliation=found.outlet.name)
        return attrs.evolve(
            speaker,
            name=found.outlet.name,
            kind=SpeakerKind.OUTLET,
            description=speaker.description or found.description,
        )
