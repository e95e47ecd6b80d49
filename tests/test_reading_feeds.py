"""Feeds: entries with their full content are documents; entries with only a summary need their page."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

import pytest
from reading_support import CATALONIA, CUBA, Article

from quotrack.errors import RecordError
from quotrack.reading import Document, FeedReader, Skip
from quotrack.reading.feeds import looks_like_feed
from quotrack.reading.report import NO_ARTICLE_TEXT, SUMMARY_ONLY

READER = FeedReader()


def _html(article: Article) -> str:
    return "".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in article.paragraphs)


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>The Guardian</title><link>https://www.theguardian.com/world</link>
<item><title>{escape(CATALONIA.title)}</title><link>https://www.theguardian.com/badalona</link>
<dc:creator>Maria Lopez</dc:creator><pubDate>Mon, 07 Jan 2019 09:30:00 +0100</pubDate>
<description>An apartment block caught fire in Badalona.</description>
<content:encoded><![CDATA[{_html(CATALONIA)}]]></content:encoded></item>
<item><title>{escape(CUBA.title)}</title><link>https://www.theguardian.com/cuba</link>
<pubDate>Sat, 12 Jan 2019 10:00:00 GMT</pubDate><description>A bus crashed in Cuba.</description></item>
<item><title>Gallery</title><link>https://www.theguardian.com/gallery</link>
<content:encoded><![CDATA[<p>Photographs.</p>]]></content:encoded></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>news.example</title>
<link href="https://news.example/"/><id>urn:feed</id><updated>2019-01-12T10:00:00Z</updated>
<entry><title>{escape(CUBA.title)}</title><link href="https://news.example/cuba"/><id>urn:cuba</id>
<published>2019-01-12T10:00:00Z</published><updated>2019-01-13T10:00:00Z</updated>
<author><name>Ann Lee</name></author>
<content type="html">{escape(_html(CUBA))}</content></entry>
<entry><title>Summary only</title><link href="https://news.example/summary"/><id>urn:s</id>
<updated>2019-01-12T10:00:00Z</updated><summary>Just a teaser.</summary></entry>
</feed>
"""


def test_rss_entries_with_content_are_documents_and_summaries_need_their_page() -> None:
    doc, summary, gallery = READER.from_bytes(RSS.encode(), "world.rss")
    assert isinstance(doc, Document)
    assert doc.text == CATALONIA.text
    assert doc.id == doc.url == "https://www.theguardian.com/badalona"
    assert doc.title == CATALONIA.title and doc.authors == ("Maria Lopez",)
    # the time the feed gives (09:30 at +0100), not UTC: on 7 January as the outlet dated it
    assert doc.published == datetime(2019, 1, 7, 9, 30) and doc.outlet == "The Guardian"
    assert doc.source == "world.rss#1"
    assert summary == Skip("world.rss#2", SUMMARY_ONLY, link="https://www.theguardian.com/cuba")
    assert gallery == Skip("world.rss#3", NO_ARTICLE_TEXT, link="https://www.theguardian.com/gallery")


def test_atom_content_is_a_document() -> None:
    doc, summary = READER.from_bytes(ATOM.encode(), "news.atom")
    assert isinstance(doc, Document) and doc.text == CUBA.text
    assert doc.id == "https://news.example/cuba" and doc.authors == ("Ann Lee",)
    assert doc.published == datetime(2019, 1, 12, 10, 0)  # published, not updated
    assert doc.outlet == "news.example"
    assert isinstance(summary, Skip) and summary.link == "https://news.example/summary"


def test_feeds_are_recognised_by_their_root_element() -> None:
    assert looks_like_feed(RSS.encode()) and looks_like_feed(ATOM.encode())
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a comment -->\n<rdf:RDF xmlns:rdf="x">')
    assert not looks_like_feed(b'<?xml version="1.0"?><urlset xmlns="sitemap">')
    assert not looks_like_feed(b"<html><body>rss</body></html>")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "an empty file"), (b"<html><body><p>Hello</p></body></html>", "not an RSS or Atom feed")],
)
def test_what_is_not_a_feed_is_reported(data: bytes, message: str) -> None:
    [error] = READER.from_bytes(data, "x.rss")
    assert isinstance(error, RecordError) and str(error).startswith(f"x.rss: {message}")


def test_reading_a_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    items = list(READER.read(str(path)))
    assert [type(item).__name__ for item in items] == ["Document", "Skip"]
    [error] = READER.read(str(tmp_path / "missing.rss"))
    assert isinstance(error, RecordError) and "cannot read the feed" in str(error)


def test_a_feed_cut_short_is_reported_after_the_entries_read() -> None:
    data = RSS.encode()
    cut = data[: data.index(b"<item><title>Gallery") + 40]
    *entries, error = READER.from_bytes(cut, "cut.rss")
    assert isinstance(entries[0], Document) and entries[0].text == CATALONIA.text
    assert isinstance(error, RecordError)
    assert str(error).startswith("cut.rss: the feed is not well-formed XML (")
    assert str(error).endswith(f"; {len(entries)} entries read before it")
    # a whole feed gives no error
    assert not any(isinstance(item, RecordError) for item in READER.from_bytes(RSS.encode(), "whole.rss"))


@pytest.mark.parametrize(
    ("channel", "outlet"),
    [
        ("Valley Courier - News", "Valley Courier"),
        ("World news | The Guardian", "The Guardian"),
        ("Reuters", "Reuters"),
    ],
)
def test_a_feed_s_outlet_is_its_title_without_the_section(channel: str, outlet: str) -> None:
    feed = RSS.replace(
        "<title>The Guardian</title><link>https://www.theguardian.com/world</link>",
        f"<title>{channel}</title>",
    )
    doc = next(iter(READER.from_bytes(feed.encode(), "world.rss")))
    assert isinstance(doc, Document) and doc.outlet == outlet


def _site_feed(channel_link: str, item_link: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Town News</title>{channel_link}
<item><title>{escape(CATALONIA.title)}</title><link>{item_link}</link>
<content:encoded><![CDATA[{_html(CATALONIA)}]]></content:encoded></item>
</channel></rss>
""".encode()


def test_a_relative_link_is_joined_to_the_channel_s_so_two_sites_keep_their_own_ids() -> None:
    (alpha,) = READER.from_bytes(_site_feed("<link>https://alpha.example/</link>", "/news/1"), "alpha.rss")
    (beta,) = READER.from_bytes(_site_feed("<link>https://beta.example/</link>", "/news/1"), "beta.rss")
    assert isinstance(alpha, Document) and isinstance(beta, Document)
    assert (alpha.id, alpha.url) == ("https://alpha.example/news/1", "https://alpha.example/news/1")
    assert beta.id == "https://beta.example/news/1"
    # with no channel link to join it to, a relative link is no id: the entry's place is
    (bare,) = READER.from_bytes(_site_feed("", "/news/1"), "bare.rss")
    assert isinstance(bare, Document) and (bare.id, bare.url) == ("bare.rss#1", None)
