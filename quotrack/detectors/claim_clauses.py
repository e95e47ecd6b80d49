"""Which clause of a sentence is a cue's claim.

The complement a cue reports (or the report nested in it), the reporter a
tag on the clause speaks for, a second clause that goes on with the claim
(``said the line would close and that buses would run instead``), and the
clauses cut off it: another speaker's report set beside it (``said fares
would rise, while Lee noted they had not``), the writer's own contrast, the
speaker's next act.  Also the clause layouts: a gerund subject, a one-word
answer, an indirect question, a that-clause the parser hung elsewhere.
"""

from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from ..acts import rejects
from ..context import DocContext
from ..cues import CueLexicon
from ..model import Speaker
from ..outlets import LISTENER_CUES, reported_asides
from ..people import DOCUMENT_NOUNS
from ..syntax import (
    FINITE_TAGS,
    QUESTION_VERBS,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    can_speak,
    governing_subject,
    has_subject,
    is_finite,
    speaker_mention,
)
from ..wordlists import words

_CHECKED_WITH = words("checked_with_verbs")


def gerund_subject_clause(cue: Token, deps: dict[str, Token]) -> Token | None:
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


_WRITING_OBJECT_VERBS = words("writing_object_verbs")


def clause_in_writing(cue: Token, children: list[Token]) -> Token | None:
    """The clause of ``said in a letter that the pier must close`` that the parser hung on a noun
    of the cue's adjuncts as a relative clause: the verb of what was said, when the cue has no
    clausal complement and the clause opens with ``that`` right after those adjuncts, with a
    subject of its own.

    The noun is a writing (``lexicons/document_nouns.txt``) right after ``in`` whose clause's verb
    takes no writing as its object (``a letter that she sent``: a relative clause,
    ``lexicons/writing_object_verbs.txt``); or any noun further on, when ``that`` cannot be the
    relative clause's own word: the clause of a participle after the noun (``said in a report
    published on Tuesday that A``), or a relative clause whose ``that`` the parser made its object
    while its verb has an object of its own (``said in a note to clients that she expected a
    cut``).  A noun's own clause is not the cue's (:func:`_owns_its_clause`: ``asked about his
    claims that A``)."""
    if any(c.dep_ == "ccomp" for c in children):
        return None
    adjuncts = [c for c in children if c.dep_ == "prep" and c.i > cue.i]
    if not adjuncts:
        return None
    prep = next((c for c in adjuncts if c.lower_ == "in"), None)
    writing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if writing is not None and writing.lower_ in DOCUMENT_NOUNS:
        clause = next((c for c in writing.rights if c.dep_ == "relcl"), None)
        if clause is not None and clause.left_edge.i == writing.i + 1 and clause.left_edge.lower_ == "that":
            if _own_subject(clause) and clause.lemma_.lower() not in _WRITING_OBJECT_VERBS:
                return clause
            return None
    return _clause_past_adjuncts(cue, adjuncts)


def _clause_past_adjuncts(cue: Token, adjuncts: list[Token]) -> Token | None:
    """:func:`clause_in_writing` for a clause hung on any noun of the cue's adjuncts, the words
    between the cue and ``that`` all in those adjuncts."""
    covered = {t.i for prep in adjuncts for t in prep.subtree}
    for prep in adjuncts:
        for noun in prep.subtree:
            # a noun, or a participle after one ("a report published on Tuesday that A")
            if noun.pos_ not in ("NOUN", "PROPN") and not (noun.dep_ == "acl" and noun.tag_ == "VBN"):
                continue
            for clause in noun.rights:
                that = clause.left_edge
                if (
                    clause.dep_ not in ("relcl", "acl", "ccomp")
                    or that.lower_ != "that"
                    or not _own_subject(clause)
                ):
                    continue
                if any(i not in covered for i in range(cue.i + 1, that.i)):
                    return None  # (the cue's object or a clause of its own before it)
                if _owns_its_clause(noun):
                    return None  # "asked about his claims that A": his A, no words of the cue's
                if that.dep_ == "mark" or (
                    clause.dep_ == "relcl"
                    and that.dep_ == "dobj"
                    and any(c.dep_ in _OWN_OBJECTS and c.i > that.i for c in clause.children)
                ):
                    return clause
                return None
    return None


