"""How sure: a calibrated confidence for each attribution.

The confidence of an attribution is the probability that it is right end
to end: its content matches a real attribution and its speaker is right
(or, when it has no speaker, none is right).  It comes from a small
logistic regression over what quotrack knows when it makes the
attribution (:func:`features`): the rule that found it and what each
resolver changed (its ``explanation``), its kind and act, how the speaker
was found (same clause, apposition, pronoun and how far back its
antecedent is, a floating quotation, "according to"), whether the cue is in
the lexicon, how long the content is and whether it is a full clause, the
speaker's kind, and how many other names stand nearby.

A :class:`ConfidenceModel` holds only fitted numbers (a weight per
feature, a bias, an optional isotonic calibration table and where they
came from), saved as JSON.  The bundled one, ``quotrack/data/confidence.json``,
is fitted on PolNeAR train (see :mod:`quotrack.evaluation.calibration` to fit your own).

>>> model = ConfidenceModel(bias=0.0, weights={"kind: direct": 2.0, "speaker: none": -1.0})
>>> round(model.probability(["kind: direct"]), 3)
0.881
>>> round(model.probability(["kind: direct", "speaker: none", "a feature it never saw"]), 3)
0.731
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import numpy as np
from spacy.attrs import DEP, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB

from .context import DocContext, among
from .errors import ArgumentError, ConfidenceFileError
from .model import Attribution
from .people import BINDABLE_PRONOUNS

__all__ = [
    "FORMAT",
    "ConfidenceModel",
    "ConfidenceSetting",
    "MinConfidence",
    "check_min_confidence",
    "document_features",
    "features",
    "resolve",
    "rule_of",
]

FORMAT = "quotrack-confidence/1"
"""The ``format`` field of a confidence file this version reads."""
DEFAULT_FILE = "confidence.json"
"""The bundled model, in ``quotrack/data/``."""

# -- features -----------------------------------------------------------------

_QUOTED = re.compile(r"'.+?'(?=$|[\s:,;])")
_RESOLVER_NOTE = re.compile(r"^(outlet )?'.*'( dropped)?$")
_SUBJECT_DEPS = np.array(
    sorted(get_string_id(dep) for dep in ("nsubj", "nsubjpass", "csubj", "expl")), dtype=np.uint64
)
_PERSON = "PERSON"
_GAPS = (3, 12, 40, 150)
"""Characters between a speaker's mention and the content: the bounds of the buckets."""
_ANTECEDENT = (60, 200, 600, 2000)
"""Characters back from a pronoun to the last word of the name it stands for."""
_CONTENT_WORDS = (4, 8, 16, 32, 64)


@functools.lru_cache(maxsize=4096)
def rule_of(entry: str) -> str:
    """One ``explanation`` entry with its words taken out: the kind of step it records.

    A detector's rule keeps its shape with each quoted word as ``Q``; a
    resolver's change says only whether it set, changed or dropped a speaker
    (or an outlet).

    >>> rule_of("quotes: split quote with cue 'said'")
    'quotes: split quote with cue Q'
    >>> rule_of("names: 'Lopez' → 'Maria Lopez'"), rule_of("pronouns: 'he' dropped")
    ('names: changed', 'pronouns: dropped')
    >>> rule_of("floating: 'Ann O'Neill'"), rule_of("outlets: outlet 'AFP'")
    ('floating: set', 'outlets: outlet set')
    """
    name, _, rest = entry.partition(": ")
    if " → " in rest and rest.startswith(("'", "outlet '")):
        what = "changed"
    elif _RESOLVER_NOTE.match(rest):
        what = "dropped" if rest.endswith(" dropped") else "set"
    else:
        return f"{name}: {_QUOTED.sub('Q', rest)}"
    return f"{name}: {'outlet ' if rest.startswith('outlet ') else ''}{what}"


def _bucket(value: int, bounds: Sequence[int]) -> str:
    """``value`` as the first bound it is under (``"<10"``), or ``"≥last"``."""
    for bound in bounds:
        if value < bound:
            return f"<{bound}"
    return f"≥{bounds[-1]}"


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


