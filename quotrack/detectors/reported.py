"""Reported speech, from the dependency parse: a cue whose complement is the content.

Layouts: ``X said (that) …``, ``X told Y that …``, ``X urged Y to …``,
``X expressed concern over …``, the passive ``… was described as … by X``,
the inverted ``…, X said.`` and the parenthetical ``The plan, he said, is
dead.``  The speaker is the subject, or the agent of a passive.  Actions
("agreed to hold talks"), hearsay without a source ("is said to be"),
questions and page furniture give nothing.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..acts import ActLexicon, names_a_topic, source_head
from ..context import DocContext, picked
from ..cues import CueLexicon
from ..model import Act, Attribution
from ..outlets import OUTLET_NOUNS, reported_asides
from ..people import DOCUMENT_NOUNS, ROLE_NOUNS
from ..syntax import (
    FINITE_TAGS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SOURCE_ENTITIES,
    SUBJECT_DEPS,
    content_pieces,
    content_range,
    cue_speaker,
    governing_subject,
    has_subject,
    is_finite,
    make,
    speaker_mention,
)
from ..wordlists import words
from .base import Detector

_NOMINAL_OBJECTS = frozenset(
    [
        "concern",
        "concerns",
        "hope",
        "hopes",
        "doubt",
        "doubts",
        "support",
        "regret",
        "optimism",
        "confidence",
        "frustration",
        "anger",
        "opposition",
        "fear",
        "fears",
        "worry",
        "worries",
        "belief",
        "skepticism",
        "scepticism",
        "disappointment",
        "satisfaction",
        "surprise",
        "alarm",
        "outrage",
        "sympathy",
        "condolences",
        "gratitude",
        "interest",
        "reservations",
        "objection",
        "objections",
        "criticism",
    ]
)
_NOMINAL_PREPS = frozenset({"over", "about", "at", "for", "that", "in", "regarding", "on", "with"})
MIN_CONTENT_WORDS = 2
EVIDENTIAL_ADJECTIVES = words("evidential_adjectives")
"""``clear``, ``known``: an adjective that says a claim is evident, not whether it holds."""


class ReportedSpeechDetector(Detector):
    """Indirect speech and evidence introduced by a reporting cue, and topics.

    A topic is what a cue such as "commented on" or "announced" names when
    it takes a bare noun phrase ("commented on the matter"): reported with
    act :attr:`~quotrack.model.Act.TOPIC`, not as the speaker's words.  A request
    or a question ("urged Tokyo to act", "asked whether …") is reported with
    act :attr:`~quotrack.model.Act.REQUEST`.

    Beliefs and stances the same frames find are left to the ``attitudes``
    detector (:attr:`acts` says which acts a detector reports).
    """

    name = "reported"
    acts: frozenset[Act] = frozenset({Act.SPEECH, Act.EVIDENCE, Act.TOPIC, Act.REQUEST})
    """The acts this detector reports; a cue of another act gives nothing."""

    def __init__(self, cues: CueLexicon | None = None, act_lexicon: ActLexicon | None = None) -> None:
        self.cues = cues
        self.act_lexicon = act_lexicon if act_lexicon is not None else ActLexicon.default()

    def _cues(self, ctx: DocContext) -> CueLexicon:
        """The detector's own cue lexicon, else the run's (``ctx.lexicons.cues``)."""
        return self.cues if self.cues is not None else ctx.lexicons.cues

    def detect(self, ctx: DocContext) -> Iterator[Attribution]:
        furniture = ctx.furniture
        for token in ctx.verbs_with_lemma(self._cues(ctx).lemma_ids):
            sent = ctx.sentences[ctx.sentence_index(token.i)]
            if ctx.paragraph_index(sent.start_char) in furniture or is_question(ctx, sent):
                continue
            frames = self._cues(ctx).token_frames(token)
            if frames:
                yield from self._from_cue(ctx, token, frames)
        for verb in _unlisted_reporters(ctx, self._cues(ctx)):
            sent = ctx.sentences[ctx.sentence_index(verb.i)]
            if ctx.paragraph_index(sent.start_char) in furniture or is_question(ctx, sent):
                continue
            for found in self._from_cue(ctx, verb, frozenset({"speech"})):
                if found.speaker is not None:  # an unlisted verb needs someone who can speak
                    yield found
        for noun in _speech_nouns(ctx):
            if noun.dep_ == "pobj" and noun.head.lower_ == "by":
                continue  # "balanced by his pledge that …": the agent of another claim, not one of its own
            sent = ctx.sentences[ctx.sentence_index(noun.i)]
            if ctx.paragraph_index(sent.start_char) not in furniture and not is_question(ctx, sent):
                yield from self._from_noun(ctx, noun)

    def _from_noun(self, ctx: DocContext, noun: Token) -> Iterator[Attribution]:
        """``the mayor's claim that taxes will fall``, ``his promise to cut fares``, ``a call by X to …``."""
        clause = next(
            (
                c
                for c in noun.rights
                if c.dep_ in ("acl", "ccomp")
                and ((c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark") or _is_infinitive(c))
            ),
            None,
        )
        if clause is None:
            return
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is None:
            by = next(
                (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by" and c.i < clause.i), None
            )
            holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        speaker = speaker_mention(ctx, holder) if holder is not None else None
        if speaker is None and holder is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            speaker = cue_speaker(ctx, noun.head)  # "the mayor made the claim that …"
        pieces = _as_pieces(content_range(clause.subtree))
        if speaker is None or not pieces or ctx.fewer_words(pieces, MIN_CONTENT_WORDS):
            return
        act = self.act_lexicon.of_source(source_head(ctx, speaker))
        if act not in self.acts:
            return
        yield from make(
            ctx,
            self.name,
            pieces,
            ctx.span(noun.idx, noun.idx + len(noun.text)),
            speaker,
            within=ctx.paragraph_span(noun.idx),
            rule=f"clause of the noun '{noun.lemma_}'",
            act=act,
        )

    def _from_cue(self, ctx: DocContext, cue: Token, frames: frozenset[str]) -> Iterator[Attribution]:
        children = list(cue.children)
        deps = {child.dep_: child for child in children}  # (each child's dependency read once)
        if (
            "neg" in deps
            or (cue.dep_ == "pcomp" and cue.head.lower_ == "without")
            or _negated_conjunct(cue, deps)
        ):
            return  # "did not find that A", "without specifying how A": A is what was not said
        if _hypothetical(cue, children):
            return  # "said the courts should decide who …": an act that may come, inside another's claim
        if _purpose_of_passive(cue):
            return  # "tests will be carried out to confirm if A": what the act is for, no one's claim
        passive = "auxpass" in deps or "nsubjpass" in deps
        agent = deps.get("agent")
        if passive and agent is None:
            return  # "is said to be", "was quoted as saying" (its inner verb is the cue)
        pieces: list[tuple[int, int]] | None = None
        verb = f"'{cue.lemma_}'"
        rule = ""
        asks = False  # a request or a question, whatever its verb: "told them to leave", "asked if …"
        nominal = False  # "expressed concern over …": a bare noun phrase there names a topic
        about = False  # "referred to …": what the cue's preposition takes
        if passive and agent is not None and "speech" in frames:
            pieces, rule = _passive_content(cue, deps), f"passive {verb} with agent"
        elif "speech" in frames and (gerund := _gerund_subject_clause(cue, deps)) is not None:
            # "said naming the virus after the city would place …": the parser made the clause's
            # gerund subject the cue's complement and hung the clause's verb on the gerund
            pieces, rule = (
                _as_pieces(content_range(gerund.subtree)),
                f"clause of {verb} with a gerund subject",
            )
        elif "ccomp" in deps and ("speech" in frames or "belief" in frames):
            complement = _inner_report(self._cues(ctx), _complement(self._cues(ctx), cue, children))
            if complement.i > cue.i and _opens_with(complement, _PURPOSE):
                return  # "declared an emergency so he could fund a wall": why it was done, not what was said
            if complement.i < cue.i and any(
                c.dep_ == "dobj" and c.i < cue.i and c.lower_ in RELATIVE_PRONOUNS for c in children
            ):
                return  # "A is made of B, that Lee described as C": the cue's object is B, a relative
            if complement.i > cue.i and _past_semicolon(ctx, cue, complement):
                return  # "found a knife, which …; inside the house was a bag": the writer's next sentence
            own = _own_clause(self._cues(ctx), complement)
            if complement.i < cue.i and _object_after(cue, deps):
                return  # "If A, they reasoned, the specimens would have shown little diversity": no tag
            if complement.i < cue.i and _own_object_past_colon(cue, complement, deps):
                return  # "X can live there: the researchers found large amounts …": X is the writer's
            if complement.i < cue.i:
                own = _before_tag(cue, own)
            else:
                own = _without_leading_time(complement, _with_judgement(cue, complement, own))
                own = _without_audience(cue, complement, own)
                if "directive" not in frames:
                    own = _with_lost_subject(cue, complement, own)
                else:
                    own = _with_subject_after_outlet(ctx, cue, complement, own)
            if (
                complement.i > cue.i
                and complement.left_edge.i < cue.i
                and complement.left_edge.tag_ in _WH_TAGS
            ):
                own = [t for t in own if t.i > cue.i]  # "rules, which officials said will start in May"
            pieces = _as_pieces(content_range(own))
            if (
                pieces
                and not ctx.token_quoted(next((t for t in complement.subtree if not t.is_punct), complement))
                and (antecedent := _relative_antecedent(self._cues(ctx), cue, complement)) is not None
            ):
                pieces = [antecedent, *pieces]  # "the 38 countries they said were involved"
            if pieces and complement.i < cue.i:
                pieces += _as_pieces(content_range(_continuation(self._cues(ctx), cue))) or []
            elif (
                pieces
                and complement.i > cue.i
                and (more := _second_clause(ctx, self._cues(ctx), cue, complement))
            ):
                pieces = _as_pieces(content_range([*own, *more]))  # (own: with its lost subject)
            if pieces and complement.i > cue.i:
                pieces[-1] = _past_colon(ctx, self._cues(ctx), pieces[-1])
            rule = f"clausal complement of {verb}"
        elif "speech" in frames and (clause := _object_clause(cue, deps)) is not None:
            # "reported Hurricane Ana had strengthened": the parser made the clause's subject the
            # cue's object and its verb an adverbial clause
            own = _with_lost_subject(cue, clause, _own_clause(self._cues(ctx), clause))
            pieces = _as_pieces(content_range(own))
            if pieces:
                pieces[-1] = _past_colon(ctx, self._cues(ctx), pieces[-1])
            rule = f"clause of {verb} whose subject the parser made its object"
        elif cue.dep_ == "parataxis" and "speech" in frames:
            words = _after_semicolon(ctx, cue, cue.head.subtree, after=True)
            if words and _relative_pronoun(words[0]) and words[0].i < cue.i:
                words = words[1:]  # "fighters which, the statement said, nations refused to take back"
            pieces = content_pieces(words, exclude=_tag_words(cue))
            rule = f"parenthetical {verb}"
            if pieces and cue.head.i < cue.i:
                pieces += _as_pieces(content_range(_continuation(self._cues(ctx), cue))) or []
        elif "speech" in frames and (answer := _short_answer(cue, children)) is not None:
            pieces, rule = [(answer.idx, answer.idx + len(answer.text))], f"short answer with {verb}"
        elif "speech" in frames and (question := _indirect_question(cue, frames, children)) is not None:
            pieces, rule, asks = _as_pieces(content_range(question.subtree)), f"question of {verb}", True
        elif "speech" in frames and (clause := _that_clause(ctx, cue)) is not None:
            pieces, rule = _as_pieces(content_range(_with_judgement(cue, clause))), f"that-clause of {verb}"
        elif "directive" in frames and "dobj" in deps and "xcomp" in deps:
            obj, comp = deps["dobj"], deps["xcomp"]
            if obj.i < comp.i:
                pieces = _as_pieces(content_range([*obj.subtree, *_infinitive_words(comp)]))
                rule, asks = f"directive {verb}: object and infinitive", True
        elif "nominal" in frames and "dobj" in deps:
            pieces, rule, nominal = _nominal_content(cue, deps["dobj"]), f"noun of {verb}", True
        elif "naming" in frames and "dobj" in deps and (name := _name_given(cue, deps)) is not None:
            pieces = _as_pieces(content_range([*deps["dobj"].subtree, *name.subtree]))
            rule = f"naming {verb}"
        elif (
            "naming" in frames
            and "oprd" in deps
            and deps["oprd"].i > cue.i
            and not _names_a_thing(cue, deps["oprd"])
        ):
            # 'called her "third-rate"': the parser hangs "her" on the name
            pieces, rule = _as_pieces(content_range(deps["oprd"].subtree)), f"naming {verb}"
        elif (
            "object" in frames
            and "dobj" in deps
            and deps["dobj"].i > cue.i
            and not _cites_a_source(cue, deps["dobj"])
        ):
            words = _with_detail(cue, _object(cue, deps["dobj"]))
            words = _before_tagged_participle(self._cues(ctx), words, deps["dobj"])
            pieces, rule = _as_pieces(content_range(words)), f"object of {verb}"
        elif (
            "object" in frames
            and "dobj" not in deps
            and "xcomp" in deps
            and deps["xcomp"].tag_ == "VBG"
            and deps["xcomp"].i == cue.i + 1
        ):  # "denied taking the money", "proposed raising the fee": a gerund is the object
            pieces, rule = _as_pieces(content_range(deps["xcomp"].subtree)), f"gerund object of {verb}"
        elif "topic" in frames and (topic := _topic(self._cues(ctx), cue)) is not None:
            words = _with_infinitive(cue, _with_as(cue, list(topic.subtree)))
            pieces, rule = _as_pieces(content_range(_with_detail(cue, words))), f"topic of {verb}"
            about = True
        elif "intent" in frames and "xcomp" in deps and deps["xcomp"].i > cue.i:
            pieces, rule = (
                _as_pieces(content_range(_infinitive(cue, deps))),
                f"intention {verb} with infinitive",
            )
        elif (
            "intent" in frames
            and "ccomp" in deps
            and _is_infinitive(deps["ccomp"])
            and deps["ccomp"].i > cue.i
        ):
            # "wants the board to resign": the parser makes "the board to resign" a clause
            pieces, rule = (
                _as_pieces(content_range(deps["ccomp"].subtree)),
                f"intention {verb} with infinitive",
            )
        if not pieces:
            return
        pieces[-1] = _to_quotation_end(
            ctx, _through_open_quotation(ctx, cue, _with_but_half(ctx, pieces[-1]))
        )
        few_words = ctx.fewer_words(pieces, MIN_CONTENT_WORDS)  # (read once)
        if few_words and not rule.startswith("short") and not _named_object(rule, deps):
            return
        speaker = cue_speaker(ctx, _reporter(self._cues(ctx), cue))
        if speaker is None:
            subject = governing_subject(cue)
            if subject is None or ctx.token_quoted(subject) or nominal or (about and cue.tag_ in FINITE_TAGS):
                # "This raises the concern that …": a concern no one voices is the writer's, and
                # "the word refers to how …" a definition
                return
            if subject.lower_ in PREPOSITIONS:
                return  # "Amongst reported incidents …": a participle given a preposition as subject
            # a subject that cannot speak ("the timing shows"): no speaker rather than a wrong one
        elif speaker.mention is None or any(start <= speaker.mention.start < end for start, end in pieces):
            return  # the "speaker" sits inside its own content: a misparse
        elif "directive" in frames and "naming" not in frames and _reduced_passive(cue, deps):
            speaker = None  # "X, when asked whether …": the question is an unnamed interviewer's
            rule += "; no speaker: the subject it borrows was asked, not asking"
        content = ctx.char_span(*pieces[0]) if len(pieces) == 1 else None
        act = self.act_lexicon.of_content(ctx, cue, source_head(ctx, speaker), content)
        if asks and act is Act.SPEECH:
            act = Act.REQUEST
        elif nominal and act is Act.SPEECH and content is not None and names_a_topic(ctx, content):
            act = Act.TOPIC  # "expressed interest in the event": no words, what they were about
        if act not in self.acts:
            return
        if act is not Act.STANCE and not rule.startswith("short") and few_words:
            return  # only a stance takes a bare name: "endorsed Lee", not "denied Lee"
        cue_end = cue  # the cue's last word: "expressed concern", "called for", "pointed out"
        if "nominal" in frames and "dobj" in deps:
            cue_end = deps["dobj"]
        else:
            for child in cue.rights:
                if child.dep_ in ("prt", "prep") and self._cues(ctx).frames(f"{cue.lemma_} {child.lower_}"):
                    cue_end = child
                    break
        cue_span = ctx.span(cue.idx, cue_end.idx + len(cue_end.text))
        yield from make(
            ctx, self.name, pieces, cue_span, speaker, within=ctx.paragraph_span(cue.idx), rule=rule, act=act
        )


_MODALS = frozenset({"could", "should", "might", "may", "must", "can"})


def _gerund_subject_clause(cue: Token, deps: dict[str, Token]) -> Token | None:
    """The gerund right after a speech cue whose phrase holds the tensed verb of a clause with no
    subject of its own (``said taxing fuel would cut demand``): the gerund is that clause's subject,
    and the whole is what was said.  Not a gerund with no such verb (``reported holding shares``)."""
    gerund = deps.get("xcomp")
    if gerund is None or gerund.tag_ != "VBG" or gerund.i != cue.i + 1 or "dobj" in deps:
        return None
    for verb in gerund.subtree:
        if (
            verb.i > gerund.i
            and verb.head.i == gerund.i
            and verb.dep_ in ("advcl", "ccomp", "conj")
            and verb.pos_ in ("VERB", "AUX")
            and is_finite(verb)
        ):
            return gerund
    return None


def _hypothetical(cue: Token, children: list[Token]) -> bool:
    """``said the courts should decide who holds it``, ``were optimistic it could reveal more``:
    a cue with a modal in a complement clause is an act that may come, not a report.

    ``children`` are the cue's, as the caller read them (each read of ``Token.children``
    builds every Token anew).
    """
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return False
    clause = cue
    while clause.dep_ in ("conj", "advcl") and clause.head.i != clause.i:
        clause = clause.head  # "said A since B, and that the courts should decide C"
    return clause.dep_ == "ccomp" and clause.head.i < clause.i


def _purpose_of_passive(cue: Token) -> bool:
    """``assessments will be carried out to confirm if A``: an infinitive of purpose on a passive
    verb with no agent says what the act is for; its subject is no one named."""
    head = cue.head
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VB"
        and _is_infinitive(cue)
        and head.i < cue.i
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and not any(c.dep_ == "agent" for c in head.children)
    )


_SUBORDINATORS = frozenset({"when", "if", "once", "after", "as", "while", "before"})


def _negated_conjunct(cue: Token, deps: dict[str, Token]) -> bool:
    """``did not concede or admit defeat``: a verb joined by "or" to a negated one, with no subject
    or auxiliary of its own, is negated too."""
    if cue.dep_ != "conj" or deps.keys() & {"nsubj", "nsubjpass", "aux", "auxpass"}:
        return False
    head = cue.head
    joining = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < cue.i]
    # the word right before it joins them: "did not concede or admit", not "… or X, and vowed"
    return (
        bool(joining) and joining[-1].lower_ in ("or", "nor") and any(c.dep_ == "neg" for c in head.children)
    )


_NAMING_TAGS = {"acl": ("VBN",), "advcl": ("VBN", "VBD")}
"""The tags a participle that names a thing takes, by how the parser hung it: a past tense hung
on a noun is a relative clause's verb ("which Lee called …")."""


def _names_a_thing(cue: Token, name: Token) -> bool:
    """``a song called "Day by Day"``: a participle naming the noun it hangs on gives its name, no claim.

    Only a name in quotation marks, right after a noun or its comma, given
    by a participle with no subject.  The parser may hang the participle on
    a noun further back or on the sentence's verb (``hosted a programme at
    the hall called "…"``): it still names a noun.
    """
    quoted = cue.doc[name.left_edge.i - 1 if name.left_edge.i > cue.i + 1 else name.left_edge.i].is_quote
    if not quoted and not _proper_name(name):
        return False
    if cue.tag_ not in _NAMING_TAGS.get(cue.dep_, ()):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in cue.children):
        return False  # "which Lee called …", "called it …": someone gives the name
    if cue.i == cue.sent.start:
        return True  # "Called the Lakeside Run, it drew …"
    before = next((t for t in reversed(cue.doc[cue.sent.start : cue.i]) if not t.is_punct), None)
    return before is not None and before.pos_ in ("NOUN", "PROPN")  # right after a noun or its comma


