"""What a detector is.

A detector finds *what was said and the words that point at who said it*;
resolvers later decide who that is.  Subclass :class:`Detector`, give it a
``name`` and a ``detect`` method, and register it::

    from quotrack import Detector, register_detector

    @register_detector
    class HashtagDetector(Detector):
        name = "hashtags"
        def detect(self, ctx):
            ...  # yield Attribution objects

A detector yields :class:`~quotrack.model.Attribution` objects whose
speaker, when found, is the mention as written (``name`` = its text).  The
engine checks each one, stamps the detector's ``name`` on it, recomputes its
``kind`` from the quotation marks and prefixes its ``explanation`` entries
(short rule names such as ``"split quote"``) with the name.  The helpers
the built-in detectors share are in :mod:`quotrack.syntax`; the run's
lexicons are ``ctx.lexicons``.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable
from typing import ClassVar

from ..context import DocContext
from ..model import Attribution


class Detector(abc.ABC):
    """Finds candidate attributions in a parsed document."""

    name: str = "detector"
    nests_sources: ClassVar[bool] = False
    """Whether a claim reported inside this detector's claim keeps the outer source
    at the head of its chain, and wins over it in merge ("according to X, Y said ...")."""

    @abc.abstractmethod
    def detect(self, ctx: DocContext) -> Iterable[Attribution]:
        """Yield candidate attributions found in ``ctx``."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"
