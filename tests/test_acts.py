"""The act lexicons: which act a cue reports, read from text or from a parse."""

from __future__ import annotations

import pytest

import quotrack
from quotrack import Act
from quotrack.acts import ActLexicon, lemma_candidates, names_a_topic
from quotrack.context import DocContext


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("hoped", "hope"),
        ("planned", "plan"),
        ("worries", "worry"),
        ("backing", "back"),
        ("endorses", "endorse"),
    ],
)
def test_lemma_candidates_include_the_lemma(word: str, lemma: str) -> None:
    assert lemma in lemma_candidates(word)


def test_phrasal_cues_and_fillers() -> None:
    lexicon = ActLexicon.default()
    assert lexicon.of_text("has repeatedly called for") is Act.STANCE
    assert lexicon.of_text("called") is Act.SPEECH  # "called the plan a disaster": naming is speech
    assert lexicon.of_text("did not endorse") is Act.STANCE
    assert lexicon.of_text("are expected") is Act.BELIEF


def test_extended_lexicon_adds_cues_and_refuses_bad_lines() -> None:
    lexicon = ActLexicon.default().extended(["lobby stance"])
    assert lexicon.of_text("lobbied") is Act.STANCE
    assert ActLexicon.default().of_text("lobbied") is Act.SPEECH
    with pytest.raises(ValueError, match="acts:1: expected 'LEMMA ACT'"):
        ActLexicon.default().extended(["lobby rumour"])


def test_acts_of_tokens_in_a_parse(tracker: object) -> None:
    nlp = tracker.nlp  # type: ignore[attr-defined]
    doc = nlp("The figures show a fall, and Ines Ruiz called for calm while Bo Lind feared the worst.")
    lexicon = ActLexicon.default()
    show, called, feared = (next(t for t in doc if t.text == w) for w in ("show", "called", "feared"))
    figures = next(t for t in doc if t.text == "figures")
    assert lexicon.of_token(show, figures) is Act.EVIDENCE
    assert lexicon.of_token(called) is Act.STANCE
    assert lexicon.of_token(feared) is Act.BELIEF
    assert lexicon.of_source(figures) is Act.EVIDENCE
    assert lexicon.of_source(None) is Act.SPEECH


def test_a_cue_that_asks_reports_a_request() -> None:
    lexicon = ActLexicon.default()
    assert lexicon.of_text("urged") is Act.REQUEST
    assert lexicon.of_text("has asked") is Act.REQUEST
    assert lexicon.of_lemma("ask for") is Act.TOPIC  # "asked for his release" names what was asked for
    assert lexicon.of_text("told") is Act.SPEECH


def test_what_is_asked_for_is_a_topic_or_a_request(tracker: object) -> None:
    text = "Ines Ruiz asked for a vote. Bo Lind asked for the vote to be delayed until May."
    doc = tracker.nlp(text)  # type: ignore[attr-defined]
    ctx = DocContext(doc)
    first, second = (t for t in doc if t.text == "asked")
    vote = ctx.char_span(text.index("a vote"), text.index("a vote") + len("a vote"))
    delayed = text.index("the vote to")
    delay = ctx.char_span(delayed, text.index(" until May") + len(" until May"))
    assert ActLexicon.default().of_content(ctx, first, None, vote) is Act.TOPIC
    assert ActLexicon.default().of_content(ctx, second, None, delay) is Act.REQUEST
    assert ActLexicon.default().of_text("demanded") is Act.REQUEST


def test_a_topic_cue_read_from_text_is_speech() -> None:
    lexicon = ActLexicon.default()
    assert lexicon.of_lemma("comment on") is Act.TOPIC
    assert lexicon.of_lemma("announce") is Act.TOPIC
    assert lexicon.of_text("commented on") is Act.SPEECH  # no content to tell a topic from words
    assert lexicon.of_text("has announced") is Act.SPEECH


