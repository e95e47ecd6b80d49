"""Score quotrack on a gold set and time it against spaCy's parse alone, in one run.

    python benchmarks/run.py [--gold PATH] [--model NAME] [--n-process 1 2] [--limit N]
                             [--detectors +attitudes]

The gold file is, in order of precedence: ``--gold``, the environment
variable ``QUOTRACK_GOLD``, or ``../shared/benchmarks/polnear/dev.jsonl``
beside the repository's root.  Prints the scores for all kinds and for
direct + mixed only, recall per gold kind and per gold act, the share of
resolved speakers, with ``--detectors`` the same scores again for that
detector list (``+name`` adds to the defaults), and for each
``--n-process`` value the throughput (words/s, docs/s) of spaCy's parse
alone and of quotrack end to end, after a warm-up, with their ratio.  It also
draws the reliability diagram of the confidences and end-to-end precision and
recall against the ``min_confidence`` threshold, as SVG, into ``--plots``
(default ``docs/img/``; ``--plots ""`` draws none).  See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from quotrack import Tracker  # noqa: E402
from quotrack.builtins import DEFAULT_DETECTORS  # noqa: E402
from quotrack.cli import name_list  # noqa: E402
from quotrack.confidence import ConfidenceModel  # noqa: E402
from quotrack.evaluation.gold import GoldDocument, read_gold  # noqa: E402
from quotrack.evaluation.matching import judge  # noqa: E402
from quotrack.evaluation.reliability import by_threshold, reliability  # noqa: E402
from quotrack.evaluation.scores import Scores, score  # noqa: E402
from quotrack.model import Kind, Result  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "benchmarks" / "polnear" / "dev.jsonl"
DEFAULT_PLOTS = ROOT / "docs" / "img"
RELIABILITY_SVG = "confidence-reliability.svg"
THRESHOLDS_SVG = "confidence-thresholds.svg"
GOLD_ENV = "QUOTRACK_GOLD"
WARM_UP_DOCS = 8
PARSE = "spaCy parse"
TRACK = "quotrack"
STAGES = (PARSE, TRACK)


class TrackerLike(Protocol):
    """The part of :class:`quotrack.Tracker` the benchmark uses."""

    @property
    def nlp(self) -> Any: ...

    def pipe(self, texts: Iterable[str], batch_size: int = ..., n_process: int = ...) -> Iterator[Result]: ...


@attrs.frozen
class Timing:
    """Best wall-clock time of one stage at one n_process setting."""

    stage: str
    n_process: int
    seconds: float
    words: int
    docs: int

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "n_process": self.n_process,
            "seconds": self.seconds,
            "words_per_second": self.words_per_second,
            "docs_per_second": self.docs_per_second,
        }


def gold_path(cli_value: str | None) -> Path:
    """``--gold``, else ``$QUOTRACK_GOLD``, else the PolNeAR dev set beside the repo."""
    if cli_value:
        return Path(cli_value)
    if os.environ.get(GOLD_ENV):
        return Path(os.environ[GOLD_ENV])
    return DEFAULT_GOLD


def make_tracker(model: str | None, detectors: Sequence[str] | None = None) -> TrackerLike:
    """A :class:`quotrack.Tracker` on ``model`` (a spaCy pipeline name or path; None: its default)."""
    return Tracker(nlp=model, detectors=detectors)


def print_scores(all_kinds: Scores, quoted: Scores, label: str = "") -> None:
    """The score tables of one configuration."""
    print(f"\n== all kinds{label} ==")
    print(all_kinds.table())
    print(f"\n== direct + mixed only{label} ==")
    print(quoted.table())
    print(f"\n== recall per gold kind (overlap match, all kinds{label}) ==")
    for entry in all_kinds.recall_by_kind:
        print(f"  {entry.kind.value:<9}{entry.recall:.3f}  ({entry.matched} of {entry.gold})")
    print(f"\n== recall per gold act (overlap; end to end; all kinds{label}) ==")
    for act in all_kinds.recall_by_act:
        counts = f"({act.matched} of {act.gold})"
        print(f"  {act.act.value:<9}{act.recall:.3f}  {act.end_to_end_recall:.3f}  {counts}")


def benchmark(
    tracker: TrackerLike,
    docs: Sequence[GoldDocument],
    n_processes: Sequence[int],
    batch_size: int = 32,
    repeat: int = 1,
) -> tuple[list[Result], list[Timing], dict[int, bool]]:
    """Warm up, then time the parse alone and quotrack end to end for each n_process.

    Returns the results of the first end-to-end run, the best timing of
    each (stage, n_process) over ``repeat`` runs, and for each n_process
    whether its results equal the first run's.
    """
    texts = [doc.text for doc in docs]
    words = sum(len(text.split()) for text in texts)
    warm = texts[:WARM_UP_DOCS]
    list(tracker.nlp.pipe(warm, batch_size=batch_size))
    list(tracker.pipe(warm, batch_size=batch_size))

    first: list[Result] | None = None
    same: dict[int, bool] = {}
    timings: list[Timing] = []
    for n_process in n_processes:
        best: dict[str, float] = {}
        for round_ in range(repeat):
            outputs: list[Result] = []
            # Alternate the order so neither stage always runs on a warmer cache.
            for stage in STAGES if round_ % 2 == 0 else STAGES[::-1]:
                start = time.perf_counter()
                if stage == PARSE:
                    list(tracker.nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
                else:
                    outputs = list(tracker.pipe(texts, batch_size=batch_size, n_process=n_process))
                elapsed = time.perf_counter() - start
                best[stage] = min(elapsed, best.get(stage, elapsed))
            if first is None:
                first = outputs
            same[n_process] = same.get(n_process, True) and outputs == first
        timings += [Timing(stage, n_process, best[stage], words, len(texts)) for stage in STAGES]
    assert first is not None
    return first, timings, same


def throughput_table(timings: Sequence[Timing], same: dict[int, bool]) -> str:
    lines = [f"{'n_process':>9}  {'stage':<12}{'seconds':>9}{'words/s':>10}{'docs/s':>9}"]
    by_n: dict[int, dict[str, Timing]] = {}
    for timing in timings:
        by_n.setdefault(timing.n_process, {})[timing.stage] = timing
    for n_process, stages in by_n.items():
        for timing in stages.values():
            lines.append(
                f"{n_process:>9}  {timing.stage:<12}{timing.seconds:>9.2f}"
                f"{timing.words_per_second:>10,.0f}{timing.docs_per_second:>9.2f}"
            )
        parse, track = stages[PARSE], stages[TRACK]
        ratio = track.words_per_second / parse.words_per_second if parse.words_per_second else 0.0
        slowdown = track.seconds / parse.seconds if parse.seconds else 0.0
        lines.append(
            f"{'':>9}  end-to-end/parse-only throughput {ratio:.2f} "
            f"(quotrack takes {slowdown:.2f}x the parse time)"
            + ("" if same.get(n_process, True) else "  RESULTS DIFFER from the first run")
        )
    return "\n".join(lines)


def draw_confidence(docs: Sequence[GoldDocument], results: Sequence[Result], folder: Path) -> list[Path]:
    """The reliability diagram and precision/recall against threshold, as SVG files in ``folder``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "quotrack"  # the same SVG for the same numbers
    judged = [
        (a.confidence, right)
        for doc, result in zip(docs, results, strict=True)
        for a, right in zip(result.attributions, judge(doc, result), strict=True)
    ]
    gold = sum(len(doc.quotes) for doc in docs)
    table = reliability(judged)
    folder.mkdir(parents=True, exist_ok=True)

    fig, ax = plt.subplots(figsize=(4.6, 4.2))
    filled = [b for b in table.bins if b.count]
    ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", linewidth=1, label="perfect calibration")
    ax.bar(
        [b.low for b in filled],
        [b.accuracy for b in filled],
        width=0.1,
        align="edge",
        color="#4c78a8",
        alpha=0.75,
        edgecolor="white",
        label="share right, per bin",
    )
    ax.plot(
        [b.mean_confidence for b in filled],
        [b.accuracy for b in filled],
        "o",
        color="#1b3a5c",
        markersize=4,
        label="mean confidence of the bin",
    )
    for b in filled:
        ax.annotate(
            str(b.count),
            (b.low + 0.05, b.accuracy),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
            fontsize=7,
            color="#555555",
        )
    ax.set(
        xlim=(0, 1),
        ylim=(0, 1.05),
        xlabel="confidence",
        ylabel="right end to end",
        title=f"Reliability, {len(docs)} documents (ECE {table.ece:.3f})",
    )
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    reliability_path = folder / RELIABILITY_SVG
    fig.savefig(reliability_path, format="svg", metadata={"Date": None})
    plt.close(fig)

    grid = [i / 100 for i in range(100)]
    curve = by_threshold(judged, gold, grid)
    fig, ax = plt.subplots(figsize=(5.2, 3.8))
    ax.plot(grid, [t.end_to_end.precision for t in curve], color="#4c78a8", label="precision")
    ax.plot(grid, [t.end_to_end.recall for t in curve], color="#e45756", label="recall")
    settings = ConfidenceModel.default().meta.get("settings", {})
    for name in ("complete", "precise"):
        if name in settings:
            ax.axvline(settings[name], color="#999999", linestyle=":", linewidth=1)
            ax.text(settings[name] + 0.01, 0.05, name, fontsize=8, color="#555555")
    ax.set(
        xlim=(0, 1),
        ylim=(0, 1),
        xlabel="min_confidence",
        ylabel="end to end",
        title="Precision and recall against the threshold",
    )
    ax.legend(loc="center left", fontsize=8, frameon=False)
    fig.tight_layout()
    thresholds_path = folder / THRESHOLDS_SVG
    fig.savefig(thresholds_path, format="svg", metadata={"Date": None})
    plt.close(fig)
    return [reliability_path, thresholds_path]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--gold", help=f"gold JSONL (default: ${GOLD_ENV}, else {DEFAULT_GOLD})", default=None
    )
    parser.add_argument("--model", help="spaCy pipeline for the Tracker (default: its own)")
    parser.add_argument(
        "--n-process", type=int, nargs="+", default=[1], help="process counts to time (default 1)"
    )
    parser.add_argument("--limit", type=int, help="use only the first N documents")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per stage; best is kept")
    parser.add_argument("--json", metavar="PATH", help="also write every number to PATH as JSON")
    parser.add_argument(
        "--plots",
        default=str(DEFAULT_PLOTS),
        metavar="DIR",
        help='where to draw the confidence plots as SVG (default docs/img; "" for none)',
    )
    parser.add_argument(
        "--detectors",
        metavar="A,B",
        help="also score with these detectors (+A adds to the defaults: --detectors +attitudes)",
    )
    args = parser.parse_args(argv)
    try:
        extra = name_list(args.detectors, DEFAULT_DETECTORS)
    except ValueError as error:
        parser.error(str(error))
    if any(n < 1 for n in args.n_process) or args.repeat < 1 or args.batch_size < 1:
        parser.error("--n-process, --repeat and --batch-size must be at least 1")

    path = gold_path(args.gold)
    if not path.is_file():
        parser.error(f"gold file not found: {path} (give --gold PATH or set ${GOLD_ENV})")
    docs = read_gold(path)
    if args.limit is not None:
        docs = docs[: args.limit]
    if not docs:
        parser.error(f"no documents to score in {path}")

    tracker = make_tracker(args.model)
    meta = getattr(tracker.nlp, "meta", {})
    words = sum(len(doc.text.split()) for doc in docs)
    print(
        f"gold:  {path} ({len(docs)} documents, {words:,} words, "
        f"{sum(len(doc.quotes) for doc in docs):,} gold quotes)"
    )
    print(
        f"model: {meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '')} "
        f"(pipes: {', '.join(getattr(tracker.nlp, 'pipe_names', []))})"
    )

    results, timings, same = benchmark(
        tracker, docs, args.n_process, batch_size=args.batch_size, repeat=args.repeat
    )
    all_kinds: Scores = score(docs, results)
    quoted: Scores = score(docs, results, kinds={Kind.DIRECT, Kind.MIXED})

    print_scores(all_kinds, quoted)
    scores = {"all": all_kinds.to_dict(), "direct_mixed": quoted.to_dict()}
    if extra is not None:
        label = f", detectors {','.join(extra)}"
        other = make_tracker(args.model, extra)
        extra_results = list(other.pipe((doc.text for doc in docs), batch_size=args.batch_size))
        extra_all = score(docs, extra_results)
        extra_quoted = score(docs, extra_results, kinds={Kind.DIRECT, Kind.MIXED})
        print_scores(extra_all, extra_quoted, label)
        scores["with_detectors"] = {
            "detectors": extra,
            "all": extra_all.to_dict(),
            "direct_mixed": extra_quoted.to_dict(),
        }
    print("\n== resolved speakers ==")
    print(
        f"  {all_kinds.resolved_share:.3f} of predicted speakers with a mention have a name "
        f"other than the mention's words ({all_kinds.speakers_resolved} of "
        f"{all_kinds.speakers_with_mention})"
    )
    if args.plots:
        for drawn in draw_confidence(docs, results, Path(args.plots)):
            print(f"drew {drawn}")
    print(f"\n== throughput (best of {args.repeat}, batch size {args.batch_size}, after warm-up) ==")
    print(throughput_table(timings, same))

    if args.json:
        report = {
            "gold": str(path),
            "documents": len(docs),
            "words": words,
            "model": {k: meta.get(k) for k in ("lang", "name", "version")},
            "scores": scores,
            "throughput": [t.to_dict() for t in timings],
            "same_results_across_n_process": {str(k): v for k, v in same.items()},
        }
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
