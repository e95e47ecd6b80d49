"""The Tracker API: results, JSON, pipelines, input errors."""

from __future__ import annotations

import json

import pytest
import spacy
from _support import FailsOnZorb

import quotrack
from quotrack import Kind, Result
from quotrack.parsing import default_pipeline_name


def test_result_shape_and_offsets(tracker: quotrack.Tracker) -> None:
    text = 'Officials said the dam was safe. "We inspected it twice," the engineer told the BBC.'
    result = tracker(text)
    assert isinstance(result, Result) and result.text == text
    starts = [(a.content.start, -a.content.end) for a in result.attributions]
    assert starts == sorted(starts)
    assert [a.kind for a in result.attributions] == [Kind.INDIRECT, Kind.DIRECT]
    for a in result.attributions:
        assert text[a.content.start : a.content.end] == a.content.text


def test_json_round_trip_is_lossless(tracker: quotrack.Tracker, seed_text: str) -> None:
    result = tracker(seed_text)
    data = json.loads(json.dumps(result.to_dict()))
    assert Result.from_dict(data) == result
    assert data["attributions"][0]["kind"] in {"direct", "mixed", "indirect"}


def test_pipe_keeps_order(tracker: quotrack.Tracker) -> None:
    texts = ['"Yes," said Ann.', "Nothing to see.", "Bob said the shop was closed."]
    results = list(tracker.pipe(texts, batch_size=2))
    assert [r.text for r in results] == texts
    assert [len(r.attributions) for r in results] == [1, 0, 1]


def test_extract_uses_a_default_tracker() -> None:
    attributions = quotrack.extract("The coach said the team was ready.")
    assert [a.speaker.name for a in attributions if a.speaker] == ["The coach"]


def test_tracker_accepts_a_language_object(tracker: quotrack.Tracker) -> None:
    nlp = spacy.load(quotrack.default_pipeline_name())
    mine = quotrack.Tracker(nlp=nlp)
    assert mine.nlp is nlp
    text = "The coach said the team was ready."
    assert mine(text) == tracker(text)


def test_missing_pipeline_names_the_install_command() -> None:
    with pytest.raises(quotrack.PipelineNotFoundError, match="pip install"):
        quotrack.Tracker(nlp="en_core_web_nonexistent")("Some text.")


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["a list"], {"a": "dict"}])
def test_non_text_is_a_type_error(tracker: quotrack.Tracker, bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        tracker(bad)  # type: ignore[arg-type]


def test_bytes_say_how_to_decode(tracker: quotrack.Tracker) -> None:
    with pytest.raises(quotrack.TextTypeError, match="decode"):
        tracker(b"The coach said so.")  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t"])
def test_blank_text_gives_an_empty_result(tracker: quotrack.Tracker, blank: str) -> None:
    assert tracker(blank) == Result(text=blank)


def test_max_chars(tracker: quotrack.Tracker) -> None:
    small = quotrack.Tracker(nlp=tracker.nlp, max_chars=10)
    with pytest.raises(quotrack.DocumentTooLongError):
        small("This text is longer than ten characters.")


def test_parse_gives_the_docs_the_tracker_analyses() -> None:
    long_tracker = quotrack.Tracker(chunk_chars=200)
    short = '"We will win," Ann Lee said.'
    long = "\n\n".join(f"Officials said that bridge {i} was safe." for i in range(12))
    docs = long_tracker.parse([short, long])
    assert [doc.text for doc in docs] == [short, long]
    assert [long_tracker.process(doc, text) for doc, text in zip(docs, [short, long], strict=True)] == list(
        long_tracker.pipe([short, long])
    )


def test_confidence_does_not_change_what_is_found(tracker: quotrack.Tracker, seed_text: str) -> None:
    result = tracker(seed_text)
    assert result.attributions and all(0.0 < a.confidence < 1.0 for a in result.attributions)
    kept = quotrack.Tracker(min_confidence=0.5)(seed_text)
    assert list(kept.attributions) == [a for a in result.attributions if a.confidence >= 0.5]
    assert len(kept.attributions) < len(result.attributions)


def test_a_pipeline_without_a_parser_is_named_as_the_fault() -> None:
    nlp = spacy.load(default_pipeline_name(), exclude=["parser"])
    with pytest.raises(quotrack.ArgumentError, match="the pipeline has no dependency parser"):
        quotrack.Tracker(nlp)('"Rates will rise," said Ann Lee.')


@pytest.mark.parametrize("batch_size", [1, 2, 8])
def test_pipe_with_on_error_leaves_out_only_the_text_a_plugin_fails_on(
    tracker: quotrack.Tracker, batch_size: int
) -> None:
    mine = quotrack.Tracker(nlp=tracker.nlp, detectors=["reported", FailsOnZorb()])
    texts = ["Ann said the shop was closed.", "Bo said the zorb was late.", "Cy said it rained.", "zorb"]
    failed: list[tuple[object, str]] = []
    pairs = [(text, n) for n, text in enumerate(texts)]
    done = mine.pipe(
        pairs, batch_size=batch_size, as_tuples=True, on_error=lambda item, e: failed.append((item, str(e)))
    )
    assert [(n, len(result)) for result, n in done] == [(0, 1), (2, 1)]
    assert [item for item, _ in failed] == [pairs[1], pairs[3]]
    assert all(
        "test-fails-on-zorb: detector raised RuntimeError: cannot read zorb" in message
        for _, message in failed
    )


def test_pipe_without_on_error_raises_the_plugin_error(tracker: quotrack.Tracker) -> None:
    mine = quotrack.Tracker(nlp=tracker.nlp, detectors=[FailsOnZorb()])
    with pytest.raises(quotrack.PluginError, match="test-fails-on-zorb"):
        list(mine.pipe(["Fine.", "zorb"]))


def test_pipe_with_on_error_in_worker_processes_keeps_the_others(tracker: quotrack.Tracker) -> None:
    mine = quotrack.Tracker(nlp=tracker.nlp, detectors=["reported", FailsOnZorb()])
    texts = ["Ann said it was closed.", "zorb", "Cy said it rained.", "Di said it snowed."]
    failed: list[str] = []
    done = list(mine.pipe(texts, batch_size=2, n_process=2, on_error=lambda text, e: failed.append(text)))
    assert [r.text for r in done] == [texts[0], texts[2], texts[3]] and failed == ["zorb"]


def test_pipe_with_on_error_raises_an_error_of_the_texts_own_reading(tracker: quotrack.Tracker) -> None:
    def texts():  # type: ignore[no-untyped-def]
        yield "Ann said it was closed."
        raise quotrack.RecordError("in.jsonl:2", "no text")

    with pytest.raises(quotrack.RecordError, match=r"in\.jsonl:2"):
        list(tracker.pipe(texts(), on_error=lambda text, e: None))
