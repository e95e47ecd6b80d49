"""Ledger records as tables, JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import attrs

from quotrack.ledger.export import to_dict, write_records
from quotrack.ledger.records import Change, Echo, QuoteRecord, SpeakerRecord, Variant

FIRST = QuoteRecord(
    "a1",
    "Harbor Herald",
    datetime(2026, 1, 5),
    "direct",
    "We will rebuild, together",
    "Ann Lee",
    "said",
    start=10,
    end=35,
)
LATER = QuoteRecord(
    "b7",
    "City Wire",
    datetime(2026, 1, 6, 14, 30),
    "direct",
    "We will rebuild",
    "Ann Lee",
    "said",
    start=4,
    end=19,
)
ECHO = Echo(FIRST.content, (FIRST, LATER), FIRST, (Variant(LATER, (Change("delete", "together", ""),)),))
SPEAKER = SpeakerRecord(
    "Ann Lee",
    ("Lee", "Ann Lee"),
    "person",
    "mayor",
    2,
    2,
    ("Harbor Herald", "City Wire"),
    FIRST.published,
    LATER.published,
    id=4,
)


def written(records: list[object], fmt: str, kind: type, width: int = 100) -> str:
    out = io.StringIO()
    write_records(records, fmt, out, kind=kind, width=width)
    return out.getvalue()


def test_jsonl_keeps_every_field_with_iso_dates() -> None:
    lines = written([ECHO], "jsonl", Echo).splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["first"]["published"] == "2026-01-05T00:00:00"
    assert data["occurrences"][1]["published"] == "2026-01-06T14:30:00"
    assert data["variants"][0]["changes"] == [{"op": "delete", "before": "together", "after": ""}]
    assert to_dict(SPEAKER)["aliases"] == ["Lee", "Ann Lee"]


def test_csv_rows_are_flat() -> None:
    rows = list(csv.DictReader(io.StringIO(written([SPEAKER], "csv", SpeakerRecord))))
    assert rows == [
        {
            "id": "4",
            "speaker": "Ann Lee",
            "quotes": "2",
            "docs": "2",
            "copies": "0",
            "copied quotes": "0",
            "first seen": "2026-01-05",
            "last seen": "2026-01-06",
            "outlets": "Harbor Herald, City Wire",
            "aliases": "Lee",
            "kind": "person",
            "description": "mayor",
        }
    ]
    echo_rows = list(csv.DictReader(io.StringIO(written([ECHO], "csv", Echo))))
    assert [(r["document"], r["copy_of"], r["first"], r["changes"]) for r in echo_rows] == [
        ("a1", "", "True", ""),
        ("b7", "", "False", "delete: 'together' -> ''"),
    ]
    copied = Echo(FIRST.content, (FIRST, attrs.evolve(LATER, copy_of="a1")), FIRST, ())
    assert [r["copy_of"] for r in csv.DictReader(io.StringIO(written([copied], "csv", Echo)))] == ["", "a1"]


def test_tables_fit_the_width_and_headers_show_without_records() -> None:
    long = QuoteRecord("a1", "Harbor Herald", None, "indirect", "word " * 80, None, "said")
    table = written([long, FIRST], "table", QuoteRecord, width=90)
    assert all(len(line) <= 90 for line in table.splitlines())
    assert "…" in table and "—" in table  # a cut quote; no speaker
    assert written([], "csv", QuoteRecord).startswith("published,outlet,document,speaker")
    assert written([], "table", SpeakerRecord) == "(none)\n"


def test_echo_table_shows_first_and_changes() -> None:
    table = written([ECHO], "table", Echo)
    assert "“We will rebuild, together”" in table
    assert "2 documents; first 2026-01-05 Harbor Herald a1 (Ann Lee)" in table
    assert "variant 2026-01-06 City Wire b7: −together" in table


def test_wide_tables_cut_no_cell() -> None:
    name = "Dr Alexandra Konstantinopoulou-Whitfield of the Harbour Authority"
    speaker = SpeakerRecord(name, documents=2, quotes=3, copies=1, id=4)
    cut, whole = io.StringIO(), io.StringIO()
    write_records([speaker], "table", cut, kind=SpeakerRecord, width=80)
    write_records([speaker], "table", whole, kind=SpeakerRecord, width=80, wide=True)
    assert name not in cut.getvalue() and "…" in cut.getvalue()
    header, row = whole.getvalue().splitlines()
    assert name in row and "…" not in row
    assert header.split()[:6] == ["id", "speaker", "kind", "quotes", "docs", "copies"]
    assert row[header.index("copies") :].split()[0] == "1"


def test_context_is_a_line_in_a_table_and_a_column_in_csv() -> None:
    quote = QuoteRecord(
        document="a1",
        outlet="Reuters",
        published=datetime(2026, 1, 5),
        kind="direct",
        content="Rates will rise",
        speaker="Ann Lee",
        cue="said",
        copy_of="w1",
        context="“Rates will rise,” said Ann Lee on Monday.",
    )
    table = io.StringIO()
    write_records([quote], "table", table, width=100, context=True)
    assert table.getvalue().splitlines()[2].strip() == "“Rates will rise,” said Ann Lee on Monday."
    out = io.StringIO()
    write_records([quote], "csv", out, context=True)
    [row] = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["copy_of"], row["context"]) == ("w1", "“Rates will rise,” said Ann Lee on Monday.")


def test_table_cells_carry_no_control_characters_from_the_article() -> None:
    hostile = QuoteRecord(
        "a1", "Harbor Herald", None, "direct", "\x1b[2J\x1b[31mWe won\x1b[0m", "Ann Lee", "said"
    )
    for wide in (False, True):
        out = io.StringIO()
        write_records([hostile], "table", out, kind=QuoteRecord, width=120, wide=wide)
        assert "\x1b" not in out.getvalue() and "\ufffd[31mWe won" in out.getvalue()
