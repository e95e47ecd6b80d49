"""The database under a ledger: engines, SQLite settings, write transactions, set-up.

:func:`engine_for` opens a SQLite file (a plain path, made on first use, in
WAL mode with a busy timeout) or any database an SQLAlchemy URL names
(``postgresql://`` goes through psycopg 3); :func:`prepare` makes its tables,
upgrades a ledger of an older schema in place (adding the columns
:data:`~quotrack.ledger.schema.UPGRADES` lists), refuses one of a newer
schema, and rebuilds the derived echo-key and copy-key indexes when their
keys changed; :func:`retrying` runs one write
transaction, again after a lock timeout or a deadlock.  The INSERTs every
writer needs are here too: :func:`dialect_insert` (one that can say ON
CONFLICT) and :func:`insert_many` (many rows, their keys in order).
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, Engine

from ..errors import LedgerError, LedgerVersionError
from . import schema as t
from .bulk import fetch, run_many
from .copies import COPY_KEY_VERSION, copy_keys
from .echoes import ECHO_KEY_VERSION, echo_keys
from .escape import unescape

__all__ = [
    "BUSY_TIMEOUT",
    "DIALECT_INSERTS",
    "WAL_CHECKPOINT_PAGES",
    "dialect_insert",
    "engine_for",
    "holds_ledger",
    "insert_many",
    "prepare",
    "retrying",
    "sqlite_file",
]

BUSY_TIMEOUT = 60.0
"""Seconds a SQLite writer waits for another to finish before giving up."""
WAL_CHECKPOINT_PAGES = 8192
"""Pages a SQLite ledger's write-ahead log holds before a checkpoint (32 MiB of 4 KiB pages)."""
_RETRIES = 20
_SETUP_LOCK = 0x71756F74  # PostgreSQL advisory lock held while creating the tables


# -- engines ----------------------------------------------------------------------
def engine_for(path_or_url: str | os.PathLike[str], *, single: bool = False) -> Engine:
    """The SQLAlchemy engine for a SQLite path or a database URL.

    ``single=True`` keeps one connection for every use (a Dask partition's).

    >>> engine_for("postgresql://me@db.example/news").url.drivername
    'postgresql+psycopg'
    >>> engine_for("quotes.db").url.drivername
    'sqlite'
    """
    url = _url(path_or_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        file = sqlite_file(url)
        if file is not None and not file.parent.is_dir():
            raise LedgerError(f"cannot make the ledger {file}: no such directory")
        engine = sa.create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT, "check_same_thread": False},
            poolclass=sa.StaticPool if single else None,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if url.get_driver_name() == "psycopg" and importlib.util.find_spec("psycopg") is None:
            raise LedgerError('a PostgreSQL ledger needs psycopg 3: pip install "quotrack[postgresql]"')
        return sa.create_engine(url, poolclass=sa.StaticPool if single else None, pool_pre_ping=not single)
    raise LedgerError(f"a ledger is a SQLite file or a PostgreSQL database, not {backend}")


def holds_ledger(path_or_url: str | os.PathLike[str]) -> bool:
    """Whether the SQLite file or database a path or URL names holds a ledger (its ``meta``
    table), without making one: a missing SQLite file, a database of other tables or an empty
    one holds none.

    >>> import tempfile, pathlib
    >>> holds_ledger(pathlib.Path(tempfile.mkdtemp()) / "missing.db")
    False
    """
    file = sqlite_file(path_or_url)
    if file is not None and not file.is_file():
        return False
    engine = engine_for(path_or_url)
    try:
        return sa.inspect(engine).has_table(t.meta.name)
    except sa.exc.DBAPIError as error:  # (the URL as shown hides a password)
        raise LedgerError(f"cannot open the ledger {engine.url}: {error.orig}") from error
    finally:
        engine.dispose()


