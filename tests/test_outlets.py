"""The outlet lexicon, outlet recognition in parsed text, and the ``outlets`` resolver."""

from __future__ import annotations

from pathlib import Path

import pytest
from _support import only

import quotrack
from quotrack import SpeakerKind
from quotrack.outlets import OutletEntry, OutletLexicon, is_outlet_anaphor, parse_lines
from quotrack.resolvers import OutletResolver

# -- the lexicon ------------------------------------------------------------------


def test_bundled_lexicon_lists_agencies_and_major_outlets() -> None:
    lexicon = OutletLexicon.default()
    assert 80 <= len(lexicon) <= 250
    for name in ("Xinhua", "Kyodo", "AFP", "Reuters", "AP", "Yonhap", "TASS", "PTI", "BBC", "Al Jazeera"):
        assert lexicon.canonical(name) == name
    assert lexicon.canonical("Agence France-Presse") == "AFP"
    assert lexicon.canonical("Agence-France Presse") == "AFP"
    assert lexicon.canonical("Associated Press") == "AP"
    assert lexicon.canonical("the Washington Post") == "The Washington Post"
    assert lexicon.canonical("Asahi") == "Asahi Shimbun"


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
        ("AP", "the Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("Reuters", "Reuters"),
    ]


def test_unlisted_outlets_are_recognised_from_their_surroundings(tracker: quotrack.Tracker) -> None:
    found = _found(tracker, "The Kathimerini newspaper said the vote was close.")
    assert found == [("Kathimerini", "The Kathimerini")]
    found = _found(tracker, "The plan was praised by news agency Tanjug on Sunday.")
    assert found == [("Tanjug", "Tanjug")]


def test_a_surname_is_not_an_outlet(tracker: quotrack.Tracker) -> None:
    text = "Michael Bloomberg spoke in Denver. Bloomberg said the city was doing well."
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


# -- the resolver -----------------------------------------------------------------


def test_outlet_speaker_gets_its_canonical_name(tracker: quotrack.Tracker) -> None:
    result = tracker("Agence France-Presse reported that the border had been closed.")
    (a,) = result.attributions
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "Agence France-Presse"
    assert (a.speaker.name, a.speaker.kind) == ("AFP", SpeakerKind.OUTLET)
    assert a.outlet is not None and a.outlet.name == "AFP"
    assert a.outlet.mention is not None and a.outlet.mention.text == "Agence France-Presse"


def test_described_outlet_keeps_its_description(tracker: quotrack.Tracker) -> None:
    text = "The talks were described as open and useful by state news agency Tanjug."
    (a,) = tracker(text).attributions
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Tanjug", SpeakerKind.OUTLET)
    assert a.speaker.description == "state news agency"
    assert a.outlet is not None and a.outlet.name == "Tanjug"


def test_the_report_takes_the_outlet_named_before_it(tracker: quotrack.Tracker) -> None:
    text = (
        "The proposal was described as reckless by state news agency Tanjug. "
        "According to the report, Prime Minister Ivo Novak said that the vote would go ahead."
    )
    inner = [a for a in tracker(text).attributions if "the vote would go ahead" in a.content.text]
    assert len(inner) == 1
    a = inner[0]
    assert a.outlet is not None and a.outlet.name == "Tanjug"
    assert a.speaker is not None and a.speaker.name == "Ivo Novak"
    assert a.chain[0].kind is SpeakerKind.OUTLET and a.chain[0].name == "Tanjug"
    assert a.chain[0].mention is not None and a.chain[0].mention.text == "the report"


def test_the_report_with_no_outlet_before_stays_as_written(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("According to the report, the minister will resign.").attributions
    assert a.speaker is not None and a.speaker.name == "the report"
    assert a.speaker.kind is not SpeakerKind.OUTLET
    assert a.outlet is None


def test_outlet_citing_a_source_carries_the_claim(tracker: quotrack.Tracker) -> None:
    text = "According to AFP, which cited an unnamed official, the talks will resume next week."
    (a,) = tracker(text).attributions
    assert a.outlet is not None and a.outlet.name == "AFP"
    assert a.speaker is not None and a.speaker.name == "an unnamed official"
    assert a.speaker.kind is SpeakerKind.UNNAMED
    assert [s.kind for s in a.chain] == [SpeakerKind.OUTLET, SpeakerKind.UNNAMED]


@pytest.mark.parametrize(
    "text",
    [
        "Yonhap reports that Kim Dae-ho expressed concern over the drills near the border.",
        "According to Yonhap, Defence Minister Kim Dae-ho said that the drills would go ahead.",
    ],
)
def test_outlet_reporting_what_someone_said_carries_it(tracker: quotrack.Tracker, text: str) -> None:
    inner = [a for a in tracker(text).attributions if a.speaker and a.speaker.kind is SpeakerKind.PERSON]
    assert len(inner) == 1
    assert inner[0].speaker is not None and inner[0].speaker.name == "Kim Dae-ho"
    assert inner[0].outlet is not None and inner[0].outlet.name == "Yonhap"


def test_someone_working_for_an_outlet_is_affiliated_not_the_outlet(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("A Reuters reporter said the convoy had left the city.").attributions
    assert a.speaker is not None
    assert a.speaker.kind is not SpeakerKind.OUTLET
    assert a.speaker.affiliation == "Reuters"


def test_a_tracker_with_a_custom_lexicon() -> None:
    lexicon = OutletLexicon.default().extended(["Valley Courier | the Courier"])
    resolver = OutletResolver(lexicon)
    tracker = quotrack.Tracker(resolvers=[resolver, "floating"])
    (a,) = tracker("The Valley Courier reported that the dam had been repaired.").attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.OUTLET
    assert a.speaker.name == "Valley Courier"


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
