"""syntax.py: the parse helpers the built-ins share, on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from _support import only, said
from spacy.tokens import Doc, Span

import quotrack
from quotrack import (
    DocContext,
    SpeakerKind,
    content_pieces,
    cue_speaker,
    governing_subject,
    noun_phrase,
    speaker_mention,
)
from quotrack.syntax import (
    DATELINE,
    can_speak,
    capitalised_group_noun,
    dateline_place,
    has_subject,
    is_dash,
    speaker_kind,
    writing_owner,
)

VOCAB = spacy.blank("en").vocab
# "The new minister , Ann Lee , said the plan , she thinks , is dead"
WORDS = [
    "The",
    "new",
    "minister",
    ",",
    "Ann",
    "Lee",
    ",",
    "said",
    "the",
    "plan",
    ",",
    "she",
    "thinks",
    ",",
    "is",
    "dead",
]
HEADS = [2, 2, 7, 2, 5, 2, 2, 7, 9, 14, 12, 12, 14, 12, 7, 14]
DEPS = [
    "det",
    "amod",
    "nsubj",
    "punct",
    "compound",
    "appos",
    "punct",
    "ROOT",
    "det",
    "nsubj",
    "punct",
    "nsubj",
    "parataxis",
    "punct",
    "ccomp",
    "acomp",
]
POS = [
    "DET",
    "ADJ",
    "NOUN",
    "PUNCT",
    "PROPN",
    "PROPN",
    "PUNCT",
    "VERB",
    "DET",
    "NOUN",
    "PUNCT",
    "PRON",
    "VERB",
    "PUNCT",
    "AUX",
    "ADJ",
]


def ctx() -> DocContext:
    spaces = [WORDS[i + 1] != "," for i in range(len(WORDS) - 1)] + [False]
    return DocContext(Doc(VOCAB, words=WORDS, spaces=spaces, heads=HEADS, deps=DEPS, pos=POS))


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the parser joins the cue to a relative clause on a noun that cannot speak
        (
            "Lee blamed Roe for ten years of policies that have wrought chaos in the port"
            " and cast the former mayor as a self-serving agent of the developers.",
            "cast",
            "Lee",
        ),
        # the same tense as the relative clause's verb: one clause, whose subject it is
        ("Lee backed a plan that will end the strike and encourage crews to return.", "encourage", "plan"),
        ("Lee praised a drive that humanizes nurses and demands respect for them.", "demands", "drive"),
    ],
)
def test_a_cue_joined_to_a_relative_clause_on_a_thing_is_the_main_clauses(
    tracker: quotrack.Tracker, text: str, cue: str, speaker: str
) -> None:
    doc = tracker.nlp(text)
    verb = next(t for t in doc if t.text == cue)
    subject = governing_subject(verb)
    assert subject is not None
    found = subject.text if subject.tag_ != "WDT" else subject.head.head.text
    assert found == speaker


def test_a_noun_phrase_stops_at_the_apposition() -> None:
    doc = ctx().doc
    start, end = noun_phrase(doc[2])
    assert doc[start:end].text == "The new minister"


def test_the_subject_of_a_cue_is_its_speaker() -> None:
    context = ctx()
    said = context.doc[7]
    subject = governing_subject(said)
    assert subject is not None and subject.i == 2
    speaker = cue_speaker(context, said)
    assert speaker is not None and speaker.name == "The new minister"
    mention = speaker_mention(context, context.doc[5])
    assert mention is not None and mention.name == "Ann Lee"


def test_content_pieces_cut_out_an_aside() -> None:
    context = ctx()
    doc = context.doc
    pieces = content_pieces(doc[14].subtree, exclude=doc[12].subtree)
    assert [context.text[a:b] for a, b in pieces] == ["the plan", "is dead"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the latest survey, 58 percent said the ferry fares were too high.", "58 percent"),
        ("Seven in 10 say the new library was worth its cost.", "Seven in 10"),
    ],
)
def test_a_share_of_those_polled_speaks(tracker: quotrack.Tracker, text: str, speaker: str) -> None:
    found = tracker(text).attributions
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("By wide margins, those surveyed say the ferry fares are too high.", "those surveyed"),
        ("Those polled in the Harwick/WTRB survey said the library was worth its cost.", None),
    ],
)
def test_those_polled_speak(tracker: quotrack.Tracker, text: str, speaker: str | None) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.kind is SpeakerKind.UNNAMED
    assert found.speaker.name == (speaker or "Those polled in the Harwick/WTRB survey")
    # "those" alone is no one
    assert [a.speaker for a in tracker("Those say the ferry fares are too high.").attributions] in (
        [],
        [None],
    )


def test_a_share_that_is_no_subject_does_not_speak(tracker: quotrack.Tracker) -> None:
    found = tracker("Ticket sales fell 12 percent, the theatre said.").attributions
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "the theatre"


def test_content_pieces_end_on_no_conjunction() -> None:
    words = ["the", "rent", "is", "high", ",", "and"]
    doc = Doc(
        VOCAB,
        words=words,
        pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT", "CCONJ"],
        heads=[1, 2, 2, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "acomp", "punct", "cc"],
    )
    context = DocContext(doc)
    assert [context.text[a:b] for a, b in content_pieces(doc)] == ["the rent is high"]


def test_the_subject_of_what_was_said_is_not_the_speaker(tracker: quotrack.Tracker) -> None:
    text = (
        "On Saturday at the party convention Sen. Ann Lee (D-MA) said"
        ' the governor was a "proven failure" in business.'
    )
    found = tracker(text).attributions
    assert len(found) == 1
    assert found[0].content.text == 'the governor was a "proven failure" in business'
    assert found[0].speaker is not None and found[0].speaker.name == "Ann Lee"


def test_a_noun_phrase_leaves_out_a_possessive_ending() -> None:
    doc = Doc(
        VOCAB,
        words=["the", "mayor", "'s", "claim"],
        pos=["DET", "NOUN", "PART", "NOUN"],
        heads=[1, 3, 1, 3],
        deps=["det", "poss", "case", "ROOT"],
    )
    start, end = noun_phrase(doc[1])
    assert doc[start:end].text == "the mayor"


def test_a_noun_phrase_keeps_a_bracket_it_opens() -> None:
    doc = Doc(
        VOCAB,
        words=["the", "Board", "and", "the", "Service", "(", "FS", ")", "said"],
        spaces=[True, True, True, True, True, False, False, True, False],
        pos=["DET", "PROPN", "CCONJ", "DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"],
        heads=[1, 8, 1, 4, 1, 4, 4, 4, 8],
        deps=["det", "nsubj", "cc", "det", "conj", "punct", "appos", "punct", "ROOT"],
    )
    start, end = noun_phrase(doc[1])
    assert doc[start:end].text == "the Board and the Service (FS)"


def test_the_first_part_of_a_hyphenated_word_is_no_subject() -> None:
    # the parser's reading of "said study co-author Ann Lee": two subjects, "co" the nearer
    doc = Doc(
        VOCAB,
        words=["said", "study", "co", "-", "author", "Ann", "Lee"],
        spaces=[True, True, False, False, True, True, False],
        pos=["VERB", "NOUN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN"],
        heads=[0, 2, 0, 6, 6, 6, 0],
        deps=["ROOT", "compound", "nsubj", "compound", "compound", "compound", "nsubj"],
    )
    subject = governing_subject(doc[0])
    assert subject is not None and subject.text == "Lee"


def test_a_name_the_parser_broke_at_and_is_whole(tracker: quotrack.Tracker) -> None:
    text = "Ana Ruiz of the Bill and Melinda Gates Foundation, which funds it, noted the dose was safe."
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.mention is not None
    assert found.speaker.mention.text == "Ana Ruiz of the Bill and Melinda Gates Foundation"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the ferry would stop at Dunmore, which lost its bridge in 2019.",
            "the ferry would stop at Dunmore",
        ),
        ("Okafor said she had spoken to Tom Reyes, who runs the depot.", "she had spoken to Tom Reyes"),
        (
            "Most drivers say they want a new road, while a third want a tram.",
            "they want a new road",
        ),
        (
            "Okafor said Tom Reyes, who runs the depot, had quit.",
            "Tom Reyes, who runs the depot, had quit",
        ),
        (
            "The minister announced she would close the port, before reversing course the next day.",
            "she would close the port",
        ),
        (
            "Judge Ana Ortiz said she considered the suspect a danger, prior to setting a high bail.",
            "she considered the suspect a danger",
        ),
        (
            "The union said the talks had failed, meaning the ferries will not sail on Monday.",
            "the talks had failed",
        ),
    ],
)
def test_a_content_ends_before_the_writers_aside_on_a_name(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


def test_a_statement_that_reads_a_quotation_is_its_issuer_s(tracker: quotrack.Tracker) -> None:
    text = 'The dockworkers\' union released a statement which read: "We will strike on Monday."'
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "The dockworkers' union"
    assert found.cue is not None and found.cue.text == "read"


@pytest.mark.parametrize(
    "text",
    [
        "One of the report's authors, chemist Ann Lee, told Harbour Weekly the river was clean again.",
        '"The river is clean again," Ann Lee told Harbour Weekly.',
    ],
)
def test_whoever_was_told_is_not_the_speaker(tracker: quotrack.Tracker, text: str) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "Ann Lee"


def test_whoever_quoted_someone_is_not_the_speaker(tracker: quotrack.Tracker) -> None:
    text = "The Harbour Weekly quoted Ann Lee, a former port official, as saying that the docks would close."
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "Ann Lee"
    assert found.outlet is not None and found.outlet.name == "Harbour Weekly"


def test_one_of_a_group_speaks_for_itself(tracker: quotrack.Tracker) -> None:
    (found,) = tracker("One of the nurses said the ward had been closed for a week.").attributions
    assert found.speaker is not None and found.speaker.name == "One of the nurses"
    assert found.speaker.kind is quotrack.SpeakerKind.GROUP


def test_a_preposition_taken_for_a_noun_is_no_speaker(tracker: quotrack.Tracker) -> None:
    (doc,) = tracker.parse(["Amongst reported cases of fraud by bank staff, two managers were convicted."])
    assert not can_speak(doc[0:1], doc[0])


def test_a_time_or_an_event_is_no_speaker(tracker: quotrack.Tracker) -> None:
    (doc,) = tracker.parse(["The ferry left at 9:15 pm local time after the crash, and the mayor spoke."])
    for word in ("time", "crash"):
        head = next(t for t in doc if t.text == word)
        start, end = noun_phrase(head)
        assert not can_speak(doc[start:end], head)
    mayor = next(t for t in doc if t.text == "mayor")
    assert can_speak(doc[mayor.i - 1 : mayor.i + 1], mayor)


def test_what_someone_voices_is_no_speaker_the_one_who_voiced_it_is(tracker: quotrack.Tracker) -> None:
    # the parser makes "her reasoning" the subject of "saying": the senator tweeted it, and speaks
    text = 'Senator Ann Roe voted against the bill. She posted her reasoning saying, "The bill is unfair."'
    speaker = said(tracker(text), "unfair").speaker
    assert speaker is not None and speaker.name == "Ann Roe"
    (doc,) = tracker.parse(["Her thoughts and her views were clear."])
    for word in ("thoughts", "views"):
        head = next(t for t in doc if t.text == word)
        assert not can_speak(doc[head.i - 1 : head.i + 1], head)


def test_an_event_that_says_nothing_leaves_the_record_without_a_speaker(tracker: quotrack.Tracker) -> None:
    text = (
        "A witness described for the local radio how the crash unfolded, "
        'stating, "The van hit the wall and caught fire."'
    )
    (found,) = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert found.speaker is None or found.speaker.name != "the crash"
    assert found.speaker is not None or "cannot speak" in found.explanation[0]


def test_the_platform_a_writer_used_does_not_speak(tracker: quotrack.Tracker) -> None:
    text = (
        "Mayor Ann Lee closed the bridge on Monday. "
        'In a long post on Twitter, she wrote, "The bridge is unsafe."'
    )
    found = [a for a in tracker(text).attributions if a.detector == "quotes"]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Ann Lee"


def test_a_name_closing_a_long_description_is_the_speaker(tracker: quotrack.Tracker) -> None:
    text = (
        "The former chair of the Harbour Board and director of the Coast Walking Society, "
        'Ann Lee, said "the path must stay open".'
    )
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "Ann Lee"


def test_a_speaker_found_near_the_cue_is_in_its_own_sentence(tracker: quotrack.Tracker) -> None:
    text = (
        "Engineers released findings on Monday about the old towers that line the harbour of "
        "Port Ellen, also called the Old Port. The survey, published on Monday in a trade journal, "
        "employed careful spatial analysis to establish that the towers, or beacons, built to "
        "guide the ships, are usually located near deep water."
    )
    found = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "establish"]
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "The survey"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A second report from the ministry during the weekend said nine sailors died.",
            "A second report from the ministry",
        ),
        (
            "An arbitration panel in 2004 found that the port was in breach of the lease.",
            "An arbitration panel",
        ),
        ("The Class of 2019 said the hall should be renamed.", "The Class of 2019"),
    ],
)
def test_when_someone_spoke_is_no_part_of_their_name(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    (doc,) = tracker.parse([text])
    head = next(t for t in doc if t.dep_ == "nsubj")
    start, end = noun_phrase(head)
    assert doc[start:end].text == speaker


def test_a_word_being_defined_is_no_speaker(tracker: quotrack.Tracker) -> None:
    text = (
        'Although the word "drought" only refers to how little rain has fallen, '
        "the council noted the need to save water."
    )
    refers = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text.startswith("refers")]
    assert all(a.speaker is None for a in refers)
    (doc,) = tracker.parse([text])
    word = next(t for t in doc if t.text == "word")
    start, end = noun_phrase(word)
    assert not can_speak(doc[start:end], word)


def test_what_someone_cited_before_saying_something_is_not_the_speaker(tracker: quotrack.Tracker) -> None:
    text = 'The minister Kerem Aslan cited the 1998 border accord and said, "They must keep their word."'
    a = said(tracker(text), "keep their word")
    assert a.speaker is not None and a.speaker.name == "Kerem Aslan"
    # one cited as saying something is still who speaks
    text = "The paper cited Kerem Aslan as saying that the accord was dead."
    a = said(tracker(text), "accord was dead")
    assert a.speaker is not None and a.speaker.name == "Kerem Aslan"


def test_a_vote_or_a_word_is_no_speaker(tracker: quotrack.Tracker) -> None:
    (doc,) = tracker.parse(["The vote and the word itself mattered less than what the mayor said."])
    for word in ("vote", "word"):
        head = next(t for t in doc if t.text == word)
        start, end = noun_phrase(head)
        assert not can_speak(doc[start:end], head)


def test_one_names_plural_writings_and_imaging_speak_for_their_owner(tracker: quotrack.Tracker) -> None:
    (found,) = tracker("CNN's projections showed the senator had won the state.").attributions
    assert found.speaker is not None and found.speaker.name == "CNN"
    (found,) = tracker("Satellite imaging from the United Nations showed the camp had grown.").attributions
    assert found.speaker is not None and found.speaker.name == "United Nations"
    # plural writings with no one owner stay as written
    (found,) = tracker("Court records show that the firm paid the fine.").attributions
    assert found.speaker is not None and found.speaker.name == "Court records"


def test_a_paper_named_like_a_writing_speaks_for_itself_in_a_relative_clause(
    tracker: quotrack.Tracker,
) -> None:
    text = "Lee Dorn told The Harbour Post, which also reported the ferry had sunk near the reef."
    (found,) = [a for a in tracker(text).attributions if "ferry" in a.content.text]
    assert found.speaker is not None and found.speaker.name.endswith("Harbour Post")
    # a writing that is no name is still its issuer's: "released a statement which read …"
    text = 'The club released a statement which read, "We are sorry for the delay."'
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "The club"


def test_a_court_decision_speaks_for_the_court(tracker: quotrack.Tracker) -> None:
    (found,) = tracker("The Supreme Court decision said the harbour law was void.").attributions
    assert found.speaker is not None and found.speaker.name.endswith("Supreme Court")
    (found,) = tracker("A ruling from the Harbour Board of Appeals found the fee was unlawful.").attributions
    assert found.speaker is not None and found.speaker.name.endswith("Harbour Board of Appeals")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The vaccination rate reached 90%, according to NDMC data.", "NDMC"),
        ("Data from the Harbour Health Agency show the rate fell by half.", "Harbour Health Agency"),
    ],
)
def test_data_is_a_writing_that_speaks_for_its_owner(
    tracker: quotrack.Tracker, text: str, owner: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == owner
    assert found.act is quotrack.Act.EVIDENCE
    # data that no one owns stays as written
    (found,) = tracker("Data show the rate fell by half.").attributions
    assert found.speaker is not None and found.speaker.name == "Data"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The fire started at noon, according to firefighters, who said crews arrived ten minutes later.",
            "firefighters",
        ),
        (
            "The storm hit at dawn, according to the coast guard, which said two boats were lost.",
            "the coast guard",
        ),
    ],
)
def test_a_relative_pronoun_the_parser_left_without_its_noun_stands_for_the_noun_before_it(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    found = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert [a.speaker.name if a.speaker else None for a in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"The river is rising fast," said University of Texas, Austin\'s chancellor, Maria Costa.',
        "The United States' National Institute of Mental Health and Infectious Disease's director, "
        'Dr. Maria Costa, said of the flood, "it is going to get worse."',
    ],
)
def test_a_role_the_parser_joined_to_a_body_is_the_named_persons(
    tracker: quotrack.Tracker, text: str
) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == "Maria Costa"


def test_a_body_and_its_own_spokesperson_stay_two_speakers(tracker: quotrack.Tracker) -> None:
    text = "Northfield College and its principal, Maria Costa, said the river is rising fast."
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name.startswith("Northfield College")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Cases passed twenty thousand, Harwell State University (HSU) data indicated.",
            "Harwell State University",
        ),
        ("A new Harwell Times-ABC News national poll showed the mayor ahead.", None),  # two names
    ],
)
def test_a_name_set_before_a_writing_owns_it(tracker: quotrack.Tracker, text: str, owner: str | None) -> None:
    doc = tracker.nlp(text)
    head = next(t for t in doc if t.lower_ in ("data", "poll"))
    start, end = noun_phrase(head)
    found = writing_owner(doc[start:end])
    assert (found[0].text if found is not None else None) == owner


def test_a_participle_hung_on_a_state_in_a_subordinate_clause_is_the_main_clause_s(
    tracker: quotrack.Tracker,
) -> None:
    # the parser may hang ", while stressing" on "are small": the bankers stress it, not the profits
    text = (
        "Several bankers rated the deal risky in an interview, since the sector is crowded "
        "and profits are small, while stressing that such loans are popular with farmers."
    )
    noted = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "stressing"]
    assert [a.speaker.name if a.speaker else None for a in noted] == ["Several bankers"]


def test_a_tensed_verb_joined_to_a_participle_shares_the_main_verb_s_subject(
    tracker: quotrack.Tracker,
) -> None:
    # the parser may make "figures" the subject of "using" and "confirmed" its conjunct
    text = (
        "The group from Leeds later examined the Dutch team's figures using its own software "
        "and confirmed their conclusion."
    )
    found = only(tracker(text))
    assert found.speaker is not None and found.speaker.name == "The group from Leeds"


def test_a_participle_on_a_reported_passive_is_the_reporter_s(tracker: quotrack.Tracker) -> None:
    # "the final … has been cancelled, citing …": the final cites nothing; the league does
    text = (
        "The league announced on Friday that the final, which was planned for June, "
        "has been cancelled, citing safety concerns."
    )
    cited = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "citing"]
    assert [a.speaker.name if a.speaker else None for a in cited] == ["The league"]


def test_a_source_the_parser_made_the_subject_after_according_to_is_not_the_speaker(
    tracker: quotrack.Tracker,
) -> None:
    # the parser may make "TNA" the subject of "said" and the judge its apposition
    text = (
        "According to semi-official news agency TNA, the chief judge of Lisbon, Rui Pedro Costa, "
        'said the nine men must face "fraud and bribery charges".'
    )
    found = only(tracker(text))
    assert found.speaker is not None and found.speaker.name == "Rui Pedro Costa"
    assert [s.name for s in found.chain] == ["TNA", "Rui Pedro Costa"]


def test_a_subject_after_a_closed_according_to_phrase_speaks(tracker: quotrack.Tracker) -> None:
    text = "According to papers from the archive, the mayor had said the bridge must close."
    said = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "said"]
    assert [a.speaker.name if a.speaker else None for a in said] == ["the mayor"]


def test_has_subject_counts_an_active_or_a_passive_subject(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("The road was closed by the police. Officials said nothing, hoping to calm the town.")
    verbs = {t.text: has_subject(t) for t in doc if t.pos_ == "VERB"}
    assert verbs["closed"] and verbs["said"] and not verbs["hoping"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Part of the Harbour Board\'s statement reads "the ferry sails in May."', "Harbour Board"),
        ("An excerpt from the council's letter says the bridge will stay shut until spring.", "the council"),
        ("Part of the riverbank collapsed, officials said.", "officials"),
    ],
)
def test_a_part_of_a_writing_speaks_for_the_writing_and_its_owner(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    """'Part of X's statement reads': X's, not the fragment 'Part of …'; a part of anything
    else is no writing."""
    found = tracker(text).attributions
    assert [a.speaker.name for a in found if a.speaker is not None] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Times reported officials, after a long inquiry, stated the ferry had sunk.",
            "officials",
        ),
        ("The Harbour Times reported the fire and said the ferry had sunk.", "Harbour Times"),
    ],
)
def test_the_one_a_report_names_before_their_own_cue_speaks(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    """'X reported officials, …, stated A': the officials stated A (the parser made them the
    object of 'reported'); 'reported the fire and said' is the reporter's two acts."""
    found = [a for a in tracker(text).attributions if "ferry" in a.content.text]
    assert [a.speaker.name for a in found if a.speaker is not None] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The weather service reported the storm had winds of 40 miles per hour (64 kilometers per hour), "
            "just short of a hurricane.",
            "the storm had winds of 40 miles per hour (64 kilometers per hour)",
        ),
        (
            "The mayor said she would resign on May 3 at 5 p.m. local time (2100 UTC). The council met.",
            "she would resign on May 3 at 5 p.m. local time (2100 UTC)",
        ),
    ],
)
def test_a_content_that_opened_a_parenthesis_keeps_its_closing_one(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    a = said(tracker(text), content[:12])
    assert a.content.text == content


def test_a_titled_person_hung_on_a_name_word_speaks(tracker: quotrack.Tracker) -> None:
    # the parser makes the dateline the subject and the titled person its apposition (as it does
    # a word of a body's name cut by a dash: "A–B Bank president Ann Lee said")
    text = (
        "WASHINGTON -- President Ann Lee, opening the new museum on Saturday, "
        "said it would tell an American story."
    )
    a = said(tracker(text), "story")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind.value) == ("Ann Lee", "person")


