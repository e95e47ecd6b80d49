"""merge(): one attribution per claim, on hand-built Docs (no model, so a model upgrade cannot move these)."""

from __future__ import annotations

import attrs
import spacy
from spacy.tokens import Doc

from quotrack import Act, Attribution, DocContext, Kind, Speaker, TextSpan
from quotrack.merge import merge

VOCAB = spacy.blank("en").vocab
ORDER = {"quotes": 0, "reported": 1, "according": 2}


def context(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> DocContext:
    spaces = [True] * len(words)
    for i, word in enumerate(words[1:]):
        if word in {",", ".", "”"} or words[i] == "“":
            spaces[i] = False
    spaces[-1] = False
    return DocContext(Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos))


# "According to the report , Lee said that the plan failed ."
WORDS = ["According", "to", "the", "report", ",", "Lee", "said", "that", "the", "plan", "failed", "."]
HEADS = [6, 0, 3, 1, 6, 6, 6, 10, 9, 10, 6, 6]
DEPS = ["prep", "pobj", "det", "pobj", "punct", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
POS = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]


def words(ctx: DocContext, text: str) -> TextSpan:
    start = ctx.text.index(text)
    return ctx.span(start, start + len(text))


def claim(ctx: DocContext, detector: str, content: str, speaker: str | None, cue: str | None) -> Attribution:
    return Attribution(
        kind=Kind.INDIRECT,
        content=words(ctx, content),
        detector=detector,
        speaker=Speaker(name=speaker, mention=words(ctx, speaker)) if speaker else None,
        cue=words(ctx, cue) if cue else None,
        explanation=(f"{detector}: test",),
    )


def test_the_hand_built_doc_reads_as_written() -> None:
    ctx = context(WORDS, HEADS, DEPS, POS)
    assert ctx.text == "According to the report, Lee said that the plan failed."
    assert ctx.doc[10].head.text == "said" and ctx.doc[10].dep_ == "ccomp"


def test_a_claim_nested_under_a_nesting_detector_keeps_the_outer_source() -> None:
    ctx = context(WORDS, HEADS, DEPS, POS)
    outer = claim(ctx, "according", "Lee said that the plan failed", "the report", "According to")
    inner = claim(ctx, "reported", "the plan failed", "Lee", "said")
    (kept,) = merge(ctx, [outer, inner], ORDER, nesting={"according"})
    assert kept.detector == "reported"
    assert [s.name for s in kept.chain] == ["the report", "Lee"]
    assert kept.explanation == ("reported: test", "merge: reported inside a claim found by according")


def test_without_nesting_the_outer_claim_stays() -> None:
    ctx = context(WORDS, HEADS, DEPS, POS)
    outer = claim(ctx, "according", "Lee said that the plan failed", "the report", "According to")
    inner = claim(ctx, "reported", "the plan failed", "Lee", "said")
    (kept,) = merge(ctx, [outer, inner], ORDER)
    assert kept is outer


def test_the_same_claim_twice_is_kept_once_with_what_each_knew() -> None:
    ctx = context(WORDS, HEADS, DEPS, POS)
    bare = claim(ctx, "quotes", "the plan failed", None, None)
    told = claim(ctx, "reported", "the plan failed", "Lee", "said")
    (kept,) = merge(ctx, [told, bare], ORDER)
    assert kept.detector == "quotes"  # the first in priority order wins a tie
    assert kept.speaker is not None and kept.speaker.name == "Lee"
    assert kept.cue is not None and kept.cue.text == "said"
    assert kept.explanation == ("quotes: test", "reported: test")


def test_the_same_claim_found_twice_inside_a_longer_one_is_kept_once() -> None:
    # "According to the report , Lee said on Monday in the capital that the plan failed ."
    tokens = ["According", "to", "the", "report", ",", "Lee", "said", "on", "Monday", "in", "the", "capital"]
    tokens += ["that", "the", "plan", "failed", "."]
    heads = [6] * len(tokens)
    deps = ["dep"] * len(tokens)
    deps[6] = "ROOT"
    ctx = context(tokens, heads, deps, ["X"] * len(tokens))
    said = "Lee said on Monday in the capital that the plan failed"
    outer = claim(ctx, "according", said, "the report", "According to")
    found_once = claim(ctx, "reported", "the plan failed", "Lee", "said")
    found_twice = claim(ctx, "quotes", "the plan failed", "Lee", "said")
    kept = merge(ctx, [outer, found_once, found_twice], ORDER)
    assert sorted(a.content.text for a in kept) == [said, "the plan failed"]


def test_apart_claims_are_all_kept_in_text_order() -> None:
    ctx = context(WORDS, HEADS, DEPS, POS)
    late = claim(ctx, "reported", "the plan failed", "Lee", "said")
    early = claim(ctx, "quotes", "the report", None, None)
    assert merge(ctx, [late, early], ORDER) == [early, late]


