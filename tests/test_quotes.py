"""Direct quotations: every layout of cue and speaker, on sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from _support import assert_offsets, mention, only, said
from spacy.tokens import Doc

import quotrack
from quotrack import Act, Kind
from quotrack.detectors.quotes import _own_cue


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Mayor Ann Grey said, "The bridge will reopen in May."', "Mayor Ann Grey", "said"),
        ('"The bridge will reopen in May," Mayor Ann Grey said.', "Mayor Ann Grey", "said"),
        ('"The bridge will reopen in May," said Mayor Ann Grey.', "Mayor Ann Grey", "said"),
        ('Mayor Ann Grey said: "The bridge will reopen in May."', "Mayor Ann Grey", "said"),
        ('Grey was quoted as saying, "The bridge will reopen in May."', "Grey", "quoted as saying"),
        ("“The bridge will reopen in May,” the mayor told reporters.", "the mayor", "told"),
        ("« The bridge will reopen in May », the mayor said.", "the mayor", "said"),
        ("„The bridge will reopen in May“, the mayor said.", "the mayor", "said"),
        ("``The bridge will reopen in May,'' the mayor said.", "the mayor", "said"),
    ],
)
def test_cue_and_speaker_layouts(tracker: quotrack.Tracker, text: str, speaker: str, cue: str) -> None:
    a = only(tracker(text))
    assert a.kind is Kind.DIRECT
    assert a.content.text.startswith("The bridge will reopen in May")
    assert mention(a) == speaker
    assert a.cue is not None and a.cue.text == cue
    assert a.detector == "quotes"


def test_quote_split_by_its_cue_is_one_attribution(tracker: quotrack.Tracker) -> None:
    text = 'Mayor Ann Lee spoke first. "We will win," she said, "and we will win soon."'
    a = only(tracker(text))
    assert [p.text for p in a.pieces] == ["We will win", "and we will win soon."]
    assert a.content.start == a.pieces[0].start and a.content.end == a.pieces[-1].end
    assert mention(a) == "she"
    assert_offsets(tracker(text))


def test_a_split_quote_after_an_introducing_clause_is_one_quote(tracker: quotrack.Tracker) -> None:
    text = (
        "After the vote, the spokesman, Tom Baker, said the council was disappointed by the decision: "
        '"While we wait for the final count," he said, "we strongly urge everyone to stay calm tonight".'
    )
    found = tracker(text).attributions
    quoted = ["While we wait for the final count", "we strongly urge everyone to stay calm tonight"]
    assert [(a.kind, [p.text for p in a.pieces]) for a in found] == [
        (Kind.INDIRECT, ["the council was disappointed by the decision"]),
        (Kind.DIRECT, quoted),
    ]
    assert all(a.speaker is not None and a.speaker.name == "Tom Baker" for a in found)


def test_quote_split_across_sentences_keeps_its_speaker(tracker: quotrack.Tracker) -> None:
    text = "“It was a fair deal,” the trader told Reuters in Tokyo. “Nobody lost money on it.”"
    a = only(tracker(text))
    assert len(a.pieces) == 2
    assert mention(a) == "the trader"


def test_a_tag_that_opens_a_new_sentence_introduces_the_next_quote_only(tracker: quotrack.Tracker) -> None:
    text = (
        '"They ran the best race of their lives — thank you," said Ann Lee after the final. '
        '"We did this one together." She posted on Twitter, "Today we went to the top of the world!"'
    )
    pieces = [[p.text for p in a.pieces] for a in tracker(text).attributions]
    assert ["They ran the best race of their lives — thank you", "We did this one together."] in pieces
    assert ["Today we went to the top of the world!"] in pieces


@pytest.mark.parametrize(
    "text",
    [
        'Tom Ray wrote of his friend, "I knew then that Ben was unusual", recalling their first meeting. '
        '"He was calm. He was always reading."',
        '"I knew then that Ben was unusual," said Tom Ray after the funeral. '
        '"He was calm. He was always reading."',
    ],
)
def test_a_quotation_going_on_after_its_tag_sentence_is_one(tracker: quotrack.Tracker, text: str) -> None:
    a = only(tracker(text))
    words = ["I knew then that Ben was unusual", "He was calm. He was always reading."]
    assert [p.text for p in a.pieces] == words
    assert mention(a) == "Tom Ray"


@pytest.mark.parametrize(
    "text",
    [
        '"I knew then that Ben was unusual," Tom Ray said. "He was calm," he added.',
        'Tom Ray wrote, "I knew then that Ben was unusual", and his sister agreed. "He was calm."',
    ],
)
def test_a_quotation_after_a_tag_sentence_with_more_stays_apart(tracker: quotrack.Tracker, text: str) -> None:
    assert len(tracker(text).attributions) >= 2


def test_speaker_in_the_sentence_before(tracker: quotrack.Tracker) -> None:
    text = (
        "The minister then turned to the press and said:\n“Our budget is balanced and our debts are falling.”"
    )
    a = only(tracker(text))
    assert mention(a) == "The minister"
    assert a.content.text == "Our budget is balanced and our debts are falling."


def test_speaker_in_the_sentence_after_a_question(tracker: quotrack.Tracker) -> None:
    text = "“Who do they think they are?” Ann Grey said of the board on Friday."
    assert mention(only(tracker(text))) == "Ann Grey"


def test_paragraph_that_is_only_a_quote_takes_the_speaker_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Ann Grey, the city's mayor, said the bridge would reopen in May.\n\n"
        "“Nobody should worry about the traffic. We have a plan for every street.”"
    )
    result = tracker(text)
    floating = result.attributions[-1]
    assert floating.kind is Kind.DIRECT
    assert floating.cue is None
    assert floating.speaker is not None and floating.speaker.name == "Ann Grey"


def test_opened_and_never_closed_runs_to_paragraph_end(tracker: quotrack.Tracker) -> None:
    text = 'The coach said: "We played badly and we know it.\nThe next game is on Sunday.'
    a = only(tracker(text))
    assert a.content.text == "We played badly and we know it."
    assert mention(a) == "The coach"


def test_quote_over_several_paragraphs(tracker: quotrack.Tracker) -> None:
    text = (
        "“The first part of the statement is about the budget.\n"
        "“The second part is about schools,” the spokesman said."
    )
    a = only(tracker(text))
    assert len(a.pieces) == 2
    assert a.pieces[0].text == "The first part of the statement is about the budget."
    assert mention(a) == "the spokesman"


def test_scare_quotes_and_titles_are_not_quotes(tracker: quotrack.Tracker) -> None:
    text = 'The film "Gone with the Wind" was shown again. The so-called "reform" failed.'
    assert tracker(text).attributions == ()


def test_scare_quote_inside_reported_speech_makes_it_mixed(tracker: quotrack.Tracker) -> None:
    a = only(tracker('Ann Grey said the plan was a "total disaster" for the city.'))
    assert a.kind is Kind.MIXED
    assert a.content.text == 'the plan was a "total disaster" for the city'
    assert mention(a) == "Ann Grey"


def test_apostrophes_are_not_quotes(tracker: quotrack.Tracker) -> None:
    text = "It's the Joneses' car from the '90s, and rock'n'roll won't stop."
    assert tracker(text).attributions == ()


def test_single_quoted_headline(tracker: quotrack.Tracker) -> None:
    a = only(tracker("Grey: 'The bridge will reopen in May'"))
    assert mention(a) == "Grey"
    assert a.content.text == "The bridge will reopen in May"


def test_a_title_case_headline_s_name_stops_where_the_prose_s_name_does(tracker: quotrack.Tracker) -> None:
    text = (
        "Ann Halvorsen Backs Tom Roe: I Am ‘Tired’ Of The Delays.\n\n"
        "Ann Halvorsen threw her support behind Tom Roe on Wednesday at a rally in Dover."
    )
    a = said(tracker(text), "Tired")
    assert mention(a) == "Ann Halvorsen"


def test_nested_quote_stays_inside_the_outer_one(tracker: quotrack.Tracker) -> None:
    text = "\"They told me 'no' at the door and I left,\" the witness said."
    a = only(tracker(text))
    assert a.content.text == "They told me 'no' at the door and I left"
    assert mention(a) == "the witness"


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("“Really?” the porter asked.", "Really?", "the porter", "asked"),
        ("“Not yet,” Okafor muttered.", "Not yet", "Okafor", "muttered"),
        ("“Stop!” Mendes shouted.", "Stop!", "Mendes", "shouted"),
        ("The clerk replied, “Tomorrow.”", "Tomorrow.", "The clerk", "replied"),
        ("The driver said “not today” and drove off.", "not today", "The driver", "said"),
        ("Reyes said “we are closed” on Monday.", "we are closed", "Reyes", "said"),
    ],
)
def test_short_quote_taken_by_a_cue_is_speech(
    tracker: quotrack.Tracker, text: str, quote: str, speaker: str, cue: str
) -> None:
    a = only(tracker(text))
    assert a.content.text == quote
    assert mention(a) == speaker
    assert a.cue is not None and a.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "She read “Bleak House” twice that winter.",
        "He told the “Morning Show” nothing new.",
        "The team showed “grit” in the final.",
        "The mayor called the plan “silly” in public.",
        "On Channel 9’s “Morning Desk,” Senator Ruiz said the bill would pass.",
        "Ruiz, a star of “Harbor Lights,” thanked the crew.",
        "He is now the host of “The Late Hour with Dana Cole.”",
    ],
)
def test_short_quote_without_a_speech_cue_is_no_attribution(tracker: quotrack.Tracker, text: str) -> None:
    assert [a for a in tracker(text).attributions if a.detector == "quotes" and a.kind is Kind.DIRECT] == []


def test_short_quote_inside_a_sentence_without_a_cue_is_no_quotation(tracker: quotrack.Tracker) -> None:
    text = "Grey met the cast of the sitcom “Brain Rush.” Her town was a place of “quiet courage.”"
    assert [a.content.text for a in tracker(text).attributions if a.detector == "quotes"] == []


def test_short_quote_inside_a_sentence_needs_a_cue_that_takes_it(tracker: quotrack.Tracker) -> None:
    text = "Okafor said on the radio show “Night Desk,” that she trusts reporting that “takes risks.”"
    assert [a.content.text for a in tracker(text).attributions if a.kind is Kind.DIRECT] == []
    yelled = only(tracker("When the band stopped, a fan yelled “Encore!”\n\nThey played on."))
    assert yelled.content.text == "Encore!"


def test_signature_after_a_dash_and_a_no_break_space(tracker: quotrack.Tracker) -> None:
    text = "“We will keep the library open all summer.” ―\u00a0Ines Okafor\n“Nobody asked us.” ― Tom Berg"
    assert [mention(a) for a in tracker(text).attributions] == ["Ines Okafor", "Tom Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "“The roof will hold,” said Pia Lund, an engineer at Nordbygg. “We tested it twice.”",
        "“The roof will hold,” she said. “We tested it twice.”",
        "“The roof will hold,” said Pia Lund, a structural engineer at Nordbygg who inspected the old station"
        " building for the city council last spring and again in the autumn. “We tested it twice.”",
    ],
)
def test_quote_that_goes_on_after_its_cue_is_one_attribution(tracker: quotrack.Tracker, text: str) -> None:
    a = only(tracker(text))
    assert [p.text for p in a.pieces] == ["The roof will hold", "We tested it twice."]
    assert a.content.start == a.pieces[0].start and a.content.end == a.pieces[-1].end


def test_page_furniture_yields_nothing(tracker: quotrack.Tracker) -> None:
    text = (
        "Ines Okafor said the library would stay open all summer.\n\n"
        "Related stories:\n"
        "Five Facts: What the “summer plan” costs the city\n"
        "Berg: “The library should have closed in June”\n"
        "Share\nTweet\nEmail\n\n"
        "The council meets again on Friday."
    )
    result = tracker(text)
    assert [a.content.text for a in result.attributions] == ["the library would stay open all summer"]


def test_numbered_title_before_a_colon_is_no_speaker(tracker: quotrack.Tracker) -> None:
    text = "Seven Questions: Why the council said “never again”\n\nThe council meets again on Friday."
    assert all(mention(a) != "Seven Questions" for a in tracker(text).attributions)


def test_a_quotation_paragraph_after_a_tagged_one_goes_on(tracker: quotrack.Tracker) -> None:
    text = (
        "“We will rebuild the bridge,” said Ann Lee, the mayor.\n\n"
        "“It will take two years.”\n\n"
        "The council met on Monday. Its leader was not there.\n\n"
        "“Nobody told us,” a resident said. Others agreed.\n\n"
        "“We found out from the radio.”"
    )
    result = tracker(text)
    first = said(result, "rebuild")
    assert [p.text for p in first.pieces] == ["We will rebuild the bridge", "It will take two years."]
    assert mention(first) == "Ann Lee"
    # a sentence after the tag ends that paragraph's quotation: the next one stands alone
    assert said(result, "radio").pieces[0].text == "We found out from the radio."
    assert "radio" not in said(result, "Nobody").content.text


def test_a_short_quotation_after_the_tag_goes_on(tracker: quotrack.Tracker) -> None:
    a = only(tracker("''We came here to work,'' Ms. Okafor said. ''We are not guests.''"))
    assert [p.text for p in a.pieces] == ["We came here to work", "We are not guests."]


def test_a_tag_that_reports_more_keeps_the_quotations_apart(tracker: quotrack.Tracker) -> None:
    text = (
        '"The bill is weak," the governor said, adding that he had signed stronger ones. '
        '"A leader must fight for what he believes in."'
    )
    result = tracker(text)
    assert [a.content.text for a in result.attributions] == [
        "The bill is weak",
        "he had signed stronger ones",
        "A leader must fight for what he believes in.",
    ]


@pytest.mark.parametrize("text", [" said « ", "He said “", "“"])
def test_a_quotation_mark_opened_at_the_end_gives_nothing(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_a_notice_that_reads_a_quotation_is_its_source(tracker: quotrack.Tracker) -> None:
    text = (
        'Forecaster Jonas Berg expects a wet week. "Rivers will burst their banks by Friday," '
        "read the flood warning issued on Monday."
    )
    found = said(tracker(text), "Rivers will burst")
    assert (mention(found) or "").startswith("the flood warning")
    assert found.cue is not None and found.cue.text == "read"


def _own_cue_of(words: list[str], heads: list[int], deps: list[str], pos: list[str], cues: list[int]) -> int:
    """Which of ``cues`` (token indexes, nearest the quote first) the quote belongs to."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    return _own_cue([doc[i] for i in cues]).i


