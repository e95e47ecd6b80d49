"""Web archives to documents: the HTML pages of a ``.warc`` or ``.warc.gz`` file.

Only ``response`` records whose body is an HTML page (status 200) become
documents, read by :class:`~quotrack.reading.html.HtmlReader`; every other
record (``warcinfo``, ``request``, ``metadata``, a redirect, an image) is a
counted :class:`~quotrack.reading.report.Skip`.  A document's ``url`` is the
record's ``WARC-Target-URI`` (a canonical URL in the page wins for its id),
the ``WARC-Date`` is its ``fetched`` time (never ``published``), and its
``source`` is ``file@offset``, the byte offset of its record (of its gzip
member in a ``.warc.gz``), as CDX indexes give it; a gzip member that holds
several records (a whole archive gzipped as one stream) gives the second and
later ones ``file@offset+N``, ``N`` the record's offset in the member's
decompressed bytes.  An HTTP body sent with
``Content-Encoding: gzip``, ``deflate`` or ``br`` (Brotli) is decoded.

Bad records do not stop the reading.  A truncated or corrupt gzip member, a
record with a malformed header, a record that decompresses past
``max_record_bytes`` (a gzip bomb) or a page over the HTML reader's
``max_page_bytes`` is a :class:`~quotrack.errors.RecordError` naming the file
and the record's offset; the reader then looks for the next intact record
(the next gzip member, or the next ``WARC/`` header line) and goes on.

Why FastWARC (and why quotrack splits the records itself).  Reading the 2,000
``response`` records (and 2,000 ``request`` records) of an archive written
with warcio's writer, bodies read in full, best of two runs on one core:

==========================  =========  ==========
archive (2,000 pages)       warcio     FastWARC
==========================  =========  ==========
``.warc.gz``, 4.1 MB        0.36 s     0.043 s
``.warc``, 9.5 MB           0.33 s     0.017 s
==========================  =========  ==========

FastWARC parses records 8 to 20 times faster, so it parses them here.
Neither library reads on past a broken gzip member (both stop with an error,
and warcio's message does not say where), so quotrack splits the file into
gzip members (with :mod:`zlib`, which also caps their decompressed size) or
into records (by their ``Content-Length``) itself and hands each one to
FastWARC's record parser.  That reads the same archives in 0.18 s
(``.warc.gz``) and 0.12 s (``.warc``): still faster than warcio, and about
1% of the pages' text extraction (see ``docs/benchmarks.md``).

>>> import io, os, tempfile
>>> from warcio.warcwriter import WARCWriter
>>> from warcio.statusandheaders import StatusAndHeaders
>>> page = b"<html><body><article><p>" + b"Mayor Ana Ruiz said the bridge would open in May. " * 5
>>> path = os.path.join(tempfile.mkdtemp(), "crawl.warc.gz")
>>> with open(path, "wb") as handle:
...     writer = WARCWriter(handle, gzip=True)
...     http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
...     for kind, body in (("response", page + b"</p></article></body></html>"), ("request", b"GET /")):
...         record = writer.create_warc_record("https://example.com/bridge", kind,
...                                            payload=io.BytesIO(body), http_headers=http)
...         writer.write_record(record)
>>> items = list(WarcReader().read(path))
>>> [type(item).__name__ for item in items]
['Document', 'Skip']
>>> items[0].id, items[0].source.replace(path, "crawl.warc.gz"), items[0].published
('https://example.com/bridge', 'crawl.warc.gz@0', None)
>>> items[1].reason
'request record'
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from datetime import timezone
from typing import IO

import attrs
import brotli
from fastwarc.warc import WarcRecord, WarcRecordType

from ..errors import RecordError, check_positive
from .document import Document
from .html import HtmlReader
from .report import Skip

__all__ = ["WARC_SUFFIXES", "WarcReader"]

WARC_SUFFIXES = (".warc", ".warc.gz")
"""The file names read as web archives."""

_GZIP_MAGIC = b"\x1f\x8b\x08"
_PIECE = 1 << 14
_MAX_HEADER_LINES = 1000
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)", re.IGNORECASE | re.DOTALL)
_WARC_LINE = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")


class _Broken(Exception):
    """A record that cannot be read: the reason, said in the RecordError."""


def _inflate(handle: IO[bytes], offset: int, limit: int, what: str) -> tuple[bytes, int]:
    """The decompressed bytes of the gzip member at ``offset`` and the offset after it."""
    handle.seek(offset)
    inflater = zlib.decompressobj(31)
    out: list[bytes] = []
    size = fed = 0
    try:
        while not inflater.eof:
            piece = handle.read(_PIECE)
            if not piece:
                raise _Broken("a truncated gzip member: the file ends inside it")
            fed += len(piece)
            pending = piece
            while pending and not inflater.eof:
                chunk = inflater.decompress(pending, limit + 1 - size)
                size += len(chunk)
                if size > limit:
                    raise _Broken(
                        f"the {what} decompresses to more than {limit:,} bytes, over the limit "
                        "(max_record_bytes; a gzip bomb?)"
                    )
                out.append(chunk)
                pending = inflater.unconsumed_tail
    except zlib.error as error:
        raise _Broken(f"a corrupt or truncated gzip member ({error})") from None
    return b"".join(out), offset + fed - len(inflater.unused_data)


def _looks_like_member(handle: IO[bytes], offset: int) -> bool:
    """Whether a gzip member that holds a WARC record starts at ``offset``."""
    handle.seek(offset)
    try:
        start = zlib.decompressobj(31).decompress(handle.read(4096), 16)
    except zlib.error:
        return False
    return start.startswith(b"WARC/")


def _next(handle: IO[bytes], start: int, pattern: re.Pattern[bytes], check: bool) -> int | None:
    """The offset of the next match of ``pattern`` from ``start`` (a gzip member when ``check``)."""
    position = start
    while True:
        handle.seek(position)
        data = handle.read(1 << 20)
        if not data:
            return None
        searched = 0
        while True:
            found = pattern.search(data, searched)
            if found is None:
                break
            at = position + found.start() + (1 if found.group().startswith(b"\n") else 0)
            if at >= start and (not check or _looks_like_member(handle, at)):
                return at
            searched = found.start() + 1
        if len(data) < 1 << 20:
            return None
        position += len(data) - 16  # overlap: a header line cut between two reads


def _gzip_records(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | str]]:
    """``(offset, record bytes)`` of each gzip member, or ``(offset, reason)`` of a broken one."""
    magic = re.compile(re.escape(_GZIP_MAGIC))
    offset: int | None = 0
    while offset is not None:
        handle.seek(offset)
        head = handle.read(3)
        if not head:
            return
        if head != _GZIP_MAGIC:
            yield offset, "not a gzip member where a record should start"
            offset = _next(handle, offset + 1, magic, True)
            continue
        try:
            data, end = _inflate(handle, offset, limit, "gzip member")
        except _Broken as error:
            yield offset, str(error)
            offset = _next(handle, offset + 1, magic, True)
            continue
        yield offset, data
        offset = end


def _member_records(data: bytes, limit: int) -> Iterator[tuple[int, bytes | str]]:
    """The records of one gzip member's decompressed bytes: almost always one, but a whole archive
    gzipped as one stream is one member of them all; ``(offset in the member, record bytes)``, or
    ``(offset, reason)`` of a broken one."""
    if not data.strip():
        return
    yield from _plain_records(io.BytesIO(data), limit)


def _plain_records(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | str]]:
    """``(offset, record bytes)`` of each record of an uncompressed WARC, or ``(offset, reason)``."""
    offset: int | None = 0
    while offset is not None:
        handle.seek(offset)
        try:
            data = _plain_record(handle, limit)
        except _Broken as error:
            yield offset, str(error)
            offset = _next(handle, offset + 1, _WARC_LINE, False)
            continue
        if data is None:
            return
        yield offset, data
        offset = handle.tell()


def _plain_record(handle: IO[bytes], limit: int) -> bytes | None:
    lines: list[bytes] = []
    while True:
        line = handle.readline(1 << 16)
        if not line:
            if lines:
                raise _Broken("a truncated record: the file ends inside its header")
            return None
        if not lines and not line.strip():
            continue  # blank lines between records
        if not lines and not line.startswith(b"WARC/"):
            raise _Broken("a malformed record: it does not start with a WARC/ version line")
        lines.append(line)
        if not line.strip() or len(lines) > _MAX_HEADER_LINES:
            break
    lengths = [
        line.split(b":", 1)[1].strip() for line in lines if line.lower().startswith(b"content-length:")
    ]
    length = lengths[0] if lengths else None
    if length is None or not length.isdigit():
        raise _Broken("a malformed record: no valid Content-Length in its header")
    if int(length) > limit:
        handle.seek(int(length) + 4, io.SEEK_CUR)
        raise _Broken(f"a record of {int(length):,} bytes, over the limit of {limit:,} (max_record_bytes)")
    block = handle.read(int(length))
    if len(block) < int(length):
        raise _Broken("a truncated record: the file ends inside it")
    end = handle.read(4)
    if end.strip(b"\r\n"):
        raise _Broken("a malformed record: its block does not end where its Content-Length says")
    return b"".join(lines) + block + b"\r\n\r\n"


def _decode_body(body: bytes, encoding: str | None, limit: int) -> bytes:
    """An HTTP body without its Content-Encoding (gzip, deflate, br), decompressed to at most
    ``limit`` bytes.  A body that is plain HTML under a compressed coding (a crawler that stored
    it decoded and kept the header) is taken as it is."""
    coding = (encoding or "identity").strip().lower()
    if coding in ("", "identity", "none"):
        return body
    if coding not in ("gzip", "x-gzip", "deflate", "br"):
        raise _Broken(f"an HTTP body in an encoding quotrack does not read: {coding!r}")
    data: bytes
    try:
        if coding == "br":
            data = brotli.Decompressor().process(body, output_buffer_limit=limit + 1)
        else:
            wbits = 31 if coding != "deflate" else (15 if body[:1] == b"\x78" else -15)
            data = zlib.decompressobj(wbits).decompress(body, limit + 1)
    except (zlib.error, brotli.error) as error:
        if _HTML_START.match(body[:1024]) is not None:
            return body  # stored decoded, the Content-Encoding header kept
        raise _Broken(f"an HTTP body that is not valid {coding} data ({error})") from None
    if len(data) > limit:
        raise _Broken(
            f"an HTTP body that decompresses to more than {limit:,} bytes, over the limit "
            "(max_page_bytes; a gzip bomb?)"
        )
    return data


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    return _HTML_START.match(body[:1024]) is not None


@attrs.frozen
class WarcReader:
    """Reads web archives; its settings are the HTML reader and the record size limit.

    ``max_record_bytes`` caps the (decompressed) size of a record; the HTML
    reader's ``max_page_bytes`` caps a page, also after its HTTP
    ``Content-Encoding`` is decoded.
    """

    MAX_RECORD_BYTES = 64 * 1024 * 1024
    """A record larger than this (64 MiB, decompressed) is reported, not read."""

    html: HtmlReader = attrs.field(factory=HtmlReader)
    max_record_bytes: int = attrs.field(default=MAX_RECORD_BYTES)

    @max_record_bytes.validator
    def _check(self, attribute: attrs.Attribute[int], value: int) -> None:
        check_positive(attribute.name, value)

    def read(self, path: str) -> Iterator[Document | RecordError | Skip]:
        """The documents, skips and bad records of the archive at ``path``, in file order."""
        try:
            with open(path, "rb", buffering=1 << 20) as handle:
                start = handle.read(3)
                if not start:
                    yield RecordError(path, "an empty file: no records to read")
                    return
                gzipped = start == _GZIP_MAGIC
                split = _gzip_records if gzipped else _plain_records
                for offset, data in split(handle, self.max_record_bytes):
                    if isinstance(data, str):
                        yield RecordError(f"{path}@{offset}", data)
                        continue
                    records = _member_records(data, self.max_record_bytes) if gzipped else [(0, data)]
                    for inner, record in records:
                        where = f"{path}@{offset}" if not inner else f"{path}@{offset}+{inner}"
                        if isinstance(record, str):
                            yield RecordError(where, record)
                            continue
                        try:
                            yield from self._items(record, where)
                        except _Broken as error:
                            yield RecordError(where, str(error))
                        except RecordError as error:
                            yield error
        except OSError as error:
            yield RecordError(path, f"cannot read the archive: {error.strerror or error}")

    def _items(self, data: bytes, where: str) -> Iterator[Document | Skip]:
        try:
            record = WarcRecord.from_reader(io.BytesIO(data), quirks_mode=True)
        except (OSError, ValueError) as error:
            raise _Broken(f"a malformed WARC record ({error})") from None
        if record.record_type != WarcRecordType.response:
            kind = (record.headers.get("WARC-Type") or "unknown").strip().lower()
            yield Skip(where, f"{kind} record", listed=False)
            return
        if not record.is_http:
            yield Skip(where, "response record without HTTP", listed=False)
            return
        try:
            record.parse_http(auto_decode="transfer")
            body = record.reader.read()
        except (OSError, ValueError) as error:
            raise _Broken(f"a response record whose HTTP message cannot be read ({error})") from None
        headers = record.http_headers
        status = headers.status_code
        if status != 200:
            yield Skip(where, f"HTTP {status} response", listed=False)
            return
        self.html.check_size(len(body), where)
        body = _decode_body(body, headers.get("Content-Encoding"), self.html.max_page_bytes)
        if not _is_html(record.http_content_type, body):
            yield Skip(where, "non-HTML response", listed=False)
            return
        url = record.headers.get("WARC-Target-URI") or None
        fetched = record.record_date
        if fetched is not None and fetched.tzinfo is not None:
            fetched = fetched.astimezone(timezone.utc).replace(tzinfo=None)
        yield self.html.document(body, where, url=url, charset=record.http_charset, fetched=fetched)
