"""Where a reported claim starts and ends (quotrack.detectors.claim_extent): tags, colons, quotations."""

from __future__ import annotations

import pytest
from _support import mention, only

import quotrack
from quotrack import Kind


@pytest.mark.parametrize(
    "text",
    [
        "Because the river is shallow, the report says, the town floods every spring.",
        "Because warm water is lighter, says the study, it rises above the colder layers.",
    ],
)
def test_a_clause_before_a_parenthetical_cue_is_the_claims(tracker: quotrack.Tracker, text: str) -> None:
    a = only(tracker(text))
    assert a.pieces[0].text.startswith("Because") and len(a.pieces) == 2


def test_a_parenthetical_tag_in_a_relative_clause_leaves_the_pronoun_out(tracker: quotrack.Tracker) -> None:
    text = "The council bought the old mill which, the mayor said, had stood empty for years."
    a = only(tracker(text))
    assert [p.text for p in a.pieces] == ["had stood empty for years"]


def test_a_parenthetical_tag_after_a_semicolon_speaks_for_its_own_clause(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The bridge was closed on Monday; the repairs, the mayor said, would take a month."))
    assert [p.text for p in a.pieces] == ["the repairs", "would take a month."]


def test_an_infinitive_after_the_object_is_part_of_it(tracker: quotrack.Tracker) -> None:
    text = "The union announced a series of non-binding steps to tighten safety rules in warehouses."
    found = only(tracker(text))
    assert found.content.text == "a series of non-binding steps to tighten safety rules in warehouses"


def test_described_as_names_the_object(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The harbour master described the new breakwater as a costly mistake."))
    assert found.speaker is not None and found.speaker.name == "The harbour master"
    assert found.content.text == "the new breakwater as a costly mistake"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor cast her rival as a man with a narrow message.", "her rival as a man with a narrow message"),
        ("The new ad paints the mayor as a friend of developers.", "the mayor as a friend of developers"),
    ],
)
def test_cast_and_paint_as_name_the_object(tracker: quotrack.Tracker, text: str, content: str) -> None:
    assert only(tracker(text)).content.text == content
    assert tracker("The crew cast a net into the bay.").attributions == ()


def test_described_without_as_takes_what_was_described(tracker: quotrack.Tracker) -> None:
    (found,) = tracker("The harbour master described the storm to the visitors.").attributions
    assert found.content.text.startswith("the storm")
    assert mention(found) == "The harbour master"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The two ministers discussed the new border rules on Tuesday.", "discussed", "the new border rules"),
        (
            "The coach talked about the pressure of the final game.",
            "talked about",
            "the pressure of the final game",
        ),
        (
            "The budget office cited the new tax as a major reason for the smaller deficit.",
            "cited",
            "the new tax as a major reason for the smaller deficit",
        ),
        (
            "Police reported at least 12 injuries at the stadium.",
            "reported",
            "at least 12 injuries at the stadium",
        ),
        ("The mayor tweeted a photo of the new bridge.", "tweeted", "a photo of the new bridge"),
        ("The governor laid out her plan for the harbour on Monday.", "laid out", "her plan for the harbour"),
        (
            "The coach highlighted the team's strong defence in the second half.",
            "highlighted",
            "the team's strong defence",
        ),
        (
            "The mayor reminded voters that the new library had opened on time.",
            "reminded",
            "the new library had opened on time",
        ),
        (
            "The report implied that the bridge had never been safe.",
            "implied",
            "the bridge had never been safe",
        ),
        (
            "The mayor assured residents that the water was safe to drink.",
            "assured",
            "the water was safe to drink",
        ),
        (
            "The coach joked about moving to the coast if the team lost again.",
            "joked about",
            "moving to the coast if the team lost again",
        ),
        (
            "The coach apologized for the team's poor showing on Saturday.",
            "apologized for",
            "the team's poor showing on Saturday",
        ),
        (
            "The governor pointed to the falling crime rate in the capital.",
            "pointed to",
            "the falling crime rate in the capital",
        ),
    ],
)
def test_a_topic_or_object_of_talk_is_what_was_said(
    tracker: quotrack.Tracker, text: str, cue: str, content: str
) -> None:
    found = only(tracker(text))
    assert found.cue is not None and found.cue.text == cue
    assert found.content.text == content


