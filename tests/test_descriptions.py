"""The descriptions resolver: "the minister", "the official" back to who was described that way.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

import pytest
from _support import only, said
from spacy.tokens import Doc
from spacy.vocab import Vocab

import quotrack
from quotrack import SpeakerKind
from quotrack.context import DocContext
from quotrack.model import Speaker
from quotrack.resolvers.descriptions import _adding_to, _apposed, described_entity


def test_definite_description_resolves_to_the_person_described_that_way(tracker: quotrack.Tracker) -> None:
    text = "Foreign Minister Maria Lopez arrived in Rome. The minister said the summit would produce a deal."
    a = said(tracker(text), "summit")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("The minister", "Maria Lopez")
    assert a.speaker.kind is SpeakerKind.PERSON


def test_description_resolves_to_an_earlier_speaker_with_that_role(tracker: quotrack.Tracker) -> None:
    text = (
        "Elena Ruiz, a spokeswoman for the city council, said the park would close. "
        "The spokeswoman added that the closure was temporary."
    )
    a = said(tracker(text), "temporary")
    assert a.speaker is not None and a.speaker.name == "Elena Ruiz"
    assert a.speaker.affiliation == "the city council"


def test_unnamed_source_stays_unnamed_with_its_description(tracker: quotrack.Tracker) -> None:
    text = "An unnamed official from the ministry said the supply would double."
    a = said(tracker(text), "supply")
    assert a.speaker is not None
    assert a.speaker.kind is SpeakerKind.UNNAMED
    assert a.speaker.name == a.speaker.description == "An unnamed official from the ministry"
    assert a.speaker.affiliation == "the ministry"


def test_the_official_goes_back_to_the_unnamed_official(tracker: quotrack.Tracker) -> None:
    text = (
        "An unnamed official from the ministry said the supply would double. "
        "According to the official, the first deliveries arrive in March."
    )
    a = said(tracker(text), "deliveries")
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "the official"
    assert a.speaker.name == "An unnamed official from the ministry"
    assert a.speaker.kind is SpeakerKind.UNNAMED


def test_description_with_no_one_before_is_an_unnamed_source(tracker: quotrack.Tracker) -> None:
    a = said(tracker("The official said the border would reopen on Monday."), "border")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("The official", SpeakerKind.UNNAMED)


def test_a_different_nationality_is_not_the_same_official(tracker: quotrack.Tracker) -> None:
    text = (
        "A Japanese official said the talks had stalled. "
        "The Chinese official said that progress had been made."
    )
    a = said(tracker(text), "progress")
    assert a.speaker is not None and a.speaker.name == "The Chinese official"


def test_the_ministry_is_an_organisation(tracker: quotrack.Tracker) -> None:
    a = said(tracker("The ministry said it would appeal the ruling."), "appeal")
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the fraud ran for a decade.",
        "Aid agencies warned that food would run out.",
        "Some activists said the march would go ahead.",
        "Senior harbour officials told reporters that the pier was unsafe.",
        # people named by a noun that is no role, a part of them, or people joined
        "Many opponents said the toll was unfair.",
        "Harbor City fans said the referee had been biased.",
        "Some of his supporters said the count was rigged.",
        "A strong majority of primary voters said the count was rigged.",
        "Roe spoke briefly. She and her aides said the count was rigged.",
        # a noun for several people in the singular, capitalised or not
        "Her family said the ward would close.",
        "The crew said the ferry was safe to sail.",
        "Staff at the Mercy Hospital said the ward would close.",
        "Staff said the ward would close on Friday.",
        "The crowd chanted that the mayor must go.",
        "The show's producers said filming would continue on schedule.",
        "Passengers said the cabin filled with smoke.",
        'Hundreds of people marched through the town, chanting "Save our school!"',
        "Street vendors and delivery drivers said the new rules would ruin them.",
        "Businesses said the closure had cost them thousands.",
        "Airlines said the tax would raise fares.",
        "Mountain guides said the route was dangerous.",
        "The claimants said the operator had cheated them.",
        "Smaller retailers warned that the rules would ruin them.",
        "Indigenous communities in the valley say the mine has drained their wells.",
        "A group of stranded travellers from Spain said they had slept at the airport.",
        "The committee met on Tuesday. The majority judged that inflation was easing.",
        # nouns for people by their commonest sense (lexicons/person_nouns_wordnet.txt)
        "Shepherds in the upper valley said the snow had come early.",
        "The petitioners said the quarry had cracked their walls.",
        "Local beekeepers said the spraying had killed their hives.",
        "The prosecution said the invoices had been forged.",
        "The defence said the invoices were genuine.",
    ],
)
def test_unnamed_sources_in_the_plural_are_a_group(tracker: quotrack.Tracker, text: str) -> None:
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.name, a.speaker.kind) == (a.speaker.mention.text, SpeakerKind.GROUP)


@pytest.mark.parametrize(
    "text",
    [
        "Polls show that the mayor is ahead in the north.",
        "His remarks suggested the count was rigged.",
        "Surveys of voters showed the race had tightened.",
    ],
)
def test_writings_in_the_plural_are_no_group(tracker: quotrack.Tracker, text: str) -> None:
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNKNOWN


def test_one_unnamed_source_stays_unnamed(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("A senior harbour official told reporters that the pier was unsafe.").attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNNAMED


def test_police_stay_an_organisation(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("Police said the road would reopen on Sunday.").attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.ORGANIZATION


def test_unnamed_media_are_an_outlet(tracker: quotrack.Tracker) -> None:
    (a,) = tracker("State media said the harvest was the largest in a decade.").attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.OUTLET


def test_one_titled_person_is_unnamed(tracker: quotrack.Tracker) -> None:
    (a,) = tracker('One MP told reporters, "We were not consulted."').attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNNAMED


def test_a_title_alone_resolves_to_the_person_with_that_title(tracker: quotrack.Tracker) -> None:
    text = (
        "Prime Minister Elena Varga met the unions on Monday. "
        "The Prime Minister said the pension reform would go ahead."
    )
    a = said(tracker(text), "pension")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Elena Varga", SpeakerKind.PERSON)


def test_a_title_alone_takes_no_one_with_another_qualifier(tracker: quotrack.Tracker) -> None:
    text = "Vice President Tom Reyes visited the port. The President said the tariffs would rise."
    a = said(tracker(text), "tariffs")
    assert a.speaker is not None and a.speaker.name != "Tom Reyes"
    assert a.speaker.kind is SpeakerKind.UNNAMED


def test_bare_police_are_the_police_force_named_before(tracker: quotrack.Tracker) -> None:
    text = "Harwick County Police closed the bridge on Monday. Police said the road would reopen on Sunday."
    a = said(tracker(text), "reopen")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("Police", "Harwick County Police")
    assert a.speaker.kind is SpeakerKind.ORGANIZATION


def test_a_description_goes_to_the_one_person_it_is_apposed_to(tracker: quotrack.Tracker) -> None:
    text = (
        "The girl was lost at sea in 2018. Her surviving mother says the family had paid a smuggler. "
        '"I think of her every day," said her mother, Leila Haddad, after the service.'
    )
    a = said(tracker(text), "smuggler")
    assert a.speaker is not None and a.speaker.name == "Leila Haddad"
    assert a.speaker.kind is SpeakerKind.PERSON


def test_a_title_written_as_a_name_goes_to_the_person_apposed_to_it(tracker: quotrack.Tracker) -> None:
    text = (
        'A Democratic Councilwoman, Maria Delgado, also spoke about the budget: "We cannot keep '
        'cutting the libraries and expect the town to thrive."'
    )
    a = said(tracker(text), "libraries")
    assert a.speaker is not None and a.speaker.name == "Maria Delgado"
    assert a.speaker.kind is SpeakerKind.PERSON
    assert any("'A Democratic Councilwoman' → 'Maria Delgado'" in e for e in a.explanation)


def test_a_description_apposed_to_two_people_stays_unnamed(tracker: quotrack.Tracker) -> None:
    text = (
        "A spokesman says the airline will appeal. The appeal was filed by a spokesman, Jan Ek, "
        "and later backed by another spokesman, Per Lund."
    )
    a = said(tracker(text), "appeal")
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.UNNAMED


def _described(tracker: quotrack.Tracker, text: str, phrase: str) -> str | None:
    """Who :func:`described_entity` says ``phrase`` (a definite description in ``text``) stands for."""
    doc = tracker.parse([text])[0]
    ctx = DocContext(doc)
    start = text.index(phrase)
    span = ctx.char_span(start, start + len(phrase))
    assert span is not None
    found = described_entity(ctx, span)
    return found.name if found is not None else None


def test_a_description_stands_for_the_entity_given_that_role_before_it(tracker: quotrack.Tracker) -> None:
    text = "President Ines Moreau opened the fair. Later the president's car left the city."
    assert _described(tracker, text, "the president") == "Ines Moreau"
    # after it, or with a role no one was given, it stands for no one
    text = "The president's car left the city. President Ines Moreau had opened the fair."
    assert _described(tracker, text, "The president") is None
    text = "President Ines Moreau opened the fair. Later the minister's car left the city."
    assert _described(tracker, text, "the minister") is None


def test_a_description_with_a_place_takes_only_someone_given_that_place(tracker: quotrack.Tracker) -> None:
    text = "Senator Olaf Brede spoke first. The Nevada senator's remarks were brief."
    assert _described(tracker, text, "The Nevada senator") is None
    text = "Nevada Senator Olaf Brede spoke first. The Nevada senator's remarks were brief."
    assert _described(tracker, text, "The Nevada senator") == "Olaf Brede"


def test_a_description_set_beside_one_name_stands_for_that_person(tracker: quotrack.Tracker) -> None:
    text = "The hotel's manager, Colm Fahey, was not there. Guests said the manager's office was shut."
    assert _described(tracker, text, "the manager") == "Colm Fahey"


def test_a_description_with_a_name_set_beside_it_is_that_person(tracker: quotrack.Tracker) -> None:
    text = "The Deputy Mayor, Ilse Marquardt, said on Friday the tram line would be finished by June."
    a = said(tracker(text), "tram line")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("The Deputy Mayor", "Ilse Marquardt")
    assert a.speaker.kind is SpeakerKind.PERSON
    text = "The club's treasurer, Jonas Brekke, said the accounts were in order."
    assert said(tracker(text), "accounts").speaker.name == "Jonas Brekke"  # type: ignore[union-attr]


def test_the_company_is_the_one_organisation_the_text_has_just_named(tracker: quotrack.Tracker) -> None:
    text = "The two drivers worked for Nordvik Haulage. The company said the road had been closed."
    a = said(tracker(text), "road")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Nordvik Haulage", SpeakerKind.ORGANIZATION)
    assert "descriptions: 'The company' → 'Nordvik Haulage'" in a.explanation
    # two organisations just named: no guess
    text = (
        "The drivers worked for Nordvik Haulage and Kestrel Logistics Inc. "
        "The company said the road had been closed."
    )
    a = said(tracker(text), "road")
    assert a.speaker is not None and a.speaker.name == "The company"
    # an organisation named as another kind of body is no company
    text = "The Harbour Safety Administration opened an inquiry. The company said the road had been closed."
    a = said(tracker(text), "road")
    assert a.speaker is not None and a.speaker.name == "The company"
    # but it is an organisation
    text = (
        "The Harbour Safety Administration opened an inquiry. The organization said the road had been closed."
    )
    a = said(tracker(text), "road")
    assert a.speaker is not None and a.speaker.name == "Harbour Safety Administration"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # beside another name the tagger read as a body's ("Social Security" of the numbers)
        (
            "Meridale Health said on Monday that hackers had stolen the Social Security numbers of its "
            "members. The company said it had found unusual activity on a server.",
            "Meridale Health",
        ),
        # not the place it is based in, tagged an organisation
        (
            "A dengue vaccine developed by Pune-based Sahyadri Biologics prevented most infections in a "
            "trial, the company said on Wednesday. The company said it would seek approval.",
            "Sahyadri Biologics",
        ),
        # as the company that spoke was named: in full, not by the short name written there
        (
            "Workers at a Halvern Logistics depot voted to join a union on Friday. Halvern said it was "
            "disappointed. The company said it respected the vote.",
            "Halvern Logistics",
        ),
    ],
)
def test_the_company_is_the_one_company_that_spoke_just_before(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    _, second = tracker(text).attributions
    assert second.speaker is not None and second.speaker.mention is not None
    assert second.speaker.mention.text == "The company"
    assert (second.speaker.name, second.speaker.kind) == (name, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name ending in a company's legal form is a company's, though that word is a body noun
        (
            "Norvale Inc. reported a loss on Monday. The company said it would cut 200 jobs by June.",
            "Norvale Inc.",
        ),
        # a company anaphor with what the company does before it
        (
            "Shares of Exxon Mobil fell on Tuesday. The oil company said its refinery would reopen.",
            "Exxon Mobil",
        ),
        (
            "Microsoft rose 2 percent on Friday. The software giant reported earnings of $3 a share.",
            "Microsoft",
        ),
        # a chain: the company the same noun stood for a sentence before, with the possessive cut
        (
            "General Motors' stock slid again on Monday. The carmaker company faces a federal inquiry. "
            "Late on Monday the company warned that its annual filing would be late.",
            "General Motors",
        ),
    ],
)
def test_the_company_is_the_company_just_named_whatever_its_name_ends_with(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    a = tracker(text).attributions[-1]
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == (name, SpeakerKind.ORGANIZATION)


def test_a_kind_of_group_is_not_any_organisation_just_named(tracker: quotrack.Tracker) -> None:
    text = (
        "The Justice Department opened an inquiry on Monday. The rights group said the inquiry came too late."
    )
    a = said(tracker(text), "too late")
    assert a.speaker is not None and a.speaker.name == "The rights group"


def test_a_product_the_text_says_a_company_makes_is_no_company(tracker: quotrack.Tracker) -> None:
    later = "The mayor, who once appeared in ads for the Snackwell, has promised to shun the product. "
    text = (
        "Harlow Foods, the company that makes Snackwell and Crispo, cut 300 jobs in Ohio.\n\n"
        f"{later}The company says it had no choice."
    )
    a = said(tracker(text), "no choice")
    assert a.speaker is not None and a.speaker.name == "Harlow Foods"  # (set beside "the company")
    # with no maker named, the name is the one organisation just named
    a = said(tracker(f"{later}The company says it had no choice."), "no choice")
    assert a.speaker is not None and a.speaker.name == "Snackwell"


def test_the_company_is_the_website_the_text_has_just_named(tracker: quotrack.Tracker) -> None:
    text = (
        "A notice posted on the website TrailGear.com said the sale had ended. "
        '"We sold every tent," the company wrote.'
    )
    a = said(tracker(text), "every tent")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("TrailGear.com", SpeakerKind.ORGANIZATION)


def test_a_writing_owned_by_a_surname_read_as_a_body_is_the_person_named_in_full(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Judge Gonzalo Arbeloa unsealed the files on Tuesday. Arbeloa's order was filed an hour before "
        "the hearing in Fresno. The order said the files held no trade secrets."
    )
    doc = tracker.nlp(text)
    assert [e.label_ for e in doc.ents if e.text == "Arbeloa"] == ["ORG"]  # the surname read as a body
    speaker = said(tracker.process(doc, text), "no trade secrets").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Gonzalo Arbeloa", SpeakerKind.PERSON)


def test_a_writing_owned_by_a_description_is_who_the_text_named_so(tracker: quotrack.Tracker) -> None:
    text = "The Hotel Marlowe Palace caught fire. The hotel's website estimated 120 people were inside."
    a = said(tracker(text), "120")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Hotel Marlowe Palace", SpeakerKind.ORGANIZATION)
    assert a.speaker.description == "The hotel's website"
    text = "Foreign Minister Jane Roe arrived. The minister's statement said the talks were useful."
    a = said(tracker(text), "talks")
    assert a.speaker is not None and a.speaker.name == "Jane Roe"
    # two hotels named: no guess
    text = (
        "The Hotel Marlowe Palace and the Hotel Linden Court caught fire. "
        "The hotel's website estimated 120 people were inside."
    )
    a = said(tracker(text), "120")
    assert a.speaker is not None and a.speaker.name == "The hotel's website"


def test_a_name_with_a_persons_role_beside_it_is_a_person_though_parsed_as_a_body(
    tracker: quotrack.Tracker,
) -> None:
    # the parser reads "Árpád Győrfi" as an organisation; the role beside it says a person
    text = (
        "The November 4 issue of the weekly published an interview with Árpád Győrfi, the Hungarian "
        "Government commissioner responsible for defence. Győrfi said the deal was fair. The buyer "
        "asked for the price to be kept secret, but the commissioner stated the purchase was "
        "financed by a loan."
    )
    result = tracker(text)
    for a in (said(result, "fair"), said(result, "financed")):
        assert a.speaker is not None
        assert (a.speaker.name, a.speaker.kind) == ("Árpád Győrfi", SpeakerKind.PERSON)
    # a body with a description beside it stays a body
    (a,) = tracker("Harbour Logistics, the freight company, said the port was closed.").attributions
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.ORGANIZATION


def test_the_ministry_is_the_ministry_of_something_named_before(tracker: quotrack.Tracker) -> None:
    text = "The Ministry of Fisheries opened ten harbours. The ministry said the catch had doubled."
    a = said(tracker(text), "catch")
    assert a.speaker is not None and a.speaker.name == "Ministry of Fisheries"
    # its data speak for it too
    text = (
        "The Ministry of Fisheries opened ten harbours. According to the ministry's data, the catch doubled."
    )
    a = said(tracker(text), "catch")
    assert a.speaker is not None and a.speaker.name == "Ministry of Fisheries"


def test_a_family_noun_set_beside_a_name_is_that_person(tracker: quotrack.Tracker) -> None:
    text = (
        "The singer died on Monday. The news was confirmed by his daughter Nettie Lane. "
        "Although he lived in Spain, his daughter said he died in France."
    )
    a = only(tracker(text))
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Nettie Lane", SpeakerKind.PERSON)
    assert a.speaker.description == "his daughter"


def test_a_description_the_parser_tagged_a_name_is_still_a_description(tracker: quotrack.Tracker) -> None:
    # "bishop" in lower case may be tagged a proper noun: still a role, with the name set beside it
    text = 'In a statement, the current bishop, Ramon Delfin, said, "It is with great sadness that I write."'
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("the current bishop", "Ramon Delfin")


def test_a_description_that_adds_to_a_named_persons_words_is_that_person(tracker: quotrack.Tracker) -> None:
    text = (
        '"The river is rising faster than we thought," said lead author Marta Kowal. '
        'The Denver geologist added, "We will know more by spring."'
    )
    a = said(tracker(text), "spring")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("The Denver geologist", "Marta Kowal")
    assert a.speaker.kind is SpeakerKind.PERSON


def test_a_description_after_another_persons_name_stays_a_description(tracker: quotrack.Tracker) -> None:
    # someone else is named between: the text does not say the geologist is Kowal
    text = (
        '"The river is rising faster than we thought," said lead author Marta Kowal, '
        "who worked with Tom Reyes. "
        'The geologist added, "We will know more by spring."'
    )
    a = said(tracker(text), "spring")
    assert a.speaker is not None and a.speaker.name != "Marta Kowal"


def test_this_person_is_the_one_who_just_spoke(tracker: quotrack.Tracker) -> None:
    text = (
        'One of the volunteers said, "We had no water for two days." '
        "However, this person also said that the town had been kind to them."
    )
    a = said(tracker(text), "kind")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("this person", "One of the volunteers")
    assert a.speaker.kind is SpeakerKind.UNNAMED


def test_a_description_bound_to_a_titled_surname_takes_the_full_name_given_before(
    tracker: quotrack.Tracker,
) -> None:
    """'Judge Lorne' stands for Ada Lorne, named in full before; the judge's writing is hers."""
    text = (
        "District Judge Ada Lorne ruled on the harbour lease on Monday.\n\n"
        '"The lease was never valid," reads Judge Lorne\'s statement.\n\n'
        "The judge's statement also says the port must pay the fees back."
    )
    (found,) = [a for a in tracker(text).attributions if "fees" in a.content.text]
    assert found.speaker is not None and found.speaker.name == "Ada Lorne"


