"""Syndicated copies: near-duplicate documents by MinHash over word shingles, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
from ledger_support import add

from quotrack import ArgumentError, Ledger
from quotrack.ledger.copies import (
    MIN_SHARED,
    MIN_SIMILARITY,
    MIN_WORDS,
    containment,
    copy_keys,
    is_copy,
    originals,
    run_keys,
    similarity,
)

# A wire story, as an agency sends it, and what outlets make of it.
STORY = (
    '"We will reopen the harbour bridge to traffic by the end of March," said Ann Lee, the city engineer, '
    "on Tuesday. The bridge has been closed since a barge struck one of its piers in the autumn storms. "
    "Engineers replaced two steel girders and strengthened the damaged pier with concrete. Omar Haddad, "
    "who runs a ferry service across the harbour, said that his boats had carried twice as many "
    "passengers since the closure."
)
TRIMMED = STORY.rsplit(" Omar Haddad", 1)[0] + " The council has not said what the repairs cost."
REWRITTEN = (
    'Ann Lee, the engineer in charge, told reporters: "We will reopen the harbour bridge to traffic by the '
    'end of March." Drivers have waited months for the crossing to open again, and shop owners near the '
    "harbour say their trade fell by half over the winter while the repairs went on."
)
QUOTE = ("We will reopen the harbour bridge to traffic by the end of March", "Ann Lee", "direct")


def test_a_copy_is_similar_and_shares_keys_a_rewrite_does_not() -> None:
    assert similarity(STORY, STORY.replace("Tuesday", "Tuesday afternoon")) > 0.8
    assert 0.5 <= similarity(STORY, TRIMMED) < 0.9
    assert similarity(STORY, REWRITTEN) < 0.2
    assert set(copy_keys(STORY)) & set(copy_keys(TRIMMED))
    assert len([key for key in copy_keys(STORY) if not key.startswith("s:")]) == 32  # the band keys


LONG_STORY = " ".join(
    [
        "The harbour board voted on Monday to close the north quay for the winter after divers found",
        "that the old timber piles under it had rotted through in several places along the wall.",
        '"We cannot let a loaded truck drive onto a quay that may give way under it," said Ann Lee,',
        "the board's engineer, adding that the fishing fleet would moor at the south quay meanwhile.",
        "Repairs are expected to cost about four million euros and to take until the end of May.",
        "Fishermen said the move would add an hour to every landing, since the south quay has only",
        "one crane and the boats would have to wait their turn to unload their catch at night.",
        "The board will hold a public meeting on the plans at the town hall next Thursday evening.",
    ]
)
CHROME = (
    "Home | News | Sport | Weather. Accept cookies to continue reading. Most read: Storm hits the "
    "coast; Ferry times change; Schools close early. "
)


def test_a_copy_cut_to_its_lead_or_kept_inside_page_furniture_is_a_copy() -> None:
    lead = " ".join(LONG_STORY.split()[:60])  # a site printed the first paragraphs only
    assert similarity(LONG_STORY, lead) < MIN_SIMILARITY <= 0.5 and containment(LONG_STORY, lead) > 0.95
    assert is_copy(LONG_STORY, lead) and is_copy(LONG_STORY, CHROME + LONG_STORY + " Share this story.")
    assert len(set(run_keys(LONG_STORY.lower().split())) & set(run_keys(lead.lower().split()))) >= MIN_SHARED


def test_a_short_text_or_a_shared_paragraph_is_no_copy_by_containment() -> None:
    quote = " ".join(LONG_STORY.split()[16:45])  # a brief carrying one quote of the story: an echo
    assert containment(LONG_STORY, quote) == 0.0 and not is_copy(LONG_STORY, quote)
    footer = " ".join(LONG_STORY.split()[-40:])  # two stories that end with one standard paragraph
    other = REWRITTEN + " " + footer
    assert not is_copy(LONG_STORY, other)


def test_short_texts_get_no_keys_and_are_no_copies() -> None:
    short = " ".join(["word"] * (MIN_WORDS - 1))
    assert copy_keys(short) == [] and similarity(short, short) == 0.0


def test_the_original_is_the_earliest_then_the_least_id_undated_last() -> None:
    texts = {1: STORY, 2: STORY, 3: STORY, 4: REWRITTEN}
    order = {
        1: (None, "a"),
        2: (datetime(2026, 3, 2), "z"),
        3: (datetime(2026, 3, 2), "m"),
        4: (datetime(2026, 3, 1), "b"),
    }
    assert originals([(1, 2), (1, 3), (1, 4)], texts, order) == {1: 3, 2: 3}
    assert originals([(1, 2)], texts, order, min_similarity=1.0) == {1: 2}


def _wire(ledger: Ledger) -> None:
    add(ledger, "agency-1", STORY, [QUOTE], outlet="Wire Agency", published="2026-03-03T08:00:00")
    add(ledger, "herald-7", STORY, [QUOTE], outlet="Harbour Herald", published="2026-03-03T10:00:00")
    add(ledger, "post-3", TRIMMED, [QUOTE], outlet="City Post", published="2026-03-04")
    add(ledger, "gazette-9", REWRITTEN, [QUOTE], outlet="Gazette", published="2026-03-05")


def test_documents_name_the_original_of_their_group(ledger: Ledger) -> None:
    _wire(ledger)
    assert {d.id: d.copy_of for d in ledger.documents()} == {
        "agency-1": None,
        "herald-7": "agency-1",
        "post-3": "agency-1",
        "gazette-9": None,
    }
    assert ledger.copies() == {"herald-7": "agency-1", "post-3": "agency-1"}
    assert {q.document: q.copy_of for q in ledger.quotes(speaker="Ann Lee")}["post-3"] == "agency-1"


def test_speakers_count_independent_documents_and_copies(ledger: Ledger) -> None:
    _wire(ledger)
    [ann] = ledger.speakers()
    # the agency's quote and the rewrite's: the two copies repeat the agency's, counted apart
    assert (ann.name, ann.quotes, ann.documents, ann.copies, ann.copied_quotes) == ("Ann Lee", 2, 2, 2, 2)


LOCAL = "the ferry would run every hour until the bridge reopened"


def test_words_a_copy_adds_of_its_own_are_no_copy(ledger: Ledger) -> None:
    # a site prints the wire story and adds its own paragraph quoting someone the wire does not
    local = (
        STORY + " Pia Moss, the ferry's owner, said the ferry would run every hour until the bridge reopened."
    )
    add(ledger, "agency-1", STORY, [QUOTE], outlet="Wire Agency", published="2026-03-03T08:00:00")
    add(ledger, "herald-7", local, [QUOTE, (LOCAL, "Pia Moss", "indirect")], outlet="Harbour Herald")
    assert ledger.copies() == {"herald-7": "agency-1"}
    assert {q.content: q.copy_of for q in ledger.quotes(document="herald-7")} == {
        QUOTE[0]: "agency-1",  # the wire's words, repeated
        LOCAL: None,  # the site's own reporting
    }
    counts = {s.name: (s.quotes, s.documents, s.copies, s.copied_quotes) for s in ledger.speakers()}
    assert counts == {"Ann Lee": (1, 1, 1, 1), "Pia Moss": (1, 1, 0, 0)}
    assert [(q.document, q.content) for q in ledger.quotes(copies=False)] == [
        ("agency-1", QUOTE[0]),
        ("herald-7", LOCAL),
    ]


def test_an_echo_carried_only_by_copies_of_one_story_is_no_echo(ledger: Ledger) -> None:
    add(ledger, "agency-1", STORY, [QUOTE], outlet="Wire Agency", published="2026-03-03")
    add(ledger, "herald-7", STORY, [QUOTE], outlet="Harbour Herald", published="2026-03-04")
    assert ledger.echoes() == []
    add(ledger, "gazette-9", REWRITTEN, [QUOTE], outlet="Gazette", published="2026-03-05")
    [echo] = ledger.echoes()
    assert (echo.documents, len(echo.occurrences), echo.first.document) == (2, 3, "agency-1")
    assert ledger.echoes(min_documents=3) == []


def test_the_threshold_is_a_setting(ledger_url: str) -> None:
    with Ledger(ledger_url, progress=False, copy_similarity=0.95) as strict:
        _wire(strict)
        assert strict.copies() == {"herald-7": "agency-1"}
    with pytest.raises(ArgumentError, match="copy_similarity"):
        Ledger(ledger_url, copy_similarity=0)


def test_a_replaced_text_leaves_its_group(ledger: Ledger) -> None:
    _wire(ledger)
    add(ledger, "herald-7", REWRITTEN.replace("winter", "long winter"), [QUOTE], outlet="Harbour Herald")
    assert ledger.copies() == {"post-3": "agency-1", "herald-7": "gazette-9"}


def test_a_site_that_printed_the_first_paragraphs_is_a_copy_in_the_ledger(ledger: Ledger) -> None:
    quote = ("We cannot let a loaded truck drive onto a quay that may give way under it", "Ann Lee", "direct")
    lead = " ".join(LONG_STORY.split()[:60])
    add(ledger, "wire-1", LONG_STORY, [quote], outlet="Wire", published="2026-03-03T08:00:00")
    add(ledger, "site-2", lead, [quote], outlet="Harbour Herald", published="2026-03-03T09:00:00")
    assert ledger.copies() == {"site-2": "wire-1"}
    [ann] = ledger.speakers()
    assert (ann.quotes, ann.documents, ann.copies) == (1, 1, 1)
