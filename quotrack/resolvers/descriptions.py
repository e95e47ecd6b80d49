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

import re
from collections.abc import Iterable, Sequence

import attrs
import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind, TextSpan, replaced
from ..outlets import LISTENER_CUES
from ..parsing import dateline_credit
from ..people import (
    COMPANY_FORMS,
    COUNTRIES,
    DOCUMENT_NOUNS,
    GIVEN_NAMES,
    ORG_NOUNS,
    PEOPLE_SUBJECT_PRONOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    TITLE_WORDS,
    People,
    company_name,
    company_noun,
    entity_name_words,
    headline_paragraphs,
    is_body_name,
    is_people_noun,
    is_person_entity,
    is_person_noun,
    is_unresolved,
    looks_like_name,
    map_speakers,
    mention_span,
    name_words,
    personal_name,
    preposition_object,
    pronoun_of,
    role_of_word,
    role_word,
    speakers_of,
    without_article,
    without_leading_article,
    without_possessive,
)
from ..syntax import (
    ENTITY_KINDS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    SUBJECT_DEPS,
    WRITING_NOUNS,
    based_in,
    is_age_description,
    is_counted_share,
    is_share,
    noun_phrase,
)
from ..wordlists import labels as word_labels
from ..wordlists import table as word_table
from ..wordlists import words as word_list
from .antecedents import (
    DEFINITE,
    PLACE_NOUNS,
    Antecedent,
    LazyIndex,
    apposed_descriptions,
    apposed_names,
    apposed_titles,
    body_named_with_noun,
    body_of_kind,
    described_bodies,
    description_key,
    entity_index,
    latest,
    named_by_run,
    named_in_full,
    organisations,
    plural_noun,
    qualifiers_of,
    speaker_antecedent,
)
from .base import Resolver
from .described_persons import (
    PARTISANS,
    charged,
    headline_title,
    named_in_lead,
    named_next,
    possessor_surname,
    story_person,
    topic_person,
)
from .joint_sources import bodies_together, joint_body, jointly_named
from .writings import (
    AD_NOUNS,
    FILINGS,
    RESEARCH_WRITINGS,
    ad_sponsor,
    authors_of_the_writing,
    described_team,
    issuing_speaker,
    lead_author,
    named_poll,
    own_source,
    owning_entity,
    research_authors,
    share_poll,
    writing_authors,
    writing_issuer,
    writing_teller,
)


