"""The outlets resolver: outlet speakers get their canonical name, and outlets carry the claims they report.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

import pytest
from _support import only, said

import quotrack
from quotrack import SpeakerKind
from quotrack.outlets import OutletLexicon
from quotrack.resolvers import OutletResolver


def test_outlet_speaker_gets_its_spelled_out_name(tracker: quotrack.Tracker) -> None:
    result = tracker("Agence France-Presse reported that the border had been closed.")
    (a,) = result.attributions
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "Agence France-Presse"
    assert (a.speaker.name, a.speaker.kind) == ("Agence France-Presse", SpeakerKind.OUTLET)
    assert a.outlet is not None and a.outlet.name == "Agence France-Presse"
    assert a.outlet.mention is not None and a.outlet.mention.text == "Agence France-Presse"
    assert OutletLexicon.default().canonical(a.speaker.name) == "AFP"


def test_outlet_short_name_takes_the_full_name_the_text_writes(tracker: quotrack.Tracker) -> None:
    text = (
        "The Associated Press reported that the bridge had reopened. "
        "Later, AP reported that the ferry had stopped running."
    )
    names = {a.speaker.name for a in tracker(text).attributions if a.speaker is not None}
    assert names == {"Associated Press"}
    (a,) = tracker("AFP reported that the border had been closed.").attributions
    assert a.speaker is not None and a.speaker.name == "AFP"


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


@pytest.mark.parametrize(
    "told",
    [
        "A passenger told Reuters she had waited for four hours.",
        "A passenger explained to Reuters that she had waited for four hours.",
        "A passenger described for Reuters how the queue had grown all morning.",
    ],
)
def test_the_report_does_not_point_back_at_the_outlet_someone_spoke_to(
    tracker: quotrack.Tracker, told: str
) -> None:
    text = f"{told}\n\nSeveral flights were cancelled, according to the reports."
    (a,) = [a for a in tracker(text).attributions if a.content.text.startswith("Several flights")]
    assert a.speaker is not None and a.speaker.name == "the reports"
    assert a.speaker.kind is not SpeakerKind.OUTLET


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


def test_an_outlet_after_and_has_no_description_from_the_other_source(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("According to the Harbor Times and NPR, the ferry will stop running in May.").attributions
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Harbor Times and NPR", SpeakerKind.GROUP)  # both
    assert a.speaker.description is None


@pytest.mark.parametrize(
    "text",
    [
        "According to projections by CNN and NPR, the senator won in Ohio and Iowa.",
        "CNN and NPR reported that the senator had won in Ohio.",
    ],
)
def test_outlets_named_together_are_a_joint_source(tracker: quotrack.Tracker, text: str) -> None:
    (a,) = tracker(text).attributions
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind, a.speaker.members) == (
        "CNN and NPR",
        SpeakerKind.GROUP,
        ("CNN", "NPR"),
    )
    assert a.outlet is None  # neither carries it alone
    assert "outlets: joint source of 'CNN', 'NPR'" in a.explanation or "→ 'CNN and NPR'" in a.explanation[-1]
    # a reporter of one and the other outlet: not two outlets side by side
    (a,) = tracker("CNN's Jake Roe and NPR reported that the senator had won in Ohio.").attributions
    assert a.speaker is not None and a.speaker.kind is not SpeakerKind.GROUP


def test_someone_writing_for_an_outlet_is_not_the_outlet(tracker: quotrack.Tracker) -> None:
    text = "Omar Haddad of Kent University and contributor to Slate wrote that the rules were too vague."
    (a,) = tracker(text).attributions
    assert a.speaker is not None
    assert a.speaker.kind is not SpeakerKind.OUTLET
    assert a.speaker.affiliation == "Slate"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("The Harbour Board's website said the ferry would not sail.", "Harbour Board", "organization"),
        ("A fire service statement said the blaze was under control.", "the fire service", "organization"),
        (
            "According to a report by the Dover Water Company, it is full.",
            "Dover Water Company",
            "organization",
        ),
        ("A court filing by Ann Lee said the contract was void.", "Ann Lee", "person"),
        ("According to a study by Harvard and Yale, the drug works.", "Harvard and Yale", "group"),
        (
            "Another report from the Chilean government said nine had died.",
            "Chilean government",
            "organization",
        ),
        (
            "Reports by the Harbour Safety Board said nine had died.",
            "Harbour Safety Board",
            "organization",
        ),
        ('A tweet sent from Ann Lee\'s Twitter account said, "We will win."', "Ann Lee", "person"),
        (
            "According to a statement released by Lee's office, the road is shut.",
            "Lee's office",
            "organization",
        ),
        ("According to a March 2019 UNESCO press release, the site is at risk.", "UNESCO", "organization"),
        (  # a possessive pronoun's owner, resolved as the pronoun is
            "Former Senator Ann Vale died on Sunday, according to a statement released by her family.",
            "Ann Vale's family",
            "unnamed",
        ),
        (
            "Mayor Tom Reed spoke. A tweet posted to his official Twitter account said the port was shut.",
            "Tom Reed",
            "person",
        ),
    ],
)
def test_a_writing_speaks_for_its_owner(
    tracker: quotrack.Tracker, text: str, speaker: str, kind: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.kind.value) == (speaker, kind)


@pytest.mark.parametrize(
    "text",
    [
        "His statement said the ferry would not sail.",
        "A review of the data found the ferry was late.",
        "A letter sent to Ann Lee's office said the ferry would not sail.",  # to: not its sender
        "Reports from the scene said the ferry would not sail.",
    ],
)
def test_a_writing_that_names_no_owner_stays(tracker: quotrack.Tracker, text: str) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.mention is not None
    assert found.speaker.name == found.speaker.mention.text


def test_an_outlet_then_a_country_is_its_edition(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("Two bridges were closed after the storm, according to CNN Philippines.").attributions
    assert a.outlet is not None and a.outlet.name == "CNN Philippines"
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.OUTLET


def test_a_publication_named_before_is_the_publication(tracker: quotrack.Tracker) -> None:
    text = "The Harbour Gazette reported the ferry sank. The local publication said two crew were missing."
    a = said(tracker(text), "crew")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind.value) == ("Harbour Gazette", "outlet")


def test_the_outlet_that_reported_what_officials_stated_carries_it(tracker: quotrack.Tracker) -> None:
    (found,) = tracker(
        "The Harbour Times reported officials, after a long inquiry, stated the ferry had sunk."
    ).attributions
    assert found.speaker is not None and found.speaker.name == "officials"
    assert found.outlet is not None and found.outlet.name == "Harbour Times"


@pytest.mark.parametrize(
    "text",
    [
        "Television broadcaster NHK revealed that the bridge had closed.",
        "The newspaper Daily Clarion reported that the bridge had closed.",
    ],
)
def test_a_description_with_an_outlet_named_right_after_it_is_that_outlet(
    tracker: quotrack.Tracker, text: str
) -> None:
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.OUTLET
    assert a.speaker.name in ("NHK", "Daily Clarion")
    assert a.outlet is not None and a.outlet.name == a.speaker.name


def test_a_person_described_as_a_broadcaster_is_a_person(tracker: quotrack.Tracker) -> None:
    text = 'Broadcaster Jane Roe commented, "The bridge is closed. It will reopen in May."'
    (a,) = tracker(text).attributions
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Jane Roe", SpeakerKind.PERSON)
    assert a.outlet is None


def test_a_death_posted_to_the_dead_person_s_account_is_not_theirs(tracker: quotrack.Tracker) -> None:
    text = (
        "Tributes were paid to the singer Tom Reed. Reed died at home on Friday with his family, "
        "according to a statement posted to his official Twitter account."
    )
    speaker = said(tracker(text), "died at home").speaker
    assert speaker is not None and speaker.name == "a statement posted to his official Twitter account"
    # another claim posted there is his
    text = "Mayor Tom Reed spoke. A statement posted to his official Twitter account said the port was shut."
    assert said(tracker(text), "port").speaker.name == "Tom Reed"  # type: ignore[union-attr]


def test_a_source_via_an_outlet_is_the_source_carried_by_the_outlet(tracker: quotrack.Tracker) -> None:
    text = "The team was going to a chess match, according to the mayor of Oslo via news agency Reuters."
    a = said(tracker(text), "going to a chess")
    assert a.speaker is not None and a.speaker.name == "the mayor of Oslo"
    assert a.outlet is not None and a.outlet.name == "Reuters"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The Harbor Herald, the city's oldest daily, ran a series on the bridge. "
            '"The plan is a folly," the editorial board wrote on Sunday.',
            "Harbor Herald",
        ),
        (
            "The Harbor Herald ran a story on the bridge. "
            "The newspaper's editorial board said the plan was a folly.",
            "Harbor Herald",
        ),
        ("The New York Times's editorial board said the plan was a folly.", "The New York Times"),
        (
            "An editorial in The Boston Globe said the plan was a folly.",
            "The Boston Globe",
        ),
    ],
)
def test_an_editorial_is_its_outlets_own_voice(tracker: quotrack.Tracker, text: str, outlet: str) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (outlet, SpeakerKind.OUTLET)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The school board said the plan was a folly.", "The school board"),  # no outlet's voice
        (
            "A columnist for The Boston Globe said the plan was a folly.",
            "A columnist for The Boston Globe",
        ),
        (  # a paper of the place, never named: its editorial stays as written
            "A Lisbon newspaper urged the mayor to act. The newspaper's editorial said the plan was a folly.",
            "The newspaper's editorial",
        ),
    ],
)
def test_no_outlet_is_made_of_a_board_a_member_or_a_place(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    found = said(tracker(text), "folly").speaker
    assert found is not None and found.name == speaker and found.kind is not SpeakerKind.OUTLET


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The Dover Post reported on Monday that the mayor had resigned. "
            "The Post said the council would meet on Friday.",
            "Dover Post",
        ),
        (
            "According to the Riverside Sentinel, the dam was at risk. "
            "The Sentinel said engineers had warned the county in May.",
            "Riverside Sentinel",
        ),
        (
            "According to The New York Times, the mayor had resigned. "
            "The Times said the council would meet on Friday.",
            "The New York Times",
        ),
    ],
)
def test_the_last_words_of_an_outlets_name_are_that_outlet(
    tracker: quotrack.Tracker, text: str, outlet: str
) -> None:
    a = said(tracker(text), "council" if "council" in text else "engineers")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == (outlet, SpeakerKind.OUTLET)


def test_the_last_words_of_two_outlets_names_are_neither(tracker: quotrack.Tracker) -> None:
    text = (
        "The Dover Post and the Harbor Post reported that the mayor had resigned. "
        "The Post said the council would meet on Friday."
    )
    a = said(tracker(text), "council would meet")
    assert a.speaker is not None and a.speaker.name == "The Post"


def test_an_unlisted_newspaper_speaks_through_its_editorial(tracker: quotrack.Tracker) -> None:
    text = (
        "The Harbor Ledger, a daily newspaper in Dover, turned on the mayor this week. "
        '"The mayor must resign," the editorial said. The newspaper said that the council had failed.'
    )
    speakers = [(a.speaker.name, a.speaker.kind) for a in tracker(text).attributions if a.speaker]
    assert speakers == [("Harbor Ledger", SpeakerKind.OUTLET)] * 2


def test_one_who_writes_for_an_outlet_described_before_its_name_is_not_the_outlet(
    tracker: quotrack.Tracker,
) -> None:
    text = "A writer for the business news site Techvane said that the deal was a mistake."
    assert [m.name for m in OutletLexicon.default().find(tracker.nlp(text))] == ["Techvane"]
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNNAMED


def test_a_body_an_outlet_owns_keeps_its_whole_name(tracker: quotrack.Tracker) -> None:
    # "CNN's Jane Roe" is Jane Roe of CNN; "CNN's Research Department" is no person of CNN's
    a = only(tracker("CNN's Research Department said the figures were wrong."))
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("CNN's Research Department", SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "Time magazine reported that the singer would tour in May.",
        "The weekly said, according to Time magazine, that the singer would tour in May.",
    ],
)
def test_an_outlet_written_with_the_word_magazine_is_named_without_it(
    tracker: quotrack.Tracker, text: str
) -> None:
    names = {a.speaker.name for a in tracker(text).attributions if a.speaker is not None}
    assert "Time" in names and not any("magazine" in name for name in names)


def test_the_agency_is_not_an_outlet_the_text_called_a_newspaper(tracker: quotrack.Tracker) -> None:
    text = (
        "The International Testing Agency suspended the rider. According to the newspaper Politiken, "
        "his values were flagged months ago. His results will be annulled, the agency said."
    )
    a = said(tracker(text), "annulled")
    assert a.speaker is not None and a.speaker.name == "International Testing Agency"


def test_the_paper_is_the_outlet_the_text_called_a_newspaper(tracker: quotrack.Tracker) -> None:
    text = "The newspaper Politiken reported the values were flagged. The paper said the team knew."
    a = said(tracker(text), "team knew")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Politiken", SpeakerKind.OUTLET)


@pytest.mark.parametrize(
    "text",
    [
        "KERAVA, Finland (AP) — Two bridges were shut on Friday.\n\nThe report said the steel had rusted.",
        "OSLO, June 3 (Reuters) - Two bridges were shut.\n\nThe report said the steel had rusted.",
    ],
)
def test_the_report_is_no_wire_credited_in_the_dateline(tracker: quotrack.Tracker, text: str) -> None:
    a = said(tracker(text), "steel had rusted")
    assert a.speaker is None or a.speaker.kind is not SpeakerKind.OUTLET


def test_the_report_is_the_outlet_named_in_the_story(tracker: quotrack.Tracker) -> None:
    text = (
        "KERAVA, Finland (AP) — The Kerava Herald reported that two bridges were shut. "
        "The report said the steel had rusted."
    )
    a = said(tracker(text), "steel had rusted")
    assert a.speaker is not None and a.speaker.name == "Kerava Herald"
