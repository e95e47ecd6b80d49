"""News pages to documents: the article's text and metadata, read with trafilatura.

:class:`HtmlReader` decodes a page (the charset of the HTTP header, else of
the page's ``<meta>`` tag, else UTF-8; a page that does not decode is a
:class:`~quotrack.errors.RecordError`, never mangled text) and hands it to
`trafilatura <https://trafilatura.readthedocs.io>`_, which keeps the article
body and drops navigation, ads, related-story lists, share buttons and
comments.  The document's text is the body's paragraphs separated by blank
lines, without the headline, which goes to ``title``.  Its id is the page's
canonical URL, else its URL, else its path; ``published`` is the date the
page states (never a fetch date); the outlet is the site's name, or its
host's, as the outlet lexicon spells it ("nytimes.com" → The New York Times).
A page with no article text (a section front, a login wall) is a
:class:`~quotrack.reading.report.Skip`.

>>> page = b'''<html lang="en"><head><meta charset="windows-1252">
... <meta property="og:site_name" content="the Associated Press">
... <meta property="article:published_time" content="2026-01-05T10:00:00+01:00">
... <title>Bridge approved</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
... <article><h1>Bridge approved</h1><p>\\x93We have waited ten years for this,\\x94 Mayor Ana Ruiz
... said on Monday after the council voted for the new bridge across the river.</p>
... <p>Opposition leader Tom Baker said that the project would cost far more than planned.</p>
... </article><footer>\\xa9 2026</footer></body></html>'''
>>> doc = HtmlReader().document(page, "bridge.html")
>>> [paragraph[:32] for paragraph in doc.text.split("\\n\\n")]
['“We have waited ten years for th', 'Opposition leader Tom Baker said']
>>> doc.id, doc.outlet, doc.published, doc.title, doc.language
('bridge.html', 'Associated Press', datetime.datetime(2026, 1, 5, 10, 0), 'Bridge approved', 'en')
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import attrs
import trafilatura

from ..errors import RecordError, check_positive
from ..outlets import OutletLexicon
from ..wordlists import labels, table
from .document import Document, parse_date
from .report import NO_ARTICLE_TEXT, Skip

__all__ = ["HTML_SUFFIXES", "HtmlReader", "decode_page", "outlet_of"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""The file names read as news pages."""

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html[^>]{0,300}?\slang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DATES = {
    "original_date": True,
    "extensive_search": False,
    "deferred_url_extractor": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
"""Dates from the page's markup and URL only: no guess from its text, never the fetch date."""


def _codec(label: str) -> str | None:
    """The Python codec of a charset label, as browsers read it (iso-8859-1 is windows-1252).

    >>> _codec("ISO-8859-1"), _codec("Shift_JIS"), _codec("utf8"), _codec("klingon")
    ('cp1252', 'cp932', 'utf-8', None)
    """
    name = label.strip().strip("\"'").lower()
    name = _charsets().get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@functools.cache
def _charsets() -> dict[str, str]:
    return table("charsets")


def decode_page(data: bytes, where: str, charset: str | None = None) -> str:
    """The text of a page: decoded with its byte-order mark, else ``charset`` (the HTTP
    header's), else its ``<meta>`` tag's or XML declaration's, else as UTF-8, else, as browsers
    do, as Windows-1252 when that reads as Western text (a few accented letters and curly
    quotes).  Where the header and the page disagree, a page that declares UTF-8 and is UTF-8 is
    read so (the header's is a server's default), and one the header's charset does not decode is
    read with its own.  A page that does not decode with the charset declared, or declares none and
    is neither, is a RecordError that says who declared it.

    >>> decode_page("<p>Zürich</p>".encode("latin-1"), "p.html", "iso-8859-1")
    '<p>Zürich</p>'
    >>> decode_page("<p>The lake at Zürich is “calm” again this week.</p>".encode("cp1252"), "p.html")[3:33]
    'The lake at Zürich is “calm” a'
    >>> decode_page("<p>東京都</p>".encode("shift_jis"), "p.html")
    Traceback (most recent call last):
    ...
    quotrack.errors.RecordError: p.html: the page declares no charset and is not UTF-8 (invalid start byte ...
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, bom_codec, bom.hex(), where)
    found = _META_CHARSET.search(data, 0, 4096) or _XML_ENCODING.match(data)
    own = found.group(1).decode("ascii") if found else None  # the page's own declaration
    if charset and own and _codec(own) and _codec(own) != _codec(charset):
        if _codec(own) == "utf-8":  # bytes that are UTF-8 and say so: the header is a server's default
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return _decode(data, _checked_codec(charset), charset, where, "the HTTP header")
        except RecordError:  # a server's default charset, wrong for this page: the page's own
            return _decode(data, _checked_codec(own), own, where, "the page")
    declared: str | None = charset or own
    if not declared:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            western = _western(data)
            if western is not None:
                return western
            raise RecordError(
                where,
                f"the page declares no charset and is not UTF-8 ({error.reason} at byte {error.start}); "
                "declare it in a <meta charset> tag",
            ) from None
    codec = _codec(declared)
    if codec is None:
        raise RecordError(where, f"the page declares an unknown charset {declared!r}")
    if codec.startswith("utf-16") and b"\x00" not in data[:512]:
        codec = "utf-8"  # a <meta> tag that could be read as ASCII is not UTF-16 (as browsers do)
    return _decode(data, codec, declared, where, "the HTTP header" if charset else "the page")


def _checked_codec(declared: str) -> str:
    codec = _codec(declared)
    assert codec is not None  # (checked by the caller)
    return codec


_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_WESTERN_PUNCTUATION = frozenset("“”‘’–—…•€™©®°±×÷«»¡¿§¶·\xa0")
_MAX_WESTERN_SHARE = 0.1
"""At most this share of a page's characters outside ASCII for it to be read as Windows-1252."""


def _western(data: bytes) -> str | None:
    """``data`` as Windows-1252, when it reads as Western text: few characters outside ASCII, all
    letters or typographic marks (not a page in another script without a declaration); else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    other = [c for c in text if not c.isascii()]
    if len(other) > _MAX_WESTERN_SHARE * len(text):
        return None
    return text if all(c.isalpha() or c in _WESTERN_PUNCTUATION for c in other) else None


def _decode(data: bytes, codec: str, declared: str, where: str, by: str = "") -> str:
    """``data`` decoded; ``by`` says who declared the charset (``the HTTP header``) for the error."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        said = f", as {by} declares" if by else ""
        raise RecordError(
            where, f"the page is not valid {declared} text{said} ({error.reason} at byte {error.start})"
        ) from None


def host_of(url: str | None) -> str | None:
    """The host of ``url``, lower case, without ``www.``.

    >>> host_of("https://www.NYTimes.com/2026/01/05/a.html")
    'nytimes.com'
    """
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.") or None


def outlet_of(site_name: str | None, url: str | None, lexicon: OutletLexicon | None = None) -> str | None:
    """The outlet of a page: its site name as the outlet lexicon spells it, else the outlet
    of its host (``outlet_hosts.txt``; a subdomain falls back on its parent), else the site
    name as given, else the host.

    >>> outlet_of("the Guardian", None), outlet_of(None, "https://edition.cnn.com/x")
    ('The Guardian', 'CNN')
    >>> outlet_of("Daily Planet", "https://planet.example/a"), outlet_of(None, "https://planet.example/a")
    ('Daily Planet', 'planet.example')
    """
    lexicon = lexicon or OutletLexicon.default()
    name = " ".join(site_name.split()) if site_name else None
    if name:
        canonical = lexicon.canonical(name)
        if canonical:
            return canonical
    host = host_of(url)
    if host:
        hosts = _hosts()
        parts = host.split(".")
        for start in range(len(parts) - 1):
            outlet = hosts.get(".".join(parts[start:]))
            if outlet:
                return lexicon.canonical(outlet) or outlet
    return name or host


@functools.cache
def _hosts() -> dict[str, str]:
    return labels("outlet_hosts")


_LONE_BREAK = re.compile(r"<br\s*/?>(?!\s*<br\b)", re.IGNORECASE)
"""A ``<br>`` that no other follows: a line broken inside a paragraph (``"We will rebuild the
school,<br>and we will …"``), a space to the reader of its sentences; ``<br><br>`` still parts
paragraphs (its last ``<br>`` is the one kept).

>>> _LONE_BREAK.sub(" ", "<p>A,<br>b.</p><p>C.<br/><br />D.</p>")
'<p>A, b.</p><p>C.<br/> D.</p>'
"""


_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b(rel|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _relative_canonical(html: str, url: str) -> str | None:
    """A canonical link written relative to the page (``<link rel="canonical" href="/news/ferry">``),
    joined to the URL the page was fetched from; None when there is none.

    >>> _relative_canonical('<link rel="canonical" href="/ferry">', "https://port.example/ferry?ref=home")
    'https://port.example/ferry'
    """
    for tag in _LINK_TAG.finditer(html, 0, 65536):
        found = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4)
            for m in _ATTRIBUTE.finditer(tag.group())
        }
        if "canonical" in (found.get("rel") or "").lower().split() and found.get("href"):
            href = found["href"].strip()
            return None if urlsplit(href).scheme else urljoin(url, href)
    return None


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs separated by blank lines, without a leading headline."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    return "\n\n".join(lines)


