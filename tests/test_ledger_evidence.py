"""The name and kind each speaker of a document is linked under, from what the document itself says."""

from __future__ import annotations

import pytest

from quotrack.ledger.evidence import (
    Linked,
    acronym_definitions,
    initials,
    known_name,
    linked_speakers,
    outlet_name,
)
from quotrack.model import SpeakerEntry, SpeakerKind


def entry(name: str, kind: str = "person") -> SpeakerEntry:
    return SpeakerEntry(name, kind, [], [0])


def linked(text: str, *speakers: tuple[str, str]) -> list[tuple[str, str]]:
    return [(link.name, link.kind.value) for link in linked_speakers(text, [entry(*s) for s in speakers])]


# -- acronyms ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters of the Kurdish-led Syrian Democratic Forces (SDF) took the town.",
            {"SDF": "Syrian Democratic Forces"},
        ),
        (
            "The International Rescue Committee (IRC) said so.",
            {"IRC": "International Rescue Committee"},
        ),
        (
            "a statement from the National Hurricane Center (NHC) on Sunday",
            {"NHC": "National Hurricane Center"},
        ),
        ("the U.S. Geological Survey (USGS) recorded it", {"USGS": "U.S. Geological Survey"}),
        # an ampersand in the acronym, and a legal form that gives no letter
        (
            "the Harbourside Gas and Electric Company (HG&E) said",
            {"HG&E": "Harbourside Gas and Electric Company"},
        ),
        # brackets that define nothing
        ("The index rose (CPI) in May.", {}),
        ("Ann Lee (AL) said it rained (again).", {"AL": "Ann Lee"}),
    ],
)
def test_acronym_definitions(text: str, expected: dict[str, str]) -> None:
    assert acronym_definitions(text) == expected


def test_initials_skip_connectors_and_the() -> None:
    assert initials("the World Health Organization") == "WHO"
    assert initials("the Kurdish-led Syrian Democratic Forces") == "SDF"
    assert initials("a police spokesman") == ""


def test_an_acronym_defined_in_the_text_is_its_full_name() -> None:
    text = (
        "The Kurdish-led Syrian Democratic Forces (SDF) said on Monday that the town had fallen. "
        "The SDF said it would hold the bridge."
    )
    assert linked(
        text, ("the SDF", "organization"), ("the Kurdish-led Syrian Democratic Forces", "organization")
    ) == [
        ("Syrian Democratic Forces", "organization"),
        ("Syrian Democratic Forces", "organization"),
    ]
    [sdf] = linked_speakers(text, [entry("the SDF", "organization")])
    assert sdf.also == "the SDF"  # remembered, so a later document's "SDF" alone finds it


def test_an_acronym_is_the_speaker_of_the_same_document_it_is_the_initials_of() -> None:
    text = (
        "The Pacific Tsunami Warning Center said no wave was expected. "
        "Later the PTWC said the danger had passed."
    )
    assert linked(
        text, ("the Pacific Tsunami Warning Center", "organization"), ("the PTWC", "organization")
    ) == [
        ("the Pacific Tsunami Warning Center", "organization"),
        ("the Pacific Tsunami Warning Center", "organization"),
    ]


def test_an_unknown_acronym_without_evidence_stays_as_it_is() -> None:
    text = "The PTWC said no wave was expected."
    assert linked(text, ("the PTWC", "organization")) == [("the PTWC", "organization")]


def test_known_acronyms_and_variants_come_from_the_lexicon() -> None:
    assert known_name("the WHO") == "World Health Organization"
    assert known_name("the World Health Organization") == "World Health Organization"
    assert known_name("The NHC") == known_name("the United States National Hurricane Center")
    assert known_name("The United States") == known_name("the US") == "United States"
    assert known_name("the Who") is None  # an acronym is matched as written
    text = "The WHO said the outbreak was over, the US said it was not."
    assert linked(text, ("The WHO", "organization"), ("the US", "organization")) == [
        ("World Health Organization", "organization"),
        ("United States", "organization"),
    ]


# -- outlets ----------------------------------------------------------------------------------
def test_outlet_short_forms_are_the_lexicon_outlet() -> None:
    assert outlet_name("Fars") == outlet_name("Fars News") == "Fars News Agency"
    assert outlet_name("Fars News", "person") == "Fars News Agency"  # a kind the article got wrong
    assert outlet_name("Bloomberg", "person") is None  # may be Michael Bloomberg
    assert outlet_name("the Associated Press") == outlet_name("AP") == "Associated Press"
    assert outlet_name("the Harbor Herald") is None
    text = "Fars reported the strike. Fars News later said three were hurt."
    assert linked(text, ("Fars", "outlet"), ("Fars News", "person")) == [
        ("Fars News Agency", "outlet"),
        ("Fars News Agency", "outlet"),
    ]