def _proper_name(name: Token) -> bool:
    """``Bryn Mawr``, ``the Lakeside 10K Run``: a phrase of proper nouns (a determiner and numbers aside)."""
    words = [t for t in name.subtree if not t.is_punct]
    return name.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "DET", "NUM") for t in words)


def _reduced_passive(cue: Token, deps: dict[str, Token]) -> bool:
    """``X, when asked whether …``, ``Asked if …, X said``: the subject it borrows was asked, not asking.

    Called for cues whose object is the one addressed (ask, tell, press), not for
    naming ones (``a device, called …``).
    A past participle with no subject or auxiliary of its own that opens a
    clause (``Asked …``) or follows ``when``/``if``/… (``when asked …``); the
    question is an unnamed interviewer's, not the claim of the one asked,
    so it keeps no speaker.
    """
    if deps.keys() & {"nsubj", "nsubjpass", "aux", "expl", "csubj"} or cue.tag_ not in ("VBN", "VBD"):
        return False  # "when speaking to reporters", "after saying": the subject speaks
    if any(c.lower_ in _SUBORDINATORS and c.i == cue.i - 1 for c in cue.children):
        return True
    opens = cue.i == cue.sent.start or cue.nbor(-1).is_punct  # "Asked …, X said", "X, asked …, said"
    return opens and cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl")


