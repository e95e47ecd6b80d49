"""described_persons.py: a description of a person is the one the text names nearby (invented sentences)."""

from __future__ import annotations

import pytest
from _support import said

import quotrack
from quotrack import SpeakerKind
from quotrack.context import DocContext
from quotrack.resolvers.described_persons import possessor_surname


def test_a_bare_description_is_the_person_the_sentence_before_named(tracker: quotrack.Tracker) -> None:
    text = (
        "Senator Wendell Marsh spoke to reporters in Dover on Monday. "
        "Marsh would not say whether he preferred Tom Breck or Alma Quist as a rival. "
        "The majority whip said the vote would be close."
    )
    a = said(tracker(text), "vote would be close")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name, a.speaker.kind) == (
        "The majority whip",
        "Wendell Marsh",
        SpeakerKind.PERSON,
    )


def test_a_title_ending_in_of_and_an_office_is_the_person_the_sentence_before_named(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Senator Wendell Marsh spoke to reporters in Dover on Monday. "
        "Marsh would not say whether he preferred Tom Breck or Alma Quist as a rival. "
        "The former secretary of state then said the vote would be close."
    )
    a = said(tracker(text), "vote would be close")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Wendell Marsh", SpeakerKind.PERSON)


def test_a_surname_the_parser_left_untagged_names_its_bearer_for_a_description(
    tracker: quotrack.Tracker,
) -> None:
    # "Marsh" in the second sentence is in no entity: it still names Ann Marsh, the person the
    # description after it stands for (named twice, the subject of the sentence before)
    text = (
        "Ann Marsh plans to call for more research money, the campaign told reporters. "
        "Marsh met donors on Monday. The former governor said the plan would cost $2 billion a year."
    )
    doc = tracker.nlp(text)
    assert [ent.text for ent in doc.ents if ent.label_ == "PERSON"] == ["Ann Marsh"]
    a = said(tracker(text), "plan would cost")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Ann Marsh", SpeakerKind.PERSON)


def test_the_head_of_a_body_is_not_the_person_the_sentence_before_named(tracker: quotrack.Tracker) -> None:
    text = (
        "Senator Wendell Marsh spoke to reporters in Dover on Monday. "
        "Marsh would not say whether he preferred Tom Breck or Alma Quist as a rival. "
        "The head of the committee said the vote would be close."
    )
    a = said(tracker(text), "vote would be close")
    assert a.speaker is not None
    assert a.speaker.name != "Wendell Marsh"


def test_a_description_after_a_sentence_on_a_named_mans_he_is_that_man(tracker: quotrack.Tracker) -> None:
    text = (
        "Senator Robert Marsh spoke to reporters in Dover on Monday. "
        "Robert Marsh's voice was softer than when he ran for governor in 1998. "
        "The veteran lawmaker said the vote would be close."
    )
    a = said(tracker(text), "vote would be close")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Robert Marsh", SpeakerKind.PERSON)


def test_a_description_after_a_sentence_on_a_woman_and_a_he_is_not_the_woman(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Senator Alma Quist spoke to reporters in Dover on Monday. "
        "Alma Quist's voice was softer than when he ran for governor in 1998. "
        "The veteran lawmaker said the vote would be close."
    )
    a = said(tracker(text), "vote would be close")
    assert a.speaker is not None
    assert a.speaker.name != "Alma Quist"


def test_a_party_member_written_as_a_name_is_the_person_named_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Governor Celia Varga toured the flooded valley on Tuesday. Varga met farmers there. "
        "The Ohio Republican said the state would pay for the repairs."
    )
    a = said(tracker(text), "repairs")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Celia Varga", SpeakerKind.PERSON)


def test_a_bare_description_after_two_people_named_stays_a_description(tracker: quotrack.Tracker) -> None:
    text = (
        "Mayor Ruth Ostrander met Judge Paul Kemper on Friday. Ostrander and Kemper spoke for an hour. "
        "The former prosecutor said the talks had gone well."
    )
    a = said(tracker(text), "talks")
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNNAMED


def test_a_man_introduced_unnamed_is_not_the_person_named_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Coach Dennis Arlow watched the match from the stands. A fan sat beside Arlow all evening. "
        "The fan said the referee had been unfair."
    )
    a = said(tracker(text), "referee")
    assert a.speaker is not None and a.speaker.name != "Dennis Arlow"


def test_a_description_of_the_other_gender_is_not_the_person_named_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Governor Harold Venn opened the new bridge on Sunday. Venn cut the ribbon himself. "
        "The chairwoman said the bridge had cost too much."
    )
    a = said(tracker(text), "cost too much")
    assert a.speaker is not None and a.speaker.name != "Harold Venn"


def test_a_description_with_another_persons_place_is_not_the_person_named_before(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Idaho Senator Lyle Brandt criticised the plan. Later, Governor Nora Pell defended it. "
        "Pell spoke in Boise on Monday. The Idaho senator said the plan would fail."
    )
    a = said(tracker(text), "would fail")
    assert a.speaker is not None and a.speaker.name != "Nora Pell"


def test_a_description_opening_a_story_is_the_person_named_next(tracker: quotrack.Tracker) -> None:
    text = (
        "Ferry crash suspect charged.\n\n"
        "The young woman accused of steering a ferry into the pier said she had fallen asleep at the wheel. "
        "Dana Whitlock, 23, will be charged with reckless endangerment. Whitlock remains in custody."
    )
    a = said(tracker(text), "fallen asleep")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Dana Whitlock", SpeakerKind.PERSON)


def test_a_description_of_someone_introduced_unnamed_is_not_the_person_named_next(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "A woman was found on the pier at dawn.\n\n"
        "The woman said she had fallen asleep at the wheel. "
        "Dana Whitlock, 23, will be charged with reckless endangerment. Whitlock remains in custody."
    )
    a = said(tracker(text), "fallen asleep")
    assert a.speaker is not None and a.speaker.name != "Dana Whitlock"


def test_a_bare_description_is_the_main_clause_subject_before_it(tracker: quotrack.Tracker) -> None:
    text = (
        "Gregory Whitfield campaigned in Denver on Monday. "
        "Whitfield said it would have been polite had Irene Stark called him. "
        "The Republican nominee said the race was far from over."
    )
    a = said(tracker(text), "far from over")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Gregory Whitfield", SpeakerKind.PERSON)


def test_a_headline_description_is_the_person_the_opening_paragraphs_quote(tracker: quotrack.Tracker) -> None:
    text = (
        "Union chief says the strike will spread.\n\n"
        "The head of the dockworkers' union is worried about the talks.\n\n"
        "In an interview on Tuesday, Marta Kowalczyk said the strike would reach every port by May.\n\n"
        '"We are ready," Kowalczyk said.'
    )
    a = said(tracker(text), "strike will spread")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Marta Kowalczyk", SpeakerKind.PERSON)


def test_a_description_after_a_description_of_the_person_named_before_is_that_person(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Senator Robert Marsh spoke to reporters in Dover on Monday. The plan will fail, Robert Marsh said. "
        '"It is over," the veteran lawmaker told reporters. '
        "The former governor continued, saying that the vote would be close."
    )
    a = said(tracker(text), "vote would be close")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Robert Marsh", SpeakerKind.PERSON)


def test_a_headline_s_bare_title_is_the_one_person_the_headline_names(tracker: quotrack.Tracker) -> None:
    body = "\nJustice vows to be 'more careful' with her opinions.\n\nJustice Harriet Whitcombe said "
    text = f"Harriet Whitcombe apologizes for remarks;{body}that she regretted her remarks about the mayor."
    a = said(tracker(text), "more careful")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Harriet Whitcombe", SpeakerKind.PERSON)
    assert any("the one person the headline names, for its bare title 'Justice'" in e for e in a.explanation)
    # a headline naming two people: no guess
    text = f"Harriet Whitcombe apologizes to Tom Lee;{body}that she regretted her remarks about the mayor."
    a = said(tracker(text), "more careful")
    assert a.speaker is not None and a.speaker.name == "Justice"


