"""Which stored person each speaker is: linked on store, found by name, merged and split by hand.

A named speaker's spelling (its identity key's namespace and its folded
name, see :mod:`quotrack.ledger.identity`) means one stored person.  Storing
a document links each of its speakers (:func:`people_for`): a pin (a split
made by hand for that document) first, else the person the spelling already
means, else a known person :func:`~quotrack.ledger.identity.best_match`
finds among those sharing a blocking key, else a new person.
:func:`find_people` is what a name or id given to a query can mean;
:func:`merge` and :func:`split` change the people by hand and keep the
decision (aliases and pins) across re-ingest.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import ArgumentError
from ..model import SpeakerEntry, SpeakerKind
from . import schema as t
from .bulk import run_many, select_in
from .database import DIALECT_INSERTS, dialect_insert, insert_many, retrying
from .escape import escape, escape_optional, unescape, unescape_optional
from .identity import PersonEvidence, best_match, fold, person_key, pin_key, without_titles

__all__ = ["find_people", "merge", "name_spelling", "name_spellings", "people_for", "speaker_key", "split"]


# -- spellings ------------------------------------------------------------------------
def speaker_key(name: str, kind: SpeakerKind | str) -> str | None:
    """The identity key of a speaker, or None for one that stays in its article (escaped text)."""
    key = person_key(name, kind)
    return escape(key) if key is not None else None


def name_spelling(name: str, key: str) -> str:
    """The folded spelling of a name within its key's namespace (persons, organisations)."""
    return key[:2] + escape(fold(name))


def name_spellings(name: str) -> list[str]:
    """The spellings ``name`` has as a person and as an organisation; a name typed all in lower case,
    as a query may be, is read capitalised (``maria lópez`` as ``Maria López``), and a person's
    name with a title before it is also read without (``Dr. Maria López``, as the ledger stores it).

    >>> name_spellings("maria lópez") == name_spellings("María López") == ["p:maria lopez", "o:maria lopez"]
    True
    >>> name_spellings("Dr. María López")[-1]
    'p:maria lopez'
    """
    if name.islower():
        name = name.title()
    spellings = []
    for kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        key = speaker_key(name, kind)
        if key is not None:
            spellings.append(name_spelling(name, key))
    untitled = without_titles(name)
    key = speaker_key(untitled, SpeakerKind.PERSON) if untitled != name else None
    if key is not None:
        spellings.append(name_spelling(untitled, key))
    return spellings


