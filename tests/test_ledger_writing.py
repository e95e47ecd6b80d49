"""Writing to a ledger on real SQLite and PostgreSQL databases: storing, re-ingesting, processes."""

from __future__ import annotations

import signal
from datetime import datetime
from pathlib import Path

import pytest
from _support import FailsOnZorb
from ledger_support import add, synthetic, whole, writer_process

import quotrack
from quotrack import Ledger, RecordError


# -- storing and re-ingesting ------------------------------------------------------------
def test_add_stores_a_result_and_reads_it_back(ledger: Ledger) -> None:
    text = '"The bridge will open in May," said Ann Lee, the city engineer.'
    status = add(
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
    assert add(ledger, "a1", first, [("Taxes will fall", "Ann Lee", "direct")]) == "added"
    assert add(ledger, "a1", first, [("Taxes will fall", "Ann Lee", "direct")]) == "unchanged"
    assert len(ledger.quotes()) == 1
    changed = '"Taxes will rise," said Omar Haddad.'
    assert add(ledger, "a1", changed, [("Taxes will rise", "Omar Haddad", "direct")]) == "replaced"
    assert [(q.content, q.speaker) for q in ledger.quotes()] == [("Taxes will rise", "Omar Haddad")]
    assert [s.name for s in ledger.speakers()] == ["Omar Haddad"]
    assert len(ledger.documents()) == 1
    # the same text under new facts is a change too
    assert (
        add(ledger, "a1", changed, [("Taxes will rise", "Omar Haddad", "direct")], outlet="AP") == "replaced"
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
    whole(ledger)


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


def test_a_document_a_plugin_fails_on_is_skipped_or_raised_naming_it(
    ledger: Ledger, tracker: quotrack.Tracker
) -> None:
    mine = quotrack.Tracker(nlp=tracker.nlp, detectors=["reported", FailsOnZorb()])
    items = [
        ({"id": "ok1", "text": "Ann Lee said that the park would close."}, "a.jsonl:1"),
        ({"id": "bad", "text": "Bo Li said that the zorb was late."}, "a.jsonl:2"),
        ({"id": "ok2", "text": "Omar Haddad said that the road was shut."}, "a.jsonl:3"),
    ]
    with pytest.raises(RecordError, match=r"^a\.jsonl:2: test-fails-on-zorb: detector raised"):
        ledger.ingest(items, tracker=mine, as_tuples=True)
    assert [d.id for d in ledger.documents()] == ["ok1"]  # every record before it is stored
    report = ledger.ingest(items, tracker=mine, on_error="skip", as_tuples=True)
    assert (report.added, report.failed) == (1, 1) and report.errors[0].record == "a.jsonl:2"
    assert sorted(d.id for d in ledger.documents()) == ["ok1", "ok2"]


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
    status = add(
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
        add(
            ledger,
            "id\x00\udfff",
            text,
            [(content, "Ann\x00 Lee", "direct")],
            outlet="Out\x00let",
            title="T\ud83d",
        )
        == "unchanged"
    )


# -- processes ------------------------------------------------------------------------------
def test_killed_ingest_leaves_whole_documents_and_resumes(ledger_url: str) -> None:
    child = writer_process(ledger_url, 0, 150)
    assert child.stdout is not None
    for _ in range(10):  # wait until the child is well into its writes
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Ledger(ledger_url, progress=False) as ledger:
        stored = len(ledger.documents())
        assert 10 <= stored < 150
        whole(ledger)
        statuses = [
            ledger.add(result, id=doc_id, outlet=f"Outlet {n % 3}", published=f"2026-01-{1 + n % 28:02d}")
            for n, (doc_id, result) in ((n, synthetic(n)) for n in range(150))
        ]
        assert statuses.count("unchanged") == stored
        assert statuses.count("added") == 150 - stored
        assert len(ledger.documents()) == 150
        assert sum(s.quotes for s in ledger.speakers()) == 150
        whole(ledger)


def test_two_writers_at_once_lose_nothing(ledger_url: str, tmp_path: Path) -> None:
    Ledger(ledger_url).close()  # made before both start, as a shared ledger would be
    go = tmp_path / "go"
    writers = [writer_process(ledger_url, 0, 40, go), writer_process(ledger_url, 40, 40, go)]
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
        whole(ledger)


# -- texts, facts and provenance --------------------------------------------------------
HARBOUR = (
    "The harbour bridge will stay shut until spring. "
    '"We found more rust than we expected," said Ann Lee, the city engineer. '
    "Omar Haddad said that the ferries would run every twenty minutes."
)


def test_ingest_takes_documents_and_dicts_and_keeps_every_fact(
    ledger: Ledger, tracker: quotrack.Tracker
) -> None:
    document = quotrack.Document(
        id="h1",
        text=HARBOUR,
        outlet="Harbour Herald",
        published=datetime(2026, 3, 1),
        url="https://herald.test/bridge",
        title="Bridge shut",
        authors=("Mei Chen",),
        language="en",
        source="crawl.warc.gz@1234",
        fetched=datetime(2026, 3, 2, 6),
        metadata={"section": "City"},
    )
    record = {
        "id": "h2",
        "text": HARBOUR,
        "date": "2026-03-04",
        "desk": "metro",
        "authors": "Tom Berg; Ann Ray",
    }
    report = ledger.ingest([document, record], tracker=tracker)
    assert (report.added, report.failed) == (2, 0)
    first, second = ledger.documents()
    assert (first.authors, first.language, first.source, first.fetched, first.metadata) == (
        ("Mei Chen",),
        "en",
        "crawl.warc.gz@1234",
        datetime(2026, 3, 2, 6),
        {"section": "City"},
    )
    assert (second.published, second.metadata, second.authors) == (
        datetime(2026, 3, 4),
        {"desk": "metro"},
        ("Tom Berg", "Ann Ray"),
    )
    assert ledger.text("h1") == HARBOUR
    assert first.quotrack_version == quotrack.__version__
    assert first.detectors == tuple(d.name for d in tracker.detectors)
    assert first.resolvers == tuple(r.name for r in tracker.resolvers)
    assert ledger.ingest([record], tracker=tracker).unchanged == 1
    changed = {**record, "desk": "sport"}  # an unknown key is a fact too: never dropped
    assert ledger.ingest([changed], tracker=tracker).replaced == 1
    assert ledger.documents()[1].metadata == {"desk": "sport"}


def test_offsets_refer_to_the_stored_text(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    ledger.ingest([{"id": "h1", "text": HARBOUR}], tracker=tracker)
    text = ledger.text("h1")
    for quote in ledger.quotes():
        assert text[quote.start : quote.end] == quote.content


def test_text_of_an_unknown_document_is_an_error(ledger: Ledger) -> None:
    with pytest.raises(quotrack.LedgerError, match="no document 'nope'"):
        ledger.text("nope")


def test_add_records_the_detectors_that_found_something(ledger: Ledger) -> None:
    add(ledger, "a1", '"We will win," said Ann Lee.', [("We will win", "Ann Lee", "direct")], language="en")
    [document] = ledger.documents()
    assert (document.detectors, document.resolvers, document.language) == (("hand",), None, "en")
    assert ledger.text("a1") == '"We will win," said Ann Lee.'


def test_a_later_fetch_of_a_url_replaces_the_earlier(ledger: Ledger) -> None:
    url = "https://herald.test/bridge"
    quote = [("We found more rust than we expected", "Ann Lee", "direct")]
    assert add(ledger, "fetch-1", HARBOUR, quote, url=url, fetched="2026-03-01") == "added"
    later = HARBOUR.replace("spring", "early summer")
    assert add(ledger, "fetch-2", later, quote, url=url, fetched="2026-03-05") == "replaced"
    [document] = ledger.documents()
    assert (document.id, document.fetched) == ("fetch-2", datetime(2026, 3, 5))
    assert ledger.text("fetch-2") == later
    # an older fetch of the page does not replace a newer one
    assert add(ledger, "fetch-0", HARBOUR, quote, url=url, fetched="2026-02-20") == "unchanged"
    assert [d.id for d in ledger.documents()] == ["fetch-2"]
    # and the same id fetched again is replaced, as before
    assert add(ledger, "fetch-2", HARBOUR, quote, url=url, fetched="2026-03-06") == "replaced"
    # a copy of the page under another id with no fetch date (a saved file) is no later fetch:
    # ingesting both again and again changes nothing
    assert add(ledger, "saved.html", later, quote, url=url) == "unchanged"
    assert add(ledger, "fetch-2", HARBOUR, quote, url=url, fetched="2026-03-06") == "unchanged"
    assert [d.id for d in ledger.documents()] == ["fetch-2"]
    whole(ledger)


def test_a_saved_copy_under_the_archived_fetch_s_own_id_does_not_replace_it(ledger: Ledger) -> None:
    # a page saved to a file whose id (its canonical URL) is the archived record's: no fetch date
    url = "https://herald.test/bridge"
    quote = [("We found more rust than we expected", "Ann Lee", "direct")]
    assert add(ledger, url, HARBOUR, quote, url=url, fetched="2026-03-05") == "added"
    saved = HARBOUR.replace("spring", "early summer")
    assert add(ledger, url, saved, quote, url=url) == "unchanged"
    [document] = ledger.documents()
    assert document.fetched == datetime(2026, 3, 5) and ledger.text(url) == HARBOUR


@pytest.mark.parametrize(("batch_size", "n_process"), [(1, 1), (2, 1), (32, 1), (1, 2)])
def test_a_story_and_its_correction_in_one_input_store_the_correction_and_again_change_nothing(
    ledger: Ledger, tracker: quotrack.Tracker, batch_size: int, n_process: int
) -> None:
    # (with workers, batches are looked up in the ledger before the ones ahead of them are stored)
    records = [
        {"id": "story-1", "text": "Mayor Ana Ruiz said that the bridge would open in May."},
        {"id": "other", "text": "Tom Hale said that the ferry would stop in winter."},
        {"id": "story-1", "text": "Mayor Ana Ruiz said that the bridge would open in June, not May."},
    ]
    first = ledger.ingest(records, tracker=tracker, batch_size=batch_size, n_process=n_process)
    assert ledger.text("story-1") == records[2]["text"]
    assert first.added == 2 and first.failed == 0
    for _ in range(2):
        again = ledger.ingest(records, tracker=tracker, batch_size=batch_size, n_process=n_process)
        assert ledger.text("story-1") == records[2]["text"]
        if batch_size > 2:  # (all three in one batch: the first version is never parsed)
            assert (again.added, again.replaced, again.unchanged) == (0, 0, 3)
    whole(ledger)


def test_a_quote_of_a_text_with_markup_is_stored_as_a_reader_sees_it(
    ledger: Ledger, tracker: quotrack.Tracker
) -> None:
    text = '<p>The vote was close.</p><p>"We will win <i>this</i> time, &amp; soon," said Ann Lee.</p>'
    ledger.ingest([{"id": "m1", "text": text}])
    [quote] = ledger.quotes()
    assert quote.content == "We will win this time, & soon"
    assert ledger.text("m1") == text  # (the text, and every span into it, as given)
    assert text[quote.start : quote.end].startswith("We will win <i>this")


# -- reprocessing ---------------------------------------------------------------------------
def test_reprocess_reextracts_stored_texts_and_keeps_hand_made_decisions(
    ledger: Ledger, tracker: quotrack.Tracker
) -> None:
    records = [
        {"id": "r1", "text": '"The bridge will open in May," said Ann Lee, the city engineer.'},
        {"id": "r2", "text": "A. Lee said that the bridge would carry four lanes."},
    ]
    ledger.ingest(records, tracker=tracker)
    ann = {s.name: s.id for s in ledger.speakers()}
    ledger.merge(ann["Ann Lee"], ann["A. Lee"])
    again = ledger.reprocess(tracker=tracker)
    assert (again.added, again.replaced, again.unchanged, again.failed) == (0, 0, 2, 0)
    only_quotes = quotrack.Tracker(detectors=["quotes"])
    report = ledger.reprocess(tracker=only_quotes)
    assert (report.replaced, report.unchanged) == (1, 1)  # r2 had only an indirect quote
    documents = {d.id: d for d in ledger.documents()}
    assert documents["r2"].attributions == 0 and documents["r1"].detectors == ("quotes",)
    back = ledger.reprocess(tracker=tracker, documents=["r2"])
    assert (back.replaced, back.unchanged) == (1, 0)
    [speaker] = ledger.speakers()
    assert (speaker.name, speaker.aliases, speaker.quotes) == ("Ann Lee", ("A. Lee",), 2)
    with pytest.raises(quotrack.LedgerError, match="no document 'r9'"):
        ledger.reprocess(tracker=tracker, documents=["r9"])


def test_a_split_quote_is_stored_as_its_pieces_joined(ledger: quotrack.Ledger) -> None:
    from quotrack.ledger.export import to_dict
    from quotrack.model import Attribution, Kind, Result, Speaker, TextSpan
    from quotrack.speakers import speaker_table

    text = '"Three months ago," he said, "I entered the race." Bloomberg then left the stage.'
    first, second = TextSpan.of(text, 1, 18), TextSpan.of(text, 30, 49)
    said = Attribution(
        kind=Kind.DIRECT,
        content=TextSpan.of(text, 1, 49),
        detector="quotes",
        pieces=[first, second],
        speaker=Speaker("Michael Bloomberg", None, "person"),
        confidence=0.83,
    )
    ledger.add(Result(text, [said], speaker_table([said])), id="b1")
    [quote] = ledger.quotes()
    assert quote.content == "Three months ago … I entered the race."
    assert quote.pieces == ("Three months ago,", "I entered the race.")
    assert (quote.start, quote.end, quote.confidence) == (1, 49, 0.83)
    assert "he said" not in quote.content
    assert to_dict(quote)["pieces"] == ["Three months ago,", "I entered the race."]
    assert [q.document for q in ledger.quotes(contains="months ago … I entered")] == ["b1"]


def test_an_id_or_name_too_long_to_index_is_a_bad_record(ledger: Ledger) -> None:
    records = [
        {"id": "ok1", "text": '"The ferry will sail," said Ann Lee.'},
        {"id": "x" * 3000, "text": '"The ferry will sail," said Ann Lee.'},
        {"id": "ok2", "text": '"The ferry will sail," said Bo Roe.'},
    ]
    report = ledger.ingest(records, on_error="skip")
    assert (report.added, report.failed) == (2, 1)
    assert report.errors[0].record == "record 2"
    assert report.errors[0].message == "the id is 3,000 bytes long; a ledger stores up to 2,000"
    with pytest.raises(RecordError, match="a speaker's name is 2,100 bytes long"):
        add(ledger, "long-name", "Hi.", [("Hi", "A" * 2100, "direct")])
    assert sorted(d.id for d in ledger.documents()) == ["ok1", "ok2"]
