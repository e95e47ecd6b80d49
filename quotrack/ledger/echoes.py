"""The same quoted words across outlets: normalising, MinHash/LSH band keys, verifying, diffing.

The store writes :func:`echo_keys` of each direct quote (or of the quoted words
of a mixed one) as rows of an indexed column.  A new quote's candidates are the
stored quotes sharing one of its keys: an indexed lookup, so the cost per
document stays flat as the ledger grows.  :func:`same_quote` then verifies
each candidate on word-level similarity, :func:`clusters` groups the verified
pairs, and :func:`build_echo` picks the first appearance and the variants.

Matching ignores case, accents, quote marks (straight, curly, guillemets),
ellipses, dashes, punctuation and spacing.  A quote with one word changed or
dropped, other quote marks or an ellipsis is still an echo, and so are the
quoted words of a mixed quote (8 words or more) within the full quote; a
paraphrase is not.
Quotes under :data:`MIN_WORDS` words are too common ("no", "we will see") to be
echoes; two wordings both under :data:`MIN_FUZZY_WORDS` words are one quote only when
identical.

>>> a = "“We will not back down … ever,” she said"
>>> b = '"we will not back down, ever," she said'
>>> echo_keys(a) == echo_keys(b), same_quote(a, b)
(True, True)
>>> changes("We will never back down from this fight", "We will not back down from this fight")
(Change(op='replace', before='never', after='not'),)
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import datetime, timezone
from difflib import SequenceMatcher
from typing import Any, TypeVar

import numpy as np
from rapidfuzz.distance import Indel

from .records import Change, Echo, QuoteRecord, Variant

__all__ = [
    "BANDS",
    "CONTAINED",
    "ECHO_KEY_VERSION",
    "MIN_FUZZY_WORDS",
    "MIN_SIMILARITY",
    "MIN_WORDS",
    "ROWS",
    "band_keys",
    "build_echo",
    "changes",
    "clusters",
    "echo_keys",
    "normalize_quote",
    "occurrence_order",
    "same_quote",
    "shingles",
    "words",
]

K = TypeVar("K", bound=Hashable)

MIN_WORDS = 5
"""Fewer words than this are never an echo (and get no keys): too common to mean one source."""
MIN_FUZZY_WORDS = 8
"""Two wordings both shorter than this are one quote only when their words are identical."""
MIN_SIMILARITY = 0.8
"""Least word-level similarity (2 * matching words / all words) of two wordings of one quote."""

SHINGLE = 2
"""Words per shingle: word pairs, so a shared vocabulary alone (a paraphrase) shares few shingles."""
BANDS = 32
ROWS = 4
"""LSH bands of ``ROWS`` MinHash values each.  Two wordings with Jaccard similarity ``s`` of their
word pairs share a band with probability ``1 - (1 - s**4)**32``: 0.96 at s = 0.56 (one word changed
in eight), 0.997 at 0.64, 0.23 at 0.3 and under 0.01 for the s < 0.15 of a paraphrase."""
FRAGMENT = 6
WINDOW = 3
"""Fragment keys: winnowed fingerprints of ``FRAGMENT``-word runs, the least of each ``WINDOW``
neighbours, so two quotes that share a run of ``FRAGMENT + WINDOW - 1`` (8) words share a key: the
quoted words of a mixed quote, or a quote cut short with an ellipsis, are found in the full one."""
CONTAINED = 0.9
"""Least share of a shorter wording's words found, in order, in the longer one (in at most
:data:`MAX_PIECES` pieces) for the shorter to be a cut of the longer."""
MAX_PIECES = 3
_SEED = 20260105
ECHO_KEY_VERSION = (
    f"minhash-affine32-blake2b32-seed{_SEED}-k{SHINGLE}-b{BANDS}r{ROWS}-hex+winnow-k{FRAGMENT}w{WINDOW}"
)
"""Changes whenever keys would: a store keeps it and rebuilds its key rows when it differs."""


@functools.cache
def _sketch_factory() -> Callable[[], Any]:
    """A maker of empty MinHash sketches with the fixed permutations.

    datasketch is imported on first use: importing it pulls in SciPy (about a second),
    which ``import quotrack`` should not pay.
    """
    from datasketch import MinHash

    permutations = MinHash(num_perm=BANDS * ROWS, seed=_SEED, scheme="affine32").permutations
    return functools.partial(
        MinHash, num_perm=BANDS * ROWS, permutations=permutations, scheme="affine32", hashfunc=_hash32
    )


_WORD = re.compile(r"[^\W_]+(?:['’‘ʼ.][^\W_]+)*")
_DROP = re.compile(r"['’‘ʼ.]")


def _fold_word(word: str) -> str:
    if word.isascii():
        return word.lower().replace("'", "").replace(".", "")
    word = unicodedata.normalize("NFKD", word.casefold())
    return _DROP.sub("", "".join(c for c in word if not unicodedata.combining(c)))


def words(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` as written and as matched (folded): punctuation, marks and dashes are no words.

    >>> words("“Don’t—ever,” he said…")
    [('Don’t', 'dont'), ('ever', 'ever'), ('he', 'he'), ('said', 'said')]
    """
    text = unicodedata.normalize("NFKC", text)
    return [(m.group(), _fold_word(m.group())) for m in _WORD.finditer(text)]


