"""The ``quotrack`` command: extract, demo, evaluate, detectors.

>>> main(["extract", "--help"])  # doctest: +ELLIPSIS
usage: quotrack extract [-h] ...
0

Exit status: 0 on success, 1 on a quotrack error (a pipeline that is not
installed, a malformed gold or JSONL file, ...), 2 on a bad command line or a
file that cannot be read; each error is one line on stderr.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import IO, Any, NoReturn

import attrs

from .errors import QuotrackError, RecordError
from .formats import FORMATS, DocumentInfo, table_width, write
from .ledger import Ledger
from .ledger.export import write_records
from .ledger.inputs import parse_date
from .ledger.records import Echo, QuoteRecord, SpeakerRecord
from .ledger.report import write_report
from .model import Kind

__all__ = [
    "DEMO_NAME",
    "Document",
    "DocumentInfo",
    "InputFormatError",
    "build_parser",
    "demo_text",
    "main",
    "read_inputs",
]

DEMO_NAME = "china-japan-talks.txt"
"""The seed article bundled in ``quotrack/data`` that ``quotrack demo`` reads."""
JSONL_SUFFIXES = (".jsonl", ".ndjson")


class InputFormatError(QuotrackError, ValueError):
    """A JSONL input line is not a JSON object with a string ``text``."""


class _UsageError(Exception):
    """A command-line mistake found after parsing (an unreadable file): exit 2."""


@attrs.frozen
class Document:
    """One input document: its text and its :class:`DocumentInfo`."""

    text: str
    info: DocumentInfo

    @classmethod
    def of(cls, id: str, text: str, extra: dict[str, Any] | None = None) -> Document:
        """The document ``id`` with ``text`` and the passed-through keys ``extra``."""
        return cls(text=text, info=DocumentInfo(id=id, extra=extra or {}))


# -- reading inputs -----------------------------------------------------------


def _jsonl_documents(lines: Iterable[str], source: str) -> Iterator[Document]:
    """Documents from JSONL lines ``{"id": ..., "text": ..., ...}``; blank lines are skipped.

    >>> [d.info.id for d in _jsonl_documents(['{"id": 7, "text": "Hi."}', "", '{"text": "Yo."}'], "in")]
    ['7', 'in:3']
    >>> list(_jsonl_documents(['{"id": 1}'], "in"))
    Traceback (most recent call last):
    ...
    quotrack.cli.InputFormatError: in:1: a JSONL record needs a string "text"
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputFormatError(f"{source}:{number}: not valid JSON ({error.msg})") from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputFormatError(f'{source}:{number}: a JSONL record needs a string "text"')
        doc_id = data.get("id")
        extra = {key: value for key, value in data.items() if key not in ("id", "text")}
        yield Document.of(
            id=f"{source}:{number}" if doc_id is None else str(doc_id), text=data["text"], extra=extra
        )


def _looks_like_jsonl(first_line: str) -> bool:
    try:
        data = json.loads(first_line)
    except json.JSONDecodeError:
        return False
    return isinstance(data, dict) and isinstance(data.get("text"), str)


def _stdin() -> IO[str]:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # replaced by a test harness or an embedding application
        return sys.stdin
    import io

    return io.TextIOWrapper(buffer, encoding="utf-8", newline="")


def _read_stdin(jsonl: bool) -> Iterator[Document]:
    stream = _stdin()
    first = stream.readline()
    if jsonl or (first.lstrip().startswith("{") and _looks_like_jsonl(first)):
        yield from _jsonl_documents(itertools.chain([first], stream), "<stdin>")
    else:
        yield Document.of("<stdin>", first + stream.read())


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def _read_file(path: str, jsonl: bool) -> Iterator[Document]:
    try:
        if jsonl or _is_jsonl(path):
            with open(path, encoding="utf-8") as handle:
                yield from _jsonl_documents(handle, path)
        else:
            with open(path, encoding="utf-8", newline="") as handle:
                yield Document.of(path, handle.read())
    except UnicodeDecodeError as error:
        raise InputFormatError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise _UsageError(f"cannot read {path}: {error.strerror or error}") from None


