"""The coref hook: clusters a coreference component left on the Doc resolve pronouns first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _support import speaker_of
from spacy.tokens import Doc

import quotrack
from quotrack import Result, SpeakerKind
from quotrack.resolvers.coref import coref_clusters

_COREF_TEXT = '"Ada Lind will win," a voter said on Monday. She said the plan worked.'


def _parsed(tracker: quotrack.Tracker) -> Doc:
    return tracker.nlp(_COREF_TEXT)


def _she(result: Result) -> tuple[str, str, SpeakerKind]:
    return speaker_of(result, "plan worked")


def test_without_coref_the_pronoun_takes_the_latest_compatible_candidate(tracker: quotrack.Tracker) -> None:
    result = tracker.process(_parsed(tracker))
    assert _she(result)[1] == "a voter"


def test_coref_clusters_in_doc_spans_resolve_pronouns_first(tracker: quotrack.Tracker) -> None:
    doc = _parsed(tracker)
    start = _COREF_TEXT.index("Ada Lind")
    she = _COREF_TEXT.index("She")
    lind = doc.char_span(start, start + len("Ada Lind"))
    pronoun = doc.char_span(she, she + 3)
    assert lind is not None and pronoun is not None
    doc.spans["coref_clusters_1"] = [lind, pronoun]
    assert [[s.text for s in c] for c in coref_clusters(doc)] == [["Ada Lind", "She"]]
    assert _she(tracker.process(doc)) == ("She", "Ada Lind", SpeakerKind.PERSON)


@pytest.fixture
def coref_extension() -> Iterator[None]:
    Doc.set_extension("coref_clusters", default=None, force=True)
    yield
    Doc.remove_extension("coref_clusters")


@pytest.mark.usefixtures("coref_extension")
def test_coref_clusters_as_char_offsets_or_token_indexes(tracker: quotrack.Tracker) -> None:
    start = _COREF_TEXT.index("Ada Lind")
    she = _COREF_TEXT.index("She")
    doc = _parsed(tracker)
    doc._.coref_clusters = [[(start, start + len("Ada Lind")), (she, she + 3)]]
    assert _she(tracker.process(doc))[1] == "Ada Lind"
    doc = _parsed(tracker)
    first = doc.char_span(start, start + 3)
    pronoun = doc.char_span(she, she + 3)
    assert first is not None and pronoun is not None
    doc._.coref_clusters = [[[first.start, first.start + 1], [pronoun.start, pronoun.start]]]
    assert [[s.text for s in c] for c in coref_clusters(doc)] == [["Ada Lind", "She"]]
    assert _she(tracker.process(doc))[1] == "Ada Lind"
