"""Which clause is a cue's claim (quotrack.detectors.claim_clauses): second clauses, reports cut out."""

from __future__ import annotations

import pytest
from _support import mention, only, said

import quotrack
from quotrack import Act


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


def test_a_one_word_answer_is_what_was_said(tracker: quotrack.Tracker) -> None:
    result = tracker(
        "Asked if the bridge was safe, 72 percent of residents said yes, while 20 percent said no."
    )
    assert [(mention(a), a.content.text) for a in result.attributions] == [
        ("72 percent of residents", "yes"),
        ("20 percent", "no"),
    ]


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


def test_another_sources_report_brought_in_by_with_is_cut_off(tracker: quotrack.Tracker) -> None:
    text = (
        "The bus overturned; the driver told reporters he lost control, "
        "with some local press claiming he was trying to pass a truck."
    )
    found = {a.content.text: a.speaker.name if a.speaker else None for a in tracker(text).attributions}
    assert found["he lost control"] == "the driver"
    assert found["he was trying to pass a truck"] == "some local press"


def test_a_second_clause_of_the_writers_own_stays_out(tracker: quotrack.Tracker) -> None:
    assert only(tracker("Lee said the plan was sound, but the council rejected it.")).content.text == (
        "the plan was sound"
    )


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


def test_a_clause_whose_subject_the_parser_made_the_object_is_no_topic(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The government announced the tests by an army laboratory found poison in his blood."))
    assert a.content.text == "the tests by an army laboratory found poison in his blood"
    assert a.act is Act.SPEECH


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


def test_a_cue_in_a_relative_clause_does_not_take_the_sentence_before_it(tracker: quotrack.Tracker) -> None:
    # the parser may make "is made" the complement of "described", whose object is the relative "that"
    text = (
        "The second spray is made of chemically grafted chains, specifically fluorinated silicone, "
        "that Okafor described as resembling cat whiskers — though much thinner — once it has dried "
        "on the surface, which makes the surface slippery."
    )
    assert not any("is made of" in a.content.text for a in tracker(text).attributions)


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


@pytest.mark.parametrize(
    ("text", "outlet", "source"),
    [
        (
            "The old bridge over the river collapsed after the storm, the newspaper reported the mayor said.",
            "the newspaper",
            "the mayor",
        ),
        (
            "Four schools in the valley will stay shut, the radio station reported a teacher said.",
            "the radio station",
            "a teacher",
        ),
    ],
)
def test_a_tag_that_relays_another_speaker_gives_the_claim_to_that_speaker(
    tracker: quotrack.Tracker, text: str, outlet: str, source: str
) -> None:
    claim = only(tracker(text))
    assert mention(claim) == source
    assert [s.mention.text for s in claim.chain if s.mention] == [outlet, source]
    assert claim.cue is not None and claim.cue.text == "said"


def test_a_tag_whose_second_verb_reports_its_own_claim_relays_nothing(tracker: quotrack.Tracker) -> None:
    result = tracker("The bridge collapsed after the storm, the newspaper reported.")
    assert [mention(a) for a in result.attributions] == ["the newspaper"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The newspaper confirmed with the museum that the painting had been sold.", "the museum"),
        ("Reporters verified with police that the road had been closed overnight.", "police"),
    ],
)
def test_the_source_a_claim_was_checked_with_is_its_speaker(
    tracker: quotrack.Tracker, text: str, source: str
) -> None:
    claim = only(tracker(text))
    assert mention(claim) == source
    assert len(claim.chain) == 2 and mention(claim) == source


def test_a_claim_confirmed_with_a_writing_stays_the_subjects(tracker: quotrack.Tracker) -> None:
    claim = only(tracker("The company confirmed with a statement that the plant would close."))
    assert mention(claim) == "The company"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The charity said he had been in "very good shape for his years" but had recently had the flu.',
            'he had been in "very good shape for his years" but had recently had the flu',
        ),
        (
            'The charity said he had been in "very good shape for his years" but thanked the nurses.',
            'he had been in "very good shape for his years"',
        ),
    ],
)
def test_a_past_perfect_conjunct_after_a_past_perfect_complement_goes_on_with_the_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    """The report shifts the claim to the past perfect; the speaker's next act stays in the past."""
    assert [a.content.text for a in tracker(text).attributions] == [content]


def test_a_present_report_conjoined_after_a_present_perfect_cue_is_anothers(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "The governor has said the old forest should be opened up to mining, amongst other uses, "
        "and his opponents, which include several farming groups, blame him for the floods."
    )
    said = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "said")
    assert said.content.text == "the old forest should be opened up to mining, amongst other uses"


