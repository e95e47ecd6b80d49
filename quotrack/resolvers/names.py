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

import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs
from nameparser import HumanName
from spacy.tokens import Doc, Span, Token

from ..context import DocContext
from ..detectors.transcript import TranscriptDetector
from ..model import Attribution, Speaker, SpeakerKind
from ..outlets import OutletLexicon
from ..people import (
    ABBREVIATIONS,
    BUSINESS_WORDS,
    COMPANY_FORMS,
    COUNTRIES,
    GIVEN_NAMES,
    HONORIFIC_TITLES,
    KNOWN_BODIES,
    LAW_NOUNS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    People,
    Person,
    body_noun,
    company_name,
    company_noun,
    entity_name_words,
    introduced_roles,
    is_body_name,
    is_person_noun,
    joint_name,
    looks_like_name,
    map_speakers,
    mention_span,
    name_words,
    personal_name,
    phrase_head,
    pronoun_of,
    role_of_word,
    role_word,
    speakers_of,
    split_conjuncts,
    title_gender,
    without_article,
    without_open_bracket,
    without_possessive,
)
from ..syntax import NAMING_LEMMAS, body_name, is_dash
from ..wordlists import phrases, words
from .antecedents import described_bodies
from .base import Resolver

_SKIP = frozenset({SpeakerKind.OUTLET, SpeakerKind.UNNAMED})


_CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "conj", "relcl", "acl", "csubj", "cc"})
_OWN_GENDER = {"his": "m", "himself": "m", "her": "f", "herself": "f"}


def _namesake_by_pronoun(
    ctx: DocContext, people: People, speaker: Speaker, words: tuple[str, ...], gender: str
) -> Person | None:
    """The namesake a bare surname subject stands for when its own clause gives a gender.

    ``Roe told of her worries``: of the two Roes of the text, the
    woman; ``Lee said in his speech``: the man.  Only a possessive or a
    reflexive in the verb's own phrases counts (not in a clause of its own nor
    inside quotation marks, nor the owner of its object: ``Lee called his vote
    a mistake``), only when all such words agree and give not the
    ``gender`` of the namesake the usual choice found, and only for another
    namesake, named in full, whose gender the text gives.
    """
    span = mention_span(ctx, speaker)
    if span is None:
        return None
    head = span.root
    if not head.dep_.startswith("nsubj") or head.head.i == head.i:
        return None
    verb = head.head
    genders: set[str] = set()
    quoted = _quoted_tokens(Span(ctx.doc, *ctx.parse_sentence(verb.i)))
    stack = [
        child
        for child in verb.children
        if child.dep_ not in _CLAUSAL and child.i not in range(span.start, span.end)
    ]
    while stack:
        token = stack.pop()
        if token.i in quoted:
            continue  # quoted words: their pronouns are the quoted speaker's
        own = _OWN_GENDER.get(token.lower_)
        owner = token.dep_ == "poss" and not (token.head.dep_ == "dobj" and token.head.head.i == verb.i)
        if own is not None and (owner or token.lower_.endswith("self")):
            genders.add(own)  # not "called his vote irresponsible": the object is another's
        stack.extend(child for child in token.children if child.dep_ not in _CLAUSAL)
    if genders == {gender} or len(genders) != 1:
        return None
    other = people.resolve(words, span.start_char, genders.pop(), fuzzy=False)
    return other if other is not None and other.gender is not None and len(other.words) > 1 else None


_NAME_SLOTS = frozenset({"oprd", "attr", "dobj", "npadvmod"})