def test_what_a_topic_was_called_goes_with_it(tracker: quotrack.Tracker) -> None:
    found = only(tracker('The mayor referred to the protesters as "my friends" and left.'))
    assert found.kind is Kind.MIXED
    assert found.content.text == 'the protesters as "my friends"'


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The mill was a success, Ms. Ortiz said, until it closed in 2004.",
            ["The mill was a success", "until it closed in 2004."],
        ),
        (
            "The letters covered many topics, the paper said, including budgets and hiring.",
            ["The letters covered many topics", "including budgets and hiring"],
        ),
        (
            "Exports fell 9 percent last year, the office said in a report, and imports rose 2 percent.",
            ["Exports fell 9 percent last year", "imports rose 2 percent."],
        ),
        (
            "The ferry was overloaded, officials said, and should not have left the port.",
            ["The ferry was overloaded", "should not have left the port"],
        ),
        # "it" before the tag stands for the that-clause after it
        (
            "It is no surprise, Ms. Lee said, that the mayor did better among renters than owners.",
            ["It is no surprise", "the mayor did better among renters than owners"],
        ),
    ],
)
def test_the_content_goes_on_after_a_tag_set_inside_it(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    found = only(tracker(text))
    assert [p.text for p in found.pieces] == pieces
    assert found.content.text.startswith(pieces[0]) and found.content.text.endswith(pieces[-1])


def test_an_it_clause_set_off_by_a_colon_is_no_part_of_the_claim(tracker: quotrack.Tracker) -> None:
    found = only(tracker("It was no secret: soon Lee declared that the port would close."))
    assert found.content.text == "the port would close"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan is sound, the engineer said, as the crowd began to cheer.", "The plan is sound"),
        ("The plan is sound, the engineer said, and left the room.", "The plan is sound"),
        ("The plan is sound, the engineer said in a statement.", "The plan is sound"),
        ("The plan is sound, the engineer said, according to the minutes.", "The plan is sound"),
    ],
)
def test_the_tellers_own_doings_after_the_tag_stay_out(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert tracker(text).attributions[0].content.text == content


def test_a_quotation_ends_at_its_closing_mark(tracker: quotrack.Tracker) -> None:
    result = tracker("“We won the vote,” Ms. Ortiz said, and soon the crowd went home.")
    assert [a.content.text for a in result.attributions] == ["We won the vote"]


@pytest.mark.parametrize(
    "text",
    [
        "He wrote: “It is time to fix the roads,” and shared a link to his website.",
        "The mayor tweeted “It is time to fix the roads,” and shared a link to her website.",
    ],
)
def test_a_quotation_closed_on_a_comma_ends_the_content(tracker: quotrack.Tracker, text: str) -> None:
    assert [a.content.text for a in tracker(text).attributions] == ["It is time to fix the roads"]


def test_a_not_only_content_goes_on_through_its_but_half(tracker: quotrack.Tracker) -> None:
    text = "Tests showed it leaked, indicating not only does the wall have a crack, but the crack is growing."
    assert "not only does the wall have a crack, but the crack is growing" in [
        a.content.text for a in tracker(text).attributions
    ]


def test_a_quoted_complement_stops_before_the_speakers_next_act(tracker: quotrack.Tracker) -> None:
    text = 'The mayor tweeted "Deeply saddened by the fire" and offered "thanks to the crews who fought it."'
    contents = [a.content.text for a in tracker(text).attributions]
    assert "Deeply saddened by the fire" in contents
    assert not any("offered" in content for content in contents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The paper quoted Ann Lee, a former port official, as saying "the port has an important '
            'role in the larger response to the storm" and "[i]f there\'s a flood, the port needs to be '
            'involved."',
            'the port has an important role in the larger response to the storm" and "[i]f there\'s a flood, '
            "the port needs to be involved.",
        ),
        (
            'The mayor said the bridge "is used every day by thousands of people, including the children of '
            "the town [...] It's always risky when the council tries to close it.\"",
            'the bridge "is used every day by thousands of people, including the children of the town [...] '
            "It's always risky when the council tries to close it.\"",
        ),
    ],
)
def test_a_content_that_stops_inside_a_quotation_goes_on_to_its_end(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A study notes that three things happen at once: prices rise, rates are low and banks lend.",
            "three things happen at once: prices rise, rates are low and banks lend.",
        ),
        (
            "The mayor said the city faces two choices: it can raise taxes or it can cut services.",
            "the city faces two choices: it can raise taxes or it can cut services.",
        ),
    ],
)
def test_what_a_colon_after_the_content_opens_goes_with_it(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He cited his own endorsements from 88 generals and admirals on Tuesday.",
            "his own endorsements from 88 generals and admirals",
        ),
        (
            "The agency reported at least 20 cases at a care home in the north.",
            "at least 20 cases at a care home in the north",
        ),
    ],
)
def test_an_object_keeps_the_phrases_hung_on_the_cue_after_it(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rescue workers have indicated a criminal probe is ongoing.", "a criminal probe is ongoing"),
        ("Firefighters have indicated an inquiry is under way.", "an inquiry is under way"),
        (
            "Early findings suggest a new valve on the pump, which had never failed before, was "
            "letting the water back in.",
            "a new valve on the pump, which had never failed before, was letting the water back in",
        ),
    ],
)
def test_a_subject_the_parser_made_the_object_stays_in_the_content(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Several festivals are being held in this period, including concerts, yoga and parades, "
            "newspaper The Courier reported.",
            "Several festivals are being held in this period, including concerts, yoga and parades",
        ),
        (
            "An engineer said that the old dam, which was built in 1950, makes the new one unnecessary, "
            "the Valley Herald reported.",
            "the old dam, which was built in 1950, makes the new one unnecessary",
        ),
    ],
)
def test_the_tag_after_a_claim_is_no_part_of_it(tracker: quotrack.Tracker, text: str, content: str) -> None:
    found = tracker(text).attributions
    assert found and all(a.content.text == content for a in found)
    assert all("reported" not in piece.text for a in found for piece in a.pieces)


