"""People and organisations a document mentions: the evidence the speaker resolvers share.

* :func:`name_words` reads a written name without its titles and possessive;
* :class:`People` indexes the person names of one document (PERSON entities
  and person speakers) with where each is mentioned and any gender the text
  gives (``Mr.``, ``Mrs.``, a bound ``he``/``she``), and resolves a partial
  or misspelt name to one of them;
* :func:`map_speakers` applies a change to an attribution's speaker and
  every source of its chain, returning a new attribution;
* :func:`introduced_roles` reads the role words a text introduces a person
  with (``Japan's national security adviser, Jane Roe,``).

>>> name_words("Sen. David Perdue (R-Ga.)")
('David', 'Perdue')
>>> name_words("Nancy Pelosi's")
('Nancy', 'Pelosi')
>>> title_gender("Mrs. Clinton")
'f'
>>> BINDABLE_PRONOUNS["she"].gender, BINDABLE_PRONOUNS["their"].plural
('f', True)
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping, Sequence

import attrs
import numpy
from rapidfuzz.distance import OSA
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span, Token

from .context import DocContext
from .model import Attribution, Speaker, SpeakerKind, replaced
from .outlets import OutletLexicon
from .syntax import GROUP_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, noun_phrase
from .wordlists import table, word_set, words

HONORIFIC_TITLES = words("honorifics")
"""Courtesy titles (``Mr.``, ``Dr.``, ``Dame``): lower case, no dot."""

TITLE_WORDS = HONORIFIC_TITLES | words("title_words")
"""Words that may come before a person's name and are no part of it (lower case, no dot)."""

QUALIFIERS = words("qualifiers")
"""Title words that only qualify the next one (``Foreign`` of ``Foreign Minister``)."""

ROLE_NOUNS = (TITLE_WORDS - QUALIFIERS) | words("role_nouns")
"""Nouns that describe a person by role (``an economist``, ``the minister``)."""

ORG_NOUNS = words("org_nouns")
"""Nouns that head an organisation's name or description (``the ministry``, ``Acme Corp.``)."""

DOCUMENT_NOUNS = words("document_nouns")
"""Nouns for writings that "say" things without being anyone (``the statement``)."""

ABBREVIATIONS = table("abbreviations")
"""Short titles and the role noun they stand for (``Sen.`` -> ``senator``)."""

GENDER_WORDS = table("gender_words")
"""Words that give a person's gender (lower case, no dot)."""

NAME_SUFFIXES = words("name_suffixes")
"""Generational suffixes that are part of a name (``Jr.``, ``III``): lower case, no dot."""

POSTNOMINALS = words("postnominals")
"""Letters after a name that are no part of it (``QC``, ``MP``): lower case, no dot."""

FIRST_NAMES = table("first_names")
"""Common first names whose bearers are, in news, almost always one gender (for ``he``/``she``).

A name that many of either gender bear (Jordan, Jean, Kim) is left out.
"""

CENSUS_GENDERS = table("given_name_genders")
"""Given names the 1990 US census found borne almost only by one gender (``Barry`` -> ``m``);
:data:`FIRST_NAMES` wins over it."""
WORLD_GENDERS = table("given_name_genders_world")
"""The gender of given names of many languages that only one gender bears in Faker's lists
(``Pieter`` -> ``m``); :data:`FIRST_NAMES` and :data:`CENSUS_GENDERS` win over it."""


class _GivenNames(frozenset[str]):
    """A set of given names that also holds each one written with accents (``María``, ``José``,
    ``Zoë``: the lists hold ``Maria``, ``Jose``, ``Zoe``).

    >>> "María" in _GivenNames({"Maria"}), "Marta" in _GivenNames({"Maria"})
    (True, False)
    """

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        return super().__contains__(unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode())


_CENSUS_GIVEN_NAMES = _GivenNames(words("given_names") | FIRST_NAMES.keys())
GIVEN_NAMES = _GivenNames(_CENSUS_GIVEN_NAMES | words("given_names_world"))
"""Given names of either gender (the 1990 US census lists, the lists of many languages of
lexicons/given_names_world.txt, and :data:`FIRST_NAMES`), written with accents or without: a
person's first word."""

KNOWN_BODIES = table("known_bodies")
"""Well-known bodies with a one-word name the parser may read as a person's, and their kind
(``Facebook`` -> ``organization``, ``Time`` -> ``outlet``)."""

COUNTRIES = words("countries")
"""One-word names of countries and territories (``Nigeria``): as a speaker, its government."""

REGNAL_TITLES = words("regnal_titles")
"""Titles that, before a single name, are part of it (``Pope Francis``, ``King Salman``): lower case."""

LAW_NOUNS = words("law_nouns")
"""Last words of a law's or treaty's name (``act``, ``constitution``): a text, not a speaker."""


@attrs.frozen
class Pronoun:
    """What a pronoun can stand for: speaker kinds, gender (``m``/``f``) and number."""

    kinds: frozenset[SpeakerKind]
    gender: str | None = None
    plural: bool = False


_PERSON = frozenset({SpeakerKind.PERSON, SpeakerKind.UNNAMED})
_ORGS = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET})
_PLURAL = frozenset({SpeakerKind.GROUP, SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET, SpeakerKind.UNNAMED})
BINDABLE_PRONOUNS: dict[str, Pronoun] = {
    **dict.fromkeys(("he", "him", "his", "himself"), Pronoun(_PERSON, "m")),
    **dict.fromkeys(("she", "her", "hers", "herself"), Pronoun(_PERSON, "f")),
    **dict.fromkeys(("it", "its", "itself"), Pronoun(_ORGS)),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), Pronoun(_PLURAL, plural=True)),
    **dict.fromkeys(
        ("we", "us", "our", "ours", "ourselves"),
        Pronoun(frozenset({SpeakerKind.GROUP, SpeakerKind.ORGANIZATION}), plural=True),
    ),
}
"""Third-person (and ``we``) pronouns a resolver binds, by lower-case form."""

POSSESSIVES = frozenset({"his", "her", "its", "their", "our"})
PEOPLE_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})
"""The subject pronouns that stand for people: ``he`` of ``a tale he told``, ``She and her aides``."""

_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,30}[\"”’'](?=\s)")
"""A nickname in quotation marks inside a name: ``Walter "Bud" Ferrante``, ``Ryan “Stompie” van Wyk``."""
_POSSESSIVE = re.compile(r"['’]s?$")
_PARTICLES = NAME_PARTICLES
_NOT_IN_NAMES = word_set(
    "of the to in on for with at by from and or as is are was were will would says said tells told"
)
_CONJUNCTIONS = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


@functools.lru_cache(maxsize=8192)  # a pure function of the string, asked again for each mention
def name_words(text: str) -> tuple[str, ...]:
    """The words of a written name, without titles, parentheses or a possessive ``'s``.

    >>> name_words("Prime Minister Jane Roe")
    ('Jane', 'Roe')
    >>> name_words("Mr. Obama"), name_words("Pope Francis"), name_words("Ohio-based Ann Lee")
    (('Obama',), ('Pope', 'Francis'), ('Ann', 'Lee'))
    >>> name_words("Jane Roe KC"), name_words('Walter "Bud" Ferrante')
    (('Jane', 'Roe'), ('Walter', 'Ferrante'))
    """
    text = _NICKNAME.sub("", _PARENTHESES.sub("", text)).strip(" ,;:")
    words = [_POSSESSIVE.sub("", word) for word in text.split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0].lower().endswith("-based"):
        words.pop(0)  # "Texas-based Ann Lee": where she works from
    while len(words) > 1 and (_bare(words[0]) in TITLE_WORDS or _short_title(words[0])):
        if _regnal(words):
            break  # "Pope Francis", "Queen Elizabeth II": known by the title and one name
        if body_after_title(words):
            break  # "Defence Ministry", "General Staff": a body's name, no title before a name
        words.pop(0)
    while len(words) > 2 and words[-1].isupper() and _bare(words[-1]) in POSTNOMINALS:
        words.pop()  # "Jane Roe KC": letters after the name
    return _past_inner_title(past_role_word(_past_portfolio(tuple(words))))