class DescriptionResolver(Resolver):
    """Resolves definite descriptions to who they describe; types unnamed sources."""

    name = "descriptions"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        # by each word that describes them (a copy: the speakers below join it), read at the first look-up
        antecedents = LazyIndex(ctx)
        speakers = sorted(
            {s for a in attributions for s in speakers_of(a) if s.mention is not None},
            key=lambda s: (s.mention.start if s.mention else 0, s.name),
        )
        added = {s for a in attributions if _adding(ctx, a) for s in speakers_of(a)}
        resolved: dict[Speaker, Speaker] = {}
        notes: dict[Speaker, str] = {}  # the evidence that named a description, for its explanation
        previous: Speaker | None = None
        joint: list[Speaker] = []  # speakers that are two bodies named together, in text order
        dropped: set[Speaker] = set()  # a bare "Others" or "Some" that counts no one named before
        for speaker in speakers:
            counted = _counted_group(ctx, speaker)
            if counted is not None:  # "some protesters chanted …. Others shouted": protesters
                if counted and speaker.name.lower() == "one":  # "Fans wrote in. '…,' one wrote"
                    notes[speaker] = f"one of the people named just before, '{counted}'"
                    resolved[speaker] = attrs.evolve(
                        speaker, name=_one_of(counted), kind=SpeakerKind.UNNAMED, description="one"
                    )
                elif counted:
                    notes[speaker] = f"the people '{speaker.name}' counts, named just before"
                    resolved[speaker] = attrs.evolve(
                        speaker, name=counted, kind=SpeakerKind.UNNAMED, description=speaker.name
                    )
                else:
                    dropped.add(speaker)
                continue
            current = _without_time(ctx, speaker) or speaker  # "the official report yesterday"
            new = (
                _poll(ctx, current, notes)
                or _respondents(ctx, current, notes)
                or jointly_named(ctx, current)
                or self._described(ctx, current, antecedents, notes, resolved.values())
            )
            if current is not speaker and current in notes:
                notes[speaker] = notes.pop(current)
            if previous is not None and new.kind is SpeakerKind.UNNAMED:
                if speaker in added:
                    new = _adding_to(ctx, new, previous) or new
                else:
                    new = _this_one(ctx, new, previous) or new
            if new.name == speaker.name and joint:
                new = joint_body(ctx, new, joint) or new
            if new.kind is SpeakerKind.ORGANIZATION and without_article(new.name).islower():
                new = named_by_run(ctx, new, notes, speaker) or new  # "the fire service"
            resolved[speaker] = new
            previous = new
            together = bodies_together(ctx, new)
            if together is not None:
                joint.append(together)
            antecedent = speaker_antecedent(ctx, new)
            if antecedent is not None:
                antecedents.add(antecedent)
        for speaker, new in list(resolved.items()):
            titled = headline_title(ctx, new, resolved.values()) if new.kind is SpeakerKind.PERSON else None
            if titled is not None:  # "Lorne apologizes; Justice vows …": Ada Lorne
                notes[speaker] = f"the one person the headline names, for its bare title '{new.name}'"
                resolved[speaker] = attrs.evolve(new, name=titled, description=new.name)
                continue
            lead = named_in_lead(ctx, new, resolved.values()) if new.kind is SpeakerKind.UNNAMED else None
            if lead is not None:  # "Former rival says A. / A, predicted Ann Roe, …": Ann Roe
                notes[speaker] = (
                    f"the one person the story's opening paragraphs quote, for the headline's '{new.name}'"
                )
                resolved[speaker] = attrs.evolve(new, name=lead, kind=SpeakerKind.PERSON)
        for speaker, new in resolved.items():
            if _several_unnamed(ctx, new):  # "officials", "Some activists": a group, unnamed
                resolved[speaker] = attrs.evolve(new, kind=SpeakerKind.GROUP)
            elif (described := _indefinite_description(ctx, new)) is not None:
                resolved[speaker] = attrs.evolve(new, kind=described)  # "A pro-Lee super PAC"
            elif _people_in_the_plural(ctx, new) or _group_of_people(ctx, new):  # "Many opponents"
                resolved[speaker] = attrs.evolve(new, kind=SpeakerKind.GROUP)
        out = [map_speakers(a, lambda s: without_leading_article(resolved.get(s, s))) for a in attributions]
        if dropped:  # "Others said A" with no people before them: no source given
            out = [_unsourced(a) if a.speaker in dropped else a for a in out]
        if notes:
            out = [_noted(self.name, old, new, notes) for old, new in zip(attributions, out, strict=True)]
        return [_headline_unsourced(ctx, a, out) for a in out]

    def _described(
        self,
        ctx: DocContext,
        speaker: Speaker,
        antecedents: dict[str, list[Antecedent]],
        notes: dict[Speaker, str],
        before: Iterable[Speaker],
    ) -> Speaker:
        if speaker.kind is SpeakerKind.OUTLET or not is_unresolved(speaker) or pronoun_of(speaker):
            return speaker
        span = mention_span(ctx, speaker)
        if span is None:
            return speaker
        pair = apposed_pair(ctx, span)
        if pair is not None:  # "The study's lead authors, Ann Roe and Tom Lee,": the two as a group
            notes[speaker] = f"the two people named beside '{span.text}'"
            written = speaker.description or span.text
            return attrs.evolve(
                speaker, name=" and ".join(pair), kind=SpeakerKind.GROUP, members=pair, description=written
            )
        apposed = _apposed_person(ctx, span) or _named_before(ctx, span) or _apposed_to_name(ctx, span)
        if apposed is not None:  # "The Vice President, Ann Roe, said": the person named beside it
            notes[speaker] = f"the person named beside '{span.text}'"
            return attrs.evolve(
                speaker, name=apposed, kind=SpeakerKind.PERSON, description=speaker.description or span.text
            )
        described_one = _one_described(span)
        if described_one is not None:  # "One of them, a jeepney driver, said": that one person, described
            notes[speaker] = f"the one of '{span.text}' described beside it"
            written = described_one.text
            return attrs.evolve(speaker, name=written, kind=SpeakerKind.UNNAMED, description=written)
        source = own_source(ctx, span)
        if source is not None:  # "the WHO report", "the Harwick College study": the source it names
            notes[speaker] = f"the source named in '{span.text}'"
            return attrs.evolve(speaker, name=source.name, kind=source.kind, description=span.text)
        organiser = _organiser(ctx, span)
        if organiser is not None:  # "a rally organized by Acme … Organizers of the rally said": Acme
            notes[speaker] = f"who the text said organised what '{span.text}' names"
            return attrs.evolve(speaker, name=organiser.name, kind=organiser.kind, description=span.text)
        if _indefinite_title(span):  # "One MP", "a Senator": someone described, not named
            titled = speaker.description or span.text
            return attrs.evolve(speaker, kind=SpeakerKind.UNNAMED, description=titled)
        title = _title_alone(span)  # "The President", "the Prime Minister"
        body = _body_alone(span)
        if body is not None:  # "The Department": the department the text named in full before
            assert speaker.mention is not None
            found = latest(ctx, antecedents.get(body, []), speaker.mention.start, body, span)
            if found is None or without_article(found.name).lower() == body:  # "the Senate" is "Senate"
                return speaker
            return attrs.evolve(speaker, name=without_article(found.name), kind=found.kind)
        body_next = _body_named_next(ctx, span)
        if body_next is not None:  # "…, the trade ministry said. The Ministry of Trade, Industry … said"
            notes[speaker] = f"the body the next sentences name for '{span.text}'"
            written = speaker.description or span.text
            return attrs.evolve(speaker, name=body_next.name, kind=body_next.kind, description=written)
        if (not _common_noun(span.root) and not title) or span.root.ent_type_:
            partisan = span.root.lower_ in PARTISANS and span[0].lower_ in DEFINITE
            aged = is_age_description(span.root)  # "Ann Roe … The 31-year-old said": Ann Roe
            topic = topic_person(ctx, span, once=aged) if partisan or aged else None
            if topic is not None:  # "Ann Roe … The Vermont Democrat said": Ann Roe
                notes[speaker] = f"the one person named in the sentences before '{span.text}'"
                written = speaker.description or span.text
                return attrs.evolve(speaker, name=topic, kind=SpeakerKind.PERSON, description=written)
            return speaker
        head = role_word(span.root)
        if head in AD_NOUNS and span.root.i == span.end - 1:
            sponsor = ad_sponsor(ctx, span) if span[0].lower_ in DEFINITE else owning_entity(ctx, span)
            if sponsor is not None:  # "an ad from Acme PAC … The ad concludes": Acme PAC's
                sponsor = _in_full(ctx, sponsor, span)  # "Lee's ad": Ann Lee's
                notes[speaker] = f"who the text said sponsored '{span.text}'"
                written = speaker.description or span.text
                return attrs.evolve(speaker, name=sponsor.name, kind=sponsor.kind, description=written)
        if head in DOCUMENT_NOUNS or head in FILINGS or _writing_as_written(span.root):
            teller = writing_teller(ctx, span)
            if teller is not None:  # "In a tale he often told, …": his (the pronouns resolver's)
                notes[speaker] = f"who told or wrote '{span.text}'"
                return _told_by(ctx, speaker, span, teller)
            owned = any(c.dep_ == "poss" or c.lower_ in ("by", "from") for c in span.root.children)
            definite = span[0].lower_ in DEFINITE and not owned
            lead = ctx.memo(lead_author) if definite and head in RESEARCH_WRITINGS else None
            if lead is not None:  # "Lead author Ann Roe said … According to the study": hers
                notes[speaker] = f"the lead author the text names for '{span.text}'"
                writing = speaker.description or span.text
                return attrs.evolve(speaker, name=lead.name, kind=lead.kind, description=writing)
            issuer = writing_issuer(ctx, span, head) if span[0].lower_ in DEFINITE and not owned else None
            if issuer is None and span[0].lower_ in DEFINITE and not owned:
                # "Roe's office said in a written statement … The statement added"
                issued = issuing_speaker(ctx, span, head, before)
                if issued is not None and (issued.kind is SpeakerKind.UNKNOWN or pronoun_of(issued)):
                    issued = None  # not "he", not yet read
                issuer = issued
            if issuer is None and owned:  # "The hotel's website": the hotel the text named
                issuer = _described_owner(ctx, span, antecedents)
            if issuer is None and owned:  # "Acme's website's latest result": Acme
                issuer = owning_entity(ctx, span)
            if issuer is None and not owned and span[0].lower_ in DEFINITE:
                authors = ctx.memo(writing_authors).get(head) or research_authors(ctx, head)
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
            if issuer is None and owned:  # "Estimates by march organizers": the organisers
                maker = _described_maker(span)
                if maker is not None:
                    notes[speaker] = f"who '{span.text}' is by"
                    writing = speaker.description or span.text
                    return attrs.evolve(speaker, name=maker, kind=SpeakerKind.UNNAMED, description=writing)
            if issuer is None and definite and head in RESEARCH_WRITINGS:
                team = described_team(ctx, span)
                if team is not None:  # "Researchers from Acme University … According to the study"
                    notes[speaker] = f"the researchers the text describes for '{span.text}'"
                    return attrs.evolve(speaker, name=team.name, kind=team.kind, description=team.description)
            if issuer is None:
                return speaker
            # "Ford said in a filing … According to the filing": Ford's
            notes[speaker] = f"who the text said issued '{span.text}'"
            issuer = _in_full(ctx, issuer, span)  # "the judge's statement": Lorne's, Ada Lorne
            writing = speaker.description or span.text
            return attrs.evolve(
                speaker, name=issuer.name, kind=issuer.kind, members=issuer.members, description=writing
            )
        assert speaker.mention is not None
        if _another(span):
            # "The second official": not the official quoted before, but one introduced as another
            others = [a for a in antecedents.get(head, []) if _ANOTHER & set(a.speaker.name.lower().split())]
            found = latest(ctx, others, speaker.mention.start, head, span, title) if others else None
            if found is not None:  # "another unnamed GOP official … said the second official"
                notes[speaker] = f"the one introduced as another before '{span.text}'"
                return attrs.evolve(speaker, name=found.name, kind=found.kind, description=span.text)
            one = speaker.kind is SpeakerKind.UNKNOWN and is_person_noun(head) and not plural_noun(span.root)
            return attrs.evolve(speaker, kind=SpeakerKind.UNNAMED) if one else speaker
        bare_body = len(span) == 1 and head in ORG_NOUNS  # "Police said": the police the text named
        if span[0].lower_ in DEFINITE or bare_body:
            found = latest(ctx, antecedents.get(head, []), speaker.mention.start, head, span, title)
            if len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ == "campaign":
                found = _campaign_named(ctx, span) or found  # "the Roe campaign … the campaign said"
            if found is None and head in _PORTFOLIO_TITLES and qualifiers_of(span.text):
                at = speaker.mention.start  # "the foreign minister": Foreign Secretary X
                for other in sorted(_PORTFOLIO_TITLES - {head}):
                    holders = antecedents.get(other, [])
                    found = found or latest(ctx, holders, at, other, span, True, strict=True)
            if found is None and span[0].lower_ in DEFINITE:
                found = _just_named_organisation(ctx, span, head, before)
            if found is None and span[0].lower_ in DEFINITE and head in ORG_NOUNS:
                found = body_of_kind(ctx, span, head)  # "X is the largest broadcasting company … the network"
            if found is None and span[0].lower_ in DEFINITE and head in ORG_NOUNS:
                found = body_named_with_noun(ctx, span, head)  # "the charity Mare Solidale … the charity"
            if found is None and len(span) == 2 and span[0].lower_ == "the" and head in _COMPANY_ANAPHORS:
                found = _the_one_company(ctx, span)  # "Alpenhof Confiserie AG cut … , the company said"
            fuller = _fuller_description(ctx, span, head, antecedents.get(head, []))
            if fuller is None and found is None:  # "Peru's transport ministry … The ministry said"
                fuller = _fuller_description(ctx, span, head, antecedents.get(head, []), far=True)
            if fuller is not None:  # "Ruritania's foreign ministry replied. … the ministry said"
                notes[speaker] = f"the body the sentence before describes in full, '{fuller}'"
                written = speaker.description or span.text
                return attrs.evolve(speaker, name=fuller, kind=SpeakerKind.ORGANIZATION, description=written)
            if found is not None:
                if head in PLACE_NOUNS and found.kind is SpeakerKind.ORGANIZATION:
                    notes[speaker] = f"the one place the text calls 'the {head} of …'"
                return attrs.evolve(
                    speaker,
                    name=found.name,
                    kind=found.kind,
                    description=speaker.description or found.description,
                    affiliation=speaker.affiliation or found.affiliation,
                )
        later = _titled_later(ctx, span, head, antecedents, speaker.mention.start)
        if later is not None:  # "the province's governor promised A … Regional governor Ann Roe said"
            notes[speaker] = f"the one person the text gives the title '{head}', named later"
            return attrs.evolve(
                speaker, name=later.name, kind=later.kind, description=speaker.description or span.text
            )
        if title and span[0].lower_ in DEFINITE and span[0].is_title:
            # "The Prime Minister, Helen Ashby, … The Prime Minister said": Helen Ashby
            named = ctx.memo(apposed_titles).get(tuple(t.lower_ for t in span[1:]), set())
            why = f"the one person the text gives the title '{span[1:].text}' beside their name"
        elif span[0].lower_ in DEFINITE or span[0].lower_ in POSSESSIVES:
            named = ctx.memo(apposed_names).get(head, set())
            why = f"the one person the text calls '{head}' ('…, the {head},', '… is the {head}')"
        elif any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in span.root.children):
            # "Lee's campaign manager, Tom Roe, … Lee's campaign manager said": Tom Roe
            named = ctx.memo(apposed_descriptions).get(description_key(span), set())
            why = f"the one person the text sets beside '{span.text}'"
        else:
            named, why = set(), ""
        if len(named) == 1 and not plural_noun(span.root):  # (not "her aides": several people)
            # "his surviving father says ... said his father, Abdullah Kurdi": the one person so described
            notes[speaker] = why
            return attrs.evolve(
                speaker,
                name=next(iter(named)),
                kind=SpeakerKind.PERSON,
                description=speaker.description or speaker.mention.text,
            )
        if span.root.lower_ in _MEDIA_NOUNS:  # "state media", "local news outlets": outlets left unnamed
            return attrs.evolve(speaker, kind=SpeakerKind.OUTLET)
        in_full = named_in_full(ctx, span)
        if in_full is not None:  # "Day's animal foundation": the Doris Day Animal Foundation
            return attrs.evolve(speaker, name=in_full, kind=SpeakerKind.ORGANIZATION)
        authors = authors_of_the_writing(ctx, span)
        if authors is not None:  # "The study was a project between Ann Roe and Tom Lee … The researchers"
            notes[speaker] = f"the source the text names for the research of '{span.text}'"
            return attrs.evolve(
                speaker,
                name=authors.name,
                kind=authors.kind,
                members=authors.members,
                description=authors.description or speaker.description or span.text,
            )
        if head in ORG_NOUNS and plural_noun(span.root):
            kind = SpeakerKind.UNNAMED  # "aid agencies", "the authorities": several, unnamed
        elif head in ORG_NOUNS:
            kind = SpeakerKind.ORGANIZATION
        elif _someone_noun(span.root):
            topic = topic_person(ctx, span)
            if topic is not None:  # "Ann Roe would not say … The minority leader said": Ann Roe
                notes[speaker] = f"the one person named in the sentences before '{span.text}'"
                written = speaker.description or span.text
                return attrs.evolve(speaker, name=topic, kind=SpeakerKind.PERSON, description=written)
            following = named_next(ctx, span)
            if following is not None:  # "The woman accused of … told police A. Ann Roe, 24, was charged"
                notes[speaker] = f"the person the sentence after '{span.text}' opens with, named first there"
                written = speaker.description or span.text
                return attrs.evolve(speaker, name=following, kind=SpeakerKind.PERSON, description=written)
            main = story_person(ctx, span)
            if main is not None:  # "The former chief executive said" in a story of Ann Roe: Ann Roe
                notes[speaker] = f"the one person the story names most, for '{span.text}'"
                written = speaker.description or span.text
                return attrs.evolve(speaker, name=main, kind=SpeakerKind.PERSON, description=written)
            kind = SpeakerKind.UNNAMED
        else:
            named_so = _named_with(ctx, span) if span[0].lower_ in DEFINITE else None
            if named_so is not None:  # "The Hotel Arpit Palace … the hotel said"
                return attrs.evolve(speaker, name=named_so.name, kind=named_so.kind)
            return speaker  # "the ad", "the election": no one
        affiliation = speaker.affiliation or (
            preposition_object(span) if kind is SpeakerKind.UNNAMED else None
        )
        description = speaker.description or (speaker.mention.text if kind is SpeakerKind.UNNAMED else None)
        return attrs.evolve(speaker, kind=kind, description=description, affiliation=affiliation)


def _one_described(span: Span) -> Span | None:
    """The description set beside ``One of them`` or ``one of the protesters`` that tells which
    one (``, a retired teacher,``): a singular noun for a person.  None where there is none."""
    root = span.root
    if root.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    for child in root.children:
        if child.dep_ == "appos" and child.tag_ == "NN" and _someone_noun(child):
            start, end = noun_phrase(child)  # (no clause after it: ", a driver who asked not to be named,")
            return child.doc[start:end]
    return None


_WHO = frozenset({"who", "whom", "whose"})


def _someone_noun(noun: Token) -> bool:
    """Whether ``noun`` is a word for someone: a person's role by the word lists, a noun a
    ``who`` clause describes (:func:`described_by_who`), or one the courts accuse (``a seafood
    trader accused of …``: :func:`~quotrack.resolvers.described_persons.charged`)."""
    return is_person_noun(role_word(noun)) or described_by_who(noun) or charged(noun)


def described_by_who(noun: Token) -> bool:
    """Whether a noun, which no word list need give as a person's role, has a relative clause on
    ``who``, which only a person takes (``A broker, who asked not to be named,``: a broker is
    someone), hung on the noun or, as the parser may hang it, on a place named in its words (``A
    broker in Brno, who``).

    >>> import spacy
    >>> doc = spacy.blank("en")("a grower who asked")
    >>> doc[1].pos_, doc[1].dep_, doc[2].dep_, doc[2].head = "NOUN", "ROOT", "nsubj", doc[3]
    >>> doc[3].dep_, doc[3].head = "relcl", doc[1]
    >>> described_by_who(doc[1])
    True
    """
    places = _places_described(noun)  # ("A broker in Brno, who", "An exporter based in Tamatave, who")
    counted = _of_object(noun)  # ("a handful of voters who …": a number of people, no one)
    return (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and (counted is None or counted.tag_ not in ("NNS", "NNPS"))
        and any(  # (no name: "Ann Waters, whose group"; "Who Gives a Crap said")
            child.dep_ == "relcl" and child.left_edge.text in _WHO and child.left_edge.i > noun.i
            for token in (noun, *places)
            for child in token.children
        )
    )


def _places_described(noun: Token) -> list[Token]:
    """The places and bodies named in the words after ``noun`` (``Brno`` of ``A broker in Brno``),
    on which the parser may hang a clause that describes the noun (``, who asked not to be
    named``): a place or a body is no ``who``."""
    return [t for t in _objects_after(noun) if t.ent_type_ in _PLACE_ENTITIES]


def _objects_after(noun: Token) -> list[Token]:
    """The objects of the prepositions in the words after ``noun`` (``Brno`` and ``mine`` of ``A
    broker in Brno``, ``A truck driver at the mine``)."""
    return [t for t in noun.subtree if t.i > noun.i and t.dep_ == "pobj"]


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _several_unnamed(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether ``speaker`` is an unnamed source in the plural, left as written (``officials``,
    ``Some activists``, ``Senate Republican leaders``) or headed by a noun for several people
    (``Her family``): several people, kind ``group``, as "Aid agencies" and "Democrats" are; one
    person described (``a spokesman``) stays ``unnamed``."""
    if speaker.kind is not SpeakerKind.UNNAMED or not is_unresolved(speaker):
        return False
    span = mention_span(ctx, speaker)
    return span is not None and (plural_noun(span.root) or _group_noun(span.root))


def _group_noun(head: Token) -> bool:
    """A common noun for several people in the singular (``family``, ``crew``, ``staff``)."""
    return head.pos_ == "NOUN" and head.lower_ in GROUP_NOUNS


_PEOPLE_NOUNS = word_list("plural_people_nouns") | word_list("attitude-holders") | word_list("partisan_nouns")
_PARTITIVE_HEADS = word_list("quantifier_pronouns") | {
    "majority",
    "minority",
    "number",
    "numbers",
    "handful",
    "dozens",
    "hundreds",
    "thousands",
}


_SIDES = frozenset({"majority", "minority"})


def _people_in_the_plural(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether ``speaker``, left as written and of no known kind, is several people: a plural
    noun for people (``Many opponents``, ``Trump fans``; role nouns and
    ``lexicons/plural_people_nouns.txt``), a part of them (``some of his supporters``, ``A strong
    majority of primary voters``), or people joined (``She and her aides``).  Not a share a
    poll's respondents count (the pollster's), a writing (``the remarks``) or a thing
    (``towers``)."""
    if speaker.kind is not SpeakerKind.UNKNOWN or not is_unresolved(speaker):
        return False
    span = mention_span(ctx, speaker)
    if span is None or is_share(span.root):
        return False
    root = span.root
    if root.lower_ in _PARTITIVE_HEADS:
        part_of = _of_object(root)
        if part_of is None and root.lower_ in _SIDES and span[0].lower_ == "the":
            return True  # "The committee met. The majority judged A": the larger side of its members
        root = part_of or root
    if _plural_people(root) or _group_noun(root) or _counted_sources(root):
        return True
    joined = [root, *(c for c in root.subtree if c.dep_ == "conj" and c.head.i == root.i)]
    return len(joined) > 1 and all(
        t.lower_ in PEOPLE_SUBJECT_PRONOUNS or _plural_people(t) or t.ent_type_ == "PERSON" for t in joined
    )


def _group_of_people(ctx: DocContext, speaker: Speaker) -> bool:
    """Whether ``speaker``, left as written and read as a body, is ``a group of`` people in the
    plural (``A group of stranded travellers``): several people, not an organisation's name."""
    if speaker.kind is not SpeakerKind.ORGANIZATION or not is_unresolved(speaker):
        return False
    span = mention_span(ctx, speaker)
    if span is None or span.root.lower_ != "group" or span[0].lower_ not in ("a", "an"):
        return False
    people = _of_object(span.root)
    return people is not None and _plural_people(people)


def _of_object(noun: Token) -> Token | None:
    """The object of the ``of`` after ``noun`` (``travellers`` of ``a group of travellers``), or None."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


_COUNTING_WORDS = word_list("quantifier_pronouns") | {"numerous", "both", "all", "dozens"}


_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians|ees|aries|ories|ials)$")
"""Endings of plural nouns for people by what they do (``signatories``, ``residents``)."""


def _counted_sources(head: Token) -> bool:
    """A plural noun for people by what they do, counted as speakers are (``Several signatories``,
    ``Three residents``); no writing (``Several studies``: what they say is their authors') or
    thing (``Two other emails``, ``all signs``)."""
    if head.pos_ != "NOUN" or not plural_noun(head) or role_word(head) in WRITING_NOUNS:
        return False
    if _AGENT_PLURAL.search(head.lower_) is None:
        return False
    return any(
        c.dep_ in ("amod", "det", "nummod") and (c.lower_ in _COUNTING_WORDS or c.like_num)
        for c in head.lefts
    )


def _plural_people(head: Token) -> bool:
    """A common noun for people or bodies written in the plural (``opponents``, ``aides``,
    ``airlines``: several bodies speak as a group; not ``surveys``, which are writings)."""
    if head.pos_ != "NOUN" or not plural_noun(head):
        return False
    role = role_word(head)
    return is_people_noun(role) or role in _PEOPLE_NOUNS or (role in ORG_NOUNS and role not in WRITING_NOUNS)


_NAMED_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET})


def _indefinite_description(ctx: DocContext, speaker: Speaker) -> SpeakerKind | None:
    """The kind of a speaker left as written that is a description, though typed as a named
    person, body or outlet: a number before a plural (``Six regional newspapers``: ``group``), or
    ``a``/``an`` and a word in lower case before a word for a person (``A loyal aide``:
    ``unnamed``).  None for any other speaker; a body described (``a pro-Lee super PAC``) stays
    an organisation, as ``the ministry`` does, and a name stays a name (``a teary-eyed Lee``)."""
    if speaker.kind not in _NAMED_KINDS or not is_unresolved(speaker):
        return None
    span = mention_span(ctx, speaker)
    if span is None or len(span) < 2:
        return None
    head = span.root
    if span[0].like_num and span[0].pos_ == "NUM" and plural_noun(head):
        return SpeakerKind.GROUP
    if span[0].lower_ in ("a", "an") and span[1].is_lower and head.pos_ == "NOUN":
        role = role_word(head)
        return SpeakerKind.UNNAMED if is_person_noun(role) and role not in ORG_NOUNS else None
    return None


_CAMPAIGN = get_string_id("campaign")

_CAMPAIGN_LOOK_BACK = 2
"""How many paragraphs before a bare ``the campaign`` are read for the campaign it stands for."""


def _campaign_named(ctx: DocContext, span: Span) -> Speaker | None:
    """The campaign a bare ``the campaign`` stands for: the latest campaign the text mentioned
    before it, in its paragraph or the two before, outside quotations, when that one is a named
    person's (``the Roe campaign``, ``Ann Roe's campaign``, ``the campaign of Ann Roe``), as
    ``Ann Roe's campaign`` (another bare ``the campaign`` between is the same one); None when that
    latest one is no named person's (``his campaign``, ``a bruising campaign``) or there is none."""
    paragraph = ctx.paragraph_index(span.start_char)
    doc = ctx.doc
    for i in reversed(np.flatnonzero(ctx.column(LOWER)[: span.start] == _CAMPAIGN).tolist()):
        token = doc[i]
        if ctx.paragraph_index(token.idx) < paragraph - _CAMPAIGN_LOOK_BACK:
            return None
        if token.dep_ == "compound" or ctx.token_quoted(token):
            continue  # "a campaign event", "the campaign manager": no campaign named
        owners = [c for c in token.lefts if c.dep_ in ("poss", "compound")]
        owners += [o for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        if not owners and all(c.lower_ == "the" for c in token.lefts):
            continue  # another bare "the campaign": the same one
        for owner in owners:
            entity = ctx.entity_at(owner.i)
            if entity is None or entity.label_ != "PERSON" or ctx.token_quoted(owner):
                continue
            words = entity_name_words(ctx)[ctx.entities.index(entity)]
            person = ctx.memo(People.build).resolve(words, entity.start_char, fuzzy=False) if words else None
            if person is not None:
                return Speaker(name=f"{person.name}'s campaign", kind=SpeakerKind.ORGANIZATION)
        return None
    return None


def _headline_unsourced(
    ctx: DocContext, attribution: Attribution, attributions: Sequence[Attribution]
) -> Attribution:
    """``attribution`` with no speaker when its speaker is named in a headline in title case (the
    text's first paragraph) and nowhere in the story below it (``Woman Reveals Secret Gift …``,
    ``Leaked Documents Reveal …``: capitals of a headline, no name the story gives), its
    explanation saying so; as it is otherwise (``Lee: …`` with Ann Lee named below), and for a
    person's name, a given name first (``Ada Okafor Endorses …``).  A headline's description of one
    person (``Retired General Reveals …``) is the one person the story's first paragraphs quote
    (``attributions``: the document's).  A text of one paragraph has no headline."""
    speaker = attribution.speaker
    if speaker is None or speaker.mention is None or speaker.members:
        return attribution
    headlines = ctx.memo(headline_paragraphs)
    if ctx.paragraph_index(speaker.mention.start) != 0 or 0 not in headlines or len(ctx.paragraphs) < 2:
        return attribution  # (a headline is a text's first paragraph, with a story below it)
    names = [without_article(speaker.name), without_article(speaker.mention.text)]
    if speaker.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        names.append(speaker.name.split()[-1])  # "Roe: …" of Ann Roe, whom the story calls "Roe"
    if any(_named_in_story(ctx, headlines, name) for name in names):
        return attribution
    lead = _quoted_in_lead(ctx, speaker, attributions)
    if lead is not None:
        why = (
            "descriptions: the one person the story's first paragraphs quote, "
            f"for the headline's '{speaker.mention.text}'"
        )
        named = attrs.evolve(speaker, name=lead, kind=SpeakerKind.PERSON, description=speaker.mention.text)
        return replaced(attribution, speaker=named, explanation=(*attribution.explanation, why))
    if personal_name(name_words(speaker.name)):
        return attribution  # "Ada Okafor Endorses …": a person's name, whether the story repeats it or not
    why = (
        f"descriptions: '{speaker.mention.text}' is a headline's words, named nowhere in the story: no source"
    )
    return replaced(attribution, speaker=None, explanation=(*attribution.explanation, why))


def _quoted_in_lead(ctx: DocContext, speaker: Speaker, attributions: Sequence[Attribution]) -> str | None:
    """For a headline's description of one person (its last word a noun for a person: ``Retired
    General``), the one named person the two paragraphs after the headline quote; None otherwise."""
    span = mention_span(ctx, speaker)
    if span is None or plural_noun(span[-1]) or not is_person_noun(role_word(span[-1])):
        return None
    paragraphs = ctx.paragraphs
    if len(paragraphs) < 2:
        return None
    start, end = paragraphs[0][1], paragraphs[min(len(paragraphs) - 1, 2)][1]
    named = {
        a.speaker.name
        for a in attributions
        if a.speaker is not None
        and a.speaker.kind is SpeakerKind.PERSON
        and a.speaker.mention is not None
        and start <= a.speaker.mention.start < end
    }
    return named.pop() if len(named) == 1 else None


_LOOK_BEFORE = 8
"""How many characters before a name are read for the mark that ends the sentence before it."""


def _named_in_story(ctx: DocContext, headlines: frozenset[int], name: str) -> bool:
    """Whether ``name`` is written in a paragraph that is no headline: as a whole, and for one word
    not only as a sentence's first word (``Woman`` opening a sentence is no name)."""
    name = without_possessive(name)
    if not name:
        return False
    one_word = " " not in name
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text):
        if ctx.paragraph_index(found.start()) in headlines:
            continue
        before = ctx.text[max(0, found.start() - _LOOK_BEFORE) : found.start()].rstrip(" \t\"“‘'(")
        if not one_word or (before and before[-1] not in ".!?:\n"):
            return True
    return False


def _unsourced(attribution: Attribution) -> Attribution:
    """``attribution`` with no speaker, when a cue ties it to its bare ``Others`` (one with no cue
    would go to the paragraph before's speaker) and no chain holds it."""
    if attribution.cue is None or attribution.chain:
        return attribution
    return replaced(attribution, speaker=None)


def _poll(ctx: DocContext, speaker: Speaker, notes: dict[Speaker, str]) -> Speaker | None:
    """Who conducted the poll ``speaker``'s mention stands for, as the article names them (``The
    poll``, ``a new Acme/Brill poll``, ``Brill`` cut out of it: ``Acme/Brill``), the mention kept
    in ``description``; None for any other speaker (:func:`~quotrack.resolvers.writings.named_poll`)."""
    span = mention_span(ctx, speaker)
    if span is None or pronoun_of(speaker) is not None:
        return None
    poll = named_poll(ctx, span)
    if poll is None or poll.name == without_article(speaker.name):
        return None  # "The Acme Geological Survey": a body's own name
    notes[speaker] = f"the poll '{span.text}' stands for, as the article names it"
    return attrs.evolve(speaker, name=poll.name, kind=poll.kind, members=poll.members, description=span.text)


def _respondents(ctx: DocContext, speaker: Speaker, notes: dict[Speaker, str]) -> Speaker | None:
    """A share of a poll's respondents as a speaker (``22 percent said``, ``Six in 10 said``): the
    pollster the article names for the poll in view (:func:`~quotrack.resolvers.writings.share_poll`),
    the share kept in ``description``; with no poll named, the share itself, a group.  None for any
    other speaker."""
    span = mention_span(ctx, speaker)
    if span is None or not is_unresolved(speaker) or not is_counted_share(span.root):
        return None
    poll = share_poll(ctx, span)
    if poll is None:
        return attrs.evolve(speaker, kind=SpeakerKind.GROUP) if speaker.kind is SpeakerKind.UNKNOWN else None
    notes[speaker] = f"the poll whose respondents '{span.text}' counts, as the article names it"
    return attrs.evolve(speaker, name=poll.name, kind=poll.kind, members=poll.members, description=span.text)


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
        or not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in before)  # (a name, if tagged ORG)
        or pronoun_of(previous) is not None
        or span[0].lower_ not in DEFINITE
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


