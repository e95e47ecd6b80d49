"""Beliefs and stances: ``X believes / hopes / fears …`` and ``X endorsed Y``.

The ``reported`` detector's cue frames read these sentences too; this
detector keeps what they find when the cue reports a belief or a stance
(``lexicons/acts.txt``), with more cues of its own
(``lexicons/attitudes.txt``), and adds the adjectives of a state of mind
(``X is worried that …``, ``lexicons/attitude-adjectives.txt``), found
with spaCy's DependencyMatcher.  Not a default detector: turn it on with
``Tracker(detectors=[*quotrack.DEFAULT_DETECTORS, "attitudes"])`` or
``--detectors +attitudes``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from ..acts import ActLexicon
from ..context import DocContext
from ..cues import CueLexicon
from ..model import Act, Attribution
from ..syntax import content_range, cue_speaker, make
from .reported import MIN_CONTENT_WORDS, ReportedSpeechDetector, is_question

_ABOUT = ["about", "over", "of", "that", "on"]


def _lines(name: str) -> list[str]:
    text = resources.files("quotrack.lexicons").joinpath(name).read_text("utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@functools.cache
def _adjective_patterns() -> list[list[dict[str, Any]]]:
    adjective = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": _lines("attitude-adjectives.txt")}}}
    clause = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "ccomp"}}
    prep = {
        "LEFT_ID": "cue",
        "REL_OP": ">",
        "RIGHT_ID": "prep",
        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": _ABOUT}},
    }
    obj = {
        "LEFT_ID": "prep",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}},
    }
    return [[adjective, clause], [adjective, prep, obj]]


class AttitudesDetector(ReportedSpeechDetector):
    """Beliefs ("X fears that …") and stances ("X endorsed Y", "X accused Y of …")."""

    name = "attitudes"
    acts = frozenset({Act.BELIEF, Act.STANCE})

    def __init__(self, cues: CueLexicon | None = None, act_lexicon: ActLexicon | None = None) -> None:
        super().__init__(cues, act_lexicon)
        self._matchers: dict[int, DependencyMatcher] = {}
        self._extended: tuple[CueLexicon, CueLexicon] | None = None

    def _cues(self, ctx: DocContext) -> CueLexicon:
        """The run's cue lexicon (or the detector's own), plus ``lexicons/attitudes.txt``."""
        base = super()._cues(ctx)
        if self._extended is None or self._extended[0] is not base:
            self._extended = (base, base.extended(_lines("attitudes.txt")))
        return self._extended[1]

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        yield from super().detect(ctx)
        matcher = self._matcher(ctx.doc.vocab)
        furniture = ctx.furniture
        for _, (cue_i, *rest) in matcher(ctx.doc):
            cue, content = ctx.doc[cue_i], ctx.doc[rest[-1]]
            sent = ctx.sentences[ctx.sentence_index(cue.i)]
            if content.i < cue.i or ctx.token_quoted(cue) or ctx.paragraph_index(cue.idx) in furniture:
                continue
            if is_question(ctx, sent):
                continue
            yield from self._from_adjective(ctx, cue, content)

    def _from_adjective(self, ctx: DocContext, cue: Token, content: Token) -> Iterator[Attribution]:
        span = content_range(content.subtree)
        if span is None or len(ctx.text[span[0] : span[1]].split()) < MIN_CONTENT_WORDS:
            return
        speaker = cue_speaker(ctx, cue)
        if speaker is None or speaker.mention is None or span[0] <= speaker.mention.start < span[1]:
            return
        cue_span = ctx.span(cue.idx, cue.idx + len(cue.text))
        within = ctx.paragraph_span(cue.idx)
        rule = f"'{cue.lemma_}' with its clause"
        yield from make(ctx, self.name, [span], cue_span, speaker, within=within, rule=rule, act=Act.BELIEF)

    def _matcher(self, vocab: Vocab) -> DependencyMatcher:
        matcher = self._matchers.get(id(vocab))
        if matcher is None:
            matcher = DependencyMatcher(vocab)
            matcher.add("attitude-adjective", _adjective_patterns())
            self._matchers[id(vocab)] = matcher
        return matcher