def test_a_quote_goes_to_the_cue_joined_to_its_own_name() -> None:
    # "with Lee calling it bad and Roe calling it awful": the parser hangs Roe's "calling" on Lee's
    words = ["with", "Lee", "calling", "it", "bad", "and", "Roe", "calling", "it", "awful"]
    heads = [0, 2, 0, 2, 2, 2, 7, 2, 7, 7]
    deps = ["ROOT", "nsubj", "pcomp", "dobj", "oprd", "cc", "nsubj", "advcl", "dobj", "oprd"]
    pos = ["ADP", "PROPN", "VERB", "PRON", "ADJ", "CCONJ", "PROPN", "VERB", "PRON", "ADJ"]
    assert _own_cue_of(words, heads, deps, pos, [7, 2]) == 7


def test_a_cue_inside_what_another_says_is_the_other_s() -> None:
    # "Lee said Roe told them awful": what Roe told is part of what Lee said
    words = ["Lee", "said", "Roe", "told", "them", "awful"]
    heads = [1, 1, 3, 1, 3, 3]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "oprd"]
    pos = ["PROPN", "VERB", "PROPN", "VERB", "PRON", "ADJ"]
    assert _own_cue_of(words, heads, deps, pos, [3, 1]) == 1


def test_a_tag_right_after_the_quote_beats_the_clause_that_led_to_it(tracker: quotrack.Tracker) -> None:
    text = (
        'The federation urged clubs to act: "Every club can still change course. '
        'If clubs test their players, we can finish the season," said Omar Haddad, its president.'
    )
    quote = next(a for a in tracker(text).attributions if "Every club" in a.content.text)
    assert mention(quote) == "Omar Haddad"


