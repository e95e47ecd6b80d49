"""'According to' attributions, sources citing sources, and outlets carrying claims."""

from __future__ import annotations

import pytest
from _support import mention, only

import quotrack
from quotrack import Kind, SpeakerKind
from quotrack.detectors.according import _CUE


def test_according_to_before_the_claim(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to the police, the road will stay closed until Friday."))
    assert a.cue is not None and a.cue.text == "According to"
    assert mention(a) == "the police"
    assert a.content.text == "the road will stay closed until Friday."
    assert a.kind is Kind.INDIRECT


def test_according_to_after_the_claim(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The road will stay closed until Friday, according to the police."))
    assert mention(a) == "the police"
    assert a.content.text == "The road will stay closed until Friday"


def test_the_writers_gloss_after_the_claim_is_not_the_sources(tracker: quotrack.Tracker) -> None:
    text = "According to the union, the talks have failed, meaning the ferries will not sail on Monday."
    assert only(tracker(text)).content.text == "the talks have failed"


def test_a_relative_clause_after_the_claim_stays_the_sources(tracker: quotrack.Tracker) -> None:
    text = "According to the union, the ferries will stop at Dunmore, which has no other link."
    assert only(tracker(text)).content.text.endswith("which has no other link.")


def test_description_of_the_source_is_not_the_claim(tracker: quotrack.Tracker) -> None:
    text = "According to Maria Costa, an economist at the central bank, inflation has peaked."
    a = only(tracker(text))
    assert mention(a) == "Maria Costa"
    assert a.content.text == "inflation has peaked."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the harbour master on Tuesday, the ferry will not sail.", "the harbour master"),
        ("According to police Tuesday, the ferry will not sail.", "police"),
        ("According to a 2021 audit, the ferry lost money.", "a 2021 audit"),
    ],
)
def test_when_the_source_spoke_is_no_part_of_it(tracker: quotrack.Tracker, text: str, source: str) -> None:
    assert mention(only(tracker(text))) == source


def test_source_citing_a_source_keeps_the_chain(tracker: quotrack.Tracker) -> None:
    text = (
        "According to Reuters, which cited an unnamed official from the finance ministry, "
        "the government will sell its stake in the airline."
    )
    a = only(tracker(text))
    assert a.speaker is not None
    assert a.speaker.mention is not None
    assert a.speaker.mention.text == "an unnamed official from the finance ministry"
    assert a.speaker.kind is quotrack.SpeakerKind.UNNAMED
    assert [s.mention.text for s in a.chain if s.mention] == [
        "Reuters",
        "an unnamed official from the finance ministry",
    ]
    assert a.outlet is not None and a.outlet.name == "Reuters"
    assert a.content.text == "the government will sell its stake in the airline."


def test_outlet_as_the_source(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to Reuters, the airline will cut 500 jobs."))
    assert a.speaker is not None and a.speaker.kind is quotrack.SpeakerKind.OUTLET
    assert a.outlet is not None and a.outlet.name == "Reuters"


def test_according_to_the_report_takes_the_outlet_named_before(tracker: quotrack.Tracker) -> None:
    text = (
        "The talks were described as frank by state news agency Xinhua.\n\n"
        "According to the report, the minister said that the border would stay open."
    )
    said = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "said"]
    assert len(said) == 1
    assert mention(said[0]) == "the minister"
    assert said[0].outlet is not None and said[0].outlet.name == "Xinhua"


