"""The ledger: who said what across articles and over time.

``quotrack.Ledger`` stores what a Tracker found in many articles, in a SQLite
file or a PostgreSQL database, links the same person across articles and
finds the quotes several articles carry.  The per-article library never
imports this package.
"""

from __future__ import annotations

from .records import (
    Change,
    DocumentRecord,
    Echo,
    IngestFailure,
    IngestReport,
    QuoteRecord,
    SpeakerRecord,
    Variant,
)
from .schema import SCHEMA_VERSION
from .store import Ledger

__all__ = [
    "SCHEMA_VERSION",
    "Change",
    "DocumentRecord",
    "Echo",
    "IngestFailure",
    "IngestReport",
    "Ledger",
    "QuoteRecord",
    "SpeakerRecord",
    "Variant",
]
