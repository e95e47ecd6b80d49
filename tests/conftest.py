"""Shared fixtures: one real Tracker (the default English pipeline) per test session.

One test module per source module: ``tests/test_<name>.py`` tests ``quotrack/<name>.py``,
``quotrack/detectors/<name>.py`` or ``quotrack/resolvers/<name>.py``; where a detector or
resolver shares its name with a top-level module, its package prefixes the name
(``test_resolvers_outlets.py`` for ``quotrack/resolvers/outlets.py``).  Modules that test a
property of the whole (``test_robustness``, ``test_properties``, ``test_seed``) are the exceptions.
"""

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
