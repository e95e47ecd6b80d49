"""Fit quotrack's confidence model on gold files, check it on another, and save it.

    python benchmarks/calibrate.py GOLD.jsonl [GOLD2.jsonl ...] -o quotrack/data/confidence.json
                                   [--check DEV.jsonl] [--cache DIR] [--l2 2.0]

The gold files are in ``quotrack evaluate`` format.  Every attribution the
default Tracker finds in them is labelled right or wrong end to end
(:func:`quotrack.evaluation.matching.judge`) and a logistic regression is fitted on
their features (:mod:`quotrack.evaluation.calibration`).  Two settings of
``min_confidence`` are chosen on the fitting data only
(:func:`quotrack.evaluation.calibration.choose_settings`): **precise**, the
lowest threshold at which end-to-end precision reaches 0.90 (never below
complete), and **complete**, the highest at which 99% of the end-to-end true
positives are kept.  With ``--check`` the model is scored on another gold file (ECE, and
precision and recall at both settings), and the time the confidences take
is compared with spaCy's parse of those texts (CPU time).  The saved JSON
holds the fitted numbers and, under ``meta``, the data, its size, the
settings and the check's scores: never any text.

``--cache DIR`` keeps each gold file's parse in ``DIR`` (spaCy DocBin) so
that a second fit does not parse again.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from quotrack import Tracker  # noqa: E402
from quotrack.confidence import ConfidenceModel  # noqa: E402
from quotrack.context import DocContext  # noqa: E402
from quotrack.evaluation.calibration import L2, MIN_COUNT, choose_settings, fit_logistic, labelled  # noqa: E402
from quotrack.evaluation.gold import GoldDocument, read_gold  # noqa: E402
from quotrack.evaluation.reliability import by_threshold, reliability  # noqa: E402


def parsed(tracker: Tracker, path: Path, documents: Sequence[GoldDocument], cache: Path | None) -> list[Doc]:
    """The Tracker's parse of ``documents``, from ``cache`` when it holds it."""
    saved = cache / f"{path.stem}.spacy" if cache is not None else None
    if saved is not None and saved.exists():
        docs = list(DocBin().from_disk(saved).get_docs(tracker.nlp.vocab))
        if len(docs) == len(documents) and all(
            d.text == g.text for d, g in zip(docs, documents, strict=True)
        ):
            return docs
    docs = tracker.parse([d.text for d in documents])
    if saved is not None:
        saved.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(saved)
    return docs


def check(
    model: ConfidenceModel,
    rows: Sequence[Sequence[str]],
    labels: Sequence[bool],
    gold: int,
    chosen: dict[str, float],
) -> dict[str, Any]:
    """ECE and end-to-end scores at each setting of ``model`` on held-out ``rows``."""
    pairs = [(model.confidence(row), label) for row, label in zip(rows, labels, strict=True)]
    table = reliability(pairs)
    scores = by_threshold(pairs, gold, chosen.values())
    return {
        "ece": round(table.ece, 4),
        "settings": {
            name: {k: round(v, 4) if isinstance(v, float) else v for k, v in t.end_to_end.to_dict().items()}
            for name, t in zip(chosen, scores, strict=True)
        },
    }


def cost(tracker: Tracker, documents: Sequence[GoldDocument], docs: Sequence[Doc]) -> tuple[float, float]:
    """CPU seconds of spaCy's parse of ``documents`` and of setting the confidences on their attributions."""
    started = time.process_time()
    tracker.parse([d.text for d in documents])
    parse = time.process_time() - started
    engine = tracker.engine
    spent = 0.0
    for document, doc in zip(documents, docs, strict=True):
        ctx = DocContext(doc, document.text, engine.lexicons)
        found = engine.find(ctx)
        started = time.process_time()
        engine.scored(ctx, found)
        spent += time.process_time() - started
    return parse, spent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSONL files to fit on")
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write the model (JSON)")
    parser.add_argument("--check", type=Path, help="a gold JSONL file to score the model on")
    parser.add_argument("--cache", type=Path, help="a folder to keep the parses in")
    parser.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    args = parser.parse_args(argv)

    tracker = Tracker()
    rows: list[list[str]] = []
    labels: list[bool] = []
    documents = 0
    for path in args.gold:
        gold = read_gold(path)
        found, right = labelled(gold, tracker, docs=parsed(tracker, path, gold, args.cache))
        rows += found
        labels += right
        documents += len(gold)
    meta: dict[str, Any] = {
        "data": [f"{path.parent.name}/{path.name}" for path in args.gold],
        "documents": documents,
        "attributions": len(labels),
        "right": sum(labels),
        "l2": args.l2,
        "min_count": MIN_COUNT,
    }
    model = fit_logistic(rows, labels, l2=args.l2, min_count=MIN_COUNT, meta=meta)
    fitted = [model.confidence(row) for row in rows]
    chosen = choose_settings(fitted, labels)
    meta["settings"] = chosen
    meta["fit"] = check(model, rows, labels, sum(labels), chosen) | {
        "note": "in sample; recall of the true positives"
    }
    print(
        f"fitted on {documents} documents, {len(labels)} attributions ({sum(labels)} right), "
        f"{len(model.weights)} features"
    )
    print(f"settings chosen on the fitting data: {chosen}")
    if args.check is not None:
        gold = read_gold(args.check)
        docs = parsed(tracker, args.check, gold, args.cache)
        held_rows, held_labels = labelled(gold, tracker, docs=docs)
        quotes = sum(len(d.quotes) for d in gold)
        meta["check"] = {
            "data": f"{args.check.parent.name}/{args.check.name}",
            "documents": len(gold),
            "attributions": len(held_labels),
        }
        meta["check"] |= check(model, held_rows, held_labels, quotes, chosen)
        print(f"check on {args.check.name}: ECE {meta['check']['ece']:.4f}")
        for name, row in meta["check"]["settings"].items():
            print(
                f"  {name:<9} min_confidence {chosen[name]:.2f}: P {row['precision']:.3f} "
                f"R {row['recall']:.3f} F1 {row['f1']:.3f} ({row['predicted']} kept)"
            )
        parse, spent = cost(tracker, gold, docs)
        print(f"cost: parse {parse:.2f} s CPU, confidences {spent * 1000:.1f} ms CPU ({spent / parse:.2%})")
    model = ConfidenceModel(model.bias, model.weights, meta)
    model.save(args.output)
    print(f"saved {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