def test_an_adjective_the_cue_predicates_keeps_the_claims_sense(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The minister called it unlikely that the council would fund the bridge."))
    assert a.content.text == "it unlikely that the council would fund the bridge"


def test_an_adjective_that_only_says_the_claim_is_evident_is_left_out(tracker: quotrack.Tracker) -> None:
    found = tracker("She called it clear that the council would fund the bridge.")
    assert any(a.content.text == "the council would fund the bridge" for a in found.attributions)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "The bridge would be inspected, the engineer said, to determine if it had held.",
            ["The bridge would be inspected", "to determine if it had held"],
        ),
        (
            "It is one of many farms, which together keep more than two thousand goats, officials report, "
            "a herd larger than any in the region.",
            [
                "It is one of many farms, which together keep more than two thousand goats",
                "a herd larger than any in the region",
            ],
        ),
    ],
)
def test_the_content_goes_on_after_a_tag_inside_it(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    assert [p.text for p in only(tracker(text)).pieces] == pieces


def test_a_clause_before_a_colon_is_not_what_the_cue_after_it_found(tracker: quotrack.Tracker) -> None:
    text = (
        "Most moulds live in the soil. The new strain, however, can live in both wet and dry wood: "
        "the researchers found large amounts of it in samples taken from old beams."
    )
    found = [a for a in tracker(text).attributions if "both wet and dry wood" in a.content.text]
    assert found == []
    # a report fronted before its tag with a comma is still the tag's
    text = "The strain can live in dry wood, the researchers found."
    (found,) = tracker(text).attributions
    assert found.speaker is not None and found.content.text.startswith("The strain can live")


def test_a_subject_parsed_as_the_object_keeps_the_phrase_after_it(tracker: quotrack.Tracker) -> None:
    a = only(tracker("The newspaper reported the studio due to the storm has delayed the premiere."))
    assert a.content.text == "the studio due to the storm has delayed the premiere"


def test_a_noun_phrase_the_parser_broke_is_finished_in_the_object(tracker: quotrack.Tracker) -> None:
    text = "A neighbour described a garage being used as an explosives depot ahead of the planned attack."
    a = only(tracker(text))
    assert a.content.text == "a garage being used as an explosives depot ahead of the planned attack"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said at a briefing yesterday morning the bridge would reopen.",
            "the bridge would reopen",
        ),
        ("The minister also said earlier he might resign.", "he might resign"),
        (
            "The mayor said that last year the bridge had cost too much.",
            "last year the bridge had cost too much",
        ),
    ],
)
def test_a_time_after_the_cue_tells_when_it_was_said(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    (found,) = tracker(text).attributions
    assert found.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee told news agency AFP safety rules had been followed.", "safety rules had been followed"),
        ("Lee told Lisbon-based media network EURONEWS safety rules were kept.", "safety rules were kept."),
        ("Lee told reporters Microsoft shares would fall.", "Microsoft shares would fall"),
    ],
)
def test_the_outlet_told_is_no_part_of_the_claim(tracker: quotrack.Tracker, text: str, content: str) -> None:
    (found,) = tracker(text).attributions
    assert found.content.text == content


