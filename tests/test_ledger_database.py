"""The database under a ledger: SQLite settings, and set-up by several processes at once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from ledger_support import together_process, whole

import quotrack
from quotrack import Ledger, LedgerError, LedgerVersionError, Tracker
from quotrack.ledger import schema as t
from quotrack.ledger.database import WAL_CHECKPOINT_PAGES, engine_for, holds_ledger

WRITERS = 4
"""Processes that open each new ledger at the same moment."""


def _open_together(urls: list[str]) -> None:
    """:data:`WRITERS` processes open each new ledger of ``urls`` at once, so all set it up; each adds two."""
    writers = [together_process(urls, 2 * k, 2) for k in range(WRITERS)]
    opened = 0
    try:
        said = [writer.stdout.readline() if writer.stdout else "" for writer in writers]
        for _ in urls if said == ["ready\n"] * WRITERS else ():
            for writer in writers:  # each waits for its line
                assert writer.stdin is not None
                writer.stdin.write("go\n")
                writer.stdin.flush()
            said = [writer.stdout.readline() if writer.stdout else "" for writer in writers]
            if said != ["done\n"] * WRITERS:  # one failed (its stdout ended)
                break
            opened += 1
    finally:
        # communicate closes each one's stdin: it ends
        errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0] * WRITERS, "\n".join(errors)
    assert opened == len(urls)
    for url in urls:
        with Ledger(url, progress=False) as ledger:
            assert sorted(d.id for d in ledger.documents()) == sorted(f"d{n}" for n in range(2 * WRITERS))
            assert sum(s.quotes for s in ledger.speakers()) == 2 * WRITERS
            whole(ledger)


def test_writers_on_new_ledgers_all_set_them_up(tmp_path: Path, pg_url: str) -> None:
    # twenty new SQLite files in turn (set-ups of one file collide only when they start within
    # microseconds), then a new PostgreSQL ledger
    _open_together([*(str(tmp_path / f"fresh{i}.db") for i in range(20)), pg_url])


def test_a_new_file_goes_into_wal_mode_once_another_connection_lets_it(tmp_path: Path) -> None:
    # the race of two processes opening a new ledger, made certain: one of them holds the write lock
    # of the new file (between reading its header and writing it in WAL mode) when the other switches
    path = tmp_path / "fresh.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    engine = engine_for(path)
    switches = 0
    tried_twice = threading.Event()

    def trace(dbapi_connection: sqlite3.Connection, record: object) -> None:
        def statement(sql: str) -> None:
            nonlocal switches
            if sql == "PRAGMA journal_mode = WAL":
                switches += 1
            if switches == 2:  # the first switch failed: the file was locked
                tried_twice.set()

        dbapi_connection.set_trace_callback(statement)

    sa.event.listen(engine, "connect", trace, insert=True)  # before the engine's own settings
    outcome: list[object] = []

    def connect() -> None:
        try:
            with engine.connect() as conn:
                outcome.append(conn.exec_driver_sql("PRAGMA journal_mode").scalar())
        except sa.exc.OperationalError as error:
            outcome.append(error)
        finally:
            tried_twice.set()  # a connection that failed leaves no one waiting

    thread = threading.Thread(target=connect)
    thread.start()
    tried_twice.wait()
    other.execute("COMMIT")
    thread.join()
    other.close()
    engine.dispose()
    assert outcome == ["wal"]
    assert switches >= 2


def test_a_sqlite_ledger_writes_ahead_and_checkpoints_in_large_steps(tmp_path: Path) -> None:
    Ledger(tmp_path / "quotes.db").close()
    engine = engine_for(tmp_path / "quotes.db")
    with engine.connect() as conn:
        settings = [
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "wal_autocheckpoint", "busy_timeout")
        ]
    engine.dispose()
    assert settings == ["wal", 1, WAL_CHECKPOINT_PAGES, 60_000]


# -- a ledger of an older schema ------------------------------------------------------------
V1_DUMP = Path(__file__).parent / "data" / "ledger-v1.sql"


def _v1_ledger(path: Path) -> None:
    """The SQLite ledger that quotrack wrote with schema version 1 (two documents, a merge)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.executescript(V1_DUMP.read_text(encoding="utf-8"))