def normalize_quote(text: str) -> str:
    """Quoted text as matched: folded words separated by single spaces.

    >>> normalize_quote("«Nous   gagnerons…» — Élysée")
    'nous gagnerons elysee'
    >>> a, b = '"It\\'s the U.S. economy, stupid"', "it’s the US economy - stupid"
    >>> normalize_quote(a) == normalize_quote(b)
    True
    """
    return " ".join(folded for _, folded in words(text))


def _hash32(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=4).digest(), "little")


def _fragment_keys(folded: list[str]) -> list[str]:
    """Winnowed fingerprints of the runs of :data:`FRAGMENT` words (none under 8 words)."""
    if len(folded) < FRAGMENT + WINDOW - 1:
        return []
    hashes = [
        hashlib.blake2b(" ".join(folded[i : i + FRAGMENT]).encode("utf-8"), digest_size=8).hexdigest()
        for i in range(len(folded) - FRAGMENT + 1)
    ]
    chosen = {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}
    return [f"f:{h}" for h in sorted(chosen)]


def echo_keys(text: str) -> list[str]:
    """Index keys of a quote: a stored quote sharing one is a candidate echo.

    Deterministic across processes and runs (fixed seed and hash).  Empty for
    quotes shorter than :data:`MIN_WORDS`.  First the :data:`BANDS` LSH band keys,
    ``"<band>:<32 hex digits>"`` (the band's number and its four 32-bit MinHash
    values, 34 characters), then for quotes of 8 words or more the fragment keys,
    ``"f:<16 hex digits>"`` (about one for every two words).

    >>> keys = echo_keys("We will not back down from this fight, not now, not ever")
    >>> keys[0][:3], keys[BANDS - 1][:3], keys[BANDS][:2]
    ('00:', '31:', 'f:')
    >>> echo_keys("We will see")
    []
    """
    folded = normalize_quote(text).split()
    if len(folded) < MIN_WORDS:
        return []
    return band_keys(shingles(folded, SHINGLE)) + _fragment_keys(folded)


def shingles(folded: Sequence[str], size: int) -> set[bytes]:
    """The runs of ``size`` words of ``folded`` (all of them when shorter), as UTF-8.

    >>> sorted(shingles(["a", "b", "c"], 2))
    [b'a b', b'b c']
    """
    return {" ".join(folded[i : i + size]).encode("utf-8") for i in range(max(len(folded) - size, 0) + 1)}


def band_keys(items: set[bytes]) -> list[str]:
    """The :data:`BANDS` LSH band keys of a set's MinHash: two sets share one with a probability
    that rises steeply with their Jaccard similarity (see :data:`ROWS`).

    >>> keys = band_keys({b"a b", b"b c"})
    >>> len(keys), keys == band_keys({b"b c", b"a b"}), keys[0][:3]
    (32, True, '00:')
    """
    sketch = _sketch_factory()()
    sketch.update_batch(sorted(items))
    bands = np.asarray(sketch.hashvalues, dtype="<u4").reshape(BANDS, ROWS)
    return [f"{band:02d}:{values.tobytes().hex()}" for band, values in enumerate(bands)]


def same_quote(a: str, b: str) -> bool:
    """Whether two quoted texts are one quote: the verify step after an :func:`echo_keys` lookup.

    Both need :data:`MIN_WORDS` words; when both are under :data:`MIN_FUZZY_WORDS`
    they must be identical once normalised.  Otherwise their word-level similarity
    (2 * matching words / all words) must reach :data:`MIN_SIMILARITY`, or the
    shorter, of 8 words or more, must be a cut of the longer: nearly all its words
    (:data:`CONTAINED`) in order in a few pieces (an ellipsis, a mixed quote's words).

    >>> same_quote("We will win this election", "we will win this election!")
    True
    >>> same_quote("We will win this election", "We will lose this election")   # short: identical only
    False
    >>> same_quote("No", "no")   # too short to be an echo
    False
    >>> same_quote("The economy is strong and getting stronger every single day",
    ...            "The economy is strong and getting stronger every day")
    True
    >>> same_quote("The economy is strong and getting stronger every single day",
    ...            "Every day the economy grows more robust than it was before")
    False
    >>> same_quote("We will rebuild every home that the storm took from these families",
    ...            "rebuild every home that the storm took")   # under 8 words: no cut
    False
    >>> same_quote("We will rebuild every home that the storm took from these families",
    ...            "We will rebuild every home … from these families")
    True
    """
    wa, wb = normalize_quote(a).split(), normalize_quote(b).split()
    if min(len(wa), len(wb)) < MIN_WORDS:
        return False
    if wa == wb:
        return True
    if max(len(wa), len(wb)) < MIN_FUZZY_WORDS:
        return False
    if Indel.normalized_similarity(wa, wb) >= MIN_SIMILARITY:
        return True
    shorter, longer = sorted((wa, wb), key=lambda w: (len(w), w))
    if len(shorter) < MIN_FUZZY_WORDS:
        return False
    matcher = SequenceMatcher(None, shorter, longer, autojunk=False)
    pieces = [block.size for block in matcher.get_matching_blocks() if block.size]
    return len(pieces) <= MAX_PIECES and sum(pieces) >= CONTAINED * len(shorter)