def test_claim_reported_by_an_outlet(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The Associated Press reported that the strike had ended."))
    assert a.content.text == "the strike had ended"
    assert a.outlet is not None


def test_user_outlets_extend_the_list(tracker: quotrack.Tracker) -> None:
    text = "According to Lakeside Bell, the mill will close in March."
    assert only(tracker(text)).outlet is None
    mine = quotrack.Tracker(nlp=tracker.nlp, outlets=["Lakeside Bell | the Bell"])
    a = only(mine(text))
    assert a.outlet is not None and a.outlet.name == "Lakeside Bell"
    assert a.speaker is not None and a.speaker.kind is quotrack.SpeakerKind.OUTLET


def test_lexicon_arguments_are_checked() -> None:
    with pytest.raises(quotrack.ArgumentError, match="outlets takes"):
        quotrack.Tracker(outlets=[3])  # type: ignore[list-item]
    with pytest.raises(quotrack.ArgumentError, match="cues takes"):
        quotrack.Tracker(cues=5)  # type: ignore[arg-type]


def test_a_sentence_opened_by_a_document_is_its_claim(tracker: quotrack.Tracker) -> None:
    a = only(tracker("In a new county poll, Lee leads Ortiz by 12 points among older voters."))
    assert mention(a) == "a new county poll"
    assert a.act is quotrack.Act.EVIDENCE
    assert a.content.text.startswith("Lee leads Ortiz by 12 points")


@pytest.mark.parametrize(
    "text",
    [
        "In the morning, the council voted to close the road.",
        "In a statement, the mayor said the bridge would reopen.",
        "In order for the plan to become law, both houses of the council would have to pass it.",
    ],
)
def test_in_a_time_or_a_speakers_statement_is_no_document_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert [a for a in tracker(text).attributions if a.detector == "according"] == []


def test_a_bracketed_short_name_belongs_to_the_source(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to the Weather Office (NWO), the storm will reach the coast tonight."))
    assert a.content.text == "the storm will reach the coast tonight."
    b = only(tracker("Flooding, according to the Weather Office (NWO), is the main danger."))
    assert [p.text for p in b.pieces] == ["Flooding", "is the main danger."]


def test_a_clause_before_a_semicolon_is_not_the_sources(tracker: quotrack.Tracker) -> None:
    a = only(tracker("Three boats were at sea; according to the coast guard, one sank near the pier."))
    assert a.content.text == "one sank near the pier."


def test_a_description_of_the_source_after_it_is_not_the_claim(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The bridge will close for a month, according to Ann Lee, the county's chief engineer."))
    assert a.content.text == "The bridge will close for a month"


def test_a_date_cut_off_at_its_comma_is_no_source(tracker: quotrack.Tracker) -> None:
    text = "According to a May 3, 2021 council report, the harbour lost a tenth of its boats."
    found = [a for a in tracker(text).attributions if a.detector == "according"]
    assert all(a.speaker is not None and a.speaker.name.removeprefix("a ") != "May 3" for a in found)


def test_a_date_with_its_comma_is_part_of_the_source(tracker: quotrack.Tracker) -> None:
    text = "According to a May 3, 2021 council report, the harbour lost a tenth of its boats."
    a = only(tracker(text))
    assert a.speaker is not None and "May 3" not in a.speaker.name
    assert a.content.text == "the harbour lost a tenth of its boats."


def test_a_place_after_the_sources_place_is_the_sources(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to police in Dayton, Ohio, the driver had been drinking."))
    assert a.content.text == "the driver had been drinking."


def test_a_second_source_and_when_it_spoke_are_no_part_of_the_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "According to reports from the interior ministry on Friday, and Amnesty, an independent "
        "rights group, on Thursday, about 300 people were held."
    )
    a = only(tracker(text))
    assert a.content.text == "about 300 people were held."


def test_the_claims_own_subject_is_not_taken_for_a_description(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to the ruling, a host, such as a forum, must remove the post."))
    assert a.content.text == "a host, such as a forum, must remove the post."


def test_an_amount_after_the_source_resumes_the_claim(tracker: quotrack.Tracker) -> None:
    text = "The wreck lies according to the survey team about 40 miles from the cape, to the north."
    a = only(tracker(text))
    assert mention(a) == "the survey team"
    assert [p.text for p in a.pieces] == ["The wreck lies", "about 40 miles from the cape, to the north."]


def test_what_others_reported_after_the_source_is_their_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "While few fans own a costume according to a 2015 survey, organisers reported that "
        "half of this year's visitors wore one."
    )
    tagged = [a for a in tracker(text).attributions if a.detector == "according"]
    assert len(tagged) == 1
    assert [p.text for p in tagged[0].pieces] == ["few fans own a costume"]


@pytest.mark.parametrize(
    ("text", "source", "pieces"),
    [
        (
            "The boat sank quickly and according to the ministry it was carrying sixty people.",
            "the ministry",
            ["it was carrying sixty people."],  # the sinking before the conjunction is the writer's
        ),
        (
            "Divers, working all night, according to the coast guard pulled six people from the river.",
            "the coast guard",
            ["Divers, working all night", "pulled six people from the river."],
        ),
        (
            "The island is rarely flooded, according to the Gazette who reported that two storms hit it.",
            "the Gazette",
            ["The island is rarely flooded", "two storms hit it."],
        ),
    ],
)
def test_a_clause_after_the_source_with_no_comma_is_the_claim(
    tracker: quotrack.Tracker, text: str, source: str, pieces: list[str]
) -> None:
    tagged = [a for a in tracker(text).attributions if a.detector == "according"]
    assert len(tagged) == 1
    assert mention(tagged[0]) == source
    assert [p.text for p in tagged[0].pieces] == pieces


def test_a_clause_of_the_sources_own_stays_in_it(tracker: quotrack.Tracker) -> None:
    text = "The mill lost money for years, according to documents the owner filed with the court."
    a = only(tracker(text))
    assert mention(a) == "documents the owner filed with the court"
    assert a.content.text == "The mill lost money for years"


def test_a_name_apposed_to_a_described_source_is_the_source(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to the harbour master, Tom Reilly, on Monday, the ferry will not sail."))
    assert mention(a) == "Tom Reilly"
    assert a.content.text == "the ferry will not sail."


def test_a_source_inside_a_subordinate_clause_has_that_clause_only(tracker: quotrack.Tracker) -> None:
    text = "Although prices rose by a third according to the ministry, sales held up."
    (found,) = tracker(text).attributions
    assert found.content.text == "prices rose by a third"
    text = "While only a tenth of members own a costume according to a 2011 study, most wore one."
    (found,) = tracker(text).attributions
    assert found.content.text == "only a tenth of members own a costume"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the ministry, of the 300 schools, 12 were shut.", "of the 300 schools, 12 were"),
        ("According to police, in the north of the city, shops were looted.", "in the north of the city"),
        ("According to Ann Lee, spokesman for the ministry, the schools were shut.", "the schools were"),
    ],
)
def test_a_phrase_after_the_source_that_opens_with_a_preposition_is_the_claim_s(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.content.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "outlet"),
    [
        (
            'On Tuesday at a press briefing, Governor Ana Ruiz said — as reported by the Valley Times — "The '
            'bridge will close in May. Its deck is failing. We will rebuild it".',
            "The bridge will close in May. Its deck is failing. We will rebuild it",
            "Ana Ruiz",
            "Valley Times",
        ),
        (
            "Speaking on radio on Monday, Mayor Tom Baker said — as reported by the Daily Courier — "
            '"The pier is safe. It will reopen soon".',
            "The pier is safe. It will reopen soon",
            "Tom Baker",
            "Daily Courier",
        ),
    ],
)
def test_as_reported_by_after_a_speaker_names_the_channel_not_a_source(
    tracker: quotrack.Tracker, text: str, words: str, speaker: str, outlet: str
) -> None:
    a = only(tracker(text))
    assert (a.kind, a.content.text) == (Kind.DIRECT, words)
    assert a.speaker is not None and a.speaker.name == speaker
    assert a.outlet is not None and a.outlet.name == outlet


def test_the_cue_is_a_whole_phrase_in_any_case() -> None:
    text = "According to Lee, A. Saccording to B. It was, AS REPORTED BY C, as stated by D; as statedby E."
    assert [m.group() for m in _CUE.finditer(text)] == ["According to", "AS REPORTED BY", "as stated by"]
    assert [m.start() for m in _CUE.finditer("was reported by X, as reported by Y")] == [19]


def test_a_rest_whose_passive_names_its_own_source_is_another_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "Strength 4.2 according to the local observatory, it was measured as strength 4.5 "
        "by the European Seismic Centre."
    )
    assert only(tracker(text)).content.text == "Strength 4.2"


