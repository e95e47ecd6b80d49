"""The ledger's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Per-article rows say exactly what a Result said: ``documents``, the
speakers each article names (``mentions``), its attributions (``quotes``),
which speakers each attribution counts for (``credits``) and the echo index
keys of its quoted words (``echo_keys``).  Cross-article identity is the
``people`` table, the ``aliases`` that point each spelling of a name to a
person and the ``blocks`` where a new spelling finds near ones; ``pins``
hold the hand-made decisions that apply to one article only (a split of
namesakes), ``decisions`` the log of merges and splits.

The ``meta`` table carries the schema version:

>>> SCHEMA_VERSION
2
>>> sorted(metadata.tables)[:3]
['aliases', 'blocks', 'credits']
"""

from __future__ import annotations

import sqlalchemy as sa

__all__ = ["SCHEMA_VERSION", "metadata"]

SCHEMA_VERSION = 2
"""Bumped whenever a table changes; a ledger with a higher version is refused.

A ledger of an older version is upgraded in place when opened: a column added
since is added to its table (ALTER TABLE ... ADD COLUMN), empty in the rows
already stored.  Version 2 added ``quotes.pieces`` and ``quotes.confidence``.
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
    sa.Column("pieces", sa.Text),
    sa.Column("confidence", sa.Float),
)
"""``content`` is the quoted words: a split quote's pieces joined with " … " (``pieces``, a JSON list of
their texts, keeps them; NULL for one piece).  ``confidence`` is the attribution's (NULL in a ledger
written before version 2)."""

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

name_indexes = (
    sa.Index("ix_mentions_lower_name", sa.func.lower(mentions.c.name)),
    sa.Index("ix_people_lower_name", sa.func.lower(people.c.name)),
)
"""``quotes(speaker=...)`` looks names up case-blind: these make it a search, not a scan.

Created with the tables, and added to a ledger made before they existed when it is opened.
"""