def sqlite_file(path_or_url: str | os.PathLike[str] | sa.URL) -> Path | None:
    """The SQLite file a ledger's path or URL names; None for another database or one in memory.

    >>> sqlite_file("news.db"), sqlite_file("sqlite:///news.db"), sqlite_file(":memory:")
    (PosixPath('news.db'), PosixPath('news.db'), None)
    >>> sqlite_file("postgresql://me@db.example/news") is None
    True
    """
    url = path_or_url if isinstance(path_or_url, sa.URL) else _url(path_or_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _url(path_or_url: str | os.PathLike[str]) -> sa.URL:
    """The URL of a SQLite path or a database URL (PostgreSQL through psycopg 3)."""
    text = os.fspath(path_or_url)
    if "://" not in text:
        return sa.URL.create("sqlite", database=str(Path(text)))
    try:
        url = sa.make_url(text)
    except sa.exc.ArgumentError as error:
        raise LedgerError(f"not a database URL: {text!r} ({error})") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _sqlite_connect(dbapi_connection: Any, record: Any) -> None:
    """Set up a SQLite connection: WAL, a busy timeout, ``synchronous = NORMAL``.

    Under WAL, ``synchronous = NORMAL`` writes each commit to the log without
    waiting for the disk.  A process killed at any point (SIGKILL, a crash)
    loses nothing committed: the log is in the operating system's hands and the
    next open replays it.  A power cut or an operating-system crash may lose the
    last documents committed before it (never part of one, and never the
    file): ingesting again stores them, as after a kill.

    The log is copied into the database (a checkpoint, the only step that waits
    for the disk) every :data:`WAL_CHECKPOINT_PAGES` pages rather than SQLite's
    1,000: each document rewrites many of the same index pages, which a
    checkpoint then copies once.
    """
    # pysqlite's own transaction handling is off: _sqlite_begin says BEGIN IMMEDIATE itself
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
    _write_ahead(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    cursor.close()


def _write_ahead(cursor: Any) -> None:
    """Put the SQLite file in WAL mode, waiting up to :data:`BUSY_TIMEOUT` for another connection.

    On a file not yet in WAL mode (a new ledger) the switch writes the file's header: the
    connection reads the header, then takes the write lock.  When another connection took that
    lock in between (another process opening the same new ledger at the same moment), SQLite
    fails at once with "database is locked", busy timeout or not: a reader waiting for the write
    lock could deadlock with the writer, which waits for the readers to finish.  So the switch
    is tried again once the other's is done; a file already in WAL mode is only read.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    pause = 0.001
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if not _busy(str(error)) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(2 * pause, 0.05)


def _sqlite_begin(conn: Connection) -> None:
    # a writer takes the write lock when its transaction starts, so two writers queue
    # instead of failing on a lock upgrade half way through a document
    write = conn.get_execution_options().get("quotrack_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


# -- write transactions -------------------------------------------------------------
def _writer(engine: Engine) -> Connection:
    return engine.connect().execution_options(quotrack_write=True)


def retrying(engine: Engine, work: Any) -> Any:
    """Run ``work(conn)`` in one write transaction, again after a lock timeout or deadlock."""
    for attempt in range(_RETRIES):
        try:
            with _writer(engine) as conn, conn.begin():
                return work(conn)
        except sa.exc.OperationalError as error:
            if attempt == _RETRIES - 1 or not _transient(error):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _transient(error: sa.exc.OperationalError) -> bool:
    return _busy(str(error.orig))


def _busy(message: str) -> bool:
    """Whether a database's error message says another connection was in the way."""
    return any(word in message.lower() for word in ("locked", "deadlock", "could not serialize", "busy"))


# -- set-up -------------------------------------------------------------------------
def prepare(engine: Engine) -> None:
    """Create the tables if need be; upgrade a ledger of an older schema, refuse one of a newer."""
    with _writer(engine) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_SETUP_LOCK)))
        stored = _check_version(conn, engine) if sa.inspect(conn).has_table("meta") else None
        t.metadata.create_all(conn)
        if stored is not None and stored < t.SCHEMA_VERSION:
            _upgrade(conn)
        made = _index_names(conn)
        for index in t.name_indexes:  # a ledger made before these indexes gets them
            if index.name not in made:  # (even IF NOT EXISTS would lock the table, and wait for writers)
                conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))
        insert = dialect_insert(conn, t.meta).values(key="schema_version", value=str(t.SCHEMA_VERSION))
        conn.execute(insert.on_conflict_do_nothing())
        stored = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "echo_key_version")).scalar()
        if stored != ECHO_KEY_VERSION:
            _rebuild_echo_keys(conn)
        copies = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "copy_key_version")).scalar()
        if copies != COPY_KEY_VERSION:
            _rebuild_copy_keys(conn)


def _index_names(conn: Connection) -> set[str]:
    """The names of the indexes the ledger's tables have."""
    if conn.dialect.name == "postgresql":
        query = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'index'"
    return {row[0] for row in conn.exec_driver_sql(query)}


def _upgrade(conn: Connection) -> None:
    """Add each column of :data:`~quotrack.ledger.schema.UPGRADES` the ledger's tables lack, then say so.

    Every version's columns are looked for, not only those after the stored version: a ledger a
    development build marked with a later version may still lack an earlier version's columns.  They are
    nullable, so empty in the rows already stored.
    """
    inspector = sa.inspect(conn)
    present: dict[str, set[str]] = {}
    preparer = conn.dialect.identifier_preparer
    for version in sorted(t.UPGRADES):
        for column in t.UPGRADES[version]:
            table = column.table
            if table.name not in present:
                present[table.name] = {c["name"] for c in inspector.get_columns(table.name)}
            if column.name not in present[table.name]:
                kind = column.type.compile(dialect=conn.dialect)
                where, what = preparer.format_table(table), preparer.format_column(column)
                conn.exec_driver_sql(f"ALTER TABLE {where} ADD COLUMN {what} {kind}")
                present[table.name].add(column.name)
    _set_meta(conn, "schema_version", str(t.SCHEMA_VERSION))


