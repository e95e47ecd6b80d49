"""Precision, recall and F1 from counts: :class:`PRF`, what every detection score is made of.

>>> scores = PRF(tp=8, predicted=10, gold=16)
>>> scores.precision, scores.recall, round(scores.f1, 3)
(0.8, 0.5, 0.615)
>>> PRF(tp=0, predicted=0, gold=3).precision  # undefined: 0.0
0.0
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["PRF", "ratio"]


def ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when ``whole`` is 0."""
    return part / whole if whole else 0.0


@attrs.frozen
class PRF:
    """True positives out of predictions and gold items; rates are 0.0 when undefined.

    >>> PRF(tp=3, predicted=4, gold=6).f1
    0.6
    """

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }
