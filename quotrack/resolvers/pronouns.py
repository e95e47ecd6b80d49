"""Pronouns: ``he``, ``she``, ``it``, ``they``, ``we`` (and ``his spokesman``) to who they stand for.

The document is read in order.  Candidates are the speakers, the PERSON
entities outside quotations, and the organisations and places there that
are subjects or owners (``China said it ...``, ``the bank's chief``), not
mere locations.  Each pronoun outside quotations takes the latest
candidate it agrees with, in kind (``he``/``she`` a person, ``it`` an
organisation or outlet, ``they`` a group, organisation or unnamed source),
number and gender, never passing over a newer one that agrees.  Gender
comes from a title (``Mr.``, ``Mrs.``, ``Ms.``), a common first name, or
an earlier ``he``/``she`` bound to that name.  A bound pronoun makes its
referent the latest candidate again.  A pronoun that is a speaker prefers
the subject of the sentence that named the latest candidate to a
non-subject named after it (``Ann Lee thanked Tom Roe. "…," she said`` and
``Lee praised Roe's plan. He said …`` give Lee), and ``he``/``she`` who
speaks passes over one named only inside a claim to one the same paragraph
names outside any (``Hale said that Varga had won. He cautioned …``: Hale), and so does
one who only tells of someone as the subject of a reporting verb's complement, though no claim
was stored there (``Hale said that Varga wanted a deal. "…," he said``: Hale):
the speaker of a claim is the one the text is about, not the latest name (nor the subject of a
relative clause telling the terms of a thing: ``Lee accepted a pact under
which Roe became deputy. "…," he said`` gives Lee).  A definite description
met on the way (``the president's reply``) stands for the entity the text
gave that role before it (see
:func:`~quotrack.resolvers.descriptions.described_entity`); ``they`` never
stands for one person described (``the injured man``), nor ``he``/``she``
for a group noun (``her family``); who was told or interviewed (``told X``,
``in an interview with X``) is no antecedent.  ``he`` or ``she`` with no
one before it to agree with gives no speaker at all, and the explanation
says why (a guess is no speaker); ``it`` and ``they`` with nothing to agree
with stay as written, kind UNKNOWN (often a thing, or a body left unnamed).

``speaker.mention`` keeps pointing at the pronoun as written; ``name``
carries the resolution.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from collections.abc import Sequence

import attrs
import numpy
from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span, Token

from ..context import DocContext, among, picked
from ..detectors.transcript import TranscriptDetector
from ..model import Attribution, Kind, Speaker, SpeakerKind
from ..outlets import audience
from ..people import (
    BINDABLE_PRONOUNS,
    DOCUMENT_NOUNS,
    GENDER_WORDS,
    HONORIFIC_TITLES,
    ORG_NOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    TITLE_WORDS,
    People,
    Pronoun,
    is_person_noun,
    is_unresolved,
    map_speakers,
    mention_span,
    modifies_noun,
    person_name_words,
    plural_mention,
    pronoun_of,
    role_word,
    speakers_of,
    title_gender,
    untagged_person_name,
    without_article,
    without_leading_article,
    without_open_bracket,
    without_possessive,
)
from ..syntax import (
    GROUP_NOUNS,
    NAME_CONNECTORS,
    PLACE_PREPOSITIONS,
    PLATFORMS,
    in_byline,
    noun_phrase,
    questions_asked,
    speaks_for_owner,
)
from ..wordlists import words as word_list
from .antecedents import place_body
from .base import Resolver
from .descriptions import apposed_pair, described_entity
from .writings import authors_of_the_writing

_NEGATORS = word_list("negators")
_NEGATOR_IDS = frozenset(get_string_id(word) for word in _NEGATORS)
_TOLD_VERBS = frozenset({"tell", "say", "speak", "talk", "interview"})
"""Verbs whose audience (``told X``, ``said in an interview with X``) is not who spoke."""
_CANDIDATE_KINDS = frozenset(
    {SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET, SpeakerKind.GROUP, SpeakerKind.UNNAMED}
)


_SUBJECT_OR_OWNER = frozenset({"nsubj", "nsubjpass", "poss"})
"""An organisation or place is a candidate only as a subject or owner, not as a location."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_DEPS = _SUBJECT_OR_OWNER | {"dobj", "pobj", "dative"}
# sorted, for context.among
_PRONOUN_IDS = numpy.array(sorted(get_string_id(p) for p in BINDABLE_PRONOUNS), dtype=numpy.uint64)
_NOUN_DEP_IDS = numpy.array(sorted(get_string_id(d) for d in _NOUN_DEPS), dtype=numpy.uint64)
_CONJ = get_string_id("conj")
_SUBJECT_IDS = numpy.array(sorted(get_string_id(d) for d in _SUBJECTS), dtype=numpy.uint64)
_DESCRIBING_IDS = numpy.array(sorted(get_string_id(w) for w in ROLE_NOUNS | ORG_NOUNS), dtype=numpy.uint64)
"""Lemmas of the nouns that describe someone (``the woman``, ``the campaign``)."""


@attrs.define
class Referent:
    """Someone a pronoun may stand for (mutable while the document is read)."""

    name: str
    kind: SpeakerKind
    gender: str | None = None
    plural: bool = False
    speaker: Speaker | None = None
    last: int = -1
    """Where it was last mentioned (a char offset)."""
    reported: bool = False
    """Its last mention was inside someone else's claim (``Lee said Roe had left``)."""
    told: bool = False
    """Its last mention was in the complement of someone else's reporting verb (see :func:`_told_of`)."""
    subject: bool = False
    """Its last mention was a speaker or a sentence's subject."""
    sentence: int = -1
    """The sentence of its last mention."""
    main: bool = False
    """Its last mention was the subject of its sentence's main verb (see :func:`_main_subject`)."""
    spoke: bool = False
    """Its last mention was as a speaker (``while Roe wrote that …``)."""
    asked: bool = False
    """Its last mention was the subject of ``ask`` (``A reporter asked Roe whether …``): the one who
    answers is the one asked."""
    questioned: int = -2
    """The sentence in which a question was last put to it (``asked Roe whether …``)."""
    namesakes: tuple[tuple[str, str], ...] = ()
    """A bare surname a man and a woman of the document bear (``Clinton``): each one's gender and
    full name; its own gender is then unknown, and a ``he`` or ``she`` bound to it is that one."""

    def talked_about(self, owner: bool) -> bool:
        """Whether its last mention was in someone else's claim, for a pronoun that speaks
        (``owner`` False) or owns the speaker (``his spokesman``: often of the one talked about)."""
        return self.reported or (self.told and not owner)

    def talking(self, owner: bool, subject: bool) -> bool:
        """Whether it may stand for a pronoun passing over one talked about (a ``subject`` only,
        when that one was only told of: not any name further back)."""
        return not self.talked_about(owner) and (self.subject or not subject)

    def agrees(self, pronoun: Pronoun) -> bool:
        """Whether ``pronoun`` can stand for this referent."""
        if self.kind not in pronoun.kinds:
            return False
        if pronoun.gender is not None and self.gender not in (None, pronoun.gender):
            return False
        if pronoun.plural and not self.plural and self.kind in (SpeakerKind.PERSON, SpeakerKind.UNNAMED):
            return False  # "they" is not "the man" a sentence named: one person described
        return pronoun.plural or not self.plural


