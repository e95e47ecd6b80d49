"""Whether a cue reports at all (quotrack.detectors.report_filters): namings, negations, purposes."""

from __future__ import annotations

import pytest
import spacy
from _support import mention, only
from spacy.tokens import Doc

import quotrack
from quotrack.context import DocContext
from quotrack.detectors.report_filters import adjective_participle, goes_on_doing, telephoned


def test_a_name_without_its_object_is_what_was_said(tracker: quotrack.Tracker) -> None:
    result = tracker('He later suggested the rule was unfair, called her "third-rate" and left.')
    assert [a.content.text for a in result.attributions] == ["the rule was unfair", 'her "third-rate"']


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


def test_an_unlisted_verb_with_a_that_clause_reports_it(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The senator reaffirmed that the base would stay open."))
    assert (mention(found), found.content.text) == ("The senator", "the base would stay open")


@pytest.mark.parametrize(
    "text",
    [
        "The new rules ensure that the base stays open.",
        "The vote means that the base will stay open.",
        "Voters forget that the base was nearly closed ten years ago.",
        "The race became so close that the two campaigns stopped spending on television.",
        "It became clear that the two campaigns had stopped spending money.",
        "You can bet that the two campaigns will keep spending money.",
        "Lee flew on the joint mission in 1975, symbolizing that the rivalry between them was over.",
    ],
)
def test_verbs_that_report_nothing_give_nothing(tracker: quotrack.Tracker, text: str) -> None:
    assert len(tracker(text)) == 0


def test_a_degree_word_of_another_clause_leaves_the_report(tracker: quotrack.Tracker) -> None:
    found = only(
        tracker("After a so far fruitless search, the senator reaffirmed that the base would close.")
    )
    assert (mention(found), found.content.text) == ("the senator", "the base would close")


def test_the_question_put_to_someone_is_not_their_claim(tracker: quotrack.Tracker) -> None:
    # an unnamed interviewer's question states nothing: no record, and the answer is the mayor's
    text = "Mayor Ines Duval, when asked whether the pool would reopen, said repairs would take a month."
    answer = only(tracker(text))
    assert answer.content.text == "repairs would take a month"
    assert answer.speaker is not None and answer.speaker.name == "Ines Duval"


@pytest.mark.parametrize(
    "text",
    [
        "Asked what qualities he would like the city’s next mayor to have, Roe said, “They must know how"
        " to listen.”",
        "Asked whether the strike had hurt the port, Ann Roe said: “Of course. Trade fell.”",
    ],
)
def test_a_question_opening_the_sentence_is_the_interviewers(tracker: quotrack.Tracker, text: str) -> None:
    # the parser often tags a sentence's first "Asked" VBD, not VBN: it is the participle still,
    # and the question an unnamed interviewer put gives no record; the answer is the one asked
    result = tracker(text)
    assert result.attributions
    assert all(a.content.start > text.index(",") and a.speaker is not None for a in result.attributions)


def test_a_question_put_before_a_parenthetical_tag_is_no_part_of_the_quotation(
    tracker: quotrack.Tracker,
) -> None:
    # the parser hangs "Asked …" and "she said" both on the quotation's verb
    text = (
        "Dana Roe spoke to the press on Monday. Asked what she thought about the plan, she said,"
        ' "It is a poor plan, but we cannot block it."'
    )
    found = only(tracker(text))
    assert found.content.text == "It is a poor plan, but we cannot block it."
    assert found.speaker is not None and found.speaker.name == "Dana Roe"


@pytest.mark.parametrize(
    "text",
    [
        'She took her stage name from a song called "Night after Night," so it would fit on a poster.',
        'The army began a programme dubbed "Northern Shield 2030" last year.',
        'The college had been running a course on prison reform at the Guild Hall called "Second Chances".',
        'The charity had been hosting a workshop about debt at the town library called "Fresh Start".',
        'Lee is known for the discovery of a shape called a "spinner" in the old puzzle.',
    ],
)
def test_a_quoted_name_given_to_a_thing_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


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


@pytest.mark.parametrize(
    "text",
    [
        "The panel did not find that the mayor had broken the law.",
        "The company has not confirmed what work the crew was doing.",
        "The senator did not mention the governor by name.",
        "The minister did not confirm or deny that the talks had failed.",
        "The mayor did not concede or admit that the plan had failed.",
        "He won't go out and say that the plan was flawed.",
    ],
)
def test_what_a_negated_cue_did_not_say_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert [a for a in tracker(text).attributions if a.detector == "reported"] == []


def test_a_cue_joined_by_and_to_a_negated_verb_still_speaks(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The mayor did not resign and said that the plan had failed."))
    assert found.content.text == "the plan had failed"
    found = only(tracker("Lee did not go to the meeting and said later that the plan was flawed."))
    assert found.content.text == "the plan was flawed"


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


def test_a_noun_the_parser_took_for_a_bare_verb_reports_nothing(tracker: quotrack.Tracker) -> None:
    # "phosphate" may be tagged a base-form verb whose complement is the "so … that" result clause
    text = (
        "They found there was so much salt and phosphate that the crystals grew into lumps "
        "where the bacteria could not reach them."
    )
    assert [a.cue.text for a in tracker(text).attributions if a.cue is not None] == ["found"]
    assert only(tracker("Lee would concede that the plan had failed.")).content.text == "the plan had failed"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses and doctors are expected to report the incident of abuse to the police.",
        "Teachers are required to report any injury to the head of the school.",
        "Guides are obliged to report the loss of a passport to the embassy.",
    ],
)
def test_a_report_owed_by_duty_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert not tracker(text).attributions


