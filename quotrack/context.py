"""DocContext: the facts about one parsed text that every detector shares.

Built once per Doc, so the quote-mark scan, the paragraph split and the
sentence index are computed once however many detectors run.

>>> import spacy
>>> doc = spacy.blank("en")('Smith said, "We will win."\\nShare this')
>>> ctx = DocContext(doc)
>>> [ctx.text[q.start:q.end] for q in ctx.quotations]
['We will win.']
>>> ctx.kind_of(((12, 24),)).value
'direct'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import attrs
import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IDX, LEMMA, LOWER, POS, SENT_START, SPACY
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from .cues import CueLexicon
from .errors import LexiconError
from .model import Kind, TextSpan
from .outlets import OutletLexicon
from .quotemarks import Quotation, find_quotations, paragraphs

_LABEL_END = re.compile(r"[:\u2013\u2014|]")
"""Ends the label of a line: ``Related: ...``, ``Read more – ...``."""


@functools.cache
def list_labels() -> frozenset[str]:
    """Labels that open a list of other stories (``lexicons/furniture.txt``), case-folded.

    >>> "related stories" in list_labels()
    True
    """
    text = resources.files("quotrack.lexicons").joinpath("furniture.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip().casefold() for line in text.splitlines())
    return frozenset(line for line in lines if line)


_T = TypeVar("_T")

_EDGE_MARKS = " ,;:-–—\"'`“”‘’«»„"
"""What :meth:`DocContext.trimmed` strips from a span's edges (with spaces and invisible characters)."""

_MISSING: Any = object()
"""Not in a cache (None is a value that can be kept)."""

_TABLE_ATTRS = (LEMMA, POS, LOWER, DEP, ENT_TYPE)
"""The token attributes :meth:`DocContext.column` serves."""

_SENTENCE_ENDS = (".", "!", "?", "…")
_CLOSING_MARKS = "\"'”’»)]"
"""What may follow a sentence's final mark: ``He won."``, ``(He won.)``."""


LexiconEntries = Iterable[str] | str | Path
"""Additions to a lexicon: entry lines, one line, or the path of a file of them."""


@attrs.frozen
class Lexicons:
    """The word lists a run uses, carried on every :class:`DocContext` (``ctx.lexicons``).

    A detector or resolver reads ``ctx.lexicons.cues`` (reporting verbs and
    their frames) and ``ctx.lexicons.outlets`` (news outlets) unless it was
    given its own, so one built by name and one passed as an instance see
    the same settings.

    >>> Lexicons.build(cues=["quip speech"]).cues.frames("quip")
    frozenset({'speech'})
    >>> Lexicons.build(cues=["quip"])
    Traceback (most recent call last):
    ...
    quotrack.errors.LexiconError: cues:1: expected 'LEMMA FRAME' with FRAME in ...
    """

    cues: CueLexicon = attrs.field(factory=CueLexicon.default)
    outlets: OutletLexicon = attrs.field(factory=OutletLexicon.default)

    @classmethod
    def default(cls) -> Lexicons:
        """The bundled lexicons, shared by every caller."""
        return _default_lexicons()

    @classmethod
    def build(cls, cues: LexiconEntries | None = None, outlets: LexiconEntries | None = None) -> Lexicons:
        """The bundled lexicons extended with ``cues`` and ``outlets`` (a :class:`LexiconError` if bad)."""
        default = cls.default()
        return cls(
            cues=default.cues if cues is None else default.cues.extended(_entries("cues", cues)),
            outlets=default.outlets
            if outlets is None
            else default.outlets.extended(_entries("outlets", outlets)),
        )


_FILE_SUFFIXES = (".txt", ".tsv", ".csv", ".lst", ".list")
"""Endings of a string that names a lexicon file, not a lexicon line."""


