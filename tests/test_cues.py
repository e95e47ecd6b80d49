"""The cue lexicon: bundled frames, extension by lines or file, phrasal verbs on a hand-built parse."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from quotrack.cues import FRAMES, CueLexicon
from quotrack.errors import LexiconError

LEXICON = CueLexicon.default()


def test_bundled_cues_carry_their_frames() -> None:
    assert LEXICON.frames("say") == {"speech"}
    assert LEXICON.frames("Say") == {"speech"}  # lemmas are matched in lower case
    assert {"belief", "intent"} <= LEXICON.frames("hope")
    assert LEXICON.frames("eat") == frozenset()
    assert "urge" in LEXICON.lemmas("directive") and "urge" not in LEXICON.lemmas("speech")
    assert all(frame in FRAMES for frames in LEXICON.table.values() for frame in frames)


def test_extended_adds_frames_and_leaves_the_original_alone() -> None:
    more = LEXICON.extended(["harrumph speech  # a rare verb", "", "# only a comment", "hope directive"])
    assert more.frames("harrumph") == {"speech"}
    assert more.frames("hope") == LEXICON.frames("hope") | {"directive"}
    assert LEXICON.frames("harrumph") == frozenset() and "directive" not in LEXICON.frames("hope")


def test_one_string_is_one_entry_and_a_file_is_read(tmp_path: Path) -> None:
    assert LEXICON.extended("grumble belief").frames("grumble") == {"belief"}
    path = tmp_path / "cues.txt"
    path.write_text("muse belief\nharrumph speech\n", encoding="utf-8")
    for given in (path, str(path)):
        assert LEXICON.extended(given).frames("harrumph") == {"speech"}
    with pytest.raises(LexiconError, match="no cue file"):
        LEXICON.extended(tmp_path / "missing.txt")


def test_a_bad_line_is_a_lexicon_error_naming_its_origin_and_line(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"cues:2: expected 'LEMMA FRAME'"):
        LEXICON.extended(["harrumph speech", "harrumph gossip"])
    path = tmp_path / "bad.txt"
    path.write_text("# header\nmuse\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"{path}:2:"):
        LEXICON.extended(path)


def test_a_phrasal_verb_takes_its_particle_s_frames() -> None:
    # "She pointed out that costs rose": a hand-built parse, no model
    doc = Doc(
        spacy.blank("en").vocab,
        words=["She", "pointed", "out", "that", "costs", "rose"],
        heads=[1, 1, 1, 5, 5, 1],
        deps=["nsubj", "ROOT", "prt", "mark", "nsubj", "ccomp"],
        lemmas=["she", "point", "out", "that", "cost", "rise"],
    )
    assert LEXICON.frames("point") == frozenset()
    assert LEXICON.token_frames(doc[1]) == {"speech"}
    assert LEXICON.token_frames(doc[5]) == frozenset()


def test_lemma_ids_hold_the_verb_of_every_phrasal_cue() -> None:
    ids = set(LEXICON.lemma_ids.tolist())
    assert get_string_id("say") in ids and get_string_id("point") in ids
    assert get_string_id("point out") not in ids