def test_a_claim_foretold_with_its_clause_stays(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The coach is expected to argue that the new pitch is far too short."))
    assert a.content.text.startswith("the new pitch")


@pytest.mark.parametrize(
    "text",
    [
        # what someone needs or means to show: a task or a purpose, not a report
        "The new coach must now find a way to show that the team can win away from home.",
        "She held up a map to show that the river had moved a mile east.",
        "The mayor will be eager to prove that the harbour plan is working.",
    ],
)
def test_an_infinitive_of_showing_reports_nothing(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "Surveys continue to show that most residents want the harbour rebuilt.",
        "The coach showed that the team can win away from home.",
    ],
)
def test_a_showing_that_goes_on_or_was_done_is_still_reported(tracker: quotrack.Tracker, text: str) -> None:
    assert len(tracker(text).attributions) == 1


def test_an_act_that_goes_on_is_no_report() -> None:
    # a hand-built parse: "outsiders continue to shock voters" and "she continued, saying ..."
    vocab = spacy.blank("en").vocab
    words = ["outsiders", "continue", "to", "shock", "voters"]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 1, 3, 1, 3],
        deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
        pos=["NOUN", "VERB", "PART", "VERB", "NOUN"],
        lemmas=["outsider", "continue", "to", "shock", "voter"],
    )
    cue = doc[1]
    assert goes_on_doing(DocContext(doc), cue, list(cue.children))
    said = Doc(
        vocab,
        words=["she", "continued", ",", "saying", "no"],
        heads=[1, 1, 1, 1, 3],
        deps=["nsubj", "ROOT", "punct", "advcl", "dobj"],
        pos=["PRON", "VERB", "PUNCT", "VERB", "PRON"],
        lemmas=["she", "continue", ",", "say", "no"],
    )
    assert not goes_on_doing(DocContext(said), said[1], list(said[1].children))


def test_a_speaker_who_continued_still_speaks(tracker: quotrack.Tracker) -> None:
    (found,) = tracker('Ann Lee spoke first. "The bridge will open in May," Lee continued.').attributions
    assert found.speaker is not None and found.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # the noun the relative clause qualifies is the infinitive's object: "to mend" is no promise
        "The senator said the rifts he promised to mend have only grown deeper since the election.",
        "Now the mayor's task is to admit that the rifts he promised to mend have only widened.",
    ],
)
def test_an_infinitive_whose_object_is_the_relative_noun_is_no_claim(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert not any(a.content.text.startswith("to ") for a in tracker(text).attributions)


def test_a_relative_clause_whose_pronoun_promised_keeps_its_infinitive(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The mayor, who promised to resign after the vote, met reporters on Monday."))
    assert a.content.text == "to resign after the vote"


@pytest.mark.parametrize(
    "text",
    [
        "It's fair to say that the league has struggled this season.",
        "It would be wrong to claim that the port is safe.",
        "It is still too early to say whether the ferry will run in winter.",
    ],
)
def test_speech_weighed_after_an_empty_it_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_a_body_ready_to_speak_still_speaks(tracker: quotrack.Tracker) -> None:
    contents = [
        a.content.text
        for a in tracker("The ministry said it is ready to say that the port is safe.").attributions
    ]
    assert "the port is safe" in contents


@pytest.mark.parametrize(
    "text",
    [
        "The decision, on how much water must be released, threatens to split the party ahead of the vote.",
        "The new road promises to ease traffic through the old town.",
    ],
)
def test_what_a_thing_threatens_or_promises_is_no_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "The union threatened to strike next week.",
        "Teachers threatened to walk out on Monday.",
    ],
)
def test_a_body_or_people_who_threaten_still_threaten(tracker: quotrack.Tracker, text: str) -> None:
    assert only(tracker(text)).content.text.startswith("to ")


