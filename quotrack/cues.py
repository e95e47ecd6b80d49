"""The reporting-cue lexicon: which words introduce what someone said.

Cues are matched by lemma and each carries a *frame* telling the detectors
where its content sits (see ``lexicons/cues.txt``).  textacy's English
reporting verbs are merged in as ``speech`` cues.

>>> lexicon = CueLexicon.default()
>>> lexicon.frames("say")
frozenset({'speech'})
>>> "urge" in lexicon.lemmas("directive")
True
>>> CueLexicon.default().extended(["opine speech"]).frames("opine")
frozenset({'speech'})
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import ModuleType

import attrs
import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Token

from .errors import LexiconError

FRAMES = ("speech", "directive", "belief", "nominal", "naming", "object", "intent", "topic")

_NO_FRAMES: frozenset[str] = frozenset()
_LEMMAS_KEPT = 100_000


def _parse(lines: Iterable[str], origin: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.rsplit(None, 1)  # a phrasal cue keeps its space: "point out speech"
        if len(parts) != 2 or parts[1] not in FRAMES:
            raise LexiconError(f"{origin}:{number}: expected 'LEMMA FRAME' with FRAME in {FRAMES}")
        table.setdefault(parts[0].lower(), set()).add(parts[1])
    return {lemma: frozenset(frames) for lemma, frames in table.items()}


@attrs.frozen
class CueLexicon:
    """Lemma -> frames; immutable, extend with :meth:`extended`."""

    table: dict[str, frozenset[str]] = attrs.field(factory=dict)

    @classmethod
    def default(cls) -> CueLexicon:
        """The bundled lexicon plus textacy's English reporting verbs."""
        text = resources.files("quotrack.lexicons").joinpath("cues.txt").read_text("utf-8")
        table = _parse(text.splitlines(), "cues.txt")
        for verb in _textacy_reporting_verbs():
            table.setdefault(verb, frozenset({"speech"}))
        return cls(table)

    def extended(self, entries: Iterable[str] | str | Path) -> CueLexicon:
        """A new lexicon with more ``"LEMMA FRAME"`` entries, or those of a file."""
        lines: Iterable[str]
        if isinstance(entries, (str, Path)) and Path(entries).is_file():
            lines = Path(entries).read_text("utf-8").splitlines()
            origin = str(entries)
        elif isinstance(entries, str):
            lines, origin = [entries], "cues"
        elif isinstance(entries, Path):
            raise LexiconError(f"no cue file at {entries}")
        else:
            lines, origin = entries, "cues"
        merged = dict(self.table)
        for lemma, frames in _parse(lines, origin).items():
            merged[lemma] = merged.get(lemma, frozenset()) | frames
        return CueLexicon(merged)

    def frames(self, lemma: str) -> frozenset[str]:
        """The frames ``lemma`` is a cue in (empty when it is none)."""
        return self.table.get(lemma.lower(), frozenset())

    @cached_property
    def lemma_ids(self) -> np.ndarray:
        """Hashes of every cue lemma (the verb of a phrasal cue too), for vectorised search."""
        return np.array(sorted({get_string_id(key.split()[0]) for key in self.table}), dtype=np.uint64)

    @cached_property
    def _phrasal_verbs(self) -> frozenset[str]:
        """What comes before a space in an entry: the verbs of the phrasal ones ("point" of "point out")."""
        return frozenset(key[:at] for key in self.table for at, char in enumerate(key) if char == " ")

    @cached_property
    def _by_lemma_id(self) -> dict[int, tuple[frozenset[str], str | None]]:
        """A lemma hash's frames, and its lemma when a phrasal entry opens with it, as they are asked for."""
        return {}

    def token_frames(self, token: Token) -> frozenset[str]:
        """The frames of a verb token, phrasal verbs included ("shot back", "pointed out").

        Kept per lemma (read as a number, no string built): the detectors ask of
        the same verbs again and again.
        """
        known = self._by_lemma_id
        found = known.get(token.lemma)
        if found is None:
            if len(known) >= _LEMMAS_KEPT:
                known.clear()  # a bound on a long run's vocabulary
            written = token.lemma_.lower()
            opener = written if written in self._phrasal_verbs else None
            found = known[token.lemma] = (self.table.get(written, _NO_FRAMES), opener)
        frames, lemma = found
        if lemma is None:
            return frames  # no "LEMMA PARTICLE" entry: the children cannot add any
        for child in token.rights:
            if child.dep_ in ("prt", "prep"):
                phrasal = self.table.get(f"{lemma} {child.lower_}")
                if phrasal:
                    frames = frames | phrasal
        return frames

    def lemmas(self, frame: str | None = None) -> list[str]:
        """Every lemma, or those with ``frame``, sorted."""
        return sorted(k for k, v in self.table.items() if frame is None or frame in v)


def _textacy_reporting_verbs() -> frozenset[str]:
    """textacy's English reporting verbs, read from its ``constants`` module alone.

    ``import textacy`` loads its whole extraction stack (about a second);
    ``textacy/constants.py`` itself needs only the standard library, so it is
    loaded on its own, once per process.
    """
    module = _textacy_constants()
    verbs = getattr(module, "REPORTING_VERBS", {}).get("en", ()) if module is not None else ()
    # "according" has its own detector; the others are actions more often than speech
    return frozenset(verbs) - {"according", "decline", "order", "ask"}


@functools.cache
def _textacy_constants() -> ModuleType | None:
    spec = importlib.util.find_spec("textacy")
    if spec is None or spec.origin is None:  # pragma: no cover - textacy is a dependency
        return None
    path = Path(spec.origin).with_name("constants.py")
    loader_spec = importlib.util.spec_from_file_location("quotrack._textacy_constants", path)
    if loader_spec is None or loader_spec.loader is None:  # pragma: no cover
        return None
    module = importlib.util.module_from_spec(loader_spec)
    loader_spec.loader.exec_module(module)
    return module