def _prose_chars(text: str, min_words: int, links: frozenset[str] = frozenset()) -> int:
    """The characters of the paragraphs that are prose: not list items, nor the whole text of a
    link (``links``: an index of headlines), and ``min_words`` words long (or, in a script written
    without spaces such as Chinese, ``4 * min_words`` characters).

    >>> _prose_chars("- A list item of many words here\\n\\nToo short.\\n\\nA sentence of six words here.", 6)
    29
    """
    return sum(
        len(line)
        for line in text.split("\n\n")
        if not line.startswith(("- ", "* ", "• "))
        and line not in links
        and (len(line.split()) >= min_words or (" " not in line and len(line) >= 4 * min_words))
    )


_ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_LISTING_TYPES = frozenset({"website", "collectionpage", "itemlist", "searchresultspage"})
"""Page types (``og:type``, JSON-LD ``@type``, as trafilatura reads them) of a page that lists others."""
_MIN_TEASERS = 3


def _link_texts(html: str) -> frozenset[str]:
    """The text of each link of a page, as the extracted text writes it (tags out, spaces single).

    >>> sorted(_link_texts('<p><a href="/a">Read <b>more</b></a> and <A HREF="/b">Bridge &amp; road</A></p>'))
    ['Bridge & road', 'Read more']
    """
    texts = (" ".join(unescape(_TAG.sub(" ", inner)).split()) for inner in _ANCHOR.findall(html))
    return frozenset(text for text in texts if text)