def test_time_words_run_on_after_a_description_are_cut(tracker: quotrack.Tracker) -> None:
    text = "According to the official WHO report yesterday, there had been 400 confirmed cases in the north."
    a = said(tracker(text), "confirmed cases")
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "the official WHO report"
    assert "yesterday" not in a.speaker.name and "yesterday" not in (a.speaker.description or "")


def test_a_description_goes_to_the_one_person_the_text_says_is_it(tracker: quotrack.Tracker) -> None:
    text = "The mayor said the bridge would reopen in May. Ann Roe is the mayor of Harwick."
    a = said(tracker(text), "bridge")
    assert a.speaker is not None and a.speaker.name == "Ann Roe"
    assert any("the one person the text calls 'mayor'" in e for e in a.explanation)


def test_a_description_goes_to_the_one_person_it_is_set_beside_later(tracker: quotrack.Tracker) -> None:
    text = (
        "The dean of the law school said the articles were accurate. In her reply on Tuesday, "
        "Dana Whitfield, the dean of the law school, wrote that the review was closed."
    )
    a = said(tracker(text), "accurate")
    assert a.speaker is not None and a.speaker.name == "Dana Whitfield"


def test_a_body_noun_before_a_person_s_title_does_not_make_the_person_that_body(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        'Company meteorologist Evan Roe said, "This is the strongest wind in years." '
        "The company said its website was down because of heavy traffic."
    )
    a = said(tracker(text), "website")
    assert a.speaker is not None and a.speaker.name != "Evan Roe"
    assert a.speaker.kind is SpeakerKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"There is nothing left to debate," said the museum\'s director, Fiona Carrey.\n\n'
            "A ceremony is planned for the spring. The museum said it would cover the cost of transport.",
            "Fiona Carrey",
        ),
        (
            "According to a union official who asked not to be named, some workers are back at work. "
            "The union denies that the strike is weakening.",
            "a union official who asked not to be named",
        ),
    ],
)
def test_a_body_is_not_a_person_described_by_it(tracker: quotrack.Tracker, text: str, person: str) -> None:
    """'The museum' is not the museum's director, nor 'the union' a union official."""
    a = said(tracker(text), "would cover" if "museum" in text else "weakening")
    assert a.speaker is not None and a.speaker.name != person
    assert a.speaker.kind is SpeakerKind.ORGANIZATION