@pytest.mark.parametrize(
    "name", ["Kuwait", "Saudi", "New York", "the Islamic Republic", "Daily News", "the science"]
)
def test_a_short_form_of_places_or_plain_words_names_no_outlet(name: str) -> None:
    """Kuwait speaks for itself, not for the Kuwait News Agency; the Daily News is no Daily Wire."""
    assert outlet_name(name, "organization") is None


def test_a_short_form_of_plain_words_written_alone_is_the_outlet() -> None:
    assert outlet_name("Time", "outlet") == "Time"
    assert outlet_name("Science magazine", "outlet") == "Science"
    assert outlet_name("Kyodo", "organization") == "Kyodo"


# -- people ---------------------------------------------------------------------------------------
def test_a_surname_is_the_one_person_of_the_document_with_that_family_name() -> None:
    text = (
        "John Podesta said the emails were stolen. Podesta added that he would not resign. "
        "President Trump said the same day that the election was rigged. Donald Trump spoke in Ohio."
    )
    speakers = [
        ("John Podesta", "person"),
        ("Podesta", "organization"),
        ("President Trump", "person"),
        ("Donald Trump", "person"),
    ]
    assert linked(text, *speakers) == [
        ("John Podesta", "person"),
        ("John Podesta", "person"),
        ("Donald Trump", "person"),
        ("Donald Trump", "person"),
    ]


def test_a_word_opening_a_quoted_sentence_is_no_given_name() -> None:
    text = 'The mayor said: "The FBI settled all of this." Later the FBI said the case was closed.'
    assert linked(text, ("FBI", "organization")) == [("FBI", "organization")]


def test_a_surname_takes_a_full_name_from_the_text_when_no_speaker_has_it() -> None:
    text = (
        "Puerto Rico's governor Wanda Vázquez toured the damage. Later Vázquez said that power "
        "would be back within a week."
    )
    assert linked(text, ("Vázquez", "organization")) == [("Wanda Vázquez", "person")]
    # a capitalised word opening a sentence is no given name ("Later Vázquez")
    assert linked("Later Vázquez said that power would be back.", ("Vázquez", "person")) == [
        ("Vázquez", "person")
    ]


@pytest.mark.parametrize("body", ["Twitter", "Malawi"])
def test_a_known_bodys_one_word_name_is_no_persons_surname(body: str) -> None:
    # a nickname the text tags as a person's name ("Wilayat Twitter") gives the body no given name
    text = f"Supporters call the account Wilayat {body}. In a post on Friday, {body} said the rules held."
    assert linked(text, (f"Wilayat {body}", "person"), (body, "organization")) == [
        (f"Wilayat {body}", "person"),
        (body, "organization"),
    ]


def test_a_surname_shared_by_two_people_of_the_document_stays_in_its_article() -> None:
    text = "Bill Clinton and Hillary Clinton arrived together. Clinton said the trip was long."
    assert linked(text, ("Clinton", "person"), ("Bill Clinton", "person"), ("Hillary Clinton", "person"))[
        0
    ] == (
        "Clinton",
        "person",
    )


def test_a_full_name_tagged_as_an_organisation_is_a_person() -> None:
    text = "Kimberly Strach said the board would meet."
    assert linked(text, ("Kimberly Strach", "organization")) == [("Kimberly Strach", "person")]
    # a possessive or a description around the name is no one's name
    assert linked(
        "Vladimir Putin's associates said no.", ("Vladimir Putin's associates", "organization")
    ) == [("Vladimir Putin's associates", "organization")]


def test_members_of_a_joint_attribution_are_people() -> None:
    text = "Yang Jiechi and Takeo Akiba said the talks had been useful."
    speakers = [
        ("Yang Jiechi and Takeo Akiba", "group"),
        ("Yang Jiechi", "unknown"),
        ("Takeo Akiba", "unknown"),
    ]
    assert linked(text, *speakers) == [
        ("Yang Jiechi and Takeo Akiba", "group"),
        ("Yang Jiechi", "person"),
        ("Takeo Akiba", "person"),
    ]


def test_a_member_the_text_goes_on_from_with_which_is_no_person() -> None:
    text = (
        "Brill Tissue, which makes paper towels, and Solent Paper which makes napkins, said they were "
        "working around the clock. Jo Marsh, who runs a shop, and Solent Paper agreed."
    )
    speakers = [
        ("Brill Tissue and Solent Paper", "group"),
        ("Brill Tissue", "unknown"),
        ("Solent Paper", "unknown"),
        ("Jo Marsh", "unknown"),
    ]
    assert linked(text, *speakers)[1:] == [
        ("Brill Tissue", "organization"),
        ("Solent Paper", "organization"),
        ("Jo Marsh", "person"),
    ]


