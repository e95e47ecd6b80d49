"""The people and bodies a text described, indexed once per document for its descriptions.

Each antecedent is someone the text named with the words it described them
by: ``Harbour Master Ann Roe`` is indexed under ``harbour`` and ``master``, so
a later ``the harbour master said`` can find her (:func:`latest`).  Besides
the entities with their role words, the index reads bodies named with their
place (``the government of Norland``), runs of capitalised words that name a
body in full (``Mid Vale Ferry Service``), the organisations a description
names word for word, and the person nouns set beside a name (``his sister,
Ann Roe,``).  The document's part is built lazily, the first time a
description is looked up (:class:`LazyIndex`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs
import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..context import DocContext
from ..model import Speaker, SpeakerKind
from ..people import (
    COUNTRIES,
    GIVEN_NAMES,
    ORG_NOUNS,
    QUALIFIERS,
    ROLE_NOUNS,
    People,
    body_noun,
    company_name,
    company_or_body_noun,
    entity_name_words,
    is_person_noun,
    mention_span,
    person_entities,
    plural_mention,
    pronoun_of,
    role_of_word,
    role_word,
    without_article,
    without_open_bracket,
)
from ..syntax import NAME_CONNECTORS, NAME_PARTICLES, SUBJECT_DEPS, is_finite
from ..wordlists import table
from ..wordlists import words as word_list

DEFINITE = frozenset({"the", "this", "that", "these", "those"})

_LOOK_BACK = 5
"""How many words before a name are read for its role (``Chinese President Xi``)."""


@attrs.frozen
class Antecedent:
    """Someone the text described: where, with which role words, as which speaker."""

    position: int
    words: frozenset[str]
    capitals: frozenset[str]
    plural: bool
    speaker: Speaker


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
        if noun.pos_ != "NOUN" or noun.ent_type_ or role_word(noun) not in ORG_NOUNS or plural_noun(noun):
            continue
        determiner = next((c for c in noun.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        out[noun.i] = (min(start, determiner.i) if determiner is not None else start, end)
    return out


def _place_antecedents(ctx: DocContext) -> list[Antecedent]:
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
                out.append(Antecedent(span.start_char, frozenset({head}), places, False, speaker))
    return out


class LazyIndex(dict[str, list[Antecedent]]):
    """The document's antecedents by each word that describes them (:func:`entity_index`, a copy),
    then the speakers' added in order: the document's are read only when a description is looked up
    (most speakers are names, and many documents have no description to resolve)."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__()
        self._ctx: DocContext | None = ctx
        self._pending: list[Antecedent] = []

    def _read(self) -> None:
        if self._ctx is not None:
            self.update((word, list(found)) for word, found in self._ctx.memo(entity_index).items())
            self._ctx = None
            for antecedent in self._pending:
                _index(self, antecedent)

    def add(self, antecedent: Antecedent) -> None:
        """Join ``antecedent`` after those already indexed."""
        if self._ctx is not None:
            self._pending.append(antecedent)
        else:
            _index(self, antecedent)

    def get(self, word: str, default: list[Antecedent]) -> list[Antecedent]:  # type: ignore[override]
        """The antecedents ``word`` describes, else ``default``."""
        self._read()
        return super().get(word, default)


def entity_index(ctx: DocContext) -> dict[str, list[Antecedent]]:
    antecedents: dict[str, list[Antecedent]] = {}
    for entity in _entity_antecedents(ctx):
        _index(antecedents, entity)
    for titled in _titled_names(ctx):
        _index(antecedents, titled)
    for body in _place_antecedents(ctx):
        _index(antecedents, body)
    return antecedents


_RELATIVES = word_list("relative_nouns")
"""Family members a person is named by ("his daughter Nettie Lane")."""


_PLURAL_AS_LEMMA = frozenset({"people", "men", "women", "children"})
"""Plurals whose lemma the lemmatizer gives as the word itself."""


def plural_noun(head: Token) -> bool:
    """A noun written in the plural (``agencies``, ``people``; not ``police``, whose lemma is
    itself)."""
    return head.tag_ == "NNS" and (head.lower_ != role_word(head) or head.lower_ in _PLURAL_AS_LEMMA)


def _index(antecedents: dict[str, list[Antecedent]], antecedent: Antecedent) -> None:
    for word in antecedent.words:
        antecedents.setdefault(word, []).append(antecedent)


