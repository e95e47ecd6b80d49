"""The typed results quotrack returns: frozen, slotted attrs classes.

Every offset is a character index into the caller's original text, end
exclusive, so ``text[span.start:span.end] == span.text`` always holds.

>>> text = 'Smith said, "We will win."'
>>> content = TextSpan.of(text, 13, 24)
>>> content.text
'We will win'
>>> a = Attribution(kind=Kind.DIRECT, content=content, detector="quotes")
>>> a.pieces == (content,)
True
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import cattrs

from .errors import ResultFormatError


class Kind(str, enum.Enum):
    """How much of an attribution's content sits inside quotation marks."""

    DIRECT = "direct"
    """Every word of the content is quoted."""
    MIXED = "mixed"
    """Part of the content is quoted, part paraphrased."""
    INDIRECT = "indirect"
    """Reported speech with no quotation marks."""


class Act(str, enum.Enum):
    """What kind of act an attribution reports.

    >>> Act("belief")
    <Act.BELIEF: 'belief'>
    """

    SPEECH = "speech"
    """Something said or written: "said", "told", "wrote", "according to", or a quote with no cue."""
    EVIDENCE = "evidence"
    """What a document, poll, study or dataset shows: "the poll shows", "data suggest"."""
    BELIEF = "belief"
    """A state of mind: "X believes / hopes / fears / expects ..."."""
    STANCE = "stance"
    """A position taken: "X endorsed Y", "X accused Y of ...", "X opposes ..."."""
    TOPIC = "topic"
    """What someone spoke about or announced, not their words: "commented on the matter",
    "announced his resignation".  The content names a subject or an act; where the speaker's
    own words follow, they are an attribution of their own."""
    REQUEST = "request"
    """What someone asked, urged or ordered another to do, or asked them: "urged Tokyo to act",
    "instructed the agencies to investigate", "Ann Roe asked whether the talks would resume" (a
    question an unnamed interviewer or a reporter puts gives no record at all).  A request
    or a question states nothing, so it is not a claim; PolNeAR annotates many as attributions."""


class SpeakerKind(str, enum.Enum):
    """What sort of source a :class:`Speaker` is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    """A news organisation acting as a source ("According to Kyodo")."""
    UNNAMED = "unnamed"
    """One source described but never named ("an unnamed official")."""
    GROUP = "group"
    """Several speakers at once: named ("Smith and Jones agreed ...") or not ("officials said ...")."""
    UNKNOWN = "unknown"
    """A pronoun or a description that could not be resolved."""


def _check_span(instance: TextSpan, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _validate(instance: Any, checks: tuple[tuple[str, Any], ...]) -> None:
    """Run ``checks`` (field name, attrs validator) on ``instance`` in order, as attrs would:
    the slow path of a class that checks its fields at once in ``__attrs_post_init__``."""
    if attrs.validators.get_disabled():
        return
    fields = attrs.fields_dict(type(instance))
    for name, check in checks:
        check(instance, fields[name], getattr(instance, name))


_INT = attrs.validators.instance_of(int)
_STR = attrs.validators.instance_of(str)
_SPAN_CHECKS = (("start", _INT), ("start", _check_span), ("end", _INT), ("end", _check_span), ("text", _STR))


@attrs.frozen(order=True)
class TextSpan:
    """A piece of the input text: ``text == original[start:end]``.

    >>> TextSpan.of("Hello world", 6, 11)
    TextSpan(start=6, end=11, text='world')
    """

    # checked in __attrs_post_init__, at one call for a well-formed span (spans are made by the thousand)
    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field(order=False)

    def __attrs_post_init__(self) -> None:
        start, end, text = self.start, self.end, self.text
        if not (type(start) is int and type(end) is int and type(text) is str and 0 <= start <= end):
            _validate(self, _SPAN_CHECKS)
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text has {len(self.text)} characters but covers {self.end - self.start}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> TextSpan:
        """The span of ``text`` from ``start`` to ``end``."""
        return cls(start, end, text[start:end])

    def shifted(self, offset: int) -> TextSpan:
        """The same span ``offset`` characters further on (for text pieces)."""
        return TextSpan(self.start + offset, self.end + offset, self.text)

    def overlaps(self, other: TextSpan) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def __contains__(self, other: object) -> bool:
        if isinstance(other, TextSpan):
            return self.start <= other.start and other.end <= self.end
        return False

    def __len__(self) -> int:
        return self.end - self.start


# the enum converters pass a member through as it is (calling the enum on it is slow)
def _kind(value: Kind | str) -> Kind:
    return value if type(value) is Kind else Kind(value)


def _speaker_kind(value: SpeakerKind | str) -> SpeakerKind:
    return value if type(value) is SpeakerKind else SpeakerKind(value)


def _act(value: Act | str) -> Act:
    return value if type(value) is Act else Act(value)


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A field of several strings as a tuple; one string is an error, not its characters.

    >>> strings(["Ann Lee", "Bo Roe"])
    ('Ann Lee', 'Bo Roe')
    >>> strings("Ann Lee")
    Traceback (most recent call last):
    ...
    TypeError: expected several strings, not one str 'Ann Lee': give a tuple, ('Ann Lee',)
    """
    if isinstance(value, (str, bytes)):
        raise TypeError(
            f"expected several strings, not one {type(value).__name__} {value!r}: give a tuple, ({value!r},)"
        )
    return tuple(value)