@pytest.mark.parametrize(
    "text",
    [
        'The court ruled against the port, saying the reason presented for the fee was "invented."',
        "The minister said the prisoners released by the army were in some cases close to their release.",
    ],
)
def test_a_subject_with_a_reduced_relative_keeps_what_is_said_of_it(
    tracker: quotrack.Tracker, text: str
) -> None:
    """The parser may take the participle of a reduced relative on the subject for the clause's
    verb and hang the clause's own verb on the cue as a second complement: the claim runs on."""
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert found.content.text.rstrip('."').endswith(("invented", "release"))
    assert found.content.text.startswith("the ")


def test_the_writers_clause_before_a_semicolon_is_no_complement(tracker: quotrack.Tracker) -> None:
    """'A; reports said B': the parser may hang A on the cue too; B, after it, is the complement."""
    text = "The park has over 500 camping spots; reports said more than half of those were taken."
    (found,) = tracker(text).attributions
    assert found.content.text == "more than half of those were taken"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The nurse said she did this to show patients "there is no shame in asking for help".',
            'she did this to show patients "there is no shame in asking for help"',
        ),
        (
            "A poll by the party indicated Lane is far more popular than any other Republican running "
            "against Moss and also ahead of Moss.",
            "Lane is far more popular than any other Republican running against Moss and also ahead of Moss",
        ),
    ],
)
def test_the_rest_of_a_claim_the_parser_hung_on_the_cue_goes_on_with_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text.rstrip(".") == content


def test_the_verb_the_parser_hung_the_cue_on_goes_on_after_a_dangling_and(tracker: quotrack.Tracker) -> None:
    text = (
        "After the merger Vantor said it seeks to expand its network in Eastern Anatolia and, over 24 "
        "months at a cost of two million euros, intends to convert these depots into its currently 40 "
        "strong freight chain."
    )
    assert only(tracker(text)).content.text.endswith(
        "intends to convert these depots into its currently 40 strong freight chain."
    )


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The mayor pointed to the new levy, which she said would be the highest ever.",
            ["the new levy, which", "would be the highest ever"],
        ),
        (
            "At the meeting, the mayor cited the bakery rules, which he said had hurt the town.",
            ["the bakery rules, which", "had hurt the town"],
        ),
    ],
)
def test_a_tag_inside_a_relative_clause_is_no_part_of_the_claim(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    found = said(tracker(text), pieces[-1])
    assert [p.text for p in found.pieces] == pieces


def test_a_relative_clause_in_a_quotation_keeps_its_words(tracker: quotrack.Tracker) -> None:
    text = 'The mayor said the ferry is "part of the same broken system that he claims he is fixing."'
    found = said(tracker(text), "broken system")
    assert "he claims he is fixing" in found.pieces[-1].text


def test_the_claim_of_a_tag_cut_out_of_another_claim_stays(tracker: quotrack.Tracker) -> None:
    text = "She said the fee would rise to 4 percent, which she said would be its highest level ever."
    contents = [" … ".join(p.text for p in a.pieces) for a in tracker(text).attributions]
    assert contents == [
        "the fee would rise to 4 percent, which … would be its highest level ever",
        "would be its highest level ever",
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The mayor met the council on Monday and said the bridge would close in May, people "
            "familiar with the meeting said.",
            "the bridge would close",
            "The mayor",
        ),
        (
            "The coach praised the players and told reporters that the team would win the cup, "
            "two aides said.",
            "the team would win",
            "The coach",
        ),
    ],
)
def test_a_report_joined_to_a_claim_fronted_before_its_tag_is_the_claims_subjects(
    tracker: quotrack.Tracker, text: str, words: str, speaker: str
) -> None:
    """The tag after the claim only relays it: what the claim's subject said in it is theirs
    (the tag's own record holds the whole claim, this one among its words)."""
    inner = [a for a in tracker(text).attributions if a.content.text.startswith(words)]
    assert [mention(a) for a in inner] == [speaker]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "But some local farmers fear that the mayor has already missed a chance and warn that building "
            "the road now is not a good plan.",
            "building the road",
            "some local farmers",
        ),
        (
            "Several aides believe the governor has lost the vote and argue that the party must change "
            "course.",
            "the party must change",
            "Several aides",
        ),
    ],
)
def test_a_report_joined_to_a_clause_it_cannot_share_a_verb_with_is_the_reporters(
    tracker: quotrack.Tracker, text: str, words: str, speaker: str
) -> None:
    """'fear that the mayor has missed A and warn that B': 'warn' shares no 'has' with 'missed'; the
    farmers warn, not the mayor; 'believe A and argue B' (a belief, then a report) likewise."""
    assert mention(said(tracker(text), words)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The diary adds a rare voice to the record on the flood, a disaster that even two decades "
        "later stays so politically raw that Mayor Ann Roe made it the theme of her last speech.",
        "The coach told the players at a meeting so tense that nobody spoke for an hour.",
    ],
)
def test_the_result_of_so_or_such_is_no_reported_clause(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_a_result_clause_inside_what_was_said_stays_in_it(tracker: quotrack.Tracker) -> None:
    (found,) = tracker("The mayor said she was so tired that she would not run again.").attributions
    assert found.content.text == "she was so tired that she would not run again"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The inspectors searched the depot in May and did not find the missing crates, "
            "said the harbour master, Ann Roe.",
            "The inspectors searched the depot in May and did not find the missing crates",
        ),
        (
            "Tom Lee met the growers on Monday and promised to review the water charges, "
            "the local paper reported.",
            "Tom Lee met the growers on Monday and promised to review the water charges",
        ),
    ],
)
def test_a_claim_before_its_tag_keeps_its_conjoined_verbs(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    """The tag comes after the claim's verbs, so none of them is its speaker's next act."""
    assert content in [a.content.text for a in tracker(text).attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mia Dunn said in a letter that the ferry must stop at night.", "the ferry must stop at night"),
        ("Mia Dunn wrote on Monday in a letter that the pier would close.", "the pier would close"),
    ],
)
def test_what_a_writing_says_is_the_claim_though_the_parser_hung_it_on_the_writing(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # the parser reads "a letter that the ferry must stop" as a relative clause on "letter"
    a = only(tracker(text))
    assert a.content.text == content and a.speaker is not None and a.speaker.name == "Mia Dunn"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Harbour Research Institute said in a report published on Tuesday that the city needed "
            "4,000 homes a year.",
            "the city needed 4,000 homes a year",
        ),
        (
            "Mia Dunn said in a note to clients that she expected at least one more cut.",
            "she expected at least one more cut",
        ),
    ],
)
def test_a_clause_past_the_cue_s_adjuncts_is_the_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # the parser hangs the that-clause on a noun of the adjuncts: a participle's clause, or a
    # relative clause whose "that" cannot be its object (its verb has one)
    a = only(tracker(text))
    assert a.content.text == content and a.speaker is not None and a.speaker.name in text


