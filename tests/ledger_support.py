"""Results built by hand for ledger tests, where parsing is not the point."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quotrack.model import Attribution, Kind, Result, Speaker, SpeakerKind, TextSpan
from quotrack.speakers import speaker_table

if TYPE_CHECKING:
    from quotrack import Ledger

SUPPORT = Path(__file__)


def make_result(text: str, quotes: Sequence[tuple[str, ...] | tuple[str, str | None, str]]) -> Result:
    """A Result of ``text`` with one attribution per ``(content, speaker, kind[, speaker kind])``.

    The content and the speaker's name are found in ``text`` (the speaker's
    first occurrence is its mention); a None speaker gives no speaker.

    >>> r = make_result('"We will win," said Ann Lee.', [("We will win", "Ann Lee", "direct")])
    >>> r.attributions[0].speaker.name, [e.name for e in r.speakers]
    ('Ann Lee', ['Ann Lee'])
    """
    attributions = []
    for quote in quotes:
        content, name, kind = quote[0], quote[1], quote[2]
        speaker_kind = quote[3] if len(quote) > 3 else SpeakerKind.PERSON.value
        start = text.index(content)
        speaker = None
        if name is not None:
            at = text.find(name)
            mention = TextSpan.of(text, at, at + len(name)) if at >= 0 else None
            speaker = Speaker(name, mention, speaker_kind)
        cue_at = text.find("said")
        cue = TextSpan.of(text, cue_at, cue_at + 4) if cue_at >= 0 else None
        attributions.append(
            Attribution(
                kind=Kind(kind),
                content=TextSpan.of(text, start, start + len(content)),
                detector="hand",
                speaker=speaker,
                cue=cue,
            )
        )
    attributions.sort(key=lambda a: a.sort_key)
    return Result(text, attributions, speaker_table(attributions))


def synthetic(n: int, *, prefix: str = "d") -> tuple[str, Result]:
    """Document ``n`` of a synthetic corpus: one of a few people says a numbered sentence."""
    people = ["Ann Lee", "Omar Haddad", "Jürgen Müller", "Mei Chen"]
    name = people[n % len(people)]
    text = f'"Figure {n} of the plan is ready for the council," said {name}.'
    return f"{prefix}{n}", make_result(
        text, [(f"Figure {n} of the plan is ready for the council", name, "direct")]
    )


def add(ledger: Ledger, doc_id: str, text: str, quotes: list[tuple[str, ...]], **facts: str) -> str:
    """Add a Result made by :func:`make_result` to ``ledger`` under ``doc_id`` with these facts."""
    return ledger.add(make_result(text, quotes), id=doc_id, **facts)  # type: ignore[arg-type]


def whole(ledger: Ledger) -> None:
    """Every stored document has exactly the attributions it says it has."""
    for document in ledger.documents():
        assert len(ledger.quotes(document=document.id)) == document.attributions, document.id


def add_many(url: str, start: int, count: int, go: str | None = None) -> None:
    """Add synthetic documents ``start`` .. ``start + count - 1`` to the ledger at ``url``, one by one.

    With ``go``, say ``ready`` and wait until that file exists, so that several writers start at once.
    """
    import time
    from pathlib import Path

    from quotrack import Ledger

    with Ledger(url, progress=False) as ledger:
        if go is not None:
            print("ready", flush=True)
            while not Path(go).exists():
                time.sleep(0.01)
        for n in range(start, start + count):
            doc_id, result = synthetic(n)
            ledger.add(result, id=doc_id, outlet=f"Outlet {n % 3}", published=f"2026-01-{1 + n % 28:02d}")
            print(n, flush=True)


def writer_process(url: str, start: int, count: int, go: Path | None = None) -> subprocess.Popen[str]:
    """This file run as another process: :func:`add_many` (with ``go``, once that file exists)."""
    env = {**os.environ, "PYTHONPATH": str(SUPPORT.parent.parent)}
    return subprocess.Popen(
        [sys.executable, str(SUPPORT), url, str(start), str(count), *([str(go)] if go else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def open_together(urls: Sequence[str], start: int, count: int) -> None:
    """Say ``ready``; for each of ``urls``: wait for a stdin line, open that ledger, add, say ``done``.

    Several of these, each sent a line at the same moment, open (and so set up) a new ledger at once.
    """
    from quotrack import Ledger

    print("ready", flush=True)
    for url in urls:
        if not sys.stdin.readline():
            return
        with Ledger(url, progress=False) as ledger:
            for n in range(start, start + count):
                doc_id, result = synthetic(n)
                ledger.add(result, id=doc_id, outlet=f"Outlet {n % 3}")
        print("done", flush=True)


def together_process(urls: Sequence[str], start: int, count: int) -> subprocess.Popen[str]:
    """This file run as another process: :func:`open_together`, told when by its stdin."""
    env = {**os.environ, "PYTHONPATH": str(SUPPORT.parent.parent)}
    return subprocess.Popen(
        [sys.executable, str(SUPPORT), "--together", str(start), str(count), *urls],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


if __name__ == "__main__":  # a writer process for the concurrency tests
    if sys.argv[1] == "--together":
        open_together(sys.argv[4:], int(sys.argv[2]), int(sys.argv[3]))
    else:
        add_many(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
