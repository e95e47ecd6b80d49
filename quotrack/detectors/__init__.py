"""Built-in detectors: each finds one sort of attribution in a parsed text.

========== =====================================================
name       finds
========== =====================================================
quotes     quotations of speech, with cue and speaker
reported   reported speech and beliefs from the dependency parse
according  "according to X" and "as reported by X"
transcript ``NAME: words`` lines of interview transcripts
attitudes  beliefs and stances (not a default: add it by name)
========== =====================================================
"""

from .according import AccordingToDetector
from .attitudes import AttitudesDetector
from .base import Detector
from .quotes import QuoteDetector
from .reported import ReportedSpeechDetector
from .transcript import TranscriptDetector

__all__ = [
    "AccordingToDetector",
    "AttitudesDetector",
    "Detector",
    "QuoteDetector",
    "ReportedSpeechDetector",
    "TranscriptDetector",
]