def test_a_name_whose_particle_the_parser_made_the_head_speaks_whole(tracker: quotrack.Tracker) -> None:
    # the parser makes "dela" the subject and "Paz" its apposition: the name is not cut at the particle
    text = "Ben dela Paz of the army's Northern Command said the group are the suspected attackers."
    a = said(tracker(text), "attackers")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind.value) == ("Ben dela Paz", "person")


def test_a_person_of_a_body_whose_name_ends_in_a_place_speaks(tracker: quotrack.Tracker) -> None:
    # the parser makes the campus, "Los Angeles", the cue's subject
    text = (
        "Ann Marie Roe of the University of California, Los Angeles disagreed with the results: "
        '"The springs were always a minor resource."'
    )
    a = said(tracker(text), "springs")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind.value) == ("Ann Marie Roe", "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reports as of Tuesday said the bridge had been closed to traffic.", "Reports"),
        ("Officials as of Tuesday morning said the bridge had been closed to traffic.", "Officials"),
    ],
)
def test_a_closing_time_phrase_is_no_part_of_the_speakers_name(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == speaker


def _parsed(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str] | None = None
) -> DocContext:
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    vocab = spacy.blank("en").vocab
    return DocContext(Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags))


@pytest.mark.parametrize(("joiner", "speaker"), [("but", "Harbour Weekly"), ("and", "the firm")])
def test_a_name_joined_by_but_to_the_subject_right_before_the_cue_is_its_speaker(
    joiner: str, speaker: str
) -> None:
    """'the firm grew, but Harbour Weekly reports sales fell', parsed as if 'the firm … but Harbour
    Weekly' were one subject of 'reports': the name before the cue speaks; joined by 'and' it
    would be a second source of one subject, and the subject is kept."""
    words = ["the", "firm", "grew", ",", joiner, "Harbour", "Weekly", "reports", "sales", "fell", "."]
    heads = [1, 7, 1, 1, 1, 6, 1, 7, 9, 7, 7]
    deps = ["det", "nsubj", "acl", "punct", "cc", "compound", "conj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "CCONJ", "PROPN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"]
    ctx = _parsed(words, heads, deps, pos)
    assert ctx.text == f"the firm grew, {joiner} Harbour Weekly reports sales fell."
    found = cue_speaker(ctx, ctx.doc[7])
    assert found is not None and found.mention is not None and found.mention.text.startswith(speaker)


@pytest.mark.parametrize(("verb", "speaker"), [("described", "An eyewitness"), ("was", None)])
def test_a_subject_the_parser_read_as_a_noun_with_a_clause_speaks(verb: str, speaker: str | None) -> None:
    """'An eyewitness described how the attack unfolded, stating …', parsed as the noun
    'eyewitness' with 'described' its clause and 'stating' hung on 'unfolded' (whose subject,
    the attack, cannot speak): the eyewitness speaks.  With no verb of its own after the noun
    ('An eyewitness was how …', a parse for the test) nobody does."""
    words = [
        "An",
        "eyewitness",
        verb,
        "how",
        "the",
        "attack",
        "unfolded",
        ",",
        "stating",
        "it",
        "was",
        "fast",
        ".",
    ]
    heads = [1, 1, 1, 6, 5, 6, 1, 6, 6, 10, 8, 10, 1]
    deps = [
        "det",
        "ROOT",
        "acl",
        "advmod",
        "det",
        "nsubj",
        "relcl",
        "punct",
        "advcl",
        "nsubj",
        "ccomp",
        "acomp",
    ]
    deps += ["punct"]
    pos = ["DET", "NOUN", "VERB" if verb == "described" else "AUX", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    pos += ["VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    tags = ["DT", "NN", "VBN" if verb == "described" else "VBD", "WRB", "DT", "NN", "VBD", ",", "VBG", "PRP"]
    ctx = _parsed(words, heads, deps, pos, [*tags, "VBD", "JJ", "."])
    found = cue_speaker(ctx, ctx.doc[8])
    assert (found.name if found is not None else None) == speaker


def test_a_while_clause_after_a_claim_in_the_progressive_is_the_claims(tracker: quotrack.Tracker) -> None:
    """'was pushing the wheel left, while the driver tried to stop it': what went on at the same
    time is claimed too; 'want a new road, while a third want a tram' stays cut (above)."""
    text = (
        "Early tests suggest a faulty part on the van was pushing the wheel left in a wrong attempt "
        "to keep it straight, while the driver tried and failed to stop it."
    )
    assert [a.content.text for a in tracker(text).attributions] == [
        "a faulty part on the van was pushing the wheel left in a wrong attempt to keep it straight, "
        "while the driver tried and failed to stop it"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Paul Walker is a veteran, a farmer and a lawyer who has argued that the base must stay.",
            "Paul Walker",
        ),
        ("It was Walker who said that the base should stay open.", "Walker"),
        ("The farmer who said the base should close was wrong about everything.", "The farmer"),
    ],
)
def test_a_who_clause_on_what_someone_is_names_that_someone(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.name == speaker


def test_two_bodies_joined_past_a_relative_clause_are_one_joint_subject(tracker: quotrack.Tracker) -> None:
    text = "Larkfield Corporation, which makes soap, and Brill Paper, which makes paper, said they were busy."
    speaker = said(tracker(text), "busy").speaker
    assert speaker is not None and speaker.name == "Larkfield Corporation and Brill Paper"
    assert speaker.members == ("Larkfield Corporation", "Brill Paper")
    assert speaker.kind is quotrack.SpeakerKind.GROUP
    # the cue in the relative clause between them is the first one's alone
    text = "Ann Roe, who said the fund was safe, and Tom Lee left early."
    assert said(tracker(text), "fund").speaker.name == "Ann Roe"  # type: ignore[union-attr]


def test_two_bodies_the_parser_made_two_subjects_of_the_cue_are_one_joint_subject() -> None:
    # "Acme, which makes soap, and Brill which makes paper, said they worked": the parser gives
    # "said" two subjects, and the nearer one alone was the speaker
    words = ["Acme", ",", "which", "makes", "soap", ",", "and", "Brill", "which", "makes", "paper", ","]
    words += ["said", "they", "worked", "."]
    heads = [12, 0, 3, 0, 3, 0, 0, 12, 9, 7, 9, 7, 12, 14, 12, 12]
    deps = ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "cc", "nsubj", "nsubj", "relcl", "dobj"]
    deps += ["punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "CCONJ", "PROPN", "PRON", "VERB", "NOUN"]
    pos += ["PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    doc = _parsed(words, heads, deps, pos).doc
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 7, 8, label="ORG")]
    context = DocContext(doc)
    speaker = cue_speaker(context, doc[12])
    assert speaker is not None and (speaker.name, speaker.members) == ("Acme and Brill", ("Acme", "Brill"))


def test_a_name_the_parser_apposed_in_the_opening_participle_clause_is_the_cue_s_subject(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        'Calling it "just another apology", Ann Roe of "Safe Homes", a victim support charity, '
        'told Reuters "it looks as if the statement was written before the officials saw the film".'
    )
    speaker = said(tracker(text), "written before").speaker
    assert speaker is not None and speaker.name == "Ann Roe"


def test_a_name_the_parser_apposed_to_a_quotation_s_first_piece_speaks(tracker: quotrack.Tracker) -> None:
    text = '"Our team," study co-author Ann Roe said in a release, "has built a coating that repels dirt."'
    speaker = said(tracker(text), "repels dirt").speaker
    assert speaker is not None and speaker.name == "Ann Roe"


def test_a_subject_apposed_to_an_opening_phrase_is_the_cue_s_subject(tracker: quotrack.Tracker) -> None:
    text = (
        "In findings published on Wednesday in the journal Marine Letters, an international team of "
        "biologists report whales changed their songs over a decade."
    )
    speaker = said(tracker(text), "whales").speaker
    assert speaker is not None and speaker.name == "an international team of biologists"


def test_an_age_before_the_speakers_owner_is_no_part_of_the_name(tracker: quotrack.Tracker) -> None:
    text = "Without giving a reason, 52-year-old Harwell's campaign office said the rally was off."
    a = said(tracker(text), "rally")
    assert a.speaker is not None and a.speaker.name == "Harwell's campaign office"


def test_a_short_name_after_a_nationality_is_a_body(tracker: quotrack.Tracker) -> None:
    a = said(tracker("On Friday, Belarusian KGB said the crossing would stay shut."), "crossing")
    assert a.speaker is not None and a.speaker.kind is quotrack.SpeakerKind.ORGANIZATION


def test_a_content_that_opens_a_quotation_takes_the_rest_of_it(tracker: quotrack.Tracker) -> None:
    text = (
        "According to the harbour master, the storm if confirmed by the pilots could close the port: "
        '"The key point is that the swell is rising[...] That is enough."'
    )
    found = only(tracker(text))
    assert found.content.text.endswith('That is enough."')
    assert found.speaker is not None and found.speaker.name.endswith("harbour master")


def test_a_lower_case_word_after_a_dotted_abbreviation_goes_on_with_the_content(
    tracker: quotrack.Tracker,
) -> None:
    text = "According to the archivists, the seals were used from 700 b.c.e. to 300 c.e., across the valley."
    assert only(tracker(text)).content.text.endswith("to 300 c.e., across the valley.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The pilot described the night. However, she added, "there were no locked doors in the cabins".',
            "there were no locked doors in the cabins",
        ),
        (
            'He said Lee is "a model for me"; however, "to remove any doubt about our trust, I offered to '
            'resign", he added.',
            "to remove any doubt about our trust, I offered to resign",
        ),
        (
            'The mayor has changed her mind. For example: "We were wrong to close the ferry in the first'
            ' place," she told the Herald in May.',
            "We were wrong to close the ferry in the first place",
        ),
    ],
)
def test_the_writers_linking_word_opens_no_claim(tracker: quotrack.Tracker, text: str, content: str) -> None:
    claims = [" … ".join(p.text for p in a.pieces).rstrip('."') for a in tracker(text).attributions]
    assert content in claims, claims


