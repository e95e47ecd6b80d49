"""The ``people`` commands: merge two speakers that are one person, split one that is two.

>>> from quotrack.cli import main
>>> main(["people", "merge", "--help"])  # doctest: +ELLIPSIS
usage: quotrack people merge [-h] ...
0
"""

from __future__ import annotations

import argparse
from typing import Any

from ..ledger.records import SpeakerRecord
from ..terminal import counted
from .common import Parser, UsageError
from .ledger import add_ledger_options, open_ledger, show, speaker_key

__all__ = ["add_parsers"]


def _list(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _cmd_people(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        if args.action == "merge":
            speaker = ledger.merge(speaker_key(args.a), speaker_key(args.b))
            print(
                f"merged {args.b!r} into {speaker.name!r}: "
                f"now {counted(speaker.quotes, 'quote')} in {counted(speaker.documents, 'document')}"
            )
        else:
            if not args.names and not args.documents:
                raise UsageError("say what to split off: --names NAME,... and/or --documents ID,...")
            speaker = ledger.split(
                speaker_key(args.speaker),
                names=_list(args.names),
                documents=_list(args.documents),
                name=args.name,
            )
            print(
                f"split {speaker.name!r} off {args.speaker!r}: "
                f"{counted(speaker.quotes, 'quote')} in {counted(speaker.documents, 'document')}"
            )
        show([speaker], SpeakerRecord, "table")
    return 0


def add_parsers(commands: Any) -> None:
    """``people merge`` and ``people split``, added to the ``quotrack`` command's subparsers."""
    people = commands.add_parser(
        "people",
        help="merge or split speakers by hand",
        description="Merge two speakers that are one "
        "person, or split a speaker that is two.  The decision is kept when documents are ingested again.",
    )
    actions = people.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    merge = actions.add_parser(
        "merge", help="B is the same person as A", description="Merge speaker B into A."
    )
    merge.add_argument("a", metavar="A", help="the speaker to keep (name or id)")
    merge.add_argument("b", metavar="B", help="the speaker that joins it (name or id)")
    add_ledger_options(merge, fmt=False)
    split = actions.add_parser(
        "split",
        help="part of a speaker is another person",
        description="Move the mentions of SPEAKER "
        "under some spellings and/or in some documents to a new person.",
    )
    split.add_argument("speaker", metavar="SPEAKER", help="the speaker to split (name or id)")
    split.add_argument("--names", metavar="A,B", help="the spellings that belong to the other person")
    split.add_argument("--documents", metavar="ID,ID", help="the documents where the other person is meant")
    split.add_argument(
        "--name",
        metavar="NAME",
        help="the new person's name (default: the first spelling, numbered if taken)",
    )
    add_ledger_options(split, fmt=False)
    people.set_defaults(handler=_cmd_people)
