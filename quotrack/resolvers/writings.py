"""A writing's source: who issued or wrote ``the report``, ``the study``, ``the ruling``.

``Acme Mining said in a filing … according to the filing`` gives Acme
Mining, the issuer of the filing; ``the Acme report`` names its own source;
``the court ruled … the ruling`` takes the body that did what the writing is
named after; and ``The survey was led by Ann Roe and Tom Lee … the
researchers said`` gives the survey's two authors.  A source is taken only
while it is still in view.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy
from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, VERB
from spacy.tokens import Span, Token

from ..context import DocContext, among, picked
from ..model import Speaker, SpeakerKind
from ..people import (
    BUSINESS_WORDS,
    DOCUMENT_NOUNS,
    GIVEN_NAMES,
    PEOPLE_SUBJECT_PRONOUNS,
    company_name,
    name_words,
    role_word,
    without_article,
    without_open_bracket,
    without_possessive,
)
from ..syntax import ENTITY_KINDS, acronym_word, governing_subject, is_counted_share, noun_phrase
from ..wordlists import words as word_list
from .antecedents import DEFINITE
from .names import companies_by_short_name, defined_short_names


def own_source(ctx: DocContext, span: Span) -> Speaker | None:
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
        ent = ctx.entity_at(before.i)
        if ent is None or ent.end != before.i + 1 or ent.start < span.start:
            return None  # "the Acme Motors report card": the name goes on
        first = ent.start
        name = without_article(ent.text)
        if "/" in name or name.isupper() or name in ctx.lexicons.outlets:
            return None
        kind = ENTITY_KINDS[ent.label_]
    elif acronym_word(before):  # "WHO", though read as "who"
        full = ctx.memo(defined_short_names).get(before.text)
        if full is None:
            return None
        first, name, kind = before.i, full, SpeakerKind.ORGANIZATION
    else:
        return None
    if any(t.pos_ in ("ADP", "VERB", "AUX", "PRON") or t.ent_type_ for t in span[: first - span.start]):
        return None  # "One in four voters in a Times poll": more than a description of the writing
    return Speaker(name=name, kind=kind)


def writing_teller(ctx: DocContext, span: Span) -> Token | None:
    """Who the writing ``span`` is said to be told, written or issued by in a relative clause on
    it (``a tale he often told``, ``the letter Ann Roe wrote``): that clause's subject, a
    pronoun or a person's or body's name, when the writing is the clause's object (the verb has
    none of its own) and the verb is a speech cue or an issuing or authoring verb."""
    for verb in (c for c in span.root.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue  # "the report that said …", "a story he wanted to tell"
        lemma = verb.lemma_.lower()
        speech = "speech" in ctx.lexicons.cues.token_frames(verb)
        if lemma not in _ISSUING and lemma not in _AUTHORING and not speech:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in ("WDT", "WP"):
            continue  # "a story which told of …": the writing itself
        told_by_person = subject.pos_ == "PRON" and subject.lower_ in PEOPLE_SUBJECT_PRONOUNS
        if told_by_person or subject.ent_type_ in ("PERSON", "ORG"):
            return subject
    return None


def owning_entity(ctx: DocContext, span: Span) -> Speaker | None:
    """The person or body the writing ``span`` is owned by, through the writings that own it:
    ``Acme's website's latest tracking result`` and ``Acme's annual report`` are Acme's (an entity
    of the description); None when an owner is a description (``the hotel's website``) or an outlet
    (the outlets resolver's)."""
    owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
    while owner is not None and not owner.ent_type_ and role_word(owner) in DOCUMENT_NOUNS:
        owner = next((c for c in owner.children if c.dep_ == "poss"), None)  # "Acme's website's"
    if owner is None or owner.ent_type_ not in ("PERSON", "ORG"):
        return None
    for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
        if ent.start <= owner.i < ent.end:
            name = without_possessive(without_article(text))
            if ent.start < span.start or name in ctx.lexicons.outlets:
                return None
            return Speaker(name=name, kind=ENTITY_KINDS[ent.label_])
    return None


def writing_issuer(ctx: DocContext, span: Span, head: str) -> Speaker | None:
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
        if token.pos == NOUN and _same_writing(role_word(token), head):
            if kinds and _compounds(token) and not kinds & _compounds(token):
                return None  # "an executive order … the court order": another writing
            owner = _owner_of_writing(ctx, token)
            if owner is None:
                determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
                if determiner in ("a", "an", "another"):
                    return None  # "a 2011 study": another writing, named by no one
                if determiner in DEFINITE and _in_view(ctx, anchor, token):
                    anchor = doc[i : i + 1]  # "this study": the same writing, still in view
                continue
        elif token.pos == VERB and token.lemma_.lower() in verbs:
            owner = governing_subject(token) if token.dep_ != "amod" else None  # not "the ruled-out plan"
        else:
            continue
        if owner is not None and _acronym(owner):  # "per WHO guidelines", though "WHO" was read as "who"
            in_view = _in_view(ctx, anchor, owner)
            return Speaker(name=owner.text, kind=SpeakerKind.ORGANIZATION) if in_view else None
        if owner is not None and token.pos == NOUN and owner.head.dep_ == "agent":
            body = _unlabelled_body(owner)  # "the warning issued by Met Éireann": a name read as no entity
            if body is not None:
                in_view = _in_view(ctx, anchor, owner)
                return Speaker(name=body, kind=SpeakerKind.ORGANIZATION) if in_view else None
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
                if any(c.i > owner.i for c in owner.conjuncts):  # "Acme and Brill filed a lawsuit": both
                    return _named_with(ctx, owner)  # (not one of them alone)
                return Speaker(
                    name=without_possessive(without_open_bracket(text)), kind=ENTITY_KINDS[ent.label_]
                )
    return None


_JOINT_WORK = word_list("joint_work_nouns")

_AUTHORING = word_list("authoring_verbs")
"""The verbs a writing is said to be done by its authors with (``The study was led by Ann Roe``)."""
_SUBJECT_IDS = numpy.array(sorted(get_string_id(dep) for dep in ("nsubj", "nsubjpass")), dtype=numpy.uint64)


def writing_authors(ctx: DocContext) -> dict[str, Speaker]:
    """The people the text says did each writing, by its noun: the subject ``the study`` of ``was a
    project between Ann Roe and Tom Lee`` or ``was led by Ann Roe``; one person, or two as a group.

    Only people named with a given name (not a body the parser read as one), only the names before
    a clause that describes them (``… by Ann Roe, who worked with Tom Lee``), and only when the
    text says so of that noun once, of one writing (no second ``a study``).
    """
    found: dict[str, list[Speaker]] = {}
    doc, quoted = ctx.doc, ctx.quoted_tokens
    # the nouns that are subjects, picked with numpy (not a Token built for every word)
    nouns = numpy.flatnonzero(ctx.column(POS) == NOUN)
    for i in picked(nouns, ctx.column(DEP), _SUBJECT_IDS).tolist():
        token = doc[i]
        if quoted[i]:
            continue
        head = role_word(token)
        if head not in DOCUMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children
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
            if e.label_ == "PERSON" and by.i < e.start and e.end <= end and _given_and_surname(e.text)
        ]
        body = _agent_body(ctx, by) if not people and by.dep_ == "agent" else None
        if body is not None:  # "The study was conducted by the Acme Centre for Disease Analysis"
            found.setdefault(head, []).append(body)
        elif len(people) == 1:
            found.setdefault(head, []).append(Speaker(name=_person(people[0].text), kind=SpeakerKind.PERSON))
        elif len(people) == 2:
            members = (_person(people[0].text), _person(people[1].text))
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
            for t in (doc[i] for i in nouns.tolist())
            if role_word(t) == head
            and not quoted[t.i]
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
        ]
        if len(others) <= 1:  # "a study … the study was a project between …": that one study
            out[head] = authors[0]
    return out