def test_a_schema_1_sqlite_ledger_is_upgraded_in_place(tmp_path: Path, tracker: Tracker) -> None:
    path = tmp_path / "old.db"
    _v1_ledger(path)
    with Ledger(path, progress=False) as ledger:
        documents = ledger.documents()
        assert [(d.id, d.outlet, d.quotrack_version) for d in documents] == [
            ("v1-a", "Valley News", None),
            ("v1-b", "Hill Times", None),
        ]
        first = ledger.speakers()[0]
        assert (first.name, first.aliases, first.documents) == ("Ann Lee", ("A. Lee",), 2)
        with pytest.raises(LedgerError, match="stored by an older quotrack; ingest it again"):
            ledger.text("v1-a")
        report = ledger.reprocess(tracker=tracker, on_error="skip")
        assert (report.failed, report.errors[0].record) == (2, "v1-a")
        assert "ingest it again" in report.errors[0].message
        records = [
            {
                "id": "v1-a",
                "text": '"The new bridge will open in May," said Ann Lee, the city engineer. '
                "Omar Haddad said that the council would pay for it.",
                "outlet": "Valley News",
                "published": "2025-03-01",
                "url": "https://valley.example/bridge",
                "title": "Bridge to open",
            },
        ]
        assert ledger.ingest(records, tracker=tracker).replaced == 1  # now with its text
        assert ledger.text("v1-a").startswith('"The new bridge')
        assert ledger.reprocess(tracker=tracker, documents=["v1-a"]).unchanged == 1
        assert ledger.speakers()[0].aliases == ("A. Lee",)  # the merge made under schema 1 holds
    with engine_for(path).connect() as conn:
        version = conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar()
        columns = {c["name"] for c in sa.inspect(conn).get_columns("documents")}
        quote_columns = {c["name"] for c in sa.inspect(conn).get_columns("quotes")}
    assert version == str(t.SCHEMA_VERSION) == "3"
    assert {c.name for c in t.UPGRADES[2]} <= columns
    assert {c.name for c in t.UPGRADES[3]} == {"pieces", "confidence"} <= quote_columns


def test_a_schema_1_postgresql_ledger_is_upgraded_in_place(pg_url: str) -> None:
    with Ledger(pg_url, progress=False) as ledger:
        ledger.add(quotrack.Result("Quiet day."), id="old")
    engine = engine_for(pg_url)
    with engine.begin() as conn:  # as schema 1 left it: none of the later columns, version 1
        for column in t.UPGRADES[2]:
            conn.exec_driver_sql(f'ALTER TABLE documents DROP COLUMN "{column.name}"')
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="1"))
    engine.dispose()
    with Ledger(pg_url, progress=False) as ledger:
        [document] = ledger.documents()
        assert (document.id, document.language, document.detectors) == ("old", None, ())
        ledger.add(quotrack.Result("Quiet day."), id="new", language="en")
        assert ledger.text("new") == "Quiet day." and ledger.documents()[1].language == "en"


def test_a_newer_ledger_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Ledger(path).close()
    engine = engine_for(path)
    with engine.begin() as conn:
        conn.execute(t.meta.update().where(t.meta.c.key == "schema_version").values(value="99"))
    engine.dispose()
    with pytest.raises(LedgerVersionError, match=r"schema version 99.*upgrade quotrack"):
        Ledger(path)


def test_holds_ledger_says_whether_a_database_holds_one_and_makes_none(
    ledger_url: str, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.db"
    assert not holds_ledger(missing) and not missing.exists()
    assert not holds_ledger(ledger_url)  # an empty database (a fresh file or schema)
    Ledger(ledger_url, progress=False).close()
    assert holds_ledger(ledger_url)


def test_holds_ledger_names_a_database_it_cannot_read_and_hides_a_password(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_text("not a database at all, just text\n" * 200, encoding="utf-8")
    with pytest.raises(LedgerError, match=r"cannot open the ledger .*notes\.db: file is not a database"):
        holds_ledger(garbage)
    hidden = r"cannot open the ledger postgresql\+psycopg://me:\*\*\*@"
    with pytest.raises(LedgerError, match=hidden) as caught:
        holds_ledger("postgresql://me:secret@127.0.0.1:1/nope")
    assert "secret" not in str(caught.value)
