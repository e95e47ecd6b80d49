"""Records as a ledger takes them: Documents, or mappings read by Document.from_mapping; the content hash."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from quotrack import Document, RecordError
from quotrack.ledger.inputs import content_hash, parse_date, read_record


def test_a_full_record_is_read_and_unknown_keys_are_kept() -> None:
    document = read_record(
        {
            "id": 7,
            "text": "Hi.",
            "outlet": "AP",
            "published": "2026-01-05T10:00:00Z",
            "url": "u",
            "title": "t",
            "authors": ["Ann Lee", "Omar Haddad"],
            "language": "en",
            "fetched": "2026-01-06",
            "section": "World",
        },
        "record 1",
    )
    assert (document.id, document.text, document.outlet, document.url, document.title) == (
        "7",
        "Hi.",
        "AP",
        "u",
        "t",
    )
    assert document.published == datetime(2026, 1, 5, 10)
    assert document.fetched == datetime(2026, 1, 6)
    assert document.authors == ("Ann Lee", "Omar Haddad")
    assert document.metadata == {"section": "World"}


def test_date_stands_for_published_as_on_the_command_line() -> None:
    assert read_record({"id": "a", "text": "x", "date": "2026-02-01"}, "record 1").published == datetime(
        2026, 2, 1
    )


def test_a_document_is_taken_as_it_is() -> None:
    document = Document("d1", "Hi.", outlet="AP")
    assert read_record(document, "record 1") is document


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
        ({"id": "a1", "text": "x", "authors": 5}, "a1", "authors must be a string or a list of strings"),
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


def test_the_hash_covers_text_and_every_fact_but_the_source() -> None:
    base = content_hash(Document("a", "text"))
    others = [
        content_hash(Document("a", "text.")),
        content_hash(Document("b", "text")),
        content_hash(Document("a", "text", title="T")),
        content_hash(Document("a", "text", url="u")),
        content_hash(Document("a", "text", published=datetime(2026, 1, 1))),
        content_hash(Document("a", "text", authors=("Ann Lee",))),
        content_hash(Document("a", "text", language="en")),
        content_hash(Document("a", "text", fetched=datetime(2026, 1, 1))),
        content_hash(Document("a", "text", metadata={"desk": "metro"})),
        content_hash(Document("a", "text\ud800")),
    ]
    assert base not in others and len(set(others)) == len(others)
    assert content_hash(Document("a", "text", source="feed.jsonl:4")) == base
    assert content_hash(Document("a", "text", metadata={"when": datetime(2026, 1, 1)})) not in others
