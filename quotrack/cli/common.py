"""What every command group of the ``quotrack`` command shares: the parser class,
the usage error, the common options and the Tracker they describe.

>>> name_list("+attitudes", ("quotes", "reported"))
['quotes', 'reported', 'attitudes']
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

from ..builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
from ..confidence import ConfidenceModel
from ..errors import QuotrackError
from ..formats import FORMATS
from ..model import Kind
from ..reading import Document, ReadReport, UnreadableInputError, check_paths, read_documents
from ..tracker import Tracker

__all__ = [
    "Parser",
    "UsageError",
    "add_min_confidence_option",
    "add_output_options",
    "add_pipeline_options",
    "custom_tracker",
    "fraction",
    "kinds",
    "name_list",
    "positive",
    "progress",
    "read_inputs",
    "report_bad_records",
    "report_skips",
    "tracker_of",
]


class UsageError(Exception):
    """A command-line mistake found after parsing (an unreadable file): exit 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line: ``prog: error: message``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def positive(value: str) -> int:
    """A whole number of at least 1, for an option.

    >>> positive("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be at least 1, got 0
    """
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def kinds(value: str) -> list[Kind]:
    """The kinds of a ``--kinds direct,mixed`` option."""
    try:
        return [Kind(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError:
        choices = ", ".join(kind.value for kind in Kind)
        raise argparse.ArgumentTypeError(
            f"kinds are a comma-separated list of {choices}: {value!r}"
        ) from None


def name_list(value: str | None, defaults: Sequence[str]) -> list[str] | None:
    """The names an option such as ``--detectors`` gives: ``A,B`` replaces the
    defaults, ``+A,+B`` adds to them; None when the option is not given.

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


def _settings() -> dict[str, float]:
    """The named thresholds of the bundled confidence model (``all``, ``complete``, ``precise``),
    read when a parser is built or an option parsed, not when the CLI is imported."""
    return ConfidenceModel.default().settings


def tracker_of(args: argparse.Namespace) -> Tracker:
    """The Tracker that the pipeline options of ``args`` describe."""
    try:
        detectors = name_list(getattr(args, "detectors", None), DEFAULT_DETECTORS)
        resolvers = name_list(getattr(args, "resolvers", None), DEFAULT_RESOLVERS)
    except ValueError as error:
        raise UsageError(str(error)) from None
    return Tracker(
        args.model,
        detectors=detectors,
        resolvers=resolvers,
        confidence=getattr(args, "confidence", None),
        min_confidence=getattr(args, "min_confidence", "all"),
        clean=not getattr(args, "no_clean", False),
    )


def custom_tracker(args: argparse.Namespace) -> Tracker | None:
    """The Tracker of ``args`` when a pipeline option asks for one of its own, else None
    (the ledger's default Tracker, built once)."""
    options = ("model", "detectors", "resolvers", "confidence", "no_clean")
    return tracker_of(args) if any(getattr(args, name, None) for name in options) else None


def fraction(value: str) -> float | str:
    """A number in [0, 1], or the name of a confidence setting, for ``--min-confidence``.

    >>> fraction("0.8"), fraction("1"), fraction("precise")
    (0.8, 1.0, 'precise')
    >>> fraction("80")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: not a number from 0 to 1 nor one of all, complete, precise: '80'
    """
    names = sorted(_settings())
    if value in names:
        return value
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"not a number from 0 to 1 nor one of {', '.join(names)}: {value!r}")
    return number


def add_min_confidence_option(
    parser: argparse.ArgumentParser, what: str = "keep", default: float | str = "all"
) -> None:
    """--min-confidence X: ``what`` (keep, count, list) only attributions of confidence X or more."""
    settings = _settings()
    parser.add_argument(
        "--min-confidence",
        type=fraction,
        default=default,
        metavar="X",
        help=(
            f"{what} only attributions with a confidence of at least X: a number from 0 to 1, or "
            f"a setting of the confidence model: all (0), complete or precise (the bundled model's "
            f"{settings['complete']} and {settings['precise']}); "
            f"default: {default}"
        ),
    )


def progress(items: Iterator[Any], enabled: bool, unit: str = "doc") -> Iterator[Any]:
    """``items`` behind a progress bar on standard error when ``enabled``."""
    if not enabled:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True))


def read_inputs(
    paths: Sequence[str],
    errors: list[QuotrackError],
    *,
    jsonl: bool = False,
    report: ReadReport | None = None,
) -> Iterator[Document]:
    """The documents of ``paths`` (:func:`quotrack.reading.read_documents`); bad records
    go to ``errors``, skips to ``report``; a path that cannot be read at all is a :class:`UsageError`."""
    try:
        check_paths(paths)
    except UnreadableInputError as error:
        raise UsageError(str(error)) from None
    return read_documents(paths, jsonl=jsonl, errors=errors, report=report)


def report_skips(report: ReadReport | None, prog: str) -> None:
    """Print on standard error the skips worth naming (a page with no article text, a feed
    entry whose page must be fetched), then how many were skipped and why."""
    if report is None or not report.skips:
        return
    for skip in report.listed:
        print(f"{prog}: note: {skip}", file=sys.stderr)
    print(f"{prog}: {report.summary()}", file=sys.stderr)


def report_bad_records(errors: Sequence[QuotrackError], prog: str, report: ReadReport | None = None) -> int:
    """Print the skips of ``report`` and each bad record on standard error; the exit
    status: 2 if any record was bad, else 0 (skips are not errors)."""
    report_skips(report, prog)
    for error in errors:
        print(f"{prog}: error: {error}", file=sys.stderr)
    return 2 if errors else 0


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """--model, --detectors, --resolvers, --confidence, --no-clean, --batch-size, --n-process."""
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
    parser.add_argument(
        "--confidence",
        metavar="FILE",
        help="a confidence model fitted by `quotrack calibrate` (default: the bundled one)",
    )
    parser.add_argument(
        "--no-clean",
        action="store_true",
        help="read each text as given (default: HTML tags and entities, invisible characters and "
        "mojibake are cleaned away first; spans still index the text as given)",
    )
    parser.add_argument("--batch-size", type=positive, default=32, metavar="N", help="texts per batch (32)")
    parser.add_argument("--n-process", type=positive, default=1, metavar="N", help="worker processes (1)")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """-f/--format, --wide and -q/--quiet."""
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="table",
        metavar="FORMAT",
        help=f"{', '.join(FORMATS[:-1])} or {FORMATS[-1]}",
    )
    parser.add_argument("--wide", action="store_true", help="cut no table cell: show names and claims whole")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
