"""Tests of quotrack.evaluation.reliability on invented gold documents and hand-built Results."""

from __future__ import annotations

import pytest
from evaluation_support import judged_doc

from quotrack.errors import ArgumentError
from quotrack.evaluation.reliability import by_threshold, reliability
from quotrack.evaluation.scores import score


def test_reliability_bins_mean_confidence_against_accuracy() -> None:
    gold, found = judged_doc()
    table = score([gold], [found]).reliability
    assert len(table.bins) == 10 and table.count == 4
    filled = [(b.low, b.count, b.mean_confidence, b.accuracy) for b in table.bins if b.count]
    assert filled == [(0.0, 1, 0.05, 0.0), (0.3, 1, 0.35, 0.0), (0.8, 1, 0.85, 1.0), (0.9, 1, 0.95, 1.0)]
    assert table.ece == pytest.approx((0.05 + 0.35 + 0.15 + 0.05) / 4)
    assert reliability([(1.0, True)]).bins[-1].count == 1  # 1.0 falls in the last bin
    assert reliability([]).ece == 0.0


def test_precision_and_recall_at_thresholds() -> None:
    gold, found = judged_doc()
    scores = score([gold], [found])
    at = {t.threshold: t.end_to_end for t in scores.by_threshold}
    assert (at[0.0].tp, at[0.0].predicted, at[0.0].gold) == (2, 4, 3)
    assert (at[0.3].tp, at[0.3].predicted) == (2, 3)
    assert (at[0.5].tp, at[0.5].predicted, at[0.5].precision) == (2, 2, 1.0)
    assert (at[0.9].tp, at[0.9].predicted) == (1, 1)
    assert at[0.0] == scores.end_to_end
    custom = by_threshold([(0.5, True), (0.4, False)], gold=2, thresholds=[0.45])
    assert custom[0].end_to_end.precision == 1.0 and custom[0].end_to_end.recall == 0.5


@pytest.mark.parametrize(
    ("pairs", "bins", "message"),
    [
        ([(0.9, True)], 0, "bins must be a whole number of at least 1, not 0"),
        ([(0.9, True), (None, False)], 10, "pair 2: a confidence must be a number in [0, 1], not None"),
        ([(1.5, True)], 10, "pair 1: a confidence must be a number in [0, 1], not 1.5"),
    ],
)
def test_reliability_names_a_bad_argument(pairs: list[tuple[float, bool]], bins: int, message: str) -> None:
    with pytest.raises(ArgumentError) as raised:
        reliability(pairs, bins=bins)
    assert str(raised.value) == message