_TIMES = frozenset({"former", "acting", "then"})
"""Qualifiers that say when someone held a title, not which (``the former minister``)."""


def qualifiers_of(text: str | None) -> frozenset[str]:
    """The qualifiers among the words of ``text`` (``foreign`` of ``the foreign minister``)."""
    return frozenset(w for w in (role_of_word(w) for w in (text or "").split()) if w in QUALIFIERS)


def latest(
    ctx: DocContext,
    antecedents: list[Antecedent],
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
    A description with a portfolio (``the local health minister``) takes only someone whose
    title has it too: not ``Civil Aviation Minister Ann Roe``.
    """
    body = head in ORG_NOUNS
    plural = plural_noun(span.root) if body else span.root.tag_ in ("NNS", "NNPS")
    capitals = _capitals(ctx, span.start, span.end)
    qualifiers = qualifiers_of(span.text) if titled else frozenset()
    before_head = ctx.doc[span.start : span.root.i].text  # "health" of "the health minister"
    portfolio = frozenset() if titled or body else qualifiers_of(before_head) - _TIMES
    best: Antecedent | None = None
    for antecedent in antecedents:
        if antecedent.position >= at or head not in antecedent.words or antecedent.plural != plural:
            continue
        if body and (
            antecedent.speaker.kind is SpeakerKind.PERSON
            or (antecedent.speaker.kind is SpeakerKind.UNNAMED and not plural)
        ):
            continue  # "Company meteorologist Ann Roe … The company said": the company, not its meteorologist
            # (nor "a union official who asked not to be named … The union denies")
        if without_article(antecedent.speaker.name).lower() in (head, span.root.lower_):
            continue  # "Members noted A. The two dissenting members argued": the word, no one named
        if titled and qualifiers_of(antecedent.speaker.description) != qualifiers:
            continue
        if portfolio and not portfolio <= qualifiers_of(antecedent.speaker.description):
            continue  # "the health minister" is not the civil aviation minister
        if capitals and (antecedent.capitals or strict) and not capitals & antecedent.capitals:
            continue  # "the Japanese official" is not "a Chinese official"
        if best is None or antecedent.position >= best.position:  # a speaker over an entity
            best = antecedent
    return best.speaker if best is not None else None


def named_in_full(ctx: DocContext, span: Span) -> str | None:
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


def named_by_run(
    ctx: DocContext, speaker: Speaker, notes: dict[Speaker, str], original: Speaker
) -> Speaker | None:
    """The one body the document names in capitals with every word of the description ``speaker``
    left as written, its head noun last: ``The fire service said`` is ``Mid Ardmore Fire and Rescue
    Service`` (an ORG entity, or a run of capitalised words the parser did not make one); None
    for a description of one word, a plural, or two such names (a description beats a guess)."""
    span = mention_span(ctx, speaker)
    if span is None or span.root.ent_type_ or plural_noun(span.root) or role_word(span.root) not in ORG_NOUNS:
        return None
    name = named_in_full(ctx, span)
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


def capitals(ctx: DocContext, start: int, end: int) -> frozenset[str]:
    """The nationalities and places among tokens ``start:end``, by stem (see :func:`latest`)."""
    return _capitals(ctx, start, end)


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


_TITLE_ROLES = table("title_roles")
"""A title and the role noun a later description calls its bearer by (``justice``: ``judge``)."""


def speaker_antecedent(ctx: DocContext, speaker: Speaker) -> Antecedent | None:
    """A resolved speaker as an antecedent, described by its mention and description words."""
    span = mention_span(ctx, speaker)
    if span is None or speaker.mention is None or pronoun_of(speaker) is not None:
        return None
    titles = (role_of_word(w) in ROLE_NOUNS for w in speaker.name.split())
    if speaker.kind is SpeakerKind.PERSON and all(titles):
        return None  # "Justice vows to …" (a headline): a title taken for a name is no one to find
    words = set(_role_words(span))
    if speaker.description:
        words |= {role_of_word(w) for w in speaker.description.split()}
    words |= {_TITLE_ROLES[w] for w in words if w in _TITLE_ROLES}  # ("Mr Justice Ann Roe": the judge)
    plural = plural_mention(span, speaker.kind) or speaker.kind is SpeakerKind.GROUP
    return Antecedent(
        speaker.mention.start, frozenset(words), _capitals(ctx, span.start, span.end), plural, speaker
    )


def apposed_names(ctx: DocContext) -> dict[str, set[str]]:
    """Each person or family noun the document sets beside a person's name (``his father, Abdullah
    Kurdi``, ``his daughter Nettie Lane``, ``Ann Roe, the mayor,``) or says a person is (``Ann Roe
    is the mayor``).

    Read over the whole document: a description written before the name
    (``his father says ...``) still describes the one person it is apposed to.
    """
    out: dict[str, set[str]] = {}
    for name, head in _described_people(ctx, said_to_be=True):
        role = role_word(head)
        if is_person_noun(role) or role in _RELATIVES:
            out.setdefault(role, set()).add(name)
    return out


def apposed_titles(ctx: DocContext) -> dict[tuple[str, ...], set[str]]:
    """Each title written in capitals that the document sets before a person's name, set off by
    commas (``The Prime Minister, Helen Ashby,``), by its words in lower case with no article
    (``("prime", "minister")``): the people so titled.  The same title alone later (``The Prime
    Minister said``) stands for that person; a title with other words (``the Florida senator``)
    does not."""
    out: dict[tuple[str, ...], set[str]] = {}
    for ent, words in zip(ctx.entities, entity_name_words(ctx), strict=True):
        root = ent.root
        if ent.label_ != "PERSON" or not words or root.dep_ != "appos":
            continue
        head = root.head
        titled = head.pos_ == "PROPN" and not head.ent_type_ and role_word(head) in ROLE_NOUNS
        if not titled or ctx.token_quoted(head):
            continue
        title = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.lower_ not in DEFINITE]
        if title and all(t.is_title for t in title):
            out.setdefault(tuple(t.lower_ for t in title), set()).add(" ".join(words))
    return out


def apposed_descriptions(ctx: DocContext) -> dict[tuple[str, ...], set[str]]:
    """Each description with a named owner the document sets beside a person's name
    (``Lee's campaign manager, Tom Roe,``; ``Ann Roe, Acme's chief executive,``), by its
    words (:func:`description_key`): the people so described.  The same words later, the name
    left out (``Lee's campaign manager said``), stand for that person."""
    out: dict[tuple[str, ...], set[str]] = {}
    for name, head in _described_people(ctx, said_to_be=False):
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):  # (not "his father")
            out.setdefault(description_key(head.doc[head.left_edge.i : head.i + 1]), set()).add(name)
    return out


