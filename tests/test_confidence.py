"""quotrack.confidence: the features of an attribution, the model, its file, and the dial."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import quotrack
from quotrack.confidence import FORMAT, ConfidenceModel, check_min_confidence, features, resolve, rule_of
from quotrack.context import DocContext
from quotrack.errors import ArgumentError, ConfidenceFileError, QuotrackError

STORY = (
    '"We will not raise taxes," Maria Lopez said on Monday.\n\n'
    "She added that the budget would be balanced by 2027.\n\n"
    "The plan is popular, according to a poll by the Herald."
)


def _features_of(tracker: quotrack.Tracker, text: str) -> list[tuple[str, list[str]]]:
    doc = tracker.nlp(text)
    result, names = tracker.engine.featured(doc, text)
    return [(a.content.text, found) for a, found in zip(result.attributions, names, strict=True)]


# -- features -------------------------------------------------------------------------------


def test_rule_of_keeps_the_rule_and_drops_the_words() -> None:
    assert rule_of("reported: clausal complement of 'warn'") == "reported: clausal complement of Q"
    assert (
        rule_of("reported: directive 'urge': object and infinitive")
        == "reported: directive Q: object and infinitive"
    )
    assert rule_of("pronouns: 'she' → 'Maria Lopez'") == "pronouns: changed"
    assert rule_of("names: 'Trump's aides' → 'Donald Trump's aides'") == "names: changed"
    assert rule_of("outlets: outlet 'Reuters'") == "outlets: outlet set"
    assert rule_of("roles: 'the minister' dropped") == "roles: dropped"
    assert rule_of("merge: reported inside a claim found by according") == (
        "merge: reported inside a claim found by according"
    )


def test_features_say_how_each_speaker_was_found(tracker: quotrack.Tracker) -> None:
    found = dict(_features_of(tracker, STORY))
    quote = found["We will not raise taxes"]
    assert "rule: quotes: quotation with cue Q" in quote
    assert {"kind: direct", "speaker: person", "speaker: after the content", "cue: speech"} <= set(quote)
    pronoun = found["the budget would be balanced by 2027"]
    assert "then: pronouns: changed" in pronoun
    assert any(name.startswith("speaker: pronoun, antecedent <") for name in pronoun)
    assert "speaker: another paragraph" not in pronoun  # "She" is in the content's paragraph


def test_features_see_the_act(tracker: quotrack.Tracker) -> None:
    text = "Maria Lopez commented on the budget plan. Lopez said that taxes would fall."
    found = dict(_features_of(tracker, text))
    assert "act: topic" in found["the budget plan"]
    assert "act: speech" in found["taxes would fall"]


def test_features_count_other_names_in_the_paragraph(tracker: quotrack.Tracker) -> None:
    alone = dict(_features_of(tracker, "Maria Lopez said that taxes would fall."))
    crowded = dict(
        _features_of(tracker, "Maria Lopez, John Smith and Ann Lee met. Lopez said that taxes would fall.")
    )
    assert "other names in the paragraph: <1" in alone["taxes would fall"]
    assert "other names in the paragraph: <4" in crowded["taxes would fall"]


def test_features_of_a_quote_without_speaker_or_cue() -> None:
    text = 'The sign read "Closed for good" all week.'
    ctx = DocContext(spacy.blank("en")(text))
    a = quotrack.Attribution(
        kind="direct",
        content=quotrack.TextSpan.of(text, 15, 30),
        detector="quotes",
        explanation=["quotes: quotation, no speaker"],
    )
    names = features(ctx, a, neighbours=1)
    assert {"speaker: none", "speaker: none, direct", "cue: none", "overlaps another attribution"} <= set(
        names
    )
    assert "content: no verb, direct" in names  # a blank pipeline tags nothing a verb
    assert "rule: quotes: quotation, no speaker" in names


# -- the model and its file -----------------------------------------------------------------


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = ConfidenceModel(bias=-1.0, weights={"a": 1.0, "b": 2.0})
    assert model.probability([]) == pytest.approx(1 / (1 + 2.718281828459045))
    assert model.probability(["a"]) == pytest.approx(0.5)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(1 / (1 + 2.718281828459045**-2))
    assert model.confidence(["a", "b"]) == round(model.probability(["a", "b"]), 4)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = ConfidenceModel(bias=0.25, weights={"kind: direct": 1.5}, meta={"data": ["mine.jsonl"]})
    path = tmp_path / "mine.json"
    model.save(path)
    loaded = ConfidenceModel.load(path)
    assert loaded == model and loaded.meta == {"data": ["mine.jsonl"]}
    assert json.loads(path.read_text("utf-8"))["format"] == FORMAT


@pytest.mark.parametrize(
    "content",
    [
        "not json at all",
        json.dumps({"bias": 0, "weights": {}}),  # no format
        json.dumps({"format": FORMAT, "bias": "zero", "weights": {}}),
        json.dumps({"format": FORMAT, "bias": 0, "weights": ["a", "b"]}),
        json.dumps({"format": FORMAT, "bias": 0, "weights": {"a": None}}),
        json.dumps({"format": FORMAT, "bias": 0, "weights": {}, "meta": []}),
    ],
)
def test_a_malformed_file_fails_when_the_tracker_is_made_naming_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ConfidenceFileError, match=r"broken\.json") as caught:
        quotrack.Tracker(confidence=path)
    assert isinstance(caught.value, QuotrackError)


def test_a_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfidenceFileError, match=r"nowhere\.json"):
        resolve(tmp_path / "nowhere.json")
    with pytest.raises(ConfidenceFileError, match="not int"):
        resolve(3)  # type: ignore[arg-type]


def test_the_bundled_model_says_where_it_came_from() -> None:
    model = ConfidenceModel.default()
    assert resolve(None) is model
    assert model.weights and model.meta["documents"] >= 840  # PolNeAR train has 840
    assert model.meta["data"][0] == "polnear/train.jsonl"
    assert 0 < model.meta["settings"]["complete"] < model.meta["settings"]["precise"] < 1
    assert model.meta["check"]["ece"] <= 0.05


# -- the dial -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [-0.1, 1.01, "0.5", True, None])
def test_min_confidence_must_be_a_number_in_0_1(value: object) -> None:
    with pytest.raises(ArgumentError, match="min_confidence"):
        check_min_confidence(value)
    with pytest.raises(ArgumentError, match="min_confidence"):
        quotrack.Tracker(min_confidence=value)  # type: ignore[arg-type]


def test_a_setting_is_named_by_the_model_that_chose_it() -> None:
    bundled = ConfidenceModel.default().settings
    assert bundled["all"] == 0.0 < bundled["complete"] < bundled["precise"] < 1
    assert check_min_confidence("complete") == bundled["complete"]
    assert quotrack.Tracker(min_confidence="precise").engine.min_confidence == bundled["precise"]
    own = ConfidenceModel(bias=0.0, weights={}, meta={"settings": {"strict": 0.9}})
    assert check_min_confidence("strict", own) == 0.9
    with pytest.raises(ArgumentError, match="one of 'all', 'strict', not 'precise'"):
        check_min_confidence("precise", own)


def test_every_attribution_gets_a_confidence_and_the_dial_keeps_those_at_or_above(
    tracker: quotrack.Tracker,
) -> None:
    everything = tracker(STORY)
    confidences = sorted(a.confidence for a in everything.attributions)
    assert len(confidences) >= 3 and all(0 < c < 1 for c in confidences)
    assert len(set(confidences)) > 1  # they say something: not all the same
    middle = confidences[1]
    kept = quotrack.Tracker(min_confidence=middle)(STORY)
    assert [a for a in everything.attributions if a.confidence >= middle] == list(kept.attributions)
    assert all(a.confidence >= middle for a in kept.attributions)
    assert quotrack.Tracker(min_confidence=1.0)(STORY).attributions == ()


def test_a_model_of_ones_own_is_used(tmp_path: Path, tracker: quotrack.Tracker) -> None:
    path = tmp_path / "direct-only.json"
    ConfidenceModel(bias=-3.0, weights={"kind: direct": 6.0}).save(path)
    result = quotrack.Tracker(confidence=path)(STORY)
    by_kind = {a.kind.value: a.confidence for a in result.attributions}
    assert by_kind["direct"] == pytest.approx(0.9526, abs=1e-4)
    assert by_kind["indirect"] == pytest.approx(0.0474, abs=1e-4)
    # the same attributions as the default tracker, with other confidences
    assert [a.content for a in result.attributions] == [a.content for a in tracker(STORY).attributions]


def test_the_spacy_component_takes_the_dial(tmp_path: Path) -> None:
    path = tmp_path / "direct-only.json"
    ConfidenceModel(bias=-3.0, weights={"kind: direct": 6.0}).save(path)
    nlp = spacy.load(quotrack.default_pipeline_name())
    nlp.add_pipe("quotrack", config={"confidence": str(path), "min_confidence": 0.5})
    assert [a.kind.value for a in nlp(STORY)._.attributions] == ["direct"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"complete": 1.5}, "thresholds from 0 to 1"),
        ({"loose": "0.2"}, "thresholds from 0 to 1"),
        ({"all": 0.5}, "the setting 'all' is 0"),
    ],
)
def test_a_model_file_s_settings_are_checked(settings: dict[str, object], message: str) -> None:
    data = {"format": FORMAT, "bias": 0.0, "weights": {}, "meta": {"settings": settings}}
    with pytest.raises(ConfidenceFileError, match=f"mine.json: .*{message}"):
        ConfidenceModel.from_dict(data, "mine.json")
