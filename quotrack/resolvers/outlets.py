"""News outlets as sources and as carriers of a claim.

* A speaker that *is* an outlet (``Kyodo``, ``state news agency Xinhua``,
  ``the Asahi newspaper``) becomes an :attr:`~quotrack.model.SpeakerKind.OUTLET`
  speaker under the fullest of the outlet's listed names the document
  writes (``NBC News``, not the lexicon's ``NBC``), and the attribution's
  ``outlet``.
* A speaker that only points at one (``the report``, ``the agency``,
  ``state media``) takes the outlet named most recently before it.
* The outermost outlet of a chain carries the claim: ``According to AFP,
  which cited an unnamed official`` keeps the official as speaker with
  ``outlet`` AFP.
* The outlet a speaker told (``told Reuters``, ``said on CNN``) or that
  quoted them (``Politico quoted Jane Roe as saying``) carries the claim.
* A writing that speaks for its owner (``the WHO's website``, ``a fire
  service statement``, ``the report by Tasnim News Agency``) is the owner.
* A speaker that merely works for an outlet (``a Reuters reporter``) gets
  it as affiliation.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator, Sequence

import attrs
from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from ..context import DocContext
from ..model import Attribution, Outlet, Speaker, SpeakerKind, TextSpan
from ..outlets import (
    OUTLET_NOUNS,
    OUTLET_ROLE_NOUNS,
    OutletLexicon,
    OutletMention,
    audience,
    editorial_voice,
    is_outlet_anaphor,
    unlisted_outlet,
    without_descriptor,
)
from ..parsing import dateline_credit
from ..people import ORG_NOUNS, joining_word, joint_name, map_speakers, mention_span, without_article
from ..syntax import body_name, object_of_report, writing_owner
from .base import Resolver

_SPOKEN_TO = frozenset({"to", "for", "with"})
"""``explained to X``, ``described for X``, ``spoke with X``: the prepositions of a speaker's audience."""


@attrs.frozen
class _Found:
    outlet: Outlet
    description: str | None = None
    member: bool = False
    """The speaker works for the outlet rather than being it."""
    owner: bool = False
    """The outlet is written as the speaker's owner (``ESPN's Jane Roe``).

    After ``according to`` it carries the claim too."""
    joint: tuple[Outlet, ...] = ()
    """Outlets the speaker names together (``CNN and NPR``): a joint source, which no one of them carries."""
    via: Span | None = None
    """The source before ``via`` the outlet (``the mayor via news agency X``): the outlet carries it."""


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
        mentions = _spelled_out(ctx, lexicon.find(ctx.doc, ctx.entities, ctx.column(LOWER), ctx.text))
        finder = _Finder(ctx, mentions)
        out = []
        for attribution in attributions:
            attribution = map_speakers(attribution, functools.partial(_owner_speaks, ctx, claim=attribution))
            carrier: Outlet | None = None
            for source in (*attribution.chain, attribution.speaker):
                found = finder.outlet_of(source) if source is not None else None
                if found is not None and found.joint:
                    break
                if found is not None and (not found.member or (found.owner and _according(attribution))):
                    carrier = found.outlet
                    break
            if carrier is None and attribution.cue is not None:
                carrier = finder.audience_outlet(attribution.cue)
            resolved = map_speakers(attribution, finder.resolved)
            if carrier is not None and resolved.outlet != carrier:
                resolved = attrs.evolve(resolved, outlet=carrier)
            out.append(resolved)
        return out


def _spelled_out(ctx: DocContext, mentions: Sequence[OutletMention]) -> list[OutletMention]:
    """Each listed outlet under the fullest of its listed names the document writes.

    ``NBC News reported`` names NBC News, not the lexicon's ``NBC``; ``the Saudi
    Press Agency`` the Saudi Press Agency, not ``SPA``; a document that writes both
    ``the Saudi Press Agency`` and ``SPA`` names it in full throughout.  The lexicon
    still joins the names (:meth:`~quotrack.outlets.OutletLexicon.canonical`).
    """
    fullest: dict[str, str] = {}
    for mention in mentions:
        if not mention.known:
            continue
        written = without_descriptor(ctx.text[mention.start : mention.end])  # "Time magazine": Time
        if written[:4] in ("the ", "The ") and len(written.split()) > 2:
            written = written[4:]  # "the Associated Press", but "The Hill"
        if _words(written) > _words(fullest.get(mention.name, mention.name)):
            fullest[mention.name] = written
    if not fullest:
        return list(mentions)
    return [attrs.evolve(m, name=fullest[m.name]) if m.known and m.name in fullest else m for m in mentions]


