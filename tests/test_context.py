"""DocContext on hand-built Docs: paragraphs, furniture, quotations, kinds, sentences, entities.

No statistical model runs here, so a model upgrade cannot move these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from quotrack.context import DocContext, Lexicons
from quotrack.errors import LexiconError
from quotrack.model import Kind

NLP = spacy.blank("en")


def _context(text: str) -> DocContext:
    return DocContext(NLP(text))


def _where(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_span_and_trimmed_index_the_text() -> None:
    text = 'The mayor said: "  the bridge opens in May. "'
    ctx = _context(text)
    span = ctx.span(4, 9)
    assert (span.start, span.end, span.text) == (4, 9, "mayor")
    trimmed = ctx.trimmed(text.index(":"), len(text))
    assert trimmed is not None and trimmed.text == "the bridge opens in May."
    assert text[trimmed.start : trimmed.end] == trimmed.text
    assert ctx.trimmed(text.index(":"), text.index(":") + 4) is None  # ': "  ' is all edge marks


def test_fewer_words_counts_the_words_of_text_ranges_up_to_a_bound() -> None:
    text = "Lee said it  would rain, and   soon."
    ctx = _context(text)
    said, rain = (text.index("said"), text.index(",")), (text.index("and"), len(text))
    assert ctx.fewer_words([said], 5) and not ctx.fewer_words([said], 4)  # "said it would rain,"
    assert ctx.fewer_words([said, rain], 7) and not ctx.fewer_words([said, rain], 6)
    assert ctx.fewer_words([], 1) and not ctx.fewer_words([], 0)
    assert not ctx.fewer_words([(0, len(text))], 2) and ctx.fewer_words([(0, 0)], 1)


def test_trimmed_drops_invisible_characters_at_the_edges() -> None:
    text = "\u200bCouncil\u00ad vote\ufeff"
    trimmed = _context(text).trimmed(0, len(text))
    assert trimmed is not None and trimmed.text == "Council\u00ad vote"


def test_paragraphs_and_the_paragraph_of_a_character() -> None:
    text = "Budget talks resume\n\nThe council met on Monday.\nIt voted late."
    ctx = _context(text)
    assert [text[a:b] for a, b in ctx.paragraphs] == [
        "Budget talks resume",
        "The council met on Monday.",
        "It voted late.",
    ]
    assert ctx.paragraph_index(text.index("council")) == 1
    assert ctx.paragraph_span(text.index("voted")) == _where(text, "It voted late.")
    assert ctx.paragraph_index(len(text) - 1) == 2


def test_headlines_and_share_buttons_are_furniture_but_prose_and_lead_ins_are_not() -> None:
    text = "Budget talks resume\nShare on Facebook\nThe council met on Monday.\nThe mayor said:\nDone?"
    ctx = _context(text)
    assert ctx.furniture == frozenset({0, 1})
    assert ctx.in_furniture(text.index("Facebook"))
    assert not ctx.in_furniture(text.index("council"))
    # a final mark behind closing quotes and brackets still ends a sentence
    assert _context('He said "we won."\n(It rained.)\nA title (2020)').furniture == frozenset({2})


def test_a_story_list_is_its_label_and_the_headlines_after_it() -> None:
    lines = [
        "Related stories:",
        "Budget talks resume",
        "Rates rise again",
        "The council met on Monday.",
        "Related    : a label with space before its colon",
        "Stocks fall",
        "Related stories are what this long line of prose is about, not a label: it says so.",
        "A headline after prose",
    ]
    assert _context("\n".join(lines)).story_lists == frozenset({0, 1, 2, 4, 5})


def test_quoted_pieces_and_what_lies_inside_them() -> None:
    text = '"We will win," Ann Lee said, "and soon." Polls disagree.'
    ctx = _context(text)
    assert [text[a:b] for q in ctx.quotations for a, b in q.pieces] == ["We will win,", "and soon."]
    assert ctx.in_quote(text.index("win"))
    assert not ctx.in_quote(text.index("Ann"))
    assert ctx.quote_piece_at(text.index("soon")) == _where(text, "and soon.")
    assert ctx.quote_piece_at(text.index("Polls")) is None


def test_kind_counts_the_quoted_letters() -> None:
    text = 'Ann Lee said the plan was "a disaster" for farmers. "It failed," she said.'
    ctx = _context(text)
    assert ctx.kind_of([_where(text, "a disaster")]) is Kind.DIRECT
    assert ctx.kind_of([_where(text, 'the plan was "a disaster" for farmers')]) is Kind.MIXED
    assert ctx.kind_of([_where(text, "Ann Lee said")]) is Kind.INDIRECT
    assert ctx.kind_of([_where(text, "a disaster"), _where(text, "It failed,")]) is Kind.DIRECT


def test_tokens_inside_quotations_are_flagged() -> None:
    text = 'Lee said "rates rise" today.'
    ctx = _context(text)
    assert [t.text for t in ctx.doc if ctx.token_quoted(t)] == ["rates", "rise"]


def test_sentences_end_at_paragraph_breaks_even_when_the_parse_runs_on() -> None:
    words = ["Talks", "ended", "\n", "The", "mayor", "left", "."]
    spaces = [True, False, False, True, True, False, False]
    starts = [True, False, False, False, False, False, False]  # one sentence over the line break
    doc = Doc(NLP.vocab, words=words, spaces=spaces, sent_starts=starts)
    ctx = DocContext(doc)
    assert [s.text for s in ctx.sentences] == ["Talks ended", "The mayor left."]
    assert ctx.sentence_index(4) == 1 and ctx.sentence_index(0) == 0


def test_entities_between_are_those_wholly_inside() -> None:
    words = ["Ann", "Lee", "met", "Tom", "Baker", "in", "Oslo", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    doc = Doc(NLP.vocab, words=words, ents=ents)
    ctx = DocContext(doc)
    text = ctx.text
    assert [e.text for e in ctx.entities_between(0, len(text))] == ["Ann Lee", "Tom Baker", "Oslo"]
    assert [e.text for e in ctx.entities_between(text.index("met"), text.index("Baker"))] == []
    assert [e.text for e in ctx.entities_between(text.index("Tom"), len(text))] == ["Tom Baker", "Oslo"]


def test_char_span_expands_to_whole_tokens() -> None:
    text = "The council voted."
    span = _context(text).char_span(5, 9)
    assert span is not None and span.text == "council"


def test_char_span_expands_to_whole_tokens_and_is_none_where_no_token_is() -> None:
    ctx = _context("He said « ")
    span = ctx.char_span(1, 5)
    assert span is not None and span.text == "He said"
    assert ctx.char_span(9, 9) is None  # after the last mark: an empty quotation
    assert ctx.char_span(4, 4) is None


def test_entity_texts_and_labels_follow_the_entities() -> None:
    words = ["Ann", "Lee", "met", "Tom", "Baker", "in", "Oslo", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    ctx = DocContext(Doc(NLP.vocab, words=words, ents=ents))
    assert ctx.entity_texts == ("Ann Lee", "Tom Baker", "Oslo")
    assert ctx.entity_labels == ("PERSON", "PERSON", "GPE")


def _count_words(ctx: DocContext) -> list[int]:
    return [len(ctx.text.split())]


def test_memo_computes_once_per_document_and_never_across_documents() -> None:
    first, second = _context("One two three."), _context("One two.")
    value = first.memo(_count_words)
    assert first.memo(_count_words) is value  # the very object: not computed again
    assert value == [3]
    assert second.memo(_count_words) == [2]


def _word(ctx: DocContext, index: int) -> str:
    return ctx.text.split()[index]


def test_memo_keys_on_the_arguments_too() -> None:
    ctx = _context("One two three.")
    assert (ctx.memo(_word, 0), ctx.memo(_word, 1), ctx.memo(_word, 0)) == ("One", "two", "One")


def test_columns_hold_each_tokens_attribute() -> None:
    from spacy.attrs import LOWER

    ctx = _context("The Mayor spoke.")
    assert [NLP.vocab.strings[h] for h in ctx.column(LOWER).tolist()] == ["the", "mayor", "spoke", "."]


def test_among_agrees_with_numpy_isin() -> None:
    import numpy as np

    from quotrack.context import among

    values = np.array([3, 10, 2**63 + 5, 0, 7, 10], dtype=np.uint64)
    for ids in ([], [10], [0, 7], [1, 2, 2**63 + 5, 2**64 - 1]):
        sorted_ids = np.array(sorted(ids), dtype=np.uint64)
        assert among(values, sorted_ids).tolist() == np.isin(values, sorted_ids).tolist()


def test_char_span_agrees_with_spacy_on_every_range_that_holds_a_token() -> None:
    text = 'Lee said:  "No way."\n\nThen (R-OH) left… '
    doc = NLP(text)
    ctx = DocContext(doc)
    for start in range(-1, len(text) + 2):
        assert ctx.char_span(start, start) is None  # spaCy expands an empty range: we do not
        for end in range(start + 1, len(text) + 3):
            ours = ctx.char_span(start, end)
            theirs = doc.char_span(start, end, alignment_mode="expand")
            if theirs is not None and not len(theirs):
                theirs = None
            assert (ours is None) == (theirs is None), (start, end)
            if ours is not None and theirs is not None:
                assert (ours.start, ours.end) == (theirs.start, theirs.end), (start, end)


def test_token_range_is_the_char_spans_tokens_without_the_span() -> None:
    text = 'Lee said:  "No way."\n\nThen (R-OH) left… '
    ctx = DocContext(NLP(text))
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            span = ctx.char_span(start, end)
            tokens = ctx.token_range(start, end)
            assert tokens == (None if span is None else (span.start, span.end)), (start, end)


def test_sentences_opening_with_a_word_in_any_case() -> None:
    ctx = _context("In May it rained.\nWe stayed in.\nin June it did not.")
    opening = ctx.sentences_opening_with(get_string_id("in"))
    assert [s.text for s in opening] == ["In May it rained.", "in June it did not."]
    assert ctx.sentences_opening_with(get_string_id("out")) == []
    assert _context("").sentences_opening_with(get_string_id("in")) == []


def test_tokens_starting_by_counts_the_tokens_that_start_at_or_before_a_character() -> None:
    text = "Lee said:  no.  "
    ctx = DocContext(NLP(text))
    for char in range(-1, len(text) + 1):
        assert ctx.tokens_starting_by(char) == sum(t.idx <= char for t in ctx.doc), char
    assert DocContext(NLP("")).tokens_starting_by(5) == 0


def test_entity_at_is_the_entity_a_token_is_part_of() -> None:
    doc = NLP("Ann Lee met Bo Roe of Acme Corp in May.")
    doc.ents = [
        doc.char_span(0, 7, label="PERSON"),
        doc.char_span(12, 18, label="PERSON"),
        doc.char_span(22, 31, label="ORG"),
    ]
    ctx = DocContext(doc)
    found = [ctx.entity_at(i) for i in range(len(doc))]
    assert [ent.text if ent is not None else None for ent in found] == [
        "Ann Lee",
        "Ann Lee",
        None,
        "Bo Roe",
        "Bo Roe",
        None,
        "Acme Corp",
        "Acme Corp",
        None,
        None,
        None,
    ]
    assert DocContext(NLP("No names here.")).entity_at(0) is None


def test_parse_sentence_is_the_parsers_sentence_of_a_token() -> None:
    words = ["Talks", "ended", "\n", "The", "mayor", "left", ".", "Lee", "won", "."]
    starts = [True, False, False, False, False, False, False, True, False, False]
    doc = Doc(NLP.vocab, words=words, sent_starts=starts)
    ctx = DocContext(doc)
    assert [ctx.parse_sentence(t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert ctx.parse_sentence(4) == (0, 7)  # over the line break, where ctx.sentences cut
    unsplit = DocContext(NLP("Lee won."))
    try:
        unsplit.parse_sentence(0)
    except ValueError:
        pass  # no sentence starts: as Token.sent
    else:
        raise AssertionError("expected a ValueError")


def test_a_lexicon_file_that_is_not_there_is_an_error_not_an_entry(tmp_path: Path) -> None:
    missing = str(tmp_path / "my_outlets.txt")
    with pytest.raises(LexiconError, match=r"no outlets file at .*my_outlets\.txt"):
        Lexicons.build(outlets=missing)
    with pytest.raises(LexiconError, match="no cues file at"):
        Lexicons.build(cues=str(tmp_path / "my_cues.txt"))
    (tmp_path / "my_outlets.txt").write_text("Harbor Herald\n", encoding="utf-8")
    assert "Harbor Herald" in Lexicons.build(outlets=missing).outlets
    assert "Notes.txt" in Lexicons.build(outlets=["Notes.txt"]).outlets  # a line in a list is a line


def test_a_span_outside_the_text_says_so() -> None:
    ctx = DocContext(spacy.blank("en")("Short text here."))
    with pytest.raises(ValueError, match="span 10-500 is outside the text, of 16 characters"):
        ctx.span(10, 500)
    assert ctx.span(0, 5).text == "Short"
