"""Shared fixtures: one real Tracker (the default English pipeline) per test session."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotrack

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-japan-talks.txt"


@pytest.fixture(scope="session")
def tracker() -> quotrack.Tracker:
    """The default Tracker: built-in detectors and resolvers, default pipeline."""
    return quotrack.Tracker()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled demo article."""
    return SEED.read_text(encoding="utf-8")


# -- ledgers: the same tests on a SQLite file and on a real PostgreSQL server -------------
@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """The URL of a PostgreSQL 16 server started for this session (pgserver).

    Its data lives in a directory of its own, not under pytest's temporary
    directories, which another pytest run may clean up while this one runs.
    """
    import pgserver

    directory = tempfile.mkdtemp(prefix="quotrack-pg-")
    server = pgserver.get_server(directory, cleanup_mode="stop")
    yield server.get_uri()
    server.cleanup()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server_url: str) -> str:
    """A fresh, empty PostgreSQL schema on the session server, as the search path of its URL."""
    import sqlalchemy as sa

    name = f"ledger_{uuid.uuid4().hex[:12]}"
    url = sa.make_url(pg_server_url).set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    engine.dispose()
    return f"{pg_server_url}&options=-csearch_path%3D{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh ledger lives: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[quotrack.Ledger]:
    """A fresh, empty Ledger on each database (no progress bar)."""
    with quotrack.Ledger(ledger_url, progress=False) as opened:
        yield opened