def features(ctx: DocContext, attribution: Attribution, neighbours: int = 0) -> list[str]:
    """The features of ``attribution`` in its document, as names (each worth 1 when present).

    ``neighbours`` is how many other attributions of the document overlap
    its content.  Everything here is cheap: offsets, a few token columns
    and the document's entities.

    >>> import spacy
    >>> from quotrack.model import Speaker, TextSpan
    >>> text = '"We will win," Jane Doe said.'
    >>> ctx = DocContext(spacy.blank("en")(text))
    >>> a = Attribution(kind="direct", content=TextSpan.of(text, 1, 12), detector="quotes",
    ...                 cue=TextSpan.of(text, 24, 28), speaker=Speaker("Jane Doe", TextSpan.of(text, 15, 23)),
    ...                 explanation=["quotes: quotation with cue 'said'"])
    >>> features(ctx, a)[:6]
    ['rule: quotes: quotation with cue Q', 'kind: direct', 'act: speech', 'speaker: unknown', \
'speaker name: 2 words', 'speaker: after the content']
    """
    found = [f"rule: {rule_of(attribution.explanation[0])}" if attribution.explanation else "rule: none"]
    found += [f"then: {rule_of(entry)}" for entry in attribution.explanation[1:]]
    kind = attribution.kind.value
    found += [f"kind: {kind}", f"act: {attribution.act.value}"]
    content = attribution.content
    text = ctx.text
    paragraph = ctx.paragraph_index(content.start)
    speaker = attribution.speaker
    if speaker is None:
        found += ["speaker: none", f"speaker: none, {kind}"]
        names = 0
    else:
        found.append(f"speaker: {speaker.kind.value}")
        named = speaker.name.split()
        found.append(f"speaker name: {len(named) if len(named) < 3 else '3+'} words")
        last = named[-1].lower() if named else ""  # (_last_word, from the words split once)
        names = 0
        mention = speaker.mention
        if mention is None:
            found.append("speaker: no mention")
        else:
            pronoun = mention.text.lower() in BINDABLE_PRONOUNS
            if mention.overlaps(content):
                found.append("speaker: inside the content")
            elif mention.end <= content.start:
                gap = _bucket(content.start - mention.end, _GAPS)
                found += ["speaker: before the content", f"speaker before, gap {gap}"]
            else:
                gap = _bucket(mention.start - content.end, _GAPS)
                found += ["speaker: after the content", f"speaker after, gap {gap}"]
            if ctx.paragraph_index(mention.start) != paragraph:
                found.append("speaker: another paragraph")
            if pronoun:
                if speaker.name == mention.text:
                    found.append("speaker: pronoun, unresolved")
                else:
                    back = text.rfind(speaker.name.split()[-1], 0, mention.start)
                    far = _bucket(mention.start - back, _ANTECEDENT) if back >= 0 else "not before"
                    found.append(f"speaker: pronoun, antecedent {far}")
            elif mention.text[:1].islower():
                found.append("speaker: a description")
            elif speaker.name != mention.text:
                found.append("speaker: name resolved")
        starts, surnames = ctx.memo(_people)
        lo, hi = ctx.paragraph_span(content.start)
        names = len(set(surnames[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]) - {last})
    found.append(f"other names in the paragraph: {_bucket(names, (1, 2, 4))}")
    if attribution.cue is None:
        found.append("cue: none")
    else:
        cue = ctx.token_range(attribution.cue.start, attribution.cue.end)
        frames = ctx.lexicons.cues.token_frames(ctx.doc[cue[0]]) if cue is not None else frozenset()
        found += [f"cue: {frame}" for frame in sorted(frames)] or ["cue: not in the lexicon"]
    words = _bucket(len(content.text.split()), _CONTENT_WORDS)
    found += [f"content words: {words}", f"{kind} content words: {words}"]
    if len(attribution.pieces) > 1:
        found.append("content: in pieces")
    tokens = ctx.token_range(content.start, content.end)
    if tokens is not None:
        begin, stop = tokens
        verbs, subjects = ctx.memo(_clause_words)
        if verbs.find(1, begin, stop) < 0:
            found.append(f"content: no verb, {kind}")
        elif subjects.find(1, begin, stop) < 0:
            found.append(f"content: no subject, {kind}")
    if paragraph <= 0:
        found.append("content: first paragraph")
    if attribution.outlet is not None:
        found.append("outlet")
    if attribution.chain:
        found.append("nested")
    if neighbours:
        found.append("overlaps another attribution")
    return found


