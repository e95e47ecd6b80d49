"""SEAM: the store's only calls into cross-article identity and echo matching.

These are placeholders until ``quotrack.ledger.identity`` and
``quotrack.ledger.echoes`` (written separately) are merged; each function
then becomes a one-line call into them.  The store never matches names or
quotes any other way.

>>> person_key("Dr. Angela Merkel") == person_key("angela merkel")
False
>>> person_key("Jürgen Müller") == person_key("Jurgen Muller")
True
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata

from .records import Change

__all__ = ["echo_keys", "person_key", "same_quote", "word_changes"]

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def person_key(name: str) -> str | None:
    """The key under which ``name`` is one person across articles (None: never linked)."""
    words = _words(name)
    return " ".join(words) if words else None


def echo_keys(text: str) -> list[str]:
    """Index keys of a quote: two quotes sharing a key are candidate echoes."""
    words = _words(text)
    if len(words) < 4:
        return []
    return [hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest()]


def same_quote(a: str, b: str) -> bool:
    """Whether two candidate quotes are the same words, give or take a little."""
    return difflib.SequenceMatcher(None, _words(a), _words(b)).ratio() >= 0.8


def word_changes(first: str, variant: str) -> list[Change]:
    """The word-level differences of ``variant`` against ``first``."""
    a, b = first.split(), variant.split()
    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op != "equal":
            changes.append(Change(op, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return changes
