"""Roles: the description and affiliation a speaker's own words give, and a name without them.

* Pre-modifiers: ``China's foreign policy chief Wang Li`` is named ``Wang
  Li``, described as ``China's foreign policy chief``, affiliated to
  ``China``.
* Appositions: ``Jane Doe, an economist at the central bank, said`` gives
  the description ``an economist at the central bank`` and the affiliation
  ``the central bank``; ``According to Jane Doe, an economist at X, ...``
  likewise (the apposition follows the mention).
* A described speaker named in apposition (``the country's foreign
  minister, John Roe, said``) takes the name.

The speaker's ``mention`` stays the words as written.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Span, Token

from ..context import DocContext
from ..model import Attribution, Speaker, SpeakerKind
from ..outlets import OUTLET_NOUNS, OutletLexicon
from ..people import (
    FIRST_NAMES,
    GIVEN_NAMES,
    HONORIFIC_TITLES,
    HONORIFICS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    apposition_after,
    body_after_title,
    company_name,
    company_or_body_noun,
    is_name_span,
    is_person_noun,
    is_postnominal,
    is_title_word,
    joining_word,
    looks_like_name,
    map_speakers,
    mention_span,
    name_after_portfolio,
    name_bounds,
    name_words,
    phrase_head,
    phrase_text,
    possessor,
    preposition_object,
    pronoun_of,
    role_of_word,
    role_opening,
    role_shaped,
    role_word,
    visible,
    with_title_as_given_name,
    without_article,
)
from ..syntax import NAME_PARTICLES, based_in
from .base import Resolver


class RoleResolver(Resolver):
    """Separates names from the roles written around them."""

    name = "roles"

    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        return [map_speakers(a, lambda speaker: self.refined(ctx, speaker)) for a in attributions]

    def refined(self, ctx: DocContext, speaker: Speaker) -> Speaker:
        """``speaker`` with the name, description and affiliation its words give."""
        if speaker.kind is SpeakerKind.OUTLET or pronoun_of(speaker) is not None:
            return speaker
        span = mention_span(ctx, speaker)
        if span is None:
            return speaker
        span = _before_bracket(span)
        if speaker.kind is SpeakerKind.GROUP:
            if speaker.members or not _one_person_described(span):
                return speaker
            speaker = attrs.evolve(speaker, kind=SpeakerKind.PERSON)
        name: str | None = None
        description = speaker.description
        affiliation = speaker.affiliation
        named_one = _one_named(ctx, span)
        if named_one is not None:  # "Another, engineer Marcus Bell, wrote": Marcus Bell
            return _renamed(speaker, *named_one)
        person = _person_name(span, speaker)
        if person is not None:
            cut = _cut_surname(span)
            if cut is not None and person[0].endswith(span[-1].text):
                person = (f"{person[0]} {cut.text}", *person[1:])
            return _renamed(speaker, *person)
        entity = _entity_name(span)
        if entity is not None:  # "the New York Times about 100 miles from Okinawa"
            outlet = OutletLexicon.default().canonical(entity[0])
            if outlet is not None:
                return _renamed(speaker, outlet, SpeakerKind.OUTLET, description or entity[1], None)
            kind = SpeakerKind.PERSON if _person_described(*entity) else speaker.kind
            return _renamed(speaker, entity[0], kind, description or entity[1], affiliation)
        of = _of_organisation(span)
        if of is not None and span[:of].root.pos_ == "NOUN":
            of = None  # "a spokesman for Mayor Lee of Dover": whom Lee serves is no name before "of"
        if of is not None:  # "Officer Lee of the Harbor Police Department"
            affiliation = affiliation or preposition_object(span)
            span = span[:of]
            name = " ".join(name_words(span.text)) or None
        split = _premodifier_split(span) or _body_noun_split(span)
        if split and joining_word(span[split - 1]):
            split = None  # "scientists from Lund and UC Davis": not a role before a name
        if split and _named_after_preposition(span[:split]):
            split = None  # "an aide for Mr. Lee": Lee is whom the aide serves
        if split and _named_for_preposition_object(span[split:]):
            split = None  # "A diplomat in the capital, Zahret": the capital's name
        medium = False  # "the news site Acme Info": an outlet, named after what it is
        body = False  # "the country's largest business federation, the Kestrian Industry Council"
        if split is not None:
            words = name_words(span[split:].text)
            name = " ".join(words) if words else None
            medium = _medium(span[split - 1])
            body = not medium and _company_described(span[split - 1], words)  # "The toymaker Acme Games"
            described = phrase_text(span[:split])
            if described is not None:
                description = description or _title_case_role(described)
                affiliation = affiliation or possessor(span[:split]) or preposition_object(span[:split])
        apposition = apposition_after(ctx, span)
        called_body = False  # "The developer, a venture called Nordkul,": a body, by the noun called so
        if apposition is not None and split is None and span.root.pos_ == "NOUN":
            titled_name = _name_after_role(apposition)
            called = _called_name(apposition) if titled_name is None else None
            if titled_name is not None:  # "Her son, the conductor Péter Vajda, said": Péter Vajda
                apposition = titled_name
            elif called is not None:  # "The developer, a Danish-Icelandic venture called Nordkul,"
                apposition, called_body = called[0], company_or_body_noun(role_word(called[1]))
        if apposition is not None:
            words = name_words(apposition.text)
            if (
                split is None
                and (span.root.pos_ == "NOUN" or _capitalised_title(span))
                and (is_name_span(apposition) or _acronym_of_a_body(span.root, apposition))
            ):
                # "the country's foreign minister, John Roe, said"; "the news site Acme Info"
                name = " ".join(words)
                medium = _medium(span.root)
                body = called_body or _body_apposed(span.root, apposition)  # "Her publisher, Heron Books,"
                description = description or phrase_text(span)
                affiliation = affiliation or possessor(span) or preposition_object(span)
            elif (
                split is None
                and span.root.is_lower
                and role_word(span.root) in ORG_NOUNS
                and _body_named(apposition)
            ):
                # "according to the national statistics agency, KESTAT": the body by its name
                name = without_article(apposition.text)
                body = True
                description = description or phrase_text(span)
            elif split is None and (named_body := _body_beside_noun(span, apposition)) is not None:
                name, body, description = named_body, True, description or phrase_text(span)
            elif not is_name_span(apposition) and any(t.pos_ == "NOUN" for t in apposition):
                description = description or apposition.text
                affiliation = affiliation or preposition_object(apposition) or possessor(apposition)
        elif split is None and name is None:
            later = apposition_after(ctx, span, past_clause=True)
            named_body = _body_beside_noun(span, later) if later is not None else None
            if named_body is not None:  # "The utility that serves the area, Cascade Ridge Electric Co-op,"
                name, body, description = named_body, True, description or phrase_text(span)
        cut = _cut_surname(span) if name else None
        if name and cut is not None and name.endswith(span[-1].text):
            name = f"{name} {cut.text}"
        renamed = bool(name) and name != speaker.name
        if not renamed and (description, affiliation) == (speaker.description, speaker.affiliation):
            return speaker
        return attrs.evolve(
            speaker,
            name=name if name and renamed else speaker.name,
            kind=_renamed_kind(medium, body) if renamed else speaker.kind,
            description=description,
            affiliation=affiliation,
        )


def _capitalised_title(span: Span) -> bool:
    """Whether the mention ``span`` ends in a capitalised title and holds no name (``Tasmania's
    Police Minister``, ``The Chief Executive``): a description a name may be set beside."""
    return (
        is_title_word(span.root)
        and span.root.i == span.end - 1
        and not any(t.ent_type_ == "PERSON" for t in span)
    )


def _renamed_kind(medium: bool, body: bool) -> SpeakerKind:
    """The kind of a speaker given a name beside its description: an outlet's, a body's or a person's."""
    if medium:
        return SpeakerKind.OUTLET
    return SpeakerKind.ORGANIZATION if body else SpeakerKind.PERSON