# "Lee said “the plan failed” on Monday."
TAIL_WORDS = ["Lee", "said", "“", "the", "plan", "failed", "”", "on", "Monday", "."]
TAIL_HEADS = [1, 1, 5, 4, 5, 1, 5, 5, 7, 1]
TAIL_DEPS = ["nsubj", "ROOT", "punct", "det", "nsubj", "ccomp", "punct", "prep", "pobj", "punct"]
TAIL_POS = ["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "ADP", "PROPN", "PUNCT"]


def test_a_quotation_wins_over_its_clause_with_a_short_tail() -> None:
    ctx = context(TAIL_WORDS, TAIL_HEADS, TAIL_DEPS, TAIL_POS)
    assert ctx.text == "Lee said “the plan failed” on Monday."
    quoted = attrs.evolve(claim(ctx, "quotes", "the plan failed", None, None), kind=Kind.DIRECT)
    clause = attrs.evolve(
        claim(ctx, "reported", "the plan failed” on Monday", "Lee", "said"), kind=Kind.MIXED
    )
    (kept,) = merge(ctx, [clause, quoted], ORDER)
    assert kept.content.text == "the plan failed"
    assert kept.speaker is not None and kept.speaker.name == "Lee"
    assert kept.cue is not None and kept.cue.text == "said"


def test_a_clause_that_says_more_than_its_quotation_wins() -> None:
    words = ["Lee", "said", "“", "the", "plan", "failed", "”", "because", "money", "ran", "out", "."]
    heads = [1, 1, 5, 4, 5, 1, 5, 9, 9, 5, 9, 1]
    deps = [
        "nsubj",
        "ROOT",
        "punct",
        "det",
        "nsubj",
        "ccomp",
        "punct",
        "mark",
        "nsubj",
        "advcl",
        "prt",
        "punct",
    ]
    pos = ["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB", "ADP", "PUNCT"]
    ctx = context(words, heads, deps, pos)
    quoted = attrs.evolve(claim(ctx, "quotes", "the plan failed", None, None), kind=Kind.DIRECT)
    clause = attrs.evolve(
        claim(ctx, "reported", "the plan failed” because money ran out", "Lee", "said"), kind=Kind.MIXED
    )
    (kept,) = merge(ctx, [clause, quoted], ORDER)
    assert kept.content.text == "the plan failed” because money ran out"
    unquoted = attrs.evolve(claim(ctx, "quotes", "the plan", None, None), kind=Kind.DIRECT)
    (kept,) = merge(ctx, [clause, unquoted], ORDER)  # no closing mark after it: not the quotation
    assert kept.content.text == "the plan failed” because money ran out"


def test_a_claim_inside_its_own_speakers_topic_is_part_of_the_topic() -> None:
    ctx = context(WORDS, HEADS, DEPS, POS)
    topic = attrs.evolve(
        claim(ctx, "reported", "According to the report, Lee said that the plan failed", "Lee", "said"),
        act=Act.TOPIC,
    )
    inner = claim(ctx, "reported", "the plan failed", "Lee", "failed")
    assert merge(ctx, [topic, inner], ORDER) == [topic]
    other = claim(ctx, "reported", "the plan failed", "the report", "failed")
    assert len(merge(ctx, [topic, other], ORDER)) == 2  # someone else's claim inside a topic stays


# "According to the report , Lee said the plan failed , adding the town lost ."
WORDS_TWO = [
    "According", "to", "the", "report", ",", "Lee", "said", "the", "plan", "failed", ",", "adding",
    "the", "town", "lost", ".",
]  # fmt: skip
HEADS_TWO = [6, 0, 3, 1, 6, 6, 6, 8, 9, 6, 6, 6, 13, 14, 11, 6]
DEPS_TWO = [
    "prep", "pobj", "det", "pobj", "punct", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "advcl", "det",
    "nsubj", "ccomp", "punct",
]  # fmt: skip
POS_TWO = [
    "VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "VERB",
    "DET", "NOUN", "VERB", "PUNCT",
]  # fmt: skip


def test_a_nesting_source_carries_every_claim_it_holds_when_it_says_nothing_more() -> None:
    ctx = context(WORDS_TWO, HEADS_TWO, DEPS_TWO, POS_TWO)
    assert ctx.text == "According to the report, Lee said the plan failed, adding the town lost."
    outer = claim(
        ctx, "according", "Lee said the plan failed, adding the town lost", "the report", "According to"
    )
    first = claim(ctx, "reported", "the plan failed", "Lee", "said")
    second = claim(ctx, "reported", "the town lost", "Lee", "adding")
    kept = merge(ctx, [outer, first, second], ORDER, nesting={"according"})
    assert [a.content.text for a in kept] == ["the plan failed", "the town lost"]
    assert all([s.name for s in a.chain] == ["the report", "Lee"] for a in kept)


# "According to the agency , the chief city prosecutor , Roe , said the plan failed ."
AGENCY_WORDS = ["According", "to", "the", "agency", ",", "the", "chief", "city", "prosecutor", ","]
AGENCY_WORDS += ["Roe", ",", "said", "the", "plan", "failed", "."]
AGENCY_HEADS = [12, 0, 3, 1, 12, 8, 8, 8, 12, 8, 8, 8, 12, 14, 15, 12, 12]
AGENCY_DEPS = ["prep", "pobj", "det", "pobj", "punct", "det", "amod", "compound", "nsubj", "punct", "appos"]
AGENCY_DEPS += ["punct", "ROOT", "det", "nsubj", "ccomp", "punct"]
AGENCY_POS = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "PROPN", "PUNCT"]
AGENCY_POS += ["VERB", "DET", "NOUN", "VERB", "PUNCT"]