def test_a_passive_whose_subject_is_before_the_source_stays_the_claim(tracker: quotrack.Tracker) -> None:
    text = "The bill, according to aides, was approved by Congress on Friday."
    assert "approved by Congress" in only(tracker(text)).content.text


def test_a_clause_before_a_semicolon_is_not_the_source_s(tracker: quotrack.Tracker) -> None:
    text = (
        "The ferry line is a private company in Norway; the union is the main force behind the strike, "
        "according to the ministry."
    )
    assert only(tracker(text)).content.text.startswith("the union is the main force")


def test_a_semicolon_after_the_source_ends_the_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "Norway also has the most cases in the region, according to the ministry data; at least 900 cases "
        "in the country as of Monday, with the number rising by 50 a day according to the Oslo Post."
    )
    found = {a.content.text: a.speaker.name if a.speaker else None for a in tracker(text).attributions}
    assert found == {
        "Norway also has the most cases in the region": "the ministry",
        "at least 900 cases in the country as of Monday, with the number rising by 50 a day": "Oslo Post",
    }


def test_a_clause_after_a_semicolon_that_goes_on_keeps_the_one_before(tracker: quotrack.Tracker) -> None:
    text = (
        "The bridge will close in March; it will reopen once the new deck is laid, "
        "according to the city's transport office."
    )
    assert only(tracker(text)).content.text.startswith("The bridge will close in March; it will")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The club's statement gave no reason, but, according to his manager, "
            "Smith had hurt his knee in training.",
            "Smith had hurt his knee in training.",
        ),
        (
            "The storm hit the coast on Monday and according to the coastguard "
            "two boats sank near the harbour.",
            "two boats sank near the harbour.",
        ),
    ],
)
def test_a_clause_joined_before_according_to_is_the_writer_s(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The firm has cut its prices and, according to analysts, won back many customers.",
            ["The firm", "won back many customers."],
        ),
        (
            # the parser hangs the conjunct on the first verb: the subject is the nearest clause's
            "The mill employed half the valley, and within a decade the town had a busy harbour and a new "
            "school and, according to one historian, was called the jewel of the coast.",
            ["the town", "was called the jewel of the coast."],
        ),
        (
            # an adverb before the verb phrase
            "The singer was married to a banker and then to a painter; but, according to her memoir, also "
            "had a brief romance with a poet.",
            ["The singer", "also had a brief romance with a poet."],
        ),
    ],
)
def test_according_to_after_a_conjunction_speaks_for_a_last_verb_phrase(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    # the writer's clause before the conjunction is not the source's: its subject is a piece of its own
    assert [p.text for p in only(tracker(text)).pieces] == pieces


def test_according_to_before_a_verb_with_its_own_subject_is_no_last_conjunct(
    tracker: quotrack.Tracker,
) -> None:
    text = "Prices rose in May and, according to the bank, wages fell."
    assert [p.text for p in only(tracker(text)).pieces] == ["wages fell."]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The new ferry is the largest in the fleet, mostly Finnish-built and, "
            "according to the harbour board, unsafe in winter storms.",
            ["The new ferry is", "unsafe in winter storms."],
        ),
        (
            "The island's only hotel is small, old and, according to its owners, profitable.",
            ["The island's only hotel is", "profitable."],
        ),
    ],
)
def test_according_to_after_a_conjunction_speaks_for_a_verbless_last_conjunct(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    # the conjunct alone, with the subject (and "is") it is said of as a piece of its own
    assert [p.text for p in only(tracker(text)).pieces] == pieces


def test_according_to_closing_a_relative_clause_speaks_for_that_clause(tracker: quotrack.Tracker) -> None:
    text = (
        "Nurses, who make up 40% of the hospital's staff as of 2020, according to the union, "
        "have been working double shifts since March."
    )
    assert only(tracker(text)).content.text == "Nurses, who make up 40% of the hospital's staff as of 2020"


def test_a_list_after_a_relative_clause_on_the_source_is_that_clause_s(tracker: quotrack.Tracker) -> None:
    text = (
        "Forty schools were closed according to the county report on Monday, which counted 12 damaged "
        "roads in Easton, 9 in Weston and three in the old town."
    )
    assert [p.text for p in only(tracker(text)).pieces] == ["Forty schools were closed"]


def test_a_writing_s_author_and_verb_are_no_part_of_its_claim(tracker: quotrack.Tracker) -> None:
    text = 'In the letter, the author supposes a "slow decline of the old towns" in the north of the country.'
    claim = 'a "slow decline of the old towns" in the north of the country.'
    assert only(tracker(text)).content.text == claim
    text = (
        "In a letter sent to the board before the vote, chairwoman Ana Ruiz affirmed her wish to step "
        'down, writing, "The club needs new energy. I will help whoever comes next."'
    )
    found = only(tracker(text))
    assert found.content.text == "The club needs new energy. I will help whoever comes next."
    # a poll's finding about its subject, and a verb that says nothing, keep the whole clause
    assert only(tracker("In a new county poll, she led her rival by 12 points.")).content.text == (
        "she led her rival by 12 points."
    )


def test_a_semicolon_before_a_clause_with_its_own_tag_ends_the_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "According to the survey team, the lake lost a third of its water in ten years; "
        "which they note is faster than any lake in the region."
    )
    found = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "According to")
    assert found.content.text == "the lake lost a third of its water in ten years"


