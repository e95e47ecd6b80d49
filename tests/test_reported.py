"""Reported speech from the parse: layouts that must be found and traps that must not."""

from __future__ import annotations

import pytest
from _support import mention, only, said

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


def test_what_someone_is_told_is_a_claim(tracker: quotrack.Tracker) -> None:
    told = only(tracker("The coach told reporters that his players were tired."))
    assert (told.content.text, told.act) == ("his players were tired", Act.SPEECH)


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


def test_a_concern_no_one_voices_is_no_claim(tracker: quotrack.Tracker) -> None:
    assert not tracker("This raises the concern that the virus could spread unnoticed.").attributions


def test_a_relative_pronoun_is_no_piece_of_what_someone_was_called(tracker: quotrack.Tracker) -> None:
    text = 'Kumar, who was described as "gun-obsessed" by the police, sent videos to his friends.'
    (found,) = tracker(text).attributions
    assert [p.text for p in found.pieces] == ['as "gun-obsessed"']
    (found,) = tracker('The talks were described as "open and frank" by the minister.').attributions
    assert [p.text for p in found.pieces] == ["The talks", 'as "open and frank"']


def test_reported_as_an_adjective_after_a_preposition_is_no_cue(tracker: quotrack.Tracker) -> None:
    # the parser may read "Amongst" as the subject of "reported"
    assert (
        tracker(
            "Amongst reported cases of fraud by bank staff, two managers were convicted last year."
        ).attributions
        == ()
    )


def test_a_relative_that_stands_for_a_clause_is_no_subject(tracker: quotrack.Tracker) -> None:
    # "which" after plural "commercials" with "was": it stands for the clause, not the noun
    text = "The station did not air his commercials, which the managers said was due to a lack of airtime."
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "said")
    assert [p.text for p in claim.pieces] == ["was due to a lack of airtime"]


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


def test_a_claim_whose_predicate_moved_to_a_where_before_the_cue_is_none(tracker: quotrack.Tracker) -> None:
    # "where … predicted it would be": the place is the writer's, "it would be" says nothing
    text = "The wreck was found far from where the old charts had predicted it would be."
    assert not [a for a in tracker(text).attributions if a.detector == "reported"]


def test_a_claim_with_a_predicate_of_its_own_after_a_where_stays(tracker: quotrack.Tracker) -> None:
    text = "The wreck was found where the old charts had predicted it would lie."
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert found.content.text == "it would lie"


@pytest.mark.parametrize(
    "text",
    [
        "Polling averages showed support at less than one percent and a recent poll by Harbour College "
        "rounded his number to zero percent.",
        "Averages measured by PollWatch showed support at one percent and a new poll by Harbour University "
        "put him at zero percent, even in his native city.",
    ],
)
def test_a_clause_after_the_cues_object_and_and_is_no_claim_of_the_cue(
    tracker: quotrack.Tracker, text: str
) -> None:
    """'X showed support at 1% and a poll by Y rounded it to zero': the parser hung the second
    clause on 'showed' as its complement; it is the writer's clause with a source of its own."""
    assert [a.content.text for a in tracker(text).attributions if a.cue and a.cue.text == "showed"] == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # words someone declined or refused to say: what it was about, no claim
        ("The mayor declined to say whether she would back the harbour plan.", "topic"),
        ("The coach refused to say that the new keeper was ready to start.", "topic"),
        ("The ferry company declined to comment on reports that its captain had quit.", "topic"),
        # words said after all, and a pledge not made: as before
        ("The coach went on to say that the new keeper was ready to start.", "speech"),
    ],
)
def test_what_someone_declined_to_say_is_a_topic(tracker: quotrack.Tracker, text: str, act: str) -> None:
    (found,) = tracker(text).attributions
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the parser read the sentence as a noun phrase, the cue its participle
        (
            "The regional health board announced in March that births would move to Allensby General.",
            "The regional health board",
            "births would move to Allensby General",
        ),
        # the clause said to the listener, hung on the listener as a relative clause
        (
            "Bruce Leclair conceded. He told supporters he had called his rival to congratulate her.",
            "Bruce Leclair",
            "he had called his rival to congratulate her",
        ),
    ],
)
def test_a_claim_the_parser_hung_on_a_noun_is_found(
    tracker: quotrack.Tracker, text: str, speaker: str, content: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == speaker
    assert found.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The plan announced in March was dropped.",  # a participle, no claim
        "She told the voters she had met in Leeds about the plan.",  # a relative clause with a gap
    ],
)
def test_a_participle_or_a_relative_clause_with_a_gap_is_no_claim(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert not tracker(text).attributions


def test_the_listener_of_a_clause_hung_on_it_is_not_its_speaker(tracker: quotrack.Tracker) -> None:
    text = "Ann Lee never let a rally pass without reminding the crowd she alone was paying her own way."
    for found in tracker(text).attributions:
        assert found.speaker is None or "audience" not in found.speaker.name


def test_a_tag_the_parser_joined_to_its_claim_s_verb_reports_the_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "GENEVA (Alpine Press Agency) – Attacks on aid workers reached a record high last year, with "
        "341 killed across 24 countries, the United Nations said in a report published on Monday."
    )
    doc = tracker.nlp(text)
    assert next(t for t in doc if t.text == "said").dep_ == "conj"  # the parse this rule is for
    found = said(tracker(text), "Attacks on aid workers")
    assert found.speaker is not None and found.speaker.name == "United Nations"


