"""Records as a ledger takes them: :class:`~quotrack.Document` records, read once, then hashed.

A record is a :class:`~quotrack.Document` or a mapping with the same keys,
read by :meth:`Document.from_mapping <quotrack.Document.from_mapping>` (the
one record reader of every entry point): an ``id``, a ``text`` and,
optionally, ``outlet``, ``published`` (or ``date``), ``url``, ``title``,
``authors``, ``language``, ``source`` and ``fetched``.  Other keys are kept
as the document's ``metadata``; a bad value raises a
:class:`~quotrack.errors.RecordError` that names the record (by its id once
it has one).

>>> doc = read_record({"id": "a1", "text": "Hi.", "date": "2026-01-05", "desk": "metro"}, "record 1")
>>> doc.id, doc.published, doc.metadata
('a1', datetime.datetime(2026, 1, 5, 0, 0), {'desk': 'metro'})
>>> read_record({"text": "Hi."}, "record 2")
Traceback (most recent call last):
...
quotrack.errors.RecordError: record 2: the record has no id
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from ..reading.document import Document, parse_date

__all__ = ["content_hash", "parse_date", "read_record"]


def _name(record: object, where: str) -> str:
    """What names ``record`` in errors: its id when it has a usable one, else ``where``."""
    doc_id = record.get("id") if isinstance(record, Mapping) else None
    if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) and str(doc_id).strip():
        return str(doc_id)
    return where


def read_record(record: object, where: str) -> Document:
    """The :class:`~quotrack.Document` of ``record`` (itself when it is one).

    ``where`` names the record in errors until its id is known.

    >>> read_record({"id": "a1", "text": "Hi.", "outlet": 5}, "record 1")
    Traceback (most recent call last):
    ...
    quotrack.errors.RecordError: a1: outlet must be a string, not int
    """
    if isinstance(record, Document):
        return record
    return Document.from_mapping(record, _name(record, where))  # type: ignore[arg-type]


def content_hash(document: Document, extra: str = "") -> str:
    """A hash of the text and every fact but ``source``: equal hashes mean nothing to store again.

    Where a document was read (its ``source``) is not what it says: the same
    record read from another file is the same document.

    >>> content_hash(Document("x", "a")) == content_hash(Document("x", "a", source="f.jsonl:2"))
    True
    >>> content_hash(Document("x", "a")) == content_hash(Document("x", "a", outlet="AP"))
    False
    """
    facts = json.dumps(document.facts(), sort_keys=True, default=str)
    payload = json.dumps([document.text, document.id, facts, extra])
    return hashlib.blake2b(payload.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
