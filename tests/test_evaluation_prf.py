"""Tests of quotrack.evaluation.prf."""

from __future__ import annotations

import pytest

from quotrack.evaluation.prf import PRF


def test_prf_edge_cases() -> None:
    assert PRF(0, 0, 0).f1 == 0.0
    assert PRF(0, 5, 0).recall == 0.0
    assert PRF(2, 2, 4).f1 == pytest.approx(2 / 3)