def test_a_quoted_linking_word_is_the_speakers(tracker: quotrack.Tracker) -> None:
    text = '"However," the engineer said, "the bridge will hold for another decade."'
    assert only(tracker(text)).pieces[0].text == "However"


def test_a_content_stops_at_a_quotation_that_ends_its_sentence(tracker: quotrack.Tracker) -> None:
    text = (
        'The council said the plan "has given the town a cleaner and a safer river[.]" Moss is the head '
        "of planning and an associate professor."
    )
    (found,) = [a for a in tracker(text).attributions if "river" in a.content.text]
    assert found.content.text.endswith('river[.]"')


def test_a_participle_hung_on_a_sentence_read_as_a_noun_phrase_is_its_noun_s(
    tracker: quotrack.Tracker,
) -> None:
    """'At one point a protester interrupted, shouting that …': the protester shouts, not 'one point'."""
    text = "At one point a protester interrupted, shouting that the senator had voted against the farm bill."
    speaker = said(tracker(text), "farm bill").speaker
    assert speaker is not None and speaker.name == "a protester"


def test_the_one_a_causative_acts_on_is_no_speaker(tracker: quotrack.Tracker) -> None:
    text = "In August, the parents tried to have Tom Roe released by saying they forgave him for the killing."
    a = said(tracker(text), "they forgave him")
    assert a.speaker is not None and a.speaker.name == "the parents"
    text = "The lawyers got the charges dropped by arguing that the search was illegal."
    a = said(tracker(text), "the search was illegal")
    assert a.speaker is not None and a.speaker.name == "The lawyers"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said the ferry would stop at Dunmore, for instance.", "the ferry would stop at Dunmore"),
        (
            'The mayor said she would make the port "busy again," for example.',
            'she would make the port "busy again,"',
        ),
        (
            "The owner said the harbour cafe had made money every year, however.",
            "the harbour cafe had made money every year",
        ),
        (
            'The mayor said she was "glad to see" that the ferry was back, according to the Harbour Weekly.',
            'she was "glad to see" that the ferry was back',
        ),
        # another source the writer sets the claim against
        (
            'A spokeswoman said the delay was due to "a technical fault," as some posts had suggested.',
            'the delay was due to "a technical fault,"',
        ),
        # how the words were met
        (
            'Ann Roe replied that she had "never taken a dime from the port," which drew applause.',
            'she had "never taken a dime from the port,"',
        ),
        # the writer's gloss with "a measure"
        (
            "The doctor said the clinic should publish its waiting times, a measure the board has resisted.",
            "the clinic should publish its waiting times",
        ),
    ],
)
def test_a_content_ends_before_the_writers_closing_words(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert said(tracker(text), content.split()[1]).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The mayor said the plan was "good for the harbour, however."',
            'the plan was "good for the harbour, however."',
        ),
        ("The mayor said the ferry was late, though not by much.", "the ferry was late, though not by much"),
        (
            "The mayor said rescuers, according to the coastguard, had found ten survivors.",
            "rescuers, according to the coastguard, had found ten survivors",
        ),
        (
            "The mayor said the ferry would sail once the storm passed, for sure.",
            "the ferry would sail once the storm passed, for sure",
        ),
        (  # the speaker's own "as" clause, and a "which" clause that is no reaction to the words
            "The mayor said the ferry would sail, as it had in May, which pleased the crews.",
            "the ferry would sail, as it had in May, which pleased the crews",
        ),
    ],
)
def test_quoted_or_other_closing_words_stay_in_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert said(tracker(text), content.split()[1]).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor confirmed that the council would be meeting with the builders but would not offer"
            " details of the plan.",
            "the council would be meeting with the builders",
        ),
        (
            "The mayor said the council had approved the plan but would not say when work would start.",
            "the council had approved the plan",
        ),
        (
            "The mayor said the cafe had made money every year and declined to comment further.",
            "the cafe had made money every year",
        ),
    ],
)
def test_a_content_ends_before_what_the_source_would_not_say(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert said(tracker(text), content.split()[1]).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the council would fight the plan but would not give up on talks.",
            "the council would fight the plan but would not give up on talks",
        ),
        (
            "Police said the driver fled but would not give his name.",
            "the driver fled but would not give his name",
        ),
        (
            "The mayor said the ferryman told her he had seen the wreck, but could not provide photographs.",
            "the ferryman told her he had seen the wreck, but could not provide photographs",
        ),
    ],
)
def test_what_the_one_the_claim_is_about_would_not_do_stays(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert said(tracker(text), content.split()[1]).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The mayor said the harbour was "a mess," as she put it.', 'the harbour was "a mess,"'),
        ("The mayor said the harbour was a mess, as she put it on Monday.", "the harbour was a mess"),
    ],
)
def test_as_the_speaker_put_it_is_the_tag(tracker: quotrack.Tracker, text: str, content: str) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said Roe has the experience to run the port -- having suggested in May that she did not.",
            "Roe has the experience to run the port",
        ),
        (
            'Lee said Roe is "ready -- having trained for years."',
            'Roe is "ready -- having trained for years."',
        ),
    ],
)
def test_a_dash_and_what_the_speaker_had_done_before_close_no_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert said(tracker(text), "Roe").content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Port news.\n\nDUNMORE — Port traffic fell by half last year, according to the harbour board.",
        "Port news.\n\nDUNMORE, N.Y. -- Port traffic fell by half last year, according to the harbour board.",
        "Port news.\n\nDUNMORE - Port traffic fell by half last year, according to the harbour board.",
        "Port news.\n\nDUNMORE, Texas (AP) - Port traffic fell by half last year, the harbour board said.",
        # a date after the place
        "DUNMORE, Aug 9 (Reuters) - Port traffic fell by half last year, the harbour board said.",
        "VALPARAISO, Chile, March 30 - Port traffic fell by half last year, the harbour board said.",
    ],
)
def test_a_dateline_is_no_part_of_the_claim(tracker: quotrack.Tracker, text: str) -> None:
    assert only(tracker(text)).content.text == "Port traffic fell by half last year"


