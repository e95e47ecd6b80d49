"""Tests of a writing's source (quotrack.resolvers.writings): its issuer, its own source, its authors.

Every sentence here is written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

import pytest
from _support import only, said

import quotrack
from quotrack import SpeakerKind


def test_the_writing_goes_to_who_the_text_said_issued_it(tracker: quotrack.Tracker) -> None:
    text = (
        "Larkfield Mining said in a filing to regulators that output had fallen. "
        "According to the filing, the company sold two mines in March."
    )
    a = said(tracker(text), "sold two mines")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("the filing", "Larkfield Mining")
    assert a.speaker.description == "the filing"
    # a writing no one was said to issue stays as written
    text = "A filing was found in the archive. According to the filing, the company sold two mines in March."
    a = said(tracker(text), "sold two mines")
    assert a.speaker is not None and a.speaker.name == "the filing"
    # an issuer the text has not named for two paragraphs is out of view
    text = (
        "Larkfield Mining said in a filing that output had fallen.\n\n"
        "Prices rose in April.\n\nShipping slowed in May.\n\n"
        "According to the filing, the company sold two mines in March."
    )
    a = said(tracker(text), "sold two mines")
    assert a.speaker is not None and a.speaker.name == "the filing"


def test_guidelines_speak_for_the_body_that_issued_them(tracker: quotrack.Tracker) -> None:
    text = "The Health Ministry issued new guidelines on Monday. The guidelines say schools must close early."
    a = only(tracker(text))
    assert a.speaker is not None and a.speaker.name == "Health Ministry"
    assert a.speaker.description == "The guidelines"


def test_a_writing_goes_to_who_did_what_it_is_named_after(tracker: quotrack.Tracker) -> None:
    text = (
        "On Thursday, the Nordic Court of Appeal (NCA) ruled in the case of Lund against Baltic Ferries. "
        "According to the ruling, the company must pay the fine."
    )
    a = said(tracker(text), "fine")
    assert a.speaker is not None and a.speaker.name == "Nordic Court of Appeal"
    assert a.speaker.description == "the ruling"
    # a court that only heard the case did not rule
    text = "The Court of Appeal heard the case. According to the ruling, the company must pay the fine."
    assert said(tracker(text), "fine").speaker.name == "the ruling"  # type: ignore[union-attr]


def test_a_name_or_short_name_before_a_writing_issued_it(tracker: quotrack.Tracker) -> None:
    for text, issuer in (
        (
            "The chair spoke, per Arden Institute guidelines of 2015.\n\nThe guidelines cite a drought.",
            "Arden Institute",
        ),
        ("The chair spoke, per FAO guidelines of 2015.\n\nThe guidelines cite a drought.", "FAO"),
    ):
        a = said(tracker(text), "drought")
        assert a.speaker is not None and (a.speaker.name, a.speaker.description) == (issuer, "The guidelines")


def test_a_writing_is_the_source_its_description_names(tracker: quotrack.Tracker) -> None:
    text = (
        "The World Health Organization (WHO) raised its risk assessment on Monday. According to the "
        "official WHO report yesterday, there had been 400 confirmed cases in the north."
    )
    a = said(tracker(text), "confirmed cases")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("World Health Organization", SpeakerKind.ORGANIZATION)
    assert a.speaker.description == "the official WHO report"
    assert any("the source named in 'the official WHO report'" in e for e in a.explanation)


def test_a_writing_named_by_a_short_name_never_spelled_out_stays_a_writing(tracker: quotrack.Tracker) -> None:
    text = "According to the official WHO report yesterday, there had been 400 confirmed cases in the north."
    a = said(tracker(text), "confirmed cases")
    assert a.speaker is not None and a.speaker.name == "the official WHO report"


_REPORT = (
    "In a new report released by the Harwick Institute on Monday, economists say rents rose sharply "
    "in the region.\n\n"
    'Ann Vey, an economist at the institute, said, "Nobody expected a rise this steep."\n\n'
    "Some analysts had expected rents to fall, but that is not what this report finds. Here, the "
    "economists compared 300 towns.{between}\n\n"
    "According to the report, rents rose by a third in five years in the northern towns."
)


def test_a_writing_introduced_with_its_issuer_is_theirs_further_on(tracker: quotrack.Tracker) -> None:
    a = said(tracker(_REPORT.format(between="")), "a third")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Harwick Institute", SpeakerKind.ORGANIZATION)
    assert any("who the text said issued 'the report'" in e for e in a.explanation)


def test_another_writing_introduced_between_leaves_the_writing_unnamed(tracker: quotrack.Tracker) -> None:
    a = said(tracker(_REPORT.format(between=" A 2011 report found the opposite.")), "a third")
    assert a.speaker is not None and a.speaker.name == "the report"


def test_a_writing_s_issuer_named_by_surname_gets_the_full_name(tracker: quotrack.Tracker) -> None:
    text = (
        "Press secretary Peter Vance spoke to reporters on Monday. Later, Vance said in a statement "
        'that the talks had ended. "We will not return to the table this year," the statement said.'
    )
    a = said(tracker(text), "the table")
    assert a.speaker is not None and a.speaker.name == "Peter Vance"


def test_part_of_a_writing_is_the_writing_s_issuer(tracker: quotrack.Tracker) -> None:
    text = (
        "On Friday, U.S. District Judge Helen Marsh ruled the ban unlawful.\n\n"
        '"The rule cannot stand," reads Judge Marsh\'s statement.\n\n'
        'Part of the judge\'s statement reads "the state gave no reason for the ban at all."'
    )
    a = said(tracker(text), "no reason")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Helen Marsh", SpeakerKind.PERSON)


def test_a_writing_of_another_kind_names_no_issuer(tracker: quotrack.Tracker) -> None:
    text = (
        "Governor Ann Toll signed an executive order closing the parks. The move came after a judge "
        "ordered the parks to stay open.\n\n"
        "Part of the court order that was not overturned declared that the gates would stay open until noon."
    )
    a = said(tracker(text), "gates")
    assert a.speaker is not None and a.speaker.name != "Ann Toll"


def test_a_study_said_to_be_a_project_between_two_people_is_theirs(tracker: quotrack.Tracker) -> None:
    text = (
        "Biologists published a study on Tuesday about river otters. "
        "The study was a joint project between Maria Olsen of Lund University "
        "and Peter Hald of the Aarhus zoo. "
        "The study found that otters returned to the river after the dam was removed."
    )
    a = said(tracker(text), "otters returned")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Maria Olsen and Peter Hald", SpeakerKind.GROUP)
    assert a.speaker.members == ("Maria Olsen", "Peter Hald")


def test_a_study_led_by_one_person_is_hers(tracker: quotrack.Tracker) -> None:
    text = (
        "The study was led by Maria Olsen, an ecologist at Lund University. "
        "According to the study, otters returned to the river after the dam was removed."
    )
    a = said(tracker(text), "otters returned")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Maria Olsen", SpeakerKind.PERSON)


def test_a_study_with_no_authors_named_stays_as_written(tracker: quotrack.Tracker) -> None:
    text = (
        "Biologists published a study on Tuesday about river otters. "
        "The study found that otters returned to the river after the dam was removed."
    )
    a = said(tracker(text), "otters returned")
    assert a.speaker is not None
    assert a.speaker.kind is not SpeakerKind.PERSON and a.speaker.kind is not SpeakerKind.GROUP


def test_the_researchers_are_the_two_people_who_did_the_study(tracker: quotrack.Tracker) -> None:
    text = (
        "The study was a joint project between Maria Olsen of Lund University "
        "and Peter Hald of the Aarhus zoo. "
        "The researchers noted that otters might return to other rivers as well."
    )
    a = said(tracker(text), "otters might")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Maria Olsen and Peter Hald", SpeakerKind.GROUP)


def test_the_researchers_are_the_one_person_who_led_the_study_when_no_team_is_described(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "The study was led by Maria Olsen, an ecologist at Lund University. "
        "The researchers noted that otters might return to other rivers as well."
    )
    a = said(tracker(text), "otters might")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Maria Olsen", SpeakerKind.PERSON)
    assert a.speaker.description == "The researchers"
    # one of two leads is not who the study is by
    text = (
        'Co-lead author Maria Olsen said, "We were surprised." '
        "The researchers noted that otters might return to other rivers as well."
    )
    a = said(tracker(text), "otters might")
    assert a.speaker is not None and a.speaker.name != "Maria Olsen"


def test_the_researchers_are_the_team_described_by_its_institutions(tracker: quotrack.Tracker) -> None:
    text = (
        "In findings published on Monday, researchers from Lund University and the Aarhus Zoo reported "
        "that otters returned to the river. "
        "The researchers noted that otters might return to other rivers as well."
    )
    a = said(tracker(text), "otters might")
    assert a.speaker is not None
    assert a.speaker.name == "researchers from Lund University and the Aarhus Zoo"
    assert a.speaker.kind is SpeakerKind.UNNAMED
    # a lead author named: hers, the team as described too
    text = text.replace("the river. ", 'the river. Lead author Maria Olsen said, "We were surprised." ')
    for words in ("otters returned", "otters might"):
        a = said(tracker(text), words)
        assert a.speaker is not None and a.speaker.name == "Maria Olsen"
    # two teams described: which one is not said
    text = (
        "Researchers from Lund University studied otters in the north, "
        "and researchers from the Aarhus Zoo studied them in the south. "
        "The researchers noted that otters might return to other rivers as well."
    )
    a = said(tracker(text), "otters might")
    assert a.speaker is not None and a.speaker.name == "The researchers"


def test_scientists_reporting_a_study_are_its_lead_author(tracker: quotrack.Tracker) -> None:
    text = (
        "In a new study released on Monday, scientists report that owls sleep less in winter. "
        'Lead author Marta Olsen, a doctoral student, said, "We were surprised."'
    )
    a = said(tracker(text), "owls sleep less")
    assert a.speaker is not None and a.speaker.name == "Marta Olsen"
    # scientists with no study in their clause stay as written
    text = (
        "Scientists say that owls sleep less in winter. "
        'Lead author Marta Olsen, a doctoral student, said, "We were surprised."'
    )
    a = said(tracker(text), "owls sleep less")
    assert a.speaker is not None and a.speaker.name != "Marta Olsen"


def test_a_study_is_the_team_described_by_its_institutions(tracker: quotrack.Tracker) -> None:
    text = (
        "Researchers at Lund University published a study of owls on Monday. "
        "According to the study, the birds rested four hours a night."
    )
    a = said(tracker(text), "rested four hours")
    assert a.speaker is not None and a.speaker.name == "Researchers at Lund University"


def test_a_study_with_a_named_lead_author_is_theirs(tracker: quotrack.Tracker) -> None:
    text = (
        "In a new study released by the Harwick Institute on Monday, biologists report that owls sleep less "
        'in winter. Lead author Marta Olsen, a doctoral student, said, "We were surprised." '
        "According to the study, the birds rested four hours a night."
    )
    a = said(tracker(text), "rested four hours")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("the study", "Marta Olsen")
    assert a.speaker.kind is SpeakerKind.PERSON and a.speaker.description == "the study"
    # apposed after the writing's noun, too
    text = (
        "According to the study, the birds rested four hours a night. "
        "The study's lead author, Marta Olsen, said the data were clear."
    )
    a = said(tracker(text), "rested four hours")
    assert a.speaker is not None and a.speaker.name == "Marta Olsen"


def test_co_authors_or_two_studies_leave_the_study_unnamed(tracker: quotrack.Tracker) -> None:
    # two co-authors are two of its authors, not who it is by
    text = (
        'Study co-author Marta Olsen said, "We were surprised." '
        "Co-author Pavel Brandt said the work was slow. "
        "According to the study, the birds rested four hours a night."
    )
    a = said(tracker(text), "rested four hours")
    assert a.speaker is not None and a.speaker.name == "the study"
    # a second study introduced: whose lead author she is is not said
    text = (
        "A study of owls found they sleep less in winter, and another study found the opposite. "
        "Lead author Marta Olsen said the data were clear. "
        "According to the study, the birds rested four hours a night."
    )
    a = said(tracker(text), "rested four hours")
    assert a.speaker is not None and a.speaker.name == "the study"


def test_a_writing_s_issuer_is_named_without_the_parser_s_possessive(tracker: quotrack.Tracker) -> None:
    text = "Harbor Watch's website listed the ship in port. Later the website noted that the ship had left."
    a = said(tracker(text), "the ship had left")
    assert a.speaker is not None and a.speaker.name == "Harbor Watch"


def test_a_writing_owned_through_another_writing_is_the_named_owner_s(tracker: quotrack.Tracker) -> None:
    result = "Harwick Shipping Company's website's most recent tracking result"
    a = said(tracker(f"{result} showed the ferry was anchored near the harbour."), "ferry")
    assert a.speaker is not None and a.speaker.name == "Harwick Shipping Company"
    assert a.speaker.kind is SpeakerKind.ORGANIZATION
    assert a.speaker.description == result
    # owned by a description the text names no one for: as written
    text = "The firm's website's most recent tracking result showed the ferry was anchored near the harbour."
    a = said(tracker(text), "ferry")
    assert a.speaker is not None and a.speaker.name == "The firm's website's most recent tracking result"


def test_a_writing_issued_by_a_name_read_as_no_entity_is_that_body(tracker: quotrack.Tracker) -> None:
    text = (
        "The red warning issued by Met Éireann applied to three counties. "
        '"Rivers will burst their banks tonight," read the warning.'
    )
    a = said(tracker(text), "Rivers will burst")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind, a.speaker.description) == (
        "Met Éireann",
        SpeakerKind.ORGANIZATION,
        "the warning",
    )


def test_a_writing_told_by_the_subject_of_its_relative_clause_is_theirs(tracker: quotrack.Tracker) -> None:
    text = "Ann Roe grew up in Leeds. In a story she sometimes told, she had a habit of singing in class."
    a = said(tracker(text), "singing in class")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.description) == ("Ann Roe", "a story she sometimes told")
    text = "According to a statement Larkfield Mining released on Monday, the mine had closed."
    a = said(tracker(text), "the mine had closed")
    assert a.speaker is not None and a.speaker.name == "Larkfield Mining"
    # a writing that tells something itself is no one's
    text = "According to a report that cited two officials, the mine had closed."
    a = said(tracker(text), "the mine had closed")
    assert a.speaker is not None and a.speaker.name != "two officials"


def test_a_court_filing_named_again_by_another_noun_is_the_filers(tracker: quotrack.Tracker) -> None:
    text = (
        "On Monday, the Harwick Tenants Union and the Ohio Legal Aid Society filed a lawsuit. "
        "The complaint says the new rules break state law."
    )
    a = said(tracker(text), "break state law")
    assert a.speaker is not None
    assert a.speaker.kind is SpeakerKind.GROUP and a.speaker.description == "The complaint"
    assert a.speaker.members == ("Harwick Tenants Union", "Ohio Legal Aid Society")
    # one of two filers alone is not the source: the writing stays as written
    text = (
        "On Monday, the Harwick Tenants Union and Larkfield Legal Aid filed a lawsuit against the city. "
        "The complaint says the new rules break state law."
    )
    a = said(tracker(text), "break state law")
    assert a.speaker is not None and a.speaker.name == "The complaint"
    # a writing of another kind is not the filing
    text = "On Monday, the Harwick Tenants Union filed a lawsuit. The report says the rules are new."
    a = said(tracker(text), "the rules are new")
    assert a.speaker is not None and a.speaker.name == "The report"


def test_a_summary_is_a_writing_of_whoever_owns_it(tracker: quotrack.Tracker) -> None:
    text = (
        "The Harwick District Court ruled on the tenants' case on Monday. "
        'The court\'s summary concluded with the statement: "The eviction order is void and of no effect."'
    )
    a = said(tracker(text), "eviction order is void")
    assert a.speaker is not None and a.speaker.name == "Harwick District Court"


def test_a_research_writing_conducted_by_a_body_is_that_bodys(tracker: quotrack.Tracker) -> None:
    text = (
        "The study was conducted by the Centre for Coastal Erosion Research at Harwick College. "
        '"Most of the eastern cliffs will be gone by 2080," reads the report.'
    )
    a = said(tracker(text), "eastern cliffs")
    assert a.speaker is not None
    assert a.speaker.name == "Centre for Coastal Erosion Research"
    assert a.speaker.kind is SpeakerKind.ORGANIZATION
    # two research writings: whose report it is is not said
    text = (
        "The study was conducted by the Centre for Coastal Erosion Research at Harwick College. "
        "A report from 2011 found the opposite. "
        '"Most of the eastern cliffs will be gone by 2080," reads the report.'
    )
    a = said(tracker(text), "eastern cliffs")
    assert a.speaker is not None and a.speaker.kind is not SpeakerKind.ORGANIZATION


def test_a_research_team_is_its_lead_author_or_the_one_who_led_it(tracker: quotrack.Tracker) -> None:
    text = (
        "In findings published on Monday, an international team of scientists reported that owls sleep less "
        'in winter. Lead author Marta Olsen, a doctoral student, said, "We were surprised."'
    )
    a = said(tracker(text), "owls sleep less")
    assert a.speaker is not None and a.speaker.name == "Marta Olsen"
    text = "The Montreal team, led by Marta Olsen, reported that the planet has water vapour in its air."
    a = said(tracker(text), "the planet has")
    assert a.speaker is not None and a.speaker.name == "Marta Olsen"
    # a team that did no research stays as written
    text = "The rescue team, led by Marta Olsen, said that two climbers were still missing."
    a = said(tracker(text), "two climbers")
    assert a.speaker is not None and a.speaker.name == "The rescue team"


def test_a_poll_is_who_the_article_says_conducted_it(tracker: quotrack.Tracker) -> None:
    text = (
        "The mayor leads by ten points among older voters, according to a new Harwick/WTRB poll.\n\n"
        "Her lead among younger voters is smaller, the poll found.\n\n"
        "Rents rose in April.\n\nShipping slowed in May.\n\n"
        "The poll also shows that most voters want a new bridge."
    )
    for words in ("leads by ten points", "lead among younger voters", "want a new bridge"):
        a = said(tracker(text), words)
        assert a.speaker is not None
        assert (a.speaker.name, a.speaker.kind) == ("Harwick/WTRB", SpeakerKind.ORGANIZATION)
    assert said(tracker(text), "want a new bridge").speaker.description == "The poll"  # type: ignore[union-attr]


_BRIDGE = "Most voters want a new bridge, according to "


@pytest.mark.parametrize(
    ("text", "words", "name", "kind"),
    [
        ("A Harwick/WTRB poll shows that most voters want a new bridge.", "new bridge", "Harwick/WTRB", None),
        (_BRIDGE + "an Ardent Research poll last week - as in May.", "new bridge", "Ardent Research", None),
        # the name stops before the kind of poll, and a time before it is no part of it
        (
            "The Harwick Dornsife/WTRB Daybreak tracking poll, which is taken daily, shows the mayor ahead. "
            "This poll also shows that most voters want a new bridge.",
            "new bridge",
            "Harwick Dornsife/WTRB Daybreak",
            None,
        ),
        (_BRIDGE + "an early-October Harwick News poll.", "new bridge", "Harwick News", None),
        # a listed outlet's poll is the outlet's; a poll named by its place keeps its noun
        (_BRIDGE + "a new CNN poll.", "new bridge", "CNN", SpeakerKind.OUTLET),
        (_BRIDGE + "a new Ohio poll.", "new bridge", "Ohio poll", None),
        # a capitalised "Survey" is part of a name of its own; a capitalised "Poll" ends the poll's name
        (
            "Rents rose by 5 percent last year, according to the latest Harwick Community Survey.",
            "Rents rose",
            "Harwick Community Survey",
            None,
        ),
        (_BRIDGE + "the Harwick News/Dover Post Poll.", "new bridge", "Harwick News/Dover Post", None),
    ],
)
def test_a_poll_is_the_name_written_before_its_noun(
    tracker: quotrack.Tracker, text: str, words: str, name: str, kind: SpeakerKind | None
) -> None:
    a = said(tracker(text), words)
    assert a.speaker is not None and a.speaker.name == name
    assert kind is None or a.speaker.kind is kind


def test_a_poll_named_by_who_conducted_it_is_that_pollster(tracker: quotrack.Tracker) -> None:
    text = (
        "Voters are tired of the strike, according to a new poll.\n\n"
        "The survey, conducted by the Ardent Research Institute, shows the mayor ahead."
    )
    a = said(tracker(text), "tired of the strike")
    assert a.speaker is not None and a.speaker.name == "Ardent Research Institute"
    assert a.speaker.description == "a new poll"
    text = (
        "The mayor leads, according to a poll of 612 voters released on Friday by Ardent Research.\n\n"
        "Most voters want a new bridge, the poll found."
    )
    for words in ("The mayor leads", "want a new bridge"):
        a = said(tracker(text), words)
        assert a.speaker is not None and a.speaker.name == "Ardent Research"


def test_a_poll_with_no_name_or_another_poll_stays_as_written(tracker: quotrack.Tracker) -> None:
    text = "A poll was taken in May. The poll found that most voters want a new bridge."
    a = said(tracker(text), "want a new bridge")
    assert a.speaker is not None and a.speaker.name == "The poll"
    # a poll with no name between: another poll, not the Harwick/WTRB one
    text = (
        "A Harwick/WTRB poll shows the mayor ahead. A poll was also taken in May. "
        "The poll found that most voters want a new bridge."
    )
    a = said(tracker(text), "want a new bridge")
    assert a.speaker is not None and a.speaker.name == "The poll"
    # "the earlier poll" is another poll; "the poll" goes past a survey of another noun to the poll
    text = (
        "Most voters want a new bridge, according to a new Harwick/WTRB poll. "
        "The earlier poll found that most voters wanted a tunnel. An Ardent Research survey of mayors shows "
        "the same. But the poll further finds that rents are too high."
    )
    assert said(tracker(text), "wanted a tunnel").speaker.name == "The earlier poll"  # type: ignore[union-attr]
    assert said(tracker(text), "rents are too high").speaker.name == "Harwick/WTRB"  # type: ignore[union-attr]
    # several polls; a poll named by a place is named so
    text = "Polls show that most voters want a new bridge. A Kansas poll shows that rents are too high."
    assert said(tracker(text), "want a new bridge").speaker.name == "Polls"  # type: ignore[union-attr]
    assert said(tracker(text), "rents are too high").speaker.name == "Kansas poll"  # type: ignore[union-attr]


def test_a_body_named_survey_keeps_its_name(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The Northern Geological Survey said the quake was shallow."))
    assert a.speaker is not None and a.speaker.name == "Northern Geological Survey"
    assert a.speaker.description is None


def test_a_note_is_who_the_text_says_it_is_from(tracker: quotrack.Tracker) -> None:
    text = (
        "On his wall, the critic Ann Roe has a signed, handwritten note from Donald Lee. "
        '"Your review is a disgrace!" the note says.'
    )
    a = said(tracker(text), "disgrace")
    assert a.speaker is not None and a.speaker.name == "Donald Lee"
    assert a.speaker.description == "the note"


def test_the_ad_goes_to_the_sponsor_the_text_named_it_from(tracker: quotrack.Tracker) -> None:
    text = (
        "A new ad from the Harwick Action Fund hits the mayor on crime.\n\n"
        "The 30-second spot will air in Boston.\n\n"
        "The ad says the mayor failed the city."
    )
    a = said(tracker(text), "failed the city")
    assert a.speaker is not None and a.speaker.mention is not None
    assert (a.speaker.mention.text, a.speaker.name) == ("The ad", "Harwick Action Fund")
    assert a.speaker.kind == SpeakerKind.ORGANIZATION
    assert any("who the text said sponsored 'The ad'" in e for e in a.explanation)
    text = "The Harwick Action Fund is running an ad on crime. The ad says the mayor failed the city."
    a = said(tracker(text), "failed the city")
    assert a.speaker is not None and a.speaker.name == "Harwick Action Fund"


def test_an_ad_named_after_someone_or_another_ad_names_no_sponsor(tracker: quotrack.Tracker) -> None:
    # "a Lorne ad" may be an ad about Lorne; "a new ad" between is another ad
    text = "A Lorne ad ran all week. The ad says the mayor failed the city."
    a = said(tracker(text), "failed the city")
    assert a.speaker is not None and a.speaker.name == "The ad"
    text = (
        "A new ad from the Harwick Action Fund hits the mayor on crime. A new ad hits the governor. "
        "The ad says the mayor failed the city."
    )
    a = said(tracker(text), "failed the city")
    assert a.speaker is not None and a.speaker.name == "The ad"


def test_a_poll_named_by_its_pollster_s_initials_is_named_as_the_pollster_was(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Ann Roe leads Tom Lee in Ohio, according to a new survey by the Harwick Policy Institute of "
        "Ohio.\n\n"
        "Among older voters, Roe leads by 12 points, the HPIO poll found."
    )
    a = said(tracker(text), "12 points")
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.kind) == ("Harwick Policy Institute of Ohio", SpeakerKind.ORGANIZATION)
    # initials no organisation of the text makes stay as written
    a = said(tracker(text.replace("HPIO", "HPRI")), "12 points")
    assert a.speaker is not None and a.speaker.name == "HPRI"


def test_a_share_of_a_poll_s_respondents_is_the_pollster_s(tracker: quotrack.Tracker) -> None:
    text = (
        "A new Acme University poll, out on Wednesday, asked 1,200 people in the state.\n\n"
        "Twenty-two percent said the governor deserved no blame for the deficit."
    )
    speaker = said(tracker(text), "deserved no blame").speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.description) == (
        "Acme University",
        SpeakerKind.ORGANIZATION,
        "Twenty-two percent",
    )


def test_a_share_whose_sentence_names_its_poll_after_it_is_that_pollster_s(tracker: quotrack.Tracker) -> None:
    text = (
        "An Orchard Institute poll in May found the mayor ahead.\n\n"
        "Sixty percent of voters said they distrusted the council in an Acme University poll this week."
    )
    speaker = said(tracker(text), "distrusted the council").speaker
    assert speaker is not None
    assert (speaker.name, speaker.description) == ("Acme University", "Sixty percent of voters")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "A new Keystone Civic Research poll came out on Tuesday.\n\n"
            "Six in 10 independents said the state was headed in the wrong direction.",
            "Six in 10 independents",
        ),
        (
            "A new poll by Keystone Civic Research came out on Tuesday. "
            "Most respondents said the state was headed in the wrong direction.",
            "Most respondents",
        ),
        (  # the pollster named as the agent of the poll's passive
            "The survey of 1,102 likely voters was conducted by Keystone Civic Research.\n\n"
            "Six in 10 said the state was headed in the wrong direction.",
            "Six in 10",
        ),
    ],
)
def test_a_counted_part_of_a_poll_s_respondents_is_the_pollster_s(
    tracker: quotrack.Tracker, text: str, share: str
) -> None:
    """'Six in 10 independents said …' of a poll in view is the pollster's finding."""
    speaker = said(tracker(text), "wrong direction").speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.description) == (
        "Keystone Civic Research",
        SpeakerKind.ORGANIZATION,
        share,
    )


