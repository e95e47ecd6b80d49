"""quotrack: who said what, according to whom, in news text.

>>> import quotrack
>>> [a.speaker.name for a in quotrack.extract('"Rates will rise," said Ann Lee.')]
['Ann Lee']
"""

from __future__ import annotations

from . import component as _component  # registers the "quotrack" spaCy factory
from .detectors.base import Detector
from .errors import (
    ArgumentError,
    DocumentTooLongError,
    GoldFormatError,
    InputError,
    LedgerError,
    LedgerVersionError,
    PipelineNotFoundError,
    QuotrackError,
    RecordError,
    RegistryError,
    ResultFormatError,
    TextTypeError,
)

# the corpus layer sits on top of the per-article library, which never imports it
from .ledger import (
    Change,
    DocumentRecord,
    Echo,
    IngestFailure,
    IngestReport,
    Ledger,
    QuoteRecord,
    SpeakerRecord,
    Variant,
)
from .model import Attribution, Kind, Outlet, Result, Speaker, SpeakerEntry, SpeakerKind, TextSpan
from .registry import detector_names, register_detector, register_resolver, resolver_names
from .render import render
from .resolvers.base import Resolver
from .tracker import Tracker, default_pipeline_name

__version__ = "0.1.0"

_default_tracker: Tracker | None = None


def extract(text: str) -> list[Attribution]:
    """The attributions in ``text``, from a default Tracker built on first call."""
    global _default_tracker
    if _default_tracker is None:
        _default_tracker = Tracker()
    return list(_default_tracker(text).attributions)


del _component

__all__ = [
    "ArgumentError",
    "Attribution",
    "Change",
    "Detector",
    "DocumentRecord",
    "DocumentTooLongError",
    "Echo",
    "GoldFormatError",
    "IngestFailure",
    "IngestReport",
    "InputError",
    "Kind",
    "Ledger",
    "LedgerError",
    "LedgerVersionError",
    "Outlet",
    "PipelineNotFoundError",
    "QuoteRecord",
    "QuotrackError",
    "RecordError",
    "RegistryError",
    "Resolver",
    "Result",
    "ResultFormatError",
    "Speaker",
    "SpeakerEntry",
    "SpeakerKind",
    "SpeakerRecord",
    "TextSpan",
    "TextTypeError",
    "Tracker",
    "Variant",
    "__version__",
    "default_pipeline_name",
    "detector_names",
    "extract",
    "register_detector",
    "register_resolver",
    "render",
    "resolver_names",
]