_ANOTHER = frozenset({"other", "another", "second", "third", "fourth", "fifth"})
"""Words that make a description someone other than the one it was last said of (``The second
official``, ``the other lawyer``)."""


def _another(span: Span) -> bool:
    """Whether a definite description in the singular says it is someone other than the one last
    so described: a word of :data:`_ANOTHER` before its head, not a unit after a number (``The 60
    second ad``).  (``Other candidates``, indefinite, is left to the other rules.)"""
    if span[0].lower_ != "the" or plural_noun(span.root):
        return False
    return any(
        t.lower_ in _ANOTHER and not (t.i > 0 and t.doc[t.i - 1].like_num)
        for t in span[: span.root.i - span.start]
    )


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


def described_entity(ctx: DocContext, span: Span) -> Speaker | None:
    """Who the definite description ``span`` (``the president``, ``the company``) stands for, if anyone.

    The person named beside it (``Valeria's foreign minister, Ann Roe,``: :func:`_apposed_person`),
    the latest entity before it the text gave that role (``President Ann Roe``,
    ``Roe Motor Company``), the one body it said is one (:func:`body_of_kind`), the one
    person the document sets that description beside (``the manager, Tom Lee``), or the one
    person the sentences before it name (:func:`topic_person`), or a family member the text gives
    by a given name alone (``Tom Roe's wife, Ann,``: :func:`_kin_named`); otherwise None.
    """
    kin = _kin_named(ctx, span.root) if role_word(span.root) in _KIN else None
    if kin is not None:  # "Tom Roe's wife, Ann, … She said": Ann Roe
        return Speaker(name=kin, kind=SpeakerKind.PERSON)
    apposed = _apposed_person(ctx, span)
    if apposed is not None:  # "Valeria's foreign minister, Ann Roe, … she says": Ann Roe
        return Speaker(name=apposed, kind=SpeakerKind.PERSON)
    if span[0].lower_ not in DEFINITE or span.root.ent_type_:
        return None
    head = role_word(span.root)
    if head in DOCUMENT_NOUNS:
        return None
    antecedents = ctx.memo(entity_index).get(head, [])
    found = latest(ctx, antecedents, span.start_char, head, span, _title_alone(span), strict=True)
    if found is None and head in ORG_NOUNS:
        found = body_of_kind(ctx, span, head)  # "X is the largest broadcasting company … the network's"
    if found is not None:
        return found
    named = ctx.memo(apposed_names).get(head, set())
    if len(named) == 1:
        return Speaker(name=next(iter(named)), kind=SpeakerKind.PERSON)
    topic = topic_person(ctx, span) if is_person_noun(head) else None
    if topic is not None:  # "Ann Roe spoke … The senator said she …": Ann Roe
        return Speaker(name=topic, kind=SpeakerKind.PERSON)
    return None


_MEDIA_NOUNS = word_list("media_nouns")

_QUANTIFIER_PRONOUNS = word_list("quantifier_pronouns")
_COUNTING_PRONOUNS = _QUANTIFIER_PRONOUNS | {"one"}
"""Bare words that count people named before: ``Others``, ``Some``, and ``one`` (one of them)."""

_COUNTED_LOOK_BACK = 2
"""How many sentences before a bare ``Others`` or ``Some`` are read for the people it counts."""


def _counted_group(ctx: DocContext, speaker: Speaker) -> str | None:
    """The people a speaker written as a bare quantifier (``Others``, ``Some``, ``Many``:
    lexicons/quantifier_pronouns.txt; or ``one``, one of them) counts from, in its sentence or the
    two before (no further than the paragraph before): the latest plural person noun counted
    itself (``some protesters chanted A. Others shouted B``, ``the fears of many party leaders …
    Some say``, ``some of the voters``), else the latest that is a subject (``Ann Roe's supporters
    marched. Several said``), with its modifiers and owner (``party leaders``, ``Ann Roe's
    supporters``); ``""`` when there is none (``A woman cried A. Others said B``: no source named);
    None when ``speaker`` is no bare quantifier or says who it counts itself (``others, including
    Ann Roe,``, ``some who …``)."""
    if speaker.mention is None or speaker.name.lower() not in _COUNTING_PRONOUNS:
        return None
    span = mention_span(ctx, speaker)
    if span is None or len(span) != 1 or ctx.token_quoted(span[0]):
        return None
    index = ctx.sentence_index(span.start)
    if index < 0 or any(_says_who(c) for c in span[0].children):
        return None  # "others, including Ann Roe,", "some who back the levy": the people it names
    sentences = ctx.sentences
    first = index
    paragraph = ctx.paragraph_index(span.start_char)
    while first > max(0, index - _COUNTED_LOOK_BACK) and (
        ctx.paragraph_index(sentences[first - 1].start_char) >= paragraph - 1
    ):
        first -= 1
    subject: Token | None = None
    for token in reversed(ctx.doc[sentences[first].start : span.start]):
        if token.tag_ not in ("NNS", "NNPS") or ctx.token_quoted(token):
            continue
        role = role_word(token)
        if not (
            is_person_noun(role)
            or role in PARTISANS
            or role in _PEOPLE_NOUNS
            or token.lower_.removesuffix("s") in PARTISANS
        ):
            continue
        of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if any(c.lower_ in _QUANTIFIER_PRONOUNS for c in token.lefts) or (
            of is not None
            and (of.head.lower_ in _QUANTIFIER_PRONOUNS or of.head.tag_ == "CD")
            and of.head.lower_ != "one"  # ("one of its reporters": one person)
        ):
            return _group_phrase(token)  # "some protesters", "many of the voters"
        if subject is None and token.dep_ in SUBJECT_DEPS:
            subject = token
    return _group_phrase(subject) if subject is not None else ""


def _one_of(people: str) -> str:
    """One of the people a phrase names: ``one of the fans``, ``one of Ann Roe's supporters``."""
    owned = "'s " in people or "’s " in people
    return f"one of {people}" if owned else f"one of the {people}"


def _says_who(child: Token) -> bool:
    """Whether a quantifier's dependent ``child`` says who it counts: a preposition (``others,
    including Ann Roe,``) or a clause not set off by a comma (``some who back the levy``, unlike
    ``Others, reacting to the news, shouted``)."""
    if child.dep_ == "prep":
        return True
    edge = child.left_edge.i
    return child.dep_ in ("relcl", "acl") and not (edge > 0 and child.doc[edge - 1].is_punct)


