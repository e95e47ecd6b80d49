"""Paths to documents: every kind of file by its name, folders recursively, skips and bad records."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest
from reading_support import CATALONIA, CUBA, KOSZALIN, LOGIN_WALL, page_bytes, record_bytes, write_warc
from test_reading_feeds import ATOM, RSS

from quotrack.errors import QuotrackError, RecordError
from quotrack.reading import Document, HtmlReader, Readers, ReadReport, read_documents


def _crawl(folder: Path) -> dict[str, Path]:
    """A folder of every kind quotrack reads, and some it leaves alone."""
    (folder / "pages" / "2019").mkdir(parents=True)
    paths = {
        "txt": folder / "a.txt",
        "jsonl": folder / "b.jsonl",
        "html": folder / "pages" / "2019" / "badalona.html",
        "htm": folder / "pages" / "cuba.HTM",
        "login": folder / "pages" / "login.html",
        "warc": folder / "crawl.warc.gz",
        "rss": folder / "world.rss",
        "atom": folder / "feeds.xml",
        "sitemap": folder / "sitemap.xml",
        "image": folder / "pages" / "logo.png",
    }
    paths["txt"].write_text("Lee said it rained.", encoding="utf-8")
    paths["jsonl"].write_text('{"id": "b1", "text": "Hi."}\n', encoding="utf-8")
    paths["html"].write_bytes(page_bytes(CATALONIA, canonical="https://news.example/badalona"))
    paths["htm"].write_bytes(page_bytes(CUBA, "windows-1252"))
    paths["login"].write_text(LOGIN_WALL, encoding="utf-8")
    write_warc(
        paths["warc"],
        [
            record_bytes("https://news.example/koszalin", b"GET /", kind="request"),
            record_bytes("https://news.example/koszalin", page_bytes(KOSZALIN)),
        ],
    )
    paths["rss"].write_text(RSS, encoding="utf-8")
    paths["atom"].write_text(ATOM, encoding="utf-8")
    paths["sitemap"].write_text('<?xml version="1.0"?><urlset></urlset>', encoding="utf-8")
    paths["image"].write_bytes(b"\x89PNG\r\n")
    return paths


def test_a_folder_is_read_recursively_with_every_kind_of_file(tmp_path: Path) -> None:
    paths = _crawl(tmp_path)
    report = ReadReport()
    docs = list(read_documents([str(tmp_path)], report=report))
    assert [doc.id for doc in docs] == [
        str(paths["txt"]),
        "b1",
        "https://news.example/koszalin",  # crawl.warc.gz
        "https://news.example/cuba",  # feeds.xml (sitemap.xml is not a feed: left alone)
        "https://www.theguardian.com/badalona",  # world.rss
        str(paths["htm"]),  # pages/cuba.HTM (pages/logo.png is left alone)
        "https://news.example/badalona",  # pages/2019/badalona.html
    ]
    assert docs[2].text == KOSZALIN.text and docs[5].text == CUBA.text and docs[6].text == CATALONIA.text
    assert report.counts() == {
        "request record": 1,
        "feed entry with only a summary": 2,
        "page with no article text": 2,
    }
    assert report.to_fetch == [
        "https://news.example/summary",
        "https://www.theguardian.com/cuba",
        "https://www.theguardian.com/gallery",
    ]
    assert report.listed[-1].where == str(paths["login"])


def test_files_are_read_by_their_names(tmp_path: Path) -> None:
    paths = _crawl(tmp_path)
    [doc] = read_documents(str(paths["htm"]))
    assert doc.text == CUBA.text and doc.source == str(paths["htm"])
    [doc] = read_documents([str(paths["warc"])])
    assert doc.source is not None and doc.source.startswith(f"{paths['warc']}@")
    assert doc.source != f"{paths['warc']}@0"  # the request record comes first
    assert [d.id for d in read_documents([str(paths["atom"])])] == ["https://news.example/cuba"]
    with pytest.raises(RecordError, match=r"sitemap\.xml: an XML file that is not an RSS or Atom feed"):
        list(read_documents([str(paths["sitemap"])]))


def test_bad_records_are_collected_and_reading_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    # no charset declared, not UTF-8, nor Western text in Windows-1252: a page in Japanese
    japanese = "東京都の知事は言った。".encode("shift_jis") * 30
    bad.write_bytes(b"<html><body><p>" + japanese + b"</p></body></html>")
    good = tmp_path / "good.html"
    good.write_bytes(page_bytes(KOSZALIN))
    empty = tmp_path / "empty.htm"
    empty.write_bytes(b"")
    errors: list[QuotrackError] = []
    docs = list(read_documents([str(bad), str(good), str(empty)], errors=errors))
    assert [doc.text for doc in docs] == [KOSZALIN.text]
    assert [str(error).split(":")[0] for error in errors] == [str(bad), str(empty)]
    assert "declares no charset and is not UTF-8" in str(errors[0])
    # without a list, the first bad record raises; skips are not errors
    with pytest.raises(RecordError):
        list(read_documents([str(bad)]))


def test_skips_are_not_counted_without_a_report(tmp_path: Path) -> None:
    login = tmp_path / "login.html"
    login.write_text(LOGIN_WALL, encoding="utf-8")
    assert list(read_documents([str(login)])) == []


def test_readers_carry_the_limits(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(page_bytes(CUBA))
    errors: list[QuotrackError] = []
    readers = Readers(html=HtmlReader(max_page_bytes=1000))
    assert list(read_documents([str(page)], errors=errors, readers=readers)) == []
    assert "over the limit of 1,000 (max_page_bytes)" in str(errors[0])
    archive = tmp_path / "a.warc.gz"
    write_warc(archive, [record_bytes("https://x.example/", gzip.compress(page_bytes(CUBA)))])
    assert readers.warc.html is readers.html and readers.feeds.html is readers.html


def test_text_and_jsonl_are_read_as_before(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Lee said it rained.", encoding="utf-8")
    lines = tmp_path / "b.data"
    lines.write_text('{"id": "b1", "text": "Hi.", "date": "2020-01-02"}\n', encoding="utf-8")
    docs = list(read_documents([str(text), str(lines)], jsonl=False))
    assert isinstance(docs[0], Document) and docs[0].id == str(text)
    assert docs[1].id == str(lines)  # no known suffix: text
    [doc] = read_documents([str(lines)], jsonl=True)
    assert doc.id == "b1"


def test_a_line_that_is_not_utf8_costs_only_that_line(tmp_path: Path) -> None:
    lines = [
        f'{{"id": "n{i}", "text": "Ann Lee said the ferry would sail {i}."}}'.encode() for i in range(400)
    ]
    lines[300] = '{"id": "bad", "text": "Fran\xe7ois said no."}'.encode("latin-1")
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    errors: list[QuotrackError] = []
    docs = list(read_documents([str(path)], errors=errors))
    assert len(docs) == 399 and "bad" not in {doc.id for doc in docs}
    assert [str(error) for error in errors] == [
        f"{path}:301: not UTF-8 text (invalid continuation byte at byte 27 of the line)"
    ]


def test_a_byte_order_mark_is_read_past_and_a_lone_surrogate_kept(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    first = '{"id": "b1", "text": "Ann Lee said the ferry \\ud83d would sail."}'
    path.write_bytes(b"\xef\xbb\xbf" + first.encode() + b'\n{"id": "b2", "text": "Bo Roe said no."}\n')
    docs = list(read_documents([path]))  # a Path in a list, as well as a string
    assert [doc.id for doc in docs] == ["b1", "b2"]
    assert docs[0].text == "Ann Lee said the ferry \ud83d would sail."  # as given: spans index it


def test_hidden_files_and_folders_of_a_folder_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Ann Lee said the pier was closed.", encoding="utf-8")
    for hidden in (".git", ".venv/lib"):
        (tmp_path / hidden).mkdir(parents=True)
        (tmp_path / hidden / "notes.txt").write_text("Bo Roe said it rained.", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("Cy Poe said no.", encoding="utf-8")
    assert [doc.id for doc in read_documents([str(tmp_path)])] == [str(tmp_path / "story.txt")]


def test_an_unreadable_file_in_a_folder_costs_only_that_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ann Lee said the ferry would sail.", encoding="utf-8")
    (tmp_path / "b.jsonl").symlink_to(tmp_path / "missing.jsonl")
    (tmp_path / "c.txt").symlink_to(tmp_path / "missing.txt")
    errors: list[QuotrackError] = []
    docs = list(read_documents([str(tmp_path)], errors=errors))
    assert [doc.id for doc in docs] == [str(tmp_path / "a.txt")]
    assert [str(error) for error in errors] == [
        f"{tmp_path / 'b.jsonl'}: cannot read the file (No such file or directory)",
        f"{tmp_path / 'c.txt'}: cannot read the file (No such file or directory)",
    ]


def test_standard_input_is_read_a_line_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "Ann Lee said yes."}\n{"id": "s2", "text": "Fran\xe7ois"}\n'
    data += b'{"id": "s3", "text": "No."}\n'

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin())
    errors: list[QuotrackError] = []
    assert [doc.id for doc in read_documents(["-"], errors=errors)] == ["s1", "s3"]
    assert [str(error) for error in errors] == [
        "<stdin>:2: not UTF-8 text (invalid continuation byte at byte 26 of the line)"
    ]


def test_standard_input_is_jsonl_past_blank_lines_and_whatever_its_first_record_lacks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = b'\n\n{"id": "s0", "txt": "No text here."}\n{"id": "s1", "text": "Ann Lee said yes."}\n'

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin())
    errors: list[QuotrackError] = []
    assert [doc.id for doc in read_documents(["-"], errors=errors)] == ["s1"]  # not one text of it all
    assert [str(error) for error in errors] == ["<stdin>:3: the record has no text"]


def test_a_bad_jsonl_line_s_error_says_where_in_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "a", "text": "Ann Lee said yes.\n', encoding="utf-8")
    errors: list[QuotrackError] = []
    assert list(read_documents([str(path)], errors=errors)) == []
    assert [str(error) for error in errors] == [
        f"{path}:1: not valid JSON (Unterminated string starting at column 21)"
    ]


def test_a_feed_with_a_long_comment_before_its_root_is_a_feed(tmp_path: Path) -> None:
    licence = "<!-- " + "This feed may be read under the terms of its publisher. " * 60 + "-->\n"
    path = tmp_path / "news.xml"
    path.write_text(RSS.replace("<rss ", licence + "<rss ", 1), encoding="utf-8")
    assert path.stat().st_size > 4096
    assert [d.id for d in read_documents([str(path)])] == ["https://www.theguardian.com/badalona"]
