"""Text any database can hold, read back identical.

PostgreSQL cannot store a NUL character in ``text``, and a lone surrogate
(``"\\ud800"``, which Python strings allow) cannot be encoded as UTF-8 at
all. :func:`escape` writes each such character, and the escape character
itself (U+E000, a private-use character), as the escape character, ``u``
and four hex digits; :func:`unescape` undoes it. Text without them is
stored as it is.

>>> escape("a\\x00b")
'a\\ue000u0000b'
>>> unescape(escape("a\\x00b\\ud800\\ue000")) == "a\\x00b\\ud800\\ue000"
True
>>> escape("plain text") == "plain text"
True
"""

from __future__ import annotations

import re

ESCAPE = "\ue000"
_NEEDS = re.compile("[\x00\ud800-\udfff\ue000]")
_ESCAPED = re.compile("\ue000u([0-9a-f]{4})")

__all__ = ["ESCAPE", "escape", "escape_optional", "unescape", "unescape_optional"]


def escape(text: str) -> str:
    """``text`` with NUL, lone surrogates and U+E000 written as ``U+E000 u XXXX``."""
    if _NEEDS.search(text) is None:
        return text
    return _NEEDS.sub(lambda m: f"{ESCAPE}u{ord(m.group()):04x}", text)


def unescape(text: str) -> str:
    """The text :func:`escape` was given."""
    if ESCAPE not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def escape_optional(text: str | None) -> str | None:
    """:func:`escape`, passing None through."""
    return None if text is None else escape(text)


def unescape_optional(text: str | None) -> str | None:
    """:func:`unescape`, passing None through."""
    return None if text is None else unescape(text)
