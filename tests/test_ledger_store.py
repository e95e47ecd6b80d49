"""The Ledger façade: opening a ledger, and the names quotrack.ledger.store has always offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotrack import Ledger, LedgerError
from quotrack.ledger import database, store, writing


# -- opening ------------------------------------------------------------------------------
def test_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="no such directory"):
        Ledger(tmp_path / "absent" / "quotes.db")


def test_a_non_database_url_is_refused() -> None:
    with pytest.raises(LedgerError, match="SQLite file or a PostgreSQL"):
        Ledger("mysql://me@localhost/news")


def test_store_still_offers_the_names_it_moved() -> None:
    assert store.__all__ == ["Ledger", "engine_for", "store_result"]
    assert (store.engine_for, store.prepare) == (database.engine_for, database.prepare)
    assert (store.BUSY_TIMEOUT, store.WAL_CHECKPOINT_PAGES) == (
        database.BUSY_TIMEOUT,
        database.WAL_CHECKPOINT_PAGES,
    )
    assert (store.store_result, store.result_hash) == (writing.store_result, writing.result_hash)


# -- the default Tracker --------------------------------------------------------------------
MOJIBAKE = "Mayor FranÃ§ois Marchal said the plan would work, and he thanked the council."


def test_ingest_cleans_scraped_text_first_and_stores_it_as_given(tmp_path: Path) -> None:
    with Ledger(tmp_path / "quotes.db", progress=False) as ledger:
        ledger.ingest([{"id": "m1", "text": MOJIBAKE}])
        [speaker] = ledger.speakers()
        assert speaker.name == "François Marchal"  # not "FranÃ§ois Marchal"
        [quote] = ledger.quotes(context=True)
        assert quote.content == "the plan would work"
        assert quote.context is not None and "FranÃ§ois" in quote.context  # the text as stored
