"""What the ledger costs: storing next to extraction, the echo index as it grows, a speaker's quotes.

    python benchmarks/ledger.py [--corpus PATH] [--limit N] [--sizes 1000 10000 100000]
                                [--window N] [--db-dir DIR] [--keep-db PATH] [--write-docs FILE]

1. **Storing as a share of extraction** (real articles, the Wikinews corpus at
   ``../shared/corpus/wikinews/articles.jsonl`` by default): the Tracker
   extracts the articles (``tracker.pipe``, after a warm-up), then each Result
   is stored with ``Ledger.add`` in a fresh SQLite ledger (one transaction per
   document, identity and the echo index included), after the warm-up
   documents went into a scratch ledger (the one-time imports, timed apart).  The share is storing
   time / extraction time; the goal is under 5 %.
2. **The echo index's cost per document as the ledger grows**: synthetic
   Results (no parsing; three attributions a document, some quotes echoed with
   a word changed) are added one by one; the mean time per document over the
   last ``--window`` documents before each size is printed.  The goal is flat.
3. **``quotes(speaker=…)`` at the largest size**: the median of 20 queries for
   speakers picked at random among the 200 most quoted.

``--sizes`` makes the synthetic run shorter (``--sizes 1000 5000`` for a
quick look); ``--write-docs FILE`` replaces the marked ledger section of a
Markdown file (``<!-- ledger-benchmark:start -->`` … ``:end -->``) with the tables.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from quotrack import Ledger, Tracker  # noqa: E402
from quotrack.model import Attribution, Kind, Result, Speaker, TextSpan  # noqa: E402
from quotrack.speakers import speaker_table  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
START, END = "<!-- ledger-benchmark:start -->", "<!-- ledger-benchmark:end -->"
WARM_UP_DOCS = 8

FIRST = [
    "Ann",
    "Omar",
    "Mei",
    "Lena",
    "Tom",
    "Ravi",
    "Ines",
    "Kofi",
    "Sara",
    "Ivan",
    "Yuki",
    "Pablo",
    "Nora",
    "Emil",
    "Aida",
    "Chen",
    "Lars",
    "Maya",
    "Femi",
    "Zoe",
]
SYLLABLES = [
    "Ber",
    "Dal",
    "Kor",
    "Mun",
    "Sat",
    "Vel",
    "Hol",
    "Tran",
    "Ost",
    "Fen",
    "Gar",
    "Lin",
    "Pra",
    "Rud",
]
ENDINGS = ["son", "ova", "ez", "ini", "berg", "ski", "ard", "ley", "ura", "man", "etti", "ic"]
WORDS = [
    "budget",
    "council",
    "plan",
    "tax",
    "school",
    "road",
    "water",
    "price",
    "union",
    "court",
    "border",
    "trade",
    "power",
    "market",
    "health",
    "vote",
    "energy",
    "climate",
    "rail",
    "port",
    "housing",
    "police",
    "farm",
    "bank",
    "wage",
    "rent",
    "steel",
    "grain",
    "fuel",
    "bridge",
    "hospital",
    "reform",
    "will",
    "must",
    "cannot",
    "should",
    "never",
    "always",
    "today",
    "tomorrow",
    "soon",
    "now",
    "again",
    "still",
    "only",
    "more",
    "less",
    "every",
    "people",
    "workers",
    "families",
    "children",
    "voters",
    "owners",
    "leaders",
    "neighbours",
    "drivers",
    "nurses",
    "teachers",
    "farmers",
    "rise",
    "fall",
    "stop",
    "start",
    "build",
    "close",
    "open",
    "pay",
    "cut",
    "raise",
    "protect",
    "change",
    "keep",
    "lose",
    "win",
    "fight",
    "help",
]


# -- 1. storing next to extraction --------------------------------------------


def storing_share(corpus: Path, limit: int | None, db_dir: str, keep_db: str | None) -> list[list[str]]:
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[:limit] if limit else records
    tracker = Tracker()
    warm_up = list(tracker.pipe(r["text"] for r in records[:WARM_UP_DOCS]))  # load the pipeline, warm up
    started = time.perf_counter()
    results = list(tracker.pipe(r["text"] for r in records))
    extract = time.perf_counter() - started
    with Ledger(Path(db_dir) / "warm-up.db", progress=False) as ledger:  # one-time imports
        started = time.perf_counter()
        _store_all(ledger, records, warm_up)
        first_use = time.perf_counter() - started
    db = keep_db or str(Path(db_dir) / "real.db")
    with Ledger(db, progress=False) as ledger:
        started, cpu = time.perf_counter(), time.process_time()
        _store_all(ledger, records, results)
        store, store_cpu = time.perf_counter() - started, time.process_time() - cpu
        speakers = len(ledger.speakers())
        echoes = len(ledger.echoes())
    words = sum(len(r["text"].split()) for r in records)
    attributions = sum(len(r) for r in results)
    return [
        ["documents", f"{len(records)}", f"{words:,} words, {attributions:,} attributions"],
        ["extraction (tracker.pipe)", f"{extract:.1f} s", f"{1000 * extract / len(records):.1f} ms/doc"],
        ["storing (Ledger.add)", f"{store:.2f} s", f"{1000 * store / len(records):.1f} ms/doc"],
        ["  of which CPU time", f"{store_cpu:.2f} s", f"{1000 * store_cpu / len(records):.1f} ms/doc"],
        [
            f"first use (the {len(warm_up)} warm-up documents)",
            f"{first_use:.2f} s",
            "once a process: imports datasketch and SciPy, compiles the statements",
        ],
        ["storing / extraction", f"{100 * store / extract:.1f} %", "goal: under 5 %"],
        ["ledger", f"{speakers} speakers", f"{echoes} echoes"],
    ]


def _store_all(ledger: Ledger, records: Sequence[dict[str, Any]], results: Sequence[Result]) -> None:
    for record, result in zip(records, results, strict=False):
        ledger.add(
            result,
            id=record["id"],
            outlet=record.get("outlet", "Wikinews"),
            published=record.get("published", record.get("date")),
            url=record.get("url"),
            title=record.get("title"),
        )


# -- 2. the echo index as the ledger grows ------------------------------------


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 16))).capitalize()


def synthetic(n: int, rng: random.Random, said: list[str]) -> Result:
    """Document ``n``: three attributions by people of a pool; one quote in ten echoes an earlier one."""
    parts: list[str] = []
    quotes: list[tuple[int, str, str]] = []
    for _ in range(3):
        name = f"{rng.choice(FIRST)} {rng.choice(SYLLABLES)}{rng.choice(ENDINGS)}"
        if said and rng.random() < 0.1:
            words = rng.choice(said).split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)  # a word changed
            content = " ".join(words)
        else:
            content = _sentence(rng)
            if len(said) < 20000:
                said.append(content)
            else:
                said[rng.randrange(len(said))] = content
        quotes.append((len(" ".join(parts)) + (1 if parts else 0) + 1, content, name))
        parts.append(f'"{content}," said {name}.')
    text = " ".join(parts)
    attributions = []
    for start, content, name in quotes:
        at = text.index(name, start + len(content))
        cue = text.index("said", start + len(content))
        attributions.append(
            Attribution(
                kind=Kind.DIRECT,
                content=TextSpan.of(text, start, start + len(content)),
                detector="synthetic",
                cue=TextSpan.of(text, cue, cue + 4),
                speaker=Speaker(name, TextSpan.of(text, at, at + len(name)), "person"),
            )
        )
    return Result(text, attributions, speaker_table(attributions))


def growth(sizes: Sequence[int], window: int, db_dir: str) -> tuple[list[list[str]], list[list[str]]]:
    rng = random.Random(10)
    said: list[str] = []
    rows = []
    base = Path(db_dir) / "synthetic.db"
    with Ledger(str(base), progress=False) as ledger:
        count, started_all = 0, time.perf_counter()
        for size in sorted(sizes):
            while count < size:
                result = synthetic(count, rng, said)
                if count == size - min(window, size):
                    started, cpu = time.perf_counter(), time.process_time()
                day = f"2020-{1 + count % 12:02d}-{1 + count % 28:02d}"
                ledger.add(result, id=f"s{count}", outlet=f"Outlet {count % 7}", published=day)
                count += 1
            per_doc = (time.perf_counter() - started) / min(window, size)
            cpu_per_doc = (time.process_time() - cpu) / min(window, size)
            elapsed = time.perf_counter() - started_all
            rows.append(
                [f"{size:,}", f"{1000 * per_doc:.2f} ms", f"{1000 * cpu_per_doc:.2f} ms", f"{elapsed:.0f} s"]
            )
            print(f"  {size:,} documents: {1000 * per_doc:.2f} ms/doc", file=sys.stderr, flush=True)
        picks = rng.sample([s.name for s in ledger.speakers(limit=200)], 20)
        timings, found = [], 0
        for name in picks:
            started = time.perf_counter()
            found += len(ledger.quotes(speaker=name))
            timings.append(time.perf_counter() - started)
    query = [[f"{count:,}", f"{1000 * statistics.median(timings):.1f} ms", f"{found / len(picks):.0f}"]]
    return rows, query


# -- output -------------------------------------------------------------------


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL articles for the storing share")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000], help="ledger sizes")
    parser.add_argument("--window", type=int, default=500, help="documents timed before each size (500)")
    parser.add_argument("--db-dir", help="where the ledgers go (default: a temporary folder)")
    parser.add_argument("--keep-db", help="keep the real-article ledger at this path")
    parser.add_argument(
        "--write-docs", type=Path, help="put the tables into this Markdown file's marked section"
    )
    parser.add_argument("--skip-real", action="store_true", help="only the synthetic figures")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        db_dir = args.db_dir or scratch
        parts = [
            f"`python benchmarks/ledger.py {' '.join(sys.argv[1:] if argv is None else argv)}`".replace(
                " `", "`"
            )
        ]
        if not args.skip_real:
            if not args.corpus.exists():
                print(f"no corpus at {args.corpus}: skipping the storing share", file=sys.stderr)
            else:
                rows = storing_share(args.corpus, args.limit, db_dir, args.keep_db)
                parts.append(
                    "Storing next to extraction, real articles (SQLite):\n\n" + table(["", "time", ""], rows)
                )
        rows, query = growth(args.sizes, args.window, db_dir)
        parts.append(
            "Storing as the ledger grows (synthetic Results, 3 attributions a document, SQLite; "
            f"mean over the last {args.window} documents before each size):\n\n"
            + table(["documents", "store time per document", "of which CPU", "elapsed"], rows)
        )
        parts.append(
            "`quotes(speaker=…)`, median of 20 speakers:\n\n"
            + table(["documents", "time", "quotes each"], query)
        )
    text = "\n\n".join(parts)
    print(text)
    if args.write_docs:
        page = args.write_docs.read_text(encoding="utf-8")
        if START not in page or END not in page:
            print(f"{args.write_docs}: no {START} … {END} section", file=sys.stderr)
            return 1
        head, rest = page.split(START, 1)
        args.write_docs.write_text(
            head + START + "\n" + text + "\n" + END + rest.split(END, 1)[1], encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
