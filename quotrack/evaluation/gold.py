"""The gold standard: annotated attributions to score quotrack against, and reading them.

The gold format is JSON Lines, one document a line (the format of the
converted PolNeAR corpus)::

    {"id": "doc-1", "text": "...", "quotes": [
        {"start": 14, "end": 28, "kind": "direct", "speaker": "Ann Lee",
         "speaker_mentions": [[0, 7]], "content_spans": [[14, 28]], ...}]}

Offsets are character indexes into ``text``, end exclusive.  A document
needs ``id``, ``text`` and ``quotes``; a quote needs ``start``, ``end``,
``kind`` and ``speaker`` (``null`` when the attribution has no source).
``speaker_mentions``, ``speaker_aliases``, ``content_spans``, ``cue``,
``cue_spans``, ``outlet``, ``event``, ``no_source_trigger``, ``act`` and
``speaker_kind`` are optional;
other keys are kept in :attr:`GoldDocument.meta` (documents) or ignored
(quotes).  :func:`read_gold` reads a file, checking every line.

>>> doc = GoldDocument.from_dict({"id": "d1", "text": 'Ann Lee said, "We will win."', "quotes": [
...     {"start": 14, "end": 28, "kind": "direct", "speaker": "Ann Lee", "speaker_mentions": [[0, 7]]}]})
>>> quote = doc.quotes[0]
>>> doc.text[quote.start : quote.end], quote.speaker, gold_act(quote)
('"We will win."', 'Ann Lee', <Act.SPEECH: 'speech'>)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..acts import ActLexicon
from ..errors import GoldFormatError, RecordError
from ..model import Act, Kind, SpeakerKind
from ..reading.files import json_lines

__all__ = ["GoldDocument", "GoldQuote", "gold_act", "read_gold"]

Span = tuple[int, int]


def _pairs(value: Iterable[Sequence[int]]) -> tuple[Span, ...]:
    return tuple((int(pair[0]), int(pair[1])) for pair in value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _default_content_spans(instance: GoldQuote) -> tuple[Span, ...]:
    return ((instance.start, instance.end),)


@attrs.frozen
class GoldQuote:
    """One annotated attribution of a gold document.

    ``start``/``end`` run from the first to the last character of the content
    pieces (``content_spans``); ``speaker`` is the source as written (not
    resolved), None when the attribution has no source.

    >>> q = GoldQuote(start=3, end=9, kind="indirect", speaker="she")
    >>> q.kind, q.content_spans
    (<Kind.INDIRECT: 'indirect'>, ((3, 9),))
    """

    start: int
    end: int
    kind: Kind = attrs.field(converter=Kind)
    speaker: str | None = None
    speaker_mentions: tuple[Span, ...] = attrs.field(default=(), converter=_pairs)
    """The source's span(s) in the text."""
    speaker_aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Other sources that count as correct (events merged into this one)."""
    content_spans: tuple[Span, ...] = attrs.field(
        default=attrs.Factory(_default_content_spans, takes_self=True), converter=_pairs
    )
    cue: str | None = None
    cue_spans: tuple[Span, ...] = attrs.field(default=(), converter=_pairs)
    outlet: str | None = None
    event: str | None = None
    """The annotation's own id, when the corpus has one."""
    no_source_trigger: bool = False
    act: Act | None = attrs.field(default=None, converter=attrs.converters.optional(Act))
    """The act the gold set gives, if it gives one (PolNeAR does not): see :func:`gold_act`."""
    speaker_kind: str | None = None
    """The source's kind, if the gold set gives it: person, organization, outlet, group, document."""


def gold_act(quote: GoldQuote, lexicon: ActLexicon | None = None) -> Act:
    """The act of a gold attribution: its own ``act``, else read from its cue and source.

    >>> gold_act(GoldQuote(start=0, end=5, kind="indirect", speaker="Lee", cue="fears"))
    <Act.BELIEF: 'belief'>
    >>> gold_act(GoldQuote(start=0, end=5, kind="indirect", speaker="a new poll", cue="says"))
    <Act.EVIDENCE: 'evidence'>
    """
    if quote.act is not None:
        return quote.act
    return (lexicon or ActLexicon.default()).of_text(quote.cue, quote.speaker)


