"""The ledger commands: ``ingest``, ``reprocess``, ``speakers``, ``quotes``, ``echoes`` and ``report``.

>>> from quotrack.cli import main
>>> main(["speakers", "--help"])  # doctest: +ELLIPSIS
usage: quotrack speakers [-h] ...
0
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from ..errors import ArgumentError, LedgerError, QuotrackError, RecordError
from ..formats import table_width
from ..ledger import Ledger
from ..ledger.database import holds_ledger, sqlite_file
from ..ledger.export import write_records
from ..ledger.queries import DEFAULT_MIN_CONFIDENCE
from ..ledger.records import Echo, IngestReport, QuoteRecord, SpeakerRecord
from ..ledger.report import write_report
from ..reading import Document, ReadReport, parse_date
from .common import (
    UsageError,
    add_min_confidence_option,
    add_pipeline_options,
    custom_tracker,
    kinds,
    positive,
    read_inputs,
    report_skips,
)

__all__ = ["add_ledger_options", "add_parsers", "open_ledger", "show", "speaker_key"]


def open_ledger(args: argparse.Namespace, *, existing: bool = True) -> Ledger:
    """The ledger that ``--db`` names, with a progress bar on a terminal unless ``--quiet``.

    With ``existing`` (every command but ``ingest``), a SQLite file that does not exist, or a
    database (SQLite or PostgreSQL) that holds no ledger, is a usage error, not a new empty
    ledger made from a mistyped name, nor ledger tables written into another database.
    """
    if existing and not holds_ledger(args.db):
        file = sqlite_file(args.db)
        # (a database URL is not shown: it may hold a password)
        where, db = (str(file), args.db) if file is not None else ("that database", "URL")
        raise UsageError(
            f"no ledger at {where}: store documents in it first (quotrack ingest FILE --db {db})"
        )
    return Ledger(args.db, progress=not getattr(args, "quiet", True) and sys.stderr.isatty())


def show(records: Sequence[Any], kind: type, fmt: str, *, wide: bool = False, context: bool = False) -> int:
    """Write ``records`` to standard output in ``fmt``; exit status 0.

    ``wide`` cuts no table cell; ``context`` adds each quote's sentence to a table.
    """
    width = table_width(sys.stdout)
    write_records(records, fmt, sys.stdout, kind=kind, width=width, wide=wide, context=context)
    return 0


def speaker_key(value: str) -> str | int:
    """A speaker named on the command line: its id when all digits, else a name.

    >>> speaker_key("12"), speaker_key("Ann Lee")
    (12, 'Ann Lee')
    """
    return int(value) if value.strip().isdigit() else value


def _with_outlet(documents: Iterator[Document], outlet: str | None) -> Iterator[tuple[Document, str]]:
    """``(document, where)`` pairs for :meth:`Ledger.ingest`; ``outlet`` fills in documents that name none."""
    for document in documents:
        if outlet is not None and not document.outlet:
            document = attrs.evolve(document, outlet=outlet)
        yield document, document.source or document.id


def _cmd_ingest(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    bad: list[QuotrackError] = []
    skips = ReadReport()
    documents = read_inputs(args.files, bad, report=skips)
    with open_ledger(args, existing=False) as ledger:
        report = ledger.ingest(
            _with_outlet(documents, args.outlet),
            tracker=custom_tracker(args),
            batch_size=args.batch_size,
            n_process=args.n_process,
            on_error="skip",  # a record the store refuses is reported; the others are stored
            as_tuples=True,
        )
        url = ledger.url
    report_skips(skips, "quotrack ingest")
    return _summary("ingest", [str(failure) for failure in bad], report, url, started, args.skip_bad)


def _summary(
    command: str, bad: list[str], report: IngestReport, url: str, started: float, skip_bad: bool
) -> int:
    """Print the failures and the counts of an ingest or reprocess; the exit status."""
    for message in bad + [f"{f.record}: {f.message}" for f in report.errors]:
        print(f"quotrack {command}: error: {message}", file=sys.stderr)
    seconds = time.perf_counter() - started
    total = report.added + report.replaced + report.unchanged
    failed = len(bad) + report.failed
    skipped = f", skipped {failed} bad record{'s' if failed != 1 else ''}" if failed else ""
    print(
        f"{total} document{'s' if total != 1 else ''} in {url}: {report.added} added, "
        f"{report.replaced} replaced, {report.unchanged} unchanged{skipped} ({seconds:.1f} s)"
    )
    return 2 if failed and not skip_bad else 0


def _cmd_reprocess(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with open_ledger(args) as ledger:
        try:
            report = ledger.reprocess(
                tracker=custom_tracker(args),
                documents=args.document or None,
                batch_size=args.batch_size,
                n_process=args.n_process,
                on_error="skip",
            )
        except LedgerError as error:
            raise UsageError(str(error)) from None
        url = ledger.url
    return _summary("reprocess", [], report, url, started, args.skip_bad)


def _cmd_speakers(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        speakers = ledger.speakers(limit=args.limit, kind=args.kind, min_confidence=args.min_confidence)
        return show(speakers, SpeakerRecord, args.format, wide=args.wide)


def _cmd_quotes(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        quotes = ledger.quotes(
            speaker=speaker_key(args.speaker) if args.speaker else None,
            outlet=args.outlet,
            document=args.document,
            since=args.since,
            until=args.until,
            contains=args.contains,
            kind=args.kind,
            limit=args.limit,
            context=args.context,
            topics=args.topics,
            requests=args.requests,
            copies=not args.no_copies,
            min_confidence=args.min_confidence,
        )
        if not quotes and args.speaker and not ledger.has_speaker(speaker_key(args.speaker)):
            raise ArgumentError(f"no speaker {args.speaker!r} in the ledger (see 'quotrack speakers')")
        return show(quotes, QuoteRecord, args.format, wide=args.wide, context=args.context)


def _cmd_echoes(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        return show(ledger.echoes(min_documents=args.min_documents), Echo, args.format, wide=args.wide)


def _cmd_report(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        write_report(ledger, args.output, title=args.title, top=args.top, min_confidence=args.min_confidence)
    print(f"wrote {args.output}")
    return 0


def add_ledger_options(parser: argparse.ArgumentParser, fmt: bool = True) -> None:
    """--db, and -f/--format and --wide when ``fmt``."""
    parser.add_argument(
        "--db", required=True, metavar="PATH_OR_URL", help="the ledger: a SQLite file or a database URL"
    )
    if fmt:
        parser.add_argument(
            "-f",
            "--format",
            choices=("table", "jsonl", "csv"),
            default="table",
            metavar="FORMAT",
            help="table, jsonl or csv",
        )
        parser.add_argument(
            "--wide", action="store_true", help="cut no table cell: show names and quotes whole"
        )


def _iso_date(value: str) -> str:
    try:
        parse_date(value)
    except RecordError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None
    return value


def add_parsers(commands: Any) -> None:
    """The ledger commands, added to the ``quotrack`` command's subparsers."""
    ingest = commands.add_parser(
        "ingest",
        help="extract the attributions of documents and store them in a ledger",
        description="Extract the attributions of text files (the id is the path), folders (read "
        'recursively) and JSONL files ({"id", "text", optional "outlet", "published" (or "date"), '
        '"url", "title", "authors", "language", "fetched"} a line, other keys kept as metadata), '
        "HTML pages, web archives (.warc, .warc.gz), RSS and Atom feeds, or - for stdin, and store "
        "them, with their texts, in a ledger.  A document already stored "
        "unchanged is skipped; a changed one, or a later fetch of the same URL, is replaced.  A bad "
        "record is reported and the others are stored (exit 2; 0 with --skip-bad).",
    )
    ingest.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="a .txt, .jsonl, .html, .warc(.gz) or feed file, a folder, or - for stdin",
    )
    add_ledger_options(ingest, fmt=False)
    ingest.add_argument("--outlet", metavar="NAME", help="the outlet of records that name none")
    ingest.add_argument("--skip-bad", action="store_true", help="skip bad records, report how many")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add_pipeline_options(ingest)
    ingest.set_defaults(handler=_cmd_ingest)

    reprocess = commands.add_parser(
        "reprocess",
        help="extract the stored texts of a ledger again (after an upgrade, or with other detectors)",
        description="Run the Tracker again on the texts a ledger stores and store what changed: "
        "a document whose attributions come out the same is unchanged, others are replaced.  People "
        "merged or split by hand stay so.  A document stored without its text (by an older quotrack) "
        "is reported: ingest it again (exit 2; 0 with --skip-bad).",
    )
    add_ledger_options(reprocess, fmt=False)
    reprocess.add_argument(
        "--document", action="append", metavar="ID", help="only this document (may be repeated)"
    )
    reprocess.add_argument("--skip-bad", action="store_true", help="exit 0 despite documents without text")
    reprocess.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    add_pipeline_options(reprocess)
    reprocess.set_defaults(handler=_cmd_reprocess)

    speakers = commands.add_parser(
        "speakers",
        help="the speakers in a ledger, most quoted first",
        description="List the speakers "
        "of a ledger across its documents, most quoted first, with the ids that `people` takes.",
    )
    add_ledger_options(speakers)
    speakers.add_argument("--limit", type=positive, metavar="N", help="only the first N")
    speakers.add_argument(
        "--kind",
        choices=("person", "organization", "outlet", "group"),
        help="only people, organisations, outlets or groups (groups are listed by name, not linked)",
    )
    add_min_confidence_option(speakers, "count", DEFAULT_MIN_CONFIDENCE)
    speakers.set_defaults(handler=_cmd_speakers)

    quotes = commands.add_parser(
        "quotes",
        help="the quotes in a ledger, in date order",
        description="List the quotes of a ledger in "
        "date order, filtered by speaker, outlet, document, dates, kind or words.",
    )
    add_ledger_options(quotes)
    quotes.add_argument("--speaker", metavar="NAME", help="a speaker's name (any spelling) or id")
    quotes.add_argument("--outlet", metavar="O", help="only this outlet")
    quotes.add_argument("--document", metavar="ID", help="only this document")
    quotes.add_argument("--since", type=_iso_date, metavar="DATE", help="published on or after DATE")
    quotes.add_argument("--until", type=_iso_date, metavar="DATE", help="published on or before DATE")
    quotes.add_argument("--contains", metavar="TEXT", help="the quote contains TEXT (any case)")
    quotes.add_argument(
        "--kind", type=kinds, metavar="K[,K]", help="only these kinds (direct, mixed, indirect): direct,mixed"
    )
    quotes.add_argument("--limit", type=positive, metavar="N", help="only the first N")
    quotes.add_argument(
        "--context", action="store_true", help="show the sentence around each quote (from the stored text)"
    )
    quotes.add_argument(
        "--topics",
        action="store_true",
        help="also list records that only name what someone spoke about ('commented on the matter')",
    )
    quotes.add_argument(
        "--requests",
        action="store_true",
        help="also list requests, orders and questions ('urged the council to act', 'asked whether …')",
    )
    quotes.add_argument(
        "--no-copies",
        action="store_true",
        help="leave out what wire copies repeat from their original: each quote once, where first seen",
    )
    add_min_confidence_option(quotes, "list", DEFAULT_MIN_CONFIDENCE)
    quotes.set_defaults(handler=_cmd_quotes)

    echoes = commands.add_parser(
        "echoes",
        help="quoted words carried by several documents",
        description="List the echoes of a "
        "ledger: the same quoted words in several documents, their first appearance and the variants.",
    )
    add_ledger_options(echoes)
    echoes.add_argument(
        "--min-documents", type=positive, default=2, metavar="N", help="in at least N documents (2)"
    )
    echoes.set_defaults(handler=_cmd_echoes)

    report = commands.add_parser(
        "report",
        help="a self-contained HTML report of a ledger",
        description="Write one HTML page that works "
        "offline: who is quoted most and by which outlets, quotes over time, the kinds of quote per "
        "outlet and the echoes.",
    )
    add_ledger_options(report, fmt=False)
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    report.add_argument("--title", default="Who said what: the ledger", help="the page title")
    report.add_argument("--top", type=positive, default=10, metavar="N", help="speakers in the charts (10)")
    add_min_confidence_option(report, "count and show", DEFAULT_MIN_CONFIDENCE)
    report.set_defaults(handler=_cmd_report)