def test_a_carrier_whose_claim_is_only_a_tag_and_its_clause_gives_way_to_it() -> None:
    """The outer content is the inner cue's clause: its subject ('the chief city prosecutor,
    Roe,') is more than a few words, but all of them name the inner source."""
    ctx = context(AGENCY_WORDS, AGENCY_HEADS, AGENCY_DEPS, AGENCY_POS)
    assert ctx.text == "According to the agency, the chief city prosecutor, Roe, said the plan failed."
    said = "the chief city prosecutor, Roe, said the plan failed"
    outer = claim(ctx, "according", said, "the agency", "According to")
    inner = claim(ctx, "reported", "the plan failed", "Roe", "said")
    (kept,) = merge(ctx, [outer, inner], ORDER, nesting={"according"})
    assert kept.content.text == "the plan failed"
    assert [s.name for s in kept.chain] == ["the agency", "Roe"]
    # a source that is neither a nesting detector's nor a news outlet keeps its own claim
    assert len(merge(ctx, [outer, inner], ORDER)) == 2


def test_a_news_outlet_carries_the_words_of_the_one_it_reports() -> None:
    ctx = context(AGENCY_WORDS, AGENCY_HEADS, AGENCY_DEPS, AGENCY_POS)
    outer = claim(ctx, "reported", "the chief city prosecutor, Roe, said the plan failed", "agency", None)
    inner = claim(ctx, "reported", "the plan failed", "Roe", "said")
    assert len(merge(ctx, [outer, inner], ORDER)) == 2  # "agency" is no listed outlet
    listed = attrs.evolve(outer, speaker=attrs.evolve(outer.speaker, name="Reuters"))
    (kept,) = merge(ctx, [listed, inner], ORDER)
    assert kept.content.text == "the plan failed"
    assert [s.name for s in kept.chain] == ["Reuters", "Roe"]


# "According to the report , Lee , the old chief of the board , said that the plan failed ."
APPOSED = [
    "According",
    "to",
    "the",
    "report",
    ",",
    "Lee",
    ",",
    "the",
    "old",
    "chief",
    "of",
    "the",
    "board",
    ",",
]
APPOSED += ["said", "that", "the", "plan", "failed", "."]
APPOSED_HEADS = [14, 0, 3, 1, 14, 14, 5, 9, 9, 5, 9, 12, 10, 5, 14, 18, 17, 18, 14, 14]
APPOSED_DEPS = [
    "prep",
    "pobj",
    "det",
    "pobj",
    "punct",
    "nsubj",
    "punct",
    "det",
    "amod",
    "appos",
    "prep",
    "det",
]
APPOSED_DEPS += ["pobj", "punct", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
APPOSED_POS = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET"]
APPOSED_POS += ["NOUN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]


def test_a_nested_claim_found_twice_is_one_record_under_the_outer_one() -> None:
    """Inside 'according to X', the clause found with and without its "that" (a quotation and
    the reported clause that holds it) is one record, not two siblings under X."""
    ctx = context(APPOSED, APPOSED_HEADS, APPOSED_DEPS, APPOSED_POS)
    outer = claim(
        ctx,
        "according",
        "Lee, the old chief of the board, said that the plan failed",
        "the report",
        "According to",
    )
    with_that = claim(ctx, "quotes", "that the plan failed", "Lee", "said")
    clause = claim(ctx, "reported", "the plan failed", "Lee", "said")
    kept = merge(ctx, [outer, with_that, clause], ORDER, nesting={"according"})
    said = [a for a in kept if a.cue is not None and a.cue.text == "said"]
    assert [a.detector for a in said] == ["quotes"]


def test_what_someone_spoke_of_inside_another_claim_is_part_of_that_claim() -> None:
    ctx = context(AGENCY_WORDS, AGENCY_HEADS, AGENCY_DEPS, AGENCY_POS)
    said = "the chief city prosecutor, Roe, said the plan failed"
    outer = claim(ctx, "according", said, "the agency", "According to")
    topic = attrs.evolve(claim(ctx, "reported", "the plan", "Roe", "said"), act=Act.TOPIC)
    assert merge(ctx, [outer, topic], ORDER) == [outer]  # not kept beside the claim that holds it
    # a carrier gives way to it as to a claim: Roe's, relayed by the agency
    (kept,) = merge(ctx, [outer, topic], ORDER, nesting={"according"})
    assert kept.content.text == "the plan" and [s.name for s in kept.chain] == ["the agency", "Roe"]