def _called(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """The name a description is given right after it (``A brand-new donor group called Forward
    Harbor``, ``a charity named Open Door``, ``a man named Ed Roe``, ``a group calling itself
    Blackmoth``, ``a group known as Open Docks``), as the speaker, the
    description kept; None for any other speaker, and for a description of no body or person
    (``a plan called Renewal``)."""
    span = mention_span(ctx, speaker)
    if span is None or span.end >= len(span.doc) or span[0].lower_ not in ("a", "an", "the"):
        return None
    head = span.root
    participle = span.doc[span.end]
    if participle.dep_ != "acl" or participle.head != head:
        return None
    opening = _name_opening(participle)
    if opening is None:
        return None
    name = next(
        (
            c
            for c in participle.rights
            if (c.dep_ in _NAME_SLOTS or c.dep_ == "prep") and c.lower_ not in _REFLEXIVES
        ),
        None,
    )
    if name is not None and name.dep_ == "prep":  # "known as": the name is the object of "as"
        name = next((c for c in name.children if c.dep_ == "pobj"), None)
    if name is None or name.left_edge.i != opening:
        return None  # the name follows the participle (and "itself", "as") at once
    first = span.doc[opening]
    entity = ctx.entity_at(first.i) if first.ent_iob_ == "B" else None
    # the entity the name opens (the parser may hang "for a Clean Harbor" on the participle)
    words = (
        span.doc[first.i : entity.end] if entity is not None else span.doc[first.i : name.right_edge.i + 1]
    )
    if not (
        words[0].is_title
        and (words[-1].is_title or words[-1].like_num or words[-1].is_upper)
        and all(t.is_title or t.is_upper or t.like_num or t.lower_ in _CALLED_JOINERS for t in words)
        and not ctx.token_quoted(words[0])
    ):
        return None  # ("a plan called “Renewal”" is a quotation's business)
    role = role_of_word(head.text)
    if role in ORG_NOUNS or (head.ent_type_ == "ORG" and head.text[:1].isupper()):
        kind = SpeakerKind.ORGANIZATION
    elif role in ROLE_NOUNS:
        kind = SpeakerKind.PERSON
    else:
        return None
    return attrs.evolve(speaker, name=words.text, kind=kind, description=speaker.description or span.text)


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _name_opening(participle: Token) -> int | None:
    """Where the name a naming participle gives starts: right after ``called``, ``named``,
    ``dubbed``, after ``calling itself`` and after ``known as``; None for any other participle."""
    doc = participle.doc
    after = participle.i + 1
    if participle.lemma_ in NAMING_LEMMAS and participle.tag_ in ("VBN", "VBD"):
        return after  # "a group called Open Docks"
    if after + 1 >= len(doc):
        return None
    if participle.lemma_ == "call" and participle.tag_ == "VBG" and doc[after].lower_ in _REFLEXIVES:
        return after + 1  # "a group calling itself Blackmoth"
    if participle.lemma_ == "know" and participle.tag_ == "VBN" and doc[after].lower_ == "as":
        return after + 1  # "a group known as Open Docks"
    return None


def _quoted_tokens(sent: Span) -> frozenset[int]:
    """The indices of the tokens of ``sent`` inside quotation marks (and the marks)."""
    inside = False
    quoted: set[int] = set()
    for token in sent:
        if token.is_quote:
            inside = not inside
            quoted.add(token.i)
        elif inside:
            quoted.add(token.i)
    return frozenset(quoted)


def _in_capitals(people: People, speaker: Speaker, labels: Sequence[str] = ()) -> Speaker | None:
    """A person's name written in capitals, as transcripts write who speaks (``EVE MARSH:``,
    ``MARSH:``): the one person the text names so in other letters (``the network's Eve Marsh``)
    or, in capitals, with a given name in a label of the same transcript (``EVE MARSH:`` for a
    later ``MARSH:``; ``labels`` are that transcript's); for a given name and a surname none does,
    the name in its own capitals (``Eve Marsh``, by nameparser); and for one word that no name of
    the text ends with, said in a transcript of two speakers or more, the person of that name in
    its letters (``WALLACE:`` beside ``PENCE:`` is Wallace), unless the word is a role or a body
    (``MODERATOR:``, ``AUDIENCE:``, ``CNN:``).  None for any other speaker, and for a caption
    (``UNIDENTIFIED MALE``)."""
    written = speaker.name.split()
    if speaker.kind not in (SpeakerKind.UNKNOWN, SpeakerKind.PERSON) or not all(
        word.isupper() and len(word.strip(".")) > 1 for word in written
    ):
        return None
    folded = tuple(word.casefold() for word in written)
    named = {
        person.name
        for person in people.persons
        if len(person.words) >= max(len(folded), 2)
        and not all(word.isupper() for word in person.words)  # (itself, or another in capitals)
        and tuple(word.casefold() for word in person.words[-len(folded) :]) == folded
    }
    if not named:  # "EVE MARSH: …  MARSH: …"
        named = {
            _proper_case(label)
            for label in labels
            if len(label.split()) > len(folded)
            and tuple(word.casefold() for word in label.split()[-len(folded) :]) == folded
            and label.split()[0].capitalize() in GIVEN_NAMES
        }
    if len(named) == 1:
        return attrs.evolve(speaker, name=next(iter(named)), kind=SpeakerKind.PERSON)
    if named:
        return None
    if len(written) == 1:
        word = folded[0]
        if len(set(labels)) < 2 or word in _TURN_ROLES or word in ROLE_NOUNS or word in KNOWN_BODIES:
            return None
        if OutletLexicon.default().canonical(written[0]) is not None:
            return None
        return attrs.evolve(speaker, name=_proper_case(speaker.name), kind=SpeakerKind.PERSON)
    if written[0].capitalize() not in GIVEN_NAMES:
        return None
    return attrs.evolve(speaker, name=_proper_case(speaker.name), kind=SpeakerKind.PERSON)


def _proper_case(name: str) -> str:
    """A name in capitals in its usual letters, by nameparser: ``MCCAIN`` → ``McCain``."""
    human = HumanName(name)
    human.capitalize(force=True)
    return str(human)


_TURN_ROLES = words("transcript_roles")
"""Words a transcript writes before a colon for no one's name (``MODERATOR:``, ``AUDIENCE:``)."""


def _transcript_labels(attributions: Sequence[Attribution]) -> dict[int, tuple[str, ...]]:
    """For each transcript turn's speaker (by where its label starts), the labels of every turn of
    the text (the names in capitals the transcript detector read before a colon)."""
    starts = {
        a.speaker.mention.start: a.speaker.mention.text
        for a in attributions
        if a.detector == TranscriptDetector.name and a.speaker is not None and a.speaker.mention is not None
    }
    labels = tuple(dict.fromkeys(starts.values()))
    return dict.fromkeys(starts, labels)


class NameResolver(Resolver):
    """Resolves partial, titled and misspelt person names to the full name."""

    name = "names"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        people = People.build(ctx, attributions)
        spoken = [_without_site_speaker(ctx, a) for a in attributions]
        labels = _transcript_labels(spoken)
        named = [map_speakers(a, lambda speaker: self.named(ctx, people, speaker, labels)) for a in spoken]
        return _one_kind(_described_alike(named, introduced_roles(ctx, people, _undescribed(named))))

    def named(
        self,
        ctx: DocContext,
        people: People,
        speaker: Speaker,
        labels: dict[int, tuple[str, ...]] | None = None,
    ) -> Speaker:
        """``speaker`` under the full name of the person (or people) it names; ``labels``: for a
        transcript turn's speaker, by where it is written, the labels of the text's turns."""
        if speaker.mention is None or speaker.kind in _SKIP or pronoun_of(speaker) is not None:
            return speaker
        turn_labels = (labels or {}).get(speaker.mention.start, ())
        bare = without_open_bracket(speaker.name)
        if not bare.split():
            return speaker  # (no words past a bracket: "according to :(" names nobody by one)
        if bare != speaker.name:  # "the Commission (USCIRF"
            speaker = attrs.evolve(speaker, name=bare)
        place_owned = _PLACE_OWNED.match(speaker.name)
        if place_owned is not None and speaker.kind is not SpeakerKind.PERSON:
            # "the country's Audit Chamber": the body by its name (the possessive a place's word)
            return attrs.evolve(speaker, name=place_owned.group(1), kind=SpeakerKind.ORGANIZATION)
        others = _and_others(ctx, speaker)
        if others is not None:
            return others
        called = _called(ctx, speaker)
        if called is not None:  # "a new super PAC called Forward Harbor": Forward Harbor
            return called
        whole = _whole_body(ctx, speaker)
        if whole is not None:  # ("Okafor-Nash said", read as a body, after "Ann Okafor-Nash": hers)
            person = _person_named(people, whole)
            if person is not None:
                return attrs.evolve(speaker, name=person.name, kind=SpeakerKind.PERSON)
            return whole
        spelled = ctx.memo(defined_short_names).get(without_article(speaker.name))
        if spelled is not None:  # "the World Health Organization (WHO)" ... "WHO said"
            kind = SpeakerKind.ORGANIZATION if speaker.kind is not SpeakerKind.GROUP else speaker.kind
            return attrs.evolve(speaker, name=spelled, kind=kind)
        if _AMPERSAND_BODY.fullmatch(speaker.name):  # "Procter & Gamble": one firm, if tagged one
            if speaker.kind is SpeakerKind.GROUP and _tagged_body(ctx, speaker):
                return attrs.evolve(speaker, kind=SpeakerKind.ORGANIZATION)
            if speaker.kind is SpeakerKind.ORGANIZATION:
                return speaker
        parts = split_conjuncts(speaker.name)
        if len(parts) > 1:
            return self._group(ctx, people, speaker, parts)
        law = _law(ctx, speaker)
        if law is not None:
            return law
        voiced = _voice_owner(ctx, people, speaker)
        if voiced is not None:
            return voiced
        capitals = _in_capitals(people, speaker, turn_labels)
        if capitals is not None:  # "EVE MARSH:", a transcript's: Eve Marsh
            return capitals
        owned = _OWNED.match(speaker.name)
        if owned is not None and speaker.kind is not SpeakerKind.PERSON:
            return self._owner_named(people, speaker, owned)
        if speaker.kind is SpeakerKind.ORGANIZATION and _described_as_body(speaker):
            return speaker  # "The auto-parts maker Brenner Axle": a company, whoever bears its first word
        if speaker.kind in _PLACE_KINDS and speaking_place(speaker.name):
            return attrs.evolve(speaker, kind=SpeakerKind.ORGANIZATION)  # "Downing Street said"
        words = name_words(speaker.name)
        described = (speaker.description or "").split()
        if (
            speaker.kind is SpeakerKind.PERSON
            and not personal_name(words)
            and (
                (described and _body_head(described))  # "Norrland Sparbank, a savings bank,"
                or without_article(speaker.name) in ctx.memo(described_bodies)  # "Nutrivalia, the caterer,"
            )
        ):
            # a body, though its name looks like a person's (or the tagger read it as one)
            return attrs.evolve(speaker, kind=SpeakerKind.ORGANIZATION)
        if speaker.kind is SpeakerKind.PERSON:
            words = _hyphen_joined(ctx, speaker, words)
        if not _personal_words(words):
            company = _company_short_name(ctx, speaker, words)  # "Nationwide said" after "the
            return company or _retyped(ctx, speaker, words)  # Nationwide Building Society"
        assert speaker.mention is not None
        at = speaker.mention.start
        gender = title_gender(speaker.mention.text)
        person = people.resolve(words, at, gender, fuzzy=_may_be_misspelt(ctx, speaker, words))
        if gender is None and len(words) == 1 and person is not None and person.gender is not None:
            person = _namesake_by_pronoun(ctx, people, speaker, words, person.gender) or person
        if speaker.kind is SpeakerKind.PERSON and (person is None or person.words == words):
            outlet = OutletLexicon.default().canonical(speaker.name)
            if outlet is not None:  # "USA TODAY reported": a newspaper no person of the text is named
                return attrs.evolve(speaker, name=outlet, kind=SpeakerKind.OUTLET)
        if (person is None or person.words == words) and gender is None:
            company = _company_short_name(ctx, speaker, words)
            if company is not None:  # "Velarin said" after "Velarin Pharma"
                return company
        if person is not None:
            if person.name == speaker.name and speaker.kind is SpeakerKind.PERSON:
                return speaker
            return attrs.evolve(speaker, name=person.name, kind=SpeakerKind.PERSON)
        if speaker.kind is SpeakerKind.PERSON and " ".join(words) != speaker.name:
            speaker = attrs.evolve(speaker, name=" ".join(words))
        if gender is not None and speaker.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
            return attrs.evolve(speaker, kind=SpeakerKind.PERSON)  # "Mr Ford": a man, whatever Ford is
        return _retyped(ctx, speaker, words)

    def _owner_named(self, people: People, speaker: Speaker, owned: re.Match[str]) -> Speaker:
        """``Senator Lee's campaign`` as ``Ann Lee's campaign``: a titled owner of a body, in full."""
        assert speaker.mention is not None
        if role_of_word(owned.group(2).split()[-1]) not in ORG_NOUNS:
            return speaker  # "Mr. Lee's supporters" are people the descriptions resolver reads
        words = name_words(owned.group(1))
        if len(words) == len(owned.group(1).split()) or not looks_like_name(words) or is_body_name(words):
            return speaker  # untitled ("Lee's campaign") is written as the text has it
        person = people.resolve(words, speaker.mention.start, title_gender(owned.group(1)), fuzzy=False)
        if person is None or person.words == tuple(owned.group(1).split()):
            return speaker
        kind = SpeakerKind.ORGANIZATION if speaker.kind is SpeakerKind.UNKNOWN else speaker.kind
        return attrs.evolve(speaker, name=f"{person.name}{owned.group(2)}", kind=kind)

    def _group(self, ctx: DocContext, people: People, speaker: Speaker, parts: list[str]) -> Speaker:
        assert speaker.mention is not None
        if speaker.members:
            return speaker  # named together already ("CNN and NPR")
        if _office_set_off(ctx, speaker):
            return speaker  # "The Secretary of State for Industry and Trade, Ann Roe,": her title
        if _one_body(ctx, speaker):  # "the High Court of England and Wales": one court
            # (named as a body is: "The Elm Ports and Zones Authority (EPZA)": Elm Ports and Zones Authority)
            return attrs.evolve(speaker, name=body_name(speaker.name), kind=SpeakerKind.ORGANIZATION)
        if all(_title_only(part) for part in parts[:-1]):
            return self._titles_of_one(people, speaker, parts[-1])
        bodies = _joined_bodies(ctx, speaker.mention.start, speaker.mention.end)
        members = []
        shown: list[str] = []  # the group's name: each body as written after the first ("X and the Y")
        for part in parts:
            body = without_article(part)
            words = _past_role(name_words(part))
            person = (
                people.resolve(words, speaker.mention.start, title_gender(part), fuzzy=True)
                if looks_like_name(words)
                else None
            )
            if person is None and body in bodies:  # "the WHO and UNICEF": organisations named together
                members.append(body)
                shown.append(body if not shown else part)
                continue
            if not looks_like_name(words):
                return speaker
            members.append(person.name if person is not None else " ".join(words))
            shown.append(members[-1])
        name = joint_name(shown)
        return attrs.evolve(speaker, name=name, kind=SpeakerKind.GROUP, members=tuple(members))

    def _titles_of_one(self, people: People, speaker: Speaker, last: str) -> Speaker:
        """One person the titles joined by ``and`` before the name describe: ``former Ohio Gov.
        and party chairman Ed Roe`` is Ed Roe, described by the rest."""
        assert speaker.mention is not None
        words = name_words(last)
        if not looks_like_name(words) or _named_body(words) or is_body_name(words):
            return speaker
        person = people.resolve(words, speaker.mention.start, title_gender(last), fuzzy=False)
        name = person.name if person is not None else " ".join(words)
        described = speaker.name.rsplit(words[0], 1)[0].strip(" ,")
        return attrs.evolve(
            speaker,
            name=name,
            kind=SpeakerKind.PERSON,
            members=(),
            description=speaker.description or described or None,
        )


_VOICES = words("voice_nouns") | words("speech_nouns")


def _voice_owner(ctx: DocContext, people: People, speaker: Speaker) -> Speaker | None:
    """The named owner of what a mention says they voice or hold, as the speaker: ``Ms. Lee's
    case for patience`` (lexicons/voice_nouns.txt, speech_nouns.txt) is Ann Lee's, the rest kept
    as the description; None for any other mention, or an owner that is no name (``his case``)."""
    span = mention_span(ctx, speaker)
    if span is None or speaker.kind is SpeakerKind.PERSON:
        return None
    head = phrase_head(span)
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _VOICES or head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # (the subject of its clause: not "after Lee's remarks, which …")
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    start = owner.left_edge.i
    while start < owner.i and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    written = span.doc[start : owner.i + 1].text
    words_ = name_words(written)
    if not looks_like_name(words_):
        return None
    person = people.resolve(words_, span.start_char, title_gender(written), fuzzy=False)
    if person is not None:
        name, kind = person.name, SpeakerKind.PERSON
    elif owner.ent_type_ in ("ORG", "GPE"):
        name = without_possessive(written)
        outlet = OutletLexicon.default().canonical(name)
        name, kind = (outlet, SpeakerKind.OUTLET) if outlet is not None else (name, SpeakerKind.ORGANIZATION)
    else:
        return None
    return attrs.evolve(speaker, name=name, kind=kind, description=speaker.description or speaker.name)


def _past_role(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name after a role in lower case that a joint mention's part opens with: ``her deputy
    Tom Roe`` is Tom Roe (the words as they are when they end in no name of two words or more).

    >>> _past_role(("her", "deputy", "Tom", "Roe")), _past_role(("the", "Dover", "council"))
    (('Tom', 'Roe'), ('the', 'Dover', 'council'))
    >>> _past_role(("singer-songwriter", "Ava", "Moss"))
    ('Ava', 'Moss')
    """
    if looks_like_name(words):
        return words
    for k in range(len(words) - 3, -1, -1):
        role = role_of_word(words[k])  # ("singer-songwriter", "ex-minister": a role in a part)
        titled = any(part in ROLE_NOUNS or part in TITLE_WORDS for part in role.split("-"))
        if words[k].islower() and titled and looks_like_name(words[k + 1 :]):
            return words[k + 1 :]
    return words


def _office_set_off(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether the mention is a title of an office (``The Secretary of State for Industry and
    Trade``: a title word, then ``of`` or ``for``) set off before a person's name (``, Ann Roe,``),
    which the descriptions resolver gives the name it is apposed to."""
    span = mention_span(ctx, speaker)
    if span is None or span.end + 1 >= len(span.doc):
        return False
    words = [t for t in span if t.lower_ not in _DETERMINERS]
    if (
        len(words) < 3
        or role_of_word(words[0].text) not in TITLE_WORDS
        or words[1].lower_ not in ("of", "for")
    ):
        return False
    comma, name = span.doc[span.end], span.doc[span.end + 1]
    return comma.text == "," and name.ent_type_ == "PERSON" and name.ent_iob_ == "B"


def _title_only(part: str) -> bool:
    """Whether a part of a joint mention is a title with no name: ``former Ohio Gov.``, ``party
    chairman`` (its last word a title or a role noun written short with its dot or in lower
    case; no determiner first, ``the mayor and Ann Lee``, nor an honorific, ``Mr. King and Mr.
    Lee``: those are two)."""
    words = part.split()
    if not words or words[0].lower() in _DETERMINERS or any(_bare(w) in HONORIFIC_TITLES for w in words):
        return False  # "Mr. King and Mr. Lee": two
    last = words[-1]
    written = (last.endswith(".") and _bare(last) in ABBREVIATIONS) or last.islower()
    return written and (role_of_word(last) in TITLE_WORDS or role_of_word(last) in ROLE_NOUNS)


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


_AMPERSAND_BODY = re.compile(r"(?:[A-Z][\w.'’-]*\s)+&(?:\s[A-Z][\w.'’-]*)+")
"""Capitalised words joined by one ``&`` and nothing else: one firm's name (``Heron & Vane``,
``Procter & Gamble``), not two speakers."""


def _tagged_body(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether every word of the speaker's mention is in one organisation entity."""
    span = mention_span(ctx, speaker)
    words = [t for t in span if t.is_alpha] if span is not None else []
    return (
        bool(words)
        and all(t.ent_type_ == "ORG" for t in words)
        and words[0].ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in words[1:])
    )


def _one_body(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether the name with ``and`` in it is one organisation's: the ``and`` inside one
    organisation entity (``the Department of Parks and Recreation``), or one word
    after a name that ends ``of X`` (``the High Court of England and Wales``: one body of two
    places)."""
    span = mention_span(ctx, speaker)
    if span is None or span.root.pos_ != "PROPN":
        return False  # "data collected by the National Oceanic and Atmospheric Administration"
    doc = span.doc
    if any(
        t.lower_ == "and"
        and t.ent_type_ == "ORG"
        and t.ent_iob_ == "I"
        and t.i + 1 < span.end
        and doc[t.i + 1].ent_iob_ == "I"
        for t in span
    ):
        return True
    return _of_places(ctx.entities_between(span.start_char, span.end_char))


def _of_places(entities: Sequence[Span]) -> bool:
    """``the High Court of England`` then ``Wales``: one word after a name ending ``of X``."""
    named = [e for e in entities if e.label_ in ("ORG", "GPE", "PERSON")]
    return any(len(then) == 1 and first[-1].head.lower_ == "of" for first, then in itertools.pairwise(named))


def _joined_bodies(ctx: DocContext, start: int, end: int) -> set[str]:
    """The organisations and places named between chars ``start`` and ``end`` that the parse
    joins by ``and`` to another name there (``the WHO and UNICEF``, ``Blocher and the SVP``),
    without ``the``; none when one word follows a name ending ``of X`` (``the High Court of
    England and Wales`` is one court)."""
    entities = [e for e in ctx.entities_between(start, end) if e.label_ in ("ORG", "GPE", "PERSON")]
    if _of_places(entities):
        return set()  # "the High Court of England and Wales": one body of two places
    roots = {e.root.i for e in entities}
    return {
        without_article(ctx.text[e.start_char : e.end_char])
        for e in entities
        if e.label_ != "PERSON"
        and (
            (e.root.dep_ == "conj" and e.root.head.i in roots)
            or any(c.dep_ == "conj" and c.i in roots for c in e.root.children)
        )
    }


def _undescribed(attributions: Sequence[Attribution]) -> set[str]:
    """The names of the person speakers that lack a description or an affiliation: the only
    ones :func:`_described_alike` can give a role the text introduced them with."""
    return {
        speaker.name
        for attribution in attributions
        for speaker in speakers_of(attribution)
        if speaker.kind is SpeakerKind.PERSON and not (speaker.description and speaker.affiliation)
    }


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


_PLACE_OWNED = re.compile(
    r"^[Tt]he (?:country|nation|kingdom|island|islands|state|region|territory|city)['’]s "
    r"((?:[A-Z][\w.'’-]*\s+)*(?:of\s+(?:the\s+)?)?(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)$"
)
"""A body named after a place's word in the possessive: ``the country's Audit Chamber``."""

_OWNED = re.compile(r"^((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.-]*)(['’]s?\s+[a-z].*)$")
"""A name's possessive, then what it owns in lower case: ``Senator Lee's campaign``."""

_SHORT_NAME = re.compile(r"\((?<=\s\()\s*([A-Z][\w.&-]{1,11})\s*\)")
"""A short name in brackets after a space: `` (SDF)``.  The match opens at the bracket, the space
is looked back at: a pattern that opens with a literal lets ``re`` skip fast to each bracket."""
_NAME_WORD = re.compile(r"^[A-Z][\w'’.&-]*$")
_NAME_JOINERS = frozenset({"of", "and", "for", "to", "on", "the", "de", "du", "des", "del", "in", "&"})
_CALLED_JOINERS = _NAME_JOINERS | {"a", "an", "-"}
"""Lower-case words inside a body's name given after a description: ``Citizens for a Clean Harbor``."""


def _name_before(text: str, short: str) -> str | None:
    """The name ``short`` stands for at the end of ``text``: capitalised words (with ``of``,
    ``and``... inside), from the first whose initial is ``short``'s; None for less than two words.

    ``Yesterday the World Health Organization`` gives ``World Health Organization`` for ``WHO``.
    """
    words = text.split()
    start = len(words)
    while start > 0 and (_NAME_WORD.match(words[start - 1]) or words[start - 1] in _NAME_JOINERS):
        start -= 1
    while start < len(words) and not words[start].startswith(short[0]):
        start += 1
    name = words[start:]
    return " ".join(name) if len(name) >= 2 else None


def defined_short_names(ctx: DocContext) -> dict[str, str]:
    """The short names a document defines, each with the full name it stands for.

    ``the Syrian Democratic Forces (SDF)`` defines ``SDF``; ``the Philippine Institute
    of Volcanology and Seismology (Phivolcs)`` defines ``Phivolcs``.  The full name
    starts with the short name's letter (``the Alliance to Reclaim Our Schools (AROS)``
    is not read from ``Reclaim``); a short name defined for two full names is left out.
    """
    found: dict[str, str | None] = {}
    text = ctx.text
    for match in _SHORT_NAME.finditer(text):
        short = match.group(1)
        before = match.start() - 1  # (the space before the bracket)
        full = _name_before(text[max(0, before - 160) : before], short)
        if full is None or short in full.split():
            continue
        found[short] = full if found.get(short, full) == full else None
    return {short: full for short, full in found.items() if full is not None}


_SHORT_NAME_LABELS = frozenset({"", "PERSON", "ORG"})


def companies_by_short_name(ctx: DocContext) -> dict[str, str]:
    """The companies a document names, by the first words of their name: ``Velarin`` for
    ``Velarin Pharma``, and ``Cedar Row`` for ``Cedar Row Music``, whose short names they are.

    A company is an entity of two words or more whose last word is a body's noun, a word company
    names end with or a legal form (``Salling Group``, ``Patriot Coal`` read as a person's, ``Acme
    Inc``), or an outlet's name (``Fox News``), with no country in it (``Facebook Ireland
    Limited``, a branch, not ``Facebook``).  A first word left out: a country's, a given name or
    an acronym (``China Daily``, ``Ann Lee Homes``), one that opens two companies' names, and one
    that is also in a person's name the text gives (``Ford Motor Company`` beside ``Bill
    Ford``), unless that name is the short name itself (``Cedar Row`` read as a person's).  A
    short name of more words opens the name, and ends in a capitalised word (not ``Bank of``);
    one that opens two companies' names is left out too.
    """
    found: dict[str, str | None] = {}
    persons: set[str] = set()
    for label, entity_words in zip(ctx.entity_labels, entity_name_words(ctx), strict=True):
        if label == "PERSON" and not company_name(entity_words):
            if len(entity_words) > 1:  # (a one-word name may be the short name asked about)
                persons.add(" ".join(entity_words))
            continue
        if entity_words and entity_words[0].lower() == "the":
            entity_words = entity_words[1:]  # "the Nationwide Building Society"
        if len(entity_words) < 2 or label not in _SHORT_NAME_LABELS or not _company_words(entity_words):
            continue
        first = entity_words[0]
        if not first[:1].isupper() or first in COUNTRIES or first in GIVEN_NAMES or first.isupper():
            continue
        name = " ".join(entity_words)
        for end in range(1, len(entity_words)):
            if entity_words[end - 1][:1].isupper():
                short = " ".join(entity_words[:end])
                found[short] = name if found.get(short, name) == name else None
    personal = {word for person in persons if person not in found for word in person.split()}
    return {
        short: name for short, name in found.items() if name is not None and short.split()[0] not in personal
    }


def _company_words(words: tuple[str, ...]) -> bool:
    """Whether a name's words end like a company's or are an outlet's, and hold no country (see
    above)."""
    last = words[-1].lower().rstrip(".")
    return (
        role_of_word(last) in ORG_NOUNS
        or last in BUSINESS_WORDS
        or last in COMPANY_FORMS
        or OutletLexicon.default().canonical(" ".join(words)) is not None
    ) and not any(word in COUNTRIES for word in words)


def _may_shorten(ctx: DocContext, speaker: Speaker, short: str) -> bool:
    """Whether a speaker may be a company's short name ``short``: written so (not ``Democracy for
    America``, whose first word is one), a person's or a body's name in no place's entity
    (``Harrow``, a town, beside ``Harrow Coal``), and no well-known body's own name (``Facebook``)."""
    span = mention_span(ctx, speaker)
    if span is None or speaker.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        return False
    words = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
    return (
        " ".join(t.text for t in words) == short
        and all(t.ent_type_ in _SHORT_NAME_LABELS for t in words)
        and short not in KNOWN_BODIES
    )


def _company_short_name(ctx: DocContext, speaker: Speaker, words: tuple[str, ...]) -> Speaker | None:
    """The company whose name ``speaker`` shortens (``Velarin said`` after ``Velarin Pharma``,
    ``Cedar Row denied`` after ``Cedar Row Music``), under that name; None if it shortens none."""
    short = " ".join(words)
    company = ctx.memo(companies_by_short_name).get(short)
    if company is None or not _may_shorten(ctx, speaker, short):
        return None
    outlet = OutletLexicon.default().canonical(company)
    if outlet is not None:
        return attrs.evolve(speaker, name=outlet, kind=SpeakerKind.OUTLET)
    return attrs.evolve(speaker, name=company, kind=SpeakerKind.ORGANIZATION)


def _and_others(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """``Ruritania and 12 other countries`` as one group, where the mention is the others alone:
    a plural noun with ``other`` right after ``and`` and a named place, body or person (the parser
    may hang the name elsewhere); None for any other mention."""
    span = mention_span(ctx, speaker)
    if span is None or span.start < 2 or speaker.kind is SpeakerKind.GROUP:
        return None
    root = span.root
    doc = span.doc
    if root.tag_ != "NNS" or not any(c.lower_ == "other" and c.dep_ == "amod" for c in root.lefts):
        return None
    name = doc[span.start - 2]
    if doc[span.start - 1].lower_ != "and" or name.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP"):
        return None
    start, _ = _entity_bounds(doc, name.i)
    if doc[start].lower_ == "the":
        start += 1
    return attrs.evolve(speaker, name=doc[start : span.end].text, kind=SpeakerKind.GROUP)


_RUN_JOINERS = frozenset({"and", "of", "for", "to", "-", "–", "&"})
_NOT_IN_RUNS = frozenset({"PERSON", "GPE", "DATE"})


def _whole_body(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """An organisation's name cut short, in full: the ORG entity or proper-noun run it is part of.

    ``Revenue Service`` in ``The Internal Revenue Service website`` is ``Internal Revenue
    Service``; ``African Export`` in ``African Export–Import Bank president`` is the bank (a run
    of capitalised words ending in an organisation noun).  None when the name is already whole.
    """
    span = mention_span(ctx, speaker)
    if span is None or len(span) == 0:
        return None
    doc = span.doc
    start, end = span.start, span.end
    if all(t.ent_type_ == "GPE" for t in span) and start > 1 and doc[start - 1].text == ",":
        return _placed_body(speaker, doc, start - 1)
    for token in span:
        if token.ent_type_ == "ORG":
            ent_start, ent_end = _entity_bounds(doc, token.i)
            start, end = min(start, ent_start), max(end, ent_end)
    while start < end and (
        doc[start].lower_ == "the" or doc[start].is_punct or (doc[start].is_lower and not doc[start].ent_type)
    ):
        start += 1  # nor the description before the name ("the conservative group Harbor Action")
    while end < len(doc) and _in_run(doc, end, 1):
        end += 1
    while start > 0 and _in_run(doc, start - 1, -1):
        start -= 1
    while start < span.start and doc[start].lower_ in _RUN_JOINERS:
        start += 1  # a run stopped by a place or person before its "and": no name opens with it
    for i in range(end - 1, start, -1):
        if doc[i].tag_ == "POS" or (doc[i].text in ("’", "'") and doc[i - 1].text.endswith("s")):
            start = i + 1  # "Turkey's Disaster ... Presidency", "Acme News’ Ann Lee": no owner in it
            break
    if end - start < 2 or (start >= span.start and end <= span.end):
        return None
    dashed = next((t.i for t in doc[start:end] if is_dash(t) or t.text == ":"), end)
    opened = next((t.i for t in doc[start:dashed] if t.text == "("), dashed)
    whole = doc[start:opened]  # "the Regional Flood Response Centre (RFRC": no short name, nor
    # what a dash or a colon goes on with ("the Tax Center - half a point", "Lee: Trust Roe on X":
    # an entity run on past the name)
    if len(whole) < 2:
        return None
    if opened == dashed < end and start > span.start and doc[start - 1].lower_ == "the":
        whole = doc[start - 1 : opened]  # "the Tax Center - half a point": the name as written
    if whole.text == speaker.name or any(t.ent_type_ == "PERSON" for t in whole):
        return None
    if not all(t.ent_type_ == "ORG" for t in whole if t.text[:1].isupper()) and (
        role_of_word(whole[-1].text) not in ORG_NOUNS
    ):
        return None
    sentence = span.sent if span.doc.has_annotation("SENT_START") else span
    if all(t.text[:1].isupper() for t in sentence if t.is_alpha and len(t) > 3):
        return None  # a title-case headline: its capitals join no names
    return attrs.evolve(speaker, name=whole.text, kind=SpeakerKind.ORGANIZATION)


def _person_named(people: People, body: Speaker) -> Person | None:
    """The person of the text whose name (or surname) a proper-noun run read as a body's is,
    as the text wrote it: ``Okafor-Nash`` after ``Deirdre Okafor-Nash``; None for a body's
    name (``Ford Motor Company``)."""
    words = name_words(body.name)
    if body.mention is None or not _personal_words(words):
        return None
    return people.resolve(words, body.mention.start, None, fuzzy=False)


_BEFORE_HYPHEN = re.compile(r"(?<![\w-])[A-Z][^\W\d_]*-\Z")
"""A capitalised word and a hyphen right before a mention: ``Tremblay-`` of ``Tremblay-Okoro``."""


def _hyphen_joined(ctx: DocContext, speaker: Speaker, words: tuple[str, ...]) -> tuple[str, ...]:
    """A one-word name the parser cut from the word it is hyphen-joined to, whole: ``Okoro``
    written ``Tremblay-Okoro``, the double surname of ``Hélène Tremblay-Okoro``; ``words``
    otherwise."""
    assert speaker.mention is not None
    start = speaker.mention.start
    if len(words) != 1 or not ctx.text.startswith(words[0], start):
        return words
    found = _BEFORE_HYPHEN.search(ctx.text, max(0, start - 40), start)
    return (found.group() + words[0],) if found is not None else words


def _personal_words(words: tuple[str, ...]) -> bool:
    """Whether a name's words may be a person's: shaped like a name, not like a body's."""
    return looks_like_name(words) and not _body_shaped(words) and not _named_body(words)


def _placed_body(speaker: Speaker, doc: Doc, comma: int) -> Speaker | None:
    """The body a place after a comma belongs to: ``the University of California, Los Angeles``.

    A body's short name in brackets before the comma (``the Parliament of Ontario (PO), Canada``)
    makes the place a mere locator: the speaker is the body alone.
    """
    before = comma - 1
    bracketed = doc[before].text == ")" and before >= 2 and doc[before - 2].text == "("
    owner = before - 3 if bracketed else before
    if owner < 0 or doc[owner].ent_type_ != "ORG":
        return None
    ent = doc[slice(*_entity_bounds(doc, owner))]
    name = ent[1:] if ent[0].lower_ == "the" else ent
    if len(name) < 2:
        return None
    full = name.text if bracketed else f"{name.text}, {speaker.name}"
    return attrs.evolve(speaker, name=full, kind=SpeakerKind.ORGANIZATION)


def _entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token bounds of the entity ``doc[i]`` is part of, read from the IOB tags
    (``doc.ents`` builds every entity's Span on each call)."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _in_run(doc: Doc, i: int, step: int) -> bool:
    """Whether ``doc[i]`` continues a run of capitalised proper nouns (a joiner between two counts)."""
    token = doc[i]
    if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in _NOT_IN_RUNS:
        return True
    after = i + step
    return (
        token.lower_ in _RUN_JOINERS
        and 0 <= after < len(doc)
        and doc[after].pos_ == "PROPN"
        and doc[after].text[:1].isupper()
        and not (token.text in ("-", "–") and token.whitespace_)  # "Export–Import", not "Bank - Ford"
    )


_NOT_SPEAKERS = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
_NUMBERING = frozenset({"no", "no.", "nos", "number"})


def _without_site_speaker(ctx: DocContext, attribution: Attribution) -> Attribution:
    """``attribution`` without its speaker when that is a building or site read as a person.

    ``Hagia Sophia``, ``Capitol Hill`` (FAC entities) are where something happened, not who
    spoke; the record keeps no speaker rather than a wrong one.  A place that stands for the body
    in it or running it (``Tbilisi City Hall``, ``Heathrow Airport``: :func:`speaking_place`) keeps
    its speaker, which :meth:`NameResolver.named` makes that body, an organisation.
    """
    speaker = attribution.speaker
    if speaker is None or speaker.kind is not SpeakerKind.PERSON or pronoun_of(speaker) is not None:
        return attribution
    span = mention_span(ctx, speaker)
    if span is None or not _is_entity(span, "FAC") or speaking_place(speaker.name):
        return attribution  # (a speaking place is retyped by NameResolver.named)
    return attrs.evolve(attribution, speaker=None)


_SPEAKING_PLACES = phrases("speaking_places")
_PLACE_KINDS = (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.UNKNOWN)
"""The kinds a tagger gives a place's name (a building read as a person's, ``Downing Street``)."""


def speaking_place(name: str) -> bool:
    """Whether ``name`` is a place that stands for the body in it or running it: a capitalised name
    that ends with a name of lexicons/speaking_places.txt.

    >>> speaking_place("Tbilisi City Hall"), speaking_place("Downing Street"), speaking_place("Luton Airport")
    (True, True, True)
    >>> speaking_place("Hagia Sophia"), speaking_place("Hall"), speaking_place("the airport")
    (False, False, False)
    """
    words = name.split()
    return any(
        " ".join(words[-size:]).casefold() in _SPEAKING_PLACES
        and all(word[:1].isupper() or word.isdigit() for word in words[-size:])
        for size in (1, 2, 3)
        if size <= len(words)
    )


def _is_entity(span: Span, label: str) -> bool:
    """Whether every word of ``span`` (a leading ``the`` aside) is in an entity labelled ``label``."""
    return all(t.ent_type_ == label for t in span if not t.is_punct and t.lower_ != "the")


_LAW_NOUN = re.compile("|".join(re.escape(noun) for noun in sorted(LAW_NOUNS)) or "(?!)")
"""Any of :data:`LAW_NOUNS` anywhere in a text (one search, not one for each noun)."""


def _law(ctx: DocContext, speaker: Speaker) -> Speaker | None:
    """A law or treaty as the source, named in full and of no speaker kind, or None.

    ``Republic Act No. 3846 states``, ``the United States Constitution says``: a text, like
    a report, not a person or organisation; its name keeps its number.
    """
    span = mention_span(ctx, speaker)
    if span is None:
        return None
    written = ctx.text[span.start_char : span.end_char].lower()
    if not _LAW_NOUN.search(written):
        return None  # the last word (of the mention's own) must be a law noun: the usual mention has none
    doc = span.doc
    end = span.end
    while end < min(len(doc), span.end + 3) and (
        doc[end].like_num or doc[end].lower_ in _NUMBERING or doc[end].text == "."
    ):
        end += 1  # "Republic Act No. 3846": the mention stopped at "No"
    while end > span.end and not doc[end - 1].like_num:
        end -= 1
    words = [
        t for t in doc[span.start : end] if not t.is_punct and not t.like_num and t.lower_ not in _NUMBERING
    ]
    if len(words) < 2 or not words[-1].text[:1].isupper() or words[-1].lower_ not in LAW_NOUNS:
        return None
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    return attrs.evolve(speaker, name=doc[start:end].text, kind=SpeakerKind.UNKNOWN)


def _described_as_body(speaker: Speaker) -> bool:
    """Whether the speaker's description ends in a noun that says a company (``The auto-parts
    maker``, ``the retailer``: :func:`~quotrack.people.company_noun`) or another body, and no
    person (``The environmental group``)."""
    described = (speaker.description or "").split()
    if not described:
        return False
    return company_noun(described[-1].lower()) or _body_head(described)


def _body_head(described: list[str]) -> bool:
    """Whether a body noun heads a description: its last word before any preposition or comma, in
    lower case (``a regional savings bank in northern Sweden``; ``a member of the club's board``
    is a person, and so is ``the chairwoman of the Democratic Party``)."""
    final = described[-1] if described else ""
    if final.islower() and is_person_noun(role_of_word(final)):
        return False  # "board of education superintendent": a person's role ends it
    # the words up to the first preposition, or up to and with the first word a comma ends
    cut = next((i for i, w in enumerate(described) if w.lower() in _PREPOSITIONS or w.endswith(",")), None)
    if cut is not None and described[cut].endswith(","):
        cut += 1
    phrase = described[:cut]
    last = phrase[-1].rstrip(",") if phrase else ""
    return last.isalpha() and last.islower() and len(last) > 2 and body_noun(role_of_word(last))


_PREPOSITIONS = frozenset({"of", "at", "for", "in", "with", "from", "to", "on", "by"})


def _retyped(ctx: DocContext, speaker: Speaker, words: tuple[str, ...]) -> Speaker:
    """``speaker`` with the kind its name's shape gives, when no person in the text bears the name.

    A well-known body's one-word name (``Facebook``, ``Time``: lexicons/known_bodies.txt) takes
    its kind; a country's (``Nigeria``) is its government, an organisation; a name written like
    a body (``NEOC``, ``TVN24``, ``Highway Patrol``, a place) is an organisation; an event or
    work is no one (``unknown``); a given name then a surname (``Ann Brook``) is a person; members
    of a party or a family written as a plural name (``Democrats``, ``the Harlows``) are a group.
    """
    kind = speaker.kind
    known = KNOWN_BODIES.get(words[0]) if len(words) == 1 else None
    if known is not None and kind is not SpeakerKind.OUTLET:
        kind = SpeakerKind(known)
    elif kind is not SpeakerKind.OUTLET and _members_named(ctx, speaker):
        kind = SpeakerKind.GROUP
    elif kind is SpeakerKind.PERSON and len(words) == 1 and words[0] in COUNTRIES:
        kind = SpeakerKind.ORGANIZATION
    elif kind is SpeakerKind.PERSON:
        span = mention_span(ctx, speaker)
        label = span.root.ent_type_ if span is not None and speaker.name == span.text else ""
        if label in _NOT_SPEAKERS:
            kind = SpeakerKind.UNKNOWN
        elif label in ("GPE", "ORG") or (
            words and (_body_shaped(words) or role_of_word(words[-1]) in ORG_NOUNS or company_name(words))
        ):
            kind = SpeakerKind.ORGANIZATION
    elif kind in (SpeakerKind.ORGANIZATION, SpeakerKind.UNKNOWN) and personal_name(words):
        kind = SpeakerKind.PERSON
    elif kind is SpeakerKind.UNKNOWN and company_name(words) and all(w[:1].isupper() for w in words):
        kind = SpeakerKind.ORGANIZATION  # "Sahraa Properties", tagged nothing (not "FEC records")
    elif (
        kind is SpeakerKind.ORGANIZATION
        and len(words) == 1
        and (_apposed_person(ctx, speaker) or _reflexive_person(ctx, speaker))
    ):
        kind = SpeakerKind.PERSON  # "Lee, a loyal ally," or "Lee compared himself to …", tagged ORG
    return speaker if kind is speaker.kind else attrs.evolve(speaker, kind=kind)


_PERSONAL_REFLEXIVES = frozenset({"himself", "herself"})


def _reflexive_person(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether the speaker's one-word name is the subject of a verb that takes ``himself`` or
    ``herself`` (``Halvorsen compared himself to the mayor``): a person, whatever the tagger said."""
    span = mention_span(ctx, speaker)
    if span is None or len(span) != 1 or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    stack = [c for c in verb.children if c.dep_ not in _CLAUSAL and c.i != span.root.i]
    while stack:
        token = stack.pop()
        if token.lower_ in _PERSONAL_REFLEXIVES:
            return True
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSAL)
    return False


def _apposed_person(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether the speaker's one-word name has a word for a person apposed (``Halvorsen, a loyal
    ally of the mayor,``; ``ally``, not ``maker`` or ``firm``, lexicons role_nouns and org_nouns)."""
    span = mention_span(ctx, speaker)
    if span is None or len(span) != 1:
        return False
    apposed = next((c for c in span.root.rights if c.dep_ == "appos"), None)
    if apposed is None or apposed.pos_ != "NOUN":
        return False
    role = role_word(apposed)
    return role in ROLE_NOUNS and role not in ORG_NOUNS


def _members_named(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether a name is the plural of a party member's (``Democrats``, lexicons/partisan_nouns.txt)
    or, after ``the``, of a surname a person of the text bears (``the Harlows``)."""
    written = speaker.name.split()
    plural = written[-1]
    if len(written) > 2 or not plural.endswith("s") or not plural[:1].isupper() or plural.isupper():
        return False
    if len(written) == 1:
        return plural[:-1].lower() in _PARTISANS
    return written[0].lower() == "the" and ctx.memo(People.build).knows_word(plural[:-1])


_PARTISANS = words("partisan_nouns")


def _named_body(words: tuple[str, ...]) -> bool:
    """A name ending in an organisation noun, not opening with a given name: ``Florida Highway Patrol``."""
    return len(words) > 1 and role_of_word(words[-1]) in ORG_NOUNS and words[0] not in GIVEN_NAMES


def _body_words(words: tuple[str, ...]) -> bool:
    return bool(words) and (_body_shaped(words) or role_of_word(words[-1]) in ORG_NOUNS)


def _body_shaped(words: tuple[str, ...]) -> bool:
    """One word written like an acronym or a brand: ``NEOC``, ``TVN24``, ``Znak.com``."""
    if len(words) != 1:
        return False
    word = words[0].removeprefix("the ")
    return (word.isupper() and len(word) > 1) or any(c.isdigit() for c in word) or "." in word.rstrip(".")


_ONE_KIND = (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET)


def _one_kind(attributions: list[Attribution]) -> list[Attribution]:
    """One kind for each name throughout the document: an outlet's if any, else the commonest."""
    seen: dict[str, Counter[SpeakerKind]] = {}
    for attribution in attributions:
        for speaker in speakers_of(attribution):
            if speaker.kind in _ONE_KIND:
                seen.setdefault(speaker.name.casefold(), Counter())[speaker.kind] += 1
    chosen = {
        name: SpeakerKind.OUTLET if SpeakerKind.OUTLET in kinds else kinds.most_common(1)[0][0]
        for name, kinds in seen.items()
        if len(kinds) > 1
    }
    if not chosen:
        return attributions

    def agree(speaker: Speaker) -> Speaker:
        kind = chosen.get(speaker.name.casefold())
        if kind is None or speaker.kind is kind or speaker.kind not in _ONE_KIND:
            return speaker
        return attrs.evolve(speaker, kind=kind)

    return [map_speakers(a, agree) for a in attributions]


def _may_be_misspelt(ctx: DocContext, speaker: Speaker, words: tuple[str, ...]) -> bool:
    """A person, or a name written once only (a place named again and again is no typo)."""
    return speaker.kind is SpeakerKind.PERSON or ctx.text.count(words[-1]) == 1
