"""Tracker.pipe at scale: lazy streaming, contexts, worker processes, long texts, pickling."""

from __future__ import annotations

import pickle
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.pipeline import EntityRuler, TextCategorizer

import quotrack
from quotrack import Detector, PluginError, Result, TextTypeError, Tracker, default_pipeline_name
from quotrack.context import DocContext
from quotrack.model import Attribution
from quotrack.parsing import chunks, installed_package, load_pipeline, unused_components

TEXTS = [
    '"We will not raise taxes this year," the finance minister said on Monday.',
    "The mayor said that the new bridge would open in the spring.",
    "According to the city council, the budget was approved without debate.",
    "Union leaders urged the company to reopen the talks with the drivers.",
    '"The data is clear," said Maria Lopez, a researcher at the institute. '
    '"Sea levels are rising faster than expected."',
    "Officials expressed concern over the rising cost of housing in the capital.",
    "The weather was mild and the market was busy.",
    "Police said the suspect had been arrested at the airport, according to local media.",
    "The coach told reporters that the team had played its best game of the season.",
    '"It is a good start," he said, "but there is a lot of work ahead."',
]


def counted(texts: list[str], consumed: list[int]) -> Iterator[str]:
    """Yield ``texts``, recording each index as it is read."""
    for index, text in enumerate(texts):
        consumed.append(index)
        yield text


def summary(result: Result) -> list[tuple[str, str, str | None]]:
    return [
        (a.kind.value, a.content.text, a.speaker.name if a.speaker else None) for a in result.attributions
    ]


# -- streaming ------------------------------------------------------------------
def test_pipe_reads_its_input_one_batch_at_a_time(tracker: Tracker) -> None:
    consumed: list[int] = []
    results = tracker.pipe(counted(TEXTS * 5, consumed), batch_size=4)
    assert consumed == []
    first = next(results)
    assert len(consumed) == 4
    assert first == tracker(TEXTS[0])
    assert len(list(results)) == 49
    assert len(consumed) == 50


def test_pipe_results_match_single_calls_in_order(tracker: Tracker) -> None:
    results = list(tracker.pipe(TEXTS, batch_size=3))
    assert [r.text for r in results] == TEXTS
    assert results == [tracker(text) for text in TEXTS]
    assert summary(results[1]) == [("indirect", "the new bridge would open in the spring", "The mayor")]
    assert summary(results[6]) == []


def test_as_tuples_carries_each_context_with_its_result(tracker: Tracker) -> None:
    meta = {"outlet": "Daily Example", "date": "2024-05-01"}
    items = [(text, {"id": f"doc-{i}", **meta}) for i, text in enumerate(TEXTS)]
    out = list(tracker.pipe(items, batch_size=4, as_tuples=True))
    assert [context["id"] for _, context in out] == [f"doc-{i}" for i in range(len(TEXTS))]
    assert all(result.text == text for (result, _), (text, _) in zip(out, items, strict=True))


def test_as_tuples_rejects_bare_texts(tracker: Tracker) -> None:
    with pytest.raises(TextTypeError, match="pair"):
        list(tracker.pipe(TEXTS[:2], as_tuples=True))


def test_empty_and_blank_texts_give_empty_results(tracker: Tracker) -> None:
    assert [len(r) for r in tracker.pipe(["", "  \n ", TEXTS[1]])] == [0, 0, 1]


def test_bad_arguments_fail_before_any_text_is_read(tracker: Tracker) -> None:
    consumed: list[int] = []
    with pytest.raises(ValueError, match="batch_size"):
        tracker.pipe(counted(TEXTS, consumed), batch_size=0)
    with pytest.raises(ValueError, match="n_process"):
        tracker.pipe(counted(TEXTS, consumed), n_process=0)
    assert consumed == []


