"""Reported speech from the parse: layouts that must be found and traps that must not."""

from __future__ import annotations

import pytest
from _support import mention, only

import quotrack
from quotrack import Act, Kind


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The governor said that taxes would rise next year.",
            "The governor",
            "said",
            "taxes would rise next year",
        ),
        (
            "The governor said taxes would rise next year.",
            "The governor",
            "said",
            "taxes would rise next year",
        ),
        (
            "The governor told lawmakers that taxes would rise next year.",
            "The governor",
            "told",
            "taxes would rise next year",
        ),
        (
            "Taxes will rise next year, the governor said.",
            "the governor",
            "said",
            "Taxes will rise next year",
        ),
        (
            "The union urged its members to reject the offer.",
            "The union",
            "urged",
            "its members to reject the offer",
        ),
        ("The doctor advised patients to stay at home.", "The doctor", "advised", "patients to stay at home"),
        (
            "Residents expressed concern over the new highway.",
            "Residents",
            "expressed concern",
            "the new highway",
        ),
        ("The senator vowed to block the bill.", "The senator", "vowed", "to block the bill"),
        (
            "The survey found that most tenants pay too much.",
            "The survey",
            "found",
            "most tenants pay too much",
        ),
    ],
)
def test_reported_layouts(tracker: quotrack.Tracker, text: str, speaker: str, cue: str, content: str) -> None:
    a = only(tracker(text))
    assert a.kind is Kind.INDIRECT
    assert mention(a) == speaker
    assert a.cue is not None and a.cue.text == cue
    assert a.content.text == content


def test_parenthetical_cue_splits_the_content(tracker: quotrack.Tracker) -> None:
    a = only(tracker("Tom Roe left early. The plan, he said, is dead."))
    assert [p.text for p in a.pieces] == ["The plan", "is dead."]
    assert mention(a) == "he"


@pytest.mark.parametrize(
    "text",
    [
        "Because the river is shallow, the report says, the town floods every spring.",
        "Because warm water is lighter, says the study, it rises above the colder layers.",
    ],
)
def test_a_clause_before_a_parenthetical_cue_is_the_claims(tracker: quotrack.Tracker, text: str) -> None:
    a = only(tracker(text))
    assert a.pieces[0].text.startswith("Because") and len(a.pieces) == 2


def test_a_parenthetical_tag_in_a_relative_clause_leaves_the_pronoun_out(tracker: quotrack.Tracker) -> None:
    text = "The council bought the old mill which, the mayor said, had stood empty for years."
    a = only(tracker(text))
    assert [p.text for p in a.pieces] == ["had stood empty for years"]


def test_a_parenthetical_tag_after_a_semicolon_speaks_for_its_own_clause(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The bridge was closed on Monday; the repairs, the mayor said, would take a month."))
    assert [p.text for p in a.pieces] == ["the repairs", "would take a month."]


def test_passive_with_agent(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The meeting was described as useful by the state broadcaster."))
    assert mention(a) == "the state broadcaster"
    assert a.cue is not None and a.cue.text == "described"
    assert a.content.text.startswith("The meeting")
    assert a.content.text.endswith("useful")


def test_quotation_inside_the_clause_gives_one_mixed_attribution(tracker: quotrack.Tracker) -> None:
    result = tracker('The minister said that the agreement "changes everything for our farmers."')
    a = only(result)
    assert a.kind is Kind.MIXED
    assert a.content.text.startswith('the agreement "changes everything for our farmers')


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to hold more talks next month.",
        "The island is said to be worth billions.",
        "Did the mayor say that the bridge would reopen?",
        "The so-called reform failed in the senate.",
        "Share this article\nRelated News\nMayor announces new budget plan",
    ],
)
def test_actions_hearsay_questions_and_furniture_give_nothing(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_joint_speakers_are_kept_together(tracker: quotrack.Tracker) -> None:
    a = only(tracker("Smith and Jones agreed that the budget was too small."))
    assert mention(a) == "Smith and Jones"
    assert a.content.text == "the budget was too small"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Few said the dam would hold.", "the dam would hold"),
        ("Nothing suggests that the dam will hold.", "the dam will hold"),
    ],
)
def test_a_subject_that_cannot_speak_gives_no_speaker(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    a = only(tracker(text))
    assert a.content.text == content
    assert a.speaker is None


def test_an_infinitive_after_the_object_is_part_of_it(tracker: quotrack.Tracker) -> None:
    text = "The union announced a series of non-binding steps to tighten safety rules in warehouses."
    found = only(tracker(text))
    assert found.content.text == "a series of non-binding steps to tighten safety rules in warehouses"


def test_described_as_names_the_object(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The harbour master described the new breakwater as a costly mistake."))
    assert found.speaker is not None and found.speaker.name == "The harbour master"
    assert found.content.text == "the new breakwater as a costly mistake"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor cast her rival as a man with a narrow message.", "her rival as a man with a narrow message"),
        ("The new ad paints the mayor as a friend of developers.", "the mayor as a friend of developers"),
    ],
)
def test_cast_and_paint_as_name_the_object(tracker: quotrack.Tracker, text: str, content: str) -> None:
    assert only(tracker(text)).content.text == content
    assert tracker("The crew cast a net into the bay.").attributions == ()


