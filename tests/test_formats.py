"""Output formats: each writer on hand-built results, and one CSV round trip on a parsed text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

import quotrack
from quotrack import QuotrackError
from quotrack.formats import (
    FIELDS,
    FORMATS,
    WRITERS,
    DocumentInfo,
    UnknownFormatError,
    write,
    writer,
)
from quotrack.model import Attribution, Kind, Outlet, Result, Speaker, SpeakerKind, TextSpan

RAIN = 'Forecasters said, "Rain, wind and ""gusts"" will last\nuntil Friday," according to Radio Nord.'


def _rain() -> Result:
    """Two attributions: one with a speaker, cue and outlet, one with nothing but its content."""
    start = RAIN.index("Rain")
    end = RAIN.index('," according')
    quote = Attribution(
        kind=Kind.DIRECT,
        content=TextSpan.of(RAIN, start, end),
        detector="quotes",
        cue=TextSpan.of(RAIN, 12, 16),
        speaker=Speaker("Forecasters", TextSpan.of(RAIN, 0, 11), SpeakerKind.UNNAMED),
        outlet=Outlet("Radio Nord", TextSpan.of(RAIN, RAIN.index("Radio"), len(RAIN) - 1)),
        explanation=("quotes: cue after the quote", "outlets: according to"),
    )
    bare = Attribution(kind=Kind.INDIRECT, content=TextSpan.of(RAIN, 0, 11), detector="reported")
    return Result(text=RAIN, attributions=[quote, bare])


def _out(name: str, pairs: list[tuple[Result, DocumentInfo | str]]) -> str:
    stream = io.StringIO()
    write(name, pairs, stream)
    return stream.getvalue()


def test_every_format_has_a_writer_and_the_cli_offers_them_all() -> None:
    assert set(FORMATS) == set(WRITERS) >= {"table", "jsonl", "json", "csv", "html"}
    assert all(writer(name) is WRITERS[name] for name in FORMATS)


def test_an_unknown_format_is_a_quotrack_error_naming_the_formats() -> None:
    with pytest.raises(UnknownFormatError) as raised:
        writer("yaml")
    assert isinstance(raised.value, QuotrackError)
    assert "'yaml'" in str(raised.value) and "csv" in str(raised.value)
    with pytest.raises(QuotrackError):
        write("XML", [], io.StringIO())


def test_csv_has_one_row_per_attribution_and_round_trips_awkward_text() -> None:
    text = _out("csv", [(_rain(), "r1"), (Result(text="Calm."), "calm"), (_rain(), "r2")])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == FIELDS
    assert [(row["doc_id"], row["index"], row["kind"]) for row in rows] == [
        ("r1", "0", "direct"),
        ("r1", "1", "indirect"),
        ("r2", "0", "direct"),
        ("r2", "1", "indirect"),
    ]
    quote = rows[0]
    # commas, doubled quotation marks and a line break survive the round trip
    assert quote["content"] == RAIN[int(quote["content_start"]) : int(quote["content_end"])]
    assert '""gusts""' in quote["content"] and "\n" in quote["content"]
    assert (quote["speaker_name"], quote["speaker_kind"], quote["cue"], quote["outlet"]) == (
        "Forecasters",
        "unnamed",
        "said",
        "Radio Nord",
    )
    assert quote["explanation"] == "quotes: cue after the quote; outlets: according to"
    bare = rows[1]
    assert (
        bare["speaker_name"]
        == bare["cue"]
        == bare["cue_start"]
        == bare["outlet"]
        == bare["explanation"]
        == ""
    )


def test_csv_of_no_documents_is_the_header_alone() -> None:
    assert _out("csv", []) == ",".join(FIELDS) + "\n"


def test_jsonl_is_one_record_a_document_with_its_passed_through_keys() -> None:
    info = DocumentInfo("r1", {"url": "https://example.org/r1", "section": "météo"})
    lines = _out("jsonl", [(_rain(), info), (Result(text="Calm."), "calm")]).splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert list(first) == ["id", "url", "section", "attributions", "speakers"]
    assert first["attributions"] == _rain().to_dict()["attributions"]
    assert second == {"id": "calm", "attributions": [], "speakers": []}
    assert "météo" in lines[0]  # written as is, not \u-escaped


def test_json_is_an_array_of_the_jsonl_records() -> None:
    pairs: list[tuple[Result, DocumentInfo | str]] = [(_rain(), "r1"), (Result(text="Calm."), "calm")]
    records = [json.loads(line) for line in _out("jsonl", pairs).splitlines()]
    assert json.loads(_out("json", pairs)) == records
    assert json.loads(_out("json", [])) == []


def test_table_heads_each_document_with_its_id_and_count() -> None:
    lines = _out("table", [(_rain(), "r1"), (Result(text="Calm."), "calm")]).splitlines()
    assert lines[0] == "== r1: 2 attributions"
    assert lines[1].split() == ["speaker", "kind", "act", "conf", "cue", "claim", "outlet"]
    assert lines[2].split()[:5] == ["Forecasters", "direct", "speech", "1", "said"]
    assert lines[2].endswith("Radio Nord")
    assert lines[4:] == ["", "== calm: 0 attributions", "(no attributions)"]


def test_html_is_one_page_with_every_document_escaped() -> None:
    hostile = "<script>alert(1)</script> & more"
    page = _out("html", [(_rain(), "r1"), (Result(text=hostile), "<b>id</b>")])
    assert page.startswith("<!DOCTYPE html>") and page.count('<article class="quotrack"') == 2
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "<b>id</b>" not in page and "&lt;b&gt;id&lt;/b&gt;" in page


@pytest.mark.parametrize("name", ["jsonl", "json", "csv", "table", "html"])
def test_writers_write_a_document_before_the_next_is_made(name: str) -> None:
    stream = io.StringIO()

    def pairs() -> Iterator[tuple[Result, str]]:
        yield _rain(), "first"
        assert "Forecasters" in stream.getvalue()
        yield _rain(), "second"

    write(name, pairs(), stream)
    assert "second" in stream.getvalue()


def test_csv_of_a_parsed_text_gives_the_tracker_s_attributions(tracker: quotrack.Tracker) -> None:
    text = "Lena Park said the vote would be close. Tom Baker said the count would be slow."
    result = tracker(text)
    rows = list(csv.DictReader(io.StringIO(_out("csv", [(result, "s1")]))))
    assert [row["content"] for row in rows] == [a.content.text for a in result.attributions]
    assert [row["speaker_name"] for row in rows] == ["Lena Park", "Tom Baker"]
    for row, attribution in zip(rows, result.attributions, strict=True):
        assert text[int(row["content_start"]) : int(row["content_end"])] == row["content"]
        assert row["explanation"] == "; ".join(attribution.explanation) and row["explanation"]


def test_csv_says_what_each_attribution_reports(tracker: quotrack.Tracker) -> None:
    text = "Lena Park said the vote would be close. Residents expressed concern over the noise."
    rows = list(csv.DictReader(io.StringIO(_out("csv", [(tracker(text), "s1")]))))
    acts = [(row["speaker_name"], row["act"]) for row in rows]
    assert acts == [("Lena Park", "speech"), ("Residents", "topic")]


def test_a_split_quote_is_its_pieces_joined_in_every_flat_format(tracker: quotrack.Tracker) -> None:
    text = '"The harbour will reopen," the port director said, "but not before the storm has passed."'
    result = tracker(text)
    pieces = [piece.text for piece in result.attributions[0].pieces]
    assert len(pieces) == 2
    words = " … ".join(pieces)
    assert "said" not in words
    rows = list(csv.DictReader(io.StringIO(_out("csv", [(result, "s1")]))))
    assert [row["content"] for row in rows] == [words]
    assert "reopen … but" in _out("table", [(result, "s1")])
    record = json.loads(_out("jsonl", [(result, "s1")]))
    assert [piece["text"] for piece in record["attributions"][0]["pieces"]] == pieces
