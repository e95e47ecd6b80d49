"""The attitudes detector (beliefs and stances) and the acts the default detectors mark."""

from __future__ import annotations

import pytest

import quotrack
from quotrack import Act, Attribution, Result
from quotrack.builtins import DEFAULT_DETECTORS


@pytest.fixture(scope="module")
def attitudes(tracker: quotrack.Tracker) -> quotrack.Tracker:
    """The default Tracker plus the attitudes detector, on the session's pipeline."""
    return quotrack.Tracker(tracker.nlp, detectors=[*DEFAULT_DETECTORS, "attitudes"])


def only(result: Result) -> Attribution:
    assert len(result) == 1, [a.content.text for a in result]
    return result.attributions[0]


def test_attitudes_is_registered_but_not_a_default() -> None:
    assert "attitudes" in quotrack.detector_names()
    assert "attitudes" not in DEFAULT_DETECTORS


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Senator Maya Ferreira believes the levy will pass next week.",
            "Maya Ferreira",
            "believes",
            "the levy will pass next week",
        ),
        (
            "Many farmers fear that grain prices will keep falling.",
            "Many farmers",
            "fear",
            "grain prices will keep falling",
        ),
        (
            "Dock workers are worried that the port will close.",
            "Dock workers",
            "worried",
            "the port will close",
        ),
        (
            "The treasurer remains confident about a quick recovery in the spring.",
            "The treasurer",
            "confident",
            "a quick recovery in the spring",
        ),
    ],
)
def test_beliefs(attitudes: quotrack.Tracker, text: str, speaker: str, cue: str, content: str) -> None:
    found = only(attitudes(text))
    assert found.act is Act.BELIEF and found.detector == "attitudes"
    assert found.speaker is not None and found.speaker.mention is not None
    assert speaker in found.speaker.mention.text
    assert found.cue is not None and found.cue.text == cue
    assert found.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The teachers' union endorsed Rosa Kimura for mayor on Monday.",
            "endorsed",
            "Rosa Kimura for mayor",
        ),
        (
            "Kimura accused her rival of hiding the cost of the tunnel.",
            "accused",
            "her rival of hiding the cost of the tunnel",
        ),
        ("The harbour board called for an inquiry into the fire.", "called for", "an inquiry into the fire"),
        ("Councillor Iwu opposes the new parking charges.", "opposes", "the new parking charges"),
        (
            "Councillor Iwu criticised the council for its new parking charges.",
            "criticised",
            "the council for its new parking charges",
        ),
        # a stance on a bare name
        ("The dockworkers' union endorsed Harmon on Tuesday.", "endorsed", "Harmon"),
        ("Most of the farmers in the valley supported Okafor.", "supported", "Okafor"),
    ],
)
def test_stances(attitudes: quotrack.Tracker, text: str, cue: str, content: str) -> None:
    found = only(attitudes(text))
    assert found.act is Act.STANCE
    assert found.cue is not None and found.cue.text == cue
    assert found.content.text == content


def test_only_a_stance_takes_a_bare_name(attitudes: quotrack.Tracker) -> None:
    assert len(attitudes("The minister denied Harmon.")) == 0


def test_default_detectors_leave_beliefs_and_stances_out(tracker: quotrack.Tracker) -> None:
    text = "Senator Maya Ferreira believes the levy will pass. The union endorsed Rosa Kimura for mayor."
    assert len(tracker(text)) == 0


def test_speech_is_speech_with_or_without_attitudes(
    attitudes: quotrack.Tracker, tracker: quotrack.Tracker
) -> None:
    text = 'Mayor Dana Holt said the bridge would reopen in May. "We are ready," Holt added.'
    for run in (tracker, attitudes):
        result = run(text)
        assert [a.act for a in result] == [Act.SPEECH, Act.SPEECH]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Data show that unemployment fell sharply last year.", "Data"),
        ("A new poll shows the mayor leading the race by five points.", "A new poll"),
        ("The audit found that the agency had ignored repeated warnings.", "The audit"),
        ("According to a recent study, rents rose by a third in two years.", "a recent study"),
    ],
)
def test_evidence_has_the_document_as_its_source(tracker: quotrack.Tracker, text: str, source: str) -> None:
    found = only(tracker(text))
    assert found.act is Act.EVIDENCE
    assert found.speaker is not None and found.speaker.mention is not None
    assert found.speaker.mention.text.startswith(source)


def test_a_person_who_finds_is_not_evidence_by_the_source(tracker: quotrack.Tracker) -> None:
    found = only(tracker("Coach Ellen Marsh said the team had played its best game of the season."))
    assert found.act is Act.SPEECH