@functools.cache
def _speech_noun_ids() -> np.ndarray:
    text = resources.files("quotrack.lexicons").joinpath("speech_nouns.txt").read_text("utf-8")
    words = {line.split("#", 1)[0].strip().lower() for line in text.splitlines()} - {""}
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def _speech_nouns(ctx: DocContext) -> list[Token]:
    """Unquoted nouns that report speech (``lexicons/speech_nouns.txt``), found in one vectorised pass."""
    doc = ctx.doc
    if not len(doc):
        return []
    hits = picked(np.flatnonzero(ctx.column(POS) == NOUN), ctx.column(LEMMA), _speech_noun_ids())
    quoted = ctx.quoted_tokens
    return [doc[i] for i in hits.tolist() if not quoted[i]]


_NOT_REPORTING = frozenset({"ensure", "insure", "mean"})
"""Verbs that take a that-clause but report nothing: "ensure that", "this means that"."""


def _unlisted_reporters(ctx: DocContext, cues: CueLexicon) -> list[Token]:
    """Verbs not in the cue lexicon with a complement opened by "that": ``Lee conceded that …``.

    A verb that takes a finite that-clause and a subject who can speak is
    nearly always a report (the long tail no list covers); the clause is
    found like a listed cue's.  One vectorised pass over the marks.
    """
    doc = ctx.doc
    if not len(doc):
        return []
    verbs = []
    for i in ctx.memo(_that_marks):
        clause = doc[i].head
        verb = clause.head
        if (
            clause.dep_ == "ccomp"
            and verb.pos_ == "VERB"
            and verb.i < i
            and verb.lemma_.isalpha()
            and verb.lemma_.lower() not in _NOT_REPORTING
            and not cues.token_frames(verb)
            and not ctx.token_quoted(verb)
            and not _bare_base_form(verb)
        ):
            verbs.append(verb)
    return verbs