def _company_described(noun: Token, words: Sequence[str]) -> bool:
    """Whether the noun a name is written right after says the name is a company's or a body's:
    ``The toymaker Pellworth Games``, ``the retailer BrightBuy``, ``the charity Acme Aid`` (a body
    noun, a company noun, or a word ending in ``maker``), the name opening with no given name
    (``company founder Ann Roe`` has ``founder``; ``the firm's Ann Roe`` is no such name)."""
    word = role_word(noun)
    return company_or_body_noun(word) and noun.pos_ == "NOUN" and bool(words) and words[0] not in GIVEN_NAMES


_CALLING = frozenset({"call", "name"})


def _called_name(apposition: Span) -> tuple[Span, Token] | None:
    """The name an apposition gives with ``called`` or ``named`` after its noun, and that noun
    (``Nordkul`` and ``venture`` of ``a Danish-Icelandic venture called Nordkul``), or None."""
    for noun in apposition:
        for verb in noun.rights:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _CALLING:
                continue
            for name in verb.children:
                if name.dep_ in ("oprd", "attr", "dobj", "xcomp") and name.pos_ == "PROPN" and name.is_title:
                    return apposition.doc[name.left_edge.i : name.i + 1], noun
    return None


def _name_after_role(apposition: Span) -> Span | None:
    """The person's name that ends an apposition after a role in lower case (``the conductor Péter
    Vajda`` of ``Her son, the conductor Péter Vajda,``), or None."""
    tokens = [t for t in apposition if not t.is_punct]
    first = next((i for i, t in enumerate(tokens) if not t.is_lower), None)
    if first is None or first == 0 or tokens[first - 1].pos_ != "NOUN":
        return None
    if not (is_person_noun(role_word(tokens[first - 1])) or role_shaped(tokens[first - 1].text)):
        return None
    name = apposition.doc[tokens[first].i : tokens[-1].i + 1]
    return name if is_name_span(name) and len(name) > 1 else None