def test_a_clause_past_a_semicolon_is_not_the_cue_s(tracker: quotrack.Tracker) -> None:
    # the parser may hang the clause after the semicolon on "found" as its complement
    text = (
        "A search of Smith's truck found an alleged murder weapon, which was not publicly identified; "
        "inside Smith's home was a bag with rope, a glove, duct tape, and a tarp."
    )
    assert not any("bag" in a.content.text for a in tracker(text).attributions)


def test_an_object_stops_before_a_subordinator_hung_on_the_cue(tracker: quotrack.Tracker) -> None:
    # the parser may hang "while as of yesterday" on "announced" as an "as" phrase: the writer's next clause
    text = (
        "Police later announced an arrest of a farmer in the theft "
        "while as of yesterday two other suspects were still at large."
    )
    assert only(tracker(text)).content.text == "an arrest of a farmer in the theft"


def test_a_quotation_ends_before_a_participle_after_it(tracker: quotrack.Tracker) -> None:
    # the parser may hang ", while addressing …" inside the quoted clause: what the speaker was doing
    text = 'The president said, "We will win this fight", while addressing supporters on Monday.'
    assert only(tracker(text)).content.text == "We will win this fight"


def test_a_request_stops_before_a_tensed_verb_joined_to_its_infinitive(tracker: quotrack.Tracker) -> None:
    # the parser may co-ordinate "spoke" with "reconsider": the minister's next act
    found = only(
        tracker("The minister urged the embassy to reconsider and spoke with the ambassador about the case.")
    )
    assert found.content.text == "the embassy to reconsider"