def _listing(page_type: str | None, text: str, links: frozenset[str]) -> bool:
    """Whether a page lists other pages: its type says so (a section front's ``og:type`` is
    ``website``) and :data:`_MIN_TEASERS` or more of its paragraphs are a link's whole text (a
    teaser's "Read more", a headline)."""
    if (page_type or "").lower() not in _LISTING_TYPES:
        return False
    return sum(1 for line in text.split("\n\n") if line in links) >= _MIN_TEASERS


@attrs.frozen
class HtmlReader:
    """Reads news pages; its settings are the limits and the outlet lexicon.

    ``max_page_bytes`` caps the size of a page (a larger one is a RecordError
    that says so); a page whose prose paragraphs (of ``min_words`` words or
    more, list items not counted) hold fewer than ``min_article_chars``
    characters has no article text; ``lexicon`` spells the outlets.
    """

    MAX_PAGE_BYTES = 20 * 1024 * 1024
    """A page larger than this (20 MiB) is not a news article."""
    MIN_ARTICLE_CHARS = 200
    MIN_WORDS = 6

    max_page_bytes: int = attrs.field(default=MAX_PAGE_BYTES)
    min_article_chars: int = attrs.field(default=MIN_ARTICLE_CHARS)
    min_words: int = attrs.field(default=MIN_WORDS)
    lexicon: OutletLexicon | None = attrs.field(default=None, eq=False)

    @max_page_bytes.validator
    @min_article_chars.validator
    @min_words.validator
    def _check(self, attribute: attrs.Attribute[int], value: int) -> None:
        check_positive(attribute.name, value)

    def check_size(self, size: int, where: str) -> None:
        """Raise a RecordError if a page of ``size`` bytes is over ``max_page_bytes``.

        >>> HtmlReader(max_page_bytes=10).check_size(11, "big.html")
        Traceback (most recent call last):
        ...
        quotrack.errors.RecordError: big.html: a page of 11 bytes, over the limit of 10 (max_page_bytes)
        """
        if size > self.max_page_bytes:
            raise RecordError(
                where, f"a page of {size:,} bytes, over the limit of {self.max_page_bytes:,} (max_page_bytes)"
            )

    def document(
        self,
        data: bytes,
        where: str,
        *,
        url: str | None = None,
        charset: str | None = None,
        fetched: datetime | None = None,
        source: str | None = None,
    ) -> Document | Skip:
        """The document of one page's bytes, or a Skip when it has no article text.

        ``where`` names the page in errors and is its id when it has no URL;
        ``url`` is where it was fetched (a canonical URL in the page wins);
        ``charset`` the HTTP header's; ``fetched`` the fetch time.
        """
        self.check_size(len(data), where)
        if not data.strip():
            raise RecordError(where, "an empty page: no text to read")
        if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise RecordError(where, "a binary file, not an HTML page")
        html = decode_page(data, where, charset)
        return self.from_html(html, where, url=url, fetched=fetched, source=source)

    def from_html(
        self,
        html: str,
        where: str,
        *,
        url: str | None = None,
        fetched: datetime | None = None,
        source: str | None = None,
        defaults: dict[str, Any] | None = None,
    ) -> Document | Skip:
        """The document of a decoded page (or an HTML fragment, such as a feed entry's content).

        ``defaults`` fills in fields the page does not state (``title``,
        ``published``, ``authors``, ``outlet``): a feed entry's.
        """
        extracted = trafilatura.bare_extraction(
            _LONE_BREAK.sub(" ", html),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            date_extraction_params=_DATES,
        )
        facts = dict(defaults or {})
        raw = getattr(extracted, "text", None) or ""
        title = getattr(extracted, "title", None) or facts.get("title")
        text = _paragraphs(raw, title)
        links = _link_texts(html)
        if _prose_chars(text, self.min_words, links) < self.min_article_chars or _listing(
            getattr(extracted, "pagetype", None), text, links
        ):
            return Skip(where, NO_ARTICLE_TEXT, link=None)  # (a section front, an index of links)
        page_url = getattr(extracted, "url", None) or url
        if url and page_url == url:  # (trafilatura reads an absolute canonical link only)
            page_url = _relative_canonical(html, url) or page_url
        if page_url:
            page_url = urldefrag(page_url).url or None  # "…/story/#top" is the story
        published = _date(getattr(extracted, "date", None)) or facts.get("published")
        authors = getattr(extracted, "author", None) or facts.get("authors")
        site = getattr(extracted, "sitename", None)
        outlet = outlet_of(site, page_url or url, self.lexicon) if (site or page_url or url) else None
        found = _HTML_LANG.search(html, 0, 4096)
        language = getattr(extracted, "language", None) or (found.group(1).lower() if found else None)
        record = {
            "id": page_url or where,
            "text": text,
            "url": page_url,
            "title": title,
            "published": published,
            "authors": authors,
            "outlet": outlet or facts.get("outlet"),
            "language": language,
            "fetched": fetched,
        }
        return Document.from_mapping(record, where, source=source or where)

    def read(self, path: str) -> Iterator[Document | RecordError | Skip]:
        """The document of the page at ``path`` (its id: the page's canonical URL, else the path)."""
        try:
            size = os.path.getsize(path)
            self.check_size(size, path)
            with open(path, "rb") as handle:
                data = handle.read(self.max_page_bytes + 1)
            yield self.document(data, path, source=path)
        except RecordError as error:
            yield error
        except OSError as error:
            yield RecordError(path, f"cannot read the page: {error.strerror or error}")


def _date(value: str | None) -> datetime | None:
    """A date trafilatura found, or None when it is not a date after all."""
    if not value:
        return None
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value)  # htmldate's +0100: ISO's +01:00
    try:
        return parse_date(value, local=True)  # (the day the page gives, in its own time zone)
    except RecordError:
        return None
