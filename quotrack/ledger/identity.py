"""Who is the same speaker across articles: pure functions the ledger's linking calls.

Conservative by design (be right before being clever):

* only a *named* speaker is linkable: a person with at least a given and a
  family name, or a named organisation.  Pronouns, descriptions ("a police
  spokesman"), groups, unresolved mentions and bare surnames get no key and
  stay in their own article;
* names agree after folding case, accents and German-style transliteration
  (Müller / Mueller / Muller), dropping titles and honorifics, and whatever
  order the given and family names come in (Xi Jinping / Jinping Xi);
* namesakes are never merged: a shared family name with another given name
  is another person (Bill / Hillary Clinton, Zhang Wei / Andrew Zhang), and
  so are two different middle initials (George W. / George H. W. Bush) and
  any generational suffix: Jr., Sr., II and III are part of a name (Donald
  Trump Jr. is not Donald Trump);
* an Arabic article joined to a name part is no part of it (al-Sisi / el-Sisi);
* a near-identical spelling (one edit in a long family name, a doubled letter
  in a given name) or a familiar form of the given name (Joe / Joseph, Bill /
  William) is the same person only when a description or affiliation backs it up.

Word lists (name particles, regnal titles, familiar names...) are in
``quotrack/lexicons/identity.txt``; titles and honorifics are the name
resolvers' own.

The ledger never compares a new speaker with every stored person: it indexes
:func:`block_keys` and calls :func:`best_match` on the few people that share
one of them.

>>> person_key("President Joe Biden", "person")
'p:biden joe'
>>> person_key("Mr. Biden", "person") is None        # a bare surname
True
>>> person_key("a police spokesman", "unnamed") is None
True
>>> same_person(PersonEvidence("Bill Clinton"), PersonEvidence("Hillary Clinton"))
False
>>> same_person(PersonEvidence("Donald Trump Jr."), PersonEvidence("Donald Trump"))
False
>>> same_person(PersonEvidence("Abdel Fattah al-Sisi"), PersonEvidence("Abdel Fattah el-Sisi"))
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Hashable, Iterable
from importlib import resources
from typing import TypeVar

import attrs
from nameparser import HumanName
from nameparser.config import CONSTANTS as _NAMEPARSER
from rapidfuzz.distance import OSA

from ..model import SpeakerKind

# The one place the ledger reads the per-article name lexicons (moving to quotrack.people).
from ..people import ORG_NOUNS, ROLE_NOUNS, TITLE_WORDS

__all__ = [
    "DATE_WORDS",
    "GENERIC_ORG_WORDS",
    "NOT_GIVEN_NAMES",
    "PersonEvidence",
    "best_match",
    "block_keys",
    "fold",
    "name_parts",
    "org_name",
    "person_key",
    "pin_key",
    "same_person",
    "surname",
    "without_titles",
]

K = TypeVar("K", bound=Hashable)

NEAR_SPELLING = 0.85
"""Least OSA similarity (0..1) of the one differing name part for a near spelling (one edit in 7+ letters)."""


def _word_lists() -> dict[str, list[list[str]]]:
    """The sections of ``quotrack/lexicons/identity.txt``, by name: the words of each line."""
    lists: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    text = resources.files("quotrack.lexicons").joinpath("identity.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], [])
        elif line and current is not None:
            current.append(line.split())
    return lists


_LINES = _word_lists()
_LISTS = {name: frozenset(w for line in lines for w in line) for name, lines in _LINES.items()}
_NICKNAMES: dict[str, frozenset[str]] = {}
"""Each given name of the ``nicknames`` list and the formal names it may stand for (Bill: William)."""
for _group in _LINES["nicknames"]:
    for _name in _group:
        _NICKNAMES[_name] = _NICKNAMES.get(_name, frozenset()) | {_group[0]}
REGNAL_TITLES = _LISTS["regnal"]
"""Titles under which a person is named by one name (``Pope Francis``): the title is part of the key."""
_SURNAME_TITLES = _LISTS["surname_titles"]
_SPELLINGS = {spelling: line[0] for line in _LINES["spellings"] for spelling in line[1:]}
"""Each British spelling of a word of a body's name and the American one kept (``centre``: ``center``)."""
_PARTICLES = _LISTS["particles"]
_NOT_SURNAMES = _LISTS["not_surnames"]
_GENERIC_ORG_WORDS = ORG_NOUNS | _LISTS["generic_org_words"]
_DESCRIPTION_STOPWORDS = _LISTS["description_stopwords"]