def _spans(value: Iterable[TextSpan]) -> tuple[TextSpan, ...]:
    return tuple(value)


def _ints(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


_OPTIONAL_SPAN = attrs.validators.optional(attrs.validators.instance_of(TextSpan))


def _check_confidence(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be in [0, 1], got {value}")


@attrs.frozen(cache_hash=True)
class Speaker:
    """Who said it.

    ``mention`` is the words as written ("He", "Merkle", "the official");
    ``name`` is what they resolve to ("Angela Merkel").  An unresolved
    mention keeps its own words as ``name``.  (The hash is kept: every
    resolver looks speakers up by value.)
    """

    # name and mention are checked in __attrs_post_init__ (at one test for a well-formed speaker)
    name: str = attrs.field()
    mention: TextSpan | None = attrs.field(default=None)
    kind: SpeakerKind = attrs.field(default=SpeakerKind.UNKNOWN, converter=_speaker_kind)
    description: str | None = None
    """A role or description: "Japan's national security adviser"."""
    affiliation: str | None = None
    """The organisation the speaker belongs to, where the text says."""
    members: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """For a :attr:`SpeakerKind.GROUP` speaker: the names of its members."""

    def __attrs_post_init__(self) -> None:
        if not (type(self.name) is str and (self.mention is None or type(self.mention) is TextSpan)):
            _validate(self, _SPEAKER_CHECKS)

    @property
    def resolved(self) -> bool:
        """Whether ``name`` says more than the mention as written."""
        return self.mention is None or self.name != self.mention.text


_SPEAKER_CHECKS = (("name", _STR), ("mention", _OPTIONAL_SPAN))


@attrs.frozen
class Outlet:
    """The news organisation that carries a claim (Xinhua, Kyodo, AFP, ...)."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    mention: TextSpan | None = attrs.field(default=None, validator=_OPTIONAL_SPAN)


def _speakers(value: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(value)


def _default_pieces(instance: Attribution) -> tuple[TextSpan, ...]:
    return (instance.content,)


@attrs.frozen
class Attribution:
    """One claim, who made it and who carries it.

    ``content`` runs from the first to the last piece of what was said;
    ``pieces`` are the pieces themselves (a quote interrupted by
    ``she said`` has two).  ``chain`` lists the sources a claim passed
    through, outermost first ("According to AFP, which cited an official"
    gives the outlet AFP, then the official).  ``act`` says what kind of
    act the cue reports (:class:`Act`): speech unless told otherwise.
    ``explanation`` says why ("quotes: split quote", "names: 'Lopez' → 'Maria Lopez'").

    >>> text = "The poll shows a tie."
    >>> content = TextSpan.of(text, 15, 20)
    >>> a = Attribution(kind="indirect", content=content, detector="reported", act="evidence")
    >>> a.act
    <Act.EVIDENCE: 'evidence'>
    >>> data = Result(text=text, attributions=[a]).to_dict()
    >>> data["attributions"][0]["act"] == "evidence", Result.from_dict(data).attributions[0].act
    (True, <Act.EVIDENCE: 'evidence'>)
    """

    # the fields are checked in __attrs_post_init__ (at one call for a well-formed attribution)
    kind: Kind = attrs.field(converter=_kind)
    content: TextSpan = attrs.field()
    detector: str = attrs.field()
    cue: TextSpan | None = attrs.field(default=None)
    speaker: Speaker | None = attrs.field(default=None)
    outlet: Outlet | None = attrs.field(default=None)
    pieces: tuple[TextSpan, ...] = attrs.field(
        default=attrs.Factory(_default_pieces, takes_self=True), converter=_spans
    )
    chain: tuple[Speaker, ...] = attrs.field(default=(), converter=_speakers)
    act: Act = attrs.field(default=Act.SPEECH, converter=_act)
    """What the cue reports: speech, evidence, belief, stance, topic or request."""
    explanation: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """Why, in short plain words: the rule that found it, then what each resolver changed."""
    confidence: float = attrs.field(default=1.0, converter=float)
    """The probability, in [0, 1], that the attribution is right end to end (its content and its
    speaker).  The Tracker sets a calibrated value; 1.0 for an attribution made by hand."""

    def __attrs_post_init__(self) -> None:
        cue, speaker, outlet = self.cue, self.speaker, self.outlet
        if not (
            type(self.content) is TextSpan
            and type(self.detector) is str
            and (cue is None or type(cue) is TextSpan)
            and (speaker is None or type(speaker) is Speaker)
            and (outlet is None or type(outlet) is Outlet)
            and 0.0 <= self.confidence <= 1.0
            and all(type(piece) is TextSpan for piece in self.pieces)
            and all(type(source) is Speaker for source in self.chain)
            and all(type(note) is str for note in self.explanation)
        ):
            _validate(self, _ATTRIBUTION_CHECKS)
        if not self.pieces:
            raise ValueError("an attribution needs at least one content piece")
        if self.pieces[0].start != self.content.start or self.pieces[-1].end != self.content.end:
            raise ValueError("content must run from the first to the last piece")

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Text order: by start, then the longer span first, then by detector name."""
        return (self.content.start, -self.content.end, self.detector)


class _Keep(enum.Enum):
    KEEP = 0


_KEEP = _Keep.KEEP


def replaced(
    attribution: Attribution,
    *,
    speaker: Speaker | _Keep | None = _KEEP,
    chain: tuple[Speaker, ...] | _Keep = _KEEP,
    explanation: tuple[str, ...] | _Keep = _KEEP,
    confidence: float | _Keep = _KEEP,
) -> Attribution:
    """``attrs.evolve(attribution, ...)`` for the fields the resolvers and the engine change on
    every document, twice as fast (the fields are passed in order, not looked up one by one).

    >>> a = Attribution(kind="direct", content=TextSpan(start=0, end=3, text="abc"), detector="quotes")
    >>> replaced(a, confidence=0.5) == attrs.evolve(a, confidence=0.5)
    True
    """
    a = attribution
    return Attribution(
        a.kind,
        a.content,
        a.detector,
        a.cue,
        a.speaker if speaker is _KEEP else speaker,
        a.outlet,
        a.pieces,
        a.chain if chain is _KEEP else chain,
        a.act,
        a.explanation if explanation is _KEEP else explanation,
        a.confidence if confidence is _KEEP else confidence,
    )


_ATTRIBUTION_CHECKS = (
    ("content", attrs.validators.instance_of(TextSpan)),
    ("detector", _STR),
    ("cue", _OPTIONAL_SPAN),
    ("speaker", attrs.validators.optional(attrs.validators.instance_of(Speaker))),
    ("outlet", attrs.validators.optional(attrs.validators.instance_of(Outlet))),
    ("confidence", _check_confidence),
    ("pieces", attrs.validators.deep_iterable(attrs.validators.instance_of(TextSpan))),
    ("chain", attrs.validators.deep_iterable(attrs.validators.instance_of(Speaker))),
    ("explanation", attrs.validators.deep_iterable(_STR)),
)


@attrs.frozen
class SpeakerEntry:
    """One row of the speaker table: a canonical speaker and what they said."""

    name: str
    kind: SpeakerKind = attrs.field(converter=_speaker_kind)
    mentions: tuple[TextSpan, ...] = attrs.field(converter=_spans)
    attributions: tuple[int, ...] = attrs.field(converter=_ints)
    """Indexes into :attr:`Result.attributions`."""
    description: str | None = None
    affiliation: str | None = None
    outlets: tuple[str, ...] = attrs.field(default=(), converter=strings)


def _attributions(value: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(value)


def _entries(value: Iterable[SpeakerEntry]) -> tuple[SpeakerEntry, ...]:
    return tuple(value)


@attrs.frozen
class Result:
    """Everything quotrack found in one text.

    >>> r = Result(text="Nothing here.")
    >>> Result.from_dict(r.to_dict()) == r
    True
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=_attributions)
    speakers: tuple[SpeakerEntry, ...] = attrs.field(default=(), converter=_entries)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_dict` turns back into this Result."""
        data: dict[str, Any] = _converter.unstructure(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        """The Result that :meth:`to_dict` gave ``data`` for.

        >>> Result.from_dict({"attributions": []})
        Traceback (most recent call last):
        ...
        quotrack.errors.ResultFormatError: not a Result's data: ...
        """
        try:
            return _checked(_converter.structure(data, cls))
        except (cattrs.BaseValidationError, KeyError, TypeError, ValueError) as error:
            if isinstance(error, cattrs.BaseValidationError):
                summary = "; ".join(cattrs.transform_error(error, format_exception=_describe))
            else:
                summary = str(error)
            raise ResultFormatError(f"not a Result's data: {summary}") from error

    def __len__(self) -> int:
        return len(self.attributions)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.attributions)


_converter = cattrs.Converter()


def _strict_string(value: Any, _: type) -> str:
    """A string field's value, which must be a string (cattrs would make ``None`` 'None')."""
    if not isinstance(value, str):
        raise TypeError(f"expected a string, not {type(value).__name__} {value!r}")
    return value


def _several_strings(value: Any, _: type) -> tuple[str, ...]:
    """A field of several strings (``explanation``, ``members``): a list of strings, not one string
    (which cattrs would cut into its characters)."""
    return tuple(_strict_string(item, str) for item in strings(value))


_converter.register_structure_hook(str, _strict_string)
_converter.register_structure_hook_func(lambda t: t == tuple[str, ...], _several_strings)
for _enum in (Kind, Act, SpeakerKind):  # (str enums, which the hook of str would take)
    _converter.register_structure_hook(_enum, lambda value, cls: cls(value))


def text_spans(attribution: Attribution) -> Iterator[TextSpan]:
    """Every span of ``attribution`` that indexes its text: content, pieces, cue, the outlet's
    and each source's mention."""
    yield attribution.content
    yield from attribution.pieces
    outlet = attribution.outlet.mention if attribution.outlet is not None else None
    for span in (attribution.cue, outlet):
        if span is not None:
            yield span
    for speaker in (attribution.speaker, *attribution.chain):
        if speaker is not None and speaker.mention is not None:
            yield speaker.mention


def _checked(result: Result) -> Result:
    """``result``, when its spans are its text's words and its speaker table points at its
    attributions; else a ValueError saying which does not."""
    for number, attribution in enumerate(result.attributions):
        for span in text_spans(attribution):
            if result.text[span.start : span.end] != span.text:
                where = f"attribution {number}: span {span.start}-{span.end} {span.text!r}"
                raise ValueError(f"{where} is not the text's words there")
    count = len(result.attributions)
    for entry in result.speakers:
        if any(index < 0 or index >= count for index in entry.attributions):
            raise ValueError(f"speaker {entry.name!r} points at an attribution past the {count} there are")
    return result


def _describe(error: BaseException, expected: type | None) -> str:
    """One line for one field that would not structure."""
    if isinstance(error, KeyError):
        return "required field missing"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