def _bare_base_form(verb: Token) -> bool:
    """A base form with no auxiliary, "to" or subject of its own: no verb but a noun the parser
    mistook (``there was so much iron and phosphate that the particles …``)."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _continuation(cues: CueLexicon, cue: Token) -> list[Token]:
    """What the content says after a tag set inside it, to the sentence's end.

    ``Sales rose, the firm said, until the plant closed`` and ``A paid 9
    percent, the office said, and B paid 1 percent``: past the comma that
    closes the tag, a clause with its own conjunction or subject, or an
    "including …", goes on with the content.  The speaker's own doings
    (", adding that …", ", and left") and the tag's own phrases ("said in a
    report") do not.
    """
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = subject.left_edge.i if subject is not None else cue.i
    doc = cue.doc
    opening = doc[start - 1] if start else None
    if opening is not None and opening.is_quote and start > 1:
        opening = doc[start - 2]
    if opening is None or opening.text != "," or any(t.text in ";:" for t in doc[start : cue.i]):
        return []  # no tag set off by a comma: "X; it did not say …"
    if (opening.i and doc[opening.i - 1].is_quote) or doc[opening.i + 1].is_quote:
        return []  # a quotation ends at its closing mark: what follows the tag is the writer's
    rights = [c for c in cue.rights if not (c.dep_ == "punct" and c.text in ".!?")]
    comma = next((c for c in rights if c.dep_ == "punct"), None)
    if comma is None or comma.text != ",":
        return []
    after = [c for c in rights if c.i > comma.i]
    words = [c for c in after if c.dep_ not in ("punct", "cc")]
    if not words or any(c.dep_ == "punct" for c in after):
        return []
    first = words[0]
    if (clause := _before_semicolon(cues, comma, first)) is not None:
        return clause
    if first.dep_ == "advcl":  # "until …", "because …"; not "as they left", the scene of the telling
        mark = first.doc[first.left_edge.i]
        goes_on = mark.dep_ == "mark" and mark.head.i == first.i and mark.lower_ != "as"
    elif first.dep_ == "conj":
        # a subject of its own, or a modal: "A was unsafe, X said, and should not have flown"
        # (the speaker's own doings, ", and left", take neither)
        goes_on = any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.tag_ == "MD")
            for c in first.children
        )
    elif first.dep_ in ("xcomp", "appos"):
        # "would be examined, X said, to determine if …" (an infinitive of purpose);
        # "house six thousand lions, X report, a population larger than …" (a noun phrase on the content)
        goes_on = first.dep_ == "appos" or (first.left_edge.lower_ == "to" and first.left_edge.dep_ == "aux")
    else:
        # "including", "excluding"; "according to" names a source
        goes_on = first.dep_ == "prep" and first.tag_ == "VBG" and first.lower_ != "according"
    if not goes_on or "speech" in cues.token_frames(first):
        return []
    return [t for c in after if c.i >= first.left_edge.i for t in c.subtree]  # no leading "and"


def _before_semicolon(cues: CueLexicon, comma: Token, first: Token) -> list[Token] | None:
    """``A, X said, and B seems realistic; experts called it dubious``: the parser hung the clause
    between the tag and a semicolon on the next sentence's verb.  That clause, when it has a tensed
    verb and its subject and no cue, goes on with the content; None when no such semicolon."""
    doc = comma.doc
    semicolon = next((t.i for t in doc[comma.i + 1 : first.i] if t.text == ";"), None)
    if semicolon is None:
        return None
    words = [t for t in doc[comma.i + 1 : semicolon] if not (t.i == comma.i + 1 and t.pos_ == "CCONJ")]
    if any(cues.token_frames(t) for t in words if t.pos_ == "VERB"):
        return []
    inside = {t.i for t in words}
    verb = next((t for t in words if t.head.i not in inside or t.head.i == t.i), None)
    if (
        verb is None
        or not is_finite(verb)
        or not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        or any(t.head.i not in inside for t in words if t is not verb)
    ):
        return []
    return words


_DASHES = ("—", "–", "--")


def _to_quotation_end(ctx: DocContext, piece: tuple[int, int]) -> tuple[int, int]:
    """``“We lost,” the coach, who had led the side since May, and …``: a content that
    opens with a quotation closed on a comma, or followed by a dash, ends there when no
    other quotation follows in it (what comes after is the writer's, not the speaker's)."""
    start, end = piece
    cut = None
    # a quotation whose words start before the piece's cannot open it (and all before it are skipped)
    first = bisect.bisect_left(ctx.memo(_quotation_starts), start) if start < end else 0
    for quotation in itertools.islice(ctx.quotations, first, None):
        close = quotation.close_mark
        if close is None or quotation.open_mark >= end:
            if quotation.open_mark >= end:
                break
            continue
        if cut is not None:
            return piece if quotation.open_mark < end else (start, cut)
        if quotation.open_mark <= start <= quotation.start and close + quotation.mark_width < end:
            after = ctx.text[close + quotation.mark_width : end].lstrip()
            if (
                ctx.text[quotation.end - 1 : close].rstrip().endswith(",")
                or after.startswith(_DASHES)
                or (after.startswith(",") and _participle_after(ctx, end - len(after) + 1, end))
            ):
                cut = close + quotation.mark_width
    return piece if cut is None else (start, cut)


def _participle_after(ctx: DocContext, start: int, end: int) -> bool:
    """``said, "We need help", while addressing the press``: after the quotation and a comma, a
    participle with no subject of its own (opened or not by a subordinator) tells what the
    speaker was doing, in the writer's words."""
    words = ctx.token_range(start, end)
    if words is None:
        return False
    doc = ctx.doc
    first = doc[words[0]]
    verb = first.head if first.dep_ == "mark" else first
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and not has_subject(verb)


def _through_open_quotation(ctx: DocContext, cue: Token, piece: tuple[int, int]) -> tuple[int, int]:
    """``as saying "A" and "if B, C."``: a content that opens right after its cue, before a
    quotation, and stops inside it (the parser hung the quotation's last clause elsewhere)
    goes on to its end."""
    start, end = piece
    inner = ctx.quote_piece_at(end - 1)
    if inner is None or inner[0] <= start or end >= inner[1]:
        return piece
    if cue.idx > start or _QUOTE_MARKS.search(ctx.text[cue.idx : start].rstrip(' "“«')):
        return piece  # a quotation between the cue and its content: the sentence was cut wrong
    tail = ctx.text[end : inner[1]].rstrip(" .,;:!?")
    return (start, end + len(tail)) if tail else piece


_QUOTE_MARKS = re.compile('["“”«»]')


def _with_but_half(ctx: DocContext, piece: tuple[int, int]) -> tuple[int, int]:
    """``indicating not only does it have an atmosphere, but the atmosphere holds water``: a
    content with "not only" goes on through the "but" half the parser hung elsewhere."""
    start, end = piece
    if "not only" not in ctx.text[start:end].lower():
        return piece
    span = ctx.char_span(start, end)
    if span is None:
        return piece
    doc = span.doc
    but = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if but >= len(doc) or doc[but].lower_ != "but" or doc[but].sent.start != span.sent.start:
        return piece
    head = doc[but].head
    if head.i < but:  # "but" joins a verb before it to the half after it
        half = next((c for c in head.children if c.dep_ == "conj" and c.i > but), None)
        if half is None:
            return piece
        head = half
    last = head.right_edge.i
    while last > but and doc[last].is_punct and doc[last].text not in _CLOSING:
        last -= 1
    return (start, doc[last].idx + len(doc[last].text)) if last > but else piece


_CLOSING = frozenset({'"', "”", "’", "»"})


def _quotation_starts(ctx: DocContext) -> list[int]:
    """Where the words of each of ``ctx.quotations`` start (they are in that order)."""
    return [quotation.start for quotation in ctx.quotations]


def _second_clause(ctx: DocContext, cues: CueLexicon, cue: Token, complement: Token) -> list[Token]:
    """``said A, but that B`` / ``said A and “B”``: a clause the parser co-ordinated with the
    cue goes on with the content when it opens with "that" or quotes the speaker.

    So does a "so" clause right after it (``stated A, so B``: the consequence the speaker
    draws), a second complement of the cue right after a first that holds a dangling "and"
    (``said A had to be easy and, to prevent B, it must not …``) and a conjunct with no verb
    (``claimed 90 were hurt, and two each from the police``): none can be the speaker's
    next act. Nor can the second half of ``found the faster it ran, the more it flapped``.
    """
    end = complement.right_edge.i
    doc = complement.doc
    for child in cue.rights:
        if child.i <= end:
            continue
        if (
            child.dep_ == "ccomp"
            and child.pos_ in ("VERB", "AUX")
            and not _reports(cues, child)  # "… and three-quarters said …": a report of its own
            and all(doc[i].is_punct for i in range(end + 1, child.left_edge.i))
            and any(t.pos_ == "CCONJ" for t in complement.subtree if t.head.i != complement.i)
        ):
            return list(child.subtree)
        if child.dep_ == "ccomp" and _correlative(complement, child):
            return list(child.subtree)
        if (
            child.dep_ == "advcl"
            and child.left_edge.lower_ == "so"
            and child.left_edge.dep_ == "mark"
            and all(doc[i].is_punct for i in range(end + 1, child.left_edge.i))
        ):
            return list(child.subtree)  # "said A, so B": the consequence the speaker draws
        if (
            child.dep_ == "conj"
            and child.pos_ in ("NOUN", "NUM", "PROPN")
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[child.i : child.sent.end])
        ):
            return list(child.subtree)  # to the end of the sentence, with no verb of its own
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        if cues.token_frames(child):
            return []
        if (
            _opens_with_that(child)
            or (
                any(ctx.token_quoted(t) for t in child.subtree)
                # 'tweeted "A" and offered "B"': a verb of the writer's after a quoted complement is
                # the speaker's next act
                and (ctx.token_quoted(child) or not ctx.token_quoted(complement))
            )
            or _present_like_claim(cue, complement, child)
        ):
            return list(child.subtree)
        return []
    return []


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _present_like_claim(cue: Token, complement: Token, clause: Token) -> bool:
    """``remarked paper is bulky, and, when sold out, leaves shelves empty``: a clause the parser
    co-ordinated with a cue in the past tense, itself in the present like the complement, goes on
    with the claim; the narration around a past report goes on in the past."""
    return (
        _finite_tag(cue) == "VBD"
        and _finite_tag(complement) in _PRESENT_TAGS
        and _finite_tag(clause) in _PRESENT_TAGS
    )