NICKNAME = 0.9
"""The score of a familiar form of a given name (Joe / Joseph): above a near spelling's floor."""

_PERSON_KINDS = frozenset({SpeakerKind.PERSON})
_ORG_KINDS = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET})


_TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)
_DIGRAPHS = re.compile(r"(?<=[a-z])([ou])e(?=[b-df-hj-np-tv-z])")
"""An umlaut spelt out before a consonant: Mueller -> muller, so Müller = Mueller = Muller (not Joe -> jo)."""
_NOT_WORD = re.compile(r"[^\w\s]|_")
_PARENTHESES = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_POSSESSIVE = re.compile(r"['’]s?$")
_DOUBLED = re.compile(r"(.)\1+")
_JOINED = re.compile(r"[-'’]")
_ROLES = TITLE_WORDS | ROLE_NOUNS | _LISTS["roles"]
_PUNCTUATED = re.compile(r"[.,\"“”]")
_NUMERAL = re.compile(r"[ivx]{1,5}")
_SUFFIXES = {spelling: line[0] for line in _LINES["suffixes"] for spelling in line}
"""Each spelling of a generational suffix and its standard form (``junior``: ``jr``, ``ii``: ``2``)."""
_ARTICLES = _LISTS["arabic_articles"]
_JOINED_ARTICLE = re.compile(
    r"^(?:" + "|".join(sorted(_ARTICLES, key=len, reverse=True)) + r")[-‐'’](?=\w)", re.IGNORECASE
)
_ORG_MODIFIER = re.compile(r"^\w+-(?:" + "|".join(sorted(_LISTS["org_modifier_ends"])) + r")$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents, punctuation or transliteration differences, spaces collapsed.

    British and American spellings of a word of a body's name are one (the ``spellings`` list).

    >>> fold("Müller"), fold("Mueller"), fold("MULLER")
    ('muller', 'muller', 'muller')
    >>> fold("Lech Wałęsa"), fold("O’Rourke")
    ('lech walesa', 'orourke')
    >>> fold("World Health Organisation") == fold("World Health Organization")
    True
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_TRANSLITERATION)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NOT_WORD.sub(lambda m: " " if m.group() in "-‐‑–—/" else "", text)
    return _DIGRAPHS.sub(r"\1", " ".join(_SPELLINGS.get(word, word) for word in text.split()))


@attrs.frozen
class _Name:
    """A person's name, folded: the parts that identify and the parts that only tell apart."""

    given: str
    family: str
    middle: str = ""
    """Initials of the middle names ("hw" for George H. W. Bush)."""
    suffix: str = ""
    full: str = ""
    """Every name word, folded and joined without spaces (Kim Jong Un = Kim Jong-un)."""

    @property
    def parts(self) -> tuple[str, str]:
        return (self.given, self.family)


def _capitalised(word: str) -> bool:
    first = next((c for c in word if c.isalpha()), "")
    return first.isupper()


def _namelike(word: str) -> bool:
    """Capitalised, or a particle joined to a capitalised name (``al-Sisi``, ``d'Estaing``)."""
    if _capitalised(word):
        return True
    parts = _JOINED.split(word)
    return len(parts) > 1 and parts[0].lower() in _PARTICLES and _capitalised(parts[-1])


def _initials(middle: str) -> str:
    """Initials of middle names: "H. W." and "HW" -> "hw", "Walker" -> "w"."""
    found = []
    for word in middle.split():
        letters = word.replace(".", "")
        found.append(letters if letters.isupper() and len(letters) <= 3 else letters[:1])
    return fold("".join(found))


