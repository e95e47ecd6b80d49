"""Who a definite description of a person stands for, when the text names them nearby.

``The minority leader said …`` after a sentence that names Ann Roe is Ann Roe's
(:func:`topic_person`); ``The homeless woman …`` followed by a sentence that opens with her
name is that person (:func:`named_next`); a headline's description or bare title is the one
person the opening paragraphs quote or the headline names (:func:`named_in_lead`,
:func:`headline_title`).  Each needs evidence for one person: a noun that usually means
someone unnamed (``lexicons/unnamed_person_nouns.txt``), one the text first wrote with "a",
the other gender, another person's place or two people named leave the description as it is.
The description resolver (:mod:`quotrack.resolvers.descriptions`) asks these.

>>> import quotrack
>>> text = "Senate Minority Leader Ann Roe spoke on Monday. The minority leader said the vote would fail."
>>> [a.speaker.name for a in quotrack.Tracker()(text).attributions]
['Ann Roe']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import ENT_TYPE, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..context import DocContext, among
from ..model import Speaker, SpeakerKind
from ..parsing import DATELINE_PARAGRAPHS
from ..people import (
    BINDABLE_PRONOUNS,
    TITLE_WORDS,
    People,
    Person,
    is_person_noun,
    mention_span,
    name_words,
    role_word,
    title_gender,
)
from ..syntax import SUBJECT_DEPS, dateline_at, is_age_description, name_head
from ..wordlists import words as word_list
from .antecedents import (
    DEFINITE,
    capitals,
)

__all__ = [
    "PARTISANS",
    "charged",
    "headline_title",
    "named_in_lead",
    "named_next",
    "possessor_surname",
    "story_person",
    "topic_person",
]

PARTISANS = word_list("partisan_nouns")
"""A party's member, a noun written as a name (``the Vermont Democrat``): a person described."""

_UNNAMED_PERSONS = word_list("unnamed_person_nouns")

_TOPIC_LOOK_BACK = 2
"""How many sentences before a bare description are read for the person it stands for (a sentence
wholly inside quotation marks is passed over, not counted)."""


def _singular_person_noun(root: Token) -> bool:
    """A singular common noun (``senator``), a party's member written as a name (``Republican``),
    or an age (``the 31-year-old``: :func:`~quotrack.syntax.is_age_description`)."""
    return (
        (root.tag_ == "NN" and not root.ent_type_)
        or (root.tag_ == "NNP" and root.lower_ in PARTISANS)
        or is_age_description(root)
    )


_INTRODUCING = frozenset({"a", "an", "one", "another"})
_INTRODUCING_IDS = np.array(sorted(get_string_id(word) for word in _INTRODUCING), dtype=np.uint64)

_RESTRICTING_DEPS = frozenset({"prep", "relcl", "acl", "poss", "appos", "nummod", "conj", "cc"})


def _title_of(child: Token) -> bool:
    """Whether ``child`` is the ``of`` and bare noun that end a title (``the secretary of state``,
    ``the chief of staff``): one word, no article, no person or place, so it names an office, not
    which one (unlike ``the head of the committee`` or ``the leader of Valeria``)."""
    if child.dep_ != "prep" or child.lower_ != "of":
        return False
    objects = list(child.children)
    return (
        len(objects) == 1
        and objects[0].dep_ == "pobj"
        and objects[0].tag_ in ("NN", "NNP")
        and objects[0].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")  # ("of state": ORG at times)
        and not any(True for _ in objects[0].children)
    )


def _set_off(child: Token) -> bool:
    """Whether the relative clause ``child`` is set off by a comma or dash (``the senator, who …``):
    it says more of someone already picked out, unlike ``the man who …``."""
    edge = child.left_edge
    return child.dep_ == "relcl" and edge.i > 0 and edge.nbor(-1).is_punct


def _definite_person(ctx: DocContext, span: Span) -> bool:
    """Whether ``span`` is a definite description of one person, unquoted and unnamed, with no
    restricting words on its noun (``the senator``, not ``the senator from Ohio``)."""
    root = span.root
    return (
        span[0].lower_ == "the"
        and len(span) >= 2
        and _singular_person_noun(root)
        and not ctx.token_quoted(root)
        and not any(t.ent_type_ == "PERSON" for t in span)
        and not any(_restricting(c) for c in root.children)
    )