# -- linking a document's speakers ----------------------------------------------------
def people_for(
    conn: Connection,
    doc_id: str,
    entries: Sequence[SpeakerEntry],
    keys: Sequence[str | None],
    spellings: Sequence[str | None],
    blocks: Sequence[list[str]],
    fallbacks: Sequence[list[str]] | None = None,
    others: Sequence[tuple[str, str, list[str]] | None] | None = None,
) -> list[int | None]:
    """The person of each speaker of a document.

    ``entries`` are under the names and kinds they are linked under
    (:mod:`quotrack.ledger.evidence`); ``keys``, ``spellings`` and ``blocks``
    are each entry's identity key, folded spelling and (escaped) blocking
    keys, worked out before the transaction.  A pin (a hand-made split for
    this document) first; else the person the spelling already means; else the
    person a ``fallbacks`` spelling means (the same name under the other kind);
    else a known person that identity matches (a near spelling backed by a
    description); else a new person.  ``others`` (an acronym: its name,
    spelling and blocking keys) are remembered as names of the entry's person
    where they mean no one yet; where one means another person, the document
    is the evidence that the two are one, and they are joined (unless a split
    by hand made either).
    """
    people: list[int | None] = [None] * len(entries)
    fallbacks = fallbacks or [[] for _ in entries]
    linked = sorted(
        (spelling, index, key)
        for index, (spelling, key) in enumerate(zip(spellings, keys, strict=True))
        if key and spelling
    )
    if not linked:
        return people
    pinned: dict[str, int] = {}
    known: dict[str, int] = {}
    pins = {index: pin_key(entries[index].name, key) for _, index, key in linked}  # (namesakes apart)
    wanted_keys = sorted(set(pins.values()))
    wanted_spellings = sorted(
        {spelling for spelling, _, _ in linked}
        | {f for _, index, _ in linked for f in fallbacks[index]}
        | {other[1] for other in others or [] if other is not None}
    )
    for name, person_pk, pin in select_in(
        conn, _pins_and_spellings, wanted_keys, wanted_spellings, document_id=doc_id
    ):
        (known if pin else pinned)[name] = person_pk
    found_by_fallback: dict[str, tuple[int, SpeakerEntry, list[str]]] = {}
    for spelling, index, _ in linked:
        if pins[index] not in pinned and spelling not in known:
            person = next((known[f] for f in fallbacks[index] if f in known), None)
            if person is not None:
                found_by_fallback.setdefault(spelling, (person, entries[index], blocks[index]))
    if found_by_fallback:
        _add_spellings(
            conn, [(sp, entry.name, pk, keys) for sp, (pk, entry, keys) in found_by_fallback.items()]
        )
        known.update({spelling: found[0] for spelling, found in found_by_fallback.items()})
        # one entity seen as a person and as an organisation: a person's name says person
        named = sorted(
            {pk for pk, entry, _ in found_by_fallback.values() if entry.kind is SpeakerKind.PERSON}
        )
        if named:
            conn.execute(
                t.people.update().where(t.people.c.pk.in_(named)).values(kind=SpeakerKind.PERSON.value)
            )
    new = {
        spelling: (entries[index], blocks[index])
        for spelling, index, _ in linked
        if pins[index] not in pinned and spelling not in known
    }
    if new:
        known.update(_link_spellings(conn, new))
    for spelling, index, _ in linked:
        people[index] = pinned[pins[index]] if pins[index] in pinned else known[spelling]
    remembered = [
        (other[1], other[0], person, other[2])
        for other, person in zip(others or [], people, strict=False)
        if other is not None and person is not None and other[1] not in known
    ]
    _add_spellings(conn, remembered)
    # the document says an acronym stored as its own person is this one: join them, unless by hand apart
    joins = {
        known[other[1]]: person
        for other, person in zip(others or [], people, strict=False)
        if other is not None and person is not None and known.get(other[1], person) != person
    }
    if joins:
        kept_apart = _split_by_hand(conn)
        for gone, keep in sorted(joins.items()):
            if gone not in kept_apart and keep not in kept_apart:
                _join(conn, keep, gone)
                _log(conn, "link", {"into": keep, "merged": gone, "document": doc_id})
    return people


_LINKED_KINDS = frozenset(
    kind.value for kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.OUTLET)
)


def _unused_name(conn: Connection, stored: str) -> str:
    """``stored`` (an escaped display name), numbered when a speaker is shown under it already: two
    rows of one name could not be told apart in a table or the report."""
    taken = {row.lower() for row in conn.execute(sa.select(t.people.c.name)).scalars()}
    candidate, number = stored, 2
    while candidate.lower() in taken:
        candidate, number = f"{stored} ({number})", number + 1
    return candidate


def _split_by_hand(conn: Connection) -> set[int]:
    """The people a split by hand made or left: evidence never joins them again."""
    found: set[int] = set()
    for (detail,) in conn.execute(sa.select(t.decisions.c.detail).where(t.decisions.c.op == "split")):
        decision = json.loads(detail)
        found.update(int(decision[key]) for key in ("from", "into") if key in decision)
    return found


def _join(conn: Connection, keep: int, gone: int) -> None:
    """Every spelling, pin and mention of person ``gone`` now means ``keep``; ``gone`` is deleted."""
    conn.execute(t.aliases.update().where(t.aliases.c.person_pk == gone).values(person_pk=keep))
    conn.execute(t.pins.update().where(t.pins.c.person_pk == gone).values(person_pk=keep))
    conn.execute(t.mentions.update().where(t.mentions.c.person_pk == gone).values(person_pk=keep))
    conn.execute(t.people.delete().where(t.people.c.pk == gone))


def _add_spellings(conn: Connection, spellings: Sequence[tuple[str, str, int, list[str]]]) -> None:
    """Store ``(spelling, name, person, blocking keys)``: the spelling means that person, unless taken."""
    run_many(
        conn,
        _NEW_ONLY[conn.dialect.name, "aliases"],
        [
            {"spelling": spelling, "name": escape(name), "person_pk": person}
            for spelling, name, person, _ in spellings
        ],
    )
    run_many(
        conn,
        _NEW_ONLY[conn.dialect.name, "blocks"],
        [{"block": block, "spelling": spelling} for spelling, _, _, keys in spellings for block in keys],
    )