# -- worker processes -------------------------------------------------------------
def test_two_processes_give_the_same_results_lazily(tracker: Tracker) -> None:
    consumed: list[int] = []
    items = ((text, index) for index, text in enumerate(counted(TEXTS * 3, consumed)))
    results = tracker.pipe(items, batch_size=2, n_process=2, as_tuples=True)
    first = next(results)
    # at most two batches a worker are in flight
    assert len(consumed) <= 2 * 2 * 2 + 2
    out = [first, *results]
    assert [index for _, index in out] == list(range(30))
    assert [result for result, _ in out] == list(tracker.pipe(TEXTS * 3))


def test_an_error_in_a_worker_is_raised_in_the_caller(tracker: Tracker) -> None:
    texts: list[Any] = [*TEXTS, b"raw bytes", *TEXTS]
    with pytest.raises(TextTypeError, match="decode"):
        list(tracker.pipe(texts, batch_size=2, n_process=2))


# -- long texts -------------------------------------------------------------------
def key(result: Result) -> list[object]:
    return [(a.kind, a.content, a.pieces, a.cue, a.speaker, a.chain, a.detector) for a in result.attributions]


@pytest.fixture(scope="module")
def whole() -> Tracker:
    """A Tracker that parses every text in one piece."""
    return Tracker(chunk_chars=10**7)


@pytest.mark.parametrize(
    ("text", "chunk_chars"),
    [
        ("\n\n".join(TEXTS * 8), 2_000),
        ("\r\n".join(TEXTS * 8), 1_500),
        (" ".join(TEXTS * 3), 700),  # one paragraph longer than chunk_chars
    ],
    ids=["paragraphs", "crlf", "one-paragraph"],
)
def test_long_text_in_pieces_finds_what_the_whole_parse_finds(
    whole: Tracker, text: str, chunk_chars: int
) -> None:
    assert len(list(chunks(text, chunk_chars))) >= 3
    pieces = Tracker(chunk_chars=chunk_chars)(text)
    assert key(pieces) == key(whole(text))
    assert len(pieces) >= 8
    for attribution in pieces.attributions:
        assert text[attribution.content.start : attribution.content.end] == attribution.content.text


def test_pieces_stay_within_the_pipelines_max_length() -> None:
    text = "\n\n".join(TEXTS * 8)
    small = Tracker(chunk_chars=10**7)
    small.nlp.max_length = 1_000
    assert len(small(text)) == len(Tracker()(text))


@given(
    st.text(alphabet='ab .\n\r"', max_size=300),
    st.integers(min_value=1, max_value=60),
)
def test_chunks_join_back_and_respect_the_size(text: str, size: int) -> None:
    pieces = list(chunks(text, size))
    assert "".join(pieces) == text
    assert all(piece for piece in pieces[:-1])
    # past the size, a piece only carries the whitespace after its cut
    assert all(len(piece) <= size or not piece[size:].strip() for piece in pieces)


def test_chunks_cut_at_paragraph_ends() -> None:
    text = "\n".join(f"Paragraph number {i} is here." for i in range(40))
    pieces = list(chunks(text, 100))
    assert all(piece.endswith("\n") for piece in pieces[:-1])
    assert all(piece.split("\n")[0].startswith("Paragraph") for piece in pieces)


# -- pickling and the pipeline ----------------------------------------------------------
def test_a_used_tracker_pickles_small_and_works(tracker: Tracker) -> None:
    tracker(TEXTS[0])  # the pipeline is loaded
    data = pickle.dumps(tracker)
    assert len(data) < 2_000
    clone = pickle.loads(data)
    assert clone(TEXTS[1]) == tracker(TEXTS[1])


def test_a_language_from_a_package_travels_by_name(tracker: Tracker) -> None:
    nlp = spacy.load(default_pipeline_name())
    assert installed_package(nlp) == default_pipeline_name()
    data = pickle.dumps(Tracker(nlp))
    assert len(data) < 2_000
    assert pickle.loads(data)(TEXTS[2]) == tracker(TEXTS[2])


