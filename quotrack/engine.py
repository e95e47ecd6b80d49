"""The Engine: one parsed text in, one :class:`~quotrack.model.Result` out.

The loop is context → detectors → merge → resolvers → order → speaker
table.  The engine checks what each plugin hands back: a detector's output
must be :class:`~quotrack.model.Attribution` objects inside the text; the
engine stamps the detector's name on them, recomputes their ``kind`` from
the quotation marks and records the rule that found them; a resolver must
return a list of them, and the engine records what it changed about each
speaker.  A plugin that raises or breaks the contract is a
:class:`~quotrack.errors.PluginError` naming it.

>>> import spacy
>>> engine = Engine.build(detectors=["transcript"], resolvers=[])
>>> result = engine.process(spacy.blank("en")("LEE: We will win."))
>>> [(a.speaker.name, a.content.text, a.explanation) for a in result.attributions]
[('LEE', 'We will win.', ('transcript: NAME: line',))]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
from spacy.tokens import Doc

from .builtins import DEFAULT_DETECTORS, DEFAULT_RESOLVERS
from .confidence import (
    ConfidenceModel,
    ConfidenceSetting,
    MinConfidence,
    check_min_confidence,
    document_features,
    resolve,
)
from .context import DocContext, LexiconEntries, Lexicons
from .detectors.base import Detector
from .errors import ArgumentError, PluginError
from .merge import merge
from .model import Attribution, Outlet, Result, Speaker, replaced, text_spans
from .registry import make_detector, make_resolver
from .resolvers.base import Resolver
from .speakers import speaker_table

DetectorSpec = str | tuple[str, Mapping[str, Any]] | Detector
"""A detector: its registered name, ``(name, settings)``, or an instance."""
ResolverSpec = str | tuple[str, Mapping[str, Any]] | Resolver
"""A resolver: its registered name, ``(name, settings)``, or an instance."""


class Engine:
    """Runs detectors, merge and resolvers over one parsed text at a time.

    ``detectors`` run in priority order (the first wins a tie in merge);
    ``resolvers`` run in the order given, except that a resolver whose
    ``before`` or ``after`` names other resolvers present is moved just far
    enough to run before or after them.  ``lexicons`` travel on every
    :class:`~quotrack.context.DocContext` (default: the bundled ones).
    ``confidence`` sets each attribution's confidence (default: the bundled
    :class:`~quotrack.confidence.ConfidenceModel`) and only those at or above
    ``min_confidence`` are kept (a number, or the name of one of the model's
    :attr:`~quotrack.confidence.ConfidenceModel.settings`; default 0.0: all).
    """

    def __init__(
        self,
        detectors: Sequence[Detector],
        resolvers: Sequence[Resolver],
        lexicons: Lexicons | None = None,
        confidence: ConfidenceModel | None = None,
        min_confidence: MinConfidence = 0.0,
    ) -> None:
        self.detectors: tuple[Detector, ...] = tuple(detectors)
        self.resolvers: tuple[Resolver, ...] = ordered_resolvers(resolvers)
        self.lexicons = lexicons if lexicons is not None else Lexicons.default()
        self.confidence = confidence if confidence is not None else ConfidenceModel.default()
        self.min_confidence = check_min_confidence(min_confidence, self.confidence)
        names = [d.name for d in self.detectors]
        for kind, given in (("detectors", names), ("resolvers", [r.name for r in self.resolvers])):
            twice = sorted({n for n in given if given.count(n) > 1})
            if twice:
                raise ArgumentError(
                    f"two {kind} named {', '.join(map(repr, twice))}: each needs its own name"
                )
        self._order = {name: rank for rank, name in enumerate(names)}
        self._nesting = frozenset(d.name for d in self.detectors if getattr(d, "nests_sources", False))

    @classmethod
    def build(
        cls,
        detectors: Iterable[DetectorSpec] | None = None,
        resolvers: Iterable[ResolverSpec] | None = None,
        *,
        cues: LexiconEntries | None = None,
        outlets: LexiconEntries | None = None,
        confidence: ConfidenceSetting = None,
        min_confidence: MinConfidence = 0.0,
    ) -> Engine:
        """An engine from registered names, ``(name, settings)`` pairs or instances.

        ``cues`` and ``outlets`` extend the bundled lexicons; ``confidence`` is
        a confidence model file (None: the bundled model) or a
        :class:`~quotrack.confidence.ConfidenceModel`.  Unknown names,
        settings a factory does not take, bad lexicon entries and an
        unreadable confidence file fail here, as
        :class:`~quotrack.errors.QuotrackError`\\ s.
        """
        return cls(
            [_build("detector", s, make_detector) for s in _specs("detectors", detectors, DEFAULT_DETECTORS)],
            [_build("resolver", s, make_resolver) for s in _specs("resolvers", resolvers, DEFAULT_RESOLVERS)],
            Lexicons.build(cues=cues, outlets=outlets),
            resolve(confidence),
            min_confidence,
        )

    def __repr__(self) -> str:
        return (
            f"Engine(detectors={[d.name for d in self.detectors]}, "
            f"resolvers={[r.name for r in self.resolvers]})"
        )

    def process(self, doc: Doc, text: str | None = None) -> Result:
        """The Result for a parsed ``doc`` (``text`` is ``doc.text``, if at hand)."""
        return self.featured(doc, text, min_confidence=self.min_confidence)[0]

    def featured(
        self, doc: Doc, text: str | None = None, min_confidence: float = 0.0
    ) -> tuple[Result, list[list[str]]]:
        """The Result for a parsed ``doc`` (attributions at or above ``min_confidence``), and the
        confidence features of each of its attributions (see :func:`quotrack.confidence.features`)."""
        ctx = DocContext(doc, text, self.lexicons)
        kept, names = self.scored(ctx, self.find(ctx), min_confidence)
        return Result(text=ctx.text, attributions=kept, speakers=speaker_table(kept)), names

    def find(self, ctx: DocContext) -> list[Attribution]:
        """The attributions in ``ctx``'s document, in text order, before their confidence is set:
        the detectors, merge and the resolvers."""
        candidates = [a for detector in self.detectors for a in self._detect(detector, ctx)]
        attributions = merge(ctx, candidates, self._order, self._nesting)
        for resolver in self.resolvers:
            attributions = self._resolve(resolver, ctx, attributions)
        attributions.sort(key=lambda a: a.sort_key)
        return attributions

    def scored(
        self, ctx: DocContext, attributions: Sequence[Attribution], min_confidence: float = 0.0
    ) -> tuple[list[Attribution], list[list[str]]]:
        """``attributions`` (in text order) with their confidence set, those at or above
        ``min_confidence`` only, and the features of each one kept."""
        kept, names = [], []
        for attribution, features in zip(attributions, document_features(ctx, attributions), strict=True):
            p = self.confidence.confidence(features)
            if p >= min_confidence:
                same = p == attribution.confidence
                kept.append(attribution if same else replaced(attribution, confidence=p))
                names.append(features)
        return kept, names

    # -- the plugin boundary --------------------------------------------------
    def _detect(self, detector: Detector, ctx: DocContext) -> list[Attribution]:
        name = detector.name
        try:
            found = list(detector.detect(ctx))
        except Exception as error:
            raise PluginError(name, f"detector raised {type(error).__name__}: {_said(error)}") from error
        return [_stamped(name, ctx, item) for item in found]

    def _resolve(
        self, resolver: Resolver, ctx: DocContext, attributions: list[Attribution]
    ) -> list[Attribution]:
        name = resolver.name
        try:
            out = resolver.resolve(ctx, list(attributions))
        except Exception as error:
            raise PluginError(name, f"resolver raised {type(error).__name__}: {_said(error)}") from error
        if not isinstance(out, (list, tuple)):
            raise PluginError(name, f"resolver returned {type(out).__name__}, not a list of Attributions")
        for item in out:
            if not isinstance(item, Attribution):
                raise PluginError(name, f"resolver returned a {type(item).__name__}, not an Attribution")
        changed = list(out)
        if len(changed) != len(attributions):
            raise PluginError(
                name,
                f"resolver returned {len(changed)} attributions for the {len(attributions)} it was given: "
                "a resolver returns one for each, in the same order (speaker=None drops a speaker)",
            )
        for index, (old, new) in enumerate(zip(attributions, changed, strict=True)):
            if new is not old:
                _check_spans(name, ctx, new)
                if _claim(new) != _claim(old):
                    raise PluginError(
                        name,
                        "resolver changed what was claimed (its content, pieces, kind or detector); "
                        "a resolver refines the sources of a claim",
                    )
                changed[index] = _explained(name, old, new)
        return changed


def ordered_resolvers(resolvers: Iterable[Resolver]) -> tuple[Resolver, ...]:
    """``resolvers`` in order, each with ``before``/``after`` moved just far enough to honour them.

    ``before`` and ``after`` are class (or instance) attributes naming other
    resolvers; names not present are ignored.

    >>> from quotrack.builtins import NameResolver, PronounResolver
    >>> class Early(Resolver):
    ...     name, before = "early", ("names",)
    ...     def resolve(self, ctx, attributions): return list(attributions)
    >>> [r.name for r in ordered_resolvers([NameResolver(), PronounResolver(), Early()])]
    ['early', 'names', 'pronouns']
    """
    out = list(resolvers)
    for resolver in list(out):
        before, after = _names_of(resolver, "before"), _names_of(resolver, "after")
        if not before and not after:
            continue
        position = out.index(resolver)
        out.remove(resolver)
        names = [r.name for r in out]
        lo = max((names.index(n) + 1 for n in after if n in names), default=0)
        hi = min((names.index(n) for n in before if n in names), default=len(out))
        if lo > hi:
            raise ArgumentError(f"resolver {resolver.name!r} cannot run before {before} and after {after}")
        out.insert(min(max(position, lo), hi), resolver)
    return tuple(out)


def _claim(attribution: Attribution) -> tuple[object, ...]:
    """What an attribution claims, which a resolver leaves as it is: its content, pieces, kind, detector."""
    return (attribution.content, attribution.pieces, attribution.kind, attribution.detector)


def _names_of(resolver: Resolver, side: str) -> tuple[str, ...]:
    """The resolver names of its ``before`` or ``after``; a PluginError naming it for one string
    (``before = "names"`` would be read letter by letter) or anything else but names."""
    value = getattr(resolver, side, ()) or ()
    if isinstance(value, str) or not all(isinstance(name, str) for name in value):
        raise PluginError(
            resolver.name, f"{side} must be a tuple of resolver names, e.g. ({value!r},), not {value!r}"
        )
    return tuple(value)


def _specs(name: str, specs: Iterable[Any] | None, default: Sequence[str]) -> list[Any]:
    if specs is None:
        return list(default)
    if isinstance(specs, str):
        raise ArgumentError(f"{name} takes a list of names, e.g. {name}=[{specs!r}], not one string")
    return list(specs)


def _build(kind: str, spec: Any, make: Any) -> Any:
    """An instance from a name, a ``(name, settings)`` pair, or an instance as it is."""
    if isinstance(spec, str):
        return make(spec)
    if isinstance(spec, (tuple, list)) and len(spec) == 2 and isinstance(spec[0], str):
        settings = spec[1]
        if not isinstance(settings, Mapping):
            raise ArgumentError(
                f"{kind} {spec[0]!r}: settings must be a mapping, not {type(settings).__name__}"
            )
        return make(spec[0], **settings)
    method = "detect" if kind == "detector" else "resolve"
    if (
        isinstance(spec, type)
        or not callable(getattr(spec, method, None))
        or not isinstance(getattr(spec, "name", None), str)
    ):
        raise ArgumentError(
            f"{kind}s takes registered names, (name, settings) pairs or {kind} instances "
            f"(with a name and a {method}() method), not {spec!r}"
        )
    return spec


def _said(error: BaseException) -> str:
    """What an error says: its message alone, without the attrs field and the types that an
    attrs validator's TypeError carries beside it.

    >>> _said(TypeError("'chain' must be Speaker", "field", int)), _said(ValueError("bad"))
    ("'chain' must be Speaker", 'bad')
    """
    if isinstance(error, TypeError) and len(error.args) > 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


def _stamped(name: str, ctx: DocContext, item: object) -> Attribution:
    """``item``, checked, under the detector's name, with its kind from the quotation marks."""
    if not isinstance(item, Attribution):
        raise PluginError(name, f"detector yielded a {type(item).__name__}, not an Attribution")
    _check_spans(name, ctx, item)
    if not item.content.text.strip():
        raise PluginError(name, f"detector yielded an empty claim at {item.content.start}-{item.content.end}")
    for before, after in itertools.pairwise(item.pieces):
        if after.start < before.end:
            raise PluginError(
                name,
                f"pieces at {before.start} and {after.start} overlap or are out of order",
            )
    kind = ctx.kind_of([(p.start, p.end) for p in item.pieces])
    prefix = f"{name}: "
    explanation = tuple(e if e.startswith(prefix) else prefix + e for e in item.explanation) or (name,)
    if (kind, name, explanation) == (item.kind, item.detector, item.explanation):
        return item
    return attrs.evolve(item, kind=kind, detector=name, explanation=explanation)


