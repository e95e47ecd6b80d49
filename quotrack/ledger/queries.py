"""Reading a ledger: its documents, texts, speakers, quotes and echoes, as records.

Each function reads in one connection of ``engine`` and returns frozen
records (:mod:`quotrack.ledger.records`), their text unescaped; the
:class:`~quotrack.Ledger` methods of the same names call them.  Which
documents are copies of which (:mod:`quotrack.ledger.copies`) is worked out
when asked, from the copy keys and the texts of the documents that share
one; ``min_similarity`` is the :class:`~quotrack.Ledger`'s ``copy_similarity``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..confidence import MinConfidence, check_min_confidence
from ..errors import ArgumentError, LedgerError, RecordError
from ..model import Kind, SpeakerKind
from ..reading import Document
from ..syntax import WRITING_NOUNS
from ..wordlists import table, words
from . import schema as t
from .copies import MAX_SHARERS, MIN_SHARED, MIN_SIMILARITY, originals
from .echoes import build_echo, clusters, normalize_quote, same_quote
from .escape import ESCAPE, escape, unescape, unescape_optional
from .inputs import parse_date
from .linking import find_people
from .records import DocumentRecord, Echo, QuoteRecord, SpeakerRecord

DEFAULT_MIN_CONFIDENCE: MinConfidence = "complete"
"""What the ledger lists and counts unless told otherwise: the attributions of the *complete*
setting of the bundled confidence model (0.31), which keeps 99% of the right attributions of the
data it was fitted on and leaves out those it gives less than about one chance in three of being
right.  Every attribution is stored whatever its confidence: ``min_confidence="all"`` (or 0)
lists them all."""

__all__ = [
    "CONTEXT_CHARS",
    "copies",
    "documents",
    "echoes",
    "has_speaker",
    "quotes",
    "speaker_by_id",
    "speakers",
    "stored_documents",
    "text",
]

CONTEXT_CHARS = 600
"""How far around a quote ``quotes(context=True)`` looks for its sentence's ends."""


# -- copies -------------------------------------------------------------------------------
def _candidate_pairs(conn: Connection, pks: Iterable[int] | None) -> set[tuple[int, int]]:
    """Candidate copies (of one of ``pks``, or any): documents sharing a band key, each with its
    bucket's first, and pairs sharing :data:`~quotrack.ledger.copies.MIN_SHARED` run keys that at
    most :data:`~quotrack.ledger.copies.MAX_SHARERS` documents have (more is boilerplate)."""
    k = t.copy_keys.c
    runs = k.key.startswith("s:")
    if pks is None:
        keys: Any = sa.select(k.key).group_by(k.key).having(sa.func.count() > 1)
    else:
        keys = sa.select(k.key).where(k.document_pk.in_(sorted(pks)))
    pairs = _bucket_pairs(
        conn.execute(
            sa.select(k.key, k.document_pk)
            .where(k.key.in_(keys.where(sa.not_(runs))))
            .order_by(k.key, k.document_pk)
        )
    )
    shared = (
        sa.select(k.key)
        .where(runs, k.key.in_(keys.where(runs)))
        .group_by(k.key)
        .having(sa.func.count() > 1, sa.func.count() <= MAX_SHARERS)
    )
    buckets: dict[str, list[int]] = defaultdict(list)
    for key, pk in conn.execute(sa.select(k.key, k.document_pk).where(k.key.in_(shared))):
        buckets[key].append(pk)
    counts: Counter[tuple[int, int]] = Counter()
    for members in buckets.values():
        members.sort()
        counts.update(itertools.combinations(members, 2))
    return pairs | {pair for pair, n in counts.items() if n >= MIN_SHARED}


def _bucket_pairs(rows: Iterable[Any]) -> set[tuple[int, int]]:
    """(first pk, pk) for each other pk of a bucket, from ``(key, pk)`` rows sorted by key then pk.

    Each member pairs with its bucket's first only: linear, even for a key that
    many share (a cluster joins through its first member).
    """
    pairs: set[tuple[int, int]] = set()
    head: tuple[str, int] | None = None
    for key, pk in rows:
        if head is None or head[0] != key:
            head = (key, pk)
        elif pk != head[1]:
            pairs.add((head[1], pk))
    return pairs


_SEEDED = 500
"""Up to this many documents, copies are looked for around them only; beyond, in the whole ledger."""