def _correlative(complement: Token, clause: Token) -> bool:
    """``found the faster it ran, the more it flapped``: the second half of a comparative
    correlative, which the parser makes a second complement after a comma."""
    doc = clause.doc
    first = next(t for t in clause.subtree if not t.is_punct)
    between = doc[complement.right_edge.i + 1 : first.i]
    return (
        len(between) <= 1
        and all(t.text == "," for t in between)
        and doc[first.i - 1].text == ","
        and all(
            doc[i].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].tag_ in _COMPARATIVE_TAGS
            for i in (complement.left_edge.i, first.i)
        )
    )


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _reports(cues: CueLexicon, verb: Token) -> bool:
    """Whether ``verb`` is a cue that reports: not a negated one ("it must not cite …")."""
    return bool(cues.token_frames(verb)) and not any(c.dep_ == "neg" for c in verb.children)


def _opens_with_that(clause: Token) -> bool:
    """``… and that B``: a clause opened by the complementiser "that"."""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def _past_colon(ctx: DocContext, cues: CueLexicon, piece: tuple[int, int]) -> tuple[int, int]:
    """``noted that three things are true: A, B and C``: what a colon right after the
    content opens is the content's too, to the end of its sentence."""
    start, end = piece
    rest = ctx.text[end : end + 3]
    stripped = rest.lstrip(" \"”’'")
    if not stripped.startswith(":"):
        return piece
    colon = end + len(rest) - len(stripped)
    after = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if after is None or after.end >= len(ctx.doc):
        return piece
    sent = ctx.sentences[ctx.sentence_index(after.end)]
    if ctx.doc[after.end].is_quote and any(
        not ctx.token_quoted(t) and t.pos_ == "VERB" and cues.token_frames(t)
        for t in ctx.doc[after.end : sent.end]
    ):
        return piece  # 'indicated A: "B," he said, "C"': a quotation with its own tag is a claim of its own
    return (start, max(end, sent.end_char))


def _reporter(cues: CueLexicon, cue: Token) -> Token:
    """The cue whose subject speaks for ``cue``: the outer report when ``cue`` is cut out of it.

    In ``The coach said the team played well and told reporters that …``
    the parser co-ordinates "told" with "played"; the coach told, not the team.
    """
    head = cue.head
    if (
        head.dep_ == "ccomp"
        and _tagged_report(cues, cue, head)
        and not has_subject(cue)
        and "speech" in cues.token_frames(head.head)
    ):
        return head.head
    return cue


def _complement(cues: CueLexicon, cue: Token, children: list[Token]) -> Token:
    """The cue's clausal complement: the nearest, not a second report co-ordinated with it.

    In ``voters said A, and a third said B`` the parser may hang "said B"
    on the first "said" as a second complement; it is a report of its own.
    """
    clauses = [c for c in children if c.dep_ == "ccomp"]
    own = [c for c in clauses if not _second_report(cues, c)] or clauses
    return min(own, key=lambda c: abs(c.i - cue.i))


def _inner_report(cues: CueLexicon, clause: Token) -> Token:
    """``said that A, the Herald reported``: the parser makes the closing tag the complement;
    what was said is the tag's own clause before it, not the tag."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), None)
    if (
        subject is None
        or inner is None
        or "speech" not in cues.token_frames(clause)
        or not inner.right_edge.i < subject.left_edge.i
        or clause.right_edge.i > clause.i + 1
    ):
        return clause
    return inner


_TAG_WORDS = 3
"""At most this many words of description before a tag's speaker: ``…, newspaper The Hindu reported``."""


def _own_object_past_colon(cue: Token, complement: Token, deps: dict[str, Token]) -> bool:
    """Whether a clause the parser hung on a later cue as its complement stands before a colon
    or semicolon that opens the cue's own sentence, and the cue has an object of its own."""
    if "dobj" not in deps or deps["dobj"].i < cue.i:
        return False
    doc = cue.doc
    return any(doc[i].text in (":", ";") for i in range(complement.right_edge.i + 1, cue.i))


def _object_after(cue: Token, deps: dict[str, Token]) -> bool:
    """A cue with an object after it (``would have shown little diversity``) is no tag on the
    clause before it: a tag takes no object, bar its audience (``…, he told reporters``)."""
    obj = deps.get("dobj")
    return obj is not None and obj.left_edge.i == cue.i + 1 and cue.lemma_ != "tell"


def _relative_pronoun(token: Token) -> bool:
    """``which``, ``who``, ``that`` opening a relative clause (not "what", which opens a claim)."""
    return token.lower_ in RELATIVE_PRONOUNS and token.tag_ in _WH_TAGS


def _after_semicolon(
    ctx: DocContext, cue: Token, tokens: Iterable[Token], after: bool = False
) -> list[Token]:
    """``A; B, his father says, C``: a tag set inside the clause after a semicolon speaks for that
    clause alone, so the tokens before the semicolon (outside quotation marks) go; with ``after``,
    so do those past a semicolon after the tag (``A, X said, and B; critics called it C``)."""
    before = reversed(cue.doc[cue.sent.start : cue.i])
    semicolon = next((t.i for t in before if t.text == ";" and not ctx.token_quoted(t)), None)
    tokens = list(tokens) if semicolon is None else [t for t in tokens if t.i > semicolon]
    if not after or ";" not in ctx.text[cue.idx : cue.sent.end_char]:
        return tokens
    later = cue.doc[cue.i + 1 : cue.sent.end]
    semicolon = next((t.i for t in later if t.text == ";" and not ctx.token_quoted(t)), None)
    if semicolon is None or not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i > semicolon and t.head.head.i < semicolon
        for t in cue.doc[semicolon + 1 : cue.sent.end]
    ):
        return tokens  # "is manifold: A; B; and C": a list goes on past its semicolons
    return [t for t in tokens if t.i < semicolon]


def _past_semicolon(ctx: DocContext, cue: Token, clause: Token) -> bool:
    """Whether a semicolon outside quotation marks stands between the cue and the clause after it."""
    first = clause.left_edge
    if ";" not in ctx.text[cue.idx : first.idx]:
        return False  # the usual case, read off the text: no Token built for each word between
    return any(t.text == ";" and not ctx.token_quoted(t) for t in cue.doc[cue.i + 1 : first.i])


def _tag_words(cue: Token) -> list[Token]:
    """The words of a parenthetical tag (``, says the study,``): the cue's phrase, less a clause
    the parser hung on it from before (``Because A, says the study, B``: A is the claim's)."""
    before = {t.i for c in cue.lefts if c.dep_ == "advcl" for t in c.subtree}
    return [t for t in cue.subtree if t.i not in before]


def _before_tag(cue: Token, tokens: list[Token]) -> list[Token]:
    """A content before its tag (``A, newspaper X reported``) ends at the comma that opens the tag,
    even when the parser ran a word of the tag into the content."""
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return tokens
    doc = cue.doc
    start = subject.left_edge.i
    i = start - 1
    while i >= 0 and start - i <= _TAG_WORDS and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
        i -= 1
    if i < 0 or i == start - 1 or doc[i].text != ",":
        return tokens
    return [t for t in tokens if t.i < i]