def _words(name: str) -> int:
    return len(name.split()) - (name[:4] in ("the ", "The "))


class _Finder:
    """The outlet a speaker is, points back at, or belongs to, in one document."""

    def __init__(self, ctx: DocContext, mentions: Sequence[OutletMention]) -> None:
        self.ctx = ctx
        self.mentions = list(mentions)
        self._ends = [m.end for m in self.mentions]
        self._starts = [m.start for m in self.mentions]
        self._found: dict[Speaker, _Found | None] = {}

    def outlet_of(self, speaker: Speaker) -> _Found | None:
        """What ``speaker`` has to do with an outlet, if anything (worked out once a speaker)."""
        if speaker not in self._found:
            self._found[speaker] = self._outlet_of(speaker)
        return self._found[speaker]

    def _outlet_of(self, speaker: Speaker) -> _Found | None:
        mention = speaker.mention
        if mention is None or speaker.kind is SpeakerKind.OUTLET:
            return None
        short = self._short_form_of(speaker)
        if short is not None:  # "The Harbor Post reported … The Post said": the Harbor Post
            return _Found(self._outlet(short))
        last = bisect.bisect_left(self._starts, mention.end)
        first = bisect.bisect_right(self._ends, mention.start)
        inside = [m for m in self.mentions[first:last] if m.start < mention.end and mention.start < m.end]
        joint = self._joint(inside, mention.end)
        if joint:  # "according to projections by CNN and NPR": both are the source
            return _Found(joint[0], joint=joint)
        if inside:
            named = inside[-1]
            edition = self._edition(named, mention.end)
            if edition is not None:  # "CNN Philippines": the outlet's edition for a country
                return _Found(edition)
            tail = self.ctx.text[max(named.end, mention.start) : mention.end].lower().split()
            head = not tail or all(
                word.strip(".,'’") in OUTLET_NOUNS or word in ("'s", "’s") for word in tail
            )
            owned_voice = editorial_voice([w for w in tail if w not in ("'s", "’s")])
            head = head or owned_voice  # "The Harbor Herald's editorial board": the outlet itself
            described = self.ctx.trimmed(mention.start, max(mention.start, named.start))
            before = self.ctx.char_span(described.start, described.end) if described is not None else None
            through = next((t for t in before if t.lower_ == "via"), None) if before else None
            if through is not None and before is not None and through.i > before.start:
                # "according to the mayor via news agency Tass": the mayor's, carried by Tass
                return _Found(
                    self._outlet(named), member=True, owner=True, via=before[: through.i - before.start]
                )
            if before and before[-1].lower_ in OUTLET_ROLE_NOUNS and before.start < before[-1].left_edge.i:
                # "a writer for the business news site Ledgerline": what the outlet is, before its name,
                # tells not who speaks; the word before that does
                before = before[: before[-1].left_edge.i - before.start]
            joined = joining_word(before[-1]) if before else None
            if joined == "ADP":  # "a contributor to Slate": someone who writes for the outlet
                # (but "an editorial in the Harbor Herald" is the outlet's own voice)
                head = before is not None and editorial_voice([t.lower_ for t in before[:-1]])
            description = described.text if head and described is not None and joined is None else None
            if description is not None and description.lower() in ("the", "a", "an"):
                description = None
            whole = mention_span(self.ctx, speaker)
            owned = not head and whole is not None and _possessive_owner(whole) is not None
            return _Found(self._outlet(named), description, member=not head, owner=owned)
        span = mention_span(self.ctx, speaker)
        if span is None:
            return None
        owner = _possessive_owner(span)
        if owner is not None:  # "ESPN's Jane Roe": Jane Roe, of ESPN, carried by ESPN
            organisation = unlisted_outlet(owner[-1])
            if organisation is not None:
                return _Found(self._unlisted(organisation), member=True, owner=True)
        beside = self._named_beside(span)
        if beside is not None:  # "the broadcaster NHK": the outlet named right after the description
            return _Found(self._outlet(beside))
        if not is_outlet_anaphor(span):
            return None
        index = bisect.bisect_right(self._ends, mention.start) - 1
        if index < 0:
            return None
        named = self.mentions[index]
        if self._other_organisation_between(named.end, mention.start, span[-1].lower_):
            return None
        if self._called_another_kind(named, span[-1].lower_):
            return None  # "the newspaper Politiken … the agency said": the agency is another body
        if self._told(named):
            return None  # "Smith told the Courier …. the website declared A": the website is another
        if self._credit(named):
            return None  # "DUNMORE (AP) — … the report said": the wire carries the story, wrote no report
        return _Found(self._outlet(named))

    def _credit(self, named: OutletMention) -> bool:
        """Whether the outlet is a wire's credit in a dateline (:func:`~quotrack.parsing.dateline_credit`)."""
        return dateline_credit(self.ctx.text, self.ctx.paragraph_index(named.start), named.start, named.end)

    def _short_form_of(self, speaker: Speaker) -> OutletMention | None:
        """The outlet whose name a speaker written ``the`` and the last words of that name stands for
        (``The Post`` after ``The Harbor Post``, ``the Times`` after ``The Valley Times``): the one
        outlet the document names whose name ends with those capitalised words and has more; the
        mention nearest before the speaker, else the first after it.  None when the document names
        no such outlet, or two (``The Harbor Post`` and ``The Dover Post``: either)."""
        assert speaker.mention is not None
        words = speaker.mention.text.split()
        if (
            not 2 <= len(words) <= 3
            or words[0] not in ("the", "The")
            or not all(w[:1].isupper() and w.isalpha() for w in words[1:])
        ):
            return None
        ending = " " + " ".join(words[1:])
        longer = [m for m in self.mentions if m.name.endswith(ending) and m.start != speaker.mention.start]
        if not longer or len({m.name for m in longer}) > 1:
            return None
        before = [m for m in longer if m.end <= speaker.mention.start]
        return before[-1] if before else longer[0]

    def _told(self, named: OutletMention) -> bool:
        """Whether the outlet is named as the one someone spoke to (``told the Courier``,
        ``explained to the Courier``, ``described for news agency AP``): an audience, which
        a later ``the website`` or ``the reports`` does not point back to."""
        span = self.ctx.char_span(named.start, named.end)
        if span is None or not len(span):
            return False
        root = span.root
        if root.dep_ in ("dobj", "dative"):
            return root.head.lemma_ == "tell"
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in _SPOKEN_TO:
            return False
        return "speech" in self.ctx.lexicons.cues.token_frames(prep.head)

    def _named_beside(self, span: Span) -> OutletMention | None:
        """The outlet named right after ``span`` when ``span`` only describes one
        (``television broadcaster`` in ``television broadcaster NHK revealed``)."""
        words = [t for t in span if not t.is_punct]
        if not words or words[-1].lower_ not in OUTLET_NOUNS or any(t.pos_ == "PROPN" for t in words):
            return None
        after = bisect.bisect_left(self._starts, span.end_char)
        if after == len(self.mentions):
            return None
        if self.ctx.text[span.end_char : self.mentions[after].start].strip(" ,"):
            return None
        return self.mentions[after]

    def audience_outlet(self, cue: TextSpan) -> Outlet | None:
        """The outlet the cue's frame names: ``told X``, ``said on X``, ``in an interview with X``,
        ``X quoted Y as saying``."""
        span = self.ctx.char_span(cue.start, cue.end)
        if span is None:
            return None
        root = span.root  # (the frames one after another: the later ones only when the first name none)
        for head in itertools.chain(audience(root), _quoting(root), _reporting(self.ctx, root)):
            at = bisect.bisect_right(self._starts, head.idx) - 1
            if at >= 0 and head.idx < self.mentions[at].end:
                return self._outlet(self.mentions[at])
            found = unlisted_outlet(head)
            if found is not None:
                return self._unlisted(found)
        return None

    def _joint(self, inside: Sequence[OutletMention], end: int) -> tuple[Outlet, ...]:
        """The outlets of ``inside`` when the mention ending at ``end`` joins them with ``and``
        (``CNN and NPR``, ``Both The New York Times and the Wall Street Journal``): none when
        it names one, or more in other roles (``CNN's Jane Roe and NPR``)."""
        if len(inside) < 2 or len({m.name for m in inside}) < len(inside):
            return ()
        joins = [self.ctx.text[a.end : b.start].strip() for a, b in itertools.pairwise(inside)]
        if joins[-1] not in ("and", ", and", "&") or any(j not in (",", "and", ", and", "&") for j in joins):
            return ()
        tail = self.ctx.text[inside[-1].end : end].lower().split()
        if not all(word.strip(".,'’") in OUTLET_NOUNS for word in tail):
            return ()  # "CNN and NPR reporters": people who work for them
        return tuple(self._outlet(m) for m in inside)

    def _edition(self, named: OutletMention, end: int) -> Outlet | None:
        """``CNN Philippines``, ``BBC Brasil``: a listed outlet then a place's name up to ``end``."""
        if not self.ctx.text[named.end : end].strip():
            return None
        tail = self.ctx.char_span(named.end, end)
        if tail is None or not len(tail):
            return None
        if not all(t.ent_type_ == "GPE" and t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail):
            return None
        name = self.ctx.text[named.start : end]
        return Outlet(without_article(name), TextSpan.of(self.ctx.text, named.start, end))

    def _unlisted(self, span: Span) -> Outlet:
        name = span[1:].text if span[0].lower_ == "the" and len(span) > 1 else span.text
        return Outlet(name, TextSpan.of(self.ctx.text, span.start_char, span.end_char))

    def _outlet(self, named: OutletMention) -> Outlet:
        return Outlet(named.name, TextSpan.of(self.ctx.text, named.start, named.end))

    def _called_another_kind(self, named: OutletMention, head: str) -> bool:
        """Whether the text called the outlet ``named`` a kind of outlet other than ``head`` right
        before its name (``the newspaper Politiken``, then ``the agency``)."""
        if head not in _OUTLET_KINDS:
            return False
        before = self.ctx.text[max(0, named.start - 30) : named.start].lower().split()
        called = [_OUTLET_KINDS[w.strip(",")] for w in before[-2:] if w.strip(",") in _OUTLET_KINDS]
        return bool(called) and called[-1] != _OUTLET_KINDS[head]

    def _other_organisation_between(self, start: int, end: int, head: str) -> bool:
        """``the agency`` after ``the Environmental Protection Agency``: not the outlet."""
        return any(
            ent.label_ == "ORG" and ent[-1].lower_ == head for ent in self.ctx.entities_between(start, end)
        )

    def resolved(self, speaker: Speaker) -> Speaker:
        found = self.outlet_of(speaker)
        if found is None:
            return speaker
        if found.joint:
            names = [outlet.name for outlet in found.joint]
            return attrs.evolve(speaker, name=joint_name(names), kind=SpeakerKind.GROUP, members=tuple(names))
        if found.via is not None:
            via = found.via
            written = TextSpan(via.start_char, via.end_char, via.text)
            return attrs.evolve(
                speaker, name=via.text, mention=written, kind=SpeakerKind.UNKNOWN, description=None
            )
        if found.member:
            if found.owner:
                span = mention_span(self.ctx, speaker)
                owner = _possessive_owner(span) if span is not None else None
                if owner is not None and span is not None:
                    rest = span.doc[owner.end + 1 : span.end]
                    # (no body of the outlet's: "Ostrana's Defence Ministry" is one body's name)
                    if rest and all(t.pos_ == "PROPN" for t in rest) and rest[-1].lower_ not in ORG_NOUNS:
                        return attrs.evolve(
                            speaker,
                            name=rest.text,
                            kind=SpeakerKind.PERSON,
                            affiliation=found.outlet.name,
                        )
            if speaker.affiliation is not None:
                return speaker
            return attrs.evolve(speaker, affiliation=found.outlet.name)
        return attrs.evolve(
            speaker,
            name=found.outlet.name,
            kind=SpeakerKind.OUTLET,
            description=speaker.description or found.description,
        )