def test_a_member_whose_name_ends_in_an_organisation_noun_is_no_person() -> None:
    text = "The Harbour Union of Maine and the Coastal Rights Fund filed the complaint on Monday."
    speakers = [
        ("Harbour Union of Maine and Coastal Rights Fund", "group"),
        ("Coastal Rights Fund", "unknown"),
    ]
    assert linked(text, *speakers)[1] == ("Coastal Rights Fund", "organization")


def test_bodies_named_together_are_each_an_organisation() -> None:
    text = "The WHO and UNICEF said ten million children had missed their vaccines."
    speakers = [("WHO and UNICEF", "group"), ("UNICEF", "unknown"), ("Harbour Freight Group", "unknown")]
    # a member is the body it names, not the group's name read as a longer one
    assert linked(text, *speakers)[:2] == [("WHO and UNICEF", "group"), ("UNICEF", "organization")]
    assert linked(text, *speakers)[2] == ("Harbour Freight Group", "unknown")  # no member


def test_namesakes_are_left_alone() -> None:
    text = "Donald Trump Jr. said the rally was large. Donald Trump said it was larger."
    result = linked_speakers(text, [entry("Donald Trump Jr."), entry("Donald Trump")])
    assert result == [
        Linked("Donald Trump Jr.", SpeakerKind.PERSON),
        Linked("Donald Trump", SpeakerKind.PERSON),
    ]


# -- a short or cut name of an organisation: the longer name the same text writes -----------
def test_a_short_name_is_the_one_longer_name_the_text_writes() -> None:
    text = (
        "On Monday Halvard Motor Company recalled 4,000 vans. Halvard said the fault was in the brakes. "
        "The Northland Appeals Court heard the case; later the Appeals Court said it would rule soon."
    )
    assert linked(text, ("Halvard", "organization"), ("the Appeals Court", "organization")) == [
        ("Halvard Motor Company", "organization"),
        ("Northland Appeals Court", "organization"),
    ]


def test_a_body_is_named_on_with_of_and_and_but_not_into_another_body() -> None:
    text = (
        "The Ostland Department of Water and Soil said the dam held. The Department said more rain was due. "
        "Nearby, the Coast Guard and Harbour Authority said boats should stay in port."
    )
    assert linked(text, ("The Department", "organization"), ("Harbour Authority", "organization")) == [
        ("Ostland Department of Water and Soil", "organization"),
        ("Harbour Authority", "organization"),
    ]


def test_two_longer_names_or_a_sentence_capital_or_a_country_give_no_longer_name() -> None:
    text = (
        "The Ostland Health Ministry and the Westmark Health Ministry met. "
        "The Health Ministry said all was well. Both Velcor said prices would rise. Velcor said so again. "
        "Chile said the Chile Copper Company was sound."
    )
    assert linked(
        text, ("The Health Ministry", "organization"), ("Velcor", "organization"), ("Chile", "organization")
    ) == [
        ("The Health Ministry", "organization"),
        ("Velcor", "organization"),
        ("Chile", "organization"),
    ]


def test_a_cut_body_name_and_one_glued_to_its_possessor_are_the_body() -> None:
    text = "Ostland's Flood and Storm Warning Service reported the river had risen by two metres."
    assert linked(text, ("Storm Warning Service", "person"), ("Ostland Flood", "person")) == [
        ("Flood and Storm Warning Service", "organization"),
        ("Flood and Storm Warning Service", "organization"),
    ]


def test_a_person_whose_name_ends_in_an_organisation_noun_stays_a_person() -> None:
    text = "Margaret Court said the final was hard. Court added that she would play again."
    assert linked(text, ("Margaret Court", "person")) == [("Margaret Court", "person")]


# -- descriptions, titles and middle names ------------------------------------------------------
def test_a_plural_common_noun_capitalised_by_its_sentence_is_a_group() -> None:
    text = (
        "Ice is thinning, and Glaciologists have reported the shelf may break. "
        "State media said a team was sent. Associates of Marlowe alleged he was followed. "
        "The Bluebirds said they would appeal."
    )
    assert linked(
        text,
        ("Glaciologists", "organization"),
        ("State media", "outlet"),
        ("Associates of Marlowe", "organization"),
        ("The Bluebirds", "organization"),
    ) == [
        ("Glaciologists", "group"),
        ("State media", "group"),
        ("Associates of Marlowe", "group"),
        ("The Bluebirds", "organization"),
    ]


def test_a_plural_name_written_inside_a_sentence_is_a_name() -> None:
    text = "Analysts at Ravens said shares would fall. Ravens said it disagreed."
    assert linked(text, ("Ravens", "organization")) == [("Ravens", "organization")]


