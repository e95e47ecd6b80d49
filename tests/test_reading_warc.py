"""Web archives: pages become documents, other records are counted, broken records are reported
at their offset and the reading goes on."""

from __future__ import annotations

import gzip
import io
import zlib
from datetime import datetime
from pathlib import Path

import brotli
import pytest
from reading_support import (
    CATALONIA,
    CUBA,
    KOSZALIN,
    SECTION_FRONT,
    http_headers,
    page_bytes,
    record_bytes,
    write_warc,
)
from warcio.warcwriter import WARCWriter

from quotrack.errors import ArgumentError, RecordError
from quotrack.reading import Document, HtmlReader, Skip, WarcReader

READER = WarcReader()


def _items(path: Path, reader: WarcReader = READER) -> list[Document | RecordError | Skip]:
    return list(reader.read(str(path)))


def _kinds(items: list[Document | RecordError | Skip]) -> list[str]:
    return [type(item).__name__ for item in items]


def test_an_archive_gzipped_as_one_stream_gives_every_record(tmp_path: Path) -> None:
    # "gzip crawl.warc": one gzip member holding every record, not one member a record
    plain = [
        record_bytes("", b"software: test\r\n", kind="warcinfo", gzip=False),
        record_bytes("https://news.example/badalona", page_bytes(CATALONIA), gzip=False),
        record_bytes("https://news.example/cuba", page_bytes(CUBA), gzip=False),
    ]
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(plain)))
    items = _items(path)
    assert _kinds(items) == ["Skip", "Document", "Document"]
    badalona, cuba = items[1], items[2]
    assert isinstance(badalona, Document) and isinstance(cuba, Document)
    assert (badalona.text, cuba.text) == (CATALONIA.text, CUBA.text)
    assert badalona.source == f"{path}@0+{len(plain[0])}"  # the record's offset in the member
    assert cuba.source == f"{path}@0+{len(plain[0]) + len(plain[1])}"


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_response_records_with_html_become_documents_and_the_others_are_counted(
    tmp_path: Path, compressed: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    records = [
        record_bytes("", b"software: test\r\n", kind="warcinfo", gzip=compressed),
        record_bytes(
            "https://news.example/badalona",
            b"GET /badalona HTTP/1.1\r\n\r\n",
            kind="request",
            gzip=compressed,
        ),
        record_bytes("https://news.example/badalona", page_bytes(CATALONIA), gzip=compressed),
        record_bytes(
            "https://news.example/logo.png",
            b"\x89PNG\r\n\x1a\n" + bytes(100),
            gzip=compressed,
            headers=http_headers("image/png"),
        ),
        record_bytes(
            "https://news.example/cuba",
            page_bytes(CUBA, "windows-1252"),
            gzip=compressed,
            headers=http_headers("text/html; charset=windows-1252"),
            date="2026-03-02T08:00:00Z",
        ),
        record_bytes("https://news.example/world", SECTION_FRONT.encode(), gzip=compressed),
    ]
    offsets = write_warc(path, records)
    items = _items(path)
    assert _kinds(items) == ["Skip", "Skip", "Document", "Skip", "Document", "Skip"]
    badalona, cuba = items[2], items[4]
    assert isinstance(badalona, Document) and isinstance(cuba, Document)
    assert badalona.text == CATALONIA.text and cuba.text == CUBA.text
    assert badalona.id == badalona.url == "https://news.example/badalona"
    assert badalona.source == f"{path}@{offsets[2]}" and cuba.source == f"{path}@{offsets[4]}"
    # the WARC-Date is the fetch time; the page's own date is the publication date
    assert cuba.fetched == datetime(2026, 3, 2, 8, 0) and cuba.published == datetime(2019, 1, 12, 9, 30)
    skips = [item for item in items if isinstance(item, Skip)]
    assert [skip.reason for skip in skips] == [
        "warcinfo record",
        "request record",
        "non-HTML response",
        "page with no article text",
    ]
    assert [skip.listed for skip in skips] == [False, False, False, True]


def test_the_fetch_date_never_becomes_the_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(path, [record_bytes("https://news.example/cuba", page_bytes(CUBA, published=""))])
    [doc] = _items(path)
    assert isinstance(doc, Document)
    assert doc.published is None and doc.fetched == datetime(2026, 3, 1, 12, 0)


def test_redirects_and_errors_are_counted(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    moved = StatusAndHeaders("301 Moved", [("Location", "https://news.example/b")], protocol="HTTP/1.1")
    path = tmp_path / "a.warc.gz"
    write_warc(path, [record_bytes("https://news.example/a", b"", headers=moved)])
    assert _items(path) == [Skip(f"{path}@0", "HTTP 301 response", listed=False)]


def test_a_compressed_http_body_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    body = gzip.compress(page_bytes(KOSZALIN))
    deflated = zlib.compress(page_bytes(CUBA))
    write_warc(
        path,
        [
            record_bytes("https://news.example/k", body, headers=http_headers(Content_Encoding="gzip")),
            record_bytes(
                "https://news.example/c", deflated, headers=http_headers(Content_Encoding="deflate")
            ),
        ],
    )
    first, second = _items(path)
    assert isinstance(first, Document) and first.text == KOSZALIN.text
    assert isinstance(second, Document) and second.text == CUBA.text


def test_a_brotli_body_and_a_plain_body_under_a_gzip_header_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(
        path,
        [
            record_bytes(
                "https://news.example/k",
                brotli.compress(page_bytes(KOSZALIN)),
                headers=http_headers(Content_Encoding="br"),
            ),
            # a crawler that stored the body decoded and kept the header
            record_bytes(
                "https://news.example/c", page_bytes(CUBA), headers=http_headers(Content_Encoding="gzip")
            ),
            record_bytes(
                "https://news.example/x", b"\x00\x01 not gzip", headers=http_headers(Content_Encoding="gzip")
            ),
        ],
    )
    first, second, third = _items(path)
    assert isinstance(first, Document) and first.text == KOSZALIN.text
    assert isinstance(second, Document) and second.text == CUBA.text
    assert "an HTTP body that is not valid gzip data" in str(third)


def test_a_truncated_gzip_member_is_reported_and_the_records_around_it_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    records = [
        record_bytes(f"https://news.example/{n}", page_bytes(article))
        for n, article in enumerate((CATALONIA, CUBA, KOSZALIN, CUBA))
    ]
    records[1] = records[1][: len(records[1]) // 2]
    offsets = write_warc(path, records)
    items = _items(path)
    assert _kinds(items) == ["Document", "RecordError", "Document", "Document"]
    assert str(items[1]).startswith(f"{path}@{offsets[1]}: a corrupt or truncated gzip member")
    assert [item.source for item in items if isinstance(item, Document)] == [
        f"{path}@{offsets[0]}",
        f"{path}@{offsets[2]}",
        f"{path}@{offsets[3]}",
    ]
    # cut at the end of the file
    path.write_bytes(b"".join(records[:1]) + records[2][:200])
    first, error = _items(path)
    assert isinstance(first, Document)
    assert str(error) == f"{path}@{len(records[0])}: a truncated gzip member: the file ends inside it"


def test_garbage_between_records_and_malformed_records(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    good = record_bytes("https://news.example/c", page_bytes(CATALONIA))
    path.write_bytes(good + b"this is not gzip" + good)
    assert _kinds(_items(path)) == ["Document", "RecordError", "Document"]
    assert "not a gzip member" in str(_items(path)[1])
    plain = tmp_path / "a.warc"
    good = record_bytes("https://news.example/c", page_bytes(CATALONIA), gzip=False)
    broken = good.replace(b"Content-Length", b"Content-Lenght", 1)
    plain.write_bytes(good + broken + good)
    items = _items(plain)
    assert _kinds(items) == ["Document", "RecordError", "Document"]
    assert str(items[1]) == f"{plain}@{len(good)}: a malformed record: no valid Content-Length in its header"
    plain.write_bytes(good + good[: len(good) // 2])
    assert str(_items(plain)[1]) == f"{plain}@{len(good)}: a truncated record: the file ends inside it"


def test_a_gzip_bomb_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    zeros = b"\0" * 2_000_000  # 2 MB of zeros: about 2 kB compressed
    writer.write_record(
        writer.create_warc_record("https://x.example/", "resource", payload=io.BytesIO(zeros))
    )
    bomb = out.getvalue()
    good = record_bytes("https://news.example/c", page_bytes(CATALONIA))
    write_warc(path, [bomb, good])
    error, doc = _items(path, WarcReader(max_record_bytes=100_000))
    assert str(error) == (
        f"{path}@0: the gzip member decompresses to more than 100,000 bytes, over the limit "
        "(max_record_bytes; a gzip bomb?)"
    )
    assert isinstance(doc, Document)
    # a compressed HTTP body is capped by the page limit
    body = gzip.compress(b"<html><body>" + b" " * 500_000)
    write_warc(
        path, [record_bytes("https://x.example/", body, headers=http_headers(Content_Encoding="gzip"))]
    )
    [error] = _items(path, WarcReader(html=HtmlReader(max_page_bytes=100_000)))
    assert "an HTTP body that decompresses to more than 100,000 bytes, over the limit (max_page_bytes" in str(
        error
    )


def test_a_page_over_the_size_limit_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    big = record_bytes("https://news.example/big", page_bytes(CUBA) + b" " * 50_000, gzip=False)
    good = record_bytes("https://news.example/c", page_bytes(CATALONIA), gzip=False)
    offsets = write_warc(path, [big, good])
    error, doc = _items(path, WarcReader(html=HtmlReader(max_page_bytes=20_000)))
    assert str(error).startswith(f"{path}@{offsets[0]}: a page of ")
    assert str(error).endswith("over the limit of 20,000 (max_page_bytes)")
    assert isinstance(doc, Document)
    error, doc = _items(path, WarcReader(max_record_bytes=40_000))
    assert "over the limit of 40,000 (max_record_bytes)" in str(error) and isinstance(doc, Document)


def test_duplicate_urls_share_an_id(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    write_warc(
        path,
        [
            record_bytes("https://news.example/c", page_bytes(CUBA), date="2026-03-01T10:00:00Z"),
            record_bytes("https://news.example/c", page_bytes(CUBA), date="2026-03-02T10:00:00Z"),
        ],
    )
    first, second = _items(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id == "https://news.example/c"  # the ledger keeps the later fetch
    assert first.source != second.source


def test_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert [str(item) for item in _items(empty)] == [f"{empty}: an empty file: no records to read"]
    binary = tmp_path / "noise.warc.gz"
    binary.write_bytes(bytes(range(256)) * 4)
    [error] = _items(binary)
    assert isinstance(error, RecordError) and str(error).startswith(f"{binary}@0: a malformed record")


def test_settings_are_checked() -> None:
    with pytest.raises(ArgumentError, match="max_record_bytes"):
        WarcReader(max_record_bytes=0)
