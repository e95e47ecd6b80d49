"""Transcript lines: ``NAME: words`` paragraphs, and the labels and short lines that are none."""

from __future__ import annotations

import pytest
from _support import assert_offsets, mention

import quotrack
from quotrack import Act, Kind, Result


@pytest.fixture(scope="module")
def transcripts(tracker: quotrack.Tracker) -> quotrack.Tracker:
    """The transcript detector alone, on the session's pipeline."""
    return quotrack.Tracker(tracker.nlp, detectors=["transcript"], resolvers=[])


def _lines(result: Result) -> list[tuple[str | None, str]]:
    assert_offsets(result)
    return [(mention(a), a.content.text) for a in result.attributions]


def test_transcript_lines(tracker: quotrack.Tracker) -> None:
    text = "HOST: Will you run for governor again?\nLEE: I have not decided yet.\nNote: edited for length."
    result = tracker(text)
    assert [(mention(a), a.content.text) for a in result.attributions] == [
        ("HOST", "Will you run for governor again?"),
        ("LEE", "I have not decided yet."),
    ]


def test_a_quoted_transcript_gives_each_turn_its_speaker(tracker: quotrack.Tracker) -> None:
    # each paragraph of a quotation running over several opens with a mark; only the last closes
    text = (
        "The exchange went on:\n\n“LEE: We will keep the depot open all winter.\n\n"
        "“ROE: You cannot promise that to anyone here.\n\n“LEE: I can, and I will.”"
    )
    result = tracker(text)
    assert [(mention(a), a.content.text, a.detector) for a in result.attributions] == [
        ("LEE", "We will keep the depot open all winter.", "transcript"),
        ("ROE", "You cannot promise that to anyone here.", "transcript"),
        ("LEE", "I can, and I will.", "transcript"),
    ]


def test_a_name_of_several_words_with_dots_and_apostrophes(transcripts: quotrack.Tracker) -> None:
    text = "SEN. MARY O'NEIL: We will hold hearings in the spring.\n\nDR. RAO: The data are clear to me."
    assert _lines(transcripts(text)) == [
        ("SEN. MARY O'NEIL", "We will hold hearings in the spring."),
        ("DR. RAO", "The data are clear to me."),
    ]


def test_what_a_transcript_line_carries(transcripts: quotrack.Tracker) -> None:
    (a,) = transcripts("BAKER: We are not raising taxes this year.").attributions
    assert a.detector == "transcript"
    assert a.cue is not None and a.cue.text == ":"
    assert a.speaker is not None and a.speaker.name == "BAKER"
    assert a.kind is Kind.INDIRECT  # no quotation marks


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The vote was moved to Friday afternoon.",
        "EDITOR'S NOTE: This story has been corrected since.",
        "CLARIFICATION: The second paragraph now says the vote is on Friday.",
        "Q: What will you do about the deficit now?",
        "Photo: The mayor at the opening of the bridge.",
        "Lee: I have not decided yet, really.",
        "LEE: Not yet.",
        "Asked about it, LEE: said nothing at all to us.",
    ],
    ids=[
        "label",
        "two-word label",
        "clarification",
        "question label",
        "not capitals",
        "mixed case",
        "short",
        "not at the start",
    ],
)
def test_labels_mixed_case_short_lines_and_mid_line_names_are_no_transcript(
    transcripts: quotrack.Tracker, text: str
) -> None:
    assert transcripts(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "QUOTE OF THE DAY: The harbour will reopen in the spring, the mayor told the council.",
        "WHAT IS NEXT: The council will vote on the harbour plan in the spring.",
    ],
)
def test_a_section_heading_in_capitals_is_no_speaker(transcripts: quotrack.Tracker, text: str) -> None:
    assert transcripts(text).attributions == ()


def test_a_title_in_capitals_still_speaks(transcripts: quotrack.Tracker) -> None:
    (turn,) = transcripts("THE CHAIRMAN: We will vote on the harbour plan in the spring.").attributions
    assert turn.speaker is not None and turn.speaker.name == "THE CHAIRMAN"


def test_a_label_in_capitals_with_small_words_is_no_speaker(tracker: quotrack.Tracker) -> None:
    text = "The newsletter goes on.\n\nFIGURE OF THE DAY: 12 million, the sum the council approved for it.\n"
    assert not tracker(text).attributions


