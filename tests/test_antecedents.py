"""Tests of the per-document antecedents (quotrack.resolvers.antecedents): bodies, places, names in full.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from _support import said
from spacy.tokens import Doc, Span

import quotrack
from quotrack import SpeakerKind
from quotrack.context import DocContext
from quotrack.model import Speaker, TextSpan
from quotrack.resolvers.antecedents import (
    _bodies_by_noun,
    body_named_with_noun,
    described_bodies,
    organisations,
    speaker_antecedent,
)


def test_a_body_named_with_its_place_is_the_body_a_bare_description_means(tracker: quotrack.Tracker) -> None:
    text = "The government of Tonga closed the schools. The government said the outbreak was slowing."
    assert said(tracker(text), "outbreak").speaker.name == "The government of Tonga"  # type: ignore[union-attr]
    text = "Quebec police arrested a woman near the station. Police said she was 42."
    assert said(tracker(text), "42").speaker.name == "Quebec police"  # type: ignore[union-attr]
    # two governments, each with its place: "the government" could be either
    text = (
        "The Samoan government closed the schools. The Fijian government kept them open. "
        "The government said the outbreak was slowing."
    )
    assert said(tracker(text), "outbreak").speaker.name == "The government"  # type: ignore[union-attr]
    # the other government need not act for "the government" to be either
    text = "The Samoan government closed the schools. Officials asked the Fijian government for help. " + (
        "The government said the outbreak was slowing."
    )
    assert said(tracker(text), "outbreak").speaker.name == "The government"  # type: ignore[union-attr]


def test_a_description_with_every_word_of_a_name_is_that_body(tracker: quotrack.Tracker) -> None:
    text = (
        "Singer Ada Lind died on Monday. Lind's wildlife trust said she had been ill for a month.\n\n"
        "In 1990 she founded the Ada Lind Wildlife Trust."
    )
    a = said(tracker(text), "ill")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("Lind's wildlife trust", "Ada Lind Wildlife Trust")
    assert a.speaker.kind is SpeakerKind.ORGANIZATION


def test_a_body_written_as_a_name_alone_is_the_body_named_in_full_before(tracker: quotrack.Tracker) -> None:
    text = (
        "The Oregon Department of Parks and Recreation (ODPR) closed the trail. "
        "The Department issued a statement that a bridge had collapsed."
    )
    a = said(tracker(text), "bridge")
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "The Department"
    assert a.speaker.name == "Oregon Department of Parks and Recreation"  # no article, as the row


def test_organisations_are_the_org_entities_with_their_text_and_last_word() -> None:
    doc = spacy.blank("en")("The Acme Motor Company and Ann Lee met the World Health Organization.")
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 5, 7, "PERSON"), Span(doc, 9, 12, "ORG")]
    found = organisations(DocContext(doc))
    assert [(ent.start, text, last) for ent, text, last in found] == [
        (1, "Acme Motor Company", "company"),
        (9, "World Health Organization", "organization"),
    ]


def test_a_body_named_only_as_what_another_is_is_no_antecedent(tracker: quotrack.Tracker) -> None:
    """'The only court above it is the High Court of Valeria': named by comparison; 'the court'
    that rules next is the one that acts in the story."""
    text = (
        "On Monday, the Harbour District Court in Valeria ruled on the port lease. "
        "The Harbour District Court is the main civil court of the region. "
        "The only court above it is the High Court of Valeria.\n\n"
        "The five-judge court found the lease was void."
    )
    (found,) = [a for a in tracker(text).attributions if "void" in a.content.text]
    assert found.speaker is not None and "Harbour District Court" in found.speaker.name


def _without_entities(tracker: quotrack.Tracker, text: str) -> quotrack.Result:
    """``text`` processed as if the parser had found no entity in it (a name it missed)."""
    doc = tracker.nlp(text)
    doc.ents = []
    return tracker.process(doc, text)


def test_a_body_description_is_the_one_body_named_in_capitals_with_its_words(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Mid Ardmore Fire and Rescue Service sent four engines to the farm at noon. "
        "The fire service said the barn was lost."
    )
    a = said(_without_entities(tracker, text), "barn")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == (
        "Mid Ardmore Fire and Rescue Service",
        SpeakerKind.ORGANIZATION,
    )
    assert any("the one body named with the words of 'The fire service'" in e for e in a.explanation)


def test_a_body_description_stays_as_written_when_two_bodies_fit(tracker: quotrack.Tracker) -> None:
    text = (
        "Mid Ardmore Fire Service sent engines to the farm. Low Ardmore Fire Service sent more. "
        "The fire service said the barn was lost."
    )
    a = said(_without_entities(tracker, text), "barn")
    assert a.speaker is not None and a.speaker.name == "The fire service"


def test_the_city_is_the_one_city_the_text_names_with_of(tracker: quotrack.Tracker) -> None:
    text = (
        "On Monday, a gas line burst in the small city of Orrington, Maine. "
        "Later the city stated that crews had sealed the leak."
    )
    a = said(tracker(text), "crews")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Orrington", SpeakerKind.ORGANIZATION)
    assert any("the one place" in line for line in a.explanation)


def test_the_city_stays_as_written_when_two_cities_are_named_with_of(tracker: quotrack.Tracker) -> None:
    text = (
        "Floods reached the city of Orrington and the city of Bellport. "
        "The city said that three roads were closed."
    )
    a = said(tracker(text), "roads")
    assert a.speaker is not None
    assert a.speaker.name not in ("Orrington", "Bellport")


def test_the_network_is_the_one_body_the_text_said_broadcasts(tracker: quotrack.Tracker) -> None:
    text = (
        "Regulators closed Kanal Nine Corporation on Monday. "
        "Kanal Nine Corporation is the largest television and radio broadcasting company in Norland. "
        "The network said the order did not cover its news channel."
    )
    a = said(tracker(text), "did not cover")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (
        "Kanal Nine Corporation",
        SpeakerKind.ORGANIZATION,
    )
    # set beside the name, too
    text = (
        "Regulators fined Kanal Nine Corporation, a private television network, on Monday. "
        "The network said the order did not cover its news channel."
    )
    assert said(tracker(text), "did not cover").speaker.name == "Kanal Nine Corporation"  # type: ignore[union-attr]


def test_the_network_of_two_broadcasters_or_of_none_stays_a_description(tracker: quotrack.Tracker) -> None:
    text = (
        "Kanal Nine Corporation is a television broadcasting company, and Vesta Media Corporation is a radio "
        "broadcasting company. The network said the order did not cover its news channel."
    )
    assert said(tracker(text), "did not cover").speaker.name == "The network"  # type: ignore[union-attr]
    # a law named after radio is no broadcaster
    text = (
        'Under the "Radio Licence Law", Kanal Nine Corporation needs a permit. '
        "The network said the order did not cover its news channel."
    )
    assert said(tracker(text), "did not cover").speaker.name == "The network"  # type: ignore[union-attr]


def test_the_charity_is_the_one_body_the_text_named_with_that_noun(tracker: quotrack.Tracker) -> None:
    # the noun right before a name the tagger may not know
    text = (
        "A rescue boat run by the Dutch charity Zee Hulp picked up 40 people on Friday. "
        "Coast guards escorted it to port. The charity said two of the rescued were children."
    )
    a = said(tracker(text), "two of the rescued")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (
        "Zee Hulp",
        SpeakerKind.ORGANIZATION,
    )
    # the noun at the end of the name, whatever the tagger read it as
    text = (
        "The Marlow County Sheriff’s Office closed the bridge at noon. Deputies stopped the traffic. "
        "The office said the road would reopen on Sunday."
    )
    assert said(tracker(text), "reopen").speaker.name == "Marlow County Sheriff’s Office"  # type: ignore[union-attr]
    # set beside the name after a comma
    text = (
        "Brennmoor Logistik, the freight company that runs the depot, laid off 90 drivers. "
        "Union leaders met on Monday. The company said the cuts were final."
    )
    assert said(tracker(text), "cuts were final").speaker.name == "Brennmoor Logistik"  # type: ignore[union-attr]


def test_a_noun_that_named_two_bodies_names_none(tracker: quotrack.Tracker) -> None:
    text = (
        "The Marlow County Sheriff’s Office closed the bridge, and the Dane County Sheriff’s Office closed "
        "the ferry. The office said the road would reopen on Sunday."
    )
    doc = tracker.nlp(text)
    assert body_named_with_noun(DocContext(doc), _the_office(doc), "office") is None
    one = tracker.nlp(
        "The Marlow County Sheriff’s Office closed the bridge. The office said it would reopen."
    )
    found = body_named_with_noun(DocContext(one), _the_office(one), "office")
    assert found is not None and found.name == "Marlow County Sheriff’s Office"
    # a person after the noun is no body's name
    text = (
        "The union's president, Maria Okafor, met the mayor. Workers walked out on Monday. "
        "The union said the strike would last a week."
    )
    assert said(tracker(text), "last a week").speaker.name != "Maria Okafor"  # type: ignore[union-attr]


def test_a_name_set_beside_a_company_s_noun_is_a_body_s_throughout(tracker: quotrack.Tracker) -> None:
    text = (
        "The council fined Velmora, the Seville-based caterer that runs the canteens. Velmora rejected "
        "the fine. In a statement, the company said its menus were sound."
    )
    result = tracker(text)
    a = said(result, "menus")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Velmora", SpeakerKind.ORGANIZATION)
    text = "A spokeswoman for the Danish carrier Havlund said delays would grow. "
    text += "Havlund said it would add ships."
    a = said(tracker(text), "add ships")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Havlund", SpeakerKind.ORGANIZATION)


def test_a_person_named_in_full_is_no_body_a_noun_was_set_beside(tracker: quotrack.Tracker) -> None:
    # "the campaign Brightwell ran": a noun right before the surname of a person named in full
    doc = tracker.nlp(
        "Senator Ada Brightwell spoke. It was the campaign Brightwell ran in 2019 that made her."
    )
    ctx = DocContext(doc)
    assert "Brightwell" in [name for _, _, name in ctx.memo(_bodies_by_noun)]
    assert "Brightwell" not in described_bodies(ctx)


def _the_office(doc: Doc) -> Span:
    """The words ``The office`` of ``doc``."""
    start = next(t.i for t in doc if t.text == "The" and doc[t.i + 1].text == "office")
    return doc[start : start + 2]


def test_a_title_taken_for_a_name_is_no_antecedent(tracker: quotrack.Tracker) -> None:
    text = "Justice vows to be more careful. Judge Ann Roe said she regretted her words."
    ctx = DocContext(tracker.nlp(text), text)
    titled = Speaker(name="Justice", mention=TextSpan(0, 7, "Justice"), kind=SpeakerKind.PERSON)
    assert speaker_antecedent(ctx, titled) is None
    named = Speaker(name="Judge Ann Roe", mention=TextSpan(33, 46, "Judge Ann Roe"), kind=SpeakerKind.PERSON)
    found = speaker_antecedent(ctx, named)
    assert found is not None and "judge" in found.words


@pytest.mark.parametrize(
    "text",
    [
        "Lumora Labs, a software company based in Dover, cut jobs. The company said that sales had fallen.",
        "The Brackwater Harriers, the club behind the plan, met. The club said the track would open.",
    ],
)
def test_a_name_set_beside_an_organisation_noun_is_what_that_noun_points_back_to(
    tracker: quotrack.Tracker, text: str
) -> None:
    a = tracker(text).attributions[-1]
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.ORGANIZATION
    assert a.speaker.name in text.split(",")[0]


def test_a_description_takes_no_earlier_speaker_named_only_by_its_own_noun(tracker: quotrack.Tracker) -> None:
    """ "Members noted A. The two dissenting members argued B": the two are not all the members."""
    text = (
        "Members noted that household debt remained high.\n\n"
        "The two dissenting members, who were not named, argued that exports had weakened."
    )
    a = said(tracker(text), "exports")
    assert a.speaker is not None and a.speaker.name != "Members"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before a name the tagger found no entity in, or read as a body's
        (
            "STOCKHOLM — Princess Amalia of Sweden will step back from official duties, the palace said.\n\n"
            "The princess said in a statement that she was grateful for the support.",
            "Amalia",
        ),
        (
            "Rangers arrested four men near the village. Chief Kakumbi, the traditional leader of the area, "
            "praised the rangers. The chief said poaching had to stop.",
            "Kakumbi",
        ),
        # no person: a company named after the title
        ("Princess Cruises cancelled the voyage. The princess said she was sad.", "The princess"),
    ],
)
def test_the_title_alone_is_the_one_named_with_it_whatever_the_tagger_read(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = tracker(text).attributions[-1].speaker
    assert speaker is not None and speaker.mention is not None
    assert speaker.mention.text.lower() in ("the princess", "the chief")
    assert speaker.name == name


def test_a_body_noun_right_before_a_name_is_what_a_later_description_points_back_to(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "The consumer group Passageiro Atento met on Monday. In a post, the group urged the regulator to act."
    )
    found = tracker(text).attributions[-1]
    assert found.speaker is not None and found.speaker.name == "Passageiro Atento"


def test_the_description_a_role_and_name_are_apposed_to_is_that_person_later(
    tracker: quotrack.Tracker,
) -> None:
    """A role and a name apposed to "Her son" ("Her son, the conductor Tom Roe,") make a later bare
    "Her son" Tom Roe, not the son of whoever was named last."""
    text = (
        "Ann Roe died on Saturday. Her son, the conductor Tom Roe, said the cause was heart failure. "
        "The director of the theatre, Zsolt Nagy, said the season would honour her. "
        "Her son said that she had carved until last winter."
    )
    last = tracker(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == "Tom Roe"


def test_a_body_named_before_its_acronym_in_brackets_is_named_without_the_bracket(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Ana Pereyra, a former official at the Institute for the Regulation and Control of Cannabis "
        "(IRCCA), which oversees the market, spoke.\n\nThe institute said in a written response that "
        "production had increased."
    )
    last = tracker(text).attributions[-1]
    assert last.speaker is not None and "(" not in last.speaker.name
    assert last.speaker.name.endswith("Control of Cannabis")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "BANGKOK — Thailand's aviation regulator on Wednesday grounded nine aircraft operated by "
            "budget carrier Andaman Sky after an audit found problems.\n\n"
            "Andaman Sky, which operates a fleet of 24 jets, said the checks had been done.",
            "Andaman Sky",
        ),
        (
            "Farmers have blocked the entrance to a brewery owned by beverage group Cervecería del Norte "
            "for a week.\n\nCervecería del Norte said in a statement that it was using less water.",
            "Cervecería del Norte",
        ),
    ],
)
def test_a_name_right_after_a_company_s_noun_is_a_body_s_though_tagged_a_person(
    tracker: quotrack.Tracker, text: str, company: str
) -> None:
    last = tracker(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == company
    assert last.speaker.kind is SpeakerKind.ORGANIZATION


def test_a_person_a_company_s_noun_is_set_beside_later_stays_a_person() -> None:
    """A person's whole name a company's noun is apposed to after it (the parser's misreading of
    "Zorawar Dhillon of Acme, a consulting company") is no body; only a noun right before the name
    is."""
    words = ["Zorawar", "Dhillon", ",", "a", "consulting", "company", ",", "said", "prices", "rose", "."]
    heads = [1, 7, 1, 5, 5, 1, 1, 7, 9, 7, 7]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "det",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "nsubj",
        "ccomp",
        "punct",
    ]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    ctx = DocContext(doc)
    assert "Zorawar Dhillon" in [name for _, _, name in ctx.memo(_bodies_by_noun)]
    assert "Zorawar Dhillon" not in described_bodies(ctx)


@pytest.mark.parametrize("title", ["Mr Justice", "Mrs Justice", "Justice"])
def test_the_judge_is_the_one_titled_justice(tracker: quotrack.Tracker, title: str) -> None:
    text = (
        f"{title} Owen Tregarthen rejected an application by the defence to adjourn the hearing. "
        "In his ruling, the judge said the witnesses had waited long enough."
    )
    speaker = said(tracker(text), "witnesses").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Owen Tregarthen", SpeakerKind.PERSON)