@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        ("Ines Ruiz commented on the port closure.", "commented", "the port closure", Act.TOPIC),
        ("Ines Ruiz announced her resignation from the board.", "announced", "her resignation", Act.TOPIC),
        ("Ines Ruiz mentioned raising the harbour fees.", "mentioned", "raising the harbour fees", Act.TOPIC),
        ("Ines Ruiz announced that she would resign.", "announced", "she would resign", Act.SPEECH),
        ('Ines Ruiz mentioned the "shocking" fees.', "mentioned", 'the "shocking" fees', Act.SPEECH),
        ("Ines Ruiz talked about what the port would do.", "talked", "what the port would do", Act.SPEECH),
        ("Ines Ruiz said the port would close.", "said", "the port would close", Act.SPEECH),
        ("Ines Ruiz asked for her release from the club.", "asked", "her release from the club", Act.TOPIC),
        ("Ines Ruiz referenced her knee injuries.", "referenced", "her knee injuries", Act.TOPIC),
        ("Ines Ruiz referred to the harbour tax.", "referred", "the harbour tax", Act.TOPIC),
        ("Ines Ruiz referred to the tax as a disaster.", "referred", "the tax as a disaster", Act.SPEECH),
        ("Ines Ruiz cited the harbour strike.", "cited", "the harbour strike", Act.TOPIC),
        ("Ines Ruiz apologized for the delay.", "apologized", "the delay", Act.TOPIC),
        ("Ines Ruiz outlined her plan for the harbour.", "outlined", "her plan for the harbour", Act.TOPIC),
        ("Ines Ruiz outlined how the port would grow.", "outlined", "how the port would grow", Act.SPEECH),
        ("Ines Ruiz revealed her plan for the harbour.", "revealed", "her plan for the harbour", Act.TOPIC),
        ("Ines Ruiz revealed that the port would grow.", "revealed", "the port would grow", Act.SPEECH),
        ("Ines Ruiz admitted her mistake in the final.", "admitted", "her mistake in the final", Act.TOPIC),
        ("Ines Ruiz admitted that she had made a mistake.", "admitted", "she had made a mistake", Act.SPEECH),
        ("The firm acknowledged the merger.", "acknowledged", "the merger", Act.TOPIC),
        ("Ines Ruiz lamented the team's narrow defeat.", "lamented", "the team's narrow defeat", Act.TOPIC),
        (
            "Ines Ruiz proposed a bill that would raise the wage.",
            "proposed",
            "a bill that would raise the wage",
            Act.TOPIC,
        ),
        ("The new probe could reveal more about the moons.", "reveal", "more about the moons", Act.TOPIC),
    ],
)
def test_a_topic_cue_reports_a_topic_only_with_a_bare_noun_phrase(
    tracker: object, text: str, cue: str, content: str, act: Act
) -> None:
    doc = tracker.nlp(text)  # type: ignore[attr-defined]
    ctx = DocContext(doc)
    start = text.index(content)
    span = ctx.char_span(start, start + len(content))
    token = next(t for t in doc if t.text == cue)
    assert ActLexicon.default().of_content(ctx, token, None, span) is act
    # no content: never a topic, but the verb's own act ("asked" a request), else speech
    alone = Act.REQUEST if cue == "asked" else Act.SPEECH
    assert ActLexicon.default().of_content(ctx, token, None, None) is alone


def test_a_recommendation_is_a_request(tracker: object) -> None:
    text = "The panel recommended a ban on the pesticide."
    doc = tracker.nlp(text)  # type: ignore[attr-defined]
    ctx = DocContext(doc)
    span = ctx.char_span(text.index("a ban"), len(text) - 1)
    token = next(t for t in doc if t.text == "recommended")
    assert ActLexicon.default().of_content(ctx, token, None, span) is Act.REQUEST


def test_a_clause_after_that_is_no_topic_whatever_its_parse(tracker: object) -> None:
    # the parser may read "running … induced flapping" as a noun phrase; the "that" before it opens a clause
    text = "The authors proposed that in dry years, heavy grazing quickly reduced plant cover."
    doc = tracker.nlp(text)  # type: ignore[attr-defined]
    ctx = DocContext(doc)
    start = text.index("in dry")
    span = ctx.char_span(start, len(text) - 1)
    assert span is not None and not names_a_topic(ctx, span)