def test_a_title_written_in_capitals_beside_a_name_is_that_person_later(tracker: quotrack.Tracker) -> None:
    """'The Prime Minister, Helen Ashby, …' makes a later 'The Prime Minister said' hers."""
    text = (
        "The Prime Minister, Helen Ashby, faced questions on care homes. "
        "The Prime Minister said a commission would report by the spring."
    )
    a = said(tracker(text), "commission")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Helen Ashby", SpeakerKind.PERSON)


def test_a_police_spokesman_is_not_the_police(tracker: quotrack.Tracker) -> None:
    text = 'Police spokesman John Doe said, "We have arrested two men." The police said the men went home.'
    a = said(tracker(text), "went home")
    assert a.speaker is not None and a.speaker.name != "John Doe"


def test_a_party_member_with_a_name_beside_it_is_that_person(tracker: quotrack.Tracker) -> None:
    text = (
        "Since then, a Republican, Mark Hollis, has publicly backed the inquiry, telling the Reno Ledger: "
        '"Let the committees get to work."'
    )
    a = said(tracker(text), "committees")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Mark Hollis", SpeakerKind.PERSON)


def test_a_party_member_with_no_name_beside_it_stays_unnamed(tracker: quotrack.Tracker) -> None:
    text = "A Democrat in the chamber said the bill would fail in the Senate."
    a = said(tracker(text), "bill")
    assert a.speaker is not None and a.speaker.kind is not SpeakerKind.PERSON


def test_a_description_whose_apposed_title_is_followed_by_a_name_is_that_person(
    tracker: quotrack.Tracker,
) -> None:
    text = "Local news source Bay Courier's editor, Dana Pell, said she felt the vote was fair."
    a = said(tracker(text), "vote")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Dana Pell", SpeakerKind.PERSON)


def test_the_company_is_no_person_its_name_came_with(tracker: quotrack.Tracker) -> None:
    text = (
        "Nordvik Haulage closed two depots. Company engineer Ann Roe said, “The trucks are too old.” "
        "The company said its new fleet would arrive in June."
    )
    a = said(tracker(text), "fleet")
    assert a.speaker is not None
    assert a.speaker.name != "Ann Roe"
    assert a.speaker.kind is SpeakerKind.ORGANIZATION


def test_they_of_the_network_is_the_one_body_the_text_said_broadcasts(tracker: quotrack.Tracker) -> None:
    text = (
        "Kanal Nine Corporation is the largest television and radio broadcasting company in Norland. "
        "The minister attacked the network after the network dropped his adverts, which they said was "
        "due to a lack of airtime."
    )
    a = said(tracker(text), "lack of airtime")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("they", "Kanal Nine Corporation")


def test_a_plural_description_with_two_names_beside_it_is_the_two(tracker: quotrack.Tracker) -> None:
    text = "The two ministers, Ann Roe and Tom Lee, said the talks had failed."
    a = only(tracker(text))
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind, a.speaker.members) == (
        "Ann Roe and Tom Lee",
        SpeakerKind.GROUP,
        ("Ann Roe", "Tom Lee"),
    )
    # three named: no pair, and not the first of them
    text = "The three scholars, Ms. Roe, Mr. Lee and Ms. Park, said the talks had failed."
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.name not in ("Ann Roe and Tom Lee", "Roe and Lee")


def test_a_portfolio_minister_is_the_secretary_of_that_portfolio(tracker: quotrack.Tracker) -> None:
    first = "Mexico's Foreign Secretary Ann Roe said the talks would resume. "
    text = first + "The foreign minister said Mexico would consider sanctions."
    assert said(tracker(text), "consider sanctions").speaker.name == "Ann Roe"  # type: ignore[union-attr]
    # another portfolio, no portfolio, or another country's minister: not her
    for other in ("The defence minister", "The minister", "The German foreign minister"):
        text = first + f"{other} said Mexico would consider sanctions."
        assert said(tracker(text), "consider sanctions").speaker.name == other  # type: ignore[union-attr]


def test_a_name_after_one_set_off_by_commas_is_apposed() -> None:
    # the parser's reading of "a constable, reportedly one Roe, said": "Roe" a modifier of the noun
    words = ["a", "constable", ",", "reportedly", "one", "Roe", ",", "said", "it", "today"]
    heads = [1, 7, 1, 4, 5, 1, 1, 7, 7, 7]
    deps = ["det", "nsubj", "punct", "advmod", "nummod", "npadvmod", "punct", "ROOT", "dobj", "npadvmod"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _apposed(doc[5])
    assert not _apposed(doc[9])  # "said it today": no name set off by commas


def test_a_minister_described_with_a_portfolio_is_no_minister_of_another(tracker: quotrack.Tracker) -> None:
    first = "Civil Aviation Minister Ann Roe said two planes were grounded. "
    text = first + 'The local health minister said, "The injured are in hospital."'
    speaker = said(tracker(text), "injured").speaker
    assert speaker is not None and speaker.name == "The local health minister"
    # the same portfolio, or none said: the minister named before
    quote = 'The local health minister said, "The injured are in hospital."'
    text = "Health Minister Ann Roe visited the city. " + quote
    assert said(tracker(text), "injured").speaker.name == "Ann Roe"  # type: ignore[union-attr]
    text = first + 'The minister said, "The injured are in hospital."'
    assert said(tracker(text), "injured").speaker.name == "Ann Roe"  # type: ignore[union-attr]


def test_a_title_no_one_had_before_is_the_one_person_named_with_it_later(tracker: quotrack.Tracker) -> None:
    text = (
        "The governor promised each family would be paid. Deputy Governor Tom Lee visited the site.\n\n"
        "Regional governor Ann Roe said the police were at the scene."
    )
    speaker = said(tracker(text), "be paid").speaker
    assert speaker is not None and speaker.name == "Ann Roe"
    # two governors named later, or one of another place: as written
    text = (
        "The governor promised each family would be paid.\n\n"
        "Governor Ann Roe and Governor Bo Li said the police were at the scene."
    )
    assert said(tracker(text), "be paid").speaker.name == "The governor"  # type: ignore[union-attr]
    text = "The Vermont senator promised each family would be paid. Senator Ann Roe of Ohio said it was fair."
    assert said(tracker(text), "be paid").speaker.name == "The Vermont senator"  # type: ignore[union-attr]
    # a body's title written with "its" in a first sentence
    text = (
        "Corvane Systems will cut 1,800 jobs, its chief executive told staff on Tuesday.\n\n"
        "In a memo, Chief Executive Dana Whitcombe wrote that the company had grown too quickly."
    )
    assert said(tracker(text), "1,800 jobs").speaker.name == "Dana Whitcombe"  # type: ignore[union-attr]


def test_a_description_with_a_naming_participle_is_the_person_named(tracker: quotrack.Tracker) -> None:
    text = 'A university student named Ann Roe said, "The rain will not stop us."'
    speaker = said(tracker(text), "rain").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Ann Roe", SpeakerKind.PERSON)
    assert speaker.description == "A university student"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One porter, a young man identified in the ruling only as Karim, said the boxes were sealed.",
            "Karim",
        ),
        (
            "Her landlord, a retired baker who gave his name only as Teodor, said the boxes were sealed.",
            "Teodor",
        ),
        ("A cleaner, a woman known to colleagues as Binta, said the boxes were sealed.", "Binta"),
    ],
)
def test_a_description_with_the_name_a_person_goes_by_is_that_person(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = said(tracker(text), "sealed").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.PERSON)