def _restricting(child: Token) -> bool:
    """Whether a child of a description's noun narrows who it is (``of Ohio``), not set off or a title."""
    return child.dep_ in _RESTRICTING_DEPS and not _set_off(child) and not _title_of(child)


def topic_person(ctx: DocContext, span: Span, chained: bool = False, once: bool = False) -> str | None:
    """The named person a bare definite description stands for: the one the sentence before names.

    ``Ann Roe would not say whether she would run. The minority leader said …``:
    news calls the person it has just named by a role (``the senator``, ``the
    businessman``), not by the name again.  ``span`` must be ``the``, modifiers and
    a singular person noun with nothing after it (``the head of the committee``
    and ``the man who …`` pick someone out on their own), whose noun the text never
    gave anyone with ``a``/``an`` (``a man … the man``: someone unnamed), in a
    sentence that names no person before it.  The nearest sentence before it
    (at most :data:`_TOPIC_LOOK_BACK`, no further than the paragraph before) that
    names a person outside quotations must name one person, or make one of its
    people the subject; that person, named more than once in the text and not of
    the other gender (``the chairwoman``), is returned with their full name.
    A sentence between whose main subject is another such description (``Ann Roe said A. B, the
    senator told reporters. The former governor continued``) gives the person that one stands for
    (``chained``: read once, no further).  Otherwise None: a description beats a wrong name.
    ``once``: the person may be named only once, in that sentence (``Frank Roe runs a shop. The
    54-year-old said``: an age is how news refers to the person it has just introduced).
    """
    root = span.root
    if not _definite_person(ctx, span):
        return None
    head = role_word(root)
    if head in _UNNAMED_PERSONS:
        return None  # "the person", "the official": most often someone the text never names
    if ctx.memo(_introduced_unnamed).get(head, span.start) < span.start:
        return None  # "a man … the man said": someone the text introduced unnamed
    index = ctx.sentence_index(span.start)
    sentences = ctx.sentences
    if index < 0:
        return None
    paragraph = ctx.paragraph_index(span.start_char)
    mentions = [m for m in ctx.memo(_person_mentions) if m[0] < span.start]
    if any(start >= sentences[index].start for start, *_ in mentions):
        return None  # "Ann Roe met Tom Lee, and the senator said": either
    looked = 0  # sentences read, not counting those wholly inside a quotation (the person's words)
    for back in range(1, index + 1):
        if looked == _TOPIC_LOOK_BACK:
            return None
        sentence = sentences[index - back]
        if ctx.paragraph_index(sentence.start_char) < paragraph - 1:
            return None
        if all(t.is_punct or ctx.token_quoted(t) for t in sentence):
            continue  # '"Arjun played better chess."': a quotation, no narration
        looked += 1
        described = _described_subject(ctx, sentence)
        if described is not None:  # "The vice presidential nominee spoke …": a chain of descriptions,
            if chained:  # the name only if that description is the person named before it
                return None
            before = ctx.doc[described.left_edge.i : described.i + 1]
            return topic_person(ctx, before, chained=True) if before[0].lower_ == "the" else None
        named = [m for m in mentions if sentence.start <= m[0] < sentence.end]
        if not named:
            continue
        persons = {name for _, _, name, _ in named}
        if len(persons) > 1:  # "Ann Roe would not say whether she prefers Tom Lee": the subject
            persons = {name for _, subject, name, _ in named if subject}
        if len(persons) > 1:  # "Ann Roe said it would have helped had Tom Lee called": the main clause's
            persons = {name for _, subject, name, _ in named if subject == _MAIN_SUBJECT}
        if len(persons) != 1:
            return None
        name = next(iter(persons))
        first = min(start for start, _, n, _ in named if n == name)
        read = {g for _, _, n, g in named if n == name}
        subject_named = any(subject for _, subject, n, _ in named if n == name)
        if not subject_named and _pronoun_subject(sentence, first, read):
            return None  # "He spoke highly of Ann Roe. The Russian leader said": his, not hers
        if name is None or (sum(m[2] == name for m in ctx.memo(_person_mentions)) < 2 and not once):
            return None  # a surname two people bear; or named once: no one the story is about
        gender = title_gender(root.text)
        genders = {g for _, _, n, g in named if n == name} - {None}
        if gender is not None and genders and gender not in genders:
            return None
        if not _placed_with(ctx, span, name):
            return None  # "the Russian leader" is not the American named before
        return name
    return None


