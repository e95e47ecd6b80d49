"""Word lists as data files: every bundled list parses, and the lists keep their meaning."""

from __future__ import annotations

from importlib import resources

import pytest

from quotrack import QuotrackError
from quotrack.outlets import OutletLexicon
from quotrack.wordlists import WORD_LISTS, WordListError, labels, phrases, table, words

TABLES = (
    "abbreviations",
    "first_names",
    "given_name_genders",
    "given_name_genders_world",
    "gender_words",
    "charsets",
    "known_bodies",
    "kin_nouns",
    "title_roles",
)
LABELS = ("outlet_hosts", "anaphor_name_words")  # WORD NAME ...: a name (or words) of one or more words
PHRASES = ("speaking_places",)  # a phrase of one or more words a line
# lists with formats and readers of their own: cue lines (cues, attitudes), outlet lines (outlets, and
# the ledger's acronyms, read by quotrack.ledger.evidence),
# "LEMMA ACT" lines, phrases (furniture labels), "[section]" lists (ledger identity),
# "NOUN PREPOSITION" and "ADJECTIVE [PREPOSITION ...]" lines (attitude nouns and adjectives)
OWN_FORMATS = {
    "cues",
    "outlets",
    "acronyms",
    "attitudes",
    "acts",
    "furniture",
    "identity",
    "attitude-nouns",
    "attitude-adjectives",
    "attitude-hedges",
}


def _bundled() -> list[str]:
    folder = resources.files(WORD_LISTS)
    names = [entry.name.removesuffix(".txt") for entry in folder.iterdir() if entry.name.endswith(".txt")]
    return sorted(set(names) - OWN_FORMATS)


@pytest.mark.parametrize("name", _bundled())
def test_every_bundled_word_list_parses(name: str) -> None:
    if name in PHRASES:
        found = phrases(name)
        assert len(found) >= 5 and not any(entry.startswith("#") for entry in found)
        return
    entries = table(name) if name in TABLES else labels(name) if name in LABELS else words(name)
    assert len(entries) >= 5
    assert not any(key.startswith("#") or " " in key for key in entries)


def test_word_lists_are_read_once_and_are_immutable() -> None:
    assert words("org_nouns") is words("org_nouns")
    assert isinstance(words("org_nouns"), frozenset)
    first = table("first_names")
    first["Zed"] = "m"
    assert "Zed" not in table("first_names")  # each call hands out a new dict


def test_gender_tables_say_m_or_f() -> None:
    assert table("first_names")["Maria"] == "f" and table("first_names")["Pierre"] == "m"
    assert table("gender_words")["spokeswoman"] == "f"
    assert set(table("first_names").values()) == set(table("gender_words").values()) == {"m", "f"}
    assert set(table("given_name_genders").values()) == {"m", "f"}


def test_a_missing_list_is_a_quotrack_error_naming_it() -> None:
    with pytest.raises(WordListError, match="'no_such_list'") as raised:
        words("no_such_list")
    assert isinstance(raised.value, QuotrackError)


def test_a_malformed_line_names_the_file_and_line() -> None:
    # first_names is a table of two columns: read as a list of single words it is malformed
    with pytest.raises(WordListError, match=r"first_names\.txt:\d+: expected one word"):
        words("first_names")
    with pytest.raises(WordListError, match=r"org_nouns\.txt:\d+: expected 'WORD VALUE'"):
        table("org_nouns")


def test_outlet_hosts_name_outlets_of_the_lexicon() -> None:
    shown = {entry.shown for entry in OutletLexicon.default().entries}
    assert set(labels("outlet_hosts").values()) - shown == set()


def test_charsets_name_python_codecs() -> None:
    import codecs

    for codec in table("charsets").values():
        codecs.lookup(codec)


def test_known_bodies_have_a_speaker_kind() -> None:
    assert set(table("known_bodies").values()) <= {"organization", "outlet"}