def _link_spellings(conn: Connection, new: dict[str, tuple[SpeakerEntry, list[str]]]) -> dict[str, int]:
    """The people that spellings never seen before mean: known ones identity matches, or new ones.

    ``new`` maps each spelling to its speaker entry and (escaped) blocking keys.
    """
    a, p = t.aliases.c, t.people.c
    wanted = sorted({block for _, keys in new.values() for block in keys})
    by_block: dict[str, list[tuple[int, PersonEvidence]]] = defaultdict(list)
    known = select_in(conn, _people_in_blocks, wanted) if wanted else []
    for block, person_pk, name, kind, description, affiliation in known:
        evidence = PersonEvidence(
            unescape(name), kind, unescape_optional(description), unescape_optional(affiliation)
        )
        by_block[block].append((person_pk, evidence))
    found: dict[str, int] = {}
    backed: list[tuple[int, SpeakerEntry]] = []
    to_create: list[str] = []
    created_here: list[tuple[str, PersonEvidence]] = []
    same_as: dict[str, str] = {}
    for spelling, (entry, keys) in new.items():  # sorted: new is built from the sorted spellings
        candidates = sorted({c for block in keys for c in by_block[block]}, key=lambda c: c[0])
        evidence = PersonEvidence(entry.name, entry.kind.value, entry.description, entry.affiliation)
        match = best_match(evidence, candidates)
        if match is not None:
            found[spelling] = match
            backed.append((match, entry))
            continue
        twin = best_match(evidence, created_here)  # two spellings new in this document ("the Baltimore Sun")
        if twin is not None:
            same_as[spelling] = twin
        else:
            to_create.append(spelling)
            created_here.append((spelling, evidence))
    created = insert_many(
        conn,
        t.people,
        [
            {
                "name": escape(new[spelling][0].name),
                "kind": new[spelling][0].kind.value,
                "description": escape_optional(new[spelling][0].description),
                "affiliation": escape_optional(new[spelling][0].affiliation),
            }
            for spelling in to_create
        ],
    )
    found.update(zip(to_create, created, strict=True))
    found.update({spelling: found[twin] for spelling, twin in same_as.items()})
    alias_rows = [{"spelling": sp, "name": escape(new[sp][0].name), "person_pk": found[sp]} for sp in new]
    run_many(conn, _NEW_ONLY[conn.dialect.name, "aliases"], alias_rows)
    if conn.dialect.name != "sqlite":
        # another writer may have linked a spelling first (PostgreSQL): theirs wins. A SQLite
        # writer holds the database's write lock since BEGIN IMMEDIATE, so no one else can have.
        stored = conn.execute(sa.select(a.spelling, a.person_pk).where(a.spelling.in_(list(new))))
        lost = set()
        for alias in stored:
            if alias.person_pk != found[alias.spelling]:
                lost.add(found[alias.spelling])
                found[alias.spelling] = alias.person_pk
        orphans = [pk for pk in created if pk in lost and pk not in found.values()]
        if orphans:
            conn.execute(t.people.delete().where(p.pk.in_(orphans)))
    block_rows = [{"block": block, "spelling": sp} for sp, (_, keys) in new.items() for block in keys]
    run_many(conn, _NEW_ONLY[conn.dialect.name, "blocks"], block_rows)
    # what a matched person lacked, a new mention may tell (the first one that tells wins)
    filled = [
        {
            "person": person_pk,
            "description": escape_optional(entry.description),
            "affiliation": escape_optional(entry.affiliation),
        }
        for person_pk, entry in backed
        if entry.description or entry.affiliation
    ]
    run_many(conn, _FILL_PERSON, filled)
    return found


_FILL_PERSON = (
    t.people.update()
    .where(t.people.c.pk == sa.bindparam("person"))
    .values(
        description=sa.func.coalesce(t.people.c.description, sa.bindparam("description", type_=sa.Text)),
        affiliation=sa.func.coalesce(t.people.c.affiliation, sa.bindparam("affiliation", type_=sa.Text)),
    )
)
"""Fill a person's empty description and affiliation (executemany: one statement for a document)."""

_NEW_ONLY = {
    (name, table.name): insert(table).on_conflict_do_nothing()
    for name, insert in DIALECT_INSERTS.items()
    for table in (t.aliases, t.blocks)
}
"""INSERT … ON CONFLICT DO NOTHING, per database: a spelling or block key stored first stays."""


