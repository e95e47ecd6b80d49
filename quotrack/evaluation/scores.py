"""Score quotrack against a gold standard of annotated attributions.

The gold standard and its file format are :mod:`quotrack.evaluation.gold`; how a
prediction is matched to a gold attribution and judged right is
:mod:`quotrack.evaluation.matching`; the confidence tables are :mod:`quotrack.evaluation.reliability`;
precision, recall and F1 from counts are :mod:`quotrack.evaluation.prf`.

The scores (see :func:`score` for the exact rules):

* quote detection P/R/F1 by **exact** match (after trimming quote marks,
  spaces and trailing punctuation) and by **overlap** match (overlap at least
  50% of the longer span, one-to-one, greedy, highest overlap first);
* **speaker accuracy** over the overlap-matched pairs, lenient (a mention
  or a last name agrees) and **strict** (the canonical name in full), and
  the **speaker kind** where the gold gives one;
* **end-to-end** P/R/F1: a true positive is an overlap match whose speaker is
  correct;
* recall per gold kind and per act (speech, evidence, belief, stance, topic:
  the gold ``act`` when given, else read from the cue and source with
  :meth:`quotrack.acts.ActLexicon.of_text`), precision per predicted act
  (how many of the topics found a gold attribution confirms), agreement on the kind, and the
  share of predicted speakers whose name was resolved beyond the words of
  their mention.

>>> from quotrack.evaluation.gold import GoldQuote
>>> from quotrack.model import Speaker, TextSpan
>>> text = 'Ann Lee said, "We will win." Bob Roe disagreed.'
>>> gold = GoldDocument(id="d1", text=text, quotes=[
...     GoldQuote(start=14, end=28, kind="direct", speaker="Ann Lee", speaker_mentions=[(0, 7)])])
>>> found = Attribution(kind=Kind.DIRECT, content=TextSpan.of(text, 15, 26), detector="quotes",
...                     speaker=Speaker("Ann Lee", TextSpan.of(text, 0, 7)))
>>> scores = score([gold], [Result(text=text, attributions=[found])])
>>> scores.exact.f1, scores.overlap.f1, scores.speaker_accuracy, scores.end_to_end.f1
(1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

import attrs

from ..acts import ActLexicon
from ..model import Act, Attribution, Kind, Result
from ..tracker import Tracker
from .gold import GoldDocument, gold_act, read_gold
from .matching import kind_set, match_document, speaker_exact, speaker_kind_right, trim_span
from .prf import PRF, ratio
from .reliability import Reliability, ThresholdScore, by_threshold, reliability, threshold_table

__all__ = [
    "ActPrecision",
    "ActRecall",
    "KindRecall",
    "Scores",
    "evaluate",
    "score",
]

# -- scores -------------------------------------------------------------------


@attrs.frozen
class KindRecall:
    """How many gold quotes of one kind an overlap match found."""

    kind: Kind
    matched: int
    gold: int

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)


@attrs.frozen
class ActRecall:
    """How many gold attributions of one act an overlap match found.

    The act of a gold attribution is :func:`~quotrack.evaluation.gold.gold_act`.
    """

    act: Act
    matched: int
    gold: int
    correct: int = 0
    """... of which the predicted speaker is right (end-to-end)."""

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def end_to_end_recall(self) -> float:
        return ratio(self.correct, self.gold)


def _act_recalls(value: Iterable[ActRecall]) -> tuple[ActRecall, ...]:
    return tuple(value)


@attrs.frozen
class ActPrecision:
    """How many predictions of one act an overlap match confirmed (the prediction's own ``act``)."""

    act: Act
    matched: int
    predicted: int
    correct: int = 0
    """... of which the predicted speaker is right (end-to-end)."""

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def end_to_end_precision(self) -> float:
        return ratio(self.correct, self.predicted)


def _act_precisions(value: Iterable[ActPrecision]) -> tuple[ActPrecision, ...]:
    return tuple(value)


def _thresholds(value: Iterable[ThresholdScore]) -> tuple[ThresholdScore, ...]:
    return tuple(value)


@attrs.frozen
class Scores:
    """The scores of one run over a gold set (see :func:`score` for the rules)."""

    documents: int
    kinds: tuple[Kind, ...] | None
    """The kinds scored, or None for all."""
    exact: PRF
    """Quote detection, exact match after trimming."""
    overlap: PRF
    """Quote detection, overlap match (≥ 50% of the longer span, one-to-one)."""
    end_to_end: PRF
    """Overlap match with a correct speaker."""
    speaker_correct: int
    """Overlap-matched pairs whose predicted speaker is correct."""
    gold_without_speaker: int
    """Overlap-matched pairs whose gold quote has no speaker."""
    kind_correct: int
    """Overlap-matched pairs whose predicted kind is the gold kind."""
    recall_by_kind: tuple[KindRecall, ...]
    """Overlap recall for each gold kind scored, in :class:`Kind` order."""
    predicted_speakers: int
    """Scored predictions that name a speaker."""
    speakers_with_mention: int
    """... of which the speaker has a mention span in the text."""
    speakers_resolved: int
    """... of which ``speaker.name`` differs from the mention's text."""
    recall_by_act: tuple[ActRecall, ...] = attrs.field(default=(), converter=_act_recalls)
    """Overlap recall for each gold act, in :class:`~quotrack.model.Act` order."""
    reliability: Reliability = attrs.field(factory=Reliability)
    """Confidence against end-to-end accuracy, in ten bins.

    See :func:`~quotrack.evaluation.reliability.reliability`.
    """
    by_threshold: tuple[ThresholdScore, ...] = attrs.field(default=(), converter=_thresholds)
    """End-to-end scores at each of :data:`~quotrack.evaluation.reliability.THRESHOLDS` of confidence."""
    speaker_exact: int = 0
    """Overlap-matched pairs whose speaker's full name is the gold name
    (:func:`~quotrack.evaluation.matching.speaker_exact`)."""
    speaker_kind_correct: int = 0
    """Overlap-matched pairs with a scored gold speaker kind that the prediction's kind agrees with."""
    speaker_kind_pairs: int = 0
    """Overlap-matched pairs with a scored gold speaker kind
    (see :func:`~quotrack.evaluation.matching.speaker_kind_right`)."""
    precision_by_act: tuple[ActPrecision, ...] = attrs.field(default=(), converter=_act_precisions)
    """Overlap precision for each predicted act, in :class:`~quotrack.model.Act` order."""

    @property
    def strict_speaker_accuracy(self) -> float:
        """Share of overlap-matched pairs whose speaker is the gold canonical name in full."""
        return ratio(self.speaker_exact, self.overlap.tp)

    @property
    def speaker_kind_accuracy(self) -> float:
        """Share of pairs with a scored gold speaker kind whose predicted kind agrees."""
        return ratio(self.speaker_kind_correct, self.speaker_kind_pairs)

    @property
    def speaker_accuracy(self) -> float:
        """Share of overlap-matched pairs with a correct speaker."""
        return ratio(self.speaker_correct, self.overlap.tp)

    @property
    def kind_accuracy(self) -> float:
        """Share of overlap-matched pairs with the gold kind."""
        return ratio(self.kind_correct, self.overlap.tp)

    @property
    def resolved_share(self) -> float:
        """Share of predicted speakers with a mention whose name differs from it."""
        return ratio(self.speakers_resolved, self.speakers_with_mention)

    def recall_for(self, kind: Kind | str) -> KindRecall:
        """The :class:`KindRecall` of ``kind``; KeyError when it was not scored."""
        kind = Kind(kind)
        for entry in self.recall_by_kind:
            if entry.kind is kind:
                return entry
        raise KeyError(kind.value)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every count and rate."""
        return {
            "documents": self.documents,
            "kinds": None if self.kinds is None else [kind.value for kind in self.kinds],
            "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "speaker": {
                "correct": self.speaker_correct,
                "pairs": self.overlap.tp,
                "accuracy": self.speaker_accuracy,
                "gold_without_speaker": self.gold_without_speaker,
                "exact": self.speaker_exact,
                "strict_accuracy": self.strict_speaker_accuracy,
            },
            "speaker_kind": {
                "correct": self.speaker_kind_correct,
                "pairs": self.speaker_kind_pairs,
                "accuracy": self.speaker_kind_accuracy,
            },
            "kind_agreement": {
                "correct": self.kind_correct,
                "pairs": self.overlap.tp,
                "accuracy": self.kind_accuracy,
            },
            "recall_by_kind": {
                entry.kind.value: {
                    "matched": entry.matched,
                    "gold": entry.gold,
                    "recall": entry.recall,
                }
                for entry in self.recall_by_kind
            },
            "recall_by_act": {
                entry.act.value: {
                    "matched": entry.matched,
                    "correct": entry.correct,
                    "gold": entry.gold,
                    "recall": entry.recall,
                    "end_to_end_recall": entry.end_to_end_recall,
                }
                for entry in self.recall_by_act
            },
            "precision_by_act": {
                entry.act.value: {
                    "matched": entry.matched,
                    "correct": entry.correct,
                    "predicted": entry.predicted,
                    "precision": entry.precision,
                    "end_to_end_precision": entry.end_to_end_precision,
                }
                for entry in self.precision_by_act
            },
            "resolved_speakers": {
                "predicted_speakers": self.predicted_speakers,
                "with_mention": self.speakers_with_mention,
                "resolved": self.speakers_resolved,
                "share": self.resolved_share,
            },
            "reliability": self.reliability.to_dict(),
            "by_threshold": {f"{t.threshold:.2f}": t.end_to_end.to_dict() for t in self.by_threshold},
        }

    def table(self) -> str:
        """The scores as a fixed-width plain-text table.

        >>> print(score([], []).table())  # doctest: +NORMALIZE_WHITESPACE
        0 documents, kinds: all
        quote detection      P      R     F1     TP   pred   gold
          exact match    0.000  0.000  0.000      0      0      0
          overlap match  0.000  0.000  0.000      0      0      0
          end to end     0.000  0.000  0.000      0      0      0
        overlap-matched pairs
          speaker right  0.000  (0 of 0; 0 with no gold speaker)
          speaker exact  0.000  (0 of 0; the canonical name in full)
          speaker kind   0.000  (0 of 0 with a gold speaker kind)
          kind right     0.000  (0 of 0)
        recall by gold kind (overlap)
          direct         0.000  (0 of 0)
          mixed          0.000  (0 of 0)
          indirect       0.000  (0 of 0)
        recall by gold act (overlap; end to end)
          speech         0.000  0.000  (0 of 0)
          evidence       0.000  0.000  (0 of 0)
          belief         0.000  0.000  (0 of 0)
          stance         0.000  0.000  (0 of 0)
          topic          0.000  0.000  (0 of 0)
          request        0.000  0.000  (0 of 0)
        precision by predicted act (overlap; end to end)
          speech         0.000  0.000  (0 of 0)
          evidence       0.000  0.000  (0 of 0)
          belief         0.000  0.000  (0 of 0)
          stance         0.000  0.000  (0 of 0)
          topic          0.000  0.000  (0 of 0)
          request        0.000  0.000  (0 of 0)
        predicted speakers
          resolved       0.000  (0 of 0 with a mention; 0 predictions name a speaker)
        reliability (end to end)
        confidence   count   mean  right
          0.0–0.1        0  0.000  0.000
          0.1–0.2        0  0.000  0.000
          0.2–0.3        0  0.000  0.000
          0.3–0.4        0  0.000  0.000
          0.4–0.5        0  0.000  0.000
          0.5–0.6        0  0.000  0.000
          0.6–0.7        0  0.000  0.000
          0.7–0.8        0  0.000  0.000
          0.8–0.9        0  0.000  0.000
          0.9–1.0        0  0.000  0.000
          ECE 0.000 over 0 predictions
        end to end at confidence ≥   P      R     F1   kept
          0.00                    0.000  0.000  0.000      0
          0.30                    0.000  0.000  0.000      0
          0.50                    0.000  0.000  0.000      0
          0.60                    0.000  0.000  0.000      0
          0.70                    0.000  0.000  0.000      0
          0.80                    0.000  0.000  0.000      0
          0.90                    0.000  0.000  0.000      0
        """
        kinds = "all" if self.kinds is None else " + ".join(kind.value for kind in self.kinds)
        plural = "" if self.documents == 1 else "s"
        lines = [
            f"{self.documents} document{plural}, kinds: {kinds}",
            f"{'quote detection':<15}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'pred':>7}{'gold':>7}",
        ]
        for label, prf in (
            ("exact match", self.exact),
            ("overlap match", self.overlap),
            ("end to end", self.end_to_end),
        ):
            lines.append(
                f"  {label:<13}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                f"{prf.tp:>7}{prf.predicted:>7}{prf.gold:>7}"
            )
        pairs = self.overlap.tp
        lines += [
            "overlap-matched pairs",
            (
                f"  {'speaker right':<13}{self.speaker_accuracy:>7.3f}  "
                f"({self.speaker_correct} of {pairs}; "
                f"{self.gold_without_speaker} with no gold speaker)"
            ),
            (
                f"  {'speaker exact':<13}{self.strict_speaker_accuracy:>7.3f}  "
                f"({self.speaker_exact} of {pairs}; the canonical name in full)"
            ),
            (
                f"  {'speaker kind':<13}{self.speaker_kind_accuracy:>7.3f}  "
                f"({self.speaker_kind_correct} of {self.speaker_kind_pairs} with a gold speaker kind)"
            ),
            f"  {'kind right':<13}{self.kind_accuracy:>7.3f}  ({self.kind_correct} of {pairs})",
            "recall by gold kind (overlap)",
        ]
        for entry in self.recall_by_kind:
            lines.append(f"  {entry.kind.value:<13}{entry.recall:>7.3f}  ({entry.matched} of {entry.gold})")
        lines.append("recall by gold act (overlap; end to end)")
        for act_entry in self.recall_by_act:
            lines.append(
                f"  {act_entry.act.value:<13}{act_entry.recall:>7.3f}{act_entry.end_to_end_recall:>7.3f}"
                f"  ({act_entry.matched} of {act_entry.gold})"
            )
        lines.append("precision by predicted act (overlap; end to end)")
        for by_act in self.precision_by_act:
            lines.append(
                f"  {by_act.act.value:<13}{by_act.precision:>7.3f}{by_act.end_to_end_precision:>7.3f}"
                f"  ({by_act.matched} of {by_act.predicted})"
            )
        lines += [
            "predicted speakers",
            (
                f"  {'resolved':<13}{self.resolved_share:>7.3f}  ({self.speakers_resolved} of "
                f"{self.speakers_with_mention} with a mention; "
                f"{self.predicted_speakers} predictions name a speaker)"
            ),
            "reliability (end to end)",
            self.reliability.table(),
        ]
        if self.by_threshold:
            lines.append(threshold_table(self.by_threshold))
        return "\n".join(lines)


def score(
    gold_docs: Sequence[GoldDocument],
    predictions: Iterable[Result],
    kinds: Iterable[Kind | str] | None = None,
) -> Scores:
    """Score ``predictions`` (one :class:`Result` per gold document, same order).

    Rules:

    * A prediction's span is its attribution's ``content`` (first to last
      piece); a gold quote's is ``start``/``end``.  Both are trimmed with
      :func:`~quotrack.evaluation.matching.trim_span` before any comparison.
    * Exact match: equal trimmed spans, one-to-one (repeated spans count as
      many times as they occur on both sides).
    * Overlap match: overlap of at least 50% of the longer trimmed span,
      one-to-one, greedy by highest overlap ratio (ties: more characters
      shared, then text order).  Deterministic.
    * Speaker accuracy, over the overlap-matched pairs: see
      :func:`~quotrack.evaluation.matching.speaker_correct` (a gold quote without a speaker wants none);
      strict speaker accuracy: :func:`~quotrack.evaluation.matching.speaker_exact`; speaker kind accuracy,
      over the pairs whose gold gives a person, organization, outlet or group:
      :func:`~quotrack.evaluation.matching.speaker_kind_right`.
    * End to end: true positives are overlap-matched pairs with a correct
      speaker; precision over all predictions, recall over all gold quotes.
    * ``kinds`` (e.g. ``{Kind.DIRECT, Kind.MIXED}``) keeps only the gold
      quotes and the predictions of those kinds, on both sides.
    * Resolved speakers: of the (kept) predictions whose speaker has a
      mention, those whose ``speaker.name`` differs from the mention's text.

    Raises ValueError when the numbers of documents differ or a Result's
    text is not its gold document's text.
    """
    wanted = kind_set(kinds)
    results = list(predictions)
    if len(results) != len(gold_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(results)} predictions")
    scored_kinds = [kind for kind in Kind if wanted is None or kind in wanted]
    exact_tp = overlap_tp = e2e_tp = n_pred = n_gold = 0
    speaker_ok = gold_no_speaker = kind_ok = 0
    exact_speakers = kinds_right = kind_pairs = 0
    gold_by_kind: Counter[Kind] = Counter()
    matched_by_kind: Counter[Kind] = Counter()
    gold_by_act: Counter[Act] = Counter()
    matched_by_act: Counter[Act] = Counter()
    correct_by_act: Counter[Act] = Counter()
    predicted_by_act: Counter[Act] = Counter()
    confirmed_by_act: Counter[Act] = Counter()
    right_by_act: Counter[Act] = Counter()
    lexicon = ActLexicon.default()
    named = with_mention = resolved = 0
    judged: list[tuple[float, bool]] = []
    for doc, result in zip(gold_docs, results, strict=True):
        if result.text != doc.text:
            raise ValueError(f"the prediction for document {doc.id!r} is for a different text")
        text = doc.text
        gold, pred, pairs, right = match_document(doc, result, wanted)
        gold_spans = [trim_span(text, q.start, q.end) for q in gold]
        pred_spans = [trim_span(text, a.content.start, a.content.end) for a in pred]
        n_gold += len(gold)
        n_pred += len(pred)
        exact_tp += sum((Counter(gold_spans) & Counter(pred_spans)).values())
        gold_by_kind.update(q.kind for q in gold)
        acts = [gold_act(q, lexicon) for q in gold]
        gold_by_act.update(acts)
        predicted_by_act.update(a.act for a in pred)
        for i, j in pairs:
            quote, attribution = gold[i], pred[j]
            overlap_tp += 1
            matched_by_kind[quote.kind] += 1
            matched_by_act[acts[i]] += 1
            confirmed_by_act[attribution.act] += 1
            kind_ok += attribution.kind is quote.kind
            gold_no_speaker += quote.speaker is None
            exact_speakers += speaker_exact(quote, attribution.speaker)
            right_kind = speaker_kind_right(quote, attribution.speaker)
            kind_pairs += right_kind is not None
            kinds_right += bool(right_kind)
            if right[j]:
                speaker_ok += 1
                e2e_tp += 1
                correct_by_act[acts[i]] += 1
                right_by_act[attribution.act] += 1
        judged += [(a.confidence, ok) for a, ok in zip(pred, right, strict=True)]
        for attribution in pred:
            named_, mentioned, resolved_ = _speaker_counts(attribution)
            named += named_
            with_mention += mentioned
            resolved += resolved_
    return Scores(
        documents=len(gold_docs),
        kinds=None if wanted is None else tuple(scored_kinds),
        exact=PRF(exact_tp, n_pred, n_gold),
        overlap=PRF(overlap_tp, n_pred, n_gold),
        end_to_end=PRF(e2e_tp, n_pred, n_gold),
        speaker_correct=speaker_ok,
        gold_without_speaker=gold_no_speaker,
        kind_correct=kind_ok,
        recall_by_kind=tuple(KindRecall(k, matched_by_kind[k], gold_by_kind[k]) for k in scored_kinds),
        predicted_speakers=named,
        speakers_with_mention=with_mention,
        speakers_resolved=resolved,
        recall_by_act=tuple(ActRecall(a, matched_by_act[a], gold_by_act[a], correct_by_act[a]) for a in Act),
        reliability=reliability(judged),
        by_threshold=by_threshold(judged, n_gold),
        speaker_exact=exact_speakers,
        speaker_kind_correct=kinds_right,
        speaker_kind_pairs=kind_pairs,
        precision_by_act=tuple(
            ActPrecision(a, confirmed_by_act[a], predicted_by_act[a], right_by_act[a]) for a in Act
        ),
    )


def _speaker_counts(attribution: Attribution) -> tuple[int, int, int]:
    speaker = attribution.speaker
    if speaker is None:
        return 0, 0, 0
    if speaker.mention is None:
        return 1, 0, 0
    return 1, 1, int(speaker.name != speaker.mention.text)


def explain(
    gold_docs: Sequence[GoldDocument],
    predictions: Iterable[Result],
    kinds: Iterable[Kind | str] | None = None,
) -> Iterator[str]:
    """The mistakes :func:`score` counts, one line each, with each prediction's ``explanation``.

    A prediction with no gold quote, one with the wrong speaker, and a gold
    quote nothing found, per document in text order: what to read when a
    score surprises.

    >>> from quotrack.evaluation.gold import GoldQuote
    >>> from quotrack.model import Speaker, TextSpan
    >>> doc = GoldDocument(id="d1", text='"We will win," Jane Doe said.', quotes=[
    ...     GoldQuote(start=1, end=12, kind="direct", speaker="John Roe")])
    >>> found = Attribution(kind=Kind.DIRECT, content=TextSpan.of(doc.text, 1, 12), detector="quotes",
    ...     speaker=Speaker("Jane Doe"), explanation=("quotes: quotation with cue 'said'",))
    >>> print("\\n".join(explain([doc], [Result(text=doc.text, attributions=[found])])))
    d1: wrong speaker 'Jane Doe' (gold: 'John Roe'), direct 'We will win'
        why: quotes: quotation with cue 'said'
    """
    wanted = kind_set(kinds)
    for doc, result in zip(gold_docs, predictions, strict=True):
        gold, pred, matched_pairs, right = match_document(doc, result, wanted)
        pairs = dict((j, i) for i, j in matched_pairs)
        lines: list[tuple[int, str]] = []
        for j, attribution in enumerate(pred):
            said = _said(attribution.kind, attribution.content.text)
            name = attribution.speaker.name if attribution.speaker is not None else None
            if j not in pairs:
                line = f"{doc.id}: not in the gold, {said} by {name!r}"
            elif not right[j]:
                line = f"{doc.id}: wrong speaker {name!r} (gold: {gold[pairs[j]].speaker!r}), {said}"
            else:
                continue
            why = "; ".join(attribution.explanation) or "no explanation"
            lines.append((attribution.content.start, f"{line}\n    why: {why}"))
        matched = set(pairs.values())
        for i, quote in enumerate(gold):
            if i not in matched:
                lines.append(
                    (quote.start, f"{doc.id}: missed {_said(quote.kind, doc.text[quote.start : quote.end])}")
                )
        yield from (line for _, line in sorted(lines, key=lambda item: item[0]))


def _said(kind: Kind, text: str) -> str:
    text = " ".join(text.split())
    return f"{kind.value} {text if len(text) <= 60 else text[:57] + '...'!r}"


# -- running a tracker --------------------------------------------------------


class SupportsPipe(Protocol):
    """What :func:`evaluate` needs of a tracker: :meth:`quotrack.Tracker.pipe`."""

    def pipe(self, texts: Iterable[str], batch_size: int = ..., n_process: int = ...) -> Iterator[Result]: ...


def evaluate(
    gold: str | os.PathLike[str] | Iterable[GoldDocument],
    tracker: SupportsPipe | None = None,
    *,
    kinds: Iterable[Kind | str] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Scores:
    """Run ``tracker`` (a default :class:`quotrack.Tracker` when None) over the
    gold documents (a JSONL path or :class:`GoldDocument` objects) and
    :func:`score` its results.
    """
    docs = read_gold(gold) if isinstance(gold, str | os.PathLike) else list(gold)
    if tracker is None:
        tracker = Tracker()
    results = list(tracker.pipe((doc.text for doc in docs), batch_size=batch_size, n_process=n_process))
    return score(docs, results, kinds=kinds)