def test_a_request_keeps_two_infinitives(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The minister urged the embassy to reconsider and apologise to the family."))
    assert found.content.text == "the embassy to reconsider and apologise to the family"


def test_a_cue_with_its_object_after_it_is_no_tag_on_the_clause_before(tracker: quotrack.Tracker) -> None:
    # the parser may make "reasoned" the complement of "shown": "shown" takes an object, no tag does
    text = (
        "If the cattle had been bred for milk, the team reasoned, "
        "the old bones would have shown much greater wear."
    )
    assert not any(a.cue is not None and a.cue.text == "shown" for a in tracker(text).attributions)
    assert only(tracker("Prices will rise next year, the minister told reporters.")).content.text == (
        "Prices will rise next year"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The weather office also warned of heavy snow, with up to two metres on the northern passes.",
            "heavy snow, with up to two metres on the northern passes",
        ),
        (
            "The agency warned of power cuts, with engineers reporting damage to three substations.",
            "power cuts",
        ),
    ],
)
def test_a_verbless_with_phrase_after_the_object_is_its_detail(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    # a "with" phrase the parser hangs on the cue ends the sentence with a detail of what was warned of;
    # one with a verb of its own is the writer's next clause
    assert tracker(text).attributions[0].content.text == content


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Already-queued orders will keep the plant busy for years, Smith said, and paying back the "
            "loan seems realistic; some analysts called this optimistic, as the market is full.",
            [
                "Already-queued orders will keep the plant busy for years",
                "paying back the loan seems realistic",
            ],
        ),
        (
            "The bridge will reopen in May, the mayor said, and the tolls are likely to fall; critics "
            "called this unrealistic.",
            ["The bridge will reopen in May", "and the tolls are likely to fall"],
        ),
    ],
)
def test_a_claim_goes_on_after_its_tag_up_to_a_semicolon(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    # the parser may hang the clause after the tag on the verb past the semicolon, or run the
    # tag's clause on into the next sentence of the writer's
    assert [p.text for p in tracker(text).attributions[0].pieces] == pieces


def test_a_name_after_the_outlet_told_is_the_claims_subject(tracker: quotrack.Tracker) -> None:
    # the parser runs "CNN Smith" into one name, the object of "told", leaving "was" no subject
    text = 'The senator told CNN Smith "was a great man" on Monday.'
    claim = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "told")
    assert claim.kind is quotrack.Kind.MIXED
    assert claim.content.text == 'Smith "was a great man" on Monday'


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # where the claim's event was: the words after the tag's closing comma go on with the claim
        (
            "The fire started, police said, in a kitchen on the third floor.",
            ["The fire started", "in a kitchen on the third floor"],
        ),
        (
            "The leak began, the water board explained, near the old pumping station when a valve failed.",
            ["The leak began", "near the old pumping station when a valve failed"],
        ),
        # the telling's setting or time: the tag's own phrase
        ("The plan will fail, the minister said, in an interview with the Gazette.", ["The plan will fail"]),
        ("The bridge is safe, the engineer said, on condition of anonymity.", ["The bridge is safe"]),
        ("Prices will rise, the bank said, on Monday.", ["Prices will rise"]),
    ],
)
def test_a_place_after_a_tag_set_inside_the_claim_goes_on_with_it(
    tracker: quotrack.Tracker, text: str, pieces: list[str]
) -> None:
    assert [p.text for p in only(tracker(text)).pieces] == pieces


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a place the parser hung on an evidence cue, next to what was found or shown: the finding's
        (
            "The survey team also found in 12 districts most of the wells were contaminated.",
            "in 12 districts most of the wells were contaminated",
        ),
        (
            "The latest AIS result showed the ship underway a few miles off Lisbon.",
            "the ship underway a few miles off Lisbon",
        ),
        # a manner or an amount is no place
        (
            "The audit showed in detail how the council had spent the fund.",
            "how the council had spent the fund",
        ),
    ],
)
def test_a_place_next_to_a_finding_is_the_finding_s(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert found.content.text == content


def test_a_place_after_a_speech_cue_is_where_it_was_said(tracker: quotrack.Tracker) -> None:
    (found,) = [
        a
        for a in tracker("Police said in Paris the suspect had fled.").attributions
        if a.detector == "reported"
    ]
    assert found.content.text == "the suspect had fled"


def test_a_finding_cut_at_a_but_the_parser_left_dangling_goes_on_to_the_sentence_end(
    tracker: quotrack.Tracker,
) -> None:
    # the parser made the half after "but" the sentence's verb and "showed" its complement
    text = (
        "Results showed the bees hovered over both kinds of flowers at roughly the same rate but, "
        "over blue flowers, they did not always slow down fast enough to land safely."
    )
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert found.content.text.endswith("they did not always slow down fast enough to land safely")


def test_a_claim_before_a_but_with_a_claim_of_its_own_stays_apart(tracker: quotrack.Tracker) -> None:
    text = "The driver denied any wrongdoing, but after seeing the video he admitted he had been speeding."
    found = [a.content.text for a in tracker(text).attributions if a.detector == "reported"]
    assert "he had been speeding" in found
    assert not any("wrongdoing" in c and "speeding" in c for c in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a desire voiced: the infinitive is what was said, with what the desire is for
        (
            "The mayor expressed a desire to work with the unions to build more homes.",
            "to work with the unions to build more homes",
        ),
        (
            "The minister expressed his willingness to meet the strikers on Monday.",
            "to meet the strikers on Monday",
        ),
    ],
)
def test_a_desire_voiced_takes_its_infinitive(tracker: quotrack.Tracker, text: str, content: str) -> None:
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert found.content.text == content


def test_an_including_phrase_after_a_reported_object_details_it(tracker: quotrack.Tracker) -> None:
    text = (
        "Since then, the ministry has reported more cases of flu, "
        "including 90 in the single week before the school closed."
    )
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert found.content.text == "more cases of flu, including 90 in the single week before the school closed"


def test_an_ing_word_of_the_tag_noun_stays_out_of_the_claim(tracker: quotrack.Tracker) -> None:
    text = (
        "Canadian professional boxer and television host Anna Berg, age 31, has died, "
        "boxing promotion Golden Ring Fights (GRF) announced yesterday."
    )
    assert only(tracker(text)).content.text == (
        "Canadian professional boxer and television host Anna Berg, age 31, has died"
    )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The coach told NPR Hamza Ali had left the club in June.", "Hamza Ali had left the club in June"),
        ("The mayor told Reuters Microsoft shares would fall.", "Microsoft shares would fall"),
    ],
)
def test_an_outlet_told_is_no_part_of_the_subject(tracker: quotrack.Tracker, text: str, claim: str) -> None:
    assert only(tracker(text)).content.text == claim