def test_a_name_in_capitals_before_a_dash_that_opens_a_claim_stays(tracker: quotrack.Tracker) -> None:
    text = "Port news.\n\nNATO — the alliance of thirty states — is ready to act, according to its chief."
    assert only(tracker(text)).content.text == "NATO — the alliance of thirty states — is ready to act"


def test_a_spaced_dash_ends_a_speaker_s_phrase(tracker: quotrack.Tracker) -> None:
    text = "The mayor is seen as more able than Mr. Lee - 58 percent of residents said she would do better."
    speaker = said(tracker(text), "would do better").speaker
    assert speaker is not None and speaker.name == "58 percent of residents"
    assert speaker.kind is not SpeakerKind.PERSON  # the parser may read "Lee - 60 percent" as one name
    text = "HARWICK - City leaders said on Monday the bridge would reopen."
    speaker = said(tracker(text), "would reopen").speaker
    assert speaker is not None and speaker.name == "City leaders"


def test_a_noun_phrase_stops_at_a_spaced_dash(tracker: quotrack.Tracker) -> None:
    nlp = tracker.nlp
    doc = nlp("The park has few fans in town - 70 percent of residents said it should be sold.")
    head = next(t for t in doc if t.text == "percent")
    start, end = noun_phrase(head)
    assert doc[start:end].text == "70 percent of residents"
    assert is_dash(doc[head.i - 2]) and not is_dash(nlp("the Clarion-Evening Star poll")[2])


