"""Fitting a :class:`~quotrack.confidence.ConfidenceModel` on gold attributions.

The label of an attribution is whether it is right end to end, exactly as
:func:`quotrack.evaluation.scores.score` counts an end-to-end true positive (see
:func:`quotrack.evaluation.matching.judge`).  The model is a logistic regression over
the features of :func:`quotrack.confidence.features`, fitted by Newton's
method with a little L2 penalty (numpy only).  On PolNeAR train it is
calibrated as it is (expected calibration error 0.005 in five-fold
cross-validation), so no calibration map follows it.

    >>> rows = [["kind: direct"]] * 8 + [["kind: indirect"]] * 8
    >>> labels = [True] * 7 + [False] + [True] * 2 + [False] * 6
    >>> model = fit_logistic(rows, labels, l2=0.1, min_count=1)
    >>> round(model.probability(["kind: direct"]), 2), round(model.probability(["kind: indirect"]), 2)
    (0.86, 0.27)

Fit on a gold file with :func:`fit`; ``benchmarks/calibrate.py`` does it
for the bundled model.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np
from spacy.tokens import Doc

from ..confidence import ConfidenceModel
from ..errors import ArgumentError
from ..tracker import Tracker
from .gold import GoldDocument, read_gold
from .matching import judge
from .reliability import by_threshold

__all__ = ["choose_settings", "fit", "fit_logistic", "labelled"]

L2 = 2.0
"""The default L2 penalty on the weights (not the bias), in units of one attribution's log-loss."""
MIN_COUNT = 5
"""A feature seen in fewer attributions than this gets no weight."""
PRECISE_PRECISION = 0.90
"""The end-to-end precision the ``precise`` setting must reach on the fitting data."""
COMPLETE_KEEP = 0.99
"""The share of end-to-end true positives the ``complete`` setting must keep on the fitting data."""
_GRID = tuple(i / 100 for i in range(100))


def labelled(
    gold: Iterable[GoldDocument],
    tracker: Tracker,
    batch_size: int = 32,
    docs: Sequence[Doc] | None = None,
) -> tuple[list[list[str]], list[bool]]:
    """The features of every attribution ``tracker`` finds in the gold documents, and whether it is right.

    Every attribution counts, whatever the Tracker's ``min_confidence``.
    The texts are parsed as given (not cleaned), unless ``docs`` holds their
    parses already (from :meth:`Tracker.parse <quotrack.tracker.Tracker.parse>`).
    """
    documents = list(gold)
    rows: list[list[str]] = []
    labels: list[bool] = []
    if docs is None:
        docs = tracker.parse([d.text for d in documents], batch_size)
    for document, doc in zip(documents, docs, strict=True):
        result, names = tracker.engine.featured(doc, document.text)
        rows += names
        labels += judge(document, result)
    return rows, labels


def fit_logistic(
    rows: Sequence[Sequence[str]],
    labels: Sequence[bool],
    l2: float = L2,
    min_count: int = MIN_COUNT,
    meta: dict[str, Any] | None = None,
) -> ConfidenceModel:
    """The L2-penalised logistic regression of ``labels`` on the binary features ``rows``.

    Newton's method (iteratively reweighted least squares) to convergence;
    features present in fewer than ``min_count`` rows are left out.
    """
    if len(rows) != len(labels):
        raise ArgumentError(f"{len(rows)} rows of features but {len(labels)} labels")
    if not rows:
        raise ArgumentError("no attributions to fit a confidence model on")
    counts = Counter(name for row in rows for name in set(row))
    names = sorted(name for name, n in counts.items() if n >= min_count)
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for i, row in enumerate(rows):
        for name in row:
            if name in column:
                x[i, column[name]] = 1.0
    y = np.asarray(labels, dtype=float)
    penalty = np.full(len(names) + 1, float(l2))
    penalty[-1] = 0.0
    w = np.zeros(len(names) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = {name: round(float(w[i]), 6) for i, name in enumerate(names) if abs(w[i]) >= 1e-6}
    return ConfidenceModel(bias=round(float(w[-1]), 6), weights=weights, meta=meta or {})


def fit(
    gold: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    tracker: Tracker | None = None,
    *,
    l2: float = L2,
    min_count: int = MIN_COUNT,
    batch_size: int = 32,
) -> ConfidenceModel:
    """A confidence model fitted on one or more gold files in ``quotrack evaluate`` format.

    ``tracker`` (default: a Tracker with the default settings) finds the
    attributions; each is labelled right or wrong by :func:`quotrack.evaluation.matching.judge`.
    The model's ``meta`` records the files, the numbers of documents and
    attributions and the share right.  Save it with :meth:`ConfidenceModel.save
    <quotrack.confidence.ConfidenceModel.save>` and load it with
    ``Tracker(confidence=path)``.
    """
    paths = [gold] if isinstance(gold, (str, os.PathLike)) else list(gold)
    tracker = tracker if tracker is not None else Tracker()
    documents = [document for path in paths for document in read_gold(path)]
    rows, labels = labelled(documents, tracker, batch_size)
    meta = {
        "data": [Path(path).name for path in paths],
        "documents": len(documents),
        "attributions": len(labels),
        "right": sum(labels),
        "l2": l2,
        "min_count": min_count,
    }
    model = fit_logistic(rows, labels, l2, min_count, meta)
    chosen = choose_settings([model.confidence(row) for row in rows], labels)
    return attrs.evolve(model, meta={**model.meta, "settings": chosen})


def choose_settings(scores: Sequence[float], labels: Sequence[bool]) -> dict[str, float]:
    """The named thresholds of a model (:attr:`ConfidenceModel.settings
    <quotrack.confidence.ConfidenceModel.settings>`), chosen on its fitting data: ``complete``, the
    highest that keeps :data:`COMPLETE_KEEP` of the right attributions; ``precise``, the lowest
    whose precision reaches :data:`PRECISE_PRECISION`, and never below ``complete`` (on data
    that is mostly right the bar is met at once); ``all``, 0.

    >>> choose_settings([0.9, 0.8, 0.7, 0.6, 0.2, 0.1], [True, True, True, False, True, False])
    {'precise': 0.61, 'complete': 0.2, 'all': 0.0}
    >>> choose_settings([0.9, 0.8, 0.3], [True, True, True])  # all right: precise is complete
    {'precise': 0.3, 'complete': 0.3, 'all': 0.0}
    """
    right = sum(labels)
    if not right:
        return {"all": 0.0}
    table = by_threshold(zip(scores, labels, strict=True), right, _GRID)
    complete = max(t.threshold for t in table if t.end_to_end.tp >= COMPLETE_KEEP * right)
    precise = next((t.threshold for t in table if t.end_to_end.precision >= PRECISE_PRECISION), _GRID[-1])
    return {"precise": max(precise, complete), "complete": complete, "all": 0.0}