def _name_span(words: list[str]) -> list[str]:
    """The words of the name in a speaker name with a description around it.

    "current president Emmerson Mnangagwa on Friday" -> Emmerson Mnangagwa;
    "Doug Miller of Milltech Marine, a firm" -> Doug Miller.
    """
    for j in range(len(words) - 1):  # a lower-case role just before the name
        if not _capitalised(words[j]) and words[j].lower() in _ROLES and _namelike(words[j + 1]):
            words = words[j + 1 :]
            break
    for j in range(
        len(words) - 3, 0, -1
    ):  # a capitalised role after more words: "NASA Administrator Jane Roe"
        role = words[j].lower().rstrip(".")
        if role in _ROLES and role not in REGNAL_TITLES and all(_namelike(w) for w in words[j + 1 : j + 3]):
            words = words[j + 1 :]
            break
    kept: list[str] = []
    for at, word in enumerate(words):  # up to the first lower-case word that is no particle, or a comma
        if kept and not _namelike(word) and word.lower() not in _PARTICLES:
            break
        kept.append(word.rstrip(","))
        if word.endswith(","):
            after = words[at + 1 : at + 2]
            if after and fold(after[0]) in _SUFFIXES:  # "Martin Luther King, Jr."
                kept.append(after[0].rstrip(","))
            break
    return kept


def _without_articles(words: list[str]) -> list[str]:
    """The name words without an Arabic article after the first ("el-Sisi", "al Assad" -> "Sisi", "Assad")."""
    kept = words[:1]
    for at, word in enumerate(words[1:], 1):
        if word.lower() in _ARTICLES and at + 1 < len(words) and _capitalised(words[at + 1]):
            continue
        kept.append(_JOINED_ARTICLE.sub("", word))
    return kept


@functools.lru_cache(maxsize=1 << 16)
def _parse_person(name: str) -> _Name | None:
    """A person's name, or None where it is no full name; cached (parsing costs about a millisecond)."""
    text = _PARENTHESES.sub("", name).strip(" ,;:")
    words = [_POSSESSIVE.sub("", w) for w in text.split()]
    if len(words) > 2 and words[0] == "The" and words[1].lower().rstrip(".") not in _ROLES:
        return None  # "The December 6 Measles Appeal": a person is not named after "The" but for a title
    words = _name_span([w for w in words if w])
    if len(words) > 2 and _NUMERAL.fullmatch(words[-1].lower()) and words[-3].lower() in REGNAL_TITLES:
        words = words[-3:-1]  # Queen Elizabeth II
    words = without_titles(" ".join(words)).split()
    words = _without_articles(words)
    if len(words) < 2 or any(c.isdigit() for w in words for c in w):
        return None
    bare = [w.lower().rstrip(".") for w in words]
    if bare[-1] in ROLE_NOUNS and bare[0] in ROLE_NOUNS | ORG_NOUNS | TITLE_WORDS:
        return None  # "Police Spokesman", "Government Official"
    if bare[-1] in _NOT_SURNAMES or (len(words) == 2 and bare[1] in _SUFFIXES):
        return None  # "Trump Administration", "Smith Jr"
    if bare[-1] in _ROLES - _SURNAME_TITLES:
        return None  # "US Ambassador"
    if len(words) == 2 and bare[0] in REGNAL_TITLES and _capitalised(words[1]):
        given = fold(words[1])
        return _Name(given=given, family=bare[0], full=bare[0] + given) if given else None
    if len(words) == 2 and not _PUNCTUATED.search(" ".join(words)):
        if bare[0] in TITLE_WORDS or bare[0] in _NAMEPARSER.titles:
            return None  # "Mr Jones", "Rabbi Cohen": a title and a surname
        first, middle, last, suffix = words[0], "", words[1], ""
    else:
        parsed = HumanName(" ".join(words))
        first, middle, last, suffix = parsed.first, parsed.middle, parsed.last, parsed.suffix
    if not first or not last or not (_capitalised(first) and _namelike(last.split()[-1])):
        return None
    given = fold(first).replace(" ", "")
    family = fold(last).replace(" ", "")
    if not given or not family or (len(given) == 1 and len(family) == 1):
        return None
    return _Name(
        given=given,
        family=family,
        middle=_initials(middle),
        suffix=" ".join(_SUFFIXES.get(w, w) for w in fold(suffix).split()),
        full=fold(f"{first} {middle} {last}").replace(" ", ""),
    )