def _with_lost_subject(cue: Token, complement: Token, tokens: list[Token]) -> list[Token]:
    """``reported three malls were damaged``: when the complement has no subject and the parser
    made the noun before it the cue's object, that noun is the complement's subject, with any
    phrase the parser hung on the cue between them (``reported the studio, due to the storm,
    has …``)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in complement.children):
        return tokens
    if not is_finite(complement):
        return tokens
    obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < complement.i), None)
    if obj is None:
        return [*_subject_in_preposition(cue, complement), *tokens]
    if obj.right_edge.i >= complement.left_edge.i:
        return tokens
    # "reported the studio, due to the storm, has delayed …": a phrase the parser hung on the cue
    # between the subject and its verb is the clause's too
    between = cue.doc[obj.right_edge.i + 1 : complement.left_edge.i]
    phrases = [c for c in cue.rights if obj.i < c.i < complement.i]
    if (
        any(c.dep_ not in _INSERTED for c in phrases)
        or len(between) != sum(len(list(c.subtree)) for c in phrases)
        or any(t.text in (";", ":") for t in cue.doc[obj.right_edge.i : complement.left_edge.i])
    ):
        return tokens  # not "found a knife; inside the house was …"
    return [*obj.subtree, *between, *tokens]


_INSERTED = frozenset({"prep", "advmod", "npadvmod", "punct"})


def _subject_in_preposition(cue: Token, complement: Token) -> list[Token]:
    """``announced on Twitter the FAA and the NTSB were to investigate``: the parser ran the
    clause's subject into the object of a preposition on the cue right before the clause (``on``
    taking "Twitter the FAA …"); the words from the determiner that opens a second phrase there
    are the subject.  Nothing when there is no such phrase."""
    prep = next((c for c in cue.rights if c.dep_ == "prep" and c.i < complement.i), None)
    if prep is None or prep.right_edge.i + 1 != complement.left_edge.i:
        return []
    words = list(prep.subtree)
    for at in range(2, len(words)):
        token = words[at]
        if (
            token.dep_ == "det"
            and token.lower_ == "the"
            and words[at - 1].pos_ == "PROPN"
            and token.head.i > token.i
        ):
            return words[at:]
    return []


def _with_subject_after_outlet(
    ctx: DocContext, cue: Token, complement: Token, tokens: list[Token]
) -> list[Token]:
    """``told MSNBC Lee "was a great man"``: the parser ran the outlet told and the clause's
    subject into one name, the cue's object, and left the clause without a subject; the words
    after the outlet's name are the subject.  Only for "tell", an object right before the clause
    and an outlet's name (``lexicons/outlets.txt``) that opens it with a name after."""
    if cue.lemma_ != "tell" or complement.i < cue.i or not is_finite(complement):
        return tokens
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in complement.children):
        return tokens
    told = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < complement.i), None)
    if told is None or told.pos_ != "PROPN" or told.right_edge.i + 1 != complement.left_edge.i:
        return tokens
    words = list(told.subtree)
    for cut in range(len(words) - 1, 0, -1):
        name = " ".join(t.text for t in words[:cut])
        if name in ctx.lexicons.outlets and all(t.pos_ == "PROPN" for t in words[cut:]):
            return [*words[cut:], *tokens]
    return tokens


_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj", "dep"})  # what a cue's claim is in


def _relative_antecedent(cues: CueLexicon, cue: Token, complement: Token) -> tuple[int, int] | None:
    """``the 38 countries they said were involved``, ``the car that witnesses said was used``: a cue
    in a relative clause whose complement's subject is the relative's gap reports a claim about the
    noun the clause describes; that noun phrase (up to the clause) is the claim's subject, its first
    piece. None when the verbs disagree in number with the noun (``his commercials, which they said
    was due to …``: the relative stands for a clause), the complement has a subject of its own, its
    words are quoted (a direct quotation stays one) or the noun is inside another report's claim."""
    noun = cue.head
    if cue.dep_ != "relcl" or complement.i < cue.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not is_finite(complement) and not any(c.dep_ in ("aux", "auxpass") for c in complement.children):
        return None
    if any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS)
        for c in cue.children
    ):
        return None  # "Republicans who suggest Clinton might be …": the relative is the cue's own subject
    if any(_reports(cues, a.head) and a.dep_ in _CLAUSES for a in [noun, *noun.ancestors]):
        return None  # "said the videos do not show his hands, which he said were …": inside a claim
    subjects = [c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if any(s.i > cue.i or s.lower_ not in RELATIVE_PRONOUNS for s in subjects):
        return None
    verb = next(
        (c for c in complement.children if c.dep_ in ("aux", "auxpass") and c.i < complement.i), complement
    )
    plural = noun.tag_ in ("NNS", "NNPS")
    if (verb.tag_ == "VBZ" or verb.lower_ == "was") and plural:
        return None
    if (verb.tag_ == "VBP" or verb.lower_ == "were") and not plural:
        return None
    end = cue.left_edge.i
    while end > noun.i + 1 and cue.doc[end - 1].is_punct:
        end -= 1
    if noun.left_edge.i >= end or end <= noun.i:
        return None
    first, last = cue.doc[noun.left_edge.i], cue.doc[end - 1]
    return (first.idx, last.idx + len(last.text))


def _object_clause(cue: Token, deps: dict[str, Token]) -> Token | None:
    """``reported the storm had strengthened``, ``suggested the algae, like heat, might harm …``: a
    finite clause with no subject and no subordinator that the parser hung on the cue after its
    object, whose subject that object is (:func:`_with_lost_subject` puts it back)."""
    obj = deps.get("dobj")
    if obj is None or "advcl" not in deps or obj.i < cue.i:
        return None
    clause = next((c for c in cue.rights if c.dep_ == "advcl" and c.i > obj.i), None)
    if clause is None or obj.right_edge.i >= clause.left_edge.i:
        return None
    if clause.pos_ not in ("VERB", "AUX") or not (
        clause.tag_ in ("VBZ", "VBP")
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children)
    ):
        return None  # a past tense with no auxiliary may be a participle: "the plan first announced in May"
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return None  # "reported the fire when it had spread": a clause of its own
    return clause


def _second_report(cues: CueLexicon, clause: Token) -> bool:
    """A reporting verb with its own subject: ``a third said B``."""
    return bool(cues.token_frames(clause)) and has_subject(clause)


_REPORT_LINKS = frozenset({"conj", "advcl"})
"""Words that set another's report beside a content: ``said A, while Lee noted B``."""
_REPORT_LINK_IDS = frozenset(get_string_id(dep) for dep in _REPORT_LINKS)
_PREP, _MARK, _WITHOUT = get_string_id("prep"), get_string_id("mark"), get_string_id("without")
_WITH = get_string_id("with")


def _own_clause(cues: CueLexicon, clause: Token) -> list[Token]:
    """The complement without a report co-ordinated with it or tagged on after a comma.

    ``said he would run, adding that …`` and ``said he would run but did
    not say when``: "adding" and "did not say" are the speaker's, so the
    content stops before them (they are reports of their own).
    """
    tokens = list(clause.subtree)
    if asides := reported_asides(clause):  # "said — as reported by X — A": the channel is no part of A
        cut_out = {t.i for aside in asides for t in aside.subtree}
        tokens = [t for t in tokens if t.i not in cut_out]
    # the first of each in one pass, each test's first condition read here (dependency and word as numbers)
    report = aside = None
    for t in tokens:
        dep, lower = t.dep, t.lower
        if report is None and (
            (dep in _REPORT_LINK_IDS and _tagged_report(cues, t, clause))
            or (lower == _WITHOUT and _unsaid(cues, t, clause))
            or (lower == _WITH and dep == _PREP and _others_report(cues, t))
        ):
            report = t
        if aside is None and dep == _PREP and lower in _CONCESSIVE_IDS and _writers_contrast(t, clause):
            aside = t
    if report is None and aside is None:
        return tokens
    cut = min(t.left_edge.i for t in (report, aside) if t is not None)
    doc = clause.doc
    while cut > clause.i and (doc[cut - 1].is_punct or doc[cut - 1].pos_ == "CCONJ"):
        cut -= 1
    return [t for t in tokens if t.i < cut]


_SECOND_ACTS = frozenset({"naming", "directive", "object"})
"""Frames of a conjoined verb that make it the speaker's next act: "… and called it swift", "… and urged",
"…, and mentioned a possible appeal"."""
_CONCESSIVE = frozenset({"despite", "notwithstanding"})
_CONCESSIVE_IDS = frozenset(get_string_id(word) for word in _CONCESSIVE)


def _writers_contrast(token: Token, clause: Token) -> bool:
    """``said it was a freighter, despite photos showing windows``: a "despite" after the
    clause's verb whose object does something of its own is the writer's aside on the claim
    (the content stops before it); "despite the rain" and quoted words stay the speaker's."""
    if token.lower_ not in _CONCESSIVE or token.dep_ != "prep" or token.i < clause.i:
        return False
    if any(t.is_quote or t.lower_ in ("“", "”", '"') for t in token.doc[clause.i : token.right_edge.i + 1]):
        return False
    for child in token.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG" and has_subject(child):
            return True  # "despite Znak.com claiming …"
        if child.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in child.children):
            return True  # "despite several states certifying …"
    return False


def _unsaid(cues: CueLexicon, token: Token, clause: Token) -> bool:
    """``said he died in Britain without elaborating``: "without" and a speech verb at the end of
    the content tells how the speaker spoke, not what they said."""
    return (
        token.lower_ == "without"
        and token.i > clause.i
        and token.right_edge.i == clause.right_edge.i
        and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" and "speech" in cues.token_frames(c) for c in token.children
        )
    )


def _others_report(cues: CueLexicon, with_: Token) -> bool:
    """``said he lost control, with local press claiming he was passing``: a "with" that
    brings in a report with a subject of its own, another source's claim."""
    return any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and "speech" in cues.token_frames(c) and has_subject(c)
        for c in with_.children
    )


