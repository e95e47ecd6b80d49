"""Syndicated copies: one story carried nearly word for word by several documents.

When an agency story is printed by many sites, each copy would otherwise count
as a separate report of everyone quoted in it.  The store writes
:func:`copy_keys` of each document's text: the MinHash band keys of its
:data:`SHINGLE`-word shingles, made as :mod:`quotrack.ledger.echoes` makes
a quote's, and winnowed fingerprints of its :data:`SPAN`-word
runs (:func:`run_keys`).  Documents that share a band key, or :data:`MIN_SHARED`
run keys, are candidates; :func:`is_copy` verifies each pair: the Jaccard
similarity of their shingles is at least ``min_similarity``, or nearly all of
the shorter text is in the longer (:func:`containment`: a story cut to its first
paragraphs, or printed inside a page's furniture).  :func:`originals` groups the
verified pairs and names each group's original: its earliest document by
published date, then by id.

Matching ignores case, accents, punctuation and spacing, as echoes do.
Texts under :data:`MIN_WORDS` words get no keys and are nobody's copy.

>>> story = ("The council voted on Tuesday to rebuild the old stone bridge over the river, "
...          "which has been closed to traffic since the floods of last spring damaged its piers.")
>>> copy = story.replace("Tuesday", "Tuesday evening")
>>> round(similarity(story, copy), 2), bool(set(copy_keys(story)) & set(copy_keys(copy)))
(0.83, True)
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from .echoes import ECHO_KEY_VERSION, band_keys, clusters, normalize_quote, shingles

__all__ = [
    "COPY_KEY_VERSION",
    "MAX_SHARERS",
    "MIN_CONTAINMENT",
    "MIN_SHARED",
    "MIN_SIMILARITY",
    "MIN_WORDS",
    "SHINGLE",
    "containment",
    "copy_keys",
    "is_copy",
    "originals",
    "run_keys",
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
SPAN = 8
"""Words in a run key: long enough that two stories on one event seldom share one by chance."""
WINDOW = 12
"""Winnowing window: about one run key for every six or seven words of a text."""
MIN_SHARED = 2
"""Run keys two documents must share to be a candidate pair."""
MAX_SHARERS = 20
"""A run key more documents than this share is boilerplate (a site's footer): no candidate."""
MIN_CONTAINMENT = 0.8
"""The least share of the shorter text's shingles in the longer one for it to be a copy."""
MIN_CONTAINED_WORDS = 50
"""A shorter text needs this many words to be a copy by containment: a brief of a few lines that a
longer story also carries is as likely a quote carried by both (an echo) as a copy."""
COPY_KEY_VERSION = f"{ECHO_KEY_VERSION}-copies-k{SHINGLE}-min{MIN_WORDS}-runs{SPAN}w{WINDOW}"
"""Changes whenever keys would: a store keeps it and rebuilds its key rows when it differs."""


@functools.lru_cache(maxsize=512)
def _folded(text: str) -> tuple[str, ...]:
    """A text's words as matched (normalised once for the many pairs a text is checked in)."""
    return tuple(normalize_quote(text).split())


@functools.lru_cache(maxsize=512)
def _shingles(text: str) -> frozenset[bytes]:
    return frozenset(shingles(_folded(text), SHINGLE))


def run_keys(folded: Sequence[str]) -> list[str]:
    """The run keys (``"s:"`` and 16 hex digits) of a text's folded words: winnowed fingerprints
    of its :data:`SPAN`-word runs, the least hash of each :data:`WINDOW` neighbours, so that two
    texts sharing a passage of ``SPAN + WINDOW - 1`` words or more share a key, and one of a
    hundred words about seven.

    >>> words = [f"w{i}" for i in range(100)]
    >>> len(set(run_keys(words)) & set(run_keys(words[:40]))) >= 2
    True
    """
    if len(folded) < SPAN:
        return []
    hashes = [
        hashlib.blake2b(" ".join(folded[i : i + SPAN]).encode("utf-8"), digest_size=8).hexdigest()
        for i in range(len(folded) - SPAN + 1)
    ]
    chosen = {min(hashes[i : i + WINDOW]) for i in range(max(len(hashes) - WINDOW, 0) + 1)}
    return [f"s:{h}" for h in sorted(chosen)]


def copy_keys(text: str) -> list[str]:
    """The index keys of a document's text: a stored document sharing a band key, or
    :data:`MIN_SHARED` run keys, is a candidate copy.

    >>> keys = copy_keys("one two three " * 10)
    >>> len([k for k in keys if not k.startswith("s:")]), copy_keys("Too short to be a story.")
    (32, [])
    """
    folded = normalize_quote(text).split()
    if len(folded) < MIN_WORDS:
        return []
    return band_keys(shingles(folded, SHINGLE)) + run_keys(folded)


def similarity(a: str, b: str) -> float:
    """The Jaccard similarity of the two texts' shingles (0 when either is under :data:`MIN_WORDS` words).

    >>> similarity("a b c d", "a b c d")
    0.0
    """
    if min(len(_folded(a)), len(_folded(b))) < MIN_WORDS:
        return 0.0
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


def containment(a: str, b: str) -> float:
    """The share of the shorter text's shingles found in the longer one (0 when the shorter is
    under :data:`MIN_CONTAINED_WORDS` words).

    >>> story = " ".join(f"word{i}" for i in range(200))
    >>> containment(story, " ".join(story.split()[:60])), containment(story, story.upper()[:100])
    (1.0, 0.0)
    """
    if min(len(_folded(a)), len(_folded(b))) < MIN_CONTAINED_WORDS:
        return 0.0
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / min(len(sa), len(sb))


def is_copy(a: str, b: str, min_similarity: float = MIN_SIMILARITY) -> bool:
    """Whether one text is a copy of the other: their shingles' Jaccard similarity reaches
    ``min_similarity``, or :data:`MIN_CONTAINMENT` of the shorter is in the longer (or
    ``min_similarity`` of it, where that is more)."""
    if similarity(a, b) >= min_similarity:
        return True
    return containment(a, b) >= max(MIN_CONTAINMENT, min_similarity)


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
    verified = [(a, b) for a, b in pairs if is_copy(texts[a], texts[b], min_similarity)]
    found: dict[int, int] = {}
    for group in clusters(verified):
        first = min(group, key=lambda pk: (order[pk][0] is None, order[pk][0] or datetime.min, order[pk][1]))
        found.update({pk: first for pk in group if pk != first})
    return dict(sorted(found.items()))