@pytest.mark.parametrize(
    "text",
    [
        "The club could appeal the fine, maybe by claiming that the referee had been biased.",
        "Growers can credibly run saying that they rescued the old mill and won the long water fight.",
    ],
)
def test_how_a_course_open_to_someone_would_be_taken_is_no_claim(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert tracker(text).attributions == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor fought the ruling, arguing that the vote had been held too late.",
            "the vote had been held too late",
        ),
        ("The mayor could be heard saying that the old mill would be sold.", "the old mill would be sold"),
        (
            "The council declared an emergency so it could begin building the wall, "
            "claiming this would stop the floods.",
            "this would stop the floods",
        ),
    ],
)
def test_a_participle_of_speech_done_or_heard_is_a_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The coach focused on the defence all season, showing that he would not bend to the critics.",
        "The speech drew loud cheers from the crowd, highlighting the anger that the farmers feel "
        "about the new dam.",
    ],
)
def test_a_participle_of_showing_after_a_clause_is_the_writers_reading(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert tracker(text).attributions == ()


def test_a_document_showing_still_shows(tracker: quotrack.Tracker) -> None:
    found = only(
        tracker(
            "The ferry company released new figures on Monday, showing that the harbour was busier than ever."
        )
    )
    assert found.content.text == "the harbour was busier than ever"


def test_a_clause_of_when_a_quotation_was_said_is_no_claim(tracker: quotrack.Tracker) -> None:
    found = only(tracker('"She didn\'t file the tax forms," Lee said as some wearing Roe hats booed.'))
    assert found.content.text == "She didn't file the tax forms"


def test_a_past_form_between_a_number_and_a_noun_is_an_adjective() -> None:
    # a hand-built misparse: "In Utah, 33 pledged delegates were in play", "pledged" read as the verb
    vocab = spacy.blank("en").vocab
    doc = Doc(
        vocab,
        words=["In", "Utah", ",", "33", "pledged", "delegates", "were", "in", "play"],
        heads=[4, 0, 4, 4, 4, 6, 4, 6, 7],
        deps=["prep", "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj"],
        tags=["IN", "NNP", ",", "CD", "VBD", "NNS", "VBD", "IN", "NN"],
        pos=["ADP", "PROPN", "PUNCT", "NUM", "VERB", "NOUN", "AUX", "ADP", "NOUN"],
    )
    assert adjective_participle(doc[4])
    said = Doc(
        vocab,
        words=["They", "all", "promised", "voters", "lower", "fees"],
        heads=[2, 0, 2, 2, 5, 2],
        deps=["nsubj", "appos", "ROOT", "dative", "amod", "dobj"],
        tags=["PRP", "DT", "VBD", "NNS", "JJR", "NNS"],
        pos=["PRON", "DET", "VERB", "NOUN", "ADJ", "NOUN"],
    )
    assert not adjective_participle(said[2])


def test_a_promise_after_all_is_still_a_promise(tracker: quotrack.Tracker) -> None:
    assert (
        only(tracker("They all promised voters that the fees would fall.")).content.text
        == "the fees would fall"
    )


def test_a_name_given_by_a_participle_the_parser_made_the_verb_reports_nothing(
    tracker: quotrack.Tracker,
) -> None:
    # the parser reads "called" as the sentence's verb and "Our Ledger is hiring …" as its clause
    assert tracker("A donors' network called Our Ledger is hiring new staff in Ohio.").attributions == ()


def _called(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    tags = {"NOUN": "NN", "PROPN": "NNP", "DET": "DT", "VERB": "VBD", "PRON": "PRP"}
    lemmas = ["call" if word == "called" else word.lower() for word in words]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=[tags[p] for p in pos],
        lemmas=lemmas,
    )


def test_call_with_one_noun_phrase_read_as_a_name_is_a_telephone_call() -> None:
    doc = _called(
        ["a", "reporter", "called", "the", "ministry"],
        [1, 2, 2, 4, 2],
        ["det", "nsubj", "ROOT", "det", "oprd"],
        ["DET", "NOUN", "VERB", "DET", "NOUN"],
    )
    assert telephoned(doc[2], doc[4])


def test_call_naming_someone_in_the_phrase_is_no_telephone_call() -> None:
    doc = _called(
        ["the", "mayor", "called", "Smith", "a", "liar"],
        [1, 2, 2, 5, 5, 2],
        ["det", "nsubj", "ROOT", "nsubj", "det", "oprd"],
        ["DET", "NOUN", "VERB", "PROPN", "DET", "NOUN"],
    )
    assert not telephoned(doc[2], doc[5])


def test_a_journalist_who_called_a_body_says_nothing_and_is_no_later_he(tracker: quotrack.Tracker) -> None:
    text = (
        "Tomas Berg, whose son was born at 30 weeks and has tested positive, said parents were told "
        'about the infection only after a journalist called the clinic. "Nobody told us anything for '
        'a week," he said.'
    )
    found = tracker(text).attributions
    assert len(found) == 2 and found[-1].content.text == "Nobody told us anything for a week"
    assert all(a.speaker is not None and a.speaker.name == "Tomas Berg" for a in found)


def test_a_reporter_calling_a_ministry_says_nothing(tracker: quotrack.Tracker) -> None:
    assert (
        tracker("The families learned of the leak only after a reporter called the ministry.").attributions
        == ()
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor called Smith a liar.", "Smith a liar"),
        ('Critics called the ruling "a betrayal of every voter".', 'the ruling "a betrayal of every voter"'),
    ],
)
def test_call_that_names_stays_a_claim(tracker: quotrack.Tracker, text: str, content: str) -> None:
    assert only(tracker(text)).content.text == content
