"""Shared fixtures: one real Tracker (the default English pipeline) per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotrack

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-japan-talks.txt"


@pytest.fixture(scope="session")
def tracker() -> quotrack.Tracker:
    """The default Tracker: built-in detectors and resolvers, default pipeline."""
    return quotrack.Tracker()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled demo article."""
    return SEED.read_text(encoding="utf-8")
