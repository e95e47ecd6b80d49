"""The article commands: ``extract``, ``demo``, ``evaluate`` and ``detectors``.

>>> from quotrack.cli import main
>>> main(["extract", "--help"])  # doctest: +ELLIPSIS
usage: quotrack extract [-h] ...
0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from importlib import resources
from typing import Any

from .. import registry
from ..builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
from ..errors import QuotrackError, RecordError, RegistryError
from ..evaluation.calibration import fit
from ..evaluation.gold import read_gold
from ..evaluation.scores import explain, score
from ..formats import DocumentInfo, write
from ..reading import Document, ReadReport, check_paths
from ..terminal import one_line
from .common import (
    UsageError,
    add_min_confidence_option,
    add_output_options,
    add_pipeline_options,
    kinds,
    progress,
    read_inputs,
    report_bad_records,
    tracker_of,
)

__all__ = ["DEMO_NAME", "add_parsers", "demo_text"]

DEMO_NAME = "china-japan-talks.txt"
"""The seed article bundled in ``quotrack/data`` that ``quotrack demo`` reads."""


def demo_text() -> str:
    """The bundled seed article, read from the installed package.

    >>> demo_text().splitlines()[0][:15]
    'China and Japan'
    """
    return resources.files("quotrack").joinpath("data").joinpath(DEMO_NAME).read_text(encoding="utf-8")


def _info(document: Document) -> DocumentInfo:
    return DocumentInfo(id=document.id, extra=document.facts())


def _run(
    documents: Iterator[Document], args: argparse.Namespace, several: bool, errors: list[QuotrackError]
) -> None:
    """Extract and write each document; one that a detector or resolver fails on is written not
    at all but added to ``errors``, named by where it was read, and the others go on."""
    tracker = tracker_of(args)

    def failed(item: tuple[str, Document], error: QuotrackError) -> None:
        document = item[1]
        where = f"{document.source} ({document.id})" if document.source else document.id
        errors.append(RecordError(where, str(error)))

    items = ((doc.text, doc) for doc in documents)
    done = tracker.pipe(
        items, batch_size=args.batch_size, n_process=args.n_process, as_tuples=True, on_error=failed
    )
    pairs = ((result, _info(document)) for result, document in done)
    show = several and not args.quiet and sys.stderr.isatty()
    write(args.format, progress(pairs, show), sys.stdout, wide=args.wide)


def _cmd_extract(args: argparse.Namespace) -> int:
    errors: list[QuotrackError] = []
    skipped = ReadReport()
    documents = read_inputs(args.files, errors, jsonl=args.jsonl, report=skipped)
    # several documents, or maybe several: a folder, JSONL files and standard input
    several = len(args.files) > 1 or args.jsonl or any(not p.lower().endswith(".txt") for p in args.files)
    _run(documents, args, several, errors)
    return report_bad_records(errors, "quotrack extract", skipped)


def _cmd_demo(args: argparse.Namespace) -> int:
    errors: list[QuotrackError] = []
    _run(iter([Document(id=DEMO_NAME, text=demo_text())]), args, several=False, errors=errors)
    return report_bad_records(errors, "quotrack demo")


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.gold == "-":
        raise UsageError("the gold file must be a path, not standard input")
    try:
        check_paths([args.gold])
    except OSError as error:
        raise UsageError(str(error)) from None
    docs = read_gold(args.gold)
    tracker = tracker_of(args)
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


def _cmd_calibrate(args: argparse.Namespace) -> int:
    for path in args.gold:
        if path == "-":
            raise UsageError("a gold file must be a path, not standard input")
    try:
        check_paths(args.gold)
    except OSError as error:
        raise UsageError(str(error)) from None
    folder = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {args.output}: no folder {folder} to write in")  # before the fit
    model = fit(args.gold, tracker_of(args), batch_size=args.batch_size)
    model.save(args.output)
    meta = model.meta
    size = f"{meta.get('attributions', '?')} attributions in {meta.get('documents', '?')} documents"
    chosen = ", ".join(f"{name} {value}" for name, value in model.settings.items() if name != "all")
    print(
        f"wrote {args.output}: {len(model.weights)} weights from {size}; settings: {chosen or 'none'}; "
        f"use it with --confidence {args.output} or Tracker(confidence={args.output!r})"
    )
    return 0


def _first_line(obj: Any) -> str:
    doc = (getattr(obj, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else ""


def _cmd_detectors(args: argparse.Namespace) -> int:
    sections = (
        ("detectors", registry.detector_names(), registry.detector_class, DEFAULT_DETECTORS),
        ("resolvers", registry.resolver_names(), registry.resolver_class, DEFAULT_RESOLVERS),
    )
    for number, (title, names, find, defaults) in enumerate(sections):
        print(("\n" if number else "") + f"{title} (* = run by default)")
        width = max((len(name) for name in names), default=0)
        for name in names:
            star = "*" if name in defaults else " "
            try:
                about = _first_line(find(name))  # (the class a Tracker would run under the name)
            except RegistryError as error:  # a plugin that cannot be imported: listed, not fatal
                about = f"(cannot be used: {one_line(str(error))})"
            print(f"  {star} {name:<{width}}  {about}".rstrip())
    return 0


def add_parsers(commands: Any) -> None:
    """The article commands, added to the ``quotrack`` command's subparsers."""
    extract = commands.add_parser(
        "extract",
        help="find the attributions in text, JSONL, HTML, web-archive or feed files",
        description='Find the attributions in text files, JSONL files ({"id": ..., "text": ...} '
        "a line; other keys are passed through), HTML pages (.html, .htm), web archives (.warc, "
        ".warc.gz), RSS and Atom feeds, folders (read recursively) or standard input (-).  "
        "A bad record is reported on standard error and the others are still read (exit 2).",
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="a .txt, .jsonl, .html, .warc(.gz) or feed file, a folder, or - for stdin",
    )
    extract.add_argument("--jsonl", action="store_true", help="read every input as JSONL")
    add_min_confidence_option(extract)
    add_output_options(extract)
    add_pipeline_options(extract)
    extract.set_defaults(handler=_cmd_extract)

    demo = commands.add_parser(
        "demo",
        help="run on the bundled example article",
        description=("Run quotrack on the news article bundled with the package."),
    )
    add_min_confidence_option(demo)
    add_output_options(demo)
    add_pipeline_options(demo)
    demo.set_defaults(handler=_cmd_demo)

    evaluate = commands.add_parser(
        "evaluate",
        help="score against a gold JSONL file",
        description="Score quotrack against a gold "
        "standard (JSONL, see the evaluation docs) and print the scores.",
    )
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="the gold standard")
    evaluate.add_argument("--kinds", type=kinds, metavar="K,K", help="only these kinds, e.g. direct,mixed")
    evaluate.add_argument(
        "-f", "--format", choices=("table", "json"), default="table", metavar="FORMAT", help="table or json"
    )
    evaluate.add_argument(
        "--explain",
        action="store_true",
        help="after the scores, list each mistake with the rules and resolver steps behind it",
    )
    add_pipeline_options(evaluate)
    evaluate.set_defaults(handler=_cmd_evaluate)

    calibrate = commands.add_parser(
        "calibrate",
        help="fit a confidence model on your own gold files",
        description="Fit the confidence model (a logistic regression over what quotrack knows of each "
        "attribution) on gold files in the format of `quotrack evaluate`, and write it as JSON.  Use it "
        "with --confidence FILE or Tracker(confidence=FILE).",
    )
    calibrate.add_argument("gold", nargs="+", metavar="GOLD.jsonl", help="gold standard files")
    calibrate.add_argument("-o", "--output", required=True, metavar="FILE", help="the JSON file to write")
    add_pipeline_options(calibrate)
    calibrate.set_defaults(handler=_cmd_calibrate)

    detectors = commands.add_parser(
        "detectors",
        help="list the registered detectors and resolvers",
        description=("List the registered detectors and resolvers, those of installed plugins included."),
    )
    detectors.set_defaults(handler=_cmd_detectors)