_CONTENT_NOUNS = words("content_clause_nouns") | words("speech_nouns") | words("expressed_nouns")


def _owns_its_clause(noun: Token) -> bool:
    """Whether a noun of a cue's adjuncts has a that-clause of its own, whoever said it: a noun
    for what someone said, felt or knows (lexicons content_clause_nouns, speech_nouns,
    expressed_nouns: ``the fact that A``, ``Roe's accusations that A``) or one a possessor owns
    (``spoke about his plan in the event that A``), and no writing of the cue's speaker."""
    if noun.pos_ != "NOUN" or noun.lower_ in DOCUMENT_NOUNS:
        return False
    return (
        noun.lemma_.lower() in _CONTENT_NOUNS
        or noun.lower_ in _CONTENT_NOUNS
        or any(c.dep_ == "poss" for c in noun.children)
    )


_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})
"""The dependencies of a verb's object or complement: a relative clause's verb that has one
already cannot take its ``that`` as its object."""


def _own_subject(clause: Token) -> bool:
    """Whether a clause opening with ``that`` has a subject of its own after it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.left_edge.i for c in clause.children)


def second_clause(ctx: DocContext, cues: CueLexicon, cue: Token, complement: Token) -> list[Token]:
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
    if (rest := _verb_the_cue_hangs_on(cues, cue, complement)) is not None:
        return rest
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
            child.dep_ == "ccomp"
            and child.pos_ in ("VERB", "AUX")
            and not _reports(cues, child)
            and any(ctx.token_quoted(t) for t in doc[complement.left_edge.i : child.right_edge.i + 1])
            and all(doc[i].is_quote for i in range(end + 1, child.left_edge.i))
            and all(doc[i].is_quote or not doc[i].is_punct for i in range(end - 1, child.left_edge.i + 1))
        ):
            return list(child.subtree)  # 'remained "cautiously optimistic" a deal would be reached'
        if (
            child.dep_ in ("advmod", "prep", "acomp")
            and doc[end].pos_ == "CCONJ"
            and doc[end].head.i != cue.i
            and child.left_edge.i == end + 1
        ):
            return list(child.subtree)  # "indicated A is more popular than B and also ahead of C"
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


def _verb_the_cue_hangs_on(cues: CueLexicon, cue: Token, complement: Token) -> list[Token] | None:
    """``said it seeks to improve A and, over 18 months, intends to merge B``: the parser made
    the cue a clause of the verb after it; when the complement ends on a dangling "and" (a
    co-ordinator with no conjunct) and that verb has no subject of its own, the verb and what
    follows it are the complement's second conjunct."""
    head = cue.head
    if cue.dep_ != "advcl" or head.i <= complement.right_edge.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if has_subject(head) or "speech" in cues.token_frames(head):
        return None
    dangling = [
        t
        for t in complement.subtree
        if t.dep_ == "cc" and not any(c.dep_ == "conj" and c.i > t.i for c in t.head.children)
    ]
    if not dangling:
        return None
    doc = cue.doc
    return [doc[i] for i in range(complement.right_edge.i + 1, head.right_edge.i + 1)]


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def with_reduced_relative(cue: Token, complement: Token, tokens: list[Token]) -> list[Token]:
    """``said the plan put to the board was "flawed"``: the parser took the participle of a
    reduced relative on the subject ("put") for the complement's verb and hung the clause's own
    verb, with no subject, on the cue as a second complement; without it the content is only
    the subject, a topic with nothing said of it.  The claim runs through that second verb: a
    finite verb or one with its auxiliary, right after the first complement."""
    if (
        complement.tag_ != "VBN"
        or not tokens
        or not any(c.dep_ == "nsubj" for c in complement.children)
        or any(c.dep_ in _AUXILIARIES for c in complement.children)
    ):
        return tokens
    end = max(t.i for t in tokens)
    for clause in cue.rights:
        if clause.i <= end:
            continue
        if (
            clause.dep_ == "ccomp"
            and clause.left_edge.i == end + 1
            and (
                clause.tag_ in FINITE_TAGS
                or any(c.dep_ in _AUXILIARIES and c.i < clause.i for c in clause.children)
            )
            and not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children)
        ):
            return [*tokens, *clause.subtree]
        break
    return tokens