def _tagged_report(cues: CueLexicon, token: Token, clause: Token) -> bool:
    """A speech verb co-ordinated with ``clause``'s words or a participle tagged on to them."""
    if not (
        token.dep_ in _REPORT_LINKS
        and token.i > clause.i
        and token.pos_ == "VERB"
        and (
            "speech" in cues.token_frames(token)
            or (not cues.token_frames(token).isdisjoint(_SECOND_ACTS) and not has_subject(token))
        )
    ):
        return False
    if token.dep_ == "advcl":  # ", adding that …"; ", while Lee noted …": another speaker's claim
        return token.tag_ == "VBG" or (_opens_with(token, _CONTRAST) and has_subject(token))
    if _opens_with_that(token) or _aspectual(cues, token):
        return False  # "said A and that B": a second complement of the same report
    # a conjunct in the reporter's tense is the reporter's ("says A and calls B");
    # one in another tense goes on the content ("says he'd stay and tell them …")
    reporter = clause.head
    return token.dep_ == "conj" and _finite_tag(token) == _finite_tag(reporter)


def _before_tagged_participle(cues: CueLexicon, words: list[Token], obj: Token) -> list[Token]:
    """An object's words up to a reporting participle the parser hung inside them (``reported X to
    be dead citing sources within …``: "citing" is the reporter's next act, as after a comma)."""
    tag = next((t for t in words if t.dep_ == "advcl" and t.i > obj.i and _tagged_report(cues, t, obj)), None)
    if tag is None:
        return words
    cut = tag.left_edge.i
    while cut > obj.i + 1 and (obj.doc[cut - 1].is_punct or obj.doc[cut - 1].pos_ == "CCONJ"):
        cut -= 1
    return [t for t in words if t.i < cut]


def _aspectual(cues: CueLexicon, verb: Token) -> bool:
    """``reported the man left the hall and continued to attack others``: a verb that is a cue
    only for speech ("continued, …") with an infinitive of a verb that is no cue, and no clause
    of its own, tells how an act went on; it reports nothing."""
    if cues.token_frames(verb) != _SPEECH_ONLY or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and _is_infinitive(c) and not cues.token_frames(c) for c in verb.children)


_SPEECH_ONLY = frozenset({"speech"})


def _finite_tag(verb: Token) -> str:
    """The tag of the verb's finite word: its auxiliary's, else its own ("did not say": VBD).

    A past participle with no auxiliary is a past tense the parser mistagged
    ("found it justified and called it swift").
    """
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None and verb.tag_ == "VBN":
        return "VBD"
    return (aux if aux is not None else verb).tag_


_CONTRAST = frozenset({"while", "whereas", "whilst"})
_PURPOSE = frozenset({"so", "lest"})
"""Subordinators of a clause that says what an act was for: ``declared it so he could …``."""


def _opens_with(clause: Token, marks: frozenset[str]) -> bool:
    """Whether the clause opens with one of ``marks`` as its own subordinator."""
    first = clause.left_edge
    return first.lower_ in marks and first.dep_ == "mark" and first.head.i == clause.i


_WH_TAGS = frozenset({"WDT", "WP"})
"""A relative or wh-pronoun the parser makes the subject of what was said: "which officials said will …"."""
_CITING = frozenset({"cite", "quote"})


def _cites_a_source(cue: Token, obj: Token) -> bool:
    """``which cited an unnamed official``: who is cited is a source, not what was said."""
    return cue.lemma_.lower() in _CITING and (
        obj.ent_type_ in SOURCE_ENTITIES or obj.pos_ == "PRON" or obj.lemma_.lower() in ROLE_NOUNS
    )


def _named_object(rule: str, deps: dict[str, Token]) -> bool:
    """A one-word object that is a name: what a stance is taken on ("endorsed Lee", "backs Acme")."""
    obj = deps.get("dobj")
    return rule.startswith("object of") and obj is not None and obj.pos_ == "PROPN"


def _name_given(cue: Token, deps: dict[str, Token]) -> Token | None:
    """What the object was called: ``called the plan a disaster``, ``described the plan as a disaster``."""
    if "oprd" in deps:
        return deps["oprd"]
    obj = deps["dobj"]
    return next((c for c in cue.rights if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as"), None)


def is_question(ctx: DocContext, sent: Span) -> bool:
    # the sentence's text rstripped of closing marks ends with "?" (read from its end, not copied)
    text, start, end = ctx.text, sent.start_char, sent.end_char
    while end > start and text[end - 1] in " \"'”’»)":
        end -= 1
    return end > start and text[end - 1] == "?"


def _as_pieces(span: tuple[int, int] | None) -> list[tuple[int, int]] | None:
    return [span] if span is not None else None


def _topic(cues: CueLexicon, cue: Token) -> Token | None:
    """``called for a recount``: the object of the cue's own preposition."""
    for child in cue.rights:
        if child.dep_ == "prep" and "topic" in cues.frames(f"{cue.lemma_} {child.lower_}"):
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


_OBJECT_PREPS = frozenset({"of", "for", "as", "against", "over"})


def _object(cue: Token, obj: Token) -> list[Token]:
    """``criticised the council for its charges``: the object and the phrase that says why or as what.

    Phrases the parser hangs on the cue right after an object of two words or
    more are the object's too (``cited his endorsements from 88 generals``),
    up to a date or time or a phrase that holds a clause (``after reading it``).
    """
    tokens = list(obj.subtree)
    for child in cue.rights:
        if child.i > obj.i and child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
            if child.left_edge.dep_ != "mark":  # "while as of today, two others …": the writer's next clause
                tokens += child.subtree
            break
    if len(tokens) >= MIN_CONTENT_WORDS:  # "cited his endorsements from 88 generals"
        end = max(t.i for t in tokens)
        for child in cue.rights:
            if child.i <= end:
                continue
            if child.left_edge.i != end + 1 or (child.dep_ != "prep" and not _split_noun(child)):
                break
            if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) or (
                child.dep_ == "prep" and circumstance(child)
            ):
                break
            tokens += child.subtree
            end = child.right_edge.i
    return _with_infinitive(cue, tokens)


def _with_detail(cue: Token, tokens: list[Token]) -> list[Token]:
    """``warned of flash floods, with up to 30 inches of rain in the north``: a "with" phrase
    the parser hung on the cue after a comma that closes the object, with no verb in it, ends
    the sentence with a detail of that object (not "…, with officials reporting …", a clause)."""
    if not tokens:
        return tokens
    end = max(t.i for t in tokens)
    doc = cue.doc
    rights = [c for c in cue.rights if not (c.dep_ == "punct" and c.text in ".!?")]
    last = rights[-1] if rights else None
    if (
        last is None
        or last.lower_ != "with"
        or last.dep_ != "prep"
        or last.i != end + 2
        or doc[end + 1].text != ","
        or any(t.pos_ in ("VERB", "AUX") for t in last.subtree)
    ):
        return tokens
    return [*tokens, *last.subtree]


def _split_noun(phrase: Token) -> bool:
    """``described a flat used as an explosives depot ahead of the attack``: the parser made
    "depot ahead of …" an adverb of the cue; a phrase that opens with a common noun right
    after the object's last noun finishes the object's noun phrase."""
    first = phrase.left_edge
    before = first.nbor(-1)
    return (
        phrase.dep_ in ("advmod", "npadvmod")
        and first.tag_ in ("NN", "NNS")
        and before.tag_ in ("NN", "NNS")
        and first.ent_type_ not in _CIRCUMSTANCES
    )


_CIRCUMSTANCES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "CARDINAL", "ORDINAL"})


def circumstance(prep: Token) -> bool:
    """Whether a phrase on the cue says when, where or in what document, not what about.

    ``endorsed Lee on Thursday``, ``… in Ohio``, ``… in a statement``, or a
    phrase with no object of its own.
    """
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is None or obj.ent_type_ in _CIRCUMSTANCES or obj.lemma_.lower() in DOCUMENT_NOUNS


def _with_as(cue: Token, tokens: list[Token]) -> list[Token]:
    """``referred to the plan as "a disaster"``: what the topic was called goes with it."""
    end = max(t.i for t in tokens)
    for child in cue.rights:
        if child.i > end and child.dep_ == "prep" and child.lower_ == "as":
            return [*tokens, *child.subtree]
    return tokens


def _with_infinitive(cue: Token, tokens: list[Token]) -> list[Token]:
    """``announced steps to cut fares``: an infinitive right after the object is the object's,
    even when the parser hangs it on the cue."""
    end = max(t.i for t in tokens)
    for child in cue.rights:
        if (
            child.dep_ in ("advcl", "xcomp")
            and child.left_edge.i == end + 1
            and child.left_edge.lower_ == "to"
            and child.left_edge.dep_ == "aux"
        ):
            return [*tokens, *child.subtree]
    return tokens