_NAMED_LATER = frozenset({"man", "woman", "boy", "girl"})
"""Unnamed-sounding nouns a story may still name in its next sentence (``The woman accused of …``)."""


def named_next(ctx: DocContext, span: Span) -> str | None:
    """The person a description that opens a sentence is named as in the next one: ``The homeless
    woman accused of … told police A. / Ann Roe, 24, will be charged …`` (a story that names its
    subject a sentence late).  ``span`` is ``the`` (or ``a``, in a court story's lead: ``A seafood
    trader accused of …``: :func:`charged`), modifiers and a singular person noun (not one that
    mostly stands for someone never named, :data:`_UNNAMED_PERSONS`, but ``man`` or ``woman`` may
    be), the subject its sentence opens with (past a dateline), with no person named outside
    quotations in that sentence or the one before; the next sentence, in the same paragraph or the
    next, names a person first, as its subject (``Speaking at a press conference, Ann Roe said``),
    named there for the first time and not of the other gender; the
    noun is none the text wrote with ``a`` before (``a nurse … The nurse``).  None otherwise."""
    root = span.root
    index = ctx.sentence_index(span.start)
    sentences = ctx.sentences
    lead = _story_lead(ctx, span)  # ("A former trader told the court …", "Guinea's mines minister said")
    if (
        not (
            span[0].lower_ == "the"
            or (span[0].lower_ in ("a", "an") and (charged(root) or lead))
            or (lead and len(span) > 2 and span[0].ent_type_ == "GPE" and span[1].tag_ == "POS")
        )
        or root.tag_ != "NN"
        or root.ent_type_
        or root.dep_ not in SUBJECT_DEPS
        or index < 0
        or index + 1 >= len(sentences)
        or not _opens(ctx, sentences[index], span)
        or ctx.token_quoted(root)
        or (role_word(root) in _UNNAMED_PERSONS and role_word(root) not in _NAMED_LATER)
        or ctx.memo(_introduced_unnamed).get(role_word(root), span.start) < span.start
    ):
        return None  # ("a nurse … The nurse later sued": the one introduced so)
    sentence, after = sentences[index], sentences[index + 1]
    begin = sentences[index - 1].start if index > 0 else sentence.start
    mentions = ctx.memo(_person_mentions)
    if any(begin <= start < sentence.end for start, *_ in mentions):
        return None
    if ctx.paragraph_index(after.start_char) > ctx.paragraph_index(sentence.start_char) + 1:
        return None
    # the name its subject, the sentence's first ("Speaking at a press conference, Ann Roe said")
    first = next((m for m in mentions if after.start <= m[0] < after.end), None)
    if first is None or not first[1] or first[2] is None:
        return None
    if first[0] > after.start and not (
        _main_subject_first(ctx.doc, after, first[0])
        or (lead and span[0].lower_ != "the" and _titled_first(ctx.doc, after, first[0], role_word(root)))
    ):
        return None  # ("When he walks onstage, Sen. Ann Roe …": someone else before her)
    name = first[2]
    if any(start < after.start and who == name for start, _, who, _ in mentions):
        return None  # named before: the description is someone else
    if lead and span[0].lower_ != "the" and _other_or_more(ctx.doc[first[0]], role_word(root)):
        return None  # ("A farmer said … / Ann Roe, the governor, said": someone else)
    gender = title_gender(root.text)
    if gender is not None and first[3] not in (None, gender):
        return None
    return name


def _story_lead(ctx: DocContext, span: Span) -> bool:
    """Whether ``span`` is in the first sentence of its paragraph, past a dateline, in one of the
    story's first paragraphs: a lead, which describes its source and names them next."""
    paragraph = ctx.paragraph_index(span.start_char)
    if paragraph >= DATELINE_PARAGRAPHS:
        return False
    start, _ = ctx.paragraph_span(span.start_char)
    dateline = dateline_at(ctx.text, start)  # ("ST HELIER, Jersey —")
    if dateline is not None:
        start = dateline.end()
    sentence = ctx.sentences[ctx.sentence_index(span.start)]
    return not ctx.text[start : sentence.start_char].strip()


