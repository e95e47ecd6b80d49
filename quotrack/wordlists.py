"""Word lists read from ``quotrack/lexicons/``: titles, role and organisation nouns, first names, ...

A word list is a text file of one entry a line; ``#`` starts a comment.
:func:`words` reads a list of words, :func:`table` a list of ``WORD VALUE``
pairs.  Each file is read once per process; the modules that use a list keep
it in a constant (``people.TITLE_WORDS``, ``outlets.OUTLET_NOUNS``, ...).

>>> "minister" in words("title_words")
True
>>> table("abbreviations")["sen"]
'senator'
>>> sorted(word_set("news  agency"))
['agency', 'news']
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources

from .errors import QuotrackError

__all__ = ["WORD_LISTS", "WordListError", "labels", "table", "word_set", "words"]

WORD_LISTS = "quotrack.lexicons"
"""The package whose ``<name>.txt`` files are the word lists."""


class WordListError(QuotrackError, ValueError):
    """A word list is missing or has a malformed line; the message names the file and line."""


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (for a few words in code).

    >>> sorted(word_set("the  this that"))
    ['that', 'the', 'this']
    """
    return frozenset(text.split())


def _lines(name: str) -> Iterator[tuple[int, str]]:
    """(line number, entry) of each entry line of ``<name>.txt``, comments and blanks skipped."""
    try:
        text = resources.files(WORD_LISTS).joinpath(f"{name}.txt").read_text("utf-8")
    except FileNotFoundError:
        raise WordListError(f"no word list {name!r} in {WORD_LISTS}") from None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield number, line


@functools.cache
def words(name: str) -> frozenset[str]:
    """The words of the word list ``name`` (``lexicons/<name>.txt``), one a line.

    >>> words("no_such_list")
    Traceback (most recent call last):
    ...
    quotrack.wordlists.WordListError: no word list 'no_such_list' in quotrack.lexicons
    """
    out = set()
    for number, line in _lines(name):
        if len(line.split()) != 1:
            raise WordListError(f"{name}.txt:{number}: expected one word, got {line!r}")
        out.add(line)
    return frozenset(out)


@functools.cache
@functools.cache
def phrases(name: str) -> frozenset[str]:
    """The entries of the word list ``name``, one phrase of one or more words a line, in lower case.

    >>> "city hall" in phrases("speaking_places")
    True
    """
    return frozenset(" ".join(line.casefold().split()) for _, line in _lines(name))


def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for number, line in _lines(name):
        parts = line.split()
        if len(parts) != 2:
            raise WordListError(f"{name}.txt:{number}: expected 'WORD VALUE', got {line!r}")
        out.append((parts[0], parts[1]))
    return tuple(out)


def table(name: str) -> dict[str, str]:
    """The ``WORD VALUE`` lines of the word list ``name`` as a new dict; a later line wins."""
    return dict(_pairs(name))


@functools.cache
def _labelled(name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for number, line in _lines(name):
        parts = line.split(None, 1)
        if len(parts) != 2:
            raise WordListError(f"{name}.txt:{number}: expected 'WORD NAME ...', got {line!r}")
        out.append((parts[0], parts[1]))
    return tuple(out)


def labels(name: str) -> dict[str, str]:
    """The ``WORD NAME ...`` lines of the word list ``name`` as a new dict: a word, then a name
    of one or more words (the rest of the line); a later line wins.

    >>> labels("outlet_hosts")["nytimes.com"]
    'The New York Times'
    """
    return dict(_labelled(name))