def _originals(conn: Connection, min_similarity: float, seeds: set[int] | None = None) -> dict[int, int]:
    """``{document pk: its original's pk}`` for the copies (among those linked to ``seeds``, if given)."""
    if seeds is not None and len(seeds) <= _SEEDED:
        pairs: set[tuple[int, int]] = set()
        known, frontier = set(seeds), set(seeds)
        while frontier:  # the documents linked to the seeds through shared keys, hop by hop
            found = _candidate_pairs(conn, frontier)
            pairs |= found
            frontier = {pk for pair in found for pk in pair} - known
            known |= frontier
    else:
        pairs = _candidate_pairs(conn, None)
    involved = sorted({pk for pair in pairs for pk in pair})
    texts: dict[int, str] = {}
    order: dict[int, tuple[datetime | None, str]] = {}
    d = t.documents.c
    for start in range(0, len(involved), 200):
        for row in conn.execute(
            sa.select(d.pk, d.id, d.published, d.text).where(d.pk.in_(involved[start : start + 200]))
        ):
            texts[row.pk] = unescape(row.text) if row.text is not None else ""
            order[row.pk] = (row.published, row.id)
    return originals(sorted(pairs), texts, order, min_similarity)


def copies(engine: Engine, min_similarity: float = MIN_SIMILARITY) -> dict[str, str]:
    """``{copy's id: its original's id}`` for every document that is a copy of another."""
    with engine.connect() as conn:
        found = _originals(conn, min_similarity)
        ids = _ids(conn, set(found) | set(found.values()))
    return {ids[copy]: ids[original] for copy, original in found.items()}


def _ids(conn: Connection, pks: set[int]) -> dict[int, str]:
    ordered = sorted(pks)
    ids: dict[int, str] = {}
    for start in range(0, len(ordered), 500):
        rows = conn.execute(
            sa.select(t.documents.c.pk, t.documents.c.id).where(
                t.documents.c.pk.in_(ordered[start : start + 500])
            )
        )
        ids.update({row.pk: unescape(row.id) for row in rows})
    return ids


# -- documents and their texts ----------------------------------------------------------------
def _names(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(",")) if value else ()


def documents(engine: Engine, min_similarity: float = MIN_SIMILARITY) -> list[DocumentRecord]:
    """Every stored document, in ingest order."""
    d = t.documents.c
    columns = [c for c in t.documents.c if c.name not in ("text", "text_hash", "result_hash")]
    with engine.connect() as conn:
        found = _originals(conn, min_similarity)
        rows = conn.execute(sa.select(*columns).order_by(d.pk)).all()
    ids = {row.pk: unescape(row.id) for row in rows}
    return [
        DocumentRecord(
            id=ids[row.pk],
            outlet=unescape_optional(row.outlet),
            published=row.published,
            url=unescape_optional(row.url),
            title=unescape_optional(row.title),
            attributions=row.attributions,
            authors=json.loads(row.authors) if row.authors else (),
            language=unescape_optional(row.language),
            source=unescape_optional(row.source),
            fetched=row.fetched,
            metadata=json.loads(row.extra) if row.extra else {},
            copy_of=ids[found[row.pk]] if row.pk in found else None,
            quotrack_version=row.quotrack_version,
            detectors=_names(row.detectors),
            resolvers=None if row.resolvers is None else _names(row.resolvers),
        )
        for row in rows
    ]