def test_a_quote_after_a_named_subjects_own_clause_is_theirs(tracker: quotrack.Tracker) -> None:
    text = (
        'Ann Grey wrote on Twitter, "The port must stay open. We cannot wait."\n\n'
        'Tom Baker, also on Twitter, defended his decision, "I have said it before and I will say it again. '
        'The port closes on Monday."'
    )
    found = [a for a in tracker(text).attributions if a.content.text.startswith("I have said")]
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Tom Baker"


@pytest.mark.parametrize(
    "text",
    [
        'He flew for years. He received the "Medal of the Northern Star", the highest honour, in 1990.',
        'In the nearby town, a "Great Lakeside Summer Fun Experience" was under way with music.',
    ],
)
def test_a_quoted_name_used_as_a_thing_is_no_quote(tracker: quotrack.Tracker, text: str) -> None:
    assert [a for a in tracker(text).attributions if a.kind is Kind.DIRECT] == []


def test_a_quoted_name_a_cue_takes_is_still_speech(tracker: quotrack.Tracker) -> None:
    text = 'The crowd outside the hall shouted "Never Again In Our Town Square" for an hour.'
    assert [a.content.text for a in tracker(text).attributions] == ["Never Again In Our Town Square"]


def test_a_quotation_the_parse_breaks_up_takes_the_subject_where_its_opening_mark_hangs(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Ann Lee received the prize, with which the Society credits a person as having done"
        ' "for good or for ill [...] the most to shape the year", for her work on rivers.'
    )
    found = only(tracker(text))
    assert mention(found) == "the Society"