def _past_portfolio(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words past the portfolio its title was written with (``for Industry Ann Lee`` of
    ``Minister for Industry Ann Lee``): :func:`name_after_portfolio` of what follows ``for`` or ``of``."""
    if len(words) < 3 or words[0] not in ("for", "of"):
        return words
    return name_after_portfolio(words)


def name_after_portfolio(words: Sequence[str]) -> tuple[str, ...]:
    """The person's name a title's portfolio runs into (``Language Ann Lee`` of ``Minister of the
    French Language Ann Lee``): from the last given name (lexicons/given_names.txt; no particle,
    ``Van``) with capitalised words after it; the words as they are without one.

    >>> name_after_portfolio(("for", "Industry", "Ann", "Lee")), name_after_portfolio(("for", "Industry"))
    (('Ann', 'Lee'), ('for', 'Industry'))
    """
    for i in range(len(words) - 2, 0, -1):
        # (a given name that is no particle: not "Van" of "Ann Van Acker")
        given = words[i] in GIVEN_NAMES and words[i].lower() not in _PARTICLES
        if given and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words[i + 1 :]):
            return tuple(words[i:])
    return tuple(words)


def _short_title(word: str) -> bool:
    """A title written short, with its dot (``Sen.``, ``Del.``) or in capitals (police ``DS``,
    ``DCI``): lexicons/abbreviations.txt."""
    return (word.endswith(".") or word.isupper()) and _bare(word) in ABBREVIATIONS


def _past_inner_title(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name past the place, body or office written before its title: ``Maine Sen. Ann Lee``,
    ``party chairman Ed Roe`` (a title with its dot, or a title then a given name, after words
    that join nothing: no ``of``, ``and``, ``the`` …), ``Intelligence Ranking Democrat Ann Lee``
    (a given name and a surname after two capitalised words or more, none of them a given name)."""
    if len(words) < 3:
        return words
    for k in range(len(words) - 2, 0, -1):
        word = words[k]
        bare = _bare(word)
        titled = _short_title(word) or (
            bare in TITLE_WORDS and bare not in QUALIFIERS and words[k + 1] in GIVEN_NAMES
        )
        if (
            titled
            and not any(w.lower() in _NOT_IN_NAMES for w in words[:k])
            and looks_like_name(words[k + 1 :])
        ):
            return words[k + 1 :]
    first = len(words) - 2
    if (
        first >= 2
        and words[first] in GIVEN_NAMES
        and looks_like_name(words)
        and all(w[:1].isupper() and w not in GIVEN_NAMES and not w.isupper() for w in words[:first])
    ):
        return words[first:]
    return words


_NUMERAL = re.compile(r"^[IVX]+$")


def _regnal(words: Sequence[str]) -> bool:
    """A capitalised regnal title, then one name and perhaps its numeral (``King Charles III``)."""
    rest = words[1:]
    if rest and _NUMERAL.match(rest[-1]):
        rest = rest[:-1]
    return words[0][:1].isupper() and _bare(words[0]) in REGNAL_TITLES and len(rest) == 1


def body_after_title(words: Sequence[str]) -> bool:
    """A capitalised word that may be a title, then only a noun that heads a body's name
    (lexicons/org_nouns.txt, group_nouns.txt): ``Defence Ministry``, ``General Staff``.

    >>> body_after_title(["Defence", "Ministry"]), body_after_title(["Defence", "Secretary"])
    (True, False)
    """
    return (
        len(words) == 2
        and words[1][:1].isupper()
        and (words[1].lower() in ORG_NOUNS or words[1].lower() in GROUP_NOUNS)
    )


@functools.lru_cache(maxsize=8192)  # a pure function of the string, asked again for each mention
def title_gender(text: str) -> str | None:
    """The gender (``m`` or ``f``) a leading title of ``text`` gives, if any."""
    for word in text.split():
        bare = _bare(word)
        if bare in GENDER_WORDS:
            return GENDER_WORDS[bare]
        if bare not in TITLE_WORDS:
            return None
    return None


def looks_like_name(words: Sequence[str]) -> bool:
    """Whether ``words`` are shaped like a proper name: capitalised words, initials, particles.

    Kept per tuple of words: the resolvers ask it of the same names again and again.

    >>> looks_like_name(("Angela", "Merkel")), looks_like_name(("the", "ministry"))
    (True, False)
    """
    return _looks_like_name(tuple(words))


@functools.lru_cache(maxsize=8192)  # a pure function of the words
def _looks_like_name(words: tuple[str, ...]) -> bool:
    """:func:`looks_like_name` of a tuple of words."""
    if not words or len(words) > 5:
        return False
    while words[0].lower() in _PARTICLES and len(words) > 1:
        words = words[1:]  # "de Blasio", "De los Reyes"
    if not (words[0][:1].isupper() or _ELIDED_PARTICLE.match(words[0])) or (
        words[0].isupper() and len(words[0]) > 1 and len(words) == 1
    ):
        return False  # "NATO" is an acronym, not a surname ("al-Busaidi" is one)
    if any(
        w.lower() in _NOT_IN_NAMES and (i == 0 or words[i - 1].lower() not in _PARTICLES)
        for i, w in enumerate(words)
    ):
        return (
            False  # a headline in title case: "Trump Warns Of Rigged Vote", but "Haitham bin Tariq Al Said"
        )
    return all(w[:1].isupper() or w.lower() in _PARTICLES or _ELIDED_PARTICLE.match(w) for w in words)


def split_conjuncts(text: str) -> list[str]:
    """The parts of a joint mention: ``"Smith, Lee and Jones"`` -> three names.

    >>> split_conjuncts("Both Mr. King and Mr. Schultz")
    ['Mr. King', 'Mr. Schultz']
    """
    words = text.split()
    if words and words[0].lower() in ("both", "and"):
        text = " ".join(words[1:])
    return [part for part in _CONJUNCTIONS.split(text) if part]


@attrs.frozen
class Person:
    """One person named in a document: the full name and every place it is mentioned."""

    name: str
    words: tuple[str, ...]
    positions: tuple[int, ...]
    gender: str | None = None


class People:
    """The person names of one document, for resolving partial and misspelt mentions.

    Built from the PERSON entities and from person speakers (the model
    sometimes labels a surname GPE or ORG; being the subject of a speech
    verb and sharing a word with a PERSON name is evidence enough).
    """

    def __init__(
        self,
        persons: Iterable[Person],
        lead_end: int = 0,
        paragraph_of: Callable[[int], int] | None = None,
        folded: Mapping[tuple[str, ...], tuple[str, ...]] | None = None,
    ) -> None:
        self.persons = list(persons)
        self.folded = dict(folded or {})  # a name written with a word before it -> the name
        self.lead_end = lead_end
        self.paragraph_of = paragraph_of  # the paragraph a char offset is in
        # where the story's first sentence (its lead, past any headline) ends, in chars
        self._by_word: dict[str, list[Person]] = {}
        self._fullest_of: dict[tuple[int, ...], list[Person]] = {}
        for person in self.persons:
            for word in set(person.words):
                self._by_word.setdefault(word, []).append(person)

    @classmethod
    def build(cls, ctx: DocContext, attributions: Sequence[Attribution] = ()) -> People:
        """The people of ``ctx``'s document and of the speakers of ``attributions``."""
        found: dict[tuple[str, ...], tuple[list[int], str | None]] = {}

        def add(words: tuple[str, ...], position: int, gender: str | None) -> None:
            positions, known = found.setdefault(words, ([], None))
            positions.append(position)
            if gender and not known:
                found[words] = (positions, gender)

        for name, position, gender in ctx.memo(_entity_names):  # each looks like a name
            add(name, position, gender)
        for attribution in attributions:
            for speaker in speakers_of(attribution):
                if speaker.kind is SpeakerKind.PERSON and speaker.mention is not None:
                    gender = title_gender(speaker.mention.text)
                    name = name_words(speaker.name)
                    if looks_like_name(name) and not is_body_name(name) and not company_name(name):
                        add(name, speaker.mention.start, gender)
        folded = _fold_leading_words(found)
        persons = [
            Person(" ".join(words), words, tuple(sorted(positions)), gender or _first_name_gender(words))
            for words, (positions, gender) in found.items()
        ]
        return cls(persons, ctx.memo(_lead_end), ctx.paragraph_index, folded)

    def knows_word(self, word: str) -> bool:
        """Whether ``word`` is part of some person's name."""
        return word in self._by_word

    def bearers(self, word: str) -> Sequence[Person]:
        """The people a word of whose name is ``word``."""
        return self._by_word.get(word, ())

    def gender(self, name: str) -> str | None:
        """The gender the text gives the person called ``name``."""
        for person in self.persons:
            if person.name == name:
                return person.gender
        return None

    def resolve(
        self, words: Sequence[str], at: int, gender: str | None = None, fuzzy: bool = True
    ) -> Person | None:
        """The person the name ``words`` (written at char ``at``) refers to, or None.

        A surname or partial name goes to a longer name with those words;
        among several, the one mentioned most recently before ``at`` (or
        else first after it), skipping any of the wrong ``gender``.  A name
        matching nothing goes to the one person whose surname is a letter
        or two off (``Merkle`` -> ``Angela Merkel``), unless ``fuzzy`` is False.
        """
        words = tuple(words)
        if not words:
            return None
        words = self.folded.get(words, words)
        if len(words) > 1 and words[0] != words[0].lower() and words[0].lower() in _PARTICLES:
            # "De Vries" opening a sentence: the particle of "Ann de Vries", capitalised
            lowered = self.resolve((words[0].lower(), *words[1:]), at, gender, fuzzy=False)
            if lowered is not None and len(lowered.words) > len(words):
                return lowered
        candidates = [p for p in self._by_word.get(words[-1], ()) if _part_of(words, p.words)]
        if all(p.words == words for p in candidates):
            # no longer name ends with it: "Vázquez" or "Ana Vázquez" of "Ana Vázquez Soto", the
            # first of a double surname
            double = [
                p
                for p in self._by_word.get(words[-1], ())
                if p.words[-len(words) - 1 : -1] == words and _bare(p.words[-1]) not in POSTNOMINALS
            ]  # (not "Ann Roe QC": letters after the name)
            candidates = double or candidates
        if len(words) == 1 and all(len(p.words) == 1 for p in candidates):
            # no longer name ends with it: a family name written first ("Wang" of "Wang Yi"),
            # or a first name alone
            longer = [
                p for p in self._by_word.get(words[0], ()) if len(p.words) > 1 and p.words[0] == words[0]
            ]
            candidates = longer or candidates
        if fuzzy and all(p.words == words for p in candidates):
            # nobody else bears the name: a misspelling of someone's?
            first = min([at, *(p.positions[0] for p in candidates)])
            candidates = self._close(words, first) or candidates
        if gender is not None:
            candidates = [p for p in candidates if p.gender in (None, gender)]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]  # the usual case: one person bears the name
        fullest = self._fullest(candidates)
        if len(words) == 1 and len({p.words[0] for p in fullest}) > 1:
            # a bare surname two people of the text bear: the one its lead names, the story's
            # subject ("Tom Lee died … his wife, Ann Brook Lee"); else the one it names in full
            # first (_introduced_first); else the one the text names most
            # ("Lee" of the one named five times, not of the one named once), else the latest
            # (a first word in capitals is a title's abbreviation, no given name: "AG Lee")
            lead = [p for p in fullest if p.positions[0] < self.lead_end and not p.words[0].isupper()]
            if len(lead) == 1:
                return lead[0]
            named_first = self._introduced_first(fullest, words[0], at)
            if named_first is not None:
                return named_first
            return max(fullest, key=lambda p: (len(p.positions), _recency(p, at)))
        return max(fullest, key=lambda p: _recency(p, at))

    def _introduced_first(self, namesakes: list[Person], surname: str, at: int) -> Person | None:
        """The namesake the text names in full first, when that comes before the surname is
        written alone past the lead (``Ann Roe … Roe said … her husband, Tom Roe … Roe added``:
        Ann Roe, whom the writer calls by the surname, naming the other in full each time).

        None when the bare surname comes first (a well-known name written alone from the
        start), when a first word in capitals (``AG Lee``, a title's abbreviation) is no given
        name, when two given names are a letter apart (``Jon`` and ``John``: one person
        misspelt), or when another namesake is named in full in the paragraph of ``at`` after the
        first's last mention, or one or two paragraphs before (``Tom Roe spoke first. Roe said``:
        the one just named).
        """
        first = min(namesakes, key=lambda p: p.positions[0])
        if first.words[0].isupper() or any(
            p is not first and OSA.distance(p.words[0], first.words[0], score_cutoff=1) <= 1
            for p in namesakes
        ):
            return None
        bare = [
            position
            for p in self._by_word.get(surname, ())
            if p.words == (surname,)
            for position in p.positions
            if position >= self.lead_end
        ]
        if bare and min(bare) < first.positions[0]:
            return None
        latest = max(namesakes, key=lambda p: _recency(p, at))
        recency = _recency(latest, at)
        if (
            latest is not first
            and recency[0] == 1
            and recency > _recency(first, at)
            and (
                self.paragraph_of is None  # (no paragraphs known: named just before)
                or self.paragraph_of(at) - self.paragraph_of(recency[1]) <= _NAMED_JUST_BEFORE
            )
        ):
            return None
        return first

    def _fullest(self, candidates: list[Person]) -> list[Person]:
        """The candidates whose name is no part of another's ("Hillary Clinton" stands for "Clinton").

        Kept per set of candidates (in order) for this People: the same few
        people are weighed against each other for every mention of a surname.
        The list returned must not be changed.
        """
        key = tuple(map(id, candidates))  # (the persons live as long as this People)
        found = self._fullest_of.get(key)
        if found is None:
            found = self._fullest_of[key] = [
                p
                for p in candidates
                if not any(q.words != p.words and _part_of(p.words, q.words) for q in candidates)
            ] or candidates  # "Ann B. Lee" and "Ann C. Lee" each contain the other: keep both
        return found

    def _close(self, words: tuple[str, ...], before: int) -> list[Person]:
        """People named before ``before`` whose surname is a letter or two off ``words``'s."""
        surname = words[-1]
        if len(surname) < 5:
            return []
        limit = 2 if len(surname) >= 8 else 1
        close = []
        for person in self.persons:
            if person.positions[0] >= before or len(person.words) < max(2, len(words)):
                continue
            if len(words) > 1 and person.words[0] != words[0]:
                continue
            other = person.words[-1]
            if other != surname and OSA.distance(surname, other, score_cutoff=limit) <= limit:
                close.append(person)
        names = {p.words[-1] for p in close}
        if len(names) != 1:
            return []
        longest = max(len(p.words) for p in close)
        return [p for p in close if len(p.words) == longest]


