"""Ledger records as text: readable tables, JSON Lines and CSV.

The ``quotrack speakers / quotes / echoes`` commands print with these; a
program can call them too.  JSONL keeps every field (dates as ISO strings);
CSV is one flat row per record (per occurrence, for echoes); the table is for
a terminal and cuts long cells with an ellipsis, unless ``wide=True``.

>>> import io, sys
>>> from datetime import datetime
>>> from quotrack.ledger.records import QuoteRecord
>>> quote = QuoteRecord(document="a1", outlet="Reuters", published=datetime(2026, 1, 5),
...                     kind="direct", content="Rates will rise", speaker="Ann Lee", cue="said")
>>> write_records([quote], "table", sys.stdout, width=80)
published   outlet         speaker         kind       quote
2026-01-05  Reuters        Ann Lee         direct     Rates will rise
>>> write_records([quote], "csv", sys.stdout)
published,outlet,document,speaker,source,speaker_kind,kind,cue,quote,copy_of,confidence
2026-01-05,Reuters,a1,Ann Lee,,,direct,said,Rates will rise,,

A speaker's ``copies`` column counts the documents that only repeat, as wire copies, the
speaker's words from their original (and CSV's ``copied quotes`` those words); a
quote's ``context`` (``quotes(context=True)``) is a line under its row:

>>> quote = QuoteRecord(document="a1", outlet="Reuters", published=datetime(2026, 1, 5), kind="direct",
...                     content="Rates will rise", speaker="Dr Alexandra Konstantinopoulou-Whitfield",
...                     cue="said", context="“Rates will rise,” said Dr Konstantinopoulou-Whitfield.")
>>> write_records([quote], "table", sys.stdout, width=80, context=True)
published   outlet         speaker         kind       quote
2026-01-05  Reuters        Dr Alexandra…   direct     Rates will rise
            “Rates will rise,” said Dr Konstantinopoulou-Whitfield.
>>> write_records([quote], "table", sys.stdout, wide=True)
published   outlet   speaker                                    kind    quote
2026-01-05  Reuters  Dr Alexandra Konstantinopoulou-Whitfield  direct  Rates will rise
"""

from __future__ import annotations

import csv
import json
import textwrap
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import IO, Any

import cattrs

from ..terminal import counted, one_line
from .records import Echo, QuoteRecord, SpeakerRecord

__all__ = ["EXPORT_FORMATS", "to_dict", "write_records"]

EXPORT_FORMATS = ("table", "jsonl", "csv")

_converter = cattrs.Converter()
_converter.register_unstructure_hook(datetime, lambda value: value.isoformat())


def to_dict(record: Any) -> dict[str, Any]:
    """A ledger record as a JSON-ready dict: every field, dates as ISO strings.

    >>> from quotrack.ledger.records import SpeakerRecord
    >>> to_dict(SpeakerRecord("Ann Lee", aliases=["A. Lee"], documents=2, quotes=3))["aliases"]
    ['A. Lee']
    """
    data: dict[str, Any] = _converter.unstructure(record)
    return data


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d") if value.time() == datetime.min.time() else value.isoformat()


def _source(quote: QuoteRecord) -> str:
    return quote.source or ""


Column = tuple[str, int, Callable[[Any], Any]]
"""A column: its title, its width in the table (0: what is left) and how to read a record's cell."""

_SPEAKER_COLUMNS: Sequence[Column] = (
    ("id", 5, lambda s: "" if s.id is None else s.id),
    ("speaker", 24, lambda s: s.name),
    ("kind", 12, lambda s: s.kind),
    ("quotes", 6, lambda s: s.quotes),
    ("docs", 5, lambda s: s.documents),
    ("copies", 6, lambda s: s.copies),
    ("copied quotes", 6, lambda s: s.copied_quotes),
    ("first seen", 10, lambda s: _date(s.first_seen)[:10]),
    ("last seen", 10, lambda s: _date(s.last_seen)[:10]),
    ("outlets", 0, lambda s: ", ".join(s.outlets)),
    ("aliases", 0, lambda s: ", ".join(a for a in s.aliases if a != s.name)),
    ("description", 0, lambda s: s.description or ""),
)
_SPEAKER_TABLE = ("id", "speaker", "kind", "quotes", "docs", "copies", "first seen", "last seen", "outlets")

_QUOTE_COLUMNS: Sequence[Column] = (
    ("published", 10, lambda q: _date(q.published)[:10]),
    ("outlet", 13, lambda q: q.outlet or ""),
    ("document", 0, lambda q: q.document),
    ("speaker", 14, lambda q: q.speaker or (f"({_source(q)})" if _source(q) else "—")),
    ("source", 0, _source),
    ("speaker_kind", 0, lambda q: q.speaker_kind or ""),
    ("kind", 9, lambda q: q.kind),
    ("cue", 0, lambda q: q.cue or ""),
    ("quote", 0, lambda q: q.content),
    ("copy_of", 0, lambda q: q.copy_of or ""),
    ("confidence", 10, lambda q: "" if q.confidence is None else f"{q.confidence:.2f}"),
)
_CONTEXT_COLUMN: Column = ("context", 0, lambda q: q.context or "")
_QUOTE_TABLE = ("published", "outlet", "speaker", "kind", "quote")


def _shorten(value: Any, width: int) -> str:
    text = one_line(str(value))
    if len(text) <= width:
        return text
    return textwrap.shorten(text, width, placeholder="…") if " " in text[:width] else text[: width - 1] + "…"


