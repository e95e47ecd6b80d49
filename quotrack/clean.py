"""Opt-in cleaning of scraped text, with an exact map back to the original.

:func:`clean_text` unescapes HTML entities, strips tags, comments and
scripts, removes invisible characters (zero-width spaces, soft hyphens,
byte-order marks, bidirectional controls, other control characters),
collapses runs of spaces, turns ``\\r\\n`` and other line ends into
``\\n``, mends mojibake (UTF-8 read as Windows-1252: ``FranÃ§ois`` is
``François``, with ftfy) and composes Unicode to NFC.  Every change is recorded as an
:class:`Edit`, so any span of the clean text maps back to the original in
O(log n): ``Tracker(clean=True)`` parses the clean text and returns spans
that index the text it was given.

>>> cleaned = clean_text("<p>Ann Lee said, &ldquo;We&nbsp;won.&rdquo;</p>")
>>> cleaned.text
'\\nAnn Lee said, “We won.”\\n'
>>> start = cleaned.text.index("We")
>>> a, b = cleaned.to_original(start, start + len("We won."))
>>> cleaned.original[a:b]
'We&nbsp;won.'

Where a span's edge meets removed material (a tag, an invisible
character), the span keeps out of it: a start maps past everything removed
at that point and an end maps before it, while anything removed *inside*
the span stays inside the mapped span.  So ``<b>Hello</b> world`` cleans
to ``Hello world`` and the span ``Hello`` maps to ``Hello``, not
``<b>Hello</b>``.  An edge strictly inside a replacement longer than one
character (rare: a few entities give two characters) widens the span to
the whole of that replacement's original.

textacy's preprocessing functions return a new string with no record of
what moved, so the steps are written here as recorded edits: the invisible
characters include textacy's ``RE_ZWSP`` set and the Unicode step is
textacy's ``normalize.unicode`` applied to each changed run.  Quotation
marks are not flattened to straight ones as textacy's
``normalize.quotation_marks`` would: curly marks say which way a quote
opens, which the quote-mark scanner uses.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs
import ftfy

from .errors import ArgumentError, check_text
from .model import Result, SpeakerEntry, TextSpan

UnicodeForm = Literal["NFC", "NFD", "NFKC", "NFKD"]

# Elements whose content is not text at all.
_DROPPED_ELEMENTS = "script|style|noscript|template|svg|math|iframe|object"
# Tags that end a line of text: they become a line break, the rest vanish.
_BLOCK_TAGS = frozenset(
    [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "ul",
    ]
)  # fmt: skip
_INLINE_TAGS = frozenset(
    [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "input", "ins", "kbd", "label", "link", "mark", "meta", "picture", "q", "rp", "rt", "ruby",
        "s", "samp", "small", "source", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
        "wbr", "button", "select", "option", "textarea", "audio", "video", "track", "area", "map", "col",
        "colgroup", "center",
    ]
)  # fmt: skip
_TAG_NAME = "|".join(sorted(_BLOCK_TAGS | _INLINE_TAGS, key=lambda name: (-len(name), name)))
# Invisible characters removed outright: soft hyphen, Arabic letter mark, Mongolian vowel
# separator, zero-width space, LRM/RLM, bidi embeddings and isolates, word joiner and
# invisible operators, BOM (textacy's RE_ZWSP set is among them), and control characters
# other than tab and line breaks.  ZWJ/ZWNJ stay: they shape emoji and several scripts.
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"
)
_HSPACE = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_PATTERN = (
    rf"(?i:(?P<element><(?P<dropped>{_DROPPED_ELEMENTS})\b[^>]{{0,2000}}>.*?</(?P=dropped)\s*>))"
    r"|(?P<comment><!--.*?-->|<!\[CDATA\[.*?\]\]>|<![A-Za-z][^<>]{0,2000}>|<\?[^<>]{0,2000}\?>)"
    rf"|(?i:(?P<tag></?(?P<name>{_TAG_NAME}|[A-Za-z][A-Za-z0-9]*(?:[:-][A-Za-z0-9]+)+)"
    r"(?=[\s/>])(?:[^<>\"']|\"[^\"<]{0,2000}\"|'[^'<]{0,2000}'){0,2000}>))"
    r"|(?P<entity>&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};))"
    r"|(?P<crlf>\r\n)"
    rf"|(?P<invisible>[{_INVISIBLE}]+)"
    rf"|(?P<spaces>[{_HSPACE}]{{2,}})"
)
_UNICODE = rf"|(?P<unicode>[\x00-\x7f]?[^\x00-\x7f{_INVISIBLE}{_HSPACE}]+)"
_MOJIBAKE_MARKS = ("Ã", "Â", "â€", "A\u0303", "A\u0302", "a\u0302€")
"""How UTF-8 read as Windows-1252 starts (``FranÃ§ois``, ``â€™``), composed or decomposed (a text
put through NFD after it was garbled): a text with none has no mojibake."""
_MOJIBAKE = rf"|(?P<mojibake>[^\s<>&]*(?:{'|'.join(_MOJIBAKE_MARKS)})[^\s<>&]*)"
_FLAGS = re.DOTALL
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")

# Rarer quotation marks as the ones the quote-mark scanner knows, keeping their direction.
_QUOTE_MARKS = {
    "❝": "“", "〝": "“", "❞": "”", "〞": "”", "〟": "”", "＂": '"',
    "❛": "‘", "‛": "‘", "❜": "’", "ʼ": "’", "＇": "'",
}  # fmt: skip
# One character for one character, applied to the whole text last (offsets do not move).
_ONE_FOR_ONE = str.maketrans(
    {
        **dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"),
        **dict.fromkeys("\t\u00a0\u1680\u202f\u205f\u3000", " "),
        **{chr(code): " " for code in range(0x2000, 0x200B)},
        **_QUOTE_MARKS,
    }
)


@attrs.frozen
class Edit:
    """One change: ``original[position:position + old_length]`` became ``new_length`` characters."""

    position: int
    old_length: int
    new_length: int


def _edit_tuple(edits: Iterable[Edit]) -> tuple[Edit, ...]:
    return tuple(edits)


@attrs.frozen
class CleanedText:
    """A cleaned text, its original and the edits between them.

    ``text[i]`` for an ``i`` outside every edit is the original character
    at the same place (a space for a no-break space, ``\\n`` for ``\\r``).
    """

    text: str
    original: str
    edits: tuple[Edit, ...] = attrs.field(converter=_edit_tuple, repr=False)
    _old_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _old_ends: list[int] = attrs.field(init=False, eq=False, repr=False)
    _new_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _new_ends: list[int] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        old_starts, old_ends, new_starts, new_ends = [], [], [], []
        delta = 0
        for edit in self.edits:
            old_starts.append(edit.position)
            old_ends.append(edit.position + edit.old_length)
            new_starts.append(edit.position + delta)
            new_ends.append(edit.position + delta + edit.new_length)
            delta += edit.new_length - edit.old_length
        if len(self.original) + delta != len(self.text):
            raise ArgumentError("the edits do not turn the original's length into the text's")
        object.__setattr__(self, "_old_starts", old_starts)
        object.__setattr__(self, "_old_ends", old_ends)
        object.__setattr__(self, "_new_starts", new_starts)
        object.__setattr__(self, "_new_ends", new_ends)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the clean-text span ``text[start:end]``.

        >>> cleaned = clean_text("<b>Hello</b> world")
        >>> cleaned.text, cleaned.to_original(0, 5), cleaned.to_original(0, 11)
        ('Hello world', (3, 8), (3, 18))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ArgumentError(
                f"span ({start}, {end}) is not within the clean text of {len(self.text)} characters"
            )
        first = self._start(start)
        return (first, first) if start == end else (first, self._end(end))

    def span_to_original(self, span: TextSpan) -> TextSpan:
        """``span`` of the clean text as a :class:`TextSpan` of the original."""
        return TextSpan.of(self.original, *self.to_original(span.start, span.end))

    def _start(self, position: int) -> int:
        """Where a span starting at ``position`` starts in the original (past removed text)."""
        i = bisect.bisect_right(self._new_starts, position) - 1
        if i < 0:
            return position
        if position < self._new_ends[i]:
            return self._old_starts[i]
        return self._old_ends[i] + position - self._new_ends[i]

    def _end(self, position: int) -> int:
        """Where a span ending at ``position`` ends in the original (before removed text)."""
        j = bisect.bisect_left(self._new_ends, position)
        if j == len(self._new_ends):
            return position if j == 0 else self._old_ends[-1] + position - self._new_ends[-1]
        if self._new_starts[j] < position:
            return self._old_ends[j]
        return self._old_starts[j] - (self._new_starts[j] - position)

    def restore(self, result: Result) -> Result:
        """``result`` (found in :attr:`text`) with every span mapped to :attr:`original`.

        The Result's text becomes the original; names stay as found in the
        clean text, mentions are the original's words (tags and all).
        """
        changes: dict[str, Any] = {
            field.alias or field.name: _map_spans(getattr(result, field.name), self.span_to_original)
            for field in attrs.fields(Result)
            if field.init and field.name != "text"
        }
        restored = attrs.evolve(result, text=self.original, **changes)
        return _resorted(restored)


def clean_text(text: str, *, unicode_form: UnicodeForm | None = "NFC") -> CleanedText:
    """``text`` with HTML and invisible characters cleaned away, and the way back.

    ``unicode_form`` is the normal form to compose to (None: leave as is).

    >>> clean_text("AT&amp;T&#8217;s  chief\\u200b said\\r\\nso").text
    'AT&T’s chief said\\nso'
    """
    check_text(text)
    normalize = _unicode_normalizer(unicode_form)
    pattern = _pattern(
        unicode_form is not None and not unicodedata.is_normalized(unicode_form, text),
        any(mark in text for mark in _MOJIBAKE_MARKS),
    )
    edits: list[Edit] = []

    def replace(match: re.Match[str]) -> str:
        old = match.group()
        new = _replacement(match, normalize)
        if new == old:
            return old
        if match.lastgroup in ("unicode", "mojibake"):  # a run of letters: only the characters that changed
            position, old_part, new_part = _narrowed(match.start(), old, new)
            edits.append(Edit(position, len(old_part), len(new_part)))
        else:  # a tag, an entity...: one unit, edges never fall inside it
            edits.append(Edit(match.start(), len(old), len(new)))
        return new

    cleaned = pattern.sub(replace, text).translate(_ONE_FOR_ONE)
    return CleanedText(cleaned, text, edits)


@functools.lru_cache(maxsize=4)
def _pattern(unicode: bool, mojibake: bool) -> re.Pattern[str]:
    """The cleaning pattern, with the groups a text needs: Unicode to compose, mojibake to mend."""
    return re.compile(_PATTERN + (_MOJIBAKE if mojibake else "") + (_UNICODE if unicode else ""), _FLAGS)


def _replacement(match: re.Match[str], normalize: Callable[[str], str]) -> str:
    kind = match.lastgroup
    old = match.group()
    if kind == "tag":
        return "\n" if match.group("name").lower() in _BLOCK_TAGS else ""
    if kind == "entity":
        new = _INVISIBLE_RE.sub("", html.unescape(old)).replace("\r\n", "\n")
        return normalize(new)
    if kind == "crlf":
        return "\n"
    if kind == "spaces":
        return " "
    if kind == "unicode":
        return normalize(old)
    if kind == "mojibake":  # "FranÃ§ois": UTF-8 read as Windows-1252, read again (ftfy)
        return normalize(ftfy.fix_encoding(unicodedata.normalize("NFC", old)))
    return ""  # element, comment, invisible


def _narrowed(position: int, old: str, new: str) -> tuple[int, str, str]:
    """The edit without the characters ``old`` and ``new`` share at both ends."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return position + prefix, old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]


