"""The ledger's schema carries a version: a ledger written by a newer quotrack is refused, not misread."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quotrack import Ledger, LedgerError, LedgerVersionError
from quotrack.ledger import schema
from quotrack.ledger.database import engine_for


def _set_meta(url: str, key: str, value: str) -> None:
    engine = engine_for(url)
    with engine.begin() as conn:
        conn.execute(schema.meta.update().where(schema.meta.c.key == key).values(value=value))
    engine.dispose()


def test_a_new_ledger_records_its_schema_version(ledger_url: str) -> None:
    Ledger(ledger_url).close()
    engine = engine_for(ledger_url)
    with engine.connect() as conn:
        stored = conn.execute(
            sa.select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
        ).scalar()
    engine.dispose()
    assert stored == str(schema.SCHEMA_VERSION)


def test_a_ledger_from_a_newer_quotrack_is_refused(ledger_url: str) -> None:
    Ledger(ledger_url).close()
    _set_meta(ledger_url, "schema_version", str(schema.SCHEMA_VERSION + 1))
    with pytest.raises(
        LedgerVersionError, match=f"schema version {schema.SCHEMA_VERSION + 1}.*upgrade"
    ) as caught:
        Ledger(ledger_url)
    assert isinstance(caught.value, LedgerError)


def test_echo_keys_are_rebuilt_when_their_version_changes(ledger_url: str) -> None:
    from ledger_support import make_result

    words = "Every school in the county will reopen on Monday morning"
    with Ledger(ledger_url) as ledger:
        for doc in ("a", "b"):
            ledger.add(make_result(f'"{words}," said Ann Lee.', [(words, "Ann Lee", "direct")]), id=doc)
    engine = engine_for(ledger_url)
    with engine.begin() as conn:
        conn.execute(schema.echo_keys.delete())
    engine.dispose()
    _set_meta(ledger_url, "echo_key_version", "an older index")
    with Ledger(ledger_url) as ledger:
        [echo] = ledger.echoes()
    assert [o.document for o in echo.occurrences] == ["a", "b"]


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(LedgerError, match="cannot open the ledger"):
        Ledger(path)


def test_a_ledger_of_the_previous_schema_is_upgraded_in_place(ledger_url: str) -> None:
    from ledger_support import make_result

    with Ledger(ledger_url) as ledger:
        ledger.add(
            make_result('"We will win," said Ann Lee.', [("We will win", "Ann Lee", "direct")]), id="old"
        )
    engine = engine_for(ledger_url)  # make it a version-2 ledger: no pieces, no confidence
    with engine.begin() as conn:
        for column in ("pieces", "confidence"):
            conn.exec_driver_sql(f"ALTER TABLE quotes DROP COLUMN {column}")
    engine.dispose()
    _set_meta(ledger_url, "schema_version", "2")
    with Ledger(ledger_url) as ledger:
        [old] = ledger.quotes()
        assert (old.content, old.pieces, old.confidence) == ("We will win", ("We will win",), None)
        assert ledger.quotes(min_confidence=0.5) == []
        ledger.add(make_result('"We lost," said Ann Lee.', [("We lost", "Ann Lee", "direct")]), id="new")
        assert [(q.document, q.confidence) for q in ledger.quotes(min_confidence=0.5)] == [("new", 1.0)]
        assert [(s.name, s.quotes) for s in ledger.speakers()] == [("Ann Lee", 2)]
    engine = engine_for(ledger_url)
    with engine.connect() as conn:
        version = conn.execute(
            sa.select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
        ).scalar()
    engine.dispose()
    assert version == str(schema.SCHEMA_VERSION)
