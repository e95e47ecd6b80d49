"""Writing to a ledger: each document in its own transaction, added, replaced or left unchanged.

:func:`store_result` stores one document's Result: the document row (its
text, facts and :class:`Provenance`), its speakers' mentions (each linked
to a person, :mod:`quotrack.ledger.linking`), its attributions, their
credits, their echo keys and the document's copy keys.  What depends on the
Result alone (identity, echo and copy keys) is worked out before the
transaction, so that the write lock is held briefly.  :func:`ingest` reads
records, runs the Tracker on the ones not already stored and stores each
result in order; :func:`reprocess` runs a Tracker again on stored texts;
:func:`add` stores a Result you already have.

A document is the one stored under its id or, failing that, under its URL:
a later fetch of a page replaces the earlier (and takes its id), unless
its ``fetched`` date is older than the stored one's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sized
from datetime import date, datetime
from typing import Any, Literal

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from tqdm import tqdm

from ..clean import clean_text
from ..errors import ArgumentError, QuotrackError, RecordError
from ..model import Attribution, Kind, Result, SpeakerEntry, SpeakerKind
from ..quotemarks import find_quotations
from ..reading import Document, parse_date
from ..tracker import Tracker
from ..version import __version__
from . import schema as t
from .bulk import fetch, run_many
from .copies import copy_keys
from .database import insert_many, retrying
from .echoes import echo_keys
from .escape import escape, escape_optional
from .evidence import linked_speakers
from .identity import block_keys
from .inputs import content_hash, read_record
from .linking import name_spelling, people_for, speaker_key
from .records import IngestFailure, IngestReport

__all__ = [
    "PIECE_JOINER",
    "Provenance",
    "add",
    "ingest",
    "quote_text",
    "reprocess",
    "result_hash",
    "store_result",
]

_Status = Literal["added", "replaced", "unchanged"]


# -- storing one document -----------------------------------------------------------
def result_hash(result: Result) -> str:
    """A hash of what quotrack found in a document."""
    payload = repr((result.attributions, result.speakers))
    return hashlib.blake2b(payload.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@attrs.frozen
class Provenance:
    """What produced a document's records: the quotrack version, the detectors and the resolvers.

    >>> Provenance.of_result(Result("Quiet.")).detectors
    ()
    """

    version: str
    detectors: tuple[str, ...] = ()
    resolvers: tuple[str, ...] | None = None
    """None where not known (a Result stored with :func:`add`)."""

    @classmethod
    def of_tracker(cls, tracker: Tracker) -> Provenance:
        """The provenance of what ``tracker`` finds."""
        return cls(
            __version__, tuple(d.name for d in tracker.detectors), tuple(r.name for r in tracker.resolvers)
        )

    @classmethod
    def of_result(cls, result: Result) -> Provenance:
        """What a Result says of its making: the detectors that found its attributions."""
        return cls(__version__, tuple(dict.fromkeys(a.detector for a in result.attributions)))

    def values(self) -> dict[str, Any]:
        """The ``documents`` columns that hold it."""
        return {
            "quotrack_version": self.version,
            "detectors": ",".join(self.detectors),
            "resolvers": None if self.resolvers is None else ",".join(self.resolvers),
        }


MAX_KEY_BYTES = 2000
"""The longest document id, URL or speaker name a ledger stores, in UTF-8 bytes: PostgreSQL
cannot index a longer one (its limit is about 2,700 bytes), and SQLite is held to the same."""


def check_sizes(document: Document, result: Result, where: str) -> None:
    """Raise :class:`~quotrack.errors.RecordError` naming ``where`` for an id, URL or speaker name
    over :data:`MAX_KEY_BYTES`.

    >>> check_sizes(Document("x" * 2001, "Hi."), Result(text="Hi."), "in.jsonl:7")
    Traceback (most recent call last):
    ...
    quotrack.errors.RecordError: in.jsonl:7: the id is 2,001 bytes long; a ledger stores up to 2,000
    """
    names = [("the id", document.id), ("the URL", document.url or "")]
    names += [("a speaker's name", entry.name) for entry in result.speakers]
    for what, value in names:
        size = len(value.encode("utf-8", "surrogatepass"))
        if size > MAX_KEY_BYTES:
            raise RecordError(
                where, f"{what} is {size:,} bytes long; a ledger stores up to {MAX_KEY_BYTES:,}"
            )


def store_result(
    engine: Engine,
    result: Result,
    document: Document,
    text_hash: str | None = None,
    *,
    same_text: bool = False,
    provenance: Provenance | None = None,
    where: str | None = None,
) -> _Status:
    """Store one document in one transaction: added, replaced, or unchanged.

    ``same_text=True`` (ingest) counts a document with the same text and facts as
    unchanged whatever its Result; otherwise the Result must be the same too.
    ``provenance`` defaults to :meth:`Provenance.of_result`.  An id, URL or
    speaker name too long to store is a :class:`~quotrack.errors.RecordError`
    naming ``where`` (default: the id, cut short).
    """
    check_sizes(
        document, result, where or (document.id if len(document.id) <= 80 else document.id[:79] + "…")
    )
    text_hash = text_hash or content_hash(document)
    found_hash = result_hash(result)
    derived = _Derived.of(result)  # before the transaction: the write lock is held briefly
    values = _document_values(
        document, result, text_hash, found_hash, provenance or Provenance.of_result(result)
    )

    def work(conn: Connection) -> _Status:
        return _store(conn, result, derived, document, values, same_text)

    status: _Status = retrying(engine, work)
    return status


def _document_values(
    document: Document, result: Result, text_hash: str, found_hash: str, provenance: Provenance
) -> dict[str, Any]:
    return {
        "outlet": escape_optional(document.outlet),
        "published": document.published,
        "url": escape_optional(document.url),
        "title": escape_optional(document.title),
        "text_hash": text_hash,
        "result_hash": found_hash,
        "attributions": len(result.attributions),
        "text": escape(result.text),
        "authors": json.dumps(list(document.authors)) if document.authors else None,
        "language": escape_optional(document.language),
        "source": escape_optional(document.source),
        "fetched": document.fetched,
        "extra": json.dumps(document.metadata, sort_keys=True, default=str) if document.metadata else None,
        **provenance.values(),
    }


def _store(
    conn: Connection,
    result: Result,
    derived: _Derived,
    document: Document,
    values: dict[str, Any],
    same_text: bool,
) -> _Status:
    doc_id = escape(document.id)
    if conn.dialect.name == "postgresql":  # one writer per document id (and URL) at a time
        fetch(conn, _LOCK_DOCUMENT, {"id": doc_id})
        if values["url"] is not None:
            fetch(conn, _LOCK_DOCUMENT, {"id": values["url"]})
    d = t.documents.c
    stored = fetch(conn, _FIND_DOCUMENT, {"id": doc_id})  # [(pk, text_hash, result_hash, fetched, id)] or []
    if not stored and values["url"] is not None:  # a page fetched again under another id
        stored = fetch(conn, _FIND_URL, {"url": values["url"]})
    old_pk, old_text_hash, old_result_hash, old_fetched, old_id = stored[0] if stored else (None,) * 5
    if old_pk is not None:
        old_fetched = parse_date(old_fetched)  # the raw row of a SQLite ledger holds an ISO string
        if not _may_replace(old_fetched, document.fetched):
            return "unchanged"  # an older fetch, or a copy of the page not known to be later
        if old_text_hash == values["text_hash"] and (same_text or old_result_hash == values["result_hash"]):
            provenance = {key: values[key] for key in ("quotrack_version", "detectors", "resolvers")}
            conn.execute(t.documents.update().where(d.pk == old_pk).values(**provenance))
            return "unchanged"
    if old_pk is None:
        (document_pk,) = insert_many(conn, t.documents, [{"id": doc_id, **values}])
    else:
        document_pk = old_pk
        _delete_rows(conn, document_pk)
        conn.execute(t.documents.update().where(d.pk == document_pk).values(id=doc_id, **values))
        if old_id != doc_id:  # a split decision made for the earlier fetch holds for this one
            conn.execute(t.pins.update().where(t.pins.c.document_id == old_id).values(document_id=doc_id))
    _store_rows(conn, result, derived, doc_id, document_pk)
    return "added" if old_pk is None else "replaced"


def _may_replace(old_fetched: datetime | None, new_fetched: datetime | None) -> bool:
    """Whether a record fetched at ``new_fetched`` may replace one of its id (or URL) fetched at
    ``old_fetched``: not an older fetch, nor one with no date (a page saved to a file beside an
    archive of it: not known to be later) where the other has one.

    >>> may = _may_replace
    >>> may(None, None), may(datetime(2026, 1, 5), datetime(2026, 1, 7)), may(datetime(2026, 1, 7), None)
    (True, True, False)
    """
    if old_fetched is None:
        return True
    return new_fetched is not None and new_fetched >= old_fetched


def _delete_rows(conn: Connection, document_pk: int) -> None:
    conn.execute(t.copy_keys.delete().where(t.copy_keys.c.document_pk == document_pk))
    quote_pks = sa.select(t.quotes.c.pk).where(t.quotes.c.document_pk == document_pk).scalar_subquery()
    conn.execute(t.echo_keys.delete().where(t.echo_keys.c.quote_pk.in_(quote_pks)))
    conn.execute(t.credits.delete().where(t.credits.c.quote_pk.in_(quote_pks)))
    conn.execute(t.quotes.delete().where(t.quotes.c.document_pk == document_pk))
    conn.execute(t.mentions.delete().where(t.mentions.c.document_pk == document_pk))


@attrs.frozen
class _Derived:
    """What a document's rows need that depends on the Result alone, computed outside the transaction.

    Per speaker entry: its identity key, folded spelling and blocking keys;
    per attribution: its quoted words and their echo keys (all escaped).
    """

    linked: list[SpeakerEntry]
    """Each entry under the name and kind it is linked under (:mod:`quotrack.ledger.evidence`)."""
    keys: list[str | None]
    spellings: list[str | None]
    blocks: list[list[str]]
    others: list[tuple[str, str, list[str]] | None]
    """Another name of the same entity to remember (an acronym): the name, its spelling and blocking keys."""
    fallbacks: list[list[str]]
    """Spellings that mean the same entity where its own is new: its name as the other kind (a
    person's name as an organisation's, or the reverse)."""
    quoted: list[str | None]
    echo: list[list[str]]
    copies: list[str]

    @classmethod
    def of(cls, result: Result) -> _Derived:
        found = linked_speakers(result.text, result.speakers)
        entries = [
            attrs.evolve(entry, name=link.name, kind=link.kind)
            for entry, link in zip(result.speakers, found, strict=True)
        ]
        keys = [speaker_key(entry.name, entry.kind) for entry in entries]
        spellings = [
            name_spelling(entry.name, key) if key else None for entry, key in zip(entries, keys, strict=True)
        ]
        blocks = [
            _blocks(entry.name, entry.kind) if key else [] for entry, key in zip(entries, keys, strict=True)
        ]
        others: list[tuple[str, str, list[str]] | None] = []
        fallbacks: list[list[str]] = []
        for entry, link, key in zip(entries, found, keys, strict=True):
            other_key = speaker_key(link.also, link.kind) if link.also and key else None
            other = None
            if link.also and other_key:
                other = (link.also, name_spelling(link.also, other_key), _blocks(link.also, link.kind))
            others.append(other)
            crossed = SpeakerKind.ORGANIZATION if entry.kind is SpeakerKind.PERSON else SpeakerKind.PERSON
            cross_key = (
                speaker_key(entry.name, crossed) if key and entry.kind is not SpeakerKind.OUTLET else None
            )
            fallbacks.append([name_spelling(entry.name, cross_key)] if cross_key else [])
        quoted = _quoted_words(result)
        echo = [list(dict.fromkeys(echo_keys(words))) if words else [] for words in quoted]
        copies = list(dict.fromkeys(copy_keys(result.text)))
        return cls(entries, keys, spellings, blocks, others, fallbacks, quoted, echo, copies)


def _blocks(name: str, kind: SpeakerKind) -> list[str]:
    return [escape(block) for block in dict.fromkeys(block_keys(name, kind))]


def _store_rows(conn: Connection, result: Result, derived: _Derived, doc_id: str, document_pk: int) -> None:
    entries = result.speakers
    keys = derived.keys
    people = people_for(
        conn,
        doc_id,
        derived.linked,
        keys,
        derived.spellings,
        derived.blocks,
        derived.fallbacks,
        derived.others,
    )
    mention_rows = [
        {
            "document_pk": document_pk,
            "name": escape(entry.name),
            "key": key,
            "kind": linked.kind.value,
            "description": escape_optional(entry.description),
            "affiliation": escape_optional(entry.affiliation),
            "person_pk": person_pk,
        }
        for entry, linked, key, person_pk in zip(entries, derived.linked, keys, people, strict=True)
    ]
    mention_pks = insert_many(conn, t.mentions, mention_rows)
    by_name = {entry.name.casefold(): pk for entry, pk in zip(entries, mention_pks, strict=True)}
    quoted = derived.quoted
    quote_rows = [
        _quote_row(document_pk, index, attribution, quoted[index], by_name)
        for index, attribution in enumerate(result.attributions)
    ]
    quote_pks = insert_many(conn, t.quotes, quote_rows)
    credit_rows = [
        {"quote_pk": quote_pks[index], "mention_pk": mention_pk}
        for entry, mention_pk in zip(entries, mention_pks, strict=True)
        for index in sorted(set(entry.attributions))
        if 0 <= index < len(quote_pks)
    ]
    run_many(conn, _INSERT_CREDITS, credit_rows)
    key_rows = [
        {"quote_pk": quote_pk, "key": key}
        for quote_pk, keys_of_quote in zip(quote_pks, derived.echo, strict=True)
        for key in keys_of_quote
    ]
    run_many(conn, _INSERT_ECHO_KEYS, key_rows)
    run_many(conn, _INSERT_COPY_KEYS, [{"document_pk": document_pk, "key": key} for key in derived.copies])


_INSERT_CREDITS = t.credits.insert()
_INSERT_ECHO_KEYS = t.echo_keys.insert()
_INSERT_COPY_KEYS = t.copy_keys.insert()
_STORED = sa.select(
    t.documents.c.pk,
    t.documents.c.text_hash,
    t.documents.c.result_hash,
    t.documents.c.fetched,
    t.documents.c.id,
)
_FIND_DOCUMENT = _STORED.where(t.documents.c.id == sa.bindparam("id"))
_FIND_URL = (
    _STORED.where(
        t.url_prefix(t.documents.c.url) == t.url_prefix(sa.bindparam("url", type_=sa.Text)),
        t.documents.c.url == sa.bindparam("url"),
    )
    .order_by(t.documents.c.pk.desc())
    .limit(1)
)
_LOCK_DOCUMENT = sa.select(
    sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(sa.bindparam("id", type_=sa.Text), 0))
)


def _quoted_words(result: Result) -> list[str | None]:
    """The words inside quotation marks of each direct or mixed attribution, pieces joined with " … "
    (the echo index reads words only: the joiner is shown, not matched)."""
    quotations: list[tuple[int, int]] | None = None
    words: list[str | None] = []
    for attribution in result.attributions:
        if attribution.kind is Kind.DIRECT:
            words.append(PIECE_JOINER.join(_as_read(piece.text).strip() for piece in attribution.pieces))
        elif attribution.kind is Kind.MIXED:
            if quotations is None:
                quotations = [piece for q in find_quotations(result.text) for piece in q.pieces]
            inside = [
                _as_read(result.text[start:end]).strip()
                for start, end in quotations
                if attribution.content.start <= start and end <= attribution.content.end
            ]
            words.append(PIECE_JOINER.join(inside) or None)
        else:
            words.append(None)
    return words


PIECE_JOINER = " … "
"""Joins the pieces of a split quote in its stored content."""


def quote_text(attribution: Attribution) -> str:
    """The words of an attribution: a split quote's pieces joined with " … ", without the cue between.

    >>> from quotrack.model import TextSpan
    >>> text = '"We will win," she said, "and soon."'
    >>> split = Attribution(kind="direct", content=TextSpan.of(text, 1, 35), detector="quotes",
    ...                     pieces=[TextSpan.of(text, 1, 13), TextSpan.of(text, 26, 35)])
    >>> quote_text(split)
    'We will win … and soon.'
    """
    if len(attribution.pieces) == 1:
        return _as_read(attribution.content.text)
    last = len(attribution.pieces) - 1
    return PIECE_JOINER.join(
        _as_read(piece.text).strip() if n == last else _as_read(piece.text).strip().rstrip(",")
        for n, piece in enumerate(attribution.pieces)
    )


def _as_read(words: str) -> str:
    """``words`` as a reader of the page sees them: markup and character entities out (a quote of
    a text with HTML in it: its span, which indexes that text, may hold a tag or half of one).

    >>> _as_read("We will win <i>this"), _as_read("Lee &amp; Roe"), _as_read("x < y")
    ('We will win this', 'Lee & Roe', 'x < y')
    """
    return clean_text(words).text if "<" in words or "&" in words else words


def _quote_row(
    document_pk: int, index: int, attribution: Attribution, quoted: str | None, by_name: dict[str, int]
) -> dict[str, Any]:
    speaker = attribution.speaker
    act = getattr(attribution, "act", None)
    return {
        "document_pk": document_pk,
        "idx": index,
        "kind": attribution.kind.value,
        "content": escape(quote_text(attribution)),
        "pieces": escape(json.dumps([p.text for p in attribution.pieces], ensure_ascii=False))
        if len(attribution.pieces) > 1
        else None,
        "confidence": attribution.confidence,
        "quoted": escape_optional(quoted),
        "start": attribution.content.start,
        "end": attribution.content.end,
        "cue": escape_optional(attribution.cue.text if attribution.cue is not None else None),
        "act": getattr(act, "value", act),
        "detector": attribution.detector,
        "source": escape_optional(speaker.name if speaker is not None else None),
        "source_kind": speaker.kind.value if speaker is not None else None,
        "mention_pk": by_name.get(speaker.name.casefold()) if speaker is not None else None,
        "carrier": escape_optional(attribution.outlet.name if attribution.outlet is not None else None),
    }


# -- ingesting many ---------------------------------------------------------------------
@attrs.frozen
class _Item:
    """One record on its way through the Tracker, in order."""

    where: str
    document: Document | None = None
    text_hash: str = ""
    failure: str | None = None
    unchanged: bool = False
    """Stored with the same text when the batch was looked up (an earlier record may change that)."""
    superseded: bool = False
    """A later record of its id in the batch replaces it: neither parsed nor stored."""


def _prepare_items(
    engine: Engine,
    items: Iterable[tuple[Any, str]],
    batch_size: int,
    max_chars: int | None,
    skip_stored: bool,
) -> Iterator[tuple[str, _Item]]:
    """``(text, item)`` pairs for the Tracker: texts to parse, and empty ones for the rest.

    With ``skip_stored``, a document stored with the same text and facts is not parsed again.
    A stored document of :func:`reprocess` comes as ``(document, text_hash)``.
    """
    iterator = iter(items)
    while True:
        chunk = [next(iterator, None) for _ in range(batch_size)]
        chunk_items = [pair for pair in chunk if pair is not None]
        if not chunk_items:
            return
        prepared: list[tuple[str, _Item]] = []
        for record, where in chunk_items:
            if isinstance(record, BaseException):
                message = record.message if isinstance(record, RecordError) else str(record)
                prepared.append(("", _Item(where, failure=message)))
                continue
            stored_hash = None
            if isinstance(record, tuple):  # a stored document and its hash
                record, stored_hash = record
            try:
                document = read_record(record, where)
                if max_chars is not None and len(document.text) > max_chars:
                    raise RecordError(
                        document.id,
                        f"the text has {len(document.text)} characters; the Tracker allows {max_chars}",
                    )
            except RecordError as error:
                prepared.append(("", _Item(error.record, failure=error.message)))
                continue
            text_hash = stored_hash or content_hash(document)
            prepared.append((document.text, _Item(where, document, text_hash)))
        _mark_superseded(prepared)
        stored: dict[str, str] = {}
        if skip_stored:
            ids = [escape(item.document.id) for _, item in prepared if item.document is not None]
            with engine.connect() as conn:
                rows = conn.execute(
                    sa.select(t.documents.c.id, t.documents.c.text_hash).where(t.documents.c.id.in_(ids))
                )
                stored = {row.id: row.text_hash for row in rows}
        for text, item in prepared:
            if item.superseded:
                yield "", item
            elif item.document is not None and stored.get(escape(item.document.id)) == item.text_hash:
                yield "", attrs.evolve(item, unchanged=True)
            else:
                yield text, item


def _mark_superseded(prepared: list[tuple[str, _Item]]) -> None:
    """Mark, in place, each record of a batch that a later record of its id in the batch replaces
    (:func:`_may_replace`) as superseded, not to be parsed: ingesting a file with a first version
    and a correction of one story stores the correction once, and again leaves the ledger alone."""
    winner: dict[str, int] = {}
    for index, (_, item) in enumerate(prepared):
        if item.document is None:
            continue
        before = winner.get(item.document.id)
        if before is None:
            winner[item.document.id] = index
            continue
        old = prepared[before][1]
        assert old.document is not None
        loser = before if _may_replace(old.document.fetched, item.document.fetched) else index
        if loser == before:
            winner[item.document.id] = index
        prepared[loser] = ("", attrs.evolve(prepared[loser][1], superseded=True))


@attrs.define
class _Tally:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: list[IngestFailure] = attrs.Factory(list)

    def report(self) -> IngestReport:
        return IngestReport(self.added, self.replaced, self.unchanged, len(self.errors), self.errors)


def add(
    engine: Engine,
    result: Result,
    id: str,
    outlet: str | None = None,
    published: str | date | datetime | None = None,
    url: str | None = None,
    title: str | None = None,
    **facts: Any,
) -> str:
    """Store a Result you already have, with its document's facts: added, replaced or unchanged.

    ``facts`` are the other fields of a :class:`~quotrack.Document` (``authors``,
    ``language``, ``fetched``, ...); a key that is none is kept as metadata.
    """
    if not isinstance(result, Result):
        raise ArgumentError(f"add() takes a quotrack Result, not {type(result).__name__}")
    record = {
        **facts,
        "id": id,
        "text": result.text,
        "outlet": outlet,
        "published": published,
        "url": url,
        "title": title,
    }
    return store_result(engine, result, read_record(record, str(id)))


def ingest(
    engine: Engine,
    records: Iterable[Any],
    tracker: Callable[[], Tracker],
    batch_size: int,
    n_process: int,
    on_error: str,
    *,
    show: bool,
    as_tuples: bool,
    skip_stored: bool = True,
) -> IngestReport:
    """Extract and store ``records``, each document in its own transaction, in order.

    ``tracker`` gives the Tracker to run, once the arguments are checked (so a
    Ledger makes its default one only then); ``show`` shows a progress bar;
    ``skip_stored=False`` parses documents stored unchanged too, and keeps them
    unchanged only when the Tracker finds the same again (:func:`reprocess`);
    the rest is as :meth:`quotrack.Ledger.ingest` says.
    """
    if on_error not in ("raise", "skip"):
        raise ArgumentError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    pipeline = tracker()
    provenance = Provenance.of_tracker(pipeline)
    pairs = records if as_tuples else ((record, f"record {n}") for n, record in enumerate(records, 1))
    total = len(records) if isinstance(records, Sized) else None
    items = _prepare_items(engine, pairs, batch_size, pipeline.max_chars, skip_stored)
    tally = _Tally()
    stored_now: set[str] = set()  # the ids this run has stored: a record read as unchanged before is not
    with tqdm(total=total, disable=not show, unit="doc", desc="ingest", leave=False) as bar:

        def failed(pair: tuple[str, _Item], error: QuotrackError) -> None:
            # a detector or resolver failed on this document: it is stored not at all
            if on_error == "raise":
                raise RecordError(pair[1].where, str(error)) from error
            tally.errors.append(IngestFailure(pair[1].where, str(error)))
            bar.update(1)

        results = pipeline.pipe(
            items, batch_size=batch_size, n_process=n_process, as_tuples=True, on_error=failed
        )
        for result, item in results:
            bar.update(1)
            if item.failure is not None:
                if on_error == "raise":
                    raise RecordError(item.where, item.failure)
                tally.errors.append(IngestFailure(item.where, item.failure))
            elif (
                item.document is None
                or item.superseded
                or (item.unchanged and item.document.id not in stored_now)
            ):
                tally.unchanged += 1
            else:
                if item.unchanged:  # an earlier record of its id changed the ledger since it was looked up
                    result = pipeline(item.document.text)
                try:
                    status = store_result(
                        engine,
                        result,
                        item.document,
                        item.text_hash,
                        same_text=skip_stored,
                        provenance=provenance,
                        where=item.where,
                    )
                except RecordError as error:  # (too long to store: checked before the transaction)
                    if on_error == "raise":
                        raise
                    tally.errors.append(IngestFailure(error.record, error.message))
                    continue
                if status == "added":
                    tally.added += 1
                elif status == "replaced":
                    tally.replaced += 1
                else:
                    tally.unchanged += 1
                if status != "unchanged":
                    stored_now.add(item.document.id)
    return tally.report()


def reprocess(
    engine: Engine,
    stored: Iterable[tuple[tuple[Document, str] | RecordError, str]],
    tracker: Callable[[], Tracker],
    batch_size: int,
    n_process: int,
    on_error: str,
    *,
    show: bool,
) -> IngestReport:
    """Extract stored documents again and store what changed, as :func:`ingest` would.

    ``stored`` gives ``((document, text_hash), id)`` pairs read back from the
    ledger, or ``(error, id)`` for a document whose text was never stored.  A
    document whose attributions come out the same is unchanged (its
    provenance says the new Tracker); a different Result replaces its rows,
    and the identity decisions made by hand still apply to them.
    """
    return ingest(
        engine,
        stored,
        tracker,
        batch_size,
        n_process,
        on_error,
        show=show,
        as_tuples=True,
        skip_stored=False,
    )