@pytest.mark.parametrize(
    "text",
    [
        "Mia Dunn spoke at a meeting with voters that she had organised.",
        "Asked about Tom Lee's claims that the pier was unsafe, Mia Dunn laughed.",
        "Asked about her plans in the event that Tom Lee wins, Mia Dunn laughed.",
    ],
)
def test_a_noun_s_own_clause_past_the_adjuncts_is_no_claim_of_the_cue(
    tracker: quotrack.Tracker, text: str
) -> None:
    # a relative clause, or a noun's own content ("claims that", "the event that"): not the cue's
    assert all(
        a.speaker is None or a.speaker.name != "Mia Dunn" or a.act is not Act.SPEECH
        for a in tracker(text).attributions
    )


def test_a_relative_clause_on_the_writing_is_no_claim(tracker: quotrack.Tracker) -> None:
    assert tracker("Mia Dunn said in a letter that she sent to the board on Monday.").attributions == ()


def test_a_clause_said_in_one_s_own_report_is_said(tracker: quotrack.Tracker) -> None:
    text = "An outside panel said in its long report that managers had put numbers before the truth."
    a = said(tracker(text), "managers had put")
    assert a.content.text == "managers had put numbers before the truth"
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "An outside panel"


def test_a_clause_told_to_a_body_s_channel_is_told(tracker: quotrack.Tracker) -> None:
    text = (
        "Tomas Reyes, 10, won the naming contest. "
        "He told the agency's livestream that he had picked the name."
    )
    a = said(tracker(text), "he had picked")
    assert a.content.text == "he had picked the name"
    assert a.speaker is not None and a.speaker.name == "Tomas Reyes"


def test_a_hyphen_the_parser_made_a_clause_of_its_own_breaks_nothing(tracker: quotrack.Tracker) -> None:
    # the parser reads the "-" of "re-sit" as a second complement of "said", a clause of one mark
    found = only(tracker("They said the re-sit would be costly."))
    assert found.speaker is not None and found.speaker.name == "They"
