"""Which act a cue reports: speech, evidence, belief, stance or topic.

The words are data: ``lexicons/acts.txt`` maps cue lemmas to acts and
``lexicons/documents.txt`` lists the nouns that name a document, poll, study
or dataset.  A cue not listed is speech; a cue whose source is a document
reports evidence, whatever its verb.  A cue listed as ``topic`` ("comment
on", "announce") reports a topic only when what it takes is a bare noun
phrase ("commented on the matter"); with a clause or quoted words it reports
speech ("announced that she would run"), and so it does when read from text.

>>> lexicon = ActLexicon.default()
>>> lexicon.of_text("believes"), lexicon.of_text("has endorsed"), lexicon.of_text("said")
(<Act.BELIEF: 'belief'>, <Act.STANCE: 'stance'>, <Act.SPEECH: 'speech'>)
>>> lexicon.of_text("calls for"), lexicon.of_text("showed")
(<Act.STANCE: 'stance'>, <Act.EVIDENCE: 'evidence'>)
>>> lexicon.of_text("said", source="the latest poll")
<Act.EVIDENCE: 'evidence'>
>>> lexicon.of_lemma("comment on"), lexicon.of_text("commented on")
(<Act.TOPIC: 'topic'>, <Act.SPEECH: 'speech'>)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from importlib import resources

import attrs
from spacy.tokens import Span, Token

from .context import DocContext
from .model import Act, Speaker
from .people import ROLE_NOUNS
from .syntax import is_finite
from .wordlists import words

_WORD = re.compile(r"[a-z]+")
# words that open a cue phrase without saying which act it is: "has said", "is expected", "did not endorse"
_FILLER = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "also",
        "just",
        "then",
        "later",
        "first",
        "still",
        "even",
        "again",
        "to",
        "s",
    ]
)
_PREPOSITIONS = frozenset({"of", "by", "from", "in", "for", "at", "on", "with", "about", "into"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CHOICE_NOUNS = words("choice_nouns")


def _read(name: str) -> list[str]:
    text = resources.files("quotrack.lexicons").joinpath(name).read_text("utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def _parse_acts(lines: Iterable[str], origin: str) -> dict[str, Act]:
    table: dict[str, Act] = {}
    for number, line in enumerate(lines, 1):
        parts = line.rsplit(None, 1)
        try:
            table[parts[0].lower()] = Act(parts[1])
        except (IndexError, ValueError):
            choices = ", ".join(act.value for act in Act)
            raise ValueError(f"{origin}:{number}: expected 'LEMMA ACT' with ACT in {choices}") from None
    return table


def lemma_candidates(word: str) -> list[str]:
    """The word and what it may be an inflection of, most likely first.

    >>> lemma_candidates("hoped")
    ['hoped', 'hope', 'hop']
    >>> lemma_candidates("worries")
    ['worries', 'worry', 'worrie', 'worri']
    """
    word = word.lower()
    found = [word]
    if word.endswith("ies") or word.endswith("ied"):
        found.append(word[:-3] + "y")
    for suffix in ("s", "es", "d", "ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            found.append(stem)
            if suffix in ("ed", "ing"):
                found.append(stem + "e")
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    found.append(stem[:-1])  # "planned" -> "plan"
    return list(dict.fromkeys(found))


def _frozen(words: Iterable[str]) -> frozenset[str]:
    return frozenset(words)


@attrs.frozen
class ActLexicon:
    """Cue lemma -> act, and the nouns that name a document."""

    acts: dict[str, Act] = attrs.field(factory=dict)
    documents: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen)

    @classmethod
    def default(cls) -> ActLexicon:
        """The bundled lexicons (one shared instance)."""
        return _default()

    def extended(self, entries: Iterable[str]) -> ActLexicon:
        """A new lexicon with more ``"LEMMA ACT"`` entries.

        >>> ActLexicon.default().extended(["opine belief"]).of_text("opined")
        <Act.BELIEF: 'belief'>
        """
        return ActLexicon({**self.acts, **_parse_acts(entries, "acts")}, self.documents)

    def of_lemma(self, lemma: str) -> Act | None:
        """The act of a cue lemma ("call for", "worried"), None when not listed."""
        return self.acts.get(lemma.lower())

    def is_document(self, lemma: str) -> bool:
        """Whether a noun (lemma) names a document, poll, study or dataset."""
        return lemma.lower() in self.documents

    def of_text(self, cue: str | None, source: str | None = None) -> Act:
        """The act of a cue as written, without a parser: for gold data.

        The first word (or word and particle) of ``cue`` that the lexicon
        knows decides; a ``source`` whose last word names a document makes
        it evidence.  An unknown or missing cue is speech, and so is a topic
        cue: without a parse of its content there is no telling a topic
        ("announced his resignation") from words ("announced he would go").
        """
        if source:  # the head noun: the last word before a preposition ("a survey by the ministry")
            words = _WORD.findall(source.lower())
            cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
            if cut and any(self.is_document(w) for w in lemma_candidates(words[cut - 1])):
                return Act.EVIDENCE
        words = [w for w in _WORD.findall((cue or "").lower()) if w not in _FILLER or w in _BE]
        content = [w for w in words if w not in _BE]
        for index, word in enumerate(content):
            following = content[index + 1] if index + 1 < len(content) else None
            for lemma in lemma_candidates(word):
                if following is not None and (act := self.acts.get(f"{lemma} {following}")) is not None:
                    return Act.SPEECH if act is Act.TOPIC else act
                if (act := self.acts.get(lemma)) is not None:
                    return Act.SPEECH if act is Act.TOPIC else act
        return Act.SPEECH

    def of_token(self, cue: Token, source: Token | None = None) -> Act:
        """The act of a cue word in a parse, given its source's head word.

        The lemma with its particle or preposition ("call for") is looked up
        first, then the lemma alone; a source headed by a document noun
        makes it evidence.  A topic cue gives :attr:`Act.TOPIC` whatever its
        content: :meth:`of_content` reads the content too.
        """
        if self.of_source(source) is Act.EVIDENCE:
            return Act.EVIDENCE
        lemma = cue.lemma_.lower()
        for child in cue.rights:
            if (
                child.dep_ in ("prt", "prep")
                and (act := self.acts.get(f"{lemma} {child.lower_}")) is not None
            ):
                return act
        return self.acts.get(lemma) or self.acts.get(cue.lower_) or Act.SPEECH

    def of_content(self, ctx: DocContext, cue: Token, source: Token | None, content: Span | None) -> Act:
        """The act of a cue in a parse, given its source's head word and its content.

        As :meth:`of_token`, except that a topic cue reports a topic only when
        ``content`` (one piece) is a bare noun phrase (:func:`names_a_topic`);
        otherwise it reports its verb's own act ("ask for" a request), else speech.
        """
        act = self.of_token(cue, source)
        if content is not None and (refuses(cue, content) or denies_a_report(cue, content)):
            return Act.TOPIC  # "denied funding for such a wall": a thing withheld, no claim
        if (
            act is Act.EVIDENCE
            and content is not None
            and self._prepositional(cue)
            and names_a_topic(ctx, content, spoken_of=True)
        ):
            return Act.TOPIC  # "the survey asked about the three candidates": what it was about, no finding
        spoken_of = act is Act.TOPIC and self._prepositional(cue)
        if act is Act.TOPIC and (
            content is None
            or not names_a_topic(ctx, content, spoken_of=spoken_of)
            or (cue.lemma_.lower() in _PLEDGING_VERBS and content.root.tag_ == "VBG")  # "pledged closing it"
            or (cue.lemma_.lower() in _PLAIN_TOPIC_VERBS and not _plain(ctx, content))
        ):
            # "asked for the vote to be delayed": the verb's own act, a request here
            alone = self.acts.get(cue.lemma_.lower())
            return alone if alone is not None and alone is not Act.TOPIC else Act.SPEECH
        return act

    def _prepositional(self, cue: Token) -> bool:
        """Whether the cue is listed as a topic with its preposition ("talk of", "comment on")."""
        lemma = cue.lemma_.lower()
        return any(
            child.dep_ == "prep" and self.acts.get(f"{lemma} {child.lower_}") is Act.TOPIC
            for child in cue.rights
        )

    def of_source(self, source: Token | None) -> Act:
        """Evidence when the source's head word names a document, poll, study or dataset, else speech.

        What a quotation or ``according to`` reports: words said, or what a document shows.
        """
        if (
            source is not None
            and source.pos_ in ("NOUN", "PROPN")
            and (
                self.is_document(source.lemma_) or self.is_document(source.lower_)  # "data" has lemma "datum"
            )
        ):
            return Act.EVIDENCE
        return Act.SPEECH


@functools.cache
def _default() -> ActLexicon:
    return ActLexicon(
        _parse_acts(_read("acts.txt"), "acts.txt"), frozenset(w.lower() for w in _read("documents.txt"))
    )


def names_a_topic(ctx: DocContext, content: Span, spoken_of: bool = False) -> bool:
    """Whether a content names a thing or an act, not what was said about it: a bare noun phrase.

    Its head is a noun, pronoun or number, or a gerund with no subject of its
    own ("mentioned refinancing student loans"); it has no clause opened by
    "that", "whether" or "if" and no quoted words.  A relative clause or an
    infinitive on the noun is still the noun's ("announced plans to leave"); a
    noun with what it was called ("referred to the plan as a disaster") is a claim.
    ``spoken_of``: the cue takes the content with its preposition ("talked of", "spoke about"),
    and quoted words there are still only what was spoken of ('talked of his "countless
    discoveries"'), not a claim, as they are after "announced" ('announced "a new era"').
    A quoted proper name alone is a name, not words ('mentioned "Harvest Day Parade"').
    """
    if not len(content):
        return False
    quoted = ctx.quoted_tokens[content.start : content.end]
    if (
        any(quoted)
        and not _quoted_name(content, quoted)
        and (
            _quoted_beside_root(ctx, content, as_only=spoken_of)
            or (not spoken_of and quoted[content.root.i - content.start])
        )
    ):
        return False  # 'announced "a new era"': the speaker's own words
    if (
        content.start
        and (before := content.doc[content.start - 1]).dep_ == "mark"
        and before.lower_ in _CLAUSE_MARKS
    ):
        return False  # "proposed that in X, running induced flapping": a clause the parser took for a noun
    root = content.root
    if (
        root.pos_ not in _NOMINAL
        and root.dep_ != "dobj"  # "could reveal more about the planet": an object, whatever its tag
        and not (root.tag_ == "VBG" and not any(child.dep_ in _SUBJECTS for child in root.children))
    ):
        return False
    if root.dep_ == "ccomp" or any(child.dep_ in _SUBJECTS for child in root.children):
        return False  # "suggested the firm outsource the work": a clause whose verb the parser tagged a noun
    inside = range(content.start, content.end)
    if any(t.i != root.i and t.head.i not in inside and is_finite(t) for t in content):
        return False  # a clause whose subject the parser made the cue's object: "announced the box was found"
    if root.ent_type_ in ("DATE", "TIME") and any(
        t.dep_ == "xcomp" and t.head.i not in inside for t in content
    ):  # "promised Monday to begin the work": a day, then the cue's infinitive, what was promised
        return False
    heads = (root.i, root.head.i)
    if any(
        token.lower_ == "as" and token.dep_ == "prep" and token.head.i in heads and not _chosen(token, root)
        for token in content
    ):
        return False  # "referred to the plan as a disaster": what it was called is a claim
    return not any(
        token.dep_ == "mark" and token.lower_ in _CLAUSE_MARKS and not _under_preposition(token, inside)
        for token in content
    )


def _under_preposition(mark: Token, inside: range) -> bool:
    """``his views on whether to raise the fee``: a clause that a preposition of the noun phrase
    takes is the noun's, what the views are about; the phrase is still a topic."""
    clause = mark.head
    return (
        clause.dep_ == "pcomp"
        and clause.head.i in inside
        and clause.head.head.i in inside
        and clause.head.head.pos_ in ("NOUN", "PROPN")
    )


_NAME_POS = frozenset({"PROPN", "PART", "ADP", "DET", "CCONJ", "PUNCT"})
"""The parts of speech of a quoted name: proper nouns and the small words between them."""


def _quoted_name(content: Span, quoted: Sequence[int]) -> bool:
    """Whether the content is one quoted proper name and nothing else ('"Harvest Day Parade"')."""
    return (
        content.root.pos_ == "PROPN"
        and all(q or t.is_punct for q, t in zip(quoted, content, strict=True))
        and all(t.pos_ in _NAME_POS for t in content)
    )


_PLAIN_TOPIC_VERBS = words("plain_topic_verbs")
_PLEDGING_VERBS = words("pledging_verbs")


def _plain(ctx: DocContext, content: Span) -> bool:
    """Whether a content is a plain noun phrase: no verb and no quoted word in it ("described his
    goals"; not "described witnessing the crash" or "described a house used as a depot", what was
    seen or found, a claim)."""
    quoted = ctx.quoted_tokens[content.start : content.end]
    return not any(quoted) and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in content
    )  # "the coming year": a participle as an adjective is no verb of a clause


