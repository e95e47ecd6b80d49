"""What a document itself says about who its speakers are: the name each is linked under.

A document's speaker table may name one entity several ways, and the ledger
links each speaker under a name and kind it has evidence for
(:func:`linked_speakers`):

* a name alone, or a title and a name ("Marlowe", "President Trump"), is the
  one person of the same document whose family name it is: a speaker, or
  else a full name in its text; with two such people (Bill and Hillary
  Clinton) it stays in its article;
* an acronym is the organisation it stands for, where the text defines it
  ("the Syrian Democratic Forces (SDF)"), another speaker of the document
  has it for initials, or ``lexicons/acronyms.txt`` lists it; a listed
  variant takes the listed name too ("the United States National Hurricane
  Center" is the National Hurricane Center);
* an outlet's short form or other name is the outlet lexicon's
  (``lexicons/outlets.txt``) canonical name ("Fars", "Fars News": Fars News
  Agency);
* a full name with a common given name is a person whatever kind the article
  gave it ("Nora Quill" tagged as an organisation), and so is the
  member of a joint attribution whose kind the article did not say.

An acronym or another name of an organisation is also remembered
(:attr:`Linked.also`): a later document that uses it alone finds the same
organisation.  Namesakes stay apart: nothing here links two full names.

>>> from quotrack.model import SpeakerEntry
>>> text = "The Syrian Democratic Forces (SDF) said it held the town. John Marlowe agreed."
>>> entries = [SpeakerEntry("the SDF", "organization", [], [0]), SpeakerEntry("Marlowe", "person", [], [1]),
...            SpeakerEntry("John Marlowe", "person", [], [])]
>>> [(linked.name, linked.kind.value) for linked in linked_speakers(text, entries)]
[('Syrian Democratic Forces', 'organization'), ('John Marlowe', 'person'), ('John Marlowe', 'person')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

import attrs

from ..model import SpeakerEntry, SpeakerKind
from ..outlets import OUTLET_NOUNS, OutletLexicon, parse_lines
from ..people import (
    COMPANY_FORMS,
    COUNTRIES,
    FIRST_NAMES,
    KNOWN_BODIES,
    ORG_NOUNS,
    POSTNOMINALS,
    ROLE_NOUNS,
    TITLE_WORDS,
    is_body_name,
    split_conjuncts,
)
from ..syntax import NAME_CONNECTORS
from ..wordlists import words
from .identity import DATE_WORDS, GENERIC_ORG_WORDS, NOT_GIVEN_NAMES, fold, name_parts, org_name, surname

__all__ = ["Linked", "acronym_definitions", "initials", "known_name", "linked_speakers", "outlet_name"]

_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,7}\.?")
_DEFINED = re.compile(r"((?:[\w’'.&-]+\s+){1,12}?)\(\s*(?:the\s+)?([A-Z][A-Z.&]{1,9})\s*\)")
"""A run of words, then an acronym in brackets: "the Syrian Democratic Forces (SDF)"."""
_ORG_KINDS = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET, SpeakerKind.UNKNOWN})
_LEGAL_FORMS = COMPANY_FORMS | {"company", "corporation", "incorporated", "limited"}
"""The last word of a company's name that says its legal form (``Inc``, ``Company``)."""
_MEDIA_NOUNS = words("media_nouns")
_PARTISAN_NOUNS = words("partisan_nouns")


def _partisans(name: str) -> bool:
    """Whether a name is the members of a party, a plural of one word (``Democrats``, ``Tories``).

    >>> _partisans("Democrats"), _partisans("Tories"), _partisans("Democrat"), _partisans("UNICEF")
    (True, True, False, False)
    """
    word = name.strip().lower()
    if " " in word or not word.endswith("s"):
        return False
    return word[:-1] in _PARTISAN_NOUNS or (word.endswith("ies") and word[:-3] + "y" in _PARTISAN_NOUNS)


_GENERIC_OUTLET_WORDS = words("generic_outlet_words")
_PLACE_WORDS = words("outlet_place_words") | frozenset(fold(country) for country in COUNTRIES)
_WRITINGS = words("documents") | words("document_nouns")
_NAME_WORD = r"[A-Z][\w’'.&-]*"
_LINKS = frozenset({"and", "of", "for", "&"})
"""Lower-case words that may join the words of one organisation's name ("Research and Referral Hospital")."""