def _entries(name: str, entries: object) -> Iterable[str] | str | Path:
    """``entries`` as given (a path or one line), or as a tuple of lines; a LexiconError if neither,
    or if a string names a file (``"my_outlets.txt"``) that is not there (it would be one entry)."""
    if isinstance(entries, str) and entries.lower().endswith(_FILE_SUFFIXES) and not Path(entries).is_file():
        raise LexiconError(
            f"no {name} file at {entries!r}; to add a lexicon line that ends so, pass it in a list"
        )
    if isinstance(entries, (str, Path)):
        return entries
    lines = tuple(entries) if isinstance(entries, Iterable) else None
    if lines is None or not all(isinstance(line, str) for line in lines):
        raise LexiconError(f"{name} takes lexicon lines, a list of them, or a file path, not {entries!r}")
    return lines


@functools.cache
def _default_lexicons() -> Lexicons:
    return Lexicons()


class DocContext:
    """Per-document facts: paragraphs, quotations, sentences and lookups.

    ``text`` is ``doc.text`` (pass it when you have it: spaCy rebuilds it on
    every access); every offset here is a character index into it.
    ``lexicons`` are the word lists of the run (default: the bundled ones).
    """

    def __init__(self, doc: Doc, text: str | None = None, lexicons: Lexicons | None = None) -> None:
        self.doc = doc
        self.text: str = doc.text if text is None else text
        self.lexicons = lexicons if lexicons is not None else Lexicons.default()
        self.paragraphs: list[tuple[int, int]] = paragraphs(self.text)
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self.quotations: list[Quotation] = find_quotations(self.text, self.paragraphs)
        pieces = sorted(piece for q in self.quotations for piece in q.pieces)
        self._quote_pieces = pieces
        self._quote_piece_starts = [start for start, _ in pieces]
        # keyed by id(), holding the array itself so that the id cannot be reused while cached
        self._verbs: dict[int, tuple[np.ndarray, list[Token], list[int]]] = {}
        self._char_spans: dict[tuple[int, int], Span | None] = {}
        self._token_ranges: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._spans: dict[tuple[int, int], TextSpan] = {}
        self._kinds: dict[tuple[tuple[int, int], ...], Kind] = {}
        self._memo: dict[tuple[Any, ...], Any] = {}

    def memo(self, compute: Callable[..., _T], *args: Hashable) -> _T:
        """``compute(self, *args)``, computed once for this document however often it is asked for.

        For the per-document facts a module of its own derives (the people
        a text names, the speaker of a cue token given by its index) that
        several detectors or resolvers use: they live as long as this
        context, so nothing is kept from one document to the next.
        ``compute`` must be a module-level function (with ``args``, the key)
        and its result must not be changed by whoever asks.
        """
        key = (compute, *args)
        value: _T = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = compute(self, *args)
        return value

    # -- spans ----------------------------------------------------------------
    def span(self, start: int, end: int) -> TextSpan:
        """The :class:`TextSpan` of ``text[start:end]`` (one object per range: spans are immutable)."""
        key = (start, end)
        found = self._spans.get(key)
        if found is None:
            if not 0 <= start <= end <= len(self.text):
                raise ValueError(f"span {start}-{end} is outside the text, of {len(self.text)} characters")
            found = self._spans[key] = TextSpan(start, end, self.text[start:end])  # (positional: faster)
        return found

    def trimmed(self, start: int, end: int, strip: str = _EDGE_MARKS) -> TextSpan | None:
        """``text[start:end]`` without edge spaces, marks and invisible characters; None when nothing is left.

        Invisible means a format or control character (zero-width space,
        soft hyphen, byte-order mark, bidi mark, NUL...).
        """
        text = self.text
        if strip is _EDGE_MARKS and start < end and text[start].isalnum() and text[end - 1].isalnum():
            return self.span(start, end)  # the usual range: a letter or digit at each edge is never junk
        while start < end and _edge_junk(text[start], strip):
            start += 1
        while end > start and _edge_junk(text[end - 1], strip):
            end -= 1
        return self.span(start, end) if end > start else None

    def fewer_words(self, pieces: Iterable[tuple[int, int]], bound: int) -> bool:
        """Whether the ``(start, end)`` ranges of the text hold fewer than ``bound`` words in all.

        The words are counted no further than ``bound`` (a content is most often
        many words long, and only whether it has a few is asked).
        """
        left = bound
        for start, end in pieces:
            if left <= 0:
                return False
            left -= len(self.text[start:end].split(maxsplit=left))
        return left > 0

    # -- paragraphs -----------------------------------------------------------
    def paragraph_span(self, char: int) -> tuple[int, int]:
        """(start, end) of the paragraph holding ``char``; the whole text before the first."""
        index = self.paragraph_index(char)
        return self.paragraphs[index] if index >= 0 else (0, len(self.text))

    def paragraph_index(self, char: int) -> int:
        """Index of the paragraph that holds (or last precedes) ``char``; -1 before the first."""
        return bisect.bisect_right(self._paragraph_starts, char) - 1

    @cached_property
    def furniture(self) -> frozenset[int]:
        """Indexes of paragraphs that are page furniture or headlines, not prose.

        A line with no sentence-final punctuation (share buttons, "Related
        News", lists of other headlines, a title) carries no attribution unless
        it quotes someone.
        """
        out = set()
        for index, (start, end) in enumerate(self.paragraphs):
            line = self.text[start:end]
            # the sentence-final mark read back from the end (a search for it would try every position)
            if not line.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_ENDS) and not line.endswith(":"):
                out.add(index)
        return frozenset(out)

    @cached_property
    def story_lists(self) -> frozenset[int]:
        """Indexes of paragraphs in a list of other stories: ``Related stories:`` and the headlines after it.

        The label (see ``lexicons/furniture.txt``) and the lines after it
        that are no prose (:attr:`furniture`) up to the first one that is.
        """
        out: set[int] = set()
        labels = list_labels()
        longest = max(map(len, labels), default=0)
        in_list = False
        for index, (start, end) in enumerate(self.paragraphs):
            probe = self.text[start : min(end, start + longest + 1)]
            if (
                len(probe) > longest
                and not probe[0].isspace()
                and not probe[-1].isspace()
                and not _LABEL_END.search(probe)
            ):
                label = None  # longer than any label whatever ends it (case folding never shortens)
            else:
                line = self.text[start:end].strip()
                label = _LABEL_END.split(line, maxsplit=1)[0].strip().casefold()
            if label in labels:
                out.add(index)
                in_list = True
            elif in_list and index in self.furniture:
                out.add(index)
            else:
                in_list = False
        return frozenset(out)

    def in_furniture(self, char: int) -> bool:
        """Whether ``char`` falls in a furniture paragraph."""
        return self.paragraph_index(char) in self.furniture

    # -- quotations -----------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        """Whether ``char`` is inside a quoted passage."""
        return self.quote_piece_at(char) is not None

    def quote_piece_at(self, char: int) -> tuple[int, int] | None:
        """(start, end) of the quoted piece holding ``char``, if any."""
        index = bisect.bisect_right(self._quote_piece_starts, char) - 1
        if index >= 0 and char < self._quote_pieces[index][1]:
            return self._quote_pieces[index]
        return None

    def kind_of(self, pieces: Sequence[tuple[int, int]]) -> Kind:
        """DIRECT, MIXED or INDIRECT: how many letters of ``pieces`` are quoted.

        Kept per document: the detectors ask, and the engine asks again for what they found.
        """
        key = tuple((start, end) for start, end in pieces)
        kind = self._kinds.get(key)
        if kind is None:
            kind = self._kinds[key] = self._kind_of(key)
        return kind

    def _kind_of(self, pieces: Sequence[tuple[int, int]]) -> Kind:
        quoted = 0
        text = self.text
        for start, end in pieces:
            first = max(bisect.bisect_right(self._quote_piece_starts, start) - 1, 0)
            for q_start, q_end in self._quote_pieces[first:]:
                if q_start >= end:
                    break
                if q_end > start:
                    quoted += _letters(text[max(start, q_start) : min(end, q_end)])
        if not quoted:
            return Kind.INDIRECT  # the letters of the whole need no counting
        total = sum(_letters(text[start:end]) for start, end in pieces)
        return Kind.DIRECT if quoted >= total else Kind.MIXED

    # -- tokens ---------------------------------------------------------------
    @cached_property
    def quoted_tokens(self) -> bytearray:
        """One byte a token: 1 where the token is inside a quotation."""
        flags = bytearray(len(self.doc))
        for start, end in self._quote_pieces:
            tokens = self.token_range(start, end)
            if tokens is not None:
                first, last = tokens
                flags[first:last] = b"\x01" * (last - first)
        return flags

    def token_quoted(self, token: Token) -> bool:
        """Whether ``token`` sits inside a quotation."""
        return bool(self.quoted_tokens[token.i])

    @cached_property
    def entities(self) -> tuple[Span, ...]:
        """``doc.ents``, built once (spaCy rebuilds the tuple on every access)."""
        return tuple(self.doc.ents)

    @cached_property
    def entity_texts(self) -> tuple[str, ...]:
        """The text of each of :attr:`entities`, in the same order.

        Cut from :attr:`text` (``Span.text`` would walk the tokens).
        """
        text = self.text
        return tuple(text[ent.start_char : ent.end_char] for ent in self.entities)

    @cached_property
    def entity_labels(self) -> tuple[str, ...]:
        """The label of each of :attr:`entities`, in the same order (``Span.label_`` looks it up anew)."""
        return tuple(ent.label_ for ent in self.entities)

    @cached_property
    def _entity_starts(self) -> list[int]:
        return [ent.start_char for ent in self.entities]

    @cached_property
    def _entity_token_starts(self) -> list[int]:
        return [ent.start for ent in self.entities]

    def entity_at(self, token_index: int) -> Span | None:
        """The entity the token at ``token_index`` is part of, if any.

        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> doc = nlp("Ann Lee met Bo Roe.")
        >>> doc.ents = [doc.char_span(0, 7, label="PERSON"), doc.char_span(12, 18, label="PERSON")]
        >>> ctx = DocContext(doc)
        >>> ctx.entity_at(1).text, ctx.entity_at(2), ctx.entity_at(3).text
        ('Ann Lee', None, 'Bo Roe')
        """
        index = bisect.bisect_right(self._entity_token_starts, token_index) - 1
        if index < 0:
            return None
        ent = self.entities[index]
        return ent if token_index < ent.end else None

    def entities_between(self, start: int, end: int) -> tuple[Span, ...]:
        """The entities that lie wholly within text[start:end]."""
        first = bisect.bisect_left(self._entity_starts, start)
        last = bisect.bisect_left(self._entity_starts, end)
        return tuple(ent for ent in self.entities[first:last] if ent.end_char <= end)

    @cached_property
    def _token_table(self) -> np.ndarray:
        # one row an attribute, each contiguous (binary search on a strided column copies it first)
        table: np.ndarray = np.ascontiguousarray(self.doc.to_array(list(_TABLE_ATTRS)).T)
        return table

    def column(self, attr: int) -> np.ndarray:
        """One token attribute of every token (``LEMMA``, ``POS``, ``LOWER`` or ``DEP``), as hashes.

        Read from the Doc once for all four (one ``Doc.to_array``), however
        many detectors ask: the vectorised first pass of every search.
        """
        row: np.ndarray = self._token_table[_TABLE_ATTRS.index(attr)]
        return row

    @cached_property
    def _token_starts(self) -> np.ndarray:
        return self.doc.to_array(IDX).astype(np.int64)

    @cached_property
    def sentences(self) -> list[Span]:
        """The doc's sentences, in order, cut at paragraph breaks.

        Small models sometimes run a sentence over a line break; a
        paragraph break always ends a sentence here.  Whitespace tokens
        between paragraphs belong to no sentence.
        """
        doc = self.doc
        if not len(doc):
            return []
        cuts = set(self._parse_sentence_starts or ())
        starts = self._token_starts
        cuts.update(np.searchsorted(starts, [a for a, _ in self.paragraphs]).tolist())
        cuts.add(0)
        bounds = [*sorted(c for c in cuts if c < len(doc)), len(doc)]
        out: list[Span] = []
        for start, end in itertools.pairwise(bounds):
            while end > start and doc[end - 1].is_space:  # a few tokens a text (IS_SPACE is slow to read)
                end -= 1
            if end > start:
                out.append(Span(doc, start, end))  # not doc[start:end], which checks the slice in Python
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self.sentences]

    @cached_property
    def _parse_sentence_starts(self) -> list[int] | None:
        """The first token of each of the parser's own sentences; None for a doc with no sentence starts."""
        if not self.doc.has_annotation("SENT_START"):
            return None
        starts: list[int] = np.flatnonzero(self.doc.to_array(SENT_START) == 1).tolist()
        return starts

    def parse_sentence(self, token_index: int) -> tuple[int, int]:
        """(start, end) of ``doc[token_index].sent``: the parser's sentence, not cut at paragraph
        breaks as :attr:`sentences` are.

        Found by bisection: ``Token.sent`` walks the tokens and builds two Spans.
        """
        starts = self._parse_sentence_starts
        if starts is None:
            sent = self.doc[token_index].sent  # (raises as spaCy does)
            return sent.start, sent.end
        at = bisect.bisect_right(starts, token_index)
        return starts[at - 1] if at else 0, starts[at] if at < len(starts) else len(self.doc)

    def verbs_with_lemma(self, lemmas: np.ndarray) -> list[Token]:
        """Unquoted verbs whose lemma hash is in ``lemmas``, in text order.

        The vectorised first pass of every cue search: the detectors look
        at these few tokens, never at every token of the text.
        """
        return self._verbs_and_index(lemmas)[0]

    def _verbs_and_index(self, lemmas: np.ndarray) -> tuple[list[Token], list[int]]:
        cached = self._verbs.get(id(lemmas))
        if cached is None or cached[0] is not lemmas:
            found: list[Token] = []
            if len(self.doc):
                hits = picked(np.flatnonzero(self.column(POS) == VERB), self.column(LEMMA), lemmas)
                quoted = self.quoted_tokens
                found = [self.doc[i] for i in hits.tolist() if not quoted[i]]
            cached = self._verbs[id(lemmas)] = (lemmas, found, [t.i for t in found])
        return cached[1], cached[2]

    def verbs_between(self, lemmas: np.ndarray, start: int, end: int) -> list[Token]:
        """:meth:`verbs_with_lemma` restricted to tokens ``start`` to ``end`` (exclusive)."""
        verbs, index = self._verbs_and_index(lemmas)
        return verbs[bisect.bisect_left(index, start) : bisect.bisect_left(index, end)]

    def sentences_opening_with(self, lower: int) -> list[Span]:
        """The :attr:`sentences` whose first word is ``lower`` (a ``LOWER`` hash), in order.

        Picked with numpy: a rule for a sentence's opening word reads the few
        sentences that have it, not every sentence of the text.
        """
        if not self.sentences:
            return []
        firsts = self.column(LOWER)[self._sentence_starts]
        return [self.sentences[i] for i in np.flatnonzero(firsts == lower).tolist()]

    def sentence_index(self, token_index: int) -> int:
        """Index into :attr:`sentences` of the sentence holding token ``token_index``."""
        return bisect.bisect_right(self._sentence_starts, token_index) - 1

    def tokens_starting_by(self, char: int) -> int:
        """How many tokens start at or before ``char`` (the index of the first token after it)."""
        return bisect.bisect_right(self._token_bounds[0], char)

    def char_span(self, start: int, end: int) -> Span | None:
        """The tokens covering text[start:end] (expanded to whole tokens); None when no token is there.

        Kept per document: resolvers ask again and again for the same mentions.
        """
        key = (start, end)
        found: Span | None = self._char_spans.get(key, _MISSING)
        if found is _MISSING:
            tokens = self.token_range(start, end)
            found = self._char_spans[key] = Span(self.doc, *tokens) if tokens is not None else None
        return found

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """(first token, last token + 1) of :meth:`char_span`, without building the Span.

        For a caller that wants only the token indexes: a Span reads three
        Tokens from the Doc as it is made.
        """
        key = (start, end)
        found: tuple[int, int] | None = self._token_ranges.get(key, _MISSING)
        if found is _MISSING:
            found = self._token_ranges[key] = self._expanded_range(start, end)
        return found

    def _expanded_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The token range of ``doc.char_span(start, end, alignment_mode="expand")``, by bisection
        over the token offsets.

        The same steps as spaCy's (a character belongs to the token it is
        in or the trailing space of; a start on a token's trailing space
        moves to the next token), without building a Token at each step.
        """
        starts, ends, reach = self._token_bounds
        if start >= end or end > reach:
            return None
        # the tokens whose text or trailing space hold the first and the last character (each
        # token's reaches the next one's start: only the last token's reach is to be tested)
        first = bisect.bisect_right(starts, start) - 1
        if first < 0:
            return None
        last = bisect.bisect_right(starts, end - 1) - 1
        if start == ends[first]:
            first += 1
        return (first, last + 1) if first <= last else None

    @cached_property
    def _token_bounds(self) -> tuple[list[int], list[int], int]:
        """Each token's start and end, as character offsets, and where the last token's trailing
        space ends (a token and its trailing space reach the next token's start)."""
        if not len(self.doc):
            return [], [], 0
        starts = self._token_starts
        reach = int(starts[-1]) + len(self.doc[-1].text_with_ws)
        # (LENGTH is slow to read)
        ends = np.append(starts[1:], reach) - self.doc.to_array(SPACY).astype(np.int64)
        return starts.tolist(), ends.tolist(), reach


def among(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in ``ids``, a *sorted* array of hashes: ``np.isin``, by binary search.

    Several times faster than ``np.isin`` on a text's tokens against a
    lexicon of hundreds of words.

    >>> among(np.array([5, 1, 9, 7], dtype=np.uint64), np.array([1, 7, 8], dtype=np.uint64)).tolist()
    [False, True, False, True]
    """
    if not len(ids):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(ids, values), len(ids) - 1)
    found: np.ndarray = ids[at] == values
    return found


def picked(where: np.ndarray, values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The token indexes of ``where`` (in order) whose ``values`` are in ``ids``, a *sorted* array of hashes.

    :func:`among` on those tokens alone: a cheap test (a part of speech) first
    spares the binary search over every other token of the text.

    >>> values = np.array([5, 1, 9, 7], dtype=np.uint64)
    >>> picked(np.array([0, 2, 3]), values, np.array([7, 9], dtype=np.uint64)).tolist()
    [2, 3]
    """
    found: np.ndarray = where[among(values[where], ids)]
    return found


def _letters(text: str) -> int:
    """How many letters and digits ``text`` holds (``str.isalnum``).

    >>> _letters("It's 4 p.m."), _letters("Née à 9")
    (6, 5)
    """
    if text.isascii():  # the usual text: the ASCII letters and digits are kept, at C speed
        return len(text.encode("ascii").translate(None, _ASCII_NOT_ALNUM))
    return sum(map(str.isalnum, text))


_ASCII_NOT_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())


def _edge_junk(char: str, strip: str) -> bool:
    """Whether ``char`` goes when it sits at a span's edge."""
    return char.isspace() or char in strip or unicodedata.category(char) in ("Cf", "Cc")
