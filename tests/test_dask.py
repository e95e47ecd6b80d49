"""quotrack.dask: flat records per partition, on a local cluster of two worker processes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

from quotrack import Tracker  # noqa: E402
from quotrack.dask import (  # noqa: E402
    FIELDS,
    AttributionRecord,
    extract_bag,
    extract_dataframe,
    extract_partition,
    frame_meta,
    records_of,
    shared_tracker,
)

TEXTS = {
    "n1": '"The road will reopen in May," the engineer said.',
    "n2": "The school board said that classes would resume on Monday.",
    "n3": "The orchard was in full bloom.",
    "n4": "According to the fire service, nobody was hurt in the blaze.",
    "n5": "Farmers urged the ministry to delay the new rules.",
    "n6": '"It was a close call," said Tom Berg, who runs the ferry.',
    "n7": "Residents expressed concern over the noise from the new airport.",
    "n8": "",
}
RECORDS: list[dict[str, str | None]] = [
    {"id": doc_id, "text": text, "outlet": "Valley News"} for doc_id, text in TEXTS.items()
]


def compute(collection: Any, scheduler: Any) -> Any:
    """``collection.compute(scheduler=...)``."""
    return collection.compute(scheduler=scheduler)


@pytest.fixture(scope="module")
def tracker() -> Tracker:
    return shared_tracker()


@pytest.fixture(scope="module")
def expected(tracker: Tracker) -> list[AttributionRecord]:
    """The rows computed in this process, one text at a time."""
    return [row for doc_id, text in TEXTS.items() for row in records_of(tracker(text), doc_id)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def test_partition_rows_are_flat_and_in_order(tracker: Tracker, expected: list[AttributionRecord]) -> None:
    rows = list(extract_partition(RECORDS, tracker, batch_size=3))
    assert rows == expected
    assert [(r.doc_id, r.index) for r in rows if r.doc_id == "n6"] == [("n6", 0)]
    by_doc = {r.doc_id: r for r in rows}
    assert by_doc["n2"].speaker_name == "The school board"
    assert by_doc["n2"].cue == "said"
    assert by_doc["n4"].kind == "indirect"
    assert "n3" not in by_doc and "n8" not in by_doc
    for row in rows:
        text = TEXTS[str(row.doc_id)]
        assert text[row.content_start : row.content_end] == row.content
        assert json.loads(json.dumps(row.to_dict())) == row.to_dict()
        assert tuple(row.to_dict()) == FIELDS


def test_bare_texts_get_a_stable_id(tracker: Tracker) -> None:
    texts = [TEXTS["n2"], TEXTS["n2"]]
    rows = list(extract_partition(texts, tracker))
    assert len(rows) == 2 and rows[0] == rows[1]
    assert isinstance(rows[0].doc_id, str) and len(rows[0].doc_id) == 16


def test_partition_reads_lazily_and_missing_texts_give_no_rows(tracker: Tracker) -> None:
    consumed: list[str] = []

    def source() -> Iterator[dict[str, str | None]]:
        missing: dict[str, str | None] = {"id": "x", "text": None}
        for record in [missing, *RECORDS]:
            consumed.append(str(record["id"]))
            yield record

    rows = extract_partition(source(), tracker, batch_size=2)
    first = next(rows)
    assert first.doc_id == "n1"
    assert consumed == ["x", "n1"]


def test_a_record_without_its_text_field_is_named(tracker: Tracker) -> None:
    with pytest.raises(KeyError, match="body"):
        list(extract_partition(RECORDS, tracker, text_key="body"))


def test_one_tracker_per_process_and_settings(tracker: Tracker) -> None:
    quotes_only = Tracker(detectors=["quotes"])
    assert shared_tracker(quotes_only) is shared_tracker(Tracker(detectors=["quotes"]))
    assert shared_tracker(quotes_only) is not tracker
    assert shared_tracker() is tracker


def test_missing_dask_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    bag = db.from_sequence(RECORDS, npartitions=2)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError, match=r'pip install "quotrack\[dask\]"'):
        extract_bag(bag)


def test_bag_on_two_worker_processes(client: Any, expected: list[AttributionRecord]) -> None:
    bag = db.from_sequence(RECORDS, npartitions=3)
    assert compute(extract_bag(bag), client) == expected
    dicts = compute(extract_bag(bag, as_dicts=True), client)
    assert dicts == [row.to_dict() for row in expected]


def test_bag_with_a_configured_tracker(client: Any, tracker: Tracker) -> None:
    quotes_only = Tracker(detectors=["quotes"])
    texts = db.from_sequence([r["text"] for r in RECORDS], npartitions=2)
    rows = compute(extract_bag(texts, quotes_only), client)
    assert {row.detector for row in rows} == {"quotes"}
    assert [row.content for row in rows] == ["The road will reopen in May", "It was a close call"]


def test_dataframe_on_two_worker_processes(client: Any, expected: list[AttributionRecord]) -> None:
    frame = pd.DataFrame(RECORDS)
    df = dd.from_pandas(frame, npartitions=2)
    out = extract_dataframe(df, "text", id_column="id")
    assert list(out.columns) == list(FIELDS)
    result = compute(out, client).reset_index(drop=True)
    assert dict(result.dtypes) == dict(out.dtypes)
    rows = [{k: None if v is pd.NA else v for k, v in row.items()} for row in result.to_dict("records")]
    assert rows == [row.to_dict() for row in expected]


def test_a_bag_of_dicts_becomes_a_dataframe_with_the_declared_types(
    expected: list[AttributionRecord], tmp_path: Any
) -> None:
    # the first row has a cue and a speaker, a later one neither: Dask's guess from the first
    # rows alone would make cue_start int64 and fail on the missing value
    bare = {"id": "n9", "text": 'The mayor spoke on Monday.\n\n"We will rebuild the bridge by winter."'}
    bag = db.from_sequence([*RECORDS, bare], npartitions=1)
    frame = compute(extract_bag(bag, as_dicts=True).to_dataframe(meta=frame_meta()), "sync")
    assert list(frame.columns) == list(FIELDS)
    assert frame["cue_start"].isna().any() and str(frame["cue_start"].dtype) == "Int64"
    assert frame["act"].tolist()[: len(expected)] == [row.act for row in expected]
    # and it writes to parquet, as scale.md's cluster recipe does
    rows = extract_bag(bag, as_dicts=True).to_dataframe(meta=frame_meta())
    rows.to_parquet(tmp_path / "rows", compute_kwargs={"scheduler": "sync"})
    assert pd.read_parquet(tmp_path / "rows")["doc_id"].tolist() == frame["doc_id"].tolist()


def test_dataframe_ids_default_to_the_index(expected: list[AttributionRecord]) -> None:
    frame = pd.DataFrame({"body": [r["text"] for r in RECORDS]}, index=range(100, 100 + len(RECORDS)))
    out = compute(extract_dataframe(dd.from_pandas(frame, npartitions=2), "body"), "sync")
    ids = list(TEXTS)
    assert out["doc_id"].tolist() == [100 + ids.index(str(row.doc_id)) for row in expected]
    assert out["doc_id"].dtype == frame.index.dtype


def test_a_missing_text_of_a_string_column_gives_no_rows() -> None:
    # Dask stores an object column of texts as strings: a missing text is pandas.NA, not None
    frame = pd.DataFrame({"id": ["a", "b"], "text": ['"The road is shut," police said.', None]})
    out = compute(extract_dataframe(dd.from_pandas(frame, npartitions=1), "text", id_column="id"), "sync")
    assert out["doc_id"].tolist() == ["a"]


def test_each_worker_keeps_one_tracker_per_settings(client: Any) -> None:
    settings = Tracker(detectors=["quotes", "according"])
    bag = db.from_sequence(RECORDS, npartitions=8)
    rows = compute(extract_bag(bag, settings), client)
    assert {row.detector for row in rows} == {"quotes", "according"}
    # eight partitions, each with its own unpickled copy of the settings; at most
    # this test's, the default and the quotes-only Tracker on each worker
    counts = client.run(lambda: len(__import__("quotrack.dask").dask._SHARED))
    assert len(counts) == 2
    assert all(1 <= count <= 3 for count in counts.values())