class PronounResolver(Resolver):
    """Binds pronoun speakers to the latest compatible speaker or entity before them."""

    name = "pronouns"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        wanted = any(_bindable(s) for a in attributions for s in speakers_of(a))
        bound = bind_pronouns(ctx, attributions) if wanted else {}
        if wanted:
            _claim_subjects(ctx, attributions, bound)
        if bound:
            # (a body's name, as a pronoun takes it from its entity, without the article before it)
            attributions = [
                map_speakers(a, lambda s: without_leading_article(_resolved(ctx, s, bound)))
                for a in attributions
            ]
        if wanted:
            attributions = _it_for_the_writing(ctx, attributions)
        attributions = _i_of_the_answers(ctx, attributions)
        attributions = _i_of_the_author(ctx, attributions)
        return [_unbound(a) for a in attributions]


_QUESTION = re.compile(r"Q\s?[:.]\s")
_ANSWER = re.compile(r"A\s?[:.]\s")


def _i_of_the_answers(ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
    """``I`` who speaks outside quotation marks in an answer of a question-and-answer interview
    (paragraphs opening ``Q:`` and ``A:``) is the one interviewed: the person the text before the
    first question names most (at least twice, and more often than anyone else)."""
    if not any(s.mention is not None and s.mention.text == "I" for a in attributions for s in speakers_of(a)):
        return list(attributions)
    answers = ctx.memo(_answer_paragraphs)
    interviewee = _interviewee(ctx, attributions) if answers else None
    if interviewee is None:
        return list(attributions)
    return _i_named(ctx, attributions, interviewee, "the one interviewed: an answer of a Q&A", answers)


def _i_named(
    ctx: DocContext,
    attributions: Sequence[Attribution],
    person: str,
    evidence: str,
    paragraphs: frozenset[int] | None = None,
) -> list[Attribution]:
    """``attributions`` with each speaker written ``I`` outside quotation marks (in ``paragraphs``,
    if given) named ``person``, the ``evidence`` in their explanation."""

    def named(speaker: Speaker) -> Speaker:
        mention = speaker.mention
        if mention is None or mention.text != "I" or speaker.name != "I" or ctx.in_quote(mention.start):
            return speaker
        if paragraphs is not None and ctx.paragraph_index(mention.start) not in paragraphs:
            return speaker
        return attrs.evolve(speaker, name=person, kind=SpeakerKind.PERSON)

    out = []
    for attribution in attributions:
        changed = map_speakers(attribution, named)
        if changed != attribution:
            why = f"pronouns: 'I' → '{person}' ({evidence})"
            changed = attrs.evolve(changed, explanation=(*changed.explanation, why))
        out.append(changed)
    return out


def _answer_paragraphs(ctx: DocContext) -> frozenset[int]:
    """The indices of the paragraphs opening ``A:`` when at least two open ``Q:`` and two ``A:``."""
    opening = [ctx.text[start : start + 4] for start, _ in ctx.paragraphs]
    answers = frozenset(i for i, text in enumerate(opening) if _ANSWER.match(text))
    questions = sum(1 for text in opening if _QUESTION.match(text))
    return answers if questions >= 2 and len(answers) >= 2 else frozenset()


def _interviewee(ctx: DocContext, attributions: Sequence[Attribution]) -> str | None:
    """The person a Q&A's text before its first question names most, if one clearly is (a surname
    counts for the full name it stands for)."""
    first = next(start for start, _ in ctx.paragraphs if _QUESTION.match(ctx.text[start : start + 4]))
    people = People.build(ctx, attributions)
    counts: Counter[str] = Counter()
    for person in people.persons:
        before = [p for p in person.positions if p < first]
        if before:
            full = people.resolve(person.words, before[0], fuzzy=False) or person
            counts[full.name] += len(before)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _i_of_the_author(ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
    """``I`` who speaks outside quotation marks in a text that names its author is the author: an
    opinion piece or an excerpt, whose first paragraphs hold a byline (``By Ann Roe``) or whose last
    ones an author's line (``Ann Roe is the governor of Dover.``, ``From Open Water by Ann Roe.``)."""
    if not any(s.mention is not None and s.name == "I" for a in attributions for s in speakers_of(a)):
        return list(attributions)
    author = ctx.memo(_author)
    if author is None:
        return list(attributions)
    return _i_named(ctx, attributions, author, "the author the text names in a byline or an author's line")


_AUTHOR_LINE_WORDS = 60
"""The most words an author's line at a text's end has."""
_BYLINE = re.compile(r"[Bb]y\s+(\S+(?:\s+\S+){1,3})\s*$")
_EXCERPT = re.compile(r"^From\s.+?\sby\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})[.,]")


def _author(ctx: DocContext) -> str | None:
    """The person a text names as its author (:func:`_i_of_the_author`), or None."""
    paragraphs = ctx.paragraphs
    for start, end in paragraphs[:3]:  # "By Ann Roe"
        found = _BYLINE.fullmatch(ctx.text[start:end].strip())
        if found is None:
            continue
        at = ctx.text.index(found.group(1), start)
        name = ctx.char_span(at, at + 1)
        if name is not None and name[0].ent_type_ == "PERSON":
            return found.group(1)
    for start, end in reversed(paragraphs[-2:]):
        text = ctx.text[start:end].strip()
        excerpt = _EXCERPT.match(text)  # "From Open Water by Ann Roe. Copyright …"
        if excerpt is not None:
            return excerpt.group(1)
        if len(text.split()) > _AUTHOR_LINE_WORDS:
            continue
        line = ctx.char_span(start, end)
        first = ctx.entity_at(line.start) if line is not None else None
        if first is None or first.label_ != "PERSON" or first.start_char != start or len(first) < 2:
            continue
        root = first.root
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "Ann Roe is the governor of Dover."
            return ctx.text[first.start_char : first.end_char]
    return None


def _it_for_the_writing(ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
    """``it`` left unbound that opens the sentence right after a claim whose source is a writing left
    as written stands for that writing: ``A, according to a statement posted to his account. It also
    stated B`` (a writing is no antecedent the binder takes: it is a thing, not a body)."""
    out = list(attributions)
    order = sorted(range(len(out)), key=lambda i: out[i].content.start)
    for before, at in itertools.pairwise(order):
        speaker, writing = out[at].speaker, out[before].speaker
        if speaker is None or speaker.mention is None or speaker.name.lower() != "it" or writing is None:
            continue
        if writing.mention is None:
            continue  # (a writing read as its issuer's is still the writing: "The post … It says")
        span = mention_span(ctx, writing)
        if span is None or role_word(span.root) not in DOCUMENT_NOUNS:
            continue
        it = ctx.tokens_starting_by(speaker.mention.start)
        last = ctx.tokens_starting_by(max(out[before].content.end, writing.mention.end) - 1) - 1
        sentence = ctx.sentence_index(it - 1)
        if sentence != ctx.sentence_index(last) + 1 or ctx.sentences[sentence].start != it - 1:
            continue  # not the next sentence's first word
        why = f"pronouns: '{speaker.name}' → '{writing.name}' (the writing cited in the sentence before)"
        out[at] = attrs.evolve(
            out[at],
            speaker=attrs.evolve(speaker, name=writing.name, kind=writing.kind),
            explanation=(*out[at].explanation, why),
        )
    return out


def _claim_subjects(ctx: DocContext, attributions: Sequence[Attribution], bound: dict[int, Referent]) -> None:
    """``According to his publicist, Ann Roe died …``: a source owned by ``his`` or ``her`` in the
    same sentence before the claim stands for the person the claim opens with as its subject (a
    name, of no other gender), not for the one named before (binds again in ``bound``)."""
    people: People | None = None
    for attribution in attributions:
        speaker = attribution.speaker
        if speaker is None or speaker.mention is None or not is_unresolved(speaker):
            continue
        mention, content = speaker.mention, attribution.content
        word = mention.text.split(maxsplit=1)[0].lower()
        if word not in ("his", "her") or not mention.end < content.start:
            continue
        span = ctx.char_span(content.start, content.end)
        if span is None or span.sent.start_char > mention.start:
            continue  # not the claim's own sentence
        first = span[0]
        root = first
        while root.dep_ == "compound" and root.head.i == root.i + 1:
            root = root.head  # "Ann Roe": the name's last word
        if first.pos_ != "PROPN" or root.pos_ != "PROPN" or root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        people = people or People.build(ctx, attributions)
        gender = BINDABLE_PRONOUNS[word].gender
        words = tuple(t.text for t in ctx.doc[first.i : root.i + 1])  # (a person named, however tagged)
        person = people.resolve(words, first.idx, gender, fuzzy=False)
        if person is None or person.gender not in (None, gender):
            continue
        known = person.gender or gender
        bound[mention.start] = Referent(person.name, SpeakerKind.PERSON, known, subject=True)


def _bindable(speaker: Speaker) -> bool:
    """Whether :func:`_resolved` may change ``speaker``: a pronoun, or ``his spokesman``, as written."""
    if speaker.mention is None or not is_unresolved(speaker):
        return False
    return pronoun_of(speaker) is not None or speaker.mention.text.split(maxsplit=1)[0].lower() in POSSESSIVES


def bind_pronouns(ctx: DocContext, attributions: Sequence[Attribution]) -> dict[int, Referent]:
    """Each pronoun outside quotations, by its char offset, to the referent it binds to."""
    events = _events(ctx, attributions)
    recent: list[Referent] = []
    known: dict[tuple[str, SpeakerKind], Referent] = {}
    bound: dict[int, Referent] = {}
    # who is talking: quote speakers, and the contents that only mention someone
    quoting = {
        s.mention.start
        for a in attributions
        if a.kind is not Kind.INDIRECT
        for s in (a.speaker,)
        if s is not None and s.mention is not None
    }
    # (and the questions put to someone: "Asked whether Acme could lose its licence, he said")
    contents = sorted([*((a.content.start, a.content.end) for a in attributions), *questions_asked(ctx)])
    speaking = {s.mention.start for a in attributions for s in speakers_of(a) if s.mention is not None}
    turns = _turns(attributions)
    for position, _, item in events:
        if isinstance(item, Referent):
            # one referent a name, so what is learnt of it (gender) holds for every mention
            referent = known.setdefault((item.name, item.kind), item)
            referent.gender = referent.gender or item.gender
            referent.plural = referent.plural or item.plural
            referent.speaker = item.speaker or referent.speaker
            referent.namesakes = item.namesakes or referent.namesakes
            referent.last = position
            sentence = _sentence_at(ctx, position)
            # the subject of a sentence stays so when the sentence names it again ("Another
            # pollster, Tom Roe, said": the name apposed to the speaker is no object)
            referent.subject = item.subject or (referent.subject and referent.sentence == sentence)
            referent.sentence = sentence
            referent.main = _main_subject(ctx, position)
            # (one who asks, "when a reporter asked", is the one answered, not the one who speaks on)
            referent.asked = _asker(ctx, position)
            if _put_to(ctx, position):
                referent.questioned = sentence
            referent.spoke = item.speaker is not None and not referent.asked
            # someone quoted before is still a speaker when another claim names them
            referent.reported = referent.speaker is None and _inside(contents, position)
            referent.told = _told_of(ctx, position, item.speaker is not None)
            _to_front(recent, referent)
            continue
        pronoun = BINDABLE_PRONOUNS[item]
        # "LEE: … if he goes back …": in a transcript's turn, "he" is not the one whose turn it is
        own = _turn_speaker(turns, position) if pronoun.gender is not None else None
        agreeing = (r for r in reversed(recent) if r.agrees(pronoun) and r.name != own)
        found = next(agreeing, None)
        # one who speaks ("he", not "his spokesman") is no one named in someone else's claim
        owner = item in POSSESSIVES
        # one only told of (no claim stored) gives way to a subject alone, not to any name before
        told = found is not None and not found.reported
        if found is not None and found.talked_about(owner) and position in quoting:
            # the speaker of a quote: someone talking, not someone talked about
            found = next((r for r in agreeing if r.talking(owner, told)), found)
        elif (
            found is not None
            and found.talked_about(owner)
            and position in speaking
            and (
                pronoun.gender is not None
                # "X said the 36 people were ill. They said …": the speaker goes on, from
                # the next sentence on ("officers saw him and they ordered …": the officers)
                or (pronoun.plural and found.sentence != _sentence_at(ctx, position))
            )
        ):
            # "she testified she was hurt by Roe. She told the court …": whoever speaks on in
            # the paragraph, not one named in passing in their claim
            paragraph = ctx.paragraph_index(position)
            found = next(
                (r for r in agreeing if r.talking(owner, told) and ctx.paragraph_index(r.last) == paragraph),
                found,
            )
        if found is not None and found.asked and position in speaking:
            # "A reporter asked Roe whether A. He said B": the one asked answers, named just before
            found = _asked_before(recent, found, pronoun, own) or found
        if found is None and position in speaking:
            found = _misgendered_speaker(ctx, recent, pronoun, position)
        if found is None:
            continue
        if pronoun.gender is not None and found.kind is SpeakerKind.UNNAMED and found.gender is None:
            # "aides to Mrs. Lee to find work for a donor. Her aides said": a word for someone, of no
            # gender, and not the subject, gives way to one of the pronoun's gender in its sentence
            found = _gendered_beside(recent, found, pronoun) or found
        if position in speaking and not found.subject and found.questioned != found.sentence:
            found = (
                _subject_before(recent, found, pronoun)
                or (None if _introduced(ctx, found) else _speaker_before(recent, found, pronoun))
                or found
            )
        elif (
            position in speaking
            and not owner
            and not (found.main or found.spoke)
            and found.sentence != _sentence_at(ctx, position)
            and _verb_of_subject(ctx, found.last, "relcl") is None  # ("the plan Roe wrote": Roe)
        ):
            # "Levin dismissed concerns, though Sanders won the state. '…,' he said": the subject of
            # a clause hung on the sentence before, who says nothing there, gives way to that
            # sentence's own subject before it
            found = _main_before(recent, found, pronoun) or found
        referent = found
        if referent.namesakes and pronoun.gender is not None:
            # "Clinton" of Bill and Hillary Clinton: "she" is the woman
            referent = _namesake(known, referent, pronoun.gender)
        bound[position] = referent
        if (
            pronoun.gender is not None
            and referent.gender is None
            and _sole_candidate(ctx, recent, referent, position, pronoun)
        ):
            referent.gender = pronoun.gender
        # "it" is too often no one at all ("it is likely", "the lava itself"); nor is an object in a
        # claim someone who goes on ("Roe said she worried who would look after him. '…,' she said")
        if item not in ("it", "its", "itself") and not (
            item in _OBJECT_PRONOUNS and _inside(contents, position)
        ):
            referent.last = position
            if referent.subject and _main_subject(ctx, position, position not in speaking):
                # "Lee made a choice. He named a judge. He is telling allies …": a subject who goes
                # on as the subject of this sentence is its subject, not the judge named after it
                # (not one bound only from a clause hung on a sentence, "since he left", nor one
                # named as no subject: the binding may be the mistake, and it would teach it on;
                # a speaker's "he said" inside a sentence is left to the rules for speakers)
                referent.sentence, referent.main = _sentence_at(ctx, position), True
            _to_front(recent, referent)
    return bound


_OBJECT_PRONOUNS = frozenset({"him"})
"""A pronoun that is only an object (``her`` may own, ``them`` is read for groups): bound inside a
claim, it makes no one the latest person named."""


def _misgendered_speaker(
    ctx: DocContext, recent: list[Referent], pronoun: Pronoun, position: int
) -> Referent | None:
    """The person a ``he`` or ``she`` that speaks stands for when the text named no one of its
    gender: the latest person named as a speaker or subject, in its paragraph or the one before,
    whose given name the name lists give the other gender (``Senior Inspector Chanda Mwale … He
    declined to say``: "Chanda" is listed as a woman's name).  None where any one person of the
    pronoun's gender was named before, or no such person."""
    if (
        pronoun.gender is None
        or pronoun.plural
        or any(r.gender == pronoun.gender and not r.plural for r in recent)
    ):
        return None  # (a group of that gender is no one "he" stands for: "four men")
    paragraph = ctx.paragraph_index(position)
    for referent in reversed(recent):
        if referent.kind is not SpeakerKind.PERSON or referent.plural:
            continue
        if ctx.paragraph_index(referent.last) < paragraph - 1:
            return None
        if referent.subject or referent.spoke:
            surname = referent.name.split()[-1]
            if referent.gender is None or re.search(_HONORIFIC + re.escape(surname) + r"\b", ctx.text):
                return None  # "Mrs. Maya Roth": her gender is written, not guessed from a list
            return referent
    return None


_HONORIFIC = (
    r"\b(?:"
    + "|".join(
        sorted(re.escape(w.capitalize()) for w in GENDER_WORDS if w in HONORIFIC_TITLES or w in TITLE_WORDS)
    )
    + r")\.?\s+(?:[A-Z][\w'’-]*\s+){0,2}"
)
"""A title that gives a name's gender (lexicons gender_words, honorifics, title_words: ``Mrs.``,
``Sir``, ``Lady``), and up to two words of the name after it."""


def _turns(attributions: Sequence[Attribution]) -> list[tuple[int, int, str]]:
    """The content ranges of a transcript's turns (``NAME: …`` lines, spoken word for word with no
    quotation marks), with the name of the person whose turn it is, in text order."""
    return sorted(
        (a.content.start, a.content.end, a.speaker.name)
        for a in attributions
        if a.detector == TranscriptDetector.name
        and a.speaker is not None
        and a.speaker.kind is SpeakerKind.PERSON
    )


def _turn_speaker(turns: list[tuple[int, int, str]], position: int) -> str | None:
    """The name of the person in whose transcript turn ``position`` is; None outside any turn."""
    at = bisect.bisect_right(turns, (position, float("inf"), "")) - 1
    return turns[at][2] if at >= 0 and turns[at][0] <= position < turns[at][1] else None


def _events(ctx: DocContext, attributions: Sequence[Attribution]) -> list[tuple[int, int, Referent | str]]:
    """Referents and pronouns in text order (a referent after a pronoun at the same offset).

    Past the last speaker :func:`_resolved` may bind, only the speakers' referents are taken:
    nothing is bound there, and a speaker's referent may still give an earlier referent of its
    name its speaker.
    """
    people = People.build(ctx, attributions)
    events: list[tuple[int, int, Referent | str]] = []
    covered = bytearray(len(ctx.doc))  # 1 where a token is part of a speaker's mention
    speakers = {s for a in attributions for s in speakers_of(a)}
    last = -1
    for s in speakers:  # what _resolved looks up: a pronoun, or "his spokesman", unresolved
        if s.mention is not None and s.mention.start > last and is_unresolved(s):
            span = mention_span(ctx, s) if pronoun_of(s) is None else None
            if span is None or (len(span) > 1 and span[0].lower_ in POSSESSIVES):
                last = s.mention.start
    for speaker in speakers:
        referent = _speaker_referent(ctx, people, speaker)
        if referent is not None and speaker.mention is not None:
            events.append((speaker.mention.start, 1, referent))
            span = ctx.char_span(speaker.mention.start, speaker.mention.end)
            if span is not None:
                covered[span.start : span.end] = b"\x01" * len(span)
                if _describes_others(speaker):  # ("Advisers to Ann Roe": Ann Roe is a referent too)
                    for ent in ctx.entities_between(span.start_char, span.end_char):
                        if ent.label_ == "PERSON":
                            covered[ent.start : ent.end] = b"\x00" * len(ent)
    # (a PERSON entity's words as a person's name: "Electing Ann Lee", "Lee Slams Roe" are no names)
    entities = zip(ctx.entities, ctx.entity_labels, ctx.entity_texts, person_name_words(ctx), strict=True)
    for ent, label, text, words in entities:
        if ent.start_char > last:
            break
        if (
            ctx.in_quote(ent.start_char)
            or any(covered[ent.start : ent.end])
            or in_byline(ctx, ent.start_char)
        ):
            continue
        referent = _entity_referent(people, ent, label, text, words)
        if referent is not None:
            events.append((ent.start_char, 1, referent))
    doc = ctx.doc
    # pick the few tokens worth a look with numpy, not a Python loop over every token
    # (the hash lookups only on the tokens a part of speech already let through)
    pronouns = among(ctx.column(LOWER), _PRONOUN_IDS)
    nouns = numpy.flatnonzero(ctx.column(POS) == NOUN)
    nouns = picked(picked(nouns, ctx.column(DEP), _NOUN_DEP_IDS), ctx.column(LEMMA), _DESCRIBING_IDS)
    # a subject written as a name the parser left untagged ("Navalny is a critic of ...", and
    # "Sanders defended his vote" with the surname read as a plural noun)
    pos = ctx.column(POS)
    names = numpy.flatnonzero(((pos == PROPN) | (pos == NOUN)) & (ctx.column(ENT_TYPE) == 0))
    names = picked(names, ctx.column(DEP), _SUBJECT_IDS)
    untagged = set(names.tolist())
    looked_at = pronouns.copy()
    looked_at[nouns] = True
    looked_at[names] = True
    for i in numpy.flatnonzero(looked_at[: ctx.tokens_starting_by(last)]).tolist():
        token = doc[i]
        if i in untagged:
            referent = _untagged_referent(ctx, people, token)
            if referent is not None and not covered[i]:
                events.append((token.idx, 1, referent))
            if referent is not None or token.pos != NOUN:
                continue
        if pronouns[i]:
            if not ctx.token_quoted(token):
                events.append((token.idx, 0, token.lower_))
            continue
        referent = _noun_referent(ctx, people, token)
        if referent is not None and not covered[i]:
            events.append((token.idx, 1, referent))
    for i in numpy.flatnonzero(ctx.column(DEP)[: ctx.tokens_starting_by(last)] == _CONJ).tolist():
        referent = _joint_subject(ctx, doc[i])
        if referent is not None:
            events.append((doc[i].head.left_edge.idx, 1, referent))
    events.sort(key=operator.itemgetter(0, 1))  # the same key as (e[0], e[1]), built in C
    return events


def _describes_others(speaker: Speaker) -> bool:
    """Whether a speaker is people described, not named, whose words may name someone else
    (``Advisers to Ann Roe``, ``a spokesman for Mayor Tom Lee``): the names in its mention stay
    referents of their own."""
    return (
        speaker.kind in (SpeakerKind.UNNAMED, SpeakerKind.GROUP)
        and not speaker.members
        and is_unresolved(speaker)
    )


def _joint_subject(ctx: DocContext, conjunct: Token) -> Referent | None:
    """People a sentence's subject names together (``Foreign minister Ann Roe and her Greek
    and French counterparts gathered …``) as one plural referent for ``they``: the subject up to
    its last conjunct, a plural word for people (``counterparts``, ``two aides``) after a person's
    name or a word for one.  Names joined by ``and`` are read as the speakers they are, and
    ``the former minister and current nominee`` is one person."""
    first = conjunct.head
    if (
        first.dep_ not in _SUBJECTS
        or conjunct.tag_ != "NNS"
        or ctx.token_quoted(first)
        or not (_person(first) and _person(conjunct))
    ):
        return None
    if any(c.dep_ == "conj" and c.i > conjunct.i for c in first.children):
        return None  # (the group is read once, at its last conjunct)
    if first.tag_ == "NNP":
        # the people it names: 'minister Ann Roe and her counterparts, Bo Li and Al Kay' is
        # 'Ann Roe, Bo Li and Al Kay'; without their names, 'Ann Roe and her counterparts'
        names = [_proper_name(first), *(_proper_name(t) for t in _apposed_names(first, conjunct))]
        if len(names) > 1:
            return Referent(
                ", ".join(names[:-1]) + " and " + names[-1],
                SpeakerKind.GROUP,
                None,
                True,
                subject=_clause_subject(first),
            )
        start = first.i - len(_proper_name(first).split(" ")) + 1
        phrase = ctx.trimmed(first.doc[start].idx, conjunct.idx + len(conjunct.text))
    else:
        phrase = ctx.trimmed(first.left_edge.idx, conjunct.idx + len(conjunct.text))
    if phrase is None:
        return None
    return Referent(phrase.text, SpeakerKind.GROUP, None, True, subject=_clause_subject(first))


def _proper_name(token: Token) -> str:
    """The proper name ``token`` ends: its run of proper nouns (``Jean-Yves Le Drian``)."""
    doc = token.doc
    start = token.i
    while (
        start > 0 and doc[start - 1].tag_ in ("NNP", "HYPH") and start - 1 <= doc[start - 1].head.i <= token.i
    ):
        start -= 1
    return doc[start : token.i + 1].text


def _apposed_names(first: Token, conjunct: Token) -> list[Token]:
    """The names apposed after a group's last conjunct, and those joined to them: ``Bo Li and Al Kay``."""
    found: list[Token] = []
    todo = [c for t in (first, conjunct) for c in t.children if c.dep_ == "appos" and c.i > conjunct.i]
    while todo:
        token = todo.pop(0)
        if token.tag_ != "NNP":
            return []  # 'his counterparts, the envoys of …': no names
        found.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


def _person(token: Token) -> bool:
    """Whether ``token`` heads a person's name or a word for a person (``counterparts``)."""
    return token.ent_type_ == "PERSON" or is_person_noun(role_word(token))


def _noun_referent(ctx: DocContext, people: People, token: Token) -> Referent | None:
    """``the woman``, ``an official``, ``the campaign``: someone described, not named."""
    role = role_word(token)
    if role in ORG_NOUNS:
        if token.dep_ not in _SUBJECT_OR_OWNER:
            return None
        kind = SpeakerKind.ORGANIZATION
    elif role in ROLE_NOUNS:
        kind = SpeakerKind.UNNAMED
    else:
        return None
    if ctx.token_quoted(token):
        return None
    if kind is SpeakerKind.UNNAMED and _as_role(token):
        return None  # "a plan she fought as a senator": what someone was, no one else
    start, _ = noun_phrase(token)
    words = ctx.column(LOWER)[start : token.i].tolist()  # (no Token built)
    both = _both_of_neither(ctx, start, token)
    if both is None and not _NEGATOR_IDS.isdisjoint(words):
        return None  # "not even one candidate", "no officials": no one
    one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if kind is SpeakerKind.UNNAMED and one is not None and one.lower_ == "one" and one.dep_ in _SUBJECTS:
        # "One of the victims decided …. She said": one person of the group, the subject
        phrase = ctx.trimmed(one.idx, token.idx + len(token.text))
        if phrase is None:
            return None
        return Referent(phrase.text, kind, GENDER_WORDS.get(role), subject=True)
    body = place_body(ctx, token)  # "the government of Valeria": named whole
    if both is not None:  # "neither US nor British authorities … they said": the two together
        return Referent(both, SpeakerKind.UNNAMED, None, True, subject=_clause_subject(token))
    if body is not None:
        phrase = ctx.trimmed(body.start_char, body.end_char)
    else:
        phrase = ctx.trimmed(ctx.doc[start].idx, token.idx + len(token.text))
    if phrase is None:
        return None
    plural = token.tag_ in ("NNS", "NNPS") or token.lower_ in GROUP_NOUNS  # "her family": not "she"
    subject = _clause_subject(token)
    pair = apposed_pair(ctx, ctx.doc[start : token.i + 1]) if plural and kind is SpeakerKind.UNNAMED else None
    if pair is not None:  # "The study's lead authors, Ann Roe and Tom Lee, … They": the two
        group = Speaker(name=" and ".join(pair), kind=SpeakerKind.GROUP, members=pair)
        return Referent(group.name, SpeakerKind.GROUP, None, True, speaker=group, subject=subject)
    research = authors_of_the_writing(ctx, ctx.doc[start : token.i + 1]) if pair is None and plural else None
    if research is not None and research.kind is not SpeakerKind.PERSON:
        # "Scientists from Acme University reported … The researchers found A and they found B": theirs
        return Referent(research.name, research.kind, None, True, speaker=research, subject=subject)
    named = _apposed_body(ctx, token) if kind is SpeakerKind.ORGANIZATION and not plural else None
    if named is not None:  # "The regulator, Ofcom, approved the cut. It said A": Ofcom
        return Referent(named, kind, None, subject=subject)
    found = described_entity(ctx, ctx.doc[start : token.i + 1]) if not plural else None
    if found is not None:  # "President Ann Roe … the president's reply": Ann Roe
        words = tuple(found.name.split())
        person = people.resolve(words, token.idx, fuzzy=False)
        if found.kind is SpeakerKind.PERSON and person is not None and not _namesakes(people, words):
            return Referent(person.name, found.kind, person.gender or GENDER_WORDS.get(role), subject=subject)
        return Referent(found.name, found.kind, GENDER_WORDS.get(role), subject=subject)
    return Referent(phrase.text, kind, GENDER_WORDS.get(role), plural, subject=subject)


def _apposed_body(ctx: DocContext, noun: Token) -> str | None:
    """The name of a body set beside the body's noun ``noun`` after a comma (``The regulator,
    Ofcom,``): a capitalised proper name, in no entity or a body's; None for anything else."""
    child = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if child is None or child.ent_type_ not in ("", "ORG") or ctx.doc[child.left_edge.i - 1].text != ",":
        return None
    words = ctx.doc[child.left_edge.i : child.i + 1]
    if not all(t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS for t in words):
        return None
    return without_article(words.text)


def _as_role(token: Token) -> bool:
    """Whether ``token`` is the role someone plays, the object of ``as`` after a verb or noun
    (``she fought it as a senator``, ``his years as the party's chair``, ``with Roe acting as
    co-host``); not ``such as`` (``critics such as the senator``)."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "as" or head.head.pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    return not any(child.lower_ == "such" for child in head.children) and (
        head.i == 0 or head.doc[head.i - 1].lower_ != "such"
    )


def _both_of_neither(ctx: DocContext, start: int, token: Token) -> str | None:
    """``US and British authorities`` for ``neither US nor British authorities`` (a plural noun
    whose phrase opens with ``neither`` and joins its two modifiers with ``nor``): the two are
    the group a later ``they`` stands for, though the sentence denies them something; None for
    any other phrase."""
    doc = ctx.doc
    if token.tag_ not in ("NNS", "NNPS") or doc[start].lower_ != "neither":
        return None
    nors = [t for t in doc[start + 1 : token.i] if t.lower_ == "nor"]
    if len(nors) != 1 or nors[0].i == start + 1:
        return None
    first = ctx.text[doc[start + 1].idx : nors[0].idx].strip()
    rest = ctx.text[nors[0].idx + len(nors[0].text) : token.idx + len(token.text)].strip()
    return f"{first} and {rest}"


def _namesakes(people: People, words: tuple[str, ...]) -> bool:
    """Whether the document names two people with longer names ending in ``words`` (two Bushes)."""
    longer = {p.name for p in people.persons if len(p.words) > len(words) and p.words[-len(words) :] == words}
    return len(longer) > 1


def _untagged_referent(ctx: DocContext, people: People, token: Token) -> Referent | None:
    """A subject the parser left untagged, as the person the document names with that word.

    One word counts when the document gives a person that name elsewhere, and only when it ends
    its phrase (``Navalny``, not ``Navalny's team``); a given name and a surname
    (:func:`~quotrack.people.untagged_person_name`: ``Ana Ruiz expects …``) count as they are.
    """
    if token.pos == NOUN and not (token.is_title and people.knows_word(token.text)):
        return None  # a common noun, or a surname read as one ("Sanders"): only a name borne
    if ctx.token_quoted(token):
        return None
    if any(child.dep_ == "compound" for child in token.children):
        named = untagged_person_name(token)  # "Ana Ruiz expects rates to fall": a name untagged
        if named is None:
            return None
        words, gender = named
        person = people.resolve(words, token.idx, fuzzy=False)
        if person is None:
            return Referent(" ".join(words), SpeakerKind.PERSON, gender, subject=True)
    else:
        person = people.resolve((token.text,), token.idx, fuzzy=False)
    if person is None:
        return None
    return Referent(person.name, SpeakerKind.PERSON, person.gender, subject=True)


def _subject_before(recent: list[Referent], found: Referent, pronoun: Pronoun) -> Referent | None:
    """The latest agreeing subject named in ``found``'s sentence before it, if any."""
    for referent in reversed(recent):
        if referent is found or referent.last > found.last:
            continue
        if referent.sentence != found.sentence:
            return None
        if referent.subject and not referent.reported and referent.agrees(pronoun):
            return referent
    return None


def _main_before(recent: list[Referent], found: Referent, pronoun: Pronoun) -> Referent | None:
    """The agreeing subject of the main verb of ``found``'s sentence, named before it there, if
    any, and not talked about in a claim nor asking ``found`` a question (``A reporter asked Roe
    how he felt. He replied``: Roe answers)."""
    for referent in reversed(recent):
        if referent is found or referent.last > found.last:
            continue
        if referent.sentence != found.sentence:
            return None
        if referent.main and referent.agrees(pronoun) and not referent.talked_about(False):
            return None if referent.asked else referent
    return None


def _gendered_beside(recent: list[Referent], found: Referent, pronoun: Pronoun) -> Referent | None:
    """A person of ``pronoun``'s gender named in ``found``'s sentence before it, when ``found`` is
    no subject."""
    if found.subject:
        return None
    for referent in reversed(recent):
        if referent is found or referent.last > found.last:
            continue
        if referent.sentence != found.sentence:
            return None
        if referent.kind is SpeakerKind.PERSON and referent.gender == pronoun.gender:
            return referent
    return None


def _asked_before(
    recent: list[Referent], asker: Referent, pronoun: Pronoun, own: str | None
) -> Referent | None:
    """The one the asker's question was put to, for a pronoun that answers: the latest agreeing one
    named in the asker's sentence as the object of ``ask`` (``A reporter asked Roe whether A. He
    said B``) or as the sentence's main subject (``Roe spoke, when a reporter asked if …``)."""
    for referent in reversed(recent):
        if referent is asker or referent.name == own or referent.sentence != asker.sentence:
            continue
        if referent.asked or referent.reported or not referent.agrees(pronoun):
            continue
        if referent.questioned == referent.sentence or referent.main:
            return referent
    return None


def _put_to(ctx: DocContext, char: int) -> bool:
    """Whether the name at ``char`` is the one a question was put to (the object of ``ask``: ``A
    reporter asked Roe whether …``), who answers, not the asker."""
    token = _name_head(ctx, char)
    return token is not None and token.dep_ in ("dobj", "dative") and token.head.lemma_ == "ask"


def _speaker_before(recent: list[Referent], found: Referent, pronoun: Pronoun) -> Referent | None:
    """The latest agreeing speaker named as a subject in the sentence before ``found``'s, if any.

    ``Lane said A. Lane had a son with Al Pike. She was also married to Robin Hale and Kerry
    Cole. She said B``: the speaker goes on speaking; Kerry Cole, named in passing, did not speak.
    """
    for referent in reversed(recent):
        if referent is found or referent.last > found.last:
            continue
        if referent.sentence < found.sentence - 1:
            return None
        if (
            referent.speaker is not None
            and referent.subject
            and not referent.reported
            and referent.agrees(pronoun)
        ):
            return referent
    return None


_INTRODUCING = frozenset({"appos", "relcl", "acl"})


def _introduced(ctx: DocContext, found: Referent) -> bool:
    """Whether ``found``'s last mention keeps them in view: a name that introduces them (``Ann Roe,
    a delegate who …``, ``a worker named Ann Roe``) or owns something (``the president's roots``,
    ``his job``); not a pronoun bound to them (that binding may be the mistake)."""
    tokens = ctx.token_range(found.last, found.last + 1)
    if tokens is None:
        return False
    token = ctx.doc[tokens[0]]
    if token.tag_ in ("PRP", "PRP$"):
        return token.tag_ == "PRP$"  # "his job": owning something; a pronoun bound before may be wrong
    while token.head.i != token.i and token.head.ent_iob_ == "I" and token.head.ent_type_ == token.ent_type_:
        token = token.head  # (the last word of a name: its root)
    if token.dep_ == "poss" or token.head.dep_ in _INTRODUCING:
        return True
    return any(child.dep_ in _INTRODUCING for child in token.children)


_TELLING_FRAMES = frozenset({"speech", "belief"})


def _told_of(ctx: DocContext, char: int, speaker: bool = False) -> bool:
    """Whether the mention at ``char`` sits in the complement clause of someone else's reporting
    verb (``Hale said that Varga wanted a deal``, ``Hale added that Varga told her …``): Varga is
    talked about, not talking.  A ``speaker`` of a claim of their own counts only as the subject
    of the complement itself, not of a clause hung on it (``Hale said A, while Varga wrote B``)."""
    tokens = ctx.token_range(char, char + 1)
    if tokens is None:
        return False
    child = ctx.doc[tokens[0]]
    while child.dep_ == "compound" and child.head.pos_ == "PROPN":
        child = child.head  # (a name's last word)
    if child.dep_ not in _SUBJECTS:
        return False  # "the Roe campaign", "Roe's plan": no one the claim tells of as its subject
    for ancestor in itertools.islice(child.ancestors, 8):
        if (
            child.dep_ == "ccomp"
            and child.i > ancestor.i  # ("Roe went further: he said …": no complement of his)
            and ancestor.pos_ == "VERB"
            and not ctx.token_quoted(ancestor)  # (a verb of the quoted words: no one else's claim)
            and not _TELLING_FRAMES.isdisjoint(ctx.lexicons.cues.token_frames(ancestor))
            # someone's verb: its own subject, or an active participle's ("Hale left, saying Roe lied";
            # not "Asked about it, Roe laughed": Roe is the one asked)
            and (ancestor.tag_ == "VBG" or any(c.dep_ in _SUBJECTS for c in ancestor.children))
        ):
            return True
        if speaker and child.dep_ == "advcl":
            return False
        child = ancestor
    return False


def _name_head(ctx: DocContext, char: int) -> Token | None:
    """The word at ``char``, past a name's first words to its last (``Ann Lee``: ``Lee``), the one
    a verb takes as its subject; None where no word starts."""
    tokens = ctx.token_range(char, char + 1)
    if tokens is None:
        return None
    token = ctx.doc[tokens[0]]
    while token.dep_ in ("compound", "flat") and token.i < token.head.i <= token.i + 4:
        token = token.head
    return token


def _asker(ctx: DocContext, char: int) -> bool:
    """Whether the name or description at ``char`` is the subject of ``ask`` (``Tom Lee asked``,
    ``A reporter asked``: past its article and modifiers)."""
    token = _name_head(ctx, char)
    while token is not None and token.dep_ in ("det", "amod") and token.i < token.head.i <= token.i + 4:
        token = token.head
    return token is not None and token.dep_ == "nsubj" and token.head.lemma_ == "ask"  # (not "was asked")


def _verb_of_subject(ctx: DocContext, char: int, kind: str) -> Token | None:
    """The verb whose subject the name or pronoun at ``char`` is, if its lemma or its dependency
    is ``kind`` (``ask``, ``relcl``)."""
    token = _name_head(ctx, char)
    if token is None or token.dep_ not in _SUBJECTS or kind not in (token.head.lemma_, token.head.dep_):
        return None
    return token.head


def _main_subject(ctx: DocContext, char: int, inside: bool = True) -> bool:
    """Whether the word at ``char`` is the subject of its sentence's main verb (or of a verb joined
    to it by ``and``), and, unless ``inside``, the sentence's first word."""
    token = _name_head(ctx, char)
    if token is None or token.dep_ not in _SUBJECTS or not (inside or token.is_sent_start):
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _sentence_at(ctx: DocContext, char: int) -> int:
    tokens = ctx.token_range(char, char + 1)
    return ctx.sentence_index(tokens[0]) if tokens is not None else -1


def _inside(ranges: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` falls in one of the sorted ``ranges``."""
    index = bisect.bisect_left(ranges, (position + 1, 0))
    return any(start <= position < end for start, end in ranges[:index])


def _sole_candidate(
    ctx: DocContext, recent: list[Referent], referent: Referent, position: int, pronoun: Pronoun
) -> bool:
    """Whether ``referent`` was the only one of its kind in reach (this sentence and the one before),
    and the pronoun comes after its sentence's subject.

    Only then does binding ``he``/``she`` to it teach its gender: a guess
    between two people must not decide the next pronoun too, nor a guess
    that may be the subject named after it.
    """
    token = ctx.char_span(position, position + 1)
    if token is not None and _before_its_subject(token.root):
        return False  # "With Tom Roe by her side, Ann Lee said": "her" may be Ann Lee, named after
    sentence = ctx.sentence_index(token.start) if token is not None else 0
    reach = ctx.sentences[max(sentence - 1, 0)].start_char
    rivals = [r for r in recent if r.last >= reach and r.kind in pronoun.kinds and not r.plural]
    return rivals == [referent]


def _before_its_subject(token: Token) -> bool:
    """Whether ``token`` is in a phrase or clause that opens its sentence before the main verb's
    subject, a name (``With Tom Roe by her side, Ann Lee …``), where a pronoun may stand for that
    subject, named after it."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "PROPN" and token.i < subject.left_edge.i


def _namesake(known: dict[tuple[str, SpeakerKind], Referent], found: Referent, gender: str) -> Referent:
    """The one of ``found``'s namesakes of ``gender``, as the referent of their full name, last
    mentioned where ``found`` was."""
    name = dict(found.namesakes)[gender]
    referent = known.setdefault((name, SpeakerKind.PERSON), Referent(name, SpeakerKind.PERSON, gender))
    referent.gender = referent.gender or gender
    referent.last, referent.sentence = found.last, found.sentence
    referent.subject, referent.reported, referent.told = found.subject, found.reported, found.told
    return referent


def _to_front(recent: list[Referent], referent: Referent) -> None:
    """Make ``referent`` the latest candidate."""
    for index in range(len(recent) - 1, -1, -1):
        if recent[index] is referent:
            del recent[index]
            break
    recent.append(referent)


def _speaker_referent(ctx: DocContext, people: People, speaker: Speaker) -> Referent | None:
    if speaker.mention is None or speaker.kind not in _CANDIDATE_KINDS:
        return None
    if pronoun_of(speaker) is not None and is_unresolved(speaker):
        return None
    span = mention_span(ctx, speaker)
    plural = speaker.kind is SpeakerKind.GROUP or (span is not None and plural_mention(span, speaker.kind))
    titled = title_gender(speaker.mention.text)
    gender = people.gender(speaker.name) or titled
    if gender is None and span is not None and span.root.pos_ == "NOUN":
        gender = GENDER_WORDS.get(role_word(span.root))
    words = tuple(without_possessive(speaker.mention.text).split())
    if speaker.kind is SpeakerKind.PERSON and titled is None and len(words) == 1:
        namesakes = _namesakes_by_gender(people, words, speaker.mention.start)
        if namesakes:  # "Clinton said": the man or the woman, as a pronoun after it tells
            return Referent(words[0], speaker.kind, None, plural, speaker, subject=True, namesakes=namesakes)
    return Referent(speaker.name, speaker.kind, gender, plural, speaker, subject=True)


def _namesakes_by_gender(people: People, words: tuple[str, ...], at: int) -> tuple[tuple[str, str], ...]:
    """For a bare surname (one word) that a man and a woman the document names in full both bear
    (``Clinton`` of Bill and Hillary Clinton), when it is read as one of them but the document
    named the other first (the story's subject): the other, and the one it is read as, by gender;
    else nothing."""
    if len(words) != 1:
        return ()
    bearers = [p for p in people.bearers(words[0]) if len(p.words) > 1 and p.words[-1] == words[0]]
    if len(bearers) < 2 or not {"m", "f"} <= {p.gender for p in bearers}:
        return ()
    first = min(bearers, key=lambda p: p.positions[0])
    read = people.resolve(words, at, fuzzy=False)
    if first.gender is None or read is None or read.gender is None or len(read.words) < 2:
        return ()
    if read.gender == first.gender:
        return ()
    return ((first.gender, first.name), (read.gender, read.name))


def _entity_referent(
    people: People, ent: Span, label: str, text: str, words: tuple[str, ...]
) -> Referent | None:
    """The referent of entity ``ent`` (its ``label``, ``text`` and :func:`name_words` given)."""
    root = ent.root
    if label == "NORP":
        return _members(root)
    if label not in ("PERSON", "ORG", "GPE"):
        return None
    if not words:
        return None
    if text.lower() in PLATFORMS and root.dep_ not in _SUBJECTS:
        return None  # "a statement on Twitter, he wrote": the platform is where, not who
    if label == "PERSON" or (label in ("ORG", "GPE") and people.knows_word(words[-1])):
        if _addressed(root):
            return None  # "in an interview with Dawn, she said": who was told is not who spoke
        if len(words) == 1 and root.dep_ == "pobj" and _where(root):
            return None  # "Born in Debrecen", "a woman from Derry", tagged a person: where, no one
        doc = ent.doc
        before = doc[ent.start - 1].text if ent.start > 0 else ""
        titled = title_gender(f"{before} {text}")  # "Mr. Clinton" is not Hillary Clinton
        person = people.resolve(words, ent.start_char, titled, fuzzy=False)
        if len(words) == 1 and (person is None or len(person.words) == 1) and modifies_noun(ent):
            return None  # "the EastMed signing ceremony": a one-word name no one bears in full, of a thing
        name = person.name if person is not None else " ".join(words)
        gender = (person.gender if person is not None else None) or titled
        subject = _clause_subject(root) or _topic(root)
        # (only a surname that is the subject: "a Clinton aide" stays who the names resolver said)
        namesakes = _namesakes_by_gender(people, words, ent.start_char) if titled is None and subject else ()
        if namesakes:
            return Referent(words[0], SpeakerKind.PERSON, None, subject=subject, namesakes=namesakes)
        return Referent(name, SpeakerKind.PERSON, gender, subject=subject)
    if label in ("ORG", "GPE") and root.dep_ in _SUBJECT_OR_OWNER:
        # "Ruritania's white paper … It said": Ruritania; "the Commission (CIR": ran into a bracket
        text = without_possessive(without_open_bracket(text))
        return Referent(text, SpeakerKind.ORGANIZATION, subject=root.dep_ in _SUBJECTS)
    return None


def _where(name: Token) -> bool:
    """Whether a name is the object of a preposition of where (``in``, ``near``, ``outside``), or of
    ``from`` after a person's name, a word for a person or someone of an age (``a woman from
    Derry``, ``a 67-year-old widow from Derry``: where she is from; not ``a letter from Roe``)."""
    preposition = name.head
    if preposition.lower_ in PLACE_PREPOSITIONS:
        return True
    owner = preposition.head
    return preposition.lower_ == "from" and (
        _person(owner) or any(c.lower_ == "old" for c in owner.lefts)  # ("a 67-year-old widow")
    )


def _members(root: Token) -> Referent | None:
    """The members of a party or people as the subject of a clause (``Senate Democrats blocked the
    bill because they said …``): a group ``they`` stands for."""
    if root.tag_ not in ("NNPS", "NNS") or not _clause_subject(root):
        return None
    start = root.i
    while start > 0 and root.doc[start - 1].dep_ == "compound" and root.doc[start - 1].head.i == root.i:
        start -= 1  # "Senate Democrats"
    return Referent(root.doc[start : root.i + 1].text, SpeakerKind.GROUP, None, True, subject=True)


def _topic(token: Token) -> bool:
    """Whether ``token`` is the topic a sentence opens with: ``As for Roe, he said …``."""
    if token.dep_ != "pobj" or token.head.lower_ != "for" or token.head.i == 0:
        return False
    before = token.doc[token.head.i - 1]
    return before.lower_ == "as" and (
        before.is_sent_start or before.i == 0 or before.nbor(-1).pos_ in ("CCONJ", "PUNCT")
    )


_WH_OBJECTS = frozenset({"which", "whom", "whose"})


def _clause_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of a clause of its sentence's own, not of a relative
    clause that tells the terms of a thing (``Lee agreed to a deal in which Roe became chairman``:
    Roe is named in passing, the sentence is about Lee)."""
    if token.dep_ not in _SUBJECTS:
        return False
    clause = token.head
    if clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.i < token.i:
        return False  # "backed her claim that city courts are slow": what the noun holds
    if clause.dep_ != "relcl":
        return True
    return not any(
        child.dep_ == "prep" and any(g.lower_ in _WH_OBJECTS for g in child.children)
        for child in clause.children
    )


def _addressed(head: Token) -> bool:
    """Whether ``head`` is who a reporting verb near it was said to (``told X``, ``an interview with X``)."""
    verb = next((a for a in itertools.islice(head.ancestors, 4) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in _TOLD_VERBS:
        return False  # "gave a shout-out to X": X is no audience of speech
    return any(t.i == head.i for t in audience(verb))


def _unbound(attribution: Attribution) -> Attribution:
    """An attribution whose speaker is a pronoun nothing in reach agrees with: no speaker, and why."""
    speaker = attribution.speaker
    if speaker is None or attribution.chain or not is_unresolved(speaker):
        return attribution
    pronoun = pronoun_of(speaker)
    if pronoun is None or pronoun.gender is None:
        return attribution  # "it", "they": often a thing, or a body the text left unnamed
    why = f"pronouns: no speaker: '{speaker.name}' has no antecedent of its kind, number and gender before it"
    return attrs.evolve(attribution, speaker=None, explanation=(*attribution.explanation, why))


def _resolved(ctx: DocContext, speaker: Speaker, bound: dict[int, Referent]) -> Speaker:
    if speaker.mention is None or not is_unresolved(speaker):
        return speaker
    referent = bound.get(speaker.mention.start)
    if referent is None:
        return speaker
    if pronoun_of(speaker) is not None:
        source = referent.speaker
        return attrs.evolve(
            speaker,
            name=referent.name,
            kind=referent.kind,
            description=speaker.description or (source.description if source else None),
            affiliation=speaker.affiliation or (source.affiliation if source else None),
            members=source.members if source is not None else speaker.members,
        )
    span = mention_span(ctx, speaker)
    if span is None or len(span) < 2 or span[0].lower_ not in POSSESSIVES:
        return speaker
    # "his spokesman": someone of the referent's
    rest = span[1:].text
    modifiers = span[1:-1]  # "its press release", "their official statement": the writing's own words
    if (
        span.root.i == span.end - 1
        and speaks_for_owner(span.root)
        and all(t.dep_ in ("compound", "amod") for t in modifiers)
    ):  # "its website" speaks for the referent
        return attrs.evolve(speaker, name=referent.name, kind=referent.kind, description=span.text)
    head = role_word(span.root)
    kind = (
        SpeakerKind.UNNAMED
        if is_person_noun(head)
        else SpeakerKind.ORGANIZATION
        if head in ORG_NOUNS
        else speaker.kind
    )
    return attrs.evolve(
        speaker, name=f"{referent.name}'s {rest}", kind=kind, description=rest, affiliation=referent.name
    )