def read_inputs(paths: Sequence[str], *, jsonl: bool = False) -> Iterator[Document]:
    """The documents of ``paths``, lazily: a text file is one document (its id the
    path as given), a ``.jsonl``/``.ndjson`` file (or any, with ``jsonl=True``)
    one a line, and ``-`` standard input (JSONL when its first line looks like it).
    """
    for path in paths:
        yield from _read_stdin(jsonl) if path == "-" else _read_file(path, jsonl)


def _check_paths(paths: Sequence[str]) -> None:
    if paths.count("-") > 1:
        raise _UsageError("standard input ('-') can be read only once")
    for path in paths:
        if path == "-":
            continue
        if not os.path.exists(path):
            raise _UsageError(f"no such file: {path}")
        if os.path.isdir(path):
            raise _UsageError(f"is a directory, not a file: {path}")
        if not os.access(path, os.R_OK):
            raise _UsageError(f"cannot read {path}: permission denied")


# -- commands -----------------------------------------------------------------


def name_list(value: str | None, defaults: Sequence[str]) -> list[str] | None:
    """The names an option such as ``--detectors`` gives: ``A,B`` replaces the
    defaults, ``+A,+B`` adds to them; None when the option is not given.

    >>> name_list("+attitudes", ("quotes", "reported"))
    ['quotes', 'reported', 'attitudes']
    >>> name_list("quotes", ("quotes", "reported"))
    ['quotes']
    >>> name_list("quotes,+attitudes", ("quotes",))
    Traceback (most recent call last):
    ...
    ValueError: give either names (A,B) or additions to the defaults (+A,+B), not both: 'quotes,+attitudes'
    """
    if not value:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    added = [name[1:].strip() for name in names if name.startswith("+")]
    if not added:
        return names
    if len(added) != len(names) or not all(added):
        raise ValueError(f"give either names (A,B) or additions to the defaults (+A,+B), not both: {value!r}")
    return [*defaults, *(name for name in added if name not in defaults)]


def _tracker(args: argparse.Namespace) -> Any:
    from .builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
    from .tracker import Tracker

    try:
        detectors = name_list(getattr(args, "detectors", None), DEFAULT_DETECTORS)
        resolvers = name_list(getattr(args, "resolvers", None), DEFAULT_RESOLVERS)
    except ValueError as error:
        raise _UsageError(str(error)) from None
    return Tracker(args.model, detectors=detectors, resolvers=resolvers)


def _progress(pairs: Iterator[Any], enabled: bool) -> Iterator[Any]:
    if not enabled:
        return pairs
    from tqdm import tqdm

    return iter(tqdm(pairs, unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True))


def _run(documents: Iterator[Document], args: argparse.Namespace, several: bool) -> None:
    tracker = _tracker(args)
    items = ((doc.text, doc.info) for doc in documents)  # the text travels once
    pairs = tracker.pipe(items, batch_size=args.batch_size, n_process=args.n_process, as_tuples=True)
    show = several and not args.quiet and sys.stderr.isatty()
    write(args.format, _progress(pairs, show), sys.stdout)


def _cmd_extract(args: argparse.Namespace) -> int:
    _check_paths(args.files)
    # several documents, or maybe several: JSONL files and standard input
    several = len(args.files) > 1 or args.jsonl or any(p == "-" or _is_jsonl(p) for p in args.files)
    _run(read_inputs(args.files, jsonl=args.jsonl), args, several)
    return 0


def demo_text() -> str:
    """The bundled seed article, read from the installed package.

    >>> demo_text().splitlines()[0][:15]
    'China and Japan'
    """
    return resources.files("quotrack").joinpath("data").joinpath(DEMO_NAME).read_text(encoding="utf-8")