def test_the_expletive_there_is_no_speaker(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("There is a good chance that the bridge will open in May.")
    assert not can_speak(doc[0:1], doc[0])


def test_a_contracted_auxiliary_is_no_part_of_the_speaker(tracker: quotrack.Tracker) -> None:
    text = "Tom Hale spoke in Ohio. While he’s said he thinks the plan is fair, he’s praised its critics."
    a = next(a for a in tracker(text).attributions if a.content.text.startswith("he thinks"))
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "he"
    assert a.speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said she was pleased with the deal — a small win for the council since 2009.",
            "she was pleased with the deal",
        ),
        (
            "The treasurer said the fee would reach 4 percent -- a level last seen in 1990.",
            "the fee would reach 4 percent",
        ),
        (
            "The treasurer said the fee would reach 4 percent - a level last seen in 1990 - and then fall.",
            "the fee would reach 4 percent - a level last seen in 1990 - and then fall",
        ),
        (
            'The mayor said the plan was "a mirage — a trick of the light."',
            'the plan was "a mirage — a trick of the light."',
        ),
    ],
)
def test_a_claim_ends_before_the_writers_gloss_after_a_dash(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The mayor complained that the count had been "rigged" against her, a charge that county'
            " officials strongly denied.",
            'the count had been "rigged" against her',
        ),
        (
            "Roe said the mayor would return to work on Monday, a clear message about the urgency she feels.",
            "the mayor would return to work on Monday",
        ),
        (
            "Roe said the share fell to 40 percent, a 10-point drop from March.",
            "the share fell to 40 percent",
        ),
        (
            "Roe said the town needed a bridge, a school and a park.",
            "the town needed a bridge, a school and a park",
        ),
        (
            'Roe said the town was "a ghost of itself, a sad sight from the road."',
            'the town was "a ghost of itself, a sad sight from the road."',
        ),
    ],
)
def test_a_claim_ends_before_the_writers_gloss_after_a_comma(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Reached by phone, Ms. Lee conceded that she was not backing the mayor and had a curt reply"
            " when asked who she would support instead.",
            "she was not backing the mayor",
        ),
        ("The treasurer said the levy was sound but paused when pressed on its cost.", "the levy was sound"),
        (
            "The treasurer said the levy was sound and would be raised when asked.",
            "the levy was sound and would be raised when asked",
        ),
    ],
)
def test_how_the_source_met_a_question_is_no_part_of_the_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert said(tracker(text), content.split()[1]).content.text == content


