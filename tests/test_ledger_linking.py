"""Linking speakers to stored people, on a real SQLite file and a real PostgreSQL server: namesakes, near
spellings, and merging and splitting by hand (kept across re-ingest)."""

from __future__ import annotations

import pytest
from ledger_support import add, make_result

import quotrack
from quotrack import Ledger


@pytest.mark.parametrize(
    "names",
    [
        ("Hillary Clinton", "Bill Clinton"),
        ("George W. Bush", "George H. W. Bush"),
        ("Andrew Yang", "Yang Jiechi"),
    ],
)
def test_namesakes_stay_apart(ledger: Ledger, names: tuple[str, str]) -> None:
    for n, name in enumerate(names):
        add(
            ledger,
            f"n{n}",
            f"{name} said that plan {n} was wise.",
            [(f"plan {n} was wise", name, "indirect")],
        )
    assert sorted(s.name for s in ledger.speakers()) == sorted(names)


def test_a_near_spelling_backed_by_a_description_is_one_person(ledger: Ledger) -> None:
    for doc, name in (("z1", "Volodymyr Zelenskyy"), ("z2", "Volodymyr Zelenskiy")):
        text = f"{name}, the Ukrainian president, said that talks would go on."
        result = make_result(text, [("talks would go on", name, "indirect")])
        entry = result.speakers[0]
        speakers = (
            type(entry)(
                entry.name, entry.kind, entry.mentions, entry.attributions, "the Ukrainian president"
            ),
        )
        ledger.add(type(result)(result.text, result.attributions, speakers), id=doc)
    [person] = ledger.speakers()
    assert (person.name, person.aliases, person.documents) == (
        "Volodymyr Zelenskyy",
        ("Volodymyr Zelenskiy",),
        2,
    )


# -- people by hand --------------------------------------------------------------------------
def test_merge_is_kept_across_reingest_and_new_documents(ledger: Ledger) -> None:
    add(ledger, "m1", "Bob Stone said that costs rose.", [("costs rose", "Bob Stone", "indirect")])
    add(ledger, "m2", "Robert Stone said that costs fell.", [("costs fell", "Robert Stone", "indirect")])
    merged = ledger.merge("Bob Stone", "Robert Stone")
    assert (merged.name, merged.aliases, merged.quotes, merged.documents) == (
        "Bob Stone",
        ("Robert Stone",),
        2,
        2,
    )
    add(
        ledger,
        "m2",
        "Robert Stone said that costs fell sharply.",
        [("costs fell sharply", "Robert Stone", "indirect")],
    )
    add(ledger, "m3", "Robert Stone said that costs held.", [("costs held", "Robert Stone", "indirect")])
    [speaker] = ledger.speakers()
    assert (speaker.name, speaker.quotes, speaker.id) == ("Bob Stone", 3, merged.id)
    assert [q.document for q in ledger.quotes(speaker="Robert Stone")] == ["m1", "m2", "m3"]


def test_split_namesakes_by_document_is_kept_across_reingest(ledger: Ledger) -> None:
    add(
        ledger,
        "s1",
        "John Smith said that the senate would vote.",
        [("the senate would vote", "John Smith", "indirect")],
    )
    add(
        ledger,
        "s2",
        "John Smith said that the team would win.",
        [("the team would win", "John Smith", "indirect")],
    )
    [both] = ledger.speakers()
    assert both.documents == 2
    footballer = ledger.split("John Smith", documents=["s2"], name="John Smith (footballer)")
    assert (footballer.name, footballer.documents) == ("John Smith (footballer)", 1)
    add(
        ledger,
        "s2",
        "John Smith said that the team would win again.",
        [("the team would win again", "John Smith", "indirect")],
    )
    by_name = {s.name: s for s in ledger.speakers()}
    assert by_name["John Smith (footballer)"].quotes == 1
    assert [q.content for q in ledger.quotes(speaker=footballer.id)] == ["the team would win again"]
    assert [q.content for q in ledger.quotes(speaker=by_name["John Smith"].id)] == ["the senate would vote"]


def test_split_by_name_undoes_a_merge(ledger: Ledger) -> None:
    add(ledger, "p1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    add(ledger, "p2", "Anne Leigh said that rents fell.", [("rents fell", "Anne Leigh", "indirect")])
    ledger.merge("Ann Lee", "Anne Leigh")
    assert len(ledger.speakers()) == 1
    apart = ledger.split("Ann Lee", names=["Anne Leigh"])
    assert (apart.name, apart.quotes) == ("Anne Leigh", 1)
    add(ledger, "p3", "Anne Leigh said that rents held.", [("rents held", "Anne Leigh", "indirect")])
    assert sorted((s.name, s.quotes) for s in ledger.speakers()) == [("Ann Lee", 1), ("Anne Leigh", 2)]


def test_merge_and_split_name_what_they_cannot_find(ledger: Ledger) -> None:
    add(ledger, "p1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    with pytest.raises(quotrack.ArgumentError, match="no speaker 'Zed'"):
        ledger.merge("Ann Lee", "Zed")
    with pytest.raises(quotrack.ArgumentError, match="needs names"):
        ledger.split("Ann Lee")
    with pytest.raises(quotrack.ArgumentError, match="no document 'nope'"):
        ledger.split("Ann Lee", documents=["nope"])
