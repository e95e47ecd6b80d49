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


def test_a_split_by_documents_keeps_a_namesake_of_the_same_document_apart(ledger: Ledger) -> None:
    # father and son in one article: the son's split by documents must not take the father's words
    text = "Tom Hale said that the quay was late. His son, Tom Hale Jr., said that it would open in May."
    quotes = [
        ("the quay was late", "Tom Hale", "indirect"),
        ("it would open in May", "Tom Hale Jr.", "indirect"),
    ]
    add(ledger, "h1", text, quotes)
    add(
        ledger,
        "h2",
        "Tom Hale Jr. said that the club would win.",
        [("the club would win", "Tom Hale Jr.", "indirect")],
    )
    ledger.split("Tom Hale Jr.", documents=["h1"], name="Tom Hale Jr. (h1)")
    add(ledger, "h1", text + " More soon.", quotes)  # the article stored again, changed
    speakers = {q.content: q.speaker for q in ledger.quotes(document="h1")}
    assert speakers == {"the quay was late": "Tom Hale", "it would open in May": "Tom Hale Jr. (h1)"}


def test_split_by_name_undoes_a_merge(ledger: Ledger) -> None:
    add(ledger, "p1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    add(ledger, "p2", "Anne Leigh said that rents fell.", [("rents fell", "Anne Leigh", "indirect")])
    ledger.merge("Ann Lee", "Anne Leigh")
    assert len(ledger.speakers()) == 1
    apart = ledger.split("Ann Lee", names=["Anne Leigh"])
    assert (apart.name, apart.quotes) == ("Anne Leigh", 1)
    add(ledger, "p3", "Anne Leigh said that rents held.", [("rents held", "Anne Leigh", "indirect")])
    assert sorted((s.name, s.quotes) for s in ledger.speakers()) == [("Ann Lee", 1), ("Anne Leigh", 2)]


def test_a_split_without_a_name_gets_one_no_other_speaker_has(ledger: Ledger) -> None:
    add(
        ledger,
        "n1",
        "John Pell said that the vote was lost.",
        [("the vote was lost", "John Pell", "indirect")],
    )
    add(
        ledger,
        "n2",
        "John Pell said that the match was won.",
        [("the match was won", "John Pell", "indirect")],
    )
    striker = ledger.split("John Pell", documents="n2")  # (one document id, as a string)
    assert striker.name == "John Pell (2)"
    assert sorted(s.name for s in ledger.speakers()) == ["John Pell", "John Pell (2)"]


def test_a_speaker_is_found_by_a_titled_name_and_a_too_large_id_is_no_one(ledger: Ledger) -> None:
    add(
        ledger,
        "t1",
        "Mei Chen said that the clinic would open.",
        [("the clinic would open", "Mei Chen", "indirect")],
    )
    assert [q.content for q in ledger.quotes(speaker="Dr. Mei Chen")] == ["the clinic would open"]
    assert ledger.quotes(speaker=3_000_000_000) == []  # (past the key column's integers: no one)
    with pytest.raises(quotrack.ArgumentError, match="no speaker 3000000000"):
        ledger.merge("Mei Chen", 3_000_000_000)


def test_a_split_by_name_undoes_a_merge_of_a_body_with_its_kind_and_article(ledger: Ledger) -> None:
    add(ledger, "b1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    board = [("the pier was unsafe", "The Harbour Board", "indirect", "organization")]
    add(ledger, "b2", "The Harbour Board said that the pier was unsafe.", board)
    bare = [("the quay was safe", "Harbour Board", "indirect", "organization")]
    add(ledger, "b3", "Harbour Board officials met. Harbour Board said that the quay was safe.", bare)
    ledger.merge("Ann Lee", "Harbour Board")  # a mistake
    apart = ledger.split("Ann Lee", names=["Harbour Board"])  # (its spelling with "The" goes too)
    assert (apart.kind, apart.quotes) == ("organization", 2)
    assert [(s.name, s.quotes) for s in ledger.speakers(kind="person")] == [("Ann Lee", 1)]


def test_merge_and_split_name_what_they_cannot_find(ledger: Ledger) -> None:
    add(ledger, "p1", "Ann Lee said that rents rose.", [("rents rose", "Ann Lee", "indirect")])
    with pytest.raises(quotrack.ArgumentError, match="no speaker 'Zed'"):
        ledger.merge("Ann Lee", "Zed")
    with pytest.raises(quotrack.ArgumentError, match="needs names"):
        ledger.split("Ann Lee")
    with pytest.raises(quotrack.ArgumentError, match="no document 'nope'"):
        ledger.split("Ann Lee", documents=["nope"])


def test_a_split_that_would_take_every_mention_or_a_merge_of_one_speaker_is_refused(ledger: Ledger) -> None:
    add(ledger, "q1", "María López said that rents rose.", [("rents rose", "María López", "indirect")])
    add(ledger, "q2", "Maria Lopez said that rents fell.", [("rents fell", "Maria Lopez", "indirect")])
    [before] = ledger.speakers()
    # an accent-only spelling is the same spelling: it would move the whole speaker and leave a
    # nameless twin that makes the name ambiguous
    with pytest.raises(quotrack.ArgumentError, match="every mention"):
        ledger.split("María López", names=["Maria Lopez"])
    with pytest.raises(quotrack.ArgumentError, match="every mention"):
        ledger.split("María López", documents=["q1", "q2"])
    with pytest.raises(quotrack.ArgumentError, match="one speaker already"):
        ledger.merge("María López", "Maria Lopez")
    assert ledger.speakers() == [before]
    assert ledger.split("María López", documents=["q2"]).quotes == 1  # a real split still works


def test_a_surname_linked_within_a_document_points_the_split_at_its_documents(ledger: Ledger) -> None:
    text = '"The bridge will open," said Ingrid Halvorsen. "It is late," Halvorsen said.'
    quotes = [("The bridge will open", "Ingrid Halvorsen", "direct"), ("It is late", "Halvorsen", "direct")]
    add(ledger, "h1", text, quotes)
    [speaker] = ledger.speakers()
    assert (speaker.name, speaker.aliases) == ("Ingrid Halvorsen", ("Halvorsen",))
    with pytest.raises(quotrack.ArgumentError) as raised:
        ledger.split("Ingrid Halvorsen", names=["Halvorsen"])
    assert str(raised.value) == (
        "'Halvorsen' is a name of speaker 'Ingrid Halvorsen' only as written within its documents (h1): "
        "split those documents off instead (documents=[...], --documents ID,...)"
    )
    with pytest.raises(quotrack.ArgumentError, match=r"'Nobody' is not a name of speaker 'Ingrid H\w+'$"):
        ledger.split("Ingrid Halvorsen", names=["Nobody"])


# -- one row per entity, with evidence ------------------------------------------------------
PTWC_DEFINED = (
    "d",
    "The Pacific Tsunami Warning Center (PTWC) issued a bulletin. The PTWC said that no wave was expected.",
    [("no wave was expected", "The PTWC", "indirect", "organization")],
)
PTWC_ALONE = (
    "a",
    "The PTWC said that the danger had passed.",
    [("the danger had passed", "The PTWC", "indirect", "organization")],
)
PTWC_FULL = (
    "f",
    "The Pacific Tsunami Warning Center said that the alert was over.",
    [("the alert was over", "The Pacific Tsunami Warning Center", "indirect", "organization")],
)


@pytest.mark.parametrize(
    "order", [(PTWC_DEFINED, PTWC_ALONE, PTWC_FULL), (PTWC_ALONE, PTWC_FULL, PTWC_DEFINED)]
)
def test_an_acronym_the_text_defines_is_one_organisation_with_its_full_name(
    ledger: Ledger, order: tuple[tuple[str, str, list[tuple[str, ...]]], ...]
) -> None:
    for doc, text, quotes in order:
        add(ledger, doc, text, quotes)
    [centre] = ledger.speakers()
    assert (centre.quotes, centre.documents, centre.kind) == (3, 3, "organization")
    assert set(centre.aliases) | {centre.name} == {"The PTWC", "The Pacific Tsunami Warning Center"} | {
        centre.name
    }
    assert len(ledger.quotes(speaker="the PTWC")) == 3


@pytest.mark.parametrize(
    ("defined", "full", "later", "short"),
    [
        (
            "The Harbour Safety Board (HSB) said that the cranes were unsafe.",
            "The Harbour Safety Board",
            "The HSB said on Friday that the cranes must come down.",
            "The HSB",
        ),
        # an ampersand in the acronym, and a company's legal form that gives no letter
        (
            "The Harbourside Gas and Electric Company (HG&E) said that the cranes were unsafe.",
            "The Harbourside Gas and Electric Company",
            "HG&E said on Friday that the cranes must come down.",
            "HG&E",
        ),
    ],
)
def test_an_acronym_defined_beside_a_full_name_the_tracker_gave_is_remembered(
    ledger: Ledger, defined: str, full: str, later: str, short: str
) -> None:
    # the defining article's speaker is the full name (the Tracker resolves the acronym there):
    # a later article's acronym alone is that body
    add(ledger, "x1", defined, [("the cranes were unsafe", full, "indirect", "organization")])
    add(ledger, "x2", later, [("the cranes must come down", short, "indirect", "organization")])
    [body] = ledger.speakers()
    assert (body.name, body.quotes, body.documents) == (full, 2, 2)
    assert len(ledger.quotes(speaker=short.removeprefix("The "))) == 2


def test_an_acronym_without_evidence_stays_apart(ledger: Ledger) -> None:
    add(ledger, *PTWC_ALONE)
    add(ledger, *PTWC_FULL)
    assert sorted(s.name for s in ledger.speakers()) == ["The PTWC", "The Pacific Tsunami Warning Center"]


def test_known_acronyms_outlets_and_transliterations_link_across_documents(ledger: Ledger) -> None:
    stories = [
        ("w1", "The WHO said that the outbreak was over.", "The WHO", "organization"),
        (
            "w2",
            "The World Health Organization said that cases fell.",
            "The World Health Organization",
            "organization",
        ),
        ("f1", "Fars said that three sailors were hurt.", "Fars", "outlet"),
        ("f2", "Fars News said that the ship was towed.", "Fars News", "person"),
        ("s1", "Abdel Fattah al-Sisi said that the canal was open.", "Abdel Fattah al-Sisi", "person"),
        ("s2", "Abdel Fattah el-Sisi said that the dam talks failed.", "Abdel Fattah el-Sisi", "person"),
    ]
    for doc, text, name, kind in stories:
        claim = text.split(" said that ")[1].rstrip(".")
        add(ledger, doc, text, [(claim, name, "indirect", kind)])
    found = sorted((s.name, s.kind, s.quotes) for s in ledger.speakers())
    assert found == [
        ("Abdel Fattah al-Sisi", "person", 2),
        ("Fars News Agency", "outlet", 2),
        ("World Health Organization", "organization", 2),
    ]


def test_british_and_american_spellings_of_a_body_are_one_row(ledger: Ledger) -> None:
    stories = [
        ("o1", "The World Health Organisation said that cases fell.", "The World Health Organisation"),
        (
            "o2",
            "The World Health Organization said that the outbreak was over.",
            "The World Health Organization",
        ),
        (
            "c1",
            "The Dale Valley Research Centre said that the river rose.",
            "The Dale Valley Research Centre",
        ),
        ("c2", "The Dale Valley Research Center said that the dam held.", "The Dale Valley Research Center"),
    ]
    for doc, text, name in stories:
        claim = text.split(" said that ")[1].rstrip(".")
        add(ledger, doc, text, [(claim, name, "indirect", "organization")])
    found = sorted(s.quotes for s in ledger.speakers())
    assert found == [2, 2]
    names = {s.name for s in ledger.speakers()}
    assert "World Health Organization" in names
    assert len([name for name in names if "Dale Valley Research" in name]) == 1  # as written, either


def test_a_surname_or_a_title_and_surname_joins_the_full_name_of_the_same_document(ledger: Ledger) -> None:
    text = (
        "John Podesta said that the emails were stolen. Podesta said that he would not resign. "
        "Senator Podesta said that the party would recover."
    )
    quotes = [
        ("the emails were stolen", "John Podesta", "indirect"),
        ("he would not resign", "Podesta", "indirect", "organization"),
        ("the party would recover", "Senator Podesta", "indirect"),
    ]
    add(ledger, "p1", text, quotes)
    [podesta] = ledger.speakers()
    assert (podesta.name, podesta.quotes, podesta.kind) == ("John Podesta", 3, "person")
    # in a document without the full name, a surname stays in its article
    add(ledger, "p2", "Podesta said that he was tired.", [("he was tired", "Podesta", "indirect")])
    assert [(s.name, s.quotes) for s in ledger.speakers()] == [("John Podesta", 3)]


@pytest.mark.parametrize("kinds", [("organization", "person"), ("person", "organization")])
def test_one_person_tagged_with_two_kinds_is_one_row(ledger: Ledger, kinds: tuple[str, str]) -> None:
    for n, kind in enumerate(kinds):
        text = f"Nicola Sturgeon said that vote {n} would come."
        add(ledger, f"n{n}", text, [(f"vote {n} would come", "Nicola Sturgeon", "indirect", kind)])
    [sturgeon] = ledger.speakers()
    assert (sturgeon.name, sturgeon.quotes, sturgeon.kind) == ("Nicola Sturgeon", 2, "person")


def test_a_junior_is_never_merged_with_his_father(ledger: Ledger) -> None:
    add(
        ledger,
        "j1",
        "Donald Trump Jr. said that the rally was big.",
        [("the rally was big", "Donald Trump Jr.", "indirect")],
    )
    add(
        ledger,
        "j2",
        "Donald Trump said that the rally was bigger.",
        [("the rally was bigger", "Donald Trump", "indirect")],
    )
    add(
        ledger,
        "j3",
        "Donald Trump, Jr. said that the book sold.",
        [("the book sold", "Donald Trump, Jr.", "indirect")],
    )
    by_name = {s.name: s for s in ledger.speakers()}
    assert by_name["Donald Trump Jr."].quotes == 2
    assert by_name["Donald Trump"].quotes == 1
    assert by_name["Donald Trump"].aliases == ()


def test_a_split_of_a_linked_organisation_is_kept_across_reingest(ledger: Ledger) -> None:
    add(ledger, *PTWC_DEFINED)
    add(ledger, *PTWC_FULL)
    [centre] = ledger.speakers()
    apart = ledger.split(centre.id or 0, documents=["f"], name="Another centre")
    add(ledger, "f", PTWC_FULL[1] + " It said more later.", PTWC_FULL[2])
    by_name = {s.name: s.quotes for s in ledger.speakers()}
    assert by_name == {centre.name: 1, apart.name: 1}