def test_described_without_as_takes_what_was_described(tracker: quotrack.Tracker) -> None:
    (found,) = tracker("The harbour master described the storm to the visitors.").attributions
    assert found.content.text.startswith("the storm")
    assert mention(found) == "The harbour master"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The mayor said she would release the budget on Friday, calling it a very careful plan.",
            "she would release the budget on Friday",
            "it a very careful plan",
        ),
        (
            "The mayor says she respects the council and calls its leader a careful manager.",
            "she respects the council",
            "its leader a careful manager",
        ),
        (
            "The mayor said she would sign the budget but asked when the parks would reopen.",
            "she would sign the budget",
            "when the parks would reopen",
        ),
    ],
)
def test_a_report_tagged_on_to_the_content_is_cut_out(
    tracker: quotrack.Tracker, text: str, first: str, second: str
) -> None:
    result = tracker(text)
    assert [a.content.text for a in result.attributions] == [first, second]
    assert all(mention(a) == "The mayor" for a in result.attributions)


def test_another_speakers_report_set_beside_the_content_is_cut_out(tracker: quotrack.Tracker) -> None:
    text = 'Ann Grey told CNN Lee "was a fair judge," while Governor Tom Baker noted her "courage" online.'
    contents = [a.content.text for a in tracker(text).attributions if mention(a) == "Ann Grey"]
    assert contents == ['Lee "was a fair judge,"']  # (Lee, the parser's "CNN Lee", is its subject)


def test_a_report_co_ordinated_inside_the_content_keeps_the_outer_speaker(tracker: quotrack.Tracker) -> None:
    result = tracker("The coach said the team played well and told reporters that the referee had been fair.")
    assert [(mention(a), a.content.text) for a in result.attributions] == [
        ("The coach", "the team played well"),
        ("The coach", "the referee had been fair"),
    ]


def test_a_second_report_is_not_the_first_ones_complement(tracker: quotrack.Tracker) -> None:
    text = (
        "Six in 10 voters said the mayor is honest and fair, and three-quarters said the same of her rival."
    )
    assert tracker(text).attributions[0].content.text == "the mayor is honest and fair"


def test_a_conjunct_in_another_tense_stays_in_the_content(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The mayor says she would sit the council down and tell them the truth."))
    assert found.content.text == "she would sit the council down and tell them the truth"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The two ministers discussed the new border rules on Tuesday.", "discussed", "the new border rules"),
        (
            "The coach talked about the pressure of the final game.",
            "talked about",
            "the pressure of the final game",
        ),
        (
            "The budget office cited the new tax as a major reason for the smaller deficit.",
            "cited",
            "the new tax as a major reason for the smaller deficit",
        ),
        (
            "Police reported at least 12 injuries at the stadium.",
            "reported",
            "at least 12 injuries at the stadium",
        ),
        ("The mayor tweeted a photo of the new bridge.", "tweeted", "a photo of the new bridge"),
        ("The governor laid out her plan for the harbour on Monday.", "laid out", "her plan for the harbour"),
        (
            "The coach highlighted the team's strong defence in the second half.",
            "highlighted",
            "the team's strong defence",
        ),
        (
            "The mayor reminded voters that the new library had opened on time.",
            "reminded",
            "the new library had opened on time",
        ),
        (
            "The report implied that the bridge had never been safe.",
            "implied",
            "the bridge had never been safe",
        ),
        (
            "The mayor assured residents that the water was safe to drink.",
            "assured",
            "the water was safe to drink",
        ),
        (
            "The coach joked about moving to the coast if the team lost again.",
            "joked about",
            "moving to the coast if the team lost again",
        ),
        (
            "The coach apologized for the team's poor showing on Saturday.",
            "apologized for",
            "the team's poor showing on Saturday",
        ),
        (
            "The governor pointed to the falling crime rate in the capital.",
            "pointed to",
            "the falling crime rate in the capital",
        ),
    ],
)
def test_a_topic_or_object_of_talk_is_what_was_said(
    tracker: quotrack.Tracker, text: str, cue: str, content: str
) -> None:
    found = only(tracker(text))
    assert found.cue is not None and found.cue.text == cue
    assert found.content.text == content


