"""Reading a ledger on real SQLite and PostgreSQL databases: documents, quotes, speakers, echoes."""

from __future__ import annotations

from datetime import datetime

import pytest
from ledger_support import add

import quotrack
from quotrack import Ledger
from quotrack.model import Attribution, Kind, Result, Speaker, TextSpan
from quotrack.speakers import speaker_table


# -- queries -------------------------------------------------------------------------------
@pytest.fixture
def filled(ledger: Ledger) -> Ledger:
    add(
        ledger,
        "d1",
        '"The plant will close," said Jürgen Müller. Ann Lee said that jobs would go.',
        [("The plant will close", "Jürgen Müller", "direct"), ("jobs would go", "Ann Lee", "indirect")],
        outlet="Courier",
        published="2026-01-10",
    )
    add(
        ledger,
        "d2",
        '"We will fight for the plant," said Jurgen Muller.',
        [("We will fight for the plant", "Jurgen Muller", "direct")],
        outlet="Herald",
        published="2026-01-12T18:00",
    )
    add(
        ledger,
        "d3",
        'Ann Lee said the Plant workers "deserve better" than this.',
        [('the Plant workers "deserve better" than this', "Ann Lee", "mixed")],
        outlet="Courier",
        published="2026-01-11",
    )
    add(
        ledger,
        "d4",
        "A spokesman said that talks had failed.",
        [("talks had failed", "A spokesman", "indirect", "unnamed")],
    )
    return ledger


def test_quotes_come_in_date_order_undated_last(filled: Ledger) -> None:
    assert [q.document for q in filled.quotes()] == ["d1", "d1", "d3", "d2", "d4"]


def test_quotes_of_one_kind_or_several(filled: Ledger) -> None:
    assert [q.kind for q in filled.quotes(kind="mixed")] == ["mixed"]
    assert sorted(q.kind for q in filled.quotes(kind=["direct", Kind.MIXED])) == ["direct", "direct", "mixed"]
    with pytest.raises(quotrack.QuotrackError, match="at least one kind"):
        filled.quotes(kind=[])
    with pytest.raises(quotrack.QuotrackError, match="kind must be one of"):
        filled.quotes(kind=["direct", "quoted"])


def test_each_quote_says_its_speakers_kind(filled: Ledger) -> None:
    kinds = {q.content: q.speaker_kind for q in filled.quotes()}
    assert kinds["The plant will close"] == "person"
    assert kinds["talks had failed"] == "unnamed"


def test_quotes_by_speaker_under_any_spelling(filled: Ledger) -> None:
    by_umlaut = filled.quotes(speaker="Jürgen Müller")
    assert [q.document for q in by_umlaut] == ["d1", "d2"]
    assert filled.quotes(speaker="jurgen muller") == by_umlaut
    assert {q.speaker for q in by_umlaut} == {"Jürgen Müller"}
    assert filled.quotes(speaker="Nobody Here") == []


def test_quotes_by_a_group_s_name_as_speakers_lists_it(ledger: Ledger) -> None:
    text = "Ann Roe and Bo Lee said that the pier would close."
    add(ledger, "g1", text, [("the pier would close", "Ann Roe and Bo Lee", "indirect", "group")])
    [group] = ledger.speakers(kind="group")
    assert [q.content for q in ledger.quotes(speaker=group.name.lower())] == ["the pier would close"]


def test_names_and_outlets_match_whatever_their_case_and_accents(ledger: Ledger) -> None:
    text = '"The Élysée Post will print it," said Łucja Wójcik.'
    add(
        ledger,
        "e1",
        text,
        [("The Élysée Post will print it", "Łucja Wójcik", "direct")],
        outlet="Élysée Post",
    )
    for name in ("Łucja Wójcik", "łucja wójcik", "lucja wojcik"):
        assert [q.document for q in ledger.quotes(speaker=name)] == ["e1"], name
    for outlet in ("Élysée Post", "élysée post", "ÉLYSÉE POST"):
        assert [q.document for q in ledger.quotes(outlet=outlet)] == ["e1"], outlet
    assert ledger.quotes(outlet="Elysee Post") == []  # an outlet is matched by its letters, accents too