@attrs.frozen
class Linked:
    """The name and kind a speaker entry is linked under across articles."""

    name: str
    kind: SpeakerKind
    also: str | None = None
    """Another name of the same organisation to remember (an acronym, a variant), or None."""


def initials(name: str) -> str:
    """The capital initials of a name's words, connectors and "the" skipped.

    >>> initials("the World Health Organization"), initials("Centers for Disease Control")
    ('WHO', 'CDC')
    """
    letters = []
    for word in org_name(name).replace("-", " ").split():
        if word.lower() in NAME_CONNECTORS:
            continue
        if _ACRONYM.fullmatch(word) and "." in word:  # "U.S. Geological Survey": USGS
            letters.append(word.replace(".", ""))
            continue
        first = next((c for c in word if c.isalpha()), "")
        if not first.isupper():
            return ""
        letters.append(first)
    return "".join(letters)


def _acronym(name: str) -> str | None:
    """The letters of a name that is one acronym ("the U.S." -> "US"), or None."""
    written = org_name(name)
    if not _ACRONYM.fullmatch(written):
        return None
    return written.replace(".", "")


def acronym_definitions(text: str) -> dict[str, str]:
    """The acronyms ``text`` defines in brackets after a name, and the names (the words giving its letters).

    >>> acronym_definitions("the Kurdish-led Syrian Democratic Forces (SDF) said")
    {'SDF': 'Syrian Democratic Forces'}
    >>> acronym_definitions("prices rose (CPI) a lot")
    {}
    >>> acronym_definitions("the Pacific Gas and Electric Company (PG&E) said")
    {'PG&E': 'Pacific Gas and Electric Company'}
    """
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        acronym = match.group(2).replace(".", "")
        letters = acronym.replace("&", "")  # "PG&E": the letters P, G and E
        words = match.group(1).split()
        # a company's legal form after the name may give no letter: "… Electric Company (PG&E)"
        formed = len(words) > 1 and words[-1].lower().strip(".,") in _LEGAL_FORMS
        for start in range(len(words) - 1, -1, -1):  # the shortest run of words ending there
            if words[start].lower() in NAME_CONNECTORS:
                continue
            candidate = " ".join(words[start:])
            lettered = initials(candidate) == letters
            if not lettered and formed and start < len(words) - 1:
                lettered = initials(" ".join(words[start:-1])) == letters
            if lettered:
                found.setdefault(acronym, org_name(candidate))
                break
    return found


@functools.cache
def _known() -> dict[str, str]:
    """Each short form or variant in ``lexicons/acronyms.txt`` (folded, acronyms as written): its name."""
    text = resources.files("quotrack.lexicons").joinpath("acronyms.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for entry in parse_lines(text.splitlines(), "acronyms.txt"):
        for other in entry.names:
            table.setdefault(_lookup(other), entry.name)
    return table


def _lookup(name: str) -> str:
    acronym = _acronym(name)
    return "=" + acronym if acronym else fold(org_name(name))


def known_name(name: str) -> str | None:
    """The name ``lexicons/acronyms.txt`` lists for this short form or variant, or None.

    >>> known_name("the WHO"), known_name("The United States"), known_name("the US"), known_name("who")
    ('World Health Organization', 'United States', 'United States', None)
    """
    return _known().get(_lookup(name))


@functools.cache
def _outlet_short_forms() -> dict[str, str | None]:
    """An outlet's name without its trailing outlet nouns ("Fars" of Fars News Agency), folded: the outlet.

    None where two outlets share a short form.
    """
    table: dict[str, str | None] = {}
    for entry in OutletLexicon.default().entries:
        for name in entry.names:
            words = org_name(name).split()
            while len(words) > 1 and words[-1].lower() in OUTLET_NOUNS:
                words.pop()
                short = fold(" ".join(words))
                if table.get(short, entry.shown) != entry.shown:
                    table[short] = None
                else:
                    table[short] = entry.shown
    return table


def outlet_name(name: str, kind: SpeakerKind | str = SpeakerKind.OUTLET) -> str | None:
    """The outlet lexicon's canonical name for an outlet's name or short form, or None.

    A speaker tagged as a person is an outlet only by a name with an outlet noun
    in it ("Fars News"), not by a bare name ("Bloomberg" may be a person).  A short
    form of places names no outlet ("Kuwait" of Kuwait News Agency), and one of plain
    words only as written on its own and capitalised ("Time", not "Daily News" for
    the Daily Wire; lexicons/outlet_place_words.txt, generic_outlet_words.txt).

    >>> outlet_name("Fars"), outlet_name("Fars News", "person"), outlet_name("Bloomberg", "person")
    ('Fars News Agency', 'Fars News Agency', None)
    """
    lexicon = OutletLexicon.default()
    words = org_name(name).split()
    if SpeakerKind(kind) not in _ORG_KINDS and not any(w.lower() in OUTLET_NOUNS for w in words[1:]):
        return None
    exact = lexicon.canonical(" ".join(words)) if words else None
    if exact is not None:
        return exact
    written = len(words)
    while len(words) > 1 and words[-1].lower() in OUTLET_NOUNS:
        words.pop()
    short = fold(" ".join(words))
    outlet = _outlet_short_forms().get(short)
    if outlet is None or all(word in _PLACE_WORDS for word in short.split()):
        return None  # "Kuwait" of Kuwait News Agency, "New York": the place speaks for itself
    plain = all(word in _PLACE_WORDS or word in _GENERIC_OUTLET_WORDS for word in short.split())
    if plain and (len(words) < written or not words[0][:1].isupper()):
        return None  # "Daily News" is no Daily Wire, "the science" no Science magazine
    return outlet


def _occurrences(text: str, phrase: str) -> list[re.Match[str]]:
    """Where ``phrase`` stands in ``text`` as whole words (case as written)."""
    return list(re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text))


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"“”‘'(")
    return not before or before.endswith((".", "!", "?", ":", "\n"))


