"""The ledger's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Per-article rows say exactly what a Result said: ``documents``, the
speakers each article names (``mentions``), its attributions (``quotes``),
which speakers each attribution counts for (``credits``) and the echo index
keys of its quoted words (``echo_keys``).  Cross-article identity is the
``people`` table, the ``aliases`` that point each spelling of a name to a
person and the ``blocks`` where a new spelling finds near ones; ``pins``
hold the hand-made decisions that apply to one article only (a split of
namesakes), ``decisions`` the log of merges and splits.  ``copy_keys`` are
the MinHash band keys of each document's text, where a document finds its
near-duplicates (syndicated copies).

The ``meta`` table carries the schema version; :data:`UPGRADES` lists the
columns each version added, which an older ledger gets when it is opened:

>>> SCHEMA_VERSION
3
>>> [column.name for column in UPGRADES[2]][:3]
['text', 'authors', 'language']
>>> [f"{column.table.name}.{column.name}" for column in UPGRADES[3]]
['quotes.pieces', 'quotes.confidence']
>>> sorted(metadata.tables)[:3]
['aliases', 'blocks', 'copy_keys']
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

__all__ = ["SCHEMA_VERSION", "UPGRADES", "URL_PREFIX", "metadata", "url_prefix"]

SCHEMA_VERSION = 3
"""Bumped whenever a table changes; a ledger with a higher version is refused, a lower one upgraded.

A ledger of an older version is upgraded in place when opened: each column of :data:`UPGRADES` it
lacks is added to its table (ALTER TABLE ... ADD COLUMN), empty in the rows already stored.
Version 2 added the documents' text, facts and provenance, version 3 ``quotes.pieces`` and
``quotes.confidence``.
"""

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.Text, nullable=False, unique=True),
    sa.Column("outlet", sa.Text),
    sa.Column("published", sa.DateTime),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("text_hash", sa.String(32), nullable=False),
    sa.Column("result_hash", sa.String(32), nullable=False),
    sa.Column("attributions", sa.Integer, nullable=False, default=0),
)

# -- version 2: the document's text, its other facts and its provenance ----------------------
_VERSION_2 = (
    sa.Column("text", sa.Text),  # None for a document stored by version 1, until ingested again
    sa.Column("authors", sa.Text),  # a JSON list
    sa.Column("language", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("fetched", sa.DateTime),
    sa.Column("extra", sa.Text),  # a JSON object: the record's keys that are no Document field
    sa.Column("quotrack_version", sa.String(32)),
    sa.Column("detectors", sa.Text),  # comma-separated names, in the Tracker's order
    sa.Column("resolvers", sa.Text),
)
for _column in _VERSION_2:
    documents.append_column(_column)


people = sa.Table(
    "people",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("affiliation", sa.Text),
)

aliases = sa.Table(
    "aliases",
    metadata,
    sa.Column("spelling", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("person_pk", sa.Integer, sa.ForeignKey("people.pk"), nullable=False, index=True),
)
"""Each folded spelling of a name seen, and the person it means (merges and splits re-point it)."""

blocks = sa.Table(
    "blocks",
    metadata,
    sa.Column("block", sa.Text, primary_key=True),
    sa.Column("spelling", sa.Text, sa.ForeignKey("aliases.spelling"), primary_key=True),
)
"""Blocking keys of each spelling: where a new name looks for near spellings of known people."""

pins = sa.Table(
    "pins",
    metadata,
    sa.Column("document_id", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("person_pk", sa.Integer, sa.ForeignKey("people.pk"), nullable=False, index=True),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("op", sa.String(16), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk"), nullable=False, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("key", sa.Text),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("affiliation", sa.Text),
    sa.Column("person_pk", sa.Integer, sa.ForeignKey("people.pk"), index=True),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk"), nullable=False, index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("quoted", sa.Text),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("cue", sa.Text),
    sa.Column("act", sa.String(16)),
    sa.Column("detector", sa.String(64), nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("source_kind", sa.String(16)),
    sa.Column("mention_pk", sa.Integer, sa.ForeignKey("mentions.pk"), index=True),
    sa.Column("carrier", sa.Text),
)

# -- version 3: the pieces of a split quote and the attribution's confidence -----------------
# ``content`` is the quoted words: a split quote's pieces joined with " … " (``pieces``, a JSON list
# of their texts, keeps them; NULL for one piece).  ``confidence`` is the attribution's (NULL in a
# ledger written before version 3).
_VERSION_3 = (
    sa.Column("pieces", sa.Text),
    sa.Column("confidence", sa.Float),
)
for _column in _VERSION_3:
    quotes.append_column(_column)

UPGRADES: dict[int, tuple[sa.Column[Any], ...]] = {2: _VERSION_2, 3: _VERSION_3}
"""The columns each schema version added (each knows its ``table``): ``ALTER TABLE ... ADD COLUMN``
on an older ledger."""

credits = sa.Table(
    "credits",
    metadata,
    sa.Column("quote_pk", sa.Integer, sa.ForeignKey("quotes.pk"), primary_key=True),
    sa.Column("mention_pk", sa.Integer, sa.ForeignKey("mentions.pk"), primary_key=True, index=True),
)

echo_keys = sa.Table(
    "echo_keys",
    metadata,
    sa.Column("quote_pk", sa.Integer, sa.ForeignKey("quotes.pk"), nullable=False, index=True),
    sa.Column("key", sa.String(64), nullable=False, index=True),
)

copy_keys = sa.Table(
    "copy_keys",
    metadata,
    sa.Column("document_pk", sa.Integer, sa.ForeignKey("documents.pk"), nullable=False, index=True),
    sa.Column("key", sa.String(64), nullable=False, index=True),
)
"""MinHash band keys of each document's words (:mod:`quotrack.ledger.copies`): derived, rebuilt on change."""

URL_PREFIX = 400
"""Characters of a URL its index holds (a PostgreSQL index entry cannot hold a very long one)."""


def url_prefix(url: Any) -> Any:
    """The indexed part of a URL: its first :data:`URL_PREFIX` characters, as constants the index matches."""
    return sa.func.substr(url, sa.literal_column("1"), sa.literal_column(str(URL_PREFIX)))


name_indexes = (
    sa.Index("ix_mentions_lower_name", sa.func.lower(mentions.c.name)),
    sa.Index("ix_people_lower_name", sa.func.lower(people.c.name)),
    sa.Index("ix_documents_url", url_prefix(documents.c.url)),
)
"""``quotes(speaker=...)`` looks names up case-blind, a document is found by its URL too:
these make each a search, not a scan.

Created with the tables, and added to a ledger made before they existed when it is opened.
"""