def _person_elsewhere(span: Span, before: Span) -> bool:
    """Whether a word of ``span`` is tagged a person's, other than a sentence's first word the
    words in lower case before the name show to be a role's (``Avalanche forecaster Lukas Roe``,
    ``Avalanche`` tagged a person)."""
    lower = [t.i for t in before if t.is_lower]
    return any(
        t.ent_type_ == "PERSON" and not (t.is_sent_start and lower and lower[0] == t.i + 1) for t in span
    )


def _person_described(name: str, described: str | None) -> bool:
    """Whether a name the tagger read as a body's is a person's by the role described before it
    (``Opposition leader`` of ``Opposition leader Lemalu Sione Fa'aui``), shaped like a name."""
    words = name_words(name)
    return (
        described is not None
        and role_of_word(described.split()[-1]) in ROLE_NOUNS
        and looks_like_name(words)
        and not any(role_of_word(w) in ORG_NOUNS for w in words)
        and not company_name(words)
    )


def _country_s(before: Span) -> bool:
    """Whether the words before a name are a place's possessive (``Spain's`` of ``Spain's Sergio
    Roe``, a sports report's way to give where a person is from)."""
    return len(before) >= 2 and before[-1].tag_ == "POS" and before[-2].ent_type_ == "GPE"


def _doer_before(noun: Token, words: Sequence[str]) -> bool:
    """Whether the word a name of two words or more is written right after is a noun in lower
    case for someone by what they do, which no lexicon lists (``avalanche forecaster Lukas
    Roe``), or any such noun before a given name (``mountain guide Nadine Roe``): a person, however
    the recognizer tagged the name.  Company nouns are left to :func:`_company_described` (``the
    carmaker``)."""
    return (
        len(words) > 1
        and noun.is_lower
        and noun.pos_ == "NOUN"
        and not company_or_body_noun(role_word(noun))
        and (role_shaped(noun.text) or words[0] in GIVEN_NAMES)
    )


def _acronym_of_a_body(noun: Token, apposition: Span) -> bool:
    """Whether a body's short name in capitals is set beside a company's or body's noun: ``The
    national rail operator SNCF``, ``the regulator ASN`` (a word in capitals names no person)."""
    words = [t for t in apposition if not t.is_punct]
    return (
        len(words) == 1
        and words[0].is_upper
        and words[0].is_alpha
        and 2 <= len(words[0]) <= 8
        and _company_described(noun, (words[0].text,))
    )


def _body_named(apposition: Span) -> bool:
    """Whether an apposition is a body's name: proper nouns (an article before them, an ``&`` or a
    joiner between them), no person's (``the Kestrian Industry Council``, ``KESTAT``, ``Heron &
    Vane``, ``Citizens for Fair Roads``, ``Friends of the Marsh``)."""
    words = [t for t in apposition if t.lower_ != "the" and t.text != "&"]
    while len(words) > 1 and words[-1].like_num and words[-2].pos_ == "PROPN":
        words.pop()  # "Amalgamated Transit Workers Local 417": a branch's number
    if not words or words[-1].pos_ != "PROPN":
        return False
    if words[0].text[:1].isupper() and all(t.ent_type_ == "ORG" for t in words):
        return True  # "Citizens for Fair Roads", its first word tagged a noun
    return words[0].pos_ == "PROPN" and all(
        (t.pos_ == "PROPN" or t.lower_ in _NAME_JOINERS) and t.ent_type_ != "PERSON" for t in words
    )


def _body_noun_split(span: Span) -> int | None:
    """Index in ``span`` where a body's name follows the noun in lower case that says what the
    body is (``Environmental group Northern Rivers Watch``, ``Calgary research firm Brightwater
    Analytics``), or None."""
    tokens = [t for t in span if not t.is_punct or t.text == "&"]
    for k in range(len(tokens) - 2, -1, -1):
        noun = tokens[k]
        if not noun.is_lower or noun.pos_ != "NOUN":
            continue
        word = role_word(noun)
        after = tokens[k + 1 :]
        if (
            company_or_body_noun(word)
            and after[0].is_title
            and after[0].pos_ == "PROPN"
            and all(t.pos_ == "PROPN" or t.lower_ in _NAME_JOINERS or t.text == "&" for t in after)
            and not any(t.pos_ in ("ADP", "CCONJ") for t in tokens[:k])
        ):  # (not "a spokesman for council Greens", nor two bodies joined)
            return after[0].i - span.start
        return None
    return None