def _clause_words(ctx: DocContext) -> tuple[bytes, bytes]:
    """One byte a token of the document: 1 where it is a verb, and 1 where it is a subject
    (a range of tokens holds one when ``find(1, start, stop)`` finds it, at C speed)."""
    pos = ctx.column(POS)
    verbs = ((pos == VERB) | (pos == AUX)).tobytes()
    subjects = among(ctx.column(DEP), _SUBJECT_DEPS).tobytes()
    return verbs, subjects


def _people(ctx: DocContext) -> tuple[list[int], list[str]]:
    """Where each PERSON entity of the document starts, and its last word (lower case)."""
    people = [
        (e.start_char, _last_word(t))
        for e, label, t in zip(ctx.entities, ctx.entity_labels, ctx.entity_texts, strict=True)
        if label == _PERSON
    ]
    return [start for start, _ in people], [word for _, word in people]


def _neighbours(attributions: Sequence[Attribution]) -> list[int]:
    """For each attribution (in text order), how many others overlap its content."""
    counts = [0] * len(attributions)
    for i, a in enumerate(attributions):
        for j in range(i + 1, len(attributions)):
            b = attributions[j]
            if b.content.start >= a.content.end:
                break
            counts[i] += 1
            counts[j] += 1
    return counts


def document_features(ctx: DocContext, attributions: Sequence[Attribution]) -> list[list[str]]:
    """:func:`features` of each of ``attributions`` (in text order), in order."""
    return [features(ctx, a, n) for a, n in zip(attributions, _neighbours(attributions), strict=True)]


# -- the model ----------------------------------------------------------------


def _weights(value: Mapping[str, float]) -> dict[str, float]:
    return {str(k): float(v) for k, v in value.items()}