_OUTLET_KINDS = {
    **dict.fromkeys(("newspaper", "paper", "daily", "tabloid", "weekly"), "newspaper"),
    **dict.fromkeys(("website", "site"), "website"),
    "magazine": "magazine",
    "broadcaster": "broadcaster",
    "agency": "agency",
}
"""What the text may call an outlet by, word by kind of outlet (``the newspaper X``, ``the paper``;
``the agency`` is another kind)."""


def _owner_speaks(ctx: DocContext, speaker: Speaker, claim: Attribution | None = None) -> Speaker:
    """A writing's owner for the writing: ``the WHO's website`` is the WHO, ``a fire service
    statement`` the fire service (see :func:`~quotrack.syntax.writing_owner`).  Not the one whose
    account it was posted to (``his account``) when the claim reports a death: no one posts
    their own (the writing stays as written)."""
    if speaker.mention is None or speaker.kind not in (SpeakerKind.UNKNOWN, SpeakerKind.UNNAMED):
        return speaker
    span = mention_span(ctx, speaker)
    found = writing_owner(span) if span is not None else None
    if found is None:
        return speaker
    owner, kind = found
    if claim is not None and len(owner) == 1 and owner[0].tag_ == "PRP$" and _reports_a_death(ctx, claim):
        return speaker  # "X died, according to a statement posted to his account": not X's
    described = owner[0].pos_ not in ("DET", "PRON") and not any(
        t.pos_ == "PROPN" or t.ent_type_ for t in owner
    )
    name = f"the {owner.text}" if described else owner.text
    if kind is SpeakerKind.ORGANIZATION:
        name = body_name(name)  # "the Ministry of Education": its name
    mention = TextSpan.of(ctx.text, owner.start_char, owner.end_char)
    return attrs.evolve(speaker, name=name, mention=mention, kind=kind)