def changes(first: str, other: str) -> tuple[Change, ...]:
    """The word-level differences of ``other`` from ``first``, as written, ignoring what normalising removes.

    >>> changes("“I have never met him,” he said", '"I have met him," he said')
    (Change(op='delete', before='never', after=''),)
    >>> changes("We will win ... again", '"we will WIN" again and again')
    (Change(op='insert', before='', after='and again'),)
    """
    wa, wb = words(first), words(other)
    matcher = SequenceMatcher(None, [f for _, f in wa], [f for _, f in wb], autojunk=False)
    result = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        before = " ".join(w for w, _ in wa[i1:i2])
        after = " ".join(w for w, _ in wb[j1:j2])
        result.append(Change(op=op, before=before, after=after))
    return tuple(result)


def clusters(pairs: Iterable[tuple[K, K]]) -> list[list[K]]:
    """Group verified candidate pairs into echoes (union-find); each group in first-seen order.

    >>> clusters([(1, 2), (3, 4), (2, 5), (6, 6)])
    [[1, 2, 5], [3, 4], [6]]
    """
    parent: dict[K, K] = {}

    def root(item: K) -> K:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
    groups: dict[K, list[K]] = {}
    for item in parent:
        groups.setdefault(root(item), []).append(item)
    return list(groups.values())


def occurrence_order(published: datetime | None, ingest_order: int) -> tuple[bool, datetime, int]:
    """Sort key for occurrences: dated ones by published date, then by ingest order.

    A naive date is taken as UTC; undated occurrences come after dated ones.

    >>> occurrence_order(None, 1) > occurrence_order(datetime(2026, 1, 5), 9)
    True
    """
    if published is None:
        return (True, datetime.min, ingest_order)
    if published.tzinfo is not None:
        published = published.astimezone(timezone.utc).replace(tzinfo=None)
    return (False, published, ingest_order)


def build_echo(occurrences: Sequence[tuple[QuoteRecord, int]]) -> Echo:
    """An :class:`Echo` from its occurrences, each with its ingest order (e.g. the quote's row id).

    ``first`` is the earliest by published date, then by ingest order, but never a
    copy's occurrence where its original's is among them (the ledger's
    ``copy_of`` settles who printed it first); every
    occurrence whose words differ from the first's (after normalising) is a
    variant with its word-level :func:`changes`; ``documents`` counts the
    independent documents (each occurrence's ``copy_of``, else its document).

    >>> from datetime import datetime
    >>> def q(doc, day, text):
    ...     return QuoteRecord(doc, None, datetime(2026, 1, day), "direct", text, "Ann Lee", "said")
    >>> echo = build_echo([(q("b", 6, "We will build it, and fast"), 1),
    ...                    (q("a", 5, "We will build it and fast"), 2),
    ...                    (q("c", 7, "We will build it very fast"), 3)])
    >>> echo.first.document, [v.occurrence.document for v in echo.variants], echo.variants[0].changes
    ('a', ['c'], (Change(op='replace', before='and', after='very'),))
    """
    if not occurrences:
        raise ValueError("an echo needs at least one occurrence")
    ordered = sorted(occurrences, key=lambda item: occurrence_order(item[0].published, item[1]))
    documents = {record.document for record, _ in ordered}
    original = next((item for item in ordered if item[0].copy_of not in documents), ordered[0])
    ordered = [original, *(item for item in ordered if item is not original)]
    first = ordered[0][0]
    reference = normalize_quote(first.content)
    # records.py fields use converter=tuple, which mypy reads as an unsolved Iterable[_T_co]
    variants = tuple(
        Variant(occurrence=record, changes=changes(first.content, record.content))  # type: ignore[arg-type]
        for record, _ in ordered[1:]
        if normalize_quote(record.content) != reference
    )
    records = tuple(r for r, _ in ordered)
    return Echo(text=first.content, occurrences=records, first=first, variants=variants)  # type: ignore[arg-type]