def test_a_belief_inside_what_someone_says_is_that_claim(attitudes: quotrack.Tracker) -> None:
    text = "Ferreira said that most farmers want the subsidy to end next year."
    found = only(attitudes(text))
    assert found.act is Act.SPEECH and found.cue is not None and found.cue.text == "said"


def test_attitudes_in_a_question_or_quotation_give_nothing(attitudes: quotrack.Tracker) -> None:
    assert len(attitudes("Does the council believe the levy will pass next week?")) == 0
    quoted = attitudes('"I believe the levy will pass next week and the year after," Ferreira said.')
    assert [a.act for a in quoted] == [Act.SPEECH]


def test_the_cli_form_adds_to_the_defaults(attitudes: quotrack.Tracker) -> None:
    assert [d.name for d in attitudes.detectors] == [*DEFAULT_DETECTORS, "attitudes"]


@pytest.mark.parametrize(
    "text",
    ["Councillor Iwu hopes the ferry levy will pass.", "Councillor Iwu hoped the ferry levy would pass."],
)
def test_hopes_is_a_belief_whatever_its_lemma(attitudes: quotrack.Tracker, text: str) -> None:
    found = only(attitudes(text))
    assert found.act is Act.BELIEF
    assert found.content.text.startswith("the ferry levy")


def test_seeing_someone_as_something_is_a_belief(
    attitudes: quotrack.Tracker, tracker: quotrack.Tracker
) -> None:
    text = "Most dock workers see Councillor Iwu as the likely winner of the runoff."
    found = only(attitudes(text))
    assert found.act is Act.BELIEF
    assert found.content.text == "Councillor Iwu as the likely winner of the runoff"
    assert len(tracker(text)) == 0


def test_wanting_someone_to_act_is_a_belief(attitudes: quotrack.Tracker) -> None:
    found = only(attitudes("Most of the tenants want the landlord to repair the lifts before winter."))
    assert found.act is Act.BELIEF
    assert found.content.text == "the landlord to repair the lifts before winter"


def holds(result: Result, act: Act, content: str, holder: str | None = None) -> Attribution:
    """The one attribution found, with its act, content and (when given) the words of its holder."""
    found = only(result)
    assert found.act is act, found.act
    assert found.content.text == content
    if holder is not None:
        assert found.speaker is not None and found.speaker.mention is not None
        assert found.speaker.mention.text == holder
    return found


@pytest.mark.parametrize(
    ("text", "act", "holder", "content"),
    [
        (
            "Councillor Okafor was endorsed by the nurses' union.",
            Act.STANCE,
            "the nurses' union",
            "Councillor Okafor",
        ),
        (
            "The harbour plan has been criticised by several fishermen for ignoring the tides.",
            Act.STANCE,
            "several fishermen",
            "The harbour plan has been criticised by several fishermen for ignoring the tides",
        ),
        (
            "Wet clay is considered unsafe by most builders.",
            Act.BELIEF,
            "most builders",
            "Wet clay is considered unsafe",
        ),
    ],
)
def test_a_passive_stance_is_its_agent_s(
    attitudes: quotrack.Tracker, text: str, act: Act, holder: str, content: str
) -> None:
    found = holds(attitudes(text), act, content, holder)
    assert "passive" in found.explanation[0]


def test_a_passive_stance_without_agent_names_no_holder(attitudes: quotrack.Tracker) -> None:
    text = "The former treasurer was accused of moving club funds into his own account."
    found = holds(attitudes(text), Act.STANCE, text.rstrip("."))
    assert found.speaker is None
    # a bare pronoun is no stance ("is expected to …" is a belief with no holder, tested below)
    assert len(attitudes("They were backed by the two senators.")) == 0