def test_a_clause_with_a_finite_auxiliary_is_no_topic(tracker: object) -> None:
    text = "The navy announced the recorder from Flight 610 has been recovered from the sea."
    doc = tracker.nlp(text)  # type: ignore[attr-defined]
    ctx = DocContext(doc)
    content = "the recorder from Flight 610 has been recovered from the sea"
    start = text.index(content)
    span = ctx.char_span(start, start + len(content))
    assert span is not None and not names_a_topic(ctx, span)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # another's words deep inside the thing announced: still a thing announced
        (
            'The council announced a full closure of the pier, beyond the closure of the "inner deck".',
            "topic",
        ),
        ('Police announced the arrest of a man known only as "the Fox" in the robbery.', "topic"),
        # the speaker's own words on the thing, or what they called it: what was said
        ('The council announced a "historic" closure of the pier.', "speech"),
        ('The airline referred to the jet involved as a "spare plane".', "speech"),
    ],
)
def test_quoted_words_deep_in_a_thing_announced_leave_it_a_topic(
    tracker: object, text: str, act: str
) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a choice made known: who or what was chosen, "as" what, is an act
        ("The senator announced Ann Lee as her choice for deputy leader.", "topic"),
        ('The magazine announced its selection of the singer as its "Artist of the Year".', "topic"),
        # a new post given: an act
        ("The board acknowledged the founder's niece, Ann Lee, as the new Chair.", "topic"),
        ("The club announced Tom Ash as the new head coach.", "topic"),
        # what the thing was called, or what it was found to be: a claim
        ("The ministry announced the cause of the fire as a faulty cable.", "speech"),
        ("The senator referred to the tax as a disaster.", "speech"),
    ],
)
def test_a_choice_announced_as_something_is_a_topic(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # quoted words a "talk of" or "speak about" takes: only what was spoken of
        (
            'The coach spoke of "a long season of small victories and bigger setbacks" after the match.',
            "topic",
        ),
        ('The old sailor talked about "the storm that took half the fleet" for an hour.', "topic"),
        # what it was called, even with a topic cue; and quoted words after "announced": a claim
        ('The airline referred to the jet involved as a "spare plane".', "speech"),
        ('The council announced "a new era for the old harbour and all who work there".', "speech"),
    ],
)
def test_quoted_words_a_topic_cue_s_preposition_takes_are_a_topic(
    tracker: object, text: str, act: str
) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a thing withheld: an act, not a claim
        ("The council has again denied funding for the new stadium.", "topic"),
        ("The ministry denied the permits for the mine.", "topic"),
        # a denial of what others said, named by a report noun: what was denied, a topic
        ("The mayor denied the report about the harbour.", "topic"),
        ("The coach has denied the rumours through a spokesman.", "topic"),
        # a denial that something is so: a claim
        ("The ministry denied any involvement in the attack.", "speech"),
        ("The mayor denied that the harbour would close.", "speech"),
    ],
)
def test_a_refusal_is_an_act_and_a_denial_a_claim(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # what someone warned of or about, a bare noun phrase: only a topic
        ("The village doctor tried to warn people about the fever outbreak.", "topic"),
        ("The coast guard warned of a storm on the northern coast.", "topic"),
        # what they warned would happen: a claim
        ("The coast guard warned that the storm would reach the harbour by night.", "speech"),
    ],
)
def test_what_was_warned_of_is_a_topic(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a quoted proper name a topic cue takes: a name, what was mentioned
        ('The ferry had flags on it which mentioned "Harbour Day Regatta".', "topic"),
        ('The old poster mentioned "Lakeside Summer Fair" in large print.', "topic"),
        # quoted words that are more than a name: the speaker's own words
        ('The council mentioned "a quiet summer for the old harbour and its boats".', "speech"),
    ],
)
def test_a_quoted_name_a_topic_cue_takes_is_a_topic(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a plain noun phrase described, laid out or tweeted: what was spoken of
        ("The new harbour master described his goals for the coming year.", "topic"),
        ("The committee laid out some guidelines for the grants.", "topic"),
        ("The senator tweeted a photo of the flooded bridge.", "topic"),
        # what was seen or found, described with a verb in it; and what it was called: a claim
        ("The farmer described seeing the river rise over the bridge in minutes.", "speech"),
        ("The farmer described the storm as the worst in forty years.", "speech"),
    ],
)
def test_a_plain_noun_phrase_described_is_a_topic(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    "text",
    [
        "When the poll asked about the three rivals, Lee led Roe by six points.",
        "The survey, which asked about the new ferry fares, found that most riders pay cash.",
    ],
)
def test_what_a_poll_asked_about_is_a_topic_not_a_finding(tracker: quotrack.Tracker, text: str) -> None:
    asked = [a for a in tracker(text).attributions if a.cue is not None and a.cue.text.startswith("asked")]
    assert [a.act for a in asked] == [Act.TOPIC]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a record, a pledge of a thing, a boast: what was touted, pledged or boasted of, no claim
        ("The mayor touted her record on the new bus lanes.", "topic"),
        ("The harbour board pledged its support for the ferry plan.", "topic"),
        ("Ann Lee bragged about her new training ground for the young players.", "topic"),
        # what was touted as something, pledged to be done, promised in a clause: a claim
        ("The mayor touted the bus lanes as the best in the region.", "speech"),
        ("The harbour board pledged to rebuild the old ferry pier by spring.", "speech"),
        ("The coach promised that his team would win the cup next year.", "speech"),
    ],
)
def test_what_was_touted_or_pledged_is_a_topic(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a clause a preposition of the noun phrase takes is still the noun's: a topic
        ("The mayor was talking about her views on whether to close the old ferry pier.", "topic"),
        ("The farmer talked about his doubts over whether the dam would hold.", "topic"),
        # a clause the cue's own preposition takes: what was said
        ("The farmer spoke about whether the dam would hold through the winter.", "speech"),
    ],
)
def test_a_question_inside_a_noun_phrase_spoken_of_is_a_topic(tracker: object, text: str, act: str) -> None:
    (found,) = tracker(text).attributions  # type: ignore[operator]
    assert found.act.value == act


def test_a_pledge_of_an_act_in_a_gerund_is_a_claim(tracker: object) -> None:
    (found,) = tracker("The governor pledged closing the old coal mine after the vote.").attributions  # type: ignore[operator]
    assert found.act.value == "speech"