def test_a_quotation_that_describes_the_subject_of_be_is_not_that_subjects_words(
    tracker: quotrack.Tracker,
) -> None:
    text = 'The workshop uses hot presses. They are "like putting your hand on a stove."'
    assert only(tracker(text)).speaker is None


def test_a_verb_describing_a_writing_is_not_the_quotations_cue(tracker: quotrack.Tracker) -> None:
    text = (
        "The council of Norvik issued a statement agreeing the matter should be decided by parliament "
        'and not by the courts: "a ruling by the courts would ignore the will of our people."'
    )
    (found,) = [a for a in tracker(text).attributions if "will of our people" in a.content.text]
    assert found.speaker is not None and found.speaker.name == "The council of Norvik"


def test_a_quotation_after_a_narrating_sentence_does_not_go_on_the_quotation_before(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        '"The council is moving forward with an inquiry," she announced. Specifically, she was '
        'directing six committees to "proceed with their work under that umbrella" of the inquiry.'
    )
    found = tracker(text).attributions
    assert found[0].content.text == "The council is moving forward with an inquiry"
    assert len(found[0].pieces) == 1
    assert any("proceed with their work" in a.content.text for a in found[1:])
    # the tag alone between the pieces: one split quote
    (found,) = tracker('"We won," she said. "And we will win again."').attributions
    assert len(found.pieces) == 2