def _org_words(name: str) -> list[str]:
    """An organisation's name words as written, without a leading "the" or "X-led" ("Kurdish-led")."""
    written = _PARENTHESES.sub("", name).split()
    if written and written[0].lower() == "the":
        written = written[1:]
    while len(written) > 1 and _ORG_MODIFIER.match(written[0]):
        written = written[1:]
    return written


def _org_key(name: str) -> str | None:
    written = _org_words(name)
    words = fold(" ".join(written)).split()
    if not words or not _capitalised(written[0]):
        return None
    if written[0].lower() in ("a", "an") and len(written) > 1 and not _capitalised(written[1]):
        return None  # "A pro-Lee super PAC": a body described, which one is not said
    if all(w in _GENERIC_ORG_WORDS for w in words):
        return None  # "the ministry", "Police", "the Foreign Ministry": which one?
    if any(w.lower() in _ROLES or w.lower() in ORG_NOUNS for w in written[1:] if not _capitalised(w)):
        return None  # a description: "Goa's government", "Sea-Eye spokesperson Carlotta Weibl"
    return "o:" + " ".join(words)


def name_parts(name: str) -> tuple[str, str] | None:
    """The folded given and family name of a person's full name, or None for no full name.

    >>> name_parts("Sen. John Marlowe"), name_parts("Abdel Fattah el-Sisi"), name_parts("Marlowe")
    (('john', 'marlowe'), ('abdelfattah', 'sisi'), None)
    """
    parsed = _parse_person(name)
    return None if parsed is None else parsed.parts


def surname(name: str) -> str | None:
    """The folded name of a speaker named by one name, after any titles ("President Trump"), or None.

    >>> surname("President Trump"), surname("Mr. Marlowe"), surname("Vázquez"), surname("Joe Biden")
    ('trump', 'marlowe', 'vazquz', None)
    """
    words = [_POSSESSIVE.sub("", w) for w in _PARENTHESES.sub("", name).split()]
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS | _NAMEPARSER.titles:
        words.pop(0)
    words = _without_articles(["", *words])[1:]
    if len(words) != 1 or not _capitalised(words[0]) or any(c.isdigit() for c in words[0]):
        return None
    folded = fold(words[0]).replace(" ", "")
    if len(folded) < 2 or folded in _GENERIC_ORG_WORDS or folded in _ROLES or folded in _NOT_SURNAMES:
        return None  # "Police", "Spokesman"
    return folded


NOT_GIVEN_NAMES = _LISTS["not_given_names"]
"""Capitalised words before a family name that are no given name ("Friday", "South")."""
GENERIC_ORG_WORDS = _GENERIC_ORG_WORDS
"""Words that say which sort of body, not which one ("ministry", "police", "foreign")."""
DATE_WORDS = _LISTS["dates"]
"""Days and months (folded): a capitalised one before an organisation's name is no part of it."""


def org_name(name: str) -> str:
    """An organisation's name as written without a leading "the" or "X-led" (``Kurdish-led``).

    >>> org_name("the Kurdish-led Syrian Democratic Forces")
    'Syrian Democratic Forces'
    """
    return " ".join(_org_words(name))


def _kind(kind: SpeakerKind | str) -> SpeakerKind | None:
    try:
        return SpeakerKind(kind)
    except ValueError:
        return None


def person_key(name: str, kind: SpeakerKind | str = SpeakerKind.PERSON) -> str | None:
    """A normalised key for a speaker linkable across articles, or None for one that stays local.

    Persons key as ``p:`` and their folded given and family names in alphabetical
    order (so either name order agrees); organisations and outlets as ``o:``
    and their folded name without a leading "the".  Middle names and suffixes
    are not in the key: :func:`same_person` tells George W. from George H. W. Bush.

    >>> person_key("Dr. Angela Müller", "person") == person_key("Angela Mueller", "person")
    True
    >>> person_key("Xi Jinping", "person") == person_key("Jinping Xi", "person")
    True
    >>> person_key("Pope Francis", "person"), person_key("The World Health Organization", "organization")
    ('p:francis pope', 'o:world health organization')
    >>> [person_key(n, k) for n, k in [("he", "unknown"), ("Smith", "person"), ("Smith and Jones", "group")]]
    [None, None, None]
    """
    resolved = _kind(kind)
    if resolved in _ORG_KINDS:
        return _org_key(name)
    if resolved not in _PERSON_KINDS:
        return None
    parsed = _parse_person(name)
    if parsed is None:
        return None
    return "p:" + " ".join(sorted(parsed.parts))