@attrs.frozen
class ConfidenceModel:
    """Fitted numbers: an attribution's confidence is ``sigmoid(bias + Σ weights[feature])``.

    ``meta`` says where the numbers came from (data, size, scores); it is
    not used to score.
    """

    bias: float = attrs.field(converter=float)
    weights: dict[str, float] = attrs.field(converter=_weights)
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False)

    @property
    def settings(self) -> dict[str, float]:
        """The named thresholds chosen when the model was fitted (its ``meta``), and ``all`` (0.0).

        >>> sorted(ConfidenceModel.default().settings.items())
        [('all', 0.0), ('complete', 0.31), ('precise', 0.74)]
        """
        chosen = self.meta.get("settings")
        named = (
            {str(k): float(v) for k, v in chosen.items() if _is_number(v)} if isinstance(chosen, dict) else {}
        )
        return {**named, "all": 0.0}

    def confidence(self, names: Iterable[str]) -> float:
        """:meth:`probability`, rounded to 4 decimals: what an attribution carries."""
        return round(self.probability(names), 4)

    def probability(self, names: Iterable[str]) -> float:
        """The confidence for an attribution with the features ``names``."""
        # (map in C, the same additions in the same order as a generator over the names)
        z = self.bias + sum(map(self.weights.get, names, itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    # -- files ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form :meth:`from_dict` reads."""
        return {
            "format": FORMAT,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: Any, origin: str = "confidence data") -> ConfidenceModel:
        """The model ``data`` describes; :class:`ConfidenceFileError` naming ``origin`` if it cannot be read.

        >>> ConfidenceModel.from_dict({"format": FORMAT, "bias": 0, "weights": {"x": "high"}}, "mine.json")
        Traceback (most recent call last):
        ...
        quotrack.errors.ConfidenceFileError: mine.json: weights must map feature names to numbers
        """
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ConfidenceFileError(f"{origin}: not a quotrack confidence model (format {FORMAT!r})")
        weights = data.get("weights")
        if not isinstance(weights, dict) or not all(_is_number(v) for v in weights.values()):
            raise ConfidenceFileError(f"{origin}: weights must map feature names to numbers")
        if not _is_number(data.get("bias")):
            raise ConfidenceFileError(f"{origin}: bias must be a number")
        meta = data.get("meta", {})
        if not isinstance(meta, dict):
            raise ConfidenceFileError(f"{origin}: meta must be a JSON object")
        chosen = meta.get("settings", {})
        if not isinstance(chosen, dict) or not all(_is_number(v) and 0 <= v <= 1 for v in chosen.values()):
            raise ConfidenceFileError(f"{origin}: meta settings must map names to thresholds from 0 to 1")
        if chosen.get("all", 0) != 0:
            raise ConfidenceFileError(f"{origin}: the setting 'all' is 0 (every attribution); name another")
        return cls(data["bias"], weights, meta)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ConfidenceModel:
        """The model saved at ``path``; :class:`ConfidenceFileError` naming the file if it cannot be read."""
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ConfidenceFileError(f"{path}: cannot read a confidence model: {error}") from None
        return cls.from_dict(data, str(path))

    @classmethod
    def default(cls) -> ConfidenceModel:
        """The bundled model (``quotrack/data/confidence.json``)."""
        return _default_model()

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model to ``path`` as JSON (numbers only, and its ``meta``).

        >>> ConfidenceModel(bias=0.0, weights={}).save("no-such-folder/model.json")
        Traceback (most recent call last):
        ...
        quotrack.errors.ConfidenceFileError: cannot write no-such-folder/model.json: No such file or directory
        """
        try:
            Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", "utf-8")
        except OSError as error:
            raise ConfidenceFileError(f"cannot write {path}: {error.strerror or error}") from None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@functools.cache
def _default_model() -> ConfidenceModel:
    source = resources.files("quotrack").joinpath("data").joinpath(DEFAULT_FILE)
    try:
        data = json.loads(source.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ConfidenceFileError(f"{source}: cannot read the bundled confidence model: {error}") from None
    return ConfidenceModel.from_dict(data, str(source))


ConfidenceSetting = ConfidenceModel | str | os.PathLike[str] | None
"""A ``confidence=`` setting: a model file's path, a :class:`ConfidenceModel`, or None for the bundled one."""


def resolve(setting: ConfidenceSetting) -> ConfidenceModel:
    """The model a ``confidence=`` setting names: None for the bundled one, a path, or a model.

    >>> resolve("no-such-file.json")
    Traceback (most recent call last):
    ...
    quotrack.errors.ConfidenceFileError: no-such-file.json: cannot read a confidence model: ...
    """
    if setting is None:
        return ConfidenceModel.default()
    if isinstance(setting, ConfidenceModel):
        return setting
    if not isinstance(setting, (str, os.PathLike)):
        raise ConfidenceFileError(
            f"confidence takes a model file's path or a ConfidenceModel, not {type(setting).__name__}"
        )
    return ConfidenceModel.load(setting)


MinConfidence = float | str
"""A ``min_confidence``: a number in [0, 1], or the name of a setting of the confidence model
(:attr:`ConfidenceModel.settings`): ``"all"`` (0.0), ``"complete"`` (the bundled model's 0.31:
it keeps 99% of the right attributions of the data it was fitted on) or ``"precise"`` (0.74: the
lowest threshold at which nine in ten kept are right there)."""


def check_min_confidence(value: object, model: ConfidenceModel | None = None) -> float:
    """``value`` as a threshold: a number in [0, 1] as it is, or the threshold of the setting of
    ``model`` (default: the bundled model) it names; else an :class:`~quotrack.errors.ArgumentError`.

    >>> check_min_confidence("precise"), check_min_confidence(0.5)
    (0.74, 0.5)
    >>> check_min_confidence(1.5)
    Traceback (most recent call last):
    ...
    quotrack.errors.ArgumentError: min_confidence must be a number in [0, 1] or one of 'all', ...
    """
    settings = (model if model is not None else ConfidenceModel.default()).settings
    if isinstance(value, str) and value in settings:
        return settings[value]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        names = ", ".join(map(repr, sorted(settings)))
        raise ArgumentError(f"min_confidence must be a number in [0, 1] or one of {names}, not {value!r}")
    return float(value)