def test_a_tag_after_the_closing_mark_with_no_comma_names_the_speaker(tracker: quotrack.Tracker) -> None:
    text = (
        '"We will rebuild the pier before the summer season" tweeted Mayor of Dover Ann Lee. '
        '"The town deserves nothing less."'
    )
    found = tracker(text).attributions
    assert found and all(a.speaker is not None and a.speaker.name == "Ann Lee" for a in found)
    assert found[0].cue is not None and found[0].cue.text == "tweeted"


def test_a_quotation_someone_has_is_not_their_words(tracker: quotrack.Tracker) -> None:
    # 'engineers would have "…"': what the engineers would have, in someone else's words
    text = (
        "She hopes the new design will catch on. Without the need for cables, engineers would have "
        '"far more room for building different shapes of hull."'
    )
    found = only(tracker(text))
    assert found.content.text.startswith("far more room") and found.speaker is None


def test_a_who_clause_running_up_to_the_colon_gives_its_person(tracker: quotrack.Tracker) -> None:
    text = (
        "The first was Ann Ford, a retired nurse. Another was the bus driver Tom Gray, 31, "
        'who gave only one reason: "I saw a child on the road. Anyone would have stopped."'
    )
    a = said(tracker(text), "child")
    assert a.speaker is not None and a.speaker.name == "Tom Gray"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The size of the swing does not surprise the pollster Mara Quist: "
            '"Late deciders have always broken for the challenger in this district."',
            "Mara Quist",
        ),
        (
            "Turnout fell in the northern counties - Michael Brennan and Sarah Miller: "
            '"We saw the same drop in every county that lost its polling stations."',
            "Michael Brennan and Sarah Miller",
        ),
        ('Lee Harlow attacked Pim Dorsey: "You have never voted for a budget that balanced."', "Lee Harlow"),
        ('A familiar voice cheered the news on Twitter: "We have already won and we will win again."', None),
    ],
)
def test_a_name_at_the_colon_speaks_when_the_subject_names_no_one(
    tracker: quotrack.Tracker, text: str, speaker: str | None
) -> None:
    a = only(tracker(text))
    if speaker is None:  # "on Twitter": where it was said, not who said it
        assert a.speaker is None or "Twitter" not in a.speaker.name
    else:
        assert a.speaker is not None and a.speaker.name == speaker