def test_a_pollster_named_like_a_company_keeps_its_whole_name(tracker: quotrack.Tracker) -> None:
    """'The latest Halvorsen Reports poll': Halvorsen Reports, not Halvorsen."""
    text = (
        "The latest Halvorsen Reports poll shows the governor leading 44 percent to 37 percent. "
        "Once again this month, the Halvorsen poll found that she was ahead."
    )
    speakers = {a.speaker.name for a in tracker(text).attributions if a.speaker is not None}
    assert speakers == {"Halvorsen Reports"}


def test_a_poll_conducted_by_a_listed_outlet_is_the_outlet_s(tracker: quotrack.Tracker) -> None:
    text = "In a survey conducted by ABC News last week, 41 percent of those asked said the race was tight."
    speaker = said(tracker(text), "race was tight").speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("ABC News", SpeakerKind.OUTLET)


@pytest.mark.parametrize(
    "text",
    [
        "Half of the members said they would oppose the plan.",  # no poll at all
        "Most voters said they would oppose the plan.",  # most of some people, no poll at all
        "A poll was taken in May.\n\nThe vote came later.\n\nAlmost half said they preferred an outsider.",
    ],
)
def test_a_share_with_no_poll_in_view_is_a_group(tracker: quotrack.Tracker, text: str) -> None:
    speaker = only(tracker(text)).speaker
    assert speaker is not None and speaker.kind is SpeakerKind.GROUP
    assert speaker.name == speaker.mention.text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The findings of exit surveys conducted for two broadcasters by Harbor Research suggested that "
            "most voters wanted change.",
            "Harbor Research",
        ),
        (
            "The findings of exit surveys conducted by Harbor Research for two broadcasters suggested that "
            "most voters wanted change.",
            "Harbor Research",
        ),
        (
            "A survey conducted for the council by Harbor Research found that most voters wanted change.",
            "Harbor Research",
        ),
        (
            "Exit surveys suggested that most voters wanted change.",
            "Exit surveys",
        ),  # several, no one pollster
    ],
)
def test_polls_one_pollster_conducted_are_that_pollsters(
    tracker: quotrack.Tracker, text: str, speaker: str
) -> None:
    found = only(tracker(text)).speaker
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The audit by the Harbor Office of Inspector General was released Wednesday. "
            "The audit found that 612 claims involved veterans who had died.",
            "Harbor Office of Inspector General",
        ),
        (
            "State Sen. Rick Galloway released an ad last week. "
            "Galloway's ad claims Ann Harlow cut school funding by 20 percent.",
            "Rick Galloway",
        ),
    ],
)
def test_an_audit_and_an_ad_speak_for_who_made_them(
    tracker: quotrack.Tracker, text: str, source: str
) -> None:
    """'The audit found' is the inspector general's, named with it; 'Galloway's ad claims' Rick Galloway's."""
    speaker = said(tracker(text), "claims" if "612" in text else "school funding").speaker
    assert speaker is not None and speaker.name.removeprefix("the ") == source


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "The harbour master's office said in a written statement that two piers were shut. "
            "The statement added that ferries would run on Sunday.",
            "ferries would run",
            "The harbour master's office",
        ),
        (  # a press release, named as a release and then as a statement
            "The county health department said in a news release that three cases were confirmed. "
            "The statement added that the risk to the public remained low.",
            "the risk to the public",
            "The county health department",
        ),
        (  # a definite mention between keeps the first in view
            "The transit agency's board said in a statement that fares would rise. "
            "Riders criticised the statement on Monday.\n\n"
            "The statement also said that night buses would be cut.",
            "night buses would be cut",
            "The transit agency's board",
        ),
    ],
)
def test_a_statement_speaks_for_the_speaker_who_issued_it(
    tracker: quotrack.Tracker, text: str, claim: str, speaker: str
) -> None:
    a = said(tracker(text), claim)
    assert a.speaker is not None and a.speaker.mention is not None
    assert a.speaker.name == speaker
    assert a.speaker.mention.text.lower().startswith("the")


