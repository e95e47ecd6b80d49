"""RSS and Atom feeds to documents, read with feedparser.

An entry that carries its full content (RSS ``content:encoded``, Atom
``content``) is a document: its content goes through the same HTML-to-text
path as a page (:meth:`~quotrack.reading.html.HtmlReader.from_html`), its id
and ``url`` are its link (a relative link joined to the channel's; with no channel
link, the entry's ``file#N`` is its id), and its title, date and authors are the entry's.
An entry with only a summary is not an article: it is a
:class:`~quotrack.reading.report.Skip` whose ``link`` is the page to fetch.
The outlet is the feed's title (without a section: "Valley Courier - News")
as the outlet lexicon spells it, else its site's host.

>>> feed = b'''<?xml version="1.0" encoding="utf-8"?>
... <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
... <title>Reuters</title><link>https://www.reuters.com/</link>
... <item><title>Bridge approved</title><link>https://www.reuters.com/bridge</link>
... <pubDate>Mon, 05 Jan 2026 10:00:00 +0100</pubDate>
... <content:encoded><![CDATA[<p>Mayor Ana Ruiz said on Monday that the new bridge across the river
... would open in May, after the council voted for it by a wide margin.</p>
... <p>Opposition leader Tom Baker said that the project would cost far more than planned.</p>]]>
... </content:encoded></item>
... <item><title>Rates</title><link>https://www.reuters.com/rates</link>
... <description>Rates rise.</description></item>
... </channel></rss>'''
>>> items = list(FeedReader().from_bytes(feed, "news.rss"))
>>> doc, skip = items
>>> doc.id, doc.outlet, doc.published, doc.title, doc.text.count("\\n\\n")
('https://www.reuters.com/bridge', 'Reuters', datetime.datetime(2026, 1, 5, 10, 0), 'Bridge approved', 1)
>>> print(skip)
news.rss#2: skipped, feed entry with only a summary (fetch https://www.reuters.com/rates)
"""

from __future__ import annotations

import calendar
import email.utils
import os
import re
import xml.sax
from collections.abc import Iterator
from datetime import datetime, timezone
from html import escape
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
import feedparser

from ..errors import RecordError
from ..outlets import OutletLexicon
from .document import Document, parse_date
from .html import HtmlReader, outlet_of
from .report import SUMMARY_ONLY, Skip

__all__ = ["FEED_SUFFIXES", "FeedReader", "looks_like_feed"]

FEED_SUFFIXES = (".rss", ".atom")
"""The file names always read as feeds; a ``.xml`` file is one if :func:`looks_like_feed`."""

_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?[^>]*>|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:[A-Za-z][\w.-]*:)?(rss|feed|RDF)\b",
    re.DOTALL,
)


def looks_like_feed(start: bytes) -> bool:
    """Whether a file beginning with ``start`` is an RSS or Atom feed (its root element).

    >>> looks_like_feed(b'<?xml version="1.0"?>\\n<feed xmlns="http://www.w3.org/2005/Atom">')
    True
    >>> looks_like_feed(b'<?xml version="1.0"?><urlset>')
    False
    """
    return _ROOT.match(start) is not None


_SECTION_SEPARATOR = re.compile(r"\s+[-|–—]\s+")
"""Between a feed's outlet and its section in a channel title: "Valley Courier - News"."""


def _absolute(link: str | None, base: str | None) -> str | None:
    """An entry's link made absolute against the channel's (``/news/1`` of
    ``https://alpha.example/``); None for a relative link with no absolute channel link to join it
    to: two sites' ``/news/1`` must not be one document's id.

    >>> _absolute("/news/1", "https://alpha.example/"), _absolute("/news/1", None)
    ('https://alpha.example/news/1', None)
    """
    if link is None or urlsplit(link).scheme:
        return link
    if base is None or not urlsplit(base).scheme:
        return None
    return urljoin(base, link)


