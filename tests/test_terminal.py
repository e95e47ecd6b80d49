"""quotrack.terminal: table cells safe to print."""

from __future__ import annotations

import pytest

from quotrack.terminal import counted, one_line


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ann Lee said:\n  the ferry\twill sail", "Ann Lee said: the ferry will sail"),
        ("\x1b[2J\x1b[31mWe won\x1b[0m", "\ufffd[2J\ufffd[31mWe won\ufffd[0m"),  # no escape sequence left
        ("bell\x07 and\x9bC1", "bell\ufffd and\ufffdC1"),
        ("\u202eniw lliw eW", "\ufffdniw lliw eW"),  # a right-to-left override
        ("Zoë said “oui” — 30 °C", "Zoë said “oui” — 30 °C"),  # printable text is kept as it is
    ],
)
def test_one_line_folds_whitespace_and_blanks_control_characters(text: str, shown: str) -> None:
    assert one_line(text) == shown


@pytest.mark.parametrize(
    ("number", "words", "shown"),
    [(1, ("document",), "1 document"), (0, ("quote",), "0 quotes"), (2, ("copy", "copies"), "2 copies")],
)
def test_counted_puts_the_noun_in_the_plural_unless_one(
    number: int, words: tuple[str, ...], shown: str
) -> None:
    assert counted(number, *words) == shown
