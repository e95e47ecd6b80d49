"""Scoring quotrack against a gold standard, and fitting its confidences.

* :mod:`~quotrack.evaluation.gold`: the gold standard and its JSONL file format;
* :mod:`~quotrack.evaluation.matching`: how a prediction is matched to a gold
  attribution and judged right;
* :mod:`~quotrack.evaluation.scores`: the scores (:func:`evaluate`, :func:`score`);
* :mod:`~quotrack.evaluation.reliability`: confidence against accuracy;
* :mod:`~quotrack.evaluation.prf`: precision, recall and F1 from counts;
* :mod:`~quotrack.evaluation.calibration`: fitting a confidence model on gold.

The per-article library never imports this package.

>>> from quotrack.evaluation import GoldDocument, GoldQuote, evaluate
>>> callable(evaluate) and GoldDocument.__name__, GoldQuote.__name__
('GoldDocument', 'GoldQuote')
"""

from __future__ import annotations

from .gold import GoldDocument, GoldQuote, read_gold
from .scores import Scores, evaluate, explain, score

__all__ = ["GoldDocument", "GoldQuote", "Scores", "evaluate", "explain", "read_gold", "score"]