def _reports_a_death(ctx: DocContext, attribution: Attribution) -> bool:
    """Whether the claim says a person died (``Roe died at home``, ``he passed away``): a verb
    ``die`` or ``pass away`` whose subject is a person's name (or a name the parser left
    untagged) or a personal pronoun."""
    span = ctx.char_span(attribution.content.start, attribution.content.end)
    if span is None:
        return False
    for token in span:
        away = token.lemma_ == "pass" and any(c.lower_ == "away" for c in token.children)
        if token.lemma_ == "die" or away:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and (
                subject.ent_type_ == "PERSON"
                or (subject.pos_ == "PROPN" and not subject.ent_type_)  # a surname left untagged
                or subject.lower_ in ("he", "she")
            ):
                return True
    return False


def _reporting(ctx: DocContext, cue: Token) -> Iterator[Token]:
    """The subject of ``reported`` in ``X reported officials, …, stated A``: who carries the
    officials' words (see :func:`~quotrack.syntax.object_of_report`)."""
    if object_of_report(ctx, cue) is not None:
        yield from (c for c in cue.head.children if c.dep_ == "nsubj")


def _quoting(cue: Token) -> Iterator[Token]:
    """The subject of ``quoted`` in ``X quoted Y as saying``: who carries Y's words."""
    for verb in itertools.islice(cue.ancestors, 3):
        if verb.lemma_ in ("quote", "cite") and any(c.dep_ == "dobj" for c in verb.children):
            yield from (c for c in verb.children if c.dep_ == "nsubj")
            return


def _possessive_owner(span: Span) -> Span | None:
    """The proper name before a possessive ``'s`` that opens ``span``: ``ESPN`` of ``ESPN's Jane Roe``."""
    for token in span:
        if token.lower_ in ("'s", "’s") and token.i > span.start:
            owner = span.doc[span.start : token.i]
            return owner if all(t.pos_ == "PROPN" or t.lower_ == "the" for t in owner) else None
    return None


def _according(attribution: Attribution) -> bool:
    """Whether the claim is reported ``according to`` its speaker."""
    return attribution.cue is not None and attribution.cue.text.casefold().startswith("according")
