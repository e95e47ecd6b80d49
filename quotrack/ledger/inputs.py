"""Records as a ledger takes them: checked, dated and hashed before anything is stored.

A record is a mapping with an ``id`` and a ``text`` and, optionally, an
``outlet``, a ``published`` date (ISO date or datetime, or a ``date`` /
``datetime``), a ``url`` and a ``title``.  Anything else raises a
:class:`~quotrack.errors.RecordError` that names the record.

>>> text, facts = read_record({"id": "a1", "text": "Hi.", "published": "2026-01-05"}, "record 1")
>>> facts.id, facts.published
('a1', datetime.datetime(2026, 1, 5, 0, 0))
>>> read_record({"text": "Hi."}, "record 2")
Traceback (most recent call last):
...
quotrack.errors.RecordError: record 2: the record has no id
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime

import attrs

from ..errors import RecordError
from ..reading.document import parse_date

__all__ = ["FIELDS", "Facts", "content_hash", "parse_date", "read_record"]

FIELDS = ("id", "text", "outlet", "published", "url", "title")
"""The fields a record may have; others are ignored."""


@attrs.frozen
class Facts:
    """What a record says about its document, apart from the text."""

    id: str
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    title: str | None = None


def read_record(record: object, where: str) -> tuple[str, Facts]:
    """The text and facts of ``record``; ``where`` names it in errors until its id is known."""
    if not isinstance(record, Mapping):
        raise RecordError(
            where, f"a record must be a mapping with 'id' and 'text', not {type(record).__name__}"
        )
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
        problem = (
            "has no id" if doc_id is None or doc_id == "" else f"has an id that is not a text: {doc_id!r}"
        )
        raise RecordError(where, f"the record {problem}")
    doc_id = str(doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        problem = "has no text" if text is None else f"has a text that is not a string: {type(text).__name__}"
        raise RecordError(doc_id, f"the record {problem}")
    optional = {}
    for field in ("outlet", "url", "title"):
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise RecordError(doc_id, f"{field} must be a string, not {type(value).__name__}")
        optional[field] = value or None
    published = parse_date(record.get("published"), doc_id)
    return text, Facts(id=doc_id, published=published, **optional)


def content_hash(text: str, facts: Facts, extra: str = "") -> str:
    """A hash of the text and every fact: equal hashes mean nothing to store again.

    >>> content_hash("a", Facts("x")) == content_hash("a", Facts("x"))
    True
    >>> content_hash("a", Facts("x")) == content_hash("a", Facts("x", outlet="AP"))
    False
    """
    published = facts.published.isoformat() if facts.published is not None else None
    payload = json.dumps([text, facts.id, facts.outlet, published, facts.url, facts.title, extra])
    return hashlib.blake2b(payload.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
