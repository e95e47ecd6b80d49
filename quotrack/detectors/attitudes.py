"""Beliefs and stances: ``X believes / hopes / fears …`` and ``X endorsed Y``.

The ``reported`` detector's cue frames read these sentences too; this
detector keeps what they find when the cue reports a belief or a stance
(``lexicons/acts.txt``), with more cues of its own
(``lexicons/attitudes.txt``).  Layouts of its own, found with spaCy's
DependencyMatcher:

* the adjectives of a state of mind (``X is worried that …``,
  ``lexicons/attitude-adjectives.txt``);
* a passive stance: ``Y was endorsed by X`` (X holds it) and ``Y was
  accused of Z`` (no holder named);
* a noun of a stance or hope whose holder is named: ``her support for Y``,
  ``rallied in support of Y``, ``in hopes of Y`` (``lexicons/attitude-nouns.txt``);
* a noun that names the holder of a stance: ``X is a staunch opponent of
  Y``, ``X, a critic of Y, …`` (``lexicons/attitude-holders.txt``);
* ``X is calling for Y to Z``, where the parser hangs "for Y to Z" on the
  verb as a clause;
* an intention verb the parser read as a noun: ``The campaign plans to …``.

Not a default detector: turn it on with
``Tracker(detectors=[*quotrack.DEFAULT_DETECTORS, "attitudes"])`` or
``--detectors +attitudes``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Token

from ..acts import ActLexicon
from ..context import DocContext
from ..cues import CueLexicon
from ..model import Act, Attribution, Speaker
from ..syntax import (
    RELATIVE_PRONOUNS,
    can_speak,
    content_range,
    cue_speaker,
    make,
    speaker_kind,
    speaker_mention,
)
from ..wordlists import WordListError
from .claim_extent import MIN_CONTENT_WORDS, circumstance
from .report_filters import is_question
from .reported import ReportedSpeechDetector

_ABOUT = ["about", "over", "of", "that", "on"]
# what a passive stance is taken for or as: "was criticised for ...", "was accused of ...", "is seen as ..."
_GROUNDS = frozenset({"for", "of", "as"})
# what a passive belief holds of its subject: "is considered unclean", "is thought to be ..."
_PREDICATES = frozenset({"oprd", "xcomp", "ccomp", "acomp"})
_COPULAS = ["be", "become", "remain"]
_OBJECT_PHRASES = frozenset({"in", "on"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _verb_forms(lemma: str) -> set[str]:
    """The present and past forms of a regular verb: ``slam`` -> slams, slammed, ….

    >>> sorted(_verb_forms("back"))
    ['back', 'backed', 'backs']
    """
    forms = {lemma, f"{lemma}s", f"{lemma}d" if lemma.endswith("e") else f"{lemma}ed"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(f"{lemma}es")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {f"{lemma[:-1]}ies", f"{lemma[:-1]}ied"}
    if len(lemma) > 2 and lemma[-1] in "bdgmnpt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms.add(f"{lemma}{lemma[-1]}ed")  # slammed, backed stays
    return forms


def _title_case(words: list[Token]) -> bool:
    """Whether a line is written in title case (a headline): most of its words are capitalised."""
    alphabetic = [w for w in words if w.is_alpha and len(w) > 3]
    return len(alphabetic) >= 2 and sum(w.text[0].isupper() for w in alphabetic) >= 0.8 * len(alphabetic)


def _gapped_antecedent(cue: Token) -> Token | None:
    """The noun a relative clause hangs on when it is the clause's object, not its subject.

    ``the plan (that) the mayor wants to pass`` -> "plan"; ``voters who want …`` -> None.
    """
    if cue.dep_ != "relcl" or cue.head.pos_ not in ("NOUN", "PROPN") or cue.head.i > cue.i:
        return None
    if cue.head.i + 1 < len(cue.doc) and cue.doc[cue.head.i + 1].is_punct:
        return None  # "Lee, whose party endorsed …": an aside
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.tag_ in ("WDT", "WP"):
        return None
    if any(t.tag_ in ("WRB", "WDT", "WP", "WP$") and t.i < cue.i for t in cue.subtree):
        return None  # "the day when …", "a game in which …": not the clause's object
    verb = cue  # the innermost verb of "wants to be able to sell", which must lack its object
    while (inner := next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)) is not None:
        verb = inner
    if verb is cue or any(c.dep_ in ("dobj", "attr", "oprd", "acomp") for c in verb.children):
        return None
    return cue.head


def _phrase_after(cue: Token, end: int) -> Token | None:
    """``praised her leadership in the crisis``: an "in"/"on" phrase on the verb right after its object."""
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PHRASES and child.idx in (end, end + 1):
            return None if circumstance(child) else child
    return None


def _trailing_aside(token: Token) -> bool:
    """``… when asked about it``, ``…, saying …``, ``…, with polls showing …``: an aside after a clause."""
    after_comma = token.i > 0 and token.doc[token.i - 1].text in (",", "—", "–", "-", ";")
    return token.dep_ == "advcl" or (after_comma and token.dep_ in ("prep", "npadvmod", "conj", "acl"))


def _lines(name: str) -> list[str]:
    text = resources.files("quotrack.lexicons").joinpath(name).read_text("utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@functools.cache
def _adjectives() -> dict[str, frozenset[str]]:
    """Adjective -> the prepositions it takes its content with (``_ABOUT``, or those its line lists)."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines("attitude-adjectives.txt"):
        word, *preps = line.split()
        table[word] = frozenset(preps or _ABOUT)
    return table


