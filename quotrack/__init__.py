"""quotrack: who said what, according to whom, in news text.

>>> import quotrack
>>> [a.speaker.name for a in quotrack.extract('"Rates will rise," said Ann Lee.')]
['Ann Lee']
"""

from __future__ import annotations

from . import component as _component  # registers the "quotrack" spaCy factory
from .builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
from .context import DocContext, Lexicons
from .cues import CueLexicon
from .detectors.base import Detector
from .engine import Engine
from .errors import (
    ArgumentError,
    ConfidenceFileError,
    DocumentTooLongError,
    GoldFormatError,
    InputError,
    LedgerError,
    LedgerVersionError,
    LexiconError,
    PipelineNotFoundError,
    PluginError,
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
from .model import Act, Attribution, Kind, Outlet, Result, Speaker, SpeakerEntry, SpeakerKind, TextSpan
from .outlets import OutletLexicon
from .parsing import default_pipeline_name
from .people import map_speakers
from .reading import Document, read_documents
from .registry import detector_names, register_detector, register_resolver, resolver_names
from .render import render
from .resolvers.base import Resolver
from .syntax import candidate, content_pieces, cue_speaker, governing_subject, noun_phrase, speaker_mention
from .tracker import Tracker
from .version import __version__

_default_tracker: Tracker | None = None


def extract(text: str) -> list[Attribution]:
    """The attributions in ``text``, from a default Tracker built on first call."""
    global _default_tracker
    if _default_tracker is None:
        _default_tracker = Tracker()
    return list(_default_tracker(text).attributions)


del _component

__all__ = [
    "DEFAULT_DETECTORS",
    "DEFAULT_RESOLVERS",
    "Act",
    "ArgumentError",
    "Attribution",
    "Change",
    "ConfidenceFileError",
    "CueLexicon",
    "Detector",
    "DocContext",
    "Document",
    "DocumentRecord",
    "DocumentTooLongError",
    "Echo",
    "Engine",
    "GoldFormatError",
    "IngestFailure",
    "IngestReport",
    "InputError",
    "Kind",
    "Ledger",
    "LedgerError",
    "LedgerVersionError",
    "LexiconError",
    "Lexicons",
    "Outlet",
    "OutletLexicon",
    "PipelineNotFoundError",
    "PluginError",
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
    "candidate",
    "content_pieces",
    "cue_speaker",
    "default_pipeline_name",
    "detector_names",
    "extract",
    "governing_subject",
    "map_speakers",
    "noun_phrase",
    "read_documents",
    "register_detector",
    "register_resolver",
    "render",
    "resolver_names",
    "speaker_mention",
]
