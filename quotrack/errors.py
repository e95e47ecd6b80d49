"""The exceptions quotrack raises, all rooted at :class:`QuotrackError`.

Input errors are also the built-in exception that fits, so code that already
catches ``TypeError`` or ``ValueError`` keeps working.

>>> issubclass(TextTypeError, TypeError) and issubclass(TextTypeError, QuotrackError)
True
"""

from __future__ import annotations


class QuotrackError(Exception):
    """Base class of every error quotrack raises on purpose."""


class TextTypeError(QuotrackError, TypeError):
    """The text given is not a ``str`` (bytes, None, a number, a list...)."""


class DocumentTooLongError(QuotrackError, ValueError):
    """The text is longer than the Tracker's ``max_chars`` allows."""


class PipelineNotFoundError(QuotrackError, OSError):
    """The spaCy pipeline named could not be loaded; the message says how to install it."""


class RegistryError(QuotrackError, LookupError):
    """No detector or resolver is registered under the name asked for."""


class GoldFormatError(QuotrackError, ValueError):
    """A gold-standard file for :mod:`quotrack.evaluate` is not in the expected format."""
