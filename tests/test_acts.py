"""The act lexicons: which act a cue reports, read from text or from a parse."""

from __future__ import annotations

import pytest

from quotrack import Act
from quotrack.acts import ActLexicon, lemma_candidates


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("hoped", "hope"),
        ("planned", "plan"),
        ("worries", "worry"),
        ("backing", "back"),
        ("endorses", "endorse"),
    ],
)
def test_lemma_candidates_include_the_lemma(word: str, lemma: str) -> None:
    assert lemma in lemma_candidates(word)


def test_phrasal_cues_and_fillers() -> None:
    lexicon = ActLexicon.default()
    assert lexicon.of_text("has repeatedly called for") is Act.STANCE
    assert lexicon.of_text("called") is Act.SPEECH  # "called the plan a disaster": naming is speech
    assert lexicon.of_text("did not endorse") is Act.STANCE
    assert lexicon.of_text("are expected") is Act.BELIEF


def test_extended_lexicon_adds_cues_and_refuses_bad_lines() -> None:
    lexicon = ActLexicon.default().extended(["lobby stance"])
    assert lexicon.of_text("lobbied") is Act.STANCE
    assert ActLexicon.default().of_text("lobbied") is Act.SPEECH
    with pytest.raises(ValueError, match="acts:1: expected 'LEMMA ACT'"):
        ActLexicon.default().extended(["lobby rumour"])


def test_acts_of_tokens_in_a_parse(tracker: object) -> None:
    nlp = tracker.nlp  # type: ignore[attr-defined]
    doc = nlp("The figures show a fall, and Ines Ruiz called for calm while Bo Lind feared the worst.")
    lexicon = ActLexicon.default()
    show, called, feared = (next(t for t in doc if t.text == w) for w in ("show", "called", "feared"))
    figures = next(t for t in doc if t.text == "figures")
    assert lexicon.of_token(show, figures) is Act.EVIDENCE
    assert lexicon.of_token(called) is Act.STANCE
    assert lexicon.of_token(feared) is Act.BELIEF
    assert lexicon.of_source(figures) is Act.EVIDENCE
    assert lexicon.of_source(None) is Act.SPEECH
