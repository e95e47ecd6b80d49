"""Whether a reporting cue reports at all, before its content is looked for.

A cue can look like a report and be none: a hypothetical inside another's
claim, the purpose of a passive, a negated conjunct, a name given to a thing
(``the ferry locals call "the Slow Boat"``), a reduced passive whose subject
was asked, not asking, or a sentence that is itself a question.  Here too
are the reporters the cue lexicon does not list: nouns of speech (``the
mayor's claim that fares will fall``) and unlisted verbs with a that-clause
(``Ann Roe conceded that the bridge was late``).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..context import DocContext, picked
from ..cues import CueLexicon
from ..people import ROLE_NOUNS, is_person_noun
from ..syntax import (
    ASKING_VERBS,
    NAMING_LEMMAS,
    RELATIVE_PRONOUNS,
    SOURCE_ENTITIES,
    governing_subject,
)
from ..wordlists import words
from .claim_clauses import is_infinitive, that_marks

_MODALS = frozenset({"could", "should", "might", "may", "must", "can"})


def hypothetical(cue: Token, children: list[Token]) -> bool:
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


def purpose_of_passive(cue: Token) -> bool:
    """``assessments will be carried out to confirm if A``: an infinitive of purpose on a passive
    verb with no agent says what the act is for; its subject is no one named."""
    head = cue.head
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VB"
        and is_infinitive(cue)
        and head.i < cue.i
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and not any(c.dep_ == "agent" for c in head.children)
    )


_SUBORDINATORS = frozenset({"when", "if", "once", "after", "as", "while", "before"})


_OBLIGATIONS = words("obligation_verbs")


def owed_act(cue: Token) -> bool:
    """``are expected to report the incident to the authorities``: an infinitive on a passive verb
    of duty (``lexicons/obligation_verbs.txt``) with a thing, not a clause, for its object is an act
    owed, not one done; no claim.  ``is expected to argue that A`` foretells a claim, A, and stays."""
    head = cue.head
    return (
        cue.dep_ == "xcomp"
        and not any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in cue.children)
        and head.i < cue.i
        and head.lemma_ in _OBLIGATIONS
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.children)
    )


_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd"})


def gapped_infinitive(cue: Token, deps: dict[str, Token]) -> bool:
    """``the rift he promised to mend``: a cue in a relative clause whose infinitive takes no object
    of its own, its object being the noun the clause qualifies, says what was promised only as
    "to mend"; the promise itself is elsewhere or nowhere.  ``the man who promised to resign``
    (the relative pronoun its subject) keeps its infinitive.  The parser may make the infinitive
    the cue's object ("promised" -> "mend" as dobj) when it reads the verb as a noun."""
    if cue.dep_ != "relcl":
        return False
    subject = deps.get("nsubj")
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return False
    verb = deps.get("xcomp") or deps.get("dobj")
    if verb is None or verb.i < cue.i or ("xcomp" in deps and "dobj" in deps):
        return False  # "the day they urged the club to fold": the one urged, not the noun, is its object
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return False
    return not any(c.dep_ in _OBJECT_DEPS or c.dep_ == "conj" for c in children)


_COPULAS = frozenset({"be", "seem", "appear", "sound", "look", "become", "remain"})
_WEIGHING = words("weighing_adjectives")


