"""Coreference: pronouns resolved by the pipeline's own coreference component, when it has one.

No coreference model is a dependency; this resolver reads what one left on
the Doc and does nothing when there is none:

* spaCy's experimental ``coref`` component (spacy-experimental) writes
  ``doc.spans["coref_clusters_1"]``, ``["coref_clusters_2"]``, ...;
* crosslingual-coreference and fastcoref set ``doc._.coref_clusters``: a
  list of clusters, each a list of spans, of ``(start_char, end_char)``
  pairs (fastcoref) or of ``[first_token, last_token]`` pairs
  (crosslingual-coreference).

A pronoun speaker in a cluster takes the cluster's name: its longest
proper-name mention (``Angela Merkel`` over ``Merkel``), else its first
mention that is no pronoun.  It runs before ``pronouns``, which then
leaves the speakers it resolved alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from spacy.tokens import Doc, Span

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from ..people import (
    BINDABLE_PRONOUNS,
    People,
    is_unresolved,
    looks_like_name,
    map_speakers,
    name_words,
    pronoun_of,
)
from .base import Resolver

SPAN_KEY_PREFIX = "coref_clusters"
"""``doc.spans`` keys starting with this hold one coreference cluster each."""
EXTENSION = "coref_clusters"
"""The ``Doc._`` attribute other coreference packages write their clusters to."""


def coref_clusters(doc: Doc) -> list[list[Span]]:
    """The coreference clusters a pipeline left on ``doc``, as lists of spans (may be empty)."""
    clusters = [list(group) for key, group in doc.spans.items() if key.startswith(SPAN_KEY_PREFIX)]
    if clusters or not Doc.has_extension(EXTENSION):
        return [c for c in clusters if c]
    value = getattr(doc._, EXTENSION, None)
    if not value:
        return []
    raw = [list(cluster) for cluster in value]
    pairs = [item for cluster in raw for item in cluster if not isinstance(item, Span)]
    as_chars = _char_offsets(doc, pairs)
    out = []
    for cluster in raw:
        spans = [item if isinstance(item, Span) else _span(doc, item, as_chars) for item in cluster]
        kept = [s for s in spans if s is not None]
        if kept:
            out.append(kept)
    return out


def _char_offsets(doc: Doc, pairs: Iterable[Any]) -> bool:
    """Whether the pairs are character offsets (else inclusive token indexes)."""
    for pair in pairs:
        start, end = int(pair[0]), int(pair[1])
        if end <= start or doc.char_span(start, end) is None:
            return False
    return True


def _span(doc: Doc, pair: Any, as_chars: bool) -> Span | None:
    start, end = int(pair[0]), int(pair[1])
    if as_chars:
        return doc.char_span(start, end, alignment_mode="expand")
    if 0 <= start <= end < len(doc):
        return doc[start : end + 1]
    return None


class CorefResolver(Resolver):
    """Resolves pronoun speakers from the pipeline's coreference clusters, if any."""

    name = "coref"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        clusters = coref_clusters(ctx.doc)
        if not clusters:
            return list(attributions)
        people = People.build(ctx, attributions)
        names = [_cluster_name(people, cluster) for cluster in clusters]
        by_start: dict[int, tuple[str, SpeakerKind]] = {}
        for cluster, named in zip(clusters, names, strict=True):
            if named is None:
                continue
            for span in cluster:
                by_start.setdefault(span.start_char, named)

        def change(speaker: Speaker) -> Speaker:
            if speaker.mention is None or pronoun_of(speaker) is None or not is_unresolved(speaker):
                return speaker
            named = by_start.get(speaker.mention.start)
            if named is None:
                return speaker
            return attrs.evolve(speaker, name=named[0], kind=named[1])

        return [map_speakers(a, change) for a in attributions]


def _cluster_name(people: People, cluster: list[Span]) -> tuple[str, SpeakerKind] | None:
    """The name a cluster goes by, and the kind of what it names."""
    proper = [s for s in cluster if any(t.pos_ == "PROPN" for t in s) or s.label_ in ("PERSON", "ORG")]
    if proper:
        best = max(proper, key=lambda s: (len(name_words(s.text)), -s.start))
        words = name_words(best.text)
        person = people.resolve(words, best.start_char, fuzzy=False)
        if person is not None:
            return person.name, SpeakerKind.PERSON
        labels = {t.ent_type_ for t in best}
        if "PERSON" in labels:
            return " ".join(words), SpeakerKind.PERSON
        if labels & {"ORG", "GPE"}:
            return best.text, SpeakerKind.ORGANIZATION
        return " ".join(words), SpeakerKind.PERSON if looks_like_name(words) else SpeakerKind.UNKNOWN
    described = [s for s in cluster if s.text.lower() not in BINDABLE_PRONOUNS]
    if described:
        return described[0].text, SpeakerKind.UNNAMED
    return None