_NAMED_JUST_BEFORE = 2
"""How many paragraphs back a namesake named in full is still the one a bare surname means."""


def _lead_end(ctx: DocContext) -> int:
    """Where the first sentence of prose (past any headline or page furniture) ends, in chars."""
    furniture = ctx.furniture
    for sent in ctx.sentences:
        if ctx.paragraph_index(sent.start_char) not in furniture:
            return sent.end_char
    return 0


def _entity_names(ctx: DocContext) -> list[tuple[tuple[str, ...], int, str | None]]:
    """Name words, start and title gender of each PERSON entity outside furniture that looks like a name.

    The part of :meth:`People.build` that depends on the document alone,
    so it is read once per document (:meth:`DocContext.memo`).
    """
    doc = ctx.doc
    headlines = ctx.memo(headline_paragraphs)
    out = []
    entities = zip(ctx.entities, ctx.entity_texts, entity_name_words(ctx), person_entities(ctx), strict=True)
    persons = person_name_words(ctx)
    for index, (ent, text, name, person) in enumerate(entities):
        if not person or ctx.paragraph_index(ent.start_char) in ctx.furniture:
            continue  # page furniture: its "names" are often not
        if ent.label_ == "PERSON":
            name = persons[index]
            if not name:
                continue
        elif ctx.paragraph_index(ent.start_char) in headlines:
            continue
        else:  # a name read as a body's or a place's, its given name tagged apart after a title
            name = _cut_first_names(ctx, ent, name) + name
        while len(name) > 2 and _bare(name[0]) in ROLE_NOUNS:
            name = name[1:]  # "Immunologist Jane Roe": the entity took the role in
        inner = titled_name_start(ent)
        if inner is not None:  # "United States Representative Tom Lee": Tom Lee
            name = name_words(ent[inner:].text)
        if (
            len(name) > 2
            and ent.start > 0
            and doc[ent.start - 1].lower_ == "of"
            and name[0] not in GIVEN_NAMES
            and name[1] in GIVEN_NAMES
        ):
            name = name[1:]  # "Mayor of Dover Ann Lee": the entity took the title's place in
        if is_body_name(name):
            continue  # "Twitter", "Malawi" read as a person's name
        if looks_like_name(name):
            before = doc[ent.start - 1].text if ent.start > 0 else ""
            out.append((name, ent.start_char, title_gender(f"{before} {text}") or _apposed_gender(ent.root)))
    return out


_TITLE_CASE_WORD = re.compile(r"\b[^\W\d_]{3,}")

HEADLINE_CHARS = 200
"""The longest a paragraph is, in characters, to be read as a headline."""


def headline_paragraphs(ctx: DocContext) -> frozenset[int]:
    """Indexes of the paragraphs that are page furniture (:attr:`DocContext.furniture`) or a
    headline in title case (``Lee Slams Roe Over Tax Plan.``: three words or more of three letters
    or more, every one capitalised but the joiners ``of``, ``and``, ``with`` …), whose capitals join
    no names."""
    out = set(ctx.furniture)
    text = ctx.text
    for index, (start, end) in enumerate(ctx.paragraphs):
        if index in out or end - start > HEADLINE_CHARS:
            continue
        capitalised = 0  # read up to the first word in lower case (in prose, one of the first few)
        for found in _TITLE_CASE_WORD.finditer(text, start, end):
            word = found.group()
            if word in _NOT_IN_NAMES:
                continue
            if not word[0].isupper():
                break
            capitalised += 1
        else:
            if capitalised >= 3:
                out.add(index)
    return frozenset(out)


_PLACE_PREPOSITIONS = frozenset({"of", "from"})
_NICKNAME_MARKS = frozenset("\"'“‘")


def person_name_words(ctx: DocContext) -> tuple[tuple[str, ...], ...]:
    """For each of ``ctx.entities``, in order, read once per document: a PERSON entity's words as
    a person's name (:func:`person_entity_words`; in a headline, :func:`headline_name`), ``()``
    when it names no person; any other entity's :func:`name_words`."""
    return ctx.memo(_person_name_words)


def _person_name_words(ctx: DocContext) -> tuple[tuple[str, ...], ...]:
    headlines = ctx.memo(headline_paragraphs)
    out = []
    for ent, label, name in zip(ctx.entities, ctx.entity_labels, entity_name_words(ctx), strict=True):
        if label == "PERSON":
            name = person_entity_words(ctx, ent, name)
            if name and ctx.paragraph_index(ent.start_char) in headlines:
                name = headline_name(ctx, name)  # "Slam Ann Lee Over Plan": Ann Lee
        out.append(name)
    return tuple(out)


def person_entity_words(ctx: DocContext, ent: Span, words: tuple[str, ...]) -> tuple[str, ...]:
    """The name words (``words``, read by :func:`name_words`) of a PERSON entity as a person's
    name, or ``()`` when the entity names no person.

    Words before the name that are no proper noun are no part of it (``Electing Ann Lee
    with …``, ``Top Lee adviser``), nor are a nickname in quotation marks or a joiner it ends
    with; words that do not look like a name (:func:`looks_like_name`: ``NETWORK``) name no
    one, nor does an outlet's name (lexicons/outlets.txt); a place is no person: where a named
    person is from (``Lee of Elm Harbor``: after ``of``/``from`` on a name, no given name
    first), or one word the text elsewhere tags a place and no person's name ends with (``Brookvale
    became his home``).
    """
    owned = _past_possessive(ent)
    if owned is not None:  # "Acme News’ Ann Lee": the name after its owner's
        ent, words = owned, name_words(owned.text)
    elif (owner := _owner_of_one_word(ent)) is not None:  # "Cruz’s Iowa": Cruz, who owns it
        ent, words = owner, name_words(owner.text)
    words = with_title_as_given_name(ent, words)  # "Rep. Dean Phillips": Dean is his given name
    words = _cut_first_names(ctx, ent, words) + words + _cut_last_name(ctx, ent)
    lead = 0
    while (
        lead < len(ent) - 1
        and ent[lead].pos_ in ("VERB", "ADJ", "ADV")
        and ent[lead].text in words[:1]
        and ent[lead].text not in GIVEN_NAMES  # ("Elke Van Damme", "Elke" read as an adverb)
    ):
        lead += 1
        words = words[1:]
    if lead == 0 and len(words) > 1 and _sentence_word(ctx, ent[0], words):
        words = words[1:]  # "Longtime Roe aides say …": the sentence's first word, no given name
    if len(ent) == 1 and _common_noun_alone(ctx, ent[0]):
        return ()  # "Turnout was 38%, she said": a noun opening a sentence, tagged a person's name
    words = tuple(w for w in words if w[:1] not in _NICKNAME_MARKS)  # 'Juan "Chico" Roe': Juan Roe
    while len(words) > 1 and words[-1].islower():
        words = words[:-1]  # "Juan Roe of Oakland" with "of" taken in
    if not looks_like_name(words) or OutletLexicon.default().canonical(" ".join(words)) is not None:
        return ()  # "the DAILY WIRE NETWORK": a word in capitals; "the Daily Clarion": an outlet
    if company_name(words):
        return ()  # "Velarin Pharma" read as a person
    root = ent.root
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in _PLACE_PREPOSITIONS
        and root.head.head.pos_ == "PROPN"
        and not is_title_word(root.head.head)
        and words[0] not in GIVEN_NAMES
    ):
        return ()  # "Lee of Elm Harbor": where Lee is from
    if len(words) == 1 and words[0] in ctx.memo(_place_words) and words[0] not in ctx.memo(_surnames):
        return ()  # "Brookvale" tagged a person once, a place elsewhere
    if len(words) == 1 and _members_of_a_people(root):
        return ()  # "thousands of Ruritanians", "his fellow Ruritanians": a people, not a person
    return words


_ROLE_ENDING = re.compile(r"[a-z](?:er|or|ist|ian|eer|ant|ent)$")
"""Endings of nouns for people by what they do (``Marcher``, ``Parishioner``, ``Postmaster``)."""


