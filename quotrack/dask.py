"""quotrack over a corpus: flat attribution records, per partition, for Dask (or Spark).

The work is done by :func:`extract_partition`, a plain function from an
iterable of texts or ``{"id": ..., "text": ...}`` records to
:class:`AttributionRecord` rows, one per attribution (the rows of the
``csv`` output format, :mod:`quotrack.formats`).  It needs no Dask,
so Spark's ``mapPartitions`` can call it too; :func:`extract_bag` and
:func:`extract_dataframe` map it over a Dask bag or a Dask dataframe
column (install them with ``pip install "quotrack[dask]"``).

>>> from quotrack import Tracker
>>> records = [{"id": "a1", "text": '"Rates will rise," said Ann Lee.'}]
>>> [(r.doc_id, r.index, r.kind, r.content, r.speaker_name) for r in extract_partition(records, Tracker())]
[('a1', 0, 'direct', 'Rates will rise', 'Ann Lee')]

A Tracker is built (and its spaCy pipeline loaded) once per worker
process for each distinct set of settings, however many partitions the
process handles.
"""

from __future__ import annotations

import hashlib
import importlib
import math
import pickle
import sys
import threading
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs

from .errors import TextTypeError
from .formats import FIELDS, AttributionRecord, records_of
from .tracker import Tracker

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

INSTALL_HINT = 'pip install "quotrack[dask]"'

__all__ = [
    "FIELDS",
    "AttributionRecord",
    "extract_bag",
    "extract_dataframe",
    "extract_partition",
    "frame_meta",
    "records_of",
    "shared_tracker",
]


_INT_FIELDS = frozenset({"index", "content_start", "content_end"})
_OPTIONAL_INT_FIELDS = frozenset({"cue_start", "cue_end", "speaker_start", "speaker_end"})


# -- one Tracker per process --------------------------------------------------
@attrs.frozen(eq=False)
class _Shared:
    tracker: Tracker
    lock: threading.Lock


_SHARED: dict[bytes, _Shared] = {}
_SHARED_LOCK = threading.Lock()


def shared_tracker(tracker: Tracker | None = None) -> Tracker:
    """This process's Tracker with the settings of ``tracker`` (default: ``Tracker()``).

    The first Tracker seen with given settings is kept and reused, so a
    worker loads the spaCy pipeline once whatever number of partitions
    (each with its own unpickled copy of ``tracker``) it runs.

    >>> shared_tracker() is shared_tracker()
    True
    """
    return _shared(tracker).tracker


def _shared(tracker: Tracker | None) -> _Shared:
    key = pickle.dumps(tracker) if tracker is not None else b""
    with _SHARED_LOCK:
        shared = _SHARED.get(key)
        if shared is None:
            shared = _SHARED[key] = _Shared(tracker if tracker is not None else Tracker(), threading.Lock())
    return shared


# -- the per-partition function -----------------------------------------------
def extract_partition(
    records: Iterable[str | Mapping[str, Any]],
    tracker: Tracker | None = None,
    *,
    text_key: str = "text",
    id_key: str = "id",
    batch_size: int = 32,
) -> Iterator[AttributionRecord]:
    """Stream the attribution rows of one partition of texts or records.

    A record is a text, or a mapping with the text under ``text_key`` and
    an optional id under ``id_key``; a bare text's id is a hash of it.  A
    missing text (None or NaN) gives no rows.  The texts go through
    :meth:`Tracker.pipe` lazily, ``batch_size`` at a time, with this
    process's shared Tracker (see :func:`shared_tracker`); threads of one
    process take turns with it.
    """
    shared = _shared(tracker)
    pairs = (_text_and_id(record, text_key, id_key) for record in records)
    results = shared.tracker.pipe(pairs, batch_size=batch_size, as_tuples=True)
    while True:
        with shared.lock:
            item = next(results, None)
        if item is None:
            return
        result, doc_id = item
        yield from records_of(result, doc_id)


def _text_and_id(record: object, text_key: str, id_key: str) -> tuple[str, Hashable]:
    if isinstance(record, str):
        return record, _text_id(record)
    if not isinstance(record, Mapping):
        raise TextTypeError(f"a record must be a text or a mapping, not {type(record).__name__}")
    try:
        text = record[text_key]
    except KeyError:
        raise KeyError(f"record has no {text_key!r} field (fields: {sorted(record)})") from None
    text = _missing_as_empty(text)
    doc_id = record.get(id_key)
    if doc_id is None and isinstance(text, str):
        doc_id = _text_id(text)
    return text, doc_id


def _missing_as_empty(text: Any) -> Any:
    """None, NaN and ``pandas.NA`` (a missing dataframe cell, of an object or a string column)
    become an empty text.

    >>> import pandas
    >>> _missing_as_empty(None), _missing_as_empty(float("nan")), _missing_as_empty(pandas.NA)
    ('', '', '')
    """
    if text is None or (isinstance(text, float) and math.isnan(text)) or _is_na(text):
        return ""
    return text