def _agent_body(ctx: DocContext, by: Token) -> Speaker | None:
    """The organisation ``by`` names as the agent of a writing (``conducted by Acme College's
    Centre for Disease Analysis``: the entity of its object, the centre); None for anything else."""
    body = next((c for c in by.children if c.dep_ == "pobj"), None)
    if body is None or body.ent_type_ != "ORG" or any(c.dep_ == "conj" for c in body.children):
        return None  # "by Acme and Brill": two
    ent = ctx.entity_at(body.i)
    if ent is None:
        return None
    if ent.end != body.i + 1 and not any(t.dep_ == "prep" for t in ent):
        return None  # the name goes on past the word the parse took for it
    return Speaker(name=without_possessive(without_article(ent.text)), kind=SpeakerKind.ORGANIZATION)


def research_authors(ctx: DocContext, head: str) -> Speaker | None:
    """The authors the text gives its one research writing (:func:`writing_authors`), for another
    noun of research writing (``The study was conducted by … reads the report``); None when the
    text gives authors to two such nouns, introduces two research writings, or introduces one
    with this noun (``a report from 2011``: another writing)."""
    if head not in RESEARCH_WRITINGS:
        return None
    found = [a for noun, a in ctx.memo(writing_authors).items() if noun in RESEARCH_WRITINGS]
    if len(found) != 1:
        return None
    introduced = [
        t
        for t in ctx.doc
        if t.pos == NOUN
        and t.lower_ in RESEARCH_WRITINGS
        and not ctx.quoted_tokens[t.i]
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
    ]
    if len(introduced) > 1 or any(t.lower_ == head for t in introduced):
        return None  # "A report from 2011 found … reads the report": that other writing
    return found[0]


_RESEARCHERS = word_list("researcher_nouns")


def authors_of_the_writing(ctx: DocContext, span: Span) -> Speaker | None:
    """A description of the people who did the research (:func:`_research_description`: ``The
    researchers``, ``scientists`` reporting a study, ``an international team of scientists``,
    ``researchers from Acme University``) as the source the text names for it: the two people it
    says did the one writing it gives authors (:func:`writing_authors`); else the one person who
    led it (``The study was led by Ann Roe``, ``Lead author Ann Roe``: :func:`lead_author`); else,
    for ``The researchers`` and ``scientists`` alone, the team as the text described it with its
    institutions (``researchers from Acme University reported …``: :func:`described_team`)."""
    shape = _research_description(span)
    if shape is None:
        return None
    leader = _led_by(ctx, span.root)
    if leader is not None:  # "The Montreal team, led by Ann Roe,"
        return leader
    authors = ctx.memo(writing_authors)
    if len(authors) > 1:
        return None  # two writings: whose researchers is not said
    author = next(iter(authors.values()), None)
    if author is not None:
        if author.kind is SpeakerKind.GROUP or next(iter(authors)) in RESEARCH_WRITINGS:
            return author
        return None  # a letter's author is no "researchers"
    lead = ctx.memo(lead_author)
    if lead is not None:
        return lead
    return described_team(ctx, span) if shape == "plain" else None


_TEAM_WORDS = frozenset({"team"})
_RESEARCH_TEAMS = frozenset({"research", "scientific", "international"})
_LEADING = frozenset({"lead", "head"})