def past_role_word(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words past a first word that is a noun for someone by what they do, which no
    lexicon lists as a role (:func:`_role_shaped`), before a given name and at least one more word.

    >>> past_role_word(("Marcher", "Rana", "Aziz")), past_role_word(("Walter", "Ann", "Brook"))
    (('Rana', 'Aziz'), ('Walter', 'Ann', 'Brook'))
    >>> past_role_word(("Archer", "Daniels", "Midland")), past_role_word(("Chandler", "Van", "Voorhis"))
    (('Archer', 'Daniels', 'Midland'), ('Chandler', 'Van', 'Voorhis'))
    """
    if len(words) < 3 or words[1].lower() in _PARTICLES:
        return words  # ("Chandler Van Voorhis": a particle, no given name)
    if words[1] in GIVEN_NAMES and _role_shaped(words[0]):
        return words[1:]
    if _listed_role(words[0]):
        return words[1:]  # "Seismologist Einar Roe": a role, whatever the given name after it
    return words


def _listed_role(word: str) -> bool:
    """Whether a capitalised word is a person's role by the role lexicon or an ending no name has
    (``Seismologist``, ``Physician``; not ``Chapman``, ``Meridian``, nor a given name, ``Christian``).

    >>> _listed_role("Seismologist"), _listed_role("Christian"), _listed_role("Meridian")
    (True, False, False)
    """
    role = word.lower()
    return word.istitle() and word not in GIVEN_NAMES and (role in ROLE_NOUNS or role.endswith(_ROLE_ENDS))


_ROLE_ENDS = ("ist", "cian")
"""Endings of a word for someone by what they do that no name has (``Seismologist``,
``Physician``); not ``ian`` (``Meridian``, ``Canadian``) nor ``man`` (``Chapman``)."""


def _role_shaped(word: str) -> bool:
    """Whether the first of three name words or more is a noun for someone by what they do, no
    given name (lexicons/given_names.txt): ``Marcher`` of ``Marcher Rana Aziz``, not ``Walter``.

    >>> _role_shaped("Parishioner"), _role_shaped("Walter"), _role_shaped("Ann")
    (True, False, False)
    """
    return word.istitle() and role_shaped(word)


def role_shaped(word: str) -> bool:
    """Whether a word, in any case, is shaped like a noun for someone by what they do and is no
    given name: ``forecaster``, ``Parishioner``, not ``Walter``.  A shape, not a meaning
    (``water`` has it too): the caller's context says that a person is meant.

    >>> role_shaped("forecaster"), role_shaped("Walter"), role_shaped("report")
    (True, False, False)
    """
    return word not in GIVEN_NAMES and _ROLE_ENDING.search(word) is not None


def _common_noun_alone(ctx: DocContext, token: Token) -> bool:
    """Whether a one-word person's entity is a common noun capitalised as its sentence's first word
    (``Turnout was 38%``): tagged a noun or a proper noun, no given name, and written nowhere else
    in the text (a person named by one word alone is named again: ``Okonjo said … Okonjo added``)."""
    return (
        bool(token.is_sent_start)
        and token.pos_ in ("NOUN", "PROPN")
        and token.text not in GIVEN_NAMES
        and ctx.text.count(token.text) == 1
    )


def _sentence_word(ctx: DocContext, first: Token, words: tuple[str, ...]) -> bool:
    """Whether the first word of a person's entity is only the capitalised first word of its
    sentence (``Longtime Roe aides``, ``Bashing Roe is easy``): no given name (lexicons
    given_names, first_names) or title, and written in lower case elsewhere in the text."""
    word = first.text
    if not first.is_sent_start or word != words[0] or word in GIVEN_NAMES or is_title_word(first):
        return False
    lower = word.lower()
    return lower != word and re.search(rf"\b{re.escape(lower)}\b", ctx.text) is not None


def _cut_last_name(ctx: DocContext, ent: Span) -> tuple[str, ...]:
    """The last word of a person's name the entity stopped before (``Ana Ruiz`` of ``Ana Ruiz
    Soto``, a double surname): a capitalised proper noun outside any entity that the entity's
    last word is a compound of, that the text writes again elsewhere (``Ruiz Soto said``; not a
    title-case line's verb, ``Ana Ruiz Joins Race``), no title, organisation noun, postnominal
    or suffix; else ``()``."""
    doc = ent.doc
    if ent.end >= len(doc) or ent[-1].dep_ != "compound" or ent[-1].head.i != ent.end:
        return ()
    after = doc[ent.end]
    if (
        after.pos_ != "PROPN"
        or after.ent_iob_ != "O"
        or not after.text[:1].isupper()
        or not after.is_alpha
        or is_title_word(after)
        or is_postnominal(after)
        or is_name_suffix(after)
        or role_word(after) in ORG_NOUNS
        or (ctx.text.count(after.text) < 2 and not _surname_written_alone(ctx, ent))
    ):
        return ()
    return (after.text,)


def _surname_written_alone(ctx: DocContext, ent: Span) -> bool:
    """Whether a person's entity that starts with a given name ends with a word the text writes
    alone elsewhere, in a sentence of prose (``Peña said`` after ``Enrique Peña Nieto met …``):
    the first of a double surname, so the word after it ends the name even if written once.  Not
    in a title-case line or title (``Ana Ruiz Joins Race``, ``“Ann Lee Joins Growing List …”``),
    whose capitalised verb only looks like one and has more capitals after it."""
    doc = ent.doc
    if len(ent) < 2 or ent[0].text not in GIVEN_NAMES:
        return False
    if ent.end + 1 < len(doc) and doc[ent.end + 1].is_title:
        return False
    headlines = ctx.memo(headline_paragraphs)
    if ctx.paragraph_index(ent.start_char) in headlines:
        return False
    return any(  # (a search of the text: no Token built for every word of the document)
        not ent.start_char <= found.start() < ent.end_char
        and ctx.paragraph_index(found.start()) not in headlines
        for found in re.finditer(rf"(?<!\w){re.escape(ent[-1].text)}(?!\w)", ctx.text)
    )


def _past_possessive(ent: Span) -> Span | None:
    """The words of an entity after a possessive inside it (``Ann Lee`` of ``Acme News’ Ann Lee``
    or ``Acme’s Ann Lee``), when they are two or more capitalised words; else None."""
    last = max((t.i for t in ent[:-1] if t.tag_ == "POS" or t.text.endswith(("’", "'"))), default=None)
    if last is None or ent.end - last < 3:
        return None
    after = ent.doc[last + 1 : ent.end]
    return after if all(t.is_title for t in after) else None


def _owner_of_one_word(ent: Span) -> Span | None:
    """The words of an entity before a possessive that one word follows (``Cruz`` of ``Cruz’s
    Iowa``, ``Ann Lee`` of ``Ann Lee's Cabinet``): the person who owns it; else None."""
    mark = next((t.i for t in ent[1:-1] if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
    if mark is None or ent.end - mark != 2:
        return None
    return ent.doc[ent.start : mark]


_ROLES_AND_TITLES = ROLE_NOUNS | TITLE_WORDS


def _after_title(token: Token) -> bool:
    """Whether ``token`` is a word right after a title, in no entity or tagged alone (``Harish`` of
    ``Minister Harish Chandra Malviya``, untagged or read as a place): a given name."""
    doc = token.doc
    return (
        token.i > 0
        and is_title_word(doc[token.i - 1])
        and token.ent_iob_ in ("O", "B")
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def _cut_first_names(ctx: DocContext, ent: Span, words: tuple[str, ...]) -> tuple[str, ...]:
    """The first words of a person's name the entity started after (``Lund Haldor`` of ``Debbie
    Lund Haldor``, ``Kyaw Tun`` of ``Aung Kyaw Tun``): up to two capitalised proper nouns right
    before it, in the same sentence and in no entity but a person's, each a given name (lexicon
    given_names) or, where the entity starts with no given name, a compound of one of its words
    that the text never writes in lower case; no title or role (``Democrat Ann Lee``, ``Senators
    Lee``); ``()`` for a body's name (``Twitter``) and for a name that goes on further left than
    that (``Yangon-Aung Min Kyaw Tun``)."""
    doc = ent.doc
    start = ent.start
    if start == 0 or is_body_name(words):
        return ()
    while start > 0 and not doc[start].is_sent_start:
        before = doc[start - 1]
        after_title = _after_title(before)
        named = (
            before.pos_ == "PROPN"
            and (before.ent_type_ in ("", "PERSON") or after_title)
            and before.is_alpha
            and before.is_title
            and not is_title_word(before)
            and _bare(before.text).removesuffix("s") not in _ROLES_AND_TITLES
            and not (ent.start == start and past_role_word((before.text, *words)) == words)
        )
        if named and before.text not in GIVEN_NAMES and not after_title:
            named = (
                ent[0].text not in GIVEN_NAMES
                and not role_opening(before, ent.end - 1)  # ("Forecaster Abdulaziz al-Qattan said")
                and before.dep_ == "compound"
                and doc[before.i - 1].lower_
                not in _AFTER_ROLE  # "Minister for Industry Ann Lee": a portfolio
                and ent.start <= before.head.i < ent.end
                and re.search(rf"\b{re.escape(before.lower_)}\b", ctx.text) is None
            )
        if not named:
            break
        if ent.start - start == 2:
            return ()  # a third word: no name this rule knows how to read
        start -= 1
    previous = doc[start - 1] if start > 0 else None
    if (
        previous is not None
        and previous.pos_ == "PROPN"
        and previous.dep_ == "compound"
        and ent.start <= previous.head.i < ent.end
        and not is_title_word(previous)  # "Chief Executive Marguerite Lee": the title, then the name
    ):
        return ()  # the name goes on before: "Yangon-Aung Min Kyaw Tun" read in part
    return tuple(t.text for t in doc[start : ent.start])


_QUANTITY_NOUNS = frozenset({"dozens", "hundreds", "thousands", "millions", "many", "most", "some"})


def _members_of_a_people(root: Token) -> bool:
    """Whether a one-word plural proper noun stands for members of a people: counted (``thousands
    of Ruritanians``) or described in lower case (``his fellow Ruritanians``)."""
    if root.tag_ not in ("NNPS", "NNP") or not root.text.endswith("s"):
        return False  # (the tagger takes many a plural name for a singular one)
    if any(c.is_lower and c.dep_ in ("amod", "compound", "nummod") for c in root.lefts):
        return True
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.like_num or head.head.lower_ in _QUANTITY_NOUNS)
    )


def headline_name(ctx: DocContext, words: tuple[str, ...]) -> tuple[str, ...]:
    """The person's name in the words of a PERSON entity of a headline, whose capitals join a name
    to the words around it (``Slam Ann Lee Over Plan``, ``Lee Slams Roe``): the first given name and
    a surname the prose gives a person (``Ann Lee``), else the first such surname alone (``Lee``);
    ``()`` when there is none."""
    surnames = ctx.memo(_prose_surnames)
    for first in range(len(words) - 1):
        last = first + 1
        while last < len(words) - 1 and words[last].lower() in _PARTICLES:
            last += 1  # "Ahmed al Ashry"
        if words[first] in GIVEN_NAMES and words[last] in surnames:
            return words[first : last + 1]
    return next(((word,) for word in words if word in surnames), ())


def _prose_surnames(ctx: DocContext) -> frozenset[str]:
    """The last words of the PERSON entities outside headlines and furniture."""
    headlines = ctx.memo(headline_paragraphs)
    named = zip(ctx.entities, ctx.entity_labels, entity_name_words(ctx), strict=True)
    return frozenset(
        words[-1]
        for ent, label, words in named
        if label == "PERSON" and words and ctx.paragraph_index(ent.start_char) not in headlines
    )


def _place_words(ctx: DocContext) -> frozenset[str]:
    """The texts of the document's one-word place entities."""
    labelled = zip(ctx.entity_texts, ctx.entity_labels, strict=True)
    return frozenset(text for text, label in labelled if label in ("GPE", "LOC"))


def _surnames(ctx: DocContext) -> frozenset[str]:
    """The last words of the document's PERSON entities of two words or more."""
    return frozenset(
        words[-1]
        for words, label in zip(entity_name_words(ctx), ctx.entity_labels, strict=True)
        if label == "PERSON" and len(words) > 1
    )


def _apposed_gender(root: Token) -> str | None:
    """The gender a word for a person apposed to a name gives (``her son, Tom Khan``, ``Ann Khan,
    his wife``; ``lexicons/gender_words.txt``): a namesake of the same family is then told apart."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return GENDER_WORDS.get(root.head.lower_)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lower_ in GENDER_WORDS:
            return GENDER_WORDS[child.lower_]
    return None


def is_person_entity(ent: Span) -> bool:
    """Whether the entity ``ent`` names a person: a PERSON, a one-word body or place right after a
    given name tagged nothing (``Petra Ilina``: :func:`_after_untagged_given_name`), or a name of
    two words or more that the parser took for a body or place but that opens with a given name
    (``Ann Brook``, see
    :func:`personal_name`) or that the text sets a person's role beside (``Gáspár Maróth, the
    Hungarian Government commissioner``)."""
    if ent.label_ == "PERSON":
        return True
    if ent.label_ in ("ORG", "GPE") and len(ent) == 1:
        return _after_untagged_given_name(ent[0])
    if ent.label_ == "FAC" and len(ent) > 1 and _role_before_name(ent):
        return True  # "the saxophonist Tunde Adeyemi-Cole" (read as a building)
    if (
        ent.label_ not in ("ORG", "GPE")
        or len(ent) < 2
        or any(t.pos_ != "PROPN" and t.text != "-" and t.lower_ not in _PARTICLES for t in ent)
    ):
        return False  # (a hyphen or a particle is part of a name: "Akosua Mensah-Bonsu", "Ana de la Paz")
    if titled_name_start(ent) is not None:
        return True  # "United States Representative Tom Lee" (read as a body)
    if _role_before_name(ent):
        return True  # "the mayoral candidate Ann Lee" (read as a body)
    words = tuple(ent.text.split())  # ("Akosua", "Mensah-Bonsu": a hyphened name is one word)
    if len(ent) > 2 and is_postnominal(ent[-1]) and looks_like_name(words[:-1]) and not body_words(words):
        return True  # "Fenella Roscoe KC" (read as a body): the letters only a person has
    if looks_like_name(words) and not body_words(words) and (_aged(ent.root) or _titled_elsewhere(ent)):
        return True  # "63-year-old Stan Brodka", "Stan Brodka, 63,"; "Mr Brodka" elsewhere
    if (
        personal_name(words)
        and not modifies_noun(ent)
        and not (ent.start and ent.doc[ent.start - 1].lower_ == "the")
    ):
        return True  # "Ann Brook" read as a body (not "the Cleveland Browns", "a Jackson Hole hotel")
    if looks_like_name(words) and not body_words(words) and ent.root.dep_ != "pobj" and _who_clause(ent.root):
        return True  # "Marit Hestnes, who works at a feed supplier,": "who" is said of a person
    # (not after a preposition: "traders at Vell Harbour, who say A": the traders)
    apposed = next((c for c in ent.root.rights if c.dep_ == "appos"), None)
    return (
        apposed is not None
        and apposed.pos_ == "NOUN"
        and apposed.tag_ == "NN"
        and _person_role(role_word(apposed))
        and looks_like_name(words)
    )


def _who_clause(root: Token) -> bool:
    """Whether a relative clause opened by ``who`` follows the name headed by ``root``."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose") for c in root.rights)