def _is_na(value: Any) -> bool:
    """Whether ``value`` is pandas' missing value (pandas is imported only where it is)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is pandas.NA


def _text_id(text: str) -> str:
    """A short stable id for a bare text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


# -- Dask -----------------------------------------------------------------------
def _require_dask() -> None:
    try:
        for module in ("dask.bag", "dask.dataframe", "pandas"):
            importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"quotrack.dask needs Dask and pandas: {INSTALL_HINT}") from error


def extract_bag(
    bag: dask.bag.Bag,
    tracker: Tracker | None = None,
    *,
    text_key: str = "text",
    id_key: str = "id",
    batch_size: int = 32,
    as_dicts: bool = False,
) -> dask.bag.Bag:
    """A bag of attribution rows from a bag of texts or ``{"id", "text", ...}`` records.

    Rows are :class:`AttributionRecord` objects, or their ``to_dict()``
    with ``as_dicts=True`` (for ``Bag.to_dataframe`` or JSON lines).

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["The mayor said that the bridge would open soon."], npartitions=1)
    >>> [row["speaker_name"] for row in extract_bag(bag, as_dicts=True).compute(scheduler="sync")]
    ['The mayor']
    """
    _require_dask()
    rows = bag.map_partitions(  # type: ignore[no-untyped-call]
        _bag_partition, tracker, text_key, id_key, batch_size, as_dicts
    )
    return cast("dask.bag.Bag", rows)


def _bag_partition(
    records: Iterable[Any],
    tracker: Tracker | None,
    text_key: str,
    id_key: str,
    batch_size: int,
    as_dicts: bool,
) -> list[Any]:
    rows = extract_partition(records, tracker, text_key=text_key, id_key=id_key, batch_size=batch_size)
    return [row.to_dict() for row in rows] if as_dicts else list(rows)


def extract_dataframe(
    df: dask.dataframe.DataFrame,
    column: str = "text",
    id_column: str | None = None,
    tracker: Tracker | None = None,
    *,
    batch_size: int = 32,
) -> dask.dataframe.DataFrame:
    """A Dask dataframe of attribution rows (columns :data:`FIELDS`) from a text column.

    ``doc_id`` is the value in ``id_column``, or the row's index when it is
    None, with that column's dtype; missing texts give no rows.

    >>> import dask.dataframe as dd, pandas as pd
    >>> df = dd.from_pandas(pd.DataFrame({"text": ["Police said the road was closed."]}), npartitions=1)
    >>> extract_dataframe(df).compute(scheduler="sync")[["doc_id", "kind", "speaker_name", "cue"]]
       doc_id      kind speaker_name   cue
    0       0  indirect       Police  said
    """
    _require_dask()
    missing = [name for name in (column, id_column) if name is not None and name not in df.columns]
    if missing:
        raise KeyError(f"no column {' or '.join(map(repr, missing))} in {list(df.columns)}")
    id_dtype = df.index.dtype if id_column is None else df.dtypes[id_column]
    meta = _frame([], id_dtype)
    rows = df.map_partitions(  # type: ignore[no-untyped-call]
        _frame_partition, column, id_column, tracker, batch_size, id_dtype, meta=meta, enforce_metadata=False
    )
    return cast("dask.dataframe.DataFrame", rows)


def _frame_partition(
    part: pandas.DataFrame,
    column: str,
    id_column: str | None,
    tracker: Tracker | None,
    batch_size: int,
    id_dtype: Any,
) -> pandas.DataFrame:
    ids = part.index if id_column is None else part[id_column]
    records = ({"id": doc_id, "text": text} for doc_id, text in zip(ids, part[column], strict=True))
    return _frame(extract_partition(records, tracker, batch_size=batch_size), id_dtype)


def frame_meta(id_dtype: Any = "string") -> pandas.DataFrame:
    """An empty frame of attribution rows with their column types, the ``meta`` for
    ``extract_bag(..., as_dicts=True).to_dataframe(meta=frame_meta())``: without it Dask guesses
    each column's type from the first rows and fails on a later missing cue or speaker.
    ``doc_id`` is a string (records' ids), else ``id_dtype``.

    >>> frame_meta().dtypes[["content_start", "cue_start", "confidence"]].tolist()
    [dtype('int64'), Int64Dtype(), dtype('float64')]
    """
    _require_dask()
    return _frame([], id_dtype)


def _frame(rows: Iterable[AttributionRecord], id_dtype: Any) -> pandas.DataFrame:
    """Rows as a pandas frame with fixed dtypes (also the meta of an empty partition)."""
    import pandas as pd

    frame = pd.DataFrame([attrs.astuple(row) for row in rows], columns=list(FIELDS))
    dtypes = {
        name: id_dtype
        if name == "doc_id"
        else "int64"
        if name in _INT_FIELDS
        else "Int64"
        if name in _OPTIONAL_INT_FIELDS
        else "float64"
        if name == "confidence"
        else "string"
        for name in FIELDS
    }
    return frame.astype(dtypes)