def text(engine: Engine, document_id: str) -> str:
    """The stored text of a document."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(t.documents.c.text).where(t.documents.c.id == escape(str(document_id)))
        ).first()
    if row is None:
        raise LedgerError(f"no document {document_id!r} in the ledger")
    if row.text is None:
        raise LedgerError(
            f"the ledger has no text of {document_id!r}: it was stored by an older quotrack; ingest it again"
        )
    return unescape(row.text)


def stored_documents(
    engine: Engine, ids: Iterable[str] | None = None
) -> Iterator[tuple[tuple[Document, str] | RecordError, str]]:
    """The stored documents (those of ``ids``, or all in ingest order) as ``((document, text_hash), id)``.

    A document stored without its text (by a ledger of schema version 1) comes
    as ``(RecordError, id)``; an id not in the ledger raises :class:`LedgerError`.
    """
    d = t.documents.c
    wanted = None if ids is None else [escape(str(i)) for i in dict.fromkeys(ids)]
    if wanted is not None:
        with engine.connect() as conn:
            known = {row.id for row in conn.execute(sa.select(d.id).where(d.id.in_(wanted)))}
        missing = [unescape(i) for i in wanted if i not in known]
        if missing:
            raise LedgerError(f"no document {missing[0]!r} in the ledger")
    last = 0
    while True:
        query = sa.select(t.documents).where(d.pk > last).order_by(d.pk).limit(100)
        if wanted is not None:
            query = query.where(d.id.in_(wanted))
        with engine.connect() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        for row in rows:
            doc_id = unescape(row.id)
            if row.text is None:
                message = "the ledger has no text of it (stored by an older quotrack): ingest it again"
                yield RecordError(doc_id, message), doc_id
                continue
            document = Document(
                id=doc_id,
                text=unescape(row.text),
                outlet=unescape_optional(row.outlet),
                published=row.published,
                url=unescape_optional(row.url),
                title=unescape_optional(row.title),
                authors=json.loads(row.authors) if row.authors else (),
                language=unescape_optional(row.language),
                source=unescape_optional(row.source),
                fetched=row.fetched,
                metadata=json.loads(row.extra) if row.extra else {},
            )
            yield (document, row.text_hash), doc_id
        last = rows[-1].pk


# -- speakers ---------------------------------------------------------------------------------
def speakers(
    engine: Engine,
    limit: int | None = None,
    kind: str | SpeakerKind | None = None,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    min_similarity: float = MIN_SIMILARITY,
) -> list[SpeakerRecord]:
    """The people and organisations quoted, linked across articles, most quoted first.

    Each attribution counts for every speaker it is credited to: a joint one
    ("Ann Lee and Bo Roe said") for each member.  ``kind`` keeps one
    kind of speaker; ``min_confidence`` (see :data:`DEFAULT_MIN_CONFIDENCE`) counts only the
    attributions at or above it (a speaker left with none is not listed).  ``quotes`` counts each
    attribution once: one that a copy repeats from its original (:func:`_carried`) counts there
    only, and in ``copied_quotes``.  ``documents`` counts independent documents (a story and its
    copies once; a copy with words of the speaker's own that its original lacks is one more),
    ``copies`` the documents that only repeat the speaker's words from their original.
    """
    limit = _checked_limit(limit)
    wanted = _speaker_kind(kind) if kind is not None else None
    threshold = check_min_confidence(min_confidence)
    if wanted == SpeakerKind.GROUP.value:
        groups = _groups(engine, threshold, min_similarity)
        return groups[:limit] if limit is not None else groups
    m, d, c, q = t.mentions.c, t.documents.c, t.credits.c, t.quotes.c
    credited = (
        sa.select(m.person_pk, m.name, m.description, m.document_pk, c.quote_pk)
        .join(t.credits, c.mention_pk == m.pk)
        .where(m.person_pk.is_not(None))
    )
    credited = credited.join(t.quotes, q.pk == c.quote_pk).where(_claims(q))
    if threshold > 0:
        credited = credited.where(_confident(q.confidence, threshold))
    cr = credited.subquery("credited")
    with engine.connect() as conn:
        people_query = sa.select(t.people.c.pk, t.people.c.name, t.people.c.kind)
        if wanted is not None:
            people_query = people_query.where(t.people.c.kind == wanted)
        people = {row.pk: row for row in conn.execute(people_query)}
        spans = conn.execute(
            sa.select(
                cr.c.person_pk,
                sa.func.min(d.published).label("first"),
                sa.func.max(d.published).label("last"),
            )
            .join(t.documents, d.pk == cr.c.document_pk)
            .group_by(cr.c.person_pk)
        ).all()
        found = _originals(conn, min_similarity)
        credited_quotes: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for person_pk, document_pk, quote_pk in conn.execute(
            sa.select(cr.c.person_pk, cr.c.document_pk, cr.c.quote_pk).distinct()
        ):
            credited_quotes[person_pk].add((quote_pk, document_pk))
        carried = _carried(conn, [pair for pairs in credited_quotes.values() for pair in pairs], found)
        names: dict[int, dict[str, int]] = defaultdict(dict)
        descriptions: dict[int, dict[str, int]] = defaultdict(dict)
        for row in conn.execute(
            sa.select(m.person_pk, m.name, m.description, sa.func.count().label("n"))
            .where(m.person_pk.is_not(None))
            .group_by(m.person_pk, m.name, m.description)
        ):
            names[row.person_pk][row.name] = names[row.person_pk].get(row.name, 0) + row.n
            if row.description is not None:
                descriptions[row.person_pk][row.description] = (
                    descriptions[row.person_pk].get(row.description, 0) + row.n
                )
        outlets: dict[int, list[str]] = defaultdict(list)
        for row in conn.execute(
            sa.select(cr.c.person_pk, d.outlet)
            .join(t.documents, d.pk == cr.c.document_pk)
            .where(d.outlet.is_not(None))
            .distinct()
            .order_by(d.outlet)
        ):
            outlets[row.person_pk].append(unescape(row.outlet))
    records = []
    for span in spans:
        person = people.get(span.person_pk)
        if person is None:
            continue
        name = unescape(person.name)
        aliases = sorted(unescape(n) for n in names[span.person_pk] if unescape(n) != name)
        described = descriptions[span.person_pk]
        if person.kind != SpeakerKind.PERSON.value:  # (a person's words are a role, an age …)
            described = {k: n for k, n in described.items() if _describes(unescape(k))}
        description = max(sorted(described), key=described.__getitem__) if described else None
        coverage = _coverage(credited_quotes[span.person_pk], carried, found)
        records.append(
            SpeakerRecord(
                name=name,
                aliases=aliases,
                kind=person.kind,
                description=unescape_optional(description),
                documents=coverage.documents,
                quotes=coverage.quotes,
                outlets=outlets[span.person_pk],
                first_seen=span.first,
                last_seen=span.last,
                id=span.person_pk,
                copies=coverage.copies,
                copied_quotes=coverage.copied_quotes,
            )
        )
    records.sort(key=lambda r: (-r.quotes, -r.documents, r.name.casefold(), r.id or 0))
    return records[:limit] if limit is not None else records


@attrs.frozen
class _Coverage:
    """A speaker's quotes and documents, a story and the copies that repeat it counted once."""

    quotes: int
    """Quotes of the speaker's own: none a copy repeats from its original."""
    documents: int
    """Independent documents: a copy counts where it adds words of the speaker's own."""
    copies: int
    """Documents that only repeat the speaker's words from their original."""
    copied_quotes: int


def _coverage(quotes: Iterable[tuple[int, int]], carried: set[int], found: Mapping[int, int]) -> _Coverage:
    """The coverage of a speaker's ``(quote pk, document pk)`` quotes, given which of them a copy
    repeats (``carried``, see :func:`_carried`) and each copy's original (``found``).

    >>> _coverage([(1, 10), (2, 11), (3, 11)], carried={2}, found={11: 10})
    _Coverage(quotes=2, documents=2, copies=0, copied_quotes=1)
    """
    seen: set[int] = set()
    own: set[int] = set()  # documents with words of the speaker's own
    stories: set[int] = set()
    repeated = 0
    said = 0
    for quote, document in quotes:
        seen.add(document)
        if quote in carried:  # a copy's repeat of its original's words: the original's
            stories.add(found[document])
            repeated += 1
        else:
            stories.add(document)
            own.add(document)
            said += 1
    return _Coverage(said, len(stories), len(seen - own), repeated)


def _describes(description: str) -> bool:
    """Whether a mention's description says what a body is, not what it spoke through: a
    resolver keeps the words a body was found by as its description, a writing (``the filing``,
    ``a new poll that shows …``) or a share of a poll's respondents (``28 percent of voters``),
    which describe no body.  The phrase's head is read as its last word before a word that
    opens what follows it (``that``, ``of``, ``released`` …).

    >>> _describes("the national weather service"), _describes("its press release")
    (True, False)
    >>> _describes("a new poll released last week"), _describes("6 in 10 voters")
    (False, False)
    >>> _describes("one of the unions")
    True
    """
    words = description.lower().split()
    if not words or words[0][:1].isdigit() or "percent" in words:
        return False  # a share of a poll's respondents
    head = next((k for k, word in enumerate(words) if k and word in _AFTER_HEAD), len(words))
    return words[head - 1].strip(",;:()") not in WRITING_NOUNS


_AFTER_HEAD = frozenset(
    {
        "at",
        "that",
        "which",
        "of",
        "by",
        "from",
        "in",
        "on",
        "for",
        "released",
        "published",
        "conducted",
        "showing",
    }
)


TOPIC = "topic"
"""The act of a record that names what someone spoke about, not their words: never counted as a claim."""
REQUEST = "request"
"""The act of a record of a request, an order or a question: never counted as a claim."""


def _claims(q: Any, topics: bool = False, requests: bool = False) -> Any:
    """The condition that a quote is a claim: its act is not :data:`TOPIC` or :data:`REQUEST`.

    ``topics`` and ``requests`` let those acts through too.
    """
    left_out = [act for act, kept in ((TOPIC, topics), (REQUEST, requests)) if not kept]
    return sa.or_(q.act.is_(None), q.act.not_in(left_out))


def _groups(engine: Engine, threshold: float, min_similarity: float = MIN_SIMILARITY) -> list[SpeakerRecord]:
    """Group sources ("Aid agencies", "Ann Lee and Bo Roe"), by name: no group is linked across articles.

    They are counted as a person is: a quote a copy repeats from its original counts there only.
    """
    q, d = t.quotes.c, t.documents.c
    query = (
        sa.select(q.source, q.pk, q.document_pk, d.published, d.outlet)
        .join(t.documents, d.pk == q.document_pk)
        .where(q.source_kind == SpeakerKind.GROUP.value, q.source.is_not(None), _claims(q))
        .order_by(q.pk)
    )
    if threshold > 0:
        query = query.where(_confident(q.confidence, threshold))
    found: dict[str, list[Any]] = defaultdict(list)
    with engine.connect() as conn:
        for row in conn.execute(query):
            found[unescape(row.source).casefold()].append(row)
        originals = _originals(conn, min_similarity) if found else {}
        every = [(row.pk, row.document_pk) for rows in found.values() for row in rows]
        carried = _carried(conn, every, originals)
    records = []
    for rows in found.values():
        dates = [row.published for row in rows if row.published is not None]
        spellings = sorted({unescape(row.source) for row in rows})
        coverage = _coverage([(row.pk, row.document_pk) for row in rows], carried, originals)
        records.append(
            SpeakerRecord(
                name=unescape(rows[0].source),
                aliases=[n for n in spellings if n != unescape(rows[0].source)],
                kind=SpeakerKind.GROUP.value,
                documents=coverage.documents,
                quotes=coverage.quotes,
                outlets=sorted({unescape(row.outlet) for row in rows if row.outlet is not None}),
                first_seen=min(dates, default=None),
                last_seen=max(dates, default=None),
                copies=coverage.copies,
                copied_quotes=coverage.copied_quotes,
            )
        )
    records.sort(key=lambda r: (-r.quotes, -r.documents, r.name.casefold()))
    return records


def quotes(
    engine: Engine,
    speaker: str | int | None = None,
    outlet: str | None = None,
    document: str | None = None,
    since: str | date | datetime | None = None,
    until: str | date | datetime | None = None,
    contains: str | None = None,
    kind: str | Kind | Iterable[str | Kind] | None = None,
    limit: int | None = None,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    *,
    context: bool = False,
    topics: bool = False,
    requests: bool = False,
    copies: bool = True,
    min_similarity: float = MIN_SIMILARITY,
) -> list[QuoteRecord]:
    """The stored attributions that match every filter given, in date order.

    The filters are :meth:`quotrack.Ledger.quotes`'s; ``context=True`` fills
    in each record's ``context``: its sentence(s) in the stored text;
    ``topics=True`` keeps the records that only name a topic (act ``topic``),
    ``requests=True`` the requests, orders and questions (act ``request``);
    ``copies=False`` leaves out the records a copy repeats from its original.
    """
    limit = _checked_limit(limit)
    threshold = check_min_confidence(min_confidence)
    q, d = t.quotes.c, t.documents.c
    query = _quote_select(context)
    if not (topics and requests):
        query = query.where(_claims(q, topics, requests))
    with engine.connect() as conn:
        if speaker is not None:
            query = query.where(_said_by(conn, speaker))
        if outlet is not None:  # compared in Python: SQLite's lower() folds ASCII letters only
            wanted = escape(outlet).lower()
            stored = conn.execute(sa.select(d.outlet).where(d.outlet.is_not(None)).distinct()).scalars()
            query = query.where(d.outlet.in_([name for name in stored if name.lower() == wanted]))
        if document is not None:
            query = query.where(d.id == escape(str(document)))
        if since is not None and since != "":  # (an empty date bounds nothing, as in parse_date)
            query = query.where(d.published >= parse_date(since, "since"))
        if until is not None and until != "":
            query = query.where(d.published < _day_after(until))
        if kind is not None:
            query = query.where(q.kind.in_(_kinds(kind)))
        if contains is not None:
            query = query.where(q.content.icontains(escape(contains), autoescape=True))
        if threshold > 0:
            query = query.where(_confident(q.confidence, threshold))
        rows = conn.execute(query).all()
        if contains is not None:
            needle = contains.casefold()
            rows = [row for row in rows if needle in unescape(row.content).casefold()]
        if not copies:  # (which are copies is known only of the whole list)
            _, copy_of = _copy_links(conn, rows, min_similarity)
            rows = [row for row in rows if row.pk not in copy_of]
        rows = rows[:limit] if limit is not None else rows
        _, copy_of = _copy_links(conn, rows, min_similarity) if copies else ({}, {})
        credits = _credited(conn, [row.pk for row in rows])
        return [
            _quote_record(row, copy_of, credits.get(row.pk, ()), conn if context else None) for row in rows
        ]


_PKS_AT_ONCE = 500
"""How many rows are looked up by key in one statement."""


def _sources(conn: Connection, speaker: str | int) -> tuple[list[int], list[str]]:
    """Who ``speaker`` can mean: the people a name (any spelling of a person or body) or an id
    means, and the stored names of group sources written so (as ``speakers(kind="group")`` lists
    them); an id is a stored person's only."""
    person_pks = find_people(conn, speaker)
    if isinstance(speaker, int):
        people = t.people.c
        stored = conn.execute(sa.select(people.pk).where(people.pk.in_(person_pks))).scalars()
        return list(stored), []
    q = t.quotes.c
    sources = conn.execute(
        sa.select(q.source).where(q.source_kind == SpeakerKind.GROUP.value, q.source.is_not(None)).distinct()
    ).scalars()
    wanted = speaker.casefold()
    return person_pks, [name for name in sources if unescape(name).casefold() == wanted]


def has_speaker(engine: Engine, speaker: str | int) -> bool:
    """Whether the ledger has a speaker of this name or id: see :func:`_sources`."""
    with engine.connect() as conn:
        person_pks, groups = _sources(conn, speaker)
    return bool(person_pks or groups)


def _said_by(conn: Connection, speaker: str | int) -> Any:
    """The condition that a quote counts for ``speaker`` (:func:`_sources`)."""
    q = t.quotes.c
    person_pks, groups = _sources(conn, speaker)
    credited = (
        sa.select(t.credits.c.quote_pk)
        .join(t.mentions, t.mentions.c.pk == t.credits.c.mention_pk)
        .where(t.mentions.c.person_pk.in_(person_pks))
    )
    return sa.or_(q.pk.in_(credited), sa.and_(q.source_kind == SpeakerKind.GROUP.value, q.source.in_(groups)))


def _credited(conn: Connection, quote_pks: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The names of the speakers each quote counts for (:mod:`~quotrack.ledger.schema`'s credits),
    in the order of their mentions."""
    c, m, p = t.credits.c, t.mentions.c, t.people.c
    names: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(quote_pks), _PKS_AT_ONCE):
        part = quote_pks[start : start + _PKS_AT_ONCE]
        rows = conn.execute(
            sa.select(c.quote_pk, p.name)
            .join(t.mentions, m.pk == c.mention_pk)
            .join(t.people, p.pk == m.person_pk)
            .where(c.quote_pk.in_(part))
            .order_by(c.quote_pk, m.pk)
        )
        for quote_pk, stored in rows:
            name = unescape(stored)
            if name not in names[quote_pk]:
                names[quote_pk].append(name)
    return {pk: tuple(found) for pk, found in names.items()}


def _copy_links(
    conn: Connection, rows: Sequence[Any], min_similarity: float
) -> tuple[dict[int, str], dict[int, str]]:
    """For quote ``rows`` (with ``pk`` and ``document_pk``): ``{document pk: its original's id}``
    for their documents that are copies, and ``{quote pk: its original's id}`` for the quotes
    among them that a copy repeats from its original (:func:`_carried`)."""
    pks = {row.document_pk for row in rows}
    if not pks:
        return {}, {}
    found = {pk: original for pk, original in _originals(conn, min_similarity, pks).items() if pk in pks}
    if not found:
        return {}, {}
    ids = _ids(conn, set(found.values()))
    carried = _carried(conn, [(row.pk, row.document_pk) for row in rows], found)
    by_document = {pk: ids[original] for pk, original in found.items()}
    return by_document, {row.pk: by_document[row.document_pk] for row in rows if row.pk in carried}


def _carried(conn: Connection, quotes: Sequence[tuple[int, int]], found: Mapping[int, int]) -> set[int]:
    """The ``(quote pk, document pk)`` quotes that a copy repeats from its original: their document
    is a copy (``found``: ``{copy's pk: original's pk}``) and the original carries the same words
    (the same once normalised, or :func:`~quotrack.ledger.echoes.same_quote`).  Words a copy adds
    of its own (a local paragraph, another story's sentence after shared boilerplate) are not."""
    in_copies = [(quote, document) for quote, document in quotes if document in found]
    if not in_copies:
        return set()
    q = t.quotes.c
    wanted = sorted({quote for quote, _ in in_copies})
    originals = sorted({found[document] for _, document in in_copies})
    words: dict[int, str] = {}
    carried: dict[int, set[str]] = defaultdict(set)
    for start in range(0, len(wanted), _PKS_AT_ONCE):
        part = wanted[start : start + _PKS_AT_ONCE]
        for row in conn.execute(sa.select(q.pk, q.content).where(q.pk.in_(part))):
            words[row.pk] = normalize_quote(unescape(row.content))
    for start in range(0, len(originals), _PKS_AT_ONCE):
        part = originals[start : start + _PKS_AT_ONCE]
        for row in conn.execute(sa.select(q.document_pk, q.content).where(q.document_pk.in_(part))):
            carried[row.document_pk].add(normalize_quote(unescape(row.content)))
    out = set()
    for quote, document in in_copies:
        theirs = carried.get(found[document], set())
        if words[quote] in theirs or any(same_quote(words[quote], other) for other in theirs):
            out.add(quote)
    return out


def echoes(engine: Engine, min_documents: int = 2, min_similarity: float = MIN_SIMILARITY) -> list[Echo]:
    """Quoted words carried by at least ``min_documents`` independent documents, most widely carried first.

    A story and its copies are one document: words carried only by the
    copies of one story are no echo.
    """
    e, q = t.echo_keys.c, t.quotes.c
    shared = sa.select(e.key).group_by(e.key).having(sa.func.count() > 1)
    with engine.connect() as conn:
        # a stock phrase many documents carry joins through its bucket's first quote
        pairs = sorted(
            _bucket_pairs(
                conn.execute(
                    sa.select(e.key, e.quote_pk).where(e.key.in_(shared)).order_by(e.key, e.quote_pk)
                )
            )
        )
        involved = sorted({pk for pair in pairs for pk in pair})
        rows: dict[int, Any] = {}
        for start in range(0, len(involved), _PKS_AT_ONCE):
            part = involved[start : start + _PKS_AT_ONCE]
            for row in conn.execute(_quote_select().where(q.pk.in_(part))):
                rows[row.pk] = row
        originals_of, copy_of = _copy_links(conn, list(rows.values()), min_similarity)
        credits = _credited(conn, sorted(rows))
    verified = [(x, y) for x, y in pairs if same_quote(unescape(rows[x].quoted), unescape(rows[y].quoted))]
    echoes = []
    for group in clusters(verified):
        members = [rows[pk] for pk in group]
        stories = {originals_of.get(row.document_pk, unescape(row.document)) for row in members}
        if len(stories) < min_documents:
            continue
        # an occurrence's content is the quoted words (of a mixed quote, only those)
        occurrences = [
            (
                attrs.evolve(
                    _quote_record(row, copy_of, credits.get(row.pk, ())), content=unescape(row.quoted)
                ),
                _ingest_order(row),
            )
            for row in members
        ]
        echoes.append(build_echo(occurrences))
    echoes.sort(
        key=lambda e: (-e.documents, -len({o.document for o in e.occurrences}), _record_date(e.first))
    )
    return echoes


def speaker_by_id(engine: Engine, person_pk: int) -> SpeakerRecord:
    """The speaker with this id (one with no mention left has no quotes)."""
    for record in speakers(engine):
        if record.id == person_pk:
            return record
    with engine.connect() as conn:
        row = conn.execute(sa.select(t.people).where(t.people.c.pk == person_pk)).one()
    return SpeakerRecord(name=unescape(row.name), kind=row.kind, id=row.pk)


# -- query helpers --------------------------------------------------------------------
def _quote_select(context: bool = False) -> sa.Select[Any]:
    q, d, m, p = t.quotes.c, t.documents.c, t.mentions.c, t.people.c
    window: tuple[Any, ...] = ()
    if context:  # the stored text around the quote, not the whole text
        low = sa.case((q.start > CONTEXT_CHARS, q.start - CONTEXT_CHARS), else_=0)
        window = (
            low.label("window_start"),
            sa.func.substr(d.text, low + 1, q.end - low + CONTEXT_CHARS).label("window"),
        )
    return (
        sa.select(
            *window,
            q.pk,
            q.document_pk,
            q.idx,
            q.kind,
            q.content,
            q.quoted,
            q.start,
            q.end,
            q.cue,
            q.act,
            q.source,
            q.source_kind,
            q.pieces,
            q.confidence,
            d.id.label("document"),
            d.outlet,
            d.published,
            d.title,
            d.url,
            p.name.label("person"),
            p.kind.label("person_kind"),
        )
        .join(t.documents, d.pk == q.document_pk)
        .outerjoin(t.mentions, m.pk == q.mention_pk)
        .outerjoin(t.people, p.pk == m.person_pk)
        .order_by(sa.case((d.published.is_(None), 1), else_=0), d.published, d.pk, q.idx)
    )


def _quote_record(
    row: Any, copy_of: dict[int, str], credited: tuple[str, ...] = (), conn: Connection | None = None
) -> QuoteRecord:
    """The record of a quote row; ``copy_of`` maps the quotes a copy repeats to their original's id."""
    speaker = row.person
    if speaker is None and row.source_kind == SpeakerKind.GROUP.value:
        speaker = row.source
    return QuoteRecord(
        document=unescape(row.document),
        outlet=unescape_optional(row.outlet),
        published=row.published,
        kind=row.kind,
        content=unescape(row.content),
        speaker=unescape_optional(speaker),
        cue=unescape_optional(row.cue),
        start=row.start,
        end=row.end,
        act=row.act,
        title=unescape_optional(row.title),
        url=unescape_optional(row.url),
        source=unescape_optional(row.source),
        pieces=json.loads(unescape(row.pieces)) if row.pieces else (unescape(row.content),),
        confidence=row.confidence,
        speaker_kind=row.person_kind or row.source_kind,
        copy_of=copy_of.get(row.pk),
        context=None if conn is None else _context(conn, row),
        credited=credited,
    )


_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s+|\n\s*\n""")
_SHORT_WORDS = frozenset(table("abbreviations")) | words("honorifics") | {"st", "jr", "sr", "no", "vs"}
_WORD_BEFORE = re.compile(r"(\w+)\.$")


def _sentence_ends(window: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """The ends of sentences in ``window[start:stop]``: not the dot of a title or an initial
    (``said Dr. Maria López``, ``Sen. Roe``, ``J. Roe``)."""
    for match in _SENTENCE_END.finditer(window, start, stop):
        word = _WORD_BEFORE.search(window, max(0, match.start() - 12), match.start() + 1)
        if word is not None and (word.group(1).lower() in _SHORT_WORDS or len(word.group(1)) == 1):
            continue
        yield match


def _context(conn: Connection, row: Any) -> str | None:
    """The sentence(s) holding the quote, from the window of stored text around it.

    >>> class Row:
    ...     window_start, start, end, document_pk = 0, 21, 30, 1
    ...     window = 'It rained. Ann said "all is well" today. Then it stopped.'
    >>> _context(None, Row())
    'Ann said "all is well" today.'
    >>> Row.window = 'It rained. "All is well," said Dr. Ann Roe. Then it stopped.'
    >>> Row.start, Row.end = 12, 23
    >>> _context(None, Row())
    '"All is well," said Dr. Ann Roe.'
    """
    if row.window is None:
        return None
    window, offset = row.window, row.window_start
    if ESCAPE in window:  # an escaped character moves the offsets: read the whole text
        offset = 0
        window = unescape(
            conn.execute(sa.select(t.documents.c.text).where(t.documents.c.pk == row.document_pk)).scalar()
            or ""
        )
    start, end = row.start - offset, row.end - offset
    begin = 0
    for match in _sentence_ends(window, 0, max(start, 0)):
        begin = match.end()
    if begin == 0 and offset > 0:
        begin = window.find(" ") + 1  # the window starts inside a sentence: start at a word
    found = next(_sentence_ends(window, max(end, 0), len(window)), None)
    stop = found.start() + len(found.group().rstrip()) if found else len(window)
    text = window[begin:stop].strip()
    return text or None


def _ingest_order(row: Any) -> int:
    """A quote's place in ingest order: its document's, then its own in the document."""
    return int(row.document_pk) << 24 | int(row.idx)


def _record_date(record: QuoteRecord) -> tuple[bool, datetime]:
    return (record.published is None, record.published or datetime.min)


def _day_after(until: str | date | datetime) -> datetime:
    """The first moment after ``until``: the next day for a bare date."""
    moment = parse_date(until, "until")
    assert moment is not None
    bare = (isinstance(until, date) and not isinstance(until, datetime)) or (
        isinstance(until, str) and len(until.strip()) <= 10
    )
    return moment + (timedelta(days=1) if bare else timedelta(microseconds=1))


def _speaker_kind(kind: str | SpeakerKind) -> str:
    kinds = [SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET, SpeakerKind.GROUP]
    try:
        found = SpeakerKind(kind)
    except ValueError:
        found = None
    if found not in kinds:
        raise ArgumentError(f"kind must be one of {[k.value for k in kinds]}, not {kind!r}")
    return found.value


def _confident(confidence: sa.ColumnElement[Any], threshold: float) -> sa.ColumnElement[bool]:
    """Whether an attribution's stored ``confidence`` reaches ``threshold``.  One stored without a
    confidence (by quotrack 0.1) has nothing against it: it is kept up to the default threshold,
    and left out only when a higher one is asked."""
    if threshold <= check_min_confidence(DEFAULT_MIN_CONFIDENCE):
        return sa.or_(confidence >= threshold, confidence.is_(None))
    return confidence >= threshold


def _checked_limit(limit: object) -> int | None:
    """``limit`` as given: None, or a whole number of at least 0; else an ArgumentError.

    >>> _checked_limit(5), _checked_limit(None)
    (5, None)
    >>> _checked_limit(-1)
    Traceback (most recent call last):
    ...
    quotrack.errors.ArgumentError: limit must be None or a whole number of at least 0, not -1
    """
    if limit is None or (isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0):
        return limit
    raise ArgumentError(f"limit must be None or a whole number of at least 0, not {limit!r}")


def _kinds(kind: str | Kind | Iterable[str | Kind]) -> list[str]:
    """The kinds of a ``kind`` filter: one kind, or several.

    >>> _kinds("direct"), _kinds([Kind.DIRECT, "mixed"])
    (['direct'], ['direct', 'mixed'])
    """
    found = [_kind(kind)] if isinstance(kind, str | Kind) else [_kind(k) for k in kind]
    if not found:
        raise ArgumentError("kind must name at least one kind, not an empty list")
    return found


def _kind(kind: str | Kind) -> str:
    try:
        return Kind(kind).value
    except ValueError:
        raise ArgumentError(f"kind must be one of {[k.value for k in Kind]}, not {kind!r}") from None
