"""Output formats: named writers from results to a text stream, shared by the CLI and users.

A writer takes ``(result, document)`` pairs, where ``document`` is a
:class:`DocumentInfo` or just the document's id, and writes them to a text
stream, one document at a time, so output streams as the results come:

* ``table``: a fixed-width table of each document, for reading;
* ``jsonl``: one JSON record a document: its id, the passed-through keys,
  ``attributions`` and ``speakers`` as :meth:`Result.to_dict` gives them;
* ``json``: one JSON array of the same records;
* ``csv``: a header, then one row per attribution (the fields of
  :class:`AttributionRecord`);
* ``html``: one page with every document highlighted.

>>> import io
>>> from quotrack.model import Attribution, Kind, Result, Speaker, TextSpan
>>> text = "Ann Lee said rates would rise."
>>> said = Attribution(
...     kind=Kind.INDIRECT, content=TextSpan.of(text, 13, 29), detector="reported",
...     cue=TextSpan.of(text, 8, 12), speaker=Speaker("Ann Lee", TextSpan.of(text, 0, 7), "person"),
... )
>>> result = Result(text=text, attributions=[said])
>>> out = io.StringIO()
>>> write("csv", [(result, "a1")], out)
>>> print(out.getvalue(), end="")
doc_id,index,kind,content,content_start,content_end,detector,act,cue,cue_start,cue_end,speaker_name,...
a1,0,indirect,rates would rise,13,29,reported,speech,said,8,12,Ann Lee,Ann Lee,0,7,person,,,1.0
>>> FORMATS
('table', 'jsonl', 'json', 'csv', 'html')

A new format is a function ``(pairs, stream) -> None`` added to :data:`WRITERS`.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import IO, Any

import attrs

from .errors import QuotrackError
from .model import Result
from .render import render_documents, render_table

__all__ = [
    "FIELDS",
    "FORMATS",
    "WRITERS",
    "AttributionRecord",
    "DocumentInfo",
    "UnknownFormatError",
    "Writer",
    "records_of",
    "write",
    "write_csv",
    "write_html",
    "write_json",
    "write_jsonl",
    "write_table",
    "writer",
]

TABLE_WIDTH = 120
"""Width of the table format when the stream is not a terminal."""


class UnknownFormatError(QuotrackError, ValueError):
    """An output format name that no writer has."""


@attrs.frozen
class DocumentInfo:
    """What travels with a text through the pipeline: its id and the other keys of its record."""

    id: str
    extra: dict[str, Any] = attrs.field(factory=dict)

    def record(self, result: Result) -> dict[str, Any]:
        """The output record: id, the passed-through keys, attributions and speakers.

        >>> DocumentInfo("d1", {"url": "u"}).record(Result(text="Quiet."))
        {'id': 'd1', 'url': 'u', 'attributions': [], 'speakers': []}
        """
        data = result.to_dict()
        return {
            "id": self.id,
            **self.extra,
            "attributions": data["attributions"],
            "speakers": data["speakers"],
        }


Pair = tuple[Result, DocumentInfo | str]
"""A result and its document: a :class:`DocumentInfo` or the document's id."""
Writer = Callable[[Iterable[Pair], IO[str]], None]
"""A writer: ``writer(pairs, stream)`` writes every pair to the stream."""


def _documents(pairs: Iterable[Pair]) -> Iterator[tuple[Result, DocumentInfo]]:
    for result, info in pairs:
        yield result, info if isinstance(info, DocumentInfo) else DocumentInfo(id=str(info))


# -- flat rows ----------------------------------------------------------------


@attrs.frozen
class AttributionRecord:
    """One attribution as a flat row: plain strings and integers, ready for a dataframe, CSV or JSON.

    Offsets are characters into the document's text, end exclusive.

    >>> from quotrack.model import Attribution, TextSpan
    >>> text = "Police said the road was closed."
    >>> claim = Attribution(kind="indirect", content=TextSpan.of(text, 12, 31), detector="reported")
    >>> row = AttributionRecord.of(Result(text=text, attributions=[claim]), 0, "d7")
    >>> row.doc_id, row.content, (row.content_start, row.content_end), row.speaker_name
    ('d7', 'the road was closed', (12, 31), None)
    """

    doc_id: Hashable
    """The document's id: its record's ``id``, its dataframe index, or a hash of a bare text."""
    index: int
    """Position of the attribution in its document's Result."""
    kind: str
    """``direct``, ``mixed`` or ``indirect``."""
    content: str
    """What was said: the content's pieces joined by ``" … "`` (a split quote's ``, she said,``
    left out); ``content_start`` and ``content_end`` span them all."""
    content_start: int
    content_end: int
    detector: str
    act: str = "speech"
    """What the cue reports: ``speech``, ``evidence``, ``belief``, ``stance``, ``topic`` (what was
    spoken of, not said) or ``request`` (see :class:`~quotrack.model.Act`)."""
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_name: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None
    outlet: str | None = None
    """The news outlet that carries the claim, when the text names one."""
    explanation: str = ""
    """Why: the rule that found the attribution and what each resolver changed, joined by ``"; "``."""
    confidence: float = 1.0
    """The probability that the attribution is right end to end (see :mod:`quotrack.confidence`)."""

    @classmethod
    def of(cls, result: Result, index: int, doc_id: Hashable) -> AttributionRecord:
        """The row of ``result.attributions[index]``."""
        attribution = result.attributions[index]
        cue, speaker, outlet = attribution.cue, attribution.speaker, attribution.outlet
        mention = speaker.mention if speaker is not None else None
        return cls(
            doc_id=doc_id,
            index=index,
            kind=attribution.kind.value,
            content=" … ".join(piece.text for piece in attribution.pieces),
            content_start=attribution.content.start,
            content_end=attribution.content.end,
            detector=attribution.detector,
            act=attribution.act.value,
            cue=cue.text if cue is not None else None,
            cue_start=cue.start if cue is not None else None,
            cue_end=cue.end if cue is not None else None,
            speaker_name=speaker.name if speaker is not None else None,
            speaker_mention=mention.text if mention is not None else None,
            speaker_start=mention.start if mention is not None else None,
            speaker_end=mention.end if mention is not None else None,
            speaker_kind=speaker.kind.value if speaker is not None else None,
            outlet=outlet.name if outlet is not None else None,
            explanation="; ".join(attribution.explanation),
            confidence=attribution.confidence,
        )

    def to_dict(self) -> dict[str, Any]:
        """The row as a JSON-ready dict, fields in order."""
        return attrs.asdict(self)