@functools.cache
def _adjective_patterns() -> list[list[dict[str, Any]]]:
    adjective = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(_adjectives())}}}
    clause = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "ccomp"}}
    prep = {
        "LEFT_ID": "cue",
        "REL_OP": ">",
        "RIGHT_ID": "prep",
        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": sorted(set().union(*_adjectives().values()))}},
    }
    obj = {
        "LEFT_ID": "prep",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}},
    }
    return [[adjective, clause], [adjective, prep, obj]]


def _passive_patterns(lemmas: list[str]) -> list[list[dict[str, Any]]]:
    verb = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": "VERB"}}
    aux = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "aux", "RIGHT_ATTRS": {"DEP": "auxpass"}}
    subject = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "nsubjpass"}}
    return [[verb, aux, subject]]


def _holder_patterns(nouns: list[str]) -> list[list[dict[str, Any]]]:
    noun = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": nouns}, "DEP": {"IN": ["attr", "appos"]}}}
    of = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}}
    obj = {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "pobj"}}
    return [[noun, of, obj]]


def _clause_patterns(lemmas: list[str]) -> list[list[dict[str, Any]]]:
    verb = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": "VERB"}}
    clause = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "advcl"}}
    mark = {"LEFT_ID": "content", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"DEP": "mark"}}
    return [[verb, clause, mark]]


def _topic_name_patterns(lemmas: list[str]) -> list[list[dict[str, Any]]]:
    verb = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": "VERB"}}
    prep = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"DEP": "prep"}}
    name = {
        "LEFT_ID": "prep",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": "pobj", "POS": "PROPN"},
    }
    return [[verb, prep, name]]


@functools.cache
def _stance_nouns() -> frozenset[tuple[str, str]]:
    """(noun, preposition) pairs of ``lexicons/attitude-nouns.txt``.

    >>> ("support", "for") in _stance_nouns()
    True
    """
    pairs = [tuple(line.split()) for line in _lines("attitude-nouns.txt")]
    for pair in pairs:
        if len(pair) != 2:
            raise WordListError(f"attitude-nouns.txt: expected 'NOUN PREPOSITION', got {' '.join(pair)!r}")
    return frozenset((noun, prep) for noun, prep in pairs)


def _stance_noun_patterns() -> list[list[dict[str, Any]]]:
    nouns = sorted({noun for noun, _ in _stance_nouns()})
    preps = sorted({prep for _, prep in _stance_nouns()})
    noun = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": nouns}, "POS": "NOUN"}}
    prep = {
        "LEFT_ID": "cue",
        "REL_OP": ">",
        "RIGHT_ID": "prep",
        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": preps}},
    }
    obj = {
        "LEFT_ID": "prep",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}},
    }
    return [[noun, prep, obj]]


