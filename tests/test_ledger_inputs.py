"""Records as a ledger takes them: ids, texts, dates and the content hash."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from quotrack import RecordError
from quotrack.ledger.inputs import Facts, content_hash, parse_date, read_record


def test_a_full_record_is_read() -> None:
    text, facts = read_record(
        {
            "id": 7,
            "text": "Hi.",
            "outlet": "AP",
            "published": "2026-01-05T10:00:00Z",
            "url": "u",
            "title": "t",
            "extra": "ignored",
        },
        "record 1",
    )
    assert text == "Hi."
    assert facts == Facts("7", "AP", datetime(2026, 1, 5, 10), "u", "t")


@pytest.mark.parametrize(
    ("record", "where", "message"),
    [
        ({"text": "x"}, "record 3", "the record has no id"),
        ({"id": "", "text": "x"}, "record 3", "the record has no id"),
        ({"id": ["a"], "text": "x"}, "record 3", "the record has an id that is not a text: ['a']"),
        ({"id": "a1"}, "a1", "the record has no text"),
        ({"id": "a1", "text": b"bytes"}, "a1", "the record has a text that is not a string: bytes"),
        ({"id": "a1", "text": "x", "outlet": 3}, "a1", "outlet must be a string, not int"),
        ({"id": "a1", "text": "x", "published": "yesterday"}, "a1", "cannot read the date 'yesterday'"),
        ({"id": "a1", "text": "x", "published": 2026}, "a1", "a date must be an ISO date string, not int"),
        (["a1", "x"], "record 3", "a record must be a mapping"),
    ],
)
def test_bad_records_are_named(record: object, where: str, message: str) -> None:
    with pytest.raises(RecordError) as caught:
        read_record(record, "record 3")
    assert caught.value.record == where
    assert message in str(caught.value)


def test_dates_of_every_form() -> None:
    assert parse_date("2026-01-05") == datetime(2026, 1, 5)
    assert parse_date(date(2026, 1, 5)) == datetime(2026, 1, 5)
    aware = datetime(2026, 1, 5, 12, tzinfo=timezone(timedelta(hours=-5)))
    assert parse_date(aware) == datetime(2026, 1, 5, 17)
    assert parse_date(None) is None and parse_date("") is None


def test_the_hash_covers_text_and_every_fact() -> None:
    base = content_hash("text", Facts("a"))
    others = [
        content_hash("text.", Facts("a")),
        content_hash("text", Facts("b")),
        content_hash("text", Facts("a", title="T")),
        content_hash("text", Facts("a", url="u")),
        content_hash("text", Facts("a", published=datetime(2026, 1, 1))),
        content_hash("text\ud800", Facts("a")),
    ]
    assert base not in others and len(set(others)) == len(others)
