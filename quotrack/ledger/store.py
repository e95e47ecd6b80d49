"""The store: Results in, one transaction per document; records out.

:class:`Ledger` opens a SQLite file (a plain path, made on first use, in
WAL mode with a busy timeout) or any database an SQLAlchemy URL names
(``postgresql://`` goes through psycopg 3).

>>> import tempfile, pathlib
>>> from quotrack.model import Attribution, Kind, Result, Speaker, SpeakerEntry, TextSpan
>>> text = '"We will win," said Ann Lee.'
>>> said = Attribution(kind=Kind.DIRECT, content=TextSpan.of(text, 1, 12), detector="quotes",
...                    speaker=Speaker("Ann Lee", TextSpan.of(text, 20, 27), "person"))
>>> result = Result(text, [said], [SpeakerEntry("Ann Lee", "person", [said.speaker.mention], [0])])
>>> with Ledger(pathlib.Path(tempfile.mkdtemp()) / "quotes.db") as ledger:
...     ledger.add(result, id="a1", outlet="Reuters", published="2026-01-05")
...     [(q.speaker, q.content, q.outlet) for q in ledger.quotes(speaker="ann lee")]
'added'
[('Ann Lee', 'We will win', 'Reuters')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..confidence import MinConfidence
from ..errors import ArgumentError, LedgerError
from ..model import Kind, Result
from ..tracker import Tracker
from . import linking, queries, writing
from .copies import MIN_SIMILARITY
from .database import BUSY_TIMEOUT as BUSY_TIMEOUT
from .database import WAL_CHECKPOINT_PAGES as WAL_CHECKPOINT_PAGES
from .database import engine_for
from .database import prepare as prepare
from .queries import DEFAULT_MIN_CONFIDENCE
from .records import DocumentRecord, Echo, IngestReport, QuoteRecord, SpeakerRecord
from .writing import result_hash as result_hash
from .writing import store_result

__all__ = ["Ledger", "engine_for", "store_result"]


class Ledger:
    """Who said what across articles and over time, in a SQLite file or a PostgreSQL database.

    ``path_or_url`` is a file path (a SQLite ledger, made on first use) or an
    SQLAlchemy URL (``postgresql://user@host/db``).  ``progress=False`` turns
    off the progress bar of long ingests.  ``copy_similarity`` is the least
    similarity (the Jaccard similarity of their three-word shingles) for one
    document to count as a copy of another (default
    :data:`~quotrack.ledger.copies.MIN_SIMILARITY`, 0.5).  Use it as a context
    manager, or call :meth:`close`.  :meth:`ingest` and :meth:`reprocess`
    extract with ``Tracker(clean=True)`` unless given a Tracker: stored texts
    are often scraped, and HTML entities or mojibake (``FranÃ§ois``) would
    garble names; the stored text and every span stay as given.

    A ledger written by an older quotrack (schema version 1 or 2) is upgraded
    in place when opened; its quotes have no confidence, and a version-1
    ledger's documents no stored text, until ingested again.
    """

    def __init__(
        self,
        path_or_url: str | os.PathLike[str],
        *,
        progress: bool = True,
        copy_similarity: float = MIN_SIMILARITY,
        _engine: Engine | None = None,
    ) -> None:
        if not 0 < copy_similarity <= 1:
            raise ArgumentError(f"copy_similarity must be above 0 and at most 1, not {copy_similarity!r}")
        self.copy_similarity = copy_similarity
        self._engine = _engine if _engine is not None else engine_for(path_or_url)
        self.progress = progress
        self._tracker: Tracker | None = None
        try:
            prepare(self._engine)
        except sa.exc.DatabaseError as error:
            self._engine.dispose()
            raise LedgerError(f"cannot open the ledger {self.url}: {error.orig}") from error
        except BaseException:
            self._engine.dispose()
            raise

    @property
    def url(self) -> str:
        """The database's URL, password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"Ledger({self.url!r})"

    def close(self) -> None:
        """Close the ledger's connections."""
        self._engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------
    def add(
        self,
        result: Result,
        id: str,
        outlet: str | None = None,
        published: str | date | datetime | None = None,
        url: str | None = None,
        title: str | None = None,
        **facts: Any,
    ) -> str:
        """Store a Result you already have: ``"added"``, ``"replaced"`` or ``"unchanged"``.

        ``facts`` are the other :class:`~quotrack.Document` fields (``authors``,
        ``language``, ``source``, ``fetched``); other keys are kept as metadata.
        The same text, facts and attributions as stored are unchanged; any
        difference replaces the document's rows.
        """
        return writing.add(self._engine, result, id, outlet, published, url, title, **facts)

    def ingest(
        self,
        records: Iterable[Any],
        tracker: Tracker | None = None,
        batch_size: int = 32,
        n_process: int = 1,
        on_error: str = "raise",
        *,
        progress: bool | None = None,
        as_tuples: bool = False,
    ) -> IngestReport:
        """Extract and store ``records``: :class:`~quotrack.Document` records, or mappings with their keys.

        A mapping is read as :meth:`Document.from_mapping
        <quotrack.Document.from_mapping>` reads it: ``id`` and ``text``, and
        optionally ``outlet``, ``published`` (or ``date``), ``url``, ``title``,
        ``authors``, ``language``, ``source`` and ``fetched``; any other key is
        kept as the document's ``metadata``.  The text, the facts and what
        produced the attributions (:attr:`DocumentRecord.quotrack_version`,
        ``detectors``, ``resolvers``) are stored with them.

        Each document is stored in its own transaction, in order.  A document
        whose text and facts are as stored is not parsed again; one stored
        under the same id, or under the same URL, is replaced (unless its
        ``fetched`` date is older than the stored one's).  A bad record, or
        one a detector or resolver fails on, raises
        :class:`~quotrack.errors.RecordError` after every record before it is
        stored (``on_error="raise"``), or is counted in the report and skipped
        (``on_error="skip"``).  With ``as_tuples=True`` the items are
        ``(record, where)`` pairs and ``where`` names the record in errors; a
        record that is an exception is a failure with its message.
        """
        return writing.ingest(
            self._engine,
            records,
            (lambda: tracker) if tracker is not None else self._default_tracker,
            batch_size,
            n_process,
            on_error,
            show=self.progress if progress is None else progress,
            as_tuples=as_tuples,
        )

    def reprocess(
        self,
        tracker: Tracker | None = None,
        documents: Iterable[str] | None = None,
        batch_size: int = 32,
        n_process: int = 1,
        on_error: str = "raise",
        *,
        progress: bool | None = None,
    ) -> IngestReport:
        """Extract the stored texts again with ``tracker`` (default ``Tracker(clean=True)``), after upgrades.

        ``documents`` are the ids to reprocess (default: every document).  A
        document whose attributions come out the same is ``unchanged`` (its
        provenance now names this Tracker); others are ``replaced``.  People
        merged or split by hand stay so.  A document stored without its text
        (by a ledger of schema version 1) is a failure, raised or counted as
        ``on_error`` says: ingest it again to store its text.
        """
        return writing.reprocess(
            self._engine,
            queries.stored_documents(self._engine, documents),
            (lambda: tracker) if tracker is not None else self._default_tracker,
            batch_size,
            n_process,
            on_error,
            show=self.progress if progress is None else progress,
        )

    def _default_tracker(self) -> Tracker:
        if self._tracker is None:
            self._tracker = Tracker(clean=True)  # stored texts are often scraped: HTML entities, mojibake
        return self._tracker

    # -- queries ----------------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        """Every stored document, in ingest order, each with the original it is a copy of (``copy_of``)."""
        return queries.documents(self._engine, self.copy_similarity)

    def text(self, id: str) -> str:
        """The stored text of the document ``id``: the text its attributions' offsets refer to.

        Raises :class:`~quotrack.errors.LedgerError` for an unknown id, or a
        document stored without its text by an older quotrack.
        """
        return queries.text(self._engine, id)

    def copies(self) -> dict[str, str]:
        """``{copy's id: original's id}`` for every document that is a near-verbatim copy of another."""
        return queries.copies(self._engine, self.copy_similarity)

    def speakers(
        self,
        limit: int | None = None,
        *,
        kind: str | None = None,
        min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    ) -> list[SpeakerRecord]:
        """The people and organisations quoted, linked across articles, most quoted first.

        A joint attribution ("Ann Lee and Bo Roe said") counts for
        each member.  ``kind`` keeps ``person``, ``organization`` or
        ``outlet`` speakers, or lists the ``group`` sources ("Aid agencies"),
        which are not linked across articles and are otherwise left out.
        ``min_confidence`` counts only the attributions whose confidence is at
        or above it: a number, or ``"all"`` (0: every stored attribution),
        ``"complete"`` (the default) or ``"precise"``, the bundled confidence
        model's settings (see :data:`~quotrack.ledger.queries.DEFAULT_MIN_CONFIDENCE`).  ``documents`` counts
        independent documents: a story and its copies (wire copy,
        :attr:`DocumentRecord.copy_of`) once; ``copies`` the rest.
        """
        return queries.speakers(self._engine, limit, kind, min_confidence, self.copy_similarity)

    def quotes(
        self,
        speaker: str | int | None = None,
        outlet: str | None = None,
        document: str | None = None,
        since: str | date | datetime | None = None,
        until: str | date | datetime | None = None,
        contains: str | None = None,
        kind: str | Kind | Iterable[str | Kind] | None = None,
        limit: int | None = None,
        *,
        context: bool = False,
        min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
        topics: bool = False,
        requests: bool = False,
        copies: bool = True,
    ) -> list[QuoteRecord]:
        """The stored attributions that match every filter given, in date order.

        ``speaker`` is a name (any spelling stored for that person, matched as
        names are linked) or a :attr:`SpeakerRecord.id`, and takes the joint
        attributions they are a member of; ``since`` and ``until`` are
        inclusive (a date alone as ``until`` covers that whole day);
        ``contains`` is a case-insensitive piece of the content;
        ``kind`` is one kind (``"direct"``) or several (``["direct", "mixed"]``);
        ``min_confidence`` keeps the attributions whose confidence is at or
        above it: a number, or a setting as in :meth:`speakers` (``"complete"``
        by default; ``"all"`` or 0 keeps every stored attribution, also those
        stored without a confidence).
        ``context=True`` gives each record its sentence in the stored text
        (:attr:`QuoteRecord.context`).  A record that only names what someone
        spoke about (act ``topic``: "commented on the matter") is no claim:
        it is left out unless ``topics=True``, and never counts in
        :meth:`speakers`; so is a request, an order or a question (act
        ``request``: "urged the council to act"), unless ``requests=True``.
        ``copies=False`` leaves out the records that a wire copy repeats from
        its original (:attr:`QuoteRecord.copy_of`): each quote once, where it
        first appeared.
        """
        return queries.quotes(
            self._engine,
            speaker,
            outlet,
            document,
            since,
            until,
            contains,
            kind,
            limit,
            min_confidence,
            context=context,
            topics=topics,
            requests=requests,
            copies=copies,
            min_similarity=self.copy_similarity,
        )

    def echoes(self, min_documents: int = 2) -> list[Echo]:
        """Quoted words in at least ``min_documents`` independent documents, most widely carried first.

        A story and its copies count as one document: words that only the
        copies of one story carry are no echo.
        """
        return queries.echoes(self._engine, min_documents, self.copy_similarity)

    def has_speaker(self, speaker: str | int) -> bool:
        """Whether the ledger has a speaker of this name or id, quoted or not, as :meth:`quotes`
        finds them: any spelling of a person or body, a group's name, a stored id.  (An empty
        ``quotes(speaker=...)`` may mean never quoted, or no such speaker: this tells which.)
        """
        return queries.has_speaker(self._engine, speaker)

    # -- people by hand --------------------------------------------------------------------------
    def merge(self, a: str | int, b: str | int) -> SpeakerRecord:
        """Make ``b`` the same person as ``a``: every name and mention of ``b`` joins ``a``.

        The decision is kept: documents ingested again, and new ones naming
        ``b``, go to ``a``.
        """
        return queries.speaker_by_id(self._engine, linking.merge(self._engine, a, b))

    def split(
        self,
        speaker: str | int,
        *,
        names: Iterable[str] = (),
        documents: Iterable[str] = (),
        name: str | None = None,
    ) -> SpeakerRecord:
        """Move part of a person to a new person, and keep that decision across re-ingest.

        ``names`` moves every mention under those spellings (their normalised
        name now means the new person); ``documents`` moves the person's
        mentions in those document ids (for namesakes that share a name).
        ``name`` is the new person's display name (default: the first moved
        spelling).  Returns the new person.
        """
        new = linking.split(self._engine, speaker, names=names, documents=documents, name=name)
        return queries.speaker_by_id(self._engine, new)