def test_a_name_without_its_object_is_what_was_said(tracker: quotrack.Tracker) -> None:
    result = tracker('He later suggested the rule was unfair, called her "third-rate" and left.')
    assert [a.content.text for a in result.attributions] == ["the rule was unfair", 'her "third-rate"']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He shook hands with voters and asked workers if they planned to vote.", "if they planned to vote"),
        (
            "He said he would resign if the council voted against him.",
            "he would resign if the council voted against him",
        ),
    ],
)
def test_an_indirect_question_is_asked_and_a_condition_is_not(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The mayor's claim that taxes would fall was met with doubt.",
            "The mayor",
            "claim",
            "taxes would fall",
        ),
        (
            "Mayor Tom Roe faces a vote. Voters remember his promise to cut bus fares by half.",
            "his",
            "promise",
            "to cut bus fares by half",
        ),
        ("A call by the union to strike next week was rejected.", "the union", "call", "to strike next week"),
        (
            "The mayor made the claim that taxes would fall next year.",
            "The mayor",
            "claim",
            "taxes would fall next year",
        ),
    ],
)
def test_a_noun_of_speech_with_its_clause(
    tracker: quotrack.Tracker, text: str, speaker: str, cue: str, content: str
) -> None:
    found = only(tracker(text))
    assert (mention(found), found.cue and found.cue.text, found.content.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "The claim that taxes would fall was met with doubt.",
        "The budget debate was overshadowed by his promise to cut bus fares by half.",
    ],
)
def test_a_noun_of_speech_without_a_speaker_or_as_an_agent_gives_nothing(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert len(tracker(text)) == 0


def test_what_a_topic_was_called_goes_with_it(tracker: quotrack.Tracker) -> None:
    found = only(tracker('The mayor referred to the protesters as "my friends" and left.'))
    assert found.kind is Kind.MIXED
    assert found.content.text == 'the protesters as "my friends"'


def test_an_unlisted_verb_with_a_that_clause_reports_it(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The senator reaffirmed that the base would stay open."))
    assert (mention(found), found.content.text) == ("The senator", "the base would stay open")


@pytest.mark.parametrize(
    "text", ["The new rules ensure that the base stays open.", "The vote means that the base will stay open."]
)
def test_verbs_that_report_nothing_give_nothing(tracker: quotrack.Tracker, text: str) -> None:
    assert len(tracker(text)) == 0


def test_a_one_word_answer_is_what_was_said(tracker: quotrack.Tracker) -> None:
    result = tracker(
        "Asked if the bridge was safe, 72 percent of residents said yes, while 20 percent said no."
    )
    assert [(mention(a), a.content.text) for a in result.attributions] == [
        ("72 percent of residents", "yes"),
        ("20 percent", "no"),
    ]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The mill was a success, Ms. Ortiz said, until it closed in 2004.",
            ["The mill was a success", "until it closed in 2004."],
        ),
        (
            "The letters covered many topics, the paper said, including budgets and hiring.",
            ["The letters covered many topics", "including budgets and hiring"],
        ),
        (
            "Exports fell 9 percent last year, the office said in a report, and imports rose 2 percent.",
            ["Exports fell 9 percent last year", "imports rose 2 percent."],
        ),
        (
            "The ferry was overloaded, officials said, and should not have left the port.",
            ["The ferry was overloaded", "should not have left the port"],
        ),
    ],
)
def test_the_content_goes_on_after_a_tag_set_inside_it(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    found = only(tracker(text))
    assert [p.text for p in found.pieces] == pieces
    assert found.content.text.startswith(pieces[0]) and found.content.text.endswith(pieces[-1])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan is sound, the engineer said, as the crowd began to cheer.", "The plan is sound"),
        ("The plan is sound, the engineer said, and left the room.", "The plan is sound"),
        ("The plan is sound, the engineer said in a statement.", "The plan is sound"),
        ("The plan is sound, the engineer said, according to the minutes.", "The plan is sound"),
    ],
)
def test_the_tellers_own_doings_after_the_tag_stay_out(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert tracker(text).attributions[0].content.text == content


def test_a_quotation_ends_at_its_closing_mark(tracker: quotrack.Tracker) -> None:
    result = tracker("“We won the vote,” Ms. Ortiz said, and soon the crowd went home.")
    assert [a.content.text for a in result.attributions] == ["We won the vote"]


@pytest.mark.parametrize(
    "text",
    [
        "He wrote: “It is time to fix the roads,” and shared a link to his website.",
        "The mayor tweeted “It is time to fix the roads,” and shared a link to her website.",
    ],
)
def test_a_quotation_closed_on_a_comma_ends_the_content(tracker: quotrack.Tracker, text: str) -> None:
    assert [a.content.text for a in tracker(text).attributions] == ["It is time to fix the roads"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said the tapes were unclear and that the footage did not show a weapon.",
            "the tapes were unclear and that the footage did not show a weapon",
        ),
        (
            "The mayor said the budget was balanced, but that the parks would close in winter.",
            "the budget was balanced, but that the parks would close in winter",
        ),
        (
            "Lee told the paper the state had tried to jail him, but “the judge would not let it happen.”",
            "the state had tried to jail him, but “the judge would not let it happen.”",
        ),
        (
            "The chair said the title had to be simple and, to prevent offence, it must not cite any person.",
            "the title had to be simple and, to prevent offence, it must not cite any person",
        ),
        (
            "The treasurer stated the new hall was paid for by a grant, so it is not a cost to the town.",
            "the new hall was paid for by a grant, so it is not a cost to the town",
        ),
        (
            "The engineers found the faster each pump ran, the more water it lost through its seals.",
            "the faster each pump ran, the more water it lost through its seals",
        ),
    ],
)
def test_a_second_that_clause_or_quotation_goes_on_with_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The opposition party underlined that the deal is only a framework, and the actual building "
            "is in the hands of private investors.",
            "the deal is only a framework, and the actual building is in the hands of private investors.",
        ),
        (
            "The retail expert remarked flour is a heavy item, leading to small stocks on each shelf, and, "
            "when sold out, leaves large gaps on the shelves.",
            "flour is a heavy item, leading to small stocks on each shelf, and, when sold out, leaves large "
            "gaps on the shelves.",
        ),
    ],
)
def test_a_present_clause_coordinated_with_a_past_cue_goes_on_with_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


def test_a_past_clause_coordinated_with_a_past_cue_stays_out(tracker: quotrack.Tracker) -> None:
    text = "The opposition party underlined that the deal is only a framework, and the council approved it."
    assert only(tracker(text)).content.text == "the deal is only a framework"


def test_a_not_only_content_goes_on_through_its_but_half(tracker: quotrack.Tracker) -> None:
    text = "Tests showed it leaked, indicating not only does the wall have a crack, but the crack is growing."
    assert "not only does the wall have a crack, but the crack is growing" in [
        a.content.text for a in tracker(text).attributions
    ]


def test_a_quoted_complement_stops_before_the_speakers_next_act(tracker: quotrack.Tracker) -> None:
    text = 'The mayor tweeted "Deeply saddened by the fire" and offered "thanks to the crews who fought it."'
    contents = [a.content.text for a in tracker(text).attributions]
    assert "Deeply saddened by the fire" in contents
    assert not any("offered" in content for content in contents)


