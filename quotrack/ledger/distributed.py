"""A corpus too big for one machine: extract and store it partition by partition with Dask.

Each partition of records (:class:`~quotrack.Document` records or mappings
with their keys), or each file of :func:`store_files` (any path
:func:`quotrack.read_documents` reads: JSONL, text, a folder, a web archive),
is extracted on its worker with that process's shared Tracker
(:func:`quotrack.dask.shared_tracker`) and written to the ledger over one
database connection, one transaction per document, exactly as
:meth:`Ledger.ingest` does: a partition that is run again (a retried task)
stores nothing twice.  Use a PostgreSQL ledger, which many workers can
write at once.

>>> import dask.bag as db, tempfile, pathlib
>>> url = str(pathlib.Path(tempfile.mkdtemp()) / "quotes.db")
>>> bag = db.from_sequence([{"id": "a1", "text": "Ann Lee said that the bridge would open."}], npartitions=1)
>>> report = total(store_bag(bag, url).compute(scheduler="sync"))
>>> report.added, report.failed
(1, 0)

Install Dask with ``pip install "quotrack[dask]"``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from ..dask import INSTALL_HINT, _shared
from ..errors import QuotrackError, RecordError
from ..reading import read_documents
from ..tracker import Tracker
from .database import engine_for, prepare
from .records import IngestFailure, IngestReport
from .store import Ledger

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["store_bag", "store_dataframe", "store_file", "store_files", "store_partition", "total"]

REPORT_COLUMNS = ("added", "replaced", "unchanged", "failed")


def store_partition(
    records: Iterable[Any],
    url: str | os.PathLike[str],
    tracker: Tracker | None = None,
    *,
    batch_size: int = 32,
    on_error: str = "raise",
    as_tuples: bool = False,
) -> IngestReport:
    """Extract one partition of records and store it in the ledger at ``url``, over one connection.

    Threads of one worker process take turns with its shared Tracker, a
    partition at a time; with no ``tracker``, that is ``Tracker(clean=True)``,
    as :meth:`Ledger.ingest` reads.  ``as_tuples`` is as :meth:`Ledger.ingest` says.
    """
    shared = _shared(tracker if tracker is not None else Tracker(clean=True))
    engine = engine_for(url, single=True)
    try:
        with shared.lock, Ledger(url, progress=False, _engine=engine) as ledger:
            return ledger.ingest(
                records, tracker=shared.tracker, batch_size=batch_size, on_error=on_error, as_tuples=as_tuples
            )
    finally:
        engine.dispose()


def store_file(
    path: str | os.PathLike[str],
    url: str | os.PathLike[str],
    tracker: Tracker | None = None,
    *,
    batch_size: int = 32,
) -> IngestReport:
    """Read the documents of one file (or folder) and store them in the ledger at ``url``.

    A bad record in it (a line that is not JSON, a record of an archive that
    cannot be read) is a failure in the report, named by file and place; every
    other record is stored.
    """
    bad: list[QuotrackError] = []
    documents = (
        (document, document.source or document.id)
        for document in read_documents([os.fspath(path)], errors=bad)
    )
    report = store_partition(documents, url, tracker, batch_size=batch_size, on_error="skip", as_tuples=True)
    failures = [
        IngestFailure(error.record, error.message)
        if isinstance(error, RecordError)
        else IngestFailure(os.fspath(path), str(error))
        for error in bad
    ]
    return total([report, IngestReport(failed=len(failures), errors=failures)])


def store_files(
    paths: Iterable[str | os.PathLike[str]],
    url: str | os.PathLike[str],
    tracker: Tracker | None = None,
    *,
    batch_size: int = 32,
) -> dask.bag.Bag:
    """A lazy bag of one :class:`IngestReport` per file: one task per file (a WARC archive, a JSONL file).

    Compute it to store the files' documents; the ledger's tables are made here,
    before any task runs.  Each task reads its file on its worker, so the files
    must be where the workers can read them.
    """
    _require_dask()
    import dask.bag as db

    paths = [os.fspath(path) for path in paths]
    if not paths:
        raise ValueError("store_files needs at least one file")
    _prepare(url)
    files = db.from_sequence(paths, npartitions=len(paths))  # type: ignore[no-untyped-call]
    reports = files.map(store_file, os.fspath(url), tracker, batch_size=batch_size)
    return cast("dask.bag.Bag", reports)


def store_bag(
    bag: dask.bag.Bag,
    url: str | os.PathLike[str],
    tracker: Tracker | None = None,
    *,
    batch_size: int = 32,
    on_error: str = "raise",
) -> dask.bag.Bag:
    """A lazy bag of one :class:`IngestReport` per partition; compute it to store ``bag``.

    The ledger's tables are made here, before any partition runs.
    """
    _require_dask()
    _prepare(url)
    url = os.fspath(url)
    reports = bag.map_partitions(  # type: ignore[no-untyped-call]
        _bag_partition, url, tracker, batch_size, on_error
    )
    return cast("dask.bag.Bag", reports)


def _bag_partition(
    records: Iterable[Mapping[str, Any]], url: str, tracker: Tracker | None, batch_size: int, on_error: str
) -> list[IngestReport]:
    return [store_partition(records, url, tracker, batch_size=batch_size, on_error=on_error)]


def store_dataframe(
    df: dask.dataframe.DataFrame,
    url: str | os.PathLike[str],
    tracker: Tracker | None = None,
    *,
    id_column: str | None = None,
    batch_size: int = 32,
    on_error: str = "raise",
) -> dask.dataframe.DataFrame:
    """A lazy frame with one row of counts (:data:`REPORT_COLUMNS`) per partition; compute it to store ``df``.

    ``df`` has a ``text`` column and may have ``outlet``, ``published``,
    ``url`` and ``title``; the id is ``id_column`` (default: the index).
    """
    _require_dask()
    import pandas as pd

    if "text" not in df.columns or (id_column is not None and id_column not in df.columns):
        raise KeyError(f"no column 'text' or {id_column!r} in {list(df.columns)}")
    _prepare(url)
    meta = pd.DataFrame({name: pd.Series([], dtype="int64") for name in REPORT_COLUMNS})
    counts = df.map_partitions(  # type: ignore[no-untyped-call]
        _frame_partition, os.fspath(url), tracker, id_column, batch_size, on_error, meta=meta
    )
    return cast("dask.dataframe.DataFrame", counts)


def _frame_partition(
    part: pandas.DataFrame,
    url: str,
    tracker: Tracker | None,
    id_column: str | None,
    batch_size: int,
    on_error: str,
) -> pandas.DataFrame:
    import pandas as pd

    ids = part.index if id_column is None else part[id_column]
    fields = [name for name in ("text", "outlet", "published", "url", "title") if name in part.columns]
    records = (
        {"id": doc_id, **{name: _cell(row[name]) for name in fields}}
        for doc_id, (_, row) in zip(ids, part.iterrows(), strict=True)
    )
    report = store_partition(records, url, tracker, batch_size=batch_size, on_error=on_error)
    return pd.DataFrame([[getattr(report, name) for name in REPORT_COLUMNS]], columns=list(REPORT_COLUMNS))


def _cell(value: Any) -> Any:
    """A dataframe cell as a record field: missing values are None, timestamps datetimes."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and bool(pd.isna(value))):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def total(reports: Iterable[IngestReport]) -> IngestReport:
    """The partitions' reports added up.

    >>> total([IngestReport(added=2), IngestReport(added=1, unchanged=3)])
    IngestReport(added=3, replaced=0, unchanged=3, failed=0, errors=())
    """
    reports = list(reports)
    return IngestReport(
        added=sum(r.added for r in reports),
        replaced=sum(r.replaced for r in reports),
        unchanged=sum(r.unchanged for r in reports),
        failed=sum(r.failed for r in reports),
        errors=[error for r in reports for error in r.errors],
    )


def _prepare(url: str | os.PathLike[str]) -> None:
    engine = engine_for(url, single=True)
    try:
        prepare(engine)
    finally:
        engine.dispose()


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError as error:
        raise ImportError(f"quotrack.ledger.distributed needs Dask: {INSTALL_HINT}") from error
