"""The document record every entry point reads: its text and what is known about it.

>>> doc = Document.from_mapping({"id": 7, "text": "Hi.", "date": "2020-01-02", "section": "World"}, "in:1")
>>> doc.id, doc.published, doc.metadata
('7', datetime.datetime(2020, 1, 2, 0, 0), {'section': 'World'})
>>> Document.from_mapping({"id": "a"}, "in:2")
Traceback (most recent call last):
...
quotrack.errors.RecordError: in:2: the record has no text
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any

import attrs

from ..errors import RecordError
from ..model import strings

__all__ = ["FIELDS", "Document", "parse_date"]

FIELDS = ("id", "text", "outlet", "published", "url", "title", "authors", "language", "source", "fetched")
"""The fields of a :class:`Document`; a record's other keys go to its ``metadata``."""


def parse_date(value: object, where: str = "date", *, local: bool = False) -> datetime | None:
    """A naive datetime from an ISO string, date or datetime: where a time zone is given, in UTC,
    or with ``local`` the time as written, its offset dropped (a page's date: the day it printed).

    >>> parse_date("2026-01-05T10:00:00+01:00")
    datetime.datetime(2026, 1, 5, 9, 0)
    >>> parse_date("2026-03-10T07:30:00+11:00", local=True)
    datetime.datetime(2026, 3, 10, 7, 30)
    >>> parse_date("5 January")
    Traceback (most recent call last):
    ...
    quotrack.errors.RecordError: date: cannot read the date '5 January' (use ISO 8601: 2026-01-05)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise RecordError(where, f"cannot read the date {value!r} (use ISO 8601: 2026-01-05)") from None
    else:
        raise RecordError(where, f"a date must be an ISO date string, not {type(value).__name__}")
    if moment.tzinfo is not None and not local:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(tzinfo=None)


def _optional_text(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(where, f"{key} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _authors(value: object, where: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip())
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    raise RecordError(where, "authors must be a string or a list of strings")


@attrs.frozen
class Document:
    """One news document: its ``text`` and the facts that travel with it.

    ``published`` is when the outlet published it (never the fetch date, which
    is ``fetched``); ``source`` says where it was read (``file``, ``file:line``,
    ``file@offset`` inside an archive, ``file#N`` for a feed's N-th entry);
    ``metadata`` keeps a record's other
    keys.  Every entry point (``quotrack extract``, ``quotrack ingest``,
    :meth:`quotrack.Ledger.ingest`, the Dask helpers) reads documents as these.
    """

    id: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(validator=attrs.validators.instance_of(str), repr=False)
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=strings)
    language: str | None = None
    source: str | None = None
    fetched: datetime | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], where: str, *, default_id: str | None = None, source: str | None = None
    ) -> Document:
        """The document of a record such as ``{"id", "text", "outlet", "published", ...}``.

        ``date`` stands for ``published``; keys that are not fields are kept
        in ``metadata``.  ``where`` names the record in errors until its id is
        known; ``default_id`` is the id of a record that has none (else that
        is an error), and ``source`` where it was read, unless it says.

        >>> Document.from_mapping({"text": "Hi."}, "f.jsonl:3", default_id="f.jsonl:3").id
        'f.jsonl:3'
        >>> Document.from_mapping({"id": "a", "text": "Hi.", "title": 5}, "f.jsonl:4")
        Traceback (most recent call last):
        ...
        quotrack.errors.RecordError: f.jsonl:4: title must be a string, not int
        """
        if not isinstance(data, Mapping):
            kind = type(data).__name__
            raise RecordError(where, f"a record must be a mapping with 'id' and 'text', not {kind}")
        doc_id = data.get("id")
        if doc_id is None or doc_id == "":
            if default_id is None:
                raise RecordError(where, "the record has no id")
            doc_id = default_id
        if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            raise RecordError(where, f"the record has an id that is not a text: {doc_id!r}")
        if not str(doc_id).strip():
            raise RecordError(where, f"the record has a blank id: {doc_id!r}")
        text = data.get("text")
        if not isinstance(text, str):
            problem = (
                "has no text" if text is None else f"has a text that is not a string: {type(text).__name__}"
            )
            raise RecordError(where, f"the record {problem}")
        if not text.strip():
            raise RecordError(where, "the record's text is empty")
        published = data.get("published")
        if published is None or published == "":
            published = data.get("date")
        return cls(
            id=str(doc_id),
            text=text,
            outlet=_optional_text(data, "outlet", where),
            published=parse_date(published, where, local=True),
            url=_optional_text(data, "url", where),
            title=_optional_text(data, "title", where),
            authors=_authors(data.get("authors"), where),
            language=_optional_text(data, "language", where),
            source=_optional_text(data, "source", where) or source,
            fetched=parse_date(data.get("fetched"), where),
            metadata={key: value for key, value in data.items() if key not in FIELDS and key != "date"},
        )

    def facts(self) -> dict[str, Any]:
        """The fields that are set, apart from id and text, then the metadata: JSON-ready.

        >>> Document("d1", "Hi.", outlet="AP", published=datetime(2020, 1, 2), metadata={"x": 1}).facts()
        {'outlet': 'AP', 'published': '2020-01-02T00:00:00', 'x': 1}
        """
        data: dict[str, Any] = {}
        for field in FIELDS[2:]:
            value = getattr(self, field)
            if field == "source" or value is None or value == ():
                continue
            if isinstance(value, datetime):
                value = value.isoformat()
            data[field] = list(value) if isinstance(value, tuple) else value
        return {**data, **self.metadata}

    def to_dict(self) -> dict[str, Any]:
        """The document as a JSON-ready record that :meth:`from_mapping` reads back.

        >>> doc = Document("d1", "Hi.", authors=("Ann Lee",))
        >>> Document.from_mapping(doc.to_dict(), "here") == doc
        True
        """
        data: dict[str, Any] = {"id": self.id, "text": self.text, **self.facts()}
        if self.source is not None:
            data["source"] = self.source
        return data