def _described_people(ctx: DocContext, said_to_be: bool) -> Iterator[tuple[str, Token]]:
    """Each person's full name and the head noun of a description set beside it, unquoted
    (``his father, Abdullah Kurdi``, ``Ann Roe, the mayor,``, both of ``her son, the conductor Tom
    Roe``), or, ``said_to_be``, that the text says they are (``Ann Roe is the mayor``)."""
    for ent, words in zip(ctx.entities, entity_name_words(ctx), strict=True):
        if ent.label_ != "PERSON" or not words:
            continue
        root = ent.root
        if root.dep_ == "appos":  # "his father, Abdullah Kurdi"
            described = [root.head]
            if root.head.dep_ == "appos":  # "Her son, the conductor Péter Vajda": the son too
                described.append(root.head.head)
        elif (
            said_to_be and root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be"
        ):  # "Roe is the mayor"
            described = [c for c in root.head.children if c.dep_ == "attr"]
        else:  # "Ann Roe, the mayor,"
            described = [c for c in root.rights if c.dep_ == "appos"]
        for head in described:
            if head.pos_ == "NOUN" and not ctx.token_quoted(head):
                yield " ".join(words), head


def description_key(span: Span) -> tuple[str, ...]:
    """The words of a description as they identify it: lower case, with no article or
    punctuation, an owner's name by its last word (``Ann Lee's campaign manager`` and
    ``Lee's campaign manager`` are one key)."""
    return tuple(
        "'s" if t.lower_ == "’s" else t.lower_
        for t in span
        if not t.is_punct and t.dep_ != "det" and not (t.dep_ == "compound" and t.head.pos_ == "PROPN")
    )


