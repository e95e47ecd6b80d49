"""What a resolver is: a step that refines attributions after detection.

A resolver may look at the whole document.  It returns new attributions
(``attrs.evolve``) and never mutates what it is given.  Resolvers run in
the order the Tracker lists them.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence

from ..context import DocContext
from ..model import Attribution


class Resolver(abc.ABC):
    """Refines candidate attributions: who the speaker is, which outlet carries it."""

    name: str = "resolver"

    @abc.abstractmethod
    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        """Return the attributions, refined, in the same order."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"