def _after_untagged_given_name(token: Token) -> bool:
    """Whether the one-word body or place ``token`` is a surname, its given name tagged nothing
    (``Petra Ilina``, ``Ilina`` read as a place): a capitalised proper noun right after a given name
    (lexicons/given_names.txt) that is in no entity, in one sentence; no country or well-known body
    (``Jordan Malawi``)."""
    if token.i == 0 or token.is_sent_start or not token.is_title or token.pos_ != "PROPN":
        return False
    before = token.doc[token.i - 1]
    return (
        before.text in GIVEN_NAMES
        and not before.ent_type
        and before.pos_ == "PROPN"
        and bool(before.whitespace_)
        and not is_body_name((token.text,))
    )


def _person_role(word: str) -> bool:
    """A role noun, or one written as a compound ending in a role noun of six letters or more.

    >>> _person_role("teacher"), _person_role("schoolteacher"), _person_role("newspaper")
    (True, True, False)
    """
    if word in ROLE_NOUNS:
        return True
    return any(word[cut:] in ROLE_NOUNS for cut in range(3, len(word) - 5)) and word.isalpha()


def modifies_noun(ent: Span) -> bool:
    """Whether the entity ``ent`` only modifies a common noun after it (``the EastMed project``)."""
    root = ent.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= ent.end and root.head.pos_ == "NOUN"


def _aged(root: Token) -> bool:
    """Whether a name (headed by ``root``) is given an age: ``63-year-old Ann Lee``, ``Ann Lee, 63,``."""
    for child in root.children:
        if (
            child.dep_ == "amod"
            and child.lower_ == "old"
            and any(c.lower_.startswith("year") for c in child.children)
        ):
            return True
        if child.dep_ == "appos" and child.like_num and child.text.isdigit() and 0 < int(child.text) < 120:
            return True
    return False


def _titled_elsewhere(ent: Span) -> bool:
    """Whether the text writes the last word of a name (``ent``) after ``Mr``, ``Mrs``, ``Ms`` or
    ``Dr`` (with or without a dot): only a person is so called."""
    doc = ent.doc
    words = doc.to_array([LOWER, ORTH])  # (read as numbers: no Token is built)
    after = numpy.flatnonzero(numpy.isin(words[:-1, 0], _HONORIFIC_IDS)) + 1
    return bool((words[after, 1] == ent[-1].orth).any())