@functools.lru_cache(maxsize=8)
def _unicode_normalizer(form: UnicodeForm | None) -> Callable[[str], str]:
    if form is None:
        return lambda text: text
    if form not in ("NFC", "NFD", "NFKC", "NFKD"):
        raise ArgumentError(f"unicode_form must be NFC, NFD, NFKC, NFKD or None, not {form!r}")
    from textacy.preprocessing import normalize

    return functools.partial(normalize.unicode, form=form)


def _map_spans(value: Any, convert: Callable[[TextSpan], TextSpan]) -> Any:
    """``value`` with every :class:`TextSpan` in it (in attrs objects and tuples) converted."""
    if isinstance(value, TextSpan):
        return convert(value)
    if isinstance(value, tuple):
        return tuple(_map_spans(item, convert) for item in value)
    if attrs.has(type(value)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            if field.init:
                old = getattr(value, field.name)
                new = _map_spans(old, convert)
                if new is not old:
                    changes[field.alias or field.name] = new
        return attrs.evolve(value, **changes) if changes else value
    return value


def _resorted(result: Result) -> Result:
    """``result`` with its attributions back in text order, should mapping have tied two starts."""
    attributions = result.attributions
    order = sorted(range(len(attributions)), key=lambda i: attributions[i].sort_key)
    if order == list(range(len(attributions))):
        return result
    new_index = {old: new for new, old in enumerate(order)}
    changes: dict[str, Any] = {
        "attributions": tuple(attributions[i] for i in order),
        "speakers": tuple(_renumbered(entry, new_index) for entry in result.speakers),
    }
    return attrs.evolve(result, **changes)


def _renumbered(entry: SpeakerEntry, new_index: dict[int, int]) -> SpeakerEntry:
    changes: dict[str, Any] = {"attributions": tuple(sorted(new_index[i] for i in entry.attributions))}
    return attrs.evolve(entry, **changes)
