"""Shared fixtures: one real Tracker (the default English pipeline) per test session."""

from __future__ import annotations

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
def pg_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a PostgreSQL 16 server started for this session (pgserver)."""
    import pgserver

    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server.get_uri()
    server.cleanup()


@pytest.fixture
def pg_url(pg_server_url: str) -> str:
    """A fresh, empty PostgreSQL database on the session server."""
    import sqlalchemy as sa

    name = f"ledger_{uuid.uuid4().hex[:12]}"
    url = sa.make_url(pg_server_url).set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return pg_server_url.replace("/postgres?", f"/{name}?", 1)


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