def test_a_parenthesis_inside_the_subject_keeps_its_first_half(tracker: quotrack.Tracker) -> None:
    text = (
        "Police said scores of PKK (Kurdistan Workers' Party) members fled "
        "following raids on a village near Van."
    )
    assert only(tracker(text)).content.text.startswith("scores of PKK (Kurdistan")


def test_a_since_phrase_after_a_counted_object_is_part_of_it(tracker: quotrack.Tracker) -> None:
    found = only(tracker("The ministry reported 40 new cases of measles in the capital since Monday."))
    assert found.content.text == "40 new cases of measles in the capital since Monday"


def test_a_so_clause_right_after_the_content_goes_on_with_the_claim(tracker: quotrack.Tracker) -> None:
    text = (
        'He said it would be "a rule of travel" and "surgical masks[...] we must save for hospital staff" '
        'so the general public should wear "the sort of cloth you can easily cut at home."'
    )
    assert only(tracker(text)).content.text.endswith(
        'should wear "the sort of cloth you can easily cut at home."'
    )


def test_a_so_clause_after_a_comma_is_the_writers(tracker: quotrack.Tracker) -> None:
    text = "The mayor said the bridge would stay shut, so drivers took the ferry."
    assert only(tracker(text)).content.text == "the bridge would stay shut"


def test_a_listed_outlet_told_before_a_lower_case_subject_is_no_part_of_the_claim(
    tracker: quotrack.Tracker,
) -> None:
    text = "The union leader told Agence France-Presse rent has been raised to push tenants out."
    assert only(tracker(text)).content.text == "rent has been raised to push tenants out"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A harbour official told The Coastal Herald radio warnings were being sent to all boats.",
            "radio warnings were being sent to all boats.",
        ),
        ("The mayor told Reuters oil prices would rise next year.", "oil prices would rise next year."),
    ],
)
def test_a_named_addressee_told_before_a_common_noun_leaves_the_noun_to_the_claim(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    assert only(tracker(text)).content.text == claim.rstrip(".")


def test_a_named_day_right_after_the_cue_dates_the_telling(tracker: quotrack.Tracker) -> None:
    text = "County police said on Monday they believe the burglary involved three people and a van."
    assert only(tracker(text)).content.text == "they believe the burglary involved three people and a van"


def test_that_clauses_set_off_by_semicolons_are_one_series(tracker: quotrack.Tracker) -> None:
    text = (
        "The authors reported that early frosts were mostly caused by dry air; that altitude was "
        "a major factor in which farms suffered; and that a large share of the losses came from one valley."
    )
    content = only(tracker(text)).content.text
    assert content.startswith("early frosts") and content.endswith("came from one valley")


def test_a_pronoun_that_after_a_semicolon_is_the_writers(tracker: quotrack.Tracker) -> None:
    text = "The mayor said that taxes would fall next spring; that was never going to happen."
    assert only(tracker(text)).content.text == "taxes would fall next spring"


def test_a_quoted_adjective_the_object_was_called_makes_the_claim_with_the_object(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "In a press release issued the following day, the council denounced the conclusions of the "
        'review, calling the agreements "legitimate and fully compatible with national law".'
    )
    found = only(tracker(text))
    assert found.kind is Kind.MIXED
    assert found.content.text == 'the agreements "legitimate and fully compatible with national law"'


def test_a_tag_inside_a_whose_clause_speaks_for_that_clause(tracker: quotrack.Tracker) -> None:
    text = "Lee chaired the meeting, a step whose rarity, the paper noted, showed how serious the crisis was."
    noted = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "noted")
    assert [p.text for p in noted.pieces] == ["whose rarity", "showed how serious the crisis was."]


def test_a_tag_after_a_whole_relative_clause_keeps_the_subject(tracker: quotrack.Tracker) -> None:
    text = "The thing that the senator most needs, aides said, is a win in Ohio."
    assert only(tracker(text)).pieces[0].text == "The thing that the senator most needs"