def test_a_name_given_in_a_clause_hung_on_a_later_noun_is_the_person_s(tracker: quotrack.Tracker) -> None:
    text = "A cook at the hostel, who identified himself only as Bilal, said the kitchen had flooded."
    speaker = said(tracker(text), "flooded").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Bilal", SpeakerKind.PERSON)
    assert [a.content.text for a in tracker(text).attributions] == ["the kitchen had flooded"]
    # not set off: the clause says who the later noun is
    text = "A lawyer for a man identified as Bilal said the kitchen had flooded."
    assert said(tracker(text), "flooded").speaker.name != "Bilal"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "SEOUL — Exports of memory chips will need a licence from June, the trade ministry said on "
            "Monday.\n\nThe Ministry of Trade and Energy said the rule would cover 12 countries.",
            "Ministry of Trade and Energy",
        ),
        (
            "Forty people were rescued from a burning ferry on Sunday, Greece's coast guard said.\n\n"
            "The Hellenic Coast Guard said two crew members were missing.",
            "Hellenic Coast Guard",
        ),
        (  # a wire credited in the dateline is no body named before; the name's noun in the plural
            "KOTOR, Aug 9 (Reuters) - Berthing fees will rise by a fifth, the state port authority said."
            "\n\nThe Montenegro Ports and Harbours Authority said the money would pay for dredging.",
            "Montenegro Ports and Harbours Authority",
        ),
    ],
)
def test_a_body_described_in_a_story_s_opening_is_the_one_named_next(
    tracker: quotrack.Tracker, text: str, body: str
) -> None:
    a = tracker(text).attributions[0]
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (body, SpeakerKind.ORGANIZATION)


def test_a_body_described_after_another_body_was_named_stays_as_written(tracker: quotrack.Tracker) -> None:
    text = (
        "The Seoul Chip Association met on Monday. Exports of memory chips will need a licence from June, "
        "the trade ministry said.\n\nThe Ministry of Trade and Energy said the rule would cover 12 countries."
    )
    assert said(tracker(text), "licence").speaker.name == "the trade ministry"  # type: ignore[union-attr]


def test_a_description_given_no_name_with_as_stays_unnamed(tracker: quotrack.Tracker) -> None:
    text = "A driver, who gave evidence as a witness for Ann Roe, said the boxes were sealed."
    assert said(tracker(text), "sealed").speaker.name == "A driver"  # type: ignore[union-attr]


def test_a_description_apposed_to_a_title_and_name_is_that_person(tracker: quotrack.Tracker) -> None:
    text = "A defence witness, toxicologist Dr. Oona Maelgwyn, testified that the samples were clean."
    speaker = said(tracker(text), "samples").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Oona Maelgwyn", SpeakerKind.PERSON)


def test_the_organisers_of_an_event_are_who_the_text_said_organised_it(tracker: quotrack.Tracker) -> None:
    first = "Supporters gathered on Saturday for a rally organized by the Harwick Tenants Union. "
    text = first + "Organizers of the rally said they were fighting for lower rents."
    speaker = said(tracker(text), "lower rents").speaker
    assert speaker is not None and speaker.name == "Harwick Tenants Union"
    assert speaker.description == "Organizers of the rally"
    # two organisers named: as written
    second = "Others joined a rally organized by the Brill Party. "
    text = first + second + "Organizers of the rally said rents must fall."
    assert said(tracker(text), "rents must").speaker.name == "Organizers of the rally"  # type: ignore[union-attr]


def test_a_writing_by_people_described_is_theirs(tracker: quotrack.Tracker) -> None:
    text = "Estimates by local organizers indicated that forty thousand people joined the march."
    a = said(tracker(text), "forty thousand")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("local organizers", SpeakerKind.UNNAMED)
    assert a.speaker.description == "Estimates by local organizers"


def test_a_description_apposed_to_the_name_before_it_is_that_person(tracker: quotrack.Tracker) -> None:
    text = '"We will win this county," Greta Solberg, the chairwoman of the county party, recalled.'
    a = said(tracker(text), "win this county")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Greta Solberg", SpeakerKind.PERSON)


def test_a_pronoun_after_a_bare_description_is_the_person_named_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Alma Quist won praise for the steel deal in Gary. Quist thanked the workers. "
        'The congresswoman spoke for an hour on Monday. "The plant will stay open," she said.'
    )
    a = said(tracker(text), "stay open")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("she", "Alma Quist")


def test_a_pronoun_for_a_wife_given_by_her_first_name_is_her_full_name(tracker: quotrack.Tracker) -> None:
    text = (
        "Tom Breck spoke in Dover on Monday. On the first night, Breck's wife, Alma, is scheduled to speak. "
        "At a rally this spring, she said Breck was kind."
    )
    a = said(tracker(text), "Breck was kind")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Alma Breck", SpeakerKind.PERSON)


def test_a_wife_given_by_her_first_name_after_his_takes_his_surname(tracker: quotrack.Tracker) -> None:
    text = (
        "Tom Breck spoke in Dover on Monday. On the first night, his wife, Alma, is scheduled to speak. "
        "At a rally this spring, she said Breck was kind."
    )
    a = said(tracker(text), "Breck was kind")
    assert a.speaker is not None and a.speaker.name == "Alma Breck"


def test_a_pronoun_bound_to_a_description_takes_the_name_set_beside_it(tracker: quotrack.Tracker) -> None:
    text = (
        "Valeria's trade minister, Ingrid Solberg, brushed the worries aside. "
        "The new port will bring jobs to the coast, she says."
    )
    (a,) = tracker(text).attributions
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (
        "Ingrid Solberg",
        SpeakerKind.PERSON,
    )


def test_a_pronoun_bound_to_a_description_with_no_name_beside_it_keeps_it(tracker: quotrack.Tracker) -> None:
    text = (
        "Valeria's trade minister brushed the worries aside. "
        "The new port will bring jobs to the coast, she says."
    )
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.kind is not SpeakerKind.PERSON


def test_a_bare_others_takes_the_people_counted_just_before(tracker: quotrack.Tracker) -> None:
    text = "Some protesters chanted outside the town hall. Others shouted that the mayor had to resign."
    a = said(tracker(text), "mayor had to resign")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("protesters", SpeakerKind.UNNAMED)


def test_a_bare_some_takes_the_counted_people_of_its_own_sentence(tracker: quotrack.Tracker) -> None:
    text = "While many party leaders have doubts about the levy, some said the vote should go ahead."
    a = said(tracker(text), "vote should go ahead")
    assert a.speaker is not None and a.speaker.name == "party leaders"


def test_a_bare_others_with_no_people_before_it_is_no_source(tracker: quotrack.Tracker) -> None:
    text = "A young woman waved at the mayor from the kerb. Others said they had waited for hours to see him."
    a = said(tracker(text), "waited for hours")
    assert a.speaker is None


def test_others_including_named_people_is_left_to_the_names(tracker: quotrack.Tracker) -> None:
    text = (
        "The council met on Monday. "
        "But others, including Ann Roe and Tom Lee, argued that the levy was too high."
    )
    a = said(tracker(text), "levy was too high")
    assert a.speaker is not None


def test_a_mogul_or_an_incumbent_is_a_person_the_text_named_before(tracker: quotrack.Tracker) -> None:
    for noun in ("shipping mogul", "Republican incumbent", "steel magnate"):
        text = (
            "Tom Lee has worked for many leaders. Now, he works for Ann Roe. "
            "On Thursday, Ann Roe announced that Lee would run her campaign. "
            f'In a statement, the {noun} announced that she is "giving" the job to Lee.'
        )
        a = said(tracker(text), "the job to Lee")
        assert a.speaker is not None and a.speaker.name == "Ann Roe", noun


def test_a_family_member_given_by_first_name_after_her_takes_her_surname(tracker: quotrack.Tracker) -> None:
    text = (
        "Ann Roe waved a sign at the rally in Harwick. Her father, Tom, 64, smiled. "
        '"She never misses a speech," he said.'
    )
    (a,) = tracker(text).attributions
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Tom Roe", SpeakerKind.PERSON)


def test_a_family_member_after_his_with_no_one_named_keeps_the_first_name(tracker: quotrack.Tracker) -> None:
    text = "The rally in Harwick drew a crowd. His wife, Ann, said that the crowd was larger than last year."
    (a,) = tracker(text).attributions
    assert a.speaker is not None and a.speaker.name == "Ann"


def test_the_campaign_is_the_named_campaign_mentioned_just_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Tom Lee, a spokesman for the Ann Roe campaign, would not comment. "
        "The campaign said that the ferry plan was sound."
    )
    a = said(tracker(text), "ferry plan was sound")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (
        "Ann Roe's campaign",
        SpeakerKind.ORGANIZATION,
    )


