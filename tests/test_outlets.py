"""The outlet lexicon and outlet recognition in parsed text (the resolver: test_resolvers_outlets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from _support import only, said
from spacy.tokens import Doc, Span

import quotrack
from quotrack.outlets import OutletEntry, OutletLexicon, is_outlet_anaphor, parse_lines

# -- the lexicon ------------------------------------------------------------------


def test_bundled_lexicon_lists_agencies_and_major_outlets() -> None:
    lexicon = OutletLexicon.default()
    assert 80 <= len(lexicon) <= 500
    for name in ("Xinhua", "Kyodo", "AFP", "Reuters", "Yonhap", "TASS", "PTI", "BBC", "NBC News"):
        assert lexicon.canonical(name) == name
    assert lexicon.canonical("Agence France-Presse") == "AFP"
    assert lexicon.canonical("Agence-France Presse") == "AFP"
    # a news organisation is named in full where its short form is a network's or an abbreviation
    assert lexicon.canonical("AP") == lexicon.canonical("The Associated Press") == "Associated Press"
    assert lexicon.canonical("NBC") == "NBC News" and lexicon.canonical("CBS") == "CBS News"
    assert lexicon.canonical("the Washington Post") == "The Washington Post"
    assert lexicon.canonical("Asahi") == "Asahi Shimbun"
    assert lexicon.canonical("NY Post") == "New York Post"  # US political news sites too
    assert lexicon.canonical("CNS News") == "CNSNews"


def test_a_listed_news_site_cited_with_according_to_is_an_outlet(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The harbor deal is off, according to Newsmax."))
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind.value) == ("Newsmax", "outlet")


def test_unlisted_names_are_not_outlets() -> None:
    lexicon = OutletLexicon.default()
    assert lexicon.canonical("Ministry of Finance") is None
    assert "Acme Widgets" not in lexicon
    assert "Reuters" in lexicon


def test_default_is_shared_and_immutable() -> None:
    assert OutletLexicon.default() is OutletLexicon.default()
    with pytest.raises(AttributeError):
        OutletLexicon.default().entries = ()  # type: ignore[misc]


def test_extended_with_lines_adds_outlets_and_aliases() -> None:
    lexicon = OutletLexicon.default().extended(["Daily Planet | The Planet", "Reuters | Reuters News"])
    assert lexicon.canonical("The Planet") == "Daily Planet"
    assert lexicon.canonical("Reuters News") == "Reuters"
    assert len(lexicon) == len(OutletLexicon.default()) + 1
    assert OutletLexicon.default().canonical("Daily Planet") is None


def test_extended_with_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("# my outlets\nValley Courier | The Courier\n\nRiver Radio\n", encoding="utf-8")
    lexicon = OutletLexicon.default().extended(path)
    assert lexicon.canonical("The Courier") == "Valley Courier"
    assert lexicon.canonical("River Radio") == "River Radio"
    assert OutletLexicon.default().extended(str(path)) == lexicon


def test_lexicon_lines_are_checked() -> None:
    assert parse_lines(["A | B", "# comment", "C"]) == (OutletEntry("A", ("B",)), OutletEntry("C"))
    with pytest.raises(ValueError, match="empty name"):
        parse_lines(["Reuters | | Thomson"])


# -- finding outlets in a parsed text ---------------------------------------------


def _found(
    tracker: quotrack.Tracker, text: str, lexicon: OutletLexicon | None = None
) -> list[tuple[str, str]]:
    doc = tracker.nlp(text)
    mentions = (lexicon or OutletLexicon.default()).find(doc)
    return [(m.name, text[m.start : m.end]) for m in mentions]


def test_listed_outlets_are_found_with_their_article(tracker: quotrack.Tracker) -> None:
    text = "Both the Associated Press and Agence France-Presse carried the story, as did Reuters."
    assert _found(tracker, text) == [
        ("Associated Press", "the Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("Reuters", "Reuters"),
    ]


def test_unlisted_outlets_are_recognised_from_their_surroundings(tracker: quotrack.Tracker) -> None:
    found = _found(tracker, "The Kathimerini newspaper said the vote was close.")
    assert found == [("Kathimerini", "The Kathimerini")]
    found = _found(tracker, "The plan was praised by news agency Tanjug on Sunday.")
    assert found == [("Tanjug", "Tanjug")]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Ledger, a daily newspaper in Dover, criticised the plan on Friday.",
        "A Dover newspaper, the Harbor Ledger, criticised the plan on Friday.",
        "The plan was attacked by the editors of the Harbor Ledger on Friday.",
        "The Harbor Ledger's editorial board criticised the plan on Friday.",
    ],
    ids=["name, a newspaper", "a newspaper, name", "editors of", "editorial board"],
)
def test_an_unlisted_name_the_text_calls_a_newspaper_or_gives_editors_is_an_outlet(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert "Harbor Ledger" in [m.name for m in OutletLexicon.default().find(tracker.nlp(text))]


def test_an_unlisted_outlet_shown_to_be_one_is_one_wherever_the_text_names_it(
    tracker: quotrack.Tracker,
) -> None:
    # known as an outlet from its editors, named before that too; a one-word name keeps its "The"
    text = "The Clarion had chided the mayor in May. Later the editors of The Clarion turned on the council."
    found = OutletLexicon.default().find(tracker.nlp(text))
    assert [(m.name, text[m.start : m.end]) for m in found] == [
        ("The Clarion", "Clarion"),
        ("The Clarion", "The Clarion"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe, a reporter in Dover, criticised the plan on Friday.",  # a person set beside a job
        "Tom Hale, a paper maker in Dover, criticised the plan on Friday.",  # "paper" not the head
        "The plan was attacked by the editors of the school yearbook.",  # no proper name
    ],
)
def test_a_name_set_beside_no_outlet_word_is_no_outlet(tracker: quotrack.Tracker, text: str) -> None:
    assert OutletLexicon.default().find(tracker.nlp(text)) == ()


def test_a_surname_is_not_an_outlet(tracker: quotrack.Tracker) -> None:
    text = "Michael Bloomberg spoke in Denver. Bloomberg said the city was doing well."
    assert _found(tracker, text) == []
    text = "Michael Bloomberg spoke in Denver. Bloomberg said it was time to build."
    assert _found(tracker, text) == []


def test_a_surname_spoken_of_as_a_body_is_the_outlet(tracker: quotrack.Tracker) -> None:
    text = "Michael Bloomberg spoke in Denver. Bloomberg says its reporters found the rent figures."
    assert [name for name, _ in _found(tracker, text)] == ["Bloomberg"]
    text = "Michael Bloomberg spoke in Denver. Bloomberg says it stopped counting the votes in May."
    assert [name for name, _ in _found(tracker, text)] == ["Bloomberg"]
    text = "Michael Bloomberg spoke in Denver. Bloomberg says his staff counted its votes."
    assert _found(tracker, text) == []


def test_an_extended_lexicon_finds_its_outlets(tracker: quotrack.Tracker) -> None:
    lexicon = OutletLexicon.default().extended(["Valley Courier"])
    assert _found(tracker, "The story ran in the Valley Courier on Monday.", lexicon) == [
        ("Valley Courier", "the Valley Courier")
    ]


def test_phrases_that_point_back_at_an_outlet(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("the report, state media, the agency, a report, the Pentagon report")
    assert is_outlet_anaphor(doc[0:2])
    assert is_outlet_anaphor(doc[3:5])
    assert is_outlet_anaphor(doc[6:8])
    assert not is_outlet_anaphor(doc[9:11])
    assert not is_outlet_anaphor(doc[12:15])


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The mayor told Radio Tamsin that the ferry would run again.", "Radio Tamsin"),
        ("The mayor said in an interview with the Lakeside Courier that the ferry ran.", "Lakeside Courier"),
        ("The mayor said on Kestrel TV that the ferry would run again.", "Kestrel TV"),
    ],
)
def test_outlet_read_from_the_frame(tracker: quotrack.Tracker, text: str, outlet: str) -> None:
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.name == "The mayor"
    assert a.outlet is not None and a.outlet.name == outlet


def test_outlet_frame_needs_an_outlet(tracker: quotrack.Tracker) -> None:
    for text in (
        "The mayor told the harbour committee that the ferry would run again.",
        "The mayor told Ann Okafor that the ferry would run again.",
    ):
        assert only(tracker(text)).outlet is None


def test_according_to_an_outlets_reporter(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The ferry will run again, according to Kestrel TV's Ann Okafor."))
    assert a.speaker is not None and a.speaker.name == "Ann Okafor"
    assert a.speaker.affiliation == "Kestrel TV"
    assert a.outlet is not None and a.outlet.name == "Kestrel TV"


def test_a_masthead_read_as_a_person_is_an_outlet(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("The Harbor City Bulletin reported that the mill would close.")
    names = [m.name for m in OutletLexicon.default().find(doc)]
    assert names == ["Harbor City Bulletin"]


def test_an_observer_is_a_masthead(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The Dover Observer found that one in four homes stood empty."))
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Dover Observer", quotrack.SpeakerKind.OUTLET)


def test_more_outlets_are_listed() -> None:
    lexicon = OutletLexicon.default()
    assert lexicon.canonical("The Verge") == "The Verge"
    assert lexicon.canonical("Fars News") == "Fars News Agency"
    assert lexicon.canonical("Variety") == "Variety"  # trade papers and polling sites too
    assert lexicon.canonical("Real Clear Politics") == "RealClearPolitics"


def test_a_plural_common_noun_that_reported_is_no_outlet(tracker: quotrack.Tracker) -> None:
    text = (
        "Hundreds of mummified cats have been found in tombs, and Egyptologists have reported "
        "they were offered to the goddess Bastet."
    )
    kinds = [a.speaker.kind for a in tracker(text).attributions if a.speaker]
    assert kinds and quotrack.SpeakerKind.OUTLET not in kinds


def test_a_name_after_broadcaster_is_an_outlet_unless_it_is_a_persons_name(tracker: quotrack.Tracker) -> None:
    lexicon = OutletLexicon.default()
    station = tracker.nlp("The state broadcaster Radio Carvonia reported the bridge had closed.")
    assert "Radio Carvonia" in [m.name for m in lexicon.find(station)]
    person = tracker.nlp('Broadcaster Jane Roe commented, "The bridge is closed."')
    assert [m.name for m in lexicon.find(person)] == []


def test_a_persons_surname_tagged_a_body_that_reports_is_no_outlet() -> None:
    # "Ann Roe won. Roe reported that rain fell", with "Roe" read as an organisation: the person
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Ann", "Roe", "won", ".", "Roe", "reported", "that", "rain", "fell"],
        heads=[1, 2, 2, 2, 5, 5, 8, 8, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "mark", "nsubj", "ccomp"],
        lemmas=["Ann", "Roe", "win", ".", "Roe", "report", "that", "rain", "fall"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "SCONJ", "NOUN", "VERB"],
        tags=["NNP", "NNP", "VBD", ".", "NNP", "VBD", "IN", "NN", "VBD"],
        spaces=[True, False, False, True, True, True, True, True, False],
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="ORG")]
    assert OutletLexicon.default().find(doc) == ()
    doc.ents = [Span(doc, 4, 5, label="ORG")]  # no person of that name: an outlet that reported
    assert [m.name for m in OutletLexicon.default().find(doc)] == ["Roe"]


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("ABC 7 is reporting that the ferry will stop.", "ABC 7"),
        ("NBC 4 reported that the bridge would close.", "NBC 4"),
        ("According to CBS 2, the bridge will close.", "CBS 2"),
    ],
)
def test_a_network_and_a_channel_number_is_a_local_station(
    tracker: quotrack.Tracker, text: str, station: str
) -> None:
    a = only(tracker(text))
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == (station, quotrack.SpeakerKind.OUTLET)


def test_a_count_after_a_network_is_no_channel(tracker: quotrack.Tracker) -> None:
    a = only(tracker("CBS said 12 percent of the bridge would close."))
    assert a.speaker is not None and a.speaker.name == "CBS News"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Politco says that more than forty members are ready to break with the leader.", "Politico"),
        ("MNSBC suggested that the mayor has three tasks ahead of her tonight.", "MSNBC"),
        ("According to Bloomberrg, the bank will cut 300 jobs.", "Bloomberg"),
        (  # read as no entity
            "The gap between the two candidates is vast.\n\nMNSBC suggested that the mayor has three "
            "tasks ahead of her tonight:\n\nSell her plan\nWin over the undecided voters in the suburbs",
            "MSNBC",
        ),
    ],
)
def test_a_listed_outlet_misspelt_by_a_letter_is_that_outlet(
    tracker: quotrack.Tracker, text: str, outlet: str
) -> None:
    """A name one letter left out, added or swapped with the next from a listed outlet's is it."""
    speaker = only(tracker(text)).speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (outlet, quotrack.SpeakerKind.OUTLET)