def _group_phrase(token: Token) -> str:
    """The plural noun ``token`` with the modifiers and owner before it, but no quantifier or
    article (nor a pronoun: ``supporters`` of ``their supporters``): ``Ann Roe's supporters`` of ``many
    of Ann Roe's supporters``."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.lower_ not in _QUANTIFIER_PRONOUNS:
            if child.pos_ == "PRON":
                continue  # "their supporters": no owner named
            start = min(start, child.left_edge.i)
    text = token.doc[start : token.i + 1].text
    first = token.doc[start]
    if first.is_sent_start and first.pos_ == "NOUN" and first.is_title:
        return text[0].lower() + text[1:]  # "Fans flooded …": fans, capitalised as the sentence's first word
    return text


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


def _title_alone(span: Span) -> bool:
    """``The President``, ``the Prime Minister``: a definite title written as a name, no name in it."""
    tokens = [t for t in span if not t.is_punct]
    return (
        len(tokens) >= 2
        and tokens[0].lower_ in DEFINITE
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


_ANY_BODY = frozenset({"organization", "organisation", "group"})
"""The body nouns any organisation goes by (``Acme Gun Group … the organization``, ``the Roe
Foundation … the group``), not only one of its kind (``the company``)."""
_COMPANY_ANAPHORS = word_list("company_anaphors")
"""The anaphors a company goes by, whatever it makes or sells (``Acme Inc. … the firm``)."""
_ORG_ANAPHORS = word_list("org_anaphors") | _COMPANY_ANAPHORS
"""The head nouns a text points at an organisation it has just named with (``the agency``)."""
_PUBLIC_BODY_NOUNS = word_list("public_body_nouns")
"""Nouns a public body's name ends with; ``the agency`` may be any such body."""
_PORTFOLIO_TITLES = frozenset({"minister", "secretary"})
"""The two titles one portfolio's holder goes by in different countries (``the foreign minister`` is
``Foreign Secretary Ann Roe``): a rule's pair, not a word list."""


def _fuller_description(
    ctx: DocContext, span: Span, head: str, antecedents: Sequence[Antecedent], far: bool = False
) -> str | None:
    """The fuller description of the body a bare ``the`` and organisation noun stands for, written in
    its sentence or the one before and after any body named with that noun: ``China's foreign
    ministry`` for ``the ministry``, ``the industry group for the Acme insurers`` for ``the group``; the
    name a phrase is set beside (``Acme, the parent company of Brill,``: Acme).  The noun there is
    in lower case and heads its phrase, outside any entity and quotation, with an owner or a
    ``for``/``of`` phrase that says whose it is; None when there is no such phrase, or two.  ``far``:
    the one with an owner's name (``Peru's transport ministry``) anywhere before instead."""
    tokens = [t for t in span if not t.is_punct]
    if head not in ORG_NOUNS or len(tokens) != 2 or tokens[0].lower_ not in DEFINITE:
        return None
    index = ctx.sentence_index(span.start)
    if index < 0:
        return None
    named = max((a.position for a in antecedents if a.position < span.start_char), default=-1)
    begin = 0 if far else ctx.sentences[max(index - 1, 0)].start
    found = []
    last = begin
    for token in ctx.doc[begin : span.start]:
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or not token.is_lower  # ("the Board of Elections": a name's word)
            or token.dep_ == "compound"
            or token.ent_type_
            or token.idx < named
            or role_word(token) != head
            or token.tag_ in ("NNS", "NNPS")
            or ctx.token_quoted(token)
        ):
            continue
        whose = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"] or [
            c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("for", "of") and not far
        ]
        if not whose:
            continue
        owner = token.head
        if token.dep_ == "appos" and owner.pos_ == "PROPN":  # "Acme, the parent company of Brill,"
            entity = ctx.entity_at(owner.i)
            found.append(without_article(entity.text) if entity is not None else owner.text)
            continue
        words = ctx.doc[slice(*noun_phrase(token))]
        phrase = ctx.trimmed(words.start_char, words.end_char)
        if phrase is not None and not _words_of_a_name(ctx, words):
            found.append(phrase.text)
            last = token.i
    if far and found and any(last < ent.start < span.start for ent, _, _ in ctx.memo(organisations)):
        return None  # "France's top court … The Council of State said … the court said": named since
    return found[0] if len(set(found) if far else found) == 1 else None