@pytest.mark.parametrize(("relative", "speaker"), [("who", "an engineer"), ("which", "the firm")])
def test_a_noun_whose_relative_clause_ends_right_before_a_cue_with_no_subject_speaks(
    relative: str, speaker: str
) -> None:
    """'Though the firm was silent, an engineer who built the bridge said it was safe', parsed with
    the engineer an apposition of the firm and 'said' left with no subject: the engineer speaks;
    a 'which' clause qualifies no one who could speak, and the cue's nearest noun is kept."""
    words = ["Though", "the", "firm", "was", "silent", ",", "an", "engineer", relative, "built", "the"]
    words += ["bridge", "said", "it", "was", "safe", "."]
    heads = [3, 2, 3, 12, 3, 12, 7, 2, 9, 7, 11, 9, 12, 14, 12, 14, 12]
    deps = ["mark", "det", "nsubj", "advcl", "acomp", "punct", "det", "appos", "nsubj", "relcl", "det"]
    deps += ["dobj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "PRON", "VERB", "DET", "NOUN"]
    pos += ["VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    tags = ["IN", "DT", "NN", "VBD", "JJ", ",", "DT", "NN", "WP", "VBD", "DT", "NN", "VBD", "PRP", "VBD"]
    ctx = _parsed(words, heads, deps, pos, [*tags, "JJ", "."])
    found = cue_speaker(ctx, ctx.doc[12])
    assert found is not None and found.mention is not None and found.mention.text.startswith(speaker)


@pytest.mark.parametrize(("relative", "speaker"), [("who", "lawmaker"), ("which", "talks")])
def test_who_hung_on_a_noun_for_no_person_stands_for_the_person_before_it(
    relative: str, speaker: str
) -> None:
    """'said a lawmaker familiar with the talks, who added that the plan failed', parsed with the
    'who' clause on 'talks': a 'who' is the lawmaker; a 'which' clause stays the talks'."""
    words = ["It", "was", "weak", ",", "said", "a", "lawmaker", "familiar", "with", "the", "talks", ","]
    words += [relative, "added", "that", "the", "plan", "failed", "."]
    heads = [1, 4, 1, 4, 4, 6, 4, 6, 7, 10, 8, 10, 13, 10, 17, 16, 17, 13, 4]
    deps = ["nsubj", "ccomp", "acomp", "punct", "ROOT", "det", "nsubj", "amod", "prep", "det", "pobj"]
    deps += ["punct", "nsubj", "relcl", "mark", "det", "nsubj", "ccomp", "punct"]
    pos = ["PRON", "AUX", "ADJ", "PUNCT", "VERB", "DET", "NOUN", "ADJ", "ADP", "DET", "NOUN", "PUNCT"]
    pos += ["PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    ctx = _parsed(words, heads, deps, pos)
    found = cue_speaker(ctx, ctx.doc[13])
    assert found is not None and found.mention is not None and speaker in found.mention.text


@pytest.mark.parametrize(("noun", "speaker"), [("statement", "The mayor"), ("crowd", None)])
def test_a_writing_with_an_ing_cue_speaks_for_the_one_who_issued_it(noun: str, speaker: str | None) -> None:
    """'The mayor sent a statement calling on the board to act': the statement calls, and so the
    mayor; a crowd calling is no writing of the mayor's."""
    words = ["The", "mayor", "sent", "a", noun, "calling", "on", "the", "board", "to", "act", "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 8, 6, 10, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "acl", "prep", "det", "pobj", "aux", "xcomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "VERB", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBG", "IN", "DT", "NN", "TO", "VB", "."]
    ctx = _parsed(words, heads, deps, pos, tags)
    found = cue_speaker(ctx, ctx.doc[5])
    mention = found.mention.text if found is not None and found.mention is not None else None
    assert (mention == speaker) if speaker is not None else (mention != "The mayor")


@pytest.mark.parametrize(("verb", "tag", "speaks"), [("asked", "VBD", True), ("is", "VBZ", False)])
def test_a_name_after_the_cue_that_the_parser_made_a_participles_subject_speaks(
    verb: str, tag: str, speaks: bool
) -> None:
    """'"It is done," said Ann Lee, asked about the pier': the parser made Ann Lee the subject of
    'asked'; she speaks.  In '… said Ann Lee, is about …' (a parse for the test: a
    verb with no participle's form) she is the subject of what was said, not the speaker."""
    words = ["It", "is", "done", ",", "said", "Ann", "Lee", ",", verb, "about", "the", "pier", "."]
    heads = [1, 4, 1, 4, 4, 6, 8, 6, 4, 8, 11, 9, 4]
    deps = ["nsubj", "ccomp", "acomp", "punct", "ROOT", "compound", "nsubj", "punct", "ccomp", "prep", "det"]
    deps += ["pobj", "punct"]
    pos = ["PRON", "AUX", "ADJ", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN"]
    tags = ["PRP", "VBZ", "JJ", ",", "VBD", "NNP", "NNP", ",", tag, "IN", "DT"]
    ctx = _parsed(words, heads, deps, [*pos, "PUNCT"], [*tags, "NN", "."])
    found = cue_speaker(ctx, ctx.doc[4])
    assert (found is not None and found.mention is not None and found.mention.text == "Ann Lee") == speaks


def test_a_word_of_the_quotation_right_before_an_inverted_tag_is_no_subject() -> None:
    """'"… #Dover," tweeted a user from Kent', parsed with 'Dover' (inside the quotation) the
    subject of 'tweeted': the user after the cue speaks."""
    words = ['"', "Go", "home", "#", "Dover", ",", '"', "tweeted", "a", "user", "from", "Kent", "."]
    heads = [2, 2, 7, 4, 7, 4, 4, 7, 9, 7, 9, 10, 7]
    deps = ["punct", "nmod", "compound", "punct", "nsubj", "punct", "punct", "ROOT", "det", "dobj", "prep"]
    deps += ["pobj", "punct"]
    pos = ["PUNCT", "VERB", "NOUN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "ADP", "PROPN"]
    tags = ["``", "VB", "NN", "$", "NNP", ",", "''", "VBD", "DT", "NN", "IN", "NNP", "."]
    ctx = _parsed(words, heads, deps, [*pos, "PUNCT"], tags)
    found = cue_speaker(ctx, ctx.doc[7])
    assert found is not None and found.mention is not None and found.mention.text.startswith("a user")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Rents rose 9 percent, according to calculations by Ann Pell of Harwick College.", "Ann Pell"),
        ("A 2019 examination by the Harwick Budget Center found that rents rose.", "Harwick Budget Center"),
    ],
)
def test_a_calculation_or_an_examination_by_someone_is_theirs(
    tracker: quotrack.Tracker, text: str, owner: str
) -> None:
    """Writings of lexicons/documents.txt: the speaker is the one the writing is by."""
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name.removeprefix("the ") == owner


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"It is time the town had a woman in charge," exhorted Roe\'s introducer, actress Ann Lee.',
            "Ann Lee",
        ),
        ('"We will fight this in court," said Lee\'s lawyer, Tom Baker.', "Tom Baker"),
    ],
)
def test_a_person_a_name_owns_after_the_cue_speaks_not_the_owner(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    """The parser may take the tag's subject after the cue for its object: the one the owner's
    noun stands for speaks (her introducer, named beside it), not the owner."""
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Neighbours, teachers and local doctors say that the clinic must stay open.",
            "Neighbours, teachers and local doctors",
        ),
        ("The nurses, a union said, want more pay.", None),  # no list: the comma ends the phrase
    ],
)
def test_a_list_of_three_common_nouns_is_one_speaker(
    tracker: quotrack.Tracker, text: str, speaker: str | None
) -> None:
    doc = tracker.nlp(text)
    start, end = noun_phrase(doc[0] if speaker else doc[1])
    assert doc[start:end].text == (speaker or "The nurses")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Lee runs the port's press office. A statement that was attributed to Lee said the port "
            "would close.",
            "Tom Lee",
        ),
        (
            "The statement, which was issued by the Harbour Board, said the port would close.",
            "Harbour Board",
        ),
    ],
)
def test_a_writing_is_by_whom_its_passive_relative_clause_names(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    found = only(tracker(text)).speaker
    assert found is not None and found.name == speaker


def test_a_writing_attributed_to_no_name_stays_as_written(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The statement, attributed to nobody, said the port would close.")).speaker
    assert found is not None and found.name == "The statement"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Roe spoke at the rally on Monday. On Tuesday her Twitter account posted that the speech "
            "was a success.",
            "Ann Roe",
        ),
        ("Ann Roe's Facebook page said the speech was a success.", "Ann Roe"),
        ("A Twitter account posted that the speech was a success.", "A Twitter account"),
    ],
)
def test_what_a_platform_account_posts_is_its_holders(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    found = only(tracker(text)).speaker
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Two House Committees asked the agency to release the files.", "Two House Committees"),
        ("The Founding Fathers wrote that power must be checked.", "The Founding Fathers"),
    ],
)
def test_a_capitalised_plural_noun_is_no_persons_name(
    tracker: quotrack.Tracker, text: str, written: str
) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.kind is not SpeakerKind.PERSON and speaker.name == written


