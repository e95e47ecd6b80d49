"""The Ledger on a real SQLite file and a real PostgreSQL server: storing, re-ingesting, querying, people."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from ledger_support import make_result, synthetic

import quotrack
from quotrack import Ledger, LedgerError, RecordError
from quotrack.ledger.store import WAL_CHECKPOINT_PAGES, engine_for

SUPPORT = Path(__file__).with_name("ledger_support.py")


def _add(ledger: Ledger, doc_id: str, text: str, quotes: list[tuple[str, ...]], **facts: str) -> str:
    return ledger.add(make_result(text, quotes), id=doc_id, **facts)  # type: ignore[arg-type]


def _whole(ledger: Ledger) -> None:
    """Every stored document has exactly the attributions it says it has."""
    for document in ledger.documents():
        assert len(ledger.quotes(document=document.id)) == document.attributions, document.id


# -- storing and re-ingesting ------------------------------------------------------------
def test_add_stores_a_result_and_reads_it_back(ledger: Ledger) -> None:
    text = '"The bridge will open in May," said Ann Lee, the city engineer.'
    status = _add(
        ledger,
        "a1",
        text,
        [("The bridge will open in May", "Ann Lee", "direct")],
        outlet="Metro News",
        published="2026-02-03T09:30:00",
        url="https://x.test/a1",
        title="Bridge",
    )
    assert status == "added"
    [document] = ledger.documents()
    assert (document.id, document.outlet, document.published, document.url, document.title) == (
        "a1",
        "Metro News",
        datetime(2026, 2, 3, 9, 30),
        "https://x.test/a1",
        "Bridge",
    )
    assert document.attributions == 1
    [quote] = ledger.quotes()
    assert (quote.document, quote.outlet, quote.kind, quote.content, quote.speaker, quote.cue) == (
        "a1",
        "Metro News",
        "direct",
        "The bridge will open in May",
        "Ann Lee",
        "said",
    )
    assert text[quote.start : quote.end] == quote.content


def test_unchanged_document_is_left_alone_and_a_changed_one_replaced(ledger: Ledger) -> None:
    first = '"Taxes will fall," said Ann Lee.'
    assert _add(ledger, "a1", first, [("Taxes will fall", "Ann Lee", "direct")]) == "added"
    assert _add(ledger, "a1", first, [("Taxes will fall", "Ann Lee", "direct")]) == "unchanged"
    assert len(ledger.quotes()) == 1
    changed = '"Taxes will rise," said Omar Haddad.'
    assert _add(ledger, "a1", changed, [("Taxes will rise", "Omar Haddad", "direct")]) == "replaced"
    assert [(q.content, q.speaker) for q in ledger.quotes()] == [("Taxes will rise", "Omar Haddad")]
    assert [s.name for s in ledger.speakers()] == ["Omar Haddad"]
    assert len(ledger.documents()) == 1
    # the same text under new facts is a change too
    assert (
        _add(ledger, "a1", changed, [("Taxes will rise", "Omar Haddad", "direct")], outlet="AP") == "replaced"
    )


def test_ingest_extracts_and_skips_what_is_stored(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    records = [
        {
            "id": "n1",
            "text": '"We will rebuild the school," said Mayor Ann Lee.',
            "outlet": "Daily",
            "published": "2026-03-01",
        },
        {"id": "n2", "text": "Omar Haddad said that the vote was fair.", "published": "2026-03-02"},
    ]
    report = ledger.ingest(records, tracker=tracker)
    assert (report.added, report.replaced, report.unchanged, report.failed) == (2, 0, 0, 0)
    assert {q.speaker for q in ledger.quotes()} == {"Ann Lee", "Omar Haddad"}
    again = ledger.ingest(records, tracker=tracker)
    assert (again.added, again.unchanged) == (0, 2)
    records[1] = {**records[1], "text": "Omar Haddad said that the count was slow."}
    changed = ledger.ingest(records, tracker=tracker)
    assert (changed.replaced, changed.unchanged) == (1, 1)
    assert [q.content for q in ledger.quotes(document="n2")] == ["the count was slow"]
    _whole(ledger)


def test_bad_record_raises_naming_it_and_keeps_the_records_before(
    ledger: Ledger, tracker: quotrack.Tracker
) -> None:
    records = [
        {"id": "ok1", "text": "Ann Lee said that the park would close."},
        {"id": "late", "text": "Ann Lee said so.", "published": "next Tuesday"},
        {"id": "ok2", "text": "Omar Haddad said that the road was shut."},
    ]
    with pytest.raises(RecordError, match="late: cannot read the date 'next Tuesday'") as caught:
        ledger.ingest(records, tracker=tracker)
    assert caught.value.record == "late"
    assert [d.id for d in ledger.documents()] == ["ok1"]


def test_skip_goes_on_and_reports_each_failure(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    records: list[object] = [
        {"id": "ok1", "text": "Ann Lee said that the park would close."},
        {"text": "No id here."},
        "not a mapping",
        {"id": "empty"},
        {"id": "ok2", "text": "Omar Haddad said that the road was shut."},
    ]
    report = ledger.ingest(records, tracker=tracker, on_error="skip")
    assert (report.added, report.failed) == (2, 3)
    assert [(e.record, e.message) for e in report.errors] == [
        ("record 2", "the record has no id"),
        ("record 3", "a record must be a mapping with 'id' and 'text', not str"),
        ("empty", "the record has no text"),
    ]
    assert [d.id for d in ledger.documents()] == ["ok1", "ok2"]


def test_records_with_places_name_them_in_errors(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    items = [
        ({"id": "ok1", "text": "Ann Lee said that the park would close."}, "a.jsonl:1"),
        (RecordError("a.jsonl:2", "not JSON"), "a.jsonl:2"),
        ({"text": "no id"}, "a.jsonl:3"),
    ]
    report = ledger.ingest(items, tracker=tracker, on_error="skip", as_tuples=True)
    assert [(e.record, e.message) for e in report.errors] == [
        ("a.jsonl:2", "not JSON"),
        ("a.jsonl:3", "the record has no id"),
    ]
    with pytest.raises(RecordError, match=r"^a\.jsonl:2: not JSON$"):
        ledger.ingest(items, tracker=tracker, as_tuples=True)


def test_on_error_must_be_raise_or_skip(ledger: Ledger) -> None:
    with pytest.raises(quotrack.ArgumentError, match="on_error"):
        ledger.ingest([], on_error="ignore")


def test_text_a_database_cannot_hold_is_stored_faithfully(ledger: Ledger) -> None:
    text = '"Pay \x00 now \ud800 or \ue000u0041 later," said Ann\x00 Lee.'
    content = "Pay \x00 now \ud800 or \ue000u0041 later"
    status = _add(
        ledger,
        "id\x00\udfff",
        text,
        [(content, "Ann\x00 Lee", "direct")],
        outlet="Out\x00let",
        title="T\ud83d",
    )
    assert status == "added"
    [document] = ledger.documents()
    assert (document.id, document.outlet, document.title) == ("id\x00\udfff", "Out\x00let", "T\ud83d")
    [quote] = ledger.quotes(contains="\x00 now \ud800")
    assert (quote.content, quote.speaker, quote.document) == (content, "Ann\x00 Lee", "id\x00\udfff")
    assert ledger.quotes(contains="\ue000u0041") == [quote]
    assert ledger.quotes(contains="0041 later") == [quote]
    assert [s.name for s in ledger.speakers()] == ["Ann\x00 Lee"]
    assert (
        _add(
            ledger,
            "id\x00\udfff",
            text,
            [(content, "Ann\x00 Lee", "direct")],
            outlet="Out\x00let",
            title="T\ud83d",
        )
        == "unchanged"
    )


# -- queries -------------------------------------------------------------------------------
@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    _add(
        ledger,
        "d1",
        '"The plant will close," said Jürgen Müller. Ann Lee said that jobs would go.',
        [("The plant will close", "Jürgen Müller", "direct"), ("jobs would go", "Ann Lee", "indirect")],
        outlet="Courier",
        published="2026-01-10",
    )
    _add(
        ledger,
        "d2",
        '"We will fight for the plant," said Jurgen Muller.',
        [("We will fight for the plant", "Jurgen Muller", "direct")],
        outlet="Herald",
        published="2026-01-12T18:00",
    )
    _add(
        ledger,
        "d3",
        'Ann Lee said the Plant workers "deserve better" than this.',
        [('the Plant workers "deserve better" than this', "Ann Lee", "mixed")],
        outlet="Courier",
        published="2026-01-11",
    )
    _add(
        ledger,
        "d4",
        "A spokesman said that talks had failed.",
        [("talks had failed", "A spokesman", "indirect", "unnamed")],
    )
    return ledger


def test_quotes_come_in_date_order_undated_last(filled: Ledger) -> None:
    assert [q.document for q in filled.quotes()] == ["d1", "d1", "d3", "d2", "d4"]


def test_quotes_by_speaker_under_any_spelling(filled: Ledger) -> None:
    by_umlaut = filled.quotes(speaker="Jürgen Müller")
    assert [q.document for q in by_umlaut] == ["d1", "d2"]
    assert filled.quotes(speaker="jurgen muller") == by_umlaut
    assert {q.speaker for q in by_umlaut} == {"Jürgen Müller"}
    assert filled.quotes(speaker="Nobody Here") == []


def test_quote_filters(filled: Ledger) -> None:
    assert [q.document for q in filled.quotes(outlet="courier")] == ["d1", "d1", "d3"]
    assert [q.document for q in filled.quotes(since="2026-01-11", until="2026-01-12")] == ["d3", "d2"]
    assert [q.document for q in filled.quotes(until="2026-01-12T12:00")] == ["d1", "d1", "d3"]
    assert [q.content for q in filled.quotes(contains="PLANT", kind="direct")] == [
        "The plant will close",
        "We will fight for the plant",
    ]
    assert [q.document for q in filled.quotes(kind=quotrack.Kind.MIXED)] == ["d3"]
    assert [q.content for q in filled.quotes(document="d2")] == ["We will fight for the plant"]
    with pytest.raises(quotrack.ArgumentError, match="kind"):
        filled.quotes(kind="shouted")


def test_speakers_most_quoted_first_with_their_spread(filled: Ledger) -> None:
    speakers = filled.speakers()
    assert [(s.name, s.quotes, s.documents) for s in speakers] == [("Ann Lee", 2, 2), ("Jürgen Müller", 2, 2)]
    muller = speakers[1]
    assert muller.aliases == ("Jurgen Muller",)
    assert muller.outlets == ("Courier", "Herald")
    assert (muller.first_seen, muller.last_seen) == (datetime(2026, 1, 10), datetime(2026, 1, 12, 18))
    assert filled.speakers(limit=1) == speakers[:1]


def test_unnamed_speakers_stay_in_their_article(filled: Ledger) -> None:
    _add(
        filled,
        "d5",
        "A spokesman said that talks would resume.",
        [("talks would resume", "A spokesman", "indirect", "unnamed")],
    )
    assert "A spokesman" not in {s.name for s in filled.speakers()}
    quotes = filled.quotes(contains="talks")
    assert [(q.speaker, q.source) for q in quotes] == [(None, "A spokesman"), (None, "A spokesman")]


@pytest.mark.parametrize(
    "names",
    [
        ("Hillary Clinton", "Bill Clinton"),
        ("George W. Bush", "George H. W. Bush"),
        ("Andrew Yang", "Yang Jiechi"),
    ],
)
def test_namesakes_stay_apart(ledger: Ledger, names: tuple[str, str]) -> None:
    for n, name in enumerate(names):
        _add(
            ledger,
            f"n{n}",
            f"{name} said that plan {n} was wise.",
            [(f"plan {n} was wise", name, "indirect")],
        )
    assert sorted(s.name for s in ledger.speakers()) == sorted(names)


# -- people by hand --------------------------------------------------------------------------
def test_merge_is_kept_across_reingest_and_new_documents(ledger: Ledger) -> None:
    _add(ledger, "m1", "Bob Stone said that costs rose.", [("costs rose", "Bob Stone", "indirect")])
    _add(ledger, "m2", "Robert Stone said that costs fell.", [("costs fell", "Robert Stone", "indirect")])
    merged = ledger.merge("Bob Stone", "Robert Stone")
    assert (merged.name, merged.aliases, merged.quotes, merged.documents) == (
        "Bob Stone",
        ("Robert Stone",),
        2,
        2,
    )
    _add(
        ledger,
        "m2",
        "Robert Stone said that costs fell sharply.",
        [("costs fell sharply", "Robert Stone", "indirect")],
    )
    _add(ledger, "m3", "Robert Stone said that costs held.", [("costs held", "Robert Stone", "indirect")])
    [speaker] = ledger.speakers()
    assert (speaker.name, speaker.quotes, speaker.id) == ("Bob Stone", 3, merged.id)
    assert [q.document for q in ledger.quotes(speaker="Robert Stone")] == ["m1", "m2", "m3"]


def test_split_namesakes_by_document_is_kept_across_reingest(ledger: Ledger) -> None:
    _add(
        ledger,
        "s1",
        "John Smith said that the senate would vote.",
        [("the senate would vote", "John Smith", "indirect")],
    )
    _add(
        ledger,
        "s2",
        "John Smith said that the team would win.",
        [("the team would win", "John Smith", "indirect")],
    )
    [both] = ledger.speakers()
    assert both.documents == 2
    footballer = ledger.split("John Smith", documents=["s2"], name="John Smith (footballer)")
    assert (footballer.name, footballer.documents) == ("John Smith (footballer)", 1)
    _add(
        ledger,
        "s2",
        "John Smith said that the team would win again.",
        [("the team would win again", "John Smith", "indirect")],
    )
    by_name = {s.name: s for s in ledger.speakers()}
    assert by_name["John Smith (footballer)"].quotes == 1
    assert [q.content for q in ledger.quotes(speaker=footballer.id)] == ["the team would win again"]
    assert [q.content for q in ledger.quotes(speaker=by_name["John Smith"].id)] == ["the senate would vote"]


def test_split_by_name_undoes_a_merge(ledger: Ledger) -> None:
    _add(ledger, "p1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    _add(ledger, "p2", "Anne Leigh said that rents fell.", [("rents fell", "Anne Leigh", "indirect")])
    ledger.merge("Ann Lee", "Anne Leigh")
    assert len(ledger.speakers()) == 1
    apart = ledger.split("Ann Lee", names=["Anne Leigh"])
    assert (apart.name, apart.quotes) == ("Anne Leigh", 1)
    _add(ledger, "p3", "Anne Leigh said that rents held.", [("rents held", "Anne Leigh", "indirect")])
    assert sorted((s.name, s.quotes) for s in ledger.speakers()) == [("Ann Lee", 1), ("Anne Leigh", 2)]


def test_merge_and_split_name_what_they_cannot_find(ledger: Ledger) -> None:
    _add(ledger, "p1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    with pytest.raises(quotrack.ArgumentError, match="no speaker 'Zed'"):
        ledger.merge("Ann Lee", "Zed")
    with pytest.raises(quotrack.ArgumentError, match="needs names"):
        ledger.split("Ann Lee")
    with pytest.raises(quotrack.ArgumentError, match="no document 'nope'"):
        ledger.split("Ann Lee", documents=["nope"])


# -- echoes -------------------------------------------------------------------------------
def test_echo_first_is_the_earliest_publication(ledger: Ledger) -> None:
    words = "We will not let this city down, not now and not ever"
    _add(ledger, "e1", f'"{words}," said Ann Lee.', [(words, "Ann Lee", "direct")], published="2026-04-03")
    _add(
        ledger,
        "e2",
        f"Ann Lee said: “{words}.”",
        [(words + ".", "Ann Lee", "direct")],
        published="2026-04-01",
    )
    _add(
        ledger,
        "e3",
        f'Ann Lee said "{words}" to the crowd.',
        [(f'"{words}" to the crowd', "Ann Lee", "mixed")],
        published="2026-04-02",
    )
    _add(
        ledger,
        "e4",
        "Ann Lee said that she would not let the city down.",
        [("she would not let the city down", "Ann Lee", "indirect")],
        published="2026-03-01",
    )
    [echo] = ledger.echoes()
    assert echo.first.document == "e2"
    assert [o.document for o in echo.occurrences] == ["e2", "e3", "e1"]
    assert echo.text == words + "."
    assert ledger.echoes(min_documents=4) == []


# -- opening ------------------------------------------------------------------------------
def test_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="no such directory"):
        Ledger(tmp_path / "absent" / "quotes.db")


def test_a_non_database_url_is_refused() -> None:
    with pytest.raises(LedgerError, match="SQLite file or a PostgreSQL"):
        Ledger("mysql://me@localhost/news")


# -- processes ------------------------------------------------------------------------------
def _writer(url: str, start: int, count: int, go: Path | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SUPPORT.parent.parent)}
    return subprocess.Popen(
        [sys.executable, str(SUPPORT), url, str(start), str(count), *([str(go)] if go else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_killed_ingest_leaves_whole_documents_and_resumes(ledger_url: str) -> None:
    child = _writer(ledger_url, 0, 150)
    assert child.stdout is not None
    for _ in range(10):  # wait until the child is well into its writes
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Ledger(ledger_url, progress=False) as ledger:
        stored = len(ledger.documents())
        assert 10 <= stored < 150
        _whole(ledger)
        statuses = [
            ledger.add(result, id=doc_id, outlet=f"Outlet {n % 3}", published=f"2026-01-{1 + n % 28:02d}")
            for n, (doc_id, result) in ((n, synthetic(n)) for n in range(150))
        ]
        assert statuses.count("unchanged") == stored
        assert statuses.count("added") == 150 - stored
        assert len(ledger.documents()) == 150
        assert sum(s.quotes for s in ledger.speakers()) == 150
        _whole(ledger)


def test_two_writers_at_once_lose_nothing(ledger_url: str, tmp_path: Path) -> None:
    Ledger(ledger_url).close()  # made before both start, as a shared ledger would be
    go = tmp_path / "go"
    writers = [_writer(ledger_url, 0, 40, go), _writer(ledger_url, 40, 40, go)]
    for writer in writers:  # both have the ledger open before either writes
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    with Ledger(ledger_url, progress=False) as ledger:
        assert sorted(d.id for d in ledger.documents()) == sorted(f"d{n}" for n in range(80))
        speakers = ledger.speakers()
        assert sorted(s.name for s in speakers) == ["Ann Lee", "Jürgen Müller", "Mei Chen", "Omar Haddad"]
        assert [s.quotes for s in speakers] == [20, 20, 20, 20]
        _whole(ledger)


def test_two_writers_on_a_fresh_file_both_set_it_up(tmp_path: Path) -> None:
    url = str(tmp_path / "fresh.db")
    writers = [_writer(url, 0, 5), _writer(url, 5, 5)]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with Ledger(url) as ledger:
        assert len(ledger.documents()) == 10


def test_echo_variants_show_the_words_that_changed(ledger: Ledger) -> None:
    first = "The harbour will be dredged before the summer season starts next year"
    changed = "The harbour will be dredged before the winter season starts next year"
    _add(ledger, "v1", f'"{first}," said Mei Chen.', [(first, "Mei Chen", "direct")], published="2026-06-01")
    _add(
        ledger,
        "v2",
        f'"{changed}," said Mei Chen.',
        [(changed, "Mei Chen", "direct")],
        published="2026-06-02",
    )
    [echo] = ledger.echoes()
    assert echo.first.document == "v1"
    [variant] = echo.variants
    assert variant.occurrence.document == "v2"
    assert [(c.op, c.before, c.after) for c in variant.changes] == [("replace", "summer", "winter")]


def test_a_near_spelling_backed_by_a_description_is_one_person(ledger: Ledger) -> None:
    for doc, name in (("z1", "Volodymyr Zelenskyy"), ("z2", "Volodymyr Zelenskiy")):
        text = f"{name}, the Ukrainian president, said that talks would go on."
        result = make_result(text, [("talks would go on", name, "indirect")])
        entry = result.speakers[0]
        speakers = (
            type(entry)(
                entry.name, entry.kind, entry.mentions, entry.attributions, "the Ukrainian president"
            ),
        )
        ledger.add(type(result)(result.text, result.attributions, speakers), id=doc)
    [person] = ledger.speakers()
    assert (person.name, person.aliases, person.documents) == (
        "Volodymyr Zelenskyy",
        ("Volodymyr Zelenskiy",),
        2,
    )


def test_a_sqlite_ledger_writes_ahead_and_checkpoints_in_large_steps(tmp_path: Path) -> None:
    Ledger(tmp_path / "quotes.db").close()
    engine = engine_for(tmp_path / "quotes.db")
    with engine.connect() as conn:
        settings = [
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "wal_autocheckpoint", "busy_timeout")
        ]
    engine.dispose()
    assert settings == ["wal", 1, WAL_CHECKPOINT_PAGES, 60_000]