def _once(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` only once: a word beside "and" that stands nowhere else is
    part of one name ("Research and Referral Hospital"), not a name of its own ("Ford and ...")."""
    return len(_occurrences(text, word)) == 1


def _capital_inside(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` somewhere inside a sentence: a name's word, not "Both"."""
    return any(not _opens_sentence(text, match.start()) for match in _occurrences(text, word))


def _unnamed(text: str, name: str) -> bool:
    """A plural or media common noun capitalised only where it opens a sentence: no one's name.

    "State media reported", "Egyptologists have reported", "Associates of Navalny
    alleged": the capital is the sentence's, and the source is a group.  A name
    after "the", a listed outlet, body or acronym, or a phrase written with its
    capital inside a sentence is a name, except one plural word of people by
    field or origin (in "-ists" or "-ians").
    """
    written = name.split()
    if not written or not written[0][:1].isupper() or written[0].lower() == "the" or name in KNOWN_BODIES:
        return False
    head = written[: written.index("of")] if "of" in written else written
    rest = written[len(head) + 1 :]
    if not head or any(not word.islower() for word in head[1:]) or (rest and rest[0].lower() == "the"):
        return False
    noun = head[-1].lower()
    plural = len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "as"))
    if not (plural or noun in _MEDIA_NOUNS) or known_name(name) or outlet_name(name):
        return False
    if len(written) == 1 and noun.endswith(("ists", "ians")):
        return True  # people named by their field or origin ("Egyptologists", "Palestinians")
    found = _occurrences(text, " ".join(head))
    return bool(found) and all(_opens_sentence(text, match.start()) for match in found)


def _name_word(token: str) -> bool:
    return re.fullmatch(_NAME_WORD, token) is not None and not token.endswith(("'s", "’s", "."))


def _words_before(text: str, at: int) -> list[str]:
    """The capitalised words of the same name written just before ``at`` ("United States" Supreme Court).

    One word joined by "and" ("Research and" Referral Hospital); not a
    possessor ("Turkey's"), a day or month, "The" or "A", a sentence's capital, a
    word before "and" that the text writes elsewhere too, or one after another
    name word ("Coast Guard and" is another body).
    """
    taken: list[str] = []
    joined: list[str] | None = None
    pending = False
    window = max(0, at - 120, text.rfind("\n", 0, at) + 1)
    for found in reversed(list(re.finditer(r"\S+", text[window:at]))[-8:]):
        token = found.group()
        if token in ("and", "&") and joined is None and not pending:
            pending = True
            continue
        name_word = not (
            not (_name_word(token) or re.fullmatch(r"(?:[A-Z]\.){2,4}", token))
            or token.lower() in ("the", "a", "an")  # ("A Government Accountability Office report")
            or fold(token) in DATE_WORDS
            or (_opens_sentence(text, window + found.start()) and not _capital_inside(text, token))
        )
        if joined is not None:  # the word before "X and": none, or X is a name of its own
            return taken[len(joined) :] if name_word else taken
        if not name_word or len(taken) >= 4 or (pending and not _once(text, token)):
            break
        if pending:
            joined = [token, "and"]  # "&" is written "and"
            taken = [*joined, *taken]
            continue
        taken = [token, *taken]
    return taken


