"""Tests of quotrack.evaluation.scores on invented gold documents and hand-built Results."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from evaluation_support import BRIDGE, DIGITS, RUIZ, find, gold_line, judged_doc, write

from quotrack.evaluation.gold import GoldDocument, GoldQuote, read_gold
from quotrack.evaluation.matching import _overlap_pairs
from quotrack.evaluation.scores import Scores, evaluate, score
from quotrack.model import Act, Attribution, Kind, Result, Speaker, TextSpan

# -- helpers ------------------------------------------------------------------


def quote(
    text: str,
    part: str,
    kind: str = "direct",
    speaker: str | None = None,
    mention: str | None = None,
    aliases: Sequence[str] = (),
) -> GoldQuote:
    start, end = find(text, part)
    mentions = [find(text, mention)] if mention else []
    return GoldQuote(
        start=start,
        end=end,
        kind=kind,
        speaker=speaker,
        speaker_mentions=mentions,
        speaker_aliases=aliases,
    )


def span_quote(start: int, end: int, kind: str = "direct", speaker: str | None = None) -> GoldQuote:
    return GoldQuote(start=start, end=end, kind=kind, speaker=speaker)


def attribution(
    text: str,
    span: str | tuple[int, int],
    kind: Kind | str = Kind.DIRECT,
    name: str | None = None,
    mention: str | tuple[int, int] | None = None,
) -> Attribution:
    start, end = find(text, span) if isinstance(span, str) else span
    speaker = None
    if name is not None:
        where = find(text, mention) if isinstance(mention, str) else mention
        speaker = Speaker(name, TextSpan.of(text, *where) if where else None)
    return Attribution(
        kind=Kind(kind), content=TextSpan.of(text, start, end), detector="test", speaker=speaker
    )


def result(text: str, *attributions: Attribution) -> Result:
    # (mypy's attrs plugin mistypes the ``converter=tuple`` field)
    return Result(text=text, attributions=attributions)  # type: ignore[arg-type]


def one_doc(text: str, quotes: Iterable[GoldQuote], *found: Attribution, **kw: Any) -> Scores:
    doc = GoldDocument(id="doc", text=text, quotes=tuple(quotes))
    return score([doc], [result(text, *found)], **kw)


# -- exact match --------------------------------------------------------------


def test_exact_match_ignores_quote_marks_and_trailing_punctuation() -> None:
    gold = [quote(BRIDGE, '"The new bridge opens in May."', speaker="Ana Ruiz")]
    scores = one_doc(BRIDGE, gold, attribution(BRIDGE, "The new bridge opens in May"))
    assert (scores.exact.tp, scores.exact.predicted, scores.exact.gold) == (1, 1, 1)
    assert scores.exact.f1 == 1.0
    assert scores.overlap.tp == 1


def test_split_quote_with_trailing_comma_matches_exactly() -> None:
    gold = [quote(BRIDGE, "We will not pay twice,", speaker="Tom Baker")]
    scores = one_doc(BRIDGE, gold, attribution(BRIDGE, '"We will not pay twice'))
    assert scores.exact.tp == 1


def test_a_word_short_is_no_exact_match_but_an_overlap_match() -> None:
    gold = [quote(BRIDGE, "The new bridge opens in May.")]
    scores = one_doc(BRIDGE, gold, attribution(BRIDGE, "The new bridge opens"))
    assert scores.exact.tp == 0
    assert scores.overlap.tp == 1
    assert scores.exact.precision == 0.0 and scores.overlap.precision == 1.0


def test_exact_match_is_one_to_one_on_repeated_predictions() -> None:
    gold = [quote(BRIDGE, "The new bridge opens in May.")]
    twice = attribution(BRIDGE, "The new bridge opens in May")
    scores = one_doc(BRIDGE, gold, twice, twice)
    assert (scores.exact.tp, scores.exact.predicted) == (1, 2)
    assert (scores.overlap.tp, scores.overlap.predicted) == (1, 2)
    assert scores.exact.precision == 0.5


# -- the 50% rule -------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        ((0, 20), (10, 20), True),  # half of the longer (gold) span
        ((0, 20), (11, 20), False),  # 9 of 20
        ((0, 10), (0, 20), True),  # half of the longer (predicted) span
        ((0, 10), (0, 21), False),  # 10 of 21
        ((0, 20), (10, 30), True),  # 10 shared, both 20 long
        ((0, 20), (11, 31), False),
        ((0, 20), (20, 40), False),  # touching is not overlapping
    ],
)
def test_overlap_needs_half_of_the_longer_span(
    gold: tuple[int, int], pred: tuple[int, int], matched: bool
) -> None:
    scores = one_doc(DIGITS, [span_quote(*gold)], attribution(DIGITS, pred))
    assert scores.overlap.tp == int(matched)
    assert scores.overlap.recall == (1.0 if matched else 0.0)


# -- one-to-one greedy matching -----------------------------------------------


def test_one_prediction_matches_one_gold_quote_only() -> None:
    # (0, 20) covers half of itself with each gold quote: only one can have it.
    gold = [span_quote(0, 10), span_quote(10, 20)]
    scores = one_doc(DIGITS, gold, attribution(DIGITS, (0, 20)))
    assert (scores.overlap.tp, scores.overlap.predicted, scores.overlap.gold) == (1, 1, 2)
    assert scores.overlap.recall == 0.5


def test_greedy_takes_highest_overlap_first() -> None:
    # Nested gold quotes: A = (0, 20) and B = (5, 20).  P1 = (5, 20) is B exactly
    # (ratio 1.0) and A at 0.75; P2 = (0, 16) is A at 0.8.  Greedy pairs P1-B,
    # then P2-A.  Speakers tell which pairing was made.
    gold = [span_quote(0, 20, speaker="Ann"), span_quote(5, 20, speaker="Bob")]
    p1 = attribution(DIGITS, (5, 20), name="Bob")
    p2 = attribution(DIGITS, (0, 16), name="Ann")
    scores = one_doc(DIGITS, gold, p2, p1)
    assert scores.overlap.tp == 2
    assert scores.speaker_correct == 2
    assert scores.end_to_end.f1 == 1.0


def test_greedy_is_greedy_not_a_maximum_matching() -> None:
    # P1 = (0, 20) equals A (1.0) and covers B = (5, 20) at 0.75; P2 = (0, 12)
    # covers only A (0.6).  Greedy gives P1 to A, leaving P2 and B unmatched,
    # although P1-B plus P2-A would have matched both.
    gold = [span_quote(0, 20), span_quote(5, 20)]
    scores = one_doc(DIGITS, gold, attribution(DIGITS, (0, 20)), attribution(DIGITS, (0, 12)))
    assert scores.overlap.tp == 1
    assert _overlap_pairs([(0, 20), (5, 20)], [(0, 20), (0, 12)]) == [(0, 0)]


# -- speakers -----------------------------------------------------------------


def test_end_to_end_needs_overlap_and_speaker() -> None:
    gold = [
        quote(BRIDGE, "The new bridge opens in May.", speaker="Mayor Ana Ruiz", mention="Mayor Ana Ruiz"),
        quote(BRIDGE, "the cost had doubled", "indirect", speaker="Critics", mention="Critics"),
        quote(BRIDGE, "We will not pay twice,", speaker="Councillor Tom Baker", mention="Tom Baker"),
    ]
    found = [
        attribution(BRIDGE, "The new bridge opens in May", name="Ana Ruiz", mention="Ana Ruiz"),
        attribution(BRIDGE, "the cost had doubled", "indirect", name="Tom Baker", mention="Tom Baker"),
        attribution(BRIDGE, "We will not pay twice", name="Baker"),  # last token
        attribution(BRIDGE, "Councillor"),  # matches nothing
    ]
    scores = one_doc(BRIDGE, gold, *found)
    assert (scores.overlap.tp, scores.overlap.predicted, scores.overlap.gold) == (3, 4, 3)
    assert scores.speaker_correct == 2
    assert scores.speaker_accuracy == pytest.approx(2 / 3)
    assert (scores.end_to_end.tp, scores.end_to_end.predicted, scores.end_to_end.gold) == (2, 4, 3)
    assert scores.end_to_end.precision == 0.5
    assert scores.end_to_end.recall == pytest.approx(2 / 3)


def test_unmatched_predictions_do_not_count_for_speaker_accuracy() -> None:
    gold = [quote(BRIDGE, "The new bridge opens in May.", speaker="Ana Ruiz")]
    scores = one_doc(BRIDGE, gold, attribution(BRIDGE, "Critics said", name="Nobody"))
    assert scores.overlap.tp == 0
    assert scores.speaker_accuracy == 0.0 and scores.speaker_correct == 0


# -- kinds --------------------------------------------------------------------


def _kind_doc() -> tuple[GoldDocument, Result]:
    gold = GoldDocument(
        id="kinds",
        text=BRIDGE,
        quotes=(
            quote(BRIDGE, "The new bridge opens in May.", "direct", "Ana Ruiz", "Ana Ruiz"),
            quote(BRIDGE, "the cost had doubled", "indirect", "Critics", "Critics"),
            quote(BRIDGE, "We will not pay twice,", "direct", "Tom Baker", "Tom Baker"),
        ),
    )
    found = result(
        BRIDGE,
        attribution(BRIDGE, "The new bridge opens in May", "mixed", "Ana Ruiz", "Ana Ruiz"),
        attribution(BRIDGE, "the cost had doubled", "indirect", "Critics", "Critics"),
        # a direct quote the system calls indirect: dropped with it under kinds
        attribution(BRIDGE, "We will not pay twice", "indirect", "Tom Baker", "Tom Baker"),
    )
    return gold, found


def test_all_kinds_recall_per_kind_and_kind_agreement() -> None:
    gold, found = _kind_doc()
    scores = score([gold], [found])
    assert scores.kinds is None
    assert scores.overlap.tp == 3 and scores.end_to_end.tp == 3
    assert [(e.kind, e.matched, e.gold) for e in scores.recall_by_kind] == [
        (Kind.DIRECT, 2, 2),
        (Kind.MIXED, 0, 0),
        (Kind.INDIRECT, 1, 1),
    ]
    assert scores.kind_correct == 1
    assert scores.kind_accuracy == pytest.approx(1 / 3)


def test_kind_restriction_applies_to_gold_and_predictions() -> None:
    gold, found = _kind_doc()
    scores = score([gold], [found], kinds={Kind.DIRECT, Kind.MIXED})
    assert scores.kinds == (Kind.DIRECT, Kind.MIXED)
    # gold: the two direct quotes; predictions: the one called mixed
    assert (scores.overlap.tp, scores.overlap.predicted, scores.overlap.gold) == (1, 1, 2)
    assert [e.kind for e in scores.recall_by_kind] == [Kind.DIRECT, Kind.MIXED]
    assert scores.recall_for("direct").recall == 0.5
    with pytest.raises(KeyError):
        scores.recall_for(Kind.INDIRECT)
    only_indirect = score([gold], [found], kinds=["indirect"])
    assert (only_indirect.overlap.tp, only_indirect.overlap.predicted, only_indirect.overlap.gold) == (
        1,
        2,
        1,
    )


# -- resolved speakers --------------------------------------------------------


def test_resolved_share_counts_names_that_differ_from_their_mention() -> None:
    found = result(
        RUIZ,
        attribution(RUIZ, "the bridge would open in May", "indirect", "Ana Ruiz", "Ana Ruiz"),
        attribution(RUIZ, "It is ready", "direct", "Ana Ruiz", "she"),  # resolved
        attribution(RUIZ, "It is ready", "direct", "Ana Ruiz"),  # no mention: not counted
        attribution(RUIZ, "It is ready", "direct"),  # no speaker
    )
    gold = GoldDocument(id="r", text=RUIZ)
    scores = score([gold], [found])
    assert (scores.predicted_speakers, scores.speakers_with_mention, scores.speakers_resolved) == (3, 2, 1)
    assert scores.resolved_share == 0.5


# -- output -------------------------------------------------------------------


def test_table_and_to_dict() -> None:
    gold, found = _kind_doc()
    scores = score([gold], [found])
    table = scores.table()
    lines = table.splitlines()
    assert lines[0] == "1 document, kinds: all"
    assert lines[2].split() == ["exact", "match", "1.000", "1.000", "1.000", "3", "3", "3"]
    assert any(line.split()[:2] == ["indirect", "1.000"] for line in lines)
    data = scores.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["overlap"]["f1"] == 1.0
    assert data["recall_by_kind"]["direct"] == {"matched": 2, "gold": 2, "recall": 1.0}
    assert data["speaker"]["accuracy"] == 1.0
    assert score([gold], [found], kinds={"direct"}).to_dict()["kinds"] == ["direct"]


def test_score_checks_its_inputs() -> None:
    gold, found = _kind_doc()
    with pytest.raises(ValueError, match="1 gold documents but 2 predictions"):
        score([gold], [found, found])
    with pytest.raises(ValueError, match="different text"):
        score([gold], [Result(text="Something else.")])


def test_scores_are_summed_over_documents() -> None:
    gold, found = _kind_doc()
    other = GoldDocument(id="digits", text=DIGITS, quotes=(span_quote(0, 20),))
    scores = score([gold, other], [found, result(DIGITS)])
    assert scores.documents == 2
    assert (scores.overlap.tp, scores.overlap.predicted, scores.overlap.gold) == (3, 3, 4)


# -- evaluate -----------------------------------------------------------------


class FakeTracker:
    """Stands in for quotrack.Tracker: finds the one sentence it was told to."""

    def __init__(self, part: str, name: str) -> None:
        self.part, self.name = part, name
        self.calls: list[tuple[int, int]] = []

    def pipe(self, texts: Iterable[str], batch_size: int = 32, n_process: int = 1) -> Iterator[Result]:
        self.calls.append((batch_size, n_process))
        for text in texts:
            found = [attribution(text, self.part, name=self.name)] if self.part in text else []
            yield result(text, *found)


def test_evaluate_runs_the_tracker_on_a_path_or_documents(tmp_path: Path) -> None:
    other = {
        "id": "other",
        "text": DIGITS,
        "quotes": [{"start": 0, "end": 50, "kind": "indirect", "speaker": None}],
    }
    path = write(tmp_path / "gold.jsonl", gold_line(), other)
    tracker = FakeTracker("The new bridge opens in May", "Ruiz")
    scores = evaluate(path, tracker, batch_size=4, n_process=2)
    assert tracker.calls == [(4, 2)]
    assert scores.documents == 2
    assert (scores.exact.tp, scores.overlap.gold, scores.end_to_end.tp) == (1, 2, 1)
    assert evaluate(read_gold(path), tracker) == scores
    direct = evaluate(path, tracker, kinds=[Kind.DIRECT])
    assert (direct.end_to_end.tp, direct.end_to_end.gold) == (1, 1)


def test_evaluate_builds_the_default_tracker_when_given_none(tmp_path: Path) -> None:
    text = "Ann Lee said the ferry would sail at noon."
    quote = {"start": 13, "end": 41, "kind": "indirect", "speaker": "Ann Lee"}
    path = write(tmp_path / "gold.jsonl", {"id": "ferry", "text": text, "quotes": [quote]})
    scores = evaluate(path)
    assert (scores.documents, scores.end_to_end.tp, scores.end_to_end.predicted) == (1, 1, 1)


# -- acts -----------------------------------------------------------------------


def test_recall_by_act() -> None:
    text = "Lee said taxes will rise. Roe fears that rates will fall. A poll shows Kim ahead of Park."
    gold = GoldDocument(
        id="acts",
        text=text,
        quotes=[
            GoldQuote(
                *find(text, "taxes will rise"),
                kind="indirect",
                speaker="Lee",
                cue="said",
                speaker_mentions=[find(text, "Lee")],
            ),
            GoldQuote(*find(text, "rates will fall"), kind="indirect", speaker="Roe", cue="fears"),
            GoldQuote(*find(text, "Kim ahead of Park"), kind="indirect", speaker="A poll", cue="shows"),
        ],
    )
    found = [
        attribution(text, "taxes will rise", Kind.INDIRECT, "Lee", "Lee"),
        attribution(text, "Kim ahead of Park", Kind.INDIRECT, "Roe", "Roe"),
    ]
    scores = score([gold], [result(text, *found)])
    by_act = {entry.act: entry for entry in scores.recall_by_act}
    assert [entry.act for entry in scores.recall_by_act] == list(Act)
    assert (by_act[Act.SPEECH].matched, by_act[Act.SPEECH].correct, by_act[Act.SPEECH].gold) == (1, 1, 1)
    assert (by_act[Act.BELIEF].matched, by_act[Act.BELIEF].gold) == (0, 1)
    assert (by_act[Act.EVIDENCE].recall, by_act[Act.EVIDENCE].end_to_end_recall) == (1.0, 0.0)
    assert by_act[Act.STANCE].gold == 0
    assert scores.to_dict()["recall_by_act"]["evidence"]["matched"] == 1
    lines = scores.table().splitlines()
    assert "recall by gold act (overlap; end to end)" in lines
    assert any(line.split() == ["belief", "0.000", "0.000", "(0", "of", "1)"] for line in lines)


def test_precision_by_predicted_act() -> None:
    text = "Lee said taxes will rise. Roe commented on the new budget plan."
    gold = GoldDocument(
        id="acts",
        text=text,
        quotes=[GoldQuote(*find(text, "taxes will rise"), kind="indirect", speaker="Lee", cue="said")],
    )
    topic = attrs.evolve(attribution(text, "the new budget plan", Kind.INDIRECT, "Roe", "Roe"), act=Act.TOPIC)
    found = [attribution(text, "taxes will rise", Kind.INDIRECT, "Lee", "Lee"), topic]
    scores = score([gold], [result(text, *found)])
    by_act = {entry.act: entry for entry in scores.precision_by_act}
    assert [entry.act for entry in scores.precision_by_act] == list(Act)
    assert (by_act[Act.SPEECH].matched, by_act[Act.SPEECH].correct, by_act[Act.SPEECH].predicted) == (1, 1, 1)
    topics = by_act[Act.TOPIC]
    assert (topics.matched, topics.predicted, topics.precision) == (0, 1, 0.0)
    assert scores.to_dict()["precision_by_act"]["topic"]["predicted"] == 1
    lines = scores.table().splitlines()
    assert any(line.split() == ["topic", "0.000", "0.000", "(0", "of", "1)"] for line in lines)
    assert any(line.split() == ["topic", "0.000", "0.000", "(0", "of", "0)"] for line in lines)  # gold acts


# -- confidence tables in the scores -------------------------------------------


def test_confidence_tables_in_table_and_to_dict() -> None:
    gold, found = judged_doc()
    scores = score([gold], [found])
    data = scores.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["reliability"]["ece"] == pytest.approx(0.15)
    assert data["reliability"]["bins"][9] == {
        "low": 0.9,
        "high": 1.0,
        "count": 1,
        "mean_confidence": 0.95,
        "accuracy": 1.0,
    }
    assert data["by_threshold"]["0.50"]["precision"] == 1.0
    lines = scores.table().splitlines()
    assert "reliability (end to end)" in lines
    assert "  ECE 0.150 over 4 predictions" in lines
    assert any(line.split() == ["0.50", "1.000", "0.667", "0.800", "2"] for line in lines)


# -- strict speaker names and speaker kinds ------------------------------------


def test_strict_speaker_accuracy_wants_the_full_canonical_name() -> None:
    text = 'Health minister Rosa Kimura said, "The clinics stay open." Kimura left early.'
    gold = quote(text, "The clinics stay open.", speaker="Rosa Kimura", mention="Health minister Rosa Kimura")
    content = "The clinics stay open."
    full = attribution(text, content, name="rosa  KIMURA", mention="Rosa Kimura")
    surname = attribution(text, content, name="Kimura", mention="Kimura")
    titled = attribution(
        text, content, name="Health minister Rosa Kimura", mention="Health minister Rosa Kimura"
    )
    assert one_doc(text, [gold], full).strict_speaker_accuracy == 1.0
    for found in (surname, titled):
        scores = one_doc(text, [gold], found)
        assert scores.speaker_accuracy == 1.0  # the lenient rule accepts both
        assert scores.strict_speaker_accuracy == 0.0
    nobody = GoldQuote(start=gold.start, end=gold.end, kind="direct", speaker=None)
    assert one_doc(text, [nobody], attribution(text, content)).speaker_exact == 1
    assert one_doc(text, [nobody], full).speaker_exact == 0


def test_speaker_kind_accuracy_counts_only_scored_gold_kinds(tmp_path: Path) -> None:
    text = 'Officials said the road is shut. A report says costs rose. "Go home," Ann Lee said.'
    line = {
        "id": "kinds",
        "text": text,
        "quotes": [
            {
                **_span_dict(text, "the road is shut"),
                "kind": "indirect",
                "speaker": "officials",
                "speaker_kind": "group",
            },
            {
                **_span_dict(text, "costs rose"),
                "kind": "indirect",
                "speaker": "A report",
                "speaker_kind": "document",
            },
            {
                **_span_dict(text, "Go home,"),
                "kind": "direct",
                "speaker": "Ann Lee",
                "speaker_kind": "person",
            },
        ],
    }
    (doc,) = read_gold(write(tmp_path / "g.jsonl", line))
    assert [q.speaker_kind for q in doc.quotes] == ["group", "document", "person"]
    found = [
        Attribution(
            kind=Kind.INDIRECT,
            content=TextSpan.of(text, *find(text, "the road is shut")),
            detector="test",
            speaker=Speaker("Officials", kind="unnamed"),
        ),
        Attribution(
            kind=Kind.INDIRECT,
            content=TextSpan.of(text, *find(text, "costs rose")),
            detector="test",
            speaker=Speaker("A report", kind="organization"),
        ),
        Attribution(
            kind=Kind.DIRECT,
            content=TextSpan.of(text, *find(text, "Go home")),
            detector="test",
            speaker=Speaker("Ann Lee", kind="organization"),
        ),
    ]
    scores = score([doc], [Result(text=text, attributions=tuple(found))])
    assert (scores.speaker_kind_correct, scores.speaker_kind_pairs) == (1, 2)
    assert scores.speaker_exact == 3
    data = scores.to_dict()
    assert data["speaker_kind"] == {"correct": 1, "pairs": 2, "accuracy": 0.5}
    assert data["speaker"]["strict_accuracy"] == 1.0
    lines = scores.table().splitlines()
    assert any(line.split()[:4] == ["speaker", "exact", "1.000", "(3"] for line in lines)
    assert any(line.split()[:4] == ["speaker", "kind", "0.500", "(1"] for line in lines)


def _span_dict(text: str, part: str) -> dict[str, int]:
    start, end = find(text, part)
    return {"start": start, "end": end}
