"""Paths to documents: the one reader behind every entry point.

A ``.txt`` file (or any file of no known kind) is one document whose id is its
path as given; a ``.jsonl``/``.ndjson`` file holds one record a line
(:meth:`Document.from_mapping`); a ``.html``/``.htm`` file is a news page
(:mod:`~quotrack.reading.html`); a ``.warc``/``.warc.gz`` file a web archive
(:mod:`~quotrack.reading.warc`); a ``.rss``/``.atom`` file, or a ``.xml`` file
whose root element is ``rss`` or ``feed``, a feed (:mod:`~quotrack.reading.feeds`);
a folder is read recursively (files of other kinds in it are left alone);
``-`` is standard input (JSONL when its first line looks like it).

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as handle:
...     _ = handle.write("Lee said it rained.")
>>> with open(os.path.join(folder, "b.jsonl"), "w", encoding="utf-8") as handle:
...     _ = handle.write('{"id": "b1", "text": "Hi.", "date": "2020-01-02"}\\n')
>>> [(d.id.replace(folder, "F"), d.published) for d in read_documents([folder])]
[('F/a.txt', None), ('b1', datetime.datetime(2020, 1, 2, 0, 0))]
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from ..errors import InputError, QuotrackError, RecordError
from .document import Document
from .feeds import FEED_SUFFIXES, FeedReader, looks_like_feed
from .html import HTML_SUFFIXES, HtmlReader
from .report import ReadReport, Skip
from .warc import WARC_SUFFIXES, WarcReader

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "Readers", "UnreadableInputError", "read_documents"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt", ".text")
XML_SUFFIXES = (".xml",)

Item = Document | RecordError | Skip
Reader = Callable[[str], Iterator[Item]]
"""Reads one file: its documents, bad records and skips, lazily."""


@attrs.frozen
class Readers:
    """The readers of pages, archives and feeds, with their settings (size limits, outlet lexicon).

    >>> Readers(html=HtmlReader(max_page_bytes=1_000_000)).warc.html.max_page_bytes
    1000000
    """

    html: HtmlReader = attrs.field(factory=HtmlReader)
    warc: WarcReader = attrs.field()
    feeds: FeedReader = attrs.field()

    @warc.default
    def _warc(self) -> WarcReader:
        return WarcReader(html=self.html)

    @feeds.default
    def _feeds(self) -> FeedReader:
        return FeedReader(html=self.html)


class UnreadableInputError(InputError, OSError):
    """A path that does not exist, is not readable, or is read twice (standard input)."""


_BOM = "\ufeff"
"""The byte-order mark a Windows export may open a file with."""


def _jsonl_documents(lines: Iterable[str | bytes], source: str) -> Iterator[Document | RecordError]:
    """Documents from JSONL lines (text, or bytes decoded a line at a time, so that a line that is
    not UTF-8 costs only that line); a bad line comes as its error, and reading goes on.

    >>> lines = [b'\\xef\\xbb\\xbf{"id": 7, "text": "Hi."}', b"", b"{", b'{"id": "\\xe7", "text": "Hi."}']
    >>> [getattr(d, "id", str(d)) for d in _jsonl_documents(lines, "in")]
    ['7', 'in:3: not valid JSON (Expecting property name enclosed in double quotes at column 2)', \
'in:4: not UTF-8 text (invalid continuation byte at byte 8 of the line)']
    """
    for number, data in json_lines(lines, source):
        where = f"{source}:{number}"
        if isinstance(data, RecordError):
            yield data
            continue
        if isinstance(data, json.JSONDecodeError):
            at = "" if data.msg.endswith(" at") else " at"  # ("Unterminated string starting at")
            yield RecordError(where, f"not valid JSON ({data.msg}{at} column {data.colno})")
            continue
        try:
            yield Document.from_mapping(data, where, default_id=where, source=where)
        except RecordError as error:
            yield error


def json_lines(lines: Iterable[str | bytes], source: str) -> Iterator[tuple[int, Any]]:
    """Each line's number and its JSON value, blank lines left out; in place of the value, the
    :class:`~quotrack.errors.RecordError` (naming ``source:N``) of a line that is not UTF-8, or
    the :class:`json.JSONDecodeError` of one that is not JSON.  A byte-order mark opening the
    first line is read past.

    >>> [(number, str(value)) for number, value in json_lines([b'\\xef\\xbb\\xbf{"a": 1}', b" ", b"{"], "in")]
    [(1, "{'a': 1}"), (3, 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)')]
    """
    for number, raw in enumerate(lines, start=1):
        line = _utf8(raw, f"{source}:{number}", " of the line")
        if isinstance(line, RecordError):
            yield number, line
            continue
        if number == 1:
            line = line.removeprefix(_BOM)
        if not line.strip():
            continue
        try:
            yield number, json.loads(line.rstrip("\r\n"))  # (a string cut short: "Unterminated")
        except json.JSONDecodeError as error:
            yield number, error


def _looks_like_jsonl(first_line: str) -> bool:
    """Whether standard input's first line of words is a JSON object: a JSONL record, whose
    faults (no ``text``) are reported as such, not prose to read as one document."""
    try:
        data = json.loads(first_line)
    except json.JSONDecodeError:
        return False
    return isinstance(data, dict)


def _stdin() -> Iterator[str | bytes]:
    """Standard input's lines, as bytes when it has a byte stream (text when a test harness or an
    embedding application replaced it)."""
    buffer = getattr(sys.stdin, "buffer", None)
    return iter(buffer if buffer is not None else sys.stdin)


def _read_stdin(jsonl: bool) -> Iterator[Document | RecordError]:
    lines = _stdin()
    blank: list[str | bytes] = []  # blank lines before the first line of words
    first = next(lines, "")
    while first and not first.strip():
        blank.append(first)
        first = next(lines, "")
    opening = first.decode("utf-8", "replace") if isinstance(first, bytes) else first
    opening = opening.removeprefix(_BOM).lstrip()
    if jsonl or (opening.startswith("{") and _looks_like_jsonl(opening)):
        yield from _jsonl_documents(itertools.chain(blank, [first], lines), "<stdin>")
        return
    whole = [*blank, first, *lines]
    text = b"".join(p for p in whole if isinstance(p, bytes)) or "".join(
        p for p in whole if isinstance(p, str)
    )
    yield from _text_document("<stdin>", text)


def _read_jsonl(path: str) -> Iterator[Document | RecordError]:
    try:
        with open(path, "rb") as handle:
            yield from _jsonl_documents(handle, path)
    except OSError as error:
        yield RecordError(path, f"cannot read the file ({error.strerror or error})")


def _read_text(path: str) -> Iterator[Document | RecordError]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:  # a folder's broken link or unreadable file: this file only
        yield RecordError(path, f"cannot read the file ({error.strerror or error})")
        return
    yield from _text_document(path, data)


def _utf8(data: str | bytes, where: str, within: str = "") -> str | RecordError:
    """``data`` as text (decoded from UTF-8 if bytes), or the error that names where it is not UTF-8.

    >>> _utf8(b"caf\\xc3\\xa9", "in:1"), str(_utf8(b"caf\\xe9", "in:2", " of the line"))
    ('café', 'in:2: not UTF-8 text (unexpected end of data at byte 3 of the line)')
    """
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return RecordError(where, f"not UTF-8 text ({error.reason} at byte {error.start}{within})")


def _text_document(path: str, data: str | bytes) -> Iterator[Document | RecordError]:
    """The one document of a text file's (or standard input's) contents, or why there is none."""
    if isinstance(data, bytes) and b"\x00" in data[:8192]:
        yield RecordError(path, "a binary file, not text")
        return
    text = _utf8(data, path)
    if isinstance(text, RecordError):
        yield text
        return
    if not text.strip():
        yield RecordError(path, "an empty file: no text to read")
        return
    yield Document(id=path, text=text.removeprefix(_BOM), source=path)


_FEED_HEAD = 64 * 1024
"""How much of an ``.xml`` file is read for its root element: past a long licence comment."""


def _is_feed(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return looks_like_feed(handle.read(_FEED_HEAD))
    except OSError:
        return False


def _reader(path: str, jsonl: bool, readers: Readers) -> Reader:
    lower = path.lower()
    if jsonl or lower.endswith(JSONL_SUFFIXES):
        return _read_jsonl
    if lower.endswith(HTML_SUFFIXES):
        return readers.html.read
    if lower.endswith(WARC_SUFFIXES):
        return readers.warc.read
    if lower.endswith(FEED_SUFFIXES) or (lower.endswith(XML_SUFFIXES) and _is_feed(path)):
        return readers.feeds.read
    if lower.endswith(XML_SUFFIXES):
        return _not_a_feed
    return _read_text


def _not_a_feed(path: str) -> Iterator[Item]:
    yield RecordError(path, "an XML file that is not an RSS or Atom feed")


def _known(path: str) -> bool:
    """Whether a file found in a folder is read: a kind quotrack reads (a .xml file: a feed)."""
    lower = path.lower()
    if lower.endswith(XML_SUFFIXES):
        return _is_feed(path)
    return lower.endswith(JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES)


def _walk(folder: str) -> Iterator[str]:
    """The files of ``folder`` and its subfolders that quotrack reads, in name order; hidden
    files and folders (``.git``, ``.venv``) are not read."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _known(os.path.join(root, name)):
                yield os.path.join(root, name)


