"""The speaker table (``Result.speakers``): one row per canonical speaker."""

from __future__ import annotations

import quotrack
from quotrack import Result, SpeakerEntry, SpeakerKind
from quotrack.model import Attribution, Kind, Speaker, TextSpan
from quotrack.speakers import speaker_table


def _row(result: Result, name: str) -> SpeakerEntry:
    rows = [row for row in result.speakers if row.name == name]
    assert len(rows) == 1, [row.name for row in result.speakers]
    return rows[0]


def test_one_row_per_person_with_every_mention(tracker: quotrack.Tracker) -> None:
    text = (
        "Jane Doe, an economist at the central bank, said inflation would ease. "
        "Doe said rates would stay high. She added that wages were rising."
    )
    result = tracker(text)
    row = _row(result, "Jane Doe")
    assert row.kind is SpeakerKind.PERSON
    assert [m.text for m in row.mentions] == ["Jane Doe", "Doe", "She"]
    assert row.attributions == (0, 1, 2)
    assert row.description == "an economist at the central bank"
    assert row.affiliation == "the central bank"
    assert len(result.speakers) == 1


def test_group_counts_for_each_member(tracker: quotrack.Tracker) -> None:
    text = (
        "Karl Weber said the treaty was ready. Weber and Otto Brandt agreed that the border dispute was over."
    )
    result = tracker(text)
    group = _row(result, "Karl Weber and Otto Brandt")
    assert group.kind is SpeakerKind.GROUP
    joint = group.attributions
    assert len(joint) == 1
    weber = _row(result, "Karl Weber")
    assert weber.kind is SpeakerKind.PERSON
    assert set(joint) < set(weber.attributions) and len(weber.attributions) == 2
    assert [m.text for m in weber.mentions] == ["Karl Weber"]  # the group's words are not his alone
    brandt = _row(result, "Otto Brandt")
    assert brandt.attributions == joint
    assert brandt.mentions == ()


def test_the_same_group_in_another_order_is_one_row(tracker: quotrack.Tracker) -> None:
    text = (
        "Karl Weber and Otto Brandt agreed that the border dispute was over. "
        "Brandt and Weber said that trade would resume in May."
    )
    result = tracker(text)
    groups = [row for row in result.speakers if row.kind is SpeakerKind.GROUP]
    assert len(groups) == 1 and groups[0].attributions == (0, 1)
    assert groups[0].name == "Karl Weber and Otto Brandt"


def test_unbound_pronoun_has_no_row(tracker: quotrack.Tracker) -> None:
    result = tracker("It said the plan would fail.")
    assert len(result.attributions) == 1
    assert result.attributions[0].speaker is not None
    assert result.speakers == ()


def test_outlets_that_carried_a_speaker(tracker: quotrack.Tracker) -> None:
    text = "According to AFP, which cited an unnamed official, the talks will resume next week."
    result = tracker(text)
    official = _row(result, "an unnamed official")
    assert official.kind is SpeakerKind.UNNAMED
    assert official.outlets == ("AFP",)
    outlet_text = "Kyodo reported that the talks had collapsed."
    kyodo = _row(tracker(outlet_text), "Kyodo")
    assert kyodo.kind is SpeakerKind.OUTLET
    assert kyodo.outlets == ()


def test_table_survives_a_round_trip(tracker: quotrack.Tracker) -> None:
    result = tracker("Karl Weber and Otto Brandt agreed that the border dispute was over.")
    assert result.speakers
    assert Result.from_dict(result.to_dict()) == result


def test_member_kind_comes_from_their_own_claims() -> None:
    text = "Ann Lee and Bo Roe said it works. Lee said it rains."
    group = Speaker(
        "Ann Lee and Bo Roe", TextSpan.of(text, 0, 18), SpeakerKind.GROUP, members=("Ann Lee", "Bo Roe")
    )
    alone = Speaker("Ann Lee", TextSpan.of(text, 34, 37), SpeakerKind.PERSON)
    claims = [
        Attribution(
            kind=Kind.INDIRECT, content=TextSpan.of(text, 24, 32), detector="reported", speaker=group
        ),
        Attribution(
            kind=Kind.INDIRECT, content=TextSpan.of(text, 43, 51), detector="reported", speaker=alone
        ),
    ]
    rows = {row.name: row for row in speaker_table(claims)}
    assert list(rows) == ["Ann Lee and Bo Roe", "Ann Lee", "Bo Roe"]
    assert (rows["Ann Lee"].kind, rows["Ann Lee"].attributions) == (SpeakerKind.PERSON, (0, 1))
    assert [m.text for m in rows["Ann Lee"].mentions] == ["Lee"]
    assert (rows["Bo Roe"].kind, rows["Bo Roe"].attributions) == (SpeakerKind.UNKNOWN, (0,))