def _gerund_patterns(lemmas: list[str]) -> list[list[dict[str, Any]]]:
    verb = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": "VERB"}}
    gerund = {
        "LEFT_ID": "cue",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp"]}, "TAG": "VBG"},
    }
    return [[verb, gerund]]


@functools.cache
def _hedges() -> dict[str, str]:
    """Verb -> voice (``active`` / ``passive``) of ``lexicons/attitude-hedges.txt``.

    >>> _hedges()["seem"]
    'active'
    """
    table: dict[str, str] = {}
    for line in _lines("attitude-hedges.txt"):
        word, *rest = line.split()
        if rest not in (["active"], ["passive"]):
            raise WordListError(f"attitude-hedges.txt: expected 'VERB active|passive', got {line!r}")
        table[word] = rest[0]
    return table


def _hedge_patterns() -> list[list[dict[str, Any]]]:
    verbs = sorted(_hedges())
    verb = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX"]}}}
    predicate = {
        "LEFT_ID": "cue",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "acomp", "attr", "oprd", "ccomp"]}},
    }
    as_ = {
        "LEFT_ID": "cue",
        "REL_OP": ">",
        "RIGHT_ID": "content",
        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["as", "for"]}},
    }
    return [[verb, predicate], [verb, as_]]


def _noun_verb_patterns(lemmas: list[str]) -> list[list[dict[str, Any]]]:
    noun = {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": "NOUN", "DEP": "ROOT"}}
    subject = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}}
    clause = {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "content", "RIGHT_ATTRS": {"DEP": "xcomp"}}
    return [[noun, subject, clause]]