def check_paths(paths: Sequence[str]) -> None:
    """Raise :class:`UnreadableInputError` for a path that cannot be read, before any is.

    >>> check_paths(["no-such-file.txt"])
    Traceback (most recent call last):
    ...
    quotrack.reading.files.UnreadableInputError: no such file: no-such-file.txt
    """
    if list(paths).count("-") > 1:
        raise UnreadableInputError("standard input ('-') can be read only once")
    for path in paths:
        if path == "-":
            continue
        if not os.path.exists(path):
            raise UnreadableInputError(f"no such file: {path}")
        if not os.access(path, os.R_OK):
            raise UnreadableInputError(f"cannot read {path}: permission denied")


def read_documents(
    paths: str | Sequence[str],
    *,
    jsonl: bool = False,
    errors: list[QuotrackError] | None = None,
    report: ReadReport | None = None,
    readers: Readers | None = None,
) -> Iterator[Document]:
    """The documents of ``paths`` (files, folders or ``-``), lazily, in order.

    A bad record (a line that is not JSON, a file that is not UTF-8 text, an
    empty file, a page that cannot be decoded, a broken archive record) raises
    its :class:`~quotrack.errors.RecordError`, which names the file and line
    (or byte offset); pass a list as ``errors`` to collect them instead and
    read on.  What is skipped on purpose (a WARC ``request`` record, a page
    with no article text, a feed entry with only a summary) is counted in
    ``report``, when given.  ``jsonl=True`` reads every file as JSONL;
    ``readers`` sets the limits of the page, archive and feed readers.
    """
    readers = readers or Readers()
    paths = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    check_paths(paths)
    for path in paths:
        if path == "-":
            items: Iterable[Item] = _read_stdin(jsonl)
        elif os.path.isdir(path):
            items = itertools.chain.from_iterable(_reader(f, jsonl, readers)(f) for f in _walk(path))
        else:
            items = _reader(path, jsonl, readers)(path)
        for item in items:
            if isinstance(item, Document):
                yield item
            elif isinstance(item, Skip):
                if report is not None:
                    report.add(item)
            elif errors is None:
                raise item
            else:
                errors.append(item)
