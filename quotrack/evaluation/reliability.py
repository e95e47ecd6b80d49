"""How far confidence can be trusted: reliability tables and scores at confidence thresholds.

Both take ``(confidence, right)`` pairs, one per prediction, where *right*
is the end-to-end verdict of :func:`quotrack.evaluation.matching.judge`.
:func:`reliability` bins the predictions by confidence and sets each bin's
mean confidence against the share that is right (with the expected
calibration error); :func:`by_threshold` scores the predictions kept at each
of :data:`THRESHOLDS`.

>>> judged = [(0.9, True), (0.8, True), (0.7, False), (0.2, False)]
>>> table = reliability(judged, bins=2)
>>> table.count, round(table.ece, 3)
(4, 0.15)
>>> [(t.threshold, t.end_to_end.precision) for t in by_threshold(judged, gold=3, thresholds=(0.0, 0.75))]
[(0.0, 0.5), (0.75, 1.0)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ..errors import ArgumentError
from .prf import PRF, ratio

__all__ = [
    "THRESHOLDS",
    "Reliability",
    "ReliabilityBin",
    "ThresholdScore",
    "by_threshold",
    "reliability",
    "threshold_table",
]


THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)
"""The confidence thresholds :func:`~quotrack.evaluation.scores.score` reports precision and recall at."""


@attrs.frozen
class ReliabilityBin:
    """The predictions whose confidence falls in ``[low, high)`` (the last bin includes 1.0)."""

    low: float
    high: float
    count: int
    mean_confidence: float
    """Their mean confidence (0.0 for an empty bin)."""
    accuracy: float
    """The share of them that are right end to end (0.0 for an empty bin)."""


def _bins(value: Iterable[ReliabilityBin]) -> tuple[ReliabilityBin, ...]:
    return tuple(value)


@attrs.frozen
class Reliability:
    """A reliability table: for each confidence bin, mean confidence against observed accuracy.

    >>> table = reliability([(0.95, True), (0.85, True), (0.8, False), (0.15, False)], bins=2)
    >>> [(b.count, round(b.mean_confidence, 3), round(b.accuracy, 3)) for b in table.bins]
    [(1, 0.15, 0.0), (3, 0.867, 0.667)]
    >>> round(table.ece, 4)
    0.1875
    >>> print(table.table())  # doctest: +NORMALIZE_WHITESPACE
    confidence   count   mean  right
      0.0–0.5        1  0.150  0.000
      0.5–1.0        3  0.867  0.667
      ECE 0.187 over 4 predictions
    """

    bins: tuple[ReliabilityBin, ...] = attrs.field(default=(), converter=_bins)

    @property
    def count(self) -> int:
        """How many predictions the table counts."""
        return sum(b.count for b in self.bins)

    @property
    def ece(self) -> float:
        """Expected calibration error: ``|mean confidence - accuracy|`` weighted by bin size (0.0: none)."""
        total = self.count
        return sum(b.count * abs(b.mean_confidence - b.accuracy) for b in self.bins) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the bins and the ECE."""
        return {"ece": self.ece, "count": self.count, "bins": [attrs.asdict(b) for b in self.bins]}

    def table(self) -> str:
        """The bins as fixed-width plain text, ECE last."""
        lines = [f"{'confidence':<11}{'count':>7}{'mean':>7}{'right':>7}"]
        for b in self.bins:
            lines.append(
                f"  {f'{b.low:.1f}–{b.high:.1f}':<9}{b.count:>7}{b.mean_confidence:>7.3f}{b.accuracy:>7.3f}"
            )
        lines.append(f"  ECE {self.ece:.3f} over {self.count} predictions")
        return "\n".join(lines)


def reliability(judged: Iterable[tuple[float, bool]], bins: int = 10) -> Reliability:
    """The reliability table of ``(confidence, right)`` pairs, in ``bins`` equal-width bins over [0, 1].

    >>> reliability([(0.9, True)], bins=0)
    Traceback (most recent call last):
    ...
    quotrack.errors.ArgumentError: bins must be a whole number of at least 1, not 0
    >>> reliability([(None, True)])
    Traceback (most recent call last):
    ...
    quotrack.errors.ArgumentError: pair 1: a confidence must be a number in [0, 1], not None
    """
    if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
        raise ArgumentError(f"bins must be a whole number of at least 1, not {bins!r}")
    count = [0] * bins
    confidence = [0.0] * bins
    right = [0] * bins
    for number, (p, ok) in enumerate(judged, start=1):
        if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0.0 <= p <= 1.0:
            raise ArgumentError(f"pair {number}: a confidence must be a number in [0, 1], not {p!r}")
        at = min(int(p * bins), bins - 1)
        count[at] += 1
        confidence[at] += p
        right[at] += bool(ok)
    return Reliability(
        ReliabilityBin(i / bins, (i + 1) / bins, n, _fraction(confidence[i], n), ratio(right[i], n))
        for i, n in enumerate(count)
    )


def _fraction(total: float, count: int) -> float:
    return total / count if count else 0.0


@attrs.frozen
class ThresholdScore:
    """End-to-end scores of the predictions whose confidence is at or above ``threshold``."""

    threshold: float
    end_to_end: PRF


def by_threshold(
    judged: Iterable[tuple[float, bool]], gold: int, thresholds: Iterable[float] = THRESHOLDS
) -> tuple[ThresholdScore, ...]:
    """End-to-end precision and recall of ``(confidence, right)`` predictions kept at each threshold.

    ``gold`` is how many gold quotes there are (recall's denominator).

    >>> [(t.threshold, t.end_to_end.precision, t.end_to_end.recall)
    ...  for t in by_threshold([(0.9, True), (0.6, True), (0.4, False)], gold=4, thresholds=(0.0, 0.5))]
    [(0.0, 0.6666666666666666, 0.5), (0.5, 1.0, 0.5)]
    """
    pairs = list(judged)
    out = []
    for threshold in thresholds:
        kept = [ok for p, ok in pairs if p >= threshold]
        out.append(ThresholdScore(threshold, PRF(sum(kept), len(kept), gold)))
    return tuple(out)


def threshold_table(scores: Iterable[ThresholdScore]) -> str:
    """:func:`by_threshold`'s scores as fixed-width plain text."""
    lines = [f"{'end to end at confidence ≥':<26}{'P':>7}{'R':>7}{'F1':>7}{'kept':>7}"]
    for t in scores:
        prf = t.end_to_end
        lines.append(
            f"  {t.threshold:<24.2f}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}{prf.predicted:>7}"
        )
    return "\n".join(lines)