def _body_beside_noun(span: Span, apposition: Span) -> str | None:
    """The name of the body set beside a noun in lower case that says what it does and names no
    person (``The city's electricity supplier, the Karachi Power Supply Company,``, ``The ship's
    operator, Hamburg-based Elbwerk Shipping,``: the words the recognizer tags a body's), else None."""
    root = span.root
    if not root.is_lower or root.pos_ != "NOUN" or is_person_noun(role_word(root)):
        return None
    named = _without_base(apposition)
    if not any(t.ent_type_ == "ORG" for t in named) or not _body_named(named):
        return None
    words = name_words(without_article(named.text))
    if any(word in GIVEN_NAMES for word in words[:-1]):
        return None  # "His agent, the American Scott Reyes,": a person, whatever the tagger read
    return " ".join(words) or None


def _without_base(apposition: Span) -> Span:
    """An apposition without the place a body is said to be based in before its name
    (``Hamburg-based Elbwerk Shipping``: ``Elbwerk Shipping``)."""
    place = next((t.i for t in apposition[:2] if based_in(t)), None)
    if place is None or place + 3 >= apposition.end:
        return apposition
    return apposition.doc[place + 3 : apposition.end]


_NAME_JOINERS = frozenset({"of", "for", "and", "on", "to"})
"""Lower-case words a body's name holds between its proper nouns (``Citizens for Fair Roads``)."""


def _body_apposed(noun: Token, apposition: Span) -> bool:
    """Whether the name set beside a described speaker (its head ``noun``) is a body's: no person's
    beside a body noun (``Her publisher, Heron Books,``; not ``his wife, Amanda,``, whatever the
    tagger read the name as)."""
    if _company_described(noun, name_words(apposition.text)):
        return True  # "The retailer, BrightBuy,", whatever the tagger read the name as
    return role_word(noun) in ORG_NOUNS and not any(t.ent_type_ == "PERSON" for t in apposition)


def _medium(noun: Token) -> bool:
    """Whether a description's head noun says it is a news outlet: ``newspaper``, ``news site``
    (not ``agency`` or ``network`` alone: ``the space agency``)."""
    return noun.lower_ in _MEDIA_NOUNS or (noun.i > 0 and noun.nbor(-1).lower_ == "news")


_MEDIA_NOUNS = OUTLET_NOUNS & {
    "newspaper",
    "paper",
    "daily",
    "broadcaster",
    "tabloid",
    "weekly",
    "magazine",
    "website",
}


def _cut_surname(span: Span) -> Token | None:
    """The capitalised word after ``span``'s name that the parser left out, or None.

    ``Research Fellow Martin How.``: the parser reads ``How`` as a question word;
    written in capitals inside the sentence, right before its end or a comma, it is
    the surname.
    """
    doc = span.doc
    if span.end >= len(doc) or span[-1].pos_ != "PROPN" or not span[-1].text[:1].isupper():
        return None
    word = doc[span.end]
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if (
        word.is_title
        and word.is_stop
        and word.pos_ != "PROPN"
        and not word.is_sent_start
        and word.ent_type_ in ("", "PERSON")
        and (after is None or after.text in (".", ",", ";") or after.is_space)
    ):
        return word
    return None


def _one_person_described(span: Span) -> bool:
    """A person's name joined by ``and`` to a role of theirs, not to another member.

    ``Jane Roe of Lund University and contributor to Slate`` is one person;
    ``Jane Roe and John Doe``, ``Jane Roe and her lawyers``, ``Jane Roe and
    colleague`` are two or more.
    """
    head = phrase_head(span)
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    return head.ent_type_ == "PERSON" and bool(conjuncts) and all(_role_of_someone(c) for c in conjuncts)


def _role_of_someone(token: Token) -> bool:
    """A singular noun without a determiner, with its prepositional object: ``contributor to Slate``."""
    children = list(token.children)
    return (
        token.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in children)
        and any(c.dep_ == "prep" for c in children)
    )


def _renamed(
    speaker: Speaker, name: str, kind: SpeakerKind, description: str | None, affiliation: str | None
) -> Speaker:
    if (name, kind, description, affiliation) == (
        speaker.name,
        speaker.kind,
        speaker.description,
        speaker.affiliation,
    ):
        return speaker
    return attrs.evolve(speaker, name=name, kind=kind, description=description, affiliation=affiliation)


_AFFILIATING = frozenset({"of", "at", "from", "with", "for"})


def _before_bracket(span: Span) -> Span:
    """A mention without the bracketed aside it ends with (``Mayor Sadiq Khan (no relation)``)."""
    if len(span) < 3 or span[-1].text != ")":
        return span
    opening = next((t.i for t in reversed(span[:-1]) if t.text == "("), None)
    if opening is None or opening <= span.start:
        return span
    return span.doc[span.start : opening]


_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "inside", "around"})


def _named_for_preposition_object(name: Span) -> bool:
    """Whether the name ``name`` is apposed to a common noun after a preposition of place before
    it, whose name it is (``A diplomat in the capital, Zahret``), not to the mention's head (not
    ``The mayor of Paris, Ann Lee`` nor ``An attorney for the firm, Ann Lee``)."""
    root = name.root
    if root.dep_ != "appos" or root.head.dep_ != "pobj" or root.head.i > name.start:
        return False
    place = root.head
    return place.pos_ == "NOUN" and place.head.lower_ in _PLACE_PREPOSITIONS


def _body_named_from_title(name: Span) -> bool:
    """Whether a one-word name after a word that may be a title is a body's name with that word:
    both in one organisation's entity (``General Motors``), or the name a noun that heads a
    body's name (``General Staff``, ``Defence Ministry``); no given name (``General Ann Roe``)."""
    doc = name.doc
    if len(name) != 1 or name.start == 0 or name[0].text in GIVEN_NAMES:
        return False
    title = doc[name.start - 1]
    if title.ent_type_ == "ORG" and name[0].ent_type_ == "ORG" and name[0].ent_iob_ == "I":
        return True
    return body_after_title((title.text, name[0].text))


def _person_name(span: Span, speaker: Speaker) -> tuple[str, SpeakerKind, str | None, str | None] | None:
    """Name, kind, description and affiliation of a person mention with words around the name.

    ``NASA Administrator Jane Roe``, ``Actor Jane Roe``, ``Durham Hall
    QC``, ``Carl Hensman of the Gates Foundation``, ``Joshua Wong on
    Twitter``: the name alone, the words before it as description, an
    organisation after ``of``/``at``/``from`` as affiliation.  None when the
    mention is the name alone, or names no person.
    """
    bounds = name_bounds(span)
    if bounds is None or bounds == (span.start, span.end):
        return None  # (the name alone: no words around it, read without building the pieces below)
    start, end = bounds
    doc = span.doc
    # span.start <= start < end <= span.end: the Spans are made directly (doc[a:b] checks the slice
    # in Python), and whether a side has words is read off its tokens (Span.text joins them anew)
    before, after, name = Span(doc, span.start, start), Span(doc, end, span.end), Span(doc, start, end)
    words = with_title_as_given_name(name, name_words(visible(name.text)))
    if any(t.lower_ in ("of", "for") for t in before) and is_title_word(before[0]):
        words = name_after_portfolio(words)  # "Minister of the French Language Ann Lee": Ann Lee
    worded = any(not t.text.isspace() for t in before)
    if not (worded or any(not t.text.isspace() for t in after)) or not looks_like_name(words):
        return None
    if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ in ("ORG", "GPE", "FAC"):
        return None  # "the National Conference of State Legislatures": one organisation's name
    if _body_named_from_title(name):
        return None  # "General Motors", "Velaria's General Staff": a body, its first word a title's
    if len(after) and after[0].like_num and after[0].head.i == end - 1:
        return None  # "News 12", "Channel 4": a number the name ends with, no person's
    if _person_elsewhere(span, before) and not any(t.ent_type_ == "PERSON" for t in name):
        return None  # the person's name is elsewhere in the mention
    if _named_after_preposition(before):
        return None  # "an aide for Mr. Lee", "a spokesman for Senator Ann Lee": Lee is whom they serve
    if _named_for_preposition_object(name):
        return None  # "A diplomat in the capital, Zahret": the place's name, no person's
    if _against_or_for(name):
        return None  # "an anti-Garza PAC": whom the body is against, no name of it
    if start > span.start and _company_described(doc[start - 1], words):
        return None  # "The auto-parts maker Brenner Axle": a company named after what it is
    titled = any(role_word(t) in ROLE_NOUNS or role_word(t) in HONORIFIC_TITLES for t in before) or any(
        is_postnominal(t) for t in after
    )
    personal = (
        titled
        or (start > span.start and _doer_before(doc[start - 1], words))
        or (start == span.start + 1 and role_opening(doc[start - 1], end - 1))  # "Groundsman Ann Roe said"
        or (len(words) > 1 and words[0] in GIVEN_NAMES and _country_s(before))  # "Spain's Sergio Roe"
        or doc[end - 1].ent_type_ == "PERSON"
        or speaker.kind is SpeakerKind.PERSON
        or (len(words) > 1 and words[0] in FIRST_NAMES)
        or _affiliated_name(name, after)
    )
    if not personal or role_word(doc[end - 1]) in ORG_NOUNS or any(t.lower_ in ("and", "&") for t in before):
        return None
    description = speaker.description
    affiliation = speaker.affiliation
    described = phrase_text(before) if worded else None
    if described is not None:
        description = description or _title_case_role(described)
        affiliation = affiliation or possessor(before) or preposition_object(before)
    letters = [t.text for t in after if is_postnominal(t)]
    if letters and len(letters) == len([t for t in after if not t.is_punct]):
        description = description or " ".join(letters)
    elif len(after) and after[0].lower_ in _AFFILIATING:
        affiliation = affiliation or preposition_object(after) or _proper_object(after)
    return " ".join(words), SpeakerKind.PERSON, description, affiliation