def test_possessor_surname_is_the_latest_person_of_the_pronouns_gender(tracker: quotrack.Tracker) -> None:
    for text, pronoun, surname in (
        ("Tom Lee met Ann Roe in Harwick. Her brother, Sam, drove them home.", "Her", "Roe"),
        ("Ann Roe met Tom Lee in Harwick. His brother, Sam, drove them home.", "His", "Lee"),
    ):
        ctx = DocContext(tracker.parse([text])[0], text)
        owner = next(t for t in ctx.doc if t.text == pronoun)
        assert possessor_surname(ctx, owner) == surname, text


_STORY = (
    "Ann Roe ran the Harwick ferry line for a decade. Ann Roe bought two boats in 2009. "
    "Critics said Ann Roe spent too much. Ann Roe sold the line in 2015.\n\n"
    "Ann Roe now sits on the port board.\n\n"
    "The port has twelve berths. Ferries leave it every hour.\n\n"
    "The former chief executive said that the sale had been fair."
)


def test_a_bare_description_is_the_one_person_the_story_is_about(tracker: quotrack.Tracker) -> None:
    a = said(tracker(_STORY), "sale had been fair")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Ann Roe", SpeakerKind.PERSON)


def test_a_bare_description_beside_another_name_is_not_the_storys_person(tracker: quotrack.Tracker) -> None:
    text = _STORY.replace(
        "The former chief executive said", "Tom Lee spoke first. The former chief executive said"
    )
    a = said(tracker(text), "sale had been fair")
    assert a.speaker is not None and a.speaker.name != "Ann Roe"


def test_a_placed_description_needs_the_place_beside_the_storys_person(tracker: quotrack.Tracker) -> None:
    text = _STORY.replace("The former chief executive", "The Valerian lawmaker")
    a = said(tracker(text), "sale had been fair")
    assert a.speaker is not None and a.speaker.name != "Ann Roe"


@pytest.mark.parametrize(
    "text",
    [
        # an age for the person the sentence before named
        "Ewa Lindqvist won the final. Lindqvist beat the champion. "
        "“I was lost twice,” Lindqvist admitted. The 31-year-old said she had barely slept.",
        # a role, after sentences wholly inside quotation marks
        "Ewa Lindqvist won the final. Lindqvist beat the champion. “I was lost twice,” Lindqvist admitted. "
        "“Arjun played better. I made fewer mistakes.” The player said she had barely slept.",
        # the sentences between wholly inside quotation marks are passed over
        "Ewa Lindqvist won the final. Lindqvist beat the champion. “I was lost twice,” Lindqvist admitted. "
        "“Arjun played better. I made fewer mistakes.” The 31-year-old said she had barely slept.",
    ],
)
def test_a_description_after_a_quotation_stands_for_the_person_named_before_it(
    tracker: quotrack.Tracker, text: str
) -> None:
    a = said(tracker(text), "barely slept")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Ewa Lindqvist", SpeakerKind.PERSON)


def test_an_age_stands_for_the_person_just_introduced_though_named_once(tracker: quotrack.Tracker) -> None:
    text = "Tomasz Nowicki runs a bakery beside the square. The 54-year-old said his takings had halved."
    a = said(tracker(text), "takings")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (
        "Tomasz Nowicki",
        SpeakerKind.PERSON,
    )
    # a role named once is no one the story is about: as written
    text = "Tomasz Nowicki runs a bakery beside the square. The baker said his takings had halved."
    assert said(tracker(text), "takings").speaker.name != "Tomasz Nowicki"  # type: ignore[union-attr]
    # two people in the sentence before: either
    text = "Tomasz Nowicki and Ewa Lis run a bakery. The 54-year-old said the takings had halved."
    assert said(tracker(text), "takings").speaker.name not in ("Tomasz Nowicki", "Ewa Lis")  # type: ignore[union-attr]