_AUXILIARIES = frozenset({"aux", "auxpass"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _present_like_claim(cue: Token, complement: Token, clause: Token) -> bool:
    """``remarked paper is bulky, and, when sold out, leaves shelves empty``: a clause the parser
    co-ordinated with a cue in the past tense, itself in the present like the complement, goes on
    with the claim; the narration around a past report goes on in the past.  So does one in the
    past perfect after a complement in the past perfect (``said she had been well but had recently
    had pneumonia``)."""
    if _finite_tag(cue) != "VBD":
        return False
    if _finite_tag(complement) in _PRESENT_TAGS and _finite_tag(clause) in _PRESENT_TAGS:
        return True
    # "said she had been in good health but had recently had pneumonia": both in the past perfect
    # the report shifts them to, after a cue in the simple past; the speaker's next act is not
    return not _past_perfect(cue) and _past_perfect(complement) and _past_perfect(clause)


def _past_perfect(verb: Token) -> bool:
    """``had been``, ``had recently had``: a past participle after the auxiliary "had"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" and c.i < verb.i for c in verb.children
    )


def _correlative(complement: Token, clause: Token) -> bool:
    """``found the faster it ran, the more it flapped``: the second half of a comparative
    correlative, which the parser makes a second complement after a comma."""
    doc = clause.doc
    first = next((t for t in clause.subtree if not t.is_punct), None)
    if first is None:
        return False  # ("the re-sit": the parser made the hyphen, a mark alone, a clause)
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


def reporting_cue(cues: CueLexicon, cue: Token) -> Token:
    """The cue whose subject speaks for ``cue``: the outer report when ``cue`` is cut out of it.

    In ``The coach said the team played well and told reporters that …``
    the parser co-ordinates "told" with "played"; the coach told, not the team.
    """
    head = cue.head
    if (
        head.dep_ == "ccomp"
        and not _fronted_before_tag(head)  # "Lee met them and said A, aides said": Lee's A, relayed
        and _tagged_report(cues, cue, head)
        and not has_subject(cue)
        and not cues.token_frames(head.head).isdisjoint(_HOLDING)  # "aides believe A and argue B"
        and governing_subject(head.head) is not None  # (a report with no subject hands on no one)
    ):
        return head.head
    return cue


_HOLDING = frozenset({"speech", "belief"})


def _fronted_before_tag(clause: Token) -> bool:
    """Whether ``clause`` is a claim fronted before the tag that reports it (``Lee met them and said
    A, aides said``), not one the tag opens (``aides said Lee met them``) nor one the parser hung
    on a report after a colon (``Lee cites the crowds: he says …``)."""
    reporter = clause.head
    return clause.i < reporter.i and not any(
        t.text in (":", ";") for t in clause.doc[clause.right_edge.i : reporter.i]
    )


def checked_with(ctx: DocContext, cue: Token) -> Speaker | None:
    """The source a cue's subject checked its claim with (``the paper confirmed with the firm
    that A``: the firm), for the verbs of ``checked_with_verbs``: the object of the cue's own
    ``with``, when it names someone who can speak and no writing (``confirmed with a statement``
    is the subject's own act)."""
    if cue.lemma_ not in _CHECKED_WITH:
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for source in prep.children:
            if source.dep_ != "pobj" or source.lower_ in DOCUMENT_NOUNS:
                continue
            found = speaker_mention(ctx, source)
            span = ctx.char_span(found.mention.start, found.mention.end) if found and found.mention else None
            if found is not None and span is not None and can_speak(span, source):
                return found
    return None


def relayed_by_tag(cues: CueLexicon, cue: Token, complement: Token) -> Token | None:
    """The bare speech verb a tag after its claim hangs on the cue (``A, the paper reported the
    governor said``): a clausal complement after the cue, with a subject and nothing it reports
    of its own.  The claim fronted before the tag is that subject's; the cue's own subject only
    relays it.  None when the claim is not fronted or the tag ends with the cue."""
    if complement.i > cue.i:
        return None
    for child in cue.rights:
        if child.dep_ != "ccomp" or "speech" not in cues.token_frames(child):
            continue
        words = [t for t in child.children if not t.is_punct]
        if len(words) == 1 and words[0].dep_ == "nsubj" and words[0].i < child.i:
            return child
    return None


def nearest_complement(cues: CueLexicon, cue: Token, children: list[Token]) -> Token:
    """The cue's clausal complement: the nearest, not a second report co-ordinated with it.

    In ``voters said A, and a third said B`` the parser may hang "said B"
    on the first "said" as a second complement; it is a report of its own.
    In ``A; news spread that B`` it may hang the writer's A, before the
    semicolon, on the cue: B, after the cue, is the complement.
    """
    clauses = [c for c in children if c.dep_ == "ccomp"]
    own = [c for c in clauses if not _second_report(cues, c)] or clauses
    if any(c.i > cue.i for c in own):  # "A; news spread that B": A is the writer's, past the semicolon
        own = [c for c in own if c.i > cue.i or not _semicolon_between(c.right_edge, cue)] or own
    return min(own, key=lambda c: abs(c.i - cue.i))


def _semicolon_between(first: Token, last: Token) -> bool:
    return any(t.text == ";" for t in first.doc[first.i + 1 : last.i])


def inner_report(cues: CueLexicon, clause: Token) -> Token:
    """``said that A, the Herald reported``: the parser makes the closing tag the complement;
    what was said is the tag's own clause before it, not the tag."""
    if clause.right_edge.i > clause.i + 1:
        return clause  # (the test that settles the most, first: a clause going on past its verb is no tag)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), None)
    if (
        subject is None
        or inner is None
        or "speech" not in cues.token_frames(clause)
        or not inner.right_edge.i < subject.left_edge.i
    ):
        return clause
    return inner


_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj", "dep"})  # what a cue's claim is in


def relative_antecedent(cues: CueLexicon, cue: Token, complement: Token) -> tuple[int, int] | None:
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


def object_clause(cue: Token, deps: dict[str, Token]) -> Token | None:
    """``reported the storm had strengthened``, ``suggested the algae, like heat, might harm …``: a
    finite clause with no subject and no subordinator that the parser hung on the cue after its
    object, whose subject that object is (:func:`with_lost_subject` puts it back)."""
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


def tag_read_as_conjunct(cue: Token, deps: dict[str, Token]) -> bool:
    """``A reached a record high last year, with 341 killed, the United Nations said in a report``:
    a tag after its claim that the parser joined to the claim's verb as a conjunct, with a comma
    and no ``and``: the cue has a subject of its own and takes nothing (no clause, no object), its
    verb comes after the claim's, and the sentence ends with the tag."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if "nsubj" not in deps or any(d in deps for d in ("ccomp", "dobj", "xcomp", "cc")):
        return False
    between = cue.doc[head.i + 1 : deps["nsubj"].left_edge.i]
    if any(t.dep_ == "cc" and t.head.i in (head.i, cue.i) for t in between):
        return False  # "A reached a high and officials said": two clauses
    if not between or between[-1].text != ",":
        return False
    return cue.right_edge.i >= cue.sent.end - 2  # (the tag ends the sentence, its full stop after it)


def listener_clause(cue: Token, deps: dict[str, Token]) -> Token | None:
    """``told supporters he had called his rival``: the clause said to the listener, which the
    parser hung on the listener as a relative clause with no relative word.  Only a clause with a
    subject and an object of its own (so the listener is no gap in it: not ``told the voters he
    had met``), for a cue whose object is a listener (tell, inform, assure, warn …); else None."""
    obj = deps.get("dobj")
    if cue.lemma_ not in LISTENER_CUES or obj is None or obj.i < cue.i:
        return None
    clause = next((c for c in obj.rights if c.dep_ == "relcl"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.i < obj.i:
        return None
    if any(c.dep_ == "mark" or c.tag_ in _WH_TAGS for c in children):
        return None
    return clause if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in children) else None


def _second_report(cues: CueLexicon, clause: Token) -> bool:
    """A reporting verb with its own subject: ``a third said B``."""
    return bool(cues.token_frames(clause)) and has_subject(clause)


_REPORT_LINKS = frozenset({"conj", "advcl"})
"""Words that set another's report beside a content: ``said A, while Lee noted B``."""

_REPORT_LINK_IDS = frozenset(get_string_id(dep) for dep in _REPORT_LINKS)
_CONJ = get_string_id("conj")


_PREP, _MARK, _WITHOUT = get_string_id("prep"), get_string_id("mark"), get_string_id("without")

_WITH = get_string_id("with")


def own_clause(cues: CueLexicon, clause: Token) -> list[Token]:
    """The complement without a report co-ordinated with it or tagged on after a comma.

    ``said he would run, adding that …`` and ``said he would run but did
    not say when``: "adding" and "did not say" are the speaker's, so the
    content stops before them (they are reports of their own).  A complement
    written before its tag keeps its co-ordinated verbs (``The team searched
    and did not find it, Roe said``, ``Lee held talks and said A, the paper
    reported``): the tag comes after them, so they are what it reports, not
    its speaker's next act.
    """
    tokens = list(clause.subtree)
    fronted = _fronted_before_tag(clause)
    if asides := reported_asides(clause):  # "said — as reported by X — A": the channel is no part of A
        cut_out = {t.i for aside in asides for t in aside.subtree}
        tokens = [t for t in tokens if t.i not in cut_out]
    # the first of each in one pass, each test's first condition read here (dependency and word as numbers)
    report = aside = None
    for t in tokens:
        dep, lower = t.dep, t.lower
        if report is None and (
            (dep in _REPORT_LINK_IDS and not (fronted and dep == _CONJ) and _tagged_report(cues, t, clause))
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
        return token.tag_ == "VBG" or (opens_with(token, _CONTRAST) and has_subject(token))
    if _opens_with_that(token) or _aspectual(cues, token):
        return False  # "said A and that B": a second complement of the same report
    # a conjunct in the reporter's tense is the reporter's ("says A and calls B"), the present
    # whatever its person ("has said A, and his critics blame him …"); one in another tense goes
    # on the content ("says he'd stay and tell them …")
    reporter = clause.head
    return token.dep_ == "conj" and _tense(_finite_tag(token)) == _tense(_finite_tag(reporter))


def before_tagged_participle(cues: CueLexicon, words: list[Token], obj: Token) -> list[Token]:
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
    return any(c.dep_ == "xcomp" and is_infinitive(c) and not cues.token_frames(c) for c in verb.children)


_SPEECH_ONLY = frozenset({"speech"})


def _tense(tag: str) -> str:
    """A finite tag without its person: "VBZ" and "VBP" are one present."""
    return "VBZ" if tag == "VBP" else tag


def _finite_tag(verb: Token) -> str:
    """The tag of the verb's finite word: its auxiliary's, else its own ("did not say": VBD).

    A past participle with no auxiliary is a past tense the parser mistagged
    ("found it justified and called it swift").
    """
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None and verb.tag_ == "VBN":
        return "VBD"
    if aux is None and verb.tag_ == "VB" and verb.dep_ == "conj" and not _takes_bare_verb(verb.head):
        return "VBP"  # "fear that Lee has lost and warn that B": no auxiliary of the head's it shares
    return (aux if aux is not None else verb).tag_


def _takes_bare_verb(verb: Token) -> bool:
    """Whether a verb's conjunct may share its base form (``will lose and warn``, ``to lose and
    warn``, ``do not lose and warn``): a base form itself, or one with a modal, "to" or "do"."""
    return verb.tag_ == "VB" or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to" or c.lemma_ == "do") for c in verb.children
    )


_CONTRAST = frozenset({"while", "whereas", "whilst"})

PURPOSE = frozenset({"so", "lest"})
"""Subordinators of a clause that says what an act was for: ``declared it so he could …``."""


def opens_with(clause: Token, marks: frozenset[str]) -> bool:
    """Whether the clause opens with one of ``marks`` as its own subordinator."""
    first = clause.left_edge
    return first.lower_ in marks and first.dep_ == "mark" and first.head.i == clause.i


def is_infinitive(clause: Token) -> bool:
    """``the board to resign``: a clause whose verb is a to-infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


_ANSWERS = frozenset({"yes", "no", "so"})


def short_answer(cue: Token, children: list[Token]) -> Token | None:
    """``72 percent said yes``, ``half said so``: a one-word answer right after the cue."""
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if after is not None and after in children and after.lower_ in _ANSWERS:
        return after
    return None


_QUESTION_MARKS = frozenset({"whether", "if"})


QUESTIONERS = words("questioner_nouns")
"""Nouns for people whose part is to put questions (``reporter``, ``moderator``)."""


def put_by_questioner(speaker: Speaker | None) -> bool:
    """Whether a question was put by no one the text names as its asker (``Asked whether …``) or by
    one whose part is to ask (``A reporter asked Roe whether …``: lexicons/questioner_nouns.txt):
    a question put to someone, which states nothing.

    >>> [put_by_questioner(s) for s in (None, Speaker("one reporter"), Speaker("Ann Roe"))]
    [True, True, False]
    """
    if speaker is None:
        return True
    asker = speaker.mention.text if speaker.mention is not None else speaker.name
    return any(word in QUESTIONERS for word in asker.lower().split())


def asks_a_question(ctx: DocContext, cue: Token, pieces: list[tuple[int, int]]) -> bool:
    """Whether ``cue`` is a verb of asking and its content an indirect question (``asked whether
    the talks would resume``, ``asked why it took so long``)."""
    if cue.lemma_.lower() not in QUESTION_VERBS or not pieces:
        return False
    first = ctx.text[pieces[0][0] : pieces[0][1]].split(maxsplit=1)
    return bool(first) and first[0].lower() in QUESTION_WORDS


def indirect_question(cue: Token, frames: frozenset[str], children: list[Token]) -> Token | None:
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


def that_marks(ctx: DocContext) -> list[int]:
    """The indexes of the tokens that are a "that" marking a clause, in order (read once per document)."""
    if not len(ctx.doc):
        return []
    marks = (ctx.column(LOWER) == get_string_id("that")) & (ctx.column(DEP) == _MARK)
    found: list[int] = np.flatnonzero(marks).tolist()
    return found


def that_clause(ctx: DocContext, cue: Token) -> Token | None:
    """A "that" clause the parser hung elsewhere in the cue's phrase.

    ``X told Y during a meeting on Wednesday that Z``: the small models
    often attach "that Z" to "meeting"; it still belongs to "told".
    """
    marks = ctx.memo(that_marks)
    after = bisect.bisect_right(marks, cue.i)
    if after == len(marks) or marks[after] > cue.right_edge.i:
        return None  # no "that" in reach (the cue's words lie within its edges): no walk over them
    for token in cue.subtree:
        if token.i <= cue.i or token.dep != _MARK or token.lower_ != "that":  # dep: a number
            continue
        clause = token.head
        if clause.dep_ not in ("acl", "advcl", "ccomp") or token.nbor(-1).lower_ in ("so", "such", "now"):
            continue
        if token.i - 1 != cue.i and _degree_before(token.nbor(-1)):
            continue  # "remains so bitterly fought that A", "such a mess that A": what it led to, no report
        noun = clause.head
        spoken_in = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into")  # "said in its report that A"
        if clause.dep_ == "acl" and not spoken_in and owned_claim(noun):
            continue  # "responded to Roe's claim that A": A is Roe's, whose claim it is
        if clause.dep_ == "acl" and noun.head.i == cue.i and noun.dep_ == "dobj" and rejects(cue):
            continue  # "denied the report that A": the report's A, which the cue rejects
        for ancestor in clause.ancestors:
            if ancestor.i == cue.i:
                return clause
            if ancestor.pos_ in ("VERB", "AUX"):
                break  # the clause belongs to another verb
    return None


_SPEECH_NOUNS = words("speech_nouns")


def owned_claim(noun: Token) -> bool:
    """Whether ``noun`` is someone's claim with its clause: ``Roe's claim that A``, a noun of speech
    (lexicons/speech_nouns.txt; not ``the agency's livestream that …``) with an owner and a clause
    opened by ``that``.  The claim is the owner's, not that of a verb the noun hangs on."""
    return (
        noun.lemma_.lower() in _SPEECH_NOUNS
        and any(c.dep_ == "poss" for c in noun.children)
        and any(c.dep_ == "acl" and c.left_edge.lower_ == "that" for c in noun.children)
    )


def _degree_before(word: Token) -> bool:
    """Whether ``word``, right before a "that", is an adjective, adverb or noun that "so" or "such"
    qualifies a word or two before it ("so bitterly fought", "such a mess"): the "that" opens the
    result of a degree, the writer's clause, not one a cue reports."""
    return any(t.lower_ in ("so", "such") and 0 < word.i - t.i <= 3 for t in word.subtree)


def degree_result(clause: Token) -> bool:
    """``adds a voice to a feud that remains so bitterly fought that A``: a clause opened by "that"
    right after a word "so" or "such" qualifies is the result of a degree, not what a cue reports."""
    first = clause.left_edge
    return (
        first.lower_ == "that"
        and first.dep_ == "mark"
        and first.i - 1 not in (-1, clause.head.i)  # not "was not so much claiming that A": the cue's own
        and _degree_before(first.nbor(-1))
    )


_RELCL = get_string_id("relcl")


def without_relative_tags(
    ctx: DocContext, cues: CueLexicon, pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``pieces`` with the tag inside a relative clause of theirs cut out (:func:`relative_tags`);
    not a quotation's words (``the "system that he claims he's fighting"`` is the quoted speaker's)."""
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        span = ctx.char_span(start, end)
        words = list(span) if span is not None and len(span) > 5 else []
        tags = [t for t in relative_tags(cues, words) if not ctx.token_quoted(t)] if words else []
        for tag in _runs(tags):
            before, after = doc[tag[0] - 1], doc[tag[-1] + 1]
            if before.idx < start or after.idx >= end:
                continue
            out.append((start, before.idx + len(before)))
            start = after.idx
        out.append((start, end))
    return out


def _runs(tokens: list[Token]) -> list[list[int]]:
    """The runs of consecutive indexes of ``tokens``."""
    runs: list[list[int]] = []
    for i in sorted(t.i for t in tokens):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def relative_tags(cues: CueLexicon, tokens: list[Token]) -> list[Token]:
    """The words of a tag inside a relative clause of ``tokens``, between its pronoun and the clause
    it reports: ``the levy, which she said would be the highest ever`` has "she said" (the
    pronoun is the subject or object of the reported clause, "would be"; the tag's verb, with a
    subject of its own, heads the relative clause): the claim is "the levy, which … would be the
    highest ever", in two pieces, as a quotation its tag interrupts."""
    found: list[Token] = []
    for verb in tokens:
        if verb.dep != _RELCL or not cues.token_frames(verb) & _TAG_FRAMES:
            continue
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.tag_ not in _WH_TAGS), None)
        clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        if subject is None or clause is None:
            continue
        pronoun = verb.left_edge
        if pronoun.tag_ not in _WH_TAGS or pronoun.i >= subject.i or not clause.is_ancestor(pronoun):
            continue
        resumed = min((t.i for t in clause.subtree if t.i > verb.i), default=None)
        if resumed is None:
            continue
        found += verb.doc[pronoun.i + 1 : resumed]
    return found


_WH_TAGS = frozenset({"WDT", "WP", "WP$"})
_TAG_FRAMES = frozenset({"speech", "belief"})
