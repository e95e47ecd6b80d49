"""What a resolver is: a step that refines attributions after detection.

A resolver may look at the whole document.  It returns new attributions
(``attrs.evolve``), one for each it is given and in the same order, and
never mutates what it is given.  Resolvers run in the order the Tracker
lists them, except that one may say where it belongs: ``before = ("pronouns",)``
or ``after = ("names",)`` moves it just far enough to run before or after
those resolvers, when they run.  The engine records what each resolver
changed about a speaker in the attribution's ``explanation``.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence

from ..context import DocContext
from ..model import Attribution


class Resolver(abc.ABC):
    """Refines candidate attributions: who the speaker is, which outlet carries it."""

    name: str = "resolver"
    before: tuple[str, ...] = ()
    """Names of resolvers this one must run before (when they run)."""
    after: tuple[str, ...] = ()
    """Names of resolvers this one must run after (when they run)."""

    @abc.abstractmethod
    def resolve(self, ctx: DocContext, attributions: Sequence[Attribution]) -> list[Attribution]:
        """Return the attributions, refined, in the same order."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"