def _words_after(text: str, at: int, core: list[str]) -> list[str]:
    """The words after ``at`` that end one organisation's name ``core``: up to an organisation noun
    (Ford "Motor Company"), or on after one with "of" or "for" (Department "of Corrections and
    Rehabilitation").  No "and" right after an organisation noun (that is another body), and
    after a generic core ("the Navy") only "of" or "for"."""
    taken: list[str] = []
    line = text[at:].split("\n", 1)[0]
    for token in line.split()[:6]:
        bare = token.rstrip('.,;:!?"”)')
        last = (taken or core)[-1].lower()
        if bare in ("and", "&") and last in ORG_NOUNS:
            break
        if taken and taken[-1] in ("and", "&") and not _once(text, bare):
            break
        if not (
            _name_word(bare) or bare in _LINKS or (bare == "the" and taken and taken[-1] in ("of", "for"))
        ):
            break
        taken.append(bare)
        if bare != token:
            break
    while taken and (taken[-1] in _LINKS or taken[-1] == "the"):
        taken.pop()
    if not taken or (all(fold(word) in GENERIC_ORG_WORDS for word in core) and taken[0] not in ("of", "for")):
        return []
    if core[-1].lower() in ORG_NOUNS and taken[0] in ("of", "for"):
        return taken
    nouns = [index for index, word in enumerate(taken) if word.lower() in ORG_NOUNS]
    if not nouns:
        return []
    end = nouns[-1] + 1
    return taken if end < len(taken) and taken[end] in ("of", "for") else taken[:end]


def _longer_name(text: str, name: str) -> str | None:
    """The one longer name of an organisation that ``text`` writes around ``name``, or None.

    "Ford" in a text that says "Ford Motor Company"; "the Supreme Court" in one
    that says "the United States Supreme Court"; "Referral Hospital" where it is
    "Research and Referral Hospital"; a name glued to its possessor ("Turkey
    Disaster" of "Turkey's Disaster and Emergency Management Presidency") is the
    possessed body's.  Only longer names written before the short one counts (a
    text names a body in full first: "the Senate ... the U.S. Senate" are two);
    None where the text writes it in two longer ways.
    """
    core = org_name(name)
    if not core[:1].isupper() or core in COUNTRIES:
        return None  # a country is named in full
    found = _occurrences(text, core)
    owned = False
    if not found:  # "Turkey Disaster" for "Turkey's Disaster ..."
        words = core.split()
        plain = text.replace("’s ", "'s ")  # the same length
        for cut in range(1, len(words)):
            found = _occurrences(plain, " ".join(words[:cut]) + "'s " + " ".join(words[cut:]))
            if found:
                core, owned = " ".join(words[cut:]), True
                break
    longer = set()
    for match in found:
        before = [] if owned else _words_before(text, match.start())
        after = _words_after(text, match.end(), core.split())
        prefix = " ".join(before)
        if not (before or after):
            break  # written short before it is written long: the long one may be another body
        longer.add(" ".join([known_name(prefix) or prefix, core, *after]).strip())
    return longer.pop() if len(longer) == 1 else None


def _body_named(text: str, name: str) -> bool:
    """Whether a person-kind name is a body's: it ends in an organisation noun and opens with no
    common given name ("Emergency Management Presidency"), or the text writes it only with a
    possessive inside ("Turkey Disaster" of "Turkey's Disaster ...")."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[-1].lower() in ORG_NOUNS and fold(words[0]) not in _GIVEN_NAMES:
        return True
    return not _occurrences(text, name)


def _stems(name: str) -> frozenset[str]:
    """The folded words of an organisation's name, plurals made singular, connectors left out."""
    stems = set()
    for word in fold(org_name(name)).split():
        if word in NAME_CONNECTORS:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            word = word[:-1]
        stems.add(word)
    return frozenset(stems)


