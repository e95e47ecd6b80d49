"""Text bound for a terminal: article text is untrusted, so a table cell is one line with no
control characters (an ESC in a quote could recolour or rewrite the reader's terminal).

>>> one_line("Lee said:\\n  \\x1b[31mA\\x1b[0m  and\\tB")
'Lee said: �[31mA�[0m and B'
"""

from __future__ import annotations

import re

__all__ = ["counted", "one_line"]

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""C0 and C1 control characters (but the whitespace that :func:`one_line` folds), the
bidirectional overrides and isolates, which can make a cell read backwards, and lone surrogates
(JSON's ``\\ud800``, a broken emoji), which no terminal can print."""


def one_line(text: str) -> str:
    """``text`` on one line: runs of whitespace (line breaks too) as one space, each control
    character as U+FFFD."""
    return " ".join(_CONTROL.sub("\ufffd", text).split())


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, in the plural (``plural``, else ``noun + "s"``) unless it is 1."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