def _words_of_a_name(ctx: DocContext, phrase: Span) -> bool:
    """Whether every noun and adjective of ``phrase`` is a word of an organisation the text named
    before it (``the board of elections`` after ``the Dover Board of Elections``): the name
    written short, not a fuller description."""
    words = {t.lower_ for t in phrase if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    return any(
        words <= {t.lower_ for t in ent} for ent, _, _ in ctx.memo(organisations) if ent.end <= phrase.start
    )


def _just_named_organisation(
    ctx: DocContext, span: Span, head: str, speakers: Iterable[Speaker] = (), hops: int = 0
) -> Speaker | None:
    """The one organisation named in the sentence before ``span`` or its own sentence before it.

    ``The three were PG&E contract workers. The company said …``: a definite
    ``company``, ``firm`` or ``agency`` that no antecedent ends with is the
    organisation the text has just named, if it named only one there (not
    counting one named as another kind of body: ``the Federal Aviation
    Administration`` is no company).  Where none is named there but the same
    noun is (``Acme fell. The drug company faces a suit. The company said``),
    the organisation is the one that noun stands for, two such steps back at most.  Where the
    tagger found no organisation there, or more than one, the one organisation among the
    ``speakers`` resolved there is it (``Karaganda Coal Holding said A. The company said B``, and
    not ``Social Security`` of ``Social Security numbers`` beside the company that spoke).
    """
    words = [t for t in span if not t.is_punct]
    if head not in _ORG_ANAPHORS or span.root.tag_ in ("NNS", "NNPS"):
        return None
    if len(words) != 2 and not _kind_of_company(words, head):
        return None  # "the rights group" says what kind of group: not any organisation
    sentence = ctx.sentence_index(span.start)
    first = max(sentence - 1, 0)
    while first > 0 and sentence - first < _QUOTED_SENTENCES and _quoted_sentence(ctx, ctx.sentences[first]):
        first -= 1  # '"Safe first. We will not fly," the airline said': before the quotation
    start = ctx.sentences[first].start_char
    near = ctx.sentences[max(sentence - 1, 0)].start_char  # (before it, only a subject counts)
    named: dict[str, Span] = {}
    for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
        if ent.end_char > span.start_char:
            break
        body = (
            ent.label_ == "ORG"
            or _after_company_noun(ent)  # "The toymaker Acme Games", tagged a person
            or without_article(text) in ctx.memo(described_bodies)  # "Acme, the caterer, … Acme said"
        )
        if body and based_in(ent[-1]):
            continue  # "Pune-based Sahyadri Biologics": the place the company is in
        if ent.root.dep_ in ("dobj", "dative") and ent.root.head.lemma_ in LISTENER_CUES:
            continue  # "He told ABC Radio Brisbane that A": whom it was said to
        if ent.start_char >= start and body and not ctx.in_quote(ent.start_char):
            if ent.start_char < near and not ent.root.dep_.startswith("nsubj"):
                continue  # ("rallied at Temple University … '…!' the group shouted"): a place
            if _surname_of_someone(ctx, ent):
                continue  # "Chief executive Ann Hänggi-Moser … Hänggi-Moser acknowledged", tagged a body
            if _short_form_after(ent, named.values()):
                continue  # "The Orbital Research Organisation (ORO)": one body, written twice
            joined = _joined_to_last(ent, named)
            if joined is not None:  # "Lotus" then "Crown", tagged apart: one name, "Lotus Crown"
                ent, text = joined, joined.text
            named.setdefault(without_article(text), ent)
    for token in ctx.doc[ctx.sentences[first].start : span.start]:  # "the website Acme.com"
        if token.like_url and not token.ent_type_ and not ctx.in_quote(token.idx):
            named.setdefault(token.text, ctx.doc[token.i : token.i + 1])
    if len(named) > 1 or (named and ctx.memo(_products)):
        made = ctx.memo(_products)  # "pitchman for the Snackwell": a product of the maker the text names
        named = {name: ent for name, ent in named.items() if _product(ent[-1]) not in made}
    if len(named) > 1 and head in _NAME_WORDS_OF_KIND:  # "Kōtuku Air flies to Napier … the airline"
        kind = set(_NAME_WORDS_OF_KIND[head].split())
        fitting = {name: ent for name, ent in named.items() if any(t.lower_ in kind for t in ent)}
        named = fitting if len(fitting) == 1 else named
    if len(named) != 1:
        spoke = {
            without_article(s.name)
            for s in speakers
            if s.kind is SpeakerKind.ORGANIZATION and s.mention and start <= s.mention.start < span.start_char
        }
        if len(spoke) == 1 and (not named or spoke <= named.keys()):
            name = spoke.pop()  # ("the fire service said A. … the company said B": not the service)
            return (
                None
                if _another_kind(name.split()[-1].lower(), head)
                else Speaker(name, kind=SpeakerKind.ORGANIZATION)
            )
    if not named and hops < 2:
        before = _same_noun_before(ctx, span, head, ctx.sentences[max(sentence - 1, 0)].start)
        return _just_named_organisation(ctx, before, head, speakers, hops + 1) if before is not None else None
    if len(named) != 1:
        return None
    ((name, ent),) = named.items()
    name = next(  # "Halvern said A. The company said B": as "Halvern" was resolved (Halvern Logistics)
        (
            s.name
            for s in speakers
            if s.kind is SpeakerKind.ORGANIZATION and s.mention and s.mention.start == ent.start_char
        ),
        name,
    )
    if _another_kind(role_word(ent[-1]), head):
        return None  # "the Federal Aviation Administration" is no company (but an organisation)
    return Speaker(name=without_possessive(name), kind=SpeakerKind.ORGANIZATION)


def _another_kind(last: str, head: str) -> bool:
    """Whether a body whose name ends with the organisation noun ``last`` is of another kind than
    the ``head`` noun a text calls one by (``Administration`` is no ``company``; but an
    ``organization`` any body is, ``Acme Inc.`` a company and an ``Authority`` an ``agency``)."""
    company = last in COMPANY_FORMS and head in _COMPANY_ANAPHORS  # "Acme Inc. … the company"
    public = last in _PUBLIC_BODY_NOUNS and head in _PUBLIC_BODY_NOUNS  # "… Safety Authority … the agency"
    return last in ORG_NOUNS and last != head and head not in _ANY_BODY and not company and not public


def _short_form_after(ent: Span, named: Iterable[Span]) -> bool:
    """Whether ``ent`` is written in brackets right after a body named before it (``The Orbital
    Research Organisation (ORO)``): its short form."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].text == "("
        and ent.end < len(doc)
        and doc[ent.end].text == ")"
        and any(other.end == ent.start - 1 for other in named)
    )


def _quoted_sentence(ctx: DocContext, sentence: Span) -> bool:
    """Whether the words of ``sentence`` are all in a quotation (``"Safety first.``)."""
    words = [t for t in sentence if t.is_alpha]
    return bool(words) and ctx.token_quoted(words[0]) and ctx.token_quoted(words[-1])


_QUOTED_SENTENCES = 4
"""How many sentences of a quotation before the cue's are passed over to read what was named before it."""

_NAME_WORDS_OF_KIND = word_labels("anaphor_name_words")
"""For a noun a text calls a body by (``the airline``), words one of which the name of a body of
that kind has (``air airways airlines …``)."""

_MISREAD_NAMES = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
"""The entity labels a tagger may give a company's name it does not know (``Pellworth Games``, an event)."""


def _writing_as_written(noun: Token) -> bool:
    """Whether a noun is a writing by the word as written, not by its lemma, with no adjective but
    ``own`` before it (``the ministry's own figures``; not ``a union figure``, nor ``the union's
    senior figures``: people)."""
    return noun.lower_ in DOCUMENT_NOUNS and all(c.lower_ == "own" for c in noun.children if c.dep_ == "amod")


def _joined_to_last(ent: Span, named: dict[str, Span]) -> Span | None:
    """The body's name an entity and the last one named before it make when the tagger cut one
    name in two (``Lotus`` and ``Crown`` of ``Lotus Crown said``: no word between them), with the
    last one taken out of ``named``; None when ``ent`` follows no name right away."""
    last = next(reversed(named.items()), None)
    if last is None or last[1].end != ent.start or last[1].label_ != ent.label_:
        return None
    del named[last[0]]
    return ent.doc[last[1].start : ent.end]


def _the_one_company(ctx: DocContext, span: Span) -> Speaker | None:
    """The one company the text named before ``the company``, anywhere before it: a name outside
    quotation marks that ends with a company's legal form or a word company names end with
    (``Alpenhof Confiserie AG``, ``Velarin Pharma``), whatever the tagger read it as.  None where
    it named none, or two, or another body in the sentence before or this one."""
    sentence = ctx.sentence_index(span.start)
    near = ctx.sentences[max(sentence - 1, 0)].start_char  # (a body named there makes it ambiguous)
    named = set()
    others = set()
    for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
        if ent.end_char > span.start_char:
            break
        words = name_words(text)
        if ctx.in_quote(ent.start_char) or not words or ent.label_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            continue
        if (len(words) > 1 and role_of_word(words[-1]) in COMPANY_FORMS) or company_name(words):
            named.add(without_article(text))
        elif ent.label_ == "ORG" and ent.start_char >= near and not _surname_of_someone(ctx, ent):
            others.add(text)
    if not named and not others:
        named = _its_owners(ctx, span, sentence)  # "Sonivest raised its forecast … The company denied"
    if len(named) != 1 or others or "" in named:
        return None  # ("Nordvik Haulage and Kestrel Logistics Inc. … The company": either)
    return Speaker(name=named.pop(), kind=SpeakerKind.ORGANIZATION)


_PLACE_ENTITIES_OR_PEOPLES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _brand_like(token: Token) -> bool:
    """A proper noun, or a noun written with a capital inside it (``GoRide``, read as a noun)."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and any(c.isupper() for c in token.text[1:]))


def _its_owners(ctx: DocContext, span: Span, sentence: int) -> set[str]:
    """The names that an ``its`` after them shows to be bodies, in the two sentences before
    ``span``'s and its own: the subject nearest before each ``its``, capitalised proper nouns
    (:func:`_brand_like`) outside quotation marks that open with no given name and are no place
    or country (``Sonivest raised its forecast``, ``GoRide said … that its commission was fair``,
    ``Bahrain's Dilmun Aluminium reported … its smelter``).  Any other
    subject before an ``its`` adds ``""``, so that no one name stands alone."""
    doc = ctx.doc
    owners = set()
    for its in doc[ctx.sentences[max(sentence - 2, 0)].start : span.start]:
        if its.lower_ != "its" or ctx.token_quoted(its):
            continue
        subject = next(
            (t for t in reversed(doc[its.sent.start : its.i]) if t.dep_ in SUBJECT_DEPS and _brand_like(t)),
            None,
        )
        if subject is None:
            continue
        first = subject.i  # "Dilmun Aluminium raised its …": the name's words before its last
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == subject:
            first -= 1
        name = doc[first : subject.i + 1]
        if (
            subject.ent_type_ not in _PLACE_ENTITIES_OR_PEOPLES
            and all(t.text[:1].isupper() and _brand_like(t) for t in name)
            and not subject.is_upper
            and name[0].text not in GIVEN_NAMES
            and subject.text not in COUNTRIES
            and not ctx.token_quoted(subject)
            and (first == 0 or doc[first - 1].pos_ not in ("PROPN", "ADJ"))
        ):
            owners.add(name.text)
        else:
            owners.add("")  # (a place's or a person's "its", or a longer name: whose, unclear)
    return owners


def _surname_of_someone(ctx: DocContext, ent: Span) -> bool:
    """Whether an entity of one name word is the surname of a person the text named in full before
    it (``Hänggi-Moser`` of ``Beatrice Hänggi-Moser``)."""
    words = name_words(ent.text)
    if len(words) != 1:
        return False
    person = ctx.memo(People.build).resolve(words, ent.start_char, fuzzy=False)
    return person is not None and len(person.words) > 1 and person.positions[0] < ent.start_char


def _after_company_noun(ent: Span) -> bool:
    """Whether the entity ``ent`` is a company's name the tagger read as something else: written
    right after a noun that says a company, or set beside it after a comma (``The toymaker
    Pellworth Games``, ``the retailer BrightBuy``, ``The operator, Hebridean Sea Link,``), or a
    name company names end with (``Karaganda Coal Holding``: :func:`~quotrack.people.company_name`)."""
    if ent.label_ not in _MISREAD_NAMES:
        return False
    if company_name([t.text for t in ent]):
        return True
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.text == "," and ent.start > 1:
        before = ent.doc[ent.start - 2]
    return before.pos_ == "NOUN" and company_noun(role_word(before))


def _same_noun_before(ctx: DocContext, span: Span, head: str, start: int) -> Span | None:
    """The last definite noun phrase headed by ``head`` between token ``start`` and ``span``
    (``the drug company`` before ``the company``), outside quotation marks."""
    for token in reversed(ctx.doc[start : span.start]):
        if token.lower_ == head and token.tag_ == "NN" and not ctx.in_quote(token.idx):
            first = token.left_edge
            if first.lower_ in DEFINITE and first.i < token.i:
                return ctx.doc[first.i : token.i + 1]
    return None


def _kind_of_company(words: list[Token], head: str) -> bool:
    """``the drug company``, ``the software giant``: a company anaphor after words in lower case
    that say what the company does; any company of that trade the text just named may be meant."""
    return (
        head in _COMPANY_ANAPHORS
        and len(words) > 2
        and words[-1].i == words[0].i + len(words) - 1
        and all(t.pos_ in ("ADJ", "NOUN") and t.text.islower() for t in words[1:-1])
    )


_MAKING = word_list("making_verbs")
_MAKERS = word_list("maker_nouns")


def _products(ctx: DocContext) -> frozenset[str]:
    """The names of what the text says a company makes, as role words: the proper nouns of the
    words after a making verb or ``maker of`` up to the next verb (``the company that makes Snackwells,
    Crunch Bars and Tea Rounds``, which a parser may not read as a list), and those right before
    ``maker`` (``Oreo maker Acme``): products, though the parser may read a name as a body's."""
    doc = ctx.doc
    made: set[str] = set()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in _MAKING:
            after = token.i + 1
        elif token.pos_ == "NOUN" and lemma in _MAKERS:
            made |= {_product(c) for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"}
            if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of":
                continue
            after = token.i + 2
        else:
            continue
        for word in doc[after : min(after + _LIST_WORDS, len(doc))]:
            if word.pos_ in ("VERB", "AUX") or word.text in (".", ";", ":", "—") or word.is_quote:
                break
            if word.pos_ == "PROPN":
                made.add(_product(word))
    return frozenset(made)


_LIST_WORDS = 8
"""How many words after ``makes`` are read for the names of what is made."""


def _product(word: Token) -> str:
    """A product's name word as the role word of its singular (``Oreos``: ``oreo``)."""
    return role_word(word).removesuffix("s")


def _titled_later(
    ctx: DocContext, span: Span, head: str, antecedents: dict[str, list[Antecedent]], at: int
) -> Speaker | None:
    """The one person the document names later with the title ``span`` gives (``the governor``,
    ``Valeria's governor``, ``its chief executive``: a title noun, after ``the``, a place's or
    body's possessive or ``its``) and the same
    qualifiers (not ``Deputy Governor Ann Roe``), when it named no one so before; None for two
    such people, or any other description."""
    first = span[0]
    place = first.ent_type_ in ("GPE", "ORG", "LOC") and len(span) == 3 and span[1].tag_ == "POS"
    owned = first.lower_ in ("its", "their")  # "Acme will cut jobs, its chief executive said"
    if head not in TITLE_WORDS or span.root.tag_ != "NN" or not (first.lower_ == "the" or place or owned):
        return None
    matches = [
        (a.position, match)
        for a in antecedents.get(head, [])
        if a.speaker.kind is SpeakerKind.PERSON
        and (match := latest(ctx, [a], len(ctx.text) + 1, head, span, True, strict=True)) is not None
    ]
    if any(position < at for position, _ in matches):
        return None  # named before: not this rule's
    found = {match.name: match for _, match in matches}
    return next(iter(found.values())) if len(found) == 1 else None


_NEXT_SENTENCES = 3
"""How many sentences after a body's description :func:`_body_named_next` reads for its name."""
_OPENING_SENTENCES = 2
"""How many sentences open a story, for :func:`_body_named_next` (a headline's is one)."""


def _body_named_next(ctx: DocContext, span: Span) -> Speaker | None:
    """The body a description in a story's opening names (``Greece's coast guard said``, ``the trade
    ministry said``: lower-case words after ``the`` or a place's possessive, the last an
    organisation's noun or ``guard``), when no body was named before it: the first organisation
    tagged in the next sentences (:data:`_NEXT_SENTENCES`) whose name has the description's words
    in lower case, its noun and one more (``the Hellenic Coast Guard``, ``The Ministry of Trade,
    Industry and Energy``); None for none."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return None  # (a mark alone: "according to ″ said")
    first = 2 if len(words) > 2 and words[1].tag_ == "POS" and words[0].ent_type_ == "GPE" else 1
    described = words[first:]
    if (
        (words[0].lower_ != "the" and first == 1)
        or not described
        or not all(t.is_lower for t in described)
        or span.root.tag_ in ("NNS", "NNPS")
        or described[-1].lower_ not in _BODY_NOUNS_NAMED_NEXT
    ):
        return None
    index = ctx.sentence_index(span.start)
    if not 0 <= index < _OPENING_SENTENCES:
        return None
    end = ctx.sentences[min(index + _NEXT_SENTENCES, len(ctx.sentences) - 1)].end
    wanted = {t.lower_ for t in described}
    noun = described[-1].lower_
    for ent, text, _last in ctx.memo(organisations):
        if ctx.token_quoted(ent[0]) or ent.text.isupper() or span.start <= ent.start < span.end:
            continue  # (a dateline in capitals, the description itself tagged a body)
        if ent.start < span.start and _dateline_credit(ctx, ent):
            continue  # ("ROME, May 2 (Reuters) - …, the trade ministry said": no body named before)
        if ent.start < span.start:
            return None  # a body named before: the description may be that one's
        if ent.start >= end:
            break
        # a name's words in the singular too ("the state port authority": "… Ports … Authority")
        name_words = {t.lower_ for t in ent} | {t.lower_[:-1] for t in ent if t.lower_.endswith("s")}
        if noun in name_words and (len(wanted) == 1 or len(wanted & name_words) > 1):
            return Speaker(name=without_article(text), kind=SpeakerKind.ORGANIZATION)
    return None


def _dateline_credit(ctx: DocContext, entity: Span) -> bool:
    """Whether ``entity`` is a wire's credit in a dateline (``ROME, May 2 (Reuters) -``)."""
    start, end = entity.start_char, entity.end_char
    return dateline_credit(ctx.text, ctx.paragraph_index(start), start, end)


_BODY_NOUNS_NAMED_NEXT = ORG_NOUNS | {"guard"}
"""The nouns of a description :func:`_body_named_next` looks for in a body's name further on."""


def _described_maker(span: Span) -> str | None:
    """The people a writing is by, described and not named (``march organizers`` of ``Estimates
    by march organizers``): a plural person noun after ``by`` that ends the writing's phrase."""
    by = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    maker = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if maker is None or maker.i != span.end - 1 or maker.tag_ != "NNS":
        return None
    if not is_person_noun(role_word(maker)):
        return None
    phrase = span.doc[maker.left_edge.i : maker.i + 1]
    if any(t.ent_type_ or t.pos_ in ("VERB", "ADP", "PRON") for t in phrase):
        return None
    return phrase.text


def _described_owner(ctx: DocContext, span: Span, antecedents: dict[str, list[Antecedent]]) -> Speaker | None:
    """Who the description owning the writing ``span`` stands for: ``the hotel`` of ``The
    hotel's website`` (``The Hotel Arpit Palace``), ``the minister`` of ``the minister's
    statement`` (``Foreign Minister Jane Roe``); None when the text names no one so."""
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if (
        owner is None
        or owner.ent_type_
        or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in owner.children)
    ):
        return None
    described = span.doc[owner.left_edge.i : owner.i + 1]
    word = role_word(owner)
    found = latest(ctx, antecedents.get(word, []), described.start_char, word, described, strict=True)
    if found is not None and found.kind is SpeakerKind.PERSON and not is_person_noun(word):
        found = None  # "the library's annual report" is no "library director Ann Obi"'s
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


def _in_full(ctx: DocContext, person: Speaker, span: Span) -> Speaker:
    """``person`` under the full name the document gives their surname (``Lorne`` is ``Ada
    Lorne``; among several, the latest named before ``span``, as the names resolver reads a
    surname); as it is when it is no surname alone or the document names no one so.  A surname
    the parser took for a body (``Lorne's order``, tagged ORG) is the person so named in full."""
    if person.kind not in _SURNAME_KINDS or len(person.name.split()) != 1 or is_body_name((person.name,)):
        return person
    found = ctx.memo(People.build).resolve((person.name,), span.start_char, fuzzy=False)
    if found is None or (person.kind is not SpeakerKind.PERSON and len(found.words) < 2):
        return person
    return attrs.evolve(person, name=found.name, kind=SpeakerKind.PERSON)


_SURNAME_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.UNKNOWN})


_ORGANISERS = frozenset({"organizer", "organiser"})


def _organiser(ctx: DocContext, span: Span) -> Speaker | None:
    """``Organizers of the rally`` as the one body or person the text says organised it (``a rally
    organized by Acme``, its agent an entity); None for none, two, or any other description."""
    root = span.root
    if root.lemma_.lower() not in _ORGANISERS and root.lower_.rstrip("s") not in _ORGANISERS:
        return None
    event = _of_object(root)
    if event is None or event.ent_type_:
        return None
    found: dict[str, Speaker] = {}
    for token in ctx.doc:
        if token.lemma_ != event.lemma_ or token.pos_ != "NOUN" or ctx.token_quoted(token):
            continue
        for verb in token.children:
            if verb.dep_ != "acl" or verb.lemma_.lower() not in ("organize", "organise"):
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if who is None or who.ent_type_ not in ("ORG", "PERSON"):
                continue
            for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
                if ent.start <= who.i < ent.end:
                    name = without_article(text)
                    found[name] = Speaker(name=name, kind=ENTITY_KINDS[ent.label_])
    return next(iter(found.values())) if len(found) == 1 else None


_NAMING_VERBS = word_list("naming_verbs")


def _apposed_person(ctx: DocContext, span: Span) -> str | None:
    """The person's name set right after the description ``span`` (``The Vice President, Ann Roe,``,
    ``A Republican Assemblywoman, Ann Roe,``, ``a Republican, Ann Roe,``) or given by a naming
    participle (``A university student named Ann Roe``)."""
    root = span.root
    member = root.ent_type_ == "NORP" and span[0].lower_ in ("a", "an", "one")  # "a Republican, Ann Roe,"
    if (root.ent_type_ and not member) or root.tag_ in ("NNS", "NNPS"):
        return None  # "Two objectors, Ann Roe and Tom Lee": not one person
    role = role_word(root)
    titled = member or role in ROLE_NOUNS or is_person_noun(role)
    if not _common_noun(root) and not _title_alone(span) and not titled:
        return None  # "A Republican Assemblywoman, Ann Roe,": a title written as a name, then the name
    child = next((c for c in root.rights if _apposed(c) and _names_a_person(ctx, c)), None)
    if child is None:  # "said the forum's chair, Ann Roe.": the parser hung the name on the cue
        child = _name_closing_after(ctx, span)
    if child is None and titled:  # "A farmer from Elm Bay, Ann Roe, 63,": hung on "Bay"
        child = _name_after_place(ctx, root)
    if child is None:  # "A student named Ann Roe said": the name the naming participle gives
        child = next(
            (
                name
                for verb in root.rights
                if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in _NAMING_VERBS
                for name in verb.children
                if name.dep_ in ("oprd", "dobj", "attr") and name.ent_type_ == "PERSON"
            ),
            None,
        )
    if child is None:  # "news source Daily Xtra's editorial director, Ann Roe,": the title's own name
        titles = [
            c for c in root.rights if c.dep_ == "appos" and _common_noun(c) and is_person_noun(role_word(c))
        ]
        child = next(
            (
                c
                for t in titles[:1]
                for c in t.rights
                if c.ent_type_ == "PERSON" and (c.dep_ == "appos" or _name_right_after(ctx, t, c))
            ),
            None,
        )
    if child is None:  # "a woman identified only as Rina", "a worker who gave his name as Ali"
        nouns = [(n, False) for n in (root, *_apposed_nouns(root))] + [
            (n, True) for n in (*_nouns_of_phrases(root), *_places_described(root))
        ]
        given = next((g for n, set_off in nouns if (g := _given_as(n, set_off)) is not None), None)
        if given is not None and not ctx.token_quoted(given):
            return ctx.doc[given.left_edge.i : given.i + 1].text
    if child is None and role in _KIN:  # "Roe's wife, Ann,": Ann Roe
        return _kin_named(ctx, root) or _untagged_name_apposed(ctx, root)
    if child is None and (titled or is_person_noun(role)):  # "His neighbour, Seonaid NicIlleathain,"
        return _untagged_name_apposed(ctx, root)
    if child is None or ctx.token_quoted(child) or any(c.dep_ == "conj" for c in child.children):
        return None
    for ent, words in zip(ctx.entities, entity_name_words(ctx), strict=True):
        if ent.label_ == "FAC" and ent.start <= child.i < ent.end:
            words = tuple(name_words(ent.text))  # (a person's name read as a building's)
        if ent.start <= child.i < ent.end and is_person_entity(ent) and words:
            if len(words) == 1 and role in _KIN:  # "his wife, Ann,": Ann and his surname
                return _given_in_family(ctx, root, words[0]) or words[0]
            return " ".join(words)
    return None


def _name_right_after(ctx: DocContext, title: Token, word: Token) -> bool:
    """Whether ``word`` is of a name that follows the title noun ``title`` at once, or after one
    honorific (``An expert witness, oenologist Dr. Ann Roe,``)."""
    ent = ctx.entity_at(word.i)
    return ent is not None and (
        ent.start == title.i + 1
        or (ent.start == title.i + 2 and role_word(ent.doc[title.i + 1]) in TITLE_WORDS)
    )


def _apposed_nouns(noun: Token) -> list[Token]:
    """The common nouns set beside ``noun`` (``One machinist, a 23-year-old woman``: woman)."""
    return [c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]


def _nouns_of_phrases(noun: Token) -> list[Token]:
    """The nouns of the phrases after ``noun`` (``mine`` of ``A truck driver at the mine``, ``men`` of
    ``A cousin of one of the men``), to which a parser may hang a clause that is said of ``noun``."""
    return [t for t in _objects_after(noun) if t.pos_ in ("NOUN", "PRON", "NUM")]


_GIVEN_AS = word_list("given_as_verbs")


def _given_as(noun: Token, set_off: bool = False) -> Token | None:
    """The last word of the name a participle or clause after ``noun`` says the person goes by,
    with ``as``: ``a woman identified only as Rina``, ``a worker who gave his name as Ali``,
    ``who identified himself only as Ali`` (lexicons/given_as_verbs.txt), or by a name set beside
    it (``who asked to be identified only by his first name, Joel``); None if there is none.
    ``set_off``: only a clause set off by a comma (``A cousin of one of the men, who gave her name
    as Eleni,``: said of the cousin, though hung on ``men``)."""
    for clause in noun.rights:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        # ("who asked to be identified only by his first name, Joel": the verb asked for)
        verb = next((c for c in clause.children if c.dep_ == "xcomp" and c.lemma_ in _GIVEN_AS), clause)
        if verb.lemma_ not in _GIVEN_AS:
            continue
        if set_off and (clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ","):
            continue
        if verb.lemma_ == "give" and not any(c.dep_ == "dobj" and c.lemma_ == "name" for c in verb.children):
            continue  # "who gave evidence as Ali's lawyer": no name given
        for prep in verb.subtree:  # ("known to colleagues as Binta": "as" hung on "colleagues")
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            elif prep.dep_ in ("prep", "agent") and prep.lower_ == "by":  # "by his first name, Joel"
                noun_of = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_ == "name"), None)
                name = next((c for c in noun_of.children if c.dep_ == "appos"), None) if noun_of else None
            else:
                continue
            if name is not None and name.pos_ == "PROPN" and name.is_title:
                return name
    return None


