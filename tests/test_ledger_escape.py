"""Escaping text a database cannot hold: every string comes back identical."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotrack.ledger.escape import ESCAPE, escape, unescape


@given(st.text(alphabet=st.characters(codec=None, blacklist_categories=())))
def test_any_text_round_trips(text: str) -> None:
    assert unescape(escape(text)) == text


@given(st.text(alphabet=st.characters(codec=None)))
def test_escaped_text_has_no_nul_or_surrogate(text: str) -> None:
    escaped = escape(text)
    assert "\x00" not in escaped
    escaped.encode("utf-8")  # raises on a lone surrogate


def test_plain_text_is_stored_as_it_is() -> None:
    assert escape("Ann said “yes” — 100%") == "Ann said “yes” — 100%"


def test_the_escape_character_itself_is_escaped() -> None:
    assert escape(ESCAPE) == f"{ESCAPE}ue000"
    assert unescape(escape(f"{ESCAPE}u0000")) == f"{ESCAPE}u0000"