def test_a_semicolon_before_another_sources_cue_of_any_frame_ends_the_claim(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "According to the embassy, the injured sailor died on Tuesday; local officials referred to him "
        'as "a foreign national."'
    )
    found = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "According to")
    assert found.content.text == "the injured sailor died on Tuesday"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The storm hit the coast overnight, killing four people according to the police, "
            "and reportedly leaving hundreds without power.",
            ["The storm hit the coast overnight, killing four people"],
        ),
        (
            "The storm hit the coast overnight, killing four people according to the police, "
            "and leaving hundreds without power.",
            ["The storm hit the coast overnight, killing four people", "and leaving hundreds without power."],
        ),
    ],
)
def test_a_conjunct_hedged_as_a_report_of_its_own_ends_the_claim(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    # "reportedly" marks the conjunct as another, unnamed report: not the tagged source's
    assert [p.text for p in only(tracker(text)).pieces] == pieces


def test_other_results_opening_a_sentence_are_the_writer_s_news(tracker: quotrack.Tracker) -> None:
    text = "In other results, the Harbour Hawks beat Eastfield 21–7 and Northside edged Lakeview 14–13."
    assert not [a for a in tracker(text).attributions if a.detector == "according"]


def test_a_poll_opening_a_sentence_is_still_its_source(tracker: quotrack.Tracker) -> None:
    text = "In a new poll by the Herald, the mayor leads her rival by nine points."
    (found,) = [a for a in tracker(text).attributions if a.detector == "according"]
    assert found.content.text.startswith("the mayor leads")


def test_a_tag_after_a_closed_subordinate_clause_speaks_for_the_main_clause(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "While some old letters mention feeding grain to the geese, according to Okafor "
        "historians have not yet found any trace of a farm."
    )
    (found,) = [a for a in tracker(text).attributions if a.detector == "according"]
    assert mention(found) == "Okafor"
    assert found.content.text == "historians have not yet found any trace of a farm."


def test_a_tag_inside_a_subordinate_clause_speaks_for_that_clause(tracker: quotrack.Tracker) -> None:
    (found,) = [
        a
        for a in tracker("Although prices rose according to the bank, wages fell.").attributions
        if a.detector == "according"
    ]
    assert found.content.text == "prices rose"


def test_the_source_named_in_the_carried_clause_speaks_for_all_of_it(tracker: quotrack.Tracker) -> None:
    """'According to X, <a long description of Y>, Y said A, adding B' is Y's A and B: X only
    carries them, and no record keeps Y's tag inside its content."""
    text = (
        "According to the state news agency, the chief prosecutor of the province, Ann Roe, said "
        "the two men must face trial, adding that the court would sit in May."
    )
    found = tracker(text).attributions
    assert [(a.speaker.name if a.speaker else None, a.content.text) for a in found] == [
        ("Ann Roe", "the two men must face trial"),
        ("Ann Roe", "the court would sit in May"),
    ]
    assert all([s.name for s in a.chain] == ["the state news agency", "Ann Roe"] for a in found)
    # a claim of the carrier's own beside the tag stays the carrier's
    text = "According to the police, Tom Ash said he had lost control of the car, and he was not charged."
    assert [a.speaker.name for a in tracker(text).attributions if a.speaker] == ["the police", "Tom Ash"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In other results, the Harbour Hawks beat the Valley Rams 3-1, and the Lakers beat the Pumas.",
            None,
        ),
        ("In the latest results, the mayor led her rival by ten points.", "the latest results"),
        ("In other polls, the mayor led her rival by ten points.", "other polls"),
    ],
)
def test_other_results_turn_the_text_to_more_outcomes_and_name_no_source(
    tracker: quotrack.Tracker, text: str, source: str | None
) -> None:
    found = tracker(text).attributions
    assert [a.speaker.name for a in found if a.speaker is not None] == ([source] if source else [])