def _titled_first(doc: Doc, sentence: Span, at: int, role: str) -> bool:
    """Whether the name at token ``at`` opens ``sentence`` after its title alone (``Mines Minister
    Ann Roe told reporters``), or after an opening phrase and its comma (``Speaking in Conakry,
    Mines Minister Ann Roe said``): capitalised words that end with the description's ``role``,
    then the name, its sentence's subject alone (not ``Judge Ann Roe`` for ``A driver``, nor
    ``Governor Ann Roe and Governor Bo Li``)."""
    start = at
    while start > sentence.start and doc[start - 1].is_title:
        start -= 1
    if start == at or role_word(doc[at - 1]) != role or _other_or_more(doc[at], role):
        return False
    return start == sentence.start or _main_subject_first(doc, sentence, start, at)


def _other_or_more(name: Token, role: str) -> bool:
    """Whether the name at ``name`` has a noun for a person set beside it that is not ``role``
    (``Ann Roe, the regional governor,`` for ``A farmer``), or another person joined to it (``Ann
    Roe, 58, and Tom Lee, 61,``: which one the description is, the text does not say)."""
    head = name_head(name)
    return any(
        (c.dep_ == "appos" and c.pos_ == "NOUN" and is_person_noun(role_word(c)) and role_word(c) != role)
        or (c.dep_ == "conj" and c.ent_type_ == "PERSON")
        for c in head.children
    )


def charged(noun: Token) -> bool:
    """Whether a noun for someone has a participle of the courts after it (``a seafood trader
    accused of smuggling eels``, ``a nurse charged with …``): a court story's lead, which names
    the one it describes in its next sentence.  The parser may make the participle the noun's verb
    (``wholesaler`` its subject, no auxiliary)."""
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _COURT_PARTICIPLES for c in noun.rights):
        return True
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.i == noun.i + 1
        and verb.tag_ == "VBN"
        and verb.lemma_ in _COURT_PARTICIPLES
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_COURT_PARTICIPLES = frozenset({"accuse", "charge", "convict", "jail", "sentence", "indict", "acquit"})


def _main_subject_first(doc: Doc, sentence: Span, at: int, name_at: int | None = None) -> bool:
    """Whether the name at token ``at`` (or ``name_at``, after a title that starts at ``at``), right
    after the comma that closes an opening phrase, is the subject of its sentence's main verb,
    with no pronoun for a person before it (``Speaking at a press conference, Ann Roe said``)."""
    if doc[at - 1].text != ",":
        return False  # (a title before it, "Senator Ann Roe of Ohio", is another rule's)
    name = name_head(doc[at if name_at is None else name_at])
    if (
        name.dep_ not in SUBJECT_DEPS
        or name.head.dep_ != "ROOT"
        or any(c.dep_ == "conj" for c in name.children)
    ):
        return False  # (not "Governor Ann Roe and Governor Bo Li said": two people)
    return not any(t.pos_ == "PRON" and t.lower_ in _PERSONAL for t in doc[sentence.start : at])


_PERSONAL = frozenset(word for word in BINDABLE_PRONOUNS if not word.startswith("it")) | {"i"}
"""Pronouns for people (``he``, ``her``, ``they``, ``we``; ``it`` is none), and ``I``."""


def _opens(ctx: DocContext, sentence: Span, span: Span) -> bool:
    """Whether ``span`` opens ``sentence``, past a dateline (``HANOI —``): words in capitals and
    marks alone before it."""
    return all(t.is_punct or t.is_space or t.is_upper for t in ctx.doc[sentence.start : span.start])


_STORY_MENTIONS = 5
"""How often a story must name its one main person for a bare description to stand for them."""


