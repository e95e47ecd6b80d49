"""Record by record: how many of quotrack's records a reader judged right, on sets read by hand.

    python benchmarks/records.py benchmarks/records/invented-6
    python benchmarks/records.py benchmarks/records/wikinews-sample \\
        --articles ../shared/corpus/wikinews/articles.jsonl --sample

A set is a folder with ``verdicts.tsv``: one judged record a line, keyed by its
document, content offsets, act, speaker name and speaker kind as quotrack gave
them, with ``speaker_ok``, ``claim_ok``, ``span_ok`` and ``kind_ok`` (1 or 0),
the right speaker, who judged it and a note.  Its articles are the folder's
``articles.jsonl`` or ``--articles`` (``{"id": ..., "text": ...}`` a line).

The script runs the current code over the articles and matches each record to
a verdict by that key; a record whose speaker, kind or span changed has no
verdict, and is listed (with the words before it) for a reader to judge and add.
Without ``--sample`` every record of every article counts (a set read whole);
with it only the records at the judged offsets (a random sample of a ledger,
whose records are the claims: no ``topic`` or ``request``).  Nothing is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from quotrack import Tracker  # noqa: E402

Key = tuple[str, int, int, str, str, str]
NOT_CLAIMS = ("topic", "request")
FLAGS = ("speaker_ok", "claim_ok", "span_ok", "kind_ok")


def read_verdicts(path: Path) -> dict[Key, dict[str, str]]:
    """The verdicts of ``verdicts.tsv``, by record key; a bad line is named with its file and line."""
    verdicts: dict[Key, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), 2):
            try:
                key = (
                    row["doc"],
                    int(row["start"]),
                    int(row["end"]),
                    row["act"],
                    row["speaker"],
                    row["kind"],
                )
                if any(row[flag] not in ("0", "1") for flag in FLAGS):
                    raise ValueError(f"{', '.join(FLAGS)} must each be 0 or 1")
            except (KeyError, TypeError, ValueError) as error:
                raise SystemExit(f"{path}:{number}: bad verdict: {error}") from error
            verdicts[key] = row
    return verdicts


def read_articles(path: Path, wanted: set[str] | None) -> dict[str, str]:
    """Text by id of the JSONL articles at ``path`` (only the ``wanted`` ids, if given)."""
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_id, text = str(record["id"]), record["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise SystemExit(f"{path}:{number}: bad article: {error}") from error
            if wanted is None or doc_id in wanted:
                texts[doc_id] = text
    return texts


def _share(part: int, whole: int) -> str:
    """``part`` and its share of ``whole``: ``12 (40.0%)``."""
    return f"{part} ({part / whole:.1%})" if whole else str(part)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="a folder with verdicts.tsv (and articles.jsonl)")
    parser.add_argument("--articles", type=Path, help="the articles (default: the set's articles.jsonl)")
    parser.add_argument("--sample", action="store_true", help="score only the judged records' offsets")
    parser.add_argument("--context", type=int, default=120, help="characters shown before an unjudged record")
    args = parser.parse_args(argv)
    verdicts = read_verdicts(args.set / "verdicts.tsv")
    sampled = {(doc, start, end) for doc, start, end, *_ in verdicts}
    texts = read_articles(
        args.articles or args.set / "articles.jsonl", {k[0] for k in sampled} if args.sample else None
    )
    tracker = Tracker()
    totals = {"all records": [0, 0, 0, 0], "claims (no topic or request)": [0, 0, 0, 0]}
    unjudged: list[tuple[Key, str]] = []
    seen: set[Key] = set()
    for doc_id, result in zip(texts, tracker.pipe(list(texts.values())), strict=True):
        text = texts[doc_id]
        for a in result.attributions:
            if args.sample and (
                (doc_id, a.content.start, a.content.end) not in sampled or a.act.value in NOT_CLAIMS
            ):
                continue
            speaker = a.speaker
            key = (
                doc_id,
                a.content.start,
                a.content.end,
                a.act.value,
                speaker.name if speaker else "",
                speaker.kind.value if speaker else "",
            )
            seen.add(key)
            verdict = verdicts.get(key)
            if verdict is None:
                unjudged.append((key, text[max(0, a.content.start - args.context) : a.content.start]))
                continue
            ok = [verdict[flag] == "1" for flag in FLAGS]
            for name, total in totals.items():
                if name.startswith("claims") and a.act.value in NOT_CLAIMS:
                    continue
                total[0] += 1
                total[1] += ok[0] and ok[1] and ok[2]
                total[2] += ok[0]
                total[3] += ok[3]
    for name, (count, right, speaker_right, kind_right) in totals.items():
        print(
            f"{name}: {count} judged; speaker, claim and span right {_share(right, count)}; "
            f"speaker {_share(speaker_right, count)}; kind {_share(kind_right, count)}"
        )
    print(f"{len(unjudged)} records have no verdict (new, or changed since they were judged)")
    for (doc_id, start, end, act, name, kind), before in unjudged:
        print(f"  {doc_id}\t{start}\t{end}\t{act}\t{name}\t{kind}\t…{before!r}")
    if not args.sample:
        gone = [key for key in verdicts if key not in seen]
        print(f"{len(gone)} judged records are no longer given")
    return 0


if __name__ == "__main__":
    sys.exit(main())
