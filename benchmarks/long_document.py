"""Time and memory of quotrack on one long article: ~100 KB, ~300 KB and ~1 MB.

    python benchmarks/long_document.py [--sizes 100000 300000 1000000] [--model NAME]
                                       [--chunk-chars N] [--batch-size N]

The articles are built from paragraphs written for this script (names,
cues and claims combined by a seeded random generator), so the figures
can be reproduced anywhere.  Each size runs in a fresh process, so its
peak resident memory is its own: the script prints, per size, the seconds
``Tracker()(text)`` took after a warm-up, the peak resident memory above
the warmed-up process (``resource.getrusage``), the cost per character
(microseconds and bytes), and the share of the time spent in quotrack's
own work after the parse (``Tracker.process`` on the parsed Doc).  Time
and memory linear in the text's length show as a flat per-character cost.
``--chunk-chars`` sets ``Tracker(chunk_chars=...)`` (the longest piece
parsed at once) and ``--batch-size`` the ``Tracker.pipe`` batch size.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
# this script imports nothing beside it: keep sibling scripts from shadowing standard modules
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

DEFAULT_SIZES = (100_000, 300_000, 1_000_000)
_WIDTHS = (10, 8, 8, 8, 10, 10, 12)

_NAMES = (
    "Maria Lopez", "Tom Becker", "Priya Natarajan", "Olu Adeyemi", "Karin Holm", "David Chen",
    "Sofia Rossi", "James O'Neill", "Hana Novak", "Luis Ortega", "Grace Mwangi", "Peter Lind",
)  # fmt: skip
_ROLES = (
    "the finance minister", "a spokeswoman for the port authority", "the union's chief negotiator",
    "the mayor of the coastal town", "a senior analyst at a Frankfurt bank", "the head of the water board",
    "an economist at the state university", "the airline's chief executive",
)  # fmt: skip
_OUTLETS = ("Reuters", "the Associated Press", "AFP", "Bloomberg", "the local broadcaster")
_CUES = ("said", "told reporters", "added", "warned", "argued", "insisted", "noted")
_CLAIMS = (
    "the budget would be balanced by next spring", "talks with the rail operators had stalled again",
    "the new bridge would open two months late", "prices for heating oil were likely to keep rising",
    "the council had not been consulted about the closure", "the harvest was the worst in a decade",
    "more inspectors would be hired before the summer", "the strike had cost the region millions",
    "the reform would not touch pensions", "the company planned to move its plant abroad",
)  # fmt: skip
_QUOTES = (
    "We are not going to accept a deal that leaves workers behind.",
    "Nobody in this town wants the factory to close, but we have to be honest about the numbers.",
    "It is too early to say what caused the fire.",
    "This is a good day for the families who waited so long.",
    "We will keep talking for as long as it takes.",
    "The figures speak for themselves, and they are not good.",
    "I have never seen the river this low in August.",
)  # fmt: skip
_NARRATIVE = (
    "The meeting at the town hall lasted more than four hours.",
    "Hundreds of people gathered outside the station on Tuesday evening.",
    "The ministry published its annual report last week.",
    "Shares in the company fell sharply after the announcement.",
    "The storm brought down power lines across the northern valleys.",
    "Negotiations are expected to resume on Monday.",
)  # fmt: skip


def _sentence(rng: random.Random) -> str:
    name, role = rng.choice(_NAMES), rng.choice(_ROLES)
    cue, claim, quote = rng.choice(_CUES), rng.choice(_CLAIMS), rng.choice(_QUOTES)
    outlet = rng.choice(_OUTLETS)
    layout = rng.randrange(8)
    if layout == 0:
        return f"{name}, {role}, {cue} that {claim}."
    if layout == 1:
        return f'"{quote[:-1]}," {name} {cue}.'
    if layout == 2:
        return f'{name} said, "{quote}"'
    if layout == 3:
        return f"According to {outlet}, {claim}."
    if layout == 4:
        return f"{claim[0].upper()}{claim[1:]}, {role} said."
    if layout == 5:
        return f'"{quote[:-1]}," said {role}. "{rng.choice(_QUOTES)}"'
    return rng.choice(_NARRATIVE)


def article(size: int, seed: int = 0) -> str:
    """A news-like article of about ``size`` characters, paragraphs of 2-5 sentences.

    >>> text = article(2_000)
    >>> 2_000 <= len(text) < 3_000 and text.count("\\n\\n") > 3
    True
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


@attrs.frozen
class Measure:
    """The figures of one run."""

    chars: int
    seconds: float
    peak_bytes: int
    process_seconds: float
    attributions: int

    @property
    def us_per_char(self) -> float:
        return self.seconds / self.chars * 1e6

    @property
    def bytes_per_char(self) -> float:
        return self.peak_bytes / self.chars


def _peak_rss() -> int:
    """Peak resident memory of this process, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure(size: int, model: str | None, chunk_chars: int | None = None, batch_size: int = 32) -> Measure:
    """Build the article and run it once, in this process."""
    from spacy.tokens import Doc

    from quotrack import Tracker

    tracker = Tracker(model) if chunk_chars is None else Tracker(model, chunk_chars=chunk_chars)
    tracker(article(20_000, seed=1))  # load the pipeline and warm up
    text = article(size)
    baseline = _peak_rss()
    started = time.perf_counter()
    (result,) = tracker.pipe([text], batch_size=batch_size)
    seconds = time.perf_counter() - started
    peak = max(0, _peak_rss() - baseline)
    # quotrack's own share: the same work on a Doc parsed beforehand
    doc = Doc.from_docs(list(tracker.nlp.pipe(text.split("\n\n"))), ensure_whitespace=False)
    started = time.perf_counter()
    tracker.process(doc)
    process_seconds = time.perf_counter() - started
    return Measure(len(text), seconds, peak, process_seconds, len(result.attributions))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--chunk-chars", type=int, default=None, help="Tracker(chunk_chars=...)")
    parser.add_argument("--batch-size", type=int, default=32, help="Tracker.pipe batch size")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # child process
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(attrs.asdict(measure(args.one, args.model, args.chunk_chars, args.batch_size))))
        return
    columns = ("chars", "seconds", "peak MB", "us/char", "bytes/char", "quotrack %", "attributions")
    print(" ".join(f"{name:>{width}}" for name, width in zip(columns, _WIDTHS, strict=True)))
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--batch-size", str(args.batch_size)]
        if args.model:
            command += ["--model", args.model]
        if args.chunk_chars:
            command += ["--chunk-chars", str(args.chunk_chars)]
        out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
        m = Measure(**json.loads(out.strip().splitlines()[-1]))
        share = 100 * m.process_seconds / m.seconds
        print(
            f"{m.chars:>10,} {m.seconds:>8.2f} {m.peak_bytes / 2**20:>8.1f} {m.us_per_char:>8.2f} "
            f"{m.bytes_per_char:>10.1f} {share:>10.1f} {m.attributions:>12,}",
            flush=True,
        )


if __name__ == "__main__":
    main()