def without_titles(name: str) -> str:
    """A person's name without the titles before it (``Dr.``, ``Councillor``), as :func:`person_key`
    reads it; the name as it is when no two words would be left.

    >>> without_titles("Councillor Priya Anand"), without_titles("Dr. Mei Chen"), without_titles("Dr. Chen")
    ('Priya Anand', 'Mei Chen', 'Dr. Chen')
    """
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    return " ".join(words) if len(words) < len(name.split()) else name


def pin_key(name: str, key: str) -> str:
    """The key a split by hand pins a document's mention by: its identity ``key`` (see
    :func:`person_key`) and, for a person, the middle initials and suffix the key leaves out, so
    that namesakes one document names (father and son, George W. and George H. W. Bush) are pinned
    apart.

    >>> pin_key("Edwin Marrow Jr.", "p:edwin marrow"), pin_key("Edwin Marrow", "p:edwin marrow")
    ('p:edwin marrow|jr', 'p:edwin marrow')
    >>> pin_key("George H. W. Bush", "p:bush george")
    'p:bush george|hw'
    """
    parsed = _parse_person(name) if key.startswith("p:") else None
    if parsed is None or not (parsed.middle or parsed.suffix):
        return key
    return f"{key}|{' '.join(part for part in (parsed.middle, parsed.suffix) if part)}"


def block_keys(name: str, kind: SpeakerKind | str = SpeakerKind.PERSON) -> tuple[str, ...]:
    """The keys the store indexes to find the few stored people a new speaker may be.

    A person gets one key per name part (the part, folded, and the other part's
    initial), so a near spelling of either part still shares a block, and one for
    all name words run together; an organisation gets its :func:`person_key`.
    Empty for a speaker that is not linkable.

    >>> block_keys("Volodymyr Zelensky")
    ('b:volodymyr|z', 'b:zelensky|v', 'c:volodymyrzelensky')
    >>> set(block_keys("Volodymyr Zelenskyy")) & set(block_keys("Volodymyr Zelensky"))
    {'b:volodymyr|z'}
    >>> block_keys("the official", "unnamed")
    ()
    """
    resolved = _kind(kind)
    if resolved in _ORG_KINDS:
        key = _org_key(name)
        return (key,) if key else ()
    if resolved not in _PERSON_KINDS:
        return ()
    parsed = _parse_person(name)
    if parsed is None:
        return ()
    keys = {
        f"b:{parsed.given}|{parsed.family[0]}",
        f"b:{parsed.family}|{parsed.given[0]}",
        f"c:{parsed.full}",
    }
    keys.update(f"b:{parsed.family}|{formal[0]}" for formal in _NICKNAMES.get(parsed.given, ()))
    return tuple(sorted(keys))


def _kind_value(kind: SpeakerKind | str) -> str:
    return SpeakerKind(kind).value


@attrs.frozen
class PersonEvidence:
    """What the ledger knows of a speaker when deciding identity.

    For a stored person the store may join several descriptions with ``"; "``.
    """

    name: str
    kind: str = attrs.field(default="person", converter=_kind_value)
    description: str | None = None
    affiliation: str | None = None


def _content_words(evidence: PersonEvidence) -> set[str]:
    text = " ".join(t for t in (evidence.description, evidence.affiliation) if t)
    return {w for w in fold(text).split() if len(w) > 2 and w not in _DESCRIPTION_STOPWORDS}


def backed(a: PersonEvidence, b: PersonEvidence) -> bool:
    """Whether the descriptions or affiliations of two speakers share a content word.

    >>> backed(PersonEvidence("A B", description="Ukraine's president"),
    ...        PersonEvidence("A C", description="the president of Ukraine"))
    True
    >>> backed(PersonEvidence("A B", description="a senator"), PersonEvidence("A C"))
    False
    """
    return bool(_content_words(a) & _content_words(b))