def _pins_and_spellings(keys: list[Any], spellings: list[Any]) -> sa.sql.ClauseElement:
    """The pins of a document's keys (``pin`` 0) and the people its spellings mean (``pin`` 1)."""
    pins = sa.select(t.pins.c.key, t.pins.c.person_pk, sa.literal(0)).where(
        t.pins.c.document_id == sa.bindparam("document_id"), t.pins.c.key.in_(keys)
    )
    known = sa.select(t.aliases.c.spelling, t.aliases.c.person_pk, sa.literal(1)).where(
        t.aliases.c.spelling.in_(spellings)
    )
    return sa.union_all(pins, known)


def _people_in_blocks(blocks: list[Any]) -> sa.sql.ClauseElement:
    """The known people whose spellings share a blocking key with a new spelling, and their evidence."""
    a, p, b = t.aliases.c, t.people.c, t.blocks.c
    return (
        sa.select(b.block, p.pk, a.name, p.kind, p.description, p.affiliation)
        .join(t.aliases, a.spelling == b.spelling)
        .join(t.people, p.pk == a.person_pk)
        .where(b.block.in_(blocks))
        .order_by(p.pk, a.name)
    )


# -- finding people by name ----------------------------------------------------------
def find_people(conn: Connection, speaker: str | int) -> list[int]:
    """The people a name (or id) can mean: the person its spelling means, and any stored under that name."""
    if isinstance(speaker, int) and not isinstance(speaker, bool):
        return [speaker] if 0 < speaker < 2**31 else []  # (the key column's integers end at 2**31)
    if not isinstance(speaker, str):
        raise ArgumentError(f"speaker must be a name or a speaker id, not {type(speaker).__name__}")
    m = t.mentions.c
    lowered = sorted({escape(speaker).lower(), escape(without_titles(speaker)).lower()})
    found: list[int] = list(
        conn.execute(
            sa.select(t.aliases.c.person_pk).where(t.aliases.c.spelling.in_(name_spellings(speaker)))
        ).scalars()
    )
    found += conn.execute(
        sa.select(m.person_pk).where(sa.func.lower(m.name).in_(lowered), m.person_pk.is_not(None)).distinct()
    ).scalars()
    found += conn.execute(
        sa.select(t.people.c.pk).where(sa.func.lower(t.people.c.name).in_(lowered))
    ).scalars()
    return sorted(set(found))


def _one_person(conn: Connection, speaker: str | int) -> int:
    found = find_people(conn, speaker)
    if isinstance(speaker, int):
        found = [
            pk for pk in found if conn.execute(sa.select(t.people.c.pk).where(t.people.c.pk == pk)).first()
        ]
    if not found:
        raise ArgumentError(f"no speaker {speaker!r} in the ledger")
    if len(found) > 1:
        raise ArgumentError(f"{speaker!r} names several speakers (ids {found}): pass one id")
    return found[0]


# -- people by hand --------------------------------------------------------------------------
def merge(engine: Engine, a: str | int, b: str | int) -> int:
    """Make ``b`` the same person as ``a``, in one transaction; the id of the person kept.

    Every name and mention of ``b`` joins ``a``, and the decision is kept:
    documents ingested again, and new ones naming ``b``, go to ``a``.  Two
    names of one speaker are an error: there is nothing to merge.
    """

    def work(conn: Connection) -> int:
        keep, gone = _one_person(conn, a), _one_person(conn, b)
        if keep == gone:
            raise ArgumentError(f"{a!r} and {b!r} are one speaker already (id {keep}): nothing to merge")
        _join(conn, keep, gone)
        _log(conn, "merge", {"into": keep, "merged": gone, "a": a, "b": b})
        return keep

    merged: int = retrying(engine, work)
    return merged


