"""The built-in detectors and resolvers, registered in one place, and the defaults.

The plugin modules under :mod:`quotrack.detectors` and
:mod:`quotrack.resolvers` are plain classes that know nothing of the
registry; this module registers them (as spaCy gathers its own
registrations in one module), so the registry never imports a plugin.

>>> DEFAULT_DETECTORS
('quotes', 'reported', 'according', 'transcript')
"""

from __future__ import annotations

from .detectors import (
    AccordingToDetector,
    AttitudesDetector,
    QuoteDetector,
    ReportedSpeechDetector,
    TranscriptDetector,
)
from .registry import register_detector, register_resolver
from .resolvers import (
    CorefResolver,
    DescribedKindResolver,
    DescriptionResolver,
    FloatingQuoteResolver,
    NameResolver,
    OutletResolver,
    PronounResolver,
    RoleResolver,
)

DEFAULT_DETECTORS = ("quotes", "reported", "according", "transcript")
"""Detectors a Tracker runs unless told otherwise, in priority order.

``attitudes`` (beliefs and stances) is registered but not a default: add
it with ``[*DEFAULT_DETECTORS, "attitudes"]``.
"""
DEFAULT_RESOLVERS = ("outlets", "roles", "names", "descriptions", "coref", "pronouns", "kinds", "floating")
"""Resolvers a Tracker runs unless told otherwise, in order."""

BUILTIN_DETECTORS = (
    QuoteDetector,
    ReportedSpeechDetector,
    AccordingToDetector,
    TranscriptDetector,
    AttitudesDetector,
)
BUILTIN_RESOLVERS = (
    OutletResolver,
    RoleResolver,
    NameResolver,
    DescriptionResolver,
    CorefResolver,
    PronounResolver,
    DescribedKindResolver,
    FloatingQuoteResolver,
)

for _detector in BUILTIN_DETECTORS:
    register_detector(_detector)
for _resolver in BUILTIN_RESOLVERS:
    register_resolver(_resolver)
