"""Bulk writes and lookups run on the DBAPI cursor, in the caller's transaction, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from quotrack.ledger.bulk import fetch, run_many, select_in
from quotrack.ledger.database import engine_for

metadata = sa.MetaData()
notes = sa.Table(
    "bulk_notes",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("body", sa.Text),
    sa.Column("at", sa.DateTime),
)
INSERT = notes.insert()
BY_AUTHOR = sa.select(notes.c.body).where(notes.c.author == sa.bindparam("author")).order_by(notes.c.pk)
LONGEST = sa.select(sa.func.coalesce(sa.func.max(sa.func.length(notes.c.body)), 0))
NEW_ONLY = {
    "sqlite": sqlite.insert(notes).on_conflict_do_nothing(),
    "postgresql": postgresql.insert(notes).on_conflict_do_nothing(),
}


def by_authors(authors: list[Any], bodies: list[Any]) -> sa.sql.ClauseElement:
    return (
        sa.select(notes.c.author, notes.c.body)
        .where(notes.c.author.in_(authors) | notes.c.body.in_(bodies))
        .order_by(notes.c.pk)
    )


@pytest.fixture
def engine(ledger_url: str) -> Iterator[sa.engine.Engine]:
    engine = engine_for(ledger_url)
    metadata.create_all(engine)
    yield engine
    metadata.drop_all(engine)
    engine.dispose()


def test_rows_land_in_the_callers_transaction(engine: sa.engine.Engine) -> None:
    rows = [{"author": "Ann", "body": "first"}, {"author": "Ann", "body": "second"}]
    with engine.connect() as conn:
        with conn.begin() as transaction:
            run_many(conn, INSERT, rows)
            assert fetch(conn, BY_AUTHOR, {"author": "Ann"}) == [("first",), ("second",)]
            transaction.rollback()
        assert fetch(conn, BY_AUTHOR, {"author": "Ann"}) == []
        with conn.begin():
            run_many(conn, INSERT, rows)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(notes)).scalar() == 2


def test_no_rows_is_no_statement(engine: sa.engine.Engine) -> None:
    with engine.begin() as conn:
        run_many(conn, INSERT, [])
        assert fetch(conn, BY_AUTHOR, {"author": "Ann"}) == []


def test_a_statement_keeps_its_own_literals(engine: sa.engine.Engine) -> None:
    with engine.begin() as conn:
        assert fetch(conn, LONGEST, {}) == [(0,)]
        run_many(conn, INSERT, [{"author": "Lee", "body": "four"}])
        assert fetch(conn, LONGEST, {}) == [(4,)]


def test_text_is_bound_not_spliced(engine: sa.engine.Engine) -> None:
    hostile = "x'); DROP TABLE bulk_notes; --"
    with engine.begin() as conn:
        run_many(conn, INSERT, [{"author": hostile, "body": 'it\'s "quoted"'}])
        assert fetch(conn, BY_AUTHOR, {"author": hostile}) == [('it\'s "quoted"',)]


def test_a_typed_value_is_stored_as_sqlalchemy_stores_it(engine: sa.engine.Engine) -> None:
    noon = datetime(2026, 1, 5, 12, 0)
    with engine.begin() as conn:
        run_many(conn, INSERT, [{"author": "Ann", "body": "dated", "at": noon}])
        same_time = sa.select(notes.c.body).where(notes.c.at == noon)
        assert conn.execute(same_time).scalars().all() == ["dated"]
        assert conn.execute(sa.select(notes.c.at)).scalar() == noon


def test_in_lists_of_any_length(engine: sa.engine.Engine) -> None:
    with engine.begin() as conn:
        run_many(
            conn, INSERT, [{"author": a, "body": b} for a, b in [("Ann", "a"), ("Lee", "b"), ("Omar", "c")]]
        )
        assert select_in(conn, by_authors, ["Ann"], []) == [("Ann", "a")]
        assert select_in(conn, by_authors, ["Ann", "Omar"], ["b"]) == [
            ("Ann", "a"),
            ("Lee", "b"),
            ("Omar", "c"),
        ]
        assert select_in(conn, by_authors, [], []) == []


def test_a_conflict_clause_per_database(engine: sa.engine.Engine) -> None:
    with engine.begin() as conn:
        run_many(conn, NEW_ONLY[conn.dialect.name], [{"pk": 1, "author": "Ann", "body": "kept"}])
        run_many(conn, NEW_ONLY[conn.dialect.name], [{"pk": 1, "author": "Ann", "body": "dropped"}])
        assert fetch(conn, BY_AUTHOR, {"author": "Ann"}) == [("kept",)]


def test_a_database_error_is_sqlalchemys_own(engine: sa.engine.Engine) -> None:
    with engine.connect() as conn, conn.begin(), pytest.raises(sa.exc.IntegrityError) as caught:
        run_many(conn, INSERT, [{"author": None, "body": "no author"}])
    assert "bulk_notes" in str(caught.value)
