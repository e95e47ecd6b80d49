"""A Dask corpus (records, frames, files) into a PostgreSQL ledger on a two-worker LocalCluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import quotrack
from quotrack.ledger.distributed import store_bag, store_dataframe, store_files, store_partition, total

PEOPLE = ["Ann Lee", "Omar Haddad", "Mei Chen"]


def _records(n: int) -> list[dict[str, str]]:
    return [
        {
            "id": f"r{i}",
            "text": f"{PEOPLE[i % 3]} said that plan {i} would start in spring.",
            "outlet": f"Outlet {i % 2}",
            "published": f"2026-05-{1 + i:02d}",
        }
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with cluster, Client(cluster) as connected:
        yield connected


def test_bag_partitions_go_into_postgresql(client: Client, pg_url: str, tracker: quotrack.Tracker) -> None:
    bag = db.from_sequence(_records(6), npartitions=3)
    reports = store_bag(bag, pg_url, tracker).compute()
    assert len(reports) == 3
    assert (total(reports).added, total(reports).failed) == (6, 0)
    again = total(store_bag(bag, pg_url, tracker).compute())
    assert (again.added, again.unchanged) == (0, 6)
    with quotrack.Ledger(pg_url) as ledger:
        assert sorted(d.id for d in ledger.documents()) == [f"r{i}" for i in range(6)]
        assert [(s.name, s.quotes) for s in ledger.speakers()] == [
            ("Ann Lee", 2),
            ("Mei Chen", 2),
            ("Omar Haddad", 2),
        ]
        assert [q.content for q in ledger.quotes(speaker="Mei Chen")] == [
            "plan 2 would start in spring",
            "plan 5 would start in spring",
        ]


def test_dataframe_partitions_go_into_postgresql(
    client: Client, pg_url: str, tracker: quotrack.Tracker
) -> None:
    frame = pd.DataFrame(_records(4)).set_index("id")
    frame["published"] = pd.to_datetime(frame["published"])
    counts = store_dataframe(dd.from_pandas(frame, npartitions=2), pg_url, tracker).compute()
    assert counts["added"].sum() == 4 and counts["failed"].sum() == 0
    with quotrack.Ledger(pg_url) as ledger:
        documents = ledger.documents()
        assert sorted(d.id for d in documents) == ["r0", "r1", "r2", "r3"]
        assert {d.published.day for d in documents if d.published} == {1, 2, 3, 4}


def test_a_bad_record_in_a_partition_is_reported_with_skip(pg_url: str, tracker: quotrack.Tracker) -> None:
    records = [*_records(2), {"id": "bad", "text": None}]
    report = store_partition(records, pg_url, tracker, on_error="skip")
    assert (report.added, report.failed, report.errors[0].record) == (2, 1, "bad")


def test_files_are_partitions_one_task_each(
    client: Client, pg_url: str, tracker: quotrack.Tracker, tmp_path: Path
) -> None:
    first = tmp_path / "crawl-1.jsonl"
    first.write_text("\n".join(json.dumps(r) for r in _records(3)) + "\n{not json\n", encoding="utf-8")
    second = tmp_path / "crawl-2.jsonl"
    second.write_text("\n".join(json.dumps(r) for r in _records(5)[3:]) + "\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Omar Haddad said that the tunnel would close for a week.", encoding="utf-8")
    reports = store_files([first, second, page], pg_url, tracker).compute()
    assert [(r.added, r.failed) for r in reports] == [(3, 1), (2, 0), (1, 0)]
    assert reports[0].errors[0].record == f"{first}:4"
    with quotrack.Ledger(pg_url) as ledger:
        documents = {d.id: d for d in ledger.documents()}
        assert sorted(documents) == sorted([*(f"r{i}" for i in range(5)), str(page)])
        assert documents["r4"].source == f"{second}:2"
        assert ledger.text(str(page)).startswith("Omar Haddad said")
    again = total(store_files([first, second], pg_url, tracker).compute())
    assert (again.added, again.unchanged, again.failed) == (0, 5, 1)


def test_web_archives_are_partitions(
    client: Client, pg_url: str, tracker: quotrack.Tracker, tmp_path: Path
) -> None:
    from reading_support import CATALONIA, CUBA, KOSZALIN, page_bytes, record_bytes, write_warc

    first, second = tmp_path / "crawl-a.warc.gz", tmp_path / "crawl-b.warc.gz"
    write_warc(
        first,
        [
            record_bytes("https://news.example/cuba", b"GET /cuba", kind="request"),
            record_bytes("https://news.example/cuba", page_bytes(CUBA)),
        ],
    )
    offsets = write_warc(
        second,
        [
            record_bytes("https://news.example/koszalin", page_bytes(KOSZALIN))[:300],  # broken
            record_bytes("https://news.example/badalona", page_bytes(CATALONIA)),
        ],
    )
    reports = store_files([first, second], pg_url, tracker).compute()
    assert [(r.added, r.failed) for r in reports] == [(1, 0), (1, 1)]
    assert reports[1].errors[0].record.startswith(f"{second}@{offsets[0]}")
    with quotrack.Ledger(pg_url) as ledger:
        documents = {d.id: d for d in ledger.documents()}
        assert {"https://news.example/cuba", "https://news.example/badalona"} <= set(documents)
        assert documents["https://news.example/badalona"].source == f"{second}@{offsets[1]}"


def test_without_a_tracker_a_partition_is_read_as_ingest_reads(tmp_path: Path) -> None:
    record = {
        "id": "m1",
        "text": "&quot;We will not back down,&quot; said FranÃ§ois Marchal, the former mayor.",
    }
    alone, by_partition = tmp_path / "ingest.db", tmp_path / "partition.db"
    with quotrack.Ledger(str(alone), progress=False) as ledger:
        ledger.ingest([record])
        expected = [(q.speaker, q.content) for q in ledger.quotes()]
    store_partition([record], str(by_partition))
    with quotrack.Ledger(str(by_partition), progress=False) as ledger:
        assert [(q.speaker, q.content) for q in ledger.quotes()] == expected
    assert expected == [("François Marchal", "We will not back down")]  # cleaned: entities, mojibake