def _set_meta(conn: Connection, key: str, value: str) -> None:
    upsert = dialect_insert(conn, t.meta).values(key=key, value=value)
    conn.execute(upsert.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _rebuild_copy_keys(conn: Connection) -> None:
    """Index every stored text again with this quotrack's copy keys (a derived table)."""
    conn.execute(t.copy_keys.delete())
    d = t.documents.c
    last = 0
    while True:
        rows = conn.execute(
            sa.select(d.pk, d.text).where(d.pk > last, d.text.is_not(None)).order_by(d.pk).limit(200)
        ).all()
        if not rows:
            break
        batch = [
            {"document_pk": row.pk, "key": key}
            for row in rows
            for key in dict.fromkeys(copy_keys(unescape(row.text)))
        ]
        run_many(conn, _INSERT_COPY_KEYS, batch)
        last = rows[-1].pk
    _set_meta(conn, "copy_key_version", COPY_KEY_VERSION)


def _rebuild_echo_keys(conn: Connection) -> None:
    """Index every stored quote again with this quotrack's echo keys (a derived table)."""
    conn.execute(t.echo_keys.delete())
    rows = conn.execute(sa.select(t.quotes.c.pk, t.quotes.c.quoted).where(t.quotes.c.quoted.is_not(None)))
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch += ({"quote_pk": row.pk, "key": key} for key in dict.fromkeys(echo_keys(unescape(row.quoted))))
        if len(batch) >= 10_000:
            run_many(conn, _INSERT_ECHO_KEYS, batch)
            batch = []
    run_many(conn, _INSERT_ECHO_KEYS, batch)
    _set_meta(conn, "echo_key_version", ECHO_KEY_VERSION)


_INSERT_ECHO_KEYS = t.echo_keys.insert()
_INSERT_COPY_KEYS = t.copy_keys.insert()


def _check_version(conn: Connection, engine: Engine) -> int | None:
    """The ledger's schema version (None if it has none yet); a newer one than this quotrack's is refused."""
    stored = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar()
    if stored is not None and int(stored) > t.SCHEMA_VERSION:
        raise LedgerVersionError(
            f"the ledger {engine.url.render_as_string(hide_password=True)} has schema version {stored}, "
            f"written by a newer quotrack; this one reads version {t.SCHEMA_VERSION} at most: "
            "upgrade quotrack (pip install -U quotrack) to open it"
        )
    return None if stored is None else int(stored)


# -- inserts ------------------------------------------------------------------------
DIALECT_INSERTS: dict[str, Callable[[sa.Table], Any]] = {
    "sqlite": sqlite_dialect.insert,
    "postgresql": pg_dialect.insert,
}
"""Each database's INSERT, the kind that can say ON CONFLICT."""


def dialect_insert(conn: Connection, table: sa.Table) -> Any:
    """An INSERT that can say ON CONFLICT DO NOTHING on this database."""
    return DIALECT_INSERTS[conn.dialect.name](table)


def insert_many(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows``; their primary keys, in order.

    SQLite cannot return the keys of a many-row INSERT in order, so SQLAlchemy
    would send one INSERT a row.  A SQLite writer holds the write lock since
    ``BEGIN IMMEDIATE``: it gives the next keys itself (the ones SQLite would
    pick, after the largest) and inserts the rows in one executemany.
    PostgreSQL returns the keys of one many-row INSERT in order.
    """
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        last = fetch(conn, _LAST_KEY[table.name], {})[0][0] or 0
        pks = list(range(last + 1, last + 1 + len(rows)))
        run_many(conn, _INSERTS[table.name], [{**row, "pk": pk} for row, pk in zip(rows, pks, strict=True)])
        return pks
    statement = table.insert().returning(table.c.pk, sort_by_parameter_order=True)
    return [row.pk for row in conn.execute(statement, rows)]


_NUMBERED = (t.documents, t.people, t.mentions, t.quotes)
"""The tables whose rows take the keys :func:`insert_many` gives them on SQLite."""
_INSERTS = {table.name: table.insert() for table in _NUMBERED}
_LAST_KEY = {table.name: sa.select(sa.func.max(table.c.pk)) for table in _NUMBERED}
