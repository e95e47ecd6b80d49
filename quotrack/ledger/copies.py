"""Syndicated copies: one story carried nearly word for word by several documents.

When an agency story is printed by many sites, each copy would otherwise count
as a separate report of everyone quoted in it.  The store writes
:func:`copy_keys` of each document's text (the MinHash band keys of its
:data:`SHINGLE`-word shingles, made as :mod:`quotrack.ledger.echoes` makes
a quote's); documents that share a key are candidates, :func:`similarity`
verifies each pair (the Jaccard similarity of their shingles, at least
``min_similarity``), and :func:`originals` groups the verified pairs and names
each group's original: its earliest document by published date, then by id.

Matching ignores case, accents, punctuation and spacing, as echoes do.
Texts under :data:`MIN_WORDS` words get no keys and are nobody's copy.

>>> story = ("The council voted on Tuesday to rebuild the old stone bridge over the river, "
...          "which has been closed to traffic since the floods of last spring damaged its piers.")
>>> copy = story.replace("Tuesday", "Tuesday evening")
>>> round(similarity(story, copy), 2), bool(set(copy_keys(story)) & set(copy_keys(copy)))
(0.83, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from .echoes import ECHO_KEY_VERSION, band_keys, clusters, normalize_quote, shingles

__all__ = [
    "COPY_KEY_VERSION",
    "MIN_SIMILARITY",
    "MIN_WORDS",
    "SHINGLE",
    "copy_keys",
    "originals",
    "similarity",
]

SHINGLE = 3
"""Words per shingle: runs of three words, so two stories on one event that share
their vocabulary (but not their sentences) share few shingles."""
MIN_WORDS = 20
"""Texts shorter than this are too short to tell a copy from a coincidence: no keys."""
MIN_SIMILARITY = 0.5
"""The default least Jaccard similarity of two texts' shingles for one to be a copy of the other
(a story cut by a third, or with a paragraph added, stays above it; two reports of one event fall far
below).  With 32 bands of 4 MinHash values, a pair at 0.5 is found with probability 0.87, at 0.6
with 0.99."""
COPY_KEY_VERSION = f"{ECHO_KEY_VERSION}-copies-k{SHINGLE}-min{MIN_WORDS}"
"""Changes whenever keys would: a store keeps it and rebuilds its key rows when it differs."""


def _shingles(text: str) -> set[bytes]:
    return shingles(normalize_quote(text).split(), SHINGLE)


def copy_keys(text: str) -> list[str]:
    """The index keys of a document's text: a stored document sharing one is a candidate copy.

    >>> len(copy_keys("one two three " * 10)), copy_keys("Too short to be a story.")
    (32, [])
    """
    folded = normalize_quote(text).split()
    if len(folded) < MIN_WORDS:
        return []
    return band_keys(shingles(folded, SHINGLE))


def similarity(a: str, b: str) -> float:
    """The Jaccard similarity of the two texts' shingles (0 when either is under :data:`MIN_WORDS` words).

    >>> similarity("a b c d", "a b c d")
    0.0
    """
    if min(len(normalize_quote(a).split()), len(normalize_quote(b).split())) < MIN_WORDS:
        return 0.0
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


def originals(
    pairs: Iterable[tuple[int, int]],
    texts: Mapping[int, str],
    order: Mapping[int, tuple[datetime | None, str]],
    min_similarity: float = MIN_SIMILARITY,
) -> dict[int, int]:
    """Each copy's original: ``{document: earliest document of its group}`` for the copies only.

    ``pairs`` are candidate pairs (documents sharing a key), ``texts`` their
    texts and ``order`` each document's ``(published, id)``: the original is
    the earliest dated one, then the least id; undated documents come last.

    >>> text = "The council voted on Tuesday to rebuild the old stone bridge over the river " * 2
    >>> originals([(1, 2), (2, 3)], {1: text, 2: text, 3: text.upper()},
    ...           {1: (None, "a"), 2: (datetime(2026, 1, 6), "b"), 3: (datetime(2026, 1, 5), "c")})
    {1: 3, 2: 3}
    """
    verified = [(a, b) for a, b in pairs if similarity(texts[a], texts[b]) >= min_similarity]
    found: dict[int, int] = {}
    for group in clusters(verified):
        first = min(group, key=lambda pk: (order[pk][0] is None, order[pk][0] or datetime.min, order[pk][1]))
        found.update({pk: first for pk in group if pk != first})
    return dict(sorted(found.items()))
