"""Reading a ledger: its documents, speakers, quotes and echoes, as records.

Each function reads in one connection of ``engine`` and returns frozen
records (:mod:`quotrack.ledger.records`), their text unescaped; the
:class:`~quotrack.Ledger` methods of the same names call them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..errors import ArgumentError
from ..model import Kind, SpeakerKind
from . import schema as t
from .echoes import build_echo, clusters, same_quote
from .escape import escape, unescape, unescape_optional
from .inputs import parse_date
from .linking import find_people
from .records import DocumentRecord, Echo, QuoteRecord, SpeakerRecord

__all__ = ["documents", "echoes", "quotes", "speaker_by_id", "speakers"]


def documents(engine: Engine) -> list[DocumentRecord]:
    """Every stored document, in ingest order."""
    d = t.documents.c
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(d.id, d.outlet, d.published, d.url, d.title, d.attributions).order_by(d.pk)
        )
        return [
            DocumentRecord(
                id=unescape(row.id),
                outlet=unescape_optional(row.outlet),
                published=row.published,
                url=unescape_optional(row.url),
                title=unescape_optional(row.title),
                attributions=row.attributions,
            )
            for row in rows
        ]


def speakers(
    engine: Engine,
    limit: int | None = None,
    kind: str | SpeakerKind | None = None,
    min_confidence: float = 0.0,
) -> list[SpeakerRecord]:
    """The people and organisations quoted, linked across articles, most quoted first.

    Each attribution counts for every speaker it is credited to: a joint one
    ("Yang Jiechi and Takeo Akiba said") for each member.  ``kind`` keeps one
    kind of speaker; ``min_confidence`` counts only the attributions at or
    above it (a speaker left with none is not listed).
    """
    wanted = _speaker_kind(kind) if kind is not None else None
    threshold = _confidence(min_confidence)
    if wanted == SpeakerKind.GROUP.value:
        return _groups(engine, threshold)[:limit] if limit is not None else _groups(engine, threshold)
    m, d, c, q = t.mentions.c, t.documents.c, t.credits.c, t.quotes.c
    credited = (
        sa.select(m.person_pk, m.name, m.description, m.document_pk, c.quote_pk)
        .join(t.credits, c.mention_pk == m.pk)
        .where(m.person_pk.is_not(None))
    )
    if threshold > 0:
        credited = credited.join(t.quotes, q.pk == c.quote_pk).where(q.confidence >= threshold)
    cr = credited.subquery("credited")
    with engine.connect() as conn:
        people_query = sa.select(t.people.c.pk, t.people.c.name, t.people.c.kind)
        if wanted is not None:
            people_query = people_query.where(t.people.c.kind == wanted)
        people = {row.pk: row for row in conn.execute(people_query)}
        spans = conn.execute(
            sa.select(
                cr.c.person_pk,
                sa.func.count(sa.distinct(cr.c.document_pk)).label("documents"),
                sa.func.count(sa.distinct(cr.c.quote_pk)).label("quotes"),
                sa.func.min(d.published).label("first"),
                sa.func.max(d.published).label("last"),
            )
            .join(t.documents, d.pk == cr.c.document_pk)
            .group_by(cr.c.person_pk)
        ).all()
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
        description = max(sorted(described), key=described.__getitem__) if described else None
        records.append(
            SpeakerRecord(
                name=name,
                aliases=aliases,
                kind=person.kind,
                description=unescape_optional(description),
                documents=span.documents,
                quotes=span.quotes,
                outlets=outlets[span.person_pk],
                first_seen=span.first,
                last_seen=span.last,
                id=span.person_pk,
            )
        )
    records.sort(key=lambda r: (-r.quotes, -r.documents, r.name.casefold(), r.id or 0))
    return records[:limit] if limit is not None else records


def _groups(engine: Engine, threshold: float) -> list[SpeakerRecord]:
    """Group sources ("Aid agencies", "Ann Lee and Bo Roe"), by name: no group is linked across articles."""
    q, d = t.quotes.c, t.documents.c
    query = (
        sa.select(q.source, q.pk, q.document_pk, d.published, d.outlet)
        .join(t.documents, d.pk == q.document_pk)
        .where(q.source_kind == SpeakerKind.GROUP.value, q.source.is_not(None))
        .order_by(q.pk)
    )
    if threshold > 0:
        query = query.where(q.confidence >= threshold)
    found: dict[str, list[Any]] = defaultdict(list)
    with engine.connect() as conn:
        for row in conn.execute(query):
            found[unescape(row.source).casefold()].append(row)
    records = []
    for rows in found.values():
        dates = [row.published for row in rows if row.published is not None]
        spellings = sorted({unescape(row.source) for row in rows})
        records.append(
            SpeakerRecord(
                name=unescape(rows[0].source),
                aliases=[n for n in spellings if n != unescape(rows[0].source)],
                kind=SpeakerKind.GROUP.value,
                documents=len({row.document_pk for row in rows}),
                quotes=len(rows),
                outlets=sorted({unescape(row.outlet) for row in rows if row.outlet is not None}),
                first_seen=min(dates, default=None),
                last_seen=max(dates, default=None),
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
    kind: str | Kind | None = None,
    limit: int | None = None,
    min_confidence: float = 0.0,
) -> list[QuoteRecord]:
    """The stored attributions that match every filter given, in date order.

    The filters are :meth:`quotrack.Ledger.quotes`'s.
    """
    threshold = _confidence(min_confidence)
    q, d = t.quotes.c, t.documents.c
    query = _quote_select()
    with engine.connect() as conn:
        if speaker is not None:
            person_pks = find_people(conn, speaker)
            credited = (
                sa.select(t.credits.c.quote_pk)
                .join(t.mentions, t.mentions.c.pk == t.credits.c.mention_pk)
                .where(t.mentions.c.person_pk.in_(person_pks))
            )
            query = query.where(q.pk.in_(credited))
        if outlet is not None:
            query = query.where(sa.func.lower(d.outlet) == escape(outlet).lower())
        if document is not None:
            query = query.where(d.id == escape(str(document)))
        if since is not None:
            query = query.where(d.published >= parse_date(since, "since"))
        if until is not None:
            query = query.where(d.published < _day_after(until))
        if kind is not None:
            query = query.where(q.kind == _kind(kind))
        if contains is not None:
            query = query.where(q.content.icontains(escape(contains), autoescape=True))
        if threshold > 0:
            query = query.where(q.confidence >= threshold)
        records = [_quote_record(row) for row in conn.execute(query)]
    if contains is not None:
        needle = contains.casefold()
        records = [r for r in records if needle in r.content.casefold()]
    return records[:limit] if limit is not None else records


def echoes(engine: Engine, min_documents: int = 2) -> list[Echo]:
    """Quoted words carried by at least ``min_documents`` documents, most widely carried first."""
    e, q = t.echo_keys.c, t.quotes.c
    shared = sa.select(e.key).group_by(e.key).having(sa.func.count() > 1)
    with engine.connect() as conn:
        # each quote of a bucket pairs with the bucket's first quote: linear, even for a
        # stock phrase many documents carry (a cluster joins through its first quote)
        pairs_found: set[tuple[int, int]] = set()
        head: tuple[str, int] | None = None
        for key, quote_pk in conn.execute(
            sa.select(e.key, e.quote_pk).where(e.key.in_(shared)).order_by(e.key, e.quote_pk)
        ):
            if head is None or head[0] != key:
                head = (key, quote_pk)
            elif quote_pk != head[1]:
                pairs_found.add((head[1], quote_pk))
        pairs = sorted(pairs_found)
        involved = sorted({pk for pair in pairs for pk in pair})
        rows: dict[int, Any] = {}
        for start in range(0, len(involved), 500):
            part = involved[start : start + 500]
            for row in conn.execute(_quote_select().where(q.pk.in_(part))):
                rows[row.pk] = row
    verified = [(x, y) for x, y in pairs if same_quote(unescape(rows[x].quoted), unescape(rows[y].quoted))]
    echoes = []
    for group in clusters(verified):
        members = [rows[pk] for pk in group]
        if len({row.document_pk for row in members}) < min_documents:
            continue
        # an occurrence's content is the quoted words (of a mixed quote, only those)
        occurrences = [
            (attrs.evolve(_quote_record(row), content=unescape(row.quoted)), _ingest_order(row))
            for row in members
        ]
        echoes.append(build_echo(occurrences))
    echoes.sort(key=lambda e: (-len({o.document for o in e.occurrences}), _record_date(e.first)))
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
def _quote_select() -> sa.Select[Any]:
    q, d, m, p = t.quotes.c, t.documents.c, t.mentions.c, t.people.c
    return (
        sa.select(
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
        )
        .join(t.documents, d.pk == q.document_pk)
        .outerjoin(t.mentions, m.pk == q.mention_pk)
        .outerjoin(t.people, p.pk == m.person_pk)
        .order_by(sa.case((d.published.is_(None), 1), else_=0), d.published, d.pk, q.idx)
    )


def _quote_record(row: Any) -> QuoteRecord:
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
    )


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


def _confidence(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise ArgumentError(f"min_confidence must be a number from 0 to 1, not {value!r}")
    return float(value)


def _kind(kind: str | Kind) -> str:
    try:
        return Kind(kind).value
    except ValueError:
        raise ArgumentError(f"kind must be one of {[k.value for k in Kind]}, not {kind!r}") from None
