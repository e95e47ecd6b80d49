"""The floating resolver on hand-built Docs: a lone quotation takes the speaker of the paragraph before."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotrack import Tracker
from quotrack.context import DocContext
from quotrack.model import Attribution, Kind, Speaker, SpeakerKind, TextSpan
from quotrack.resolvers.floating import FloatingQuoteResolver

NLP = spacy.blank("en")


def _doc(text: str, people: tuple[str, ...] = ()) -> Doc:
    doc = NLP(text)
    spans = []
    for name in people:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label="PERSON")
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


def _quote(text: str, words: str, speaker: Speaker | None = None, cue: str | None = None) -> Attribution:
    start = text.index(words)
    cue_span = None
    if cue is not None:
        cue_start = text.index(cue)
        cue_span = TextSpan.of(text, cue_start, cue_start + len(cue))
    return Attribution(
        kind=Kind.DIRECT,
        content=TextSpan.of(text, start, start + len(words)),
        detector="quotes",
        cue=cue_span,
        speaker=speaker,
    )


def _speaker(text: str, name: str) -> Speaker:
    start = text.index(name)
    return Speaker(name, TextSpan.of(text, start, start + len(name)), SpeakerKind.PERSON)


def test_a_lone_quotation_takes_the_speaker_of_the_paragraph_before() -> None:
    text = 'Ann Lee said taxes would rise.\n\n"We have no choice."'
    said = _quote(text, "taxes would rise", _speaker(text, "Ann Lee"), cue="said")
    lone = _quote(text, "We have no choice.")
    ctx = DocContext(_doc(text, ("Ann Lee",)))
    out = FloatingQuoteResolver().resolve(ctx, [said, lone])
    assert out[0] == said
    assert out[1].speaker == said.speaker


def test_without_an_attribution_before_the_last_person_named_speaks() -> None:
    text = 'Ann Lee met Tom Baker at the port.\n\n"It went well."'
    (out,) = FloatingQuoteResolver().resolve(
        DocContext(_doc(text, ("Ann Lee", "Tom Baker"))), [_quote(text, "It went well.")]
    )
    assert out.speaker is not None and (out.speaker.name, out.speaker.kind) == (
        "Tom Baker",
        SpeakerKind.PERSON,
    )
    assert (
        out.speaker.mention is not None
        and text[out.speaker.mention.start : out.speaker.mention.end] == "Tom Baker"
    )


def test_a_person_named_inside_a_quotation_or_too_far_back_is_no_speaker() -> None:
    text = 'Ann Lee spoke.\n\nThe port was quiet.\n\n"We remember Tom Baker."\n\n"It went well."'
    ctx = DocContext(_doc(text, ("Ann Lee", "Tom Baker")))
    lone = _quote(text, "It went well.")
    (out,) = FloatingQuoteResolver().resolve(ctx, [lone])
    assert out.speaker is None


def test_lookback_sets_how_many_paragraphs_back_a_speaker_is_taken() -> None:
    text = (
        'Ann Lee said taxes would rise.\n\nThe port was quiet.\n\nThe sea was calm.\n\n"We have no choice."'
    )
    said = _quote(text, "taxes would rise", _speaker(text, "Ann Lee"), cue="said")
    lone = _quote(text, "We have no choice.")
    ctx = DocContext(_doc(text))
    assert FloatingQuoteResolver(lookback=2).resolve(ctx, [said, lone])[1].speaker is None
    assert FloatingQuoteResolver(lookback=3).resolve(ctx, [said, lone])[1].speaker == said.speaker


def test_a_quotation_with_a_cue_or_a_speaker_is_left_alone() -> None:
    text = 'Ann Lee said taxes would rise.\n\n"We have no choice," the mayor added.'
    said = _quote(text, "taxes would rise", _speaker(text, "Ann Lee"), cue="said")
    cued = _quote(text, "We have no choice,", cue="added")
    out = FloatingQuoteResolver().resolve(DocContext(_doc(text, ("Ann Lee",))), [said, cued])
    assert out[1] == cued


def test_a_quote_after_narration_naming_one_person_is_theirs(tracker: Tracker) -> None:
    text = (
        "Visiting captain Tom Roe lamented the loss.\n\n"
        '"It did not come our way," Roe said. "We made a few silly mistakes."\n\n'
        "The home side got two yellow cards, leaving coach Ann Lee unimpressed."
        ' "One of them was questionable. The other one was fair."'
    )
    found = [a for a in tracker(text).attributions if a.content.text.startswith("One of them")]
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Ann Lee"


def test_a_quote_after_another_persons_cue_is_theirs_not_the_speaker_before(tracker: Tracker) -> None:
    text = (
        'Former envoy Ann Lee wrote on Twitter, "We must stand by our partners. They stood by us."\n\n'
        "Tom Roe, who led the talks until May, also criticized the decision on Twitter."
        ' "The statement tonight shows no grasp of what is happening on the ground."'
    )
    found = [a for a in tracker(text).attributions if a.content.text.startswith("The statement")]
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Tom Roe"


def test_narration_about_someone_else_blocks_the_speaker_before(tracker: Tracker) -> None:
    nlp = tracker.nlp
    text = (
        "Ann Lee said taxes would rise.\n\n"
        'The crowd cheered as the doors of the hall opened. "We have no choice."'
    )
    doc = nlp(text)
    said = _quote(text, "taxes would rise", _speaker(text, "Ann Lee"), cue="said")
    lone = _quote(text, "We have no choice.")
    out = FloatingQuoteResolver().resolve(DocContext(doc), [said, lone])
    assert out[1].speaker is None
    why = "floating: no speaker: the sentence before is narration about 'crowd', not 'Ann Lee'"
    assert out[1].explanation[-1] == why


def test_narration_about_the_same_person_keeps_the_speaker_before(tracker: Tracker) -> None:
    text = 'Ann Lee said taxes would rise.\n\nLee and Tom Roe are upbeat about it. "We have no choice."'
    said = _quote(text, "taxes would rise", _speaker(text, "Ann Lee"), cue="said")
    lone = _quote(text, "We have no choice.")
    out = FloatingQuoteResolver().resolve(DocContext(tracker.nlp(text)), [said, lone])
    assert out[1].speaker == said.speaker


def test_a_relative_pronoun_in_the_narration_stands_for_its_noun(tracker: Tracker) -> None:
    text = (
        'Ann Lee said taxes would rise.\n\nThey go to a fund that pays "for the public works of the harbour".'
    )
    said = _quote(text, "taxes would rise", _speaker(text, "Ann Lee"), cue="said")
    lone = _quote(text, "for the public works of the harbour")
    out = FloatingQuoteResolver().resolve(DocContext(tracker.nlp(text)), [said, lone])
    assert out[1].speaker is None
    assert out[1].explanation[-1].endswith("its own sentence is narration about 'fund', not 'Ann Lee'")


def test_a_speaker_taken_from_the_narration_is_named_without_their_body(tracker: Tracker) -> None:
    text = 'Tom Roe of the Harbour Trust also reacted on Twitter, "Sad news, I remember sailing with him."'
    (found,) = tracker(text).attributions
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.affiliation) == ("Tom Roe", "the Harbour Trust")
    assert found.explanation[-1] == "floating: 'Tom Roe'"


def test_a_person_the_quotation_speaks_of_is_not_its_speaker(tracker: Tracker) -> None:
    text = 'Tom Baker died on Friday at his ranch.\n\n"Tom loved his horses and the hills."'
    (found,) = [a for a in tracker(text).attributions if a.content.text.startswith("Tom loved")]
    assert found.speaker is None
    assert any("third person" in why for why in found.explanation)


def test_a_body_may_name_itself_in_its_own_quotation(tracker: Tracker) -> None:
    text = 'The council said the road would close.\n\n"The council has no choice."'
    (found,) = [a for a in tracker(text).attributions if a.content.text.startswith("The council has")]
    assert found.speaker is not None and found.speaker.name == "The council"


def test_words_cited_from_an_author_leave_the_citers_the_last_speakers(tracker: Tracker) -> None:
    """'citing the Mark Twain quote that "…"': Twain speaks in no later quotation of the paragraph."""
    text = (
        "The couple, Ann and Tom Lee, held a workshop on Saturday. They said they learned more from "
        'failures than from successes, citing the Mark Twain quote that "good judgment comes from '
        'experience, and experience comes from bad judgment." The work has its dangers: the shop uses '
        'hot glue guns. They\'re "like putting your hand on a stove."'
    )
    found = {a.content.text[:9]: a.speaker.name if a.speaker else None for a in tracker(text).attributions}
    assert found["good judg"] == "Mark Twain"
    assert found["like putt"] == "The couple"


def test_the_object_of_a_sentence_about_she_is_no_speaker(tracker: Tracker) -> None:
    # the sentence is about "she" (Rita Cole, quoted just before), not about Ann Lee she will vote for
    text = (
        "“Nobody can blame Ann Lee for that,” said Rita Cole, a nurse from Dover. A teacher for twenty "
        "years, she will back Ann Lee in the primary next month. “It is simply not fair.”"
    )
    a = next(a for a in tracker(text).attributions if a.content.text.startswith("It is simply"))
    assert a.speaker is not None and a.speaker.name == "Rita Cole"


def test_a_newsletter_clip_s_quotation_is_the_reporter_s_its_byline_names(tracker: Tracker) -> None:
    text = (
        'CITY BEAT—"Harbour museum gets a new director," by The Harwick Times\' Ann Roe: "Mr. Lee, 48 years '
        'old, has never led a museum. But he spent ten years at the library." http://example.com/1abc.\n\n'
        'THEATER—"Lee to leave the show," by Variety\'s Tom Hale: "Sam Lee, the star of the show, is leaving '
        'the musical in March." http://example.com/2abc.'
    )
    found = {a.content.text[:7]: a.speaker for a in tracker(text).attributions}
    clip = found["Sam Lee"]
    assert clip is not None and (clip.name, clip.kind) == ("Tom Hale", SpeakerKind.PERSON)
    first = found["Mr. Lee"]
    assert first is not None and first.name == "Ann Roe"


def test_a_quotation_signed_on_the_line_after_it_is_the_signer_s(tracker: Tracker) -> None:
    """A fact-check's claims, each a quotation alone in its paragraph and signed '- Name.' below."""
    text = (
        "Tom Baker and Ann Roe met in Dover on Sunday for their last debate.\n\n"
        '"Our harbour fees are the highest in the state."\n\n'
        "- Baker.\n\n"
        "The fees are in fact the third highest.\n\n"
        '"I never voted for the toll."\n\n'
        "-Senator Ann Roe, speaking in Dover.\n\n"
        '"The ferry will be free by June."\n\n'
        "– A ferry for all –."
    )
    found = {a.content.text[:8]: a.speaker.name if a.speaker else None for a in tracker(text).attributions}
    assert found["Our harb"] == "Tom Baker"
    assert found["I never "] == "Ann Roe"
    assert found["The ferr"] != "A ferry for all"  # a subheading ends with its dash: no signature