def _fuller_sibling(name: str, bodies: Sequence[str]) -> str | None:
    """The one other body of the document with the same organisation noun last and every word of
    ``name`` and more ("the Emergencies Ministry": the Emergency Situations Ministry), or None."""
    head = name.split()[-1].lower() if name.split() else ""
    mine = _stems(name)
    if head not in ORG_NOUNS or len(mine) < 2:
        return None
    found = {org_name(body) for body in bodies if body.split()[-1].lower() == head and _stems(body) > mine}
    return found.pop() if len(found) == 1 else None


def _location_only(text: str, name: str) -> bool:
    """Whether a country's name stands in the text only after a place and a comma ("Kobe, Japan")."""
    if name not in COUNTRIES:
        return False
    found = _occurrences(text, name)
    return bool(found) and all(
        re.search(r"[A-Z][\w’'-]+, $", text[max(0, m.start() - 40) : m.start()]) for m in found
    )


def _member_after(text: str, name: str) -> str | None:
    """The person an organisation-kind name ends in, where the text writes it after a role and "of"
    ("director of Amnesty International Jo Roe said": Jo Roe), or None.  The person's given name
    is a common one or a joined one ("Man-kei")."""
    words = name.split()
    if len(words) < 3 or not re.search(r"\b[a-z]+ of " + re.escape(name), text):
        return None
    role = re.search(r"\b([a-z]+) of " + re.escape(name), text)
    person = words[-2:]
    if role is None or role.group(1) not in ROLE_NOUNS or any(w.lower() in GENERIC_ORG_WORDS for w in person):
        return None
    if fold(person[0]) not in _GIVEN_NAMES and "-" not in person[0]:
        return None  # "head of Human Rights Watch": Rights is no given name
    return " ".join(person) if name_parts(" ".join(person)) is not None else None


def _owner(name: str) -> str | None:
    """The owner of a writing named as the speaker ("The Aviation Centre's database of airlines"), or None."""
    match = re.match(r"(.+?)['’]s\s+([a-z]+)\b", name)
    if match is None or match.group(2) not in _WRITINGS or not org_name(match.group(1))[:1].isupper():
        return None
    return match.group(1)


def _thing(text: str, name: str) -> bool:
    """Whether the text goes on from ``name`` with "which", as of a thing or a body, never of a person
    ("Solent Paper, which makes tissue, and …").

    >>> _thing("Solent Paper, which makes tissue, said so.", "Solent Paper")
    True
    >>> _thing("Jo Roe, who runs it, said so.", "Jo Roe")
    False
    """
    return re.search(re.escape(name) + r",?\s+which\b", text) is not None


def _brand(text: str, name: str) -> bool:
    """Whether a person-kind name is a body's: the text writes it also as one word ("WaveTracker"), or
    with one of its own words in brackets after it as its short name ("Northern Star Wrestling (Star)")."""
    words = name.split()
    if len(words) < 2:
        return False
    if _occurrences(text, "".join(words)):
        return True
    short = re.search(re.escape(name) + r"\s*\(([A-Z][\w-]+)\)", text)
    return short is not None and short.group(1) in words


def _titled_person(name: str) -> str | None:
    """The person's name in an organisation-kind title and full name ("Prosecutor Jane Roe QC")."""
    words = name.split()
    while words and words[-1].lower().rstrip(".") in POSTNOMINALS:
        words.pop()
    titles = 0
    while titles < len(words) and words[titles].lower().rstrip(".") in TITLE_WORDS | ROLE_NOUNS:
        titles += 1
    rest = words[titles:]
    if not titles or not 2 <= len(rest) <= 3 or any(not word[:1].isupper() for word in rest):
        return None
    if any(word.lower() in ORG_NOUNS for word in rest) or name_parts(" ".join(rest)) is None:
        return None
    return " ".join(rest)


_GIVEN_NAMES = frozenset(fold(name) for name in FIRST_NAMES)


def _plain_name(name: str) -> bool:
    """A person's full name and nothing else ("Nora Quill", not "Vladimir Putin's associates", nor
    a body's name ending in an organisation noun: "Coastal Rights Fund")."""
    words = name.split()
    if any(not word[:1].isupper() or word.endswith(("'s", "’s")) for word in words):
        return False
    if words[-1].lower() in ORG_NOUNS:
        return False
    return name_parts(name) is not None


def _common_given_name(name: str) -> bool:
    parts = name_parts(name)
    return _plain_name(name) and parts is not None and parts[0] in _GIVEN_NAMES