def split(
    engine: Engine,
    speaker: str | int,
    *,
    names: Iterable[str] = (),
    documents: Iterable[str] = (),
    name: str | None = None,
) -> int:
    """Move part of a person to a new person, in one transaction; the new person's id.

    ``names`` moves every mention under those spellings (their normalised
    name now means the new person); ``documents`` moves the person's
    mentions in those document ids (for namesakes that share a name).
    ``name`` is the new person's display name (default: the first moved
    spelling, numbered when a speaker has it already: ``John Pell (2)``).
    Pins and aliases keep the decision across re-ingest.  One name or one
    document id may be given as a string.
    """
    names = [names] if isinstance(names, str) else list(names)
    documents = [documents] if isinstance(documents, str) else [str(doc) for doc in documents]
    if not names and not documents:
        raise ArgumentError("split() needs names=[...] or documents=[...] to move")

    def work(conn: Connection) -> int:
        old = _one_person(conn, speaker)
        m, a = t.mentions.c, t.aliases.c
        spellings = []
        for spelling_name in names:
            bare = spelling_name[4:] if spelling_name.lower().startswith("the ") else f"The {spelling_name}"
            # (a body's with and without "the": "The Harbour Board" is a spelling of "Harbour Board")
            body = [spelling for spelling in name_spellings(bare) if spelling.startswith("o:")]
            owned = [
                spelling
                for spelling in dict.fromkeys([*name_spellings(spelling_name), *body])
                if conn.execute(sa.select(a.person_pk).where(a.spelling == spelling)).scalar() == old
            ]
            if not owned:
                raise ArgumentError(_not_a_spelling(conn, old, speaker, spelling_name))
            spellings += owned
        doc_pks = {}
        for doc in documents:
            pk = conn.execute(sa.select(t.documents.c.pk).where(t.documents.c.id == escape(doc))).scalar()
            if pk is None:
                raise ArgumentError(f"no document {doc!r} in the ledger")
            doc_pks[doc] = pk
        rows = conn.execute(
            sa.select(m.pk, m.name, m.key, m.kind, m.document_pk)
            .where(m.person_pk == old)
            .order_by(m.document_pk, m.pk)
        ).all()
        moved = [
            row
            for row in rows
            if row.document_pk in doc_pks.values()
            or (row.key is not None and name_spelling(unescape(row.name), row.key) in spellings)
        ]
        if not moved:
            raise ArgumentError(f"speaker {speaker!r} has no mention under those names or in those documents")
        if len(moved) == len(rows):
            raise ArgumentError(
                f"those names or documents hold every mention of speaker {speaker!r}: a split must leave "
                "some behind (names are compared without case, accents and titles, so 'María López' "
                "and 'Maria Lopez' are one spelling; split by documents to part namesakes)"
            )
        kind = conn.execute(sa.select(t.people.c.kind).where(t.people.c.pk == old)).scalar_one()
        moved_kinds = Counter(row.kind for row in moved if row.kind in _LINKED_KINDS)
        if moved_kinds:  # what the moved mentions are: an organisation merged by mistake stays one
            kind = max(sorted(moved_kinds), key=moved_kinds.__getitem__)
        new_name = escape(name) if name else _unused_name(conn, moved[0].name)
        new = conn.execute(t.people.insert().values(name=new_name, kind=kind)).inserted_primary_key[0]  # type: ignore[index]
        if spellings:
            conn.execute(t.aliases.update().where(a.spelling.in_(spellings)).values(person_pk=new))
        for doc, pk in doc_pks.items():
            for key in sorted(
                {pin_key(unescape(row.name), row.key) for row in moved if row.document_pk == pk and row.key}
            ):
                pin = dialect_insert(conn, t.pins).values(document_id=escape(doc), key=key, person_pk=new)
                conn.execute(
                    pin.on_conflict_do_update(index_elements=["document_id", "key"], set_={"person_pk": new})
                )
        conn.execute(t.mentions.update().where(m.pk.in_([row.pk for row in moved])).values(person_pk=new))
        _log(conn, "split", {"from": old, "into": new, "names": names, "documents": documents})
        return int(new)

    created: int = retrying(engine, work)
    return created


def _not_a_spelling(conn: Connection, person: int, speaker: str | int, name: str) -> str:
    """Why ``name`` cannot be split off ``person``: no name of it, or a name written alone (a
    surname) that the ledger linked within some documents, which ``documents=`` can split."""
    m, d = t.mentions.c, t.documents.c
    written = conn.execute(
        sa.select(d.id, m.name)
        .join(t.documents, d.pk == m.document_pk)
        .where(m.person_pk == person)
        .order_by(d.id)
    ).all()
    documents = list(dict.fromkeys(unescape(doc) for doc, said in written if unescape(said) == name))
    if not documents:
        return f"{name!r} is not a name of speaker {speaker!r}"
    shown = ", ".join(documents[:5]) + (f" and {len(documents) - 5} more" if len(documents) > 5 else "")
    return (
        f"{name!r} is a name of speaker {speaker!r} only as written within its documents ({shown}): "
        "split those documents off instead (documents=[...], --documents ID,...)"
    )


def _log(conn: Connection, op: str, detail: dict[str, Any]) -> None:
    conn.execute(t.decisions.insert().values(op=op, detail=json.dumps(detail, default=str)))
