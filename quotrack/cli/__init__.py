"""The ``quotrack`` command: one module per command group.

- :mod:`~quotrack.cli.articles`: ``extract``, ``demo``, ``evaluate``, ``detectors``;
- :mod:`~quotrack.cli.ledger`: ``ingest``, ``speakers``, ``quotes``, ``echoes``, ``report``;
- :mod:`~quotrack.cli.people`: ``people merge`` and ``people split``.

Every command reads its documents with :func:`quotrack.reading.read_documents`.

>>> main(["extract", "--help"])  # doctest: +ELLIPSIS
usage: quotrack extract [-h] ...
0

Exit status: 0 on success, 1 on a quotrack error (a pipeline that is not
installed, a malformed gold file, ...), 2 on a bad command line, a file that
cannot be read or a bad input record (the other records are still read); each
error is one line on stderr.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence

from ..errors import QuotrackError
from ..version import __version__
from . import articles, ledger, people
from .articles import DEMO_NAME, demo_text
from .common import Parser, UsageError, name_list

__all__ = ["DEMO_NAME", "build_parser", "demo_text", "main", "name_list"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotrack`` command."""
    parser = Parser(prog="quotrack", description="Who said what, according to whom, in news text.")
    parser.add_argument("--version", action="version", version=f"quotrack {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser, required=True)
    for group in (articles, ledger, people):
        group.add_parsers(commands)
    return parser


def _fail(prog: str, message: str, code: int) -> int:
    lines = str(message).strip().splitlines() or ["unknown error"]
    print(f"{prog}: error: {lines[0]}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quotrack`` command with ``argv`` (default: ``sys.argv[1:]``); the exit status."""
    for stream in (sys.stdout, sys.stderr):  # a lone surrogate of a text prints as \ud800, valid JSON
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    prog = " ".join(["quotrack", args.command, *([args.action] if getattr(args, "action", None) else [])])
    try:
        return int(args.handler(args))
    except UsageError as error:
        return _fail(prog, str(error), 2)
    except QuotrackError as error:
        return _fail(prog, str(error), 1)
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``quotrack extract ... | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