def _one_named(ctx: DocContext, span: Span) -> tuple[str, SpeakerKind, str | None, str | None] | None:
    """Name, kind and description of ``one`` or ``another`` named after a comma, a role between
    (``Another, engineer Marcus Bell``: Marcus Bell, an engineer), in the mention or in an
    apposition after it; None for any other mention."""
    if span[0].lower_ not in ("one", "another"):
        return None
    if len(span) == 1:
        apposed = apposition_after(ctx, span)
        if apposed is None or apposed.start != span.end + 1:
            return None
        span = span.doc[span.start : apposed.end]
    if len(span) < 4 or span[1].text != ",":
        return None
    rest = span[2:]
    while len(rest) and rest[-1].is_punct:
        rest = rest[:-1]
    start = len(rest)
    while start > 0 and rest[start - 1].pos_ == "PROPN" and rest[start - 1].text[:1].isupper():
        start -= 1
    name = rest[start:]
    if len(name) < 2 or not any(t.ent_type_ == "PERSON" for t in name):
        return None
    described = rest[:start]
    if len(described) and not all(t.pos_ in ("NOUN", "ADJ") and t.is_lower for t in described):
        return None
    return name.text, SpeakerKind.PERSON, described.text or None, None


_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def _against_or_for(name: Span) -> bool:
    """Whether ``name`` follows a prefix of stance hyphened to it: ``Garza`` of ``an anti-Garza
    PAC``, ``a pro-Garza group``, whom the phrase is against or for."""
    return _hyphened(name[0]) and name.doc[name.start - 2].lower_ in _STANCE_PREFIXES


def _named_after_preposition(before: Span) -> bool:
    """Whether the words before a name end with a preposition of service, a title or honorific
    aside, and the portfolio or place written before a title (``an aide for Mr.``, ``a spokeswoman
    for Senator``, ``a spokesman for Agriculture Minister``, ``advisers to Mr.``, ``friends of
    Mr.``, ``a former manager of pop singer``): the name is the object of a phrase that describes
    someone else.  Not ``of`` in a title (``Secretary of State``, ``Mayor of Dover``): only after an
    honorific (``Mr.``) or a person's role in lower case (``singer``) is it the phrase's."""
    words = [t for t in before if not t.is_punct]
    honorific = titled = False
    role = bool(words) and words[-1].is_lower and is_person_noun(role_word(words[-1]))
    while role and words and words[-1].is_lower and words[-1].pos_ in ("NOUN", "PROPN", "ADJ"):
        words.pop()  # "a former manager of pop singer": the role of the person named after it
    while words:
        word = role_word(words[-1])
        if word in HONORIFIC_TITLES or word in TITLE_WORDS:
            honorific = honorific or word in HONORIFIC_TITLES
            titled = True
        elif not (titled and words[-1].pos_ in ("PROPN", "ADJ") and words[-1].text[:1].isupper()):
            break  # (a portfolio or place before a title is part of it: "for Local Government Minister")
        words.pop()
    if not words or words[-1].pos_ != "ADP" or words[-1].dep_ != "prep":
        return False
    if len(words) > 1 and words[-2].text[:1].isupper() and not words[-2].is_sent_start:
        return False  # "Centers for Disease Control Director Ann Lee": the preposition of a body's name
    if words[-1].lower_ in _SERVING:
        return True
    # "a former manager of pop singer": someone's; not "board of education superintendent Ann Lee"
    someone = (
        len(words) > 1 and is_person_noun(role_word(words[-2])) and role_word(words[-2]) not in ORG_NOUNS
    )
    return words[-1].lower_ == "of" and (honorific or (role and someone))


_SERVING = frozenset({"for", "to", "with", "like"})
"""Prepositions of a description of someone who serves or sides with the person named after them."""