def test_a_lead_description_is_the_person_the_next_sentence_names_as_its_subject(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "HANOI — The chief executive of budget carrier SkyLotus apologised on Friday to stranded "
        "passengers and said the airline would not resume full operations until next month.\n\n"
        "Speaking at a crowded press conference, Nguyen Thi Thu Hà said she took full responsibility."
    )
    first = tracker(text).attributions[0]
    assert first.speaker is not None and first.speaker.name == "Nguyen Thi Thu Hà"


def test_a_lead_description_is_no_one_a_pronoun_comes_before(tracker: quotrack.Tracker) -> None:
    text = (
        "The engineer who built three bridges is already planning a fourth one for the valley. "
        "When he arrives at the site each morning, Mayor Tom Roe, also an engineer, waits."
    )
    for found in tracker(text).attributions:
        assert found.speaker is None or found.speaker.name != "Tom Roe"


def test_a_court_lead_s_described_accused_is_the_person_the_next_sentence_opens_with(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "GHENT, Belgium — A Dutch fish wholesaler accused of shipping stolen oysters to Hong Kong told "
        "a court on Monday that he had bought them in good faith.\n\n"
        "Maarten de Visser, 47, is on trial with two former employees."
    )
    speaker = said(tracker(text), "good faith").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Maarten de Visser", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # no court's participle: an unnamed source stays unnamed
        "A senior official said the talks had failed. Ann Roe, the minister, said they would go on.",
        # the next sentence opens with someone else, titled
        "A driver accused of speeding told the court he was innocent. Judge Ann Roe said he was lying.",
    ],
)
def test_a_lead_with_a_or_an_is_named_next_only_in_a_court_story(
    tracker: quotrack.Tracker, text: str
) -> None:
    first = tracker(text).attributions[0]
    assert first.speaker is not None and first.speaker.name != "Ann Roe"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # an indefinite description in a lead, the next paragraph opening with the name and an age
            "HAVRE — A former dock foreman at the container terminal told the tribunal on Monday that "
            "he had been told to skip safety checks.\n\nYannick Lemoine-Faure, 52, was the first witness "
            "called by the dockers' union.",
            "Yannick Lemoine-Faure",
        ),
        (  # a country's possessive, the name after an opening phrase and the title
            "ACCRA, Ghana — Ghana's energy minister said on Friday that the dam would be finished by "
            "2029.\n\nSpeaking in Accra, Energy Minister Mariam Traore said the first turbine had arrived.",
            "Mariam Traore",
        ),
    ],
)
def test_a_lead_s_description_is_the_person_the_next_paragraph_opens_with(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = tracker(text).attributions[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # another role set beside the name
        "HAVRE — A former dock foreman said he had been told to skip safety checks.\n\n"
        "Yannick Lemoine-Faure, the port's director, said the checks were done every week.",
        # two people named: which one, the text does not say
        "HAVRE — A former dock foreman said he had been told to skip safety checks.\n\n"
        "Yannick Lemoine, 52, and Luc Faure, 49, both gave evidence on Monday.",
        # not the lead
        "Dockers gathered at dawn.\n\nThe strike went on. A former dock foreman said he had been told "
        "to skip safety checks. Yannick Lemoine-Faure, 52, was the first witness.",
    ],
)
def test_a_lead_s_description_stays_unnamed_when_the_next_name_may_be_another(
    tracker: quotrack.Tracker, text: str
) -> None:
    speaker = said(tracker(text), "safety checks").speaker
    assert speaker is not None and speaker.kind is SpeakerKind.UNNAMED