def test_a_turn_that_asks_is_a_request_and_one_that_answers_a_claim(tracker: quotrack.Tracker) -> None:
    text = "VOSS: The sirens failed on Monday night. Is that fair?\n\nPIKE: No, the sirens worked that night."
    acts = [(a.speaker.name if a.speaker else None, a.act) for a in tracker(text).attributions]
    assert acts == [("Voss", Act.REQUEST), ("Pike", Act.SPEECH)]


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI: The government will cut fuel taxes, officials said on Tuesday.",
        "Fuel taxes cut\n\nNANDPUR: The flyover will be opened by March, PWD officials said on Tuesday.",
    ],
)
def test_a_dateline_before_a_colon_is_no_turn(tracker: quotrack.Tracker, text: str) -> None:
    # the story's one "NAME:" opening, a place or a sentence telling its own source: a dateline
    (found,) = tracker(text).attributions
    assert mention(found) is not None and "officials" in mention(found)


@pytest.mark.parametrize(
    "text",
    [
        "SMITH: We will not raise taxes, and I said so before.",
        "Lee on taxes\n\nThe mayor spoke on Monday.\n\nLEE: Officials said the plan would fail.",
    ],
)
def test_a_lone_turn_that_tells_of_itself_or_comes_later_is_a_turn(
    transcripts: quotrack.Tracker, text: str
) -> None:
    assert [mention(a) for a in transcripts(text).attributions] == [text.split("\n")[-1].split(":")[0]]


_INTERVIEW = (
    "{byline}Conductor Margit Halloran spoke to us before the season opened.\n\n"
    "Q{mark} Will prices rise?\n\n"
    "A{mark} Not if I can help it. Seats will stay cheap for another season at least.\n\n"
    "Q{mark} Who inspired you?\n\n"
    "A{mark} My teacher built something remarkable in this town."
)


@pytest.mark.parametrize(("mark", "byline"), [(".", ""), (":", "By Tom Eze\n\n")])
def test_an_interview_s_answers_are_the_interviewee_s(
    tracker: quotrack.Tracker, mark: str, byline: str
) -> None:
    found = tracker(_INTERVIEW.format(mark=mark, byline=byline)).attributions
    assert [a.content.text for a in found] == [
        "Not if I can help it. Seats will stay cheap for another season at least.",
        "My teacher built something remarkable in this town.",
    ]
    assert all(a.speaker is not None and a.speaker.name == "Margit Halloran" for a in found)


def test_answers_after_an_opening_that_names_two_people_have_no_speaker(tracker: quotrack.Tracker) -> None:
    text = _INTERVIEW.format(mark=".", byline="Ann Roe met Tom Lee at the hall.\n\n").replace(
        "Conductor Margit Halloran", "The conductor"
    )
    found = tracker(text).attributions
    assert len(found) == 2 and all(a.speaker is None for a in found)


def test_one_question_and_answer_is_no_interview(tracker: quotrack.Tracker) -> None:
    assert not tracker(
        "Margit Halloran spoke.\n\nQ. What is the plan?\n\nA. We build it next year."
    ).attributions


def test_the_interviewee_counts_though_the_tagger_read_the_name_as_a_body_s(
    tracker: quotrack.Tracker,
) -> None:
    # the small pipeline tags "Helena Varga" (and "Varga") as an organisation: she is still named
    # twice before the questions, her interviewer once
    text = (
        "Helena Varga has spent three decades studying water. A hydrogeologist by training, she has led "
        "the European Groundwater Observatory since 2019. Varga spoke to Anna Lindqvist in Vienna.\n\n"
        "Q: How confident are you?\n\nA: Confident enough to publish it, not to bet my house on it.\n\n"
        "Q: What comes next?\n\nA: Meter every well in the region, first of all."
    )
    found = tracker(text).attributions
    assert len(found) == 2 and all(a.speaker is not None and a.speaker.name == "Helena Varga" for a in found)


def test_the_interviewee_counts_by_a_name_shaped_like_a_person_s_and_no_owner_does(
    tracker: quotrack.Tracker,
) -> None:
    # "Imogen Fairweather-Lowe", twice, is read as an organisation's name, and "Marquee Weekly’s"
    # (the outlet owning the interviewer) as a person's
    text = (
        "Imogen Fairweather-Lowe on turning 60 and why she still hates auditions\n\n"
        "Imogen Fairweather-Lowe has spent four decades on stage. She spoke to Marquee Weekly’s "
        "Tom Hadfield-Nkemelu in London.\n\n"
        "Q: Is it true you still audition?\n\nA: Constantly. Scripts do not just fall from the sky.\n\n"
        "Q: What comes next?\n\nA: A stage play in Manchester, and then a long holiday."
    )
    found = [a for a in tracker(text).attributions if a.content.text.startswith(("Constantly", "A stage"))]
    assert len(found) == 2
    assert all(a.speaker is not None and a.speaker.name == "Imogen Fairweather-Lowe" for a in found)