def _named_in_full(text: str, family: str, cache: dict[str, set[str]]) -> set[str]:
    """The full names in ``text`` whose family name is ``family`` (folded): "Wanda Vázquez" for "vazquz".

    A name at the start of a sentence counts only with a common given name
    ("Later Vázquez said" names no one Later).
    """
    if family not in cache:
        found: set[str] = set()
        for match in _NAME_BEFORE.finditer(text):
            if surname(match.group(2)) != family:
                continue
            given = match.group(1).split()[-1]  # "Governor Wanda Vázquez": Wanda
            at = match.start(1) + match.group(1).rfind(given)
            first = _given_before(text, at)  # "Judge Amy Berman Jackson": Amy Berman
            if first is not None:
                given, at = f"{first} {given}", at - len(first) - 1
            suffix = _SUFFIX_AFTER.match(text, match.end(2))
            full = f"{given} {match.group(2)}" + (f" {suffix.group(1)}" if suffix else "")
            parts = name_parts(full)
            if parts is None or parts[1] != family or fold(given.split()[0]) in NOT_GIVEN_NAMES:
                continue
            initial = not text[:at].rstrip(" \t\"“”‘'(").endswith(tuple("abcdefghijklmnopqrstuvwxyz,;:"))
            if not initial or parts[0] in _GIVEN_NAMES:
                found.add(full)
        cache[family] = found
    return cache[family]


def _given_before(text: str, at: int) -> str | None:
    """A common given name written just before the name word at ``at`` ("Amy" Berman Jackson), or None."""
    match = re.search(r"\b([A-Z][\w’'-]*) $", text[max(0, at - 40) : at])
    if match is None or fold(match.group(1)) not in _GIVEN_NAMES or fold(match.group(1)) in NOT_GIVEN_NAMES:
        return None
    return match.group(1)


_NAME_BEFORE = re.compile(r"(?=(\b[A-Z][\w’'.-]*\s+)([A-Z][\w’'-]+)\b)")
"""Two capitalised words (overlapping matches): a given name and the family name looked for."""
_SUFFIX_AFTER = re.compile(r",?\s+(Jr\.?|Sr\.?|II|III|IV)\b")
"""A generational suffix after a name: "Robert Downey Jr." is not Robert Downey."""