@pytest.mark.parametrize(
    ("text", "act", "holder", "content"),
    [
        # a noun that names the holder
        ("The bishop is a staunch opponent of the casino plan.", Act.STANCE, "The bishop", "the casino plan"),
        (
            "Ines Varga, a longtime critic of the toll road, spoke first.",
            Act.STANCE,
            "Ines Varga",
            "the toll road",
        ),
        (
            "The mayor has been a vocal supporter of the tram and of a lower fare.",
            Act.STANCE,
            "The mayor",
            "the tram and of a lower fare",
        ),
        # a noun of a stance or hope, and its holder
        (
            "The mayor is doubling down on her support for the new tram line.",
            Act.STANCE,
            "her",
            "the new tram line",
        ),
        (
            "Several church groups are showing support for the shelter plan.",
            Act.STANCE,
            "Several church groups",
            "the shelter plan",
        ),
        ("Local unions rallied in support of Okafor.", Act.STANCE, "Local unions", "Okafor"),
        (
            "The committee made a strong condemnation of the border shelling.",
            Act.STANCE,
            "The committee",
            "the border shelling",
        ),
        (
            "The senator held three town halls a day in hopes of reaching younger voters.",
            Act.BELIEF,
            "The senator",
            "reaching younger voters",
        ),
        (
            "The mayor's full embrace of the tram plan surprised her allies.",
            Act.STANCE,
            "The mayor",
            "the tram plan",
        ),
        (
            "The councillor has strong views on how the budget was handled.",
            Act.BELIEF,
            "The councillor",
            "how the budget was handled",
        ),
        (
            "The rivals sowed doubts about the coach's tactics.",
            Act.BELIEF,
            "The rivals",
            "the coach's tactics",
        ),
        # "calling for Y to Z", a vote, an intention the parser took for a noun
        (
            "Governor Ames is calling for the federal government to pay for the new levees.",
            Act.STANCE,
            "Governor Ames",
            "the federal government to pay for the new levees",
        ),
        ("Among older voters, 41 percent would vote for Okafor.", Act.STANCE, "41 percent", "Okafor"),
        (
            "Councillor Iwu voted against the new parking charges.",
            Act.STANCE,
            "Councillor Iwu",
            "the new parking charges",
        ),
        (
            "The Democratic nominee plans to be back in Ohio late Saturday to await the results.",
            Act.BELIEF,
            "The Democratic nominee",
            "to be back in Ohio late Saturday to await the results",
        ),
    ],
)
def test_attitudes_with_their_holder(
    attitudes: quotrack.Tracker, text: str, act: Act, holder: str, content: str
) -> None:
    holds(attitudes(text), act, content, holder)


def test_a_stance_noun_needs_a_holder(attitudes: quotrack.Tracker) -> None:
    assert len(attitudes("Support for the tram line has grown since the spring.")) == 0
    # "the support of X" is X's support, not a stance on X
    assert len(attitudes("The mayor won the support of the nurses' union.")) == 0


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        (
            "Most of the growers want lower fuel taxes and cheaper loans.",
            Act.BELIEF,
            "lower fuel taxes and cheaper loans",
        ),
        (
            "The councillor questioned whether the old bridge could carry buses.",
            Act.STANCE,
            "whether the old bridge could carry buses",
        ),
        (
            "Many residents consider the new tram a waste of money.",
            Act.BELIEF,
            "the new tram a waste of money",
        ),
        ("I believe in the good sense of the jury.", Act.BELIEF, "the good sense of the jury"),
        ("Most of the growers worry about the price of diesel.", Act.BELIEF, "the price of diesel"),
        ("Election officials are expecting a record turnout on Tuesday.", Act.BELIEF, "a record turnout"),
        ("Fishermen in the bay fear a second poor season.", Act.BELIEF, "a second poor season"),
        ("Two tenant groups are challenging the new eviction rules.", Act.STANCE, "the new eviction rules"),
        (
            "Parents protested the closure of the village school.",
            Act.STANCE,
            "the closure of the village school",
        ),
        (
            "The governor congratulated the rowing team on its first title.",
            Act.STANCE,
            "the rowing team on its first title",
        ),
        ("Most nurses agree with the new rota.", Act.STANCE, "the new rota"),
        ("The union is campaigning against the pension cuts.", Act.STANCE, "the pension cuts"),
        # adjectives, with the act acts.txt gives them
        ("The union has been critical of the new contract.", Act.STANCE, "the new contract"),
        ("The bishop is opposed to the casino plan.", Act.STANCE, "the casino plan"),
        ("The board was aware that the roof was leaking.", Act.BELIEF, "the roof was leaking"),
    ],
)
def test_more_cues_of_beliefs_and_stances(
    attitudes: quotrack.Tracker, text: str, act: Act, content: str
) -> None:
    holds(attitudes(text), act, content)


def test_an_adjective_takes_only_its_own_prepositions(attitudes: quotrack.Tracker) -> None:
    assert len(attitudes("The way the coach spoke was critical to the team's success.")) == 0