def test_an_empty_date_bounds_nothing(filled: Ledger) -> None:
    assert filled.quotes(since="", until="") == filled.quotes()


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
    add(
        filled,
        "d5",
        "A spokesman said that talks would resume.",
        [("talks would resume", "A spokesman", "indirect", "unnamed")],
    )
    assert "A spokesman" not in {s.name for s in filled.speakers()}
    quotes = filled.quotes(contains="talks")
    assert [(q.speaker, q.source) for q in quotes] == [(None, "A spokesman"), (None, "A spokesman")]


# -- echoes -------------------------------------------------------------------------------
def test_echo_first_is_the_earliest_publication(ledger: Ledger) -> None:
    words = "We will not let this city down, not now and not ever"
    add(ledger, "e1", f'"{words}," said Ann Lee.', [(words, "Ann Lee", "direct")], published="2026-04-03")
    add(
        ledger,
        "e2",
        f"Ann Lee said: “{words}.”",
        [(words + ".", "Ann Lee", "direct")],
        published="2026-04-01",
    )
    add(
        ledger,
        "e3",
        f'Ann Lee said "{words}" to the crowd.',
        [(f'"{words}" to the crowd', "Ann Lee", "mixed")],
        published="2026-04-02",
    )
    add(
        ledger,
        "e4",
        "Ann Lee said that she would not let the city down.",
        [("she would not let the city down", "Ann Lee", "indirect")],
        published="2026-03-01",
    )
    [echo] = ledger.echoes()
    assert echo.first.document == "e2"
    assert [o.document for o in echo.occurrences] == ["e2", "e3", "e1"]
    assert {o.credited for o in echo.occurrences} == {("Ann Lee",)}  # (as quotes() gives them)
    assert echo.text == words + "."
    assert ledger.echoes(min_documents=4) == []