_REFUSAL_VERBS = words("refusal_verbs")
_GRANTED_NOUNS = words("granted_nouns")


def refuses(cue: Token, content: Span) -> bool:
    """Whether a cue that can refuse as well as deny (``lexicons/refusal_verbs.txt``) withholds a
    thing: its content is the cue's noun object, given to someone (a second object: "denied female
    staff the status") or a thing granted (``lexicons/granted_nouns.txt``: "denied funding for the
    wall", "denied the permits").  Not a denial that something is so ("denied any involvement")."""
    if cue.lemma_.lower() not in _REFUSAL_VERBS or not len(content):
        return False
    root = content.root
    if root.head.i != cue.i or root.dep_ != "dobj" or root.pos_ not in ("NOUN", "PROPN"):
        return False
    given = any(c.dep_ == "dative" for c in cue.children)
    return given or root.lemma_.lower() in _GRANTED_NOUNS or root.lower_ in _GRANTED_NOUNS


_DENIAL_VERBS = words("denial_verbs")
_REPORT_NOUNS = words("report_nouns")


def rejects(verb: Token) -> bool:
    """Whether ``verb`` rejects what its object says (``lexicons/denial_verbs.txt``: "denied the
    report that A", "dismissed claims that A"): A is others' claim, not the subject's."""
    return verb.lemma_.lower() in _DENIAL_VERBS