FIELDS: tuple[str, ...] = tuple(field.name for field in attrs.fields(AttributionRecord))
"""Column names of a frame of records, in order."""


def records_of(result: Result, doc_id: Hashable) -> list[AttributionRecord]:
    """One :class:`AttributionRecord` per attribution of ``result``."""
    return [AttributionRecord.of(result, index, doc_id) for index in range(len(result.attributions))]


# -- the writers --------------------------------------------------------------


def table_width(stream: IO[str]) -> int:
    """Columns for a table on ``stream``: the terminal's width on a terminal, else ``TABLE_WIDTH``."""
    if hasattr(stream, "isatty") and stream.isatty():
        return max(80, min(shutil.get_terminal_size((TABLE_WIDTH, 24)).columns, 200))
    return TABLE_WIDTH


def write_table(pairs: Iterable[Pair], stream: IO[str], *, wide: bool = False) -> None:
    """Each document's id and count, then its attributions as a table (terminal-wide on a terminal).

    ``wide=True`` cuts no cell (:func:`~quotrack.render.render_table`).

    >>> import sys
    >>> write_table([(Result(text="Quiet."), "d1")], sys.stdout)
    == d1: 0 attributions
    (no attributions)
    """
    width = table_width(stream)
    for count, (result, info) in enumerate(_documents(pairs)):
        noun = "attribution" if len(result) == 1 else "attributions"
        stream.write(f"{chr(10) if count else ''}== {info.id}: {len(result)} {noun}\n")
        stream.write(render_table(result, width=width, wide=wide) + "\n")
        stream.flush()


def _json(result: Result, info: DocumentInfo) -> str:
    return json.dumps(info.record(result), ensure_ascii=False)


def write_jsonl(pairs: Iterable[Pair], stream: IO[str]) -> None:
    """One JSON record a line per document (:meth:`DocumentInfo.record`)."""
    for result, info in _documents(pairs):
        stream.write(_json(result, info) + "\n")
        stream.flush()


def write_json(pairs: Iterable[Pair], stream: IO[str]) -> None:
    """One JSON array of the documents' records, a record a line.

    >>> import sys
    >>> write_json([], sys.stdout)
    []
    """
    stream.write("[")
    count = 0
    for result, info in _documents(pairs):
        stream.write((",\n  " if count else "\n  ") + _json(result, info))
        stream.flush()
        count += 1
    stream.write("\n]\n" if count else "]\n")


def write_csv(pairs: Iterable[Pair], stream: IO[str]) -> None:
    """A header of :data:`FIELDS`, then one row per attribution; a missing value is an empty cell.

    Lines end with ``\\n``.  The passed-through keys of a document are not
    written (documents may have different ones); join on ``doc_id``.
    """
    rows = csv.writer(stream, lineterminator="\n")
    rows.writerow(FIELDS)
    for result, info in _documents(pairs):
        rows.writerows(attrs.astuple(row) for row in records_of(result, info.id))
        stream.flush()


def write_html(pairs: Iterable[Pair], stream: IO[str]) -> None:
    """One standalone HTML page with every document, titled by its id (see :func:`render_documents`)."""
    for piece in render_documents((result, info.id) for result, info in _documents(pairs)):
        stream.write(piece)
    stream.write("\n")


WRITERS: Mapping[str, Writer] = MappingProxyType(
    {
        "table": write_table,
        "jsonl": write_jsonl,
        "json": write_json,
        "csv": write_csv,
        "html": write_html,
    }
)
"""The writers by format name."""
FORMATS: tuple[str, ...] = tuple(WRITERS)
"""The format names, in the order the CLI lists them."""


def writer(name: str) -> Writer:
    """The writer of the format ``name``.

    >>> writer("csv") is write_csv
    True
    >>> writer("xml")
    Traceback (most recent call last):
    ...
    quotrack.formats.UnknownFormatError: no output format 'xml' (formats: table, jsonl, json, csv, html)
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError(f"no output format {name!r} (formats: {', '.join(FORMATS)})") from None


def write(name: str, pairs: Iterable[Pair], stream: IO[str], *, wide: bool = False) -> None:
    """Write the ``(result, document)`` pairs to ``stream`` in the format ``name``.

    ``wide=True`` makes a ``table`` cut no cell (other formats never cut).
    """
    if wide and writer(name) is write_table:
        write_table(pairs, stream, wide=True)
        return
    writer(name)(pairs, stream)