def _untagged_name_apposed(ctx: DocContext, root: Token) -> str | None:
    """A person's name the tagger did not read as one, set off by commas after the person noun
    ``root`` (``His neighbour, Seonaid NicIlleathain,``, ``The mayor of Elmford, Ana María de la
    Fuente Soto,``): two capitalised proper nouns or more, particles between, in no entity or in one
    of its own, no body's noun among them, with a comma before and a comma or the sentence's end
    after.  None for anything else."""
    child = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if child is None or ctx.token_quoted(child):
        return None
    start = child.left_edge.i
    doc = ctx.doc
    words = doc[start : child.i + 1]
    after = doc[child.i + 1] if child.i + 1 < len(doc) else None
    if (
        start == 0
        or doc[start - 1].text != ","
        or (after is not None and after.text not in (",", ".") and not after.is_sent_start)
        or len(words) < 2
        or not words[0].is_title
        or not all((t.is_title and t.pos_ == "PROPN") or t.lower_ in NAME_PARTICLES for t in words)
        or any(role_word(t) in ORG_NOUNS for t in words)
        or any(t.ent_type_ not in ("", "ORG", "PERSON") for t in words)
    ):
        return None
    ents = {ctx.entity_at(t.i) for t in words if t.ent_type_}
    if any(ent is not None and (ent.start < start or ent.end > child.i + 1) for ent in ents):
        return None  # a word of a longer name: a body's ("Elmford City Council")
    return words.text


