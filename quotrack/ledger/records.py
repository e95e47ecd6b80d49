"""What a :class:`~quotrack.ledger.Ledger` gives back: frozen, slotted attrs records.

Dates are :class:`datetime.datetime` values (a date given without a time is
midnight of that day, with no time zone); ``None`` where the record had none.

>>> from datetime import datetime
>>> q = QuoteRecord(document="a1", outlet="Reuters", published=datetime(2026, 1, 5),
...                 kind="direct", content="We will win", speaker="Ann Lee", cue="said")
>>> q.speaker, q.published.year
('Ann Lee', 2026)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import attrs

from ..model import strings

__all__ = [
    "Change",
    "DocumentRecord",
    "Echo",
    "IngestFailure",
    "IngestReport",
    "QuoteRecord",
    "SpeakerRecord",
    "Variant",
]


@attrs.frozen
class DocumentRecord:
    """One stored article."""

    id: str
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    title: str | None = None
    attributions: int = 0
    """How many attributions quotrack found in it."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=strings)
    language: str | None = None
    source: str | None = None
    """Where it was read: ``file``, ``file:line`` or ``file@offset`` inside an archive."""
    fetched: datetime | None = None
    """When it was fetched (a crawl's date), apart from ``published``."""
    metadata: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    """The record's keys that are no :class:`~quotrack.Document` field."""
    copy_of: str | None = None
    """The id of the original this document is a near-verbatim copy of (wire copy): the earliest
    document of its group by published date, then id; None for an original or a story of its own."""
    quotrack_version: str | None = None
    """The quotrack that found its attributions (None if stored by a schema-1 ledger)."""
    detectors: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """The detectors that ran (with :meth:`Ledger.add`: those that found an attribution)."""
    resolvers: tuple[str, ...] | None = None
    """The resolvers that ran, in order; None where not known (:meth:`Ledger.add`)."""


@attrs.frozen
class SpeakerRecord:
    """One person or organisation across the ledger, most quoted first."""

    name: str
    """The canonical name."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """Other names the same speaker was stored under."""
    kind: str = "person"
    description: str | None = None
    """The description its mentions give most often; for an organisation or outlet, not the
    writing it spoke through or a share of a poll's respondents (``the filing``, ``28 percent of
    voters``), which the records keep."""
    documents: int = 0
    """Independent documents naming the speaker: a story and its wire copies count once (a copy
    that adds words of the speaker's own is one more)."""
    quotes: int = 0
    """The speaker's attributions, each once: one that a wire copy repeats from its original counts
    there only (see :attr:`copied_quotes`)."""
    outlets: tuple[str, ...] = attrs.field(default=(), converter=strings)
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    id: int | None = None
    """The ledger's key for this speaker (for :meth:`Ledger.merge` / :meth:`Ledger.split`)."""
    copies: int = 0
    """Further documents naming the speaker that only repeat, as copies of one of those
    (``copy_of``), the speaker's words their original carries."""
    copied_quotes: int = 0
    """The speaker's attributions that copies repeat from their originals: not in :attr:`quotes`."""


@attrs.frozen
class QuoteRecord:
    """One attribution as stored: what was said, by whom, where and when."""

    document: str
    outlet: str | None
    published: datetime | None
    kind: str
    """``direct``, ``mixed`` or ``indirect``."""
    content: str
    speaker: str | None
    """The canonical name of the speaker, or None where no person or organisation is known."""
    cue: str | None
    start: int = 0
    """Character offset of the content in the document's text."""
    end: int = 0
    act: str | None = None
    """``speech``, ``evidence``, ``belief``, ``stance`` or ``topic`` (what someone spoke about, no claim:
    left out of :meth:`~quotrack.Ledger.quotes` unless asked for)."""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """The speaker as the article gave it ("a police spokesman", "he"), also where ``speaker`` is None."""
    copy_of: str | None = None
    """The original story's id when the record only repeats, in a copy of it (the document's
    ``copy_of``), words that story carries; None for a record of words a copy adds of its own."""
    context: str | None = None
    """The sentence(s) around the quote in the stored text, when asked for (``quotes(context=True)``)."""
    pieces: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """The pieces of a split quote, which ``content`` joins with " … " (one piece: the content)."""
    confidence: float | None = None
    """How sure quotrack was of the attribution (0 to 1); None where the ledger did not store it."""
    speaker_kind: str | None = None
    """``person``, ``organization``, ``outlet`` or ``group``: the speaker's kind in the ledger, or the
    kind of the source as written where no speaker is linked; None where it is not known."""
    credited: tuple[str, ...] = attrs.field(default=(), converter=strings)
    """The speakers of :meth:`~quotrack.Ledger.speakers` the record counts for: its speaker, or each
    member of a joint attribution ("Ann Lee and Bo Roe said"); empty where none is linked."""


def _quotes(values: Iterable[QuoteRecord]) -> tuple[QuoteRecord, ...]:
    return tuple(values)


@attrs.frozen
class Change:
    """One word-level difference between a variant and the first wording."""

    op: str
    """``replace``, ``delete`` or ``insert``."""
    before: str
    """The words of the first wording ("" for an insertion)."""
    after: str
    """The words of the variant ("" for a deletion)."""


def _changes(values: Iterable[Change]) -> tuple[Change, ...]:
    return tuple(values)


@attrs.frozen
class Variant:
    """A wording of an echo that differs from its first appearance."""

    occurrence: QuoteRecord
    changes: tuple[Change, ...] = attrs.field(default=(), converter=_changes)


def _variants(values: Iterable[Variant]) -> tuple[Variant, ...]:
    return tuple(values)


@attrs.frozen
class Echo:
    """The same quoted words carried by several documents."""

    text: str
    """The words as first published."""
    occurrences: tuple[QuoteRecord, ...] = attrs.field(converter=_quotes)
    first: QuoteRecord
    """The earliest occurrence: by published date, then by ingest order."""
    variants: tuple[Variant, ...] = attrs.field(default=(), converter=_variants)
    documents: int = attrs.field(
        default=attrs.Factory(
            lambda self: len({o.copy_of or o.document for o in self.occurrences}), takes_self=True
        )
    )
    """The independent documents that carry it: a story and its copies count once."""


@attrs.frozen
class IngestFailure:
    """A record that could not be stored, and why."""

    record: str
    """The record's id, or where it is (``file:line``) when it has none."""
    message: str


def _failures(values: Iterable[IngestFailure]) -> tuple[IngestFailure, ...]:
    return tuple(values)


@attrs.frozen
class IngestReport:
    """What one :meth:`Ledger.ingest` call did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: tuple[IngestFailure, ...] = attrs.field(default=(), converter=_failures)
