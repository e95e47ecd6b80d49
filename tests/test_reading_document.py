"""The Document record: fields from a mapping, metadata kept, bad fields named."""

from __future__ import annotations

from datetime import datetime

import pytest

from quotrack.errors import RecordError
from quotrack.reading import Document, parse_date


def test_a_record_becomes_a_document_and_back() -> None:
    data = {
        "id": "https://news.example/a",
        "text": "Hi.",
        "outlet": "AP",
        "date": "2019-01-07T09:30:00+01:00",
        "authors": "Ann Lee; Bo Chen",
        "fetched": "2026-03-01T12:00:00Z",
        "section": "World",
    }
    doc = Document.from_mapping(data, "in:1")
    assert doc.published == datetime(2019, 1, 7, 9, 30) and doc.fetched == datetime(2026, 3, 1, 12, 0)
    assert doc.authors == ("Ann Lee", "Bo Chen") and doc.metadata == {"section": "World"}
    assert Document.from_mapping(doc.to_dict(), "again") == doc


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "Hi."}, "in:1: the record has no id"),
        ({"id": "a"}, "in:1: the record has no text"),
        ({"id": "a", "text": 5}, "in:1: the record has a text that is not a string: int"),
        ({"id": True, "text": "Hi."}, "in:1: the record has an id that is not a text: True"),
        ({"id": "  ", "text": "Hi."}, "in:1: the record has a blank id: '  '"),
        ({"id": "a", "text": " \n "}, "in:1: the record's text is empty"),  # as an empty .txt is
        ({"id": "a", "text": "Hi.", "authors": 3}, "in:1: authors must be a string or a list of strings"),
        ({"id": "a", "text": "Hi.", "date": "Monday"}, "in:1: cannot read the date 'Monday'"),
    ],
)
def test_bad_records_are_named(data: dict[str, object], message: str) -> None:
    with pytest.raises(RecordError, match=message.replace("(", r"\(")):
        Document.from_mapping(data, "in:1")


def test_dates() -> None:
    assert parse_date("2019-01-07") == datetime(2019, 1, 7)
    assert parse_date("2019-01-07T10:00:00Z") == datetime(2019, 1, 7, 10, 0)
    assert parse_date("2019-01-07T10:00:00+11:00") == datetime(2019, 1, 6, 23, 0)  # a crawl's time: UTC
    record = {"id": "a", "text": "Hi.", "published": "2019-01-07T10:00:00+11:00"}
    published = Document.from_mapping(record, "a")
    assert published.published == datetime(2019, 1, 7, 10, 0)  # the day the outlet gave
    assert parse_date("") is None and parse_date(None) is None
