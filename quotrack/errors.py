"""The exceptions quotrack raises, all rooted at :class:`QuotrackError`.

Input errors are also the built-in exception that fits, so code that already
catches ``TypeError`` or ``ValueError`` keeps working::

    QuotrackError
    ├── InputError                 something the caller passed is unusable
    │   ├── TextTypeError          (also TypeError) the text is not a str
    │   ├── DocumentTooLongError   (also ValueError) longer than max_chars
    │   ├── ArgumentError          (also ValueError) a setting or span out of range
    │   │   ├── LexiconError       a bad cue or outlet entry or file
    │   │   └── ConfidenceFileError  a confidence model file that cannot be read
    │   ├── RecordError            (also ValueError) a record a Ledger cannot store
    │   └── ResultFormatError      (also ValueError) data Result.from_dict cannot read
    ├── PipelineNotFoundError      (also OSError) the spaCy pipeline is not installed
    ├── RegistryError              (also LookupError) no detector/resolver of that name, or a taken one
    ├── PluginError                a detector or resolver failed or broke the contract
    ├── GoldFormatError            (also ValueError) a bad gold-standard file
    └── LedgerError                a ledger database cannot be used
        └── LedgerVersionError     written by a newer quotrack

>>> issubclass(TextTypeError, TypeError) and issubclass(TextTypeError, QuotrackError)
True
>>> issubclass(ArgumentError, ValueError) and issubclass(ArgumentError, InputError)
True
"""

from __future__ import annotations


class QuotrackError(Exception):
    """Base class of every error quotrack raises on purpose."""


class InputError(QuotrackError):
    """Something the caller passed (a text, a setting, a span) cannot be used."""


class TextTypeError(InputError, TypeError):
    """The text given is not a ``str`` (bytes, None, a number, a list...)."""


class DocumentTooLongError(InputError, ValueError):
    """The text is longer than the Tracker's ``max_chars`` allows."""


class ArgumentError(InputError, ValueError):
    """An argument other than the text is out of range (``batch_size=0``, a span past the end)."""


class PipelineNotFoundError(QuotrackError, OSError):
    """The spaCy pipeline named could not be loaded; the message says how to install it."""


class LexiconError(ArgumentError):
    """A cue or outlet entry (or file of them) given to a Tracker cannot be read."""


class ConfidenceFileError(ArgumentError):
    """A confidence model file given to a Tracker (``confidence="mine.json"``) cannot be read.

    The message names the file."""


class RegistryError(QuotrackError, LookupError):
    """No detector or resolver is registered under the name asked for, or the name is taken."""


class PluginError(QuotrackError):
    """A detector or resolver raised, or returned something that breaks the contract.

    ``plugin`` names it; the original exception, if any, is ``__cause__``.
    """

    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f"{plugin}: {message}")
        self.plugin = plugin
        self.message = message

    def __reduce__(self) -> tuple[type[PluginError], tuple[str, str]]:
        # (pickled with both arguments: an error in a worker process reaches the parent whole)
        return type(self), (self.plugin, self.message)


class ResultFormatError(InputError, ValueError):
    """Data given to ``Result.from_dict`` is not what ``Result.to_dict`` writes."""


class GoldFormatError(QuotrackError, ValueError):
    """A gold-standard file for :mod:`quotrack.evaluation.gold` is not in the expected format."""


class RecordError(InputError, ValueError):
    """A record given to a ledger cannot be stored (no id or text, a date that cannot be read...).

    ``record`` names it: its id, or where it is (``file:line``) when it has none.
    """

    def __init__(self, record: str, message: str) -> None:
        super().__init__(f"{record}: {message}")
        self.record = record
        self.message = message

    def __reduce__(self) -> tuple[type[RecordError], tuple[str, str]]:
        return type(self), (self.record, self.message)


class LedgerError(QuotrackError):
    """A ledger database cannot be opened or used."""


class LedgerVersionError(LedgerError):
    """The ledger was written by a newer quotrack, whose schema this one does not know."""


def check_positive(name: str, value: object, *, optional: bool = False) -> None:
    """Raise :class:`ArgumentError` unless ``value`` is an int >= 1 (or None when ``optional``).

    >>> check_positive("batch_size", 0)
    Traceback (most recent call last):
    ...
    quotrack.errors.ArgumentError: batch_size must be a whole number >= 1, not 0
    """
    if optional and value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ArgumentError(f"{name} must be a whole number >= 1, not {value!r}")


def check_text(text: object, max_chars: int | None = None) -> str:
    """``text`` if it is a ``str`` of at most ``max_chars`` characters (a subclass of ``str`` as a
    plain one); else a clear error.

    The one place the text's type is checked.

    >>> check_text(b"bytes")
    Traceback (most recent call last):
    ...
    quotrack.errors.TextTypeError: text must be str, not bytes: decode it first, e.g. data.decode('utf-8')
    """
    if isinstance(text, str):
        if max_chars is not None and len(text) > max_chars:
            raise DocumentTooLongError(
                f"text has {len(text):,} characters, more than max_chars={max_chars:,}; "
                "raise Tracker(max_chars=...) or split the text"
            )
        return text if type(text) is str else str.__str__(text)  # (spaCy takes no subclass of str)
    if isinstance(text, (bytes, bytearray)):
        raise TextTypeError("text must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
    raise TextTypeError(f"text must be str, not {type(text).__name__}")