def test_two_clauses_joined_by_and_are_no_tag(tracker: quotrack.Tracker) -> None:
    assert not tracker("The plant closed in May and officials said nothing.").attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The nurses' union called on the health board to hire more staff.",
            "the health board to hire more staff",
        ),
        (
            "The mayor said the river had burst its banks and called on residents to stay indoors.",
            "residents to stay indoors",
        ),
    ],
)
def test_calling_on_someone_to_act_is_a_request(tracker: quotrack.Tracker, text: str, content: str) -> None:
    a = said(tracker(text), content)
    assert a.content.text == content and a.act is Act.REQUEST


def test_calling_on_quoted_people_to_act_is_one_request(tracker: quotrack.Tracker) -> None:
    text = 'The governor called on "the churches, the schools and the village councils" to help the families.'
    (a,) = tracker(text).attributions  # the whole request, not the quoted words alone
    assert "the village councils" in a.content.text and a.content.text.endswith("to help the families")
    assert a.act is Act.REQUEST


def test_calling_on_a_day_is_no_one_addressed(tracker: quotrack.Tracker) -> None:
    result = tracker("The senator called on Tuesday to demand a recount of the ballots.")
    assert not any(a.content.text.startswith("Tuesday") for a in result.attributions)


@pytest.mark.parametrize("verb", ["recommend", "proposed"])
def test_recommending_that_something_be_done_reports_it(tracker: quotrack.Tracker, verb: str) -> None:
    a = said(tracker(f"The review's authors {verb} that schools open an hour later."), "schools open")
    assert a.content.text == "schools open an hour later"
    assert a.speaker is not None and a.speaker.name == "The review's authors"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the act an infinitive names is the one it is asked of, its words too
        ("The ruling led the governor to declare that the strike was over.", "the governor"),
        ("The vote forced the minister to admit that the count was wrong.", "the minister"),
        # not a verb whose object is a thing used, nor one that calls someone
        ("The minister used a private dinner to complain that the count was wrong.", "The minister"),
        ("Two aides called her to say that the count was wrong.", "Two aides"),
    ],
)
def test_the_one_made_to_speak_is_the_speaker(tracker: quotrack.Tracker, text: str, speaker: str) -> None:
    a = said(tracker(text), "was")
    assert a.speaker is not None and a.speaker.mention is not None and a.speaker.mention.text == speaker


def test_responding_to_someone_s_claim_reports_their_claim(tracker: quotrack.Tracker) -> None:
    a = said(tracker("The mayor responded to the union's claim that the budget was cut."), "budget was cut")
    assert a.content.text == "the budget was cut"
    assert a.speaker is not None and a.speaker.name.lower() == "the union"


def test_a_directive_s_list_of_acts_is_one_request(tracker: quotrack.Tracker) -> None:
    text = "The water board urged households to boil tap water, avoid the reservoir and report any rashes."
    (a,) = tracker(text).attributions  # not a second claim of "report any rashes"
    assert a.content.text == "households to boil tap water, avoid the reservoir and report any rashes"
    assert a.act is Act.REQUEST


def test_a_day_before_calling_on_someone_is_no_one_called_on(tracker: quotrack.Tracker) -> None:
    a = said(tracker("On Sunday, the senator called on tech firms to do more."), "tech firms")
    assert a.content.text == "tech firms to do more" and a.act is Act.REQUEST


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (
            "Asked by prosecutor Helen Ashcombe why he had done so, Torvald Penning said he had panicked.",
            "Helen Ashcombe",
        ),
        ("Asked whether he would resign, Torvald Penning said he had no plans to.", None),
    ],
)
def test_a_question_put_by_someone_named_after_by_is_theirs(
    tracker: quotrack.Tracker, text: str, asker: str | None
) -> None:
    # "Asked by X why …": X asks; "Asked whether …" alone: an unnamed interviewer's, no record
    question = next((a for a in tracker(text).attributions if a.act is Act.REQUEST), None)
    assert (question.speaker.name if question is not None and question.speaker is not None else None) == asker
    assert (question is None) == (asker is None)
    answer = said(tracker(text), "panicked" if "panicked" in text else "no plans")
    assert answer.speaker is not None and answer.speaker.name == "Torvald Penning"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee dismissed claims that the council had hidden the figures.",
        "Tom Lee rejected the suggestion that the council had hidden the figures.",
        "Tom Lee denied reports that the council had hidden the figures.",
        "Tom Lee disputed the idea that the council had hidden the figures.",
    ],
)
def test_a_claim_someone_rejects_is_no_claim_of_theirs(tracker: quotrack.Tracker, text: str) -> None:
    # what was rejected is others' claim: a topic of the one who rejects it, never his words
    a = said(tracker(text), "hidden the figures")
    assert a.act is Act.TOPIC and a.speaker is not None and a.speaker.name == "Tom Lee"


def test_a_claim_someone_makes_stays_theirs(tracker: quotrack.Tracker) -> None:
    a = said(tracker("Tom Lee made the claim that the council had hidden the figures."), "hidden the figures")
    assert a.act is Act.SPEECH and a.content.text == "the council had hidden the figures"


@pytest.mark.parametrize(
    "text",
    [
        "A reporter asked Tom Lee whether the warnings had come too late. He said they had not.",
        "Asked by reporters whether the port would reopen, the minister said it would.",
        "One journalist asked why the lights had failed.",
    ],
)
def test_a_question_a_reporter_puts_gives_no_record(tracker: quotrack.Tracker, text: str) -> None:
    assert not any(a.act is Act.REQUEST for a in tracker(text).attributions)


def test_a_question_a_named_person_puts_is_theirs(tracker: quotrack.Tracker) -> None:
    question = only(tracker("Councillor Ann Roe asked the mayor whether the bridge would reopen."))
    assert question.act is Act.REQUEST and question.speaker is not None and question.speaker.name == "Ann Roe"