def story_person(ctx: DocContext, span: Span) -> str | None:
    """The story's main person a bare definite description that names no one nearby stands for
    (``The former chief executive said`` in a story that names Ann Roe throughout): the person
    named most, at least :data:`_STORY_MENTIONS` times, more than twice as often as anyone else
    and more often than a surname two people bear is written alone, when ``span`` is ``the``,
    modifiers and a singular person noun as :func:`topic_person` reads them, the subject of its
    clause, in a sentence and paragraph that name no other person, and the person is of no other
    gender and placed where the description says, if it says (``the Texas senator``: a person the
    text writes beside Texas).  None otherwise."""
    root = span.root
    if root.dep_ not in SUBJECT_DEPS or not _definite_person(ctx, span):
        return None
    head = role_word(root)
    if head in _UNNAMED_PERSONS or ctx.memo(_introduced_unnamed).get(head, span.start) < span.start:
        return None
    mentions = ctx.memo(_person_mentions)
    counts: dict[str, int] = {}
    for _, _, name, _ in mentions:
        if name is not None:
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    shared = sum(1 for m in mentions if m[2] is None)  # "Trump" of two Trumps: anyone's
    if not ranked or ranked[0][1] < _STORY_MENTIONS or ranked[0][1] <= shared:
        return None
    if len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return None
    name = ranked[0][0]
    paragraph = ctx.paragraph_index(span.start_char)
    sentence = ctx.sentences[ctx.sentence_index(span.start)]
    for start, _, who, _ in mentions:
        near = sentence.start <= start < sentence.end or ctx.paragraph_index(ctx.doc[start].idx) == paragraph
        if near and who != name:
            return None  # "Tom Lee … the senator": maybe him
    gender = title_gender(root.text)
    genders = {g for _, _, n, g in mentions if n == name} - {None}
    if gender is not None and genders and gender not in genders:
        return None
    return name if _placed_with(ctx, span, name, strict=True) else None


def possessor_surname(ctx: DocContext, owner: Token) -> str | None:
    """The surname of the person a possessive ``his`` or ``her`` (``owner``) stands for: the latest
    person named in full before it, in its sentence or the one before, outside quotations, of the
    pronoun's gender or of none known (``Ann Roe spoke. Her father, Tom, said``: Roe); None when
    there is none or the pronoun has no gender."""
    pronoun = BINDABLE_PRONOUNS.get(owner.lower_)
    index = ctx.sentence_index(owner.i)
    if pronoun is None or pronoun.gender is None or index < 0:
        return None
    begin = ctx.sentences[index - 1].start if index > 0 else ctx.sentences[index].start
    for start, _, name, gender in reversed(ctx.memo(_person_mentions)):
        if start >= owner.i or name is None or gender not in (None, pronoun.gender):
            continue
        if start < begin:
            return None
        words = name.split()
        return words[-1] if len(words) > 1 else None
    return None


_HEADLINE_WORDS = 30
"""The most words a first paragraph of one sentence has to be read as the headline."""

_LEAD_PARAGRAPHS = 2
"""How many paragraphs after the headline are read for the person it describes."""


def headline_title(ctx: DocContext, speaker: Speaker, speakers: Iterable[Speaker]) -> str | None:
    """The person a headline's bare title written as a name stands for (``Justice`` of ``Lorne
    apologizes for remarks; Justice vows …``, its first word): the one person the headline's lines
    name (the first two paragraphs up to its own), by the full name of the one speaker of the
    document whose name ends with hers.  None for a mention further on, any other name, or when
    the headline names no one or two.
    """
    span = mention_span(ctx, speaker)
    if span is None or len(span) != 1 or span[0].pos_ != "PROPN" or not span[0].is_title:
        return None
    paragraph = ctx.paragraph_index(span.start_char)
    if role_word(span[0]) not in TITLE_WORDS or paragraph > 1 or not span[0].is_sent_start:
        return None
    end = ctx.paragraphs[paragraph][1]
    surnames = {ent[-1].text for ent in ctx.entities if ent.label_ == "PERSON" and ent.end_char <= end}
    if len(surnames) != 1:
        return None
    (surname,) = surnames
    full = {
        other.name
        for other in speakers
        if other.kind is SpeakerKind.PERSON and other.name.split()[-1] == surname
    }
    return full.pop() if len(full) == 1 else None


