"""The spaCy component: nlp.add_pipe("quotrack"), in one process and in two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from quotrack import ArgumentError, Result, Tracker, default_pipeline_name
from quotrack.component import RESULT_ATTR

TEXTS = [
    '"Prices will fall before the winter," the minister said.',
    "The union said that its members would strike on Friday.",
    "According to the harbour authority, the port will stay closed until Monday.",
    '"We have done our part," said Ruth Adler. "Now it is up to the council."',
    "The sun came out in the afternoon.",
    "Doctors urged parents to keep sick children at home.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.load(default_pipeline_name())
    pipeline.add_pipe("quotrack")
    return pipeline


def test_doc_attributions_equal_the_trackers(nlp: Language, tracker: Tracker) -> None:
    for text in TEXTS:
        doc = nlp(text)
        assert doc._.attributions == tracker(text).attributions
        assert doc._.quotrack == tracker(text)
    assert [a.speaker.name for a in nlp(TEXTS[3])._.attributions if a.speaker] == ["Ruth Adler"]


def test_the_result_is_stored_as_plain_json_data(nlp: Language) -> None:
    doc = nlp(TEXTS[1])
    data = doc._.get(RESULT_ATTR)
    assert Result.from_dict(json.loads(json.dumps(data))) == doc._.quotrack
    assert data["attributions"][0]["content"]["text"] == "its members would strike on Friday"


def test_attributions_survive_doc_serialisation(nlp: Language) -> None:
    docs = list(nlp.pipe(TEXTS))
    restored = list(DocBin(docs=docs, store_user_data=True).get_docs(nlp.vocab))
    assert [d._.attributions for d in restored] == [d._.attributions for d in docs]
    assert Doc(nlp.vocab).from_bytes(docs[0].to_bytes())._.attributions == docs[0]._.attributions


def test_two_processes_give_the_same_docs(nlp: Language) -> None:
    single = [doc._.attributions for doc in nlp.pipe(TEXTS)]
    double = [doc._.attributions for doc in nlp.pipe(TEXTS * 2, n_process=2, batch_size=2)]
    assert double == single * 2
    assert sum(map(len, single)) >= 5


def test_a_doc_without_the_component_has_no_attributions(nlp: Language) -> None:
    doc = spacy.blank("en")("Nothing ran here.")
    assert doc._.attributions == ()
    assert doc._.quotrack is None


def test_the_component_takes_its_detectors_from_the_config() -> None:
    pipeline = spacy.load(default_pipeline_name())
    pipeline.add_pipe("quotrack", config={"detectors": ["quotes"], "resolvers": []})
    found = [pipeline(text)._.attributions for text in TEXTS]
    assert {a.detector for attributions in found for a in attributions} == {"quotes"}
    assert found[1] == ()


def test_a_saved_pipeline_loads_with_the_component(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names[-1] == "quotrack"
    assert loaded(TEXTS[0])._.attributions == nlp(TEXTS[0])._.attributions


def test_the_component_before_a_parser_says_it_needs_one() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("quotrack")
    with pytest.raises(ArgumentError, match="'quotrack' component needs a parsed Doc: add it after a parser"):
        blank('"We will win," Ann Lee said.')
    assert blank("  ")._.attributions == ()  # (nothing to parse: nothing needed)
