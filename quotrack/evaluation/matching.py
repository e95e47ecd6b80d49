"""How a prediction is matched to a gold attribution and judged right.

Spans are compared after :func:`trim_span`; a prediction and a gold quote
match when they overlap by at least half of the longer span, one-to-one
(:func:`match_document`); a matched prediction is right end to end when its
speaker is (:func:`speaker_correct`).  :func:`judge` gives that verdict for
each prediction of a document.

>>> from quotrack.model import TextSpan
>>> text = 'Ann Lee said, "We will win." Bob Roe disagreed.'
>>> gold = GoldDocument(id="d1", text=text, quotes=[
...     GoldQuote(start=14, end=28, kind="direct", speaker="Ann Lee"),
...     GoldQuote(start=29, end=36, kind="indirect", speaker=None)])
>>> found = Attribution(kind=Kind.DIRECT, content=TextSpan.of(text, 15, 26), detector="quotes",
...                     speaker=Speaker("Lee"))
>>> quotes, predictions, pairs, right = match_document(gold, Result(text=text, attributions=[found]), None)
>>> pairs, right
([(0, 0)], [True])
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence

from ..errors import ArgumentError
from ..model import Attribution, Kind, Result, Speaker, SpeakerKind
from .gold import GoldDocument, GoldQuote, Span

__all__ = [
    "judge",
    "kind_set",
    "match_document",
    "normalise_name",
    "speaker_correct",
    "speaker_exact",
    "speaker_kind_right",
    "trim_span",
]

_QUOTE_MARKS = frozenset("\"'`“”„‟«»‘’‚‛‹›")
_TRAILING_PUNCT = frozenset(".,;:!?…—–-")


def trim_span(text: str, start: int, end: int) -> Span:
    """``(start, end)`` without leading spaces and quote marks, and without
    trailing spaces, quote marks and punctuation (``. , ; : ! ? …`` and dashes).

    When nothing would be left, the span is returned as it was.

    >>> text = 'He said: "We will win."  '
    >>> a, b = trim_span(text, 9, len(text))
    >>> text[a:b]
    'We will win'
    >>> trim_span("...", 0, 3)
    (0, 3)
    """
    lo, hi = start, end
    while lo < hi and (text[lo].isspace() or text[lo] in _QUOTE_MARKS):
        lo += 1
    while hi > lo and (
        text[hi - 1].isspace() or text[hi - 1] in _QUOTE_MARKS or text[hi - 1] in _TRAILING_PUNCT
    ):
        hi -= 1
    return (lo, hi) if hi > lo else (start, end)


_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[\W_]+")
_ARTICLES = frozenset({"the", "a", "an"})


def normalise_name(name: str) -> str:
    """A name folded for comparison: case and width folded, possessive ``'s``,
    punctuation and leading articles dropped, spaces collapsed.

    >>> normalise_name("  The White House's ")
    'white house'
    >>> normalise_name("Sen. Ted CRUZ (R-Texas)")
    'sen ted cruz r texas'
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    tokens = _NON_WORD.sub(" ", _POSSESSIVE.sub("", folded)).split()
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens.pop(0)
    return " ".join(tokens)


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def speaker_correct(gold: GoldQuote, speaker: Speaker | None, text: str | None = None) -> bool:
    """Whether ``speaker`` (a prediction's) is right for ``gold``.

    * Gold with a speaker: correct when the predicted speaker's mention
      overlaps one of ``gold.speaker_mentions``; or its normalised name (see
      :func:`normalise_name`) equals the gold speaker's or an alias's; or the
      last word of the two agrees ("Trump" for "Donald Trump").  No predicted
      speaker is wrong.
    * A gold source that is a relative pronoun ("Lee, who said …") also
      accepts its antecedent: a predicted mention that ends right before the
      pronoun, with only spaces or a comma between (``text`` is needed).
    * Gold without a speaker (an attribution with no source: "It was
      reported that ..."): correct only when the prediction has no speaker
      either; naming anyone is wrong.

    >>> text = "Mr. Lee said he would go."
    >>> gold = GoldQuote(start=12, end=24, kind="indirect", speaker="Mr. Lee",
    ...                  speaker_mentions=[(0, 7)])
    >>> speaker_correct(gold, Speaker("Ann Lee"))
    True
    >>> speaker_correct(gold, Speaker("Bob Roe"))
    False
    >>> speaker_correct(gold, None)
    False
    """
    if gold.speaker is None:
        return speaker is None
    if speaker is None:
        return False
    mention = speaker.mention
    if mention is not None:
        for start, end in gold.speaker_mentions:
            if mention.start < end and start < mention.end:
                return True
        if text is not None and gold.speaker.strip().lower() in _RELATIVE_PRONOUNS:
            for start, _ in gold.speaker_mentions:
                if mention.end <= start and not text[mention.end : start].strip(" ,\n"):
                    return True
    name = normalise_name(speaker.name)
    if not name:
        return False
    last = name.rsplit(" ", 1)[-1]
    for candidate in (gold.speaker, *gold.speaker_aliases):
        wanted = normalise_name(candidate)
        if wanted and (wanted == name or wanted.rsplit(" ", 1)[-1] == last):
            return True
    return False


def speaker_exact(gold: GoldQuote, speaker: Speaker | None) -> bool:
    """Whether ``speaker``'s full name is the gold canonical name (or an alias).

    Strict, unlike :func:`speaker_correct`: no mention overlap and no last-name
    match, only :func:`normalise_name` of both.  A gold quote with no speaker
    wants none.

    >>> gold = GoldQuote(start=0, end=5, kind="direct", speaker="Ann Lee")
    >>> speaker_exact(gold, Speaker("ann  lee.")), speaker_exact(gold, Speaker("Lee"))
    (True, False)
    """
    if gold.speaker is None or speaker is None:
        return gold.speaker is None and speaker is None
    name = normalise_name(speaker.name)
    return bool(name) and any(name == normalise_name(c) for c in (gold.speaker, *gold.speaker_aliases))