def named_in_lead(ctx: DocContext, speaker: Speaker, speakers: Iterable[Speaker]) -> str | None:
    """The person a headline's bare description (``SEIU chief says A``, ``Former rival says A``)
    stands for: the one person named as a speaker in the story's first paragraphs after it.

    ``speaker``'s mention must be a singular person noun with no determiner, in a first paragraph
    of one short sentence (the headline); ``speakers`` are the document's resolved speakers.  None
    when the opening paragraphs quote no named person or two.
    """
    span = mention_span(ctx, speaker)
    if span is None or span[0].tag_ in ("DT", "PRP$") or span.root.tag_ != "NN":
        return None
    if not is_person_noun(role_word(span.root)) or ctx.paragraph_index(span.start_char) != 0:
        return None
    paragraphs = ctx.paragraphs
    sentences = ctx.sentences
    if len(paragraphs) < 2 or len(sentences) < 2 or sentences[1].start_char < paragraphs[0][1]:
        return None  # the first paragraph is more than one sentence: no headline
    if sentences[0].end - sentences[0].start > _HEADLINE_WORDS:
        return None
    end = paragraphs[min(len(paragraphs) - 1, _LEAD_PARAGRAPHS)][1]
    named = set()
    for other in speakers:
        mention = mention_span(ctx, other)
        if mention is None or not paragraphs[1][0] <= mention.start_char < end:
            continue
        if other.kind is SpeakerKind.PERSON and any(t.ent_type_ == "PERSON" for t in mention):
            named.add(other.name)
    return named.pop() if len(named) == 1 else None


def _introduced_unnamed(ctx: DocContext) -> dict[str, int]:
    """Each noun the text writes with ``a``/``an``/``one``/``another`` (``a fan``), as a role noun:
    the index of its first such token."""
    doc = ctx.doc
    heads = set()
    for i in np.flatnonzero(among(ctx.column(LOWER), _INTRODUCING_IDS)).tolist():
        det = doc[i]  # (only the tokens spelt "a", "an" …: reading every token's parse is slow)
        head = det.head
        if det.dep_ == "det" and head.i > i and head.pos_ == "NOUN":
            heads.add(head.i)
    out: dict[str, int] = {}
    for i in sorted(heads):
        out.setdefault(role_word(doc[i]), i)
    return out


def _described_subject(ctx: DocContext, sentence: Span) -> Token | None:
    """``sentence``'s main subject when it is a definite person description (``The nominee was …``)."""
    return next(
        (
            c
            for c in sentence.root.children
            if c.dep_ in SUBJECT_DEPS
            and c.pos_ == "NOUN"
            and is_person_noun(role_word(c))
            and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)
        ),
        None,
    )


def _pronoun_subject(sentence: Span, named_at: int, genders: set[str | None]) -> bool:
    """Whether a clause of ``sentence`` has a personal pronoun for its subject (``he``, ``she``) that may
    be someone else than the person named at token ``named_at`` (of ``genders``, as read): one before
    the name, or of a gender not the person's or unknown.  ``Ann Roe's plan failed when she left``
    is hers: the description after it may be her."""
    known = genders - {None}
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.lower_ in ("he", "she")
        and (t.i < named_at or len(known) != 1 or BINDABLE_PRONOUNS[t.lower_].gender not in known)
        for t in sentence
    )


_PLACE_WINDOW = 5
"""How many words either side of a person's name are read for their place or nationality."""


def _placed_with(ctx: DocContext, span: Span, name: str, strict: bool = False) -> bool:
    """Whether the places and nationalities of the description ``span`` (``the Texas senator``; not
    its parties: ``the Democratic frontrunner``) allow the person ``name``: False when the text
    writes one of them beside another person's name (``Texas Sen. Ann Roe``, ``Ann Roe (R-Texas)``)
    and never beside this person's (``strict``: unless the text writes one beside this person's)."""
    wanted = capitals(ctx, span.start, span.end) - _PARTY_STEMS
    if not wanted:
        return True
    others = False
    doc = ctx.doc
    for start, end, who in ctx.memo(_named_spans):
        first = start  # "Texas Sen. Ann Roe": the words of the name's own phrase before it
        while first > 0 and start - first < _PLACE_WINDOW and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            first -= 1
        last = end  # "Ann Roe (R-Texas)": the brackets right after it
        if end < len(doc) and doc[end].text == "(":
            last = next((t.i for t in doc[end : end + _PLACE_WINDOW] if t.text == ")"), end)
        near = capitals(ctx, first, last) & wanted
        if near and who == name:
            return True
        others = others or bool(near)
    return not others and not strict


_PARTY_STEMS = frozenset(w[:4] for w in PARTISANS | {"democratic", "gop"})