def _cmd_demo(args: argparse.Namespace) -> int:
    _run(iter([Document.of(DEMO_NAME, demo_text())]), args, several=False)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import explain, read_gold, score

    _check_paths([args.gold])
    if args.gold == "-":
        raise _UsageError("the gold file must be a path, not standard input")
    docs = read_gold(args.gold)
    tracker = _tracker(args)
    results = list(tracker.pipe((d.text for d in docs), batch_size=args.batch_size, n_process=args.n_process))
    scores = score(docs, results, kinds=args.kinds)
    if args.format == "json":
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(scores.table())
    if args.explain:
        print("\nmistakes (why: the rules and resolver steps behind each prediction)")
        for line in explain(docs, results, kinds=args.kinds):
            print(line)
    return 0


def _first_line(obj: Any) -> str:
    doc = (getattr(obj, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else ""


def _cmd_detectors(args: argparse.Namespace) -> int:
    from . import registry
    from .builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS

    sections = (
        ("detectors", registry.detector_names(), registry.detector_registry, DEFAULT_DETECTORS),
        ("resolvers", registry.resolver_names(), registry.resolver_registry, DEFAULT_RESOLVERS),
    )
    for number, (title, names, table, defaults) in enumerate(sections):
        print(("\n" if number else "") + f"{title} (* = run by default)")
        width = max((len(name) for name in names), default=0)
        for name in names:
            star = "*" if name in defaults else " "
            print(f"  {star} {name:<{width}}  {_first_line(table.get(name))}".rstrip())
    return 0


# -- the ledger commands ------------------------------------------------------


def _ledger_lines(path: str) -> Iterator[tuple[Any, str]]:
    """``(record, "file:line")`` for each JSONL line of ``path`` (``-``: standard input).

    A line that is not a JSON object comes as an :class:`InputFormatError` in
    place of the record, so that the ledger fails or skips it in its turn.
    """
    source = "<stdin>" if path == "-" else path
    handle = _stdin() if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{source}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield InputFormatError(f"not valid JSON ({error.msg})"), where
                continue
            if not isinstance(data, dict):
                yield InputFormatError("a record must be a JSON object"), where
                continue
            yield data, where
    except UnicodeDecodeError as error:
        yield InputFormatError(f"not UTF-8 text ({error.reason} at byte {error.start})"), source
    finally:
        if path != "-":
            handle.close()


def _text_record(path: str) -> dict[str, Any] | Exception:
    """A text file as one record, its id the file name; an unreadable one as the error."""
    try:
        return {"id": os.path.basename(path), "text": "".join(d.text for d in _read_file(path, False))}
    except InputFormatError as error:
        return error


def _ledger_records(paths: Sequence[str], outlet: str | None) -> Iterator[tuple[Any, str]]:
    """The records of ``paths`` for :meth:`Ledger.ingest` with ``as_tuples=True``.

    A text file is one record, its id the file name; a JSONL file (or ``-``)
    one a line.  ``date`` stands for ``published`` where that is missing, and
    ``outlet`` fills in records that name none.
    """
    for path in paths:
        if path == "-" or _is_jsonl(path):
            pairs: Iterable[tuple[Any, str]] = _ledger_lines(path)
        else:
            pairs = [(_text_record(path), path)]
        for record, where in pairs:
            if isinstance(record, dict):
                if record.get("published") is None and record.get("date") is not None:
                    record = {**record, "published": record["date"]}
                if outlet is not None and not record.get("outlet"):
                    record = {**record, "outlet": outlet}
            yield record, where


def _open_ledger(args: argparse.Namespace) -> Any:
    return Ledger(args.db, progress=not getattr(args, "quiet", True) and sys.stderr.isatty())


def _cmd_ingest(args: argparse.Namespace) -> int:
    import time

    _check_paths(args.files)
    names = [os.path.basename(p) for p in args.files if p != "-" and not _is_jsonl(p)]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise _UsageError(f"two text files share the name {twice[0]!r}, which is their id in the ledger")
    custom = args.model or args.detectors or args.resolvers
    started = time.perf_counter()
    places: dict[str, str] = {}  # where each record is, by id, to name it in errors

    def noted(pairs: Iterator[tuple[Any, str]]) -> Iterator[tuple[Any, str]]:
        for record, where in pairs:
            if isinstance(record, dict) and isinstance(record.get("id"), (str, int)):
                places[str(record["id"])] = where
            yield record, where

    def place(record: str, message: str) -> str:
        where = places.get(record, record)
        head = where if where == record else f"{where}: record {record!r}"
        return f"{head}: {message}"

    with _open_ledger(args) as ledger:
        try:
            report = ledger.ingest(
                noted(_ledger_records(args.files, args.outlet)),
                tracker=_tracker(args) if custom else None,
                batch_size=args.batch_size,
                n_process=args.n_process,
                on_error="skip" if args.skip_bad else "raise",
                as_tuples=True,
            )
        except RecordError as error:
            raise _UsageError(place(error.record, error.message)) from None
        url = ledger.url
    for failure in report.errors:
        print(place(failure.record, failure.message), file=sys.stderr)
    seconds = time.perf_counter() - started
    total = report.added + report.replaced + report.unchanged
    skipped = (
        f", skipped {report.failed} bad record{'s' if report.failed != 1 else ''}" if args.skip_bad else ""
    )
    print(
        f"{total} document{'s' if total != 1 else ''} in {url}: {report.added} added, "
        f"{report.replaced} replaced, {report.unchanged} unchanged{skipped} ({seconds:.1f} s)"
    )
    return 0


def _show(records: Sequence[Any], kind: type, fmt: str) -> int:
    write_records(records, fmt, sys.stdout, kind=kind, width=table_width(sys.stdout))
    return 0


def _cmd_speakers(args: argparse.Namespace) -> int:
    with _open_ledger(args) as ledger:
        return _show(ledger.speakers(limit=args.limit), SpeakerRecord, args.format)


def _cmd_quotes(args: argparse.Namespace) -> int:
    with _open_ledger(args) as ledger:
        quotes = ledger.quotes(
            speaker=_speaker_key(args.speaker) if args.speaker else None,
            outlet=args.outlet,
            document=args.document,
            since=args.since,
            until=args.until,
            contains=args.contains,
            kind=args.kind,
            limit=args.limit,
        )
        return _show(quotes, QuoteRecord, args.format)


def _cmd_echoes(args: argparse.Namespace) -> int:
    with _open_ledger(args) as ledger:
        return _show(ledger.echoes(min_documents=args.min_documents), Echo, args.format)


def _speaker_key(value: str) -> str | int:
    """A speaker named on the command line: its id when all digits, else a name."""
    return int(value) if value.strip().isdigit() else value


def _cmd_people(args: argparse.Namespace) -> int:
    with _open_ledger(args) as ledger:
        if args.action == "merge":
            speaker = ledger.merge(_speaker_key(args.a), _speaker_key(args.b))
            print(
                f"merged {args.b!r} into {speaker.name!r}: "
                f"now {speaker.quotes} quotes in {speaker.documents} documents"
            )
        else:
            if not args.names and not args.documents:
                raise _UsageError("say what to split off: --names NAME,... and/or --documents ID,...")
            speaker = ledger.split(
                _speaker_key(args.speaker),
                names=_list(args.names),
                documents=_list(args.documents),
                name=args.name,
            )
            print(
                f"split {speaker.name!r} off {args.speaker!r}: "
                f"{speaker.quotes} quotes in {speaker.documents} documents"
            )
        _show([speaker], SpeakerRecord, "table")
    return 0


def _list(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _cmd_report(args: argparse.Namespace) -> int:
    with _open_ledger(args) as ledger:
        write_report(ledger, args.output, title=args.title, top=args.top)
    print(f"wrote {args.output}")
    return 0


# -- the parser ---------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: ``prog: error: message``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _kinds(value: str) -> list[Kind]:
    try:
        return [Kind(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError:
        choices = ", ".join(kind.value for kind in Kind)
        raise argparse.ArgumentTypeError(
            f"kinds are a comma-separated list of {choices}: {value!r}"
        ) from None


def _pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline name or path (default: an installed en_core_web_*)"
    )
    parser.add_argument(
        "--detectors",
        metavar="A,B",
        help="detectors to run, comma-separated; +A,+B adds to the defaults (--detectors +attitudes)",
    )
    parser.add_argument(
        "--resolvers", metavar="A,B", help="resolvers to run, comma-separated; +A adds to the defaults"
    )
    parser.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="texts per batch (32)")
    parser.add_argument("--n-process", type=_positive, default=1, metavar="N", help="worker processes (1)")


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="table",
        metavar="FORMAT",
        help=f"{', '.join(FORMATS[:-1])} or {FORMATS[-1]}",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotrack`` command."""
    from . import __version__

    parser = _Parser(prog="quotrack", description="Who said what, according to whom, in news text.")
    parser.add_argument("--version", action="version", version=f"quotrack {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, required=True)

    extract = commands.add_parser(
        "extract",
        help="find the attributions in text or JSONL files",
        description='Find the attributions in text files, JSONL files ({"id": ..., "text": ...} '
        "a line; other keys are passed through) or standard input (-).",
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="a .txt or .jsonl file, or - for stdin")
    extract.add_argument("--jsonl", action="store_true", help="read every input as JSONL")
    _output_options(extract)
    _pipeline_options(extract)
    extract.set_defaults(handler=_cmd_extract)

    demo = commands.add_parser(
        "demo",
        help="run on the bundled example article",
        description=("Run quotrack on the news article bundled with the package."),
    )
    _output_options(demo)
    _pipeline_options(demo)
    demo.set_defaults(handler=_cmd_demo)

    evaluate = commands.add_parser(
        "evaluate",
        help="score against a gold JSONL file",
        description="Score quotrack against a gold "
        "standard (JSONL, see the evaluation docs) and print the scores.",
    )
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="the gold standard")
    evaluate.add_argument("--kinds", type=_kinds, metavar="K,K", help="only these kinds, e.g. direct,mixed")
    evaluate.add_argument(
        "-f", "--format", choices=("table", "json"), default="table", metavar="FORMAT", help="table or json"
    )
    evaluate.add_argument(
        "--explain",
        action="store_true",
        help="after the scores, list each mistake with the rules and resolver steps behind it",
    )
    _pipeline_options(evaluate)
    evaluate.set_defaults(handler=_cmd_evaluate)

    detectors = commands.add_parser(
        "detectors",
        help="list the registered detectors and resolvers",
        description=("List the registered detectors and resolvers, those of installed plugins included."),
    )
    detectors.set_defaults(handler=_cmd_detectors)
    _ledger_parsers(commands)
    return parser


def _ledger_options(parser: argparse.ArgumentParser, fmt: bool = True) -> None:
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


def _iso_date(value: str) -> str:
    try:
        parse_date(value)
    except RecordError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None
    return value


def _ledger_parsers(commands: Any) -> None:
    """The ledger's commands: ingest, speakers, quotes, echoes, people, report."""
    ingest = commands.add_parser(
        "ingest",
        help="extract the attributions of documents and store them in a ledger",
        description="Extract the attributions of text files (the id is the file name) and JSONL files "
        '({"id", "text", optional "outlet", "published" (or "date"), "url", "title"} a line, or - for '
        "stdin) and store them in a ledger.  A document already stored unchanged is skipped; a changed "
        "one is replaced.  A bad record stops the ingest (exit 2) after the records before it are stored.",
    )
    ingest.add_argument("files", nargs="+", metavar="FILE", help="a .txt or .jsonl file, or - for stdin")
    _ledger_options(ingest, fmt=False)
    ingest.add_argument("--outlet", metavar="NAME", help="the outlet of records that name none")
    ingest.add_argument("--skip-bad", action="store_true", help="skip bad records, report how many")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _pipeline_options(ingest)
    ingest.set_defaults(handler=_cmd_ingest)

    speakers = commands.add_parser(
        "speakers",
        help="the speakers in a ledger, most quoted first",
        description="List the speakers "
        "of a ledger across its documents, most quoted first, with the ids that `people` takes.",
    )
    _ledger_options(speakers)
    speakers.add_argument("--limit", type=_positive, metavar="N", help="only the first N")
    speakers.set_defaults(handler=_cmd_speakers)

    quotes = commands.add_parser(
        "quotes",
        help="the quotes in a ledger, in date order",
        description="List the quotes of a ledger in "
        "date order, filtered by speaker, outlet, document, dates, kind or words.",
    )
    _ledger_options(quotes)
    quotes.add_argument("--speaker", metavar="NAME", help="a speaker's name (any spelling) or id")
    quotes.add_argument("--outlet", metavar="O", help="only this outlet")
    quotes.add_argument("--document", metavar="ID", help="only this document")
    quotes.add_argument("--since", type=_iso_date, metavar="DATE", help="published on or after DATE")
    quotes.add_argument("--until", type=_iso_date, metavar="DATE", help="published on or before DATE")
    quotes.add_argument("--contains", metavar="TEXT", help="the quote contains TEXT (any case)")
    quotes.add_argument("--kind", choices=[k.value for k in Kind], help="direct, mixed or indirect")
    quotes.add_argument("--limit", type=_positive, metavar="N", help="only the first N")
    quotes.set_defaults(handler=_cmd_quotes)

    echoes = commands.add_parser(
        "echoes",
        help="quoted words carried by several documents",
        description="List the echoes of a "
        "ledger: the same quoted words in several documents, their first appearance and the variants.",
    )
    _ledger_options(echoes)
    echoes.add_argument(
        "--min-documents", type=_positive, default=2, metavar="N", help="in at least N documents (2)"
    )
    echoes.set_defaults(handler=_cmd_echoes)

    people = commands.add_parser(
        "people",
        help="merge or split speakers by hand",
        description="Merge two speakers that are one "
        "person, or split a speaker that is two.  The decision is kept when documents are ingested again.",
    )
    actions = people.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    merge = actions.add_parser(
        "merge", help="B is the same person as A", description="Merge speaker B into A."
    )
    merge.add_argument("a", metavar="A", help="the speaker to keep (name or id)")
    merge.add_argument("b", metavar="B", help="the speaker that joins it (name or id)")
    _ledger_options(merge, fmt=False)
    split = actions.add_parser(
        "split",
        help="part of a speaker is another person",
        description="Move the mentions of SPEAKER "
        "under some spellings and/or in some documents to a new person.",
    )
    split.add_argument("speaker", metavar="SPEAKER", help="the speaker to split (name or id)")
    split.add_argument("--names", metavar="A,B", help="the spellings that belong to the other person")
    split.add_argument("--documents", metavar="ID,ID", help="the documents where the other person is meant")
    split.add_argument("--name", metavar="NAME", help="the new person's name (default: the first spelling)")
    _ledger_options(split, fmt=False)
    people.set_defaults(handler=_cmd_people)

    report = commands.add_parser(
        "report",
        help="a self-contained HTML report of a ledger",
        description="Write one HTML page that works "
        "offline: who is quoted most and by which outlets, quotes over time, the kinds of quote per "
        "outlet and the echoes.",
    )
    _ledger_options(report, fmt=False)
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    report.add_argument("--title", default="Who said what: the ledger", help="the page title")
    report.add_argument("--top", type=_positive, default=10, metavar="N", help="speakers in the charts (10)")
    report.set_defaults(handler=_cmd_report)


def _fail(prog: str, message: str, code: int) -> int:
    lines = str(message).strip().splitlines() or ["unknown error"]
    print(f"{prog}: error: {lines[0]}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quotrack`` command with ``argv`` (default: ``sys.argv[1:]``); the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    prog = " ".join(["quotrack", args.command, *([args.action] if getattr(args, "action", None) else [])])
    try:
        return int(args.handler(args))
    except _UsageError as error:
        return _fail(prog, str(error), 2)
    except QuotrackError as error:
        return _fail(prog, str(error), 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (``quotrack extract ... | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
