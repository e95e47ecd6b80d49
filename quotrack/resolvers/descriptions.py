"""Descriptions: ``the official``, ``the minister``, ``a spokesperson``.

A description with one person's name set right after it (``The Vice
President, Jane Roe, said``) is that person.  A writing (``according to the
filing``) is who the text said issued it (``Roe Mining said in a filing``,
``per WHO guidelines``) or did what it is named after (``the court ruled``
for ``the ruling``), while they are still in view.
A definite description (``the minister``, ``the ministry``) goes to the
latest speaker or entity before it that the text described that way:
``Foreign Minister Jane Roe ... the minister said`` gives Jane Roe, and
``an unnamed official said ... According to the official`` gives that same
unnamed official.  A description that finds no one stays as written, typed
:attr:`~quotrack.model.SpeakerKind.UNNAMED` (a person described but never
named: ``an unnamed official from the ministry``, with affiliation ``the
ministry``) or :attr:`~quotrack.model.SpeakerKind.ORGANIZATION` (``the
ministry``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import numpy
from spacy.attrs import POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Span, Token

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind, TextSpan, replaced
from ..people import (
    COUNTRIES,
    DOCUMENT_NOUNS,
    FIRST_NAMES,
    GIVEN_NAMES,
    ORG_NOUNS,
    POSSESSIVES,
    QUALIFIERS,
    ROLE_NOUNS,
    TITLE_WORDS,
    People,
    entity_name_words,
    is_person_noun,
    is_unresolved,
    map_speakers,
    mention_span,
    person_entities,
    plural_mention,
    preposition_object,
    pronoun_of,
    role_of_word,
    role_word,
    speakers_of,
    without_article,
    without_open_bracket,
)
from ..syntax import ENTITY_KINDS, SUBJECT_DEPS, governing_subject, is_finite
from ..wordlists import table as word_table
from ..wordlists import words as word_list
from .base import Resolver
from .names import defined_short_names

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_LOOK_BACK = 5
"""How many words before a name are read for its role (``Chinese President Xi``)."""


@attrs.frozen
class _Antecedent:
    """Someone the text described: where, with which role words, as which speaker."""

    position: int
    words: frozenset[str]
    capitals: frozenset[str]
    plural: bool
    speaker: Speaker


class DescriptionResolver(Resolver):
    """Resolves definite descriptions to who they describe; types unnamed sources."""

    name = "descriptions"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        # by each word that describes them (a copy: the speakers below join it), read at the first look-up
        antecedents = _LazyIndex(ctx)
        speakers = sorted(
            {s for a in attributions for s in speakers_of(a) if s.mention is not None},
            key=lambda s: (s.mention.start if s.mention else 0, s.name),
        )
        added = {s for a in attributions if _adding(ctx, a) for s in speakers_of(a)}
        resolved: dict[Speaker, Speaker] = {}
        notes: dict[Speaker, str] = {}  # the evidence that named a description, for its explanation
        previous: Speaker | None = None
        joint: list[Speaker] = []  # speakers that are two bodies named together, in text order
        for speaker in speakers:
            current = _without_time(ctx, speaker) or speaker  # "the official report yesterday"
            new = _jointly_named(ctx, current) or self._described(ctx, current, antecedents, notes)
            if current is not speaker and current in notes:
                notes[speaker] = notes.pop(current)
            if previous is not None and new.kind is SpeakerKind.UNNAMED:
                if speaker in added:
                    new = _adding_to(ctx, new, previous) or new
                else:
                    new = _this_one(ctx, new, previous) or new
            if new.name == speaker.name and joint:
                new = _joint_body(ctx, new, joint) or new
            if new.kind is SpeakerKind.ORGANIZATION and without_article(new.name).islower():
                new = _named_by_run(ctx, new, notes, speaker) or new  # "the fire service"
            resolved[speaker] = new
            previous = new
            together = _bodies_together(ctx, new)
            if together is not None:
                joint.append(together)
            antecedent = _speaker_antecedent(ctx, new)
            if antecedent is not None:
                antecedents.add(antecedent)
        out = [map_speakers(a, lambda s: resolved.get(s, s)) for a in attributions]
        if notes:
            out = [_noted(self.name, old, new, notes) for old, new in zip(attributions, out, strict=True)]
        return out

    def _described(
        self,
        ctx: DocContext,
        speaker: Speaker,
        antecedents: dict[str, list[_Antecedent]],
        notes: dict[Speaker, str],
    ) -> Speaker:
        if speaker.kind is SpeakerKind.OUTLET or not is_unresolved(speaker) or pronoun_of(speaker):
            return speaker
        span = mention_span(ctx, speaker)
        if span is None:
            return speaker
        apposed = _apposed_person(ctx, span)
        if apposed is not None:  # "The Vice President, Ann Roe, said": the person named beside it
            notes[speaker] = f"the person named beside '{span.text}'"
            return attrs.evolve(
                speaker, name=apposed, kind=SpeakerKind.PERSON, description=speaker.description or span.text
            )
        source = _own_source(ctx, span)
        if source is not None:  # "the WHO report", "a Harwick College poll": the source it names
            notes[speaker] = f"the source named in '{span.text}'"
            return attrs.evolve(speaker, name=source.name, kind=source.kind, description=span.text)
        if _indefinite_title(span):  # "One MP", "a Senator": someone described, not named
            titled = speaker.description or span.text
            return attrs.evolve(speaker, kind=SpeakerKind.UNNAMED, description=titled)
        title = _title_alone(span)  # "The President", "the Prime Minister"
        body = _body_alone(span)
        if body is not None:  # "The Department": the department the text named in full before
            assert speaker.mention is not None
            found = _latest(ctx, antecedents.get(body, []), speaker.mention.start, body, span)
            if found is None or without_article(found.name).lower() == body:  # "the Senate" is "Senate"
                return speaker
            return attrs.evolve(speaker, name=without_article(found.name), kind=found.kind)
        if (not _common_noun(span.root) and not title) or span.root.ent_type_:
            return speaker
        head = role_word(span.root)
        if head in DOCUMENT_NOUNS:
            owned = any(c.dep_ == "poss" or c.lower_ in ("by", "from") for c in span.root.children)
            issuer = _issuer(ctx, span, head) if span[0].lower_ in _DEFINITE and not owned else None
            if issuer is None and owned:  # "The hotel's website": the hotel the text named
                issuer = _described_owner(ctx, span, antecedents)
            if issuer is None and not owned and span[0].lower_ in _DEFINITE:
                authors = ctx.memo(_writing_authors).get(head)
                if authors is not None:  # "The study was a project between Ann Roe and Tom Lee"
                    notes[speaker] = f"the authors the text names for '{span.text}' ('the {head} was … by …')"
                    writing = speaker.description or span.text
                    return attrs.evolve(
                        speaker,
                        name=authors.name,
                        kind=authors.kind,
                        members=authors.members,
                        description=writing,
                    )
            if issuer is None:
                return speaker
            # "Ford said in a filing … According to the filing": Ford's
            notes[speaker] = f"who the text said issued '{span.text}'"
            issuer = _in_full(ctx, issuer, span)  # "the judge's statement": Lorne's, Ada Lorne
            writing = speaker.description or span.text
            return attrs.evolve(speaker, name=issuer.name, kind=issuer.kind, description=writing)
        assert speaker.mention is not None
        bare_body = len(span) == 1 and head in ORG_NOUNS  # "Police said": the police the text named
        if span[0].lower_ in _DEFINITE or bare_body:
            found = _latest(ctx, antecedents.get(head, []), speaker.mention.start, head, span, title)
            if found is None and span[0].lower_ in _DEFINITE:
                found = _just_named_organisation(ctx, span, head)
            if found is not None:
                if head in _PLACE_NOUNS and found.kind is SpeakerKind.ORGANIZATION:
                    notes[speaker] = f"the one place the text calls 'the {head} of …'"
                return attrs.evolve(
                    speaker,
                    name=found.name,
                    kind=found.kind,
                    description=speaker.description or found.description,
                    affiliation=speaker.affiliation or found.affiliation,
                )
        named = (
            ctx.memo(_apposed_names).get(head, set())
            if span[0].lower_ in _DEFINITE or span[0].lower_ in POSSESSIVES
            else set()
        )
        if len(named) == 1:
            # "his surviving father says ... said his father, Abdullah Kurdi": the one person so described
            notes[speaker] = f"the one person the text calls '{head}' ('…, the {head},', '… is the {head}')"
            return attrs.evolve(
                speaker,
                name=next(iter(named)),
                kind=SpeakerKind.PERSON,
                description=speaker.description or speaker.mention.text,
            )
        if span.root.lower_ in _MEDIA_NOUNS:  # "state media", "local news outlets": outlets left unnamed
            return attrs.evolve(speaker, kind=SpeakerKind.OUTLET)
        in_full = _named_in_full(ctx, span)
        if in_full is not None:  # "Day's animal foundation": the Doris Day Animal Foundation
            return attrs.evolve(speaker, name=in_full, kind=SpeakerKind.ORGANIZATION)
        authors = _authors_of_the_writing(ctx, span)
        if authors is not None:  # "The study was a project between Ann Roe and Tom Lee … The researchers"
            notes[speaker] = f"the two people the text says did the one writing it names ('{span.text}')"
            return attrs.evolve(
                speaker,
                name=authors.name,
                kind=authors.kind,
                members=authors.members,
                description=speaker.description or span.text,
            )
        if head in ORG_NOUNS and _plural(span.root):
            kind = SpeakerKind.UNNAMED  # "aid agencies", "the authorities": several, unnamed
        elif head in ORG_NOUNS:
            kind = SpeakerKind.ORGANIZATION
        elif is_person_noun(head):
            kind = SpeakerKind.UNNAMED
        else:
            named_so = _named_with(ctx, span) if span[0].lower_ in _DEFINITE else None
            if named_so is not None:  # "The Hotel Arpit Palace … the hotel said"
                return attrs.evolve(speaker, name=named_so.name, kind=named_so.kind)
            return speaker  # "the ad", "the election": no one
        affiliation = speaker.affiliation or (
            preposition_object(span) if kind is SpeakerKind.UNNAMED else None
        )
        description = speaker.description or (speaker.mention.text if kind is SpeakerKind.UNNAMED else None)
        return attrs.evolve(speaker, kind=kind, description=description, affiliation=affiliation)


def _own_source(ctx: DocContext, span: Span) -> Speaker | None:
    """The source a writing's description names right before its noun: ``the WHO report``,
    ``the Acme Mining statement``, ``Acme's statement``: a person or organisation entity that ends
    there, or a short name the document defines (``the World Health Organization (WHO)``),
    after only a determiner and modifiers.  None for any other description: ``the ministry's
    report`` (a description of its own), ``FEC records`` (a short name never spelled out),
    ``a CNN/ORC poll`` (two sources), ``a Times poll`` (an outlet: the outlets resolver's)."""
    last = len(span) - 1
    while last >= 0 and span[last].is_punct:
        last -= 1
    if last < 2 or span[last].lower_ not in DOCUMENT_NOUNS or span[last].ent_type_:
        return None
    before = span[last - 1]
    if before.lower_ in ("'s", "’s", "'", "’"):
        before = span[last - 2]
    elif span[0].lower_ not in ("the", "a", "an"):
        return None  # "Exit polls", "IOWA POLLS": no determiner, no possessive
    if before.ent_type_ in ("PERSON", "ORG"):
        ent = next((e for e in ctx.entities if e.start <= before.i < e.end), None)
        if ent is None or ent.end != before.i + 1 or ent.start < span.start:
            return None  # "the Acme Motors report card": the name goes on
        first = ent.start
        name = without_article(ent.text)
        if "/" in name or name.isupper() or name in ctx.lexicons.outlets:
            return None
        kind = ENTITY_KINDS[ent.label_]
    elif before.is_upper and before.is_alpha and len(before.text) >= 2:  # "WHO", though read as "who"
        full = ctx.memo(defined_short_names).get(before.text)
        if full is None:
            return None
        first, name, kind = before.i, full, SpeakerKind.ORGANIZATION
    else:
        return None
    if any(t.pos_ in ("ADP", "VERB", "AUX", "PRON") or t.ent_type_ for t in span[: first - span.start]):
        return None  # "One in four voters in a Times poll": more than a description of the writing
    return Speaker(name=name, kind=kind)


_TIME_LABELS = frozenset({"DATE", "TIME"})


def _without_time(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """``speaker``'s description without the time words run on after its last noun: ``the
    official report yesterday`` is ``the official report`` (the time is when it said so, not
    who); None when its mention ends in none, or in a name or a time the noun needs (``the
    Sunday Times``, ``reports as of Wednesday``: a preposition or verb before the time)."""
    mention = speaker.mention
    if mention is None or not is_unresolved(speaker) or pronoun_of(speaker) is not None:
        return None
    span = mention_span(ctx, speaker)
    if span is None or len(span) < 3 or span[-1].ent_type_ not in _TIME_LABELS:
        return None
    end = len(span)
    while end > 0 and span[end - 1].ent_type_ in _TIME_LABELS and span[end - 1].ent_iob_ != "B":
        end -= 1
    end -= 1  # the first word of the time
    if end < 2 or span[end].ent_type_ not in _TIME_LABELS:
        return None
    last = span[end - 1]
    if last.ent_type_ or last.lower_ not in DOCUMENT_NOUNS | ORG_NOUNS:  # (the parser may call it a verb)
        return None  # "a statement issued Tuesday": the time of the issuing; "USA Today": a name
    cut = last.idx + len(last.text) - mention.start
    text = mention.text[:cut]
    description = text if speaker.description == mention.text else speaker.description
    return attrs.evolve(
        speaker,
        name=text,
        mention=TextSpan(mention.start, mention.start + cut, text),
        description=description,
    )


def _noted(name: str, old: Attribution, new: Attribution, notes: dict[Speaker, str]) -> Attribution:
    """``new`` with the evidence that named its speaker's description in its explanation."""
    note = notes.get(old.speaker) if old.speaker is not None else None
    if note is None or new.speaker is None or new.speaker.name == old.speaker.name:  # type: ignore[union-attr]
        return new
    return replaced(new, explanation=(*new.explanation, f"{name}: {note}"))


_ADDING = frozenset({"add", "continue"})
"""Cues that go on with what the last speaker said: ``X said A. The professor added B``."""


def _adding(ctx: DocContext, attribution: Attribution) -> bool:
    """Whether ``attribution``'s cue goes on with the last speaker's words (``added``, ``continued``)."""
    cue = attribution.cue
    span = ctx.char_span(cue.start, cue.end) if cue is not None else None
    return span is not None and span.root.lemma_.lower() in _ADDING


def _adding_to(ctx: DocContext, speaker: Speaker, previous: Speaker) -> Speaker | None:
    """The named person ``previous`` for the description ``speaker`` that adds to their words.

    ``"A," said study co-author Ann Roe. The Wooster professor added, "B"``: a
    definite, singular person description the text names no one by, whose cue
    goes on from the last speaker's words, is that speaker if the text named
    them as a person in the sentence before, in the same paragraph, and named
    no other person since; otherwise None (a description beats a wrong name).
    """
    span = mention_span(ctx, speaker)
    before = mention_span(ctx, previous)
    if (
        span is None
        or before is None
        or previous.kind is not SpeakerKind.PERSON
        or not any(t.ent_type_ == "PERSON" for t in before)
        or pronoun_of(previous) is not None
        or span[0].lower_ not in _DEFINITE
        or span.root.tag_ != "NN"
        or not is_person_noun(role_word(span.root))
        or ctx.sentence_index(span.start) - ctx.sentence_index(before.start) != 1
        or ctx.paragraph_index(span.start_char) != ctx.paragraph_index(before.start_char)
    ):
        return None
    if any(e.label_ == "PERSON" and before.end <= e.start < span.start for e in ctx.entities):
        return None
    description = speaker.description or span.text
    return attrs.evolve(speaker, name=previous.name, kind=SpeakerKind.PERSON, description=description)


def _this_one(ctx: DocContext, speaker: Speaker, previous: Speaker) -> Speaker | None:
    """The last speaker ``previous`` for ``this person`` (``this``/``that`` and a person noun alone).

    ``One of the children said, "A." However, this person also said B``: a
    demonstrative points at the one just spoken of, when the text gave the last
    speaker in the sentence before or this one, in the same paragraph, and named
    no person since; None otherwise (a description beats a wrong name).
    """
    span = mention_span(ctx, speaker)
    before = mention_span(ctx, previous)
    if (
        span is None
        or before is None
        or len(span) != 2
        or span[0].lower_ not in ("this", "that")
        or span.root.tag_ != "NN"
        or not is_person_noun(role_word(span.root))
        or pronoun_of(previous) is not None
        or previous.kind not in (SpeakerKind.PERSON, SpeakerKind.UNNAMED, SpeakerKind.GROUP)
        or ctx.sentence_index(span.start) - ctx.sentence_index(before.start) not in (0, 1)
        or ctx.paragraph_index(span.start_char) != ctx.paragraph_index(before.start_char)
    ):
        return None
    if any(e.label_ == "PERSON" and before.end <= e.start < span.start for e in ctx.entities):
        return None
    description = speaker.description or span.text
    kind = SpeakerKind.PERSON if previous.kind is SpeakerKind.PERSON else SpeakerKind.UNNAMED  # one person
    return attrs.evolve(speaker, name=previous.name, kind=kind, description=description)


_PARTIES = word_list("party_nouns")
"""Plural nouns for the bodies a text named together: ``Acme and Brill … The parties said``."""


def _bodies_together(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """``speaker`` as a group when its mention names two organisations joined by ``and`` and no
    more (``Acme and Brill``, ``UK-based retailer Tesco and Danish retailer Salling Group``);
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


def _joint_body(ctx: DocContext, speaker: Speaker, joint: list[Speaker]) -> Speaker | None:
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


def described_entity(ctx: DocContext, span: Span) -> Speaker | None:
    """Who the definite description ``span`` (``the president``, ``the company``) stands for, if anyone.

    The latest entity before it the text gave that role (``President Ann Roe``,
    ``Roe Motor Company``), or the one person the document sets that
    description beside (``the manager, Tom Lee``); otherwise None.
    """
    if span[0].lower_ not in _DEFINITE or span.root.ent_type_:
        return None
    head = role_word(span.root)
    if head in DOCUMENT_NOUNS:
        return None
    antecedents = ctx.memo(_entity_index).get(head, [])
    found = _latest(ctx, antecedents, span.start_char, head, span, _title_alone(span), strict=True)
    if found is not None:
        return found
    named = ctx.memo(_apposed_names).get(head, set())
    if len(named) == 1:
        return Speaker(name=next(iter(named)), kind=SpeakerKind.PERSON)
    return None


def place_body(ctx: DocContext, token: Token) -> Span | None:
    """The body ``token`` heads, named with its place: ``the government of Valeria``,
    ``Harwick police``, ``the Valerian government``; None for a body named
    without one (``the government``) or with a name of its own (an entity)."""
    found = ctx.memo(_place_bodies).get(token.i)
    return ctx.doc[found[0] : found[1]] if found is not None else None


def _place_bodies(ctx: DocContext) -> dict[int, tuple[int, int]]:
    """Each organisation noun outside quotations that a place or nationality names, by its index."""
    out: dict[int, tuple[int, int]] = {}
    for ent, label, text in zip(ctx.entities, ctx.entity_labels, ctx.entity_texts, strict=True):
        # a place the parser may read as an organisation ("Valeria", "North Valeria")
        place = label in ("GPE", "NORP") or (label == "ORG" and text.split()[-1] in COUNTRIES)
        if label not in ("GPE", "NORP", "ORG") or ctx.in_quote(ent.start_char):
            continue
        root = ent.root
        if place and root.dep_ in ("compound", "amod", "nmod") and root.head.i == ent.end:
            noun, start, end = root.head, ent.start, ent.end + 1  # "Northamptonshire police"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == root.head.i - 1:
            noun = root.head.head  # "the government of Valeria"
            start, end = noun.i, ent.end
            if not place and any(role_word(t) in ORG_NOUNS for t in ent):
                continue  # "the police of the Port Authority": a body of a body
        else:
            continue
        if noun.pos_ != "NOUN" or noun.ent_type_ or role_word(noun) not in ORG_NOUNS or _plural(noun):
            continue
        determiner = next((c for c in noun.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        out[noun.i] = (min(start, determiner.i) if determiner is not None else start, end)
    return out


def _place_antecedents(ctx: DocContext) -> list[_Antecedent]:
    """Bodies named with their place that act in the text (``the government of Valeria began …``).

    Only a body the subject of a clause, and only when the document names
    no body of that kind with another place, in any role (``the Chinese
    government`` and ``the Hong Kong government``: ``the government`` could
    be either).
    """
    doc = ctx.doc
    found: dict[str, list[tuple[Span, frozenset[str], bool]]] = {}
    for i, (start, end) in ctx.memo(_place_bodies).items():
        noun = doc[i]
        acts = noun.dep_ in SUBJECT_DEPS and is_finite(noun.head)
        found.setdefault(role_word(noun), []).append((doc[start:end], _capitals(ctx, start, end), acts))
    out = []
    for head, bodies in found.items():
        if len({places for _, places, _ in bodies}) != 1:
            continue
        for span, places, acts in bodies:
            if acts:
                speaker = Speaker(name=span.text, kind=SpeakerKind.ORGANIZATION)
                out.append(_Antecedent(span.start_char, frozenset({head}), places, False, speaker))
    return out


class _LazyIndex(dict[str, list[_Antecedent]]):
    """The document's antecedents by each word that describes them (:func:`_entity_index`, a copy),
    then the speakers' added in order: the document's are read only when a description is looked up
    (most speakers are names, and many documents have no description to resolve)."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__()
        self._ctx: DocContext | None = ctx
        self._pending: list[_Antecedent] = []

    def _read(self) -> None:
        if self._ctx is not None:
            self.update((word, list(found)) for word, found in self._ctx.memo(_entity_index).items())
            self._ctx = None
            for antecedent in self._pending:
                _index(self, antecedent)

    def add(self, antecedent: _Antecedent) -> None:
        """Join ``antecedent`` after those already indexed."""
        if self._ctx is not None:
            self._pending.append(antecedent)
        else:
            _index(self, antecedent)

    def get(self, word: str, default: list[_Antecedent]) -> list[_Antecedent]:  # type: ignore[override]
        """The antecedents ``word`` describes, else ``default``."""
        self._read()
        return super().get(word, default)


def _entity_index(ctx: DocContext) -> dict[str, list[_Antecedent]]:
    antecedents: dict[str, list[_Antecedent]] = {}
    for entity in _entity_antecedents(ctx):
        _index(antecedents, entity)
    for body in _place_antecedents(ctx):
        _index(antecedents, body)
    return antecedents


_MEDIA_NOUNS = word_list("media_nouns")
_RELATIVES = word_list("relative_nouns")
"""Family members a person is named by ("his daughter Nettie Lane")."""
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many", "two", "three"})


def _indefinite_title(span: Span) -> bool:
    """``One MP``, ``a Senator``: an indefinite word, then a title written as a name."""
    tokens = [t for t in span if not t.is_punct]
    return (
        len(tokens) >= 2
        and tokens[0].lower_ in _INDEFINITE
        and tokens[-1].pos_ == "PROPN"
        and all(role_word(t) in ROLE_NOUNS for t in tokens[1:])
    )


def _plural(head: Token) -> bool:
    """A noun written in the plural (``agencies``; not ``police``, whose lemma is itself)."""
    return head.tag_ == "NNS" and head.lower_ != role_word(head)


def _index(antecedents: dict[str, list[_Antecedent]], antecedent: _Antecedent) -> None:
    for word in antecedent.words:
        antecedents.setdefault(word, []).append(antecedent)


def _title_alone(span: Span) -> bool:
    """``The President``, ``the Prime Minister``: a definite title written as a name, no name in it."""
    tokens = [t for t in span if not t.is_punct]
    return (
        len(tokens) >= 2
        and tokens[0].lower_ in _DEFINITE
        and tokens[-1].pos_ == "PROPN"
        and all(role_word(t) in TITLE_WORDS for t in tokens[1:])
    )


def _common_noun(token: Token) -> bool:
    """A common noun, though the parser tagged it a name when written in lower case (``the
    current bishop``)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def _body_alone(span: Span) -> str | None:
    """``The Department``, ``the Ministry``: a definite organisation noun written as a name, no
    name in it; its noun (``department``), else None."""
    tokens = [t for t in span if not t.is_punct]
    if len(tokens) != 2 or tokens[0].lower_ != "the" or tokens[1].pos_ != "PROPN" or not tokens[1].is_title:
        return None
    head = role_word(tokens[1]).lower()
    return head if head in ORG_NOUNS else None


def _qualifiers(text: str | None) -> frozenset[str]:
    return frozenset(w for w in (role_of_word(w) for w in (text or "").split()) if w in QUALIFIERS)


def _latest(
    ctx: DocContext,
    antecedents: list[_Antecedent],
    at: int,
    head: str,
    span: Span,
    titled: bool = False,
    strict: bool = False,
) -> Speaker | None:
    """The latest antecedent before ``at`` described by ``head``, agreeing in number and nationality.

    A title alone (``the Vice President``) takes only someone with the same qualifiers
    (``Vice``, ``Prime``): ``the President`` is not the vice president.
    ``strict``: a description with a place or nationality (``the Vermont senator``)
    takes only someone the text gave that place too.
    """
    body = head in ORG_NOUNS
    plural = _plural(span.root) if body else span.root.tag_ in ("NNS", "NNPS")
    capitals = _capitals(ctx, span.start, span.end)
    qualifiers = _qualifiers(span.text) if titled else frozenset()
    best: _Antecedent | None = None
    for antecedent in antecedents:
        if antecedent.position >= at or head not in antecedent.words or antecedent.plural != plural:
            continue
        if body and antecedent.speaker.kind is SpeakerKind.PERSON:
            continue  # "Company meteorologist Ann Roe … The company said": the company, not its meteorologist
        if titled and _qualifiers(antecedent.speaker.description) != qualifiers:
            continue
        if capitals and (antecedent.capitals or strict) and not capitals & antecedent.capitals:
            continue  # "the Japanese official" is not "a Chinese official"
        if best is None or antecedent.position >= best.position:  # a speaker over an entity
            best = antecedent
    return best.speaker if best is not None else None


_ORG_ANAPHORS = word_list("org_anaphors")


def _just_named_organisation(ctx: DocContext, span: Span, head: str) -> Speaker | None:
    """The one organisation named in the sentence before ``span`` or its own sentence before it.

    ``The three were PG&E contract workers. The company said …``: a definite
    ``company``, ``firm`` or ``agency`` that no antecedent ends with is the
    organisation the text has just named, if it named only one there (not
    counting one named as another kind of body: ``the Federal Aviation
    Administration`` is no company).
    """
    words = [t for t in span if not t.is_punct]
    if head not in _ORG_ANAPHORS or len(words) != 2 or span.root.tag_ in ("NNS", "NNPS"):
        return None  # "the rights group" says what kind of group: not any organisation
    sentence = ctx.sentence_index(span.start)
    start = ctx.sentences[max(sentence - 1, 0)].start_char
    named: dict[str, Span] = {}
    for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
        if ent.end_char > span.start_char:
            break
        if ent.start_char >= start and ent.label_ == "ORG" and not ctx.in_quote(ent.start_char):
            named.setdefault(without_article(text), ent)
    if len(named) != 1:
        return None
    ((name, ent),) = named.items()
    last = role_word(ent[-1])
    if last in ORG_NOUNS and last != head:
        return None  # "the Federal Aviation Administration" is no company
    name = name[:-2] if name.endswith(("'s", "’s")) else name
    return Speaker(name=name, kind=SpeakerKind.ORGANIZATION)


def _described_owner(
    ctx: DocContext, span: Span, antecedents: dict[str, list[_Antecedent]]
) -> Speaker | None:
    """Who the description owning the writing ``span`` stands for: ``the hotel`` of ``The
    hotel's website`` (``The Hotel Arpit Palace``), ``the minister`` of ``the minister's
    statement`` (``Foreign Minister Jane Roe``); None when the text names no one so."""
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if (
        owner is None
        or owner.ent_type_
        or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in owner.children)
    ):
        return None
    described = span.doc[owner.left_edge.i : owner.i + 1]
    word = role_word(owner)
    found = _latest(ctx, antecedents.get(word, []), described.start_char, word, described, strict=True)
    if found is None and not is_person_noun(word):
        found = _named_with(ctx, described)
    return found


def _named_with(ctx: DocContext, span: Span) -> Speaker | None:
    """The one organisation or place named before ``span`` (``the hotel``) with its head noun in
    its name (``The Hotel Arpit Palace``); None for none or two (``the hotel`` after two hotels)."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or span.root.tag_ != "NN":
        return None  # "the other hotel", "the hotels": not the one name
    word = span.root.lower_
    names = {
        without_article(text): ent
        for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True)
        if ent.end <= span.start
        and ent.label_ in ("ORG", "FAC")
        and any(
            t.lower_ == word and t.pos_ == "PROPN" for t in (ent[-1], ent[1 if ent[0].lower_ == "the" else 0])
        )
    }  # the first or last word of the name: "Washington Post Hit Piece Exploits …" is no piece
    if len(names) != 1:
        return None
    return Speaker(name=next(iter(names)), kind=SpeakerKind.ORGANIZATION)


def _named_in_full(ctx: DocContext, span: Span) -> str | None:
    """The one organisation the document names with every word of the description ``span``,
    its head noun last: ``Day's animal foundation`` is ``the Doris Day Animal Foundation``
    (named before or after it); None for a description of one word, or two such names."""
    words = {t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in ("'s", "’s")}
    if len(words) < 2 or span.root.lower_ not in words:
        return None
    root = span.root.lower_
    names = {
        without_article(text)
        for ent, text, last in ctx.memo(organisations)
        if last == root
        and (ent.end <= span.start or ent.start >= span.end)
        and words <= {t.lower_ for t in ent}
    }
    return next(iter(names)) if len(names) == 1 else None


def _named_by_run(
    ctx: DocContext, speaker: Speaker, notes: dict[Speaker, str], original: Speaker
) -> Speaker | None:
    """The one body the document names in capitals with every word of the description ``speaker``
    left as written, its head noun last: ``The fire service said`` is ``Mid Ardmore Fire and Rescue
    Service`` (an ORG entity, or a run of capitalised words the parser did not make one); None
    for a description of one word, a plural, or two such names (a description beats a guess)."""
    span = mention_span(ctx, speaker)
    if span is None or span.root.ent_type_ or _plural(span.root) or role_word(span.root) not in ORG_NOUNS:
        return None
    name = _named_in_full(ctx, span)
    if name is None:
        words = {t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_punct}
        root = span.root.lower_
        if len(words) < 2 or root not in words:
            return None
        names = {
            text
            for start, end, text, lowers in ctx.memo(_capital_runs)
            if lowers[-1] == root
            and lowers.count(root) == 1  # not "Acme Fire Service and Brill Fire Service": two bodies
            and (end <= span.start or start >= span.end)
            and words < set(lowers)
        }
        if len(names) != 1:
            return None
        name = next(iter(names))
    notes[original] = f"the one body named with the words of '{span.text}' ({name})"
    return attrs.evolve(speaker, name=name, kind=SpeakerKind.ORGANIZATION)


_RUN_JOINERS = frozenset({"and", "of", "for", "&"})


def _capital_runs(ctx: DocContext) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Each run of two or more capitalised proper nouns outside quotations and people's names
    (``Mid Ardmore Fire and Rescue Service``, joined by ``and``, ``of``, ``for``): its token
    bounds, its text and its words in lower case."""
    doc = ctx.doc
    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    start = None
    for i in range(len(doc) + 1):
        token = doc[i] if i < len(doc) else None
        capital = (
            token is not None
            and token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ not in ("PERSON", "DATE", "TIME")
            and not ctx.quoted_tokens[i]
        )
        joiner = token is not None and start is not None and token.lower_ in _RUN_JOINERS
        if capital or joiner:
            start = i if start is None else start
            continue
        if start is not None:
            end = i
            while end > start and doc[end - 1].lower_ in _RUN_JOINERS:
                end -= 1
            if end - start >= 2:
                run = doc[start:end]
                out.append((start, end, run.text, tuple(t.lower_ for t in run)))
        start = None
    return out


def organisations(ctx: DocContext) -> list[tuple[Span, str, str]]:
    """Each ORG entity of the document with its text and its last word in lower case, in text order
    (read once a document: the descriptions of a text are matched against them again and again).

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Ann Lee of the Doris Day Animal Foundation said")
    >>> doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 8, "ORG")]
    >>> [(ent.start, text, last) for ent, text, last in organisations(DocContext(doc))]
    [(4, 'Doris Day Animal Foundation', 'foundation')]
    """
    return [
        (ent, text, ent[-1].lower_)
        for ent, label, text in zip(ctx.entities, ctx.entity_labels, ctx.entity_texts, strict=True)
        if label == "ORG"
    ]


def _capitals(ctx: DocContext, start: int, end: int) -> frozenset[str]:
    """Nationalities and places among tokens ``start:end``, by stem (``Japan`` and ``Japanese`` agree)."""
    positions, stems = ctx.memo(_capital_stems)
    return frozenset(stems[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)])


def _capital_stems(ctx: DocContext) -> tuple[list[int], list[str]]:
    """Each NORP or GPE entity token of the document: its index and stem, in text order."""
    positions: list[int] = []
    stems: list[str] = []
    for ent in ctx.entities:
        if ent.label_ in ("NORP", "GPE"):
            for token in ent:
                positions.append(token.i)
                stems.append(token.lower_[:4])
    return positions, stems


def _role_words(tokens: Sequence[Token] | Span) -> frozenset[str]:
    return frozenset(role_word(t) for t in tokens if t.pos_ in ("NOUN", "PROPN") and not t.is_punct)


def _speaker_antecedent(ctx: DocContext, speaker: Speaker) -> _Antecedent | None:
    """A resolved speaker as an antecedent, described by its mention and description words."""
    span = mention_span(ctx, speaker)
    if span is None or speaker.mention is None or pronoun_of(speaker) is not None:
        return None
    words = set(_role_words(span))
    if speaker.description:
        words |= {role_of_word(w) for w in speaker.description.split()}
    plural = plural_mention(span, speaker.kind) or speaker.kind is SpeakerKind.GROUP
    return _Antecedent(
        speaker.mention.start, frozenset(words), _capitals(ctx, span.start, span.end), plural, speaker
    )


_COLLECTIVE = word_list("collective_nouns")
_KIN = word_table("kin_nouns")


def _jointly_named(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """``Ann and Tom Lee … The couple said``: the latest people the text named together."""
    if speaker.mention is None or not is_unresolved(speaker):
        return None
    last = speaker.mention.text.rsplit(None, 1)[-1].lower()
    if last not in _COLLECTIVE and last not in _KIN:
        return None
    span = mention_span(ctx, speaker)
    if span is None or span[0].lower_ not in _DEFINITE:
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
            other = next((e for e in ctx.entities if e.start <= partner.i < e.end), None)
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
        out.append((ent.start_char, Speaker(name=name, kind=SpeakerKind.GROUP, members=members)))
    return out


def _issuer(ctx: DocContext, span: Span, head: str) -> Speaker | None:
    """Who issued the writing ``span`` (``the filing``) stands for, by its latest mention before it.

    ``Ford said in a filing``, ``Ford released a statement``, ``Ford's filing``,
    ``a statement by Ford``, ``per WHO guidelines``, or the verb the writing is
    named after (``the court ruled`` for ``the ruling``, ``Ford stated`` for
    ``the statement``): the named person or body of the latest mention that
    names one, if the text names them in this paragraph or the one before
    (still in view); else the writing stays as written.  A mention of the writing
    with ``the`` or ``this`` in view keeps the one before it in view, and a writing
    introduced with ``a`` and an issuing verb (``a study released by the museum``)
    is the one every ``the study`` after it stands for, however far (``… this study
    … According to the study``; not ``Ann Roe said in a statement``, which a list
    of people may follow with another's); a mention with ``a`` that names no one
    is another writing, and ends the search, as does one of another kind (``an
    executive order`` for ``the court order``).
    """
    verbs = _verbs_of(head)
    doc, quoted = ctx.doc, ctx.quoted_tokens
    kinds = _compounds(span.root)  # "the court order": not "an executive order"
    anchor = span  # the earliest mention of the writing in a chain of definite mentions
    # the nouns and verbs before it, found with numpy, latest first (not a Token built for every word)
    pos = ctx.column(POS)[: span.start]
    for i in reversed(numpy.flatnonzero((pos == NOUN) | (pos == VERB)).tolist()):
        if quoted[i]:
            continue
        token = doc[i]
        if token.pos == NOUN and role_word(token) == head:
            if kinds and _compounds(token) and not kinds & _compounds(token):
                return None  # "an executive order … the court order": another writing
            owner = _owner_of_writing(ctx, token)
            if owner is None:
                determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
                if determiner in ("a", "an", "another"):
                    return None  # "a 2011 study": another writing, named by no one
                if determiner in _DEFINITE and _in_view(ctx, anchor, token):
                    anchor = doc[i : i + 1]  # "this study": the same writing, still in view
                continue
        elif token.pos == VERB and token.lemma_.lower() in verbs:
            owner = governing_subject(token) if token.dep_ != "amod" else None  # not "the ruled-out plan"
        else:
            continue
        if owner is not None and _acronym(owner):  # "per WHO guidelines", though "WHO" was read as "who"
            in_view = _in_view(ctx, anchor, owner)
            return Speaker(name=owner.text, kind=SpeakerKind.ORGANIZATION) if in_view else None
        if owner is None or owner.ent_type_ not in ENTITY_KINDS:
            continue  # "In the filing itself": this mention names no one
        introduced = (  # "a study released by the museum": a writing introduced with who issued it
            token.pos == NOUN
            and owner.head.dep_ == "agent"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        )
        for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
            if ent.start <= owner.i < ent.end and ent.label_ in ENTITY_KINDS:
                if not introduced and not _in_view(ctx, anchor, ent):
                    return None
                return Speaker(name=without_open_bracket(text), kind=ENTITY_KINDS[ent.label_])
    return None


_JOINT_WORK = word_list("joint_work_nouns")
_AUTHORING = word_list("authoring_verbs")
"""The verbs a writing is said to be done by its authors with (``The study was led by Ann Roe``)."""


def _writing_authors(ctx: DocContext) -> dict[str, Speaker]:
    """The people the text says did each writing, by its noun: the subject ``the study`` of ``was a
    project between Ann Roe and Tom Lee`` or ``was led by Ann Roe``; one person, or two as a group.

    Only people named with a given name (not a body the parser read as one), only the names before
    a clause that describes them (``… by Ann Roe, who worked with Tom Lee``), and only when the
    text says so of that noun once, of one writing (no second ``a study``).
    """
    found: dict[str, list[Speaker]] = {}
    doc, quoted = ctx.doc, ctx.quoted_tokens
    for token in doc:
        if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or quoted[token.i]:
            continue
        head = role_word(token)
        if head not in DOCUMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children
        ):
            continue
        verb = token.head
        if verb.lemma_ == "be":
            work = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_ in _JOINT_WORK), None)
            marks = ("between", "by", "of")
            by = (
                next((c for c in work.children if c.dep_ == "prep" and c.lower_ in marks), None)
                if work
                else None
            )
        elif token.dep_ == "nsubjpass" and verb.lemma_.lower() in _AUTHORING:
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
        else:
            continue
        if by is None:
            continue
        end = next(
            (t.i for t in doc[by.i : by.sent.end] if t.tag_ in ("WDT", "WP") or t.text in (";", ":")),
            by.sent.end,
        )
        people = [
            e
            for e in ctx.entities
            if e.label_ == "PERSON"
            and by.i < e.start
            and e.end <= end
            and e[0].text in GIVEN_NAMES
            and len(e) > 1
        ]
        if len(people) == 1:
            found.setdefault(head, []).append(Speaker(name=people[0].text, kind=SpeakerKind.PERSON))
        elif len(people) == 2:
            members = (people[0].text, people[1].text)
            found.setdefault(head, []).append(
                Speaker(name=" and ".join(members), kind=SpeakerKind.GROUP, members=members)
            )
        else:
            found.setdefault(head, []).append(Speaker(name="", kind=SpeakerKind.UNKNOWN))  # none, or a list
    out = {}
    for head, authors in found.items():
        if len(authors) != 1 or authors[0].kind is SpeakerKind.UNKNOWN:
            continue
        others = [
            t
            for t in doc
            if t.pos_ == "NOUN"
            and role_word(t) == head
            and not quoted[t.i]
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
        ]
        if len(others) <= 1:  # "a study … the study was a project between …": that one study
            out[head] = authors[0]
    return out


_RESEARCHERS = word_list("researcher_nouns")


def _authors_of_the_writing(ctx: DocContext, span: Span) -> Speaker | None:
    """``The researchers`` (a definite plural of lexicons/researcher_nouns.txt and nothing else) as the
    two people the text says did the one writing it gives authors (:func:`_writing_authors`)."""
    if len(span) != 2 or span[0].lower_ != "the" or span[1].lower_ not in _RESEARCHERS:
        return None
    authors = list(ctx.memo(_writing_authors).values())
    if len(authors) != 1 or authors[0].kind is not SpeakerKind.GROUP:
        return None  # one author is no "researchers"; two writings, either
    return authors[0]


def _in_full(ctx: DocContext, person: Speaker, span: Span) -> Speaker:
    """``person`` under the full name the document gives their surname (``Lorne`` is ``Ada
    Lorne``; among several, the latest named before ``span``, as the names resolver reads a
    surname); as it is when it is no surname alone or the document names no one so."""
    if person.kind is not SpeakerKind.PERSON or len(person.name.split()) != 1:
        return person
    found = ctx.memo(People.build).resolve((person.name,), span.start_char, fuzzy=False)
    return attrs.evolve(person, name=found.name) if found is not None else person


def _compounds(token: Token) -> frozenset[str]:
    """The nouns and adjectives that say what kind of writing ``token`` is (``court``,
    ``executive`` of ``an executive order``)."""
    return frozenset(c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and not c.ent_type_)


_ISSUING = word_list("issuing_verbs")
"""Verbs whose agent made a writing: ``a study released by``, ``the proclamation signed by``."""


def _verbs_of(noun: str) -> frozenset[str]:
    """The verbs a writing may be named after: ``report`` (``reported``), ``rule`` (``ruling``),
    ``state`` (``statement``), ``find`` (``finding``)."""
    verbs = {noun}
    for ending in ("ing", "ment"):
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            stem = noun[: -len(ending)]
            verbs |= {stem, f"{stem}e"}
    return frozenset(verbs)


def _acronym(token: Token) -> bool:
    """An upper-case short name (``WHO``, ``NHC``) the parser may have read as a word."""
    return token.is_upper and len(token.text) >= 2 and token.is_alpha and not token.ent_type_


def _in_view(ctx: DocContext, span: Span, named: Span | Token) -> bool:
    """Whether ``named`` is still in view at ``span``: named in its paragraph or the one before, or
    named again since (by the last word of its name)."""
    paragraph = ctx.paragraph_index(span.start_char)
    since = ctx.paragraphs[max(paragraph - 1, 0)][0]
    start = named.start_char if isinstance(named, Span) else named.idx
    last = named[-1].text if isinstance(named, Span) else named.text
    end = named.end_char if isinstance(named, Span) else named.idx + len(named.text)
    return start >= since or last in ctx.text[max(since, end) : span.start_char]


def _owner_of_writing(ctx: DocContext, token: Token) -> Token | None:
    """The one who said in, issued or owns the writing ``token`` heads, as the parse gives it.

    ``X's filing``, ``a filing by X``, ``X released a filing``, ``X said in a
    filing`` (a speech verb: ``rose in the poll`` names no one), and a name or
    short name right before it (``Acme guidelines``, ``WHO guidelines``).
    """
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    for made in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _ISSUING):
        by = next((c for c in made.children if c.dep_ == "agent"), None)  # "a study released by X"
        if by is not None:
            return next((c for c in by.children if c.dep_ == "pobj"), None)
    before = next((c for c in token.lefts if c.i == token.i - 1), None)
    if before is not None and (_acronym(before) or (before.dep_ == "compound" and before.ent_type_ == "ORG")):
        return before
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "into"):
        verb = verb.head  # "said in a filing"
        if "speech" not in ctx.lexicons.cues.token_frames(verb):
            return None
    elif token.dep_ != "dobj":  # "released a statement"
        return None
    return governing_subject(verb) if verb.pos_ == "VERB" else None


def _apposed_person(ctx: DocContext, span: Span) -> str | None:
    """The person's name set right after the description ``span`` (``The Vice President, Ann Roe,``,
    ``A Republican Assemblywoman, Ann Roe,``, ``a Republican, Ann Roe,``)."""
    root = span.root
    member = root.ent_type_ == "NORP" and span[0].lower_ in ("a", "an", "one")  # "a Republican, Ann Roe,"
    if (root.ent_type_ and not member) or root.tag_ in ("NNS", "NNPS"):
        return None  # "Two objectors, Ann Roe and Tom Lee": not one person
    role = role_word(root)
    titled = member or role in ROLE_NOUNS or is_person_noun(role)
    if not _common_noun(root) and not _title_alone(span) and not titled:
        return None  # "A Republican Assemblywoman, Ann Roe,": a title written as a name, then the name
    child = next((c for c in root.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if child is None:  # "news source Daily Xtra's editorial director, Ann Roe,": the title's own name
        titles = [
            c for c in root.rights if c.dep_ == "appos" and _common_noun(c) and is_person_noun(role_word(c))
        ]
        child = next(
            (c for t in titles[:1] for c in t.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
        )
    if child is None or ctx.token_quoted(child) or any(c.dep_ == "conj" for c in child.children):
        return None
    for ent, words in zip(ctx.entities, entity_name_words(ctx), strict=True):
        if ent.start <= child.i < ent.end and ent.label_ == "PERSON" and words:
            return " ".join(words)
    return None


def _apposed_names(ctx: DocContext) -> dict[str, set[str]]:
    """Each person or family noun the document sets beside a person's name (``his father, Abdullah
    Kurdi``, ``his daughter Nettie Lane``, ``Ann Roe, the mayor,``) or says a person is (``Ann Roe
    is the mayor``).

    Read over the whole document: a description written before the name
    (``his father says ...``) still describes the one person it is apposed to.
    """
    out: dict[str, set[str]] = {}
    for ent, words in zip(ctx.entities, entity_name_words(ctx), strict=True):
        if ent.label_ != "PERSON" or not words:
            continue
        root = ent.root
        if root.dep_ == "appos":  # "his father, Abdullah Kurdi"
            described = [root.head]
        elif root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":  # "Roe is the mayor"
            described = [c for c in root.head.children if c.dep_ == "attr"]
        else:  # "Ann Roe, the mayor,"
            described = [c for c in root.rights if c.dep_ == "appos"]
        for head in described:
            if head.pos_ != "NOUN" or ctx.token_quoted(head):
                continue
            role = role_word(head)
            if is_person_noun(role) or role in _RELATIVES:
                out.setdefault(role, set()).add(" ".join(words))
    return out


def _entity_antecedents(ctx: DocContext) -> list[_Antecedent]:
    """People named with a role before them (``Foreign Minister Jane Roe``), and organisations."""
    doc = ctx.doc
    out = []
    people: People | None = None  # (built at the first surname alone)
    places: dict[str, list[_Antecedent]] = {}  # the places named with each place noun ("the city of …")
    entities = zip(ctx.entities, ctx.entity_texts, entity_name_words(ctx), person_entities(ctx), strict=True)
    for ent, text, words, person in entities:
        if person:  # "Gáspár Maróth, the … commissioner", though the parser said ORG
            start = ent.start
            while start > 0 and ent.start - start < _LOOK_BACK:
                previous = doc[start - 1]
                if (
                    previous.is_punct
                    or previous.pos_ not in ("NOUN", "PROPN", "ADJ")
                    or previous.ent_type_ == "PERSON"
                ):
                    break
                start -= 1
            role = [t for t in Span(doc, start, ent.end) if role_word(t) in ROLE_NOUNS]  # (no slice check)
            for child in ent.root.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN":
                    role.append(child)
            if not role:
                continue
            name = " ".join(words)
            if len(words) == 1:  # "Judge Lorne": the one person the text names in full so ("Ada Lorne")
                people = people or ctx.memo(People.build)  # (the one _in_full reads)
                full = {
                    p.name
                    for p in people.persons
                    if len(p.words) > 1 and p.words[-1] == words[0] and p.positions[0] < ent.start_char
                }  # named in full before: "President Obama" is no Michelle Obama named later
                name = full.pop() if len(full) == 1 else name  # two Obamas: as written
            description = None
            if start < ent.start:  # the words before the name, cut from the text (Span.text joins tokens)
                last = doc[ent.start - 1]
                description = ctx.text[doc[start].idx : last.idx + len(last.text)]
            speaker = Speaker(name=name, kind=SpeakerKind.PERSON, description=description)
            out.append(
                _Antecedent(
                    ent.start_char, _role_words(role), _capitals(ctx, start, ent.start + 1), False, speaker
                )
            )
        elif ent.label_ in ("GPE", "LOC", "ORG") and (place := _place_named_of(ent)) is not None:
            # "the US city of Elmford … the city stated": Elmford (the parser may say ORG)
            places.setdefault(place, []).append(
                _Antecedent(
                    ent.start_char,
                    frozenset({place}),
                    frozenset(),
                    False,
                    Speaker(name=text, kind=SpeakerKind.ORGANIZATION),
                )
            )
        elif ent.label_ == "ORG" and not _compared(ent):
            # "Roe Motor Company", and "the Ministry of Health" (its head before "of", not its last word)
            heads = {role_word(ent[-1])}
            if " of " in text or " on " in text or " for " in text:  # read the parse only then
                root = ent.root
                if root.i + 1 < ent.end and ctx.doc[root.i + 1].lower_ in ("of", "on", "for"):
                    heads.add(role_word(root))
            heads &= ORG_NOUNS
            if heads:
                speaker = Speaker(name=text, kind=SpeakerKind.ORGANIZATION)
                out.append(
                    _Antecedent(
                        ent.start_char, frozenset(heads), _capitals(ctx, ent.start, ent.end), False, speaker
                    )
                )
    for named in places.values():
        if len({a.speaker.name for a in named}) == 1:  # "the city of A … the city of B": either
            out.extend(named)
    return out


_PLACE_NOUNS = word_list("place_nouns")


def _place_named_of(ent: Span) -> str | None:
    """The place noun a place is named with (``the city of Elmford``: ``city``), else None."""
    root = ent.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i != ent.start - 1 or of.i == 0:
        return None
    noun = of.head
    word = noun.lower_
    if noun.i != of.i - 1 or noun.pos_ != "NOUN" or word not in _PLACE_NOUNS:
        return None
    return word


def _compared(ent: Span) -> bool:
    """Whether a body is only named as what another is or is not (``The only court with higher
    authority is the Supreme Court``): the predicate of a "be", no actor a later ``the court``
    points back at."""
    root = ent.root
    return root.dep_ == "attr" and root.head.lemma_ == "be"