@pytest.mark.parametrize(
    "text",
    [
        "Slate said the dam would be rebuilt by June.",  # a listed name as written
        "Reuter said the dam would be rebuilt by June. Ann Reuter is the mayor.",  # a surname
        "Forbus said the dam would be rebuilt by June.",  # a letter changed (Forbes), not left out
        "Politicos said the vote was lost.",  # a plural: political people, not Politico
    ],
)
def test_a_name_near_an_outlet_s_is_not_read_as_a_misspelling(tracker: quotrack.Tracker, text: str) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None
    assert speaker.name in ("Slate", "Ann Reuter", "Forbus", "Politicos")
    assert (speaker.kind is quotrack.SpeakerKind.OUTLET) == (speaker.name == "Slate")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Sky Sports, the fee was agreed.", "Sky Sports"),
        ("The Portuguese newspaper A Bola reported that the fee was agreed.", "A Bola"),
    ],
)
def test_sports_outlets_are_listed(tracker: quotrack.Tracker, text: str, name: str) -> None:
    # "A Bola" keeps its article ("A" is part of the masthead), and Sky Sports is no body
    a = said(tracker(text), "fee was agreed")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (name, quotrack.SpeakerKind.OUTLET)


@pytest.mark.parametrize(
    ("written", "name"),
    [("TIME magazine", "Time"), ("Science magazine", "Science"), ("Discover Magazine", "Discover Magazine")],
)
def test_a_listed_magazine_is_named_without_the_word_magazine(written: str, name: str) -> None:
    """ "Time magazine" is listed so that the word "Time" alone is no outlet; the magazine is Time."""
    assert OutletLexicon.default().canonical(written) == name
