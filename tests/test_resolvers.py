"""Speaker resolution: names, pronouns, descriptions, roles, joint speakers and the coref hook.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _support import assert_offsets
from spacy.tokens import Doc

import quotrack
from quotrack import DEFAULT_RESOLVERS, Attribution, Result, SpeakerKind
from quotrack.context import DocContext
from quotrack.people import People, name_words
from quotrack.registry import make_resolver, resolver_names
from quotrack.resolvers.coref import coref_clusters


def _said(result: Result, words: str) -> Attribution:
    """The one attribution whose content holds ``words``."""
    found = [a for a in result.attributions if words in a.content.text]
    assert len(found) == 1, [a.content.text for a in result.attributions]
    return found[0]


def _speaker(result: Result, words: str) -> tuple[str, str, SpeakerKind]:
    """(mention as written, resolved name, kind) of the attribution saying ``words``."""
    speaker = _said(result, words).speaker
    assert speaker is not None and speaker.mention is not None
    assert_offsets(result)
    return speaker.mention.text, speaker.name, speaker.kind


# -- registration and order -------------------------------------------------------


def test_every_resolver_is_registered_and_runs_in_a_sensible_order() -> None:
    assert set(DEFAULT_RESOLVERS) <= set(resolver_names())
    assert DEFAULT_RESOLVERS[0] == "outlets" and DEFAULT_RESOLVERS[-1] == "floating"
    order = {name: i for i, name in enumerate(DEFAULT_RESOLVERS)}
    assert order["roles"] < order["names"] < order["descriptions"] < order["pronouns"]
    assert order["coref"] < order["pronouns"]
    for name in DEFAULT_RESOLVERS:
        assert make_resolver(name).name == name


def test_resolvers_return_new_attributions_and_leave_theirs_alone(tracker: quotrack.Tracker) -> None:
    text = "Angela Merkel said the budget was balanced. Later, Merkel said the deficit would shrink."
    doc = tracker.nlp(text)
    before = quotrack.Tracker(nlp=tracker.nlp, resolvers=[]).process(doc).attributions
    ctx = DocContext(doc)
    given = list(before)
    after = make_resolver("names").resolve(ctx, given)
    assert given == list(before)
    assert after is not given
    assert [a.speaker.name for a in after if a.speaker] == ["Angela Merkel", "Angela Merkel"]
    assert [a.speaker.name for a in before if a.speaker] == ["Angela Merkel", "Merkel"]


# -- names ---------------------------------------------------------------------------


def test_name_words_drop_titles_and_possessives() -> None:
    assert name_words("Prime Minister Fumio Tanaka") == ("Fumio", "Tanaka")
    assert name_words("Dr. Ruth Hale's") == ("Ruth", "Hale")
    assert name_words("Sen. Ann Cole (D-Ore.)") == ("Ann", "Cole")


def test_surname_resolves_to_the_full_name(tracker: quotrack.Tracker) -> None:
    result = tracker(
        "Angela Merkel said the budget was balanced. Later, Merkel said the deficit would shrink."
    )
    assert _speaker(result, "deficit") == ("Merkel", "Angela Merkel", SpeakerKind.PERSON)


def test_titled_surname_resolves_to_the_full_name(tracker: quotrack.Tracker) -> None:
    text = "John Smith, the mayor, said the bridge would reopen in May. Mr. Smith said the repairs cost more."
    result = tracker(text)
    assert _speaker(result, "repairs") == ("Mr. Smith", "John Smith", SpeakerKind.PERSON)
    assert _said(result, "repairs").speaker.description == "the mayor"  # type: ignore[union-attr]


def test_a_title_is_dropped_from_a_name_introduced_with_it(tracker: quotrack.Tracker) -> None:
    result = tracker("President Lena Vogt said the reforms were working. Vogt added that more would follow.")
    assert _speaker(result, "reforms") == ("President Lena Vogt", "Lena Vogt", SpeakerKind.PERSON)
    assert _speaker(result, "more would follow") == ("Vogt", "Lena Vogt", SpeakerKind.PERSON)


def test_latest_of_two_people_sharing_a_surname(tracker: quotrack.Tracker) -> None:
    text = "Mary Hale spoke first. Tom Hale spoke after her. Hale said the company would be sold."
    assert _speaker(tracker(text), "company")[1] == "Tom Hale"


def test_misspelt_surname_resolves_when_one_person_is_close(tracker: quotrack.Tracker) -> None:
    text = (
        "Angela Merkel said on Monday that the budget was balanced. Merkle added that taxes would not rise."
    )
    assert _speaker(tracker(text), "taxes") == ("Merkle", "Angela Merkel", SpeakerKind.PERSON)


def test_misspelt_surname_close_to_two_people_stays_as_written(tracker: quotrack.Tracker) -> None:
    text = (
        "Peter Larsen met Maria Larson in Bergen on Monday. Larsan said the ferry service would be restored."
    )
    assert _speaker(tracker(text), "ferry")[1] == "Larsan"


def test_a_place_named_again_and_again_is_no_misspelling(tracker: quotrack.Tracker) -> None:
    text = (
        "Ivan Petrov visited China last week. China said the visit went well. "
        "China later said trade would grow."
    )
    assert _speaker(tracker(text), "trade would grow")[1] == "China"


def test_surname_labelled_as_a_place_is_a_person(tracker: quotrack.Tracker) -> None:
    doc = tracker.nlp("Takumi Oshiba arrived on Monday. Oshiba said the talks would help.")
    people = People.build(DocContext(doc))
    person = people.resolve(("Oshiba",), at=40)
    assert person is not None and person.name == "Takumi Oshiba"


def test_family_name_first(tracker: quotrack.Tracker) -> None:
    text = "Wang Jianguo met the delegation on Monday. Wang said relations had improved."
    assert _speaker(tracker(text), "relations") == ("Wang", "Wang Jianguo", SpeakerKind.PERSON)


# -- joint speakers ---------------------------------------------------------------------


def test_joint_speakers_keep_both_people(tracker: quotrack.Tracker) -> None:
    text = (
        "Karl Weber and Otto Brandt signed the treaty in Vienna. "
        "Weber and Brandt agreed that the border dispute was over."
    )
    a = _said(tracker(text), "border dispute")
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "Weber and Brandt"
    assert a.speaker.kind is SpeakerKind.GROUP
    assert a.speaker.members == ("Karl Weber", "Otto Brandt")


def test_joint_speakers_not_named_before_stay_as_written(tracker: quotrack.Tracker) -> None:
    a = _said(tracker("Smith and Jones agreed that the deal was fair."), "deal")
    assert a.speaker is not None and a.speaker.members == ("Smith", "Jones")


# -- pronouns ---------------------------------------------------------------------------


def test_pronoun_takes_the_latest_compatible_person(tracker: quotrack.Tracker) -> None:
    text = "Anna Berg greeted Peter Holm at the airport. He said the visit would strengthen ties."
    assert _speaker(tracker(text), "visit") == ("He", "Peter Holm", SpeakerKind.PERSON)


def test_pronoun_skips_a_newer_person_of_the_other_gender(tracker: quotrack.Tracker) -> None:
    text = "Mr. Tom Baker thanked Mrs. Lucy Grant for her work. He said the museum would reopen in spring."
    assert _speaker(tracker(text), "museum") == ("He", "Tom Baker", SpeakerKind.PERSON)
    text = "Mrs. Lucy Grant thanked Mr. Tom Baker for his work. She said the museum would reopen in spring."
    assert _speaker(tracker(text), "museum") == ("She", "Lucy Grant", SpeakerKind.PERSON)


def test_pronoun_never_passes_over_a_newer_compatible_person(tracker: quotrack.Tracker) -> None:
    text = (
        "Mr. Tom Baker opened the meeting. Then Eric Dunn presented the budget. "
        "He said the numbers were sound."
    )
    assert _speaker(tracker(text), "numbers")[1] == "Eric Dunn"


def test_gender_learnt_from_an_earlier_pronoun(tracker: quotrack.Tracker) -> None:
    text = (
        "Robin Kemp chaired the panel, and she opened it with a warning. "
        "Sasha Brill answered questions afterwards. "
        "Later, she said that the fund was nearly empty."
    )
    # Kemp is bound to "she" while alone; Brill is newer but of unknown gender, so recency wins
    assert _speaker(tracker(text), "fund")[1] == "Sasha Brill"
    text = (
        "Robin Kemp chaired the panel, and she opened it with a warning. "
        "Mr. Sasha Brill answered questions afterwards. "
        "Later, she said that the fund was nearly empty."
    )
    assert _speaker(tracker(text), "fund")[1] == "Robin Kemp"


def test_pronoun_with_no_antecedent_stays_as_written(tracker: quotrack.Tracker) -> None:
    assert _speaker(tracker("He said the plan would fail."), "plan") == ("He", "He", SpeakerKind.UNKNOWN)


def test_a_person_named_only_inside_a_quotation_is_no_antecedent(tracker: quotrack.Tracker) -> None:
    text = '"We will never forget Walter Price," the crowd chanted. He said the memorial would be built.'
    mention, name, _ = _speaker(tracker(text), "memorial")
    assert (mention, name) == ("He", "He")


def test_it_is_an_organisation_and_they_a_group(tracker: quotrack.Tracker) -> None:
    text = "The Acme Corporation announced record profits. It said the new factory would open next year."
    assert _speaker(tracker(text), "factory") == ("It", "The Acme Corporation", SpeakerKind.ORGANIZATION)
    text = "Officials met in Geneva on Monday. They said the ceasefire would hold."
    mention, name, kind = _speaker(tracker(text), "ceasefire")
    assert (mention, name, kind) == ("They", "Officials", SpeakerKind.UNNAMED)


def test_he_is_not_an_organisation(tracker: quotrack.Tracker) -> None:
    text = "Mrs. Maya Roth joined the Acme Corporation in May. He said the merger was good news."
    assert _speaker(tracker(text), "merger")[1] == "He"


def test_possessive_pronoun_speaker(tracker: quotrack.Tracker) -> None:
    text = "Daniel Kerr said that the merger would go ahead. His spokesman said the deal would close in June."
    mention, name, kind = _speaker(tracker(text), "June")
    assert (mention, name, kind) == ("His spokesman", "Daniel Kerr's spokesman", SpeakerKind.UNNAMED)


# -- descriptions -------------------------------------------------------------------------


def test_definite_description_resolves_to_the_person_described_that_way(tracker: quotrack.Tracker) -> None:
    text = "Foreign Minister Maria Lopez arrived in Rome. The minister said the summit would produce a deal."
    a = _said(tracker(text), "summit")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("The minister", "Maria Lopez")
    assert a.speaker.kind is SpeakerKind.PERSON


def test_description_resolves_to_an_earlier_speaker_with_that_role(tracker: quotrack.Tracker) -> None:
    text = (
        "Elena Ruiz, a spokeswoman for the city council, said the park would close. "
        "The spokeswoman added that the closure was temporary."
    )
    a = _said(tracker(text), "temporary")
    assert a.speaker is not None and a.speaker.name == "Elena Ruiz"
    assert a.speaker.affiliation == "the city council"


def test_unnamed_source_stays_unnamed_with_its_description(tracker: quotrack.Tracker) -> None:
    text = "An unnamed official from the ministry said the supply would double."
    a = _said(tracker(text), "supply")
    assert a.speaker is not None
    assert a.speaker.kind is SpeakerKind.UNNAMED
    assert a.speaker.name == a.speaker.description == "An unnamed official from the ministry"
    assert a.speaker.affiliation == "the ministry"


def test_the_official_goes_back_to_the_unnamed_official(tracker: quotrack.Tracker) -> None:
    text = (
        "An unnamed official from the ministry said the supply would double. "
        "According to the official, the first deliveries arrive in March."
    )
    a = _said(tracker(text), "deliveries")
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "the official"
    assert a.speaker.name == "An unnamed official from the ministry"
    assert a.speaker.kind is SpeakerKind.UNNAMED


def test_description_with_no_one_before_is_an_unnamed_source(tracker: quotrack.Tracker) -> None:
    a = _said(tracker("The official said the border would reopen on Monday."), "border")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("The official", SpeakerKind.UNNAMED)


def test_a_different_nationality_is_not_the_same_official(tracker: quotrack.Tracker) -> None:
    text = (
        "A Japanese official said the talks had stalled. "
        "The Chinese official said that progress had been made."
    )
    a = _said(tracker(text), "progress")
    assert a.speaker is not None and a.speaker.name == "The Chinese official"


def test_the_ministry_is_an_organisation(tracker: quotrack.Tracker) -> None:
    a = _said(tracker("The ministry said it would appeal the ruling."), "appeal")
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.ORGANIZATION


# -- roles ----------------------------------------------------------------------------------


def test_apposition_gives_description_and_affiliation(tracker: quotrack.Tracker) -> None:
    a = _said(
        tracker("Jane Doe, an economist at the central bank, said inflation would ease next year."),
        "inflation",
    )
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Jane Doe", SpeakerKind.PERSON)
    assert a.speaker.description == "an economist at the central bank"
    assert a.speaker.affiliation == "the central bank"


def test_apposition_after_according_to(tracker: quotrack.Tracker) -> None:
    a = _said(
        tracker("According to Jane Doe, an economist at the central bank, prices will keep rising."), "prices"
    )
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "Jane Doe"
    assert a.speaker.description == "an economist at the central bank"
    assert a.speaker.affiliation == "the central bank"


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "China's foreign policy chief Wang Li said relations had improved.",
            "Wang Li",
            "China's foreign policy chief",
        ),
        (
            "The country's foreign minister John Roe said the border would stay closed.",
            "John Roe",
            "The country's foreign minister",
        ),
        ("US House Speaker Carla Dunn said the bill would pass.", "Carla Dunn", "US House Speaker"),
    ],
)
def test_role_words_before_a_name(tracker: quotrack.Tracker, text: str, name: str, description: str) -> None:
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.name, a.speaker.description, a.speaker.kind) == (name, description, SpeakerKind.PERSON)


def test_possessive_place_is_the_affiliation(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("China's foreign policy chief Wang Li said relations had improved.").attributions
    assert a.speaker is not None and a.speaker.affiliation == "China"


def test_an_organisation_name_is_not_split_into_role_and_name(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("The Chinese Foreign Ministry said the visit was a success.").attributions
    assert a.speaker is not None and a.speaker.name == "The Chinese Foreign Ministry"
    assert a.speaker.description is None


def test_role_a_person_was_introduced_with(tracker: quotrack.Tracker) -> None:
    text = "Japan's top trade negotiator, Kenji Oda, met the delegation. Oda said the tariffs would fall."
    a = _said(tracker(text), "tariffs")
    assert a.speaker is not None and a.speaker.name == "Kenji Oda"
    assert (a.speaker.description, a.speaker.affiliation) == ("Japan's top trade negotiator", "Japan")


def test_described_speaker_named_in_apposition(tracker: quotrack.Tracker) -> None:
    text = "The country's top diplomat, Lars Eklund, said the embassy would reopen."
    a = _said(tracker(text), "embassy")
    assert a.speaker is not None and a.speaker.name == "Lars Eklund"
    assert a.speaker.description == "The country's top diplomat"


# -- coreference hook -------------------------------------------------------------------------


_COREF_TEXT = '"Ada Lind will win," a voter said on Monday. She said the plan worked.'


def _parsed(tracker: quotrack.Tracker) -> Doc:
    return tracker.nlp(_COREF_TEXT)


def _she(result: Result) -> tuple[str, str, SpeakerKind]:
    return _speaker(result, "plan worked")


def test_without_coref_the_pronoun_takes_the_latest_compatible_candidate(tracker: quotrack.Tracker) -> None:
    result = tracker.process(_parsed(tracker))
    assert _she(result)[1] == "a voter"


def test_coref_clusters_in_doc_spans_resolve_pronouns_first(tracker: quotrack.Tracker) -> None:
    doc = _parsed(tracker)
    start = _COREF_TEXT.index("Ada Lind")
    she = _COREF_TEXT.index("She")
    lind = doc.char_span(start, start + len("Ada Lind"))
    pronoun = doc.char_span(she, she + 3)
    assert lind is not None and pronoun is not None
    doc.spans["coref_clusters_1"] = [lind, pronoun]
    assert [[s.text for s in c] for c in coref_clusters(doc)] == [["Ada Lind", "She"]]
    assert _she(tracker.process(doc)) == ("She", "Ada Lind", SpeakerKind.PERSON)


@pytest.fixture
def coref_extension() -> Iterator[None]:
    Doc.set_extension("coref_clusters", default=None, force=True)
    yield
    Doc.remove_extension("coref_clusters")


@pytest.mark.usefixtures("coref_extension")
def test_coref_clusters_as_char_offsets_or_token_indexes(tracker: quotrack.Tracker) -> None:
    start = _COREF_TEXT.index("Ada Lind")
    she = _COREF_TEXT.index("She")
    doc = _parsed(tracker)
    doc._.coref_clusters = [[(start, start + len("Ada Lind")), (she, she + 3)]]
    assert _she(tracker.process(doc))[1] == "Ada Lind"
    doc = _parsed(tracker)
    first = doc.char_span(start, start + 3)
    pronoun = doc.char_span(she, she + 3)
    assert first is not None and pronoun is not None
    doc._.coref_clusters = [[[first.start, first.start + 1], [pronoun.start, pronoun.start]]]
    assert [[s.text for s in c] for c in coref_clusters(doc)] == [["Ada Lind", "She"]]
    assert _she(tracker.process(doc))[1] == "Ada Lind"