def _channel_outlet(title: str | None, link: str | None, html: HtmlReader) -> str | None:
    """The outlet a feed's channel title names: of "Valley Courier - News" or "World | The
    Guardian", the part the outlet lexicon knows, else the first (:func:`outlet_of` then spells it).

    >>> reader = HtmlReader()
    >>> [_channel_outlet(title, None, reader) for title in ("Valley Courier - News", "World | the Guardian")]
    ['Valley Courier', 'The Guardian']
    """
    lexicon = html.lexicon or OutletLexicon.default()
    parts = [part for part in _SECTION_SEPARATOR.split(title or "") if part.strip()]
    known = next((part for part in parts if lexicon.canonical(part)), None)
    return outlet_of(known or (parts[0] if parts else title), link, lexicon)


def _moment(entry: Any) -> datetime | None:
    """When the entry was published (else updated), as the feed writes it, its offset dropped: the
    day the outlet gave (``Fri, 06 Mar 2026 08:00:00 +0200`` is 08:00 on 6 March); feedparser's
    own reading, in UTC, where the text is neither RFC 822 nor ISO 8601."""
    written = entry.get("published") or entry.get("updated")
    if isinstance(written, str):
        try:
            return email.utils.parsedate_to_datetime(written).replace(tzinfo=None)
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return parse_date(written, local=True)
        except RecordError:
            pass
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc).replace(tzinfo=None)


def _content(entry: Any) -> str | None:
    """The entry's full content as HTML (plain text escaped), or None if it has none."""
    for content in entry.get("content") or ():
        value = (content.get("value") or "").strip()
        if value:
            kind = content.get("type") or "text/html"
            return value if "html" in kind else "".join(f"<p>{escape(p)}</p>" for p in value.split("\n\n"))
    return None


@attrs.frozen
class FeedReader:
    """Reads feed files; its setting is the HTML reader (its limits and lexicon)."""

    html: HtmlReader = attrs.field(factory=HtmlReader)

    def read(self, path: str) -> Iterator[Document | RecordError | Skip]:
        """The documents and skips of the feed at ``path``."""
        try:
            size = os.path.getsize(path)
            self.html.check_size(size, path)
            with open(path, "rb") as handle:
                data = handle.read()
        except RecordError as error:
            yield error
            return
        except OSError as error:
            yield RecordError(path, f"cannot read the feed: {error.strerror or error}")
            return
        yield from self.from_bytes(data, path)

    def from_bytes(self, data: bytes, where: str) -> Iterator[Document | RecordError | Skip]:
        """The documents and skips of a feed's bytes; ``where`` names it."""
        if not data.strip():
            yield RecordError(where, "an empty file: no feed to read")
            return
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
        if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
            problem = parsed.get("bozo_exception")
            reason = f" ({problem})" if problem else ""
            yield RecordError(where, f"not an RSS or Atom feed{reason}")
            return
        channel = parsed.feed
        outlet = _channel_outlet(channel.get("title"), channel.get("link"), self.html)
        base = channel.get("link") or None
        for number, entry in enumerate(parsed.entries, start=1):
            place = f"{where}#{number}"
            try:
                yield self._entry(entry, place, outlet, base)
            except RecordError as error:
                yield error
        problem = parsed.get("bozo_exception")
        if isinstance(problem, xml.sax.SAXException):  # cut short or broken: entries may be lost
            read = len(parsed.entries)
            yield RecordError(
                where, f"the feed is not well-formed XML ({problem}); {read} entries read before it"
            )

    def _entry(self, entry: Any, where: str, outlet: str | None, base: str | None) -> Document | Skip:
        link = _absolute(entry.get("link") or None, base)
        content = _content(entry)
        if content is None:
            return Skip(where, SUMMARY_ONLY, link=link or entry.get("id"))
        authors = [author.get("name") for author in entry.get("authors") or () if author.get("name")]
        title: str | None = entry.get("title") or None
        published = _moment(entry)
        defaults = {"title": title, "published": published, "authors": authors}
        html = f"<html><body><article>{content}</article></body></html>"
        item = self.html.from_html(html, where, url=link, source=where, defaults=defaults)
        if isinstance(item, Skip):
            return attrs.evolve(item, link=link)
        return attrs.evolve(
            item,
            id=link or entry.get("id") or where,
            url=link,
            title=title or item.title,
            published=published or item.published,
            authors=tuple(authors) or item.authors,
            outlet=outlet or item.outlet,
        )