def test_another_sources_report_brought_in_by_with_is_cut_off(tracker: quotrack.Tracker) -> None:
    text = (
        "The bus overturned; the driver told reporters he lost control, "
        "with some local press claiming he was trying to pass a truck."
    )
    found = {a.content.text: a.speaker.name if a.speaker else None for a in tracker(text).attributions}
    assert found["he lost control"] == "the driver"
    assert found["he was trying to pass a truck"] == "some local press"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The paper quoted Ann Lee, a former port official, as saying "the port has an important '
            'role in the larger response to the storm" and "[i]f there\'s a flood, the port needs to be '
            'involved."',
            'the port has an important role in the larger response to the storm" and "[i]f there\'s a flood, '
            "the port needs to be involved.",
        ),
        (
            'The mayor said the bridge "is used every day by thousands of people, including the children of '
            "the town [...] It's always risky when the council tries to close it.\"",
            'the bridge "is used every day by thousands of people, including the children of the town [...] '
            "It's always risky when the council tries to close it.\"",
        ),
    ],
)
def test_a_content_that_stops_inside_a_quotation_goes_on_to_its_end(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


def test_a_second_clause_of_the_writers_own_stays_out(tracker: quotrack.Tracker) -> None:
    assert only(tracker("Lee said the plan was sound, but the council rejected it.")).content.text == (
        "the plan was sound"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A study notes that three things happen at once: prices rise, rates are low and banks lend.",
            "three things happen at once: prices rise, rates are low and banks lend.",
        ),
        (
            "The mayor said the city faces two choices: it can raise taxes or it can cut services.",
            "the city faces two choices: it can raise taxes or it can cut services.",
        ),
    ],
)
def test_what_a_colon_after_the_content_opens_goes_with_it(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "She mentioned refinancing student loans and forcing colleges to spend more.",
            "mentioned",
            "refinancing student loans and forcing colleges to spend more",
        ),
        ("The minister denied taking the money from the fund.", "denied", "taking the money from the fund"),
        ("The board proposed raising the fee for parking.", "proposed", "raising the fee for parking"),
    ],
)
def test_a_gerund_after_an_object_cue_is_its_object(
    tracker: quotrack.Tracker, text: str, cue: str, content: str
) -> None:
    found = only(tracker(text))
    assert (found.cue and found.cue.text, found.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He cited his own endorsements from 88 generals and admirals on Tuesday.",
            "his own endorsements from 88 generals and admirals",
        ),
        (
            "The agency reported at least 20 cases at a care home in the north.",
            "at least 20 cases at a care home in the north",
        ),
    ],
)
def test_an_object_keeps_the_phrases_hung_on_the_cue_after_it(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor described a city of quiet streets and busy markets.",
            "a city of quiet streets and busy markets",
        ),
        ("The coach lamented the loss of two key players.", "the loss of two key players"),
        ("The minister outlined a plan to cut fares by half.", "a plan to cut fares by half"),
    ],
)
def test_more_cues_whose_object_is_what_was_said(tracker: quotrack.Tracker, text: str, content: str) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The city will adopt new parking rules, which officials said will start in the spring.",
            "officials",
            "new parking rules … will start in the spring",
        ),
        (
            "The resort is adding pools to meet what its owner said is a growing demand for them.",
            "its owner",
            "is a growing demand for them",
        ),
    ],
)
def test_a_report_inside_a_relative_clause(
    tracker: quotrack.Tracker, text: str, speaker: str, content: str
) -> None:
    found = only(tracker(text))
    assert mention(found) == speaker
    assert " … ".join(p.text for p in found.pieces) == content  # (the noun the clause describes first)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rescue workers have indicated a criminal probe is ongoing.", "a criminal probe is ongoing"),
        ("Firefighters have indicated an inquiry is under way.", "an inquiry is under way"),
        (
            "Early findings suggest a new valve on the pump, which had never failed before, was "
            "letting the water back in.",
            "a new valve on the pump, which had never failed before, was letting the water back in",
        ),
    ],
)
def test_a_subject_the_parser_made_the_object_stays_in_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor commented on the closure of the library.", "the closure of the library"),
        ("The mayor announced her candidacy for the state senate.", "her candidacy for the state senate"),
        ("The mayor discussed the future of the library.", "the future of the library"),
        ("The mayor spoke of the collaboration of the towns.", "the collaboration of the towns"),
        ("The mayor highlighted her record on housing.", "her record on housing"),
        ("The mayor expressed concern over the closure of the library.", "the closure of the library"),
        ("The mayor voiced support for the new stadium.", "the new stadium"),
    ],
)
def test_a_cue_that_names_a_topic_reports_a_topic(tracker: quotrack.Tracker, text: str, content: str) -> None:
    a = only(tracker(text))
    assert a.content.text == content
    assert a.act is Act.TOPIC
    assert mention(a) == "The mayor"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The mayor urged residents to stay indoors until noon.",
            "residents to stay indoors until noon",
            "The mayor",
        ),
        ("The coach told his players to rest for a week.", "his players to rest for a week", "The coach"),
        ("The judge instructed the police to reopen the case.", "the police to reopen the case", "The judge"),
        (
            "The senator asked whether the budget would cover the new bridge.",
            "whether the budget would cover the new bridge",
            "The senator",
        ),
    ],
)
def test_a_request_or_a_question_is_no_claim(
    tracker: quotrack.Tracker, text: str, content: str, source: str
) -> None:
    a = only(tracker(text))
    assert (a.content.text, mention(a)) == (content, source)
    assert a.act is Act.REQUEST