_HONORIFIC_IDS = numpy.array(
    sorted(get_string_id(word) for word in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.")),
    dtype=numpy.uint64,
)


COMPANY_NOUNS = words("company_anaphors") | words("maker_nouns")
"""Nouns that say a company is meant: ``the company``, ``the retailer``, ``the maker``."""


def company_noun(word: str) -> bool:
    """Whether the role word ``word`` says a company is meant: a noun of :data:`COMPANY_NOUNS`, or
    one ending in ``maker``.

    >>> company_noun("retailer"), company_noun("toymaker"), company_noun("founder")
    (True, True, False)
    """
    return word in COMPANY_NOUNS or (word.endswith("maker") and len(word) > 5)


def company_or_body_noun(word: str) -> bool:
    """Whether the role word ``word`` says a company or another body: an organisation's noun
    (lexicons/org_nouns.txt) or a company's (:func:`company_noun`).

    >>> company_or_body_noun("charity"), company_or_body_noun("caterer"), company_or_body_noun("singer")
    (True, True, False)
    """
    return word in ORG_NOUNS or company_noun(word)


def body_noun(word: str) -> bool:
    """Whether the role word ``word`` says a body and no person is meant.

    >>> body_noun("firm"), body_noun("spokesman")
    (True, False)
    """
    return word in ORG_NOUNS and word not in ROLE_NOUNS


BUSINESS_WORDS = words("business_words")
"""Words a company's name ends with that no organisation noun covers (``Pharma``, ``Homes``)."""
COMPANY_FORMS = words("company_forms")
"""A company's legal form at the end of its name (``Acme Inc.``): the name is a company's."""


def company_name(name: Sequence[str]) -> bool:
    """Whether a name's words are a company's: two words or more, the last a word company names end
    with (lexicons/business_words.txt), the first no given name of the census lists (a given name
    of another language, ``Umoja Stores``, is as often a brand's first word).

    >>> company_name(("Velarin", "Pharma")), company_name(("Samantha", "Power")), company_name(("Power",))
    (True, False, False)
    >>> company_name(("Umoja", "Stores"))
    True
    """
    return len(name) > 1 and name[-1].lower() in BUSINESS_WORDS and name[0] not in _CENSUS_GIVEN_NAMES


def body_words(words: Sequence[str]) -> bool:
    """Whether a body's noun or an outlet's name is among ``words``."""
    return (
        any(role_of_word(w) in ORG_NOUNS for w in words)
        or company_name(words)
        or OutletLexicon.default().canonical(" ".join(words)) is not None
    )


def personal_name(words: tuple[str, ...]) -> bool:
    """A given name (lexicons/given_names.txt), then one to three capitalised words, none of them a body's.

    >>> personal_name(("Ann", "Brook")), personal_name(("Ann", "Brook", "Foundation"))
    (True, False)
    """
    return (
        2 <= len(words) <= 4
        and all(part in GIVEN_NAMES for part in words[0].split("-"))  # (also "Eva-Maria")
        and looks_like_name(words)
        and not body_words(words)
    )


def _role_before_name(ent: Span) -> bool:
    """Whether a name the parser took for a body is a person's, a noun for a person in lower case
    right before it (``presidential candidate Ann Lee``, ``billionaire Tom Roe``): a given name
    first (any word, in a name taken for a building's: ``the saxophonist Tunde Cole``), then
    capitalised words, none of them an organisation noun."""
    if ent.start == 0 or (ent[0].text not in GIVEN_NAMES and ent.label_ != "FAC"):
        return False  # (no building has a person's role before it: "the saxophonist Tunde Cole")
    before = ent.doc[ent.start - 1]
    words = tuple(ent.text.split())  # ("Adeyemi-Cole": a hyphened name is one word)
    return (
        before.pos in (NOUN, PROPN)  # ("the saxophonist": a proper noun to the tagger)
        and before.is_lower
        and is_person_noun(role_word(before))
        and looks_like_name(words)
        and not any(role_word(t) in ORG_NOUNS for t in ent)
    )


def titled_name_start(ent: Span) -> int | None:
    """Where a person's name starts in an entity the parser took for a body or place, after a
    title inside it: 2 for ``Representative Tom Lee``, 3 for ``United States
    Representative Tom Lee``; None unless a title is followed by a given name and a
    surname, and nothing else, in capitals (``House Speaker Office`` is none).  After a short title
    opening the entity (``Cr Mereana Tuhoe``, ``Sgt. Ann Roe``: an abbreviation no body's name
    opens with), any two words that look like a name will do.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Cr Mereana Tuhoe said")
    >>> titled_name_start(Span(doc, 0, 3, "ORG"))
    1
    """
    if ent.label_ not in ("ORG", "GPE"):
        return None
    for k in range(len(ent) - 2, 0, -1):
        title = _bare(ent[k - 1].text)
        if (title in TITLE_WORDS and ent[k - 1].is_title) or (k == 1 and _short_title(ent[0].text)):
            rest = tuple(t.text for t in ent[k:])
            if not looks_like_name(rest):
                return None
            if rest[0] in GIVEN_NAMES and not any(role_word(t) in ORG_NOUNS for t in ent[k:]):
                return k
            short = k == 1 and len(rest) == 2 and title in _SHORT_TITLES
            return k if short and not body_words(rest) else None
    return None


_SHORT_TITLES = frozenset(
    word
    for word in TITLE_WORDS | ABBREVIATIONS.keys()
    if len(word) <= 4 and word.capitalize() not in GIVEN_NAMES
)
"""Titles of four letters at most (``Cr``, ``Sgt``, ``MP``), none a given name too (``Dean``)."""


def person_entities(ctx: DocContext) -> tuple[bool, ...]:
    """:func:`is_person_entity` of each of ``ctx.entities``, in order, read once per document."""
    return ctx.memo(_person_entities)


def _person_entities(ctx: DocContext) -> tuple[bool, ...]:
    return tuple(is_person_entity(ent) for ent in ctx.entities)


NAMING_LABELS = frozenset({"PERSON", "ORG", "GPE"})
"""The entity labels whose words may name a speaker."""


def entity_name_words(ctx: DocContext) -> tuple[tuple[str, ...], ...]:
    """:func:`name_words` of each of ``ctx.entities``, in order, read once per document.

    Only entities with a label in :data:`NAMING_LABELS` are read; the
    others (dates, amounts, events) get ``()``.
    """
    return ctx.memo(_entity_name_words)


def _entity_name_words(ctx: DocContext) -> tuple[tuple[str, ...], ...]:
    return tuple(
        name_words(text) if label in NAMING_LABELS else ()
        for label, text in zip(ctx.entity_labels, ctx.entity_texts, strict=True)
    )


def is_body_name(words: Sequence[str]) -> bool:
    """A well-known body's or a country's one-word name (``Twitter``, ``Malawi``): no person's."""
    return len(words) == 1 and (words[0] in KNOWN_BODIES or words[0] in COUNTRIES)


def _fold_leading_words(
    found: dict[tuple[str, ...], tuple[list[int], str | None]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Fold a name that is another name of the document with one word written before it, a word
    that is no given name, into that name (``Crooked Ann Lee`` where the text also writes ``Ann
    Lee``: a nickname, an epithet or a sentence's first word the entity took in).  ``found`` maps
    name words to their positions and gender; it is changed in place.  Returns each name folded
    and the name it was folded into.

    >>> found = {("Crooked", "Ann", "Lee"): ([40], None), ("Ann", "Lee"): ([0], "f")}
    >>> _fold_leading_words(found), found
    ({('Crooked', 'Ann', 'Lee'): ('Ann', 'Lee')}, {('Ann', 'Lee'): ([0, 40], 'f')})
    >>> found = {("Tamrat", "Adhanu", "Gebremedhin"): ([0], None), ("Adhanu", "Gebremedhin"): ([9], None)}
    >>> _fold_leading_words(found)
    {}
    """
    folded = {}
    for name in list(found):
        rest = name[1:]
        if (
            len(name) > 2
            and rest in found
            and name[0] not in GIVEN_NAMES
            and name[1] in GIVEN_NAMES
            and name[1].lower() not in _PARTICLES  # "Chandler Van Voorst" and "Van Voorst"
            and name[0][:1].isupper()
            and not name[0].isupper()
        ):
            positions, gender = found.pop(name)
            known, known_gender = found[rest]
            found[rest] = (sorted(known + positions), known_gender or gender)
            folded[name] = rest
    return folded


def _first_name_gender(words: tuple[str, ...]) -> str | None:
    return FIRST_NAMES.get(words[0]) or CENSUS_GENDERS.get(words[0]) or WORLD_GENDERS.get(words[0])


def untagged_person_name(token: Token) -> tuple[tuple[str, ...], str | None] | None:
    """The words and gender of a person's name the tagger read as no entity, that ``token`` ends:
    capitalised proper nouns compounded on it right before it, the first a given name
    (lexicons/first_names.txt, given_names.txt), and no body's name (``Ana Ruiz expects rates to
    fall``); None otherwise.  The gender is the given name's, when it tells one."""
    if token.ent_type or token.pos_ != "PROPN" or not token.is_title:
        return None
    start = token.i
    doc = token.doc
    while start > 0 and (before := doc[start - 1]).dep_ == "compound" and before.head.i == token.i:
        if before.ent_type or before.pos_ != "PROPN" or not before.is_title or is_title_word(before):
            return None
        start -= 1
    words = tuple(t.text for t in doc[start : token.i + 1])
    if len(words) < 2 or words[0] not in GIVEN_NAMES or not looks_like_name(words) or is_body_name(words):
        return None
    return words, _first_name_gender(words)


def _part_of(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """``Merkel`` or ``Angela Merkel`` in ``Angela Dorothea Merkel``; also the name itself."""
    if len(words) > len(name):
        return False
    if name[-len(words) :] == words:
        return True
    return len(words) > 1 and words[0] == name[0] and words[-1] == name[-1]


def _recency(person: Person, at: int) -> tuple[int, int]:
    """(1, the last mention before ``at``), else (0, minus the first mention after it)."""
    before = bisect.bisect_left(person.positions, at)  # the positions are sorted
    if before:
        return (1, person.positions[before - 1])
    return (0, -person.positions[0])


# -- speakers of an attribution -------------------------------------------------


def speakers_of(attribution: Attribution) -> list[Speaker]:
    """The attribution's speaker and the sources of its chain, each once."""
    out = list(attribution.chain)
    if attribution.speaker is not None and attribution.speaker not in out:
        out.append(attribution.speaker)
    return out


def map_speakers(attribution: Attribution, change: Callable[[Speaker], Speaker]) -> Attribution:
    """``attribution`` with ``change`` applied to its speaker and each chain source.

    Equal speakers are changed once, so a speaker that ends the chain stays
    equal to it.  The same attribution comes back when nothing changed.
    """
    if not attribution.chain:  # the common case: one speaker, or none
        if attribution.speaker is None:
            return attribution
        changed = change(attribution.speaker)
        return attribution if changed is attribution.speaker else replaced(attribution, speaker=changed)
    done: dict[Speaker, Speaker] = {}

    def apply(speaker: Speaker) -> Speaker:
        if speaker not in done:
            done[speaker] = change(speaker)
        return done[speaker]

    speaker = apply(attribution.speaker) if attribution.speaker is not None else None
    chain = tuple(apply(s) for s in attribution.chain)
    if speaker is attribution.speaker and all(a is b for a, b in zip(chain, attribution.chain, strict=True)):
        return attribution
    return replaced(attribution, speaker=speaker, chain=chain)


def mention_span(ctx: DocContext, speaker: Speaker) -> Span | None:
    """The tokens of the speaker's mention."""
    if speaker.mention is None:
        return None
    return ctx.char_span(speaker.mention.start, speaker.mention.end)


def pronoun_of(speaker: Speaker) -> Pronoun | None:
    """The pronoun the speaker's mention is (``He``), if it is one."""
    if speaker.mention is None:
        return None
    return BINDABLE_PRONOUNS.get(speaker.mention.text.lower())


def plural_mention(span: Span, kind: SpeakerKind) -> bool:
    """Whether the speaker's mention ``span`` (of speaker kind ``kind``) names several.

    A plural noun does (``officials``); a named person does not, though the
    parser tag their surname a plural (``Sanders``, ``Jones``, ``Adams``), nor a named body
    whose name ends in a plural (``Sahraa Properties``, ``Tata Industries``: one company).
    """
    tag = span.root.tag_
    return kind is not SpeakerKind.PERSON and (
        tag == "NNS" or (tag == "NNPS" and kind is not SpeakerKind.ORGANIZATION)
    )


def is_unresolved(speaker: Speaker) -> bool:
    """Whether nothing has named the speaker beyond the words as written."""
    return speaker.mention is None or speaker.name == speaker.mention.text


_PERSON_SUFFIXES = (
    "ist",
    "ists",
    "ian",
    "ians",
    "ee",
    "ees",
    "man",
    "men",
    "woman",
    "women",
    "person",
    "people",
)


def is_person_noun(role: str) -> bool:
    """Whether a role noun (see :func:`role_word`) describes a person: ``official``, ``economist``.

    >>> is_person_noun("spokeswoman"), is_person_noun("historian"), is_person_noun("election")
    (True, True, False)
    """
    return role in ROLE_NOUNS or (len(role) > 4 and role.endswith(_PERSON_SUFFIXES))


_PEOPLE_BY_SENSE = words("person_nouns_wordnet")


def is_people_noun(role: str) -> bool:
    """Whether a role noun stands for a person, by the role lists or by its commonest sense
    (``lexicons/person_nouns_wordnet.txt``: ``miner``, ``islander``, ``signatory``), and is no
    body's noun (``team``).  For typing a described source that names no one, not for reading a
    role off a name; a company may be called by such a noun too (``the miner``).

    >>> [is_people_noun(noun) for noun in ("islander", "signatory", "team", "utility")]
    [True, True, False, False]
    """
    return is_person_noun(role) or (role in _PEOPLE_BY_SENSE and role not in ORG_NOUNS)


def role_of_word(word: str) -> str:
    """A written word as a role noun: lower case, no dot or comma, abbreviations spelt out."""
    bare = word.lower().strip(".,;:")
    return ABBREVIATIONS.get(bare, bare)


def role_word(token: Token) -> str:
    """A token as a role noun: lower case, no dot, abbreviations spelt out (``Sen.`` -> ``senator``).

    Kept per word, lemma and part of speech (read as numbers, no string built): the resolvers
    ask it of the same words again and again.
    """
    key = (token.orth, token.lemma, token.pos)
    found = _ROLE_WORDS.get(key)
    if found is None:
        if len(_ROLE_WORDS) >= _ROLE_WORDS_KEPT:
            _ROLE_WORDS.clear()  # a bound on a long run's vocabulary
        bare = _bare(token.text)
        found = ABBREVIATIONS.get(bare, token.lemma_.lower() if token.pos == NOUN else bare)
        _ROLE_WORDS[key] = found
    return found


_ROLE_WORDS: dict[tuple[int, int, int], str] = {}
_ROLE_WORDS_KEPT = 100_000


def preposition_object(phrase: Iterable[Token]) -> str | None:
    """The organisation in ``at/of/for/from/with X`` inside ``phrase`` (``at the central bank``).

    Only an object that is an organisation or place entity, or headed by an
    organisation noun, counts (``chief of staff`` has none).
    """
    tokens = list(phrase)
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ != "prep" or token.lower_ not in ("at", "of", "for", "from", "with", "in"):
            continue
        obj = next((c for c in token.children if c.dep_ == "pobj" and c.i in inside), None)
        if obj is None:
            continue
        if obj.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or role_word(obj) in ORG_NOUNS:
            start = obj.left_edge.i
            end = obj.i + 1
            while obj.ent_type_ and end in inside and obj.doc[end].ent_iob_ == "I":
                end += 1  # the rest of the entity the head word sits in
            return obj.doc[start:end].text
    return None


HONORIFICS = HONORIFIC_TITLES | {"the"}
"""Words too slight to describe anyone on their own (``Mr.`` of ``Mr. Smith``)."""


_MAX_APPOSITION = 16
_STOP_DEPS = frozenset({"relcl", "acl", "advcl"})


def introduced_roles(
    ctx: DocContext, people: People, names: Container[str] | None = None
) -> dict[str, tuple[str, str | None]]:
    """Description and affiliation of each person the text introduces with a role, by full name.

    ``Japan's national security adviser, Jane Roe,`` and ``Chinese President
    Wang Li`` introduce a person whether or not that sentence quotes them.
    Only the people called one of ``names``, when given.
    """
    out: dict[str, tuple[str, str | None]] = {}
    if names is not None and not names:
        return out  # no one to look for (no entity need be resolved)
    for ent, label, name in zip(ctx.entities, ctx.entity_labels, entity_name_words(ctx), strict=True):
        if label != "PERSON":
            continue
        person = people.resolve(name, ent.start_char, fuzzy=False)
        if person is None or person.name in out or (names is not None and person.name not in names):
            continue
        role = _introducing_role(ctx, ent, people)
        described = phrase_text(role) if role is not None else None
        if role is not None and described is not None:
            out[person.name] = (described, possessor(role) or preposition_object(role))
    return out


def _introducing_role(ctx: DocContext, ent: Span, people: People) -> Span | None:
    """The role words around a name: a noun it is in apposition to, its pre-modifiers (from past
    another person's name and ``and``: ``US President Ann Lee and Dover Mayor Tom Roe``), its
    apposition."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        start, end = noun_phrase(root.head)
        return doc[start : min(end, ent.start)]  # (not the name: "manager Shigeo “Big Shig” Tanabe")
    start, _ = noun_phrase(root)
    for token in doc[start + 1 : ent.start]:
        named = doc[token.i - 1]  # (a surname the tagger took for a body's name too)
        if joining_word(token) == "CCONJ" and (named.ent_type_ == "PERSON" or people.knows_word(named.text)):
            start = token.i + 1  # Roe's role is "Dover Mayor"
    if start < ent.start and any(role_word(t) in ROLE_NOUNS for t in doc[start : ent.start]):
        return doc[start : ent.start]
    apposition = apposition_after(ctx, ent)
    if apposition is not None and not is_name_span(apposition):
        return apposition
    return None


def phrase_text(span: Span) -> str | None:
    """The span's text without edge punctuation, or None when only honorifics are left."""
    tokens = [t for t in span if not t.is_punct]
    if not tokens or all(t.lower_.rstrip(".") in HONORIFICS for t in tokens):
        return None
    doc = span.doc
    start, end = tokens[0].i, tokens[-1].i + 1
    return doc[start:end].text


def joining_word(token: Token) -> str | None:
    """``"CCONJ"`` or ``"ADP"`` when ``token`` joins the name after it to the words before it, else None.

    Words that end in one do not describe the name: ``Reuters and NBC`` names
    two sources, ``a contributor to Slate`` is someone who writes for Slate,
    ``scientists from Lund and UC Davis`` are scientists.
    """
    if token.pos_ == "CCONJ" or token.lower_ in ("and", "or", "&"):
        return "CCONJ"
    if token.pos_ == "ADP" and token.lower_ not in ("'s", "’s"):
        return "ADP"
    return None


def is_name_span(span: Span) -> bool:
    """Whether ``span`` is all proper nouns that read as a person's name."""
    tokens = [t for t in span if not t.is_punct]
    return bool(tokens) and all(t.pos_ == "PROPN" for t in tokens) and looks_like_name(name_words(span.text))


def possessor(span: Span) -> str | None:
    """``China`` in ``China's foreign policy chief`` (an organisation or place only)."""
    for token in span:
        if token.dep_ == "poss" and token.ent_type_ in ("ORG", "GPE"):
            doc = span.doc
            start, end = token.i, token.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return doc[start:end].text.removesuffix("'s").removesuffix("’s")
    return None


def apposition_after(ctx: DocContext, span: Span, past_clause: bool = False) -> Span | None:
    """The apposition right after the mention: ``, an economist at the central bank,``; with
    ``past_clause``, also one after a clause set off after it (``The utility that serves the area,
    Cascade Ridge Electric Cooperative,``)."""
    doc = span.doc
    clauses = {
        t.i
        for c in (span.root.rights if past_clause else ())
        if c.dep_ in ("relcl", "acl") and c.i >= span.end
        for t in c.subtree
    }
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            tokens = [t for t in child.subtree if not _in_clause(t, child)]
            start = tokens[0].i
            end = tokens[-1].i + 1
            if child.pos_ == "PROPN":  # "Her father, Declan Dunleavy, 71,": the name, not the age after it
                end = next(
                    (
                        t.i
                        for t in tokens
                        if t.i > child.i and t.text == "," and (_age_after(t) or _participle_after(t))
                    ),
                    end,
                )  # "The maker, Acme Foods, based in Elm,": the name, not the participle's phrase
                # "The regulator, the Acme Safety Authority (ASA),": the name, not its short form
                end = next((t.i for t in tokens if child.i < t.i < end and t.text == "("), end)
            if start <= span.end + 1 or (
                clauses
                and doc[start - 1].text == ","
                and all(i in clauses or doc[i].text == "," for i in range(span.end, start - 1))
            ):
                return _trimmed(doc[start:end])
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    sent_end = ctx.parse_sentence(span.start)[1]
    start = span.end + 1
    if doc[start].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and doc[start].dep_ != "poss":
        return None
    for i in range(start, min(sent_end, start + _MAX_APPOSITION)):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that"):
            return None
        if token.text in (",", ";") or token.is_sent_end:
            phrase = _trimmed(doc[start : i + (0 if token.is_punct else 1)])
            return phrase if phrase is not None and any(t.pos_ == "NOUN" for t in phrase) else None
    return None


def _participle_after(comma: Token) -> bool:
    """Whether a participle's phrase follows the comma ``comma`` (``Acme Foods, based in Elm,``)."""
    after = comma.doc[comma.i + 1] if comma.i + 1 < len(comma.doc) else None
    return after is not None and after.dep_ == "acl" and after.tag_ in ("VBN", "VBG")


def _age_after(comma: Token) -> bool:
    """Whether a number follows the comma ``comma``: an age set after a name (``Ann Lee, 71,``)."""
    return comma.i + 1 < len(comma.doc) and comma.doc[comma.i + 1].like_num


def _in_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a relative or adverbial clause below ``top``."""
    while token.i != top.i:
        if token.dep_ in _STOP_DEPS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _trimmed(span: Span) -> Span | None:
    tokens = [t for t in span]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


# -- the name inside a mention ----------------------------------------------------

_NOT_NAME_ENTITIES = frozenset(
    {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LAW", "EVENT"}
)


_AFTER_ROLE = frozenset({"of", "for", "at", "from", "in"})


def is_title_word(token: Token) -> bool:
    """A word for a title or role that may stand before a name: ``Actor``, ``Sen.``, ``MP``.

    A short title counts only with its dot: ``Sen`` may be a name (Amartya Sen).
    """
    bare = _bare(token.text)
    if bare in ABBREVIATIONS and not token.text.endswith(".") and not token.text.isupper():
        return False  # (but "DS", "DCI": written without one)
    word = role_word(token)
    return word in TITLE_WORDS or word in ROLE_NOUNS


def is_name_suffix(token: Token) -> bool:
    """A suffix after a name that is part of it: ``Jr.``, ``III``."""
    return token.text[:1].isupper() and _bare(token.text) in NAME_SUFFIXES


def is_postnominal(token: Token) -> bool:
    """Letters after a name that are no part of it: ``QC``, ``MP``, ``OBE``."""
    return token.text[:1].isupper() and _bare(token.text) in POSTNOMINALS


def joint_name(names: Sequence[str]) -> str:
    """The name of several sources named together.

    >>> joint_name(["CNN", "NPR"]), joint_name(["Ann Lee", "Tom Roe", "Bo Li"])
    ('CNN and NPR', 'Ann Lee, Tom Roe and Bo Li')
    """
    return " and ".join([", ".join(names[:-1]), names[-1]])


def without_article(name: str) -> str:
    """A name without a leading "the".

    >>> without_article("The Hotel Arpit Palace"), without_article("Theresa May")
    ('Hotel Arpit Palace', 'Theresa May')
    """
    return name[4:] if name[:4] in ("the ", "The ") else name


def without_open_bracket(name: str) -> str:
    """A name cut before a bracket it opens and never closes (the parser ran a short name in).

    >>> without_open_bracket("the National Hurricane Center (NHC"), without_open_bracket("the Office (NWO)")
    ('the National Hurricane Center', 'the Office (NWO)')
    """
    return name.split("(")[0].rstrip(" ,") if "(" in name and ")" not in name else name


def without_possessive(name: str) -> str:
    """A name without the possessive ``'s`` (or the apostrophe after a final ``s``) the parser took into it.

    >>> without_possessive("Acme Shipping's"), without_possessive("Jones")
    ('Acme Shipping', 'Jones')
    >>> without_possessive("General Motors'")
    'General Motors'
    """
    if name[-2:] in ("'s", "’s") and len(name) > 2:
        return name[:-2]
    return name[:-1] if name[-2:] in ("s'", "s’") else name


def visible(text: str) -> str:
    """``text`` without format characters (right-to-left marks, zero-width spaces)."""
    if text.isascii():
        return text  # no format character is ASCII
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


_ELIDED_PARTICLE = re.compile(r"(?:d|dell|dall|degl|l)['’][A-ZÀ-Þ]|(?:al|el|ul|bin|ibn|abu)-[A-ZÀ-Þ]")
"""A surname opening with an elided or hyphened particle: ``dell’Orto``, ``d'Alema``, ``al-Qattan``."""


def _name_token(token: Token) -> bool:
    """A capitalised proper noun (or a word of a PERSON entity) that is no title or number."""
    return (
        (visible(token.text)[:1].isupper() or _ELIDED_PARTICLE.match(token.text) is not None)
        and (token.pos_ == "PROPN" or token.ent_type_ == "PERSON")
        and not token.like_num
        and token.ent_type_ not in _NOT_NAME_ENTITIES
        and (not is_title_word(token) or title_as_given_name(token))
    )


def title_as_given_name(token: Token) -> bool:
    """Whether ``token``, a word that is a title and a given name too (``Dean``, ``Major``), is
    a given name: right before the capitalised word that ends the name, and right after another
    title or role (``Rep. Dean Phillips``, ``executive editor Dean Baquet``: titles do not stack
    that way) or after a given name (``Marlo Dean Haskett``).  Alone (``Dean Harrow said``) it
    stays a title."""
    doc = token.doc
    i = token.i
    if not (0 < i < len(doc) - 1 and token.text in GIVEN_NAMES and _bare(token.text) in TITLE_WORDS):
        return False
    before, surname = doc[i - 1], doc[i + 1]
    return (
        (is_title_word(before) or (before.text in GIVEN_NAMES and before.pos_ == "PROPN"))
        and surname.pos_ == "PROPN"
        and surname.is_title
        and not is_title_word(surname)
        and (i + 2 == len(doc) or not (doc[i + 2].pos_ == "PROPN" and doc[i + 2].is_title))
    )


def with_title_as_given_name(name: Span, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words :func:`name_words` read off the name ``name``, with its first word back when
    that is a given name it took for a title (:func:`title_as_given_name`)."""
    if len(name) > 1 and words == (name[1].text,) and title_as_given_name(name[0]):
        return (name[0].text, *words)
    return words


def _joined(token: Token) -> bool:
    """A hyphen inside a word (``Man-kei``) or the lower-case piece after one."""
    doc = token.doc
    if token.text in ("-", "‐") and not token.whitespace_ and token.i > 0:
        return not doc[token.i - 1].whitespace_
    return token.i > 0 and doc[token.i - 1].text in ("-", "‐") and not doc[token.i - 1].whitespace_


def _same_entity(token: Token, other: Token) -> bool:
    """Whether ``token`` and the later ``other`` are in one entity."""
    if not token.ent_type_ or token.ent_type_ != other.ent_type_:
        return False
    return all(token.doc[i].ent_iob_ == "I" for i in range(token.i + 1, other.i + 1))


def _personal(span: Span, start: int, end: int) -> bool:
    """Whether the words ``start:end`` of ``span``'s doc read as a person's name, not a place's.

    A PERSON entity or a listed first name, not right after ``of`` (``Mayor of London``).
    """
    doc = span.doc
    if start > span.start and doc[start - 1].lower_ in _AFTER_ROLE:
        return False
    return (
        any(t.ent_type_ == "PERSON" for t in doc[start:end])
        or doc[start].text in GIVEN_NAMES
        or _after_a_portfolio(span, start, end)
    )


def _after_a_portfolio(span: Span, start: int, end: int) -> bool:
    """Whether two name words or more follow a title and its portfolio of one word, from the
    mention's start: ``Minister for Culture Liesbeth Van Acker`` (which the tagger may not tag)."""
    doc = span.doc
    if end - start < 2 or start - span.start < 3 or doc[start - 2].lower_ not in ("for", "of"):
        return False
    portfolio = doc[start - 1]
    return portfolio.pos_ == "PROPN" and portfolio.is_title and is_title_word(doc[start - 3])


def phrase_head(span: Span) -> Token:
    """The first token of ``span`` whose head is outside it (spaCy's ``root`` may take a later one
    when the parser hung a run-on phrase elsewhere)."""
    for token in span:
        if not span.start <= token.head.i < span.end or token.head.i == token.i:
            return token
    return span.root


def name_bounds(span: Span) -> tuple[int, int] | None:
    """Doc token range ``[start, end)`` of the name that heads the mention ``span``, or None.

    The name is the run of capitalised name words that ends at the phrase's
    head (or at a generational suffix after it), each attached to a later
    word of the run: role words before it (``NASA Administrator``, ``Actor``,
    ``Democrat``), letters after it (``QC``) and phrases after it (``of the
    Foundation``, ``on Twitter``) are not part of it; ``Jr.`` is.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Actor", "Jane", "Roe", "Jr.", "on", "Twitter"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 2, 4],
    ...           deps=["compound", "compound", "ROOT", "appos", "prep", "pobj"],
    ...           pos=["PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"])
    >>> name_bounds(doc[:])
    (1, 4)
    """
    doc = span.doc
    last = phrase_head(span).i
    final = span.end - 1
    while final > last and doc[final].is_punct:
        final -= 1
    if is_title_word(doc[last]) and doc[last].pos_ == "PROPN" and final > last and _name_token(doc[final]):
        # "First Minister of Scotland Jane Roe": the parser made the title the head
        moved = _bounds_at(span, final)
        return moved if moved is not None and _personal(span, *moved) else None
    if final > last and doc[last].pos_ == "NOUN" and _name_token(doc[final]):
        # "A spokeswoman for Acme-Roe, Nina Hargrove": the parser set the name beside the object
        # (not a name set beside a common noun: "The leader of the party, Civic Platform," names the party)
        moved = _bounds_at(span, final) if doc[final].head.pos_ == "PROPN" else None
        if moved is not None and doc[moved[0] - 1].text == "," and moved[1] - moved[0] > 1:
            return moved if _personal(span, *moved) else None
    return _bounds_at(span, last)


def _bounds_at(span: Span, last: int) -> tuple[int, int] | None:
    """:func:`name_bounds` for the name whose head is the token ``last``."""
    doc = span.doc
    while last > span.start and (
        is_postnominal(doc[last]) or is_name_suffix(doc[last]) or doc[last].is_punct
    ):
        last -= 1  # "Durham Hall QC", "Donald Trump Jr.": the head is the letters after the name
    if not _name_token(doc[last]):
        return None
    end = last + 1
    while end < span.end and is_name_suffix(doc[end]):
        end += 1
    start = last
    while start > span.start:
        token = doc[start - 1]
        if _joined(token) or token.lower_ in _PARTICLES:  # "Man-kei Tam", "Bill de Blasio"
            start -= 1
            continue
        if (
            doc[start].text in ("-", "‐")
            and _joined(doc[start])
            and token.is_title
            and token.is_alpha
            and not any(is_title_word(t) or role_word(t) in ROLE_NOUNS for t in (token, doc[start + 1]))
        ):
            start -= 1  # "Sjöberg-Lind", its first half tagged a place or a noun: one surname
            # (not "Secretary-General Jens Roe": a title)
            continue
        attached = start - 1 < token.head.i < end or _same_entity(token, doc[last])
        if not (_name_token(token) and attached) or doc[token.i - 1].lower_ in _AFTER_ROLE:
            break  # "Prime Minister of India Narendra Modi": no name starts after "of"
        if role_opening(token, last):
            break  # "Seismologist Ann Roe said", the role read into her name
        if (
            token.ent_type_ in ("ORG", "GPE", "FAC", "LOC")
            and not _same_entity(token, doc[last])
            and not (token.i > span.start and is_title_word(doc[token.i - 1]))
        ):  # (right after a title it is a given name, whatever the tagger says: "Minister Harish …")
            break
        start -= 1
    while start < last and doc[start].is_punct:
        start += 1
    return start, end


def role_opening(token: Token, last: int) -> bool:
    """Whether ``token``, opening its sentence, is a word for a person's role capitalised only there
    (``Seismologist``, ``Volcanologist``), not a name (``Christian``, ``Suman``: :func:`_listed_role`);
    before a name of two words or more ending at ``last``, also a word shaped like one
    (``Forecaster``, ``Lobsterman``, ``Groundsman``: :func:`_occupation_shaped`)."""
    if not token.is_sent_start or is_title_word(token):
        return False
    end = token.doc[last].text
    return _listed_role(token.text) or (
        last > token.i + 1
        and token.nbor(1).is_title
        and _occupation_shaped(token.text)
        and not (role_of_word(end) in ORG_NOUNS or end.lower() in BUSINESS_WORDS)  # "Thunder Dragon Airways"
    )


def _occupation_shaped(word: str) -> bool:
    """Whether a capitalised word is shaped like a noun for someone by what they do and is no given
    name: ``Forecaster``, ``Lobsterman``, not ``Walter`` or ``Coleman``.  A shape, not a meaning:
    only a word that opens its sentence before a name of two words counts.

    >>> _occupation_shaped("Lobsterman"), _occupation_shaped("Forecaster"), _occupation_shaped("Walter")
    (True, True, False)
    >>> _occupation_shaped("Meridian"), _occupation_shaped("Coleman")
    (False, False)
    """
    if not word.istitle():
        return False
    if word not in GIVEN_NAMES and len(word) > 6 and word.endswith("man"):
        return True  # ("Lobsterman"; not "Coleman", a given name)
    return role_shaped(word) and not word.endswith(_PLACE_NAME_ENDS)


_PLACE_NAME_ENDS = ("ian", "ant", "ent")
"""The endings of :func:`role_shaped` that names of places and bodies have too (``Meridian``,
``Vincent``): no sign of an occupation before a name."""


_BARE_NOUNS = ORG_NOUNS | ROLE_NOUNS | TITLE_WORDS
_MASTHEAD_ENDS = words("masthead_ends")


def without_leading_article(speaker: Speaker) -> Speaker:
    """A body's proper name without the article the text wrote before it: ``the National
    Conference of State Legislatures`` is the National Conference of State Legislatures.  A
    description stays as written (``the Clinton campaign``, ``the German government``: its head
    in lower case; ``The Department``: a body's noun alone, named again), as does an outlet
    (``The Hill``: the lexicon's name).

    >>> from quotrack.model import TextSpan
    >>> court = TextSpan(0, 20, "the Court of Session")
    >>> body = Speaker("the Court of Session", court, SpeakerKind.ORGANIZATION)
    >>> without_leading_article(body).name
    'Court of Session'
    >>> without_leading_article(attrs.evolve(body, name="the Court")).name
    'the Court'
    """
    name = speaker.name
    if speaker.kind is not SpeakerKind.ORGANIZATION or name[:4] not in ("the ", "The "):
        return speaker
    words = name[4:].split()
    if not words or not all(w[:1].isupper() or w in NAME_CONNECTORS for w in words):
        return speaker
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return speaker
    if len(words) == 1 and (role_of_word(words[0]) in _BARE_NOUNS or words[0] in _MASTHEAD_ENDS):
        return speaker  # "The Department", "the Court", "The Post": a body named by its noun alone
    if OutletLexicon.default().canonical(name) is not None:
        return speaker  # "The Atlantic": an outlet's name, its article included
    return attrs.evolve(speaker, name=name[4:])