def test_the_campaign_after_a_pronouns_campaign_is_left_as_written(tracker: quotrack.Tracker) -> None:
    text = (
        "Ann Roe spoke in Harwick. In her last campaign, she won. "
        "The campaign said that the ferry plan was sound."
    )
    a = said(tracker(text), "ferry plan was sound")
    assert a.speaker is not None and a.speaker.name == "The campaign"
    assert a.speaker.name not in ("Alma Breck", "Tom Breck")


def test_a_plural_description_is_not_the_one_person_the_text_gives_the_title(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Tom Reyes, a club director, backed the plan. "
        "Her directors told Ann Roe that the sale was worth the risk."
    )
    a = said(tracker(text), "sale")
    assert a.speaker is not None and a.speaker.name != "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "After the results came in, Lee's campaign manager, Tom Roe, appeared on television. "
            "On Wednesday, Lee's campaign manager said the senator would stay in the party.",
            "Tom Roe",
        ),
        (
            "Tom Roe, Ann Lee's campaign manager, appeared on television. "
            "On Wednesday, Lee's campaign manager said the senator would stay in the party.",
            "Tom Roe",
        ),
        (  # another owner: no one the text set beside these words
            "Tom Roe, Eve Park's campaign manager, appeared on television. "
            "On Wednesday, Lee's campaign manager said the senator would stay in the party.",
            "Lee's campaign manager",
        ),
    ],
)
def test_a_named_owners_description_is_the_person_the_text_set_beside_it(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    found = said(tracker(text), "stay in the party").speaker
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    ("text", "cue_words", "body"),
    [
        (
            "Acme Health sells few policies along the coast. On Tuesday, the industry group for the Harbor "
            'Mutual insurers set out its worries. "Premiums no longer cover the claims," the group wrote.',
            "Premiums no longer",
            "the industry group for the Harbor Mutual insurers",
        ),
        (
            "A Ruritanian official responded on Monday, while Ruritania's foreign ministry also replied. "
            '"Countries outside the region should keep their promises," the ministry said.',
            "keep their promises",
            "Ruritania's foreign ministry",
        ),
        (
            "Brill Holdings, the parent company of Acme, jumped 3 percent. "
            "The company said its profit rose to $8 a share.",
            "profit rose",
            "Brill Holdings",
        ),
    ],
)
def test_the_body_is_the_one_the_sentence_before_describes_in_full(
    tracker: quotrack.Tracker, text: str, cue_words: str, body: str
) -> None:
    a = said(tracker(text), cue_words)
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == (body, SpeakerKind.ORGANIZATION)


def test_the_body_is_the_one_the_text_describes_in_full_further_back(tracker: quotrack.Tracker) -> None:
    text = (
        "Peru's transport ministry on Monday approved a new road toll in the Andes. "
        "The toll, set by a regional council, would fund repairs to mountain passes. "
        "The ministry said drivers would pay from March."
    )
    a = said(tracker(text), "pay from March")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Peru's transport ministry", SpeakerKind.ORGANIZATION)
    # two ministries described: either could be meant
    text = (
        "Peru's transport ministry on Monday approved a new road toll in the Andes. "
        "Chile's transport ministry objected to it. The toll would fund repairs to mountain passes. "
        "The ministry said drivers would pay from March."
    )
    assert said(tracker(text), "pay from March").speaker.name == "The ministry"  # type: ignore[union-attr]
    # a body named since: the description may be that body's, or another's
    text = (
        "Peru's transport ministry on Monday approved a new road toll in the Andes. "
        "The Andean Roads Authority said the toll would fund repairs to mountain passes. "
        "The ministry said drivers would pay from March."
    )
    assert said(tracker(text), "pay from March").speaker.name == "The ministry"  # type: ignore[union-attr]


def test_a_named_body_written_short_is_no_fuller_description(tracker: quotrack.Tracker) -> None:
    text = (
        "The Dover Board of Elections met on Monday. Later, the board of elections said the count was "
        "over. The board said it would certify the result."
    )
    a = said(tracker(text), "certify")
    assert a.speaker is not None and a.speaker.name == "Dover Board of Elections"


def test_a_number_of_outlets_described_is_a_group(tracker: quotrack.Tracker) -> None:
    text = "Four regional newspapers in Ohio said the mayor should resign at once."
    speaker = only(tracker(text)).speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Four regional newspapers in Ohio", SpeakerKind.GROUP)


def test_allies_are_a_group(tracker: quotrack.Tracker) -> None:
    speaker = only(tracker("Her allies said the vote was rigged.")).speaker
    assert speaker is not None and speaker.kind is SpeakerKind.GROUP


def test_a_description_adding_to_a_name_the_parser_tagged_an_organisation_is_that_person(
    tracker: quotrack.Tracker,
) -> None:
    # "Ivo Brandt" is tagged ORG; the names resolver may have made the speaker a person
    text = (
        "Ben Stone is on solid ground attacking Tom Lee, Ivo Brandt said Monday. But, the former chief"
        " of Acme Mining added, it is not the way to win."
    )
    doc = tracker.nlp(text)
    assert {e.label_ for e in doc.ents if e.text == "Ivo Brandt"} == {"ORG"}
    ctx = DocContext(doc, text, tracker.engine.lexicons)
    start, chief = text.index("Ivo Brandt"), text.index("the former chief")
    previous = Speaker("Ivo Brandt", ctx.span(start, start + 10), SpeakerKind.PERSON)
    end = text.index(" added")
    described = Speaker(text[chief:end], ctx.span(chief, end), SpeakerKind.UNNAMED)
    found = _adding_to(ctx, described, previous)
    assert found is not None and (found.name, found.kind) == ("Ivo Brandt", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Several signatories said they would withdraw from the programme.", SpeakerKind.GROUP),
        ("The firm has hired a bank, three people familiar with the matter said.", SpeakerKind.GROUP),
        ("Two other emails showed that the money was moved in May.", SpeakerKind.UNKNOWN),  # no people
    ],
)
def test_counted_people_are_a_group(tracker: quotrack.Tracker, text: str, kind: SpeakerKind) -> None:
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.kind is kind


def test_a_body_s_writing_is_not_the_person_whose_role_names_the_body(tracker: quotrack.Tracker) -> None:
    text = (
        '"We were turning kids away," said library director Constance Obi. '
        "Visits rose 38 percent last year, according to the library's annual report."
    )
    (visits,) = [a for a in tracker(text).attributions if a.content.text.startswith("Visits")]
    assert visits.speaker is not None and visits.speaker.name != "Constance Obi"
    assert visits.speaker.kind is not SpeakerKind.PERSON


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Medicines Safety Authority halted the rollout on Thursday.\n\n"
            "The agency said it had received reports of side effects.",
            "Medicines Safety Authority",
        ),
        (
            "Northline Power restored the line on Monday. The utility warned that some areas could "
            "be without power for a week.",
            "Northline Power",
        ),
        (
            "Tarnwick Resources opened a new pit. Net profit fell to $412 million, the miner said.",
            "Tarnwick Resources",
        ),
    ],
)
def test_a_body_called_by_another_word_for_its_kind_is_the_body_just_named(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANIZATION)


def test_a_company_is_no_public_body_just_named(tracker: quotrack.Tracker) -> None:
    text = "The Federal Aviation Administration grounded the jets. The company said it would comply."
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name != "Federal Aviation Administration"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Fans flooded her comments with support. "Protect her at all costs," one wrote.', "one of the fans"),
        ('Ann Roe\'s supporters marched. "We won," one said.', "one of Ann Roe's supporters"),
        ('A woman cried. "It is over," one said.', None),  # no people named to count from
    ],
)
def test_a_bare_one_is_one_of_the_people_named_just_before(
    tracker: quotrack.Tracker, text: str, name: str | None
) -> None:
    (found,) = tracker(text).attributions
    if name is None:
        assert found.speaker is None
    else:
        assert found.speaker is not None
        assert (found.speaker.name, found.speaker.kind) == (name, SpeakerKind.UNNAMED)


