"""Where quotrack's time goes: spaCy's parse alone, quotrack's own work, and its hot spots.

    python benchmarks/hotspots.py [--gold PATH] [--limit 80] [--top 20] [--model NAME]
                                 [--batch-size 32] [--repeat 2]

The articles are read at run time from a gold JSONL file (``--gold``, else
the environment variable ``QUOTRACK_GOLD``, else
``../shared/benchmarks/polnear/dev.jsonl`` beside the repository); only
their texts are used and nothing is written.  The script warms the pipeline
up, then

1. times spaCy's parse alone (``nlp.pipe``) and quotrack's own work on the
   parsed Docs (``Tracker.process``: context, detectors, merge, resolvers,
   speaker table), and prints quotrack's share of the parse and the
   end-to-end throughput it allows;
2. times ``Tracker.pipe`` end to end against ``nlp.pipe`` on the same texts,
   alternately, ``--repeat`` times, and keeps the best of each;
3. runs ``Tracker.process`` again under ``cProfile`` and prints the time of
   each stage and the top functions of quotrack's own code (spaCy's parse
   is not in this run; the spaCy calls quotrack makes count towards the
   quotrack function that makes them).

Times are CPU seconds of this process (``time.process_time``), which other
work on a shared machine disturbs far less than wall-clock time.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

import argparse  # noqa: E402
import cProfile  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterable, Sequence  # noqa: E402
from typing import Any  # noqa: E402

import quotrack  # noqa: E402
from quotrack import Tracker  # noqa: E402
from quotrack.context import DocContext  # noqa: E402
from quotrack.evaluation.gold import read_gold  # noqa: E402
from quotrack.merge import merge  # noqa: E402
from quotrack.speakers import speaker_table  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "benchmarks" / "polnear" / "dev.jsonl"
GOLD_ENV = "QUOTRACK_GOLD"
WARM_UP_DOCS = 5
PACKAGE = str(Path(quotrack.__file__).resolve().parent)

FuncKey = tuple[str, int, str]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=Path(os.environ.get(GOLD_ENV, DEFAULT_GOLD)))
    parser.add_argument("--limit", type=int, default=80, help="articles to use (default 80)")
    parser.add_argument("--top", type=int, default=20, help="hot spots to print (default 20)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: quotrack's)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="end-to-end runs, best kept (default 2)")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        parser.error(f"no gold file at {args.gold}: pass --gold or set {GOLD_ENV}")

    texts = [doc.text for doc in read_gold(args.gold)][: args.limit]
    words = sum(len(text.split()) for text in texts)
    tracker = Tracker(args.model)
    nlp = tracker.nlp
    print(f"{len(texts)} articles, {words:,} words, pipeline {tracker!r}")
    print(f"components run: {', '.join(nlp.pipe_names)}; disabled: {', '.join(nlp.disabled) or 'none'}")
    for _ in tracker.pipe(texts[:WARM_UP_DOCS]):
        pass

    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=args.batch_size))
    parse = time.process_time() - start
    start = time.process_time()
    for doc, text in zip(docs, texts, strict=True):
        tracker.process(doc, text)
    own = time.process_time() - start
    print(f"\nspaCy parse alone   {parse:7.2f} s  {words / parse:8,.0f} words/s")
    print(f"quotrack on Docs    {own:7.2f} s  = {own / parse:.1%} of the parse")
    print(f"end to end allowed  {parse / (parse + own):.3f} x parse-only throughput")

    best_parse = best_pipe = float("inf")
    for _ in range(args.repeat):
        best_parse = min(best_parse, _seconds(lambda: nlp.pipe(texts, batch_size=args.batch_size)))
        best_pipe = min(best_pipe, _seconds(lambda: tracker.pipe(texts, batch_size=args.batch_size)))
    print(
        f"end to end, best of {args.repeat}: nlp.pipe {best_parse:.2f} s, Tracker.pipe {best_pipe:.2f} s, "
        f"ratio {best_parse / best_pipe:.3f}"
    )

    profiler = cProfile.Profile()
    profiler.enable()
    for doc, text in zip(docs, texts, strict=True):
        tracker.process(doc, text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print_stages(stats, tracker)
    print_hot_spots(stats, args.top)
    return 0


def _seconds(run: Callable[[], Iterable[object]]) -> float:
    """CPU seconds of this process to exhaust ``run()``."""
    start = time.process_time()
    for _ in run():
        pass
    return time.process_time() - start


def _key(function: Callable[..., Any]) -> FuncKey:
    code = function.__code__
    return (code.co_filename, code.co_firstlineno, code.co_name)


def _table(stats: pstats.Stats) -> dict[FuncKey, tuple[int, int, float, float, Any]]:
    return stats.stats  # type: ignore[attr-defined, no-any-return]


def print_stages(stats: pstats.Stats, tracker: Tracker) -> None:
    """Cumulative time of each stage of ``Tracker.process`` under the profiler."""
    table = _table(stats)
    total = table[_key(Tracker.process)][3]
    stages: list[tuple[str, Callable[..., Any]]] = [("DocContext", DocContext.__init__)]
    stages += [(f"detector {d.name}", type(d).detect) for d in tracker.detectors]
    stages += [("merge", merge)]
    stages += [(f"resolver {r.name}", type(r).resolve) for r in tracker.resolvers]
    stages += [("speaker table", speaker_table)]
    print(f"\nstages under cProfile (Tracker.process {total:.2f} s; context facts count where first used)")
    for name, function in stages:
        row = table.get(_key(function))
        seconds = row[3] if row else 0.0
        print(f"  {name:<24} {seconds:7.3f} s  {seconds / total:6.1%}")


def _ours(key: FuncKey) -> bool:
    return key[0].startswith(PACKAGE)


def print_hot_spots(stats: pstats.Stats, top: int) -> None:
    """quotrack's functions by their own time plus that of the library calls they make.

    "own+lib" is a function's own time and the time of the spaCy, attrs or
    standard-library functions it calls directly (Token objects, char_span,
    regexes...), but not of the quotrack functions it calls: the cost that
    changing that function's code can remove.
    """
    table = _table(stats)
    cost = {key: row[2] for key, row in table.items() if _ours(key)}
    # time a library function spends back in quotrack code (list.extend running a
    # detector's generator, sorted() calling a key) stays with that quotrack code
    ours_inside: dict[FuncKey, float] = {}
    for key, (_, _, _, _, callers) in table.items():
        if _ours(key):
            for caller, (_, _, _, cumtime) in callers.items():
                if not _ours(caller):
                    ours_inside[caller] = ours_inside.get(caller, 0.0) + cumtime
    for key, (_, _, _, total, callers) in table.items():
        if _ours(key) or not total:
            continue
        library_share = max(0.0, 1.0 - ours_inside.get(key, 0.0) / total)
        for caller, (_, _, _, cumtime) in callers.items():
            if caller in cost:
                cost[caller] += cumtime * library_share
    ranked = sorted(cost, key=cost.__getitem__, reverse=True)
    total = sum(row[2] for row in table.values())
    print(f"\ntop {top} functions of quotrack's code (all profiled time {total:.2f} s)")
    print(f"  {'own+lib':>8} {'own s':>7} {'cum s':>7} {'calls':>8}  function")
    for key in ranked[:top]:
        _, calls, tottime, cumtime, _ = table[key]
        where = os.path.relpath(key[0], ROOT)
        print(f"  {cost[key]:8.3f} {tottime:7.3f} {cumtime:7.3f} {calls:8d}  {where}:{key[1]} {key[2]}")


if __name__ == "__main__":
    sys.exit(main())
