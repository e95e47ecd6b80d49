"""quotrack as a spaCy pipeline component.

>>> import spacy, quotrack
>>> nlp = spacy.load(quotrack.default_pipeline_name())
>>> _ = nlp.add_pipe("quotrack")
>>> doc = nlp('"Prices will fall," the minister said.')
>>> [(a.content.text, a.speaker.name) for a in doc._.attributions]
[('Prices will fall', 'the minister')]

The Result travels on the Doc as plain data (``doc._.quotrack_result``),
so Docs cross process boundaries under ``nlp.pipe(..., n_process=2)``;
``doc._.attributions`` and ``doc._.quotrack`` rebuild the typed objects.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
from .model import Attribution, Result
from .tracker import Tracker

RESULT_ATTR = "quotrack_result"


def _result(doc: Doc) -> Result | None:
    data = doc._.get(RESULT_ATTR)
    return Result.from_dict(data) if data is not None else None


def _attributions(doc: Doc) -> tuple[Attribution, ...]:
    result = _result(doc)
    return result.attributions if result is not None else ()


def register_extensions() -> None:
    """Add ``Doc._.quotrack_result``, ``Doc._.quotrack`` and ``Doc._.attributions``."""
    if not Doc.has_extension(RESULT_ATTR):
        Doc.set_extension(RESULT_ATTR, default=None)
    if not Doc.has_extension("quotrack"):
        Doc.set_extension("quotrack", getter=_result)
    if not Doc.has_extension("attributions"):
        Doc.set_extension("attributions", getter=_attributions)


class QuotrackComponent:
    """Runs quotrack's detectors and resolvers over each Doc of a pipeline."""

    def __init__(self, nlp: Language, name: str, detectors: list[str], resolvers: list[str]) -> None:
        register_extensions()
        self.name = name
        self.tracker = Tracker(nlp, detectors=detectors, resolvers=resolvers)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(RESULT_ATTR, self.tracker.process(doc).to_dict())
        return doc


@Language.factory(
    "quotrack",
    default_config={"detectors": list(DEFAULT_DETECTORS), "resolvers": list(DEFAULT_RESOLVERS)},
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=[f"doc._.{RESULT_ATTR}"],
)
def make_quotrack(nlp: Language, name: str, detectors: list[str], resolvers: list[str]) -> Any:
    """Factory of the ``quotrack`` component (``nlp.add_pipe("quotrack")``)."""
    return QuotrackComponent(nlp, name, detectors, resolvers)