@pytest.mark.parametrize(
    "text",
    [
        'The word "drought" refers to how long a region has gone without rain.',
        "The term refers to how quickly a fire spreads through dry grass.",
    ],
)
def test_what_a_word_refers_to_is_a_definition_not_a_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_what_someone_referred_to_is_theirs(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The mayor referred to how quickly the fire had spread."))
    assert (mention(a), a.content.text) == ("The mayor", "how quickly the fire had spread")


def test_a_noun_cue_with_a_clause_reports_words(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The mayor expressed concern that the library would close."))
    assert (a.content.text, a.act) == ("the library would close", Act.SPEECH)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("His daughter said he died in the north without elaborating.", "he died in the north"),
        (
            "The agency said the plant would close in March without specifying how many jobs would go.",
            "the plant would close in March",
        ),
        (
            "The minister said workers would be paid without going to work until May.",
            "workers would be paid without going to work until May",
        ),
    ],
)
def test_what_was_not_said_is_no_part_of_a_claim(tracker: quotrack.Tracker, text: str, content: str) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


def test_what_someone_is_told_is_a_claim(tracker: quotrack.Tracker) -> None:
    told = only(tracker("The coach told reporters that his players were tired."))
    assert (told.content.text, told.act) == ("his players were tired", Act.SPEECH)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Several festivals are being held in this period, including concerts, yoga and parades, "
            "newspaper The Courier reported.",
            "Several festivals are being held in this period, including concerts, yoga and parades",
        ),
        (
            "An engineer said that the old dam, which was built in 1950, makes the new one unnecessary, "
            "the Valley Herald reported.",
            "the old dam, which was built in 1950, makes the new one unnecessary",
        ),
    ],
)
def test_the_tag_after_a_claim_is_no_part_of_it(tracker: quotrack.Tracker, text: str, content: str) -> None:
    found = tracker(text).attributions
    assert found and all(a.content.text == content for a in found)
    assert all("reported" not in piece.text for a in found for piece in a.pieces)


def test_an_adjective_the_cue_predicates_keeps_the_claims_sense(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The minister called it unlikely that the council would fund the bridge."))
    assert a.content.text == "it unlikely that the council would fund the bridge"


def test_an_adjective_that_only_says_the_claim_is_evident_is_left_out(tracker: quotrack.Tracker) -> None:
    found = tracker("She called it clear that the council would fund the bridge.")
    assert any(a.content.text == "the council would fund the bridge" for a in found.attributions)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The bridge would be inspected, the engineer said, to determine if it had held.",
            ["The bridge would be inspected", "to determine if it had held"],
        ),
        (
            "It is one of many farms, which together keep more than two thousand goats, officials report, "
            "a herd larger than any in the region.",
            [
                "It is one of many farms, which together keep more than two thousand goats",
                "a herd larger than any in the region",
            ],
        ),
    ],
)
def test_the_content_goes_on_after_a_tag_inside_it(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    assert [p.text for p in only(tracker(text)).pieces] == pieces


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor announced that she would resign next month.", "she would resign next month"),
        ("The mayor confirmed that the library would close.", "the library would close"),
        ("The mayor called the plan a disaster for the town.", "the plan a disaster for the town"),
        ("The mayor described the plan as a disaster for the town.", "the plan as a disaster for the town"),
        ("The mayor denied taking money from the developers.", "taking money from the developers"),
        ('The mayor mentioned the library\'s "shocking" debts.', 'the library\'s "shocking" debts'),
    ],
)
def test_claims_stay_speech(tracker: quotrack.Tracker, text: str, content: str) -> None:
    a = only(tracker(text))
    assert a.content.text == content
    assert a.act is Act.SPEECH


@pytest.mark.parametrize(
    "text",
    [
        'The mayor, Ann Lee, commented on the matter: "We will not close the library."',
        'Ann Lee commented on the matter. "We will not close the library," she said.',
        'Ann Lee commented on the matter, saying "we will not close the library."',
    ],
)
def test_the_words_after_a_topic_are_a_claim_of_their_own(tracker: quotrack.Tracker, text: str) -> None:
    found = tracker(text).attributions
    assert [(a.act, a.content.text) for a in found if a.act is Act.TOPIC] == [(Act.TOPIC, "the matter")]
    words = [a for a in found if "not close the library" in a.content.text]
    assert len(words) == 1
    assert words[0].act is Act.SPEECH and words[0].kind is Kind.DIRECT
    assert words[0].speaker is not None and words[0].speaker.name == "Ann Lee"


def test_the_question_put_to_someone_is_not_their_claim(tracker: quotrack.Tracker) -> None:
    text = "Mayor Ines Duval, when asked whether the pool would reopen, said repairs would take a month."
    result = tracker(text)
    question = next(a for a in result.attributions if "pool" in a.content.text)
    answer = next(a for a in result.attributions if "repairs" in a.content.text)
    assert question.speaker is None
    assert any("asked, not asking" in line for line in question.explanation)
    assert answer.speaker is not None and answer.speaker.name == "Ines Duval"