def test_a_speakers_phrase_ends_before_a_relative_clause_set_off_after_it(tracker: quotrack.Tracker) -> None:
    # the relative clause hangs on the last name of the phrase, not on its head: no part of it
    text = '"The count will take a week," said a former aide to both Marshes, who asked not to be named.'
    speaker = said(tracker(text), "count will take").speaker
    assert speaker is not None and speaker.mention is not None
    assert (speaker.mention.text, speaker.kind) == ("a former aide to both Marshes", SpeakerKind.UNNAMED)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Even Halvorsen, a loyal ally of the mayor, said the fare would rise in May.",
            "Halvorsen",
        ),
        ("Only half a dozen councillors said the fare would rise in May.", "half a dozen councillors"),
    ],
)
def test_an_adverb_that_singles_a_speaker_out_is_no_part_of_the_mention(
    tracker: quotrack.Tracker, text: str, written: str
) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.mention is not None and speaker.mention.text == written


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee and Dover councillor Tom Roe said the clinic would open.",
        "Harbor President Ann Lee and Dover Mayor Tom Roe said the clinic would open.",
    ],
)
def test_two_titled_people_joined_by_and_are_a_group_however_the_parser_hangs_them(
    tracker: quotrack.Tracker, text: str
) -> None:
    # the parser may hang the first name on the second's title: both spoke, neither's title
    # is a description of the other
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.kind is SpeakerKind.GROUP
    assert speaker.members == ("Ann Lee", "Tom Roe")


def test_a_person_named_in_a_possessive_before_the_speaker_is_no_group_member(
    tracker: quotrack.Tracker,
) -> None:
    speaker = only(tracker("Ann Lee and Tom Roe's lawyer, Jo Ash, said the clinic would open.")).speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Jo Ash", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The mayor did better among older voters, while Mr. Roe did better among students, Ms. Lee said.",
            "The mayor did better among older voters, while Mr. Roe did better among students",
        ),
        (
            "The ferry will stop at Dunmore, which lost its bridge, Ms. Lee said.",
            "The ferry will stop at Dunmore, which lost its bridge",
        ),
        # after the tag, a relative or "while" clause may be the writer's: it stays out
        (
            "Ms. Lee said the ferry will stop at Dunmore, which lost its bridge in May.",
            "the ferry will stop at Dunmore",
        ),
    ],
)
def test_a_claim_before_its_tag_keeps_its_while_or_relative_clause(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    assert only(tracker(text)).content.text == claim


@pytest.mark.parametrize(
    "text",
    [
        '(AP) "Rates will rise," said Ann Lee.',
        'WASHINGTON (AP) — "Rates will rise," said Ann Lee.',
        'LONDON (Reuters) - "Rates will rise," Ann Lee said on Monday.',
        '\u2605 "Rates will rise," said Ann Lee.',
    ],
)
def test_a_dateline_or_a_symbol_before_a_quotation_is_no_part_of_it(
    tracker: quotrack.Tracker, text: str
) -> None:
    a = only(tracker(text))
    assert (a.content.text, a.kind) == ("Rates will rise", quotrack.Kind.DIRECT)
    assert a.speaker is not None and a.speaker.name == "Ann Lee"


def test_words_before_a_quotation_that_belong_to_the_claim_stay(tracker: quotrack.Tracker) -> None:
    a = only(tracker('Chair Ann Lee called D\'Arcy "humble and kind".'))
    assert a.content.text.startswith("D'Arcy")


def test_three_people_named_in_a_list_are_one_joint_source(tracker: quotrack.Tracker) -> None:
    a = only(tracker("Mia Dunn, Omar Fell and Tara Quist said that the ferry must stop at night."))
    assert a.speaker is not None and a.speaker.kind is quotrack.SpeakerKind.GROUP
    assert a.speaker.members == ("Mia Dunn", "Omar Fell", "Tara Quist")


def test_a_live_blog_s_time_stamp_is_no_part_of_the_claim(tracker: quotrack.Tracker) -> None:
    text = "Live updates.\n\n10:42 p.m. - Turnout reached 61 percent, the county clerk's office said."
    assert only(tracker(text)).content.text == "Turnout reached 61 percent"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The novelist Lucien Darrow won the prize on Friday.\n\n"
            "Darrow, in a brief statement through his publisher, Greyfriar Press, said he was grateful.",
            "Lucien Darrow",
        ),
        (
            "Monday in Dunmore, NV, after taking Nevada in the party's primary, Gov. Ed Varga said "
            "he was ready.",
            "Ed Varga",
        ),
    ],
)
def test_a_name_set_beside_the_role_ending_a_phrase_after_the_subject_is_not_who_speaks(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    # the parser made the publisher's name a second subject; a name after "primary" is the subject
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize("pronoun", ["them", "us"])
def test_one_of_them_can_speak(tracker: quotrack.Tracker, pronoun: str) -> None:
    text = f"Three people familiar with the talks spoke. No decision has been made, one of {pronoun} said."
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == f"one of {pronoun}"


def test_a_title_the_parser_made_a_subject_beside_the_name_is_not_who_speaks(
    tracker: quotrack.Tracker,
) -> None:
    # "Capt." and "Davis" both subjects of "said": the nearer is the title
    text = '"The fleet is ready," said port spokesman Navy Capt. Dale Wren, who took questions.'
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == "Dale Wren"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The pass rate fell to 61.4 per cent, according to figures released by the Ministry of Education",
            "Ministry of Education",
        ),
        (
            "Unemployment rose to 9 percent, according to data published by the statistics office.",
            "statistics office",
        ),
    ],
)
def test_a_writing_says_what_its_issuer_says(tracker: quotrack.Tracker, text: str, name: str) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name.removeprefix("the ") == name


def test_writings_another_reported_are_not_the_reporter_s(tracker: quotrack.Tracker) -> None:
    text = "Prices rose 4 percent, according to documents reported by The Clarion."
    speaker = only(tracker(text)).speaker
    assert speaker is None or speaker.kind is not SpeakerKind.OUTLET


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Velanda Red Cross said it had opened 23 evacuation centres.", "Velanda Red Cross"),
        (
            "The International Federation of Relief Societies (IFRS) said it would stay.",
            "International Federation of Relief Societies",
        ),
        (
            "According to figures released by the Ministry of Education, the pass rate fell.",
            "Ministry of Education",
        ),
        ("The company said sales fell.", "The company"),
    ],
)
def test_an_organisation_is_named_without_the_article_or_the_acronym_written_with_it(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("words", "at", "group"),
    [
        (["Staff", "said", "so", "."], 0, True),
        (["Crew", "said", "so", "."], 0, True),
        (["Baker", "said", "so", "."], 0, False),  # a surname, not a noun for several people
        (["Then", "Staff", "said", "so", "."], 1, False),  # capitalised inside a sentence: a name
        (["Farmers", "said", "so", "."], 0, True),  # a plural of a role noun
        (["Farmer", "said", "so", "."], 0, False),  # one of them is no group
    ],
)
def test_a_noun_for_several_people_capitalised_at_a_sentence_start_is_a_group(
    words: list[str], at: int, group: bool
) -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["PROPN" if w[0].isupper() else "VERB" for w in words],
        sent_starts=[i == 0 for i in range(len(words))],
    )
    assert capitalised_group_noun(doc[at]) is group
    expected = SpeakerKind.GROUP if group else SpeakerKind.PERSON
    assert speaker_kind(doc[at : at + 1], doc[at]) is expected