def impersonal(cue: Token) -> bool:
    """``it would be rash to say whether A``, ``it would be kind to tell them: "…"``: an infinitive cue
    after an adjective of ``lexicons/weighing_adjectives.txt`` under a copula whose subject is the
    empty "it" is speech no one gave, only weighed; A is no claim and "it" no speaker.  ``it is
    ready to say that A`` (a body's readiness) stays."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    head, weighed = cue, False
    for _ in range(3):
        if head.dep_ not in ("xcomp", "ccomp", "advcl", "acomp", "oprd", "advmod") or head.head.i == head.i:
            return False
        head = head.head
        weighed = (
            weighed
            or head.lower_ in _WEIGHING
            or any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in _WEIGHING for c in head.children)
        )
        if head.lemma_ in _COPULAS:
            return weighed and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    return False


_SPEAKING_COMMON_NOUNS = (
    words("org_nouns")
    | words("document_nouns")
    | words("group_nouns")
    | words("collective_nouns")
    | words("partisan_nouns")
    | words("party_nouns")
    | words("unnamed_person_nouns")
    | words("researcher_nouns")
    | words("author_nouns")
    | words("media_nouns")
    | words("outlet_nouns")
    | words("poll_nouns")
)


def thing_intends(cue: Token, deps: dict[str, Token]) -> bool:
    """``the ruling threatens to split the party``, ``the move promises to ease traffic``: a verb of
    intent whose subject is a common noun for no person, body, group or document foretells what a
    thing may bring about; no one vowed or threatened anything."""
    subject = deps.get("nsubj")
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if any(c.dep_ in ("compound", "poss") for c in subject.children):
        return False  # "the Lee campaign", "the mayor's office": a body, or someone's
    for word in {subject.lower_, subject.lemma_.lower()}:
        if is_person_noun(word) or word in _SPEAKING_COMMON_NOUNS:
            return False
    return True


_WORK_WORDS = words("work_titles")
_WORD_BEFORE_MARK = re.compile(r"\b([A-Za-z-]+)[ \t\u00a0]*[^\w\s]\Z")


def in_a_title(ctx: DocContext, token: Token) -> bool:
    """Whether ``token`` is quoted, in a quotation right after a word of ``lexicons/work_titles.txt``
    ('a second piece, entitled "Lee's plans are not bold"'): the title of a work, no clause a cue
    outside it can report."""
    piece = ctx.quote_piece_at(token.idx)
    if piece is None:
        return False
    word = _WORD_BEFORE_MARK.search(ctx.text, max(0, piece[0] - 24), piece[0])
    return word is not None and word.group(1) in _WORK_WORDS  # a common noun: not "Ann Song"


_DEMONSTRATING = words("demonstrating_verbs")
_ASPECTUAL = frozenset({"continue", "begin", "start", "keep"})


def to_demonstrate(cue: Token) -> bool:
    """``has to show that A``, ``is eager to prove that A``, ``held a rifle to show that A``: a verb
    of showing (``lexicons/demonstrating_verbs.txt``) in the infinitive is what someone means or
    needs to show, a purpose or a task, not a report of what was shown (``polls continue to show
    A`` goes on being one; a document's is the caller's to keep)."""
    return (
        cue.tag_ == "VB"
        and cue.lemma_.lower() in _DEMONSTRATING
        and any(child.dep_ == "aux" and child.tag_ == "TO" for child in cue.children)
        and cue.head.lemma_.lower() not in _ASPECTUAL
    )


_MANNER_MODALS = frozenset({"could", "might", "may", "can"})


def hypothetical_manner(cue: Token) -> bool:
    """``could appeal the fine by claiming that A``, ``can run saying that A``: a participle of
    speech telling how an act that may come would be done (the main verb of the sentence with
    "could", "might", "may" or "can") is a course open to someone, not words given.  Not inside
    another's claim ("warned the fire could spread, adding that A") or a purpose ("so he could
    build it, claiming that A"), nor with "not" or a passive ("could be heard saying that A")."""
    if cue.tag_ != "VBG":
        return False
    if cue.dep_ in ("xcomp", "advcl"):
        head = cue.head
    elif cue.dep_ == "pcomp" and cue.head.lower_ == "by":
        head = cue.head.head
    else:
        return False
    if head.i == cue.i or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return False  # not "declared an emergency so he could build it, claiming that A": its purpose
    children = list(head.children)
    return any(c.dep_ == "aux" and c.lower_ in _MANNER_MODALS for c in children) and not any(
        c.dep_ in ("neg", "auxpass") for c in children
    )


_ASIDE_VERBS = words("aside_verbs")


def showing_aside(cue: Token, children: list[Token]) -> bool:
    """``toured the farms, showing that A``, ``won applause, highlighting the anger of B``: a
    participle of showing or stressing (``lexicons/aside_verbs.txt``) with no subject of its own,
    after the clause it hangs on, is the writer's reading of what was done, not a report (a
    document's is the caller's to keep)."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "advcl"
        and cue.head.i < cue.i
        and cue.lemma_.lower() in _ASIDE_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children)
    )


_ARTICLES = frozenset({"a", "an", "the"})


def adjective_participle(cue: Token) -> bool:
    """``60 pledged delegates were at stake``, ``won most of the pledged delegates``: a past form after a
    number, an article or a preposition and before a noun qualifies the noun, an adjective the parser
    read as a verb; nothing was pledged.  (Not "they all promised voters that A": "all" is no article.)"""
    if cue.tag_ not in ("VBD", "VBN") or cue.i == 0 or cue.i + 1 >= len(cue.doc):
        return False
    before, after = cue.doc[cue.i - 1], cue.doc[cue.i + 1]
    if after.tag_ not in ("NN", "NNS", "NNPS"):
        return False
    preposition = before.pos_ == "ADP" and before.lower_ != "that"
    return before.tag_ == "CD" or before.lower_ in _ARTICLES or preposition


_ADVERBIAL_MARKS = frozenset({"as", "while", "because", "although", "though", "whereas"})


def adverbial_complement(complement: Token) -> bool:
    """``"…," he said as the crowd booed``: a clause opened by "as", "while", "because" … that the
    parser made the cue's complement tells when or why; it is the writer's, no words of the cue's."""
    first = complement.left_edge
    return first.dep_ == "mark" and first.head.i == complement.i and first.lower_ in _ADVERBIAL_MARKS


def goes_on_doing(ctx: DocContext, cue: Token, children: list[Token]) -> bool:
    """``continue to shock``, ``have continued trending``: a verb that can say "she continued, A"
    (continue, keep, begin, start) with a verb of its own after it tells that an act went on or
    began; nothing was said.  Not a verb inside quoted words the parser hung on it."""
    return cue.lemma_.lower() in _ASPECTUAL and any(
        child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and not ctx.token_quoted(child)
        for child in children
    )


_DECLINING = words("declining_verbs")


def declined(cue: Token) -> bool:
    """``declined to say whether A``, ``refused to say that A``: a cue that is the infinitive of a
    verb of refusal (``lexicons/declining_verbs.txt``) reports what was not said; A names a topic,
    no claim.  ``agreed to say``, ``went on to say`` are said."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _DECLINING and cue.head.i < cue.i


def negated_conjunct(cue: Token, deps: dict[str, Token]) -> bool:
    """``did not concede or admit defeat``: a verb joined by "or" to a negated one, with no subject
    or auxiliary of its own, is negated too; so is one joined by "and" to a negated "go" (``won't go
    out and say that A``)."""
    if cue.dep_ != "conj" or deps.keys() & {"nsubj", "nsubjpass", "aux", "auxpass"}:
        return False
    head = cue.head
    joining = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < cue.i]
    # the word right before it joins them: "did not concede or admit", not "… or X, and vowed";
    # "and" after a negated "go" is one act: "I'm not going out and saying A" says nothing
    if not joining or not any(c.dep_ == "neg" for c in head.children):
        return False
    if joining[-1].lower_ in ("or", "nor"):
        return True
    # one act, not two: the same form right after "go" and its particle, not "did not go … and said"
    return (
        joining[-1].lower_ == "and" and head.lemma_ == "go" and cue.tag_ == head.tag_ and cue.i - head.i <= 4
    )


_NAMING_TAGS = {"acl": ("VBN",), "advcl": ("VBN", "VBD")}
"""The tags a participle that names a thing takes, by how the parser hung it: a past tense hung
on a noun is a relative clause's verb ("which Lee called …")."""


def names_a_thing(cue: Token, name: Token) -> bool:
    """``a song called "Day by Day"``, ``a shape called a "spinner"``: a participle naming the noun it
    hangs on gives its name, no claim.

    Only a name in quotation marks, right after a noun or its comma, given
    by a participle with no subject.  The parser may hang the participle on
    a noun further back or on the sentence's verb (``hosted a programme at
    the hall called "…"``): it still names a noun.
    """
    # the opening mark before the name, or after its determiner ('a shape called a "spinner"')
    quoted = any(t.is_quote for t in cue.doc[max(cue.i + 1, name.left_edge.i - 1) : name.i])
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


def telephoned(cue: Token, name: Token) -> bool:
    """``only after a journalist called the hospital``: ``call`` with one noun phrase after it, which
    the parser read as what something was called, and nothing it names: a telephone call, no claim.

    Not ``called her third-rate`` or ``called Smith a liar`` (the one called is in the phrase,
    before its head), nor a quoted name (``called the plan "a disaster"``).
    """
    if cue.lemma_ != "call" or name.pos_ not in ("NOUN", "PROPN") or cue.dep_ == "relcl":
        return False  # ("the town she calls home": the one called is the relative's)
    if any(c.dep_ in ("dobj", "dative", "prt", "prep") and c.i < name.i for c in cue.children):
        return False  # ("called on Ann Roe to resign": a request)
    if any(t.is_quote for t in cue.doc[cue.i + 1 : name.right_edge.i + 1]):
        return False
    subject = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    if (
        subject is not None
        and subject.left_edge.i > 0
        and cue.doc[subject.left_edge.i - 1].pos_ in ("NOUN", "PROPN")
    ):
        return False  # "the town she calls home": the one called is the noun before
    if name.pos_ == "NOUN" and name.left_edge.pos_ == "PROPN":
        return False  # "calling Roe unfit", the adjective read as a noun
    return all(c.dep_ in _CALLED_NOUN_LEFTS for c in name.lefts) and all(
        c.dep_ in _CALLED_NOUN_RIGHTS for c in name.rights
    )  # (not "called Roe unfit for office": what Roe was called comes after)


_CALLED_NOUN_LEFTS = frozenset({"det", "poss", "compound", "amod", "nummod"})
_CALLED_NOUN_RIGHTS = frozenset({"prep", "punct", "relcl"})


def named_then_clause(cue: Token, complement: Token) -> bool:
    """``A donors' network called Our Ledger is hiring …``: the parser made the naming participle the
    sentence's verb and the named body's clause its complement (its subject there, or the name
    hung on the participle and the clause left without one).  ``called`` never takes a clause
    whose subject, a proper name, follows it at once (``called Lee is …``), so this is no report."""
    if cue.lemma_ not in NAMING_LEMMAS or complement.i < cue.i:
        return False
    subject = next((c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:  # "called Our Ledger is hiring staff": the name hung on the cue, the clause bare
        subject = next((c for c in cue.rights if c.dep_ == "oprd" and c.i < complement.i), None)
    return (
        subject is not None
        and subject.pos_ == "PROPN"
        and subject.left_edge.i == cue.i + 1
        and not any(c.dep_ == "mark" for c in complement.children)
    )


def _proper_name(name: Token) -> bool:
    """``Bryn Mawr``, ``the Lakeside 10K Run``: a phrase of proper nouns (a determiner and numbers aside)."""
    words = [t for t in name.subtree if not t.is_punct]
    return name.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "DET", "NUM") for t in words)


def reduced_passive(cue: Token, deps: dict[str, Token]) -> bool:
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
    first = cue.i == cue.sent.start
    opens = first or cue.nbor(-1).is_punct  # "Asked …, X said", "X, asked …, said"
    # (a sentence's first word is often tagged VBD: with no subject it is the participle still)
    return opens and (cue.tag_ == "VBN" or first) and cue.dep_ in ("advcl", "acl")


def question_put(cue: Token) -> Token | None:
    """The question put to the speaker of a parenthetical tag that opens its sentence before it
    (``Asked what the city needs, Roe said, "…"``, where the parser hung both the question and
    the tag on the quotation's verb): a clause of asking with no subject of its own
    (:func:`reduced_passive`), the interviewer's words and no part of the claim; else None."""
    for clause in cue.head.children:
        if clause.i >= cue.i:
            break
        if (
            clause.dep_ == "advcl"
            and clause.lemma_ in ASKING_VERBS
            and reduced_passive(clause, {c.dep_: c for c in clause.children})
        ):
            return clause
    return None


@functools.cache
def _speech_noun_ids() -> np.ndarray:
    text = resources.files("quotrack.lexicons").joinpath("speech_nouns.txt").read_text("utf-8")
    words = {line.split("#", 1)[0].strip().lower() for line in text.splitlines()} - {""}
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def speech_nouns(ctx: DocContext) -> list[Token]:
    """Unquoted nouns that report speech (``lexicons/speech_nouns.txt``), found in one vectorised pass."""
    doc = ctx.doc
    if not len(doc):
        return []
    hits = picked(np.flatnonzero(ctx.column(POS) == NOUN), ctx.column(LEMMA), _speech_noun_ids())
    quoted = ctx.quoted_tokens
    return [doc[i] for i in hits.tolist() if not quoted[i]]


_NOT_REPORTING = words("not_reporting_verbs")
"""Verbs that take a that-clause but report nothing: "ensure that", "this means that"."""
_DEGREE_WORDS = frozenset({"so", "such"})
_STATE_DEPS = frozenset({"acomp", "oprd", "prt"})


def unlisted_reporters(ctx: DocContext, cues: CueLexicon) -> list[Token]:
    """Verbs not in the cue lexicon with a complement opened by "that": ``Lee conceded that …``.

    A verb that takes a finite that-clause and a subject who can speak is
    nearly always a report (the long tail no list covers); the clause is
    found like a listed cue's.  One vectorised pass over the marks.
    """
    doc = ctx.doc
    if not len(doc):
        return []
    verbs = []
    for i in ctx.memo(that_marks):
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
            and not _no_one_reports(verb, doc[i])
        ):
            verbs.append(verb)
    return verbs