@pytest.mark.parametrize(
    "text",
    [
        'She took her stage name from a song called "Night after Night," so it would fit on a poster.',
        'The army began a programme dubbed "Northern Shield 2030" last year.',
        'The college had been running a course on prison reform at the Guild Hall called "Second Chances".',
        'The charity had been hosting a workshop about debt at the town library called "Fresh Start".',
    ],
)
def test_a_quoted_name_given_to_a_thing_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "The mayor declared a holiday so workers could rest.",
        "Ten states filed a lawsuit against the emergency Governor Ann Lee declared on Friday "
        "so she could build a wall.",
    ],
)
def test_a_clause_of_purpose_is_not_what_was_said(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_so_as_an_answer_or_a_degree_is_still_what_was_said(tracker: quotrack.Tracker) -> None:
    assert only(tracker("The mayor said so many people came that the hall was full.")).content.text == (
        "so many people came that the hall was full"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Marta Ruiz flew across the bay on a small electric glider strapped to her back, called Sky Runner.",
        "Called the Lakeside Ten Mile, the race drew 4,000 runners.",
    ],
)
def test_a_proper_name_given_to_a_thing_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_a_naming_with_its_own_subject_is_still_a_claim(tracker: quotrack.Tracker) -> None:
    found = only(tracker('The senator called the plan "a total disaster" on Monday.'))
    assert (mention(found), found.content.text) == ("The senator", 'the plan "a total disaster"')


def test_a_clause_before_a_colon_is_not_what_the_cue_after_it_found(tracker: quotrack.Tracker) -> None:
    text = (
        "Most moulds live in the soil. The new strain, however, can live in both wet and dry wood: "
        "the researchers found large amounts of it in samples taken from old beams."
    )
    found = [a for a in tracker(text).attributions if "both wet and dry wood" in a.content.text]
    assert found == []
    # a report fronted before its tag with a comma is still the tag's
    text = "The strain can live in dry wood, the researchers found."
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.content.text.startswith("The strain can live")


def test_a_concern_no_one_voices_is_no_claim(tracker: quotrack.Tracker) -> None:
    assert not tracker("This raises the concern that the virus could spread unnoticed.").attributions


def test_a_second_speakers_claim_after_while_is_cut_off(tracker: quotrack.Tracker) -> None:
    found = tracker(
        "Senator Ada Lindqvist told reporters the bridge was safe "
        "while the governor noted its age on the radio."
    )
    told = next(a for a in found.attributions if a.cue is not None and a.cue.text == "told")
    assert told.content.text == "the bridge was safe"
    assert mention(told) == "Senator Ada Lindqvist"


def test_a_second_claim_named_with_a_conjoined_verb_is_cut_off(tracker: quotrack.Tracker) -> None:
    found = tracker(
        "Prime Minister Ada Lindqvist found the verdict justified and called the judge's ruling brave."
    )
    contents = {a.content.text for a in found.attributions}
    assert "the verdict justified" in contents
    assert not any("called" in text for text in contents)


def test_a_subject_parsed_as_the_object_keeps_the_phrase_after_it(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The newspaper reported the studio due to the storm has delayed the premiere."))
    assert a.content.text == "the studio due to the storm has delayed the premiere"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The engineers suggested the valve, like the heat, might make the pumps less reliable.",
            "the valve, like the heat, might make the pumps less reliable",
        ),
        (
            "In a bulletin issued this morning the weather service reported Storm Ana in the Atlantic had "
            "weakened into a tropical depression.",
            "Storm Ana in the Atlantic had weakened into a tropical depression",
        ),
    ],
)
def test_a_clause_whose_subject_was_parsed_as_the_object_is_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # the parser may hang "might make" on the cue as an adverbial clause and "the valve" as its object
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency said the plane was a freighter, despite photos showing a row of windows.",
            "the plane was a freighter",
        ),
        (
            "The senator asserted he had won the race despite several counties certifying their results.",
            "he had won the race",
        ),
        ("The coach said the team would play despite the rain.", "the team would play despite the rain"),
    ],
)
def test_a_despite_clause_with_its_own_actor_is_the_writers_aside(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


def test_a_conjoined_directive_is_the_speakers_next_act(tracker: quotrack.Tracker) -> None:
    found = tracker("The mayor said the fire was out and urged residents to stay indoors.")
    assert {(a.cue.text if a.cue else None, a.content.text) for a in found.attributions} == {
        ("said", "the fire was out"),
        ("urged", "residents to stay indoors"),
    }


def test_a_noun_phrase_the_parser_broke_is_finished_in_the_object(tracker: quotrack.Tracker) -> None:
    text = "A neighbour described a garage being used as an explosives depot ahead of the planned attack."
    a = only(tracker(text))
    assert a.content.text == "a garage being used as an explosives depot ahead of the planned attack"


def test_a_clause_whose_subject_the_parser_made_the_object_is_no_topic(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The government announced the tests by an army laboratory found poison in his blood."))
    assert a.content.text == "the tests by an army laboratory found poison in his blood"
    assert a.act is Act.SPEECH


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said at a briefing yesterday morning the bridge would reopen.",
            "the bridge would reopen",
        ),
        ("The minister also said earlier he might resign.", "he might resign"),
        (
            "The mayor said that last year the bridge had cost too much.",
            "last year the bridge had cost too much",
        ),
    ],
)
def test_a_time_after_the_cue_tells_when_it_was_said(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.content.text == content


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Lee claimed 90 were hurt, as were ten soldiers, and two each from the police.", "the police"),
        ("Lee said the name had to be short and, to avoid offence, it must not name a place.", "a place"),
        ("Most said the mayor was honest, and a third said the council was not.", "was honest"),
    ],
)
def test_a_claim_goes_on_through_a_verbless_conjunct_or_a_second_complement(
    tracker: quotrack.Tracker, text: str, end: str
) -> None:
    found = tracker(text).attributions[0]
    assert found.content.text.endswith(end)