class AttitudesDetector(ReportedSpeechDetector):
    """Beliefs ("X fears that …") and stances ("X endorsed Y", "X accused Y of …")."""

    name = "attitudes"
    acts = frozenset({Act.BELIEF, Act.STANCE})
    joins_gapped_antecedent = True  # "the ferry the mayor wants to sell": the ferry goes with it

    def __init__(self, cues: CueLexicon | None = None, act_lexicon: ActLexicon | None = None) -> None:
        super().__init__(cues, act_lexicon)
        self._matchers: dict[tuple[int, int], DependencyMatcher] = {}
        self._extended: tuple[CueLexicon, CueLexicon] | None = None
        self._title: tuple[CueLexicon, Matcher] | None = None
        self._title_lemmas: dict[str, str] = {}

    def _cues(self, ctx: DocContext) -> CueLexicon:
        """The run's cue lexicon (or the detector's own), plus ``lexicons/attitudes.txt``."""
        base = super()._cues(ctx)
        if self._extended is None or self._extended[0] is not base:
            self._extended = (base, base.extended(_lines("attitudes.txt")))
        return self._extended[1]

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        yield from super().detect(ctx)
        yield from self._from_title(ctx)
        matcher = self._matcher(ctx)
        furniture = ctx.furniture
        for match_id, (cue_i, *rest) in matcher(ctx.doc):
            cue, content = ctx.doc[cue_i], ctx.doc[rest[-1]]
            sent = ctx.sentences[ctx.sentence_index(cue.i)]
            if ctx.token_quoted(cue) or ctx.paragraph_index(cue.idx) in furniture or is_question(ctx, sent):
                continue
            layout = ctx.doc.vocab.strings[match_id]
            if layout == "passive":
                yield from self._from_passive(ctx, cue, content)
            elif content.i < cue.i:
                continue
            elif layout == "adjective":
                yield from self._from_adjective(ctx, cue, content)
            elif layout == "holder":
                yield from self._from_holder(ctx, cue, content)
            elif layout == "clause":  # matched as verb, clause, mark
                yield from self._from_clause(ctx, cue, ctx.doc[rest[0]], content)
            elif layout == "topic-name":
                yield from self._from_topic_name(ctx, cue, content)
            elif layout == "stance-noun":
                yield from self._from_stance_noun(ctx, cue, content)
            elif layout == "noun-verb":
                yield from self._from_noun_verb(ctx, cue, content)
            elif layout == "gerund":
                yield from self._from_gerund(ctx, cue, content)
            elif layout == "hedge":
                yield from self._from_hedge(ctx, cue, content)

    def _from_cue(self, ctx: DocContext, cue: Token, frames: frozenset[str]) -> Iterator[Attribution]:
        """The cue frames' reading; in a relative clause on its object, the object goes with it.

        ``the ferry the mayor wants to sell``: the mayor wants to sell the ferry.
        """
        antecedent = _gapped_antecedent(cue)
        for found in super()._from_cue(ctx, cue, frames):
            start, end, rule = found.content.start, found.content.end, ""
            if antecedent is not None and start > antecedent.idx:
                start, rule = ctx.doc[antecedent.left_edge.i].idx, ", with its antecedent"
            phrase = _phrase_after(cue, end)
            if (
                phrase is not None
                and found.explanation
                and found.explanation[0].startswith(f"{self.name}: object")
            ):
                end, rule = (
                    ctx.doc[phrase.right_edge.i].idx + len(ctx.doc[phrase.right_edge.i].text),
                    rule + ", with its phrase",
                )
            speaker = found.speaker
            if (
                speaker is not None
                and speaker.mention is not None
                and speaker.mention.text.lower() == "it"
                and cue.lemma_ in _hedges()
            ):
                speaker, rule = None, rule + ", with no holder"  # "it seems that …": nobody's belief named
            if not rule:
                yield found
                continue
            rule = (found.explanation[0].split(": ", 1)[-1] if found.explanation else "") + rule
            yield from make(
                ctx,
                self.name,
                [(start, end)],
                found.cue,
                speaker,
                within=ctx.paragraph_span(cue.idx),
                rule=rule,
                act=found.act,
            )

    def _from_title(self, ctx: DocContext) -> Iterator[Attribution]:
        """``Senator Lee Endorses Okafor``: a title-case headline the parser reads as one long name.

        Only the document's first line (its title), when it is no list of stories.
        """
        if not ctx.paragraphs or 0 in ctx.story_lists:
            return
        start, end = ctx.paragraphs[0]
        line = ctx.doc.char_span(start, end, alignment_mode="contract")
        if line is None or len(line) > 20 or not _title_case(list(line)):
            return
        for _, cue_i, _ in self._title_matcher(ctx)(line):
            cue = line[cue_i]
            first = next((t for t in line[:cue_i] if not t.is_punct), None)
            words = [t for t in line[cue_i + 1 :] if not t.is_punct]
            if first is None or not words or not cue.text[0].isupper() or ctx.token_quoted(cue):
                continue
            if cue.lower_ == self._title_lemmas[cue.lower_]:
                continue  # a bare form is a noun as often as a verb: "Lee Plan for Taxes", "Things to Know"
            holder = ctx.doc[first.i : cue.i]
            if len(holder) > 8 or not can_speak(holder, holder[-1]):
                continue
            mention = ctx.trimmed(holder.start_char, holder.end_char)
            if mention is None:
                continue
            speaker = Speaker(name=mention.text, mention=mention, kind=speaker_kind(holder, holder[-1]))
            act = self.act_lexicon.of_lemma(self._title_lemmas[cue.lower_])
            span = (words[0].idx, words[-1].idx + len(words[-1].text))
            yield from make(
                ctx,
                self.name,
                [span],
                ctx.span(cue.idx, cue.idx + len(cue.text)),
                speaker,
                rule=f"title-case headline '{cue.text}'",
                act=act or Act.STANCE,
            )
            return

    def _title_matcher(self, ctx: DocContext) -> Matcher:
        cues = self._cues(ctx)
        if self._title is None or self._title[0] is not cues:
            acts = self.act_lexicon
            self._title_lemmas = {
                form: lemma
                for lemma in cues.lemmas()
                if " " not in lemma and acts.of_lemma(lemma) in self.acts
                for form in _verb_forms(lemma)
            }
            matcher = Matcher(ctx.doc.vocab)
            matcher.add("title", [[{"LOWER": {"IN": sorted(self._title_lemmas)}}]])
            self._title = (cues, matcher)
        return self._title[1]

    def _from_adjective(self, ctx: DocContext, cue: Token, content: Token) -> Iterator[Attribution]:
        if content.dep_ != "ccomp" and content.head.lower_ not in _adjectives().get(cue.lemma_, _ABOUT):
            return  # "opposed to the plan", not "critical to its success"
        if any(child.dep_ == "mark" and child.lower_ == "as" for child in cue.children):
            return  # "as opposed to the plan": a contrast, not a stance
        speaker = cue_speaker(ctx, cue)
        if speaker is None:
            return
        span = content_range(content.subtree)
        act = self.act_lexicon.of_lemma(cue.lemma_) or Act.BELIEF  # "critical of …" is a stance
        yield from self._emit(ctx, cue, cue, span, speaker, f"'{cue.lemma_}' with its clause", act)

    def _from_passive(self, ctx: DocContext, cue: Token, subject: Token) -> Iterator[Attribution]:
        """``Lee was endorsed by the union`` (its stance); ``Lee was accused of fraud`` (no holder)."""
        act = self.act_lexicon.of_lemma(cue.lemma_)
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        ground = next(
            (c for c in cue.rights if (c.dep_ == "prep" and c.lower_ in _GROUNDS) or c.dep_ in _PREDICATES),
            None,
        )
        if subject.lower_ in ("it", "there") or subject.tag_ in ("WP", "WDT") or cue.dep_ in ("acl", "amod"):
            return  # "it is expected", "what is criticised as"
        pieces = [content_range(subject.subtree)]
        if agent is not None:
            speaker = cue_speaker(ctx, cue)
            if speaker is None:
                return
            rule = f"passive '{cue.lemma_}' with agent"
        elif act is Act.STANCE and ground is not None and ground.dep_ == "prep":
            speaker, rule = None, f"passive '{cue.lemma_}' without agent"
        else:
            return
        if ground is not None:
            pieces.append(content_range(ground.subtree))
        yield from self._emit(ctx, cue, cue, pieces, speaker, rule, act or Act.STANCE, bare_name=True)

    def _from_holder(self, ctx: DocContext, cue: Token, content: Token) -> Iterator[Attribution]:
        """``Lee is a staunch opponent of the levy`` / ``Lee, a critic of the levy, …``."""
        head = cue.head
        if cue.dep_ == "attr":
            if head.lemma_ not in _COPULAS:
                return
            speaker = cue_speaker(ctx, head)
        else:
            speaker = speaker_mention(ctx, head) if head.pos_ in ("PROPN", "NOUN") else None
        if speaker is None:
            return
        of = content.head  # "of NATO and of its allies": the whole phrase, less its first "of"
        span = content_range([t for t in of.subtree if t.i != of.i])
        yield from self._emit(
            ctx, cue, of, span, speaker, f"holder noun '{cue.lemma_}'", Act.STANCE, bare_name=True
        )

    def _from_clause(self, ctx: DocContext, cue: Token, clause: Token, mark: Token) -> Iterator[Attribution]:
        """``called for the board to resign``: "for" marks the clause the parser hung on the verb."""
        phrase = f"{cue.lemma_} {mark.lower_}"
        if mark.i != clause.left_edge.i or "topic" not in self._cues(ctx).frames(phrase):
            return
        act = self.act_lexicon.of_lemma(phrase)
        if act not in self.acts:
            return
        speaker = cue_speaker(ctx, cue)
        if speaker is None:
            return
        span = content_range([t for t in clause.subtree if t.i != mark.i])
        yield from self._emit(ctx, cue, mark, span, speaker, f"topic clause of '{phrase}'", act)

    def _from_topic_name(self, ctx: DocContext, cue: Token, name: Token) -> Iterator[Attribution]:
        """``would vote for Okafor``: a stance on a bare name (a longer topic is the cue frames' own)."""
        phrase = f"{cue.lemma_} {name.head.lower_}"
        if len(list(name.subtree)) != 1 or "topic" not in self._cues(ctx).frames(phrase):
            return
        if self.act_lexicon.of_lemma(phrase) is not Act.STANCE:
            return
        speaker = cue_speaker(ctx, cue)
        if speaker is None:
            return
        span = (name.idx, name.idx + len(name.text))
        yield from self._emit(
            ctx, cue, name.head, span, speaker, f"topic of '{phrase}'", Act.STANCE, bare_name=True
        )

    def _from_stance_noun(self, ctx: DocContext, cue: Token, content: Token) -> Iterator[Attribution]:
        """``her support for the tram``, ``rallied in support of Lee``, ``in hopes of a deal``."""
        prep = content.head
        if (cue.lemma_, prep.lower_) not in _stance_nouns():
            return
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        verb = cue.head if cue.dep_ == "dobj" and cue.head.pos_ == "VERB" else None
        if verb is not None and "nominal" in self._cues(ctx).token_frames(verb):
            return  # "expressed support for …": the cue frames' own
        speaker: Speaker | None = None
        if owner is not None:
            speaker = speaker_mention(ctx, owner)
        elif cue.dep_ == "pobj" and cue.head.lower_ == "in" and cue.head.head.pos_ == "VERB":
            speaker = cue_speaker(ctx, cue.head.head)  # "rallied in support of Lee"
        elif (
            verb is not None
            and (cue.lemma_, prep.lower_) != ("support", "of")
            and not any(c.dep_ == "compound" for c in cue.children)
        ):
            speaker = cue_speaker(ctx, verb)  # "is showing support for …"
        if speaker is None or speaker.mention is None:
            return
        if speaker.mention.start <= cue.idx < speaker.mention.end:
            speaker = (
                None  # a holder phrase that holds the noun itself is a misparse: no holder, not a wrong one
            )
        span = content_range(content.subtree)
        act = self.act_lexicon.of_lemma(cue.lemma_) or Act.STANCE  # "in hopes of …" is a belief
        rule = f"attitude noun '{cue.lemma_} {prep.lower_}'"
        yield from self._emit(ctx, cue, prep, span, speaker, rule, act, bare_name=True)

    def _from_noun_verb(self, ctx: DocContext, cue: Token, clause: Token) -> Iterator[Attribution]:
        """``The campaign plans to …``: an intention verb the parser took for a noun."""
        if "intent" not in self._cues(ctx).frames(cue.lemma_) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            return
        yield from self._from_verb_clause(ctx, cue, clause, f"intention '{cue.lemma_}' read as a noun")

    def _from_gerund(self, ctx: DocContext, cue: Token, gerund: Token) -> Iterator[Attribution]:
        """``opposed cutting the levy``: a stance whose object is a gerund clause."""
        if "object" not in self._cues(ctx).token_frames(cue) or any(
            c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in cue.children
        ):
            return
        if any(c.dep_ in ("aux", "nsubj") for c in gerund.children) or gerund.i != gerund.left_edge.i:
            return  # "backed him, saying ...": an aside, not the object
        yield from self._from_verb_clause(ctx, cue, gerund, f"gerund object of '{cue.lemma_}'")

    def _from_verb_clause(
        self, ctx: DocContext, cue: Token, clause: Token, rule: str
    ) -> Iterator[Attribution]:
        """The cue's belief or stance, held by its subject, with ``clause`` as content."""
        act = self.act_lexicon.of_lemma(cue.lemma_)
        if act not in self.acts:
            return
        speaker = cue_speaker(ctx, cue)
        if speaker is None:
            return
        yield from self._emit(ctx, cue, cue, content_range(clause.subtree), speaker, rule, act)

    def _from_hedge(self, ctx: DocContext, cue: Token, predicate: Token) -> Iterator[Attribution]:
        """``The vote seems close``, ``Lee is expected to win``: a belief whose holder goes unnamed."""
        passive = any(c.dep_ == "auxpass" for c in cue.children)
        if passive != (_hedges()[cue.lemma_] == "passive") or any(c.dep_ == "agent" for c in cue.children):
            return
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ in ("WP", "EX") or ctx.token_quoted(predicate):
            return
        if predicate.dep_ == "ccomp" and subject.lower_ != "it":
            return
        if subject.lower_ == "it" and predicate.dep_ not in ("ccomp", "xcomp"):
            return
        if subject.tag_ == "PRP" and subject.lower_ in _OBJECT_PRONOUNS:
            return  # "made him seem kinder": not a clause of its own
        if predicate.dep_ == "xcomp" and self._cues(ctx).token_frames(predicate):
            return  # "seemed to endorse Lee": the inner cue's own
        # the clause: subject, verb and predicate, without a co-ordinated clause,
        # a leading adverbial one or a trailing aside ("…, saying …", "… when asked …")
        cut = {
            t.i
            for head in (cue, predicate)
            for c in head.children
            if c.dep_ in ("conj", "cc")
            or (c.dep_ in ("advcl", "mark", "punct") and c.i < subject.i)
            or (c.i > predicate.i and (_trailing_aside(c) or c.text in (".", "!", "?")))
            for t in c.subtree
        }
        if subject.lower_ == "it":
            tokens = [t for t in predicate.subtree if t.i not in cut]
        else:
            tokens = [t for t in cue.subtree if t.i not in cut]
        end = min((i for i in cut if i > predicate.i), default=len(ctx.doc))
        span = content_range(t for t in tokens if t.i < end)
        yield from self._emit(ctx, cue, cue, span, None, f"'{cue.lemma_}' with no holder", Act.BELIEF)

    def _emit(
        self,
        ctx: DocContext,
        cue: Token,
        cue_end: Token,
        span: tuple[int, int] | list[tuple[int, int] | None] | None,
        speaker: Speaker | None,
        rule: str,
        act: Act,
        bare_name: bool = False,
    ) -> Iterator[Attribution]:
        """One attribution from a span or pieces, unless its content is too short or holds its own speaker."""
        pieces = [p for p in (span if isinstance(span, list) else [span]) if p is not None]
        if not pieces:
            return
        words = [w for a, b in pieces for w in ctx.text[a:b].split()]
        only = ctx.char_span(*pieces[0]) if len(words) == 1 else None
        named = bare_name and only is not None and all(t.pos_ == "PROPN" for t in only)
        if len(words) < MIN_CONTENT_WORDS and not named:
            return
        if speaker is not None and (
            speaker.mention is None or any(a <= speaker.mention.start < b for a, b in pieces)
        ):
            return
        first, last = min(cue, cue_end, key=lambda t: t.i), max(cue, cue_end, key=lambda t: t.i)
        cue_span = ctx.span(first.idx, last.idx + len(last.text))
        within = ctx.paragraph_span(cue.idx)
        yield from make(ctx, self.name, pieces, cue_span, speaker, within=within, rule=rule, act=act)

    def _matcher(self, ctx: DocContext) -> DependencyMatcher:
        cues = self._cues(ctx)
        key = (id(ctx.doc.vocab), id(cues))
        matcher = self._matchers.get(key)
        if matcher is None:
            matcher = DependencyMatcher(ctx.doc.vocab)
            acts = self.act_lexicon
            stance_verbs = [lemma for lemma in cues.lemmas() if acts.of_lemma(lemma) in self.acts]
            topic_verbs = sorted({k.split()[0] for k in cues.lemmas("topic") if " " in k})
            matcher.add("adjective", _adjective_patterns())
            matcher.add("passive", _passive_patterns(stance_verbs))
            matcher.add("holder", _holder_patterns(_lines("attitude-holders.txt")))
            matcher.add("clause", _clause_patterns(topic_verbs))
            matcher.add("topic-name", _topic_name_patterns(topic_verbs))
            matcher.add("stance-noun", _stance_noun_patterns())
            matcher.add("noun-verb", _noun_verb_patterns(cues.lemmas("intent")))
            matcher.add("gerund", _gerund_patterns(sorted(set(cues.lemmas("object")) & set(stance_verbs))))
            matcher.add("hedge", _hedge_patterns())
            self._matchers[key] = matcher
        return matcher