def test_a_title_inside_a_sentence_is_no_quotation(tracker: quotrack.Tracker) -> None:
    text = 'The actor, who starred in "Harbour Lights" and "Sons of the Valley Road Crew," posted the clip.'
    assert not [a for a in tracker(text).attributions if a.detector == "quotes"]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said, "This Is Our Town and Our Future Now," and left the stage.',
        'Mayor Jones Says Budget Is "Dead on Arrival in the Council" After Vote',
    ],
)
def test_title_case_words_a_cue_takes_or_a_headline_holds_stay_quotations(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert [a for a in tracker(text).attributions if a.detector == "quotes"]


@pytest.mark.parametrize(
    "text",
    [
        'The survey team named the new strain "southern coastal variant B of the rust" last week.',
        'The young whale was christened "the one who sings at the harbour mouth" by local fishermen.',
    ],
)
def test_a_name_a_naming_verb_gives_is_no_quotation_of_speech(tracker: quotrack.Tracker, text: str) -> None:
    assert not [a for a in tracker(text).attributions if a.detector == "quotes"]


def test_what_a_calling_verb_calls_a_thing_stays_a_claim(tracker: quotrack.Tracker) -> None:
    a = only(tracker('The mayor called the plan "a betrayal of every voter in this city."'))
    assert mention(a) == "The mayor"
    assert "a betrayal of every voter in this city" in a.content.text


def test_a_sentence_quoted_after_a_naming_verb_is_still_speech(tracker: quotrack.Tracker) -> None:
    text = 'He named the dog last year and said "we will never have another one like him."'
    a = only(tracker(text))
    assert a.content.text.startswith("we will never have another one")


def test_quotations_a_topic_cue_takes_are_what_was_spoken_of(tracker: quotrack.Tracker) -> None:
    text = (
        'The dean talked of the late professor\'s "many discoveries that changed how we read the stars" '
        'and "his patience with every student who came to his door."'
    )
    found = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert len(found) == 2
    assert all(a.act.value == "topic" for a in found)


def test_a_quotation_after_a_topic_cue_s_clause_is_still_speech(tracker: quotrack.Tracker) -> None:
    text = 'The dean talked of the professor and said "he changed how we read the stars for good."'
    (found,) = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert found.act.value == "speech"


@pytest.mark.parametrize("verb", ["described", "noted"])
def test_a_verb_whose_object_is_which_only_remarks_on_anothers_act(
    tracker: quotrack.Tracker, verb: str
) -> None:
    """'X commented on the plan — which the Gazette noted as a rare step — "…"': the Gazette's
    verb is about X's act; the quotation is X's words."""
    text = (
        "Council leader Tom Ash spoke on the plan — which the Gazette described as a rare step for a "
        'leader — "Whatever its wording, it is plain that the aim is to close the harbour."'
    )
    a = said(tracker(text), "Whatever")
    assert a.speaker is not None and a.speaker.name == "Tom Ash"


def test_an_inverted_writing_after_the_comma_outside_the_marks_is_the_speaker(
    tracker: quotrack.Tracker,
) -> None:
    text = 'The council issued a notice on Monday. "The road will close at noon", read the notice.'
    (claim,) = tracker(text).attributions
    assert claim.speaker is not None and claim.speaker.mention is not None
    assert claim.speaker.mention.text == "the notice"
    assert claim.cue is not None and claim.cue.text == "read"


@pytest.mark.parametrize(
    "text",
    [
        'The hashtag "#we want the old bridge back#" reached half a million views in a day.',
        'Fans still greet him with his catchphrase "we go again and again and again" at every match.',
        'On Friday the high court ruled in regard to the case "Ann Lee vs. the City of Dunmore Harbour".',
        'The marchers carried banners with the slogan "give us back our river and our fields".',
    ],
)
def test_a_quotation_after_a_label_noun_is_no_speech(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        # the title of a work right after its noun or a participle that titles it
        'The senator praised the book "Winter Comes Early to the Valley" at a school in May.',
        'Her office sent out a memo titled "Where the Harbour Plan Stands Today" on Monday.',
        'The station ran the ad "We Built This Town" all week, and the council never replied.',
        # a headline with its byline, as a newsletter lists stories
        '—"Harbour ferry to stop running at the end of March," by the Courier\'s Ann Lee: http://x.example.',
    ],
)
def test_a_title_of_a_work_is_no_speech(tracker: quotrack.Tracker, text: str) -> None:
    assert tracker(text).attributions == ()


def test_a_name_after_a_capitalised_work_noun_is_still_speech(tracker: quotrack.Tracker) -> None:
    text = 'Doctors backed Dr. Ann Song "because the old clinic is far too small for the town," they wrote.'
    assert len(tracker(text).attributions) == 1