@pytest.mark.parametrize(
    "text",
    [
        # another statement, introduced as one from no one said
        "The harbour master's office said in a written statement that two piers were shut. "
        "A statement was later posted at the gate. The statement said that the gate was locked.",
        # a pronoun no one has been named for is no issuer
        "She said in a statement that two piers were shut. The statement added that ferries would run.",
    ],
)
def test_a_statement_no_speaker_issued_stays_as_written(tracker: quotrack.Tracker, text: str) -> None:
    a = tracker(text).attributions[-1]
    assert a.speaker is not None and a.speaker.name.lower() == "the statement"


@pytest.mark.parametrize(
    "text",
    [
        "In a poll conducted by Delmont Research and the Harwick Courier, 41 percent of voters said "
        "they trusted the council.",
        "In a survey conducted by Delmont Research and the Harwick Institute, 41 percent of voters said "
        "they trusted the council.",
    ],
)
def test_a_poll_conducted_by_two_bodies_is_both_of_theirs(tracker: quotrack.Tracker, text: str) -> None:
    a = said(tracker(text), "trusted the council")
    assert a.speaker is not None and a.speaker.kind is SpeakerKind.GROUP
    assert len(a.speaker.members) == 2
    assert {m.removeprefix("the ") for m in a.speaker.members} >= {"Delmont Research"}


def test_a_court_brief_speaks_for_who_filed_it(tracker: quotrack.Tracker) -> None:
    text = "The judge heard both sides on Monday. Marta Velez's brief said that the files should stay sealed."
    a = said(tracker(text), "files should stay sealed")
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Marta Velez", SpeakerKind.PERSON)


def test_a_lead_author_is_named_without_a_title(tracker: quotrack.Tracker) -> None:
    text = (
        "Lead author Dr Sunita Raghavan said the effect was small. "
        "According to the study, sleep fell by an hour."
    )
    a = said(tracker(text), "sleep fell")
    assert a.speaker is not None and a.speaker.name == "Sunita Raghavan"