@pytest.mark.parametrize(
    "text",
    [
        "According to Ann Lee investigators have found no trace of the boat.",
        "According to Dr. Ann Lee investigators have found no trace of the boat.",
    ],
)
def test_a_name_run_into_the_claims_subject_with_no_comma_is_the_source(
    tracker: quotrack.Tracker, text: str
) -> None:
    """'according to <Name> <noun> <verb> …' with no comma: the name is the source, and the claim
    opens at the common noun after it (not 'Ann Lee investigators')."""
    found = only(tracker(text))
    assert found.speaker is not None and found.speaker.name == "Ann Lee"
    assert found.content.text == "investigators have found no trace of the boat."


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "While the storm weakened, according to forecasters it will bring heavy rain.",
            "it will bring heavy rain.",
        ),
        ("Although prices rose according to the bank, sales held.", "prices rose"),
    ],
)
def test_a_tag_after_the_comma_closing_a_subordinate_clause_opens_the_main_one(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    """'While A, according to X B': the tag stands before the main clause, whose claim is B; with
    no comma before it ('Although A according to X, B') the tag is A's."""
    assert only(tracker(text)).content.text == claim


@pytest.mark.parametrize(
    "text",
    [
        "According to reports from the health ministry on Monday, and Medica, a private clinic group, "
        "on Tuesday, about 400 people were treated.",
        "According to the health ministry, and Medica, a clinic group, about 400 people were treated.",
    ],
)
def test_a_second_source_joined_after_the_first_makes_a_joint_source(
    tracker: quotrack.Tracker, text: str
) -> None:
    claim = only(tracker(text))
    assert claim.speaker is not None and claim.speaker.kind is SpeakerKind.GROUP
    assert claim.speaker.members == ("the health ministry", "Medica")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "According to her brother, Marcus, Lena died of a heart condition at her home.",
            "Lena died of a heart condition at her home.",
        ),
        (
            "According to Tom Farley, Greene's former aide, Greene died of a rare infection last week.",
            "Greene died of a rare infection last week.",
        ),
    ],
)
def test_the_sources_apposition_is_no_part_of_the_claim(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    """'According to his wife, Amanda, A': the name or description the parser hangs on the source
    between commas is the source's, the claim is A."""
    assert only(tracker(text)).content.text == claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The new deal covers some 80 dockers in Dunmore, according to the Harbour Workers Union,"
            " one of the guilds speaking for the crews.",
            "The new deal covers some 80 dockers in Dunmore",
        ),
        (
            "Her standing among older voters is worse than the mayor's ever was, according to Ann Roe, a"
            " pollster who ran the Herald poll with Tom Lee.",
            "Her standing among older voters is worse than the mayor's ever was",
        ),
        (
            "Roe then led, according to the Herald, the largest march ever held in the town, on May 20.",
            "Roe then led … the largest march ever held in the town, on May 20.",
        ),
    ],
)
def test_the_sources_description_with_a_clause_of_its_own_after_it_is_no_part_of_the_claim(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    assert " … ".join(p.text for p in only(tracker(text)).pieces) == claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "According to the city charter, the deputy mayor would normally take over, "
            "but that post has been empty since the spring.",
            "the deputy mayor would normally take over",
        ),
        (
            "According to the report, sales rose in March, but profits fell sharply.",
            "sales rose in March, but profits fell sharply.",
        ),
    ],
)
def test_a_but_clause_after_what_would_be_is_the_writers_contrast(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    """'According to X, A would normally B, but C': C is what is, the writer's; with no modal the
    source's claim goes on after 'but'."""
    assert only(tracker(text)).content.text == claim


def test_a_but_clause_after_a_closing_tag_is_the_writers(tracker: quotrack.Tracker) -> None:
    """'A, according to X, but B': the tag closes A; B, a clause of its own, is the writer's."""
    text = (
        "Crews reached the farm at about 3 a.m., according to the fire brigade, "
        "but the barn had already burned down."
    )
    assert only(tracker(text)).content.text == "Crews reached the farm at about 3 a.m."


def test_an_amount_after_the_source_is_the_claims_first_item(tracker: quotrack.Tracker) -> None:
    """'from other places: potentially, according to X, $3 billion from A, $2 billion from B':
    the first amount between commas after the source is no apposition of it."""
    text = (
        "The order lets the governor move money for the new dam from other funds: potentially, "
        "according to The Valley Times, US$3.1 billion from a road building budget, $1.5 billion "
        "from school programs, and $300 million from a reserve fund within the treasury."
    )
    pieces = [p.text for p in only(tracker(text)).pieces]
    assert pieces[-1].startswith("US$3.1 billion from a road building budget")


def test_a_spaced_dash_ends_the_source_and_its_aside_is_the_writers(tracker: quotrack.Tracker) -> None:
    text = (
        "The plan would raise only $1 billion over ten years, according to the Harwick Budget Center "
        "- half a point of the city's output."
    )
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.name == "Harwick Budget Center"
    assert a.content.text == "The plan would raise only $1 billion over ten years"


def test_a_dash_after_the_source_ends_it(tracker: quotrack.Tracker) -> None:
    text = "The dam cost $40 million, according to the Water Board - twice the first estimate."
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.name == "Water Board"
    assert a.content.text == "The dam cost $40 million"


def test_an_aside_between_dashes_describes_the_source(tracker: quotrack.Tracker) -> None:
    a = only(tracker("According to the Acme Institute -- a think tank in Ohio -- the cost would rise."))
    assert mention(a) == "the Acme Institute"
    assert a.content.text == "the cost would rise."


@pytest.mark.parametrize(
    "text",
    [
        "In a notice sent out on Friday, Mayor Ann Roe was more cautious than her colleagues.",
        "In an executive order, the governor set up a new council on water use.",
        "In his letters to the club, Lee has made no effort to mend the rift.",
    ],
)
def test_what_the_writer_of_a_statement_did_in_it_is_narration(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_an_and_clause_after_a_closing_tag_is_the_writers(tracker: quotrack.Tracker) -> None:
    text = (
        "Most of the valley's grain passes through Tarn, according to ministry estimates, and the road "
        "is the region's only link to the coast."
    )
    assert only(tracker(text)).content.text == "Most of the valley's grain passes through Tarn"


def test_an_and_clause_with_the_same_verb_after_a_closing_tag_is_the_sources_list(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "The top fifth paid 60 percent of the tax, according to the budget office, and the bottom fifth "
        "paid 2 percent."
    )
    assert "bottom fifth" in only(tracker(text)).content.text
