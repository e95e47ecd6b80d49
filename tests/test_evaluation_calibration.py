"""quotrack.evaluation.calibration: end-to-end labels, the logistic fit, fit() on a gold file."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import quotrack
from quotrack.confidence import ConfidenceModel
from quotrack.errors import ArgumentError
from quotrack.evaluation.calibration import choose_settings, fit, fit_logistic, labelled
from quotrack.evaluation.gold import GoldDocument, GoldQuote

TEXT = '"We will win," Ann Lee said. Officials said the vote was fair.'


def _gold(speaker: str | None) -> GoldDocument:
    return GoldDocument(
        id="d1",
        text=TEXT,
        quotes=[GoldQuote(start=1, end=12, kind="direct", speaker=speaker)],
    )


def test_labelled_marks_right_only_what_the_end_to_end_score_counts(tracker: quotrack.Tracker) -> None:
    rows, labels = labelled([_gold("Ann Lee")], tracker)
    assert len(rows) == len(labels) == len(tracker(TEXT).attributions) == 2
    assert labels == [True, False]  # the quote is in the gold; the officials' claim is not
    assert "kind: direct" in rows[0] and "kind: indirect" in rows[1]
    _, wrong_speaker = labelled([_gold("Bob Roe")], tracker)
    assert wrong_speaker == [False, False]


def test_labelled_counts_attributions_below_the_trackers_dial() -> None:
    strict = quotrack.Tracker(min_confidence=1.0)
    assert strict(TEXT).attributions == ()
    rows, _ = labelled([_gold("Ann Lee")], strict)
    assert len(rows) == 2


def test_fit_logistic_learns_which_features_go_with_right() -> None:
    rows = [["good"]] * 40 + [["bad"]] * 40 + [["good", "bad"]] * 20
    labels = [i % 10 != 0 for i in range(40)] + [i % 10 == 0 for i in range(40)] + [True, False] * 10
    model = fit_logistic(rows, labels, l2=0.01, min_count=1)
    assert model.probability(["good"]) == pytest.approx(0.9, abs=0.02)
    assert model.probability(["bad"]) == pytest.approx(0.1, abs=0.02)
    assert model.probability(["good", "bad"]) == pytest.approx(0.5, abs=0.05)


def test_fit_logistic_leaves_out_rare_features_and_shrinks_with_l2() -> None:
    rows = [["common"]] * 10 + [["common", "rare"]]
    labels = [True] * 5 + [False] * 5 + [True]
    model = fit_logistic(rows, labels, l2=1.0, min_count=2)
    assert "rare" not in model.weights
    loose = fit_logistic([["a"]] * 9 + [[]], [True] * 9 + [False], l2=0.01, min_count=1)
    tight = fit_logistic([["a"]] * 9 + [[]], [True] * 9 + [False], l2=100.0, min_count=1)
    assert abs(tight.weights["a"]) < abs(loose.weights["a"])


def test_fit_logistic_refuses_nothing_or_mismatched_labels() -> None:
    with pytest.raises(ArgumentError, match="no attributions"):
        fit_logistic([], [])
    with pytest.raises(ArgumentError, match="2 rows"):
        fit_logistic([["a"], ["b"]], [True])


def test_fit_on_a_gold_file_saves_a_model_a_tracker_loads(tmp_path: Path, tracker: quotrack.Tracker) -> None:
    gold = tmp_path / "mine.jsonl"
    lines = []
    for index in range(6):
        text = f'"We will win round {index}," Ann Lee said. Officials said the vote {index} was fair.'
        quote = {"start": 1, "end": text.index(","), "kind": "direct", "speaker": "Ann Lee"}
        lines.append(json.dumps({"id": f"d{index}", "text": text, "quotes": [quote]}))
    gold.write_text("\n".join(lines) + "\n", "utf-8")
    model = fit(gold, tracker, l2=0.5, min_count=1)
    assert model.meta["data"] == ["mine.jsonl"]
    assert (model.meta["documents"], model.meta["attributions"], model.meta["right"]) == (6, 12, 6)
    path = tmp_path / "mine.json"
    model.save(path)
    assert ConfidenceModel.load(path) == model
    result = quotrack.Tracker(confidence=path)(TEXT)
    direct, indirect = result.attributions
    assert direct.confidence > 0.8 and indirect.confidence < 0.2
    assert not math.isclose(direct.confidence, tracker(TEXT).attributions[0].confidence)
    # the named settings are chosen on the fitting data and work as the bundled model's do
    assert set(model.settings) == {"all", "complete", "precise"}
    assert model.settings["precise"] >= model.settings["complete"]
    precise = quotrack.Tracker(confidence=path, min_confidence="precise")(TEXT).attributions
    assert all(a.confidence >= model.settings["precise"] for a in precise)
    assert len(precise) < len(result.attributions) or direct.confidence >= model.settings["precise"]


@pytest.mark.parametrize(
    ("scores", "labels", "expected"),
    [
        # precise: the lowest threshold at 0.90 precision; complete: 99% of the right kept
        ([0.9, 0.8, 0.7, 0.6, 0.2, 0.1], [True, True, True, False, True, False], (0.61, 0.2)),
        # mostly right: 0.90 precision is met at once, yet precise is never looser than complete
        ([0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.1], [True] * 10 + [False], (0.5, 0.5)),
    ],
)
def test_choose_settings_keeps_precise_no_looser_than_complete(
    scores: list[float], labels: list[bool], expected: tuple[float, float]
) -> None:
    chosen = choose_settings(scores, labels)
    assert (chosen["precise"], chosen["complete"], chosen["all"]) == (*expected, 0.0)


def test_choose_settings_of_nothing_right_names_only_all() -> None:
    assert choose_settings([0.4, 0.2], [False, False]) == {"all": 0.0}