def _quotes(value: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    return tuple(value)


@attrs.frozen
class GoldDocument:
    """A text and its gold attributions.

    Raises :class:`~quotrack.errors.GoldFormatError` when a span falls
    outside the text or ends before it starts.

    >>> GoldDocument(id="x", text="Short.", quotes=[GoldQuote(start=0, end=60, kind="direct")])
    Traceback (most recent call last):
    ...
    quotrack.errors.GoldFormatError: quote 0: span (0, 60) is outside the text (length 6)
    """

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = attrs.field(default=(), converter=_quotes)
    meta: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    """The document's other fields (publisher, date, annotator, ...)."""

    def __attrs_post_init__(self) -> None:
        size = len(self.text)
        for index, quote in enumerate(self.quotes):
            spans = [(quote.start, quote.end), *quote.content_spans]
            spans += [*quote.speaker_mentions, *quote.cue_spans]
            for start, end in spans:
                if not 0 <= start <= end <= size:
                    raise GoldFormatError(
                        f"quote {index}: span ({start}, {end}) is outside the text (length {size})"
                        if start <= end
                        else f"quote {index}: span ({start}, {end}) ends before it starts"
                    )
            if quote.end == quote.start:
                raise GoldFormatError(f"quote {index}: empty content span ({quote.start}, {quote.end})")
            for start, end in quote.content_spans:
                if not quote.start <= start <= end <= quote.end:
                    raise GoldFormatError(
                        f"quote {index}: content span ({start}, {end}) is outside the quote's "
                        f"({quote.start}, {quote.end}): its pieces are inside its start and end"
                    )

    @classmethod
    def from_dict(cls, data: Any) -> GoldDocument:
        """The document a parsed JSON line describes.

        >>> GoldDocument.from_dict({"id": "a", "text": "Hi."}).quotes
        Traceback (most recent call last):
        ...
        quotrack.errors.GoldFormatError: missing key 'quotes'
        """
        if not isinstance(data, dict):
            raise GoldFormatError(f"expected a JSON object, got {type(data).__name__}")
        for key in ("id", "text", "quotes"):
            if key not in data:
                raise GoldFormatError(f"missing key {key!r}")
        doc_id, text, quotes = data["id"], data["text"], data["quotes"]
        if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
            raise GoldFormatError(f"'id' must be a string, got {type(doc_id).__name__}")
        if not isinstance(text, str):
            raise GoldFormatError(f"'text' must be a string, got {type(text).__name__}")
        if not isinstance(quotes, list):
            raise GoldFormatError(f"'quotes' must be a list, got {type(quotes).__name__}")
        parsed = [_parse_quote(index, quote) for index, quote in enumerate(quotes)]
        meta = {k: v for k, v in data.items() if k not in ("id", "text", "quotes")}
        return cls(id=str(doc_id), text=text, quotes=parsed, meta=meta)


_REQUIRED_QUOTE_KEYS = ("start", "end", "kind", "speaker")
_SPEAKER_KIND_VALUES = frozenset(kind.value for kind in SpeakerKind) | {"document"}
"""A gold ``speaker_kind``: a speaker kind, or ``document`` (a writing as the source, not scored)."""
_KIND_VALUES = ", ".join(kind.value for kind in Kind)


def _parse_quote(index: int, data: Any) -> GoldQuote:
    where = f"quote {index}"
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(data).__name__}")
    if isinstance(data.get("event"), str):
        where += f" (event {data['event']})"
    for key in _REQUIRED_QUOTE_KEYS:
        if key not in data:
            raise GoldFormatError(f"{where}: missing key {key!r}")
    for key in ("start", "end"):
        if not _is_int(data[key]):
            raise GoldFormatError(f"{where}: {key!r} must be an integer, got {data[key]!r}")
    try:
        kind = Kind(data["kind"])
    except ValueError:
        raise GoldFormatError(
            f"{where}: 'kind' must be one of {_KIND_VALUES}, got {data['kind']!r}"
        ) from None
    act = data.get("act")
    if act is not None and act not in {a.value for a in Act}:
        choices = ", ".join(a.value for a in Act)
        raise GoldFormatError(f"{where}: 'act' must be one of {choices} or null, got {act!r}")
    for key in ("speaker", "cue", "outlet", "event", "speaker_kind"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise GoldFormatError(f"{where}: {key!r} must be a string or null, got {data[key]!r}")
    speaker_kind = data.get("speaker_kind")
    if speaker_kind is not None and speaker_kind not in _SPEAKER_KIND_VALUES:
        choices = ", ".join(sorted(_SPEAKER_KIND_VALUES))
        raise GoldFormatError(
            f"{where}: 'speaker_kind' must be one of {choices} or null, got {speaker_kind!r}"
        )
    no_source = data.get("no_source_trigger", False)
    if not isinstance(no_source, bool) and no_source is not None:
        raise GoldFormatError(f"{where}: 'no_source_trigger' must be true or false, got {no_source!r}")
    spans: dict[str, tuple[Span, ...]] = {}
    for key in ("speaker_mentions", "content_spans", "cue_spans"):
        if data.get(key) is not None:
            spans[key] = _parse_spans(where, key, data[key])
    aliases = data.get("speaker_aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GoldFormatError(f"{where}: 'speaker_aliases' must be a list of strings")
    if not spans.get("content_spans"):
        spans["content_spans"] = ((data["start"], data["end"]),)
    return GoldQuote(
        start=data["start"],
        end=data["end"],
        kind=kind,
        speaker=data["speaker"],
        speaker_aliases=aliases,
        cue=data.get("cue"),
        outlet=data.get("outlet"),
        event=data.get("event"),
        no_source_trigger=bool(no_source),
        act=act,
        speaker_kind=speaker_kind,
        **spans,
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_spans(where: str, key: str, value: Any) -> tuple[Span, ...]:
    if not isinstance(value, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(_is_int(x) for x in pair) for pair in value
    ):
        raise GoldFormatError(f"{where}: {key!r} must be a list of [start, end] integer pairs")
    return _pairs(value)


def read_gold(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """The documents of a gold JSONL file, in file order; blank lines are skipped.

    Raises :class:`~quotrack.errors.GoldFormatError` naming ``file:line`` for
    a line that is not JSON (or not UTF-8), misses a key, has a value of the
    wrong type or a span outside its text, and for a repeated document id;
    and naming the file for a file that cannot be read (missing, a folder).

    >>> read_gold("no-such-gold.jsonl")
    Traceback (most recent call last):
    ...
    quotrack.errors.GoldFormatError: no-such-gold.jsonl: cannot read the file (No such file or directory)
    """
    documents: list[GoldDocument] = []
    first_line: dict[str, int] = {}
    try:
        with open(path, "rb") as handle:
            lines = handle.readlines()
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read the file ({error.strerror or error})") from None
    for number, data in json_lines(lines, str(path)):
        if isinstance(data, RecordError):
            raise GoldFormatError(str(data))
        if isinstance(data, json.JSONDecodeError):
            raise GoldFormatError(f"{path}:{number}: not valid JSON: {data}")
        try:
            document = GoldDocument.from_dict(data)
        except GoldFormatError as error:
            raise GoldFormatError(f"{path}:{number}: {error}") from None
        if document.id in first_line:
            raise GoldFormatError(
                f"{path}:{number}: document id {document.id!r} already used on line {first_line[document.id]}"
            )
        first_line[document.id] = number
        documents.append(document)
    return documents