def _affiliated_name(name: Span, after: Span) -> bool:
    """Two or three proper nouns, then ``of``/``at``/``from`` a body: ``Nils Berg of Oslo Fire and Rescue``.

    The model often tags such a name an organisation; one organisation's name
    is not followed by another's.
    """
    if not (2 <= len(name) <= 4) or len(after) < 2 or after[0].lower_ not in _AFFILIATING:
        return False
    if any(t.pos_ != "PROPN" and t.text != "-" for t in name) or role_word(name[-1]) in ORG_NOUNS:
        return False
    body = [t for t in after[1:] if t.lower_ != "the"]
    return bool(body) and (
        (body[0].ent_type_ in ("ORG", "GPE") and body[0].ent_iob_ == "B") or role_word(body[-1]) in ORG_NOUNS
    )


def _proper_object(phrase: Span) -> str | None:
    """``the Gates Foundation`` of ``of the Gates Foundation``: a proper name after the preposition."""
    tokens = [t for t in phrase[1:] if not t.is_punct]
    shapes = {t.pos_ for t in tokens}
    if "PROPN" in shapes and shapes <= {"PROPN", "DET", "CCONJ"}:
        return phrase.doc[tokens[0].i : tokens[-1].i + 1].text
    return None


_RUN_ON = frozenset({"ADV", "NUM", "PRON", "VERB", "AUX", "SCONJ", "ADP"})


def _entity_name(span: Span) -> tuple[str, str | None] | None:
    """The name of an organisation mention that runs on past it, and what came before it, or None.

    ``the Times about 100 miles from the coast``, ``CNN who reported that``,
    ``Friday Acme Motor Company`` (a date before it): the entity the head
    word is in, with a leading ``the``.  ``the Bank of England``,
    ``Centers for Disease Control`` are whole.
    """
    root = phrase_head(span)
    if root.ent_type_ not in ("ORG", "GPE", "FAC", "NORP") or len(span) < 2:
        return None
    doc = span.doc
    start = root.i
    while start > span.start and doc[start].ent_iob_ == "I":
        start -= 1
    end = root.i + 1
    while end < span.end and doc[end].ent_iob_ == "I":
        end += 1
    if end - start == 1 and role_word(doc[start]) in ORG_NOUNS:
        return None  # "a conservative PAC": a body described, its noun no name
    run_on = end < span.end and doc[end].pos_ in _RUN_ON and doc[end].lower_ not in ("of", "for", "and", "&")
    dated = start > span.start and all(t.ent_type_ in ("DATE", "TIME") for t in doc[span.start : start])
    described_only = not (run_on or dated) and _common_words_before(span, start, root)
    if not (run_on or dated or described_only):
        return None
    if described_only:  # "the nonpartisan Congressional Budget Office": described as "nonpartisan"
        first = span.start + (doc[span.start].lower_ in ("the", "a", "an"))
        return doc[start:end].text, phrase_text(doc[first:start])
    if start > span.start and doc[start - 1].lower_ == "the" and doc[start].lower_ != "the":
        start -= 1
    described = None if dated else phrase_text(doc[span.start : start]) if start > span.start else None
    return doc[start:end].text, described


def _common_words_before(span: Span, start: int, root: Token) -> bool:
    """Whether the words of ``span`` before the name at ``start`` only describe it: ``nonprofit``
    of ``nonprofit Acme Trust``, ``television broadcaster`` of ``television broadcaster PBS``,
    ``Kurdish-led`` of ``Kurdish-led Syrian Democratic Forces``, ``Rights group`` opening a sentence
    (lower case nouns, adjectives and participles, after an article if any, a common noun
    capitalised as the sentence's first word, a hyphened participle) before a body's or a singular
    name; not ``the`` alone, nor a capital (``Syrian Democratic Forces``), nor a quantity of a
    people (``many Latinos``)."""
    if root.ent_type_ == "NORP" or start <= span.start:
        return False  # "many Latinos": some of a people, not its name
    if root.tag_ != "NNP" and not (root.ent_type_ == "ORG" and span.doc[start].text[:1].isupper()):
        return False  # (a body's plural name is one: "Vell Partners", "Friends of the Marsh")
    doc = span.doc
    led = {
        i for t in doc[span.start + 2 : start] if _hyphen_participle(t) for i in _run_before(t, span.start)
    }
    words = [t for t in doc[span.start : start] if t.text != "-" and t.i not in led]
    if words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    # (a stop word is a quantity or a time, not a description: "many Latinos", "former")
    return bool(words) and all(
        (t.is_lower or _hyphen_participle(t) or (t.is_sent_start and t.pos_ == "NOUN" and not t.ent_type))
        and t.is_alpha
        and not t.is_stop
        and (t.pos_ in ("NOUN", "ADJ") or t.tag_ in ("VBG", "VBN"))
        for t in words
    )  # ("consulting firm")