def test_a_language_travels_with_quotrack_s_own_components_as_it_had_them(tracker: Tracker) -> None:
    # spacy.load gives neither of quotrack's components: nor does the copy (a worker's, under spawn)
    nlp = spacy.load(default_pipeline_name())
    original = Tracker(nlp)
    clone = pickle.loads(pickle.dumps(original))
    assert clone.nlp.pipe_names == nlp.pipe_names
    text = '"We will win,"\nsaid Ann Lee.'  # (no sentence break at the line break without them)
    assert clone(text) == original(text)
    again = pickle.loads(pickle.dumps(Tracker(tracker.nlp)))
    assert again.nlp.pipe_names == tracker.nlp.pipe_names


def test_a_customised_language_travels_as_itself() -> None:
    nlp = spacy.load(default_pipeline_name())
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler", before="ner"))
    ruler.add_patterns([{"label": "ORG", "pattern": "Harbour Watch"}])
    assert installed_package(nlp) is None
    clone = pickle.loads(pickle.dumps(Tracker(nlp)))
    assert "entity_ruler" in clone.nlp.pipe_names
    text = "Harbour Watch said that the water was clean again."
    assert summary(clone(text)) == summary(Tracker(nlp)(text))


def test_a_language_with_a_needed_component_disabled_travels_as_itself() -> None:
    nlp = spacy.load(default_pipeline_name(), disable=["ner"])
    assert installed_package(nlp) is None
    clone = pickle.loads(pickle.dumps(Tracker(nlp)))
    assert "ner" in clone.nlp.disabled


def test_the_default_pipeline_runs_every_component_it_needs(tracker: Tracker) -> None:
    assert unused_components(tracker.nlp) == []
    needed = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
    assert needed <= set(tracker.nlp.pipe_names)


def test_components_quotrack_does_not_read_are_disabled_on_load(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    textcat = cast(TextCategorizer, nlp.add_pipe("textcat"))
    textcat.add_label("POLITICS")
    textcat.add_label("SPORT")
    nlp.initialize()
    path = tmp_path / "pipeline"
    nlp.to_disk(path)
    loaded = load_pipeline(path)
    assert loaded.pipe_names == ["sentencizer"]
    assert loaded.disabled == ["textcat"]
    assert loaded("Prices rose.").cats == {}
    assert Tracker(path).nlp.pipe_names == ["sentencizer"]


class _Fails(Detector):
    """A detector that raises on every text (at module level: workers unpickle it by name)."""

    name = "test-fails"

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        raise RuntimeError("no luck")


def test_a_plugin_error_in_a_worker_reaches_the_caller_naming_the_plugin() -> None:
    tracker = Tracker(detectors=[_Fails()])
    with pytest.raises(PluginError, match="test-fails: detector raised RuntimeError: no luck") as raised:
        list(tracker.pipe(["Ann Lee said it rained."] * 4, n_process=2, batch_size=2))
    assert raised.value.plugin == "test-fails"


@pytest.mark.parametrize("one", ["Ann Lee said it rained.", b"Ann Lee said it rained."])
def test_pipe_refuses_one_text_it_would_read_a_character_at_a_time(tracker: Tracker, one: Any) -> None:
    with pytest.raises(TextTypeError, match="pipe takes texts"):
        tracker.pipe(one)


def test_a_subclass_of_str_is_read_as_its_text(tracker: Tracker) -> None:
    class Headline(str):
        pass

    text = '"We will win," Ann Lee said.'
    assert tracker(Headline(text)) == tracker(text)


@pytest.mark.parametrize(
    ("settings", "message"), [({"nlp": 5}, "nlp must be"), ({"clean": "yes"}, "clean must be")]
)
def test_a_setting_of_the_wrong_type_fails_when_the_tracker_is_made(
    settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(quotrack.ArgumentError, match=message):
        Tracker(**settings)


def test_contexts_stay_in_the_calling_process(tracker: Tracker) -> None:
    lock = threading.Lock()  # (a context that cannot be pickled to a worker)
    texts = ["Ann Lee said it rained.", '"We won," Bo Roe said.', "It rained."]
    out = list(tracker.pipe([(text, lock) for text in texts], as_tuples=True, n_process=2, batch_size=1))
    assert [context is lock for _, context in out] == [True, True, True]
    assert [result.text for result, _ in out] == texts