_MISLABELLED = frozenset({"ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"})
"""Labels the parser gives a surname that stands alone (``Trump's``, ``Sanders responded``)."""


_MAIN_SUBJECT = 2
"""A person mention's subject mark when it is the subject of its sentence's main verb (1: of another)."""


def _person_mentions(ctx: DocContext) -> list[tuple[int, int, str | None, str | None]]:
    """Each mention of a person by name outside quotations, in text order: its first token, whether
    it is a clause's subject (0 no, 1 yes, :data:`_MAIN_SUBJECT` the main clause's), the person's full
    name (None for a surname two people bear) and gender.
    A name the parser labelled otherwise counts when it is part of a person's longer name (``Trump's``
    of ``Donald Trump``), and so does a surname it left in no entity (``Ann Roe spoke. Roe met
    donors``: its second sentence names her too) when the text names its bearer in full."""
    people = ctx.memo(People.build)
    surname_bearers: dict[str, set[str]] = {}
    out = []
    for ent, label, text in zip(ctx.entities, ctx.entity_labels, ctx.entity_texts, strict=True):
        if (label != "PERSON" and label not in _MISLABELLED) or ent.root.tag_ == "NNPS":
            continue  # ("the Clintons": two people)
        words = name_words(text)
        if not words or ctx.token_quoted(ent.root):
            continue
        person = people.resolve(words, ent.start_char, fuzzy=False)
        if person is None or (label != "PERSON" and len(person.words) <= len(words)):
            continue
        name = _full_name(people, person, words, surname_bearers)
        out.append((ent.start, _subject_mark(ent.root), name, person.gender))
    for token in _untagged_surnames(ctx, people):
        person = people.resolve((token.text,), token.idx, fuzzy=False)
        if person is not None and len(person.words) > 1 and person.words[-1] == token.text:
            name = _full_name(people, person, (token.text,), surname_bearers)
            out.append((token.i, _subject_mark(token), name, person.gender))
    out.sort(key=lambda mention: mention[0])
    return out


def _full_name(
    people: People, person: Person, words: tuple[str, ...], surname_bearers: dict[str, set[str]]
) -> str | None:
    """The full name of the ``person`` a mention's ``words`` stand for; None for a surname alone
    that two people of the text bear (``Trump`` of two Trumps: no one's full name)."""
    if len(words) != 1:
        return person.name
    bearers = surname_bearers.get(words[0])
    if bearers is None:
        bearers = surname_bearers[words[0]] = {
            p.words[0] for p in people.persons if len(p.words) > 1 and p.words[-1] == words[0]
        }
    return person.name if len(bearers) < 2 else None


def _subject_mark(root: Token) -> int:
    """A mention's subject mark (:func:`_person_mentions`) from the head word of its name."""
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS:
        root = root.head  # a subject, or one of subjects joined ("Roe and Lee spoke")
    return 0 if root.dep_ not in SUBJECT_DEPS else _MAIN_SUBJECT if root.head.dep_ == "ROOT" else 1


def _untagged_surnames(ctx: DocContext, people: People) -> Iterator[Token]:
    """Proper nouns in no entity, outside quotations, each capitalised and written as the last word
    of a name the text gives in full (``Roe met donors`` after ``Ann Roe``), neither a modifier of
    another word (``the Roe campaign``) nor part of a run of proper nouns (``Roe Street``)."""
    doc = ctx.doc
    pos = ctx.column(POS)
    for i in np.flatnonzero((pos == PROPN) & (ctx.column(ENT_TYPE) == 0)).tolist():
        token = doc[i]
        if (
            token.dep_ == "compound"
            or not token.is_title
            or not people.knows_word(token.text)
            or (i > 0 and pos[i - 1] == PROPN)
            or (i + 1 < len(doc) and pos[i + 1] == PROPN)
            or ctx.token_quoted(token)
        ):
            continue
        yield token


def _named_spans(ctx: DocContext) -> list[tuple[int, int, str | None]]:
    """The token bounds and full name of each mention of :func:`_person_mentions`."""
    ends = {ent.start: ent.end for ent in ctx.entities}
    return [(start, ends.get(start, start + 1), name) for start, _, name, _ in ctx.memo(_person_mentions)]