def test_the_second_official_is_not_the_official_quoted_before(tracker: quotrack.Tracker) -> None:
    text = (
        'One of the officials said the demand had been dropped. "The number is smaller now," the '
        "official said.\n\nThe second official cautioned that any deal could still collapse."
    )
    found = said(tracker(text), "collapse")
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.kind) == ("The second official", SpeakerKind.UNNAMED)


def test_the_second_official_is_the_one_introduced_as_another(tracker: quotrack.Tracker) -> None:
    text = (
        "The paper quoted another unnamed official as saying that the deal was close.\n\n"
        '"We are nearly there," said the second official.'
    )
    found = said(tracker(text), "nearly there")
    assert found.speaker is not None and found.speaker.name == "another unnamed official"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a headline's capitals, named nowhere below: no source
        (
            "Woman Reveals Secret Gift Lane Sent Her Family Last Winter.\n\n"
            "A woman in Dover told reporters that the senator had helped her family.",
            "Secret Gift",
            None,
        ),
        # a headline's description of one person is the one person the story's opening quotes
        (
            "Retired General Reveals Grim Years Of Serving Under Lane.\n\n"
            "Retired Air Force Gen. Norman Hamel spoke out on Monday. Hamel said morale had collapsed.",
            "Grim Years",
            "Norman Hamel",
        ),
        # a person's name keeps it, the story repeating it or not
        (
            'Ann Brisco: Harbor Ferry Plan Is "Dead."\n\nThe council met on Monday.',
            "Harbor Ferry",
            "Ann Brisco",
        ),
        # a name the story gives below keeps its headline's claim
        (
            'Lane: Harbor Tax Plan Is a "Disaster."\n\nSenator Ann Lane said the plan had failed.',
            "Harbor Tax Plan",
            "Ann Lane",
        ),
    ],
)
def test_a_headline_s_speaker_is_one_the_story_names(
    tracker: quotrack.Tracker, text: str, words: str, speaker: str | None
) -> None:
    found = said(tracker(text), words)
    assert (found.speaker.name if found.speaker is not None else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The toymaker Pellworth Games said sales fell. The company said it would hire 200 staff.",
        "The auto-parts maker Brenner Axle said sales fell. The company said it would hire 200 staff.",
    ],
)
def test_the_company_is_the_one_just_named_after_a_company_noun(tracker: quotrack.Tracker, text: str) -> None:
    a = said(tracker(text), "hire 200 staff")
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.mention.text == "The company" and a.speaker.kind is SpeakerKind.ORGANIZATION
    assert a.speaker.name in ("Pellworth Games", "Brenner Axle")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name the tagger read as a body's, set beside the description
        (
            "A lawyer representing four of the ranchers, Eduardo Montenegro Paiva, said the fines "
            "were illegal.",
            "Eduardo Montenegro Paiva",
        ),
        # a name after the description that closes the sentence, which the parser hung on the cue
        (
            "The changes were approved, said the forum's chair, Councillor Beverley Ashcombe.",
            "Beverley Ashcombe",
        ),
    ],
)
def test_a_name_set_beside_a_description_is_the_speaker(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    a = only(tracker(text))
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == (name, SpeakerKind.PERSON)


def test_a_day_after_a_description_is_no_name(tracker: quotrack.Tracker) -> None:
    a = only(tracker('"The season is over," said the coach, Monday.'))
    assert a.speaker is not None and a.speaker.name == "the coach"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Twenty states had passed the law, according to the National Conference of State Legislatures.",
            "National Conference of State Legislatures",
        ),
        ("Twenty states had passed the law, the Clinton campaign said.", "the Clinton campaign"),
    ],
)
def test_a_body_s_proper_name_is_stored_without_the_article_before_it(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    # a description ("the Clinton campaign", its head in lower case) stays as written
    a = said(tracker(text), "passed the law")
    assert a.speaker is not None and a.speaker.name == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor of Elmford, Ana María de la Fuente Soto, said the water was gone.",
            "Ana María de la Fuente Soto",
        ),
        ("The mayor of Elmford, Elmford City Council, said the water was gone.", None),
    ],
)
def test_a_name_the_tagger_missed_beside_a_person_noun_is_the_person(
    tracker: quotrack.Tracker, text: str, speaker: str | None
) -> None:
    (found,) = tracker(text).attributions
    assert found.speaker is not None
    if speaker is None:
        assert found.speaker.name != "Elmford City Council"  # a body's name is no person's
    else:
        assert (found.speaker.name, found.speaker.kind) == (speaker, SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "The operator, Hebridean Sea Link, said two ferries were withdrawn. "
        "In a statement, the company said it was sorry.",
        "Karaganda Coal Holding said the sensors had worked. The company said it was helping investigators.",
    ],
)
def test_the_company_is_a_company_the_tagger_misread_just_before(
    tracker: quotrack.Tracker, text: str
) -> None:
    """A company named beside "The operator," or by a name companies end with, whatever its tag."""
    first, second = tracker(text).attributions
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.name == first.speaker.name != "the company"
    assert second.speaker.kind is SpeakerKind.ORGANIZATION


def test_the_body_just_named_is_no_outlet_someone_spoke_to(tracker: quotrack.Tracker) -> None:
    text = (
        "Education Minister Daniel Kourakis said the deal was fair. He told ABC Radio Brisbane that the "
        "government had budgeted for the increase.\n\nThe union had originally demanded 15 percent. "
        "The government’s first offer, in March, was 7.5 percent."
    )
    (found,) = [a for a in tracker(text).attributions if a.content.text == "15 percent"]
    assert found.speaker is not None and found.speaker.name == "The union"


def test_the_group_is_any_body_just_named(tracker: quotrack.Tracker) -> None:
    text = (
        "The Harbour Policy Center reviewed the plan. Most households would pay more under it, "
        "the group said."
    )
    found = tracker(text).attributions[-1]
    assert found.speaker is not None and found.speaker.name == "Harbour Policy Center"


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Finance Minister Tomas Rehak said the levy would stay. A broker in Brno, who asked not to be "
            'named, said exporters could not pay. "Nobody has the cash," he said.',
            "A broker in Brno",
        ),
        (
            "Trade Minister Ana Rivo spoke on Monday. A trader based in Tamatave, who asked not to be "
            'identified, said orders had stopped. "Everybody waits," he said.',
            "A trader",
        ),
        (
            "Governor Elena Varga spoke first. An adjuster who handled the claims said supervisors set "
            'targets. "We were told to close files fast," she said.',
            "An adjuster who handled the claims",
        ),
    ],
)
def test_a_noun_with_a_who_clause_is_someone_unnamed_whom_he_or_she_goes_on(
    tracker: quotrack.Tracker, text: str, described: str
) -> None:
    """A noun no word list gives as a person's role is one when a ``who`` clause describes it."""
    *_, told, quoted = tracker(text).attributions
    assert told.speaker is not None and told.speaker.name.startswith(described.split(" who")[0])
    assert told.speaker.kind is SpeakerKind.UNNAMED
    assert quoted.speaker is not None and quoted.speaker.name == told.speaker.name