def test_a_title_and_a_full_name_tagged_as_an_organisation_is_the_person() -> None:
    text = "Prosecutor Tamsin Okoro QC said the witnesses were credible."
    assert linked(text, ("Prosecutor Tamsin Okoro QC", "organization")) == [("Tamsin Okoro", "person")]


def test_a_surname_takes_the_given_and_middle_names_the_text_writes() -> None:
    text = "The case went to Judge Amy Carlton Pruitt on Monday. Pruitt said the sentence was final."
    assert linked(text, ("Pruitt", "person")) == [("Amy Carlton Pruitt", "person")]


def test_the_owner_of_a_writing_is_the_speaker() -> None:
    text = "The Harbour Institute's database of ferries lists the boat as sold. Its owner disagreed."
    assert linked(text, ("The Harbour Institute's database of ferries", "organization")) == [
        ("The Harbour Institute", "organization")
    ]


def test_a_person_kind_name_written_as_one_word_or_with_its_short_form_is_a_body() -> None:
    text = (
        "Wave Tracker's maps show the ship. Nobody, WaveTracker said, had seen it since. "
        "The promotion Northern Star Wrestling (Star) announced the show was cancelled. "
        "Robert Kellan (Bob) said he would go."
    )
    assert linked(
        text, ("Wave Tracker", "person"), ("Northern Star Wrestling", "person"), ("Robert Kellan", "person")
    ) == [
        ("Wave Tracker", "organization"),
        ("Northern Star Wrestling", "organization"),
        ("Robert Kellan", "person"),
    ]


def test_a_body_is_the_one_other_body_of_the_document_with_its_words_and_more() -> None:
    text = "The Floods Ministry said the river rose. The Flood Defence Ministry added that dams held."
    assert linked(
        text, ("The Floods Ministry", "organization"), ("The Flood Defence Ministry", "organization")
    ) == [
        ("Flood Defence Ministry", "organization"),
        ("The Flood Defence Ministry", "organization"),
    ]
    two = text + " The Flood Relief Ministry disagreed."
    assert linked(
        two,
        ("The Floods Ministry", "organization"),
        ("The Flood Defence Ministry", "organization"),
        ("The Flood Relief Ministry", "organization"),
    )[0] == ("The Floods Ministry", "organization")


def test_a_country_written_only_after_a_place_is_no_speaker() -> None:
    text = "The wreck lies south of Naha, Japan at a depth of 400 metres, the divers said."
    assert linked(text, ("Japan", "organization")) == [("Japan", "unknown")]
    said = "Japan said the wreck lies south of Naha."
    assert linked(said, ("Japan", "organization")) == [("Japan", "organization")]


def test_a_person_after_an_organisation_and_a_role_of_is_the_person() -> None:
    text = (
        '"We will not stop," regional director of Harbour Watch International Mei-lin Zhao said. '
        "The head of Human Rights Watch said the same."
    )
    assert linked(
        text,
        ("Harbour Watch International Mei-lin Zhao", "organization"),
        ("Human Rights Watch", "organization"),
    ) == [("Mei-lin Zhao", "person"), ("Human Rights Watch", "organization")]


def test_a_longer_name_written_after_the_short_one_is_another_body() -> None:
    text = (
        "The Senate met on Monday. The island has no seat in the Federal Senate. "
        "The Senate said it would vote."
    )
    assert linked(text, ("The Senate", "organization")) == [("The Senate", "organization")]


def test_a_party_s_members_named_with_others_are_a_group_and_a_body_an_organisation() -> None:
    text = "Both Democrats and Republicans said that the port needs a new board. The WHO and UNICEF agreed."
    assert linked(
        text,
        ("Democrats and Republicans", "group"),
        ("Democrats", "unknown"),
        ("Republicans", "unknown"),
        ("the WHO and UNICEF", "group"),
        ("UNICEF", "unknown"),
    ) == [
        ("Democrats and Republicans", "group"),
        ("Democrats", "group"),
        ("Republicans", "group"),
        ("the WHO and UNICEF", "group"),
        ("UNICEF", "organization"),
    ]


def test_an_article_opening_the_sentence_is_no_part_of_a_longer_name() -> None:
    """'A Harbor Accountability Office audit …' names the Harbor Accountability Office, not one
    called 'A Harbor Accountability Office'."""
    text = (
        "Councillors raised other worries. A Harbor Accountability Office audit published in March "
        "showed the port could not trace its grants. Plan A was dropped."
    )
    assert linked(text, ("Harbor Accountability Office", "organization")) == [
        ("Harbor Accountability Office", "organization")
    ]