@pytest.mark.parametrize(("text", "kind"), [("Farmers", SpeakerKind.GROUP), ("Veterans", SpeakerKind.GROUP)])
def test_a_plural_for_people_the_tagger_read_as_a_body_is_a_group(
    tracker: quotrack.Tracker, text: str, kind: SpeakerKind
) -> None:
    """'Farmers said', the tagger reading 'Farmers' as a body, is farmers: a group."""
    speaker = only(tracker(f"{text} said the drought was the worst in forty years.")).speaker
    assert speaker is not None and speaker.kind is kind


def test_a_participle_the_parser_made_the_subject_cannot_speak(tracker: quotrack.Tracker) -> None:
    text = "Reacting, a resident, Mr. Tomas Hale, welcomed the plan but noted that the road was still closed."
    doc = tracker.nlp(text)
    assert doc[0].tag_ == "VBG" and not can_speak(doc[0:1], doc[0])
    (found,) = tracker(text).attributions
    assert found.speaker is None or found.speaker.name != "Reacting"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rachel Imbrie asked the board to hold the report, which found that 14,000 homes had lead pipes.",
            "lead pipes",
            "the report",
        ),
        (
            "The council sent a letter, which said the harbour road would close.",
            "road would close",
            "The council",
        ),
    ],
)
def test_a_writing_speaks_for_who_sent_it_not_for_who_only_handled_it(
    tracker: quotrack.Tracker, text: str, content: str, speaker: str
) -> None:
    """'asked the board to hold the report, which found …': the report's finding, not the asker's."""
    found = said(tracker(text), content).speaker
    assert found is not None and found.name == speaker


def test_a_name_set_between_commas_after_an_opening_participle_speaks(tracker: quotrack.Tracker) -> None:
    # the parser makes "Giving" the subject and the name an apposition of the court
    text = "Giving evidence at Harwick Crown Court, Stuart Pennock, 52, said he had acted on instructions."
    a = said(tracker(text), "acted on instructions")
    assert a.speaker is not None and a.speaker.name == "Stuart Pennock"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Velaria's National Institute for Coastal Research said the reef had shrunk.",
            "National Institute for Coastal Research",
        ),
        (
            "Ostrana's Disaster and Emergency Management Presidency reported that the quake was strong.",
            "Disaster and Emergency Management Presidency",
        ),
        ("Velaria's Foreign Ministry said the talks would resume.", "Velaria's Foreign Ministry"),
    ],
)
def test_a_body_owned_by_a_place_is_named_by_its_own_full_name(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    """A full proper name stands alone; a short one ("Foreign Ministry") needs its owner."""
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == speaker
    assert found.speaker.mention is not None and found.speaker.mention.text.startswith(
        ("Velaria's", "Ostrana's")
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ostrana had the most cases, with the next country, Velaria, reporting 900 deaths on Monday.",
            "Velaria",
        ),
        ("The ferry line cut three routes, with officials saying the boats were too old.", "officials"),
        ("The interview ended with Okafor asking Lindqvist whether she would run again.", "Okafor"),
        (
            "The hearing closed with the chairman asking the minister whether the money was gone.",
            "the chairman",
        ),
    ],
)
def test_the_subject_of_an_absolute_clause_after_with_speaks(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == speaker


def test_an_age_that_stands_for_a_person_speaks(tracker: quotrack.Tracker) -> None:
    """The tagger reads "31-year-old" as a date; standing alone as a subject it is someone."""
    (found,) = tracker("The 31-year-old said he had barely slept.").attributions
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.kind) == ("The 31-year-old", SpeakerKind.UNNAMED)


@pytest.mark.parametrize(
    "text",
    [
        'Velmont Music denied the allegations. "These claims are without merit, and we will defend ourselves '
        "vigorously,\" the company's general counsel, Bradley Stiles, said in an email.",
        '"We will appeal," the family\'s lawyer, Ben Okafor, said in a statement on Monday.',
    ],
)
def test_how_something_was_said_after_the_cue_is_not_who_said_it(
    tracker: quotrack.Tracker, text: str
) -> None:
    found = said(tracker(text), "appeal" if "appeal" in text else "without merit")
    assert found.speaker is not None and found.speaker.kind is SpeakerKind.PERSON
    assert found.speaker.name in ("Bradley Stiles", "Ben Okafor")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("UMEÅ, Sweden - The bank said", "UMEÅ"),
        ("SÃO PAULO — The airline said", "SÃO"),
        ("ŁÓDŹ, Poland — The mill said", "ŁÓDŹ"),  # capitals beyond Latin-1
        ("KRAKÓW, Poland — The mill said", "KRAKÓW"),
    ],
)
def test_a_dateline_in_capitals_with_accents_is_one(text: str, place: str) -> None:
    found = DATELINE.match(text)
    assert found is not None and dateline_place(found) == place


def test_a_dateline_beyond_latin_1_is_no_speaker(tracker: quotrack.Tracker) -> None:
    text = "GDAŃSK, Poland — A juror at the Amber Screen festival resigned on Friday, saying she was misled."
    (found,) = tracker(text).attributions
    assert found.speaker is not None and "GDAŃSK" not in found.speaker.name


def test_a_body_after_a_dateline_with_accents_speaks(tracker: quotrack.Tracker) -> None:
    text = "UMEÅ, Sweden - Norrland Sparbank, a regional savings bank, said on Friday it was solvent."
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == "Norrland Sparbank"


def test_a_long_description_closed_by_a_name_the_recognizer_cut_is_that_person(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "The mayor of the nearby town of Sierra Alta, Héctor Cortés Vidal, said the lights were a "
        'problem. "We need the jobs," he said.'
    )
    for found in tracker(text).attributions:
        assert found.speaker is not None and found.speaker.name == "Héctor Cortés Vidal"


def test_a_name_after_a_title_opening_a_long_phrase_is_the_speaker(tracker: quotrack.Tracker) -> None:
    text = (
        '"Our teachers are exhausted," said board of education superintendent Kenji Morimoto at a news '
        'conference in Matsue, the prefectural capital. "We have to try something."'
    )
    found = tracker(text).attributions[0]
    assert found.speaker is not None and found.speaker.name == "Kenji Morimoto"


@pytest.mark.parametrize(
    "text",
    [
        "A study by Ann Roe and Professor Tom Lee of the University of Elm concluded that costs would rise.",
        "A slip by Deputy Harbour Master Tom Lee of the port of Elm last month suggested it was rigged.",
    ],
)
def test_a_name_after_by_in_a_long_phrase_is_not_cut_out_of_it(tracker: quotrack.Tracker, text: str) -> None:
    for found in tracker(text).attributions:
        assert found.speaker is None or found.speaker.name != "Tom Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"A river that floods is a river that lives," the trust\'s chief scientist, Amara Okafor, '
            "said on Monday.",
            "Amara Okafor",
        ),
        (
            '"A wolf that is curious is not a wolf that attacks," the foundation\'s director, Femke '
            "Oosterbeek, said.",
            "Femke Oosterbeek",
        ),
    ],
)
def test_a_name_apposed_after_a_quotation_is_its_speaker_when_the_parser_took_a_quoted_word(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    found = only(tracker(text))
    assert found.speaker is not None and found.speaker.name == name


def test_a_quoted_word_with_no_apposition_outside_the_quotation_stays_no_speaker(
    tracker: quotrack.Tracker,
) -> None:
    # the subject the parser took stays quoted, and no noun after the quotation is set beside it
    found = only(tracker('"Nobody who attacks is welcome," the club\'s chairman said.'))
    assert found.speaker is not None and found.speaker.name == "the club's chairman"


def test_a_who_clause_hung_on_where_a_person_is_from_is_that_person_s(tracker: quotrack.Tracker) -> None:
    text = (
        '"We slept on the deck," said Agus, 27, from Cilacap in Central Java, who asked that his '
        "full name not be published."
    )
    for found in tracker(text).attributions:
        assert found.speaker is not None and found.speaker.name == "Agus"


def test_a_place_read_as_the_subject_gives_way_to_the_speaker_set_off_after_it(
    tracker: quotrack.Tracker,
) -> None:
    a = only(tracker("Outside parliament, the Botswana Teachers Union (BTU) urged MPs to pass the bill."))
    assert a.speaker is not None and a.speaker.name == "Botswana Teachers Union"


def test_outside_as_a_word_of_the_speaker_stays(tracker: quotrack.Tracker) -> None:
    a = only(tracker("Outside experts say the plans are far from enough."))
    assert a.speaker is not None and a.speaker.name == "Outside experts"