def test_echo_variants_show_the_words_that_changed(ledger: Ledger) -> None:
    first = "The harbour will be dredged before the summer season starts next year"
    changed = "The harbour will be dredged before the winter season starts next year"
    add(ledger, "v1", f'"{first}," said Mei Chen.', [(first, "Mei Chen", "direct")], published="2026-06-01")
    add(
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


def test_an_echo_of_a_split_quote_shows_its_pieces_joined(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    said = (
        '"We came very close to saving the old pier," said Mei Chen, "but close is not enough '
        'for the families who fished from it."'
    )
    records = [  # (two stories of their own, not copies of one)
        {
            "id": "p1",
            "text": f"The council met on Monday to decide the fate of the harbour's oldest pier. {said} "
            "Repairs would have cost four million, the treasurer said.",
            "published": "2026-05-01",
        },
        {
            "id": "p2",
            "text": "Anglers gathered at the gates on Tuesday, a day after the vote, holding signs. "
            f"{said} A demolition crew is expected next month, and the bait shop will close.",
            "published": "2026-05-02",
        },
    ]
    ledger.ingest(records, tracker=tracker)
    [echo] = ledger.echoes()
    assert "old pier … but close" in echo.text
    assert [o.content for o in echo.occurrences] == [echo.text, echo.text]


# -- a quote's sentence -------------------------------------------------------------------
def test_quotes_with_context_give_the_sentence_around_each_quote(ledger: Ledger) -> None:
    opening = "It rained all week in the valley. " * 40  # more than the window before the quote
    text = (
        f"{opening}Ann Lee said that the dam had held. Engineers were still on site.\n\n"
        '"Nobody was hurt," said Omar Haddad.'
    )
    add(
        ledger,
        "v1",
        text,
        [("the dam had held", "Ann Lee", "indirect"), ("Nobody was hurt", "Omar Haddad", "direct")],
    )
    first, second = ledger.quotes(context=True)
    assert first.context == "Ann Lee said that the dam had held."
    assert second.context == '"Nobody was hurt," said Omar Haddad.'
    assert ledger.quotes()[0].context is None


def test_a_quotes_sentence_goes_on_past_a_title_and_an_initial(ledger: Ledger) -> None:
    text = 'The storm hit at dawn. "The storm has passed," said Dr. Ines Vidal of St. Olaf. J. Roe agreed.'
    add(ledger, "t1", text, [("The storm has passed", "Ines Vidal", "direct")])
    [quote] = ledger.quotes(context=True)
    assert quote.context == '"The storm has passed," said Dr. Ines Vidal of St. Olaf.'


def test_context_reads_the_escaped_text_right(ledger: Ledger) -> None:
    text = 'A note\x00here. "The river is rising fast," said Mei Chen. Then rain.'
    add(ledger, "n1", text, [("The river is rising fast", "Mei Chen", "direct")])
    [quote] = ledger.quotes(context=True)
    assert quote.context == '"The river is rising fast," said Mei Chen.'
    assert ledger.text("n1") == text


# -- kinds, joint attributions and confidence --------------------------------------------------
def _joint_result() -> quotrack.Result:

    text = (
        "Yang Jiechi and Takeo Akiba said that the talks had been useful. "
        "Takeo Akiba said that more talks would follow. Aid agencies said that food was short."
    )

    def span(words: str) -> TextSpan:
        at = text.index(words)
        return TextSpan.of(text, at, at + len(words))

    both = Speaker(
        "Yang Jiechi and Takeo Akiba",
        span("Yang Jiechi and Takeo Akiba"),
        "group",
        members=("Yang Jiechi", "Takeo Akiba"),
    )
    akiba = Speaker("Takeo Akiba", span("Takeo Akiba said that more"), "person")
    agencies = Speaker("Aid agencies", span("Aid agencies"), "group")
    claims = [
        Attribution(
            kind=Kind.INDIRECT,
            content=span("the talks had been useful"),
            detector="hand",
            speaker=both,
            confidence=0.9,
        ),
        Attribution(
            kind=Kind.INDIRECT,
            content=span("more talks would follow"),
            detector="hand",
            speaker=akiba,
            confidence=0.4,
        ),
        Attribution(
            kind=Kind.INDIRECT,
            content=span("food was short"),
            detector="hand",
            speaker=agencies,
            confidence=0.7,
        ),
    ]
    return Result(text, claims, speaker_table(claims))


def test_a_joint_attribution_counts_for_each_member(ledger: Ledger) -> None:
    ledger.add(_joint_result(), id="talks")
    counts = {s.name: (s.quotes, s.kind) for s in ledger.speakers()}
    assert counts == {"Takeo Akiba": (2, "person"), "Yang Jiechi": (1, "person")}
    assert [q.content for q in ledger.quotes(speaker="Yang Jiechi")] == ["the talks had been useful"]
    assert len(ledger.quotes(speaker="Takeo Akiba")) == 2
    # each record says whom it counts for: the report counts by these, as speakers() does
    credited = {q.content: q.credited for q in ledger.quotes()}
    assert credited == {
        "the talks had been useful": ("Yang Jiechi", "Takeo Akiba"),
        "more talks would follow": ("Takeo Akiba",),
        "food was short": (),
    }


def test_speakers_of_one_kind(ledger: Ledger) -> None:
    ledger.add(_joint_result(), id="talks")
    add(
        ledger,
        "o1",
        "The Red Cross said that aid arrived.",
        [("aid arrived", "The Red Cross", "indirect", "organization")],
    )
    assert [s.name for s in ledger.speakers(kind="organization")] == ["The Red Cross"]
    assert [s.name for s in ledger.speakers(kind="person")] == ["Takeo Akiba", "Yang Jiechi"]
    assert ledger.speakers(kind="outlet") == []
    groups = ledger.speakers(kind="group")
    assert [(g.name, g.quotes, g.kind) for g in groups] == [
        ("Aid agencies", 1, "group"),
        ("Yang Jiechi and Takeo Akiba", 1, "group"),
    ]
    with pytest.raises(quotrack.ArgumentError, match="kind must be one of"):
        ledger.speakers(kind="unnamed")


def test_min_confidence_keeps_quotes_and_counts_at_or_above_it(ledger: Ledger) -> None:
    ledger.add(_joint_result(), id="talks")
    assert [q.confidence for q in ledger.quotes()] == [0.9, 0.4, 0.7]
    assert [q.content for q in ledger.quotes(min_confidence=0.7)] == [
        "the talks had been useful",
        "food was short",
    ]
    assert ledger.quotes(min_confidence=0.95) == []
    assert len(ledger.quotes(min_confidence=0)) == 3
    counts = {s.name: s.quotes for s in ledger.speakers(min_confidence=0.5)}
    assert counts == {"Takeo Akiba": 1, "Yang Jiechi": 1}
    assert [s.name for s in ledger.speakers(min_confidence=0.95)] == []
    assert [g.name for g in ledger.speakers(kind="group", min_confidence=0.8)] == [
        "Yang Jiechi and Takeo Akiba"
    ]
    for bad in (-0.1, 1.5, "high"):
        with pytest.raises(quotrack.ArgumentError, match="min_confidence"):
            ledger.quotes(min_confidence=bad)  # type: ignore[arg-type]


def test_by_default_the_ledger_lists_and_counts_the_complete_setting(ledger: Ledger) -> None:
    text = "Ann Lee said the bridge would open in May. Bo Roe said it might rain."
    start = text.index

    def said(content: str, name: str, confidence: float) -> Attribution:
        who = Speaker(name, TextSpan.of(text, start(name), start(name) + len(name)), "person")
        found = TextSpan.of(text, start(content), start(content) + len(content))
        return Attribution(
            kind=Kind.INDIRECT, content=found, detector="hand", speaker=who, confidence=confidence
        )

    claims = [said("the bridge would open in May", "Ann Lee", 0.9), said("it might rain", "Bo Roe", 0.2)]
    ledger.add(Result(text, claims, speaker_table(claims)), id="bridge")
    # 0.2 is below the complete setting (0.31): stored, but neither listed nor counted by default
    assert [q.content for q in ledger.quotes()] == ["the bridge would open in May"]
    assert [s.name for s in ledger.speakers()] == ["Ann Lee"]
    assert len(ledger.quotes(min_confidence="all")) == len(ledger.quotes(min_confidence=0)) == 2
    assert [s.name for s in ledger.speakers(min_confidence="all")] == ["Ann Lee", "Bo Roe"]
    assert ledger.quotes(min_confidence="precise") == ledger.quotes(min_confidence=0.74)


def test_a_topic_is_no_claim_in_quotes_or_counts(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    text = 'Ann Lee announced her candidacy for the state senate. "We will win in May," she said.'
    result = tracker(text)
    assert sorted(a.act.value for a in result.attributions) == ["speech", "topic"]
    ledger.add(result, id="t1")
    assert [q.content for q in ledger.quotes()] == ["We will win in May"]
    assert sorted(q.act for q in ledger.quotes(topics=True)) == ["speech", "topic"]
    (speaker,) = ledger.speakers()
    assert (speaker.name, speaker.quotes) == ("Ann Lee", 1)


def test_a_request_is_no_claim_in_quotes_or_counts(ledger: Ledger, tracker: quotrack.Tracker) -> None:
    text = "Ann Lee urged voters to register before May. Ann Lee said the polls would open at eight."
    result = tracker(text)
    assert sorted(a.act.value for a in result.attributions) == ["request", "speech"]
    ledger.add(result, id="r1")
    assert [q.content for q in ledger.quotes()] == ["the polls would open at eight"]
    assert sorted(q.act for q in ledger.quotes(requests=True)) == ["request", "speech"]
    assert [q.act for q in ledger.quotes(topics=True)] == ["speech"]
    (speaker,) = ledger.speakers()
    assert (speaker.name, speaker.quotes) == ("Ann Lee", 1)


def test_a_bad_limit_is_named_and_an_id_out_of_range_finds_no_one(filled: Ledger) -> None:
    for bad in (-1, 1.5, "2", True):
        with pytest.raises(quotrack.ArgumentError, match="limit must be None or a whole number"):
            filled.quotes(limit=bad)  # type: ignore[arg-type]
        with pytest.raises(quotrack.ArgumentError, match="limit must be None or a whole number"):
            filled.speakers(limit=bad)  # type: ignore[arg-type]
    assert filled.quotes(limit=0) == [] and len(filled.quotes(limit=1)) == 1
    assert filled.quotes(speaker=10**20) == [] and filled.quotes(speaker=-3) == []


def test_a_body_s_row_is_not_described_by_the_writing_it_spoke_through(ledger: Ledger) -> None:
    texts = [
        "Harbor Mills filed its yearly accounts on Monday. The filing said profits fell by a third.",
        "Harbor Mills filed its accounts again. The filing said the mill would close in May.",
        "Harbor Mills, the paper maker, said on Friday that it would keep the mill open.",
    ]
    ledger.ingest([{"id": f"mills-{n}", "text": text} for n, text in enumerate(texts)])
    (row,) = ledger.speakers(kind="organization")
    assert row.name == "Harbor Mills"
    assert row.description == "the paper maker"  # not "The filing", though written more often
    (record,) = [q for q in ledger.quotes(speaker="Harbor Mills") if "close" in q.content]
    assert record.speaker == "Harbor Mills"  # the record keeps its speaker
