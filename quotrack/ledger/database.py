"""The database under a ledger: engines, SQLite settings, write transactions, set-up.

:func:`engine_for` opens a SQLite file (a plain path, made on first use, in
WAL mode with a busy timeout) or any database an SQLAlchemy URL names
(``postgresql://`` goes through psycopg 3); :func:`prepare` makes its tables
(or checks that a newer quotrack did not make them) and rebuilds the derived
echo-key index when the echo keys changed; :func:`retrying` runs one write
transaction, again after a lock timeout or a deadlock.  The INSERTs every
writer needs are here too: :func:`dialect_insert` (one that can say ON
CONFLICT) and :func:`insert_many` (many rows, their keys in order).
"""

from __future__ import annotations

import importlib.util
import os
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
from .echoes import ECHO_KEY_VERSION, echo_keys
from .escape import unescape

__all__ = [
    "BUSY_TIMEOUT",
    "DIALECT_INSERTS",
    "WAL_CHECKPOINT_PAGES",
    "dialect_insert",
    "engine_for",
    "insert_many",
    "prepare",
    "retrying",
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
    text = os.fspath(path_or_url)
    if "://" in text:
        try:
            url = sa.make_url(text)
        except sa.exc.ArgumentError as error:
            raise LedgerError(f"not a database URL: {text!r} ({error})") from None
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
    else:
        url = sa.URL.create("sqlite", database=str(Path(text)))
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:" and not Path(url.database).parent.is_dir():
            raise LedgerError(f"cannot make the ledger {url.database}: no such directory")
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
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    cursor.close()


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
    message = str(error.orig).lower()
    return any(word in message for word in ("locked", "deadlock", "could not serialize", "busy"))


# -- set-up -------------------------------------------------------------------------
def prepare(engine: Engine) -> None:
    """Create the tables if need be; refuse a ledger of a newer schema."""
    with _writer(engine) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_SETUP_LOCK)))
        if sa.inspect(conn).has_table("meta"):
            _check_version(conn, engine)
        t.metadata.create_all(conn)
        _add_new_columns(conn)
        for index in t.name_indexes:  # a ledger made before these indexes gets them
            conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))
        version = str(t.SCHEMA_VERSION)
        insert = dialect_insert(conn, t.meta).values(key="schema_version", value=version)
        conn.execute(insert.on_conflict_do_update(index_elements=["key"], set_={"value": version}))
        stored = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "echo_key_version")).scalar()
        if stored != ECHO_KEY_VERSION:
            _rebuild_echo_keys(conn)


def _add_new_columns(conn: Connection) -> None:
    """Upgrade an older ledger in place: add each column its tables lack (nullable, so empty in old rows)."""
    inspector = sa.inspect(conn)
    for table in t.metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=conn.dialect)
                quote = conn.dialect.identifier_preparer
                where, what = quote.format_table(table), quote.format_column(column)
                conn.exec_driver_sql(f"ALTER TABLE {where} ADD COLUMN {what} {kind}")


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
    upsert = dialect_insert(conn, t.meta).values(key="echo_key_version", value=ECHO_KEY_VERSION)
    conn.execute(upsert.on_conflict_do_update(index_elements=["key"], set_={"value": ECHO_KEY_VERSION}))


_INSERT_ECHO_KEYS = t.echo_keys.insert()


def _check_version(conn: Connection, engine: Engine) -> None:
    stored = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar()
    if stored is not None and int(stored) > t.SCHEMA_VERSION:
        raise LedgerVersionError(
            f"the ledger {engine.url.render_as_string(hide_password=True)} has schema version {stored}, "
            f"written by a newer quotrack; this one reads version {t.SCHEMA_VERSION} at most: upgrade"
        )


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