_SCORED_SPEAKER_KINDS = frozenset({"person", "organization", "outlet", "group"})


def speaker_kind_right(gold: GoldQuote, speaker: Speaker | None) -> bool | None:
    """Whether ``speaker``'s kind is the gold ``speaker_kind``; None when the gold
    kind is not scored (absent, a document, or no source).  ``unnamed`` counts as ``group``.

    >>> gold = GoldQuote(start=0, end=5, kind="direct", speaker="officials", speaker_kind="group")
    >>> speaker_kind_right(gold, Speaker("officials", kind="unnamed"))
    True
    """
    if gold.speaker_kind not in _SCORED_SPEAKER_KINDS:
        return None
    if speaker is None:
        return False
    kind = "group" if speaker.kind is SpeakerKind.UNNAMED else speaker.kind.value
    return kind == gold.speaker_kind


def _overlap_pairs(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one greedy overlap matching: (gold index, prediction index) pairs.

    A pair qualifies when the spans overlap by at least half of the longer
    one; pairs are taken highest overlap ratio first (ties: more characters,
    then text order of the gold, then of the prediction), skipping any whose
    gold or prediction is taken.
    """
    # A qualifying gold span is at most twice the prediction's length and lies
    # at least half inside it, so it starts no earlier than pred.start - len(pred):
    # bisect on sorted starts finds every candidate without an all-pairs scan.
    order = sorted(range(len(gold)), key=lambda i: gold[i])
    starts = [gold[i][0] for i in order]
    candidates: list[tuple[float, int, int, int, int, int]] = []
    for j, (p_start, p_end) in enumerate(pred):
        p_len = p_end - p_start
        if p_len <= 0:
            continue
        lo = bisect.bisect_left(starts, p_start - p_len)
        hi = bisect.bisect_left(starts, p_end)
        for k in range(lo, hi):
            i = order[k]
            g_start, g_end = gold[i]
            overlap = min(g_end, p_end) - max(g_start, p_start)
            longer = max(g_end - g_start, p_len)
            if overlap > 0 and 2 * overlap >= longer:
                candidates.append((-overlap / longer, -overlap, k, p_start, p_end, j))
    candidates.sort()
    gold_taken: set[int] = set()
    pred_taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, k, _, _, j in candidates:
        i = order[k]
        if i in gold_taken or j in pred_taken:
            continue
        gold_taken.add(i)
        pred_taken.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def match_document(
    doc: GoldDocument, result: Result, wanted: frozenset[Kind] | None
) -> tuple[list[GoldQuote], list[Attribution], list[tuple[int, int]], list[bool]]:
    """The gold quotes and predictions of the kinds wanted, their overlap pairs, and for each
    prediction whether it is an end-to-end true positive (matched, with a correct speaker)."""
    text = doc.text
    gold = [q for q in doc.quotes if wanted is None or q.kind in wanted]
    pred = [a for a in result.attributions if wanted is None or a.kind in wanted]
    gold_spans = [trim_span(text, q.start, q.end) for q in gold]
    pred_spans = [trim_span(text, a.content.start, a.content.end) for a in pred]
    pairs = _overlap_pairs(gold_spans, pred_spans)
    right = [False] * len(pred)
    for i, j in pairs:
        right[j] = speaker_correct(gold[i], pred[j].speaker, text)
    return gold, pred, pairs, right


def judge(doc: GoldDocument, result: Result, kinds: Iterable[Kind | str] | None = None) -> list[bool]:
    """For each attribution of ``result`` (of ``kinds``, in order): whether it is right end to end.

    Right means what :func:`~quotrack.evaluation.scores.score` counts as an end-to-end true positive: an
    overlap match with a gold quote, with a correct speaker (none where the
    gold has none).  The labels :mod:`quotrack.evaluation.calibration` fits confidences on.

    >>> from quotrack.model import TextSpan
    >>> text = '"We will win," Jane Doe said.'
    >>> doc = GoldDocument(id="d", text=text, quotes=[
    ...     GoldQuote(start=1, end=12, kind="direct", speaker="Doe")])
    >>> found = [Attribution(kind="direct", content=TextSpan.of(text, 1, 12), detector="quotes",
    ...                      speaker=Speaker(name)) for name in ("Jane Doe", "Bob Roe")]
    >>> [judge(doc, Result(text=text, attributions=[a])) for a in found]
    [[True], [False]]
    """
    return match_document(doc, result, kind_set(kinds))[3]


def kind_set(kinds: Iterable[Kind | str] | str | None) -> frozenset[Kind] | None:
    """``kinds`` (one kind or several) as a set of :class:`~quotrack.model.Kind`, None (all kinds) for None.

    >>> sorted(k.value for k in kind_set("direct")), sorted(k.value for k in kind_set(["mixed", Kind.DIRECT]))
    (['direct'], ['direct', 'mixed'])
    >>> kind_set(["quoted"])
    Traceback (most recent call last):
    ...
    quotrack.errors.ArgumentError: kinds: no kind 'quoted' (direct, indirect, mixed)
    """
    if kinds is None:
        return None
    found = set()
    for kind in [kinds] if isinstance(kinds, str | Kind) else kinds:
        try:
            found.add(Kind(kind))
        except ValueError:
            names = ", ".join(sorted(k.value for k in Kind))
            raise ArgumentError(f"kinds: no kind {kind!r} ({names})") from None
    return frozenset(found)