def _compatible(a: _Name, b: _Name) -> bool:
    """Middle initials, where both names have them, agree, and so do suffixes (Jr. is another person)."""
    if a.middle and b.middle and a.middle != b.middle:
        return False
    return a.suffix == b.suffix


def _alignments(a: _Name, b: _Name) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The ways to pair the two name parts: in order, and crossed (family name first)."""
    return [((a.given, b.given), (a.family, b.family)), ((a.given, b.family), (a.family, b.given))]


def _squeeze(word: str) -> str:
    """A word with doubled letters single (``hillary`` -> ``hilary``)."""
    return _DOUBLED.sub(r"\1", word)


def _similarity(a: PersonEvidence, b: PersonEvidence) -> float:
    """1.0 for the same person by name, a near-spelling score, or 0.0 for different people."""
    ka, kb = person_key(a.name, a.kind), person_key(b.name, b.kind)
    if ka is None or kb is None or ka[0] != kb[0]:
        return 0.0
    if ka.startswith("o:"):
        return 1.0 if ka == kb else 0.0
    na, nb = _parse_person(a.name), _parse_person(b.name)
    if na is None or nb is None:  # pragma: no cover - a key implies a parse
        return 0.0
    if ka == kb or (na.full == nb.full and len(na.full) > 5):
        return 1.0 if _compatible(na, nb) else 0.0
    best = 0.0
    straight, crossed = _alignments(na, nb)
    (g1, g2), (f1, f2) = straight
    if g1 == g2 and f1 != f2:
        best = OSA.normalized_similarity(f1, f2)  # a family name spelt two ways
    for (x1, y1), (x2, y2) in (straight, crossed):
        # a given name (or a part of unsure role) only by a doubled letter: Hillary / Hilary
        if x1 == y1 and x2 != y2 and _squeeze(x2) == _squeeze(y2):
            best = max(best, OSA.normalized_similarity(x2, y2))
        elif x2 == y2 and x1 != y1 and _squeeze(x1) == _squeeze(y1):
            best = max(best, OSA.normalized_similarity(x1, y1))
    for (x1, y1), (x2, y2) in (straight, crossed):
        # a familiar form of a given name: Joe / Joseph, Bill / William
        if x2 == y2 and x1 != y1 and _NICKNAMES.get(x1, frozenset()) & _NICKNAMES.get(y1, frozenset()):
            best = max(best, NICKNAME)
    if best < NEAR_SPELLING or not _compatible(na, nb) or not backed(a, b):
        return 0.0
    return best


def same_person(a: PersonEvidence, b: PersonEvidence) -> bool:
    """Whether two named speakers are one person (or one organisation).

    >>> same_person(PersonEvidence("Sen. Bernie Sanders"), PersonEvidence("Bernie Sanders"))
    True
    >>> same_person(PersonEvidence("Zhang Wei"), PersonEvidence("Andrew Zhang"))
    False
    >>> same_person(PersonEvidence("George W. Bush"), PersonEvidence("George H. W. Bush"))
    False
    >>> z1 = PersonEvidence("Volodymyr Zelensky", description="Ukraine's president")
    >>> z2 = PersonEvidence("Volodymyr Zelenskyy", description="the Ukrainian president")
    >>> same_person(z1, z2), same_person(z1, PersonEvidence("Volodymyr Zelenskyy"))
    (True, False)
    """
    return _similarity(a, b) > 0.0


def best_match(new: PersonEvidence, candidates: Iterable[tuple[K, PersonEvidence]]) -> K | None:
    """The id of the candidate that ``new`` is, or None.

    An exact name match wins, else the nearest near spelling that a description backs.

    Candidates are the stored people sharing a :func:`block_key <block_keys>`;
    ties go to the first given, so pass them in a stable order (e.g. by id).

    >>> people = [(1, PersonEvidence("Bill Clinton")), (2, PersonEvidence("Hillary Clinton"))]
    >>> best_match(PersonEvidence("Hillary Rodham Clinton"), people)
    2
    >>> best_match(PersonEvidence("Chelsea Clinton"), people) is None
    True
    """
    found: K | None = None
    score = 0.0
    for ident, evidence in candidates:
        similarity = _similarity(new, evidence)
        if similarity > score:
            found, score = ident, similarity
            if score >= 1.0:
                break
    return found