def _flat(value: Any) -> str:
    return one_line(str(value))


def _table(
    records: Sequence[Any],
    columns: Sequence[Column],
    shown: Sequence[str],
    out: IO[str],
    width: int,
    *,
    wide: bool = False,
    context: bool = False,
) -> None:
    """A table of the ``shown`` columns, cells cut to fit ``width`` unless ``wide``; with
    ``context``, each quote's context on a line under its row, under the columns after the first."""
    picked = [c for c in columns if c[0] in shown]
    cells = [[_flat(read(record)) for _, _, read in picked] for record in records]
    if wide:
        widths = [max(len(title), *(len(row[i]) for row in cells)) for i, (title, _, _) in enumerate(picked)]
    else:
        fixed = sum(size + 2 for _, size, _ in picked if size)
        flexible = [c for c in picked if not c[1]]
        rest = max((width - fixed) // max(len(flexible), 1) - 2, 12)
        widths = [size or rest for _, size, _ in picked]
        cells = [[_shorten(cell, w) for cell, w in zip(row, widths, strict=True)] for row in cells]
    lines = [[title for title, _, _ in picked], *cells]
    indent = " " * (widths[0] + 2)
    for number, row in enumerate(lines):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")
        said = _flat(records[number - 1].context or "") if context and number else ""
        if said:
            out.write(indent + (said if wide else _shorten(said, max(width - len(indent), 20))) + "\n")


def _echo_table(echoes: Sequence[Echo], out: IO[str], width: int, wide: bool = False) -> None:
    def fit(text: str, room: int) -> str:
        return _flat(text) if wide else _shorten(text, room)

    for number, echo in enumerate(echoes, start=1):
        carried = len({q.document for q in echo.occurrences})
        copies = carried - echo.documents
        out.write(f"{'' if number == 1 else chr(10)}{number}. “{fit(echo.text, width - 8)}”\n")
        first = echo.first
        facts = f"{_date(first.published)[:10] or 'undated'} {first.outlet or ''} {first.document}"
        who = first.speaker or _source(first) or "unnamed"
        plus = f" (+{counted(copies, 'copy', 'copies')})" if copies > 0 else ""
        out.write(f"   {counted(echo.documents, 'document')}{plus}; first {one_line(facts)} ({_flat(who)})\n")
        for variant in echo.variants:
            q = variant.occurrence
            changes = "; ".join(
                {"replace": f"{c.before} → {c.after}", "delete": f"−{c.before}"}.get(c.op, f"+{c.after}")
                for c in variant.changes
            )
            line = (
                f"   variant {_date(q.published)[:10] or 'undated'} {q.outlet or ''} {q.document}: {changes}"
            )
            out.write(fit(line.replace("  ", " "), width) + "\n")


def _place(quote: QuoteRecord) -> tuple[str, int, int]:
    return quote.document, quote.start, quote.end


def _echo_rows(echoes: Sequence[Echo]) -> Iterable[list[Any]]:
    for number, echo in enumerate(echoes, start=1):
        changes = {_place(v.occurrence): v.changes for v in echo.variants}
        for q in echo.occurrences:
            diff = "; ".join(f"{c.op}: {c.before!r} -> {c.after!r}" for c in changes.get(_place(q), ()))
            yield [
                number,
                echo.text,
                q == echo.first,
                _date(q.published),
                q.outlet or "",
                q.document,
                q.copy_of or "",
                q.speaker or "",
                q.kind,
                q.content,
                diff,
            ]


_ECHO_CSV = (
    "echo",
    "text",
    "first",
    "published",
    "outlet",
    "document",
    "copy_of",
    "speaker",
    "kind",
    "quote",
    "changes",
)


def write_records(
    records: Iterable[Any],
    fmt: str,
    out: IO[str],
    *,
    kind: type = QuoteRecord,
    width: int = 120,
    wide: bool = False,
    context: bool = False,
) -> None:
    """Write ``records`` to ``out`` as ``table``, ``jsonl`` or ``csv``.

    ``kind`` is the record class: :class:`SpeakerRecord`, :class:`QuoteRecord`
    or :class:`Echo` (it picks the columns, also when there is no record).
    A table fits ``width`` (cutting long cells) unless ``wide``; ``context``
    adds each quote's :attr:`~QuoteRecord.context` (a line in a table, a
    column in CSV; JSONL has every field anyway).
    """
    records = list(records)
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(to_dict(record), ensure_ascii=False) + "\n")
        return
    if fmt == "table":
        if not records:
            out.write("(none)\n")
        elif kind is Echo:
            _echo_table(records, out, width, wide)
        else:
            columns, shown = (
                (_SPEAKER_COLUMNS, _SPEAKER_TABLE)
                if kind is SpeakerRecord
                else (_QUOTE_COLUMNS, _QUOTE_TABLE)
            )
            _table(records, columns, shown, out, width, wide=wide, context=context and kind is QuoteRecord)
        return
    writer = csv.writer(out, lineterminator="\n")
    if kind is Echo:
        writer.writerow(_ECHO_CSV)
        writer.writerows(_echo_rows(records))
        return
    columns = _SPEAKER_COLUMNS if kind is SpeakerRecord else _QUOTE_COLUMNS
    if context and kind is QuoteRecord:
        columns = (*columns, _CONTEXT_COLUMN)
    writer.writerow([title for title, _, _ in columns])
    for record in records:
        writer.writerow(
            ["; ".join(v) if isinstance(v := read(record), tuple) else v for _, _, read in columns]
        )
