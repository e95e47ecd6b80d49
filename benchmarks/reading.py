"""What reading pages and web archives costs next to extraction.

    python benchmarks/reading.py [--corpus PATH] [--limit N] [--copies N] [--repeat N]

1. **Pages as a share of extraction**: each article of the Wikinews corpus
   (``../shared/corpus/wikinews/articles.jsonl`` by default; CC BY 2.5,
   Wikinews contributors) is put in the news page template of the tests
   (navigation, cookie banner, byline, share buttons, related stories,
   comments) and written to a folder; ``read_documents`` reads the folder
   (trafilatura's text and metadata, outlet, charset), then the default
   Tracker extracts the same texts (``tracker.pipe``), both after a warm-up.
   The share is reading time / extraction time; the goal is at most 10 %.
2. **WARC throughput**: the same pages as ``response`` records, each after
   its ``request`` record, in ``.warc.gz`` archives (``--copies`` times the
   corpus, split in two archives); documents a second read with one process
   (both archives one after the other) and with two processes (one archive
   each, as ``quotrack.ledger.distributed`` gives one task per archive).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))  # run from a checkout without installing

from reading_support import Article, page_bytes, record_bytes  # noqa: E402

from quotrack import Tracker  # noqa: E402
from quotrack.reading import read_documents  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
WARM_UP = 8


def articles(path: Path, limit: int | None) -> list[Article]:
    """The corpus's articles as page material."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            data = json.loads(line)
            out.append(Article(data["title"], data["date"], data["url"], tuple(data["text"].split("\n\n"))))
    return out[:limit] if limit else out


def write_pages(folder: Path, items: list[Article]) -> None:
    for number, article in enumerate(items):
        (folder / f"{number:04d}.html").write_bytes(page_bytes(article, canonical=article.url))


def write_archive(path: Path, items: list[Article], copy: int) -> int:
    records = []
    for number, article in enumerate(items):
        url = f"{article.url}?copy={copy}&n={number}"
        records.append(record_bytes(url, f"GET {url} HTTP/1.1\r\n\r\n".encode(), kind="request"))
        records.append(record_bytes(url, page_bytes(article)))
    path.write_bytes(b"".join(records))
    return len(items)


def read_count(path: str) -> int:
    """The number of documents in ``path`` (run in a worker process)."""
    return sum(1 for _ in read_documents([path], errors=[]))


def timed(function, repeat: int):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--copies", type=int, default=4, help="copies of the corpus in the archives (4)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs, the fastest kept (2)")
    args = parser.parse_args(argv)
    items = articles(args.corpus, args.limit)
    with tempfile.TemporaryDirectory(prefix="quotrack-reading-") as scratch:
        folder = Path(scratch) / "pages"
        folder.mkdir()
        write_pages(folder, items)
        list(read_documents([str(path) for path in sorted(folder.iterdir())[:WARM_UP]]))
        read_seconds, docs = timed(lambda: list(read_documents([str(folder)])), args.repeat)
        texts = [doc.text for doc in docs]
        fidelity = sum(doc.text == article.text for doc, article in zip(docs, items, strict=True))
        tracker = Tracker()
        list(tracker.pipe(texts[:WARM_UP]))
        extract_seconds, _ = timed(lambda: list(tracker.pipe(texts)), 1)
        n = len(docs)
        print(f"pages: {n} Wikinews articles in page templates ({fidelity} read back word for word)")
        print(f"  reading   {read_seconds / n * 1000:7.2f} ms a page   ({n / read_seconds:6.1f} pages/s)")
        print(f"  extracting {extract_seconds / n * 1000:6.2f} ms a document")
        print(f"  reading / extraction: {read_seconds / extract_seconds:.1%} (goal: at most 10%)")

        archives = [Path(scratch) / f"crawl-{part}.warc.gz" for part in (0, 1)]
        total = 0
        for part, path in enumerate(archives):
            per_part = max(1, args.copies // 2)
            records = []
            for copy in range(per_part):
                copy_path = Path(scratch) / f"part{part}-{copy}.warc.gz"
                total += write_archive(copy_path, items, part * per_part + copy)
                records.append(copy_path.read_bytes())
                copy_path.unlink()
            path.write_bytes(b"".join(records))
        size = sum(path.stat().st_size for path in archives)
        one_seconds, counts = timed(lambda: [read_count(str(path)) for path in archives], args.repeat)
        with ProcessPoolExecutor(2) as pool:
            list(pool.map(read_count, [str(path) for path in archives]))  # start the workers
            two_seconds, _ = timed(
                lambda: list(pool.map(read_count, [str(p) for p in archives])), args.repeat
            )
        records = f"{total} response + {total} request records"
        print(f"WARC: {sum(counts)} pages ({records}) in 2 archives, {size:,} bytes")
        print(f"  one process   {sum(counts) / one_seconds:6.1f} documents/s")
        print(f"  two processes {sum(counts) / two_seconds:6.1f} documents/s (one archive each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
