"""The database under a ledger: SQLite settings, and set-up by two processes at once."""

from __future__ import annotations

from pathlib import Path

from ledger_support import writer_process

from quotrack import Ledger
from quotrack.ledger.database import WAL_CHECKPOINT_PAGES, engine_for


def test_two_writers_on_a_fresh_file_both_set_it_up(tmp_path: Path) -> None:
    url = str(tmp_path / "fresh.db")
    writers = [writer_process(url, 0, 5), writer_process(url, 5, 5)]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with Ledger(url) as ledger:
        assert len(ledger.documents()) == 10


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
