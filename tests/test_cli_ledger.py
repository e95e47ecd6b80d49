"""The ledger's commands on real SQLite files: ingest, speakers, quotes, echoes, people, report."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

import quotrack
from quotrack.cli import main
from quotrack.ledger.database import holds_ledger

STORIES = [
    {
        "id": "h1",
        "outlet": "Harbor Herald",
        "date": "2026-01-05",
        "title": "Bridge <b>opens</b> in May",
        "url": "https://herald.example/h1",
        "text": '"The bridge will open in May, and not a day later," Mayor Ana Ruiz said on Monday.\n\n'
        "Council member Tom Baker said that the cost had doubled.",
    },
    {
        "id": "w1",
        "outlet": "City Wire",
        "published": "2026-01-07",
        "text": "Mayor Ana Ruiz told reporters: “The bridge will open in May and not a day later.”\n\n"
        '"We are ready," said Tom Baker.',
    },
    {
        "id": "w2",
        "outlet": "City Wire",
        "published": "2026-02-10",
        "text": '"Traffic will improve within a month," said Ana Ruiz, the mayor.',
    },
]


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory, tracker: quotrack.Tracker) -> str:
    """A ledger of the three stories, stored with the session Tracker."""
    db = str(tmp_path_factory.mktemp("ledger") / "news.db")
    records = [{**s, "published": s.get("published", s.get("date"))} for s in STORIES]
    with quotrack.Ledger(db, progress=False) as ledger:
        report = ledger.ingest(records, tracker=tracker)
    assert report.added == 3
    return db


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# -- ingest -------------------------------------------------------------------


def test_ingest_text_and_jsonl_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "letter.txt"
    story.write_text('"Send more buses," said Lena Park.\n', encoding="utf-8")
    news = jsonl(tmp_path / "news.jsonl", [json.dumps(s) for s in STORIES[:2]])
    db = str(tmp_path / "q.db")
    status, out, err = run(["ingest", str(story), str(news), "--db", db, "--outlet", "Post", "-q"], capsys)
    assert status == 0, err
    assert out.startswith("3 documents in sqlite:///") and "3 added, 0 replaced, 0 unchanged" in out
    with quotrack.Ledger(db, progress=False) as ledger:
        documents = {d.id: d for d in ledger.documents()}
    assert set(documents) == {str(story), "h1", "w1"}  # a text file's id is its path as given
    assert documents[str(story)].outlet == "Post"  # --outlet fills in records that name none
    assert documents["h1"].outlet == "Harbor Herald" and documents["h1"].published is not None
    assert documents["h1"].published.day == 5  # "date" stands for "published"
    # again: nothing to do
    status, out, _ = run(["ingest", str(story), str(news), "--db", db, "--outlet", "Post", "-q"], capsys)
    assert status == 0 and "0 added, 0 replaced, 3 unchanged" in out


def test_bad_lines_are_reported_with_their_place_and_the_others_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, later = json.dumps(STORIES[2]), json.dumps({"id": "x9", "text": '"Fine," said Ann Lee.'})
    news = jsonl(
        tmp_path / "news.jsonl",
        [good, "{not json", json.dumps({"id": "d8", "text": "Hi.", "published": "last Monday"}), later],
    )
    db = str(tmp_path / "q.db")
    status, out, err = run(["ingest", str(news), "--db", db, "-q"], capsys)
    assert status == 2
    first, second = err.splitlines()
    assert first.startswith(f"quotrack ingest: error: {news}:2: not valid JSON (Expecting property name")
    assert second.startswith(f"quotrack ingest: error: {news}:3: cannot read the date 'last Monday'")
    assert "Traceback" not in err
    assert "2 added, 0 replaced, 0 unchanged, skipped 2 bad records" in out
    with quotrack.Ledger(db, progress=False) as ledger:
        assert [d.id for d in ledger.documents()] == ["w2", "x9"]

    status, out, err = run(["ingest", str(news), "--db", db, "--skip-bad", "-q"], capsys)
    assert status == 0
    assert "0 added, 0 replaced, 2 unchanged, skipped 2 bad records" in out
    assert len(err.splitlines()) == 2


def test_a_record_the_store_refuses_is_reported_and_the_later_ones_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news.jsonl"
    records = [
        {"id": "k1", "text": "Mayor Ann Lee said the bridge would reopen in May."},
        {"id": "k" + "x" * 2100, "text": "Mayor Ann Lee said the ferry would stop."},  # too long an id
        {"id": "k3", "text": "Tom Roe said the school would close."},
    ]
    news.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "q.db")
    status, out, err = run(["ingest", str(news), "--db", db, "-q"], capsys)
    assert status == 2
    assert err.startswith(f"quotrack ingest: error: {news}:2: the id is 2,101 bytes long")
    assert "2 added, 0 replaced, 0 unchanged, skipped 1 bad record" in out
    with quotrack.Ledger(db, progress=False) as ledger:
        assert sorted(d.id for d in ledger.documents()) == ["k1", "k3"]


def test_empty_and_binary_files_are_reported_not_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "fine.txt").write_text('"Hello," said Ann Lee.', encoding="utf-8")
    db = str(tmp_path / "q.db")
    status, out, err = run(["ingest", str(tmp_path), "--db", db, "-q"], capsys)
    assert status == 2 and "1 added" in out
    assert (
        f"{tmp_path / 'empty.txt'}: an empty file" in err and f"{tmp_path / 'blob.txt'}: a binary file" in err
    )


def test_ingest_command_line_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "same.txt").write_text("Hi.", encoding="utf-8")
    db = str(tmp_path / "q.db")
    status, out, err = run(
        ["ingest", str(tmp_path / "a/same.txt"), str(tmp_path / "b/same.txt"), "--db", db, "-q"], capsys
    )
    assert status == 0 and "2 added" in out, err  # two files of one name are two documents
    status, _, err = run(["ingest", str(tmp_path / "missing.jsonl"), "--db", db], capsys)
    assert status == 2 and "no such file" in err
    status, _, err = run(["ingest", str(tmp_path / "a/same.txt")], capsys)
    assert status == 2 and "--db" in err


# -- queries ------------------------------------------------------------------


def test_speakers_table_and_jsonl(ledger_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["speakers", "--db", ledger_db], capsys)
    assert status == 0
    header, first, *_ = out.splitlines()
    assert header.split()[:5] == ["id", "speaker", "kind", "quotes", "docs"]
    assert "Ana Ruiz" in first and "City Wire, Harbor Herald" in first  # most quoted first
    status, out, _ = run(["speakers", "--db", ledger_db, "--format", "jsonl"], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    ruiz = next(r for r in records if r["name"] == "Ana Ruiz")
    assert ruiz["documents"] == 3 and ruiz["first_seen"].startswith("2026-01-05")


def test_speakers_and_quotes_by_kind_and_confidence(
    ledger_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["speakers", "--db", ledger_db, "--kind", "person", "-f", "jsonl"], capsys)
    people = [json.loads(line) for line in out.splitlines()]
    assert people and {p["kind"] for p in people} == {"person"}
    _, out, _ = run(["speakers", "--db", ledger_db, "--kind", "outlet", "-f", "jsonl"], capsys)
    assert out == ""
    with quotrack.Ledger(ledger_db, progress=False) as ledger:
        confidences = sorted(q.confidence or 0.0 for q in ledger.quotes())
    middle = confidences[len(confidences) // 2]
    _, out, _ = run(["quotes", "--db", ledger_db, "--min-confidence", str(middle), "-f", "jsonl"], capsys)
    kept = [json.loads(line) for line in out.splitlines()]
    assert len(kept) == sum(1 for c in confidences if c >= middle)
    assert all(q["confidence"] >= middle for q in kept)
    _, out, _ = run(["speakers", "--db", ledger_db, "--min-confidence", "1", "-f", "jsonl"], capsys)
    counted = sum(json.loads(line)["quotes"] for line in out.splitlines())
    _, out, _ = run(["speakers", "--db", ledger_db, "-f", "jsonl"], capsys)
    assert counted <= sum(json.loads(line)["quotes"] for line in out.splitlines())
    status, _, err = run(["quotes", "--db", ledger_db, "--min-confidence", "1.5"], capsys)
    assert status == 2 and "not a number from 0 to 1" in err


def test_quotes_filters(ledger_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["quotes", "--db", ledger_db, "--speaker", "ana ruiz", "--format", "csv"], capsys)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["document"] for r in rows] == ["h1", "w1", "w2"]  # in date order
    assert {r["speaker"] for r in rows} == {"Ana Ruiz"}
    status, out, _ = run(
        ["quotes", "--db", ledger_db, "--since", "2026-01-06", "--until", "2026-01-31", "-f", "jsonl"], capsys
    )
    assert {json.loads(line)["document"] for line in out.splitlines()} == {"w1"}
    status, out, _ = run(
        ["quotes", "--db", ledger_db, "--outlet", "City Wire", "--contains", "TRAFFIC"], capsys
    )
    lines = out.splitlines()
    assert len(lines) == 2 and "Traffic will improve" in lines[1] and "2026-02-10" in lines[1]
    status, _, err = run(["quotes", "--db", ledger_db, "--since", "last week"], capsys)
    assert status == 2 and "not an ISO date" in err


def test_quotes_of_several_kinds(ledger_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with quotrack.Ledger(ledger_db, progress=False) as ledger:
        stored = [q.kind for q in ledger.quotes()]
    assert len(set(stored)) > 1  # (the ledger holds more than one kind)
    for option in ("direct", "direct,indirect", "mixed, indirect"):
        wanted = {part.strip() for part in option.split(",")}
        status, out, _ = run(["quotes", "--db", ledger_db, "--kind", option, "-f", "jsonl"], capsys)
        kept = [json.loads(line)["kind"] for line in out.splitlines()]
        assert status == 0 and set(kept) <= wanted
        assert len(kept) == sum(1 for kind in stored if kind in wanted)
    status, _, err = run(["quotes", "--db", ledger_db, "--kind", "direct,quoted"], capsys)
    assert status == 2 and "comma-separated list of direct, mixed, indirect" in err


def test_echoes(ledger_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["echoes", "--db", ledger_db], capsys)
    assert status == 0
    assert out.startswith("1. “The bridge will open in May, and not a day later")
    assert "2 documents; first 2026-01-05 Harbor Herald h1 (Ana Ruiz)" in out
    status, out, _ = run(["echoes", "--db", ledger_db, "-f", "jsonl"], capsys)
    (echo,) = [json.loads(line) for line in out.splitlines()]
    assert echo["first"]["document"] == "h1"
    assert sorted(o["document"] for o in echo["occurrences"]) == ["h1", "w1"]


def test_people_merge_and_split(tmp_path: Path, ledger_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "copy.db"  # the shared ledger stays as it is
    shutil.copy(ledger_db, db)
    status, out, err = run(["people", "merge", "Ana Ruiz", "Tom Baker", "--db", str(db)], capsys)
    assert status == 0, err
    assert out.startswith("merged 'Tom Baker' into 'Ana Ruiz'")
    with quotrack.Ledger(str(db), progress=False) as ledger:
        assert "Tom Baker" not in {s.name for s in ledger.speakers()}
    status, out, err = run(["people", "split", "Ana Ruiz", "--names", "Tom Baker", "--db", str(db)], capsys)
    assert status == 0, err
    with quotrack.Ledger(str(db), progress=False) as ledger:
        assert {"Ana Ruiz", "Tom Baker"} <= {s.name for s in ledger.speakers()}
    status, _, err = run(["people", "split", "Ana Ruiz", "--db", str(db)], capsys)
    assert status == 2 and "--names" in err


def test_report_command(tmp_path: Path, ledger_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "report.html"
    status, _, err = run(
        ["report", "--db", ledger_db, "-o", str(target), "--title", "Bridge <watch>"], capsys
    )
    assert status == 0, err
    page = target.read_text(encoding="utf-8")
    assert "<title>Bridge &lt;watch&gt;</title>" in page
    assert page.count("<svg") >= 3
    assert "Bridge &lt;b&gt;opens&lt;/b&gt; in May" in page
    assert "The bridge will open in May" in page  # the echo
    assert "Confidence threshold: 0.31" in page  # the complete setting, by default
    for asked, shown in (("0.75", "0.75"), ("precise", "0.74"), ("all", "none (0)")):
        status, _, err = run(
            ["report", "--db", ledger_db, "-o", str(target), "--min-confidence", asked], capsys
        )
        assert status == 0, err
        assert f"Confidence threshold: {shown}" in target.read_text(encoding="utf-8")
    status, _, err = run(["report", "--db", ledger_db, "-o", str(target), "--min-confidence", "sure"], capsys)
    assert status == 2 and "nor one of all, complete, precise: 'sure'" in err


def test_ingest_a_folder_of_pages_and_web_archives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import attrs
    from reading_support import CATALONIA, CUBA, KOSZALIN, LOGIN_WALL, page_bytes, record_bytes, write_warc

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "badalona.html").write_bytes(page_bytes(CATALONIA, canonical="https://www.nytimes.com/badalona"))
    (pages / "koszalin.htm").write_bytes(page_bytes(KOSZALIN, "utf-8", site_name="the Guardian"))
    (pages / "login.html").write_text(LOGIN_WALL, encoding="utf-8")
    db = str(tmp_path / "q.db")
    status, out, err = run(["ingest", str(pages), "--db", db, "-q"], capsys)
    assert status == 0, err
    assert "2 added, 0 replaced, 0 unchanged" in out
    assert f"note: {pages / 'login.html'}: skipped, page with no article text" in err
    with quotrack.Ledger(db, progress=False) as ledger:
        documents = {d.id: d for d in ledger.documents()}
    assert documents["https://www.nytimes.com/badalona"].outlet == "The New York Times"
    assert documents[str(pages / "koszalin.htm")].outlet == "The Guardian"

    # a WARC: a request record, two pages, and a broken member between them
    crawl = tmp_path / "crawl.warc.gz"
    records = [
        record_bytes("https://news.example/cuba", b"GET /cuba", kind="request"),
        record_bytes("https://news.example/cuba", page_bytes(CUBA)),
        record_bytes("https://news.example/x", page_bytes(KOSZALIN))[:300],
        record_bytes("https://news.example/badalona", page_bytes(CATALONIA)),
    ]
    offsets = write_warc(crawl, records)
    status, out, err = run(["ingest", str(crawl), "--db", db, "-q"], capsys)
    assert status == 2
    assert "2 added, 0 replaced, 0 unchanged, skipped 1 bad record" in out
    assert f"quotrack ingest: error: {crawl}@{offsets[2]}: a corrupt or truncated gzip member" in err
    assert "quotrack ingest: skipped 1 (request record: 1)" in err

    # a later fetch of the same URL replaces the earlier
    later = tmp_path / "later.warc.gz"
    updated = attrs.evolve(CUBA, paragraphs=(*CUBA.paragraphs, "Officials said an inquiry had begun."))
    write_warc(
        later, [record_bytes("https://news.example/cuba", page_bytes(updated), date="2026-03-02T00:00:00Z")]
    )
    status, out, err = run(["ingest", str(later), "--db", db, "-q"], capsys)
    assert status == 0, err
    assert "0 added, 1 replaced, 0 unchanged" in out


# -- texts, copies, reprocessing and wide tables ---------------------------------------------
def test_quotes_context_wide_and_reprocess(
    tmp_path: Path, ledger_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "copy.db")
    shutil.copy(ledger_db, db)
    status, out, _ = run(["quotes", "--db", db, "--document", "w2", "--context"], capsys)
    assert status == 0
    assert out.splitlines()[2].strip() == '"Traffic will improve within a month," said Ana Ruiz, the mayor.'
    status, out, _ = run(["quotes", "--db", db, "--document", "w2", "-f", "jsonl", "--context"], capsys)
    assert json.loads(out)["context"] == '"Traffic will improve within a month," said Ana Ruiz, the mayor.'
    status, out, _ = run(["echoes", "--db", db, "--wide"], capsys)
    assert status == 0 and "The bridge will open in May, and not a day later" in out
    status, out, err = run(["reprocess", "--db", db, "--detectors", "quotes", "-q"], capsys)
    assert status == 0, err
    assert "3 documents in" in out and "0 added" in out and "unchanged" in out
    with quotrack.Ledger(db, progress=False) as ledger:
        assert {d.detectors for d in ledger.documents()} == {("quotes",)}
    status, _, err = run(["reprocess", "--db", db, "--document", "nope"], capsys)
    assert status == 2 and "no document 'nope'" in err


def test_ingest_keeps_unknown_keys_and_tables_go_wide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "Alexandra Konstantinopoulou-Whitfield"
    story = {
        "id": "p1",
        "text": f'"The tide gauges show a clear rise," said Professor {name}, who leads the harbour survey.',
        "outlet": "Harbor Herald",
        "date": "2026-01-09",
        "desk": "science",
        "authors": ["Mei Chen"],
    }
    path = jsonl(tmp_path / "p.jsonl", [json.dumps(story)])
    db = str(tmp_path / "p.db")
    status, _, err = run(["ingest", str(path), "--db", db, "-q"], capsys)
    assert status == 0, err
    with quotrack.Ledger(db, progress=False) as ledger:
        [document] = ledger.documents()
        assert (document.metadata, document.authors, document.source) == (
            {"desk": "science"},
            ("Mei Chen",),
            f"{path}:1",
        )
    _, narrow, _ = run(["speakers", "--db", db], capsys)
    _, wide, _ = run(["speakers", "--db", db, "--wide"], capsys)
    assert name not in narrow and name in wide
    _, narrow, _ = run(["extract", str(path)], capsys)
    _, wide, _ = run(["extract", str(path), "--wide"], capsys)
    assert name not in narrow and name in wide


def test_quotes_leave_topics_and_requests_out_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        'Ann Lee announced her candidacy. "We will win in May," she said. She urged voters to register.',
        encoding="utf-8",
    )
    db = str(tmp_path / "q.db")
    assert run(["ingest", str(story), "--db", db, "-q"], capsys)[0] == 0
    status, out, _ = run(["quotes", "--db", db, "-f", "jsonl"], capsys)
    assert status == 0 and [json.loads(line)["act"] for line in out.splitlines()] == ["speech"]
    status, out, _ = run(["quotes", "--db", db, "-f", "jsonl", "--topics"], capsys)
    assert sorted(json.loads(line)["act"] for line in out.splitlines()) == ["speech", "topic"]
    status, out, _ = run(["quotes", "--db", db, "-f", "jsonl", "--topics", "--requests"], capsys)
    assert sorted(json.loads(line)["act"] for line in out.splitlines()) == ["request", "speech", "topic"]


def test_quotes_no_copies_lists_each_quote_once_where_it_first_appeared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = (
        '"The ferry will run every hour until the bridge reopens," said Ann Lee, the harbour master, on '
        "Tuesday. The bridge has been closed since a barge struck one of its piers in the autumn storms, "
        "and engineers have replaced two of its steel girders."
    )
    records = [
        {"id": "wire-1", "outlet": "Wire", "published": "2026-03-03T08:00", "text": story},
        {"id": "site-2", "outlet": "Herald", "published": "2026-03-03T10:00", "text": story + " More soon."},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert run(["ingest", str(path), "--db", db, "-q"], capsys)[0] == 0
    _, out, _ = run(["quotes", "--db", db, "-f", "jsonl"], capsys)
    assert [(r["document"], r["copy_of"]) for r in map(json.loads, out.splitlines())] == [
        ("wire-1", None),
        ("site-2", "wire-1"),
    ]
    _, out, _ = run(["quotes", "--db", db, "-f", "jsonl", "--no-copies"], capsys)
    assert [json.loads(line)["document"] for line in out.splitlines()] == ["wire-1"]


def test_quotes_of_a_speaker_the_ledger_does_not_have_is_an_error_not_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Ann Lee said that the ferry would run every hour.", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run(["ingest", str(story), "--db", db, "-q"], capsys)[0] == 0
    status, _, err = run(["quotes", "--db", db, "--speaker", "Ann Leee"], capsys)  # a typo
    assert status == 1 and "no speaker 'Ann Leee' in the ledger" in err
    status, out, _ = run(["quotes", "--db", db, "--speaker", "ann lee", "-f", "jsonl"], capsys)
    assert status == 0 and len(out.splitlines()) == 1
    status, out, _ = run(["quotes", "--db", db, "--speaker", "Ann Lee", "--kind", "direct"], capsys)
    assert status == 0 and "(none)" in out  # a speaker the ledger has, with no quote of that kind


def test_ingest_uses_the_confidence_model_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text('"We will win in May," said Ann Lee.', encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    status, _, err = run(
        ["ingest", str(story), "--db", str(tmp_path / "q.db"), "--confidence", str(broken)], capsys
    )
    assert status == 1 and err.startswith(f"quotrack ingest: error: {broken}: ")


def test_a_database_with_no_ledger_is_an_error_and_gets_no_tables(
    ledger_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not ledger_url.startswith("postgresql"):  # an unrelated SQLite file, with a table of its own
        with sqlite3.connect(ledger_url) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
    for command in (["speakers"], ["report", "-o", str(tmp_path / "r.html")]):
        status, out, err = run([*command, "--db", ledger_url], capsys)
        assert status == 2 and out == "" and "no ledger at" in err
    assert not holds_ledger(ledger_url)
    story = tmp_path / "story.txt"
    story.write_text('"We will win in May," said Ann Lee.', encoding="utf-8")
    assert run(["ingest", str(story), "--db", ledger_url], capsys)[0] == 0
    assert run(["speakers", "--db", ledger_url], capsys)[0] == 0


def test_a_mistyped_ledger_is_an_error_not_a_new_empty_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "ledgr.db"
    for command in (["speakers"], ["quotes"], ["echoes"], ["people", "merge", "A", "B"]):
        status, out, err = run([*command, "--db", str(typo)], capsys)
        assert status == 2 and out == ""
        assert f"no ledger at {typo}: store documents in it first" in err
    assert not typo.exists()
