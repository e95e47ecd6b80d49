"""parsing.py: long texts parsed in pieces, sentences that start at line breaks, entities cut at dashes
and joined over nicknames and apostrophes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from _support import only
from spacy.tokens import Doc, Span

import quotrack
from quotrack.parsing import (
    ENTITY_DASHES,
    PARAGRAPH_BREAKS,
    PERSON_NAMES,
    chunks,
    entity_dashes,
    paragraph_breaks,
    parse_long,
    person_names,
    pipeline_name,
)


def test_a_long_text_parsed_in_pieces_keeps_its_text_and_offsets() -> None:
    nlp = spacy.blank("en")
    text = "\n\n".join(f"Paragraph {i} has a few words in it." for i in range(40))
    doc = parse_long(nlp, text, 200)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in nlp(text)]


def test_pieces_end_at_paragraphs_and_join_back() -> None:
    text = "One two three.\n\nFour five six seven.\n\nEight."
    pieces = list(chunks(text, 20))
    assert "".join(pieces) == text
    assert pieces[0] == "One two three.\n\n"


def test_a_blank_pipeline_is_named_from_its_meta() -> None:
    assert pipeline_name(spacy.blank("en")) == "en_pipeline"


def test_a_line_break_starts_a_sentence_before_the_parser_runs(tracker: quotrack.Tracker) -> None:
    names = tracker.nlp.pipe_names
    assert names.index(PARAGRAPH_BREAKS) == names.index("parser") - 1
    doc = tracker.nlp("WASHINGTON, 9:15 a.m.\n\nThe council voted to close the bridge.\nIt reopens in May.")
    firsts = [sent[0].text for sent in doc.sents if not sent[0].is_space]
    assert firsts == ["WASHINGTON", "The", "It"]


def test_a_paragraph_after_a_headline_is_not_parted_after_its_first_word(tracker: quotrack.Tracker) -> None:
    # a headline with no full stop: the parser used to end a sentence after "Gita"
    text = "Joint statement on the port\n\nGita Sorensen said that the port would stay open."
    doc = tracker.parse([text])[0]
    assert [s.text.strip() for s in doc.sents] == [
        "Joint statement on the port",
        "Gita Sorensen said that the port would stay open.",
    ]
    speaker = tracker(text).attributions[0].speaker
    assert speaker is not None and speaker.name == "Gita Sorensen"


def test_paragraph_breaks_leaves_a_text_without_breaks_alone() -> None:
    doc = paragraph_breaks(spacy.blank("en")("One line, no break at all."))
    assert [t.is_sent_start for t in doc][1:] == [None] * (len(doc) - 1)


def test_an_entity_run_across_a_dash_is_cut_at_it(tracker: quotrack.Tracker) -> None:
    assert ENTITY_DASHES in tracker.nlp.pipe_names
    doc = tracker.nlp.make_doc("ROME - Ann Lee met Tom Roe - and left, said Kim Vask - Roe's aide.")
    doc.ents = [Span(doc, 0, 4, "ORG"), Span(doc, 5, 9, "PERSON"), Span(doc, 12, 17, "PERSON")]
    doc[2].pos_ = "PROPN"
    assert [(e.text, e.label_) for e in entity_dashes(doc).ents] == [
        ("Ann Lee", "ORG"),  # a dateline in capitals before the dash, the name after it
        ("Tom Roe", "PERSON"),
        ("Kim Vask", "PERSON"),
    ]


def test_entities_without_a_dash_are_left_alone(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("Ann Lee of Acme-Roe Inc. said the plan, a once-in-a-decade deal, would work.")
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    assert [(e.start, e.end, e.label_) for e in entity_dashes(doc).ents] == before


def test_a_name_with_a_nickname_inside_is_one_person_s_entity(tracker: quotrack.Tracker) -> None:
    assert PERSON_NAMES in tracker.nlp.pipe_names
    doc = tracker.nlp.make_doc(
        "Coach Graham “Spud” Hennessey met Tomas 'Big Tom' van Wyk in Acme “Glide” Plus."
    )
    doc.ents = [
        Span(doc, 1, 2, "PERSON"),  # the recognizer's reading: a person, then a work
        Span(doc, 3, 6, "WORK_OF_ART"),
        Span(doc, 7, 8, "ORG"),  # a body, then a person
        Span(doc, 12, 14, "PERSON"),
        Span(doc, 15, 16, "ORG"),  # a quoted product between capitalised words, and no person
    ]
    assert [(e.text, e.label_) for e in person_names(doc).ents] == [
        ("Graham “Spud” Hennessey", "PERSON"),
        ("Tomas 'Big Tom' van Wyk", "PERSON"),
        ("Acme", "ORG"),
    ]


def test_a_surname_with_an_apostrophe_after_its_first_letter_joins_the_person(
    tracker: quotrack.Tracker,
) -> None:
    doc = tracker.nlp.make_doc("Dr. Liam O’Connell met Ann D'Amato and O'Hare staff.")
    doc.ents = [Span(doc, 1, 2, "PERSON"), Span(doc, 4, 5, "PERSON"), Span(doc, 7, 8, "ORG")]
    assert [(e.text, e.label_) for e in person_names(doc).ents] == [
        ("Liam O’Connell", "PERSON"),
        ("Ann D'Amato", "PERSON"),
        ("O'Hare", "ORG"),
    ]


def test_a_name_after_a_title_the_recognizer_tagged_nothing_is_a_person_s(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("ABEOKUTA, Nigeria - Chief Babatunde Adeyinka conceded defeat on Sunday.")
    assert ("Babatunde Adeyinka", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    doc = tracker.nlp("General Electric Company said profits rose.")  # a body's name, its first word a title
    assert not any(e.label_ == "PERSON" for e in doc.ents)


def test_a_hyphened_surname_tagged_whole_elsewhere_is_one_person_s_entity(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp.make_doc("Ana Ruiz-Soto spoke first. Ruiz-Soto said no, and the Lee-Roe ticket won.")
    doc.ents = [
        Span(doc, 0, 4, "PERSON"),  # tagged whole once
        Span(doc, 7, 8, "PERSON"),  # then as two people
        Span(doc, 9, 10, "PERSON"),
        Span(doc, 15, 16, "PERSON"),  # a pair of names the text never tags as one person's
        Span(doc, 17, 18, "PERSON"),
    ]
    assert [e.text for e in person_names(doc).ents] == ["Ana Ruiz-Soto", "Ruiz-Soto", "Lee", "Roe"]
    # written after a given name, though tagged in halves there too
    doc = tracker.nlp.make_doc("Minister Ana Ruiz-Soto spoke first. Ruiz-Soto said no.")
    doc.ents = [Span(doc, 4, 5, "PERSON"), Span(doc, 8, 9, "PERSON"), Span(doc, 10, 11, "PERSON")]
    assert [e.text for e in person_names(doc).ents] == ["Ruiz-Soto", "Ruiz-Soto"]


def test_a_person_s_entity_takes_a_first_given_name_before_it(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp.make_doc("José Luis Ortega met Minister Ana Soto.")
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else "VERB"
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 5, 7, "PERSON")]  # "Luis Ortega", "Ana Soto"
    assert [e.text for e in person_names(doc).ents] == ["José Luis Ortega", "Ana Soto"]  # (no title taken)


def test_a_person_s_entity_opening_with_a_particle_takes_the_given_name_before_it(
    tracker: quotrack.Tracker,
) -> None:
    doc = tracker.nlp(
        "Marloes van Rijn, whose son is ill, said the price was absurd. But van Rijn said more."
    )
    names = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Marloes van Rijn" in names
    assert "But van Rijn" not in names


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x7f"])
def test_a_control_character_is_a_space_to_the_parser_and_kept_in_the_text(
    tracker: quotrack.Tracker, control: str
) -> None:
    text = f'"We will win," Ann Lee said.{control} Bob Tan said the road was closed.'
    result = tracker(text)
    assert [(a.content.text, a.speaker and a.speaker.name) for a in result.attributions] == [
        ("We will win", "Ann Lee"),
        ("the road was closed", "Bob Tan"),
    ]
    assert result.text == text


def test_a_pipeline_saved_from_a_tracker_loads_back_as_a_tracker(
    tracker: quotrack.Tracker, tmp_path: Path
) -> None:
    # scale.md: save a pipeline once with nlp.to_disk(path), then Tracker(path) in each worker
    tracker.nlp.to_disk(tmp_path / "pipeline")
    again = quotrack.Tracker(str(tmp_path / "pipeline"))
    names = again.nlp.pipe_names
    assert names.count(PARAGRAPH_BREAKS) == 1 and names.count(ENTITY_DASHES) == 1
    assert names.count(PERSON_NAMES) == 1
    text = '"Rates will rise," said Ann Lee. Tom Roe said the bank had waited too long.'
    assert again(text).attributions == tracker(text).attributions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The runway was clear," said Air Force 1st Lt. Mara Quell.', "Mara Quell"),
        ('"We are ready," said Sgt. Maj. Ann Roe of the Marine Corps.', "Ann Roe"),
        ('"The roads will be fixed," said Hon. Adebayo Ogunleye-Martins.', "Adebayo Ogunleye-Martins"),
    ],
)
def test_a_short_title_keeps_its_dot_and_its_name(tracker: quotrack.Tracker, text: str, name: str) -> None:
    # split off, the dot ended a sentence before the name, and the title was the speaker
    assert "Lt." in [t.text for t in tracker.nlp.tokenizer("Lt. Ann Lee")]
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.speaker.name == name


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("LAKESIDE, Ore. — The school board voted to close two schools.", "The"),
        ("By Ann Roe | DUNMORE — The school board voted to close two schools.", "The"),
        ("Headline here\n\nPORTSIDE - Tom Reyes scored 38 points.", "Tom"),
    ],
)
def test_a_dateline_ends_where_the_story_s_first_sentence_starts(text: str, first: str) -> None:
    doc = paragraph_breaks(spacy.blank("en")(text))
    (after,) = [t for t in doc if t.text == first]
    assert after.is_sent_start and doc[after.i + 1].is_sent_start is False


def test_a_place_in_lower_case_before_a_dash_is_no_dateline() -> None:
    doc = paragraph_breaks(spacy.blank("en")("Lakeside, Ore. — The school board voted to close two schools."))
    assert not any(t.is_sent_start for t in doc[1:])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "LAKESIDE, Ore. — The Lakeside School Board voted 4-3 on Monday to close two schools, saying "
            "enrolment had fallen for six years.",
            "Lakeside School Board",
        ),
        (
            "By Ada Obi | IKORO — Hon. Adebayo Ogunleye-Martins has disclosed that the council will repair "
            '12 roads.\n\nAccording to him, "Our people have suffered enough."',
            "Adebayo Ogunleye-Martins",
        ),
    ],
)
def test_a_dateline_is_no_speaker(tracker: quotrack.Tracker, text: str, speaker: str) -> None:
    found = tracker(text).attributions
    assert found and all(a.speaker is not None and a.speaker.name == speaker for a in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the recognizer cuts the name after its particle: "Regina van", then "Berg"
        (
            "Finance Minister Regina van der Berg accused the bank of delays. Van der Berg said so.",
            "Regina van der Berg",
        ),
        # a given name, a particle and a surname read as two people, the surname written again in full
        (
            "Chief financial officer Lúcia dos Santos Mbala spoke. Dos Santos Mbala said so.",
            "Lúcia dos Santos Mbala",
        ),
        # read as an organisation, its first word a given name
        ("The club's owner, Dirk de Smet, responded within an hour.", "Dirk de Smet"),
        # two given names read as an organisation's, then a particle and a hyphened surname
        (
            "MANILA — Kristine Mae dela Paz-Santiago, the captain of the team, quit on Monday. "
            "Dela Paz-Santiago said she was tired.",
            "Kristine Mae dela Paz-Santiago",
        ),
    ],
)
def test_a_name_with_a_particle_the_recognizer_cut_or_mistook_is_one_person_s_entity(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    assert (name, "PERSON") in [(e.text, e.label_) for e in tracker.nlp(text).ents]


def test_a_body_s_name_with_a_particle_stays_a_body_s(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("The Banco Comercial de Angola said profits rose.")
    assert not any(e.label_ == "PERSON" for e in doc.ents)


def test_a_surname_with_its_particle_capitalised_is_the_person_named_in_full(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Finance Minister Regina van der Berg accused the bank of delays. "
        '"Three deadlines, three excuses," Van der Berg wrote on Tuesday.'
    )
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == "Regina van der Berg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no word of it tagged, after a role noun in lower case
        ("Chief executive Torbjørn Ødegård met the workers on Monday.", "Torbjørn Ødegård"),
        # a hyphened given name, then a surname the recognizer tagged only in part
        (
            "Provincial interior minister Jean-Pierre Mukendi Kalonji told reporters at the site.",
            "Jean-Pierre Mukendi Kalonji",
        ),
        # a given name read as a group's, then a surname of two words
        (
            "Christian Mbuyi Kasongo, director of the co-operative, said it was closed.",
            "Christian Mbuyi Kasongo",
        ),
    ],
)
def test_the_rest_of_a_name_the_recognizer_tagged_nothing_is_part_of_the_person_s_entity(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    assert (name, "PERSON") in [(e.text, e.label_) for e in tracker.nlp(text).ents]


@pytest.mark.parametrize(
    ("words", "pos"),
    [
        ("Name : Ann Lee Age : 27", ["NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "NUM"]),
        ("Ann Lee Joins Race For Mayor", ["PROPN"] * 6),  # a headline in title case
        ("Ann Lee Investigative Radio aired it", ["PROPN"] * 4 + ["VERB", "PRON"]),  # a programme
    ],
)
def test_capitalised_words_after_a_person_s_name_that_are_no_name_stay_apart(
    words: str, pos: list[str]
) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words.split(), pos=pos)
    first = words.split().index("Ann")
    doc.ents = [Span(doc, first, first + 2, "PERSON")]
    assert [e.text for e in person_names(doc).ents] == ["Ann Lee"]


def test_a_role_noun_before_capitalised_words_makes_them_a_name_only_after_a_given_name() -> None:
    words = ["The", "director", "Acme", "Holdings", "said", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
    assert not person_names(doc).ents


def test_a_person_s_entity_takes_the_suffix_after_a_nickname(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp(
        'Federation president Antonio "Tonyboy" Villaraza III told reporters the accounts were open.'
    )
    assert ('Antonio "Tonyboy" Villaraza III', "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kwabena Ofori-Atta, 61, gave evidence on Tuesday.", "Kwabena Ofori-Atta"),
        ("Yannick Lemoine-Faure, 52, was the first witness.", "Yannick Lemoine-Faure"),
    ],
)
def test_a_name_before_an_age_between_commas_is_a_person(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    assert (name, "PERSON") in [(ent.text, ent.label_) for ent in tracker.nlp(text).ents]


def test_a_place_before_a_number_between_commas_is_no_person(tracker: quotrack.Tracker) -> None:
    assert not [ent for ent in tracker.nlp("Harbor City, 24, Port Ellis, 17.").ents if ent.label_ == "PERSON"]