def _entity_antecedents(ctx: DocContext) -> list[Antecedent]:
    """People named with a role before them (``Foreign Minister Jane Roe``), and organisations."""
    doc = ctx.doc
    out = []
    people: People | None = None  # (built at the first surname alone)
    places: dict[str, list[Antecedent]] = {}  # the places named with each place noun ("the city of …")
    entities = zip(ctx.entities, ctx.entity_texts, entity_name_words(ctx), person_entities(ctx), strict=True)
    for ent, text, words, person in entities:
        body = _apposed_body_noun(ent)
        if body is not None:  # "Lumora Labs, a software company, …": the company, whatever the tagger said
            speaker = Speaker(name=without_article(text), kind=SpeakerKind.ORGANIZATION)
            out.append(
                Antecedent(
                    ent.start_char, frozenset({body}), _capitals(ctx, ent.start, ent.end), False, speaker
                )
            )
            continue
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
                Antecedent(
                    ent.start_char, _role_words(role), _capitals(ctx, start, ent.start + 1), False, speaker
                )
            )
        elif ent.label_ in ("GPE", "LOC", "ORG") and (place := _place_named_of(ent)) is not None:
            # "the US city of Elmford … the city stated": Elmford (the parser may say ORG)
            places.setdefault(place, []).append(
                Antecedent(
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
                speaker = Speaker(name=without_open_bracket(text), kind=SpeakerKind.ORGANIZATION)
                out.append(
                    Antecedent(
                        ent.start_char, frozenset(heads), _capitals(ctx, ent.start, ent.end), False, speaker
                    )
                )
    for named in places.values():
        if len({a.speaker.name for a in named}) == 1:  # "the city of A … the city of B": either
            out.extend(named)
    return out


def _titled_names(ctx: DocContext) -> list[Antecedent]:
    """People named after a capitalised title that the tagger found no person in: ``Princess
    Amalia`` (no entity) and ``Chief Kakumbi`` (an organisation's), for a later ``the princess``
    or ``the chief``.  The name is the proper nouns after the title, none of them a role word, a
    place's or a person's entity (those are read with the entities), and not ending like a body's
    name (``Princess Cruises``).  (A name of two or three words after a title, in no entity, is
    already a person's entity: :func:`quotrack.parsing.person_names`.)"""
    doc = ctx.doc
    out = []
    for token in doc:
        if token.tag_ != "NNP" or not token.is_title or role_word(token) not in ROLE_NOUNS:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].tag_ == "NNP" and role_word(doc[end]) not in ROLE_NOUNS:
            end += 1
        name = doc[token.i + 1 : end]
        if not name or any(t.ent_type_ in ("PERSON", "GPE", "NORP") or not t.is_alpha for t in name):
            continue
        if company_name([t.text for t in name]) or role_word(name[-1]) in ORG_NOUNS:
            continue
        speaker = Speaker(name=name.text, kind=SpeakerKind.PERSON, description=token.text)
        out.append(
            Antecedent(token.idx, frozenset({role_word(token)}), _capitals(ctx, token.i, end), False, speaker)
        )
    return out


_NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def _apposed_body_noun(ent: Span) -> str | None:
    """The organisation noun a name is set beside (``Lumora Labs, a software company``, ``The
    Brackwater Harriers, the club behind the proposal``: ``company``, ``club``) or right before
    (``the polling firm Hangyeol Research``: ``firm``), else None: the text says what the name is,
    which a later ``the company`` points back to."""
    if ent.label_ in _NUMERIC_LABELS:
        return None
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i == ent.start - 1 and head.pos_ == "NOUN":
        noun: Token | None = head
    else:
        noun = next(
            (c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > ent.root.i),
            None,
        )
    word = role_word(noun) if noun is not None else ""
    return word if body_noun(word) else None


PLACE_NOUNS = word_list("place_nouns")


def _place_named_of(ent: Span) -> str | None:
    """The place noun a place is named with (``the city of Elmford``: ``city``), else None."""
    root = ent.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i != ent.start - 1 or of.i == 0:
        return None
    noun = of.head
    word = noun.lower_
    if noun.i != of.i - 1 or noun.pos_ != "NOUN" or word not in PLACE_NOUNS:
        return None
    return word


def _compared(ent: Span) -> bool:
    """Whether a body is only named as what another is or is not (``The only court with higher
    authority is the Supreme Court``): the predicate of a "be", no actor a later ``the court``
    points back at."""
    root = ent.root
    return root.dep_ == "attr" and root.head.lemma_ == "be"


_BROADCASTING = word_list("broadcasting_words")


def body_of_kind(ctx: DocContext, span: Span, head: str) -> Speaker | None:
    """The one organisation the text said, before ``span``, is what ``span`` calls it.

    ``Acme Corp is the largest broadcasting company … the network said``: a definite ``the
    network`` or ``the broadcaster`` (a noun of lexicons/broadcasting_words.txt) is the one body
    the text called a broadcaster (a word of that list) in what it said the body is (``X is
    a …``, ``X, a private television network,``) or in its name; any other organisation noun, the
    one body it said is a ``head`` so.  None when it says so of none or of two (not counting one
    named again as a part of the other's name: ``Acme`` and ``Acme Corp``).
    """
    tokens = [t for t in span if not t.is_punct]
    if len(tokens) != 2 or tokens[0].lower_ not in DEFINITE or span.root.tag_ in ("NNS", "NNPS"):
        return None
    kinds = _BROADCASTING if head in _BROADCASTING else frozenset({head})
    found: list[str] = []
    for start, name, said in ctx.memo(_bodies_of_kind):
        if start >= span.start:
            break
        if kinds & said and not any(name.startswith(other) or other.startswith(name) for other in found):
            found.append(name)
    if len(found) != 1:
        return None
    return Speaker(name=found[0], kind=SpeakerKind.ORGANIZATION)


def body_named_with_noun(ctx: DocContext, span: Span, head: str) -> Speaker | None:
    """The one body the text named before ``span`` (``the charity``) with its noun ``head``.

    The noun is written in lower case right before the name (``the German charity Mare
    Solidale``) or set beside it (``Fjordforbindelsen A/S, the state-owned company,``), or it is a
    word of the name at either end (``The Tamarack County Sheriff’s Office``, ``the Ministry of
    Health``), whatever the tagger read the name as, or if it read none.  None when there is none
    or two (a name and a part of it, ``Sheriff’s Office``, are one).
    """
    tokens = [t for t in span if not t.is_punct]
    if len(tokens) != 2 or tokens[0].lower_ not in DEFINITE or span.root.tag_ in ("NNS", "NNPS"):
        return None
    found: list[str] = []
    for position, noun, name in ctx.memo(_bodies_by_noun):
        if position >= span.start:
            break
        if noun != head:
            continue
        if any(name in other or other in name for other in found):  # a name and its part: the fuller
            found = [name if other in name else other for other in found]
        else:
            found.append(name)
    if len(found) != 1:
        return None
    return Speaker(name=found[0], kind=SpeakerKind.ORGANIZATION)


_NOT_BODY_LABELS = frozenset(
    {"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)
"""Entity labels of a name that is no body's, beside an organisation noun (``the agency Monday``)."""
_NOT_NAMED_BY_NOUN = (_NOT_BODY_LABELS - {"GPE"}) | {"PERSON"}
"""Entity labels of a name that no organisation noun in it makes a body's (``Office`` may end a
place's, as the tagger reads it, but no date's or person's)."""


def _bodies_by_noun(ctx: DocContext) -> list[tuple[int, str, str]]:
    """Each body's name with an organisation noun beside it or at its end, or a company's noun
    beside it, outside quotations, in text order: the noun's token, the noun in lower case, the
    name (read once a document; see :func:`body_named_with_noun`)."""
    doc = ctx.doc
    lower = doc.to_array(LOWER)
    strings = doc.vocab.strings
    known = _NOUN_KEYS
    nouns = []
    for key in numpy.unique(lower).tolist():
        noun = known.get(key)
        if noun is None:
            noun = known[key] = company_or_body_noun(strings[key])
        if noun:
            nouns.append(key)
    quoted = ctx.quoted_tokens
    found = []
    for i in numpy.flatnonzero(numpy.isin(lower, nouns)).tolist():  # (few words are such nouns)
        token = doc[i]
        word = token.lower_
        if quoted[i] or not (word in ORG_NOUNS or token.is_lower):
            continue
        name = _name_beside_noun(ctx, token) if token.is_lower else _name_ending_with(ctx, token)
        if name:
            found.append((i, word, name))
    return found


_NOUN_KEYS: dict[int, bool] = {}
"""Whether each word (by its string key) is an organisation's or a company's noun, as read so far."""


def described_bodies(ctx: DocContext) -> frozenset[str]:
    """The names the text writes beside a noun for a body or a company (``the Danish carrier
    Nordline``, ``Nutrivalia, the Alicante-based caterer,``: see :func:`body_named_with_noun`):
    bodies' names, whatever the tagger read them as (``budget carrier Andaman Sky``, tagged a
    person, the noun right before it), but none whose last word is a word of a person's name of
    more words otherwise (``Ayotte`` beside ``Kelly Ayotte``, ``Ann Roe, … a consulting company``,
    where the parser set a noun beside a person's name; read once a document)."""
    people = {
        text
        for ent, label, text in zip(ctx.entities, ctx.entity_labels, ctx.entity_texts, strict=True)
        if label == "PERSON" and len(ent) > 1
    }
    named = {word for text in people for word in text.split()}
    doc, text = ctx.doc, ctx.text
    return frozenset(
        name
        for i, _, name in ctx.memo(_bodies_by_noun)
        # (a name read as a person's whole, the noun right before it: "budget carrier Andaman Sky")
        if name.split()[-1] not in named
        or (name in people and i + 1 < len(doc) and text.startswith(name, doc[i + 1].idx))
    )


def _name_beside_noun(ctx: DocContext, noun: Token) -> str | None:
    """The name right after the lower-case organisation noun ``noun`` (``the charity Mare
    Solidale``), or the name it is set beside (``Acme, the company``), else None."""
    if noun.pos_ != "NOUN":
        return None
    doc = ctx.doc
    end = noun.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
        if _joins_capitals(doc, end):
            end += 1  # "beverage group Cervecería del Norte": a lower-case word inside the name
    if end > noun.i + 1:
        start = noun.i + 1
    elif noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        start, end = noun.head.left_edge.i, noun.head.i + 1
    else:
        return None
    ent = ctx.entity_at(start)
    if ent is not None and ent.label_ in _NOT_BODY_LABELS:
        return None
    if ent is not None and ent.label_ == "PERSON" and doc[start].text in GIVEN_NAMES:
        return None  # "the union president Ann Roe": a person
    if ent is not None and ent.end >= end:  # "the company Summit & Stride Inc."
        return without_article(ent.text)
    words = doc[start:end]
    return without_article(words.text) if all(t.text[:1].isupper() for t in words if t.is_alpha) else None


def _joins_capitals(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a lower-case word inside a name (``del``, ``of``, ``de``) with a
    capitalised proper noun right after it."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in NAME_CONNECTORS | NAME_PARTICLES
        and doc[i].is_lower
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 1].text[:1].isupper()
    )


def _name_ending_with(ctx: DocContext, noun: Token) -> str | None:
    """The name the capitalised organisation noun ``noun`` ends or opens (``The Tamarack County
    Sheriff’s Office``, ``the Ministry of Health``), of two words at least, else None."""
    ent = ctx.entity_at(noun.i)
    if ent is not None:
        first = ent.start + (ent[0].lower_ == "the")
        if ent.label_ in _NOT_NAMED_BY_NOUN or noun.i not in (first, ent.end - 1):
            return None  # ("the Tamarack County Sheriff’s Office" may be tagged a place)
        return without_article(ent.text) if len(ent) - (first - ent.start) > 1 else None
    doc = ctx.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        return None  # not the name's last word
    start = noun.i
    while start > 0 and (
        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper())
        or (doc[start - 1].tag_ == "POS" and start > 1 and doc[start - 2].pos_ == "PROPN")
    ):
        start -= 1
    return doc[start : noun.i + 1].text if start < noun.i else None


def _bodies_of_kind(ctx: DocContext) -> list[tuple[int, str, frozenset[str]]]:
    """Each organisation named outside quotations, in text order: where, its name, and the words the
    text says what it is with (:func:`_kind_words`; read once a document)."""
    quoted = ctx.quoted_tokens
    return [
        (ent.start, without_article(text), _kind_words(ent))
        for ent, text, _last in ctx.memo(organisations)
        if not quoted[ent.start]
    ]


def _kind_words(ent: Span) -> frozenset[str]:
    """The words the text says what the organisation ``ent`` is with: its own when its name ends in
    an organisation noun (``Kanal Broadcasting Corporation``), and
    the noun with its modifiers it is said to be (``X is the largest broadcasting company``) or set
    beside it (``X, a television network,``)."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    last = role_word(ent[-1])
    words = {t.lower_ for t in ent} if last in ORG_NOUNS else {last}  # not "the Radio Control Law"
    for noun in nouns:
        words.add(role_word(noun))
        for left in noun.lefts:
            words.update(t.lower_ for t in left.subtree if t.i < noun.i)
    return frozenset(words)