def test_a_relative_pronoun_is_no_piece_of_what_someone_was_called(tracker: quotrack.Tracker) -> None:
    text = 'Kumar, who was described as "gun-obsessed" by the police, sent videos to his friends.'
    (found,) = tracker(text).attributions
    assert [p.text for p in found.pieces] == ['as "gun-obsessed"']
    (found,) = tracker('The talks were described as "open and frank" by the minister.').attributions
    assert [p.text for p in found.pieces] == ["The talks", 'as "open and frank"']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee told news agency AFP safety rules had been followed.", "safety rules had been followed"),
        ("Lee told Lisbon-based media network EURONEWS safety rules were kept.", "safety rules were kept."),
        ("Lee told reporters Microsoft shares would fall.", "Microsoft shares would fall"),
    ],
)
def test_the_outlet_told_is_no_part_of_the_claim(tracker: quotrack.Tracker, text: str, content: str) -> None:
    (found,) = tracker(text).attributions
    assert found.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The panel did not find that the mayor had broken the law.",
        "The company has not confirmed what work the crew was doing.",
        "The senator did not mention the governor by name.",
        "The minister did not confirm or deny that the talks had failed.",
        "The mayor did not concede or admit that the plan had failed.",
    ],
)
def test_what_a_negated_cue_did_not_say_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert [a for a in tracker(text).attributions if a.detector == "reported"] == []


def test_reported_as_an_adjective_after_a_preposition_is_no_cue(tracker: quotrack.Tracker) -> None:
    # the parser may read "Amongst" as the subject of "reported"
    assert (
        tracker(
            "Amongst reported cases of fraud by bank staff, two managers were convicted last year."
        ).attributions
        == ()
    )


def test_a_cue_in_a_relative_clause_does_not_take_the_sentence_before_it(tracker: quotrack.Tracker) -> None:
    # the parser may make "is made" the complement of "described", whose object is the relative "that"
    text = (
        "The second spray is made of chemically grafted chains, specifically fluorinated silicone, "
        "that Okafor described as resembling cat whiskers — though much thinner — once it has dried "
        "on the surface, which makes the surface slippery."
    )
    assert not any("is made of" in a.content.text for a in tracker(text).attributions)


def test_a_clause_past_a_semicolon_is_not_the_cue_s(tracker: quotrack.Tracker) -> None:
    # the parser may hang the clause after the semicolon on "found" as its complement
    text = (
        "A search of Smith's truck found an alleged murder weapon, which was not publicly identified; "
        "inside Smith's home was a bag with rope, a glove, duct tape, and a tarp."
    )
    assert not any("bag" in a.content.text for a in tracker(text).attributions)


def test_a_cue_joined_by_and_to_a_negated_verb_still_speaks(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The mayor did not resign and said that the plan had failed."))
    assert found.content.text == "the plan had failed"


def test_an_object_stops_before_a_subordinator_hung_on_the_cue(tracker: quotrack.Tracker) -> None:
    # the parser may hang "while as of yesterday" on "announced" as an "as" phrase: the writer's next clause
    text = (
        "Police later announced an arrest of a farmer in the theft "
        "while as of yesterday two other suspects were still at large."
    )
    assert only(tracker(text)).content.text == "an arrest of a farmer in the theft"


def test_a_quotation_ends_before_a_participle_after_it(tracker: quotrack.Tracker) -> None:
    # the parser may hang ", while addressing …" inside the quoted clause: what the speaker was doing
    text = 'The president said, "We will win this fight", while addressing supporters on Monday.'
    assert only(tracker(text)).content.text == "We will win this fight"


@pytest.mark.parametrize(
    "text",
    [
        "The coach told journalists today medical checks will be carried out "
        "to confirm if the striker is fit for the final.",
        "The governor confirmed a vote will be held on Friday to decide whether to raise the tax.",
    ],
)
def test_an_infinitive_of_purpose_on_a_passive_is_no_report(tracker: quotrack.Tracker, text: str) -> None:
    # "to confirm if …" says what the checks are for: the claim is the outer speaker's, and holds it
    assert len(tracker(text).attributions) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The mayor said the council had no power since the law had changed, "
            "and that the courts should decide who runs the city.",
            ["said"],
        ),
        ("Astronomers were hopeful that the new telescope could reveal more about distant planets.", []),
    ],
)
def test_a_cue_with_a_modal_in_a_complement_is_no_report(
    tracker: quotrack.Tracker, text: str, found: list[str]
) -> None:
    # "the courts should decide", "could reveal": an act that may come, inside another's claim
    assert [a.cue.text for a in tracker(text).attributions if a.cue is not None] == found


def test_a_request_stops_before_a_tensed_verb_joined_to_its_infinitive(tracker: quotrack.Tracker) -> None:
    # the parser may co-ordinate "spoke" with "reconsider": the minister's next act
    found = only(
        tracker("The minister urged the embassy to reconsider and spoke with the ambassador about the case.")
    )
    assert found.content.text == "the embassy to reconsider"