def _given_in_family(ctx: DocContext, root: Token, given: str) -> str | None:
    """The full name of a family member (``root``: ``wife``) the text gives by the given name alone
    after ``his`` or ``her`` (``Ann Roe spoke. Her father, Tom, said``): the given name and the
    surname of the person the pronoun stands for (:func:`possessor_surname`), as the document names
    them in full if it does; None when the owner is no such pronoun or names no one."""
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    surname = possessor_surname(ctx, owner) if owner is not None and owner.tag_ == "PRP$" else None
    if surname is None:
        return None
    full = ctx.memo(People.build).resolve([given, surname], root.idx, fuzzy=False)
    return full.name if full is not None else f"{given} {surname}"


_KIN = word_table("kin_nouns")
"""Family nouns (``wife``, ``father``) whose given name alone, set beside them, takes the family's surname."""


def _kin_named(ctx: DocContext, root: Token) -> str | None:
    """The full name of the family member ``root`` (``wife``) when the text gives only their given name
    beside it and a named person's possessive before it: ``Tom Roe's wife, Ann,`` is Ann Roe (the
    parser may take ``Ann`` alone for a place).  The one person the document so names in full, or
    the given name and the possessor's surname; None for anything else (``his wife, Ann,``)."""
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    given = next((c for c in root.rights if _apposed(c)), None)
    if (
        owner is None
        or given is None
        or owner.tag_ != "NNP"
        or given.tag_ != "NNP"
        or any(c.dep_ != "punct" for c in given.children)
        or ctx.token_quoted(given)
    ):
        return None
    people = ctx.memo(People.build)
    found = people.resolve([owner.text], owner.idx, fuzzy=False)
    if found is None or found.words[-1] != owner.text:
        return None  # not a person's surname the text named
    full = people.resolve([given.text, owner.text], given.idx, fuzzy=False)
    return full.name if full is not None else f"{given.text} {owner.text}"


def _names_a_person(ctx: DocContext, token: Token) -> bool:
    """Whether ``token`` is a word of a person's name: of a PERSON entity, or of one the tagger read
    as a body that is a person's (``Eduardo Montenegro Paiva``: :func:`~quotrack.people.is_person_entity`)."""
    if token.ent_type_ == "PERSON":
        return True
    ent = ctx.entity_at(token.i) if token.ent_type_ in ("ORG", "GPE", "FAC") else None
    return ent is not None and is_person_entity(ent)


_WORKPLACE_PREPOSITIONS = frozenset({"from", "at", "in"})
"""The prepositions of where a person is from or works (``A nurse at Elm Hospital, Ann Roe,``); not
``for`` or ``of`` (``A lawyer for the victim, Ann Roe,``: she may be the victim)."""


def _name_after_place(ctx: DocContext, root: Token) -> Token | None:
    """The last word of a person's name set off by commas right after a phrase of where the person
    noun ``root`` is from or works (``A farmer from Elm Bay, Ann Roe, 63,``, ``A councillor from the
    Green party, Ann Roe,``), which the parser hung on the phrase's noun; None for anything else,
    and after a common noun that is no body's (``A diplomat in the capital, Zahret,``: the place's
    name)."""
    doc = ctx.doc
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _WORKPLACE_PREPOSITIONS:
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or (place.pos_ == "NOUN" and role_word(place) not in ORG_NOUNS):
            return None  # "A diplomat in the capital, Zahret,": the place's name (but "the Green party")
        for comma in prep.subtree:
            if comma.text != "," or comma.i + 1 >= len(doc) or not _names_a_person(ctx, doc[comma.i + 1]):
                continue
            ent = ctx.entity_at(comma.i + 1)
            if (
                ent is None
                or ent.start != comma.i + 1
                or ent.end >= len(doc)
                or doc[ent.end].text not in (",", ".")
            ):
                return None
            return doc[ent.end - 1] if not ctx.token_quoted(doc[ent.start]) else None
        return None
    return None


def _name_closing_after(ctx: DocContext, span: Span) -> Token | None:
    """A person's name set after the description ``span`` and a comma that ends its sentence or
    clause (``…," said the forum's chair, Ann Roe.``), which the parser hung on the cue: the
    name's last word; None for anything else."""
    doc = ctx.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or not _names_a_person(ctx, doc[span.end + 1]):
        return None
    ent = ctx.entity_at(span.end + 1)
    if ent is None or ent.start != span.end + 1 or ent.end >= len(doc) or doc[ent.end].text not in (".", ","):
        return None
    return doc[ent.end - 1] if doc[ent.end - 1].dep_ != "poss" else None


def _named_before(ctx: DocContext, span: Span) -> str | None:
    """The person named right before the description ``span``, set off by a comma as its
    apposition (``"…," Ann Roe, the chairwoman of the county party, recalled``): the parser may
    make the description the subject and the name a loose modifier.  None unless ``span`` is
    ``the``/a possessive and a singular person noun, closed by a comma or the cue after it, and the
    words before the comma are a person's name outside quotations."""
    root = span.root
    if (
        span.start < 2
        or span[0].lower_ not in DEFINITE | POSSESSIVES
        or root.tag_ != "NN"
        or not is_person_noun(role_word(root))
        or ctx.doc[span.start - 1].text != ","
        or ctx.token_quoted(root)
    ):
        return None
    name = ctx.doc[span.start - 2]
    entity = ctx.entity_at(name.i)
    if entity is None or entity.label_ != "PERSON" or entity.end != name.i + 1:
        return None
    return _person_of_entity(ctx, entity)


def _apposed_to_name(ctx: DocContext, span: Span) -> str | None:
    """The person whose name the parser gave the description ``span`` as its apposition, a word
    for a person with ``a`` or ``an`` (``Ann Roe, 82, a retired farmworker who said …``, ``Ann Roe,
    a former clerk, who said …``: the relative clause makes the description the subject).  None
    unless the name is a person's entity, or a body's shaped like a person's name (``Ann Roe``
    read as a body: a description of a person says it is one)."""
    root = span.root
    if (
        span[0].lower_ not in ("a", "an")
        or root.dep_ != "appos"
        or root.tag_ != "NN"
        or not _someone_noun(root)
    ):
        return None
    entity = ctx.entity_at(root.head.i)
    if entity is None or entity.root.i != root.head.i:
        return None
    words = name_words(entity.text)
    if entity.label_ != "PERSON" and not (
        entity.label_ == "ORG" and len(words) > 1 and looks_like_name(words)
    ):
        return None  # (a place read as a body: "At a shop in Westlands, a manager who …")
    return _person_of_entity(ctx, entity)


def _person_of_entity(ctx: DocContext, entity: Span) -> str | None:
    """The person an entity outside quotations names, as the document knows them (``Roe`` of Ann
    Roe named before); None in a quotation, in a list (``Ann Roe, Tom Lee, the mayor …``) or with
    no name's words."""
    if ctx.token_quoted(entity[-1]):
        return None
    if entity.root.dep_ == "conj" or any(c.dep_ == "conj" for c in entity.root.children):
        return None  # "Ann Roe, Tom Lee, the mayor …": a list
    words = entity_name_words(ctx)[ctx.entities.index(entity)]
    if not words:
        return None
    found = ctx.memo(People.build).resolve(words, entity.start_char, fuzzy=False)
    return found.name if found is not None else " ".join(words)


def _apposed(child: Token) -> bool:
    """Whether ``child`` is in apposition, or set off by commas as the parser reads a name after
    "one" ("a police constable, reportedly one Ann Roe,": a modifier of the noun)."""
    if child.dep_ == "appos":
        return True
    start = child.left_edge.i
    return child.dep_ == "npadvmod" and start > 0 and child.doc[start - 1].text == ","


def _told_by(ctx: DocContext, speaker: Speaker, span: Span, teller: Token) -> Speaker:
    """``speaker``, the writing ``span``, as the one ``teller`` (a pronoun, or a name's last word)
    says told it: the pronoun as the mention, for the pronouns resolver; the name in full."""
    writing = speaker.description or span.text
    if teller.pos_ == "PRON":
        mention = ctx.trimmed(teller.idx, teller.idx + len(teller.text))
        kind = SpeakerKind.UNKNOWN
        return attrs.evolve(speaker, name=teller.text, mention=mention, kind=kind, description=writing)
    ent = ctx.entity_at(teller.i)
    if ent is None:  # (never: a teller that is no pronoun is a name, see writing_teller)
        return speaker
    kind = ENTITY_KINDS.get(ent.label_, SpeakerKind.UNKNOWN)
    return attrs.evolve(speaker, name=without_article(ent.text), kind=kind, description=writing)


def apposed_pair(ctx: DocContext, span: Span) -> tuple[str, str] | None:
    """The two people named right after the plural description ``span``, joined by ``and``
    (``The study's lead authors, Ann Roe of … and Tom Lee of …,``), each under the full name the
    text gives them (``Roe`` named before as ``Ann Roe``, though the parser read it as a body);
    None for one, three or more, or a name that is no person's."""
    root = span.root
    if root.tag_ != "NNS" or root.ent_type_ or not is_person_noun(role_word(root)):
        return None
    first = next((c for c in root.rights if c.dep_ == "appos"), None)
    if first is None or ctx.token_quoted(first):
        return None
    conjuncts = [c for c in first.children if c.dep_ == "conj"]
    if len(conjuncts) != 1 or any(c.dep_ == "conj" for c in conjuncts[0].children):
        return None  # "Ann Roe, Tom Lee and Eve Park": not a pair
    if any(c.dep_ == "punct" and c.i < conjuncts[0].i for c in first.children):
        return None  # "Ms. Roe, Mr. Lee and Ms. Park", read with two names joined: a list
    if any(c.dep_ == "nummod" and c.lower_ not in ("two", "2") for c in root.children):
        return None  # "The three scholars": more than the two
    names = [_person_named(ctx, token) for token in (first, conjuncts[0])]
    if names[0] is None or names[1] is None or names[0] == names[1]:
        return None
    return names[0], names[1]


def _person_named(ctx: DocContext, token: Token) -> str | None:
    """The full name of the person whose name ``token`` ends: a person entity's, or a surname the
    text gave a person in full before (``Wilson`` for ``Sam Wilson``); else None."""
    for ent, words in zip(ctx.entities, entity_name_words(ctx), strict=True):
        if ent.start <= token.i < ent.end:
            if ent.label_ == "PERSON" and words and ent.end == token.i + 1:
                return " ".join(words)
            if ent.label_ == "PERSON":
                return None
            break
    if token.pos_ != "PROPN" or any(c.dep_ == "compound" for c in token.lefts):
        return None
    found = ctx.memo(People.build).resolve((token.text,), token.idx, fuzzy=False)
    return found.name if found is not None and len(found.name.split()) > 1 else None