def _run_before(participle: Token, first: int) -> list[int]:
    """The words the hyphened ``participle`` is joined to: the one before its hyphen, and the proper
    nouns before that (``Kurdish`` of ``Kurdish-led``, ``Ann Roe`` of ``the Ann Roe-run office``)."""
    doc = participle.doc
    run = [participle.i - 2]
    while run[-1] - 1 >= first and doc[run[-1]].pos_ == "PROPN" and doc[run[-1] - 1].pos_ == "PROPN":
        run.append(run[-1] - 1)
    return run


def _hyphen_participle(token: Token) -> bool:
    """Whether ``token`` is a participle hyphened to the word before it: ``led`` of ``Kurdish-led``,
    ``run`` of ``state-run``, ``backed`` of ``Saudi-backed``."""
    doc = token.doc
    return (
        token.tag_ == "VBN"
        and _hyphened(token)
        and not doc[token.i - 2].whitespace_
        and doc[token.i - 2].is_alpha
    )


def _hyphened(token: Token) -> bool:
    """Whether ``token`` is joined by a hyphen, with no space after it, to a word before it
    (``Garza`` of ``anti-Garza``, ``led`` of ``Kurdish-led``)."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def _of_organisation(span: Span) -> int | None:
    """Index in ``span`` of the ``of`` that joins a name to its organisation, or None.

    ``Officer Lee of the Harbor Police Department``: the name ends before
    ``of``; ``the Bank of England`` (no name before it) does not split.
    """
    for token in span:
        if token.lower_ != "of" or token.i == span.start:
            continue
        before = span.doc[token.i - 1]
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if (
            token.head.i == before.i
            and before.pos_ == "PROPN"
            and (before.ent_type_ == "PERSON" or _titled(span[0]))
            and obj is not None
            and (obj.ent_type_ in ("ORG", "GPE", "FAC") or role_word(obj) in ORG_NOUNS)
        ):
            return token.i - span.start
    return None


def _titled(token: Token) -> bool:
    """A capitalised title opening a name: ``Officer``, ``Governor``."""
    return token.pos_ == "PROPN" and role_word(token) in ROLE_NOUNS


def _title_case_role(described: str) -> str:
    """A title written in capitals as a description in lower case: ``Detective Sergeant``.

    >>> _title_case_role("Detective Sergeant"), _title_case_role("US House Speaker"), _title_case_role("PC")
    ('detective sergeant', 'US House Speaker', 'PC')
    """
    words = described.split()
    if all(role_of_word(word) in TITLE_WORDS or role_of_word(word) in ROLE_NOUNS for word in words):
        return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)  # ("PC": as written)
    return described


def _premodifier_split(span: Span) -> int | None:
    """Index in ``span`` where a name follows its role words, or None.

    ``US House Speaker Nancy Pelosi`` splits before ``Nancy``; so does
    ``the country's foreign minister John Roe``; ``the Chinese Foreign
    Ministry`` does not split.
    """
    tokens = list(span)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens.pop()
    if len(tokens) < 2 or tokens[-1].pos_ != "PROPN":
        return None
    end = tokens[-1].i + 1
    person = _final_person(tokens)
    if person is not None and person > span.start:
        if not any(role_word(t) in ROLE_NOUNS or t.pos_ == "NOUN" for t in span.doc[span.start : end]):
            return None  # "Amelize Joseph" is one name, whatever the entity says
        first = person
        # titles inside the entity ("President Obama") belong to the description
        while first < end - 1 and span.doc[first].lower_.rstrip(".") in HONORIFICS | ROLE_NOUNS:
            first += 1
        return first - span.start
    for index in range(len(tokens) - 2, -1, -1):
        token = tokens[index]
        particle = token.is_lower and token.lower_ in NAME_PARTICLES  # ("del" is no "Del." for a delegate)
        if role_word(token) in ROLE_NOUNS and token.lower_.rstrip(".") not in HONORIFICS and not particle:
            after = tokens[index + 1 :]
            if (
                after
                and all(_name_token(t) for t in after)
                and not all(role_word(t) in TITLE_WORDS or role_word(t) in ROLE_NOUNS for t in after)
                and looks_like_name(name_words(span.doc[after[0].i : end].text))
            ):  # "the Prime Minister" is a title alone, no name
                return after[0].i - span.start
            return None
        if token.pos_ != "PROPN":
            return None
    return None


def _final_person(tokens: list[Token]) -> int | None:
    """Doc index where a PERSON entity ending the phrase ``tokens`` starts, or None."""
    if tokens[-1].ent_type_ != "PERSON":
        return None
    for token in reversed(tokens):
        if token.ent_type_ != "PERSON":
            return None
        if token.ent_iob_ == "B":
            return int(token.i)
    return None


def _name_token(token: Token) -> bool:
    """A word that can be part of a person's name: a capitalised proper noun, in no other entity."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ in ("", "PERSON")
        and role_word(token) not in ORG_NOUNS
    )