def test_a_request_keeps_two_infinitives(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The minister urged the embassy to reconsider and apologise to the family."))
    assert found.content.text == "the embassy to reconsider and apologise to the family"


def test_a_cue_with_its_object_after_it_is_no_tag_on_the_clause_before(tracker: quotrack.Tracker) -> None:
    # the parser may make "reasoned" the complement of "shown": "shown" takes an object, no tag does
    text = (
        "If the cattle had been bred for milk, the team reasoned, "
        "the old bones would have shown much greater wear."
    )
    assert not any(a.cue is not None and a.cue.text == "shown" for a in tracker(text).attributions)
    assert only(tracker("Prices will rise next year, the minister told reporters.")).content.text == (
        "Prices will rise next year"
    )


def test_a_noun_the_parser_took_for_a_bare_verb_reports_nothing(tracker: quotrack.Tracker) -> None:
    # "phosphate" may be tagged a base-form verb whose complement is the "so … that" result clause
    text = (
        "They found there was so much salt and phosphate that the crystals grew into lumps "
        "where the bacteria could not reach them."
    )
    assert [a.cue.text for a in tracker(text).attributions if a.cue is not None] == ["found"]
    assert only(tracker("Lee would concede that the plan had failed.")).content.text == "the plan had failed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Witnesses reported the gunman left the station and continued to fire at passers-by.",
            "the gunman left the station and continued to fire at passers-by",
        ),
        (
            "The coach said the striker was injured and continued to train with the reserves.",
            "the striker was injured and continued to train with the reserves",
        ),
    ],
)
def test_a_conjoined_speech_verb_with_an_infinitive_goes_on_with_the_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # "continued to fire" says how an act went on: it shares the clause's subject and reports nothing
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She also noted that the council had not approved the budget, and mentioned a possible "
            "appeal to the regional court.",
            "the council had not approved the budget",
        ),
        (
            "The club said its stadium was safe and defended the manager against his critics.",
            "its stadium was safe",
        ),
    ],
)
def test_a_conjoined_object_cue_is_the_speakers_next_act(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # "mentioned a possible appeal", in the reporter's tense and with no subject, is the reporter's act
    found = tracker(text).attributions
    assert found[0].content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The weather office also warned of heavy snow, with up to two metres on the northern passes.",
            "heavy snow, with up to two metres on the northern passes",
        ),
        (
            "The agency warned of power cuts, with engineers reporting damage to three substations.",
            "power cuts",
        ),
    ],
)
def test_a_verbless_with_phrase_after_the_object_is_its_detail(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # a "with" phrase the parser hangs on the cue ends the sentence with a detail of what was warned of;
    # one with a verb of its own is the writer's next clause
    assert tracker(text).attributions[0].content.text == content


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Already-queued orders will keep the plant busy for years, Smith said, and paying back the "
            "loan seems realistic; some analysts called this optimistic, as the market is full.",
            [
                "Already-queued orders will keep the plant busy for years",
                "paying back the loan seems realistic",
            ],
        ),
        (
            "The bridge will reopen in May, the mayor said, and the tolls are likely to fall; critics "
            "called this unrealistic.",
            ["The bridge will reopen in May", "and the tolls are likely to fall"],
        ),
    ],
)
def test_a_claim_goes_on_after_its_tag_up_to_a_semicolon(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    # the parser may hang the clause after the tag on the verb past the semicolon, or run the
    # tag's clause on into the next sentence of the writer's
    assert [p.text for p in tracker(text).attributions[0].pieces] == pieces


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The economist said taxing sugary drinks would cut obesity among teenagers.",
            "taxing sugary drinks would cut obesity among teenagers",
        ),
        (
            'The lawyer said naming the storm after the town would bring "lasting shame on the '
            'families who live there."',
            'naming the storm after the town would bring "lasting shame on the families who live there."',
        ),
    ],
)
def test_a_clause_with_a_gerund_subject_is_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # the parser may make the gerund the cue's complement and hang the clause's verb on it
    assert tracker(text).attributions[0].content.text == content


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The mayor named the three companies she said were responsible for the leak.",
            ["the three companies", "were responsible for the leak"],
        ),
        (
            "Police found the car that witnesses said was used in the robbery.",
            ["the car", "was used in the robbery"],
        ),
    ],
)
def test_a_cue_in_a_relative_clause_claims_about_the_noun_it_describes(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    # the complement's subject is the relative's gap: the noun is the claim's subject
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "said")
    assert [p.text for p in claim.pieces] == pieces


def test_a_relative_that_stands_for_a_clause_is_no_subject(tracker: quotrack.Tracker) -> None:
    # "which" after plural "commercials" with "was": it stands for the clause, not the noun
    text = "The station did not air his commercials, which the managers said was due to a lack of airtime."
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "said")
    assert [p.text for p in claim.pieces] == ["was due to a lack of airtime"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Several papers reported John Smith to be dead citing officials within the army.",
            "John Smith to be dead",
        ),
        (
            "Several papers reported the colonel to be dead citing officials within the army.",
            "the colonel to be dead",
        ),
    ],
)
def test_a_citing_participle_inside_a_reported_object_is_the_reporters(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # with no comma the parser may hang "citing" on the object's infinitive: the reporter's next act
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "reported")
    assert claim.content.text == content


def test_a_name_after_the_outlet_told_is_the_claims_subject(tracker: quotrack.Tracker) -> None:
    # the parser runs "CNN Smith" into one name, the object of "told", leaving "was" no subject
    text = 'The senator told CNN Smith "was a great man" on Monday.'
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "told")
    assert claim.kind is quotrack.Kind.MIXED
    assert claim.content.text == 'Smith "was a great man" on Monday'


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The town council announced on Facebook the State Police and the Fire Department were to "
            "examine the cause of the blaze.",
            "the State Police and the Fire Department were to examine the cause of the blaze",
        ),
        (
            "The league announced on Twitter the Premier Football Association and the Referees Union "
            "would review the match.",
            "the Premier Football Association and the Referees Union would review the match.",
        ),
    ],
)
def test_a_subject_the_parser_ran_into_a_preposition_on_the_cue_is_the_claims(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # "on Facebook the State Police and …": one object of "on" to the parser, and "were" has no subject
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "announced")
    assert claim.content.text == content
