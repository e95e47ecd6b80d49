"""News pages: the article body as text, its metadata, charsets, and the pages that are not read."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from reading_support import (
    ARTICLES,
    CATALONIA,
    CUBA,
    KOSZALIN,
    LOGIN_WALL,
    SECTION_FRONT,
    Article,
    page_bytes,
)

from quotrack.errors import ArgumentError, RecordError
from quotrack.reading import Document, HtmlReader, Skip
from quotrack.reading.html import decode_page, outlet_of
from quotrack.reading.report import NO_ARTICLE_TEXT

READER = HtmlReader()

# my own short text, for the charsets of Japanese and Chinese pages
TOKYO = Article(
    title="東京で新しい橋が開通",
    date="2026-01-05",
    url="https://example.jp/bridge",
    paragraphs=(
        "東京都は月曜日、隅田川に架かる新しい橋を開通させたと発表した。知事は「十年待った橋がようやく完成した」と述べ、"
        "地域の交通が大きく改善されるとの見方を示した。",
        "野党の議員は、建設費が当初の計画を大きく上回ったと批判し、詳しい説明を求めている。"
        "都の担当者は、費用の増加は資材価格の高騰によるものだと説明した。",
        "新しい橋は長さ約四百メートルで、歩行者と自転車のための専用の通路も設けられている。"
        "開通式には近くの小学校の児童も招かれ、多くの住民が完成を祝った。",
        "都によると、橋の建設には約八年がかかり、工事は予定より二年遅れて完了した。"
        "今後は周辺の道路の整備も進める方針だという。",
    ),
)
BEIJING = Article(
    title="北京新桥通车",
    date="2026-01-05",
    url="https://example.cn/bridge",
    paragraphs=(
        "北京市政府星期一宣布，横跨河流的新桥正式通车。市长说：“我们等了十年，这座桥终于建成了。”"
        "他表示，新桥将大大改善当地的交通状况，方便居民出行和通勤。",
        "反对派议员批评说，建设费用远远超出了原来的计划，并要求政府作出详细的解释和说明。"
        "市政府的负责人表示，费用增加主要是因为建筑材料价格上涨。",
        "新桥全长约四百米，设有专门供行人和自行车使用的通道。"
        "通车仪式上，附近小学的学生也应邀参加，许多居民前来庆祝新桥建成。",
        "据市政府介绍，新桥的建设用了大约八年时间，比原计划推迟了两年完工。今后还将继续改善周边道路。",
    ),
)


def _document(data: bytes, where: str = "page.html", **options: object) -> Document:
    item = READER.document(data, where, **options)  # type: ignore[arg-type]
    assert isinstance(item, Document), item
    return item


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.date)
def test_the_text_is_the_article_body_without_the_page_furniture(article: Article) -> None:
    doc = _document(page_bytes(article))
    # exactly the body: no headline, byline, navigation, cookie banner, share buttons,
    # related stories, comments or footer; paragraphs separated by a blank line
    assert doc.text == article.text
    assert doc.title == article.title
    assert doc.published == datetime.fromisoformat(f"{article.date}T09:30:00")
    assert doc.authors == ("Maria Lopez",)
    assert doc.outlet == "The Daily Example"
    assert doc.language == "en"


@pytest.mark.parametrize(
    ("article", "charset"),
    [
        (CATALONIA, "windows-1252"),
        (CUBA, "iso-8859-1"),
        (KOSZALIN, "utf-8"),
        (TOKYO, "shift_jis"),
        (TOKYO, "euc-jp"),
        (BEIJING, "gb2312"),
        (BEIJING, "gbk"),
    ],
)
def test_charsets_declared_in_a_meta_tag(article: Article, charset: str) -> None:
    data = page_bytes(article, charset, lang="ja" if article is TOKYO else "en")
    assert data != article.text.encode("utf-8")
    doc = _document(data)
    assert doc.text == article.text and doc.title == article.title


def test_the_http_header_charset_wins_and_a_page_without_one_must_be_utf8() -> None:
    data = page_bytes(TOKYO, "shift_jis", meta_charset=False)
    assert _document(data, charset="Shift_JIS").text == TOKYO.text
    with pytest.raises(RecordError, match=r"page\.html: the page declares no charset and is not UTF-8"):
        READER.document(data, "page.html")


def test_a_page_without_a_charset_in_western_windows_1252_is_read_as_browsers_read_it() -> None:
    data = page_bytes(CATALONIA, "cp1252", meta_charset=False)
    assert data.decode("utf-8", errors="replace") != data.decode("cp1252")  # (not UTF-8)
    assert _document(data).text == CATALONIA.text


def test_an_xml_declaration_s_encoding_is_the_page_s_charset() -> None:
    data = page_bytes(KOSZALIN, "iso-8859-2", meta_charset=False)
    declared = b'<?xml version="1.0" encoding="iso-8859-2"?>\n' + data
    assert _document(declared).text == KOSZALIN.text


def test_a_page_that_does_not_decode_as_declared_is_reported_not_mangled() -> None:
    data = page_bytes(TOKYO, "shift_jis", meta_charset=False).replace(
        b"<head>", b'<head><meta charset="utf-8">'
    )
    with pytest.raises(
        RecordError,
        match=r"page\.html: the page is not valid utf-8 text, as the page declares \(.* at byte \d+\)",
    ):
        READER.document(data, "page.html")
    with pytest.raises(RecordError, match="unknown charset 'x-klingon'"):
        decode_page(b'<meta charset="x-klingon"><p>Hi</p>', "page.html")


def test_byte_order_marks() -> None:
    markup = page_bytes(CUBA).decode("utf-8")
    assert _document(markup.encode("utf-16")).text == CUBA.text
    assert _document(b"\xef\xbb\xbf" + markup.encode("utf-8")).text == CUBA.text


def test_the_id_is_the_canonical_url_else_the_url_else_the_path() -> None:
    canonical = "https://www.theguardian.com/world/2019/jan/07/badalona-fire"
    doc = _document(page_bytes(CATALONIA, canonical=canonical), url="https://amp.example/x")
    assert doc.id == doc.url == canonical
    doc = _document(page_bytes(CATALONIA), url="https://news.example/badalona")
    assert doc.id == doc.url == "https://news.example/badalona"
    doc = _document(page_bytes(CATALONIA), "saved/badalona.html")
    assert doc.id == "saved/badalona.html" and doc.url is None and doc.source == "saved/badalona.html"
    # a fragment names a place in the page, not another page
    doc = _document(page_bytes(CATALONIA, canonical=canonical + "#comments"), url="https://amp.example/x")
    assert doc.id == doc.url == canonical


def test_the_outlet_is_the_site_name_or_the_host_as_the_lexicon_spells_it() -> None:
    assert _document(page_bytes(CUBA, site_name="the Guardian")).outlet == "The Guardian"
    doc = _document(page_bytes(CUBA, site_name=None), url="https://www.nytimes.com/2019/01/12/cuba.html")
    assert doc.outlet == "The New York Times"
    assert outlet_of(None, "https://edition.cnn.com/world") == "CNN"
    assert outlet_of("NYTimes", "https://www.nytimes.com/a") == "The New York Times"
    assert outlet_of(None, "https://news.example.org/a") == "news.example.org"
    assert outlet_of(None, None) is None


def test_a_page_s_date_is_the_day_it_gives_in_its_own_time_zone() -> None:
    # 07:30 in Sydney is 20:30 the day before in UTC: the page says 10 March
    doc = _document(page_bytes(CUBA, published="2026-03-10T07:30:00+11:00"), url="https://news.example/cuba")
    assert doc.published == datetime(2026, 3, 10, 7, 30)


def test_a_page_s_own_time_wins_over_the_day_in_its_url() -> None:
    # a date in the path (/2026/03/10/) is the day at 00:00: the page's 11:30 is when it appeared
    url = "https://news.example/2026/03/10/cuba"
    doc = _document(page_bytes(CUBA, published="2026-03-10T11:30:00+00:00"), url=url)
    assert doc.published == datetime(2026, 3, 10, 11, 30)
    undated = _document(page_bytes(CUBA, published=""), url=url)
    assert undated.published == datetime(2026, 3, 10)  # the URL's day, when the page gives none


def test_a_page_without_a_date_has_no_published_date() -> None:
    doc = _document(page_bytes(CUBA, published=""), url="https://news.example/cuba")
    assert doc.published is None and doc.fetched is None


@pytest.mark.parametrize("markup", [SECTION_FRONT, LOGIN_WALL], ids=["section front", "login wall"])
def test_a_page_with_no_article_text_is_a_skip(markup: str) -> None:
    item = READER.document(markup.encode("utf-8"), "front.html")
    assert item == Skip("front.html", NO_ARTICLE_TEXT)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "an empty page"),
        (b"  \n ", "an empty page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file, not an HTML page"),
    ],
)
def test_empty_and_binary_files_are_reported(data: bytes, message: str) -> None:
    with pytest.raises(RecordError, match=f"x.html: {message}"):
        READER.document(data, "x.html")


def test_a_page_over_the_size_limit_is_reported(tmp_path: Path) -> None:
    data = page_bytes(CUBA)
    with pytest.raises(RecordError, match=r"over the limit of 1,000 \(max_page_bytes\)"):
        HtmlReader(max_page_bytes=1000).document(data, "x.html")
    # the default limit, on a 50 MB page: a sparse file, never read
    big = tmp_path / "big.html"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    [error] = HtmlReader().read(str(big))
    assert isinstance(error, RecordError)
    assert str(error) == (f"{big}: a page of 52,428,800 bytes, over the limit of 20,971,520 (max_page_bytes)")


def test_reading_a_file(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(page_bytes(KOSZALIN, "utf-8"))
    [doc] = READER.read(str(path))
    assert isinstance(doc, Document) and doc.text == KOSZALIN.text and doc.id == str(path)
    missing = tmp_path / "gone.html"
    os.symlink(tmp_path / "nowhere", missing)
    [error] = READER.read(str(missing))
    assert isinstance(error, RecordError) and str(error).startswith(f"{missing}: cannot read the page")


def test_settings_are_checked() -> None:
    with pytest.raises(ArgumentError, match="max_page_bytes must be a whole number >= 1"):
        HtmlReader(max_page_bytes=0)


_TEASERS = "".join(
    f'<div class="teaser"><h2><a href="/news/{n}">Headline {n} of the week</a></h2>'
    f"<p>Councillor Ada Brook{n} said that the ferry timetable number {n} would change in June.</p>"
    f'<a href="/news/{n}">Read more</a></div>'
    for n in range(6)
)
_FRONT = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>News | Valley Courier</title>'
    '<meta property="og:type" content="website"></head><body><main><h1>Latest news</h1>'
    f"{_TEASERS}</main></body></html>"
)
_INDEX = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>World | Valley Courier</title></head><body>'
    "<main><h1>World</h1><ul>"
    + "".join(
        f'<li><a href="/w/{n}">Council debates item number {n} about the budget and the roads</a></li>'
        for n in range(40)
    )
    + "</ul></main></body></html>"
)


@pytest.mark.parametrize("markup", [_FRONT, _INDEX], ids=["teasers with read more", "index of links"])
def test_a_page_that_lists_other_pages_is_a_skip(markup: str) -> None:
    assert READER.document(markup.encode("utf-8"), "front.html") == Skip("front.html", NO_ARTICLE_TEXT)


def test_an_article_with_links_in_its_text_is_still_an_article() -> None:
    body = "".join(
        f'<p>Councillor Ada Brook said that the <a href="/t{n}">ferry timetable</a> number {n} would '
        "change in June, after a long debate about the costs of the service.</p>"
        for n in range(4)
    )
    markup = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry | Valley Courier</title>'
        f'<meta property="og:type" content="article"></head><body><article>{body}'
        '<p><a href="/more">Read more</a></p></article></body></html>'
    )
    assert isinstance(READER.document(markup.encode("utf-8"), "ferry.html"), Document)


def test_a_line_break_inside_a_paragraph_is_a_space_and_two_part_paragraphs() -> None:
    page = (
        "<html><head><title>Rebuild</title></head><body><article>"
        "<p>&ldquo;We will rebuild the school,<br>and we will do it before the winter,&rdquo; Mayor Ann"
        " Lee said on Tuesday at a meeting with parents of the pupils.</p>"
        "<p>Council member Tom Roe said the repairs had cost more than the town had planned.<br><br>"
        "He asked for an audit of the contract before the work goes on over the summer.</p>"
        "</article></body></html>"
    )
    doc = READER.from_html(page, "rebuild.html")
    assert isinstance(doc, Document)
    assert doc.text.split("\n\n") == [
        "\u201cWe will rebuild the school, and we will do it before the winter,\u201d Mayor Ann Lee said"
        " on Tuesday at a meeting with parents of the pupils.",
        "Council member Tom Roe said the repairs had cost more than the town had planned.",
        "He asked for an audit of the contract before the work goes on over the summer.",
    ]


def test_a_relative_canonical_link_is_joined_to_the_page_s_url() -> None:
    page = (
        '<html><head><link rel="canonical" href="/news/ferry"><title>Ferry</title></head><body><article>'
        + "<p>Mayor Ann Lee said the ferry would stop running in May because the old pier is unsafe.</p>"
        + "<p>Council member Tom Roe said the town had known about the cracks in the pier for two years.</p>"
        + "<p>Parents said the children would have to take the bus to school across the bay instead.</p>"
        + "</article></body></html>"
    )
    doc = READER.from_html(page, "ferry.html", url="https://port.example/news/ferry?ref=home")
    assert isinstance(doc, Document)
    assert doc.id == doc.url == "https://port.example/news/ferry"  # not the tracking query
    # saved to a file, with no URL to join it to: the path stays the id
    saved = READER.from_html(page, "ferry.html")
    assert isinstance(saved, Document) and saved.id == "ferry.html"


@pytest.mark.parametrize("quotes", ["\u201ccalm\u201d", "\u2018calm\u2019"])
def test_a_utf8_page_that_says_so_is_utf8_whatever_the_http_header_says(quotes: str) -> None:
    # a server's default charset in the header; the page's own <meta> and its bytes say UTF-8
    # ("\u201d" holds a byte Windows-1252 leaves undefined; "\u2018" would read as mojibake)
    page = f'<html><head><meta charset="utf-8"></head><body><p>The lake is {quotes} again.</p></body></html>'
    assert decode_page(page.encode("utf-8"), "p.html", "iso-8859-1") == page
    with pytest.raises(RecordError, match="not valid iso-8859-1 text, as the HTTP header declares"):
        decode_page(b"<p>\x81\x8d</p>", "p.html", "iso-8859-1")  # bytes Windows-1252 leaves undefined