def denies_a_report(cue: Token, content: Span) -> bool:
    """Whether a cue of denial (``lexicons/denial_verbs.txt``) only names what others said, its noun
    object a report or charge (``lexicons/report_nouns.txt``: "denied the allegations", "rejected
    the report", "denied the report that he would resign", the report's clause and all): what was
    denied is a topic, the denial's words are not given.  Not a denial that something was so
    ("denied any involvement", "denied that he knew"), nor one that says what the report is
    ('dismissed the reports as "old allegations"')."""
    if cue.lemma_.lower() not in _DENIAL_VERBS or not len(content):
        return False
    if any(child.dep_ == "prep" and child.lower_ == "as" for child in cue.children):
        return False  # 'dismissed the reports as "old allegations"': what they are called is said
    root = content.root
    return (
        root.head.i == cue.i
        and root.dep_ == "dobj"
        and root.pos_ == "NOUN"
        and (root.lemma_.lower() in _REPORT_NOUNS or root.lower_ in _REPORT_NOUNS)
        and not any(
            child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ != "that"
            for child in root.children
        )
    )


def _quoted_beside_root(ctx: DocContext, content: Span, as_only: bool = False) -> bool:
    """Whether a word right on the content's head is quoted (``a "historic" deal``) or a word of
    what it was called (``as a "cargo plane"``), not only words deep in a phrase that modifies
    it (``a withdrawal beyond the one from the "immediate area"``: another's words the writer
    reuses, inside a thing announced).  ``as_only``: only what it was called counts."""
    inside = range(content.start, content.end)
    root = content.root
    if not as_only and any(ctx.quoted_tokens[child.i] for child in root.children if child.i in inside):
        return True
    # 'referred to the 707 as a "cargo plane"': what it was called, in the speaker's words (not a
    # name given inside the thing: 'an arrest of a man identified only as "P Wilson"')
    return any(
        ctx.quoted_tokens[token.i]
        and any(
            a.lower_ == "as"
            and a.dep_ == "prep"
            and a.i in inside
            and (a.head.i not in inside or root in (a.head, a.head.head))
            and not _chosen(a, root)
            for a in token.ancestors
        )
        for token in content
    )


def _chosen(as_: Token, root: Token) -> bool:
    """Whether an "as" phrase says what someone or something was chosen as, not what it was called:
    the content is a choosing ("its selection of X as Y") or the phrase a choice ("X as his pick") or a
    new post ("acknowledged X as the new head")."""
    return root.lemma_.lower() in _CHOICE_NOUNS or any(
        child.dep_ == "pobj" and (child.lemma_.lower() in _CHOICE_NOUNS or _new_role(child))
        for child in as_.children
    )


def _new_role(noun: Token) -> bool:
    """``as the new chief``, ``as the new head coach``: a post given, not what someone was called."""
    return any(c.dep_ == "amod" and c.lower_ == "new" for c in noun.children) and (
        noun.pos_ == "PROPN" or noun.lemma_.lower() in ROLE_NOUNS
    )


def source_head(ctx: DocContext, speaker: Speaker | None) -> Token | None:
    """The head word of a speaker's mention, if it has one in the parse."""
    if speaker is None or speaker.mention is None:
        return None
    span = ctx.char_span(speaker.mention.start, speaker.mention.end)
    return span.root if span is not None and len(span) else None
