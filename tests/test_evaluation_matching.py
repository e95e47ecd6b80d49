"""Tests of quotrack.evaluation.matching on invented gold quotes and hand-built predictions."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from evaluation_support import RUIZ, find, judged_doc

from quotrack.errors import ArgumentError
from quotrack.evaluation.gold import GoldQuote
from quotrack.evaluation.matching import (
    _overlap_pairs,
    judge,
    kind_set,
    normalise_name,
    speaker_correct,
    speaker_kind_right,
    trim_span,
)
from quotrack.evaluation.scores import score
from quotrack.model import Kind, Speaker, TextSpan

# -- trimming -----------------------------------------------------------------


def test_trim_span_strips_marks_spaces_and_trailing_punctuation() -> None:
    text = " «Yes, we will!» "
    assert text[slice(*trim_span(text, 0, len(text)))] == "Yes, we will"
    text = "“Enough…”—"
    assert text[slice(*trim_span(text, 0, len(text)))] == "Enough"
    # leading punctuation other than quote marks is kept
    text = "(maybe) "
    assert text[slice(*trim_span(text, 0, len(text)))] == "(maybe)"


# -- one-to-one greedy matching -----------------------------------------------


def test_ties_break_by_text_order_and_do_not_depend_on_prediction_order() -> None:
    gold = [(0, 10), (10, 20)]
    assert _overlap_pairs(gold, [(0, 20)]) == [(0, 0)]
    preds = [(2, 12), (8, 18), (0, 10)]
    pairs = _overlap_pairs(gold, preds)
    assert pairs == [(0, 2), (1, 1)]
    shuffled = [preds[2], preds[0], preds[1]]
    assert [(g, shuffled[p]) for g, p in _overlap_pairs(gold, shuffled)] == [(g, preds[p]) for g, p in pairs]


def _brute_force_pairs(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    order = sorted(range(len(gold)), key=lambda i: gold[i])
    rank = {i: k for k, i in enumerate(order)}
    candidates = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            longer = max(ge - gs, pe - ps)
            if overlap > 0 and 2 * overlap >= longer:
                candidates.append((-overlap / longer, -overlap, rank[i], ps, pe, j, i))
    candidates.sort()
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for *_, j, i in candidates:
        if i not in taken_g and j not in taken_p:
            taken_g.add(i)
            taken_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def test_fast_matching_equals_brute_force_on_random_spans() -> None:
    rng = random.Random(20161108)
    for _ in range(300):

        def spans(n: int) -> list[tuple[int, int]]:
            out = []
            for _ in range(n):
                start = rng.randrange(0, 200)
                out.append((start, start + rng.randrange(1, 60)))
            return out

        gold, pred = spans(rng.randrange(0, 15)), spans(rng.randrange(0, 15))
        assert _overlap_pairs(gold, pred) == _brute_force_pairs(gold, pred)


# -- speakers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mention", "correct"),
    [
        ("Ana Ruiz", "she", True),  # "she" resolved: the mention overlaps the gold one
        ("Ana Ruiz", "Ana Ruiz", False),  # right person, but another mention (a lower bound)
        ("Someone Else", "she", True),  # mention overlaps the gold mention
        ("she", None, True),  # normalised name equals the gold speaker
        ("SHE", None, True),
        ("Tom Baker", None, False),
        ("Tom Baker", "Ana Ruiz", False),
    ],
)
def test_speaker_rules_for_a_pronoun_source(name: str, mention: str | None, correct: bool) -> None:
    gold = GoldQuote(
        start=find(RUIZ, "It is ready,")[0],
        end=find(RUIZ, "It is ready,")[1],
        kind="direct",
        speaker="she",
        speaker_mentions=[find(RUIZ, "she")],
    )
    predicted = Speaker(name, TextSpan.of(RUIZ, *find(RUIZ, mention)) if mention else None)
    assert speaker_correct(gold, predicted) is correct


OMAR = (
    "The plan drew fire from Omar Haddad, who said it ignored the coast, and a union that called it rushed."
)


@pytest.mark.parametrize(
    ("pronoun", "content", "mention", "correct"),
    [
        ("who", "it ignored the coast", "Omar Haddad", True),  # the antecedent, right before "who"
        ("that", "it rushed", "a union", True),
        ("who", "it ignored the coast", "The plan", False),  # not the antecedent
        ("who", "it ignored the coast", "a union", False),  # after the pronoun
    ],
)
def test_a_relative_pronoun_source_accepts_its_antecedent(
    pronoun: str, content: str, mention: str, correct: bool
) -> None:
    pronoun_at = OMAR.index(f" {pronoun} ") + 1
    gold = GoldQuote(
        start=OMAR.index(content),
        end=OMAR.index(content) + len(content),
        kind="indirect",
        speaker=pronoun,
        speaker_mentions=[(pronoun_at, pronoun_at + len(pronoun))],
    )
    predicted = Speaker("anyone", TextSpan.of(OMAR, *find(OMAR, mention)))
    assert speaker_correct(gold, predicted, OMAR) is correct
    assert speaker_correct(gold, predicted) is False  # without the text, only overlap or the name


def test_speaker_last_token_and_normalisation() -> None:
    start, end = find(RUIZ, "the bridge would open in May")
    gold = GoldQuote(start=start, end=end, kind="indirect", speaker="Mayor Ana Ruiz's office")
    assert speaker_correct(gold, Speaker("Ruiz")) is False  # the last token is "office"
    gold = GoldQuote(start=start, end=end, kind="indirect", speaker="Mayor Ana Ruiz")
    assert speaker_correct(gold, Speaker("Ruiz"))
    assert speaker_correct(gold, Speaker("RUIZ'S"))
    assert speaker_correct(gold, Speaker("Ana  ruiz"))
    assert not speaker_correct(gold, Speaker("Ana"))
    assert not speaker_correct(gold, Speaker("  ...  "))
    assert normalise_name("The Mayor's") == "mayor"


def test_speaker_aliases_count_as_correct() -> None:
    gold = GoldQuote(start=0, end=10, kind="indirect", speaker="the council", speaker_aliases=("Tom Baker",))
    assert speaker_correct(gold, Speaker("Council"))
    assert speaker_correct(gold, Speaker("Mr. Baker"))
    assert not speaker_correct(gold, Speaker("Ana Ruiz"))


def test_gold_without_speaker_wants_no_predicted_speaker() -> None:
    gold = GoldQuote(start=0, end=10, kind="indirect", speaker=None)
    assert speaker_correct(gold, None)
    assert not speaker_correct(gold, Speaker("Ana Ruiz"))
    with_speaker = GoldQuote(start=0, end=10, kind="indirect", speaker="Ana Ruiz")
    assert not speaker_correct(with_speaker, None)


@pytest.mark.parametrize(
    ("gold_kind", "predicted", "right"),
    [
        ("person", "person", True),
        ("group", "unnamed", True),
        ("group", "group", True),
        ("outlet", "organization", False),
        ("organization", None, False),
        ("document", "organization", None),
        (None, "person", None),
    ],
)
def test_speaker_kind_right(gold_kind: str | None, predicted: str | None, right: bool | None) -> None:
    gold = GoldQuote(start=0, end=5, kind="direct", speaker="x", speaker_kind=gold_kind)
    speaker = None if predicted is None else Speaker("x", kind=predicted)
    assert speaker_kind_right(gold, speaker) is right


# -- judge --------------------------------------------------------------------


def test_judge_is_the_end_to_end_true_positive_of_each_prediction() -> None:
    gold, found = judged_doc()
    assert judge(gold, found) == [True, False, False, True]
    assert judge(gold, found, kinds={"indirect"}) == [False]
    assert sum(judge(gold, found)) == score([gold], [found]).end_to_end.tp


def test_kinds_are_one_kind_or_several_and_an_unknown_kind_is_named() -> None:
    assert kind_set("direct") == frozenset({Kind.DIRECT})
    assert kind_set(["mixed", Kind.INDIRECT]) == frozenset({Kind.MIXED, Kind.INDIRECT})
    assert kind_set(None) is None
    with pytest.raises(ArgumentError, match=r"kinds: no kind 'bogus' \(direct, indirect, mixed\)"):
        kind_set(["direct", "bogus"])