def _no_one_reports(verb: Token, mark: Token) -> bool:
    """Whether an unlisted verb's that-clause is no report for a reason of the sentence's shape:
    a result clause after "so" or "such" (``the race became so close that …``, ``was so tired
    that …``), the clause of an expletive "it" put after a state (``it became clear that``,
    ``it turns out that``), or what "you", the reader, is told (``you can bet that …``)."""
    subject = governing_subject(verb)
    if subject is not None and subject.lower_ == "you":
        return True
    if subject is not None and subject.lower_ == "it" and any(c.dep_ in _STATE_DEPS for c in verb.children):
        return True
    for token in verb.doc[verb.sent.start + 1 : mark.i]:
        if token.lower_ not in _DEGREE_WORDS or token.dep_ not in ("advmod", "amod", "predet"):
            continue
        degree = token.head  # "so close", "so tired", "so firmly opposed to it that"
        while degree.dep_ == "advmod" and degree.head.i != degree.i:
            degree = degree.head
        if degree.i == verb.i or degree.head.i == verb.i or degree.is_ancestor(verb):
            return True
    return False


def _bare_base_form(verb: Token) -> bool:
    """A base form with no auxiliary, "to" or subject of its own: no verb but a noun the parser
    mistook (``there was so much iron and phosphate that the particles …``)."""
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


_CITING = frozenset({"cite", "quote"})


def cites_a_source(cue: Token, obj: Token) -> bool:
    """``which cited an unnamed official``: who is cited is a source, not what was said."""
    return cue.lemma_.lower() in _CITING and (
        obj.ent_type_ in SOURCE_ENTITIES or obj.pos_ == "PRON" or obj.lemma_.lower() in ROLE_NOUNS
    )


def named_object(rule: str, deps: dict[str, Token]) -> bool:
    """A one-word object that is a name: what a stance is taken on ("endorsed Lee", "backs Acme")."""
    obj = deps.get("dobj")
    return rule.startswith("object of") and obj is not None and obj.pos_ == "PROPN"


def is_question(ctx: DocContext, sent: Span) -> bool:
    # the sentence's text rstripped of closing marks ends with "?" (read from its end, not copied)
    text, start, end = ctx.text, sent.start_char, sent.end_char
    while end > start and text[end - 1] in " \"'”’»)":
        end -= 1
    return end > start and text[end - 1] == "?"
