"""The outlet lexicon: which names in a text are news organisations.

A curated list of wire agencies, broadcasters and newspapers ships in
``lexicons/outlets.txt`` (one outlet a line: canonical name, then aliases,
separated by ``|``).  :meth:`OutletLexicon.find` reports every outlet a
parsed text names: the listed ones, matched word for word, and unlisted ones
recognised from their surroundings: ``news agency X``, ``X news agency``,
``the X newspaper`` (or daily, broadcaster, ...), an organisation that
``reported``, and an organisation whose name ends like a masthead (``the
Denver Post``).

>>> lexicon = OutletLexicon.default()
>>> lexicon.canonical("Agence France-Presse")
'AFP'
>>> lexicon.canonical("the Associated Press"), lexicon.canonical("AP")
('Associated Press', 'Associated Press')
>>> lexicon.canonical("Ministry of Defence") is None
True
>>> lexicon.extended(["Daily Planet | The Planet"]).canonical("The Planet")
'Daily Planet'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

import attrs
import numpy
import spacy
from rapidfuzz.distance import OSA, Indel
from spacy.attrs import ENT_IOB, LOWER, POS
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .errors import LexiconError
from .wordlists import words as word_list

SEPARATOR = "|"
"""Separates a canonical name from its aliases in a lexicon line."""

OUTLET_NOUNS = word_list("outlet_nouns")
"""Words that say a name is a news organisation (``the Asahi newspaper``)."""

ANAPHOR_NOUNS = word_list("outlet_anaphors")
"""Head nouns of a phrase that points back at an outlet (``the report``, ``state media``)."""

EDITORIAL_NOUNS = word_list("editorial_nouns")
"""What an outlet speaks in with its own voice (``editorial``, ``editors``): see :func:`editorial_voice`."""
_EDITORIAL_PARTS = frozenset({"board", "page", "pages", "writers"})

_OFFICIAL = word_list("state_media")
_DEFINITE = frozenset({"the", "this", "that"})
_DESCRIPTORS = frozenset({"newspaper", "daily", "broadcaster", "tabloid", "weekly", "magazine"})
"""``the Asahi newspaper``: the name comes before."""
_NAME_AFTER = frozenset({"broadcaster", "newspaper", "tabloid"})
"""``broadcaster NHK``: the name follows (so does it after ``news agency``, ``wire service``)."""
_SERVICES = frozenset({"agency", "service"})
_TRIGGER_IDS = numpy.array(
    sorted(get_string_id(word) for word in {*_DESCRIPTORS, *_NAME_AFTER, *_SERVICES}), dtype=numpy.uint64
)
"""The LOWER hashes of the outlet words, sorted (for a binary search)."""
_MASTHEAD_ENDS = word_list("masthead_ends")
_MASTHEAD_LAST_IDS = frozenset(get_string_id(word.lower()) for word in {*_MASTHEAD_ENDS, "the", "'s", "’s"})
"""The LOWER hashes of the words a masthead name can end with (see :func:`_masthead`)."""
_NOT_OUTLET_HEADS = word_list("org_nouns") - {"network"}
"""A subject of ``reported`` whose name holds one of these is an organisation, not an outlet
(the organisation nouns, less ``network``, which more often ends a broadcaster's name)."""


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class OutletEntry:
    """One outlet of the lexicon: its canonical name and the other names it goes by."""

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, then the aliases."""
        return (self.name, *self.aliases)

    @property
    def shown(self) -> str:
        """The outlet's own name: the canonical name :func:`without_descriptor`.  ``Time magazine``
        is listed so that the word "Time" alone is not taken for the outlet, but the magazine is
        called ``Time``."""
        return without_descriptor(self.name)


def without_descriptor(name: str) -> str:
    """An outlet's name without a last word in lower case that says what the outlet is.

    >>> without_descriptor("Time magazine"), without_descriptor("Discover Magazine")
    ('Time', 'Discover Magazine')
    """
    head, _, last = name.rpartition(" ")
    return head if head and last in _DESCRIPTORS else name


@attrs.frozen
class OutletMention:
    """An outlet named in a text: ``text[start:end]`` names the outlet ``name``.

    ``known`` tells whether the name is in the lexicon (True) or was
    recognised from its surroundings (False).
    """

    name: str
    start: int
    end: int
    known: bool = True


def _entries(value: Iterable[OutletEntry]) -> tuple[OutletEntry, ...]:
    return tuple(value)


def parse_lines(lines: Iterable[str], origin: str = "outlets") -> tuple[OutletEntry, ...]:
    """Entries from lexicon lines (``Name | alias | alias``; ``#`` starts a comment).

    >>> parse_lines(["Reuters", "AP | Associated Press  # wire"])
    (OutletEntry(name='Reuters', aliases=()), OutletEntry(name='AP', aliases=('Associated Press',)))
    """
    entries = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        names = [part.strip() for part in line.split(SEPARATOR)]
        if not all(names):
            raise LexiconError(f"{origin}:{number}: empty name in {raw.strip()!r}")
        entries.append(OutletEntry(names[0], tuple(names[1:])))
    return tuple(entries)


def _strip_article(name: str) -> str:
    return name[4:] if name[:4] in ("the ", "The ") else name


@attrs.frozen
class OutletLexicon:
    """Outlets by canonical name and alias; immutable, extend with :meth:`extended`.

    The spaCy matchers are built on first use, once per vocab.
    """

    entries: tuple[OutletEntry, ...] = attrs.field(default=(), converter=_entries)
    _table: dict[str, str] = attrs.field(init=False, repr=False, eq=False)
    _matchers: dict[int, tuple[Vocab, PhraseMatcher]] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )
    _one_words: dict[str, tuple[str, ...]] = attrs.field(init=False, repr=False, eq=False)
    """The one-word names (aliases too), by their first letter: see :meth:`misspelt`."""

    @_table.default
    def _build_table(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for entry in self.entries:
            for name in entry.names:
                for key in (name, _strip_article(name), name.casefold(), _strip_article(name).casefold()):
                    table.setdefault(key, entry.shown)
        return table

    @_one_words.default
    def _build_one_words(self) -> dict[str, tuple[str, ...]]:
        by_letter: dict[str, list[str]] = {}
        for entry in self.entries:
            for name in entry.names:
                word = _strip_article(name)
                if " " not in word and len(word) >= _MISSPELT_LENGTH - 1 and word.isalpha():
                    by_letter.setdefault(word[0], []).append(word)
        return {letter: tuple(names) for letter, names in by_letter.items()}

    def misspelt(self, word: str) -> str | None:
        """The canonical name of the one listed outlet whose one-word name ``word`` misspells by a
        letter left out, added or swapped with the next (``Politco``, ``MNSBC``), in the same case
        and with the same first letter; None for a listed name, its plural (``Politicos`` are
        people), a word of fewer than six letters (five in capitals), another change (``Forbus`` is
        no ``Forbes``), or two outlets.

        >>> lexicon = OutletLexicon.default()
        >>> lexicon.misspelt("Politco"), lexicon.misspelt("MNSBC"), lexicon.misspelt("Politicos")
        ('Politico', 'MSNBC', None)
        """
        shortest = _MISSPELT_LENGTH - 1 if word.isupper() else _MISSPELT_LENGTH
        if len(word) < shortest or not word.isalpha() or word in self._table:
            return None
        found = {
            self._table[name]
            for name in self._one_words.get(word[0], ())
            if name.isupper() == word.isupper()
            and word.lower() not in (name.lower() + "s", name.lower() + "es")  # "Politicos": people
            and abs(len(name) - len(word)) <= 1
            and (
                Indel.distance(name, word, score_cutoff=1) <= 1
                or (sorted(name) == sorted(word) and OSA.distance(name, word, score_cutoff=1) <= 1)
            )
        }
        return found.pop() if len(found) == 1 else None

    @classmethod
    def default(cls) -> OutletLexicon:
        """The bundled lexicon (``quotrack/lexicons/outlets.txt``), shared by every caller."""
        return _default_lexicon()

    def extended(self, entries: Iterable[str] | str | Path) -> OutletLexicon:
        """A new lexicon with more outlets: lexicon lines, or the path of a file of them.

        A line whose canonical name is already known adds its aliases to that outlet.
        """
        if isinstance(entries, Path) or (isinstance(entries, str) and Path(entries).is_file()):
            try:
                lines: Iterable[str] = Path(entries).read_text("utf-8").splitlines()
            except OSError as error:
                raise LexiconError(f"cannot read the outlet file {entries}: {error}") from error
            origin = str(entries)
        else:
            lines = [entries] if isinstance(entries, str) else entries
            origin = "outlets"
        merged = {entry.name: list(entry.aliases) for entry in self.entries}
        for entry in parse_lines(lines, origin):
            aliases = merged.setdefault(entry.name, [])
            aliases.extend(alias for alias in entry.aliases if alias not in aliases)
        return OutletLexicon(tuple(OutletEntry(name, tuple(aliases)) for name, aliases in merged.items()))

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.canonical(name) is not None

    def canonical(self, name: str) -> str | None:
        """The name (:attr:`OutletEntry.shown`) of the outlet called ``name``, or None if it is not listed.

        >>> OutletLexicon.default().canonical("TIME magazine")
        'Time'
        """
        name = " ".join(name.split()).removesuffix("'s").removesuffix("’s")
        for key in (name, _strip_article(name), name.casefold(), _strip_article(name).casefold()):
            if key in self._table:
                return self._table[key]
        return None

    # -- finding outlets in a parsed text -------------------------------------
    def _matcher(self, vocab: Vocab) -> PhraseMatcher:
        cached = self._matchers.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1]
        phrases = PhraseMatcher(vocab, attr="ORTH")
        for entry in self.entries:
            patterns = [_pattern_doc(vocab, variant) for name in entry.names for variant in _variants(name)]
            phrases.add(entry.shown, patterns)
        self._matchers[id(vocab)] = (vocab, phrases)
        return phrases

    def find(
        self,
        doc: Doc,
        entities: Sequence[Span] | None = None,
        lower: numpy.ndarray | None = None,
        text: str | None = None,
    ) -> tuple[OutletMention, ...]:
        """Every outlet ``doc`` names, in text order, without overlaps.

        A name, listed or not, that is also the surname of a person in the
        text (``Bloomberg`` beside ``Michael Bloomberg``) is not taken.
        ``entities`` (``doc.ents``), ``lower`` (``doc.to_array(LOWER)``) and
        ``text`` (``doc.text``) are passed when the caller has them at hand,
        so they are not read again.
        """
        phrases = self._matcher(doc.vocab)
        ents = doc.ents if entities is None else entities
        labels = [ent.label_ for ent in ents]  # read once: each read looks the label up anew
        people = [ent for ent, label in zip(ents, labels, strict=True) if label == "PERSON"]
        surnames = {ent[-1].text for ent in people if len(ent) > 1} | {
            ent[-2].text for ent in people if len(ent) > 2 and ent[-1].lower_ in ("'s", "’s")
        }
        person_at = {i: ent for ent in people for i in range(ent.start, ent.end)}
        found: list[tuple[OutletMention, int]] = []
        strings = doc.vocab.strings
        for match_id, start, end in phrases(doc):
            if end - start == 1 and doc[start].text in surnames and not _named_as_a_body(doc[start]):
                continue
            person = person_at.get(start)
            if person is not None and end <= person.end and len(person) > end - start:
                continue
            if _channel_number(doc, end):  # "ABC 7", "NBC 4": a local station of the network
                found.append((self._mention(doc[start : end + 1], text), 2))
                continue
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            span = doc[start:end]
            found.append((OutletMention(strings[match_id], span.start_char, span.end_char, True), 2))
        lower = doc.to_array(LOWER) if lower is None else lower
        for words in _described_names(doc, lower):
            found.append((self._mention(words, text), 1))
        for words in _named_by_role(doc, lower):
            found.append((self._mention(words, text), 1))
        # each entity's last word, read at once: an entity that ends like no masthead is not read
        last_words = lower[[ent.end - 1 for ent in ents]].tolist() if len(ents) else []
        for ent, label, last in zip(ents, labels, last_words, strict=True):
            if len(ent) == 1 and ent[0].text in surnames and not _named_as_a_body(ent[0]):
                continue  # "Roe reports investments in …" beside "Ann Roe": the person, tagged ORG
            if len(ent) == 1 and label in ("ORG", "PERSON"):
                misspelt = self.misspelt(ent[0].text)
                if misspelt is not None:  # "Politco says": Politico, misspelt
                    found.append((OutletMention(misspelt, ent.start_char, ent.end_char, True), 1))
                    continue
            if (label == "ORG" and _looks_like_outlet(ent)) or (
                label in _MISREAD_LABELS and last in _MASTHEAD_LAST_IDS and _masthead(ent)
            ):  # "Manila Bulletin" read as a person
                found.append((self._mention(ent, text), 0))
        # a misspelt name the tagger read as no entity ("MNSBC suggested"): its proper nouns in no
        # entity, picked with numpy (not a Token built for every word)
        tags = doc.to_array([POS, ENT_IOB])
        for i in numpy.flatnonzero((tags[:, 0] == PROPN) & (tags[:, 1] == _OUTSIDE)).tolist():
            token = doc[i]
            misspelt = self.misspelt(token.text) if token.is_alpha else None
            if misspelt is not None:
                found.append((OutletMention(misspelt, token.idx, token.idx + len(token.text), True), 0))
        return _named_throughout(_without_overlaps(found), doc.text if text is None else text)

    def _mention(self, span: Span, text: str | None = None) -> OutletMention:
        if len(span) > 1 and span[-1].lower_ in ("'s", "’s"):
            span = span[:-1]  # "the Denver Post's": the outlet is "the Denver Post"
        named = span[1:] if span[0].lower_ == "the" and len(span) > 1 else span
        # (Span.text joins its tokens anew: the doc's text cut at the span's offsets is the same)
        name = named.text if text is None else text[named.start_char : named.end_char]
        canonical = self.canonical(name)
        return OutletMention(canonical or name, span.start_char, span.end_char, canonical is not None)


_HIS = frozenset({"he", "his", "him"})


def _named_as_a_body(token: Token) -> bool:
    """Whether the outlet's name ``token``, also a person's surname, is the subject of a clause
    that then speaks of it as a body: the first of ``its``, ``it`` as the subject of a verb other
    than ``be``, and ``he``/``his``/``him`` after it in its sentence is one of the first two
    (``Acme says its reporting found …``, ``Acme says it started …``; not ``Acme says his …``,
    ``Acme said it was time``)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for word in token.doc[token.i + 1 : token.sent.end]:
        lower = word.lower_
        if lower == "its" or (lower == "it" and word.dep_ == "nsubj" and word.head.lemma_ != "be"):
            return True
        if lower in _HIS:
            return False
    return False


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> OutletLexicon:
    text = resources.files("quotrack.lexicons").joinpath("outlets.txt").read_text("utf-8")
    return OutletLexicon(parse_lines(text.splitlines(), "outlets.txt"))


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    return spacy.blank("en").tokenizer


def _pattern_doc(vocab: Vocab, name: str) -> Doc:
    tokens = _tokenizer()(name)
    return Doc(vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])


def _variants(name: str) -> tuple[str, ...]:
    """``The Hill`` must keep its article (either case); other names match bare."""
    if name.startswith("The "):
        return (name, "the " + name[4:])
    return (name,)


def _channel_number(doc: Doc, end: int) -> bool:
    """Whether the word at ``end``, right after a listed outlet's name, is a channel's number of
    one or two digits (``ABC 7 is reporting``), not a count or a year (``CBS 12 percent``)."""
    if end >= len(doc) or not doc[end].text.isdigit() or len(doc[end].text) > 2:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or not (after.like_num or after.pos_ in ("NOUN", "PROPN", "NUM"))


def _described_names(doc: Doc, lower: numpy.ndarray) -> Iterator[Span]:
    """Names an outlet word introduces: ``news agency X``, ``the X newspaper``, ``X news agency``;
    not a place before the word (``a Lisbon newspaper``: a paper of the place, unnamed).

    Only the few outlet words of the text are looked at (found with numpy in
    ``lower``, the LOWER hash of each token).
    """
    at = numpy.minimum(numpy.searchsorted(_TRIGGER_IDS, lower), len(_TRIGGER_IDS) - 1)
    for i in numpy.flatnonzero(_TRIGGER_IDS[at] == lower).tolist():  # numpy.isin, by binary search
        word = doc[i]
        lower = word.lower_
        before = doc[i - 1].lower_ if i > 0 else ""
        named_after = lower in _NAME_AFTER or (lower in _SERVICES and before in ("news", "wire"))
        if named_after:
            end = i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            if end > i + 1 and not (lower in _ALSO_A_JOB and _one_persons_name(doc[i + 1 : end])):
                yield doc[i + 1 : end]
                continue
        if lower in _SERVICES and before == "news":
            last = i - 2  # "the Xinhua news agency"
        elif lower in _DESCRIPTORS and word.pos_ == "NOUN":
            last = i - 1  # "the Asahi newspaper"
        else:
            continue
        start = last + 1
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start <= last and (
            (start > 0 and doc[start - 1].lower_ in ("a", "an", "another"))
            or all(t.ent_type_ in _PLACE_LABELS for t in doc[start : last + 1])
        ):
            continue  # "a Lisbon newspaper", "the Texas daily": where it is, not its name
        if start <= last:
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            yield doc[start : last + 1]


_APPOSED_OUTLETS = frozenset({"newspaper", "paper", "daily", "tabloid", "weekly", "magazine", "broadcaster"})
"""Nouns that say what a name set beside them is (``the Harbor Ledger, a daily newspaper``)."""
_MEDIUM_WORDS = frozenset({"news", "television", "tv", "radio", "cable"})
_MEDIUM_NOUNS = frozenset({"agency", "site", "website", "network", "station", "channel", "service", "outlet"})
"""``a news agency``, ``a radio station``: a medium's word before one of these makes it an outlet."""
OUTLET_ROLE_NOUNS = _APPOSED_OUTLETS | _MEDIUM_NOUNS
"""Nouns that describe a name as an outlet's right before it (``the business news site Ledgerline``)."""
_ROLE_IDS = numpy.array(
    sorted(
        get_string_id(word)
        for word in {*_APPOSED_OUTLETS, *_MEDIUM_NOUNS, *EDITORIAL_NOUNS, *_EDITORIAL_PARTS}
    ),
    dtype=numpy.uint64,
)


def _named_by_role(doc: Doc, lower: numpy.ndarray) -> Iterator[Span]:
    """Names the text says are an outlet's by what it sets beside them or gives them: ``the Harbor
    Ledger, a daily newspaper``, ``a Dover newspaper, the Harbor Ledger``, ``a news agency, Tidewire``
    (an apposition), and ``the editors of the Harbor Ledger``, ``the Harbor Ledger's editorial board``
    (its editorial voice, see :func:`editorial_voice`).  The name is proper nouns, none a place.
    """
    at = numpy.minimum(numpy.searchsorted(_ROLE_IDS, lower), len(_ROLE_IDS) - 1)
    for i in numpy.flatnonzero(_ROLE_IDS[at] == lower).tolist():
        word = doc[i]
        if word.pos_ != "NOUN":
            continue
        if word.lower_ in EDITORIAL_NOUNS or (
            word.lower_ in _EDITORIAL_PARTS and any(c.lower_ == "editorial" for c in word.lefts)
        ):
            owner = next((c for c in word.children if c.dep_ == "poss"), None)
            if owner is None:
                of = next((c for c in word.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            name = _proper_name(owner) if owner is not None else None
        elif _outlet_role(word):
            name = _proper_name(word.head) if word.dep_ == "appos" else None
            if name is None:
                apposed = next((c for c in word.rights if c.dep_ == "appos"), None)
                name = _proper_name(apposed) if apposed is not None else None
        else:
            continue
        if name is not None:
            yield name


def _outlet_role(noun: Token) -> bool:
    """``a daily newspaper``, ``a news agency``, ``the radio station``: a noun that says a name is
    a news organisation, with an article before it."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children):
        return False
    if noun.lower_ in _APPOSED_OUTLETS:
        return True
    return noun.lower_ in _MEDIUM_NOUNS and any(c.lower_ in _MEDIUM_WORDS for c in noun.lefts)


def _proper_name(token: Token) -> Span | None:
    """The name of proper nouns ``token`` heads (with ``the`` before it), if it is no person's
    and no place's; None for any other word."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", *_PLACE_LABELS):
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head.i == token.i:
        start -= 1
    if start > 0 and token.doc[start - 1].lower_ == "the":
        start -= 1
    return token.doc[start : token.i + 1]


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})

_ALSO_A_JOB = frozenset({"broadcaster"})
"""Outlet words that also name a person's work: ``broadcaster Jane Roe`` is a person."""


def _one_persons_name(run: Span) -> bool:
    """``run`` is a person's name of two words or more, all read as PERSON (the parser may
    take the job word before it into the name)."""
    return len(run) > 1 and all(t.ent_type_ == "PERSON" for t in run)


_OUTSIDE = 2
"""``ENT_IOB`` of a word in no entity (``O``)."""
_MISSPELT_LENGTH = 6
"""The fewest letters of a word read as a listed outlet's name misspelt (one fewer in capitals)."""
_MISREAD_LABELS = frozenset({"PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART"})
"""Entity labels the small models give a masthead name now and then."""


def _masthead(ent: Span) -> bool:
    """A name of proper nouns that ends like a masthead: ``the Denver Post``, ``Manila Bulletin``."""
    last = ent[-1] if len(ent) else None
    if last is not None and last.lower_ not in ("the", "'s", "’s") and last.text not in _MASTHEAD_ENDS:
        return False  # the usual name: its last word ends no masthead (its other words are not read)
    words = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
    return len(words) > 1 and words[-1].text in _MASTHEAD_ENDS and all(t.pos_ == "PROPN" for t in words)


def _looks_like_outlet(ent: Span) -> bool:
    """An ORG that ``reported`` (and is no ministry or bank), or that ends like a masthead."""
    if _masthead(ent):
        return True
    root = ent.root
    if root.dep_ != "nsubj":  # the usual case: no need to look at its words or its verb
        return False
    words = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
    if not words:
        return False
    verb = root.head
    return (
        not (len(words) == 1 and root.tag_ in ("NNS", "NNPS"))  # "Egyptologists have reported"
        and verb.lemma_ == "report"
        and not any(child.dep_ == "dobj" for child in verb.children)
        and not any(t.lower_.rstrip(".") in _NOT_OUTLET_HEADS for t in words)
    )


def _named_throughout(mentions: tuple[OutletMention, ...], text: str) -> tuple[OutletMention, ...]:
    """``mentions`` with every place the text writes an unlisted outlet's name that it shows to be
    one somewhere (``The Advocate had chided …`` before ``the editors of The Advocate``), so that a
    later ``the newspaper's editorial`` points back to the nearest; a one-word name the text
    writes with a capital ``The`` inside a sentence keeps it (``The Advocate``, not ``Advocate``).
    Not a short form of another outlet the text names (``Post`` of ``The Washington Post``), which
    the outlets resolver reads as that outlet."""
    short = {m.name for m in mentions if any(o.name.endswith(" " + m.name) for o in mentions)}
    names = {m.name for m in mentions if not m.known and m.name[:1].isupper()} - short
    if not names:
        return mentions
    found = list(mentions)
    for name in sorted(names):
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(match.start() < m.end and m.start < match.end() for m in found):
                found.append(OutletMention(name, match.start(), match.end(), False))
    articled = {
        name
        for name in names
        if " " not in name and re.search(rf"[^.!?\s]\s+The {re.escape(name)}\b", text) is not None
    }
    return tuple(
        attrs.evolve(m, name=f"The {m.name}") if m.name in articled else m
        for m in sorted(found, key=lambda m: m.start)
    )


def _without_overlaps(found: list[tuple[OutletMention, int]]) -> tuple[OutletMention, ...]:
    """Keep listed names first, then longer ones; drop any mention overlapping a kept one."""
    ranked = sorted(found, key=lambda item: (-item[1], -(item[0].end - item[0].start), item[0].start))
    kept: list[OutletMention] = []
    for mention, _ in ranked:
        if not any(mention.start < other.end and other.start < mention.end for other in kept):
            kept.append(mention)
    return tuple(sorted(kept, key=lambda m: m.start))


def editorial_voice(words: Sequence[str]) -> bool:
    """Whether the lower-case ``words`` end in what an outlet speaks in with its own voice: ``the
    editorial board``, ``the newspaper's editorial``, ``its editors`` (lexicons/editorial_nouns.txt).

    >>> editorial_voice(["the", "editorial", "board"]), editorial_voice(["the", "school", "board"])
    (True, False)
    """
    if not words:
        return False
    if words[-1] in EDITORIAL_NOUNS:
        return True
    return len(words) > 1 and words[-1] in _EDITORIAL_PARTS and words[-2] == "editorial"


def is_outlet_anaphor(span: Span) -> bool:
    """Whether ``span`` points back at an outlet named before: ``the report``, ``state media``,
    ``the editorial board`` and ``the newspaper's editorial`` (its voice, :func:`editorial_voice`).

    No proper noun may be in it (``the Pentagon report`` is another source).
    """
    tokens = [t for t in span if not t.is_punct]
    if not tokens or any(t.pos_ == "PROPN" for t in tokens):
        return False
    if tokens[0].lower_ in _DEFINITE and editorial_voice([t.lower_ for t in tokens]):
        return True  # ("the newspaper's editorial board": the outlet named before)
    head = tokens[-1]
    if head.lower_ not in ANAPHOR_NOUNS and head.lemma_.lower() not in ANAPHOR_NOUNS:
        return False
    words = {t.lower_ for t in tokens[:-1]}
    return tokens[0].lower_ in _DEFINITE or bool(words & _OFFICIAL)


def is_outlet_token(token: Token) -> bool:
    """Whether ``token`` is a word that names a kind of news organisation (``agency``)."""
    return token.lower_ in OUTLET_NOUNS


_SPOKEN_ON = frozenset({"on", "to"})
"""``said on CNN``, ``said to the Times``."""
_TALK_WITH = frozenset({"speak", "talk", "interview"})
LISTENER_CUES = frozenset({"tell", "inform", "assure", "warn", "remind", "advise", "promise"})
"""Cues whose object is the one told (``told supporters``, ``reminded the audience``), never the
speaker: :func:`audience` names it."""


def as_reported_by(verb: Token) -> bool:
    """``as reported by X``: a passive aside with "as" and an agent, hung on another verb."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
    )


def reported_asides(clause: Token) -> list[Token]:
    """The ``as reported by X`` asides the parser hung on a reported clause before its words."""
    return [c for c in clause.lefts if as_reported_by(c)]


def audience(verb: Token) -> Iterator[Token]:
    """Heads of the phrases a reporting verb names its audience or medium with.

    ``told X`` (``reminded X``: :data:`LISTENER_CUES`), ``said on X``, ``said in an interview
    with X``, ``spoke with X``, ``said — as reported by X —``: the X.
    """
    lemma = verb.lemma_  # (each child's dependency and word, and the verb's lemma, read once)
    for child in verb.children:
        dep = child.dep_
        if dep in ("dobj", "dative", "iobj"):
            if lemma in LISTENER_CUES:
                yield child
            continue
        if dep == "ccomp":  # the asides on what it says, before its words ("said — as reported by X — A")
            asides = reported_asides(child)
        elif dep == "advcl" and as_reported_by(child):
            asides = [child]
        elif dep == "prep":
            word = child.lower_
            if (word in _SPOKEN_ON and verb.lower_ != "according") or (
                word == "with" and lemma in _TALK_WITH
            ):
                yield from (c for c in child.children if c.dep_ == "pobj")
            elif word in ("in", "during"):
                for pobj in (c for c in child.children if c.dep_ == "pobj" and c.lemma_ == "interview"):
                    for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("with", "on")):
                        yield from (c for c in prep.children if c.dep_ == "pobj")
            continue
        else:
            continue
        for aside in asides:
            for agent in (c for c in aside.children if c.dep_ == "agent"):
                yield from (c for c in agent.children if c.dep_ == "pobj")


def unlisted_outlet(head: Token) -> Span | None:
    """The organisation ``head`` stands in, when it may be a news outlet: ``France 24``, ``the Irish Times``.

    An ORG entity, or a proper name with a media word (``Radio Kiku``), that
    is no ministry, court, party or the like.
    """
    doc = head.doc
    if head.ent_type_ == "ORG" or (head.ent_type_ and doc[head.i - 1].ent_type_ == "ORG"):
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = head.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
    elif head.pos_ == "PROPN" and any(is_outlet_token(t) for t in head.subtree):
        span = doc[head.left_edge.i : head.i + 1]
    else:
        return None
    words = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
    if not words or any(t.lower_.rstrip(".") in _NOT_OUTLET_HEADS for t in words):
        return None
    return span