def _led_by(ctx: DocContext, noun: Token) -> Speaker | None:
    """The person a participle on ``noun`` says leads it: ``The team, led by Ann Roe,``."""
    participles = (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")
    for participle in (c for c in participles if c.lemma_ in _LEADING):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            for person in (c for c in agent.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"):
                ent = ctx.entity_at(person.i)
                if ent is not None and len(ent) > 1:
                    return Speaker(name=_person(ent.text), kind=SpeakerKind.PERSON)
    return None


def _research_description(span: Span) -> str | None:
    """``plain`` for ``The researchers`` (a definite plural of lexicons/researcher_nouns.txt and
    nothing else) or ``scientists`` reporting a research writing (:func:`_reporting_research`);
    ``described`` for another description of the people who did research, with ``the``, ``a``
    or nothing before it: ``an international team of scientists``, ``The Montreal team``,
    ``researchers from Acme University``; None for anything else (``Some scientists``, ``Acme's
    researchers``, ``the team``, a description with a name of a person in it)."""
    root = span.root
    word = root.lower_
    if len(span) == 2 and span[0].lower_ == "the" and word in _RESEARCHERS:
        return "plain"
    if len(span) == 1:
        return "plain" if _reporting_research(root) else None
    researchers = word in _RESEARCHERS and root.tag_ == "NNS"
    if not researchers and word not in _TEAM_WORDS:
        return None
    if span[0].lower_ not in ("the", "a", "an") and span[0].i != root.i:
        return None  # "Some scientists", "Acme's researchers"
    if any(t.ent_type_ == "PERSON" or t.dep_ == "poss" for t in span):
        return None
    if span[0].i != root.i and root.i - span[0].i < 2 and not any(True for _ in root.rights):
        return None  # "the team": any team
    rights = [c for c in root.rights if c.dep_ == "prep"]
    if researchers and span[0].i == root.i and not any(c.lower_ in _RESEARCH_PLACES for c in rights):
        return None  # "scientists in Africa"
    objects = (o for c in rights if c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    of_researchers = any(o.lower_ in _RESEARCHERS for o in objects)
    research_team = any(  # "an international team", "the research team", "The Montreal team"
        c.lower_ in _RESEARCH_TEAMS or c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in root.lefts
        if c.dep_ in ("amod", "compound")
    )
    if word in _TEAM_WORDS and not (
        research_team or of_researchers or any(c.lower_ in _RESEARCH_PLACES for c in rights)
    ):
        return None  # "a team of firefighters", "the rescue team"
    return "described"


def _reporting_research(token: Token) -> bool:
    """``scientists`` (a bare plural of lexicons/researcher_nouns.txt) as the subject of a verb that
    has a research writing in a phrase of its own: ``In a new study …, scientists report``."""
    if token.lower_ not in _RESEARCHERS or token.tag_ != "NNS" or token.dep_ != "nsubj":
        return False
    phrases = (c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in")
    return any(o.dep_ == "pobj" and o.lower_ in RESEARCH_WRITINGS for p in phrases for o in p.children)


_RESEARCH_PLACES = frozenset({"from", "at"})
_STOPS = frozenset({",", ";", ":", "—", "–"})


def described_team(ctx: DocContext, span: Span) -> Speaker | None:
    """The researchers the text described by their institutions up to ``span`` (``scientists from
    Acme University and Bell Labs``, ``researchers at Acme University``, ``a team from Acme
    University``), up to a comma or a clause that describes them: the one such description, as
    written (several people, unnamed)."""
    doc, quoted = ctx.doc, ctx.quoted_tokens
    found: dict[str, int] = {}
    for token in doc[: span.end]:
        team = (token.lower_ in _RESEARCHERS and token.tag_ == "NNS") or token.lower_ == "team"
        if not team or quoted[token.i]:
            continue
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in _RESEARCH_PLACES), None)
        if prep is None:
            continue
        # up to a comma, a clause, or a verb (the parser hangs later institutions anywhere)
        phrase = doc[prep.i : prep.sent.end]
        end = next(
            (t.i for t in phrase if t.text in _STOPS or t.tag_ in ("WDT", "WP") or t.pos == VERB),
            prep.sent.end,
        )
        institutions = [e.end for e in ctx.entities if e.label_ == "ORG" and prep.i < e.start <= e.end <= end]
        if not institutions:
            if any(t.pos_ == "PROPN" for t in doc[prep.i : end]):  # another team, its place read as no body
                found.setdefault(doc[token.i : end].text, token.i)
            continue
        stop = max(institutions)  # not the place after the last one: "… (Acme Tech) in the U.S."
        if stop + 1 < end and doc[stop].lower_ == "and" and doc[stop + 1].pos_ == "PROPN":
            stop = next((t.i for t in doc[stop + 1 : end] if t.pos_ != "PROPN"), end)  # "… and Acme Tech"
        if stop < end and doc[stop].text == ")" and "(" in doc[prep.i : stop].text:
            stop += 1  # "… and the University of Southern California (USC)"
        elif stop < end and doc[stop].text == "(":
            stop = next((t.i + 1 for t in doc[stop:end] if t.text == ")"), stop)
        start = next(t.i for t in token.subtree)
        while doc[start].is_punct or (doc[start].dep_ in ("det", "predet") and token.tag_ == "NNS"):
            start += 1
        if any(quoted[i] for i in range(start, stop)):
            continue
        found.setdefault(doc[start:stop].text, start)
    if len(found) != 1:
        return None  # none, or two teams: which one is not said
    name = next(iter(found))
    return Speaker(name=name, kind=SpeakerKind.UNNAMED, description=name)


_AUTHOR_NOUNS = word_list("author_nouns")
_LEAD = word_list("lead_author_words")
RESEARCH_WRITINGS = word_list("research_writings")
"""The writings a named lead author is the source of (:func:`lead_author`)."""


def lead_author(ctx: DocContext) -> Speaker | None:
    """The one lead author the text names for its one research writing (``Lead author Ann Roe``,
    ``the study's lead author, Ann Roe``, ``Ann Roe, the senior author of the study``); None when
    it names none or two, introduces two research writings (``a study … another study``), or only
    quotes the name.  Co-authors are not enough (``study co-author Tom Lee … Co-developer Ann
    Roe``: two of the writing's authors, not who it is by), nor ``author`` alone (a book's).
    """
    doc, quoted = ctx.doc, ctx.quoted_tokens
    leads: dict[str, None] = {}
    for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
        if ent.label_ != "PERSON" or len(ent) < 2 or quoted[ent.start]:
            continue
        author = _author_of(ent)
        if author is None:
            continue
        modifiers = (c for c in author.children if c.dep_ in ("amod", "compound"))
        lead = next((c for c in modifiers if c.lower_ in _LEAD), None)
        if lead is None and author.i > 0 and doc[author.i - 1].lower_ in _LEAD:
            lead = doc[author.i - 1]
        if lead is not None and not _co(lead):  # "Co-lead author Ann Roe": one of two
            leads[_person(text)] = None
    if len(leads) != 1:
        return None
    introduced = [
        t
        for t in doc
        if t.pos == NOUN
        and t.lower_ in RESEARCH_WRITINGS
        and not quoted[t.i]
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
    ]
    if len(introduced) > 1:
        return None  # two writings: whose authors is not said
    return Speaker(name=next(iter(leads)), kind=SpeakerKind.PERSON)


def _author_of(ent: Span) -> Token | None:
    """The author noun that names the person ``ent`` as an author: written before the name
    (``lead author Ann Roe``, ``study co-author Tom Lee``), or either apposed to the other
    (``the study's lead author, Ann Roe``; ``Ann Roe, the lead author of …``; ``One of the
    study's authors, Ann Roe``)."""
    root = ent.root
    for token in ent.doc[max(ent.start - 3, 0) : ent.start]:
        if _author_noun(token) and token.dep_ == "compound" and token.head.i in range(ent.start, ent.end):
            return token
    if root.dep_ == "appos":
        head = root.head
        if _author_noun(head):
            return head
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            author = next((c for c in prep.children if c.dep_ == "pobj" and _author_noun(c)), None)
            if author is not None and head.lower_ == "one":
                return author
    for child in root.children:
        if child.dep_ == "appos" and _author_noun(child):
            return child
    return None


def _given_and_surname(text: str) -> bool:
    """Whether a person's name, without a title before it, is a given name and more (``Dr Ann Roe``)."""
    words = name_words(text)
    return len(words) > 1 and words[0] in GIVEN_NAMES


def _person(text: str) -> str:
    """A person's name as an entity wrote it, without a title before it (``Dr Ann Roe``: Ann Roe)."""
    return " ".join(name_words(without_open_bracket(text))) or text


def _co(token: Token) -> bool:
    """``lead`` of ``co-lead``, ``author`` of ``co-author``."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "co"


def _author_noun(token: Token) -> bool:
    """``author``, ``co-author`` (``co``, ``-``, ``author``), ``co-developer``; a developer only as
    a co-developer."""
    word = token.lower_
    if word not in _AUTHOR_NOUNS:
        return False
    return _co(token) or word.startswith(("author", "coauthor"))


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


FILINGS = word_list("court_filings")
"""The nouns one court filing may be named by (``filed a lawsuit … The complaint notes``)."""


_PRESS_STATEMENTS = word_list("press_statements")


def _same_writing(noun: str, head: str) -> bool:
    """Whether ``noun`` may name the writing ``head`` does: the same noun, or two for one filing
    or one statement to the press (``said in a statement … the release added``)."""
    return (
        noun == head
        or (noun in FILINGS and head in FILINGS)
        or (noun in _PRESS_STATEMENTS and head in _PRESS_STATEMENTS)
    )


def issuing_speaker(ctx: DocContext, span: Span, head: str, speakers: Iterable[Speaker]) -> Speaker | None:
    """The speaker, of ``speakers``, whose mention issued the writing ``span`` stands for, at the
    writing's latest mention before it that is still in view: ``the mayor's office said in a
    written statement … The statement added`` gives the speaker ``the mayor's office`` was read
    as.  For an issuer the text names by a description (an entity is :func:`writing_issuer`'s).
    None when that mention names no one or no speaker, or is another writing (``a statement``
    that names no one).

    >>> import quotrack
    >>> said = quotrack.Tracker()("The mayor's office said in a written statement that roads were shut. "
    ...     "The statement added that schools would open.")
    >>> [a.speaker.name for a in said.attributions]
    ["The mayor's office", "The mayor's office"]
    """
    doc, quoted = ctx.doc, ctx.quoted_tokens
    kinds = _compounds(span.root)
    if kinds & _OTHER_POLL:
        return None  # "the earlier poll": another writing
    anchor = span
    for i in reversed(numpy.flatnonzero(ctx.column(POS)[: span.start] == NOUN).tolist()):
        token = doc[i]
        if quoted[i] or not _same_writing(role_word(token), head):
            continue
        if kinds and _compounds(token) and not kinds & _compounds(token):
            return None  # "a new poll … the online poll": another writing
        if not _in_view(ctx, anchor, token):
            return None
        owner = _owner_of_writing(ctx, token)
        issuer = None
        if owner is not None:
            covering = (s for s in speakers if s.mention and s.mention.start <= owner.idx < s.mention.end)
            issuer = next(covering, None)
        if issuer is not None:
            return issuer
        determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
        if determiner not in DEFINITE:
            return None  # "a statement" no speaker issued: another writing
        anchor = doc[i : i + 1]  # "the statement", "criticised the statement": the same one, still in view
    return None


def _named_with(ctx: DocContext, owner: Token) -> Speaker | None:
    """The bodies or people named with ``owner`` (its conjuncts after it that are entities:
    ``Acme of Ohio and Brill``), each by its whole phrase, as one group with it; None when it has
    none, or one is no entity."""
    conjuncts = [c for c in owner.conjuncts if c.i > owner.i]
    if not conjuncts or any(c.ent_type_ not in ENTITY_KINDS for c in conjuncts):
        return None
    doc = owner.doc
    first = conjuncts[0].i
    stop = next((t.i for t in doc[owner.i : first] if t.dep_ == "cc" or t.text == ","), first)
    spans = [doc[owner.left_edge.i : stop]]
    spans += [doc[slice(*noun_phrase(c))] for c in conjuncts]  # no clause on it ("…, which …")
    members = tuple(without_possessive(without_article(span.text.strip(" ,"))) for span in spans)
    return Speaker(name=" and ".join(members), kind=SpeakerKind.GROUP, members=members)


def _named_and_before(ctx: DocContext, ent: Span, head: Token) -> Speaker | None:
    """The entity ``ent`` (of the phrase ``head`` heads) with the one written right before it and
    ``and``, in that phrase, as one group: ``by the Harwick Courier and NBC News``, which the parser
    may read as one noun phrase (not two joined); None when there is none."""
    before = ctx.entity_at(ent.start - 2) if ent.start >= 2 else None
    if before is None or before.end != ent.start - 1 or ent.doc[before.end].lower_ != "and":
        return None
    if before.start < head.left_edge.i or before.label_ not in ENTITY_KINDS:
        return None
    members = tuple(without_possessive(without_article(e.text)) for e in (before, ent))
    return Speaker(name=" and ".join(members), kind=SpeakerKind.GROUP, members=members)


def _unlabelled_body(token: Token) -> str | None:
    """The name ``token`` ends, of proper nouns the parser read as no entity, when it is no
    person's (no given name first): ``Met Éireann``; None for any other word."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return None
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
    others = sum(1 for c in token.lefts if c.dep_ != "det")
    if len(words) != others or (words and words[0].text in GIVEN_NAMES):
        return None
    return " ".join([*(w.text for w in words), token.text]) if words else None


def _acronym(token: Token) -> bool:
    """An upper-case short name (``WHO``, ``NHC``) the parser may have read as a word."""
    return acronym_word(token) and not token.ent_type_


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


POLL_NOUNS = word_list("poll_nouns")
"""The nouns of one poll of the public (``poll``, ``survey``): its source is who the article says
conducted it (:func:`named_poll`)."""
_POLL_IDS = numpy.array(sorted(get_string_id(word) for word in POLL_NOUNS), dtype=numpy.uint64)
_PLURAL_POLL_IDS = numpy.array(
    sorted(get_string_id(word + ("es" if word.endswith("s") else "s")) for word in POLL_NOUNS),
    dtype=numpy.uint64,
)
_OTHER_POLL = word_list("other_adjectives")
"""Adjectives that set a poll apart from the one named before (``the earlier poll``)."""
_POLL_JOINERS = frozenset({"/", "-", "&", "of", "the"})
_NO_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_PLACES = frozenset({"GPE", "LOC", "NORP"})
_POLL_RESULTS = frozenset({"results", "result", "findings"})
_OTHER = frozenset({"a", "an", "another"})


def named_poll(ctx: DocContext, span: Span) -> Speaker | None:
    """Who conducted the poll a speaker's mention ``span`` is, as the article names them: one
    source, of kind organisation (outlet for a listed outlet).

    The name written before the poll noun when there is one (``a new Acme/Brill poll``, ``the
    results of the latest Acme University poll released Wednesday``: ``Acme/Brill``, ``Acme
    University``; and a piece of that name taken for the speaker, ``Brill``; a poll named by its
    place keeps its noun, ``Texas poll``); else the pollster the article says
    conducted it (``a survey conducted by Acme Research``, ``a poll of 612 voters released by Acme
    Research``, ``Acme Research conducted the poll``, ``In a poll …, Acme Research found``); for
    ``The poll`` or ``the survey``, the latest poll before it that is so named, of the same noun
    if there is one (however far: a poll is what its article is about), unless ``a poll`` with no
    name comes between (another one); for ``a new poll`` with no name, the poll the next mention
    names when that is ``the poll`` or ``the survey`` in the same paragraph or the next; for polls
    one pollster conducted (``the findings of exit surveys conducted … by Acme Research``), that
    pollster.  None for several polls with no one pollster (``Polls``, ``exit polls``), one set
    apart (``the earlier poll``), and a poll the article names nowhere.
    """
    nouns = _poll_nouns(ctx)
    at = bisect.bisect_left(nouns, span.start)
    if (at == len(nouns) or nouns[at] >= span.end + 6) and not _polls_of_one(ctx, span):
        return None  # no poll noun in or right after the mention (most speakers), nor polls of one pollster
    poll = _poll_of(span)
    if poll is None:
        return None
    source = poll_source(ctx, poll)
    if source is not None or poll.i not in range(span.start, span.end) or _own_words(poll):
        return source
    determiner = next((c.lower_ for c in poll.children if c.dep_ == "det"), None)
    if determiner in DEFINITE:
        return _poll_before(ctx, poll)
    return _poll_after(ctx, poll)


def share_poll(ctx: DocContext, span: Span) -> Speaker | None:
    """Who conducted the poll whose respondents the mention ``span`` counts (``22 percent``,
    ``six in 10``, ``Almost half``, ``Six in 10 independents``, ``Most respondents``:
    :func:`~quotrack.syntax.is_counted_share`), as the article names them:
    the latest poll the article names (:func:`_latest_poll`), when a poll noun stands in the
    mention's paragraph before it or in the paragraph before; None otherwise."""
    if not is_counted_share(span.root):
        return None
    nouns = _poll_nouns(ctx)
    named_after = _poll_later_in_sentence(ctx, span, nouns)
    if named_after is not None:
        return named_after
    at = bisect.bisect_left(nouns, span.start)
    if at == 0:
        return None
    nearest = ctx.doc[nouns[at - 1]]
    if ctx.paragraph_index(nearest.idx) < ctx.paragraph_index(span.start_char) - 1:
        return None  # no poll in view: a share of someone else ("half of the members")
    return _latest_poll(ctx, span.start, None)[1]


def _poll_later_in_sentence(ctx: DocContext, span: Span, nouns: list[int]) -> Speaker | None:
    """The pollster of a poll the share's own sentence names after it, as where the answers were
    given (``Sixty percent said … in a Harbor Post poll this month``): a poll noun after ``in``,
    whose mention names who conducted it; None otherwise."""
    sentence = ctx.sentences[ctx.sentence_index(span.start)]
    for i in nouns[bisect.bisect_left(nouns, span.end) :]:
        if i >= sentence.end:
            break
        poll = ctx.doc[i]
        if poll.dep_ == "pobj" and poll.head.lower_ == "in":
            return poll_source(ctx, poll)
    return None


def poll_source(ctx: DocContext, poll: Token) -> Speaker | None:
    """Who the article says conducted the poll ``poll`` (a poll noun) where it mentions it: the
    name written before the noun, or the pollster (:func:`named_poll`); None when this mention
    names neither."""
    named = _poll_name(poll)
    if named is not None:
        start, end = named
        doc = poll.doc
        spelled = ctx.memo(_initialled_bodies).get(doc[start].text) if start == poll.i - 1 else None
        if spelled is not None:  # "the Acme Research Group … the ARG poll": one poll, one name
            return Speaker(name=spelled, kind=SpeakerKind.ORGANIZATION)
        if all(t.ent_type_ in _PLACES for t in doc[start:end]) or _own_name(poll):
            # "a Texas poll": named by its place; "The Northern Geological Survey": a name of its own
            return Speaker(name=without_article(doc[start : poll.i + 1].text), kind=SpeakerKind.ORGANIZATION)
        name = without_article(doc[start:end].text)  # "the Acme University poll": Acme University
        # "the Acme poll" after "Acme Reports" (a company, or a poll's name of more words)
        longer = ctx.memo(companies_by_short_name).get(name) or ctx.memo(_poll_names_by_first_word).get(name)
        name = longer or name
        outlet = ctx.lexicons.outlets.canonical(name)
        if outlet is not None:  # "a CBS News poll": the network
            return Speaker(name=outlet, kind=SpeakerKind.OUTLET)
        return Speaker(name=name, kind=SpeakerKind.ORGANIZATION)
    pollster = _pollster(poll)
    if pollster is None:
        pollster = _owner_of_writing(ctx, poll)
    if pollster is None or pollster.ent_type_ not in ENTITY_KINDS or pollster.ent_type_ in _PLACES:
        return None
    ent = ctx.entity_at(pollster.i)
    if ent is None:
        return None
    joint = _named_with(ctx, pollster) or _named_and_before(ctx, ent, pollster)
    if joint is not None:  # "a poll conducted by the Tribune and ABC News": the two, as a group
        members = tuple(ctx.lexicons.outlets.canonical(m) or m for m in joint.members)
        return Speaker(name=" and ".join(members), kind=SpeakerKind.GROUP, members=members)
    name = without_possessive(without_article(without_open_bracket(ent.text)))
    outlet = ctx.lexicons.outlets.canonical(name)
    if outlet is not None:  # "a poll conducted by ABC News": the network
        return Speaker(name=outlet, kind=SpeakerKind.OUTLET)
    if company_name(name_words(name)):  # "Acme Civic Research", whatever the tagger read it as
        return Speaker(name=name, kind=SpeakerKind.ORGANIZATION)
    return Speaker(name=name, kind=ENTITY_KINDS[ent.label_])


def _poll_names_by_first_word(ctx: DocContext) -> dict[str, str]:
    """The names of several words written before the document's poll nouns (:func:`_poll_name`),
    by their first word, where one name opens with it: ``Acme`` for ``the Acme Reports poll``."""
    found: dict[str, str | None] = {}
    doc = ctx.doc
    for i in _poll_nouns(ctx):
        named = _poll_name(doc[i])
        if named is None or named[1] - named[0] < 2 or doc[named[0]].ent_type_ in _PLACES:
            continue
        name = without_article(doc[named[0] : named[1]].text)
        first = name.split()[0]
        found[first] = name if found.get(first, name) == name else None
    return {first: name for first, name in found.items() if name is not None}


def _own_name(poll: Token) -> bool:
    """Whether the poll noun ``poll``, capitalised, is part of a name of its own (``The Northern
    Geological Survey``, ``the Acme Community Survey``): any poll noun but ``Poll``, which ends a
    poll's name (``the Acme News Poll`` is Acme News's)."""
    return poll.is_title and poll.lower_ != "poll"


_INITIAL_JOINERS = frozenset({"of", "for", "and", "the", "&", "on", "in"})


def _initialled_bodies(ctx: DocContext) -> dict[str, str]:
    """The organisations the document names in full, by the short name their initials make
    (``Public Policy Institute of California``: ``PPIC``), where only one makes it."""
    found: dict[str, str | None] = {}
    for ent, text in zip(ctx.entities, ctx.entity_texts, strict=True):
        if ent.label_ != "ORG":
            continue
        words = [t for t in ent if t.lower_ not in _INITIAL_JOINERS]
        if len(words) < 3 or not all(t.is_title for t in words):
            continue
        short = "".join(t.text[0] for t in words)
        full = without_possessive(without_article(text))
        found[short] = full if found.get(short, full) == full else None
    return {short: full for short, full in found.items() if full is not None}


def _poll_nouns(ctx: DocContext) -> list[int]:
    """The indexes of the document's poll nouns, in order (found with numpy, kept per document)."""
    return ctx.memo(_find_poll_nouns)


def _find_poll_nouns(ctx: DocContext) -> list[int]:
    found: list[int] = numpy.flatnonzero(among(ctx.column(LOWER), _POLL_IDS)).tolist()
    return found


def _polls_of_one(ctx: DocContext, span: Span) -> bool:
    """Whether ``span`` holds polls one pollster conducted (:func:`_one_poll`: ``exit surveys
    conducted by Acme``), looked for among the document's plural poll nouns only."""
    plurals = ctx.memo(_find_plural_polls)
    first = bisect.bisect_left(plurals, span.start)
    doc = ctx.doc
    inside = plurals[first : bisect.bisect_left(plurals, span.end, first)]
    return any(doc[i].tag_ == "NNS" and _one_poll(doc[i]) for i in inside)


def _find_plural_polls(ctx: DocContext) -> list[int]:
    found: list[int] = numpy.flatnonzero(among(ctx.column(LOWER), _PLURAL_POLL_IDS)).tolist()
    return found


def _poll_of(span: Span) -> Token | None:
    """The poll noun the mention ``span`` stands for: its head (``The poll``, not ``Polls`` or
    ``poll respondents``), the poll it opens with (``an Acme poll last week - about the same as
    …``: a run-on), the poll whose results it is (``the results of the Acme poll``), or the
    poll whose name ``span`` is a piece of (``Brill`` of ``the Acme/Brill poll``)."""
    root = span.root
    if _one_poll(root):
        return root
    opening = next((t for t in span if _one_poll(t) and t.left_edge.i == span.start), None)
    if opening is not None:
        return opening
    if root.lower_ in _POLL_RESULTS:
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            poll = next((c for c in prep.children if c.dep_ == "pobj" and _one_poll(c)), None)
            if poll is not None:
                return poll
        return None
    doc = span.doc
    after = doc[span.end : min(span.end + 6, span.sent.end)]
    poll = next((t for t in after if _one_poll(t)), None)
    if poll is None:
        return None
    named = _poll_name(poll)
    return poll if named is not None and named[0] <= span.start else None


def _one_poll(token: Token) -> bool:
    """A poll noun for one poll, heading its phrase (not ``polls``, not ``poll numbers``), or for
    polls one pollster conducted (``exit surveys conducted … by Acme Research``: the participle's agent
    names the one source of them all)."""
    if token.dep_ == "compound" or token.lemma_.lower() not in POLL_NOUNS:
        return False
    if token.tag_ not in ("NNS", "NNPS"):
        return token.lower_ in POLL_NOUNS
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _agent_of(c) is not None for c in token.children)


def _poll_name(poll: Token) -> tuple[int, int] | None:
    """Where the name written right before the poll noun ``poll`` starts and ends, as token
    indexes (``Acme/Brill``, ``Rock the Vote``, ``Acme Institute of Ohio``, ``Acme Daybreak`` of
    ``Acme Daybreak tracking poll``): proper nouns and entities, joined by ``/``, ``-``, ``&``,
    ``of`` or ``the``, before the nouns that say what kind of poll it is (``a Texas poll`` is
    named by its place); None when no name is written there."""
    doc = poll.doc
    i = poll.i - 1
    while (
        i > poll.sent.start
        and doc[i].pos_ == "NOUN"
        and doc[i].dep_ == "compound"
        and not doc[i].ent_type_
        and not (doc[i].is_title and doc[i].lower_ in BUSINESS_WORDS)
    ):
        i -= 1  # "tracking" of "the Acme tracking poll" (not "Reports" of "the Acme Reports poll")
    end = start = i + 1
    while i >= poll.sent.start:
        token = doc[i]
        joined = (
            i > poll.sent.start and start == i + 1 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].ent_type_)
        )
        if token.lower_ in _POLL_JOINERS and joined:
            i -= 1  # "/" of "Acme/Brill", "the" of "Rock the Vote"
            continue
        if token.ent_type_ in _NO_NAMES or token.tag_ == "POS" or token.dep_ in ("det", "poss"):
            break
        if token.pos_ != "PROPN" and not token.ent_type_:
            break
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].pos_ != "PROPN" and not doc[i - 2].ent_type_:
            break  # "an early-October Acme poll"
        start = i
        i -= 1
    return (start, end) if start < end else None


