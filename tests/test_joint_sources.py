"""Tests of sources named together (quotrack.resolvers.joint_sources): the couple, the parties.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

from _support import said

import quotrack
from quotrack import SpeakerKind


def test_the_couple_are_the_two_people_named_together(tracker: quotrack.Tracker) -> None:
    text = (
        "Guests of Honour Sarah and David Moss opened the fair on Saturday. "
        "The couple said the fair had doubled in size."
    )
    a = said(tracker(text), "doubled")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Sarah and David Moss", SpeakerKind.GROUP)
    assert a.speaker.members == ("Sarah Moss", "David Moss")


def test_one_brother_is_not_the_pair(tracker: quotrack.Tracker) -> None:
    text = "Sarah and David Moss opened the fair on Saturday. The brother said the fair had doubled in size."
    a = said(tracker(text), "doubled")
    assert a.speaker is not None and a.speaker.kind is not SpeakerKind.GROUP


def test_the_father_and_the_mother_of_a_couple_named_together(tracker: quotrack.Tracker) -> None:
    text = (
        "The court fined Peter and Ingrid Olsen for the fire. "
        'The father said "We never meant to hurt anyone in the village." '
        'The mother said "We will rebuild the barn for our neighbours."'
    )
    result = tracker(text)
    assert said(result, "hurt anyone").speaker.name == "Peter Olsen"  # type: ignore[union-attr]
    assert said(result, "rebuild").speaker.name == "Ingrid Olsen"  # type: ignore[union-attr]
    text = "The court fined Peter and Ingrid Olsen. The father of a neighbour said the fine was too low."
    a = said(tracker(text), "too low")
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNNAMED


def test_the_parties_are_the_two_bodies_named_together_before(tracker: quotrack.Tracker) -> None:
    text = (
        "On Monday, Marlow Foods and Nordkap Group announced a sale of their stores.\n\n"
        "The regulator has to approve the deal. The parties said they expect a ruling in spring."
    )
    a = said(tracker(text), "ruling")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("The parties", "Marlow Foods and Nordkap Group")
    assert a.speaker.kind is SpeakerKind.GROUP and a.speaker.members == ("Marlow Foods", "Nordkap Group")


def test_the_couple_is_named_without_the_roles_written_between_the_names(tracker: quotrack.Tracker) -> None:
    text = (
        "Actor Jonah Pryce and singer-songwriter Ava Delacroix-Moss are divorcing, "
        "the couple said in a statement."
    )
    (a,) = tracker(text).attributions
    assert a.speaker is not None
    assert a.speaker.name == "Jonah Pryce and Ava Delacroix-Moss"
    assert a.speaker.members == ("Jonah Pryce", "Ava Delacroix-Moss")
