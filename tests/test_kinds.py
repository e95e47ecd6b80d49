"""The kinds resolver: one person described, and a body called by a company's noun.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

import pytest
from _support import said

import quotrack
from quotrack import SpeakerKind


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("One shepherd in the upper valley said the snow had come early.", "snow", "One shepherd"),
        ("A beekeeper said the spraying had killed her hives.", "spraying", "A beekeeper"),
        ("A miner in his forties said the shaft had flooded twice.", "shaft", "A miner"),
        ('"We have no water," said one petitioner, who asked not to be named.', "water", "one petitioner"),
        ("Another ferryman said the crossing was too rough.", "crossing", "Another ferryman"),
    ],
)
def test_one_person_described_is_unnamed(tracker: quotrack.Tracker, text: str, words: str, name: str) -> None:
    speaker = said(tracker(text), words).speaker
    assert speaker is not None and speaker.name.startswith(name) and speaker.kind is SpeakerKind.UNNAMED


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("The utility said the water was safe to drink again.", "water", "The utility"),
        ("The ferry operator said the route lost money every winter.", "route", "The ferry operator"),
        ("The miner said copper output would fall this year.", "copper", "The miner"),
    ],
)
def test_a_company_noun_is_an_organisation(
    tracker: quotrack.Tracker, text: str, words: str, name: str
) -> None:
    speaker = said(tracker(text), words).speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "A producer for the studio said the shoot was cancelled.",  # a person or a firm
        "The plan said the shoot was cancelled.",  # a writing, no one
        "Bamboo towel producer Who Needs Towels said the shoot was cancelled.",  # a name the tagger missed
    ],
)
def test_others_stay_unknown(tracker: quotrack.Tracker, text: str) -> None:
    speaker = said(tracker(text), "shoot").speaker
    assert speaker is not None and speaker.kind is SpeakerKind.UNKNOWN


def test_a_person_typed_here_is_no_one_a_pronoun_before_stood_for(tracker: quotrack.Tracker) -> None:
    # "she" is the singer named last, not the reviewer the kinds resolver types after pronouns
    text = (
        "Critics loved the album, “warm and honest,” as one reviewer wrote.\\n\\n"
        "The singer Ana Lopes, who toured with him, said he had changed her life. "
        "“He taught me everything,” she said."
    )
    speaker = said(tracker(text), "taught me").speaker
    assert speaker is not None and speaker.name == "Ana Lopes"