def test_a_headline_quotation_the_text_quotes_again_is_its_speakers(tracker: Tracker) -> None:
    """'"We will not close the pier": A harbour town holds its breath', the words Tom Baker says
    further down: his, not the town's."""
    text = (
        "'We will not close the pier': A harbour town holds its breath.\n\n"
        "DOVER - The storm took half of the old pier on Sunday night.\n\n"
        '"The sea has taken a lot from us. But we will not close the pier," said Tom Baker, the mayor.'
    )
    (headline, *_) = tracker(text).attributions
    assert headline.content.text.startswith("We will not close")
    assert headline.speaker is not None and headline.speaker.name == "Tom Baker"


def test_a_cue_joined_to_the_verb_of_the_sentence_before_hands_over(tracker: Tracker) -> None:
    """'Tom Baker seemed surprised and mentioned that A. "…?"': his question, not that of Ann Roe,
    quoted before."""
    text = (
        "Ann Roe said the fees were fair.\n\nTom Baker, the board's chair, seemed surprised by Ann Roe's "
        'figures and mentioned that the fees had doubled. "Is that not a problem for the town?"'
    )
    found = [a for a in tracker(text).attributions if a.content.text.startswith("Is that")]
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.name == "Tom Baker"


def test_a_quotation_after_a_subject_the_parser_took_from_brackets_is_the_person_named_in_full() -> None:
    # as the parser read a real sentence: "Point" of "(D-Harbor Point)" the subject of "shouted"
    words = ["Del.", "Ann", "Price", "(", "D", "-", "Harbor", "Point", ")", "shouted", "."]
    words += ["\u201c", "We", "will", "win", ".", "\u201d"]
    heads = [7, 7, 7, 7, 6, 6, 7, 9, 7, 9, 9, 13, 13, 13, 13, 13, 13]
    deps = ["compound", "nmod", "nmod", "punct", "compound", "punct", "compound", "nsubj", "punct", "ROOT"]
    deps += ["punct", "punct", "nsubj", "aux", "ROOT", "punct", "punct"]
    pos = ["PROPN"] * 3 + ["PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    pos += ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT"]
    spaces = [True, True, True, False, False, False, True, False, True, False, True]
    spaces += [False, True, True, False, False, False]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    doc.ents = [doc.char_span(doc.text.index("Ann"), doc.text.index("Price") + 5, label="PERSON")]
    text = doc.text
    lone = _quote(text, "We will win.")
    (out,) = FloatingQuoteResolver().resolve(DocContext(doc), [lone])
    assert out.speaker is not None and out.speaker.name == "Ann Price"