def test_a_thing_with_a_that_clause_stays_no_one(tracker: quotrack.Tracker) -> None:
    text = "The levy that parliament passed said exporters must pay by March."
    for found in tracker(text).attributions:
        assert found.speaker is None or found.speaker.kind is not SpeakerKind.UNNAMED


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (
            "Supporters of Senator Ramon Cruz waited outside. One of them, a taxi driver from Tacloban, "
            'said the senator had paid for his daughter\'s surgery. "He helped us," he said.',
            "a taxi driver from Tacloban",
        ),
        (
            "One of the protesters, a retired teacher, said the police had been rough. "
            '"I have never seen this," she said.',
            "a retired teacher",
        ),
    ],
)
def test_one_of_them_described_beside_it_is_that_one_person(
    tracker: quotrack.Tracker, text: str, one: str
) -> None:
    told, quoted = tracker(text).attributions[-2:]
    for found in (told, quoted):
        assert found.speaker is not None and found.speaker.name == one
        assert found.speaker.kind is SpeakerKind.UNNAMED


def test_one_of_them_alone_stays_one_of_the_group(tracker: quotrack.Tracker) -> None:
    text = "Two of the protesters said the police had been rough. One of them said it was unfair."
    last = tracker(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == "One of them"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "ZURICH — Chocolate maker Brunhof Confiserie AG cut its forecast on Wednesday.\n\n"
            "Chief executive Beatrice Hänggi-Roth said cocoa had tripled in price. Hänggi-Roth "
            "acknowledged that sales had fallen.\n\n"
            "Net profit dropped 22 percent to 98 million francs, the company said.",
            "Brunhof Confiserie AG",
        ),
        (
            "Regulators opened an inquiry into Palmcrest Mutual, which insures 300,000 homes.\n\n"
            "Governor Ann Lee spoke first. Officials toured the coast.\n\n"
            "In a statement, the company said it had paid most claims.",
            "Palmcrest Mutual",
        ),
    ],
)
def test_the_company_is_the_one_company_the_text_named_whatever_came_between(
    tracker: quotrack.Tracker, text: str, company: str
) -> None:
    """Not the chief executive's surname, tagged a body, nor left as "the company"."""
    last = tracker(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == company
    assert last.speaker.kind is SpeakerKind.ORGANIZATION


def test_the_company_after_two_companies_stays_as_written(tracker: quotrack.Tracker) -> None:
    text = (
        "Brunhof Confiserie AG and Velarin Pharma signed a deal.\n\nOfficials toured the plant. "
        "Governor Ann Lee spoke.\n\nThe deal is worth 40 million francs, the company said."
    )
    last = tracker(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == "the company"


def test_a_first_name_someone_asked_to_be_identified_by_is_their_name(tracker: quotrack.Tracker) -> None:
    text = (
        '"Money is good, but I want to get home alive," said a 41-year-old deckhand from Cebu, who '
        "asked to be identified only by his first name, Arnel, because he feared being blacklisted."
    )
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.name == "Arnel"
    assert speaker.kind is SpeakerKind.PERSON


def test_a_source_that_is_a_mark_alone_is_read_without_error(tracker: quotrack.Tracker) -> None:
    """A property test found it: a description of no words ("according to ″ said") names no body."""
    for found in tracker("aaa according to ″ said").attributions:
        assert found.speaker is None or found.speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Brellix raised its forecast on Tuesday. Analysts said the guidance looked cautious. "
            "The company denied that it had cut prices.",
            "Brellix",
        ),
        (
            "Couriers blocked the road for a second day. ZipCargo said in a statement that its fees were "
            "fair. The company said average pay had risen this year.",
            "ZipCargo",
        ),
    ],
)
def test_the_company_is_the_one_name_the_tagger_did_not_know_that_its_shows_is_a_body(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = tracker(text).attributions[-1].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANIZATION)


def test_the_company_after_two_such_names_stays_the_company(tracker: quotrack.Tracker) -> None:
    text = "Brellix raised its forecast. Vantora cut its outlook. The company denied that it had cut prices."
    speaker = tracker(text).attributions[-1].speaker
    assert speaker is not None and speaker.name == "The company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A farmer from San Miguel Los Lotes, Juan Ajú Cúmez, 63, told a radio station that he had fled.",
            "Juan Ajú Cúmez",
        ),
        (
            "A city councillor from the mayor's party, Marit Solberg, said the vote was a mistake.",
            "Marit Solberg",
        ),
    ],
)
def test_a_person_s_name_after_where_a_described_person_is_from_is_theirs(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body whose name ends with "Organization" is an agency
        (
            "According to the World Health Organization, one in ten medicines sold there is fake. "
            "The agency said the figure was rising.",
            "World Health Organization",
        ),
        # its short form in brackets is the same body, not a second one
        (
            "The Orbital Research Organisation (ORO) congratulated the team. "
            "In a post on social media, the agency said the mission had gone well.",
            "Orbital Research Organisation",
        ),
        # named before a quotation of two sentences
        (
            'Blue Heron Air cancelled all flights on Monday. "Safety comes first. We will not fly," '
            "the airline said.",
            "Blue Heron Air",
        ),
        # of two bodies named, the one whose name says it is an airline
        (
            "Blue Heron Air and the Tarn Port Authority closed their offices. "
            "The airline said flights would resume.",
            "Blue Heron Air",
        ),
    ],
)
def test_the_agency_or_the_airline_is_the_body_of_that_kind_named_just_before(
    tracker: quotrack.Tracker, text: str, name: str
) -> None:
    speaker = tracker(text).attributions[-1].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANIZATION)


def test_a_place_named_before_a_quotation_is_no_group_that_shouts_it(tracker: quotrack.Tracker) -> None:
    text = (
        'Students rallied at Temple Hall University on Monday. "Power to the people! We stay!" '
        "the group shouted."
    )
    speaker = only(tracker(text)).speaker
    assert speaker is None or "University" not in speaker.name


def test_the_company_is_no_public_service_that_spoke_just_before(tracker: quotrack.Tracker) -> None:
    text = (
        "Slovak parts maker Danubia Automotive said its plant would close for three weeks.\n\n"
        "No one was injured in the blaze, the regional fire and rescue service said.\n\n"
        'In a statement, the company said: "We are grateful to the firefighters."'
    )
    speaker = said(tracker(text), "grateful").speaker
    assert speaker is not None and speaker.name == "Danubia Automotive"


def test_the_company_is_the_body_of_several_words_an_its_shows(tracker: quotrack.Tracker) -> None:
    text = (
        "MANAMA — Bahrain's Dilmun Aluminium said it would delay an expansion of its smelter.\n\n"
        "Net profit fell to 61.4 million dinars from 89.0 million dinars, the company said."
    )
    speaker = said(tracker(text), "Net profit").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (
        "Dilmun Aluminium",
        SpeakerKind.ORGANIZATION,
    )


def test_the_company_is_a_name_the_tagger_cut_in_two(tracker: quotrack.Tracker) -> None:
    text = (
        "MACAU - The regulator fined casino operator Crown Lotus Resorts on Thursday.\n\n"
        'Crown Lotus said it accepted the fine. "The conduct was contrary to our policies," the company said.'
    )
    speaker = said(tracker(text), "contrary").speaker
    assert speaker is not None and speaker.name.startswith("Crown Lotus")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Fisheries said catches rose. Catches fell by a third in May, according "
            "to the ministry's own figures.",
            "Ministry of Fisheries",
        ),
        (
            "The Harwick Water Board met on Monday. Leaks doubled last year, according to the "
            "board's figures.",
            "Harwick Water Board",
        ),
    ],
)
def test_figures_a_body_owns_are_that_body_s(tracker: quotrack.Tracker, text: str, name: str) -> None:
    speaker = said(tracker(text), "fell by a third" if "Fisheries" in text else "Leaks").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANIZATION)


def test_a_union_s_senior_figures_are_people(tracker: quotrack.Tracker) -> None:
    text = "The ballot was close. The union's senior figures said the count was fair."
    speaker = said(tracker(text), "count").speaker
    assert speaker is not None and speaker.name == "The union's senior figures"
