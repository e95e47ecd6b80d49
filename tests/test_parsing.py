"""parsing.py: long texts parsed in pieces, on a blank pipeline (no model)."""

from __future__ import annotations

import spacy

from quotrack.parsing import chunks, parse_long, pipeline_name


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
