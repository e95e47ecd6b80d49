"""Find quotations in raw text: one linear scan, no parse needed.

Handles straight and curly marks, ``« »``, ``„ “``, the typewriter pair
`````…''``, single quotes told apart from apostrophes, inch marks
(``6'2"``), quotes opened and never closed (they end with their paragraph)
and the news convention for quotes over several paragraphs (each paragraph
opens, only the last closes).

>>> text = 'He said, "We will win." It\\'s Bob\\'s \\'90s car.'
>>> [text[q.start:q.end] for q in find_quotations(text)]
['We will win.']
>>> text = '“First part.\\n“Second part,” she said.'
>>> q = find_quotations(text)[0]
>>> [text[a:b] for a, b in q.pieces]
['First part.', 'Second part,']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

_SINGLE_MARKS = "‘’‚‹›'"
_MARK = re.compile(
    "``|''|"
    + "|".join(re.escape(mark) for mark in '"“”„‟«»')
    + "|"
    + "|".join(f"{re.escape(mark)}(?:(?<![^\\W_].)|(?![^\\W_]))" for mark in _SINGLE_MARKS)
)
"""A quotation mark: two backticks, two apostrophes, else one mark character, but no single mark
between two letters or digits (``don't``, ``O'Brien``: an apostrophe, see :func:`_is_apostrophe`;
``[^\\W_]`` is a letter or digit).  Every branch opens with a literal, so ``re`` skips fast to the
next possible mark (a character class among them hides that)."""

_DOUBLE_OPEN = frozenset(["“", "„", "‟", "«", "``"])
_DOUBLE_CLOSE = frozenset(["”", "»"])
_DOUBLE_EITHER = frozenset(['"', "''"])
_SINGLE_OPEN = frozenset(["‘", "‚", "‹"])
_SINGLE_CLOSE = frozenset(["’", "›"])
_SINGLE_EITHER = frozenset(["'"])
_OPENING_PUNCT = frozenset("([{<—–-/:;")
_FAMILY = {
    '"': "straight",
    "''": "straight",
    "``": "straight",
    "“": "curly",
    "”": "curly",
    "„": "curly",
    "‟": "curly",
    "«": "angle",
    "»": "angle",
}
"""Double marks by style: a mark of another style inside a quotation nests in it."""


@attrs.frozen
class Quotation:
    """A quoted passage: inner text without its marks, one piece a paragraph."""

    pieces: tuple[tuple[int, int], ...]
    """(start, end) of the quoted words in each paragraph the quote spans."""
    open_mark: int
    """Index of the opening mark."""
    close_mark: int | None
    """Index of the closing mark, or None when the quote was never closed."""
    mark_width: int = 1
    """Length of the closing mark (2 for ``''``)."""

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def outer_start(self) -> int:
        """Start including the opening mark."""
        return self.open_mark

    @property
    def outer_end(self) -> int:
        """End including the closing mark, when there is one."""
        return self.end if self.close_mark is None else self.close_mark + self.mark_width

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, the unit news text is written in.

    >>> paragraphs("One.\\r\\n\\nTwo.\\n  ")
    [(0, 4), (7, 11)]
    """
    spans = []
    start = 0
    # str.splitlines breaks where a paragraph may end: at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
    # \u2028 and \u2029 (a break is white space, which the trim takes off)
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if not line.isspace():
            spans.append(_trim(text, start, end))
        start = end
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _flank(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at text[start:end] can open and can close."""
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    can_open = (before.isspace() or before in _OPENING_PUNCT or before in "“‘\"'«„") and not (after.isspace())
    can_close = not before.isspace() and (after.isspace() or not after.isalnum() or after in "”’\"'»")
    return can_open, can_close


def _is_apostrophe(text: str, start: int, lo: int, hi: int) -> bool:
    before = text[start - 1] if start > lo else " "
    after = text[start + 1] if start + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, O'Brien, rock'n'roll
    if after.isdigit() and (start + 2 >= hi or not text[start + 2 : start + 4].rstrip("s").strip()):
        return True  # '90s
    return after.isdigit() and before.isspace() and text[start + 1 : start + 3].isdigit()


def _is_inch_mark(text: str, start: int, lo: int) -> bool:
    # 6'2" or 12" screen: a straight double mark right after a digit
    return start > lo and text[start - 1].isdigit()


def _nests(text: str, start: int, hi: int, can_open: bool, can_close: bool) -> bool:
    """Whether a straight ``"`` that can only open, met inside a straight quotation, opens one nested in it.

    So when an odd number of straight marks, this one included, are left in
    the paragraph and at least three: its own closer and the outer one's.
    """
    if not can_open or can_close:
        return False
    left = text.count('"', start, hi)
    return left >= 3 and left % 2 == 1


def _scan_paragraph(text: str, lo: int, hi: int) -> list[Quotation]:
    """Quotations that start in text[lo:hi] (a paragraph)."""
    first = _MARK.search(text, lo, hi)
    if first is None:
        return []  # the usual paragraph: not one mark to pair
    found: list[Quotation] = []
    opener: tuple[int, int, str] | None = None  # (index, width, mark)
    singles: list[tuple[int, int]] = []  # single marks outside double quotes, for pass two
    double_regions: list[tuple[int, int]] = []
    nested: str | None = None  # style of a quotation open inside the current one
    inner_open = False  # a straight quotation open inside a straight one
    for match in _MARK.finditer(text, first.start(), hi):
        mark, start, end = match.group(), match.start(), match.end()
        if mark in _SINGLE_OPEN or mark in _SINGLE_CLOSE or mark in _SINGLE_EITHER:
            singles.append((start, end))
            continue
        can_open, can_close = _flank(text, start, end, lo, hi)
        if opener is None:
            if mark in _DOUBLE_CLOSE or (mark == '"' and _is_inch_mark(text, start, lo)):
                continue  # a closing mark without an opener: nothing to pair it with
            if mark in _DOUBLE_EITHER and not can_open and can_close and start > lo:
                continue  # stray closing straight mark
            opener = (start, end - start, mark)
            nested = None
            inner_open = False
            continue
        if mark == '"' == opener[2] and (inner_open or _nests(text, start, hi, can_open, can_close)):
            # a straight quotation inside a straight one: '"The "United States" is not …."'
            inner_open = not inner_open
            continue
        if _FAMILY[mark] != _FAMILY[opener[2]]:
            # a mark of another style: a quote within the quote, or a sloppy closer (“…")
            if nested == _FAMILY[mark]:
                nested = None
                continue
            if nested is None and can_open and not can_close:
                nested = _FAMILY[mark]
                continue
            if nested is not None or not can_close:
                continue
        closes = (
            mark in _DOUBLE_CLOSE
            or mark in _DOUBLE_EITHER
            or (opener[2] == "„" and mark == "“")
            or (mark in _DOUBLE_OPEN and can_close and not can_open)
        )
        if closes:
            inner = _trim(text, opener[0] + opener[1], start)
            found.append(Quotation((inner,), opener[0], start, end - start))
            double_regions.append((opener[0], end))
            opener = None
        else:
            # A new opening mark while one is open: the earlier quote was never closed.
            stop = start
            while stop > opener[0] + opener[1] and text[stop - 1].isspace():
                stop -= 1
            found.append(Quotation((_trim(text, opener[0] + opener[1], stop),), opener[0], None))
            double_regions.append((opener[0], stop))
            opener = (start, end - start, mark)
    if opener is not None:
        found.append(Quotation((_trim(text, opener[0] + opener[1], hi),), opener[0], None))
        double_regions.append((opener[0], hi))
    quoted, inner_doubles = _pair_singles(text, singles, double_regions, lo, hi)
    found = [q for q in found if q.open_mark not in inner_doubles] + quoted
    found.sort(key=lambda q: q.open_mark)
    return found


def _pair_singles(
    text: str,
    marks: Sequence[tuple[int, int]],
    double_regions: Sequence[tuple[int, int]],
    lo: int,
    hi: int,
) -> tuple[list[Quotation], set[int]]:
    """Single-quoted passages outside double quotes; both marks must be present.

    A single-quoted passage that holds double-quoted ones (the British
    ``'She said "no" twice,' he said``) is the quotation; the opening marks
    of the double quotes inside it come back as the second item, to drop.
    Linear: ``double_regions`` are in text order and do not overlap.
    """
    starts = [a for a, _ in double_regions]
    found: list[Quotation] = []
    nested: set[int] = set()
    opener: int | None = None
    for start, end in marks:
        region = bisect.bisect_right(starts, start) - 1
        if region >= 0 and start < double_regions[region][1]:
            continue  # a quote within a quote belongs to the outer one
        mark = text[start:end]
        if _is_apostrophe(text, start, lo, hi):
            continue
        can_open, can_close = _flank(text, start, end, lo, hi)
        if opener is None:
            if (mark in _SINGLE_OPEN or mark in _SINGLE_EITHER) and can_open:
                opener = start
        elif (mark in _SINGLE_CLOSE or mark in _SINGLE_EITHER or (text[opener] == "‚" and mark == "‘")) and (
            can_close
        ):
            found.append(Quotation((_trim(text, opener + 1, start),), opener, start))
            first, last = bisect.bisect_right(starts, opener), bisect.bisect_left(starts, start)
            nested.update(starts[first:last])
            opener = None
        elif can_open:
            opener = start
    return found, nested


def find_quotations(text: str, paras: Sequence[tuple[int, int]] | None = None) -> list[Quotation]:
    """Every quotation in ``text``, in text order.

    ``paras`` are the paragraph spans (as :func:`paragraphs` gives them);
    a quote left open at a paragraph's end continues into the next paragraph
    when that one opens with a quotation mark, and ends there otherwise.
    """
    if paras is None:
        paras = paragraphs(text)
    quotations: list[Quotation] = []
    carried: Quotation | None = None
    for lo, hi in paras:
        found = _scan_paragraph(text, lo, hi)
        if carried is not None:
            first = found[0] if found else None
            if first is not None and first.open_mark == lo and not text[lo].isalnum():
                found[0] = Quotation(
                    carried.pieces + first.pieces, carried.open_mark, first.close_mark, first.mark_width
                )
            else:
                quotations.append(carried)
            carried = None
        if found and not found[-1].closed and found[-1].end == hi:
            carried = found.pop()
        quotations.extend(found)
    if carried is not None:
        quotations.append(carried)
    quotations.sort(key=lambda q: q.start)
    return quotations
