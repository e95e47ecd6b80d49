"""quotrack as a spaCy pipeline component.

>>> import spacy, quotrack
>>> nlp = spacy.load(quotrack.default_pipeline_name())
>>> _ = nlp.add_pipe("quotrack")
>>> doc = nlp('"Prices will fall," the minister said.')
>>> [(a.content.text, a.speaker.name) for a in doc._.attributions]
[('Prices will fall', 'the minister')]

Every Tracker setting but the pipeline's own goes in the config:

>>> nlp = spacy.load(quotrack.default_pipeline_name())
>>> _ = nlp.add_pipe("quotrack", config={"cues": ["quip speech"], "detectors": ["reported"]})
>>> [a.speaker.name for a in nlp("The minister quipped that the budget was a poem.")._.attributions]
['The minister']

The Result travels on the Doc as plain data (``doc._.quotrack_result``),
so Docs cross process boundaries under ``nlp.pipe(..., n_process=2)``;
``doc._.attributions`` and ``doc._.quotrack`` rebuild the typed objects.
A pipeline loaded with :func:`quotrack.parsing.load_pipeline` parses as the
Tracker does (a line break starts a sentence, an entity is cut at a dash):

>>> from quotrack.parsing import load_pipeline
>>> nlp = load_pipeline(quotrack.default_pipeline_name())
>>> _ = nlp.add_pipe("quotrack")
>>> text = '"We will win,"\\nsaid Ann Lee.'
>>> nlp(text)._.attributions == quotrack.Tracker()(text).attributions
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
from .clean import clean_text
from .engine import Engine
from .errors import ArgumentError, check_positive, check_text
from .model import Attribution, Result

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
    """Runs quotrack's engine over each Doc of a pipeline.

    Takes the Tracker's settings from the component config: ``detectors``
    and ``resolvers`` (names, or ``[name, {settings}]`` pairs), ``cues``,
    ``outlets``, ``max_chars``, ``clean``, ``confidence`` (a confidence model
    file; None: the bundled one) and ``min_confidence`` (a number, or ``"all"``,
    ``"complete"`` or ``"precise"``).  With ``clean=True`` a text
    that cleaning changes is parsed again, cleaned, by the components before
    this one, and the Result is mapped back onto the Doc's own text.
    (``chunk_chars`` has no part here: spaCy has parsed the Doc already.)
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        detectors: Sequence[Any] | None = None,
        resolvers: Sequence[Any] | None = None,
        cues: Any = None,
        outlets: Any = None,
        max_chars: int | None = None,
        clean: bool = False,
        confidence: str | None = None,
        min_confidence: float | str = 0.0,
    ) -> None:
        register_extensions()
        check_positive("max_chars", max_chars, optional=True)
        self.nlp = nlp
        self.name = name
        self.engine = Engine.build(
            detectors=[_spec(s) for s in detectors] if detectors is not None else None,
            resolvers=[_spec(s) for s in resolvers] if resolvers is not None else None,
            cues=cues,
            outlets=outlets,
            confidence=confidence,
            min_confidence=min_confidence,
        )
        self.max_chars = max_chars
        self.clean = clean

    def __call__(self, doc: Doc) -> Doc:
        text = check_text(doc.text, self.max_chars)
        if text.strip() and not doc.has_annotation("DEP"):
            raise ArgumentError(
                f"the {self.name!r} component needs a parsed Doc: add it after a parser "
                f"(pipes before it: {', '.join(self._before()) or 'none'})"
            )
        cleaned = clean_text(text) if self.clean else None
        if cleaned is not None and cleaned.text != text:
            result = cleaned.restore(self.engine.process(self._parse(cleaned.text), cleaned.text))
        else:
            result = self.engine.process(doc, text)
        doc._.set(RESULT_ATTR, result.to_dict())
        return doc

    def _before(self) -> list[str]:
        """The names of the components that run before this one."""
        names = [name for name, _ in self.nlp.pipeline]
        return names[: names.index(self.name)] if self.name in names else names

    def _parse(self, text: str) -> Doc:
        """``text`` through the components that run before this one."""
        doc = self.nlp.make_doc(text)
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            doc = component(doc)
        return doc


def _spec(spec: Any) -> Any:
    """A name, or a ``[name, {settings}]`` pair from a config, as the Engine takes it."""
    if isinstance(spec, (list, tuple)) and len(spec) == 2:
        return (spec[0], spec[1])
    return spec


@Language.factory(
    "quotrack",
    default_config={
        "detectors": list(DEFAULT_DETECTORS),
        "resolvers": list(DEFAULT_RESOLVERS),
        "cues": None,
        "outlets": None,
        "max_chars": None,
        "clean": False,
        "confidence": None,
        "min_confidence": 0.0,
    },
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=[f"doc._.{RESULT_ATTR}"],
)
def make_quotrack(
    nlp: Language,
    name: str,
    detectors: list[Any],
    resolvers: list[Any],
    cues: Any,
    outlets: Any,
    max_chars: int | None,
    clean: bool,
    confidence: str | None,
    min_confidence: float | str,
) -> Any:
    """Factory of the ``quotrack`` component (``nlp.add_pipe("quotrack", config={...})``)."""
    return QuotrackComponent(
        nlp, name, detectors, resolvers, cues, outlets, max_chars, clean, confidence, min_confidence
    )