def _is_infinitive(clause: Token) -> bool:
    """``the board to resign``: a clause whose verb is a to-infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _infinitive(cue: Token, deps: dict[str, Token]) -> list[Token]:
    """``vowed to cut taxes`` / ``wants voters to stay home``: object and infinitive."""
    tokens = _infinitive_words(deps["xcomp"])
    obj = deps.get("dobj")
    if obj is not None and obj.i < deps["xcomp"].i:
        tokens = [*obj.subtree, *tokens]
    return tokens


_TENSED = frozenset({"VBD", "VBZ"})


def _infinitive_words(verb: Token) -> list[Token]:
    """The infinitive's words without a tensed verb the parser co-ordinated with it: in
    ``urged the embassy to reconsider and spoke with Pompeo``, "spoke" is the speaker's next
    act (an infinitive's conjunct is bare: "to reconsider and apologise")."""
    tokens = list(verb.subtree)
    tensed = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ in _TENSED), None)
    if tensed is None:
        return tokens
    cut = tensed.left_edge.i
    doc = verb.doc
    while cut > verb.i and (doc[cut - 1].is_punct or doc[cut - 1].pos_ == "CCONJ"):
        cut -= 1
    return [t for t in tokens if t.i < cut]


_ANSWERS = frozenset({"yes", "no", "so"})


def _short_answer(cue: Token, children: list[Token]) -> Token | None:
    """``72 percent said yes``, ``half said so``: a one-word answer right after the cue."""
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if after is not None and after in children and after.lower_ in _ANSWERS:
        return after
    return None


_QUESTION_MARKS = frozenset({"whether", "if"})


def _indirect_question(cue: Token, frames: frozenset[str], children: list[Token]) -> Token | None:
    """``asked workers if they would vote``: a question the parser hung on the cue as an adverbial.

    "whether" always asks; "if" only after a cue that is put to someone
    (``asked``, not ``said … if``, where it is a condition).
    """
    if cue.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children):
        return None  # "Asked if …, she said": the one asked, not the asker, is the subject
    for child in children:
        if child.dep_ != "advcl" or child.i < cue.i:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in _QUESTION_MARKS or mark.i != child.left_edge.i:
            continue
        if mark.lower_ == "whether" or "directive" in frames:
            return child
    return None


def _that_marks(ctx: DocContext) -> list[int]:
    """The indexes of the tokens that are a "that" marking a clause, in order (read once per document)."""
    if not len(ctx.doc):
        return []
    marks = (ctx.column(LOWER) == get_string_id("that")) & (ctx.column(DEP) == _MARK)
    found: list[int] = np.flatnonzero(marks).tolist()
    return found


def _that_clause(ctx: DocContext, cue: Token) -> Token | None:
    """A "that" clause the parser hung elsewhere in the cue's phrase.

    ``X told Y during a meeting on Wednesday that Z``: the small models
    often attach "that Z" to "meeting"; it still belongs to "told".
    """
    marks = ctx.memo(_that_marks)
    after = bisect.bisect_right(marks, cue.i)
    if after == len(marks) or marks[after] > cue.right_edge.i:
        return None  # no "that" in reach (the cue's words lie within its edges): no walk over them
    for token in cue.subtree:
        if token.i <= cue.i or token.dep != _MARK or token.lower_ != "that":  # dep: a number
            continue
        clause = token.head
        if clause.dep_ not in ("acl", "advcl", "ccomp") or token.nbor(-1).lower_ in ("so", "such", "now"):
            continue
        for ancestor in clause.ancestors:
            if ancestor.i == cue.i:
                return clause
            if ancestor.pos_ in ("VERB", "AUX"):
                break  # the clause belongs to another verb
    return None


_AUDIENCE_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _without_audience(cue: Token, clause: Token, tokens: list[Token]) -> list[Token]:
    """``told news agency AFP safety rules had been followed``: the one told, whose name the
    parser ran into the reported clause's subject, is no part of the content.

    Only for "tell", when the subject's phrase opens right after the cue (or after its object)
    with an outlet's name (after "agency", "network" ...) that a lower-case word of the subject
    follows; "told reporters Microsoft shares would fall" keeps "Microsoft".
    """
    if cue.lemma_ != "tell":
        return tokens
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not tokens or tokens[0].i != subject.left_edge.i:
        return tokens
    told = next((c for c in cue.rights if c.dep_ in ("dobj", "dative", "iobj")), None)
    if subject.left_edge.i != (told.right_edge.i if told is not None else cue.i) + 1:
        return tokens
    doc = cue.doc
    described = told is not None and told.lower_ in OUTLET_NOUNS  # "told news agency AFP …"
    name_end = None
    for i in range(subject.left_edge.i, subject.i):
        token, after = doc[i], doc[i + 1]
        named = token.pos_ == "PROPN" or token.ent_type_ in _AUDIENCE_ENTITIES
        if named and after.is_lower and after.is_alpha and (described or doc[i - 1].lower_ in OUTLET_NOUNS):
            name_end = i  # "… media network EURACTIV safety rules …"
    if name_end is None:
        return tokens
    return [t for t in tokens if t.i > name_end]


_TIME_WORDS = frozenset({"earlier", "later", "yesterday", "today", "tonight", "previously", "recently"})


def _without_leading_time(clause: Token, tokens: list[Token]) -> list[Token]:
    """``said earlier he might go``, ``said at a press conference yesterday morning the laws …``:
    a time right after the cue, before the clause's subject and with no "that" before it, tells
    when the cue was said; the parser hung it on the clause."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or not tokens or tokens[0].i >= subject.left_edge.i:
        return tokens
    lead = [t for t in tokens if t.i < subject.left_edge.i]
    timely = all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS or t.is_punct for t in lead)
    if not timely or not any(t.lower_ in _TIME_WORDS or t.ent_type_ for t in lead):
        return tokens
    return [t for t in tokens if t.i >= subject.left_edge.i]


def _with_judgement(cue: Token, clause: Token, tokens: list[Token] | None = None) -> list[Token]:
    """``called it unlikely that A``: a that-clause after an adjective the cue predicates keeps
    the adjective (and its "it"), which carries the claim's sense: not A, but A unlikely.

    ``tokens`` are the clause's words (its subtree by default); the parser hangs the clause
    on the adjective or on the cue.
    """
    words = list(clause.subtree) if tokens is None else tokens
    judgement: Token | None
    if clause.head.pos_ == "ADJ" and clause.head.head.i == cue.i and clause.head.i < clause.i:
        judgement = clause.head
    elif clause.head.i == cue.i:
        predicates = (c for c in cue.rights if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ")
        judgement = next((c for c in predicates if c.i < clause.i), None)
        if judgement is None:
            return words
    else:
        return words
    if judgement.lower_ in EVIDENTIAL_ADJECTIVES:
        return words  # "made it clear that A": the claim is A
    obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.i < judgement.i), None)
    lead = [t for t in judgement.subtree if t.i < clause.left_edge.i]
    return [*(obj.subtree if obj is not None else ()), *lead, *words]


def _passive_content(cue: Token, deps: dict[str, Token]) -> list[tuple[int, int]] | None:
    """``The talks were described as open by X``: the subject and what it was called."""
    subject = deps.get("nsubjpass")
    predicate = deps.get("prep") if deps.get("prep") is not None and deps["prep"].lower_ == "as" else None
    predicate = predicate or deps.get("oprd") or deps.get("ccomp")
    if subject is None or predicate is None:
        return None
    subject_range = content_range(subject.subtree)
    predicate_range = content_range(predicate.subtree)
    if subject_range is None or predicate_range is None:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS:
        return [predicate_range]  # "Lee, who was described as "reckless" by X": what Lee was called
    return [subject_range, predicate_range]


def _nominal_content(cue: Token, obj: Token) -> list[tuple[int, int]] | None:
    """``expressed concern over X`` / ``voiced hope that X``."""
    if obj.lower_ not in _NOMINAL_OBJECTS:
        return None
    for head in (obj, cue):
        for child in head.children:
            if child.i <= obj.i:
                continue
            if (child.dep_ == "prep" and child.lower_ in _NOMINAL_PREPS) or child.dep_ in ("acl", "ccomp"):
                span = content_range(child.subtree)
                if span is not None and child.dep_ == "prep":
                    # drop the preposition itself: "over X" -> "X"
                    objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                    if objects:
                        span = content_range(objects[0].subtree)
                return _as_pieces(span)
    return None