def test_a_quotation_a_clause_of_the_writer_takes_is_no_piece_of_a_split_quote(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        '"The storm will pass by the weekend," Lee says in the ad titled "Calm," '
        'promising to "rebuild every pier on the coast."'
    )
    first = tracker(text).attributions[0]
    assert [p.text for p in first.pieces] == ["The storm will pass by the weekend"]


def test_a_quotation_after_another_noun_is_still_speech(tracker: quotrack.Tracker) -> None:
    text = 'The statement "we will rebuild the old bridge within a year" was read out by the mayor.'
    assert len(tracker(text).attributions) == 1


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # whom thanks went to, and for what: an act, not a claim
        ('The harbour master, Ann Lee, thanked "the crews and the lifeboat staff for their work".', "topic"),
        ('The coach congratulated "every player and every volunteer who gave up the weekend".', "topic"),
        # the manner of a cue that has its own object: no claim
        ('The palace announced the queen\'s death "with deep sorrow to the nation and the world."', "topic"),
        # what a naming verb called its object, and a clause of its own: claims
        ('The mayor called the plan "in the best interests of every family in the town".', "speech"),
        ('The mayor thanked the crews and said "they worked through the night for the town."', "speech"),
    ],
)
def test_quoted_phrases_of_an_act_are_no_claim(tracker: quotrack.Tracker, text: str, act: str) -> None:
    (found,) = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'The two builders said they learned most from failures, citing the Ann Lee quote that "every '
            'painter has a drawer of bad sketches," and urged everyone to keep at it.',
            "Ann Lee",
            "quote",
        ),
        (
            'The coach recalled Tom Ash\'s line that "a team is only as strong as its bench."',
            "Tom Ash",
            "line",
        ),
    ],
)
def test_words_cited_from_a_named_author_are_the_authors(
    tracker: quotrack.Tracker, text: str, speaker: str, cue: str
) -> None:
    (found,) = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert found.speaker is not None and found.speaker.name == speaker
    assert found.cue is not None and found.cue.text == cue


def test_a_verb_before_the_quotation_is_no_cited_noun(tracker: quotrack.Tracker) -> None:
    text = 'Ann Lee issued a statement at her office near the city saying, "The count is far from over."'
    (found,) = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert found.speaker is not None and found.speaker.name == "Ann Lee"


def test_an_of_phrase_after_a_quoted_noun_goes_on_with_the_quote(tracker: quotrack.Tracker) -> None:
    text = (
        "Specifically, the mayor was directing three of the city agencies to "
        '"carry on with their work under [the] banner" of recovery.'
    )
    found = only(tracker(text))
    assert found.content.text.endswith('banner" of recovery')
    assert found.kind.value == "mixed"


def test_a_short_opening_piece_joins_a_quote_split_by_a_tag_without_commas(tracker: quotrack.Tracker) -> None:
    text = '"We are ready" wrote the minister "to send whatever help the valley needs this winter."'
    found = only(tracker(text))
    assert found.pieces[0].text == "We are ready"
    assert found.pieces[-1].text.startswith("to send whatever help")