def _check_spans(name: str, ctx: DocContext, attribution: Attribution) -> None:
    for span in text_spans(attribution):
        if span.end > len(ctx.text) or ctx.text[span.start : span.end] != span.text:
            raise PluginError(
                name, f"span {span.start}-{span.end} {span.text!r} is not the text's words there"
            )


def _explained(name: str, old: Attribution, new: Attribution) -> Attribution:
    """``new`` with what resolver ``name`` changed about the speaker and outlet added to its explanation."""
    notes = [*_changes("", old.speaker, new.speaker), *_changes("outlet ", old.outlet, new.outlet)]
    if not notes:
        return new
    return replaced(new, explanation=(*new.explanation, *(f"{name}: {note}" for note in notes)))


def _changes(label: str, old: Speaker | Outlet | None, new: Speaker | Outlet | None) -> list[str]:
    before = old.name if old is not None else None
    after = new.name if new is not None else None
    if before == after:
        joined = new.members if isinstance(new, Speaker) else ()
        if joined and (not isinstance(old, Speaker) or old.members != joined):
            return ["joint source of " + ", ".join(f"'{m}'" for m in joined)]
        if isinstance(old, Speaker) and isinstance(new, Speaker) and old.kind is not new.kind:
            return [f"kind {old.kind.value} → {new.kind.value}"]
        return []
    if before is None:
        return [f"{label}'{after}'"]
    if after is None:
        return [f"{label}'{before}' dropped"]
    return [f"{label}'{before}' → '{after}'"]