def test_a_because_clause_hung_on_the_verb_before_to_say_goes_on_with_the_claim(
    tracker: quotrack.Tracker,
) -> None:
    text = (
        "Reed went on to say he was not giving them the longest possible sentence because they had "
        '"accepted blame at an early stage in the trial" by pleading guilty to nine charges each and '
        '"spared your family having to relive the pain they endured in that house."'
    )
    said = next(a for a in tracker(text).attributions if a.cue is not None and a.cue.text == "say")
    assert said.kind is Kind.MIXED
    assert said.content.text.endswith('relive the pain they endured in that house."')


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The agency called the resulting food shortage the worst in a century.",
            "the resulting food shortage the worst in a century",
        ),
        ("The critic called the film the best on Friday.", "the film the best"),
    ],
)
def test_what_a_superlative_the_object_was_called_is_among_goes_with_it(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    assert only(tracker(text)).content.text == claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Roe called the new budget “far, far better” than the old one, since it cuts waste.",
            "the new budget “far, far better” than the old one",
        ),
        (
            "Still, Roe called the new code “far, far clearer” than Keep Streets Clean, since it is short.",
            "the new code “far, far clearer” than Keep Streets Clean",
        ),
        ("Lee called the deal better than nothing.", "the deal better than nothing"),
    ],
)
def test_what_a_comparative_the_object_was_called_is_measured_against_goes_with_it(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    assert only(tracker(text)).content.text == claim


def test_a_tag_inside_the_clause_after_a_semicolon_speaks_for_that_clause(tracker: quotrack.Tracker) -> None:
    """'A; B, officials said, C': the clause before the semicolon is the writer's."""
    text = (
        "A lorry and a van broke through the barrier before hitting other cars; around 30 gallons of oil, "
        "officials said, spilled and burned."
    )
    (found,) = [a for a in tracker(text).attributions if a.detector == "reported"]
    assert [p.text for p in found.pieces] == ["around 30 gallons of oil", "spilled and burned."]


def test_a_sentence_run_into_the_tag_after_a_closed_quotation_is_the_writers(
    tracker: quotrack.Tracker,
) -> None:
    """'X told the press, "A[.]" B': the parser may run the writer's next sentence into the tag's."""
    text = (
        'The historian Ann Lee told reporters in a separate interview, "Strangers have historically been '
        'accused of spreading disease regardless of what the evidence may show[.]" As of Tuesday there had '
        "been reports of people shunning visitors in several ports, including Dover and Hull."
    )
    found = tracker(text).attributions
    assert [a.detector for a in found] == ["quotes"]


def test_a_verb_that_sends_its_object_on_is_no_topic_cue(tracker: quotrack.Tracker) -> None:
    """'referred them to the full council': a referral, not 'referred to the plan'."""
    text = (
        "Minutes before the committee voted to refer them to the full council to be censured, "
        "the mayor claimed the files were private."
    )
    assert [a.content.text for a in tracker(text).attributions] == ["the files were private"]
    (found,) = tracker("The senator referred to the plan as a disaster.").attributions
    assert found.content.text == "the plan as a disaster"


def test_a_participle_between_commas_after_the_cue_is_no_part_of_the_claim(tracker: quotrack.Tracker) -> None:
    text = "The broadcaster reported, citing hospital records, there were over 200 admissions on Friday."
    assert only(tracker(text)).content.text == "there were over 200 admissions on Friday"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The union vowed to keep striking through May, and possibly until the end of the year.",
            "to keep striking through May, and possibly until the end of the year",
        ),
        (
            'Lee said he was willing to "forgive a lot" - including "the long hours"'
            " - because he liked the work.",
            'he was willing to "forgive a lot" - including "the long hours" - because he liked the work',
        ),
        (
            "Many of the drivers say they will join the strike - unless the company raises wages for all.",
            "they will join the strike - unless the company raises wages for all",
        ),
    ],
)
def test_a_reason_condition_or_added_phrase_the_parser_hung_on_the_cue_is_the_claims(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


def test_a_reason_after_a_topic_is_the_writers(tracker: quotrack.Tracker) -> None:
    text = "Two officials discussed the meeting on condition of anonymity because neither was authorised to."
    assert all("because" not in a.content.text for a in tracker(text).attributions)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee describes himself on his website as a lifelong sailor who loves the harbour.",
            "a lifelong sailor who loves the harbour",
        ),
        (
            "Lee describes himself as a lifelong sailor who loves the harbour.",
            "himself as a lifelong sailor who loves the harbour",
        ),
        (
            "Lee described the plan as a disaster for the whole harbour.",
            "the plan as a disaster for the whole harbour",
        ),
    ],
)
def test_a_self_description_does_not_open_inside_the_tag(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert [a.content.text for a in tracker(text).attributions] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Of the fuss over the parade, she said, "It is a little much."', "It is a little much."),
        ('About the ferry, she said, "We will keep it running."', "We will keep it running."),
        ('In a statement to the paper, she said, "We will keep it running."', "We will keep it running."),
    ],
)
def test_the_writers_topic_or_setting_before_a_parenthetical_tag_is_no_part_of_the_quote(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    found = only(tracker("Ann Roe spoke on Monday. " + text))
    assert found.kind is Kind.DIRECT
    assert found.content.text == content


def test_a_restriction_before_a_parenthetical_tag_stays_the_speakers(tracker: quotrack.Tracker) -> None:
    text = 'Ann Roe spoke on Monday. In most cases, she said, "the tenant is the victim."'
    found = only(tracker(text))
    assert found.pieces[0].text == "In most cases"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Throughout the speech, Roe cast herself as a reformer and Lee as a keeper of the old ways.",
            "herself as a reformer and Lee as a keeper of the old ways",
        ),
        ("Roe described herself as a sailor and a teacher.", "herself as a sailor and a teacher"),
    ],
)
def test_a_second_object_and_what_it_was_called_after_and_are_the_claims_too(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


def test_a_subject_the_parser_hung_on_the_cue_as_an_adverb_is_the_claims(tracker: quotrack.Tracker) -> None:
    text = (
        'Roe, the author of "Ferry Tales," about the ferries, said the days when the town had "a single'
        ' shared ferry" from the mainland and the big boats are gone.'
    )
    found = only(tracker(text))
    assert found.content.text.startswith("the days when the town had")
    assert found.content.text.endswith("are gone")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'In a post, Lee called Roe the "ultimate fraud," linking to an article on a dinner Roe held.',
            'Roe the "ultimate fraud,"',
        ),
        (
            'Lee is promising to build "a big stadium" with a "glitzy" feel, leaving the town excited.',
            'to build "a big stadium" with a "glitzy" feel',
        ),
        (
            "The council pledged to widen the road, reversing its long opposition to new traffic.",
            "to widen the road",
        ),
        (
            "Lee vowed to charge them with three crimes, including fraud, violating a code and lying.",
            "to charge them with three crimes, including fraud, violating a code and lying",
        ),
    ],
)
def test_a_participle_after_a_name_or_an_intention_is_the_writers_account(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Rhea Voss called the plan "rushed."', 'the plan "rushed."'),  # a participle hung on "plan"
        ('The mayor called the bill "a disaster."', 'the bill "a disaster."'),  # an apposition
    ],
)
def test_what_a_speaker_called_a_thing_is_the_claim_though_the_parser_hung_it_on_the_thing(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    a = only(tracker(text))
    assert a.kind is Kind.MIXED and a.content.text == content


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The ministry said only that talks were continuing.", "talks were continuing"),
        ("Harrington & Vale said only it would appeal.", "it would appeal"),
        ("Ann Roe said only one thing mattered.", "only one thing mattered"),
        ("Ann Roe said that only two people had come.", "only two people had come"),
    ],
)
def test_only_after_the_cue_is_the_writer_s_not_the_claim_s(
    tracker: quotrack.Tracker, text: str, claim: str
) -> None:
    """In "said only that …", "only" says how little was said; "only" of the claim's own words stays."""
    assert only(tracker(text)).content.text == claim


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her lawyer said her client was co-operating fully with the police.",
            "her client was co-operating fully with the police",
        ),
        ("Parents said the re-sit would be costly.", "the re-sit would be costly"),
    ],
)
def test_a_hyphened_word_the_parser_split_into_clauses_stays_in_the_claim(
    tracker: quotrack.Tracker, text: str, content: str
) -> None:
    assert only(tracker(text)).content.text == content