def _own_words(poll: Token) -> bool:
    """Whether the poll phrase has words that set it apart from a poll named elsewhere: a name
    read as no name of a poll (:func:`_poll_name`), or ``earlier``, ``other``, ``previous``."""
    return any(
        c.lower_ in _OTHER_POLL or (c.dep_ != "det" and (c.pos_ == "PROPN" or c.ent_type_ in ENTITY_KINDS))
        for c in poll.lefts
    )


def _pollster(poll: Token) -> Token | None:
    """The body the poll phrase says conducted or released the poll (``a poll by Acme``, ``a
    poll from Acme``, ``a survey conducted by Acme``, ``a poll of 612 voters released by Acme``,
    ``The survey was conducted by Acme``)."""
    for prep in (c for c in poll.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll.dep_ == "nsubjpass" and poll.head.lemma_ in _ISSUING:  # "The survey was conducted by Acme"
        agent = _agent_of(poll.head)
        if agent is not None:
            return agent
    heads = [poll, *(o for p in poll.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    for head in heads:
        for made in (
            c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _ISSUING
        ):
            agent = _agent_of(made)
            if agent is not None:
                return agent
    return None


def _agent_of(made: Token) -> Token | None:
    """Who the participle ``made`` says did it: its agent (``conducted by Acme``), or the ``by``
    the parser hung on whom it was done for (``conducted for the networks by Acme``)."""
    by = next((c for c in made.children if c.dep_ == "agent"), None)
    if by is None:
        done_for = (o for p in made.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
        by = next((c for o in done_for for c in o.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _poll_before(ctx: DocContext, poll: Token) -> Speaker | None:
    """The source of the latest poll before ``poll`` that the article names (:func:`poll_source`),
    by the same noun if one is (``the poll``: not ``an Acme survey of delegates`` between), past
    mentions with ``the`` that name none; None at ``a poll`` that names none (another)."""
    stopped, found = _latest_poll(ctx, poll.i, poll.lower_)
    if found is not None or stopped:
        return found
    return _latest_poll(ctx, poll.i, None)[1]


def _latest_poll(ctx: DocContext, end: int, noun: str | None) -> tuple[bool, Speaker | None]:
    """The source of the latest poll named before token ``end`` by ``noun`` (any poll noun for None),
    and whether an unnamed other poll stopped the search (:func:`_poll_before`); a pollster
    (``Acme conducted the poll``) gives way to the poll named by its name before it (``the Acme
    University poll``)."""
    quoted = ctx.quoted_tokens
    found: Speaker | None = None
    doc, nouns = ctx.doc, _poll_nouns(ctx)
    for i in reversed(nouns[: bisect.bisect_left(nouns, end)]):
        token = doc[i]
        if not _one_poll(token) or quoted[i] or (noun is not None and token.lower_ != noun):
            continue
        source = poll_source(ctx, token)
        named = source is not None and _poll_name(token) is not None
        if found is not None:
            if named and source is not None and found.name in source.name:
                return True, source
            continue
        if named or any(c.lower_ in _OTHER_POLL for c in token.lefts):
            if named:
                return True, source
            continue  # "the earlier poll": another, before this one
        if source is not None:
            found = source
            continue
        if any(c.dep_ == "det" and c.lower_ in _OTHER for c in token.children):
            after = _poll_after(ctx, token)  # "according to a fresh poll. The survey, by Acme, …"
            return True, after if after is not None else found
        if _own_words(token):
            return True, None
    return found is not None, found


def _poll_after(ctx: DocContext, poll: Token) -> Speaker | None:
    """The source the next mention of a poll names (:func:`poll_source`), when it is ``the poll``
    or ``the survey`` in the paragraph of ``poll`` or the next (``according to a fresh poll. The
    survey, conducted by Acme Research, …``)."""
    paragraph = ctx.paragraph_index(poll.idx)
    quoted = ctx.quoted_tokens
    nouns = _poll_nouns(ctx)
    for token in (ctx.doc[i] for i in nouns[bisect.bisect_right(nouns, poll.i) :]):
        if ctx.paragraph_index(token.idx) > paragraph + 1:
            return None
        if not _one_poll(token) or quoted[token.i]:
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
            return None
        return poll_source(ctx, token)
    return None


AD_NOUNS = word_list("ad_nouns")
"""Nouns for one advertisement (``ad``, ``spot``): its sponsor is its source."""
_AD_RUNNING = frozenset({"run", "air", "launch", "release", "unveil"})


def ad_sponsor(ctx: DocContext, span: Span) -> Speaker | None:
    """The sponsor of the ad ``span`` (``The ad``, ``The 60-second spot``) stands for: the
    person or body the latest ad mention before it names as one only a sponsor is named,
    ``an ad from Acme PAC``, ``Acme PAC's ad``, ``an ad paid for by Acme PAC``, ``Acme PAC is
    running an ad``; past mentions that name none (``the spot``) while no more than one paragraph
    lies between each and the one after it.  None at an ad with ``a`` that names none (another
    ad), or when the sponsor is a pronoun or no person or body (``a Roe ad`` may be about Roe)."""
    doc, quoted = ctx.doc, ctx.quoted_tokens
    paragraph = ctx.paragraph_index(span.start_char)
    pos = ctx.column(POS)[: span.start]
    for i in reversed(numpy.flatnonzero(pos == NOUN).tolist()):
        token = doc[i]
        if quoted[i] or role_word(token) not in AD_NOUNS:
            continue
        earlier = ctx.paragraph_index(token.idx)
        if earlier < paragraph - 2:
            return None  # out of view: more than one paragraph between
        paragraph = earlier
        sponsor = _sponsor_of(token)
        if sponsor is None:
            if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
                return None  # "a new ad": another ad, named by no one
            continue
        ent = ctx.entity_at(sponsor.i)
        if ent is None or ent.label_ not in ("PERSON", "ORG"):
            return None
        name = without_possessive(without_article(without_open_bracket(ent.text)))
        if name in ctx.lexicons.outlets:
            return None
        return Speaker(name=name, kind=ENTITY_KINDS[ent.label_])
    return None


def _sponsor_of(ad: Token) -> Token | None:
    """Who the ad mention ``ad`` is by, as only a sponsor is named: ``X's ad``, ``an ad from
    X``, ``an ad paid for by X``, ``X is running an ad``."""
    for child in ad.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_ == "pay":
            for by in child.subtree:
                if by.lower_ == "by" and by.dep_ in ("agent", "prep"):
                    return next((c for c in by.children if c.dep_ == "pobj"), None)
    verb = ad.head
    if ad.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _AD_RUNNING:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