def test_as_opposed_to_is_a_contrast_not_a_stance(attitudes: quotrack.Tracker) -> None:
    assert len(attitudes("The council chose a tram line, as opposed to a new ring road.")) == 0


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour board has opposed dredging the old channel.", "dredging the old channel"),
        ("Our mayor supports raising the bus fare to two euros.", "raising the bus fare to two euros"),
    ],
)
def test_a_stance_on_a_gerund_clause(attitudes: quotrack.Tracker, text: str, content: str) -> None:
    found = holds(attitudes(text), Act.STANCE, content)
    assert found.speaker is not None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The new ferry is expected to enter service in May.",
            "The new ferry is expected to enter service in May",
        ),
        ("The talks seemed close to collapse on Friday.", "The talks seemed close to collapse on Friday"),
        (
            "In the end, the striking nurses appeared to be winning the argument, with a new survey showing "
            "wide public support.",
            "In the end, the striking nurses appeared to be winning the argument",
        ),
        ("The candidate appears uneasy when asked about the tunnel.", "The candidate appears uneasy"),
        ("The toll is seen as a test for the new council.", "The toll is seen as a test for the new council"),
        ("The old pier is thought to be unsafe.", "The old pier is thought to be unsafe"),
        (
            "The chef is known for his harsh reviews of rivals.",
            "The chef is known for his harsh reviews of rivals",
        ),
    ],
)
def test_a_belief_with_no_holder(attitudes: quotrack.Tracker, text: str, content: str) -> None:
    beliefs = [a for a in attitudes(text) if a.act is Act.BELIEF]
    assert [a.content.text for a in beliefs] == [content]
    assert beliefs[0].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "The singer appeared on a late-night show on Tuesday.",  # appear: show up
        "The ministry expected a drop in exports.",  # an active "expect" has its holder
        "The poor result made him seem weaker than his rival.",  # no clause of its own
        "The missing hiker was last seen near the lighthouse.",  # see: catch sight of
    ],
)
def test_no_belief_without_a_hedge(attitudes: quotrack.Tracker, text: str) -> None:
    assert not any(a.explanation and "no holder" in a.explanation[0] for a in attitudes(text))


def test_a_noun_s_holder_never_holds_the_noun(attitudes: quotrack.Tracker) -> None:
    text = "The debate gave the coach's rivals a chance to sow doubts about his tactics."
    for found in attitudes(text):
        cue = found.cue
        assert cue is not None
        if found.speaker is not None and found.speaker.mention is not None:
            assert not found.speaker.mention.start <= cue.start < found.speaker.mention.end


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The tunnel was the last thing the governor wanted to talk about.",
            "the last thing the governor wanted to talk about",
        ),
        (
            "She is the kind of judge many senators fear the president would choose.",
            "the kind of judge many senators fear the president would choose",
        ),
    ],
)
def test_a_relative_clause_on_the_object_keeps_its_noun(
    attitudes: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in attitudes(text) if a.act is Act.BELIEF] == [content]


def test_a_relative_clause_on_the_subject_keeps_its_own_content(attitudes: quotrack.Tracker) -> None:
    found = [a for a in attitudes("Voters who want to leave the union will meet on Friday.")]
    assert [a.content.text for a in found] == ["to leave the union"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator praised the governor's leadership in the aftermath of the storm.",
            "the governor's leadership in the aftermath of the storm",
        ),
        ("The mayor blamed the closures on careless councillors.", "the closures on careless councillors"),
        ("The union endorsed Okafor on Thursday.", "Okafor"),
        ("The union endorsed the mayor in Ohio.", "the mayor"),
        ("The bishop criticised the mayor in a letter to parishioners.", "the mayor"),
    ],
)
def test_a_stance_object_takes_the_phrase_after_it(
    attitudes: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in attitudes(text) if a.act is Act.STANCE] == [content]


def test_a_title_case_headline_reports_its_stance(attitudes: quotrack.Tracker) -> None:
    text = "Ada Okafor Endorses Mayor Lindqvist.\n\nThe union backs the mayor's second term.\n"
    found = [a for a in attitudes(text) if a.explanation and "headline" in a.explanation[0]]
    assert [(a.speaker.name if a.speaker else None, a.content.text, a.act) for a in found] == [
        ("Ada Okafor", "Mayor Lindqvist", Act.STANCE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Lindqvist Plan for Ferries\n\nThe mayor unveiled it on Monday.\n",  # a noun, not a verb
        "Local News\n\nRelated stories:\nMayor Lindqvist Endorses Okafor\n",  # not the first line
        "Ada Okafor endorses the mayor, and the union is split.\n\nMore text.\n",  # prose, not a title
    ],
)
def test_no_headline_stance_outside_a_title(attitudes: quotrack.Tracker, text: str) -> None:
    assert not any(a.explanation and "headline" in a.explanation[0] for a in attitudes(text))


def test_it_seems_names_no_holder(attitudes: quotrack.Tracker) -> None:
    found = [
        a for a in attitudes("It seems that the council will vote against the plan.") if a.act is Act.BELIEF
    ]
    assert [(a.speaker, a.content.text) for a in found] == [(None, "the council will vote against the plan")]