def test_a_short_quoted_name_before_a_quote_stays_out_of_it(tracker: quotrack.Tracker) -> None:
    text = 'The "Green Plan" led to what adviser Ann Lee called "the start of a new era for the party".'
    assert all("Green Plan" not in a.content.text for a in tracker(text).attributions)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"We will look at every option," Green added.'
            ' "We will fight for the workers who built" this town.',
            'We will look at every option," Green added. "We will fight for the workers who built" this town',
        ),
        (
            '"This will be a hard winter" for the port, said Ann Lee.',
            'This will be a hard winter" for the port',
        ),
        (
            '"It would help the shops a lot" because rents are so high, Ann Lee said.',
            'It would help the shops a lot" because rents are so high',
        ),
    ],
)
def test_a_quoted_sentence_goes_on_past_its_closing_mark(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    found = only(tracker(text))
    assert found.content.text == content
    assert found.kind is quotrack.Kind.MIXED


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"The harbour is a battle of small boats" Grubbs said.', "The harbour is a battle of small boats"),
        (
            '"The harbour will be closed for a week" according to the coastguard.',
            "The harbour will be closed for a week",
        ),
        (
            'The mayor tweeted "Thank you to all the people of Dunmore" on Tuesday.',
            "Thank you to all the people of Dunmore",
        ),
        (
            'The mayor\'s line was "We will rebuild the harbour for everyone" during the whole campaign.',
            "We will rebuild the harbour for everyone",
        ),
    ],
)
def test_the_tag_or_the_writers_words_after_a_quotation_stay_out(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


def test_a_split_quote_keeps_the_subject_before_its_opening_mark(tracker: quotrack.Tracker) -> None:
    text = 'The plan "puts the banks first and the workers last," Green wrote. "That is wrong."'
    found = only(tracker(text))
    assert found.content.text.startswith('The plan "puts the banks first')
    assert found.kind is Kind.MIXED


def test_a_split_quote_keeps_the_words_that_end_its_first_sentence_before_the_tag(
    tracker: quotrack.Tracker,
) -> None:
    text = 'The mayor "felt a duty to do something about" the ferry, Roe said. "It is no side issue for her."'
    found = next(a for a in tracker(text).attributions if len(a.pieces) == 2)
    assert [p.text for p in found.pieces] == [
        'The mayor "felt a duty to do something about" the ferry',
        "It is no side issue for her.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'In May, the plan "put the banks first and the workers last," Green wrote. "That is wrong."',
        'The plan was "a disaster for the town and its harbour," Green wrote. "That is wrong."',
    ],
)
def test_words_before_the_opening_mark_that_are_no_bare_subject_stay_out(
    tracker: quotrack.Tracker, text: str
) -> None:
    assert only(tracker(text)).content.text[:1].islower()


def test_a_quoted_object_keeps_the_infinitive_it_is_the_object_of(tracker: quotrack.Tracker) -> None:
    text = 'Ms. Lee spoke in Dunmore, where she also vowed to block "bad port deals and unfair quotas."'
    found = only(tracker(text))
    assert found.content.text == 'to block "bad port deals and unfair quotas."'
    assert found.kind is Kind.MIXED


def test_a_quoted_predicate_keeps_its_subject_between_the_cue_and_the_opening_mark(
    tracker: quotrack.Tracker,
) -> None:
    text = 'Lee used the question to demand rich donors "pay a fair share into the fund."'
    found = only(tracker(text))
    assert found.content.text == 'rich donors "pay a fair share into the fund."'
    assert found.kind is Kind.MIXED


def test_a_subject_before_a_quoted_predicate_of_a_noun_s_clause_is_not_taken_for_the_tags(
    tracker: quotrack.Tracker,
) -> None:
    text = 'Roe blamed the press for Lee\'s claim that the mayor "founded the gang," saying they were wrong.'
    claims = [a.content.text for a in tracker(text).attributions]
    assert 'the mayor "founded the gang,"' in claims


def test_the_clause_before_a_colon_speaks_when_the_parser_hung_the_colon_on_the_quotation(
    tracker: quotrack.Tracker,
) -> None:
    """'The board, in a notice, put it more plainly: "The pier is closed. …"': the colon hung on the
    quotation's verb; the clause before it hands over, not the quotation's own subject."""
    text = (
        'The harbour board, in a notice on the ferry, put it more plainly: "The pier is closed to all '
        'boats. It will open again in May."'
    )
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "The harbour board"


@pytest.mark.parametrize(
    "text", ['Asked about supply, Anika Sorensen said only: "Enough."', 'Anika Sorensen said simply, "No."']
)
def test_a_short_quotation_after_a_cue_and_its_adverb_is_speech(tracker: quotrack.Tracker, text: str) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "Anika Sorensen"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ('"Was he fired?" one reporter asked. "No," said the spokeswoman, Jill Amesbury.', Act.REQUEST),
        ('"Why would anyone vote for that?" the mayor said.', Act.SPEECH),  # said: no question put
        ('"It was fired," the reporter asked.', Act.SPEECH),  # no question mark: no question
        ('"It is a vague debate. Well, what does that mean?" the mayor asked.', Act.SPEECH),  # a claim first
        ('"Did you read the memo?" Sen. Paul Warde asked. "I did not," Mary Chenault replied.', Act.REQUEST),
        ('"Why are you still backing him?" the mayor asked her rivals.', Act.SPEECH),  # asked to make a point
    ],
)
def test_a_quoted_question_asked_is_put_not_claimed(tracker: quotrack.Tracker, text: str, act: Act) -> None:
    """'"Was he fired?" one reporter asked': a question put to someone, act request, no claim."""
    first = tracker(text).attributions[0]
    assert first.act is act