def linked_speakers(text: str, entries: Sequence[SpeakerEntry]) -> list[Linked]:
    """The name and kind each speaker entry of a document is linked under, in order."""
    kinds = [entry.kind for entry in entries]
    names = [entry.name for entry in entries]
    joint = {fold(org_name(entry.name)) for entry in entries if entry.kind is SpeakerKind.GROUP}
    in_groups = {fold(org_name(part)) for group in joint for part in split_conjuncts(group)}
    for index, entry in enumerate(entries):
        titled = _titled_person(entry.name) if entry.kind in _ORG_KINDS else None
        if entry.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.UNKNOWN) and _common_given_name(entry.name):
            kinds[index] = SpeakerKind.PERSON  # "Nora Quill", a joint attribution's member
        elif entry.kind is SpeakerKind.UNKNOWN and _plain_name(entry.name) and not _thing(text, entry.name):
            kinds[index] = SpeakerKind.PERSON
        elif entry.kind is SpeakerKind.UNKNOWN and fold(org_name(entry.name)) in in_groups:
            # "UNICEF" of "the WHO and UNICEF": no person's name; "Democrats" of "Democrats and
            # Republicans": a party's members, a group
            kinds[index] = SpeakerKind.GROUP if _partisans(entry.name) else SpeakerKind.ORGANIZATION
        elif entry.kind in _ORG_KINDS and _unnamed(text, entry.name):
            kinds[index] = SpeakerKind.GROUP  # "State media", "Egyptologists"
        elif titled is not None and entry.kind is not SpeakerKind.OUTLET:
            kinds[index], names[index] = SpeakerKind.PERSON, titled  # "Prosecutor Jane Roe QC"
        elif entry.kind is SpeakerKind.PERSON and _brand(text, entry.name):
            kinds[index] = SpeakerKind.ORGANIZATION  # "Wave Tracker" written "WaveTracker"
        elif entry.kind is not SpeakerKind.PERSON and _location_only(text, entry.name):
            kinds[index] = SpeakerKind.UNKNOWN  # "Okinawa, Japan": a place, linked to no one
        elif entry.kind is SpeakerKind.ORGANIZATION and (member := _member_after(text, entry.name)):
            kinds[index], names[index] = SpeakerKind.PERSON, member  # "director of Acme Jo Roe"
        owner = _owner(entry.name)
        if owner is not None:
            names[index] = owner  # "the Centre's database of carriers": the Centre
    families: dict[str, set[str]] = {}
    for name, kind in zip(names, kinds, strict=True):
        parts = name_parts(name) if kind is SpeakerKind.PERSON else None
        if parts is not None:
            families.setdefault(parts[1], set()).add(name)
    persons = {fold(name) for name, kind in zip(names, kinds, strict=True) if kind is SpeakerKind.PERSON}
    defined: dict[str, str] | None = None
    in_text: dict[str, set[str]] = {}
    linked = []
    for entry, name, kind in zip(entries, names, kinds, strict=True):
        if kind is SpeakerKind.GROUP or kind is SpeakerKind.UNNAMED:
            linked.append(Linked(name, kind))
            continue
        alone = surname(name) if kind is not SpeakerKind.OUTLET and not _body_alone(name, kind) else None
        if alone is not None:
            fulls = families.get(alone) or _full_names(_named_in_full(text, alone, in_text))
            if len(fulls) == 1:
                linked.append(Linked(next(iter(fulls)), SpeakerKind.PERSON))
                continue
        if kind is SpeakerKind.PERSON and _body_named(text, name):
            body = _longer_name(text, name)
            if body is not None and body.split()[-1].lower() in ORG_NOUNS:
                linked.append(Linked(known_name(body) or body, SpeakerKind.ORGANIZATION))
                continue
        if kind not in _ORG_KINDS and not (kind is SpeakerKind.PERSON and outlet_name(name, kind)):
            linked.append(Linked(name, kind))
            continue
        outlet = outlet_name(name, kind)
        if outlet is not None:
            linked.append(Linked(outlet, SpeakerKind.OUTLET, _other(name, outlet)))
            continue
        organisation = kind if kind is not SpeakerKind.UNKNOWN else SpeakerKind.ORGANIZATION
        acronym = _acronym(name)
        full = None
        if acronym is not None:
            if defined is None:
                defined = acronym_definitions(text)
            full = defined.get(acronym) or next(
                (other.name for other in entries if other is not entry and initials(other.name) == acronym),
                None,
            )
        full = full or known_name(name)
        longer = None
        if full is None:  # not remembered: "the Supreme Court" elsewhere may be another court
            bodies = [n for n, k in zip(names, kinds, strict=True) if k in _ORG_KINDS and n != name]
            longer = _fuller_sibling(name, bodies) or _longer_name(text, name)
            if longer is not None and fold(org_name(longer)) in joint:
                longer = None  # "UNICEF" of "the WHO and UNICEF said": a member, not a longer name
            if longer is not None and _body_alone(name, kind) and fold(longer) in persons:
                longer = None  # "Twitter", not the "Wilayat Twitter" a text names as a person
        if full is not None:
            shown = known_name(full) or full
            linked.append(Linked(shown, organisation, _other(name, shown)))
        elif longer is not None:
            linked.append(Linked(known_name(longer) or longer, organisation))
        else:
            if defined is None:
                defined = acronym_definitions(text)
            # "the Harbour Safety Board (HSB) said": a later article's "the HSB" is this body
            own = fold(org_name(name))
            short = next((a for a, full in defined.items() if fold(full) == own), None)
            linked.append(Linked(name, kind, short))
    return linked


def _body_alone(name: str, kind: SpeakerKind) -> bool:
    """Whether a speaker not typed a person is a well-known body or a country by its one-word name
    (``Twitter``, ``Malawi``; ``lexicons/known_bodies.txt``): no surname of a person the document
    names (``Wilayat Twitter``, a nickname a text may tag as one)."""
    return kind is not SpeakerKind.PERSON and is_body_name(name.split())


def _full_names(names: set[str]) -> set[str]:
    """One name of each person among ``names`` (names of one person differ only in titles or spacing)."""
    by_parts: dict[tuple[str, str], str] = {}
    for name in sorted(names, key=len):
        parts = name_parts(name)
        if parts is not None:
            by_parts.setdefault(parts, name)
    return set(by_parts.values())


def _other(name: str, linked: str) -> str | None:
    """``name`` where it is another name than ``linked`` (to remember), else None."""
    return name if fold(org_name(name)) != fold(org_name(linked)) else None
